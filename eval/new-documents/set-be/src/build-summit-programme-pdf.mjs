// Builds docs/safer-skin-summit-programme-2184-10-21.pdf and its rendering in text/.
// Layout: AN EVENT PROGRAMME SET AS A TIMETABLE GRID, designed in Microsoft Publisher and saved as PDF
// (pdfkit, A4 landscape, two pages, DejaVu Sans; Creator and Producer "Microsoft® Publisher for Microsoft
// 365"): a coloured title band (event, strapline, date and venue, who hosts it), then A GRID OF TIME
// SLOTS DOWN AND ROOMS ACROSS (Great Hall | Mayor's Parlour | Court Room): plenary sessions, breaks and
// lunch are ONE CELL SPANNING THE THREE ROOM COLUMNS, the room named only in small type inside the cell;
// the two workshop slots are three cells side by side, a session's code and title in bold over its
// speakers; session marks († CPD, * room change) explained only in footnotes under the grid; a
// "Changes since version 3" line. As Publisher writes text boxes in the order they were made, THE TIME
// COLUMN IS DRAWN AFTER EVERY SESSION CELL (so a text reader meets all the sessions, then all the times),
// and the version box at the top right is drawn last of all. Page 2: "About the sessions" in two
// columns, a "Getting there" box and an "On the day" box. A footer on each page.
// Rendering: the title band's lines, the grid's header row and then each time slot as a row – its time
// and its cells joined by " | " (a spanning cell once) – the footnotes and the changes line, the version
// box; page 2's headings and paragraphs in reading order (left column, then right); footers left out.
// Synthetic test fixture: every person, session and place is invented.
//   node src/build-summit-programme-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, HOST, M, OFFICERS as O, GUESTS as G } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.summit;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28, ML = 30, MR = 30;
const W = PW - ML - MR;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: "Safer Skin Summit 2184 programme v4", Author: O.tamsin.name, Creator: "Microsoft® Publisher for Microsoft 365", Producer: "Microsoft® Publisher for Microsoft 365" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const out = [];
const INK = "#1E1E28", TEAL = "#0E6E73", PALE = "#E3F1F1", BREAK = "#F3EFE6";

// ---------------------------------------------------------------- the grid's content
const ROOMS = ["Great Hall", "Mayor's Parlour", "Court Room"];
const S = (title, who, room) => ({ title, who, room });
const slots = [
  { time: "08.45–09.30", span: S("Registration, coffee and exhibition", "", "Foyer"), fill: BREAK },
  { time: "09.30–09.45", span: S("Welcome", `${M.achterhoff.name}, Chair, ${BODY}`, "Great Hall") },
  { time: "09.45–10.30", span: S("Keynote: What the complications data tell us †", `${G.vardy.name}, ${G.vardy.org}`, "Great Hall") },
  { time: "10.30–10.45", span: S("Break", "", "Foyer"), fill: BREAK },
  { time: "10.45–12.00", cells: [
    S("W1 Inside the studio: an infection control inspection †", `${O.ravindra.name}, ${O.ravindra.org}, with ${M.trevallion.name}, ${M.trevallion.council}`),
    S("W2 Injectables sold online: finding unlicensed sellers", `${O.kwabena.name}, Marchbourne Trading Standards`),
    S("W3 Ink sampling: what the lab found †", `${G.sorensen.name}, ${G.sorensen.org}`),
  ] },
  { time: "12.00–12.45", span: S("Lunch and exhibition", "", "Foyer"), fill: BREAK },
  { time: "12.45–13.30", span: S("Panel: Year two of licensing – what needs to change?", `Chair: ${M.quilliam.name}, Vice-Chair of the Task Group. Panel: ${M.morvan.name}, ${M.morvan.council}; ${M.pengethly.name}, ${M.pengethly.council}; ${G.brightling.name}, ${G.brightling.org}`, "Great Hall") },
  { time: "13.30–14.45", cells: [
    S("W4 Age checks: the under-18 rule in practice", `${G.marchbeck.name}, ${G.marchbeck.post}, ${G.marchbeck.org}`),
    S("W5 Complications: the NHS pathway and how to report one † *", `${M.morvan.name}, ${M.morvan.council}, and ${G.nyambura.name}, ${G.nyambura.post}, ${G.nyambura.org}`),
    S("W3 (repeat) Ink sampling: what the lab found †", `${G.sorensen.name}, ${G.sorensen.org}`),
  ] },
  { time: "14.45–15.00", span: S("Break", "", "Foyer"), fill: BREAK },
  { time: "15.00–15.45", span: S("Case study: a prosecution under the licensing scheme †", `${O.philippa.name}, ${O.philippa.post}, ${HOST}, and ${O.ravindra.name}`, "Great Hall") },
  { time: "15.45–16.15", span: S("Next steps and close", `${O.cordelia.name}, ${O.cordelia.post}, ${HOST}`, "Great Hall") },
  { time: "16.15", span: S("Summit closes", "", ""), fill: BREAK },
];
const cellText = (s) => [s.title, s.who, s.room].filter(Boolean).join(" ");

function footer(n) {
  doc.font("r").fontSize(7).fillColor("#666666").text(`Safer Skin Summit 2184 · Programme v4 · Page ${n} of 2`, ML, PH - 18, { width: W, align: "center", lineBreak: false });
}

// ---------------------------------------------------------------- page 1
doc.addPage({ size: [PW, PH], margin: 0 });
doc.rect(0, 0, PW, 92).fillColor(TEAL).fill();
const title = "Safer Skin Summit 2184";
const strap = "Licensing, inspecting and protecting: the second year of special treatments licensing in Marchbourne";
const when = "Thursday 21 October 2184 · Harnley Moot Hall, Market Place, Harnley";
const hosts = `Hosted by the ${BODY} and ${HOST} Public Health`;
doc.font("b").fontSize(25).fillColor("#FFFFFF").text(title, ML, 14, { lineBreak: false });
doc.font("r").fontSize(10.5).text(strap, ML, 46, { width: 560, lineBreak: false });
doc.font("b").fontSize(10.5).text(when, ML, 62, { width: 560, lineBreak: false });
doc.font("i").fontSize(8).text(hosts, ML, 77, { width: 560, lineBreak: false });
out.push(title, strap, when, hosts);

const top = 102, TW = 74, CW = (W - TW) / 3, HEAD = 18;
doc.rect(ML, top, W, HEAD).fillColor(PALE).fill();
doc.font("b").fontSize(8.5).fillColor(INK).text("Time", ML + 4, top + 5, { width: TW - 8, lineBreak: false });
ROOMS.forEach((r, i) => doc.font("b").fontSize(8.5).text(r, ML + TW + i * CW + 5, top + 5, { width: CW - 10, lineBreak: false }));
out.push(["Time", ...ROOMS].join(" | "));

// measure rows
const pad = 4;
function cellHeight(s, width) {
  doc.font("cb").fontSize(7.6);
  let h = doc.heightOfString(s.title, { width, lineGap: 0.3 });
  if (s.who) { doc.font("c").fontSize(7.1); h += 1.5 + doc.heightOfString(s.who, { width, lineGap: 0.3 }); }
  return h + 2 * pad;
}
let y = top + HEAD;
const rows = [];
for (const sl of slots) {
  let h;
  if (sl.span) h = Math.max(17, cellHeight(sl.span, W - TW - 80));
  else h = Math.max(...sl.cells.map((c) => cellHeight(c, CW - 10)));
  rows.push({ ...sl, y, h });
  y += h;
}
if (y > PH - 78) throw new Error("grid too tall: " + y);
// fills and rules first (the background layer)
for (const r of rows) if (r.fill) doc.rect(ML + TW, r.y, W - TW, r.h).fillColor(r.fill).fill();
doc.lineWidth(0.5).strokeColor("#9BBFC1");
for (const r of rows) doc.moveTo(ML, r.y).lineTo(ML + W, r.y).stroke();
doc.moveTo(ML, y).lineTo(ML + W, y).stroke();
doc.moveTo(ML, top).lineTo(ML, y).stroke().moveTo(ML + W, top).lineTo(ML + W, y).stroke().moveTo(ML + TW, top).lineTo(ML + TW, y).stroke();
for (const r of rows) if (r.cells) for (let i = 1; i < 3; i++) doc.moveTo(ML + TW + i * CW, r.y).lineTo(ML + TW + i * CW, r.y + r.h).stroke();
for (let i = 1; i < 3; i++) doc.moveTo(ML + TW + i * CW, top).lineTo(ML + TW + i * CW, top + HEAD).stroke();
// session text boxes, row by row
function drawCell(s, x, yy, width, roomRight) {
  doc.font("cb").fontSize(7.6).fillColor(INK).text(s.title, x, yy + pad, { width, lineGap: 0.3 });
  if (s.who) doc.font("c").fontSize(7.1).fillColor("#333333").text(s.who, x, doc.y + 1.5, { width, lineGap: 0.3 });
  if (s.room && roomRight) doc.font("i").fontSize(6.8).fillColor(TEAL).text(s.room, roomRight - 70, yy + pad, { width: 66, align: "right", lineBreak: false });
}
for (const r of rows) {
  if (r.span) drawCell(r.span, ML + TW + 5, r.y, W - TW - 90, ML + W);
  else r.cells.forEach((c, i) => drawCell(c, ML + TW + i * CW + 5, r.y, CW - 10, null));
}
// the time column, made last
for (const r of rows) doc.font("b").fontSize(8).fillColor(TEAL).text(r.time, ML + 4, r.y + pad, { width: TW - 8, lineBreak: false });
for (const r of rows) out.push([r.time, ...(r.span ? [cellText(r.span)] : r.cells.map(cellText))].join(" | "));
// footnotes
const notes = [
  "† Counts for one hour of continuing professional development (CPD) for licensing officers: sign the CPD sheet at the session.",
  "* Room change: W5 has moved from the Court Room to the Mayor's Parlour.",
  "Changes since version 3: W5 moves to the Mayor's Parlour; W3 runs a second time at 13.30 in the Court Room; the panel starts at 12.45, not 13.00.",
];
let fy = y + 7;
for (const n of notes) { doc.font("r").fontSize(7.2).fillColor(INK).text(n, ML, fy, { width: W, lineBreak: false }); fy += 10.5; out.push(n); }
// the version box, made last
const ver = ["Programme – version 4", "Printed 8 October 2184", "#SaferSkin84"];
doc.rect(PW - MR - 150, 14, 150, 50).fillColor("#FFFFFF").fill();
ver.forEach((v, i) => doc.font(i ? "r" : "b").fontSize(i ? 8 : 9.5).fillColor(TEAL).text(v, PW - MR - 144, 20 + i * 14, { width: 138, lineBreak: false }));
out.push(...ver);
footer(1);

// ---------------------------------------------------------------- page 2
doc.addPage({ size: [PW, PH], margin: 0 });
doc.rect(0, 0, PW, 40).fillColor(TEAL).fill();
doc.font("b").fontSize(16).fillColor("#FFFFFF").text("About the sessions", ML, 12, { lineBreak: false });
out.push("About the sessions");
const about = [
  ["Keynote – What the complications data tell us", `${G.vardy.name} sets the Marchbourne figures beside national studies of harm from non-surgical cosmetic procedures, and asks what the complications reporting pathway should collect next.`],
  ["W1 – Inside the studio", "A walk-through of an infection control inspection of a tattoo studio, from the inspector's side and from the studio owner's."],
  ["W2 – Injectables sold online", "How trading standards officers find sellers of unlicensed botulinum toxin and dermal fillers on social media and online marketplaces, and what the law lets them do."],
  ["W3 – Ink sampling", "The first results of the ink and product sampling programme: what was tested, what failed and why. Run twice because of demand."],
  ["W4 – Age checks", "Why under-18s may not be tattooed, how test purchases with young volunteers work and what counts as proof of age."],
  ["W5 – Complications", "How the complications reporting pathway works, who to call when a client is harmed and what happens to a report."],
  ["Panel – Year two of licensing", "Members, practitioners and health protection on what the scheme should change in its second year, including the licence fees."],
  ["Case study", "How the first prosecution under the scheme was brought, from the first complaint to the court's decision."],
];
const colW = (W - 30) / 2;
let x = ML, yy = 56;
for (const [h, p] of about) {
  doc.font("b").fontSize(9.5);
  const hh = doc.heightOfString(h, { width: colW });
  doc.font("r").fontSize(8.8);
  const ph = doc.heightOfString(p, { width: colW, lineGap: 1 });
  if (yy + hh + ph > PH - 40 && x === ML) { x = ML + colW + 30; yy = 56; }
  doc.font("b").fontSize(9.5).fillColor(TEAL).text(h, x, yy, { width: colW });
  doc.font("r").fontSize(8.8).fillColor(INK).text(p, x, doc.y + 2, { width: colW, lineGap: 1 });
  yy = doc.y + 10;
  out.push(h, p);
}
// boxes in the right column, under the text
const boxes = [
  ["Getting there", ["Harnley Moot Hall is on Market Place, a five-minute walk from Harnley station. There is no parking at the Hall: please use the Chandlers Yard car park (pay and display).", "The Great Hall and the Court Room are on the ground floor; the Mayor's Parlour is on the first floor, with a lift."]],
  ["On the day", [`Questions on the day: ${O.tamsin.name}, ${O.tamsin.post}, ${O.tamsin.phone}.`, "Wi-Fi: MootHall-Guest (no password).", "Lunch is included: please tell us about dietary needs by 14 October 2184."]],
];
if (x === ML) { x = ML + colW + 30; yy = 56; }
for (const [h, ps] of boxes) {
  doc.font("r").fontSize(8.6);
  const bh = 22 + ps.reduce((t, p) => t + doc.heightOfString(p, { width: colW - 16, lineGap: 1 }) + 4, 0);
  doc.rect(x, yy, colW, bh).fillColor(PALE).fill();
  doc.font("b").fontSize(9.5).fillColor(TEAL).text(h, x + 8, yy + 6, { width: colW - 16 });
  out.push(h);
  let py = doc.y + 3;
  for (const p of ps) { doc.font("r").fontSize(8.6).fillColor(INK).text(p, x + 8, py, { width: colW - 16, lineGap: 1 }); py = doc.y + 4; out.push(p); }
  yy += bh + 10;
}
if (yy > PH - 30) throw new Error("page 2 overflows");
footer(2);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (2 pages) and text/${BASE}.txt (${out.length} lines)`);
