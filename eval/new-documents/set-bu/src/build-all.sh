# SET-ASIDE: developers of the assistant must not read this file beyond this line.
# Rebuilds docs/, text/ and gold.jsonl, then checks the gold. Run with sh from anywhere; needs node 20, the
# project's node_modules (MAIN_DIR, default /work/main: pdfkit, jszip, mammoth, pdfjs-dist, postal-mime)
# and the DejaVu fonts (FONT_DIR, default /usr/share/fonts/truetype/dejavu).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs text
node src/build-dashboard-looker-pdf.mjs
node src/build-minutes-libreoffice-docx.mjs
node src/build-jira-csv.mjs
node src/build-slack-channel-html.mjs
node src/build-email-late-paper-eml.mjs
node src/make-gold.mjs
node src/check-gold.mjs "$@"
