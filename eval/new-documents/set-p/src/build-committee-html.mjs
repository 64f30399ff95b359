// Builds docs/bereavement-services-panel-committee-details.html (a committee management system page for the LGA
// Bereavement Services Panel, as it stood on Monday 12 October 2026, before the meeting of 21 October 2026) and
// its plain-text rendering text/bereavement-services-panel-committee-details.txt from the same content.
//
//   node src/build-committee-html.mjs
//
// Layout: a modern.gov-style "Committee details" page: site banner, a menu, breadcrumb, `<div id="modgov">`
// with a sub-menu of links, "Purpose of committee", MEMBERSHIP AS A `<ul class="mgBulletList">` whose items are a
// linked "Councillor Name", a ROLE IN BRACKETS in a span ("(Chair)", "(Vice-Chair)", "(Lead member, …)" or
// "(Member)"), a dash, the PARTY and the council; "Substitute members" the same way; MEETINGS as a list of
// links in the system's date style ("Wed, 21st Oct, 2026 10.30 am"), one CANCELLED and one with another venue;
// "FORTHCOMING DECISIONS" as a `<table class="mgTable">` Decision | Decision maker | Decision due | Key decision |
// Lead officer with dates "20 Jan 2027", one "(previously 21 Oct 2026)", and a note defining a key decision;
// "Contact information" with labelled lines; a footer with "Page last updated".
// Rendering: the page's text in reading order, one element a line (menu items, breadcrumb items, headings,
// paragraphs, list items, table rows as cells joined with " | "), entities decoded.
// Synthetic test fixture: the Panel, members, meetings and decisions are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "bereavement-services-panel-committee-details";

// ---------------------------------------------------------------- content
const SITE = "Local Government Association – Councillors, committees and meetings";
const MENU = ["Committees", "Calendar", "Forward plans", "Decisions", "Search documents"];
const CRUMBS = ["Home", "Committees", "Bereavement Services Panel"];
const H1 = "Committee details";
const NAME = "Bereavement Services Panel";
const SUBMENU = ["Meetings", "Membership", "Attendance", "Terms of reference (PDF, 212 KB)", "Subscribe to updates"];
const PURPOSE = [
  "The Bereavement Services Panel leads the LGA's work on burial and cremation services, public health funerals and the bereavement services workforce. It oversees the Burial Space Capacity Fund, agrees the fund's grant allocations, and agrees and monitors its own annual business plan.",
  "The Panel has ten members, appointed by the political groups for the municipal year, and meets four times a year.",
];
// name, role, party, council
const MEMBERS = [
  ["Elowen Rosewarne", "Chair", "Labour", "Bristol City Council"],
  ["Crispin Hebditch", "Vice-Chair", "Conservative", "North Yorkshire Council"],
  ["Yusuf Bhamjee", "Member", "Labour", "Blackburn with Darwen Borough Council"],
  ["Fergus Dalgliesh", "Member", "Independent", "Westmorland and Furness Council"],
  ["Siobhan Garvagh", "Lead member, funerals", "Liberal Democrat", "Somerset Council"],
  ["Beatrix Kettleborough", "Lead member, workforce", "Conservative", "Shropshire Council"],
  ["Douglas Mabbutt", "Member", "Conservative", "Essex County Council"],
  ["Folasade Ogunwusi", "Member", "Labour", "London Borough of Lambeth"],
  ["Priya Venkataraman", "Lead member, burial space", "Labour", "Leicester City Council"],
  ["Tobias Wrigglesworth", "Member", "Liberal Democrat", "Stockport Metropolitan Borough Council"],
];
const SUBS = [
  ["Rory Quinlivan", "Substitute", "Labour", "Gateshead Council"],
  ["Ottilie Sandeman", "Substitute", "Conservative", "Wiltshire Council"],
  ["Marian Lowthian", "Substitute", "Liberal Democrat", "London Borough of Sutton"],
];
const MEET_INTRO = "Meetings in the 2026/27 municipal year. Meetings are held at 18 Smith Square, London SW1P 3HZ, and online, unless another venue is shown.";
// date text, extra
const MEETINGS = [
  ["Wed, 8th Jul, 2026 10.30 am", ""],
  ["Wed, 16th Sep, 2026 10.30 am", "CANCELLED"],
  ["Wed, 21st Oct, 2026 10.30 am", ""],
  ["Wed, 20th Jan, 2027 10.30 am", "Venue: City Hall, Leicester"],
  ["Wed, 14th Apr, 2027 10.30 am", ""],
];
const FD_INTRO = "Decisions that the Panel, or the Chair on its behalf, expects to take in the coming months. Reports are published five clear working days before the meeting.";
const FD_HEAD = ["Decision", "Decision maker", "Decision due", "Key decision", "Lead officer"];
const FD = [
  ["Burial Space Capacity Fund 2026/27: round 2 allocations", "Bereavement Services Panel", "21 Oct 2026", "Yes", "Lucian Trenowden"],
  ["Appointment of a Panel representative to the Cremation Standards Forum", "Chair of the Bereavement Services Panel", "Not before 30 Nov 2026", "No", "Imran Lathbury"],
  ["Model policy on the reuse of graves", "Bereavement Services Panel", "20 Jan 2027", "No", "Philippa Gathercole"],
  ["Guidance on recovering the costs of public health funerals", "Bereavement Services Panel", "20 Jan 2027 (previously 21 Oct 2026)", "No", "Philippa Gathercole"],
  ["Burial Space Capacity Fund round 3: criteria and timetable", "Bereavement Services Panel", "20 Jan 2027", "Yes", "Nadia Bellchambers"],
  ["Shared direct cremation contract: outcome of the pilot procurement", "Bereavement Services Panel", "14 Apr 2027", "Yes", "Nadia Bellchambers"],
  ["Business plan 2027/28", "Bereavement Services Panel", "14 Apr 2027", "Yes", "Philippa Gathercole"],
];
const FD_NOTE = "A key decision is one that commits more than £100,000, or that affects councils in more than one region.";
const CONTACT_H = "Contact information";
const CONTACT = [
  ["Support officer:", "Imran Lathbury, Member Services Officer"],
  ["Postal address:", "Local Government Association, 18 Smith Square, London SW1P 3HZ"],
  ["Phone:", "020 7946 0774"],
  ["Email:", "imran.lathbury@local.gov.uk"],
];
const FOOT = ["Page last updated: Monday 12 October 2026", "© Local Government Association", "Accessibility statement", "Privacy notice"];

// ---------------------------------------------------------------- checks
if (MEMBERS.length !== 10 || MEMBERS.filter((m) => m[1] === "Chair").length !== 1) throw new Error("members");
const byParty = {};
for (const m of MEMBERS) byParty[m[2]] = (byParty[m[2]] ?? 0) + 1;
if (JSON.stringify(byParty) !== JSON.stringify({ Labour: 4, Conservative: 3, Independent: 1, "Liberal Democrat": 2 })) throw new Error("parties " + JSON.stringify(byParty));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
for (const [d] of MEETINGS) {
  const m = d.match(/^(\w{3}), (\d+)(?:st|nd|rd|th) (\w{3}), (\d{4})/);
  if (DAYS[new Date(Date.UTC(+m[4], SHORT.indexOf(m[3]), +m[2])).getUTCDay()].slice(0, 3) !== m[1]) throw new Error("weekday " + d);
}
if (!/Monday 12 October 2026/.test(FOOT[0]) || new Date(Date.UTC(2026, 9, 12)).getUTCDay() !== 1) throw new Error("updated");

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/–/g, "&ndash;").replace(/©/g, "&copy;").replace(/£/g, "&pound;").replace(/'/g, "&#39;");
const member = ([n, role, party, council], uid) =>
  `<li><a href="mgUserInfo.aspx?UID=${uid}" title="Link to councillor details for Councillor ${esc(n)}">Councillor ${esc(n)}</a> <span class="mgRole">(${esc(role)})</span> &ndash; <span class="mgPartyName">${esc(party)}</span>, <span class="mgCouncil">${esc(council)}</span></li>`;
let mid = 9047;
const H = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Committee details - ${esc(NAME)} | Local Government Association</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.lgaBanner{background:#2d2346;color:#fff;padding:12px 24px;font-size:15px}
.lgaMenu ul{list-style:none;margin:0;padding:0 24px;background:#efecf4;display:flex;gap:18px}
.lgaMenu a{display:block;padding:8px 0;color:#2d2346}
.mgBreadCrumb{padding:8px 24px;font-size:13px}.mgBreadCrumb ol{list-style:none;display:flex;gap:6px;padding:0;margin:0}
.mgBreadCrumb li+li:before{content:"> "}
#modgov{padding:0 24px 24px;max-width:980px}
.mgSubMenu{list-style:none;padding:0;display:flex;gap:14px;font-size:13px}
.mgSectionTitle{border-bottom:2px solid #2d2346;font-size:18px;padding-bottom:2px}
.mgBulletList li{margin:3px 0}.mgRole{color:#555}
.mgCancelled{color:#b00;font-weight:bold}
table.mgTable{border-collapse:collapse;width:100%;font-size:14px}table.mgTable th,table.mgTable td{border:1px solid #c9c3d6;padding:4px 6px;text-align:left;vertical-align:top}
table.mgTable th{background:#efecf4}
.mgFooter{border-top:1px solid #ccc;margin-top:30px;padding:10px 24px;font-size:12px;color:#555}
</style>
</head>
<body>
<div class="lgaBanner">${esc(SITE)}</div>
<nav class="lgaMenu" aria-label="Main menu"><ul>
${MENU.map((m, i) => `<li><a href="mg${["ListCommittees", "CalendarMonthView", "ListPlans", "Delegated", "ieDocSearch"][i]}.aspx">${esc(m)}</a></li>`).join("\n")}
</ul></nav>
<nav class="mgBreadCrumb" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="${i ? "mgListCommittees.aspx" : "mgMemberIndex.aspx"}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">${esc(H1)}</h1>
<h2 class="mgSubTitleTxt">${esc(NAME)}</h2>
<ul class="mgSubMenu">
${SUBMENU.map((s, i) => `<li><a href="${["ieListMeetings.aspx?CommitteeId=412", "mgCommitteeMembers.aspx?ID=412", "mgAttendanceSummary.aspx?ID=412", "documents/s31207/BSP%20terms%20of%20reference.pdf", "mgRss.aspx?ID=412"][i]}">${esc(s)}</a></li>`).join("\n")}
</ul>
<h2 class="mgSectionTitle">Purpose of committee</h2>
${PURPOSE.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<h2 class="mgSectionTitle">Membership</h2>
<ul class="mgBulletList">
${MEMBERS.map((m, i) => member(m, 3104 + i * 7)).join("\n")}
</ul>
<h3>Substitute members</h3>
<ul class="mgBulletList">
${SUBS.map((m, i) => member(m, 3190 + i * 7)).join("\n")}
</ul>
<h2 class="mgSectionTitle">Meetings</h2>
<p>${esc(MEET_INTRO)}</p>
<ul class="mgCalendarList">
${MEETINGS.map(([d, x]) => `<li><a href="ieListDocuments.aspx?CId=412&amp;MId=${mid++}">${esc(d)}</a>${x === "CANCELLED" ? ` <span class="mgCancelled">CANCELLED</span>` : x ? ` &ndash; <span class="mgVenue">${esc(x)}</span>` : ""}</li>`).join("\n")}
</ul>
<h2 class="mgSectionTitle">Forthcoming decisions</h2>
<p>${esc(FD_INTRO)}</p>
<table class="mgTable" summary="Forthcoming decisions of the Bereavement Services Panel">
<thead><tr>${FD_HEAD.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${FD.map((r, k) => `<tr>${r.map((c, i) => (i === 0 ? `<td><a href="ieDecisionDetails.aspx?ID=${7710 + k}">${esc(c)}</a></td>` : `<td>${esc(c)}</td>`)).join("")}</tr>`).join("\n")}
</tbody>
</table>
<p class="mgNote"><em>${esc(FD_NOTE)}</em></p>
<h2 class="mgSectionTitle">${esc(CONTACT_H)}</h2>
<div class="mgContact">
${CONTACT.map(([l, v]) => `<p><strong>${esc(l)}</strong> ${l === "Email:" ? `<a href="mailto:${v}">${esc(v)}</a>` : esc(v)}</p>`).join("\n")}
</div>
</div></div>
<footer class="mgFooter">
${FOOT.map((f, i) => (i < 2 ? `<p>${esc(f)}</p>` : `<a href="${i === 2 ? "accessibility.aspx" : "privacy.aspx"}">${esc(f)}</a>`)).join("\n")}
</footer>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), H);

// ---------------------------------------------------------------- rendering
const mline = ([n, role, party, council]) => `Councillor ${n} (${role}) – ${party}, ${council}`;
const RL = [SITE, ...MENU, ...CRUMBS, H1, NAME, ...SUBMENU, "Purpose of committee", ...PURPOSE, "Membership", ...MEMBERS.map(mline), "Substitute members", ...SUBS.map(mline),
  "Meetings", MEET_INTRO, ...MEETINGS.map(([d, x]) => (x === "CANCELLED" ? `${d} CANCELLED` : x ? `${d} – ${x}` : d)),
  "Forthcoming decisions", FD_INTRO, FD_HEAD.join(" | "), ...FD.map((r) => r.join(" | ")), FD_NOTE,
  CONTACT_H, ...CONTACT.map(([l, v]) => `${l} ${v}`), ...FOOT];
writeFileSync(join(root, "text", BASE + ".txt"), RL.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${RL.length} lines); parties ${JSON.stringify(byParty)}`);
