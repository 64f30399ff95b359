// Builds docs/urctg-agenda-pack-2164-03-14.docx and its rendering in text/.
// Layout: A WORD AGENDA PACK WHOSE FIGURES LIVE IN NATIVE WORD CHARTS AND A SMARTART GRAPHIC. The body is
// made with `docx` 9.x (A4 portrait, Calibri; cover with the membership table, agenda, the draft minutes of
// 23 November 2163 as item 3, and the reports of items 4–6 with front sheets as label / value tables, the
// Part B notice of item 7). Then the package is opened with jszip and FOUR GRAPHICS ARE WRITTEN INTO IT AS
// WORD ITSELF STORES THEM, each replacing a placeholder paragraph:
//  - three NATIVE CHARTS (`<c:chart r:id>` inside `<wp:inline>` → `word/charts/chartN.xml`, with
//    `word/charts/_rels` pointing at an EMBEDDED WORKBOOK `word/embeddings/Microsoft_Excel_Worksheet{N}.xlsx`):
//    Chart 1 a clustered column chart of complaints by quarter for two years (the current year's Q4 a
//    missing point), Chart 2 a clustered bar chart of manholes planned and baited per water company, Chart 3
//    a bar chart of budget and forecast per budget line with data labels. THEIR NUMBERS EXIST ONLY IN THE
//    CHART PARTS' CACHES (`c:strCache`, `c:numCache` with a format code) and in the embedded workbooks:
//    the report's prose gives a few of them, most of them nowhere else;
//  - one SMARTART GRAPHIC (Figure 1, a chevron process of the summer campaign's dates): `<dgm:relIds>` in
//    the body, the words in `word/diagrams/data1.xml` (the data model's points, in the order they were typed
//    – the fifth node was added last and placed second by its connection's `srcOrd`) and again in the
//    cached drawing `word/diagrams/drawing1.xml` (shapes in display order), with layout, quick-style and
//    colour parts.
// mammoth and other body-only readers see the captions and none of the charts' or SmartArt's words.
// Rendering: the body as a reader meets it, a paragraph a line, table rows as cells joined by " | " (a
// cell's paragraphs joined by spaces); each chart as its title, a header row (category label | series
// names) and one row per category with the values as the chart formats them; the SmartArt's nodes in
// display order, "date – text"; page header and footer left out.
// Synthetic test fixture: every person, figure, rating and decision is invented.
//   node src/build-agenda-pack-charts-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, requireMain, DOCS, BODY, BOARD, VENUE, O, P, full, cllr, MEMBERS_MARCH, SUBS, GUEST, MEASURES, STATUS, CHART1, CHART2, CHART3, CAMPAIGN, ACTIONS, ROUND2, BIDS, ASKED, RECOMMENDED, NOT_AWARDED, gbp, TOTAL } from "./common.mjs";

const D = await importDocx();
const JSZip = requireMain("jszip");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, Header, Footer, PageNumber, AlignmentType, PageBreak, VerticalAlign } = D;
const FILE = DOCS.pack;
const BASE = basename(FILE, extname(FILE));
const FONT = "Calibri";
const out = [];
const children = [];

const run = (t, o = {}) => new TextRun({ text: t, font: FONT, size: o.size ?? 22, bold: o.bold, italics: o.it, color: o.color });
const p = (t, o = {}) => {
  children.push(new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 120 }, keepNext: o.keepNext, children: [run(t, o)], pageBreakBefore: o.pageBreak }));
  if (o.render !== false) out.push(o.render ?? t);
};
const h = (t, o = {}) => p(t, { bold: true, size: o.size ?? 26, color: o.color ?? "2E6B4F", after: 100, keepNext: true, pageBreak: o.pageBreak });
const np = (n, t) => {
  const num = String(n).includes(".") ? String(n) : `${n}.`; // minutes paragraphs "6.1", report paragraphs "6."
  children.push(new Paragraph({ spacing: { after: 120 }, indent: { left: 567, hanging: 567 }, children: [run(`${num}\t${t}`)] }));
  out.push(`${num} ${t}`);
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "8C8C8C" };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
// a table: rows of cells (a cell is a string or an array of paragraphs)
const table = (data, widths, o = {}) => {
  const B = o.unruled ? NONE : THIN;
  children.push(new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
    borders: { top: B, bottom: B, left: B, right: B, insideHorizontal: B, insideVertical: B },
    rows: data.map((r, i) => new TableRow({ tableHeader: o.head && i === 0, cantSplit: true, children: r.map((c, j) => {
      const bold = (o.head && i === 0) || (o.labels && j === 0);
      const shade = (o.head && i === 0) || (o.labels && j === 0 && !o.unruled);
      return new TableCell({
        width: { size: widths[j], type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP,
        shading: shade ? { type: ShadingType.CLEAR, color: "auto", fill: "DCEBE3" } : undefined,
        margins: { top: 50, bottom: 50, left: 90, right: 90 },
        children: [].concat(c).map((t) => new Paragraph({ spacing: { after: 40 }, children: [run(t, { size: o.size ?? 19, bold })] })),
      });
    }) })),
  }));
  children.push(new Paragraph({ spacing: { after: 80 }, children: [] }));
  for (const r of data) out.push(r.map((c) => [].concat(c).join(" ")).join(" | "));
};
const frontSheet = (rows) => table(rows, [2300, 7338], { labels: true });
// a placeholder paragraph, replaced by a graphic after packing
const graphics = [];
const placeholder = (g) => {
  graphics.push(g);
  children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run(`%%GRAPHIC${graphics.length}%%`)] }));
  if (g.kind === "chart") {
    out.push(g.chart.title);
    out.push([g.chart.head, ...g.chart.series.map((s) => s.name)].join(" | "));
    g.chart.cats.forEach((c, i) => out.push([c, ...g.chart.series.map((s) => (s.vals[i] == null ? "" : fmt(s.vals[i])))].join(" | ").replace(/ \| $/, " |")));
  } else {
    for (const n of [...CAMPAIGN].sort((a, b) => a.ord - b.ord)) out.push(`${n.date} – ${n.what}`);
  }
};
const fmt = (n) => n.toLocaleString("en-GB");
const lead = (k) => `Cllr ${P[k].sur}`;

// ------------------------------------------------------------------ cover and agenda
p(BOARD, { size: 20, color: "595959", after: 60 });
p(BODY, { bold: true, size: 40, color: "2E6B4F", after: 60 });
p("Agenda", { bold: true, size: 32, after: 200 });
p("Date: Wednesday 14 March 2164", { after: 40 });
p("Time: 10.30am – 1.00pm", { after: 40 });
p(`Venue: ${VENUE}, and on Microsoft Teams`, { after: 40 });
p("Pre-meeting: 9.30am, Room 3.2 (Chair and lead members)", { after: 40 });
p("Published: Tuesday 6 March 2164", { after: 40 });
p(`Contact: ${O.ismay.name}, ${O.ismay.post}, ${O.ismay.phone}, ${O.ismay.email}`, { after: 200 });
h("Membership 2163/64", { size: 24 });
table([
  ["Councillor", "Council", "Political group", "Role"],
  ...MEMBERS_MARCH.map((m) => [
    `Cllr ${m.fore} ${m.sur}`, m.council, m.group,
    m.role !== "Member" ? m.role + (m.lead ? `; lead member for ${m.lead.toLowerCase()}` : "") : m.lead ? `Lead member for ${m.lead.toLowerCase()}` : m.from ? `Member (from ${m.from})` : "Member",
  ]),
], [2600, 3300, 1600, 2138], { head: true });
p(`Substitutes: ${SUBS.map((s) => `Cllr ${s.fore} ${s.sur} (${s.group}, ${s.council})`).join(", ")}.`);
p(`Membership change: ${cllr("stennett")} (Conservative, Ashcarrow County Council) has replaced ${cllr("aldwinckle")} from 20 February 2164. Cllr Aldwinckle stood down on 6 February 2164.`);

h("Part A – open to the public", { size: 24, pageBreak: true });
table([
  ["Item", "Title", "Lead", "Page"],
  ["1", "Welcome, apologies and substitutes", "Chair", "–"],
  ["2", "Declarations of interest", "Chair", "–"],
  ["3", "Minutes of the meeting held on 23 November 2163 (for approval)", "Chair", "3"],
  ["4", "Rodent Reduction Programme: quarter 3 performance, budget and actions", O.ptolemy.name, "7"],
  ["5", "Rat-Proofing Capital Fund round 2: recommended awards (key decision)", O.henrietta.name, "13"],
  ["6", "Members' workshop of 25 January 2164: priorities for 2164/65", O.ptolemy.name, "16"],
], [700, 5600, 2500, 838], { head: true });
h("Part B – exempt", { size: 24 });
p("The Task Group is likely to exclude the press and public for the following item because it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person, including the authority holding that information).");
table([
  ["Item", "Title", "Lead", "Page"],
  ["7", "Sewer baiting contract: Ouselow Water (not for publication)", O.augustin.name, "–"],
], [700, 5600, 2500, 838], { head: true });
p("Date of next meeting: Wednesday 20 June 2164, 10.30am (provisional)");

// ------------------------------------------------------------------ item 3: minutes of 23 November 2163
h("Item 3", { size: 22, pageBreak: true });
h(BODY);
p("Minutes of the meeting held on Wednesday 23 November 2163, 10.30am, Room 3.1, 18 Smith Square, and on Microsoft Teams", { bold: true });
p("Draft – for approval on 14 March 2164", { it: true, color: "C00000" });
table([
  ["Present", `${cllr("thwaite")} (Chair), ${cllr("okafor")} (Vice-Chair), ${cllr("quillingford")} (Deputy Chair), ${cllr("fettiplace")}, ${cllr("ashgrove")}, ${cllr("nettleford")}, ${cllr("cottesmore")}, ${cllr("aldwinckle")}, ${cllr("drinkwater")}, ${cllr("winterflood")} (online)`],
  ["Substitute", `${cllr("ferrow")} (for ${cllr("sandhu")})`],
  ["Apologies", `${cllr("sandhu")}, ${cllr("mbeki")}`],
  ["Officers", `${O.ptolemy.name}, ${O.henrietta.name}, ${O.augustin.name}, ${O.zainab.name}, ${O.philomena.name}, ${O.ismay.name} (clerk)`],
  ["Guest", `${GUEST.name}, ${GUEST.post} (item 6)`],
], [1700, 7938], { labels: true, unruled: true });
const item = (n, t) => h(`${n}   ${t}`, { size: 22, color: "000000" });
item(1, "Welcome, apologies and substitutes");
np("1.1", `The Chair welcomed members and ${GUEST.name}. Apologies were received from ${cllr("sandhu")} and ${cllr("mbeki")}. ${cllr("ferrow")} attended as substitute for Cllr Sandhu-Weller.`);
item(2, "Declarations of interest");
np("2.1", `${cllr("nettleford")} declared a non-pecuniary interest in item 7 because his brother owns a pest control company that treats homes in Pellowick under contract to the council. He left the meeting for that item.`);
np("2.2", `${cllr("cottesmore")} declared a non-pecuniary interest in item 4 as a director of Thornabury Street Markets Ltd, a registered food business. She took part in the item.`);
item(3, "Minutes of the meeting held on 21 September 2163");
np("3.1", "The minutes were agreed as a correct record.");
item(4, "Quarter 2 performance");
np("4.1", `${O.ptolemy.name} introduced the report. At quarter 2, three measures were Green, five Amber, one Red and one not started.`);
np("4.2", `Members were concerned that only 5,140 of the 12,000 manholes planned for the year had been baited (RRM-02). ${cllr("fettiplace")} said that Ouselow Water was furthest behind its schedule.`);
np("4.3", "Resolved: that the Task Group (a) notes performance at quarter 2; and (b) asks officers to write to the four water companies asking for a revised baiting schedule.");
item(5, "Rat-Proofing Capital Fund: round 2 prospectus");
np("5.1", `${O.henrietta.name} introduced the draft prospectus for round 2: ${gbp(ROUND2.pot)} of capital funding, a maximum of ${gbp(ROUND2.max)} a bid, opening on 4 December 2163 and closing on 26 January 2164.`);
np("5.2", "Resolved: that the Task Group agrees the round 2 prospectus.");
item(6, "Rodenticide resistance: presentation");
np("6.1", `${GUEST.name} reported that the L120Q mutation, which makes brown rats resistant to bromadiolone and difenacoum, had been found in 38% of samples from Stowmarden and 22% of samples from Kessingmoor, and in none of the samples from the other member councils tested so far.`);
np("6.2", `${cllr("winterflood")} said that two of the three pest control contractors serving Dunwarden had closed in 2163, and that residents were waiting up to three weeks for a treatment.`);
np("6.3", "Resolved: that the Task Group (a) thanks Dr Threadgill for her presentation; (b) asks officers to circulate the resistance testing results map to members; and (c) asks officers to add a risk on pest control contractors leaving the market to the programme risk register.");
item(7, "Charging for domestic treatments");
np("7.1", `${O.philomena.name} explained that five member councils charge residents for rat treatments and that one had received a pre-action letter arguing that charging was unlawful where the council knew of a sewer defect.`);
np("7.2", "Resolved: that the Task Group asks for a report on the legal position on charging residents for domestic treatments.");
item(8, "Smart sensors and residents' data");
np("8.1", `${O.zainab.name} reported that 620 sensors had been installed in hotspot wards. Members asked how data from sensors in private gardens would be used.`);
np("8.2", "Resolved: that the Task Group asks officers to agree a sensor data-sharing protocol with the member councils by 31 January 2164.");
item(9, "Any other business");
np("9.1", "Members asked for a workshop in January to set priorities for 2164/65, and for the chief executive of Ouselow Water to be invited to the March meeting.");
item(10, "Date of next meeting");
np("10.1", "Wednesday 14 March 2164, 10.30am.");
p("Actions", { bold: true, keepNext: true });
table([
  ["Ref", "Minute", "Action", "Owner", "Due"],
  ...ACTIONS.map((a) => [a.ref, String(a.item), a.action, O[a.owner].name, a.due]),
], [900, 800, 4600, 2100, 1238], { head: true, size: 18 });
p("The meeting ended at 12.52pm.");
p("Chair: ........................................   Date: ........................");

// ------------------------------------------------------------------ item 4: performance, charts, SmartArt
h("Item 4", { size: 22, pageBreak: true });
h("Rodent Reduction Programme: quarter 3 performance, budget and actions");
frontSheet([
  ["Purpose of report", "For information and direction."],
  ["Summary", "This report sets out the programme's performance at the end of quarter 3 2163/64 (31 December 2163), the forecast outturn for the year, progress on the actions agreed on 23 November 2163 and the key dates of the summer 2164 campaign."],
  ["Recommendations", ["That the Task Group:", "(a) notes performance at quarter 3 and the forecast outturn; and", "(b) asks the lead member for sewers and water companies to agree a recovery plan for RRM-02 with the water companies before the June meeting."]],
  ["Action", "Officers to take forward as directed by members."],
  ["Contact officer", O.ptolemy.name],
  ["Position", O.ptolemy.post],
  ["Phone no", O.ptolemy.phone],
  ["Email", O.ptolemy.email],
]);
h("Performance at quarter 3", { size: 22 });
np(1, "Of the ten measures, three are Red, three Amber, three Green and one Complete at quarter 3 (Table 1). Three measures are rated lower than at quarter 2 and two higher.");
np(2, "RRM-06 has fallen behind because the sensor supplier delivered 70 of the 500 units ordered for October to December; the remaining 430 are promised for April 2164 (risk RRR-03).");
np(3, "RRM-09 fell to 88% after the contractors serving Thornabury and Pellowick stopped weekend collections in November.");
p("Table 1: Programme measures at quarter 3 2163/64", { bold: true, keepNext: true });
table([
  ["Ref", "Measure", "Target 2163/64", "Q2", "Q3", "Q2 status", "Q3 status", "Lead member"],
  ...MEASURES.map((m) => [m.ref, m.name, m.target, m.q2, m.q3, STATUS[m.s2], STATUS[m.s3], lead(m.lead)]),
], [820, 2900, 1150, 700, 700, 950, 950, 1468], { head: true, size: 17 });
h("Complaints", { size: 22 });
np(4, "Member councils received 1,206 rodent complaints in quarter 3, 13.5% fewer than in the same quarter of 2162/63 (Chart 1).");
p("Chart 1: Rodent complaints by quarter, 2162/63 and 2163/64", { it: true, keepNext: true });
placeholder({ kind: "chart", chart: CHART1, type: "col" });
h("Sewer baiting", { size: 22 });
np(5, "The four water companies had baited 7,020 manholes by 31 December 2163 against 9,000 planned to that date (Chart 2). One company accounts for most of the shortfall; the contract position is reported in Part B (item 7).");
p("Chart 2: Manholes baited against plan, by water company", { it: true, keepNext: true });
placeholder({ kind: "chart", chart: CHART2, type: "bar" });
h("Budget", { size: 22 });
np(6, `The programme budget for 2163/64 is £${(TOTAL.budget / 1000).toFixed(1)} million. A net underspend of £${TOTAL.budget - TOTAL.forecast},000 is forecast (Chart 3): smart sensors are underspent because of the delivery delay, and the sewer baiting partnership is overspent because of extra night working.`);
p("Chart 3: Budget and forecast outturn by budget line, 2163/64 (£000)", { it: true, keepNext: true });
placeholder({ kind: "chart", chart: CHART3, type: "bar" });
h("Actions from 23 November 2163", { size: 22 });
np(7, "Table 2 gives the position on the eight actions at 5 March 2164.");
p("Table 2: Actions from the meeting of 23 November 2163", { bold: true, keepNext: true });
table([
  ["Ref", "Action", "Owner", "Due", "Status", "Update"],
  ...ACTIONS.map((a) => [a.ref, a.action, O[a.owner].name, a.due, a.status, a.update]),
], [820, 2900, 1500, 1050, 1000, 2368], { head: true, size: 17 });
h("Summer 2164 campaign", { size: 22 });
np(8, "Figure 1 shows the key dates of the summer campaign agreed with the communications team.");
p("Figure 1: Summer 2164 campaign – key dates", { it: true, keepNext: true });
placeholder({ kind: "smartart" });
h("Risks", { size: 22 });
np(9, "The programme risk register is kept on the Task Group's page of the programme site. It was last reviewed on 29 January 2164 and will be reviewed again after this meeting.");
h("Implications", { size: 22 });
np(10, "Financial: none beyond those set out above. Legal: none arising from this report. Equalities: complaints remain highest in wards with a high share of private rented flats.");

// ------------------------------------------------------------------ item 5: round 2 awards
h("Item 5", { size: 22, pageBreak: true });
h("Rat-Proofing Capital Fund round 2: recommended awards");
const awarded = BIDS.filter((b) => b.award);
frontSheet([
  ["Purpose of report", "For decision."],
  ["Summary", `The second round of the Rat-Proofing Capital Fund closed on 26 January 2164 with 14 bids asking for ${gbp(ASKED)} against ${gbp(ROUND2.pot)}. Officers recommend eight awards totalling ${gbp(RECOMMENDED)}, two of them at a reduced amount, and two reserve bids.`],
  ["Is this a key decision?", "Yes"],
  ["Is this report confidential?", "No. Appendix B (the assessors' scoring sheets) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972."],
  ["Recommendations", [
    "That the Task Group:",
    `(a) approves the eight awards set out in Appendix A, totalling ${gbp(RECOMMENDED)};`,
    "(b) agrees RPF2-06 (Pellowick) and RPF2-13 (Ebbsworth) as reserve bids, to be offered funding in that order;",
    `(c) holds the ${gbp(NOT_AWARDED)} not awarded in the programme contingency, to fund a reserve bid in part or in full if an award is withdrawn or underspent; and`,
    "(d) delegates the grant conditions for each award to the Programme Manager, in consultation with the Chair.",
  ]],
  ["Action", "Officers to issue grant offer letters by 4 April 2164."],
  ["Contact officer", O.henrietta.name],
  ["Position", O.henrietta.post],
  ["Phone no", O.henrietta.phone],
  ["Email", O.henrietta.email],
]);
h("Background", { size: 22 });
np(1, `Round 2 was agreed on 23 November 2163 and opened on 4 December 2163: ${gbp(ROUND2.pot)} of capital funding, a maximum of ${gbp(ROUND2.max)} a bid, for works that stop rats getting into or living in buildings, sewers and bin stores.`);
np(2, `Fourteen bids were received, asking for ${gbp(ASKED)}. Each was scored out of 60 by one of three assessors against the published criteria; bids scoring ${ROUND2.pass} or more are recommended. After the members' workshop of 25 January 2164, 'bin stores in flats' was used as the tie-break between bids with equal scores; no tie arose.`);
np(3, "Eight bids are recommended, two at a reduced amount: RPF2-03 (Marlhythe), cut to 40 sensors because of the supplier risk, and RPF2-11 (Lowfold), whose drain element is the water company's responsibility.");
np(4, "Two bids are recommended as reserves, three are not recommended and one (RPF2-09, Brinemouth) was withdrawn by the council. Appendix A, the export of the assessment base of 1 March 2164, gives every bid with its score, the assessor's recommendation and notes.");
np(5, `Financial implications: the awards would leave ${gbp(NOT_AWARDED)} of the round 2 allocation unspent, which recommendation (c) holds in the contingency. Grants are paid in two instalments, 70% on signature and 30% on completion.`);
np(6, "Members whose councils have bid should declare an interest under item 2. Appendix A lists the member for each bidding council.");
p("Appendix A – All bids (export of the assessment base, 1 March 2164): circulated as a separate file.", { it: true });
p("Appendix B – Assessors' scoring sheets: not for publication.", { it: true });

// ------------------------------------------------------------------ item 6: workshop
h("Item 6", { size: 22, pageBreak: true });
h("Members' workshop of 25 January 2164: priorities for 2164/65");
frontSheet([
  ["Purpose of report", "For decision."],
  ["Summary", "Ten members took part in a workshop on 25 January 2164 to set priorities for the programme's second year. This report summarises the result; the workshop board is attached as Appendix A."],
  ["Recommendations", [
    "That the Task Group:",
    "(a) agrees three priorities for 2164/65: rat-proofing communal bin stores in blocks of flats; enforcing the sewer baiting agreement with the water companies; and free domestic treatments in hotspot wards, subject to the costing to be reported in June; and",
    "(b) asks officers to reflect these priorities in the programme budget for 2164/65.",
  ]],
  ["Action", "Officers to take forward as directed by members."],
  ["Contact officer", O.ptolemy.name],
  ["Position", O.ptolemy.post],
  ["Phone no", O.ptolemy.phone],
  ["Email", O.ptolemy.email],
]);
np(1, "Members each placed five dots on seven possible priorities. The three in recommendation (a) received the most dots; resistance testing in every member council came fourth.");
np(2, "Points put in the workshop's 'parking lot' are being followed up: charging landlords for repeat treatments is part of the legal report due in June (action RCA-25).");
p("Appendix A – Workshop board (exported from the online whiteboard): circulated as a separate file.", { it: true });

// ------------------------------------------------------------------ item 7: Part B
h("Item 7", { size: 22, pageBreak: true });
h("Sewer baiting contract: Ouselow Water");
p("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. The report will be circulated to members at the meeting.");

const doc = new Document({
  creator: O.ismay.name, title: `${BODY} – agenda pack – 14 March 2164`, description: "Agenda pack",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${BODY} – 14 March 2164`, { size: 16, color: "7F7F7F" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], size: 16, font: FONT })] })] }) },
    children,
  }],
});
let buf = await Packer.toBuffer(doc);

// ------------------------------------------------------------------ the graphics, written into the package
const zip = await JSZip.loadAsync(buf);
let docXml = await zip.file("word/document.xml").async("string");
let rels = await zip.file("word/_rels/document.xml.rels").async("string");
let types = await zip.file("[Content_Types].xml").async("string");
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const col = (i) => String.fromCharCode(65 + i);

// a minimal embedded workbook holding a chart's data (sheet1: categories in A, a series a column)
async function workbook(chart) {
  const z = new JSZip();
  const cells = (r, vals) => vals.map((v, i) => v == null ? "" : typeof v === "number" ? `<c r="${col(i)}${r}"><v>${v}</v></c>` : `<c r="${col(i)}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join("");
  const rowsXml = [`<row r="1">${cells(1, [chart.head, ...chart.series.map((s) => s.name)])}</row>`,
    ...chart.cats.map((c, i) => `<row r="${i + 2}">${cells(i + 2, [c, ...chart.series.map((s) => s.vals[i])])}</row>`)].join("");
  z.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  z.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  z.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  z.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  z.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`);
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function chartXml(chart, type, n) {
  const last = chart.cats.length + 1;
  const ser = chart.series.map((s, k) => `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:strRef><c:f>Sheet1!$${col(k + 1)}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    + `<c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
    + (chart.labels ? `<c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` : "")
    + `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${last}</c:f><c:strCache><c:ptCount val="${chart.cats.length}"/>${chart.cats.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join("")}</c:strCache></c:strRef></c:cat>`
    + `<c:val><c:numRef><c:f>Sheet1!$${col(k + 1)}$2:$${col(k + 1)}$${last}</c:f><c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="${chart.cats.length}"/>${s.vals.map((v, i) => (v == null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("")}</c:numCache></c:numRef></c:val></c:ser>`).join("");
  const ax1 = 50100 + n * 10, ax2 = ax1 + 1;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>`
    + `<c:chart><c:title><c:tx><c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/><c:barChart><c:barDir val="${type}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="${type === "bar" ? 80 : 150}"/><c:axId val="${ax1}"/><c:axId val="${ax2}"/></c:barChart>`
    + `<c:catAx><c:axId val="${ax1}"/><c:scaling><c:orientation val="${type === "bar" ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${type === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${ax2}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    + `<c:valAx><c:axId val="${ax2}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${type === "bar" ? "t" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="#,##0" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${ax1}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>`
    + `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`
    + `<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`;
}

const inline = (id, name, cx, cy, graphicData) => `<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="160"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${id}" name="${name}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="${NS_A}">${graphicData}</a:graphic></wp:inline></w:drawing></w:r></w:p>`;

// SmartArt parts (chevron process)
const guid = (n) => `{5C1E${String(n).padStart(4, "0")}-7B2A-4E19-9D3C-0A8F6B2E${String(4100 + n)}}`;
function smartArtParts() {
  const NS_D = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
  const pts = [`<dgm:pt modelId="${guid(0)}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/chevron1" loCatId="process" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent6_2" csCatId="accent6" phldr="1"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>`];
  const cxns = [];
  CAMPAIGN.forEach((n, i) => {
    pts.push(`<dgm:pt modelId="${guid(10 + i)}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" b="1" dirty="0"/><a:t>${esc(n.date)}</a:t></a:r></a:p><a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${esc(n.what)}</a:t></a:r></a:p></dgm:t></dgm:pt>`);
    pts.push(`<dgm:pt modelId="${guid(30 + i)}" type="parTrans" cxnId="${guid(50 + i)}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>`);
    pts.push(`<dgm:pt modelId="${guid(40 + i)}" type="sibTrans" cxnId="${guid(50 + i)}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>`);
    cxns.push(`<dgm:cxn modelId="${guid(50 + i)}" srcId="${guid(0)}" destId="${guid(10 + i)}" srcOrd="${n.ord}" destOrd="0" parTransId="${guid(30 + i)}" sibTransId="${guid(40 + i)}"/>`);
  });
  const data = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:dataModel xmlns:dgm="${NS_D}" xmlns:a="${NS_A}"><dgm:ptLst>${pts.join("")}</dgm:ptLst><dgm:cxnLst>${cxns.join("")}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rIdDg5" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>`;
  const layout = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:layoutDef xmlns:dgm="${NS_D}" xmlns:a="${NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/chevron1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="process" pri="12000"/></dgm:catLst><dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="lin"/><dgm:shape xmlns:r="${NS_R}" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" forName="parTxOnly" refType="w"/><dgm:constr type="h" for="ch" forName="parTxOnly" refType="w" refFor="ch" refForName="parTxOnly" fact="0.4"/></dgm:constrLst><dgm:ruleLst/><dgm:forEach name="Name1" axis="ch" ptType="node"><dgm:layoutNode name="parTxOnly" styleLbl="node1"><dgm:varLst><dgm:chMax val="0"/><dgm:chPref val="0"/><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape xmlns:r="${NS_R}" type="chevron" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst/><dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>`;
  const style = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:styleDef xmlns:dgm="${NS_D}" xmlns:a="${NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>`;
  const colors = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:colorsDef xmlns:dgm="${NS_D}" xmlns:a="${NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent6_2"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="accent6" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent6"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>`;
  // the cached drawing: one chevron per node, in display order
  const W = 1097280, H = 640080, GAP = 54864;
  const shapes = [...CAMPAIGN].map((n, i) => ({ n, i })).sort((a, b) => a.n.ord - b.n.ord).map(({ n, i }, k) =>
    `<dsp:sp modelId="${guid(70 + i)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="${k * (W + GAP)}" y="0"/><a:ext cx="${W}" cy="${H}"/></a:xfrm><a:prstGeom prst="chevron"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="2E6B4F"/></a:solidFill></dsp:spPr><dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="22860" tIns="22860" rIns="22860" bIns="22860" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-GB" sz="900" b="1"/><a:t>${esc(n.date)}</a:t></a:r></a:p><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-GB" sz="800"/><a:t>${esc(n.what)}</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="${k * (W + GAP) + 160000}" y="0"/><a:ext cx="${W - 320000}" cy="${H}"/></dsp:txXfrm></dsp:sp>`).join("");
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dsp:drawing xmlns:dgm="${NS_D}" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="${NS_A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>${shapes}</dsp:spTree></dsp:drawing>`;
  return { data, layout, style, colors, drawing, cx: 5 * W + 4 * GAP, cy: H };
}

const newRels = [];
const newTypes = [`<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>`];
let chartN = 0;
for (const [k, g] of graphics.entries()) {
  const mark = `%%GRAPHIC${k + 1}%%`;
  const re = new RegExp(`<w:p>(?:(?!<w:p>).)*?${mark}.*?</w:p>`, "s");
  if (!re.test(docXml)) throw new Error("placeholder not found " + mark);
  let xml;
  if (g.kind === "chart") {
    chartN++;
    const n = chartN;
    zip.file(`word/charts/chart${n}.xml`, chartXml(g.chart, g.type, n));
    zip.file(`word/charts/_rels/chart${n}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet${n === 1 ? "" : n - 1}.xlsx"/></Relationships>`);
    zip.file(`word/embeddings/Microsoft_Excel_Worksheet${n === 1 ? "" : n - 1}.xlsx`, await workbook(g.chart));
    newRels.push(`<Relationship Id="rIdCh${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${n}.xml"/>`);
    newTypes.push(`<Override PartName="/word/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    xml = inline(100 + n, `Chart ${n}`, 5760720, g.type === "bar" ? 3240000 : 2880000, `<a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rIdCh${n}"/></a:graphicData>`);
  } else {
    const s = smartArtParts();
    zip.file("word/diagrams/data1.xml", s.data);
    zip.file("word/diagrams/layout1.xml", s.layout);
    zip.file("word/diagrams/quickStyle1.xml", s.style);
    zip.file("word/diagrams/colors1.xml", s.colors);
    zip.file("word/diagrams/drawing1.xml", s.drawing);
    newRels.push(
      `<Relationship Id="rIdDg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData" Target="diagrams/data1.xml"/>`,
      `<Relationship Id="rIdDg2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramLayout" Target="diagrams/layout1.xml"/>`,
      `<Relationship Id="rIdDg3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramQuickStyle" Target="diagrams/quickStyle1.xml"/>`,
      `<Relationship Id="rIdDg4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramColors" Target="diagrams/colors1.xml"/>`,
      `<Relationship Id="rIdDg5" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing1.xml"/>`,
    );
    newTypes.push(
      `<Override PartName="/word/diagrams/data1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/>`,
      `<Override PartName="/word/diagrams/layout1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml"/>`,
      `<Override PartName="/word/diagrams/quickStyle1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml"/>`,
      `<Override PartName="/word/diagrams/colors1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml"/>`,
      `<Override PartName="/word/diagrams/drawing1.xml" ContentType="application/vnd.ms-office.drawingml.diagramDrawing+xml"/>`,
    );
    xml = inline(201, "Diagram 1", s.cx, s.cy, `<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:r="${NS_R}" r:dm="rIdDg1" r:lo="rIdDg2" r:qs="rIdDg3" r:cs="rIdDg4"/></a:graphicData>`);
  }
  docXml = docXml.replace(re, xml);
}
rels = rels.replace("</Relationships>", newRels.join("") + "</Relationships>");
types = types.replace("</Types>", newTypes.join("") + "</Types>");
zip.file("word/document.xml", docXml);
zip.file("word/_rels/document.xml.rels", rels);
zip.file("[Content_Types].xml", types);
// the app properties Word writes
zip.file("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>URCTG agenda.dotx</Template><TotalTime>412</TotalTime><Pages>18</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`);
buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
