// Builds docs/water-resilience-commission-agenda-2026-09-17.docx (agenda and papers of the LGA Water Resilience
// Commission, Thursday 17 September 2026, published 9 September 2026) and its plain-text rendering
// text/water-resilience-commission-agenda-2026-09-17.txt from the same content.
//
//   node src/build-agenda-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: Word (docx 9.x), A4 portrait, Arial. A cover block (body, "Agenda", date, time, venue, published);
// the agenda in two tables under "PART A – OPEN BUSINESS" and "PART B – EXEMPT ITEMS (NOT FOR PUBLICATION)",
// columns Time | Item | Business | Presenter (officers with their job titles), a paragraph on why Part B is
// exempt; then, each on a new page, a SHORT PAPER PER ITEM (items 3 to 7): "Item n", title, "Purpose:" with a
// bold run-in label, "Summary", "Recommendations" as a WORD AUTO-NUMBERED LIST (numbers drawn by Word, not in the
// text; restarting for each paper), "Financial implications" and "Equalities implications" headings. THE
// CONTACT OFFICER IS ONLY IN THE PAGE FOOTER (with "Page n"); no paragraph of the body names him as contact.
// Rendering: the footer's contact line is kept once, as the last line (it is the only place the contact officer
// is given); the page numbers are dropped; the numbered recommendations lose the numbers Word draws.
// Synthetic test fixture: the people, business and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "water-resilience-commission-agenda-2026-09-17";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Footer, PageNumber, LevelFormat, Table, TableRow, TableCell, WidthType, ShadingType, PageBreak } = Dx;

// ---------------------------------------------------------------- content
const COVER = ["Local Government Association", "Water Resilience Commission", "Agenda"];
const META = [
  ["Date:", "Thursday 17 September 2026"],
  ["Time:", "10.30 am to 12.45 pm"],
  ["Venue:", "Westminster Room, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams"],
  ["Published:", "Wednesday 9 September 2026"],
];
const HEAD = ["Time", "Item", "Business", "Presenter"];
const PART_A_H = "PART A – OPEN BUSINESS";
const PART_A = [
  ["10.30", "1", "Welcome, apologies and declarations of interest", "Cllr Imogen Fairbrass (Chair)"],
  ["10.35", "2", "Note of the last meeting, 9 July 2026", "Cllr Imogen Fairbrass (Chair)"],
  ["10.40", "3", "Lead members' annual report 2025/26", "Cllr Imogen Fairbrass (Chair)"],
  ["10.55", "4", "Quarterly performance report: Quarter 1 2026/27", "Rosamund Noakes, Data and Performance Officer"],
  ["11.15", "5", "Water Resilience Summit 2026 and drought roundtables", "Ambrose Wickenden, Senior Adviser (Water Resilience), and Maribel Castellanos, Adviser (Drought Planning)"],
  ["11.40", "6", "Risk register at 31 August 2026", "Cordelia Honeysett, Head of Water and Environment"],
  ["12.00", "7", "Water efficiency retrofit grants 2026/27", "Cllr Kwame Osei-Bonsu (lead member, water efficiency) and Gideon Plumridge, Finance Business Partner"],
];
const PART_B_H = "PART B – EXEMPT ITEMS (NOT FOR PUBLICATION)";
const PART_B_NOTE = "The Commission is asked to agree that the press and public be excluded for item 8, because the report contains information about the commercial affairs of the water companies taking part in the negotiations. The paper for item 8 is sent to members of the Commission only and is not included in this pack.";
const PART_B = [
  ["12.20", "8", "Data-sharing agreement with water companies: commercial terms", "Cordelia Honeysett, Head of Water and Environment"],
  ["12.40", "9", "Any other business and date of next meeting", "Cllr Imogen Fairbrass (Chair)"],
];
const NEXT = "Date of next meeting: Thursday 26 November 2026, 10.30 am, 18 Smith Square.";
// papers: item, title, purpose, summary [paras], recs [..], financial, equalities
const PAPERS = [
  {
    item: "3", title: "Lead members' annual report 2025/26", purpose: "For noting.",
    summary: ["The lead members' annual report describes the Commission's work in 2025/26 portfolio by portfolio, with the membership for the year. It was written by the Chair and the four lead members for 2025/26 and is attached as a separate document."],
    recs: ["That the Commission notes the lead members' annual report 2025/26.", "That the Commission agrees that the report be published on the LGA website in October 2026."],
    fin: "The report will be published online only. Design costs of about £1,200 will be met from the events budget.",
    eq: "The report will be published in an accessible format, and a large-print version will be available on request.",
  },
  {
    item: "4", title: "Quarterly performance report: Quarter 1 2026/27", purpose: "For decision.",
    summary: ["The report scores the Commission's nine measures for 2026/27 against their milestones for Quarter 1 and sets out spending against the programme budget of £540,000 at 30 June 2026. Two measures are well below their milestones: council buildings retrofitted and attendance at webinars and workshops. The report is attached as a separate document."],
    recs: ["That the Commission notes performance at the end of Quarter 1 2026/27.", "That the Commission agrees a milestone for the rainwater harvesting pilot of 20 schools at the end of Quarter 2."],
    fin: "Spending at 30 June 2026 was £74,850, and the forecast outturn is £533,500, an underspend of £6,500 on data and research.",
    eq: "Measure WRC-K04 tracks referrals of vulnerable households to the water companies' priority services registers.",
  },
  {
    item: "5", title: "Water Resilience Summit 2026 and drought roundtables", purpose: "For decision.",
    summary: [
      "The Water Resilience Summit 2026 will be held on Thursday 19 November 2026 at the Kingsgate Conference Centre, Peterborough. The draft programme includes a panel of water company chief executives, sessions on drought planning and on water efficiency in council buildings, and the launch of the model drought plan.",
      "Two further drought roundtables will be held for councils in drought-risk areas: for the East of England in Cambridge on Thursday 8 October 2026, and for the South East in Guildford on Thursday 22 October 2026.",
    ],
    recs: ["That the Commission agrees the outline programme for the Summit.", "That the Commission agrees delegate fees of £85 for councils and £160 for other organisations.", "That the Commission nominates two members to chair the roundtables."],
    fin: "The Summit has a budget of £38,000 in 2026/27, and fees are expected to bring in about £14,000. The roundtables cost about £1,500 each and are met from the drought planning support budget.",
    eq: "The venue has step-free access and a hearing loop. British Sign Language interpretation will be provided for the plenary sessions, and delegates will be asked about access needs when they book.",
  },
  {
    item: "6", title: "Risk register at 31 August 2026", purpose: "For decision.",
    summary: ["The register, attached as a separate document, sets out eleven open risks to the Commission's programme, with their owners, controls and further actions. Two risks are in the Severe band. The retrofit programme risk has risen since the last register because of installer delays."],
    recs: ["That the Commission notes the risk register.", "That the Commission agrees that any risk in the Severe band be reported to every meeting until its current score falls below 20."],
    fin: "There are no financial implications beyond those of the programme budget.",
    eq: "Risk WRC-R08 concerns vulnerable households who may not be referred to priority services registers.",
  },
  {
    item: "7", title: "Water efficiency retrofit grants 2026/27", purpose: "For decision.",
    summary: [
      "The 2026/27 round of water efficiency retrofit grants will offer up to 24 grants of up to £15,000 each to councils for fitting water-efficient taps, toilets and leak detection in council buildings. The round opens on Thursday 1 October 2026 and closes on Friday 27 November 2026.",
      "Bids will be scored on the water saving expected per pound of grant (60 per cent) and on the council's plans to monitor use (40 per cent).",
    ],
    recs: ["That the Commission agrees the criteria for the 2026/27 round.", "That the Commission delegates the award of grants to the Chair after consulting the lead member for water efficiency.", "That the Commission asks officers to report the awards to its meeting on 26 November 2026 or, if later, to the next meeting."],
    fin: "The grants total up to £360,000 from the water efficiency retrofit grants budget for 2026/27. Grants are paid when the works are complete; any money not paid by 31 March 2027 must be returned to the funder.",
    eq: "Thirty per cent of the funding is reserved for councils in the most deprived tenth of areas, where council buildings such as community centres are older and use more water.",
  },
];
const FOOTER_CONTACT = "Contact officer: Ambrose Wickenden, Senior Adviser (Water Resilience) – 020 7946 0394 – ambrose.wickenden@local.gov.uk";

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([META, PART_B_NOTE, NEXT, PAPERS]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
if (24 * 15000 !== 360000) throw new Error("grants");
const body = JSON.stringify([COVER, META, PART_A, PART_B, PART_B_NOTE, NEXT, PAPERS]);
if (body.includes("Contact officer") || body.includes("0394")) throw new Error("contact officer outside the footer");

// ---------------------------------------------------------------- Word
const font = "Arial";
const ACC = "1F5C7A";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 21, bold: o.bold, italics: o.italics, color: o.color });
const lab = (label, text, o = {}) => new Paragraph({ spacing: { after: 80 }, ...o, children: [run(label + " ", { bold: true }), run(text)] });
const heading = (t, level = HeadingLevel.HEADING_2, o = {}) => new Paragraph({ heading: level, spacing: { before: 200, after: 100 }, keepNext: true, ...o, children: [run(t, { size: level === HeadingLevel.HEADING_1 ? 32 : 24, bold: true, color: ACC })] });
const W = [1000, 800, 4000, 3200];
const cell = (t, i, head) => new TableCell({
  width: { size: W[i], type: WidthType.DXA },
  shading: head ? { type: ShadingType.CLEAR, fill: ACC, color: "auto" } : undefined,
  margins: { top: 60, bottom: 60, left: 100, right: 100 },
  children: [new Paragraph({ children: [run(t, { bold: head, color: head ? "FFFFFF" : undefined, size: 20 })] })],
});
const table = (rows) => new Table({
  width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  columnWidths: W,
  rows: [new TableRow({ tableHeader: true, children: HEAD.map((t, i) => cell(t, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i, false)) }))],
});
const children = [];
children.push(new Paragraph({ spacing: { after: 40 }, children: [run(COVER[0], { size: 20, color: "555555" })] }));
children.push(new Paragraph({ spacing: { after: 40 }, children: [run(COVER[1], { size: 36, bold: true, color: ACC })] }));
children.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 200 }, children: [run(COVER[2], { size: 44, bold: true })] }));
for (const [l, t] of META) children.push(lab(l, t, { spacing: { after: 40 } }));
children.push(heading(PART_A_H));
children.push(table(PART_A));
children.push(heading(PART_B_H));
children.push(new Paragraph({ spacing: { after: 120 }, children: [run(PART_B_NOTE)] }));
children.push(table(PART_B));
children.push(new Paragraph({ spacing: { before: 200 }, children: [run(NEXT, { bold: true })] }));
PAPERS.forEach((p, k) => {
  children.push(new Paragraph({ children: [new PageBreak()] }));
  children.push(new Paragraph({ spacing: { after: 40 }, children: [run(`Item ${p.item}`, { bold: true, size: 22, color: "555555" })] }));
  children.push(heading(p.title, HeadingLevel.HEADING_1, { spacing: { before: 0, after: 160 } }));
  children.push(lab("Purpose:", p.purpose));
  children.push(heading("Summary"));
  for (const s of p.summary) children.push(new Paragraph({ spacing: { after: 100 }, children: [run(s)] }));
  children.push(heading("Recommendations"));
  p.recs.forEach((t) => children.push(new Paragraph({ numbering: { reference: "recs", level: 0, instance: k + 1 }, spacing: { after: 60 }, children: [run(t)] })));
  children.push(heading("Financial implications"));
  children.push(new Paragraph({ spacing: { after: 100 }, children: [run(p.fin)] }));
  children.push(heading("Equalities implications"));
  children.push(new Paragraph({ spacing: { after: 100 }, children: [run(p.eq)] }));
});
const doc = new Document({
  creator: "LGA Member Services",
  title: "Water Resilience Commission – agenda – 17 September 2026",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 21 } } } },
  numbering: {
    config: [
      { reference: "recs", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }] },
    ],
  },
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1300, left: 1300, right: 1300, header: 600, footer: 600 } } },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({ children: [run(FOOTER_CONTACT, { size: 16, color: "555555" })] }),
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], font, size: 16, color: "555555" })] }),
          ],
        }),
      },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const R = [...COVER, ...META.map(([l, t]) => `${l} ${t}`), PART_A_H, HEAD.join(" | "), ...PART_A.map((r) => r.join(" | ")), PART_B_H, PART_B_NOTE, HEAD.join(" | "), ...PART_B.map((r) => r.join(" | ")), NEXT];
for (const p of PAPERS) {
  R.push(`Item ${p.item}`, p.title, `Purpose: ${p.purpose}`, "Summary", ...p.summary, "Recommendations", ...p.recs, "Financial implications", p.fin, "Equalities implications", p.eq);
}
R.push(FOOTER_CONTACT);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines)`);
