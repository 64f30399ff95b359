// Rebuilds every document, its text rendering and gold.jsonl, then runs check-gold.mjs.
//   node src/build-all.mjs        (NODE_MODULES=/path/to/node_modules if the project is not at /work/main)
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { here } from "./common.mjs";

for (const s of [
  "build-report-pdf.mjs",
  "build-letters-docx.mjs",
  "build-wiki-html.mjs",
  "build-survey-html.mjs",
  "build-membership-csv.mjs",
  "make-gold.mjs",
  "check-gold.mjs",
])
  execFileSync(process.execPath, [join(here, s)], { stdio: "inherit" });
