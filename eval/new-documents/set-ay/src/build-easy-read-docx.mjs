// Builds docs/ldap-minutes-2123-11-17-easy-read.docx and its rendering in text/.
// Layout: AN EASY READ VERSION OF THE MINUTES, as councils and partnership boards publish them beside
// the formal minutes (`docx` 9.x, A4 portrait, Arial 14 pt, left-aligned, generous spacing): after a
// title block, THE WHOLE BODY IS BORDERLESS TWO-COLUMN TABLES – A PICTURE IN THE LEFT CELL (a PNG
// pictogram with alt text such as "Picture of a calendar") AND SHORT SENTENCES IN THE RIGHT CELL, one
// idea per sentence, one row per idea – under plain headings ("Who came to the meeting", "What we
// decided", "What happens next"). HARD WORDS ARE IN BOLD where they first appear and explained only in
// a "Hard words" table at the end (word | what it means). There are no minute numbers, no "Resolved:",
// no agenda item numbers: items are "We talked about …"; people are named in sentences ("Cllr X
// chaired the meeting. This means she was in charge.", "… came instead of …"); money is written
// "£185,000"; lists are real Word bullets; the awards are a small ruled table inside a right-hand cell.
// Page header "Easy Read" and the body's name; footer "Page n". Document properties: title, author the
// Accessible Information Officer, subject "Easy Read minutes".
// Rendering: the title block, headings, each sentence or list item a line (the pictures left out, as
// a reader who cannot see them meets the text), the nested awards table and the hard words table a row
// a line with cells " | "; page header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-easy-read-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, PROGRAMME, FUND, OFFICERS as O, P, cllr, GUEST, ADVISERS, AWARDS, ATOTAL, gbp } from "./common.mjs";
import { PICTURES } from "./pictures.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, ImageRun, Header, Footer, PageNumber, AlignmentType, VerticalAlign, HeadingLevel, LevelFormat } = D;
const FILE = DOCS.easyread;
const BASE = basename(FILE, extname(FILE));
const FONT = "Arial";
const out = [];
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: "808080" };
const NOB = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

// a sentence: "**bold**" marks a hard word
const runs = (s, o = {}) => s.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((t) => new TextRun({ text: t.replace(/\*\*/g, ""), bold: o.bold || t.startsWith("**"), font: FONT, size: o.size ?? 28 }));
const plain = (s) => s.replace(/\*\*/g, "");
const p = (s, o = {}) => { out.push(plain(s)); return new Paragraph({ spacing: { after: o.after ?? 160, line: 320 }, numbering: o.bullet ? { reference: "er-bullets", level: 0 } : undefined, children: runs(s, o) }); };
const heading = (s) => { out.push(s); return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360, after: 200 }, children: [new TextRun({ text: s, font: FONT, size: 40, bold: true, color: "1F4E9A" })] }); };
const picture = (key, alt) => new Paragraph({ children: [new ImageRun({ type: "png", data: PICTURES[key](), transformation: { width: 96, height: 96 }, altText: { name: key, title: alt, description: alt } })] });
// one row of the Easy Read layout: picture left, sentences (or blocks) right
const rowsOf = (items) => items.map(([key, alt, content]) => new TableRow({ cantSplit: true, children: [
  new TableCell({ width: { size: 2200, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, verticalAlign: VerticalAlign.TOP, margins: { top: 120, bottom: 120 }, children: [picture(key, alt)] }),
  new TableCell({ width: { size: 7400, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, verticalAlign: VerticalAlign.CENTER, margins: { top: 120, bottom: 120, left: 200 }, children: content() }),
] }));
const layout = (items) => new Table({ width: { size: 9600, type: WidthType.DXA }, columnWidths: [2200, 7400], borders: NOB, rows: rowsOf(items) });
const small = (data, widths) => {
  for (const r of data) out.push(r.join(" | "));
  return new Table({ width: { size: widths.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: widths, borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: data.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c, j) => new TableCell({ width: { size: widths[j], type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text: c, font: FONT, size: 24, bold: i === 0 })] })] })) })) });
};

const body = [];
// title block
out.push("Easy Read");
body.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: "Easy Read", font: FONT, size: 28, bold: true, color: "FFFFFF", shading: { type: "clear", color: "auto", fill: "1F4E9A" } })] }));
out.push(`What happened at the ${BODY} meeting`);
body.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 200 }, children: [new TextRun({ text: `What happened at the ${BODY} meeting`, font: FONT, size: 52, bold: true })] }));
out.push("Wednesday 17 November 2123");
body.push(new Paragraph({ spacing: { after: 300 }, children: [new TextRun({ text: "Wednesday 17 November 2123", font: FONT, size: 36, bold: true })] }));
body.push(layout([
  ["book", "Picture of an open book", () => [p("This is an Easy Read version of the **minutes**."), p("Words in **bold** are hard words. We explain them at the end.")]],
  ["calendar", "Picture of a calendar", () => [p("The meeting was on Wednesday 17 November 2123."), p("It started at 10.30am."), p("It was at 18 Smith Square in London and on Microsoft Teams.")]],
]));

body.push(heading("Who came to the meeting"));
body.push(layout([
  ["chair", "Picture of a person at the front of a meeting", () => [p(`${cllr("carrow")} **chaired** the meeting.`), p("This means she was in charge.")]],
  ["people", "Picture of a group of people", () => [
    p("These councillors came to the meeting:"),
    ...["quillon", "nwachukwu", "wrenbury", "pattullo", "achterlonie", "tremayne"].map((k) => p(cllr(k), { bullet: true, after: 60 })),
  ]],
  ["people", "Picture of a group of people", () => [p(`${cllr("galsworth")} came instead of ${cllr("brightwater")}.`), p("She was a **substitute**.")]],
  ["meeting", "Picture of people sitting round a table", () => [p(`Our **experts by experience** ${ADVISERS[0]} and ${ADVISERS[1]} from Speak Up Together came too.`)]],
  ["people", "Picture of a group of people", () => [
    p("These staff came to the meeting:"),
    p(`${O.rosalind.name}. She runs the ${PROGRAMME}.`, { bullet: true, after: 60 }),
    p(`${O.caspian.name}. He works on jobs for disabled people.`, { bullet: true, after: 60 }),
    p(`${O.bryony.name}. She makes our Easy Read papers.`, { bullet: true, after: 60 }),
    p(`${O.thaddeus.name}. He wrote the minutes.`, { bullet: true, after: 60 }),
  ]],
]));

body.push(heading("Who could not come"));
body.push(layout([
  ["apologies", "Picture of a person with a red cross", () => [p(`${cllr("tregarthen")} and ${cllr("brightwater")} could not come.`), p("They sent their **apologies**.")]],
]));

body.push(heading("Telling us about interests"));
body.push(layout([
  ["interest", "Picture of a person holding up a sign", () => [p(`${cllr("pattullo")} told us she has an **interest** in the money for Kestrelford.`), p("Her daughter works for the apprenticeships team at Kestrelford council."), p("She did not vote on the money for Kestrelford.")]],
]));

body.push(heading("What we talked about"));
body.push(layout([
  ["talk", "Picture of a speech bubble", () => [p(`${GUEST.name} came to talk to us. She is the Chief Executive of the Inclusive Work Alliance.`), p("She talked about **supported employment**.")]],
  ["job", "Picture of a work bag", () => [p("She said only 1 in 18 adults with a learning disability who get support from their council has a paid job."), p("She said job coaches help people keep their jobs."), p("7 out of 10 people with a job coach still had their job after a year.")]],
  ["chart", "Picture of a bar chart", () => [p(`We looked at how the ${PROGRAMME} is doing.`), p("We have 10 **measures**."), p("At the end of September 1 measure was red. Red means it is going badly."), p("It was about how long autistic adults wait for an **assessment**.")]],
]));

body.push(heading("What we decided"));
body.push(layout([
  ["money", "Picture of a pound coin", () => [
    p(`We agreed to give ${gbp(ATOTAL)} from the **${FUND}** to 6 councils.`),
    p("The money will help people with a learning disability or autistic people get jobs."),
    small([["Council", "What the money is for", "How much"], ...AWARDS.map((a) => [a.council, a.project, gbp(a.award)])], [2600, 2900, 1500]),
  ]],
  ["tick", "Picture of a green tick", () => [p("We agreed that Easy Read versions of our papers will come out within 10 working days of each meeting.")]],
  ["tick", "Picture of a green tick", () => [p("We asked for a plan to make waits for autism assessments shorter."), p("The plan will come to our meeting in March 2124.")]],
]));

body.push(heading("What happens next"));
body.push(layout([
  ["next", "Picture of an arrow", () => [p(`${O.rosalind.name} will write the plan about autism waits.`), p("She will do this by 15 March 2124.")]],
  ["next", "Picture of an arrow", () => [p(`${O.caspian.name} will send the 6 councils letters about their money.`), p("He will do this by 8 December 2123.")]],
  ["next", "Picture of an arrow", () => [p(`${O.bryony.name} will train 2 more Easy Read writers.`), p("She will do this by 31 January 2124.")]],
  ["next", "Picture of an arrow", () => [p(`${O.thaddeus.name} will plan a visit for members to the job coaching project in Brindleford.`), p("He will do this by April 2124.")]],
]));

body.push(heading("Next meeting"));
body.push(layout([
  ["calendar", "Picture of a calendar", () => [p("Our next meeting is on Wednesday 15 March 2124 at 10.30am.")]],
]));

body.push(heading("Hard words"));
body.push(small([
  ["Word", "What it means"],
  ["Apologies", "Saying sorry that you cannot come to a meeting."],
  ["Assessment", "When a professional finds out if someone is autistic and what help they need."],
  ["Chaired", "Was in charge of the meeting."],
  ["Experts by experience", "People with a learning disability or autistic people who help the Panel. They are paid for their time."],
  ["Interest", "When something at the meeting is about you, your family or your work."],
  ["Measures", "Numbers that show how well the programme is doing."],
  ["Minutes", "Notes of what happened at a meeting."],
  ["Substitute", "A councillor who comes to a meeting instead of another councillor."],
  ["Supported employment", "Help to get a paid job and keep it, for example from a job coach."],
  [FUND, "Money from the Panel for councils to try new ways to help people get jobs."],
], [3000, 6600]));

body.push(heading("Who made this Easy Read"));
body.push(layout([
  ["book", "Picture of an open book", () => [p(`This Easy Read was written by ${O.bryony.name}.`), p("It was checked by Speak Up Together.")]],
  ["phone", "Picture of a phone", () => [p(`If you have questions, contact ${O.thaddeus.name}.`), p(`Phone: ${O.thaddeus.phone}`), p(`Email: ${O.thaddeus.email}`)]],
]));

const document = new Document({
  title: "Easy Read minutes – Learning Disability and Autism Panel – 17 November 2123",
  creator: O.bryony.name, subject: "Easy Read minutes", description: "Easy Read version of the minutes of 17 November 2123",
  styles: { default: { document: { run: { font: FONT, size: 28 } } } },
  numbering: { config: [{ reference: "er-bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 500, hanging: 300 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1200, bottom: 1100, left: 1134, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `Easy Read – ${BODY}`, font: FONT, size: 20, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], font: FONT, size: 20 })] })] }) },
    children: body,
  }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(document));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
