// Builds docs/community-wellbeing-board-agenda-2023-03-16.pdf (an A4 portrait agenda pack made with
// pdfkit) and its plain-text rendering text/community-wellbeing-board-agenda-2023-03-16.txt from the
// same content.
//
//   node src/build-cwb-pdf.mjs            (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: cover page with date, time and venue and the meeting information; membership 2022/23 as bulleted
// lists under political group headings with roles in brackets and a "Substitutes:" line in each group;
// the agenda as a numbered list whose items carry their page ranges in the text; two papers whose front
// sheets are a left column of bold labels beside their values. A running header and a page footer on
// every page (page furniture: left out of the text rendering). The footers use pack page numbers
// (i, ii, iii for the front matter; the papers start at pages 7 and 15, as in the agenda).
// Synthetic test fixture: the people, figures and proceedings are invented.
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "community-wellbeing-board-agenda-2023-03-16";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "..", "package.json"));
const PDFDocument = require("pdfkit");

const BOARD = "Community Wellbeing Board";
const DATE = "16 March 2023";

// ---------------------------------------------------------------- content
// pages: {footer, blocks}; block types:
//   title, h1, h2, h3, p, small, meta (right-aligned), group (bold group heading), subs ("Substitutes:"),
//   bullet, agenda (numbered agenda line), front (label/value rows), gap
const pages = [];
let cur;
const page = (footer) => pages.push((cur = { footer, blocks: [] }));
const add = (t, text, extra = {}) => cur.blocks.push({ t, text, ...extra });

// ---- page i: cover and meeting information
page("i");
add("title", BOARD);
add("h1", "Agenda");
add("big", "Thursday, 16 March 2023");
add("big", "11.00 am");
add("big", "Hybrid meeting: Westminster Room, 8th Floor, 18 Smith Square, London, SW1P 3HZ and online via Microsoft Teams");
add("gap");
add("p", "To: Members of the Community Wellbeing Board");
add("p", "cc: Named officers for briefing purposes");
add("rule");
add("h2", "Meeting information");
add("p", "There will be a hybrid meeting of the Community Wellbeing Board at 11.00 am on Thursday, 16 March 2023 in the Westminster Room, 8th Floor, 18 Smith Square, London, SW1P 3HZ. Members who cannot attend in person may join online; the Teams link will be sent by Member Services on the day before the meeting.");
add("h3", "Political group meetings:");
add("p", "The group meetings will take place from 10.00 am. Please contact your political group as outlined below for further details.");
add("h3", "Apologies:");
add("p", "Please notify your political group office (see contact telephone numbers below) if you are unable to attend this meeting, so that a substitute can be arranged.");
add("p", "Conservative: Group Office: 020 7946 0211 email: conservative.group@local.gov.uk");
add("p", "Labour: Group Office: 020 7946 0212 email: labour.group@local.gov.uk");
add("p", "Liberal Democrat: Group Office: 020 7946 0213 email: libdem.group@local.gov.uk");
add("p", "Independent: Group Office: 020 7946 0214 email: independent.group@local.gov.uk");
add("h3", "LGA contact:");
add("p", "Marjorie Quennell, Member Services Officer");
add("p", "020 7946 0529 / marjorie.quennell@local.gov.uk");
add("h3", "Carers' Allowance");
add("p", "As part of the LGA Members' Allowances Scheme a Carer's Allowance of £9.00 per hour or £10.90 if receiving London living wage is available to cover the cost of dependants (i.e. children, elderly people or people with disabilities) incurred as a result of attending this meeting.");
add("h3", "Social media");
add("p", "Please feel free to use social media during this meeting. The hashtag for this meeting is #lgacwb");

// ---- page ii: membership
page("ii");
add("h1", "Community Wellbeing Board – Membership 2022/23");
const groups = [
  [
    "Conservative Group (7)",
    [
      "Cllr Hilary Brackenbury (Chair) – Warwickshire County Council",
      "Cllr Desmond Farrow – Norfolk County Council",
      "Cllr Yvette Carmody – West Berkshire Council",
      "Cllr Rupert Haldane – Central Bedfordshire Council",
      "Cllr Pamela Stirling – North Yorkshire County Council",
      "Cllr Oliver Tremayne – Cornwall Council",
      "Cllr Bernadette Quinlan – Havant Borough Council",
    ],
    ["Cllr Giles Partington – Rutland County Council", "Cllr Moira Fenby – South Ribble Borough Council"],
  ],
  [
    "Labour Group (7)",
    [
      "Cllr Nasreen Chaudhry (Vice-Chair) – Leeds City Council",
      "Cllr Declan Moriarty – Liverpool City Council",
      "Cllr Beverley Oyelaran – London Borough of Southwark",
      "Cllr Stuart Lumsden – Durham County Council",
      "Cllr Priya Ramanathan – Coventry City Council",
      "Cllr Alan Featherstone – Gateshead Council",
      "Cllr Teresa Kowalczyk – Stoke-on-Trent City Council",
    ],
    [
      "Cllr Marcus Ebden – Wirral Council",
      "Cllr Shona McAllister – Sandwell Metropolitan Borough Council",
      "Cllr Wendy Tolley – Plymouth City Council",
    ],
  ],
  [
    "Liberal Democrat Group (2)",
    [
      "Cllr Fergus Lindley (Deputy Chair) – London Borough of Richmond upon Thames",
      "Cllr Harriet Sowerby – South Cambridgeshire District Council",
    ],
    ["Cllr Ivor Penhallow – St Albans City and District Council"],
  ],
  [
    "Independent Group (2)",
    ["Cllr Colette Brennan (Deputy Chair) – Epping Forest District Council", "Cllr Raymond Pettigrew – London Borough of Havering"],
    ["Cllr Lorna Ingleby – Isle of Wight Council"],
  ],
];
for (const [g, members, subs] of groups) {
  add("group", g);
  for (const m of members) add("bullet", m);
  add("subs", "Substitutes:");
  for (const s of subs) add("bullet", s, { indent: 1 });
}
add("h3", "Lead members 2022/23");
add("p", "Adult social care: Cllr Hilary Brackenbury (Chair); public health and prevention: Cllr Nasreen Chaudhry; health and care integration: Cllr Fergus Lindley; mental health and wellbeing: Cllr Colette Brennan.");

// ---- page iii: agenda
page("iii");
add("h1", "Agenda");
add("p", BOARD);
add("p", "Thursday 16 March 2023");
add("p", "11.00 am - 1.00 pm");
add("p", "Westminster Room, 8th Floor, 18 Smith Square, London, SW1P 3HZ and Microsoft Teams");
add("gap");
add("agenda", "1. Welcome, apologies, substitutes and declarations of interest");
add("agenda", "2. Minutes of the previous meeting held on 19 January 2023 ... pages 1 - 6");
add("agenda", "3. Adult social care reform: the delay to charging reform and the Market Sustainability and Improvement Fund ... pages 7 - 14");
add("agenda", "4. Public health grant allocations 2023/24 ... pages 15 - 22");
add("agenda", "5. Integrated care systems: one year on – verbal update from the Chair");
add("agenda", "6. Community Wellbeing Board work programme and priorities for 2023/24 ... pages 23 - 30");
add("agenda", "7. Any other business");
add("gap");
add("p", "Date of next meeting: Thursday, 8 June 2023, 11.00 am, Westminster Room, 18 Smith Square, London, SW1P 3HZ");

// ---- page 7: paper for item 3
page("7");
add("meta", BOARD);
add("meta", DATE);
add("meta", "Item 3");
add("h1", "Adult social care reform: the delay to charging reform and the Market Sustainability and Improvement Fund");
add("front", null, {
  rows: [
    ["Purpose", ["For discussion and direction."]],
    [
      "Summary",
      [
        "On 17 November 2022 the Chancellor announced that the adult social care charging reforms – the £86,000 cap on personal care costs and the more generous means test – would be delayed from October 2023 to October 2025, with the funding set aside for them kept in local government for adult social care. This report sets out what the delay means for councils and the conditions that the Department of Health and Social Care (DHSC) has proposed for the new Market Sustainability and Improvement Fund (MSIF) in 2023/24.",
      ],
    ],
    [
      "Recommendations",
      [
        "That the Community Wellbeing Board:",
        "(a) notes the update on the delay to charging reform; and",
        "(b) agrees the proposed lines on the MSIF conditions in paragraph 5 as the basis of the LGA's response to DHSC.",
      ],
    ],
    ["Action", ["Officers to reflect members' views in the LGA's response to DHSC, due by 14 April 2023."]],
    ["Contact officer", ["Tamsin Oldroyd"]],
    ["Position", ["Senior Adviser (Adult Social Care)"]],
    ["Phone", ["020 7946 0537"]],
    ["Email", ["tamsin.oldroyd@local.gov.uk"]],
  ],
});
add("h2", "Background");
add("para", "1. The delay to charging reform means that the £1.3 billion in 2023/24 and £1.9 billion in 2024/25 originally intended for the cap and the extended means test will instead be available to councils for adult social care, through the Social Care Grant and the MSIF.");
add("para", "2. The MSIF is worth £562 million in 2023/24. DHSC proposes that each council must use its allocation to make improvements in at least one of three target areas: the fee rates paid to care providers, workforce capacity, and waiting times for assessments and reviews. Councils would report their plans by 23 June 2023.");
add("para", "3. In a survey of directors of adult social services carried out with ADASS in February 2023, 78 per cent of the 121 councils that responded expected to overspend their adult social care budget in 2022/23, by a combined £312 million. The same councils reported 38,450 people waiting for an assessment.");
add("para", "4. Councils that had begun to prepare for the cap in 2022/23 reported spending £14.6 million on systems and staff that is now on hold. We will ask DHSC to meet these costs.");
add("h2", "Proposed lines");
add("para", "5. Members are asked to agree the following lines for the LGA's response: (i) the conditions should be light-touch, with councils choosing which target area to prioritise; (ii) reporting should use existing data collections rather than new returns; and (iii) allocations for 2024/25 should be confirmed by October 2023 so that councils can plan.");

// ---- page 15: paper for item 4
page("15");
add("meta", BOARD);
add("meta", DATE);
add("meta", "Item 4");
add("h1", "Public health grant allocations 2023/24");
add("front", null, {
  rows: [
    ["Purpose", ["For information."]],
    [
      "Summary",
      [
        "DHSC published the public health grant allocations for 2023/24 on 14 March 2023, two days before this meeting. The grant totals £3.53 billion, a cash increase of 3.3 per cent on 2022/23. This paper gives members the headline figures and the LGA's initial response; a fuller analysis will follow.",
      ],
    ],
    ["Recommendation", ["That the Board notes the allocations and the LGA's initial response."]],
    ["Action", ["Officers to circulate a council-by-council analysis of the allocations to members by 31 March 2023."]],
    ["Contact officer", ["Aidan Crosthwaite"]],
    ["Position", ["Adviser (Public Health)"]],
    ["Phone", ["020 7946 0548"]],
    ["Email", ["aidan.crosthwaite@local.gov.uk"]],
  ],
});
add("h2", "Issues");
add("para", "1. The allocations were published 18 days before the start of the financial year, which leaves councils very little time to agree contracts with providers of sexual health, drug and alcohol and health visiting services.");
add("para", "2. The increase of 3.3 per cent is below the rate of inflation. On our analysis the grant is still 24 per cent lower per person in real terms than in 2015/16. The ring-fence remains in place for 2023/24.");
add("para", "3. The LGA's initial response, issued on 14 March 2023, welcomed the cash increase but said that late allocations made it harder for councils to commission services well, and called again for a multi-year settlement for public health.");
add("para", "4. Funding for drug and alcohol treatment through the supplementary substance misuse treatment and recovery grant is allocated separately and is not included in these figures.");

// ---------------------------------------------------------------- PDF
const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 62, right: 62 }, autoFirstPage: false, bufferPages: true });
doc.info.Title = `${BOARD} – Agenda – ${DATE}`;
doc.info.Author = "Local Government Association";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const out = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(out);
const L = 62;
const W = 595.28 - 62 * 2;
const furniture = (footer) => {
  const m = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("Helvetica").fontSize(8).fillColor("#666666");
  doc.text(`${BOARD}`, L, 34, { width: W / 2, lineBreak: false });
  doc.text(DATE, L + W / 2, 34, { width: W / 2, align: "right", lineBreak: false });
  doc.moveTo(L, 46).lineTo(L + W, 46).lineWidth(0.5).strokeColor("#999999").stroke();
  doc.moveTo(L, 800).lineTo(L + W, 800).lineWidth(0.5).strokeColor("#999999").stroke();
  doc.text("18 Smith Square, London SW1P 3HZ   T 020 7946 0000   www.local.gov.uk", L, 806, { width: W * 0.75, lineBreak: false });
  doc.text(`Page ${footer}`, L + W * 0.75, 806, { width: W * 0.25, align: "right", lineBreak: false });
  doc.page.margins.bottom = m;
  doc.fillColor("black").strokeColor("black");
  doc.x = L;
  doc.y = doc.page.margins.top;
};
for (const pg of pages) {
  doc.addPage();
  furniture(pg.footer);
  for (const b of pg.blocks) {
    switch (b.t) {
      case "title":
        doc.moveDown(3).font("Helvetica-Bold").fontSize(26).fillColor("#1b4f72").text(b.text, L, doc.y, { width: W }).fillColor("black");
        doc.moveDown(0.3);
        break;
      case "h1":
        doc.font("Helvetica-Bold").fontSize(15).fillColor("#1b4f72").text(b.text, L, doc.y, { width: W }).fillColor("black");
        doc.moveDown(0.6);
        break;
      case "big":
        doc.font("Helvetica").fontSize(13).text(b.text, L, doc.y, { width: W });
        doc.moveDown(0.2);
        break;
      case "h2":
        doc.moveDown(0.4).font("Helvetica-Bold").fontSize(11.5).text(b.text, L, doc.y, { width: W });
        doc.moveDown(0.3);
        break;
      case "h3":
        doc.moveDown(0.3).font("Helvetica-Bold").fontSize(10).text(b.text, L, doc.y, { width: W });
        doc.moveDown(0.15);
        break;
      case "p":
        doc.font("Helvetica").fontSize(10).text(b.text, L, doc.y, { width: W, lineGap: 1.5 });
        doc.moveDown(0.25);
        break;
      case "para":
        doc.font("Helvetica").fontSize(9.5).text(b.text, L, doc.y, { width: W, lineGap: 1.2, align: "justify" });
        doc.moveDown(0.45);
        break;
      case "meta":
        doc.font("Helvetica").fontSize(9.5).text(b.text, L, doc.y, { width: W, align: "right" });
        break;
      case "gap":
        doc.moveDown(0.8);
        break;
      case "rule":
        doc.moveDown(0.5);
        doc.moveTo(L, doc.y).lineTo(L + W, doc.y).lineWidth(1).strokeColor("#1b4f72").stroke().strokeColor("black");
        doc.moveDown(0.5);
        break;
      case "group":
        doc.moveDown(0.35).font("Helvetica-Bold").fontSize(10.5).text(b.text, L, doc.y, { width: W });
        doc.moveDown(0.15);
        break;
      case "subs":
        doc.font("Helvetica-Oblique").fontSize(9.5).text(b.text, L + 14, doc.y, { width: W - 14 });
        break;
      case "bullet": {
        const x = L + 14 + (b.indent ?? 0) * 14;
        const y = doc.y;
        doc.font("Helvetica").fontSize(9.5).text("•", x, y, { width: 10, lineBreak: false });
        doc.text(b.text, x + 12, y, { width: W - (x - L) - 12 });
        doc.moveDown(0.05);
        break;
      }
      case "agenda": {
        const [, num, rest] = b.text.match(/^(\d+\.)\s(.*)$/);
        const y = doc.y;
        doc.font("Helvetica-Bold").fontSize(10.5).text(num, L, y, { width: 22, lineBreak: false });
        doc.font("Helvetica").text(rest, L + 24, y, { width: W - 24, lineGap: 1.5 });
        doc.moveDown(0.6);
        break;
      }
      case "front": {
        doc.moveDown(0.3);
        for (const [label, vals] of b.rows) {
          const y = doc.y;
          doc.font("Helvetica-Bold").fontSize(10).text(label, L, y, { width: 108 });
          const yl = doc.y;
          doc.font("Helvetica").fontSize(10);
          doc.y = y;
          for (const v of vals) doc.text(v, L + 118, doc.y, { width: W - 118, lineGap: 1.2 });
          doc.y = Math.max(yl, doc.y) + 7;
        }
        doc.moveTo(L, doc.y).lineTo(L + W, doc.y).lineWidth(0.5).strokeColor("#999999").stroke().strokeColor("black");
        doc.moveDown(0.4);
        break;
      }
      default:
        throw new Error("unknown block " + b.t);
    }
  }
}
const range = doc.bufferedPageRange();
if (range.count !== pages.length) throw new Error(`content overflowed: ${range.count} PDF pages for ${pages.length} planned`);
doc.end();
await new Promise((r) => out.on("finish", r));

// ---------------------------------------------------------------- text rendering (reading order)
// The running header (board and date) and the footer (address line and page number) are page furniture
// and are left out. Front-sheet rows become "Label | value" (a value's paragraphs joined with a space);
// bullets lose their bullet character.
const lines = [];
for (const pg of pages)
  for (const b of pg.blocks) {
    if (b.t === "gap" || b.t === "rule") continue;
    if (b.t === "front") for (const [label, vals] of b.rows) lines.push(`${label} | ${vals.join(" ")}`);
    else lines.push(b.text);
  }
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.pdf (${pages.length} pages) and text/${BASE}.txt`);
