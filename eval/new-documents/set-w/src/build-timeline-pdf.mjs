// Builds docs/heat-networks-commission-zoning-programme-timeline-2029-06-20.pdf (the Heat Networks Commission,
// Wednesday 20 June 2029, item 4: "Zoning support programme 2029/30: timeline at 8 June 2029" by Fergus
// Macquarrie, made with pdfkit) and its plain-text rendering text/<same base>.txt from the same content.
//
//   node src/build-timeline-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 LANDSCAPE, 3 pages, DejaVu Sans / Sans Condensed (embedded).
//  - Page 1: masthead (board left; date and item right), title, then TWO COLUMNS SIDE BY SIDE: the front sheet
//    with bold run-in labels on the left; on the right "How to read the timeline", a KEY OF COLOURED SWATCHES (bar
//    colours for the statuses, the outlined baseline bar, the filled and hollow diamonds, the dashed report-date
//    line, the workstream bracket) and a small table of counts by status with a total.
//  - Page 2: FIGURE 1, A GANTT CHART drawn as in a project-planning tool: a grid whose left part is a table (ID |
//    Task or milestone | Lead | Start | Finish | Status, the status a word after a coloured dot) and whose right
//    part is a TIMELINE OF TWELVE MONTH COLUMNS (a "2029" band over Apr–Dec and "2030" over Jan–Mar). Workstream
//    rows (ZS1–ZS5) are bold on a tint with a black SUMMARY BRACKET spanning their tasks; each task has a BAR
//    COLOURED BY STATUS between its dates; each milestone is a DIAMOND with its date beside it ("14 Dec"); where a
//    date has moved since the plan agreed on 7 March 2029 a thin OUTLINED BASELINE BAR (tasks) or HOLLOW DIAMOND
//    (milestones) shows the old dates, labelled "was 14 Sep"; a DASHED VERTICAL LINE marks the report date,
//    8 June 2029. Which months a task spans is otherwise only in the bars' positions.
//  - Page 3: Table 2, the four changed dates (ID | Task | Agreed on 7 March 2029 | Now | Reason; ruled, reasons
//    wrapping in their cell), then "Risks to the timeline" as numbered paragraphs and the date of the next report.
//  A running header on pages 2–3 and a "Page n of 3" footer, drawn last on every page.
// Rendering: masthead lines, title; front sheet "Label: value" lines with (a)–(c) one a line; the key's lines and
// the counts table rows; the Gantt's header row and month band as two lines, then one line per row: its non-empty
// cells joined with " | ", followed by the chart labels of that row (milestone date, "was …"); the report-date
// label; Table 2's rows with cells joined with " | "; the numbered paragraphs with their numbers. The running
// header and the footers are dropped. Every text is drawn in rendering order (checked by check-gold).
// Synthetic test fixture: the programme, tasks, dates and people are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "heat-networks-commission-zoning-programme-timeline-2029-06-20";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const BOARD = "Heat Networks Commission";
const WHEN = "Wednesday 20 June 2029";
const ITEM = "Item 4";
const TITLE = "Zoning support programme 2029/30: timeline at 8 June 2029";
const FRONT = [
  ["Purpose of report:", ["For decision."]],
  ["Summary:", ["On 7 March 2029 the Commission agreed the delivery plan for the zoning support programme in 2029/30 and asked to see progress as a timeline at each meeting. Figure 1 shows the programme at 8 June 2029. Of its 17 tasks and milestones, 4 are complete, 6 are on track, 3 are at risk and 1 is late; 3 have not started. Four dates have moved since March (Table 2)."]],
  ["Recommendations:", ["That the Commission:", "(a) notes progress on the zoning support programme at 8 June 2029;", "(b) agrees the revised dates in Table 2, including publication of the zone coordinator guidance on 30 November 2029; and", "(c) notes that the £13,150 carried forward from 2028/29 will pay for external legal support for the review of the guidance."]],
  ["Contact officer:", ["Fergus Macquarrie"]],
  ["Position:", ["Programme Manager (Zoning Support)"]],
  ["Phone no:", ["020 7946 0674"]],
  ["Email:", ["fergus.macquarrie@local.gov.uk"]],
];
const STATUS_COL = { Complete: "#2B6CB0", "On track": "#2F855A", "At risk": "#D69E2E", Late: "#C53030", "Not started": "#A0AEC0" };
const KEY_H = "How to read the timeline";
const KEY = [
  ["bar", "Complete", "Blue bar: complete"],
  ["bar", "On track", "Green bar: on track"],
  ["bar", "At risk", "Amber bar: at risk of missing its finish date"],
  ["bar", "Late", "Red bar: past its agreed finish date"],
  ["bar", "Not started", "Grey bar: not started"],
  ["base", null, "Outlined bar beneath a task: the dates agreed on 7 March 2029, shown only where they have changed"],
  ["dia", null, "Diamond: a milestone, with its date"],
  ["hollow", null, "Hollow diamond: a milestone’s date as agreed on 7 March 2029, where it has moved"],
  ["today", null, "Dashed line: 8 June 2029, the date of this report"],
  ["bracket", null, "Black bracket: the span of a workstream"],
];
const COUNT_H = ["Status", "Tasks and milestones"];
// rows: ["ws", id, name, lead, start, finish] | ["t", id, name, lead, start, finish, status, baseStart?, baseFinish?] | ["m", id, name, lead, date, status, baseDate?]
const ROWS = [
  ["ws", "ZS1", "Zone coordinator guidance", "Imogen Thirkettle", "2029-04-02", "2029-11-30"],
  ["t", "ZS1.1", "Evidence review and survey of pilot councils", "Imogen Thirkettle", "2029-04-02", "2029-05-25", "Complete"],
  ["t", "ZS1.2", "Draft guidance and member workshop", "Imogen Thirkettle", "2029-05-28", "2029-08-31", "On track"],
  ["t", "ZS1.3", "Legal review of the draft guidance", "Tobias Leadbitter", "2029-09-03", "2029-11-16", "At risk", "2029-07-02", "2029-09-14"],
  ["m", "ZS1.4", "Publish zone coordinator guidance", "Imogen Thirkettle", "2029-11-30", "At risk", "2029-09-28"],
  ["ws", "ZS2", "Peer support for zoning pilot councils", "Fergus Macquarrie", "2029-04-02", "2030-03-29"],
  ["t", "ZS2.1", "Recruit and train 12 peer mentors", "Fergus Macquarrie", "2029-04-02", "2029-05-18", "Complete"],
  ["t", "ZS2.2", "Peer support visits to the 28 pilot councils", "Fergus Macquarrie", "2029-05-21", "2030-03-29", "On track"],
  ["m", "ZS2.3", "Interim learning report", "Fergus Macquarrie", "2029-12-14", "On track"],
  ["ws", "ZS3", "Heat Network Feasibility Fund", "Hebe Catterall", "2029-04-03", "2029-12-12"],
  ["t", "ZS3.1", "Round 1 open for bids", "Hebe Catterall", "2029-04-03", "2029-05-18", "Complete"],
  ["t", "ZS3.2", "Round 1 assessment and moderation", "Hebe Catterall", "2029-05-21", "2029-06-08", "Complete"],
  ["m", "ZS3.3", "Round 1 awards to the Commission", "Hebe Catterall", "2029-06-20", "On track"],
  ["t", "ZS3.4", "Round 2 open for bids", "Hebe Catterall", "2029-10-01", "2029-11-16", "Not started"],
  ["m", "ZS3.5", "Round 2 awards to the Commission", "Hebe Catterall", "2029-12-12", "On track"],
  ["ws", "ZS4", "Customer protection", "Conrad Esslemont", "2029-04-02", "2029-12-20"],
  ["t", "ZS4.1", "Complaints data agreement with Heat Customers’ Forum", "Conrad Esslemont", "2029-04-02", "2029-07-31", "Late", "2029-04-02", "2029-05-31"],
  ["t", "ZS4.2", "Customer charter template for council-run networks", "Conrad Esslemont", "2029-08-01", "2029-12-20", "Not started"],
  ["ws", "ZS5", "Skills and capacity", "Fergus Macquarrie", "2029-04-02", "2030-03-29"],
  ["t", "ZS5.1", "Heat network skills pilot: scoping paper", "Fergus Macquarrie", "2029-04-02", "2029-09-19", "At risk", "2029-04-02", "2029-06-20"],
  ["m", "ZS5.2", "LGA Heat Networks Conference, Birmingham", "Fergus Macquarrie", "2029-10-09", "On track"],
  ["t", "ZS5.3", "Officer training modules (four)", "Fergus Macquarrie", "2029-11-05", "2030-03-29", "Not started"],
];
const FIG_H = "Figure 1: Zoning support programme 2029/30 at 8 June 2029";
const GANTT_HEAD = ["ID", "Task or milestone", "Lead", "Start", "Finish", "Status"];
const TODAY = "2029-06-08";
const TODAY_LABEL = "Report date: 8 June 2029";
const T2_H = "Table 2: Dates changed since the plan agreed on 7 March 2029";
const T2_HEAD = ["ID", "Task or milestone", "Agreed on 7 March 2029", "Now", "Reason"];
const T2 = [
  ["ZS1.3", "Legal review of the draft guidance", "2 Jul to 14 Sep 2029", "3 Sep to 16 Nov 2029", "The review has to reflect the final zoning regulations, which the Department now expects to lay in September 2029 rather than June."],
  ["ZS1.4", "Publish zone coordinator guidance", "28 Sep 2029", "30 Nov 2029", "Follows the legal review (ZS1.3)."],
  ["ZS4.1", "Complaints data agreement with Heat Customers’ Forum", "31 May 2029", "31 Jul 2029", "The Forum is completing a data protection impact assessment before it can share anonymised complaints data."],
  ["ZS5.1", "Heat network skills pilot: scoping paper", "20 Jun 2029", "19 Sep 2029", "The paper deferred on 7 March 2029 now waits for the results of the skills survey of councils, which closes on 31 July 2029."],
];
const RISKS_H = "Risks to the timeline";
const RISKS = [
  ["1.", "Legal capacity. The LGA’s legal team can give one solicitor to the review of the guidance between September and November 2029. The £13,150 carried forward from 2028/29 will buy external legal support if the review needs more time than that."],
  ["2.", "Regulations. If the Department lays the final zoning regulations later than September 2029, publication of the guidance (ZS1.4) will move again. Officers will report any further change to the Commission on 19 September 2029."],
  ["3.", "Round 2 of the Feasibility Fund. Round 2 (ZS3.4) depends on recruiting a temporary grants officer by the end of August 2029; the post was advertised on 29 May 2029."],
];
const NEXT = "The next timeline will be reported to the Commission on Wednesday 19 September 2029.";

// ---------------------------------------------------------------- dates and checks
const MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dt = (iso) => { const [y, m, d] = iso.split("-").map(Number); return new Date(Date.UTC(y, m - 1, d)); };
const fmt = (iso) => { const d = dt(iso); return `${d.getUTCDate()} ${MON3[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };
const short = (iso) => { const d = dt(iso); return `${d.getUTCDate()} ${MON3[d.getUTCMonth()]}`; };
const isWeekday = (iso) => { const g = dt(iso).getUTCDay(); return g >= 1 && g <= 5; };
const tasks = ROWS.filter((r) => r[0] !== "ws");
const statusOf = (r) => (r[0] === "t" ? r[6] : r[5]);
const counts = tasks.reduce((a, r) => ((a[statusOf(r)] = (a[statusOf(r)] ?? 0) + 1), a), {});
if (tasks.length !== 17 || counts.Complete !== 4 || counts["On track"] !== 6 || counts["At risk"] !== 3 || counts.Late !== 1 || counts["Not started"] !== 3) throw new Error("counts " + JSON.stringify(counts));
const moved = tasks.filter((r) => (r[0] === "t" ? r[8] : r[6]));
if (moved.map((r) => r[1]).join() !== T2.map((r) => r[0]).join()) throw new Error("Table 2 does not match the moved rows");
for (const r of moved) {
  const t2 = T2.find((x) => x[0] === r[1]);
  if (r[0] === "m" && (t2[2] !== fmt(r[6]) || t2[3] !== fmt(r[4]))) throw new Error("T2 " + r[1]);
  if (r[0] === "t" && !t2[3].endsWith(fmt(r[5])) && !t2[2].endsWith(fmt(r[8]))) throw new Error("T2 " + r[1]);
}
for (const r of ROWS) {
  for (const x of r.slice(4)) if (/^\d{4}-/.test(x ?? "") && !isWeekday(x)) throw new Error("weekend date " + r[1] + " " + x);
  if (r[0] !== "m" && r[4] > r[5]) throw new Error("dates " + r[1]);
  if (r[0] === "ws") {
    const kids = ROWS.filter((k) => k[0] !== "ws" && k[1].startsWith(r[1] + "."));
    const s = kids.map((k) => k[4]).sort()[0];
    const f = kids.map((k) => (k[0] === "m" ? k[4] : k[5])).sort().at(-1);
    if (s !== r[4] || f !== r[5]) throw new Error("summary span " + r[1] + " " + s + " " + f);
  }
}
// statuses agree with the report date: complete tasks ended by it; late tasks' baseline finish before it
for (const r of tasks) {
  const fin = r[0] === "m" ? r[4] : r[5];
  if (statusOf(r) === "Complete" && fin > TODAY) throw new Error("complete after report date " + r[1]);
  if (statusOf(r) === "Late" && !((r[8] ?? r[6]) <= TODAY)) throw new Error("late " + r[1]);
  if (statusOf(r) === "Not started" && r[4] <= TODAY) throw new Error("not started " + r[1]);
}
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([WHEN, FRONT, RISKS, NEXT, T2]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// rendering cells of a Gantt row, and its chart labels
const rowCells = (r) => (r[0] === "ws" ? [r[1], r[2], r[3], fmt(r[4]), fmt(r[5])] : r[0] === "t" ? [r[1], r[2], r[3], fmt(r[4]), fmt(r[5]), r[6]] : [r[1], r[2], r[3], fmt(r[4]), fmt(r[4]), r[5]]);
const rowLabels = (r) => (r[0] === "t" && r[8] ? [`was ${short(r[8])}`] : r[0] === "m" ? [short(r[4]), ...(r[6] ? [`was ${short(r[6])}`] : [])] : []);

// ---------------------------------------------------------------- PDF
const ACC = "#9C4221";
const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: 30, bottom: 10, left: 30, right: 30 }, autoFirstPage: false, bufferPages: true });
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
const PW = 841.89, PH = 595.28, L = 34, W = PW - 68;

// ---- page 1
doc.addPage();
let y = 34;
doc.font("NB").fontSize(11).fillColor(ACC).text(BOARD, L, y, { lineBreak: false });
doc.font("N").fontSize(10).fillColor("#222").text(WHEN, L, y, { width: W, align: "right", lineBreak: false });
doc.font("NB").fontSize(10).fillColor("#222").text(ITEM, L, y + 14, { width: W, align: "right", lineBreak: false });
y += 38;
doc.font("NB").fontSize(18).fillColor("#111").text(TITLE, L, y, { width: W, lineBreak: false });
y += 32;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(1).strokeColor(ACC).stroke();
y += 14;
// left column: front sheet
const LCW = 430, RCX = L + LCW + 30, RCW = W - LCW - 30;
let ly = y;
for (const [lab, vals] of FRONT) {
  doc.font("NB").fontSize(9.5).fillColor("#111");
  const lw = doc.widthOfString(lab + " ");
  vals.forEach((v, i) => {
    if (i === 0) {
      doc.font("NB").text(lab + " ", L, ly, { width: LCW, lineGap: 2, continued: true });
      doc.font("N").text(v, { width: LCW, lineGap: 2 });
      ly = doc.y + 3;
    } else {
      doc.font("N").fontSize(9.5).text(v.slice(0, 3), L + 12, ly, { lineBreak: false });
      doc.text(v.slice(4), L + 34, ly, { width: LCW - 34, lineGap: 2 });
      ly = doc.y + 3;
    }
  });
  ly += 5;
}
// right column: key and counts
let ry = y;
doc.rect(RCX - 12, ry - 8, RCW + 12, 330).fill("#FBF3EE");
doc.font("NB").fontSize(10.5).fillColor(ACC).text(KEY_H, RCX, ry, { lineBreak: false });
ry += 20;
const sw = (kind, status, x, yy) => {
  if (kind === "bar") doc.rect(x, yy + 2, 26, 7).fill(STATUS_COL[status]);
  else if (kind === "base") doc.rect(x, yy + 4, 26, 4).lineWidth(0.7).strokeColor("#4A5568").stroke();
  else if (kind === "dia" || kind === "hollow") {
    doc.save().translate(x + 13, yy + 5.5).rotate(45).rect(-3.6, -3.6, 7.2, 7.2);
    if (kind === "dia") doc.fill("#1A202C"); else doc.lineWidth(0.8).strokeColor("#1A202C").stroke();
    doc.restore();
  } else if (kind === "today") doc.moveTo(x + 13, yy - 1).lineTo(x + 13, yy + 12).dash(2, { space: 2 }).lineWidth(1).strokeColor("#C53030").stroke().undash();
  else if (kind === "bracket") {
    doc.rect(x, yy + 3, 26, 3).fill("#1A202C");
    doc.polygon([x, yy + 6], [x + 4, yy + 6], [x, yy + 10]).fill("#1A202C");
    doc.polygon([x + 26, yy + 6], [x + 22, yy + 6], [x + 26, yy + 10]).fill("#1A202C");
  }
};
for (const [kind, status, label] of KEY) {
  sw(kind, status, RCX, ry);
  doc.font("N").fontSize(8.6).fillColor("#111").text(label, RCX + 36, ry, { width: RCW - 40, lineGap: 1 });
  ry = doc.y + 5;
}
ry += 8;
const CW1 = [110, 120];
doc.font("CB").fontSize(8.6).fillColor("#111");
doc.text(COUNT_H[0], RCX, ry, { lineBreak: false });
doc.text(COUNT_H[1], RCX + CW1[0], ry, { width: CW1[1], align: "right", lineBreak: false });
ry += 13;
doc.moveTo(RCX, ry - 2).lineTo(RCX + CW1[0] + CW1[1], ry - 2).lineWidth(0.6).strokeColor("#555").stroke();
const COUNT_ROWS = [...Object.keys(STATUS_COL).map((s) => [s, String(counts[s])]), ["Total", String(tasks.length)]];
for (const [s, n] of COUNT_ROWS) {
  const bold = s === "Total";
  if (!bold) doc.circle(RCX + 4, ry + 5, 3.5).fill(STATUS_COL[s]);
  else doc.moveTo(RCX, ry - 2).lineTo(RCX + CW1[0] + CW1[1], ry - 2).lineWidth(0.6).strokeColor("#555").stroke();
  doc.font(bold ? "CB" : "C").fontSize(8.6).fillColor("#111").text(s, RCX + (bold ? 0 : 12), ry, { lineBreak: false });
  doc.text(n, RCX + CW1[0], ry, { width: CW1[1], align: "right", lineBreak: false });
  ry += 13;
}

// ---- page 2: Gantt
const runningHeader = () => {
  doc.font("N").fontSize(7.5).fillColor("#777").text(`${BOARD} – ${TITLE}`, L, 16, { width: W, align: "right", lineBreak: false });
};
doc.addPage();
runningHeader();
y = 34;
doc.font("NB").fontSize(11).fillColor(ACC).text(FIG_H, L, y, { lineBreak: false });
y += 20;
const GC = [32, 222, 84, 58, 58, 56];
const TX = L + GC.reduce((a, b) => a + b, 0);
const CHW = L + W - TX;
const MW = CHW / 12;
const months = Array.from({ length: 12 }, (_, i) => ({ y: i < 9 ? 2029 : 2030, m: (i + 3) % 12 }));
const xOf = (iso) => {
  const d = dt(iso);
  const idx = (d.getUTCFullYear() - 2029) * 12 + d.getUTCMonth() - 3;
  const dim = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return TX + (idx + (d.getUTCDate() - 1) / dim) * MW;
};
const xEnd = (iso) => xOf(iso) + MW / new Date(Date.UTC(dt(iso).getUTCFullYear(), dt(iso).getUTCMonth() + 1, 0)).getUTCDate();
const HH = 30, RH = 17.5;
const gridTop = y;
const gridH = HH + ROWS.length * RH;
// header band
doc.rect(L, y, W, HH).fill("#3C2A21");
let x = L;
doc.font("CB").fontSize(8).fillColor("#FFFFFF");
GANTT_HEAD.forEach((h, i) => {
  doc.text(h, x + 4, y + 11, { width: GC[i] - 8, lineBreak: false });
  x += GC[i];
});
doc.font("CB").fontSize(7.5).fillColor("#FFFFFF");
doc.text("2029", TX, y + 3, { width: 9 * MW, align: "center", lineBreak: false });
months.slice(0, 9).forEach((m, i) => doc.font("C").fontSize(7).text(MON3[m.m], TX + i * MW, y + 17, { width: MW, align: "center", lineBreak: false }));
doc.font("CB").fontSize(7.5).text("2030", TX + 9 * MW, y + 3, { width: 3 * MW, align: "center", lineBreak: false });
months.slice(9).forEach((m, i) => doc.font("C").fontSize(7).text(MON3[m.m], TX + (9 + i) * MW, y + 17, { width: MW, align: "center", lineBreak: false }));
doc.moveTo(TX + 9 * MW, y).lineTo(TX + 9 * MW, y + 14).lineWidth(0.8).strokeColor("#FFFFFF").stroke();
y += HH;
// rows
for (const [ri, r] of ROWS.entries()) {
  const ws = r[0] === "ws";
  if (ws) doc.rect(L, y, W, RH).fill("#F3E6DD");
  else if (ri % 2 === 0) doc.rect(L, y, W, RH).fill("#FAFAFA");
  // month grid lines
  for (let i = 0; i <= 12; i++) doc.moveTo(TX + i * MW, y).lineTo(TX + i * MW, y + RH).lineWidth(0.3).strokeColor("#D5D5D5").stroke();
  doc.moveTo(L, y + RH).lineTo(L + W, y + RH).lineWidth(0.3).strokeColor("#D5D5D5").stroke();
  // graphics
  const mid = y + RH / 2;
  if (ws) {
    const x0 = xOf(r[4]), x1 = xEnd(r[5]);
    doc.rect(x0, mid - 3, x1 - x0, 3).fill("#1A202C");
    doc.polygon([x0, mid], [x0 + 4, mid], [x0, mid + 4]).fill("#1A202C");
    doc.polygon([x1, mid], [x1 - 4, mid], [x1, mid + 4]).fill("#1A202C");
  } else if (r[0] === "t") {
    const x0 = xOf(r[4]), x1 = xEnd(r[5]);
    const barY = r[8] ? mid - 6 : mid - 4;
    doc.rect(x0, barY, Math.max(x1 - x0, 2), 8).fill(STATUS_COL[r[6]]);
    if (r[8]) doc.rect(xOf(r[7]), mid + 3, xEnd(r[8]) - xOf(r[7]), 3.5).lineWidth(0.6).strokeColor("#4A5568").stroke();
  } else {
    const dx = xOf(r[4]) + 2;
    if (r[6]) {
      doc.save().translate(xOf(r[6]) + 2, mid).rotate(45).rect(-3.4, -3.4, 6.8, 6.8).lineWidth(0.8).strokeColor("#1A202C").stroke().restore();
    }
    doc.save().translate(dx, mid).rotate(45).rect(-3.6, -3.6, 7.2, 7.2).fill(STATUS_COL[r[5]]).restore();
  }
  // texts, in rendering order
  const cs = rowCells(r);
  x = L;
  cs.forEach((c, i) => {
    if (i === 5) {
      doc.circle(x + 7, mid, 3).fill(STATUS_COL[c]);
      doc.font("C").fontSize(7.6).fillColor("#111").text(c, x + 13, y + 5, { width: GC[i] - 15, lineBreak: false });
    } else {
      const f = ws ? "CB" : "C";
      const ind = !ws && i === 1 ? 8 : 0;
      if (doc.font(f).fontSize(7.6).widthOfString(c) > GC[i] - 8 - ind) throw new Error("cell too wide: " + c);
      doc.font(f).fontSize(7.6).fillColor("#111").text(c, x + 4 + ind, y + 5, { width: GC[i] - 8 - ind, lineBreak: false });
    }
    x += GC[i];
  });
  const labs = rowLabels(r);
  if (r[0] === "t" && labs.length) {
    doc.font("C").fontSize(6.4).fillColor("#4A5568").text(labs[0], xEnd(r[5]) + 3, y + 5.5, { lineBreak: false });
  } else if (r[0] === "m") {
    doc.font("CB").fontSize(6.6).fillColor("#111").text(labs[0], xOf(r[4]) + 8, y + 5.2, { lineBreak: false });
    if (labs[1]) {
      const w = doc.font("C").fontSize(6.4).widthOfString(labs[1]);
      doc.fillColor("#4A5568").text(labs[1], xOf(r[6]) - 5 - w, y + 5.5, { lineBreak: false });
    }
  }
  y += RH;
}
// frame and the report-date line
doc.rect(L, gridTop, W, gridH).lineWidth(0.8).strokeColor("#3C2A21").stroke();
doc.moveTo(TX, gridTop).lineTo(TX, gridTop + gridH).lineWidth(0.8).strokeColor("#3C2A21").stroke();
const tx = xEnd(TODAY);
doc.moveTo(tx, gridTop + HH).lineTo(tx, gridTop + gridH + 6).dash(2.5, { space: 2 }).lineWidth(1).strokeColor("#C53030").stroke().undash();
doc.font("CB").fontSize(7).fillColor("#C53030").text(TODAY_LABEL, tx - 60, gridTop + gridH + 8, { width: 120, align: "center", lineBreak: false });

// ---- page 3
doc.addPage();
runningHeader();
y = 34;
doc.font("NB").fontSize(11).fillColor(ACC).text(T2_H, L, y, { lineBreak: false });
y += 20;
const TC = [46, 200, 120, 120, W - 486];
const tRow = (cs, head) => {
  const f = head ? "CB" : "C";
  const h = Math.max(...cs.map((c, i) => doc.font(f).fontSize(8.4).heightOfString(c, { width: TC[i] - 10, lineGap: 1 }))) + 10;
  if (head) doc.rect(L, y, W, h).fill("#3C2A21");
  let xx = L;
  cs.forEach((c, i) => {
    doc.font(f).fontSize(8.4).fillColor(head ? "#FFFFFF" : "#111").text(c, xx + 5, y + 5, { width: TC[i] - 10, lineGap: 1 });
    xx += TC[i];
  });
  doc.moveTo(L, y + h).lineTo(L + W, y + h).lineWidth(0.5).strokeColor("#999").stroke();
  xx = L;
  for (const w of TC.slice(0, -1)) { xx += w; doc.moveTo(xx, y).lineTo(xx, y + h).lineWidth(0.4).strokeColor("#BBB").stroke(); }
  y += h;
};
const t2Top = y;
tRow(T2_HEAD, true);
for (const r of T2) tRow(r, false);
doc.rect(L, t2Top, W, y - t2Top).lineWidth(0.6).strokeColor("#3C2A21").stroke();
y += 22;
doc.font("NB").fontSize(11).fillColor(ACC).text(RISKS_H, L, y, { lineBreak: false });
y += 20;
for (const [n, t] of RISKS) {
  doc.font("N").fontSize(9.5).fillColor("#111").text(n, L, y, { lineBreak: false });
  doc.text(t, L + 22, y, { width: 560, lineGap: 2 });
  y = doc.y + 8;
}
y += 4;
doc.font("N").fontSize(9.5).fillColor("#111").text(NEXT, L, y, { width: 600 });

// footers
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  doc.page.margins.bottom = 0;
  doc.font("N").fontSize(7.5).fillColor("#777").text(`${BOARD} – 20 June 2029 – ${ITEM}`, L, PH - 24, { lineBreak: false });
  doc.text(`Page ${i + 1} of ${range.count}`, L, PH - 24, { width: W, align: "right", lineBreak: false });
}
doc.end();

// ---------------------------------------------------------------- rendering
const R = [BOARD, WHEN, ITEM, TITLE];
for (const [lab, vals] of FRONT) vals.forEach((v, i) => R.push(i === 0 ? `${lab} ${v}` : v));
R.push(KEY_H, ...KEY.map((k) => k[2]), COUNT_H.join(" | "), ...COUNT_ROWS.map((r) => r.join(" | ")));
R.push(FIG_H, GANTT_HEAD.join(" | "), ["2029", ...months.slice(0, 9).map((m) => MON3[m.m]), "2030", ...months.slice(9).map((m) => MON3[m.m])].join(" | "));
for (const r of ROWS) R.push([...rowCells(r), ...rowLabels(r)].join(" | "));
R.push(TODAY_LABEL, T2_H, T2_HEAD.join(" | "), ...T2.map((r) => r.join(" | ")), RISKS_H, ...RISKS.map(([n, t]) => `${n} ${t}`), NEXT);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt (${R.length} lines); ${JSON.stringify(counts)}`);
