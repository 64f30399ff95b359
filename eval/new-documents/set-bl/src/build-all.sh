#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-agenda-hidden-text-docx.mjs
node src/build-evidence-bundle-pdf.mjs
node src/build-survey-qualtrics-csv.mjs
node src/build-hansard-debate-html.mjs
node src/build-idox-register-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
