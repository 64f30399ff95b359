#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, jszip, pdfkit, mammoth, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   bash src/build-all.sh [--answers /tmp/bc-g.jsonl]
set -e
cd "$(dirname "$0")/.."
rm -rf docs text gold.jsonl
mkdir -p docs text
node src/build-agenda-pack-charts-docx.mjs
node src/build-workshop-miro-pdf.mjs
node src/build-chat-telegram-html.mjs
node src/build-page-docusaurus-md.mjs
node src/build-bids-airtable-csv.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
