#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist) and the DejaVu fonts
# (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-visio-pdf.mjs
node src/build-asana-csv.mjs
node src/build-vote-eml.mjs
node src/build-tender-html.mjs
node src/build-pack-pdftotext.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
