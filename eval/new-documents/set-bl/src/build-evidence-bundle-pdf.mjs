// Builds docs/fstg-evidence-bundle-2246-01-16.pdf and its rendering in text/.
// Layout: AN EVIDENCE BUNDLE ASSEMBLED IN ACROBAT ("Combine Files", then "Bates Numbering" and "Add
// Header & Footer"), as a clerk puts together the written evidence for a review: nine A4 pages from five
// sources, each page keeping ITS OWN LOOK – a fire and rescue service's letter on letterhead in a serif
// face with its own "Page 1 of 2" footer; a hospital's table of emergency attendances on a LANDSCAPE page
// in the middle of the portrait bundle; an e-mail printed from Outlook (bold From / Sent / To / Subject
// block under the sender's name in large type, an earlier message quoted below a rule); a council's news
// release with "ENDS" and notes to editors; the clerk's note of an evidence session – behind a cover sheet
// and an INDEX THAT LOCATES EVERY DOCUMENT ONLY BY BUNDLE PAGE NUMBERS ("FSTG-EB-000003 to
// FSTG-EB-000004"). Acrobat's marks are stamped on every page AFTER its own content, as an overlay is, so
// text extraction meets them at the end of the page: THE BATES NUMBER at the bottom right ("FSTG-EB-000005")
// and THE TAB NUMBER at the top right ("Tab 2"); the pages' own numbers ("Page 2 of 2") are the
// documents'. Bookmarks (the outline) name each tab. The documents refer to each other and to the
// minutes by their own dates; none of them names a bundle page.
// Rendering: page by page, each paragraph, letter line or table row a line (cells " | ", a cell's lines
// joined by spaces), then the page's stamps as one line ("Tab 2 | FSTG-EB-000005"); the documents' own
// page footers left out.
// Synthetic test fixture: every person, organisation, figure and address is invented (telephone numbers in
// Ofcom's drama ranges).
//   node src/build-evidence-bundle-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, REVIEW, OFFICERS as O, FIRE, NHS, CHARITY, RETAIL, P, cllr, AE, AE_COLS, AE_TOTAL } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.bundle;
const BASE = basename(FILE, extname(FILE));
const doc = new PDFDocument({ size: "A4", margin: 0, bufferPages: true, autoFirstPage: false, info: { Title: `${BODY} - evidence bundle - meeting of 4 February 2246`, Author: O.hyacinth.name, Creator: "Adobe Acrobat Pro (64-bit) 25.1.20432", Producer: "Adobe Acrobat Pro (64-bit) 25.1.20432" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
for (const [k, f] of Object.entries({ r: "DejaVuSans.ttf", b: "DejaVuSans-Bold.ttf", i: "DejaVuSans-Oblique.ttf", s: "DejaVuSerif.ttf", sb: "DejaVuSerif-Bold.ttf", si: "DejaVuSerif-Italic.ttf", c: "DejaVuSansCondensed.ttf", cb: "DejaVuSansCondensed-Bold.ttf" })) doc.registerFont(k, join(FONTS, f));
const INK = "#111111", GREY = "#5A5A5A";
const pages = []; // per page: { tab, lines[] }
let cur, y, ML, W, PH;

function page(tab, o = {}) {
  const land = o.landscape;
  doc.addPage({ size: "A4", layout: land ? "landscape" : "portrait", margin: 0 });
  const pw = land ? 841.89 : 595.28;
  PH = land ? 595.28 : 841.89;
  ML = o.ml ?? 64; W = pw - ML - (o.mr ?? 64); y = o.top ?? 60;
  cur = { tab, lines: [], pw, ph: PH, footer: o.footer };
  pages.push(cur);
  if (o.bookmark) doc.outline.addItem(o.bookmark);
}
const h = (s, font, size, width, lg = 2) => doc.font(font).fontSize(size).heightOfString(s, { width, lineGap: lg });
function para(s, o = {}) {
  const font = o.font ?? "r", size = o.size ?? 10, x = ML + (o.indent ?? 0), w = (o.width ?? W) - (o.indent ?? 0);
  const hh = h(s, font, size, w, o.lg ?? 2);
  doc.font(font).fontSize(size).fillColor(o.color ?? INK).text(s, x, y, { width: w, lineGap: o.lg ?? 2, align: o.align ?? "left" });
  y += hh + (o.after ?? 6);
  if (o.render !== false) cur.lines.push(o.render ?? s);
}
function table(rows, widths, o = {}) {
  const pad = 4, size = o.size ?? 9;
  for (const [i, r] of rows.entries()) {
    const bold = (o.head && i === 0) || (o.boldLast && i === rows.length - 1);
    const font = bold ? "cb" : "c";
    const hh = Math.max(...r.map((c, j) => h(c, font, size, widths[j] - 2 * pad, 1.5))) + 2 * pad;
    let x = ML;
    for (const [j, c] of r.entries()) {
      if (bold && o.shade) doc.rect(x, y, widths[j], hh).fillColor(o.shade).fill();
      doc.rect(x, y, widths[j], hh).lineWidth(0.5).strokeColor("#7F7F7F").stroke();
      doc.font(font).fontSize(size).fillColor(INK).text(c, x + pad, y + pad, { width: widths[j] - 2 * pad, lineGap: 1.5, align: j > 0 && o.num ? "right" : "left" });
      x += widths[j];
    }
    y += hh;
    cur.lines.push(r.filter((c) => c !== "").join(" | "));
  }
  y += o.after ?? 10;
}
const rule = (color = "#999999") => { doc.moveTo(ML, y).lineTo(ML + W, y).lineWidth(0.6).strokeColor(color).stroke(); y += 8; };

// ---------------------------------------------------------------- page 1: cover
page(null, { top: 200, bookmark: "Cover" });
para(BODY, { font: "b", size: 22, after: 10 });
para(REVIEW, { font: "r", size: 15, after: 30 });
para("Evidence bundle", { font: "b", size: 28, after: 14 });
para("For the meeting on Wednesday 4 February 2246 (items 4 to 7)", { size: 12, after: 60 });
para(`Compiled by ${O.hyacinth.name}, ${O.hyacinth.post}, on 16 January 2246.`, { size: 10, color: GREY });
para("Documents are reproduced as they were received. Each document keeps its own page numbers; the bundle page numbers are at the foot of every page, and the index refers to them.", { size: 10, color: GREY });

// ---------------------------------------------------------------- page 2: index
page(null, { bookmark: "Index" });
para("Index", { font: "b", size: 16, after: 12 });
const TABS = [
  ["Tab 1", "Letter on fires involving fireworks", FIRE.org, "16 December 2245", "FSTG-EB-000003 to FSTG-EB-000004"],
  ["Tab 2", "Fireworks-related attendances at emergency departments, 15 October to 15 November 2245", NHS.org, "8 January 2246", "FSTG-EB-000005"],
  ["Tab 3", "E-mail on fireworks and animal welfare", CHARITY.org, "2 December 2245", "FSTG-EB-000006"],
  ["Tab 4", "News release on the borough's quiet fireworks display", "Fellmoor Metropolitan Borough Council", "7 November 2245", "FSTG-EB-000007"],
  ["Tab 5", "Note of the evidence session with retailers, 12 January 2246", BODY, "13 January 2246", "FSTG-EB-000008 to FSTG-EB-000009"],
];
table([["Tab", "Document", "From", "Date", "Bundle pages"], ...TABS], [44, 170, 120, 70, 63], { head: true, shade: "#D9D9D9" });
para("Documents that members have already received in the agenda pack (the season measures and the survey results) are not repeated here.", { size: 9, color: GREY });

// ---------------------------------------------------------------- tab 1: the fire and rescue service's letter (2 pages)
page("Tab 1", { bookmark: "Tab 1 - Brantfell Fire and Rescue Service, letter of 16 December 2245", ml: 72, mr: 72, top: 50, footer: ["Page 1 of 2", "s"] });
doc.rect(0, 0, 595.28, 8).fillColor("#B3141B").fill();
para(FIRE.org, { font: "sb", size: 17, color: "#B3141B", after: 2 });
para("Protection Directorate · Service Headquarters · Beacon Road · Brantfell · BF1 2QR", { font: "s", size: 8.5, color: GREY, after: 1 });
para("Telephone 0113 496 0412 · www.brantfell-fire.gov.uk", { font: "s", size: 8.5, color: GREY, after: 24 });
const L = (s, o = {}) => para(s, { font: "s", size: 10.5, after: 8, lg: 2.5, ...o });
L("Our ref: PROT/KOT/2245/118", { after: 2 });
L("Date: 16 December 2245", { after: 16 });
L(`${cllr("corbishley")}`, { after: 0 });
L(`Chair, ${BODY}`, { after: 0 });
L("Local Government Association", { after: 0 });
L("18 Smith Square, London SW1P 3HZ", { after: 16 });
L("Dear Cllr Corbishley,", { after: 10 });
L("Fires involving fireworks: the 2245 season", { font: "sb" });
L("Thank you for inviting me to give evidence to the Task Group on 10 December. As I said then, fire and rescue services attended 451 bonfire-related fires in the 12 councils' areas between 1 and 7 November 2245, against 388 in the same week of 2244. 37 of those fires involved fireworks stored in homes or garages, and in 9 of them the fireworks had been bought from shops that hold an all-year licence.");
L("Four people were taken to hospital from fires that started where fireworks were stored, two of them with serious burns. In every one of those cases the fireworks had been kept in a garage or a shed, close to fuel or to other things that burn easily.");
L("The Task Group asked what the fire and rescue services would like it to recommend. We ask it to consider three proposals:");
L("(a) that every shop with an all-year licence must give customers a leaflet on storing fireworks safely at home, as a condition of the licence;", { indent: 18 });
L("(b) that councils and fire and rescue services share data on fires involving fireworks stored at home, using a common form, so that the figures can be compared from one year to the next;", { indent: 18 });
L("(c) that the most that may be kept at home without a licence is reduced from 5 kg to 2 kg of fireworks (net explosive content).", { indent: 18 });
page("Tab 1", { ml: 72, mr: 72, top: 60, footer: ["Page 2 of 2", "s"] });
doc.rect(0, 0, 595.28, 8).fillColor("#B3141B").fill();
L("Proposal (c) would need a change to national regulations, and I understand that the Minister has undertaken to consult on fireworks in the new year. We would support a lower limit on noise as well: our crews see the distress that very loud fireworks cause to older residents and to animals.");
L("Our home fire safety visits will include advice on fireworks from October 2246, and we have offered the same advice to the other fire and rescue services in the 12 councils' areas.");
L("I would be glad to meet the Task Group again before it finishes its review.", { after: 18 });
L("Yours sincerely,", { after: 30 });
doc.font("si").fontSize(16).fillColor("#22305A").text("K. Oxley-Tembo", ML, y - 24, { lineBreak: false });
y += 8;
L(FIRE.name, { font: "sb", after: 0 });
L(FIRE.post, { after: 0 });

// ---------------------------------------------------------------- tab 2: emergency department attendances (landscape)
page("Tab 2", { landscape: true, ml: 56, mr: 56, top: 44, bookmark: "Tab 2 - Caldersey Royal Infirmary, emergency department attendances" });
doc.rect(56, 30, 730, 3).fillColor("#005EB8").fill();
para(`${NHS.org} NHS Trust · Emergency Department`, { font: "b", size: 10, color: "#005EB8", after: 10 });
para("Fireworks-related attendances at the emergency departments serving the 12 councils' areas, 15 October to 15 November 2245", { font: "b", size: 13, after: 4 });
para(`Prepared for the ${BODY} by ${NHS.name}, ${NHS.post}, 8 January 2246.`, { size: 9, color: GREY, after: 12 });
const rowsAE = AE.map(([g, v]) => [g, ...v.map(String), String(v.reduce((a, b) => a + b, 0))]);
const colTot = AE_COLS.map((_, j) => AE.reduce((t, [, v]) => t + v[j], 0));
table([["Age group", ...AE_COLS, "Total"], ...rowsAE, ["All ages, 2245", ...colTot.map(String), String(AE_TOTAL)], ["All ages, 2244", "109", "38", "11", "54", "212"]], [150, 110, 110, 110, 110, 110], { head: true, shade: "#DCE6F2", num: true });
para("Notes", { font: "b", size: 9, after: 3 });
for (const n of [
  "1. Attendances coded as fireworks-related in the Emergency Care Data Set at the nine type 1 emergency departments that serve the 12 councils' areas.",
  "2. 12 of the patients were admitted to hospital, 3 of them to the regional burns unit.",
  "3. The 12 to 17 age group had the most attendances for the second year running; most of its burns were to the hands.",
]) para(n, { size: 9, after: 3 });

// ---------------------------------------------------------------- tab 3: the e-mail, printed from Outlook
page("Tab 3", { bookmark: "Tab 3 - Quiet Skies Animal Welfare Trust, e-mail of 2 December 2245", ml: 54, mr: 54, top: 48 });
para(O.yasmin.name, { font: "b", size: 14, after: 4 });
rule("#000000");
const hdr = (k, v) => { doc.font("b").fontSize(10).fillColor(INK).text(k, ML, y, { width: 70 }); doc.font("r").text(v, ML + 72, y, { width: W - 72 }); y += h(v, "r", 10, W - 72) + 3; cur.lines.push(`${k} ${v}`); };
hdr("From:", `${CHARITY.name} <${CHARITY.email}>`);
hdr("Sent:", "02 December 2245 14:22");
hdr("To:", `${O.yasmin.name} <${O.yasmin.email}>`);
hdr("Subject:", `RE: ${BODY} - evidence on animal welfare`);
y += 10;
para("Dear Yasmin,");
para(`Thank you for asking for our evidence. After 5 November we surveyed 4,812 people who keep pets or horses in the 12 councils' areas. Of them:`);
for (const b of ["71% said that their animals showed signs of distress during fireworks;", "23% said that an animal had been injured or had run away;", "64% said that they would support a limit of 90 decibels on fireworks sold to the public."]) para("• " + b, { indent: 14, after: 3, render: b });
y += 4;
para("We would ask the Task Group to recommend that public displays are advertised at least 10 days in advance, so that owners can prepare their animals, and that councils publish a list of displays on their websites.");
para("Kind regards,", { after: 2 });
para("Marigold", { after: 8 });
para(`${CHARITY.name} | ${CHARITY.post} | ${CHARITY.org} | Registered charity number 9900412`, { size: 8.5, color: GREY, after: 10 });
rule();
for (const [k, v] of [["From:", `${O.yasmin.name} <${O.yasmin.email}>`], ["Sent:", "25 November 2245 10:05"], ["To:", `${CHARITY.name} <${CHARITY.email}>`], ["Subject:", `${BODY} - evidence on animal welfare`]]) { doc.font("b").fontSize(9.5).text(k, ML, y, { width: 70 }); doc.font("r").text(v, ML + 72, y, { width: W - 72 }); y += 14; cur.lines.push(`${k} ${v}`); }
y += 6;
para("Dear Marigold, the Task Group would welcome written evidence from the Trust on the effect of fireworks on animals, by 5 December if possible. Best wishes, Yasmin", { size: 9.5 });

// ---------------------------------------------------------------- tab 4: the news release
page("Tab 4", { bookmark: "Tab 4 - Fellmoor MBC, news release of 7 November 2245", top: 54 });
doc.rect(ML, y, W, 40).fillColor("#2E6B30").fill();
doc.font("b").fontSize(15).fillColor("#FFFFFF").text("Fellmoor Metropolitan Borough Council", ML + 12, y + 12, { lineBreak: false });
cur.lines.push("Fellmoor Metropolitan Borough Council");
y += 54;
para("NEWS RELEASE", { font: "b", size: 11, color: "#2E6B30", after: 2 });
para("7 November 2245 – for immediate release", { size: 9, color: GREY, after: 12 });
para("Fellmoor's first quiet fireworks display draws 14,000", { font: "b", size: 17, after: 10 });
para("More than 14,000 people came to Fellmoor Park on Wednesday 5 November for the borough's first low-noise fireworks display, the largest crowd for the council's display in ten years.");
para("Every firework in the display was rated below 90 decibels, and the show was set to music played through speakers around the park. The council received 38 complaints about noise from the display, against 141 about last year's.");
para(`${cllr("kilbride")}, Fellmoor's Cabinet Member for Communities, said: "People told us they wanted a display that their children, their older relatives and their pets could enjoy. We have shown that a quiet display can still be a spectacular one, and we will share what we learned with any council that wants to do the same."`);
para("The display cost £38,500, £6,000 more than last year's, because low-noise fireworks cost more. The council has signed the quieter displays pledge.");
para("ENDS", { font: "b", after: 10 });
para("Notes to editors", { font: "b", size: 9, after: 3 });
para("1. The quieter displays pledge was launched by councils in 2244. Councils that sign it agree to use low-noise fireworks at the displays they run or fund.", { size: 9, after: 3 });
para("2. Media enquiries: Fellmoor Council press office, 0161 496 0732.", { size: 9, after: 3 });

// ---------------------------------------------------------------- tab 5: note of the evidence session with retailers (2 pages)
page("Tab 5", { bookmark: "Tab 5 - note of the evidence session with retailers, 12 January 2246" });
para(BODY, { font: "b", size: 12, after: 2 });
para("Note of the evidence session with retailers, Monday 12 January 2246, 2pm, on Microsoft Teams", { font: "b", size: 12, after: 10 });
table([
  ["Members", `${cllr("corbishley")} (Chair, chairing the session), ${cllr("pickles")} and ${cllr("kilbride")}`],
  ["Witnesses", `${RETAIL.name}, ${RETAIL.post}, ${RETAIL.org}; Dhruv Bolsterstone, Bolsterstone Hardware, Wrayholme; Agnes Oxspring, Oxspring Cash and Carry Ltd, Wrayholme; Leon Thurgoland, Thurgoland Fireworks Warehouse, Wrayholme`],
  ["Officers", `${O.leopold.name} and ${O.octavia.name} (note)`],
], [90, W - 90], { size: 9.5 });
para(`${cllr("pickles")} reminded the session of the interest he declared on 10 December 2245: his brother-in-law holds an all-year licence in Eskholme. He asked no questions about fees.`, { size: 9.5 });
for (const [n, t] of [
  ["1.", `${RETAIL.name} said that the Association represents 410 shops, about a third of which hold all-year licences. He estimated that selling fireworks supports 2,400 jobs in the 12 councils' areas.`],
  ["2.", "Retailers supported a common fee for all-year licences across the 12 councils, but said that a fee above £600 would be too much for small shops, which sell most of their fireworks in three weeks of the year."],
  ["3.", "They opposed restricting sales to licensed public displays, as the e-petition debated in Westminster Hall on 3 November 2245 asks, because it would close many small shops."],
  ["4.", "They would accept a limit of 90 decibels on fireworks sold to the public if it were introduced with at least a year's notice, so that they could sell their stock."],
  ["5.", "They asked for inspections of stores to be booked in advance rather than made without notice, except after a complaint."],
]) para(`${n} ${t}`, { size: 10 });
page("Tab 5", {});
for (const [n, t] of [
  ["6.", "On the fire and rescue service's proposal that shops give customers a leaflet on storing fireworks at home, retailers said that they would hand one out if the Government or the councils produced it."],
  ["7.", "Mr Thurgoland said that his shop had been inspected twice in 2245 and that the inspections had been helpful."],
]) para(`${n} ${t}`, { size: 10 });
para("Next steps", { font: "b", after: 4 });
para("Officers will reflect these points in the report on fees and conditions for all-year licences to the meeting on 4 February 2246 (item 6).");
para(`Note taken by ${O.octavia.name}, 13 January 2246.`, { size: 9, color: GREY });

// ---------------------------------------------------------------- stamps, after each page's own content
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const pg = pages[i];
  if (pg.footer) doc.font(pg.footer[1]).fontSize(8).fillColor(GREY).text(pg.footer[0], 0, pg.ph - 46, { width: pg.pw, align: "center", lineBreak: false });
  const bates = `FSTG-EB-${String(i + 1).padStart(6, "0")}`;
  const stamps = [];
  if (pg.tab) { doc.font("b").fontSize(9).fillColor("#1F1F1F").text(pg.tab, pg.pw - 90, 18, { width: 70, align: "right", lineBreak: false }); stamps.push(pg.tab); }
  doc.font("b").fontSize(9).fillColor("#1F1F1F").text(bates, pg.pw - 180, pg.ph - 26, { width: 160, align: "right", lineBreak: false });
  stamps.push(bates);
  pg.lines.push(stamps.join(" | "));
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), pages.flatMap((p) => p.lines).join("\n") + "\n");
console.log(`wrote docs/${FILE} (${pages.length} pages)`);
