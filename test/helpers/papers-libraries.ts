/**
 * Fixture papers of a Libraries Panel, each in a layout of its own: a Word agenda whose table puts a time
 * column before the item numbers, with its exempt part in a table of its own and its contact officer only
 * in the page footer; an email sent round as a note of an informal meeting (attendees and apologies as
 * lines, the meeting's day only in the subject); and a web page whose <title> is the body's name, a dash,
 * then what the page is, with its author and contact as labelled lines. Everything in them is invented.
 */
import { Document, Footer, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

const FOOTER_CONTACT = "Contact officer: Perpetua Langridge, Senior Adviser (Libraries) – 020 7946 0612 – perpetua.langridge@local.gov.uk";

const row = (cells: string[], bold = false) =>
  new TableRow({ children: cells.map((c) => new TableCell({ width: { size: 2200, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })) });

const agendaTable = (rows: string[][]) => new Table({ rows: [row(["Time", "Item", "Business", "Presenter"], true), ...rows.map((r) => row(r))] });

/** A Word agenda: "Time | Item | Business | Presenter", Part A and Part B apart, the contact in the footer. */
export async function librariesAgendaDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph(FOOTER_CONTACT), new Paragraph("Page 1")] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: "Libraries Panel", bold: true, size: 36 })] }),
          new Paragraph("Agenda for the meeting on Wednesday 9 December 2026 at 10.30am, 18 Smith Square, London SW1P 3HZ"),
          new Paragraph({ children: [new TextRun({ text: "Part A – open business", bold: true })] }),
          agendaTable([
            ["10.30", "1", "Welcome, apologies and declarations of interest", "Cllr Marisol Ebbage (Chair)"],
            ["10.40", "2", "Library opening hours survey 2026", "Perpetua Langridge, Senior Adviser"],
            ["11.10", "3", "Reading champions programme: year two", "Cllr Tobias Wellbeloved"],
          ]),
          new Paragraph({ children: [new TextRun({ text: "Part B – exempt items (not for publication)", bold: true })] }),
          agendaTable([["11.40", "4", "Book supply framework: commercial terms", "Perpetua Langridge, Senior Adviser"]]),
          new Paragraph({ children: [new TextRun({ text: "Item 2", bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: "Library opening hours survey 2026", bold: true, size: 28 })] }),
          new Paragraph("Purpose: For discussion."),
          new Paragraph("Summary"),
          new Paragraph("The survey found that 61 councils cut library opening hours in 2026, most of them by less than a tenth."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** An email sent round as the note of an informal meeting: the day it was held only in its subject. */
export const librariesEmailNote = `From: Perpetua Langridge <perpetua.langridge@local.gov.uk>
To: Cllr Marisol Ebbage; Cllr Tobias Wellbeloved; Cllr Ngozi Haverstock
Cc: Lucan Threlfall
Date: Tue, 24 Nov 2026 16:05:10 +0000
Subject: Note of informal meeting with the publishers - Fri 20 Nov

Dear all,

Below is a short note of Friday's informal meeting with the publishers' association. Nothing was decided on the Panel's behalf.

Attendees: Cllr Marisol Ebbage (Kirklees), Cllr Tobias Wellbeloved (Norfolk), Perpetua Langridge (LGA), Dr Imogen Castlereagh (Publishers' Association)
Apologies: Cllr Ngozi Haverstock (Croydon)

Notes
The publishers offered a discount of 12 per cent on e-book licences for councils that join the framework. The offer lapses at the end of March 2027 unless the framework is signed.

Perpetua
`;

/** A web page whose title is the body, a dash, then what the page is; its author and contact labelled. */
export const librariesPerformanceHtml = `<!DOCTYPE html><html><head><title>Libraries Panel – Quarterly performance report: Quarter 2 2026/27</title></head><body><main>
<h1>Libraries Panel</h1>
<p class="subtitle">Quarterly performance report: Quarter 2 2026/27</p>
<p>Report author: Augustin Pemberthy, Performance Analyst</p>
<h2>Measures</h2>
<table><thead><tr><th>Ref</th><th>Measure</th><th>Target</th><th>Actual</th><th>Status</th></tr></thead>
<tbody>
<tr><td>LP-01</td><td>Councils taking part in the reading champions programme</td><td>40</td><td>43</td><td>Green</td></tr>
<tr><td>LP-02</td><td>Library staff trained in digital skills</td><td>600</td><td>412</td><td>Red</td></tr>
</tbody></table>
<h2>Volunteers</h2>
<p>Volunteers gave 8,940 hours to library outreach in the quarter. Most of the hours went to home delivery services for housebound readers. The rest went to homework clubs.</p>
<p>Contact: Augustin Pemberthy, Performance Analyst, 020 7946 0633, augustin.pemberthy@local.gov.uk</p>
</main></body></html>`;

/** PDF minutes with the minute numbers in a margin column, each minute's paragraphs run together beside it. */
export function librariesMinutesPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(14).text("Libraries Panel", 50, 50);
    doc.font("Helvetica").fontSize(10).text("Minutes of the meeting held on Wednesday 9 December 2026", 50, 72);
    const minutes: [string, string, string][] = [
      ["11/26", "Declarations of interest", "Cllr Orla Penhallow declared that she is a trustee of the Kernow Reading Trust, a charity. No other declarations were made."],
      ["12/26", "Welcome and apologies", "The Chair welcomed members. Apologies were received from Cllr Ngozi Haverstock."],
      [
        "13/26",
        "Reading champions programme: year two",
        "Cllr Tobias Wellbeloved introduced the report, which set out the second year of the programme. Members asked that small libraries be included. RESOLVED that: (1) the report be noted; and (2) the programme be extended to 60 councils in 2027/28.",
      ],
      [
        "14/26",
        "Library opening hours survey 2026",
        "Augustin Pemberthy, Performance Analyst, Libraries Unit, introduced the survey findings. Members discussed the reasons for shorter hours. RESOLVED that the findings be published in January 2027.",
      ],
    ];
    let y = 110;
    for (const [number, title, body] of minutes) {
      doc.font("Helvetica-Bold").text(number, 50, y);
      doc.text(title, 110, y, { width: 430 });
      y = doc.y + 4;
      doc.font("Helvetica").text(body, 110, y, { width: 430 });
      y = doc.y + 12;
    }
  });
}

/** Terms of reference whose membership table has a column for a working group, party headings across it. */
export const librariesMembershipMd = `# Libraries Panel: terms of reference and membership 2026/27

## Membership 2026/27

| Councillor | Council | Role | Reading Champions Steering Group |
|---|---|---|---|
| **Labour group** | | | |
| Cllr Marisol Ebbage | Kirklees Council | Chair | – |
| Cllr Ngozi Haverstock | Croydon Council | Member | Chair |
| **Conservative group** | | | |
| Cllr Tobias Wellbeloved | Norfolk County Council | Vice-Chair | Member |
| Cllr Fenwick Ashdown | Surrey County Council | Member | – |
| **Liberal Democrat group** | | | |
| Cllr Orla Penhallow | Cornwall Council | Member | Member |

## Substitutes 2026/27

| Group | Substitute | Council |
|---|---|---|
| Labour group | Cllr Idris Mawdsley | Wigan Council |
| Conservative group | Cllr Henrietta Quarles | Rutland County Council |
`;

/** A markdown tracker of recommendations, each row short enough to quote whole. */
export const librariesTrackerMd = `# Libraries Panel: audit recommendations tracker at 30 November 2026

| Ref | Recommendation | Responsible officer | Due | Status |
|---|---|---|---|---|
| LA-01 | Reconcile the book fund to the ledger every month | Finance Business Partner | 30 June 2026 | Implemented |
| LA-02 | Keep a register of interests for grant panels | Head of Libraries Policy | 31 August 2026 | Overdue |
| LA-03 | Publish the scoring criteria for grants | Senior Adviser (Libraries) | 31 October 2026 | Overdue |
| LA-04 | Check bank details by telephone before paying | Finance Business Partner | 31 January 2027 | Not yet due |
`;

/** A performance report whose measures are blocks: a titled line, a table of one row, labelled lines. */
export const librariesMeasuresMd = `# Libraries Panel: performance report, Quarter 3 2026/27

## Key

| Status | Colour | What it means |
|---|---|---|
| On target | Green | At or better than the target |
| Slippage | Amber | Below target by up to 20 per cent |

## Measures

LP-05 Library visits per 1,000 residents

| Target | Actual | Status | Trend |
|---|---|---|---|
| 2,400 visits | 2,150 visits | Slippage | Worsening |

Lead officer: Augustin Pemberthy

Commentary: Two branches closed for repairs in November.

LP-06 Councils offering e-book loans

| Target | Actual | Status | Trend |
|---|---|---|---|
| 300 councils | 312 councils | On target | Improving |

Lead officer: Perpetua Langridge

Commentary: Twelve councils joined the e-book framework in the quarter.

LP-07 Reading champions trained

| Target | Actual | Status | Trend |
|---|---|---|---|
| 150 champions | 151 champions | On target | No change |

Lead officer: Perpetua Langridge

Commentary: Training ran as planned.
`;

/** A paper of one round's grants, with a total row. */
export const librariesGrantsMd = `# Libraries Panel: reading fund round 2 allocations

## Table 1: Reading fund round 2 grants

| Council | Project | Grant (£) |
|---|---|---|
| Kirklees Council | Mobile library for rural villages | 40,000 |
| Norfolk County Council | Reading groups in care homes | 25,000 |
| Croydon Council | Homework clubs in three branches | 18,500 |
| Cornwall Council | Audio books for housebound readers | 12,000 |
| TOTAL | 4 grants | 95,500 |

## Round 3

Decision: To open round 3 of the reading fund on 1 March 2027 with £60,000 available. Bids are scored on the number of new readers reached (60 per cent) and cost per reader (40 per cent).
`;

/** Minutes whose attendance is ticked in a column for each way of attending. */
export const librariesJanuaryMinutesMd = `# Libraries Panel

## Minutes of the meeting held on Wednesday 20 January 2027

### Attendance

| Councillor | Council | Group | In the room | Online | Apologies |
|---|---|---|---|---|---|
| Cllr Ngozi Haverstock (Chair) | Luton Council | Lab | ✓ | | |
| Cllr Tobias Wellbeloved | Dorset Council | Con | | ✓ | |
| Cllr Orla Penhallow | Cornwall Council | LD | | | ✓ |
| Cllr Fenwick Ashdown | Essex County Council | Con | ✓ | | |
| Cllr Marisol Ebbage (for Cllr Penhallow) | Devon County Council | LD | ✓ | | |

### 1 Apologies

1.1 Apologies were received from Cllr Orla Penhallow, for whom Cllr Marisol Ebbage attended as substitute.
`;

/** A log of decisions written as mail headers, values folded onto indented lines. */
export const librariesDecisionLogTxt = `Document: Decision log - decisions taken between meetings
Body: Libraries Panel, Local Government Association
Maintained-By: Perpetua Langridge, Senior Adviser (Libraries)
Last-Updated: Fri, 5 Feb 2027

Reference: LPD 27/01
Date: Tue, 2 Feb 2027
Decision-Maker: Cllr Ngozi Haverstock, Chair, after consulting the
 Vice-Chair
Decision: To extend the reading champions pilot to twelve more
 councils, at a cost of £18,400 from the reading fund contingency.
Status: Implemented
`;

/** A risk register exported from a spreadsheet as CSV: title lines padded with commas, quoted cells. */
export const archivesRiskCsv = [
  "\ufeffPublic Archives and Records Panel - programme risk register,,,,,,,",
  "Position at 28/02/2027,,,,,,,",
  ",,,,,,,",
  "Ref,Risk,Owner,Likelihood,Impact,Score,Rating,Trend",
  'PAR-01,"Digitisation projects slip, so grants are carried forward",Imelda Cartwright,4,5,20,Very high,Increasing',
  'PAR-02,"Councils close search rooms, cutting public access",Imelda Cartwright,4,3,12,High,Stable',
  'PAR-03,"Supplier delay on the catalogue standard (""CAT-2"")",Bartholomew Inkpen,3,3,9,Medium,Increasing',
  "PAR-04,Low take-up of the records training,Bartholomew Inkpen,2,2,4,Low,Decreasing",
].join("\r\n");

/** A paper whose risks are list items with their fields as items under them, under underlined headings. */
export const archivesRisksMd = `Heritage Skills Panel: programme risks
======================================

June 2027 update – item 6, Wednesday 16 June 2027

How risks are scored
--------------------

* 12 to 25 – high: reviewed every month;
* 1 to 11 – low: reviewed every quarter.

Open risks
----------

* **ARC-01 Volunteers for the cataloguing backlog are not found in time** – Likelihood: 3,
  Impact: 4 (March: 4, 4)
    - Owner: Imelda Cartwright
    - Controls:
        + a volunteer drive with county record offices, launched on
          3 May 2027;
        + monthly figures from every record office.
    - Direction: rising
* **ARC-02 Damp in the strongroom damages records** – Likelihood: 2, Impact: 5
    - Owner: Bartholomew Inkpen
    - Controls:
        + dehumidifiers in both strongrooms.
    - Direction: no change
`;

/** A business plan whose quarter columns hold only symbols explained by a key, its quarter said under the title. */
export const heritagePlanMd = `# Heritage Skills Panel: business plan 2026/27

## Progress at the end of Quarter 2 (1 April to 30 September 2026)

### Key

| Symbol | Meaning |
|---|---|
| ✓ | Milestone met in the quarter |
| ✗ | Milestone missed in the quarter |
| ○ | Milestone due in a later quarter |

| Ref | Commitment | Lead | Q1 | Q2 | Q3 | Q4 |
|---|---|---|---|---|---|---|
| HS-01 | Run two masonry apprenticeships | JB | ✓ | ✓ | ○ | ○ |
| HS-02 | Publish a lime mortar guide | AL | ✓ | ✗ | ○ | ○ |
| HS-03 | Train 40 heritage wardens | JB | ✗ | ✓ | ○ | ○ |

## How to read the milestone table

| Status | Milestones | Indicators |
|---|---|---|
| D | Delivered | – |
| G | On schedule | Expected to meet the year-end target |
| A | At risk of missing the due date | At risk of missing the year-end target |
| R | Missed the due date | Will miss the year-end target |

| Ref | Milestone | Lead officer | Status |
|---|---|---|---|
| HSM-01 | Apprenticeship framework agreed | Jo Bloggs | D |
| HSM-02 | Guide drafted | Al Lane | A |
| HSM-03 | Wardens' course booked | Jo Bloggs | R |
`;

