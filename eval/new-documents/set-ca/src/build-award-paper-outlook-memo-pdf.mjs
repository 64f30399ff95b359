// docs/phtg-item-5-round-2-awards-email-printed-2582-02-27.pdf: the Programme Manager's e-mail of
// Wednesday 27 February 2582 circulating the item 5 paper (round 2 awards) pasted into its body, with the
// Chair's earlier message below it, PRINTED FROM OUTLOOK IN "MEMO STYLE" TO PDF ("Microsoft: Print To
// PDF"): the printing user's name in large bold type over a heavy rule at the top of the first page, the
// header block of bold labels (From, Sent, To, Cc, Subject, Attachments) with values indented to one tab
// stop, the HTML body as Outlook's Word engine lays it out (a paper's front sheet as a bordered two-column
// table, numbered paragraphs typed by hand, Table 1 of bids), the earlier message after a thin rule with
// its own From / Sent / To / Subject lines in the body's font, and only a page number at the foot.
// Also writes text/<base>.txt: the printout as read, page furniture left out.
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, FONTS, requireMain, OFFICERS, BODY, FUND, BIDS, BELOW, AWARDED, DEFERRED, CARRIED, ROUND2, MAX_AWARD, THRESHOLD, BIDS_RECEIVED, BIDS_TOTAL, money, cllr } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const doc = new PDFDocument({ size: "A4", margins: { top: 54, bottom: 60, left: 54, right: 54 }, autoFirstPage: false, bufferPages: true,
  info: { Title: "PHTG 14 March – item 5: Site Licensing Capacity Fund round 2 awards", Author: "Wilhelmina Rashbrook", Creator: "Microsoft® Outlook® for Microsoft 365", Producer: "Microsoft: Print To PDF", CreationDate: new Date(Date.UTC(2582, 1, 28, 9, 12)) } });
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
const out = join(root, "docs", DOCS.memo);
doc.pipe(createWriteStream(out));
doc.addPage();

const L = 54, W = 595.28 - 108, BOTTOM = 841.89 - 70;
const R = [];
let y = 54;
const need = (h) => { if (y + h > BOTTOM) { doc.addPage(); y = 54; } };
const para = (t, { font = "R", size = 10, gap = 6, indent = 0, render = true } = {}) => {
  doc.font(font).fontSize(size);
  const h = doc.heightOfString(t, { width: W - indent });
  need(font === "B" ? h + 48 : h); // a heading keeps with what follows
  doc.text(t, L + indent, y, { width: W - indent });
  y += h + gap;
  if (render) R.push(t);
};
// header lines: a bold label and its value at a tab stop
const head = (label, value, { tab = 92, size = 10, font = "B" } = {}) => {
  doc.font("R").fontSize(size);
  const h = doc.heightOfString(value, { width: W - tab });
  need(h);
  doc.font(font).fontSize(size).text(label, L, y, { lineBreak: false });
  doc.font("R").fontSize(size).text(value, L + tab, y, { width: W - tab });
  y += h + 2;
  R.push(`${label} ${value}`);
};
// a bordered table: widths, rows of cells; bold first row if header
const table = (widths, rows, { header = true, size = 9, boldFirstCol = false, boldLast = false } = {}) => {
  for (const [ri, row] of rows.entries()) {
    const bold = (header && ri === 0) || (boldLast && ri === rows.length - 1);
    const hs = row.map((c, ci) => { doc.font(bold || (boldFirstCol && ci === 0) ? "B" : "R").fontSize(size); return doc.heightOfString(c, { width: widths[ci] - 8 }); });
    const h = Math.max(...hs) + 8;
    need(h);
    let x = L;
    row.forEach((c, ci) => {
      if (header && ri === 0) doc.save().rect(x, y, widths[ci], h).fill("#d9e2f3").restore();
      doc.lineWidth(0.5).rect(x, y, widths[ci], h).stroke("#000000");
      doc.fillColor("#000000").font(bold || (boldFirstCol && ci === 0) ? "B" : "R").fontSize(size).text(c, x + 4, y + 4, { width: widths[ci] - 8 });
      x += widths[ci];
    });
    y += h;
    R.push(row.join(" | "));
  }
  y += 8;
};

// ---- memo header: the printing user's name over a heavy rule
doc.font("B").fontSize(16).text("Wilhelmina Rashbrook", L, y);
y += 24;
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(3).stroke("#000000");
y += 10;
const rb = OFFICERS.rashbrook;
head("From:", `Rashbrook, Wilhelmina`);
head("Sent:", "27 February 2582 16:42");
head("To:", "PHTG Members");
head("Cc:", "Youlden, Clementine; Tewson, Lorcan; Hatherleigh, Devendra");
head("Subject:", "PHTG 14 March – item 5: Site Licensing Capacity Fund round 2 awards");
head("Attachments:", "PHTG 14-03-2582 item 5 round 2 awards.docx; PHTG item 5 Appendix A scoring matrix (EXEMPT).xlsx");
y += 14;

// ---- covering note
para("Dear all,");
para("Ahead of our meeting on Thursday 14 March, I have pasted the item 5 paper below so that you can read it on your phones; the Word version is attached. Appendix A, the scoring matrix, is exempt under paragraph 3 of Schedule 12A and is attached for members only – please do not forward it.");
para("If you need to declare an interest in a bid, please tell Clementine by 5pm on Monday 11 March.");
para("Many thanks,");
para("Wilhelmina", { gap: 2 });
para(`Wilhelmina Rashbrook | ${rb.post} | Local Government Association | ${rb.phone}`, { size: 8, gap: 14, render: false });
R.push(`Wilhelmina Rashbrook | ${rb.post} | Local Government Association | ${rb.phone}`);

// ---- the paper
para(BODY, { font: "B", size: 12, gap: 2 });
para("Thursday 14 March 2582", { gap: 2 });
para("Item 5", { font: "B", gap: 2 });
para(`${FUND}: round 2 awards`, { font: "B", size: 13, gap: 8 });
const n = BIDS.filter((b) => b.award).length;
table([150, W - 150], [
  ["Purpose of report", "For decision."],
  ["Summary", `This report sets out the assessment of the ${BIDS_RECEIVED} bids received for round 2 of the ${FUND} and recommends six awards totalling ${money(AWARDED)}.`],
  ["Is this a key decision?", "Yes"],
  ["Is this report confidential?", "No. Appendix A (the scoring matrix) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972."],
  ["Contact officer", rb.name],
  ["Position", rb.post],
  ["Phone no", rb.phone],
  ["Email", rb.email],
], { header: false, boldFirstCol: true });
para("Recommendations", { font: "B", gap: 4 });
para("That the Task Group:", { gap: 4 });
const recs = [
  `(a) approves the six round 2 awards set out in Table 1, totalling ${money(AWARDED)};`,
  `(b) defers bid ${DEFERRED.ref} (Lyndcastle Borough Council, ${money(DEFERRED.asked)}) to the meeting on 13 June 2582, pending written confirmation of the fire and rescue service's match funding, and holds ${money(DEFERRED.asked)} for it until then;`,
  `(c) carries the remaining ${money(CARRIED)} into round 3; and`,
  `(d) delegates to the Programme Manager, in consultation with the Chair, the agreement of each award's grant conditions.`,
];
for (const r of recs) para(r, { indent: 14, gap: 4 });
y += 6;
para("Background", { font: "B", gap: 4 });
para(`1. Round 2 of the ${FUND} opened on Monday 5 November 2581 and closed on Wednesday 16 January 2582. ${money(ROUND2)} was available, with a maximum of ${money(MAX_AWARD)} for any one council.`);
para(`2. ${BIDS_RECEIVED === 11 ? "Eleven" : BIDS_RECEIVED} bids were received, asking for ${money(BIDS_TOTAL)} in all. Each was scored out of 100 by two officers against the published criteria (need 40, deliverability 30, value for money 20, partnership 10) and moderated by the Senior Adviser, Site Licensing.`);
para(`3. Seven bids scored at or above the threshold of ${THRESHOLD} and are set out in Table 1. Four bids scored below the threshold and are not recommended: ${BELOW.map((b) => `${b.ref} (${b.council})`).join(", ").replace(/, ([^,]*)$/, " and $1")}.`);
para("Table 1: bids at or above the threshold", { font: "B", gap: 4 });
const rec = (b) => (b.award === null ? "Deferred" : b.award < b.asked ? `${money(b.award)} (reduced)` : money(b.award));
table([56, 104, 126, 66, 40, W - 392], [
  ["Bid", "Council", "Purpose", "Requested", "Score", "Recommended"],
  ...BIDS.map((b) => [b.ref, b.council, b.purpose, money(b.asked), String(b.score), rec(b)]),
  ["Total", "", "", money(BIDS.reduce((t, b) => t + b.asked, 0)), "", money(AWARDED)],
], { boldLast: true });
// the empty cells of the total row are not text: the rendering gives the row as printed
R[R.length - 1] = `Total | ${money(BIDS.reduce((t, b) => t + b.asked, 0))} | ${money(AWARDED)}`;
const well = BIDS.find((b) => b.ref === "SLC-2-06");
para(`4. Wellbeck District Council's award is reduced by ${money(well.asked - well.award)} to ${money(well.award)} because ${money(well.asked - well.award)} of its bid was for case management software, which the prospectus says is not eligible.`);
para(`5. Lyndcastle Borough Council's bid (${DEFERRED.ref}) depends on £45,000 from Lyndcastle Fire and Rescue Service, which had not been confirmed in writing when the round closed. It is recommended for deferral, not refusal.`);
para("Financial implications", { font: "B", gap: 4 });
para(`6. The ${money(ROUND2)} is within the 2581/82 programme budget. If the recommendations are agreed, ${money(AWARDED)} will be committed now, ${money(DEFERRED.asked)} held for ${DEFERRED.ref} and ${money(CARRIED)} carried into round 3, which opens in July 2582. Lorcan Tewson, Finance Business Partner, has checked these figures.`);
para("Interests", { font: "B", gap: 4 });
para("7. Members whose councils have bid should declare this as an other registrable interest. The Monitoring Officer's advice is that they may speak and vote unless they have a personal financial interest in a bid, in which case they should leave the room for the item.");
para("Risks", { font: "B", gap: 4 });
para("8. Risk PHR-03 (round 2 grants not spent within the year) is scored 6 (LOW) and falling. Grant conditions will require councils to claim quarterly in arrears.", { gap: 14 });

// ---- the earlier message, after a thin rule
need(80);
doc.moveTo(L, y).lineTo(L + W, y).lineWidth(0.75).stroke("#000000");
y += 8;
const plain = (label, value) => head(label, value, { tab: 62, font: "B" });
plain("From:", "Trelawny-Hext, Marigold (Cllr)");
plain("Sent:", "20 February 2582 09:15");
plain("To:", "Rashbrook, Wilhelmina");
plain("Subject:", "RE: PHTG round 2 – draft recommendations");
y += 8;
para("Wilhelmina – thanks, I'm happy with these. Two things for the final version: please make it clear that Lyndcastle is deferred, not refused, and say why Wellbeck's award is reduced. I'd also like us to hear from the Residents' Alliance before we take the awards, so please put their presentation at item 4.");
para("Marigold");
para(`${cllr("trelawny")} | Chair, ${BODY}`, { size: 8 });

// ---- page numbers only, at the foot (furniture: not rendered)
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8).text(String(i + 1), L, 841.89 - 40, { width: W, align: "center", lineBreak: false });
}
doc.end();
writeFileSync(join(root, "text", basename(DOCS.memo, extname(DOCS.memo)) + ".txt"), R.join("\n") + "\n");
console.log("wrote", DOCS.memo);
