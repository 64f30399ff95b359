/**
 * Fixture papers in further layouts, made by the tests: a Word quarterly report whose key gives rating words
 * with what they mean, beside a table counting targets by rating; a markdown risk register whose scores say
 * which factor is which ("L4 x I3 = 12") with controls carried on rows of their own; a plain-text agenda
 * pack with members on lines of their own (roles on the line under, groups abbreviated) and agenda items
 * with dot leaders, wrapped titles and verbal items; a PDF briefing set in two columns of justified prose.
 * Everything in them is invented.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 2000, type: WidthType.DXA } });
const table = (...rows: string[][]) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
const p = (text: string) => new Paragraph(text);
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading });

/**
 * Housing Board performance report for Quarter 3 2024/25 (Word): a key of rating words, a count of targets
 * by rating, and the targets in a table with a status column for each of the last two quarters.
 */
export async function housingReportDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          h("Housing Board performance report: Quarter 3 2024/25", HeadingLevel.HEADING_1),
          p("This report sets out progress against the Housing Board's targets at the end of December 2024."),
          h("Key to ratings"),
          table(
            ["Status", "What it means"],
            ["Achieved", "The target has been met in full."],
            ["Partially achieved", "Some of the target has been met, the rest is expected later."],
            ["Not achieved", "The target has not been met and will not be met this year."],
          ),
          h("Summary"),
          table(["Status", "Number of targets"], ["Achieved", "2"], ["Partially achieved", "1"], ["Not achieved", "1"]),
          h("Targets"),
          table(
            ["Ref", "Target", "Q2 status", "Q3 status", "Lead"],
            ["HO1", "Publish the council housing delivery toolkit", "Partially achieved", "Achieved", "Mina Okafor"],
            ["HO2", "Run ten peer reviews of homelessness services", "Achieved", "Achieved", "Leo Brandt"],
            ["HO3", "Agree a retrofit funding settlement with government", "Partially achieved", "Not achieved", "Mina Okafor"],
            ["HO4", "Train 200 officers in temporary accommodation standards", "Not achieved", "Partially achieved", "Cara Lind"],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Flood Resilience Task Group risk register (markdown): products that name their factors, controls on rows of their own. */
export const floodRegisterMd = `# Flood Resilience Task Group – risk register

Position at 30 September 2024

| Ref | Risk | Score | Controls | Owner |
| --- | --- | --- | --- | --- |
| FR-1 | Councils cannot fund flood defence maintenance | L4 x I3 = 12 | joint bid to the Treasury for a maintenance grant | Priya Das |
| | | | shared procurement of maintenance contracts | |
| FR-2 | Loss of drainage engineers to the private sector | I4 x L2 = 8 | a regional apprenticeship in drainage engineering | Tom Ellery |
| FR-3 | Late flood warnings from partners | L2 x I5 = 10 | a data-sharing agreement with the Environment Agency | Priya Das |
`;

/** Coastal Communities Board agenda pack (plain text): members on lines of their own, an agenda with dot leaders. */
export const coastalAgendaTxt = `COASTAL COMMUNITIES BOARD

AGENDA

Thursday 6 February 2025, 11.00am
Smith Square, London

Membership 2024/25

Cllr Ann Holt (Con), Northshire County Council
Chair

Cllr Ravi Mistry (Lab), Eastport City Council
Vice-Chair

Cllr Tom Reid (LD), Westbay District Council
Lead Member, Tourism

Cllr Joan Fairley (Ind), Saltmarsh Borough Council


AGENDA                                                        Pages

1. Welcome, apologies and declarations of interest ........... Verbal
2. Minutes of the previous meeting .......................... 3 - 8
3. Coastal erosion funding: an update on the shoreline
   management programme ..................................... 9 - 14
4. Seaside tourism recovery plan ........................... 15 - 22
   (Cllr Tom Reid, Lead Member for Tourism, will introduce this
   item)
`;

const LEFT = [
  "Coastal towns have lost a quarter of their bank branches since 2019, and the councils that serve them report that older residents now travel more than ten miles to reach a counter. Small traders say that paying in the day's takings has become a half-day trip.",
  "The Board asked officers in October to gather evidence from member councils on what the closures have meant for high streets and for the people who use them, and on what councils have done in response.",
  "Councils described footfall falling on the days a mobile bank does not visit, and post offices taking on work they are not paid enough to do.",
];
const RIGHT = [
  "Eleven councils responded. Most described shared banking hubs as the most promising answer, but only three hubs have opened in coastal towns so far, against seventeen elsewhere in the country.",
  "Officers propose that the Board presses for hub funding to be weighted towards places where the nearest branch is furthest away, and that it asks the Treasury to count seasonal populations when it decides where hubs go.",
  "The Board is asked to agree these two asks and to note the evidence gathered.",
];

/** A briefing (PDF) whose body is set in two justified columns under a title that spans both. */
export function bankingBriefingPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(16).text("Coastal Communities Board – briefing on bank closures", 50, 50, { width: 495 });
    doc.font("Helvetica").fontSize(10).text("6 February 2025", 50, doc.y + 6);
    const top = doc.y + 16;
    const width = 235;
    let y = top;
    for (const para of LEFT) y = doc.text(para, 50, y, { width, align: "justify" }).y + 10;
    y = top;
    for (const para of RIGHT) y = doc.text(para, 310, y, { width, align: "justify" }).y + 10;
  });
}

/**
 * The same briefing with the right column set off from the left (a heading over it, so no line of one
 * shares a baseline with a line of the other), a full-width running header, and a full-width table
 * below the columns whose cells leave a gap where the gutter is.
 */
export function bankingColumnsOffsetPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica").fontSize(8).text("LOCAL GOVERNMENT ASSOCIATION", 50, 30).text("6 February 2025 – Item 4", 400, 30);
    doc.font("Helvetica-Bold").fontSize(16).text("Coastal Communities Board – bank closures", 50, 50, { width: 495 });
    const top = doc.y + 16;
    const width = 235;
    let y = top;
    for (const para of LEFT) y = doc.font("Helvetica").fontSize(9).text(para, 50, y, { width, align: "justify" }).y + 10;
    const leftEnd = y;
    y = top;
    y = doc.font("Helvetica-Bold").fontSize(10.5).text("What councils told us", 310, y, { width }).y + 4;
    for (const para of RIGHT) y = doc.font("Helvetica").fontSize(9).text(para, 310, y, { width, align: "justify" }).y + 10;
    y = Math.max(leftEnd, y) + 16;
    doc.font("Helvetica-Bold").fontSize(9);
    const cols = [50, 130, 290, 380, 470];
    ["Area", "Branches closed", "Hubs open", "Hubs planned", "Status"].forEach((h, k) => doc.text(h, cols[k]!, y, { width: 75 }));
    doc.font("Helvetica");
    for (const row of BANKING_TABLE) {
      y += 16;
      row.forEach((c, k) => doc.text(c, cols[k]!, y, { width: 75 }));
    }
  });
}

export const BANKING_TABLE = [
  ["North East", "14", "1", "2", "On track"],
  ["South West", "22", "2", "1", "At risk"],
  ["East", "9", "0", "3", "Off track"],
];

export const BANKING_LEFT = LEFT;
export const BANKING_RIGHT = RIGHT;

/** Culture Board programmes dashboard (HTML): a card per programme, its figures and RAG in a definition list. */
export const cultureDashboardHtml = `<!DOCTYPE html><html><head><title>Culture programmes dashboard: Quarter 2 2024/25 | LGA Members' Portal</title></head><body>
<header><a href="/">LGA Members' Portal</a></header>
<nav><ul><li><a href="/boards">Boards</a></li></ul></nav>
<main>
<h1>Culture programmes dashboard: Quarter 2 2024/25</h1>
<p>Position at 30 September 2024 for the Culture Board's three programmes.</p>
<section><h3>Library Futures</h3>
<dl><dt>Lead</dt><dd>Marnie Castellan</dd><dt>Budget</dt><dd>£640,000</dd><dt>Spend to date</dt><dd>£212,500</dd><dt>RAG</dt><dd><span class="badge badge-red">Red</span></dd></dl>
<p>Only four of the ten pilot libraries have opened their extended hours.</p></section>
<section><h3>Museum Skills Exchange</h3>
<dl><dt>Lead</dt><dd>Oren Whitcombe</dd><dt>Budget</dt><dd>£310,000</dd><dt>Spend to date</dt><dd>£150,000</dd><dt>RAG</dt><dd><span class="badge badge-green">Green</span></dd></dl>
<p>Forty curators have completed placements in other councils' museums.</p></section>
<section><h3>Festival Resilience Fund</h3>
<dl><dt>Lead</dt><dd>Marnie Castellan</dd><dt>Budget</dt><dd>£900,000</dd><dt>Spend to date</dt><dd>£455,000</dd><dt>RAG</dt><dd><span class="badge badge-amber">Amber</span></dd></dl>
<p>Grants to eighteen festivals were paid; six more await match funding.</p></section>
</main>
<footer>© Local Government Association</footer>
</body></html>`;

/** Culture Board briefing for a new member (markdown): who's who written as sentences. */
export const cultureBriefingMd = `# Culture Board: briefing for new members

**Date:** 14 October 2024

Welcome to the Culture Board. This note says who is who.

## Who's who

- Cllr Hester Quayle (Norfolk County Council, Conservative) is the Chair.
- Cllr Dev Anand-Price (Bristol City Council, Labour) is the Vice-Chair.
- Cllr Maud Ellery (Bath and North East Somerset Council, Liberal Democrat) and Cllr Piers Tolland (Cornwall Council, Independent) are the Deputy Chairs. Cllr Ellery leads for her group.
- Cllr Yusuf Harrow (Leeds City Council, Labour) is the lead member for libraries, which includes Library Futures.
- Cllr Greta Vance (Kent County Council, Conservative) leads on museums and heritage.
- Cllr Noel Briar (Wigan Council, Labour) and Cllr Ruth Oduya (Essex County Council, Conservative) are the substitutes.
`;

/**
 * Culture Board programme risk register (Word): a key of status words (Treat, Tolerate, Transfer) with what
 * each means, and the register with a "Risk and consequence" column and a status in words.
 */
export async function cultureRegisterDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          h("Culture Board programme risk register: October 2024", HeadingLevel.HEADING_1),
          h("What the statuses mean"),
          table(
            ["Status", "What it means"],
            ["Treat", "We are taking action to reduce the likelihood or impact."],
            ["Tolerate", "The risk is accepted at its current level and monitored."],
            ["Transfer", "The risk is passed to a third party such as an insurer."],
          ),
          h("The register"),
          table(
            ["Risk ID", "Risk and consequence", "Owner", "Likelihood", "Impact", "Score", "Status"],
            ["CB-R1", "Library pilots open late, so that the grant is clawed back", "Marnie Castellan", "4", "4", "16", "Treat"],
            ["CB-R2", "A festival grant recipient becomes insolvent", "Oren Whitcombe", "2", "3", "6", "Tolerate"],
            ["CB-R3", "A claim over damage to a loaned museum object", "Oren Whitcombe", "1", "4", "4", "Transfer"],
            ["CB-R4", "Curator placements are not taken up", "Oren Whitcombe", "2", "2", "4", "Tolerate"],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A Word paper's appendix table with a two-row header: each year's cell spans "Budget | Actual". */
export async function cultureOutturnDocx(): Promise<Buffer> {
  const spanCell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...opts });
  const rows = [
    new TableRow({ children: [spanCell("Workstream", { rowSpan: 2 }), spanCell("2023/24", { columnSpan: 2 }), spanCell("2024/25", { columnSpan: 2 })] }),
    new TableRow({ children: [spanCell("Budget"), spanCell("Actual"), spanCell("Budget"), spanCell("Actual")] }),
    ...[
      ["Library Futures", "600,000", "580,250", "640,000", "655,900"],
      ["Museum Skills Exchange", "300,000", "291,000", "310,000", "298,400"],
      ["Total", "900,000", "871,250", "950,000", "954,300"],
    ].map((cells) => new TableRow({ children: cells.map((c) => spanCell(c)) })),
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          h("Culture programme: outturn for 2024/25", HeadingLevel.HEADING_1),
          p("Culture Board, 5 June 2025."),
          h("Appendix A"),
          p("Budget and actual spending by workstream, 2023/24 and 2024/25 (£)"),
          new Table({ rows }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Culture Board decision notice (HTML): attendance as one sentence of several labelled lists. */
export const cultureDecisionsHtml = `<!DOCTYPE html><html><head><title>Culture Board decisions, 5 June 2025</title></head><body><main>
<h1>Culture Board – decision notice and minutes, 5 June 2025</h1>
<p><strong>Present:</strong> Councillors Hester Quayle (Chair), Dev Anand-Price (Vice-Chair), Yusuf Harrow and Noel Briar (substitute for Cllr Greta Vance); Apologies: Councillors Greta Vance and Piers Tolland; Officers: Marnie Castellan and Oren Whitcombe.</p>
<h2>1. Library Futures</h2>
<p>RESOLVED – that the Board notes the delay to the library pilots.</p>
<p>The next meeting of the Board will be held on Thursday 11 September 2025 at 10.30am at 18 Smith Square, London.</p>
</main></body></html>`;

/** Plain-text terms of reference of a sub-group: numbered section titles in capitals. */
export const heritageTorTxt = `LOCAL GOVERNMENT ASSOCIATION
CULTURE BOARD

Heritage Skills Task and Finish Group
Terms of reference 2025/26

1.   PURPOSE

1.1  The Heritage Skills Task and Finish Group ("the Task Group") advises the
     Culture Board on the shortage of heritage craft skills in councils.

2.   QUORUM

2.1  The quorum is three members, from at least two political groups.

3.   MEETINGS

3.1  The Task Group meets every eight weeks, four times in all, between
     October 2025 and May 2026.
`;

const TRANSPORT_TARGETS: [string, string, string, string, string, string][] = [
  ["TB1", "Publish the LGA's analysis of councils' spending on local bus services in 2024/25", "31 July 2025", "Rhea Okonkwo", "Published on 20 July 2025, ahead of the due date, with figures for every council.", "(C)"],
  ["TB2", "Secure a commitment from the Government to a multi-year settlement for local roads maintenance", "30 June 2025", "Rhea Okonkwo", "The Spending Review did not include one. Officers are pressing for it in the autumn.", "(R)"],
  ["TB3", "Support 20 councils through the active travel peer programme in 2025/26 (5 by the end of Q1)", "31 March 2026", "Idris Mallory", "Six councils were supported in Quarter 1, one ahead of profile.", "(G)"],
  ["TB4", "Run three regional events on the new bus franchising guidance for councils", "30 September 2025", "Idris Mallory", "Two events have been held; the third has moved to October at the venue's request.", "(A)"],
  ["TB5", "Agree a data-sharing protocol with National Highways on roadworks on the strategic road network", "31 May 2025", "Fenna Dorrit", "The protocol was agreed on 28 May 2025 and is in use in six pilot areas.", "(C)"],
  ["TB6", "Train 200 council officers on the new streetworks permit scheme regulations", "31 March 2026", "Fenna Dorrit", "41 officers have been trained against a profile of 50 by the end of Quarter 1.", "(A)"],
  ["TB7", "Publish a practice guide on school transport for children with special educational needs", "31 October 2025", "Idris Mallory", "Drafting has started and case studies have been collected from nine councils.", "(G)"],
  ["TB8", "Hold a roundtable with bus operators on fares, routes and the £3 fare cap", "31 July 2025", "Rhea Okonkwo", "The roundtable has been postponed twice and is now planned for September.", "(R)"],
];

/** Draws a table row without rules: each cell at its column, wrapping in its width; returns the next row's y. */
function unruledRow(doc: PDFKit.PDFDocument, cols: number[], widths: number[]) {
  return (cells: string[], y: number, bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const heights = cells.map((c, k) => doc.heightOfString(c, { width: widths[k]! }));
    cells.forEach((c, k) => doc.text(c, cols[k]!, y, { width: widths[k]! }));
    return y + Math.max(...heights) + 8;
  };
}

/**
 * Transport Board performance report (landscape PDF, two pages): a targets table with no ruling lines at
 * all, cells wrapping over several lines, status codes in brackets explained only in a key sentence, a
 * running header on both pages, and the table going on over the page without its header.
 */
export function transportReportPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const header = () => {
      doc.font("Helvetica").fontSize(8).text("Transport Board | 10 September 2025 | Item 5", 40, 25, { width: 400, lineBreak: false });
      doc.text("Performance report Q1 2025/26", 600, 25, { width: 200, align: "right", lineBreak: false });
    };
    const row = unruledRow(doc, [40, 80, 320, 410, 510, 770], [35, 230, 85, 95, 250, 40]);
    header();
    doc.font("Helvetica-Bold").fontSize(14).text("Transport work programme 2025/26: performance report, Quarter 1", 40, 60, { width: 760 });
    let y = row(["Ref", "Target", "Due", "Lead officer", "Progress at 30 June 2025", "Status"], 100, true);
    for (const t of TRANSPORT_TARGETS.slice(0, 6)) y = row(t, y);
    doc.font("Helvetica").fontSize(9).text("Key to the Status column: (G) on track; (A) at risk – some slippage; (R) off track; (C) complete.", 40, y + 20, { width: 760 });
    doc.addPage({ size: "A4", layout: "landscape", margin: 40 });
    header();
    y = 60;
    for (const t of TRANSPORT_TARGETS.slice(6)) y = row(t, y);
  }, { size: "A4", layout: "landscape", margin: 40 });
}

/** A plain-text report whose table row wraps on to a line of its own (tab-separated, the first cells empty). */
export const parksReportTxt = [
  "Parks Board progress report, Quarter 2 2024/25",
  "",
  "Ref\tTarget\tProgress\tStatus",
  "PK1\tRun five events on park funding for councils\tThree events were held in the quarter and the\tAmber",
  "\t\tlast two are booked for May in Leeds and Exeter.\t",
  "PK2\tPublish the parks workforce survey\tThe survey was published on 2 September 2024.\tGreen",
  "",
].join("\n");

/**
 * A board's forward plan (markdown): items under meeting dates, the date written once for the items that
 * follow it (blank cells carried down), with a lead officer per item.
 */
export const waterwaysForwardPlanMd = `# Waterways Board: work programme 2025/26

## Forward plan

| Meeting date | Item | Lead officer |
|---|---|---|
| 10 September 2025 | Towpath maintenance funding | Ottilie Brack |
| | Canal heritage survey: scoping | Ferdinand Oyelaran |
| 26 November 2025 | Reservoir safety inspections | Ottilie Brack |
| 4 February 2026 | Flood storage partnership review | Marisol Teague |
| | Canal heritage survey: final report | Jasper Whitcombe |
`;

/**
 * A committee page of one meeting (modern.gov style): a register table Name | Role | Attendance with
 * Present / Apologies / Sent substitute / Absent, substitutes named in the role column, and a dated
 * "published" line that is not the meeting's day; then a forward plan of labelled blocks whose "Exempt: No"
 * lines are not attendance marks (a page break with a running header leaves "Lead officer: Caspar Whinmoor" heading what follows).
 */
export const ruralRegisterHtml = `<!DOCTYPE html><html><head><title>Meeting of Rural Services Board on Tuesday 3rd March, 2026 10.00 am | committee pages</title></head><body><main>
<h1>Meeting of Rural Services Board on Tuesday 3rd March, 2026 10.00 am</h1>
<p><strong>Decisions published:</strong> Wednesday 4 March 2026</p>
<h2>Attendance details</h2>
<table><thead><tr><th>Name</th><th>Role</th><th>Attendance</th></tr></thead><tbody>
<tr><td>Councillor Marta Pellingham</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Owain Tredwell</td><td>Deputy Chair</td><td>Apologies</td></tr>
<tr><td>Councillor Beatrix Collingwood</td><td>Member</td><td>Present</td></tr>
<tr><td>Councillor Sorcha Penhallow</td><td>Member</td><td>Sent substitute</td></tr>
<tr><td>Councillor Rufus Amberley</td><td>Member</td><td>Absent</td></tr>
<tr><td>Councillor Linnea Hartswood</td><td>Substitute for Councillor Sorcha Penhallow</td><td>Present</td></tr>
</tbody></table>
<p>Cllr Beatrix Collingwood (Cumberland Council) is the lead member for rural transport, and Cllr Sorcha Penhallow (Cornwall Council) the lead member for village services.</p>
<h2>Decisions</h2>
<ol><li><p>Rural broadband</p><p>RESOLVED that the Board notes the update on rural broadband.</p></li></ol>
</main></body></html>`;

export const ruralForwardPlanTxt = `RURAL SERVICES BOARD
FORWARD PLAN OF KEY DECISIONS

Published:         2 February 2026
Chair:             Cllr Marta Pellingham (Eden District Council)
Enquiries:         Member Services, 020 7946 0990

Reference:         KD 26/01
Title:             Rural bus services grant 2026/27
Decision maker:    Rural Services Board
Date of decision:  12 May 2026
Lead officer:      Tamsin Orrell, Policy Adviser
Exempt:            No

Reference:         KD 26/02
Title:             Village halls energy fund
Decision maker:    Rural Services Board

Forward plan - 2 February 2026 - Page 1 of 2
\fRURAL SERVICES BOARD - FORWARD PLAN (continued)

Date of decision:  12 May 2026
Lead officer:      Caspar Whinmoor, Senior Adviser
Exempt:            No

Reference:         KD 26/03
Title:             Rural housing enablers contract
Decision maker:    Director of Rural Services
Date of decision:  7 July 2026
Lead officer:      Tamsin Orrell, Policy Adviser
Exempt:            Yes
`;

/** A paper (markdown) whose table of allocations is named only by the paper's title (the fund). */
export const villageShopsAllocationsMd = `# Village Shops Support Fund: allocations for 2026/27

The Rural Services Board is asked to agree the allocations below.

## Proposed allocations

| Council | Region | Allocation 2026/27 | Change on 2025/26 |
|---|---|---|---|
| Eden District Council | North West | £18,000 | +£2,000 |
| Ryedale District Council | Yorkshire and the Humber | £15,500 | -£1,500 |
| Total | | £33,500 | +£500 |
`;

/** An actions log (markdown) whose owners are posts, with the officers holding them in a table of its own. */
export const ruralActionsLogMd = `# Rural Services Board – actions log – January 2026

## Actions

| Action no. | Action | Owner | Due | Status |
|---|---|---|---|---|
| RA25-01 | Publish the rural proofing toolkit for councils. | Head of Rural Policy | 30/11/2025 | Overdue |
| RA25-02 | Survey councils on village shop closures. | Policy Adviser (Rural Economy) | 27/03/2026 | Open |
| RA25-03 | Write to the Minister about rural bus funding. | Head of Rural Policy | 15/12/2025 | Complete |
| RA25-04 | Open a consultation on rural broadband vouchers. | Policy Adviser (Rural Economy) | 31/10/2025 | Complete |

Status key: Open – in progress; Complete – done; Overdue – the due date has passed.

## Who holds each post

| Post | Officer | Phone |
|---|---|---|
| Head of Rural Policy | Ambrose Kettlewell | 020 7946 0991 |
| Policy Adviser (Rural Economy) | Delphine Marchbank | 020 7946 0992 |
`;

/**
 * A landscape report whose table has long target and progress cells that wrap over several lines, with
 * short cells between them: its continuation lines leave a gap down the middle like a gutter's.
 */
export function wrappedCellsReportPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const row = unruledRow(doc, [40, 80, 330, 420, 520, 770], [35, 240, 85, 95, 240, 40]);
    doc.font("Helvetica-Bold").fontSize(14).text("Coastal work programme 2025/26: progress at 30 June 2025", 40, 40, { width: 760 });
    let y = row(["Ref", "Target", "Due", "Lead officer", "Progress at 30 June 2025", "Status"], 80, true);
    for (const t of WRAPPED_TARGETS) y = row(t, y);
  }, { size: "A4", layout: "landscape", margin: 40 });
}

export const WRAPPED_TARGETS: string[][] = [
  ["CW1", "Publish guidance for councils on managing coastal erosion risk to homes and on talking to residents about it", "31 March 2026", "Ione Brackley", "A first draft has been shared with six councils and their comments are being worked in before the draft goes to the Board", "(G)"],
  ["CW2", "Secure a commitment from the Government to a long-term settlement for shoreline management that councils can plan on", "31 December 2025", "Ione Brackley", "The Spending Review did not include one and officers are pressing for it to be considered again in the autumn statement", "(R)"],
  ["CW3", "Run four regional events to help councils prepare their coastal adaptation plans with the Environment Agency", "30 September 2025", "Lorcan Fitzhugh", "Two events have been held, in Scarborough and in Truro, and the other two are booked for September in Norwich and Blackpool", "(A)"],
  ["CW4", "Commission research into the cost to councils of relocating coastal assets such as roads and car parks inland", "31 January 2026", "Lorcan Fitzhugh", "The tender was issued on 9 June 2025 and four bids were received; the contract is expected to be awarded at the end of July", "(A)"],
];

/** A scorecard (markdown) with a direction of travel beside each indicator's status. */
export const skillsScorecardMd = `# Skills Board scorecard, Quarter 2 2025/26

| Ref | Indicator | Target | Actual | Direction of travel | Status |
|---|---|---|---|---|---|
| SK-01 | Apprenticeship starts in councils | 1,200 | 1,050 | ▼ Worsening | At risk |
| SK-02 | Councils with a workforce plan | 250 | 262 | ▲ Improving | On track |
| SK-03 | Graduate trainees placed | 90 | 90 | ► No change | On track |
| SK-04 | Vacancy rate in council planning teams | 12% | 15% | ▼ Worsening | Off track |
| SK-05 | Council staff completing the digital skills course | 2,000 | 2,100 | ► No change | On track |

## Indicators at risk or off track

SK-01 Apprenticeship starts (At risk)

Lead officer: Perpetua Vane

Starts reached 1,050 at the half year because two large councils paused their programmes while their levy budgets were reviewed.

SK-04 Planning vacancies (Off track)

Lead officer: Crispin Hale

Vacancies rose to 15% as experienced planners moved to the private sector; a national recruitment campaign starts in January 2026.
`;

/**
 * Culture, Tourism and Sport Board scorecard (portrait PDF): rows ruled off by thin lines but the header
 * set apart only by shading, its labels wrapped over three lines; figures aligned right in their columns,
 * the last of them closer to the direction of travel beside it than a column gap.
 */
export function shadedHeaderScorecardPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const cols = [40, 78, 240, 290, 340, 390, 440, 510];
    const widths = [36, 158, 46, 46, 46, 46, 66, 45];
    const figures = new Set([3, 4, 5]);
    doc.font("Helvetica-Bold").fontSize(13).text("Culture, Tourism and Sport Board: scorecard at 31 December 2025", 40, 40, { width: 515 });
    let y = 80;
    doc.rect(38, y - 4, 520, 40).fill("#d9e2ef");
    doc.fillColor("black").font("Helvetica-Bold").fontSize(7.5);
    CULTURE_HEADER.forEach((c, k) => doc.text(c, cols[k]!, y, { width: widths[k]! }));
    y += 44;
    for (const row of CULTURE_ROWS) {
      doc.font("Helvetica").fontSize(7.5);
      const heights = row.map((c, k) => doc.heightOfString(c, { width: widths[k]! }));
      // Figures flush right, ending four points before the next column's text.
      row.forEach((c, k) => doc.text(c, cols[k]!, y, { width: widths[k]!, align: figures.has(k) ? "right" : "left" }));
      y += Math.max(...heights) + 6;
      doc.moveTo(38, y - 3).lineTo(558, y - 3).lineWidth(0.5).stroke();
    }
  });
}

export const CULTURE_HEADER = ["Ref", "Indicator", "Polarity", "Target for 2025/26", "Same quarter last year", "Actual at 31 Dec 2025", "Direction of travel", "Status"];
export const CULTURE_ROWS: string[][] = [
  ["CTS-1", "Councils with a current cultural strategy adopted by full council", "Higher is better", "120", "96", "104", "Improving", "At risk"],
  ["CTS-2", "Visits to council-run museums and galleries (millions)", "Higher is better", "14.5", "15.2", "13.9", "Worsening", "Off track"],
  ["CTS-3", "Leisure centres at risk of closure reported to the LGA", "Lower is better", "10", "23", "18", "Improving", "Off track"],
  ["CTS-4", "Councils taking part in the Year of Reading campaign", "Higher is better", "250", "201", "262", "Improving", "On track"],
  ["CTS-5", "Days to answer councils' queries on the sport facilities fund", "Lower is better", "5 days", "6 days", "6 days", "No change", "At risk"],
];

/** A decision notice whose interests declared are a table (member, item, nature of interest). */
export const transportDecisionsHtml = `<!DOCTYPE html><html><head><title>Transport Board decision notice, 4 March 2026</title></head><body><main>
<h1>Decision notice and minutes: Transport Board, 4 March 2026</h1>
<p><strong>Present:</strong> Councillors Rowena Tilbury (Chair), Dev Saini (Vice-Chair), Marcus Ollerton and Beatrix Kaye.</p>
<section><h2>1. Welcome, apologies and declarations of interest</h2>
<p>The following interests were declared:</p>
<table><caption>Declarations of interest</caption>
<thead><tr><th>Member</th><th>Item</th><th>Nature of interest</th></tr></thead>
<tbody>
<tr><td>Cllr Marcus Ollerton</td><td>3. Bus franchising: lessons from the first year</td><td>Personal interest: his son drives for a bus operator in the franchised area. Remained in the meeting.</td></tr>
<tr><td>Cllr Beatrix Kaye</td><td>4. Concessionary fares</td><td>Other registrable interest: trustee of a community transport charity. Left the meeting for the item.</td></tr>
</tbody></table>
</section>
<section><h2>2. Minutes of the previous meeting</h2>
<p><strong>RESOLVED</strong> – that the minutes of the meeting held on 14 January 2026 be agreed.</p>
</section>
<section><h2>3. Bus franchising: lessons from the first year</h2>
<p>Members discussed the report.</p>
<p><strong>RESOLVED</strong> – that the Board notes the report.</p>
</section>
</main></body></html>`;

const headerCell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 1400, type: WidthType.DXA } });
const cellOf = (text: string | string[]) => new TableCell({ children: (Array.isArray(text) ? text : [text]).map((t) => new Paragraph(t)), width: { size: 1400, type: WidthType.DXA } });
const headedTable = (header: string[], rows: (string | string[])[][]) =>
  new Table({ rows: [new TableRow({ tableHeader: true, children: header.map(headerCell) }), ...rows.map((r) => new TableRow({ children: r.map(cellOf) }))] });

const LIBRARIES_HEADER = ["Ref", "Objective", "Q3 status", "Q2 status", "Progress this quarter", "Owner", "Next milestone"];

/**
 * Libraries and Archives Board progress update (Word): a table per theme with a repeated header row, a
 * progress cell of several paragraphs, references with a dot ("L1.2"), letter codes with a key, and a
 * count of objectives by code whose header row is the codes themselves.
 */
export async function librariesProgressDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          h("Libraries and Archives Board progress update: Quarter 3 2025/26", HeadingLevel.HEADING_1),
          p("Item 5, 4 February 2026. Progress against the Board's work programme at 31 December 2025."),
          h("Key to status codes"),
          table(["Code", "Meaning"], ["G", "On course to deliver in full."], ["A/G", "Some slippage, expected to deliver."], ["A", "Significant risk to delivery."], ["R", "Will not be delivered without a decision."]),
          h("1. Reading and learning"),
          headedTable(LIBRARIES_HEADER, [
            [
              "L1.1",
              "Run the winter reading challenge in 150 library services.",
              "A",
              "A/G",
              [
                "138 library services had signed up by the end of December, short of the 150 planned, because several services could not fund the materials this year and asked for the pack to be provided free.",
                "The campaign team is offering a reduced pack to the remaining services and has written to every head of service in the regions with the lowest take-up.",
                "Sign-ups will close in February, after which the status will be reviewed with the lead member and the final figure reported.",
              ],
              "Ingrid Fairlie",
              "Final sign-up figure to the Board, 25 March 2026",
            ],
            ["L1.2", "Publish guidance on family learning in libraries.", "G", "G", "Guidance published on 2 December 2025.", "Ingrid Fairlie", "Webinar for heads of service, 12 February 2026"],
          ]),
          h("2. Archives and collections"),
          headedTable(LIBRARIES_HEADER, [
            ["L2.1", "Digitise the record office catalogues of 20 councils.", "R", "A", "Funding for the scanning contract has not been confirmed.", "Osric Penhallow", "Decision on funding, March 2026"],
            ["L2.2", "Recruit 40 volunteer archivists through the archives volunteering scheme.", "A/G", "A/G", "31 volunteers recruited so far.", "Osric Penhallow", "Volunteer celebration event, 30 April 2026"],
          ]),
          h("Status by theme"),
          table(["Theme", "G", "A/G", "A", "R", "Total"], ["1. Reading and learning", "1", "0", "1", "0", "2"], ["2. Archives and collections", "0", "1", "0", "1", "2"]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Libraries and Archives Board attendance record (plain text): each meeting named on a "Meeting:" line, then its lists. */
export const librariesAttendanceTxt = `LIBRARIES AND ARCHIVES BOARD
MEMBERSHIP AND ATTENDANCE RECORD 2025/26
Printed 20 March 2026.

ATTENDANCE BY MEETING

Meeting: Wednesday 8 October 2025, 11.00 am
Venue: Online

Present:
    Cllr Perpetua Lowndes (Chair)
    Cllr Anselm Quigley
    Cllr Rosamund Tregear
Apologies:
    Cllr Barnaby Ferrers – no substitute

Meeting: Wednesday 4 February 2026, 11.00 am
Venue: 18 Smith Square, London

Present:
    Cllr Perpetua Lowndes (Chair)
    Cllr Barnaby Ferrers
Apologies:
    Cllr Anselm Quigley – Cllr Wilfred Scantlebury attended as substitute
    Cllr Rosamund Tregear – no substitute

ATTENDANCE SUMMARY

Overall: members attended 5 of 8 possible meetings (63%). Substitutes attended on 1 further occasion.
`;

/** Libraries and Archives Board agenda pack (markdown) for 25 March 2026: a paper recommending research; no minutes of it. */
export const librariesAgendaMd = `# Libraries and Archives Board

**Date:** Wednesday 25 March 2026

## Agenda

| Item | Title |
|---|---|
| 1 | Welcome and apologies |
| 2 | Library opening hours survey |

## Library opening hours survey

**Purpose of report:** For decision.

**Recommendation:** That the Board agrees to commission research on the cost of restoring evening opening hours, at up to £20,000.

### Survey of library services

4. In January 2026 the LGA surveyed the heads of the 151 library services in England. 97 services responded, a response rate of 64 per cent.

5. Of the services that responded, 41 had reduced their evening opening hours since 2020.
`;

export const ARCHIVES_ROWS: string[][] = [
  ["AR-01", "Record offices open five days a week", "Cllr Pendry", "41", "43", "44", "46", "50", "A"],
  ["AR-02", "Catalogue entries published online (thousands)", "Cllr Okonkwo-Hale", "1,210", "1,305", "1,420", "1,515", "1,500", "B"],
  ["AR-03", "School visits to record offices", "Cllr Pendry", "–", "35", "82", "120", "200", "R"],
];

/**
 * A landscape PDF whose table has a header cell spanning three columns ("2025/26" over "Q1 Q2 Q3"),
 * figures set right, a dash for no figure, and the table drawn column by column (every cell of the first
 * column, then the second, …), as some report generators do.
 */
export function spanningHeaderReportPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      const x = [45, 95, 333, 433, 533, 583, 633, 683, 760];
      const w = [45, 230, 95, 75, 45, 45, 45, 70, 40];
      const right = new Set([3, 4, 5, 6, 7]);
      doc.font("Helvetica-Bold").fontSize(12).text("Archives Board work programme: progress at quarter 3 2025/26", 40, 40);
      doc.font("Helvetica-Bold").fontSize(9);
      const top = 100;
      ["Ref", "Measure", "Lead member", "Outturn 2024/25"].forEach((h, k) => doc.text(h, x[k]!, top, { width: w[k]!, align: right.has(k) ? "right" : "left", lineBreak: false }));
      doc.text("2025/26", 533, top, { width: 145, align: "center", lineBreak: false });
      ["Target 2025/26", "Status"].forEach((h, k) => doc.text(h, x[k + 7]!, top, { width: w[k + 7]!, lineBreak: false }));
      ["Q1", "Q2", "Q3"].forEach((h, k) => doc.text(h, x[k + 4]!, top + 17, { width: w[k + 4]!, align: "right", lineBreak: false }));
      doc.font("Helvetica").fontSize(9);
      for (let k = 0; k < 9; k++) {
        ARCHIVES_ROWS.forEach((row, r) => doc.text(row[k]!, x[k]!, top + 40 + 22 * r, { width: w[k]!, align: right.has(k) ? "right" : "left", lineBreak: false }));
      }
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}

// ---------------------------------------------------------------------------------------------------
// The Wellbeing Forum (a body of another kind than a board): its agenda pack, minutes, budget page and
// progress report, each in a layout of its own.

const wcell = (text: string | (Paragraph | Table)[], opts: { rowSpan?: number; header?: boolean } = {}) =>
  new TableCell({
    children: typeof text === "string" ? [new Paragraph(text)] : text,
    width: { size: 2400, type: WidthType.DXA },
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
  });
const wrow = (cells: TableCell[], header = false) => new TableRow({ children: cells, ...(header ? { tableHeader: true } : {}) });

/**
 * Wellbeing Forum agenda pack (Word): its officers in a table whose "Deputy Chairs" cell spans two rows, an
 * agenda table (Item | Time | Business) with a small table inside one item, and a paper whose front sheet
 * is a table of labels, the contact officer's details a table inside it.
 */
export async function wellbeingAgendaDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          h("Wellbeing Forum", HeadingLevel.HEADING_1),
          p("Agenda, Thursday 15 October 2026"),
          h("Forum officers 2026/27"),
          new Table({
            rows: [
              wrow([wcell("Role"), wcell("Councillor"), wcell("Political group")], true),
              wrow([wcell("Chair"), wcell("Cllr Ottilie Brackenbury"), wcell("Labour")]),
              wrow([wcell("Deputy Chairs", { rowSpan: 2 }), wcell("Cllr Lucan Petheridge"), wcell("Conservative")]),
              wrow([wcell("Cllr Marisol Ekwueme"), wcell("Liberal Democrat")]),
            ],
          }),
          h("Membership 2026/27"),
          new Table({
            rows: [
              wrow([wcell("Region"), wcell("Councillor"), wcell("Council"), wcell("Group"), wcell("Term ends")], true),
              wrow([wcell("North East", { rowSpan: 2 }), wcell("Cllr Ottilie Brackenbury"), wcell("Durham County Council"), wcell("Lab"), wcell("May 2027")]),
              wrow([wcell("Cllr Lucan Petheridge"), wcell("Northumberland County Council"), wcell("Con"), wcell("May 2028")]),
              wrow([wcell("South West"), wcell("Cllr Marisol Ekwueme"), wcell("Cornwall Council"), wcell("LD"), wcell("May 2029")]),
            ],
          }),
          h("Agenda"),
          new Table({
            rows: [
              wrow([wcell("Item"), wcell("Time"), wcell("Business")], true),
              wrow([wcell("1"), wcell("11.00"), wcell("Welcome and apologies")]),
              wrow([wcell("2"), wcell("11.10"), wcell([new Paragraph("Loneliness grants: allocations"), new Paragraph("Paper 2 – Tamsin Ruddock, Policy Adviser. For decision.")])]),
              wrow([
                wcell("3"),
                wcell("11.40"),
                wcell([
                  new Paragraph("Reports from outside bodies"),
                  new Table({ rows: [wrow([wcell("Body"), wcell("Representative")], true), wrow([wcell("Carers Trust"), wcell("Cllr Marisol Ekwueme")])] }),
                ]),
              ]),
            ],
          }),
          h("Loneliness grants: allocations"),
          new Table({
            rows: [
              wrow([wcell("Purpose of report"), wcell("For decision.")]),
              wrow([wcell("Recommendations"), wcell([new Paragraph("That the Forum:"), new Paragraph("(a) agrees the allocations in Table 1.")])]),
              wrow([
                wcell("Contact officer"),
                wcell([new Table({ rows: [wrow([wcell("Name"), wcell("Tamsin Ruddock")]), wrow([wcell("Position"), wcell("Policy Adviser")]), wrow([wcell("Phone"), wcell("020 7946 0999")])] })]),
              ]),
            ],
          }),
          h("Background"),
          p("1. The Forum's loneliness grants support twelve councils in 2026/27."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Wellbeing Forum minutes (markdown): substitutes "for" the members they stood in for, decisions in quoted blocks. */
export const wellbeingMinutesMd = `# Wellbeing Forum: minutes

**Meeting:** Thursday 15 October 2026, 11.00 am

## Attendance

**Members present**

- Cllr Ottilie Brackenbury (Chair)
- Cllr Lucan Petheridge (Deputy Chair)

**Substitutes**

- Cllr Horatio Quilliam, for Cllr Marisol Ekwueme

## 1. Welcome and apologies

Apologies and substitutes were noted as listed above.

## 2. Loneliness grants: allocations

Tamsin Ruddock introduced the report. Members asked for rural councils to be given priority.

> **Decision:** The Forum agreed the allocations in Table 1, with a condition that two of the twelve grants go to rural councils.

## 3. Chair's update

The Chair reported that she had visited the carers' hub in Wigan. The Forum's spring seminar will be held in Lincoln on 4 March 2027.
`;

/**
 * Wellbeing Forum budget page (HTML): a table whose header is two rows ("Budget 2026/27" over "Original |
 * Revised"), and recommendations as a numbered list whose numbers the browser draws.
 */
export const wellbeingBudgetHtml = `<!DOCTYPE html><html><head><title>Wellbeing Forum budget 2026/27 | LGA</title></head><body><main>
<h1>Wellbeing Forum budget 2026/27: monitoring at 31 August 2026</h1>
<h2>Recommendations</h2>
<p>That the Forum:</p>
<ol><li>notes the forecast outturn in Table 1; and</li><li>agrees a virement of £4,000 from the conference line to the grants line.</li></ol>
<table><caption>Table 1</caption>
<thead>
<tr><th rowspan="2">Budget line</th><th colspan="2">Budget 2026/27</th><th rowspan="2">Variance</th></tr>
<tr><th>Original</th><th>Revised</th></tr>
</thead>
<tbody>
<tr><th scope="row">Loneliness grants</th><td>£60,000</td><td>£64,000</td><td>£1,000</td></tr>
<tr><th scope="row">Annual conference</th><td>£20,000</td><td>£16,000</td><td>(£2,000)</td></tr>
</tbody></table>
</main></body></html>`;

/**
 * Wellbeing Forum progress report (plain text): its title names the quarter after the year ("2026/27:
 * progress at quarter 1"), and its risks are written as a heading and one paragraph of labelled sentences.
 */
export const wellbeingProgressTxt = `Wellbeing Forum work programme 2026/27: progress at quarter 1

Progress

1. Calls to the carers' advice line rose by a quarter in June, and only 71 per cent were answered within a day.

Risks to the work programme

WF-R1 Advice line demand
Risk: demand for the carers' advice line outgrows its contract. Likelihood x impact: 4x3=12 (amber). Owner: Tamsin Ruddock. Controls: extra advisers at peak times.
`;

// ---------------------------------------------------------------------------------------------------
// The Cycling Panel: plain-text minutes numbered within the year, and a dashboard whose statuses are
// images named by a legend.

/** Cycling Panel minutes (plain text): minutes numbered "7/27", attendance in fixed-width lists, apologies and substitutes in sentences. */
export const cyclingMinutesTxt = `LOCAL GOVERNMENT ASSOCIATION
CYCLING PANEL
MINUTES OF THE MEETING HELD ON WEDNESDAY 9 JUNE 2027
18 Smith Square, London SW1P 3HZ

PRESENT
  Cllr Wilhelmina Tapsfield (Chair)     Norwich City Council
  Cllr Barnabas Quennell                Cambridge City Council
  Cllr Ottoline Vardy                   York City Council

SUBSTITUTES
  Cllr Percival Oddington               Oxford City Council
  Cllr Jessamy Threlkeld                Bristol City Council

--------------------------------------------------------------------------------

7/27  Welcome, apologies and substitutes

      Apologies were received from Cllr Ignatius Fothergill, Cllr Rosalind Quarrie
      and Cllr Ambrose Nethercott. Cllr Percival Oddington attended as substitute
      for Cllr Fothergill, and Cllr Jessamy Threlkeld for Cllr Quarrie.

8/27  Cycle lane funding

      RESOLVED: That the Panel asks the Chair to write to the Minister about cycle lane funding.
`;

/** Cycling Panel dashboard (HTML): each status an image whose alt text is the colour; a legend names grey. */
export const cyclingDashboardHtml = `<!DOCTYPE html><html><head><title>Cycling Panel dashboard 2026/27</title></head><body><main>
<h1>Cycling Panel dashboard: year end 2026/27</h1>
<h2>Legend</h2>
<ul>
<li><b>Green</b> – target met or exceeded</li>
<li><b>Red</b> – target missed</li>
<li><b>Grey</b> – not rated: no target was set</li>
</ul>
<table><thead><tr><th>Ref</th><th>Indicator</th><th>Target</th><th>Year end</th><th>Status</th></tr></thead>
<tbody>
<tr><td>CYC-1</td><td>Councils with a cycling plan</td><td>100</td><td>112</td><td><img src="g.svg" alt="Green"></td></tr>
<tr><td>CYC-2</td><td>Cycle parking spaces funded</td><td>5,000</td><td>3,900</td><td><img src="r.svg" alt="Red"></td></tr>
<tr><td>CYC-3</td><td>Councils using the route planner</td><td>–</td><td>38</td><td><img src="grey.svg" alt="Grey"></td></tr>
</tbody></table>
<h2>Month by month</h2>
<table><thead><tr><th>Indicator</th><th>Apr</th><th>May</th><th>Jun</th><th>Jul</th></tr></thead>
<tbody><tr><th scope="row">CYC-4 Cycle training places booked</th><td>40</td><td>95</td><td>61</td><td>12</td></tr></tbody></table>
</main></body></html>`;
