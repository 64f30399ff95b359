// Builds docs/afctg-covenant-fund-ledger-4471-2211-11.pdf and its rendering in text/.
// Layout: A FINANCE SYSTEM'S COST CENTRE TRANSACTION LISTING WITH A RUNNING BALANCE, PRINTED TO PDF –
// the Finance Business Partner's print of cost centre 4471 (the Covenant Delivery Fund) for periods 1 to
// 8 of 2211/12, run on 6 December 2211 from an invented ledger ("LedgerPoint Financials 11.3", report
// GL0307). Two landscape A4 pages in a monospaced face, all in capitals where the system stores them: a
// header block of "label : value" lines (cost centre, service, budget holder, period, run by) repeated
// on each page; a table Date | Per | Type | Doc no. | Supplier / customer | Description | Debit | Credit |
// Balance, one row a posting, WITH NO TOTAL FOR ANY COUNCIL: a council's payments are scattered rows
// (suppliers' names CUT AT 24 CHARACTERS, "MARROWGATE BOROUGH COUNC"), A DUPLICATE PAYMENT AND ITS
// REVERSAL are two more rows, and the balance is a running figure with a "CR"/"DR" suffix; page 1 ends
// with "Page totals" and "Balance carried forward", page 2 starts with "Balance brought forward"; then
// the closing balance, the period's totals, a separate list of OPEN COMMITMENTS (grant offers raised but
// not paid, not in the balance) with their total and "available" figure, and a key of the one-letter
// type codes and CR/DR in small type at the foot. Footer: report id, environment, page "n of 2".
// Rendering: the header block once, per page the column header row and each posting row as cells
// (empty cells left out), the totals and balances as cells, the commitments and the key; page footers
// and the repeated header block left out.
// Synthetic test fixture: every figure, council and supplier is invented.
//   node src/build-ledger-statement-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, LEDGER, OPENING, CLOSING, COMMITMENTS, COMMITTED, AVAILABLE, money } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.ledger;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28, ML = 30, MR = 30;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: "GL0307 Cost centre transaction listing - 4471", Author: "BNGATAHIRST", Creator: "LedgerPoint Financials 11.3 Report Server", Producer: "LedgerPoint PDF Writer 4.0" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("m", join(FONTS, "DejaVuSansMono.ttf")).registerFont("mb", join(FONTS, "DejaVuSansMono-Bold.ttf"));
const out = [];
const dmy = (iso) => iso.split("-").reverse().join("/");
const period = (iso) => String(((+iso.slice(5, 7) + 8) % 12) + 1).padStart(2, "0");
const bal = (n) => `${money(Math.abs(n))} ${n >= 0 ? "CR" : "DR"}`;

// columns: [key, title, x (left), width, align]
const COLS = [
  ["date", "Date", 30, 58, "l"], ["per", "Per", 90, 22, "l"], ["type", "Type", 114, 28, "l"], ["doc", "Doc no.", 144, 58, "l"],
  ["who", "Supplier / customer", 204, 118, "l"], ["desc", "Description", 324, 246, "l"], ["dr", "Debit", 572, 70, "r"], ["cr", "Credit", 644, 70, "r"], ["bal", "Balance", 716, 96, "r"],
];
const FS = 7.4, ROWH = 16;
let y = 0;
const cell = (t, x, w, align, font = "m", size = FS) => {
  if (t === "" || t == null) return;
  doc.font(font).fontSize(size);
  const tw = doc.widthOfString(t);
  doc.text(t, align === "r" ? x + w - tw : x, y, { lineBreak: false });
};
const row = (vals, o = {}) => {
  for (const [k, , x, w, a] of COLS) cell(vals[k] ?? "", x, w, a, o.bold ? "mb" : "m");
  if (o.rule) { doc.moveTo(ML, y + ROWH - 4).lineTo(PW - MR, y + ROWH - 4).lineWidth(0.3).strokeColor("#999999").stroke(); }
  y += ROWH;
  if (o.render !== false) out.push(COLS.map(([k]) => vals[k] ?? "").filter((v) => v !== "").join(" | "));
};
const HEADER = [
  ["Cost centre", "4471  COVENANT DELIVERY FUND"],
  ["Service", "44  VETERANS AND FAMILIES"],
  ["Budget holder", "HOLBROOK, OTTOLINE"],
  ["Period", "01/04/2211 TO 30/11/2211 (PERIODS 01-08)"],
  ["Run by", "BNGATAHIRST   RUN DATE 06/12/2211 08:52"],
];
const page = (n) => {
  doc.addPage({ size: [PW, PH], margin: 0 });
  y = 26;
  cell("LOCAL GOVERNMENT ASSOCIATION", ML, 300, "l", "mb", 9);
  cell("LedgerPoint Financials 11.3", PW - MR - 200, 200, "r", "m", 8);
  y += 13;
  cell("GL0307  COST CENTRE TRANSACTION LISTING WITH RUNNING BALANCE", ML, 500, "l", "mb", 9);
  y += 18;
  if (n === 1) out.push("LOCAL GOVERNMENT ASSOCIATION", "GL0307 COST CENTRE TRANSACTION LISTING WITH RUNNING BALANCE");
  for (const [l, v] of HEADER) {
    cell(l.toUpperCase().padEnd(14) + ": " + v, ML, 500, "l", "m", 8);
    y += 11;
    if (n === 1) out.push(`${l.toUpperCase()} : ${v}`);
  }
  y += 8;
  doc.moveTo(ML, y - 3).lineTo(PW - MR, y - 3).lineWidth(0.8).strokeColor("#000000").stroke();
  row(Object.fromEntries(COLS.map(([k, t]) => [k, t])), { bold: true, rule: true });
  // footer
  const fy = PH - 24;
  doc.font("m").fontSize(6.5).fillColor("#444444");
  doc.text("GL0307 v11.3   LGA-PROD   *** END OF PAGE ***", ML, fy, { lineBreak: false });
  const pg = `Page ${n} of 2`;
  doc.text(pg, PW - MR - doc.widthOfString(pg), fy, { lineBreak: false });
  doc.fillColor("#000000");
};

// ---------------------------------------------------------------- page 1
page(1);
// page 1 holds as many postings as fit above the page totals and the carried-forward line
const SPLIT = Math.floor((PH - 60 - 3 * ROWH - (y + ROWH)) / ROWH);
row({ desc: "OPENING BALANCE 01/04/2211 (B/FWD FROM 2210/11)", bal: bal(OPENING) });
let pDr = 0, pCr = 0, tDr = 0, tCr = 0;
const posting = (t) => {
  row({ date: dmy(t.date), per: period(t.date), type: t.type, doc: t.doc, who: t.who, desc: t.desc, dr: t.dr ? money(t.dr) : "", cr: t.cr ? money(t.cr) : "", bal: bal(t.bal) });
  pDr += t.dr ?? 0; pCr += t.cr ?? 0; tDr += t.dr ?? 0; tCr += t.cr ?? 0;
};
LEDGER.slice(0, SPLIT).forEach(posting);
y += 2;
doc.moveTo(COLS[6][2], y - 4).lineTo(PW - MR, y - 4).lineWidth(0.5).strokeColor("#000000").stroke();
row({ desc: "PAGE TOTALS", dr: money(pDr), cr: money(pCr) }, { bold: true });
row({ desc: "BALANCE CARRIED FORWARD", bal: bal(LEDGER[SPLIT - 1].bal) }, { bold: true });

// ---------------------------------------------------------------- page 2
page(2);
pDr = 0; pCr = 0;
row({ desc: "BALANCE BROUGHT FORWARD", bal: bal(LEDGER[SPLIT - 1].bal) }, { bold: true });
LEDGER.slice(SPLIT).forEach(posting);
y += 2;
doc.moveTo(COLS[6][2], y - 4).lineTo(PW - MR, y - 4).lineWidth(0.5).strokeColor("#000000").stroke();
row({ desc: "PAGE TOTALS", dr: money(pDr), cr: money(pCr) }, { bold: true });
row({ desc: "TOTALS FOR PERIODS 01-08", dr: money(tDr), cr: money(tCr) }, { bold: true });
row({ desc: "CLOSING BALANCE 30/11/2211", bal: bal(CLOSING) }, { bold: true, rule: true });
if (OPENING + tCr - tDr !== CLOSING) throw new Error("ledger does not balance");

// open commitments
y += 10;
cell("OPEN COMMITMENTS AS AT 06/12/2211 (GRANT OFFERS AND ORDERS RAISED, NOT YET PAID - NOT INCLUDED IN THE BALANCE)", ML, 700, "l", "mb", 8);
out.push("OPEN COMMITMENTS AS AT 06/12/2211 (GRANT OFFERS AND ORDERS RAISED, NOT YET PAID - NOT INCLUDED IN THE BALANCE)");
y += 14;
const CC = [["doc", "Commitment", 30, 60, "l"], ["date", "Raised", 92, 58, "l"], ["who", "Supplier / customer", 152, 130, "l"], ["desc", "Description", 284, 420, "l"], ["amount", "Amount", 716, 96, "r"]];
const crow = (vals, o = {}) => {
  for (const [k, , x, w, a] of CC) cell(vals[k] ?? "", x, w, a, o.bold ? "mb" : "m");
  if (o.rule) { doc.moveTo(ML, y + ROWH - 4).lineTo(PW - MR, y + ROWH - 4).lineWidth(0.3).strokeColor("#999999").stroke(); }
  y += ROWH;
  out.push(CC.map(([k]) => vals[k] ?? "").filter((v) => v !== "").join(" | "));
};
crow(Object.fromEntries(CC.map(([k, t]) => [k, t])), { bold: true, rule: true });
for (const c of COMMITMENTS) crow({ doc: c.doc, date: dmy(c.date), who: c.who, desc: c.desc, amount: money(c.amount) });
y += 2;
crow({ desc: "TOTAL OPEN COMMITMENTS", amount: money(COMMITTED) }, { bold: true });
crow({ desc: "CLOSING BALANCE LESS OPEN COMMITMENTS (AVAILABLE)", amount: bal(AVAILABLE) }, { bold: true });

// key
y += 14;
const KEY = [
  "TYPES: RCT RECEIPT   GRT GRANT PAYMENT   INV SUPPLIER INVOICE   JNL JOURNAL   REV REVERSAL",
  "CR = CREDIT BALANCE (FUNDS HELD)   DR = DEBIT BALANCE (OVERSPENT)   PER = ACCOUNTING PERIOD (01 = APRIL)",
];
for (const k of KEY) { cell(k, ML, 700, "l", "m", 6.8); y += 10; out.push(k); }

doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${LEDGER.length} postings, ${out.length} rendering lines)`);
