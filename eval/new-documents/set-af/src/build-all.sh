#!/bin/sh
# Rebuilds every document, rendering and the gold, then checks the gold. From the set's folder: sh src/build-all.sh
set -e
cd "$(dirname "$0")/.."
node src/build-tracker-pdf.mjs
node src/build-agenda-html.mjs
node src/build-notes-md.mjs
node src/build-tor-docx.mjs
node src/build-budget-csv.mjs
node src/make-gold.mjs
node src/check-gold.mjs --answers /tmp/af-gold-as-answers.jsonl
