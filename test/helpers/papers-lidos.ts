/**
 * Fixture papers of an invented body, the Lidos and Outdoor Swimming Panel, in layouts the other fixtures
 * do not use: an action board kept as a kanban plugin's markdown (front matter of the plugin's settings
 * only, one "## " lane per status, task items whose lines are joined by <br>); an evidence session's
 * transcript saved as WebVTT captions; a Word chair's brief whose members' table says how each is
 * attending ("In person", "Online", "Apologies – Cllr … substituting"); and a PDF letter whose first page
 * has the letterhead's address at its foot, in the middle of a numbered list that runs over the page.
 * Everything here is made up.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

/** The Panel's action board (markdown, as a kanban plugin saves it). */
export const lidosBoardMd = `---

kanban-plugin: basic

---

## To do

- [ ] **LOS-07** Survey councils on lido opening hours<br>Owner: Perpetua Okonkwo-Reyes @{2031-11-28}
- [ ] **LOS-08** Draft a note on cold water swimming safety<br>Owner: Barnaby Trelawney


## In progress

- [ ] **LOS-04** Water quality sampling guidance with the Environment Agency<br>Owner: Perpetua Okonkwo-Reyes<br>Due date moved to 2031-12-19 @{2031-12-19}


## Waiting on others

- [ ] **LOS-05** Figures on lido energy costs<br>Owner: Barnaby Trelawney<br>Waiting on: the Swimming Pools Energy Forum, asked on 2031-09-02


## Done

**Complete**
- [x] **LOS-01** Letter to the Minister on lido capital funding<br>Owner: Barnaby Trelawney<br>Sent 2031-10-02
- [x] **LOS-02** Publish the evidence session transcript<br>Owner: Ione Castellanos<br>Published 2031-09-30

%% kanban:settings
\`\`\`
{"kanban-plugin":"basic"}
\`\`\`
%%
`;

/** The transcript of the Panel's evidence session (WebVTT captions, saved with a .txt name). */
export const lidosTranscriptVtt = `WEBVTT

NOTE
Lidos and Outdoor Swimming Panel: evidence session on open water quality
Thursday 18 September 2031, held online. Corrected by the clerk.

1
00:00:02.100 --> 00:00:08.400
Cllr Araminta Featherstonehaugh (Chair): Good afternoon, and welcome to this evidence session on open water quality.

2
00:00:08.900 --> 00:00:15.200
Cllr Araminta Featherstonehaugh (Chair): Our first witness is Dr Oluwaseun Pennington of the Wild Swimming Trust.

3
00:00:15.700 --> 00:00:24.000
Dr Oluwaseun Pennington - Wild Swimming Trust: Thank you. Sampling at inland bathing sites found that one in four failed the standard last summer.
`;

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (text: string, bold = false) => new TableCell({ children: [para(text, bold)], width: { size: 2000, type: WidthType.DXA } });

/** The Chair's brief for the meeting of 14 October 2031 (Word): who is attending, and how. */
export async function lidosBriefDocx(): Promise<Buffer> {
  const members: string[][] = [
    ["Cllr Araminta Featherstonehaugh", "Cornwall Council", "Conservative", "Chair", "In person"],
    ["Cllr Desmond Achterberg", "Bristol City Council", "Labour", "Vice-Chair", "Online"],
    ["Cllr Philippa Vandermeer", "Brighton and Hove City Council", "Green", "Member", "Apologies"],
    ["Cllr Godfrey Umeadi", "Reading Borough Council", "Labour", "Member", "Apologies – Cllr Saoirse Lindqvist substituting"],
    ["Cllr Henrietta Blomqvist", "Cheltenham Borough Council", "Liberal Democrat", "Member", "In person"],
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          para("Chair’s brief", true),
          para("Lidos and Outdoor Swimming Panel"),
          para("Tuesday 14 October 2031, 2.00pm to 4.00pm"),
          para("Attendance", true),
          para("Members have told the clerk how they will attend."),
          new Table({
            rows: [
              new TableRow({ children: ["Member", "Council", "Group", "Role", "Attending"].map((h) => cell(h, true)), tableHeader: true }),
              ...members.map((m) => new TableRow({ children: m.map((c) => cell(c)) })),
            ],
          }),
          para("Officers attending: Barnaby Trelawney and Ione Castellanos (clerk)."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The Chair's letter to the Minister (PDF): the letterhead's address at the foot of page 1 only. */
export function lidosLetterPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(14).text("Lidos and Outdoor Swimming Panel", 50, 50);
    doc.font("Helvetica").fontSize(10).text("2 October 2031", 50, 80, { width: 495, align: "right" });
    doc.text("Dear Minister,", 50, 120);
    doc.font("Helvetica-Bold").text("Lido capital funding", 50, 145);
    doc.font("Helvetica").text("The Panel asks the Government to:", 50, 170, { width: 495 });
    doc.text("1. set up a capital fund for the repair of council lidos, open to every council;", 50, 190, { width: 495 });
    doc.text("2. publish guidance on water quality sampling at inland bathing sites;", 50, 206, { width: 495 });
    doc.font("Helvetica").fontSize(7).text("Local Government Association · 18 Smith Square · London SW1P 3HZ · www.local.gov.uk", 50, 790, { lineBreak: false });
    doc.addPage();
    doc.font("Helvetica").fontSize(10).text("3. count lidos as sports facilities in the energy support scheme for public buildings;", 50, 60, { width: 495 });
    doc.text("4. meet the Panel before the spending review.", 50, 76, { width: 495 });
    doc.text("Yours sincerely,", 50, 110);
    doc.text("Cllr Araminta Featherstonehaugh, Chair", 50, 150);
  });
}
