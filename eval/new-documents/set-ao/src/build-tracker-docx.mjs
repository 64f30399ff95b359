// Builds docs/home-adaptations-panel-delivery-plan-2081-82-q2.docx (item 5, 5 November 2081: "Delivery plan
// 2081/82: progress at quarter 2") and its rendering text/<same>.txt from the same content.
// The layout: a Word report whose ratings are symbols put in with Insert > Symbol from the Wingdings font
// (w:sym elements, e.g. <w:sym w:font="Wingdings" w:char="F0FC"/>, with no text of their own), explained by a
// key table; a trend column of Wingdings arrows whose meaning differs between the milestone table (better /
// worse) and the risk table (score up / down), each explained in the text; theme rows spanning the table.
// Rendering: the header line, then each paragraph on a line, tables as "cell | cell" rows (a symbol as the
// Unicode character Word shows for it), theme rows as one cell, the footer line last.
//   node src/build-tracker-docx.mjs      (uses /work/main/node_modules/docx, 9.x; or set DOCX_PATH)
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { OFFICERS as O, STATUS, ARROW, THEMES, MILESTONES, RISKS, countBy, PILOT_BASE_AVG, PILOT_Q2_AVG } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "home-adaptations-panel-delivery-plan-2081-82-q2";
const D = await import(pathToFileURL(process.env.DOCX_PATH ?? "/work/main/node_modules/docx/dist/index.mjs").href);
const { Tab, Document, Packer, Paragraph, TextRun, SymbolRun, Table, TableRow, TableCell, WidthType, AlignmentType, ShadingType, Header, Footer, HeadingLevel, TabStopType, VerticalAlign } = D;

const FONT = "Arial";
// a string with tab characters as runs of text and <w:tab/> elements
const tabbed = (t) => t.split("\t").flatMap((x, i) => (i ? [new Tab(), x] : [x])).filter((x) => x !== "");
const text = []; // the rendering, line by line
const body = [];

// inline content: strings, or {sym: "F0FC", glyph: "✓"} for a Wingdings character, or {b: "bold text"}
const runs = (parts, size = 22) =>
  parts.map((p) =>
    typeof p === "string"
      ? new TextRun({ children: tabbed(p), font: FONT, size })
      : p.sym
        ? new SymbolRun({ char: p.sym, symbolfont: "Wingdings", size: size + 2 })
        : new TextRun({ text: p.b, bold: true, font: FONT, size }),
  );
const plain = (parts) => (Array.isArray(parts) ? parts : [parts]).map((p) => (typeof p === "string" ? p : p.sym ? p.glyph : p.b)).join("");
const para = (parts, opts = {}) => {
  parts = Array.isArray(parts) ? parts : [parts];
  body.push(new Paragraph({ children: runs(parts, opts.size), spacing: { after: 120 }, alignment: opts.align, heading: opts.heading, indent: opts.indent, tabStops: opts.tabStops }));
  text.push(plain(parts).replace(/\t/g, " "));
};
const heading = (t, level = HeadingLevel.HEADING_2) => {
  body.push(new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: t, bold: true, font: FONT, size: level === HeadingLevel.HEADING_1 ? 32 : 26, color: "1F3864" })] }));
  text.push(t);
};
let pno = 0;
const numbered = (parts) => {
  pno++;
  para([`${pno}.\t`, ...(Array.isArray(parts) ? parts : [parts])], { indent: { left: 567, hanging: 567 }, tabStops: [{ type: TabStopType.LEFT, position: 567 }] });
};
const cell = (parts, { width, shade, bold, span, size = 18, center } = {}) =>
  new TableCell({
    children: [new Paragraph({ alignment: center ? AlignmentType.CENTER : undefined, children: runs((Array.isArray(parts) ? parts : [parts]).map((p) => (bold && typeof p === "string" ? { b: p } : p)), size) })],
    width: width ? { size: width, type: WidthType.DXA } : undefined,
    shading: shade ? { fill: shade, type: ShadingType.CLEAR, color: "auto" } : undefined,
    columnSpan: span,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
const table = (header, rows, widths, opts = {}) => {
  const trs = [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { width: widths[i], shade: "1F3864", bold: true, size: 18 })) })];
  text.push(header.map(plain).join(" | "));
  for (const r of rows) {
    if (r.theme) {
      trs.push(new TableRow({ children: [cell({ b: r.theme }, { span: widths.length, shade: "D9E2F3" })] }));
      text.push(r.theme);
      continue;
    }
    trs.push(new TableRow({ children: r.map((c, i) => cell(c, { width: widths[i], center: opts.center?.includes(i) })) }));
    text.push(r.map((c) => plain(Array.isArray(c) ? c : [c])).join(" | "));
  }
  body.push(new Table({ rows: trs, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths }));
  body.push(new Paragraph({ children: [], spacing: { after: 120 } }));
};
const S = (k) => ({ sym: STATUS[k].sym, glyph: STATUS[k].glyph });
const Ar = (k) => ({ sym: ARROW[k].sym, glyph: ARROW[k].glyph });

// ---------------------------------------------------------------- content
const HEADER = "Home Adaptations Panel\t5 November 2081\tItem 5";
text.push(HEADER.replace(/\t/g, " "));
heading("Delivery plan 2081/82: progress at quarter 2", HeadingLevel.HEADING_1);
para({ b: "Purpose of report" });
para("For noting, with one decision (paragraph 6).");
para({ b: "Summary" });
const c1 = countBy("q1"), c2 = countBy("q2");
para(`This report sets out progress against the Panel's delivery plan for 2081/82 at the end of quarter 2 (1 July to 30 September 2081), and the programme risks. Of the 13 milestones, ${c2.done} have been delivered, ${c2.on} are on schedule, ${c2.slip} are slipping and ${c2.fail} will not be met this year; ${c2.ns} has not started.`);
para([{ b: "Is this report confidential?" }, " No"]);
para({ b: "Recommendations" });
para("That the Panel:");
para("(a) notes progress on the delivery plan at quarter 2; and", { indent: { left: 567 } });
para("(b) agrees that milestone DP81-D4 (a regional framework contract for stairlifts) is closed and carried into the delivery plan for 2082/83.", { indent: { left: 567 } });
para({ b: "Action" });
para("Officers to take forward as directed by the Panel.");
para([{ b: "Contact officer:" }, `\t${O.kirkbride.name}`], { tabStops: [{ type: TabStopType.LEFT, position: 2268 }] });
para([{ b: "Position:" }, `\t${O.kirkbride.post}`], { tabStops: [{ type: TabStopType.LEFT, position: 2268 }] });
para([{ b: "Phone no:" }, `\t${O.kirkbride.phone}`], { tabStops: [{ type: TabStopType.LEFT, position: 2268 }] });
para([{ b: "Email:" }, `\t${O.kirkbride.email}`], { tabStops: [{ type: TabStopType.LEFT, position: 2268 }] });

heading("Background");
numbered("The Panel agreed its delivery plan for 2081/82 on 16 July 2081. It has 13 milestones in four themes. At the end of each quarter the lead officer rates each milestone with one of the symbols in the key below. The trend column compares the rating at quarter 2 (the position at 30 September 2081) with the rating at quarter 1.");
table(
  ["Symbol", "Rating", "What it means"],
  Object.keys(STATUS).map((k) => [[S(k)], STATUS[k].word, STATUS[k].meaning[0].toUpperCase() + STATUS[k].meaning.slice(1)]),
  [900, 1900, 6800],
  { center: [0] },
);
para(["Trend: ", Ar("up"), " better than at quarter 1;  ", Ar("same"), " no change;  ", Ar("down"), " worse than at quarter 1."]);
numbered("Table 1 counts the ratings at quarter 1 and quarter 2.");
para({ b: "Table 1: milestones by rating" });
table(
  ["Rating", "Quarter 1", "Quarter 2"],
  [...Object.keys(STATUS).map((k) => [[S(k), " " + STATUS[k].word], String(c1[k]), String(c2[k])]), ["Total", "13", "13"]],
  [4000, 1800, 1800],
  { center: [1, 2] },
);
numbered("Table 2 gives each milestone with its due date, lead officer, ratings and progress at 30 September 2081.");
para({ b: "Table 2: delivery plan milestones, quarter 2 2081/82" });
const mrows = [];
for (const t of THEMES) {
  mrows.push({ theme: t.title });
  for (const m of MILESTONES.filter((x) => x.theme === t.title)) mrows.push([m.ref, m.title, m.due, m.lead, [S(m.q1)], [S(m.q2)], [Ar(m.trend)], m.text]);
}
table(["Ref", "Milestone", "Due", "Lead officer", "Q1", "Q2", "Trend", "Progress at 30 September 2081"], mrows, [900, 1900, 750, 1150, 450, 450, 550, 3488], { center: [4, 5, 6] });

heading("Issues for the Panel");
numbered(`The eight Accelerator pilot councils have cut their average time from referral to completion from ${PILOT_BASE_AVG} weeks at the baseline to ${PILOT_Q2_AVG} weeks. The target of 26 weeks by March 2082 will be hard to reach unless the two slowest pilots improve faster; officers are agreeing improvement plans with both.`);
numbered("The regional framework contract for stairlifts (DP81-D4) needed at least ten councils to commit to buying through it. By 30 September 2081 only three had done so, and procurement was paused on 19 September. Suppliers expect prices to settle during 2082/83.");
numbered("Recommendation (b): officers recommend that DP81-D4 is closed for 2081/82 and carried into the delivery plan for 2082/83, when more councils may be ready to commit. The £5,000 of contingency committed to legal advice on the framework is reported at item 6.");

heading("Programme risks");
numbered(["Table 3 sets out the programme risks. Likelihood and impact are each scored from 1 (low) to 5 (high) and multiplied to give the score. In Table 3 the trend arrows show how the score has moved since quarter 1: ", Ar("up"), " the score has gone up, ", Ar("down"), " it has gone down, ", Ar("same"), " it is unchanged."]);
para({ b: "Table 3: programme risks at 30 September 2081" });
table(
  ["Ref", "Risk", "Likelihood", "Impact", "Score", "Trend", "Owner", "Mitigation"],
  RISKS.map(([ref, risk, l, i, tr, owner, mit]) => [ref, risk, String(l), String(i), String(l * i), [Ar(tr)], owner, mit]),
  [800, 2400, 800, 700, 600, 550, 1150, 2638],
  { center: [2, 3, 4, 5] },
);

heading("Implications");
numbered("Financial: there are no financial implications beyond the programme budget, which is reported at item 6.");
numbered("Equalities: the delivery plan is intended to help disabled and older people get the adaptations they need sooner. Delays to milestones in themes 2 and 3 mean longer waits for some of them.");
heading("Next steps");
numbered("The quarter 3 report will come to the Panel on 28 January 2082.");

const FOOTER = "Local Government Association, 18 Smith Square, London SW1P 3HZ   www.local.gov.uk";
text.push(FOOTER);

// ---------------------------------------------------------------- write
const doc = new Document({
  creator: O.kirkbride.name,
  title: "Delivery plan 2081/82: progress at quarter 2",
  description: "Home Adaptations Panel, 5 November 2081, item 5",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [
    {
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      headers: { default: new Header({ children: [new Paragraph({ tabStops: [{ type: TabStopType.CENTER, position: 4819 }, { type: TabStopType.RIGHT, position: 9638 }], children: [new TextRun({ children: tabbed(HEADER), font: FONT, size: 18, color: "595959" })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: FOOTER, font: FONT, size: 16, color: "595959" })] })] }) },
      children: body,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log("wrote docs/" + BASE + ".docx and text/" + BASE + ".txt");
