// Builds docs/heat-networks-commission-zoning-consultation-draft-response-2029-03-07.docx (the LGA Heat Networks
// Commission, Wednesday 7 March 2029, item 4: "Heat network zoning: draft response to the Government’s
// consultation", draft 3 of Monday 26 February 2029) and its plain-text rendering text/<same base>.txt.
//
//   node src/build-response-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: Word (docx 9.x), A4 portrait, Arial, a DRAFT CIRCULATED FOR COMMENT:
//  - bold run-in labels (Consultation, Published by, Closing date, Drafted by, Lead member, Comments by);
//  - a FLOATING TEXT BOX ("Key messages", a VML text box anchored after the labels, absolutely positioned at the
//    right of the page with square wrapping) whose text lives in the drawing, not in the body's paragraphs;
//  - each consultation question in a QUESTION BOX: a one-cell table with a thick coloured left border and a tint,
//    "Question n" in bold over the question in italics; then "Our answer:" with the option in bold (Agree /
//    Partly agree / Disagree / Don’t know / Not answered) and the response paragraphs;
//  - REAL WORD ENDNOTES numbered i, ii, iii … (lower-roman, drawn by Word; their text at the end of the document,
//    outside the body);
//  - REAL WORD COMMENTS in the margin (word/comments.xml), anchored to ranges of text, from four reviewers, one
//    with a THREADED REPLY (commentsExtended.xml): the reviewers' points are only in the comments;
//  - page header "… – 7 March 2029 – Item 4" and footer "Draft 3 – not for publication – Page n of m".
// No sentence says which questions get which answer in a list: only the answer line under each box does.
// Rendering: paragraphs one a line (endnote reference marks left out, as mammoth's raw text leaves them out);
// the text box's paragraphs where Word anchors it (after the labels); each question box as two lines ("Question
// n", then the question); each comment as a line "Author: text" after the paragraph it is anchored to (a reply
// likewise); the endnotes at the end, each as "i. text" (the number as Word draws it); header and footer dropped.
// Synthetic test fixture: the consultation, the people, figures and survey are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "heat-networks-commission-zoning-consultation-draft-response-2029-03-07";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const {
  Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber, Table, TableRow, TableCell, WidthType, ShadingType,
  HeadingLevel, Textbox, EndnoteReferenceRun, CommentRangeStart, CommentRangeEnd, CommentReference, NumberFormat, BorderStyle,
} = Dx;

// ---------------------------------------------------------------- content
const TOP = ["Heat Networks Commission", "Wednesday 7 March 2029", "Item 4"];
const TITLE = "Heat network zoning: draft response to the Government’s consultation";
const SUBTITLE = "Draft 3, Monday 26 February 2029, for comment by the Commission";
const LABELS = [
  ["Consultation:", "Heat network zoning: zone coordinators, requirements to connect and customer safeguards"],
  ["Published by:", "Department for Energy Security and Net Zero, Monday 15 January 2029"],
  ["Closing date:", "Friday 27 April 2029"],
  ["Drafted by:", "Imogen Thirkettle, Adviser (Heat and Energy), 020 7946 0613, imogen.thirkettle@local.gov.uk"],
  ["Lead member:", "Cllr Marisol Keyworth, lead member for heat customers"],
  ["Comments by:", "Friday 16 March 2029"],
];
const KEY_TITLE = "Key messages";
const KEY = [
  "Councils should be the zone coordinator in their own area by default, with the option to share the role with a combined authority.",
  "Zone coordination is a new burden: it needs new burdens funding of at least £45 million a year from 2030/31, not a levy that would take years to build up.",
  "Public buildings should connect where it is affordable, with a longer deadline than the 24 months proposed.",
  "Heat network customers need the same protection as gas and electricity customers, including a price cap, from the start of zoning.",
];
// Paragraph content: a string, or an array of parts: string | {note: id} (endnote reference) | {c: id, t: text} (commented run)
const ABOUT_H = "About this draft";
const ABOUT = [
  "This is the third draft of the LGA’s response to the Government’s consultation on heat network zoning. It takes account of the Commission’s discussion on 29 November 2028 and of two round tables with council officers held in January 2029.",
  "The Commission is asked to comment on the draft at its meeting on 7 March 2029. Members may also send written comments to Imogen Thirkettle by Friday 16 March 2029. The Chair will sign off the final response, which must reach the Department by Friday 27 April 2029.",
  "Our answer to each question follows the question box, using the consultation’s response options: Agree, Partly agree, Disagree or Don’t know. We propose not to answer question 9, on the technical standard for heat meters.",
  ["The evidence in this draft comes mainly from the LGA’s survey of councils with a heat network interest, carried out in November 2028.", { note: 1 }],
];
// chapters: [heading, [questions]]; question: [n, question, answer, answerComment?, paragraphs]
const CHAPTERS = [
  ["Chapter 2: Who coordinates heat network zones", [
    [1, "Do you agree that the zone coordinator for each heat network zone should be the local authority in which the zone sits, or the combined authority where the zone covers more than one council?", "Agree", null, [
      ["Councils know their local energy systems, their building stock and their communities, and they already lead local area energy planning in most places. Of the councils that answered our survey, 46 (72 per cent) want to be the zone coordinator in their area and a further 9 want to share the role with a combined authority.", { note: 2 }],
      "We agree that the role should sit with the council by default. Where a council does not want the role, the Department should not appoint a national body without the council’s agreement.",
    ]],
    [2, "Do you agree with the duties of the zone coordinator proposed in Chapter 3: a zone review every four years, a zone delivery plan, and monitoring of connections?", "Partly agree", null, [
      "We agree with the zone delivery plan and with monitoring connections. A full zone review every four years is too frequent: it would cost a large urban council up to £90,000 each time and would fall out of step with local plans. We propose a review every five years, with a light-touch update in between if the zone changes materially.",
    ]],
    [3, "Do you agree that the costs of zone coordination should be met from a levy on heat network operators’ connection charges rather than from grant?", "Disagree", null, [
      ["A levy on connection charges would raise little in the first years of zoning, when few buildings have connected, yet councils’ costs are highest at the start. The 28 councils in the advanced zoning pilots report annual coordination costs of between £310,000 and £520,000 for a large urban zone and between £95,000 and £180,000 for a small town zone.", { note: 3 }],
      ["Zone coordination is a new duty and should be funded under the new burdens doctrine. ", { c: 2, t: "We estimate that at least £45 million a year will be needed from 2030/31" }, ", and we ask the Department to set out transitional funding for 2029/30."],
    ]],
  ]],
  ["Chapter 3: Requirements to connect", [
    [4, "Do you agree that new and existing buildings with a heat demand of more than 100 MWh a year should be required to connect to a heat network within a zone, subject to the exemptions in Chapter 4?", "Agree", null, [
      "A clear threshold gives developers and building owners certainty. We ask that the exemption for buildings that already use a low-carbon heat source is kept, so that councils that have already invested in heat pumps are not penalised.",
    ]],
    [5, "Do you agree that publicly owned buildings, including schools and care homes, should be required to connect to a heat network where a connection is offered within a zone?", "Partly agree", [0, 1], [
      "Public buildings are often the anchor loads that make a network viable, and councils want to play their part. But schools and care homes run on tight budgets, and they should not be required to connect at a price that is higher than their current heating costs. We could support the requirement only if connection charges and heat prices for these buildings are capped.",
    ]],
    [6, "Do you agree that existing buildings should be required to connect within 24 months of a connection being offered?", "Disagree", null, [
      ["Twenty-four months is too short for many public buildings, whose heating replacements are planned through capital programmes several years ahead. Replacing a school’s heating system takes a median of 31 months from approval to completion.", { note: 4 }],
      [{ c: 3, t: "We propose a deadline of 36 months, with the zone coordinator able to agree a longer period where there is good reason." }],
    ]],
  ]],
  ["Chapter 4: Protecting heat network customers", [
    [7, "Do you agree that the regulator should set a price cap for heat network customers from the start of zoning in 2030?", "Agree", null, [
      ["Heat network customers cannot switch supplier, so they need protection at least equal to that of gas and electricity customers. Customers on 41 council-run networks paid a median of 11.9p per kWh in 2028, but the highest price we found was more than twice that.", { note: 5 }, " A price cap should apply from the start of zoning."],
    ]],
    [8, "Do you agree that zone coordinators should share information with heat network developers, including data on council-owned buildings?", "Partly agree", null, [
      ["Sharing data will speed up network design, and councils hold much of it already. ", { c: 4, t: "We will share the heat demand, floor area and heating system of council-owned buildings, and information on tenants’ homes where it helps to plan connections." }],
      "Data sharing should be governed by a standard agreement issued by the Department, so that each council does not have to negotiate its own with every developer.",
    ]],
  ]],
  ["Annexes: heat meters and the impact assessment", [
    [9, "Do you have any comments on the draft technical standard for heat meters in Annex C?", "Not answered", null, [
      "We have not answered this question. The standard is a technical matter for operators and metering specialists.",
    ]],
    [10, "Do you agree with the impact assessment’s estimate that 340 heat network zones will be designated in England by 2035?", "Don’t know", null, [
      "We do not have the evidence to confirm or challenge the estimate. We note that our funding estimate in answer to question 3 depends on it.",
    ]],
  ]],
];
const ENDNOTES = {
  1: "LGA survey of councils with a heat network interest, November 2028. 112 councils were invited to take part and 64 responded (57 per cent).",
  2: "Of the 64 councils that responded, 46 want to be the zone coordinator, 9 want to share the role with a combined authority and 9 do not want the role.",
  3: "Figures collected by the LGA in December 2028 from the 28 councils in the Department’s advanced zoning pilot programme.",
  4: "LGA analysis of 52 school heating replacement projects completed by councils between 2023 and 2028.",
  5: "Heat Customers’ Forum, ‘Paying for heat’, October 2028. The highest price found was 24.6p per kWh.",
};
const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi"];
const COMMENTS = [
  { id: 0, author: "Cllr Rosalind Gomersall", initials: "RG", date: "2029-02-28T18:20:00Z", text: "I think members will want us to say Disagree here until a price cap is actually in force. Let’s take this at the meeting on 7 March." },
  { id: 1, parentId: 0, author: "Imogen Thirkettle", initials: "IT", date: "2029-03-01T09:05:00Z", text: "Agreed. I have added it to the list of points for the Commission to decide on 7 March." },
  { id: 2, author: "Olumide Garside", initials: "OG", date: "2029-02-27T11:40:00Z", text: "The £45 million assumes 340 zones at about £132,000 a year each. If the Department changes its estimate of the number of zones, our figure should change with it." },
  { id: 3, author: "Cllr Gideon Treloweth", initials: "GT", date: "2029-03-02T08:15:00Z", text: "Cornwall’s rural schools are on a five-year capital programme. Could we ask for 48 months for schools in rural areas?" },
  { id: 4, author: "Tobias Leadbitter", initials: "TL", date: "2029-03-02T14:30:00Z", text: "We should not offer to share information about tenants’ homes: it is likely to be personal data. Suggest we limit this to building-level heat demand and floor area." },
];
const CONTACT_H = "Contact";
const CONTACT = "Imogen Thirkettle, Adviser (Heat and Energy), Local Government Association, 18 Smith Square, London SW1P 3HZ.";

// ---------------------------------------------------------------- checks
const answers = CHAPTERS.flatMap(([, qs]) => qs.map((q) => q[2]));
const cnt = answers.reduce((a, x) => ((a[x] = (a[x] ?? 0) + 1), a), {});
if (answers.length !== 10 || cnt.Agree !== 3 || cnt["Partly agree"] !== 3 || cnt.Disagree !== 2 || cnt["Don’t know"] !== 1 || cnt["Not answered"] !== 1)
  throw new Error("answers " + JSON.stringify(cnt));
if (CHAPTERS.flatMap(([, qs]) => qs.map((q) => q[0])).join() !== "1,2,3,4,5,6,7,8,9,10") throw new Error("question numbers");
if (46 + 9 + 9 !== 64 || Math.round((64 / 112) * 100) !== 57 || Math.round((46 / 64) * 100) !== 72) throw new Error("survey figures");
if (Math.abs(340 * 132000 - 45e6) > 0.5e6) throw new Error("£45 million");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TOP, SUBTITLE, LABELS, ABOUT]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- Word
const font = "Arial";
const ACC = "B24A14";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const partsRuns = (parts, o = {}) => {
  const out = [];
  for (const x of typeof parts === "string" ? [parts] : parts) {
    if (typeof x === "string") out.push(run(x, o));
    else if (x.note) out.push(new EndnoteReferenceRun(x.note));
    else if ("c" in x) {
      const ids = [].concat(x.c); // a comment and its replies share one range, as Word writes them
      out.push(...ids.map((i) => new CommentRangeStart(i)), run(x.t, o), ...ids.map((i) => new CommentRangeEnd(i)), ...ids.map((i) => new TextRun({ children: [new CommentReference(i)] })));
    }
  }
  return out;
};
const plain = (parts) => (typeof parts === "string" ? parts : parts.map((x) => (typeof x === "string" ? x : x.t ?? "")).join(""));
const commentIds = (parts) => (typeof parts === "string" ? [] : parts.filter((x) => typeof x === "object" && "c" in x).map((x) => x.c));

const children = [];
const R = [];
const para = (parts, o = {}) => {
  children.push(new Paragraph({ spacing: { after: o.after ?? 120 }, indent: o.indent, keepNext: o.keepNext, alignment: o.align, children: partsRuns(parts, o) }));
  R.push(plain(parts));
};
const heading = (t, level = HeadingLevel.HEADING_1) => {
  children.push(new Paragraph({ heading: level, keepNext: true, spacing: { before: 260, after: 120 }, children: [run(t, { bold: true, size: level === HeadingLevel.HEADING_1 ? 26 : 23, color: ACC })] }));
  R.push(t);
};
const pushComments = (ids) => {
  for (const id of ids) for (const c of COMMENTS.filter((c) => c.id === id || c.parentId === id)) R.push(`${c.author}: ${c.text}`);
};

for (const [i, t] of TOP.entries()) para(t, { bold: i === 0, color: i === 0 ? ACC : "333333", after: 20 });
children.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 200, after: 80 }, children: [run(TITLE, { size: 34, bold: true, color: ACC })] }));
R.push(TITLE);
para(SUBTITLE, { italics: true, after: 200 });
for (const [l, v] of LABELS) {
  children.push(new Paragraph({ spacing: { after: 60 }, children: [run(l + " ", { bold: true }), run(v)] }));
  R.push(`${l} ${v}`);
}
// the floating text box, anchored here
children.push(
  new Textbox({
    alignment: AlignmentType.LEFT,
    style: {
      width: "190pt", height: "230pt", position: "absolute", positionHorizontal: "right", positionHorizontalRelative: "margin",
      positionVertical: "absolute", positionVerticalRelative: "page", top: "330pt", wrapStyle: "square", zIndex: 2,
      wrapDistanceLeft: 9, wrapDistanceBottom: 6,
    },
    children: [
      new Paragraph({ spacing: { after: 100 }, children: [run(KEY_TITLE, { bold: true, size: 22, color: ACC })] }),
      ...KEY.map((k) => new Paragraph({ spacing: { after: 80 }, children: [run("■ ", { size: 16, color: ACC }), run(k, { size: 18 })] })),
    ],
  }),
);
R.push(KEY_TITLE, ...KEY.map((k) => "■ " + k));
heading(ABOUT_H);
for (const a of ABOUT) para(a);
const qBorder = { style: BorderStyle.SINGLE, size: 4, color: "E3C3B1" };
for (const [ch, qs] of CHAPTERS) {
  heading(ch);
  for (const [n, question, answer, acids, paras] of qs) {
    children.push(
      new Table({
        width: { size: 9300, type: WidthType.DXA },
        columnWidths: [9300],
        rows: [new TableRow({ cantSplit: true, children: [new TableCell({
          width: { size: 9300, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: "FBEFE8", color: "auto" },
          borders: { top: qBorder, bottom: qBorder, right: qBorder, left: { style: BorderStyle.THICK, size: 24, color: ACC } },
          margins: { top: 100, bottom: 100, left: 160, right: 160 },
          children: [
            new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [run(`Question ${n}`, { bold: true, color: ACC })] }),
            new Paragraph({ keepNext: true, children: [run(question, { italics: true })] }),
          ],
        })] })],
      }),
    );
    R.push(`Question ${n}`, question);
    const ans = acids ? [{ c: acids, t: answer }] : [answer];
    const ansRuns = [run("Our answer: ", { bold: false }), ...partsRuns(ans, { bold: true, color: ACC })];
    children.push(new Paragraph({ spacing: { before: 140, after: 100 }, children: ansRuns }));
    R.push(`Our answer: ${answer}`);
    if (acids) pushComments([acids[0]]);
    for (const p of paras) {
      para(p);
      pushComments(commentIds(p));
    }
  }
}
heading(CONTACT_H);
para(CONTACT);
for (const [k, t] of Object.entries(ENDNOTES)) R.push(`${ROMAN[k]}. ${t}`);

const headingRun = (color, size) => ({ run: { font, color, size, bold: true } });
const doc = new Document({
  creator: "Imogen Thirkettle",
  title: TITLE,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } }, title: headingRun(ACC, 34), heading1: headingRun(ACC, 26) } },
  comments: {
    children: COMMENTS.map((c) => ({
      id: c.id, author: c.author, initials: c.initials, date: new Date(c.date), ...(c.parentId !== undefined ? { parentId: c.parentId } : {}),
      children: [new Paragraph({ children: [new TextRun({ text: c.text, font, size: 18 })] })],
    })),
  },
  endnotes: Object.fromEntries(Object.entries(ENDNOTES).map(([k, t]) => [k, { children: [new Paragraph({ children: [new TextRun({ text: t, font, size: 18 })] })] }])),
  sections: [{
    properties: {
      page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1100, left: 1300, right: 1300, header: 560, footer: 560 } },
      endnoteProperties: { numberFormat: { type: NumberFormat.LOWER_ROMAN } },
    },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${TOP[0]} – 7 March 2029 – Item 4`, { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Draft 3 – not for publication – Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); answers ${JSON.stringify(cnt)}`);
