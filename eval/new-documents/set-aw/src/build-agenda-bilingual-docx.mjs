// Builds docs/itvtg-agenda-pack-2113-03-14-cy-en.docx and its rendering in text/.
// Layout: A BILINGUAL WELSH AND ENGLISH AGENDA PACK LAID OUT SIDE BY SIDE, as Welsh public bodies
// publish them under the Welsh language standards: `docx` 9.x, A4 portrait, Arial. THE WHOLE BODY IS
// TWO-COLUMN TABLES – WELSH IN THE LEFT COLUMN, ENGLISH IN THE RIGHT – one table per part of the pack
// (cover and agenda; the front sheets of items 4, 5, 6 and 8; the forward plan), separated by page
// breaks, no outer borders and a thin grey rule between the columns. Every paragraph is a row: the
// Welsh text and its English translation side by side, so a reader who reads row by row meets each
// sentence twice, Welsh first. Each language's TABLES ARE NESTED IN ITS OWN CELL: the agenda (Eitem |
// Teitl | Arweinydd | Tudalen beside Item | Title | Lead | Page), each front sheet as a two-column
// label table (Diben yr adroddiad … beside Purpose of report, Key decision, Exempt information, Contact
// officer, Position, Phone no, Email), the awards table of item 5 (Cais | Cyngor | Prosiect | Sgôr |
// Dyfarniad beside Bid | Council | Project | Score | Award, a bold total row) and the forward plan.
// Recommendations are typed (a)–(c) rows; paragraphs carry typed numbers in both languages. The runs
// carry their language (cy-GB / en-GB). The page header is the body's name in both languages; the
// footer "Tudalen n / Page n". Document properties: title in both languages, author the clerk.
// Rendering: the pack in reading order, a row of the layout table as "Welsh | English" on one line; a
// row whose cells hold nested tables as the Welsh table's rows, then the English table's rows, each a
// line with cells " | "; the page header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented; the Welsh is a
// working translation for the fixture.
//   node src/build-agenda-bilingual-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, BODY_CY, BOARD, OFFICERS as O, AWARDS, ROUND2, RECOMMENDED, CARRY, gbp } from "./common.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, Header, Footer, PageNumber, AlignmentType, VerticalAlign } = D;
const FILE = DOCS.agenda;
const BASE = basename(FILE, extname(FILE));
const FONT = "Arial";
const out = [];

const run = (t, lang, o = {}) => new TextRun({ text: t, font: FONT, size: o.size ?? 20, bold: o.bold, italics: o.it, language: { value: lang } });
const para = (t, lang, o = {}) => new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 100 }, children: [run(t, lang, o)] });
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "7F7F7F" };
const HALF = 4819; // twips: two columns across 9638

// a row of the layout table: Welsh text beside English text (strings or [strings])
const rows = [];
const row = (cy, en, o = {}) => {
  const cyL = [].concat(cy), enL = [].concat(en);
  rows.push(new TableRow({ cantSplit: true, children: [
    new TableCell({ width: { size: HALF, type: WidthType.DXA }, margins: { left: 100, right: 160 }, children: cyL.map((t) => para(t, "cy-GB", o)) }),
    new TableCell({ width: { size: HALF, type: WidthType.DXA }, margins: { left: 160, right: 100 }, children: enL.map((t) => para(t, "en-GB", o)) }),
  ] }));
  out.push(`${cyL.join(" ")} | ${enL.join(" ")}`);
};
// a nested table (rows of cells); bold first row if head; widths in twips summing to about HALF - 260
const nested = (data, widths, lang, o = {}) => new Table({
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
  borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
  rows: data.map((r, i) => new TableRow({ tableHeader: o.head && i === 0, children: r.map((c, j) => new TableCell({
    width: { size: widths[j], type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP,
    shading: (o.head && i === 0) || (o.labels && j === 0) ? { type: ShadingType.CLEAR, color: "auto", fill: "E8EEF4" } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [para(c, lang, { size: 18, after: 0, bold: (o.head && i === 0) || (o.labels && j === 0) || (o.boldLast && i === data.length - 1) })],
  })) })),
});
const tableRow = (cyData, enData, widths, o = {}) => {
  rows.push(new TableRow({ children: [
    new TableCell({ width: { size: HALF, type: WidthType.DXA }, margins: { left: 100, right: 160 }, children: [nested(cyData, widths, "cy-GB", o), new Paragraph({ children: [] })] }),
    new TableCell({ width: { size: HALF, type: WidthType.DXA }, margins: { left: 160, right: 100 }, children: [nested(enData, widths, "en-GB", o), new Paragraph({ children: [] })] }),
  ] }));
  for (const r of cyData) out.push(r.join(" | "));
  for (const r of enData) out.push(r.join(" | "));
};
const tables = [];
const endTable = () => {
  tables.push(new Table({
    width: { size: 9638, type: WidthType.DXA }, columnWidths: [HALF, HALF],
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: RULE },
    rows: rows.splice(0),
  }));
};
const frontSheet = (cy, en) => tableRow(cy, en, [1700, 2850], { labels: true });

// ------------------------------------------------------------------ cover and agenda
row(BODY_CY, BODY, { bold: true, size: 28 });
row("Cyd-grŵp gorchwyl y Bwrdd Diogelu Defnyddwyr a Rheoleiddio a Fforwm Cynghorau Cymru", `A joint task group of the ${BOARD} and the Forum of Welsh Councils`, { it: true });
row("Rhaglen", "Agenda", { bold: true, size: 26 });
row("Dyddiad: Dydd Mawrth 14 Mawrth 2113", "Date: Tuesday 14 March 2113");
row("Amser: 10.30yb – 1.00yp", "Time: 10.30am – 1.00pm");
row("Lleoliad: Ystafell 4.2, 18 Smith Square, Llundain SW1P 3HZ, ac ar Microsoft Teams", "Venue: Room 4.2, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams");
row("Cyn-gyfarfod: 9.45yb, Ystafell 4.3 (y Cadeirydd, yr Is-gadeirydd a'r Dirprwy Gadeirydd)", "Pre-meeting: 9.45am, Room 4.3 (Chair, Vice-Chair and Deputy Chair)");
row("Cyhoeddwyd: Dydd Llun 6 Mawrth 2113", "Published: Monday 6 March 2113");
row(`Cyswllt: ${O.perpetua.name}, Swyddog Gwasanaethau Aelodau, ${O.perpetua.phone}, ${O.perpetua.email}`, `Contact: ${O.perpetua.name}, ${O.perpetua.post}, ${O.perpetua.phone}, ${O.perpetua.email}`);
row("Aelodaeth: mae'r Cynghorydd Kwame Ekwueme-Shaw (Annibynnol, Cyngor Dosbarth Thistleby) wedi cymryd lle'r Cynghorydd Perdita Ormsby-Vane ar y Grŵp Gorchwyl o 20 Chwefror 2113. Ymddiswyddodd y Cynghorydd Ormsby-Vane ar 10 Chwefror 2113.",
  "Membership: Cllr Kwame Ekwueme-Shaw (Independent, Thistleby District Council) has replaced Cllr Perdita Ormsby-Vane on the Task Group from 20 February 2113. Cllr Ormsby-Vane stood down on 10 February 2113.");
row("Rhan A – ar agor i'r cyhoedd", "Part A – open to the public", { bold: true });
const AW = [520, 2330, 1200, 500];
tableRow([
  ["Eitem", "Teitl", "Arweinydd", "Tudalen"],
  ["1", "Croeso, ymddiheuriadau, dirprwyon a datganiadau o fuddiant", "Y Cadeirydd", "–"],
  ["2", "Cofnodion y cyfarfod a gynhaliwyd ar 22 Tachwedd 2112 (i'w cymeradwyo)", "Y Cadeirydd", "3"],
  ["3", "Cofnod gweithredu a materion yn codi", O.perpetua.name, "9"],
  ["4", "Perfformiad a risg y rhaglen, chwarter 3 2112/13 (sleidiau i ddilyn)", O.ottilie.name, "11"],
  ["5", "Cronfa Gorfodi Safonau Masnach, cylch 2: dyfarniadau a argymhellir", O.cormac.name, "13"],
  ["6", "Ymateb i'r ymgynghoriad ar gofrestru manwerthwyr", O.elin.name, "17"],
  ["7", "Blaenraglen 2113/14", O.perpetua.name, "21"],
], [
  ["Item", "Title", "Lead", "Page"],
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Chair", "–"],
  ["2", "Minutes of the meeting held on 22 November 2112 (for approval)", "Chair", "3"],
  ["3", "Action log and matters arising", O.perpetua.name, "9"],
  ["4", "Programme performance and risk, quarter 3 2112/13 (slides to follow)", O.ottilie.name, "11"],
  ["5", "Trading Standards Enforcement Fund round 2: recommended awards", O.cormac.name, "13"],
  ["6", "Response to the retailer registration consultation", O.elin.name, "17"],
  ["7", "Forward plan 2113/14", O.perpetua.name, "21"],
], AW, { head: true });
row("Rhan B – wedi'i heithrio", "Part B – exempt", { bold: true });
row("Mae'r Grŵp Gorchwyl yn debygol o wahardd y wasg a'r cyhoedd ar gyfer yr eitem ganlynol oherwydd ei bod yn debygol o ddatgelu gwybodaeth eithriedig fel y'i diffinnir ym mharagraff 7 o Ran 1 o Atodlen 12A i Ddeddf Llywodraeth Leol 1972 (gwybodaeth am atal, ymchwilio i neu erlyn troseddau).",
  "The Task Group is likely to exclude the press and public for the following item because it involves the likely disclosure of exempt information as defined in paragraph 7 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the prevention, investigation or prosecution of crime).");
tableRow([["Eitem", "Teitl", "Arweinydd", "Tudalen"], ["8", "Ymgyrch Goshawk: diweddariad cudd-wybodaeth (nid i'w gyhoeddi)", O.fintan.name, "–"]],
  [["Item", "Title", "Lead", "Page"], ["8", "Operation Goshawk: intelligence update (not for publication)", O.fintan.name, "–"]], AW, { head: true });
row("Dyddiad y cyfarfod nesaf: Dydd Mawrth 20 Mehefin 2113 (dros dro)", "Date of next meeting: Tuesday 20 June 2113 (provisional)");
endTable();

// ------------------------------------------------------------------ item 4
const contact = (o, postCy) => [
  ["Swyddog cyswllt", o.name], ["Swydd", postCy], ["Rhif ffôn", o.phone], ["E-bost", o.email],
];
const contactEn = (o) => [["Contact officer", o.name], ["Position", o.post], ["Phone no", o.phone], ["Email", o.email]];
row("Eitem 4", "Item 4", { bold: true, size: 24 });
row("Perfformiad a risg y rhaglen, chwarter 3 2112/13", "Programme performance and risk, quarter 3 2112/13", { bold: true, size: 24 });
frontSheet([
  ["Diben yr adroddiad", "Er penderfyniad. Adrodd ar berfformiad, risgiau a chyllideb y Rhaglen Tybaco a Fêps Anghyfreithlon ar ddiwedd chwarter 3 2112/13 (hyd at 31 Rhagfyr 2112)."],
  ["Crynodeb", "Mae tri o'r deg mesur oddi ar y trywydd, dau mewn perygl, pedwar ar y trywydd ac un wedi'i gyflawni. Mae tair risg uwchlaw goddefiant y Grŵp Gorchwyl, sef 15. Rhagwelir y bydd cyllideb y rhaglen yn gorwario £4,000. Mae'r ffigurau yn y sleidiau (Atodiad A), a gyflwynir yn y cyfarfod."],
  ["Penderfyniad allweddol", "Nac ydy"],
  ["Gwybodaeth eithriedig", "Nac oes"],
  ...contact(O.ottilie, "Rheolwr y Rhaglen, Tybaco a Fêps Anghyfreithlon"),
], [
  ["Purpose of report", "For decision. To report the performance, risks and budget of the Illicit Tobacco and Vapes Programme at the end of quarter 3 2112/13 (to 31 December 2112)."],
  ["Summary", "Three of the ten measures are off track, two at risk, four on track and one achieved. Three risks are above the Task Group's tolerance of 15. The programme budget is forecast to overspend by £4,000. The figures are in the slides (Appendix A), which will be presented at the meeting."],
  ["Key decision", "No"],
  ["Exempt information", "No"],
  ...contactEn(O.ottilie),
]);
row("Argymhellion", "Recommendations", { bold: true });
row("Bod y Grŵp Gorchwyl yn:", "That the Task Group:");
row("(a) nodi perfformiad ar ddiwedd chwarter 3 2112/13;", "(a) notes performance at the end of quarter 3 2112/13;");
row("(b) cytuno ar y cynllun adfer ar gyfer IVM-02 (gwerthiannau dan oed), gan gynnwys mis prynu prawf cenedlaethol ym mis Ebrill 2113; a", "(b) agrees the recovery plan for IVM-02 (underage sales), including a national test purchase month in April 2113; and");
row("(c) cytuno i uwchgyfeirio risgiau IVR-08 ac IVR-06 i'r Bwrdd Diogelu Defnyddwyr a Rheoleiddio ar 11 Ebrill 2113.", `(c) agrees to escalate risks IVR-08 and IVR-06 to the ${BOARD} on 11 April 2113.`);
row("Camau gweithredu", "Action", { bold: true });
row("Swyddogion i weithredu fel y cyfarwyddir gan y Grŵp Gorchwyl.", "Officers to act as directed by the Task Group.");
endTable();

// ------------------------------------------------------------------ item 5
row("Eitem 5", "Item 5", { bold: true, size: 24 });
row("Cronfa Gorfodi Safonau Masnach, cylch 2: dyfarniadau a argymhellir", "Trading Standards Enforcement Fund round 2: recommended awards", { bold: true, size: 24 });
frontSheet([
  ["Diben yr adroddiad", "Er penderfyniad. Argymell dyfarniadau o gylch 2 y Gronfa Gorfodi Safonau Masnach."],
  ["Crynodeb", `Agorodd cylch 2 ar 5 Rhagfyr 2112 a chaeodd ar 27 Ionawr 2113. Daeth 31 o geisiadau i law yn gofyn am £3,020,000, a £1,250,000 ar gael. Mae'r adroddiad hwn yn argymell wyth dyfarniad gwerth cyfanswm o ${gbp(RECOMMENDED)} a bod ${gbp(CARRY)} yn cael ei drosglwyddo i gylch 3.`],
  ["Penderfyniad allweddol", "Ydy"],
  ["Gwybodaeth eithriedig", "Nac oes, ond mae Atodiad B (sgorau'r asesiad) wedi'i eithrio o dan baragraff 3 o Ran 1 o Atodlen 12A i Ddeddf Llywodraeth Leol 1972"],
  ...contact(O.cormac, "Uwch Gynghorydd, Cyllid Safonau Masnach"),
], [
  ["Purpose of report", "For decision. To recommend awards from round 2 of the Trading Standards Enforcement Fund."],
  ["Summary", `Round 2 opened on 5 December 2112 and closed on 27 January 2113. ${ROUND2.bids} bids were received, asking for £3,020,000 against ${gbp(ROUND2.pot)} available. This report recommends eight awards totalling ${gbp(RECOMMENDED)} and that ${gbp(CARRY)} is carried forward to round 3.`],
  ["Key decision", "Yes"],
  ["Exempt information", "No, but Appendix B (assessment scores) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"],
  ...contactEn(O.cormac),
]);
row("Argymhellion", "Recommendations", { bold: true });
row("Bod y Grŵp Gorchwyl yn:", "That the Task Group:");
row(`(a) cymeradwyo'r wyth dyfarniad yn Nhabl 1, gwerth cyfanswm o ${gbp(RECOMMENDED)};`, `(a) approves the eight awards in Table 1, totalling ${gbp(RECOMMENDED)};`);
row(`(b) cytuno bod y ${gbp(CARRY)} na ddyfarnwyd yn cael ei drosglwyddo i gylch 3; a`, `(b) agrees that the ${gbp(CARRY)} not awarded is carried forward to round 3; and`);
row("(c) dirprwyo amodau'r grant ar gyfer pob dyfarniad i Reolwr y Rhaglen, mewn ymgynghoriad â'r Cadeirydd.", "(c) delegates the grant conditions for each award to the Programme Manager, in consultation with the Chair.");
row("Cefndir", "Background", { bold: true });
row(`1. Cytunodd y Grŵp Gorchwyl ar brosbectws cylch 2 ar 22 Tachwedd 2112: ${gbp(ROUND2.pot)} ar gael, grant uchaf o ${gbp(ROUND2.max)}, ceisiadau gan gynghorau unigol neu bartneriaethau, ac arian cyfatebol o 20 y cant o leiaf.`,
  `1. The Task Group agreed the round 2 prospectus on 22 November 2112: ${gbp(ROUND2.pot)} available, a maximum grant of ${gbp(ROUND2.max)}, bids from single councils or partnerships, and match funding of at least 20 per cent.`);
row("2. Sgoriodd panel o swyddogion bob cais allan o 100 yn erbyn y meini prawf yn y prosbectws. Sgoriodd wyth cais 70 neu fwy, ac mae'r rhain yn cael eu hargymell.",
  "2. A panel of officers scored each bid out of 100 against the criteria in the prospectus. Eight bids scored 70 or more, and these are recommended.");
row("Tabl 1: Dyfarniadau a argymhellir", "Table 1: Recommended awards", { bold: true });
const SCORE = { "R2-03": 88, "R2-07": 84, "R2-11": 79, "R2-12": 71, "R2-16": 86, "R2-19": 74, "R2-24": 72, "R2-28": 81 };
tableRow([
  ["Cais", "Cyngor", "Prosiect", "Sgôr", "Dyfarniad"],
  ...AWARDS.map((a) => [a.ref, a.cy, a.cyProject, String(SCORE[a.ref]), gbp(a.amount)]),
  ["Cyfanswm", "", "", "", gbp(RECOMMENDED)],
], [
  ["Bid", "Council", "Project", "Score", "Award"],
  ...AWARDS.map((a) => [a.ref, a.council, a.project, String(SCORE[a.ref]), gbp(a.amount)]),
  ["Total", "", "", "", gbp(RECOMMENDED)],
], [620, 1250, 1500, 450, 740], { head: true, boldLast: true });
row("3. Mae cais R2-24 yn dibynnu ar brydles ar le mewn warws y mae Cyngor Bwrdeistref Fetropolitan Northmarsh yn disgwyl ei llofnodi erbyn diwedd mis Mawrth 2113.",
  "3. Bid R2-24 depends on a lease of warehouse space that Northmarsh Metropolitan Borough Council expects to sign by the end of March 2113.");
row("4. Nid oes rhaid i aelodau ddatgan buddiant dim ond oherwydd bod eu cyngor eu hunain wedi gwneud cais. Dylai aelod sydd â phortffolio cabinet neu rôl arall sy'n gysylltiedig â chais ei ddatgan, ac ni ddylai gymryd rhan yn y penderfyniad ar y cais hwnnw.",
  "4. Members do not have to declare an interest only because their own council has bid. A member who holds a cabinet portfolio or other role connected with a bid should declare it and should not take part in the decision on that bid.");
row("5. Dyfarnodd cylch 1 £2,310,000 i 14 o gynghorau ym mis Gorffennaf 2112. Gyda'r £163,500 a drosglwyddir, byddai gan gylch 3 (sy'n agor ym mis Medi 2113) £1,103,500.",
  "5. Round 1 awarded £2,310,000 to 14 councils in July 2112. With the £163,500 carried forward, round 3 (opening in September 2113) would have £1,103,500.");
endTable();

// ------------------------------------------------------------------ item 6
row("Eitem 6", "Item 6", { bold: true, size: 24 });
row("Ymateb i'r ymgynghoriad ar gofrestru manwerthwyr", "Response to the retailer registration consultation", { bold: true, size: 24 });
frontSheet([
  ["Diben yr adroddiad", "Er penderfyniad. Cytuno ar ymateb y Grŵp Gorchwyl i ymgynghoriad yr Adran Masnach a Materion Defnyddwyr ar gynllun cofrestru cenedlaethol ar gyfer manwerthwyr tybaco a fêps, sy'n cau ar 24 Mawrth 2113."],
  ["Crynodeb", "Mae'r ymateb drafft yn cefnogi cofrestr genedlaethol a weithredir gan gynghorau, gyda ffi flynyddol o £350 o leiaf fesul safle a gedwir gan y cyngor cofrestru, pwerau i atal cofrestriad ar ôl dau werthiant dan oed mewn blwyddyn, a chyllid beichiau newydd am y ddwy flynedd gyntaf."],
  ["Penderfyniad allweddol", "Nac ydy"],
  ["Gwybodaeth eithriedig", "Nac oes"],
  ...contact(O.elin, "Cynghorydd Polisi (Cymru)"),
], [
  ["Purpose of report", "For decision. To agree the Task Group's response to the Department for Trade and Consumer Affairs' consultation on a national registration scheme for retailers of tobacco and vapes, which closes on 24 March 2113."],
  ["Summary", "The draft response supports a national register run by councils, with an annual fee of at least £350 per premises kept by the registering council, powers to suspend a registration after two underage sales in a year, and new burdens funding for the first two years."],
  ["Key decision", "No"],
  ["Exempt information", "No"],
  ...contactEn(O.elin),
]);
row("Argymhellion", "Recommendations", { bold: true });
row("Bod y Grŵp Gorchwyl yn:", "That the Task Group:");
row("(a) cytuno ar yr ymateb drafft yn Atodiad A, yn amodol ar unrhyw newidiadau y mae aelodau'n gofyn amdanynt; a", "(a) agrees the draft response at Appendix A, subject to any changes members ask for; and");
row("(b) dirprwyo newidiadau terfynol i'r Cynghorydd Polisi (Cymru), mewn ymgynghoriad â'r Cadeirydd a'r Is-gadeirydd, fel y gellir anfon yr ymateb erbyn 24 Mawrth 2113.", "(b) delegates final changes to the Policy Adviser (Wales), in consultation with the Chair and Vice-Chair, so that the response can be sent by 24 March 2113.");
row("Prif bwyntiau'r ymateb drafft", "Main points of the draft response", { bold: true });
row("1. Dylai'r gofrestr fod yn orfodol i bob safle sy'n gwerthu tybaco neu fêps, gan gynnwys gwerthwyr ar-lein sy'n danfon i Gymru a Lloegr.", "1. Registration should be compulsory for every premises selling tobacco or vapes, including online sellers delivering to England and Wales.");
row("2. Dylai'r ffi fod yn £350 o leiaf y flwyddyn, a dylai'r cyngor cofrestru ei chadw i dalu am arolygu a gorfodi.", "2. The fee should be at least £350 a year, and the registering council should keep it to pay for inspection and enforcement.");
row("3. Dylai cynghorau allu atal cofrestriad am hyd at 12 mis ar ôl dau werthiant dan oed mewn blwyddyn.", "3. Councils should be able to suspend a registration for up to 12 months after two underage sales in a year.");
row("4. Dylai'r llywodraeth dalu am sefydlu'r gofrestr, gan gynnwys y system TG, am y ddwy flynedd gyntaf.", "4. The government should pay for setting up the register, including the IT system, for the first two years.");
endTable();

// ------------------------------------------------------------------ item 7 forward plan
row("Eitem 7", "Item 7", { bold: true, size: 24 });
row("Blaenraglen 2113/14", "Forward plan 2113/14", { bold: true, size: 24 });
tableRow([
  ["Cyfarfod", "Eitemau"],
  ["Dydd Mawrth 20 Mehefin 2113", "Perfformiad diwedd blwyddyn 2112/13; adroddiad ar gostau storio a gwaredu (IVA-19); prosbectws cylch 3; adroddiad blynyddol i'r Bwrdd a'r Fforwm"],
  ["Dydd Mawrth 26 Medi 2113", "Perfformiad chwarter 1 2113/14; gwerthusiad interim cylch 2; ymateb y llywodraeth ar gofrestru manwerthwyr"],
], [
  ["Meeting", "Items"],
  ["Tuesday 20 June 2113", "Year-end performance 2112/13; report on storage and disposal costs (IVA-19); round 3 prospectus; annual report to the Board and the Forum"],
  ["Tuesday 26 September 2113", "Quarter 1 2113/14 performance; interim evaluation of round 2; the government's response on retailer registration"],
], [1500, 3050], { head: true });
endTable();

// ------------------------------------------------------------------ item 8 (Part B)
row("Eitem 8", "Item 8", { bold: true, size: 24 });
row("Ymgyrch Goshawk: diweddariad cudd-wybodaeth", "Operation Goshawk: intelligence update", { bold: true, size: 24 });
row("Nid i'w gyhoeddi yn rhinwedd paragraff 7 o Ran 1 o Atodlen 12A i Ddeddf Llywodraeth Leol 1972. Bydd yr adroddiad yn cael ei ddosbarthu i aelodau yn y cyfarfod.",
  "Not for publication by virtue of paragraph 7 of Part 1 of Schedule 12A to the Local Government Act 1972. The report will be circulated to members at the meeting.");
frontSheet([
  ["Penderfyniad allweddol", "Nac ydy"],
  ["Gwybodaeth eithriedig", "Oes – paragraff 7"],
  ["Swyddog cyswllt", O.fintan.name],
  ["Swydd", "Arweinydd Cudd-wybodaeth"],
  ["Rhif ffôn", O.fintan.phone],
], [
  ["Key decision", "No"],
  ["Exempt information", "Yes – paragraph 7"],
  ["Contact officer", O.fintan.name],
  ["Position", O.fintan.post],
  ["Phone no", O.fintan.phone],
]);
endTable();

// ------------------------------------------------------------------ the document
const children = [];
tables.forEach((t, i) => {
  if (i) children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
  children.push(t);
});
const doc = new Document({
  creator: O.perpetua.name,
  title: `${BODY_CY} / ${BODY}: Rhaglen / Agenda, 14 Mawrth / March 2113`,
  description: "Dogfen ddwyieithog / Bilingual document",
  styles: { default: { document: { run: { font: FONT, size: 20 } } } },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`${BODY_CY}  |  ${BODY}`, "cy-GB", { size: 16 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Tudalen ", PageNumber.CURRENT, " / Page ", PageNumber.CURRENT], font: FONT, size: 16 })] })] }) },
    children,
  }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
