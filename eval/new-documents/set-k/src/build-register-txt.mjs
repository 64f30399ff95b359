// Builds docs/councillors-forum-outside-bodies-register-2026-27.txt (the LGA Councillors' Forum's proposed
// register of outside body appointments for 2026/27, Appendix A to item 7 at the Forum on 12 March 2026; plain
// text) and its rendering text/councillors-forum-outside-bodies-register-2026-27.txt from the same content.
//
//   node src/build-register-txt.mjs
//
// Layout: plain text, 96 columns, as printed from a committee system. A capitals heading block; "Prepared by:",
// "Date:", "Status:" labels with values in a fixed column; an intro paragraph; then the register as a
// FIXED-WIDTH TABLE padded with spaces (no tabs, no "|"): Ref | Outside body | Forum appointee(s) | Seats |
// Term ends | Status, column headings underlined with dashes. CELLS WRAP WITHIN THEIR COLUMN onto as many
// physical lines as they need (long body names over two or three lines, "New appointment" as "New" /
// "appointment", several appointees one per line, separated by ";"), so one register row is several physical
// lines whose other columns are blank; rows are separated by a blank line. The table runs over a PAGE BREAK:
// page 1 ends with a footer line and a form feed after row OB26-07, and page 2 repeats a running header and
// the column headings. NOTES as numbered paragraphs, hard-wrapped with a hanging indent; footer.
// Rendering: page furniture (footers, the page-2 header and repeated column headings, rules, form feed) is
// left out; the table heading and each register row are one line, cells joined with " | ", a wrapped cell's
// pieces joined with a space; labels "Label: value"; each note one line.
// Synthetic test fixture: the bodies and appointments are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "councillors-forum-outside-bodies-register-2026-27";
const WIDTH = 96;

const HEAD = ["LOCAL GOVERNMENT ASSOCIATION - COUNCILLORS' FORUM", "REGISTER OF OUTSIDE BODY APPOINTMENTS 2026/27", "Appendix A to item 7, meeting of Thursday 12 March 2026"];
const META = [
  ["Prepared by:", "Member Services (Dashiell Frayne, 020 7946 0149)"],
  ["Date:", "27 February 2026"],
  ["Status:", "PROPOSED - subject to approval by the Forum"],
];
const INTRO = "Appointments run from 1 April 2026 unless shown otherwise. The Forum's representatives report back to the Forum at least once a year, under the item on reports from outside bodies.";
const COLS = [
  ["Ref", 8],
  ["Outside body", 28],
  ["Forum appointee(s)", 24],
  ["Seats", 5],
  ["Term ends", 9],
  ["Status", 12],
];
const GUT = 2;
// [ref, body, [appointees], seats, term ends, status]
const ROWS = [
  ["OB26-01", "Councillor Wellbeing Partnership steering group", ["Cllr Ifeoma Sandiford"], "1", "May 2027", "Reappointed"],
  ["OB26-02", "Rural Councillors' Network executive", ["Cllr Ursula Blanchflower"], "1", "May 2028", "Continuing"],
  ["OB26-03", "Digital Councillor Standards Board", ["Cllr Kamal Varsani-Webb"], "1", "Mar 2027", "Reappointed"],
  ["OB26-04", "National Civic Leadership Trust: board of trustees", ["Cllr Niamh Kilbride-Orme"], "1", "Mar 2029", "New appointment"],
  ["OB26-05", "Joint Committee on Remote Meetings Standards", ["Cllr Anoushka Ramasundaram", "Cllr Barnaby Quarendon"], "2", "May 2027", "Reappointed"],
  ["OB26-06", "Young Councillors' Network mentoring board", ["(vacant)"], "1", "-", "Vacant"],
  ["OB26-07", "Civic Heritage Fund advisory committee", ["Cllr Jerome Villiers-Stott"], "1", "Mar 2027", "Reappointed"],
  ["OB26-08", "Local Government Reorganisation Transition Group (councillor seats)", ["Cllr Evander Cordiner", "Cllr Gwendolen Starkie", "Cllr Ruairi Mallender"], "3", "Mar 2027", "New body"],
  ["OB26-09", "Democratic Services Liaison Panel", ["Cllr Elspeth Mortlock"], "1", "Mar 2028", "Continuing"],
  ["OB26-10", "Community Leadership Awards judging panel", ["Cllr Cassius Brightmore"], "1", "Dec 2026", "Reappointed"],
  ["OB26-11", "Ward Councillor Research Steering Group", ["Cllr Delphine Aucott"], "1", "Mar 2027", "New appointment"],
  ["OB26-12", "Parliamentary Network on Local Democracy: advisory group", ["Cllr Clementine Tolputt (ex officio, as Chair of the Forum)"], "1", "n/a", "Ex officio"],
];
const BREAK_AFTER = "OB26-07";
const NOTES_H = "NOTES";
const NOTES = [
  "1. Terms end on the last day of the month shown.",
  "2. An appointee who stops being a councillor leaves the outside body at the same time, and the Forum appoints a replacement at its next meeting.",
  "3. Status: Continuing - appointed in an earlier year, term not yet ended; Reappointed - term renewed from 1 April 2026; New appointment - first appointment to this body; New body - a body the Forum has not sent members to before; Vacant - no nomination received by 27 February 2026; Ex officio - held by the Chair of the Forum.",
  "4. Summary: 12 outside bodies and 15 seats, of which 14 are filled and 1 is vacant.",
];
const FOOT = (n) => {
  const l = "Councillors' Forum - outside bodies register 2026/27 (proposed)";
  const r = `Page ${n} of 2`;
  return l + " ".repeat(WIDTH - l.length - r.length) + r;
};
const HEAD2 = "REGISTER OF OUTSIDE BODY APPOINTMENTS 2026/27 (continued)";

// ---------------------------------------------------------------- checks
const seats = ROWS.reduce((a, r) => a + +r[3], 0);
const vacant = ROWS.filter((r) => r[5] === "Vacant").reduce((a, r) => a + +r[3], 0);
if (ROWS.length !== 12 || seats !== 15 || vacant !== 1) throw new Error(`counts: ${ROWS.length} bodies, ${seats} seats, ${vacant} vacant`);
for (const r of ROWS) if (r[5] !== "Vacant" && r[2].length !== +r[3]) throw new Error(r[0] + ": appointees do not match seats");

// ---------------------------------------------------------------- layout
const wrap = (text, width) => {
  const out = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (w.length > width) throw new Error("word longer than its column: " + w);
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? cur + " " + w : w;
  }
  out.push(cur);
  return out;
};
const cellLines = (r) =>
  r.map((c, i) => {
    const w = COLS[i][1];
    if (Array.isArray(c)) return c.flatMap((a, k) => wrap(a + (k < c.length - 1 ? ";" : ""), w));
    return wrap(c, w);
  });
const physical = (cells) => {
  const n = Math.max(...cells.map((c) => c.length));
  const out = [];
  for (let k = 0; k < n; k++) out.push(cells.map((c, i) => (c[k] ?? "").padEnd(COLS[i][1])).join(" ".repeat(GUT)).trimEnd());
  return out;
};
const headLine = COLS.map(([h, w]) => h.padEnd(w)).join(" ".repeat(GUT)).trimEnd();
const rule = COLS.map(([, w]) => "-".repeat(w)).join(" ".repeat(GUT));
const hanging = (p) => {
  const m = p.match(/^(\d+\. )(.*)$/);
  const ind = " ".repeat(m[1].length);
  const lines = wrap(m[2], WIDTH - m[1].length);
  return lines.map((l, k) => (k ? ind : m[1]) + l);
};

const D = [...HEAD, ""];
const R = [...HEAD];
for (const [l, v] of META) {
  D.push(l.padEnd(14) + v);
  R.push(`${l} ${v}`);
}
D.push("", ...wrap(INTRO, WIDTH), "");
R.push(INTRO);
D.push(headLine, rule);
R.push(COLS.map((c) => c[0]).join(" | "));
let page1 = null;
ROWS.forEach((r) => {
  D.push(...physical(cellLines(r)), "");
  R.push(r.map((c) => (Array.isArray(c) ? c.join("; ") : c)).join(" | "));
  if (r[0] === BREAK_AFTER) {
    D.push(FOOT(1));
    page1 = D.length;
    D.push("\f" + HEAD2, "", headLine, rule);
  }
});
D.push(NOTES_H, "");
R.push(NOTES_H);
for (const n of NOTES) {
  D.push(...hanging(n));
  R.push(n);
}
D.push("", FOOT(2));
for (const l of D) if (l.replace("\f", "").length > WIDTH) throw new Error("line over width: " + l);
if (!page1 || page1 > 66) throw new Error("page 1 is " + page1 + " lines");
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), D.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${D.length} lines, page 1 of ${page1}) and text/${BASE}.txt`);
