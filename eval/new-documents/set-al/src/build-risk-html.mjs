// Programme risk register, as the web page a member saves from the LGA site ("Save page as", after the page's
// scripts ran): a data grid made by the DataTables jQuery plug-in (1.13 markup) - Buttons bar, "Show [25] entries",
// "Search:" box, column headers with sort classes (the arrows are CSS, so not text), the rows SORTED BY SCORE,
// highest first (not by reference), a footer row of per-column filter inputs (their placeholders), "Showing 1 to
// 14 of 14 entries" and Previous / 1 / Next paging. Ratings are coloured badges with a word; trend is an arrow
// glyph and a word. Site header, menu, breadcrumb and footer around it.
// Writes docs/<risks>.html and text/<risks>.txt (what a reader sees in order; table rows as "cell | cell").
import { writeFileSync } from "node:fs";
import { FILES, OFFICERS } from "./content.mjs";
import { docPath, writeText } from "./lib.mjs";

const BASE = FILES.risks.replace(/\.html$/, "");
const O = OFFICERS;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const TREND = { up: "↗ Rising", same: "→ Stable", down: "↘ Falling", none: "–" };
// ref, risk, owner, L, I, trend, mitigation, next review, status
const RISKS = [
  ["CPR-01", "The Government sets the scheme's start date before fees are settled, leaving councils too little time to recruit and train licensing staff", O.rupert.name, 4, 5, "up", "Press DHSC for a lead-in of at least twelve months from the regulations to go-live; share the readiness network's recruitment templates", "30/11/2071"],
  ["CPR-02", "Scheme fees do not recover councils' full costs of licensing and enforcement", O.saoirse.name, 4, 4, "same", "Use the fees and capacity survey (71% response) in the consultation response; call for local fee-setting within a national cap", "30/11/2071"],
  ["CPR-03", "Too few trained officers to inspect premises and assess practitioners", O.caspar.name, 4, 4, "up", "Second cohort of the foundation training module from 2 November 2071; ask DHSC to fund backfill", "15/12/2071"],
  ["CPR-04", "DHSC grant for the enforcement pilot not renewed after March 2072", O.rupert.name, 3, 4, "same", "Interim evaluation to DHSC in January 2072, with a costed case for a second year", "31/01/2072"],
  ["CPR-05", "Legal challenge to the model practitioner licence conditions", O.isolde.name, 2, 5, "down", "Counsel's opinion obtained in August 2071; conditions redrafted", "31/12/2071"],
  ["CPR-06", "Practitioners move to unlicensed home-based or mobile working", O.leah.name, 4, 3, "up", "Know Your Practitioner campaign; ask for a power to enter domestic premises with a warrant", "30/11/2071"],
  ["CPR-07", "Complications data not shared between councils and the NHS", O.leah.name, 3, 3, "same", "Shared complications reporting form launched on 6 October 2071", "31/01/2072"],
  ["CPR-08", "Special Treatments Toolkit delayed by the legal review", O.leah.name, 4, 2, "up", "Counsel instructed; revised publication date to be agreed by the Panel on 18 November 2071", "15/12/2071"],
  ["CPR-09", "Officers and volunteers face aggression during test purchases", O.rupert.name, 2, 4, "same", "Two officers at every visit; lone-working app; police liaison in each pilot council", "31/12/2071"],
  ["CPR-10", "The national licence register IT system is not ready for councils", O.isolde.name, 3, 5, "up", "DHSC digital team to attend the readiness network; fallback spreadsheet register agreed with five councils", "30/11/2071"],
  ["CPR-11", "New members do not take up the members' briefing programme", O.priya.name, 2, 2, "down", "Sessions recorded and shared; two held, in July and September 2071", "31/03/2072"],
  ["CPR-12", "Data protection breach involving test purchase volunteers' details", O.caspar.name, 1, 4, "down", "Data protection impact assessment completed; volunteers' details held only by the pilot councils", "31/03/2072"],
  ["CPR-13", "Loss of officer capacity during the consultation and Toolkit peak", O.rupert.name, 3, 2, "same", "Temporary adviser in post from 1 October 2071", "31/12/2071"],
  ["CPR-14", "DHSC consultation on fees delayed beyond summer 2071", O.isolde.name, null, null, "none", "Consultation opened on 4 September 2071", null],
];
const band = (s) => (s == null ? "Closed" : s >= 15 ? "High" : s >= 8 ? "Medium" : "Low");
const rows = RISKS.map(([ref, risk, owner, l, i, trend, mit, review]) => {
  const score = l == null ? null : l * i;
  return { ref, risk, owner, l: l ?? "–", i: i ?? "–", score, scoreText: score ?? "–", rating: band(score), trend: TREND[trend], mit, review: review ?? "–", status: score == null ? "Closed" : "Open" };
});
// DataTables' order: [[5, "desc"]] (score, highest first; closed risks last); ties keep source order
const sorted = [...rows].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
const HEAD = ["Ref", "Risk", "Owner", "L", "I", "Score", "Rating", "Trend", "Mitigation", "Next review", "Status"];
const cells = (r) => [r.ref, r.risk, r.owner, r.l, r.i, r.scoreText, r.rating, r.trend, r.mit, r.review, r.status];

const NAV = ["Our support", "Publications", "Events", "Parliament", "News", "About"];
const CRUMBS = ["Home", "Our support", "Safer communities", "Cosmetic Procedures and Special Treatments Panel", "Programme risk register"];
const INTRO = [
  "This is the risk register for the Panel's programme for 2071/72. It was last reviewed by the programme board on 30 October 2071 and goes to the Panel's meeting on 18 November 2071 with the Quarter 2 performance report.",
  "How risks are scored: likelihood (L) and impact (I) are each scored from 1 (very low) to 5 (very high), and the score is L × I. Rating bands: Low 1 to 6, Medium 8 to 12, High 15 to 25. Trend shows the change since the previous review on 31 July 2071. Risk owners are LGA officers.",
];
const CHANGES = [
  "CPR-14 closed: DHSC opened the fees consultation on 4 September 2071.",
  "CPR-10 raised from 12 (Medium) to 15 (High): DHSC now says the national licence register will not be tested with councils until autumn 2072.",
  "CPR-01 impact raised from 4 to 5, as DHSC intends the scheme to go live on 1 April 2073.",
  "CPR-05 lowered from 15 (High) to 10 (Medium) after counsel's opinion on the licence conditions.",
  "CPR-08 likelihood raised from 3 to 4, so the risk moves from Low to Medium.",
];

const badge = { High: "bg-danger", Medium: "bg-warning text-dark", Low: "bg-success", Closed: "bg-secondary" };
const trendCls = { "↗ Rising": "up", "→ Stable": "same", "↘ Falling": "down", "–": "none" };
const th = HEAD.map((h, i) => {
  const cls = i === 5 ? "sorting sorting_desc" : "sorting";
  const sort = i === 5 ? ` aria-sort="descending"` : "";
  const next = i === 5 ? "ascending" : "ascending";
  return `<th class="${cls}" tabindex="0" aria-controls="risks" rowspan="1" colspan="1"${sort} aria-label="${esc(h)}: activate to sort column ${next}">${esc(h)}</th>`;
}).join("\n          ");
const tr = sorted.map((r, k) => {
  const c = cells(r);
  const td = c.map((v, i) => {
    const cls = i === 5 ? ` class="sorting_1 dt-body-center"` : i >= 3 && i <= 4 ? ` class="dt-body-center"` : "";
    if (i === 6) return `<td><span class="badge ${badge[v]}">${esc(v)}</span></td>`;
    if (i === 7) return `<td><span class="trend trend-${trendCls[v]}">${esc(v)}</span></td>`;
    return `<td${cls}>${esc(v)}</td>`;
  }).join("");
  return `        <tr class="${k % 2 ? "even" : "odd"}">${td}</tr>`;
}).join("\n");
const tf = HEAD.map((h) => `<th rowspan="1" colspan="1"><input type="text" class="form-control form-control-sm column-filter" placeholder="Filter ${esc(h)}"></th>`).join("");

const html = `<!DOCTYPE html>
<html lang="en-GB">
<!-- saved from url=(0093)https://www.local.gov.uk/our-support/safer-communities/cosmetic-procedures-panel/risk-register -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Programme risk register | Cosmetic Procedures and Special Treatments Panel | Local Government Association</title>
<link rel="stylesheet" href="./risk-register_files/bootstrap.min.css">
<link rel="stylesheet" href="./risk-register_files/jquery.dataTables.min.css">
<link rel="stylesheet" href="./risk-register_files/buttons.dataTables.min.css">
<style>
  body { font-family: Arial, Helvetica, sans-serif; color: #1d1d1b; }
  .site-header { background: #003b5c; color: #fff; padding: 12px 24px; }
  .site-header a { color: #fff; margin-right: 18px; text-decoration: none; }
  .skip-link { position: absolute; left: -9999px; }
  .breadcrumb { font-size: 14px; padding: 8px 24px; }
  main { padding: 0 24px 24px; }
  table.dataTable thead th.sorting:after { content: "\\25B4\\25BE"; opacity: .3; margin-left: 4px; }
  table.dataTable thead th.sorting_desc:after { content: "\\25BE"; opacity: 1; }
  table.dataTable tfoot input { width: 100%; font-size: 12px; }
  .trend-up { color: #b00020; } .trend-down { color: #2e7d32; }
  .site-footer { background: #f2f2f2; padding: 16px 24px; font-size: 13px; }
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="https://www.local.gov.uk/">Local Government Association</a>
  <nav aria-label="Main menu">${NAV.map((n) => `<a href="#">${n}</a>`).join(" ")}</nav>
  <form class="site-search" role="search"><label for="q">Search the site</label> <input id="q" type="search"> <button type="submit">Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="#">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("")}</ol></nav>
<main id="main">
  <h1>Programme risk register</h1>
  <p class="lead">Cosmetic Procedures and Special Treatments Panel</p>
${INTRO.map((p) => `  <p>${esc(p)}</p>`).join("\n")}
  <div id="risks_wrapper" class="dataTables_wrapper no-footer">
    <div class="dt-buttons"><button class="dt-button buttons-copy buttons-html5" tabindex="0" aria-controls="risks" type="button"><span>Copy</span></button> <button class="dt-button buttons-csv buttons-html5" tabindex="0" aria-controls="risks" type="button"><span>CSV</span></button> <button class="dt-button buttons-excel buttons-html5" tabindex="0" aria-controls="risks" type="button"><span>Excel</span></button> <button class="dt-button buttons-print" tabindex="0" aria-controls="risks" type="button"><span>Print</span></button> <button class="dt-button buttons-collection buttons-colvis" tabindex="0" aria-controls="risks" type="button" aria-haspopup="dialog" aria-expanded="false"><span>Column visibility</span></button></div>
    <div class="dataTables_length" id="risks_length"><label>Show <select name="risks_length" aria-controls="risks" class=""><option value="10">10</option><option value="25" selected="selected">25</option><option value="50">50</option><option value="100">100</option></select> entries</label></div>
    <div id="risks_filter" class="dataTables_filter"><label>Search:<input type="search" class="" placeholder="" aria-controls="risks"></label></div>
    <table id="risks" class="display compact dataTable no-footer" style="width: 100%;" aria-describedby="risks_info">
      <thead>
        <tr>
          ${th}
        </tr>
      </thead>
      <tbody>
${tr}
      </tbody>
      <tfoot>
        <tr>${tf}</tr>
      </tfoot>
    </table>
    <div class="dataTables_info" id="risks_info" role="status" aria-live="polite">Showing 1 to ${rows.length} of ${rows.length} entries</div>
    <div class="dataTables_paginate paging_simple_numbers" id="risks_paginate"><a class="paginate_button previous disabled" aria-controls="risks" aria-disabled="true" role="link" data-dt-idx="previous" tabindex="-1" id="risks_previous">Previous</a><span><a class="paginate_button current" aria-controls="risks" role="link" aria-current="page" data-dt-idx="0" tabindex="0">1</a></span><a class="paginate_button next disabled" aria-controls="risks" aria-disabled="true" role="link" data-dt-idx="next" tabindex="-1" id="risks_next">Next</a></div>
  </div>
  <h2>Changes at the review on 30 October 2071</h2>
  <ul>
${CHANGES.map((c) => `    <li>${esc(c)}</li>`).join("\n")}
  </ul>
  <p>Questions about the register: ${esc(O.isolde.name)}, ${esc(O.isolde.post)}, <a href="mailto:${O.isolde.email}">${O.isolde.email}</a>, ${O.isolde.phone}.</p>
  <p class="updated">Page last updated: 3 November 2071</p>
</main>
<footer class="site-footer">
  <p>Local Government Association, 18 Smith Square, London SW1P 3HZ</p>
  <p><a href="#">Accessibility</a> <a href="#">Cookies</a> <a href="#">Privacy</a> <a href="#">Contact us</a></p>
  <p>© Local Government Association 2071</p>
</footer>
<script src="./risk-register_files/jquery-3.7.1.min.js"></script>
<script src="./risk-register_files/jquery.dataTables.min.js"></script>
<script src="./risk-register_files/dataTables.buttons.min.js"></script>
<script>
  $(function () {
    $("#risks").DataTable({ order: [[5, "desc"]], pageLength: 10, lengthMenu: [10, 25, 50, 100], dom: "Blfrtip", buttons: ["copy", "csv", "excel", "print", "colvis"] });
  });
</script>
</body>
</html>
`;
writeFileSync(docPath(FILES.risks), html);

// text rendering: what a reader sees, in order
const out = [
  "Skip to main content",
  "Local Government Association",
  NAV.join(" "),
  "Search the site Search",
  CRUMBS.join(" > "),
  "Programme risk register",
  "Cosmetic Procedures and Special Treatments Panel",
  ...INTRO,
  "Copy CSV Excel Print Column visibility",
  "Show 25 entries",
  "Search:",
  HEAD.join(" | "),
  ...sorted.map((r) => cells(r).join(" | ")),
  HEAD.map((h) => `Filter ${h}`).join(" | "),
  `Showing 1 to ${rows.length} of ${rows.length} entries`,
  "Previous 1 Next",
  "Changes at the review on 30 October 2071",
  ...CHANGES.map((c) => "• " + c),
  `Questions about the register: ${O.isolde.name}, ${O.isolde.post}, ${O.isolde.email}, ${O.isolde.phone}.`,
  "Page last updated: 3 November 2071",
  "Local Government Association, 18 Smith Square, London SW1P 3HZ",
  "Accessibility Cookies Privacy Contact us",
  "© Local Government Association 2071",
];
writeText(BASE, out);
console.log(`wrote docs/${FILES.risks} and text/${BASE}.txt`);
