// Builds docs/lscp-cleaner-streets-okrs-perdoo-2622-03-06.html and its rendering: the programme's
// objectives and key results in an OKR platform (Perdoo), the "Goals" page in tree view with every
// objective expanded and one key result's detail drawer open, saved from Chrome with "Save as… Webpage,
// HTML only" on 6 March 2622. As such a save is: the "saved from url" comment, the single-page app's
// rendered DOM (generated class names, the side navigation, the filter bar with counts, a colour legend,
// the goal rows as nested role="row" divs), links to stylesheets and scripts that were not saved, and
// the app's JSON config in a script. Owners appear in the rows only as avatar initials (their names in
// the title attribute and in the Owner filter list); lead members only as tag chips ("Cllr Etherege");
// values as "84% / 90%" beside a start value; progress bars with aria-valuenow and the percentage as
// text; the status as a chip ("On track", "Needs attention", "Off track", "Closed") whose colour is only
// in the class; check-in dates in US style without a year ("Updated Feb 28"), the year only in
// <time datetime>. The drawer holds KR1.3's owner, values and check-in history.
//   node src/build-perdoo-okrs-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, OBJECTIVES, KRS, KR13_CHECKINS, OFFICERS, P, kv, BODY } from "./common.mjs";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const STATUS_CLASS = { "On track": "green", "Needs attention": "yellow", "Off track": "red", Closed: "grey", "Not started": "blue" };
const cls = (s) => `StatusChip_chip__3kT9q StatusChip_${STATUS_CLASS[s]}__1xQe2`;
const avatar = (k) => `<span class="Avatar_avatar__2bX0d" title="${esc(OFFICERS[k].name)}" aria-hidden="true">${OFFICERS[k].ini}</span>`;
const lines = []; // the rendering, built alongside in reading order
const objProgress = (n) => Math.round(KRS.filter((k) => k.obj === n).reduce((t, k) => t + k.progress, 0) / KRS.filter((k) => k.obj === n).length);
const isoOf = (d) => {
  const M = { Jan: "01", Feb: "02", Mar: "03", Sep: "09", Dec: "12" };
  const [m, day] = d.split(" ");
  return `${m === "Sep" || m === "Dec" ? "2621" : "2622"}-${M[m]}-${day.padStart(2, "0")}`;
};

const counts = {};
for (const k of KRS) counts[k.status] = (counts[k.status] ?? 0) + 1;
const ownerCounts = {};
for (const k of KRS) ownerCounts[k.owner] = (ownerCounts[k.owner] ?? 0) + 1;

// ---------------------------------------------------------------- page chrome
const nav = `<nav class="Sidebar_sidebar__1Yt7c" aria-label="Main">
<a class="Sidebar_logo__3UOeM" href="https://app.perdoo.com/"><img src="./Goals _ Perdoo_files/perdoo-logo.svg" alt="Perdoo"></a>
<div class="Sidebar_company__2dKxA"><span>Local Government Association</span></div>
<ul class="Sidebar_menu__1HqPz">
<li><a href="https://app.perdoo.com/home">Home</a></li>
<li class="Sidebar_active__2vXwz"><a href="https://app.perdoo.com/company/goals" aria-current="page">Goals</a></li>
<li><a href="https://app.perdoo.com/roadmap">Roadmap</a></li>
<li><a href="https://app.perdoo.com/kpis">KPIs</a></li>
<li><a href="https://app.perdoo.com/reports">Reports</a></li>
<li><a href="https://app.perdoo.com/people">People &amp; Groups</a></li>
</ul>
<div class="Sidebar_user__1Kq0b"><span class="Avatar_avatar__2bX0d" title="Marisol Lavelle">ML</span><span class="Sidebar_userName__3sTfV">Marisol Lavelle</span></div>
</nav>`;
lines.push("Perdoo", "Local Government Association", "Home", "Goals", "Roadmap", "KPIs", "Reports", "People & Groups", "ML Marisol Lavelle");

const header = `<header class="GoalsHeader_header__2oPq1">
<nav class="Breadcrumbs_crumbs__1pLq8" aria-label="Breadcrumb"><a href="https://app.perdoo.com/company">Company</a> <span>/</span> <a href="https://app.perdoo.com/groups/cleaner-streets">Cleaner Streets Programme</a></nav>
<h1 class="GoalsHeader_title__3fVv1">Cleaner Streets Programme</h1>
<p class="GoalsHeader_sub__1cZ3w">Group: ${esc(BODY)} (programme team) · 3 objectives · 10 key results</p>
<div class="TimeframeSelect_select__2oQw9" role="button" aria-haspopup="listbox"><span>Timeframe:</span> <strong>FY 2621/22</strong> <span>Apr 1 – Mar 31</span></div>
<div class="GoalsHeader_updated__1w3Xn">Last check-in <time datetime="2622-03-04">Mar 4</time></div>
</header>`;
lines.push("Company / Cleaner Streets Programme", "Cleaner Streets Programme", `Group: ${BODY} (programme team) · 3 objectives · 10 key results`, "Timeframe: FY 2621/22 Apr 1 – Mar 31", "Last check-in Mar 4");

const statusOrder = ["On track", "Needs attention", "Off track", "Closed", "Not started"];
const filters = `<div class="FilterBar_bar__3pQx0" role="toolbar">
<div class="FilterBar_filter__1kV2s"><button type="button" aria-expanded="true">Status</button>
<ul class="FilterBar_menu__2Lw9d" role="listbox">${statusOrder.map((s) => `<li role="option" aria-selected="false"><input type="checkbox"> ${s} (${counts[s] ?? 0})</li>`).join("")}</ul></div>
<div class="FilterBar_filter__1kV2s"><button type="button" aria-expanded="true">Owner</button>
<ul class="FilterBar_menu__2Lw9d" role="listbox">${Object.keys(ownerCounts).map((k) => `<li role="option" aria-selected="false"><input type="checkbox"> ${OFFICERS[k].ini} ${esc(OFFICERS[k].name)} (${ownerCounts[k]})</li>`).join("")}</ul></div>
<div class="FilterBar_filter__1kV2s"><button type="button" aria-expanded="false">Tags</button></div>
<button type="button" class="FilterBar_view__2Tq3R">Tree</button><button type="button" class="FilterBar_view__2Tq3R">List</button>
</div>
<div class="Legend_legend__1PqRw" aria-hidden="true">${statusOrder.map((s) => `<span class="Legend_item__2kLzA Legend_${STATUS_CLASS[s]}__3oQ1b">${s}</span>`).join(" ")}</div>`;
lines.push("Status", ...statusOrder.map((s) => `${s} (${counts[s] ?? 0})`));
lines.push("Owner", ...Object.keys(ownerCounts).map((k) => `${OFFICERS[k].ini} ${OFFICERS[k].name} (${ownerCounts[k]})`));
lines.push("Tags Tree List", statusOrder.join(" "));

// ---------------------------------------------------------------- the goal tree
const head = `<div class="GoalTree_head__1Vx2p" role="row"><span role="columnheader">Goal</span><span role="columnheader">Current / Target</span><span role="columnheader">Start</span><span role="columnheader">Progress</span><span role="columnheader">Status</span><span role="columnheader">Owner</span><span role="columnheader">Tags</span><span role="columnheader">Updated</span></div>`;
lines.push("Goal | Current / Target | Start | Progress | Status | Owner | Tags | Updated");
const tree = [head];
for (const o of OBJECTIVES) {
  const krs = KRS.filter((k) => k.obj === o.n);
  const op = objProgress(o.n);
  const ostatus = krs.some((k) => k.status === "Off track") ? "Off track" : "Needs attention";
  tree.push(`<div class="GoalTree_objective__2Jq1v" role="row" aria-expanded="true" aria-level="1">
<span class="GoalTree_type__1sZpD">Objective</span><a class="GoalTree_title__3qHw8" href="https://app.perdoo.com/objectives/o${o.n}">${esc(o.title)}</a>
<span class="GoalTree_value__1oWq2"></span><span class="GoalTree_start__2Hq9s"></span>
<div class="ProgressBar_bar__2pQr1" role="progressbar" aria-valuenow="${op}" aria-valuemin="0" aria-valuemax="100"><div class="ProgressBar_fill__1Lx3e" style="width: ${op}%"></div></div><span class="ProgressBar_label__3dWq0">${op}%</span>
<span class="${cls(ostatus)}">${ostatus}</span>${avatar(o.owner)}<span class="GoalTree_tags__2Mv8q"></span><span class="GoalTree_updated__3Xq1z"></span>
</div>`);
  lines.push(`Objective ${o.title} | ${op}% | ${ostatus} | ${OFFICERS[o.owner].ini}`);
  for (const k of krs) {
    const tag = `Cllr ${P[k.lead].sur}`;
    const upd = `Updated <time datetime="${isoOf(k.upd)}">${k.upd}</time>`;
    tree.push(`<div class="GoalTree_keyResult__1pVw3" role="row" aria-level="2">
<span class="GoalTree_type__1sZpD">Key Result</span><a class="GoalTree_title__3qHw8" href="https://app.perdoo.com/key-results/${k.ref.toLowerCase().replace(".", "-")}">${esc(k.ref)} ${esc(k.title)}</a>
<span class="GoalTree_value__1oWq2">${kv(k, k.now)} / ${kv(k, k.target)}</span><span class="GoalTree_start__2Hq9s">${kv(k, k.start)}</span>
<div class="ProgressBar_bar__2pQr1" role="progressbar" aria-valuenow="${k.progress}" aria-valuemin="0" aria-valuemax="100"><div class="ProgressBar_fill__1Lx3e" style="width: ${k.progress}%"></div></div><span class="ProgressBar_label__3dWq0">${k.progress}%</span>
<span class="${cls(k.status)}">${k.status}</span>${avatar(k.owner)}<span class="GoalTree_tags__2Mv8q"><span class="Tag_tag__1qWx2">${esc(tag)}</span></span><span class="GoalTree_updated__3Xq1z">${upd}</span>
${k.note ? `<div class="GoalTree_lastNote__2Lq0x">${esc(k.note)}</div>` : ""}
</div>`);
    lines.push(`Key Result ${k.ref} ${k.title} | ${kv(k, k.now)} / ${kv(k, k.target)} | ${kv(k, k.start)} | ${k.progress}% | ${k.status} | ${OFFICERS[k.owner].ini} | ${tag} | Updated ${k.upd}`);
    if (k.note) lines.push(k.note);
  }
}

// ---------------------------------------------------------------- the open drawer: KR1.3
const k13 = KRS.find((k) => k.ref === "KR1.3");
const drawer = `<aside class="Drawer_drawer__3Lq0p Drawer_open__1Xw9d" role="dialog" aria-label="Key result details">
<button type="button" class="Drawer_close__2Wq1x" aria-label="Close">×</button>
<span class="GoalTree_type__1sZpD">Key Result</span>
<h2 class="Drawer_title__1qPz0">${k13.ref} ${esc(k13.title)}</h2>
<dl class="Drawer_fields__2Lx8c">
<dt>Owner</dt><dd>${avatar(k13.owner)} ${esc(OFFICERS[k13.owner].name)}</dd>
<dt>Objective</dt><dd>${esc(OBJECTIVES[0].title)}</dd>
<dt>Start value</dt><dd>${k13.start}%</dd>
<dt>Target value</dt><dd>${k13.target}%</dd>
<dt>Current value</dt><dd>${k13.now}%</dd>
<dt>Status</dt><dd><span class="${cls(k13.status)}">${k13.status}</span></dd>
<dt>Tags</dt><dd><span class="Tag_tag__1qWx2">Cllr Etherege</span> <span class="Tag_tag__1qWx2">LSP-03</span></dd>
</dl>
<h3 class="Drawer_sub__3Pq1c">Check-ins</h3>
<ol class="Checkins_list__2Mq3v">
${KR13_CHECKINS.map((c) => `<li class="Checkins_item__1Zx0q"><time datetime="${c.iso}">${c.date}</time> · <strong>${c.value}%</strong> · <span class="${cls(c.status)}">${c.status}</span> · ${avatar(c.by)}<p>${esc(c.text)}</p></li>`).join("\n")}
</ol>
<button type="button" class="Drawer_checkin__2Lq9w">Check in</button>
</aside>`;
lines.push("Key Result", `${k13.ref} ${k13.title}`, `Owner ${OFFICERS[k13.owner].ini} ${OFFICERS[k13.owner].name}`, `Objective ${OBJECTIVES[0].title}`, `Start value ${k13.start}%`, `Target value ${k13.target}%`, `Current value ${k13.now}%`, `Status ${k13.status}`, "Tags Cllr Etherege LSP-03", "Check-ins");
for (const c of KR13_CHECKINS) lines.push(`${c.date} · ${c.value}% · ${c.status} · ${OFFICERS[c.by].ini}`, c.text);
lines.push("Check in");

const page = `<!DOCTYPE html>
<!-- saved from url=(0077)https://app.perdoo.com/company/goals?timeframe=fy-2621-22&view=tree&expand=all -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Goals · Cleaner Streets Programme | Perdoo</title>
<link rel="icon" href="https://app.perdoo.com/favicon.ico">
<link href="./Goals _ Perdoo_files/main.7f3c1d2a.css" rel="stylesheet">
<script>window.__PERDOO_CONFIG__={"env":"production","release":"2622.09.3","intercomAppId":"x7q2k9","featureFlags":{"roadmapV2":true,"kpiBoards":true}};</script>
<style data-emotion="css" data-s=""></style>
</head>
<body class="theme-light"><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"><div class="App_app__2Xq0w">
${nav}
<main class="App_main__1Lq8c">
${header}
${filters}
<div class="GoalTree_tree__3Kq2x" role="treegrid" aria-label="Goals">
${tree.join("\n")}
</div>
</main>
${drawer}
</div></div>
<div id="intercom-container" class="intercom-namespace"></div>
<script src="./Goals _ Perdoo_files/main.7f3c1d2a.js"></script>
<script src="./Goals _ Perdoo_files/vendors.91c2e0b4.chunk.js"></script>
</body></html>
`;
writeFileSync(join(root, "docs", DOCS.perdoo), page);
writeFileSync(join(root, "text", basename(DOCS.perdoo, ".html") + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${DOCS.perdoo}`);
