/**
 * Papers of the invented Dry Stone Walls Working Group, 2313/14: a programme tracker exported from a work
 * management tool as a web page (a row-number column and a comment-count column under no header, parent
 * rows shown by a disclosure triangle, quarter columns named without a year, the risks in the measures'
 * columns under a "Risks" parent row), a list's daily alert e-mail (each item a title row over rows of
 * labels and values, an old value struck through by its style only beside the new one, an item added and
 * then deleted), minutes in markdown whose action log the alert later updates, and a talk's slides saved as
 * plain text with its table one cell a line.
 */

/** Tracker rows: [row label, lead, target, Q1, Q2, status, due]; a label opening "▾" is a parent row. */
const TRACKER_ROWS: [string, string, string, string, string, string, string][] = [
  ["▾ Workstream 1 – Rebuild", "", "", "", "", "", ""],
  ["DSW-01 Metres of wall rebuilt (cumulative)", "Hamish Trelawney", "900", "210", "480", "On Track", "31/03/14"],
  ["DSW-02 Field gates rehung on rebuilt walls", "Hamish Trelawney", "60", "9", "14", "Off Track", "31/03/14"],
  ["▾ Workstream 2 – Skills", "", "", "", "", "", ""],
  ["DSW-03 Apprentices taking the level 2 certificate", "Marisol Fenwick-Hale", "24", "18", "19", "At Risk", "31/03/14"],
  ["DSW-04 Volunteer wallers trained", "Marisol Fenwick-Hale", "150", "40", "88", "On Track", "31/03/14"],
  ["▾ Risks", "", "", "", "", "", ""],
  ["DSW-R1 Stone from the old quarry runs out before the spring", "Hamish Trelawney", "L4 x I4", "12", "16", "Open", "15/01/14"],
  ["DSW-R2 Apprentices leave for better-paid work", "Marisol Fenwick-Hale", "L2 x I3", "9", "6", "Open", "31/03/14"],
];

/** The tracker as the tool exports it to a web page: no header over the row numbers and comment counts, its "Health" a ball with no words. */
export function drystoneTrackerHtml(): string {
  const comments: Record<number, string> = { 3: "2", 8: "1" };
  const rows = TRACKER_ROWS.map(
    (r, k) =>
      `<tr><td class="rownum">${k + 1}</td><td class="icons">${comments[k + 1] ?? ""}</td>${r
        .map((c, i) => (i === 0 && c.startsWith("▾") ? `<td><b>${c}</b></td>` : `<td>${c}</td>`))
        .join("")
        .replace(/(<td>[^<]*<\/td>)$/, `<td class="health"><span class="ball${r[5] ? " ball-on" : ""}"></span></td>$1`)}</tr>`,
  );
  return [
    "<!DOCTYPE html>",
    '<html><head><meta charset="utf-8"><title>DSWG – Walls Programme 2313-15 tracker</title></head><body>',
    "<h1>DSWG – Walls Programme 2313-15 tracker</h1>",
    "<table>",
    "<thead><tr><th></th><th></th><th>Task Name</th><th>Lead</th><th>Target</th><th>Q1 (Apr–Jun)</th><th>Q2 (Jul–Sep)</th><th>Status</th><th>Health</th><th>Due</th></tr></thead>",
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    "</body></html>",
  ].join("\n");
}

/** One item of the alert: a title row, a line of who changed it, then its labelled rows. */
function alertItem(title: string, who: string, fields: [string, string][]): string {
  return [
    '<table class="item">',
    `<tr><td colspan="2"><b>${title}</b></td></tr>`,
    `<tr><td colspan="2">${who}</td></tr>`,
    ...fields.map(([label, value]) => `<tr><td class="label">${label}:</td><td>${value}</td></tr>`),
    "</table>",
  ].join("\n");
}

const struck = (old: string) => `<span style="color:#999;text-decoration:line-through">${old}</span>`;

/** The list's daily alert for 4 December 2313, saved as .eml (one HTML part, base64). */
export function drystoneAlertEml(): string {
  const html = [
    "<html><body>",
    "<h2>Dry Stone Walls Working Group</h2>",
    "<h2>Action tracker</h2>",
    alertItem("Survey the Holloway Lane wall after the storm", "Changed by Ned Ashcombe, 12/4/2313 2:05 PM", [
      ["Action ID", "DSA-07"],
      ["Owner", "Hamish Trelawney"],
      ["Due date", "11/30/2313"],
      ["Status", `<b>Complete</b> ${struck("In progress")}`],
      ["Notes", "Survey done; rebuild costed at £8,400."],
    ]),
    alertItem("Book the stone merchant", "Added by Ned Ashcombe, 12/4/2313 3:10 PM", [
      ["Action ID", "DSA-11"],
      ["Owner", "Ned Ashcombe"],
      ["Due date", "12/20/2313"],
      ["Status", "Not started"],
      ["Notes", ""],
    ]),
    alertItem("Order stone for the Holloway Lane rebuild", "Added by Ned Ashcombe, 12/4/2313 3:12 PM", [
      ["Action ID", "DSA-12"],
      ["Owner", "Hamish Trelawney"],
      ["Due date", "1/15/2314"],
      ["Status", "Not started"],
      ["Notes", "Quote from the Birkdale quarry."],
    ]),
    alertItem("Write to the landowners about gate hinges", "Changed by Ned Ashcombe, 12/4/2313 3:30 PM", [
      ["Action ID", "DSA-09"],
      ["Owner", "Cllr Petronella Sixsmith"],
      ["Due date", `2/28/2314 ${struck("12/31/2313")}`],
      ["Status", "In progress"],
      ["Notes", "Four of seven landowners have replied."],
    ]),
    '<table class="item">',
    "<tr><td colspan=\"2\"><b>Book the stone merchant</b></td></tr>",
    '<tr><td colspan="2">Deleted by Ned Ashcombe, 12/4/2313 3:14 PM</td></tr>',
    "</table>",
    "<p>You received this alert because you subscribed to daily summaries of changes to 'Action tracker'.</p>",
    "</body></html>",
  ].join("\n");
  const body = Buffer.from(html, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    "From: Dry Stone Walls Working Group <no-reply@lists.example.org>",
    "To: Ned Ashcombe <ned.ashcombe@local.gov.uk>",
    "Date: Thu, 5 Dec 2313 06:02:00 +0000",
    "Subject: Action tracker - Daily Summary",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="utf-8"',
    "Content-Transfer-Encoding: base64",
    "",
    body,
    "",
  ].join("\r\n");
}

/** Minutes of 4 December 2313 in markdown, with the action log as at 25 November. */
export function drystoneMinutesMarkdown(): string {
  return [
    "# Dry Stone Walls Working Group",
    "",
    "## Minutes of the meeting held on Wednesday 4 December 2313",
    "",
    "Present: Cllr Petronella Sixsmith (Chair), Cllr Alaric Moorcroft, Cllr Jessamy Quill",
    "",
    "### 1. Apologies",
    "",
    "Apologies were received from Cllr Dunstan Pargeter.",
    "",
    "### 2. Programme tracker",
    "",
    "Hamish Trelawney introduced the quarter 2 tracker. The Working Group noted that field gates are behind.",
    "",
    "RESOLVED that the Working Group notes the tracker.",
    "",
    "### 3. Action log (status as at 25 November 2313)",
    "",
    "| Ref | Action | Owner | Due | Status |",
    "|---|---|---|---|---|",
    "| DSA-07 | Survey the Holloway Lane wall after the storm | Hamish Trelawney | 30/11/2313 | In progress |",
    "| DSA-08 | Agree the apprentices' placement rota | Marisol Fenwick-Hale | 15/11/2313 | Complete |",
    "| DSA-09 | Write to the landowners about gate hinges | Cllr Petronella Sixsmith | 31/12/2313 | In progress |",
    "",
  ].join("\n");
}

/** A talk's slides downloaded as plain text: every text box a line, its table one cell a line. */
export function drystoneSlidesText(): string {
  return [
    "Walling skills: first-year review",
    "Dry Stone Walls Working Group",
    "4 December 2313 · Item 4",
    "Results by council, April to September 2313",
    "Council",
    "Volunteers trained",
    "Metres rebuilt",
    "Pass rate",
    "Ashdale",
    "31",
    "190",
    "94%",
    "Birkdale",
    "27",
    "160",
    "89%",
    "Coldbeck",
    "30",
    "130",
    "91%",
    "Total",
    "88",
    "480",
    "92%",
    "What volunteers told us",
    "“I never thought I'd learn to build a wall that lasts a hundred years.”",
    "",
  ].join("\r\n");
}

/**
 * The agenda pack for 4 December 2313 in markdown: named substitutes in one labelled line, the agenda's
 * last row giving the next meeting, and the draft minutes of 11 September 2313, whose own "Date of next
 * meeting" is this one.
 */
export function drystonePackMarkdown(): string {
  return [
    "# Dry Stone Walls Working Group",
    "",
    "Wednesday 4 December 2313, 10.30am – 12.30pm, Room 3, Fellside House",
    "",
    "Named substitutes: Cllr Ottoline Brackenbury (Labour, Ashdale District Council) and Cllr Wystan Gillow (Conservative, Coldbeck Borough Council).",
    "",
    "## Agenda",
    "",
    "| Item | Business | Lead |",
    "|---|---|---|",
    "| 1 | Welcome and apologies | Chair |",
    "| 2 | Minutes of the meeting of 11 September 2313 | Chair |",
    "| 3 | Programme tracker | Hamish Trelawney |",
    "| 4 | Date of next meeting: Wednesday 11 March 2314, 10.30am | Chair |",
    "",
    "## Item 2: Minutes of the meeting held on Wednesday 11 September 2313",
    "",
    "### 1 Apologies",
    "",
    "1.1 There were no apologies.",
    "",
    "### 2 Walling grants",
    "",
    "2.1 The Working Group agreed the grant rules.",
    "",
    "### 3 Date of next meeting",
    "",
    "3.1 Wednesday 4 December 2313, 10.30am.",
    "",
  ].join("\n");
}

