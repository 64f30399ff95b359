// Builds docs/acgtg-pilots-interim-evaluation-slides-2361-11-15.pdf and its rendering in text/.
// Layout: A LATEX BEAMER SLIDE DECK AS PDFTEX WRITES IT (16:9 frames of 160 x 90 mm, an "infolines"
// outer theme like Madrid's): a headline of two boxes (the section on the left, the deck's short title
// on the right), a frame title in a rounded bar, and A FOOTLINE OF THREE BOXES – the authors' short
// names and institution, the short title, the date and "n / 9" – with Beamer's navigation symbols drawn
// as small vector glyphs (no text) at the bottom right. THE DECK WAS COMPILED WITHOUT THE "handout"
// OPTION, SO ITS OVERLAYS ARE SEPARATE PAGES: nine frames make twelve pages. "Key findings" (frame 4)
// is three pages, its bullets uncovered one by one (\pause), and "Results by pilot" (frame 5) is two,
// its table's rows revealed three at a time (\onslide), so earlier pages carry only part of a list or a
// table and the footline's frame number stays "4 / 9" and "5 / 9" across them. Blocks (block,
// alertblock) with coloured title bars; a bar chart drawn in TikZ (bars as rectangles, percentages as
// labels); a table of the six pilots; a footnote mark in a table cell. Info: Creator "LaTeX with Beamer
// class", Producer "pdfTeX-1.40.26".
// Rendering: page by page (overlay pages each as they stand), the frame title and then the body in
// reading order, table rows as cells " | "; the title page in full; headline, footline and navigation
// symbols left out.
// Synthetic test fixture: every pilot, figure and person is invented.
//   node src/build-pilots-beamer-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, PILOTS, PLACES, HOUSED, GUESTS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.slides;
const mm = (x) => (x * 72) / 25.4;
const PW = mm(160), PH = mm(90);
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: "Community growing pilots: interim evaluation", Author: "Ingrid Halvorsen-Pike, Kwabena Ashworth-Lyle", Subject: "Report to the Allotments and Community Growing Task Group, 15 November 2361", Keywords: "allotments, community growing, evaluation", Creator: "LaTeX with Beamer class", Producer: "pdfTeX-1.40.26" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf"));

const BLUE = "#33337f", LIGHT = "#e6e6f2", MID = "#b3b3d9", DARK = "#1f1f5c", RED = "#bf1f1f";
const SHORT_AUTH = "Halvorsen-Pike & Ashworth-Lyle (Wexcombe)";
const SHORT_TITLE = "Community growing pilots";
const DATE = "15 November 2361";
const N = 9;
const text = [];
const out = (s) => text.push(s);

function furniture(frameNo, section) {
  // headline
  doc.rect(0, 0, PW / 2, 9).fill(DARK);
  doc.rect(PW / 2, 0, PW / 2, 9).fill(BLUE);
  doc.font("r").fontSize(5.5).fillColor("white");
  if (section) doc.text(section, 6, 2.2, { width: PW / 2 - 12, lineBreak: false });
  doc.text(SHORT_TITLE, PW / 2 + 6, 2.2, { width: PW / 2 - 12, align: "right", lineBreak: false });
  // footline
  const y = PH - 9;
  doc.rect(0, y, PW / 3, 9).fill(DARK);
  doc.rect(PW / 3, y, PW / 3, 9).fill(BLUE);
  doc.rect((2 * PW) / 3, y, PW / 3, 9).fill(MID);
  doc.fillColor("white").fontSize(5.2);
  doc.text(SHORT_AUTH, 4, y + 2.3, { width: PW / 3 - 8, align: "center", lineBreak: false });
  doc.text(SHORT_TITLE, PW / 3 + 4, y + 2.3, { width: PW / 3 - 8, align: "center", lineBreak: false });
  doc.fillColor(DARK).text(DATE, (2 * PW) / 3 + 6, y + 2.3, { width: 80, lineBreak: false });
  doc.text(`${frameNo} / ${N}`, PW - 36, y + 2.3, { width: 30, align: "right", lineBreak: false });
  // navigation symbols: triangles and boxes, no text
  doc.save().fillColor("#aaaacc").strokeColor("#aaaacc").lineWidth(0.4);
  let x = PW - 74;
  for (let k = 0; k < 5; k++) {
    doc.polygon([x, y - 4], [x + 2.5, y - 5.5], [x + 2.5, y - 2.5]).fill();
    doc.rect(x + 3.5, y - 6, 3, 4).stroke();
    doc.polygon([x + 9.5, y - 4], [x + 7, y - 5.5], [x + 7, y - 2.5]).fill();
    x += 13;
  }
  doc.restore();
}
function frameTitle(t) {
  doc.roundedRect(5, 12, PW - 10, 15, 3).fill(BLUE);
  doc.font("b").fontSize(10).fillColor("white").text(t, 10, 15.5, { width: PW - 20, lineBreak: false });
  out(t);
}
function bullets(items, y, o = {}) {
  const x = o.x ?? 16, w = o.w ?? PW - 34;
  for (const s of items) {
    doc.save().fillColor(BLUE).polygon([x - 7, y + 2], [x - 2.5, y + 4.3], [x - 7, y + 6.6]).fill().restore();
    doc.font("r").fontSize(o.fs ?? 8.5).fillColor("black").text(s, x, y, { width: w });
    y = doc.y + (o.gap ?? 5);
    out(s);
  }
  return y;
}
function block(title, lines, y, o = {}) {
  const colour = o.alert ? RED : BLUE;
  const x = o.x ?? 10, w = o.w ?? PW - 20;
  doc.roundedRect(x, y, w, 11, 2).fill(colour);
  doc.font("b").fontSize(8).fillColor("white").text(title, x + 4, y + 2, { width: w - 8, lineBreak: false });
  out(title);
  let yy = y + 14;
  const top = y + 11;
  // body background first (estimated height), then text
  const h = o.h ?? 14 + lines.length * 12;
  doc.rect(x, top, w, h - 11).fill(LIGHT);
  for (const [k, s] of lines.entries()) {
    const label = o.numbered ? `${k + 1}.` : "";
    if (o.numbered) doc.font("b").fontSize(8).fillColor(colour).text(label, x + 5, yy, { width: 10, lineBreak: false });
    else doc.save().fillColor(colour).polygon([x + 6, yy + 2], [x + 10, yy + 4.2], [x + 6, yy + 6.4]).fill().restore();
    doc.font("r").fontSize(8).fillColor("black").text(s, x + 15, yy, { width: w - 22 });
    yy = doc.y + 3;
    out(o.numbered ? `${label} ${s}` : s);
  }
  return top + h;
}
function table(head, rows, y, widths, o = {}) {
  const x0 = o.x ?? 10;
  const fs = o.fs ?? 6.8;
  const rowH = o.rowH ?? 11;
  doc.moveTo(x0, y).lineTo(x0 + widths.reduce((a, b) => a + b), y).lineWidth(0.8).strokeColor("black").stroke();
  const drawRow = (cells, yy, font) => {
    let x = x0;
    for (const [k, c] of cells.entries()) {
      doc.font(font).fontSize(fs).fillColor("black").text(c, x + 2, yy + 2.5, { width: widths[k] - 4, lineBreak: false, align: k === 0 ? "left" : o.align?.[k] ?? "left" });
      x += widths[k];
    }
    out(cells.filter((c) => c !== "").join(" | "));
  };
  drawRow(head, y, "b");
  y += rowH;
  doc.moveTo(x0, y).lineTo(x0 + widths.reduce((a, b) => a + b), y).lineWidth(0.4).stroke();
  for (const r of rows) {
    drawRow(r.cells, y, r.bold ? "b" : "r");
    y += rowH;
    if (r.rule) doc.moveTo(x0, y).lineTo(x0 + widths.reduce((a, b) => a + b), y).lineWidth(0.4).stroke();
  }
  doc.moveTo(x0, y).lineTo(x0 + widths.reduce((a, b) => a + b), y).lineWidth(0.8).stroke();
  return y;
}
const page = (frameNo, section, title) => {
  doc.addPage({ size: [PW, PH], margin: 0 });
  furniture(frameNo, section);
  if (title) frameTitle(title);
};

// ---------------------------------------------------------------- 1 title page
page(1, "", null);
doc.roundedRect(20, 30, PW - 40, 40, 4).fill(BLUE);
doc.font("b").fontSize(13).fillColor("white").text("Community growing pilots: interim evaluation", 24, 37, { width: PW - 48, align: "center" });
doc.font("r").fontSize(8).text("Report to the Allotments and Community Growing Task Group", 24, 56, { width: PW - 48, align: "center" });
out("Community growing pilots: interim evaluation");
out("Report to the Allotments and Community Growing Task Group");
doc.font("r").fontSize(8.5).fillColor("black").text(`${GUESTS[0].name}   ${GUESTS[1].name}`, 20, 84, { width: PW - 40, align: "center" });
out(`${GUESTS[0].name} ${GUESTS[1].name}`);
doc.fontSize(7).text("Centre for Urban Food Systems, University of Wexcombe", 20, 100, { width: PW - 40, align: "center" });
out("Centre for Urban Food Systems, University of Wexcombe");
doc.fontSize(7.5).text(DATE, 20, 116, { width: PW - 40, align: "center" });
out(DATE);
doc.fontSize(6).fillColor("#555555").text("Interim findings to 30 September 2361. Not for citation before the final report.", 20, 140, { width: PW - 40, align: "center" });
out("Interim findings to 30 September 2361. Not for citation before the final report.");

// ---------------------------------------------------------------- 2 outline
page(2, "", "Outline");
doc.font("r").fontSize(9).fillColor("black");
let y = 40;
for (const [k, s] of ["Background: the six pilots", "Findings: places, costs and what plot-holders told us", "Next steps: risks and recommendations"].entries()) {
  doc.save().circle(22, y + 4.5, 5).fill(BLUE).restore();
  doc.font("b").fontSize(7).fillColor("white").text(String(k + 1), 19.6, y + 1.5, { width: 5, lineBreak: false });
  doc.font("r").fontSize(9).fillColor("black").text(s, 32, y, { width: PW - 50 });
  out(`${k + 1} ${s}`);
  y += 20;
}

// ---------------------------------------------------------------- 3 the pilots
page(3, "Background", "The six pilots");
const MODELS = [
  ["Kestermouth starter plots", "Kestermouth", "Half-size plots for new tenants", "April 2361"],
  ["Oxlade Vale plot sharing", "Oxlade Vale", "Applicants matched with plot-holders with spare ground", "March 2361"],
  ["Harnwick school growing", "Harnwick", "Plots run with eight primary schools", "April 2361"],
  ["Dunholt community orchard", "Dunholt", "Orchard of 60 trees on council land", "February 2361"],
  ["Sallowfield meanwhile site", "Sallowfield", "Temporary plots on a cleared housing site", "May 2361"],
  ["Brindleford rooftop growing", "Brindleford", "Raised beds on a car park roof", "June 2361"],
];
y = table(["Pilot", "Council", "Model", "Started"], MODELS.map((cells) => ({ cells })), 33, [106, 52, 216, 58]);
doc.font("i").fontSize(6.5).fillColor("#333333").text("Evaluation period: from the start of each pilot to 30 September 2361. Methods: site records, costs from councils, survey of plot-holders (September 2361).", 10, y + 6, { width: PW - 20 });
out("Evaluation period: from the start of each pilot to 30 September 2361. Methods: site records, costs from councils, survey of plot-holders (September 2361).");

// ---------------------------------------------------------------- 4 key findings (three overlay pages)
const FINDINGS = [
  "Starter plots housed the most applicants (96) at a moderate cost (£410 a place).",
  "Plot sharing was the cheapest model (£95 a place) but depends on one volunteer coordinator.",
  "The meanwhile site kept the fewest growers (63% at six months): tenants were unsure how long they could stay.",
];
for (let k = 1; k <= 3; k++) {
  page(4, "Findings", "Key findings");
  bullets(FINDINGS.slice(0, k), 38, { gap: 8, fs: 9 });
}

// ---------------------------------------------------------------- 5 results by pilot (two overlay pages)
const RES_HEAD = ["Pilot", "New places", "Applicants housed", "Cost per place", "Still growing at six months"];
const resRows = PILOTS.map((p) => ({ cells: [p.name + (p.housed === "–" ? "*" : ""), String(p.places), p.housed, p.cost, p.still] }));
for (let k of [3, 6]) {
  page(5, "Findings", "Results by pilot");
  const rows = resRows.slice(0, k);
  if (k === 6) rows.push({ cells: ["All pilots", String(PLACES), String(HOUSED), "", ""], bold: true });
  const yy = table(RES_HEAD, rows, 33, [112, 56, 76, 64, 110], { align: [null, "right", "right", "right", "right"] });
  if (k === 6) {
    doc.font("r").fontSize(6).fillColor("#333333").text("* School places are not offered to waiting-list applicants.", 10, yy + 5, { width: PW - 20 });
    out("* School places are not offered to waiting-list applicants.");
  }
}

// ---------------------------------------------------------------- 6 survey
page(6, "Findings", "What plot-holders told us");
doc.font("r").fontSize(8).fillColor("black").text("Survey of plot-holders in the six pilots, September 2361: 412 responses (38% response rate).", 10, 32, { width: PW - 20 });
out("Survey of plot-holders in the six pilots, September 2361: 412 responses (38% response rate).");
doc.font("b").fontSize(7.5).text("Would recommend their pilot to a friend: 86%", 10, 46, { width: 200 });
out("Would recommend their pilot to a friend: 86%");
doc.font("b").fontSize(7.5).text("Main barrier to growing more", 10, 60, { width: 200 });
out("Main barrier to growing more");
const BARS = [["Time", 44], ["Cost", 21], ["Distance", 17], ["Health", 9], ["Other", 9]];
y = 74;
for (const [lab, v] of BARS) {
  doc.font("r").fontSize(7).fillColor("black").text(lab, 12, y + 1, { width: 40, lineBreak: false });
  doc.rect(55, y, v * 3.2, 8).fill(BLUE);
  doc.font("r").fontSize(6.5).fillColor("black").text(`${v}%`, 58 + v * 3.2, y + 1.2, { width: 30, lineBreak: false });
  out(`${lab} ${v}%`);
  y += 12;
}

// ---------------------------------------------------------------- 7 risks
page(7, "Next steps", "Risks to keeping the pilots going");
block("Risks", [
  "Pilot funding ends on 31 March 2362; no council has yet budgeted to continue its pilot.",
  "Plot sharing in Oxlade Vale depends on one volunteer coordinator.",
  "The Sallowfield site's licence ends in October 2362.",
], 34, { alert: true, h: 60 });

// ---------------------------------------------------------------- 8 recommendations
page(8, "Next steps", "Recommendations");
block("We recommend that the Task Group", [
  "Offer half-size starter plots in all 12 councils.",
  "Fund a paid coordinator for plot sharing (about £18,000 a year).",
  "Give meanwhile sites a licence of at least five years.",
  "Do not extend rooftop growing without capital funding (£2,300 a place).",
], 34, { numbered: true, h: 66 });

// ---------------------------------------------------------------- 9 next steps
page(9, "Next steps", "Next steps and contact");
y = bullets([
  "Final report to the Task Group: April 2362, with the cost per plot-holder still growing at 12 months.",
  "Site visits to Kestermouth and Sallowfield in February 2362.",
], 38, { gap: 6 });
doc.font("r").fontSize(8).fillColor("black").text(`Questions: ${GUESTS[0].email}`, 16, y + 6, { width: PW - 30 });
out(`Questions: ${GUESTS[0].email}`);

doc.end();
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
