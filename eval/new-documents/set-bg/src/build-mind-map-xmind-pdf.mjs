// Builds docs/pbjp-away-day-mind-map-2188-01-10.pdf and its rendering in text/.
// Layout: A MIND MAP DRAWN IN XMIND ON THE DAY AND EXPORTED TO PDF (File → Export → PDF): ONE PAGE
// SIZED TO THE MAP (about 1,900 × 1,250 pt, no margins, no header or footer), white background. A
// central topic in a large rounded box; FIVE MAIN BRANCHES PLACED CLOCKWISE – three on the right, top to
// bottom, two on the left, bottom to top – so that reading order is neither left-to-right nor
// top-to-bottom; curved connectors; subtopics in boxes, THEIR TEXT WRAPPED AT A FIXED WIDTH (a topic is
// several text lines); the LEFT-HAND BRANCHES GROW LEFTWARDS, their subtopics further left than their
// parent. PRIORITY MARKERS are coloured discs holding a digit ("1", "2", "3") before a main topic's text,
// explained only by the LEGEND box in the bottom-right corner ("1 Priority 1 – settle before round 3
// opens"); STATUS AND OWNER ARE XMIND LABELS – small grey tags drawn under a topic ("Agreed", "To decide
// 14 Feb", "Parked", "Tobias K.") with no heading; TWO RELATIONSHIP LINES (dashed curves) join topics on
// different branches, each with its own label at its middle; a BOUNDARY (dashed rounded rectangle) round
// the Money branch with its title in a tab; TWO FLOATING TOPICS (the away day's date and place; who came)
// unattached in the corners. Drawing order (and so text order): connectors, then each topic (box,
// marker, text lines, labels) branch by branch, then the relationships with their labels, the boundary's
// title, the floating topics and the legend.
// Rendering: the central topic, then each branch depth first (right side top to bottom, then left side
// bottom to top), a topic a line – its marker digit before its text, then its labels as cells (" | ");
// then each relationship as "label | from topic | to topic", the boundary title, the floating topics and
// the legend's lines.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-mind-map-xmind-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, AWAY_DAY, OFFICERS as O, cllr, name, VOTE2, R2_LEFT } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.map;
const BASE = basename(FILE, extname(FILE));

// ---------------------------------------------------------------- the map
const t = (text, labels = [], kids = [], o = {}) => ({ text, labels, kids, ...o });
const k = (x) => `${(x / 1000).toFixed(1).replace(/\.0$/, "")}k`;
const MAP = t("Neighbourhood Choices round 3: what we'll change", [], [
  t("Money", [], [
    t("Round 3 pot £1.2m", ["To decide 14 Feb"], [t("Combined Authority Board confirms the 2188/89 budget on 6 March")]),
    t("Maximum per project £75k (rounds 1 and 2: £100k)", ["To decide 14 Feb"], [], { id: "max" }),
    t("Minimum per project £5k (no change)", ["Agreed"]),
    t("Youth-led ring fence: 10% of each area's allocation", ["Agreed"], [t("Raise to 15%?", ["Parked"])]),
    t("£200k base per area + deprivation uplift", ["Agreed", O.cormac.short]),
    t(`£${k(R2_LEFT)} left from round 2 → round 3`, ["Agreed"]),
  ], { marker: 1, boundary: "For the 14 February paper (item 5)" }),
  t("Voting", [], [
    t("Keep voting from age 11", ["Agreed"], [], { id: "age" }),
    t("Paper ballots in all 31 libraries (round 2: 12)", ["Agreed", O.tobias.short], [t("Extra cost about £14k – from the outreach budget")]),
    t("SMS code instead of the postcode and date of birth check", ["To decide 20 March", O.tobias.short], [], { id: "sms" }),
    t("Voting open 4 weeks (round 2: 3 weeks)", ["Agreed"]),
  ], { marker: 1 }),
  t("Reach", [], [
    t(`Turnout target 18,000 (round 2: ${VOTE2.voters.toLocaleString("en-GB")})`, ["Agreed"]),
    t("Pop-up stalls in the 10 lowest-turnout wards", ["Agreed", "Shirin V-H"]),
    t("Ballot papers in 6 community languages", ["Parked – cost"]),
    t("Youth Council helps to judge youth-led bids", ["Agreed", "Shirin V-H"]),
  ], { marker: 2 }),
  t("Delivery", [], [
    t("Approved contractor list for small works", ["In progress", O.aurelia.short], [], { id: "contractors" }),
    t("Grant payments within 20 working days", ["In progress", O.cormac.short], [t("Bank checks before the award, not after")]),
    t("\"You said, we did\" update on Our Say every quarter", ["Agreed", O.tobias.short]),
  ], { marker: 2 }),
  t("Not this year", [], [
    t("Citizens' jury for a top-up pot", ["Parked"]),
    t("Participatory budgeting for part of the Combined Authority's transport budget", ["Parked"]),
  ], { marker: 3 }),
]);
const RELATIONS = [
  { from: "sms", to: "age", label: "Many 11–15s have no phone of their own – keep the postcode route as well" },
  { from: "max", to: "contractors", label: "Smaller projects, quicker delivery" },
];
const FLOATING = [
  `PBJP away day, ${AWAY_DAY.date}, ${AWAY_DAY.place}`,
  `Who came: ${cllr("rendlesham")} (chair), ${cllr("cutteridge")}, ${cllr("tallentire")}, ${cllr("ravenhill")}, ${cllr("dimmelow")}, ${cllr("sedgwick")}, ${cllr("zielonka")} and ${name("vaziri")}; officers ${O.aurelia.name}, ${O.tobias.name} and ${O.cormac.name}. Map: ${O.gwendolen.name}`,
];
const LEGEND = [[1, "Priority 1 – settle before round 3 opens"], [2, "Priority 2 – work on during round 3"], [3, "Priority 3 – not this year"]];
const MCOL = { 1: "#E03C31", 2: "#F28C28", 3: "#3B8ED0" };

// ---------------------------------------------------------------- measuring and layout
const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: "PBJP away day – round 3", Author: O.gwendolen.name, Creator: "XMind", Producer: "Skia/PDF m118" } });
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf"));
const STY = { 0: { f: "b", s: 20, w: 330, pad: 14 }, 1: { f: "b", s: 15, w: 200, pad: 9 }, 2: { f: "r", s: 11, w: 230, pad: 6 }, 3: { f: "r", s: 10, w: 190, pad: 5 } };
const wrap = (text, f, s, w) => {
  doc.font(f).fontSize(s);
  const words = text.split(" "), lines = [];
  let cur = "";
  for (const wd of words) { const c = cur ? cur + " " + wd : wd; if (doc.widthOfString(c) > w && cur) { lines.push(cur); cur = wd; } else cur = c; }
  if (cur) lines.push(cur);
  return lines;
};
const LH = (s) => s * 1.3;
const measure = (n, depth) => {
  const st = STY[Math.min(depth, 3)];
  n.depth = depth; n.st = st;
  n.lines = wrap(n.text, st.f, st.s, st.w);
  doc.font(st.f).fontSize(st.s);
  const mw = n.marker ? st.s + 6 : 0;
  n.w = Math.max(...n.lines.map((l) => doc.widthOfString(l))) + 2 * st.pad + mw;
  doc.font("r").fontSize(8.5);
  n.labelW = n.labels.map((l) => doc.widthOfString(l) + 10);
  n.w = Math.max(n.w, n.labelW.reduce((a, b) => a + b + 4, 0) + 2 * st.pad);
  n.h = n.lines.length * LH(st.s) + 2 * st.pad + (n.labels.length ? 17 : 0);
  for (const c of n.kids) measure(c, depth + 1);
  const gap = depth === 0 ? 40 : 12;
  n.kidsH = n.kids.reduce((a, c) => a + c.treeH, 0) + Math.max(0, n.kids.length - 1) * gap;
  n.treeH = Math.max(n.h, n.kidsH);
  n.gap = gap;
};
measure(MAP, 0);
const right = MAP.kids.slice(0, 3), left = MAP.kids.slice(3).reverse(); // left drawn top to bottom: "Not this year" above "Delivery"
const sideH = (a) => a.reduce((s, c) => s + c.treeH, 0) + (a.length - 1) * 40;
const H = Math.max(sideH(right), sideH(left)) + 260;
const place = (n, x, yTop, dir) => {
  // n occupies [yTop, yTop + treeH]; its box centred vertically on its subtree
  n.dir = dir;
  n.y = yTop + n.treeH / 2 - n.h / 2;
  n.x = dir > 0 ? x : x - n.w;
  let y = yTop + (n.treeH - n.kidsH) / 2;
  const nx = dir > 0 ? n.x + n.w + (n.depth === 1 ? 46 : 34) : n.x - (n.depth === 1 ? 46 : 34);
  for (const c of n.kids) { place(c, nx, y, dir); y += c.treeH + n.gap; }
};
// widest right and left extents decide the page width
const extent = (n) => n.w + (n.kids.length ? (n.depth === 1 ? 46 : 34) + Math.max(...n.kids.map(extent)) : 0);
const rightW = Math.max(...right.map(extent)), leftW = Math.max(...left.map(extent));
const CX = 60 + leftW + 80 + MAP.w / 2;
const W = CX + MAP.w / 2 + 80 + rightW + 60 + 230; // room on the right for a relationship's label
const CY = H / 2;
MAP.x = CX - MAP.w / 2; MAP.y = CY - MAP.h / 2;
let y = CY - sideH(right) / 2;
for (const c of right) { place(c, MAP.x + MAP.w + 80, y, 1); y += c.treeH + 40; }
y = CY - sideH(left) / 2;
for (const c of left) { place(c, MAP.x - 80, y, -1); y += c.treeH + 40; }

// ---------------------------------------------------------------- drawing
doc.addPage({ size: [W, H], margin: 0 });
doc.rect(0, 0, W, H).fill("#FFFFFF");
const all = [];
const walk = (n) => { all.push(n); n.kids.forEach(walk); };
walk(MAP);
const anchor = (n, side) => ({ x: side > 0 ? n.x + n.w : n.x, y: n.y + n.h / 2 });
// connectors
for (const n of all) for (const c of n.kids) {
  const side = c.dir;
  const a = n.depth === 0 ? { x: CX, y: CY } : anchor(n, side), b = anchor(c, -side);
  const mx = (a.x + b.x) / 2;
  doc.moveTo(a.x, a.y).bezierCurveTo(mx, a.y, mx, b.y, b.x, b.y).lineWidth(c.depth === 1 ? 3 : 1.4).strokeColor(c.depth === 1 ? "#5B6B7F" : "#9AA6B2").stroke();
}
// topics (branch order: right side top to bottom, then left side bottom to top)
const drawTopic = (n) => {
  const st = n.st;
  const fill = n.depth === 0 ? "#1F3A5F" : n.depth === 1 ? "#E8EEF5" : "#FFFFFF";
  doc.roundedRect(n.x, n.y, n.w, n.h, n.depth === 0 ? 14 : 6).lineWidth(n.depth === 0 ? 0 : 1).fillAndStroke(fill, "#8D99A6");
  let tx = n.x + st.pad;
  if (n.marker) {
    const r = st.s / 2 + 1;
    doc.circle(tx + r, n.y + st.pad + LH(st.s) / 2, r).fill(MCOL[n.marker]);
    doc.font("b").fontSize(st.s - 3).fillColor("#FFFFFF").text(String(n.marker), tx + r - doc.widthOfString(String(n.marker)) / 2, n.y + st.pad + LH(st.s) / 2 - (st.s - 3) * 0.6, { lineBreak: false });
    tx += st.s + 6;
  }
  doc.font(st.f).fontSize(st.s).fillColor(n.depth === 0 ? "#FFFFFF" : "#1B1B1B");
  n.lines.forEach((l, i) => doc.text(l, tx, n.y + st.pad + i * LH(st.s), { lineBreak: false }));
  let lx = n.x + st.pad;
  const ly = n.y + st.pad + n.lines.length * LH(st.s) + 3;
  n.labels.forEach((l, i) => {
    doc.roundedRect(lx, ly, n.labelW[i], 13, 3).fill("#E4E7EB");
    doc.font("r").fontSize(8.5).fillColor("#3C4650").text(l, lx + 5, ly + 2, { lineBreak: false });
    lx += n.labelW[i] + 4;
  });
};
const order = [];
const dfs = (n) => { order.push(n); n.kids.forEach(dfs); };
drawTopic(MAP); order.push(MAP);
for (const c of [...right, ...MAP.kids.slice(3)]) { const o = []; const d = (n) => { o.push(n); n.kids.forEach(d); }; d(c); o.forEach((n) => { drawTopic(n); order.push(n); }); }
// relationships
const byId = Object.fromEntries(all.filter((n) => n.id).map((n) => [n.id, n]));
for (const r of RELATIONS) {
  const a = byId[r.from], b = byId[r.to];
  const same = a.dir === b.dir;
  const p = same ? { x: a.dir > 0 ? a.x + a.w : a.x, y: a.y + a.h / 2 } : { x: a.x + a.w / 2, y: a.y + a.h };
  const q = same ? { x: b.dir > 0 ? b.x + b.w : b.x, y: b.y + b.h / 2 } : { x: b.x + b.w / 2, y: b.y };
  const outer = Math.max(...all.filter((n) => n.dir === a.dir).map((n) => (a.dir > 0 ? n.x + n.w : -n.x))) * a.dir;
  const cx1 = same ? (4 * (outer + 40 * a.dir) - p.x - q.x) / 2 : p.x + (q.x > p.x ? 120 : -120), cy1 = (p.y + q.y) / 2;
  doc.moveTo(p.x, p.y).quadraticCurveTo(cx1, cy1, q.x, q.y).dash(5, { space: 4 }).lineWidth(1.2).strokeColor("#C0504D").stroke().undash();
  const mx = (p.x + 2 * cx1 + q.x) / 4, my = (p.y + 2 * cy1 + q.y) / 4;
  const lines = wrap(r.label, "i", 9, 170);
  doc.font("i").fontSize(9).fillColor("#C0504D");
  const lx0 = same ? (a.dir > 0 ? mx + 6 : mx - 176) : mx - 85;
  lines.forEach((l, i) => doc.text(l, lx0, my - 8 + i * 11.5, { lineBreak: false }));
}
// boundary round the Money branch
{
  const money = MAP.kids[0];
  const sub = []; const d = (n) => { sub.push(n); n.kids.forEach(d); }; d(money);
  const x0 = Math.min(...sub.map((n) => n.x)) - 14, y0 = Math.min(...sub.map((n) => n.y)) - 30, x1 = Math.max(...sub.map((n) => n.x + n.w)) + 14, y1 = Math.max(...sub.map((n) => n.y + n.h)) + 14;
  doc.roundedRect(x0, y0, x1 - x0, y1 - y0, 12).dash(6, { space: 4 }).lineWidth(1.2).strokeColor("#6A8CAF").stroke().undash();
  doc.font("b").fontSize(10);
  const bw = doc.widthOfString(money.boundary) + 16;
  doc.roundedRect(x0 + 12, y0 - 9, bw, 18, 4).fill("#6A8CAF");
  doc.fillColor("#FFFFFF").text(money.boundary, x0 + 20, y0 - 5, { lineBreak: false });
}
// floating topics
const floatLines = FLOATING.map((f) => wrap(f, "r", 10.5, 330));
{
  let fy = 30;
  floatLines.forEach((ls, i) => {
    const h = ls.length * 13.6 + 14;
    const fx = 30, fy2 = i === 0 ? fy : H - h - 30;
    doc.roundedRect(fx, fy2, 350, h, 6).lineWidth(1).fillAndStroke("#FFF8DC", "#C9B458");
    doc.font("r").fontSize(10.5).fillColor("#1B1B1B");
    ls.forEach((l, j) => doc.text(l, fx + 8, fy2 + 7 + j * 13.6, { lineBreak: false }));
  });
}
// legend
{
  const lw = 300, lh = 24 + LEGEND.length * 20, lx = W - lw - 30, ly = H - lh - 30;
  doc.rect(lx, ly, lw, lh).lineWidth(1).fillAndStroke("#FAFAFA", "#B0B7BF");
  doc.font("b").fontSize(11).fillColor("#1B1B1B").text("Legend", lx + 10, ly + 7, { lineBreak: false });
  LEGEND.forEach(([m, txt], i) => {
    const yy = ly + 28 + i * 20;
    doc.circle(lx + 18, yy + 6, 7).fill(MCOL[m]);
    doc.font("b").fontSize(9).fillColor("#FFFFFF").text(String(m), lx + 15.2, yy + 1, { lineBreak: false });
    doc.font("r").fontSize(10).fillColor("#1B1B1B").text(txt, lx + 32, yy, { lineBreak: false });
  });
}
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.end();

// ---------------------------------------------------------------- rendering
const out = [];
const line = (n) => [`${n.marker ? n.marker + " " : ""}${n.text}`, ...n.labels].join(" | ");
for (const n of order) out.push(line(n));
for (const r of RELATIONS) out.push([r.label, byId[r.from].text, byId[r.to].text].join(" | "));
out.push(MAP.kids[0].boundary);
for (const f of FLOATING) out.push(f);
out.push("Legend");
for (const [m, txt] of LEGEND) out.push(`${m} ${txt}`);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${Math.round(W)} x ${Math.round(H)} pt) and text/${BASE}.txt`);
