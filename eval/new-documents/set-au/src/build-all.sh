#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, python3
# (the .eml check reads the message with Python's email package), the project's node_modules (MAIN_DIR,
# default /work/main: docx, pdfkit, mammoth, pdfjs-dist) and the DejaVu fonts (/usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-minutes-eml.mjs
node src/build-agenda-pack-libreoffice-html.mjs
node src/build-risk-register-power-bi-pdf.mjs
node src/build-performance-tick-columns-docx.mjs
node src/build-fund-paper-criticmarkup-md.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
