#!/bin/sh
# usage: grepcheck.sh word... ; prints hit counts over the places the brief names (binary PDFs/DOCX excluded)
cd /work
for w in "$@"; do
  n=$(grep -rliw -- "$w" main/eval main/corpora shared main/README.md 2>/dev/null | grep -vE '\.(pdf|docx|xlsx|sqlite)$' | wc -l)
  echo "$n	$w"
done
