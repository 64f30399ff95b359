// Item 5, 18 November 2071: programme performance report, Quarter 2 2071/72 (A4 portrait PDF, pdfkit).
// Layout: the status of each measure is ONLY a coloured circle; the rating is written in an invisible text
// layer under the circle (text render mode 3, like alt text / an OCR layer): "Amber circle". Beside it a
// direction-of-travel arrow glyph (↑ → ↓, or – for none). The key to colours and arrows is on the last page.
// Writes docs/<perf>.pdf and text/<perf>.txt (reading order; the hidden words are included, since a copy of
// the page and a screen reader give them; running header and page footer left out).
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { FILES, OFFICERS } from "./content.mjs";
import { FONTS, docPath, writeText, loadPdfkit } from "./lib.mjs";

const PDFDocument = await loadPdfkit();
const BASE = FILES.perf.replace(/\.pdf$/, "");
const O = OFFICERS;

const COLOURS = {
  Green: "#2e7d32",
  Amber: "#f0a202",
  Red: "#c62828",
  Blue: "#1565c0",
  Grey: "#9e9e9e",
};

// Ref | Measure or milestone | Target | Position at 30 September 2071 | Status (colour) | Direction | Lead
export const MEASURES = [
  ["CSP-01", "Councils in the licensing readiness network", "250 councils by March 2072", "198 councils (Q1: 161). Eleven councils joined after the September regional events.", "Green", "↑", O.isolde.name],
  ["CSP-02", "Licensing officers completing the foundation training module", "600 officers by March 2072 (300 by September 2071)", "214 officers (Q1: 190), 71% of the mid-year milestone. See exception note 4.1.", "Red", "↑", O.caspar.name],
  ["CSP-03", "LGA response to the DHSC consultation on scheme fees", "Submitted by 27 November 2071", "Consultation opened on 4 September 2071. Draft response being prepared for lead members.", "Green", "→", O.caspar.name],
  ["CSP-04", "Special Treatments Toolkit (second edition) published", "September 2071", "Not published. Legal review of the model byelaws chapter is outstanding. See exception note 4.2.", "Red", "↓", O.leah.name],
  ["CSP-05", "Test purchases completed in the eight enforcement pilot councils", "160 by December 2071", "97 (Q1: 41). Two pilot councils started their visits late.", "Amber", "↑", O.rupert.name],
  ["CSP-06", "Offers of procedures to under-18 test purchasers referred to trading standards within 5 working days", "95%", "88% (Q1: 91%). Three referrals took between 6 and 8 working days.", "Amber", "↓", O.rupert.name],
  ["CSP-07", "Councils responding to the fees and capacity survey", "60% of English councils", "71%. The survey closed on 31 August 2071 and the results were reported in September.", "Blue", "→", O.saoirse.name],
  ["CSP-08", "Councils using the shared complications reporting form", "100 councils by March 2072", "The form was launched on 6 October 2071. First figures will be reported in Quarter 3.", "Grey", "–", O.leah.name],
  ["CSP-09", "Members' briefing sessions held", "4 sessions in 2071/72", "2 held (15 July and 16 September 2071).", "Green", "→", O.priya.name],
  ["CSP-10", "Councils using the Know Your Practitioner campaign materials", "120 councils by December 2071", "84 councils (Q1: 52).", "Amber", "↑", O.leah.name],
  ["CSP-11", "Model practitioner licence conditions agreed with DHSC", "December 2071", "Third draft with DHSC. The conditions on indemnity insurance and on supervision of Band 3 procedures are not yet agreed.", "Amber", "↓", O.isolde.name],
  ["CSP-12", "LGA new burdens evidence submitted to DHSC", "October 2071", "Submitted on 29 September 2071.", "Blue", "↑", O.saoirse.name],
];

// Programme budget 2071/72 (£): line | budget | spend to 30 September 2071 | forecast outturn | variance
export const BUDGET = [
  ["Licensing readiness network", 85000, 38400, 82000],
  ["Officer training programme", 140000, 41250, 118000],
  ["Enforcement pilot (DHSC grant)", 240000, 96800, 240000],
  ["Special Treatments Toolkit", 30000, 4500, 36500],
  ["Know Your Practitioner campaign", 55000, 31900, 55000],
  ["Panel and members' briefings", 12000, 5150, 11000],
];
const sum = (i) => BUDGET.reduce((a, r) => a + r[i], 0);
const fmt = (n) => (n < 0 ? `(${Math.abs(n).toLocaleString("en-GB")})` : n === 0 ? "0" : n.toLocaleString("en-GB"));
const totals = ["Total", sum(1), sum(2), sum(3)];
if (totals[1] !== 562000 || totals[2] !== 218000 || totals[3] !== 542500) throw new Error("budget arithmetic: " + totals);
const budgetRows = [...BUDGET, totals].map((r) => [r[0], fmt(r[1]), fmt(r[2]), fmt(r[3]), fmt(r[3] - r[1])]);

const KEY = [
  ["Green", "On target: the measure is on or ahead of its profile, or the milestone is on schedule."],
  ["Amber", "At risk: behind profile but within 10% of it, or the milestone may slip; action is in hand."],
  ["Red", "Off target: more than 10% behind profile, or the milestone has been missed."],
  ["Blue", "Complete: the target has been met or the milestone delivered."],
  ["Grey", "Not yet due: no figures are expected this quarter."],
];
const ARROWS = [
  ["↑", "Improved since Quarter 1 2071/72"],
  ["→", "No change since Quarter 1 2071/72"],
  ["↓", "Worse than Quarter 1 2071/72"],
  ["–", "No comparison (no figures yet)"],
];

// ---------------------------------------------------------------- layout
const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 60, left: 40, right: 40 }, bufferPages: true,
  info: { Title: "Programme performance report: Quarter 2 2071/72", Author: "Local Government Association", Subject: "Cosmetic Procedures and Special Treatments Panel, 18 November 2071, Item 5", CreationDate: new Date("2071-11-09T15:40:00Z") } });
doc.pipe(createWriteStream(docPath(FILES.perf)));
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
const L = doc.page.margins.left;
const W = doc.page.width - L - doc.page.margins.right;
const bottom = () => doc.page.height - doc.page.margins.bottom;
const out = []; // text rendering

function para(text, { font = "R", size = 9.5, gap = 6, indent = 0, color = "#000", render = true } = {}) {
  doc.font(font).fontSize(size);
  const h = doc.heightOfString(text, { width: W - indent });
  if (doc.y + h > bottom()) doc.addPage();
  doc.fillColor(color).text(text, L + indent, doc.y, { width: W - indent });
  doc.y += gap;
  if (render) out.push(text);
}
function labelled(label, value) {
  doc.font("B").fontSize(9.5);
  const lw = 120;
  const h = Math.max(doc.heightOfString(label, { width: lw - 6 }), doc.font("R").heightOfString(value, { width: W - lw }));
  if (doc.y + h > bottom()) doc.addPage();
  const y = doc.y;
  doc.font("B").fillColor("#000").text(label, L, y, { width: lw - 6 });
  doc.font("R").text(value, L + lw, y, { width: W - lw });
  doc.y = y + h + 5;
  out.push(`${label} ${value}`);
}

function hidden(text, x, y, size = 5) {
  // invisible text (render mode 3) placed under the circle: what a copy or a screen reader gives
  doc.save();
  doc.addContent("3 Tr");
  doc.font("R").fontSize(size).text(text, x, y, { lineBreak: false });
  doc.addContent("0 Tr");
  doc.restore();
}

function table(cols, header, rows, { statusCol = -1, arrowCol = -1, size = 8, boldLast = false, aligns = [], minH = 22 } = {}) {
  const pad = 4;
  const drawHeader = () => {
    doc.font("B").fontSize(size);
    const h = Math.max(...header.map((t, i) => doc.heightOfString(t, { width: cols[i] - 2 * pad }))) + 2 * pad;
    let x = L;
    const y0 = doc.y;
    doc.rect(L, y0, W, h).fill("#23395d");
    header.forEach((t, i) => {
      doc.fillColor("#fff").font("B").fontSize(size).text(t, x + pad, y0 + pad, { width: cols[i] - 2 * pad, align: aligns[i] ?? "left" });
      x += cols[i];
    });
    doc.y = y0 + h;
    doc.fillColor("#000");
  };
  drawHeader();
  out.push(header.join(" | "));
  rows.forEach((r, ri) => {
    const last = boldLast && ri === rows.length - 1;
    doc.font(last ? "B" : "R").fontSize(size);
    const h = Math.max(minH, ...r.map((t, i) => (i === statusCol || i === arrowCol ? 0 : doc.heightOfString(String(t), { width: cols[i] - 2 * pad })))) + 2 * pad;
    if (doc.y + h > bottom()) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (ri % 2 === 1) doc.rect(L, y, W, h).fill("#f2f4f7");
    let x = L;
    r.forEach((t, i) => {
      if (i === statusCol) {
        const cx = x + cols[i] / 2, cy = y + h / 2;
        hidden(`${t} circle`, cx - 9, cy - 2);
        doc.circle(cx, cy, 6.5).fill(COLOURS[t]);
      } else if (i === arrowCol) {
        doc.fillColor("#333").font("B").fontSize(13).text(t, x, y + h / 2 - 8, { width: cols[i], align: "center" });
      } else {
        doc.fillColor("#000").font(last ? "B" : "R").fontSize(size).text(String(t), x + pad, y + pad, { width: cols[i] - 2 * pad, align: aligns[i] ?? "left" });
      }
      x += cols[i];
    });
    doc.moveTo(L, y + h).lineTo(L + W, y + h).lineWidth(0.5).strokeColor("#b0b7c3").stroke();
    doc.y = y + h;
    out.push(r.map((t, i) => (i === statusCol ? `${t} circle` : String(t))).join(" | "));
  });
  doc.y += 10;
}

// ---------------------------------------------------------------- page 1: front sheet
doc.font("B").fontSize(8).fillColor("#23395d").text("LOCAL GOVERNMENT ASSOCIATION", L, 30);
out.push("LOCAL GOVERNMENT ASSOCIATION");
doc.y = 56;
para("Cosmetic Procedures and Special Treatments Panel", { font: "B", size: 12, gap: 2 });
para("18 November 2071", { size: 10, gap: 2 });
para("Item 5", { font: "B", size: 10, gap: 12 });
para("Programme performance report: Quarter 2 2071/72", { font: "B", size: 17, gap: 4, color: "#23395d" });
para("Period covered: 1 July to 30 September 2071", { font: "I", size: 10, gap: 12 });
labelled("Purpose of report", "For decision and noting.");
labelled("Summary", "This report sets out progress against the twelve measures and milestones of the Panel's programme plan for 2071/72 at the end of Quarter 2, and the position of the programme budget at 30 September 2071. Two measures are off target, officer training (CSP-02) and the Special Treatments Toolkit (CSP-04); exception notes for both are at paragraph 4.");
labelled("Is this report confidential?", "No");
labelled("Recommendations", "That the Panel: (a) notes performance at the end of Quarter 2 2071/72; (b) agrees the revised publication date of January 2072 for the Special Treatments Toolkit (CSP-04); and (c) notes the forecast underspend of £19,500 on the programme budget.");
labelled("Action", "Officers to proceed as directed by the Panel.");
labelled("Contact officer", O.isolde.name);
labelled("Position", O.isolde.post);
labelled("Phone no", O.isolde.phone);
labelled("Email", O.isolde.email);
doc.y += 6;
para("Background", { font: "B", size: 11, gap: 4 });
para("1. The Panel agreed its programme plan for 2071/72 at its meeting on 10 June 2071. The plan has twelve measures and milestones, grouped under three aims: getting councils ready to run the national licensing scheme for non-surgical cosmetic procedures; stronger local enforcement against unsafe practice, including procedures offered to under-18s; and updated guidance on special treatments (tattooing, semi-permanent make-up, cosmetic piercing, acupuncture and electrolysis).");
para("2. Table 1 shows the position of each measure at 30 September 2071. The status of each measure is shown by a coloured circle and the arrow beside it compares the position with the end of Quarter 1. The key is on the last page of this report.");
para("3. Most of the programme is on course. The readiness network grew to 198 councils, the fees and capacity survey closed with a response rate of 71%, and the LGA's new burdens evidence went to DHSC ahead of time. Officer training and the Toolkit are behind, and are covered in paragraph 4.");

// ---------------------------------------------------------------- page 2: Table 1
doc.addPage();
para("Table 1: Measures and milestones, Quarter 2 2071/72", { font: "B", size: 10.5, gap: 6 });
table([44, 120, 78, 146, 38, 30, 59], ["Ref", "Measure or milestone", "Target", "Position at 30 September 2071", "Status", "DoT", "Lead officer"], MEASURES, { statusCol: 4, arrowCol: 5, aligns: [, , , , "center", "center"] });

para("Exception notes", { font: "B", size: 11, gap: 4 });
para("4.1 CSP-02 (officer training). 214 officers had completed the foundation module by 30 September 2071, against a mid-year milestone of 300. Take-up is lowest in the North East and the South West, where councils say they cannot release officers for three days without backfill. A second cohort has been added from 2 November 2071, and we have asked DHSC to fund backfill costs. The forecast underspend of £22,000 on the training budget reflects the lower take-up.");
para("4.2 CSP-04 (Special Treatments Toolkit). The chapter on model byelaws for tattooing, semi-permanent make-up, cosmetic piercing, acupuncture and electrolysis needs counsel's review before publication, after changes to the registration regime under the Local Government (Miscellaneous Provisions) Act 1982. At its meeting on 9 September 2071 the Panel asked for a revised date, subject to counsel's advice; officers propose January 2072. The forecast overspend of £6,500 on the Toolkit is the cost of that legal review.");

para("Programme budget", { font: "B", size: 11, gap: 4 });
para("5. The programme budget for 2071/72 is £562,000, including the DHSC grant of £240,000 for the enforcement pilot. Spend to 30 September 2071 was £218,000. Figures in brackets are underspends.");
para("Table 2: Programme budget 2071/72 (£)", { font: "B", size: 10.5, gap: 6 });
table([175, 85, 90, 85, 80], ["Budget line", "Budget 2071/72", "Spend to 30 September 2071", "Forecast outturn", "Variance"], budgetRows, { size: 8.5, boldLast: true, minH: 12, aligns: ["left", "right", "right", "right", "right"] });

para("Implications", { font: "B", size: 11, gap: 4 });
para("6. Financial: the programme is forecast to underspend by £19,500. The DHSC grant for the enforcement pilot is for 2071/72 only; any extension of the pilot after March 2072 would need new funding (see risk CPR-04 in the programme risk register).");
para("7. Equalities: the Know Your Practitioner campaign materials are available in nine community languages. No other equalities implications arise from this report.");
para("Next steps", { font: "B", size: 11, gap: 4 });
para("8. Officers will report Quarter 3 performance to the Panel on 20 January 2072, with the first figures for the complications reporting form (CSP-08).");

// ---------------------------------------------------------------- last page: the key
doc.addPage();
para("Key to Table 1", { font: "B", size: 12, gap: 8 });
para("Status", { font: "B", size: 10, gap: 6 });
for (const [colour, meaning] of KEY) {
  const y = doc.y;
  doc.circle(L + 8, y + 6, 6.5).fill(COLOURS[colour]);
  doc.fillColor("#000").font("B").fontSize(9.5).text(colour, L + 24, y + 1, { width: 50 });
  doc.font("R").text(meaning, L + 80, y + 1, { width: W - 80 });
  doc.y = Math.max(doc.y, y + 16) + 6;
  out.push(`${colour} | ${meaning}`);
}
doc.y += 8;
para("Direction of travel (DoT)", { font: "B", size: 10, gap: 6 });
for (const [arrow, meaning] of ARROWS) {
  const y = doc.y;
  doc.fillColor("#333").font("B").fontSize(13).text(arrow, L, y - 2, { width: 18, align: "center" });
  doc.fillColor("#000").font("R").fontSize(9.5).text(meaning, L + 24, y + 1, { width: W - 24 });
  doc.y = Math.max(doc.y, y + 14) + 6;
  out.push(`${arrow} | ${meaning}`);
}

// ---------------------------------------------------------------- running header and footer (not rendered)
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins;
  doc.page.margins = { ...m, bottom: 0, top: 0 };
  if (i > 0) doc.font("R").fontSize(7.5).fillColor("#555").text("Cosmetic Procedures and Special Treatments Panel  |  18 November 2071  |  Item 5", L, 30, { width: W, align: "right", lineBreak: false });
  doc.font("R").fontSize(7.5).fillColor("#555").text(`Page ${i + 1} of ${range.count}`, L, doc.page.height - 36, { width: W, align: "center", lineBreak: false });
  doc.page.margins = m;
}
doc.end();
writeText(BASE, out);
console.log(`wrote docs/${FILES.perf} (${range.count} pages) and text/${BASE}.txt`);
