#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   sh src/build-all.sh [--answers /tmp/bk-gold-as-answers.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-paper-fields-docx.mjs
node src/build-notices-newspaper-pdf.mjs
node src/build-news-sharepoint-html.mjs
node src/build-tracker-markitdown-md.mjs
node src/build-minutes-redmine-txt.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
