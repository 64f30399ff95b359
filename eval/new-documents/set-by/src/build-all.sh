#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist, iconv-lite)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-q3-summary-canva-pdf.mjs
node src/build-minutes-gmail-eml.mjs
node src/build-handbook-bookstack-html.mjs
node src/build-risks-salesforce-csv.mjs
node src/build-agenda-pack-legacy-docx.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
