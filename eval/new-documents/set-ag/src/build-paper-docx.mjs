// Builds docs/<BASE.paper>.docx – Item 4 of the Network's meeting of Wednesday 14 October 2037, "Crossing Patrol
// Sustainability Fund: round 2 awards, and the Network's risk register" by Grace Hollick – and
// text/<BASE.paper>.txt, its plain-text rendering.
//
//   node src/build-paper-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: a Word paper TYPED WITH TAB STOPS, AS OLDER COUNCIL TEMPLATES ARE: THERE IS NO WORD TABLE IN IT AT ALL.
//  - The front sheet is a run of paragraphs with a HANGING INDENT: a bold label, a TAB, and the value, which
//    wraps under itself at the 4 cm tab stop ("Purpose of report<TAB>For decision."); the recommendations are
//    further hanging-indent paragraphs "(a)<TAB>…" under the value column, with no label of their own.
//  - Side headings in bold; numbered paragraphs typed as "1.<TAB>…" with a hanging indent (numbers typed, not
//    Word numbering), numbered straight through the paper.
//  - TABLE 1 IS TYPED: one paragraph a row, the cells separated by TABS and lined up by custom tab stops – left
//    stops for Council and Project, RIGHT-ALIGNED stops for Sites and Score, and a right stop WITH A DOT LEADER for
//    the award (the dots are drawn by Word, not typed) – a bold underlined heading row and a Total row whose empty
//    cells are just extra tabs.
//  - APPENDIX A, THE RISK REGISTER, IS IN A LANDSCAPE SECTION and is typed the same way: one paragraph a risk
//    (Ref, Risk, L, I, Score, July, Owner at tab stops, L and I centred), the risk text wrapping under its own
//    column where it is long (SSR7), and each risk followed by an indented "Controls:" paragraph, not a column.
//  - Page header with the Network and date, footer "Item 4 – Page n" (both left out of the rendering, as page
//    furniture).
// Rendering: one paragraph a line; typed table rows as their cells joined by " | " (empty cells kept as
// empty between bars), the front sheet as "label | value" lines and the recommendations as "(a) | …" lines.
// Synthetic test fixture: everything in it is invented.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BASE, PAPER, FUND, fundTotal, fundSites, fmt } from "./content.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const D = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, Tab, TabStopType, LeaderType, PageOrientation, Header, Footer, PageNumber, AlignmentType, BorderStyle } = D;

const lines = [];
const say = (s) => lines.push(s);
const FONT = "Arial";
const run = (text, o = {}) => new TextRun({ text, font: FONT, size: o.size ?? 22, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });
// a paragraph of cells separated by tabs
const tabbed = (cells, o = {}) => {
  const children = [];
  cells.forEach((c, i) => {
    if (i) children.push(new TextRun({ children: [new Tab()], font: FONT, size: o.size ?? 22 }));
    if (c !== "") children.push(run(String(c), o));
  });
  return children;
};

const body = [];
const top = PAPER.topLines;
body.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(top[0], { bold: true, size: 20 })] }));
body.push(new Paragraph({ spacing: { before: 240 }, children: [run(top[1], { bold: true, size: 26 })] }));
body.push(new Paragraph({ children: [run(top[2], { size: 24 })] }));
body.push(new Paragraph({ spacing: { after: 240 }, children: [run(top[3], { bold: true, size: 24 })] }));
top.forEach(say);
body.push(new Paragraph({ spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: "1F4E79", space: 4 } }, children: [run(PAPER.title, { bold: true, size: 30 })] }));
say(PAPER.title);

// front sheet: hanging indent at 4 cm (2268 twips)
const L = 2268;
for (const [label, vals] of PAPER.front) {
  const [first, ...rest] = vals;
  body.push(new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: L }], indent: { left: L, hanging: L }, spacing: { after: rest.length ? 60 : 160 },
    children: [run(label, { bold: true }), ...tabbed(["", first])] }));
  say(label + " | " + first);
  rest.forEach(([k, t], i) => {
    body.push(new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: L + 567 }], indent: { left: L + 567, hanging: 567 }, spacing: { after: i === rest.length - 1 ? 160 : 60 },
      children: tabbed([k, t]) }));
    say(k + " | " + t);
  });
}

// numbered sections
let n = 0;
const sitesTotal = fundSites();
for (const [head, paras] of PAPER.sections) {
  body.push(new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [run(head, { bold: true, size: 24 })] }));
  say(head);
  for (const p0 of paras) {
    if (p0 === "TABLE1") {
      body.push(new Paragraph({ spacing: { before: 120, after: 80 }, keepNext: true, children: [run(PAPER.table1Caption, { bold: true })] }));
      say(PAPER.table1Caption);
      const stops = [
        { type: TabStopType.LEFT, position: 1150 },
        { type: TabStopType.LEFT, position: 2700 },
        { type: TabStopType.RIGHT, position: 7000 },
        { type: TabStopType.RIGHT, position: 7750 },
        { type: TabStopType.RIGHT, position: 9000, leader: LeaderType.DOT },
      ];
      body.push(new Paragraph({ tabStops: stops, keepNext: true, spacing: { after: 60 }, children: tabbed(PAPER.table1Head, { bold: true, underline: true, size: 18 }) }));
      say(PAPER.table1Head.join(" | "));
      for (const [ref, c, proj, sites, score, award] of FUND) {
        const cells = [ref, c, proj, String(sites), String(score), fmt(award)];
        body.push(new Paragraph({ tabStops: stops, keepNext: true, spacing: { after: 40 }, children: tabbed(cells, { size: 18 }) }));
        say(cells.join(" | "));
      }
      const tot = ["Total", "", "", String(sitesTotal), "", fmt(fundTotal())];
      body.push(new Paragraph({ tabStops: stops, spacing: { before: 60, after: 160 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 2 } }, children: tabbed(tot, { size: 18, bold: true }) }));
      say(tot.join(" | "));
      continue;
    }
    const p = p0.replace("{SITES}", String(sitesTotal));
    n++;
    body.push(new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 567 }], indent: { left: 567, hanging: 567 }, spacing: { after: 140 }, children: [run(`${n}.`), ...tabbed(["", p])] }));
    say(`${n}. ${p}`);
  }
}

// Appendix A, landscape
const app = [];
app.push(new Paragraph({ spacing: { after: 120 }, children: [run(PAPER.appendixTitle, { bold: true, size: 26 })] }));
say(PAPER.appendixTitle);
app.push(new Paragraph({ spacing: { after: 200 }, children: [run(PAPER.appendixKey, { size: 18, italics: true })] }));
say(PAPER.appendixKey);
const R = 900;
const rstops = [
  { type: TabStopType.LEFT, position: R },
  { type: TabStopType.CENTER, position: 9400 },
  { type: TabStopType.CENTER, position: 10000 },
  { type: TabStopType.RIGHT, position: 10800 },
  { type: TabStopType.RIGHT, position: 11600 },
  { type: TabStopType.LEFT, position: 12000 },
];
app.push(new Paragraph({ tabStops: rstops, indent: { left: R, hanging: R }, spacing: { after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 } }, children: tabbed(PAPER.riskHead, { bold: true, size: 18 }) }));
say(PAPER.riskHead.join(" | "));
for (const [ref, risk, l, i, score, july, owner, controls] of PAPER.risks) {
  const cells = [ref, risk, String(l), String(i), String(score), july, owner];
  if (l * i !== score) throw new Error(ref + " score");
  app.push(new Paragraph({ tabStops: rstops, indent: { left: R, hanging: R }, keepNext: true, spacing: { before: 120, after: 20 }, children: tabbed(cells, { size: 18, bold: false }).map((c, k) => (k === 0 ? run(ref, { size: 18, bold: true }) : c)) }));
  say(cells.join(" | "));
  app.push(new Paragraph({ indent: { left: R }, spacing: { after: 80 }, border: { bottom: { style: BorderStyle.DOTTED, size: 4, color: "999999", space: 4 } }, children: [run("Controls: ", { size: 18, bold: true }), run(controls, { size: 18 })] }));
  say("Controls: " + controls);
}

const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(PAPER.header, { size: 16 })] })] });
const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, children: ["Item 4 – Page ", PageNumber.CURRENT] })] })] });
const margin = { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708 };
const doc = new Document({
  creator: "Grace Hollick",
  title: PAPER.title,
  description: "School Crossing Patrols and Safer Speeds Network, 14 October 2037, Item 4",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [
    { properties: { page: { size: { width: 11906, height: 16838 }, margin } }, headers: { default: header }, footers: { default: footer }, children: body },
    { properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin } }, headers: { default: header }, footers: { default: footer }, children: app },
  ],
});
const buf = await Packer.toBuffer(doc);
writeFileSync(join(root, "docs", BASE.paper + ".docx"), buf);
writeFileSync(join(root, "text", BASE.paper + ".txt"), lines.join("\n") + "\n");
if (fundTotal() !== 298750) throw new Error("fund total " + fundTotal());
console.log(`wrote ${BASE.paper}.docx (${buf.length} bytes); awards ${FUND.length}, total ${fundTotal()}, sites ${sitesTotal}`);
