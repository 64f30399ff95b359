// Builds docs/workforce-board-performance-2021-q2.docx (a Word quarterly performance report made with the
// `docx` package, 9.x) and its plain-text rendering text/workforce-board-performance-2021-q2.txt.
//
//   node src/build-workforce-docx.mjs     (DOCX_PATH defaults to /work/main/node_modules/docx/dist/index.mjs)
//
// Layout: a boxed front sheet (one shaded cell holding labelled paragraphs), numbered paragraphs, a key to
// letter status codes (R, A, A/G, G, Not rated), one table per theme with columns
// Ref | Objective | Q2 status | Q1 status | Progress this quarter | Owner | Next milestone (the status column
// is not last; progress cells hold several paragraphs), a status count table, and a risk register with
// columns Ref | Risk | Likelihood | Impact | Residual score | Owner | Trend (likelihood before impact).
// A page footer is page furniture and is left out of the rendering.
// Synthetic test fixture: the people, figures, ratings and risks are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "workforce-board-performance-2021-q2";
const DOCX_PATH = process.env.DOCX_PATH ?? "/work/main/node_modules/docx/dist/index.mjs";
const D = await import(pathToFileURL(DOCX_PATH).href);
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, ShadingType, Footer, PageNumber, PageOrientation,
} = D;

const BOARD = "Workforce Board";
const DATE = "24 November 2021";

// ---------------------------------------------------------------- content
const B = [];
const meta = (text) => B.push({ t: "meta", text });
const title = (text) => B.push({ t: "title", text });
const h2 = (text) => B.push({ t: "h2", text });
const h3 = (text) => B.push({ t: "h3", text });
const p = (text) => B.push({ t: "p", text });
const box = (paras) => B.push({ t: "box", paras });
const table = (header, rows, widths, opts = {}) => B.push({ t: "table", header, rows, widths, ...opts });

meta(BOARD);
meta(DATE);
meta("Item 4");
title("Workforce Board performance update: Quarter 2 2021/22");
p("Progress against the Board’s 2021/22 work programme and risk register, 1 July to 30 September 2021");
box([
  ["Purpose of report:", "For information and comment."],
  ["Summary:", "This report sets out progress against the Board’s 14 work programme objectives for 2021/22 at the end of Quarter 2 (30 September 2021), using the LGA’s five-point status scale, and the Board’s risk register. One objective is rated R and three are rated A."],
  ["Recommendation:", "That the Workforce Board notes the report and comments on the actions proposed for the objectives rated R or A."],
  ["Action:", "Officers to take forward the actions in line with members’ comments."],
  ["Contact officer:", "Gemma Lister, Head of Workforce Strategy, 020 7946 0603, gemma.lister@local.gov.uk"],
]);
h2("Introduction");
p("1.\tThis report covers the second quarter of 2021/22 (1 July to 30 September 2021). Each objective in the Board’s work programme is given a status by its owner, and the statuses are reviewed by the Workforce leadership team before the report is published. The Quarter 1 status is shown alongside for comparison.");
p("2.\tAt the end of September 2021, five objectives were rated G, three A/G, three A and one R; two were Not rated. Three objectives have moved down since Quarter 1 and two have moved up; the reasons are given in the progress column.");
p("3.\tThe key to the status codes is below. Where an objective is rated R or A, the progress column explains the action being taken.");
h3("Key to status codes");
table(
  ["Code", "Meaning", "What it means for delivery"],
  [
    ["G", "Green", "On course to deliver in full by the target date."],
    ["A/G", "Amber/Green", "Some slippage or risk, but we expect to deliver with management action already in hand."],
    ["A", "Amber", "Significant risk to delivery; further action or a change of plan is needed, as set out in the progress column."],
    ["R", "Red", "Will not be delivered in full or by the target date without a decision by the Board or by Government."],
    ["Not rated", "–", "Too early to assess, or work is paused while we wait for a decision by Government."],
  ],
  [1300, 1700, 6600],
  { shadeCol: 0 },
);

const HEAD = ["Ref", "Objective", "Q2 status", "Q1 status", "Progress this quarter", "Owner", "Next milestone"];
const WIDTHS = [700, 2600, 900, 900, 5600, 1500, 1900];
h2("Progress by theme");
h3("1. Pay and reward");
table(HEAD, [
  ["W1.1", "Conclude the 2021 pay round for local government services (National Joint Council for Local Government Services) by agreement with the trade unions.", "A", "A/G",
    ["The employers’ final offer of 1.75 per cent from 1 April 2021 was made on 27 July 2021, after consultation showed that most councils could not afford more.",
     "UNISON, GMB and Unite have rejected the offer and are consulting their members on industrial action; UNISON’s consultative ballot closes on 20 October 2021.",
     "A settlement before the end of the year now looks unlikely, so the status has moved from A/G to A."],
    "Gemma Lister", "National Employers’ meeting, 10 November 2021"],
  ["W1.2", "Agree the 2021 pay award for firefighters and control staff (National Joint Council for Local Authority Fire and Rescue Services).", "G", "G",
    ["A pay award of 1.5 per cent from 1 July 2021 was agreed in June and had been implemented by all fire and rescue authorities by the end of September.",
     "Preparations for the 2022 pay round have started with the Fire Services Management Committee; see risk WR3."],
    "Declan Moyes", "Report to the Fire Services Management Committee, 21 January 2022"],
  ["W1.3", "Publish revised guidance on chief executive and chief officer pay, including pay policy statements.", "A/G", "A/G",
    ["A draft was shared with the Joint Negotiating Committee for Chief Executives in September.",
     "Publication has slipped from October to December 2021 so that the Association of Local Authority Chief Executives can comment."],
    "Declan Moyes", "Publication, December 2021"],
], WIDTHS, { status: [2, 3] });
h3("2. Workforce capacity and recruitment");
table(HEAD, [
  ["W2.1", "Recruit cohort 24 of the National Graduate Development Programme (ngdp), with at least 150 graduates placed with councils.", "G", "A/G",
    ["162 graduates started with 74 councils in September 2021, against a target of 150.",
     "Last quarter this objective was rated A/G because fewer councils than expected had bid for graduates; a second round of bids in July closed the gap."],
    "Tobias Wren", "Cohort 25 recruitment opens, 1 December 2021"],
  ["W2.2", "Support councils to recruit and retain children’s and adult social workers through the national social work recruitment campaign.", "A/G", "A/G",
    ["The campaign ran from 6 September to 15 October 2021 and the careers site had 4,380 visits in the campaign’s first fortnight.",
     "Councils continue to report high vacancy rates, and spending on agency social workers remains a concern (see risk WR2)."],
    "Anita Kowalczyk", "Campaign evaluation to the Board, 26 January 2022"],
  ["W2.3", "Increase the proportion of councils’ apprenticeship levy funds that is spent, from 41 per cent in 2020/21 to 60 per cent by March 2022.", "R", "A",
    ["Levy spend reached 48 per cent at the end of September 2021. Many councils paused apprenticeship starts during the pandemic, and a growing share of levy funds is expiring unspent after 24 months.",
     "We no longer expect to reach 60 per cent by March 2022. Members are asked to consider whether to press the Department for Education to extend the expiry period to 36 months."],
    "Tobias Wren", "Letter to the Department for Education, December 2021"],
  ["W2.4", "Pilot a planning apprenticeship and bursary scheme with 20 councils to address shortages of planning officers.", "Not rated", "Not rated",
    ["Work is paused until the Department for Levelling Up, Housing and Communities (DLUHC) confirms funding for 2022/23, which is expected after the Spending Review.",
     "We have identified 27 councils that would like to take part."],
    "Anita Kowalczyk", "DLUHC funding decision, expected January 2022"],
], WIDTHS, { status: [2, 3] });
h3("3. Health, wellbeing and equality");
table(HEAD, [
  ["W3.1", "Publish a mental health and wellbeing toolkit for council managers.", "G", "G",
    ["The toolkit was published on 9 September 2021 and was downloaded 1,150 times in its first three weeks."],
    "Hannah Okwu", "Webinar for HR directors, 18 November 2021"],
  ["W3.2", "Support the first cohort of councils to implement the Workforce Race Equality Standard (WRES) in adult social care.", "A/G", "A",
    ["Eighteen councils have joined the first cohort, against a plan of 20. Data collection started in August after a delay earlier in the year.",
     "The status has improved from A because data collection is now on track."],
    "Hannah Okwu", "First WRES data report, March 2022"],
  ["W3.3", "Publish guidance on menopause and flexible working for council employers.", "G", "G",
    ["Guidance was published on 14 July 2021, with case studies from 11 councils."],
    "Hannah Okwu", "Review of take-up, April 2022"],
  ["W3.4", "Analyse and publish gender pay gap data for the local government workforce.", "A", "A",
    ["Only 61 per cent of councils had published their 2020 gender pay gap data by the extended deadline of 5 October 2021, which limits the analysis.",
     "We will publish a partial analysis in December and a full analysis with the 2021 data."],
    "Gemma Lister", "Partial analysis, December 2021"],
], WIDTHS, { status: [2, 3] });
h3("4. Employment relations and advice");
table(HEAD, [
  ["W4.1", "Respond to at least 95 per cent of councils’ employment advice queries within five working days.", "G", "G",
    ["96.2 per cent of 1,284 queries were answered within five working days. No query breached the ten-day ‘red’ threshold in the service standard."],
    "Declan Moyes", "Quarterly service report, January 2022"],
  ["W4.2", "Complete the 2021 local government workforce survey, with responses from at least 200 councils.", "A", "G",
    ["The survey opened on 1 September 2021. By 30 September 112 councils had responded, and the closing date has been extended from 15 October to 12 November 2021.",
     "The status has moved from G to A because of the low response so far (see risk WR5)."],
    "Hannah Okwu", "Survey closes, 12 November 2021"],
  ["W4.3", "Advise councils on any new rules on public sector exit payments.", "Not rated", "Not rated",
    ["The £95,000 cap on exit payments was revoked in February 2021. The Government has said it will bring forward new proposals but has not said when.",
     "No work is possible until proposals are published."],
    "Gemma Lister", "None until Government proposals are published"],
], WIDTHS, { status: [2, 3] });

h3("Status by theme, Quarter 2 2021/22");
table(
  ["Theme", "G", "A/G", "A", "R", "Not rated", "Total"],
  [
    ["1. Pay and reward", "1", "1", "1", "0", "0", "3"],
    ["2. Workforce capacity and recruitment", "1", "1", "0", "1", "1", "4"],
    ["3. Health, wellbeing and equality", "2", "1", "1", "0", "0", "4"],
    ["4. Employment relations and advice", "1", "0", "1", "0", "1", "3"],
    ["All themes", "5", "3", "3", "1", "2", "14"],
  ],
  [5000, 1000, 1000, 1000, 1000, 1400, 1000],
);

h2("Risk register");
p("4.\tLikelihood and impact are each scored from 1 (low) to 5 (high), taking account of the controls already in place. The residual score is likelihood multiplied by impact. Scores of 15 or more are High and are reported to the Board at every meeting; scores of 8 to 14 are Medium; scores of 7 or less are Low.");
p("5.\tTrend shows the change since the Quarter 1 report: ▲ rising, ► no change, ▼ falling.");
table(
  ["Ref", "Risk", "Likelihood", "Impact", "Residual score", "Owner", "Trend"],
  [
    ["WR1", ["The 2021 pay round for local government services is not settled and trade unions take industrial action, disrupting council services.", "Controls: regular contact with trade union national officers; advice to councils on contingency planning."], "4", "4", "16", "Gemma Lister", "▲ Rising"],
    ["WR2", ["Councils cannot recruit and retain enough social workers, increasing agency costs and risks to people who use services.", "Controls: national recruitment campaign (W2.2); regional memoranda of co-operation on agency pay rates."], "4", "3", "12", "Anita Kowalczyk", "► No change"],
    ["WR3", ["A dispute over the 2022 pay round for firefighters leads to industrial action in fire and rescue services.", "Controls: early engagement with the Fire Services Management Committee on the employers’ mandate; monitoring of the Fire Brigades Union’s position."], "2", "5", "10", "Declan Moyes", "▲ Rising"],
    ["WR4", ["Grant funding for the LGA’s workforce programmes, including ngdp bursaries, is not confirmed for 2022/23.", "Controls: business case submitted to DLUHC in August 2021; options for council contributions prepared."], "3", "4", "12", "Tobias Wren", "▼ Falling"],
    ["WR5", ["A low response to the 2021 workforce survey weakens the evidence base for pay and workforce negotiations.", "Controls: closing date extended to 12 November 2021; reminders through the regional employers’ organisations."], "3", "2", "6", "Hannah Okwu", "► No change"],
    ["WR6", ["Personal data held by the employment advice service is lost or disclosed.", "Controls: case records held on the LGA’s secure case management system; annual data protection training."], "1", "4", "4", "Declan Moyes", "► No change"],
  ],
  [700, 6400, 1100, 900, 1100, 1600, 1300],
);
h2("Next steps");
p("6.\tThe Quarter 3 report, covering October to December 2021, will be presented to the Board on 16 March 2022.");

const FOOTER = `${BOARD} – ${DATE}`;

// ---------------------------------------------------------------- docx
const font = "Arial";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 20, bold: o.bold, color: o.color });
const thin = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const FILL = { G: "92D050", "A/G": "FFD966", A: "FFC000", R: "FF0000", "Not rated": "D9D9D9" };

function docxTable(b) {
  const widths = b.widths;
  const rows = [];
  if (b.header)
    rows.push(
      new TableRow({
        tableHeader: true,
        children: b.header.map(
          (h, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: "auto", fill: "203864" },
              children: [new Paragraph({ children: [run(h, { bold: true, color: "FFFFFF" })] })],
            }),
        ),
      }),
    );
  for (const r of b.rows)
    rows.push(
      new TableRow({
        cantSplit: false,
        children: r.map((c, i) => {
          const list = Array.isArray(c) ? c : [c];
          const isStatus = b.status?.includes(i);
          return new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            shading: isStatus && FILL[c] ? { type: ShadingType.CLEAR, color: "auto", fill: FILL[c] } : b.shadeCol === i ? { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" } : undefined,
            children: list.map((s) => new Paragraph({ spacing: { after: 60 }, alignment: isStatus ? AlignmentType.CENTER : undefined, children: [run(s, { bold: isStatus || b.shadeCol === i })] })),
          });
        }),
      }),
    );
  return new Table({ width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA }, columnWidths: widths, borders, rows });
}

const children = [];
for (const b of B) {
  switch (b.t) {
    case "meta":
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text, { bold: true })] }));
      break;
    case "title":
      children.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 200, after: 120 }, children: [new TextRun({ text: b.text, font, size: 36, bold: true, color: "203864" })] }));
      break;
    case "h2":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 }, children: [new TextRun({ text: b.text, font, size: 26, bold: true, color: "203864" })] }));
      break;
    case "h3":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: b.text, font, size: 22, bold: true })] }));
      break;
    case "p": {
      const m = /^(\d+\.)\t(.*)$/.exec(b.text);
      children.push(
        new Paragraph({
          spacing: { after: 120 },
          indent: m ? { left: 567, hanging: 567 } : undefined,
          children: m ? [run(m[1]), new TextRun({ text: "\t", font }), run(m[2])] : [run(b.text, { size: 22 })],
        }),
      );
      break;
    }
    case "box":
      children.push(
        new Table({
          width: { size: 14100, type: WidthType.DXA },
          columnWidths: [14100],
          borders: { top: thin, bottom: thin, left: thin, right: thin },
          rows: [
            new TableRow({
              children: [
                new TableCell({
                  width: { size: 14100, type: WidthType.DXA },
                  shading: { type: ShadingType.CLEAR, color: "auto", fill: "DEEAF6" },
                  children: b.paras.map(([label, text]) => new Paragraph({ spacing: { after: 80 }, children: [run(label + " ", { bold: true }), run(text)] })),
                }),
              ],
            }),
          ],
        }),
      );
      children.push(new Paragraph({ children: [] }));
      break;
    case "table":
      children.push(docxTable(b));
      children.push(new Paragraph({ children: [] }));
      break;
    default:
      throw new Error(b.t);
  }
}

const doc = new Document({
  creator: "LGA Workforce team",
  title: `${BOARD} performance update – Quarter 2 2021/22`,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 20 } } } },
  sections: [
    {
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(FOOTER + " – page ", { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })],
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
const lines = [];
const cellText = (c) => (Array.isArray(c) ? c : [c]).join(" ");
for (const b of B) {
  if (b.t === "table") {
    if (b.header) lines.push(b.header.join(" | "));
    for (const r of b.rows) lines.push(r.map(cellText).join(" | "));
    continue;
  }
  if (b.t === "box") {
    lines.push(b.paras.map(([l, t]) => `${l} ${t}`).join(" "));
    continue;
  }
  lines.push(b.text.replace(/\t/g, " "));
}
// The page footer (FOOTER) is page furniture and is left out of the rendering.
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${lines.length} lines)`);
