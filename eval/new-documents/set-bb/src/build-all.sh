#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist, iconv-lite)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-calendar-outlook-pdf.mjs
node src/build-contacts-outlook-csv.mjs
node src/build-delivery-plan-wiki-md.mjs
node src/build-minutes-altchunk-docx.mjs
node src/build-loomio-thread-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
