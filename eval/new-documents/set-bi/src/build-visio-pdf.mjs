// Builds docs/hdmtg-governance-and-fund-process-v1-3-2197-11-20.pdf and its rendering.
// A Microsoft Visio drawing exported to PDF (File > Export > PDF, "All pages"): two A3 landscape pages, one per
// drawing page (tab). Page 1 "Governance" is an organisation chart drawn with Visio's org chart shapes: each
// box holds a name, a title and a third line (council as Visio abbreviates it, "Caskmoor BC (Con)"), boxes
// grouped under container headings, named substitutes in dashed boxes, a dotted "advises" connector, an
// annotation, a legend and a title block. Page 2 "Fund process" is a cross-functional flowchart: horizontal
// swimlanes whose names are turned 90° in the lane headers, phase columns across the top, process boxes,
// decision diamonds, connectors whose labels ("Yes", "No", "Not eligible") are separate text, a callout.
// The PDF's text is in the order the shapes were drawn (Visio's z-order), not in reading order.
// Rendering: per page its title, then each shape's text as a line (the shape's text lines joined by " | "),
// a decision as "question | Yes | where Yes goes | No | where No goes", the lane names, the legend and the
// title block; the connectors' own labels only inside the decision lines.
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, BOARD, P, MEMBERS, SUBS, OFFICERS, GROUPS, TVP_CHAIR, THRESHOLD, CHAIR_LIMIT, MAX_AWARD, MIN_AWARD, ROUND1, ASKED, BIDS, EMAIL_MIN } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const doc = new PDFDocument({ size: "A3", layout: "landscape", margin: 0, autoFirstPage: false, info: { Title: "HDMTG governance and fund process v1.3", Author: "Ambrose Tindley-Ware", Creator: "Microsoft® Visio® for Microsoft 365", Producer: "Microsoft® Visio® for Microsoft 365", CreationDate: new Date(Date.UTC(2197, 10, 20, 15, 42)) } });
const out = createWriteStream(join(root, "docs", DOCS.visio));
doc.pipe(out);
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.registerFont("I", join(FONTS, "DejaVuSans-Oblique.ttf"));

const R = []; // rendering lines
const BLUE = "#1f4e79", LIGHT = "#deebf7", GREY = "#595959";

// a shape: a box (rect, rounded, diamond) with its text lines centred; first line bold when asked
function shape(x, y, w, h, lines, o = {}) {
  doc.save();
  doc.lineWidth(o.dash ? 0.9 : 0.8);
  if (o.dash) doc.dash(4, { space: 3 });
  if (o.kind === "diamond") doc.polygon([x + w / 2, y], [x + w, y + h / 2], [x + w / 2, y + h], [x, y + h / 2]);
  else if (o.kind === "round") doc.roundedRect(x, y, w, h, 8);
  else doc.rect(x, y, w, h);
  doc.fillAndStroke(o.fill ?? "#ffffff", o.stroke ?? BLUE);
  doc.undash();
  doc.restore();
  const size = o.size ?? 7.5;
  const tw = o.kind === "diamond" ? w * 0.62 : w - 8;
  const tx = x + (w - tw) / 2;
  let th = 0;
  lines.forEach((l, i) => { doc.font(o.bold && i === 0 ? "B" : "R").fontSize(i === 0 ? size + (o.bigger ?? 0) : size); th += doc.heightOfString(l, { width: tw, align: "center" }); });
  let ty = y + (h - th) / 2;
  lines.forEach((l, i) => {
    doc.font(o.bold && i === 0 ? "B" : "R").fontSize(i === 0 ? size + (o.bigger ?? 0) : size).fillColor(o.color ?? "#000000");
    doc.text(l, tx, ty, { width: tw, align: "center" });
    ty += doc.heightOfString(l, { width: tw, align: "center" });
  });
  return { x, y, w, h, cx: x + w / 2, cy: y + h / 2, b: y + h, r: x + w };
}
// a connector from (x1,y1) to (x2,y2) through an elbow, with an arrowhead and an optional label
function connector(pts, o = {}) {
  doc.save().lineWidth(0.8).strokeColor(o.color ?? GREY);
  if (o.dotted) doc.dash(1.5, { space: 2.5 });
  doc.moveTo(pts[0][0], pts[0][1]);
  for (const p of pts.slice(1)) doc.lineTo(p[0], p[1]);
  doc.stroke().undash();
  const [a, b] = [pts[pts.length - 2], pts[pts.length - 1]];
  const ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
  doc.polygon([b[0], b[1]], [b[0] - 6 * Math.cos(ang - 0.4), b[1] - 6 * Math.sin(ang - 0.4)], [b[0] - 6 * Math.cos(ang + 0.4), b[1] - 6 * Math.sin(ang + 0.4)]).fill(o.color ?? GREY);
  doc.restore();
}
function label(text, x, y) {
  doc.font("R").fontSize(7);
  const w = doc.widthOfString(text) + 4;
  doc.save().rect(x - w / 2, y - 5, w, 10).fill("#ffffff").restore();
  doc.fillColor("#000000").text(text, x - w / 2 + 2, y - 4, { lineBreak: false });
}
function container(x, y, w, h, title) {
  doc.save().lineWidth(0.6).rect(x, y, w, h).stroke("#a6a6a6").rect(x, y, w, 14).fill("#f2f2f2").restore();
  doc.font("B").fontSize(8).fillColor("#000000").text(title, x + 5, y + 3.5, { lineBreak: false });
}
function titleBlock(pageName) {
  const x = 850, y = 770, cells = [["Drawing:", "HDMTG governance and fund process"], ["Version:", "1.3"], ["Date:", "20/11/2197"], ["Drawn by:", "A. Tindley-Ware"], ["Page:", pageName]];
  doc.save().lineWidth(0.6).rect(x, y, 320, 60).stroke("#000000").restore();
  cells.forEach(([k, v], i) => {
    doc.font("B").fontSize(6.5).fillColor("#000000").text(k, x + 5, y + 4 + i * 11, { lineBreak: false });
    doc.font("R").fontSize(6.5).text(v, x + 55, y + 4 + i * 11, { lineBreak: false });
  });
  R.push(cells.map(([k, v]) => `${k} ${v}`).join(" | "));
}
const abbr = (p) => `${p.abbr} (${GROUPS[p.group]})`;

// ------------------------------------------------------------------ page 1: Governance (org chart)
doc.addPage();
const T1 = `${BODY}: governance and membership 2197/98`;
doc.font("B").fontSize(16).fillColor(BLUE).text(T1, 30, 24, { lineBreak: false });
R.push(T1);
const board = shape(445, 60, 300, 36, [BOARD], { fill: LIGHT, bold: true, size: 9 });
R.push(BOARD);
const tgLines = [BODY, "12 members · quorum 4 · meets quarterly"];
const tg = shape(420, 130, 350, 44, tgLines, { fill: LIGHT, bold: true, size: 8.5, bigger: 1.5 });
R.push(tgLines.join(" | "));
// chair, vice-chair, deputy chair
const top = ["gurnsell", "fennessey", "vosburgh"].map((k, i) => {
  const p = P[k];
  const lines = [`Cllr ${p.fore} ${p.sur}`, p.role, abbr(p)];
  R.push(lines.join(" | "));
  return shape(360 + i * 165, 215, 140, 46, lines, { bold: true, fill: "#fff2cc" });
});
// lead members
container(330, 285, 530, 80, "Lead members");
R.push("Lead members");
const leads = MEMBERS.filter((p) => p.lead).map((p, i) => {
  const lines = [`Cllr ${p.fore} ${p.sur}`, `Lead member: ${p.lead}`, abbr(p)];
  R.push(lines.join(" | "));
  return shape(345 + i * 172, 307, 155, 48, lines, { bold: true });
});
// other members
container(150, 390, 890, 80, "Members");
R.push("Members");
MEMBERS.filter((p) => !["Chair", "Vice-Chair", "Deputy Chair"].includes(p.role) && !p.lead).forEach((p, i) => {
  const lines = [`Cllr ${p.fore} ${p.sur}`, p.from ? `Member from ${p.from}` : "Member", abbr(p)];
  R.push(lines.join(" | "));
  shape(162 + i * 146, 412, 136, 48, lines, { bold: true });
});
// named substitutes
container(880, 215, 280, 160, "Named substitutes");
R.push("Named substitutes");
SUBS.forEach((p, i) => {
  const lines = [`Cllr ${p.fore} ${p.sur}`, `Substitute (${GROUPS[p.group]})`, p.abbr];
  R.push(lines.join(" | "));
  shape(900, 236 + i * 45, 240, 38, lines, { bold: true, dash: true });
});
// officer support
container(30, 215, 280, 160, "Officer support");
R.push("Officer support");
const offs = [
  ["cressida", "Senior responsible officer"], ["tobias", "Lead officer"], ["ngozi", ""], ["fenella", ""], ["rupert", ""], ["harriet", ""], ["ambrose", "Clerk"],
];
offs.forEach(([k, extra], i) => {
  const o = OFFICERS[k];
  const lines = [o.name, o.post, ...(extra ? [extra] : [])];
  R.push(lines.join(" | "));
  shape(40 + (i % 2) * 135, 234 + Math.floor(i / 2) * 35, 128, 31, lines, { bold: true, size: 6.5, fill: "#f2f2f2", stroke: "#7f7f7f" });
});
// tenant voice panel
const tvpLines = ["Tenant Voice Panel", "22 tenants from 11 councils", `Chair: ${TVP_CHAIR}`];
const tvp = shape(900, 130, 240, 44, tvpLines, { bold: true, kind: "round", fill: "#e2f0d9", stroke: "#548235" });
R.push(tvpLines.join(" | "));
// connectors (drawn after the shapes, as Visio keeps them)
connector([[tg.cx, tg.y], [board.cx, board.b]]);
label("reports to", tg.cx + 28, (tg.y + board.b) / 2);
connector([[tvp.x, tvp.cy], [tg.r, tg.cy]], { dotted: true, color: "#548235" });
label("advises", (tvp.x + tg.r) / 2, tvp.cy - 8);
for (const s of top) connector([[tg.cx, tg.b], [tg.cx, 195], [s.cx, 195], [s.cx, s.y]]);
// annotations, legend, title block
const notes = [
  `Cllr ${P.umberleigh.fore} ${P.umberleigh.sur} (${P.umberleigh.abbr}) stood down on ${P.umberleigh.left}.`,
  `Decisions between meetings: by e-mail, at least ${EMAIL_MIN} members responding (terms of reference, paragraph 14).`,
];
doc.font("I").fontSize(7.5).fillColor(GREY);
notes.forEach((n, i) => { doc.text(n, 150, 490 + i * 13, { lineBreak: false }); R.push(n); });
const legend = ["Legend", "Solid line: reports to", "Dotted line: advises", "Dashed border: named substitute"];
doc.save().lineWidth(0.6).rect(30, 740, 200, 62).stroke("#000000").restore();
legend.forEach((l, i) => doc.font(i ? "R" : "B").fontSize(7).fillColor("#000000").text(l, 38, 746 + i * 13, { lineBreak: false }));
R.push(legend.join(" | "));
titleBlock("Governance (1 of 2)");

// ------------------------------------------------------------------ page 2: Fund process (cross-functional flowchart)
doc.addPage();
R.push("");
const T2 = `Damp Remediation Fund: how a bid is decided (round 1, 2197/98)`;
doc.font("B").fontSize(16).fillColor(BLUE).text(T2, 30, 24, { lineBreak: false });
R.push(T2);
const LANES = ["Bidding council", "Programme team", "Assessment panel", "Chair and Vice-Chair", "Task Group", "Finance"];
const PHASES = ["Bidding (August to October 2197)", "Assessment (October to November 2197)", "Decision (November to December 2197)", "Agreement and payment (from January 2198)"];
const LX = 30, LY = 80, LH = 105, HW = 28, PW = (1160 - LX - HW) / 4;
// phase header row
PHASES.forEach((ph, i) => {
  doc.save().lineWidth(0.6).rect(LX + HW + i * PW, LY - 22, PW, 22).fillAndStroke("#f2f2f2", "#7f7f7f").restore();
  doc.font("B").fontSize(8).fillColor("#000000").text(ph, LX + HW + i * PW, LY - 15, { width: PW, align: "center" });
});
// lanes with their names turned 90°
LANES.forEach((ln, i) => {
  const y = LY + i * LH;
  doc.save().lineWidth(0.6).rect(LX, y, 1160 - LX, LH).stroke("#7f7f7f").rect(LX, y, HW, LH).fillAndStroke(LIGHT, "#7f7f7f").restore();
  doc.save().rotate(-90, { origin: [LX + HW / 2, y + LH / 2] });
  doc.font("B").fontSize(8).fillColor("#000000").text(ln, LX + HW / 2 - LH / 2, y + LH / 2 - 5, { width: LH, align: "center" });
  doc.restore();
});
R.push(PHASES.join(" | "));
R.push(LANES.join(" | "));
const lane = (i) => LY + i * LH;
const col = (j, off = 0) => LX + HW + j * PW + off;
const S = {};
const box = (key, li, cj, off, w, text, o = {}) => (S[key] = shape(col(cj, off), lane(li) + (LH - (o.h ?? 46)) / 2 + (o.dy ?? 0), w, o.h ?? 46, [text], { size: 7.5, ...o }));
box("prospectus", 1, 0, 15, 230, `Publish the prospectus (14/08/2197): ${"£" + ROUND1.toLocaleString("en-GB")}, awards of ${"£" + MIN_AWARD.toLocaleString("en-GB")} to ${"£" + MAX_AWARD.toLocaleString("en-GB")}`, { kind: "round" });
box("bid", 0, 0, 40, 200, "Read the prospectus and submit a bid by 5pm on 24/10/2197");
box("elig", 1, 1, 15, 120, "Eligibility check (5 working days)");
box("score", 2, 1, 15, 150, "Score each bid out of 100: need 30, deliverability 25, tenant involvement 20, value for money 25", { h: 60 });
box("q65", 2, 1, 185, 90, `Score ${THRESHOLD} or more?`, { kind: "diamond", h: 70 });
box("feedback", 1, 2, 20, 140, "Send a feedback letter to the council");
box("q100", 3, 2, 10, 100, `Award over £${CHAIR_LIMIT.toLocaleString("en-GB")}?`, { kind: "diamond", h: 76 });
box("chair", 3, 2, 150, 150, "Chair decides after consulting the Vice-Chair (within 10 working days)", { h: 50 });
box("tg", 4, 2, 10, 150, "Task Group decides at its next meeting (round 1: 13/12/2197)");
box("declare", 4, 2, 170, 100, "Members from a bidding council declare an interest and do not vote on that bid", { h: 56, dash: true });
box("sign", 0, 3, 10, 125, "Sign the grant agreement within 20 working days of the decision");
box("evidence", 0, 3, 148, 118, "Send completion evidence within 12 months");
box("pay60", 5, 3, 5, 84, "Pay 60% when the agreement is signed");
box("pay40", 5, 3, 97, 84, "Pay 40% on completion evidence");
box("claw", 5, 3, 189, 82, "Claw back any grant unspent after 12 months");
const flow = [
  ["prospectus", "bid"], ["bid", "elig"], ["elig", "score"], ["score", "q65"], ["q65", "q100", "Yes"], ["q65", "feedback", "No"], ["elig", "feedback", "Not eligible"],
  ["q100", "tg", "Yes"], ["q100", "chair", "No"], ["tg", "sign"], ["chair", "sign"], ["sign", "pay60"], ["sign", "evidence"], ["evidence", "pay40"], ["pay40", "claw"],
];
for (const [a, b, lab] of flow) {
  const A = S[a], B = S[b];
  const pts = Math.abs(A.cy - B.cy) < 5 ? [[A.r, A.cy], [B.x, B.cy]] : A.r < B.x ? [[A.r, A.cy], [(A.r + B.x) / 2, A.cy], [(A.r + B.x) / 2, B.cy], [B.x, B.cy]] : [[A.cx, A.cy < B.cy ? A.b : A.y], [A.cx, (A.cy + B.cy) / 2], [B.cx, (A.cy + B.cy) / 2], [B.cx, B.cy > A.cy ? B.y : B.b]];
  connector(pts);
  if (lab) label(lab, (pts[0][0] + pts[1][0]) / 2 + 6, (pts[0][1] + pts[1][1]) / 2 - 6);
}
// callout
const fundedN = BIDS.filter((b) => b.award).length;
const callout = `Round 1: ${BIDS.length} bids asking for £${ASKED.toLocaleString("en-GB")}; the panel met on 16/11/2197 and recommends ${fundedN}.`;
doc.save().lineWidth(0.6).rect(col(1, 15), lane(3) + 20, 250, 30).fillAndStroke("#fffde7", "#bf9000").restore();
doc.font("I").fontSize(7.5).fillColor("#000000").text(callout, col(1, 20), lane(3) + 26, { width: 240 });
// rendering of page 2's shapes, in reading order
R.push(S.prospectus && `Publish the prospectus (14/08/2197): £${ROUND1.toLocaleString("en-GB")}, awards of £${MIN_AWARD.toLocaleString("en-GB")} to £${MAX_AWARD.toLocaleString("en-GB")}`);
R.push("Read the prospectus and submit a bid by 5pm on 24/10/2197");
R.push("Eligibility check (5 working days) | Not eligible | Send a feedback letter to the council");
R.push("Score each bid out of 100: need 30, deliverability 25, tenant involvement 20, value for money 25");
R.push(`Score ${THRESHOLD} or more? | Yes | Award over £${CHAIR_LIMIT.toLocaleString("en-GB")}? | No | Send a feedback letter to the council`);
R.push(`Award over £${CHAIR_LIMIT.toLocaleString("en-GB")}? | Yes | Task Group decides at its next meeting (round 1: 13/12/2197) | No | Chair decides after consulting the Vice-Chair (within 10 working days)`);
R.push("Members from a bidding council declare an interest and do not vote on that bid");
R.push("Sign the grant agreement within 20 working days of the decision");
R.push("Pay 60% when the agreement is signed");
R.push("Send completion evidence within 12 months");
R.push("Pay 40% on completion evidence");
R.push("Claw back any grant unspent after 12 months");
R.push(callout);
titleBlock("Fund process (2 of 2)");

doc.end();
await new Promise((r) => out.on("finish", r));
writeFileSync(join(root, "text", basename(DOCS.visio, ".pdf") + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${DOCS.visio}`);
