/**
 * The Weirs and Sluices Task Group's papers (invented, 2611/12), in the layouts of office workflow tools: a
 * mail client's task list printed as a table (a group row per category, done tasks struck through), a
 * slide deck saved as its outline (a table of measures typed as nested bullets), a workflow's approval
 * message carrying the agenda and the draft minutes of the meeting before (its section titles styled
 * paragraphs), and a risk register whose owners are sign-in claims.
 */
import { pdfBuffer } from "./papers.js";
import { wordRtf } from "./rich-text.js";

/** The task list's rows by group: subject (as printed, cut with "..."), status, due, % complete, owner. */
export const WEIRS_TASK_GROUPS: { group: string; rows: [string, string, string, string, string][] }[] = [
  { group: "Categories: (none) (1 items)", rows: [["Chase the Environment Agency on the fish pass...", "In Progress", "Wed 10/03/2612", "25%", "Tobias Quennell"]] },
  {
    group: "Categories: WSTG Dec 2611 actions (4 items)",
    rows: [
      ["WSA-11 Survey the Millbeck sluice gates", "Completed", "Fri 18/12/2611", "100%", "Tobias Quennell"],
      ["WSA-12 Letter to the Environment Agency on...", "Waiting on someone else", "Fri 15/01/2612", "50%", "Orla Penhallow"],
      ["WSA-13 Debris booms at Hatherleigh weir...", "Not Started", "Fri 29/01/2612", "0%", "Orla Penhallow"],
      ["WSA-14 Eel pass trial at Coombe Mill", "In Progress", "Fri 26/02/2612", "60%", "Tobias Quennell"],
    ],
  },
];

/**
 * The Programme Officer's task folder printed in a mail client's table style: the column names once at the
 * top, each category's group row (with the mark that folds it) at the left edge, rows under it; a done task
 * struck through with a drawn line; the due date set 3pt before the next column.
 */
export function weirsTasksPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    // (The "% Complete" column starts 3pt after the widest due date ends.)
    doc.font("Helvetica").fontSize(7.6);
    const xs = [75, 251, 351, 351 + doc.widthOfString("Wed 10/03/2612") + 3, 472];
    // (The column names in the table's own type on a grey band, as the mail client prints them.)
    doc.rect(40, 36, 515, 14).fill("#E6E6E6").fillColor("#000000");
    doc.font("Helvetica").fontSize(7.6);
    ["Task Subject", "Status", "Due Date", "% Complete", "Owner"].forEach((h, k) => doc.text(h, xs[k]!, 40, { lineBreak: false }));
    let y = 56;
    for (const { group, rows } of WEIRS_TASK_GROUPS) {
      doc.circle(50, y + 4, 1.5).fill("#000000");
      doc.font("Helvetica-Bold").fontSize(8).text(group, 58, y, { lineBreak: false });
      y += 15;
      for (const row of rows) {
        doc.font("Helvetica").fontSize(7.6);
        row.forEach((cell, k) => doc.text(cell, xs[k]!, y, { lineBreak: false }));
        if (row[1] === "Completed") {
          doc.moveTo(xs[0]!, y + 3.5).lineTo(xs[0]! + doc.widthOfString(row[0]), y + 3.5).lineWidth(0.6).stroke();
        }
        y += 15;
      }
    }
    doc.font("Helvetica").fontSize(7).text("Tobias Quennell   1   04/03/2612 16:40", 40, 800, { lineBreak: false });
  });
}

/** The measures as the deck types them: reference and title, target, quarter 2 and quarter 3 with ratings, lead. */
export const WEIRS_MEASURES: { ref: string; title: string; target: string; q2: string; q3: string; lead: string }[] = [
  { ref: "WSM-01", title: "Sluice gates inspected on time", target: "12 by 31 March 2612", q2: "5 (Red)", q3: "9 (Amber)", lead: "Cllr Demelza Rosewarne" },
  { ref: "WSM-02", title: "Weirs with a working fish pass", target: "8 by 31 March 2612", q2: "4 (Green)", q3: "4 weirs, behind plan (Red)", lead: "Cllr Piran Chenoweth" },
  { ref: "WSM-03", title: "Flood warnings sent within 15 minutes", target: "95%", q2: "96% (Green)", q3: "97%, final for the winter (Blue)", lead: "Cllr Demelza Rosewarne" },
];

const outlineParagraph = (level: number, text: string, bullet?: string) =>
  level === 0
    ? String.raw`\pard\plain\ql\outlinelevel0\f0\fs44\b ${text}\par`
    : String.raw`\pard\plain\ql\outlinelevel${level}\fi-360\li${360 * (level + 1)}\f0\fs32{\pntext\f2 ${bullet ?? "\\'95"}\tab}{\*\pn\pnlvlblt\pnf2\pnindent360{\pntxtb ${bullet ?? "\\'95"}}}${text}\par`;

/**
 * Item 4 of 10 March 2612, a deck saved as its outline: each slide's title at the first level, its points
 * below with the bullets PowerPoint drew kept as their list text, the measures' table typed as a point per
 * measure with its fields as points under it, the contacts a point each.
 */
export function weirsSlidesOutlineRtf(): string {
  const body = [
    outlineParagraph(0, "Weirs and Sluices Programme: quarter 3 2611/12"),
    outlineParagraph(1, "Weirs and Sluices Task Group, 10 March 2612, item 4"),
    outlineParagraph(1, "Tobias Quennell, Programme Officer, and Orla Penhallow"),
    outlineParagraph(0, "How we rate"),
    outlineParagraph(1, "Green: on track"),
    outlineParagraph(1, "Amber: some risk"),
    outlineParagraph(1, "Red: off track"),
    outlineParagraph(1, "Blue: complete"),
    outlineParagraph(0, "Measures WSM-01 to WSM-03"),
    ...WEIRS_MEASURES.flatMap((m) => [
      outlineParagraph(1, `${m.ref} ${m.title}`),
      outlineParagraph(2, `Target: ${m.target}`, "\\'96"),
      outlineParagraph(2, `Quarter 2: ${m.q2} \\'b7 Quarter 3: ${m.q3}`, "\\'96"),
      outlineParagraph(2, `Lead: ${m.lead}`, "\\'96"),
      outlineParagraph(2, "Figures from the gauging stations' monthly returns", "\\'96"),
    ]),
    outlineParagraph(0, "Contacts"),
    outlineParagraph(1, "Tobias Quennell, Programme Officer, Weirs and Sluices: 020 7946 0931, tobias.quennell@local.gov.uk"),
    outlineParagraph(1, "Orla Penhallow, Senior Adviser, River Structures: 020 7946 0934, orla.penhallow@local.gov.uk"),
  ].join("\r\n");
  return wordRtf("Weirs and Sluices Programme: quarter 3 2611/12", body);
}

const sectionTitle = (text: string) => `<p style="margin:14px 0 6px 0;font-size:15px;font-weight:600;color:#201f1e;">${text}</p>`;
const para = (text: string) => `<p style="margin:0 0 8px 0;">${text}</p>`;
const field = (label: string, value: string) => para(`<strong>${label}:</strong> ${value}`);
const table = (header: string[], rows: string[][]) =>
  `<table cellpadding="4" style="border-collapse:collapse;font-size:13px;"><thead><tr>${header.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;

/**
 * The clerk's copy of the Chair's approval of the agenda for 10 March 2612, as a workflow tool sends it:
 * the request's fields as a label / value table, and in its Details cell the meeting, the membership after
 * one plural title, the named substitutes, the lead members by what they lead on, the agenda, and the draft
 * minutes of 9 December 2611 with their items as section titles of the same size and an actions table.
 */
export function weirsApprovalEml(): string {
  const details = [
    field("Meeting", "Weirs and Sluices Task Group (WSTG)"),
    field("Date", "Tuesday 10 March 2612, 14:00 to 16:00"),
    field("Venue", "Room 4, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams"),
    field("Membership", "Councillors Demelza Rosewarne (Chair), Piran Chenoweth (Vice-Chair), Loveday Trewhella, Jowan Penrose and Kerensa Polglaze."),
    field("Named substitutes", "Councillors Morwenna Keast (Labour) and Tristan Nancarrow (Conservative)."),
    field("Lead members", "weir safety, Cllr Demelza Rosewarne; fish passes and eels, Cllr Piran Chenoweth."),
    sectionTitle("Agenda"),
    table(
      ["Item", "Title", "Lead", "For", "Paper"],
      [
        ["1", "Welcome and apologies", "Chair", "–", "–"],
        ["2", "Minutes of the meeting of 9 December 2611", "Chair", "Approval", "Draft minutes (below)"],
        ["3", "Action tracker", "Tobias Quennell", "Information", "Task list"],
        ["4", "Weirs and Sluices Programme: quarter 3", "Tobias Quennell", "Decision", "Slides"],
        ["5", "Sluice gate contract: award (Part B)", "Orla Penhallow", "Decision", "Exempt report"],
      ],
    ),
    field("Part B", "Item 5 is likely to be considered in private. Its report contains information about the financial or business affairs of the tenderers (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972)."),
    sectionTitle("Draft minutes of the meeting of Wednesday 9 December 2611"),
    field("Present", "Cllr Demelza Rosewarne (Chair), Cllr Piran Chenoweth (Vice-Chair), Cllr Loveday Trewhella and Cllr Jowan Penrose."),
    field("Apologies", "Cllr Kerensa Polglaze."),
    sectionTitle("1 Welcome and apologies"),
    para("1.1 The Chair welcomed members. Apologies were received from Cllr Kerensa Polglaze."),
    sectionTitle("2 Weirs and Sluices Programme: quarter 2"),
    para("2.1 Tobias Quennell introduced the report. The programme's crews cleared 310 tonnes of debris from the weirs in 2610, twice the year before."),
    para("2.2 RESOLVED that the Task Group: (a) notes the quarter 2 report; (b) asks for a survey of the Millbeck sluice gates (WSA-11) and a letter to the Environment Agency on the fish passes (WSA-12)."),
    sectionTitle("3 Date of next meeting"),
    para("3.1 Tuesday 10 March 2612 at 14:00."),
    sectionTitle("Actions"),
    table(
      ["Ref", "Action", "Minute", "Owner", "Due"],
      [
        ["WSA-11", "Survey the Millbeck sluice gates", "2.2", "Tobias Quennell", "18 December 2611"],
        ["WSA-12", "Letter to the Environment Agency on the fish passes", "2.2", "Cllr Demelza Rosewarne", "15 January 2612"],
        ["WSA-13", "Debris booms at Hatherleigh weir before the spring floods", "2.2", "Orla Penhallow", "29 January 2612"],
        ["WSA-14", "Eel pass trial at Coombe Mill", "2.2", "Cllr Piran Chenoweth", "26 February 2612"],
      ],
    ),
  ].join("\n");
  const html = [
    "<html><head><meta charset=\"utf-8\"></head><body>",
    `<p style="font-size:20px;font-weight:600;">Approved</p>`,
    para("Cllr Demelza Rosewarne approved your request."),
    `<table><tr><td>Title</td><td>Agenda sign-off: Weirs and Sluices Task Group, Tuesday 10 March 2612</td></tr>`,
    `<tr><td>Requested by</td><td>Jenna Tremayne (jenna.tremayne@local.gov.uk)</td></tr>`,
    `<tr><td>Details</td><td>${details}</td></tr></table>`,
    "</body></html>",
  ].join("\n");
  return [
    "From: Power Automate <flow-noreply@microsoft.com>",
    "To: Jenna Tremayne <jenna.tremayne@local.gov.uk>",
    "Subject: Approved: Agenda sign-off: Weirs and Sluices Task Group, Tuesday 10 March 2612",
    "Date: Tue, 2 Mar 2612 09:12:44 +0000",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="UTF-8"',
    "",
    html,
    "",
  ].join("\r\n");
}

/** The risk register as a workflow exports a list: each owner a sign-in claim, not a name. */
export function weirsRisksCsv(): string {
  const rows = [
    ["Risk ID", "Risk", "Owner", "Likelihood", "Impact", "Score", "RAG"],
    ["WSR-01", "Sluice gate fails in a flood", "i:0#.f|membership|tobias.quennell@local.gov.uk", "2", "5", "10", "Amber"],
    ["WSR-02", "Fish pass funding withdrawn", "i:0#.f|membership|orla.penhallow-vane@local.gov.uk", "4", "4", "16", "Red"],
  ];
  return rows.map((r) => r.map((c) => `"${c}"`).join(",")).join("\r\n") + "\r\n";
}

/**
 * The programme's budget at period 9 as a finance system's enquiry exports it: a code and a description
 * column each, a subtotal row per cost centre carrying only its code, and a grand total row with no text.
 */
export function weirsBudgetCsv(): string {
  const rows = [
    ["Cost centre", "Cost centre(T)", "Account", "Account(T)", "Period", "Budget", "Actuals", "Variance"],
    ["W5510", "Weirs - team", "1101", "Salaries - permanent", "261209", "96000.00", "71200.00", "-800.00"],
    ["W5510", "Weirs - team", "4310", "Travel & subsistence", "261209", "4000.00", "2100.00", "-1200.00"],
    ["W5510", "", "", "", "", "100000.00", "73300.00", "-2000.00"],
    ["W5520", "Sluice works", "5210", "Contractors", "261209", "250000.00", "180000.00", "12000.00"],
    ["W5520", "", "", "", "", "250000.00", "180000.00", "12000.00"],
    ["", "", "", "", "", "350000.00", "253300.00", "10000.00"],
  ];
  return rows.map((r) => r.map((c) => (/^-?\d/.test(c) || c === "" ? c : `"${c}"`)).join(",")).join("\r\n") + "\r\n";
}

