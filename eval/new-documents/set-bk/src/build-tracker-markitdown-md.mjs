// Builds docs/sgesjc-ground-register-and-inspection-tracker-2232-02-29.md and its rendering in text/.
// Layout: AN EXCEL WORKBOOK CONVERTED TO MARKDOWN BY MICROSOFT'S MarkItDown, as people now do before
// dropping a spreadsheet into a folder for an assistant: the converter reads every sheet with pandas
// (`read_excel(sheet_name=None)`, openpyxl, cached formula values) and writes each as "## <sheet name>"
// and the sheet's `DataFrame.to_html(index=False)` turned into a pipe table. So THE SHEET'S FIRST ROW
// BECOMES THE TABLE HEADER: where the first row is a merged title cell, the header is the title and
// "Unnamed: 1" … "Unnamed: 11", and THE REAL COLUMN HEADINGS ARE THE FIRST DATA ROW; EMPTY CELLS ARE
// "NaN"; DATES ARE "2231-07-14 00:00:00"; NUMBER FORMATS ARE GONE (capacities as 14200, a percentage as
// 0.7777777777777778, a formula's cached value as printed by Python); GROUP HEADING ROWS ("Quarter 1 …")
// ARE ROWS OF NaN WITH ONE CELL; the status is a one-letter code (G / A / R / N) explained on another
// sheet ("Key"); notes are a one-column sheet whose header is its first note. Four sheets: Register (the
// nine certified grounds), Stand inspections (13 regulated stands, with a GS-02 check under them), Key,
// Notes. No title, date or owner but in cells.
// Rendering: each sheet's name, then each table row's cells joined by " | " (the header row first, the
// alignment row dropped), as the raw file has them.
// Synthetic test fixture: every ground, club, person and figure is invented.
//   node src/build-tracker-markitdown-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, GROUNDS, STANDS, OFFICERS as O, ENGINEER, CAP_TOTAL, KEY_DATES as K, TANYARD, dmy, gbp } from "./common.mjs";

const FILE = DOCS.tracker;
const BASE = basename(FILE, extname(FILE));
const NaN_ = "NaN";
const dt = (iso) => `${iso} 00:00:00`; // a datetime cell in an object column, as pandas prints it
const md = [];
const out = [];
// a sheet: rows of cells (first row = header); cells printed as pandas would
const sheet = (name, rows) => {
  const w = Math.max(...rows.map((r) => r.length));
  const cell = (v) => (v === null || v === undefined || v === "" ? NaN_ : String(v));
  const norm = rows.map((r) => Array.from({ length: w }, (_, i) => cell(r[i])));
  // pandas names empty header cells "Unnamed: i"
  norm[0] = norm[0].map((v, i) => (v === NaN_ ? `Unnamed: ${i}` : v));
  md.push(`## ${name}`);
  md.push(`| ${norm[0].join(" | ")} |`);
  md.push(`| ${norm[0].map(() => "---").join(" | ")} |`);
  for (const r of norm.slice(1)) md.push(`| ${r.join(" | ")} |`);
  md.push("");
  out.push(name);
  for (const r of norm) out.push(r.join(" | "));
};

// ---------------------------------------------------------------- Register
const officer = (k) => O[k].name;
sheet("Register", [
  [`Certified sports grounds – register 2231/32 (as at ${dmy(K.asAt)})`],
  ["Ref", "Ground", "Club / operator", "District", "Sport", "Certificate", "Regulated stands", "Permitted capacity", "Annual review 2231/32", "RAG", "Safety officer", "Notes"],
  ...GROUNDS.map((g) => [g.ref, g.ground, g.club, g.district, g.sport, g.cert, g.stands, g.cap, g.review ? dt(g.review) : g.reviewText, g.rag, officer(g.officer), g.note]),
  [null, "Total permitted capacity (excl. Showground)", null, null, null, null, GROUNDS.reduce((s, g) => s + g.stands, 0), CAP_TOTAL],
]);

// ---------------------------------------------------------------- Stand inspections
const gname = (ref) => GROUNDS.find((g) => g.ref === ref).ground;
const late = (s) => (s.done ? Math.max(0, Math.round((new Date(s.done) - new Date(s.due)) / 86400000)) : null);
const QUARTERS = [["Quarter 1 (April to June 2231)", "2231-06-30"], ["Quarter 2 (July to September 2231)", "2231-09-30"], ["Quarter 3 (October to December 2231)", "2231-12-31"], ["Quarter 4 (January to March 2232)", "2232-03-31"]];
const rows = [["Regulated stand inspections 2231/32"], ["ID", "Ground ref", "Ground", "Stand", "Due", "Done", "Days late", "Engineer", "Outcome", "RAG"]];
let from = "0000";
for (const [q, to] of QUARTERS) {
  rows.push([q]);
  for (const s of STANDS.filter((x) => x.due > from && x.due <= to)) rows.push([s.id, s.gr, gname(s.gr), s.stand, dt(s.due), s.done ? dt(s.done) : null, late(s), s.done ? ENGINEER.firm : null, s.outcome, s.rag]);
  from = to;
}
const due = STANDS.filter((s) => s.due <= "2231-12-31"), ok = due.filter((s) => s.done && s.done <= s.due);
rows.push(["Due to 31/12/2231", null, null, null, due.length]);
rows.push(["Done by due date", null, null, null, ok.length]);
rows.push(["GS-02 (Q3, cumulative)", null, null, null, String(ok.length / due.length)]);
sheet("Stand inspections", rows);

// ---------------------------------------------------------------- Key
sheet("Key", [
  ["Code", "Meaning", "Used on"],
  ["G", "Green: review or inspection done on time, no serious defect outstanding", "Register; Stand inspections"],
  ["A", "Amber: done late, minor defects outstanding, or part of the ground closed by a prohibition notice", "Register; Stand inspections"],
  ["R", "Red: serious defects, capacity reduced, or review or inspection overdue", "Register; Stand inspections"],
  ["N", "Not yet due", "Stand inspections"],
]);

// ---------------------------------------------------------------- Notes
sheet("Notes", [
  [`Tracker owner: ${O.edgecombe.name}, ${O.edgecombe.post}. Updated monthly; last updated ${dmy(K.asAt)}.`],
  ["Prohibition notices 2231/32: PN-2231-01 Cradbury Park West Stand gangway (14/09/2231, lifted 05/10/2231); PN-2231-02 Tanyard Lane East Stand rows T–Z (23/11/2231); PN-2231-03 Heronsgate Stadium terrace bay 4 (09/12/2231)."],
  ["GS-02 counts inspections done by their due date as a share of those due to the end of the quarter (cumulative)."],
  ["Capacities are permitted capacities under the general or regulated stand certificate. Sallowmere Showground holds a special certificate for each event."],
  [`Tanyard Lane: strengthening of East Stand roof columns C4 and C7 estimated at £${gbp(TANYARD.works)} (club's cost), to finish by ${dmy(K.worksBy)}.`],
  [`Structural engineering framework (${ENGINEER.firm}) ends ${dmy(K.frameworkEnds)}.`],
]);

writeFileSync(join(root, "docs", FILE), md.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
