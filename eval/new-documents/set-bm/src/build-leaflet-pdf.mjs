// Builds docs/wsdptg-members-guide-2251-52-dl-print-ready.pdf and its rendering in text/.
// Layout: A PRINT-READY TRI-FOLD DL LEAFLET EXPORTED FROM INDESIGN ("PDF/X-4" style: Creator "Adobe
// InDesign 19.4 (Windows)", Producer "Adobe PDF Library 17.0"): the Task Group's members' guide of July
// 2251, an A4 landscape sheet folded twice, as it goes to the printer. TWO PAGES, EACH A PRINTED SIDE OF
// THE SHEET WITH ITS THREE PANELS IMPOSED IN FOLDING ORDER: the outside is [panel 5: inside flap "How
// we work"] [panel 6: back "Contact us"] [panel 1: front cover]; the inside is [panel 2 "Who's who"]
// [panel 3 "What we want to achieve"] [panel 4 "Meetings 2251/52"] – so the text layer runs flap, back,
// cover, then the inside, not in reading order. The panels are not equal (the flap is 97 mm, the others
// 100 mm). Each page is the trim (297 x 210 mm) plus 3 mm bleed plus a 15 mm slug area holding
// PRINTER'S MARKS: crop marks at the corners, dashed fold marks, registration targets, colour bars and
// INDESIGN'S PAGE INFORMATION LINE (file name, page number, date and time of export) – in the text layer
// after each page's panels. TrimBox and BleedBox are set on each page. Headings are set in a band of
// colour; labels ("Chair", "Beaches and lifeguards") sit over their values; the decision limits are a
// two-column table; the meeting dates a list.
// The guide is of July 2251: its membership still has Cllr Grimsditch (replaced from 1 November, see the
// minutes) and its meeting list still has Thursday 25 March 2252 (moved to 1 April at minute 11).
// Rendering: the panels in reading order (1 to 6), a heading or paragraph a line, a label and its value
// (or a table row's cells) joined by " | "; the printer's marks and the page information left out.
// Synthetic test fixture: every person, figure and date is invented.
//   node src/build-leaflet-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, BOARD, MEASURES, MEETINGS, PEOPLE, P, OFFICERS as O, LIMITS, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.leaflet;
const BASE = basename(FILE, extname(FILE));
const MM = 72 / 25.4;
const SLUG = 15 * MM, BLEED = 3 * MM;
const TW = 297 * MM, TH = 210 * MM;
const PW = TW + 2 * SLUG, PH = TH + 2 * SLUG;
const X0 = SLUG, Y0 = SLUG;
const TEAL = "#00616B", SAND = "#F2E6C9", INK = "#1F2A30";
const INDD = "WSDPTG_members_guide_DL_2251-52_v6.indd";
const EXPORTED = ["14/07/2251", "10:32:18"];

const doc = new PDFDocument({
  size: [PW, PH], margin: 0, autoFirstPage: false,
  info: { Title: "WSDPTG_members_guide_DL_2251-52_v6", Author: "LGA Design Studio", Creator: "Adobe InDesign 19.4 (Windows)", Producer: "Adobe PDF Library 17.0", Trapped: "False" },
});
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));

// rendering, per panel (filled while drawing, written in reading order)
const R = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };

function page() {
  doc.addPage({ size: [PW, PH], margin: 0 });
  const pt = (mm) => mm * MM;
  // PDF boxes (bottom-left origin): trim and bleed
  doc.page.dictionary.data.TrimBox = [X0, Y0, X0 + TW, Y0 + TH];
  doc.page.dictionary.data.BleedBox = [X0 - BLEED, Y0 - BLEED, X0 + TW + BLEED, Y0 + TH + BLEED];
  void pt;
}

// a panel's writer: x and width in mm from the trim's left edge
function panel(n, leftMm, widthMm, draw) {
  const x = X0 + leftMm * MM, w = widthMm * MM, pad = 8 * MM;
  const ctx = {
    x, w, inner: w - 2 * pad, left: x + pad, y: Y0 + pad,
    band(text, o = {}) {
      // a heading in a band of colour running into the bleed at the top when first on the panel
      const h = (o.size ?? 13) + 12;
      doc.save().rect(x - (o.bleedLeft ? BLEED : 0), ctx.y - 4, w + (o.bleedLeft ? BLEED : 0) + (o.bleedRight ? BLEED : 0), h).fill(TEAL).restore();
      doc.font("b").fontSize(o.size ?? 13).fillColor("white").text(text, ctx.left, ctx.y + 2, { width: ctx.inner, lineBreak: false });
      ctx.y += h + 6;
      R[n].push(text);
    },
    head(text, o = {}) {
      doc.font("b").fontSize(o.size ?? 9.5).fillColor(o.colour ?? TEAL).text(text, ctx.left, ctx.y, { width: ctx.inner });
      ctx.y = doc.y + (o.after ?? 2);
      if (o.render !== false) R[n].push(text);
    },
    para(text, o = {}) {
      doc.font(o.font ?? "r").fontSize(o.size ?? 8.2).fillColor(o.colour ?? INK).text(text, ctx.left + (o.indent ?? 0), ctx.y, { width: ctx.inner - (o.indent ?? 0), lineGap: 1.2 });
      ctx.y = doc.y + (o.after ?? 5);
      if (o.render !== false) R[n].push(text);
    },
    // a label over its value(s): rendered as one line "label | value | value"
    labelled(label, values, o = {}) {
      doc.font("cb").fontSize(7.4).fillColor(TEAL).text(label.toUpperCase() === label ? label : label, ctx.left, ctx.y, { width: ctx.inner });
      ctx.y = doc.y + 0.5;
      for (const [i, v] of values.entries()) {
        doc.font(i === 0 ? "b" : "r").fontSize(i === 0 ? 8.6 : 7.8).fillColor(INK).text(v, ctx.left, ctx.y, { width: ctx.inner });
        ctx.y = doc.y + 0.5;
      }
      ctx.y += o.after ?? 5;
      R[n].push([label, ...values].join(" | "));
    },
    // a two-column row: left cell bold at a fixed width, right cell beside it
    row(a, b, o = {}) {
      const lw = (o.lw ?? 30) * MM;
      const top = ctx.y;
      doc.font("cb").fontSize(8).fillColor(INK).text(a, ctx.left, top, { width: lw - 4 });
      const ya = doc.y;
      doc.font("c").fontSize(8).fillColor(INK).text(b, ctx.left + lw, top, { width: ctx.inner - lw });
      ctx.y = Math.max(ya, doc.y) + 3;
      if (o.rule) doc.save().moveTo(ctx.left, ctx.y - 1.5).lineTo(ctx.left + ctx.inner, ctx.y - 1.5).lineWidth(0.4).strokeColor("#9FBFC2").stroke().restore();
      R[n].push(`${a} | ${b}`);
    },
  };
  draw(ctx);
}

function marks(pageNo) {
  doc.save().lineWidth(0.25).strokeColor("black");
  const off = BLEED + 2 * MM, len = 8 * MM;
  // crop marks at the four trim corners
  for (const [cx, cy, sx, sy] of [[X0, Y0, -1, -1], [X0 + TW, Y0, 1, -1], [X0, Y0 + TH, -1, 1], [X0 + TW, Y0 + TH, 1, 1]]) {
    doc.moveTo(cx + sx * off, cy).lineTo(cx + sx * (off + len), cy).stroke();
    doc.moveTo(cx, cy + sy * off).lineTo(cx, cy + sy * (off + len)).stroke();
  }
  // fold marks (dashed) above and below the trim at the folds
  const folds = pageNo === 1 ? [97, 197] : [100, 200];
  for (const f of folds) for (const [y1, y2] of [[Y0 - off, Y0 - off - len], [Y0 + TH + off, Y0 + TH + off + len]]) doc.moveTo(X0 + f * MM, y1).lineTo(X0 + f * MM, y2).dash(2, { space: 2 }).stroke().undash();
  // registration targets at the middle of each side
  for (const [cx, cy] of [[PW / 2, SLUG / 2], [PW / 2, PH - SLUG / 2], [SLUG / 2, PH / 2], [PW - SLUG / 2, PH / 2]]) {
    doc.circle(cx, cy, 2.6 * MM).stroke();
    doc.moveTo(cx - 4 * MM, cy).lineTo(cx + 4 * MM, cy).stroke();
    doc.moveTo(cx, cy - 4 * MM).lineTo(cx, cy + 4 * MM).stroke();
  }
  doc.restore();
  // colour bars
  const bars = ["#00AEEF", "#EC008C", "#FFF200", "#000000", "#00A651", "#ED1C24", "#2E3192", "#BCBEC0", "#808285", "#414042"];
  bars.forEach((c, i) => doc.save().rect(PW / 2 + 12 * MM + i * 5 * MM, 3 * MM, 5 * MM, 5 * MM).fill(c).restore());
  // InDesign's page information
  doc.font("c").fontSize(6).fillColor("black").text(`${INDD}   ${pageNo}`, X0, PH - SLUG + 6 * MM, { lineBreak: false });
  doc.font("c").fontSize(6).fillColor("black").text(`${EXPORTED[0]}   ${EXPORTED[1]}`, X0 + 80 * MM, PH - SLUG + 6 * MM, { lineBreak: false });
}

const leads = PEOPLE.filter((p) => p.lead && p.role === "Member");
const others = PEOPLE.filter((p) => p.role === "Member" && !p.lead && p.k !== "wyatt").concat([P.grimsditch]);
const subs = PEOPLE.filter((p) => p.role === "Substitute");
const cw = (p) => `${p.group}, ${p.council}`;

// ---------------------------------------------------------------- page 1: the outside (panels 5, 6, 1)
page();
// background: sand on the flap and back, teal cover, into the bleed
doc.save().rect(X0 - BLEED, Y0 - BLEED, 197 * MM + BLEED, TH + 2 * BLEED).fill(SAND).restore();
doc.save().rect(X0 + 197 * MM, Y0 - BLEED, 100 * MM + BLEED, TH + 2 * BLEED).fill(TEAL).restore();

panel(5, 0, 97, (c) => {
  c.band("How we work", { bleedLeft: true });
  c.para(`The Task Group is a member task group of the ${BOARD}. It oversees the Water Safety Plan 2251–53 and the Public Rescue Equipment Fund for the 12 councils in the partnership, and reports to the Board twice a year.`);
  c.head("Quorum");
  c.para("Three members, one of whom must be the Chair or the Vice-Chair.");
  c.head("Taking part online");
  c.para("Members who join a meeting online may speak but cannot vote: the law requires members to be present in the room to vote.");
  c.head("Substitutes");
  c.para("A named substitute may attend in a member's place if the member sends apologies to the clerk before the meeting starts.");
  c.head("Who decides spending from the Public Rescue Equipment Fund");
  c.row(`Up to ${gbp(LIMITS.officer)}`, "The Programme Manager", { rule: true });
  c.row(`${gbp(LIMITS.officer + 1)} to ${gbp(LIMITS.chair)}`, "The Chair, after consulting the Vice-Chair", { rule: true });
  c.row(`Over ${gbp(LIMITS.chair)}`, "The Task Group, at a meeting", { rule: true });
  c.para("Declare any interest at the start of the meeting or as soon as you become aware of it, and ask the clerk if you are unsure.", { size: 7.6 });
});

panel(6, 97, 100, (c) => {
  c.band("Contact us");
  for (const k of ["tobias", "niamh", "marguerite"]) c.labelled(O[k].post, [O[k].name, O[k].phone, O[k].email]);
  c.labelled("Clerk to the Task Group", [O.philomena.name, O.philomena.post, O.philomena.phone, O.philomena.email]);
  c.para("Local Government Association, 18 Smith Square, London SW1P 3HZ", { font: "b", size: 7.8 });
  c.para("This guide is available in large print and Easy Read: ask the clerk.", { size: 7.6 });
  c.para("Published July 2251. Printed on paper from responsibly managed forests.", { size: 7, colour: "#44555C" });
});

panel(1, 197, 100, (c) => {
  c.y = Y0 + 14 * MM;
  c.para("Local Government Association", { font: "b", size: 9, colour: "white", after: 30 * MM });
  doc.font("b").fontSize(21).fillColor("white").text(BODY, c.left, c.y, { width: c.inner, lineGap: 2 });
  c.y = doc.y + 8;
  R[1].push(BODY);
  c.para("Members' guide 2251/52", { font: "b", size: 15, colour: SAND, after: 10 });
  c.para(`A member task group of the ${BOARD}`, { size: 9, colour: "white", after: 40 * MM });
  c.para("Every council area in our partnership free of accidental drowning by 2260.", { font: "b", size: 10, colour: SAND, after: 16 });
  c.para("local.gov.uk/wsdptg", { size: 8.5, colour: "white" });
});
marks(1);

// ---------------------------------------------------------------- page 2: the inside (panels 2, 3, 4)
page();
doc.save().rect(X0 - BLEED, Y0 - BLEED, TW + 2 * BLEED, TH + 2 * BLEED).fill("white").restore();
panel(2, 0, 100, (c) => {
  c.band("Who's who", { bleedLeft: true });
  c.labelled("Chair", [cllr(P.tregaskis), cw(P.tregaskis)], { after: 3 });
  c.labelled("Vice-Chair", [cllr(P.scrope), cw(P.scrope)], { after: 3 });
  c.labelled("Deputy Chair", [cllr(P.killigrew), cw(P.killigrew)], { after: 5 });
  c.head("Lead members", { size: 9 });
  for (const p of leads) c.labelled(p.lead, [`${cllr(p)}, ${cw(p)}`], { after: 2 });
  c.y += 3;
  c.head("Members", { size: 9 });
  for (const p of others) c.para(`${cllr(p)} (${cw(p)})`, { size: 7.4, after: 1.5 });
  c.y += 3;
  c.head("Named substitutes", { size: 9 });
  for (const p of subs) c.para(`${cllr(p)} (${cw(p)})`, { size: 7.4, after: 1.5 });
});
function cllr(p) { return `Cllr ${p.fore} ${p.sur}`; }

panel(3, 100, 100, (c) => {
  c.band("What we want to achieve");
  c.para("By March 2253. The Water Safety Plan 2251–53 has eight measures; we report progress on each to every meeting.", { after: 7 });
  for (const m of MEASURES) {
    const top = c.y;
    doc.font("cb").fontSize(8.4).fillColor(TEAL).text(m.ref, c.left, top, { width: 14 * MM });
    doc.font("c").fontSize(8.2).fillColor(INK).text(m.guide, c.left + 15 * MM, top, { width: c.inner - 15 * MM, lineGap: 1 });
    c.y = Math.max(doc.y, top + 10) + 6;
    R[3].push(`${m.ref} | ${m.guide}`);
  }
});

panel(4, 200, 97, (c) => {
  c.band("Meetings 2251/52", { bleedRight: true });
  c.para(`All meetings start at 10:30 in ${"Room 2.4, 18 Smith Square, London SW1P 3HZ"}, and are streamed at local.gov.uk/wsdptg-live.`);
  for (const m of MEETINGS) {
    doc.save().circle(c.left + 3, c.y + 4.5, 2.2).fill(TEAL).restore();
    doc.font("b").fontSize(9).fillColor(INK).text(m.date, c.left + 10, c.y, { width: c.inner - 10 });
    c.y = doc.y + 5;
    R[4].push(m.date);
  }
  c.y += 4;
  c.labelled("Member and partner workshop", ["January 2252, online (date to be confirmed)"]);
  c.para("Papers are published five clear working days before each meeting at local.gov.uk/wsdptg. Agendas, reports and minutes are also on the LGA's meetings app.");
  c.head("Can I watch?");
  c.para("Yes. Meetings are open to the public, except for any item whose report is exempt from publication.");
});
marks(2);
doc.end();

const rendering = [1, 2, 3, 4, 5, 6].flatMap((n) => R[n]);
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${rendering.length} lines)`);
