// Builds docs/ldap-item-4-q3-performance-draft-v3-comments-summary.pdf and its rendering in text/.
// Layout: AN ADOBE ACROBAT "SUMMARIZE COMMENTS" PDF, layout "Document and comments with sequence numbers
// on separate pages" (pdfkit, A4 portrait, DejaVu Sans / Sans Condensed embedded, Producer "Adobe
// Acrobat Pro (64-bit) 24"). The draft of item 4 for the Chair's briefing (v3, with a diagonal DRAFT
// watermark), as it came back from the Chair, the Vice-Chair, a lead member and officers: EACH PAGE OF
// THE DRAFT IS FOLLOWED BY A PAGE "Summary of Comments on <file name>" listing that page's comments –
// "Page: n", then per comment a line "Number: n  Author: …  Subject: Sticky Note / Highlight / Inserted
// Text  Date: dd/mm/yyyy, hh:mm:ss", the comment's text, and REPLIES indented under it with their own
// author and date line. On the draft's pages the annotations are flattened AFTER the page's own text,
// as Acrobat stamps them: translucent yellow highlight boxes over table rows, a caret, and small boxed
// SEQUENCE NUMBERS in the margin, so text extraction meets the stray numbers at the end of the page.
// The draft itself: a front sheet as a ruled two-column label table (Purpose, Summary, Recommendations
// (a)–(c), Action, Contact officer, Position, Phone no, Email); Table 1 of ten measures with WRAPPED
// HEADERS ("Target 2123/24", "Q2 RAG") and ratings as LETTERS R / A / G / B / N explained only by a
// key under the table; Table 2, the risk register (L, I, score, band, "Nov score", owner); finance in
// prose; page header "… – 15 March 2124 – Item 4" and footer "Page n of 3" on the draft's pages only.
// Two comments carry facts found nowhere else (the OLP-01 rate with a late return; Q3's own moves out
// of hospital), one proposes a change to recommendation (c), one says what the draft does not name.
// Rendering: the draft's pages and the summary pages in order, a paragraph or table row a line (cells
// " | ", a cell's lines joined by spaces), a comment's header line as its four fields " | "; the
// watermark, page headers and footers and the sequence-number boxes left out.
// Synthetic test fixture: every person, figure and comment is invented.
//   node src/build-comments-summary-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, BOARD, PROGRAMME, OFFICERS as O, P, cllr, name, MEASURES, KEY, RISKS, BTOTAL, BUDGET, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.comments;
const BASE = basename(FILE, extname(FILE));
const DRAFT = "ldap-item-4-q3-performance-draft-v3.pdf";
const PW = 595.28, PH = 841.89, ML = 56, MR = 56, TOP = 70, W = PW - ML - MR;
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `Summary of Comments on ${DRAFT}`, Author: O.rosalind.name, Creator: "Acrobat PDFMaker 24 for Word", Producer: "Adobe Acrobat Pro (64-bit) 24.1.20643" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf"));
const INK = "#1A1A1A", GREY = "#6B6B6B", LINE = "#9A9A9A";
const out = [];
let y = TOP;
const hText = (s, font, size, width, lg = 1.5) => doc.font(font).fontSize(size).heightOfString(s, { width, lineGap: lg });
const put = (s, x, yy, font, size, width, o = {}) => doc.font(font).fontSize(size).fillColor(o.color ?? INK).text(s, x, yy, { width, lineGap: o.lg ?? 1.5, align: o.align ?? "left" });
const para = (s, o = {}) => {
  const font = o.font ?? "r", size = o.size ?? 9.5, x = ML + (o.indent ?? 0), w = W - (o.indent ?? 0);
  const top = y;
  put(s, x, y, font, size, w, o);
  y += hText(s, font, size, w) + (o.after ?? 6);
  if (o.render !== false) out.push(o.render ?? s);
  return top;
};
const npara = (n, s) => { const top = y; put(n, ML, y, "r", 9.5, 24); put(s, ML + 26, y, "r", 9.5, W - 26); y += hText(s, "r", 9.5, W - 26) + 6; out.push(`${n} ${s}`); return top; };
// a ruled table; returns the top y of each row (for the highlight boxes)
function table(rows, widths, o = {}) {
  const pad = 3.5, size = o.size ?? 8.5, tops = [];
  for (const [i, r] of rows.entries()) {
    const head = o.head && i === 0;
    const fontOf = (j) => (head || (o.labels && j === 0) ? "cb" : "c");
    const h = Math.max(...r.map((c, j) => hText(c, fontOf(j), size, widths[j] - 2 * pad, 1))) + 2 * pad;
    tops.push([y, h]);
    let x = ML;
    for (const [j, c] of r.entries()) {
      if (head || (o.labels && j === 0)) doc.rect(x, y, widths[j], h).fillColor("#DCE6F0").fill();
      doc.rect(x, y, widths[j], h).lineWidth(0.5).strokeColor(LINE).stroke();
      if (c) put(c, x + pad, y + pad, fontOf(j), size, widths[j] - 2 * pad, { lg: 1, align: o.center?.includes(j) ? "center" : "left" });
      x += widths[j];
    }
    y += h;
    out.push(r.join(" | "));
  }
  y += o.after ?? 8;
  return tops;
}

const marks = []; // annotations of the current draft page, drawn after its text
let pageNo = 0;
function draftPage() {
  doc.addPage({ size: "A4", margin: 0 });
  pageNo++;
  put(`${BODY} – 15 March 2124 – Item 4`, ML, 30, "r", 7.5, W, { color: GREY, align: "right" });
  doc.moveTo(ML, 44).lineTo(PW - MR, 44).lineWidth(0.4).strokeColor(LINE).stroke();
  y = TOP;
}
function endDraftPage() {
  put(`Page ${pageNo} of 3`, ML, PH - 40, "r", 7.5, W, { color: GREY, align: "center" });
  // watermark
  doc.save().rotate(-40, { origin: [PW / 2, PH / 2] }).font("b").fontSize(70).fillColor("#C00000").fillOpacity(0.08).text("DRAFT v3", PW / 2 - 190, PH / 2 - 40, { width: 380, align: "center", lineBreak: false }).restore();
  doc.fillOpacity(1);
  // flattened annotations: highlights, carets, sequence numbers
  for (const m of marks) {
    if (m.kind === "highlight") doc.save().rect(m.x, m.y, m.w, m.h).fillColor("#FFE500").fillOpacity(0.35).fill().restore();
    if (m.kind === "caret") doc.save().moveTo(m.x, m.y + 8).lineTo(m.x + 3, m.y).lineTo(m.x + 6, m.y + 8).lineWidth(0.8).strokeColor("#1F5FBF").stroke().restore();
    doc.save().rect(PW - MR + 10, m.y, 13, 11).fillColor("#FFF6A8").fill().rect(PW - MR + 10, m.y, 13, 11).lineWidth(0.5).strokeColor("#7F6A00").stroke().restore();
    put(String(m.n), PW - MR + 10, m.y + 1.5, "b", 7, 13, { align: "center", color: "#4D4000" });
  }
  doc.fillOpacity(1);
  marks.length = 0;
}
function summaryPage(page, comments) {
  doc.addPage({ size: "A4", margin: 0 });
  y = 48;
  para(`Summary of Comments on ${DRAFT}`, { font: "b", size: 12, after: 10 });
  para(`Page: ${page}`, { font: "b", size: 9.5, after: 8 });
  for (const c of comments) {
    const head = (n, who, subj, date, x) => {
      const cells = [n ? `Number: ${n}` : null, `Author: ${who}`, `Subject: ${subj}`, `Date: ${date}`].filter(Boolean);
      let xx = x;
      const ws = n ? [70, 170, 130, 140] : [170, 130, 140];
      for (const [j, s] of cells.entries()) { put(s, xx, y, "cb", 8.5, ws[j] - 6, { color: "#2B2B2B" }); xx += ws[j]; }
      y += 13;
      out.push(cells.join(" | "));
    };
    doc.moveTo(ML, y - 3).lineTo(PW - MR, y - 3).lineWidth(0.3).strokeColor("#BDBDBD").stroke();
    head(c.n, c.who, c.subj, c.date, ML);
    if (c.quoted) para(c.quoted, { font: "i", size: 8.5, indent: 12, after: 3, color: GREY });
    para(c.text, { size: 9.5, indent: 12, after: 6 });
    for (const r of c.replies ?? []) {
      head(null, r.who, "Comment on Text", r.date, ML + 28);
      para(r.text, { size: 9.5, indent: 40, after: 6 });
    }
    y += 4;
  }
}

// ------------------------------------------------------------------ draft page 1: front sheet
draftPage();
para(BODY, { font: "b", size: 10, after: 2 });
para("15 March 2124", { size: 9.5, after: 2 });
para("Item 4", { size: 9.5, after: 12 });
para(`${PROGRAMME}: performance, risks and finance at quarter 3 2123/24`, { font: "b", size: 14, after: 12 });
const recs = [
  "That the Panel:",
  "(a) notes performance at quarter 3 2123/24 in Table 1, with two measures rated Red;",
  "(b) agrees the autism assessment recovery plan at Appendix A; and",
  `(c) agrees that risk OLR-04 be escalated to the ${BOARD} on 20 April 2124.`,
];
const fs = [
  ["Purpose of report", "For discussion and decision."],
  ["Summary", `This report sets out the ${PROGRAMME}'s ten measures at the end of December 2123 (quarter 3), the programme risk register at 29 February 2124 and the forecast outturn. Two measures are Red: the employment rate (OLP-01) and waits for autism assessments (OLP-04). Thirty-five people have moved from inpatient settings to homes in the community this year.`],
  ["Recommendations", recs.join(" ")],
  ["Action", "Officers to take forward as directed by the Panel."],
  ["Contact officer", O.rosalind.name],
  ["Position", O.rosalind.post],
  ["Phone no", O.rosalind.phone],
  ["Email", O.rosalind.email],
];
// the recommendations cell drawn as four lines, rendered as one cell
{
  const pad = 3.5, size = 8.5, lw = 110, vw = W - 110;
  for (const [label, value] of fs) {
    const lines = label === "Recommendations" ? recs : [value];
    const h = lines.reduce((s, l) => s + hText(l, "c", size, vw - 2 * pad, 1) + 2, 0) + 2 * pad;
    doc.rect(ML, y, lw, h).fillColor("#DCE6F0").fill();
    doc.rect(ML, y, lw, h).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.rect(ML + lw, y, vw, h).lineWidth(0.5).strokeColor(LINE).stroke();
    put(label, ML + pad, y + pad, "cb", size, lw - 2 * pad);
    let yy = y + pad;
    for (const l of lines) {
      put(l, ML + lw + pad + (/^\(/.test(l) ? 10 : 0), yy, "c", size, vw - 2 * pad - (/^\(/.test(l) ? 10 : 0));
      if (label === "Recommendations" && l.startsWith("(c)")) marks.push({ kind: "caret", n: 2, x: ML + lw + pad + 10 + doc.font("c").fontSize(size).widthOfString(l.slice(0, -1)), y: yy });
      yy += hText(l, "c", size, vw - 2 * pad, 1) + 2;
    }
    if (label === "Summary") marks.push({ kind: "note", n: 1, y: y + 2 });
    y += h;
    out.push(`${label} | ${value}`);
  }
  y += 12;
}
para("Background", { font: "b", size: 10.5, after: 6 });
npara("1.", `The ${PROGRAMME} 2123–25 has ten measures (OLP-01 to OLP-10), agreed by the Panel on 14 July 2123. Each lead member reports on their workstream at every meeting; the ratings in Table 1 were validated by the programme team on 16 January 2124.`);
npara("2.", `The Panel asked on 17 November 2123 for a recovery plan for autism assessment waits (OLP-04). The plan, at Appendix A, has been drawn up with the NHS regional autism lead and three of the Panel's councils.`);
npara("3.", `Members are reminded that the quarter 4 position will be reported to the meeting on 12 July 2124.`);
endDraftPage();
summaryPage(1, [
  { n: 1, who: name("carrow"), subj: "Sticky Note", date: "02/03/2124, 09:14:07", text: "Can the summary say how many people moved out of hospital in quarter 3 itself, not just the total for the year?",
    replies: [{ who: O.rosalind.name, date: "02/03/2124, 11:02:51", text: "13 people moved in quarter 3 (35 at the end of December against 22 at the end of September). I will add this to v4." }] },
  { n: 2, who: name("quillon"), subj: "Inserted Text", date: "02/03/2124, 14:37:22", quoted: "Inserted after \"on 20 April 2124\":", text: ", and that the Chair writes to the Minister for Care about capital for community homes",
    replies: [{ who: name("carrow"), date: "03/03/2124, 08:20:15", text: "Agreed – please add to (c) in v4." }, { who: O.rosalind.name, date: "03/03/2124, 09:45:40", text: "Done in v4." }] },
]);

// ------------------------------------------------------------------ draft page 2: Table 1
draftPage();
para("Performance at quarter 3", { font: "b", size: 10.5, after: 6 });
npara("4.", "Table 1 gives each measure's figure at the end of September (quarter 2) and at the end of December 2123 (quarter 3), with its rating. Ratings use the key below the table.");
para("Table 1: Ordinary Lives measures at quarter 3 2123/24", { font: "b", size: 9, after: 4 });
const w1 = [40, 170, 50, 36, 30, 40, 30, 87];
const tops = table([
  ["Ref", "Measure", "Target 2123/24", "Q2 figure", "Q2 RAG", "Q3 figure", "Q3 RAG", "Lead member"],
  ...MEASURES.map((m) => [m.ref, m.name, m.target, m.q2, m.r2, m.q3, m.r3, `Cllr ${P[m.lead].sur}`]),
], w1, { head: true, center: [4, 6] });
const rowOf = (ref) => tops[1 + MEASURES.findIndex((m) => m.ref === ref)];
for (const [ref, n, kind] of [["OLP-04", 3, "highlight"], ["OLP-01", 4, "note"], ["OLP-08", 5, "highlight"]]) {
  const [ry, rh] = rowOf(ref);
  marks.push({ kind, n, x: ML, y: ry, w: W, h: rh });
}
para(`Key: ${KEY.map(([l, c, t]) => `${l} – ${c}: ${t.charAt(0).toLowerCase() + t.slice(1)}`).join("; ")}.`, { size: 8, after: 10 });
npara("5.", "Eight measures are Green, Blue or Amber. The employment rate (OLP-01) fell again and is now Red; supported internships (OLP-02) are ahead of plan.");
npara("6.", "OLP-10 was first reported this quarter, so it has no quarter 2 rating.");
endDraftPage();
summaryPage(2, [
  { n: 3, who: name("carrow"), subj: "Highlight", date: "02/03/2124, 09:26:48", quoted: "OLP-04 Autistic adults waiting over 13 weeks for a diagnostic assessment", text: "Second quarter at Red. Who owns the recovery plan?",
    replies: [{ who: O.rosalind.name, date: "02/03/2124, 11:10:05", text: `${O.delphine.name}, with the NHS regional autism lead. The plan is Appendix A.` }] },
  { n: 4, who: name("wrenbury"), subj: "Sticky Note", date: "02/03/2124, 16:05:31", text: "OLP-01: the Q3 figure leaves out Marrowby's December return, which came in late. With it the rate would be 7.0% – still Red." },
  { n: 5, who: name("quillon"), subj: "Highlight", date: "02/03/2124, 14:41:09", quoted: "OLP-08 Day opportunities providers meeting the quality standard (%)", text: "Down from 86% to 81% – is this the providers giving notice?",
    replies: [{ who: O.hollis.name, date: "03/03/2124, 10:12:33", text: "Partly. Two of the three providers that have given notice also failed their quality reviews in November." }] },
]);

// ------------------------------------------------------------------ draft page 3: risks and finance
draftPage();
para("Risks", { font: "b", size: 10.5, after: 6 });
npara("7.", "Risks are scored likelihood (L) times impact (I), each from 1 to 5. Scores of 15 to 25 are Red, 8 to 12 Amber and 1 to 6 Green. Table 2 gives the register at 29 February 2124 beside each risk's score in November 2123.");
para("Table 2: Programme risk register at 29 February 2124", { font: "b", size: 9, after: 4 });
const w2 = [42, 205, 20, 20, 36, 40, 38, 82];
const rtops = table([
  ["Ref", "Risk", "L", "I", "Score", "Band", "Nov score", "Owner"],
  ...RISKS.map((r) => [r.ref, r.risk, String(r.l), String(r.i), String(r.score), r.band, String(r.nov), O[r.owner].name]),
], w2, { head: true, center: [2, 3, 4, 6] });
marks.push({ kind: "note", n: 6, y: rtops[1][0] });
marks.push({ kind: "highlight", n: 7, x: ML, y: rtops[6][0], w: W, h: rtops[6][1] });
npara("8.", `OLR-04 has risen from 15 to 20 since November: the capital bid for community homes was refused in January. Officers propose escalating it to the ${BOARD} (recommendation (c)).`);
para("Finance", { font: "b", size: 10.5, after: 6 });
npara("9.", `The programme budget for 2123/24 is ${gbp(BTOTAL.budget * 1000)}. At 29 February 2124 ${gbp(BTOTAL.spent * 1000)} had been spent and the forecast outturn is ${gbp(BTOTAL.forecast * 1000)}, an underspend of ${gbp(-BTOTAL.variance * 1000)}, mostly on the ${BUDGET[1].line}. The budget by line is in the programme dashboard.`);
npara("10.", "There are no further financial implications for the Panel's own budget.");
endDraftPage();
summaryPage(3, [
  { n: 6, who: name("quillon"), subj: "Sticky Note", date: "02/03/2124, 14:49:56", text: "OLR-01 – which providers?",
    replies: [{ who: O.hollis.name, date: "03/03/2124, 10:15:02", text: "Three providers in Hatherstow and Ulverholm have given notice. Their names are in the exempt annex, not in this draft." }] },
  { n: 7, who: O.ishaan.name, subj: "Highlight", date: "03/03/2124, 15:30:18", quoted: "OLR-06 Fund money not committed by 31 March 2125 is returned to government", text: "Forecast checked against the February ledger – no change to the score." },
]);

doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
