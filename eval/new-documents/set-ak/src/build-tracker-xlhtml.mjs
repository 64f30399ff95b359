// Builds docs/fly-tipping-task-group-programme-tracker-2047-48-q2.html – an Excel workbook (three sheets:
// Tracker, Budget, Risks) saved from Excel as a web page – and its plain-text rendering
// text/fly-tipping-task-group-programme-tracker-2047-48-q2.txt, from the same content.
//
// The HTML imitates what Excel writes: the office/excel namespaces, ProgId and Generator meta tags, an
// <x:ExcelWorkbook> block inside a conditional comment, a style sheet of "xl" classes, one <table> per sheet
// with <col> widths, empty spacer columns (A, and between blocks) and spacer rows, a title block in the
// first rows of each sheet, merged cells written as colspan/rowspan, numbers with x:num and thousands
// separators, negatives in brackets, "-" for zero (accounting format), and the sheet names only as tab
// links at the foot of the page.
//
//   node src/build-tracker-xlhtml.mjs
// Synthetic test fixture: the people, figures and statuses are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fly-tipping-task-group-programme-tracker-2047-48-q2";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const money = (n) => (n === 0 ? "-" : n < 0 ? `(${Math.abs(n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));

// ------------------------------------------------------------------ content
// A sheet is a list of rows; a row is {h: height, cells: [...]}; a cell is null (empty spacer cell) or
// {v: text, cls, span, rowspan, num} – "covered" cells of a rowspan are left out of later rows, as Excel does.
const C = (v, cls = "xl66", extra = {}) => ({ v, cls, ...extra });
const E = null; // an empty cell

// ---- Tracker
const trackerCols = [17, 64, 330, 112, 54, 40, 40, 17, 300]; // A spacer, Ref, Milestone, Lead, Due, Q1, Q2, spacer, Note
const ws = [
  {
    title: "Workstream 1 – Evidence and data",
    rows: [
      ["FWC-1.1", "Analyse the 2046/47 WasteDataFlow fly-tipping returns for all English councils", "Grace Nakamura", "Oct-47", "G", "C", "Analysis complete. Findings go to the 19 November meeting (item 4)."],
      ["FWC-1.2", "Survey of councils on enforcement resources (target: 60% response)", null, "Nov-47", "G", "A", "41% response at 30 Sept. Closing date extended from 18 Oct to 15 Nov."],
      ["FWC-1.3", "National estimate of the cost of clearance, including private land", null, "Jan-48", "n/a", "G", "Method agreed with Defra statisticians in August."],
    ],
  },
  {
    title: "Workstream 2 – Enforcement powers",
    rows: [
      ["FWC-2.1", "Model approach to household duty of care fixed penalty notices", "Tom Loxley", "Nov-47", "G", "G", "Draft model approach to the 19 November meeting (item 3)."],
      ["FWC-2.2", "Counsel's opinion on seizing vehicles used for fly-tipping", null, "Dec-47", "n/a", "–", "Agreed 17 Sept (minute 5). £12,000 vired from contingency. Instructions not yet sent."],
      ["FWC-2.3", "Press for a higher maximum fixed penalty for fly-tipping", "Marcus Delacroix", "Mar-48", "A", "R", "Defra consultation postponed to 2048; no meeting with the minister secured."],
    ],
  },
  {
    title: "Workstream 3 – Prevention and behaviour change",
    rows: [
      ["FWC-3.1", "\"Not In Our Street\" campaign toolkit for councils", "Callum Horrocks", "Mar-48", "G", "G", "Creative concepts to the 19 November meeting. Forecast overspend £2,500 (see Budget)."],
      ["FWC-3.2", "Review of councils' charges for bulky waste collection", "Grace Nakamura", "Jan-48", "n/a", "–", "Added at the 17 Sept meeting (any other business)."],
    ],
  },
  {
    title: "Workstream 4 – Funding",
    rows: [
      ["FWC-4.1", "Case to Government for councils to keep fixed penalty income for enforcement", "Nadia Kapoor", "Dec-47", "G", "A", "Chair's letter to the Defra minister drafted; waiting for the Chair's sign-off."],
      ["FWC-4.2", "Hotspot CCTV pilot: grants to six councils", "Tom Loxley", "Sep-47", "G", "C", "Six grants of £6,000 paid on 26 Sept."],
    ],
  },
  {
    title: "Workstream 5 – Partnerships (added 17 September 2047)",
    rows: [
      ["FWC-5.1", "Joint protocol with the Environment Agency on serious waste crime", "Nadia Kapoor", "Feb-48", "n/a", "R", "EA restructure: its new Deputy Director is not in post until January 2048."],
      ["FWC-5.2", "Guidance for private landowners, with the National Farmers' Union", "Marcus Delacroix", "Mar-48", "n/a", "G", "Scoping meeting booked for 15 Oct."],
    ],
  },
];
const statusCls = { G: "xl80", A: "xl81", R: "xl82", C: "xl83", "–": "xl84", "n/a": "xl85" };
const key = [
  ["G", "On track"],
  ["A", "Slipping – recoverable within the year"],
  ["R", "Off track – Task Group steer needed"],
  ["C", "Complete"],
  ["–", "Not started"],
  ["n/a", "Not in the programme that quarter"],
];

const tracker = [];
tracker.push({ h: 24, cells: [E, C("Local Government Association", "xl70", { span: 4 })] });
tracker.push({ h: 21, cells: [E, C("Fly-tipping and Waste Crime Task Group – programme tracker 2047/48", "xl71", { span: 6 })] });
tracker.push({ h: 17, cells: [E, C("Quarter 2: 1 July to 30 September 2047", "xl72", { span: 3 }), E, E, E, E, E] });
tracker.push({ h: 17, cells: [E, C("Status at:", "xl73"), C("30/09/2047", "xl74"), C("Prepared by:", "xl73"), C("Grace Nakamura", "xl74", { span: 3 })] });
tracker.push({ h: 8, cells: [] });
tracker.push({
  h: 32,
  cells: [E, C("Ref", "xl75"), C("Milestone", "xl75"), C("Lead officer", "xl75"), C("Due", "xl75"), C("Q1 status", "xl76"), C("Q2 status", "xl76"), E, C("Progress note (Q2)", "xl75")],
});
for (const w of ws) {
  tracker.push({ h: 18, cells: [E, C(w.title, "xl77", { span: 6 }), E, E] });
  // lead officer merged down while the same lead carries on: a null lead continues the one above
  for (let i = 0; i < w.rows.length; i++) {
    const [ref, m, lead, due, q1, q2, note] = w.rows[i];
    const cells = [E, C(ref, "xl78"), C(m, "xl79")];
    if (lead) {
      let n = 1;
      while (i + n < w.rows.length && w.rows[i + n][2] === null) n++;
      cells.push(C(lead, "xl79", n > 1 ? { rowspan: n } : {}));
    }
    cells.push(C(due, "xl86"), C(q1, statusCls[q1]), C(q2, statusCls[q2]), E, C(note, "xl79"));
    tracker.push({ h: 30, cells });
  }
}
tracker.push({ h: 8, cells: [] });
tracker.push({ h: 17, cells: [E, C("Key", "xl87", { span: 2 })] });
for (const [k, v] of key) tracker.push({ h: 16, cells: [E, C(k, statusCls[k]), C(v, "xl66", { span: 3 })] });
tracker.push({ h: 8, cells: [] });
tracker.push({ h: 16, cells: [E, C("Q1 statuses are as reported to the Task Group on 17 September 2047.", "xl88", { span: 6 })] });

// ---- Budget
const lines = [
  ["1", "Officer time recharge", 62000, 0, 15500, 15500, 62000],
  ["2", "Data analysis (WasteDataFlow returns)", 18000, 0, 0, 16400, 16400],
  ["3", "Enforcement resources survey", 6500, 0, 0, 2150, 6500],
  ["4", "Counsel's opinion – vehicle seizure", 0, 12000, 0, 0, 12000],
  ["5", "\"Not In Our Street\" campaign", 45000, 0, 1200, 8750, 47500],
  ["6", "Hotspot CCTV pilot grants", 36000, 0, 0, 36000, 36000],
  ["7", "Member meetings and events", 7500, 0, 1050, 1320, 6800],
  ["8", "Contingency", 15000, -12000, 0, 0, 0],
];
const budgetCols = [17, 26, 250, 82, 72, 82, 17, 72, 72, 82, 17, 82, 82];
const budget = [];
budget.push({ h: 24, cells: [E, C("Local Government Association", "xl70", { span: 4 })] });
budget.push({ h: 21, cells: [E, C("Fly-tipping and Waste Crime Task Group – budget monitoring 2047/48", "xl71", { span: 8 })] });
budget.push({ h: 17, cells: [E, C("Position at 30 September 2047 (Quarter 2). All figures £.", "xl72", { span: 5 })] });
budget.push({ h: 17, cells: [E, C("Budget holder:", "xl73", { span: 2 }), C("Nadia Kapoor", "xl74"), C("Finance:", "xl73"), C("Bethany Walmsley", "xl74", { span: 2 })] });
budget.push({ h: 8, cells: [] });
budget.push({
  h: 18,
  cells: [E, C("", "xl90", { span: 2 }), C("Budget", "xl91", { span: 3 }), E, C("Actual spend", "xl91", { span: 3 }), E, C("Year end", "xl91", { span: 2 })],
});
budget.push({
  h: 32,
  cells: [E, C("No.", "xl92"), C("Budget line", "xl92"), C("Original", "xl93"), C("Virement", "xl93"), C("Revised", "xl93"), E, C("Q1", "xl93"), C("Q2", "xl93"), C("To date", "xl93"), E, C("Forecast outturn", "xl93"), C("Variance", "xl93")],
});
const tot = [0, 0, 0, 0, 0, 0, 0, 0];
for (const [no, name, orig, vir, q1, q2, fc] of lines) {
  const rev = orig + vir,
    todate = q1 + q2,
    variance = rev - fc;
  const vals = [orig, vir, rev, q1, q2, todate, fc, variance];
  vals.forEach((v, i) => (tot[i] += v));
  const num = (v) => C(money(v), v < 0 ? "xl95" : "xl94", { num: v });
  budget.push({ h: 17, cells: [E, C(no, "xl78"), C(name, "xl79"), num(orig), num(vir), num(rev), E, num(q1), num(q2), num(todate), E, num(fc), num(variance)] });
}
{
  const num = (v) => C(money(v), v < 0 ? "xl97" : "xl96", { num: v });
  const [orig, vir, rev, q1, q2, todate, fc, variance] = tot;
  budget.push({ h: 18, cells: [E, C("Total", "xl98", { span: 2 }), num(orig), num(vir), num(rev), E, num(q1), num(q2), num(todate), E, num(fc), num(variance)] });
  if (rev !== 190000 || todate !== 97870 || fc !== 187200 || variance !== 2800) throw new Error("budget arithmetic " + tot);
}
budget.push({ h: 8, cells: [] });
const bnotes = [
  "Variance = revised budget less forecast outturn: an underspend is positive, an overspend is shown in brackets.",
  "Virement: £12,000 moved from contingency to line 4, as agreed by the Task Group on 17 September 2047.",
  "Line 5: printing and the launch event are forecast at £2,500 over budget; see risk FWCR-04.",
  "Line 6: six grants of £6,000, paid 26 September 2047.",
];
for (const n of bnotes) budget.push({ h: 16, cells: [E, C(n, "xl88", { span: 11 })] });

// ---- Risks
const risks = [
  ["FWCR-01", "Government does not let councils keep fixed penalty income for enforcement", "Nadia Kapoor", 4, 4, "12", "▲", "Chair's letter to the Defra minister; evidence from the resources survey (FWC-1.2)", "Nov-47"],
  ["FWCR-02", "Survey response too low to support the evidence base", "Grace Nakamura", 3, 3, "6", "▲", "Closing date extended to 15 Nov; reminders sent through chief executives", "Nov-47"],
  ["FWCR-03", "Counsel's opinion finds current vehicle seizure powers sufficient, weakening the ask", "Tom Loxley", 2, 3, "n/a", "New", "Frame the instructions around how powers are used, not only their scope", "Jan-48"],
  ["FWCR-04", "Campaign costs exceed the budget", "Callum Horrocks", 3, 3, "4", "▲", "Phase the printed materials; seek partner contributions", "Nov-47"],
  ["FWCR-05", "Environment Agency restructure delays the joint protocol", "Nadia Kapoor", 4, 3, "n/a", "New", "Work with EA area teams in the meantime", "Jan-48"],
  ["FWCR-06", "Meetings inquorate because of changes in membership", "Ellie Yeoman", 2, 2, "4", "►", "Substitutes briefed before each meeting; members may attend online", "Jan-48"],
  ["FWCR-07", "Data protection breach from CCTV pilot footage", "Tom Loxley", 2, 4, "12", "▼", "Data protection impact assessment template for pilot councils; ICO guidance shared", "Nov-47"],
];
const band = (s) => (s >= 15 ? "High" : s >= 8 ? "Medium" : "Low");
const bandCls = { High: "xl82", Medium: "xl81", Low: "xl80" };
const riskCols = [17, 68, 280, 104, 30, 30, 40, 60, 17, 44, 44, 17, 260, 56];
const riskSheet = [];
riskSheet.push({ h: 24, cells: [E, C("Local Government Association", "xl70", { span: 4 })] });
riskSheet.push({ h: 21, cells: [E, C("Fly-tipping and Waste Crime Task Group – risk register", "xl71", { span: 8 })] });
riskSheet.push({ h: 17, cells: [E, C("Reviewed 4 November 2047 for the meeting of 19 November 2047", "xl72", { span: 5 })] });
riskSheet.push({ h: 8, cells: [] });
riskSheet.push({
  h: 32,
  cells: [E, C("Ref", "xl75"), C("Risk", "xl75"), C("Owner", "xl75"), C("L", "xl76"), C("I", "xl76"), C("Score", "xl76"), C("Rating", "xl76"), E, C("Q1 score", "xl76"), C("Trend", "xl76"), E, C("Mitigation", "xl75"), C("Review", "xl75")],
});
for (const [ref, risk, owner, l, i, q1, trend, mit, rev] of risks) {
  const s = l * i,
    b = band(s);
  riskSheet.push({
    h: 30,
    cells: [E, C(ref, "xl78"), C(risk, "xl79"), C(owner, "xl79"), C(String(l), "xl86", { num: l }), C(String(i), "xl86", { num: i }), C(String(s), "xl86", { num: s }), C(b, bandCls[b]), E, C(q1, "xl86", q1 === "n/a" ? {} : { num: +q1 }), C(trend, "xl86"), E, C(mit, "xl79"), C(rev, "xl86")],
  });
}
riskSheet.push({ h: 8, cells: [] });
riskSheet.push({ h: 17, cells: [E, C("Scoring", "xl87", { span: 2 })] });
for (const t of [
  "L = likelihood and I = impact, each scored 1 (very low) to 5 (very high). Score = L × I.",
  "Rating: 1 to 6 Low; 8 to 12 Medium; 15 to 25 High.",
  "Trend against the Q1 score: ▲ score has gone up; ▼ score has come down; ► no change; New = risk added this quarter.",
])
  riskSheet.push({ h: 16, cells: [E, C(t, "xl88", { span: 11 })] });

const sheets = [
  { name: "Tracker", cols: trackerCols, rows: tracker },
  { name: "Budget", cols: budgetCols, rows: budget },
  { name: "Risks", cols: riskCols, rows: riskSheet },
];

// ------------------------------------------------------------------ HTML, the way Excel writes it
const styles = `<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.75in .7in .75in .7in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;
	mso-page-orientation:landscape;}
tr
	{mso-height-source:auto;}
col
	{mso-width-source:auto;}
br
	{mso-data-placement:same-cell;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:Calibri, sans-serif;
	mso-font-charset:0;
	border:none;
	mso-protection:locked visible;
	mso-style-name:Normal;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:Calibri, sans-serif;
	mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	border:none;
	white-space:nowrap;}
.xl66
	{mso-style-parent:style0;
	vertical-align:top;
	white-space:normal;}
.xl70
	{mso-style-parent:style0;
	color:#1F4E79;
	font-size:9.0pt;
	font-weight:700;
	text-transform:uppercase;}
.xl71
	{mso-style-parent:style0;
	color:#1F4E79;
	font-size:14.0pt;
	font-weight:700;}
.xl72
	{mso-style-parent:style0;
	font-style:italic;}
.xl73
	{mso-style-parent:style0;
	font-weight:700;
	text-align:right;}
.xl74
	{mso-style-parent:style0;
	mso-number-format:"Short Date";
	text-align:left;}
.xl75
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	vertical-align:middle;
	white-space:normal;
	border:.5pt solid windowtext;
	background:#1F4E79;
	mso-pattern:black none;}
.xl76
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	text-align:center;
	vertical-align:middle;
	white-space:normal;
	border:.5pt solid windowtext;
	background:#1F4E79;
	mso-pattern:black none;}
.xl77
	{mso-style-parent:style0;
	font-weight:700;
	border:.5pt solid windowtext;
	background:#DDEBF7;
	mso-pattern:black none;}
.xl78
	{mso-style-parent:style0;
	font-weight:700;
	vertical-align:top;
	border:.5pt solid windowtext;}
.xl79
	{mso-style-parent:style0;
	vertical-align:top;
	white-space:normal;
	border:.5pt solid windowtext;}
.xl80
	{mso-style-parent:style0;
	font-weight:700;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#00B050;
	mso-pattern:black none;}
.xl81
	{mso-style-parent:style0;
	font-weight:700;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#FFC000;
	mso-pattern:black none;}
.xl82
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#C00000;
	mso-pattern:black none;}
.xl83
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#0070C0;
	mso-pattern:black none;}
.xl84
	{mso-style-parent:style0;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#D9D9D9;
	mso-pattern:black none;}
.xl85
	{mso-style-parent:style0;
	color:#7F7F7F;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;}
.xl86
	{mso-style-parent:style0;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;}
.xl87
	{mso-style-parent:style0;
	font-weight:700;
	text-decoration:underline;
	text-underline-style:single;}
.xl88
	{mso-style-parent:style0;
	font-size:9.0pt;
	font-style:italic;}
.xl90
	{mso-style-parent:style0;
	border-top:.5pt solid windowtext;
	border-left:.5pt solid windowtext;}
.xl91
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	text-align:center;
	border:.5pt solid windowtext;
	background:#2E75B6;
	mso-pattern:black none;}
.xl92
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	vertical-align:middle;
	border:.5pt solid windowtext;
	background:#1F4E79;
	mso-pattern:black none;}
.xl93
	{mso-style-parent:style0;
	color:white;
	font-weight:700;
	text-align:right;
	vertical-align:middle;
	white-space:normal;
	border:.5pt solid windowtext;
	background:#1F4E79;
	mso-pattern:black none;}
.xl94
	{mso-style-parent:style0;
	mso-number-format:"_-* \\#\\,\\#\\#0_-\\;\\\\\\(\\#\\,\\#\\#0\\\\\\)\\;_-* \\0022-\\0022_-\\;_-\\@_-";
	text-align:right;
	border:.5pt solid windowtext;}
.xl95
	{mso-style-parent:style0;
	color:red;
	mso-number-format:"_-* \\#\\,\\#\\#0_-\\;\\\\\\(\\#\\,\\#\\#0\\\\\\)\\;_-* \\0022-\\0022_-\\;_-\\@_-";
	text-align:right;
	border:.5pt solid windowtext;}
.xl96
	{mso-style-parent:style0;
	font-weight:700;
	mso-number-format:"_-* \\#\\,\\#\\#0_-\\;\\\\\\(\\#\\,\\#\\#0\\\\\\)\\;_-* \\0022-\\0022_-\\;_-\\@_-";
	text-align:right;
	border-top:.5pt solid windowtext;
	border-right:.5pt solid windowtext;
	border-bottom:2.0pt double windowtext;
	border-left:.5pt solid windowtext;}
.xl97
	{mso-style-parent:style0;
	color:red;
	font-weight:700;
	mso-number-format:"_-* \\#\\,\\#\\#0_-\\;\\\\\\(\\#\\,\\#\\#0\\\\\\)\\;_-* \\0022-\\0022_-\\;_-\\@_-";
	text-align:right;
	border-top:.5pt solid windowtext;
	border-bottom:2.0pt double windowtext;}
.xl98
	{mso-style-parent:style0;
	font-weight:700;
	border-top:.5pt solid windowtext;
	border-bottom:2.0pt double windowtext;
	border-left:.5pt solid windowtext;}
-->`;

const px2pt = (px) => (px * 0.75).toFixed(2).replace(/\.?0+$/, "");
function sheetHtml(sheet, idx) {
  const width = sheet.cols.reduce((a, b) => a + b, 0);
  const out = [];
  out.push(`<a name="${sheet.name}"><!--${sheet.name}--></a>`);
  out.push(`<div id="FWCTG-Tracker-Q2_${sheet.name}_${29841 + idx}" align=center x:publishsource="Excel">`);
  out.push("");
  out.push(`<table border=0 cellpadding=0 cellspacing=0 width=${width} style='border-collapse:`);
  out.push(` collapse;table-layout:fixed;width:${px2pt(width)}pt'>`);
  for (const w of sheet.cols)
    out.push(` <col width=${w} style='mso-width-source:userset;mso-width-alt:${Math.round(w * 36.6)};width:${px2pt(w)}pt'>`);
  // columns still covered by a rowspan from an earlier row
  const covered = new Array(sheet.cols.length).fill(0);
  for (const [ri, r] of sheet.rows.entries()) {
    const hpx = Math.round(r.h / 0.75);
    out.push(` <tr height=${hpx} style='mso-height-source:userset;height:${r.h}.0pt'>`);
    let col = 0;
    const cells = [...r.cells];
    const tds = [];
    const skipCovered = () => {
      while (col < sheet.cols.length && covered[col] > 0) {
        covered[col]--;
        col++;
      }
    };
    skipCovered();
    while (col < sheet.cols.length) {
      const c = cells.length ? cells.shift() : undefined;

      if (c === undefined || c === null) {
        tds.push(`  <td${col === 0 ? ` height=${hpx}` : ""} class=xl65${col === 0 ? ` style='height:${r.h}.0pt'` : ""}></td>`);
        col++;
      } else {
        const span = c.span ?? 1;
        const attrs = [];
        if (span > 1) attrs.push(`colspan=${span}`);
        if (c.rowspan > 1) {
          attrs.push(`rowspan=${c.rowspan}`);
          for (let k = 0; k < span; k++) covered[col + k] = c.rowspan - 1;
          // the current row does not count as covered
        }
        attrs.push(`class=${c.cls}`);
        if (span > 1 && ["xl70", "xl71", "xl72", "xl88", "xl87"].includes(c.cls)) attrs.push(`style='mso-ignore:colspan'`);
        if (c.num !== undefined) attrs.push(`align=right x:num${c.num === 0 && c.v === "-" ? "" : `="${c.num}"`}`);
        const v = c.v === "" ? "&nbsp;" : esc(c.v);
        tds.push(`  <td ${attrs.join(" ")}>${v}</td>`);
        col += span;
      }
      skipCovered();
    }

    out.push(...tds);
    out.push(" </tr>");
  }
  out.push(" <![if supportMisalignedColumns]>");
  out.push(" <tr height=0 style='display:none'>");
  for (const w of sheet.cols) out.push(`  <td width=${w} style='width:${px2pt(w)}pt'></td>`);
  out.push(" </tr>");
  out.push(" <![endif]>");
  out.push("</table>");
  out.push("");
  out.push("</div>");
  out.push("");
  out.push("<br>");
  out.push("");
  return out.join("\n");
}

const xmlSheets = sheets
  .map(
    (s, i) => `   <x:ExcelWorksheet>
    <x:Name>${s.name}</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>300</x:DefaultRowHeight>
     <x:FitToPage/>
     <x:Print>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:Scale>64</x:Scale>
      <x:HorizontalResolution>600</x:HorizontalResolution>
      <x:VerticalResolution>600</x:VerticalResolution>
     </x:Print>
${i === 0 ? "     <x:Selected/>\n" : ""}     <x:DoNotDisplayGridlines/>
     <x:FreezePanes/>
     <x:FrozenNoSplit/>
     <x:SplitHorizontal>${i === 2 ? 5 : i === 1 ? 7 : 6}</x:SplitHorizontal>
     <x:TopRowBottomPane>${i === 2 ? 5 : i === 1 ? 7 : 6}</x:TopRowBottomPane>
     <x:ActivePane>2</x:ActivePane>
     <x:Panes>
      <x:Pane>
       <x:Number>3</x:Number>
      </x:Pane>
      <x:Pane>
       <x:Number>2</x:Number>
       <x:ActiveRow>2</x:ActiveRow>
       <x:ActiveCol>2</x:ActiveCol>
      </x:Pane>
     </x:Panes>
     <x:ProtectContents>False</x:ProtectContents>
     <x:ProtectObjects>False</x:ProtectObjects>
     <x:ProtectScenarios>False</x:ProtectScenarios>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>`,
  )
  .join("\n");

const tabs = sheets
  .map(
    (s, i) =>
      ` <td bgcolor="${i === 0 ? "#FFFFFF" : "#F0F0F0"}" nowrap><b><small><small>&nbsp;<a href="#${s.name}"><font face="Arial" color="#000000">${s.name}</font></a>&nbsp;</small></small></b></td>`,
  )
  .join("\n");

const html = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="FWCTG%20tracker%20Q2%202047-48_files/filelist.xml">
<style id="FWCTG tracker Q2 2047-48_29841_Styles">
${styles}
</style>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Grace Nakamura</o:Author>
  <o:LastAuthor>Bethany Walmsley</o:LastAuthor>
  <o:Created>2047-04-14T09:12:33Z</o:Created>
  <o:LastSaved>2047-11-04T16:47:10Z</o:LastSaved>
  <o:Company>Local Government Association</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
${xmlSheets}
  </x:ExcelWorksheets>
  <x:WindowHeight>11640</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:WindowTopX>32767</x:WindowTopX>
  <x:WindowTopY>32767</x:WindowTopY>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
 <x:ExcelName>
  <x:Name>Print_Titles</x:Name>
  <x:SheetIndex>1</x:SheetIndex>
  <x:Formula>=Tracker!$6:$6</x:Formula>
 </x:ExcelName>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">
<!--[if !excel]>&nbsp;&nbsp;<![endif]-->
<!--The following information was generated by Microsoft Excel's Publish as Web
Page wizard.-->
<!--If the same item is republished from Excel, all information between the DIV
tags will be replaced.-->
<!----------------------------->
<!--START OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD -->
<!----------------------------->

${sheets.map(sheetHtml).join("\n")}
<!----------------------------->
<!--END OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD-->
<!----------------------------->

<table border=0 cellspacing=1 style='margin-top:24px;border-top:1px solid #A0A0A0'>
 <tr>
${tabs}
 </tr>
</table>
</body>

</html>
`;
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ------------------------------------------------------------------ text rendering
// One line per sheet row that has any text: its non-empty cells joined by " | ", in column order.
// Rows covered by a rowspan show nothing in the covered column (as on screen, where the merged cell sits
// against the first row). Spacer rows and columns carry no words. The tab names end the page.
const txt = [];
for (const s of sheets) {
  for (const r of s.rows) {
    const vs = r.cells.filter((c) => c && c.v !== "").map((c) => c.v);
    if (vs.length) txt.push(vs.join(" | "));
  }
  txt.push("");
}
txt.push(sheets.map((s) => s.name).join(" "));
writeFileSync(join(root, "text", BASE + ".txt"), txt.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
