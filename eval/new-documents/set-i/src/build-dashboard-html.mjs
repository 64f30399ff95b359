// Builds docs/workforce-programmes-dashboard-2023-q3.html (the Workforce Board's programmes dashboard for
// Quarter 3 2023/24 as a web page on the members' portal) and its plain-text rendering
// text/workforce-programmes-dashboard-2023-q3.txt from the same content.
//
//   node src/build-dashboard-html.mjs
//
// Layout: a portal page with a skip link, a header (portal name, signed-in user, sign-out link), a main
// navigation list, a breadcrumb, then <main>: the page title, a meta line, an intro, a summary table at the
// top counting programmes by RAG (RAG | Quarter 2 | Quarter 3, with a Total row), a "How we rate" key, a
// row of filter buttons (All / Red / Amber / Green), and a card per programme: a <section> with an <h3>
// (the programme name), a small <dl> (Lead, Budget, Spend to date, RAG) where the RAG is the text of a
// badge <span class="badge badge-red">Red</span>, and an "Update" paragraph. A "Contact" box and a footer.
// Rendering: one line per heading, paragraph, list item, button or link; a <dt>/<dd> pair as
// "term | definition"; table rows as cells joined with " | ".
// Synthetic test fixture: the people, budgets and ratings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "workforce-programmes-dashboard-2023-q3";

const SKIP = "Skip to main content";
const PORTAL = "LGA Members' Portal";
const USER = ["Signed in as a Workforce Board member", "Sign out"];
const NAV = ["Home", "My boards", "Meetings and papers", "Dashboards", "Consultations", "Help"];
const CRUMBS = ["Home", "Dashboards", "Workforce Board", "Programmes dashboard Q3 2023/24"];
const TITLE = "Workforce programmes dashboard: Quarter 3 2023/24";
const META = "Position at 31 December 2023 (October to December 2023). Published 7 February 2024 for the Workforce Board meeting on 14 February 2024, item 3.";
const INTRO = "This dashboard reports the eight programmes in the Workforce Board's work programme for 2023/24. Budgets are for the whole of 2023/24; spend to date is to 31 December 2023.";
const SUMMARY_H = "Summary";
const SUMMARY_CAPTION = "Programmes by RAG rating";
const KEY_H = "How we rate programmes";
const KEY = [
  ["Red", "Serious problems with delivery, timing or spend that need the Board's attention."],
  ["Amber", "Some problems, which the programme is managing."],
  ["Green", "On track for time, budget and outcomes."],
];
const FILTER_LABEL = "Show programmes:";
const FILTERS = ["All", "Red", "Amber", "Green"];
const CARDS_H = "Programmes";
// [name, lead, budget, spend, rag, update]
const PROGRAMMES = [
  ["Social Work Recruitment and Retention", "Clemency Allardyce", 1200000, 910000, "Amber", "Regional memoranda of understanding on agency social workers now cover 118 councils. Rated Amber because the national rules on agency staff, expected in autumn 2023, have not yet been published."],
  ["Adult Social Care Workforce Pathway", "Clemency Allardyce", 850000, 640500, "Green", "The care workforce pathway pilots are running in 12 councils, and the first 300 care workers have completed the new induction standards."],
  ["Planning Capacity and Skills", "Ravi Chandrasekaran", 2450000, 780000, "Red", "Only 41 of the 100 trainee planner places funded by DLUHC have been filled; the grant conditions were not confirmed until November 2023. A second recruitment round opened on 22 January 2024."],
  ["Apprenticeships Support", "Saoirse Dempsey", 600000, 455000, "Green", "2,140 apprenticeship starts were recorded by councils in the first three quarters of 2023/24, against a profile of 2,000."],
  ["Local Government Careers Campaign", "Hamish Dunleavy", 1750000, 1512000, "Green", "The second phase of the campaign was ready to launch on 15 January 2024, at the start of the January recruitment peak."],
  ["Workforce Data Survey", "Gervase Fothergill", 320000, 98000, "Amber", "The survey closed on 15 December 2023 with 212 responses against a target of 250. Analysis has been delayed while the supplier moves to a new data platform."],
  ["Equality, Diversity and Inclusion", "Oluwaseun Bamgbose", 410000, 372000, "Amber", "Spend is ahead of profile because of the extra costs of the 2023 workforce equality survey; an overspend of £25,000 is forecast, to be met from the Board's contingency."],
  ["Digital Skills for the Workforce", "Ebele Njoku-Lamb", 500000, 61000, "Red", "The supplier contract was not signed until 29 January 2024, three months late. An underspend of around £240,000 is forecast for 2023/24."],
];
const Q2 = { Red: 1, Amber: 4, Green: 3 };
const CONTACT_H = "Contact";
const CONTACT = "Kofi Amankwah-Hurst, Head of Workforce Programmes – 020 7946 0849 – kofi.amankwah-hurst@local.gov.uk";
const FOOTER_LINKS = ["Accessibility", "Privacy notice", "Portal help", "Contact us"];
const FOOTER = "Local Government Association, 18 Smith Square, London SW1P 3HZ. Telephone 020 7946 0000.";
const COPY = "© Local Government Association 2024";

// ---------------------------------------------------------------- checks
const money = (n) => "£" + n.toLocaleString("en-GB");
const RAGS = ["Red", "Amber", "Green"];
const Q3 = Object.fromEntries(RAGS.map((r) => [r, PROGRAMMES.filter((p) => p[4] === r).length]));
const SUMMARY = [["RAG", "Quarter 2 (July to September 2023)", "Quarter 3 (October to December 2023)"], ...RAGS.map((r) => [r, String(Q2[r]), String(Q3[r])]), ["Total", String(RAGS.reduce((a, r) => a + Q2[r], 0)), String(PROGRAMMES.length)]];
if (Q3.Red !== 2 || Q3.Amber !== 3 || Q3.Green !== 3) throw new Error("Q3 counts differ from the minutes");
const totBudget = PROGRAMMES.reduce((a, p) => a + p[2], 0);
const totSpend = PROGRAMMES.reduce((a, p) => a + p[3], 0);
if (totBudget !== 8080000 || totSpend !== 4828500) throw new Error(`totals ${totBudget} ${totSpend} differ from the minutes`);
const TOTALS = `Total budget for 2023/24: ${money(totBudget)}. Spend to 31 December 2023: ${money(totSpend)} (${Math.round((100 * totSpend) / totBudget)} per cent).`;

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const badge = (r) => `<span class="badge badge-${r.toLowerCase()}">${esc(r)}</span>`;
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | ${esc(PORTAL)}</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#222;background:#f6f4f8}
.skip-link{position:absolute;left:-9999px}
header.portal{background:#4b2c6b;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:.8em 2em}
header.portal .brand{font-weight:bold;font-size:1.25em;color:#fff;text-decoration:none}
header.portal .user a{color:#fff}
nav.main ul{list-style:none;margin:0;padding:0 2em;display:flex;gap:1.6em;background:#6b4a8e}
nav.main a{display:block;padding:.6em 0;color:#fff;text-decoration:none}
nav.crumbs ol{list-style:none;display:flex;gap:.4em;margin:0;padding:.6em 2em;font-size:.85em}
nav.crumbs li+li::before{content:"/";margin-right:.4em;color:#888}
main{max-width:70em;margin:0 auto;padding:0 2em 2em}
p.meta{color:#555;font-size:.9em}
table.summary{border-collapse:collapse;margin:1em 0}
table.summary th,table.summary td{border:1px solid #c9c2d2;padding:.4em .8em;text-align:left}
table.summary td{text-align:right}
table.summary tr.total{font-weight:bold}
dl.key{display:grid;grid-template-columns:6em 1fr;gap:.2em 1em}
.filters button{border:1px solid #6b4a8e;background:#fff;border-radius:1em;padding:.2em .9em;margin-right:.3em}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(20em,1fr));gap:1em}
section.card{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15);padding:1em 1.2em}
section.card h3{margin:0 0 .5em;font-size:1.05em}
section.card dl{display:grid;grid-template-columns:7.5em 1fr;gap:.15em .6em;margin:0 0 .6em}
section.card dt{color:#555}
section.card dd{margin:0;font-weight:600}
.badge{display:inline-block;border-radius:.8em;padding:.05em .7em;color:#fff;font-size:.85em}
.badge-red{background:#c0392b}.badge-amber{background:#d68910}.badge-green{background:#1e8449}
aside.contact{background:#ece6f2;padding:1em;margin-top:2em}
footer{background:#2e1a42;color:#ddd;padding:1.5em 2em;font-size:.85em}
footer a{color:#fff}
footer ul{list-style:none;display:flex;gap:1.5em;padding:0}
</style>
</head>
<body>
<a class="skip-link" href="#content">${esc(SKIP)}</a>
<header class="portal">
<a class="brand" href="/">${esc(PORTAL)}</a>
<div class="user"><span>${esc(USER[0])}</span> · <a href="/sign-out">${esc(USER[1])}</a></div>
</header>
<nav class="main" aria-label="Main navigation"><ul>
${NAV.map((n) => `<li><a href="/${slug(n)}">${esc(n)}</a></li>`).join("\n")}
</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<main id="content">
<h1>${esc(TITLE)}</h1>
<p class="meta">${esc(META)}</p>
<p>${esc(INTRO)}</p>
<h2>${esc(SUMMARY_H)}</h2>
<table class="summary">
<caption>${esc(SUMMARY_CAPTION)}</caption>
<thead><tr>${SUMMARY[0].map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${SUMMARY.slice(1)
  .map((r) => `<tr${r[0] === "Total" ? ' class="total"' : ""}><th scope="row">${r[0] === "Total" ? "Total" : badge(r[0])}</th><td>${r[1]}</td><td>${r[2]}</td></tr>`)
  .join("\n")}
</tbody>
</table>
<p>${esc(TOTALS)}</p>
<h2>${esc(KEY_H)}</h2>
<dl class="key">
${KEY.map(([t, d]) => `<dt>${badge(t)}</dt>\n<dd>${esc(d)}</dd>`).join("\n")}
</dl>
<h2>${esc(CARDS_H)}</h2>
<div class="filters" role="group" aria-label="Filter programmes by RAG"><span>${esc(FILTER_LABEL)}</span>
${FILTERS.map((f, i) => `<button type="button" data-filter="${f.toLowerCase()}"${i === 0 ? ' aria-pressed="true"' : ""}>${esc(f)}</button>`).join("\n")}
</div>
<div class="cards">
${PROGRAMMES.map(
  ([name, lead, budget, spend, rag, update]) => `<section class="card" data-rag="${rag.toLowerCase()}" aria-labelledby="p-${slug(name)}">
<h3 id="p-${slug(name)}">${esc(name)}</h3>
<dl>
<dt>Lead</dt><dd>${esc(lead)}</dd>
<dt>Budget</dt><dd>${money(budget)}</dd>
<dt>Spend to date</dt><dd>${money(spend)}</dd>
<dt>RAG</dt><dd>${badge(rag)}</dd>
</dl>
<p>${esc(update)}</p>
</section>`,
).join("\n")}
</div>
<aside class="contact">
<h2>${esc(CONTACT_H)}</h2>
<p>${esc(CONTACT)}</p>
</aside>
</main>
<footer>
<ul>
${FOOTER_LINKS.map((f) => `<li><a href="/${slug(f)}">${esc(f)}</a></li>`).join("\n")}
</ul>
<p>${esc(FOOTER)}</p>
<p>${esc(COPY)}</p>
</footer>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
const R = [SKIP, PORTAL, USER[0], USER[1], ...NAV, ...CRUMBS, TITLE, META, INTRO, SUMMARY_H, SUMMARY_CAPTION];
for (const r of SUMMARY) R.push(r.join(" | "));
R.push(TOTALS, KEY_H);
for (const [t, d] of KEY) R.push(`${t} | ${d}`);
R.push(CARDS_H, FILTER_LABEL, ...FILTERS);
for (const [name, lead, budget, spend, rag, update] of PROGRAMMES) R.push(name, `Lead | ${lead}`, `Budget | ${money(budget)}`, `Spend to date | ${money(spend)}`, `RAG | ${rag}`, update);
R.push(CONTACT_H, CONTACT, ...FOOTER_LINKS, FOOTER, COPY);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (Q3 ${JSON.stringify(Q3)}; ${TOTALS})`);
