// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Builds docs/pttg-open-doors-dashboard-looker-2353-11-24.pdf and its rendering in text/.
// Layout: A LOOKER STUDIO (formerly Google Data Studio) REPORT DOWNLOADED AS PDF ("File > Download > PDF",
// all pages, "Add link back to report" ticked): the Open Doors Programme dashboard as at quarter 2
// 2353/54, three canvas pages of 900 x 675 pt, each page what the report's designer drew on the canvas –
// no page numbers, no running header; the report chrome (menus, page navigation) is not printed.
//  - Page 1 "Overview": the title, a DATE RANGE CONTROL printed as its box ("1 Apr 2353 - 30 Sep 2353 ▼")
//    and a DROP-DOWN CONTROL ("Council: All ▼"), then FOUR SCORECARDS (a label over a big number over a
//    comparison with the previous period, "▲ 8.8%" in green or "▼ -3.2%" in red; one number in Looker's
//    COMPACT FORM, "1.2K" for 1,246) and a HORIZONTAL BAR CHART of Changing Places facilities by council
//    whose values are only DATA LABELS at the bars' ends.
//  - Page 2 "Measures by quarter": a PIVOT TABLE (rows Ref and Measure; the column dimension "Quarter"
//    over a TWO-ROW HEADER, each quarter over its Target and Actual), then a TABLE WITH ROW NUMBERS
//    ("1.", "2." …) of status words per quarter on coloured cells, PAGINATED "1 - 8 / 9": the ninth
//    measure's status row is on the table's second page, which a PDF never shows.
//  - Page 3 "Faults and opening hours": a table of faults by council SORTED BY ITS PERCENTAGE COLUMN (↓),
//    PAGINATED "1 - 10 / 12" so the two lowest councils are not printed, with a "Grand total" SUMMARY ROW
//    that counts all twelve; and a scorecard.
// Each page's foot: "Data Last Updated: 20/11/2353 08:14:32" and the link back to the report. Metadata as
// Looker's renderer writes it (Producer "Skia/PDF m128").
// Rendering: each page's name, then every text box, control, scorecard (label | value | comparison), bar
// (council | value) and table row (cells " | ") in reading order, top to bottom and left to right; the
// pagination lines and footers as printed.
// Synthetic test fixture: every figure, council and person is invented.
//   node src/build-dashboard-looker-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, MEASURES, SHOWN_STATUS_ROWS, CP_BY_COUNCIL, FAULTS, FAULTS_SHOWN, FAULTS_TOTAL, COUNCILS, BODY, PROGRAMME } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.dashboard;
const BASE = basename(FILE, extname(FILE));
const PW = 900, PH = 675;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: "Open Doors Programme dashboard", Creator: "Looker Studio", Producer: "Skia/PDF m128", CreationDate: new Date(Date.UTC(2353, 10, 24, 10, 2, 41)) } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const out = [];
const GREY = "#5f6368", DARK = "#202124", LINE = "#dadce0";
const STATUS_FILL = { "On track": "#c6efce", "At risk": "#ffe699", "Off track": "#f4b6b6", Achieved: "#bdd7ee" };
const n = (x) => x.toLocaleString("en-GB");

const txt = (s, x, y, o = {}) => {
  doc.font(o.b ? "b" : "r").fontSize(o.size ?? 9).fillColor(o.color ?? DARK);
  doc.text(s, x, y, { width: o.w, align: o.align ?? "left", lineBreak: !!o.w, lineGap: 0 });
};
const box = (x, y, w, h, fill, stroke = LINE) => { doc.save().rect(x, y, w, h).fillAndStroke(fill, stroke).restore(); };
const footer = () => {
  txt("Data Last Updated: 20/11/2353 08:14:32", 24, PH - 26, { size: 7.5, color: GREY });
  txt("https://lookerstudio.google.com/reporting/9c41e7d2-3b0a-4f6e-8d57-2a1c6b0f3e98", PW - 330, PH - 26, { size: 7.5, color: "#1a73e8" });
  out.push("Data Last Updated: 20/11/2353 08:14:32");
};
const header = (page) => {
  doc.addPage({ size: [PW, PH], margin: 0 });
  doc.save().rect(0, 0, PW, 58).fill("#1f3a5f").restore();
  txt(PROGRAMME, 24, 12, { b: true, size: 17, color: "#ffffff" });
  txt(`Performance dashboard · ${BODY}`, 24, 36, { size: 9.5, color: "#dbe4ee" });
  out.push(PROGRAMME, `Performance dashboard · ${BODY}`);
  txt(page, PW - 250, 20, { b: true, size: 13, color: "#ffffff", w: 226, align: "right" });
  out.push(page);
};
const controls = () => {
  box(24, 70, 190, 24, "#ffffff");
  txt("1 Apr 2353 - 30 Sep 2353 ▼", 32, 77, { size: 9 });
  box(226, 70, 140, 24, "#ffffff");
  txt("Council: All ▼", 234, 77, { size: 9 });
  out.push("1 Apr 2353 - 30 Sep 2353 ▼ | Council: All ▼");
};
const scorecard = (x, y, w, label, value, delta, up) => {
  box(x, y, w, 78, "#ffffff");
  txt(label, x + 10, y + 8, { size: 8.5, color: GREY, w: w - 20 });
  txt(value, x + 10, y + 28, { b: true, size: 22 });
  txt(delta, x + 10, y + 58, { size: 8.5, color: up ? "#137333" : "#c5221f" });
  out.push(`${label} | ${value} | ${delta}`);
};
// a Looker table: widths, header cells, rows; row numbers as "1." when rn; fills per cell
const table = (x, y, widths, head, rows, o = {}) => {
  const W = widths.reduce((a, b) => a + b, 0);
  let yy = y;
  if (o.head2) {
    box(x, yy, W, 18, "#f1f3f4");
    let cx = x;
    for (const [t, span] of o.head2) {
      const cw = widths.slice(span[0], span[1]).reduce((a, b) => a + b, 0);
      cx = x + widths.slice(0, span[0]).reduce((a, b) => a + b, 0);
      if (t) txt(t, cx + 4, yy + 5, { b: true, size: 8, color: GREY, w: cw - 8, align: span[1] - span[0] > 1 ? "center" : "left" });
    }
    out.push(o.head2.filter(([t]) => t).map(([t]) => t).join(" | "));
    yy += 18;
  }
  box(x, yy, W, 20, "#f8f9fa");
  let cx = x;
  head.forEach((h, i) => { txt(h, cx + 4, yy + 6, { b: true, size: 8, color: GREY, w: widths[i] - 8 }); cx += widths[i]; });
  out.push(head.filter((h) => h !== "").join(" | "));
  yy += 20;
  for (const [ri, r] of rows.entries()) {
    const rh = o.rh ?? 20;
    cx = x;
    doc.save().moveTo(x, yy + rh).lineTo(x + W, yy + rh).lineWidth(0.5).stroke(LINE).restore();
    r.forEach((c, i) => {
      const fill = o.fill?.(ri, i, c);
      if (fill) doc.save().rect(cx + 1, yy + 1, widths[i] - 2, rh - 2).fill(fill).restore();
      txt(c, cx + 4, yy + (rh > 20 ? 4 : 6), { size: 8, b: o.bold?.(ri, i), w: widths[i] - 8, align: o.right?.includes(i) ? "right" : "left" });
      cx += widths[i];
    });
    out.push(r.filter((c) => c !== "").join(" | "));
    yy += rh;
  }
  return yy;
};
const pager = (x, y, s) => { txt(`${s}   <   >`, x, y, { size: 8, color: GREY }); out.push(s); };

// ---------------------------------------------------------------- page 1: Overview
header("Overview");
controls();
txt("Quarter 2 2353/54: 1 July to 30 September 2353. Comparisons are with quarter 1.", 384, 77, { size: 9, color: GREY });
out.push("Quarter 2 2353/54: 1 July to 30 September 2353. Comparisons are with quarter 1.");
{
  const m = Object.fromEntries(MEASURES.map((x) => [x.ref, x]));
  const pct = (a, b) => { const d = 100 * (parseFloat(a.replace(/[,%£]/g, "")) / parseFloat(b.replace(/[,%£]/g, "")) - 1); return (d >= 0 ? "▲ " : "▼ ") + d.toFixed(1) + "%"; };
  const cards = [
    ["Public toilets open", m["ODP-01"].a2, pct(m["ODP-01"].a2, m["ODP-01"].a1)],
    ["Changing Places facilities", m["ODP-02"].a2, pct(m["ODP-02"].a2, m["ODP-02"].a1)],
    ["Community Toilet Scheme venues", "1.2K", pct(m["ODP-03"].a2, m["ODP-03"].a1)],
    ["Faults fixed within 5 working days", m["ODP-05"].a2, pct(m["ODP-05"].a2, m["ODP-05"].a1)],
  ];
  cards.forEach(([l, v, d], i) => scorecard(24 + i * 216, 108, 204, l, v, d, d.startsWith("▲")));
}
// bar chart
{
  const x0 = 24, y0 = 204;
  box(x0, y0, 852, 412, "#ffffff");
  txt("Changing Places facilities by council, 30 September 2353", x0 + 12, y0 + 10, { b: true, size: 10 });
  out.push("Changing Places facilities by council, 30 September 2353");
  const max = 6, bw = 560, top = y0 + 36, step = 29;
  CP_BY_COUNCIL.forEach(([c, v], i) => {
    const y = top + i * step;
    txt(COUNCILS[c].short, x0 + 12, y + 6, { size: 8.5, color: GREY, w: 120, align: "right" });
    doc.save().rect(x0 + 142, y + 3, (bw * v) / max, 18).fill("#4285f4").restore();
    txt(String(v), x0 + 148 + (bw * v) / max, y + 7, { size: 8.5 });
    out.push(`${COUNCILS[c].short} | ${v}`);
  });
  txt("Source: councils' quarterly returns. Quarter 2 figures are provisional until the Task Group has considered them.", x0 + 12, y0 + 390, { size: 7.5, color: GREY });
  out.push("Source: councils' quarterly returns. Quarter 2 figures are provisional until the Task Group has considered them.");
}
footer();

// ---------------------------------------------------------------- page 2: Measures by quarter
header("Measures by quarter");
controls();
txt("Target and actual by quarter", 24, 106, { b: true, size: 10 });
out.push("Target and actual by quarter");
let y = table(24, 122, [60, 330, 80, 80, 80, 80], ["Ref", "Measure", "Target", "Actual", "Target", "Actual"],
  MEASURES.map((m) => [m.ref, m.name, m.t1, m.a1, m.t2, m.a2]),
  { head2: [["Quarter", [1, 2]], ["Q1 2353/54", [2, 4]], ["Q2 2353/54", [4, 6]]], right: [2, 3, 4, 5], rh: 17 });
txt("Status by quarter", 24, y + 16, { b: true, size: 10 });
out.push("Status by quarter");
y = table(24, y + 32, [28, 60, 300, 130, 110, 110], ["", "Ref", "Measure", "Lead member", "Q1 status", "Q2 status"],
  MEASURES.slice(0, SHOWN_STATUS_ROWS).map((m, i) => [`${i + 1}.`, m.ref, m.name, m.lead, m.s1, m.s2]),
  { fill: (ri, ci, c) => (ci >= 4 ? STATUS_FILL[c] : null), rh: 17 });
pager(24 + 738 - 70, y + 4, `1 - ${SHOWN_STATUS_ROWS} / ${MEASURES.length}`);
txt("Status is set by the lead officer each quarter: On track (green), At risk (amber), Off track (red), Achieved (blue).", 24, y + 22, { size: 7.5, color: GREY });
out.push("Status is set by the lead officer each quarter: On track (green), At risk (amber), Off track (red), Achieved (blue).");
footer();

// ---------------------------------------------------------------- page 3: Faults and opening hours
header("Faults and opening hours");
controls();
txt("Faults fixed within 5 working days by council, Q2 2353/54", 24, 106, { b: true, size: 10 });
out.push("Faults fixed within 5 working days by council, Q2 2353/54");
{
  const rows = FAULTS.slice(0, FAULTS_SHOWN).map((f, i) => [`${i + 1}.`, COUNCILS[f.c].short, n(f.rep), n(f.fix), f.pct.toFixed(1) + "%"]);
  let yy = table(24, 122, [28, 170, 110, 120, 110], ["", "Council", "Faults reported", "Fixed within 5 days", "% fixed ↓"], rows, { right: [2, 3, 4], rh: 19 });
  // summary row
  box(24, yy, 538, 20, "#f1f3f4");
  const cells = ["Grand total", n(FAULTS_TOTAL.rep), n(FAULTS_TOTAL.fix), ((100 * FAULTS_TOTAL.fix) / FAULTS_TOTAL.rep).toFixed(1) + "%"];
  txt(cells[0], 56, yy + 6, { b: true, size: 8 });
  txt(cells[1], 222 + 4, yy + 6, { b: true, size: 8, w: 102, align: "right" });
  txt(cells[2], 332 + 4, yy + 6, { b: true, size: 8, w: 112, align: "right" });
  txt(cells[3], 452 + 4, yy + 6, { b: true, size: 8, w: 102, align: "right" });
  out.push(cells.join(" | "));
  pager(24 + 538 - 70, yy + 26, `1 - ${FAULTS_SHOWN} / ${FAULTS.length}`);
  txt("Target: 85.0% of reported faults fixed within 5 working days (ODP-05).", 24, yy + 44, { size: 7.5, color: GREY });
  out.push("Target: 85.0% of reported faults fixed within 5 working days (ODP-05).");
}
{
  const m6 = MEASURES.find((m) => m.ref === "ODP-06");
  const d = 100 * (parseFloat(m6.a2) / parseFloat(m6.a1) - 1);
  scorecard(600, 122, 276, "Average daily opening hours, council-run toilets", m6.a2, (d >= 0 ? "▲ " : "▼ ") + d.toFixed(1) + "%", d >= 0);
  txt("Hours a day that council-run toilets are open, averaged over all council-run sites (target 10.0).", 600, 210, { size: 7.5, color: GREY, w: 276 });
  out.push("Hours a day that council-run toilets are open, averaged over all council-run sites (target 10.0).");
}
footer();

doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} rendering lines)`);
