// Builds docs/our-say-neighbourhood-choices-results-2188-01-18.html and its rendering in text/.
// Layout: THE "RESULTS" PAGE OF A DECIDIM PARTICIPATORY-DEMOCRACY SITE (the Accountability component of
// a participatory process), SAVED FROM THE BROWSER ("Save page as … Web page, HTML only") on 18 January
// 2188: Chrome's "saved from url" comment; Decidim's markup (Foundation grid, "card card--list__item",
// "progress__bar" blocks) with a cookie consent bar, skip link, top bar (logo, search, language, sign
// in/up), the site menu; the PROCESS HEADER (title, subtitle, "Current phase: 4 of 5 Delivery" with its
// dates, the process's component tabs The process / Ideas / Vote / Meetings / Results); the component's
// "GLOBAL EXECUTION STATUS" BAR whose only text is its percentage; a PROGRESS-BY-AREA STRIP (each scope
// with its percentage and count of results); a FILTER SIDEBAR whose check boxes carry COUNTS ("Delayed
// (2)", by status, scope and category); "22 results" and an order-by menu; then ONE CARD PER RESULT –
// title link, scope / category / round labels, the description, for some a "Latest update" with its
// version and date, a progress block whose STATUS WORD AND PERCENTAGE SIT IN SEPARATE DIVS BESIDE AN
// EMPTY BAR (width in a style attribute), Decidim's dd/mm/yyyy start and end dates under their labels,
// a reference ("WCA-RESU-2187-06-0406") and a comments count. No grant amounts: the money is in the
// other papers. Footer with "Made with free software" and the Decidim logo.
// Rendering: from the process title on – the header's title, subtitle and phase, the global status, the
// areas, the filter groups, the count, and each card's lines (title; labels; description; update; status
// and percentage; dates; reference) – cells of a line joined by " | "; the cookie bar, top bar, menus,
// tabs, order-by menu and footer left out.
// Synthetic test fixture: every project, group, status and date is invented.
//   node src/build-results-decidim-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, SITE, GRANTS, AREAS, GLOBAL, pct, STATUS_COUNT } from "./common.mjs";

const FILE = DOCS.results;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const R = (...cells) => out.push(cells.join(" | "));
const URL = "https://oursay.westmarchca.gov.uk/processes/neighbourhood-choices-2187/f/41/results";
const F = "./our-say-neighbourhood-choices-results-2188-01-18_files";

// references and update stamps: round 1 results were created in June, round 2 in December
let n = 400;
for (const g of GRANTS) g.resu = `WCA-RESU-2187-${g.round === 1 ? "06" : "12"}-${String(++n).padStart(4, "0")}`;
const updates = {
  "R1-02": { v: 3, on: "11/01/2188" },
  "R1-06": { v: 4, on: "16/01/2188" },
  "R1-09": { v: 3, on: "15/01/2188", note: "Finished on 14 January 2188: five defibrillators installed and 163 residents trained." },
  "R2-04": { v: 2, on: "14/01/2188", note: "Hub open on Saturdays from 12 January; weekday sessions from March." },
};
const comments = { "R1-02": 9, "R1-06": 14, "R1-05": 3, "R2-08": 2, "R1-04": 1 };
const themes = [...new Set(GRANTS.map((g) => g.theme))].sort();

let h = `<!DOCTYPE html>
<!-- saved from url=(0083)${URL} -->
<html lang="en" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Results - Neighbourhood Choices 2187–88 - ${x(SITE)}</title>
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="q8ZyB1mWw0pLk3tB4m2uQeXW0a6fVJ3yqQk8n1Tn1sYc0Jt3uVqS7dUe9vN2q1fXgH5RzA4oP6eK0s8yQb2L7w==">
<meta property="og:title" content="Results">
<meta property="og:site_name" content="${x(SITE)}">
<meta property="og:url" content="${URL}">
<link rel="stylesheet" media="all" href="${F}/application-5c0b7f7a1e.css">
<link rel="stylesheet" media="all" href="${F}/decidim_accountability-0e1d9c2b44.css">
<script src="${F}/decidim_core-8b1c2d77a0.js"></script>
<style>.progress__bar__bar{background:#e8e8e8;height:8px;border-radius:4px}.progress__bar__bar--complete{background:#2a7ab0;height:8px;border-radius:4px}</style>
</head>
<body class="">
<div class="cookie-bar" id="cc-main" role="dialog" aria-label="Cookie settings"><div class="cookie-bar__content"><p>We use cookies on our website to improve the performance and content of the site. The cookies enable us to provide a more individual user experience and social media channels.</p></div><div class="cookie-bar__buttons"><button class="button" data-id="accept-all">Accept all</button><button class="button hollow" data-id="accept-essential">Only essential</button><a href="#" class="button clear" data-open="cc-modal">Settings</a></div></div>
<div class="off-canvas-wrapper"><div class="off-canvas-wrapper-inner" data-off-canvas-wrapper="">
<a class="skip" href="#content">Skip to main content</a>
<header><div class="title-bar"><div class="row column topbar">
<div class="logo-wrapper"><a href="https://oursay.westmarchca.gov.uk/"><img alt="${x(SITE)}" src="${F}/logo-our-say.png"></a></div>
<form class="main__search" action="/search" method="get"><label class="show-for-sr" for="term">Search</label><input id="term" name="term" type="text" placeholder="Search"><button type="submit" aria-label="Search"></button></form>
<div class="topbar__dropmenu language-choose"><ul class="dropdown menu"><li class="is-dropdown-submenu-parent"><a href="#" aria-label="Choose language">English</a><ul class="menu is-dropdown-submenu"><li><a href="/locale?locale=cy">Cymraeg</a></li></ul></li></ul></div>
<div class="topbar__user__logged-out"><a class="sign-up" href="/users/sign_up">Sign Up</a><a class="sign-in" href="/users/sign_in">Sign In</a></div>
</div></div>
<nav class="navbar" aria-label="Main"><div class="row column"><ul class="main-nav"><li class="main-nav__link"><a href="/">Home</a></li><li class="main-nav__link main-nav__link--active"><a href="/processes">Processes</a></li><li class="main-nav__link"><a href="/assemblies">Assemblies</a></li><li class="main-nav__link"><a href="/search">Search</a></li><li class="main-nav__link"><a href="/pages">Help</a></li></ul></div></nav>
</header>
<main id="content" class="wrapper-main">
`;
// process header
h += `<div class="process-header"><div class="process-header__main" style="background-image:url('${F}/ncf-banner.jpg')"><div class="process-header__container row">
<h1 class="text-highlight heading2">Neighbourhood Choices 2187–88</h1>
<h2 class="text-highlight heading-small">You choose what gets funded where you live</h2>
</div></div>
<div class="process-header__phase row"><div class="process-header__phase__title">Current phase:</div><div class="process-header__phase__info"><span class="phase-current">4 of 5</span> <span class="phase-title">Delivery</span> <span class="phase-date">01/12/2187 - 31/03/2189</span></div><a href="/processes/neighbourhood-choices-2187?display_steps=true" class="button tiny hollow">See phases</a></div>
<div class="process-nav row"><ul><li><a href="/processes/neighbourhood-choices-2187">The process</a></li><li><a href="/processes/neighbourhood-choices-2187/f/38/proposals">Ideas</a></li><li><a href="/processes/neighbourhood-choices-2187/f/39/budgets">Vote</a></li><li><a href="/processes/neighbourhood-choices-2187/f/40/meetings">Meetings</a></li><li class="is-active"><a href="/processes/neighbourhood-choices-2187/f/41/results">Results</a></li></ul></div></div>
`;
R("Neighbourhood Choices 2187–88");
R("You choose what gets funded where you live");
R("Current phase:", "4 of 5", "Delivery", "01/12/2187 - 31/03/2189");

h += `<div class="wrapper"><div class="row column"><div class="title-action"><h2 class="title-action__title section-heading">Results</h2></div>
<div class="progress__bar progress__bar--horizontal" aria-label="Global execution status"><div class="progress__bar__title">Global execution status</div><div class="progress__bar__bar"><div class="progress__bar__bar--complete" style="width:${GLOBAL}%;"></div></div><div class="progress__bar__number">${GLOBAL}%</div></div>
<div class="accountability__categories row small-up-2 medium-up-4">
`;
R("Results");
R("Global execution status", `${GLOBAL}%`);
for (const a of AREAS) {
  const gs = GRANTS.filter((g) => g.area === a);
  h += `<div class="column"><div class="card card--secondary category"><a href="?filter[with_scope]=${a.toLowerCase().replace(/ /g, "-")}" class="card__link"><span class="category__title">${x(a)}</span></a><div class="progress__bar"><div class="progress__bar__bar"><div class="progress__bar__bar--complete" style="width:${pct(gs)}%;"></div></div><div class="progress__bar__number">${pct(gs)}%</div></div><div class="category__count">${gs.length} results</div></div></div>\n`;
  R(a, `${pct(gs)}%`, `${gs.length} results`);
}
h += `</div></div>
<div class="row"><div class="columns mediumlarge-4 large-3"><div class="card card__filter"><div class="filters__section"><form class="new_filter" action="/processes/neighbourhood-choices-2187/f/41/results" method="get">
<fieldset><legend class="filters__title">Search</legend><input type="search" name="filter[search_text_cont]" placeholder="Search"></fieldset>
`;
const fieldset = (legend, opts) => {
  h += `<fieldset><legend class="filters__title">${x(legend)}</legend><ul class="filters__list">` + opts.map(([t, c]) => `<li><label><input type="checkbox" checked> ${x(t)} (${c})</label></li>`).join("") + `</ul></fieldset>\n`;
  R(legend, ...opts.map(([t, c]) => `${t} (${c})`));
};
fieldset("Status", ["Not started", "In progress", "Delayed", "Completed"].map((s) => [s, STATUS_COUNT(s)]));
fieldset("Scope", AREAS.map((a) => [a, GRANTS.filter((g) => g.area === a).length]));
fieldset("Category", themes.map((t) => [t, GRANTS.filter((g) => g.theme === t).length]));
h += `</form></div></div></div>
<div class="columns mediumlarge-8 large-9"><div class="row small-12 order-by"><div class="order-by__text"><strong>${GRANTS.length} results</strong></div><div class="order-by__dropdown"><span>Order by:</span><ul class="dropdown menu"><li><a href="#">Most recent</a><ul class="menu"><li><a href="?order=random">Random</a></li><li><a href="?order=progress">Progress</a></li><li><a href="?order=most_commented">Most commented</a></li></ul></li></ul></div></div>
<div class="card card--list">
`;
R(`${GRANTS.length} results`);

// cards: round 1 first (by reference), then round 2
for (const g of GRANTS) {
  const u = updates[g.id];
  const note = u?.note ?? g.note;
  const c = comments[g.id] ?? 0;
  h += `<div class="card card--list__item">
<div class="card--list__text"><a class="card__link" href="/processes/neighbourhood-choices-2187/f/41/results/${g.resu.slice(-3)}"><h3 class="card--list__heading heading6">${x(g.title)}</h3></a>
<div class="tags tags--list"><span class="label">${x(g.area)}</span><span class="label">${x(g.theme)}</span><span class="label secondary">Round ${g.round}</span></div>
<p class="card--list__description">${x(g.desc)}</p>
${note ? `<div class="result-update"><strong>Latest update (version ${u.v}, ${u.on}):</strong> ${x(note)}</div>\n` : ""}</div>
<div class="card--list__data"><div class="progress__bar"><div class="progress__bar__title">${x(g.status)}</div><div class="progress__bar__bar"><div class="progress__bar__bar--complete" style="width:${g.progress}%;"></div></div><div class="progress__bar__number">${g.progress}%</div></div>
<div class="card__dates"><div><span class="card__dates__label">Start date</span> <strong>${g.start}</strong></div><div><span class="card__dates__label">End date</span> <strong>${g.end}</strong></div></div>
<div class="card__footer"><span class="reference">Reference: ${g.resu}</span> <span class="comments-count" title="Comments"><svg class="icon--comment-square" aria-hidden="true"><use href="${F}/icons.svg#icon-comment-square"></use></svg> ${c}</span></div></div>
</div>
`;
  R(g.title);
  R(g.area, g.theme, `Round ${g.round}`);
  R(g.desc);
  if (note) R(`Latest update (version ${u.v}, ${u.on}): ${note}`);
  R(g.status, `${g.progress}%`);
  R("Start date", g.start, "End date", g.end);
  R(`Reference: ${g.resu}`, String(c));
}
h += `</div>
<ul class="pagination text-center" role="navigation" aria-label="Pagination"><li class="pagination-previous disabled">Previous</li><li class="current">1</li><li class="pagination-next disabled">Next</li></ul>
<div class="results-per-page"><span>Results per page:</span> <a href="?per_page=50">50</a> <a href="?per_page=100">100</a></div>
</div></div></div>
</main>
<footer><div class="main__footer"><div class="row"><ul class="footer-nav"><li><a href="/pages/terms-and-conditions">Terms and conditions of use</a></li><li><a href="/pages/faq">Help</a></li><li><a href="/pages/accessibility">Accessibility</a></li><li><a href="/open-data/download">Download Open Data files</a></li><li><a href="https://www.westmarchca.gov.uk/privacy">Privacy notice</a></li></ul></div>
<div class="row"><div class="decidim-logo"><a href="https://decidim.org/"><img alt="Decidim Logo" src="${F}/decidim-logo.svg"></a></div></div></div>
<div class="mini-footer"><div class="row"><div class="mini-footer__content"><p>Made with <a href="https://github.com/decidim/decidim">free software</a>.</p><a rel="license" href="http://creativecommons.org/licenses/by-sa/4.0/"><img alt="Creative Commons License" src="${F}/cc-badge.png"></a> This work is licensed under a <a href="http://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 License</a>.</div></div></div>
</footer></div></div>
<script>window.Decidim = window.Decidim || {}; Decidim.config.set({"api_path":"/api","messages":{"selfxssWarning":{"title":"Stop!"}}});</script>
</body></html>
`;
writeFileSync(join(root, "docs", FILE), h);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
