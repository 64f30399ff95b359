#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, docx, mammoth, pdfjs-dist) and the DejaVu
# fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu). Extra arguments go to check-gold.mjs
# (--answers PATH writes the gold as answers, for scoring the gold against itself).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-year-planner-pdf.mjs
node src/build-vote-record-docx.mjs
node src/build-changelog-md.mjs
node src/build-web-page-lynx-txt.mjs
node src/build-forum-eventbrite-csv.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
