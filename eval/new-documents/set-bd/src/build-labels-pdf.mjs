// Builds docs/pastg-agenda-despatch-labels-2179-02-08.pdf and its rendering in text/.
// Layout: MAIL-MERGED ADDRESS LABELS PRINTED TO PDF – the sheet of labels Democratic Services printed to
// post the agenda pack for 16 February 2179, merged in Word from the Task Group's despatch list onto
// an Avery L7163 layout (A4, 2 across × 7 down, 99.1 × 38.1 mm, no borders, no headings, nothing on the
// page but the labels) and saved with "Microsoft Print to PDF" (document title "Labels1"). Each label is
// one record of the list in its order (by surname, then the guest and the file copy): an optional
// despatch note in bold capitals, the name, the free-text "Position" field as whoever keyed it typed it
// ("Chair, Public Art and Statues Task Group", "Vice-Chair (PASTG)", "Deputy Chair – PASTG", "Member –
// lead member, contested heritage", "Substitute member (Lab)", "Member from 01/01/79 (replaces Cllr
// Applegarth)"), the council and a three-line postal address. THE MEMBERSHIP LIST IS ONLY THIS: roles
// only in that field, the substitutes marked by it, A FORMER MEMBER'S LABEL STILL PRINTED with "** LEFT
// 31/12/78 – DO NOT SEND **" as her position, the second sheet three-quarters empty. Word draws the
// labels cell by cell, left to right and top to bottom, so the text reads label by label.
// Rendering: a label a line, its lines joined by " | ".
// Synthetic test fixture: every person, council and address is invented (18 Smith Square is used only as
// the genre's address).
//   node src/build-labels-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, PEOPLE, COUNCILS, GUEST, GUILD } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.labels;
const BASE = basename(FILE, extname(FILE));
const mm = (v) => v * 2.834646;
const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "Labels1", Author: "Clovis Uglow", Creator: "Microsoft® Word for Microsoft 365", Producer: "Microsoft: Print To PDF", CreationDate: new Date("2179-02-08T15:07:00Z") } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));

// the records, in the despatch list's order
const labels = [];
for (const p of [...PEOPLE].sort((a, b) => a.sur.localeCompare(b.sur))) {
  const c = COUNCILS[p.council];
  labels.push({ note: p.note, lines: [`Cllr ${p.fore} ${p.sur}`, p.position, c.name, ...c.addr] });
}
labels.push({ note: "GUEST – ITEM 4", lines: [GUEST.name, "Chair, Public Monuments Group", GUILD, "The Old Chapter House", "11 Lantern Yard", "Ousebridge  OU2 7EL"] });
labels.push({ note: "FILE COPY", lines: ["Democratic Services", "Public Art and Statues Task Group", "18 Smith Square", "London", "SW1P 3HZ"] });

const TOPM = mm(15.15), LEFTM = mm(4.65), LW = mm(99.1), LH = mm(38.1), PITCH = mm(101.6), PAD = mm(6);
const SIZE = 9.6, LEAD = 11.6;
const out = [];
for (let i = 0; i < labels.length; i++) {
  if (i % 14 === 0) doc.addPage({ size: "A4", margin: 0 });
  const slot = i % 14, row = Math.floor(slot / 2), col = slot % 2;
  const x = LEFTM + col * PITCH + PAD, y0 = TOPM + row * LH + mm(4.5);
  let y = y0;
  const L = labels[i];
  const shown = [];
  if (L.note) {
    doc.font("b").fontSize(SIZE).fillColor("#000000").text(L.note, x, y, { lineBreak: false });
    shown.push(L.note);
    y += LEAD;
  }
  for (const t of L.lines) {
    // Word wraps a line that is wider than the label's cell
    doc.font("r").fontSize(SIZE);
    const words = t.split(" ");
    let cur = "";
    for (const w of words) {
      const next = cur ? cur + " " + w : w;
      if (cur && doc.widthOfString(next) > LW - 2 * PAD) { doc.text(cur, x, y, { lineBreak: false }); y += LEAD; cur = w; }
      else cur = next;
    }
    doc.text(cur, x, y, { lineBreak: false });
    y += LEAD;
    shown.push(t.replace(/ {2,}/g, " "));
  }
  if (y - y0 > LH - mm(4)) throw new Error("label overflows: " + L.lines[0]);
  out.push(shown.join(" | "));
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${labels.length} labels) and text/${BASE}.txt`);
