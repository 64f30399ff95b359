// Builds docs/public-toilets-changing-places-working-group-agenda-2028-06-14.pdf (the LGA Public Toilets and
// Changing Places Working Group, Wednesday 14 June 2028: cover, agenda, and the paper for item 3, "Changing Places
// Accelerator Fund: round 2 recommended awards") with pdfkit, and its plain-text rendering
// text/public-toilets-changing-places-working-group-agenda-2028-06-14.txt from the same content.
//
//   node src/build-agenda-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: an agenda pack as printed to PDF from the LGA's Word template. A4 portrait, Helvetica. Page 1 a cover
// (meeting, date, time, venue, then short headed notes: attendance, political group meetings, apologies, contact).
// Page 2 "Agenda" with a ruled table No. | Item | For | Page. From page 3 the paper for item 3: a running header
// (board left, date right) and a page number in the footer, drawn first/last on each page; the front sheet as
// bold headings with the text under them (Purpose of report, Summary, Is this report confidential?,
// Recommendations with a typed numbered list, Action), then "Contact details" as a borderless two-column grid of
// labels and values; numbered paragraphs under headings; Table 1 (recommended awards, seven columns, a Total row)
// and Table 2 (reserve list); Implications for Wales, Financial and Equalities implications, Next steps.
// Rendering: page furniture dropped; the grid's label/value pairs as "Label value" lines; table rows as cells
// joined with " | ".
// Synthetic test fixture: the people, councils' bids, scores and figures are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "public-toilets-changing-places-working-group-agenda-2028-06-14";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");

// ---------------------------------------------------------------- content
const BOARD = "Public Toilets and Changing Places Working Group";
const COVER = {
  org: "Local Government Association",
  board: BOARD,
  title: "Agenda",
  when: "Wednesday 14 June 2028",
  time: "11.00 am to 1.00 pm",
  venue: "Room 4, 18 Smith Square, London SW1P 3HZ, and online (Microsoft Teams)",
  notes: [
    ["Attendance", "This is a hybrid meeting. Please tell Member Services by Friday 9 June 2028 whether you will attend in person or online. A link to join online is in your calendar invitation."],
    ["Political group meetings", "Conservative group: 10.00 am, Room 2. Labour group: 10.00 am, Room 3. Liberal Democrat, Independent and Green members: 10.15 am, Room 5."],
    ["Apologies", "If you cannot attend, please tell Member Services, and your group office if you wish a substitute to attend in your place."],
    ["Papers", "The papers for items 2, 5 and 6 are published as separate documents on the Working Group’s page of the LGA website. The note of the meeting held on 8 March 2028 (item 7) is also published there."],
    ["Contact", "Barnaby Illsley, Member Services Officer, 020 7946 0927, barnaby.illsley@local.gov.uk"],
  ],
};
const AGENDA_H = "Agenda";
const AGENDA_SUB = "Wednesday 14 June 2028, 11.00 am, Room 4, 18 Smith Square";
const AG_HEAD = ["No.", "Item", "For", "Page"];
const AGENDA = [
  ["1.", "Welcome, apologies, substitutes and declarations of interest", "–", "–"],
  ["2.", "Membership, terms of reference and meeting dates 2028/29", "Decision", "Separate paper"],
  ["3.", "Changing Places Accelerator Fund: round 2 recommended awards", "Decision", "3 - 5"],
  ["4.", "Public toilet provision survey 2028: early findings (oral update by Varley Hinchcliffe Research Ltd)", "Discussion", "–"],
  ["5.", "Work programme 2027/28: performance at quarter 4", "Noting", "Separate paper"],
  ["6.", "Budget 2027/28: provisional outturn", "Noting", "Separate paper"],
  ["7.", "Note of the previous meeting, 8 March 2028", "Agreement", "Separate paper"],
  ["8.", "Any other business", "–", "–"],
];
const AG_AFTER = "Date of next meeting: Wednesday 20 September 2028, 11.00 am, 18 Smith Square (subject to item 2).";

const PAPER_TITLE = "Changing Places Accelerator Fund: round 2 recommended awards";
const FRONT = [
  ["Purpose of report", ["For decision."]],
  ["Summary", ["Round 2 of the Changing Places Accelerator Fund closed on 19 April 2028 with 27 bids for £1,362,500 against the £740,000 available. This report recommends 12 awards totalling £718,000, a reserve list of three bids and a contingency of £22,000. Three of the recommended awards are for less than the council asked for."]],
  ["Is this report confidential?", ["No"]],
  ["Recommendations", [
    "That the Working Group:",
    "1. agrees the 12 awards totalling £718,000 set out in Table 1;",
    "2. agrees the reserve list of three bids in Table 2, in the order shown; and",
    "3. delegates to the Head of Neighbourhoods and Place, in consultation with the Vice-Chair, the decision to offer a grant to a reserve bid if a council withdraws before 31 October 2028.",
  ]],
  ["Action", ["Officers to tell councils of the outcome by Friday 30 June 2028 and to issue grant agreements in July 2028."]],
];
const CONTACT_H = "Contact details";
const CONTACT = [
  ["Contact officer:", "Callum Pocklington"],
  ["Position:", "Adviser (Grants)"],
  ["Phone no:", "020 7946 0684"],
  ["Email:", "callum.pocklington@local.gov.uk"],
];
const BODY1 = [
  ["h", "Background"],
  ["p", "1. The Changing Places Accelerator Fund helps councils to provide Changing Places toilets – larger accessible toilets with a height-adjustable changing bench, a ceiling hoist and room for two carers – in places where there is none within a 20-minute drive. The LGA runs the fund with £1,500,000 from government over 2027/28 and 2028/29, and the Working Group decides the awards."],
  ["p", "2. Round 1 awarded £760,000 to 19 councils in September 2027, and 15 of those toilets were open by 31 March 2028 (see item 5). Round 2 opened on 1 February 2028 and closed on 19 April 2028, with the remaining £740,000 available. At its meeting on 8 March 2028 the Working Group agreed that a mobile Changing Places unit could receive up to £90,000; the limit for a fixed toilet stays at £75,000."],
  ["h", "Round 2 bids"],
  ["p", "3. Twenty-seven councils bid for £1,362,500 in all. Two officers scored each bid out of 100 against the published criteria: need (40 points), deliverability (30), value for money (20) and involvement of disabled people and their organisations (10). The Deputy Chair, Cllr Imogen Rushworth, moderated the scores of the bids within five points of the threshold. Bids that score below 60 are not recommended."],
  ["p", "4. Twelve bids are recommended for awards totalling £718,000, set out in Table 1 in order of score. Three are recommended for less than the council asked for: CPA2-03, because the drainage survey in the bid is not an eligible cost; CPA2-07, because Keswick Town Council has since agreed to pay £5,000 of the cost; and CPA2-10, because £15,000 of the bid is for landscaping, which the fund does not pay for."],
  ["p", "5. The £22,000 left over would be held as a contingency, so that a council whose costs rise can be given up to 10 per cent more than its award."],
];
const T1_CAP = "Table 1: Round 2 recommended awards (£)";
const T1_HEAD = ["Ref", "Council", "Site", "Type", "Requested", "Recommended", "Score"];
const T1 = [
  ["CPA2-01", "Plymouth City Council", "Hoe foreshore", "New build", 75000, 75000, 90],
  ["CPA2-02", "Northumberland County Council", "Kielder Waterside", "New build", 75000, 75000, 86],
  ["CPA2-03", "Rutland County Council", "Victoria Hall, Oakham", "Conversion", 52000, 48000, 81],
  ["CPA2-04", "Kirklees Council", "Huddersfield Open Market", "Conversion", 52000, 52000, 79],
  ["CPA2-05", "East Suffolk Council", "Southwold seafront", "New build", 75000, 75000, 77],
  ["CPA2-06", "Wirral Council", "Marine Point, New Brighton", "Conversion", 39500, 39500, 76],
  ["CPA2-07", "Cumberland Council", "Bell Close car park, Keswick", "New build", 75000, 70000, 74],
  ["CPA2-08", "Norwich City Council", "Norwich Market", "Conversion", 44000, 44000, 72],
  ["CPA2-09", "Dorset Council", "Mobile unit for county events", "Mobile unit", 90000, 90000, 71],
  ["CPA2-10", "Telford and Wrekin Council", "Telford Town Park", "New build", 75000, 60000, 68],
  ["CPA2-11", "Medway Council", "Rochester Esplanade", "Conversion", 41000, 41000, 66],
  ["CPA2-12", "North Lincolnshire Council", "Central Park, Scunthorpe", "Conversion", 48500, 48500, 63],
];
const T2_CAP = "Table 2: Reserve list, in order (£)";
const T2_HEAD = ["Order", "Council", "Site", "Type", "Requested", "Score"];
const T2 = [
  ["1", "Blackpool Council", "Central Promenade", "New build", 75000, 62],
  ["2", "Cheshire East Council", "Lyceum Square, Crewe", "Conversion", 47000, 61],
  ["3", "Swindon Borough Council", "Lydiard Park", "Conversion", 38000, 60],
];
const BODY2 = [
  ["p", "6. If a council on Table 1 withdraws, its grant would be offered to the reserve bids in the order shown, as far as the money allows. The other 12 bids scored below 60, and officers will offer each of those councils a feedback call in July 2028."],
  ["h", "Implications for Wales"],
  ["p", "7. The fund covers England only. Officers have shared the scoring criteria with the Welsh Local Government Association at its request."],
  ["h", "Financial implications"],
  ["p", "8. The awards are paid from the government grant for the fund, which is held separately from the Working Group’s budget. The cost of running the round is met from the staffing budget (item 6)."],
  ["h", "Equalities implications"],
  ["p", "9. The fund exists to remove a barrier to disabled people taking part in everyday life. Bids scored points for involving disabled people and their organisations in the choice of site and the design, and 10 of the 12 recommended bids did so."],
  ["h", "Next steps"],
  ["p", "10. Subject to the Working Group’s decision, councils will be told of the outcome by Friday 30 June 2028. Toilets funded in round 2 must be open by 31 March 2029, and progress will be reported to each meeting in the performance report."],
];

// ---------------------------------------------------------------- checks
const sum = (rows, i) => rows.reduce((a, r) => a + r[i], 0);
if (T1.length !== 12 || sum(T1, 5) !== 718000 || 740000 - 718000 !== 22000) throw new Error("Table 1 total " + sum(T1, 5));
if (T1.filter((r) => r[4] !== r[5]).map((r) => r[0]).join() !== "CPA2-03,CPA2-07,CPA2-10") throw new Error("reduced awards");
if (75000 - 70000 !== 5000 || 75000 - 60000 !== 15000) throw new Error("reductions");
for (let i = 1; i < T1.length; i++) if (T1[i][6] >= T1[i - 1][6]) throw new Error("order of score");
if (T1.some((r) => r[6] < 60) || T2.some((r) => r[5] < 60) || T2[0][5] >= T1[11][6]) throw new Error("scores");
if (T1.some((r) => r[5] > (r[3] === "Mobile unit" ? 90000 : 75000))) throw new Error("limits");
if (1500000 - 760000 !== 740000 || 12 + 3 + 12 !== 27) throw new Error("fund arithmetic");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([COVER, AGENDA_SUB, AG_AFTER, FRONT, BODY1, BODY2]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const money = (n) => (typeof n === "number" && n >= 1000 ? n.toLocaleString("en-GB") : String(n));
const T1S = [...T1.map((r) => r.map(money)), ["Total", "", "", "", money(sum(T1, 4)), money(sum(T1, 5)), ""]];
const T2S = T2.map((r) => r.map(money));

// ---------------------------------------------------------------- PDF
const PW = 595.28, PH = 841.89, L = 62, W = PW - 2 * L, TOP = 70, BOTTOM = PH - 70;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 20, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.info.Title = `${BOARD} – Agenda – 14 June 2028`;
doc.info.Author = "Local Government Association";
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#4b2a6e";
const INK = "#1a1a1a";
let y = TOP, page = 0;
const paperPages = [];
const newPage = (paper = false) => {
  doc.addPage();
  page++;
  y = TOP;
  if (paper) paperPages.push(page);
};
const ensure = (h, paper = true) => { if (y + h > BOTTOM) newPage(paper); };
const FS = 10.5, LG = 2;
const para = (t, o = {}) => {
  const f = o.bold ? "Helvetica-Bold" : "Helvetica", fs = o.size ?? FS, x = L + (o.indent ?? 0), w = W - (o.indent ?? 0);
  const h = doc.font(f).fontSize(fs).heightOfString(t, { width: w, lineGap: LG });
  ensure(h + (o.keep ?? 0));
  doc.font(f).fontSize(fs).fillColor(o.color ?? INK).text(t, x, y, { width: w, lineGap: LG });
  y += h + (o.after ?? 8);
};
const heading = (t, size = 12) => para(t, { bold: true, size, color: ACC, after: 4, keep: 40 });

// --- cover
newPage();
doc.rect(L, 60, 74, 40).fillColor(ACC).fill();
doc.font("Helvetica-Bold").fontSize(20).fillColor("white").text("LGA", L + 14, 70, { lineBreak: false });
y = 130;
para(COVER.org, { size: 12, color: "#555555", after: 30 });
para(COVER.board, { bold: true, size: 22, color: ACC, after: 14 });
para(COVER.title, { bold: true, size: 18, after: 20 });
para(COVER.when, { bold: true, size: 13, after: 4 });
para(COVER.time, { size: 12, after: 4 });
para(COVER.venue, { size: 12, after: 40 });
for (const [h, t] of COVER.notes) {
  para(h, { bold: true, size: 10.5, after: 2 });
  para(t, { size: 10, after: 10 });
}

// --- agenda
newPage();
para(AGENDA_H, { bold: true, size: 20, color: ACC, after: 6 });
para(AGENDA_SUB, { size: 11, after: 16 });
const table = (head, rows, widths, o = {}) => {
  const PAD = 4, TF = o.size ?? 9.5;
  const X = widths.map((_, i) => L + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const tw = widths.reduce((a, b) => a + b, 0);
  const heightOf = (cells, bold) => Math.max(...cells.map((t, i) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(TF).heightOfString(t || " ", { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  const drawRow = (cells, kind) => {
    const bold = kind !== "row";
    const h = heightOf(cells, bold);
    if (kind === "head") doc.rect(L, y, tw, h).fillColor(ACC).fill();
    if (kind === "total") doc.rect(L, y, tw, h).fillColor("#e8e0f0").fill();
    cells.forEach((t, i) => {
      if (!t) return;
      const right = o.right?.includes(i) && kind !== "head";
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(TF).fillColor(kind === "head" ? "white" : INK).text(t, X[i] + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: right ? "right" : "left" });
    });
    doc.lineWidth(0.5).strokeColor("#8a7a9c");
    doc.rect(L, y, tw, h).stroke();
    X.slice(1).forEach((x) => doc.moveTo(x, y).lineTo(x, y + h).stroke());
    y += h;
  };
  ensure(heightOf(head, true) + heightOf(rows[0], false) + 20, o.paper);
  if (o.caption) para(o.caption, { bold: true, size: 10, after: 4 });
  drawRow(head, "head");
  for (const r of rows) {
    const h = heightOf(r, r[0] === "Total");
    if (y + h > BOTTOM) { newPage(o.paper); drawRow(head, "head"); }
    drawRow(r, r[0] === "Total" ? "total" : "row");
  }
  y += 12;
};
table(AG_HEAD, AGENDA, [34, 290, 72, 75], { size: 10.5, paper: false });
para(AG_AFTER, { size: 10.5 });

// --- paper for item 3
newPage(true);
para(PAPER_TITLE, { bold: true, size: 17, color: ACC, after: 14 });
for (const [h, ps] of FRONT) {
  heading(h, 11.5);
  ps.forEach((p, i) => para(p, { indent: /^\d\. /.test(p) ? 14 : 0, after: i === ps.length - 1 ? 10 : 4 }));
}
heading(CONTACT_H, 11.5);
ensure(CONTACT.length * 16);
for (const [l, v] of CONTACT) {
  doc.font("Helvetica-Bold").fontSize(FS).fillColor(INK).text(l, L, y, { lineBreak: false });
  doc.font("Helvetica").fontSize(FS).fillColor(INK).text(v, L + 120, y, { lineBreak: false });
  y += 16;
}
y += 12;
for (const [k, t] of BODY1) (k === "h" ? heading(t) : para(t));
table(T1_HEAD, T1S, [50, 100, 96, 58, 56, 72, 39], { right: [4, 5, 6], size: 8.6, caption: T1_CAP, paper: true });
table(T2_HEAD, T2S, [40, 120, 120, 70, 60, 61], { right: [4, 5], size: 8.6, caption: T2_CAP, paper: true });
for (const [k, t] of BODY2) (k === "h" ? heading(t) : para(t));

// running header and footer on the paper's pages (drawn last)
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  doc.page.margins.bottom = 0;
  if (paperPages.includes(p + 1)) {
    doc.font("Helvetica").fontSize(8.5).fillColor("#555555").text(BOARD, L, 36, { lineBreak: false });
    doc.font("Helvetica").fontSize(8.5).fillColor("#555555").text("14 June 2028", L, 36, { width: W, align: "right", lineBreak: false });
  }
  if (p > 0) doc.font("Helvetica").fontSize(8.5).fillColor("#555555").text(String(p + 1), L, PH - 44, { width: W, align: "center", lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- rendering
const R = [COVER.org, COVER.board, COVER.title, COVER.when, COVER.time, COVER.venue];
for (const [h, t] of COVER.notes) R.push(h, t);
R.push(AGENDA_H, AGENDA_SUB, AG_HEAD.join(" | "), ...AGENDA.map((r) => r.join(" | ")), AG_AFTER, PAPER_TITLE);
for (const [h, ps] of FRONT) R.push(h, ...ps);
R.push(CONTACT_H, ...CONTACT.map(([l, v]) => `${l} ${v}`));
for (const [, t] of BODY1) R.push(t);
R.push(T1_CAP, T1_HEAD.join(" | "), ...T1S.map((r) => r.filter((c) => c !== "").join(" | ")));
R.push(T2_CAP, T2_HEAD.join(" | "), ...T2S.map((r) => r.join(" | ")));
for (const [, t] of BODY2) R.push(t);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages; paper on pages ${paperPages.join(", ")}) and text/${BASE}.txt (${R.length} lines)`);
