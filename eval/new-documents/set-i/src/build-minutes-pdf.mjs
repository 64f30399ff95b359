// Builds docs/workforce-board-minutes-2024-02-14.pdf (draft minutes of the LGA Workforce Board, 14 February
// 2024, made with pdfkit) and its plain-text rendering text/workforce-board-minutes-2024-02-14.txt from the
// same content.
//
//   node src/build-minutes-pdf.mjs        (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait. A title block; members present, substitute, apologies and in attendance as two
// columns of text (name left, council right) drawn without a table; "Officers present" as a list of
// officers with their initials in brackets – the key to the initials used later. Then the minutes as a
// three-column grid drawn with rules: a left margin column holding the minute number ("23/24/15", on
// the minute's heading line only), the item text beside it (a bold heading, then paragraphs) and a
// right-hand "Action by" column holding officers' initials level with the paragraph they belong to; the
// paragraph itself does not name who is to act. Decisions are paragraphs starting with a bold
// "Decision:". Paragraphs are kept whole on a page. A running header (from page 2) and a page footer,
// drawn last on every page, are page furniture and left out of the rendering.
// Synthetic test fixture: the people and proceedings are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "workforce-board-minutes-2024-02-14";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");

// ---------------------------------------------------------------- content
const TOP_LINES = ["Local Government Association", "Workforce Board"];
const TITLE = "Minutes of the meeting held on Wednesday 14 February 2024";
const STATUS = "Draft: subject to approval by the Board at its meeting on 17 April 2024";
const VENUE = "Venue: Rooms 1 and 2, 18 Smith Square, London SW1P 3HZ, and online via Microsoft Teams. The meeting started at 11.00am and ended at 1.05pm.";
// attendance blocks: [label, [[left, right]]]
const ATTEND = [
  [
    "Members present:",
    [
      ["Cllr Harriet Oxenbould (Chair)", "Calderdale Council"],
      ["Cllr Desmond Achterberg (Vice-Chair)", "Suffolk County Council"],
      ["Cllr Fenella Ravensdale (Deputy Chair)", "London Borough of Sutton"],
      ["Cllr Rowan Tregothnan (Deputy Chair)", "Cornwall Council"],
      ["Cllr Ngozi Adebayo-Reid", "Lewisham Council"],
      ["Cllr Winifred Ellerby", "Hampshire County Council"],
      ["Cllr Philippa Dunsmore (online)", "Wiltshire Council"],
      ["Cllr Jasvinder Sangha-Rowe", "Sandwell Metropolitan Borough Council"],
      ["Cllr Imogen Treloar", "Eastleigh Borough Council"],
      ["Cllr Tobias Merryweather", "North Yorkshire Council"],
      ["Cllr Bartholomew Nnadi", "Leicester City Council"],
      ["Cllr Alasdair Rennison", "Cumberland Council"],
    ],
  ],
  ["Substitute:", [["Cllr Giles Pemberton-Rigg", "West Northamptonshire Council"]]],
  [
    "Apologies:",
    [
      ["Cllr Conrad Hesketh", "Lancashire County Council"],
      ["Cllr Emlyn Thorogood", "Wakefield Council"],
    ],
  ],
  ["In attendance:", [["Dr Sorcha Linnane", "Deputy Director, Children's Social Care Workforce, Department for Education (minute 23/24/15)"]]],
];
const OFFICERS_H = "Officers present (initials as used in the Action by column):";
const OFFICERS = [
  ["Theodora Bramall (TB)", "Director, Workforce"],
  ["Kofi Amankwah-Hurst (KAH)", "Head of Workforce Programmes"],
  ["Clemency Allardyce (CA)", "Senior Adviser (Social Care Workforce)"],
  ["Gervase Fothergill (GF)", "Senior Adviser (Pay and Reward)"],
  ["Ravi Chandrasekaran (RC)", "Programme Manager (Planning Capacity)"],
  ["Saoirse Dempsey (SD)", "Adviser (Apprenticeships)"],
  ["Oluwaseun Bamgbose (OB)", "Senior Adviser (Equality, Diversity and Inclusion)"],
  ["Ebele Njoku-Lamb (ENL)", "Programme Manager (Digital Skills)"],
  ["Lucinda Mapperley (LM)", "Member Services Officer (minutes)"],
];
const GRID_HEAD = ["Minute", "Item", "Action by"];
// minutes: [number, heading, [paragraph]] ; paragraph: {text, action?, decision?}
const P = (text, action) => ({ text, action });
const D = (text) => ({ text, decision: true });
const MINUTES = [
  [
    "23/24/13",
    "Welcome, apologies and declarations of interest",
    [
      P("The Chair welcomed members to the meeting, and in particular Cllr Imogen Treloar (Eastleigh Borough Council), who was attending her first meeting of the Board in place of Cllr Quentin Abercorn."),
      P("Apologies were received from Cllr Conrad Hesketh, for whom Cllr Giles Pemberton-Rigg attended as substitute, and from Cllr Emlyn Thorogood."),
      P("Cllr Ngozi Adebayo-Reid declared a non-pecuniary interest in minute 23/24/17 as a member of UNISON. She remained in the meeting for that item."),
    ],
  ],
  [
    "23/24/14",
    "Minutes of the previous meeting",
    [
      P("Members considered the minutes of the meeting held on 22 November 2023."),
      P("Under matters arising, KAH reported that the second phase of the local government careers campaign had launched on 15 January 2024 as planned (minute 23/24/09 refers), and that the related risk was proposed for closure under minute 23/24/16."),
      D("The minutes of the meeting held on 22 November 2023 were agreed as a correct record."),
    ],
  ],
  [
    "23/24/15",
    "Workforce programmes dashboard: Quarter 3 2023/24",
    [
      P("KAH introduced the dashboard, which reports the position of the eight programmes in the Board's work programme at 31 December 2023. Two programmes were rated Red, three Amber and three Green, compared with one Red at Quarter 2. Across the eight programmes, £4,828,500 of the budget of £8,080,000 for 2023/24 had been spent."),
      P("On the Planning Capacity and Skills programme, RC explained that only 41 of the 100 trainee planner places had been filled, because the Department for Levelling Up, Housing and Communities (DLUHC) had not confirmed the grant conditions until November 2023. Members were concerned that grant not committed by 31 March 2024 would have to be returned."),
      P("The Board asked for a recovery plan for the programme, showing how the remaining places would be filled and the grant committed, to come to its next meeting.", "RC"),
      P("On Digital Skills for the Workforce, ENL reported that the supplier contract had been signed on 29 January 2024, three months later than planned, and that an underspend of around £240,000 was forecast for the year. Cllr Tobias Merryweather asked that members see the revised spend profile before the April meeting.", "ENL"),
      P("Dr Sorcha Linnane updated members on the national rules on the use of agency social workers, now expected to be published in spring 2024. Cllr Bartholomew Nnadi asked how many councils in each region had signed the regional memoranda of understanding on agency social workers; the figures will be circulated to members.", "CA"),
      D("The Board noted the dashboard and asked for a recovery plan for the Planning Capacity and Skills programme to be brought to its meeting on 17 April 2024."),
    ],
  ],
  [
    "23/24/16",
    "Programme risk register",
    [
      P("TB introduced the register, which holds nine risks. Since the last register, WB-R7 (the digital skills supplier contract) had risen from 8 to 16, as its likelihood had been raised from 2 to 4 after the delay to the contract, and WB-R6 (the launch of the careers campaign) had been closed by the Director on 31 January 2024, subject to the Board's agreement."),
      P("Cllr Winifred Ellerby asked whether WB-R2 (industrial action over the 2024/25 pay award) should be tolerated, as the outcome of the negotiations is not in the LGA's control. TB advised that it should remain at Treat, because early consultation with councils and clear communications could reduce its likelihood."),
      P("Members asked that the next register show a target date for each mitigating action.", "TB"),
      D("The Board (a) noted the risk register and (b) agreed the closure of risk WB-R6."),
    ],
  ],
  [
    "23/24/17",
    "Local government pay 2024/25",
    [
      P("GF introduced the report. The trade unions had submitted their pay claim for 2024/25 on 26 January 2024, seeking an increase of at least £3,000 or 10 per cent on all pay points, whichever is greater, from 1 April 2024. Officers estimated that the claim would add around £2.1 billion to councils' pay bills in England."),
      P("Members noted that most councils had set their budgets for 2024/25 assuming a pay increase of between 3 and 4 per cent."),
      P("The consultation with councils will be issued by 21 February 2024.", "GF"),
      D("The Board agreed that the LGA should consult all councils in England on their response to the claim, with the consultation closing on 8 March 2024, and that the results be reported to the National Employers."),
    ],
  ],
  [
    "23/24/18",
    "Apprenticeship levy: the Board's asks of Government",
    [
      P("SD presented the paper, which proposed three asks: that the time before unspent levy funds expire be extended from 24 to 30 months; that the limit on transfers of levy funds to other employers be raised from 25 per cent to 50 per cent; and that levy funds be allowed to pay for pre-apprenticeship programmes."),
      P("Cllr Alasdair Rennison proposed that the first ask be for 36 months rather than 30 months, to allow for the length of higher and degree apprenticeships. Members agreed."),
      P("A letter from the Chair setting out the asks will be sent to the Secretary of State for Education by 1 March 2024.", "SD"),
      D("The Board agreed the three asks in the paper, with the first amended so that unspent levy funds expire after 36 months."),
    ],
  ],
  [
    "23/24/19",
    "Workforce equality survey 2023: headline results",
    [
      P("OB presented the headline results of the 2023 workforce equality survey, to which 219 councils had responded. Women made up 77 per cent of the workforce but 41 per cent of chief executives. 11.2 per cent of staff were from an ethnic minority background, compared with 7.6 per cent of senior managers (tiers 1 to 3)."),
      P("Members asked that the full report set out the results by type of council and by region.", "OB"),
      D("The Board noted the headline results and agreed that the full report be published on 7 March 2024, ahead of International Women's Day."),
    ],
  ],
  [
    "23/24/20",
    "Any other business and date of next meeting",
    [
      P("Cllr Fenella Ravensdale thanked Cllr Quentin Abercorn for his work on the Board since 2021."),
      P("Members asked that the April meeting be held in person only, without an online option.", "LM"),
      P("The next meeting of the Board will be held on Wednesday 17 April 2024 at 11.00am at 18 Smith Square, London SW1P 3HZ."),
    ],
  ],
];

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const L = 50;
const W = PW - 2 * L;
const TOP = 62;
const BOTTOM = PH - 64;
const NUMX = L;
const NUMW = 58;
const ACTW = 62;
const TXTX = L + NUMW + 8;
const TXTW = W - NUMW - ACTW - 16;
const ACTX = L + W - ACTW;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 40, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.info.Title = "Workforce Board – minutes of 14 February 2024 (draft)";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
doc.addPage();
let y = TOP;
doc.font("Helvetica-Bold").fontSize(10).fillColor("#6b2c91").text(TOP_LINES[0], L, y, { width: W });
y = doc.y + 2;
doc.font("Helvetica-Bold").fontSize(18).fillColor("black").text(TOP_LINES[1], L, y, { width: W });
y = doc.y + 2;
doc.font("Helvetica").fontSize(12.5).text(TITLE, L, y, { width: W });
y = doc.y + 3;
doc.font("Helvetica-Oblique").fontSize(9).fillColor("#444444").text(STATUS, L, y, { width: W }).fillColor("black");
y = doc.y + 6;
doc.font("Helvetica").fontSize(9).text(VENUE, L, y, { width: W });
y = doc.y + 10;
// attendance: label, then two columns of text (no table)
const LEFTW = 205;
for (const [label, rows] of ATTEND) {
  doc.font("Helvetica-Bold").fontSize(9.2).text(label, L, y, { width: W });
  y = doc.y + 1;
  for (const [a, b] of rows) {
    doc.font("Helvetica").fontSize(9.2);
    const h = Math.max(doc.heightOfString(a, { width: LEFTW - 6 }), doc.heightOfString(b, { width: W - LEFTW - 12 }));
    doc.text(a, L + 12, y, { width: LEFTW - 6 });
    doc.text(b, L + 12 + LEFTW, y, { width: W - LEFTW - 12 });
    y += h + 1.5;
  }
  y += 5;
}
doc.font("Helvetica-Bold").fontSize(9.2).text(OFFICERS_H, L, y, { width: W });
y = doc.y + 1;
for (const [a, b] of OFFICERS) {
  doc.font("Helvetica").fontSize(9.2).text(a, L + 12, y, { width: LEFTW - 6 });
  doc.text(b, L + 12 + LEFTW, y, { width: W - LEFTW - 12 });
  y += doc.currentLineHeight(true) + 1.5;
}
y += 12;

// the grid
const rule = (yy, w = 0.5, c = "#888888") => doc.moveTo(L, yy).lineTo(L + W, yy).lineWidth(w).strokeColor(c).stroke().strokeColor("black");
const gridHeader = () => {
  doc.rect(L, y, W, 16).fillColor("#ece3f2").fill().fillColor("black");
  doc.font("Helvetica-Bold").fontSize(9);
  doc.text(GRID_HEAD[0], NUMX + 3, y + 4, { width: NUMW, lineBreak: false });
  doc.text(GRID_HEAD[1], TXTX, y + 4, { width: TXTW, lineBreak: false });
  doc.text(GRID_HEAD[2], ACTX + 3, y + 4, { width: ACTW - 3, lineBreak: false });
  y += 16;
  rule(y, 0.8, "#6b2c91");
  y += 6;
};
gridHeader();
const gridTop = [{ page: 0, y: y - 22 }];
const PARA = { size: 9.3, lineGap: 1.2 };
const paraH = (p) => {
  doc.font("Helvetica").fontSize(PARA.size);
  return doc.heightOfString((p.decision ? "Decision: " : "") + p.text, { width: TXTW, lineGap: PARA.lineGap });
};
let page = 0;
const newPage = () => {
  doc.addPage();
  page++;
  y = TOP + 10;
  gridTop.push({ page, y });
};
for (const [num, heading, paras] of MINUTES) {
  // keep the heading with the first paragraph
  doc.font("Helvetica-Bold").fontSize(10);
  const hh = doc.heightOfString(heading, { width: TXTW }) + 4;
  if (y + hh + paraH(paras[0]) > BOTTOM) newPage();
  doc.font("Helvetica-Bold").fontSize(10).fillColor("#6b2c91").text(num, NUMX + 3, y, { width: NUMW, lineBreak: false }).fillColor("black");
  doc.font("Helvetica-Bold").fontSize(10).text(heading, TXTX, y, { width: TXTW });
  y = doc.y + 4;
  for (const p of paras) {
    const h = paraH(p);
    if (y + h > BOTTOM) newPage();
    doc.fontSize(PARA.size);
    if (p.decision) {
      doc.font("Helvetica-Bold").text("Decision: ", TXTX, y, { width: TXTW, lineGap: PARA.lineGap, continued: true });
      doc.font("Helvetica").text(p.text, { lineGap: PARA.lineGap });
    } else doc.font("Helvetica").text(p.text, TXTX, y, { width: TXTW, lineGap: PARA.lineGap });
    const yEnd = doc.y;
    if (p.action) doc.font("Helvetica-Bold").fontSize(9.5).text(p.action, ACTX + 3, y, { width: ACTW - 3, lineBreak: false });
    y = yEnd + 6;
  }
  rule(y - 2, 0.3, "#bbbbbb");
  y += 6;
}
const pageEnds = {};
pageEnds[page] = y;

// page furniture, drawn last: column rules, running header (page 2 on), footer
const range = doc.bufferedPageRange();
for (let k = 0; k < range.count; k++) {
  doc.switchToPage(k);
  const m = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const gt = gridTop.find((g) => g.page === k) ?? { y: TOP + 10 };
  const end = k === range.count - 1 ? pageEnds[k] - 8 : BOTTOM;
  for (const x of [TXTX - 5, ACTX - 4]) doc.moveTo(x, gt.y).lineTo(x, end).lineWidth(0.4).strokeColor("#bbbbbb").stroke();
  doc.font("Helvetica").fontSize(7.5).fillColor("#666666");
  if (k > 0) {
    doc.text("Workforce Board – 14 February 2024 – minutes (draft)", L, 34, { width: W * 0.7, lineBreak: false });
    doc.text("Minutes 23/24/13 to 23/24/20", L + W * 0.7, 34, { width: W * 0.3, align: "right", lineBreak: false });
    doc.moveTo(L, 46).lineTo(L + W, 46).lineWidth(0.4).strokeColor("#999999").stroke();
  }
  doc.moveTo(L, PH - 48).lineTo(L + W, PH - 48).lineWidth(0.4).strokeColor("#999999").stroke();
  doc.text("Local Government Association, 18 Smith Square, London SW1P 3HZ  T 020 7946 0000", L, PH - 42, { width: W * 0.8, lineBreak: false });
  doc.text(`Page ${k + 1} of ${range.count}`, L + W * 0.8, PH - 42, { width: W * 0.2, align: "right", lineBreak: false });
  doc.page.margins.bottom = m;
  doc.fillColor("black").strokeColor("black");
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- text rendering (reading order)
// Page furniture is left out. The attendance blocks: the label on its own line, then "left | right" per
// person. The grid: its column heads as "Minute | Item | Action by"; a minute's heading line as
// "number | heading"; each paragraph on its own line ("Decision: …" for decisions), followed by
// " | initials" when the Action by column holds initials level with it.
const lines = [...TOP_LINES, TITLE, STATUS, VENUE];
for (const [label, rows] of ATTEND) {
  lines.push(label);
  for (const r of rows) lines.push(r.join(" | "));
}
lines.push(OFFICERS_H);
for (const r of OFFICERS) lines.push(r.join(" | "));
lines.push(GRID_HEAD.join(" | "));
for (const [num, heading, paras] of MINUTES) {
  lines.push(`${num} | ${heading}`);
  for (const p of paras) lines.push((p.decision ? "Decision: " : "") + p.text + (p.action ? ` | ${p.action}` : ""));
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
// every initial in the Action by column is expanded in the officers list
const known = new Set(OFFICERS.map((o) => o[0].match(/\(([A-Z]+)\)/)[1]));
const missing = MINUTES.flatMap((m) => m[2]).filter((p) => p.action && !known.has(p.action));
if (missing.length) {
  console.error("initials not in the officers list: " + missing.map((p) => p.action).join(", "));
  process.exitCode = 1;
}
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt`);
