// Builds docs/pollinators-verges-task-group-minutes-2092-12-03-signed.pdf and its rendering in text/.
// Layout: SIGNED MINUTES SCANNED TO A SEARCHABLE PDF, as a multifunction printer or an OCR tool makes
// them: each page is one JPEG of the printed, signed page (slightly skewed, with scanner
// noise); over it lies an INVISIBLE text layer (text render mode 3), one text object per word, placed
// where the word is on the image. The tables (attendance, actions) are ruled only in the picture, so
// the text layer has no lines; the attendance table's text runs column by column and the actions table's cell by cell, as OCR reads blocks.
// The Chair's signature and the handwritten date exist only in the image.
// Pass 1 lays the minutes out and prints them as a clean PDF; pdftoppm turns each
// page into a "scan"; pass 2 makes the final PDF from the scans and the words' positions.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-scanned-pdf.mjs      (needs poppler's pdftoppm on PATH)
import { createWriteStream, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { root, requireMain, FONTS, BODY, PARENT, OFFICERS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const BASE = "pollinators-verges-task-group-minutes-2092-12-03-signed";
const O = OFFICERS;
const F = { reg: join(FONTS, "DejaVuSerif.ttf"), bold: join(FONTS, "DejaVuSerif-Bold.ttf"), it: join(FONTS, "DejaVuSerif-Italic.ttf") };
const W = 595.28, Hh = 841.89, ML = 64, MR = 64, MT = 58, MB = 78;
const CW = W - ML - MR;

// ------------------------------------------------------------------ content
const B = [];
const center = (text, o = {}) => B.push({ t: "center", text, font: o.bold ? "bold" : "reg", size: o.size ?? 10.5, gap: o.gap ?? 2 });
const h = (text) => B.push({ t: "h", text });
const p = (text, o = {}) => B.push({ t: "p", text, indent: o.indent ?? 0, font: o.font ?? "reg", label: o.label });
const table = (widths, rows, o = {}) => B.push({ t: "table", widths, rows, header: o.header, order: o.order ?? "cells" });

center("Local Government Association", { size: 9 });
center(BODY, { bold: true, size: 14, gap: 4 });
center("Minutes of the meeting held on Wednesday 3 December 2092", { bold: true, size: 11.5, gap: 4 });
center("Smith Square 1&2, 18 Smith Square, London SW1P 3HZ, and online by Microsoft Teams");
center("11.00 am to 1.25 pm", { gap: 10 });

h("Present");
table(
  [92, 150, CW - 242],
  [
    ["Chair", "Cllr Octavia Pennycook", "Suffolk County Council (Con)"],
    ["Vice-Chair", "Cllr Amos Nankervis", "Leeds City Council (Lab)"],
    ["Deputy Chairs", "Cllr Florian Jelbart", "South Cambridgeshire District Council (LD)"],
    ["", "Cllr Hortense Drinkall", "Herefordshire Council (Ind)"],
    ["Members", "Cllr Percival Thackwray", "North Yorkshire Council (Con)"],
    ["", "Cllr Mabel Oakenfull", "Wiltshire Council (Con)"],
    ["", "Cllr Hector Smallbones", "Lincolnshire County Council (Con)"],
    ["", "Cllr Dorian Hinchliffe", "Sheffield City Council (Lab)"],
    ["", "Cllr Josephine Colclough", "Durham County Council (Lab)"],
    ["", "Cllr Kenelm Rattray", "Mid Suffolk District Council (Green), online"],
    ["Substitute", "Cllr Ezekiel Rudkin", "Wakefield Council (Lab), for Cllr Radhika Wimpory"],
    ["Apologies", "Cllr Radhika Wimpory", "Bristol City Council (Lab)"],
    ["", "Cllr Xanthe Puddifoot", "Cornwall Council (LD)"],
    ["In attendance", "Dr Eluned Mordaunt", "Director of Science, Verge Ecology Network (item 5)"],
    ["Officers", `${O.stribling.name}, ${O.burstow.name}, ${O.frogley.name}, ${O.ivatt.name}, ${O.jeffcoate.name} and ${O.ellerker.name} (minutes)`, null],
  ],
  { order: "columns" },
);

h("1. Welcome, apologies and substitutes");
p("The Chair welcomed members, Dr Eluned Mordaunt and officers to the meeting, and in particular Cllr Josephine Colclough, who had joined the Task Group on 1 November 2092 in place of Cllr Magnus Gidley. Members asked that their thanks to Cllr Gidley for his work be recorded.");
p("Apologies were received from Cllr Radhika Wimpory and Cllr Xanthe Puddifoot. Cllr Ezekiel Rudkin attended as substitute for Cllr Wimpory. The meeting was quorate.");

h("2. Declarations of interest");
p("Cllr Percival Thackwray declared a pecuniary interest in item 6, as a close family member is a director of Wolds Agricultural Machinery Ltd, which had quoted to supply equipment to two of the councils that had bid to the Fund. He left the room for that item and took no part in the discussion or the decision.");
p("Cllr Kenelm Rattray declared a non-pecuniary interest in item 5 as a trustee of the Verge Ecology Network. He remained in the meeting and took part in the discussion.");

h("3. Note of the last meeting");
p("The note of the meeting held on 17 September 2092 was agreed as a correct record.");
p("Matters arising: the Chair's letter to the Minister asking when the national pesticides action plan consultation would be published (action PVA-03) was sent on 21 October 2092. No reply had yet been received.");

h("4. Delivery plan 2092/93: progress at quarter 2");
p(`${O.burstow.name}, ${O.burstow.post}, introduced the report. At the end of September two of the twelve milestones were complete, five were on track, three had some slippage, one was off track and one was not due to start. The milestone that was off track was the good practice guide on invasive non-native species (PVD-07), which depended on the survey discussed under item 7.`);
p("In discussion, members made the following points:");
p("Cllr Florian Jelbart asked why no Verge Champions had yet been trained. Officers said that the contract with the training provider had been signed on 28 November 2092 and that the first sessions would be held in February 2093.", { indent: 18 });
p("Cllr Dorian Hinchliffe asked whether volunteers would be insured when working on verges. Officers would take legal advice.", { indent: 18 });
p("Cllr Mabel Oakenfull welcomed the take-up of the Verges for Pollinators guidance, which had now been downloaded more than 1,500 times.", { indent: 18 });
p("The Task Group (a) noted progress against the delivery plan at quarter 2; (b) agreed a revised date of 31 March 2093 for PVD-07; and (c) agreed that the response to the national pesticides action plan consultation be submitted within eight weeks of the consultation opening, signed off by the Chair and the lead member for weed control.", { label: "Decision:" });
p(`${O.ivatt.name} to report the revised date for PVD-07 to the ${PARENT} (PVA-09), and to seek legal advice on insurance cover for Verge Champions volunteers (PVA-11).`, { label: "Actions:" });

h("5. Pesticide-Free Pavements Pilot: interim evaluation");
p(`${O.frogley.name}, ${O.frogley.post}, introduced the interim evaluation of the pilot in the six councils that have not used glyphosate on pavements and other hard surfaces since April 2092: Bristol, Durham, Herefordshire, Sheffield, South Cambridgeshire and Wiltshire. Dr Eluned Mordaunt presented the results of the ecological monitoring. The main findings were:`);
p("(i) weed control by hot foam, mechanical brushing and hand weeding had cost on average 38% more per kilometre of pavement than spraying with glyphosate;", { indent: 18 });
p("(ii) the six councils had received 412 complaints about weeds, 61% of them in the first month of the pilot;", { indent: 18 });
p("(iii) bee and hoverfly counts on pilot streets were 2.3 times those on matched streets that were still sprayed.", { indent: 18 });
p("Members discussed the extra cost and welcomed the results for pollinators. Cllr Hortense Drinkall said that residents in Herefordshire had become more supportive once the council explained the pilot on signs in the streets concerned.");
p("The Task Group (a) noted the interim evaluation; (b) agreed to recommend that the pilot continue until 31 March 2094, subject to funding being found; and (c) asked officers to bring a paper on the options for funding it in 2093/94 to the next meeting.", { label: "Decision:" });
p(`${O.frogley.name} to circulate the interim evaluation to all councils with a covering note from the Chair (PVA-10), and to bring the options paper to the March meeting (PVA-14).`, { label: "Actions:" });

h("6. Cut and Collect Equipment Fund round 2: awards");
p("(Cllr Thackwray left the room for this item.)", { font: "it" });
p(`${O.jeffcoate.name}, ${O.jeffcoate.post}, introduced the report. Round 2 had received 23 bids asking for £2,870,400 in total. A panel of three officers had scored each bid against the published criteria, and the ten highest-scoring bids were recommended, totalling £1,200,000, the whole of the round. Two further bids were recommended for a reserve list.`);
p("Cllr Mabel Oakenfull noted that Wiltshire Council's bid was among those recommended and asked that it be recorded that she had taken no part in preparing it.");
p("The Task Group agreed the ten awards set out in Appendix A to the report, totalling £1,200,000, and a reserve list of Cumberland Council (£78,000) and Somerset Council (£91,500), to be funded in that order if a council awarded a grant withdraws.", { label: "Decision:" });
p(`${O.jeffcoate.name} to publish the awards and write to every bidding council (PVA-08).`, { label: "Action:" });
p("(Cllr Thackwray returned to the meeting.)", { font: "it" });

h("7. Invasive non-native species: survey and good practice guide");
p(`${O.ivatt.name}, ${O.ivatt.post}, gave a verbal update. After the reminder sent in November, 58 of the 148 councils had now answered the survey, against 31 at the end of September. The survey had been reopened until 31 January 2093, and the informal workshop planned for 14 January 2093 would be cancelled and rearranged once the survey had closed.`);
p("Members asked that the guide cover giant hogweed on road verges, where it was a risk to the public and to contractors.");
p("Cllr Hector Smallbones left the meeting at 12.40 pm.", { font: "it" });
p("The Task Group noted the update.", { label: "Decision:" });

h("8. Risk register");
p(`${O.burstow.name} introduced the risk register. Risks PVR-02 (pilot councils withdrawing) and PVR-05 (the invasive species survey) had risen, and PVR-03, on round 2 grants not being spent by 31 March 2093, was also rising because of long lead times for machinery. Members asked for a new risk on the disposal of verge cuttings to be added.`);
p("The Task Group noted the risk register.", { label: "Decision:" });
p(`${O.burstow.name} to add a risk on the disposal of cuttings to the register (PVA-12).`, { label: "Action:" });

h("9. Any other business");
p(`${O.ellerker.name} reported that 18 Smith Square would be closed for building works from 2 to 6 March 2093, so the next meeting would move from 4 March to 11 March 2093.`);
p(`Members asked that the Highway Verge Engineers' Forum be invited to the next meeting to discuss safety cuts at junctions and bends (PVA-13). ${O.frogley.name} would prepare a draft response to the pesticides action plan consultation so that it could be sent quickly once published (PVA-15).`);

h("Date of next meeting");
p("Wednesday 11 March 2093, 11.00 am, 18 Smith Square and online.");
p("The meeting closed at 1.25 pm.");

h("Actions agreed at this meeting");
table(
  [52, 218, 110, CW - 380],
  [
    ["PVA-08", "Publish the round 2 awards and write to every bidding council", O.jeffcoate.name, "12 December 2092"],
    ["PVA-09", "Report the revised date for the invasive species guide (PVD-07) to the Board", O.ivatt.name, "21 January 2093"],
    ["PVA-10", "Circulate the interim evaluation of the pilot to all councils with a covering note from the Chair", O.frogley.name, "19 December 2092"],
    ["PVA-11", "Seek legal advice on insurance cover for Verge Champions volunteers", O.ivatt.name, "30 January 2093"],
    ["PVA-12", "Add a risk on the disposal of cuttings to the risk register", O.burstow.name, "9 January 2093"],
    ["PVA-13", "Invite the Highway Verge Engineers' Forum to the March meeting", O.ellerker.name, "6 February 2093"],
    ["PVA-14", "Bring a paper on options for continuing the pilot in 2093/94", O.frogley.name, "11 March 2093"],
    ["PVA-15", "Prepare a draft response to the pesticides action plan consultation", O.frogley.name, "27 February 2093"],
  ],
  { header: ["Ref", "Action", "Owner", "Due"] },
);
B.push({ t: "sig" });

// ------------------------------------------------------------------ layout (positions of every word)
const measure = new PDFDocument({ size: "A4", margin: 0 });
const fontFile = (f) => F[f];
const width = (s, f, size) => measure.font(fontFile(f)).fontSize(size).widthOfString(s);
const LH = (size) => size * 1.32;

const pages = []; // { words: [{x,y,text,font,size}], rules: [[x1,y1,x2,y2]], text: [lines], sig?: {x,y} }
let pg, y;
const newPage = () => {
  pg = { words: [], rules: [], text: [] };
  pages.push(pg);
  y = MT;
};
newPage();
const ensure = (hgt) => {
  if (y + hgt > Hh - MB) newPage();
};
function wrap(text, f, size, maxW) {
  const words = text.split(" ");
  const lines = [];
  let cur = [];
  for (const w of words) {
    const trial = [...cur, w].join(" ");
    if (cur.length && width(trial, f, size) > maxW) {
      lines.push(cur);
      cur = [w];
    } else cur.push(w);
  }
  if (cur.length) lines.push(cur);
  return lines;
}
function placeLine(words, x, yy, f, size, target = pg.words) {
  let cx = x;
  const sp = width(" ", f, size);
  for (const w of words) {
    target.push({ x: cx, y: yy, text: w, font: f, size });
    cx += width(w, f, size) + sp;
  }
}

for (const b of B) {
  if (b.t === "center") {
    const size = b.size;
    ensure(LH(size));
    placeLine(b.text.split(" "), ML + (CW - width(b.text, b.font, size)) / 2, y, b.font, size);
    pg.text.push(b.text);
    y += LH(size) + b.gap;
  } else if (b.t === "h") {
    ensure(LH(11) * 3);
    y += 6;
    placeLine(b.text.split(" "), ML, y, "bold", 10.5);
    pg.text.push(b.text);
    y += LH(10.5) + 3;
  } else if (b.t === "p") {
    const size = 10;
    const full = b.label ? `${b.label} ${b.text}` : b.text;
    const x0 = ML + b.indent;
    const lines = wrap(full, b.font, size, CW - b.indent);
    ensure(lines.length * LH(size));
    lines.forEach((ws, i) => {
      if (i === 0 && b.label) {
        // the label in bold, the rest of the first line in the paragraph's font
        const n = b.label.split(" ").length;
        placeLine(ws.slice(0, n), x0, y, "bold", size);
        placeLine(ws.slice(n), x0 + width(ws.slice(0, n).join(" ") + " ", "bold", size), y, b.font, size);
      } else placeLine(ws, x0, y, b.font, size);
      y += LH(size);
    });
    pg.text.push(full);
    y += 5;
  } else if (b.t === "table") {
    const size = 9.5, pad = 3.5;
    const xs = [ML];
    for (const w of b.widths) xs.push(xs[xs.length - 1] + w);
    const rows = [...(b.header ? [{ cells: b.header, head: true }] : []), ...b.rows.map((cells) => ({ cells }))];
    const colBuckets = b.widths.map(() => []); // OCR order by column, when asked
    let first = true;
    for (const r of rows) {
      // a null cell continues the cell before it (a span)
      const spans = r.cells.map((c, i) => (c === null ? 0 : 1 + r.cells.slice(i + 1).findIndex((d) => d !== null) === 0 ? 1 : 1));
      const cellW = r.cells.map((c, i) => {
        if (c === null) return 0;
        let j = i + 1;
        while (j < r.cells.length && r.cells[j] === null) j++;
        return xs[j] - xs[i];
      });
      const f = r.head ? "bold" : "reg";
      const wrapped = r.cells.map((c, i) => (c ? wrap(c, f, size, cellW[i] - 2 * pad) : []));
      const hgt = Math.max(1, ...wrapped.map((l) => l.length)) * LH(size) + 2 * pad;
      if (y + hgt > Hh - MB) {
        newPage();
        first = true;
      }
      if (first) pg.rules.push([ML, y, xs[xs.length - 1], y]);
      first = false;
      r.cells.forEach((c, i) => {
        if (c === null) return;
        const target = b.order === "columns" && !r.head ? colBuckets[i] : pg.words;
        wrapped[i].forEach((ws, k) => placeLine(ws, xs[i] + pad, y + pad + k * LH(size), f, size, target));
      });
      // vertical rules: left edge, right edge, and between cells that are not spanned
      pg.rules.push([ML, y, ML, y + hgt], [xs[xs.length - 1], y, xs[xs.length - 1], y + hgt]);
      r.cells.forEach((c, i) => {
        if (i > 0 && c !== null) pg.rules.push([xs[i], y, xs[i], y + hgt]);
      });
      y += hgt;
      pg.rules.push([ML, y, xs[xs.length - 1], y]);
      pg.text.push(r.cells.filter((c) => c !== null).join(" | ").replace(/^ \| /, "| ").trim());
      void spans;
    }
    if (b.order === "columns") for (const col of colBuckets) pg.words.push(...col);
    y += 8;
  } else if (b.t === "sig") {
    ensure(120);
    y += 10;
    const lines = ["Signed as a correct record of the meeting:"];
    placeLine(lines[0].split(" "), ML, y, "reg", 10);
    pg.text.push(lines[0]);
    y += 52;
    pg.sig = { x: ML + 40, y: y - 30 };
    placeLine(["Chair", "...................................................."], ML, y, "reg", 10);
    placeLine(["Cllr", "Octavia", "Pennycook"], ML + 300, y, "reg", 10);
    pg.text.push("Chair");
    pg.text.push("Cllr Octavia Pennycook");
    y += 30;
    placeLine(["Date", "....................................................."], ML, y, "reg", 10);
    pg.handDate = { x: ML + 60, y: y - 14 };
    pg.text.push("Date 11.3.93");
    y += 20;
  }
}
const N = pages.length;
pages.forEach((pgx, i) => {
  const foot = `${BODY}: minutes, 3 December 2092`;
  const pn = `Page ${i + 1} of ${N}`;
  placeLine(foot.split(" "), ML, Hh - MB + 30, "reg", 8, pgx.words);
  placeLine(pn.split(" "), W - MR - width(pn, "reg", 8), Hh - MB + 30, "reg", 8, pgx.words);
  pgx.text.push(`${foot} ${pn}`);
});

// ------------------------------------------------------------------ pass 1: the printed page as the scanner sees it
// (grey platen, the sheet a fraction of a degree askew, dust specks, a shadow along one edge), then
// pdftoppm makes each page a 150 dpi colour JPEG (blue ink).
const tmp = mkdtempSync(join(tmpdir(), "pvtg-scan-"));
const done = (doc, path) =>
  new Promise((res) => {
    const s = createWriteStream(path);
    s.on("finish", res);
    doc.pipe(s);
    doc.end();
  });
let seed = 20921203;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
{
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false });
  pages.forEach((pgx, i) => {
    doc.addPage({ size: "A4", margin: 0 });
    doc.rect(0, 0, W, Hh).fill("#f1f1ee");
    doc.save();
    doc.rotate([0.35, -0.25, 0.2, -0.3, 0.25][i % 5], { origin: [W / 2, Hh / 2] });
    doc.rect(2, 2, W - 4, Hh - 4).fill("#fbfbf9");
    for (const w of pgx.words) doc.font(fontFile(w.font)).fontSize(w.size).fillColor("#151515").text(w.text, w.x, w.y, { lineBreak: false });
    doc.lineWidth(0.7).strokeColor("#262626");
    for (const [x1, y1, x2, y2] of pgx.rules) doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
    if (pgx.sig) {
      // the Chair's signature, in ink
      const { x, y: sy } = pgx.sig;
      doc.save().lineWidth(1.3).strokeColor("#1a2a6c");
      doc.moveTo(x, sy + 18).bezierCurveTo(x + 10, sy - 12, x + 22, sy - 6, x + 18, sy + 20)
        .bezierCurveTo(x + 16, sy + 30, x + 34, sy - 8, x + 46, sy + 12)
        .bezierCurveTo(x + 52, sy + 22, x + 60, sy + 2, x + 74, sy + 10)
        .bezierCurveTo(x + 88, sy + 18, x + 96, sy - 4, x + 118, sy + 6).stroke();
      doc.moveTo(x + 4, sy + 26).bezierCurveTo(x + 40, sy + 20, x + 90, sy + 24, x + 130, sy + 16).stroke();
      doc.restore();
    }
    if (pgx.handDate) {
      doc.save().fillColor("#1a2a6c").font(F.it).fontSize(15);
      doc.rotate(-3, { origin: [pgx.handDate.x, pgx.handDate.y] }).text("11.3.93", pgx.handDate.x, pgx.handDate.y, { lineBreak: false });
      doc.restore();
    }
    doc.restore();
    // dust and speckle
    for (let k = 0; k < 260; k++) {
      const g = Math.floor(90 + rnd() * 120).toString(16).padStart(2, "0");
      doc.circle(rnd() * W, rnd() * Hh, 0.15 + rnd() * 0.45).fill(`#${g}${g}${g}`);
    }
    // the shadow of the lid along the left edge
    const grad = doc.linearGradient(0, 0, 10, 0);
    grad.stop(0, "#8a8a8a").stop(1, "#f1f1ee", 0);
    doc.rect(0, 0, 10, Hh).fill(grad);
  });
  await done(doc, join(tmp, "printed.pdf"));
}
execFileSync("pdftoppm", ["-r", "150", "-jpeg", "-jpegopt", "quality=58", join(tmp, "printed.pdf"), join(tmp, "scan")]);
const scans = pages.map((_, i) => join(tmp, `scan-${i + 1}.jpg`));

// ------------------------------------------------------------------ pass 2: scans + invisible words
{
  const doc = new PDFDocument({
    size: "A4", margin: 0, autoFirstPage: false,
    info: { Title: "", Author: "", Creator: "Scan to PDF", Producer: "OCR text layer" },
  });
  pages.forEach((pgx, i) => {
    doc.addPage({ size: "A4", margin: 0 });
    doc.image(scans[i], 0, 0, { width: W, height: Hh });
    doc.addContent("3 Tr");
    for (const w of pgx.words) doc.font(fontFile(w.font)).fontSize(w.size).text(w.text, w.x, w.y, { lineBreak: false });
  });
  await done(doc, join(root, "docs", BASE + ".pdf"));
}
rmSync(tmp, { recursive: true, force: true });

writeFileSync(join(root, "text", BASE + ".txt"), pages.flatMap((x) => x.text).join("\n") + "\n");
console.log("wrote", BASE, `(${N} pages)`);
