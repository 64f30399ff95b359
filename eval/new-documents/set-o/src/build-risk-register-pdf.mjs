// Builds docs/water-resilience-commission-risk-register-2026-08.pdf (the LGA Water Resilience Commission's risk
// register at 31 August 2026, item 6 at the Commission on Thursday 17 September 2026, made with pdfkit) and its
// plain-text rendering text/water-resilience-commission-risk-register-2026-08.txt from the same content.
//
//   node src/build-risk-register-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 LANDSCAPE, DejaVu Sans (embedded). A title block on page 1; then ONE ELEVEN-COLUMN TABLE in an
// unusual order – Owner | Ref | Risk | Cause | Consequence | Current L | Current I | Target score | Controls |
// Further actions | Review date – whose rows have WRAPPED MULTI-LINE CELLS and which RUNS OVER THREE PAGES WITH
// THE HEADER ROW REPEATED AT THE TOP OF EACH PAGE (rows are never split). The current score (L × I) is NOT a
// column: it has to be worked out and banded with the 5 × 5 HEAT-MAP KEY (a coloured grid of likelihood by
// impact, with the bands Low / Medium / High / Severe) at the end of page 3. A footer on every page
// ("Water Resilience Commission – 17 September 2026 – item 6" / "Page n of 3"), drawn last.
// Rendering: the table's header row is given once (its repeats are page furniture, like the footer).
// Synthetic test fixture: the people, risks and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "water-resilience-commission-risk-register-2026-08";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const TITLE_BLOCK = [
  ["kicker", "Local Government Association"],
  ["title", "Water Resilience Commission: risk register at 31 August 2026"],
  ["meta", "Meeting: Water Resilience Commission, Thursday 17 September 2026, agenda item 6"],
  ["meta", "Register owner: Cordelia Honeysett, Head of Water and Environment"],
  ["p", "Each risk is scored for likelihood (L) and impact (I) on scales of 1 to 5. The current score is the likelihood multiplied by the impact, and falls in one of the bands shown in the heat map key at the end of this register. The target score is the score expected once the further actions are complete. Eleven risks are open; none has been closed since the last register."],
];
const HEAD = ["Owner", "Ref", "Risk", "Cause", "Consequence", "Current L", "Current I", "Target score", "Controls", "Further actions", "Review date"];
const WIDTHS = [60, 54, 86, 88, 88, 46, 46, 46, 96, 100, 60];
const RISKS = [
  ["Cordelia Honeysett", "WRC-R01", "Councils are not ready if a drought is declared in summer 2027", "A dry winter is forecast, and 91 of the 155 councils in drought-risk areas have no adopted drought resilience plan", "Disruption to council services, care homes and schools; emergency costs fall on councils", "4", "5", "10", "Model plan workshops; drought roundtables; quarterly monitoring of adopted plans (WRC-K01)", "Publish a model drought plan template; hold two extra roundtables in the South East", "30 November 2026"],
  ["Ambrose Wickenden", "WRC-R02", "Water companies withdraw from local water partnerships", "Pressure from the price review leads companies to cut partnership staff", "Fewer councils in partnerships; loss of leak and drought data for council areas", "3", "4", "6", "Memorandum with six water companies; named partnership contacts; quarterly liaison meetings", "Agree a named partnership contact at Eastmere Water; raise the issue at the Summit's water company panel", "31 December 2026"],
  ["Gideon Plumridge", "WRC-R03", "Retrofit grant money is not spent by 31 March 2027 and has to be returned", "Installer shortages delay the works that the grants pay for", "Money returned to the funder; fewer council buildings retrofitted", "3", "3", "4", "Grants paid on completion of works; monthly spending reports to the Head of Water and Environment", "Review the spending profile in December 2026 and move money between grants if needed", "31 December 2026"],
  ["Rosamund Noakes", "WRC-R04", "Councils' performance data is late or incomplete", "Data returns compete with other work, and some councils have no single data contact", "Scores in the quarterly performance report are wrong or missing", "4", "2", "4", "Data return template; reminders two weeks before each deadline", "Ask every council for a named data contact by 31 October 2026", "31 October 2026"],
  ["Maribel Castellanos", "WRC-R05", "Low attendance at the Water Resilience Summit 2026", "Competing events in the autumn and tight council travel budgets", "Summit costs not covered by delegate fees; the Commission's messages reach fewer councils", "2", "3", "3", "Early-booking fee; programme published in September; some sessions streamed online", "Confirm the panel of water company chief executives; send targeted invitations to councils in drought-risk areas", "15 October 2026"],
  ["Ambrose Wickenden", "WRC-R06", "The data-sharing agreement with water companies is not signed by 31 March 2027", "Companies' concerns about commercial confidentiality and liability for errors in the data", "Councils cannot see leak and supply interruption data for their areas; local water partnerships weaken", "3", "5", "5", "Negotiations led by the Head of Water and Environment; external legal advice; progress reported in Part B", "Settle the commercial terms (Part B report to the meeting of 17 September 2026); pilot the agreement with two companies", "30 November 2026"],
  ["Cordelia Honeysett", "WRC-R07", "Installer delays hold up the council buildings retrofit programme", "Brookline Plumbing Services Ltd lost two of its five fitting teams in May 2026", "Year-end milestone of 600 buildings missed; grants not paid (see WRC-R03)", "5", "4", "8", "Weekly progress calls with the installer; works re-ordered to do the largest buildings first", "Add a second installer, Harrowgate Water Engineering, to the framework from 1 October 2026", "31 October 2026"],
  ["Maribel Castellanos", "WRC-R08", "Vulnerable households are not referred to priority services registers", "Referrals depend on adult social care teams; housing and benefits teams rarely refer", "Vulnerable residents lose their water supply without warning during interruptions", "2", "4", "4", "Referral guide for councils; referral data shared with two water companies", "Extend referrals to housing teams; training webinar for council staff in November 2026", "31 January 2027"],
  ["Gideon Plumridge", "WRC-R09", "The Commission's programme budget is cut for 2027/28", "Pressure on the LGA's policy budgets", "Fewer grants and events in 2027/28", "2", "2", "4", "Budget monitored quarterly; a reserve of £20,000 held", "Submit the Commission's budget bid for 2027/28 by 13 November 2026", "13 November 2026"],
  ["Rosamund Noakes", "WRC-R10", "The rainwater harvesting pilot in schools cannot be evaluated", "Pilot schools have not installed water meters before the autumn term", "No evidence on which to decide whether to extend the pilot in 2027/28", "3", "3", "4", "Meter specification sent to all pilot schools; termly data returns", "Fund meters for the 12 pilot schools from the data and research budget", "30 November 2026"],
  ["Ambrose Wickenden", "WRC-R11", "Councils' messages on hosepipe restrictions conflict with those of water companies", "There is no agreed protocol for joint communications", "Public confusion and loss of trust during a drought", "2", "3", "2", "Shared lines agreed for the webinar on hosepipe restrictions", "Agree a joint communications protocol with the water companies", "31 December 2026"],
];
const LIK = ["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"];
const IMP = ["1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Critical"];
const BANDS = [
  ["Low", "1 to 4", "#9fd49f"],
  ["Medium", "5 to 9", "#f6e27a"],
  ["High", "10 to 16", "#f4a640"],
  ["Severe", "20 to 25", "#e0554b"],
];
const band = (s) => (s <= 4 ? 0 : s <= 9 ? 1 : s <= 16 ? 2 : 3);
const KEY_TITLE = "Heat map key: current score = likelihood × impact";
const KEY_HEAD = ["Likelihood \\ Impact", ...IMP];
const KEY_ROWS = [5, 4, 3, 2, 1].map((l) => [LIK[l - 1], ...[1, 2, 3, 4, 5].map((i) => String(l * i))]);
const BAND_LINES = BANDS.map(([n, r]) => `${n}: a score of ${r}`);
const FOOT_L = "Water Resilience Commission – 17 September 2026 – item 6";

// ---------------------------------------------------------------- checks
const scores = RISKS.map((r) => +r[5] * +r[6]);
const byBand = {};
RISKS.forEach((r, i) => { const b = BANDS[band(scores[i])][0]; (byBand[b] ??= []).push(r[1]); });
if ((byBand.Severe ?? []).join() !== "WRC-R01,WRC-R07") throw new Error("severe band " + JSON.stringify(byBand));
RISKS.forEach((r, i) => { if (+r[7] > scores[i]) throw new Error("target above current " + r[1]); });
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TITLE_BLOCK, RISKS]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- PDF
const PW = 841.89;
const PH = 595.28;
const L = 36;
const W = WIDTHS.reduce((a, b) => a + b, 0);
if (Math.abs(W - (PW - 2 * L)) > 1) throw new Error("widths " + W);
const TOP = 34;
const BOTTOM = PH - 40;
const doc = new PDFDocument({ size: "A4", layout: "landscape", margins: { top: TOP, bottom: 20, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.registerFont("N", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("NB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("C", join(FONTS, "DejaVuSansCondensed.ttf"));
doc.registerFont("CB", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
doc.info.Title = "Water Resilience Commission – risk register at 31 August 2026";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#14506e";
const FS = 9.2;
const PAD = 4.5;
doc.addPage();
let y = TOP;
for (const [k, t] of TITLE_BLOCK) {
  if (k === "kicker") { doc.font("NB").fontSize(9).fillColor(ACC).text(t.toUpperCase(), L, y, { lineBreak: false }); y += 15; }
  else if (k === "title") { doc.font("NB").fontSize(17).fillColor("black").text(t, L, y, { lineBreak: false }); y += 26; }
  else if (k === "meta") {
    const [lab, ...rest] = t.split(": ");
    doc.font("NB").fontSize(8.6).fillColor("#333333").text(lab + ": ", L, y, { continued: true, lineBreak: false });
    doc.font("N").fontSize(8.6).text(rest.join(": "), { lineBreak: false });
    y += 13;
  } else if (k === "p") {
    y += 3;
    const h = doc.font("N").fontSize(8.6).heightOfString(t, { width: W, lineGap: 1.5 });
    doc.font("N").fontSize(8.6).fillColor("black").text(t, L, y, { width: W, lineGap: 1.5 });
    y += h + 10;
  }
}
const X = WIDTHS.map((_, i) => L + WIDTHS.slice(0, i).reduce((a, b) => a + b, 0));
const cellH = (t, i, font) => doc.font(font).fontSize(FS).heightOfString(t, { width: WIDTHS[i] - 2 * PAD, lineGap: 0.8 });
// no word may be broken inside a cell (pdfkit would split it): every word must fit the column
for (const r of [HEAD, ...RISKS]) r.forEach((t, i) => { for (const w of t.split(" ")) if (doc.font(r === HEAD || i === 1 ? "CB" : "C").fontSize(FS).widthOfString(w) > WIDTHS[i] - 2 * PAD) throw new Error(`word too wide for column ${HEAD[i]}: ${w}`); });
const headH = Math.max(...HEAD.map((t, i) => cellH(t, i, "CB"))) + 2 * PAD;
const drawHead = () => {
  doc.rect(L, y, W, headH).fillColor(ACC).fill();
  HEAD.forEach((t, i) => doc.font("CB").fontSize(FS).fillColor("white").text(t, X[i] + PAD, y + PAD, { width: WIDTHS[i] - 2 * PAD, lineGap: 0.8 }));
  y += headH;
};
let pages = 1;
drawHead();
RISKS.forEach((r, k) => {
  const h = Math.max(...r.map((t, i) => cellH(t, i, i === 1 ? "CB" : "C"))) + 2 * PAD;
  if (y + h > BOTTOM) {
    doc.addPage();
    pages++;
    y = TOP;
    drawHead(); // the header row repeated at the top of each page
  }
  if (k % 2) doc.rect(L, y, W, h).fillColor("#eef4f7").fill();
  r.forEach((t, i) => doc.font(i === 1 ? "CB" : "C").fontSize(FS).fillColor("#111111").text(t, X[i] + PAD, y + PAD, { width: WIDTHS[i] - 2 * PAD, lineGap: 0.8, align: i >= 5 && i <= 7 ? "center" : "left" }));
  doc.lineWidth(0.4).strokeColor("#9ab3c2");
  X.forEach((x) => doc.moveTo(x, y).lineTo(x, y + h).stroke());
  doc.moveTo(L + W, y).lineTo(L + W, y + h).stroke();
  doc.moveTo(L, y + h).lineTo(L + W, y + h).stroke();
  y += h;
});
// heat map key
const KW = [96, 62, 62, 62, 62, 62];
const KH = 15;
const keyH = 18 + KH * 6 + 8 + 12 * BANDS.length;
if (y + 16 + keyH > BOTTOM) { doc.addPage(); pages++; y = TOP; }
y += 16;
doc.font("NB").fontSize(9.5).fillColor(ACC).text(KEY_TITLE, L, y, { lineBreak: false });
y += 18;
const KX = KW.map((_, i) => L + KW.slice(0, i).reduce((a, b) => a + b, 0));
KEY_HEAD.forEach((t, i) => doc.font("CB").fontSize(7.4).fillColor("#111111").text(t, KX[i] + 3, y + 4, { width: KW[i] - 6, lineBreak: false, align: i ? "center" : "left" }));
y += KH;
for (const row of KEY_ROWS) {
  row.forEach((t, i) => {
    if (i) doc.rect(KX[i], y, KW[i], KH).fillColor(BANDS[band(+t)][2]).fill();
    doc.rect(KX[i], y, KW[i], KH).lineWidth(0.5).strokeColor("#ffffff").stroke();
    doc.font(i ? "CB" : "C").fontSize(7.4).fillColor("#111111").text(t, KX[i] + 3, y + 4, { width: KW[i] - 6, lineBreak: false, align: i ? "center" : "left" });
  });
  y += KH;
}
y += 8;
for (const [i, t] of BAND_LINES.entries()) {
  doc.rect(L, y + 1, 9, 7).fillColor(BANDS[i][2]).fill();
  doc.font("N").fontSize(7.8).fillColor("#111111").text(t, L + 14, y, { lineBreak: false });
  y += 12;
}
// footer on every page, drawn last
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  doc.page.margins.bottom = 0;
  doc.moveTo(L, PH - 30).lineTo(L + W, PH - 30).lineWidth(0.5).strokeColor("#9ab3c2").stroke();
  doc.font("N").fontSize(7.4).fillColor("#555555");
  doc.text(FOOT_L, L, PH - 25, { width: W / 2, lineBreak: false });
  doc.text(`Page ${p + 1} of ${range.count}`, L + W / 2, PH - 25, { width: W / 2, align: "right", lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));
if (pages !== 3) throw new Error(`${pages} pages, expected 3`);

// ---------------------------------------------------------------- rendering
const R = [];
for (const [k, t] of TITLE_BLOCK) R.push(t);
R.push(HEAD.join(" | "), ...RISKS.map((r) => r.join(" | ")));
R.push(KEY_TITLE, KEY_HEAD.join(" | "), ...KEY_ROWS.map((r) => r.join(" | ")), ...BAND_LINES);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${pages} pages) and text/${BASE}.txt (${R.length} lines); bands ${JSON.stringify(byBand)}`);
