#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, jszip, pdfjs-dist) and the DejaVu
# fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-perf-jasper-pdf.mjs
node src/build-risks-grc-csv.mjs
node src/build-wiki-tiddlywiki-html.mjs
node src/build-paper-header-frontsheet-docx.mjs
node src/build-agenda-word-rtf.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
