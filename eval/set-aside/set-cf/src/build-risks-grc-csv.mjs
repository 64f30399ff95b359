// Builds docs/lsctg-risk-register-export-2692-01-08.csv and its rendering in text/.
// Layout: A RISK MANAGEMENT SYSTEM'S "FULL EXPORT" OF A REGISTER AS CSV, as council risk systems in the
// JCAD CORE / 4risk mould write it ("Risks, Controls and Actions", one line per control or action):
// UTF-8 with a byte order mark, CRLF line ends, fields quoted only when they must be (commas, quotes,
// line breaks). FOUR PREAMBLE LINES before the header (report title, organisation unit, who exported it
// and when, the filter), each a single cell padded with empty fields to the width of the table, then a
// blank line, then the 24-column header. A RISK'S OWN FIELDS ARE ON ITS FIRST LINE ONLY: each further
// control or action of the risk is a line whose 18 risk columns are empty, so a continuation line names
// no risk. People are "Surname, Forename" (quoted, because of the comma). Scores come as likelihood and
// impact columns and a rating cell "16 - Very High" for each of the inherent, current and target
// positions, with no key in the file. Direction of travel is a word (Improving / Stable / Deteriorating
// / New); a closed risk is still exported with "Closed" in Risk Status; a description holds a line break
// inside its quoted field. Dates dd/mm/yyyy; "Due Date" empty for standing controls. A trailing line
// counts the records.
// Rendering: the preamble lines as their text, then the header and each line with its cells " | "
// (empty cells kept, so a continuation line starts with empty cells), a line break inside a field as a
// space; the blank line left out.
// Synthetic test fixture: every person, risk and score is invented.
//   node src/build-risks-grc-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, PROGRAMME, OFFICERS as O, RISKS } from "./common.mjs";

const FILE = DOCS.risks;
const BASE = basename(FILE, extname(FILE));
const person = (k) => { const n = O[k].name.split(" "); return `${n.slice(1).join(" ")}, ${n[0]}`; };
const HEAD = ["Risk Ref", "Risk Title", "Risk Description", "Category", "Risk Owner", "Risk Manager", "Inherent L", "Inherent I", "Inherent Rating", "Current L", "Current I", "Current Rating", "Target L", "Target I", "Target Rating", "Direction of Travel", "Last Reviewed", "Risk Status", "Control/Action Type", "Control/Action Ref", "Control/Action Description", "Control/Action Owner", "Due Date", "Control/Action Status"];
const N = HEAD.length;
const q = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = [], out = [];
const pre = (s) => { lines.push([s, ...Array(N - 1).fill("")].map(q).join(",")); out.push(s); };
pre("Programme Risk Register - Full Export (Risks, Controls and Actions)");
pre(`Organisation unit: ${PROGRAMME}`);
pre(`Exported by: ${O.ngozi.name} on 08/01/2692 11:02`);
pre("Filter: Risk Status = All; Category = All");
lines.push("");
const row = (cells) => { lines.push(cells.map(q).join(",")); out.push(cells.map((c) => c.replace(/\r?\n/g, " ")).join(" | ")); };
row(HEAD);
let nCtl = 0;
for (const r of RISKS) {
  const riskCells = [r.ref, r.title, r.desc, r.cat, person(r.owner), person(r.mgr),
    String(r.inh[0]), String(r.inh[1]), r.inhRating, String(r.cur[0]), String(r.cur[1]), r.curRating, String(r.tgt[0]), String(r.tgt[1]), r.tgtRating,
    r.dir, r.reviewed, r.status];
  for (const [i, c] of r.ctl.entries()) {
    const [type, ref, desc, owner, due, st] = c;
    row([...(i === 0 ? riskCells : Array(riskCells.length).fill("")), type, ref, desc, person(owner), due, st]);
    nCtl++;
  }
}
pre(`Records exported: ${RISKS.length} risks, ${nCtl} controls and actions`);
writeFileSync(join(root, "docs", FILE), "\uFEFF" + lines.join("\r\n") + "\r\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
