// Builds docs/bereavement-services-panel-bscf-round-2-allocations-2026-10-21.txt (the LGA Bereavement Services
// Panel, Wednesday 21 October 2026, item 5: "Burial Space Capacity Fund 2026/27: round 2 allocations", a plain-text
// board paper) and its plain-text rendering text/bereavement-services-panel-bscf-round-2-allocations-2026-10-21.txt.
//
//   node src/build-grants-txt.mjs
//
// Layout: plain text, HARD-WRAPPED at 78 columns. A FRONT SHEET OF LABELLED LINES whose values sit in a column
// at position 31 and wrap under themselves ("Purpose:", "Summary:", "Recommendation(s):" with (a)-(c) lines,
// "Action:", "Contact officer:", "Job title:", "Phone:", "Email:", "Is this report confidential?"); numbered
// paragraphs with a hanging indent under capitalised side headings; TABLE 1 AS AN ASCII GRID ("+----+" rules,
// "|" cell walls, a "+====+" rule under the header) WHOSE CELLS WRAP OVER TWO OR THREE PHYSICAL LINES inside the
// row, FOOTNOTE MARKERS "(a)" "(b)" "(c)" after council names, right-aligned amounts without "£" (the "£" is in
// the header "Grant (£)"), a TOTAL row; notes under the table; "Appendix A" (reserve list, another small grid)
// and "Appendix B" (scoring criteria as lettered lines); an abbreviations line.
// Rendering: the front sheet as "Label: value" lines (a wrapped value joined into one line; each (a)-(c)
// recommendation its own line); paragraphs unwrapped, one a line, numbers kept ("1. The ..."); a grid row as its
// cells (each cell's wrapped pieces joined with spaces) joined with " | "; the rules dropped.
// Synthetic test fixture: the councils are real names; the projects, scores, amounts and people are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "bereavement-services-panel-bscf-round-2-allocations-2026-10-21";
const WIDTH = 78;

// ---------------------------------------------------------------- content
const HEADER = ["LOCAL GOVERNMENT ASSOCIATION", "", "Bereavement Services Panel", "Wednesday 21 October 2026", "Item 5", "", "BURIAL SPACE CAPACITY FUND 2026/27: ROUND 2 ALLOCATIONS"];
const FRONT = [
  ["Purpose:", ["For decision."]],
  ["Summary:", ["The report recommends grants to 12 councils from round 2 of the Burial Space Capacity Fund (BSCF), totalling £1,161,000 of the £1,200,000 available, and a reserve list of three councils."]],
  ["Recommendation(s):", ["That the Panel:", "(a) approves the 12 grant allocations in Table 1, totalling £1,161,000;", "(b) approves the reserve list in Appendix A, in the order shown; and", "(c) delegates to the Head of Bereavement Services Policy, in consultation with the Chair, any change of up to 10 per cent in a single grant."]],
  ["Action:", ["Officers to issue grant offer letters by Friday 6 November 2026."]],
  ["Contact officer:", ["Lucian Trenowden"]],
  ["Job title:", ["Senior Adviser (Burial Space)"]],
  ["Phone:", ["020 7946 0772"]],
  ["Email:", ["lucian.trenowden@local.gov.uk"]],
  ["Is this report confidential?", ["No"]],
];
const BODY = [
  ["h", "BACKGROUND"],
  ["p", "The Burial Space Capacity Fund (BSCF) helps councils that are running out of burial space to buy land, extend cemeteries or bring unused ground into use. The Panel agreed the criteria for round 2 at its meeting on 8 July 2026 (minute 33/26). Round 2 has £1,200,000 to allocate in 2026/27. Grants are between £25,000 and £150,000, and councils must meet at least 20 per cent of the cost of the project themselves."],
  ["p", "Round 2 opened on Monday 13 July 2026 and closed on Friday 4 September 2026. We received 31 bids from 29 councils, asking for £3,412,600 in total. Five bids were ineligible, mainly because the council could not show that it owned the land or had an option to buy it (see recommendation IA26-07 of the internal audit follow-up, item 4)."],
  ["h", "ASSESSMENT"],
  ["p", "Each eligible bid was scored out of 100 by two assessors against the criteria in Appendix B. Where the two scores differed by more than 15 points, the bid was moderated by a third assessor. The 12 bids that scored 72 or more are recommended for funding (Table 1). The next three bids are on the reserve list in Appendix A."],
  ["table1"],
  ["p", "Two allocations carry conditions. Tamworth Borough Council's grant depends on the purchase of its land completing by 31 December 2026 (note (a)), and Wychavon District Council's grant is less than it asked for (note (b))."],
  ["p", "If all 12 grants are accepted, £39,000 of the round 2 budget will remain unallocated. We propose to carry it into round 3, which is planned to open in February 2027; the criteria for round 3 will come to the Panel on 20 January 2027."],
  ["h", "FINANCIAL IMPLICATIONS"],
  ["p", "The grants are met from the BSCF budget of £1,200,000 for 2026/27. Each grant is paid in two parts: 80 per cent when the council signs the grant agreement, and 20 per cent when the council's S151 officer certifies that the works are complete (see IA26-03 of the internal audit follow-up)."],
  ["p", "A council that has not signed its grant agreement by Friday 11 December 2026 will lose its allocation, which will then be offered to the next council on the reserve list."],
  ["h", "EQUALITIES IMPLICATIONS"],
  ["p", "Three of the recommended projects (Blackburn with Darwen, Kirklees, and Telford and Wrekin) include Muslim burial sections, for communities whose faith requires burial rather than cremation and who are most affected by the shortage of burial space."],
  ["h", "NEXT STEPS"],
  ["p", "Subject to the Panel's decision, grant offer letters will be issued by Friday 6 November 2026, and the awards will be published on the LGA website within 28 days of the decision (IA26-09)."],
];
// Table 1: Ref | Council | Project | Score | Grant (£)
const T1_HEAD = ["Ref", "Council", "Project", "Score", "Grant (£)"];
const T1_W = [10, 20, 26, 5, 9];
const T1 = [
  ["BSCF/26/01", "Blackburn with Darwen Borough Council", "Extension of Whinfield Road Cemetery: about 900 new graves, including a Muslim burial section", "84", "120,000"],
  ["BSCF/26/02", "Boston Borough Council (c)", "Purchase of 1.8 hectares next to Fenside Cemetery", "88", "150,000"],
  ["BSCF/26/03", "Cheshire West and Chester Council", "Drainage works to bring 600 unused plots at Saltney Road Cemetery into use", "79", "64,000"],
  ["BSCF/26/04", "Dudley Metropolitan Borough Council", "Survey and reopening of 350 part-used family graves", "77", "45,000"],
  ["BSCF/26/05", "Hastings Borough Council", "Ground investigation and design for a new cemetery", "72", "38,500"],
  ["BSCF/26/06", "Kirklees Council (c)", "Extension of Northfield Lane Cemetery: 1,400 graves, including a Muslim burial section", "91", "150,000"],
  ["BSCF/26/07", "London Borough of Enfield", "Pre-built burial chambers for 800 burials at Brickfield Lane Cemetery", "86", "132,000"],
  ["BSCF/26/08", "Newark and Sherwood District Council", "Extension of Balderton Road Cemetery: 520 graves", "74", "76,000"],
  ["BSCF/26/09", "Plymouth City Council", "Land purchase and access road for a new cemetery at Langage Fields", "81", "118,000"],
  ["BSCF/26/10", "Tamworth Borough Council (a)", "Purchase of 2.2 hectares at Coton Brook for a new cemetery", "75", "96,000"],
  ["BSCF/26/11", "Telford and Wrekin Council", "Extension of Hadley Lees Cemetery: 700 graves, including a Muslim burial section", "80", "104,500"],
  ["BSCF/26/12", "Wychavon District Council (b)", "Natural burial area of 400 plots at Bredon View Cemetery", "73", "67,000"],
];
const T1_TOTAL = ["TOTAL", "", "12 grants", "", "1,161,000"];
const T1_TITLE = "Table 1: Recommended grant allocations, BSCF round 2 (2026/27)";
const T1_NOTES = [
  "(a) Conditional: the grant will be paid only if the purchase of the land completes by 31 December 2026.",
  "(b) Reduced from the £80,000 requested: the visitor building in the bid is not eligible for a grant.",
  "(c) At the maximum grant of £150,000.",
];
const APPX_A_TITLE = "APPENDIX A: RESERVE LIST";
const APPX_A_INTRO = "Reserve bids are offered a grant in the order below if an allocation is withdrawn or declined. An offer cannot be more than the money available at the time.";
const TA_HEAD = ["Order", "Council", "Project", "Score", "Bid (£)"];
const TA_W = [5, 20, 31, 5, 9];
const TA = [
  ["1", "Hyndburn Borough Council", "Extension of Hillock Vale Cemetery: 500 graves", "71", "88,500"],
  ["2", "Harlow District Council", "Drainage and an access road for 450 plots", "70", "54,000"],
  ["3", "Gedling Borough Council", "Land purchase for a woodland burial site", "68", "110,000"],
];
const APPX_B_TITLE = "APPENDIX B: SCORING CRITERIA (ROUND 2)";
const APPX_B = [
  "B1 Need for burial space (35 per cent): the years of burial space the council has left, and the number of burials it carries out each year.",
  "B2 Deliverability (25 per cent): evidence of land ownership or an option to buy, planning position, and a realistic timetable.",
  "B3 Value for money (25 per cent): the cost per new grave or plot, and the council's own contribution above the 20 per cent minimum.",
  "B4 Environmental and community benefit (15 per cent): drainage and groundwater protection, biodiversity, and provision for faith and community needs.",
];
const ABBREV = "Abbreviations: BSCF - Burial Space Capacity Fund; S151 officer - the council's chief finance officer (section 151 of the Local Government Act 1972); IA26 - the references of the internal audit recommendations (item 4).";

// ---------------------------------------------------------------- checks
const num = (s) => +s.replace(/,/g, "");
const total = T1.reduce((a, r) => a + num(r[4]), 0);
if (total !== num(T1_TOTAL[4]) || total !== 1161000) throw new Error("total " + total);
if (1200000 - total !== 39000) throw new Error("unallocated");
if (T1.some((r) => num(r[4]) > 150000 || num(r[4]) < 25000)) throw new Error("grant limits");
if (T1.some((r) => +r[3] < 72) || TA.some((r) => +r[3] >= 72)) throw new Error("score cut-off");
if ([...TA.map((r) => +r[3])].join() !== "71,70,68") throw new Error("reserve order");
// Tamworth withdrawn, Hyndburn offered 88,500 (minutes): remaining 46,500
if (1200000 - (total - 96000 + 88500) !== 46500) throw new Error("minutes arithmetic");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([HEADER, FRONT, BODY]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
if (APPX_B.map((l) => +l.match(/\((\d+) per cent\)/)[1]).reduce((a, b) => a + b) !== 100) throw new Error("weights");

// ---------------------------------------------------------------- document
function wrap(text, width) {
  const out = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (w.length > width) throw new Error(`word too long for ${width}: ${w}`);
    if (!line) line = w;
    else if ((line + " " + w).length <= width) line += " " + w;
    else { out.push(line); line = w; }
  }
  if (line) out.push(line);
  return out;
}
function grid(head, widths, rows, total, right) {
  const rule = (c) => "+" + widths.map((w) => c.repeat(w + 2)).join("+") + "+";
  const row = (cells) => {
    const pieces = cells.map((c, i) => (c ? wrap(c, widths[i]) : [""]));
    const h = Math.max(...pieces.map((p) => p.length));
    const out = [];
    for (let k = 0; k < h; k++)
      out.push("|" + pieces.map((p, i) => " " + (right.includes(i) ? (p[k] ?? "").padStart(widths[i]) : (p[k] ?? "").padEnd(widths[i])) + " ").join("|") + "|");
    return out;
  };
  const L = [rule("-"), ...row(head), rule("=")];
  for (const r of rows) L.push(...row(r), rule("-"));
  if (total) L.push(...row(total), rule("-"));
  return L;
}
const D = [];
const R = [];
D.push(...HEADER, "");
R.push(...HEADER.filter(Boolean));
const LAB = 30;
for (const [lab, vals] of FRONT) {
  const first = lab.padEnd(LAB);
  let firstLine = true;
  for (const v of vals) {
    const indent = /^\([a-z]\) /.test(v) ? "    " : "";
    const lines = wrap(v, WIDTH - LAB - (indent ? 4 : 0));
    lines.forEach((l, k) => {
      const pre = firstLine ? first : " ".repeat(LAB);
      D.push(pre + (k && indent ? indent : "") + l);
      firstLine = false;
    });
  }
  // rendering: label + first value; (a)-(c) lines on their own
  R.push(`${lab} ${vals[0]}`, ...vals.slice(1));
}
D.push("");
let n = 0;
for (const b of BODY) {
  if (b[0] === "h") { D.push(b[1], ""); R.push(b[1]); continue; }
  if (b[0] === "p") {
    n++;
    const pre = `${n}.`.padEnd(5);
    wrap(b[1], WIDTH - 5).forEach((l, k) => D.push((k ? " ".repeat(5) : pre) + l));
    D.push("");
    R.push(`${n}. ${b[1]}`);
    continue;
  }
  if (b[0] === "table1") {
    D.push(T1_TITLE, "", ...grid(T1_HEAD, T1_W, T1, T1_TOTAL, [3, 4]), "");
    for (const t of T1_NOTES) wrap(t, WIDTH - 4).forEach((l, k) => D.push((k ? "    " : "") + l));
    D.push("");
    R.push(T1_TITLE, T1_HEAD.join(" | "), ...T1.map((r) => r.join(" | ")), T1_TOTAL.join(" | "), ...T1_NOTES);
  }
}
D.push("", APPX_A_TITLE, "", ...wrap(APPX_A_INTRO, WIDTH), "", ...grid(TA_HEAD, TA_W, TA, null, [0, 3, 4]), "");
R.push(APPX_A_TITLE, APPX_A_INTRO, TA_HEAD.join(" | "), ...TA.map((r) => r.join(" | ")));
D.push("", APPX_B_TITLE, "");
for (const t of APPX_B) { wrap(t, WIDTH - 3).forEach((l, k) => D.push((k ? "   " : "") + l)); D.push(""); }
R.push(APPX_B_TITLE, ...APPX_B);
D.push(...wrap(ABBREV, WIDTH));
R.push(ABBREV);
for (const l of D) if (l.length > 90) throw new Error("line too long: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), D.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${D.length} lines) and text/${BASE}.txt (${R.length} lines); total ${total}`);
