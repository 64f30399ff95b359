// Builds docs/urban-trees-green-spaces-bulletin-2026-11.pdf ("Branching Out", issue 5, November 2026: the
// members' bulletin of the LGA Urban Trees and Green Spaces Working Group, published Friday 6 November 2026,
// made with pdfkit) and its plain-text rendering text/urban-trees-green-spaces-bulletin-2026-11.txt.
//
//   node src/build-bulletin-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 PORTRAIT, a full-width MASTHEAD (bulletin name in large type, strapline, issue line, a thick
// rule), then the articles FLOW IN TWO NEWSPAPER-STYLE COLUMNS with a thin column rule: left column top to
// bottom, then the right column, then the next page. Short articles with a headline (DejaVu Sans Bold) and
// paragraphs (DejaVu Serif, left aligned), one article with a byline, one quotation in a paragraph; a tinted
// "DATES FOR YOUR DIARY" BOX inside a column (dates written "Fri 20 Nov" without years, each a line) and a
// "CONTACTS" BOX (name, post, telephone). Paragraphs and box lines are never split across a column or page
// (a block that does not fit moves whole to the next column), and a headline is kept with its first block.
// A footer on every page ("Branching Out – issue 5 – November 2026" / "Page n of 2"), drawn last; it is page
// furniture and left out of the rendering. The column layout is checked by check-gold.mjs, which reads the
// PDF column by column (masthead, left column, right column on each page).
// Synthetic test fixture: the people, grants, councils' projects and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "urban-trees-green-spaces-bulletin-2026-11";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const MAST = ["Branching Out", "News for members of the LGA Urban Trees and Green Spaces Working Group", "Issue 5 – November 2026 – published Friday 6 November 2026"];
// blocks: ["h", headline], ["by", byline], ["p", text], ["box", title, [lines]]
const B = [
  ["h", "From the Chair"],
  ["by", "Cllr Ysolde Dunnachie, Chair of the Working Group"],
  ["p", "Our meeting on 15 October was a busy one. We agreed our appointments to outside bodies for the next two years, approved a virement to pay for extra sampling for sooty bark disease, and decided to put £5,000 of this year's Skills Academy underspend into round 2 of the Canopy Challenge rather than hold all of it back."],
  ["p", "I am grateful to Cllr Gideon Thwaite, who agreed at the meeting to join the Street Tree Standards Committee, and to Cllr Desmond Attwater, who has volunteered to represent us on the Community Orchards Network from 1 December 2026. We still have a vacancy on the Canopy Cities Partnership: if you would like to take it on, please let me know."],
  ["p", "Our next meeting is in December, when we will award the round 2 grants and discuss councils' evidence on tree planting targets. I look forward to seeing many of you there."],
  ["h", "Canopy Challenge round 2: £77,000 to bid for"],
  ["p", "Round 2 of the Canopy Challenge opened on 1 October 2026 and now has £77,000 to award, after the Working Group added £5,000 in October. Councils can bid for grants of £2,000 to £8,000 for street trees and small green spaces. Bids for wards in the lowest fifth for tree canopy cover will be given priority."],
  ["p", "Bids close at noon on Friday 20 November 2026. “Round 1 showed how much councils can do with a small grant. I want round 2 to reach the neighbourhoods with the fewest trees,” said Cllr Leontyne Prideaux, lead member for tree equity."],
  ["p", "In round 1 the Working Group awarded 15 grants worth £108,000. The largest, £12,500, went to the City of Wolverhampton Council to plant 240 street trees in Bilston and Heath Town."],
  ["box", "Dates for your diary", [
    "Fri 20 Nov – Canopy Challenge round 2 closes (noon)",
    "Tue 24 Nov – Skills Academy course, Birmingham",
    "Thu 10 Dec – Working Group meeting, 18 Smith Square and online",
    "Tue 19 Jan – Members' site visit, Sheffield",
    "Tue 26 Jan – Skills Academy course, Leeds",
    "Tue 23 Feb – Skills Academy course, Norwich",
    "Thu 4 Mar – Working Group meeting, 18 Smith Square",
    "Wed 17 Mar – Urban Trees Conference 2027, Birmingham",
  ]],
  ["h", "Skills Academy: three courses go ahead"],
  ["p", "The Green Spaces Skills Academy will run three one-day courses for council tree and green space officers this winter, in Birmingham, Leeds and Norwich. Each course has 30 places and costs councils nothing; places are booked through the LGA events page."],
  ["p", "The courses planned for the North East and the South West have been postponed to 2027/28, because the Arboricultural Skills Council has still not said when it will start accrediting new training providers again."],
  ["h", "Sooty bark disease: first results"],
  ["p", "Northmoor University has reported on 31 of the 40 extra sites sampled in the summer. Sooty bark disease was found at 9 of them, all in street sycamores planted before 1990. Cllr Philippa Ockenden, lead member for pests and diseases, will write to the councils concerned when the last results are in."],
  ["h", "Tree equity maps: results in the spring"],
  ["p", "Verdancy Geo Ltd's first release of data for the Tree Equity Mapping Service has slipped to January 2027, so the first results will come to the Working Group's spring meeting instead of the December one. Councils that took part in the pilot will see their own maps first."],
  ["h", "Save the date: Urban Trees Conference 2027"],
  ["p", "The conference returns to Birmingham in March, with sessions on heat resilience, tree equity and working with volunteers. Booking opens in January. Ffion Ravelstone is putting the programme together and would like to hear from councils with projects to show."],
  ["box", "Contacts", [
    "Isolde Scrimgeour, Senior Adviser (Urban Trees and Green Spaces) – 020 7946 0581",
    "Tabitha Nethercott, Policy Adviser – 020 7946 0582",
    "Jolyon Mountstephen, Member Services Officer – 020 7946 0583",
    "Ffion Ravelstone, Communications Officer and editor – 020 7946 0584",
    "Email addresses are firstname.lastname@local.gov.uk.",
  ]],
];
const FOOT_L = "Branching Out – issue 5 – November 2026";

// ---------------------------------------------------------------- checks
if (72000 + 5000 !== 77000) throw new Error("round 2");

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const M = 45;
const GUT = 22;
const CW = (PW - 2 * M - GUT) / 2;
const COLX = [M, M + CW + GUT];
const COL_TOP = 40;
const BOTTOM = PH - 58;
export const LAYOUT = { PW, mid: PW / 2 };
const doc = new PDFDocument({ size: "A4", margins: { top: 40, bottom: 20, left: M, right: M }, autoFirstPage: false, bufferPages: true });
doc.registerFont("S", join(FONTS, "DejaVuSerif.ttf"));
doc.registerFont("SI", join(FONTS, "DejaVuSerif-Italic.ttf"));
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.info.Title = "Branching Out – issue 5 – November 2026";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#2e6b30";
const TINT = "#e8f0e8";
const SIZE = 9.4;
const LG = 1.8;
doc.addPage();
// masthead
doc.rect(0, 0, PW, 8).fillColor(ACC).fill();
doc.font("NB").fontSize(30).fillColor(ACC).text(MAST[0], M, 34, { lineBreak: false });
doc.font("N").fontSize(10.5).fillColor("#333333").text(MAST[1], M, 76, { lineBreak: false });
doc.font("N").fontSize(9).fillColor("#555555").text(MAST[2], M, 94, { lineBreak: false });
doc.moveTo(M, 114).lineTo(PW - M, 114).lineWidth(2.5).strokeColor(ACC).stroke();
export const MAST_BOTTOM = 120; // top-down y where the masthead ends (page 1)
let col = 0;
let top = 130;
let y = top;
const colRules = []; // [page, top]
const heightOf = (t, font, size, w) => doc.font(font).fontSize(size).heightOfString(t, { width: w, lineGap: LG });
const fit = (h) => {
  if (y + h <= BOTTOM) return;
  if (col === 0) {
    col = 1;
    y = top;
  } else {
    colRules.push([doc.bufferedPageRange().count - 1, top]);
    doc.addPage();
    col = 0;
    top = COL_TOP;
    y = top;
  }
  if (y + h > BOTTOM) throw new Error("block taller than a column");
};
const blockHeight = (b) => {
  if (b[0] === "h") return heightOf(b[1], "NB", 12, CW) + 6;
  if (b[0] === "by") return heightOf(b[1], "SI", 8.8, CW) + 5;
  if (b[0] === "p") return heightOf(b[1], "S", SIZE, CW) + 7;
  if (b[0] === "box") return 12 + 18 + b[2].reduce((a, l) => a + heightOf(l, "N", 8.8, CW - 20) + 4, 0) + 8 + 10;
};
B.forEach((b, i) => {
  let h = blockHeight(b);
  if (b[0] === "h") h += blockHeight(B[i + 1]) + (B[i + 1][0] === "by" ? blockHeight(B[i + 2]) : 0); // keep with next
  fit(h);
  const x = COLX[col];
  if (b[0] === "h") {
    if (y > top) y += 6;
    doc.font("NB").fontSize(12).fillColor(ACC).text(b[1], x, y, { width: CW, lineGap: LG });
    y += heightOf(b[1], "NB", 12, CW) + 6;
  } else if (b[0] === "by") {
    doc.font("SI").fontSize(8.8).fillColor("#444444").text(b[1], x, y, { width: CW, lineGap: LG });
    y += blockHeight(b);
  } else if (b[0] === "p") {
    doc.font("S").fontSize(SIZE).fillColor("black").text(b[1], x, y, { width: CW, lineGap: LG });
    y += blockHeight(b);
  } else if (b[0] === "box") {
    const bh = blockHeight(b) - 10;
    y += 4;
    doc.rect(x, y, CW, bh).fillColor(TINT).fill();
    doc.rect(x, y, CW, 3).fillColor(ACC).fill();
    let by = y + 12;
    doc.font("NB").fontSize(10).fillColor(ACC).text(b[1].toUpperCase(), x + 10, by, { width: CW - 20, lineBreak: false });
    by += 18;
    for (const l of b[2]) {
      doc.font("N").fontSize(8.8).fillColor("#1b1b1b").text(l, x + 10, by, { width: CW - 20, lineGap: LG });
      by += heightOf(l, "N", 8.8, CW - 20) + 4;
    }
    y += bh + 6;
  }
});
colRules.push([doc.bufferedPageRange().count - 1, top]);
// column rules and footer on every page, drawn last
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  const t = p === 0 ? 130 : COL_TOP;
  doc.moveTo(PW / 2, t).lineTo(PW / 2, BOTTOM).lineWidth(0.5).strokeColor("#9db59e").stroke();
  const mb = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.moveTo(M, PH - 46).lineTo(PW - M, PH - 46).lineWidth(0.5).strokeColor("#9db59e").stroke();
  doc.font("N").fontSize(7.8).fillColor("#5a5a5a");
  doc.text(FOOT_L, M, PH - 38, { width: CW, lineBreak: false });
  doc.text(`Page ${p + 1} of ${range.count}`, COLX[1], PH - 38, { width: CW, align: "right", lineBreak: false });
  doc.page.margins.bottom = mb;
}
doc.end();
await new Promise((r) => out.on("finish", r));
if (range.count !== 2) throw new Error("expected 2 pages, got " + range.count);

// ---------------------------------------------------------------- rendering
// Masthead lines; headlines, bylines and paragraphs one a line in reading order (left column, then right
// column, page by page, which is the order of B); each box as its title (as printed, in capitals) and its
// lines. The footer is left out.
const R = [...MAST];
for (const b of B) {
  if (b[0] === "box") R.push(b[1].toUpperCase(), ...b[2]);
  else R.push(b[1]);
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt (${R.length} lines)`);
