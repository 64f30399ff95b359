// Builds docs/markets-street-trading-panel-start-up-fund-round-2-2027-10-13.pdf (the LGA Markets and Street
// Trading Panel, Wednesday 13 October 2027, item 5: "Market Traders’ Start-up Fund: round 2 awards", made with
// pdfkit) and its plain-text rendering text/<same base>.txt from the same content.
//
//   node src/build-paper-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: a PORTRAIT A4 paper of two pages followed by a LANDSCAPE A4 APPENDIX PAGE in the same file (mixed page
// orientation). Page 1: board, date and a boxed item number at the top right, the title, and the FRONT SHEET IN A
// GREY PANEL WHOSE LABELS SIT ON THEIR OWN LINE ABOVE EACH VALUE (small capitals in colour: PURPOSE OF REPORT,
// SUMMARY, RECOMMENDATIONS, ACTION, CONTACT OFFICER, POSITION, PHONE NO, EMAIL, IS THIS REPORT CONFIDENTIAL?),
// recommendations (a)–(c) on their own lines. Page 2: coloured section headings and numbered paragraphs 1–11
// with hanging numbers; the Financial implications paragraph inside a tinted box with a coloured left bar.
// Page 3 (landscape): "Appendix A", a nine-column table of the 14 bids WITH NO RULING LINES AT ALL: a bold header
// row, rows told apart only by ZEBRA SHADING, amounts right-aligned, "–" for no award, a bold Total row; the
// Council and Market cells wrap onto two lines in some rows; notes under the table. "Page n of 3" footer.
// Rendering: the front sheet's labels as lines of their own (as the page reads), each value under its label;
// paragraphs with their numbers; each table row as its cells joined with " | "; the footers dropped.
// Synthetic test fixture: the people, bids and figures are invented (the councils and market names are real
// places, used so that the paper reads like the genre).
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "markets-street-trading-panel-start-up-fund-round-2-2027-10-13";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const BOARD = "Markets and Street Trading Panel";
const WHEN = "Wednesday 13 October 2027";
const ITEM = "Item 5";
const TITLE = "Market Traders’ Start-up Fund: round 2 awards";
const FRONT = [
  ["Purpose of report", ["For decision."]],
  ["Summary", ["Fourteen councils bid for round 2 of the Market Traders’ Start-up Fund, asking for £332,450 in all against £220,000 available. This report recommends nine awards totalling £214,700, two of them at a reduced amount, places two bids on a reserve list and does not recommend three."]],
  ["Recommendations", [
    "That the Panel:",
    "(a) approves the nine awards listed in Appendix A, totalling £214,700;",
    "(b) agrees the reserve list in the order shown in Appendix A, to be funded from the £5,300 left unallocated and from any grant returned from round 1 or round 2; and",
    "(c) delegates to the Senior Adviser (Markets and High Streets), in consultation with the Chair, the agreement of grant conditions with each council.",
  ]],
  ["Action", ["Officers to tell councils the outcome by 22 October 2027."]],
  ["Contact officer", ["Ruth Attwooll"]],
  ["Position", ["Senior Adviser (Markets and High Streets)"]],
  ["Phone no", ["020 7946 0287"]],
  ["Email", ["ruth.attwooll@local.gov.uk"]],
  ["Is this report confidential?", ["No"]],
];
const BODY = [
  ["h", "Background"],
  ["p", "1.", "The Panel set up the Market Traders’ Start-up Fund in March 2027 with a budget of £400,000 for 2027/28, to be awarded in two rounds. Round 1 awarded £180,000 to 11 councils in June 2027, leaving £220,000 for round 2."],
  ["p", "2.", "The Fund pays councils to offer new traders up to 12 weeks’ free stall rent, a mentor from an established trader and a starter kit (gazebo, weights, signage and a card reader). It does not pay for building works or for refurbishing stalls."],
  ["p", "3.", "On 14 July 2027 the Panel agreed the round 2 criteria: bids of £10,000 to £30,000, match funding of at least 15 per cent, and scoring out of 50 against five criteria of 10 points each – need, number of new traders, stall availability, mentoring offer and value for money."],
  ["h", "Bids and assessment"],
  ["p", "4.", "Round 2 opened on 26 July and closed on 10 September 2027. Fourteen councils bid, asking for £332,450 and offering to support 125 new traders."],
  ["p", "5.", "Each bid was scored by two officers, and the Senior Adviser moderated any score where they differed by more than five points. Bids scoring 30 or more are recommended; bids scoring 25 to 29 are placed on the reserve list; bids scoring below 25 are not recommended."],
  ["p", "6.", "Two bids are recommended at a reduced amount. Bury Council’s bid (MTSF2-01) included £4,500 for refurbishing stalls, which the Fund does not cover, and Plymouth City Council’s bid (MTSF2-02) included £7,500 for three traders already funded in round 1."],
  ["p", "7.", "The three bids not recommended scored poorly on need and stall availability: in each case the market already had a waiting list for stalls or fewer than five empty stalls."],
  ["p", "8.", "The Chair declared an interest in the round 2 criteria on 14 July 2027 because Bury Council intended to bid. She has taken no part in the assessment, and the Vice-Chair will chair this item."],
  ["h", "Financial implications"],
  ["box", "9.", "The nine recommended awards total £214,700, leaving £5,300 of the £220,000 unallocated. The two reserve bids total £41,900, so neither can be funded in full from the unallocated sum alone. Officer time is met from the Markets Programme budget."],
  ["h", "Next steps"],
  ["p", "10.", "Councils will be told the outcome by 22 October 2027, and grant agreements should be signed by 19 November 2027. New traders supported in round 2 must start trading by 31 March 2028."],
  ["p", "11.", "Progress will be reported through the quarterly work programme report (measure MKT-K3)."],
];
const APP = "Appendix A: Round 2 bids and recommendations";
const HEAD = ["Ref", "Council", "Market", "New traders", "Bid (£)", "Match funding", "Score (out of 50)", "Recommendation", "Award (£)"];
const BIDS = [
  ["MTSF2-01", "Bury Council", "Bury Market", 14, 28500, "18%", 44, "Recommended (reduced)", 24000],
  ["MTSF2-02", "Plymouth City Council", "Plymouth Pannier Market", 12, 30000, "20%", 41, "Recommended (reduced)", 22500],
  ["MTSF2-03", "Stockton-on-Tees Borough Council", "Stockton High Street Market", 10, 21600, "25%", 39, "Recommended", 21600],
  ["MTSF2-04", "Barnsley Metropolitan Borough Council", "Barnsley Market Kitchen", 9, 24800, "15%", 37, "Recommended", 24800],
  ["MTSF2-05", "Norwich City Council", "Norwich Market", 11, 27950, "30%", 36, "Recommended", 27950],
  ["MTSF2-06", "Cumberland Council", "Carlisle Market Hall", 8, 19400, "16%", 34, "Recommended", 19400],
  ["MTSF2-07", "Newcastle-under-Lyme Borough Council", "Newcastle-under-Lyme Market", 7, 18250, "22%", 33, "Recommended", 18250],
  ["MTSF2-08", "Kirklees Council", "Huddersfield Open Market", 12, 29800, "15%", 32, "Recommended", 29800],
  ["MTSF2-09", "Shropshire Council", "Shrewsbury Market Hall", 9, 26400, "17%", 30, "Recommended", 26400],
  ["MTSF2-10", "London Borough of Lewisham", "Deptford Market", 10, 22400, "21%", 28, "Reserve 1", null],
  ["MTSF2-11", "Wakefield Council", "Wakefield Market Hall", 8, 19500, "15%", 26, "Reserve 2", null],
  ["MTSF2-12", "Torbay Council", "Paignton Market", 6, 24700, "15%", 23, "Not recommended", null],
  ["MTSF2-13", "Boston Borough Council", "Boston Market", 5, 16900, "19%", 21, "Not recommended", null],
  ["MTSF2-14", "Tendring District Council", "Clacton Street Market", 4, 22250, "15%", 18, "Not recommended", null],
];
const NOTES = [
  "Scores are out of 50. 30 or more: recommended; 25 to 29: reserve list, in order of score; below 25: not recommended.",
  "MTSF2-01: the award leaves out £4,500 for refurbishing stalls. MTSF2-02: the award leaves out £7,500 for three traders funded in round 1.",
];

// ---------------------------------------------------------------- checks
const money = (n) => n.toLocaleString("en-GB");
const sum = (k, f = () => true) => BIDS.filter(f).reduce((a, b) => a + (b[k] ?? 0), 0);
const totBid = sum(4), totAward = sum(8), totTraders = sum(3);
if (totBid !== 332450 || totAward !== 214700 || totTraders !== 125) throw new Error(`totals ${totBid} ${totAward} ${totTraders}`);
if (220000 - totAward !== 5300) throw new Error("unallocated");
if (sum(4, (b) => /Reserve/.test(b[7])) !== 41900) throw new Error("reserve total");
if (28500 - 24000 !== 4500 || 30000 - 22500 !== 7500) throw new Error("reductions");
for (const b of BIDS) {
  const want = b[6] >= 30 ? /^Recommended/ : b[6] >= 25 ? /^Reserve/ : /^Not recommended/;
  if (!want.test(b[7])) throw new Error("band " + b[0]);
  if (b[4] < 10000 || b[4] > 30000 || parseInt(b[5]) < 15) throw new Error("criteria " + b[0]);
  if ((b[8] !== null) !== /^Recommended/.test(b[7])) throw new Error("award " + b[0]);
}
if (BIDS.filter((b) => /^Recommended/.test(b[7])).length !== 9) throw new Error("nine");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([WHEN, FRONT, BODY]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const cells = (b) => [b[0], b[1], b[2], String(b[3]), money(b[4]), b[5], String(b[6]), b[7], b[8] === null ? "–" : money(b[8])];
const TOTAL = ["Total", "", "", String(totTraders), money(totBid), "", "", "", money(totAward)];

// ---------------------------------------------------------------- PDF
const ACC = "#1F6F78";
const doc = new PDFDocument({ size: "A4", margins: { top: 50, bottom: 20, left: 60, right: 60 }, autoFirstPage: false, bufferPages: true });
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = TITLE;
doc.info.Author = "Local Government Association";
doc.info.Subject = "Synthetic test fixture";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));

// page 1
doc.addPage({ size: "A4", layout: "portrait" });
const L = 60, W = 595.28 - 120;
let y = 50;
doc.font("NB").fontSize(10.5).fillColor(ACC).text(BOARD, L, y, { lineBreak: false });
doc.font("N").fontSize(10).fillColor("#222").text(WHEN, L, y + 15, { lineBreak: false });
doc.rect(L + W - 70, y - 4, 70, 30).lineWidth(1.2).strokeColor(ACC).stroke();
doc.font("NB").fontSize(13).fillColor(ACC).text(ITEM, L + W - 70, y + 4, { width: 70, align: "center", lineBreak: false });
y += 52;
doc.font("NB").fontSize(17).fillColor("#111").text(TITLE, L, y, { width: W });
y += doc.heightOfString(TITLE, { width: W }) + 14;
// front-sheet panel: measure first
const FS = 9.6, PAD = 14, IW = W - 2 * PAD;
const measure = () => {
  let h = PAD;
  for (const [, vals] of FRONT) {
    h += 13;
    for (const [i, v] of vals.entries()) h += doc.font("N").fontSize(FS).heightOfString(v, { width: IW - (i && /^\(/.test(v) ? 22 : 0), lineGap: 1.5 }) + 3;
    h += 6;
  }
  return h + PAD - 6;
};
const panelH = measure();
doc.rect(L, y, W, panelH).fill("#EEF2F2");
let py = y + PAD;
for (const [lab, vals] of FRONT) {
  doc.font("NB").fontSize(7.8).fillColor(ACC).text(lab.toUpperCase(), L + PAD, py, { characterSpacing: 0.6, lineBreak: false });
  py += 13;
  for (const v of vals) {
    const ind = /^\([a-c]\)/.test(v) ? 22 : 0;
    doc.font("N").fontSize(FS).fillColor("#111");
    if (ind) {
      doc.text(v.slice(0, 3), L + PAD + 4, py, { lineBreak: false });
      doc.text(v.slice(4), L + PAD + ind, py, { width: IW - ind, lineGap: 1.5 });
      py += doc.heightOfString(v, { width: IW - ind, lineGap: 1.5 }) + 3;
    } else {
      doc.text(v, L + PAD, py, { width: IW, lineGap: 1.5 });
      py += doc.heightOfString(v, { width: IW, lineGap: 1.5 }) + 3;
    }
  }
  py += 6;
}
// page 2
doc.addPage({ size: "A4", layout: "portrait" });
y = 56;
const BFS = 10, NUMW = 28;
for (const b of BODY) {
  if (b[0] === "h") {
    y += 6;
    doc.font("NB").fontSize(11.5).fillColor(ACC).text(b[1], L, y, { lineBreak: false });
    y += 20;
    continue;
  }
  const [, num, t] = b;
  const h = doc.font("N").fontSize(BFS).heightOfString(t, { width: W - NUMW, lineGap: 2 });
  if (b[0] === "box") {
    doc.rect(L - 8, y - 8, W + 16, h + 16).fill("#E4F0F1");
    doc.rect(L - 8, y - 8, 4, h + 16).fill(ACC);
  }
  doc.font("N").fontSize(BFS).fillColor("#111").text(num, L, y, { lineBreak: false });
  doc.text(t, L + NUMW, y, { width: W - NUMW, lineGap: 2 });
  y += h + (b[0] === "box" ? 18 : 10);
}
// page 3, landscape
doc.addPage({ size: "A4", layout: "landscape" });
const LL = 40, LW = 841.89 - 80;
y = 40;
doc.font("NB").fontSize(13).fillColor(ACC).text(APP, LL, y, { lineBreak: false });
y += 26;
const CW = [62, 150, 142, 52, 62, 58, 56, 118, 62];
const RIGHT = new Set([3, 4, 5, 6, 8]);
const TFS = 8.6;
const rowH = (cs, font) => Math.max(...cs.map((c, i) => doc.font(font).fontSize(TFS).heightOfString(c || "x", { width: CW[i] - 8 }))) + 8;
const drawRow = (cs, font, fill) => {
  const h = rowH(cs, font);
  if (fill) doc.rect(LL, y, CW.reduce((a, b) => a + b, 0), h).fill(fill);
  let x = LL;
  cs.forEach((c, i) => {
    if (c) doc.font(font).fontSize(TFS).fillColor("#111").text(c, x + 4, y + 4, { width: CW[i] - 8, align: RIGHT.has(i) ? "right" : "left" });
    x += CW[i];
  });
  y += h;
};
drawRow(HEAD, "CB", null);
y += 2;
BIDS.forEach((b, i) => drawRow(cells(b), "C", i % 2 === 0 ? "#E9F1F2" : null));
drawRow(TOTAL, "CB", null);
y += 12;
for (const n of NOTES) {
  doc.font("N").fontSize(8.6).fillColor("#333").text(n, LL, y, { width: LW });
  y += doc.heightOfString(n, { width: LW }) + 5;
}
// footers
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const pw = doc.page.width, ph = doc.page.height;
  doc.page.margins.bottom = 0;
  doc.font("N").fontSize(8).fillColor("#666").text(`Page ${i + 1} of ${range.count}`, 0, ph - 34, { width: pw, align: "center", lineBreak: false });
}
doc.end();

// ---------------------------------------------------------------- rendering
const R = [BOARD, WHEN, ITEM, TITLE];
for (const [lab, vals] of FRONT) R.push(lab, ...vals);
for (const b of BODY) R.push(b[0] === "h" ? b[1] : `${b[1]} ${b[2]}`);
R.push(APP, HEAD.join(" | "), ...BIDS.map((b) => cells(b).join(" | ")), TOTAL.filter(Boolean).join(" | "), ...NOTES);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt (${R.length} lines); bids £${money(totBid)}, awards £${money(totAward)}, traders ${totTraders}`);
