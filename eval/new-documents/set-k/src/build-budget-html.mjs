// Builds docs/councillors-forum-budget-2025-26-m10.html (the LGA Councillors' Forum's budget monitoring report
// at 31 January 2026, item 5 at the Forum on 12 March 2026, as a page of the LGA website) and its plain-text
// rendering text/councillors-forum-budget-2025-26-m10.txt from the same content.
//
//   node src/build-budget-html.mjs
//
// Layout: a website page: skip link, header with the site name and a search form, main menu, breadcrumb,
// <main> with the title; the report's details as a DEFINITION LIST <dl> (Meeting, Date, Agenda item, Report
// type, Author, Telephone, Email: <dt>/<dd> pairs, no colons in the markup); "Summary", "Recommendations" (an
// <ol>), then Table 1 with a <caption> and a TWO-ROW HEADER: "Budget line" (rowspan 2), "Budget 2025/26"
// (colspan 2 over Original | Revised), "Spend" (colspan 2 over To 31 January 2026 | Forecast outturn),
// "Variance" (rowspan 2); each body row starts with a ROW HEADER <th scope="row">; the Total row is in
// <tfoot>; money as "£96,000" and OVERSPENDS AS NEGATIVE VARIANCES IN BRACKETS "(£12,000)"; a note under the
// table; then "Commentary" paragraphs, "Proposed virement" with a second small table, "Reserves" and a related
// links <aside>; footer. The page text is in the HTML source order.
// Synthetic test fixture: the people and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "councillors-forum-budget-2025-26-m10";

// ---------------------------------------------------------------- content
const SITE = "Local Government Association";
const SKIP = "Skip to main content";
const SEARCH = "Search the LGA website";
const NAV = ["Our boards", "Topics", "Publications", "Events", "About us"];
const CRUMBS = ["Home", "Our boards", "Councillors' Forum", "Meeting papers: 12 March 2026", "Item 5: Forum budget 2025/26"];
const TITLE = "Forum budget 2025/26: monitoring at 31 January 2026";
const DL = [
  ["Meeting", "Councillors' Forum"],
  ["Date", "Thursday 12 March 2026"],
  ["Agenda item", "5"],
  ["Report type", "For decision"],
  ["Author", "Ezra Wintringham, Finance Business Partner"],
  ["Telephone", "020 7946 0117"],
  ["Email", "ezra.wintringham@local.gov.uk"],
];
const SUMMARY = [
  "This report shows spending against the Forum's budget for 2025/26 to 31 January 2026 (month 10) and the forecast for the year. The budget of £478,000 is forecast to be underspent by £12,600. Two lines are forecast to overspend: the Councillor Support Line contract and the WardDesk casework app licences.",
];
const RECS_INTRO = "That the Forum:";
const RECS = [
  "notes the forecast outturn for 2025/26 in Table 1; and",
  "agrees a virement of £18,300 from the regional councillor roadshows line, £12,000 to the Councillor Support Line contract and £6,300 to the WardDesk casework app licences, as set out in Table 2.",
];
const CAPTION = "Table 1: Forum budget 2025/26 – spend to 31 January 2026 and forecast outturn";
// [line, original, revised, spent to 31 Jan, forecast]
const LINES = [
  ["Regional councillor roadshows", 96000, 76000, 41350, 52600],
  ["Councillor Support Line contract", 120000, 132000, 118900, 144000],
  ["WardDesk casework app licences", 85000, 85000, 79400, 91300],
  ["Scrutiny masterclasses", 40000, 33000, 27750, 32100],
  ["Remote attendance survey and report", 25000, 30000, 27600, 30000],
  ["Reorganisation transition support", 60000, 75000, 52300, 70500],
  ["Forum meetings and members' expenses", 34000, 34000, 24900, 33100],
  ["Publications and case studies", 18000, 13000, 6150, 11800],
];
const TABLE_NOTE = "The revised budget includes the virements agreed by the Forum on 4 December 2025. Variance is the revised budget less the forecast outturn; figures in brackets are overspends.";
const COMMENTARY_H = "Commentary";
const COMMENTARY = [
  "The Councillor Support Line contract is forecast to cost £144,000, £12,000 more than the revised budget of £132,000. Calls to the line rose by a third in November, and extra call handlers have been brought in at peak times since January (measure CFW-05 in item 4).",
  "Licences for the WardDesk casework app are forecast at £91,300, £6,300 over budget, because more councillors are using the app than the 4,000 the budget assumed.",
  "The regional councillor roadshows line is forecast to underspend by £23,400, because the February and March 2026 roadshows in reorganising areas have been cancelled. The forecast includes two online sessions in March.",
  "The publications forecast of £11,800 includes about £1,500 for publishing the model parental leave policy for councillors (item 6).",
];
const VIR_H = "Proposed virement";
const VIR_CAPTION = "Table 2: proposed virement";
const VIR_HEAD = ["From", "To", "Amount"];
const VIR = [
  ["Regional councillor roadshows", "Councillor Support Line contract", 12000],
  ["Regional councillor roadshows", "WardDesk casework app licences", 6300],
];
const VIR_AFTER = "If the virement is agreed, the roadshows line will still be forecast to underspend by £5,100 and no line will be forecast to overspend.";
const RES_H = "Reserves";
const RES = "The Forum's earmarked reserve stood at £62,000 on 1 April 2025. No call on the reserve is expected in 2025/26.";
const ASIDE_H = "Related pages";
const ASIDE = ["Councillors' Forum: meetings and papers", "Forum work programme 2025/26", "Councillor Support Line"];
const FOOTER_LINKS = ["Accessibility", "Privacy notice", "Cookies", "Contact us"];
const FOOTER = "Local Government Association, 18 Smith Square, London SW1P 3HZ";

// ---------------------------------------------------------------- checks and money
const money = (v) => (v < 0 ? `(£${(-v).toLocaleString("en-GB")})` : v === 0 ? "£0" : `£${v.toLocaleString("en-GB")}`);
const variance = (l) => l[2] - l[4];
const tot = [1, 2, 3, 4].map((k) => LINES.reduce((a, l) => a + l[k], 0));
const totVar = LINES.reduce((a, l) => a + variance(l), 0);
if (tot[0] !== 478000 || tot[1] !== 478000) throw new Error("budget totals");
if (totVar !== tot[1] - tot[3] || totVar !== 12600) throw new Error("variance total " + totVar);
const over = LINES.filter((l) => variance(l) < 0).map((l) => l[0]);
if (over.join() !== "Councillor Support Line contract,WardDesk casework app licences") throw new Error("overspends: " + over);
const virTotal = VIR.reduce((a, v) => a + v[2], 0);
if (virTotal !== 18300) throw new Error("virement total");
if (variance(LINES[0]) - virTotal !== 5100) throw new Error("roadshow underspend after virement");
for (const [, to, amt] of VIR) if (variance(LINES.find((l) => l[0] === to)) + amt !== 0) throw new Error("virement does not clear " + to);

// ---------------------------------------------------------------- HTML
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const row = (l) => `<tr><th scope="row">${esc(l[0])}</th>${[l[1], l[2], l[3], l[4], variance(l)].map((v) => `<td>${esc(money(v))}</td>`).join("")}</tr>`;
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | ${esc(SITE)}</title>
<style>
body{font-family:"Helvetica Neue",Arial,sans-serif;margin:0;color:#222;line-height:1.45}
.skip{position:absolute;left:-9999px}
header.site{background:#5b2a6e;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:.8em 2em}
header.site a{color:#fff;font-weight:bold;text-decoration:none;font-size:1.25em}
nav.main ul{list-style:none;display:flex;gap:1.6em;margin:0;padding:.5em 2em;background:#efe7f2}
nav.main a{color:#5b2a6e}
nav.crumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.4em;padding:.6em 2em;margin:0;font-size:.85em}
nav.crumbs li+li::before{content:"\\203A";margin-right:.4em}
.wrap{display:flex;gap:2em;padding:0 2em 2em}
main{flex:3}
aside{flex:1;border-left:3px solid #efe7f2;padding-left:1em;font-size:.9em}
dl.report{display:grid;grid-template-columns:10em 1fr;gap:.2em 1em;background:#f7f5f8;padding:1em;border-radius:4px}
dl.report dt{font-weight:bold}
dl.report dd{margin:0}
table{border-collapse:collapse;margin:.5em 0}
caption{text-align:left;font-weight:bold;padding:.4em 0}
th,td{border:1px solid #c9bfcc;padding:.35em .6em}
thead th{background:#5b2a6e;color:#fff}
tbody th{text-align:left;font-weight:normal}
td{text-align:right}
tfoot th,tfoot td{font-weight:bold;background:#efe7f2}
p.note{font-size:.85em;font-style:italic}
footer{background:#5b2a6e;color:#fff;padding:1em 2em;font-size:.85em}
footer a{color:#fff}
footer ul{list-style:none;display:flex;gap:1.2em;padding:0}
</style>
</head>
<body>
<a class="skip" href="#content">${esc(SKIP)}</a>
<header class="site">
<a href="/">${esc(SITE)}</a>
<form role="search" action="/search"><label for="q">${esc(SEARCH)}</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
</header>
<nav class="main" aria-label="Main menu"><ul>
${NAV.map((n) => `<li><a href="/${slug(n)}">${esc(n)}</a></li>`).join("\n")}
</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<div class="wrap">
<main id="content">
<h1>${esc(TITLE)}</h1>
<dl class="report">
${DL.map(([t, d]) => `<dt>${esc(t)}</dt><dd>${esc(d)}</dd>`).join("\n")}
</dl>
<h2>Summary</h2>
${SUMMARY.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<h2>Recommendations</h2>
<p>${esc(RECS_INTRO)}</p>
<ol>
${RECS.map((r) => `<li>${esc(r)}</li>`).join("\n")}
</ol>
<h2>Forecast outturn</h2>
<table>
<caption>${esc(CAPTION)}</caption>
<thead>
<tr><th scope="col" rowspan="2">Budget line</th><th scope="colgroup" colspan="2">Budget 2025/26</th><th scope="colgroup" colspan="2">Spend</th><th scope="col" rowspan="2">Variance</th></tr>
<tr><th scope="col">Original</th><th scope="col">Revised</th><th scope="col">To 31 January 2026</th><th scope="col">Forecast outturn</th></tr>
</thead>
<tbody>
${LINES.map(row).join("\n")}
</tbody>
<tfoot>
<tr><th scope="row">Total</th>${[...tot, totVar].map((v) => `<td>${esc(money(v))}</td>`).join("")}</tr>
</tfoot>
</table>
<p class="note">${esc(TABLE_NOTE)}</p>
<h2>${esc(COMMENTARY_H)}</h2>
${COMMENTARY.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<h2>${esc(VIR_H)}</h2>
<table>
<caption>${esc(VIR_CAPTION)}</caption>
<thead><tr>${VIR_HEAD.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${VIR.map((v) => `<tr><td style="text-align:left">${esc(v[0])}</td><td style="text-align:left">${esc(v[1])}</td><td>${esc(money(v[2]))}</td></tr>`).join("\n")}
</tbody>
</table>
<p>${esc(VIR_AFTER)}</p>
<h2>${esc(RES_H)}</h2>
<p>${esc(RES)}</p>
</main>
<aside>
<h2>${esc(ASIDE_H)}</h2>
<ul>
${ASIDE.map((a) => `<li><a href="/${slug(a)}">${esc(a)}</a></li>`).join("\n")}
</ul>
</aside>
</div>
<footer>
<ul>
${FOOTER_LINKS.map((f) => `<li><a href="/${slug(f)}">${esc(f)}</a></li>`).join("\n")}
</ul>
<p>${esc(FOOTER)}</p>
</footer>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
// The page's words in source order: skip link, site name, search label and button, menu, breadcrumb, title;
// the <dl> as one line per <dt>/<dd> pair ("Term: description"); headings and paragraphs one per line; list
// items without their numbers; each table as its caption, its header rows (row 1 with the spanning headings
// once: "Budget line | Budget 2025/26 | Spend | Variance"; row 2 "Original | Revised | …") and one line per
// row, cells joined with " | " (the row header first); the aside and footer links and footer.
const R = [SKIP, SITE, SEARCH, "Search", ...NAV, ...CRUMBS, TITLE, ...DL.map(([t, d]) => `${t}: ${d}`), "Summary", ...SUMMARY, "Recommendations", RECS_INTRO, ...RECS, "Forecast outturn", CAPTION];
R.push("Budget line | Budget 2025/26 | Spend | Variance", "Original | Revised | To 31 January 2026 | Forecast outturn");
for (const l of LINES) R.push([l[0], ...[l[1], l[2], l[3], l[4], variance(l)].map(money)].join(" | "));
R.push(["Total", ...[...tot, totVar].map(money)].join(" | "));
R.push(TABLE_NOTE, COMMENTARY_H, ...COMMENTARY, VIR_H, VIR_CAPTION, VIR_HEAD.join(" | "), ...VIR.map((v) => [v[0], v[1], money(v[2])].join(" | ")), VIR_AFTER, RES_H, RES, ASIDE_H, ...ASIDE, ...FOOTER_LINKS, FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (totals ${tot.map(money).join(", ")}, variance ${money(totVar)})`);
