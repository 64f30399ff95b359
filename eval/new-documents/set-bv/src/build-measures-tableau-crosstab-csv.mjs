// Builds docs/acgtg-measures-by-quarter-crosstab-2362-01-04.csv and its rendering in text/.
// Layout: A TABLEAU SERVER "DOWNLOAD > CROSSTAB > CSV" OF THE PROGRAMME'S VIEW "Measures by quarter",
// as Tableau writes it: the file is named .csv but is UTF-16 little-endian with a byte-order mark and
// TAB-separated, rows ended by CRLF. The view is a pivot: the row shelf's dimensions (Theme, Ref,
// Measure, Lead Member) and "Measure Names" make the first five columns, each quarter of the column
// shelf is a column of its own ("Q1 2361/62", "Q2 2361/62"), and every measure is FOUR ROWS, one per
// Measure Names value (Target, Actual, Status, Commentary), with the dimensions repeated on each row.
// The status is a string field shown through ATTR(), so a measure that has more than one status under
// it (GRW-08, rated separately for primary and secondary schools) shows Tableau's "*", and a quarter
// with no data is an empty field. Numbers keep the view's formats ("11,240", "6.1%"). The colour key
// of the dashboard is not exported: "Blue" and "*" are explained only in the agenda pack's note on
// item 6.
// Rendering: the rows as they stand, fields joined by " | " (empty fields kept).
// Synthetic test fixture: every measure, figure and rating is invented.
//   node src/build-measures-tableau-crosstab-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, MEASURES, P } from "./common.mjs";

const FILE = DOCS.crosstab;
const rows = [["Theme", "Ref", "Measure", "Lead Member", "Measure Names", "Q1 2361/62", "Q2 2361/62"]];
for (const m of MEASURES) {
  const dims = [m.theme, m.ref, m.name, P[m.lead].cllr];
  rows.push([...dims, "Target", m.target, m.target]);
  rows.push([...dims, "Actual", m.q1[0], m.q2[0]]);
  rows.push([...dims, "Status", m.q1[1], m.q2[1]]);
  rows.push([...dims, "Commentary", m.q1[2], m.q2[2]]);
}
const body = rows.map((r) => r.join("\t")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]));
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), rows.map((r) => r.join(" | ")).join("\n") + "\n");
console.log("wrote", FILE);
