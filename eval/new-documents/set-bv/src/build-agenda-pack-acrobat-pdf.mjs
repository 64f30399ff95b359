// Builds docs/acgtg-agenda-pack-2362-01-17.pdf and its rendering in text/.
// Layout: AN AGENDA PACK MADE IN ADOBE ACROBAT WHOSE PAPERS ARE FILE ATTACHMENTS OF THE PDF, not pages
// of it: the PDF itself is two A4 pages – the agenda (a label and value block of meeting details, an
// agenda table Item | Business | Purpose | Paper whose "Paper" column says "Attached: Item 4 (Word)")
// and a page of numbered notes (group pre-meetings, the performance tracker's colour key and what its
// "*" means, remote attendance and quorum, substitutes, the exempt appendix). THE PAPERS FOR ITEMS 4
// AND 5 EXIST ONLY AS EMBEDDED FILES in the document's EmbeddedFiles name tree (the Attachments panel,
// opened on launch by /PageMode /UseAttachments), each with a description, creation and modification
// dates and a checksum:
//   - "ACGTG 17-01-2362 Item 4 Plot Provision Fund round 2 awards.docx": a Word paper whose front sheet
//     is a two-column table of labels and values (recommendations and the contact's details as several
//     paragraphs in one cell), then hand-numbered paragraphs and a bids table with a total row;
//   - "ACGTG 17-01-2362 Item 5 Programme risk register.pdf": a landscape risk register saved from Excel
//     as PDF (L, I and Score columns, the rating as a word on a coloured fill, owners as initials named
//     in a key line, a key of bands and trends).
// Info: Creator "Acrobat PDFMaker 25 for Word", Producer "Adobe Acrobat Pro (64-bit) 25.1.20432".
// Rendering: the two pages' text in reading order (the details and agenda rows as cells " | "), then
// each attachment under a line of its file name: the Word paper's paragraphs and table rows (the lines
// of a cell joined by a space), the risk register's title, table rows and key lines.
// Synthetic test fixture: every person, council, figure, rating and decision is invented.
//   node src/build-agenda-pack-acrobat-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, ATTACH, BODY, SHORT, BOARD, ROOM, PROGRAMME, FUND, OFFICERS as O, P, BIDS, ASKED, AWARDED, LEFT, NEW_PLOTS, THRESHOLD, ROUND1, ROUND2, FUND_TOTAL, RISKS, money } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const docx = requireMain("docx");
const FILE = DOCS.agenda;
const text = [];
const out = (s) => text.push(s);

// ================================================================= attachment 1: the item 4 paper (Word)
const paperLines = [];
async function buildPaper() {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, AlignmentType, HeadingLevel, ShadingType, Footer, PageNumber } = docx;
  const para = (t, o = {}) => new Paragraph({ spacing: { after: 120 }, ...o, children: [new TextRun({ text: t, bold: o.bold, size: o.size, font: "Arial" })] });
  const body = [];
  const P_ = (t, o) => { body.push(para(t, o)); paperLines.push(t); };
  const H = (t) => { body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: t, font: "Arial" })] })); paperLines.push(t); };
  const cell = (lines, o = {}) => new TableCell({ width: { size: o.w ?? 50, type: WidthType.PERCENTAGE }, shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined, children: lines.map((l) => para(l, { bold: o.bold, spacing: { after: 60 } })) });
  // front sheet
  const FRONT = [
    ["Meeting", [`${BODY}, 17 January 2362`]],
    ["Agenda item", ["4"]],
    ["Title", [`${FUND}: round 2 awards`]],
    ["Purpose", ["For decision"]],
    ["Key decision", [`Yes: the awards total more than ${money(100000)}, so they are for the Task Group`]],
    ["Confidential", ["No. Appendix B (bidders' accounts) is exempt under paragraph 3 and is not published."]],
    ["Summary", [`Five councils bid for ${money(ASKED)} from round 2 of the ${FUND} (${money(ROUND2)}). Officers recommend four awards totalling ${money(AWARDED)}, which would bring ${NEW_PLOTS} new plots into use. One bid scored below the threshold of ${THRESHOLD}.`]],
    ["Recommendations", ["That the Task Group:", `(a) award ${money(AWARDED)} to the four bids recommended in table 1;`, `(b) carry the ${money(LEFT)} not awarded forward to round 3;`, "(c) delegate the grant conditions to the Programme Manager, after consulting the Chair."]],
    ["Contact officer", [O.ezinne.name, O.ezinne.post, O.ezinne.phone, O.ezinne.email]],
  ];
  body.push(para(`${BODY}`, { bold: true, size: 28 }));
  paperLines.push(BODY);
  body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: FRONT.map(([l, v]) => new TableRow({ children: [cell([l], { w: 25, bold: true, fill: "D9E2F3" }), cell(v, { w: 75 })] })) }));
  for (const [l, v] of FRONT) paperLines.push(`${l} | ${v.join(" ")}`);
  H("Background");
  P_(`1. The ${FUND} (${money(FUND_TOTAL)} over 2361–63) pays for new and restored allotment plots. Round 1 (${money(ROUND1)}) was awarded in June 2361.`);
  P_(`2. Round 2 (${money(ROUND2)}) opened on 20 November and closed at noon on 12 December 2361, as the Task Group agreed on 15 November 2361 (minute 7). Round 2 asked for no match funding.`);
  H("Bids and scores");
  P_(`3. Officers scored each bid out of 100 against the published criteria: new plots for people on waiting lists (40), cost per plot (25), deliverability by March 2363 (20) and long-term management (15). Bids scoring below ${THRESHOLD} are not recommended.`);
  P_("Table 1: round 2 bids", { bold: true });
  const head = ["Council", "Project", "New plots", "Asked", "Score", "Recommended"];
  const rows = BIDS.map((b) => [b.council, b.project, String(b.plots), money(b.asked), String(b.score), money(b.award)]);
  rows.push(["Total", "", String(NEW_PLOTS), money(ASKED), "", money(AWARDED)]);
  const widths = [22, 34, 10, 12, 9, 13];
  body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows].map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c, k) => cell(c === "" ? [] : [c], { w: widths[k], bold: i === 0 || i === rows.length, fill: i === 0 ? "D9E2F3" : undefined })) })) }));
  for (const r of [head, ...rows]) paperLines.push(r.filter((c) => c !== "").join(" | "));
  P_(`4. Mirefoot Council's recommended award is £6,500 less than it asked because fencing costs are not eligible under the criteria.`);
  P_(`5. Greyhaven Borough Council's bid for a community orchard at Saltings Park scored 52, below the threshold of ${THRESHOLD}: it would create no plots for people on waiting lists. Officers will advise Greyhaven on a bid to round 3.`);
  P_("6. Oxlade Vale District Council's award would be paid only after soil testing at the former Tannery Lane depot (risk CGR-05).");
  H("Decision-making");
  P_(`7. Under the programme's scheme of delegation, officers may award up to £25,000, the Chair after consulting the Vice-Chair up to £100,000, and awards above £100,000 in total are decided by the Task Group.`);
  P_(`8. ${P.scattergood.cllr} declared an interest in the Mirefoot bid at the meeting on 15 November 2361.`);
  H("Financial implications");
  P_(`9. If the recommendations are agreed, ${money(LEFT)} of round 2 is carried forward, and round 3 will have £69,000 (£50,000 not yet allocated plus the ${money(LEFT)}).`);
  H("Appendices");
  P_("Appendix A: scoring criteria (published 20 November 2361)");
  P_("Appendix B: bidders' accounts (exempt, not published)");
  const d = new Document({
    creator: O.ezinne.name,
    title: `${FUND}: round 2 awards`,
    description: `${SHORT} 17 January 2362, item 4`,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [{ properties: {}, footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT] })] })] }) }, children: body }],
  });
  return Packer.toBuffer(d);
}

// ================================================================= attachment 2: the risk register (Excel to PDF)
const riskLines = [];
function buildRisks() {
  return new Promise((resolve) => {
    const PW = 841.89, PH = 595.28;
    const d = new PDFDocument({ size: [PW, PH], margin: 0, info: { Title: "Risk register", Author: O.ezinne.name, Creator: "Microsoft® Excel® for Microsoft 365", Producer: "Microsoft® Excel® for Microsoft 365" } });
    const bufs = [];
    d.on("data", (b) => bufs.push(b));
    d.on("end", () => resolve(Buffer.concat(bufs)));
    d.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
    const L = (s) => riskLines.push(s);
    d.font("b").fontSize(13).fillColor("black").text(`${PROGRAMME}: risk register`, 36, 34, { lineBreak: false });
    L(`${PROGRAMME}: risk register`);
    d.font("r").fontSize(8.5).text(`Reviewed 4 January 2362 · Item 5, ${SHORT} 17 January 2362`, 36, 54, { lineBreak: false });
    L(`Reviewed 4 January 2362 · Item 5, ${SHORT} 17 January 2362`);
    const head = ["Ref", "Risk", "Owner", "L", "I", "Score", "Rating", "Trend", "Controls and next steps"];
    const W = [44, 190, 38, 20, 20, 34, 48, 44, 332];
    const FILL = { Red: "#FF7C80", Amber: "#FFD966", Green: "#A9D08E" };
    let y = 74;
    const row = (cells, o = {}) => {
      d.font(o.bold ? "b" : "r").fontSize(7.5);
      const hgt = Math.max(...cells.map((c, k) => d.heightOfString(c, { width: W[k] - 6 }))) + 8;
      let x = 36;
      for (const [k, c] of cells.entries()) {
        if (o.head) d.rect(x, y, W[k], hgt).fill("#D9E1F2");
        if (!o.head && k === 6) d.rect(x, y, W[k], hgt).fill(FILL[c]);
        d.rect(x, y, W[k], hgt).lineWidth(0.5).strokeColor("#808080").stroke();
        d.fillColor("black").font(o.bold ? "b" : "r").fontSize(7.5).text(c, x + 3, y + 4, { width: W[k] - 6, align: k >= 3 && k <= 5 ? "center" : "left" });
        x += W[k];
      }
      y += hgt;
      L(cells.join(" | "));
    };
    row(head, { head: true, bold: true });
    for (const r of RISKS) row([r.ref, r.risk, r.owner, String(r.l), String(r.i), String(r.score), r.rating, r.trend, r.controls]);
    y += 12;
    const keys = [
      "Key: L likelihood and I impact, each scored 1 (low) to 5 (high); Score = L × I. Rating: 1–6 Green, 8–12 Amber, 15–25 Red.",
      "Trend since the October review: Rising, Same, Falling; New = added at this review.",
      `Owners: EHC ${O.ezinne.name}, Programme Manager; FA ${O.florian.name}, Senior Adviser; RT ${O.rosalind.name}, Finance Business Partner.`,
    ];
    for (const k of keys) { d.font("r").fontSize(8).fillColor("black").text(k, 36, y, { width: PW - 72 }); y = d.y + 4; L(k); }
    d.font("r").fontSize(7).fillColor("#595959").text("Risk register", 36, PH - 30, { lineBreak: false });
    d.text("Page 1", PW - 80, PH - 30, { width: 44, align: "right", lineBreak: false });
    d.end();
  });
}

// ================================================================= the agenda pack
const paperBuf = await buildPaper();
const riskBuf = await buildRisks();
const PW = 595.28, PH = 841.89, ML = 56, W = PW - 2 * ML;
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `${BODY}: agenda, 17 January 2362`, Author: O.tamsin.name, Subject: `${SHORT} agenda pack`, Creator: "Acrobat PDFMaker 25 for Word", Producer: "Adobe Acrobat Pro (64-bit) 25.1.20432", CreationDate: new Date("2362-01-09T10:02:00Z"), ModDate: new Date("2362-01-09T10:07:00Z") } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf"));
doc._root.data.PageMode = "UseAttachments";

const footer = (n) => {
  doc.font("r").fontSize(7.5).fillColor("#666666").text(`${SHORT} agenda, 17 January 2362`, ML, PH - 40, { lineBreak: false });
  doc.text(`Page ${n} of 2`, PW - ML - 80, PH - 40, { width: 80, align: "right", lineBreak: false });
};
// page 1
doc.addPage({ size: "A4", margin: 0 });
doc.rect(0, 0, PW, 8).fill("#00513F");
doc.font("r").fontSize(9).fillColor("#00513F").text("Local Government Association", ML, 30, { lineBreak: false });
doc.font("b").fontSize(19).fillColor("black").text(BODY, ML, 48, { width: W });
out("Local Government Association");
out(BODY);
doc.font("r").fontSize(9.5).fillColor("#333333").text(`A task group of the ${BOARD}`, ML, doc.y + 2, { width: W });
out(`A task group of the ${BOARD}`);
doc.font("b").fontSize(16).fillColor("#00513F").text("Agenda", ML, doc.y + 10, { width: W });
out("Agenda");
let y = doc.y + 8;
const DETAILS = [
  ["Date", "Wednesday 17 January 2362"],
  ["Time", "11.00am to 1.00pm"],
  ["Venue", `${ROOM}. Members may also join on Teams (note 3).`],
  ["Contact", `${O.tamsin.name}, ${O.tamsin.post}, ${O.tamsin.phone}, ${O.tamsin.email}`],
  ["Published", "Tuesday 9 January 2362"],
];
for (const [l, v] of DETAILS) {
  doc.font("b").fontSize(9.5).fillColor("black").text(l, ML, y, { width: 80 });
  doc.font("r").fontSize(9.5).text(v, ML + 90, y, { width: W - 90 });
  y = doc.y + 5;
  out(`${l} | ${v}`);
}
y += 6;
doc.rect(ML, y, W, 40).fill("#E8F1EE");
doc.font("r").fontSize(9).fillColor("black").text("The papers for items 4 and 5 are attached to this PDF as files. Open them from the Attachments panel (the paperclip) in Adobe Acrobat or Acrobat Reader.", ML + 8, y + 8, { width: W - 16 });
out("The papers for items 4 and 5 are attached to this PDF as files. Open them from the Attachments panel (the paperclip) in Adobe Acrobat or Acrobat Reader.");
y += 54;
const AG = [
  ["Item", "Business", "Purpose", "Paper"],
  ["1", "Welcome, apologies and substitutes", "", ""],
  ["2", "Declarations of interest", "", ""],
  ["3", "Minutes of the meeting held on 15 November 2361", "To approve", "On the committee papers site"],
  ["4", `${FUND}: round 2 awards`, "For decision", "Attached: Item 4 (Word)"],
  ["5", "Programme risk register", "For discussion", "Attached: Item 5 (PDF)"],
  ["6", "Performance: quarter 2 2361/62, and the recovery plan for GRW-06 (oral report, Florian Achterberg)", "For information", "Tableau crosstab e-mailed on 4 January 2362 (note 2)"],
  ["7", "Community growing pilots: response to the interim evaluation's recommendations", "For discussion", "Slides of 15 November 2361"],
  ["8", "Any other business", "", ""],
  ["9", "Date of next meeting: Wednesday 14 March 2362, 11.00am", "For information", ""],
];
const AW = [34, 236, 86, W - 356];
for (const [i, r] of AG.entries()) {
  const font = i === 0 ? "b" : "r";
  doc.font(font).fontSize(9);
  const hgt = Math.max(...r.map((c, k) => doc.heightOfString(c || " ", { width: AW[k] - 8 }))) + 10;
  let x = ML;
  if (i === 0) doc.rect(ML, y, W, hgt).fill("#00513F");
  for (const [k, c] of r.entries()) {
    doc.fillColor(i === 0 ? "white" : "black").font(font).fontSize(9).text(c, x + 4, y + 5, { width: AW[k] - 8 });
    x += AW[k];
  }
  y += hgt;
  doc.moveTo(ML, y).lineTo(ML + W, y).lineWidth(0.5).strokeColor("#9BB8AE").stroke();
  out(r.filter((c) => c !== "").join(" | "));
}
footer(1);
// page 2: notes
doc.addPage({ size: "A4", margin: 0 });
doc.rect(0, 0, PW, 8).fill("#00513F");
doc.font("b").fontSize(13).fillColor("#00513F").text("Notes for members", ML, 36, { width: W });
out("Notes for members");
const NOTES = [
  "1. Group pre-meetings start at 10.15am: Conservative in Meeting Room 6, Labour in Meeting Room 7, Liberal Democrat in Meeting Room 3. Independent and Green members are welcome at the Chair's briefing at 10.30am in Meeting Room 5.",
  "2. Item 6: the crosstab downloaded from Tableau on 4 January 2362 does not carry the dashboard's colour key. The Status rows read: Green – on track; Amber – at risk, action in hand; Red – off track; Blue – completed; blank – no data for the quarter. An asterisk (*) in a Status row means the measure has more than one rating under it: GRW-08 is rated Green for primary schools and Red for secondary schools.",
  "3. Members may join on Teams and take part, but only members in the room can vote or count towards the quorum of four voting members.",
  `4. A member who cannot attend should tell ${O.tamsin.name} by noon on Monday 15 January 2362 if a named substitute will attend in their place.`,
  "5. The meeting is open to the public. Appendix B to item 4 (bidders' accounts) is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972 and is not attached.",
];
y = 64;
for (const n of NOTES) {
  doc.font("r").fontSize(9.5).fillColor("black").text(n, ML, y, { width: W });
  y = doc.y + 9;
  out(n);
}
footer(2);

// the attachments
doc.file(paperBuf, { name: ATTACH.paper, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", description: "Item 4: Plot Provision Fund round 2 awards (for decision)", creationDate: new Date("2362-01-08T15:20:00Z"), modifiedDate: new Date("2362-01-08T16:45:00Z") });
doc.file(riskBuf, { name: ATTACH.risks, type: "application/pdf", description: "Item 5: Programme risk register, reviewed 4 January 2362", creationDate: new Date("2362-01-04T11:05:00Z"), modifiedDate: new Date("2362-01-04T11:05:00Z") });
doc.end();

out(ATTACH.paper);
for (const l of paperLines) out(l);
out(ATTACH.risks);
for (const l of riskLines) out(l);
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
