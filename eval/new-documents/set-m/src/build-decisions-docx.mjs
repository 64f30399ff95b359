// Builds docs/road-safety-panel-decisions-between-meetings-2026.docx (the LGA Road Safety Panel's record of
// the decisions its Chair took between the meetings of 21 January and 24 June 2026, item 4 at the Panel on
// Wednesday 24 June 2026; a Word file made with the `docx` package, 9.x) and its plain-text rendering
// text/road-safety-panel-decisions-between-meetings-2026.txt from the same content.
//
//   node src/build-decisions-docx.mjs    (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait, Calibri. Page header "Road Safety Panel – 24 June 2026 – Item 4" and a footer with the
// page number (page furniture, left out of the rendering). A heading block, "Label: value" paragraphs with bold
// run-in labels (Meeting, Agenda item, Period covered, Contact officer), a summary and a recommendation. Then
// the five decisions, each a block whose TITLE IS A WORD AUTO-NUMBERED PARAGRAPH (numbering.xml, decimal
// "1." … "5." drawn by Word: the numbers are not in the text), followed by bold run-in labelled paragraphs
// "Reference:", "Date of decision:", "Taken by:", "Decision:", "Reasons:", "Alternatives considered:" (the
// alternatives as Word BULLETS), "Declared conflicts:" and "Status at 12 June 2026:". One decision's text has
// sub-items AUTO-LETTERED "(a)" … "(c)" by Word (also not in the text). Each decision after the first starts
// after a thin rule (a paragraph border).
// Synthetic test fixture: the people, contracts and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "road-safety-panel-decisions-between-meetings-2026";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, BorderStyle, Footer, Header, PageNumber, LevelFormat } = Dx;

// ---------------------------------------------------------------- content
const TOP = ["Local Government Association", "Road Safety Panel"];
const TITLE = "Decisions taken between meetings";
const META = [
  ["Meeting:", "Road Safety Panel, Wednesday 24 June 2026"],
  ["Agenda item:", "4"],
  ["Period covered:", "22 January to 31 May 2026"],
  ["Contact officer:", "Crispin Dallaway, Member Services Officer – 020 7946 0195 – crispin.dallaway@local.gov.uk"],
];
const SUMMARY_H = "Summary";
const SUMMARY = "Paragraph 6 of the Panel's terms of reference allows the Chair, after consulting the Vice-Chair and the lead member concerned, to take a decision that cannot wait until the next meeting, and requires each such decision to be reported to the next meeting. The Chair, Cllr Torquil Ebbrell, took five decisions between the meetings of 21 January and 24 June 2026. They are recorded below in the order in which they were taken.";
const REC = ["Recommendation:", "That the Panel notes the decisions taken between meetings."];
const DEC_H = "The decisions";
// each: title, fields [[label, text | {text, letters:[…]} ]], alternatives [..] (after "Alternatives considered:")
const DECISIONS = [
  {
    title: "Safer Journeys Fund: later closing date for the 2025/26 round",
    ref: "RSD 26/01",
    date: "Thursday 12 February 2026",
    by: "Cllr Torquil Ebbrell (Chair), after consulting Cllr Rosalind Penberthy (Vice-Chair) and Cllr Fenella Broadbridge (lead member, Safer Journeys Fund)",
    decision: "To extend the closing date for bids to the 2025/26 round of the Safer Journeys Fund from Friday 27 February 2026 to Friday 13 March 2026.",
    reasons: "The Department for Transport confirmed the last £80,000 of its £480,000 grant only on 9 February 2026, two weeks later than planned, and 11 councils told officers that they could not get bids approved by 27 February. Without more bids, about £60,000 of the grant would have been left unawarded and returned to the Department.",
    alternatives: ["Keeping the closing date of 27 February 2026 and returning any grant not awarded to the Department for Transport.", "Carrying the money into a 2026/27 round, which the grant conditions do not allow."],
    conflicts: "Cllr Fenella Broadbridge declared that Stockport Metropolitan Borough Council intended to bid to the Fund. She was consulted on the timetable only, and took no part in assessing bids.",
    status: "Implemented.",
  },
  {
    title: "Response to the Department for Transport's consultation on rural speed limits",
    ref: "RSD 26/02",
    date: "Tuesday 3 March 2026",
    by: "Cllr Torquil Ebbrell (Chair), after consulting Cllr Rosalind Penberthy (Vice-Chair) and Cllr Marcus Heptonstall (lead member, 20mph and speed limits)",
    decision: "To submit the Panel's response to the consultation on guidance for setting speed limits on rural roads by its closing date of Friday 6 March 2026. The response:",
    letters: [
      "supports letting councils lower the limit on a rural road with a record of collisions without first holding a public inquiry;",
      "opposes the proposal that every change to a rural speed limit be approved by the Secretary of State; and",
      "asks for new burdens funding for the signs and surveys that the guidance would require.",
    ],
    reasons: "The consultation closed before the Panel's next meeting. The response follows the position the Panel agreed on 21 January 2026 (minute 6/26).",
    alternatives: ["Not responding, and relying on the LGA's wider response on transport.", "Asking for an extension, which the Department had said it would not grant."],
    conflicts: "None.",
    status: "Implemented. The response was submitted on 5 March 2026.",
  },
  {
    title: "Casualty data dashboard: hosting and support contract, April 2026 to March 2028",
    ref: "RSD 26/03",
    date: "Thursday 19 March 2026",
    by: "Cllr Torquil Ebbrell (Chair), after consulting Cllr Rosalind Penberthy (Vice-Chair) and Cllr Hamish Cattermole, in place of the lead member",
    decision: "To award the contract for hosting and supporting the casualty data dashboard from 1 April 2026 to 31 March 2028 to Lumen Roadway Analytics Ltd, for £46,500 (£23,250 a year).",
    reasons: "Lumen Roadway Analytics Ltd's bid was the lowest of the three compliant bids and scored highest on quality, 78 out of 100. The contract with the current supplier, Crossfield Data Ltd, ended on 31 March 2026, so the decision could not wait until the Panel met in June.",
    alternatives: ["Crossfield Data Ltd's bid of £49,900 for the two years, which scored 71 on quality.", "Westlake Mobility Insight's bid of £52,800, which scored 74 on quality.", "Running the dashboard in-house, which would need a second data analyst post."],
    conflicts: "Cllr Orla Scattergood, lead member for data and evidence, declared that a close family member works for Westlake Mobility Insight. She was not consulted and took no part in the decision; Cllr Hamish Cattermole was consulted in her place.",
    status: "In progress. The contract was signed on 27 March 2026; the move from Crossfield Data Ltd will be finished by 31 July 2026.",
  },
  {
    title: "Road Safety Summit 2026: venue and date",
    ref: "RSD 26/04",
    date: "Tuesday 21 April 2026",
    by: "Cllr Torquil Ebbrell (Chair), after consulting Cllr Rosalind Penberthy (Vice-Chair)",
    decision: "To hold the Road Safety Summit 2026 at the Aire Quay Conference Centre, Leeds, on Thursday 15 October 2026, with a delegate fee of £95 for councils and £180 for other organisations, within a budget of £42,000.",
    reasons: "The venue offered the date at a 20 per cent discount if it was booked by 30 April 2026. Leeds is within two hours by train of most councils in the North, where attendance at the 2025 Summit in Nottingham was lowest.",
    alternatives: ["Returning to Nottingham, where the 2025 venue had no autumn dates.", "An online-only Summit, which delegates rated lower than an event in person in the 2025 feedback survey."],
    conflicts: "None.",
    status: "Superseded. The venue cancelled the booking on 2 June 2026; a new date goes to the Panel on 24 June 2026 (item 8).",
  },
  {
    title: "Panel representative on the National School Streets Alliance steering group",
    ref: "RSD 26/05",
    date: "Friday 29 May 2026",
    by: "Cllr Torquil Ebbrell (Chair), after consulting Cllr Rosalind Penberthy (Vice-Chair)",
    decision: "To nominate Cllr Tamsin Okwuosa as the Panel's representative on the steering group of the National School Streets Alliance from 1 June 2026 until the Panel's meeting on 24 June 2026, when the Panel will make an appointment for 2026/27.",
    reasons: "The steering group was due to agree its work plan on 4 June 2026, and the Panel's previous representative, Cllr Marcus Heptonstall, left the Panel after the local elections on 7 May 2026.",
    alternatives: ["Leaving the seat empty until 24 June 2026.", "Asking an officer to attend the meeting on 4 June 2026 as an observer."],
    conflicts: "Cllr Tamsin Okwuosa, the lead member for school streets, was not consulted, because she was the member being nominated.",
    status: "Interim, until the Panel makes an appointment on 24 June 2026.",
  },
];
const CLOSE = "Background papers: the Panel's terms of reference 2025/26; the decision sheets signed by the Chair, held by Member Services.";
const HEADER_TEXT = "Road Safety Panel – 24 June 2026 – Item 4";

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const all = JSON.stringify([SUMMARY, DECISIONS]);
for (const m of all.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
if (DECISIONS.length !== 5 || !SUMMARY.includes("five decisions")) throw new Error("decision count");
const dates = DECISIONS.map((d) => { const m = d.date.match(/(\d+) (\w+) (\d{4})/); return Date.UTC(+m[3], MONTHS.indexOf(m[2]), +m[1]); });
for (let i = 1; i < dates.length; i++) if (dates[i] <= dates[i - 1]) throw new Error("decisions not in date order");
if (Date.UTC(2026, 0, 22) > dates[0] || dates[4] > Date.UTC(2026, 4, 31)) throw new Error("decision outside the period");

// ---------------------------------------------------------------- Word
const font = "Calibri";
const ACC = "0F6B5C";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const lab = (label, text, o = {}) => new Paragraph({ spacing: { after: 100 }, ...o, children: [run(label + " ", { bold: true }), run(text)] });
const children = [];
children.push(new Paragraph({ spacing: { after: 40 }, children: [run(TOP[0], { size: 20, color: "555555" })] }));
children.push(new Paragraph({ spacing: { after: 60 }, children: [run(TOP[1], { size: 28, bold: true, color: ACC })] }));
children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 200 }, children: [run(TITLE, { size: 40, bold: true })] }));
for (const [l, t] of META) children.push(lab(l, t, { spacing: { after: 60 } }));
children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 }, children: [run(SUMMARY_H, { size: 28, bold: true, color: ACC })] }));
children.push(new Paragraph({ spacing: { after: 120 }, children: [run(SUMMARY)] }));
children.push(lab(REC[0], REC[1]));
children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 }, children: [run(DEC_H, { size: 28, bold: true, color: ACC })] }));
DECISIONS.forEach((d, i) => {
  children.push(
    new Paragraph({
      numbering: { reference: "decisions", level: 0 },
      keepNext: true,
      spacing: { before: 280, after: 120 },
      border: i ? { top: { style: BorderStyle.SINGLE, size: 6, color: "9BBFB7", space: 8 } } : undefined,
      children: [run(d.title, { bold: true, size: 24, color: ACC })],
    }),
  );
  children.push(lab("Reference:", d.ref, { spacing: { after: 40 } }));
  children.push(lab("Date of decision:", d.date, { spacing: { after: 40 } }));
  children.push(lab("Taken by:", d.by));
  children.push(lab("Decision:", d.decision));
  if (d.letters) d.letters.forEach((t) => children.push(new Paragraph({ numbering: { reference: "letters", level: 0, instance: i }, spacing: { after: 60 }, children: [run(t)] })));
  children.push(lab("Reasons:", d.reasons));
  children.push(new Paragraph({ spacing: { after: 60 }, keepNext: true, children: [run("Alternatives considered:", { bold: true })] }));
  d.alternatives.forEach((t) => children.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 40 }, children: [run(t)] })));
  children.push(lab("Declared conflicts:", d.conflicts, { spacing: { before: 80, after: 100 } }));
  children.push(lab("Status at 12 June 2026:", d.status));
});
children.push(new Paragraph({ spacing: { before: 300 }, children: [run(CLOSE, { size: 19, italics: true, color: "555555" })] }));

const doc = new Document({
  creator: "LGA Member Services",
  title: "Road Safety Panel – decisions taken between meetings – 24 June 2026",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 22 } } } },
  numbering: {
    config: [
      { reference: "decisions", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 454, hanging: 454 } }, run: { bold: true, color: ACC, size: 24, font } } }] },
      { reference: "letters", levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "(%1)", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 907, hanging: 453 } } } }] },
      { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "\u2022", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    ],
  },
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1200, left: 1300, right: 1300, header: 600, footer: 600 } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(HEADER_TEXT, { size: 17, color: "666666" })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], font, size: 17, color: "666666" })] })] }) },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
// One line per paragraph; bold run-in labels as "Label: text"; the auto-numbered decision titles, the
// auto-lettered sub-items and the bullets WITHOUT the numbers, letters or bullets that Word draws.
const R = [...TOP, TITLE, ...META.map(([l, t]) => `${l} ${t}`), SUMMARY_H, SUMMARY, `${REC[0]} ${REC[1]}`, DEC_H];
for (const d of DECISIONS) {
  R.push(d.title, `Reference: ${d.ref}`, `Date of decision: ${d.date}`, `Taken by: ${d.by}`, `Decision: ${d.decision}`);
  if (d.letters) R.push(...d.letters);
  R.push(`Reasons: ${d.reasons}`, "Alternatives considered:", ...d.alternatives, `Declared conflicts: ${d.conflicts}`, `Status at 12 June 2026: ${d.status}`);
}
R.push(CLOSE);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines)`);
