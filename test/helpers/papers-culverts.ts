/**
 * The Culverts and Soakaways Task Group's papers (invented, 2631/32), in the layouts of collaboration tools:
 * a wiki page kept in Confluence's storage format (status lozenges as macros, dates as empty `<time>`
 * elements, a task list, a collapsed expand), a task list exported as iCalendar (a VTODO a task), draft
 * minutes downloaded from Google Docs as plain text (tables a cell a line, comments as [a] anchors with
 * their threads at the end) and the meeting's Zoom chat.
 */

const status = (colour: string, title: string, id: string) =>
  `<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="${id}"><ac:parameter ac:name="colour">${colour}</ac:parameter><ac:parameter ac:name="title">${title}</ac:parameter></ac:structured-macro>`;
const cell = (html: string) => `<td><p>${html}</p></td>`;
const user = (id: string) => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;

/** The measures: ref, name, Q2 figure, Q2 status, Q3 figure, Q3 status, lead. */
export const CULVERT_MEASURES: [string, string, string, [string, string], string, [string, string], string][] = [
  ["CSM-01", "Culverts inspected in the year", "41%", ["Yellow", "AT RISK"], "63%", ["Green", "ON TRACK"], "Cllr Tregothnan"],
  ["CSM-02", "Blocked soakaways cleared within 10 days", "72%", ["Yellow", "AT RISK"], "58%", ["Red", "OFF TRACK"], "Cllr Ashdown"],
  ["CSM-03", "Trash screens with a named owner", "80%", ["Red", "OFF TRACK"], "66%", ["Red", "OFF TRACK"], "Cllr Ashdown"],
  ["CSM-04", "Flood reports answered within 5 days", "88%", ["Green", "ON TRACK"], "91%", ["Green", "ON TRACK"], "Cllr Pellow"],
];

/** The programme tracker page, as Confluence keeps it ("View storage format"). */
export function culvertsTrackerStorage(): string {
  const rows = CULVERT_MEASURES.map(
    ([ref, name, q2, [c2, s2], q3, [c3, s3], lead], k) => `<tr>${cell(ref)}${cell(name)}${cell(q2)}${cell(status(c2, s2, `q2-${k}`))}${cell(q3)}${cell(status(c3, s3, `q3-${k}`))}${cell(lead)}</tr>`,
  ).join("");
  return [
    `<ac:layout><ac:layout-section ac:type="two_right_sidebar"><ac:layout-cell>`,
    `<ac:structured-macro ac:name="details" ac:schema-version="1" ac:macro-id="d-1"><ac:parameter ac:name="id">cstg-tracker</ac:parameter><ac:rich-text-body>`,
    `<table><tbody><tr><th><p><strong>Body</strong></p></th><td><p>Culverts and Soakaways Task Group (CSTG)</p></td></tr>`,
    `<tr><th><p><strong>Overall status</strong></p></th><td><p>${status("Yellow", "AT RISK", "o-1")}</p></td></tr>`,
    `<tr><th><p><strong>Last reviewed</strong></p></th><td><p><time datetime="2632-02-24" /></p></td></tr>`,
    `<tr><th><p><strong>Next review</strong></p></th><td><p><ac:placeholder>Type the date of the next review</ac:placeholder></p></td></tr>`,
    `<tr><th><p><strong>Page owner</strong></p></th><td><p>${user("5f2a7c01d9e4b8006a3c0000")}</p></td></tr>`,
    `<tr><th><p><strong>Reported to</strong></p></th><td><p><ac:link><ri:page ri:content-title="CSTG 12 March 2632 – papers" /><ac:plain-text-link-body><![CDATA[Item 6, CSTG meeting of 12 March 2632]]></ac:plain-text-link-body></ac:link></p></td></tr>`,
    `</tbody></table></ac:rich-text-body></ac:structured-macro>`,
    `<ac:structured-macro ac:name="toc" ac:schema-version="1" ac:macro-id="t-1"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>`,
    `<h2>Measures at quarter 3</h2>`,
    `<table><tbody><tr><th><p>Ref</p></th><th><p>Measure</p></th><th><p>Q2 figure</p></th><th><p>Q2 status</p></th><th><p>Q3 figure</p></th><th><p>Q3 status</p></th><th><p>Lead member</p></th></tr>${rows}</tbody></table>`,
    `<h2>Milestones</h2>`,
    `<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-uuid>aa-1</ac:task-uuid><ac:task-status>complete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">Culvert register published – due <time datetime="2631-11-05" /> ${user("5f2a7c01d9e4b8006a3c0000")}</span></ac:task-body></ac:task>`,
    `<ac:task><ac:task-id>2</ac:task-id><ac:task-uuid>aa-2</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">Trash screen survey finished – due <time datetime="2632-04-30" /></span></ac:task-body></ac:task></ac:task-list>`,
    `<h2>Budget 2631/32</h2>`,
    `<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="e-1"><ac:parameter ac:name="title">Show the budget (£000)</ac:parameter><ac:rich-text-body>`,
    `<table><tbody><tr><th><p>Line</p></th><th><p>Budget</p></th><th><p>Forecast</p></th></tr><tr>${cell("Jetting contract")}${cell("120")}${cell("134")}</tr><tr>${cell("Total")}${cell("120")}${cell("134")}</tr></tbody></table>`,
    `</ac:rich-text-body></ac:structured-macro>`,
    `<p><ac:emoticon ac:name="warning" ac:emoji-shortname=":warning:" /> Figures validated on <time datetime="2632-02-10"></time>.</p>`,
    `</ac:layout-cell></ac:layout-section></ac:layout>`,
  ].join("\n");
}

/** A task's lines as Thunderbird exports them: folded at 75 octets, commas escaped. */
function fold(line: string): string {
  const out = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) out.push(` ${line.slice(at, at + 74)}`);
  return out.join("\r\n");
}

/** The tasks: ref and words, state, due (yyyymmdd), % complete, owner, notes. */
export const CULVERT_TASKS: [string, string, string, string, string, string][] = [
  ["CSA-21 Publish the culvert register", "COMPLETED", "26311130", "100", "Morwenna Cardew", "Published on 28 November 2631."],
  ["CSA-22 Survey the trash screens on the Lidden", "IN-PROCESS", "26320228", "60", "Jago Penberthy", "Nine of fifteen screens surveyed; the rest in March."],
  ["CSA-23 Agree a jetting rota with the highways team", "NEEDS-ACTION", "26320131", "0", "Morwenna Cardew", "Overdue. Waiting for the highways contract; now expected in May."],
  ["CSA-24 Visit the Porthleven outfall", "CANCELLED", "26320210", "0", "Jago Penberthy", "Cancelled: the outfall was under water in January."],
];

/** The Programme Officer's task list, exported from Thunderbird as iCalendar. */
export function culvertsTasksIcs(): string {
  const todos = CULVERT_TASKS.map(([summary, state, due, percent, owner, note], k) =>
    [
      "BEGIN:VTODO",
      `CREATED:2631112${k}T094500Z`,
      `LAST-MODIFIED:2632031${k}T101500Z`,
      `DTSTAMP:2632031${k}T101500Z`,
      `UID:csa-${k}-fee4280d-cstg@example`,
      `SUMMARY:${summary}`,
      `STATUS:${state}`,
      `DUE;VALUE=DATE:${due}`,
      `PERCENT-COMPLETE:${percent}`,
      ...(state === "COMPLETED" ? ["COMPLETED:26311128T151200Z"] : []),
      `ORGANIZER;CN="Ysolde Trewin":mailto:ysolde.trewin@example.gov.uk`,
      fold(`ATTENDEE;CN="${owner}";PARTSTAT=${state};ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:${owner.toLowerCase().replace(" ", ".")}@example.gov.uk`),
      fold(`DESCRIPTION:Minute 6\\, 20 November 2631.\\nOwner: ${owner}\\n${note.replace(/,/g, "\\,").replace(/;/g, "\\;")}`),
      "X-MOZ-GENERATION:3",
      "END:VTODO",
    ].join("\r\n"),
  );
  return [
    "BEGIN:VCALENDAR",
    "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "VERSION:2.0",
    "X-WR-CALNAME:CSTG actions",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "END:STANDARD",
    "END:VTIMEZONE",
    ...todos,
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

/** The draft minutes of 12 March 2632, downloaded from Google Docs as plain text. */
export function culvertsMinutesGoogleText(): string {
  const attendance = [
    ["Cllr Morgana Tregothnan", "Kernow Vale Council", "Chair", "In the room"],
    ["Cllr Piran Ashdown", "Lidden District Council", "Member", "Online"],
    ["Cllr Tamsin Pellow", "Porthcove Borough Council", "Member", "In the room"],
    ["Cllr Elowen Rosewarne", "Lidden District Council", "Member", "Apologies (substitute: Cllr Demelza Hocking)"],
    ["Cllr Demelza Hocking", "Lidden District Council", "Substitute", "Online"],
    ["Cllr Kerensa Vosper", "Kernow Vale Council", "Member", "Absent[a]"],
  ];
  const actions = [
    ["CSA-25", "Write to the water company about the Lidden outfall", "Jago Penberthy", "26 March 2632"],
    ["CSA-26", "Recovery plan for CSM-03 (trash screens with a named owner)", "Morwenna Cardew with Cllr Piran Ashdown", "11 June 2632"],
    ["CSA-27", "Circulate the residents' flooding survey", "Ysolde Trewin", "19 March 2632"],
  ];
  return [
    "\uFEFFCulverts and Soakaways Task Group",
    "Minutes of the meeting held on Thursday 12 March 2632",
    "DRAFT – not yet approved.",
    "",
    "Attendance",
    "Name",
    "Council",
    "Role",
    "Attended",
    ...attendance.flat(),
    "",
    "1. Welcome, apologies and substitutes",
    "1.1 Apologies were received from Cllr Elowen Rosewarne; Cllr Demelza Hocking attended as her substitute.",
    "",
    "2. Declarations of interest",
    "2.1 Cllr Morgana Tregothnan and Cllr Tamsin Pellow declared an other registrable interest in item 5 as members of Kernow Vale Council, which had bid.",
    "",
    "5. Culvert grants: round 2",
    "5.1 RESOLVED that the Task Group approves the four awards set out in the report.",
    "5.2 The Vosper Road culvert was declared unsafe in January and is not in round 2.",
    "",
    "6. Quarter 3 performance and risk",
    "6.1 RESOLVED that the Task Group notes the quarter 3 position and asks the Chair to report risk CSR-04 to the Environment Board on 2 April 2632.",
    "",
    "________________",
    "",
    "Actions from this meeting",
    "Ref",
    "Action",
    "Owner",
    "Due",
    ...actions.flat(),
    "",
    "[a]Kerensa Vosper: I sent my apologies by email on 10 March – please show me under apologies.",
    "Ysolde Trewin: Sorry, found your email. I'll correct this.",
    "",
  ].join("\n");
}

/** The risks of the tracker's register, as a CSV the risk lookup reads: ref, risk, score, owner. */
export function culvertsRisksCsv(): string {
  return [
    "Ref,Risk,Likelihood,Impact,Score,Owner",
    "CSR-01,Contractors cannot jet blocked culverts in time,3,3,9,Programme Manager",
    "CSR-02,Councils do not know who owns each trash screen,3,4,12,Programme Manager",
    "CSR-04,Homes flood where an outfall is blocked by silt,4,5,20,Senior Adviser",
    "",
  ].join("\n");
}

/** The meeting's chat, saved from Zoom. */
export function culvertsZoomChat(): string {
  const said: [string, string, string][] = [
    ["09:58:10", "Ysolde Trewin (LGA) to Everyone", "Good morning – please use the chat for votes."],
    ["09:59:40", "Cllr Demelza Hocking to Everyone", "Morning all – I'm substituting for Cllr Elowen Rosewarne today"],
    ["10:02:05", "Cllr Piran Ashdown to Ysolde Trewin (LGA)(Direct Message)", "My connection dropped during declarations – should I declare on item 5?"],
    ["10:03:30", "Ysolde Trewin (LGA) to Cllr Piran Ashdown(Direct Message)", "Yes please – put it in the chat and I'll minute it"],
    ["10:39:12", "Cllr Piran Ashdown to Everyone", "Declaration for item 5: Lidden DC has bid CG-2-04 and I sit on Lidden's drainage committee. Other registrable interest – I'll stay and vote."],
    ["11:20:44", "Cllr Tamsin Pellow to Everyone", "For"],
  ];
  return `${said.map(([time, who, words]) => `${time} From ${who}:\n\t${words}`).join("\n")}\n`;
}
