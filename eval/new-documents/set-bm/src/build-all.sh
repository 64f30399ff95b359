#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist, iconv-lite) and the DejaVu
# fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-leaflet-pdf.mjs
node src/build-minutes-escribe-html.mjs
node src/build-tracker-prn-txt.mjs
node src/build-zoom-poll-csv.mjs
node src/build-padlet-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
