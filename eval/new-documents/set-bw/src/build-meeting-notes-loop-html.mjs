// Builds docs/certg-meeting-notes-2371-10-20-loop.html and its rendering in text/.
// Layout: A MICROSOFT LOOP PAGE SAVED FROM THE BROWSER ("Save page as… Web page, HTML only", on
// 2 December 2371): the clerk kept the notes of the meeting of Wednesday 20 October 2371 in the Loop
// workspace the Teams meeting created. The page is the web app's markup, not a document: Fluent UI
// class names (fui-…), the app bar, a breadcrumb and the workspace's page tree before the content, a
// bootstrap <script> of JSON, and – inside the page – LOOP COMPONENTS: the Teams "Meeting notes"
// component (its header synced from the meeting, "Wed 20 Oct" with NO YEAR anywhere on the page but in
// attributes), a TABLE COMPONENT of attendance whose last column is a LABEL (coloured chip: "In room",
// "Online", "Apologies", "Substitute"), the agenda as a list, the notes as headings and bullets with
// "Decision:" in bold, a VOTING TABLE COMPONENT (options, details, a 👍 button with the count and the
// voters' avatars as initials) and a TASK LIST COMPONENT of follow-up tasks: a checkbox that is only an
// ARIA state (role="checkbox" aria-checked), a visually hidden "Completed" for the screen reader on
// the done ones, the task title, THE ASSIGNEE AS AN AVATAR – a photo whose alt text is the name for the
// two officers who have one, otherwise ONLY THE INITIALS in a circle (the name only in a title
// attribute) – and a due date WITHOUT A YEAR ("15 Dec"). A comment card (initials, relative time) sits
// beside one decision. Relative times ("8 days ago") carry the date only in <time> attributes.
// Rendering: from the page title on: each heading, paragraph, list item or table row (cells " | ") a
// line; a vote row as its cells with the voters' initials; a task as "[Completed |] title | assignee as
// shown (the photo's alt text or the initials) | due"; the app bar, page tree, the comment card and the
// footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-meeting-notes-loop-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, OFFICERS as O, GUEST, P, PEOPLE, MEMBERS, cllr, full, roleText, IN_ROOM, ONLINE, SUB, APOLOGIES, VISIT, ACTIONS, ASKED, ROUND2, THRESHOLD, PANEL, ROOM_OLD } from "./common.mjs";

const FILE = DOCS.loop;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const h = [];
const H = (s) => h.push(s);
const TITLE = `${SHORT} – 20 October – meeting notes`;
const initials = (name) => name.replace(/^Cllr /, "").split(/[ ]/).filter(Boolean).map((w) => w[0]).slice(0, 2).join("").toUpperCase();
const off = Object.fromEntries(Object.entries(O).map(([k, o]) => [k, o]));
const avatar = (k) => {
  const o = off[k];
  return o.photo
    ? `<span class="fui-Avatar fui-Avatar--image" role="img"><img class="fui-Avatar__image" src="https://loop.cloud.microsoft/_api/people/${o.ini.toLowerCase()}/photo?size=32" alt="${esc(o.name)}"></span>`
    : `<span class="fui-Avatar" title="${esc(o.name)}" aria-label="${esc(o.name)}"><span class="fui-Avatar__initials" aria-hidden="true">${o.ini}</span></span>`;
};
const shown = (k) => (off[k].photo ? off[k].name : off[k].ini);
const label = (text, colour) => `<span class="loop-label loop-label--${colour}" data-label-color="${colour}">${esc(text)}</span>`;

// ---------------------------------------------------------------- page chrome
H(`<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | Loop</title>
<link rel="icon" href="https://res.cdn.office.net/loop/favicon.ico">
<link rel="stylesheet" href="https://res.cdn.office.net/loop/app/5.2.41/loop.app.min.css">
<style>
.fui-FluentProvider{font-family:"Segoe UI",sans-serif;color:#242424}
.loop-label{border-radius:4px;padding:1px 6px;font-size:12px}.loop-label--green{background:#dff6dd}.loop-label--blue{background:#deecf9}
.loop-label--red{background:#fde7e9}.loop-label--purple{background:#efe3f7}.loop-label--yellow{background:#fff4ce}
.fui-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.task-row.is-completed .task-title{text-decoration:line-through;color:#707070}
.fui-Avatar{display:inline-flex;width:24px;height:24px;border-radius:50%;background:#c7e0f4;font-size:10px;align-items:center;justify-content:center}
</style>
<script>window.__LOOP_BOOTSTRAP__={"workspaceId":"b3f1c0de-7a41-4d2e-9b55-2f0c4e1a9d17","pageId":"5c2e8a90-1d3b-4f6a-8e21-77d9a0b4c6f3","locale":"en-GB","build":"5.2.41","tenant":"local.gov.uk","created":"2371-10-20T09:58:12Z","modified":"2371-11-24T16:02:41Z"};</script>
</head>
<body>
<div id="appRoot"><div class="fui-FluentProvider fui-FluentProvider--light" dir="ltr">
<header class="app-header" role="banner">
<a class="app-header__brand" href="https://loop.cloud.microsoft/"><span class="app-header__logo" aria-hidden="true"></span><span>Loop</span></a>
<div class="app-header__search" role="search"><input type="search" placeholder="Search" aria-label="Search"></div>
<div class="app-header__actions"><button class="fui-Button">Share</button><button class="fui-Button" aria-label="Notifications">🔔</button><span class="fui-Avatar" title="Ptolemy Hichens"><span class="fui-Avatar__initials">PH</span></span></div>
</header>
<div class="app-body">
<nav class="workspace-tree" aria-label="Workspace pages">
<div class="workspace-tree__title">${SHORT} workspace</div>
<ul role="tree">
<li role="treeitem">📌 Start here</li>
<li role="treeitem" aria-expanded="true">📁 Meetings<ul role="group">
<li role="treeitem">${SHORT} – 8 September – meeting notes</li>
<li role="treeitem" aria-selected="true">${esc(TITLE)}</li>
<li role="treeitem">${SHORT} – 15 December – agenda planning</li>
</ul></li>
<li role="treeitem">📁 Round 2 assessment (panel only)</li>
<li role="treeitem">📄 Ideas</li>
</ul>
<button class="fui-Button">+ New page</button>
</nav>
<main class="page-canvas" role="main">
<nav class="page-breadcrumb" aria-label="Breadcrumb"><ol><li>${SHORT} workspace</li><li>Meetings</li></ol></nav>`);

// ---------------------------------------------------------------- page content
const para = (html, text = null) => { H(`<p class="loop-p">${html}</p>`); out.push(text ?? html.replace(/<[^>]+>/g, "")); };
const head = (lvl, t) => { H(`<h${lvl} class="loop-h${lvl}">${esc(t)}</h${lvl}>`); out.push(t); };
const bullets = (items) => { H(`<ul class="loop-ul">`); for (const it of items) { H(`<li>${it.html ?? esc(it)}</li>`); out.push(it.text ?? it); } H(`</ul>`); };
const decision = (t) => { H(`<p class="loop-p"><strong>Decision:</strong> ${esc(t)}</p>`); out.push(`Decision: ${t}`); };

H(`<div class="page-header"><span class="page-header__icon" role="img" aria-label="page icon">🗒️</span>
<h1 class="page-title" contenteditable="false">${esc(TITLE)}</h1>
<div class="page-header__meta">Edited by Ptolemy Hichens · <time datetime="2371-11-24T16:02:41Z" title="24 November 2371 16:02">8 days ago</time></div></div>`);
out.push(TITLE);
H(`<div class="page-body" data-fluid-container="true">`);
para(`${esc(BODY)} (${SHORT}) · Wednesday 20 October · 10:30–12:50 · ${esc(ROOM_OLD)} and Microsoft Teams`);
H(`<p class="loop-p">Status: ${label("Draft – for approval on 15 Dec", "yellow")}</p>`);
out.push("Status: Draft – for approval on 15 Dec");

// the Teams meeting notes component
H(`<div class="fluid-component meeting-notes" data-component="MeetingNotes" data-meeting-start="2371-10-20T09:30:00Z">
<div class="fluid-component__header"><span class="fluid-component__icon" aria-hidden="true"></span><span>Meeting notes</span><span class="fluid-component__sync">Synced from Microsoft Teams</span></div>
<div class="meeting-notes__meeting"><span class="meeting-notes__title">${esc(BODY)}</span> <span class="meeting-notes__time">Wed 20 Oct, 10:30 – 12:50</span></div>`);
out.push("Meeting notes");
out.push(`${BODY} Wed 20 Oct, 10:30 – 12:50`);

// attendance table component
head(2, "Attendance");
H(`<div class="fluid-component table-component" data-component="Table"><table class="loop-table" role="grid"><thead><tr><th>Name</th><th>Council or post</th><th>Role</th><th>Attendance</th></tr></thead><tbody>`);
out.push("Name | Council or post | Role | Attendance");
const row = (cells) => { H(`<tr>${cells.map((c) => `<td>${c.html ?? esc(c)}</td>`).join("")}</tr>`); out.push(cells.map((c) => c.text ?? c).join(" | ")); };
for (const p of MEMBERS) {
  const name = cllr(p.k);
  const role = p.from ? `Member (from ${p.from.replace(" 2371", "")})` : roleText(p);
  let att;
  if (IN_ROOM.includes(p.k)) att = ["In room", "green"];
  else if (ONLINE.includes(p.k)) att = ["Online", "blue"];
  else if (p.k === SUB.for) att = ["Apologies – substitute attended", "red"];
  else att = ["Apologies", "red"];
  row([name, p.council, role, { html: label(att[0], att[1]), text: att[0] }]);
}
{
  const s = P[SUB.k];
  row([cllr(SUB.k), s.council, `Substitute for Cllr ${P[SUB.for].sur}`, { html: label("Substitute", "purple"), text: "Substitute" }]);
}
for (const k of ["af", "kr", "mt", "si", "ph"]) row([`${O[k].name} (${O[k].ini})`, O[k].post, k === "ph" ? "Officer (notes)" : "Officer", { html: label("In room", "green"), text: "In room" }]);
row([GUEST.name, GUEST.post, "Guest (item 6)", { html: label("Online", "blue"), text: "Online" }]);
H(`</tbody></table></div>`);

head(2, "Agenda");
const AGENDA = [
  "Welcome, apologies and declarations of interest – Chair",
  "Notes of 8 September and action log – PH",
  "Warm Streets programme: quarter 2 performance – SI / KR",
  "Budget and risks – MT",
  "Community Energy Fund round 2: bids received and how they will be assessed – AF",
  `Presentation: Lowmarsh Community Energy Co-operative – ${GUEST.name}`,
  "Heat pump demonstrator homes and site visit – KR",
  "Any other business",
  "Date of next meeting",
];
H(`<ol class="loop-ol">`);
AGENDA.forEach((a, i) => { H(`<li value="${i + 1}">${esc(a)}</li>`); out.push(a); });
H(`</ol>`);

head(2, "Notes");
head(3, "1. Welcome, apologies and declarations of interest");
bullets([
  `The Chair welcomed ${cllr("brandling")} to her first meeting. She replaced ${cllr("pellew")}, who stood down from the Task Group on 31 August.`,
  `Apologies: ${cllr("gundry")} (${cllr("wasilewska")} attended as her substitute) and ${cllr("sprackling")}.`,
  `Declarations: ${cllr("onyekachi")} is a member of the Lowmarsh Community Energy Co-operative, which presented at item 6 and has bid to round 2 (item 5). ${cllr("pembury")} declared that Elmscarr Borough Council, where he is cabinet member for climate, has bid to round 2. Both will leave the room when the round 2 awards are decided.`,
]);
head(3, "2. Notes of 8 September and action log");
bullets([
  "The notes of 8 September were agreed.",
  "Of the actions from 8 September (CEA-24 to CEA-30), five are done. Two are open: CEA-27, the letter to the Department on the able-to-pay loan pilot (sent 14 Sept, no reply yet), and CEA-29, the energy suppliers' data-sharing agreement (with the suppliers' lawyers).",
]);
head(3, "3. Warm Streets programme: quarter 2 performance");
bullets([
  "SI presented the quarter 2 dashboard (to 30 September): three measures on track, two at risk, two off track and one achieved. Four measures were worse than at quarter 1 (WRP-01, WRP-02, WRP-04 and WRP-06) and two better (WRP-05 and WRP-08).",
  "WRP-02: 54 heat pumps installed against a target of 90. Only three MCS-certified installers are on the framework; KR said a second call-off would open in January.",
  "WRP-06: 70% of advice line calls answered within 2 minutes against 90%, because two advisers are on long-term sick leave.",
]);
decision("The Task Group noted the quarter 2 performance, asked for a recovery plan for heat pump installations (WRP-02) at the meeting on 15 December, and agreed agency cover for the advice line from 1 November, to be met from the advice line budget.");
// a comment card beside the decision
H(`<aside class="comment-card" aria-label="Comment"><span class="fui-Avatar" title="${esc(cllr("quickfall"))}"><span class="fui-Avatar__initials">DQ</span></span><div class="comment-card__body"><span class="comment-card__author">${esc(cllr("quickfall"))}</span> <time datetime="2371-10-21T08:14:00Z" title="21 October 2371 08:14">6 weeks ago</time><p>Can the recovery plan cover the installer training scheme with Salterby College as well?</p></div><div class="comment-card__reply"><span class="fui-Avatar" title="${esc(O.kr.name)}"><span class="fui-Avatar__initials">KR</span></span><p>Yes – it will be in the plan for 15 Dec.</p></div></aside>`);
head(3, "4. Budget and risks");
bullets([
  "MT reported the position at period 6: a forecast overspend of about £24,000 on the heat pump demonstrator homes (network upgrades at two homes and extra scaffolding), offset by the expected round 2 balance. The Chair had agreed a virement of £20,000 from street-by-street surveys to the advice line on 2 October, under her £25,000 limit.",
  "After item 6, members asked for grid connection delays to be treated as a lead risk on the register.",
]);
decision("The Task Group noted the budget and the virement and asked for a revised budget at the meeting on 15 December.");
head(3, "5. Community Energy Fund round 2");
bullets([`AF reported that round 2 closed on 15 October with seven bids asking for £${ASKED.toLocaleString("en-GB")} against £${ROUND2.toLocaleString("en-GB")}.`]);
decision(`The Task Group agreed that an assessment panel of ${PANEL.map(cllr).slice(0, 2).join(", ")} and ${cllr(PANEL[2])} scores the bids against the published criteria (pass mark ${THRESHOLD}) and that the recommended awards come to the meeting on 15 December. Cllr Onyekachi and Cllr Pembury will not sit on the panel.`);
head(3, "6. Presentation: Lowmarsh Community Energy Co-operative");
bullets([
  `${GUEST.name}, Operations Director of the Lowmarsh Community Energy Co-operative, described its 1.8 MW of rooftop solar on 46 schools and community buildings, owned by 2,300 members, and its community benefit fund of £61,000 a year.`,
  "She warned that new schemes in the area were waiting up to four years for a grid connection offer.",
]);
head(3, "7. Heat pump demonstrator homes and site visit");
bullets(["KR updated members on the two demonstrator homes in Salterby and Harbeck. Members voted in the table below on a date for a site visit."]);
H(`<div class="fluid-component voting-table" data-component="VotingTable"><div class="fluid-component__header"><span>Voting table</span></div><table class="loop-table"><thead><tr><th>Option</th><th>Details</th><th>Votes</th></tr></thead><tbody>`);
out.push("Option | Details | Votes");
const memberInitials = MEMBERS.map((p) => initials(`${p.fore} ${p.sur}`));
let vi = 0;
for (const v of VISIT) {
  const voters = memberInitials.slice(vi, vi + v.votes); vi += v.votes;
  H(`<tr><td>${esc(v.option)}</td><td>${esc(v.detail)}</td><td><button class="vote-button" aria-pressed="false" aria-label="Vote for ${esc(v.option)}"><span aria-hidden="true">👍</span> <span class="vote-count">${v.votes}</span></button><span class="voters">${voters.map((i) => `<span class="fui-Avatar fui-Avatar--small"><span class="fui-Avatar__initials">${i}</span></span>`).join("")}</span></td></tr>`);
  out.push(`${v.option} | ${v.detail} | 👍 ${v.votes} ${voters.join(" ")}`);
}
H(`</tbody></table></div>`);
decision("Site visit to the demonstrator homes on Fri 19 Nov, 09:30, by coach from Harbeck station; PH to book.");
head(3, "8. Any other business");
bullets([`${cllr("boyes")} asked about damp and mould in homes after external wall insulation. KR will circulate the programme's quality assurance note.`]);
head(3, "9. Date of next meeting");
bullets([`Wednesday 15 December, 10:30, ${ROOM_OLD}.`]);

// follow-up tasks: task list component
head(2, "Follow-up tasks");
H(`<div class="fluid-component task-list" data-component="TaskList" role="list" aria-label="Follow-up tasks">`);
for (const a of ACTIONS) {
  H(`<div role="listitem" class="task-row${a.done ? " is-completed" : ""}"><span role="checkbox" class="task-row__check" aria-checked="${a.done}" tabindex="0"></span>${a.done ? `<span class="fui-sr-only">Completed</span>` : ""}<span class="task-title">${esc(a.ref + " " + a.title)}</span><span class="task-row__assignee">${avatar(a.owner)}</span><span class="task-row__due"><time datetime="${a.due}">${esc(a.due)}</time></span></div>`);
  out.push([...(a.done ? ["Completed"] : []), `${a.ref} ${a.title}`, shown(a.owner), a.due].join(" | "));
}
H(`<div class="task-list__add"><span>+ Add a task</span></div></div>`);
H(`</div><!-- /meeting-notes --></div><!-- /page-body --></main></div>
<footer class="app-footer"><span>Microsoft Loop</span> · <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy and cookies</a> · <a href="#">Terms of use</a></footer>
</div></div>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
