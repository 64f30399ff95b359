/**
 * The Cattle Grids and Commons Task Group's papers (invented, 2455/56), in web apps' and desktop tools'
 * own layouts: a collaborative notes page whose follow-up tasks are rows of a task list (a check box drawn
 * by its ARIA state, an assignee shown only as an avatar of initials, a due day without a year), a meeting
 * request saved from a desktop calendar as text, a notes app's page exported as HTML (its properties a
 * table, check boxes drawn by a class), a BI tool's export with a row per measure per quarter (yearless
 * quarters placed by their US-style end dates, ratings as coloured circles, future quarters' targets only)
 * and a risk register whose tolerance is a sentence of its key.
 */

/** The notes page of the meeting of Wednesday 20 October 2455, which gives its day without a year. */
export function cattleGridsNotesHtml(): string {
  const task = (done: boolean, title: string, assignee: string, due: string) =>
    `<div role="listitem" class="task-row${done ? " is-done" : ""}"><span role="checkbox" class="task-row__check" aria-checked="${done}" tabindex="0"></span>${done ? '<span class="sr-only">Completed</span>' : ""}<span class="task-title">${title}</span><span class="task-row__assignee">${assignee}</span><span class="task-row__due"><time datetime="${due}">${due}</time></span></div>`;
  const avatar = (initials: string, name: string) => `<span class="app-Avatar" title="${name}" aria-label="${name}"><span class="app-Avatar__initials" aria-hidden="true">${initials}</span></span>`;
  const photo = (name: string) => `<span class="app-Avatar app-Avatar--image" role="img"><img class="app-Avatar__image" src="photo.png" alt="${name}"></span>`;
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>CGCTG – 20 October – meeting notes | Notes</title></head><body>
<main>
<h1>CGCTG – 20 October – meeting notes</h1>
<p>Cattle Grids and Commons Task Group (CGCTG) · Wednesday 20 October · 10:30–12:30 · Room 2.4, 18 Smith Square</p>
<h2>Attendance</h2>
<table><tr><th>Name</th><th>Council or post</th><th>Role</th></tr>
<tr><td>Cllr Winifred Blackmore</td><td>Fellside District Council</td><td>Chair</td></tr>
<tr><td>Cllr Osric Penhallow</td><td>Moorgate City Council</td><td>Vice-Chair</td></tr>
<tr><td>Hamish Trelawney (HT)</td><td>Commons Officer</td><td>Officer</td></tr>
<tr><td>Ines Woodroffe (IW)</td><td>Democratic Services Officer</td><td>Officer (notes)</td></tr>
</table>
<h2>Notes</h2>
<h3>1. Welcome, apologies and declarations of interest</h3>
<ul><li>Declarations: Cllr Osric Penhallow is a trustee of the Moorgate Commoners' Trust, which has bid for a grid grant (item 4). Cllr Winifred Blackmore declared that Fellside District Council has bid for a grid grant.</li></ul>
<h3>2. Grid replacement programme</h3>
<ul><li>HT reported that four grids were replaced in quarter 2.</li></ul>
<h3>3. Grid site visit</h3>
<ul><li>Members voted in the table below on a date for a site visit.</li></ul>
<p>Voting table</p>
<table><tr><th>Option</th><th>Details</th><th>Votes</th></tr>
<tr><td>Mon 8 Nov</td><td>10:00, Fellside grids only</td><td>2</td></tr>
<tr><td>Fri 12 Nov</td><td>09:30, Fellside and Haddow Moor grids</td><td>6</td></tr>
<tr><td>Wed 24 Nov</td><td>13:00, Haddow Moor grids only</td><td>3</td></tr>
</table>
<h3>4. Date of next meeting</h3>
<ul><li>Wednesday 15 December, 10:30, Room 2.4, 18 Smith Square.</li></ul>
<h2>Follow-up tasks</h2>
<div role="list" class="task-list">
${task(false, "CGA-31 Grid inspection schedule to the 15 Dec meeting", avatar("HT", "Hamish Trelawney"), "15 Dec")}
${task(true, "CGA-32 Write to the highway authority about the Fellside grid", photo("Ines Woodroffe"), "1 Nov")}
${task(false, "CGA-33 Invite the commoners' association to the February meeting", photo("Ines Woodroffe"), "16 Feb")}
${task(true, "CGA-34 Circulate the grid design note", avatar("HT", "Hamish Trelawney"), "10 Nov")}
</div>
<button class="task-list__add">+ Add a task</button>
</main></body></html>`;
}

/** The meeting request for 15 December 2455, as a desktop calendar saves a meeting item as text. */
export function cattleGridsMeetingRequestText(): string {
  return [
    "Subject:\tCGCTG – Cattle Grids and Commons Task Group – 15 December (updated: room change)",
    "Location:\tRoom 3.2, 18 Smith Square, London SW1P 3HZ",
    "",
    "Start:\tWed 15/12/2455 10:30",
    "End:\tWed 15/12/2455 12:30",
    "Show Time As:\tBusy",
    "",
    "Organizer:\tWoodroffe, Ines",
    "Required Attendees:\tBlackmore, Winifred (Cllr); Penhallow, Osric (Cllr); Trelawney, Hamish",
    "",
    "UPDATED 3 December: the meeting has moved to Room 3.2 (Room 2.4 is closed for repairs).",
    "",
    "Dear members,",
    "",
    "If you cannot attend, please ask your group's named substitute to attend in your place:",
    "",
    "Labour – Cllr Thaddeus Oakshott",
    "Conservative – Cllr Marigold Featherstonehaugh",
    "Independent members have no named substitute.",
    "",
    "Please tell your political group office if you cannot attend, so that a substitute can be arranged:",
    "",
    "Group\tTelephone\tEmail",
    "Conservative\t020 7946 0991\tconservative.group@local.gov.uk",
    "Labour\t020 7946 0992\tlabour.group@local.gov.uk",
    "Independent\t020 7946 0993\tindependent.group@local.gov.uk",
    "",
    "Agenda",
    "Time\tItem\tLead\tPaper",
    "10:30\t1. Welcome, apologies and declarations of interest\tChair\t–",
    "10:40\t2. Notes of 20 October and action log\tIW\tNotes page",
    "10:50\t3. Grid replacement programme: quarter 2 performance\tHT\tDashboard export",
    "11:30\t4. Grid grants round 2: recommended awards (key decision)\tHT\tItem 4 paper",
    "12:20\t5. Any other business\tChair\t–",
    "",
    "Kind regards",
    "",
    "Ines Woodroffe",
    "Democratic Services Officer",
    "",
  ].join("\r\n");
}

/** Item 4 for 15 December 2455 as a notes app exports a page: its properties a table above its text. */
export function cattleGridsPaperHtml(): string {
  const property = (name: string, value: string) => `<tr class="property-row"><th><span class="icon property-icon"><svg viewBox="0 0 16 16"><path d="M1 1H2Z"></path></svg></span>${name}</th><td>${value}</td></tr>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Item 4 – Grid grants round 2: recommended awards</title></head><body>
<article class="page sans"><header><h1 class="page-title">Item 4 – Grid grants round 2: recommended awards</h1>
<table class="properties"><tbody>
${property("Meeting", "<time>@December 15, 2455</time>")}
${property("Agenda item", "4")}
${property("Status", '<span class="selected-value select-value-color-green">Published</span>')}
${property("Key decision", '<div class="checkbox checkbox-on"></div>')}
${property("Exempt", '<div class="checkbox checkbox-off"></div>')}
${property("Contact officer", "Hamish Trelawney")}
${property("Job title", "Commons Officer")}
${property("Phone", '<a href="tel:020 7946 0817">020 7946 0817</a>')}
${property("Email", '<a href="mailto:hamish.trelawney@local.gov.uk">hamish.trelawney@local.gov.uk</a>')}
${property("Tags", "Grid grants")}
${property("Last edited time", "<time>@December 1, 2455 4:12 PM</time>")}
</tbody></table></header>
<div class="page-body"><h2>Purpose</h2><p>To agree the round 2 awards of the grid grants, on the recommendation of the panel.</p>
<h2>Recommendations</h2><p>That the Task Group:</p>
<p>(a) agrees awards to three commons totalling £84,000;</p>
<p>(b) makes the award to GG2-03 (Haddow Moor Commoners) conditional on the highway authority's approval of the grid design by 31 March 2456, failing which the £30,000 returns to the fund.</p>
<h4>Round 2 bids</h4>
<table class="collection-content"><thead><tr><th>Bid</th><th>Applicant</th><th>Asked</th><th>Panel recommendation</th><th>Award</th></tr></thead><tbody>
<tr><td>GG2-01</td><td>Fellside Common Graziers</td><td>£24,000</td><td>Award</td><td>£24,000</td></tr>
<tr><td>GG2-02</td><td>Moorgate Commoners' Trust</td><td>£30,000</td><td>Award</td><td>£30,000</td></tr>
<tr><td>GG2-03</td><td>Haddow Moor Commoners</td><td>£30,000</td><td>Award (conditional)</td><td>£30,000</td></tr>
<tr><td>GG2-04</td><td>Tarn Edge Parish Council</td><td>£18,000</td><td>Decline</td><td>£0</td></tr>
<tr><td>GG2-05</td><td>Blea Fell Graziers</td><td>£12,000</td><td>Decline</td><td>£0</td></tr>
</tbody></table>
<h2>Key decision</h2><p>The awards are a key decision. It was published in the forward plan on 10 November 2455.</p></div>
</article></body></html>`;
}

/** The dashboard's measures as its "Export data" writes them: a row per measure per quarter. */
export function cattleGridsMeasuresCsv(): string {
  const rows = [
    ["CG-01", "Cattle grids replaced (cumulative)", "Q1", "6/30/2455 12:00:00 AM", "4", "4", "🟢", "3", ""],
    ["CG-01", "Cattle grids replaced (cumulative)", "Q2", "9/30/2455 12:00:00 AM", "6", "9", "🔴", "1", "Steel prices delayed two orders"],
    ["CG-01", "Cattle grids replaced (cumulative)", "Q3", "12/31/2455 12:00:00 AM", "", "14", "", "", ""],
    ["CG-01", "Cattle grids replaced (cumulative)", "Q4", "3/31/2456 12:00:00 AM", "", "18", "", "", ""],
    ["CG-02", "Commons with a grazing agreement", "Q1", "6/30/2455 12:00:00 AM", "12", "12", "🟢", "3", ""],
    ["CG-02", "Commons with a grazing agreement", "Q2", "9/30/2455 12:00:00 AM", "12", "13", "🟠", "2", "One agreement with the solicitors"],
    ["CG-02", "Commons with a grazing agreement", "Q3", "12/31/2455 12:00:00 AM", "", "14", "", "", ""],
    ["CG-02", "Commons with a grazing agreement", "Q4", "3/31/2456 12:00:00 AM", "", "15", "", "", ""],
    ["CG-03", "Grid inspections on time", "Q1", "6/30/2455 12:00:00 AM", "0.8", "0.9", "🟠", "2", "Inspector vacancy"],
    ["CG-03", "Grid inspections on time", "Q2", "9/30/2455 12:00:00 AM", "0.95", "0.9", "🟢", "3", ""],
    ["CG-03", "Grid inspections on time", "Q3", "12/31/2455 12:00:00 AM", "", "0.9", "", "", ""],
    ["CG-03", "Grid inspections on time", "Q4", "3/31/2456 12:00:00 AM", "", "0.9", "", "", ""],
  ];
  const header = "Measure ID,Measure,Quarter,Quarter end,Sum of Actual,Sum of Target,RAG,RAG sort,Commentary";
  return `\uFEFF${[header, ...rows.map((r) => r.join(","))].join("\r\n")}\r\n`;
}

/** The programme's risk register, its key and its tolerance under the table. */
export function cattleGridsRisksMarkdown(): string {
  return [
    "# Grid replacement programme – risk register",
    "",
    "Reviewed 24 Nov by the programme board.",
    "",
    "| Ref | Risk | Owner | L | I | Score | Rating | Trend |",
    "|---|---|---|---|---|---|---|---|",
    "| CGR-01 | Steel prices rise beyond the programme's contingency | HT | 4 | 4 | 16 | Critical | ▲ |",
    "| CGR-02 | Commoners object to grids on their common | HT | 3 | 4 | 12 | High | ► |",
    "| CGR-03 | Livestock injured at a grid during works | IW | 3 | 5 | 15 | High | ▲ |",
    "| CGR-04 | Highway authority slow to approve designs | HT | 2 | 3 | 6 | Medium | ▼ |",
    "",
    "Tolerance: 12. A risk scoring above 12 needs a recovery plan agreed by the Task Group.",
    "",
    "Trend against the September review: ▲ up · ▼ down · ► no change.",
    "",
  ].join("\n");
}

/** The budget as a workbook saves one sheet as a web page: the page titled by the file, its opening line by the programme. */
export function cattleGridsBudgetHtml(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>CGCTG budget P7</title></head><body>
<p><b>Cattle Grid Replacement Scheme – revenue budget 2455/56</b></p>
<p>Position at period 7 (31 Oct) · all figures in £</p>
<p>Budget monitoring P7</p>
<table>
<tr><th>Line</th><th>Budget</th><th>Spent to P7</th><th>Forecast outturn</th></tr>
<tr><td>Grid replacement works</td><td>£420,000</td><td>£251,000</td><td>£436,000</td></tr>
<tr><td>Grid grants</td><td>£120,000</td><td>£0</td><td>£84,000</td></tr>
<tr><td>Scheme team</td><td>£90,000</td><td>£52,500</td><td>£90,000</td></tr>
<tr><td>Total</td><td>£630,000</td><td>£303,500</td><td>£610,000</td></tr>
</table>
</body></html>`;
}

/** The terms of reference's changes to membership: one member left, another took the place, a line each. */
export function cattleGridsMembershipMarkdown(): string {
  return [
    "# Cattle Grids and Commons Task Group – terms of reference and membership 2455/56",
    "",
    "## 3 Membership",
    "",
    "The Task Group has eight members and a named substitute for each political group.",
    "",
    "## 3.5 Changes to membership",
    "",
    "- Cllr Eudora Vanstone (Conservative, Fellside District Council) was appointed Chair of the Task Group at the annual meeting of the Board on 10 June 2455, in succession to Cllr Winifred Blackmore, who remains a member and leads on commons grazing for the Task Group this year.",
    "- Cllr Thaddeus Oakshott (Labour, Moorgate City Council) was named as the Labour Group's substitute on 12 June 2455, after the Group's annual meeting, and may attend any meeting in the place of a Labour member who cannot attend.",
    "- Cllr Marigold Featherstonehaugh (Conservative, Haddow Moor Borough Council) was named as the Conservative Group's substitute on 14 June 2455 and attended the meeting of 15 July 2455 in the place of a Conservative member.",
    "- The Independent member, Cllr Bartholomew Quist (Tarn Edge District Council), has no named substitute this year, as the Independent Group agreed on 2 June 2455; the Group may name one at any time by writing to the clerk.",
    "- Cllr Perpetua Hollingsworth (Labour, Moorgate City Council) stood down from the Task Group on 1 October 2455, on her appointment to her council's cabinet.",
    "- Cllr Ambrose Kittle (Labour, Fellside District Council), previously a substitute, became a member from 1 October 2455.",
    "- The Labour Group nominated Cllr Ione Pettigrew (Tarn Edge District Council) as a substitute on 8 October 2455.",
    "",
  ].join("\n");
}

/** The programme tracker: its rows under a heading per workstream, one of them added during the year. */
export function cattleGridsTrackerMarkdown(): string {
  return [
    "# Cattle grids programme tracker 2455/56 – quarter 2",
    "",
    "## Workstream 1 – Grid replacement",
    "",
    "| Ref | Milestone | Lead | RAG | Commentary |",
    "|---|---|---|---|---|",
    "| CGW-1.1 | Replace the Fellside grids | Hamish Trelawney | G | Works on site |",
    "| CGW-1.2 | Replace the Haddow Moor grids | Hamish Trelawney | A | Steel delayed |",
    "",
    "## Workstream 2 – Grazing (added 20 October 2455)",
    "",
    "| Ref | Milestone | Lead | RAG | Commentary |",
    "|---|---|---|---|---|",
    "| CGW-2.1 | Grazing agreement with the Moorgate commoners | Ines Woodroffe | R | Solicitors not yet instructed |",
    "| CGW-2.2 | Stock fencing survey | Ines Woodroffe | G | Survey booked |",
    "",
  ].join("\n");
}

