#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl from src/, then checks the gold. Run from anywhere; needs node 20,
# the project's node_modules (MAIN_DIR, default /work/main: pdfkit, iconv-lite, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu). Arguments go to check-gold.mjs
# (e.g. --answers /tmp/bd-g.jsonl to write the gold as answers for score.mjs).
set -e
cd "$(dirname "$0")/.."
rm -rf docs text
mkdir -p docs text
node src/build-large-print-pdf.mjs
node src/build-labels-pdf.mjs
node src/build-notes-evernote-html.mjs
node src/build-register-crystal-csv.mjs
node src/build-doodle-poll-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
