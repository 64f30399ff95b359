#!/bin/sh
# The grep checks recorded in README.md: each string's number of files with a hit (case-insensitive, whole
# word) under /work/main/eval, /work/main/corpora, /work/shared and /work/main/README.md, binary PDF/Word
# files excluded. Every line must read 0.
H="$(dirname "$0")/grepcheck.sh"
"$H" "Business Improvement Districts Panel" "Business Improvement District" "Business Improvement Districts" \
  "BID Panel" "BIDP" "Growth and Enterprise Board" "Place Economy" "Ballot Readiness Grant" "Ballot Readiness" \
  "cost of collection" "levy collection" "levy returns" "operating agreement" "hereditament" "hereditaments" \
  "renewal ballot" "renewal ballots" "BID levy" "NoteDesk" "Harbour Lane" "National Association of BID Managers" "NABM" \
  Drummey Mallabar Clutterbuck Akinwale Goodbody Scrivenor Rackstraw Eskdale Langridge Ranganathan Upjohn Haugen \
  Barraclough Bhamra Dowsett Roskilly Moncrieff Cottam Papadakis Brisco Aylmer Venables \
  "BP-A1" "BP-A2" "BP-A3" "BP-B1" "BP-B2" "BP-B3" "BP-B4" "BP-C1" "BP-C2" "BP-C3" "BP-D1" "BP-D2" \
  "BPR-01" "BPR-02" "BPR-03" "BPR-04" "BPR-05" "BPR-06" "BPD-01" "BPD-09" "BPD-13" "BPD-15" "BPD-16" "4471" \
  "2061" "2062" "2063" "2064" "2065" \
  "7946 0618" "7946 0624" "7946 0639" "7946 0654" "7946 0662" \
  "Sutton Town BID" "Leicester Lanes" "Leicester Waterside" "Lace Market" "Grainger Streets" "Crewe Market Quarter" \
  "Marple Village" "Stockport Old Town" "Cheshunt Town" "Eastbourne Seafront" "Bargate Quarter" "Bath Abbey Quarter" \
  "Cheltenham Promenade" "Bridport Town" "Wolverhampton City Centre BID" "Skipton Town" "Norwich Lanes" \
  "Hadleigh BID" "Ross-on-Wye BID" "Hucknall BID" "Hereford City Centre BID"
