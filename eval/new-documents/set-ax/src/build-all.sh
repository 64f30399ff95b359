#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist, postal-mime)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-pentana-pdf.mjs
node src/build-minutes-acrobat-docx.mjs
node src/build-citizen-space-html.mjs
node src/build-mailman-digest-eml.mjs
node src/build-dokuwiki-txt.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
