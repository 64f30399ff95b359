// Builds docs/democracy-elections-board-decisions-2025-11-27.html (a committee-management page in the style of
// modern.gov: attendance and decisions of the Local Democracy and Elections Board, 27 November 2025) and its
// plain-text rendering text/democracy-elections-board-decisions-2025-11-27.txt from the same content.
//
//   node src/build-decisions-html.mjs
//
// Layout: a site header with a search form, the committee site's navigation, a breadcrumb, <main> with the
// meeting title ("Meeting of … on Thursday 27th November, 2025 11.00 am"), a row of tabs (the current one
// marked), "Venue:", "Contact:" and "Decisions published:" paragraphs; then an "Attendance details" table
// Name | Role | Attendance (Present / Apologies / Sent substitute / Absent; a substitute's role is
// "Substitute for Councillor …"), an "Also present" line and an "Officers in attendance" list; a
// "Declarations of interest" section as a list; and "Decisions" as an <ol> (list markers hidden) whose items
// each hold an <h3> with the item number and title, an optional discussion paragraph, and a "RESOLVED that …"
// paragraph, some with a nested <ol type="a"> of sub-resolutions (letters shown by the browser, not in the
// text). Footer with links.
// Rendering: one line per heading, paragraph, list item, link or tab; table rows as cells joined with " | ";
// list items without their (browser-generated) numbers or letters.
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "democracy-elections-board-decisions-2025-11-27";

const SKIP = "Skip to content";
const SITE = "Local Government Association – committee pages";
const SEARCH = "Search committee documents";
const NAV = ["Committees", "Meetings calendar", "Decisions", "Forward plans", "Councillors", "Search documents"];
const CRUMBS = ["Home", "Committee structure", "Local Democracy and Elections Board", "Meeting of 27 November 2025"];
const TITLE = "Meeting of Local Democracy and Elections Board on Thursday 27th November, 2025 11.00 am";
const TABS = ["Agenda and documents", "Attendance and decisions", "Minutes (draft)"];
const CURRENT_TAB = 1;
const META = [
  ["Venue:", "Westminster Room, 18 Smith Square, London SW1P 3HZ, and online"],
  ["Contact:", "Annelise Drummond-Kaye, Member Services Officer – 020 7946 0924 – annelise.drummond-kaye@local.gov.uk"],
  ["Decisions published:", "Friday 28 November 2025"],
];
const ATT_H = "Attendance details";
const ATT_HEAD = ["Name", "Role", "Attendance"];
const ATT = [
  ["Councillor Verity Quarrington", "Chair", "Present"],
  ["Councillor Philomena Brocklehurst", "Vice-Chair", "Present"],
  ["Councillor Thaddeus Vanstone", "Deputy Chair", "Present"],
  ["Councillor Hyacinth Mavrogordato", "Deputy Chair", "Apologies"],
  ["Councillor Eamonn Fitzwarren", "Member", "Present"],
  ["Councillor Saanvi Wadhwa-Ellis", "Member", "Present"],
  ["Councillor Fintan Ruddlesden", "Member", "Sent substitute"],
  ["Councillor Leofric Hambledon-Shaw", "Member", "Apologies"],
  ["Councillor Adaeze Onwuachi-Brook", "Member", "Present"],
  ["Councillor Jessamy Threlkeld", "Member", "Absent"],
  ["Councillor Horatio Pendleford", "Member", "Present"],
  ["Councillor Tegwen Trevaskis", "Member", "Sent substitute"],
  ["Councillor Godfrey Ilsley", "Substitute for Councillor Fintan Ruddlesden", "Present"],
  ["Councillor Idris Maelor-Jones", "Substitute for Councillor Tegwen Trevaskis", "Present"],
];
const ALSO = "Also present: Dr Cosima Verhoeven-Lake, Association of Electoral Administrators (for item 6).";
const OFF_H = "Officers in attendance";
const OFFICERS = [
  "Hermione Caradine – Director, Local Democracy",
  "Caoimhe Castellane – Head of Elections Policy",
  "Yetunde Oyebanji-Holm – Senior Adviser (Candidate Diversity)",
  "Lachlan Rathmore – Senior Adviser (Electoral Funding)",
  "Marigold Brightwell-Nunn – Policy Adviser (Councillor Safety)",
  "Lysander Adebowale-Nyhan – Campaigns Manager (Stand Local)",
  "Annelise Drummond-Kaye – Member Services Officer",
];
const DOI_H = "Declarations of interest";
const DOI = [
  "Councillor Adaeze Onwuachi-Brook declared an interest in item 4 (Councillor Candidate Diversity Fund: allocations 2025/26) as chair of the Newham Democracy Commission, which would run the work paid for by the London Borough of Newham's allocation. She left the room for that item and did not vote.",
  "Councillor Idris Maelor-Jones declared an interest in item 4 as a member of Shropshire Council, which is proposed for an allocation. He remained in the meeting and voted.",
  "Councillor Eamonn Fitzwarren declared an interest in item 6 (Elections new burdens funding for May 2026) because his partner works in electoral services at Maidstone Borough Council. He remained in the meeting.",
];
const DEC_H = "Decisions";
// [heading, [paragraphs], resolved text, [sub-resolutions]]
const DECISIONS = [
  ["1. Apologies, substitutes and declarations of interest", [], "RESOLVED that the apologies, substitutes and declarations of interest recorded above be noted.", []],
  [
    "2. Minutes of the previous meeting and actions log",
    [],
    "RESOLVED that:",
    [
      "the minutes of the meeting held on 25 September 2025 be agreed as a correct record;",
      "actions A25-07 and A25-11 be closed as superseded; and",
      "the due date for action A25-04 (the evaluation of the Stand Local digital adverts) be 30 January 2026, rather than 16 January 2026 as proposed in the log, so that the evaluation can include the autumn adverts.",
    ],
  ],
  [
    "3. Half-year performance scorecard 2025/26",
    ["Hermione Caradine introduced the scorecard. Members asked that the full Councillor Census results on abuse and intimidation be broken down by gender and by type of council."],
    "RESOLVED that the Board:",
    [
      "notes performance against the twelve indicators at 30 September 2025;",
      "asks for a recovery plan for the Stand Local campaign (LDE-03) to come to its meeting on 5 February 2026; and",
      "will review the target for LDE-11 when the full results of the Councillor Census 2025 are published in January 2026.",
    ],
  ],
  [
    "4. Councillor Candidate Diversity Fund: allocations 2025/26",
    ["Yetunde Oyebanji-Holm introduced the paper. Councillor Adaeze Onwuachi-Brook left the room for this item."],
    "RESOLVED that:",
    [
      "the allocations to twelve councils totalling £384,000 set out in Table 1 of the paper be agreed, except that the £24,000 for Peterborough City Council be paid only once the council has published its candidate diversity action plan; and",
      "the £16,000 not allocated be held in reserve for councils that publish a candidate diversity action plan before 31 January 2026.",
    ],
  ],
  [
    "5. Personal safety guidance for councillors: 2025 refresh",
    ["Marigold Brightwell-Nunn introduced the draft guidance."],
    "RESOLVED that the refreshed guidance be approved for publication in January 2026, subject to any final changes agreed by the Chair and Councillor Saanvi Wadhwa-Ellis.",
    [],
  ],
  [
    "6. Elections new burdens funding for May 2026",
    ["Dr Cosima Verhoeven-Lake and Lachlan Rathmore presented early evidence that councils' costs for the May 2026 elections could be about 15 per cent higher than for the elections of May 2022."],
    "RESOLVED that:",
    [
      "the Chair write to the Minister for Local Government asking that new burdens funding for the May 2026 elections be confirmed by 31 December 2025; and",
      "the results of the joint survey with the Association of Electoral Administrators be reported to the Board on 5 February 2026.",
    ],
  ],
  [
    "7. Forward plan of key decisions",
    [],
    "RESOLVED that the forward plan be noted, and that the item on councillor remuneration (the LGA's evidence to the independent review panel) be moved from 5 February 2026 to 26 March 2026, so that it can take account of the Councillor Census 2025 results.",
    [],
  ],
  ["8. Any other business", ["There was no other business. The next meeting of the Board will be held on Thursday 5 February 2026 at 11.00 am."], null, []],
];
const FOOTER_LINKS = ["Accessibility statement", "Privacy", "Cookies", "Contact the committee team"];
const FOOTER = "Local Government Association, 18 Smith Square, London SW1P 3HZ";

// ---------------------------------------------------------------- checks
const cnt = (a) => ATT.filter((r) => r[2] === a).length;
if (cnt("Sent substitute") !== ATT.filter((r) => r[1].startsWith("Substitute for")).length) throw new Error("substitutes do not match");
for (const r of ATT.filter((r) => r[1].startsWith("Substitute for"))) {
  const m = ATT.find((x) => x[0] === r[1].replace("Substitute for ", ""));
  if (!m || m[2] !== "Sent substitute") throw new Error("substitute for a member who did not send one: " + r[0]);
}

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | ${esc(SITE)}</title>
<style>
body{font-family:Verdana,Arial,sans-serif;font-size:14px;margin:0;color:#1b1b1b}
.skip{position:absolute;left:-9999px}
#mgHeader{background:#0b5563;color:#fff;padding:.7em 2em;display:flex;justify-content:space-between;align-items:center}
#mgHeader a{color:#fff;text-decoration:none;font-weight:bold;font-size:1.2em}
#mgMenu ul{list-style:none;margin:0;padding:0 2em;display:flex;gap:1.5em;background:#e6eef0}
#mgMenu a{display:block;padding:.55em 0;color:#0b5563}
#mgBread ol{list-style:none;display:flex;gap:.4em;margin:0;padding:.6em 2em;font-size:.85em}
#mgBread li+li::before{content:">";margin-right:.4em;color:#777}
main{max-width:62em;padding:0 2em 2em}
ul.mgTabs{list-style:none;display:flex;gap:.3em;padding:0;border-bottom:2px solid #0b5563}
ul.mgTabs li{padding:.35em .9em;background:#e6eef0}
ul.mgTabs li.current{background:#0b5563;color:#fff}
ul.mgTabs li.current a{color:#fff}
table.mgTable{border-collapse:collapse;margin:.6em 0 1em}
table.mgTable th,table.mgTable td{border:1px solid #b8c4c7;padding:.35em .7em;text-align:left}
table.mgTable thead th{background:#0b5563;color:#fff}
ol.mgDecisions{list-style:none;padding:0}
ol.mgDecisions>li{border-top:1px solid #ccd6d8;padding:.4em 0}
ol.mgDecisions h3{font-size:1em;margin:.3em 0}
ol.mgDecisions ol{margin:.2em 0 .6em}
footer{background:#0b5563;color:#fff;padding:1em 2em;font-size:.85em}
footer a{color:#fff}
footer ul{list-style:none;display:flex;gap:1.4em;padding:0}
</style>
</head>
<body>
<a class="skip" href="#mgMain">${esc(SKIP)}</a>
<div id="mgHeader">
<a href="/">${esc(SITE)}</a>
<form role="search" action="/search"><label for="q">${esc(SEARCH)}</label> <input id="q" name="q" type="search"> <button type="submit">Search</button></form>
</div>
<nav id="mgMenu" aria-label="Committee site menu"><ul>
${NAV.map((n) => `<li><a href="/${slug(n)}">${esc(n)}</a></li>`).join("\n")}
</ul></nav>
<nav id="mgBread" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<main id="mgMain">
<h1>${esc(TITLE)}</h1>
<ul class="mgTabs">
${TABS.map((t, i) => (i === CURRENT_TAB ? `<li class="current"><a href="#" aria-current="page">${esc(t)}</a></li>` : `<li><a href="/${slug(t)}">${esc(t)}</a></li>`)).join("\n")}
</ul>
${META.map(([l, v]) => `<p><strong>${esc(l)}</strong> ${esc(v)}</p>`).join("\n")}
<h2>${esc(ATT_H)}</h2>
<table class="mgTable">
<thead><tr>${ATT_HEAD.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${ATT.map((r) => `<tr><td>${esc(r[0])}</td><td>${esc(r[1])}</td><td>${esc(r[2])}</td></tr>`).join("\n")}
</tbody>
</table>
<p>${esc(ALSO)}</p>
<h3>${esc(OFF_H)}</h3>
<ul>
${OFFICERS.map((o) => `<li>${esc(o)}</li>`).join("\n")}
</ul>
<h2>${esc(DOI_H)}</h2>
<ul>
${DOI.map((d) => `<li>${esc(d)}</li>`).join("\n")}
</ul>
<h2>${esc(DEC_H)}</h2>
<ol class="mgDecisions">
${DECISIONS.map(
  ([h, paras, res, subs]) => `<li>
<h3>${esc(h)}</h3>
${paras.map((p) => `<p>${esc(p)}</p>`).join("\n")}${res ? `\n<p>${esc(res)}</p>` : ""}${subs.length ? `\n<ol type="a">\n${subs.map((s) => `<li>${esc(s)}</li>`).join("\n")}\n</ol>` : ""}
</li>`,
).join("\n")}
</ol>
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
const R = [SKIP, SITE, SEARCH, "Search", ...NAV, ...CRUMBS, TITLE, ...TABS, ...META.map(([l, v]) => `${l} ${v}`), ATT_H, ATT_HEAD.join(" | "), ...ATT.map((r) => r.join(" | ")), ALSO, OFF_H, ...OFFICERS, DOI_H, ...DOI, DEC_H];
for (const [h, paras, res, subs] of DECISIONS) {
  R.push(h, ...paras);
  if (res) R.push(res);
  R.push(...subs);
}
R.push(...FOOTER_LINKS, FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
