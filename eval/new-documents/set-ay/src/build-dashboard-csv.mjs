// Builds docs/ldap-ordinary-lives-dashboard-2124-02.csv and its rendering in text/.
// Layout: AN EXCEL DASHBOARD SHEET SAVED AS "CSV UTF-8 (Comma delimited)" – only the active sheet, as
// Excel saves it: byte order mark, CRLF rows, EVERY ROW PADDED WITH COMMAS TO THE USED RANGE (13
// columns, A to M). The sheet was laid out for the screen, so its BLOCKS SIT SIDE BY SIDE AS WELL AS ONE
// UNDER ANOTHER: block 1 (workstreams, columns A–G) beside block 2 (budget in £000, columns I–M) on the
// same rows, block 3 (round 2 awards, A–E) beside the key (I–J), then numbered notes across the
// bottom; a CSV row therefore holds a workstream AND a budget line. Block titles are numbered cells
// ("1. Workstreams"); MERGED CELLS keep their text in the first cell only, so the two-row header puts
// "RAG" over two empty-titled columns whose "Jan" / "Feb" labels sit in the row below; WRAPPED
// HEADERS (Alt+Enter) are line breaks inside quoted cells ("Spent to⏎date"); numbers as displayed with
// thousands separators, so quoted; ratings as single letters explained only by the key block; a
// status pointing to a note ("On hold (note 2)"); the title and "Position at" rows at the top, and the
// preparer and last-updated stamp in different blocks of one row.
// Rendering: the title rows, then each block as a table in reading order (block 1, block 2, block 3,
// the key, the notes), a block's row a line with its own cells " | ", a line break in a cell as a
// space; empty cells left out.
// Synthetic test fixture: every person, council and figure is invented.
//   node src/build-dashboard-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, PROGRAMME, FUND, OFFICERS as O, P, WORKSTREAMS, BUDGET, BTOTAL, AWARDS, ATOTAL, k000 } from "./common.mjs";

const FILE = DOCS.dashboard;
const BASE = basename(FILE, extname(FILE));
const N = 13;
const grid = [];
const set = (r, c, v) => { while (grid.length <= r) grid.push(Array(N).fill("")); grid[r][c] = v; };
const blocks = {}; // name -> [[cells]] for the rendering
const put = (name, r, c0, cells) => { cells.forEach((v, j) => set(r, c0 + j, v)); (blocks[name] ??= []).push(cells.filter((v) => v !== "").map((v) => v.replace(/\n/g, " "))); };

put("title", 0, 0, [`${BODY} – ${PROGRAMME} dashboard`]);
put("title", 1, 0, ["Position at 29 February 2124 (workstream RAG at month end; budget in £000)"]);
set(2, 0, `Prepared by ${O.rosalind.name}, ${O.rosalind.post}`); set(2, 8, "Last updated 01/03/2124 16:40");
blocks.title.push([`Prepared by ${O.rosalind.name}, ${O.rosalind.post}`], ["Last updated 01/03/2124 16:40"]);
set(3, 0, "");
// block 1 and block 2 side by side
put("b1", 4, 0, ["1. Workstreams"]);
put("b2", 4, 8, ["2. Budget 2123/24 (£000)"]);
put("b1", 5, 0, ["Ref", "Workstream", "Lead member", "Lead officer", "RAG", "", "Comment"]);
put("b2", 5, 8, ["Budget line", "Budget", "Spent to\ndate", "Forecast\noutturn", "Variance\n(forecast less budget)"]);
put("b1", 6, 0, ["", "", "", "", "Jan", "Feb", ""]);
WORKSTREAMS.forEach((w, i) => put("b1", 7 + i, 0, [w.ref, w.name, `Cllr ${P[w.member].sur}`, O[w.officer].name, w.jan, w.feb, w.note]));
BUDGET.forEach((b, i) => put("b2", 7 + i, 8, [b.line, k000(b.budget), k000(b.spent), k000(b.forecast), k000(b.variance)]));
put("b2", 12, 8, ["Total", k000(BTOTAL.budget), k000(BTOTAL.spent), k000(BTOTAL.forecast), k000(BTOTAL.variance)]);
set(13, 0, "");
// block 3 and the key side by side
put("b3", 14, 0, [`3. ${FUND} – round 2 awards (agreed 17/11/2123)`]);
put("key", 14, 8, ["Key"]);
put("b3", 15, 0, ["Ref", "Council", "Project", "Award (£)", "Status"]);
const KEYROWS = [["G", "On track"], ["A", "At risk – recoverable"], ["R", "Off track – Panel action needed"], ["C", "Complete"]];
KEYROWS.forEach((k, i) => put("key", 15 + i, 8, k));
AWARDS.forEach((a, i) => put("b3", 16 + i, 0, [a.ref, a.council, a.project, a.award.toLocaleString("en-GB"), a.status]));
put("b3", 22, 0, ["Total", "", "", ATOTAL.toLocaleString("en-GB"), ""]);
set(23, 0, "");
put("notes", 24, 0, ["Notes"]);
put("notes", 25, 0, ["1. Workstream RAG is the lead officer's rating on the last working day of the month, agreed with the lead member."]);
put("notes", 26, 0, ["2. SEF2-04: Chair's urgent decision UD-2124-02 of 23/02/2124 – award held until 28/04/2124 while Wyvernham DC finds a new travel training provider; withdrawn and added to round 3 if no provider is contracted by then."]);
put("notes", 27, 0, ["3. Budget figures exclude the costs of the Panel's own meetings."]);

const q = (v) => (/[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
writeFileSync(join(root, "docs", FILE), "\uFEFF" + grid.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n", "utf8");
const out = [];
for (const name of ["title", "b1", "b2", "b3", "key", "notes"]) for (const cells of blocks[name]) if (cells.length) out.push(cells.join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
