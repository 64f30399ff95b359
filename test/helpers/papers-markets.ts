/**
 * Fixture papers of an invented body, the Street Markets Panel, in layouts the other fixtures do not use: a
 * static-site generator's page (TOML front matter, ratings only as shortcodes, a key of coloured dots in
 * words); notes exported from a meeting-notes app (attendees one row of spans each with an "Attendance:"
 * field, action items as check boxes with an @assignee and a US-style due date); and a pivot table printed
 * to PDF, ruled only above its subtotals. Everything here is made up.
 */
import { pdfBuffer } from "./papers.js";

export const marketsTrackerMd = `+++
title = "Work programme tracker: Quarter 2 2071/72"
date = 2071-11-02T09:30:00Z
[params]
  panel = "Street Markets Panel"
  meeting = 2071-11-18
  author = "Crispin Vellacott"
[[resources]]
  src = "files/tracker.xlsx"
  title = "Tracker workbook"
+++

## Ratings

- {{< status "green" >}} on course – will be delivered by the due date
- {{< status "amber" >}} at risk – may miss the due date
- {{< status "red" >}} off course – will miss the due date
- {{< status "grey" >}} not started – not due to start yet

## Workstream A

| Ref | Action | Lead officer | Due | Q1 | Q2 | Progress |
|-----|--------|--------------|-----|:--:|:--:|----------|
| SM-A1 | Model licence conditions for market traders | Crispin Vellacott | 31 Dec 2071 | {{< status "green" >}} | {{< status "amber" >}} | Draft with lawyers. |
| SM-A2 | Survey of market rents | Odile Fairbrass | 30 Nov 2071 | {{< status "green" >}} | {{< status "red" >}} | Only 40 replies. |
| SM-A3 | Night markets guidance | Odile Fairbrass | 31 Mar 2072 | {{< status "grey" >}} | {{< status "grey" >}} | Not due to start. |
`;

export const marketsNotesHtml = `<!DOCTYPE html><html><head><title>Street Markets Panel – Nov 18, 2071 – NoteDesk</title></head><body>
<div class="nd-page">
<div class="nd-meeting-title">Street Markets Panel</div>
<div class="nd-when">Tue, Nov 18, 2071 · 10:30 AM – 12:00 PM GMT</div>
<div class="nd-section-title">Attendees · 4</div>
<div class="nd-group-title">Members</div>
<div class="nd-person"><span class="nd-name">Cllr Rosalind Petheram</span><span class="nd-chip">Chair</span><span class="nd-invite">Invite: Accepted</span><span class="nd-attendance">Attendance: Present</span></div>
<div class="nd-person"><span class="nd-name">Cllr Absalom Trewin</span><span class="nd-invite">Invite: Accepted</span><span class="nd-attendance">Attendance: Absent – no apologies received</span></div>
<div class="nd-person"><span class="nd-name">Cllr Imelda Frogley</span><span class="nd-invite">Invite: Tentative</span><span class="nd-attendance">Attendance: Online – joined 11:05 AM</span></div>
<div class="nd-group-title">Officers</div>
<div class="nd-person"><span class="nd-name">Odile Fairbrass</span><span class="nd-chip">Senior Adviser</span><span class="nd-invite">Invite: Accepted</span><span class="nd-attendance">Attendance: Present</span></div>
<div class="nd-section-title">Agenda and notes</div>
<div class="nd-topic"><div class="nd-topic-head"><span class="nd-topic-no">1</span><span class="nd-topic-title">Market rents survey</span></div>
<div class="nd-block-title">Notes</div>
<ul><li>Odile Fairbrass introduced the report on market rents.</li></ul>
<div class="nd-block-title">Decisions</div>
<div class="nd-decision">✔ Agreed to extend the survey to 31 January 2072.</div>
<div class="nd-block-title">Action items</div>
<div class="nd-action nd-done"><input type="checkbox" disabled checked><span class="nd-action-text">Write to the councils that have not replied</span><span class="nd-assignee">@Odile Fairbrass</span><span class="nd-due">Due Nov 25, 2071</span><span class="nd-chip">Done Nov 20</span></div>
<div class="nd-action"><input type="checkbox" disabled><span class="nd-action-text">Report the survey results</span><span class="nd-assignee">@Crispin Vellacott</span><span class="nd-due">Due Feb 10, 2072</span></div>
</div>
<div class="nd-topic"><div class="nd-topic-head"><span class="nd-topic-no">2</span><span class="nd-topic-title">Licence conditions</span></div>
<div class="nd-block-title">Notes</div>
<ul><li>Crispin Vellacott introduced the draft conditions.</li></ul>
<div class="nd-block-title">Decisions</div>
<div class="nd-decision">✔ Agreed the draft conditions for consultation.</div>
</div>
</div></body></html>`;

/** A pivot table printed to PDF: a region on the first row of its group only, a rule above each subtotal. */
export function marketsPivotPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(12).text("Market pitch fees 2071/72 – Quarter 2", 40, 40);
      const cols = [40, 150, 330, 450, 560];
      const rows: [string, string, string, string, string, boolean][] = [
        ["Region", "Council", "Market", "Pitches", "Fees (£)", true],
        ["East", "Norwich City Council", "Norwich Provision Market", "190", "412,300", false],
        ["", "Ipswich Borough Council", "Ipswich Market", "84", "96,100", false],
        ["", "", "Ipswich Sunday Market", "40", "31,500", false],
        ["East Total", "", "", "314", "539,900", true],
        ["North", "Leeds City Council", "Kirkgate Market", "420", "1,204,000", false],
        ["", "Bury Council", "Bury Market", "350", "880,400", false],
        ["North Total", "", "", "770", "2,084,400", true],
        ["Grand Total", "", "", "1,084", "2,624,300", true],
      ];
      let y = 80;
      for (const [a, b, c, d, e, bold] of rows) {
        if (/Total/.test(a)) doc.moveTo(40, y - 3).lineTo(640, y - 3).lineWidth(0.8).stroke();
        doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
        [a, b, c, d, e].forEach((t, k) => t && doc.text(t, cols[k]!, y, { lineBreak: false }));
        y += 14;
      }
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}

/**
 * The Panel's membership as Word rebuilds it from a printed PDF: one printed line a table row, so a name or
 * a council that wrapped goes on in the next row with the other cells empty; the groups' headings are rows too.
 */
export async function marketsMembershipDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } = await import("docx");
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph(c)] })) });
  const rows = [
    ["Councillor", "Council", "Political group", "Role"],
    ["Cllr Rosalind Petheram", "Stockport Metropolitan", "Labour", "Chair"],
    ["", "Borough Council", "", ""],
    ["Cllr Absalom", "Broxbourne Borough", "Conservative", "Member"],
    ["Trewin", "Council", "", ""],
    ["Cllr Imelda Frogley", "Leeds City Council", "Liberal Democrat", "Member"],
    ["Independent group", "", "", ""],
    ["Cllr Ebenezer Quist", "Bury Council", "Independent", "Member"],
  ];
  const doc = new Document({
    sections: [{ children: [new Paragraph("Street Markets Panel – membership 2071/72"), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map(row) })] }],
  });
  return Packer.toBuffer(doc);
}

/**
 * Rent collection printed from a spreadsheet to a portrait PDF: figures and their two-line headers set
 * right ("Rent" over "billed (£)"), so close that "Rent" and "Collection rate" are one run of text on the
 * header's first line; a filter field above the header; a region only on its group's first row; subtotal
 * rows "<region> Total".
 */
export function marketsRentPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(12).text("Market rent collection 2071/72 – Quarter 2", 40, 40);
      // (The pivot's filter fields above it, a label and a value each.)
      doc.font("Helvetica-Bold").fontSize(9).text("Quarter", 40, 56, { lineBreak: false });
      doc.font("Helvetica").text("Q2", 120, 56, { lineBreak: false });
      const right = [300, 380, 446, 506];
      const header: [string, string][] = [["Rent", "billed (£)"], ["Rent", "collected (£)"], ["Collection rate", ""], ["Stalls", "let"]];
      doc.font("Helvetica-Bold").fontSize(9);
      doc.text("Region", 40, 80, { lineBreak: false });
      doc.text("Market", 120, 80, { lineBreak: false });
      header.forEach(([a, b], k) => {
        doc.text(a, right[k]! - doc.widthOfString(a), 80, { lineBreak: false });
        if (b) doc.text(b, right[k]! - doc.widthOfString(b), 90, { lineBreak: false });
      });
      const rows: [string, string, string, string, string, string][] = [
        ["East", "Norwich Provision Market", "98,400", "91,200", "92.7%", "188"],
        ["", "Ipswich Market", "40,100", "29,700", "74.1%", "80"],
        ["East Total", "", "138,500", "120,900", "87.3%", "268"],
        ["North", "Bury Market", "120,600", "110,300", "91.5%", "341"],
        ["", "Kirkgate Market", "210,800", "177,900", "84.4%", "402"],
        ["North Total", "", "331,400", "288,200", "87.0%", "743"],
        ["Grand Total", "", "469,900", "409,100", "87.1%", "1,011"],
      ];
      let y = 108;
      for (const row of rows) {
        const total = /Total/.test(row[0]);
        if (total) doc.moveTo(40, y - 3).lineTo(520, y - 3).lineWidth(0.6).stroke();
        doc.font(total ? "Helvetica-Bold" : "Helvetica").fontSize(9);
        if (row[0]) doc.text(row[0], 40, y, { lineBreak: false });
        if (row[1]) doc.text(row[1], 120, y, { lineBreak: false });
        row.slice(2).forEach((t, k) => doc.text(t, right[k]! - doc.widthOfString(t), y, { lineBreak: false }));
        y += 13;
      }
    },
    { size: "A4", margin: 40 },
  );
}

/**
 * Two pivot tables saved as CSV: filter fields above each ("Cost centre,4471"), a budget by line, and a
 * count of ballots with a column per year ("Row Labels,,2069,2070,2071,Grand Total") and outcomes nested
 * under each kind of ballot.
 */
export const marketsPivotsCsv = [
  "# Street Markets Panel: budget and ballots pivots 2071/72",
  "Cost centre,4471 Markets Panel,,,",
  "Period,(Multiple Items),,,",
  "Row Labels,Sum of Budget 2071/72,Sum of Actual to P6,Sum of Forecast outturn,Sum of Variance",
  "Market surveys,12000,4100,11500,500",
  "Traders' training,8000,2600,9100,-1100",
  "Grand Total,20000,6700,20600,-600",
  "",
  "Count of Ballot ref,Column Labels,,,",
  "Row Labels,2069,2070,2071,Grand Total",
  "New market,2,1,3,6",
  "Relocation,4,2,5,11",
  "Grand Total,6,3,8,17",
  "",
].join("\n");

/**
 * A paper's front sheet as Word rebuilds it from a printed PDF: one printed line a table row, so a label
 * that wrapped ("Purpose of" / "report") goes on alone in the next row, and values run over rows of their own.
 */
export async function marketsFeeCapPaperDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableCell, TableRow, WidthType } = await import("docx");
  const row = (cells: string[]) => new TableRow({ children: cells.map((c, k) => new TableCell({ width: { size: k === 0 ? 30 : 70, type: WidthType.PERCENTAGE }, children: [new Paragraph(c)] })) });
  const rows = [
    ["Purpose of", "For decision."],
    ["report", ""],
    ["Summary", "Pitch fees rose by a fifth in two years. This report proposes a cap"],
    ["", "on pitch fee rises for the traders' model licence."],
    ["Is this report", "No"],
    ["confidential?", ""],
    ["Recommendations", "That the Panel agrees a cap of 4 per cent a year on pitch fee rises."],
    ["Contact officer:", "Odile Fairbrass"],
    ["Position:", "Adviser, Markets and Town Centres"],
    ["Phone no:", "020 7946 0771"],
    ["Email:", "odile.fairbrass@local.gov.uk"],
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph("Street Markets Panel 18 November 2071"),
          new Paragraph("Item 5"),
          new Paragraph({ text: "Pitch fee cap", heading: HeadingLevel.HEADING_1 }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map(row) }),
          new Paragraph("Background"),
          new Paragraph("1. Councils set pitch fees each April."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
