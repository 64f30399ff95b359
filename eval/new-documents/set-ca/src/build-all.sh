#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, pdfjs-dist) and the DejaVu fonts
# (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-tracker-confluence-html.mjs
node src/build-award-paper-outlook-memo-pdf.mjs
node src/build-minutes-google-docs-txt.mjs
node src/build-meeting-chat-zoom-txt.mjs
node src/build-actions-thunderbird-ics.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
