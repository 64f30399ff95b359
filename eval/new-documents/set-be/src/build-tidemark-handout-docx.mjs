// Builds docs/cpbatg-item-5-operation-tidemark-handout-2184-12-08.docx and its rendering in text/.
// Layout: A POWERPOINT DECK SENT TO WORD AS A HANDOUT ("File > Export > Create Handouts > Notes next to
// slides"), the paper for item 5 of the meeting of 8 December 2184 (there is no written report): the
// document is ONE TABLE OF THREE COLUMNS AND A ROW PER SLIDE – "Slide n" in the first cell, THE SLIDE AS
// A PICTURE in the second (no text layer and no alt text: the slide's title, figures and the presenter's
// contact details are only pixels), and THE SPEAKER NOTES in the third, as typed by the presenter in
// PowerPoint's notes pane (first person, "I", "we", "Chair", a lettered list of what the Task Group is
// asked to do). Nothing outside the table: no title, heading, date or body name in the text, only in the
// pictures; core properties with the presenter as author and no title.
// The slide pictures are drawn with pdfkit and rasterised with pdftoppm (poppler-utils) in a scratch
// folder inside the set, which is deleted afterwards.
// Rendering: per row "Slide n", then each paragraph of its notes a line; the pictures contribute no words.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-tidemark-handout-docx.mjs
import { createWriteStream, writeFileSync, readFileSync, mkdirSync, rmSync, readdirSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { execFileSync } from "node:child_process";
import { root, requireMain, importDocx, FONTS, DOCS, BODY, OFFICERS as O, TIDEMARK as T, NOV_INSPECTED as NI, INSPECT_TARGET, SUMMIT, SAMPLES, PROPOSED_RISK, TP_DONE_SEPT, TP_TOTAL, pct, num } from "./common.mjs";

const FILE = DOCS.handout;
const BASE = basename(FILE, extname(FILE));
const D = await importDocx();
const PDFDocument = requireMain("pdfkit");

// ---------------------------------------------------------------- the slides: what is on each (pixels only) and the notes
const SLIDES = [
  { title: "Operation Tidemark: results and winter plan", body: ["Item 5", BODY, "8 December 2184", `${O.ravindra.name}, ${O.ravindra.post}`], notes: [
    `Thank you, Chair. I'm ${O.ravindra.name}, ${O.ravindra.post} at ${O.ravindra.org}, and I lead the joint enforcement team that works across the six districts. This item reports the results of Operation Tidemark, our first joint operation against unlicensed practice, and asks the Task Group to agree a second phase over the winter. There is no written report for item 5: these slides and notes are the paper.`] },
  { title: "What Tidemark was", body: ["11 October – 26 November 2184", "6 districts + Trading Standards + Health Protection", `${T.leads} leads → ${T.addresses} addresses`], notes: [
    `Operation Tidemark ran from Monday 11 October to Friday 26 November 2184. Licensing officers from all six districts, Marchbourne Trading Standards and the Health Protection Team took part. We worked from ${T.leads} leads: ${T.social} from social media monitoring (action CPA-08), ${T.complaints} from complaints and ${T.pathway} from the complications reporting pathway. The leads gave us ${T.addresses} addresses to visit, ${T.homes} of them private homes.`] },
  { title: "What we found", body: [`${T.unlicensed} unlicensed`, `${T.prohibition} prohibition notices`, `${T.vials} vials seized`, `${T.prosecutions} prosecution files`], notes: [
    `Of the ${T.addresses} addresses, ${T.unlicensed} were offering special treatments without a licence. We served ${T.prohibition} prohibition notices and gave ${T.warnings} written warnings. We seized ${T.vials} vials of botulinum toxin that are not licensed for use in the UK, and ${T.fillerBoxes} boxes of dermal filler. Eleven cases have gone to Trading Standards for the supply of prescription-only medicines, and four prosecution files are being prepared. The two prosecutions named in the internal review of the recent freedom of information request came before Tidemark and are not part of these figures.`] },
  { title: "Under-18s: test purchases", body: [`${T.testPurchases} attempts`, `${T.sold} sold`, `${TP_DONE_SEPT + T.testPurchases} of ${TP_TOTAL} premises done`], notes: [
    `As the Task Group agreed on 22 September, the age-check test purchase programme now runs to 31 March 2185. Since then, volunteers aged 16 and 17 have made ${T.testPurchases} test purchase attempts at tattoo and piercing premises. Three premises agreed to tattoo or pierce without asking for proof of age, a failure rate of ${pct(T.sold, T.testPurchases)} per cent. All three have had a warning letter and a repeat visit is booked. That brings the programme to ${TP_DONE_SEPT + T.testPurchases} of its ${TP_TOTAL} premises.`] },
  { title: "Inspections: catching up", body: [`County ${NI.county}% (target ${INSPECT_TARGET}%)`, `Oxmere ${NI.Oxmere}%`, `Stellingford ${NI.Stellingford}%`, `Corvistone ${NI.Corvistone}%`], notes: [
    `At 30 June we had inspected 83 per cent of licensed premises against a target of ${INSPECT_TARGET} per cent, with three districts below it. By 30 November the county figure was ${NI.county} per cent. Oxmere is now at ${NI.Oxmere} per cent and Stellingford at ${NI.Stellingford} per cent, so both are above the target. Corvistone is at ${NI.Corvistone} per cent, still just below it, because of two inspector vacancies that are filled from 10 January 2185. Corvistone's recovery plan is item 6 on today's agenda.`] },
  { title: "Safer Skin Summit – 21 October", body: [`${SUMMIT.delegates} delegates`, `${SUMMIT.good}% good or excellent`, `£${num(SUMMIT.final)} spent`], notes: [
    `A quick word on the Summit on 21 October. ${SUMMIT.delegates} delegates came, from ${SUMMIT.orgs} organisations, and ${SUMMIT.good} per cent of those who filled in the feedback form rated it good or excellent. The ink sampling workshop was the most popular session, which is why we ran it twice. The final cost was £${num(SUMMIT.final)}, within the budget of £${num(SUMMIT.budget)}.`] },
  { title: "Ink and product sampling (CPA-05)", body: ["Contract signed 15 October", `${SAMPLES.batch1 + SAMPLES.batch2} of ${SAMPLES.planned} tested`, `${SAMPLES.failed} failed`], notes: [
    `In September action CPA-05 was at risk because the laboratory contract had slipped. The contract with Calderwood Analytical was signed on 15 October 2184. Eighteen samples have now been tested, the ${SAMPLES.batch1} of batch 1 and ${SAMPLES.batch2} of batch 2, and ${SAMPLES.failed} failed because they contained restricted substances above the permitted limits. I would now describe CPA-05 as on track.`] },
  { title: "Risks", body: ["CPR-01: 16 Very high", "New: CPR-07 online injectables (proposed)"], notes: [
    `CPR-01, unlicensed practitioners working from homes and through social media, remains our highest risk, at a score of 16, very high. Tidemark showed us a route we had not registered: injectables bought online from overseas sellers and posted to practitioners in the county. We propose adding it to the register as CPR-07, with a likelihood of ${PROPOSED_RISK.l} and an impact of ${PROPOSED_RISK.i}, a score of ${PROPOSED_RISK.l * PROPOSED_RISK.i}, owned by ${O.kwabena.name}.`] },
  { title: "Phase 2: the winter plan", body: ["10 January – 25 March 2185", "Home-based injectables", `£${num(T.phase2Cost)}`], notes: [
    `Phase 2 would run from Monday 10 January to Friday 25 March 2185. It would concentrate on home-based practitioners offering injectables, with joint visits by licensing and trading standards officers. It would cost £${num(T.phase2Cost)}, which the six districts would meet from their inspection and enforcement grants.`] },
  { title: "What we are asking the Task Group to do", body: ["(a) note", "(b) agree phase 2", "(c) add CPR-07", "(d) letter to the regulator"], notes: [
    "The Task Group is asked to:",
    "(a) note the results of Operation Tidemark;",
    `(b) agree phase 2 from 10 January to 25 March 2185, at a cost of £${num(T.phase2Cost)};`,
    "(c) add CPR-07, online sales of unlicensed injectables, to the programme risk register; and",
    "(d) ask the Chair to write to the national medicines regulator about online sales of unlicensed injectables into the county."] },
  { title: "Questions", body: [O.ravindra.name, O.ravindra.phone, O.ravindra.email], notes: [
    "Happy to take questions. The district figures behind slide 5 are in the appendix to item 6."] },
];

// ---------------------------------------------------------------- draw the slides, rasterise them
const TMP = join(root, "src", ".slides-tmp");
rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });
const pdfPath = join(TMP, "deck.pdf");
await new Promise((resolve) => {
  const sw = 960, sh = 540;
  const pdf = new PDFDocument({ size: [sw, sh], margin: 0, autoFirstPage: false });
  const ws = createWriteStream(pdfPath);
  ws.on("finish", resolve);
  pdf.pipe(ws);
  pdf.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));
  for (const [i, s] of SLIDES.entries()) {
    pdf.addPage({ size: [sw, sh], margin: 0 });
    pdf.rect(0, 0, sw, sh).fillColor("#FFFFFF").fill();
    pdf.rect(0, 0, sw, 96).fillColor("#0E6E73").fill();
    pdf.font("b").fontSize(i === 0 ? 34 : 32).fillColor("#FFFFFF").text(s.title, 48, 28, { width: sw - 96, lineBreak: false });
    let y = 140;
    for (const b of s.body) { pdf.font(i === 0 ? "r" : "b").fontSize(i === 0 ? 24 : 30).fillColor("#1E1E28").text((i === 0 || i === 10 ? "" : "• ") + b, 64, y, { width: sw - 128 }); y = pdf.y + 18; }
    pdf.rect(0, sh - 28, sw, 28).fillColor("#E3F1F1").fill();
    pdf.font("r").fontSize(12).fillColor("#0E6E73").text(`Safer Skin Programme · ${i + 1}`, 48, sh - 20, { lineBreak: false });
  }
  pdf.end();
});
execFileSync("pdftoppm", ["-png", "-r", "48", pdfPath, join(TMP, "slide")]);
const pngs = readdirSync(TMP).filter((f) => f.endsWith(".png")).sort();
if (pngs.length !== SLIDES.length) throw new Error(`expected ${SLIDES.length} slide pictures, got ${pngs.length}`);
const pictures = pngs.map((f) => readFileSync(join(TMP, f)));
rmSync(TMP, { recursive: true, force: true });

// ---------------------------------------------------------------- the Word document
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, ImageRun, WidthType, BorderStyle, VerticalAlign } = D;
const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };
const out = [];
const rows = SLIDES.map((s, i) => {
  out.push(`Slide ${i + 1}`);
  s.notes.forEach((n) => out.push(n));
  return new TableRow({ cantSplit: true, children: [
    new TableCell({ width: { size: 1000, type: WidthType.DXA }, borders, children: [new Paragraph({ children: [new TextRun({ text: `Slide ${i + 1}`, font: "Calibri", size: 22 })] })] }),
    new TableCell({ width: { size: 3900, type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.TOP, children: [new Paragraph({ children: [new ImageRun({ type: "png", data: pictures[i], transformation: { width: 240, height: 135 } })] })] }),
    new TableCell({ width: { size: 4700, type: WidthType.DXA }, borders, children: s.notes.map((n) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: n, font: "Calibri", size: 20 })] })) }),
  ] });
});
const docx = new Document({
  creator: O.ravindra.name,
  lastModifiedBy: O.ravindra.name,
  description: "",
  styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
  sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: [new Table({ width: { size: 9600, type: WidthType.DXA }, columnWidths: [1000, 3900, 4700], rows })] }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(docx));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${SLIDES.length} slides) and text/${BASE}.txt`);
