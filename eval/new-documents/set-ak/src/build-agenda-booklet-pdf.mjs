// Builds docs/fly-tipping-task-group-agenda-2047-11-19.pdf – the agenda pack for the Task Group's meeting of
// 19 November 2047 printed as a booklet – and its plain-text rendering
// text/fly-tipping-task-group-agenda-2047-11-19.txt, from the same content.
//
// Layout: twelve A5 pages imposed two to a landscape A4 sheet in booklet (saddle-stitch) order, as a
// "Booklet" print to PDF lays them out: the first sheet holds page 12 on the left and page 1 on the right,
// the next pages 2 and 11, then 10 and 3, 4 and 9, 8 and 5, 6 and 7. So the two halves of a PDF page are
// seldom consecutive pages. Each A5 page has its own running header (from page 2) and its page number at the
// foot of its half. The text rendering is in reading order, page 1 to page 12, each page's header first and
// its number last.
//
//   node src/build-agenda-booklet-pdf.mjs     (pdfkit 0.20 from /work/main/node_modules, or from the
//                                              project whose package.json is in PROJECT_PACKAGE_JSON)
// Synthetic test fixture: the people, figures and decisions are invented.
import { writeFileSync, mkdirSync, createWriteStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fly-tipping-task-group-agenda-2047-11-19";
const require = createRequire(process.env.PROJECT_PACKAGE_JSON ?? "/work/main/package.json");
const PDFDocument = require("pdfkit");
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });

const FONTS = "/usr/share/fonts/truetype/dejavu/";
const F = { r: FONTS + "DejaVuSans.ttf", b: FONTS + "DejaVuSans-Bold.ttf", i: FONTS + "DejaVuSans-Oblique.ttf" };
const BODY = 8.6;

// ------------------------------------------------------------------ content
// One array per A5 page. Block types:
//   {h1} {h2} {item: "Item 3"} {p, label?} {lab} (a bold side heading) {kv: [label, value]} (front-sheet line)
//   {n, text} (numbered paragraph) {bul} {table: {header, rows, widths, caption, boldLast}} {gap}
//   {center, size, bold} (cover lines)
const HEADER = ["Fly-tipping and Waste Crime Task Group", "19 November 2047"];
const pct = (a, b) => {
  const v = ((b - a) / a) * 100;
  return (v > 0 ? "+" : "") + v.toFixed(1) + "%";
};
const landRows = [
  ["Highway", 470200, 452800],
  ["Footpath or bridleway", 180500, 171300],
  ["Council land", 190100, 188900],
  ["Back alleyway", 121600, 117400],
  ["Private or residential", 160800, 164300],
  ["Other", 60900, 51600],
];
const t0 = landRows.reduce((a, r) => a + r[1], 0),
  t1 = landRows.reduce((a, r) => a + r[2], 0);
if (t0 !== 1184100 || t1 !== 1146300) throw new Error("land totals");
const fmt = (n) => n.toLocaleString("en-GB");
const fpnRows = [
  ["London boroughs", 27, 1412, 71],
  ["Metropolitan districts", 24, 986, 64],
  ["Unitary authorities", 38, 842, 58],
  ["Shire districts", 96, 940, 62],
];
const fpnCouncils = fpnRows.reduce((a, r) => a + r[1], 0),
  fpnTotal = fpnRows.reduce((a, r) => a + r[2], 0),
  fpnPaid = Math.round(fpnRows.reduce((a, r) => a + (r[2] * r[3]) / 100, 0) / fpnTotal * 100);
if (fpnCouncils !== 185 || fpnTotal !== 4180 || fpnPaid !== 65) throw new Error("fpn totals " + [fpnCouncils, fpnTotal, fpnPaid]);

const frontSheet = (o) => [
  { item: o.item },
  { h2: o.title },
  { lab: "Purpose of report" },
  { p: o.purpose },
  { lab: "Summary" },
  { p: o.summary },
  { lab: "Is this report confidential?" },
  { p: "No" },
  { lab: o.recs.length > 1 ? "Recommendations" : "Recommendation" },
  ...(o.recs.length > 1 ? [{ p: "That the Task Group:" }, ...o.recs.map((r, i) => ({ n: `${i + 1}.`, text: r }))] : [{ p: o.recs[0] }]),
  { lab: "Action" },
  { p: o.action },
  { gap: 6 },
  { kv: ["Contact officer:", o.contact[0]] },
  { kv: ["Position:", o.contact[1]] },
  { kv: ["Phone no:", o.contact[2]] },
  { kv: ["Email:", o.contact[3]] },
];

const pages = [
  // 1 cover
  [
    { gap: 40 },
    { center: "Local Government Association", size: 9, bold: true, color: "#1F4E79" },
    { gap: 90 },
    { center: "Fly-tipping and Waste Crime Task Group", size: 17, bold: true, color: "#1F4E79" },
    { gap: 14 },
    { center: "Agenda", size: 15 },
    { gap: 26 },
    { center: "Tuesday 19 November 2047", size: 11, bold: true },
    { center: "11.00 am – 1.00 pm", size: 11 },
    { gap: 14 },
    { center: "Smith Square 3&4, Ground Floor, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams", size: 9.5 },
    { gap: 80 },
    { center: "To: Members of the Fly-tipping and Waste Crime Task Group", size: 8.5 },
    { center: "cc: Named officers for briefing purposes", size: 8.5 },
    { gap: 20 },
    { center: "www.local.gov.uk", size: 8.5, bold: true },
  ],
  // 2 meeting information
  [
    { h2: "Fly-tipping and Waste Crime Task Group – 19 November 2047" },
    { p: "There will be a meeting of the Fly-tipping and Waste Crime Task Group at 11.00 am on Tuesday 19 November 2047 in Smith Square 3&4, Ground Floor, 18 Smith Square, London SW1P 3HZ. Members may also join on Microsoft Teams, using the link in their calendar invitation." },
    { p: "A sandwich lunch will be available at 1.00 pm." },
    { lab: "Apologies:" },
    { p: "Please tell your political group office if you cannot attend this meeting, so that a substitute can be arranged and the right number of places set out for lunch." },
    {
      table: {
        header: ["Political group", "Group office", "Email"],
        rows: [
          ["Conservative", "020 7946 0991", "conservative.group@local.gov.uk"],
          ["Labour", "020 7946 0992", "labour.group@local.gov.uk"],
          ["Liberal Democrat", "020 7946 0993", "libdem.group@local.gov.uk"],
          ["Independent", "020 7946 0994", "independent.group@local.gov.uk"],
        ],
        widths: [0.3, 0.26, 0.44],
      },
    },
    { lab: "LGA contact:" },
    { p: "Ellie Yeoman, Member Services Officer" },
    { p: "020 7946 0976 / ellie.yeoman@local.gov.uk" },
    { lab: "Carers' allowance" },
    { p: "As part of the LGA Members' Allowances Scheme a carer's allowance of £11.50 an hour is available to cover the cost of dependants (children, elderly people or people with disabilities) incurred as a result of attending this meeting." },
    { lab: "Minutes of the last meeting" },
    { p: "The draft minutes of the meeting held on 17 September 2047 are circulated separately." },
  ],
  // 3 agenda
  [
    { h1: "Agenda" },
    {
      table: {
        header: ["Item", "", "Page"],
        rows: [
          ["1", "Welcome, apologies and declarations of interest", ""],
          ["2", "Minutes of the meeting held on 17 September 2047 (circulated separately)", ""],
          ["3", "Household duty of care: a model approach to fixed penalty notices", "4"],
          ["4", "Fly-tipping in 2046/47: what the WasteDataFlow returns tell us", "7"],
          ["5", "Programme tracker, budget and risks: quarter 2 2047/48", "10"],
          ["6", "Actions log (exported from Planner, circulated separately)", ""],
          ["7", "Any other business", ""],
        ],
        widths: [0.1, 0.78, 0.12],
        plain: true,
      },
    },
    { gap: 10 },
    { kv: ["Date of next meeting:", "Tuesday 28 January 2048, 11.00 am, 18 Smith Square"] },
  ],
  // 4 item 3 front sheet
  frontSheet({
    item: "Item 3",
    title: "Household duty of care: a model approach to fixed penalty notices",
    purpose: "For decision.",
    summary: "Councils can issue a fixed penalty notice (FPN) to a householder who passes their waste to someone who is not a registered waste carrier, if that waste is later fly-tipped. Use of the power varies widely: in 2046/47, 185 councils issued 4,180 household duty of care FPNs, and 40 of those councils issued 61 per cent of them. This report proposes a model approach for councils, to be published as LGA guidance.",
    recs: [
      "agrees the model approach at paragraph 9, for publication as LGA guidance in January 2048; and",
      "agrees that the LGA asks the Government to raise the maximum household duty of care penalty from £600 to £1,000.",
    ],
    action: "Officers to finalise the guidance in the light of members' comments.",
    contact: ["Tom Loxley", "Senior Adviser (Waste Crime)", "020 7946 0958", "tom.loxley@local.gov.uk"],
  }),
  // 5 item 3 body
  [
    { h2: "Household duty of care: a model approach to fixed penalty notices" },
    { lab: "Background" },
    { n: "1.", text: "Householders have a legal duty to take reasonable steps to make sure that anyone who takes their waste away is authorised to do so. Where a householder's waste is found fly-tipped and they made no such check, the council can issue a fixed penalty notice instead of prosecuting." },
    { n: "2.", text: "The maximum penalty is £600. Councils set their own level within that maximum and may offer a discount for early payment." },
    { n: "3.", text: "A model approach is milestone FWC-2.1 of the Task Group's work programme, due in November 2047." },
    { lab: "Use of the power in 2046/47" },
    { n: "4.", text: "Table 1 shows the penalties issued in 2046/47 by type of council, from councils' returns." },
    {
      table: {
        header: ["Council type", "Councils issuing", "FPNs issued", "Paid"],
        rows: [...fpnRows.map(([t, c, n, p]) => [t, String(c), fmt(n), `${p}%`]), ["Total", String(fpnCouncils), fmt(fpnTotal), `${fpnPaid}%`]],
        widths: [0.4, 0.22, 0.2, 0.18],
        caption: "Table 1: Household duty of care FPNs by type of council, 2046/47",
        boldLast: true,
      },
    },
    { n: "5.", text: "Payment rates are lowest where councils issue the largest penalties without a warning letter first. An unpaid penalty leads to prosecution, which costs a council £1,900 a case on average." },
    { n: "6.", text: "Councils told us that many householders do not know about the duty. Most penalties go to people who paid a \"man with a van\" they found on social media." },
  ],
  // 6 item 3 continued
  [
    { lab: "The model approach" },
    { n: "7.", text: "Officers drafted the model approach with enforcement officers from eight councils, including Bolton, Wealden and Tower Hamlets." },
    { n: "8.", text: "It rests on three principles: tell householders about the duty first, be consistent, and spend the income on prevention." },
    { n: "9.", text: "The model approach is:" },
    { bul: "(a) a warning letter for a first offence where the householder can show that they made some check;" },
    { bul: "(b) a penalty of £400, reduced to £250 if paid within 10 days;" },
    { bul: "(c) the full £600 only where the householder made no check at all or has been warned before; and" },
    { bul: "(d) income from penalties spent on prevention, including publicising the household duty of care." },
    { lab: "Implications for Wales" },
    { n: "10.", text: "Waste enforcement is devolved. The model approach is for councils in England; officers have shared it with the Welsh Local Government Association." },
    { lab: "Financial implications" },
    { n: "11.", text: "The guidance is produced within the officer time budget (line 1 of the Task Group's budget)." },
    { lab: "Next steps" },
    { n: "12.", text: "Subject to members' views, the guidance will be published in January 2048, ahead of the launch of the \"Not In Our Street\" campaign in March 2048." },
  ],
  // 7 item 4 front sheet
  frontSheet({
    item: "Item 4",
    title: "Fly-tipping in 2046/47: what the WasteDataFlow returns tell us",
    purpose: "For discussion.",
    summary: `Councils in England dealt with ${fmt(t1)} fly-tipping incidents in 2046/47, down 3.2 per cent on 2045/46. The cost of clearance to councils was £71.4 million. Incidents on private and residential land rose, as did the largest incidents (tipper lorry loads). This report sets out the main findings, and the data on councils' charges for bulky waste collection that members asked for on 17 September 2047.`,
    recs: ["That the Task Group notes the findings and comments on the proposed focus of the evidence work in 2048 on private land and large-scale dumping."],
    action: "Officers to reflect members' comments in the evidence workstream.",
    contact: ["Grace Nakamura", "Adviser (Data and Evidence)", "020 7946 0962", "grace.nakamura@local.gov.uk"],
  }),
  // 8 item 4 body
  [
    { h2: "Fly-tipping in 2046/47: what the WasteDataFlow returns tell us" },
    { lab: "Incidents" },
    { n: "1.", text: "All 296 English councils with a duty to clear fly-tipping made a WasteDataFlow return for 2046/47." },
    { n: "2.", text: "Table 1 shows incidents by land type. Highways are still the most common place for fly-tipping (40 per cent of incidents). Private or residential land is the only type of land where incidents rose." },
    {
      table: {
        header: ["Land type", "2045/46", "2046/47", "Change"],
        rows: [...landRows.map(([t, a, b]) => [t, fmt(a), fmt(b), pct(a, b)]), ["Total", fmt(t0), fmt(t1), pct(t0, t1)]],
        widths: [0.4, 0.21, 0.21, 0.18],
        caption: "Table 1: Fly-tipping incidents by land type, England",
        boldLast: true,
      },
    },
    { n: "3.", text: "Small van loads were the most common size of incident (34 per cent). Tipper lorry loads, the largest size recorded, rose by 9 per cent to 38,900." },
    { n: "4.", text: "The cost of clearance was £71.4 million, down from £73.9 million in 2045/46." },
  ],
  // 9 item 4 continued
  [
    { lab: "Enforcement" },
    { n: "5.", text: "Councils carried out 512,900 enforcement actions and issued 71,240 fixed penalty notices for fly-tipping. There were 1,870 prosecutions, 96 per cent of which ended in a conviction." },
    { n: "6.", text: "Twenty-three councils seized vehicles in 2046/47. The Task Group agreed on 17 September 2047 to seek counsel's opinion on these powers." },
    { lab: "Bulky waste charges" },
    { n: "7.", text: "At the meeting on 17 September 2047 members asked for data on councils' charges for collecting bulky waste." },
    { n: "8.", text: "Of the 296 councils, 231 charge for bulky waste collections, 38 offer some free collections and 27 have no service of their own. The average charge for collecting three items is £38.50 (the range is £15 to £95). We found no clear link between the level of charge and the rate of fly-tipping, but councils that introduced a charge during 2046/47 saw a short-term rise." },
    { lab: "Next steps" },
    { n: "9.", text: "We propose that the evidence work in 2048 concentrates on private land and large-scale dumping, where incidents are rising." },
  ],
  // 10 item 5 front sheet
  frontSheet({
    item: "Item 5",
    title: "Programme tracker, budget and risks: quarter 2 2047/48",
    purpose: "For information and decision.",
    summary: "Appendix A, the Task Group's programme tracker workbook (circulated as a spreadsheet), gives the position at 30 September 2047. Of the 12 milestones, two are complete, four on track, two slipping, two off track and two not started. The forecast outturn is £187,200 against a revised budget of £190,000. The highest risk is FWCR-01 (score 16).",
    recs: [
      "notes the position at the end of quarter 2; and",
      "agrees that the forecast overspend of £2,500 on the campaign is met from the £3,000 left in the contingency after the virement of £12,000 to counsel's opinion agreed on 17 September 2047.",
    ],
    action: "Officers to update the tracker for quarter 3.",
    contact: ["Bethany Walmsley", "Finance Business Partner", "020 7946 0984", "bethany.walmsley@local.gov.uk"],
  }),
  // 11 item 5 continued
  [
    { h2: "Programme tracker, budget and risks: quarter 2 2047/48" },
    { lab: "Exceptions" },
    { n: "1.", text: "FWC-2.3 (a higher maximum fixed penalty for fly-tipping) is off track: Defra has postponed its consultation on penalty levels to 2048, and the minister has not yet agreed to meet the Chair." },
    { n: "2.", text: "FWC-5.1 (a joint protocol with the Environment Agency) is off track because of the Agency's restructure. Officers are working with EA area teams in the meantime." },
    { n: "3.", text: "The survey of councils' enforcement resources (FWC-1.2) had a 41 per cent response at 30 September, against a target of 60 per cent; the closing date was extended to 15 November." },
    { lab: "Budget" },
    { n: "4.", text: "Spend to 30 September was £97,870. The campaign line is forecast to overspend by £2,500 because of print costs." },
    { lab: "Appendix" },
    { p: "Appendix A – FWCTG programme tracker Q2 2047/48 (Excel workbook: Tracker, Budget and Risks sheets), circulated with this pack." },
  ],
  // 12 back cover
  [
    { gap: 300 },
    { center: "Local Government Association", size: 9, bold: true, color: "#1F4E79" },
    { center: "18 Smith Square", size: 8 },
    { center: "London SW1P 3HZ", size: 8 },
    { center: "Telephone 020 7946 0990", size: 8 },
    { center: "Email info@local.gov.uk", size: 8 },
    { center: "www.local.gov.uk", size: 8 },
    { gap: 30 },
    { center: "© Local Government Association, November 2047", size: 7 },
    { center: "For a copy in Braille, larger print or audio, please contact us on 020 7946 0990. We consider requests on an individual basis.", size: 7 },
  ],
];
if (pages.length % 4) throw new Error("a booklet needs a multiple of four pages");

// ------------------------------------------------------------------ layout of each A5 page
const doc = new PDFDocument({ size: "A4", layout: "landscape", autoFirstPage: false, info: { Title: "Fly-tipping and Waste Crime Task Group – agenda – 19 November 2047", Author: "Local Government Association", Creator: "Microsoft Word", Producer: "Adobe PDF Library 24.1.178" } });
doc.registerFont("r", F.r);
doc.registerFont("b", F.b);
doc.registerFont("i", F.i);
const PW = 841.89 / 2,
  PH = 595.28;
const ML = 36,
  MR = 36,
  MT = 46,
  MB = 50;
const CW = PW - ML - MR;
const measure = (font, size, str, width, opts = {}) => {
  doc.font(font).fontSize(size);
  return doc.heightOfString(str, { width, lineGap: 1.2, ...opts });
};

// every page: a list of drawing ops (coordinates relative to the A5 page) and its text lines
const laid = pages.map((blocks, pi) => {
  const ops = [];
  const lines = [];
  const num = pi + 1;
  let y = MT;
  const room = PH - MB;
  let cur = null;
  const need = (h) => {
    if (y + h > room + 0.5) throw new Error(`page ${num} overflows at ${JSON.stringify(cur).slice(0, 60)}… (y ${Math.round(y + h)} > ${room})`);
  };
  if (num > 1 && num < pages.length) {
    ops.push({ text: HEADER[0], x: ML, y: 24, w: CW, font: "r", size: 6.8, color: "#595959" });
    ops.push({ text: HEADER[1], x: ML, y: 24, w: CW, font: "r", size: 6.8, color: "#595959", align: "right" });
    ops.push({ line: [ML, 34, PW - MR, 34] });
    lines.push(`${HEADER[0]} ${HEADER[1]}`);
  }
  for (const b of blocks) {
    cur = b;
    if (b.gap) {
      y += b.gap;
    } else if (b.center) {
      const h = measure(b.bold ? "b" : "r", b.size, b.center, CW);
      need(h);
      ops.push({ text: b.center, x: ML, y, w: CW, font: b.bold ? "b" : "r", size: b.size, align: "center", color: b.color });
      lines.push(b.center);
      y += h + 3;
    } else if (b.item) {
      ops.push({ text: b.item, x: ML, y, w: CW, font: "b", size: 8, align: "right", color: "#1F4E79" });
      lines.push(b.item);
      y += 14;
    } else if (b.h1 || b.h2) {
      const size = b.h1 ? 15 : 11;
      const t = b.h1 ?? b.h2;
      const h = measure("b", size, t, CW);
      need(h);
      ops.push({ text: t, x: ML, y, w: CW, font: "b", size, color: "#1F4E79" });
      lines.push(t);
      y += h + (b.h1 ? 10 : 7);
    } else if (b.lab) {
      const h = measure("b", BODY + 0.4, b.lab, CW);
      need(h + 12);
      y += 3;
      ops.push({ text: b.lab, x: ML, y, w: CW, font: "b", size: BODY + 0.4 });
      lines.push(b.lab);
      y += h + 2;
    } else if (b.p !== undefined) {
      const h = measure("r", BODY, b.p, CW);
      need(h);
      ops.push({ text: b.p, x: ML, y, w: CW, font: "r", size: BODY });
      lines.push(b.p);
      y += h + 5;
    } else if (b.kv) {
      doc.font("b").fontSize(BODY);
      const lw = Math.max(88, doc.widthOfString(b.kv[0]) + 8);
      const h = Math.max(measure("b", BODY, b.kv[0], lw), measure("r", BODY, b.kv[1], CW - lw));
      need(h);
      ops.push({ text: b.kv[0], x: ML, y, w: lw, font: "b", size: BODY });
      ops.push({ text: b.kv[1], x: ML + lw, y, w: CW - lw, font: "r", size: BODY });
      lines.push(`${b.kv[0]} ${b.kv[1]}`);
      y += h + 2;
    } else if (b.n) {
      const ind = 20;
      const h = measure("r", BODY, b.text, CW - ind);
      need(h);
      ops.push({ text: b.n, x: ML, y, w: ind, font: "r", size: BODY });
      ops.push({ text: b.text, x: ML + ind, y, w: CW - ind, font: "r", size: BODY });
      lines.push(`${b.n} ${b.text}`);
      y += h + 5;
    } else if (b.bul) {
      const ind = 34;
      const h = measure("r", BODY, b.bul, CW - ind);
      need(h);
      ops.push({ text: b.bul, x: ML + ind, y, w: CW - ind, font: "r", size: BODY });
      lines.push(b.bul);
      y += h + 3;
    } else if (b.table) {
      const T = b.table;
      const ws = T.widths.map((f) => f * CW);
      const pad = 3;
      const size = BODY - 0.6;
      const rowH = (cells, bold) => Math.max(...cells.map((c, i) => measure(bold ? "b" : "r", size, c || " ", ws[i] - 2 * pad))) + 2 * pad;
      const all = [T.header, ...T.rows];
      const total = all.reduce((a, r, ri) => a + rowH(r, ri === 0 || (T.boldLast && ri === all.length - 1)), 0) + (T.caption ? 14 : 0);
      need(total);
      if (T.caption) {
        ops.push({ text: T.caption, x: ML, y, w: CW, font: "i", size: BODY - 0.8, color: "#1F4E79" });
        lines.push(T.caption);
        y += 13;
      }
      all.forEach((r, ri) => {
        const bold = ri === 0 || (T.boldLast && ri === all.length - 1);
        const h = rowH(r, bold);
        let x = ML;
        if (ri === 0 && !T.plain) ops.push({ rect: [ML, y, CW, h], fill: "#1F4E79" });
        r.forEach((c, ci) => {
          if (!T.plain) ops.push({ rect: [x, y, ws[ci], h], stroke: "#7F7F7F" });
          if (c) ops.push({ text: c, x: x + pad, y: y + pad, w: ws[ci] - 2 * pad, font: bold ? "b" : "r", size, color: ri === 0 && !T.plain ? "#FFFFFF" : undefined, align: ci > 0 && /^[0-9£+\-–.,% ]+$/.test(c) ? "right" : "left" });
          x += ws[ci];
        });
        if (T.plain && ri === 0) ops.push({ line: [ML, y + h, PW - MR, y + h] });
        lines.push(r.filter((c) => c !== "").join(" | "));
        y += h;
      });
      y += 8;
    } else throw new Error("unknown block " + JSON.stringify(b));
  }
  if (num > 1 && num < pages.length) {
    ops.push({ text: String(num), x: ML, y: PH - 30, w: CW, font: "r", size: 7.5, align: "center" });
    lines.push(String(num));
  }
  return { ops, lines };
});

// ------------------------------------------------------------------ imposition and drawing
const n = pages.length;
const sheets = [];
for (let i = 0; i < n / 4; i++) {
  sheets.push([n - 2 * i, 2 * i + 1]);
  sheets.push([2 * i + 2, n - 2 * i - 1]);
}
const draw = (page, dx) => {
  for (const o of page.ops) {
    if (o.rect) {
      const [x, y, w, h] = o.rect;
      if (o.fill) doc.rect(dx + x, y, w, h).fill(o.fill);
      if (o.stroke) doc.lineWidth(0.5).rect(dx + x, y, w, h).stroke(o.stroke);
    } else if (o.line) {
      const [x1, y1, x2, y2] = o.line;
      doc.lineWidth(0.5).moveTo(dx + x1, y1).lineTo(dx + x2, y2).stroke("#7F7F7F");
    } else {
      doc.font(o.font).fontSize(o.size).fillColor(o.color ?? "#000000");
      doc.text(o.text, dx + o.x, o.y, { width: o.w, align: o.align ?? "left", lineGap: 1.2 });
    }
  }
};
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
for (const [l, r] of sheets) {
  doc.addPage({ size: "A4", layout: "landscape", margin: 0 });
  draw(laid[l - 1], 0);
  draw(laid[r - 1], PW);
}
doc.end();
await new Promise((res) => out.on("finish", res));

writeFileSync(join(root, "text", BASE + ".txt"), laid.map((p) => p.lines.join("\n")).join("\n\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${sheets.length} sheets: ${sheets.map((s) => s.join("|")).join(", ")}) and text/${BASE}.txt`);
