#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist), the DejaVu
# fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu) and pdftoppm (poppler-utils, for the
# pictures of the Word pack's Excel objects).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-pack-ole-docx.mjs
node src/build-notes-hackmd-md.mjs
node src/build-results-decidim-html.mjs
node src/build-grants-360giving-csv.mjs
node src/build-mind-map-xmind-pdf.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
