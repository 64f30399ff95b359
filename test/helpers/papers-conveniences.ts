/**
 * Papers of an invented Public Conveniences Task Group (2097/98) in the layouts of other tools: a decision
 * record on a fillable PDF form saved without flattening (the page prints only labels and empty boxes;
 * what was typed is in the form's fields); draft minutes forwarded "as attachment" in an e-mail whose
 * subject is encoded in Windows-1252, the minutes only in the attached message; and a Word schedule of
 * changes marked by hand, deletions struck through rather than tracked. Every name and figure is made up.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

/** Decision record PC-UD-07 on a fillable form: labels on the page, the values only in the fields. */
export function conveniencesDecisionFormPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica");
    doc.initForm();
    doc.font("Helvetica-Bold").fontSize(14).text("Record of a decision taken between meetings", 50, 50, { lineBreak: false });
    doc.font("Helvetica").fontSize(8.5);
    const row = (label: string, y: number) => {
      doc.fillColor("#000000").text(label, 50, y + 5, { width: 150, lineBreak: false });
      doc.rect(210, y, 340, 18).fillColor("#EEEEEE").fill();
    };
    const fields: [string, string, string][] = [
      ["Decision reference", "ref", "PC-UD-07"],
      ["Decision taken by", "taker", "Cllr Winifred Abernethy-Lusk, Chair"],
      ["Date of decision", "date", "14/01/2098"],
      ["Amount of this decision", "amount", "£36,500"],
      ["Vice-Chair consulted", "consulted", "Cllr Gideon Marchbank-Oyo"],
    ];
    let y = 100;
    for (const [label, name, value] of fields) {
      row(label, y);
      doc.formText(name, 210, y, 340, 18, { value, fontSize: 0 });
      y += 26;
    }
    doc.fillColor("#000000").text("Is this a key decision?", 50, y + 3, { lineBreak: false });
    doc.text("Yes", 363, y + 3, { lineBreak: false });
    doc.text("No", 413, y + 3, { lineBreak: false });
    doc.formCheckbox("keyYes", 350, y + 1, 9, 9, { value: "Off" });
    doc.formCheckbox("keyNo", 400, y + 1, 9, 9, { value: "Yes" });
  });
}

const MINUTES = [
  "DRAFT - subject to approval at the meeting on 4 March 2098",
  "",
  "Public Conveniences Task Group",
  "",
  "Minutes of the meeting held on Thursday 15 January 2098 at 10.00am, Room 2, 18 Smith Square",
  "",
  "Present: Cllr Winifred Abernethy-Lusk (Chair), Cllr Gideon Marchbank-Oyo (Vice-Chair), Cllr Ottilie Prendergast-Vane",
  "",
  "Apologies: Cllr Lucan Fairweather-Ngata",
  "",
  "1 Welcome and apologies",
  "",
  "1.1 The Chair welcomed members.",
  "",
  "2 Changing Places toilets fund",
  "",
  "2.1 Resolved: that the Task Group agreed to fund four Changing Places toilets.",
  "",
  "3 Date of next meeting",
  "",
  "3.1 Thursday 4 March 2098 at 10.00am.",
].join("\r\n");

/** The clerk's message with the draft minutes, forwarded as an attachment with a covering note. */
export const conveniencesForwardedEml = [
  "From: Honora Castellane <honora.castellane@local.gov.uk>",
  "To: Cllr Winifred Abernethy-Lusk <cllr.abernethy-lusk@example.gov.uk>",
  "Subject: =?windows-1252?Q?FW:_Draft_minutes_=96_Public_Conveniences_Task_Group,_15_January_2098?=",
  "Date: Tue, 20 Jan 2098 09:30:00 +0000",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="outer"',
  "",
  "--outer",
  'Content-Type: text/plain; charset="windows-1252"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Winifred, the draft minutes are attached =96 one correction: Cllr Prendergast-Vane left at 11.15am.",
  "",
  "--outer",
  'Content-Type: message/rfc822; name="Draft minutes.eml"',
  'Content-Disposition: attachment; filename="Draft minutes.eml"',
  "",
  "From: Tobias Wrenfield-Achebe <tobias.wrenfield-achebe@local.gov.uk>",
  "To: PCTG members <pctg-members@local.gov.uk>",
  "Subject: Draft minutes - Public Conveniences Task Group, 15 January 2098",
  "Date: Mon, 19 Jan 2098 16:00:00 +0000",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "",
  MINUTES,
  "",
  "--outer--",
  "",
].join("\r\n");

/** Item 4: the schedule of changes to the terms of reference, deletions struck through by hand. */
export async function conveniencesScheduleDocx(): Promise<Buffer> {
  const cell = (runs: TextRun[]) => new TableCell({ children: [new Paragraph({ children: runs })], width: { size: 3000, type: WidthType.DXA } });
  const plain = (text: string) => new TextRun({ text });
  const struck = (text: string) => new TextRun({ text, strike: true, color: "C00000" });
  const added = (text: string) => new TextRun({ text, underline: {}, color: "0070C0" });
  const table = new Table({
    rows: [
      new TableRow({ children: [cell([plain("Para")]), cell([plain("Current wording")]), cell([plain("Proposed wording")])] }),
      new TableRow({ children: [cell([plain("4 Quorum")]), cell([plain("The quorum is two members.")]), cell([plain("The quorum is "), struck("two"), plain(" "), added("three"), plain(" members.")])] }),
      new TableRow({ children: [cell([plain("6 Meetings")]), cell([plain("The Task Group meets three times a year.")]), cell([plain("The Task Group meets "), struck("three"), plain(" "), added("four"), plain(" times a year.")])] }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: "Public Conveniences Task Group", bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: "Item 4: Terms of reference – schedule of changes", bold: true })] }),
          new Paragraph({ children: [plain("Text to be removed is struck through; new text is underlined.")] }),
          table,
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
