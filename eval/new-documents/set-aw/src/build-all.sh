#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-signed-docusign-pdf.mjs
node src/build-agenda-bilingual-docx.mjs
node src/build-slides-marp-md.mjs
node src/build-returns-google-forms-csv.mjs
node src/build-web-archive-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
