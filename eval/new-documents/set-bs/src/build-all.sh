#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist) and the DejaVu fonts
# (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
#   sh src/build-all.sh [--answers /tmp/bs-gold-as-answers.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-minutes-wordpress-html.mjs
node src/build-highlight-verto-pdf.mjs
node src/build-register-clickup-csv.mjs
node src/build-community-viva-html.mjs
node src/build-consultation-ehq-html.mjs
# the PDF is written by a stream: wait for it before reading it back
sleep 1
node src/make-gold.mjs
node src/check-gold.mjs "$@"
