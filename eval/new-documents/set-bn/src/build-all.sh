#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist, iconv-lite) and the DejaVu
# fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-pack-portal-pdf.mjs
node src/build-tracker-smartsheet-pdf.mjs
node src/build-alert-sharepoint-eml.mjs
node src/build-slides-gslides-txt.mjs
node src/build-approvals-csv.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
