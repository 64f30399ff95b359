/**
 * The Lychgates and Churchyard Walls Task Group's papers (invented, 2681/82): a service desk's project list exported as CSV
 * (database field names for headers, four health ratings side by side, the state beside them, work notes
 * in one quoted field) and the clerk's e-mail of the agenda, one paper with its front sheet and tables,
 * another given in brief.
 */

/** A service desk's project list as its "Export > CSV" writes it. */
export function lychgatesProjectListCsv(): string {
  const header = ["number", "short_description", "state", "overall_health", "schedule_health", "cost_health", "scope_health", "project_manager", "u_lead_member", "budget_cost", "work_cost", "percent_complete", "comments_and_work_notes"];
  const rows = [
    ["PRJ0071201", "Volunteer repair days – Chalk Down lychgates", "Work in Progress", "Green", "Green", "Green", "Green", "Ottilie Farrant", "Cllr. Rowan Pettigrew", "£48,000.00", "£21,300.00", "46", "2682-02-10 09:12:44 - Ottilie Farrant (Work notes)\nSeason 1 complete: 64 work days and 2,318 volunteer hours across 11 churchyards."],
    ["PRJ0071202", "Condition survey of churchyard walls", "Work in Progress", "Green", "Yellow", "Red", "Green", "Barnaby Quiller", "Cllr. Rowan Pettigrew", "£30,000.00", "£33,450.00", "88", "2682-02-18 14:02:11 - Barnaby Quiller (Work notes)\nSurvey fees rose mid-season; forecast overspend £6,100."],
    ["PRJ0071203", "Lychgate roofs in village churchyards", "On Hold", "Yellow", "Yellow", "Green", "Green", "Ottilie Farrant", "Cllr. Agnes Marchbank", "£22,000.00", "£2,750.00", "12", "2682-02-02 10:05:48 - Ottilie Farrant (Work notes)\nOn hold until the parish councils renew their licences for the greens."],
    ["PRJ0071204", "Wall rebuilding at Millbrook", "Closed Complete", "Green", "Green", "Green", "Green", "Barnaby Quiller", "Cllr. Agnes Marchbank", "£15,000.00", "£14,200.00", "100", "2681-12-17 15:55:21 - Barnaby Quiller (Work notes)\nClosed: 410 metres of wall rebuilt."],
    ["PRJ0071205", "Churchyard warden network", "Work in Progress", "Red", "Red", "Green", "Yellow", "Hester Wakeling", "Cllr. Rowan Pettigrew", "£36,000.00", "£12,900.00", "23", "2682-02-24 16:20:05 - Hester Wakeling (Work notes)\nRecruitment paused; 9 wardens of the 40 planned."],
  ];
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return [header, ...rows].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}

/** A table as a mail client pastes one: a bold header row over plain cells. */
const table = (rows: string[][]) =>
  `<table border="1" cellspacing="0">${rows.map((r, k) => `<tr>${r.map((c) => (k === 0 ? `<td><b>${c}</b></td>` : `<td>${c}</td>`)).join("")}</tr>`).join("")}</table>`;

/** The clerk's e-mail of the agenda, as HTML: item 4 with its front sheet and tables, item 5 given in brief. */
export function lychgatesAgendaEmail(): string {
  const html = [
    "<html><body>",
    "<p>Dear members,</p>",
    "<p>The Lychgates and Churchyard Walls Task Group meets on Wednesday 16 March 2682 at 10.30am in Room 3.1, 18 Smith Square.</p>",
    "<p><b>Agenda</b></p>",
    "<p>Item 1: Welcome and apologies<br>Item 2: Declarations of interest<br>Item 3: Notes of the meeting held on 19 January 2682<br>Item 4: Programme budget and risk register – Idris Penhallow<br>Item 5: Churchyard warden grants: round 2 awards – Hester Wakeling<br>Item 6: Any other business</p>",
    "<p><b>Item 4 – Programme budget and risk register</b></p>",
    "<p>Purpose: To report the forecast outturn of the lychgates budget for 2681/82 and the risk register, both at 28 February 2682.</p>",
    "<p>Budget 2681/82 (£):</p>",
    table([
      ["Budget line", "Budget", "Spent to 28 Feb", "Forecast outturn", "Variance"],
      ["Restoration", "63,000", "35,500", "62,100", "-900"],
      ["Surveys", "30,000", "33,450", "36,100", "+6,100"],
      ["Engagement", "18,000", "5,650", "17,000", "-1,000"],
      ["Wardens", "16,000", "4,000", "16,000", "0"],
      ["Platforms", "12,000", "2,750", "12,000", "0"],
      ["Wall rebuilding", "15,000", "14,200", "14,200", "-800"],
      ["Programme management", "17,000", "11,000", "16,800", "-200"],
      ["Total", "171,000", "106,550", "174,200", "+3,200"],
    ]),
    "<p>Risk register at 28 February 2682:</p>",
    table([
      ["Ref", "Risk", "Score", "RAG", "Owner", "Since Jan"],
      ["LCR-01", "Survey fees rise again", "16", "Red", "Barnaby Quiller", "▲ was 12"],
      ["LCR-02", "Too few churchyard wardens come forward", "12", "Amber", "Hester Wakeling", "►"],
      ["LCR-03", "Parish councils do not renew licences", "9", "Amber", "Ottilie Farrant", "▼ was 12"],
      ["LCR-04", "Dry summer cracks the walls", "6", "Green", "Ottilie Farrant", "★ new"],
      ["LCR-05", "Ivy spreads along the walls", "8", "Amber", "Barnaby Quiller", "▲ was 6"],
    ]),
    "<p>Recommendations: That the Task Group:</p>",
    "<p>(a) notes the forecast overspend of £3,200 on the lychgates budget;<br>(b) agrees a virement of £3,200 from the underspends to the surveys line.</p>",
    "<p>Contact officer: Idris Penhallow, Finance Business Partner, 020 7946 0871, idris.penhallow@local.gov.uk</p>",
    "<p><b>Item 5 in brief</b></p>",
    "<p>Round 2 of the churchyard warden grants closed on 31 January 2682. We received 12 bids asking for £96,000; £60,000 is available.</p>",
    "<p>The Task Group is asked to:</p>",
    "<p>(a) approve 8 grants totalling £57,500;<br>(b) carry the remaining £2,500 into 2682/83.</p>",
    "<p>Contact officer: Hester Wakeling, Senior Adviser, Churchyards, 020 7946 0872, hester.wakeling@local.gov.uk</p>",
    "<p>Best wishes,<br>Perpetua</p>",
    "</body></html>",
  ].join("\r\n");
  return [
    "From: Perpetua Lisle <perpetua.lisle@local.gov.uk>",
    "To: LCWTG members <lcwtg-members@lists.local.gov.uk>",
    "Subject: Lychgates and Churchyard Walls Task Group 16 March 2682 - agenda and papers",
    "Date: Tue, 8 Mar 2682 16:47:12 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
    "",
    html,
    "",
  ].join("\r\n");
}
