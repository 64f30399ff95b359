// Builds docs/coastal-panel-actions-jira-export-2096-03-22.html and its rendering in text/.
// Layout: a JIRA SERVER "EXPORT > HTML REPORT (CURRENT FIELDS)" of a saved filter: the Jira logo table,
// a "Displaying 14 issues at ..." line, then one wide <table id="issuetable"> with a row per issue.
// The issue type is an icon only (<img alt=...>), the priority an icon before its name, the status is a lozenge, dates are in
// Jira's default format with a two-digit year ("30/Apr/96", "05/Oct/95 11:42 AM"), the meeting each
// action came from is a label ("panel-2095-12-07") and a date-picker custom field, the rows are ordered
// by due date (not by key), and the page ends with Jira's "Generated at ..." line.
// Rendering: the page's text in reading order, a table row per line with cells joined by " | ";
// the icon-only issue type cell is written as its alt text.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-actions-jira-html.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, ACTIONS, OFFICERS } from "./common.mjs";

const BASE = "coastal-panel-actions-jira-export-2096-03-22";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const jd = (iso) => `${iso.slice(8, 10)}/${MON[Number(iso.slice(5, 7)) - 1]}/${iso.slice(2, 4)}`;
const jdt = (iso) => {
  let h = Number(iso.slice(11, 13));
  const ap = h >= 12 ? "PM" : "AM";
  h = h % 12 || 12;
  return `${jd(iso)} ${h}:${iso.slice(14, 16)} ${ap}`;
};
const user = (name) => name.toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
const BASEURL = "https://jira.lga.internal";
const PRIORITY_TITLE = { Highest: "Highest - Needs action before the next meeting", High: "High - Serious problem that could block progress.", Medium: "Medium - Has the potential to affect progress.", Low: "Low - Minor problem or easily worked around." };
const LOZENGE = { "To Do": "blue-gray jira-issue-status-lozenge-new", "In Progress": "yellow jira-issue-status-lozenge-indeterminate", Blocked: "yellow jira-issue-status-lozenge-indeterminate", Done: "green jira-issue-status-lozenge-done" };

const rows = [...ACTIONS].sort((a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key, "en", { numeric: true }));
const meetingOf = (a) => a.labels.find((l) => l.startsWith("panel-")).slice(6);
const HEAD = ["Issue Type", "Key", "Summary", "Assignee", "Reporter", "Priority", "Status", "Resolution", "Created", "Updated", "Due", "Labels", "Meeting", "Description"];
const CLS = ["issuetype", "issuekey", "summary", "assignee", "reporter", "priority", "status", "resolution", "created", "updated", "duedate", "labels", "customfield_10410", "description"];

const text = [];
text.push("LGA Jira");
text.push(`Displaying ${rows.length} issues at 22/Mar/96 9:41 AM.`);
text.push("Filter: CCFRP panel actions (open, and closed since 1 January 2096)");
text.push(HEAD.join(" | "));

let id = 10380;
const trs = rows.map((a) => {
  id += 7;
  const cells = [];
  const t = [];
  cells.push(`<td class="issuetype"><a class="hidden-link issue-link" data-issue-key="${a.key}" href="${BASEURL}/browse/${a.key}" tabindex="-1" title="${esc(a.key)}"><img src="${BASEURL}/secure/viewavatar?size=xsmall&amp;avatarId=10318&amp;avatarType=issuetype" height="16" width="16" border="0" align="absmiddle" alt="Panel action" title="Panel action - An action agreed at a meeting of the Panel"></a></td>`);
  t.push("Panel action");
  cells.push(`<td class="issuekey"><a class="issue-link" data-issue-key="${a.key}" href="${BASEURL}/browse/${a.key}">${a.key}</a></td>`);
  t.push(a.key);
  cells.push(`<td class="summary"><p><a class="issue-link" data-issue-key="${a.key}" href="${BASEURL}/browse/${a.key}">${esc(a.summary)}</a></p></td>`);
  t.push(a.summary);
  cells.push(`<td class="assignee"><span class="user-hover" rel="${user(a.assignee)}" id="assignee_${user(a.assignee)}"><a href="${BASEURL}/secure/ViewProfile.jspa?name=${user(a.assignee)}">${esc(a.assignee)}</a></span></td>`);
  t.push(a.assignee);
  cells.push(`<td class="reporter"><span class="user-hover" rel="wilf.padgett" id="reporter_wilf.padgett"><a href="${BASEURL}/secure/ViewProfile.jspa?name=wilf.padgett">${OFFICERS.padgett.name}</a></span></td>`);
  t.push(OFFICERS.padgett.name);
  cells.push(`<td class="priority"><img src="${BASEURL}/images/icons/priorities/${a.priority.toLowerCase()}.svg" height="16" width="16" border="0" align="absmiddle" alt="" title="${esc(PRIORITY_TITLE[a.priority])}">&nbsp;${a.priority}</td>`);
  t.push(a.priority);
  cells.push(`<td class="status"><span class=" jira-issue-status-lozenge aui-lozenge jira-issue-status-lozenge-${LOZENGE[a.status]} jira-issue-status-lozenge-max-width-medium" data-tooltip="&lt;span class=&quot;jira-issue-status-tooltip-title&quot;&gt;${esc(a.status)}&lt;/span&gt;">${esc(a.status)}</span></td>`);
  t.push(a.status);
  const res = a.resolved ? "Done" : "Unresolved";
  cells.push(`<td class="resolution">${a.resolved ? "Done" : "<em>Unresolved</em>"}</td>`);
  t.push(res);
  cells.push(`<td class="created"><span title="${jdt(a.created)}"><time datetime="${a.created}+0000">${jdt(a.created)}</time></span></td>`);
  t.push(jdt(a.created));
  cells.push(`<td class="updated"><span title="${jdt(a.updated)}"><time datetime="${a.updated}+0000">${jdt(a.updated)}</time></span></td>`);
  t.push(jdt(a.updated));
  cells.push(`<td class="duedate"><span title="${jd(a.due)} 12:00 AM"><time datetime="${a.due}">${jd(a.due)}</time></span></td>`);
  t.push(jd(a.due));
  cells.push(`<td class="labels"><div class="labels-wrap value"><ul class="labels" id="labels-${id}-value">${a.labels.map((l) => `<li><a class="lozenge" href="${BASEURL}/issues/?jql=labels+%3D+${l}" title="${l}"><span>${l}</span></a></li>`).join("")}</ul></div></td>`);
  t.push(a.labels.join(" "));
  const m = meetingOf(a);
  cells.push(`<td class="customfield_10410"><span title="${jd(m)}"><time datetime="${m}">${jd(m)}</time></span></td>`);
  t.push(jd(m));
  cells.push(`<td class="description">${a.desc ? `<p>${esc(a.desc)}</p>` : ""}</td>`);
  t.push(a.desc);
  text.push(t.join(" | ").trimEnd());
  return `<tr id="issuerow${id}" rel="${id}" data-issuekey="${a.key}" class="issuerow">\n${cells.join("\n")}\n</tr>`;
});

text.push("Generated at Thu Mar 22 09:41:07 GMT 2096 by Wilf Padgett using Jira 9.12.17#9120017-sha1:4c3a2b1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b.");

const html = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="ajs-context-path" content="">
<title>LGA Jira</title>
<style type="text/css">
body { font-family: Arial, sans-serif; font-size: 12px; color: #172b4d; }
table#issuetable { border-collapse: collapse; }
#issuetable th { background: #f4f5f7; text-align: left; vertical-align: bottom; white-space: nowrap; padding: 3px; }
#issuetable td { vertical-align: top; padding: 3px; border: 1px solid #dfe1e6; }
.aui-lozenge { text-transform: uppercase; font-size: 11px; font-weight: bold; border-radius: 3px; padding: 2px 4px; }
.jira-issue-status-lozenge-blue-gray { background: #dfe1e6; }
.jira-issue-status-lozenge-yellow { background: #deebff; color: #0747a6; }
.jira-issue-status-lozenge-green { background: #e3fcef; color: #006644; }
ul.labels { list-style: none; margin: 0; padding: 0; }
ul.labels li { display: inline; margin-right: 4px; }
.hidden-link { text-decoration: none; }
</style>
</head>
<body>
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td bgcolor="#0747a6" width="100%"><a href="${BASEURL}/secure/MyJiraHome.jspa"><img src="${BASEURL}/s/-rp2w9m/9120017/1dlckms/_/jira-logo-scaled.png" alt="LGA Jira" border="0" height="30"></a></td></tr>
</table>
<br>
<table class="grid" cellpadding="0" cellspacing="0" border="0" width="100%">
<tr><td class="jiraformheader"><h3 class="formtitle">LGA Jira</h3></td></tr>
<tr><td class="jiraformbody">
<p>Displaying <strong>${rows.length}</strong> issues at <strong>22/Mar/96 9:41 AM</strong>.</p>
<p>Filter: <a href="${BASEURL}/issues/?filter=12807">CCFRP panel actions (open, and closed since 1 January 2096)</a></p>
</td></tr>
</table>
<br>
<table id="issuetable" border="1" cellpadding="3" cellspacing="1" width="100%">
<tr class="rowHeader">
${HEAD.map((h, i) => `<th class="colHeaderLink headerrow-${CLS[i]}" data-id="${CLS[i]}">${h}</th>`).join("\n")}
</tr>
${trs.join("\n")}
</table>
<table cellspacing="0" cellpadding="0" border="0" width="100%">
<tr><td height="1" bgcolor="#bbbbbb"></td></tr>
</table>
<br>
<table border="0" cellpadding="0" cellspacing="0" width="100%">
<tr><td><font size="1">Generated at Thu Mar 22 09:41:07 GMT 2096 by Wilf Padgett using Jira 9.12.17#9120017-sha1:4c3a2b1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b.</font></td></tr>
</table>
</body>
</html>
`;
writeFileSync(join(root, "docs", BASE + ".html"), html);
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
