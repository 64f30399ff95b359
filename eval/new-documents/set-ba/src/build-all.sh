#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist, iconv-lite)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   sh src/build-all.sh [--answers /tmp/ba-gold.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-tracker-pdf.mjs
node src/build-transcript-docx.mjs
node src/build-plan-csv.mjs
node src/build-invite-eml.mjs
node src/build-report-form-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
