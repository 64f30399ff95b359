// Builds docs/fire-services-management-committee-agenda-2022-10-07.docx and its plain-text rendering
// text/fire-services-management-committee-agenda-2022-10-07.txt from the same content.
//
// Needs the npm package `docx` (9.x). By default it is loaded from /work/main/node_modules; to use another
// copy pass the absolute path of its ESM entry in DOCX_PATH:
//   DOCX_PATH=$PWD/node_modules/docx/dist/index.mjs node src/build-fsmc-docx.mjs
//
// Layout features: membership table whose first column (political group) is a vertically merged cell
// spanning the group's rows; attendance as Yes / No / Sub per meeting; agenda as numbered paragraphs with
// dot-leader tabs to the page numbers, in Part 1 (open) and Part 2 (confidential); papers whose front
// sheets use bold inline labels ("Purpose:", "Summary:", "Recommendation(s):", "Contact officer:") and a
// "confidential?" check-box line; a restricted confidential item; a page header and footer.
//
// Synthetic test fixture: the people, figures and decisions are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fire-services-management-committee-agenda-2022-10-07";
const DOCX_PATH = process.env.DOCX_PATH ?? "/work/main/node_modules/docx/dist/index.mjs";
const D = await import(pathToFileURL(DOCX_PATH).href);
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, ShadingType, PageBreak, Footer, Header, PageNumber, TabStopType, LeaderType, VerticalAlign,
} = D;

const BOARD = "Fire Services Management Committee";
const DATE = "7 October 2022";

// ---------------------------------------------------------------- content
// Blocks: title, h1, h2, meta (right-aligned), p {text, label}, bold, pb, table {header, rows, widths},
// grouptable {header, groups, widths}, agenda {num, title, pages}, restricted.
const B = [];
const title = (text) => B.push({ t: "title", text });
const h1 = (text) => B.push({ t: "h1", text });
const h2 = (text) => B.push({ t: "h2", text });
const meta = (text) => B.push({ t: "meta", text });
const p = (text, label) => B.push({ t: "p", text, label });
const bold = (text) => B.push({ t: "bold", text });
const pb = () => B.push({ t: "pb" });
const table = (header, rows, widths, opts = {}) => B.push({ t: "table", header, rows, widths, ...opts });
const agenda = (num, text, pages) => B.push({ t: "agenda", num, text, pages });

// Cover
title(BOARD);
h1("Agenda");
p("Friday, 7 October 2022");
p("11.00 am");
p("Smith Square 1&2, Ground Floor, 18 Smith Square, London, SW1P 3HZ, and online via Microsoft Teams");
p("To: Members of the Fire Services Management Committee");
p("cc: Named officers for briefing purposes");

h2(`${BOARD} – ${DATE}`);
p("There will be a hybrid meeting of the Fire Services Management Committee at 11.00 am on Friday, 7 October 2022 in Smith Square 1&2, Ground Floor, 18 Smith Square, London, SW1P 3HZ. Members who cannot attend in person may join online; a Microsoft Teams link is in the calendar invitation.");
p("The Committee’s meeting on 9 September 2022 was cancelled following the death of Her Majesty Queen Elizabeth II. The items deferred from that meeting are included in this agenda.");
bold("Apologies:");
p("Please notify your political group office if you are unable to attend this meeting, so that a substitute can be arranged.");
p("Conservative: 020 7946 0161 – lgaconservatives@local.gov.uk");
p("Labour: 020 7946 0162 – lgalabour@local.gov.uk");
p("Liberal Democrat: 020 7946 0163 – libdem@local.gov.uk");
p("Independent: 020 7946 0164 – independent.group@local.gov.uk");
bold("LGA contact:");
p("Priya Venkatesan – 020 7946 0657 – priya.venkatesan@local.gov.uk");
bold("Carers’ Allowance");
p("As part of the LGA Members’ Allowances Scheme a Carer’s Allowance of £9.50 per hour, or £11.05 if receiving London living wage, is available to cover the cost of dependants incurred as a result of attending this meeting.");
pb();

h2(`${BOARD} – Membership 2022/23`);
const groups = [
  {
    name: "Conservative (6)",
    rows: [
      ["Cllr Malcolm Pettigrew", "Hampshire and Isle of Wight Fire and Rescue Authority", "Chair"],
      ["Cllr Lorna Fitzwilliam", "Buckinghamshire and Milton Keynes Fire Authority", ""],
      ["Cllr Derek Stanbridge", "Royal Berkshire Fire Authority", ""],
      ["Cllr Harriet Colborne", "Devon and Somerset Fire and Rescue Authority", ""],
      ["Cllr Rupert Galloway", "West Sussex County Council", ""],
      ["Cllr Amanda Threlfall", "Hereford and Worcester Fire Authority", ""],
      ["Cllr Keith Brimble", "Humberside Fire Authority", "Substitute"],
      ["Cllr Sally Wetherell", "Cheshire Fire Authority", "Substitute"],
    ],
  },
  {
    name: "Labour (5)",
    rows: [
      ["Cllr Bernard Nwachukwu", "Merseyside Fire and Rescue Authority", "Vice-Chair"],
      ["Cllr Carol Hebden", "South Yorkshire Fire and Rescue Authority", ""],
      ["Cllr Shabana Akhtar", "West Yorkshire Fire and Rescue Authority", ""],
      ["Cllr Liam Trelawney", "Tyne and Wear Fire and Rescue Authority", ""],
      ["Cllr Maureen Glossop", "Nottinghamshire and City of Nottingham Fire and Rescue Authority", ""],
      ["Cllr Dean Ormsby", "Cleveland Fire Authority", "Substitute"],
      ["Cllr Priti Ramsaran", "Leicestershire Fire and Rescue Authority", "Substitute"],
    ],
  },
  {
    name: "Liberal Democrat (2)",
    rows: [
      ["Cllr Felicity Arkwright", "Avon Fire Authority", "Deputy Chair"],
      ["Cllr Hamish Dunmore", "Oxfordshire County Council", ""],
      ["Cllr Trudy Penrose", "Cornwall Council", "Substitute"],
    ],
  },
  {
    name: "Independent (1)",
    rows: [
      ["Cllr Victor Holroyd", "East Sussex Fire Authority", "Deputy Chair"],
      ["Cllr Anita Bellingham", "Lancashire Combined Fire Authority", "Substitute"],
    ],
  },
];
B.push({ t: "grouptable", header: ["Group", "Councillor", "Authority", "Position"], groups, widths: [1900, 2700, 3900, 1400] });
p("Members are appointed by the political groups for the 2022/23 meeting year. Substitutes may attend and vote in place of a member of their own group who has sent apologies.");

h2(`${BOARD} – Attendance 2022/23`);
p("Key: Yes – attended; No – apologies, no substitute; Sub – apologies, substitute attended; – not required");
const attendance = [
  ["Malcolm Pettigrew", "Yes", "Yes"],
  ["Lorna Fitzwilliam", "Yes", "Sub"],
  ["Derek Stanbridge", "No", "No"],
  ["Harriet Colborne", "Yes", "Yes"],
  ["Rupert Galloway", "Sub", "Yes"],
  ["Amanda Threlfall", "Yes", "No"],
  ["Bernard Nwachukwu", "Yes", "Yes"],
  ["Carol Hebden", "Sub", "Yes"],
  ["Shabana Akhtar", "Yes", "Yes"],
  ["Liam Trelawney", "Yes", "No"],
  ["Maureen Glossop", "Yes", "Sub"],
  ["Felicity Arkwright", "Yes", "Yes"],
  ["Hamish Dunmore", "No", "Sub"],
  ["Victor Holroyd", "Yes", "Yes"],
  ["Substitutes", "", ""],
  ["Keith Brimble", "–", "Yes"],
  ["Sally Wetherell", "Yes", "–"],
  ["Dean Ormsby", "Yes", "–"],
  ["Priti Ramsaran", "–", "Yes"],
  ["Trudy Penrose", "–", "Yes"],
  ["Anita Bellingham", "–", "–"],
];
table(["Councillor", "17 June 2022", "15 July 2022"], attendance, [4000, 2000, 2000], { headerShade: true, center: [1, 2] });

h1("Agenda");
p(BOARD);
p("Friday 7 October 2022");
p("11.00 am – 1.00 pm");
p("Smith Square 1&2, Ground Floor, 18 Smith Square, London, SW1P 3HZ, and online via Microsoft Teams");
B.push({ t: "agendahead" });
bold("Part 1");
bold("Items for discussion and decision");
agenda("1.", "Welcome, apologies, substitutes and declarations of interest", "");
agenda("2.", "Fire reform white paper: next steps", "1 - 8");
agenda("3.", "Fire and rescue services pay 2022", "9 - 14");
agenda("4.", "Summer 2022 heatwave and wildfires: lessons for fire and rescue authorities", "15 - 22");
agenda("5.", "Outside bodies and other business: update", "23 - 26");
bold("Part 2");
bold("Confidential");
p("The following item is likely to be considered in private because it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person, including the authority holding that information).");
agenda("6.", "Fire pensions: legal update", "27 - 30");
p("Date of next meeting: Friday, 2 December 2022, 11.00 am, 18 Smith Square, London, SW1P 3HZ");
pb();

// ---- front sheet style used by all three papers: bold inline labels
function frontSheet({ item, heading, purpose, summary, recs, actions, contacts }) {
  meta(BOARD);
  meta(DATE);
  meta(item);
  B.push({ t: "bigbold", text: heading });
  p(purpose, "Purpose:");
  p(summary, "Summary:");
  p("Yes ☐ No ☒", "Is this report confidential?");
  bold("Recommendation(s):");
  for (const r of recs) p(r);
  p(actions, "Action(s):");
  for (const c of contacts) p(c, "Contact officer:");
}

// Item 2
frontSheet({
  item: "Item 2",
  heading: "Fire reform white paper: next steps",
  purpose: "For decision.",
  summary: "The Government’s consultation on its Fire reform white paper, Reforming our Fire and Rescue Service, closed on 26 July 2022. This report summarises the LGA’s response, which the Committee agreed on 15 July 2022, and the results of our survey of fire authority chairs, and proposes next steps while the Government considers its response.",
  recs: [
    "That the Fire Services Management Committee:",
    "1. notes the LGA’s response to the white paper consultation and the survey results;",
    "2. agrees that the Chair writes to the Minister responsible for fire to set out the LGA’s position on fire governance (paragraph 7); and",
    "3. agrees to hold a workshop for fire authority chairs on governance and operational independence in January 2023.",
  ],
  actions: "Officers to proceed as directed by members.",
  contacts: ["Mark Gallimore, Senior Adviser (Fire) – 020 7946 0652 – mark.gallimore@local.gov.uk"],
});
bold("Background");
p("1.\tThe Government published its Fire reform white paper in May 2022. The consultation closed on 26 July 2022. The white paper proposed reforms in three areas: people, professionalism and governance.");
p("2.\tOn governance, the white paper proposed that chief fire officers should have operational independence set out in law, and that responsibility for fire should pass to a single elected individual in each area, such as a police, fire and crime commissioner or a mayor.");
p("3.\tThe Committee agreed the LGA’s response at its meeting on 15 July 2022. The response supported operational independence for chief fire officers, provided its limits are clearly defined; opposed any automatic transfer of governance to a single elected individual; and supported a College of Fire and Rescue, provided the Government meets its costs.");
bold("Survey of fire authority chairs");
p("4.\tIn August 2022 we surveyed the chairs of the 30 combined and stand-alone fire and rescue authorities in England, and 26 responded. Of these, 22 opposed the transfer of governance to a single elected individual, 19 supported operational independence if it is defined in law, and 24 said that the cost of a College of Fire and Rescue should not fall on fire authorities.");
p("5.\tThe Government’s response had been expected in the autumn. Following the ministerial changes in September 2022, officials now expect a response in spring 2023 at the earliest.");
bold("Issues");
p("6.\tThe white paper also asked whether the right of firefighters to take industrial action should be limited by a minimum service agreement. Our response said that this was a matter for the National Joint Council, and that fire authorities’ business continuity arrangements had worked well.");
bold("Proposed letter to the Minister");
p("7.\tWe propose that the Chair writes to the Minister responsible for fire making three points:");
p("7.1.\tfire authorities have improved governance and scrutiny since the first round of inspections by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services;");
p("7.2.\tany change to governance should be made by local agreement, not imposed; and");
p("7.3.\tthe reforms, including a College of Fire and Rescue, must be fully funded by the Government.");
bold("Implications for Wales");
p("8.\tFire is devolved in Wales, and the white paper applies to England only.");
bold("Financial implications");
p("9.\tThe workshop for fire authority chairs will cost around £4,500, met from the Committee’s existing budget.");
bold("Next steps");
p("10.\tSubject to members’ views, the Chair will write to the Minister in October, and the workshop will be held on 20 January 2023.");
pb();

// Item 3
frontSheet({
  item: "Item 3",
  heading: "Fire and rescue services pay 2022",
  purpose: "For discussion.",
  summary: "This report updates members on the 2022 pay round for uniformed staff in fire and rescue services, including the rejection of the employers’ offer of 2 per cent, and seeks members’ views ahead of the meeting of the employers’ side on 13 October 2022.",
  recs: ["That the Committee notes the report and gives a steer to the employers’ side of the National Joint Council."],
  actions: "Officers to reflect members’ views at the employers’ side meeting on 13 October 2022.",
  contacts: [
    "Naomi Strachan, Head of Workforce – 020 7946 0247 – naomi.strachan@local.gov.uk",
    "Dominic Fairweather, Adviser (Fire Workforce) – 020 7946 0259 – dominic.fairweather@local.gov.uk",
  ],
});
bold("Background");
p("1.\tThe National Joint Council (NJC) for Local Authority Fire and Rescue Services negotiates the pay of uniformed staff (the “Grey Book”). Pay awards take effect from 1 July each year.");
p("2.\tIn June 2022 the employers’ side offered an increase of 2 per cent from 1 July 2022. The Fire Brigades Union (FBU) rejected the offer in July and has said that it will ballot its members on industrial action if an improved offer is not made.");
p("3.\tInflation has continued to rise since the offer was made, and the FBU has pointed to the higher awards made in some other parts of the public sector.");
bold("Issues");
p("4.\tEach additional 1 per cent on the pay bill for uniformed staff costs fire and rescue authorities in England around £19 million a year. Authorities’ budgets for 2022/23 assumed an award of 2 per cent on average.");
p("5.\tIn September we surveyed the 44 fire and rescue services in England, and 37 responded. 29 said that an award above 3 per cent could not be met in 2022/23 without drawing on reserves, and 11 said that they would have to consider reducing the number of fire engines available.");
p("6.\tThe employers’ side will meet on 13 October 2022 to consider its position. Members’ views are sought to inform that meeting, in particular on whether the employers should ask the Government for additional funding for any award above 2 per cent.");
bold("Financial implications");
p("7.\tThere are no financial implications for the LGA. Pay awards are funded by fire and rescue authorities.");
pb();

// Item 4
frontSheet({
  item: "Item 4",
  heading: "Summer 2022 heatwave and wildfires: lessons for fire and rescue authorities",
  purpose: "For discussion.",
  summary: "The extreme heat of July 2022 led to the busiest days for many fire and rescue services since the Second World War. This report sets out early lessons from the summer, drawing on information from the National Fire Chiefs Council (NFCC), and proposes joint work on wildfire prevention guidance for councils.",
  recs: [
    "That the Committee:",
    "1. discusses the lessons set out in paragraph 4; and",
    "2. agrees that the LGA works with the NFCC and Defra on wildfire prevention guidance for councils, to be published by March 2023.",
  ],
  actions: "Officers to take forward the guidance with the NFCC and Defra.",
  contacts: ["Priya Venkatesan, Adviser (Fire) – 020 7946 0657 – priya.venkatesan@local.gov.uk"],
});
bold("Background");
p("1.\tOn 18 and 19 July 2022 temperatures in England passed 40°C for the first time. Over those two days fire and rescue services in England attended 1,146 wildfires and grass fires, and several services declared major incidents.");
p("2.\tBetween 1 June and 31 August 2022, services in England attended 24,316 grass, crop and wildfire incidents, more than three times the number in the same period in 2021.");
p("3.\tCalls to fire control rooms on 19 July 2022 were around four times the normal daily number, and homes were destroyed in several villages where fire spread from grassland to gardens.");
bold("Early lessons");
p("4.\tEarly lessons identified by services and the NFCC include:");
p("4.1.\tnational and regional mutual aid worked well, but relied on the goodwill of on-call firefighters and their employers;");
p("4.2.\twater supplies were a problem in rural areas where hydrants are far apart;");
p("4.3.\tcouncils’ land management, planning and licensing powers, including public spaces protection orders banning disposable barbecues, have a part to play in prevention; and");
p("4.4.\tcontrol rooms need more resilience to deal with surges in calls.");
bold("Proposed guidance");
p("5.\tWe propose to work with the NFCC and Defra on short guidance for councils on wildfire prevention, covering land management, planning and the use of public spaces protection orders, to be published by March 2023.");
bold("Financial implications");
p("6.\tThe guidance will be produced within existing budgets.");
pb();

// Item 5 – shorter front sheet
frontSheet({
  item: "Item 5",
  heading: "Outside bodies and other business: update",
  purpose: "For information.",
  summary: "This report lists the Committee’s appointments to outside bodies for 2022/23 and updates members on other business.",
  recs: ["That the Committee notes the appointments and the update."],
  actions: "None.",
  contacts: ["Priya Venkatesan, Adviser (Fire) – 020 7946 0657 – priya.venkatesan@local.gov.uk"],
});
bold("Appointments to outside bodies 2022/23");
table(
  ["Outside body", "Representative(s)"],
  [
    ["Fire Standards Board", "Cllr Harriet Colborne"],
    ["National Joint Council for Local Authority Fire and Rescue Services (employers’ side)", "Cllr Malcolm Pettigrew (Chair of the employers’ side); Cllr Bernard Nwachukwu; Cllr Victor Holroyd"],
    ["Firefighters’ Pension Scheme Advisory Board", "Cllr Carol Hebden; Cllr Hamish Dunmore"],
    ["NFCC Strategic Engagement Forum", "Cllr Felicity Arkwright"],
    ["Fire Commission", "All members of the Committee"],
  ],
  [4600, 4800],
  { headerShade: true },
);
bold("Fire Conference 2023");
p("1.\tThe LGA’s Fire Conference and Exhibition 2023 will be held on 7 and 8 March 2023 at the Eastside Rooms, Birmingham. Members of the Committee are invited to chair sessions; please let officers know by 4 November 2022.");
bold("Fire Commission");
p("2.\tThe Fire Commission met online on 23 September 2022 and discussed the white paper and the 2022 pay round. Its next meeting is on 25 November 2022.");

// Item 6 – confidential
meta(BOARD);
meta(DATE);
meta("Item 6");
B.push({ t: "restricted" });

const HEADER = `${BOARD} – ${DATE}`;
const FOOTER = "18 Smith Square, London SW1P 3HZ  T 020 7946 0136  E info@local.gov.uk  www.local.gov.uk";

// ---------------------------------------------------------------- docx
const font = "Arial";
const SZ = 20;
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? SZ, bold: o.bold, color: o.color });
const thin = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const headCell = (h, w, shade) =>
  new TableCell({
    width: { size: w, type: WidthType.DXA },
    shading: shade ? { type: ShadingType.CLEAR, color: "auto", fill: "9C1C24" } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text: h, font, size: SZ, bold: true, color: shade ? "FFFFFF" : undefined })] })],
  });
const cell = (s, w, o = {}) =>
  new TableCell({
    width: { size: w, type: WidthType.DXA },
    rowSpan: o.rowSpan,
    verticalAlign: o.rowSpan ? VerticalAlign.CENTER : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: "auto", fill: o.shade } : undefined,
    children: [new Paragraph({ alignment: o.center ? AlignmentType.CENTER : undefined, children: [run(s, { bold: o.bold })] })],
  });

function docxTable(b) {
  const rows = [];
  if (b.header) rows.push(new TableRow({ tableHeader: true, children: b.header.map((h, i) => headCell(h, b.widths[i], b.headerShade)) }));
  for (const r of b.rows) {
    const groupRow = r.slice(1).every((c) => c === "");
    rows.push(new TableRow({ children: r.map((c, i) => cell(c, b.widths[i], { center: b.center?.includes(i), bold: groupRow, shade: groupRow ? "F2DCDB" : undefined })) }));
  }
  return new Table({ width: { size: b.widths.reduce((a, c) => a + c, 0), type: WidthType.DXA }, columnWidths: b.widths, borders, rows });
}
function groupTable(b) {
  const rows = [new TableRow({ tableHeader: true, children: b.header.map((h, i) => headCell(h, b.widths[i], true)) })];
  for (const g of b.groups)
    g.rows.forEach((r, k) => {
      const cells = [];
      if (k === 0) cells.push(cell(g.name, b.widths[0], { rowSpan: g.rows.length, bold: true, shade: "F2DCDB" }));
      r.forEach((c, i) => cells.push(cell(c, b.widths[i + 1])));
      rows.push(new TableRow({ children: cells }));
    });
  return new Table({ width: { size: b.widths.reduce((a, c) => a + c, 0), type: WidthType.DXA }, columnWidths: b.widths, borders, rows });
}

const children = [];
for (const b of B) {
  switch (b.t) {
    case "title":
      children.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 400 }, children: [new TextRun({ text: b.text, font, size: 52, bold: true, color: "9C1C24" })] }));
      break;
    case "h1":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 200, after: 120 }, children: [new TextRun({ text: b.text, font, size: 32, bold: true })] }));
      break;
    case "h2":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: b.text, font, size: 25, bold: true })] }));
      break;
    case "bigbold":
      children.push(new Paragraph({ spacing: { before: 120, after: 160 }, children: [run(b.text, { bold: true, size: 28 })] }));
      break;
    case "meta":
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, { size: 19 })] }));
      break;
    case "bold":
      children.push(new Paragraph({ spacing: { before: 120, after: 40 }, children: [run(b.text, { bold: true })] }));
      break;
    case "p": {
      const [num, rest] = /^\d+(\.\d+)*\.\t/.test(b.text) ? b.text.split("\t") : [null, b.text];
      const runs = [];
      if (b.label) runs.push(run(b.label + " ", { bold: true }));
      if (num) runs.push(run(num), new TextRun({ text: "\t", font }));
      runs.push(run(num ? rest : b.text));
      const sub = num && num.split(".").filter(Boolean).length > 1;
      children.push(new Paragraph({ spacing: { after: 80 }, indent: num ? { left: sub ? 1134 : 567, hanging: 567 } : undefined, children: runs }));
      break;
    }
    case "agendahead":
      children.push(
        new Paragraph({
          spacing: { before: 160, after: 80 },
          tabStops: [{ type: TabStopType.RIGHT, position: 9600 }],
          children: [run("Item", { bold: true }), new TextRun({ text: "\tPage", font, size: SZ, bold: true })],
        }),
      );
      break;
    case "agenda":
      children.push(
        new Paragraph({
          spacing: { after: 100 },
          indent: { left: 567, hanging: 567 },
          tabStops: [
            { type: TabStopType.LEFT, position: 567 },
            { type: TabStopType.RIGHT, position: 9600, leader: LeaderType.DOT },
          ],
          children: [run(b.num), new TextRun({ text: "\t", font }), run(b.text), ...(b.pages ? [new TextRun({ text: "\t", font }), run(b.pages)] : [])],
        }),
      );
      break;
    case "restricted":
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600, after: 600 }, children: [run("Document is Restricted", { bold: true, size: 32 })] }));
      break;
    case "pb":
      children.push(new Paragraph({ children: [new PageBreak()] }));
      break;
    case "table":
      children.push(docxTable(b), new Paragraph({ children: [] }));
      break;
    case "grouptable":
      children.push(groupTable(b), new Paragraph({ children: [] }));
      break;
    default:
      throw new Error(b.t);
  }
}

const doc = new Document({
  creator: "LGA Member Services",
  title: `${BOARD} – Agenda – ${DATE}`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: SZ } } } },
  sections: [
    {
      properties: { page: { margin: { top: 1134, bottom: 1000, left: 1134, right: 1134 } }, titlePage: true },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(HEADER, { size: 16, color: "666666" })] })] }) },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(FOOTER + "   ", { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })],
        }),
      },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- text rendering
// Tables: one row per line, cells joined by " | "; a vertically merged cell is given once, in its first row,
// and is an empty cell in the rows it spans. Agenda lines: number, title and page range separated by spaces.
// The page header and footer are page furniture and are left out.
const lines = [];
for (const b of B) {
  if (b.t === "pb") continue;
  if (b.t === "table") {
    lines.push(b.header.join(" | "));
    for (const r of b.rows) lines.push(r.join(" | ").trim());
    continue;
  }
  if (b.t === "grouptable") {
    lines.push(b.header.join(" | "));
    for (const g of b.groups) g.rows.forEach((r, k) => lines.push([k === 0 ? g.name : "", ...r].join(" | ").trim()));
    continue;
  }
  if (b.t === "agendahead") { lines.push("Item Page"); continue; }
  if (b.t === "agenda") { lines.push([b.num, b.text, b.pages].filter(Boolean).join(" ")); continue; }
  if (b.t === "restricted") { lines.push("Document is Restricted"); continue; }
  lines.push((b.label ? b.label + " " : "") + b.text.replace(/\t/g, " "));
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${lines.length} lines)`);
