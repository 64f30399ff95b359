// Builds docs/pptg-clear-pavements-board-monday-export-2327-11-22.csv and its rendering in text/.
// Layout: A MONDAY.COM BOARD EXPORTED TO EXCEL AND SAVED BY EXCEL AS "CSV UTF-8": the programme team's
// delivery board, as at Tuesday 22 November 2327. The export's first row is the board's name; then EACH
// GROUP OF THE BOARD IS A TITLE ROW OF ITS OWN ("Measures – quarter 2 ...", "Milestones", "Actions from Task
// Group meetings") FOLLOWED BY ITS OWN COPY OF THE COLUMN HEADER ROW – the same sixteen columns for every
// group, since a board has one set of columns, so most cells of every row are empty (a measure has no
// Status, a milestone no Health, an action no Timeline). SUB-ITEMS follow their parent item under a
// header row of their own that begins "Subitems" and is shifted one column to the right (Name, Person,
// Status, Date); the parent's "Subitems" cell lists their names joined by ", ". Statuses are the board's
// own labels: "Done", "Working on it", "Stuck", and an EMPTY CELL FOR NOT STARTED; the measures are rated
// in two further status columns, "Q1 health" and "Health" (the current rating, which is quarter 2's),
// labelled On track / At risk / Off track / Achieved / No data. The quarter is only in the group's title.
// "Person" is the officer who owns the item; the lead member is a text column. "Last updated" holds the
// name and the time; "Item ID" the board's ten-digit ids. UTF-8 with a byte-order mark, CRLF, fields quoted
// only when they need it, blank rows between groups.
// Rendering: each non-empty row as its non-empty cells joined by " | ".
// Synthetic test fixture: every person, figure and status is invented.
//   node src/build-board-monday-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, PROGRAMME, MEASURES, MILESTONES, ACTIONS, OFFICERS as O, cllr } from "./common.mjs";

const FILE = DOCS.board;
const COLS = ["Name", "Subitems", "Person", "Lead member", "Status", "Health", "Target", "Q1", "Q1 health", "Q2", "Timeline", "Due date", "Source", "Notes", "Last updated", "Item ID"];
const SUBCOLS = ["Subitems", "Name", "Person", "Status", "Date"];
const rows = [];
const blank = () => rows.push([]);
let id = 6419035827;
const nextId = () => String((id += 7919));
const updated = ["Aurelia Cantrill 21/11/2327 16:05", "Kwabena Pybus 18/11/2327 09:41", "Aurelia Cantrill 10/11/2327 12:17", "Marisol Crouchley 15/11/2327 14:52", "Gareth Lumsdaine 15/11/2327 11:03", "Ebenezer Fairlamb 10/11/2327 17:26"];
const upd = (person, i) => updated.find((u) => u.startsWith(O[person].name)) ?? updated[i % updated.length];
const item = (o) => rows.push(COLS.map((c) => o[c] ?? ""));
const subs = (list) => {
  rows.push(["", ...SUBCOLS.slice(1)].map((c, i) => (i === 0 ? SUBCOLS[0] : c)));
  for (const s of list) rows.push(["", s.name, O[s.person].name, s.status, s.date]);
};

rows.push([PROGRAMME]);
blank();
rows.push(["Measures – quarter 2 2327/28 (to 30 September 2327)"]);
rows.push(COLS);
MEASURES.forEach((m, i) => item({ Name: `${m.ref} ${m.name}`, Person: O[m.person].name, "Lead member": cllr(m.lead), Health: m.q2, Target: m.target, Q1: m.q1v, "Q1 health": m.q1, Q2: m.q2v, Notes: m.note, "Last updated": upd(m.person, i), "Item ID": nextId() }));
blank();
rows.push(["Milestones"]);
rows.push(COLS);
MILESTONES.forEach((m, i) => {
  item({ Name: `${m.ref} ${m.name}`, Subitems: (m.subitems ?? []).map((s) => s.name).join(", "), Person: O[m.person].name, Status: m.status, Timeline: m.from === m.to ? m.from : `${m.from} - ${m.to}`, Notes: m.note, "Last updated": upd(m.person, i), "Item ID": nextId() });
  if (m.subitems) subs(m.subitems);
});
blank();
rows.push(["Actions from Task Group meetings"]);
rows.push(COLS);
ACTIONS.forEach((a, i) => {
  item({ Name: `${a.ref} ${a.action}`, Subitems: (a.subitems ?? []).map((s) => s.name).join(", "), Person: O[a.owner].name, Status: a.status, "Due date": a.due, Source: a.meeting, Notes: a.note, "Last updated": upd(a.owner, i), "Item ID": nextId() });
  if (a.subitems) subs(a.subitems);
});

const q = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = "\uFEFF" + rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
const text = rows.filter((r) => r.some((c) => c)).map((r) => r.filter((c) => c).join(" | ")).join("\n") + "\n";
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text);
console.log(`wrote docs/${FILE} (${rows.length} rows)`);
