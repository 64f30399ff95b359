// Builds docs/coastal-panel-agenda-pack-2096-03-14.docx and its rendering in text/.
// Layout: a WORD AGENDA PACK OF SEVERAL SECTIONS. Portrait sections for the agenda, the note of the last
// meeting and the papers; the budget paper's table sits in LANDSCAPE sections and is SPLIT ACROSS TWO
// SECTIONS (two Word tables, "Table 1" and "Table 1 (continued)", each with the same two header rows
// marked to repeat, a header cell spanning two columns and cells merged down two rows), with group rows,
// subtotal and total rows, underspends in brackets and lettered notes under the second part. Each
// section has its own page header (item and title). Front sheets are two-column label tables. The risk
// paper has a 5 x 5 heat map (risk references placed in likelihood x impact cells) and a register whose
// header spans "Current assessment" over three columns; the forward work programme merges the meeting
// date down its rows.
// Rendering: one paragraph per line, a table row per line with cells joined by " | " (a merged cell is
// written once, in the first row and column it covers); page headers and footers left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-agenda-pack-docx.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, importDocx, BODY, PARENT, PROGRAMME, VENUE, OFFICERS as O, SCHEMES, BUDGET, budgetTotals, money, RISKS, band } from "./common.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, ShadingType, Header, Footer, PageNumber, VerticalAlign, PageOrientation, SectionType } = D;
const BASE = "coastal-panel-agenda-pack-2096-03-14";
const FONT = "Arial";
const out = [];

// ------------------------------------------------------------------ block model
// A section: { landscape, header, blocks: [...] }. Blocks: {t:"title"|"h1"|"h2"|"p"|"right"|"caption"|"note", text, label}
// or {t:"table", widths, header: [rows], rows: [rows], repeat, size}. A cell: string or {text|paras, span, rowSpan, fill, bold, align}.
const sections = [];
let cur;
const section = (o) => { cur = { ...o, blocks: [] }; sections.push(cur); };
const B = (b) => cur.blocks.push(b);
const title = (text) => B({ t: "title", text });
const h1 = (text) => B({ t: "h1", text });
const h2 = (text) => B({ t: "h2", text });
const p = (text, o = {}) => B({ t: "p", text, ...o });
const right = (text) => B({ t: "right", text });
const caption = (text) => B({ t: "caption", text });
const note = (text) => B({ t: "note", text });
const table = (o) => B({ t: "table", ...o });
const pb = () => B({ t: "pb" });
const frontSheet = (rows) => table({ widths: [2300, 7300], rows: rows.map(([k, v]) => [{ text: k, bold: true, fill: "DEEAF6" }, Array.isArray(v) ? { paras: v } : v]) });
const contact = (o) => [["Contact officer", o.name], ["Position", o.post], ["Phone no", o.phone], ["Email", o.email]];

// ------------------------------------------------------------------ content
const HDR = `${BODY} – 14 March 2096`;
section({ header: HDR });
right("Local Government Association");
title(BODY);
p("Agenda", { bold: true, size: 28 });
p("Wednesday 14 March 2096");
p("10.30am – 1.00pm");
p(VENUE);
p("Members may also join by Microsoft Teams. The meeting will be recorded for the purpose of the minutes.");
h1("Agenda");
const PART = (text) => [{ text, span: 4, bold: true, fill: "F2F2F2" }];
table({
  widths: [800, 5200, 2600, 1000],
  header: [["Item", "Title", "Lead", "Page"]],
  rows: [
    PART("Part 1: open to the public"),
    ["1.", "Welcome, apologies, substitutes and declarations of interest", "Chair", "–"],
    ["2.", "Note of the last meeting (7 December 2095)", "Chair", "3"],
    ["3.", "Coastal Transition Fund: round 2 allocations", O.carbis.name, "7"],
    ["4.", "Budget monitoring 2095/96: position at quarter 3", O.urquhart.name, "13"],
    ["5.", "Strategic risk register", O.aldous.name, "19"],
    ["6.", "Shoreline Management Plan refresh: verbal update", "Dr Morwenna Caddick, Environment Agency", "–"],
    ["7.", "Forward work programme 2096/97", O.padgett.name, "25"],
    ["8.", "Any other business", "Chair", "–"],
    PART("Part 2: confidential"),
    ["9.", "Coastal monitoring framework: award of contract", O.quennell.name, "27"],
  ],
});
p("Item 9 is not for publication because it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person, including the authority holding that information). The Panel will be asked to exclude the press and public for that item.");
p("Wednesday 27 June 2096, 10.30am, Tamar Room, Fenwick House", { label: "Date of next meeting:" });
p(`${O.padgett.name}, ${O.padgett.post}, ${O.padgett.phone}, ${O.padgett.email}`, { label: "Clerk:" });

pb();
right("Item 2");
title("Note of the last meeting");
p(`${BODY}`, { bold: true });
p("Wednesday 7 December 2095, 10.30am, Tamar Room, Fenwick House");
table({
  widths: [2000, 7600],
  rows: [
    [{ text: "Present", bold: true }, { paras: ["Cllr Imogen Tresidder (Chair), Cllr Nkechi Adeyemi-Rowe (Vice-Chair), Cllr Fenella Morwenstow and Cllr Jago Penhallow (Deputy Chairs)", "Cllr Barnaby Cottesloe, Cllr Delphine Ashworth-Kyle, Cllr Gervase Pellow, Cllr Callum Strachan-Reid, Cllr Rosalind Threlfall, Cllr Eamon Gilhooly, Cllr Desmond Farraday and Cllr Saffron Idowu-Marsh"] }],
    [{ text: "Substitute", bold: true }, "Cllr Perpetua Lusk (for Cllr Ambrose Teague)"],
    [{ text: "Apologies", bold: true }, "Cllr Winifred Stanier and Cllr Ambrose Teague"],
    [{ text: "Officers", bold: true }, `${O.quennell.name}, ${O.ferrabee.name}, ${O.carbis.name}, ${O.venkat.name}, ${O.aldous.name} and ${O.padgett.name}`],
  ],
});
h2("1. Welcome, apologies and declarations of interest");
p("The Chair welcomed members. Apologies were received from Cllr Winifred Stanier and Cllr Ambrose Teague; Cllr Perpetua Lusk attended as substitute for Cllr Teague. There were no declarations of interest.");
h2("2. Delivery tracker: quarter 2");
p(`${O.quennell.name} introduced the tracker. At 30 September 2095 one milestone was off track: the reform of the Bellwin scheme (IR-02), on which Ministers had not replied to the Panel's proposals of August 2095.`);
p("The Panel noted the tracker and agreed that the Chair write to the Minister asking for a reply on Bellwin reform.", { label: "Decision:" });
p(`${O.quennell.name} to draft the Chair's letter by 22 December 2095 (CFRP-16).`, { label: "Action:" });
h2("3. Lead local flood authority skills academy");
p(`${O.ferrabee.name} reported that 58 officers had been trained and that demand was higher than expected.`);
p("The Panel agreed to add two extra cohorts in February and March 2096, funded by a virement of £25,000 from the commissioned research budget.", { label: "Decision:" });
p(`${O.ferrabee.name} to arrange the cohorts and process the virement (CFRP-17).`, { label: "Action:" });
h2("4. Skegby Gap roll-back pilot");
p("The Panel noted that planning consent for the replacement homes had been refused on 2 November 2095 and that Saltfleet Coast District Council had appealed.");
p(`${O.carbis.name} to get legal advice on the appeal (CFRP-18).`, { label: "Action:" });
h2("5. Risk register and Shoreline Management Plans");
p("The Panel agreed the risk register, to be updated to reflect the lack of a response on Bellwin, and asked for the revised Shoreline Management Plan engagement timetable to be sent to all coastal councils.", { label: "Decision:" });
p(`${O.aldous.name} to update the register (CFRP-21); ${O.ferrabee.name} to send the timetable (CFRP-19); ${O.venkat.name} to report on options for a coastal engineering apprenticeship (CFRP-20).`, { label: "Actions:" });
h2("6. Any other business");
p("The Chair thanked Cllr Desmond Farraday, who would stand down from the Panel on 31 December 2095, for his contribution.");

pb();
right("Item 3");
title("Coastal Transition Fund: round 2 allocations");
frontSheet([
  ["Purpose of report", "For decision."],
  ["Summary", `This report sets out the appraisal of bids to round 2 of the Coastal Transition Fund and recommends allocations to six schemes totalling £4,860,000 from the £5 million available.`],
  ["Recommendations", ["That the Panel:", "(a) agrees the round 2 allocations in Table 2, totalling £4,860,000;", "(b) defers the Carrack Point Council bid to round 3, to be resubmitted with a full business case; and", "(c) agrees that the remaining £140,000 be held as a contingency for the round."]],
  ["Action", "Officers to notify councils and issue grant offer letters."],
  ...contact(O.carbis),
]);
h2("Background");
p("1. The Coastal Transition Fund helps councils to move homes, businesses and infrastructure away from eroding coastlines. Round 1 (£3.6 million) was paid to eight councils in July 2095.");
p("2. The Board delegated £5 million to the Panel for round 2. Bids closed on 30 November 2095. Seventeen bids were received, totalling £14.2 million.");
p("3. An appraisal panel of officers, with Cllr Fenella Morwenstow and Cllr Gervase Pellow as member observers, scored the bids against the published criteria: benefit to residents at risk, readiness to deliver, value for money and match funding. Seven bids were shortlisted.");
h2("Recommended allocations");
caption("Table 2: Round 2 bids shortlisted and allocations recommended (£000)");
const req = SCHEMES.reduce((a, s) => a + s[2], 0), rec = SCHEMES.reduce((a, s) => a + s[3], 0);
table({
  widths: [2700, 3900, 1500, 1500],
  header: [["Council", "Scheme", "Requested", "Recommended"]],
  rows: [
    ...SCHEMES.map((s) => [s[0], s[1], { text: money(s[2]), align: "right" }, { text: s[3] ? money(s[3]) : "0 (deferred)", align: "right" }]),
    [{ text: "Total", bold: true }, "", { text: money(req), bold: true, align: "right" }, { text: money(rec), bold: true, align: "right" }],
  ],
});
p("4. The Holderwick County Council scheme is recommended at £520,000 rather than the £640,000 bid, because the car park relocation could not be funded within the round. The Carrack Point Council bid is a feasibility study with no costed delivery plan, and the appraisal panel recommends that it be resubmitted in round 3.");
h2("Implications");
p("5. Financial: the recommended allocations total £4,860,000, leaving £140,000 of the £5 million as a contingency. Grants will be paid in two instalments, in April 2096 and on completion.");
p("6. Members whose councils have bid to round 2 should declare an interest and take no part in the decision.");

pb();
right("Item 4");
title("Budget monitoring 2095/96: position at quarter 3");
frontSheet([
  ["Purpose of report", "For information and noting."],
  ["Summary", `This report sets out the ${PROGRAMME} budget for 2095/96 and the forecast outturn at 31 December 2095. A net underspend of £804,000 is forecast against the revised budget of £11,085,000.`],
  ["Recommendations", ["That the Panel:", "(a) notes the forecast outturn of £10,281,000 and the underspend of £804,000; and", "(b) notes the virement of £25,000 from commissioned research to the skills academy agreed on 7 December 2095."]],
  ["Action", "As directed by members."],
  ...contact(O.urquhart),
]);
h2("Budget position");
p("1. Table 1 (overleaf) shows the budget by line. Figures are in £000s. Underspends are shown in brackets.");
p("2. Most of the underspend is timing: round 2 grants will be paid from April 2096, payments for the Skegby Gap roll-back pilot are held back until the planning appeal is decided, and the coastal monitoring framework contract will now start in April 2096.");

const { groups, total } = budgetTotals();
const BW = [4200, 1250, 1250, 1450, 1450, 1700, 900];
const BHEAD = [
  [{ text: "Budget line", rowSpan: 2 }, { text: "Budget 2095/96", span: 2, align: "center" }, { text: "Actual to 31 Dec 2095", rowSpan: 2 }, { text: "Forecast outturn", rowSpan: 2 }, { text: "Forecast variance (under) / over", rowSpan: 2 }, { text: "Note", rowSpan: 2 }],
  ["Original", "Revised"],
];
const num = (n) => ({ text: money(n), align: "right" });
const budgetRows = (g) => [
  [{ text: g.group, span: 7, bold: true, fill: "F2F2F2" }],
  ...g.lines.map((l) => [l[0], num(l[1]), num(l[2]), num(l[3]), num(l[4]), num(l[4] - l[2]), l[5]]),
  [{ text: `Subtotal ${g.group[0]}`, bold: true }, ...g.sub.map((n) => ({ ...num(n), bold: true })), { ...num(g.sub[3] - g.sub[1]), bold: true }, ""],
];
section({ landscape: true, header: "Item 4 – Budget monitoring 2095/96: Table 1" });
caption("Table 1: Coastal Resilience Programme budget 2095/96 – position at 31 December 2095 (£000)");
table({ widths: BW, header: BHEAD, rows: [...budgetRows(groups[0]), ...budgetRows(groups[1])], headerFill: "1F3864", size: 18 });
section({ landscape: true, header: "Item 4 – Budget monitoring 2095/96: Table 1 (continued)" });
caption("Table 1 (continued)");
table({
  widths: BW, header: BHEAD, headerFill: "1F3864", size: 18,
  rows: [...budgetRows(groups[2]), [{ text: "Total", bold: true, fill: "DEEAF6" }, ...total.map((n) => ({ ...num(n), bold: true, fill: "DEEAF6" })), { ...num(total[3] - total[1]), bold: true, fill: "DEEAF6" }, { text: "", fill: "DEEAF6" }]],
});
note("Notes");
note("(a) The forecast is the total of the allocations recommended to the Panel on 14 March 2096 (item 3); £140,000 is held as contingency.");
note("(b) Payments to Saltfleet Coast District Council are held back until the planning appeal for the replacement homes is decided.");
note("(c) Only two of the six peer reviews have taken place; the other four are now planned for June to September 2096.");
note("(d) Virement of £25,000 from commissioned research to the skills academy, agreed by the Panel on 7 December 2095, for two extra cohorts.");
note("(e) The contract award is on this agenda (item 9, exempt); the contract will start in April 2096.");

section({ header: HDR });
right("Item 5");
title("Strategic risk register");
frontSheet([
  ["Purpose of report", "For decision."],
  ["Summary", `This report presents the strategic risk register of the ${PROGRAMME} at March 2096. Three risks have risen since December 2095 and none has been closed. Two risks are rated Very high.`],
  ["Recommendations", "That the Panel agrees the risk register, including the higher scores for CCR-01, CCR-03 and CCR-05."],
  ["Action", "Officers to update the register as directed and report it to the Board."],
  ...contact(O.aldous),
]);
h2("The register");
p("1. Each risk is scored for likelihood and for impact from 1 (very low) to 5 (very high); its score is likelihood × impact. Score bands: 1 to 4 Low; 5 to 9 Medium; 10 to 15 High; 16 to 25 Very high. Very high risks are reported to the Board at each meeting.");
p("2. CCR-01 has risen because Ministers have still not replied on Bellwin reform; CCR-03 because only two peer reviews have taken place; and CCR-05 because the monitoring framework contract will start later than planned. CCR-08 remains the highest-scoring risk.");
caption("Figure 1: Heat map of current scores (likelihood by impact)");
const cellRefs = (l, i) => RISKS.filter((r) => r.l === l && r.i === i).map((r) => r.ref).join(", ");
const HEATFILL = (s) => (s >= 16 ? "F4A6A6" : s >= 10 ? "FFD966" : s >= 5 ? "FFF2CC" : "C6E0B4");
const LLAB = { 5: "5 Almost certain", 4: "4 Likely", 3: "3 Possible", 2: "2 Unlikely", 1: "1 Rare" };
table({
  widths: [2000, 1500, 1500, 1500, 1500, 1500],
  header: [["Likelihood \\ Impact", "1 Minimal", "2 Minor", "3 Moderate", "4 Major", "5 Severe"]],
  rows: [5, 4, 3, 2, 1].map((l) => [{ text: LLAB[l], bold: true }, ...[1, 2, 3, 4, 5].map((i) => ({ text: cellRefs(l, i), fill: HEATFILL(l * i), align: "center" }))]),
  repeat: false,
});
caption("Table 3: Strategic risk register, March 2096");
table({
  widths: [900, 3300, 1400, 800, 700, 700, 800, 700, 900],
  size: 17,
  header: [
    [{ text: "Ref", rowSpan: 2 }, { text: "Risk", rowSpan: 2 }, { text: "Owner", rowSpan: 2 }, { text: "Current assessment", span: 3, align: "center" }, { text: "Score at Dec 2095", rowSpan: 2 }, { text: "Target score", rowSpan: 2 }, { text: "Direction", rowSpan: 2 }],
    ["Likelihood", "Impact", "Score"],
  ],
  rows: RISKS.map((r) => [r.ref, r.risk, r.owner, String(r.l), String(r.i), { text: `${r.l * r.i} ${band(r.l * r.i)}`, fill: HEATFILL(r.l * r.i), bold: true }, String(r.prev), String(r.target), r.trend]),
});
p("Direction: ▲ Rising, ► Stable, ▼ Falling, compared with December 2095.", { size: 18 });

pb();
right("Item 7");
title("Forward work programme 2096/97");
frontSheet([
  ["Purpose of report", "For decision."],
  ["Summary", "This report sets out the proposed items for the Panel's meetings in 2096/97."],
  ["Recommendations", "That the Panel agrees the forward work programme, with any additions."],
  ...contact(O.padgett),
]);
caption("Table 4: Forward work programme 2096/97");
table({
  widths: [2200, 5000, 2400],
  header: [["Meeting", "Item", "Lead officer"]],
  rows: [
    [{ text: "27 June 2096", rowSpan: 3 }, "Annual report of the Panel 2095/96", O.quennell.name],
    ["Delivery tracker: quarter 4 2095/96", O.quennell.name],
    ["Skills academy: evaluation of the first year", O.ferrabee.name],
    [{ text: "17 October 2096", rowSpan: 2 }, "Coastal Transition Fund round 3 prospectus", O.carbis.name],
    ["Shoreline Management Plan refresh: draft LGA consultation response", O.ferrabee.name],
    ["5 December 2096", "Programme budget 2097/98: proposals", O.urquhart.name],
  ],
});

pb();
right("Item 9");
title("Coastal monitoring framework: award of contract");
p("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.", { bold: true });
p("This report is circulated to members of the Panel only.");

// ------------------------------------------------------------------ rendering
const cellParas = (c) => (typeof c === "string" ? [c] : c.paras ?? [c.text ?? ""]);
for (const s of sections)
  for (const b of s.blocks) {
    if (b.t === "pb") continue;
    if (b.t === "table") {
      for (const r of [...(b.header ?? []), ...b.rows]) out.push(r.map((c) => cellParas(c).join(" ")).join(" | ").trimEnd());
      continue;
    }
    out.push(b.label ? `${b.label} ${b.text}` : b.text);
  }

// ------------------------------------------------------------------ docx
const run = (text, o = {}) => new TextRun({ text, font: FONT, size: o.size ?? 22, bold: o.bold, color: o.color, italics: o.italics });
function mkTable(b) {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const mkRow = (cells, isHeader) => {
    let col = 0;
    return new TableRow({
      tableHeader: isHeader && b.repeat !== false ? true : undefined,
      cantSplit: true,
      children: cells.map((c) => {
        const o = typeof c === "string" ? {} : c;
        const span = o.span ?? 1;
        const w = b.widths.slice(col, col + span).reduce((a, x) => a + x, 0);
        col += span;
        const fill = o.fill ?? (isHeader ? b.headerFill ?? "1F3864" : undefined);
        const color = isHeader ? "FFFFFF" : undefined;
        return new TableCell({
          width: { size: w, type: WidthType.DXA },
          columnSpan: o.span,
          rowSpan: o.rowSpan,
          verticalAlign: VerticalAlign.TOP,
          shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
          margins: { top: 50, bottom: 50, left: 90, right: 90 },
          children: cellParas(c).map((t) => new Paragraph({ alignment: o.align === "right" ? AlignmentType.RIGHT : o.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT, children: t ? [run(t, { size: b.size ?? 19, bold: isHeader || o.bold, color })] : [] })),
        });
      }),
    });
  };
  return new Table({
    width: { size: b.widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    columnWidths: b.widths,
    borders,
    rows: [...(b.header ?? []).map((r) => mkRow(r, true)), ...b.rows.map((r) => mkRow(r, false))],
  });
}
function children(blocks) {
  const ch = [];
  for (const b of blocks) {
    switch (b.t) {
      case "title": ch.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 120, after: 200 }, children: [run(b.text, { size: 34, bold: true, color: "1F3864" })] })); break;
      case "h1": ch.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(b.text, { size: 28, bold: true, color: "1F3864" })] })); break;
      case "h2": ch.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 100 }, children: [run(b.text, { size: 24, bold: true, color: "1F3864" })] })); break;
      case "right": ch.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, { bold: true })] })); break;
      case "caption": ch.push(new Paragraph({ spacing: { before: 160, after: 80 }, keepNext: true, children: [run(b.text, { bold: true, size: 20 })] })); break;
      case "note": ch.push(new Paragraph({ spacing: { after: 40 }, children: [run(b.text, { size: 17 })] })); break;
      case "p": ch.push(new Paragraph({ spacing: { after: 120 }, children: b.label ? [run(b.label + " ", { bold: true }), run(b.text)] : [run(b.text, { bold: b.bold, size: b.size })] })); break;
      case "table": ch.push(mkTable(b), new Paragraph({ children: [] })); break;
      case "pb": ch.push(new Paragraph({ pageBreakBefore: true, children: [] })); break;
      default: throw new Error("unknown block " + b.t);
    }
  }
  return ch;
}
const doc = new Document({
  creator: "Wilf Padgett",
  lastModifiedBy: "Wilf Padgett",
  title: `${BODY} agenda pack 14 March 2096`,
  subject: "Agenda pack",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: sections.map((s, i) => ({
    properties: {
      type: i === 0 ? undefined : SectionType.NEXT_PAGE,
      page: { size: { width: 11906, height: 16838, orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
    },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(s.header, { size: 16, color: "595959" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, children: ["Page ", PageNumber.CURRENT] })] })] }) },
    children: children(s.blocks),
  })),
});
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx (${sections.length} sections) and text/${BASE}.txt`);
