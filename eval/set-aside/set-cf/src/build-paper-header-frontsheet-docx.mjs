// Builds docs/lsctg-item-5-round-2-awards-2692-01-21.docx and its rendering in text/.
// Layout: A WORD BOARD PAPER ON A COUNCIL TEMPLATE WHOSE FRONT SHEET LIVES IN THE FIRST PAGE'S HEADER
// (`docx` 9.x, A4, Arial): the section has "Different first page" set (w:titlePg), and the FIRST-PAGE
// HEADER holds the board's name and a ruled label / value table – meeting, date, agenda item, title, key
// decision, exempt information, contact officer, position, phone, email – so the front sheet is not in
// the document's body at all (word/document.xml starts with the paper's heading); the DEFAULT HEADER of
// the later pages is a one-line running head ("Item 5 | …"), the footer "Page n of N" from fields. The
// body: a heading, "Purpose of report", "Summary", "Recommendations" typed (a)–(d) under "That the Task
// Group:", "Action", background paragraphs typed "1." to "9.", Table 1 of recommended awards with a
// requested and a recommended column (one award reduced below its request, marked with an asterisk
// and a note under the table) and a bold total row, Table 2 (the reserve list), declarations of
// interest, financial implications, and the appendices in A SECOND SECTION TURNED TO LANDSCAPE
// (Appendix A, the scoring criteria with weights; Appendix B, exempt, only its notice), which inherits
// the headers of the first section. Document properties: title, the contact officer as author.
// Rendering: the front sheet first (the header's lines, its table a row a line as "label | value"),
// then the body in order (paragraphs a line each, table rows with cells " | "); the running head and
// the footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-paper-header-frontsheet-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, importDocx, DOCS, BODY, BOARD, FUND, OFFICERS as O, P, AWARDS, RESERVE, ROUND2, RECOMMENDED, CARRY, ROUND3, FUND_TOTAL, ROUND1, ROUND1_COUNCILS, gbp } from "./common.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, Header, Footer, PageNumber, AlignmentType, PageOrientation, HeadingLevel } = D;
const FILE = DOCS.paper;
const BASE = basename(FILE, extname(FILE));
const FONT = "Arial";
const out = [];
const TITLE = `${FUND}: round 2 awards`;
const C = O.priyanka;

const run = (t, o = {}) => new TextRun({ text: t, font: FONT, size: o.size ?? 22, bold: o.bold, italics: o.it });
const para = (t, o = {}) => {
  if (o.render !== false) out.push(t);
  return new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 120 }, indent: o.indent ? { left: o.indent, hanging: o.hanging ?? 0 } : undefined, children: [run(t, o)] });
};
const heading = (t, lvl = 2) => { out.push(t); return new Paragraph({ heading: lvl === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: 200, after: 120 }, children: [run(t, { bold: true, size: lvl === 1 ? 30 : 24 })] }); };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const table = (rows, widths, o = {}) => {
  for (const r of rows) out.push(r.join(" | "));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: rows.map((r, i) => new TableRow({ tableHeader: o.head && i === 0, children: r.map((c, j) => new TableCell({
      width: { size: widths[j], type: WidthType.DXA },
      shading: (o.head && i === 0) || (o.labels && j === 0) ? { type: ShadingType.CLEAR, color: "auto", fill: "DCE6F1" } : undefined,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
      children: [new Paragraph({ alignment: o.right?.includes(j) && !(o.head && i === 0) ? AlignmentType.RIGHT : undefined, children: [run(c, { size: o.size ?? 20, bold: (o.head && i === 0) || (o.labels && j === 0) || (o.boldLast && i === rows.length - 1) })] })],
    })) })),
  });
};

// ------------------------------------------------------------------ the first-page header: the front sheet
const front = [
  para(BOARD, { size: 18, after: 40 }),
  para(BODY, { size: 26, bold: true, after: 120 }),
  table([
    ["Meeting", BODY],
    ["Date", "21 January 2692"],
    ["Agenda item", "5"],
    ["Title", TITLE],
    ["Key decision", "Yes"],
    ["Exempt information", "No. Appendix B is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (financial or business affairs of any particular person)."],
    ["Contact officer", C.name],
    ["Position", C.title],
    ["Phone no", C.phone],
    ["Email", C.email],
  ], [2600, 6900], { labels: true, size: 18 }),
  new Paragraph({ spacing: { after: 200 }, children: [] }),
];

// ------------------------------------------------------------------ the body
const TOTAL_REQ = AWARDS.reduce((t, a) => t + (a.requested ?? a.amount), 0);
const body = [];
body.push(heading(TITLE, 1));
body.push(heading("Purpose of report"));
body.push(para(`To ask the Task Group to approve the round 2 awards of the ${FUND}, a reserve list, and what happens to the money not awarded.`));
body.push(heading("Summary"));
body.push(para(`Round 2 of the ${FUND} closed on ${ROUND2.closed} with ${ROUND2.bids} bids asking for ${gbp(ROUND2.asked)} against a pot of ${gbp(ROUND2.pot)}. The scoring panel recommends eight awards totalling ${gbp(RECOMMENDED)}, a reserve list of two bids, and that the ${gbp(CARRY)} not awarded is carried forward to round 3.`));
body.push(heading("Recommendations"));
body.push(para("That the Task Group:"));
const RECS = [
  `(a) approves the eight round 2 awards in Table 1, totalling ${gbp(RECOMMENDED)};`,
  "(b) agrees the reserve list in Table 2, to be funded in score order if an award is withdrawn before 31 March 2692;",
  `(c) agrees that the ${gbp(CARRY)} not allocated in round 2 is carried forward to round 3; and`,
  "(d) delegates the grant conditions for each award to the Programme Manager, in consultation with the Vice-Chair.",
];
for (const r of RECS) body.push(para(r, { indent: 567, hanging: 567 }));
body.push(heading("Action"));
body.push(para("Officers will tell councils the outcome by 29 January 2692 and issue grant agreements by 26 February 2692."));
body.push(heading("Background"));
const BG = [
  `1. The ${FUND} is ${gbp(FUND_TOTAL)} over 2691/92 and 2692/93. Round 1 awarded ${gbp(ROUND1)} to ${ROUND1_COUNCILS} councils in July 2691.`,
  `2. The Task Group agreed the round 2 prospectus on 17 September 2691: a pot of ${gbp(ROUND2.pot)}, awards of up to ${gbp(ROUND2.max)} and match funding of 10%. Bids opened on 1 October 2691 and closed on ${ROUND2.closed}.`,
  `3. ${ROUND2.bids} bids were received, asking for ${gbp(ROUND2.asked)} in total. One bid (SC2-14, Orrington County Council) was withdrawn by the council on 4 January 2692, after it had been scored.`,
  `4. On 19 November 2691 the Task Group asked a panel of the Vice-Chair, the Deputy Chair and Cllr ${P.strand.name} to score the bids, and agreed that bids scoring below ${ROUND2.threshold} out of 100 would not be recommended. The panel met on 6 January 2692 and scored each bid against the criteria in Appendix A.`,
  `5. Table 1 sets out the eight bids that scored ${ROUND2.threshold} or more, in score order. One award is recommended at less than the amount requested.`,
];
for (const b of BG) body.push(para(b));
body.push(para("Table 1: Recommended round 2 awards", { bold: true, size: 20 }));
const t1 = [["Bid", "Council", "Project", "Score (out of 100)", "Requested", "Recommended award"]];
for (const a of AWARDS) t1.push([a.ref, a.council, a.project, String(a.score), gbp(a.requested ?? a.amount), gbp(a.amount) + (a.requested ? "*" : "")]);
t1.push(["Total", "", "", "", gbp(TOTAL_REQ), gbp(RECOMMENDED)]);
body.push(table(t1, [900, 2300, 2500, 1100, 1300, 1500], { head: true, boldLast: true, right: [3, 4, 5], size: 18 }));
body.push(para("* Reduced from the amount requested: the panel excluded the cost of vehicle purchase, which the prospectus does not fund.", { size: 18, it: true, after: 200 }));
const BG2 = [
  `6. If the Task Group agrees Table 1, ${gbp(CARRY)} of the round 2 pot will not be allocated. It is recommended that this is carried forward, so that round 3 will have ${gbp(ROUND3)}. Round 3 is planned to open in May 2692.`,
  `7. Two bids scored between 60 and ${ROUND2.threshold - 1}. The panel recommends them as a reserve list (Table 2), to be funded in score order if an award in Table 1 is withdrawn before 31 March 2692.`,
];
for (const b of BG2) body.push(para(b));
body.push(para("Table 2: Reserve list", { bold: true, size: 20 }));
const t2 = [["Bid", "Council", "Project", "Score (out of 100)", "Requested"]];
for (const a of RESERVE) t2.push([a.ref, a.council, a.project, String(a.score), gbp(a.amount)]);
body.push(table(t2, [900, 2600, 3000, 1300, 1500], { head: true, right: [3, 4], size: 18 }));
body.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
body.push(heading("Declarations of interest"));
const DECL = [
  `8. The Chair, Cllr ${P.oyelaran.name}, is a member of Ashcombe City Council, which has bid (SC2-02); she will take no part in this item, and the Vice-Chair, Cllr ${P.fennimore.name}, will chair it. Cllr ${P.charlesworth.name} (Kettlebridge, SC2-08) and Cllr ${P.mbeki.name} (Wexmoor, SC2-24) are members of bidding councils; Cllr ${P.mbeki.name} took no part in scoring SC2-24. Cllr ${P.thorsby.name} is a trustee of Millbeck Digital Buddies, a partner in bid SC2-13.`,
];
for (const d of DECL) body.push(para(d));
body.push(heading("Financial implications"));
body.push(para(`9. The awards are met from the ${FUND}, which is held outside the programme's revenue budget. ${O.ingrid.name}, ${O.ingrid.title}, has confirmed that the recommended awards and the carry-forward are within the fund.`));

// ------------------------------------------------------------------ appendices (landscape section)
const app = [];
app.push(heading("Appendix A: Scoring criteria"));
app.push(table([
  ["Criterion", "What the panel looked for", "Weight (points)"],
  ["Need and evidence", "Local evidence of loneliness and of the groups most at risk", "30"],
  ["Reach", "How many people at risk the project will reach, and how", "25"],
  ["Partnership", "Voluntary and community sector partners and match funding", "20"],
  ["Value for money", "Cost per person reached and realistic costs", "15"],
  ["Sustainability", "What continues after the grant ends", "10"],
  ["Total", "", "100"],
], [3200, 8000, 2000], { head: true, boldLast: true, right: [2] }));
app.push(new Paragraph({ spacing: { after: 200 }, children: [] }));
app.push(heading("Appendix B: Bid scoring detail (exempt)"));
app.push(para("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. Appendix B is circulated to members of the Task Group only and will be taken as item 8 in Part 2 of the agenda."));

const runHead = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`Item 5 | ${TITLE}`, { size: 16 })] })] });
const foot = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font: FONT, size: 16 })] })] });
const doc = new Document({
  creator: C.name, title: `${TITLE} – ${BODY}, 21 January 2692`, description: "Agenda item 5",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [
    {
      properties: { titlePage: true, page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567 } } },
      headers: { first: new Header({ children: front }), default: runHead },
      footers: { first: foot, default: foot },
      children: body,
    },
    {
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567 } } },
      children: app,
    },
  ],
});
// the package's core properties dated as the paper was saved (the library stamps the build time)
const JSZip = requireMain("jszip");
const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
const core = (await zip.file("docProps/core.xml").async("string"))
  .replace(/(<dcterms:created[^>]*>)[^<]*/, "$12692-01-08T10:14:00Z").replace(/(<dcterms:modified[^>]*>)[^<]*/, "$12692-01-12T17:03:00Z");
zip.file("docProps/core.xml", core);
writeFileSync(join(root, "docs", FILE), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(Date.UTC(2692, 0, 12, 17, 3)) }));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
