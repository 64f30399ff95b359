#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20 and python 3
# (standard library only), the project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip,
# mammoth, pdfjs-dist, postal-mime) and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   bash src/build-all.sh [--answers /tmp/bp-gold-as-answers.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-agenda-pack-omml-docx.mjs
node src/build-certificates-lims-pdf.mjs
node src/build-attendance-ssms-csv.mjs
node src/build-measures-ckan-html.mjs
node src/common.mjs --json | python3 src/build-ndr-eml.py
node src/make-gold.mjs
node src/check-gold.mjs "$@"
