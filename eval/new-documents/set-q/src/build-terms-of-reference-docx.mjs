// Builds docs/street-lighting-dark-skies-panel-terms-of-reference-2026-27.docx (the LGA Street Lighting and Dark
// Skies Panel's terms of reference and membership 2026/27, approved 8 July 2026, membership updated 11 January
// 2027) and its plain-text rendering text/street-lighting-dark-skies-panel-terms-of-reference-2026-27.txt.
//
//   node src/build-terms-of-reference-docx.mjs
//
// Layout: Word (docx 9.x), A4 portrait, Calibri. Page header (title) and "Page n of m" footer. Title block with
// bold run-in labels (Approved, Membership updated, Contact). Ten sections whose HEADINGS AND CLAUSES ARE A
// MULTI-LEVEL WORD AUTO-NUMBERED LIST ("5." heading, "5.1", "5.2" clauses – the numbers are drawn by Word and are
// NOT in the text); functions as typed (a)–(e) lines. MEMBERSHIP AS ONE TABLE Councillor | Council | Role | Dark
// Skies Working Group WITH MERGED GROUP HEADING ROWS (one cell spanning all four columns: "Labour group",
// "Conservative group", "Liberal Democrat group", "Independent group"; no counts in them), a shaded header row
// repeated on a new page; TWO WORD FOOTNOTES (a real <w:footnoteReference>, text in word/footnotes.xml): the
// member who replaced another from 1 January 2027, and the Vice-Chair who took over in October 2026. A
// "Substitutes" section with a table Group | Substitute | Council WHOSE GROUP CELL IS MERGED VERTICALLY over the
// Labour group's two substitutes; officer support and meeting dates as paragraphs.
// Rendering: paragraphs as lines, WITHOUT the numbers Word draws; run-in labels as "Label: text"; each table row
// as its cells joined with " | ", a group heading row as its one cell, the vertically merged group cell only on
// its first row (the second row starts "| "); the footnote markers as "¹" "²" after the name, and the footnotes'
// text as the last lines ("¹ …"); the page header and footer dropped.
// Synthetic test fixture: the people and arrangements are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "street-lighting-dark-skies-panel-terms-of-reference-2026-27";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber, LevelFormat, Table, TableRow, TableCell, WidthType, ShadingType, VerticalMergeType, FootnoteReferenceRun } = Dx;

// ---------------------------------------------------------------- content
const TOPLINE = "Local Government Association";
const TITLE = "Street Lighting and Dark Skies Panel";
const SUBTITLE = "Terms of reference and membership 2026/27";
const META = [
  ["Approved:", "by the Panel on Wednesday 8 July 2026"],
  ["Membership updated:", "Monday 11 January 2027"],
  ["Contact:", "Hamish Brodie, Member Services Officer – 020 7946 0941 – hamish.brodie@local.gov.uk"],
];
// sections: [heading, [clauses]]; a clause may be {p, items} (typed (a)–(e) lines under it)
const SECTIONS = [
  ["Purpose", [
    "The Street Lighting and Dark Skies Panel is a member panel of the Local Government Association (LGA). It leads the LGA’s work on public lighting: energy use and costs, the safety of street lighting columns, lighting that helps people feel safe after dark, and the reduction of light pollution.",
    "The Panel reports to the LGA Board once a year, through the Chair’s annual report.",
  ]],
  ["Functions", [
    { p: "The Panel will:", items: [
      "(a) agree a work programme each July and oversee it through a performance report at each meeting;",
      "(b) represent councils’ views on street lighting to government, the energy industry and the lighting industry;",
      "(c) oversee the Smart Lighting Fund and any other grants the LGA administers for lighting;",
      "(d) promote good practice on dark skies, including a model dark skies policy for councils; and",
      "(e) appoint and oversee working groups under section 9.",
    ] },
  ]],
  ["Membership", [
    "The Panel has 12 members, who must be elected members of councils in membership of the LGA. Seats are allocated to the political groups in proportion to their strength in the LGA General Assembly.",
    "Members are appointed by their political group for one year, from the LGA’s annual general meeting in July. A group may replace one of its members at any time by telling the Member Services Officer in writing.",
    "The membership for 2026/27 is set out in the table below.",
  ]],
  ["Chair and Vice-Chair", [
    "The Chair is appointed by the largest political group in the LGA General Assembly, and the Vice-Chair by the second largest, each for one year from the annual general meeting. A group may change its appointment during the year.",
    "If the Chair is absent, the Vice-Chair chairs the meeting. If both are absent, the members present elect one of their number to chair it.",
    "The Chair of the Dark Skies Working Group is appointed by the Panel from among the Working Group’s members at the first meeting of the year.",
  ]],
  ["Quorum", [
    "The quorum is one third of the Panel’s members (four members), including members of at least two political groups.",
    "Only members and substitutes present in the meeting room count towards the quorum. Members who join online may take part in the discussion but may not vote.",
    "If the meeting is not quorate 15 minutes after its start time, it may continue as an informal meeting, and any decision that is needed is taken by the Chair under section 8.",
  ]],
  ["Meetings", [
    "The Panel meets four times a year, normally in July, October, February and May. Meetings are held at 18 Smith Square, London, with a link for members to join online.",
    "The Chair may call an extra meeting, and must do so if four members ask for one in writing. At least ten working days’ notice is given of an extra meeting.",
    "The agenda and papers are published five working days before each meeting.",
  ]],
  ["Substitutes", [
    "Each political group may nominate substitutes. A substitute may attend only in place of a member of the same group.",
    "A member who cannot attend should tell the Member Services Officer, with the name of their substitute, by 5.00 pm on the working day before the meeting.",
    "A substitute has the same rights as the member they replace for that meeting, including the right to vote, and counts towards the quorum.",
  ]],
  ["Decisions between meetings", [
    "The Chair may take a decision that cannot wait until the next meeting, after consulting the Vice-Chair.",
    "The Head of Transport and Infrastructure may take decisions on spending within the Panel’s agreed budget of up to £25,000 for any one item.",
    "Every decision taken under this section is published in the record of executive decisions within two working days.",
    "Any three members of the Panel, from at least two political groups, may call in a decision within five working days of its publication. A decision that has been called in is not put into effect until the Panel has considered it at its next meeting. Call-in does not apply to a decision that the Chair has recorded as urgent.",
  ]],
  ["Working groups", [
    "The Panel has one standing working group, the Dark Skies Working Group, with six members of the Panel (two Labour, two Conservative, one Liberal Democrat and one Independent) and up to two co-opted advisers, who may not vote.",
    "The Working Group meets between meetings of the Panel and reports to each meeting through the note of its last meeting. It does not take decisions on the Panel’s behalf.",
  ]],
  ["Review", [
    "The Panel reviews these terms of reference each July.",
  ]],
];
const MEMBERS_INTRO = "Membership 2026/27";
const HEAD = ["Councillor", "Council", "Role", "Dark Skies Working Group"];
// [group heading] or [name, council, role, wg, footnote]
const GROUPS = [
  ["Labour group", [
    ["Cllr Rowena Tidmarsh", "Leicester City Council", "Chair", "–"],
    ["Cllr Darius Nwosu", "Birmingham City Council", "Member", "–"],
    ["Cllr Helen Ridpath", "Newcastle City Council", "Member", "Member"],
    ["Cllr Sanjay Bhattacharya", "Coventry City Council", "Member", "–"],
    ["Cllr Kwabena Darko", "Southwark Council", "Member", "Member", 1],
  ]],
  ["Conservative group", [
    ["Cllr Giles Pennefather", "North Yorkshire Council", "Vice-Chair", "–", 2],
    ["Cllr Amelia Blakiston", "Shropshire Council", "Member", "Member"],
    ["Cllr Rupert Oxenham", "Dorset Council", "Member", "Member"],
    ["Cllr Fiona Gatenby", "Northumberland County Council", "Member", "–"],
  ]],
  ["Liberal Democrat group", [
    ["Cllr Tobias Hepplewhite", "Cornwall Council", "Member", "Chair"],
    ["Cllr Priya Ravindran", "Eastleigh Borough Council", "Member", "–"],
  ]],
  ["Independent group", [
    ["Cllr Norman Rookledge", "Ashfield District Council", "Member", "Member"],
  ]],
];
const FOOTNOTES = {
  1: "Cllr Kwabena Darko replaced Cllr Moira Dunkerley (Hull City Council) on the Panel and on the Dark Skies Working Group from 1 January 2027.",
  2: "Cllr Giles Pennefather has been Vice-Chair since 14 October 2026, when Cllr Fiona Gatenby stood down as Vice-Chair; she remains a member of the Panel.",
};
const SUP = { 1: "¹", 2: "²" };
const SUBS_H = "Substitutes 2026/27";
const SUBS_P = "Substitutes may attend only in place of a member of their own group. The Conservative group’s second substitute is to be confirmed.";
const SUBS_HEAD = ["Group", "Substitute", "Council"];
const SUBS = [
  ["Labour group", "Cllr Ellen Marwood", "Salford City Council"],
  ["", "Cllr Yusuf Ibrahim", "Luton Borough Council"], // group cell merged with the row above
  ["Conservative group", "Cllr Henry Umfreville", "Rutland County Council"],
  ["Liberal Democrat group", "Cllr Sally Jolliffe", "Stockport Council"],
  ["Independent group", "Cllr Dennis Openshaw", "Mansfield District Council"],
];
const SUPPORT_H = "Officer support";
const SUPPORT = [
  "Lead officer: Marcus Gravener, Head of Transport and Infrastructure.",
  "Clerk: Hamish Brodie, Member Services Officer.",
];
const DATES_H = "Meeting dates 2026/27";
const DATES = "Wednesday 8 July 2026, Wednesday 14 October 2026, Wednesday 10 February 2027 and Wednesday 19 May 2027, all at 11.00 am.";

// ---------------------------------------------------------------- checks
const all = GROUPS.flatMap(([, r]) => r);
if (all.length !== 12) throw new Error("12 members");
const byGroup = Object.fromEntries(GROUPS.map(([g, r]) => [g, r.length]));
if (JSON.stringify(byGroup) !== JSON.stringify({ "Labour group": 5, "Conservative group": 4, "Liberal Democrat group": 2, "Independent group": 1 })) throw new Error("groups " + JSON.stringify(byGroup));
const wg = GROUPS.flatMap(([g, r]) => r.filter((m) => m[3] !== "–").map((m) => g));
if (wg.length !== 6 || wg.filter((g) => g === "Labour group").length !== 2 || wg.filter((g) => g === "Conservative group").length !== 2) throw new Error("working group make-up " + wg);
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([META, DATES]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- Word
const font = "Calibri";
const ACC = "0B3D5C";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const W = [2900, 2900, 1500, 1800];
const SW = [2700, 3100, 3300];
const border = { style: "single", size: 4, color: "9FB3C8" };
const borders = { top: border, bottom: border, left: border, right: border };
const cellP = (t, o = {}) => new Paragraph({ children: Array.isArray(t) ? t : [run(t, { size: 20, ...o })] });
const mkCell = (children, width, o = {}) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders, margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...o, children });
const headRow = (head, widths) => new TableRow({ tableHeader: true, children: head.map((t, i) => mkCell([cellP(t, { bold: true, color: "FFFFFF" })], widths[i], { shading: { type: ShadingType.CLEAR, fill: ACC, color: "auto" } })) });
const memberRows = [headRow(HEAD, W)];
for (const [g, rows] of GROUPS) {
  memberRows.push(new TableRow({ children: [mkCell([cellP(g, { bold: true })], W.reduce((a, b) => a + b, 0), { columnSpan: 4, shading: { type: ShadingType.CLEAR, fill: "DCE6F0", color: "auto" } })] }));
  for (const [name, council, role, wgRole, fn] of rows) {
    const nameRuns = [run(name, { size: 20 })];
    if (fn) nameRuns.push(new FootnoteReferenceRun(fn));
    memberRows.push(new TableRow({ children: [mkCell([cellP(nameRuns)], W[0]), mkCell([cellP(council)], W[1]), mkCell([cellP(role)], W[2]), mkCell([cellP(wgRole)], W[3])] }));
  }
}
const subsRows = [headRow(SUBS_HEAD, SW)];
SUBS.forEach((r, k) => {
  const merged = r[0] === "" || (SUBS[k + 1] && SUBS[k + 1][0] === "");
  subsRows.push(new TableRow({
    children: r.map((t, i) => mkCell([cellP(t)], SW[i], i === 0 && merged ? { verticalMerge: t ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {})),
  }));
});
const children = [];
children.push(new Paragraph({ spacing: { after: 60 }, children: [run(TOPLINE, { size: 20, color: "555555" })] }));
children.push(new Paragraph({ spacing: { after: 40 }, children: [run(TITLE, { size: 36, bold: true, color: ACC })] }));
children.push(new Paragraph({ spacing: { after: 200 }, children: [run(SUBTITLE, { size: 28, color: ACC })] }));
for (const [l, t] of META) children.push(new Paragraph({ spacing: { after: 40 }, children: [run(l + " ", { bold: true }), run(t)] }));
SECTIONS.forEach(([h, clauses], si) => {
  children.push(new Paragraph({ numbering: { reference: "tor", level: 0 }, keepNext: true, spacing: { before: 280, after: 100 }, children: [run(h, { bold: true, size: 26, color: ACC })] }));
  for (const c of clauses) {
    const p = typeof c === "string" ? c : c.p;
    children.push(new Paragraph({ numbering: { reference: "tor", level: 1 }, spacing: { after: 100 }, children: [run(p)] }));
    if (typeof c !== "string") for (const it of c.items) children.push(new Paragraph({ indent: { left: 1134, hanging: 425 }, spacing: { after: 60 }, children: [run(it)] }));
  }
  if (h === "Membership") {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [run(MEMBERS_INTRO, { bold: true })] }));
    children.push(new Table({ width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: W, rows: memberRows }));
  }
  if (h === "Substitutes") {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [run(SUBS_H, { bold: true })] }));
    children.push(new Paragraph({ spacing: { after: 100 }, children: [run(SUBS_P)] }));
    children.push(new Table({ width: { size: SW.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: SW, rows: subsRows }));
  }
});
children.push(new Paragraph({ keepNext: true, spacing: { before: 280, after: 100 }, children: [run(SUPPORT_H, { bold: true, size: 26, color: ACC })] }));
for (const s of SUPPORT) children.push(new Paragraph({ spacing: { after: 60 }, children: [run(s)] }));
children.push(new Paragraph({ keepNext: true, spacing: { before: 280, after: 100 }, children: [run(DATES_H, { bold: true, size: 26, color: ACC })] }));
children.push(new Paragraph({ children: [run(DATES)] }));

const doc = new Document({
  creator: "LGA Member Services",
  title: "Street Lighting and Dark Skies Panel – terms of reference and membership 2026/27",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 22 } } } },
  footnotes: Object.fromEntries(Object.entries(FOOTNOTES).map(([k, t]) => [k, { children: [new Paragraph({ children: [run(t, { size: 18 })] })] }])),
  numbering: {
    config: [{
      reference: "tor",
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
      ],
    }],
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1200, left: 1250, right: 1250, header: 600, footer: 600 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${TITLE} – ${SUBTITLE.toLowerCase()}`, { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const R = [TOPLINE, TITLE, SUBTITLE, ...META.map(([l, t]) => `${l} ${t}`)];
for (const [h, clauses] of SECTIONS) {
  R.push(h);
  for (const c of clauses) {
    if (typeof c === "string") R.push(c);
    else R.push(c.p, ...c.items);
  }
  if (h === "Membership") {
    R.push(MEMBERS_INTRO, HEAD.join(" | "));
    for (const [g, rows] of GROUPS) {
      R.push(g);
      for (const [name, council, role, wgRole, fn] of rows) R.push([name + (fn ? SUP[fn] : ""), council, role, wgRole].join(" | "));
    }
  }
  if (h === "Substitutes") R.push(SUBS_H, SUBS_P, SUBS_HEAD.join(" | "), ...SUBS.map((r) => (r[0] ? "" : "| ") + r.filter((c, i) => c || i).join(" | ")));
}
R.push(SUPPORT_H, ...SUPPORT, DATES_H, DATES);
for (const [k, t] of Object.entries(FOOTNOTES)) R.push(`${SUP[k]} ${t}`);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); members by group ${JSON.stringify(byGroup)}`);
