// Builds docs/coastal-change-seaside-towns-panel-budget-monitoring-p07-2043-44.txt – the Panel's programme
// budget at period 7 (October 2043) as printed to a file by the LGA's finance system: 132-column
// line-printer layout, a page header block on each page (system, report code, run date and time, page
// number), a report-parameters block, column headings over a ruler of dashes, one line per cost centre
// with its code, group totals and a grand total under "=" rules, underspends with a trailing minus,
// then virements, open commitments and budget-holder commentary in capitals – and text/<same>.txt (the
// file itself: a plain-text document is its own rendering).
// Appendix to item 6 of the meeting of 2 December 2043. Synthetic test fixture: every figure is invented.
//
//   node src/build-budget-report-txt.mjs      (checks the arithmetic)
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "coastal-change-seaside-towns-panel-budget-monitoring-p07-2043-44";

// ------------------------------------------------------------------ content
// [code, description, annual budget, budget to date, actual to date, forecast outturn]
const groups = [
  ["1", "STAFFING AND RUNNING COSTS", [
    ["K7410", "PROGRAMME TEAM SALARIES", 412000, 240330, 228910, 396500],
    ["K7412", "MEMBER MEETINGS AND TRAVEL", 18500, 9250, 7184, 16800],
    ["K7415", "COASTAL PRACTITIONERS ACADEMY", 64000, 37330, 41205, 69400],
    ["K7418", "RESEARCH - COASTAL SURVEY 2043", 38000, 30000, 33612, 38000],
    ["K7420", "COMMS AND TIDELINE BULLETIN", 9500, 5540, 3950, 9500],
  ]],
  ["2", "PROGRAMMES", [
    ["K7430", "SEASIDE TOWNS SKILLS PILOT", 180000, 105000, 46380, 118000],
    ["K7435", "PEER REVIEWS - COASTAL ENG", 48000, 24000, 14250, 48000],
    ["K7440", "VISITOR ECONOMY TOOLKIT", 22000, 22000, 19870, 21000],
    ["K7445", "EROSION MAPPING DATA LICENCE", 30000, 30000, 0, 30000],
  ]],
  ["3", "FUND ADMINISTRATION", [
    ["K7450", "CAF ADMINISTRATION", 58000, 33830, 36940, 61500],
  ]],
];
const virements = [
  ["V43/006", "K7412", "K7418", 5000, "APPROVED", "PANEL 17/06/2043", "SURVEY FIELDWORK EXTENDED TO 92 COUNCILS"],
  ["V43/011", "K7430", "K7435", 40000, "PENDING", "PANEL 02/12/2043", "SKILLS PILOT UNDERSPEND TO PEER REVIEWS"],
];
const commitments = [
  ["4300871", "SALTMARSH SOCIAL RESEARCH LTD", "K7418", "04/07/2043", 4400],
  ["4300902", "COASTWISE TRAINING CIC", "K7415", "18/09/2043", 12600],
  ["4300927", "HARBOUR LIGHT EVENTS LTD", "K7412", "02/10/2043", 2150],
  ["4300944", "SHORELINE PEER REVIEW PARTNERS", "K7435", "09/10/2043", 16000],
];
const commentary = [
  ["K7410", "VACANT RESEARCH ASSISTANT POST JUL-SEP. FORECAST UNDERSPEND 15,500."],
  ["K7415", "ADDITIONAL AUTUMN COHORT AGREED BY PANEL 17/06/2043. OVERSPEND 5,400 TO BE MET FROM K7410."],
  ["K7430", "STARTS WELL BELOW PROFILE (MEASURE CST-M07 OFF COURSE). FORECAST UNDERSPEND 62,000. RECOVERY PLAN AND VIREMENT V43/011 OF 40,000 TO K7435 GO TO PANEL 02/12/2043."],
  ["K7445", "LICENCE PAYMENT HELD UNTIL THE DATA SHARING AGREEMENT IS RENEWED (ACTION COAST-47). FULL YEAR COST STILL EXPECTED."],
  ["K7450", "OVERSPEND 3,500: EXTRA ASSESSMENT PANEL FOR ROUND 2 (17 BIDS)."],
];

// ------------------------------------------------------------------ layout helpers
const WIDTH = 132;
const num = (n) => (n < 0 ? Math.abs(n).toLocaleString("en-GB") + "-" : n.toLocaleString("en-GB") + " ");
const rpad = (s, w) => (s.length > w ? s.slice(0, w) : s + " ".repeat(w - s.length));
const lpad = (s, w) => " ".repeat(Math.max(0, w - s.length)) + s;
const cols = [6, 1, 30, 1, 13, 13, 13, 13, 13, 13]; // code, gap, description, gap, six money columns
const line = (code, desc, vals) =>
  (rpad(code, 6) + " " + rpad(desc, 30) + " " + vals.map((v) => lpad(v === null ? "" : num(v), 13)).join("")).trimEnd();
const moneyRule = (ch) => " ".repeat(38) + Array(6).fill(" " + ch.repeat(11) + " ").join("").trimEnd();

let page = 0;
const out = [];
const header = (sub) => {
  page++;
  if (page > 1) out.push("");
  const l1 = "LOCAL GOVERNMENT ASSOCIATION";
  const c1 = "FINANCIAL LEDGER SYSTEM";
  const r1 = `PAGE: ${lpad(String(page), 4)}`;
  out.push(l1 + " ".repeat(Math.floor((WIDTH - c1.length) / 2) - l1.length) + c1 + lpad(r1, WIDTH - Math.floor((WIDTH - c1.length) / 2) - c1.length));
  const row = (l, r) => out.push(l + lpad(r, WIDTH - l.length));
  row("REPORT  : GLM207   BUDGET MONITORING BY COST CENTRE", "RUN DATE: 13/11/2043");
  row("LEDGER  : GL       ACTUALS, BUDGET AND FORECAST", "RUN TIME:   06:14:52");
  row("PERIOD  : 07 (OCT 2043)   YEAR: 2043/44", "USER    :    PLOVICK");
  out.push("=".repeat(WIDTH));
  if (sub) out.push(sub, "");
};

// ------------------------------------------------------------------ page 1: parameters and the cost-centre table
header();
out.push("REPORT PARAMETERS");
for (const [k, v] of [
  ["COMPANY", "01     LOCAL GOVERNMENT ASSOCIATION"],
  ["DIVISION", "PE     PLACE AND ENVIRONMENT"],
  ["RESPONSIBILITY", "PE40   COASTAL CHANGE AND SEASIDE TOWNS PANEL"],
  ["COST CENTRE RANGE", "K7410 TO K7459"],
  ["BUDGET VERSION", "B1     REVISED BUDGET 2043/44 (ORIGINAL PLUS APPROVED VIREMENTS)"],
  ["FORECAST VERSION", "F07    OCTOBER FORECAST (ENTERED BY BUDGET HOLDER)"],
  ["BUDGET HOLDER", "D NANKIVELL"],
  ["PRINT ZERO LINES", "N"],
  ["VALUES", "GBP, WHOLE POUNDS. TRAILING MINUS (-) = UNDERSPEND OR FAVOURABLE VARIANCE"],
])
  out.push("  " + rpad(k + " ", 22).replace(/ (?= *$)/g, ".").replace(/^(\S+(?: \S+)*)\./, "$1 ") + " " + v);
out.push("");

const headA = ["COST  ", "DESCRIPTION", "ANNUAL", "BUDGET", "ACTUAL", "VARIANCE", "FORECAST", "FORECAST"];
const headB = ["CENTRE", "", "BUDGET", "TO DATE", "TO DATE", "TO DATE", "OUTTURN", "VARIANCE"];
const headLine = (h) => (rpad(h[0], 6) + " " + rpad(h[1], 30) + " " + h.slice(2).map((x) => lpad(x + " ", 13)).join("")).trimEnd();
const ruler = "------ " + "-".repeat(30) + " " + Array(6).fill(" " + "-".repeat(11) + " ").join("").trimEnd();
out.push(headLine(headA), headLine(headB), ruler);

const sumRows = (rows) => rows.reduce((a, r) => a.map((v, i) => v + r[i]), [0, 0, 0, 0, 0, 0]);
const vals = (r) => {
  const [, , annual, btd, atd, fc] = r;
  return [annual, btd, atd, atd - btd, fc, fc - annual];
};
const groupTotals = [];
for (const [g, name, rows] of groups) {
  out.push(`GROUP ${g}  ${name}`);
  for (const r of rows) out.push(line(r[0], r[1], vals(r)));
  const t = sumRows(rows.map(vals));
  groupTotals.push(t);
  out.push(moneyRule("-"));
  out.push(line("", `** GROUP ${g} TOTAL`, t));
  out.push("");
}
const grand = sumRows(groupTotals);
out.push(moneyRule("="));
out.push(line("", "*** REPORT TOTAL PE40", grand));
out.push(moneyRule("="));
out.push("");
out.push(`LINES PRINTED: ${groups.reduce((a, g) => a + g[2].length, 0)}     COST CENTRES WITH FORECAST OVERSPEND: ${groups.flatMap((g) => g[2]).filter((r) => r[5] > r[2]).length}`);

// ------------------------------------------------------------------ page 2: virements, commitments, commentary
header("SUPPLEMENTARY SCHEDULES - RESPONSIBILITY PE40");
out.push("SCHEDULE A   VIREMENTS 2043/44");
out.push(rpad("REF", 9) + rpad("FROM", 7) + rpad("TO", 7) + lpad("AMOUNT ", 11) + "  " + rpad("STATUS", 10) + rpad("AUTHORITY", 18) + "REASON");
out.push("-".repeat(8) + " " + "-".repeat(6) + " " + "-".repeat(6) + " " + "-".repeat(10) + "   " + "-".repeat(9) + " " + "-".repeat(17) + " " + "-".repeat(40));
for (const v of virements) out.push(rpad(v[0], 9) + rpad(v[1], 7) + rpad(v[2], 7) + lpad(num(v[3]), 11) + "  " + rpad(v[4], 10) + rpad(v[5], 18) + v[6]);
out.push("NOTE: PENDING VIREMENTS ARE NOT INCLUDED IN THE ANNUAL BUDGET COLUMN UNTIL APPROVED.");
out.push("");
out.push("SCHEDULE B   OPEN COMMITMENTS (PURCHASE ORDERS RAISED, NOT YET INVOICED)");
out.push(rpad("PO NO", 9) + rpad("SUPPLIER", 32) + rpad("COST CTR", 10) + rpad("RAISED", 12) + lpad("VALUE ", 11));
out.push("-".repeat(8) + " " + "-".repeat(31) + " " + "-".repeat(9) + " " + "-".repeat(11) + " " + "-".repeat(10));
for (const c of commitments) out.push(rpad(c[0], 9) + rpad(c[1], 32) + rpad(c[2], 10) + rpad(c[3], 12) + lpad(num(c[4]), 11));
const commitTotal = commitments.reduce((a, c) => a + c[4], 0);
out.push(" ".repeat(63) + "-".repeat(10));
out.push(rpad("", 9) + rpad("** TOTAL OPEN COMMITMENTS", 54) + lpad(num(commitTotal), 11));
out.push("");
out.push("SCHEDULE C   BUDGET HOLDER COMMENTARY (ENTERED 10/11/2043)");
out.push("------ " + "-".repeat(100));
for (const [cc, text] of commentary) {
  // wrap at 100 characters under the text column
  const words = text.split(" ");
  let cur = "";
  const lines = [];
  for (const w of words) {
    if ((cur + " " + w).trim().length > 100) {
      lines.push(cur);
      cur = w;
    } else cur = (cur + " " + w).trim();
  }
  lines.push(cur);
  out.push(rpad(cc, 7) + lines[0]);
  for (const l of lines.slice(1)) out.push(" ".repeat(7) + l);
}
out.push("");
out.push(`*** END OF REPORT GLM207 - ${page} PAGES ***`);

// ------------------------------------------------------------------ checks and output
const expect = { annual: 880000, btd: 537280, atd: 432301, fc: 808700 };
if (grand[0] !== expect.annual || grand[1] !== expect.btd || grand[2] !== expect.atd || grand[4] !== expect.fc)
  throw new Error("grand total " + grand.join(","));
if (grand[5] !== -71300 || grand[3] !== -104979) throw new Error("variances " + grand.join(","));
for (const l of out) if (l.length > WIDTH) throw new Error("line too long: " + l);
const body = out.join("\n") + "\n";
writeFileSync(join(root, "docs", BASE + ".txt"), body);
writeFileSync(join(root, "text", BASE + ".txt"), body);
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt`);
