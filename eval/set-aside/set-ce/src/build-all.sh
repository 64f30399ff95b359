#!/bin/sh
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run from anywhere; needs node 20 only (no
# packages: the five layouts are text formats written directly; MAIN_DIR is not needed).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-calendar-google-ics.mjs
node src/build-notes-joplin-md.mjs
node src/build-report-sas-rtf.mjs
node src/build-chat-mattermost-csv.mjs
node src/build-workplan-taskpaper-txt.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
