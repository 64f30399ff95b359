// Builds docs/democracy-elections-board-actions-log-2025-11.docx (the Local Democracy and Elections Board's
// actions and decisions log, updated for the meeting of 27 November 2025, item 2; a Word file made with the
// `docx` package, 9.x) and its plain-text rendering text/democracy-elections-board-actions-log-2025-11.txt
// from the same content.
//
//   node src/build-actions-docx.mjs       (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: A4 portrait. A title (Heading 1) and a subtitle line; a "Log owner / Last updated" line; side
// headings "1. Introduction" … and numbered paragraphs 1.1, 1.2 … with typed numbers, a tab and a hanging
// indent; a **Recommendation** block drawn as bordered, shaded paragraphs (not a table) with (a)–(c) lines;
// then the actions table Action no. | Meeting | Action | Owner | Due | Status, where the Action cell holds
// the action and, as a second italic paragraph, an "Update:" line; **owners are job titles only** ("Head of
// Elections Policy"), resolved to names only by the "Who holds each post" table in section 4; dates in the
// Meeting and Due columns are written in mixed forms ("17 July 2025", "17/07/25", "25 Sept", "end Oct 2025",
// "Sept meeting", "30.09.2025"); the status is a word on a tinted cell (Open / Complete / Overdue /
// Superseded). Section 3 lists the Board's decisions in 2025/26 as numbered paragraphs. Page footer.
// Synthetic test fixture: the people, actions and decisions are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "democracy-elections-board-actions-log-2025-11";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType, BorderStyle, ShadingType, Footer, PageNumber, TabStopType } = Dx;

// ---------------------------------------------------------------- content
const TITLE = "Actions and decisions log";
const SUBTITLE = "Local Democracy and Elections Board – update for the meeting on 27 November 2025 (agenda item 2)";
const OWNERLINE = "Log owner: Member Services Officer. Last updated: 18 November 2025.";
const S1 = "1. Introduction";
const P1 = [
  ["1.1", "This log records the actions that the Board agreed at its meetings on 17 July 2025 and 25 September 2025, and what has happened to each of them since. Actions are given to posts rather than to named officers; section 4 shows who holds each post."],
  ["1.2", "Of the 13 actions, five are complete, four are open, two are overdue and two are superseded. An action is overdue when its due date has passed and it has not been completed."],
  ["1.3", "Two actions are proposed for closure as superseded: A25-07, a survey of councils on the cost of handling postal votes, which has been replaced by the joint survey in A25-10; and A25-11, a new scorecard indicator on councillors' digital skills, which the Board agreed on 25 September 2025 to measure through the Councillor Census instead."],
  ["1.4", "Action A25-04, the evaluation of the Stand Local campaign's digital adverts, is overdue because the procurement was held up by the pause in paid advertising over the summer. A new due date of 16 January 2026 is proposed."],
];
const REC_H = "Recommendation";
const REC = ["That the Board:", "(a) notes progress on the actions in this log;", "(b) agrees that actions A25-07 and A25-11 are closed as superseded; and", "(c) agrees a new due date of 16 January 2026 for action A25-04."];
const S2 = "2. Actions";
const P2 = [["2.1", "Table 1 lists every action that the Board has agreed in 2025/26. Completed actions stay in the log until the end of the year, so that members can see what was done."]];
const T1_CAPTION = "Table 1: actions from the Board's meetings in 2025/26";
const HEAD = ["Action no.", "Meeting", "Action", "Owner", "Due", "Status"];
// [no, meeting, action, update, owner, due, status]
const ACTIONS = [
  ["A25-01", "17 July 2025", "Circulate the link to the Councillor Census 2025 to all council leaders and group leaders.", "Update: sent on 24 July 2025. The census closed on 19 September 2025.", "Head of Member Development", "31 July 2025", "Complete"],
  ["A25-02", "17 July 2025", "Write to the Minister for Local Government asking for new burdens funding for the May 2026 elections to be confirmed before the end of the year.", "Update: letter sent on 8 August 2025. The reply of 2 October 2025 said that funding would be confirmed in the new year.", "Director, Local Democracy", "15/08/2025", "Complete"],
  ["A25-03", "17/07/25", "Bring draft criteria for the Councillor Candidate Diversity Fund 2025/26 to the September meeting.", "Update: criteria agreed on 25 September 2025 (paragraph 3.3).", "Senior Adviser (Candidate Diversity)", "Sept meeting", "Complete"],
  ["A25-04", "17/07/25", "Commission an independent evaluation of the Stand Local campaign's 2024/25 digital adverts.", "Update: procurement delayed by the pause in paid advertising from June to August. New due date of 16 January 2026 proposed.", "Campaigns Manager (Stand Local)", "end Oct 2025", "Overdue"],
  ["A25-05", "17 Jul", "Set up a working group with the Association of Electoral Administrators on recruiting and keeping electoral services staff.", "Update: the working group first met on 29 September 2025.", "Head of Elections Policy", "30.09.2025", "Complete"],
  ["A25-06", "25 Sept 2025", "Bring refreshed personal safety guidance for councillors to the November meeting for approval.", "Update: on the agenda for this meeting (item 5).", "Policy Adviser (Councillor Safety)", "27 Nov 2025", "Open"],
  ["A25-07", "25 Sept 2025", "Survey councils on the cost of handling postal votes.", "Update: replaced by the joint survey in A25-10.", "Senior Adviser (Electoral Funding)", "31/10/2025", "Superseded"],
  ["A25-08", "25 Sept 2025", "Send members a breakdown by region of the councils that have published a candidate diversity action plan.", "Update: figures are being checked with the regional teams and will be sent by 5 December 2025.", "Senior Adviser (Candidate Diversity)", "24 October", "Overdue"],
  ["A25-09", "25/09/2025", "Arrange a briefing session for members on AI-generated disinformation at elections.", "Update: date being agreed with the Chair.", "Head of Elections Policy", "Jan 2026", "Open"],
  ["A25-10", "25/09/2025", "Run a joint survey with the Association of Electoral Administrators on the cost to councils of the May 2026 elections.", "Update: the survey opens on 1 December 2025.", "Senior Adviser (Electoral Funding)", "19 Dec 2025", "Open"],
  ["A25-11", "17/07/25", "Add an indicator on councillors' digital skills to the 2025/26 scorecard.", "Update: on 25 September 2025 the Board agreed to use the Councillor Census question instead.", "Head of Member Development", "Half-year scorecard", "Superseded"],
  ["A25-12", "25 Sept", "Invite the Association of Electoral Administrators to speak on elections funding at the November meeting.", "Update: invitation accepted on 20 October 2025.", "Member Services Officer", "31 October 2025", "Complete"],
  ["A25-13", "25 Sept", "Report the number of youth council and young mayor schemes in each region.", "Update: figures to be tabled at the meeting.", "Policy Adviser (Youth Democracy)", "27/11/25", "Open"],
];
const T1_NOTE = "Status key: Open – in progress and not yet due; Complete – done; Overdue – the due date has passed and the action is not complete; Superseded – replaced by another action or decision, and proposed for closure.";
const S3 = "3. Decisions taken in 2025/26";
const P3 = [
  ["3.1", "On 17 July 2025 the Board agreed its work programme for 2025/26 and the twelve indicators in its scorecard, and appointed Cllr Eamonn Fitzwarren as lead member for elections and Cllr Saanvi Wadhwa-Ellis as lead member for councillor diversity and development."],
  ["3.2", "On 17 July 2025 the Board also agreed that the Stand Local campaign should continue in 2025/26 with a budget of £210,000."],
  ["3.3", "On 25 September 2025 the Board agreed the criteria for the Councillor Candidate Diversity Fund 2025/26: a fund of £400,000, paid to councils that have published a candidate diversity action plan, as a base grant of £20,000 and a top-up of up to £25,000 based on the number of seats at the council's next elections."],
  ["3.4", "On 25 September 2025 the Board agreed its response to the Government's consultation on the administration of elections, which was submitted on 3 October 2025."],
];
const S4 = "4. Who holds each post";
const P4 = [["4.1", "The posts named as owners in Table 1 are held by the following officers of the Local Government Association."]];
const STAFF_HEAD = ["Post", "Officer", "Phone"];
const STAFF = [
  ["Director, Local Democracy", "Hermione Caradine", "020 7946 0307"],
  ["Head of Elections Policy", "Caoimhe Castellane", "020 7946 0318"],
  ["Head of Member Development", "Benedict Stonehewer", "020 7946 0329"],
  ["Campaigns Manager (Stand Local)", "Lysander Adebowale-Nyhan", "020 7946 0354"],
  ["Senior Adviser (Candidate Diversity)", "Yetunde Oyebanji-Holm", "020 7946 0376"],
  ["Senior Adviser (Electoral Funding)", "Lachlan Rathmore", "020 7946 0461"],
  ["Policy Adviser (Councillor Safety)", "Marigold Brightwell-Nunn", "020 7946 0473"],
  ["Policy Adviser (Youth Democracy)", "Kwesi Trefusis", "020 7946 0488"],
  ["Member Services Officer", "Annelise Drummond-Kaye", "020 7946 0924"],
];

// ---------------------------------------------------------------- checks
const posts = new Set(STAFF.map((s) => s[0]));
for (const a of ACTIONS) if (!posts.has(a[4])) throw new Error(`${a[0]}: owner ${a[4]} not in the staff list`);
const n = (s) => ACTIONS.filter((a) => a[6] === s).length;
if (ACTIONS.length !== 13 || n("Complete") !== 5 || n("Open") !== 4 || n("Overdue") !== 2 || n("Superseded") !== 2) throw new Error("counts differ from paragraph 1.2");

// ---------------------------------------------------------------- Word
const font = "Calibri";
const ACC = "1F5F6B";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const numPara = ([num, text]) =>
  new Paragraph({ spacing: { after: 120 }, indent: { left: 720, hanging: 720 }, tabStops: [{ type: TabStopType.LEFT, position: 720 }], children: [run(num, { bold: true }), run("\t" + text)] });
const h2 = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 280, after: 120 }, children: [run(t, { bold: true, size: 26, color: ACC })] });
const line = { style: BorderStyle.SINGLE, size: 4, color: "9FB3B8" };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const STATUSFILL = { Open: "DDEBF7", Complete: "D5E8D4", Overdue: "F8CECC", Superseded: "E7E6E6" };
const cell = (paras, width, o = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    children: paras.map((p, k) => new Paragraph({ spacing: { after: k < paras.length - 1 ? 60 : 0 }, children: [run(p.text, { size: 18, bold: o.bold || p.bold, italics: p.italics, color: o.color })] })),
  });
const headRow = (hdr, w) => new TableRow({ tableHeader: true, children: hdr.map((h, i) => cell([{ text: h }], w[i], { bold: true, fill: ACC, color: "FFFFFF" })) });

const children = [];
children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 80 }, children: [run(TITLE, { bold: true, size: 36, color: ACC })] }));
children.push(new Paragraph({ spacing: { after: 60 }, children: [run(SUBTITLE, { size: 24 })] }));
children.push(new Paragraph({ spacing: { after: 200 }, children: [run(OWNERLINE, { italics: true, size: 20, color: "555555" })] }));
children.push(h2(S1));
for (const p of P1) children.push(numPara(p));
// recommendation block: bordered, shaded paragraphs
const box = { top: { style: BorderStyle.SINGLE, size: 12, color: ACC, space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 12, color: ACC, space: 4 }, left: { style: BorderStyle.SINGLE, size: 12, color: ACC, space: 6 }, right: { style: BorderStyle.SINGLE, size: 12, color: ACC, space: 6 } };
const boxPara = (children, o = {}) => new Paragraph({ border: box, shading: { type: ShadingType.CLEAR, color: "auto", fill: "E8F1F2" }, indent: o.indent ? { left: 360 } : undefined, spacing: { before: o.first ? 160 : 0, after: o.last ? 200 : 40 }, children });
children.push(boxPara([run(REC_H, { bold: true, size: 24, color: ACC })], { first: true }));
REC.forEach((r, k) => children.push(boxPara([run(r)], { indent: k > 0, last: k === REC.length - 1 })));
children.push(h2(S2));
for (const p of P2) children.push(numPara(p));
children.push(new Paragraph({ spacing: { before: 80, after: 80 }, children: [run(T1_CAPTION, { bold: true, size: 20 })] }));
{
  const w = [1000, 1150, 3900, 1700, 1100, 1100];
  const rows = [headRow(HEAD, w)];
  for (const [no, meeting, action, update, owner, due, status] of ACTIONS)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell([{ text: no, bold: true }], w[0]),
          cell([{ text: meeting }], w[1]),
          cell([{ text: action }, { text: update, italics: true }], w[2]),
          cell([{ text: owner }], w[3]),
          cell([{ text: due }], w[4]),
          cell([{ text: status, bold: true }], w[5], { fill: STATUSFILL[status] }),
        ],
      }),
    );
  children.push(new Table({ width: { size: w.reduce((a, c) => a + c), type: WidthType.DXA }, columnWidths: w, borders, rows }));
}
children.push(new Paragraph({ spacing: { before: 80, after: 120 }, children: [run(T1_NOTE, { italics: true, size: 18 })] }));
children.push(h2(S3));
for (const p of P3) children.push(numPara(p));
children.push(h2(S4));
for (const p of P4) children.push(numPara(p));
{
  const w = [3800, 3200, 2000];
  children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: w, borders, rows: [headRow(STAFF_HEAD, w), ...STAFF.map((r) => new TableRow({ children: r.map((c, i) => cell([{ text: c }], w[i])) }))] }));
}

const doc = new Document({
  creator: "LGA Member Services",
  title: "Local Democracy and Elections Board – actions and decisions log – November 2025",
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 22 } } } },
  sections: [
    {
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run("Local Democracy and Elections Board – actions and decisions log – page ", { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], font, size: 16 })] })] }) },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
// One line per paragraph; a numbered paragraph as "1.1 text"; the recommendation block line by line; table
// rows as cells joined with " | ", a cell's paragraphs joined with a space. The footer is left out.
const R = [TITLE, SUBTITLE, OWNERLINE, S1, ...P1.map((p) => p.join(" ")), REC_H, ...REC, S2, ...P2.map((p) => p.join(" ")), T1_CAPTION, HEAD.join(" | ")];
for (const [no, meeting, action, update, owner, due, status] of ACTIONS) R.push([no, meeting, `${action} ${update}`, owner, due, status].join(" | "));
R.push(T1_NOTE, S3, ...P3.map((p) => p.join(" ")), S4, ...P4.map((p) => p.join(" ")), STAFF_HEAD.join(" | "), ...STAFF.map((r) => r.join(" | ")));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt`);
