#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist) and the DejaVu fonts
# (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-meeting-notes-loop-html.mjs
node src/build-meeting-request-outlook-txt.mjs
node src/build-item-5-notion-html.mjs
node src/build-measures-power-bi-csv.mjs
node src/build-budget-risks-numbers-pdf.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
