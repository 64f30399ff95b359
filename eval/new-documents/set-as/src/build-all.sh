#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20 and the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist) and the
# DejaVu fonts (/usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-tracker-pdf.mjs
node src/build-actions-jira-html.mjs
node src/build-minutes-obsidian-md.mjs
node src/build-agenda-pack-docx.mjs
node src/build-committee-cmis-html.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
