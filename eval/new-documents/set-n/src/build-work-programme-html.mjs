// Builds docs/urban-trees-green-spaces-forward-work-programme-2026-27.html (the LGA Urban Trees and Green
// Spaces Working Group's forward work programme for the rest of 2026/27, a page of the LGA website, last
// updated 28 October 2026) and its plain-text rendering
// text/urban-trees-green-spaces-forward-work-programme-2026-27.txt from the same content.
//
//   node src/build-work-programme-html.mjs
//
// Layout: a page of the LGA website: COOKIE BANNER (text and two buttons) before everything, skip link, site
// header with a search form, main menu, breadcrumb, <main> with the title, an intro, "What the purposes mean"
// as a <dl> (Decision / Discussion / Information), then ONE TABLE Meeting date | Item | Lead officer | Purpose
// whose rows are GROUPED UNDER SPANNING DATE ROWS: each meeting is a <tbody> whose first row is a single
// <th colspan="4" scope="rowgroup"> with the date, time and venue, and whose item rows have an EMPTY FIRST
// CELL (the date is only in the group row above). Purpose as a word in a coloured "pill" <span>. One item row
// carries a note "(moved from 10 December 2026)". Then "Other dates" as a <ul>, "Suggest an item" paragraph,
// and the site footer with a "Last updated" line.
// Synthetic test fixture: the people and items are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "urban-trees-green-spaces-forward-work-programme-2026-27";

// ---------------------------------------------------------------- content
const COOKIE = "We use cookies to make this website work and to understand how people use it. You can accept all cookies or only the ones we need.";
const COOKIE_BTNS = ["Accept all cookies", "Use necessary cookies only"];
const SKIP = "Skip to main content";
const SITE = "Local Government Association";
const SEARCH = "Search";
const MENU = ["Our work", "Our boards", "Publications", "Events", "About us"];
const CRUMBS = ["Home", "Our boards", "Urban Trees and Green Spaces Working Group", "Forward work programme"];
const TITLE = "Urban Trees and Green Spaces Working Group: forward work programme 2026/27";
const INTRO = [
  "This is the Working Group's forward work programme for its remaining meetings in 2026/27. It is reviewed at every meeting and agreed by the Chair, Cllr Ysolde Dunnachie, so items may move. It was last reviewed at the meeting of 15 October 2026.",
  "All meetings start at 11.00am. Papers are published on this website a week before each meeting.",
];
const DL_H = "What the purposes mean";
const PURPOSES = [
  ["Decision", "the Working Group is asked to agree a recommendation"],
  ["Discussion", "members' views are sought to shape the work, with no decision yet"],
  ["Information", "for noting; usually taken without debate"],
];
const CAPTION = "Forward work programme, December 2026 to June 2027";
const HEAD = ["Meeting date", "Item", "Lead officer", "Purpose"];
const MEETINGS = [
  ["Thursday 10 December 2026, 11.00am – 18 Smith Square, London, and online", [
    ["Budget monitoring 2026/27: position at 31 October 2026, and use of the £3,800 contingency", "Lorcan Cudlipp", "Decision"],
    ["Tree planting targets: councils' evidence to the review of the Environmental Improvement Plan", "Tabitha Nethercott", "Discussion"],
    ["Canopy Challenge grants: round 2 awards", "Isolde Scrimgeour", "Decision"],
    ["Sooty bark disease: results of the extra sampling", "Isolde Scrimgeour", "Information"],
    ["Report-back from the National Urban Forestry Forum", "Jolyon Mountstephen", "Information"],
  ]],
  ["Thursday 4 March 2027, 11.00am – 18 Smith Square, London", [
    ["Draft work programme and budget 2027/28", "Isolde Scrimgeour", "Discussion"],
    ["Green Spaces Skills Academy: courses for 2027/28", "Tabitha Nethercott", "Decision"],
    ["Tree Equity Mapping Service: first results (moved from 10 December 2026)", "Isolde Scrimgeour", "Information"],
    ["Heat resilience briefing: approval for publication", "Tabitha Nethercott", "Decision"],
    ["Urban Trees Conference 2027: final programme", "Ffion Ravelstone", "Information"],
  ]],
  ["Thursday 10 June 2027, 11.00am – online", [
    ["Annual review 2026/27", "Isolde Scrimgeour", "Discussion"],
    ["Budget outturn 2026/27", "Lorcan Cudlipp", "Information"],
    ["Appointments to outside bodies 2027/28", "Jolyon Mountstephen", "Decision"],
    ["Terms of reference and membership 2027/28", "Jolyon Mountstephen", "Decision"],
  ]],
];
const NOTE = "The Tree Equity Mapping Service's first results were due on 10 December 2026 and have moved to 4 March 2027 because Verdancy Geo Ltd's data release has slipped to January 2027.";
const OTHER_H = "Other dates";
const OTHER = [
  "Members' site visit to Sheffield: Tuesday 19 January 2027",
  "Urban Trees Conference 2027, Birmingham: Wednesday 17 March 2027",
];
const SUGGEST_H = "Suggest an item";
const SUGGEST = "Members who want to add an item should contact Jolyon Mountstephen, Member Services Officer, at jolyon.mountstephen@local.gov.uk at least six weeks before the meeting.";
const FOOT = ["Last updated: 28 October 2026", "Local Government Association, 18 Smith Square, London SW1P 3HZ", "Accessibility", "Privacy and cookies", "Contact us"];

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([MEETINGS, OTHER]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const [, items] of MEETINGS) for (const it of items) if (!PURPOSES.some((p) => p[0] === it[2])) throw new Error("purpose " + it[2]);
const nDec = MEETINGS.flatMap((m) => m[1]).filter((i) => i[2] === "Decision").length;
if (nDec !== 6) throw new Error("decision items " + nDec);

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const pill = (p) => `<span class="pill pill-${p.toLowerCase()}">${p}</span>`;
const h = [];
h.push(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | Local Government Association</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b;line-height:1.5}
.cookie{background:#222;color:#fff;padding:1em 2em}.cookie button{margin-right:.5em}
.skip{position:absolute;left:-999px}.skip:focus{left:1em}
header{background:#2e6b30;color:#fff;padding:1em 2em;display:flex;justify-content:space-between;align-items:center}
header a{color:#fff;font-weight:bold;font-size:1.3em;text-decoration:none}
nav.menu ul{list-style:none;display:flex;gap:1.5em;margin:0;padding:.6em 2em;background:#e8f0e8}
nav.crumbs ol{list-style:none;display:flex;gap:.5em;padding:0 2em;font-size:.9em}
nav.crumbs li+li::before{content:"›";margin-right:.5em}
main{padding:0 2em 2em;max-width:70em}
dl.purposes{display:grid;grid-template-columns:9em 1fr}dl.purposes dt{font-weight:bold}
table.fwp{border-collapse:collapse;width:100%}table.fwp th,table.fwp td{border:1px solid #b7cbb8;padding:.4em .6em;text-align:left;vertical-align:top}
table.fwp thead th{background:#2e6b30;color:#fff}
table.fwp th.meeting{background:#e8f0e8;font-size:1.05em}
table.fwp td.blank{border-right:none;width:2em}
.pill{display:inline-block;border-radius:1em;padding:0 .7em;font-size:.85em;font-weight:bold}
.pill-decision{background:#f4c7c3}.pill-discussion{background:#fce8b2}.pill-information{background:#d6e4f0}
footer{background:#1d1d1b;color:#ddd;padding:1em 2em;font-size:.9em}footer a{color:#ddd}
</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie banner">
<p>${esc(COOKIE)}</p>
<button type="button">${COOKIE_BTNS[0]}</button> <button type="button">${COOKIE_BTNS[1]}</button>
</div>
<a class="skip" href="#main">${SKIP}</a>
<header>
<a href="/">${SITE}</a>
<form role="search" action="/search"><label for="q" class="skip">${SEARCH}</label><input id="q" name="q" type="search"> <button type="submit">${SEARCH}</button></form>
</header>
<nav class="menu" aria-label="Main menu"><ul>${MENU.map((m) => `<li><a href="#">${m}</a></li>`).join("")}</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="#">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("")}</ol></nav>
<main id="main">
<h1>${esc(TITLE)}</h1>
${INTRO.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<h2>${DL_H}</h2>
<dl class="purposes">
${PURPOSES.map(([t, d]) => `<dt>${pill(t)}</dt><dd>${esc(d)}</dd>`).join("\n")}
</dl>
<table class="fwp">
<caption>${esc(CAPTION)}</caption>
<thead><tr>${HEAD.map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead>`);
for (const [date, items] of MEETINGS) {
  h.push(`<tbody>\n<tr><th colspan="4" scope="rowgroup" class="meeting">${esc(date)}</th></tr>`);
  for (const [item, officer, purpose] of items)
    h.push(`<tr><td class="blank"></td><td>${esc(item)}</td><td>${esc(officer)}</td><td>${pill(purpose)}</td></tr>`);
  h.push(`</tbody>`);
}
h.push(`</table>
<p class="note">${esc(NOTE)}</p>
<h2>${OTHER_H}</h2>
<ul>
${OTHER.map((o) => `<li>${esc(o)}</li>`).join("\n")}
</ul>
<h2>${SUGGEST_H}</h2>
<p>${esc(SUGGEST)}</p>
</main>
<footer>
<p>${FOOT[0]}</p>
<p>${FOOT[1]}</p>
<p>${FOOT.slice(2).map((f) => `<a href="#">${f}</a>`).join(" | ")}</p>
</footer>
</body>
</html>
`);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), h.join("\n"));

// ---------------------------------------------------------------- rendering
// Cookie banner text and its buttons, skip link, site name, search, menu items, breadcrumb: one line each
// (they are the page's text); headings and paragraphs a line each; the purposes <dl> as "Term – description";
// the table as caption, header row, then per meeting the spanning date row alone on its line and each item row
// as its cells joined with " | " (the empty first cell gives a line that starts "| "); list items a line each;
// footer lines (the links as one line joined with " | ").
const R = [COOKIE, ...COOKIE_BTNS, SKIP, SITE, SEARCH, ...MENU, ...CRUMBS, TITLE, ...INTRO, DL_H, ...PURPOSES.map(([t, d]) => `${t} – ${d}`), CAPTION, HEAD.join(" | ")];
for (const [date, items] of MEETINGS) {
  R.push(date);
  for (const it of items) R.push("| " + it.join(" | "));
}
R.push(NOTE, OTHER_H, ...OTHER, SUGGEST_H, SUGGEST, FOOT[0], FOOT[1], FOOT.slice(2).join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines)`);
