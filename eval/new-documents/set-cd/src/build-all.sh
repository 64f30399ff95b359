#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist) and the DejaVu fonts
# (FONT_DIR, default /usr/share/fonts/truetype/dejavu). Nothing uses the network.
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-tracker-sheets-pdf.mjs
node src/build-workpackages-openproject-csv.mjs
node src/build-notes-zim-txt.mjs
node src/build-site-google-sites-html.mjs
node src/build-paper-wikijs-md.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
