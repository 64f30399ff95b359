// Builds docs/registration-ceremonies-panel-performance-2026-27-year-end.html (a page of the LGA website: "Performance
// at year end 2026/27" of the Registration and Ceremonies Panel, item 5 of the meeting of 16 June 2027, published
// Friday 4 June 2027) and its plain-text rendering text/registration-ceremonies-panel-performance-2026-27-year-end.txt.
//
//   node src/build-performance-html.mjs
//
// Layout: skip link, header with a search form, main menu, breadcrumb, <main>, a "Contact" <aside>, footer. Meta
// lines as a <p> of <span>s; an intro paragraph with the counts by status (not which measure); a key table
// Status | What it means (badges). THEN TWO TRANSPOSED TABLES (Table 1: Registration, RCP-01 to RCP-05; Table 2:
// Ceremonies and citizenship, RCP-06 to RCP-10): THE MEASURES ARE THE COLUMNS (header row "Ref" then one
// <th scope="col"> per measure reference) AND THE ATTRIBUTES ARE THE ROWS, each led by a <th scope="row">:
// Measure, Target 2026/27, Quarter 3 (31 December 2026), Year end (31 March 2027), Status (a badge <span>),
// Lead officer, Comment. A reader has to read DOWN a column to get one measure; a row holds one attribute of five
// measures. Lower-is-better measures say so only in their Measure cell ("(lower is better)"). Footer with
// "Last updated" and the contact.
// Rendering: page chrome as lines (skip link, site name, "Search" twice, menu and breadcrumb items), the headings
// and paragraphs as lines, each table row as its cells joined with " | " in source order (so a rendering row is a
// table row: one attribute across five measures), the <caption> as a line; the aside and footer lines.
// Synthetic test fixture: the measures, people and figures are invented.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, checkWeekdays } from "./common.mjs";

const BASE = "registration-ceremonies-panel-performance-2026-27-year-end";

// ---------------------------------------------------------------- content
const SKIP = "Skip to main content";
const SITE = "Local Government Association";
const MENU = ["Our work", "Publications", "Events", "Councillor hub", "About us"];
const CRUMBS = ["Home", "Our work", "Registration and Ceremonies Panel", "Performance at year end 2026/27"];
const H1 = "Registration and Ceremonies Panel: performance at year end 2026/27";
const META = [["For:", "Registration and Ceremonies Panel, Wednesday 16 June 2027, item 5"], ["Published:", "Friday 4 June 2027"], ["Data owner:", "Chidi Anyanwu, Performance and Data Officer"]];
const INTRO = "This page reports the Panel’s ten performance measures for 2026/27 at the end of the year (31 March 2027), with the position at the end of quarter 3 (31 December 2026) for comparison. Four measures met their target, two nearly met it, three did not meet it and one has no data yet. Measures are grouped in two tables, with one column for each measure.";
const KEY_H = "How we rate each measure";
const KEY_HEAD = ["Status", "What it means"];
const KEY = [
  ["Met", "At or better than the target for the year", "met"],
  ["Nearly met", "Missed the target by 5 per cent of the target or less", "near"],
  ["Not met", "Missed the target by more than 5 per cent of the target", "not"],
  ["No data", "The figure for the year is not yet available", "nodata"],
];
const ROWS = ["Measure", "Target 2026/27", "Quarter 3 (31 December 2026)", "Year end (31 March 2027)", "Status", "Lead officer", "Comment"];
// [ref, measure, target, q3, year end, status, lead, comment]
const TABLES = [
  ["Table 1: Registration", [
    ["RCP-01", "Births registered within 42 days", "98%", "97.1%", "97.6%", "Nearly met", "Chidi Anyanwu",
      "Up from 97.1 per cent at quarter 3. Most late registrations were in councils that closed their register offices between Christmas and the new year."],
    ["RCP-02", "Deaths registered within five days", "85%", "78.4%", "80.2%", "Not met", "Rosenna Hollowood",
      "Better than at quarter 3 but below target. Delays in medical examiners’ scrutiny are the main cause; the Chair has written to the Department of Health and Social Care."],
    ["RCP-03", "Average days from death to registration in the digital pilot councils (lower is better)", "5.0 days", "4.6 days", "4.1 days", "Met", "Rosenna Hollowood",
      "Average across the six pilot councils, down from 6.8 days before the pilot. Four more councils join the pilot from 1 July 2027 (RCD 27/08)."],
    ["RCP-04", "Councils offering online booking of birth registration appointments", "120 councils", "104 councils", "126 councils", "Met", "Chidi Anyanwu",
      "Twenty-two councils started online booking in the last quarter of the year."],
    ["RCP-05", "Registration officers trained in sham marriage awareness", "900 officers", "610 officers", "842 officers", "Not met", "Kasimir Nowacki",
      "Take-up was slowed by staff shortages in register offices. The training module will stay open until 30 September 2027."],
  ]],
  ["Table 2: Ceremonies and citizenship", [
    ["RCP-06", "People waiting more than three months for a citizenship ceremony (lower is better)", "10,000 people", "13,650 people", "10,960 people", "Not met", "Kasimir Nowacki",
      "Down from 13,650 at quarter 3, but above the year-end target. The recovery plan aims for fewer than 5,000 by 30 September 2027."],
    ["RCP-07", "Citizenship ceremonies held (year to date)", "4,800", "3,390", "4,915", "Met", "Kasimir Nowacki",
      "1,525 ceremonies were held in the last quarter, including Saturday and group ceremonies."],
    ["RCP-08", "Councils that have adopted the LGA model fees for approved premises", "60 councils", "44 councils", "58 councils", "Nearly met", "Kenver Pugsley",
      "Fourteen councils adopted the model fees in the last quarter. The model fees are being revised after consultation (item 4 on 16 June)."],
    ["RCP-09", "Ceremony customers rating their ceremony good or very good", "90%", "93%", "92%", "Met", "Kenver Pugsley",
      "From 6,310 feedback forms returned during the year."],
    ["RCP-10", "Councils responding to the annual registration service survey", "150 councils", "–", "Not yet available", "No data", "Chidi Anyanwu",
      "The survey opened in February and closed on 30 April 2027; results are due in July 2027."],
  ]],
];
const NOTE = "Figures for quarter 3 are those reported to the Panel on 10 March 2027.";
const ASIDE_H = "Contact";
const ASIDE = ["Chidi Anyanwu", "Performance and Data Officer", "chidi.anyanwu@local.gov.uk", "020 7946 0877"];
const FOOTER = ["Last updated: Friday 4 June 2027", "Local Government Association, 18 Smith Square, London SW1P 3HZ"];

// ---------------------------------------------------------------- checks
const all = TABLES.flatMap(([, ms]) => ms);
if (all.length !== 10) throw new Error("ten measures");
const count = {};
for (const m of all) count[m[5]] = (count[m[5]] ?? 0) + 1;
if (JSON.stringify(count) !== JSON.stringify({ "Nearly met": 2, "Not met": 3, Met: 4, "No data": 1 })) throw new Error("counts " + JSON.stringify(count));
const num = (s) => parseFloat(String(s).replace(/,/g, ""));
for (const m of all) {
  if (m[5] === "No data") continue;
  const lower = /lower is better/.test(m[1]);
  const t = num(m[2]), a = num(m[4]);
  const miss = lower ? (a - t) / t : (t - a) / t;
  const want = miss <= 0 ? "Met" : miss <= 0.05 ? "Nearly met" : "Not met";
  if (want !== m[5]) throw new Error(`status of ${m[0]}: ${want} vs ${m[5]}`);
}
if (4915 - 3390 !== 1525 || 126 - 104 !== 22 || 58 - 44 !== 14) throw new Error("quarter 4 arithmetic");
checkWeekdays(JSON.stringify([META, FOOTER, TABLES]), "performance");

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cls = Object.fromEntries(KEY.map(([s, , c]) => [s, c]));
const badge = (s) => `<span class="badge ${cls[s]}">${s}</span>`;
const table = ([cap, ms], k) => {
  const rowsHtml = ROWS.map((label, ri) => {
    const cells = ms.map((m) => {
      const v = m[ri + 1];
      if (label === "Status") return `<td class="st">${badge(v)}</td>`;
      if (label === "Comment") return `<td class="comment">${esc(v)}</td>`;
      if (label === "Measure") return `<td class="measure">${esc(v)}</td>`;
      return `<td>${esc(v)}</td>`;
    });
    return `        <tr>\n          <th scope="row">${label}</th>\n          ${cells.join("\n          ")}\n        </tr>`;
  });
  return `    <table class="perf" id="table-${k + 1}">
      <caption>${cap}</caption>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          ${ms.map((m) => `<th scope="col">${m[0]}</th>`).join("\n          ")}
        </tr>
      </thead>
      <tbody>
${rowsHtml.join("\n")}
      </tbody>
    </table>`;
};
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Performance at year end 2026/27 | Registration and Ceremonies Panel | Local Government Association</title>
  <style>
    body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1b1b1b; line-height: 1.45; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #ffdd00; }
    header.site { background: #4a235a; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
    header.site a.logo { color: #fff; font-weight: bold; text-decoration: none; font-size: 1.2rem; }
    nav.main ul { list-style: none; margin: 0; padding: 0 24px; display: flex; gap: 20px; background: #efe8f3; }
    nav.main li { padding: 10px 0; }
    ol.crumbs { list-style: none; display: flex; gap: 6px; padding: 10px 24px; margin: 0; font-size: .85rem; }
    ol.crumbs li + li::before { content: "›"; margin-right: 6px; color: #777; }
    .layout { display: grid; grid-template-columns: 1fr 15rem; gap: 24px; padding: 0 24px 40px; }
    p.meta span { display: inline-block; margin-right: 1.5em; font-size: .9rem; color: #444; }
    p.meta b { color: #222; }
    table { border-collapse: collapse; margin: 12px 0 24px; width: 100%; font-size: .88rem; }
    caption { text-align: left; font-weight: bold; font-size: 1.05rem; padding: 6px 0; }
    th, td { border: 1px solid #c8bfd0; padding: 6px 8px; vertical-align: top; text-align: left; }
    thead th { background: #4a235a; color: #fff; text-align: center; }
    tbody th[scope=row] { background: #f3eef6; width: 10rem; }
    td.measure { font-weight: bold; }
    td.comment { font-size: .82rem; color: #333; }
    .badge { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: .8rem; font-weight: bold; }
    .badge.met { background: #2e7d32; color: #fff; } .badge.near { background: #f2b705; color: #000; }
    .badge.not { background: #c62828; color: #fff; } .badge.nodata { background: #7b8089; color: #fff; }
    aside.contact { background: #f4f6f8; padding: 12px; align-self: start; margin-top: 24px; }
    footer.site { border-top: 4px solid #4a235a; padding: 14px 24px; font-size: .85rem; background: #f4f6f8; }
  </style>
</head>
<body>
  <a class="skip" href="#content">${SKIP}</a>
  <header class="site">
    <a class="logo" href="/">${SITE}</a>
    <form class="search" role="search" action="/search"><label for="q" class="skip">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
  </header>
  <nav class="main" aria-label="Main menu">
    <ul>
${MENU.map((m) => `      <li><a href="#">${m}</a></li>`).join("\n")}
    </ul>
  </nav>
  <nav aria-label="Breadcrumb">
    <ol class="crumbs">
${CRUMBS.map((c, i) => `      <li>${i < CRUMBS.length - 1 ? `<a href="#">${c}</a>` : `<span aria-current="page">${c}</span>`}</li>`).join("\n")}
    </ol>
  </nav>
  <div class="layout">
  <main id="content">
    <h1>${H1}</h1>
    <p class="meta">${META.map(([l, v]) => `<span><b>${l}</b> ${esc(v)}</span>`).join(" ")}</p>
    <p>${esc(INTRO)}</p>
    <h2>${KEY_H}</h2>
    <table class="key">
      <thead><tr><th scope="col">${KEY_HEAD[0]}</th><th scope="col">${KEY_HEAD[1]}</th></tr></thead>
      <tbody>
${KEY.map(([s, m]) => `        <tr><td>${badge(s)}</td><td>${esc(m)}</td></tr>`).join("\n")}
      </tbody>
    </table>
${TABLES.map(table).join("\n")}
    <p class="note">${esc(NOTE)}</p>
  </main>
  <aside class="contact">
    <h2>${ASIDE_H}</h2>
    <p>${ASIDE[0]}<br>${ASIDE[1]}<br><a href="mailto:${ASIDE[2]}">${ASIDE[2]}</a><br>${ASIDE[3]}</p>
  </aside>
  </div>
  <footer class="site">
${FOOTER.map((f) => `    <p>${esc(f)}</p>`).join("\n")}
  </footer>
</body>
</html>
`;
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
const R = [SKIP, SITE, "Search", "Search", ...MENU, ...CRUMBS, H1, META.map(([l, v]) => `${l} ${v}`).join(" "), INTRO, KEY_H, KEY_HEAD.join(" | "), ...KEY.map(([s, m]) => `${s} | ${m}`)];
for (const [cap, ms] of TABLES) {
  R.push(cap, ["Ref", ...ms.map((m) => m[0])].join(" | "));
  ROWS.forEach((label, ri) => R.push([label, ...ms.map((m) => m[ri + 1])].join(" | ")));
}
R.push(NOTE, ASIDE_H, ...ASIDE, ...FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines); by status ${JSON.stringify(count)}`);
