#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist, iconv-lite),
# pdftoppm (poppler-utils, for the handout's slide pictures) and the DejaVu fonts (FONT_DIR, default
# /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-report-myst-md.mjs
node src/build-summit-programme-pdf.mjs
node src/build-foi-whatdotheyknow-html.mjs
node src/build-spend-transparency-csv.mjs
node src/build-tidemark-handout-docx.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
