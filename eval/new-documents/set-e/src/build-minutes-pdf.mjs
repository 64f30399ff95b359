// Builds docs/resources-board-minutes-2023-01-19.pdf (A4 portrait, drawn with pdfkit) and its plain-text
// rendering text/resources-board-minutes-2023-01-19.txt from the same content.
//
// pdfkit is loaded from /work/main/node_modules/pdfkit/js/pdfkit.js unless PDFKIT_PATH gives another copy:
//   node src/build-minutes-pdf.mjs
//
// Layout features: minutes numbered in the left margin, continuing the Board's numbering for the year
// ("14", "15" ...); "RESOLVED:" in capitals; actions as "ACTION: ... (Owner: ..., by ...)" lines; the
// attendance block drawn as two columns of text (names left, councils or posts right) with no table;
// a running header on pages after the first and a "Page n of N" footer (page furniture).
//
// Synthetic test fixture: the people, figures and decisions are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "resources-board-minutes-2023-01-19";
const require = createRequire(import.meta.url);
const PDFDocument = require(process.env.PDFKIT_PATH ?? "/work/main/node_modules/pdfkit/js/pdfkit.js");

// ---------------------------------------------------------------- content
const B = [];
const add = (o) => B.push(o);
const minute = (num, title) => add({ t: "minute", num, title });
const p = (text) => add({ t: "p", text });
const bullet = (text) => add({ t: "bullet", text });
const resolved = (first, ...rest) => add({ t: "resolved", first, rest });
const action = (text, owner, by) => add({ t: "action", text, owner, by });

add({ t: "org", text: "LOCAL GOVERNMENT ASSOCIATION" });
add({ t: "title", text: "Minutes" });
add({ t: "kv", k: "Meeting:", v: "Resources Board" });
add({ t: "kv", k: "Date:", v: "Thursday 19 January 2023" });
add({ t: "kv", k: "Time:", v: "11.00 am – 1.05 pm" });
add({ t: "kv", k: "Venue:", v: "Westminster Room, 8th Floor, 18 Smith Square, London SW1P 3HZ, and online via Microsoft Teams" });
add({ t: "h", text: "Attendance" });
add({
  t: "att",
  label: "Present:",
  rows: [
    ["Cllr Patricia Engleby (Chair)", "Lichfield District Council"],
    ["Cllr Desmond Kearsley (Vice-Chair)", "Wigan Council"],
    ["Cllr Rosalind Tregear (Deputy Chair)", "Three Rivers District Council"],
    ["Cllr Gordon Haverfield (Deputy Chair)", "Epsom and Ewell Borough Council"],
    ["Cllr Rupert Galloway", "West Sussex County Council"],
    ["Cllr Moira Castleton", "Central Bedfordshire Council"],
    ["Cllr Adeline Strickland (online)", "North Yorkshire County Council"],
    ["Cllr Jaswinder Sandhu", "City of Wolverhampton Council"],
    ["Cllr Theo Marchbank", "Gateshead Council"],
    ["Cllr Niamh Costello (online)", "Camden Council"],
  ],
});
add({ t: "att", label: "Substitute:", rows: [["Cllr Bernard Nwachukwu", "Sefton Council"]] });
add({
  t: "att",
  label: "Apologies:",
  rows: [
    ["Cllr Lesley Farraday", "Wirral Council"],
    ["Cllr Conrad Blythe", "Suffolk County Council"],
  ],
});
add({
  t: "att",
  label: "In attendance:",
  rows: [
    ["Alistair Penhaligon", "Director of Finance"],
    ["Corinne Whitebrook", "Head of Local Government Finance"],
    ["Naomi Strachan", "Head of Workforce"],
    ["Rhys Carmody", "Head of Digital"],
    ["Elspeth Garnett", "Governance Officer"],
  ],
});

minute("14", "Welcome, apologies and declarations of interest");
p("The Chair welcomed members to the first meeting of 2023. Apologies were received from Cllr Lesley Farraday and Cllr Conrad Blythe. Cllr Bernard Nwachukwu attended as substitute for Cllr Farraday.");
p("Cllr Theo Marchbank declared a non-pecuniary interest in minute 17 as a member of UNISON. Cllr Jaswinder Sandhu declared a non-pecuniary interest in minute 18 as a member of the pensions committee of the West Midlands Pension Fund.");
resolved("That the apologies and declarations of interest be noted.");

minute("15", "Minutes of the previous meeting");
resolved("That the minutes of the meeting held on 17 November 2022 be agreed as a correct record, subject to recording Cllr Moira Castleton’s attendance.");

minute("16", "Local government finance settlement 2023/24");
p("Corinne Whitebrook, Head of Local Government Finance, introduced the report on the provisional local government finance settlement for 2023/24, published on 19 December 2022, and the LGA’s response to the consultation, which closed on 16 January 2023.");
p("She reported that core spending power would increase by 8.7 per cent in cash terms in 2023/24, although this assumed that every council raised council tax by the maximum allowed without a referendum. Around half of the increase came from council tax. The settlement was again for one year only, and the Fair Funding Review and the business rates reset would not take place before 2025/26.");
p("In the discussion which followed, members made the following points:");
bullet("the settlement was better than expected but did not cover the £2.4 billion of unbudgeted inflation and energy pressures in 2022/23;");
bullet("district councils had received a smaller share of the increase than upper-tier authorities, and the funding guarantee should continue; and");
bullet("councils should not be expected to raise council tax by the maximum during a cost of living crisis.");
resolved(
  "That the Board:",
  "(a) notes the provisional settlement and the LGA’s consultation response; and",
  "(b) agrees that the LGA’s lobbying on the final settlement should focus on a multi-year settlement from 2024/25 and on funding for unbudgeted inflation in 2022/23.",
);
action("Circulate the LGA’s consultation response to all Board members", "Corinne Whitebrook", "27 January 2023");
action("Prepare a briefing for MPs ahead of the debate on the final settlement", "Corinne Whitebrook", "the date of the debate");

minute("17", "Local government pay 2023/24");
p("Naomi Strachan, Head of Workforce, introduced the report on the National Employers’ approach to the 2023/24 pay round for local government services staff. The trade unions’ claim, submitted on 16 January 2023, sought an increase of RPI inflation plus 2 per cent. The National Employers’ consultation with councils would run until 24 February 2023.");
p("Members noted that the 2022 pay award had cost councils considerably more than they had budgeted for, and that a flat-rate award again would further compress pay differentials at the lower end of the pay spine.");
resolved("That the Board notes the report and agrees that the consultation with councils on the 2023/24 pay offer should include options for both a flat-rate and a percentage increase.");
action("Issue the pay consultation to all councils and report the results to the Board", "Naomi Strachan", "16 March 2023");

minute("18", "LGA corporate risk register");
p("Alistair Penhaligon, Director of Finance, introduced the corporate risk register at 31 December 2022 (version 3.2). Two risks were rated Red: cyber security (CRR2) and the timing of DLUHC grant for the 2023/24 sector support programme (CRR3).");
p("Rhys Carmody, Head of Digital, updated members on the phishing attack on 3 November 2022. Two staff email accounts had been compromised for less than an hour; no personal data had been lost, and the Information Commissioner’s Office had been informed as a precaution. All staff had completed refresher training by 16 December 2022.");
p("Members asked for the score of the risk on energy and running costs (CRR6) to be reviewed in the light of the fixed-price energy contract, and asked officers to consider a new risk on the resilience of LGA events to rail strikes.");
resolved(
  "That the Board:",
  "(a) notes the corporate risk register at 31 December 2022;",
  "(b) agrees to close risk CRR8 (data centre migration); and",
  "(c) asks officers to review the scoring of CRR6 and report back to the next meeting.",
);
action("Update the register to close CRR8 and re-score CRR6", "Alistair Penhaligon", "16 March 2023");
action("Circulate a note on the phishing incident and the lessons learned", "Rhys Carmody", "3 February 2023");

minute("19", "LGA budget 2023/24");
p("Alistair Penhaligon introduced the draft LGA budget for 2023/24. The 3 per cent increase in subscriptions agreed by the Leadership Board in September 2022 would raise around £0.25 million. Before savings, the draft budget showed a deficit of £0.6 million, which officers proposed to close by reducing the events programme and holding vacancies open.");
p("Members supported the approach but asked that the savings should not reduce support for councils facing the greatest financial pressures.");
resolved("That the Board recommends the draft budget for 2023/24 to the Leadership Board on 8 February 2023, subject to members’ comments.");
action("Revise the draft budget in the light of members’ comments and submit it to the Leadership Board", "Alistair Penhaligon", "1 February 2023");

minute("20", "Energy costs and council finances");
p("Corinne Whitebrook presented the results of the LGA’s survey of councils on energy costs, carried out in December 2022, to which 118 councils responded. On average, councils expected their energy bills in 2023/24 to be 154 per cent higher than in 2021/22, and 46 councils had reduced the opening hours of buildings open to the public to save energy.");
p("Members noted that the Energy Bill Relief Scheme would be replaced from 1 April 2023 by a less generous scheme, and that leisure centres and swimming pools were among the facilities most at risk.");
resolved("That the Board notes the survey results and agrees that they be published on the LGA website.");
action("Publish the survey results and share them with DLUHC and the Department for Business, Energy and Industrial Strategy", "Corinne Whitebrook", "10 February 2023");

minute("21", "Update on other Board business");
p("The Chair reported on her meeting with the Minister for Local Government on 12 January 2023, at which she had pressed the case for a multi-year settlement.");
p("Cllr Rosalind Tregear, the LGA’s representative on the Local Government Pension Scheme Advisory Board, reported that the Board had published its response to the Government’s consultation on the investment of pension funds in levelling up.");
resolved("That the update be noted.");

minute("22", "Any other business and date of next meeting");
p("There was no other business. The next meeting of the Board will be held on Thursday 16 March 2023 at 11.00 am.");
p("The meeting closed at 1.05 pm.");

const RUNNING = "Resources Board – 19 January 2023 – Minutes";

// ---------------------------------------------------------------- PDF
const M = { left: 62, right: 62, top: 70, bottom: 70 };
const doc = new PDFDocument({
  size: "A4",
  margins: M,
  bufferPages: true,
  info: { Title: "Resources Board – minutes – 19 January 2023", Author: "LGA Member Services", Subject: "Synthetic test fixture" },
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const W = doc.page.width - M.left - M.right;
const NUMX = M.left;
const BODYX = M.left + 34;
const BODYW = W - 34;
const COL2 = M.left + 250;

const ensure = (h) => {
  if (doc.y + h > doc.page.height - M.bottom) doc.addPage();
};
for (const b of B) {
  switch (b.t) {
    case "org":
      doc.font("Helvetica-Bold").fontSize(9).fillColor("#6b1d5c").text(b.text, M.left, M.top - 20, { characterSpacing: 1.5 });
      doc.fillColor("black");
      doc.moveDown(1.2);
      break;
    case "title":
      doc.font("Helvetica-Bold").fontSize(22).text(b.text, M.left);
      doc.moveDown(0.5);
      break;
    case "kv": {
      const y = doc.y;
      doc.font("Helvetica-Bold").fontSize(10.5).text(b.k, M.left, y, { width: 70 });
      doc.font("Helvetica").fontSize(10.5).text(b.v, M.left + 75, y, { width: W - 75 });
      doc.moveDown(0.3);
      break;
    }
    case "h":
      doc.moveDown(0.6);
      doc.font("Helvetica-Bold").fontSize(13).text(b.text, M.left);
      doc.moveDown(0.4);
      break;
    case "att": {
      ensure(16 * (b.rows.length + 1));
      doc.font("Helvetica-Bold").fontSize(10.5).text(b.label, M.left);
      doc.moveDown(0.15);
      for (const [l, r] of b.rows) {
        const y = doc.y;
        doc.font("Helvetica").fontSize(10.5).text(l, M.left, y, { width: 240 });
        const y1 = doc.y;
        doc.text(r, COL2, y, { width: W - 250 });
        doc.y = Math.max(y1, doc.y);
      }
      doc.moveDown(0.5);
      break;
    }
    case "minute": {
      doc.moveDown(0.5);
      ensure(60);
      const y = doc.y;
      doc.font("Helvetica-Bold").fontSize(11.5).text(b.num + ".", NUMX, y, { width: 30 });
      doc.text(b.title, BODYX, y, { width: BODYW });
      doc.moveDown(0.35);
      break;
    }
    case "p":
      doc.font("Helvetica").fontSize(10.5).text(b.text, BODYX, doc.y, { width: BODYW, align: "left", lineGap: 1.5 });
      doc.moveDown(0.45);
      break;
    case "bullet": {
      const y = doc.y;
      doc.font("Helvetica").fontSize(10.5).text("•", BODYX + 2, y, { width: 10, lineBreak: false });
      doc.text(b.text, BODYX + 14, y, { width: BODYW - 14, lineGap: 1.5 });
      doc.moveDown(0.25);
      break;
    }
    case "resolved": {
      ensure(30);
      doc.moveDown(0.15);
      doc.font("Helvetica-Bold").fontSize(10.5).text("RESOLVED: ", BODYX, doc.y, { width: BODYW, continued: true });
      doc.font("Helvetica").text(b.first, { lineGap: 1.5 });
      for (const r of b.rest) {
        doc.moveDown(0.15);
        doc.text(r, BODYX + 14, doc.y, { width: BODYW - 14, lineGap: 1.5 });
      }
      doc.moveDown(0.45);
      break;
    }
    case "action":
      ensure(30);
      doc.font("Helvetica-Bold").fontSize(10.5).text("ACTION: ", BODYX, doc.y, { width: BODYW, continued: true });
      doc.font("Helvetica").text(`${b.text} (Owner: ${b.owner}, by ${b.by})`, { lineGap: 1.5 });
      doc.moveDown(0.45);
      break;
    default:
      throw new Error(b.t);
  }
}
// page furniture: running header (pages after the first) and footer on every page
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  if (i > 0) doc.font("Helvetica").fontSize(8.5).fillColor("#555555").text(RUNNING, M.left, 36, { width: W, align: "right", lineBreak: false });
  doc.font("Helvetica").fontSize(8.5).fillColor("#555555").text(`Page ${i + 1} of ${range.count}`, M.left, doc.page.height - 45, { width: W, align: "center", lineBreak: false });
  doc.fillColor("black");
  doc.page.margins.bottom = savedBottom;
}
doc.end();
await new Promise((res) => out.on("finish", res));

// ---------------------------------------------------------------- text rendering
// One paragraph or list item per line; the two-column attendance block as "left | right"; the minute
// number before its title ("14. Welcome ..."); running header and page footer left out.
const L = [];
for (const b of B) {
  if (b.t === "org" || b.t === "title" || b.t === "h") L.push(b.text);
  else if (b.t === "kv") L.push(`${b.k} ${b.v}`);
  else if (b.t === "att") {
    L.push(b.label);
    for (const [l, r] of b.rows) L.push(`${l} | ${r}`);
  } else if (b.t === "minute") L.push(`${b.num}. ${b.title}`);
  else if (b.t === "p" || b.t === "bullet") L.push(b.text);
  else if (b.t === "resolved") {
    L.push(`RESOLVED: ${b.first}`);
    for (const r of b.rest) L.push(r);
  } else if (b.t === "action") L.push(`ACTION: ${b.text} (Owner: ${b.owner}, by ${b.by})`);
}
writeFileSync(join(root, "text", BASE + ".txt"), L.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${range.count} pages) and text/${BASE}.txt (${L.length} lines)`);
