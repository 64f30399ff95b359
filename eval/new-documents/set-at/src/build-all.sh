#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20 and the
# project's node_modules (MAIN_DIR, default /work/main: docx, jszip, pdfkit, mammoth, pdfjs-dist) and the
# DejaVu fonts (/usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-minutes-twocol-pdf.mjs
node src/build-measures-lists-csv.mjs
node src/build-deck-revealjs-html.mjs
node src/build-tor-mkdocs-md.mjs
node src/build-hubs-fund-form-docx.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
