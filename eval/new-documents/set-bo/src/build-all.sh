#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, openssl,
# the project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist, postal-mime) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-tor-redline-pdf.mjs
node src/build-minutes-smime-eml.mjs
node src/build-chairs-update-sway-html.mjs
node src/build-public-qa-slido-csv.mjs
node src/build-actions-risks-trello-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
