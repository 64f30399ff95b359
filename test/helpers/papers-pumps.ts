/**
 * The Village Pumps Task Group's papers (invented, 2711/12): the clerk's notes of a meeting typed in a Zim
 * wiki (the page file as Zim keeps it: checkboxes in Zim's states, owners as first-name tags, due days in
 * the Task List plugin's form), the group's page on a network's site saved from the browser (members as
 * text boxes of lines, the terms of reference in a collapsed section) and a project tracker's work packages
 * exported as CSV (risks with a score and the score at the last review, an "Assignee" and an "Accountable",
 * the register's tolerance only in its parent's description; actions with a finish date).
 */
import { pdfBuffer } from "./papers.js";

/** The notes of 8 March 2712 as the Zim page file. */
export function pumpsZimNotes(): string {
  return [
    "Content-Type: text/x-zim-wiki",
    "Wiki-Format: zim 0.6",
    "Creation-Date: 2712-03-08T10:02:11+00:00",
    "",
    "====== 2712-03-08 VPTG meeting ======",
    "Created Tuesday 08 March 2712",
    "",
    "**Village Pumps Task Group: notes of the meeting of Tuesday 8 March 2712**, 2pm, Room 1.4, 18 Smith Square",
    "//DRAFT notes by Perpetua Ollerenshaw (Member Services Officer).// Back to [[VPTG:Meetings|Meetings]]",
    "",
    "===== Attendance =====",
    "",
    "|Name                |Council                 |Role    |Attendance|",
    "|:-------------------|:-----------------------|:-------|:---------|",
    "|Cllr Ambrose Tiller |Northwold Borough Council|Chair   |Present   |",
    "|Cllr Sabine Crouch  |Eastmere District Council|Member  |Apologies |",
    "|Cllr Lowell Pargeter|Ashby Vale Council      |Member  |Present   |",
    "",
    "**Officers:** Thaddeus Wren (Programme Officer), Imogen Faraday (Finance Officer), Perpetua Ollerenshaw (Member Services Officer).",
    "",
    "===== 1. Welcome and apologies =====",
    "Apologies from Cllr Sabine Crouch.",
    "",
    "===== 2. Declarations of interest =====",
    "* Cllr Lowell Pargeter: item 4, Ashby Vale Council's bid (PG-03); he chairs the Ashby Vale Pumps Trust.",
    "* No other declarations.",
    "",
    "===== 3. Notes of 14 December 2711 and actions =====",
    "**RESOLVED** that the notes of 14 December 2711 are a correct record.",
    "[*] PA-21 Survey the parish pumps in Northwold: survey done in January @Thaddeus",
    "[>] PA-22 Costed plan for the Eastmere pump handles: carried forward @Imogen [d: 12/5/2712]",
    "[ ] PA-23 Ask the heritage body about listed pumps: no reply yet @Thaddeus",
    "[x] PA-24 Arrange a site visit to the Ashby Vale pump house: dropped, the house is shut @Perpetua",
    "",
    "===== 4. Pump restoration grants =====",
    "Imogen Faraday introduced the paper.",
    "**RESOLVED** that the Task Group:",
    "\ta. awards the grants PG-01 and PG-02;",
    "\tb. defers PG-03 until the trust's accounts are filed.",
    "",
    "===== Actions from this meeting =====",
    "[ ] PA-25 Send the grant letters for PG-01 and PG-02 @Imogen [d: 22/3/2712] !",
    "[ ] PA-26 Write to the Ashby Vale Pumps Trust about its accounts @Thaddeus [d: 31/3/2712]",
    "",
    "//Notes checked against the recording by Perpetua on 9 March.//",
    "",
  ].join("\n");
}

/** A member's text box, its lines as paragraphs, under a portrait. */
const memberBox = (lines: string[]) => `<div class="tyJCtd"><img src="portrait.png"><div class="box">${lines.map((l) => `<p><span>${l}</span></p>`).join("")}</div></div>`;

/** The group's page on the network's site, as the browser saves it. */
export function pumpsSitePage(): string {
  return [
    "<!DOCTYPE html><html><head><title>Rural Water Network - Village Pumps Task Group</title></head><body>",
    '<div role="navigation"><a href="/">Home</a><a href="/groups">Groups</a></div>',
    '<div class="site-actions" role="button" aria-haspopup="true" aria-expanded="false" aria-controls="menu1">Site actions</div>',
    '<div id="menu1" aria-hidden="true" style="display:none"><p>Page updated 2 Feb 2712</p></div>',
    "<main>",
    "<h1>Village Pumps Task Group</h1>",
    "<p>The Village Pumps Task Group looks after the restoration of the parish pumps of the three councils.</p>",
    "<h2>Membership 2711/12</h2>",
    memberBox(["Cllr Ambrose Tiller", "Chair", "Northwold Borough Council", "Conservative"]),
    memberBox(["Cllr Sabine Crouch", "Member", "Lead member for pump houses", "Eastmere District Council", "Labour"]),
    memberBox(["Cllr Lowell Pargeter", "Member", "Ashby Vale Council", "Independent"]),
    '<div role="button" aria-expanded="false" aria-controls="tor1"><h3>Terms of reference</h3></div>',
    '<div id="tor1" aria-hidden="true" style="display:none">',
    "<p>Purpose: to oversee the restoration of the parish pumps and to award the pump restoration grants.</p>",
    "<p>Quorum: two members, including the Chair.</p>",
    "</div>",
    "<h2>Contacts</h2>",
    "<p>Thaddeus Wren, Programme Officer: 020 7946 0101</p>",
    "</main></body></html>",
  ].join("\n");
}

/** The project's work packages as the tracker's CSV export writes them (month-first dates). */
export function pumpsWorkPackagesCsv(): string {
  const header = ["ID", "Type", "Parent", "Subject", "Status", "Assignee", "Accountable", "Category", "Finish date", "Likelihood", "Impact", "Risk score", "Score at last review", "Description"];
  const rows = [
    ["3101", "Summary task", "", "Risk register 2711/12", "In progress", "Thaddeus Wren", "Imogen Faraday", "", "04/30/2712", "", "", "", "", "Risks to the pumps programme.\n\n**Tolerance:** a risk scoring 12 or more is above the Task Group's tolerance and is reported to the Rural Water Board."],
    ["3102", "Risk", "Risk register 2711/12 (#3101)", "PR-01 Spare parts for old pumps run out", "Escalated", "Thaddeus Wren", "Imogen Faraday", "", "", "4", "4", "16", "9", "Two foundries have closed."],
    ["3103", "Risk", "Risk register 2711/12 (#3101)", "PR-02 Volunteers to keep the pumps in order fall away", "Open", "Thaddeus Wren", "Thaddeus Wren", "", "", "3", "3", "9", "12", "Volunteer numbers steady."],
    ["3104", "Risk", "Risk register 2711/12 (#3101)", "PR-03 Grant money not spent by year end", "Escalated", "Imogen Faraday", "Imogen Faraday", "", "", "3", "4", "12", "8", "Round 1 awards below the budget."],
    ["3105", "Risk", "Risk register 2711/12 (#3101)", "PR-04 Listed pumps need consent", "Open", "Thaddeus Wren", "Thaddeus Wren", "", "", "2", "3", "6", "6", "No change."],
    ["3111", "Summary task", "", "Action log 2711/12", "In progress", "Perpetua Ollerenshaw", "Perpetua Ollerenshaw", "", "", "", "", "", "", "Actions from the Task Group's meetings."],
    ["3114", "Action", "Action log 2711/12 (#3111)", "PA-21 Survey the parish pumps in Northwold", "Closed", "Thaddeus Wren", "Thaddeus Wren", "TG 14 December 2711", "01/20/2712", "", "", "", "", "Survey done."],
    ["3112", "Action", "Action log 2711/12 (#3111)", "PA-22 Costed plan for the Eastmere pump handles", "In progress", "Imogen Faraday", "Imogen Faraday", "TG 14 December 2711", "02/28/2712", "", "", "", "", "Quotes awaited."],
    ["3113", "Action", "Action log 2711/12 (#3111)", "PA-23 Ask the heritage body about listed pumps", "New", "Thaddeus Wren", "Thaddeus Wren", "TG 14 December 2711", "01/31/2712", "", "", "", "", "Letter drafted."],
  ];
  const field = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\n") + "\n";
}

/**
 * A tracker's sheet printed to PDF: each rating a chip, its word then a dropdown's "▾" drawn as a small
 * triangle after it; and a list of notes under it, each opened by a drawn bullet.
 */
export function pumpsTrackerPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(12).text("Pumps programme: measures at quarter 3", 40, 40);
    const cols = [40, 110, 300, 360];
    const header = ["Ref", "Measure", "Q3 status", "Q3"];
    header.forEach((h, k) => doc.font("Helvetica-Bold").fontSize(8).text(h, cols[k]!, 80, { lineBreak: false }));
    const rows = [
      ["PM-01", "Pumps restored to working order", "On course", "14"],
      ["PM-02", "Pump houses reroofed", "Watch", "3"],
      ["PM-03", "Volunteer wardens trained", "On course", "22"],
      ["PM-04", "Pump survey published", "Done", "1"],
      ["PM-05", "Parishes with a pump warden", "On course", "17"],
    ];
    rows.forEach((r, i) => {
      const y = 100 + i * 20;
      r.forEach((c, k) => doc.font("Helvetica").fontSize(8).text(c, cols[k]!, y, { lineBreak: false }));
      // The chip's dropdown mark, just after its word (the next column's figure a little further on).
      const end = cols[2]! + doc.widthOfString(r[2]!) + 3;
      doc.polygon([end, y + 2], [end + 5, y + 2], [end + 2.5, y + 5.5]).fill("#555555").fillColor("black");
    });
    ["Figures from the three councils' returns.", "Q4 figures are due in April."].forEach((note, i) => {
      const y = 220 + i * 16;
      doc.circle(44, y + 3.5, 1.6).fill("#000000");
      doc.font("Helvetica").fontSize(9).text(note, 52, y, { lineBreak: false });
    });
  });
}

/** Item 4 of 8 March 2712 as a wiki keeps its page's markdown: a page block that is no YAML, callouts, tabs. */
export function pumpsWikiPaper(): string {
  return [
    "---",
    "title: Item 4: Pump restoration grants – round 1",
    "description: Village Pumps Task Group, Tuesday 8 March 2712. For decision.",
    "published: true",
    "date: 2712-02-25T11:20:31.204Z",
    "tags: vptg, grants",
    "editor: markdown",
    "---",
    "",
    "# Pump restoration grants: round 1",
    "",
    "> **Village Pumps Task Group**, Tuesday 8 March 2712, 2pm. **Room 1.4**, 18 Smith Square, and online. Agenda item 4.",
    "{.is-info}",
    "",
    "| | |",
    "|---|---|",
    "| **Purpose of report** | For decision |",
    "| **Contact officer** | Imogen Faraday |",
    "| **Position** | Finance Officer |",
    "| **Key decision** | No: each grant is below £20,000 |",
    "| **Exempt information** | None – this report is for publication |",
    "",
    "## Recommendations",
    "",
    "That the Task Group awards the grants PG-01 and PG-02.",
    "",
    "## Bids {.tabset}",
    "",
    "### Recommended",
    "",
    "| Bid | Council | Asked (£) | Score |",
    "|---|---|---|---|",
    "| PG-01 | Northwold Borough Council | 12,000 | 71 |",
    "| PG-02 | Eastmere District Council | 9,500 | 66 |",
    "",
    "### Not recommended",
    "",
    "| Bid | Council | Asked (£) | Score |",
    "|---|---|---|---|",
    "| PG-04 | Ashby Vale Council | 14,000 | 48 |",
    "{.links-list}",
    "",
  ].join("\n");
}

/** Item 5 of 8 March 2712 as a text paper: numbered paragraphs, the recommendations lettered under "2.1". */
export function pumpsHandlesPaper(): string {
  return [
    "Village Pumps Task Group",
    "",
    "Tuesday 8 March 2712",
    "",
    "Item 5",
    "",
    "Pump handles: replacement programme",
    "",
    "Contact officer: Thaddeus Wren, Programme Officer",
    "",
    "Key decision: No – below the Task Group's limit",
    "",
    "Exempt information: None – this report is for publication",
    "",
    "1. Purpose of the report",
    "",
    "1.1 To agree the replacement of the parish pumps' handles.",
    "",
    "2. Recommendations",
    "",
    "2.1 That the Task Group:",
    "",
    "(a) approves the replacement of 12 handles at Northwold;",
    "",
    "(b) agrees that the programme is reviewed again in autumn 2713.",
    "",
    "3. Background",
    "",
    "3.1 The handles were cast at the Ashby Vale foundry in 2650 and have worn thin.",
    "",
  ].join("\n");
}
