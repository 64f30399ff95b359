// Builds docs/owstg-agenda-pack-2386-12-08.pdf and its rendering in text/.
// Layout: AN AGENDA PACK WRITTEN IN APPLE PAGES AND EXPORTED TO PDF (Creator "Pages", Producer "macOS
// Version 15.5 (Build 24F74) Quartz PDFContext"), A4 portrait, five pages. Page 1 is laid out as Pages'
// "Report" page with a FLOATING SIDEBAR TEXT BOX ("At a glance": pre-meetings, the Chair's briefing,
// quorum and voting on Teams, the substitutes' deadline, the exempt appendix) beside the agenda; Quartz
// draws the box after the body, so its text comes after the agenda in the file though it sits at the
// top right of the page. The meeting details and the paper's front sheet are Pages tables with a
// HEADER COLUMN (labels in a shaded first column, no header row), the recommendations one cell of three
// lines; the agenda a table with a header row. Item 5, the round 1 awards paper, has hand-numbered
// paragraphs and a bids table with a footer row ("Total"). Item 6, the risk register, is a wide Pages
// table whose header row is REPEATED at the top of the next page (Pages' "Repeat header rows"), the
// rating a word in a cell filled by band, owners as initials named in a key line under the table. Each
// page has a footer ("OWSTG · 8 December 2386" and "Page n of 5").
// Rendering: page by page in reading order: the body, then the sidebar; table rows with cells joined by
// " | " (a cell's lines joined by a space); the repeated header row and the footers left out.
// Synthetic test fixture: every person, council, figure and rating is invented.
//   node src/build-agenda-pack-pages-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, SHORT, BOARD, OFFICERS, BIDS, ASKED, AWARDED, LEFT, ROUND1, FUND_TOTAL, THRESHOLD, LIMITS, RISKS, P, money } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.agenda;
const O = OFFICERS;
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `${SHORT} agenda pack 8 December 2386`, Author: O.jude.name, Creator: "Pages", Producer: "macOS Version 15.5 (Build 24F74) Quartz PDFContext", CreationDate: new Date(Date.UTC(2386, 10, 28, 9, 30)), ModDate: new Date(Date.UTC(2386, 10, 28, 9, 30)) } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
const text = [];
const PAGES = 5;
let page = 0;
const L = 56, R = 539; // margins
const newPage = () => {
  doc.addPage({ size: "A4", margin: 0 });
  page++;
};
const footer = () => {
  doc.font("R").fontSize(7.5).fillColor("#777777");
  doc.text(`${SHORT} · 8 December 2386`, L, 806, { lineBreak: false });
  doc.text(`Page ${page} of ${PAGES}`, R - 60, 806, { width: 60, align: "right", lineBreak: false });
  doc.fillColor("black");
};
let y = 0;
const P_ = (s, o = {}) => {
  const x = o.x ?? L, w = o.w ?? R - L;
  doc.font(o.f ?? "R").fontSize(o.size ?? 9.5).fillColor(o.color ?? "black");
  doc.text(s, x, y, { width: w, lineGap: 1.5 });
  y = doc.y + (o.after ?? 6);
  if (o.render !== false) text.push(s);
};
// a table: cols = widths; rows = arrays of strings; o.headerCol shades column 0; o.headerRow shades row 0
const table = (cols, rows, o = {}) => {
  const x0 = o.x ?? L;
  const fs = o.size ?? 8.5;
  const pad = 4;
  const drawRow = (r, ri, render) => {
    const heights = r.map((c, ci) => { doc.font(ri === 0 && o.headerRow || ci === 0 && o.headerCol || o.bold?.(ri) ? "B" : "R").fontSize(fs); return doc.heightOfString(c || " ", { width: cols[ci] - 2 * pad, lineGap: 1 }); });
    const h = Math.max(...heights) + 2 * pad;
    if (o.breakAt && y + h > o.breakAt) {
      footer(); newPage(); y = 56;
      if (o.headerRow && o.repeatHeader) drawRow(rows[0], 0, false);
    }
    let x = x0;
    r.forEach((c, ci) => {
      const fill = (ri === 0 && o.headerRow) || (ci === 0 && o.headerCol) ? "#E4EAF2" : o.fill?.(ri, ci, c);
      if (fill) doc.rect(x, y, cols[ci], h).fill(fill);
      doc.lineWidth(0.5).strokeColor("#9AA5B1").rect(x, y, cols[ci], h).stroke();
      x += cols[ci];
    });
    x = x0;
    r.forEach((c, ci) => {
      doc.font(ri === 0 && o.headerRow || ci === 0 && o.headerCol || o.bold?.(ri) ? "B" : "R").fontSize(fs).fillColor(o.textColor?.(ri, ci, c) ?? "black");
      if (c) doc.text(c, x + pad, y + pad, { width: cols[ci] - 2 * pad, lineGap: 1 });
      x += cols[ci];
    });
    doc.fillColor("black");
    y += h;
    if (render) text.push(r.map((c) => c.replace(/\n/g, " ")).filter((c) => c !== "").join(" | "));
  };
  rows.forEach((r, ri) => drawRow(r, ri, true));
  y += o.after ?? 10;
};

// ---------------------------------------------------------------- page 1: agenda, sidebar drawn last
newPage();
y = 56;
const MAINW = 330;
P_(BODY, { f: "B", size: 15, w: MAINW, color: "#1F4E79", after: 2 });
P_(`A task group of the ${BOARD}`, { f: "I", size: 9, w: MAINW, after: 8 });
P_("Agenda", { f: "B", size: 20, w: MAINW, after: 8 });
table([80, MAINW - 80], [
  ["Date", "Monday 8 December 2386"],
  ["Time", "11.00am to 1.00pm"],
  ["Venue", "Meeting Room 2, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams"],
  ["Clerk", `${O.jude.name}, ${O.jude.phone}, ${O.jude.email}`],
  ["Published", "Friday 28 November 2386"],
], { headerCol: true, after: 12 });
table([22, 150, 98, 60], [
  ["No.", "Item", "Lead", "For"],
  ["1", "Welcome, apologies and substitutes", "Chair", ""],
  ["2", "Declarations of interest", "Chair", ""],
  ["3", "Minutes of the meeting held on 13 October 2386 (circulated with this pack)", "Chair", "Approval"],
  ["4", "Actions: OWT-73, OWT-74 and OWT-76 are complete; open actions are in the Todoist export of 27 November 2386", O.jude.name, "Noting"],
  ["5", "Waterside Safety Grants: round 1 awards (page 2)", O.dervla.name, "Decision"],
  ["6", "Programme risk register (page 4)", O.idris.name, "Review"],
  ["7", "SWM-07 step-free access: recovery plan (verbal; action OWT-71)", O.dervla.name, "Discussion"],
  ["8", "Quarter 2 performance (tracker circulated on 24 November 2386)", O.dervla.name, "Noting"],
  ["9", "Any other business. Next meeting: Monday 9 March 2387", "Chair", ""],
], { headerRow: true });
// the floating sidebar box, drawn after the body
{
  const bx = 404, bw = R - bx;
  doc.rect(bx, 56, bw, 330).fill("#EAF3FA");
  const keep = y;
  y = 66;
  const sb = (s, o = {}) => P_(s, { x: bx + 9, w: bw - 18, size: 8.5, ...o });
  sb("At a glance", { f: "B", size: 11, color: "#1F4E79" });
  sb("Group pre-meetings at 10.15am: Conservative in Meeting Room 4, Labour in Meeting Room 5, Liberal Democrat in Meeting Room 7.");
  sb("Chair's briefing: 10.30am in Meeting Room 2, for the Chair, Vice-Chair and Deputy Chair.");
  sb("Quorum: four voting members in the room. Members on Teams may speak but not vote.");
  sb("Substitutes: tell the clerk by 5pm on Friday 5 December 2386.");
  sb("Part 2: Appendix C to item 5 is exempt under paragraph 3 and is not published.");
  y = keep;
}
footer();

// ---------------------------------------------------------------- pages 2-3: item 5
newPage();
y = 56;
P_("Item 5", { f: "B", size: 10, color: "#1F4E79", after: 2 });
P_("Waterside Safety Grants: round 1 awards", { f: "B", size: 16, after: 10 });
table([110, R - L - 110], [
  ["Meeting", `${BODY}, 8 December 2386`],
  ["Purpose", "For decision"],
  ["Summary", `Five councils bid ${money(ASKED)} for round 1 (${money(ROUND1)}). Officers recommend four awards totalling ${money(AWARDED)}.`],
  ["Key decision", `Yes: awards of more than ${money(LIMITS.chair)} in total are reserved to the Task Group`],
  ["Confidential", "No, but Appendix C (bidders' financial statements) is exempt under paragraph 3 and is not published"],
  ["Recommendations", `That the Task Group:\n(a) award ${money(AWARDED)} to the four bids in table 1;\n(b) carry the ${money(LEFT)} not awarded forward to round 2, opening in April 2387;\n(c) delegate the grant conditions to the Programme Manager, Safer Swimming, after consulting the Chair.`],
  ["Contact officer", `${O.dervla.name}, ${O.dervla.post}`],
  ["Telephone", O.dervla.phone],
  ["Email", O.dervla.email],
], { headerCol: true, size: 9, after: 14 });
const paras = [
  `1. The Waterside Safety Grants (${money(FUND_TOTAL)} for 2386–88) pay for equipment and works that make open water safer or easier to use. Round 1 offered ${money(ROUND1)}; it opened on 20 October 2386 and closed at noon on 21 November 2386.`,
  `2. Two officers scored each bid out of 100 against the published criteria (Appendix A). The threshold for an award is ${THRESHOLD}.`,
  "3. Table 1 sets out the bids and the recommended awards.",
];
for (const s of paras) P_(s);
P_("Table 1: round 1 bids and recommended awards", { f: "B", size: 9, after: 4 });
table([130, 170, 62, 40, 81], [
  ["Council", "Project", "Asked", "Score", "Recommended"],
  ...BIDS.map((b) => [b.council, b.project, money(b.asked), String(b.score), money(b.award)]),
  ["Total", "", money(ASKED), "", money(AWARDED)],
], { headerRow: true, bold: (ri) => ri === BIDS.length + 1, after: 12 });
const paras2 = [
  `4. Brackenmouth Council is recommended ${money(BIDS[1].award)}, ${money(BIDS[1].asked - BIDS[1].award)} less than it asked, because the hut foundations (£6,800) are not eligible: the criteria exclude groundworks on land the council already leases out.`,
  `5. Hathermouth City Council's bid for a floating pontoon at Quay Basin scored ${BIDS[4].score}, below the threshold of ${THRESHOLD}: the pontoon would mainly serve rowing clubs rather than swimmers. Officers will advise Hathermouth on a bid to round 2.`,
  `6. Under the programme's scheme of delegation, officers may award up to ${money(LIMITS.officer)} and the Chair, after consulting the Vice-Chair, up to ${money(LIMITS.chair)}; awards above ${money(LIMITS.chair)} in total are for the Task Group.`,
  `7. Finance: the ${money(LEFT)} not awarded would be carried forward, so that round 2 has ${money(FUND_TOTAL - ROUND1 + LEFT)}. ${O.konstantin.name}, ${O.konstantin.post}, has confirmed that the awards can be paid in 2386/87.`,
  `8. ${P.sturridge.cllr} declared an interest in Brackenmouth Council's bid at the meeting on 13 October 2386 (minute 2).`,
  "Appendices: A – scoring criteria; B – scores by criterion; C – bidders' financial statements (exempt, not published).",
];
for (const s of paras2) {
  doc.font("R").fontSize(9.5);
  if (y + doc.heightOfString(s, { width: R - L, lineGap: 1.5 }) > 780) { footer(); newPage(); y = 56; }
  P_(s);
}
footer();

// ---------------------------------------------------------------- pages 4-5: item 6
newPage();
y = 56;
P_("Item 6", { f: "B", size: 10, color: "#1F4E79", after: 2 });
P_("Safer Swimming Programme: risk register", { f: "B", size: 16, after: 6 });
P_("Reviewed by officers on 21 November 2386. Score = likelihood (L) × impact (I), each from 1 to 5.", { after: 8 });
const BANDFILL = { Low: "#C6EFCE", Medium: "#FFEB9C", High: "#F8CBAD", "Very high": "#C00000" };
table([42, 120, 38, 20, 20, 34, 48, 42, 119], [
  ["Ref", "Risk", "Owner", "L", "I", "Score", "Rating", "Trend", "Controls"],
  ...RISKS.map((r) => [r.ref, r.risk, r.owner, String(r.l), String(r.i), String(r.score), r.rating, r.trend, r.controls]),
], { headerRow: true, repeatHeader: true, breakAt: 430, size: 8, fill: (ri, ci, c) => (ci === 6 && ri > 0 ? BANDFILL[c] : null), textColor: (ri, ci, c) => (ci === 6 && c === "Very high" ? "white" : null) });
P_("Rating: Low 1–4 · Medium 5–9 · High 10–15 · Very high 16–25", { size: 8.5, after: 3 });
P_(`Owners: DMO ${O.dervla.name} · IV ${O.idris.name} · KE ${O.konstantin.name}`, { size: 8.5, after: 3 });
P_("Trend since the September review: Rising, Falling, Same or New.", { size: 8.5 });
footer();
if (page !== PAGES) throw new Error(`pages: ${page}`);
doc.end();
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
