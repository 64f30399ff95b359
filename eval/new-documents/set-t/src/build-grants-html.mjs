// Builds docs/path-improvement-fund-2026-27-grants-awarded.html (a page of the LGA website: "Path Improvement
// Fund 2026/27: grants awarded", last updated Monday 1 March 2027, for the Rights of Way and Countryside Access
// Panel) and its plain-text rendering text/path-improvement-fund-2026-27-grants-awarded.txt.
//
//   node src/build-grants-html.mjs
//
// Layout: skip link, header with a search form, main menu, breadcrumb, <main>, an "On this page" list of links,
// footer. THE TWO TABLES ARE NOT <table>s: THEY ARE CSS-GRID <div role="table"> BLOCKS – <div role="rowgroup">,
// <div role="row">, <span role="columnheader">, <span role="rowheader"> (the reference) and <span role="cell">,
// laid out by `display: grid; grid-template-columns: …` (each row is its own grid with the same template), with
// aria-label / aria-describedby, aria-rowcount and aria-rowindex; the STATUS IS A WORD IN A COLOURED PILL
// (<span class="pill pill-delayed">Delayed</span>); each cell also carries a data-label attribute that a CSS
// ::before shows on narrow screens (so the label is in an attribute, not in the text); a TOTAL ROW (class
// "row total") whose empty cells are present but blank; delayed completion dates with the old date in <small>.
// Grid 1: Ref | Council | Project | Grant | Match funding | Path (km) | Status | Completion due (12 grants);
// grid 2, the reserve list: Ref | Council | Project | Bid | Score (out of 100).
// Rendering: page chrome as lines (skip link, site name, "Search" label and button, menu, breadcrumb, "On this
// page" links); headings and paragraphs as lines; each grid row as its non-empty cells joined with " | "; the
// footer lines.
// Synthetic test fixture: the grants, projects, people and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "path-improvement-fund-2026-27-grants-awarded";

// ---------------------------------------------------------------- content
const SKIP = "Skip to main content";
const SITE = "Local Government Association";
const MENU = ["Our work", "Publications", "Funding and grants", "Councillor hub", "About us"];
const CRUMBS = ["Home", "Our work", "Rights of Way and Countryside Access Panel", "Path Improvement Fund 2026/27"];
const H1 = "Path Improvement Fund 2026/27: grants awarded";
const UPDATED = "Last updated: Monday 1 March 2027";
const TOC_H = "On this page";
const TOC = ["Grants awarded", "Reserve list", "Contact"];
const INTRO = [
  "The Path Improvement Fund helps councils to repair, open up and improve public rights of way and other paths in the countryside. The 2026/27 round opened on 1 June 2026 and closed on 30 September 2026. Councils could bid for up to £40,000 and had to provide match funding of at least 20 per cent of the grant.",
  "The Rights of Way and Countryside Access Panel agreed 12 grants totalling £370,400 from the £400,000 fund at its meeting on 19 November 2026, and kept £29,600 as a contingency. Grants are paid in two halves: when the grant agreement is signed and when the works are complete.",
];
const G1_H = "Grants awarded";
const G1_LABEL = "Path Improvement Fund 2026/27: grants awarded";
const G1_HEAD = ["Ref", "Council", "Project", "Grant", "Match funding", "Path (km)", "Status", "Completion due"];
// [ref, council, project, grant, match, km, status, due, was]
const G = [
  ["PIF-01", "Northumberland County Council", "Resurfacing the Coquetdale bridleway link", 38000, 12000, 6.4, "Complete", "31 January 2027"],
  ["PIF-02", "Herefordshire Council", "Replacing 42 stiles with kissing gates on the Arrow valley paths", 27500, 9000, 11.2, "On site", "31 March 2027"],
  ["PIF-03", "Cheshire West and Chester Council", "Step-free route from Frodsham station to the sandstone ridge", 40000, 25000, 3.1, "On site", "31 March 2027"],
  ["PIF-04", "Norfolk County Council", "Boardwalk repairs on the Wensum valley path", 35800, 8500, 2.7, "Delayed", "30 June 2027", "31 March 2027"],
  ["PIF-05", "Cornwall Council", "Clearing and waymarking coastal field paths near Zennor", 22000, 5000, 14.5, "Complete", "28 February 2027"],
  ["PIF-06", "Derbyshire County Council", "Replacing the Hollowford footbridge", 40000, 31000, 0.4, "Not started", "30 September 2027"],
  ["PIF-07", "North Yorkshire Council", "Wensleydale multi-user path, phase 1", 39200, 40000, 4.8, "On site", "31 May 2027"],
  ["PIF-08", "Kent County Council", "Surfacing a Darent valley footpath for wheelchair users", 31000, 10000, 2.2, "Complete", "15 January 2027"],
  ["PIF-09", "Tameside Metropolitan Borough Council", "Reopening the Hartshead canal feeder path", 12600, 3000, 1.9, "Withdrawn", "–"],
  ["PIF-10", "Shropshire Council", "Gates instead of stiles in the Clun valley", 29400, 6000, 18.0, "On site", "31 March 2027"],
  ["PIF-11", "Leicestershire County Council", "Waymarking and signs on 120 km of parish paths", 18000, 4500, 120.0, "Complete", "31 December 2026"],
  ["PIF-12", "East Sussex County Council", "Drainage and resurfacing of a chalk downland bridleway near Alfriston", 36900, 7500, 5.3, "Delayed", "31 July 2027", "31 March 2027"],
];
const G1_NOTES = [
  "PIF-09: Tameside Metropolitan Borough Council withdrew on 8 February 2027 because the landowner did not agree to the works. The grant had not been paid.",
  "PIF-04 and PIF-12: completion dates moved at the councils’ request – Norfolk because of winter flooding on the Wensum valley path, East Sussex because its contractor went into administration in January 2027.",
];
const G2_H = "Reserve list";
const G2_P = "The Panel agreed a reserve list of three bids, which are offered a grant in order if a grant is withdrawn. The Panel will consider how to use the grant returned by Tameside at its meeting on 18 March 2027.";
const G2_LABEL = "Path Improvement Fund 2026/27: reserve list";
const G2_HEAD = ["Ref", "Council", "Project", "Bid", "Score (out of 100)"];
const G2 = [
  ["PIF-R1", "Cumberland Council", "Repairs to the Caldbeck commons paths", 14800, 71],
  ["PIF-R2", "Wirral Council", "Dee estuary shore path link", 9500, 69],
  ["PIF-R3", "Suffolk County Council", "Waveney valley riverside path", 21000, 66],
];
const CONTACT_H = "Contact";
const CONTACT = "Tomasz Wierzbicki, Programme Officer (Path Improvement Fund) – 020 7946 0418 – tomasz.wierzbicki@local.gov.uk";
const FOOT = ["Local Government Association, 18 Smith Square, London SW1P 3HZ", UPDATED, "Accessibility", "Privacy", "Contact us"];

// ---------------------------------------------------------------- checks
const total = G.reduce((a, r) => a + r[3], 0);
const match = G.reduce((a, r) => a + r[4], 0);
const km = Math.round(G.reduce((a, r) => a + r[5], 0) * 10) / 10;
if (total !== 370400 || 400000 - total !== 29600) throw new Error("grant total " + total);
for (const r of G) {
  if (r[3] > 40000) throw new Error("grant over £40,000: " + r[0]);
  if (r[4] < 0.2 * r[3]) throw new Error("match funding under 20 per cent: " + r[0]);
}
const st = {};
for (const r of G) st[r[6]] = (st[r[6]] ?? 0) + 1;
if (JSON.stringify(st) !== JSON.stringify({ Complete: 4, "On site": 4, Delayed: 2, "Not started": 1, Withdrawn: 1 })) throw new Error("statuses " + JSON.stringify(st));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([UPDATED, INTRO, G1_NOTES, G2_P]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

// ---------------------------------------------------------------- HTML
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const gbp = (n) => "£" + n.toLocaleString("en-GB");
const kmS = (n) => n.toFixed(1);
const pillClass = (s) => "pill-" + s.toLowerCase().replace(/ /g, "-");
const g1Cells = (r) => [r[0], r[1], r[2], gbp(r[3]), gbp(r[4]), kmS(r[5]), r[6], r[8] ? `${r[7]} (was ${r[8]})` : r[7]];
const TOTAL1 = ["Total", "12 grants", "", gbp(total), gbp(match), kmS(km), "", ""];
const g2Cells = (r) => [r[0], r[1], r[2], gbp(r[3]), String(r[4])];
const grid = (id, label, cls, head, rows, totalRow, desc) => {
  const n = rows.length + 1 + (totalRow ? 1 : 0);
  const L = [];
  L.push(`<div class="grid ${cls}" role="table" id="${id}" aria-label="${esc(label)}" aria-rowcount="${n}"${desc ? ` aria-describedby="${desc}"` : ""}>`);
  L.push(`  <div role="rowgroup" class="grid-head">`);
  L.push(`    <div role="row" class="row" aria-rowindex="1">${head.map((h) => `<span role="columnheader">${esc(h)}</span>`).join("")}</div>`);
  L.push(`  </div>`);
  L.push(`  <div role="rowgroup" class="grid-body">`);
  rows.forEach((cells, k) => {
    const inner = cells.map((c, i) => {
      if (i === 0) return `<span role="rowheader" data-label="${esc(head[i])}">${esc(c)}</span>`;
      if (head[i] === "Status") return `<span role="cell" data-label="Status"><span class="pill ${pillClass(c)}">${esc(c)}</span></span>`;
      if (head[i] === "Completion due" && / \(was /.test(c)) {
        const [now, was] = c.split(" (was ");
        return `<span role="cell" data-label="Completion due">${esc(now)} <small class="was">(was ${esc(was.slice(0, -1))})</small></span>`;
      }
      return `<span role="cell" data-label="${esc(head[i])}"${/^£|^\d+(\.\d)?$/.test(c) ? ' class="num"' : ""}>${esc(c)}</span>`;
    });
    L.push(`    <div role="row" class="row" aria-rowindex="${k + 2}">${inner.join("")}</div>`);
  });
  if (totalRow) L.push(`    <div role="row" class="row total" aria-rowindex="${n}">${totalRow.map((c, i) => `<span role="${i === 0 ? "rowheader" : "cell"}"${/^£|^\d+(\.\d)?$/.test(c) ? ' class="num"' : ""}>${esc(c)}</span>`).join("")}</div>`);
  L.push(`  </div>`);
  L.push(`</div>`);
  return L.join("\n");
};
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(H1)} | Local Government Association</title>
<style>
  body { font-family: "Helvetica Neue", Arial, sans-serif; margin: 0; color: #1b1b1b; line-height: 1.45; }
  .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; }
  header.site { background: #23472b; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
  header.site a { color: #fff; }
  nav.menu ul, nav.crumbs ol, footer ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 18px; flex-wrap: wrap; }
  nav.menu { background: #e3ece3; padding: 8px 24px; } nav.crumbs { padding: 8px 24px; font-size: 0.9rem; }
  nav.crumbs li + li::before { content: "›"; margin-right: 8px; }
  main { max-width: 1180px; padding: 0 24px 40px; }
  .updated { color: #555; font-size: 0.9rem; }
  .grid { margin: 16px 0; font-size: 0.92rem; border-top: 2px solid #23472b; }
  .grid .row { display: grid; gap: 0 12px; padding: 8px 6px; border-bottom: 1px solid #c9d6c9; align-items: start; }
  .g8 .row { grid-template-columns: 5.5rem 1.5fr 2.4fr 6rem 6.5rem 4.5rem 7rem 9rem; }
  .g5 .row { grid-template-columns: 5.5rem 1.5fr 2.4fr 6rem 7rem; }
  .grid-head .row { font-weight: 700; background: #e3ece3; }
  .row.total { font-weight: 700; background: #f1f5f1; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .pill { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 0.82rem; font-weight: 600; }
  .pill-complete { background: #2e7d32; color: #fff; } .pill-on-site { background: #1f5fa8; color: #fff; }
  .pill-delayed { background: #f0a800; color: #000; } .pill-not-started { background: #7b8089; color: #fff; }
  .pill-withdrawn { background: #fff; color: #c62828; border: 1px solid #c62828; text-decoration: line-through; }
  small.was { display: block; color: #666; }
  @media (max-width: 760px) {
    .grid-head { display: none; }
    .grid .row { grid-template-columns: 1fr; }
    .grid [data-label]::before { content: attr(data-label) ": "; font-weight: 700; }
  }
  footer { background: #23472b; color: #fff; padding: 16px 24px; font-size: 0.85rem; }
  footer a { color: #fff; }
</style>
</head>
<body>
<a class="skip" href="#main">${SKIP}</a>
<header class="site">
  <a href="/" class="logo">${SITE}</a>
  <form role="search" action="/search"><label for="q">Search</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
</header>
<nav class="menu" aria-label="Main menu"><ul>${MENU.map((m) => `<li><a href="#">${esc(m)}</a></li>`).join("")}</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="#">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("")}</ol></nav>
<main id="main">
<h1>${esc(H1)}</h1>
<p class="updated">${esc(UPDATED)}</p>
<nav class="toc" aria-label="${TOC_H}"><h2>${TOC_H}</h2><ul>${TOC.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, "-")}">${t}</a></li>`).join("")}</ul></nav>
${INTRO.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<h2 id="grants-awarded">${G1_H}</h2>
${grid("grants", G1_LABEL, "g8", G1_HEAD, G.map(g1Cells), TOTAL1, "grant-notes")}
<div id="grant-notes" class="notes">
${G1_NOTES.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</div>
<h2 id="reserve-list">${G2_H}</h2>
<p>${esc(G2_P)}</p>
${grid("reserve", G2_LABEL, "g5", G2_HEAD, G2.map(g2Cells), null, null)}
<h2 id="contact">${CONTACT_H}</h2>
<p>${esc(CONTACT)}</p>
</main>
<footer>
<p>${esc(FOOT[0])}</p>
<p>${esc(FOOT[1])}</p>
<ul>${FOOT.slice(2).map((f) => `<li><a href="#">${f}</a></li>`).join("")}</ul>
</footer>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

// ---------------------------------------------------------------- rendering
const R = [SKIP, SITE, "Search", "Search", ...MENU, ...CRUMBS, H1, UPDATED, TOC_H, ...TOC, ...INTRO, G1_H, G1_HEAD.join(" | ")];
for (const r of G) R.push(g1Cells(r).join(" | "));
R.push(TOTAL1.filter((c) => c).join(" | "), ...G1_NOTES, G2_H, G2_P, G2_HEAD.join(" | "), ...G2.map((r) => g2Cells(r).join(" | ")), CONTACT_H, CONTACT, FOOT[0], FOOT[1], ...FOOT.slice(2));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines); total ${gbp(total)}, match ${gbp(match)}, ${kmS(km)} km; ${JSON.stringify(st)}`);
