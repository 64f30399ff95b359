// Builds docs/pptg-signing-standard-workshop-teams-recap-2327-11-08.html and its rendering in text/.
// Layout: THE "RECAP" OF A MICROSOFT TEAMS MEETING, SAVED FROM THE BROWSER (Teams on the web, "Save page
// as … Web page, HTML only"): the informal workshop of Tuesday 8 November 2327, held on Teams, to which the
// lead members and three outside guests came. The saved page keeps the app's chrome (the app bar, the
// search box, the meeting's tab strip with Recap selected) and the generated class names of its UI
// library; the recap itself is a column of cards: the recording (a thumbnail, its length and expiry), the
// AI-GENERATED CHAPTERS (a timestamp and a title each), the SPEAKERS with their share of the talking, the
// AI NOTES under a warning that they may be wrong (topic headings over bullets, names as the transcript
// gave them), the FOLLOW-UP TASKS (a task, its assignee beside an avatar picture, and a DUE DATE WITHOUT A
// YEAR – "Due Fri 18 Nov"), and the ATTENDANCE (a summary line and a table Name | First join | Last leave |
// In-meeting duration | Role, in which THE ROLE IS TEAMS' – Organiser, Presenter, Attendee – not the Task
// Group's; councillors invited from outside the tenant are "(Guest)" and partners "(External)").
// Rendering: from the meeting's title on, each heading, line, list item and table row a line (cells " | ");
// the app bar, search box and tab strip left out.
// Synthetic test fixture: every person, figure and date is invented.
//   node src/build-recap-teams-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, WORKSHOP as WS, EXTERNAL, GUEST, OFFICERS as O, cllr } from "./common.mjs";

const FILE = DOCS.recap;
const BASE = basename(FILE, extname(FILE));
const e = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const out = [];
const html = [];
const put = (h, line) => { html.push(h); if (line != null) out.push(line); };

const CHAPTERS = [
  ["00:00:00", "Welcome and purpose of the workshop"],
  ["00:04:50", "Draft signing standard: the four sign types"],
  ["00:31:10", "Exemption surveys: lessons from Ostwick"],
  ["00:52:40", "Warning letters trial in Marrowdene"],
  ["01:10:05", "Clear footway width beside exempt bays"],
  ["01:21:30", "Next steps and close"],
];
const SPEAKERS = [["Kwabena Pybus", "31%"], ["Hamish Drever (External)", "18%"], ["Cllr Marguerite Loxam (Guest)", "14%"], ["Priyanka Bazalgette (External)", "13%"], ["Aurelia Cantrill", "11%"], ["Dr Saoirse Orchison (External)", "8%"], ["Others", "5%"]];
const NOTES = [
  ["Draft signing standard", [
    "Kwabena Pybus presented four sign types, S1 to S4: zone entry, zone exit, exemption and exemption repeater.",
    "Hamish Drever and Priyanka Bazalgette asked for a smaller zone entry sign for narrow streets. The group agreed that the draft should allow a 450 mm × 340 mm version beside the standard 600 mm × 450 mm sign.",
    "Cllr Marguerite Loxam asked for repeater plates every 50 metres rather than every 30 metres as first proposed, to cut street clutter. Agreed.",
  ]],
  ["Exemption surveys in Ostwick", [
    `Hamish Drever said Ostwick had surveyed ${WS.ostwick.surveyed} streets so far. ${WS.ostwick.narrow} of its residential streets are too narrow to leave 1.5 metres of footway beside a parked car, so they cannot be exempt.`,
    "He will present the survey to the Task Group on 8 December.",
  ]],
  ["Warning letters trial in Marrowdene", [
    `Priyanka Bazalgette reported that Marrowdene sent ${WS.warning.letters} warning letters in its voluntary trial from ${WS.warning.from} to ${WS.warning.to}. Only ${WS.warning.repeat} of the vehicles were reported again.`,
    "She offered to share the letter template with the other councils.",
  ]],
  ["Clear footway width", [
    "Dr Saoirse Orchison asked for at least 1.5 metres of clear footway beside any exempt length. The group agreed to put this in the draft as a minimum, subject to a check against the Department for Transport's inclusive mobility guidance.",
  ]],
  ["Next steps", [
    "The draft goes to 14 councils for comment, then to the Task Group on 8 December with the consultation questions.",
  ]],
];

put(`<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<title>Recap | ${e(WS.title)} | Microsoft Teams</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;font-size:14px;color:#242424;background:#f5f5f5}
.app-bar{position:fixed;left:0;top:48px;bottom:0;width:68px;background:#ebebeb}
.title-bar{height:48px;background:#ebebeb;display:flex;align-items:center;padding:0 12px}
.fui-Card{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.14);padding:12px 16px;margin:12px 0}
.___1w4s7e0{font-weight:600}.f1cpst2s{color:#616161;font-size:12px}
table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #e0e0e0;text-align:left}
.avatar{width:20px;height:20px;border-radius:50%;vertical-align:middle}
</style></head>
<body class="fui-FluentProvider fui-FluentProviderr0">
<div id="app" data-tid="app-layout">
<div class="title-bar" role="banner"><span class="fui-Text">Microsoft Teams</span><input type="search" class="fui-Input__input" placeholder="Search (Ctrl+Alt+E)" aria-label="Search"><button class="fui-Button" aria-label="Settings and more">…</button><img class="avatar" src="data:image/png;base64,iVBORw0KGgo=" alt="Aurelia Cantrill, Available"></div>
<nav class="app-bar" role="navigation" aria-label="App bar"><ul role="tablist"><li role="tab"><span>Activity</span></li><li role="tab"><span>Chat</span></li><li role="tab"><span>Teams</span></li><li role="tab" aria-selected="true"><span>Calendar</span></li><li role="tab"><span>Calls</span></li><li role="tab"><span>OneDrive</span></li><li role="tab"><span>Apps</span></li></ul></nav>
<main style="margin-left:80px;padding:16px 24px" data-tid="meeting-recap">`);
put(`<div class="fui-Card" data-tid="meeting-header"><h1 class="fui-Text ___1w4s7e0">${e(WS.title)}</h1>`, WS.title);
const when = `${WS.day} ${WS.iso.split("-").reverse().join("/")} ${WS.start} - ${WS.end}`;
put(`<div class="fui-Text f1cpst2s"><span>${e(when)}</span></div>`, when);
put(`<div class="fui-Text f1cpst2s">Organiser: <span>${e(O.cantrill.name)}</span></div>`, `Organiser: ${O.cantrill.name}`);
put(`<div role="tablist" class="fui-TabList" aria-label="Meeting tabs"><button role="tab" aria-selected="false">Chat</button><button role="tab" aria-selected="false">Files</button><button role="tab" aria-selected="true">Recap</button><button role="tab" aria-selected="false">Whiteboard</button><button role="tab" aria-selected="false">+</button></div></div>`);
put(`<section class="fui-Card" aria-label="Recording"><h2 class="fui-Text ___1w4s7e0">Recording</h2>`, "Recording");
put(`<div><img src="data:image/png;base64,iVBORw0KGgo=" alt="Recording thumbnail" width="240" height="135"></div><div class="fui-Text f1cpst2s"><span>1:39:34</span> · <span>Expires in 52 days</span></div>`, "Recording thumbnail 1:39:34 · Expires in 52 days");
put(`<h3 class="fui-Text ___1w4s7e0">Chapters</h3><p class="fui-Text f1cpst2s">Chapters are generated by AI.</p><ol class="chapters">`, "Chapters");
out.push("Chapters are generated by AI.");
for (const [t, c] of CHAPTERS) put(`<li><button class="fui-Link"><span class="ts">${t}</span> <span>${e(c)}</span></button></li>`, `${t} ${c}`);
put(`</ol><h3 class="fui-Text ___1w4s7e0">Speakers</h3><ul class="speakers">`, "Speakers");
for (const [n, p] of SPEAKERS) put(`<li><img class="avatar" src="data:image/png;base64,iVBORw0KGgo=" alt=""><span>${e(n)}</span> <span class="f1cpst2s">${p}</span></li>`, `${n} ${p}`);
put(`</ul></section>`);
put(`<section class="fui-Card" aria-label="AI notes"><h2 class="fui-Text ___1w4s7e0">AI notes</h2>`, "AI notes");
put(`<div role="note" class="fui-MessageBar"><span>AI-generated content may be incorrect. Check it before you share it.</span></div>`, "AI-generated content may be incorrect. Check it before you share it.");
for (const [h, bullets] of NOTES) {
  put(`<h3 class="fui-Text ___1w4s7e0">${e(h)}</h3><ul>`, h);
  for (const b of bullets) put(`<li><span>${e(b)}</span></li>`, b);
  put(`</ul>`);
}
put(`<div class="fui-Text f1cpst2s">Was this useful? <button aria-label="Like">👍</button><button aria-label="Dislike">👎</button></div></section>`);
put(`<section class="fui-Card" aria-label="Follow-up tasks"><h2 class="fui-Text ___1w4s7e0">Follow-up tasks (${WS.tasks.length})</h2><ul class="tasks">`, `Follow-up tasks (${WS.tasks.length})`);
for (const t of WS.tasks) put(`<li class="task"><input type="checkbox" aria-label="Mark as complete"> <span class="title">${e(t.task)}</span> <span class="assignee"><img class="avatar" src="data:image/png;base64,iVBORw0KGgo=" alt=""><span>${e(t.who)}</span></span> <span class="due f1cpst2s">Due ${e(t.due)}</span></li>`, `${t.task} | ${t.who} | Due ${t.due}`);
put(`</ul><button class="fui-Button">Add tasks to Planner</button></section>`);
put(`<section class="fui-Card" aria-label="Attendance"><h2 class="fui-Text ___1w4s7e0">Attendance</h2>`, "Attendance");
const summary = `Participants ${WS.attendance.length} · Meeting duration 1h 39m · Average attendance time 1h 24m`;
put(`<div class="fui-Text f1cpst2s">${e(summary)}</div>`, summary);
put(`<table><thead><tr><th>Name</th><th>First join</th><th>Last leave</th><th>In-meeting duration</th><th>Role</th></tr></thead><tbody>`, "Name | First join | Last leave | In-meeting duration | Role");
for (const a of WS.attendance) put(`<tr><td>${e(a.name)}</td><td>08/11/2327, ${a.join}</td><td>08/11/2327, ${a.leave}</td><td>${a.dur}</td><td>${a.role}</td></tr>`, `${a.name} | 08/11/2327, ${a.join} | 08/11/2327, ${a.leave} | ${a.dur} | ${a.role}`);
put(`</tbody></table><button class="fui-Button">Download</button></section>`);
put(`</main></div>
<script>window.__TEAMS_BOOT__={"ring":"general","locale":"en-gb","build":"25241.1304.3151.2917"};</script>
</body></html>
`);
writeFileSync(join(root, "docs", FILE), html.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE}`);
