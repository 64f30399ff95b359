// Builds docs/oral-health-task-group-risk-budget-2066-67-q2.pdf (agenda item 6, 18 November 2066) and its rendering
// text/oral-health-task-group-risk-budget-2066-67-q2.txt. An A4 PORTRAIT paper: page 1 the front sheet (labels in a
// left column, values beside them), page 2 the budget table and notes, page 3 Appendix A, THE RISK REGISTER, A TABLE
// TOO WIDE FOR THE PAGE AND SO PRINTED ROTATED 90 DEGREES ANTICLOCKWISE ON THE PORTRAIT PAGE: its title, key, header
// and rows run up the page (read by turning the page a quarter turn clockwise). The page stays portrait (no /Rotate).
// Synthetic test fixture.
//   NODE_MODULES=/work/main/node_modules node src/build-risk-budget-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { OFFICERS, BUDGET, RISKS, money, band, trend, check } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const PDFDocument = createRequire(join(NM, "x.js"))("pdfkit");
const BASE = "oral-health-task-group-risk-budget-2066-67-q2";
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
check();

const doc = new PDFDocument({ size: "A4", margin: 56, autoFirstPage: false, info: { Title: "Risk register and budget monitoring: Quarter 2 2066/67", Author: "Letitia Kewley", Subject: "Oral Health Improvement Task Group, 18 November 2066, item 6" } });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
doc.registerFont("R", FONT);
doc.registerFont("B", BOLD);
const R = []; // rendering

// ---------------- page 1: front sheet
doc.addPage();
doc.rect(0, 0, 595.28, 8).fill("#00693c");
doc.fillColor("#00693c").font("B").fontSize(11).text("Local Government Association", 56, 40);
doc.fillColor("#333").font("R").fontSize(10).text("Oral Health Improvement Task Group", 56, 56);
doc.text("Thursday 18 November 2066", 56, 70);
doc.font("B").text("Agenda item 6", 400, 40, { width: 139, align: "right" });
R.push("Local Government Association", "Oral Health Improvement Task Group", "Thursday 18 November 2066", "Agenda item 6");
doc.fillColor("#000").font("B").fontSize(18).text("Risk register and budget monitoring: Quarter 2 2066/67", 56, 110, { width: 483 });
R.push("Risk register and budget monitoring: Quarter 2 2066/67");
let y = doc.y + 18;
const k = OFFICERS.kewley;
const FS = [
  ["Purpose of report", ["For information and comment."]],
  ["Summary", ["This report sets out spending against the task group's budget of £133,000 for 2066/67 to 30 September 2066, the forecast outturn for the year, and the risk register as reviewed at the end of Quarter 2. A net underspend of £23,150 is forecast, mainly because the commissioned dental access research has been delayed. One risk, OHR-1, is now rated High."]],
  ["Recommendations", ["That the task group:", "(a) notes the forecast outturn of £109,850 against a budget of £133,000, an underspend of £23,150;", "(b) agrees that risk OHR-1 (no national funding for supervised toothbrushing) is escalated to the Community Wellbeing Board; and", "(c) comments on the risk register at Appendix A."]],
  ["Action", ["Officers to take forward as directed by members."]],
  ["Contact officer", [k.name]],
  ["Position", [k.post]],
  ["Phone no", [k.phone]],
  ["Email", [k.email]],
];
for (const [lab, vals] of FS) {
  doc.font("B").fontSize(10).fillColor("#000").text(lab, 56, y, { width: 120 });
  let vy = y;
  for (const v of vals) {
    doc.font("R").fontSize(10).text(v, 186, vy, { width: 353 });
    vy = doc.y + 4;
  }
  R.push(`${lab} | ${vals[0]}`, ...vals.slice(1));
  y = Math.max(vy, y + 16) + 8;
  doc.moveTo(56, y - 5).lineTo(539, y - 5).lineWidth(0.4).strokeColor("#bbbbbb").stroke();
}

// ---------------- page 2: budget
doc.addPage();
doc.fillColor("#000").font("B").fontSize(13).text("Budget monitoring to 30 September 2066", 56, 56);
R.push("Budget monitoring to 30 September 2066");
doc.font("R").fontSize(10).text("The task group's budget for 2066/67 is £133,000, held within the Community Wellbeing programme. Table 1 shows spending to the end of Quarter 2 and the forecast for the year. Underspends are shown in brackets.", 56, 80, { width: 483 });
R.push("The task group's budget for 2066/67 is £133,000, held within the Community Wellbeing programme. Table 1 shows spending to the end of Quarter 2 and the forecast for the year. Underspends are shown in brackets.");
y = doc.y + 12;
doc.font("B").fontSize(10).text("Table 1: Budget 2066/67, Quarter 2", 56, y);
R.push("Table 1: Budget 2066/67, Quarter 2");
y = doc.y + 6;
const bw = [199, 70, 75, 70, 69];
const bx = [56];
for (const w of bw.slice(0, -1)) bx.push(bx[bx.length - 1] + w);
const bhead = ["Budget line", "Budget 2066/67", "Spend to 30 Sep 2066", "Forecast outturn", "Variance"];
const rowB = (cells, bold, shade) => {
  doc.font(bold ? "B" : "R").fontSize(9);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: bw[i] - 8 }))) + 8;
  if (shade) doc.rect(56, y, 483, h).fill(shade);
  doc.fillColor("#000");
  cells.forEach((c, i) => doc.font(bold ? "B" : "R").fontSize(9).text(c, bx[i] + 4, y + 4, { width: bw[i] - 8, align: i === 0 ? "left" : "right" }));
  doc.rect(56, y, 483, h).lineWidth(0.5).strokeColor("#666").stroke();
  for (const x of bx.slice(1)) doc.moveTo(x, y).lineTo(x, y + h).stroke();
  y += h;
  R.push(cells.join(" | "));
};
rowB(bhead, true, "#d9ead3");
const tot = [0, 0, 0];
for (const r of BUDGET) {
  tot[0] += r[1]; tot[1] += r[2]; tot[2] += r[3];
  rowB([r[0], money(r[1]), money(r[2]), money(r[3]), r[3] - r[1] === 0 ? "£0" : money(r[3] - r[1])], false);
}
rowB(["Total", money(tot[0]), money(tot[1]), money(tot[2]), money(tot[2] - tot[0])], true, "#eeeeee");
y += 16;
doc.font("B").fontSize(11).text("Notes on the forecast", 56, y);
R.push("Notes on the forecast");
y = doc.y + 6;
const NOTES = [
  "Dental access research: the £35,000 commission cannot start until NHS England signs the data sharing agreement (tracker item OHT-09, risk OHR-2). The forecast assumes that the first phase, costing £20,000, starts in February 2067. Officers will ask for the remaining £15,000 to be carried forward to 2067/68.",
  "Good practice guides: the fluoride varnish guide (OHT-02) has slipped to January 2067 and the model sugar reduction clause (OHT-13) is waiting for legal advice, so £6,500 of this line is forecast to be unspent.",
  "Webinars: the third webinar will be held online only, saving £1,400.",
  "Toothbrush packs: spending is on profile. 41,260 packs had been handed out by 31 October; the second supplier contracted in August has not changed the unit price.",
];
for (const n of NOTES) {
  doc.font("R").fontSize(10).text(n, 56, y, { width: 483 });
  R.push(n);
  y = doc.y + 6;
}

// ---------------- page 3: Appendix A, rotated
doc.addPage();
R.push("");
const W = 841.89, H = 595.28; // rotated drawing area: x runs up the page, y runs across it from left edge
doc.save();
doc.translate(0, W);
doc.rotate(-90, { origin: [0, 0] });
// now user space is W wide (up the page) and H tall (across the page)
let ry = 40;
doc.fillColor("#00693c").font("B").fontSize(13).text("Appendix A: Risk register, Quarter 2 2066/67", 40, ry);
R.push("Appendix A: Risk register, Quarter 2 2066/67");
ry = doc.y + 3;
const keyLines = [
  "Likelihood (L) and impact (I) are each scored from 1 to 5; the score is L × I. Score bands: 1 to 6 Low, 8 to 12 Medium, 15 to 25 High.",
  "Trend compares the Quarter 2 score with Quarter 1: ▲ Up, ► Same, ▼ Down. Reviewed by officers on 28 October 2066.",
];
for (const kl of keyLines) {
  doc.fillColor("#333").font("R").fontSize(8).text(kl, 40, ry, { width: W - 80 });
  R.push(kl);
  ry = doc.y + 1;
}
ry += 6;
const cw = [38, 150, 92, 18, 18, 34, 34, 44, 42, 118, 118, 56];
const cx = [40];
for (const w of cw.slice(0, -1)) cx.push(cx[cx.length - 1] + w);
const TW = cw.reduce((a, b) => a + b, 0);
const rhead = ["Ref", "Risk", "Owner", "L", "I", "Q1 score", "Q2 score", "Band", "Trend", "Controls in place", "Further action", "Review date"];
const bandShade = { Low: "#d9ead3", Medium: "#fff2cc", High: "#f4cccc" };
const rowR = (cells, bold, shade, bandCol) => {
  doc.font(bold ? "B" : "R").fontSize(7.5);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cw[i] - 6 }))) + 6;
  if (shade) doc.rect(40, ry, TW, h).fill(shade);
  if (bandCol) doc.rect(cx[7], ry, cw[7], h).fill(bandShade[bandCol]);
  doc.fillColor("#000");
  cells.forEach((c, i) => doc.font(bold ? "B" : "R").fontSize(7.5).text(c, cx[i] + 3, ry + 3, { width: cw[i] - 6 }));
  doc.rect(40, ry, TW, h).lineWidth(0.4).strokeColor("#555").stroke();
  for (const x of cx.slice(1)) doc.moveTo(x, ry).lineTo(x, ry + h).stroke();
  ry += h;
  R.push(cells.join(" | "));
};
rowR(rhead, true, "#d9d9d9");
for (const [ref, risk, owner, L, I, q1, controls, action, review] of RISKS) {
  const q2 = L * I;
  const o = OFFICERS[owner];
  rowR([ref, risk, `${o.name}, ${o.post}`, String(L), String(I), String(q1), String(q2), band(q2), trend(q1, q2), controls, action, review], false, null, band(q2));
}
ry += 6;
doc.fillColor("#333").font("R").fontSize(7.5).text("Risks are owned by the officer named; the Head of Programmes reviews the register each quarter before it is reported to the task group.", 40, ry, { width: W - 80 });
R.push("Risks are owned by the officer named; the Head of Programmes reviews the register each quarter before it is reported to the task group.");
if (ry > H - 30) throw new Error("register does not fit: " + ry);
doc.restore();

doc.end();
await new Promise((r) => out.on("finish", r));
writeFileSync(join(root, "text", BASE + ".txt"), R.filter((l, i) => l !== "" || i === 0).join("\n") + "\n");
console.log("wrote", BASE);
