// Builds docs/gscca-calendar-of-meetings-2186-87-year-planner-v4.pdf and its rendering in text/.
// Layout: A "CALENDAR OF MEETINGS" PRINTED AS A ONE-PAGE YEAR PLANNER (A3 landscape, as a design tool
// exports it): a title block, then A GRID OF TWELVE MONTH ROWS (May 2186 to April 2187) BY 37 DAY COLUMNS,
// the columns headed only by weekday initials repeated across the top ("Mo Tu We Th Fr Sa Su Mo …"), each
// month's 1st placed under its weekday, so that a date's weekday is known only from its column. A cell
// holds its bare day number and, under it, the CODE of any meeting that day in bold on a coloured block
// ("JSNAC", "NP", "CAB" …), "BH" for bank holidays, "(R)" under a reserve date; weekends shaded grey.
// Under the grid a KEY TABLE gives each code its body, start time and venue, and NUMBERED NOTES say which
// meetings moved or were cancelled since the last version (the old dates appear nowhere in the grid).
// Rendering: the title lines; the weekday header row as cells; each month row as its label then each day
// cell "d" or "d CODE" (" | " between cells); the key rows as cells; the notes a line each; the footer.
// Synthetic test fixture: every body, meeting, date and venue is invented.
//   node src/build-year-planner-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, CA, KEY, EVENTS, BANK_HOLIDAYS, NOTES, OFFICERS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.planner;
const BASE = basename(FILE, extname(FILE));
const PW = 1190.55, PH = 841.89, ML = 30;
const doc = new PDFDocument({
  size: [PW, PH], margin: 0, autoFirstPage: false,
  info: { Title: "Calendar of Meetings 2186/87 - version 4", Author: "Democratic Services", Subject: "Year planner of meetings, May 2186 to April 2187", Creator: "Adobe InDesign 19.2 (Windows)", Producer: "Adobe PDF Library 17.0" },
});
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.addPage({ size: [PW, PH], margin: 0 });
const out = [];
const INK = "#1F1F1F";

// ---------------------------------------------------------------- title block
doc.font("b").fontSize(18).fillColor("#1F3864").text(CA, ML, 24, { lineBreak: false });
out.push(CA);
const sub = "Calendar of Meetings 2186/87 (May 2186 to April 2187)";
doc.font("r").fontSize(13).fillColor(INK).text(sub, ML, 48, { lineBreak: false });
out.push(sub);
const ver = "Version 4 – published 10 October 2186";
doc.font("b").fontSize(9).fillColor("#C00000").text(ver, PW - ML - 300, 30, { width: 300, align: "right", lineBreak: false });
out.push(ver);

// ---------------------------------------------------------------- the grid
const byDate = {};
for (const [code, dates] of Object.entries(EVENTS)) for (const d of dates) {
  const iso = d.slice(0, 10);
  (byDate[iso] ??= []).push(code);
  if (d.endsWith("(R)")) byDate[iso].push("(R)");
}
for (const d of BANK_HOLIDAYS) (byDate[d] ??= []).push("BH");
const FILL = { CAB: "#D9E2F3", JSNAC: "#FFE699", NP: "#E2EFDA", AGS: "#FCE4D6", OSC: "#E4DFEC", TC: "#DDEBF7", AF: "#FFF2CC", BH: "#F4CCCC", "(R)": "#FFE699" };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const LW = 64, NCOL = 37, CW = (PW - 2 * ML - LW) / NCOL, TOP = 78, HH = 14, RH = 34;
const dt = (y, m, d) => new Date(Date.UTC(y, m - 1, d, 12));
const dow = (date) => (date.getUTCDay() + 6) % 7;
const months = [];
for (let i = 0; i < 12; i++) months.push(i < 8 ? [2186, 5 + i] : [2187, i - 7]);
// header row
doc.rect(ML, TOP, LW + NCOL * CW, HH).fillColor("#1F3864").fill();
const head = [];
for (let c = 0; c < NCOL; c++) {
  const t = DAYS[c % 7];
  doc.font("b").fontSize(7).fillColor("#FFFFFF").text(t, ML + LW + c * CW, TOP + 3.5, { width: CW, align: "center", lineBreak: false });
  head.push(t);
}
out.push(head.join(" | "));
for (const [r, [y, m]] of months.entries()) {
  const top = TOP + HH + r * RH;
  const label = `${MONTHS[m - 1]} ${y}`;
  doc.rect(ML, top, LW, RH).fillColor(r % 2 ? "#F2F2F2" : "#FFFFFF").fill();
  doc.font("b").fontSize(8).fillColor(INK).text(label, ML + 4, top + RH / 2 - 5, { width: LW - 6, lineBreak: false });
  const cells = [label];
  const first = dow(dt(y, m, 1));
  const ndays = new Date(Date.UTC(y, m, 0)).getUTCDate();
  for (let c = 0; c < NCOL; c++) {
    const x = ML + LW + c * CW;
    const d = c - first + 1;
    const inMonth = d >= 1 && d <= ndays;
    const weekend = c % 7 >= 5;
    if (!inMonth) { doc.rect(x, top, CW, RH).fillColor("#BFBFBF").fill(); continue; }
    const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const codes = byDate[iso] ?? [];
    doc.rect(x, top, CW, RH).fillColor(codes.includes("BH") ? FILL.BH : weekend ? "#E7E6E6" : "#FFFFFF").fill();
    doc.font("r").fontSize(6.5).fillColor(INK).text(String(d), x + 2, top + 2, { lineBreak: false });
    let line = 0;
    for (const code of codes) {
      const cy = top + 11 + line * 10;
      if (code !== "BH" && code !== "(R)") doc.rect(x + 1.5, cy - 1, CW - 3, 9).fillColor(FILL[code]).fill();
      doc.font("b").fontSize(code.length > 4 ? 6.3 : 7).fillColor(code === "BH" ? "#9C0006" : INK).text(code, x, cy, { width: CW, align: "center", lineBreak: false });
      line++;
    }
    cells.push([String(d), ...codes].join(" "));
  }
  out.push(cells.join(" | "));
}
// grid lines
doc.lineWidth(0.4).strokeColor("#7F7F7F");
for (let r = 0; r <= 12; r++) doc.moveTo(ML, TOP + HH + r * RH).lineTo(ML + LW + NCOL * CW, TOP + HH + r * RH).stroke();
for (let c = 0; c <= NCOL; c++) doc.moveTo(ML + LW + c * CW, TOP).lineTo(ML + LW + c * CW, TOP + HH + 12 * RH).stroke();
doc.moveTo(ML, TOP).lineTo(ML, TOP + HH + 12 * RH).stroke();

// ---------------------------------------------------------------- key
let y = TOP + HH + 12 * RH + 14;
doc.font("b").fontSize(10).fillColor("#1F3864").text("Key", ML, y, { lineBreak: false });
out.push("Key");
y += 15;
const KW = [44, 300, 58, 200];
const keyRows = [["Code", "Meeting", "Time", "Venue"], ...KEY];
for (const [i, row] of keyRows.entries()) {
  let x = ML;
  if (i === 0) doc.rect(ML, y - 2, KW.reduce((a, b) => a + b), 13).fillColor("#D9D9D9").fill();
  else if (FILL[row[0]]) doc.rect(ML, y - 2, KW[0], 13).fillColor(FILL[row[0]]).fill();
  for (const [j, t] of row.entries()) {
    if (t) doc.font(i === 0 || j === 0 ? "b" : "r").fontSize(7.5).fillColor(INK).text(t, x + 3, y + 1, { width: KW[j] - 6, lineBreak: false });
    x += KW[j];
  }
  doc.lineWidth(0.3).strokeColor("#A6A6A6").moveTo(ML, y + 11).lineTo(ML + KW.reduce((a, b) => a + b), y + 11).stroke();
  out.push(row.filter((t) => t !== "").join(" | "));
  y += 13;
}
const shade = "Grey cells: Saturdays and Sundays. Dark grey: no such date.";
doc.font("r").fontSize(7.5).fillColor(INK).text(shade, ML, y + 4, { lineBreak: false });
out.push(shade);

// ---------------------------------------------------------------- notes
const NX = ML + 640, NWID = PW - ML - NX;
let ny = TOP + HH + 12 * RH + 14;
doc.font("b").fontSize(10).fillColor("#1F3864").text("Notes", NX, ny, { lineBreak: false });
out.push("Notes");
ny += 15;
for (const [i, n] of NOTES.entries()) {
  const t = `${i + 1}. ${n}`;
  doc.font("r").fontSize(7.5).fillColor(INK).text(t, NX, ny, { width: NWID });
  ny = doc.y + 3;
  out.push(t);
}

// ---------------------------------------------------------------- footer
const foot = `Democratic Services, Skelderby Civic Hall · ${OFFICERS.dewsnap.email} · ${OFFICERS.dewsnap.phone} · Meetings are open to the public unless the agenda says otherwise.`;
doc.font("r").fontSize(7).fillColor("#595959").text(foot, ML, PH - 26, { lineBreak: false });
out.push(foot);

doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
