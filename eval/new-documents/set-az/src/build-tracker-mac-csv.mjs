// Builds docs/ehtg-fund-tracker-2131-32-q2-mac.csv and its rendering in text/.
// Layout: AN EXCEL FOR MAC SHEET SAVED AS "COMMA SEPARATED VALUES (.csv)" – the Mac's own CSV, not "CSV
// UTF-8": ENCODED IN MAC OS ROMAN (no byte order mark: "£" is byte A3, "–" D0, "’" D5, "ø" BF) and
// EVERY ROW ENDED BY A CARRIAGE RETURN ALONE (CR, no LF), while the one in-cell line break (Option+Return
// in a comment cell) is a bare LF inside a quoted field. The sheet's layout travels with it: three title
// rows typed in column A (organisation and title; position date and meeting; who prepared it and when),
// empty rows of commas, every row padded with commas to the sheet's used range of 12 columns, TWO
// BLOCKS ONE UNDER THE OTHER, each under its own caption row and header row – Table 1, the Fund's twelve
// round 1 schemes (Ref, Council, Scheme, Type, Award (£), Paid to 30/09/31 (£), Homes (target), Homes back
// in use, Status Q1, Status Q2, Council contact, Comment) with a Total row whose first cell is empty and
// a "Fund reserve at 30/09/31" line under it; Table 2, the eight programme measures (Ref, Measure, Target
// 2131/32, Q1, Q1 RAG, Q2, Q2 RAG, Lead member, Note) whose ratings are single letters – and, last, the
// two keys as one-cell rows ("Status key (Table 1): …", "RAG key (Table 2): G = on track; …"). Values are
// written as the cells display them: money formatted "£310,000" (quoted, because of its comma), "–" for
// no figure, percentages as typed; fields are quoted only when they hold a comma, a quotation mark
// (doubled) or a line break.
// Rendering: each row with content as its cells joined by " | ", trailing empty cells dropped, a line
// break inside a field as a space; empty rows left out.
// Synthetic test fixture: every council, person, figure and rating is invented.
//   node src/build-tracker-mac-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, FUND, OFFICERS as O, SCHEMES, MEASURES, SCHEME_STATUS, RAG, AWARDED, PAID, HOMES_TARGET, HOMES_DONE, RESERVE_SEPT, gbp } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.tracker;
const BASE = basename(FILE, extname(FILE));
const COLS = 12;
const rows = [];
const add = (...cells) => rows.push(cells);
const blank = () => rows.push([]);

add(`${BODY} – ${FUND} and programme tracker 2131/32`);
add("Position at 30 September 2131 (quarter 2), for item 5 of the meeting on 20 November 2131");
add(`Prepared by ${O.ingrid.name} (Finance Business Partner) and ${O.kwabena.name} (Programme Manager) – 1 November 2131`);
blank();
add("Table 1: Recovery Fund schemes, round 1");
add("Ref", "Council", "Scheme", "Type", "Award (£)", "Paid to 30/09/31 (£)", "Homes (target)", "Homes back in use", "Status Q1", "Status Q2", "Council contact", "Comment");
for (const s of SCHEMES) add(s.ref, s.council, s.scheme, s.type, gbp(s.award), gbp(s.paid), String(s.target), String(s.done), s.q1, s.q2, s.contact, s.comment);
add("", "Total", "", "", gbp(AWARDED), gbp(PAID), String(HOMES_TARGET), String(HOMES_DONE));
blank();
add("Fund reserve at 30/09/31 (£)", "", "", "", gbp(RESERVE_SEPT), "", "", "", "", "", "", "Fund £3,400,000 less round 1 awards");
blank();
blank();
add("Table 2: Programme measures");
add("Ref", "Measure", "Target 2131/32", "Q1", "Q1 RAG", "Q2", "Q2 RAG", "Lead member", "Note");
for (const m of MEASURES) add(m.ref, m.name, m.target, m.q1v, m.q1, m.q2v, m.q2, m.lead, m.note);
blank();
add("Status key (Table 1): " + Object.entries(SCHEME_STATUS).map(([k, v]) => `${k} – ${v}`).join("; "));
add("RAG key (Table 2): " + Object.entries(RAG).map(([k, v]) => `${k} = ${v}`).join("; "));
add("Source: council returns to 15 October 2131. Homes back in use are those let or occupied at 30 September 2131.");

const field = (c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = rows.map((r) => {
  const cells = [...r];
  while (cells.length < COLS) cells.push("");
  return cells.map(field).join(",");
}).join("\r") + "\r";
writeFileSync(join(root, "docs", FILE), iconv.encode(csv, "macintosh"));
// check: the encoding round-trips (no character outside Mac OS Roman)
if (iconv.decode(iconv.encode(csv, "macintosh"), "macintosh") !== csv) throw new Error("a character is not in Mac OS Roman");

const out = rows.filter((r) => r.some((c) => c)).map((r) => {
  const cells = [...r];
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells.map((c) => c.replace(/\n/g, " ")).join(" | ");
});
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${rows.length} rows, Mac OS Roman, CR line ends)`);
