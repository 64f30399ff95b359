// Builds docs/bid-panel-levy-returns-pivot-2063-64-q2.pdf and text/bid-panel-levy-returns-pivot-2063-64-q2.txt:
// the workbook "BIDP levy returns 2063-64.xlsx" printed to PDF (Entire workbook), three sheets each holding
// one PivotTable: report filters above the table, tabular form with the outer label only on the first row of
// its group and "<Region> Total" subtotal rows (sheet 1); compact form with "Row Labels", indented items and
// subtotals shown on the group's own row (sheet 2); compact form with a column field under "Column Labels"
// (sheet 3). "(blank)" items, Grand Total rows and columns, Excel's page header (&[Tab]) and footer (&[File],
// Page &[Page] of &[Pages]). Figures are invented; the builder checks that every total adds up.
//
//   node src/build-pivot-pdf.mjs
import { FONTS, requireMain, out, fmt } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const BASE = "bid-panel-levy-returns-pivot-2063-64-q2";
const FILE = "BIDP levy returns 2063-64.xlsx";

// ------------------------------------------------------------------ data
// Sheet 1: levy returns, Q2 2063/64 (cumulative to 30 September 2063)
const LEVY = [
  ["East Midlands", "Ashfield District Council", "Sutton Town BID", 142600, 121900, 426],
  ["East Midlands", "Leicester City Council", "Leicester Lanes BID", 388400, 352700, 811],
  ["East Midlands", "Leicester City Council", "Leicester Waterside BID", 96300, 79800, 214],
  ["East Midlands", "Nottingham City Council", "Nottingham Lace Market BID", 267900, 249600, 602],
  ["North East", "Newcastle City Council", "Grainger Streets BID", 512900, 478200, 1046],
  ["North West", "Cheshire East Council", "Crewe Market Quarter BID", 118200, 98100, 357],
  ["North West", "Stockport Metropolitan Borough Council", "Marple Village BID", 61800, 58900, 171],
  ["North West", "Stockport Metropolitan Borough Council", "Stockport Old Town BID", 204500, 187300, 502],
  ["South East", "Broxbourne Borough Council", "Cheshunt Town BID", 74300, 60100, 240],
  ["South East", "Eastbourne Borough Council", "Eastbourne Seafront BID", 155700, 139800, 388],
  ["South East", "Southampton City Council", "Southampton Bargate Quarter BID", 301200, 266500, 694],
  ["South West", "Bath and North East Somerset Council", "Bath Abbey Quarter BID", 276800, 259400, 588],
  ["South West", "Cheltenham Borough Council", "Cheltenham Promenade BID", 233100, 201700, 519],
  ["South West", "Dorset Council", "Bridport Town BID", 58200, 41300, 203],
  ["South West", "Herefordshire Council", "(blank)", 90500, 83200, 275],
  ["West Midlands", "Wolverhampton City Council", "Wolverhampton City Centre BID", 329600, 291000, 733],
  ["(blank)", "North Yorkshire Council", "Skipton Town BID", 88400, 80900, 296],
  ["(blank)", "Norwich City Council", "Norwich Lanes BID", 173500, 144300, 455],
];
const rate = (c, b) => ((c / b) * 100).toFixed(1) + "%";

// Sheet 2: Panel budget 2063/64 to period 6 — [group, item, budget, actual, forecast]
const BUDGET = [
  ["Ballot Readiness Grant", "Grant payments", 130000, 0, 130000],
  ["Ballot Readiness Grant", "Assessment and due diligence", 6000, 1850, 4200],
  ["Research and data", "Cost of collection survey", 18400, 9200, 18400],
  ["Research and data", "Levy returns analysis", 7500, 3100, 6900],
  ["Research and data", "Revaluation impact analysis", 12000, 0, 14500],
  ["Research and data", "BID survey 2063", 9000, 8650, 8650],
  ["Events and training", "Electoral services training", 15000, 1200, 9000],
  ["Events and training", "Annual BID conference", 22000, 4300, 23800],
  ["Panel running costs", "Members' travel and subsistence", 6500, 2240, 5100],
  ["Panel running costs", "Meeting costs", 3600, 1480, 3300],
  ["Panel running costs", "(blank)", 0, 310, 310],
];

// Sheet 3: ballots 2061 to 2063 — [type, result, [2061, 2062, 2063]] (null = empty cell)
const BALLOTS = [
  ["New BID", "No", [1, null, 1]],
  ["New BID", "Yes", [2, 2, 3]],
  ["Renewal", "No", [null, 1, 1]],
  ["Renewal", "Yes", [6, 7, 4]],
];

// ------------------------------------------------------------------ sheets as rows of cells
// A row: { cells: [...], style: "title"|"note"|"filter"|"head"|"row"|"sub"|"grand"|"group"|"item"|"blank", indent }
function sheetLevy() {
  const rows = [];
  rows.push({ style: "title", cells: ["BID levy collection returns 2063/64 – Quarter 2 (1 April to 30 September 2063)"] });
  rows.push({ style: "note", cells: ["Source: billing authorities' quarterly levy returns to the BID Panel, received by 22 October 2063. Pivot refreshed 25/10/2063 09:14 by Z Papadakis."] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "filter", cells: ["Financial year", "2063/64"] });
  rows.push({ style: "filter", cells: ["Quarter", "Q2"] });
  rows.push({ style: "filter", cells: ["Return status", "(Multiple Items)"] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "head", cells: ["Region", "Billing authority", "BID", "Sum of Levy billed (£)", "Sum of Levy collected (£)", "Collection rate", "Sum of Hereditaments"] });
  const regions = [...new Set(LEVY.map((r) => r[0]))];
  const G = [0, 0, 0];
  for (const reg of regions) {
    const rs = LEVY.filter((r) => r[0] === reg);
    let lastCouncil = null;
    const T = [0, 0, 0];
    rs.forEach((r, i) => {
      rows.push({
        style: "row",
        cells: [i === 0 ? reg : "", r[1] === lastCouncil ? "" : r[1], r[2], fmt(r[3]), fmt(r[4]), rate(r[4], r[3]), fmt(r[5])],
      });
      lastCouncil = r[1];
      T[0] += r[3]; T[1] += r[4]; T[2] += r[5];
    });
    rows.push({ style: "sub", cells: [`${reg} Total`, "", "", fmt(T[0]), fmt(T[1]), rate(T[1], T[0]), fmt(T[2])] });
    G[0] += T[0]; G[1] += T[1]; G[2] += T[2];
  }
  rows.push({ style: "grand", cells: ["Grand Total", "", "", fmt(G[0]), fmt(G[1]), rate(G[1], G[0]), fmt(G[2])] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "note", cells: ["Figures are cumulative for the financial year to the end of the quarter. Collection rate = levy collected ÷ levy billed."] });
  console.log(`levy: billed ${fmt(G[0])}, collected ${fmt(G[1])}, rate ${rate(G[1], G[0])}, hereditaments ${fmt(G[2])}`);
  return {
    tab: "Levy pivot Q2",
    widths: [78, 178, 160, 80, 84, 70, 88],
    align: ["l", "l", "l", "r", "r", "r", "r"],
    rows,
  };
}

function sheetBudget() {
  const rows = [];
  rows.push({ style: "title", cells: ["BID Panel budget 2063/64 – spend to Period 6 (30 September 2063)"] });
  rows.push({ style: "note", cells: ["Source: general ledger extract, cost centre 4471, run 03/10/2063. Forecasts by budget holders at 10/10/2063."] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "filter", cells: ["Cost centre", "4471 BID Panel"] });
  rows.push({ style: "filter", cells: ["Period", "(Multiple Items)"] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "head", cells: ["Row Labels", "Sum of Budget 2063/64", "Sum of Actual to P6", "Sum of Forecast outturn", "Sum of Variance"] });
  const groups = [...new Set(BUDGET.map((r) => r[0]))];
  const G = [0, 0, 0, 0];
  for (const g of groups) {
    const rs = BUDGET.filter((r) => r[0] === g);
    const T = [0, 0, 0, 0];
    for (const r of rs) { T[0] += r[2]; T[1] += r[3]; T[2] += r[4]; T[3] += r[2] - r[4]; }
    rows.push({ style: "group", cells: [g, fmt(T[0]), fmt(T[1]), fmt(T[2]), fmt(T[3])] });
    for (const r of rs) rows.push({ style: "item", indent: 1, cells: [r[1], fmt(r[2]), fmt(r[3]), fmt(r[4]), fmt(r[2] - r[4])] });
    for (let k = 0; k < 4; k++) G[k] += T[k];
    console.log(`budget ${g}: ${T.map(fmt).join(" / ")}`);
  }
  rows.push({ style: "grand", cells: ["Grand Total", fmt(G[0]), fmt(G[1]), fmt(G[2]), fmt(G[3])] });
  if (G[0] - G[2] !== G[3]) throw new Error("budget variance does not add up");
  console.log(`budget total: ${G.map(fmt).join(" / ")}`);
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "note", cells: ["Variance = budget less forecast outturn; a minus figure is a forecast overspend."] });
  return { tab: "Budget pivot P6", widths: [250, 118, 118, 118, 118], align: ["l", "r", "r", "r", "r"], rows };
}

function sheetBallots() {
  const rows = [];
  rows.push({ style: "title", cells: ["BID ballots 2061 to 2063 – ballots reported in councils' levy returns"] });
  rows.push({ style: "note", cells: ["One record per ballot. Result is the declared result; a ballot succeeds only with a majority both by number and by rateable value."] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "filter", cells: ["Region", "(All)"] });
  rows.push({ style: "blank", cells: [] });
  rows.push({ style: "head2", cells: ["Count of Ballot ref", "Column Labels"] });
  rows.push({ style: "head", cells: ["Row Labels", "2061", "2062", "2063", "Grand Total"] });
  const types = [...new Set(BALLOTS.map((r) => r[0]))];
  const G = [0, 0, 0];
  const cell = (n) => (n == null || n === 0 ? "" : String(n));
  for (const t of types) {
    const rs = BALLOTS.filter((r) => r[0] === t);
    const T = [0, 1, 2].map((k) => rs.reduce((s, r) => s + (r[2][k] ?? 0), 0));
    rows.push({ style: "group", cells: [t, ...T.map(cell), String(T[0] + T[1] + T[2])] });
    for (const r of rs) {
      const tot = r[2].reduce((s, v) => s + (v ?? 0), 0);
      rows.push({ style: "item", indent: 1, cells: [r[1], ...r[2].map(cell), String(tot)] });
    }
    T.forEach((v, k) => (G[k] += v));
  }
  rows.push({ style: "grand", cells: ["Grand Total", ...G.map(String), String(G[0] + G[1] + G[2])] });
  console.log(`ballots: ${G.join(" / ")} = ${G[0] + G[1] + G[2]}`);
  return { tab: "Ballots pivot", widths: [220, 80, 80, 80, 90], align: ["l", "r", "r", "r", "r"], rows };
}

// ------------------------------------------------------------------ drawing
const sheets = [sheetLevy(), sheetBudget(), sheetBallots()];
const W = 841.89, H = 595.28;
const ML = 50, MT = 54;
const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: 0, autoFirstPage: false,
  info: { Title: "BIDP levy returns 2063-64", Author: "Zainab Papadakis", Creator: "Microsoft® Excel® for Microsoft 365", Producer: "Microsoft® Excel® for Microsoft 365" } });
doc.registerFont("R", `${FONTS}/DejaVuSansCondensed.ttf`);
doc.registerFont("B", `${FONTS}/DejaVuSansCondensed-Bold.ttf`);
const chunks = [];
doc.on("data", (c) => chunks.push(c));
const done = new Promise((res) => doc.on("end", res));

const text = [];
const FS = 8.5;
sheets.forEach((sh, si) => {
  doc.addPage();
  const pageNo = si + 1;
  // page header: sheet name, centred
  doc.font("R").fontSize(9).fillColor("black").text(sh.tab, 0, 22, { width: W, align: "center", lineBreak: false });
  text.push(sh.tab);
  let y = MT;
  const xs = [];
  let x = ML;
  for (const w of sh.widths) { xs.push(x); x += w; }
  const tableW = x - ML;
  for (const row of sh.rows) {
    const st = row.style;
    if (st === "blank") { y += 13; continue; }
    if (st === "title") {
      doc.font("B").fontSize(11).fillColor("black").text(row.cells[0], ML, y, { lineBreak: false });
      y += 17; text.push(row.cells[0]); continue;
    }
    if (st === "note") {
      doc.font("R").fontSize(FS).fillColor("#404040").text(row.cells[0], ML, y, { lineBreak: false });
      y += 13; text.push(row.cells[0]); continue;
    }
    if (st === "filter") {
      doc.font("B").fontSize(FS).fillColor("black").text(row.cells[0], xs[0] + 2, y + 2.5, { lineBreak: false });
      doc.font("R").text(row.cells[1], xs[1] + 2, y + 2.5, { lineBreak: false });
      // filter drop-down button is not printed; the value cell has a thin border in the Light16 style
      doc.lineWidth(0.5).strokeColor("#9BC2E6").rect(xs[0], y, sh.widths[0] + sh.widths[1], 13).stroke();
      y += 13; text.push(row.cells.join(" | ")); continue;
    }
    // table rows
    const isHead = st === "head" || st === "head2";
    const bold = isHead || st === "sub" || st === "grand" || st === "group";
    doc.font(bold ? "B" : "R").fontSize(FS);
    // header cells wrap: compute height
    let h = 13;
    if (isHead) {
      for (let c = 0; c < row.cells.length; c++) {
        const hh = doc.heightOfString(row.cells[c], { width: sh.widths[c] - 4 }) + 4;
        h = Math.max(h, hh);
      }
    }
    const fill = isHead ? "#DDEBF7" : st === "sub" || st === "group" ? "#EEF5FB" : st === "grand" ? "#DDEBF7" : null;
    if (fill) doc.rect(ML, y, tableW, h).fill(fill);
    doc.fillColor("black");
    row.cells.forEach((c, ci) => {
      if (!c) return;
      const al = sh.align[ci];
      const indent = ci === 0 && row.indent ? 12 * row.indent : 0;
      const opts = { width: sh.widths[ci] - 4 - indent, align: st === "head2" ? "left" : al === "r" ? "right" : "left" };
      if (!isHead) opts.lineBreak = false;
      if (!isHead && al === "l") delete opts.width; // Excel lets left-aligned text run into the empty cell beside it
      doc.text(c, xs[ci] + 2 + indent, y + 2.5, opts);
    });
    doc.lineWidth(0.5).strokeColor("#9BC2E6");
    if (isHead) doc.moveTo(ML, y + h).lineTo(ML + tableW, y + h).stroke();
    if (st === "sub" || st === "group") doc.moveTo(ML, y).lineTo(ML + tableW, y).stroke();
    if (st === "grand") {
      doc.lineWidth(0.6).moveTo(ML, y).lineTo(ML + tableW, y).stroke();
      doc.moveTo(ML, y + 1.6).lineTo(ML + tableW, y + 1.6).stroke();
    }
    y += h;
    text.push(row.cells.join(" | "));
  }
  // page footer: file name left, page number right
  doc.font("R").fontSize(9).fillColor("black");
  doc.text(FILE, ML, H - 32, { lineBreak: false });
  const pn = `Page ${pageNo} of ${sheets.length}`;
  doc.text(pn, W - ML - doc.widthOfString(pn), H - 32, { lineBreak: false });
  text.push(FILE, pn);
});
doc.end();
await done;
out("docs", BASE + ".pdf", Buffer.concat(chunks));
out("text", BASE + ".txt", text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt`);
