#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist, iconv-lite)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   bash src/build-all.sh [--answers /tmp/br-g.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-board-monday-csv.mjs
node src/build-minutes-tnef-eml.mjs
node src/build-seating-plan-pdf.mjs
node src/build-paper-embedded-docx.mjs
node src/build-recap-teams-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
