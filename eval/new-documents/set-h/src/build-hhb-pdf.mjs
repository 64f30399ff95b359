// Builds docs/housing-homelessness-board-performance-2025-q1.pdf (a landscape performance report made with
// pdfkit) and its plain-text rendering text/housing-homelessness-board-performance-2025-q1.txt from the
// same content.
//
//   node src/build-hhb-pdf.mjs            (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 landscape, 2 pages. Board, date and item at the top left, the title, and a front sheet of
// bold inline labels. The targets table Ref | Target | Due | Lead officer | Progress at 30 June 2025 |
// Status has NO ruling lines, borders or shading at all: columns are aligned by x position only, the header
// row is bold text, cells wrap over two to four lines and rows are separated by white space. The status is
// a letter code in brackets ("(G)", "(A)", "(R)", "(C)"), explained only in a legend sentence at the foot of
// page 1. The table continues onto page 2 WITHOUT repeating its header row (no row is split across the
// page break). A running header and a "Page n of N" footer on every page (page furniture, drawn last, left
// out of the rendering).
// Synthetic test fixture: the people, figures and ratings are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "housing-homelessness-board-performance-2025-q1";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");

const BOARD = "Housing and Homelessness Board";
const DATE = "18 September 2025";
const META = [BOARD, DATE, "Item 4"];
const TITLE = "Housing and homelessness work programme 2025/26: performance report, Quarter 1 (April to June 2025)";
const FRONT = [
  ["Purpose of report", ["For decision."]],
  [
    "Summary",
    [
      "This report sets out progress at the end of Quarter 1 of 2025/26 (1 April to 30 June 2025) against the 14 targets in the Board's work programme for 2025/26, agreed at its meeting on 8 May 2025. Of the 14 targets, three are complete, five are on track, three are at risk and three are off track.",
    ],
  ],
  ["Is this report confidential?", ["No"]],
  [
    "Recommendations",
    [
      "That the Housing and Homelessness Board:",
      "(a) notes progress against the work programme at Quarter 1 of 2025/26; and",
      "(b) agrees to move the completion date of target HH5 (guidance on the supported housing licensing regime) to 30 November 2025.",
    ],
  ],
  ["Contact officer", ["Gideon Rusbridge, Policy Adviser (Housing) – 020 7946 0842 – gideon.rusbridge@local.gov.uk"]],
];
const TABLE_HEADING = "Work programme targets 2025/26: progress at 30 June 2025";
const HEADER = ["Ref", "Target", "Due", "Lead officer", "Progress at 30 June 2025", "Status"];
const ROWS = [
  [
    "HH1",
    "Publish the LGA's analysis of councils' spending on temporary accommodation in 2024/25",
    "31 July 2025",
    "Lorcan Whitlow, Senior Adviser (Homelessness)",
    "Published on 27 June 2025, ahead of the due date. Councils in England spent £2.61 billion on temporary accommodation in 2024/25, up 19 per cent on 2023/24; 43 per cent of the total was spent on bed and breakfast and nightly-paid accommodation.",
    "(C)",
  ],
  [
    "HH2",
    "Secure a commitment from the Government to review the housing benefit subsidy limit for temporary accommodation, frozen at January 2011 rates, in the Spending Review",
    "30 June 2025",
    "Lorcan Whitlow, Senior Adviser (Homelessness)",
    "The Spending Review on 11 June 2025 did not include a review of the subsidy limit. Officers are now pressing for it to be included in the Government's homelessness strategy, expected in the autumn, and the Board will discuss the next steps under item 3.",
    "(R)",
  ],
  [
    "HH3",
    "Support 25 councils through the homelessness prevention peer programme in 2025/26 (6 by the end of Q1)",
    "31 March 2026",
    "Marisol Etheridge, Adviser (Housing Improvement)",
    "Seven councils were supported in Quarter 1, one ahead of profile. A further nine reviews are booked for Quarter 2, including the first two in district councils.",
    "(G)",
  ],
  [
    "HH4",
    "Run three regional events to help councils prepare for the new duties in the Renters' Rights Bill",
    "30 September 2025",
    "Tamsin Hollingworth, Adviser (Private Rented Sector)",
    "Two events have been held, in Manchester on 15 May and Exeter on 12 June 2025, with 146 officers from 71 councils. The London event has moved to 8 October 2025 at the venue's request, after the due date.",
    "(A)",
  ],
  [
    "HH5",
    "Publish guidance for councils on the new supported housing licensing regime, jointly with the Ministry of Housing, Communities and Local Government (MHCLG)",
    "30 June 2025",
    "Anselm Petrakis, Senior Adviser (Housing Supply)",
    "The draft guidance was finished in May 2025, but MHCLG has delayed the regulations it is meant to explain. Publication is now planned for November 2025 and the Board is asked to agree a new completion date of 30 November 2025.",
    "(R)",
  ],
  [
    "HH6",
    "Survey stock-holding councils on the condition of council homes and the cost of meeting the Decent Homes Standard, and report the findings to the Board",
    "30 September 2025",
    "Perpetua Allingham, Senior Analyst (Housing)",
    "The survey closed on 20 June 2025 with 118 responses from the 162 stock-holding councils (73 per cent). Analysis is on track for the Board's September meeting.",
    "(G)",
  ],
  [
    "HH7",
    "Refresh the LGA's housing delivery toolkit for councils that are building homes",
    "31 December 2025",
    "Anselm Petrakis, Senior Adviser (Housing Supply)",
    "Scoping is complete and a contractor was appointed on 2 June 2025. Case studies from eight councils have been agreed.",
    "(G)",
  ],
  [
    "HH8",
    "Agree a data-sharing protocol with the Home Office and MHCLG on households leaving asylum accommodation who present to councils as homeless",
    "31 May 2025",
    "Marisol Etheridge, Adviser (Housing Improvement)",
    "The protocol was agreed on 28 May 2025 and is in use in 14 pilot areas. The Home Office will now give councils at least 14 days' notice of a decision to end support.",
    "(C)",
  ],
  [
    "HH9",
    "Train 300 council housing officers on the domestic abuse safe accommodation duties in 2025/26 (75 by the end of Q1)",
    "31 March 2026",
    "Tamsin Hollingworth, Adviser (Private Rented Sector)",
    "52 officers had been trained by 30 June 2025 against a profile of 75. Two sessions were cancelled because of trainer illness and have been rebooked for July; we expect to be back on profile by the end of Quarter 2.",
    "(A)",
  ],
  [
    "HH10",
    "Respond to the Government's consultation on future social housing rent policy by the closing date",
    "23 June 2025",
    "Perpetua Allingham, Senior Analyst (Housing)",
    "Response submitted on 20 June 2025 after sign-off by the Chair and Vice-Chair. It calls for a ten-year rent settlement of CPI plus 1 per cent.",
    "(C)",
  ],
  [
    "HH11",
    "Publish a practice guide on winter provision for people sleeping rough",
    "31 October 2025",
    "Lorcan Whitlow, Senior Adviser (Homelessness)",
    "Drafting has started and case studies have been collected from 11 councils. A draft will be shared with the Chair and lead members in September.",
    "(G)",
  ],
  [
    "HH12",
    "Hold a roundtable with housing association chief executives on void times and nominations to social housing",
    "31 July 2025",
    "Marisol Etheridge, Adviser (Housing Improvement)",
    "The roundtable has been postponed twice because of diary clashes and no new date has been agreed. Officers will propose a date to the Chair by the end of September.",
    "(R)",
  ],
  [
    "HH13",
    "Commission research on the cost to councils of the duties in the Homelessness Reduction Act 2017, reporting to the Board",
    "31 January 2026",
    "Perpetua Allingham, Senior Analyst (Housing)",
    "The tender was issued on 9 June 2025 and four bids were received. The contract award has slipped to August 2025 because of procurement queries, which puts the January reporting date at risk.",
    "(A)",
  ],
  [
    "HH14",
    "Keep the LGA's temporary accommodation data dashboard up to date, with an update each quarter",
    "Quarterly",
    "Lorcan Whitlow, Senior Adviser (Homelessness)",
    "The Quarter 1 update was published on 30 June 2025, using the latest statutory homelessness statistics.",
    "(G)",
  ],
];
const LEGEND =
  "Key to the Status column: (G) on track to be delivered by the due date; (A) at risk – some slippage, action in hand; (R) off track, or the due date has been missed; (C) complete.";
const AFTER = [
  ["h", "Next steps"],
  ["p", "Officers will report progress at Quarter 2 (July to September 2025) to the Board's meeting on 27 November 2025."],
];

// ---------------------------------------------------------------- PDF
const PW = 841.89;
const PH = 595.28;
const L = 40;
const W = PW - 2 * L;
const TOP = 58;
const LEGEND_Y = PH - 62;
const BOTTOM_P1 = LEGEND_Y - 14;
const BOTTOM = PH - 44;
const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: TOP, bottom: 20, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.info.Title = `${BOARD} – ${DATE} – Item 4 – Performance report Quarter 1 2025/26`;
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
doc.addPage();

let y = TOP;
doc.font("Helvetica").fontSize(9.5);
for (const m of META) {
  doc.text(m, L, y, { width: 300 });
  y = doc.y;
}
y += 8;
doc.font("Helvetica-Bold").fontSize(14).text(TITLE, L, y, { width: W });
y = doc.y + 8;
for (const [label, vals] of FRONT) {
  doc.font("Helvetica-Bold").fontSize(9).text((label.endsWith("?") ? label : label + ":") + " ", L, y, { width: W, continued: true });
  doc.font("Helvetica").text(vals[0]);
  y = doc.y + 1;
  for (const v of vals.slice(1)) {
    doc.font("Helvetica").fontSize(9).text(v, L + 14, y, { width: W - 14 });
    y = doc.y + 1;
  }
  y += 2;
}
y += 8;
doc.font("Helvetica-Bold").fontSize(11).text(TABLE_HEADING, L, y, { width: W });
y = doc.y + 6;

// table: no lines at all, x positions only
const WIDTHS = [38, 196, 72, 112, 300, 44];
const XS = WIDTHS.reduce((a, w, i) => (a.push(i ? a[i - 1] + WIDTHS[i - 1] : L), a), []);
const PAD = 8;
const FS = 8.6;
const LG = 1.2;
const cellH = (c, k, bold = false) => {
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FS);
  return doc.heightOfString(c, { width: WIDTHS[k] - PAD, lineGap: LG });
};
const lineH = (() => {
  doc.font("Helvetica").fontSize(FS);
  return doc.heightOfString("x", { width: 100, lineGap: LG });
})();
const drawRow = (r, bold) => {
  const h = Math.max(...r.map((c, k) => cellH(c, k, bold)));
  for (const [k, c] of r.entries()) {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(FS).text(c, XS[k], y, { width: WIDTHS[k] - PAD, lineGap: LG, align: k === 5 ? "center" : "left" });
  }
  y += h + 9;
};
drawRow(HEADER, true);
y += 2;
const pageOf = [];
let page = 1;
const rowLines = [];
for (const r of ROWS) {
  const h = Math.max(...r.map((c, k) => cellH(c, k)));
  rowLines.push(Math.round(h / lineH));
  if (y + h > (page === 1 ? BOTTOM_P1 : BOTTOM)) {
    // legend sentence at the foot of page 1, then the table carries on at the top of page 2 with no header
    doc.font("Helvetica-Oblique").fontSize(8.2).text(LEGEND, L, LEGEND_Y, { width: W });
    doc.addPage();
    page++;
    y = TOP;
  }
  pageOf.push(page);
  drawRow(r, false);
}
if (page === 1) throw new Error("table did not continue onto page 2");
y += 6;
for (const [t, s] of AFTER) {
  if (t === "h") doc.font("Helvetica-Bold").fontSize(11).text(s, L, y, { width: W });
  else doc.font("Helvetica").fontSize(9).text(s, L, y, { width: W });
  y = doc.y + 4;
}
if (y > BOTTOM) throw new Error("page 2 overflows");

// page furniture, drawn last on every page
const range = doc.bufferedPageRange();
for (let k = 0; k < range.count; k++) {
  doc.switchToPage(k);
  doc.font("Helvetica").fontSize(7.5).fillColor("#555555");
  doc.text(`${BOARD}  |  ${DATE}  |  Item 4`, L, 28, { width: W / 2, lineBreak: false });
  doc.text("Performance report Q1 2025/26", L + W / 2, 28, { width: W / 2, align: "right", lineBreak: false });
  doc.text(`Page ${k + 1} of ${range.count}`, L + W - 100, PH - 30, { width: 100, align: "right", lineBreak: false });
  doc.fillColor("black");
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- rendering
// Page furniture left out; front-sheet fields as "Label: value" lines (recommendation lines on their own);
// table rows as cells joined with " | "; the legend sentence where it is printed (after the last row on
// page 1, before the rows continued on page 2).
const lines = [...META, TITLE];
for (const [label, vals] of FRONT) {
  lines.push(`${label.endsWith("?") ? label : label + ":"} ${vals[0]}`);
  lines.push(...vals.slice(1));
}
lines.push(TABLE_HEADING, HEADER.join(" | "));
for (const [i, r] of ROWS.entries()) {
  if (i > 0 && pageOf[i] !== pageOf[i - 1]) lines.push(LEGEND);
  lines.push(r.join(" | "));
}
for (const [, s] of AFTER) lines.push(s);
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// checks: status counts against the summary, wrapping of 2-4 lines per row
const counts = Object.fromEntries(["(C)", "(G)", "(A)", "(R)"].map((s) => [s, ROWS.filter((r) => r[5] === s).length]));
const bad = rowLines.map((n, i) => [ROWS[i][0], n]).filter(([, n]) => n < 2 || n > 4);
if (counts["(C)"] !== 3 || counts["(G)"] !== 5 || counts["(A)"] !== 3 || counts["(R)"] !== 3) {
  console.error("status counts do not match the summary", counts);
  process.exitCode = 1;
}
if (bad.length) {
  console.error("rows not wrapping over 2-4 lines:", bad);
  process.exitCode = 1;
}
console.log(`wrote docs/${BASE}.pdf (${range.count} pages; rows on page 1: ${ROWS.filter((_, i) => pageOf[i] === 1).map((r) => r[0]).join(", ")}; lines per row ${rowLines.join(",")}) and text/${BASE}.txt`);
