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

/** The fund's table as a markdown page: councils down the side, a dated column whose "–" means no figure. */
export const lidosFundMd = `# Lido Reopening Fund: councils at 31 August 2031

| Council | Lido | Grant (£) | Reopened | Status | Swims to 31 Aug 2031 |
| --- | --- | --- | --- | --- | --- |
| Cornwall Council | Jubilee annexe | 42,000 | 3 May 2031 | Open | 18,400 |
| Reading Borough Council | King's Meadow | 40,000 | – | Delayed | – |
| Hastings Borough Council | Pelham | 35,000 | – | Withdrawn | – |
| Luton Borough Council | Wardown | 30,000 | – | Delayed | – |
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

/** A thread of the Panel's officers' forum, saved from the browser: posts with avatars, controls and a pager. */
export const lidosForumHtml = `<!doctype html>
<html><head><title>Winter opening: your questions | Lido Officers' Forum</title></head>
<body>
<main>
  <h1>Winter opening: your questions</h1>
  <article class="post">
    <img class="avatar" src="/avatars/ione.png" alt="Profile picture of Ione Castellanos">
    <p class="author">Ione Castellanos, Group manager</p>
    <p>The Panel will publish guidance on winter opening hours for lidos in January 2032.</p>
    <div class="post__actions"><button type="button">Like <span>4</span></button> <a class="reply" href="/reply?quote=1">Reply</a></div>
  </article>
  <article class="post">
    <img class="avatar" src="/avatars/barnaby.png" alt="Profile picture of Barnaby Trelawney">
    <p class="author">Barnaby Trelawney</p>
    <p>Councils heating their lidos in winter should tell us their energy costs by 30 November 2031.</p>
    <div class="post__actions"><a class="reply" href="/reply?quote=2">Reply</a></div>
  </article>
  <p class="thread__end">Showing posts 1 to 2 of 2</p>
</main>
</body></html>
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
    // Annex: the lidos the Panel's fund reopened, a ruled grid whose first column names councils.
    doc.addPage();
    doc.font("Helvetica-Bold").fontSize(11).text("Annex A: Lido Reopening Fund at 31 August 2031", 50, 50);
    const cols = [50, 190, 290, 345, 410, 500, 560];
    const rows = [
      ["Council", "Lido", "Grant (£)", "Reopened", "Status", "Swims to 31 Aug 2031"],
      ["Cornwall Council", "Jubilee annexe", "42,000", "3 May 2031", "Open", "18,400"],
      ["Bristol City Council", "Clifton baths", "38,500", "17 May 2031", "Open (members only)", "6,210"],
      ["Reading Borough Council", "King's Meadow", "40,000", "–", "Delayed (note 1)", "–"],
      ["Cheltenham Borough Council", "Sandford Park", "29,000", "31 May 2031", "Open (members only)", "3,975"],
      ["Hastings Borough Council", "Pelham", "35,000", "–", "Withdrawn (note 2)", "–"],
      ["Total", "", "184,500", "", "", "28,585"],
    ];
    const top = 80;
    const h = 18;
    doc.lineWidth(0.5);
    rows.forEach((_, r) => doc.moveTo(cols[0]!, top + r * h).lineTo(cols[cols.length - 1]!, top + r * h).stroke());
    doc.moveTo(cols[0]!, top + rows.length * h).lineTo(cols[cols.length - 1]!, top + rows.length * h).stroke();
    for (const x of cols) doc.moveTo(x, top).lineTo(x, top + rows.length * h).stroke();
    rows.forEach((row, r) => row.forEach((c, k) => doc.font(r === 0 || r === rows.length - 1 ? "Helvetica-Bold" : "Helvetica").fontSize(7.5).text(c, cols[k]! + 3, top + r * h + 5, { lineBreak: false })));
    doc.font("Helvetica").fontSize(9);
    doc.text("1. Reading's contractor went into administration in June 2031; a new contractor starts in October.", 50, top + rows.length * h + 16, { width: 495 });
    doc.text("2. Hastings Borough Council withdrew on 2 July 2031 and returned its grant of £35,000.", 50, top + rows.length * h + 32, { width: 495 });
  });
}
