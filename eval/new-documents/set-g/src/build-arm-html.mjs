// Builds docs/asylum-refugee-migration-task-group-2024-09-19.html (the web page of a meeting of the LGA's
// Asylum, Refugee and Migration Task Group, 19 September 2024) and its plain-text rendering
// text/asylum-refugee-migration-task-group-2024-09-19.txt from the same content.
//
//   node src/build-arm-html.mjs
//
// Layout: a website page with a cookie banner, a skip link, a header with the site name and a search form,
// a main navigation list, a breadcrumb, then <main> with the page title; the meeting details as a
// definition list (<dl> of <dt>/<dd> pairs: date, time, venue, chair, contact, papers published); the
// agenda as an ordered list (list numbers hidden) whose items each hold a numbered <h3> title and their own <dl> (Purpose, Summary, Lead
// officer, Paper); the membership for 2024/25 as an HTML table Political group | Councillor | Council | Role
// in which the group cell spans its members' and substitutes' rows (rowspan), so that only the first row
// of each group has four cells; a "related pages" aside; and a footer.
// Rendering: one line per heading, paragraph, list item or link; a <dt>/<dd> pair as "term | definition";
// table rows as their cells joined with " | " (a row under a rowspan cell has only its own three cells).
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "asylum-refugee-migration-task-group-2024-09-19";

const TITLE = "Asylum, Refugee and Migration Task Group – 19 September 2024";
const COOKIE_H = "Cookies on local.gov.uk";
const COOKIE_P = "We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site and to improve our services.";
const COOKIE_B = ["Accept additional cookies", "Reject additional cookies", "View cookies"];
const SKIP = "Skip to main content";
const SITE = "Local Government Association";
const SEARCH = ["Search this site", "Search"];
const NAV = ["Home", "Our support", "Topics", "Publications", "Events", "Parliament", "About us"];
const CRUMBS = ["Home", "About us", "Governance and structure", "Boards and committees", "Asylum, Refugee and Migration Task Group", "19 September 2024"];
const INTRO = "The Asylum, Refugee and Migration Task Group brings together councillors from all four political groups to lead the LGA's work with the Home Office, the Ministry of Housing, Communities and Local Government and partners on asylum dispersal, resettlement schemes and unaccompanied children.";
const DETAILS = [
  ["Date", "Thursday 19 September 2024"],
  ["Time", "2.00 pm to 4.00 pm"],
  ["Venue", "Online, via Microsoft Teams (members will receive a joining link)"],
  ["Chair", "Cllr Yusuf Karimjee"],
  ["Contact", "Rosamund Iredale, Member Services Officer – 020 7946 0758 – rosamund.iredale@local.gov.uk"],
  ["Papers published", "11 September 2024"],
];
// agenda: [title, [[term, definition]]]
const AGENDA = [
  ["Welcome, apologies and declarations of interest", [["Purpose", "Standing item."]]],
  [
    "Asylum accommodation: dispersal and the exit from contingency hotels",
    [
      ["Purpose", "For discussion."],
      ["Summary", "Sets out the Home Office's plan to close a further 40 contingency hotels by March 2025 and the pressures reported by the 58 councils that responded to the LGA's dispersal survey in August 2024."],
      ["Lead officer", "Nadia Ferreira-Lowe, Senior Adviser (Asylum and Refugees)"],
      ["Paper", "Item 2 – asylum accommodation (PDF, 6 pages)"],
    ],
  ],
  [
    "Homes for Ukraine: funding for 2024/25 and beyond",
    [
      ["Purpose", "For information."],
      ["Summary", "Updates members on the reduced tariff for new arrivals and the LGA's case for confirming funding for 2025/26 before councils set their budgets."],
      ["Lead officer", "Hollis Grainger, Adviser (Resettlement)"],
      ["Paper", "Item 3 – Homes for Ukraine (PDF, 4 pages)"],
    ],
  ],
  [
    "Unaccompanied asylum-seeking children: National Transfer Scheme rates",
    [
      ["Purpose", "For decision."],
      ["Summary", "Asks members to agree the LGA's position on the rates paid to councils that accept children through the National Transfer Scheme, ahead of the Home Office's review of the rates in October 2024."],
      ["Lead officer", "Nadia Ferreira-Lowe, Senior Adviser (Asylum and Refugees)"],
      ["Paper", "Item 4 – National Transfer Scheme rates (PDF, 5 pages)"],
    ],
  ],
  [
    "Afghan resettlement: the housing pathway",
    [
      ["Purpose", "For information."],
      ["Lead officer", "Hollis Grainger, Adviser (Resettlement)"],
      ["Paper", "No paper – verbal update"],
    ],
  ],
  [
    "Task group work programme 2024/25",
    [
      ["Purpose", "For decision."],
      ["Lead officer", "Nadia Ferreira-Lowe, Senior Adviser (Asylum and Refugees)"],
      ["Paper", "Item 6 – work programme (PDF, 3 pages)"],
    ],
  ],
];
// membership: [group, [[councillor, council, role]]]
const MEMBERSHIP = [
  [
    "Labour",
    [
      ["Cllr Yusuf Karimjee", "Kirklees Council", "Chair"],
      ["Cllr Beatrix Hollingdrake", "Middlesbrough Council", "Member"],
      ["Cllr Owain Prothero", "Portsmouth City Council", "Member"],
      ["Cllr Tunde Bakare", "Royal Borough of Greenwich", "Member"],
      ["Cllr Faisal Rahimi", "Oldham Council", "Substitute"],
    ],
  ],
  [
    "Conservative",
    [
      ["Cllr Ingrid Cawthorne", "Kent County Council", "Vice-Chair"],
      ["Cllr Peregrine Stott", "North Northamptonshire Council", "Member"],
      ["Cllr Lydia Fawcett", "Suffolk County Council", "Member"],
      ["Cllr Gordon Tredinnick", "Dover District Council", "Substitute"],
    ],
  ],
  [
    "Liberal Democrat",
    [
      ["Cllr Morwenna Polglase", "Hull City Council", "Deputy Chair"],
      ["Cllr Penelope Ashgrove", "Stockport Council", "Member"],
      ["Cllr Helena Quarmby", "Three Rivers District Council", "Substitute"],
    ],
  ],
  ["Independent", [["Cllr Bridget Lonsdale", "Hartlepool Borough Council", "Deputy Chair"]]],
];
const AFTER_TABLE = "Substitutes may attend in place of a member of their own political group.";
const RELATED = ["Asylum, refugees and migration hub", "Councillor guide to asylum dispersal", "Meetings calendar"];
const FOOTER_LINKS = ["Accessibility", "Privacy", "Cookies", "Contact us", "Sitemap"];
const FOOTER = "Local Government Association, 18 Smith Square, London SW1P 3HZ. Telephone 020 7946 0000.";
const COPY = "© Local Government Association 2024";

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const H = [];
H.push(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | ${esc(SITE)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b;line-height:1.5}
.cookie-banner{background:#f3f2f1;padding:1em 2em;border-bottom:3px solid #005ea5}
.cookie-banner button{margin-right:.5em}
.skip-link{position:absolute;left:-9999px}
header.site{background:#00334e;color:#fff;padding:1em 2em;display:flex;justify-content:space-between;align-items:center}
header.site a{color:#fff;font-weight:bold;text-decoration:none;font-size:1.3em}
nav.primary ul{list-style:none;margin:0;padding:.5em 2em;background:#005ea5;display:flex;gap:1.5em}
nav.primary a{color:#fff;text-decoration:none}
nav.breadcrumb ol{list-style:none;display:flex;gap:.4em;padding:.5em 2em;margin:0;font-size:.9em}
nav.breadcrumb li+li::before{content:"›";margin-right:.4em}
.wrap{display:flex;gap:2em;padding:0 2em 2em}
main{flex:3}
aside{flex:1;background:#f3f2f1;padding:1em}
dl.details{display:grid;grid-template-columns:12em 1fr;gap:.3em 1em}
dl.details dt,ol.agenda dt{font-weight:bold}
ol.agenda{list-style:none;padding-left:0}
ol.agenda>li{margin-bottom:1.2em}
ol.agenda dl{margin:.3em 0 0}
ol.agenda dd{margin:0 0 .3em 0}
table.membership{border-collapse:collapse;width:100%}
table.membership th,table.membership td{border:1px solid #b1b4b6;padding:.4em .6em;text-align:left;vertical-align:top}
table.membership th[scope=row]{background:#f3f2f1}
footer{background:#00334e;color:#fff;padding:1.5em 2em;font-size:.9em}
footer a{color:#fff}
</style>
</head>
<body>
<div class="cookie-banner" role="region" aria-label="${esc(COOKIE_H)}">
<h2>${esc(COOKIE_H)}</h2>
<p>${esc(COOKIE_P)}</p>
${COOKIE_B.map((b) => `<button type="button">${esc(b)}</button>`).join("\n")}
</div>
<a class="skip-link" href="#main-content">${esc(SKIP)}</a>
<header class="site">
<a href="/">${esc(SITE)}</a>
<form role="search" action="/search"><label for="q">${esc(SEARCH[0])}</label> <input id="q" name="q" type="search"> <button type="submit">${esc(SEARCH[1])}</button></form>
</header>
<nav class="primary" aria-label="Main menu"><ul>
${NAV.map((n) => `<li><a href="/${slug(n)}">${esc(n)}</a></li>`).join("\n")}
</ul></nav>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<div class="wrap">
<main id="main-content">
<h1>${esc(TITLE)}</h1>
<p>${esc(INTRO)}</p>
<h2>Meeting details</h2>
<dl class="details">
${DETAILS.map(([t, d]) => `<dt>${esc(t)}</dt>\n<dd>${esc(d)}</dd>`).join("\n")}
</dl>
<h2>Agenda</h2>
<ol class="agenda">
${AGENDA.map(
  ([title, dl], i) => `<li>
<h3>${i + 1}. ${esc(title)}</h3>
<dl>
${dl.map(([t, d]) => `<dt>${esc(t)}</dt>\n<dd>${t === "Paper" && !/^No paper/.test(d) ? `<a href="/sites/default/files/documents/${slug(d)}.pdf">${esc(d)}</a>` : esc(d)}</dd>`).join("\n")}
</dl>
</li>`,
).join("\n")}
</ol>
<h2>Membership 2024/25</h2>
<table class="membership">
<caption>Asylum, Refugee and Migration Task Group: members and substitutes, 2024/25</caption>
<thead><tr><th scope="col">Political group</th><th scope="col">Councillor</th><th scope="col">Council</th><th scope="col">Role</th></tr></thead>
<tbody>
${MEMBERSHIP.map(([g, rows]) =>
  rows
    .map((r, i) => `<tr>${i === 0 ? `<th scope="row" rowspan="${rows.length}">${esc(g)}</th>` : ""}<td>${esc(r[0])}</td><td>${esc(r[1])}</td><td>${esc(r[2])}</td></tr>`)
    .join("\n"),
).join("\n")}
</tbody>
</table>
<p>${esc(AFTER_TABLE)}</p>
</main>
<aside>
<h2>Related pages</h2>
<ul>
${RELATED.map((r) => `<li><a href="/${slug(r)}">${esc(r)}</a></li>`).join("\n")}
</ul>
</aside>
</div>
<footer>
<ul>
${FOOTER_LINKS.map((f) => `<li><a href="/${slug(f)}">${esc(f)}</a></li>`).join("\n")}
</ul>
<p>${esc(FOOTER)}</p>
<p>${esc(COPY)}</p>
</footer>
</body>
</html>
`);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), H.join(""));

// ---------------------------------------------------------------- rendering
const R = [];
R.push(COOKIE_H, COOKIE_P, ...COOKIE_B, SKIP, SITE, ...SEARCH, ...NAV, ...CRUMBS, TITLE, INTRO, "Meeting details");
for (const [t, d] of DETAILS) R.push(`${t} | ${d}`);
R.push("Agenda");
AGENDA.forEach(([title, dl], i) => {
  R.push(`${i + 1}. ${title}`);
  for (const [t, d] of dl) R.push(`${t} | ${d}`);
});
R.push("Membership 2024/25", "Asylum, Refugee and Migration Task Group: members and substitutes, 2024/25", "Political group | Councillor | Council | Role");
for (const [g, rows] of MEMBERSHIP) rows.forEach((r, i) => R.push((i === 0 ? [g, ...r] : r).join(" | ")));
R.push(AFTER_TABLE, "Related pages", ...RELATED, ...FOOTER_LINKS, FOOTER, COPY);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
