// Builds docs/pastg-item-5-conservation-fund-round-2-large-print-2179-02-16.pdf and its rendering in text/.
// Layout: A LARGE PRINT TRANSCRIPTION OF A BOARD PAPER, made on request by an accessible formats team in
// Word and saved as PDF: A4 portrait, 18 pt sans serif body and 22 pt headings, left aligned, ragged
// right, wide line spacing, so that a sentence often runs over a page break (a running header "Item 5 …
// Large print" and a "Page n of N" footer in 16 pt come between its halves). A cover page (LARGE PRINT,
// the body, the meeting, the item, who transcribed it and when, a reference); the TRANSCRIBER'S NOTES;
// the standard print pack's page numbers kept as lines of their own in square brackets ("[Pack page
// 24]"), falling in the middle of the argument; the front sheet as bold labels each on its own line over
// its value; TABLES LINEARISED AS LISTS – "Entry 2 of 6" then "Council: …", "Total cost: …" lines (the
// column heading as a bold label before each value), with a transcriber's note before each table that
// says how many rows and which columns it had and where its total row went; FIGURE 1, A BAR CHART,
// REPLACED BY AN IMAGE DESCRIPTION that alone holds its figures; the paper's own paragraph numbers kept.
// Rendering: every paragraph, label line, list entry line or bracketed pack page a line; a paragraph cut
// by a page break is two lines, one per page; the running header and the footer left out.
// Synthetic test fixture: every person, council, work, figure and decision is invented.
//   node src/build-large-print-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, FUND, PROGRAMME, OFFICERS as O, AFT, COUNCILS, BIDS, ROUND2, ROUND1, THRESHOLD, MIN_CONTRIB, CRITERIA, ASKED, REC, HELD, LEFT_REC, BUDGET, BUDGET_TOTAL, GRADES, REGISTER_TOTAL, GRADE_D_SEPT, KEY_DECISION_LIMIT, GUILD, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.largeprint;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89, ML = 64, MR = 56, TOP = 86, BOTTOM = PH - 92, W = PW - ML - MR;
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "Item 5 - Public Art Conservation Fund round 2 awards - LARGE PRINT", Author: AFT.name, Subject: AFT.ref, Creator: "Microsoft® Word for Microsoft 365", Producer: "Microsoft® Word for Microsoft 365", CreationDate: new Date("2179-02-09T11:42:00Z"), ModDate: new Date("2179-02-09T11:42:00Z") } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));

// ---------------------------------------------------------------- the content, as blocks of runs
// a block: { runs: [[text, bold]], size, after, kind } ; kind "page" forces a new page
const B = [];
const para = (text, o = {}) => B.push({ runs: [[text, !!o.bold]], size: o.size ?? 18, after: o.after ?? 14, keep: o.keep, indent: o.indent ?? 0 });
const head = (text, size = 22) => B.push({ runs: [[text, true]], size, after: 12, keep: true });
const lv = (label, value, o = {}) => B.push({ runs: [[label + ":", true], [" " + value, false]], size: 18, after: o.after ?? 6, indent: o.indent ?? 0 });
const label = (text) => B.push({ runs: [[text, true]], size: 18, after: 4, keep: true });
const pack = (n) => B.push({ runs: [[`[Pack page ${n}]`, false]], size: 18, after: 14 });
const newPage = () => B.push({ kind: "page" });

// cover
B.push({ runs: [["LARGE PRINT", true]], size: 34, after: 40 });
para(BODY, { bold: true, size: 24, after: 10 });
para("Tuesday 16 February 2179", { size: 22, after: 30 });
para("Item 5", { bold: true, size: 24, after: 10 });
para(`${FUND}: round 2 awards`, { bold: true, size: 26, after: 40 });
para(`This is a large print version of the report in the agenda pack (pages 23 to 30). It was transcribed by the ${AFT.name} on ${AFT.done}, reference ${AFT.ref}.`);
para(`If you need this report in another format, please contact the ${AFT.name} on ${AFT.phone} or ${AFT.email}.`);
newPage();
head("Transcriber's notes");
para("Page numbers of the standard print agenda pack are shown in square brackets on a line of their own, for example [Pack page 24].");
para("Tables have been set out as lists. Each row of a table is a numbered entry, and each column heading is given as a label before its value.");
para("Figure 1 is a bar chart. It has been replaced by a description.");
para("Words in bold in the standard print report are also in bold here. The report's paragraph numbers have been kept.", { after: 26 });
pack(23);
head(`${FUND}: round 2 awards`, 24);
label("Purpose of report");
para("For decision.");
label("Summary");
para(`Six councils bid for ${gbp(ASKED)} from round 2 of the ${FUND}, which has ${gbp(ROUND2)} to award. This report recommends four awards totalling ${gbp(REC)}, that ${gbp(HELD)} is held for one bid until the Task Group has considered the work concerned under the contested heritage review, and that the rest is carried forward to round 3.`);
label("Is this report confidential?");
para("No.");
label("Key decision?");
para(`Yes. The awards total more than ${gbp(KEY_DECISION_LIMIT)}.`);
label("Recommendations");
para("That the Task Group:", { after: 8 });
const H = COUNCILS;
para(`(a) agrees the four awards set out in Table 1, totalling ${gbp(REC)}, to ${H.hallowmere.name}, ${H.merrowfield.name}, ${H.thurlbeck.name} and ${H.sallowby.name};`, { indent: 0, after: 8 });
para(`(b) agrees to hold ${gbp(HELD)} for ${H.yarncliffe.name}'s bid for the Colonel Harbinson statue until the Task Group has considered the statue under the contested heritage review;`, { after: 8 });
para(`(c) notes that ${H.kestling.name}'s bid scored 58, below the threshold of ${THRESHOLD}, and invites the council to submit a revised bid in round 3; and`, { after: 8 });
para(`(d) agrees that the ${gbp(LEFT_REC)} left in round 2 is carried forward to round 3, which opens in June 2179.`);
label("Action");
para("Officers to write to the six councils with the Task Group's decisions by 5 March 2179.");
label("Contact officer");
para(O.twelvetrees.name, { after: 6 });
label("Position");
para(O.twelvetrees.post, { after: 6 });
label("Phone");
para(O.twelvetrees.phone, { after: 6 });
label("Email");
para(O.twelvetrees.email, { after: 26 });
pack(24);
head("Background");
para(`1. The ${PROGRAMME} looks after the ${REGISTER_TOTAL} statues, fountains, clocks, murals, plaques and other works of public art that the councils on the Task Group own or maintain. The ${FUND} pays for up to 80 per cent of the cost of conservation work on the works in the worst condition; the council that owns the work pays the rest.`);
para(`2. Round 1 of the Fund made ${ROUND1.awards === 7 ? "seven" : ROUND1.awards} awards totalling ${gbp(ROUND1.total)} in June 2178. Round 2 opened on 1 October 2178 and closed on 30 November 2178, with ${gbp(ROUND2)} to award.`);
para("3. Every work in the register has a condition grade from its last inspection. Figure 1 shows the grades at 31 January 2179.");
para("Figure 1: condition of the works in the register at 31 January 2179", { bold: true, after: 8 });
para(`Image description: a bar chart with one bar for each condition grade. Grade A (good): ${GRADES.A} works. Grade B (fair): ${GRADES.B} works. Grade C (poor): ${GRADES.C} works. Grade D (very bad): ${GRADES.D} works. The Grade D bar is shaded red. A note under the chart says that Grade D had ${GRADE_D_SEPT} works in September 2178.`);
pack(25);
para(`4. Four works have moved into Grade D since September. They include the war horse sculpture in Kestling, damaged in the storm of 11 January 2179, and the Miners' Statue in Merrowfield, damaged on 4 January 2179, which is the subject of a separate report in Part 2 of the agenda.`);
head("How the bids were assessed");
para(`5. An assessment panel of three officers and an independent conservator from the ${GUILD} scored each bid out of 100 against the criteria in Table 2. A bid must score at least ${THRESHOLD} to be recommended, and the council must pay at least ${MIN_CONTRIB} per cent of the total cost.`);
para("Table 2: assessment criteria", { bold: true, after: 8 });
para("Transcriber's note: Table 2 has 4 rows and 2 columns, Criterion and Points.", { after: 10 });
for (const [i, [c, p]] of CRITERIA.entries()) { label(`Row ${i + 1}`); lv("Criterion", c); lv("Points", String(p), { after: 12 }); }
para("Total: 100 points.", { after: 20 });
pack(26);
head("The bids");
para(`6. Six councils bid for ${gbp(ASKED)} in all. Table 1 sets out the bids, the panel's scores and the recommended awards.`);
para("Table 1: round 2 bids and recommended awards", { bold: true, after: 8 });
para("Transcriber's note: Table 1 has 6 rows, one for each bid, and 6 columns: Council, Work and project, Total cost, Amount asked for, Score and Recommended award. The total row at the foot of the table is given after the last entry.", { after: 12 });
const recText = (b) => (b.rec === "held" ? `${gbp(HELD)} to be held (see paragraph 9)` : b.rec === 0 ? "None (below the threshold; see paragraph 10)" : b.rec < b.asked ? `${gbp(b.rec)} (see paragraph 8)` : gbp(b.rec));
for (const [i, b] of BIDS.entries()) {
  label(`Entry ${i + 1} of ${BIDS.length}`);
  lv("Council", COUNCILS[b.c].name);
  const [w, p] = b.work.split(": ");
  lv("Work and project", `${w} (${b.ref}): ${p}`);
  lv("Total cost", gbp(b.total));
  lv("Amount asked for", gbp(b.asked));
  lv("Score", String(b.score));
  lv("Recommended award", recText(b), { after: 16 });
}
para(`Total row: amount asked for ${gbp(ASKED)}; recommended awards ${gbp(REC)}, with ${gbp(HELD)} held.`, { after: 20 });
pack(27);
para(`7. The bids from Hallowmere, Thurlbeck and Sallowby scored well above the threshold and are recommended in full. The Weavers' Clock Tower in Hallowmere and the Temperance Fountain in Sallowby are both in Grade D.`);
para(`8. ${COUNCILS.merrowfield.name} asked for £96,500 for the Sailors' Return. The panel recommends £90,000, £6,500 less, because the scaffolding is to be shared with the council's Merrowfield Central Library roof scheme next to it, which is due to start in May 2179.`);
para(`9. ${COUNCILS.yarncliffe.name}'s bid scored 66, just above the threshold. It is for interpretation panels and community engagement about the Colonel Harbinson statue, one of the works in the contested heritage review (item 4 on this agenda). Officers recommend that ${gbp(HELD)} is held for the bid until the Task Group has considered the statue under that review, so that the award does not decide in advance what the review may recommend.`);
para(`10. ${COUNCILS.kestling.name}'s bid for the Kestling Market Cross scored 58. The council would pay 16.5 per cent of the cost, below the minimum of ${MIN_CONTRIB} per cent, and its relocation study is not finished. The panel suggests a revised bid in round 3 once the study is done.`);
pack(28);
head("Financial implications");
para(`11. The programme budget for 2178/79 is ${gbp(BUDGET_TOTAL)} (Table 3). Round 2 has ${gbp(ROUND2)}. If the recommendations are agreed, ${gbp(REC)} is awarded, ${gbp(HELD)} is held and ${gbp(LEFT_REC)} is carried forward to round 3.`);
para("Table 3: programme budget 2178/79", { bold: true, after: 8 });
para("Transcriber's note: Table 3 has 5 rows and 2 columns, Budget line and Amount. The total row is given after the last entry.", { after: 10 });
for (const [i, [l, v]] of BUDGET.entries()) { label(`Row ${i + 1}`); lv("Budget line", l); lv("Amount", gbp(v), { after: 12 }); }
para(`Total: ${gbp(BUDGET_TOTAL)}.`);
para("12. Awards are paid in two parts: 50 per cent when the council signs the contract for the work, and 50 per cent when the work is complete and has been inspected by the Conservation Officer.");
pack(29);
head("Risks");
para("13. Work on listed works needs listed building consent. Two of the four recommended projects, in Hallowmere and Sallowby, are waiting for consent; if it is late, the work may run into 2180. Awards will be held for up to 12 months from the date of the award letter.");
head("Equalities");
para("14. The Sallowby project will bring the Temperance Fountain back into use as a drinking fountain with step-free access. The contested heritage review is looking at how the works tell the history of the communities they stand in.");
pack(30);
head("Next steps");
para(`15. Officers will write to the six councils by 5 March 2179. Round 3 opens in June 2179, with ${gbp(LEFT_REC)} and any money from round 2 that is not taken up.`);
label("Background papers");
para("Round 2 guidance for applicants (October 2178). The assessment panel's scoring sheets are not published, as they contain information about the councils' finances.");
para("End of document.", { bold: true });

// ---------------------------------------------------------------- layout: words to lines to pages
const fontOf = (bold) => (bold ? "b" : "r");
const width = (s, bold, size) => doc.font(fontOf(bold)).fontSize(size).widthOfString(s);
function layout(block) {
  // words with their style; lines as arrays of [text, bold] segments
  const words = [];
  for (const [t, bold] of block.runs) for (const w of t.split(" ")) if (w) words.push([w, bold]);
  const lines = [];
  let cur = [], curW = 0;
  const sp = (bold) => width(" ", bold, block.size);
  for (const [w, bold] of words) {
    const ww = width(w, bold, block.size);
    const add = cur.length ? sp(bold) + ww : ww;
    if (cur.length && curW + add > W - (block.indent ?? 0)) { lines.push(cur); cur = []; curW = 0; }
    cur.push([w, bold]);
    curW += cur.length > 1 ? sp(bold) + ww : ww;
  }
  if (cur.length) lines.push(cur);
  return lines;
}
const pages = [[]]; // each page: list of {block index, y, line segments, size}
let y = TOP;
const lh = (size) => size * 1.42;
for (const [bi, b] of B.entries()) {
  if (b.kind === "page") { pages.push([]); y = TOP; continue; }
  const lines = layout(b);
  // keep a heading or label with the first line of the next block
  if (b.keep) {
    const next = B[bi + 1];
    const need = lines.length * lh(b.size) + b.after + (next && next.size ? lh(next.size) : 0);
    if (y + need > BOTTOM && pages[pages.length - 1].length) { pages.push([]); y = TOP; }
  }
  for (const l of lines) {
    if (y + lh(b.size) > BOTTOM) { pages.push([]); y = TOP; }
    pages[pages.length - 1].push({ bi, y, segs: l, size: b.size, indent: b.indent ?? 0 });
    y += lh(b.size);
  }
  y += b.after;
}
const N = pages.length;
const out = [];
let lastKey = null;
for (const [pi, pg] of pages.entries()) {
  doc.addPage({ size: "A4", margin: 0 });
  if (pi > 0) {
    doc.font("r").fontSize(13).fillColor("#444444").text("Item 5: Public Art Conservation Fund round 2 – Large print", ML, 40, { lineBreak: false });
    doc.moveTo(ML, 64).lineTo(PW - MR, 64).lineWidth(1).strokeColor("#444444").stroke();
  }
  for (const ln of pg) {
    let x = ML + ln.indent;
    // draw runs of the same style together
    const groups = [];
    for (const [w, bold] of ln.segs) {
      const g = groups[groups.length - 1];
      if (g && g.bold === bold) g.text += " " + w; else groups.push({ text: w, bold });
    }
    for (const [gi, g] of groups.entries()) {
      const t = g.text + (gi < groups.length - 1 ? " " : "");
      doc.font(fontOf(g.bold)).fontSize(ln.size).fillColor("#000000").text(t, x, ln.y, { lineBreak: false });
      x += width(t, g.bold, ln.size);
    }
    // rendering: a block's lines on one page make one rendering line
    const key = `${pi}:${ln.bi}`;
    const words = ln.segs.map(([w]) => w).join(" ");
    if (key === lastKey) out[out.length - 1] += " " + words; else out.push(words);
    lastKey = key;
  }
  doc.font("b").fontSize(16).fillColor("#000000").text(`Page ${pi + 1} of ${N}`, ML, PH - 62, { lineBreak: false });
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${N} pages) and text/${BASE}.txt`);
