// Builds docs/uwtg-item-6-pspo-pilot-paper-2702-02-12-hotdocs.docx and its rendering in text/.
// Layout: A WORD BOARD PAPER ASSEMBLED BY A DOCUMENT-ASSEMBLY SYSTEM (HotDocs) FROM THE ASSOCIATION'S
// REPORT TEMPLATE AND AN ANSWER FILE (`docx` 9.x, A4 portrait, Arial): the paper is what the template's
// variables, conditions and repeats produced, with the marks such assembly leaves:
//  - THE FRONT SHEET IS A TWO-COLUMN TABLE of shaded labels and answered variables; the contact officer
//    is one cell of four lines (name, post, phone, e-mail); yes / no questions are printed as BOTH
//    OPTIONS WITH A TICKED AND AN EMPTY BOX ("☒ Yes ☐ No"), so the answer is only which box is ticked;
//  - AN UNANSWERED VARIABLE IS PRINTED AS HotDocs PRINTS ONE, "***Publication date***", where the
//    publication date should be (and again among the background papers);
//  - the recommendations sit in a row of the front-sheet table spanning both columns, as typed
//    (a)–(d) paragraphs under "That the Task Group:";
//  - the options appraisal is a table whose last column ("Recommended") has ONE CELL MERGED DOWN OVER
//    THE FIRST TWO OPTIONS ("No") beside the third ("Yes");
//  - the consultation results are a repeated row per council with a computed total row;
//  - the financial implications table has A TWO-ROW HEADER: "Cost line" and "Total" merged down, "Pilot
//    year 2702/03" merged across "One-off" and "Running";
//  - body paragraphs numbered by typed numbers ("2.1"); the page header names the meeting, the footer
//    the item and page; custom document properties name the template and the answer file.
// Rendering: paragraphs a line; a table row a line (cells " | "; a merged cell's text once, in its first
// row; empty continuation cells left out); the header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented. HotDocs and the
// Anti-social Behaviour, Crime and Policing Act 2014 are named only so that the paper reads like the genre.
//   node src/build-hotdocs-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { root, MAIN, DOCS, BODY, OFFICERS as O, cllr, PAPER, PILOT_COSTS, PILOT_ONEOFF, PILOT_RUNNING, PILOT_TOTAL, FUNDING, CONSULT, FIRE, gbp } from "./common.mjs";

const D = await import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, ShadingType, Header, Footer, PageNumber, AlignmentType, VerticalMergeType } = D;
const FILE = DOCS.paper;
const BASE = basename(FILE, extname(FILE));
const FONT = "Arial";
const out = [];
const children = [];

const run = (t, o = {}) => new TextRun({ text: t, font: o.font ?? FONT, bold: o.bold, size: o.size });
const para = (t, o = {}) => new Paragraph({ spacing: { after: o.after ?? 120 }, alignment: o.align, children: Array.isArray(t) ? t : [run(t, o)] });
const P_ = (t, o = {}) => { children.push(para(t, o)); out.push(t); };
const H_ = (t) => { children.push(new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [run(t, { bold: true, size: 24 })] })); out.push(t); };
const box = (on) => (on ? "☒" : "☐");
const yesNo = (yes) => [run(`${box(yes)} `, { font: "MS Gothic" }), run("Yes   "), run(`${box(!yes)} `, { font: "MS Gothic" }), run("No")];
const yesNoText = (yes) => `${box(yes)} Yes ${box(!yes)} No`;
const SHADE = { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" };
const cell = (content, o = {}) => new TableCell({
  columnSpan: o.span, rowSpan: o.rows, shading: o.shade ? SHADE : undefined,
  width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
  children: (Array.isArray(content) ? content : [content]).map((c) => (c instanceof Paragraph ? c : para(typeof c === "string" ? c : c, { after: 40, bold: o.bold }))),
});

// ------------------------------------------------------------------ title block
P_(BODY, { bold: true, size: 28 });
P_("Wednesday 12 February 2702", { size: 22 });
P_(`Item ${PAPER.item}`, { bold: true, size: 22 });
P_(PAPER.title, { bold: true, size: 26, after: 240 });

// ------------------------------------------------------------------ front sheet
const rec = [
  "That the Task Group:",
  `(a) agrees a ${PAPER.months}-month pilot of a Public Spaces Protection Order banning the lighting of fires and barbecues on open moorland in Tarnmoor, Fellhaven and Skelldale from ${PAPER.from}, subject to each council making the order;`,
  `(b) allocates ${gbp(PILOT_TOTAL)} to the pilot: ${gbp(FUNDING[0][1])} from the underspend on fire danger rating signs (UWM-06) and ${gbp(FUNDING[1][1])} from the programme contingency;`,
  `(c) agrees a fixed penalty of ${PAPER.fine} for a breach of the order, reduced to £60 if paid within 14 days; and`,
  `(d) asks officers to report an evaluation of the pilot to the Task Group in April ${PAPER.report}.`,
];
const FRONT = [
  ["Report title", PAPER.title],
  ["Meeting", `${BODY}, Wednesday 12 February 2702`],
  ["Agenda item", PAPER.item],
  ["Report of", `${O.ptolemy.name}, ${O.ptolemy.post}`],
  ["Lead member", `${cllr("oyewusi")} (prevention and education)`],
  ["Contact officer", [O.saoirse.name, O.saoirse.post, O.saoirse.phone, O.saoirse.email]],
  ["Key decision", true],
  ["Exempt information", false],
  ["Councils affected", PAPER.councils.join("; ")],
  ["Date of publication", "***Publication date***"],
  ["Purpose of report", `To propose a ${PAPER.months}-month pilot of a Public Spaces Protection Order (PSPO) banning fires and barbecues on open moorland in three council areas, as the Task Group asked on 11 December 2701 (minute 6).`],
  ["Summary", `Voluntary agreements with retailers have not held: 5 of the 12 councils now have one (UWM-05, off track at quarter 3). The ${FIRE.name} of 14 November 2701, which burned ${FIRE.ha} hectares, started from a disposable barbecue. A pilot in Tarnmoor, Fellhaven and Skelldale, the three areas with the most vegetation fires this year, would cost ${gbp(PILOT_TOTAL)}, met from an underspend and the programme contingency and within the Task Group's £75,000 limit.`],
];
const frontRows = FRONT.map(([label, v]) => {
  let content, text;
  if (typeof v === "boolean") { content = [new Paragraph({ spacing: { after: 40 }, children: yesNo(v) })]; text = yesNoText(v); }
  else if (Array.isArray(v)) { content = v; text = v.join(" | "); }
  else { content = v; text = v; }
  out.push(`${label} | ${text}`);
  return new TableRow({ children: [cell(label, { shade: true, bold: true, w: 2600 }), cell(content, { w: 6400 })] });
});
frontRows.push(new TableRow({ children: [cell([para("Recommendations", { bold: true, after: 60 }), ...rec.map((r) => para(r, { after: 60 }))], { span: 2 })] }));
out.push("Recommendations", ...rec);
frontRows.push(new TableRow({ children: [cell([para([run("Action: ", { bold: true }), run("Officers to take forward as directed by members.")], { after: 40 })], { span: 2 })] }));
out.push("Action: Officers to take forward as directed by members.");
children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [2600, 6400], rows: frontRows }));
children.push(para("", { after: 120 }));

// ------------------------------------------------------------------ body
H_("1. Background");
P_("1.1 On 11 December 2701 the Task Group asked officers to bring a PSPO pilot proposal, with an options appraisal, to this meeting (minute 6). A proposal to ask councils to stop the sale of disposable barbecues had no seconder.");
P_("1.2 Kinderhope and Wyndcross left the voluntary agreement with retailers in November 2701, so 5 of the 12 councils now have one, against a target of 12 of 12 (UWM-05).");
P_(`1.3 The ${FIRE.name} of 14 November 2701 burned ${FIRE.ha} hectares over ${FIRE.days} days and started from a disposable barbecue near the Scar Top car park.`);
H_("2. Proposal");
P_("2.1 Under the Anti-social Behaviour, Crime and Policing Act 2014 each council may make a PSPO for its area. The pilot order would ban lighting fires and barbecues, including disposable barbecues, on open moorland and within 50 metres of it, all year round, and would let authorised officers require a person to put out a fire.");
P_("2.2 Council rangers and volunteer fire wardens would patrol the 64 moorland access points in the three areas at weekends and on bank holidays from April to September.");

H_("3. Options appraisal");
const OPT = [
  ["1", "Do nothing: rely on voluntary agreements with retailers", "£0", "Agreements have fallen from 7 councils to 5; does nothing about barbecues bought elsewhere"],
  ["2", "Signs and visitor information only", "£27,000", "Cheaper, but signs were in place at Scar Top before the Fellhaven Moor fire; gives no power to act"],
  ["3", "PSPO pilot with signs, patrols and an independent evaluation in three council areas", gbp(PILOT_TOTAL), "Gives officers a power to act and a fixed penalty, and tests the approach before any wider use"],
];
const optHead = ["Option", "What it means", "Cost (12 months)", "Assessment", "Recommended"];
out.push(optHead.join(" | "));
const optRows = [new TableRow({ tableHeader: true, children: optHead.map((h) => cell(h, { shade: true, bold: true })) })];
OPT.forEach((o, i) => {
  const cells = o.map((c) => cell(c));
  if (i === 0) cells.push(cell("No", { rows: 2 }));
  if (i === 2) cells.push(cell("Yes", { bold: true }));
  optRows.push(new TableRow({ children: cells }));
  out.push([...o, ...(i === 0 ? ["No"] : i === 2 ? ["Yes"] : [])].join(" | "));
});
children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [900, 2500, 1300, 3300, 1000], rows: optRows }));
children.push(para("", { after: 60 }));
P_("3.1 Option 3 is recommended. Option 2 is not: signs alone give officers no power to act.");

H_("4. Consultation");
const cr = CONSULT.reduce((t, r) => t + r[1], 0), cs = CONSULT.reduce((t, r) => t + r[2], 0), co = CONSULT.reduce((t, r) => t + r[3], 0);
P_(`4.1 The three councils consulted jointly for six weeks, from 4 November to 16 December 2701. ${cr} people responded: ${PAPER.support}% supported a ban, ${PAPER.oppose}% opposed it and ${PAPER.unsure}% were unsure.`);
const cHead = ["Council", "Responses", "Support", "Oppose"];
out.push(cHead.join(" | "));
const cRows = [new TableRow({ tableHeader: true, children: cHead.map((h) => cell(h, { shade: true, bold: true })) })];
for (const [c, n, s, o] of CONSULT) { cRows.push(new TableRow({ children: [c, String(n), String(s), String(o)].map((x) => cell(x)) })); out.push([c, n, s, o].join(" | ")); }
cRows.push(new TableRow({ children: ["Total", String(cr), String(cs), String(co)].map((x) => cell(x, { bold: true })) }));
out.push(["Total", cr, cs, co].join(" | "));
children.push(new Table({ width: { size: 7000, type: WidthType.DXA }, columnWidths: [3400, 1200, 1200, 1200], rows: cRows }));
children.push(para("", { after: 60 }));

H_("5. Financial implications");
P_(`5.1 The pilot would cost ${gbp(PILOT_TOTAL)} over its ${PAPER.months} months:`);
const fRows = [
  new TableRow({ tableHeader: true, children: [cell("Cost line", { shade: true, bold: true, rows: 2 }), cell("Pilot year 2702/03", { shade: true, bold: true, span: 2 }), cell("Total", { shade: true, bold: true, rows: 2 })] }),
  new TableRow({ tableHeader: true, children: [cell("One-off", { shade: true, bold: true }), cell("Running", { shade: true, bold: true })] }),
];
out.push("Cost line | Pilot year 2702/03 | Total", "One-off | Running");
const money = (n) => (n ? gbp(n) : "–");
for (const [l, a, b] of PILOT_COSTS) { fRows.push(new TableRow({ children: [l, money(a), money(b), gbp(a + b)].map((x) => cell(x)) })); out.push([l, money(a), money(b), gbp(a + b)].join(" | ")); }
fRows.push(new TableRow({ children: ["Total", gbp(PILOT_ONEOFF), gbp(PILOT_RUNNING), gbp(PILOT_TOTAL)].map((x) => cell(x, { bold: true })) }));
out.push(["Total", gbp(PILOT_ONEOFF), gbp(PILOT_RUNNING), gbp(PILOT_TOTAL)].join(" | "));
children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: [4200, 1600, 1600, 1600], rows: fRows }));
children.push(para("", { after: 60 }));
P_(`5.2 Funded from: ${FUNDING.map(([l, v]) => `${l.charAt(0).toLowerCase() + l.slice(1)} ${gbp(v)}`).join("; ")}.`);
P_("5.3 The Task Group may commit up to £75,000 in any one decision, so the pilot does not need to go to the Board.");

H_("6. Legal implications");
P_("6.1 Each council must make its own order after consulting the police and the owners and occupiers of the land. Legal advice received on 20 January 2702 (action UWA-35) is that an order may cover open access land if the council shows that fires there have a detrimental effect on the quality of life of those in the locality.");
P_("6.2 Anyone who lives in or regularly visits the area may challenge an order in the High Court within six weeks of it being made (risk UWR-04).");

H_("7. Risks");
P_("7.1 A legal challenge to the orders is on the programme's risk register as UWR-04 (likelihood 2, impact 4, score 8, medium). The pilot also addresses UWR-01, a dry spring bringing more and larger wildfires.");

H_("8. Next steps");
P_(`8.1 If the Task Group agrees, the three councils will make their orders in March 2702 so that the pilot can start on ${PAPER.from}. An evaluation will be reported to the Task Group in April ${PAPER.report}.`);

H_("Background papers");
P_("1. Draft minutes of the meeting of 11 December 2701");
P_("2. ***Background paper 2***");

const doc = new Document({
  creator: O.saoirse.name,
  lastModifiedBy: "HotDocs",
  title: PAPER.title,
  subject: `${BODY}, 12 February 2702, item ${PAPER.item}`,
  description: "Assembled from LGA board report template v4",
  customProperties: [
    { name: "HotDocs Template", value: "LGA board report v4.hdt" },
    { name: "HotDocs Answer File", value: "UWTG 2702-02-12 item 6.anx" },
    { name: "HotDocs Assembled", value: "29/01/2702 15:06" },
  ],
  styles: { default: { document: { run: { font: FONT, size: 21 } } } },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${BODY} – 12 February 2702`, { size: 16 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`Item ${PAPER.item} – page `, PageNumber.CURRENT], font: FONT, size: 16 })] })] }) },
    children,
  }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
