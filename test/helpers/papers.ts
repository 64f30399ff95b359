/**
 * Fixture papers in layouts the bundled corpus does not use, made by the tests themselves: a Word agenda
 * pack (bold inline front-sheet labels, a two-column label table, a group column spanning rows, a Yes/No
 * attendance grid), a PDF board paper (front-sheet labels drawn in a column, membership as lists under
 * group headings), an HTML minutes page without <main>, a markdown performance update (letter codes and
 * a key, a risk register with likelihood before impact) and a plain-text attendance record laid out with
 * spaces. The people, figures and decisions are invented.
 */
import { createWriteStream, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

const cell = (text: string, opts: { rowSpan?: number; bold?: boolean } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: opts.bold ?? false })] })],
    width: { size: 2200, type: WidthType.DXA },
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
  });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const p = (text: string) => new Paragraph(text);
const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level });
/** "Label: value" with the label in bold, as Word front sheets often are. */
const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

/** Resources Board agenda pack, 9 March 2022 (Word). */
export async function resourcesBoardPackDocx(): Promise<Buffer> {
  const doc = new Document({
    title: "Resources Board – Agenda – 9 March 2022",
    sections: [
      {
        children: [
          h("Resources Board", HeadingLevel.HEADING_1),
          p("Wednesday 9 March 2022, 2.00 pm, Westminster Room, 18 Smith Square, London"),
          h("Membership 2021/22"),
          new Table({
            rows: [
              row(cell("Group", { bold: true }), cell("Councillor", { bold: true }), cell("Authority", { bold: true }), cell("Role", { bold: true })),
              row(cell("Conservative", { rowSpan: 2 }), cell("Cllr Alan Whitby"), cell("Hampshire County Council"), cell("Chair")),
              row(cell("Cllr Brenda Oakes"), cell("Kent County Council"), cell("Member")),
              row(cell("Labour", { rowSpan: 2 }), cell("Cllr Chidi Okonkwo"), cell("Manchester City Council"), cell("Vice-Chair")),
              row(cell("Cllr Dana Fell"), cell("Leeds City Council"), cell("Member")),
            ],
          }),
          h("Attendance 2021/22"),
          new Table({
            rows: [
              row(cell("Councillor"), cell("12/1/22"), cell("9/2/22")),
              row(cell("Alan Whitby"), cell("Yes"), cell("Yes")),
              row(cell("Brenda Oakes"), cell("No"), cell("Yes")),
              row(cell("Chidi Okonkwo"), cell("Yes"), cell("No")),
              row(cell("Dana Fell"), cell("Yes"), cell("Yes")),
            ],
          }),
          h("Agenda"),
          new Table({
            rows: [
              row(cell("No."), cell("Title"), cell("Pages")),
              row(cell("1."), cell("Apologies and declarations of interest"), cell("")),
              row(cell("2."), cell("Pay and workforce update"), cell("1 - 8")),
              row(cell("3."), cell("Business rates reform"), cell("9 - 16")),
            ],
          }),
          p("Item 2"),
          h("Pay and workforce update", HeadingLevel.HEADING_1),
          labelled("Purpose of report", "For decision."),
          labelled("Summary", "This report updates the Board on the 2022/23 pay negotiations and asks it to agree the pay offer."),
          labelled("Recommendation", "That the Board agrees a pay offer of 1.75 per cent for 2022/23."),
          labelled("Action", "Officers to make the offer to the trade unions."),
          labelled("Contact officer", "Priya Natarajan, Head of Workforce (020 7946 0101, priya.natarajan@local.gov.uk)"),
          h("Background"),
          p("1. The national employers met on 2 February 2022 and considered the trade unions' claim of 10 per cent."),
          p("Item 3"),
          h("Business rates reform", HeadingLevel.HEADING_1),
          new Table({
            rows: [
              row(cell("Purpose of report"), cell("For discussion.")),
              row(cell("Summary"), cell("The Government is consulting on business rates reform, including more frequent revaluations.")),
              row(cell("Recommendation"), cell("That the Board comments on the draft LGA response.")),
              row(cell("Contact officer"), cell("Owen Lacey Senior Adviser 020 7946 0102 owen.lacey@local.gov.uk")),
            ],
          }),
          p("1. Revaluations every three years would reduce appeals, which cost councils £300 million a year."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export function pdfBuffer(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = { size: "A4", margin: 50 }): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "lga-pdf-"));
  const path = join(dir, "paper.pdf");
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const out = createWriteStream(path);
    out.on("finish", () => resolve(readFileSync(path)));
    out.on("error", reject);
    doc.pipe(out);
    draw(doc);
    doc.end();
  });
}

/**
 * A single board paper (not in a pack) of the Culture, Tourism and Sport Board, 14 June 2022: its front
 * sheet's labels drawn in a left column beside their values, then the board's membership as lists under
 * group headings with roles in brackets and a "Substitutes:" line.
 */
export function culturePaperPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const text = (t: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions & { bold?: boolean; size?: number } = {}) => {
      doc.font(opts.bold ? "Helvetica-Bold" : "Helvetica").fontSize(opts.size ?? 10).text(t, x, y, { width: opts.width ?? 330 });
      return doc.y;
    };
    text("Culture, Tourism and Sport Board", 50, 50, { bold: true, size: 12 });
    text("14 June 2022", 50, 68);
    text("Libraries recovery fund", 50, 100, { bold: true, size: 16 });
    let y = 140;
    for (const [label, value] of [
      ["Purpose of report", "For decision."],
      ["Summary", "The paper proposes how the Board should respond to the libraries recovery fund, worth £5 million in 2022/23."],
      ["Recommendation", "That the Board agrees the response set out in paragraph 4."],
      ["Contact officer", "Ruth Ambrose"],
      ["Position", "Adviser, Culture and Libraries"],
      ["Phone", "020 7946 0303"],
      ["Email", "ruth.ambrose@local.gov.uk"],
    ] as const) {
      text(label, 50, y, { bold: true, width: 140 });
      y = Math.max(doc.y, text(value, 200, y)) + 8;
    }
    y += 10;
    text("Membership 2022/23", 50, y, { bold: true, size: 12 });
    y = doc.y + 8;
    const group = (name: string, people: string[], subs: string[]) => {
      text(name, 50, y, { bold: true });
      y = doc.y + 4;
      for (const person of people) y = text(`• ${person}`, 60, y) + 2;
      text("Substitutes:", 60, y + 2);
      y = doc.y + 2;
      for (const person of subs) y = text(`• ${person}`, 60, y) + 2;
      y += 8;
    };
    group("Labour", ["Cllr Nia Roberts (Chair) – Cardiff Council", "Cllr Omar Siddiqui – Bradford Council"], ["Cllr Peter Quinn – Wigan Council"]);
    group("Conservative", ["Cllr Rosa Lyle (Vice-Chair) – Dorset Council"], ["Cllr Sam Tate – Suffolk County Council"]);
  });
}

/** Audit Committee minutes, 16 March 2022: a web page without <main>, published a week later. */
export const auditMinutesHtml = `<!DOCTYPE html><html><head><title>Minutes of the Audit Committee, 16 March 2022 | Local Government Association</title></head><body>
<a class="skip-link" href="#content">Skip to main content</a>
<div class="cookie-banner"><p>We use cookies on this website. Accept all cookies?</p></div>
<header><div class="logo">Local Government Association</div><nav><ul><li>Home</li><li>Our work</li><li>Committees</li></ul></nav></header>
<div class="breadcrumbs">Home › Committees › Audit Committee</div>
<div id="content">
<h1>Minutes of the Audit Committee</h1>
<p>Published: 23 March 2022</p>
<p>Meeting held on Wednesday 16 March 2022 at 10.00 am, online.</p>
<p><strong>Present:</strong> Cllr Helen Marsh (Chair), Cllr Ian Bright, Cllr Jane Corby</p>
<h2>Apologies</h2>
<ul><li>Cllr Kieran Dodd – Sheffield City Council</li><li>Cllr Lucy Eames – Norfolk County Council</li></ul>
<h2>1. Declarations of interest</h2>
<p>Cllr Ian Bright declared a personal interest in item 3 as a trustee of the pension fund.</p>
<h2>2. External audit plan 2021/22</h2>
<p>Martin Crowe, of the external auditors, presented the audit plan. Materiality is set at £1.2 million and scores &lt; 8 with impact &gt; 4 are reported to the Committee.</p>
<p>Resolved: That the Committee approves the external audit plan for 2021/22.</p>
<h2>3. Pension fund valuation</h2>
<p>Cllr Helen Marsh introduced the item. The triennial valuation shows the fund 98 per cent funded.</p>
<p>Decision: The Committee noted the valuation.</p>
<table><thead><tr><th>Action</th><th>Owner</th><th>Deadline</th></tr></thead>
<tbody><tr><td>Circulate the actuary's report to members</td><td>Nadia Fox</td><td>31 March 2022</td></tr></tbody></table>
</div>
<footer><p>Accessibility | Privacy | Cookies</p><p>© Local Government Association</p></footer>
</body></html>`;

/** Workforce Board performance update, known only by its month (September 2021): codes, a key, a register. */
export const workforceUpdateMd = `---
title: "Workforce Board performance update: September 2021"
board: Workforce Board
---

# Workforce Board performance update, September 2021

Key: G = on track; A = some risk; R = off track; A/G = minor issues

| Ref | RAG | Objective | Owner | Progress |
|-----|-----|-----------|-------|----------|
| WF1 | G | Agree the 2021/22 pay award for local government staff | Naomi Reid | The award was agreed in August. |
| WF2 | R | Publish the apprenticeship levy evaluation | Tom Ure | Publication slipped to March 2022. |
| WF3 | A/G | Run the graduate programme recruitment round | Naomi Reid | 90 graduates placed, against 100 planned. |
| WF4 | A | Launch the social worker health check | Vic Amos | The survey tool is delayed. |

## Risk register

| Ref | Risk | Likelihood | Impact | Score | Owner | Trend |
|-----|------|-----------|--------|-------|-------|-------|
| WR1 | Industrial action over the pay award | 2 | 5 | 10 | Naomi Reid | Rising |
| WR2 | Loss of levy funding for apprenticeships | 4 | 3 | 12 | Tom Ure | Stable |
`;

/** Fire Services Management Committee attendance, laid out with spaces. */
export const fireAttendanceTxt = `Fire Services Management Committee - attendance 2022/23

Name                       Council                        11 May 2022   13 Jul 2022
Cllr Amir Begum            Essex County Council           Present       Apologies
Cllr Bella Crisp           Devon and Somerset Fire        Present       Present
Cllr Colm Doyle            Merseyside Fire Authority      Apologies     Present
`;
