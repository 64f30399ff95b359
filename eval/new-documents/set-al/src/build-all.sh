#!/bin/sh
# Rebuild the five documents, their text renderings and gold.jsonl, then check the gold.
# Needs node 18+, the project's node_modules (NODE_MODULES, default /work/main/node_modules: docx 9.x, pdfkit
# 0.20), the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu), and unzip and pdftotext for
# the checks.
set -e
cd "$(dirname "$0")"
node build-teams-txt.mjs
node build-risk-html.mjs
node build-minutes-pdf.mjs
node build-tor-docx.mjs
node build-performance-pdf.mjs
node make-gold.mjs
node check-gold.mjs "$@"
