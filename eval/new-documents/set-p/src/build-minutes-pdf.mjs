// Builds docs/bereavement-services-panel-minutes-2026-10-21.pdf (draft minutes of the LGA Bereavement Services
// Panel, Wednesday 21 October 2026, made with pdfkit) and its plain-text rendering
// text/bereavement-services-panel-minutes-2026-10-21.txt from the same content.
//
//   node src/build-minutes-pdf.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait, DejaVu Serif body with DejaVu Sans headings (embedded). A title block with a boxed
// "DRAFT" notice at the top right; an ATTENDANCE BLOCK whose labels ("Present:", "Substitute:", "Apologies:",
// "Officers:", "Also present:") sit in a LEFT COLUMN with one entry a line beside them; then the minutes, each
// with its MINUTE NUMBER ("41/26") IN THE LEFT COLUMN beside a bold heading, paragraphs in the right column,
// "RESOLVED that" paragraphs (bold "RESOLVED"), and numbered resolutions "(1)" … with a hanging indent. Every item
// after the formalities names the officer who introduced it; a declarations of interest minute; apologies and a
// substitute. A running header from page 2 ("Bereavement Services Panel – 21 October 2026 – draft minutes") and
// a "Page n of N" footer on every page, drawn last. No paragraph is split across a page.
// Rendering: title lines; each attendance label alone on a line and its entries one a line; each minute as
// "41/26 Heading", then its paragraphs and resolutions one a line; the header and footer dropped.
// Synthetic test fixture: the meeting, people, interests and decisions are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "bereavement-services-panel-minutes-2026-10-21";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");
const FONTS = "/usr/share/fonts/truetype/dejavu";

// ---------------------------------------------------------------- content
const TITLE = ["LOCAL GOVERNMENT ASSOCIATION", "Bereavement Services Panel", "Minutes of the meeting held on Wednesday 21 October 2026"];
const META = ["Time: 10.30 am to 12.35 pm", "Venue: Room 4.1, 18 Smith Square, London SW1P 3HZ, and online"];
const DRAFT = "DRAFT – to be confirmed at the meeting on 20 January 2027";
const ATTEND = [
  ["Present:", [
    "Cllr Elowen Rosewarne (Chair) – Bristol City Council",
    "Cllr Crispin Hebditch (Vice-Chair) – North Yorkshire Council",
    "Cllr Yusuf Bhamjee – Blackburn with Darwen Borough Council",
    "Cllr Siobhan Garvagh – Somerset Council",
    "Cllr Beatrix Kettleborough – Shropshire Council",
    "Cllr Douglas Mabbutt – Essex County Council",
    "Cllr Priya Venkataraman – Leicester City Council",
    "Cllr Tobias Wrigglesworth – Stockport Metropolitan Borough Council (online)",
  ]],
  ["Substitute:", ["Cllr Rory Quinlivan – Gateshead Council (for Cllr Folasade Ogunwusi)"]],
  ["Apologies:", ["Cllr Folasade Ogunwusi – London Borough of Lambeth", "Cllr Fergus Dalgliesh – Westmorland and Furness Council"]],
  ["Officers:", [
    "Philippa Gathercole – Head of Bereavement Services Policy",
    "Lucian Trenowden – Senior Adviser (Burial Space)",
    "Nadia Bellchambers – Programme Manager (Capacity Fund)",
    "Halina Szczepanik – Grants Finance Manager",
    "Imran Lathbury – Member Services Officer (clerk)",
  ]],
  ["Also present:", ["Eleanor Quartermaine – Audit Manager, Calderwick Audit Partnership"]],
];
// a block: ["p", text] | ["res", text] (a "RESOLVED that …" paragraph) | ["item", text] (a numbered resolution)
const MINUTES = [
  ["41/26", "Welcome, apologies and substitutes", [
    ["p", "The Chair welcomed members to the meeting, and welcomed Eleanor Quartermaine of Calderwick Audit Partnership for item 4."],
    ["p", "Apologies were received from Cllr Folasade Ogunwusi and Cllr Fergus Dalgliesh. Cllr Rory Quinlivan attended as substitute for Cllr Ogunwusi. No substitute was nominated for Cllr Dalgliesh."],
  ]],
  ["42/26", "Declarations of interest", [
    ["p", "Cllr Yusuf Bhamjee declared an interest in item 5 (minute 45/26) as the cabinet member for environment at Blackburn with Darwen Borough Council, which had bid to round 2 of the Burial Space Capacity Fund. He left the meeting for that item and took no part in the discussion or the vote."],
    ["p", "Cllr Siobhan Garvagh declared that she is a trustee of the Quantock Natural Burial Trust, a charity. The trust had not bid to the fund, and she remained in the meeting for all items."],
    ["p", "No other interests were declared."],
  ]],
  ["43/26", "Minutes of the meeting held on 8 July 2026", [
    ["res", "RESOLVED that the minutes of the meeting held on 8 July 2026 be approved as a correct record, subject to minute 36/26 being corrected to show Cllr Mabbutt's council as Essex County Council."],
  ]],
  ["44/26", "Internal audit of the Burial Space Capacity Fund: follow-up of recommendations", [
    ["p", "Eleanor Quartermaine, Audit Manager, Calderwick Audit Partnership, introduced the report, which set out progress at 30 September 2026 on the 11 recommendations of the internal audit report of February 2026. Four had been implemented and three were overdue, and her opinion remained Limited assurance."],
    ["p", "Philippa Gathercole, Head of Bereavement Services Policy, responded for management. She apologised that the register of interests (IA26-02) had not been in use when round 2 scoring began, and reported that all four assessors had since signed declarations, on 12 October 2026. Members said that the round 2 grant offers should not be issued until the recommendation was fully in place."],
    ["p", "In answer to Cllr Mabbutt, Halina Szczepanik, Grants Finance Manager, confirmed that no payment had been made to a wrong account, and that the August and September reconciliations would be completed by 31 October 2026."],
    ["res", "RESOLVED that:"],
    ["item", "(1) the progress on the recommendations be noted;"],
    ["item", "(2) the revised due dates of 31 October 2026 for IA26-05 and 30 November 2026 for IA26-11 be agreed;"],
    ["item", "(3) IA26-02 be fully implemented by Friday 6 November 2026, before the round 2 grant offers are issued, and not by 30 November 2026 as proposed; and"],
    ["item", "(4) a further follow-up report be brought to the meeting on 20 January 2027."],
  ]],
  ["45/26", "Burial Space Capacity Fund 2026/27: round 2 allocations", [
    ["p", "Cllr Bhamjee left the meeting for this item."],
    ["p", "Lucian Trenowden, Senior Adviser (Burial Space), introduced the report, which recommended grants to 12 councils totalling £1,161,000. He reported that Tamworth Borough Council had withdrawn its bid on Friday 16 October 2026, because the purchase of its land would not complete by 31 December 2026, and that officers proposed to offer a grant to Hyndburn Borough Council, the first council on the reserve list."],
    ["p", "Members welcomed the three projects with Muslim burial sections. Cllr Kettleborough asked that future rounds give more weight to rural councils with small cemeteries, and the Chair asked officers to consider this when drafting the round 3 criteria."],
    ["res", "RESOLVED that:"],
    ["item", "(1) the grant allocations in Table 1 of the report be approved, except that to Tamworth Borough Council (BSCF/26/10), which is withdrawn;"],
    ["item", "(2) a grant of £88,500 be offered to Hyndburn Borough Council, the first council on the reserve list;"],
    ["item", "(3) the remaining £46,500 of the round 2 budget be carried forward to round 3;"],
    ["item", "(4) the rest of the reserve list in Appendix A be approved, in the order shown; and"],
    ["item", "(5) any change of up to 10 per cent in a single grant be delegated to the Head of Bereavement Services Policy, in consultation with the Chair."],
    ["p", "Cllr Bhamjee returned to the meeting."],
  ]],
  ["46/26", "Business plan 2026/27: progress at Quarter 2", [
    ["p", "Nadia Bellchambers, Programme Manager (Capacity Fund), introduced the report. Four commitments had missed their milestone in Quarter 2. She reported that the procurement for a shared direct cremation contract (BSP-07) had attracted only one bid and had been stopped, and proposed that the pilot be deferred to 2027/28."],
    ["p", "Cllr Venkataraman asked when the map of burial space would be published. Nadia Bellchambers said that it was now expected in December 2026, once the missing councils' data had been received."],
    ["res", "RESOLVED that:"],
    ["item", "(1) progress on the business plan be noted; and"],
    ["item", "(2) commitment BSP-07, the pilot of a shared direct cremation contract, be deferred to 2027/28, and the £12,000 set aside for it in 2026/27 be moved to the bereavement officers' training programme (BSP-09)."],
  ]],
  ["47/26", "Dates of meetings in 2027", [
    ["p", "Imran Lathbury, Member Services Officer, reported that the meeting planned for 14 April 2027 fell in the Easter school holidays in many areas."],
    ["res", "RESOLVED that the meeting on Wednesday 14 April 2027 be moved to Wednesday 21 April 2027, and that the meeting on Wednesday 20 January 2027 be held in Leicester as planned."],
  ]],
  ["48/26", "Any other business", [
    ["p", "Cllr Hebditch raised the rising cost to councils of public health funerals. The Chair agreed that the paper on recovering these costs, already in the forward plan, should come to the meeting on 20 January 2027."],
    ["p", "The meeting ended at 12.35 pm."],
  ]],
];
const SIGN = "Chair: ..............................................     Date: ..............................";
const RUNHEAD = "Bereavement Services Panel – 21 October 2026 – draft minutes";

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([TITLE, MINUTES]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
if (1161000 - 96000 + 88500 + 46500 !== 1200000) throw new Error("grant arithmetic");
if (MINUTES.map((m) => m[0]).join() !== "41/26,42/26,43/26,44/26,45/26,46/26,47/26,48/26") throw new Error("minute numbers");

// ---------------------------------------------------------------- PDF
const PW = 595.28, PH = 841.89;
const L = 56, R = 56;
const COL = 78; // left column (minute numbers, attendance labels)
const X2 = L + COL;
const W2 = PW - R - X2;
const TOP = 62, BOTTOM = PH - 64;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 30, left: L, right: R }, autoFirstPage: false, bufferPages: true });
doc.registerFont("S", join(FONTS, "DejaVuSerif.ttf"));
doc.registerFont("SB", join(FONTS, "DejaVuSerif-Bold.ttf"));
doc.registerFont("H", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("HB", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.info.Title = "Bereavement Services Panel – draft minutes – 21 October 2026";
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const ACC = "#4a2f5c";
const FS = 10;
const LG = 2;
let pages = 0;
let y = 0;
const newPage = () => { doc.addPage(); pages++; y = pages === 1 ? 48 : TOP; };
const hOf = (t, font, w, size = FS) => doc.font(font).fontSize(size).heightOfString(t, { width: w, lineGap: LG });
const ensure = (h) => { if (y + h > BOTTOM) newPage(); };
newPage();
doc.font("HB").fontSize(8.5).fillColor(ACC).text(TITLE[0], L, y, { lineBreak: false, characterSpacing: 1 });
y += 16;
doc.font("HB").fontSize(19).fillColor("black").text(TITLE[1], L, y, { lineBreak: false });
y += 28;
doc.font("H").fontSize(12).fillColor("black").text(TITLE[2], L, y, { lineBreak: false });
y += 20;
// boxed DRAFT notice, top right
{
  const bw = 150, bx = PW - R - bw, by = 44;
  const h = hOf(DRAFT, "HB", bw - 12, 8.5) + 10;
  doc.rect(bx, by, bw, h).lineWidth(1).strokeColor("#b22222").stroke();
  doc.font("HB").fontSize(8.5).fillColor("#b22222").text(DRAFT, bx + 6, by + 5, { width: bw - 12, lineGap: 1 });
}
for (const m of META) {
  const [lab, ...rest] = m.split(": ");
  doc.font("HB").fontSize(9.5).fillColor("#333333").text(lab + ": ", L, y, { continued: true, lineBreak: false });
  doc.font("H").fontSize(9.5).text(rest.join(": "), { lineBreak: false });
  y += 14;
}
y += 8;
doc.moveTo(L, y).lineTo(PW - R, y).lineWidth(0.8).strokeColor(ACC).stroke();
y += 10;
for (const [lab, entries] of ATTEND) {
  const h = entries.reduce((a, e) => a + hOf(e, "S", W2, 9.5) + 1, 0);
  ensure(h);
  doc.font("HB").fontSize(9).fillColor(ACC).text(lab, L, y + 0.5, { width: COL - 6, lineBreak: false });
  for (const e of entries) {
    doc.font("S").fontSize(9.5).fillColor("black").text(e, X2, y, { width: W2, lineGap: LG });
    y += hOf(e, "S", W2, 9.5) + 1;
  }
  y += 6;
}
y += 2;
doc.moveTo(L, y).lineTo(PW - R, y).lineWidth(0.8).strokeColor(ACC).stroke();
y += 14;
const blockH = (b) => {
  if (b[0] === "item") return hOf(b[1], "S", W2 - 24) + 5;
  return hOf(b[1], b[0] === "res" ? "SB" : "S", W2) + 7;
};
for (const [num, head, blocks] of MINUTES) {
  const hh = hOf(head, "HB", W2, 11) + 6;
  ensure(hh + blockH(blocks[0]) + 4); // heading kept with its first paragraph
  y += 4;
  doc.font("HB").fontSize(11).fillColor(ACC).text(num, L, y, { width: COL - 6, lineBreak: false });
  doc.font("HB").fontSize(11).fillColor("black").text(head, X2, y, { width: W2, lineGap: LG });
  y += hh;
  for (const b of blocks) {
    const h = blockH(b);
    ensure(h);
    if (b[0] === "item") {
      const [, n, rest] = b[1].match(/^(\(\d\)) (.*)$/);
      doc.font("S").fontSize(FS).fillColor("black").text(n, X2 + 4, y, { lineBreak: false });
      doc.font("S").fontSize(FS).text(rest, X2 + 24, y, { width: W2 - 24, lineGap: LG });
    } else if (b[0] === "res") {
      doc.font("SB").fontSize(FS).fillColor("black").text("RESOLVED", X2, y, { width: W2, lineGap: LG, continued: true });
      doc.font("S").fontSize(FS).text(b[1].slice("RESOLVED".length), { width: W2, lineGap: LG });
    } else {
      doc.font("S").fontSize(FS).fillColor("black").text(b[1], X2, y, { width: W2, lineGap: LG });
    }
    y += h;
  }
  y += 6;
}
ensure(50);
y += 24;
doc.font("S").fontSize(FS).fillColor("black").text(SIGN, X2, y, { lineBreak: false });
// running header (from page 2) and footer, drawn last
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  doc.page.margins.bottom = 0;
  if (p > 0) {
    doc.font("H").fontSize(8).fillColor("#666666").text(RUNHEAD, L, 34, { width: PW - L - R, align: "right", lineBreak: false });
    doc.moveTo(L, 46).lineTo(PW - R, 46).lineWidth(0.4).strokeColor("#999999").stroke();
  }
  doc.font("H").fontSize(8).fillColor("#666666").text(`Page ${p + 1} of ${range.count}`, L, PH - 40, { width: PW - L - R, align: "center", lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));
if (pages < 2 || pages > 4) throw new Error(`${pages} pages`);

// ---------------------------------------------------------------- rendering
const RL = [...TITLE, ...META, DRAFT];
for (const [lab, entries] of ATTEND) RL.push(lab, ...entries);
for (const [num, head, blocks] of MINUTES) RL.push(`${num} ${head}`, ...blocks.map((b) => b[1]));
RL.push(SIGN);
writeFileSync(join(root, "text", BASE + ".txt"), RL.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${pages} pages) and text/${BASE}.txt (${RL.length} lines)`);
