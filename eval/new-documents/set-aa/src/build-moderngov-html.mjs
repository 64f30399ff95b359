// Builds docs/allotments-community-growing-panel-meeting-2030-04-24.html (the committee-system page of the LGA
// Allotments and Community Growing Panel's meeting of Wednesday 24 April 2030: agenda, decisions and draft minutes,
// attendance details and declarations of interest) and its plain-text rendering text/<same base>.txt.
//
//   node src/build-moderngov-html.mjs
//
// Layout: A MODERN.GOV PAGE, as councils' committee systems publish them ("Committee information" banner and search,
// a menu, a breadcrumb, <div id="modgov">): h1 "Agenda, decisions and draft minutes", the meeting as an h2 in the
// system's date style ("Wednesday, 24th April, 2030 10.30 am"), the meeting documents as links with their file type
// and size ("Agenda reports pack PDF 3 MB"), "Venue:", "Contact:", "Note:" and publication lines with bold labels;
// then "Items" as <table class="mgItemTable">: the number in its own cell, the title a link, and under it
// "Decision:" (the decision sheet), "Minutes:" (who introduced the item, the discussion, "RESOLVED:" with typed
// (a)–(d) lines), "ISSUE HISTORY:" – a small table Meeting | Item | Outcome of the earlier meetings at which the same
// issue was considered – and "Supporting documents:" links. After the items, "ATTENDANCE DETAILS" as a table
// Attendee | Role | Attendance | Reason for absence (Present / Attended virtually / Apologies / Apologies, sent
// substitute / Present as substitute / Absent; the reason cell empty where none was given; no councils), an "Also
// in attendance" table Attendee | Role (officers), and "DECLARATIONS OF INTEREST" as a list.
// No sentence counts the attendance, and the substitute's Role is only "Substitute": whom she replaced is in item 1.
// Rendering: the h1 and h2; the document links one a line; label lines "Label: value"; "Items"; per item "n. Title",
// then "Decision:", its lines, "Minutes:", its paragraphs and (a)–(d) lines one a line, "Issue history:" and the
// history rows as " | " lines (header row first), "Supporting documents:" and the link texts; then the attendance
// tables' rows as " | " lines (an empty reason left out), the declarations one a line. The banner, search, menus,
// breadcrumb and footer are dropped.
// Synthetic test fixture: the Panel, people, decisions and documents are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "allotments-community-growing-panel-meeting-2030-04-24";

// ---------------------------------------------------------------- content
const H1 = "Agenda, decisions and draft minutes";
const H2 = "Allotments and Community Growing Panel - Wednesday, 24th April, 2030 10.30 am";
const DOCS = ["Agenda frontsheet PDF 212 KB", "Agenda reports pack PDF 3 MB", "Printed decisions PDF 98 KB", "Printed draft minutes PDF 176 KB"];
const LABELS = [
  ["Venue:", "Westminster Room, 18 Smith Square, London SW1P 3HZ, and online"],
  ["Contact:", "Tamsin Mellish, Member Services Officer. Tel: 020 7946 0219"],
  ["Note:", "Hybrid meeting. Members who attend virtually are recorded as attending but do not count towards the quorum and cannot vote."],
  ["Decisions published:", "Friday, 26th April, 2030"],
  ["Draft minutes published:", "Tuesday, 30th April, 2030"],
];
const M1 = "Wednesday, 17th October, 2029";
const M2 = "Wednesday, 23rd January, 2030";
const M3 = "Wednesday, 24th April, 2030";
// items: [n, title, decision[], minutes[], history[[meeting, item, outcome]], documents[]]
const ITEMS = [
  ["1.", "Apologies and substitutions", [], [
    "Apologies were received from Councillor Jaswinder Dhesi and Councillor Hamish Yarrow. Councillor Saffron Lidgett attended as substitute for Councillor Yarrow.",
    "Councillor Desmond Ravenhall attended virtually. No apology was received from Councillor Barnaby Wragge.",
  ], [], []],
  ["2.", "Declarations of interest", [], [
    "The Chair and Councillor Leticia Midgley declared interests, which are recorded under Declarations of interest below.",
  ], [], []],
  ["3.", "Minutes of the previous meeting", [], [
    "RESOLVED: That the minutes of the meeting held on 23 January 2030 be agreed as a correct record.",
  ], [], ["Minutes, 23/01/2030 PDF 188 KB"]],
  ["4.", "Membership of the Panel", [
    "The Panel noted the change in its membership and agreed that Councillor Giles Ormondroyd be the lead member for tenancies and rents.",
  ], [
    "The Chair reported that Councillor Rosemary Nuttall had stood down from the Panel on 28 February 2030, following her appointment to Herefordshire Council's cabinet, and thanked her for her work as lead member for tenancies and rents.",
    "The Conservative Group had appointed Councillor Giles Ormondroyd (Cotswold District Council), previously a substitute member, as a member of the Panel from 1 March 2030. The Group's substitute place is vacant, and the Group Office will nominate a new substitute before the next meeting.",
    "RESOLVED: That the Panel:",
    "(a) notes the change in its membership; and",
    "(b) agrees that Councillor Giles Ormondroyd be the lead member for tenancies and rents.",
  ], [], []],
  ["5.", "Model allotment tenancy agreement and guidance on rents and concessions: final version", [
    "Approved with changes. Councils to be advised to offer a concession of at least 50 per cent to tenants who receive a means-tested benefit; rent increases limited to 10 per cent a year; publication by 31 May 2030.",
  ], [
    "Ffion Truscott, Senior Adviser (Allotments and Growing), introduced the report, which presented the final version of the model tenancy agreement and guidance after consultation. The consultation ran from 28 January to 8 March 2030 and received 64 responses: 39 from councils and 25 from allotment associations. Most respondents supported the draft. The main concerns were the concession for tenants on means-tested benefits and the notice needed before a rent increase.",
    "The Vice-Chair repeated his view that each council should decide the level of any concession, and moved that the guidance say \"up to 50 per cent\". Other members felt that a minimum concession was needed to keep allotments affordable, noting that 61 per cent of councils that offer a concession already give 50 per cent. On being put to the vote, the amendment was lost.",
    "Members agreed that a concession by age should be a matter for each council, and accepted the other changes made in draft 2.",
    "RESOLVED: That the Panel:",
    "(a) approves the model allotment tenancy agreement and guidance on rents and concessions, with the changes made in draft 2 except where (b) says otherwise;",
    "(b) agrees that the guidance advise councils to offer a concession of at least 50 per cent of the rent to tenants who receive a means-tested benefit, and leave any concession by age to each council;",
    "(c) agrees that rent increases be limited to 10 per cent in any one year, with 12 months' notice to tenants; and",
    "(d) asks officers to publish the agreement and guidance by 31 May 2030 and send them to every council that provides allotments.",
  ], [
    [M1, "6", "Scope of a new model agreement agreed; officers to prepare a draft"],
    [M2, "5", "Draft 2 considered; consultation agreed, 28 January to 8 March 2030"],
    [M3, "5", "Approved with changes"],
  ], ["Report: model tenancy agreement, final version PDF 402 KB", "Appendix A: consultation summary PDF 188 KB"]],
  ["6.", "Allotment Waiting List Data Standard: version 1.1", [
    "Version 1.1 approved for release on 29 April 2030. Version 1.0 to be supported until 31 March 2031. Target of 60 councils publishing to the standard by 31 March 2031.",
  ], [
    "Kit Roebuck, Data Standards Lead, introduced the report. Version 1.1 had been open for public comment on GitHub from 28 January to 8 March 2030; 47 issues had been raised and 41 resolved, and the other six would be taken forward in version 1.2. The main changes were a new required field for the status of each site's waiting list, a new field for the median wait in months, and plot sizes in square metres instead of rods.",
    "31 councils now publish their waiting lists to the standard, compared with 19 at the time of the Allotment Provision Survey. Members asked that councils publishing to version 1.0 be given time to move to the new version.",
    "RESOLVED: That the Panel:",
    "(a) approves version 1.1 of the Allotment Waiting List Data Standard for release on 29 April 2030;",
    "(b) agrees that version 1.0 be supported until 31 March 2031;",
    "(c) sets a target of 60 councils publishing to the standard by 31 March 2031; and",
    "(d) asks Councillor Hamish Yarrow, as lead member for data and waiting lists, to write to the 20 councils with the longest waits for a plot to encourage them to publish.",
  ], [
    [M2, "4", "Proposals for version 1.1 noted; public comment on GitHub agreed"],
    [M3, "6", "Version 1.1 approved"],
  ], ["Report: Allotment Waiting List Data Standard version 1.1 PDF 264 KB"]],
  ["7.", "Growing Spaces Fund 2029/30: progress at 31 March 2030", [
    "Grant of £41,000 offered to Stoke-on-Trent City Council (GSF-R1). Completion dates extended to 30 September 2030 for GSF-09 and GSF-14, and to 31 July 2030 for GSF-04. Sheffield City Council to keep its full award for GSF-14.",
  ], [
    "Nkechi Ibbotson, Grants Manager, introduced the report. Councillor Leticia Midgley left the meeting for the discussion of the Newcastle project (GSF-09).",
    "Members welcomed the five completed projects. On Derby (GSF-04), members noted that the council now expected to finish by 31 July 2030 and felt that a shorter extension would help to keep the project on track. Members asked that the officers' visits to the delayed projects include Sheffield's site at Parson Cross.",
    "RESOLVED: That the Panel:",
    "(a) notes progress on the Growing Spaces Fund at 31 March 2030;",
    "(b) agrees to offer a grant of £41,000 to Stoke-on-Trent City Council (GSF-R1), funded by the £38,500 returned by Plymouth City Council and £2,500 from the contingency;",
    "(c) agrees to extend the completion dates of GSF-09 (Newcastle) and GSF-14 (Sheffield) to 30 September 2030, and of GSF-04 (Derby) to 31 July 2030; and",
    "(d) agrees that Sheffield City Council keeps its full award of £54,000 for GSF-14.",
  ], [
    [M1, "7", "Round 1: 18 grants awarded (£628,400); reserve list agreed"],
    [M2, "6", "Progress noted (verbal update)"],
    [M3, "7", "Reserve grant offered; completion dates extended"],
  ], ["Report: Growing Spaces Fund progress at 31 March 2030 TXT 38 KB"]],
  ["8.", "Allotment Provision Survey 2029: response from the Government", [
    "The Panel noted the Minister's reply and agreed that the survey be repeated every two years, the next in autumn 2031.",
  ], [
    "Dr Rashida Mallinson, Senior Research Officer, introduced the item. The full report of the survey had been published on 4 March 2030, with results by region only, as the Panel had agreed in January. The Chair had written to the Minister for Local Government on 11 March 2030 with the Panel's three asks.",
    "The Minister's reply of 9 April 2030 said that the Government had no plans for a capital fund for new plots, but offered a meeting on the protection of allotment land. Members were disappointed by the reply on funding.",
    "RESOLVED: That the Panel:",
    "(a) notes the Minister's reply;",
    "(b) asks the Chair and the Vice-Chair to meet the Minister on the protection of allotment land; and",
    "(c) agrees that the survey be repeated every two years, the next survey to run in autumn 2031.",
  ], [
    [M2, "3", "Headline results presented; three asks agreed; results to be published by region only"],
    [M3, "8", "Minister's reply noted"],
  ], ["Letter to the Minister, 11 March 2030 PDF 96 KB", "Reply from the Minister, 9 April 2030 PDF 120 KB"]],
  ["9.", "Date of next meeting", [], [
    "The next meeting will be held on Wednesday 17 July 2030 at 10.30am at 18 Smith Square.",
  ], [], []],
];
const ATT_HEAD = ["Attendee", "Role", "Attendance", "Reason for absence"];
const ATT = [
  ["Councillor Philippa Dransfield", "Chair", "Present", ""],
  ["Councillor Anselm Duckitt", "Vice-Chair", "Present", ""],
  ["Councillor Morwenna Blamires", "Deputy Chair", "Present", ""],
  ["Councillor Desmond Ravenhall", "Deputy Chair", "Attended virtually", ""],
  ["Councillor Ifeoma Brearley", "Committee Member", "Present", ""],
  ["Councillor Jaswinder Dhesi", "Committee Member", "Apologies", "Attending a City of Wolverhampton Council planning committee"],
  ["Councillor Leticia Midgley", "Committee Member", "Present", ""],
  ["Councillor Giles Ormondroyd", "Committee Member", "Present", ""],
  ["Councillor Barnaby Wragge", "Committee Member", "Absent", ""],
  ["Councillor Hamish Yarrow", "Committee Member", "Apologies, sent substitute", "Illness"],
  ["Councillor Saffron Lidgett", "Substitute", "Present as substitute", ""],
];
const ALSO_HEAD = ["Attendee", "Role"];
const ALSO = [
  ["Geraint Illingworth", "Head of Communities and Place"],
  ["Ffion Truscott", "Senior Adviser (Allotments and Growing)"],
  ["Kit Roebuck", "Data Standards Lead"],
  ["Nkechi Ibbotson", "Grants Manager"],
  ["Dr Rashida Mallinson", "Senior Research Officer"],
  ["Tamsin Mellish", "Member Services Officer"],
];
const DECL = [
  "Item 5: Councillor Philippa Dransfield declared an other registrable interest, as she holds an allotment tenancy from Sheffield City Council. She remained in the meeting and took part in the item.",
  "Item 7: Councillor Leticia Midgley declared a non-registrable interest in the Newcastle project (GSF-09), as a trustee of the Walker Riverside Growers' Association, a partner in the project. She left the meeting for the discussion of that project.",
];

// ---------------------------------------------------------------- checks
const present = ATT.filter((a) => /^Present/.test(a[2])).length;
if (ATT.filter((a) => a[1] !== "Substitute").length !== 10) throw new Error("ten members");
if (present !== 7) throw new Error("present " + present);
if (39 + 25 !== 64 || 41 + 6 !== 47) throw new Error("figures");
const ORD = (d) => d + (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const all = JSON.stringify([H2, LABELS, ITEMS]);
for (const m of all.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+),? (\d{4})/g)) {
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
  if (m[0].includes(",") && !m[0].includes(ORD(+m[2]))) throw new Error("ordinal: " + m[0]);
}

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const docLink = (d, i) => {
  const m = d.match(/^(.*) (PDF|TXT) (\d+ [KM]B)$/);
  return `<li><a href="/documents/s${4470 + i}/${encodeURIComponent(m[1].replace(/[^A-Za-z0-9]+/g, "-"))}.${m[2].toLowerCase()}" class="mgDocLink">${esc(m[1])} <span class="mgFileType">${m[2]}</span> <span class="mgFileSize">${m[3]}</span></a></li>`;
};
let docN = 0;
const itemRow = ([n, title, dec, mins, hist, docs], idx) => {
  let h = `<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">${n}</p></td>
<td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=${4461 + idx}">${esc(title)}</a></p>\n`;
  if (dec.length) h += `<p class="mgSubItemTitleTxt">Decision:</p>\n<div class="mgWordPara">${dec.map((p) => `<p>${esc(p)}</p>`).join("")}</div>\n`;
  h += `<p class="mgSubItemTitleTxt">Minutes:</p>\n<div class="mgWordPara">\n`;
  for (const p of mins) {
    if (/^\([a-z]\)/.test(p)) h += `<p class="mgResolution" style="margin-left:2em">${esc(p)}</p>\n`;
    else if (p.startsWith("RESOLVED:")) h += `<p><strong>RESOLVED:</strong>${esc(p.slice(9))}</p>\n`;
    else h += `<p>${esc(p)}</p>\n`;
  }
  h += `</div>\n`;
  if (hist.length) {
    h += `<div class="mgIssueHistory"><p class="mgSubItemTitleTxt">Issue history:</p>
<table class="mgStatsTable" summary="Earlier consideration of this issue"><thead><tr><th scope="col">Meeting</th><th scope="col">Item</th><th scope="col">Outcome</th></tr></thead>
<tbody>${hist.map((r) => `<tr><td><a href="ieListDocuments.aspx?MId=${r[0].length * 37}">${esc(r[0])}</a></td><td>${r[1]}</td><td>${esc(r[2])}</td></tr>`).join("")}</tbody></table></div>\n`;
  }
  if (docs.length) h += `<p class="mgSubItemTitleTxt">Supporting documents:</p>\n<ul class="mgActionList">${docs.map((d) => docLink(d, docN++)).join("")}</ul>\n`;
  return h + `</td>\n</tr>`;
};
const tbl = (cls, summary, head, rows) => `<table class="${cls}" summary="${esc(summary)}">
<thead><tr>${head.map((x) => `<th scope="col">${esc(x)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table>`;

const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Allotments and Community Growing Panel on Wednesday, 24th April, 2030, 10.30 am - LGA Committee information</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
<style>
body { font-family: Verdana, Arial, sans-serif; font-size: 0.85em; margin: 0; }
#mgHeader { background: #2f5d24; color: #fff; padding: 10px 20px; }
#mgMenu ul, .mgBreadcrumb ol { list-style: none; display: flex; gap: 16px; margin: 0; padding: 6px 20px; }
#modgov { max-width: 980px; margin: 0 auto; padding: 10px 20px 40px; }
.mgMainTitleTxt { font-size: 1.6em; color: #2f5d24; }
.mgSubTitleTxt { font-size: 1.2em; }
.mgLabel { font-weight: bold; }
.mgItemTable { border-collapse: collapse; width: 100%; }
.mgItemTable > tbody > tr > td { border-top: 1px solid #ccc; vertical-align: top; padding: 8px; }
.mgItemNumberCell { width: 3em; }
.mgAiTitleTxt { font-weight: bold; margin: 0 0 6px; }
.mgSubItemTitleTxt { font-weight: bold; margin: 10px 0 4px; }
.mgIssueHistory .mgSubItemTitleTxt { text-transform: uppercase; font-size: 0.85em; }
.mgStatsTable { border-collapse: collapse; margin: 6px 0; }
.mgStatsTable th, .mgStatsTable td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; }
.mgFileType, .mgFileSize { color: #555; font-size: 0.85em; }
.mgSectionTitle { text-transform: uppercase; font-size: 1em; border-bottom: 2px solid #2f5d24; margin-top: 28px; }
#mgFooter { background: #eee; padding: 16px 20px; font-size: 0.85em; }
.visually-hidden { position: absolute; left: -9999px; }
</style>
</head>
<body>
<a class="visually-hidden" href="#modgov">Skip to content</a>
<div id="mgHeader">
  <a href="/" class="mgLogo">Local Government Association</a> <span class="mgSiteName">Committee information</span>
  <form action="/mgSearchPage.aspx" method="get" role="search"><label for="q" class="visually-hidden">Search committee information</label><input id="q" name="SearchText" type="text"><input type="submit" value="Search"></form>
</div>
<div id="mgMenu"><ul><li><a href="/mgListCommittees.aspx">Committees</a></li><li><a href="/mgCalendarMonthView.aspx">Meetings calendar</a></li><li><a href="/mgDelegatedDecisions.aspx">Decisions</a></li><li><a href="/mgMemberIndex.aspx">Councillors</a></li><li><a href="/mgListPlans.aspx">Forward plans</a></li></ul></div>
<nav class="mgBreadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/mgListCommittees.aspx">Committees</a></li><li><a href="/mgCommitteeDetails.aspx?ID=212">Allotments and Community Growing Panel</a></li><li>Meeting</li></ol></nav>
<div id="modgov">
<div class="mgContent">
<h1 class="mgMainTitleTxt">${esc(H1)}</h1>
<h2 class="mgSubTitleTxt">${esc(H2)}</h2>
<ul class="mgActionList">${DOCS.map((d, i) => docLink(d, 100 + i)).join("")}</ul>
${LABELS.map(([l, v]) => `<p class="mgLineText"><span class="mgLabel">${esc(l)}</span> ${esc(v)}</p>`).join("\n")}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Items for ${esc(M3)}">
<tbody>
${ITEMS.map(itemRow).join("\n")}
</tbody>
</table>
<h2 class="mgSectionTitle">Attendance details</h2>
${tbl("mgStatsTable", "Attendance details", ATT_HEAD, ATT)}
<h3>Also in attendance</h3>
${tbl("mgStatsTable", "Also in attendance", ALSO_HEAD, ALSO)}
<h2 class="mgSectionTitle">Declarations of interest</h2>
<ul class="mgBulletList">
${DECL.map((d) => `<li>${esc(d)}</li>`).join("\n")}
</ul>
</div>
</div>
<div id="mgFooter"><p>Local Government Association, 18 Smith Square, London SW1P 3HZ</p><p>Page last updated: Tuesday, 30th April, 2030</p></div>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
const R = [H1, H2, ...DOCS, ...LABELS.map(([l, v]) => `${l} ${v}`), "Items"];
for (const [n, title, dec, mins, hist, docs] of ITEMS) {
  R.push(`${n} ${title}`);
  if (dec.length) R.push("Decision:", ...dec);
  R.push("Minutes:", ...mins);
  if (hist.length) R.push("Issue history:", "Meeting | Item | Outcome", ...hist.map((r) => r.join(" | ")));
  if (docs.length) R.push("Supporting documents:", ...docs);
}
R.push("Attendance details", ATT_HEAD.join(" | "), ...ATT.map((r) => r.filter((c) => c).join(" | ")));
R.push("Also in attendance", ALSO_HEAD.join(" | "), ...ALSO.map((r) => r.join(" | ")));
R.push("Declarations of interest", ...DECL);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines); ${present} present of ${ATT.length} listed`);
