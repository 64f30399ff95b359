// Builds docs/winter-service-task-group-terms-of-reference-delivery-plan-2054-01-23.docx and text/<same>.txt.
// A Word document in three sections: a one-column cover with a version table; a CONTINUOUS section laid out in TWO
// NEWSPAPER COLUMNS with a line between (terms of reference, office holders, members under political-group
// headings, substitutes, changes, officers, meeting dates); then a LANDSCAPE section with the delivery plan as a
// RACI MATRIX (a column of R/A/C/I letters per person, headed only by initials, explained by a key of initials)
// whose Status cells are SHADED WITH A COLOUR AND CARRY A SHORT WORD (Done / Moving / Slow / Stuck / Later),
// explained by a key table below.
//   node src/build-tor-raci-docx.mjs
// Synthetic test fixture: the people, figures and decisions are invented.
import { requireNM, writeDoc, writeText, assert, checkWeekdays } from "./common.mjs";

const D = requireNM("docx");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, ShadingType,
  HeadingLevel, Header, Footer, PageNumber, SectionType, PageOrientation, BorderStyle, VerticalAlign, TabStopType } = D;

const BASE = "winter-service-task-group-terms-of-reference-delivery-plan-2054-01-23";
const HEADER = "LGA Winter Service Task Group: terms of reference, membership and delivery plan 2053/54";
const FOOTER = "Version 3, 23 January 2054";
const text = [HEADER];
const FONT = "Arial";

const run = (t, o = {}) => new TextRun({ text: t, font: FONT, size: o.size ?? 20, bold: o.bold, italics: o.italics, color: o.color });
const para = (t, o = {}) => {
  text.push(o.textLine ?? t);
  return new Paragraph({ children: Array.isArray(t) ? t : [run(t, o)], spacing: { after: o.after ?? 100 }, alignment: o.align,
    heading: o.heading, indent: o.indent, keepNext: o.keepNext });
};
const labelled = (label, value, o = {}) => {
  text.push(`${label} ${value}`);
  return new Paragraph({ children: [run(label + " ", { bold: true }), run(value)], spacing: { after: o.after ?? 80 }, indent: o.indent });
};
const heading = (t, level = 1) => {
  text.push(t);
  return new Paragraph({ children: [run(t, { bold: true, size: level === 1 ? 26 : 22, color: level === 1 ? "1F3864" : "000000" })],
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: 160, after: 100 }, keepNext: true });
};
const cell = (t, o = {}) =>
  new TableCell({
    width: { size: o.w, type: WidthType.DXA },
    shading: o.fill ? { fill: o.fill, type: ShadingType.CLEAR, color: "auto" } : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    children: (Array.isArray(t) ? t : [t]).map((s) => new Paragraph({ alignment: o.align, children: [run(s, { bold: o.bold, size: o.size ?? 17, color: o.color })] })),
  });

// ------------------------------------------------------------------ section 1: cover (one column)
const cover = [];
cover.push(para("Local Government Association", { size: 20, color: "595959" }));
cover.push(para("Winter Service Task Group", { bold: true, size: 40, after: 60 }));
cover.push(para("Terms of reference, membership and delivery plan 2053/54", { size: 28, after: 200 }));
const versionRows = [
  ["Version", "3"],
  ["Date", "Friday 23 January 2054"],
  ["Owner", "Marisol Whiteoak, Adviser, Winter Service"],
  ["Status", "For noting by the Task Group on 4 February 2054"],
  ["Changes from version 2", "Membership changes from 1 January 2054 (paragraph 2.4); delivery plan status at 23 January 2054 (section 3)"],
];
cover.push(new Table({
  width: { size: 9000, type: WidthType.DXA },
  columnWidths: [2600, 6400],
  rows: versionRows.map(([a, b]) => new TableRow({ children: [cell(a, { w: 2600, bold: true, fill: "D9E2F3", size: 19 }), cell(b, { w: 6400, size: 19 })] })),
}));
for (const [a, b] of versionRows) text.push(`${a} | ${b}`);
cover.push(para("", { after: 120, textLine: "" }));
cover.push(para("This document brings together the Task Group’s terms of reference, its membership for 2053/54 and its delivery plan for the year, with who is responsible for each deliverable and how far each has got. It replaces version 2 of 20 October 2053.", { after: 160 }));

// ------------------------------------------------------------------ section 2: two newspaper columns
const two = [];
two.push(heading("1. Terms of reference"));
two.push(labelled("1.1 Purpose.", "The Winter Service Task Group is a task group of the LGA’s Local Infrastructure Board. It brings together lead members for highways to help councils prepare for and manage winter, and to make the case to Government on salt supply, the national salt reserve, winter service vehicles, road weather data and the funding of severe weather response."));
two.push(labelled("1.2 Remit.", "The Task Group will:"));
for (const s of [
  "(a) oversee the Salt Sharing Protocol between highway authorities;",
  "(b) oversee Project Hoarfrost, the trial of battery-electric gritters, and any extension of it;",
  "(c) gather and publish evidence on councils’ winter service, including salt stocks, footway treatment and grit bins;",
  "(d) respond to Government and Parliamentary consultations and inquiries on winter service; and",
  "(e) agree the delivery plan in section 3 and monitor it at each meeting.",
]) two.push(para(s, { indent: { left: 360 }, after: 60 }));
two.push(labelled("1.3 Membership.", "The Task Group has 11 members, appointed by the political groups in proportion to their strength in the LGA’s General Assembly: four Conservative, four Labour, two Liberal Democrat and one Independent. Each group nominates one substitute."));
two.push(labelled("1.4 Office holders.", "The Chair, the Vice-Chair and the Deputy Chair are appointed by the Local Infrastructure Board for the municipal year."));
two.push(labelled("1.5 Quorum.", "The quorum is four members, who must include members of at least two political groups. A substitute attending in place of a member counts towards the quorum."));
two.push(labelled("1.6 Meetings.", "The Task Group meets three times a year, in October, February and June. In severe weather the Chair may call an extra meeting online at 48 hours’ notice."));
two.push(labelled("1.7 Reporting.", "The Chair reports to each meeting of the Local Infrastructure Board. These terms of reference will be reviewed in June 2054."));

two.push(heading("2. Membership 2053/54"));
two.push(heading("2.1 Office holders", 2));
two.push(labelled("Chair:", "Cllr Demelza Kellow (Cornwall Council, Liberal Democrat)", { after: 40 }));
two.push(labelled("Vice-Chair:", "Cllr Rowan Thewlis (Cumberland Council, Labour)", { after: 40 }));
two.push(labelled("Deputy Chair:", "Cllr Benedict Umpleby (Shropshire Council, Conservative)"));
two.push(heading("2.2 Members", 2));
const groups = [
  ["Conservative (4)", ["Cllr Benedict Umpleby, Shropshire Council (Deputy Chair)", "Cllr Aileen Cullinane, Northumberland County Council", "Cllr Tadeusz Szymanski, Leicestershire County Council", "Cllr Piers Dewhirst, Lincolnshire County Council (from 1 January 2054)"]],
  ["Labour (4)", ["Cllr Rowan Thewlis, Cumberland Council (Vice-Chair)", "Cllr Moses Ezeani, Sunderland City Council", "Cllr Farida Rasul, Kirklees Council", "Cllr Imogen Stansfield, Durham County Council"]],
  ["Liberal Democrat (2)", ["Cllr Demelza Kellow, Cornwall Council (Chair)", "Cllr Nessa Lanyon, Somerset Council"]],
  ["Independent (1)", ["Cllr Dilys Prydderch, Herefordshire Council"]],
];
let nMembers = 0;
for (const [g, ms] of groups) {
  two.push(para(g, { bold: true, after: 40, keepNext: true }));
  for (const m of ms) { two.push(para(m, { indent: { left: 240 }, after: 30 })); nMembers++; }
}
assert(nMembers === 11, "11 members");
two.push(heading("2.3 Substitutes", 2));
for (const s of [
  ["Conservative:", "Cllr Oliver Sledmere, North Northamptonshire Council (from 1 January 2054)"],
  ["Labour:", "Cllr Sabiha Bhatti, City of Bradford Metropolitan District Council"],
  ["Liberal Democrat:", "Cllr Callum Mackinlay, Westmorland and Furness Council"],
  ["Independent:", "Cllr Wenna Hosken, Isle of Wight Council"],
]) two.push(labelled(s[0], s[1], { after: 40 }));
two.push(heading("2.4 Changes since October 2053", 2));
two.push(para("Cllr Gordon Tattersall (Derbyshire County Council, Conservative) stood down from the Task Group on 31 December 2053 on becoming Leader of his council. Cllr Piers Dewhirst, until then the Conservative substitute, became a member on 1 January 2054, and Cllr Oliver Sledmere became the Conservative substitute on the same day."));
two.push(heading("2.5 Officers", 2));
for (const s of [
  ["Lead officer:", "Marisol Whiteoak, Adviser, Winter Service, 020 7946 0738, marisol.whiteoak@local.gov.uk"],
  ["Head of policy:", "Jonty Inchbald, Head of Infrastructure and Transport Policy"],
  ["Highways:", "Chidinma Redfearn, Senior Adviser, Highways and Transport"],
  ["Data:", "Halina Nowak, Policy Officer, Road Weather and Data"],
  ["Research:", "Temitope Kenyon, Research Officer"],
  ["Finance:", "Kofi Ashurst, Finance Business Partner"],
  ["Meetings:", "Cerian Lofthouse, Member Services Officer, 020 7946 0769"],
]) two.push(labelled(s[0], s[1], { after: 40 }));
two.push(heading("2.6 Meetings 2053/54", 2));
for (const s of ["Wednesday 15 October 2053", "Wednesday 4 February 2054", "Wednesday 10 June 2054"]) two.push(para(s, { after: 30, indent: { left: 240 } }));

// ------------------------------------------------------------------ section 3: landscape RACI matrix
const PEOPLE = [
  ["DK", "Cllr Demelza Kellow, Chair of the Task Group"],
  ["JI", "Jonty Inchbald, Head of Infrastructure and Transport Policy"],
  ["MW", "Marisol Whiteoak, Adviser, Winter Service"],
  ["CR", "Chidinma Redfearn, Senior Adviser, Highways and Transport"],
  ["HN", "Halina Nowak, Policy Officer, Road Weather and Data"],
  ["TK", "Temitope Kenyon, Research Officer"],
  ["KA", "Kofi Ashurst, Finance Business Partner"],
  ["PD", "Padraig Donnachie, Chair, Winter Service Practice Network"],
];
const STATUS = {
  Done: { fill: "2F5597", color: "FFFFFF", meaning: "Delivered." },
  Moving: { fill: "00B050", color: "000000", meaning: "Under way and on schedule for its due date." },
  Slow: { fill: "FFC000", color: "000000", meaning: "Behind schedule; expected to be delivered late, by the new date in the comment." },
  Stuck: { fill: "FF0000", color: "FFFFFF", meaning: "Cannot go further without a decision by the Task Group or help from outside the LGA." },
  Later: { fill: "BFBFBF", color: "000000", meaning: "Not started; not due to start yet." },
};
//        ref        deliverable                                                                                           due            DK   JI   MW   CR   HN   TK   KA   PD   status    comment
const PLAN = [
  ["WDP-01", "Salt stock survey of all highway authorities, with results to the October meeting", "15 Oct 2053", "I", "A", "R", "C", "I", "C", "–", "C", "Done", "Reported to the Task Group on 15 October 2053: 147 of 152 authorities responded."],
  ["WDP-02", "Salt Sharing Protocol version 2 circulated to all highway authorities", "31 Oct 2053", "I", "A", "R", "I", "–", "–", "–", "C", "Done", "Circulated on 27 October 2053. 104 authorities had signed up by 31 December 2053."],
  ["WDP-03", "Chair’s letter to the Department for Transport on the national salt reserve", "31 Oct 2053", "A", "C", "R", "I", "–", "–", "–", "I", "Done", "Sent on 24 October 2053. The Minister’s reply of 9 December 2053 keeps the reserve at 250,000 tonnes."],
  ["WDP-04", "Bid to the Highways Decarbonisation Fund to extend Project Hoarfrost to March 2055", "28 Feb 2054", "C", "A", "C", "R", "–", "–", "C", "C", "Slow", "The Fund’s guidance for bidders is now expected on 12 February 2054. New date for the bid: 31 March 2054."],
  ["WDP-05", "Options paper on a shared road weather forecasting service", "4 Feb 2054", "I", "A", "C", "C", "R", "–", "C", "C", "Stuck", "Legal advice on whether councils can procure the service jointly through the LGA has not been received. The paper cannot be finished without it."],
  ["WDP-06", "Refresh of the snow warden volunteer toolkit", "31 Mar 2054", "I", "–", "A", "I", "–", "C", "–", "R", "Moving", "Draft reviewed by the Practice Network on 14 January 2054."],
  ["WDP-07", "Good practice note on footway treatment and grit bins", "31 Mar 2054", "I", "I", "A", "C", "–", "R", "–", "C", "Moving", "Drafting from the survey reported on 15 October 2053."],
  ["WDP-08", "Winter Wise campaign toolkit for councils", "1 Dec 2053", "I", "A", "R", "–", "–", "C", "–", "I", "Done", "Published on 24 November 2053."],
  ["WDP-09", "Written evidence to the Transport Committee inquiry into local roads in severe weather", "13 Mar 2054", "C", "A", "R", "C", "C", "–", "–", "I", "Slow", "The Committee has extended its deadline. Drafting paused for Storm Brangwen; new date 27 March 2054."],
  ["WDP-10", "Post-season review of the Salt Sharing Protocol", "30 Jun 2054", "I", "I", "A", "–", "C", "–", "–", "R", "Later", "To start in April 2054."],
  ["WDP-11", "Task Group budget bid for 2054/55", "10 Jun 2054", "C", "A", "C", "I", "I", "–", "R", "–", "Later", "To start in March 2054."],
  ["WDP-12", "Survey of gritter driver recruitment and retention", "28 Feb 2054", "I", "I", "C", "A", "–", "R", "–", "C", "Stuck", "Paused: the data sharing agreement with the Practice Network has not been signed, so the survey cannot go to its members."],
];
for (const r of PLAN) {
  const letters = r.slice(3, 11);
  assert(letters.filter((x) => x === "A").length === 1, `${r[0]} has exactly one A`);
  assert(letters.includes("R"), `${r[0]} has an R`);
  assert(STATUS[r[11]], `${r[0]} status known`);
}
const count = (s) => PLAN.filter((r) => r[11] === s).length;
assert(count("Done") === 4 && count("Moving") === 2 && count("Slow") === 2 && count("Stuck") === 2 && count("Later") === 2, "status counts");

const land = [];
land.push(heading("3. Delivery plan 2053/54: who does what, and where we are"));
land.push(para("The matrix below shows, for each deliverable, who is Responsible, Accountable, Consulted and Informed, and its status at 23 January 2054. People are shown by their initials; the key to initials, letters and status colours is under the matrix."));
const widths = [880, 3300, 1050, 470, 470, 470, 470, 470, 470, 470, 470, 900, 4000];
const head = ["Ref", "Deliverable", "Due", ...PEOPLE.map((p) => p[0]), "Status", "Comment"];
const rows = [new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { w: widths[i], bold: true, fill: "1F3864", color: "FFFFFF", align: i >= 3 && i <= 10 ? AlignmentType.CENTER : undefined })) })];
text.push(head.join(" | "));
for (const r of PLAN) {
  const st = STATUS[r[11]];
  rows.push(new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, {
    w: widths[i],
    align: i >= 3 && i <= 11 ? AlignmentType.CENTER : undefined,
    bold: i === 11 || (i >= 3 && i <= 10 && c === "A"),
    fill: i === 11 ? st.fill : undefined,
    color: i === 11 ? st.color : undefined,
  })) }));
  text.push(r.join(" | "));
}
land.push(new Table({ width: { size: widths.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: widths, rows }));
land.push(para("", { textLine: "" }));
land.push(para("Key to initials", { bold: true, after: 40, keepNext: true }));
for (const [i, n] of PEOPLE) land.push(para(`${i}  ${n}`, { after: 20, textLine: `${i} ${n}` }));
land.push(para("Key to letters", { bold: true, after: 40, keepNext: true }));
for (const s of [
  "R  Responsible: does the work.",
  "A  Accountable: signs the deliverable off. There is one A on each row.",
  "C  Consulted: asked for views before the deliverable is finished.",
  "I  Informed: told when it is done.",
  "–  No role.",
]) land.push(para(s, { after: 20, textLine: s.replace(/  /, " ") }));
land.push(para("Key to status", { bold: true, after: 40, keepNext: true }));
land.push(new Table({
  width: { size: 9000, type: WidthType.DXA },
  columnWidths: [1200, 7800],
  rows: Object.entries(STATUS).map(([k, v]) => new TableRow({ children: [cell(k, { w: 1200, fill: v.fill, color: v.color, bold: true, align: AlignmentType.CENTER }), cell(v.meaning, { w: 7800 })] })),
}));
for (const [k, v] of Object.entries(STATUS)) text.push(`${k} | ${v.meaning}`);
land.push(para("", { textLine: "" }));
land.push(para("Summary at 23 January 2054: 4 Done, 2 Moving, 2 Slow, 2 Stuck and 2 Later, of 12 deliverables. The Task Group is asked on 4 February 2054 to help unblock WDP-05 and WDP-12."));
text.push(FOOTER + " | Page");

// ------------------------------------------------------------------ document
const header = new Header({ children: [new Paragraph({ children: [run(HEADER, { size: 16, color: "595959" })] })] });
const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [
  run(FOOTER + " | Page ", { size: 16, color: "595959" }),
  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 16, color: "595959" }),
] })] });
const portrait = { size: { width: 11906, height: 16838 }, margin: { top: 1200, bottom: 1100, left: 1134, right: 1134 } };
const doc = new Document({
  creator: "Marisol Whiteoak",
  title: "Winter Service Task Group: terms of reference, membership and delivery plan 2053/54 (version 3)",
  description: "Version 3, 23 January 2054",
  styles: { default: { document: { run: { font: FONT, size: 20 } } } },
  sections: [
    { properties: { page: portrait }, headers: { default: header }, footers: { default: footer }, children: cover },
    { properties: { type: SectionType.CONTINUOUS, page: portrait, column: { count: 2, space: 567, separate: true } }, headers: { default: header }, footers: { default: footer }, children: two },
    { properties: { type: SectionType.NEXT_PAGE, page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 900, left: 900, right: 900 } } }, headers: { default: header }, footers: { default: footer }, children: land },
  ],
});
writeDoc(BASE + ".docx", await Packer.toBuffer(doc));
const rendered = writeText(BASE, text);
checkWeekdays(rendered);
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt`);
