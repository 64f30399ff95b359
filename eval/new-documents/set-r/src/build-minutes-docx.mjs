// Builds docs/registration-ceremonies-panel-minutes-2027-03-10.docx (draft minutes of the LGA Registration and
// Ceremonies Panel, Wednesday 10 March 2027, made with docx 9.x) and its plain-text rendering
// text/registration-ceremonies-panel-minutes-2027-03-10.txt from the same content.
//
//   node src/build-minutes-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: Word, A4 portrait, Arial. Page header "Registration and Ceremonies Panel – 10 March 2027 – draft
// minutes" and a "Page n of m" footer. Title block with bold run-in labels (Date, Venue, Time, Status).
// ATTENDANCE AS A TABLE OF TICKS: Councillor | Council | Group | In the room | Online | Apologies, one row per
// member, the role in brackets after the name, a "✓" in ONE of the three last columns (the others empty), a
// merged row "Substitute" (one cell spanning the six columns) above the substitute's row ("(for Cllr …)"), a key
// line under the table for the group abbreviations; no count of who attended. Officers and the co-opted adviser
// as bold-labelled paragraphs ("Officers:", "Also present:"). Minutes with TYPED numbers ("3", "3.1") in a
// hanging indent; "Resolved:" paragraphs with (a)–(c) lines. AN ACTIONS TABLE Item | Action | Action by | By when
// WHOSE ITEM CELL IS MERGED VERTICALLY (w:vMerge) OVER THE ONE TO THREE ACTIONS OF EACH ITEM; dates in mixed forms
// ("31 March 2027", "End of March 2027", "June meeting").
// Rendering: paragraphs as lines; run-in labels as "Label: text"; each table row as its cells joined with " | "
// (empty cells as empty strings, trailing empties trimmed), a merged heading row as its one cell, and a vertically
// merged Item cell only on its first row (the rows below start "| "); the page header and footer dropped.
// Synthetic test fixture: the people, councils' roles, figures and decisions are invented.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root, NM, checkWeekdays } from "./common.mjs";

const BASE = "registration-ceremonies-panel-minutes-2027-03-10";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, Header, Footer, PageNumber, Table, TableRow, TableCell, WidthType, ShadingType, VerticalMergeType, PageOrientation } = Dx;

// ---------------------------------------------------------------- content
const TOPLINE = "Local Government Association";
const TITLE = "Registration and Ceremonies Panel";
const SUBTITLE = "Minutes of the meeting held on Wednesday 10 March 2027";
const META = [
  ["Venue:", "Meeting Room 3, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams"],
  ["Time:", "11.00 am to 1.05 pm"],
  ["Status:", "Draft – to be confirmed at the meeting on Wednesday 16 June 2027"],
];
const ATT_H = "Attendance";
const TICK = "✓";
const ATT_HEAD = ["Councillor", "Council", "Group", "In the room", "Online", "Apologies"];
// [name, council, group, where] where: R room, O online, A apologies
const MEMBERS = [
  ["Cllr Merryn Scobie (Chair)", "Plymouth City Council", "Lab", "R"],
  ["Cllr Oriel Wrathall (Vice-Chair)", "Kent County Council", "Con", "R"],
  ["Cllr Nasima Kaderbhai", "Bolton Council", "Lab", "O"],
  ["Cllr Padraig Mulgrew", "Liverpool City Council", "Lab", "A"],
  ["Cllr Jocasta Entwhistle", "Lancashire County Council", "Lab", "R"],
  ["Cllr Delroy Spraggett", "Sandwell Council", "Lab", "R"],
  ["Cllr Lettice Stainforth", "Hertfordshire County Council", "Con", "R"],
  ["Cllr Gerald Pilbeam", "Wiltshire Council", "Con", "A"],
  ["Cllr Devesh Verghese", "Buckinghamshire Council", "Con", "O"],
  ["Cllr Lamorna Kitto", "Somerset Council", "LD", "R"],
  ["Cllr Tobin Kulkarni", "London Borough of Richmond upon Thames", "LD", "O"],
  ["Cllr Denzil Harbottle", "East Devon District Council", "Ind", "R"],
];
const SUB_ROW = "Substitute";
const SUBS = [["Cllr Farida Gartside (for Cllr Mulgrew)", "Stockton-on-Tees Borough Council", "Lab", "R"]];
const ATT_KEY = "Group: Con = Conservative; Lab = Labour; LD = Liberal Democrat; Ind = Independent.";
const PEOPLE = [
  ["Officers:", "Rosenna Hollowood (Head of Civil Registration Policy), Kasimir Nowacki (Senior Adviser, Citizenship and Nationality), Kenver Pugsley (Adviser, Ceremonies and Fees), Chidi Anyanwu (Performance and Data Officer) and Nyasha Deverell (Member Services Officer)."],
  ["Also present:", "Ruari Vandermeer (Chair, Registration Managers’ Forum), co-opted adviser to the Panel."],
];
// items: [number, heading, [paragraphs]]; a paragraph is "n.n text" or {p, items: ["(a) …", …]}
const ITEMS = [
  ["1", "Welcome, apologies and declarations of interest", [
    "1.1 The Chair welcomed members, and Ruari Vandermeer, who attends the Panel as a co-opted adviser.",
    "1.2 Apologies were received from Cllr Padraig Mulgrew, for whom Cllr Farida Gartside attended as substitute, and from Cllr Gerald Pilbeam.",
    "1.3 Cllr Lamorna Kitto declared an interest in item 5 as a trustee of the Polwhele Manor Trust, which holds an approved premises licence for ceremonies at Polwhele Manor. She left the room for that item and took no part in the discussion or the decision.",
  ]],
  ["2", "Minutes of the meeting held on 9 December 2026", [
    "2.1 Resolved: that the minutes of the meeting held on 9 December 2026 be agreed as a correct record.",
  ]],
  ["3", "Citizenship ceremonies: backlog and recovery plan", [
    "3.1 Kasimir Nowacki introduced the report. At 28 February 2027, 11,840 people had been waiting more than three months for a citizenship ceremony, down from 14,200 at 30 November 2026. The recovery plan agreed in December aims to bring the number below 5,000 by 30 September 2027.",
    "3.2 He proposed that the £600,000 Ceremony Catch-up Fund be paid in two rounds: £350,000 in round 1, for extra ceremonies held between April and September 2027, and £250,000 in round 2. Bids would be scored on the number of people waiting, the extra ceremonies offered and match funding.",
    "3.3 Members asked that councils with the longest waits should not lose out because they could not offer match funding. Officers agreed that match funding would count for no more than 10 per cent of the score.",
    { p: "3.4 Resolved: that the Panel", items: [
      "(a) notes the progress of the recovery plan;",
      "(b) agrees the criteria for the Ceremony Catch-up Fund, with match funding counting for no more than 10 per cent of the score; and",
      "(c) delegates the award of round 1 grants to the Chair, after consulting the Vice-Chair.",
    ] },
  ]],
  ["4", "Digital death registration pilot: interim evaluation", [
    "4.1 Rosenna Hollowood presented the interim evaluation of the pilot in six councils, in which the person registering a death can do so by video appointment. In the pilot councils the average time from death to registration fell from 6.8 days to 4.1 days, and 91 per cent of those who used a video appointment rated it good or very good.",
    "4.2 Ruari Vandermeer said that registration managers outside the pilot were keen to join it, but that delays in medical examiners’ scrutiny, rather than a shortage of appointments, were now the main cause of late death registration.",
    { p: "4.3 Resolved: that the Panel", items: [
      "(a) notes the interim evaluation;",
      "(b) agrees that the pilot be extended to up to four more councils from July 2027, within the existing budget; and",
      "(c) asks the Chair to write to the Department of Health and Social Care about the effect of delays in medical examiners’ scrutiny on death registration.",
    ] },
  ]],
  ["5", "Approved premises fees 2027/28: consultation", [
    "5.1 Cllr Kitto left the room for this item.",
    "5.2 Kenver Pugsley introduced draft model fees for a three-year approved premises licence, in four bands: Band A (up to 50 guests) £1,450; Band B (51 to 150 guests) £1,950; Band C (151 guests or more) £2,600; and Band D (outdoor and temporary structures) £2,900.",
    "5.3 Members asked that the consultation should reach small venues, and venues in rural areas in particular, which rarely respond to written consultations.",
    "5.4 Resolved: that the Panel agrees to consult on the draft model fees from 15 March to 23 April 2027, and to consider the outcome at its meeting on 16 June 2027.",
    "5.5 Cllr Kitto returned to the meeting.",
  ]],
  ["6", "Performance at quarter 3 2026/27", [
    "6.1 Chidi Anyanwu presented the report on the Panel’s ten measures at 31 December 2026. Deaths registered within five days stood at 78.4 per cent against a target of 85 per cent; members noted the link with item 4.",
    "6.2 Resolved: that the report be noted.",
  ]],
  ["7", "Programme risks", [
    "7.1 Rosenna Hollowood presented the risk register. Members noted that Vellum Digital Ltd, which runs the ceremony booking platform used by 84 councils, had reported a loss for the second year running, and asked for a risk on the platform to be added to the register.",
    "7.2 Resolved: that the register be noted, and that a risk on the ceremony booking platform be added for the June meeting.",
  ]],
  ["8", "Any other business", [
    "8.1 The Chair told the Panel that she will not seek reappointment for 2027/28, as she is to become her council’s cabinet member for housing in May. The Labour group will nominate a new Chair.",
    "8.2 The next meeting will be held on Wednesday 16 June 2027 at 11.00 am.",
  ]],
];
const ACT_H = "Actions";
const ACT_HEAD = ["Item", "Action", "Action by", "By when"];
// [item (empty = merged with the row above), action, by, when]
const ACTIONS = [
  ["3 Citizenship ceremonies", "Publish the Ceremony Catch-up Fund criteria and prepare round 1", "Kasimir Nowacki", "End of March 2027"],
  ["", "Report progress on the recovery plan and round 1", "Kasimir Nowacki", "June meeting"],
  ["4 Digital death registration pilot", "Invite councils to express interest in joining the pilot", "Rosenna Hollowood", "30 April 2027"],
  ["", "Draft the Chair’s letter to the Department of Health and Social Care on medical examiner delays", "Rosenna Hollowood", "31 March 2027"],
  ["", "Update the pilot’s data-sharing agreement before it expires", "Chidi Anyanwu", "30 April 2027"],
  ["5 Approved premises fees", "Launch the consultation, with a short telephone survey of small and rural venues", "Kenver Pugsley", "15 March 2027"],
  ["", "Report the outcome of the consultation", "Kenver Pugsley", "June meeting"],
  ["7 Programme risks", "Add a risk on the ceremony booking platform to the register", "Rosenna Hollowood", "June meeting"],
  ["8 Any other business", "Ask the Labour group for its nomination for Chair for 2027/28", "Nyasha Deverell", "30 April 2027"],
];
const CLOSE = "The meeting ended at 1.05 pm.";

// ---------------------------------------------------------------- checks
if (MEMBERS.length !== 12) throw new Error("12 members");
const where = (w) => [...MEMBERS, ...SUBS].filter((m) => m[3] === w).length;
if (where("R") !== 8 || where("O") !== 3 || where("A") !== 2) throw new Error(`attendance ${where("R")}/${where("O")}/${where("A")}`);
const apologies = MEMBERS.filter((m) => m[3] === "A").map((m) => m[0]);
if (apologies.join() !== "Cllr Padraig Mulgrew,Cllr Gerald Pilbeam") throw new Error("apologies " + apologies);
if (350000 + 250000 !== 600000) throw new Error("fund");
checkWeekdays(JSON.stringify([SUBTITLE, META, ITEMS]), "minutes");

// ---------------------------------------------------------------- Word
const font = "Arial";
const ACC = "5B2C6F";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const border = { style: "single", size: 4, color: "A08AB0" };
const borders = { top: border, bottom: border, left: border, right: border };
const cellP = (t, o = {}) => new Paragraph({ alignment: o.align, children: [run(t, { size: 19, ...o })] });
const mkCell = (t, width, o = {}, po = {}) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o, children: [cellP(t, po)] });
const shade = (fill) => ({ shading: { type: ShadingType.CLEAR, fill, color: "auto" } });
const AW = [2700, 2600, 800, 1000, 900, 1050];
const headRow = (head, widths, centreFrom = 99) => new TableRow({ tableHeader: true, children: head.map((t, i) => mkCell(t, widths[i], shade(ACC), { bold: true, color: "FFFFFF", align: i >= centreFrom ? AlignmentType.CENTER : undefined })) });
const attRow = ([name, council, group, w]) => new TableRow({ children: [
  mkCell(name, AW[0]), mkCell(council, AW[1]), mkCell(group, AW[2]),
  ...["R", "O", "A"].map((k, i) => mkCell(w === k ? TICK : "", AW[3 + i], {}, { align: AlignmentType.CENTER })),
] });
const attRows = [headRow(ATT_HEAD, AW, 3), ...MEMBERS.map(attRow),
  new TableRow({ children: [mkCell(SUB_ROW, AW.reduce((a, b) => a + b, 0), { columnSpan: 6, ...shade("EFE8F3") }, { bold: true })] }),
  ...SUBS.map(attRow)];
const XW = [2300, 4300, 1700, 1750];
const actRows = [headRow(ACT_HEAD, XW)];
ACTIONS.forEach((r, k) => {
  const startsGroup = r[0] !== "";
  const groupContinues = ACTIONS[k + 1] && ACTIONS[k + 1][0] === "";
  const vm = startsGroup ? (groupContinues ? { verticalMerge: VerticalMergeType.RESTART } : {}) : { verticalMerge: VerticalMergeType.CONTINUE };
  actRows.push(new TableRow({ cantSplit: true, children: [
    mkCell(r[0], XW[0], { ...vm, ...shade("F6F2F8") }, { bold: true }), mkCell(r[1], XW[1]), mkCell(r[2], XW[2]), mkCell(r[3], XW[3]),
  ] }));
});
const children = [];
children.push(new Paragraph({ spacing: { after: 60 }, children: [run(TOPLINE, { size: 20, color: "555555" })] }));
children.push(new Paragraph({ spacing: { after: 40 }, children: [run(TITLE, { size: 34, bold: true, color: ACC })] }));
children.push(new Paragraph({ spacing: { after: 200 }, children: [run(SUBTITLE, { size: 26, color: ACC })] }));
for (const [l, t] of META) children.push(new Paragraph({ spacing: { after: 40 }, children: [run(l + " ", { bold: true }), run(t)] }));
children.push(new Paragraph({ keepNext: true, spacing: { before: 240, after: 100 }, children: [run(ATT_H, { bold: true, size: 24, color: ACC })] }));
children.push(new Table({ width: { size: AW.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: AW, rows: attRows }));
children.push(new Paragraph({ spacing: { before: 60, after: 120 }, children: [run(ATT_KEY, { size: 17, italics: true, color: "444444" })] }));
for (const [l, t] of PEOPLE) children.push(new Paragraph({ spacing: { after: 80 }, children: [run(l + " ", { bold: true }), run(t)] }));
const hang = { left: 680, hanging: 680 };
for (const [n, h, ps] of ITEMS) {
  children.push(new Paragraph({ keepNext: true, indent: hang, spacing: { before: 240, after: 100 }, children: [run(n + "\t" + h, { bold: true, size: 23, color: ACC })] }));
  for (const p of ps) {
    const t = typeof p === "string" ? p : p.p;
    const m = t.match(/^(\d+\.\d+) (.*)$/);
    const body = m[2].startsWith("Resolved:") ? [run("Resolved:", { bold: true }), run(m[2].slice(9))] : [run(m[2])];
    children.push(new Paragraph({ indent: hang, spacing: { after: 100 }, children: [run(m[1] + "\t"), ...body] }));
    if (typeof p !== "string") for (const it of p.items) children.push(new Paragraph({ indent: { left: 1260, hanging: 580 }, spacing: { after: 60 }, children: [run(it)] }));
  }
}
children.push(new Paragraph({ keepNext: true, spacing: { before: 280, after: 100 }, children: [run(ACT_H, { bold: true, size: 24, color: ACC })] }));
children.push(new Table({ width: { size: XW.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: XW, rows: actRows }));
children.push(new Paragraph({ spacing: { before: 200 }, children: [run(CLOSE, { italics: true })] }));

const doc = new Document({
  creator: "LGA Member Services",
  title: "Registration and Ceremonies Panel – minutes of 10 March 2027 (draft)",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT }, margin: { top: 1250, bottom: 1150, left: 1000, right: 1000, header: 560, footer: 560 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run("Registration and Ceremonies Panel – 10 March 2027 – draft minutes", { size: 16, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], font, size: 16, color: "666666" })] })] }) },
    children,
  }],
});
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const cells = (r) => r.join(" | ").replace(/(\s\|\s*)+$/, "");
const tickRow = ([name, council, group, w]) => cells([name, council, group, ...["R", "O", "A"].map((k) => (w === k ? TICK : ""))]);
const R = [TOPLINE, TITLE, SUBTITLE, ...META.map(([l, t]) => `${l} ${t}`), ATT_H, ATT_HEAD.join(" | "), ...MEMBERS.map(tickRow), SUB_ROW, ...SUBS.map(tickRow), ATT_KEY];
for (const [l, t] of PEOPLE) R.push(`${l} ${t}`);
for (const [n, h, ps] of ITEMS) {
  R.push(`${n} ${h}`);
  for (const p of ps) {
    if (typeof p === "string") R.push(p);
    else R.push(p.p, ...p.items);
  }
}
R.push(ACT_H, ACT_HEAD.join(" | "));
for (const r of ACTIONS) R.push(r[0] ? r.join(" | ") : "| " + r.slice(1).join(" | "));
R.push(CLOSE);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); in the room ${where("R")}, online ${where("O")}, apologies ${where("A")}`);
