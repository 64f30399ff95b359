#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: docx, pdfkit, mammoth, pdfjs-dist) and the
# DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-membership-access-html.mjs
node src/build-performance-report-server-docx.mjs
node src/build-risk-detail-report-pdf.mjs
node src/build-teams-attendance-csv.mjs
node src/build-notes-google-docs-md.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
