#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20 and the
# project's node_modules (MAIN_DIR, default /work/main: iconv-lite, for the checker's Windows-1252 reads).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-devops-tree-query-csv.mjs
node src/build-notes-structured-text.mjs
node src/build-notify-eml.mjs
node src/build-perdoo-okrs-html.mjs
node src/build-transcript-rtf.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
