// Builds docs/road-safety-panel-dashboard-2025-26.html (the LGA Road Safety Panel's board dashboard for the
// year 2025/26, item 6 at the Panel on Wednesday 24 June 2026) and its plain-text rendering
// text/road-safety-panel-dashboard-2025-26.txt from the same content.
//
//   node src/build-dashboard-html.mjs
//
// Layout: a "board dashboards" page of a members' website: skip link, header bar with the site name and a
// signed-in line, a tab strip of dashboards (current one marked), breadcrumb, <main> with the title, a row of
// "meta" chips (period, published, item, data owner), then:
//   * a LEGEND as a <ul> of coloured swatches ("Green – target met or exceeded", …);
//   * Table 1, the ten indicators RSI-01 to RSI-10: Ref | Indicator | Lead member | Target 2025/26 | Year end |
//     Status | Comment, where THE STATUS CELL HOLDS NO TEXT: only a CSS class (st-green / st-amber / st-red /
//     st-grey, which colours the cell) and an icon <img> whose ALT TEXT is the status word ("Red");
//   * Table 2, "Month by month", a SPARKLINE TABLE: Indicator | Apr | May | … | Mar | Trend, one row per
//     indicator tracked monthly (cumulative or for the month alone, as the row label says), the Trend cell an
//     inline <svg> polyline marked aria-hidden (no text);
//   * notes and a "Contact" box; footer.
// Synthetic test fixture: the people, indicators and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "road-safety-panel-dashboard-2025-26";

// ---------------------------------------------------------------- content
const SKIP = "Skip to main content";
const SITE = "Local Government Association – board dashboards";
const SIGNED = "Signed in as a Panel member";
const SIGNOUT = "Sign out";
const TABS = ["Road Safety Panel", "Transport and infrastructure", "Member enquiries"];
const CRUMBS = ["Home", "Board dashboards", "Road Safety Panel", "Year end 2025/26"];
const TITLE = "Road Safety Panel dashboard: year end 2025/26";
const META = [
  ["Period", "1 April 2025 to 31 March 2026"],
  ["Published", "Friday 5 June 2026"],
  ["For", "Road Safety Panel, Wednesday 24 June 2026, item 6"],
  ["Data owner", "Tobias Kernick, Data Analyst"],
];
const INTRO = "This dashboard shows the Panel's ten indicators for 2025/26 at the end of the year. The status of each indicator compares its year-end figure with its target, as set out in the legend. Lead members are those for 2025/26.";
const LEGEND_H = "Legend";
// [class, word, meaning]
const LEGEND = [
  ["green", "Green", "target met or exceeded"],
  ["amber", "Amber", "target missed by 10 per cent or less"],
  ["red", "Red", "target missed by more than 10 per cent"],
  ["grey", "Grey", "not rated: no target was set for 2025/26"],
];
const T1_CAPTION = "Table 1: indicators 2025/26";
const T1_HEAD = ["Ref", "Indicator", "Lead member", "Target 2025/26", "Year end", "Status", "Comment"];
// [ref, indicator, lead, target, year end, status class, comment]
const IND = [
  ["RSI-01", "Councils signed up to the Safe Streets Charter", "Cllr Penberthy", "150", "163", "green", "Thirteen councils signed in March after the regional launch events."],
  ["RSI-02", "Road safety officer training places filled", "Cllr Sowerbutts", "600", "512", "red", "Two courses in the South West were cancelled when the trainers withdrew. An improvement plan goes to the Panel on 24 June 2026."],
  ["RSI-03", "Councils that have reviewed their 20mph policy", "Cllr Heptonstall", "80", "74", "amber", "Six councils expect to finish their reviews by September 2026."],
  ["RSI-04", "School streets schemes supported through the School Streets Toolkit", "Cllr Okwuosa", "250", "266", "green", "Demand rose after the toolkit was updated in September 2025."],
  ["RSI-05", "Councils sharing casualty data through the Road Casualty Data Exchange", "Cllr Scattergood", "120", "97", "red", "Several councils are waiting for data-sharing agreements to be signed."],
  ["RSI-06", "Delegates at the Road Safety Summit 2025", "Cllr Ebbrell", "400", "431", "green", "Nottingham, 12 November 2025."],
  ["RSI-07", "Average working days to answer member enquiries", "Cllr Cattermole", "10", "10.8", "amber", "Lower is better. Slowest in December (13.1 days)."],
  ["RSI-08", "Safer Journeys Fund grants awarded", "Cllr Broadbridge", "45", "45", "green", "All planned grants awarded after the closing date was extended."],
  ["RSI-09", "Webinar attendees", "Cllr Sowerbutts", "1,500", "1,622", "green", "Eleven webinars, on themes chosen by members."],
  ["RSI-10", "Councils using the casualty data dashboard", "Cllr Scattergood", "–", "38", "grey", "New in 2025/26: the dashboard went live in October 2025. A target is to be set for 2026/27."],
];
const T1_NOTE = "Figures are for 1 April 2025 to 31 March 2026, or at 31 March 2026. For RSI-07 a lower figure is better; its target is a maximum. A dash means that no target was set.";
const T2_H = "Month by month";
const T2_CAPTION = "Table 2: monthly figures, April 2025 to March 2026";
const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
const T2_HEAD = ["Indicator", ...MONTHS, "Trend"];
// [label, kind, ref, values] kind: "stock" position at month end and "cum" cumulative for the year (last = year
// end; neither falls), "month" for the month alone (sum = year end), "avg" (mean = year end)
const MONTHLY = [
  ["RSI-01 Councils signed up to the Charter (at month end)", "stock", "RSI-01", [121, 124, 127, 129, 130, 131, 136, 141, 144, 147, 150, 163]],
  ["RSI-02 Training places filled (cumulative)", "cum", "RSI-02", [38, 81, 124, 150, 163, 207, 262, 318, 349, 401, 458, 512]],
  ["RSI-04 School streets schemes supported (cumulative)", "cum", "RSI-04", [14, 31, 52, 60, 66, 98, 131, 160, 178, 205, 231, 266]],
  ["RSI-07 Average working days to answer member enquiries (month)", "avg", "RSI-07", [9.2, 9.6, 10.1, 11.8, 12.9, 10.4, 9.8, 12.4, 13.1, 11.2, 9.7, 9.5]],
  ["RSI-09 Webinar attendees (month)", "month", "RSI-09", [96, 118, 131, 74, 52, 149, 162, 188, 97, 214, 176, 165]],
];
const T2_NOTE = "Rows marked 'at month end' show the position at the end of each month; rows marked 'cumulative' show the total for the year to the end of each month. The year-end figure for RSI-07 is the average of the twelve monthly figures.";
const CONTACT_H = "Contact";
const CONTACT = ["Tobias Kernick, Data Analyst", "020 7946 0236", "tobias.kernick@local.gov.uk"];
const FOOTER_LINKS = ["Accessibility", "Privacy", "Help"];
const FOOTER = "Local Government Association, 18 Smith Square, London SW1P 3HZ";

// ---------------------------------------------------------------- checks
const num = (s) => (s === "–" ? null : parseFloat(s.replace(/,/g, "")));
const fmt = (v) => (Number.isInteger(v) ? v.toLocaleString("en-GB") : v.toFixed(1));
for (const [ref, , , t, y, st] of IND) {
  const target = num(t);
  const ye = num(y);
  let want;
  if (target === null) want = "grey";
  else if (ref === "RSI-07") want = ye <= target ? "green" : ye <= target * 1.1 ? "amber" : "red"; // lower is better
  else want = ye >= target ? "green" : ye >= target * 0.9 ? "amber" : "red";
  if (want !== st) throw new Error(`${ref}: status ${st}, figures give ${want}`);
}
for (const [label, kind, ref, v] of MONTHLY) {
  const ye = num(IND.find((r) => r[0] === ref)[4]);
  const got = kind === "cum" || kind === "stock" ? v[11] : kind === "month" ? v.reduce((a, b) => a + b, 0) : Math.round((v.reduce((a, b) => a + b, 0) / 12) * 10) / 10;
  if (got !== ye) throw new Error(`${label}: monthly figures give ${got}, year end ${ye}`);
  if (kind === "cum" || kind === "stock") for (let i = 1; i < 12; i++) if (v[i] < v[i - 1]) throw new Error(label + ": cumulative figures fall");
}
const counts = {};
for (const r of IND) counts[r[5]] = (counts[r[5]] ?? 0) + 1;
if (counts.green !== 5 || counts.amber !== 2 || counts.red !== 2 || counts.grey !== 1) throw new Error("status counts " + JSON.stringify(counts));
const word = Object.fromEntries(LEGEND.map(([c, w]) => [c, w]));

// ---------------------------------------------------------------- HTML
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const spark = (v) => {
  const max = Math.max(...v);
  const min = Math.min(...v);
  const pts = v.map((x, i) => `${i * 8},${(20 - ((x - min) / (max - min || 1)) * 18 - 1).toFixed(1)}`).join(" ");
  return `<svg class="spark" width="90" height="20" viewBox="0 0 90 20" aria-hidden="true" focusable="false"><polyline fill="none" stroke="#1d5b79" stroke-width="1.5" points="${pts}"/></svg>`;
};
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1b1b1b;background:#f4f6f7}
.skip{position:absolute;left:-9999px}
header.bar{background:#1d5b79;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:.7em 1.5em}
header.bar .site{font-weight:bold;font-size:1.15em}
header.bar a{color:#fff}
nav.tabs ul{list-style:none;display:flex;margin:0;padding:0 1.5em;background:#e3ecf0}
nav.tabs li a{display:block;padding:.6em 1em;color:#1d5b79;text-decoration:none}
nav.tabs li a[aria-current]{background:#fff;font-weight:bold;border-top:3px solid #1d5b79}
nav.crumbs ol{list-style:none;display:flex;gap:.5em;margin:0;padding:.6em 1.5em;font-size:.85em}
nav.crumbs li+li::before{content:"/";margin-right:.5em;color:#888}
main{background:#fff;margin:0 1.5em 1.5em;padding:1em 1.5em}
ul.chips{list-style:none;display:flex;flex-wrap:wrap;gap:.6em;padding:0}
ul.chips li{background:#e3ecf0;border-radius:1em;padding:.2em .8em;font-size:.85em}
ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:1.2em;padding:0;font-size:.9em}
ul.legend .sw{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.3em;vertical-align:middle}
.sw.green,td.st-green{background:#2e8540}
.sw.amber,td.st-amber{background:#f2a900}
.sw.red,td.st-red{background:#c62828}
.sw.grey,td.st-grey{background:#9e9e9e}
td.status{text-align:center;width:3em}
td.status img{width:18px;height:18px;vertical-align:middle}
table{border-collapse:collapse;margin:.6em 0 1em;width:100%}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border-bottom:1px solid #d5dde1;padding:.35em .5em;text-align:left;vertical-align:top}
thead th{background:#1d5b79;color:#fff}
td.num{text-align:right}
table.monthly td{text-align:right;font-variant-numeric:tabular-nums}
table.monthly th[scope=row]{font-weight:normal}
p.note{font-size:.85em;color:#555}
aside.contact{border-left:4px solid #1d5b79;padding:.3em 1em;background:#f4f6f7}
footer{padding:1em 1.5em;font-size:.85em;color:#555}
footer ul{list-style:none;display:flex;gap:1em;padding:0}
</style>
</head>
<body>
<a class="skip" href="#main">${esc(SKIP)}</a>
<header class="bar">
<span class="site">${esc(SITE)}</span>
<span>${esc(SIGNED)} · <a href="/sign-out">${esc(SIGNOUT)}</a></span>
</header>
<nav class="tabs" aria-label="Dashboards"><ul>
${TABS.map((t, i) => `<li><a href="/dashboards/${slug(t)}"${i === 0 ? ' aria-current="page"' : ""}>${esc(t)}</a></li>`).join("\n")}
</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<main id="main">
<h1>${esc(TITLE)}</h1>
<ul class="chips">
${META.map(([k, v]) => `<li><b>${esc(k)}:</b> ${esc(v)}</li>`).join("\n")}
</ul>
<p>${esc(INTRO)}</p>
<h2>${esc(LEGEND_H)}</h2>
<ul class="legend">
${LEGEND.map(([c, w, m]) => `<li><span class="sw ${c}"></span><b>${esc(w)}</b> – ${esc(m)}</li>`).join("\n")}
</ul>
<table class="indicators">
<caption>${esc(T1_CAPTION)}</caption>
<thead><tr>${T1_HEAD.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${IND.map(([ref, ind, lead, t, y, st, c]) => `<tr><td>${esc(ref)}</td><td>${esc(ind)}</td><td>${esc(lead)}</td><td class="num">${esc(t)}</td><td class="num">${esc(y)}</td><td class="status st-${st}"><img src="/icons/status-${st}.svg" alt="${word[st]}"></td><td>${esc(c)}</td></tr>`).join("\n")}
</tbody>
</table>
<p class="note">${esc(T1_NOTE)}</p>
<h2>${esc(T2_H)}</h2>
<table class="monthly">
<caption>${esc(T2_CAPTION)}</caption>
<thead><tr>${T2_HEAD.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${MONTHLY.map(([label, , , v]) => `<tr><th scope="row">${esc(label)}</th>${v.map((x) => `<td>${esc(fmt(x))}</td>`).join("")}<td>${spark(v)}</td></tr>`).join("\n")}
</tbody>
</table>
<p class="note">${esc(T2_NOTE)}</p>
<aside class="contact">
<h2>${esc(CONTACT_H)}</h2>
${CONTACT.map((c) => `<p>${esc(c)}</p>`).join("\n")}
</aside>
</main>
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
// The page's words in source order: skip link, site name, signed-in line, tabs, breadcrumb, title; chips as
// "Label: value"; headings and paragraphs one per line; legend items "Green – meaning"; tables as caption,
// header row and rows, cells joined with " | ", THE STATUS CELL AS ITS ICON'S ALT TEXT ("Red"), the sparkline
// cell (no text) as an empty last cell; the contact box and footer.
const R = [SKIP, SITE, `${SIGNED} · ${SIGNOUT}`, ...TABS, ...CRUMBS, TITLE, ...META.map(([k, v]) => `${k}: ${v}`), INTRO, LEGEND_H];
R.push(...LEGEND.map(([, w, m]) => `${w} – ${m}`));
R.push(T1_CAPTION, T1_HEAD.join(" | "));
for (const [ref, ind, lead, t, y, st, c] of IND) R.push([ref, ind, lead, t, y, word[st], c].join(" | "));
R.push(T1_NOTE, T2_H, T2_CAPTION, T2_HEAD.join(" | "));
for (const [label, , , v] of MONTHLY) R.push([label, ...v.map(fmt)].join(" | ") + " |");
R.push(T2_NOTE, CONTACT_H, ...CONTACT, ...FOOTER_LINKS, FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines; statuses ${JSON.stringify(counts)})`);
