// Builds docs/ldap-benchmarking-report-2122-23-insight-hub.html and its rendering in text/.
// Layout: A DATA PLATFORM'S BENCHMARKING REPORT SAVED FROM THE BROWSER ("Save page as … Web page,
// complete", HTML only kept) – an invented report builder, "Insight Hub", of the kind councils use to
// compare themselves (LG Inform-style): the platform's header, menu, breadcrumb and a toolbar (Print,
// Download, Share) around a `<main>` holding the report: title, a `<dl>` of report details (created
// by, created, areas, comparison), a "Key findings" box, then ONE SECTION PER METRIC, each with a
// CHART AS INLINE SVG rendered by the charting library (Highcharts-style markup: `role="img"`, a
// `<title>`/`<desc>`, axis tick labels as `<text>` elements, the category labels in one `<g>` and
// the DATA LABELS IN ANOTHER, drawn in a different order, so the page's text reads all the council
// names and then all the values; each bar a `<rect>` with a `<title>` tooltip "Council: 5.9%"; a
// dashed ENGLAND MEAN line with its own label; a legend), A COLLAPSED `<details>` "View data as a
// table" (Area | Value (%) | Rank among Panel councils, England mean in the last row) and "About this
// metric" as a `<dl>` (definition, source, period, metric id, polarity). Numbers in the SVG are
// written without "%"; the table heads carry the unit.
// Rendering: `<main>`: title, details (a `dt` and its `dd` as "Term: value"), key findings, each
// metric's heading, the chart's title line only (not its tick labels, category names and values),
// the table a row a line, the metric's details; header, menu, breadcrumb, toolbar and footer left out.
// Synthetic test fixture: every council and figure is invented.
//   node src/build-benchmarking-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, COUNCILS, BENCH } from "./common.mjs";

const FILE = DOCS.bench;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const out = [];
const TITLE = "Ordinary Lives benchmarking: the Panel's councils, 2122/23";
const f1 = (n) => n.toFixed(1);

function chart(m) {
  const W = 720, H = 300, left = 50, bottom = 240, top = 30, max = Math.ceil(Math.max(...m.values, m.england) / 10) * 10;
  const bw = (W - left - 20) / COUNCILS.length;
  const yOf = (v) => bottom - ((bottom - top) * v) / max;
  const ticks = Array.from({ length: max / 10 + 1 }, (_, i) => i * 10).filter((t) => max <= 20 || t % 20 === 0);
  const bars = COUNCILS.map((c, i) => `<rect class="ih-point" x="${(left + i * bw + 8).toFixed(1)}" y="${yOf(m.values[i]).toFixed(1)}" width="${(bw - 16).toFixed(1)}" height="${(bottom - yOf(m.values[i])).toFixed(1)}" fill="${m.values[i] >= m.england ? "#2F6DB5" : "#9DB9DC"}"><title>${c}: ${f1(m.values[i])}%</title></rect>`).join("\n      ");
  // data labels drawn right to left (as the library stacks them), category labels left to right
  const labels = COUNCILS.map((c, i) => [i, `<text x="${(left + i * bw + bw / 2).toFixed(1)}" y="${(yOf(m.values[i]) - 5).toFixed(1)}" text-anchor="middle" class="ih-data-label">${f1(m.values[i])}</text>`]).reverse().map((x) => x[1]).join("\n      ");
  const cats = COUNCILS.map((c, i) => `<text x="${(left + i * bw + bw / 2).toFixed(1)}" y="${bottom + 16}" text-anchor="middle" class="ih-axis-label">${c}</text>`).join("\n      ");
  const yt = ticks.map((t) => `<text x="${left - 8}" y="${yOf(t) + 4}" text-anchor="end" class="ih-axis-label">${t}</text>`).join("");
  return `<svg class="ih-root" role="img" aria-labelledby="${m.id}-t ${m.id}-d" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">
    <title id="${m.id}-t">${esc(m.title)} (%), 2122/23</title>
    <desc id="${m.id}-d">Bar chart of nine councils with the England mean shown as a dashed line.</desc>
    <rect class="ih-background" x="0" y="0" width="${W}" height="${H}" fill="#FFFFFF"></rect>
    <g class="ih-grid">${ticks.map((t) => `<path d="M ${left} ${yOf(t)} L ${W - 20} ${yOf(t)}" stroke="#E6E6E6"></path>`).join("")}</g>
    <g class="ih-series-group">
      ${bars}
    </g>
    <g class="ih-plot-lines"><path d="M ${left} ${yOf(m.england).toFixed(1)} L ${W - 20} ${yOf(m.england).toFixed(1)}" stroke="#C0392B" stroke-dasharray="6,4"></path><text x="${W - 22}" y="${(yOf(m.england) - 6).toFixed(1)}" text-anchor="end" class="ih-plot-line-label">England mean ${f1(m.england)}</text></g>
    <g class="ih-data-labels">
      ${labels}
    </g>
    <g class="ih-axis-labels ih-xaxis-labels">
      ${cats}
    </g>
    <g class="ih-axis-labels ih-yaxis-labels">${yt}</g>
    <g class="ih-legend"><rect x="${left}" y="${H - 22}" width="10" height="10" fill="#2F6DB5"></rect><text x="${left + 14}" y="${H - 13}">At or above England mean</text><rect x="${left + 200}" y="${H - 22}" width="10" height="10" fill="#9DB9DC"></rect><text x="${left + 214}" y="${H - 13}">Below England mean</text></g>
  </svg>`;
}

const sections = BENCH.map((m, n) => {
  const sorted = [...m.values].sort((a, b) => b - a);
  const rows = COUNCILS.map((c, i) => [c, f1(m.values[i]), String(sorted.indexOf(m.values[i]) + 1)]);
  out.push(m.title);
  out.push(`${m.title} (%), 2122/23`);
  out.push("View data as a table");
  out.push("Area | Value (%) | Rank among Panel councils");
  for (const r of rows) out.push(r.join(" | "));
  out.push(`England mean | ${f1(m.england)}`);
  out.push("About this metric");
  const about = [["Definition", m.definition], ["Source", m.source], ["Period", "2122/23 (April 2122 to March 2123)"], ["Metric ID", `IH-${4021 + n * 7}`], ["Polarity", "Higher is better"]];
  for (const [t, d] of about) out.push(`${t}: ${d}`);
  return `
    <section class="ih-metric" id="${m.id}">
      <h2>${esc(m.title)}</h2>
      <figure class="ih-chart">
        <div class="ih-chart-container" data-chart-id="${m.id}">
  ${chart(m)}
        </div>
      </figure>
      <details class="ih-table-toggle">
        <summary>View data as a table</summary>
        <table class="ih-data-table">
          <thead><tr><th scope="col">Area</th><th scope="col">Value (%)</th><th scope="col">Rank among Panel councils</th></tr></thead>
          <tbody>
            ${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join("\n            ")}
            <tr class="ih-comparator"><td>England mean</td><td>${f1(m.england)}</td><td></td></tr>
          </tbody>
        </table>
      </details>
      <h3>About this metric</h3>
      <dl class="ih-about">
        ${about.map(([t, d]) => `<dt>${t}</dt><dd>${esc(d)}</dd>`).join("\n        ")}
      </dl>
    </section>`;
});

const m1 = BENCH[0], m2 = BENCH[1];
const below = COUNCILS.filter((c, i) => m1.values[i] < m1.england);
const findings = [
  `Fallowmere had the highest rate of paid employment for adults with a learning disability among the Panel's councils (8.4%), more than twice Kestrelford's (3.7%).`,
  `${below.length === 4 ? "Four" : below.length} of the nine Panel councils were below the England mean of ${f1(m1.england)}% for paid employment: ${below.slice(0, -1).join(", ")} and ${below.at(-1)}.`,
  `Kestrelford completed the fewest annual health checks (62.3% of its register); Fallowmere completed the most (80.6%).`,
  `Sallowbrook had the lowest share of adults with a learning disability living in their own home or with family (74.6%).`,
];
const details = [["Created by", `${O.morwenna.name}, ${O.morwenna.post}`], ["Created", "20 January 2124"], ["For", `${BODY}, 15 March 2124`], ["Areas", "9 Panel councils"], ["Comparison", "Mean for England"]];

const before = [TITLE, ...details.map(([t, d]) => `${t}: ${d}`), "Key findings", ...findings];
out.unshift(...before);
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | Insight Hub</title>
<link rel="stylesheet" href="./ldap-benchmarking-report-2122-23-insight-hub_files/ih-app.min.css">
<style>
  .ih-skip{position:absolute;left:-999px}.ih-details{display:grid;grid-template-columns:12em 1fr}
  .ih-findings{border-left:6px solid #2F6DB5;background:#F1F6FC;padding:1em}
  .ih-axis-label{font-size:11px;fill:#333}.ih-data-label{font-size:11px;font-weight:bold;fill:#111}
</style>
<script src="./ldap-benchmarking-report-2122-23-insight-hub_files/ih-charts.min.js"></script>
<script>window.IH = window.IH || {}; IH.reportId = "R-88213"; IH.user = "mblaxall-ito";</script>
</head>
<body class="ih-report-view">
<a class="ih-skip" href="#main">Skip to main content</a>
<header class="ih-header">
  <a class="ih-logo" href="https://insighthub.example.org/"><img src="./ldap-benchmarking-report-2122-23-insight-hub_files/logo.svg" alt="Insight Hub"></a>
  <nav class="ih-nav" aria-label="Main"><ul><li><a href="/reports">Reports</a></li><li><a href="/data">Data</a></li><li><a href="/areas">Areas</a></li><li><a href="/help">Help</a></li></ul></nav>
  <form class="ih-search" role="search"><label for="q">Search metrics</label><input id="q" type="search"><button>Search</button></form>
</header>
<nav class="ih-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/reports">Reports</a></li><li><a href="/reports/mine">My reports</a></li><li aria-current="page">Ordinary Lives benchmarking</li></ol></nav>
<div class="ih-toolbar"><button type="button">Print</button><button type="button">Download (PDF)</button><button type="button">Download data (CSV)</button><button type="button">Share</button></div>
<main id="main" class="ih-report">
  <h1>${esc(TITLE)}</h1>
  <dl class="ih-details">
    ${details.map(([t, d]) => `<dt>${t}</dt><dd>${esc(d)}</dd>`).join("\n    ")}
  </dl>
  <div class="ih-findings">
    <h2>Key findings</h2>
    <ul>
      ${findings.map((f) => `<li>${esc(f)}</li>`).join("\n      ")}
    </ul>
  </div>
${sections.join("\n")}
</main>
<footer class="ih-footer"><p>Insight Hub – data for local government. Figures are published as supplied by their sources. <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p><p>Report R-88213 · Generated 20/01/2124 14:52</p></footer>
<script>IH.charts && IH.charts.hydrate(document.querySelectorAll(".ih-chart-container"));</script>
</body>
</html>
`;
writeFileSync(join(root, "docs", FILE), html, "utf8");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
