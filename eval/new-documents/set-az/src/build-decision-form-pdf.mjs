// Builds docs/ehtg-ud-2131-04-decision-record-form.pdf and its rendering in text/.
// Layout: A FILLABLE PDF FORM, COMPLETED AND SAVED WITHOUT FLATTENING, as Acrobat Reader saves a filled-in
// form (pdfkit for the page, the AcroForm written by this builder; A4 portrait, two pages, DejaVu Sans for
// the printed form, Helvetica for the fields). The form "DR2 – Record of a decision taken between
// meetings" is printed on the page: its title, guidance, eight numbered section bars, every field's
// LABEL, the empty grey boxes and the "Yes" / "No" beside each check box. EVERYTHING THAT WAS TYPED INTO
// IT – THE DECISION REFERENCE, THE DECISION ITSELF, THE REASONS, WHO WAS CONSULTED, THE SUMS, THE DATES,
// THE NAMES IN THE SIGNATURE BOXES – EXISTS ONLY IN THE FORM FIELDS: text fields (/FT /Tx) whose value
// (/V) is drawn by each widget's own appearance stream (/AP /N, "/Tx BMC … EMC", Helvetica, multi-line
// fields wrapped and shrunk to fit as Acrobat's auto font size does), CHECK BOXES (/FT /Btn, /V and /AS
// /Yes or /Off, a drawn tick in the /Yes appearance), a DROP-DOWN (/FT /Ch, combo, its options in /Opt,
// the chosen one in /V) and two "signature" text fields typed in an oblique face. Field names are the
// ones Acrobat's form wizard gave them ("Decision reference", "Text12", "Check Box3", "Dropdown1"); each
// has its label as tool tip (/TU). The page content holds no field value at all, so text extraction of the
// pages alone reads an empty form. A "Clear form" push button sits at the top right. A footer "DR2 v4.1 –
// Record of a decision taken between meetings – Page n of 2" on each page.
// Rendering: the form as a reader sees it filled in: the printed text in reading order, a field as
// "Label | value" on one line (two fields on one row as four cells), a check box pair as "☐ Yes ☒ No",
// a multi-line value's paragraphs a line each under its label; the footer and the button left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-decision-form-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, OFFICERS as O, P, cllr, full, ASKED, AWARD13, LIMIT_NOW, RESERVE_NOV, RESERVE_AFTER, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.form;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89, ML = 42, MR = 42, W = PW - ML - MR;
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "DR2 Record of a decision taken between meetings", Author: "Democratic Services", Creator: "Acrobat PDFMaker 24 for Word", Producer: "Adobe PDF Library 24.2.159", ModDate: new Date("2131-11-07T14:58:00Z") } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("i", join(FONTS, "DejaVuSans-Oblique.ttf"));
const INK = "#1A1A1A", BAR = "#1F3864", BOX = "#DCE6F2", EDGE = "#8EA9C8";
const out = [];
let y = 0, page = 0;

// ------------------------------------------------------------------ the AcroForm, written by hand
doc.font("Helvetica");
const HELV = doc._font.ref();
doc.font("Helvetica-Oblique");
const HEOB = doc._font.ref();
doc.font("r");
const fields = [];
doc._acroform = { fonts: {}, defaultFont: "Helv" };
doc._root.data.AcroForm = doc.ref({ Fields: fields, DA: new String("/Helv 0 Tf 0 g"), DR: { Font: { Helv: HELV, HeOb: HEOB } } });
const WINANSI = { "£": 0xa3, "–": 0x96, "—": 0x97, "’": 0x92, "‘": 0x91, "“": 0x93, "”": 0x94, "é": 0xe9, "ø": 0xf8, "…": 0x85 };
const pdfStr = (s) => "(" + [...s].map((c) => {
  if (c === "(" || c === ")" || c === "\\") return "\\" + c;
  const code = WINANSI[c] ?? c.charCodeAt(0);
  if (code > 126) return "\\" + code.toString(8).padStart(3, "0");
  return c;
}).join("") + ")";
const widthOf = (s, font, size) => { doc.font(font).fontSize(size); const w = doc.widthOfString(s); doc.font("r"); return w; };
const wrap = (text, font, size, width) => {
  const lines = [];
  for (const para of text.split("\r")) {
    let cur = "";
    for (const word of para.split(" ")) {
      const t = cur ? cur + " " + word : word;
      if (widthOf(t, font, size) > width && cur) { lines.push(cur); cur = word; } else cur = t;
    }
    lines.push(cur);
  }
  return lines;
};
const stream = (w, h, content, fonts = {}) => {
  const r = doc.ref({ Type: "XObject", Subtype: "Form", BBox: [0, 0, w, h], Resources: { Font: fonts } });
  r.end(content);
  return r;
};
// a text field: value drawn by its own appearance stream, auto-sized to fit (from 9 pt down to 6 pt)
function textField(name, label, x, yy, w, h, value, o = {}) {
  const multi = !!o.multi, font = o.oblique ? "Helvetica-Oblique" : "Helvetica", res = o.oblique ? "HeOb" : "Helv";
  let size = o.size ?? 9, lines;
  for (;;) {
    lines = multi ? wrap(value, font, size, w - 6) : [value];
    if (!multi || lines.length * size * 1.16 <= h - 4 || size <= 6) break;
    size -= 0.5;
  }
  let c = "/Tx BMC\nq\n1 1 " + (w - 2).toFixed(2) + " " + (h - 2).toFixed(2) + " re W n\nBT\n/" + res + " " + size + " Tf 0 g\n";
  if (value) {
    const lead = size * 1.16;
    const first = multi ? h - 2 - size : (h - size) / 2 + size * 0.22;
    c += `${size * 1.16} TL\n3 ${first.toFixed(2)} Td\n` + lines.map((l, i) => (i ? "T* " : "") + pdfStr(l) + " Tj").join("\n") + "\n";
    void lead;
  }
  c += "ET\nQ\nEMC\n";
  const ap = stream(w, h, c, { [res]: o.oblique ? HEOB : HELV });
  const dict = { FT: "Tx", T: new String(name), TU: new String(label), V: new String(value), DA: new String(`/${res} ${o.auto === false ? size : 0} Tf 0 g`), Subtype: "Widget", F: 4, MK: { BG: [0.863, 0.902, 0.949], BC: [0.557, 0.663, 0.784] }, AP: { N: ap } };
  if (multi) dict.Ff = 4096;
  doc.annotate(x, yy, w, h, dict);
  fields.push(doc.page.annotations[doc.page.annotations.length - 1]);
}
function checkBox(name, label, x, yy, on) {
  const s = 9;
  const yes = stream(s, s, `q\n0 g\n1.2 w\n1.8 4.6 m 3.8 2.2 l 7.4 7.2 l S\nQ\n`);
  const off = stream(s, s, "");
  doc.annotate(x, yy, s, s, { FT: "Btn", T: new String(name), TU: new String(label), V: on ? "Yes" : "Off", AS: on ? "Yes" : "Off", Subtype: "Widget", F: 4, MK: { BC: [0, 0, 0], CA: new String("4") }, DA: new String("/ZaDb 0 Tf 0 g"), AP: { N: { Yes: yes, Off: off } } });
  fields.push(doc.page.annotations[doc.page.annotations.length - 1]);
}
function comboBox(name, label, x, yy, w, h, options, value) {
  const size = 9;
  const c = `/Tx BMC\nq\n1 1 ${(w - 2).toFixed(2)} ${(h - 2).toFixed(2)} re W n\nBT\n/Helv ${size} Tf 0 g\n3 ${((h - size) / 2 + size * 0.22).toFixed(2)} Td\n${pdfStr(value)} Tj\nET\nQ\nEMC\n`;
  const ap = stream(w, h, c, { Helv: HELV });
  doc.annotate(x, yy, w, h, { FT: "Ch", Ff: 131072, T: new String(name), TU: new String(label), Opt: options.map((o) => new String(o)), V: new String(value), DA: new String("/Helv 0 Tf 0 g"), Subtype: "Widget", F: 4, MK: { BG: [0.863, 0.902, 0.949], BC: [0.557, 0.663, 0.784] }, AP: { N: ap } });
  fields.push(doc.page.annotations[doc.page.annotations.length - 1]);
}
function pushButton(name, caption, x, yy, w, h) {
  const c = `q\n0.85 g\n0 0 ${w} ${h} re f\n0.4 G\n0.5 0.5 ${w - 1} ${h - 1} re S\nQ\nBT\n/Helv 8 Tf 0 g\n${((w - widthOf(caption, "Helvetica", 8)) / 2).toFixed(2)} ${(h / 2 - 2.8).toFixed(2)} Td\n${pdfStr(caption)} Tj\nET\n`;
  const ap = stream(w, h, c, { Helv: HELV });
  doc.annotate(x, yy, w, h, { FT: "Btn", Ff: 65536, T: new String(name), Subtype: "Widget", F: 0, MK: { CA: new String(caption), BG: [0.85, 0.85, 0.85] }, DA: new String("/Helv 8 Tf 0 g"), A: { S: "ResetForm" }, AP: { N: ap } });
  fields.push(doc.page.annotations[doc.page.annotations.length - 1]);
}

// ------------------------------------------------------------------ the printed form
const text = (s, x, yy, font, size, width, o = {}) => doc.font(font).fontSize(size).fillColor(o.color ?? INK).text(s, x, yy, { width, lineGap: 1.5, align: o.align ?? "left" });
const hOf = (s, font, size, width) => doc.font(font).fontSize(size).heightOfString(s, { width, lineGap: 1.5 });
function newPage() {
  doc.addPage({ size: "A4", margin: 0 });
  page++;
  y = 44;
}
function footer(n, total) {
  text(`DR2 v4.1 – Record of a decision taken between meetings – Page ${n} of ${total}`, ML, PH - 34, "r", 7, W, { align: "center", color: "#666666" });
}
function bar(title) {
  y += 6;
  doc.rect(ML, y, W, 17).fill(BAR);
  text(title, ML + 6, y + 3.5, "b", 9.5, W - 12, { color: "#FFFFFF" });
  y += 23;
  out.push(title);
}
const LW = 168; // label column
const box = (x, yy, w, h) => { doc.rect(x, yy, w, h).fillAndStroke(BOX, EDGE); doc.fillColor(INK); };
// one field on a row: label at the left, the box and field at the right
function row(name, label, value, h = 18, o = {}) {
  const lh = hOf(label, "r", 8.5, LW - 8);
  const hh = Math.max(h, lh + 4);
  text(label, ML, y + 3, "r", 8.5, LW - 8);
  box(ML + LW, y, W - LW, hh);
  textField(name, label, ML + LW, y, W - LW, hh, value, o);
  y += hh + 6;
  if (o.multi && !o.one) { out.push(label); for (const p of value.split("\r")) if (p) out.push(p); }
  else out.push(`${label} | ${value}`);
}
// two fields on a row
function row2(n1, l1, v1, n2, l2, v2, o = {}) {
  const w1 = o.w1 ?? 190, l2w = o.l2w ?? 80, w2 = W - LW - w1 - l2w - 8;
  text(l1, ML, y + 4, "r", 8.5, LW - 8);
  box(ML + LW, y, w1, 18);
  textField(n1, l1, ML + LW, y, w1, 18, v1, o.o1 ?? {});
  const x2 = ML + LW + w1 + 8;
  text(l2, x2, y + 4, "r", 8.5, l2w);
  box(x2 + l2w, y, w2, 18);
  textField(n2, l2, x2 + l2w, y, w2, 18, v2, o.o2 ?? {});
  y += 24;
  out.push(`${l1} | ${v1} | ${l2} | ${v2}`);
}
function checks(nameYes, nameNo, label, yes) {
  text(label, ML, y + 1, "r", 8.5, LW + 120);
  const x = ML + LW + 140;
  doc.rect(x, y, 9, 9).lineWidth(0.7).strokeColor("#000000").stroke();
  checkBox(nameYes, label + " Yes", x, y, yes);
  text("Yes", x + 13, y + 0.5, "r", 8.5, 30);
  doc.rect(x + 50, y, 9, 9).lineWidth(0.7).strokeColor("#000000").stroke();
  checkBox(nameNo, label + " No", x + 50, y, !yes);
  text("No", x + 63, y + 0.5, "r", 8.5, 30);
  y += 18;
  out.push(`${label} | ${yes ? "☒" : "☐"} Yes ${yes ? "☐" : "☒"} No`);
}
function printed(s, font = "r", size = 8.5, o = {}) {
  const h = hOf(s, font, size, W);
  text(s, ML, y, font, size, W, o);
  y += h + (o.after ?? 6);
  if (o.render !== false) out.push(s);
}

// ------------------------------------------------------------------ page 1
newPage();
text("Local Government Association", ML, y, "b", 10, 300, { color: BAR });
text("Democratic Services", ML, y + 13, "r", 8, 300, { color: "#555555" });
doc.moveTo(ML, y + 28).lineTo(PW - MR, y + 28).lineWidth(1.2).strokeColor(BAR).stroke();
out.push("Local Government Association", "Democratic Services");
pushButton("Clear form", "Clear form", PW - MR - 70, y, 70, 18);
y += 38;
printed("Record of a decision taken between meetings", "b", 15, { after: 2 });
printed("Form DR2: decisions taken under delegated authority between meetings of a board, panel or task group (version 4.1, April 2129)", "r", 8.5, { after: 8 });
const guide = "Complete this form for every decision taken between meetings. Type into the grey boxes; the boxes grow to fit. The proper officer checks the form before it is signed. Democratic Services publish the signed form within five working days and report it to the next meeting.";
doc.rect(ML, y, W, hOf(guide, "i", 7.8, W - 16) + 10).fill("#F2F2F2");
text(guide, ML + 8, y + 5, "i", 7.8, W - 16, { color: "#333333" });
y += hOf(guide, "i", 7.8, W - 16) + 14;
out.push(guide);

bar("Section 1: Decision details");
row("Decision reference", "Decision reference", "UD-2131-04");
row("Text2", "Board, panel or task group", BODY);
row("Title of decision", "Title of decision", "Empty Homes Recovery Fund: award to Hollinsfield Metropolitan Borough Council for an empty dwelling management order at Tanner's Yard (EHF-13)", 30, { multi: true, one: true });
row("Text4", "Decision taken by (name and role)", `${cllr("tallowfield")}, Chair`);
row("Date of decision", "Date of decision", "07/11/2131");
row("Text6", "Delegated authority relied on", `Terms of reference 2130/31, paragraph 8.2 (decisions between meetings, up to ${gbp(LIMIT_NOW)})`, 30, { multi: true, one: true });
checks("Check Box1", "Check Box2", "Is this a key decision?", false);
checks("Check Box3", "Check Box4", "Does the decision contain exempt information?", false);
row("Text7", "If yes, paragraph of Schedule 12A", "");

bar("Section 2: The decision");
row("Text8", "The decision", [
  `(a) To award ${gbp(AWARD13)} from the Fund reserve to Hollinsfield Metropolitan Borough Council towards the repair costs of an empty dwelling management order on 14 flats at Tanner's Yard, Hollinsfield (scheme EHF-13).`,
  "(b) The award is conditional on the council reporting progress to every meeting of the Task Group until the flats are let.",
  `(c) Hollinsfield Metropolitan Borough Council meets the remaining ${gbp(ASKED - AWARD13)} of the ${gbp(ASKED)} it asked for from its own housing budget.`,
].join("\r"), 86, { multi: true });

bar("Section 3: Reasons");
row("Text9", "Reasons for the decision", "The 14 flats at Tanner's Yard have been empty since 2124 and their owner cannot be traced. An interim EDMO lets the council repair and let them. The award is within the Fund reserve and within the limit in paragraph 8.2.", 44, { multi: true });
row("Text10", "Why the decision could not wait until the next meeting", "The First-tier Tribunal will hear the council's application for an interim EDMO on 15 November 2131, and the council must show by 9 November 2131 that the works are funded. The next meeting of the Task Group is on 20 November 2131, after the hearing.", 44, { multi: true });
row("Text11", "Alternative options considered and rejected", [
  "(1) Wait for the meeting on 20 November 2131: rejected, because the hearing would be adjourned and the flats would stay empty.",
  `(2) Award the ${gbp(ASKED)} asked for: rejected, because it is above the ${gbp(LIMIT_NOW)} limit in paragraph 8.2.`,
].join("\r"), 44, { multi: true });
footer(1, 2);

// ------------------------------------------------------------------ page 2
newPage();
bar("Section 4: Consultation");
row2("Text12", "Vice-Chair consulted", cllr("saxelby"), "Text13", "Date consulted", "06/11/2131");
row("Text14", "Vice-Chair's view", "Agreed, on condition that the council reports progress to every meeting of the Task Group until the flats are let.", 30, { multi: true });
checks("Check Box5", "Check Box6", "Was the Deputy Chair consulted?", false);
row("Text15", "If not, why not", "On leave until 12 November 2131; content for the Chair and Vice-Chair to proceed (e-mail of 5 November 2131).", 30, { multi: true });
row("Text16", "Officers consulted", `${O.ingrid.name}, ${O.ingrid.post} (reserve position); ${O.lavinia.name}, ${O.lavinia.post} (EDMO process)`, 30, { multi: true });

bar("Section 5: Interests");
row("Text17", "Interests declared by the decision maker or anyone consulted", "None.", 22);
row("Text18", "Members not consulted because of an interest", `${cllr("oyediran")} (${P.oyediran.council})`, 22);
checks("Check Box7", "Check Box8", "Was a dispensation granted?", false);

bar("Section 6: Financial implications");
row("Text19", "Fund reserve before this decision", gbp(RESERVE_NOV));
row("Text20", "Amount of this decision", gbp(AWARD13));
row("Text21", "Fund reserve after this decision", gbp(RESERVE_AFTER));
row("Text22", "Finance officer", `${O.ingrid.name}, ${O.ingrid.post}`);

bar("Section 7: Publication and reporting");
row("Date published", "Date published", "08/11/2131");
{
  const label = "To be reported to the meeting on";
  text(label, ML, y + 4, "r", 8.5, LW - 8);
  box(ML + LW, y, 150, 18);
  comboBox("Dropdown1", label, ML + LW, y, 150, 18, ["18 September 2131", "20 November 2131", "5 February 2132", "23 April 2132"], "20 November 2131");
  // the drop-down arrow, as the printed page shows it
  doc.rect(ML + LW + 136, y + 1, 13, 16).fill("#C9D6E6");
  doc.moveTo(ML + LW + 139, y + 7).lineTo(ML + LW + 146, y + 7).lineTo(ML + LW + 142.5, y + 12).fill("#333333");
  y += 24;
  out.push(`${label} | 20 November 2131`);
}
row("Text23", "Call-in", "Not applicable: decisions of the Task Group are not subject to call-in.");

bar("Section 8: Signatures");
row2("Signature1", "Signature of decision maker", full("tallowfield"), "Date1", "Date", "07/11/2131", { o1: { oblique: true, size: 11 } });
row("Text24", "Proper officer (name and post)", `${O.hermione.name}, ${O.hermione.post}`);
row2("Signature2", "Signature of proper officer", "H. Blackwardine", "Date2", "Date", "07/11/2131", { o1: { oblique: true, size: 11 } });
y += 4;
printed("Contact officer for this decision", "b", 8.5, { after: 4 });
row("Text25", "Name and post", `${O.kwabena.name}, ${O.kwabena.post}`);
row("Text26", "Phone", O.kwabena.phone);
row("Text27", "Email", O.kwabena.email);
footer(2, 2);

doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${fields.length} form fields)`);
