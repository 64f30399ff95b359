// Builds docs/phiftg-certificates-of-analysis-round-2-2268-11.pdf and its rendering in text/.
// Layout: A PUBLIC ANALYST'S STATUTORY CERTIFICATES OF ANALYSIS, PRINTED AS ONE PDF FROM A LABORATORY
// INFORMATION MANAGEMENT SYSTEM (pdfkit; Creator "SampleLedger LIMS 11.4 report engine", invented): three
// A4 pages, one certificate each, for three samples of round 2 of the Task Group's targeted sampling. Each
// page: the laboratory's letterhead with a UKAS box, the title, the Act, a boxed grid of label / value
// PAIRS SET TWO TO A ROW (Certificate no. | … | Laboratory no. | …; the sample, CHED reference, officer,
// dates), THE STATUTORY DECLARATION IN ONE LONG SENTENCE, a results table Determinand | Result | Units |
// Maximum level | Uncertainty (±) | Method whose ACCREDITED TESTS ARE MARKED ONLY BY AN ASTERISK after the
// name and whose values below the reporting limit are "< 0.5", notes on the marks, the Opinion (the only
// place that says whether the sample complies), a drawn signature over the signatory's name and post, and
// a footer with the certificate number, page and print time. The third page is AN AMENDED CERTIFICATE
// ("AR/68/2297A") WHOSE BOXED NOTICE WITHDRAWS AN EARLIER ONE that gave a failing result (12.4 for 1.24):
// the withdrawn result exists only in that notice. No page names the Task Group except the copy line.
// Rendering: per page the letterhead's name, the title, each paragraph a line, the grid's rows (label |
// value | label | value), the results table (cells " | "), notes, opinion, signatory lines; the UKAS box,
// signature drawing and footer left out.
// Synthetic test fixture: every sample, result, person and laboratory is invented.
//   node src/build-certificates-lims-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, LAB, CERTS, ANALYST, DEPUTY, BODY } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.certs;
const BASE = basename(FILE, extname(FILE));
const out = [];
const doc = new PDFDocument({ size: "A4", margins: { top: 40, bottom: 40, left: 48, right: 48 }, autoFirstPage: false, info: { Title: "Certificates of analysis – targeted sampling round 2 (November 2268)", Author: LAB.name, Subject: "Certificates AR/68/2291, AR/68/2295, AR/68/2297A", Creator: "SampleLedger LIMS 11.4 report engine", Producer: "SampleLedger PDF 3.2", CreationDate: new Date(Date.UTC(2268, 10, 27, 9, 31)) } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
const L = 48, R = 595 - 48, WIDTH = R - L;

function para(t, y, o = {}) {
  doc.font(o.font ?? "R").fontSize(o.size ?? 8.6).fillColor(o.color ?? "#000");
  doc.text(t, o.x ?? L, y, { width: o.width ?? WIDTH, lineGap: 1.2, align: o.align ?? "left" });
  if (o.render !== false) out.push(t);
  return doc.y;
}
// a row of cells with given widths; returns the new y
function row(cells, widths, y, o = {}) {
  doc.fontSize(o.size ?? 8.2);
  const pad = 3.5;
  const hs = cells.map((c, i) => { doc.font(o.bold?.[i] ? "B" : "R"); return doc.heightOfString(c, { width: widths[i] - 2 * pad, lineGap: 0.8 }); });
  const h = Math.max(...hs) + 2 * pad;
  let x = L;
  for (const [i, c] of cells.entries()) {
    if (o.shade?.[i]) doc.rect(x, y, widths[i], h).fill(o.shade[i]);
    doc.lineWidth(0.5).strokeColor("#7f7f7f").rect(x, y, widths[i], h).stroke();
    doc.font(o.bold?.[i] ? "B" : "R").fillColor("#000").fontSize(o.size ?? 8.2).text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, lineGap: 0.8 });
    x += widths[i];
  }
  if (o.render !== false) out.push(cells.filter((c) => c !== "").join(" | "));
  return y + h;
}

for (const [n, c] of CERTS.entries()) {
  doc.addPage();
  const signer = c.signer === "deputy" ? DEPUTY : ANALYST;
  // letterhead
  doc.font("B").fontSize(15).fillColor("#1F3864").text(LAB.name, L, 40, { width: 360 });
  out.push(LAB.name);
  doc.font("R").fontSize(8.2).fillColor("#333").text(`Public Analyst's Laboratory · ${LAB.address} · ${LAB.phone}`, L, 60, { width: 380 });
  out.push(`Public Analyst's Laboratory · ${LAB.address} · ${LAB.phone}`);
  // UKAS box (page furniture: not in the rendering)
  doc.lineWidth(1).strokeColor("#000").rect(R - 78, 36, 78, 44).stroke();
  doc.font("B").fontSize(9).fillColor("#000").text("UKAS", R - 78, 41, { width: 78, align: "center" });
  doc.font("R").fontSize(6.5).text("TESTING", R - 78, 53, { width: 78, align: "center" });
  doc.font("B").fontSize(9).text(LAB.ukas, R - 78, 63, { width: 78, align: "center" });
  doc.moveTo(L, 86).lineTo(R, 86).lineWidth(1.2).strokeColor("#1F3864").stroke();
  let y = 94;
  const title = c.replaces ? "AMENDED CERTIFICATE OF ANALYSIS" : "CERTIFICATE OF ANALYSIS";
  doc.font("B").fontSize(13).fillColor("#000").text(title, L, y, { width: WIDTH, align: "center" });
  out.push(title);
  y = doc.y + 2;
  y = para("Certificate given under section 30 of the Food Safety Act 1990", y, { align: "center", font: "I" }) + 8;
  if (c.replaces) {
    doc.font("B").fontSize(8.6);
    const h = doc.heightOfString(c.amendment, { width: WIDTH - 16, lineGap: 1.2 }) + 14;
    doc.rect(L, y, WIDTH, h).fill("#FDE9D9");
    doc.lineWidth(1).strokeColor("#C00000").rect(L, y, WIDTH, h).stroke();
    para(c.amendment, y + 7, { x: L + 8, width: WIDTH - 16, font: "B", color: "#C00000" });
    y += h + 8;
  }
  // the label grid, two pairs a row
  const wl = 92, wv = WIDTH / 2 - 92;
  const shade = ["#F2F2F2", "", "#F2F2F2", ""];
  const bold = [true, false, true, false];
  const pairs = [
    ["Certificate no.", c.no, "Laboratory no.", c.lab],
    ["Submitted by", c.authority, "Sample no.", c.sample],
    ["Authorised officer", `${c.officer}, ${c.officerPost}`, "CHED reference", c.ched],
    ["Country of origin", c.origin, "Consignment", c.consignment],
    ["Point of entry", c.post, "Date sampled", c.sampled],
    ["Date received", c.received, "Condition on receipt", "Sealed and intact"],
  ];
  y = row(["Description of sample", c.description], [wl, WIDTH - wl], y, { shade: ["#F2F2F2", ""], bold: [true, false] });
  for (const p of pairs) y = row(p, [wl, wv, wl, wv], y, { shade, bold });
  y += 10;
  const who = c.signer === "deputy" ? "a deputy public analyst" : "a public analyst";
  y = para(`I, the undersigned, ${who} appointed for the area of ${c.authority}, certify that on ${c.received} I received from ${c.officer}, an authorised officer of that authority, the sample described above, marked ${c.sample}, for analysis, and that it has been analysed by me or under my direction. I declare the results of the analysis to be as follows:`, y) + 8;
  // results
  const rw = [150, 52, 44, 78, 66, WIDTH - 390];
  y = row(["Determinand", "Result", "Units", "Maximum level", "Uncertainty (±)", "Method"], rw, y, { shade: Array(6).fill("#DCE6F1"), bold: Array(6).fill(true) });
  for (const r of c.results) y = row(r, rw, y);
  y += 6;
  y = para("* UKAS-accredited test. Results are for the sample as received and are not corrected for recovery. The uncertainty is the expanded uncertainty at a level of confidence of about 95% (k = 2).", y, { size: 7.4, color: "#333" });
  y = para("Maximum levels are those in force for this food on the date of sampling.", y + 1, { size: 7.4, color: "#333" }) + 10;
  doc.font("B").fontSize(10).fillColor("#000").text("Opinion", L, y); out.push("Opinion");
  y = para(c.opinion, doc.y + 3) + 10;
  y = para(`Copy to: ${BODY} (targeted sampling programme, round 2)`, y, { size: 7.8, color: "#333" }) + 14;
  // signature (drawn: not text)
  doc.lineWidth(1.1).strokeColor("#1a2a6c").moveTo(L + 4, y + 18).bezierCurveTo(L + 20, y - 6, L + 32, y + 30, L + 48, y + 8).bezierCurveTo(L + 60, y - 4, L + 70, y + 24, L + 96, y + 10).stroke();
  y += 32;
  y = para(`Signed: ${signer.name}`, y, { font: "B" });
  y = para(signer.post, y);
  y = para(`Date of certificate: ${c.issued}`, y);
  // footer (page furniture)
  doc.font("R").fontSize(7).fillColor("#555").text(`Certificate ${c.no} · Page 1 of 1 · ${LAB.name} · Printed from SampleLedger LIMS 11.4 on 27/11/2268 09:31`, L, 842 - 40 - 10, { width: WIDTH, align: "center", lineBreak: false });
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${CERTS.length} pages)`);
