#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   bash src/build-all.sh [--answers /tmp/ay-g.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-comments-summary-pdf.mjs
node src/build-easy-read-docx.mjs
node src/build-whatsapp-chat-txt.mjs
node src/build-dashboard-csv.mjs
node src/build-benchmarking-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
