// Builds docs/rights-of-way-countryside-access-panel-risk-register-export-2027-03-02.txt (the programme risk
// register of the LGA Rights of Way and Countryside Access Panel at 28 February 2027, as EXPORTED FROM A
// SPREADSHEET AS CSV AND SAVED WITH A .txt NAME, 2 March 2027) and its plain-text rendering
// text/rights-of-way-countryside-access-panel-risk-register-export-2027-03-02.txt (same file name: the document
// goes into the ingest corpus and the rendering into the scorer's corpus, as in sets O and Q).
//
//   node src/build-risk-csv-txt.mjs
//
// Layout: COMMA-SEPARATED VALUES as Excel writes "CSV UTF-8": a UTF-8 BYTE ORDER MARK, CRLF line ends, TWO TITLE
// LINES ABOVE THE HEADER padded with trailing commas to the width of the table (",,,,,,,,,,"), an empty row of
// commas, then the header row and ten records RWR-01 to RWR-10; FIELDS THAT HOLD A COMMA, A QUOTE OR A LINE BREAK
// ARE IN DOUBLE QUOTES, QUOTES INSIDE THEM DOUBLED (""DMMO basics""), one field holds a LINE BREAK (LF inside the
// quotes, so one record runs over two physical lines); numbers and single words unquoted; dates dd/mm/yyyy; a key
// line of rating bands at the end, padded with commas. Columns: Ref, Risk, Owner, Likelihood, Impact, Score,
// Rating, Trend, Controls and actions, Next review, Status.
// Rendering: each non-empty CSV row as its non-empty fields joined with " | " (quotes removed, doubled quotes
// single, the line break inside a field as a space); the empty row dropped.
// Synthetic test fixture: the people, risks and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "rights-of-way-countryside-access-panel-risk-register-export-2027-03-02";

// ---------------------------------------------------------------- content
const TITLE1 = "Rights of Way and Countryside Access Panel - programme risk register";
const TITLE2 = "Position at 28/02/2027; exported 02/03/2027 09:41 by Carys Liddicoat";
const HEAD = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Score", "Rating", "Trend", "Controls and actions", "Next review", "Status"];
// [ref, risk, owner, L, I, rating, trend, controls, next review, status]
const RISKS = [
  ["RWR-01", "Path Improvement Fund projects are not completed in 2026/27, so grants are carried forward or lost", "Tomasz Wierzbicki", 4, 4, "Very high", "Increasing",
    "Monthly calls with grant holders; revised completion dates agreed for PIF-04 (Norfolk) and PIF-12 (East Sussex); second half of each grant paid only on completion", "31/03/2027", "Open"],
  ["RWR-02", "Demand for Stile Replacement Programme grants exceeds the budget", "Idris Warboys", 4, 2, "Medium", "Increasing",
    "Claims window closed on 31/12/2026 with 690 stiles claimed against 600 planned; virement of £18,000 from RWB-03 proposed to the Panel on 18/03/2027", "18/03/2027", "Open"],
  ["RWR-03", "Councils lose specialist definitive map officers, so applications for modification orders wait longer", "Genevieve Fazakerley", 3, 4, "High", "Decreasing",
    "Specialist adviser post in the Definitive Map Support Service filled from 01/12/2026\nRights of Way Academy module on modification orders (\"DMMO basics\") from April 2027", "30/04/2027", "Open"],
  ["RWR-04", "The definitive map backlog report is published late, weakening the LGA's evidence to government", "Idris Warboys", 4, 3, "High", "New",
    "Publication moved to 29/04/2027, subject to the Panel's agreement; Hollinbeck Surveys Ltd to send the final draft by 31/03/2027", "31/03/2027", "Open"],
  ["RWR-05", "Low take-up of the Access for All audit toolkit", "Joan Cheesewright", 3, 2, "Medium", "Stable",
    "Shorter version for small councils in the final toolkit; demonstrations at Rights of Way Academy sessions", "31/05/2027", "Open"],
  ["RWR-06", "The pre-election period before the local elections on 6 May 2027 limits councils' publicity for Countryside Access Week", "Kit Sandercock", 3, 2, "Medium", "Stable",
    "Week set for 15-23 May 2027, after polling day; partner pack sent to councils in February", "30/04/2027", "Open"],
  ["RWR-07", "Supplier delay on the digital path network data standard", "Joan Cheesewright", 3, 3, "Medium", "Increasing",
    "Mapwright Digital Ltd has missed two delivery dates; weekly progress meetings; the contract allows a 10 per cent deduction for delay", "31/03/2027", "Open"],
  ["RWR-08", "Landowners object to, or delay, path works funded by our grants", "Tomasz Wierzbicki", 3, 3, "Medium", "Increasing",
    "PIF-09 (Tameside) withdrawn after the landowner refused consent; future rounds to ask for the landowner's written consent with each bid", "30/06/2027", "Open"],
  ["RWR-09", "The team cannot cover definitive map casework while the specialist adviser post is vacant", "Genevieve Fazakerley", 1, 3, "Low", "Decreasing",
    "Closed on 01/12/2026 when the post was filled; casework covered by Idris Warboys from September to November 2026", "–", "Closed"],
  ["RWR-10", "The countryside access budget for 2027/28 is not confirmed before 1 April 2027", "Genevieve Fazakerley", 2, 4, "Medium", "Stable",
    "Draft budget sent to the LGA's finance team on 12/02/2027; monthly spending limits to apply until it is agreed", "31/03/2027", "Open"],
];
const KEY = "Rating bands: Low 1-4; Medium 5-9; High 10-15; Very high 16-25";

// ---------------------------------------------------------------- checks
const band = (s) => (s <= 4 ? "Low" : s <= 9 ? "Medium" : s <= 15 ? "High" : "Very high");
for (const r of RISKS) if (band(r[3] * r[4]) !== r[5]) throw new Error(`rating of ${r[0]}`);
const trend = {};
for (const r of RISKS) trend[r[6]] = (trend[r[6]] ?? 0) + 1;
if (RISKS.filter((r) => r[5] === "Very high").length !== 1 || trend.Increasing !== 4 || trend.New !== 1) throw new Error("ratings / trends " + JSON.stringify(trend));
for (const m of JSON.stringify(RISKS).matchAll(/(\d\d)\/(\d\d)\/(\d{4})/g)) {
  const d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
  if (d.getUTCDate() !== +m[1]) throw new Error("bad date " + m[0]);
}

// ---------------------------------------------------------------- CSV
const q = (v) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const pad = (first) => q(first) + ",".repeat(HEAD.length - 1);
const rec = (r) => [r[0], r[1], r[2], r[3], r[4], r[3] * r[4], r[5], r[6], r[7], r[8], r[9]];
const csv = ["\ufeff" + pad(TITLE1), pad(TITLE2), ",".repeat(HEAD.length - 1), HEAD.map(q).join(","), ...RISKS.map((r) => rec(r).map(q).join(",")), pad(KEY)].join("\r\n") + "\r\n";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), csv);

// ---------------------------------------------------------------- rendering
const R = [TITLE1, TITLE2, HEAD.join(" | "), ...RISKS.map((r) => rec(r).map((c) => String(c).replace(/\n/g, " ")).join(" | ")), KEY];
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${csv.split("\r\n").length - 1} CRLF lines) and text/${BASE}.txt (${R.length} lines); trends ${JSON.stringify(trend)}`);
