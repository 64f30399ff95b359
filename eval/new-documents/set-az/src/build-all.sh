#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist, iconv-lite)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-decision-form-pdf.mjs
node src/build-gmail-thread-pdf.mjs
node src/build-tor-changes-docx.mjs
node src/build-tracker-mac-csv.mjs
node src/build-minutes-fwd-eml.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
