/**
 * Fixture papers of an invented body, the Almshouses and Community Housing Task Group, in layouts the other
 * fixtures do not use: meeting notes kept as an outliner's page (Logseq: "key:: value" page properties,
 * every line a tab-indented bullet, headings inside bullets, bold bullets over the names they group, task
 * markers with "owner::" properties); a Word terms of reference whose body sits in two-column layout
 * tables (a label cell, and a cell of several paragraphs: the first member beside "Members", the rest on
 * lines of their own); and an agenda whose table names who presents each item. Everything here is made up.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

/** The notes of the meeting of 12 March 2047, as a Logseq page. */
export const almshousesNotesMd = [
  "title:: ACHTG/Meeting notes 2047-03-12",
  "type:: [[Meeting notes]]",
  "body:: [[Almshouses and Community Housing Task Group]]",
  "tags:: ACHTG, meetings",
  "",
  "- Informal notes of the Task Group meeting on Friday 12 March 2047, 10.30am, Room 2, 18 Smith Square.",
  "- ## Attendance",
  "\t- **Members present**",
  "\t\t- [[Cllr Ottilie Brackwater]] (Chair) - Rutland, Conservative",
  "\t\t- [[Cllr Jago Penhallow]] - Cornwall, Lib Dem",
  "\t\t- [[Cllr Ifeoma Castellane]] - Leeds, Labour",
  "\t- **Apologies**",
  "\t\t- [[Cllr Wilfred Aysgarth]] - no sub",
  "\t\t- [[Cllr Dorcas Feverell]] - sub sent",
  "\t- **Officers**",
  "\t\t- [[Leontyne Marchetti]] - Adviser, Housing",
  "- ## 1. Welcome and apologies",
  "\t- Apologies as above.",
  "- ## 2. Almshouse repairs survey",
  "\t- [[Leontyne Marchetti]] introduced the survey: 212 charities replied.",
  "\t- Rest of the survey noted.",
  "- ## 3. Policy budget Q3",
  "\t- **Decision:** virement of £4,500 to research agreed: £2,500 from events and £2,000 from printing.",
  "\t- The Chair asked for the next report in June.",
  "- ## Actions",
  "\t- {{query (and [[ACHTG/Meeting notes 2047-03-12]] (task TODO DOING))}}",
  "\t- DONE Publish the survey report #action",
  "\t  owner:: [[Leontyne Marchetti]]",
  "\t  DEADLINE: <2047-03-19 Fri>",
  "",
].join("\n");

/** The agenda of 12 March 2047 (HTML), its table naming who presents each item. */
export const almshousesAgendaHtml = `<!DOCTYPE html><html><head><title>Almshouses and Community Housing Task Group agenda, 12 March 2047</title></head><body>
<h1>Almshouses and Community Housing Task Group</h1>
<p>Agenda and papers for the meeting of Friday 12 March 2047, 10.30am</p>
<h2>Agenda</h2>
<table>
<tr><th>Item</th><th>Title</th><th>Presented by</th><th>For</th></tr>
<tr><td>1</td><td>Welcome and apologies</td><td>Chair</td><td>–</td></tr>
<tr><td>2</td><td>Almshouse repairs survey: first findings</td><td>Leontyne Marchetti, Adviser</td><td>Discussion</td></tr>
<tr><td>3</td><td>Policy budget 2046/47: quarter 3 monitoring</td><td>Casimir Druce, Finance Business Partner</td><td>Noting</td></tr>
</table>
</body></html>`;

const cell = (paragraphs: string[], bold = false) =>
  new TableCell({ width: { size: bold ? 25 : 75, type: WidthType.PERCENTAGE }, children: paragraphs.map((text) => new Paragraph({ children: [new TextRun({ text, bold })] })) });
const layoutRow = (label: string, paragraphs: string[]) => new TableRow({ children: [cell([label], true), cell(paragraphs)] });

/** The terms of reference and membership 2046/47 (Word): each section a table of a label and its content. */
export async function almshousesTermsDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: "Almshouses and Community Housing Task Group", bold: true, size: 32 })] }),
          new Paragraph("Terms of reference and membership 2046/47"),
          new Paragraph({ children: [new TextRun({ text: "1. Membership 2046/47", bold: true, size: 28 })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              layoutRow("Chair", ["Cllr Ottilie Brackwater – Rutland County Council (Conservative)"]),
              layoutRow("Vice-Chair", ["Cllr Ifeoma Castellane – Leeds City Council (Labour)"]),
              layoutRow("Members", ["Cllr Jago Penhallow – Cornwall Council (Liberal Democrat)", "Cllr Wilfred Aysgarth – Richmondshire District Council (Independent)", "Cllr Dorcas Feverell – Bath and North East Somerset Council (Labour)"]),
              layoutRow("Lead members", ["Repairs and standards: Cllr Jago Penhallow", "Funding and governance: Cllr Dorcas Feverell"]),
              layoutRow("Substitutes", ["Cllr Hamish Treloar – Cornwall Council (Liberal Democrat)", "Cllr Perdita Lowick – Wakefield Council (Labour)"]),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
