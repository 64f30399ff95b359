// Builds docs/urban-trees-green-spaces-outside-bodies-2026-27.pdf (appendix A to item 6 at the Urban Trees
// and Green Spaces Working Group on Thursday 15 October 2026: proposed appointments to outside bodies
// 2026/27, prepared 1 October 2026, made with pdfkit) and its rendering
// text/urban-trees-green-spaces-outside-bodies-2026-27.txt.
//
//   node src/build-appointments-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 LANDSCAPE, one page, DejaVu Sans Condensed (embedded). Heading lines ("Appendix A", title, a
// meeting line), "Prepared by:" / "Date:" / "Status:" with bold labels; a purpose paragraph; then TABLE A1
// Outside body | Representative(s) | Council | Term | Report-back due, ruled with horizontal lines only and
// zebra shading per BODY: a body with TWO SEATS takes two rows and shows its name only on the first (the
// second row's first cell is empty, like a row span), and an unfilled seat reads "Vacancy" with dashes in the
// council and report-back cells. Every cell is one line (checked), so the PDF's lines are the table rows.
// Notes under the table, and a recommendation. No running header or footer.
// Synthetic test fixture: the bodies, people and dates are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "urban-trees-green-spaces-outside-bodies-2026-27";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const TOPL = ["Urban Trees and Green Spaces Working Group – Thursday 15 October 2026 – Item 6", "Appendix A"];
const TITLE = "Proposed appointments to outside bodies 2026/27";
const META = [
  ["Prepared by:", "Jolyon Mountstephen, Member Services Officer"],
  ["Date:", "1 October 2026"],
  ["Status:", "Proposed, for decision on 15 October 2026"],
];
const INTRO = "The Working Group appoints members to represent the LGA on nine outside bodies. Table A1 sets out the Chair's proposals after consulting the Vice-Chair, Cllr Piers Tregunna, and the members concerned. Three bodies have two seats each. Representatives report back to the meeting shown in the last column.";
const CAPTION = "Table A1: Outside bodies and proposed representatives, 2026/27";
const HEAD = ["Outside body", "Representative(s)", "Council", "Term", "Report-back due"];
// [body, [[rep, council, term, due], ...]]
const BODIES = [
  ["National Urban Forestry Forum", [
    ["Cllr Ysolde Dunnachie", "Sheffield City Council", "Nov 2026 – Oct 2028", "10 December 2026"],
    ["Cllr Piers Tregunna", "Cornwall Council", "Nov 2026 – Oct 2028", "10 December 2026"],
  ]],
  ["Street Tree Standards Committee", [["Cllr Wren Sheepshanks", "Brighton & Hove City Council", "Nov 2026 – Oct 2027", "4 March 2027"]]],
  ["Plant Health Partnership for Towns", [["Cllr Philippa Ockenden", "Surrey County Council", "Nov 2026 – Oct 2028", "4 March 2027"]]],
  ["Community Orchards Network", [["Vacancy", "–", "Nov 2026 – Oct 2027", "–"]]],
  ["Urban Heat Resilience Alliance", [
    ["Cllr Leontyne Prideaux", "Leicester City Council", "Nov 2026 – Oct 2027", "10 June 2027"],
    ["Cllr Adaeze Okparaocha", "London Borough of Lewisham", "Nov 2026 – Oct 2027", "10 June 2027"],
  ]],
  ["Arboricultural Skills Council (members' panel)", [["Cllr Hugo Lightowler", "South Cambridgeshire District Council", "Nov 2026 – Oct 2028", "4 March 2027"]]],
  ["Green Spaces Volunteering Trust", [["Cllr Morwenna Kettlewell", "North Yorkshire Council", "Nov 2026 – Oct 2027", "10 June 2027"]]],
  ["Canopy Cities Partnership", [
    ["Cllr Gideon Thwaite", "Cheltenham Borough Council", "Nov 2026 – Oct 2028", "10 June 2027"],
    ["Vacancy", "–", "Nov 2026 – Oct 2028", "–"],
  ]],
  ["Street Greening Advisory Board", [["Cllr Desmond Attwater", "Herefordshire Council", "Nov 2026 – Oct 2027", "4 March 2027"]]],
];
const NOTES_H = "Notes";
const NOTES = [
  "1. Terms start at each body's first meeting after 1 November 2026. Two-year terms end in October 2028.",
  "2. Report-back due is the Working Group meeting at which the representative gives a short oral or written report.",
  "3. Nominations for the two vacancies should reach Jolyon Mountstephen by Friday 30 October 2026.",
  "4. Representatives claim travel to outside bodies' meetings under the LGA's members' expenses scheme, unless the body pays them.",
];
const REC = ["Recommendation:", "That the Working Group agrees the appointments in Table A1 and asks the Chair to seek nominations for the two vacancies."];

// ---------------------------------------------------------------- checks
const seats = BODIES.reduce((a, b) => a + b[1].length, 0);
const vac = BODIES.flatMap((b) => b[1]).filter((s) => s[0] === "Vacancy").length;
if (BODIES.length !== 9 || !INTRO.includes("nine outside bodies") || BODIES.filter((b) => b[1].length === 2).length !== 3 || !INTRO.includes("Three bodies")) throw new Error("bodies");
if (vac !== 2 || seats !== 12) throw new Error(`seats ${seats}, vacancies ${vac}`);

// ---------------------------------------------------------------- PDF
const PW = 841.89;
const PH = 595.28;
const L = 42;
const W = PW - 2 * L;
const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 36, bottom: 20, left: L, right: L }, autoFirstPage: false });
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = "Urban Trees and Green Spaces Working Group – proposed appointments to outside bodies 2026/27";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#2e6b30";
doc.addPage();
let y = 36;
doc.font("C").fontSize(9).fillColor("#555555").text(TOPL[0], L, y, { lineBreak: false });
y += 16;
doc.font("CB").fontSize(10).fillColor(ACC).text(TOPL[1], L, y, { lineBreak: false });
y += 16;
doc.font("CB").fontSize(17).fillColor("black").text(TITLE, L, y, { lineBreak: false });
y += 28;
for (const [l, v] of META) {
  doc.font("CB").fontSize(9.5).fillColor("#222222").text(l + " ", L, y, { continued: true, lineBreak: false });
  doc.font("C").text(v, { lineBreak: false });
  y += 14;
}
y += 6;
doc.font("C").fontSize(9.5).fillColor("black").text(INTRO, L, y, { width: W, lineGap: 1.5 });
y += doc.heightOfString(INTRO, { width: W, lineGap: 1.5 }) + 12;
doc.font("CB").fontSize(10.5).fillColor(ACC).text(CAPTION, L, y, { lineBreak: false });
y += 18;
const CWS = [215, 150, 185, 110, W - 660];
const CX = CWS.map((_, i) => L + CWS.slice(0, i).reduce((a, c) => a + c, 0));
const RH = 18;
doc.rect(L, y, W, RH + 2).fillColor(ACC).fill();
HEAD.forEach((c, i) => doc.font("CB").fontSize(9.5).fillColor("white").text(c, CX[i] + 5, y + 5, { lineBreak: false }));
y += RH + 2;
const R = [CAPTION, HEAD.join(" | ")];
BODIES.forEach(([body, rows], bi) => {
  const h = RH * rows.length;
  if (bi % 2 === 1) doc.rect(L, y, W, h).fillColor("#eef4ee").fill();
  rows.forEach((r, ri) => {
    const cells = [ri === 0 ? body : "", ...r];
    cells.forEach((c, i) => {
      if (doc.font("C").fontSize(9.5).widthOfString(c) > CWS[i] - 10) throw new Error("cell too wide: " + c);
      if (c) doc.font(c === "Vacancy" ? "CB" : "C").fontSize(9.5).fillColor(c === "Vacancy" ? "#a33a2b" : "#1b1b1b").text(c, CX[i] + 5, y + ri * RH + 5, { lineBreak: false });
    });
    R.push(ri === 0 ? cells.join(" | ") : "| " + r.join(" | "));
  });
  y += h;
  doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.6).strokeColor("#9db59e").stroke();
});
y += 12;
doc.font("CB").fontSize(10).fillColor(ACC).text(NOTES_H, L, y, { lineBreak: false });
y += 15;
for (const n of NOTES) {
  doc.font("C").fontSize(8.8).fillColor("#222222").text(n, L, y, { width: W, lineBreak: false });
  y += 13;
}
y += 8;
doc.font("CB").fontSize(9.5).fillColor("black").text(REC[0] + " ", L, y, { continued: true, lineBreak: false });
doc.font("C").text(REC[1], { lineBreak: false });
y += 14;
if (y > PH - 24) throw new Error("does not fit on one page: " + y);
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- rendering
// Heading lines, "Label: value" lines, paragraphs and notes one a line; the table as caption, header row and
// one line per PDF row, cells joined with " | "; a body's second seat has an empty first cell, so its line
// starts "| ".
const OUT = [...TOPL, TITLE, ...META.map(([l, v]) => `${l} ${v}`), INTRO, ...R, NOTES_H, ...NOTES, `${REC[0]} ${REC[1]}`];
writeFileSync(join(root, "text", BASE + ".txt"), OUT.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt (${OUT.length} lines; ${seats} seats, ${vac} vacancies)`);
