// Builds docs/uwtg-committee-system-body-page-2702-01-31.html and its rendering in text/.
// Layout: A LEGISTAR-STYLE COMMITTEE SYSTEM'S BODY PAGE ("DepartmentDetail.aspx") SAVED FROM THE BROWSER
// ("Save page as… Web page, HTML only", 31 January 2702): an ASP.NET Web Forms page as the product draws
// it – a "saved from url" comment, the whole page inside one <form> with __VIEWSTATE and
// __EVENTVALIDATION hidden fields (long base64 strings), Telerik RadMenu / RadTabStrip / RadGrid markup
// (rmRootGroup, rtsLevel, rgMasterTable, rgHeader, rgRow / rgAltRow), ids such as
// "ctl00_ContentPlaceHolder1_lblType", header cells that are __doPostBack sort links, and "Export" icons.
//  - the body's details as label / value pairs in a layout table ("Committee type:", "Parent body:",
//    "Meeting location:", "Contact:", "Description:"), the description holding the terms of reference,
//    the quorum, the decision limit and the lead members in running text;
//  - THREE TABS OF GRIDS, ONLY THE FIRST SHOWN; the other two panels are in the saved page with
//    style="display:none" (the product renders every tab and hides all but one):
//      People (16): Person Name | Title | Council | Political Group | Start Date | End Date | Appointed By |
//        E-mail, with the product's titles ("Vice Chair", "Substitute Member"), a member whose End Date
//        is filled, a new member without an e-mail address, "&nbsp;" for empty cells;
//      Meetings (5): Name | Meeting Date | (an iCalendar icon) | Meeting Time | Meeting Location | Meeting
//        Details | Agenda | Minutes | Video, "Not available" where nothing is published, a note typed
//        into the location cell for a changed start time;
//      Attendance 2701/02: Person Name | one column per meeting headed by its date | Attended |
//        Expected, with the product's words (Present, Remote, Excused, Absent) and a substitute's cell
//        naming whom they replaced;
//  - ALL DATES IN THE PRODUCT'S US FORMAT (M/D/YYYY, "1:30 PM"), in an English body's papers.
// Rendering: from the body's name on: each label / value pair as "label | value", description paragraphs
// a line each, the tab strip as one line of tab names, then each grid's header and rows (cells " | ", the
// icon read as its alt text, "&nbsp;" cells empty); the menu, form fields, pager and footer left out.
// Synthetic test fixture: every person, council, meeting and figure is invented.
//   node src/build-legistar-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, PROGRAMME, ROOM, OFFICERS as O, PEOPLE, P, cllr, MEETINGS, ATT, attended, expected } from "./common.mjs";

const FILE = DOCS.legistar;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const h = [], out = [];
const H = (s) => h.push(s);
const ID = "ctl00_ContentPlaceHolder1_";
// a deterministic base64-looking view state
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const blob = (n) => Array.from({ length: n }, () => B64[rnd() % 64]).join("");

H(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0110)https://committees.local.gov.uk/DepartmentDetail.aspx?ID=41872&GUID=7C3B1E90-4A2F-4D61-9B8E-2F10A6C4D5E7&R=c0a1 -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>
	${esc(BODY)} - Committee Details
</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link href="./uwtg-committee-system-body-page-2702-01-31_files/WebResource.axd" type="text/css" rel="stylesheet" class="Telerik_stylesheet">
<link href="./uwtg-committee-system-body-page-2702-01-31_files/Skin.css" type="text/css" rel="stylesheet">
<style type="text/css">
.rgMasterTable{width:100%;border-collapse:collapse}.rgHeader{background:#e8edf2;text-align:left;padding:4px}
.rgRow td,.rgAltRow td{padding:3px 4px;border-bottom:1px solid #dde}.rgAltRow{background:#f6f8fa}
.rtsLevel1 li{display:inline-block;margin-right:4px}.rtsSelected{font-weight:bold}
.ShortTitle{font-size:20px;font-weight:bold}.DepartmentLabel{font-weight:bold;vertical-align:top;width:150px}
</style>
<script src="./uwtg-committee-system-body-page-2702-01-31_files/ScriptResource.axd" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./DepartmentDetail.aspx?ID=41872&amp;GUID=7C3B1E90-4A2F-4D61-9B8E-2F10A6C4D5E7&amp;R=c0a1" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="ctl00_RadScriptManager1_TSM" id="ctl00_RadScriptManager1_TSM" value="">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTg2${blob(1800)}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div id="ctl00_divHeader" class="header">
<a id="ctl00_hypLogo" href="https://committees.local.gov.uk/Calendar.aspx"><img id="ctl00_imgLogo" src="./uwtg-committee-system-body-page-2702-01-31_files/logo.png" alt="Local Government Association committee system"></a>
<div id="ctl00_tabTop" class="RadMenu RadMenu_Tab"><ul class="rmRootGroup rmHorizontal">
<li class="rmItem rmFirst"><a class="rmLink" href="https://committees.local.gov.uk/Calendar.aspx"><span class="rmText">Calendar</span></a></li>
<li class="rmItem"><a class="rmLink" href="https://committees.local.gov.uk/Legislation.aspx"><span class="rmText">Papers and decisions</span></a></li>
<li class="rmItem"><a class="rmLink rmSelected" href="https://committees.local.gov.uk/Departments.aspx"><span class="rmText">Boards and committees</span></a></li>
<li class="rmItem rmLast"><a class="rmLink" href="https://committees.local.gov.uk/People.aspx"><span class="rmText">People</span></a></li>
</ul></div>
</div>
<div id="ctl00_divContent" class="content">`);

// ------------------------------------------------------------------ body details
H(`<div id="${ID}divName"><span id="${ID}lblDepartmentName" class="ShortTitle">${esc(BODY)}</span></div>`);
out.push(BODY);
const leads = PEOPLE.filter((p) => p.lead);
const DESC = [
  `The ${BODY} is a member task group of the ${BOARD}. It oversees the ${PROGRAMME} – its measures, risk register and budget – and reports to the Board after each meeting.`,
  "Membership: twelve councillors appointed by the Board for the municipal year, with up to three named substitutes. Quorum: four members, including the Chair or the Vice Chair.",
  "The Task Group may commit up to £75,000 from the programme budget in any one decision; larger sums are referred to the Board.",
  `Lead members 2701/02: ${leads.map((p) => `${cllr(p.k)} (${p.lead})`).join("; ")}.`,
];
const DETAILS = [
  ["Committee type:", "lblType", "Task Group"],
  ["Parent body:", "lblParent", BOARD],
  ["Meeting location:", "lblLocation", `${ROOM}, and Microsoft Teams`],
  ["Contact:", "lblContact", `${O.elspeth.name}, ${O.elspeth.post}, ${O.elspeth.phone}, ${O.elspeth.email}`],
];
H(`<table id="${ID}tblDetails" class="DepartmentTable" cellspacing="0" cellpadding="0" border="0">`);
for (const [label, id, value] of DETAILS) {
  H(`<tr><td class="DepartmentLabel"><span id="${ID}lbl${id.slice(3)}Label">${esc(label)}</span></td><td><span id="${ID}${id}">${esc(value)}</span></td></tr>`);
  out.push(`${label} | ${value}`);
}
H(`<tr><td class="DepartmentLabel"><span id="${ID}lblDescriptionLabel">Description:</span></td><td><span id="${ID}lblDescription">${DESC.map(esc).join("<br><br>")}</span></td></tr>`);
out.push("Description:", ...DESC);
H(`</table>`);

// ------------------------------------------------------------------ tabs
const people = PEOPLE;
const TABS = [`People (${people.length})`, `Meetings (${MEETINGS.length})`, "Attendance 2701/02"];
H(`<div id="${ID}tabPeople" class="RadTabStrip RadTabStrip_Default"><div class="rtsLevel rtsLevel1"><ul class="rtsUL">
${TABS.map((t, i) => `<li class="rtsLI${i === 0 ? " rtsFirst" : ""}"><a class="rtsLink${i === 0 ? " rtsSelected" : ""}" href="#"><span class="rtsOut"><span class="rtsIn"><span class="rtsTxt">${esc(t)}</span></span></span></a></li>`).join("\n")}
</ul></div></div>`);
out.push(TABS.join(" | "));

const grid = (id, headers, rows, hidden) => {
  H(`<div id="${ID}pv${id}" class="rmpView"${hidden ? ' style="display:none;"' : ""}>
<div class="exportLinks"><input type="image" name="ctl00$ContentPlaceHolder1$btnExcel${id}" src="./uwtg-committee-system-body-page-2702-01-31_files/Excel.png" alt="Export to Excel"> <input type="image" name="ctl00$ContentPlaceHolder1$btnPdf${id}" src="./uwtg-committee-system-body-page-2702-01-31_files/PDF.png" alt="Export to PDF"></div>
<div id="${ID}grid${id}" class="RadGrid RadGrid_Sunset"><table class="rgMasterTable" id="${ID}grid${id}_ctl00" cellspacing="0" border="0">
<thead><tr>${headers.map((c, i) => (c === "" ? `<th class="rgHeader" scope="col">&nbsp;</th>` : `<th class="rgHeader" scope="col"><a title="Click here to sort" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$grid${id}$ctl00$ctl02$ctl00$ctl0${i}','')">${esc(c)}</a></th>`)).join("")}</tr></thead>
<tbody>`);
  out.push(headers.join(" | "));
  rows.forEach((r, j) => {
    H(`<tr class="${j % 2 ? "rgAltRow" : "rgRow"}" id="${ID}grid${id}_ctl00__${j}">${r.map((c) => `<td>${c.html ?? (c.text === "" ? "&nbsp;" : esc(c.text))}</td>`).join("")}</tr>`);
    out.push(r.map((c) => c.text).join(" | "));
  });
  H(`</tbody></table>
<div class="rgPager">Page 1 of 1 (${rows.length} items)</div></div></div>`);
};
const T = (text) => ({ text });
const link = (text, href) => ({ text, html: `<a href="${esc(href)}">${esc(text)}</a>` });

// People
const order = ["Chair", "Vice Chair", "Deputy Chair", "Member", "Substitute Member"];
const sorted = [...people].sort((a, b) => order.indexOf(a.title) - order.indexOf(b.title) || (a.end ? 1 : 0) - (b.end ? 1 : 0) || a.sur.localeCompare(b.sur));
grid("People", ["Person Name", "Title", "Council", "Political Group", "Start Date", "End Date", "Appointed By", "E-mail"],
  sorted.map((p, i) => [
    link(`${p.fore} ${p.sur}`, `https://committees.local.gov.uk/PersonDetail.aspx?ID=${90210 + i * 17}&GUID=P${i}`),
    T(p.title), T(p.council), T(p.group), T(p.start), T(p.end ?? ""), T(BOARD),
    p.email ? { text: p.email, html: `<a href="mailto:${p.email}">${p.email}</a>` } : T(""),
  ]), false);

// Meetings
const MEET_LOC = { feb: `${ROOM} --- Note: start time changed from 10:30 AM to 1:30 PM` };
const MEET_MIN = { jul: "Minutes", oct: "Minutes" };
const MEET_AG = { jul: "Agenda", oct: "Agenda", dec: "Agenda", feb: "Agenda" };
grid("Meetings", ["Name", "Meeting Date", "", "Meeting Time", "Meeting Location", "Meeting Details", "Agenda", "Minutes", "Video"],
  MEETINGS.map((m, i) => [
    link(BODY, `https://committees.local.gov.uk/DepartmentDetail.aspx?ID=41872`),
    T(m.us),
    { text: "Export to iCalendar", html: `<a href="https://committees.local.gov.uk/View.ashx?M=IC&amp;ID=${55120 + i}"><img src="./uwtg-committee-system-body-page-2702-01-31_files/ical.png" alt="Export to iCalendar" border="0"></a>` },
    T(m.time),
    T(MEET_LOC[m.k] ?? ROOM),
    m.k === "apr" ? T("Not available") : link("Meeting details", `https://committees.local.gov.uk/MeetingDetail.aspx?ID=${55120 + i}`),
    MEET_AG[m.k] ? link(MEET_AG[m.k], `https://committees.local.gov.uk/View.ashx?M=A&ID=${55120 + i}`) : T("Not available"),
    MEET_MIN[m.k] ? link(MEET_MIN[m.k], `https://committees.local.gov.uk/View.ashx?M=M&ID=${55120 + i}`) : T("Not available"),
    T("Not available"),
  ]), true);

// Attendance
const past = MEETINGS.slice(0, 3);
const attCell = (p, m) => {
  const v = ATT[p.k][m.k];
  if (v === "Present (substitute)") return `Present (substitute for ${cllr(ATT[p.k].for[m.k])})`;
  return v;
};
grid("Attendance", ["Person Name", ...past.map((m) => m.us), "Attended", "Expected"],
  sorted.map((p) => [T(`${p.fore} ${p.sur}`), ...past.map((m) => T(attCell(p, m))), T(String(attended(p.k))), T(String(expected(p.k)))]), true);

H(`</div>
<div id="ctl00_divFooter" class="footer"><span>Committee system powered by Legistar</span> · <a href="https://committees.local.gov.uk/Feeds.aspx">RSS</a> · <a href="https://committees.local.gov.uk/Accessibility.aspx">Accessibility</a></div>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA${blob(420)}"></div>
</form>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
