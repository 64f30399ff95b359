// Builds docs/heat-networks-commission-meeting-2029-03-07.html (the LGA web page of the Heat Networks Commission's
// meeting of Wednesday 7 March 2029: details, attendance, draft minutes, action tracker updated Monday 11 June 2029,
// documents) and its plain-text rendering text/<same base>.txt.
//
//   node src/build-meeting-html.mjs
//
// Layout: a page of the LGA website (skip link, header with a search form, main menu, breadcrumbs, <main>, footer)
// whose content is in an ARIA TAB WIDGET: a role="tablist" of five <button role="tab"> (Details, Attendance,
// Minutes, Actions (9), Documents) over five <section role="tabpanel">, ONLY THE FIRST SHOWN; THE OTHER FOUR CARRY
// THE `hidden` ATTRIBUTE (a small script swaps them on click). Each panel opens with a visually hidden <h2>.
//  - Details: a <dl> of label/value rows.
//  - Attendance: ONE <dl> whose <dt> are the kinds of attendance (Members present in the room, Members present
//    online, Apologies, Substitutes, In attendance, Officers) and whose <dd> are the people, one each: "Cllr Name
//    (role), Council, Group", a substitute "(for Cllr X)".
//  - Minutes: one <article> per item, its number in a <span> inside the <h3>, a meta line (who introduced it and
//    the time it was taken), paragraphs, and an OUTCOME TAG (<strong class="tag">: Noted, Agreed, Agreed with
//    changes, Deferred) followed by typed (a)–(e) decisions as list items.
//  - Actions: a TIMELINE, an <ol class="timeline"> ordered by due date, each <li> led by a <time datetime> with the
//    due date, then the action's reference and text in an <h3>, "Owner … · From item n", and a status pill (Done,
//    In progress, Overdue, Carried forward) with the latest update.
//  - Documents: a list of links.
// Rendering: the h1 and the status line; for each panel its <h2>, then its lines: a <dl> row as "label | value"
// (details) or the <dt> as a line and each <dd> as a line (attendance); item headings "4 Title"; meta lines,
// paragraphs and decisions one a line, the outcome tag as a line of its own; each timeline entry as four lines (date; reference and action; owner line; status and update); links one a line.
// The tab buttons, skip link, header, menus, breadcrumbs, script and footer are dropped.
// Synthetic test fixture: the Commission, people and decisions are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "heat-networks-commission-meeting-2029-03-07";

// ---------------------------------------------------------------- content
const H1 = "Heat Networks Commission – Wednesday 7 March 2029";
const STATUS = ["Draft minutes", "Last updated Monday 11 June 2029"];
const DETAILS = [
  ["Date", "Wednesday 7 March 2029"],
  ["Time", "11.00am to 1.20pm"],
  ["Venue", "Westminster Room, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams"],
  ["Chair", "Cllr Rosalind Gomersall (Leeds City Council)"],
  ["Clerk", "Priya Lanchester, Member Services Officer, 020 7946 0588"],
  ["Minutes", "Draft, to be confirmed at the meeting on Wednesday 20 June 2029"],
  ["Next meeting", "Wednesday 20 June 2029, 11.00am"],
];
const ATTENDANCE = [
  ["Members present in the room", [
    "Cllr Rosalind Gomersall (Chair), Leeds City Council, Labour",
    "Cllr Alasdair Cromack (Vice-Chair), Cheshire East Council, Conservative",
    "Cllr Saoirse Mulqueen (Deputy Chair), Ashfield District Council, Independent",
    "Cllr Marisol Keyworth, Nottingham City Council, Labour",
    "Cllr Piers Stanyforth, Buckinghamshire Council, Conservative",
    "Cllr Lowri Carwardine, Bath and North East Somerset Council, Liberal Democrat",
  ]],
  ["Members present online", [
    "Cllr Gideon Treloweth (Deputy Chair), Cornwall Council, Liberal Democrat",
    "Cllr Bartholomew Ince, Gateshead Council, Labour",
  ]],
  ["Apologies", [
    "Cllr Ottilie Rawnsley, Southampton City Council, Labour",
    "Cllr Desmond Bairstow, Stoke-on-Trent City Council, Conservative",
  ]],
  ["Substitutes", [
    "Cllr Kwesi Mensah-Thorne, Manchester City Council, Labour (for Cllr Rawnsley)",
    "Cllr Henrietta Gaskarth, North Yorkshire Council, Conservative (for Cllr Bairstow)",
  ]],
  ["In attendance", ["Dr Anjali Roscoe, Director of Research, Heat Customers’ Forum (item 5)"]],
  ["Officers", [
    "Conrad Esslemont, Head of Local Energy",
    "Imogen Thirkettle, Adviser (Heat and Energy)",
    "Fergus Macquarrie, Programme Manager (Zoning Support)",
    "Hebe Catterall, Grants Manager",
    "Olumide Garside, Senior Finance Business Partner",
    "Priya Lanchester, Member Services Officer",
  ]],
];
// items: [n, title, meta, paragraphs, tag, decisions]
const ITEMS = [
  [1, "Welcome, apologies and substitutes", "Chair · 11.00am", [
    "The Chair welcomed members, and Dr Anjali Roscoe of the Heat Customers’ Forum for item 5. Apologies were received from Cllr Ottilie Rawnsley and Cllr Desmond Bairstow. Cllr Kwesi Mensah-Thorne attended as substitute for Cllr Rawnsley and Cllr Henrietta Gaskarth as substitute for Cllr Bairstow. Cllr Gideon Treloweth and Cllr Bartholomew Ince joined online.",
  ], "Noted", []],
  [2, "Declarations of interest", "Chair · 11.03am", [
    "Cllr Bartholomew Ince declared an interest in item 6 as a non-executive director of Gateshead Energy Company, which expects to bid to the Heat Network Feasibility Fund. He took no part in the discussion or decision on that item. No other interests were declared.",
  ], "Noted", []],
  [3, "Minutes of the meeting held on 29 November 2028", "Chair · 11.05am", [
    "The minutes of the meeting held on 29 November 2028 were agreed as a correct record.",
  ], "Agreed", []],
  [4, "Heat network zoning consultation: draft response", "Introduced by Imogen Thirkettle, Adviser (Heat and Energy) · 11.07am", [
    "Imogen Thirkettle introduced the third draft of the LGA’s response to the Government’s consultation on heat network zoning, which closes on 27 April 2029, and the points raised by reviewers on the draft.",
    "Members strongly supported the view that councils should be zone coordinators by default, and the case against funding coordination through a levy. Cllr Gomersall said that councils could not ask schools and care homes to connect before customers were protected by a price cap, and members agreed. Cllr Treloweth said that many rural schools would not be able to connect within 36 months. Cllr Keyworth welcomed the use of the Heat Customers’ Forum’s evidence on prices.",
  ], "Agreed with changes", [
    "(a) agreed the draft response, subject to the changes below;",
    "(b) agreed that the answer to question 5 (publicly owned buildings to be required to connect) be changed from Partly agree to Disagree until a price cap for heat network customers is in force;",
    "(c) agreed that the answer to question 6 ask for a deadline of 36 months, which the zone coordinator may extend to 48 months for schools in rural areas;",
    "(d) agreed that the answer to question 8 offer building-level heat demand and floor area only, and no information about tenants’ homes; and",
    "(e) delegated the final wording to the Chair, with members’ written comments to be sent to officers by 16 March 2029.",
  ]],
  [5, "Heat network customers: evidence from the Heat Customers’ Forum", "Presentation by Dr Anjali Roscoe, Director of Research, Heat Customers’ Forum · 11.48am", [
    "Dr Roscoe presented the Forum’s research report ‘Paying for heat’ (October 2028), which covers 41 council-run networks. Billing was the subject of one complaint in five, and customers on the most expensive networks paid more than twice the median price. Outages lasting more than 24 hours had affected 14 of the 41 networks in the past year.",
    "Members asked how councils could compare the performance of their networks. Dr Roscoe offered to share anonymised complaints data with the LGA under a data-sharing agreement.",
  ], "Noted", [
    "The Commission thanked Dr Roscoe and noted the presentation.",
  ]],
  [6, "Heat Network Feasibility Fund 2029/30: criteria for round 1", "Introduced by Hebe Catterall, Grants Manager · 12.15pm", [
    "Hebe Catterall set out the proposed criteria for the Heat Network Feasibility Fund, which has £750,000 for 2029/30: £450,000 for round 1 and £300,000 for round 2 in the autumn. Councils may bid for between £15,000 and £60,000 towards feasibility studies and business cases, with match funding of at least 20 per cent.",
    "Bids will be scored out of 100 by an assessment panel of two members and two officers. Members asked that the panel be chaired by a member whose council does not intend to bid. Cllr Ince took no part in this item.",
  ], "Agreed", [
    "(a) agreed the criteria and scoring for round 1 set out in the report;",
    "(b) agreed that round 1 open on 3 April and close on 18 May 2029, with awards recommended to the meeting on 20 June 2029; and",
    "(c) appointed Cllr Saoirse Mulqueen and Cllr Lowri Carwardine to the assessment panel, with Cllr Mulqueen as its chair.",
  ]],
  [7, "Zoning support programme 2029/30: draft delivery plan", "Introduced by Fergus Macquarrie, Programme Manager (Zoning Support) · 12.40pm", [
    "Fergus Macquarrie presented the draft delivery plan for 2029/30 in five workstreams: guidance for zone coordinators, to be published by 28 September 2029; peer support for the 28 councils in the advanced zoning pilots; two rounds of the Feasibility Fund; customer protection; and skills and capacity.",
    "Members asked to see progress as a timeline at each meeting, so that any slippage against the agreed dates is visible.",
  ], "Agreed", [
    "The Commission agreed the delivery plan for 2029/30, including the milestone dates in Appendix A of the report.",
  ]],
  [8, "Heat network skills pilot: scoping paper", "Fergus Macquarrie · 1.02pm", [
    "The scoping paper was not ready in time for the meeting.",
  ], "Deferred", [
    "The Chair deferred the item to the meeting on 20 June 2029.",
  ]],
  [9, "Budget 2028/29: position at 31 January 2029", "Introduced by Olumide Garside, Senior Finance Business Partner · 1.04pm", [
    "The Commission’s budget for 2028/29 is £520,000. At 31 January 2029 spending was £401,300 and the forecast outturn £498,900, an underspend of £21,100, mainly on the zoning support programme, where a post was vacant for four months.",
  ], "Noted", []],
  [10, "Any other business", "Chair · 1.12pm", [
    "The Chair reported that the LGA Heat Networks Conference will be held in Birmingham on Tuesday 9 October 2029.",
    "The next meeting will be held on Wednesday 20 June 2029 at 11.00am.",
  ], "Noted", []],
];
const ACT_INTRO = "Actions agreed at this meeting, in order of due date. Progress updated by Priya Lanchester on Monday 11 June 2029.";
// [iso due, due text, ref, action, owner, item, status, update]
const ACTIONS = [
  ["2029-03-14", "14 March 2029", "HNC-A01", "Send Dr Roscoe’s slides to members.", "Priya Lanchester", 5, "Done", "Sent on 9 March 2029."],
  ["2029-03-16", "16 March 2029", "HNC-A02", "Send written comments on the draft zoning response to Imogen Thirkettle.", "All members", 4, "Done", "Comments received from four members."],
  ["2029-03-23", "23 March 2029", "HNC-A03", "Revise the draft zoning response as agreed and send it to the Chair.", "Imogen Thirkettle", 4, "Done", "Draft 4 sent on 22 March 2029 and draft 5 on 17 April 2029."],
  ["2029-04-03", "3 April 2029", "HNC-A04", "Open round 1 of the Heat Network Feasibility Fund.", "Hebe Catterall", 6, "Done", "Opened on 3 April 2029; 16 bids received by the closing date."],
  ["2029-04-27", "27 April 2029", "HNC-A05", "Submit the final zoning response to the Department.", "Imogen Thirkettle", 4, "Done", "Submitted on 24 April 2029 after sign-off by the Chair."],
  ["2029-04-30", "30 April 2029", "HNC-A06", "Write to the Department asking for a meeting on new burdens funding for zone coordination.", "Conrad Esslemont", 4, "In progress", "Letter sent on 2 May 2029; no meeting date offered yet."],
  ["2029-05-31", "31 May 2029", "HNC-A07", "Agree a data-sharing agreement with the Heat Customers’ Forum for anonymised complaints data.", "Conrad Esslemont", 5, "Overdue", "The Forum is completing a data protection impact assessment; the agreement is now expected by 31 July 2029."],
  ["2029-06-20", "20 June 2029", "HNC-A08", "Bring the heat network skills pilot scoping paper back to the Commission.", "Fergus Macquarrie", 8, "Carried forward", "Now expected at the meeting on 19 September 2029."],
  ["2029-06-20", "20 June 2029", "HNC-A09", "Report progress on the delivery plan as a timeline at each meeting.", "Fergus Macquarrie", 7, "Done", "The first timeline is item 4 of the meeting on 20 June 2029."],
];
const DOCUMENTS = [
  "Agenda, 7 March 2029 (PDF, 184 KB)",
  "Item 4: Heat network zoning: draft response to the Government’s consultation (Word, 61 KB)",
  "Item 6: Heat Network Feasibility Fund 2029/30: criteria for round 1 (PDF, 240 KB)",
  "Item 7: Zoning support programme 2029/30: draft delivery plan (PDF, 312 KB)",
  "Item 9: Budget 2028/29: position at 31 January 2029 (PDF, 126 KB)",
  "Draft minutes, 7 March 2029 (PDF, 98 KB)",
];

// ---------------------------------------------------------------- checks
const sc = ACTIONS.reduce((a, x) => ((a[x[6]] = (a[x[6]] ?? 0) + 1), a), {});
if (ACTIONS.length !== 9 || sc.Done !== 6 || sc["In progress"] !== 1 || sc.Overdue !== 1 || sc["Carried forward"] !== 1) throw new Error("actions " + JSON.stringify(sc));
for (let i = 1; i < ACTIONS.length; i++) if (ACTIONS[i][0] < ACTIONS[i - 1][0]) throw new Error("timeline order");
if (ITEMS.map((x) => x[0]).join() !== "1,2,3,4,5,6,7,8,9,10") throw new Error("items");
if (ATTENDANCE[0][1].length + ATTENDANCE[1][1].length + ATTENDANCE[2][1].length !== 10) throw new Error("ten members");
if (450000 + 300000 !== 750000 || 520000 - 498900 !== 21100) throw new Error("figures");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([H1, STATUS, DETAILS, ITEMS, ACT_INTRO]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const a of ACTIONS) {
  const [y, mo, d] = a[0].split("-").map(Number);
  if (`${d} ${MONTHS[mo - 1]} ${y}` !== a[1]) throw new Error("due " + a[1]);
}

// ---------------------------------------------------------------- HTML
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const TABS = ["Details", "Attendance", "Minutes", "Actions", "Documents"];
const panels = {};
panels.Details = `<dl class="meeting-details">\n${DETAILS.map(([l, v]) => `  <div class="meeting-details__row"><dt>${esc(l)}</dt><dd>${esc(v)}</dd></div>`).join("\n")}\n</dl>`;
panels.Attendance = `<dl class="attendance">\n${ATTENDANCE.map(([l, ps]) => `  <dt>${esc(l)}</dt>\n${ps.map((p) => `  <dd>${esc(p)}</dd>`).join("\n")}`).join("\n")}\n</dl>`;
panels.Minutes = ITEMS.map(([n, t, meta, ps, tag, decs]) => {
  const dec = decs.length
    ? decs[0].startsWith("(a)")
      ? `<p>The Commission:</p>\n<ul class="decisions">\n${decs.map((d) => `  <li>${esc(d)}</li>`).join("\n")}\n</ul>`
      : decs.map((d) => `<p>${esc(d)}</p>`).join("\n")
    : "";
  return `<article class="minute" id="item-${n}">
<h3><span class="minute__num">${n}</span> ${esc(t)}</h3>
<p class="minute__meta">${esc(meta)}</p>
${ps.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<p class="outcome"><strong class="tag tag--${slug(tag)}">${esc(tag)}</strong></p>
${dec}
</article>`;
}).join("\n");
panels.Actions = `<p>${esc(ACT_INTRO)}</p>
<ol class="timeline">
${ACTIONS.map(([iso, due, ref, act, owner, item, st, upd]) => `  <li class="timeline__item timeline__item--${slug(st)}">
    <time datetime="${iso}">${esc(due)}</time>
    <div class="timeline__body">
      <h3>${ref} ${esc(act)}</h3>
      <p class="timeline__meta">Owner: ${esc(owner)} · From item ${item}</p>
      <p><span class="status status--${slug(st)}">${esc(st)}</span> ${esc(upd)}</p>
    </div>
  </li>`).join("\n")}
</ol>`;
panels.Documents = `<ul class="doc-list">\n${DOCUMENTS.map((d, i) => `  <li><a href="/sites/default/files/hnc-2029-03-07-${i + 1}">${esc(d)}</a></li>`).join("\n")}\n</ul>`;

const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heat Networks Commission – Wednesday 7 March 2029 | Local Government Association</title>
<style>
body { font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }
.skip-link { position: absolute; left: -9999px; }
.site-header { background: #1d2b4f; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; }
.main-nav ul, .breadcrumbs ol { list-style: none; display: flex; gap: 18px; margin: 0; padding: 8px 24px; }
main { max-width: 960px; margin: 0 auto; padding: 16px 24px 48px; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.pill { background: #f3d9a6; padding: 2px 8px; border-radius: 10px; font-weight: bold; }
[role="tablist"] { display: flex; border-bottom: 1px solid #b1b4b6; margin-top: 24px; }
[role="tab"] { font: inherit; border: 1px solid transparent; background: #f3f2f1; padding: 10px 18px; margin-right: 4px; cursor: pointer; }
[role="tab"][aria-selected="true"] { background: #fff; border-color: #b1b4b6 #b1b4b6 #fff; margin-bottom: -1px; font-weight: bold; }
[role="tabpanel"] { border: 1px solid #b1b4b6; border-top: 0; padding: 20px 24px; }
[role="tabpanel"][hidden] { display: none; }
.meeting-details__row { display: grid; grid-template-columns: 12em 1fr; border-bottom: 1px solid #e5e5e5; padding: 6px 0; }
.meeting-details dd, .attendance dd { margin: 0; }
.attendance dt { font-weight: bold; margin-top: 14px; }
.minute { border-top: 1px solid #e5e5e5; padding-top: 8px; }
.minute__num { display: inline-block; min-width: 1.6em; color: #1d70b8; }
.minute__meta { color: #505a5f; font-size: 0.9em; }
.tag { display: inline-block; padding: 2px 8px; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.03em; }
.tag--noted { background: #e8f1f8; } .tag--agreed { background: #cce2d8; } .tag--agreed-with-changes { background: #fff7bf; } .tag--deferred { background: #f6d7d2; }
.decisions { list-style: none; padding-left: 1em; }
.timeline { list-style: none; border-left: 3px solid #1d70b8; padding-left: 20px; }
.timeline__item { position: relative; margin-bottom: 18px; }
.timeline__item::before { content: ""; position: absolute; left: -28px; top: 4px; width: 12px; height: 12px; border-radius: 50%; background: #1d70b8; }
.timeline time { font-weight: bold; color: #1d70b8; }
.timeline h3 { margin: 4px 0; font-size: 1em; }
.status { padding: 1px 6px; font-weight: bold; }
.status--done { background: #cce2d8; } .status--in-progress { background: #fff7bf; } .status--overdue { background: #f6d7d2; } .status--carried-forward { background: #e8e8e8; }
.site-footer { background: #f3f2f1; padding: 24px; font-size: 0.9em; }
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Local Government Association</a>
  <form class="search" action="/search" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Search</button></form>
</header>
<nav class="main-nav" aria-label="Main menu"><ul><li><a href="/our-work">Our work</a></li><li><a href="/publications">Publications</a></li><li><a href="/about/boards">Boards and commissions</a></li><li><a href="/news">News</a></li><li><a href="/events">Events</a></li></ul></nav>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about/boards">Boards and commissions</a></li><li><a href="/about/boards/heat-networks-commission">Heat Networks Commission</a></li><li>Meeting, 7 March 2029</li></ol></nav>
<main id="main">
<h1>${esc(H1)}</h1>
<p class="meeting-status"><span class="pill">${esc(STATUS[0])}</span> ${esc(STATUS[1])}</p>
<div class="tabs" data-module="tabs">
<div role="tablist" aria-label="Meeting information">
${TABS.map((t, i) => `  <button role="tab" type="button" id="tab-${slug(t)}" aria-controls="panel-${slug(t)}" aria-selected="${i === 0}"${i ? ' tabindex="-1"' : ""}>${t}${t === "Actions" ? ` <span class="tab-count">(${ACTIONS.length})</span>` : ""}</button>`).join("\n")}
</div>
${TABS.map((t, i) => `<section role="tabpanel" id="panel-${slug(t)}" aria-labelledby="tab-${slug(t)}" tabindex="0"${i ? " hidden" : ""}>
<h2 class="visually-hidden">${t}</h2>
${panels[t]}
</section>`).join("\n")}
</div>
</main>
<footer class="site-footer">
  <p>Local Government Association, 18 Smith Square, London SW1P 3HZ.</p>
  <p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p>
</footer>
<script>
document.querySelectorAll('[role="tab"]').forEach(function (tab) {
  tab.addEventListener('click', function () {
    document.querySelectorAll('[role="tab"]').forEach(function (t) { t.setAttribute('aria-selected', 'false'); t.setAttribute('tabindex', '-1'); });
    document.querySelectorAll('[role="tabpanel"]').forEach(function (p) { p.hidden = true; });
    tab.setAttribute('aria-selected', 'true'); tab.removeAttribute('tabindex');
    document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
  });
});
</script>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
const R = [H1, `${STATUS[0]} ${STATUS[1]}`];
R.push("Details", ...DETAILS.map(([l, v]) => `${l} | ${v}`));
R.push("Attendance");
for (const [l, ps] of ATTENDANCE) R.push(l, ...ps);
R.push("Minutes");
for (const [n, t, meta, ps, tag, decs] of ITEMS) {
  R.push(`${n} ${t}`, meta, ...ps, tag);
  if (decs.length && decs[0].startsWith("(a)")) R.push("The Commission:");
  R.push(...decs);
}
R.push("Actions", ACT_INTRO);
for (const [, due, ref, act, owner, item, st, upd] of ACTIONS) R.push(due, `${ref} ${act}`, `Owner: ${owner} · From item ${item}`, `${st} ${upd}`);
R.push("Documents", ...DOCUMENTS);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines); actions ${JSON.stringify(sc)}`);
