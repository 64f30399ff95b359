#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20,
# the project's node_modules (MAIN_DIR, default /work/main) and poppler's pdftoppm.
set -e
cd "$(dirname "$0")/.."
node src/build-delivery-plan-docx.mjs
node src/build-tor-membership-docx.mjs
node src/build-risks-actions-html.mjs
node src/build-meetings-ics.mjs
node src/build-minutes-scanned-pdf.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
