#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist, postal-mime) and the DejaVu
# fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-survey-surveymonkey-pdf.mjs
node src/build-projects-servicenow-csv.mjs
node src/build-notes-etherpad-html.mjs
node src/build-page-jekyll-md.mjs
node src/build-fwd-agenda-apple-mail-eml.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
