// Builds docs/pptg-seating-plan-2327-12-08-v2.pdf and its rendering in text/.
// Layout: A SEATING PLAN DRAWN IN POWERPOINT AND SAVED AS PDF (Creator "Microsoft® PowerPoint® for
// Microsoft 365"), one landscape A4 slide, as Democratic Services circulate one before a meeting: the
// room as a horseshoe of tables – a top table (clerk, Vice-Chair, Chair, two officers), a left and a right
// arm of members' seats and an officers' and presenters' table in the open end – each seat a box holding
// its MICROPHONE NUMBER ("Mic 12"), a name, a council or post and a ROLE CODE ("C", "VC", "LM", "M", "S",
// "O"); THE SEATS ON THE TWO ARMS ARE TEXT BOXES TURNED A QUARTER TURN (reading up the page on the left,
// down it on the right), as they sit along the arms; screen, public seating, press, camera and fire exit
// as labelled shapes. The text is in the slide's drawing order (shapes in the order they were added),
// not in reading order. A side panel: "Membership 2327/28" (a member a line: name, council, group code,
// role code, the lead members' portfolios in brackets after "LM"), "Named substitutes", "Apologies for
// this meeting" (with who substitutes), THE KEY THAT ALONE SAYS WHAT THE CODES MEAN, notes, and a footer
// giving the version ("Version 2 …, replaces version 1 of 1 December") and who to contact.
// Rendering: the text boxes in drawing order, a box's lines joined by " | " on one line (a seat: mic,
// name, council or post, codes); the panel a line each.
// Synthetic test fixture: every person and council is invented.
//   node src/build-seating-plan-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, ROOM, OFFICERS as O, EXTERNAL, P, cllr, MEMBERS, SUBS, DEC } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.seating;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, info: { Title: "PPTG seating plan 8 December 2327", Author: O.fairlamb.name, Creator: "Microsoft® PowerPoint® for Microsoft 365", Producer: "Microsoft® PowerPoint® for Microsoft 365" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const out = [];

// a text box: lines drawn one after another inside (x, y, w); rot: 0, -90 (reads up) or 90 (reads down)
const box = (x, y, w, h, lines, o = {}) => {
  if (o.fill || o.stroke !== false) {
    doc.save().lineWidth(0.6).rect(x, y, w, h);
    if (o.fill) doc.fillAndStroke(o.fill, o.strokeColor ?? "#7F7F7F"); else doc.stroke(o.strokeColor ?? "#7F7F7F");
    doc.restore();
  }
  doc.save();
  let tw = w - 6;
  if (o.rot === -90) { doc.rotate(-90, { origin: [x, y + h] }); doc.translate(x, y + h); tw = h - 6; }
  else if (o.rot === 90) { doc.rotate(90, { origin: [x + w, y] }); doc.translate(x + w, y); tw = h - 6; }
  else doc.translate(x, y);
  let ty = 3;
  for (const [i, l] of lines.entries()) {
    const st = o.styles?.[i] ?? {};
    doc.font(st.b ? "b" : "r").fontSize(st.size ?? o.size ?? 6.5).fillColor(st.color ?? "#000000");
    doc.text(l, 3, ty, { width: tw, align: o.align ?? "center", lineGap: 0 });
    ty = doc.y + 0.5;
  }
  doc.restore();
  out.push(lines.join(" | "));
};
const seatLines = (s) => {
  if (P[s.k]) {
    const p = P[s.k];
    return [`Mic ${s.mic}`, cllr(s.k), p.council, `${p.g} · ${p.code}${p.code === "S" ? ` (for ${cllr(DEC.sub.for)})` : ""}`];
  }
  if (O[s.k]) return [`Mic ${s.mic}`, O[s.k].name, s.label ?? O[s.k].post, "O"];
  const e = EXTERNAL[s.k];
  return [`Mic ${s.mic}`, e.name, e.post, s.label];
};
const SEAT = { styles: [{ size: 6, color: "#595959" }, { b: true, size: 7 }, { size: 6 }, { b: true, size: 6.5, color: "#1F4E79" }] };
const seat = (mic, x, y, w, h, o = {}) => box(x, y, w, h, seatLines(DEC.seats.find((s) => s.mic === mic)), { ...SEAT, fill: o.fill ?? "#FFFFFF", rot: o.rot });

// ---------------------------------------------------------------- the slide, in drawing order
box(24, 16, 520, 22, [`${BODY} – seating plan`], { stroke: false, align: "left", styles: [{ b: true, size: 15 }] });
box(24, 38, 520, 14, [`Thursday 8 December 2327, 10:30 – ${ROOM}`], { stroke: false, align: "left", styles: [{ size: 9 }] });
doc.save().lineWidth(1.2).rect(24, 62, 526, 500).stroke("#404040").restore();
box(205, 68, 150, 14, ["Screen"], { fill: "#D9D9D9", styles: [{ b: true, size: 7 }] });
box(470, 68, 74, 22, ["Webcast camera"], { fill: "#EDEDED", styles: [{ size: 6.5 }] });
doc.save().rect(112, 96, 336, 62).fill("#DEEBF7").restore();
// top table, left to right: mics 3, 2, 1, 4, 5
[3, 2, 1, 4, 5].forEach((mic, i) => seat(mic, 116 + i * 66.4, 100, 62, 54, { fill: mic === 1 ? "#FFF2CC" : "#FFFFFF" }));
// left arm, top to bottom: mics 6 to 10, text turned to read up the page
doc.save().rect(50, 172, 78, 330).fill("#DEEBF7").restore();
[6, 7, 8, 9, 10].forEach((mic, i) => seat(mic, 54, 176 + i * 64.5, 70, 60.5, { rot: -90 }));
// right arm, top to bottom: mics 11 to 14, text turned to read down the page
doc.save().rect(432, 172, 78, 264).fill("#DEEBF7").restore();
[11, 12, 13, 14].forEach((mic, i) => seat(mic, 436, 176 + i * 64.5, 70, 60.5, { rot: 90 }));
// officers' and presenters' table in the open end
box(196, 392, 168, 12, ["Officers and presenters"], { stroke: false, styles: [{ b: true, size: 6.5, color: "#404040" }] });
doc.save().rect(196, 404, 168, 62).fill("#E2EFDA").restore();
[15, 16].forEach((mic, i) => seat(mic, 200 + i * 82, 408, 78, 54));
box(150, 488, 250, 30, ["Public seating (24 seats; hearing loop in the front row)"], { fill: "#F2F2F2", styles: [{ size: 7 }] });
box(420, 488, 90, 30, ["Press"], { fill: "#F2F2F2", styles: [{ size: 7 }] });
box(30, 532, 110, 22, ["Fire exit → assembly point: Smith Square gardens"], { fill: "#E2F0D9", styles: [{ size: 6 }] });

// ---------------------------------------------------------------- side panel
const X = 566, W = 256;
let y = 62;
const pline = (t, o = {}) => {
  doc.font(o.b ? "b" : "r").fontSize(o.size ?? 7).fillColor(o.color ?? "#000000");
  doc.text(t, X, y, { width: W, lineGap: 0 });
  y = doc.y + (o.after ?? 1.2);
  out.push(t);
};
const prow = (cells, widths) => {
  doc.font("r").fontSize(6.8).fillColor("#000000");
  let x = X, h = 0;
  cells.forEach((c, i) => { doc.text(c, x, y, { width: widths[i] - 3, lineGap: 0 }); h = Math.max(h, doc.y - y); x += widths[i]; });
  y += h + 1.5;
  out.push(cells.join(" | "));
};
doc.save().rect(X - 6, 56, W + 12, 500).fill("#F7F9FC").restore();
pline("Membership 2327/28", { b: true, size: 9, after: 3 });
const WID = [92, 62, 24, 78];
for (const p of MEMBERS) prow([cllr(p.k), p.town, p.g, p.code + (p.lead ? ` (${p.lead})` : "")], WID);
y += 4;
pline("Named substitutes", { b: true, size: 8, after: 2 });
for (const p of SUBS) prow([cllr(p.k), p.town, p.g, p.code], WID);
y += 4;
pline("Apologies for this meeting", { b: true, size: 8, after: 2 });
pline(`${cllr("eddowes")} (DC) – ${cllr("okorafor")} substitutes`);
pline(`${cllr("ackrill")} – no substitute`);
y += 4;
pline("Key", { b: true, size: 8, after: 2 });
pline("C Chair · VC Vice-Chair · DC Deputy Chair · LM Lead member · M Member · S Substitute · O Officer");
pline("Con Conservative · Lab Labour · LD Liberal Democrat · Grn Green Party · Ind Independent");
y += 4;
pline("Notes", { b: true, size: 8, after: 2 });
pline(`${cllr("rudgewick")} replaced ${cllr("limbrick")} on the Task Group from 1 September 2327.`);
pline("Members: press the request-to-speak button on your microphone and wait for the Chair to call you. The meeting is webcast.");
pline(`Item 6 (exemption surveys in Ostwick) is presented by ${EXTERNAL.drever.name}, Mic 16.`);
y = 520;
pline(`${DEC.version} – replaces version 1 of ${DEC.v1} (${cllr("eddowes")} has since sent apologies).`, { size: 6.5, color: "#404040" });
pline(`Democratic Services: ${O.fairlamb.name}, ${O.fairlamb.phone}`, { size: 6.5, color: "#404040" });
doc.end();

writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE}`);
