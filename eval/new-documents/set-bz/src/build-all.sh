#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist, postal-mime)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-approval-eml.mjs
node src/build-tasks-outlook-pdf.mjs
node src/build-outline-rtf.mjs
node src/build-risk-register-flow-docx.mjs
node src/build-unit4-csv.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
