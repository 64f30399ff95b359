// Builds docs/democracy-elections-board-scorecard-2025-26-h1.pdf (the Local Democracy and Elections Board's
// half-year performance scorecard 2025/26, item 3 at the Board on 27 November 2025, made with pdfkit) and its
// plain-text rendering text/democracy-elections-board-scorecard-2025-26-h1.txt from the same content.
//
//   node src/build-scorecard-pdf.mjs      (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait, newspaper style. A full-width masthead (board, meeting date and item, title, standfirst);
// then the front-sheet text flows in TWO columns with a column rule between them (headings are kept with the
// paragraph after them; a paragraph that does not fit moves whole to the next column or page). The scorecard
// (Table 1) is set full width at the top of page 2: Ref | Indicator | Polarity | Target 2025/26 | Same point
// 2024/25 | Actual at 30 Sep 2025 | Direction of travel | Status, where the direction of travel is an arrow
// glyph with a word ("▲ Improving", "▼ Worsening", "► No change") and the status a word on a tinted cell
// ("On track", "At risk", "Off track"). Below the table the exception commentary flows in two columns again,
// one sub-heading per indicator with a "Lead officer:" line. Fonts are DejaVu Sans (embedded) so that the
// arrows print. A running header from page 2 and a "Page n of N" footer, drawn last, are page furniture and
// left out of the rendering.
// Synthetic test fixture: the people, indicators and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "democracy-elections-board-scorecard-2025-26-h1";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const MAST = ["Local Government Association", "Local Democracy and Elections Board", "Thursday 27 November 2025 – Item 3"];
const TITLE = "Half-year performance scorecard 2025/26";
const STANDFIRST = "Position at 30 September 2025 (April to September 2025), with the same point in 2024/25 for comparison.";
// blocks: ["h", text] heading, ["p", text], ["lab", label, text] bold inline label, ["li", text] indented line,
// ["sub", text] indicator sub-heading
const FRONT = [
  ["h", "Purpose of report"],
  ["p", "For decision. This report presents the Board's performance scorecard for the first half of 2025/26: twelve indicators, LDE-01 to LDE-12, that track the Board's work programme on councillors, candidates and elections."],
  ["h", "Recommendations"],
  ["p", "That the Local Democracy and Elections Board:"],
  ["li", "(a) notes performance against the twelve indicators at 30 September 2025;"],
  ["li", "(b) asks officers for a recovery plan for the Stand Local campaign (LDE-03), to come to its meeting on 5 February 2026; and"],
  ["li", "(c) agrees to review the target for LDE-11 when the full results of the Councillor Census 2025 are published."],
  ["h", "Contact officer"],
  ["lab", "Name:", "Hermione Caradine"],
  ["lab", "Position:", "Director, Local Democracy"],
  ["lab", "Phone no:", "020 7946 0307"],
  ["lab", "Email:", "hermione.caradine@local.gov.uk"],
  ["h", "Lead members"],
  ["p", "Cllr Eamonn Fitzwarren (Kent County Council) is the lead member for elections, and Cllr Saanvi Wadhwa-Ellis (Coventry City Council) the lead member for councillor diversity and development."],
  ["h", "Headlines"],
  ["p", "Five of the twelve indicators are on track, four are at risk and three are off track. Compared with the same point last year, six indicators are improving, three are worsening and three show no change."],
  ["p", "The response rate to the Councillor Census 2025 reached 43.5 per cent, the highest since the census began, and 78 per cent of the councillors elected in May 2025 have already completed the induction e-learning. 231 councils now have a named personal safety lead for councillors, up from 174."],
  ["p", "The three indicators off track are enquiries to the Stand Local campaign (LDE-03), councillors reporting abuse or intimidation (LDE-05) and the share of councillors aged under 45 (LDE-11). They are explained, with the four indicators at risk, after Table 1."],
  ["h", "How to read the scorecard"],
  ["p", "Each indicator has a polarity. For most of them a higher figure is better; for LDE-05 (councillors reporting abuse or intimidation) and LDE-08 (days to answer electoral administration queries) a lower figure is better."],
  ["p", "Direction of travel compares the actual at 30 September 2025 with the same point in 2024/25: ▲ Improving, ▼ Worsening, or ► No change where the figure has moved by less than 2 per cent either way. Status compares the actual, or the forecast for the year, with the target for 2025/26: On track, At risk or Off track."],
];
const TABLE_CAPTION = "Table 1: Scorecard at 30 September 2025";
const HEAD = ["Ref", "Indicator", "Polarity", "Target 2025/26", "Same point 2024/25", "Actual at 30 Sep 2025", "Direction of travel", "Status"];
// [ref, indicator, polarity, target, last year, actual, direction, status]  (numbers kept as shown)
const ROWS = [
  ["LDE-01", "Response rate to the Councillor Census (councillors responding)", "Higher is better", "40%", "37.2%", "43.5%", "Improving", "On track"],
  ["LDE-02", "Councils with a published candidate diversity action plan", "Higher is better", "150", "97", "118", "Improving", "At risk"],
  ["LDE-03", "Enquiries to the Stand Local campaign from people thinking of standing", "Higher is better", "9,000", "5,860", "4,210", "Worsening", "Off track"],
  ["LDE-04", "New councillors completing the induction e-learning within six months of election", "Higher is better", "75%", "71%", "78%", "Improving", "On track"],
  ["LDE-05", "Councillors reporting abuse or intimidation in the previous 12 months", "Lower is better", "60%", "64%", "68%", "Worsening", "Off track"],
  ["LDE-06", "Councils with a named personal safety lead for councillors", "Higher is better", "250", "174", "231", "Improving", "On track"],
  ["LDE-07", "Councils paid elections new burdens funding by the due date", "Higher is better", "100%", "100%", "92%", "Worsening", "At risk"],
  ["LDE-08", "Average working days to answer electoral administration queries from councils", "Lower is better", "5 days", "4.5 days", "4.5 days", "No change", "On track"],
  ["LDE-09", "Electoral services staff trained through the electoral resilience programme", "Higher is better", "600", "290", "355", "Improving", "On track"],
  ["LDE-10", "Councils running a youth council or young mayor scheme", "Higher is better", "180", "151", "149", "No change", "At risk"],
  ["LDE-11", "Councillors aged under 45 (Councillor Census, provisional)", "Higher is better", "25%", "21.6%", "21.4%", "No change", "Off track"],
  ["LDE-12", "Councils accredited under the member development charter", "Higher is better", "40", "17", "22", "Improving", "At risk"],
];
const ARROW = { Improving: "▲", Worsening: "▼", "No change": "►" };
const TABLE_NOTE = "Source: LGA monitoring data at 30 September 2025. Councillor Census 2025 figures (LDE-01, LDE-05, LDE-11) are provisional until the full results are published in January 2026.";
const EXCEPT = [
  ["h", "Indicators at risk or off track"],
  ["sub", "LDE-02 Candidate diversity action plans (At risk)"],
  ["lab", "Lead officer:", "Yetunde Oyebanji-Holm"],
  ["p", "118 councils have published a plan, 21 more than at the same point last year, but at the current rate the total would reach about 135 by March 2026, 15 short of the target of 150. Every council funded by the Councillor Candidate Diversity Fund in 2025/26 (item 4) must have a published plan."],
  ["sub", "LDE-03 Stand Local campaign enquiries (Off track)"],
  ["lab", "Lead officer:", "Lysander Adebowale-Nyhan"],
  ["p", "There were 4,210 enquiries in the first half of the year, down from 5,860 at the same point last year. The paid social media adverts were paused from June to August 2025 while the advertising contract was retendered. Officers will bring a recovery plan to the Board on 5 February 2026."],
  ["sub", "LDE-05 Abuse and intimidation of councillors (Off track)"],
  ["lab", "Lead officer:", "Marigold Brightwell-Nunn"],
  ["p", "68 per cent of councillors who answered the Councillor Census 2025 said they had experienced abuse or intimidation in the previous 12 months, up from 64 per cent. Most incidents were online. The refreshed personal safety guidance for councillors is on the agenda for this meeting (item 5)."],
  ["sub", "LDE-07 Elections new burdens funding (At risk)"],
  ["lab", "Lead officer:", "Lachlan Rathmore"],
  ["p", "Of the 317 councils due a payment in the first half of the year, 26 were paid after the due date because the Government confirmed the allocations late. All of them had been paid by 14 October 2025. Funding for the May 2026 elections has not yet been confirmed (item 6)."],
  ["sub", "LDE-10 Youth democracy schemes (At risk)"],
  ["lab", "Lead officer:", "Kwesi Trefusis"],
  ["p", "149 councils run a youth council or young mayor scheme, two fewer than a year ago: three councils closed their schemes to save money and one new scheme started. Officers are preparing national standards for schemes for the Board's meeting on 26 March 2026."],
  ["sub", "LDE-11 Councillors aged under 45 (Off track)"],
  ["lab", "Lead officer:", "Benedict Stonehewer"],
  ["p", "The provisional census figure is 21.4 per cent, against a target of 25 per cent. The target was set before the May 2025 elections, at which fewer younger councillors were elected than expected. The Board is asked to review the target when the full census results are published."],
  ["sub", "LDE-12 Member development charter (At risk)"],
  ["lab", "Lead officer:", "Benedict Stonehewer"],
  ["p", "22 councils are accredited, five more since April 2025, and 11 more are being assessed. The target of 40 will be met only if all 11 and seven further councils are accredited by March 2026."],
  ["h", "Next steps"],
  ["p", "The recovery plan for LDE-03 will come to the Board on 5 February 2026. The year-end scorecard for 2025/26 will be reported to the Board on 9 July 2026."],
];
const HEADER_TEXT = "Local Democracy and Elections Board – 27 November 2025 – Item 3";
const HEADER_RIGHT = "Half-year scorecard 2025/26";
const FOOTER_TEXT = "Local Government Association, 18 Smith Square, London SW1P 3HZ  T 020 7946 0000";

// ---------------------------------------------------------------- checks
const num = (s) => parseFloat(s.replace(/[^0-9.]/g, ""));
for (const r of ROWS) {
  const [ref, , pol, target, last, actual, dir, status] = r;
  const change = (num(actual) - num(last)) / num(last);
  const better = pol === "Higher is better" ? change : -change;
  const want = Math.abs(change) < 0.02 ? "No change" : better > 0 ? "Improving" : "Worsening";
  if (want !== dir) throw new Error(`${ref}: direction ${dir}, expected ${want}`);
  if (!["On track", "At risk", "Off track"].includes(status)) throw new Error(ref + " status");
  void target;
}
const count = (k, v) => ROWS.filter((r) => r[k] === v).length;
if (count(7, "On track") !== 5 || count(7, "At risk") !== 4 || count(7, "Off track") !== 3) throw new Error("status counts differ from the headlines");
if (count(6, "Improving") !== 6 || count(6, "Worsening") !== 3 || count(6, "No change") !== 3) throw new Error("direction counts differ from the headlines");
const excepted = EXCEPT.filter((b) => b[0] === "sub").map((b) => b[1].slice(0, 6));
const notOnTrack = ROWS.filter((r) => r[7] !== "On track").map((r) => r[0]);
if (excepted.join() !== notOnTrack.join()) throw new Error("exception commentary does not match the statuses");
for (const b of EXCEPT.filter((b) => b[0] === "sub")) {
  const row = ROWS.find((r) => r[0] === b[1].slice(0, 6));
  if (!b[1].endsWith(`(${row[7]})`)) throw new Error(b[1] + " status differs from the table");
}

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const L = 48;
const W = PW - 2 * L;
const GAP = 20;
const COLW = (W - GAP) / 2;
const TOP = 60;
const BOTTOM = PH - 62;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 40, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = "Local Democracy and Elections Board – half-year performance scorecard 2025/26";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACCENT = "#0b5563";
let page = -1;
const newPage = () => {
  doc.addPage();
  page++;
};
newPage();
let y = TOP;
doc.font("B").fontSize(8.5).fillColor(ACCENT).text(MAST[0].toUpperCase(), L, y, { width: W / 2, characterSpacing: 0.6 });
doc.font("R").fontSize(8.5).fillColor("#333333").text(MAST[2], L + W / 2, y, { width: W / 2, align: "right" });
y += 14;
doc.font("B").fontSize(19).fillColor("black").text(MAST[1], L, y, { width: W });
y = doc.y + 3;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(2).strokeColor(ACCENT).stroke();
y += 8;
doc.font("B").fontSize(15).fillColor(ACCENT).text(TITLE, L, y, { width: W });
y = doc.y + 3;
doc.font("I").fontSize(9.5).fillColor("#333333").text(STANDFIRST, L, y, { width: W });
y = doc.y + 6;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.6).strokeColor("#999999").stroke();
y += 10;
doc.fillColor("black");

// two-column flow; column rules are recorded and drawn later
const colRules = []; // {page, x, y0, y1}
const SIZE = 8.8;
const LG = 1.3;
const style = (b) => {
  if (b[0] === "h") return { font: "B", size: 10.5, color: ACCENT, before: 6, after: 3 };
  if (b[0] === "sub") return { font: "B", size: 9, color: "black", before: 6, after: 2 };
  return { font: "R", size: SIZE, color: "black", before: 0, after: b[0] === "lab" ? 1.5 : 5 };
};
const measure = (b) => {
  const s = style(b);
  doc.font(s.font).fontSize(s.size);
  if (b[0] === "lab") return doc.heightOfString(b[1] + " " + b[2], { width: COLW, lineGap: LG }) + s.after;
  const w = b[0] === "li" ? COLW - 12 : COLW;
  return s.before + doc.heightOfString(b[b.length - 1], { width: w, lineGap: LG, align: b[0] === "p" ? "justify" : "left" }) + s.after;
};
const draw = (b, x, yy) => {
  const s = style(b);
  if (b[0] === "lab") {
    doc.font("B").fontSize(SIZE).fillColor("black").text(b[1] + " ", x, yy, { width: COLW, lineGap: LG, continued: true });
    doc.font("R").text(b[2], { lineGap: LG });
    return;
  }
  const xx = b[0] === "li" ? x + 12 : x;
  doc.font(s.font).fontSize(s.size).fillColor(s.color).text(b[b.length - 1], xx, yy + s.before, { width: b[0] === "li" ? COLW - 12 : COLW, lineGap: LG, align: b[0] === "p" ? "justify" : "left" });
  doc.fillColor("black");
};
const flow = (blocks, startY) => {
  let col = 0;
  let top = startY;
  let yy = startY;
  let maxY = [startY, startY];
  const closeRegion = () => colRules.push({ page, x: L + COLW + GAP / 2, y0: top, y1: Math.max(...maxY) });
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    let h = measure(b);
    // keep headings and sub-headings with what follows
    let need = h;
    if (b[0] === "h" || b[0] === "sub") need += measure(blocks[i + 1]) + (blocks[i + 1][0] === "lab" ? measure(blocks[i + 2]) : 0);
    if (yy + need > BOTTOM) {
      if (col === 0) {
        col = 1;
        yy = top;
      } else {
        closeRegion();
        newPage();
        top = TOP + 10;
        yy = top;
        col = 0;
        maxY = [top, top];
      }
    }
    const x = L + col * (COLW + GAP);
    draw(b, x, yy);
    yy += h;
    maxY[col] = Math.max(maxY[col], yy);
  }
  closeRegion();
  return Math.max(...maxY);
};
flow(FRONT, y);

// the scorecard table: full width, top of a new page
newPage();
y = TOP + 10;
doc.font("B").fontSize(10.5).fillColor(ACCENT).text(TABLE_CAPTION, L, y, { width: W });
y = doc.y + 5;
doc.fillColor("black");
const CW = [44, 150, 52, 46, 50, 50, 62, 45]; // 499
const CX = CW.map((_, i) => L + CW.slice(0, i).reduce((a, c) => a + c, 0));
const PAD = 3;
const TS = 7.6;
const cellH = (t, i, font) => doc.font(font).fontSize(TS).heightOfString(t, { width: CW[i] - 2 * PAD, lineGap: 0.8 });
{
  const hh = Math.max(...HEAD.map((t, i) => cellH(t, i, "CB"))) + 2 * PAD;
  doc.rect(L, y, W, hh).fillColor(ACCENT).fill();
  HEAD.forEach((t, i) => doc.font("CB").fontSize(TS).fillColor("white").text(t, CX[i] + PAD, y + PAD, { width: CW[i] - 2 * PAD, lineGap: 0.8 }));
  y += hh;
}
const STATUSFILL = { "On track": "#cfe8d5", "At risk": "#fde6b0", "Off track": "#f6c3bd" };
const DIRCOL = { Improving: "#1d7a3a", Worsening: "#b3261e", "No change": "#555555" };
ROWS.forEach((r, k) => {
  const cells = r.map((c, i) => (i === 6 ? `${ARROW[c]} ${c}` : c));
  const rh = Math.max(...cells.map((t, i) => cellH(t, i, i === 0 || i === 7 ? "CB" : "C"))) + 2 * PAD;
  if (k % 2 === 1) doc.rect(L, y, W, rh).fillColor("#f3f6f7").fill();
  doc.rect(CX[7], y, CW[7], rh).fillColor(STATUSFILL[r[7]]).fill();
  cells.forEach((t, i) => {
    const right = i >= 3 && i <= 5;
    doc
      .font(i === 0 || i === 7 ? "CB" : "C")
      .fontSize(TS)
      .fillColor(i === 6 ? DIRCOL[r[6]] : "black")
      .text(t, CX[i] + PAD, y + PAD, { width: CW[i] - 2 * PAD, lineGap: 0.8, align: right ? "right" : "left" });
  });
  y += rh;
  doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.4).strokeColor("#b8c4c7").stroke();
});
doc.fillColor("black");
y += 4;
doc.font("I").fontSize(7.4).fillColor("#444444").text(TABLE_NOTE, L, y, { width: W });
y = doc.y + 8;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.6).strokeColor("#999999").stroke();
y += 6;
doc.fillColor("black");
flow(EXCEPT, y);

// page furniture, drawn last
const range = doc.bufferedPageRange();
for (let k = 0; k < range.count; k++) {
  doc.switchToPage(k);
  const m = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  for (const c of colRules.filter((c) => c.page === k)) doc.moveTo(c.x, c.y0).lineTo(c.x, c.y1).lineWidth(0.5).strokeColor("#b8c4c7").stroke();
  doc.font("R").fontSize(7).fillColor("#666666");
  if (k > 0) {
    doc.text(HEADER_TEXT, L, 34, { width: W * 0.7, lineBreak: false });
    doc.text(HEADER_RIGHT, L + W * 0.7, 34, { width: W * 0.3, align: "right", lineBreak: false });
    doc.moveTo(L, 46).lineTo(L + W, 46).lineWidth(0.4).strokeColor("#999999").stroke();
  }
  doc.moveTo(L, PH - 48).lineTo(L + W, PH - 48).lineWidth(0.4).strokeColor("#999999").stroke();
  doc.text(FOOTER_TEXT, L, PH - 42, { width: W * 0.8, lineBreak: false });
  doc.text(`Page ${k + 1} of ${range.count}`, L + W * 0.8, PH - 42, { width: W * 0.2, align: "right", lineBreak: false });
  doc.page.margins.bottom = m;
  doc.fillColor("black").strokeColor("black");
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- text rendering (reading order)
// Masthead lines; then the two-column text in reading order (left column, then right), one block per line
// ("Label: value" for the bold inline labels); the table caption, the header and each row as cells joined
// with " | " (the direction cell as "▲ Improving"); the table note; the exception commentary in the same way.
const blockLine = (b) => (b[0] === "lab" ? `${b[1]} ${b[2]}` : b[b.length - 1]);
const lines = [MAST[0], MAST[2], MAST[1], TITLE, STANDFIRST, ...FRONT.map(blockLine), TABLE_CAPTION, HEAD.join(" | ")];
for (const r of ROWS) lines.push(r.map((c, i) => (i === 6 ? `${ARROW[c]} ${c}` : c)).join(" | "));
lines.push(TABLE_NOTE, ...EXCEPT.map(blockLine));
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt`);
