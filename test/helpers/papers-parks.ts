/**
 * Fixture papers of a Parks Panel, each in a layout of its own: a PDF annual report whose key figures
 * table sets its figures right (so they start at different places) under year headers; a Word record of
 * decisions whose titles Word numbers, each with labelled lines and a dated status ("Status at 1 May 2026:
 * Superseded."); a markdown action log whose tables are written in HTML; a web page saved from Word in
 * Windows-1252 whose scorecard is scored 1 to 4 by a key in words; and a dashboard whose only contact is
 * its data owner. Everything in them is invented.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { pdfBuffer } from "./papers.js";

export const PARKS_KEY_FIGURES: [string, string, string][] = [
  ["Parks with a friends group", "118", "163"],
  ["Volunteer days recorded", "1,204", "1,622"],
  ["Play areas refurbished", "38", "45"],
  ["Tree planting schemes supported", "84", "97"],
];

/** Parks Panel annual report (PDF): prose, then a key figures table set right under "2024/25 | 2025/26". */
export function parksAnnualReportPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(14).text("Parks Panel: annual report 2025/26", 50, 50);
    doc.font("Helvetica").fontSize(10).text("This is the Panel's report on its work in 2025/26, for the meeting of 3 June 2026.", 50, 80, { width: 480 });
    doc.font("Helvetica-Bold").fontSize(11).text("Key figures 2025/26", 50, 120);
    doc.font("Helvetica-Bold").fontSize(9);
    doc.text("Measure", 56, 142, { lineBreak: false });
    doc.text("2024/25", 380, 142, { width: 60, align: "right", lineBreak: false });
    doc.text("2025/26", 460, 142, { width: 60, align: "right", lineBreak: false });
    doc.font("Helvetica").fontSize(9);
    PARKS_KEY_FIGURES.forEach(([measure, before, now], k) => {
      const y = 161 + 19 * k;
      doc.text(measure, 56, y, { lineBreak: false });
      doc.text(before, 380, y, { width: 60, align: "right", lineBreak: false });
      doc.text(now, 460, y, { width: 60, align: "right", lineBreak: false });
    });
    doc.font("Helvetica").fontSize(10).text("The Panel thanks every volunteer who gave their time in 2025/26.", 50, 260, { width: 480 });
  });
}

const label = (name: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${name}: `, bold: true }), new TextRun(value)] });
const numbered = (text: string) => new Paragraph({ numbering: { reference: "decisions", level: 0 }, children: [new TextRun({ text, bold: true })] });

/** Parks Panel record of decisions taken between meetings (Word): titles numbered by Word, labelled lines under each. */
export async function parksDecisionsDocx(): Promise<Buffer> {
  const decision = (title: string, ref: string, taken: string, what: string, reasons: string, status: string) => [
    numbered(title),
    label("Reference", ref),
    label("Date of decision", taken),
    label("Decision", what),
    label("Reasons", reasons),
    new Paragraph({ children: [new TextRun({ text: "Status at 1 May 2026: ", bold: true }), new TextRun(status)] }),
  ];
  const doc = new Document({
    numbering: { config: [{ reference: "decisions", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: "Parks Panel: decisions taken between meetings", bold: true, size: 32 })] }),
          label("Meeting", "Parks Panel, Wednesday 3 June 2026"),
          new Paragraph("The Chair took three decisions between the meetings of 4 February and 3 June 2026."),
          ...decision("Friends groups grant: later closing date", "PPD 26/01", "Tuesday 10 February 2026", "To extend the closing date for bids to 13 March 2026.", "Several councils could not get bids approved in time.", "Implemented."),
          ...decision("Parks conference 2026: venue and date", "PPD 26/02", "Monday 2 March 2026", "To hold the parks conference at the Riverside Hall, Derby, on 8 October 2026.", "The venue offered the lowest price of the three quoted.", "Superseded. The venue cancelled the booking; a new date goes to the Panel on 3 June 2026."),
          ...decision("Play areas survey: contract", "PPD 26/03", "Friday 20 March 2026", "To award the play areas survey contract to Meadowline Research Ltd for £18,400.", "Its bid was the lowest of the compliant bids.", "In progress. Fieldwork starts in May."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Parks Panel action log (markdown): the actions of each meeting in a table written in HTML. */
export const parksActionLogMd = `# Parks Panel: action log

**Updated:** 20 May 2026

## Actions from the meeting of 4 February 2026

<table>
<thead>
<tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
</thead>
<tbody>
<tr>
<td>PKA-01</td><td>Write to councils about the friends groups grant</td>
<td>Imogen Tarrant</td><td>28 February 2026</td><td><strong>Closed</strong></td>
</tr>
<tr>
<td>PKA-02</td><td>Publish the guide to running a parks volunteer day</td>
<td>Imogen Tarrant</td><td>30 April 2026</td><td><strong>Open</strong></td>
</tr>
<tr>
<td>PKA-03</td><td>Report on the cost of play area inspections<br>to the June meeting</td>
<td>Cllr Hal Brightwater</td><td>3 June 2026</td><td><strong>Open</strong></td>
</tr>
</tbody>
</table>
`;

/**
 * Parks Panel scorecard (a web page saved from Word, Windows-1252): a key scoring measures 1 to 4 in words
 * ("Score 1 – Well below"), dashes and quotes as Windows-1252 bytes, and a table whose Score column holds
 * only the numbers.
 */
export function parksScorecardHtml(): Buffer {
  const html = `<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><title>Parks Panel scorecard</title></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle>Parks Panel scorecard: Quarter 1 2026/27</p>
<p class=MsoNormal>Each measure is scored against its milestone for the quarter:</p>
<p class=MsoNormal>· Score 4 – Exceeding: more than 5 per cent above the milestone.</p>
<p class=MsoNormal>· Score 3 – Meeting: at the milestone or up to 5 per cent above it.</p>
<p class=MsoNormal>· Score 2 – Below: up to 15 per cent below the milestone.</p>
<p class=MsoNormal>· Score 1 – Well below: more than 15 per cent below the milestone.</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td width=80><p class=MsoNormal><b>Ref</b></p></td><td width=300><p class=MsoNormal><b>Measure</b></p></td><td width=80><p class=MsoNormal><b>Milestone</b></p></td><td width=80><p class=MsoNormal><b>Actual</b></p></td><td width=60><p class=MsoNormal><b>Score</b></p></td></tr>
<tr><td><p class=MsoNormal>PKS-01</p></td><td><p class=MsoNormal>Parks with a friends group</p></td><td><p class=MsoNormal>150</p></td><td><p class=MsoNormal>163</p></td><td><p class=MsoNormal>4</p></td></tr>
<tr><td><p class=MsoNormal>PKS-02</p></td><td><p class=MsoNormal>Volunteer days recorded</p></td><td><p class=MsoNormal>500</p></td><td><p class=MsoNormal>380</p></td><td><p class=MsoNormal>1</p></td></tr>
<tr><td><p class=MsoNormal>PKS-03</p></td><td><p class=MsoNormal>Play areas refurbished</p></td><td><p class=MsoNormal>12</p></td><td><p class=MsoNormal>11</p></td><td><p class=MsoNormal>2</p></td></tr>
<tr><td><p class=MsoNormal>PKS-04</p></td><td><p class=MsoNormal>Tree planting schemes supported</p></td><td><p class=MsoNormal>20</p></td><td><p class=MsoNormal>20</p></td><td><p class=MsoNormal>3</p></td></tr>
</table>
<p class=MsoNormal>The volunteer days measure is behind because the spring “Parks Week” was cancelled.</p>
</div></body></html>`;
  // (Windows-1252 writes the dash and the curly quotes as single bytes in 0x80-0x9F.)
  const cp1252: Record<string, number> = { "–": 0x96, "“": 0x93, "”": 0x94 };
  return Buffer.from([...html].map((c) => cp1252[c] ?? c.charCodeAt(0)));
}

/** Parks Panel dashboard (HTML): the only person named is its data owner, in a line of labels. */
export const parksDashboardHtml = `<!DOCTYPE html><html><head><title>Parks Panel dashboard: quarter 1 2026/27</title></head><body><main>
<h1>Parks Panel dashboard: quarter 1 2026/27</h1>
<ul class="chips"><li>Period: April to June 2026</li><li>Data owner: Ottilie Fenwright, Data Analyst</li></ul>
<p>The dashboard shows the Panel's measures for the first quarter of 2026/27.</p>
</main></body></html>`;

/** Parks Panel forward plan (HTML): each meeting's date a row of its own over its items, whose first cells are empty. */
export const parksForwardPlanHtml = `<!DOCTYPE html><html><head><title>Parks Panel forward plan 2026/27</title></head><body><main>
<h1>Parks Panel: forward plan 2026/27</h1>
<p>Decision: the Panel is asked to agree a recommendation.</p>
<p>Information: for noting.</p>
<table>
<thead><tr><th>Meeting date</th><th>Item</th><th>Lead officer</th><th>Purpose</th></tr></thead>
<tbody>
<tr><td colspan="4"><strong>Wednesday 9 December 2026</strong></td></tr>
<tr><td></td><td>Play areas survey: findings</td><td>Imogen Tarrant</td><td>Information</td></tr>
<tr><td></td><td>Friends groups grant: round 2 awards</td><td>Imogen Tarrant</td><td>Decision</td></tr>
<tr><td></td><td>Parks conference 2027: programme</td><td>Hal Brightwater</td><td>Discussion</td></tr>
<tr><td colspan="4"><strong>Wednesday 10 March 2027</strong></td></tr>
<tr><td></td><td>Budget 2027/28</td><td>Ferdy Lusk</td><td>Decision</td></tr>
<tr><td></td><td>Volunteer days: a new target</td><td>Imogen Tarrant</td><td>Decision</td></tr>
<tr><td></td><td>Tree planting schemes: update</td><td>Hal Brightwater</td><td>Information</td></tr>
</tbody>
</table>
</main></body></html>`;

/** Parks Panel budget monitoring (markdown): lines rated by RAG, and a total row. */
export const parksBudgetMd = `# Parks Panel: budget monitoring at 31 August 2026

| Budget line | Annual budget | Spend to date | Forecast outturn | Variance | RAG |
|---|---|---|---|---|---|
| Friends groups grant | 60,000 | 21,000 | 60,000 | 0 | Green |
| Play areas survey | 18,400 | 4,000 | 24,000 | 5,600 | Red |
| Parks conference | 12,000 | 1,000 | 11,000 | (1,000) | Amber |
| Total | 90,400 | 26,000 | 95,000 | 4,600 | |
`;

/**
 * Parks Panel risk register (markdown): the owner first, the current likelihood and impact by their letters
 * ("Current L", "Current I") beside a consequence in words, no current score (it is L × I), a target score,
 * and the bands as lines of a key ("Severe: a score of 20 to 25").
 */
export const parksRiskRegisterMd = `# Parks Panel: risk register at 31 August 2026

| Owner | Ref | Risk | Consequence | Current L | Current I | Target score |
|---|---|---|---|---|---|---|
| Imogen Tarrant | PKR-01 | Friends groups grant is not spent by March | Money returned to the funder | 4 | 5 | 8 |
| Hal Brightwater | PKR-02 | Low attendance at the parks conference | Conference costs not covered by fees | 2 | 3 | 3 |
| Ferdy Lusk | PKR-03 | Play areas survey contractor fails | Survey findings late for the budget | 3 | 4 | 6 |

## Key

Low: a score of 1 to 4
Medium: a score of 5 to 9
High: a score of 10 to 16
Severe: a score of 20 to 25
`;

/**
 * Parks Panel appointments to outside bodies (landscape PDF): a rule under each body, and a body's second
 * representative on a line of its own with the body's cell left empty.
 */
export function parksOutsideBodiesPdf(): Promise<Buffer> {
  const bodies: [string, string[][]][] = [
    ["Green Flag Partnership", [["Cllr Hal Brightwater", "Derby City Council", "Nov 2026 – Oct 2028"]]],
    ["Urban Wildlife Alliance", [["Cllr Nell Fairweather", "Norfolk County Council", "Nov 2026 – Oct 2027"], ["Cllr Osric Penhallow", "Cornwall Council", "Nov 2026 – Oct 2027"]]],
    ["Playing Fields Trust", [["Cllr Ada Quennell", "Bristol City Council", "Nov 2026 – Oct 2028"]]],
  ];
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(13).text("Parks Panel: appointments to outside bodies 2026/27", 40, 40);
      const x = [45, 245, 420, 600];
      doc.font("Helvetica-Bold").fontSize(9.5);
      ["Outside body", "Representative", "Council", "Term"].forEach((h, k) => doc.text(h, x[k]!, 80, { lineBreak: false }));
      let y = 98;
      doc.moveTo(40, y - 3).lineTo(760, y - 3).lineWidth(0.6).stroke();
      doc.font("Helvetica").fontSize(9.5);
      for (const [body, seats] of bodies) {
        seats.forEach((seat, s) => [s === 0 ? body : "", ...seat].forEach((c, k) => c && doc.text(c, x[k]!, y + 5 + 18 * s, { lineBreak: false })));
        y += 18 * seats.length;
        doc.moveTo(40, y + 2).lineTo(760, y + 2).lineWidth(0.6).stroke();
      }
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}
