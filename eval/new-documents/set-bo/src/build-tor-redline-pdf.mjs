// Builds docs/cdtg-terms-of-reference-v2-v3-comparison-2263-11-25.pdf and its rendering in text/.
// Layout: A LEGAL COMPARISON ("REDLINE") REPORT SAVED AS PDF, as document-comparison software (here an
// invented product, "DocDelta Compare 11.2", in the manner of the tools legal and democratic services
// teams use to show a Board what changed) writes it: a cover page "Comparison summary" (the two files'
// network paths, the time, who ran it, the rendering set, a LEGEND OF CHANGE STYLES drawn in those
// styles, and a STATISTICS table of counts), then the modified document with both versions' words in it:
// DELETIONS IN RED WITH A STRIKE LINE, INSERTIONS IN BLUE WITH A DOUBLE UNDERLINE, A MOVED PARAGRAPH
// TWICE (green double strike where it was, green double underline where it went), a change bar in the
// left margin beside every changed line, and the membership table compared cell by cell (a deleted row
// shaded pink and struck through, two inserted rows shaded blue, changed role cells). The text layer
// holds deleted and inserted words side by side in reading order ("up to £20,000 £30,000"); only
// colour and the drawn lines (not text) say which is which. Running header (the two file names) and
// footer (time, "Page n of N") on every page.
// Rendering: each paragraph, heading or table row (cells " | ") a line, in reading order, deleted and
// inserted words as the text layer has them; the running header and footer left out.
// Synthetic test fixture: every person, council, figure and clause is invented.
//   node src/build-tor-redline-pdf.mjs
import { writeFileSync, createWriteStream } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, requireMain, FONTS, P, OFFICERS as O, COOPTED } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.tor;
const BASE = basename(FILE, extname(FILE));
const ORIG = "\\\\lgfs02\\democratic-services\\CDTG\\Governance\\CDTG Terms of Reference v2.0 (June 2263).docx";
const MOD = "\\\\lgfs02\\democratic-services\\CDTG\\Governance\\CDTG Terms of Reference v3.0 DRAFT (24 Nov 2263).docx";
const WHEN = "25/11/2263 14:07:33";

// ------------------------------------------------------------------ the document, with its changes
// {-deleted-} {+inserted+} {<moved from<} {>moved to>}
const p = (k) => P[k];
const mrow = (k, roleMarkup) => [p(k).name, p(k).council, p(k).group, roleMarkup ?? p(k).role];
const BLOCKS = [
  { t: "title", s: "Community Defibrillators Task Group" },
  { t: "title2", s: "Terms of reference" },
  { t: "p", s: "Version {-2.0, June 2263 -}{+3.0 (draft), 24 November 2263+}" },
  { t: "p", s: "{-Agreed -}{+For agreement +}by the Healthy and Resilient Communities Board on {-18 June 2263 -}{+3 December 2263+}." },
  { t: "h", s: "1. Purpose" },
  { t: "p", s: "1.1 The Community Defibrillators Task Group is a member task group of the Healthy and Resilient Communities Board. It oversees the Rescue Ready Programme 2263–65 {+and the Defibrillator Access Fund +}on behalf of the Board and the twelve member councils." },
  { t: "p", s: "1.2 Its aim is that everyone in the twelve council areas is within reach of a public access defibrillator that is registered, available and rescue ready, and that more people know how to give CPR." },
  { t: "h", s: "2. Membership" },
  { t: "p", s: "2.1 The Task Group has twelve members, one councillor nominated by each member council{+, and one co-opted member from the ambulance service, who may speak but not vote+}." },
  { t: "p", s: "2.2 The Board appoints the Chair, the Vice-Chair and the Deputy Chair {-for two years -}{+each municipal year+}. The Task Group appoints lead members from its own members." },
  { t: "p", s: "2.3 Membership 2263/64:" },
  {
    t: "table",
    widths: [118, 152, 78, 129],
    head: ["Councillor", "Council", "Political group", "Role"],
    rows: [
      { cells: mrow("blakeway") },
      { cells: mrow("lydgate") },
      { cells: mrow("llwydiarth", "Deputy Chair{-; lead member, schools and CPR training-}") },
      { cells: mrow("ezeoke", "{-Member -}{+Lead member, schools and CPR training+}") },
      { cells: mrow("kitteridge") },
      { cells: mrow("athertone") },
      { cells: mrow("dossetor") },
      { cells: mrow("shandwick") },
      { cells: mrow("hollinshead") },
      { cells: mrow("chelliah") },
      { cells: mrow("averill") },
      { cells: mrow("stainsby", "Member"), row: "del" },
      { cells: mrow("morville"), row: "ins" },
      { cells: [COOPTED.name, COOPTED.org, "–", `Co-opted member (non-voting, from ${COOPTED.from})`], row: "ins" },
    ],
  },
  { t: "p", s: `2.4 The Task Group has {-two -}{+three +}named substitutes, who may attend and vote in place of an absent member of their own political group: ${p("ellinthorpe").name} (Labour, Larkhollow City Council){- and-}{+,+} ${p("pennyfeather").name} (Conservative, Orchardleigh County Council){+ and ${p("halsdown").name} (Liberal Democrat, Kestlebury District Council)+}.` },
  { t: "h", s: "3. Chair, Vice-Chair and Deputy Chair" },
  { t: "p", s: "3.1 The Chair leads the Task Group and speaks for it to the Board. If the Chair is absent the Vice-Chair presides, and if both are absent the Deputy Chair." },
  { t: "h", s: "4. Quorum" },
  { t: "p", s: "4.1 {-The quorum is four members. -}{+The quorum is five voting members, one of whom must be the Chair or the Vice-Chair. A co-opted member does not count towards the quorum.+}" },
  { t: "h", s: "5. Meetings" },
  { t: "p", s: "5.1 The Task Group meets {-five -}{+four +}times a year{+, and the Chair may call an extra meeting at seven days' notice+}. Meetings are held in public at 18 Smith Square and online, except when exempt information is discussed." },
  { t: "p", s: "5.2 Papers are published five clear working days before each meeting." },
  { t: "h", s: "6. Decisions and spending limits" },
  { t: "p", s: "6.1 The Task Group decides the awards from the Defibrillator Access Fund within the budget agreed by the Board." },
  { t: "p", s: "6.2 Officers may approve grants and other spending of up to {-£10,000 -}{+£15,000+}. The Chair, after consulting the Vice-Chair, may approve grants of up to {-£20,000 -}{+£30,000+}. Larger awards are decided by the Task Group." },
  { t: "p", s: "6.3 An urgent decision that cannot wait for a meeting may be taken by the Chair after consulting the Vice-Chair and the Deputy Chair, and is reported to the next meeting." },
  { t: "p", s: "{>6.4 Members declare any interest in a bid before it is discussed, and take no part in the decision on a bid from an organisation of which they are a trustee, director or officer.>}" },
  { t: "h", s: "7. Reporting" },
  { t: "p", s: "7.1 The Task Group reports to the Board {-twice a year -}{+after each of its meetings+}, through a note from the Chair." },
  { t: "p", s: "{<7.2 Members declare any interest in a bid before it is discussed, and take no part in the decision on a bid from an organisation of which they are a trustee, director or officer.<}" },
  { t: "p", s: "{-7.3 -}{+7.2 +}The Programme Manager keeps the performance measures, the risk register and the action log up to date between meetings{+ on the Task Group's Trello board+}." },
  { t: "h", s: "8. Review" },
  { t: "p", s: "8.1 These terms of reference will be reviewed by {-June 2264 -}{+March 2265, when the Rescue Ready Programme ends+}." },
  { t: "h", s: "9. Contact officer" },
  { t: "p", s: `{-${O.kwabena.name}, ${O.kwabena.post} -}{+${O.delphine.name}, ${O.delphine.post}+}` },
  { t: "p", s: `Tel: {-${O.kwabena.phone} -}{+${O.delphine.phone}+}` },
  { t: "p", s: `Email: {-${O.kwabena.email} -}{+${O.delphine.email}+}` },
];

// markup -> runs [{text, kind}]; kind: same, del, ins, mfrom, mto
const KIND = { "-": "del", "+": "ins", "<": "mfrom", ">": "mto" };
function runs(s, base = "same") {
  const out = [];
  let last = 0;
  for (const m of s.matchAll(/\{([-+<>])([\s\S]*?)\1\}/g)) {
    if (m.index > last) out.push({ text: s.slice(last, m.index), kind: base });
    out.push({ text: m[2], kind: KIND[m[1]] });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last), kind: base });
  // a change must not glue two words together in the text layer
  for (let i = 1; i < out.length; i++) if (/[A-Za-z0-9£]$/.test(out[i - 1].text) && /^[A-Za-z0-9£]/.test(out[i].text)) throw new Error("glued words at " + JSON.stringify(out[i - 1].text + "|" + out[i].text));
  return out;
}
const plain = (rs) => rs.map((r) => r.text).join("").replace(/\s+/g, " ").trim();

// statistics, counted the way the cover page reports them
const STATS = { ins: 0, del: 0, mfrom: 0, mto: 0, insCells: 0, delCells: 0 };
for (const b of BLOCKS) {
  if (b.t === "table") {
    for (const r of b.rows) {
      if (r.row === "ins") STATS.insCells += r.cells.length;
      else if (r.row === "del") STATS.delCells += r.cells.length;
      else for (const c of r.cells) for (const x of runs(c)) if (x.kind !== "same") STATS[x.kind]++;
    }
  } else for (const x of runs(b.s)) if (x.kind !== "same") STATS[x.kind]++;
}
STATS.total = STATS.ins + STATS.del + STATS.mfrom + STATS.mto + STATS.insCells + STATS.delCells;


// ------------------------------------------------------------------ drawing
const doc = new PDFDocument({ size: "A4", margins: { top: 64, bottom: 60, left: 62, right: 56 }, bufferPages: true, autoFirstPage: true,
  info: { Title: "Comparison of CDTG Terms of Reference v2.0 (June 2263) and v3.0 DRAFT (24 Nov 2263)", Author: "LStoneleigh", Creator: "DocDelta Compare 11.2.0.118", Producer: "DocDelta PDF Renderer 11.2", Subject: "Redline", CreationDate: new Date(Date.UTC(2263, 10, 25, 14, 7, 33)), ModDate: new Date(Date.UTC(2263, 10, 25, 14, 7, 33)) } });
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));
const out = createWriteStream(join(root, "docs", FILE));
doc.pipe(out);

const W = doc.page.width, H = doc.page.height, L = 62, R = W - 56, TOP = 64, BOTTOM = H - 60;
const COLOR = { same: "#000000", del: "#D00000", ins: "#0033CC", mfrom: "#00803C", mto: "#00803C" };
const render = []; // rendering lines
let y = TOP;

function header() {
  doc.font("R").fontSize(7).fillColor("#555555");
  doc.text("Comparison of CDTG Terms of Reference v2.0 (June 2263).docx and CDTG Terms of Reference v3.0 DRAFT (24 Nov 2263).docx", L, 34, { lineBreak: false });
  doc.moveTo(L, 46).lineTo(R, 46).lineWidth(0.4).strokeColor("#999999").stroke();
}
function newPage() { doc.addPage(); header(); y = TOP; }

// words of runs: [{parts:[{text,kind}], sp:{text,kind}|null}]
function words(rs) {
  const ws = [];
  let cur = null;
  for (const r of rs) {
    for (const piece of r.text.split(/(\s+)/)) {
      if (!piece) continue;
      if (/^\s+$/.test(piece)) { if (cur) { cur.sp = { text: " ", kind: r.kind }; ws.push(cur); cur = null; } else if (ws.length && !ws[ws.length - 1].sp) ws[ws.length - 1].sp = { text: " ", kind: r.kind }; }
      else { if (!cur) cur = { parts: [], sp: null }; cur.parts.push({ text: piece, kind: r.kind }); }
    }
  }
  if (cur) ws.push(cur);
  return ws;
}
function lay(rs, width, font, size) {
  doc.font(font).fontSize(size);
  const wd = (w) => w.parts.reduce((t, p) => t + doc.widthOfString(p.text), 0);
  const sp = doc.widthOfString(" ");
  const lines = [];
  let line = [], lw = 0;
  for (const w of words(rs)) {
    const ww = wd(w);
    if (line.length && lw + ww > width) { lines.push(line); line = []; lw = 0; }
    line.push(w);
    lw += ww + sp;
  }
  if (line.length) lines.push(line);
  // segments of one kind per line
  return lines.map((ln) => {
    const segs = [];
    ln.forEach((w, i) => {
      const items = [...w.parts, ...(w.sp && i < ln.length - 1 ? [w.sp] : [])];
      for (const it of items) {
        const s = segs[segs.length - 1];
        if (s && s.kind === it.kind) s.text += it.text;
        else segs.push({ text: it.text, kind: it.kind });
      }
    });
    return segs;
  });
}
function drawLine(segs, x, yy, font, size, bar = true) {
  doc.font(font).fontSize(size);
  let changed = false;
  for (const s of segs) {
    const w = doc.widthOfString(s.text);
    doc.fillColor(COLOR[s.kind]).text(s.text, x, yy, { lineBreak: false });
    const vis = doc.widthOfString(s.text.replace(/\s+$/, ""));
    if (s.kind !== "same") {
      changed = true;
      doc.lineWidth(0.6).strokeColor(COLOR[s.kind]);
      if (s.kind === "del") doc.moveTo(x, yy + size * 0.62).lineTo(x + vis, yy + size * 0.62).stroke();
      if (s.kind === "mfrom") { doc.moveTo(x, yy + size * 0.52).lineTo(x + vis, yy + size * 0.52).stroke(); doc.moveTo(x, yy + size * 0.72).lineTo(x + vis, yy + size * 0.72).stroke(); }
      if (s.kind === "ins" || s.kind === "mto") { doc.moveTo(x, yy + size * 1.18).lineTo(x + vis, yy + size * 1.18).stroke(); doc.moveTo(x, yy + size * 1.38).lineTo(x + vis, yy + size * 1.38).stroke(); }
    }
    x += w;
  }
  if (changed && bar) doc.lineWidth(1.6).strokeColor("#000000").moveTo(50, yy - 1).lineTo(50, yy + size * 1.4).stroke();
}
function para(s, { font = "R", size = 9.6, lead = 13.6, before = 0, after = 6, indent = 0 } = {}) {
  const rs = runs(s);
  const lines = lay(rs, R - L - indent, font, size);
  const need = before + lines.length * lead + after;
  if (y + need > BOTTOM) newPage();
  y += before;
  for (const ln of lines) { drawLine(ln, L + indent, y, font, size); y += lead; }
  y += after;
  render.push(plain(rs));
}
function table(b) {
  const size = 8.4, lead = 11.2, pad = 4;
  const rowsAll = [{ cells: b.head, head: true }, ...b.rows];
  const laid = rowsAll.map((r) => r.cells.map((c, i) => lay(runs(c, r.row ?? "same"), b.widths[i] - 2 * pad, r.head ? "B" : "R", size)));
  const heights = laid.map((cells) => Math.max(...cells.map((ls) => ls.length)) * lead + 2 * pad);
  const total = heights.reduce((t, h) => t + h, 0);
  if (y + total > BOTTOM) newPage();
  rowsAll.forEach((r, ri) => {
    let x = L;
    r.cells.forEach((c, ci) => {
      const w = b.widths[ci], h = heights[ri];
      const fill = r.head ? "#E6E6E6" : r.row === "ins" ? "#DCE8FF" : r.row === "del" ? "#FFDCDC" : null;
      if (fill) doc.rect(x, y, w, h).fillColor(fill).fill();
      doc.rect(x, y, w, h).lineWidth(0.5).strokeColor("#808080").stroke();
      let yy = y + pad;
      for (const ln of laid[ri][ci]) { drawLine(ln, x + pad, yy, r.head ? "B" : "R", size, false); yy += lead; }
      x += w;
    });
    if (r.row || r.cells.some((c) => /\{[-+<>]/.test(c))) doc.lineWidth(1.6).strokeColor("#000000").moveTo(50, y + 2).lineTo(50, y + heights[ri] - 2).stroke();
    render.push(r.cells.map((c) => plain(runs(c))).join(" | "));
    y += heights[ri];
  });
  y += 8;
}

// ---- cover page
doc.font("B").fontSize(18).fillColor("#1F3864").text("DocDelta Compare", L, 60, { lineBreak: false });
render.push("DocDelta Compare");
doc.font("R").fontSize(13).fillColor("#000000").text("Comparison summary", L, 88, { lineBreak: false });
render.push("Comparison summary");
y = 120;
const kv = [["Original document", ORIG], ["Modified document", MOD], ["Comparison time", WHEN], ["Compared by", "LStoneleigh"], ["Rendering set", "Standard"], ["Comparison mode", "Word level; tables compared cell by cell"]];
for (const [k, v] of kv) {
  doc.font("B").fontSize(8.6).fillColor("#000000").text(k, L, y, { lineBreak: false });
  const ls = lay([{ text: v, kind: "same" }], R - L - 120, "R", 8.6);
  let yy = y;
  for (const ln of ls) { drawLine(ln, L + 120, yy, "R", 8.6, false); yy += 12; }
  render.push(`${k} | ${v}`);
  y = Math.max(y + 12, yy) + 5;
}
y += 10;
doc.font("B").fontSize(11).fillColor("#1F3864").text("Legend", L, y, { lineBreak: false });
render.push("Legend");
y += 20;
const LEG = [["Insertion", "ins"], ["Deletion", "del"], ["Moved from", "mfrom"], ["Moved to", "mto"], ["Style change", "same"], ["Format change", "same"], ["Moved deletion", "mfrom"], ["Inserted cell", "cellins"], ["Deleted cell", "celldel"], ["Moved cell", "cellmove"], ["Split/Merged cell", "cellsplit"], ["Padding cell", "cellpad"]];
for (const [name, k] of LEG) {
  const fill = { cellins: "#DCE8FF", celldel: "#FFDCDC", cellmove: "#D9F2E0", cellsplit: "#FFF2CC", cellpad: "#EDEDED" }[k];
  if (fill) { doc.rect(L, y - 2, 120, 14).fillColor(fill).fill(); drawLine([{ text: name, kind: "same" }], L + 4, y, "R", 9, false); }
  else if (name === "Style change") { doc.font("R").fontSize(9).fillColor("#000000").text(name, L + 4, y, { lineBreak: false }); doc.lineWidth(0.6).strokeColor("#000000").moveTo(L + 4, y + 11).lineTo(L + 4 + doc.widthOfString(name), y + 11).dash(1.5, { space: 1.5 }).stroke().undash(); }
  else if (name === "Format change") { doc.font("R").fontSize(9).fillColor("#000000").text(name, L + 4, y, { lineBreak: false }); doc.lineWidth(0.6).strokeColor("#000000").moveTo(L + 4, y + 11).lineTo(L + 4 + doc.widthOfString(name), y + 11).stroke(); }
  else drawLine([{ text: name, kind: k }], L + 4, y, "R", 9, false);
  render.push(name);
  y += 17;
}
y += 12;
doc.font("B").fontSize(11).fillColor("#1F3864").text("Statistics", L, y, { lineBreak: false });
render.push("Statistics");
y += 20;
const ST = [["Change type", "Count"], ["Insertions", STATS.ins], ["Deletions", STATS.del], ["Moved from", STATS.mfrom], ["Moved to", STATS.mto], ["Style changes", 0], ["Format changes", 0], ["Inserted cells", STATS.insCells], ["Deleted cells", STATS.delCells], ["Total changes", STATS.total]];
for (const [i, [k, v]] of ST.entries()) {
  const bold = i === 0 || k === "Total changes";
  doc.rect(L, y - 3, 220, 15).lineWidth(0.4).strokeColor("#999999").stroke();
  doc.font(bold ? "B" : "R").fontSize(9).fillColor("#000000").text(k, L + 4, y, { lineBreak: false });
  doc.text(String(v), L + 160, y, { lineBreak: false });
  render.push(`${k} | ${v}`);
  y += 15;
}

// ---- the compared document
newPage();
for (const b of BLOCKS) {
  if (b.t === "title") para(b.s, { font: "B", size: 15, lead: 20, after: 2 });
  else if (b.t === "title2") para(b.s, { font: "B", size: 12.5, lead: 18, after: 6 });
  else if (b.t === "h") para(b.s, { font: "B", size: 10.8, lead: 15, before: 6, after: 4 });
  else if (b.t === "table") table(b);
  else para(b.s);
}

// ---- running footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  doc.font("R").fontSize(7).fillColor("#555555");
  doc.text(`DocDelta Compare 11.2 · ${WHEN}`, L, H - 40, { lineBreak: false });
  doc.text(`Page ${i + 1} of ${range.count}`, R - 60, H - 40, { lineBreak: false });
}
doc.end();
await new Promise((r) => out.on("finish", r));
writeFileSync(join(root, "text", BASE + ".txt"), render.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${range.count} pages) and text/${BASE}.txt; stats ${JSON.stringify(STATS)}`);
