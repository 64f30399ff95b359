// Builds docs/public-toilets-changing-places-working-group-minutes-2028-03-08.html (the LGA Public Toilets and
// Changing Places Working Group, Wednesday 8 March 2028: note of the meeting, as a page of the LGA website) and
// its plain-text rendering text/public-toilets-changing-places-working-group-minutes-2028-03-08.txt.
//
//   node src/build-minutes-html.mjs
//
// Layout: an ordinary website page: skip link, header with the site name and a search form, main menu,
// breadcrumb, then <main> with the title, a "Draft" notice, the meeting details as a <ul> of "<strong>Date:</strong>
// …" items, the ATTENDANCE AS THE LGA PRINTS IT IN ITS NOTES: a three-column table (no header row) whose first
// column names the group (Chair, Vice-Chair, Deputy Chair, Members, Apologies, Substitutes, In attendance, LGA
// officers) only on the first row of each group, the name and the council beside it; the LGA officers as one
// comma-separated cell. Items as <h2>"n. Title"</h2> with paragraphs numbered through the note ("5. …");
// "Decision" as a bold paragraph followed by the text or an <ol type="a">; "Action:" paragraphs in a shaded box
// naming the owner and date in brackets; a "Summary of actions" table No. | Action | Owner | Deadline | Item; then
// a "Related documents" aside and the site footer.
// Rendering: every visible line of text in reading order (header, menu, breadcrumb and footer included, as set T
// renders its web page); table rows as their non-empty cells joined with " | ".
// Synthetic test fixture: the people, survey and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "public-toilets-changing-places-working-group-minutes-2028-03-08";

const SITE = ["Skip to main content", "Local Government Association", "Search the site", "Search"];
const MENU = ["Topics", "Publications", "Events", "Our boards", "Contact us"];
const CRUMBS = ["Home", "Our boards", "Public Toilets and Changing Places Working Group", "Note of the meeting, 8 March 2028"];
const TITLE = "Public Toilets and Changing Places Working Group: note of the meeting, 8 March 2028";
const DRAFT = "This note is a draft until it is agreed at the next meeting of the Working Group on 14 June 2028.";
const META = [["Date:", "Wednesday 8 March 2028"], ["Time:", "2.00 pm to 4.05 pm"], ["Venue:", "Westminster Room, 18 Smith Square, London, and online"]];
const ATT_H = "Attendance";
const ATT = [
  ["Chair", "Cllr Hester Quenby", "Rutland County Council"],
  ["Vice-Chair", "Cllr Thandiwe Mbatha", "Sandwell Metropolitan Borough Council"],
  ["Deputy Chair", "Cllr Imogen Rushworth", "South Cambridgeshire District Council"],
  ["Members", "Cllr Marta Szczepanski", "Luton Borough Council"],
  ["", "Cllr Gareth Cadwallader", "Cornwall Council"],
  ["", "Cllr Jasper Wigglesworth", "Brighton and Hove City Council"],
  ["Apologies", "Cllr Terence Ainscough", "Lancashire County Council"],
  ["", "Cllr Rhiannon Etherington", "Stockport Metropolitan Borough Council"],
  ["Substitutes", "Cllr Aled Pumphrey", "Shropshire Council"],
  ["", "Cllr Sunita Yeardley", "Leicester City Council"],
  ["In attendance", "Marcus Dzikowski", "Access to Toilets Alliance (item 4)"],
  ["LGA officers", "Winifred Thistlethwaite, Lowri Mottershead, Callum Pocklington, Esther Gudgeon, Anjali Verrall and Barnaby Illsley", ""],
];
// items: [title, [blocks]]; block: ["p", text] | ["dec", intro, [a, b, ...] | null] | ["act", text]
const ITEMS = [
  ["1. Welcome, apologies and declarations of interest", [
    ["p", "1. The Chair welcomed members and Marcus Dzikowski, Chief Executive of the Access to Toilets Alliance, who attended for item 4."],
    ["p", "2. Apologies were received from Cllr Terence Ainscough and Cllr Rhiannon Etherington. Cllr Aled Pumphrey attended as substitute for Cllr Ainscough, and Cllr Sunita Yeardley as substitute for Cllr Etherington."],
    ["p", "3. Cllr Gareth Cadwallader declared an interest in item 3 as a trustee of the Kernow Access Forum, which is helping Cornwall Council to prepare a bid to round 2 of the Changing Places Accelerator Fund. He would take no part in any decision on that bid. The Chair said that Rutland County Council also intended to bid, and that she would not take part in the decisions on round 2 awards."],
  ]],
  ["2. Note of the previous meeting", [
    ["p", "4. The note of the meeting held on 24 November 2027 was agreed as a correct record."],
  ]],
  ["3. Changing Places Accelerator Fund: round 2", [
    ["p", "5. Callum Pocklington, Adviser (Grants), introduced the report. Round 2 had opened on 1 February 2028 and would close on 19 April 2028, and 41 councils had registered an interest. Several councils had asked whether the fund could pay for a mobile Changing Places unit, which can be taken to events and markets. Such units cost between £80,000 and £95,000, more than the £75,000 limit for a grant."],
    ["p", "6. Members supported funding mobile units where a council could show that a unit would be in use on at least 40 days a year. Cllr Szczepanski asked that the scoring should reward bids developed with local disabled people’s groups; officers confirmed that this was already worth 10 points out of 100."],
    ["p", "7. Cllr Rushworth offered to moderate the scores of the bids closest to the threshold of 60 points."],
    ["dec", "The Working Group:", [
      "agreed that a mobile Changing Places unit may receive a grant of up to £90,000, if the council shows it will be in use on at least 40 days a year;",
      "agreed that the limit for a fixed Changing Places toilet stays at £75,000; and",
      "asked the Deputy Chair to moderate the scores of bids within five points of the threshold.",
    ]],
    ["act", "Officers to publish a note for bidders on mobile units (Callum Pocklington, by 17 March 2028)."],
  ]],
  ["4. Presentation: the Access to Toilets Alliance’s ‘Can’t Go Out’ survey", [
    ["p", "8. Marcus Dzikowski presented the findings of the Alliance’s survey of 3,140 people with bladder and bowel conditions, disabled people and carers, carried out in autumn 2027. 62 per cent said they limited trips out because they could not be sure of finding a toilet, and 38 per cent had been unable to use a council toilet in the past year because it was locked or closed."],
    ["p", "9. In discussion, Cllr Wigglesworth asked whether longer opening hours or more toilets mattered more to respondents; Mr Dzikowski said opening hours came first for most of them. Cllr Mbatha asked about signs to toilets. Mr Dzikowski said that people relied on the national toilet map, which was only as good as the data councils gave it."],
    ["dec", "The Working Group thanked Marcus Dzikowski and noted the survey’s findings.", null],
    ["act", "Lowri Mottershead to send the survey report to members (by 22 March 2028)."],
  ]],
  ["5. Public toilet provision survey 2028", [
    ["p", "10. Lowri Mottershead, Senior Adviser (Public Toilets and Changing Places), introduced the draft questions for the survey of all councils in England, which would open on 3 April 2028 and close on 12 May 2028. Three suppliers had quoted for the work, and officers proposed to appoint the lowest, Varley Hinchcliffe Research Ltd, at £28,500."],
    ["p", "11. Cllr Wigglesworth asked that the survey also cover drinking water refill points in or next to public toilets. Cllr Pumphrey asked that it find out how many toilets had been taken over by town and parish councils; officers confirmed that question 9 already did so."],
    ["dec", "The Working Group agreed the survey questions, with an added question on drinking water refill points, and agreed that Varley Hinchcliffe Research Ltd be appointed to carry out the survey.", null],
    ["act", "Lowri Mottershead to add the question on refill points and confirm the contract (by 24 March 2028)."],
  ]],
  ["6. Open toilet data standard", [
    ["p", "12. Esther Gudgeon, Policy Adviser (Data), reported that 88 councils had signed up to the open toilet data standard by 29 February 2028, against a target of 120 by 31 March 2028. Most of those that had not signed up said they did not have the staff time to keep their data up to date."],
    ["p", "13. Members agreed to write to the leaders of the councils in their own regions that had not yet signed up, using a template letter."],
    ["dec", "The Working Group noted the position and agreed that members write to council leaders.", null],
    ["act", "Esther Gudgeon to send members a template letter and a list of the councils that have not signed up (by 15 March 2028)."],
    ["act", "All members to write to the leaders of those councils in their region (by 31 March 2028)."],
  ]],
  ["7. Budget 2027/28: monitoring at quarter 3", [
    ["p", "14. Anjali Verrall, Finance Business Partner, reported a forecast underspend of £14,200 on the Working Group’s budget of £303,000, mainly because the Policy Adviser (Data) post was vacant from April to June 2027."],
    ["dec", "The Working Group noted the forecast.", null],
  ]],
  ["8. Any other business", [
    ["p", "15. The Chair reported that Cllr Terence Ainscough would stand down from the Working Group at the end of the municipal year, as he had joined his council’s cabinet. She thanked him, in his absence, for his work on the Working Group since 2025."],
    ["p", "16. The next meeting will be held on Wednesday 14 June 2028 at 11.00 am."],
  ]],
];
const ACT_H = "Summary of actions";
const ACT_HEAD = ["No.", "Action", "Owner", "Deadline", "Item"];
const ACTS = [
  ["1", "Publish a note for bidders on mobile Changing Places units", "Callum Pocklington", "17 March 2028", "3"],
  ["2", "Send the ‘Can’t Go Out’ survey report to members", "Lowri Mottershead", "22 March 2028", "4"],
  ["3", "Add the question on refill points to the provision survey and confirm the contract", "Lowri Mottershead", "24 March 2028", "5"],
  ["4", "Send members a template letter and the list of councils not signed up to the data standard", "Esther Gudgeon", "15 March 2028", "6"],
  ["5", "Write to the leaders of councils in their region that have not signed up", "All members", "31 March 2028", "6"],
];
const ASIDE_H = "Related documents";
const ASIDE = ["Agenda and papers, 8 March 2028 (PDF)", "Note of the meeting, 24 November 2027", "About the Working Group"];
const CONTACT = "Contact: Barnaby Illsley, Member Services Officer, barnaby.illsley@local.gov.uk";
const FOOT = ["Local Government Association, 18 Smith Square, London SW1P 3HZ", "Accessibility", "Privacy", "Cookies", "© Local Government Association"];

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([META, ITEMS, DRAFT]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
const paraNos = ITEMS.flatMap(([, b]) => b.filter((x) => x[0] === "p").map((x) => +x[1].match(/^(\d+)\./)[1]));
if (paraNos.some((n, i) => n !== i + 1)) throw new Error("paragraph numbers " + paraNos);
const acts = ITEMS.flatMap(([, b]) => b.filter((x) => x[0] === "act"));
if (acts.length !== ACTS.length) throw new Error("actions");

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
let h = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | Local Government Association</title>
<meta name="description" content="Note of the meeting of the Public Toilets and Changing Places Working Group held on 8 March 2028.">
<style>
body{font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;margin:0;line-height:1.5}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
header.site{background:#4b2a6e;color:#fff;padding:12px 24px;display:flex;justify-content:space-between}
header.site a{color:#fff;font-weight:bold;text-decoration:none}
nav.main ul{list-style:none;display:flex;gap:24px;margin:0;padding:8px 24px;background:#eee8f3}
nav.crumbs ol{list-style:none;display:flex;gap:6px;padding:8px 24px;margin:0;font-size:.9em}
nav.crumbs li+li::before{content:"›";margin-right:6px}
.wrap{display:flex;gap:32px;padding:0 24px}main{flex:3;max-width:820px}aside{flex:1}
.notice{background:#fff4d6;border-left:4px solid #e0a800;padding:8px 12px}
ul.meta{list-style:none;padding:0}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}td,th{border:1px solid #c9bfd6;padding:6px 8px;vertical-align:top;text-align:left}
table.attendance td:first-child{font-weight:bold;width:22%}
.action{background:#eee8f3;padding:6px 10px}
footer{background:#2d1845;color:#fff;padding:16px 24px;margin-top:32px}footer a{color:#fff}
</style>
</head>
<body>
<a class="skip" href="#content">${SITE[0]}</a>
<header class="site"><a href="/">${SITE[1]}</a>
<form role="search" action="/search"><label for="q">${SITE[2]}</label> <input id="q" name="q" type="search"> <button type="submit">${SITE[3]}</button></form>
</header>
<nav class="main" aria-label="Main menu"><ul>${MENU.map((m) => `<li><a href="#">${m}</a></li>`).join("")}</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="#">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("")}</ol></nav>
<div class="wrap">
<main id="content">
<h1>${esc(TITLE)}</h1>
<p class="notice">${esc(DRAFT)}</p>
<ul class="meta">
${META.map(([l, v]) => `<li><strong>${l}</strong> ${esc(v)}</li>`).join("\n")}
</ul>
<h2>${ATT_H}</h2>
<table class="attendance">
<tbody>
${ATT.map((r) => `<tr><td>${esc(r[0])}</td><td>${esc(r[1])}</td><td>${esc(r[2])}</td></tr>`).join("\n")}
</tbody>
</table>
`;
for (const [t, blocks] of ITEMS) {
  h += `<h2>${esc(t)}</h2>\n`;
  for (const b of blocks) {
    if (b[0] === "p") h += `<p>${esc(b[1])}</p>\n`;
    else if (b[0] === "dec") {
      h += `<p><strong>Decision</strong></p>\n<p>${esc(b[1])}</p>\n`;
      if (b[2]) h += `<ol type="a">\n${b[2].map((x) => `<li>${esc(x)}</li>`).join("\n")}\n</ol>\n`;
    } else h += `<p class="action"><strong>Action:</strong> ${esc(b[1])}</p>\n`;
  }
}
h += `<h2>${ACT_H}</h2>
<table class="actions">
<thead><tr>${ACT_HEAD.map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead>
<tbody>
${ACTS.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table>
</main>
<aside>
<h2>${ASIDE_H}</h2>
<ul>${ASIDE.map((a) => `<li><a href="#">${esc(a)}</a></li>`).join("")}</ul>
<p>${esc(CONTACT)}</p>
</aside>
</div>
<footer>
<p>${esc(FOOT[0])}</p>
<ul>${FOOT.slice(1, 4).map((f) => `<li><a href="#">${f}</a></li>`).join("")}</ul>
<p>${FOOT[4]}</p>
</footer>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), h);

// ---------------------------------------------------------------- rendering
const R = [...SITE, ...MENU, ...CRUMBS, TITLE, DRAFT, ...META.map(([l, v]) => `${l} ${v}`), ATT_H, ...ATT.map((r) => r.filter((c) => c).join(" | "))];
for (const [t, blocks] of ITEMS) {
  R.push(t);
  for (const b of blocks) {
    if (b[0] === "p") R.push(b[1]);
    else if (b[0] === "dec") R.push("Decision", b[1], ...(b[2] ?? []));
    else R.push(`Action: ${b[1]}`);
  }
}
R.push(ACT_H, ACT_HEAD.join(" | "), ...ACTS.map((r) => r.join(" | ")), ASIDE_H, ...ASIDE, CONTACT, ...FOOT);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines)`);
