// Builds docs/street-lighting-dark-skies-panel-performance-report-2027-02.pdf (the LGA Street Lighting and Dark
// Skies Panel's performance report, item 4 at the Panel on Wednesday 10 February 2027, made with pdfkit) and its
// plain-text rendering text/street-lighting-dark-skies-panel-performance-report-2027-02.txt from the same content.
//
//   node src/build-performance-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 PORTRAIT, DejaVu Sans (embedded). NO BIG TABLE: EACH MEASURE IS A SMALL BLOCK – the reference and
// measure name in bold (with a superscript footnote marker on two of them), then a MINI TWO-ROW TABLE
// Target | Actual | Status | Trend (a shaded header row and one value row; some cells wrap), whose STATUS IS A
// WORD INSIDE A COLOURED ROUNDED BOX and whose TREND IS A WORD AFTER A SMALL DRAWN (vector) ARROW, then a
// "Lead officer:" line and a "Commentary:" paragraph. Blocks are never split across a page. On page 1: title
// block with bold run-in labels, summary, recommendation, and a KEY TABLE Status | What it means | Measures
// with a coloured box per status, a COUNT per status and a TOTAL ROW, and a trend key paragraph; the footnotes
// ("¹ …", "² …") at the end. THE QUARTER IS NAMED ONLY IN THE RUNNING HEADER ("Quarter 3 2026/27") on every
// page; a footer ("Item 4 – Wednesday 10 February 2027" / "Page n of N") on every page.
// Rendering: the running header is kept ONCE, as the first line (it is the only place the quarter is given);
// the footer is dropped (page furniture); each mini table as its header row and value row with " | ".
// Synthetic test fixture: the people, measures and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "street-lighting-dark-skies-panel-performance-report-2027-02";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const HEADER_L = "Street Lighting and Dark Skies Panel";
const HEADER_R = "Performance report – Quarter 3 2026/27";
const FOOT_L = "Item 4 – Wednesday 10 February 2027";
const KICKER = "Local Government Association";
const TITLE = "Performance report";
const META = [
  ["Meeting:", "Street Lighting and Dark Skies Panel, Wednesday 10 February 2027"],
  ["Agenda item:", "4"],
  ["Report author:", "Tendai Mukasa, Performance and Data Officer"],
  ["Purpose:", "For noting"],
];
const SUMMARY_H = "Summary";
const SUMMARY = "This report sets out the position on the nine measures in the Panel’s work programme for 2026/27. Four measures are on track, three show slippage, one is off track and one is not yet due. Each measure is shown as a block with its target, actual figure, status and trend, followed by a commentary from the lead officer.";
const REC_H = "Recommendation";
const REC = "That the Panel notes the report and asks officers to bring a recovery plan for measure SLDP-M04 to the meeting on 19 May 2027.";
const KEY_H = "How to read this report";
const KEY_HEAD = ["Status", "What it means", "Measures"];
// [status, meaning, count, fill, text colour]
const STATUS = {
  "On track": ["At or better than the target for the period", "#2e7d32", "white"],
  Slippage: ["Below target by up to 20 per cent, or behind schedule with a plan to recover", "#f2b705", "black"],
  "Off track": ["More than 20 per cent below target, or not expected to reach the year-end target", "#c62828", "white"],
  "Not due": ["The target date has not yet been reached", "#7b8089", "white"],
};
const TREND_KEY = "Trend compares the period with the previous one: Improving, No change or Worsening. New means that the measure is reported for the first time this year.";
const MEASURES_H = "Measures";
// [ref, name, target, actual, status, trend, lead officer, commentary]
const M = [
  ["SLDP-M01", "Councils with 90 per cent or more of their street lights converted to LED", "250 councils", "262 councils", "On track", "Improving", "Anjali Raghunathan",
    "Twelve councils passed the 90 per cent mark in the period, including Northumberland and Dorset. Most councils still below it have private finance initiative (PFI) street lighting contracts, where conversion depends on a contract variation."],
  ["SLDP-M02", "Street lighting energy use per light point (kWh a year)¹", "180 kWh", "171 kWh", "On track", "Improving", "Anjali Raghunathan",
    "Energy use continues to fall as LED conversion and dimming spread. Lower is better for this measure."],
  ["SLDP-M03", "Councils with an adopted dark skies policy", "45 councils", "38 councils", "Slippage", "Improving", "Zofia Lisowska",
    "Seven councils adopted a policy in the period (31 at the end of September). Several councils are waiting for the model policy from the Dark Skies Working Group before adopting their own; the consultation draft is out until 26 February 2027."],
  ["SLDP-M04", "Councils with a central management system (CMS) covering more than half of their street lights", "120 councils", "97 councils", "Off track", "No change", "Anjali Raghunathan",
    "No council moved above the threshold in the period. The national CMS framework, through which many councils planned to buy systems, is being re-tendered after the only compliant bidder withdrew; the new framework is expected to be in place by May 2027. The measure is unlikely to reach its year-end target of 140 councils."],
  ["SLDP-M05", "Smart Lighting Fund round 2 opened and bids received", "Round open by 1 December 2026", "Opened 1 December 2026; 41 bids by 31 December", "On track", "New", "Anjali Raghunathan",
    "The round closed on 15 January 2027 with 57 bids worth £1.38 million against a fund of £450,000. Since the end of the period, the Chair’s decision of 18 January 2027 to award 14 grants has been called in; it is item 6 on this agenda."],
  ["SLDP-M06", "Attendees at webinars and training sessions (year to date)", "600", "512", "Slippage", "Worsening", "Zofia Lisowska",
    "The November webinar on column safety was cancelled when the speaker withdrew and has been rearranged for 3 March 2027. Attendance at the other four sessions averaged 128."],
  ["SLDP-M07", "Councils responding to the annual street lighting survey", "200 councils", "214 councils", "On track", "New", "Tendai Mukasa",
    "The first annual survey closed on 11 December 2026. Results will be published in March 2027 and shared with the benchmarking service."],
  ["SLDP-M08", "Reporting councils whose column structural tests are up to date²", "85%", "79%", "Slippage", "Improving", "Anjali Raghunathan",
    "Up from 74 per cent. Councils cite the cost of testing and a shortage of accredited testers; the column safety webinar on 3 March 2027 will cover both."],
  ["SLDP-M09", "Councils signed up as partners for Dark Skies Week 2027", "40 councils by 6 March 2027", "22 councils", "Not due", "New", "Theo Pargeter",
    "The target falls due when Dark Skies Week starts on 6 March 2027. Members of the Dark Skies Working Group have been asked to encourage councils in their regions to sign up."],
];
const NOTES_H = "Notes";
const NOTES = [
  "¹ Median of the 146 councils in the street lighting benchmarking service. Lower is better.",
  "² Percentage of the 188 councils that reported on structural testing.",
];

// ---------------------------------------------------------------- checks
const count = {};
for (const r of M) count[r[4]] = (count[r[4]] ?? 0) + 1;
if (JSON.stringify(count) !== JSON.stringify({ "On track": 4, Slippage: 3, "Off track": 1, "Not due": 1 })) throw new Error("status counts " + JSON.stringify(count));
if (M.length !== 9) throw new Error("nine measures");
// numeric measures: status consistent with the key (higher is better except M02)
const pct = (t, a, lowerBetter) => (lowerBetter ? (t - a) / t : (a - t) / t);
for (const r of M) {
  const t = parseFloat(r[2]), a = parseFloat(r[3]);
  if (!/^\d/.test(r[2]) || r[4] === "Not due") continue;
  const d = pct(t, a, r[0] === "SLDP-M02");
  const want = d >= 0 ? "On track" : d >= -0.2 ? "Slippage" : "Off track";
  if (want !== r[4] && !(r[0] === "SLDP-M04" && want === "Slippage")) throw new Error(`status ${r[0]} ${want} ${r[4]}`);
}
if (512 / 4 !== 128) throw new Error("average");
const body = JSON.stringify([KICKER, TITLE, META, SUMMARY, REC, STATUS, TREND_KEY, M, NOTES]);
if (/Quarter|Q3|October to December/.test(body)) throw new Error("the quarter is named outside the running header");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of (body + FOOT_L).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const L = 56;
const W = PW - 2 * L;
const TOP = 64;
const BOTTOM = PH - 60;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 20, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("NI", join(FONTS, "DejaVuSans-Oblique.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = "Street Lighting and Dark Skies Panel – performance report";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#1d3557";
let y = TOP;
const newPage = () => { doc.addPage(); y = TOP; };
const ensure = (h) => { if (y + h > BOTTOM) newPage(); };
newPage();

doc.font("NB").fontSize(8.5).fillColor("#6b7a90").text(KICKER.toUpperCase(), L, y, { lineBreak: false, characterSpacing: 0.6 });
y += 16;
doc.font("NB").fontSize(22).fillColor(ACC).text(TITLE, L, y, { lineBreak: false });
y += 34;
for (const [lab, t] of META) {
  doc.font("NB").fontSize(9.5).fillColor("#222222").text(lab + " ", L, y, { continued: true, lineBreak: false });
  doc.font("N").fontSize(9.5).text(t, { lineBreak: false });
  y += 14.5;
}
y += 8;
const heading = (t, size = 12) => {
  ensure(size + 40);
  doc.font("NB").fontSize(size).fillColor(ACC).text(t, L, y, { lineBreak: false });
  y += size + 7;
};
const para = (t, o = {}) => {
  const f = o.font ?? "N", fs = o.size ?? 9.5, x = o.x ?? L, w = o.w ?? W;
  const h = doc.font(f).fontSize(fs).heightOfString(t, { width: w, lineGap: 2 });
  ensure(h);
  doc.font(f).fontSize(fs).fillColor(o.color ?? "#111111").text(t, x, y, { width: w, lineGap: 2 });
  y += h + (o.after ?? 8);
};
const statusBox = (s, x, yy, w) => {
  const [, fill, col] = STATUS[s];
  doc.font("CB").fontSize(8.6);
  const bw = Math.min(w, doc.widthOfString(s) + 14);
  doc.roundedRect(x, yy, bw, 14, 3).fillColor(fill).fill();
  doc.fillColor(col).text(s, x, yy + 3, { width: bw, align: "center", lineBreak: false });
};
heading(SUMMARY_H);
para(SUMMARY);
heading(REC_H);
para(REC);
heading(KEY_H);
// key table with a count per status and a total row
const KW = [88, 330, 65];
const KX = [L, L + KW[0], L + KW[0] + KW[1]];
const KPAD = 5;
doc.rect(L, y, W, 18).fillColor("#e3e8ef").fill();
KEY_HEAD.forEach((t, i) => doc.font("CB").fontSize(8.8).fillColor("#111111").text(t, KX[i] + KPAD, y + 5, { width: KW[i] - 2 * KPAD, lineBreak: false, align: i === 2 ? "center" : "left" }));
y += 18;
for (const [s, [mean]] of Object.entries(STATUS)) {
  const h = Math.max(22, doc.font("C").fontSize(8.8).heightOfString(mean, { width: KW[1] - 2 * KPAD }) + 10);
  statusBox(s, KX[0] + KPAD, y + (h - 14) / 2, KW[0] - 2 * KPAD);
  doc.font("C").fontSize(8.8).fillColor("#111111").text(mean, KX[1] + KPAD, y + 6, { width: KW[1] - 2 * KPAD });
  doc.font("C").fontSize(8.8).text(String(count[s]), KX[2] + KPAD, y + 6, { width: KW[2] - 2 * KPAD, align: "center", lineBreak: false });
  doc.moveTo(L, y + h).lineTo(L + W, y + h).lineWidth(0.4).strokeColor("#b8c2cf").stroke();
  y += h;
}
const TOTAL = ["Total", "All measures", String(M.length)];
doc.font("CB").fontSize(8.8).fillColor("#111111");
TOTAL.forEach((t, i) => doc.text(t, KX[i] + KPAD, y + 6, { width: KW[i] - 2 * KPAD, lineBreak: false, align: i === 2 ? "center" : "left" }));
y += 20;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(1).strokeColor(ACC).stroke();
y += 10;
para(TREND_KEY, { size: 8.8 });

// trend arrow (vector, no glyph)
const arrow = (trend, x, yy) => {
  doc.save();
  if (trend === "Improving") doc.polygon([x, yy + 9], [x + 8, yy + 9], [x + 4, yy + 1]).fillColor("#2e7d32").fill();
  else if (trend === "Worsening") doc.polygon([x, yy + 1], [x + 8, yy + 1], [x + 4, yy + 9]).fillColor("#c62828").fill();
  else if (trend === "No change") doc.polygon([x, yy + 1], [x, yy + 9], [x + 8, yy + 5]).fillColor("#555555").fill();
  else doc.circle(x + 4, yy + 5, 3.5).fillColor("#1d6fb8").fill();
  doc.restore();
};
heading(MEASURES_H, 13);
const TW = [120, 160, 95, 108];
const TX = TW.map((_, i) => L + TW.slice(0, i).reduce((a, b) => a + b, 0));
const TPAD = 5;
const TH = ["Target", "Actual", "Status", "Trend"];
for (const [ref, name, target, actual, status, trend, lead, comm] of M) {
  const nameT = `${ref}  ${name}`;
  const nameH = doc.font("NB").fontSize(10).heightOfString(nameT, { width: W });
  const valH = Math.max(20, ...[target, actual].map((t, i) => doc.font("C").fontSize(9).heightOfString(t, { width: TW[i] - 2 * TPAD }) + 10));
  const commT = "Commentary: " + comm;
  const commH = doc.font("N").fontSize(9).heightOfString(commT, { width: W, lineGap: 1.5 });
  const total = nameH + 6 + 17 + valH + 6 + 13 + commH + 18;
  ensure(total);
  doc.rect(L, y, 3, nameH).fillColor(ACC).fill();
  doc.font("NB").fontSize(10).fillColor("#111111").text(nameT, L + 8, y, { width: W - 8 });
  y += nameH + 6;
  doc.rect(L, y, W, 17).fillColor("#e3e8ef").fill();
  TH.forEach((t, i) => doc.font("CB").fontSize(8.6).fillColor("#333333").text(t, TX[i] + TPAD, y + 4.5, { width: TW[i] - 2 * TPAD, lineBreak: false }));
  y += 17;
  [target, actual].forEach((t, i) => doc.font("C").fontSize(9).fillColor("#111111").text(t, TX[i] + TPAD, y + 5, { width: TW[i] - 2 * TPAD }));
  statusBox(status, TX[2] + TPAD, y + (valH - 14) / 2, TW[2] - 2 * TPAD);
  arrow(trend, TX[3] + TPAD, y + (valH - 10) / 2);
  doc.font("C").fontSize(9).fillColor("#111111").text(trend, TX[3] + TPAD + 13, y + (valH - 10) / 2, { lineBreak: false });
  doc.lineWidth(0.5).strokeColor("#b8c2cf");
  doc.rect(L, y - 17, W, 17 + valH).stroke();
  TX.slice(1).forEach((x) => doc.moveTo(x, y - 17).lineTo(x, y + valH).stroke());
  y += valH + 6;
  doc.font("NI").fontSize(8.6).fillColor("#444444").text("Lead officer: " + lead, L, y, { lineBreak: false });
  y += 13;
  doc.font("N").fontSize(9).fillColor("#111111").text(commT, L, y, { width: W, lineGap: 1.5 });
  y += commH + 18;
}
heading(NOTES_H, 10);
for (const n of NOTES) para(n, { size: 8.2, after: 4 });

// running header and footer on every page, drawn last
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  doc.page.margins.bottom = 0;
  doc.font("NB").fontSize(8).fillColor("#1d3557").text(HEADER_L, L, 30, { width: W / 2, lineBreak: false });
  doc.font("N").fontSize(8).fillColor("#1d3557").text(HEADER_R, L + W / 2, 30, { width: W / 2, align: "right", lineBreak: false });
  doc.moveTo(L, 43).lineTo(L + W, 43).lineWidth(0.6).strokeColor("#1d3557").stroke();
  doc.moveTo(L, PH - 42).lineTo(L + W, PH - 42).lineWidth(0.4).strokeColor("#b8c2cf").stroke();
  doc.font("N").fontSize(7.6).fillColor("#555555");
  doc.text(FOOT_L, L, PH - 36, { width: W / 2, lineBreak: false });
  doc.text(`Page ${p + 1} of ${range.count}`, L + W / 2, PH - 36, { width: W / 2, align: "right", lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- rendering
const R = [`${HEADER_L} – ${HEADER_R}`, KICKER, TITLE, ...META.map(([l, t]) => `${l} ${t}`), SUMMARY_H, SUMMARY, REC_H, REC, KEY_H, KEY_HEAD.join(" | ")];
for (const [s, [mean]] of Object.entries(STATUS)) R.push([s, mean, count[s]].join(" | "));
R.push(TOTAL.join(" | "), TREND_KEY, MEASURES_H);
for (const [ref, name, target, actual, status, trend, lead, comm] of M) R.push(`${ref} ${name}`, TH.join(" | "), [target, actual, status, trend].join(" | "), "Lead officer: " + lead, "Commentary: " + comm);
R.push(NOTES_H, ...NOTES);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt (${R.length} lines)`);
