#!/bin/sh
# Rebuilds docs/, text/, gold.jsonl and questions.jsonl, then checks the gold. Run from anywhere; needs
# python 3.11, groff with gropdf (Debian: apt-get install groff), node 20 and /work/main/node_modules
# (MAIN_DIR: pdfjs-dist, for the checker's independent reading of the PDF).
#   sh src/build-all.sh [--answers /tmp/bt-gold-as-answers.jsonl]
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
python3 src/build_paper_groff.py
python3 src/build_minutes_xwiki.py
python3 src/build_email_vcards.py
python3 src/build_spotchecks_kobo_csv.py
python3 src/build_basecamp_html.py
python3 src/make_gold.py
python3 src/check_gold.py "$@"
