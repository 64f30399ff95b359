// Builds docs/road-safety-panel-chairs-annual-report-2025-26.pdf (the Chair's annual report 2025/26 of the LGA
// Road Safety Panel, item 3 at the Panel on Wednesday 24 June 2026, made with pdfkit) and its plain-text
// rendering text/road-safety-panel-chairs-annual-report-2025-26.txt from the same content.
//
//   node src/build-annual-report-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 PORTRAIT, a prose report written in the Chair's voice, with FIGURES INSIDE SENTENCES (one in words,
// "Ninety-seven"), DejaVu Serif for the text and DejaVu Sans for headings, boxes and the table (embedded). A
// title block (panel, title, author, meeting, contact officer lines); side headings; two PULL-OUT BOXES (shaded,
// with a coloured bar on the left: a case study, and a bulleted list) and one PULL QUOTE (large italic type
// between two rules); a small KEY FIGURES TABLE Measure | 2024/25 | 2025/26 with a FOOTNOTE MARKER "†" in one
// cell and the footnote under the table. A RUNNING HEADER AND FOOTER ON EVERY PAGE, page 1 included
// ("LGA Road Safety Panel" / "Chair's annual report 2025/26"; "Road Safety Panel – 24 June 2026 – item 3" /
// "Page n of 3"), drawn last; they are page furniture and left out of the rendering. Blocks are laid out by
// the builder and never split across a page (checked), so no paragraph is broken by the furniture.
// Synthetic test fixture: the people, figures and quotations are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "road-safety-panel-chairs-annual-report-2025-26";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
// Blocks: ["kicker"|"title"|"byline"|"meta", text], ["h", text], ["p", text], ["box", title, [paras], bullets?],
// ["quote", text, attribution], ["table", caption, head, rows, footnote], ["newpage"]
const B = [
  ["kicker", "Road Safety Panel"],
  ["title", "Chair's annual report 2025/26"],
  ["byline", "Cllr Torquil Ebbrell, Chair of the Road Safety Panel 2025/26"],
  ["meta", "For the meeting of the Panel on Wednesday 24 June 2026, item 3"],
  ["meta", "Contact officer: Ottoline Scarisbrick, Senior Adviser (Road Safety)"],
  ["meta", "Telephone: 020 7946 0172"],
  ["meta", "Email: ottoline.scarisbrick@local.gov.uk"],
  ["h", "Foreword"],
  ["p", "This is my third and last annual report as Chair of the Road Safety Panel. I stood down from the Panel at the end of May 2026, and I am delighted that Cllr Rosalind Penberthy of Bristol City Council, our Vice-Chair for the last two years, has been nominated to succeed me."],
  ["p", "2025/26 was the year in which councils' interest in reducing road danger turned into action. By 31 March 2026, 163 councils had signed up to the Safe Streets Charter, against a target of 150 and up from 118 a year earlier. We supported 266 school streets schemes through the School Streets Toolkit, and the Safer Journeys Fund awarded all 45 of the grants it had planned. Our Road Safety Summit in Nottingham on 12 November 2025 drew 431 delegates, the most in its history."],
  ["p", "Not everything went to plan. We filled fewer training places than we aimed for, and fewer councils joined the Road Casualty Data Exchange than we had hoped. I say more about both below."],
  ["box", "Case study: school streets in Hounslow", [
    "The London Borough of Hounslow used the School Streets Toolkit to close 14 streets outside primary schools to through traffic at the start and end of the school day. Car journeys to those schools fell by 23 per cent in the first term, and not one school has asked to end its scheme.",
    "\"Parents told us that the toolkit's template letters saved us weeks of argument,\" said Cllr Tamsin Okwuosa, the Panel's lead member for school streets.",
  ]],
  ["h", "Safer streets near schools"],
  ["p", "The number of school streets schemes we supported rose from 171 in 2024/25 to 266, well above our target of 250. Demand grew quickly after we updated the toolkit in September 2025 with guidance on enforcement cameras. In May 2026 I nominated Cllr Okwuosa to represent the Panel on the steering group of the National School Streets Alliance until the Panel makes an appointment for 2026/27."],
  ["h", "Training the road safety workforce"],
  ["p", "The one real disappointment of the year was training. We filled 512 training places for road safety officers, 35 fewer than in 2024/25 and 88 short of our target of 600, after two courses in the South West were cancelled when the trainers withdrew at short notice. Cllr Annika Sowerbutts, our lead member for training and workforce, has prepared an improvement plan, which comes to this meeting with the year-end dashboard (item 6)."],
  ["p", "Our webinars did better: 1,622 people joined the eleven webinars we ran during the year, against a target of 1,500."],
  ["quote", "\u201cThe data exchange has changed the conversation in our county: we now argue about the evidence, not the anecdotes.\u201d", "A road safety manager in the East Midlands"],
  ["h", "The Safer Journeys Fund"],
  ["p", "The Fund, financed by a grant of £480,000 from the Department for Transport, awarded 45 grants worth £466,250 to 41 councils, for projects ranging from pedestrian crossings near care homes to cycle training for adults. Grants ranged from £2,500 to £24,000; the largest went to Stockport Metropolitan Borough Council for lighting on a canal towpath used by commuters. The money not awarded will be returned to the Department, as the grant conditions require."],
  ["box", "What the Fund supported in 2025/26", ["The 45 grants went to:"], [
    "19 crossings and junction improvements",
    "12 cycle training schemes for adults and children",
    "9 lighting schemes on paths and towpaths",
    "5 projects with older drivers",
  ]],
  ["h", "Data and evidence"],
  ["p", "Ninety-seven councils now share casualty data through the Road Casualty Data Exchange, short of our target of 120: several councils are waiting for new data-sharing agreements to be signed after the local elections in May. Councils in the Exchange reported 4,318 people killed or seriously injured on their roads in calendar year 2025, 6 per cent fewer than in 2024."],
  ["p", "The casualty data dashboard, launched in October 2025, was used by 38 councils by the end of March. The contract to host it ended on 31 March 2026, and in March I agreed a two-year contract to keep it running; that decision and four others I took between meetings are reported at item 4."],
  ["table", "Key figures 2025/26", ["Measure", "2024/25", "2025/26"], [
    ["Councils signed up to the Safe Streets Charter", "118", "163"],
    ["School streets schemes supported", "171", "266"],
    ["Road safety officer training places filled", "547", "512"],
    ["Safer Journeys Fund grants awarded", "38", "45†"],
    ["Road Safety Summit delegates", "352", "431"],
    ["Webinar attendees", "1,204", "1,622"],
    ["Councils sharing casualty data through the Exchange", "84", "97"],
  ], "† Includes three grants, worth £31,800, from bids received after the original closing date (see item 4)."],
  ["h", "Thanks and looking ahead"],
  ["p", "I thank every member of the Panel for their work over the year, and Ottoline Scarisbrick and her team for their support. In 2026/27 the Panel will need to get training back on track, bring the remaining councils into the Data Exchange and set a first target for the casualty data dashboard. I have asked officers to bring proposed targets for 2026/27 to the Panel's September meeting."],
];
const HEAD_L = "LGA Road Safety Panel";
const HEAD_R = "Chair's annual report 2025/26";
const FOOT_L = "Road Safety Panel – 24 June 2026 – item 3";

// ---------------------------------------------------------------- checks
const box2 = B.find((b) => b[0] === "box" && b[3]);
const sum = box2[3].reduce((a, s) => a + parseInt(s), 0);
if (sum !== 45) throw new Error("box 2 grants add up to " + sum);
const tbl = B.find((b) => b[0] === "table");
const row = (m) => tbl[3].find((r) => r[0].startsWith(m));
if (547 - 512 !== 35 || 600 - 512 !== 88 || +row("Road safety officer")[1] !== 547) throw new Error("training figures");
if (480000 - 466250 !== 13750) throw new Error("fund");

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const L = 62;
const W = PW - 2 * L;
const TOP = 78;
const BOTTOM = PH - 70;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 30, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("S", join(FONTS, "DejaVuSerif.ttf"));
doc.registerFont("SB", join(FONTS, "DejaVuSerif-Bold.ttf"));
doc.registerFont("SI", join(FONTS, "DejaVuSerif-Italic.ttf"));
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.info.Title = "Road Safety Panel – Chair's annual report 2025/26";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#0f6b5c";
const TINT = "#e6f2ef";
const SIZE = 10;
const LG = 2.2;
doc.addPage();
let y = TOP;
const pageFor = (h) => {
  if (y + h > BOTTOM) {
    doc.addPage();
    y = TOP;
  }
};
const para = (t, x, w, font = "S", size = SIZE, opts = {}) => doc.font(font).fontSize(size).heightOfString(t, { width: w, lineGap: LG, ...opts });
for (const b of B) {
  const [k] = b;
  if (k === "kicker") {
    doc.font("NB").fontSize(10).fillColor(ACC).text(b[1].toUpperCase(), L, y, { width: W, lineBreak: false });
    y += 18;
  } else if (k === "title") {
    doc.font("SB").fontSize(22).fillColor("black").text(b[1], L, y, { width: W, lineBreak: false });
    y += 32;
  } else if (k === "byline") {
    doc.font("SI").fontSize(11).fillColor("#333333").text(b[1], L, y, { width: W, lineBreak: false });
    y += 22;
  } else if (k === "meta") {
    if (b[1].includes(": ")) {
      const [lab, ...rest] = b[1].split(": ");
      doc.font("NB").fontSize(8.8).fillColor("#333333").text(lab + ": ", L, y, { continued: true, lineBreak: false });
      doc.font("N").fontSize(8.8).text(rest.join(": "), { lineBreak: false });
    } else doc.font("N").fontSize(8.8).fillColor("#333333").text(b[1], L, y, { width: W, lineBreak: false });
    y += 13;
    if (B[B.indexOf(b) + 1][0] !== "meta") {
      y += 6;
      doc.moveTo(L, y).lineTo(L + W, y).lineWidth(1.2).strokeColor(ACC).stroke();
      y += 10;
    }
  } else if (k === "h") {
    const nx = B[B.indexOf(b) + 1]; // keep a heading with the paragraph that follows it
    pageFor(27 + (nx[0] === "p" ? para(nx[1], L, W) : 60));
    y += 6;
    doc.font("NB").fontSize(12.5).fillColor(ACC).text(b[1], L, y, { width: W, lineBreak: false });
    y += 21;
  } else if (k === "p") {
    const h = para(b[1], L, W);
    pageFor(h);
    doc.font("S").fontSize(SIZE).fillColor("black").text(b[1], L, y, { width: W, lineGap: LG });
    y += h + 8;
  } else if (k === "box") {
    const [, title, paras, bullets = []] = b;
    const IW = W - 34;
    const hs = paras.map((p) => para(p, 0, IW, "N", 9.2));
    const hb = bullets.map((p) => para(p, 0, IW - 14, "N", 9.2));
    const h = 14 + 18 + hs.reduce((a, c) => a + c + 6, 0) + hb.reduce((a, c) => a + c + 3, 0) + 10;
    pageFor(h + 8);
    doc.rect(L, y, W, h).fillColor(TINT).fill();
    doc.rect(L, y, 5, h).fillColor(ACC).fill();
    let by = y + 12;
    doc.font("NB").fontSize(10.2).fillColor(ACC).text(title, L + 20, by, { width: IW, lineBreak: false });
    by += 18;
    paras.forEach((p, i) => {
      doc.font("N").fontSize(9.2).fillColor("#1b1b1b").text(p, L + 20, by, { width: IW, lineGap: LG });
      by += hs[i] + 6;
    });
    bullets.forEach((p, i) => {
      doc.font("N").fontSize(9.2).fillColor(ACC).text("•", L + 22, by, { lineBreak: false });
      doc.font("N").fontSize(9.2).fillColor("#1b1b1b").text(p, L + 34, by, { width: IW - 14, lineGap: LG });
      by += hb[i] + 3;
    });
    y += h + 14;
  } else if (k === "quote") {
    const QW = W - 70;
    const hq = para(b[1], 0, QW, "SI", 14, { align: "center" });
    const h = 12 + hq + 8 + 14 + 12;
    pageFor(h + 10);
    doc.moveTo(L + 60, y).lineTo(L + W - 60, y).lineWidth(0.8).strokeColor(ACC).stroke();
    let qy = y + 12;
    doc.font("SI").fontSize(14).fillColor(ACC).text(b[1], L + 35, qy, { width: QW, align: "center", lineGap: LG });
    qy += hq + 8;
    doc.font("N").fontSize(8.8).fillColor("#444444").text(b[2], L, qy, { width: W, align: "center", lineBreak: false });
    qy += 14 + 8;
    doc.moveTo(L + 60, qy).lineTo(L + W - 60, qy).lineWidth(0.8).strokeColor(ACC).stroke();
    y = qy + 14;
  } else if (k === "table") {
    const [, caption, head, rows, foot] = b;
    const CW = [W - 160, 80, 80];
    const CX = [L, L + CW[0], L + CW[0] + CW[1]];
    const RH = 19;
    const hf = para(foot, 0, W, "N", 8.2);
    const h = 20 + RH * (rows.length + 1) + 8 + hf;
    pageFor(h + 10);
    doc.font("NB").fontSize(10.2).fillColor(ACC).text(caption, L, y, { width: W, lineBreak: false });
    y += 18;
    doc.rect(L, y, W, RH).fillColor(ACC).fill();
    head.forEach((c, i) => doc.font("NB").fontSize(9).fillColor("white").text(c, CX[i] + 6, y + 5, { width: CW[i] - 12, align: i ? "right" : "left", lineBreak: false }));
    y += RH;
    rows.forEach((r, k2) => {
      if (k2 % 2 === 1) doc.rect(L, y, W, RH).fillColor(TINT).fill();
      r.forEach((c, i) => {
        if (doc.font("N").fontSize(9).widthOfString(c) > CW[i] - 12) throw new Error("cell too wide: " + c);
        doc.font("N").fontSize(9).fillColor("#1b1b1b").text(c, CX[i] + 6, y + 5, { width: CW[i] - 12, align: i ? "right" : "left", lineBreak: false });
      });
      y += RH;
    });
    doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.8).strokeColor(ACC).stroke();
    y += 6;
    doc.font("N").fontSize(8.2).fillColor("#333333").text(foot, L, y, { width: W, lineGap: LG });
    y += hf + 14;
  }
}
// page furniture on every page, drawn last
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  const m = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("N").fontSize(7.8).fillColor("#5a5a5a");
  doc.text(HEAD_L, L, 36, { width: W / 2, lineBreak: false });
  doc.text(HEAD_R, L + W / 2, 36, { width: W / 2, align: "right", lineBreak: false });
  doc.moveTo(L, 50).lineTo(L + W, 50).lineWidth(0.5).strokeColor("#9bbfb7").stroke();
  doc.moveTo(L, PH - 52).lineTo(L + W, PH - 52).lineWidth(0.5).strokeColor("#9bbfb7").stroke();
  doc.text(FOOT_L, L, PH - 44, { width: W * 0.7, lineBreak: false });
  doc.text(`Page ${p + 1} of ${range.count}`, L + W * 0.7, PH - 44, { width: W * 0.3, align: "right", lineBreak: false });
  doc.page.margins.bottom = m;
}
doc.end();
await new Promise((r) => out.on("finish", r));
if (range.count !== 3) throw new Error("expected 3 pages, got " + range.count);

// ---------------------------------------------------------------- rendering
// One line per title-block line, heading, paragraph, box title, box paragraph, bullet (no marker), pull quote
// and its attribution; the table as its caption, header row and rows (cells joined with " | ", the footnote
// marker kept in its cell: "45†") and the footnote. Running header and footer left out.
const R = [];
for (const b of B) {
  if (["kicker", "title", "byline", "meta", "h", "p"].includes(b[0])) R.push(b[1]);
  else if (b[0] === "box") R.push(b[1], ...b[2], ...(b[3] ?? []));
  else if (b[0] === "quote") R.push(b[1], b[2]);
  else if (b[0] === "table") R.push(b[1], b[2].join(" | "), ...b[3].map((r) => r.join(" | ")), b[4]);
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt (${R.length} lines)`);
