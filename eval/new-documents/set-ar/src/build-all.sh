#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Needs /work/main/node_modules (docx, pdfkit)
# or MAIN_DIR pointing at a checkout that has them.
set -e
cd "$(dirname "$0")/.."
node src/build-pivot-pdf.mjs
node src/build-tracker-md.mjs
node src/build-agenda-docx.mjs
node src/build-notes-html.mjs
node src/build-log-txt.mjs
node src/make-gold.mjs
node src/check-gold.mjs
