#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, docx, mammoth, pdfjs-dist, iconv-lite)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-qlik-sense-pdf.mjs
node src/build-outline-md.mjs
node src/build-legistar-html.mjs
node src/build-thunderbird-eml.mjs
node src/build-hotdocs-docx.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
