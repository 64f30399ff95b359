// Builds docs/housing-homelessness-board-decisions-2025-09-18.html (the decision notice and minutes page of
// the Housing and Homelessness Board meeting of 18 September 2025, as published by a committee management
// system) and its plain-text rendering text/housing-homelessness-board-decisions-2025-09-18.txt.
//
//   node src/build-hhb-html.mjs
//
// Layout: a committee-system page: skip link, a header with the system's name and a search form, a top
// menu (Committees, Meetings calendar, Decisions, ...), a breadcrumb, <main> with the <h1> and meeting
// details as short "Label: value" paragraphs; ATTENDANCE AS ONE SENTENCE in one paragraph ("Present:
// Councillors A (Chair), B, ...; Apologies: Councillors ...; In attendance: ...; Officers: ..."); each agenda
// item as an <h2> ("3. Temporary accommodation: ..."), minutes paragraphs and lists, and the decision as a
// paragraph "RESOLVED – that ..." followed by typed sub-points "(i) ...", "(ii) ..." as their own paragraphs;
// a declarations-of-interest table Member | Item | Nature of interest under item 1; a "Meeting documents"
// <aside> after <main>; a footer.
// Rendering: one line per heading, paragraph, list item or link, in source order; table rows as cells
// joined with " | ".
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "housing-homelessness-board-decisions-2025-09-18";

const SKIP = "Skip to content";
const SYSTEM = "LGA Committee Information";
const SEARCH = ["Search committee documents", "Go"];
const NAV = ["Committees", "Meetings calendar", "Decisions", "Councillors", "Outside bodies", "Document library"];
const CRUMBS = ["Committees", "Housing and Homelessness Board", "Meeting of 18 September 2025", "Decision notice and minutes"];
const H1 = "Decision notice and minutes: Housing and Homelessness Board, 18 September 2025";
const DETAILS = [
  ["Meeting", "Thursday 18 September 2025, 11.00 am"],
  ["Venue", "Westminster Room, 18 Smith Square, London SW1P 3HZ, and online (hybrid meeting)"],
  ["Status", "Draft minutes, to be confirmed at the meeting on 27 November 2025. The decisions below took effect on the day of the meeting."],
  ["Decisions published", "22 September 2025"],
  ["Contact", "Imelda Sorensby, Democratic Services Officer – 020 7946 0853 – imelda.sorensby@local.gov.uk"],
];
const ATTENDANCE =
  "Present: Councillors Harriet Fennimore (Chair), Rajinder Kaur-Bassi (Vice-Chair), Deborah Okonjo-Blake (Deputy Chair), Ifeoma Strang, Barnaby Ferrabee, Gillian Pryce-Jarvis, Matthias Grimwade, Lyndon Farrimond, Esther Wainwright-Obi, Cormac Delahunty and Sunniva Ekwueme (substitute for Cllr Oswin Carlyle); Apologies: Councillors Oswin Carlyle (Deputy Chair), Tobias Venning and Maureen Killick; In attendance: Sandeep Hallworth (Director of Housing, Birmingham City Council) for item 3; Officers: Gideon Rusbridge, Lorcan Whitlow, Anselm Petrakis and Imelda Sorensby.";
const DECL_HEAD = ["Member", "Item", "Nature of interest"];
const DECLS = [
  [
    "Cllr Ifeoma Strang",
    "3. Temporary accommodation: cost pressures and the homelessness strategy",
    "Other registrable interest: non-executive director of Brindley Homes, a housing association that provides temporary accommodation in Birmingham. Remained in the meeting and took part.",
  ],
  [
    "Cllr Barnaby Ferrabee",
    "5. Supported housing: the new licensing regime",
    "Non-registrable interest: a close family member manages a supported housing scheme in Hull. Left the meeting for the item and took no part in the discussion.",
  ],
  [
    "Cllr Lyndon Farrimond",
    "6. Appointments to outside bodies",
    "Personal interest: nominated for appointment under this item. Took no part in the decision on his own appointment.",
  ],
];
// items: [heading, blocks]; block: ["p", text] | ["ul", [items]] | ["decl"] | ["res", lead, [subpoints]]
const ITEMS = [
  [
    "1. Welcome, apologies and declarations of interest",
    [
      ["p", "The Chair welcomed members to the meeting, in particular Cllr Sunniva Ekwueme, who attended as a substitute. Apologies were received as recorded above."],
      ["p", "The following interests were declared:"],
      ["decl"],
    ],
  ],
  ["2. Minutes of the previous meeting", [["res", "RESOLVED – that the minutes of the meeting held on 3 July 2025 be agreed as a correct record.", []]]],
  [
    "3. Temporary accommodation: cost pressures and the homelessness strategy",
    [
      ["p", "Sandeep Hallworth, Director of Housing at Birmingham City Council, gave a presentation on the council's experience: the number of households in temporary accommodation in the city had risen from 3,900 to 5,400 in two years, and more than 600 families were in bed and breakfast accommodation. Lorcan Whitlow, Senior Adviser (Homelessness), then introduced the report, which set out the LGA's proposed asks for the Government's homelessness strategy."],
      ["p", "In discussion, members made the following points:"],
      [
        "ul",
        [
          "the housing benefit subsidy limit for temporary accommodation, still frozen at January 2011 rates, left councils in England an estimated £700 million short in 2024/25;",
          "prevention funding should be given to councils for several years at a time, so that they can commission early help services;",
          "councils placing households out of area should notify the receiving council within two working days, as the statutory guidance already requires.",
        ],
      ],
      [
        "res",
        "RESOLVED – that the Board:",
        [
          "(i) notes the evidence presented and the pressures on councils' temporary accommodation budgets;",
          "(ii) agrees that the LGA's submission on the Government's homelessness strategy should call for the housing benefit subsidy limit for temporary accommodation to be uprated to 100 per cent of the 2025 local housing allowance rates; and",
          "(iii) asks the Chair to write to the Minister responsible for homelessness before the Budget, setting out the evidence in the report.",
        ],
      ],
    ],
  ],
  [
    "4. Housing and homelessness work programme 2025/26: performance report, Quarter 1",
    [
      ["p", "Gideon Rusbridge, Policy Adviser (Housing), introduced the report, which showed three targets complete, five on track, three at risk and three off track at 30 June 2025. Members expressed concern at the delay to the supported housing regulations and asked that the roundtable with housing association chief executives (HH12) be held before the end of October."],
      [
        "res",
        "RESOLVED – that the Board:",
        [
          "(i) notes progress against the work programme at Quarter 1 of 2025/26;",
          "(ii) agrees to move the completion date of target HH5 (guidance on the supported housing licensing regime) to 30 November 2025; and",
          "(iii) asks officers to report to the next meeting on options for escalating target HH2 (the temporary accommodation subsidy limit) with Ministers.",
        ],
      ],
    ],
  ],
  [
    "5. Supported housing: the new licensing regime",
    [
      ["p", "Cllr Barnaby Ferrabee left the meeting for this item. Anselm Petrakis, Senior Adviser (Housing Supply), introduced the report on the licensing regime for supported exempt accommodation and the delay to the regulations."],
      [
        "res",
        "RESOLVED – that the Board:",
        [
          "(i) notes the delay to the regulations and its effect on the Board's guidance for councils;",
          "(ii) agrees that the LGA's priorities for the regulations are licence fees set locally so that councils can recover the full cost of the scheme, a transition period of at least 12 months from the date the regulations come into force, and new burdens funding for enforcement; and",
          "(iii) delegates to the Chair, in consultation with the Vice-Chair and Deputy Chairs, the approval of the LGA's response to the consultation on the regulations, if it is published before the next meeting.",
        ],
      ],
      ["p", "Cllr Ferrabee returned to the meeting."],
    ],
  ],
  [
    "6. Appointments to outside bodies",
    [
      ["p", "Cllr Lyndon Farrimond took no part in the decision on his own appointment."],
      [
        "res",
        "RESOLVED – that:",
        [
          "(i) Cllr Lyndon Farrimond be appointed as the LGA's representative on the National Rough Sleeping Advisory Panel until the LGA's annual meeting in July 2026; and",
          "(ii) Cllr Esther Wainwright-Obi be appointed to the Domestic Abuse Safe Accommodation Partnership Board in place of Cllr Tobias Venning, until the LGA's annual meeting in July 2026.",
        ],
      ],
    ],
  ],
  [
    "7. Any other business",
    [
      ["p", "There was no other business. The next meeting of the Board will be held on Thursday 27 November 2025 at 11.00 am."],
      ["p", "The meeting ended at 1.05 pm."],
    ],
  ],
];
const ASIDE_H = "Meeting documents";
const DOCS = [
  "Agenda frontsheet (PDF, 96 KB)",
  "Item 3 – Temporary accommodation (PDF, 412 KB)",
  "Item 4 – Performance report Q1 2025/26 (PDF, 188 KB)",
  "Item 5 – Supported housing (PDF, 240 KB)",
  "Printed decisions (PDF, 120 KB)",
];
const FOOT = ["Local Government Association, 18 Smith Square, London SW1P 3HZ", "Accessibility statement", "Privacy notice", "© Local Government Association 2025"];

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const h = [];
h.push(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(H1)} | ${SYSTEM}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
header.site{background:#1d3557;color:#fff;padding:10px 24px;display:flex;justify-content:space-between;align-items:center}
header.site a{color:#fff;text-decoration:none;font-weight:bold}
nav.top ul{list-style:none;margin:0;padding:0 24px;background:#e9eef4;display:flex;gap:18px}
nav.top li{padding:8px 0}
nav.crumbs ol{list-style:none;display:flex;gap:6px;padding:8px 24px;margin:0;font-size:.9em}
nav.crumbs li+li:before{content:"\\203A";margin-right:6px}
.wrap{display:flex;gap:32px;padding:0 24px}
main{flex:3;max-width:60em}
aside{flex:1;border-left:3px solid #1d3557;padding-left:16px}
p.meta{margin:.2em 0}
.visually-hidden{position:absolute;left:-9999px}
p.sub{margin:.2em 0 .2em 2em}
table.decl{border-collapse:collapse;width:100%}
table.decl th,table.decl td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}
footer{background:#333;color:#eee;padding:12px 24px;margin-top:24px;font-size:.9em}
</style>
</head>
<body>
<a class="skip" href="#content">${SKIP}</a>
<header class="site">
<a href="/mgListCommittees.aspx">${SYSTEM}</a>
<form role="search" action="/mgSearch.aspx"><label for="q">${SEARCH[0]}</label> <input id="q" name="q" type="search"> <button type="submit">${SEARCH[1]}</button></form>
</header>
<nav class="top" aria-label="Main"><ul>
${NAV.map((n) => `<li><a href="/${slug(n)}">${n}</a></li>`).join("\n")}
</ul></nav>
<nav class="crumbs" aria-label="Breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="#">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></nav>
<div class="wrap">
<main id="content">
<h1>${esc(H1)}</h1>
${DETAILS.map(([k, v]) => `<p class="meta"><strong>${k}:</strong> ${esc(v)}</p>`).join("\n")}
<p class="attendance">${esc(ATTENDANCE)
    .replace(/^Present:/, "<strong>Present:</strong>")
    .replace("; Apologies:", "; <strong>Apologies:</strong>")
    .replace("; In attendance:", "; <strong>In attendance:</strong>")
    .replace("; Officers:", "; <strong>Officers:</strong>")}</p>`);
for (const [title, blocks] of ITEMS) {
  h.push(`<section class="item" id="item-${title.split(".")[0]}">\n<h2>${esc(title)}</h2>`);
  for (const b of blocks) {
    if (b[0] === "p") h.push(`<p>${esc(b[1])}</p>`);
    else if (b[0] === "ul") h.push(`<ul>\n${b[1].map((li) => `<li>${esc(li)}</li>`).join("\n")}\n</ul>`);
    else if (b[0] === "decl")
      h.push(`<table class="decl">
<caption class="visually-hidden">Declarations of interest</caption>
<thead><tr>${DECL_HEAD.map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead>
<tbody>
${DECLS.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table>`);
    else if (b[0] === "res") {
      h.push(`<p class="resolved"><strong>${esc(b[1].split(" – ")[0])}</strong> – ${esc(b[1].split(" – ").slice(1).join(" – "))}</p>`);
      for (const s of b[2]) h.push(`<p class="sub">${esc(s)}</p>`);
    }
  }
  h.push(`</section>`);
}
h.push(`</main>
<aside aria-labelledby="docs-h">
<h2 id="docs-h">${ASIDE_H}</h2>
<ul>
${DOCS.map((d) => `<li><a href="#">${esc(d)}</a></li>`).join("\n")}
</ul>
</aside>
</div>
<footer>
<p>${esc(FOOT[0])}</p>
<p><a href="#">${FOOT[1]}</a> | <a href="#">${FOOT[2]}</a></p>
<p>${esc(FOOT[3])}</p>
</footer>
</body>
</html>
`);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), h.join("\n"));

// ---------------------------------------------------------------- rendering (source order)
const t = [SKIP, SYSTEM, ...SEARCH, ...NAV, ...CRUMBS, H1];
for (const [k, v] of DETAILS) t.push(`${k}: ${v}`);
t.push(ATTENDANCE);
for (const [title, blocks] of ITEMS) {
  t.push(title);
  for (const b of blocks) {
    if (b[0] === "p") t.push(b[1]);
    else if (b[0] === "ul") t.push(...b[1]);
    else if (b[0] === "decl") t.push("Declarations of interest", DECL_HEAD.join(" | "), ...DECLS.map((r) => r.join(" | ")));
    else if (b[0] === "res") t.push(b[1], ...b[2]);
  }
}
t.push(ASIDE_H, ...DOCS, FOOT[0], `${FOOT[1]} | ${FOOT[2]}`, FOOT[3]);
writeFileSync(join(root, "text", BASE + ".txt"), t.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${ITEMS.length} items, ${DECLS.length} declarations)`);
