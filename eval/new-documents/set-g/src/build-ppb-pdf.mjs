// Builds docs/people-places-board-rural-services-2021-09-15.pdf (a board paper laid out in two columns,
// made with pdfkit) and its plain-text rendering text/people-places-board-rural-services-2021-09-15.txt
// from the same content.
//
//   node src/build-ppb-pdf.mjs            (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait. Page 1 starts full width (board, date and item number right-aligned, the title, and
// the front sheet in a shaded box with bold inline labels); below the box, and on the following pages, the
// text flows in two columns: side headings, numbered paragraphs with hanging numbers (a paragraph that
// does not fit is split across the column or page break), and a small ruled table of figures set inside a
// column with its caption and source note. A running header and a page footer on every page (page
// furniture, drawn last and left out of the text rendering).
// Synthetic test fixture: the people, figures and proceedings are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "people-places-board-rural-services-2021-09-15";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");

const BOARD = "People and Places Board";
const DATE = "15 September 2021";

// ---------------------------------------------------------------- content
const META = [BOARD, DATE, "Item 4"];
const TITLE = "Rural services: the extra cost of delivery and our Spending Review asks";
// front sheet: [label, value] (value: string or list of strings, each its own line)
const FRONT = [
  ["Purpose of report", "For decision."],
  [
    "Summary",
    "This report sets out the findings of the LGA's survey of predominantly rural councils, carried out in June and July 2021, on the extra cost of delivering services to rural residents, and proposes three asks for the LGA's submission to the Spending Review expected this autumn.",
  ],
  ["Is this report confidential?", "No"],
  [
    "Recommendations",
    [
      "That the People and Places Board:",
      "(a) notes the survey findings in paragraphs 4 to 11; and",
      "(b) agrees the three asks in paragraph 14 for inclusion in the LGA's Spending Review submission.",
    ],
  ],
  [
    "Action",
    "Officers to include the agreed asks in the LGA's Spending Review submission to HM Treasury, due by 30 September 2021, and to publish the survey report in October 2021.",
  ],
  ["Contact officer", "Gwenllian Pask"],
  ["Position", "Senior Adviser (Rural and Economic Growth)"],
  ["Phone no", "020 7946 0614"],
  ["Email", "gwenllian.pask@local.gov.uk"],
];
// body blocks, in reading order: h (side heading), p (numbered paragraph), table, caption, note
const BODY = [];
const h = (text) => BODY.push({ t: "h", text });
const p = (n, text) => BODY.push({ t: "p", n, text });
h("Background");
p("1.", "At its meeting on 10 June 2021 the Board asked officers to gather up-to-date evidence on the extra cost of delivering services in rural areas, so that the LGA's Spending Review submission could make the case for rural councils with figures rather than anecdote.");
p("2.", "A survey was sent in June 2021 to the 66 councils in England classified as predominantly rural. 47 councils responded, a response rate of 71 per cent: 19 county and unitary councils and 28 district councils. Officers compared the spend per resident reported by the responding councils with the 2020/21 revenue outturn of 40 predominantly urban councils of similar size.");
p("3.", "The analysis was carried out by the LGA's research team within existing resources. Cllr Tessa Hollinrake, the Board's lead member for rural issues, chaired a reference group of five rural council finance directors who tested the method.");
h("Findings");
p("4.", "Table 1 shows spend per resident on the four services where councils told us that distance and sparsity add most to cost. Across the four services, rural councils spent £66.65 more per resident than the urban comparator group.");
BODY.push({ t: "caption", text: "Table 1: Spend per resident, 2020/21 (£)" });
const TABLE = {
  header: ["Service", "Predominantly rural", "Predominantly urban", "Difference"],
  rows: [
    ["Home to school transport", "62.40", "28.15", "34.25"],
    ["Adult social care: home care", "118.90", "96.30", "22.60"],
    ["Waste collection", "41.75", "30.20", "11.55"],
    ["Libraries", "12.10", "13.85", "(1.75)"],
    ["All four services", "235.15", "168.50", "66.65"],
  ],
};
BODY.push({ t: "table", ...TABLE });
BODY.push({ t: "note", text: "Source: LGA rural services survey 2021 (47 councils); 2020/21 revenue outturn (40 urban comparator councils). Brackets show a lower spend in rural areas." });
p("5.", "The largest gap is in home to school transport, where rural councils spent more than twice as much per resident as urban councils. Councils reported that 38 per cent of pupils eligible for free transport in rural areas travel more than ten miles each way, and that taxi and minibus contract prices rose by an average of 14 per cent between 2019 and 2021.");
p("6.", "In home care, the gap reflects travel time rather than higher hourly rates. Rural councils reported that care workers spent on average 32 per cent of their paid hours travelling between visits, compared with 17 per cent in urban areas.");
p("7.", "Spend per resident on libraries is slightly lower in rural areas. Councils told us this is because rural library services rely more on mobile libraries and volunteer-run community libraries, not because the service costs less to provide.");
p("8.", "83 per cent of responding councils reported difficulty recruiting care workers, and 61 per cent difficulty recruiting drivers for school and community transport.");
p("9.", "Councils also pointed to the cost of poor digital connectivity: 24 of the 47 respondents said that gaps in mobile coverage made it harder to move services online, and 11 had paid for their own mobile signal boosters in council buildings.");
p("10.", "Respondents were clear that the Rural Services Delivery Grant is valued but does not close the gap. Most said that the grant has not kept pace with cost increases since it was introduced, and that its one-year allocation makes it hard to plan.");
p("11.", "Respondents expect the gap to widen in 2021/22 as fuel prices rise: 29 councils expected their home to school transport spend to rise by more than 10 per cent.");
h("Proposed asks for the Spending Review");
p("12.", "The LGA's main Spending Review submission will call for sufficient, sustainable funding for all councils. The asks below are intended to make sure that the case for rural councils is heard within it.");
p("13.", "Officers have tested the asks with the reference group described in paragraph 3, which supported all three.");
p("14.", "Members are asked to agree the following asks: (i) the review of relative needs and resources should include a rural cost adjustment for sparsity and travel time; (ii) the Rural Services Delivery Grant should be rolled into a multi-year settlement of at least three years; and (iii) the Government should fund the rising cost of home to school transport through a separate, needs-based grant.");
h("Implications for Wales");
p("15.", "There are no implications for Wales; the findings relate to councils in England only.");
h("Financial implications");
p("16.", "The survey and analysis were met from the Board's existing policy budget. Publication of the report will cost around £3,500, also from that budget.");
h("Next steps");
p("17.", "Subject to members' views, officers will include the agreed asks in the LGA's Spending Review submission and publish the full findings as \"Counting the miles: the cost of serving rural England\" in October 2021. The Board will receive an update on the outcome of the Spending Review at its meeting on 25 November 2021.");

// ---------------------------------------------------------------- PDF
const PW = 595.28;
const PH = 841.89;
const L = 50;
const W = PW - 2 * L;
const TOP = 64;
const BOTTOM = PH - 62;
const GAP = 20;
const CW = (W - GAP) / 2;
const doc = new PDFDocument({ size: "A4", margins: { top: TOP, bottom: 40, left: L, right: L }, autoFirstPage: false, bufferPages: true });
doc.info.Title = `${BOARD} – ${DATE} – Item 4 – ${TITLE}`;
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);

doc.addPage();
// full-width opening
doc.font("Helvetica").fontSize(9.5);
let y = TOP;
for (const m of META) {
  doc.text(m, L, y, { width: W, align: "right" });
  y = doc.y;
}
y += 12;
doc.font("Helvetica-Bold").fontSize(16).fillColor("#00557f").text(TITLE, L, y, { width: W }).fillColor("black");
y = doc.y + 12;
// front sheet box: measure, draw the box, then the text
const PAD = 10;
const IW = W - 2 * PAD;
const frontLines = [];
for (const [label, value] of FRONT) {
  const vals = Array.isArray(value) ? value : [value];
  frontLines.push({ label: label.endsWith("?") ? label : label + ":", first: vals[0], rest: vals.slice(1) });
}
const fs = 9.5;
const measureFront = () => {
  let hgt = 0;
  for (const f of frontLines) {
    doc.font("Helvetica-Bold").fontSize(fs);
    hgt += doc.heightOfString(`${f.label} ${f.first}`, { width: IW, lineGap: 1 }) + 4;
    doc.font("Helvetica");
    for (const r of f.rest) hgt += doc.heightOfString(r, { width: IW - 12, lineGap: 1 }) + 2;
  }
  return hgt;
};
const boxH = measureFront() + 2 * PAD;
doc.rect(L, y, W, boxH).fillColor("#eef3f7").fill().fillColor("black");
doc.rect(L, y, W, boxH).lineWidth(0.6).strokeColor("#00557f").stroke().strokeColor("black");
let fy = y + PAD;
for (const f of frontLines) {
  doc.font("Helvetica-Bold").fontSize(fs).text(f.label + " ", L + PAD, fy, { width: IW, continued: true, lineGap: 1 });
  doc.font("Helvetica").text(f.first, { lineGap: 1 });
  fy = doc.y + 4;
  for (const r of f.rest) {
    doc.font("Helvetica").fontSize(fs).text(r, L + PAD + 12, fy, { width: IW - 12, lineGap: 1 });
    fy = doc.y + 2;
  }
}
y = y + boxH + 16;

// two-column flow
let col = 0;
const colTopFirst = y;
let colTop = y;
let cy = y;
let pageNo = 1;
const colX = () => L + col * (CW + GAP);
const nextColumn = () => {
  if (col === 0) {
    col = 1;
    cy = colTop;
  } else {
    doc.addPage();
    pageNo++;
    col = 0;
    colTop = TOP + 8;
    cy = colTop;
  }
};
const PARA = { font: "Helvetica", size: 9.3, lineGap: 1.3 };
const NUMW = 18;
const paraHeight = (text) => {
  doc.font(PARA.font).fontSize(PARA.size);
  return doc.heightOfString(text, { width: CW - NUMW, lineGap: PARA.lineGap, align: "justify" });
};
const drawPara = (num, text) => {
  doc.font(PARA.font).fontSize(PARA.size);
  if (num) doc.font("Helvetica-Bold").text(num, colX(), cy, { width: NUMW, lineBreak: false }).font(PARA.font);
  doc.text(text, colX() + NUMW, cy, { width: CW - NUMW, lineGap: PARA.lineGap, align: "justify" });
  cy = doc.y;
};
const lineH = () => {
  doc.font(PARA.font).fontSize(PARA.size);
  return doc.currentLineHeight(true) + PARA.lineGap;
};
let splits = 0;
for (let i = 0; i < BODY.length; i++) {
  const b = BODY[i];
  if (b.t === "h") {
    // keep with the next paragraph's first three lines
    doc.font("Helvetica-Bold").fontSize(10.5);
    const hh = doc.heightOfString(b.text, { width: CW }) + 4;
    if (cy + 6 + hh + 3 * lineH() > BOTTOM) nextColumn();
    cy += cy === colTop ? 0 : 6;
    doc.font("Helvetica-Bold").fontSize(10.5).fillColor("#00557f").text(b.text, colX(), cy, { width: CW }).fillColor("black");
    cy = doc.y + 4;
  } else if (b.t === "p") {
    let words = b.text.split(" ");
    let num = b.n;
    for (;;) {
      const hgt = paraHeight(words.join(" "));
      if (cy + hgt <= BOTTOM) {
        drawPara(num, words.join(" "));
        cy += 6;
        break;
      }
      // split: the longest run of words that fits in what is left of the column (at least two lines)
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (cy + paraHeight(words.slice(0, mid).join(" ")) <= BOTTOM) lo = mid;
        else hi = mid - 1;
      }
      if (lo < 8) {
        nextColumn();
        continue;
      }
      drawPara(num, words.slice(0, lo).join(" "));
      splits++;
      words = words.slice(lo);
      num = null;
      nextColumn();
    }
  } else if (b.t === "caption") {
    // keep the caption with the table and its note
    const tb = BODY[i + 1];
    const widths = [CW * 0.43, CW * 0.19, CW * 0.19, CW * 0.19];
    doc.font("Helvetica").fontSize(8);
    const rowH = (r) => Math.max(...r.map((c, k) => doc.heightOfString(c, { width: widths[k] - 6 }))) + 6;
    const tableH = [tb.header, ...tb.rows].reduce((a, r) => a + rowH(r), 0);
    const noteH = doc.heightOfString(BODY[i + 2].text, { width: CW });
    doc.font("Helvetica-Bold").fontSize(9);
    const capH = doc.heightOfString(b.text, { width: CW }) + 4;
    if (cy + capH + tableH + noteH + 12 > BOTTOM) nextColumn();
    doc.font("Helvetica-Bold").fontSize(9).text(b.text, colX(), cy, { width: CW });
    cy = doc.y + 4;
    // table
    for (const [ri, r] of [tb.header, ...tb.rows].entries()) {
      const isHead = ri === 0;
      const isTotal = ri === tb.rows.length;
      doc.font(isHead || isTotal ? "Helvetica-Bold" : "Helvetica").fontSize(8);
      const rh = rowH(r);
      if (isHead) doc.rect(colX(), cy, CW, rh).fillColor("#00557f").fill().fillColor("black");
      let x = colX();
      for (const [k, c] of r.entries()) {
        doc.fillColor(isHead ? "white" : "black").text(c, x + 3, cy + 3, { width: widths[k] - 6, align: k === 0 ? "left" : "right" });
        x += widths[k];
      }
      doc.fillColor("black");
      cy += rh;
      doc.moveTo(colX(), cy).lineTo(colX() + CW, cy).lineWidth(isTotal || isHead ? 0.8 : 0.3).strokeColor("#555555").stroke().strokeColor("black");
    }
    const note = BODY[i + 2];
    doc.font("Helvetica-Oblique").fontSize(7.5).text(note.text, colX(), cy + 3, { width: CW });
    cy = doc.y + 8;
    i += 2;
  } else throw new Error("unknown block " + b.t);
}

// page furniture, drawn last on every page (so that it follows the content in each page's text)
const range = doc.bufferedPageRange();
for (let k = 0; k < range.count; k++) {
  doc.switchToPage(k);
  const m = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("Helvetica").fontSize(7.5).fillColor("#666666");
  doc.text(`${BOARD} – ${DATE}`, L, 34, { width: W, lineBreak: false });
  doc.moveTo(L, 46).lineTo(L + W, 46).lineWidth(0.4).strokeColor("#999999").stroke();
  // column rule on the two-column part of the page
  const top = k === 0 ? colTopFirst : TOP + 8;
  doc.moveTo(L + CW + GAP / 2, top).lineTo(L + CW + GAP / 2, BOTTOM).lineWidth(0.3).strokeColor("#bbbbbb").stroke();
  doc.moveTo(L, PH - 48).lineTo(L + W, PH - 48).lineWidth(0.4).strokeColor("#999999").stroke();
  doc.text("Local Government Association, 18 Smith Square, London SW1P 3HZ  T 020 7946 0000  www.local.gov.uk", L, PH - 42, { width: W * 0.8, lineBreak: false });
  doc.text(`Page ${k + 1} of ${range.count}`, L + W * 0.8, PH - 42, { width: W * 0.2, align: "right", lineBreak: false });
  doc.page.margins.bottom = m;
  doc.fillColor("black").strokeColor("black");
}
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- text rendering (reading order)
// Page furniture is left out. Front-sheet fields become "Label: value" lines (each recommendation line its
// own line); side headings, paragraphs ("n. text", a split paragraph joined again), the table caption,
// table rows (cells joined with " | ") and the source note are one line each.
const lines = [...META, TITLE];
for (const f of frontLines) {
  lines.push(`${f.label} ${f.first}`);
  lines.push(...f.rest);
}
for (const b of BODY) {
  if (b.t === "h" || b.t === "caption" || b.t === "note") lines.push(b.text);
  else if (b.t === "p") lines.push(`${b.n} ${b.text}`);
  else if (b.t === "table") for (const r of [b.header, ...b.rows]) lines.push(r.join(" | "));
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
// arithmetic of Table 1
const n = (s) => (/^\(.*\)$/.test(s) ? -Number(s.replace(/[()]/g, "")) : Number(s));
let ok = true;
const sums = [0, 0, 0];
for (const r of TABLE.rows.slice(0, -1)) {
  if (Math.abs(n(r[1]) - n(r[2]) - n(r[3])) > 0.001) ok = false;
  for (let k = 0; k < 3; k++) sums[k] += n(r[k + 1]);
}
const tot = TABLE.rows.at(-1).slice(1).map(n);
if (sums.some((s, k) => Math.abs(s - tot[k]) > 0.001)) ok = false;
if (!ok) {
  console.error("Table 1 arithmetic does not add up");
  process.exitCode = 1;
}
console.log(`wrote docs/${BASE}.pdf (${range.count} pages, ${splits} paragraphs split across columns) and text/${BASE}.txt; table arithmetic ${ok ? "ok" : "FAILED"}`);
