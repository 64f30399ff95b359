// Builds docs/home-adaptations-panel-test-of-resources-response-draft-2-2081-10-21.pdf: draft 2 of the item 4
// report for 5 November 2081, as Word prints a document with "All Markup" and "Show revisions in balloons":
// the body narrowed to the left of a markup area, insertions underlined in the reviewer's colour, deletions and
// a formatting change only in balloons in the right margin ("Deleted: £55,000", "Formatted: Font: Bold"),
// comments in balloons ("Commented [MK1]: ..."), dotted leader lines from each balloon to its place in the text,
// change bars in the left margin, a running header and "Page n of 3" footer. What the body says (insertions in,
// deletions out) is what the draft now says.
// Rendering text/<same>.txt: each page's header lines, then each block (heading, paragraph, list item, table row
// as "cell | cell") as it now reads, each followed by the balloons anchored in it, one a line; the page footer.
//   node src/build-draft-pdf.mjs        (uses /work/main/node_modules/pdfkit; DejaVu fonts)
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { OFFICERS as O } from "./content.mjs";

const require = createRequire(import.meta.url);
const PDFDocument = require(process.env.PDFKIT_PATH ?? "/work/main/node_modules/pdfkit/js/pdfkit.js");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "home-adaptations-panel-test-of-resources-response-draft-2-2081-10-21";
const FONTS = "/usr/share/fonts/truetype/dejavu/";

// reviewers and their colours, as Word assigns them
const COLOR = { TK: "#B5082E", MK: "#1F5FA8", AV: "#2E7D32" };

// ---------------------------------------------------------------- content
// A block is {kind, label?, segs}. A seg is a string (unchanged text), {ins, by} (inserted text),
// {del, by} (deleted text: a balloon only), {fmt, by} (a formatting balloon), {cmt, by, n} (a comment balloon).
let cn = 0;
const ins = (t, by = "TK") => ({ ins: t, by });
const del = (t, by = "TK") => ({ del: t, by });
const cmt = (t, by) => ({ cmt: t, by, n: ++cn });
const B = [];
const blk = (kind, segs, label) => B.push({ kind, segs: Array.isArray(segs) ? segs : [segs], label });
const title = (s) => blk("title", s);
const h = (s) => blk("h", s);
const p = (s) => blk("p", s);
const li = (label, s) => blk("li", s, label);
const np = (() => { let n = 0; return (s) => blk("np", s, `${++n}.`); })();

title("Review of the Disabled Facilities Grant test of resources: the Panel's response");
blk("note", `Draft 2, 21 October 2081, for the Chair's briefing on 23 October 2081. Changes since draft 1 are tracked. Comments are from ${O.kirkbride.name}, ${O.kellaway.name} and ${O.vorster.name}.`);
h("Purpose of report");
p("For decision.");
h("Summary");
p("The Government is consulting until 21 November 2081 on four changes to the test of resources, the means test for the Disabled Facilities Grant (DFG). This report proposes the Panel's response. The response supports three of the proposals, opposes counting disability benefits as income, and asks again for a higher upper limit for the grant.");
p("Is this report confidential? No");
h(["Recommendations", { fmt: "Font: Bold", by: "TK" }]);
p("That the Panel:");
li("(a)", "agrees the response set out in paragraphs 8 to 14;");
li("(b)", ["calls on the Government to raise the upper limit of the mandatory grant from £45,000 to ", ins("£60,000"), del("£55,000"), "; and", cmt("The Chair wants to ask for £60,000, in line with the cost evidence in paragraph 6 (agreed with her by phone on 20 October). Tamsin - please change the press line to match.", "MK")]);
li("(c)", ["asks the Chair to write to the Minister for Housing setting out the response.", cmt("The Vice-Chair may want to co-sign the letter. Raise at the pre-meeting?", "MK")]);
h("Action");
p("Officers to submit the response by 21 November 2081, as agreed by the Panel.");
const lab = (t) => ({ t, bold: true });
blk("contact", [lab("Contact officer: "), O.kellaway.name]);
blk("contact", [lab("Position: "), O.kellaway.post]);
blk("contact", [lab("Phone no: "), O.kellaway.phone]);
blk("contact", [lab("Email: "), O.kellaway.email]);
blk("pb", []);
h("Background");
np(["The Disabled Facilities Grant is a mandatory grant for the adaptations that disabled people need to live in their own homes, such as stairlifts, level-access showers, ramps, through-floor lifts and extensions. Councils paid for ", ins("61,840"), del("58,200"), " adaptations with the grant in 2080/81.", cmt("Updated to the final 2080/81 figure, published on 15 October.", "TK")]);
np("For adults the grant is subject to a test of resources, which sets how much the applicant must pay towards the work. The test has not been changed since 2071, and its income allowances have not kept pace with earnings. Councils tell us that some applicants who are asked for a contribution withdraw, and later need more costly care.");
np("The upper limit of the mandatory grant in England is £45,000. Councils can add to it under their own discretionary policies, but few can afford to do so often.");
h("The proposals");
np(["The consultation, which opened on 1 October 2081 and closes on 21 November 2081, makes four proposals. Table 1 sets them out with the Government's estimate of how many applicants each would affect.", cmt("Figures are from the Government's revised impact assessment of 17 October 2081.", "TK")]);
blk("caption", "Table 1: the proposals and the applicants they would affect each year");
blk("table", [
  ["Proposal", "What would change", "Applicants affected each year", "Proposed LGA view"],
  ["1", "No test of resources for adaptations costing less than £10,000 (now £5,000)", [ins("14,300"), del("12,400")], "Support"],
  ["2", "Update the income allowances in the test in line with earnings since 2071", "22,600", "Support"],
  ["3", "Count disability benefits as income in the test", "9,800", [ins("Oppose"), del("Concerns")]],
  ["4", "Pass applicants who receive Pension Credit through the test without a full assessment", "6,150", ["Support", ins(" with conditions")]],
]);
blk("source", "Source: the Government's impact assessment, revised 17 October 2081.");
np("The proposals would apply in England from April 2083.");
h("The proposed response");
np(["Cost returns from 41 councils show that the average cost of the largest adaptations, such as a through-floor lift with a level-access shower or a ground-floor extension, is now £51,300. A limit of £45,000 leaves a gap that applicants or councils must fill. We propose to ask for a limit of ", ins("£60,000"), del("£55,000"), ", which would cover ", ins("nine in ten"), del("four in five"), " of the largest schemes in the returns."]);
np(["Raising the limit to £60,000 would add an estimated ", ins("£74 million"), del("£90 million"), " a year to national spending on the grant, as about 3,100 grants a year reach the present limit.", cmt("£74 million is my estimate: 3,100 grants at an average of £23,900 more each. The £90 million in draft 1 counted the extensions twice.", "AV")]);
np("We propose that the Panel supports proposal 1. Raising the threshold to £10,000 would let councils fit most stairlifts and level-access showers without a test of resources, saving assessment time and cutting waits.");
np("We support proposal 2, which is long overdue.");
np(["The LGA ", ins("opposes"), del("has serious concerns about"), " proposal 3. Disability benefits pay for the extra costs of disability, and counting them as income would push about 9,800 applicants a year into paying a contribution or withdrawing.", del("The LGA could accept a limited change if the Government meets the extra cost in full."), cmt("Chair content for us to oppose outright (same call, 20 October).", "MK")]);
np(["We support proposal 4", ins(" on condition that councils can still check that the work is needed and that the applicant's circumstances have not changed"), ". Pension Credit already passports applicants through other means tests."]);
np("The response will also ask for the grant to be paid to councils as a three-year settlement, so that councils can plan, and keep contractors and occupational therapists.");
np("The response will refer to the Panel's evidence to the Spending Review of 12 September 2081 (delivery plan milestone DP81-F1, item 5).");
np("Subject to the Panel's agreement, officers will submit the response by 21 November 2081.");
h("Implications");
np("Financial: the research behind the response was paid for from the programme budget line for the test of resources research commission (BL04, £45,000), which has been spent in full (item 6). There are no other costs.");
np("Equalities: the proposals affect disabled and older people on low incomes. The response supports the changes that would help them and opposes the one that would leave many of them worse off.");
h("Next steps");
np("Once the Panel has agreed the response, the Chair will write to the Minister for Housing setting it out.");

// ---------------------------------------------------------------- layout
const PAGE = { w: 595.28, h: 841.89 };
const BODY = { x: 56, w: 330 }; // document column
const PANE = { x: 404, w: 170 }; // markup area
const TOP = 92, BOTTOM = 780;
const doc = new PDFDocument({ size: "A4", margin: 0, bufferPages: true, info: { Title: "Review of the DFG test of resources - draft 2", Author: O.kellaway.name, Creator: "Microsoft Word" } });
doc.registerFont("R", FONTS + "DejaVuSans.ttf");
doc.registerFont("B", FONTS + "DejaVuSans-Bold.ttf");
doc.registerFont("I", FONTS + "DejaVuSans-Oblique.ttf");
mkdirSync(join(root, "docs"), { recursive: true });
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));

const STY = {
  title: { font: "B", size: 12.5, gap: 10 },
  note: { font: "I", size: 7.5, gap: 10 },
  h: { font: "B", size: 9.5, gap: 3, before: 6 },
  p: { font: "R", size: 8.5, gap: 6 },
  hl: { font: "R", size: 8.5, gap: 6 },
  li: { font: "R", size: 8.5, gap: 4, indent: 24 },
  np: { font: "R", size: 8.5, gap: 6, indent: 22 },
  contact: { font: "R", size: 8.5, gap: 1.5 },
  caption: { font: "B", size: 8, gap: 4, before: 2 },
  source: { font: "I", size: 7, gap: 8 },
};

// break a block's segments into positioned words; returns {lines:[{words:[{t,x,font,ins,by}], y}], anchors, height}
function layout(segs, { font, size, width, x0 }) {
  const lh = size * 1.38;
  const lines = [{ words: [], anchors: [] }];
  let x = 0;
  const marks = [];
  const addWord = (t, f, meta) => {
    doc.font(f).fontSize(size);
    const w = doc.widthOfString(t);
    const trimmed = doc.widthOfString(t.trimEnd());
    if (x + trimmed > width && x > 0 && t.trim()) {
      lines.push({ words: [], anchors: [] });
      x = 0;
      if (!t.trim()) return;
    }
    lines.at(-1).words.push({ t, x: x0 + x, w: trimmed, font: f, ...meta });
    x += w;
  };
  for (const s of segs) {
    if (typeof s === "string" || s.ins || s.t) {
      const t = typeof s === "string" ? s : s.ins ?? s.t;
      const f = typeof s !== "string" && s.bold ? "B" : font;
      for (const w of t.match(/\S+\s*|\s+/g) ?? []) addWord(w, f, s.ins ? { ins: true, by: s.by } : {});
    } else {
      // a balloon anchored at the current point
      lines.at(-1).anchors.push({ x: x0 + x, seg: s });
      marks.push(s);
    }
  }
  return { lines, lh, marks };
}

const text = [];
let pageNo = 0;
let y = TOP;
let balloons = []; // for the current page: {ay, ax, seg}
function newPage() {
  if (pageNo > 0) flushBalloons();
  if (pageNo > 0) doc.addPage();
  pageNo++;
  y = TOP;
  // markup area
  doc.save().rect(PANE.x - 8, 40, PANE.w + 14, BOTTOM - 20).fill("#F7F7F7").restore();
  // header
  doc.font("B").fontSize(7.5).fillColor("#C00000").text("DRAFT 2 - 21 October 2081 - not for publication", BODY.x, 40, { lineBreak: false });
  doc.font("B").fontSize(8.5).fillColor("black").text("Home Adaptations Panel", BODY.x, 40, { width: BODY.w, align: "right", lineBreak: false });
  doc.font("R").fontSize(8.5).text("5 November 2081", BODY.x, 52, { width: BODY.w, align: "right", lineBreak: false });
  text.push("DRAFT 2 - 21 October 2081 - not for publication", "Home Adaptations Panel", "5 November 2081");
}
function balloonText(seg) {
  if (seg.del) return { head: "Deleted: ", body: seg.del };
  if (seg.fmt) return { head: "Formatted: ", body: seg.fmt };
  return { head: `Commented [${seg.by}${seg.n}]: `, body: seg.cmt };
}
function flushBalloons() {
  let next = 0;
  for (const b of balloons) {
    const { head, body } = balloonText(b.seg);
    const bw = PANE.w - 8;
    doc.font("B").fontSize(6.8);
    const hgt = doc.heightOfString(head + body, { width: bw }) + 6;
    let by = Math.max(b.ay - 4, next);
    next = by + hgt + 4;
    const c = COLOR[b.seg.by];
    doc.save().roundedRect(PANE.x, by, PANE.w - 0, hgt, 3).fillAndStroke(b.seg.cmt ? "#FFFFFF" : "#FFFFFF", c).restore();
    // leader: dotted from the anchor to the balloon
    doc.save().dash(1, { space: 1.5 }).strokeColor(c).lineWidth(0.5).moveTo(b.ax, b.ay + 7).lineTo(BODY.x + BODY.w + 4, b.ay + 7).lineTo(PANE.x, by + 5).stroke().undash().restore();
    doc.fillColor(c).font("B").fontSize(6.8).text(head, PANE.x + 4, by + 3, { width: bw, continued: true }).font("R").fillColor("black").text(body);
  }
  balloons = [];
}

function drawLines(L, startY, { size }) {
  L.lines.forEach((ln, i) => {
    const ly = startY + i * L.lh;
    let changed = ln.anchors.some((a) => a.seg.del || a.seg.fmt);
    ln.words.forEach((w, j) => {
      doc.font(w.font).fontSize(size).fillColor(w.ins ? COLOR[w.by] : "black").text(w.t, w.x, ly, { lineBreak: false });
      if (w.ins) {
        changed = true;
        const nx = ln.words[j + 1];
        const end = nx && nx.ins && nx.by === w.by ? nx.x : w.x + w.w; // one unbroken underline through an insertion
        doc.save().strokeColor(COLOR[w.by]).lineWidth(0.5).moveTo(w.x, ly + size + 1).lineTo(end, ly + size + 1).stroke().restore();
      }
    });
    if (changed) doc.save().strokeColor("black").lineWidth(0.8).moveTo(BODY.x - 12, ly - 1).lineTo(BODY.x - 12, ly + L.lh - 1).stroke().restore();
    for (const a of ln.anchors) balloons.push({ ay: ly, ax: a.x, seg: a.seg });
  });
  doc.fillColor("black");
}
const plainOf = (segs) => segs.map((s) => (typeof s === "string" ? s : s.ins ?? s.t ?? "")).join("");
const balloonLines = (segs) => segs.filter((s) => typeof s !== "string" && !s.ins && !s.t).map((s) => { const b = balloonText(s); return b.head + b.body; });

newPage();
for (const b of B) {
  if (b.kind === "pb") { newPage(); continue; }
  if (b.kind === "table") {
    const rows = b.segs;
    const widths = [42, 128, 72, 88];
    const size = 7.5;
    const lay = rows.map((r, ri) => r.map((c, ci) => layout(Array.isArray(c) ? c : [c], { font: ri === 0 ? "B" : "R", size, width: widths[ci] - 8, x0: 0 })));
    const heights = lay.map((r) => Math.max(...r.map((c) => c.lines.length * c.lh)) + 8);
    if (y + heights.reduce((a, c) => a + c, 0) > BOTTOM) newPage();
    rows.forEach((r, ri) => {
      let x = BODY.x;
      if (ri === 0) doc.save().rect(BODY.x, y, widths.reduce((a, c) => a + c, 0), heights[0]).fill("#DCE6F2").restore();
      r.forEach((c, ci) => {
        const L = lay[ri][ci];
        for (const ln of L.lines) { for (const w of ln.words) w.x += x + 4; for (const a of ln.anchors) a.x += x + 4; }
        drawLines(L, y + 4, { size });
        doc.save().lineWidth(0.5).strokeColor("#7F7F7F").rect(x, y, widths[ci], heights[ri]).stroke().restore();
        x += widths[ci];
      });
      text.push(r.map((c) => plainOf(Array.isArray(c) ? c : [c]).trim()).join(" | "));
      for (const c of r) text.push(...balloonLines(Array.isArray(c) ? c : [c]));
      y += heights[ri];
    });
    y += 4;
    continue;
  }
  const st = STY[b.kind];
  const indent = st.indent ?? 0;
  const L = layout(b.segs, { font: st.font, size: st.size, width: BODY.w - indent, x0: BODY.x + indent });
  const height = (st.before ?? 0) + L.lines.length * L.lh + st.gap;
  if (y + height > BOTTOM) newPage();
  y += st.before ?? 0;
  if (b.kind === "note") doc.save().rect(BODY.x - 4, y - 3, BODY.w + 8, L.lines.length * L.lh + 5).fill("#FFF2CC").restore();
  if (b.label) doc.font("R").fontSize(st.size).fillColor("black").text(b.label, BODY.x + (b.kind === "li" ? 0 : 0), y, { lineBreak: false });
  drawLines(L, y, st);
  y += L.lines.length * L.lh + st.gap;
  text.push(((b.label ? b.label + " " : "") + plainOf(b.segs)).trim());
  text.push(...balloonLines(b.segs));
}
flushBalloons();
// footers, once the page count is known
const range = doc.bufferedPageRange();
const footers = [];
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const f = `Page ${i + 1} of ${range.count}`;
  doc.font("R").fontSize(7.5).fillColor("#595959").text(f, BODY.x, 800, { width: BODY.w, align: "center", lineBreak: false });
  footers.push(f);
}
doc.end();

// put each page's footer after that page's blocks (a page starts with its header lines)
const out = [];
let pg = -1;
for (let i = 0; i < text.length; i++) {
  if (text[i] === "DRAFT 2 - 21 October 2081 - not for publication") {
    if (pg >= 0) out.push(footers[pg]);
    pg++;
  }
  out.push(text[i]);
}
out.push(footers[pg]);
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt`);
