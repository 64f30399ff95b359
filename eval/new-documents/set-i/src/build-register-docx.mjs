// Builds docs/workforce-board-risk-register-2024-02.docx (the Workforce Board's programme risk register,
// reported to the Board on 14 February 2024 as item 4; a Word file made with the `docx` package, 9.x) and
// its plain-text rendering text/workforce-board-risk-register-2024-02.txt from the same content.
//
//   node src/build-register-docx.mjs      (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 landscape. Board, date and item right-aligned; the title; front-sheet fields as paragraphs
// with bold inline labels ("Purpose of report:", "Recommendations:" with (a)/(b) lines, "Contact
// officer:"); a scoring section with a table Status | What it means (Treat, Tolerate, Transfer, Closed);
// then ONE register table Risk ID | Risk and consequence | Owner | Likelihood (1-5) | Impact (1-5) |
// Current score | Target score | Mitigating actions | Status, where likelihood and impact are bare
// numbers, the scores are bare numbers, mitigating actions are several paragraphs in one cell, the status
// is a word and one risk (WB-R6) is Closed (greyed row); after it, a 5x5 risk matrix (heat map) as a
// table: a header row of likelihood 1 to 5, rows for impact 5 (top) down to 1, each cell holding its
// score (likelihood x impact) with a band fill, and the IDs of the open risks that sit in it under the
// number; a band key; a bulleted "Changes since the last register". A page footer (page furniture, left
// out of the rendering).
// Synthetic test fixture: the people, risks and scores are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "workforce-board-risk-register-2024-02";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, ShadingType, Footer, PageNumber, PageOrientation, VerticalAlign } = Dx;

// ---------------------------------------------------------------- content
const META = ["Workforce Board", "14 February 2024", "Item 4"];
const TITLE = "Workforce programme risk register: February 2024";
// front sheet: [label, [lines]] – first line inline after the bold label
const FRONT = [
  ["Purpose of report:", ["For decision."]],
  [
    "Summary:",
    [
      "This report presents the risk register for the Board's workforce programmes at 31 January 2024. The register holds nine risks: eight are open and one, WB-R6, was closed by the Director of Workforce on 31 January 2024. Four of the open risks have a current score in the high band.",
    ],
  ],
  ["Is this report confidential?", ["No"]],
  ["Recommendations:", ["That the Workforce Board:", "(a) notes the risk register; and", "(b) agrees the closure of risk WB-R6."]],
  ["Action:", ["Officers to update the register for the Board's meeting on 17 April 2024."]],
  ["Contact officer:", ["Theodora Bramall"]],
  ["Position:", ["Director, Workforce"]],
  ["Phone no:", ["020 7946 0815"]],
  ["Email:", ["theodora.bramall@local.gov.uk"]],
];
const H_SCORING = "How risks are scored";
const SCORING = [
  "Each risk is scored for likelihood from 1 (rare) to 5 (almost certain) and for impact from 1 (minimal) to 5 (severe). The current score is likelihood multiplied by impact, taking account of the mitigating actions already in place; the target score is the score we expect once the remaining actions are complete.",
  "Scores of 1 to 4 are low, 5 to 10 medium and 12 to 25 high. High risks are reported to the Board at every meeting.",
];
const STATUS_KEY = [
  ["Treat", "We are taking action to reduce the likelihood or the impact of the risk."],
  ["Tolerate", "The risk is accepted at its current level and monitored; further action would cost more than it saves."],
  ["Transfer", "The risk is passed to a third party, for example an insurer or a contractor."],
  ["Closed", "The risk has passed or is no longer relevant; it stays on the register until the Board agrees the closure."],
];
const H_REGISTER = "The register";
const REG_HEAD = ["Risk ID", "Risk and consequence", "Owner", "Likelihood (1-5)", "Impact (1-5)", "Current score", "Target score", "Mitigating actions", "Status"];
// [id, risk, owner, L, I, target, [actions], status]
const RISKS = [
  [
    "WB-R1",
    "The national rules on the use of agency social workers are delayed or weakened, so that councils continue to lose permanent children's social workers to agencies and agency spend keeps rising.",
    "Clemency Allardyce, Senior Adviser (Social Care Workforce)",
    4, 4, 9,
    ["Regional memoranda of understanding on agency pay rates, now signed by 118 councils.", "Evidence on agency spend shared with the Department for Education each quarter.", "Lead member meetings with ministers on the timing of the rules."],
    "Treat",
  ],
  [
    "WB-R2",
    "Industrial action over the 2024/25 pay award disrupts council services and damages relations between councils and their staff.",
    "Gervase Fothergill, Senior Adviser (Pay and Reward)",
    3, 5, 10,
    ["Early consultation with all councils on the trade unions' claim.", "Joint communications plan with the National Employers.", "Briefings for councils on contingency planning."],
    "Treat",
  ],
  [
    "WB-R3",
    "Councils cannot fill the trainee planner places funded by DLUHC before 31 March 2024, so that unspent grant has to be returned and planning capacity does not grow as planned.",
    "Ravi Chandrasekaran, Programme Manager (Planning Capacity)",
    4, 3, 6,
    ["Second recruitment round opened on 22 January 2024.", "Places offered to councils on the reserve list.", "Request to DLUHC to carry grant forward into 2024/25."],
    "Treat",
  ],
  [
    "WB-R4",
    "A data protection breach at the supplier that hosts the workforce data survey exposes councils' staff records, leading to action by the Information Commissioner and loss of councils' trust.",
    "Gervase Fothergill, Senior Adviser (Pay and Reward)",
    2, 4, 8,
    ["Supplier certified to ISO 27001; data protection clauses in the contract.", "Survey data anonymised before it leaves councils."],
    "Tolerate",
  ],
  [
    "WB-R5",
    "Councils do not spend their apprenticeship levy before it expires, so that funds return to the Treasury and fewer apprenticeships start in local government.",
    "Saoirse Dempsey, Adviser (Apprenticeships)",
    3, 2, 6,
    ["Levy transfer matching service for councils.", "Quarterly levy spend returns from councils."],
    "Tolerate",
  ],
  [
    "WB-R6",
    "The second phase of the local government careers campaign is not launched in time for the January recruitment peak, so that councils miss the best time to attract applicants.",
    "Hamish Dunleavy, Programme Manager (Careers)",
    1, 3, 3,
    ["Campaign launched on 15 January 2024 as planned.", "Closed by the Director of Workforce on 31 January 2024; the Board is asked to agree the closure."],
    "Closed",
  ],
  [
    "WB-R7",
    "The supplier contract for the digital skills programme is signed late, so that the programme cannot spend its budget in 2023/24 and councils' staff wait longer for training.",
    "Ebele Njoku-Lamb, Programme Manager (Digital Skills)",
    4, 4, 6,
    ["Contract signed on 29 January 2024.", "Revised spend profile to be agreed with the supplier.", "Request to carry forward the forecast underspend."],
    "Treat",
  ],
  [
    "WB-R8",
    "The loss of key staff in the small workforce team leaves programmes without the expertise to deliver them.",
    "Theodora Bramall, Director, Workforce",
    2, 3, 6,
    ["Succession plans for each programme manager post.", "Programme files and contacts kept on shared systems."],
    "Tolerate",
  ],
  [
    "WB-R9",
    "A council or trade union challenges the LGA's guidance on job evaluation in the courts, with legal costs and damage to the LGA's reputation.",
    "Theodora Bramall, Director, Workforce",
    2, 4, 4,
    ["Guidance reviewed by external counsel before publication.", "Legal costs covered by the LGA's professional indemnity insurance."],
    "Transfer",
  ],
];
const H_MATRIX = "Risk matrix";
const MATRIX_INTRO = "Figure 1 shows the current score of each open risk. Each cell holds the score for its likelihood and impact, with the IDs of the risks that sit in it. Closed risks are not shown.";
const MATRIX_CAPTION = "Figure 1: risk matrix, current scores at 31 January 2024";
const IMPACT_LABEL = { 5: "Impact 5 (severe)", 4: "Impact 4 (major)", 3: "Impact 3 (moderate)", 2: "Impact 2 (minor)", 1: "Impact 1 (minimal)" };
const LIKE_HEAD = ["Impact / Likelihood", "1 (rare)", "2 (unlikely)", "3 (possible)", "4 (likely)", "5 (almost certain)"];
const BAND_NOTE = "Green cells: low (1 to 4). Amber cells: medium (5 to 10). Red cells: high (12 to 25).";
const H_CHANGES = "Changes since the last register (22 November 2023)";
const CHANGES = [
  "WB-R7 has risen from 8 to 16: its likelihood has been raised from 2 to 4 after the supplier contract was signed three months late.",
  "WB-R3 has risen from 9 to 12 after the slow first round of recruitment to trainee planner places.",
  "WB-R6 was closed on 31 January 2024 after the careers campaign launched on time.",
  "WB-R9 is a new risk, added after the publication of the job evaluation guidance in December 2023.",
];

// checks: bands, target no higher than current, matrix built from the register
const band = (s) => (s <= 4 ? "low" : s <= 10 ? "medium" : "high");
for (const r of RISKS) if (r[5] > r[3] * r[4]) throw new Error(`${r[0]}: target above current score`);
const open = RISKS.filter((r) => r[7] !== "Closed");
const highCount = open.filter((r) => band(r[3] * r[4]) === "high").length;
if (highCount !== 4) throw new Error("summary says four high risks, found " + highCount);
const MATRIX = [5, 4, 3, 2, 1].map((imp) => [IMPACT_LABEL[imp], ...[1, 2, 3, 4, 5].map((lik) => ({ score: lik * imp, ids: open.filter((r) => r[3] === lik && r[4] === imp).map((r) => r[0]) }))]);
const placed = MATRIX.flatMap((row) => row.slice(1).flatMap((c) => c.ids));
if (placed.length !== open.length) throw new Error("matrix does not hold every open risk");

// ---------------------------------------------------------------- Word
const font = "Arial";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 20, bold: o.bold, italics: o.italics, color: o.color });
const line = { style: BorderStyle.SINGLE, size: 4, color: "8C8C8C" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const HEADFILL = "4B2C6B";
const STATUSFILL = { Treat: "F8CBAD", Tolerate: "FFF2CC", Transfer: "DDEBF7", Closed: "D9D9D9" };
const BANDFILL = { low: "A9D08E", medium: "FFD966", high: "F4826E" };
const cellParas = (c, o = {}) => (Array.isArray(c) ? c : [String(c)]).map((t, k, all) => new Paragraph({ alignment: o.align, spacing: { after: all.length > 1 && k < all.length - 1 ? 80 : 0 }, children: [run(t, o)] }));
const cell = (content, width, o = {}) => new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: o.valign, shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined, margins: { top: 40, bottom: 40, left: 80, right: 80 }, children: cellParas(content, o) });
const headRow = (hdr, widths) => new TableRow({ tableHeader: true, children: hdr.map((h, i) => cell(h, widths[i], { bold: true, color: "FFFFFF", fill: HEADFILL, size: 18 })) });

const children = [];
for (const m of META) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(m, { size: 20 })] }));
children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 200, after: 200 }, children: [run(TITLE, { bold: true, size: 32, color: HEADFILL })] }));
for (const [label, vals] of FRONT) {
  children.push(new Paragraph({ spacing: { after: vals.length > 1 ? 40 : 100 }, children: [run(label + " ", { bold: true }), run(vals[0])] }));
  vals.slice(1).forEach((v, k) => children.push(new Paragraph({ indent: { left: 360 }, spacing: { after: k === vals.length - 2 ? 100 : 40 }, children: [run(v)] })));
}
const h2 = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 100 }, children: [run(t, { bold: true, size: 26, color: HEADFILL })] });
children.push(h2(H_SCORING));
for (const t of SCORING) children.push(new Paragraph({ spacing: { after: 100 }, children: [run(t)] }));
{
  const w = [1800, 8000];
  children.push(new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: w, borders, rows: [headRow(["Status", "What it means"], w), ...STATUS_KEY.map(([s, d]) => new TableRow({ children: [cell(s, w[0], { bold: true, fill: STATUSFILL[s] }), cell(d, w[1])] }))] }));
}
children.push(h2(H_REGISTER));
{
  const w = [850, 3300, 1700, 950, 850, 900, 900, 3450, 1000];
  const rows = [headRow(REG_HEAD, w)];
  for (const [id, risk, owner, L, I, target, actions, status] of RISKS) {
    const closed = status === "Closed";
    const o = { color: closed ? "7F7F7F" : undefined, size: 18 };
    const cur = L * I;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(id, w[0], { ...o, bold: true }),
          cell(risk, w[1], o),
          cell(owner, w[2], o),
          cell(L, w[3], { ...o, align: AlignmentType.CENTER }),
          cell(I, w[4], { ...o, align: AlignmentType.CENTER }),
          cell(cur, w[5], { ...o, bold: true, align: AlignmentType.CENTER, fill: closed ? undefined : BANDFILL[band(cur)] }),
          cell(target, w[6], { ...o, align: AlignmentType.CENTER }),
          cell(actions, w[7], o),
          cell(status, w[8], { ...o, bold: true, fill: STATUSFILL[status] }),
        ],
      }),
    );
  }
  children.push(new Table({ width: { size: w.reduce((a, c) => a + c), type: WidthType.DXA }, columnWidths: w, borders, rows }));
}
children.push(h2(H_MATRIX));
children.push(new Paragraph({ spacing: { after: 100 }, children: [run(MATRIX_INTRO)] }));
children.push(new Paragraph({ spacing: { after: 80 }, children: [run(MATRIX_CAPTION, { bold: true })] }));
{
  const w = [2400, 1500, 1500, 1500, 1500, 1500];
  const rows = [headRow(LIKE_HEAD, w)];
  for (const [label, ...cells] of MATRIX)
    rows.push(
      new TableRow({
        height: { value: 640, rule: "atLeast" },
        children: [
          cell(label, w[0], { bold: true, fill: "EDE7F3", valign: VerticalAlign.CENTER }),
          ...cells.map((c, k) => cell([String(c.score), ...c.ids], w[k + 1], { fill: BANDFILL[band(c.score)], align: AlignmentType.CENTER, valign: VerticalAlign.CENTER, bold: c.ids.length > 0 })),
        ],
      }),
    );
  children.push(new Table({ width: { size: w.reduce((a, c) => a + c), type: WidthType.DXA }, columnWidths: w, borders, rows }));
}
children.push(new Paragraph({ spacing: { before: 80, after: 100 }, children: [run(BAND_NOTE, { italics: true, size: 18 })] }));
children.push(h2(H_CHANGES));
for (const c of CHANGES) children.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(c)] }));

const doc = new Document({
  creator: "LGA Workforce team",
  title: "Workforce Board – programme risk register – February 2024",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 20 } } } },
  sections: [
    {
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run("Workforce Board – 14 February 2024 – Item 4 – page ", { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })] }) },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- text rendering
// Front-sheet fields: "Label value" on one line, further lines of a field on their own lines. Tables: cells
// joined with " | " (a cell's paragraphs joined with a space), one row per line; a matrix cell is its score
// followed by the IDs in it. Bullets lose their markers. The footer is left out.
const L = [...META, TITLE];
for (const [label, vals] of FRONT) {
  L.push(`${label} ${vals[0]}`);
  L.push(...vals.slice(1));
}
L.push(H_SCORING, ...SCORING, "Status | What it means", ...STATUS_KEY.map((r) => r.join(" | ")));
L.push(H_REGISTER, REG_HEAD.join(" | "));
for (const [id, risk, owner, Lk, I, target, actions, status] of RISKS) L.push([id, risk, owner, Lk, I, Lk * I, target, actions.join(" "), status].join(" | "));
L.push(H_MATRIX, MATRIX_INTRO, MATRIX_CAPTION, LIKE_HEAD.join(" | "));
for (const [label, ...cells] of MATRIX) L.push([label, ...cells.map((c) => [c.score, ...c.ids].join(" "))].join(" | "));
L.push(BAND_NOTE, H_CHANGES, ...CHANGES);
writeFileSync(join(root, "text", BASE + ".txt"), L.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${open.length} open risks, ${highCount} high)`);
