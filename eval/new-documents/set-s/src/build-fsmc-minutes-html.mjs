// Builds docs/fire-services-management-committee-minutes-2022-01-21.html (minutes published as an ordinary
// LGA website page: cookie banner, skip link, site header with search, navigation menu, breadcrumb, a
// sidebar of related documents and a site footer) and its plain-text rendering
// text/fire-services-management-committee-minutes-2022-01-21.txt from the same content.
//
//   node src/build-fsmc-minutes-html.mjs
//
// Layout: "Present:" as one run-on paragraph with roles and authorities in brackets, "Apologies:" as a
// list, "In attendance:" paragraph, a "Declarations of interest" section, numbered minute items (h2) each
// with who introduced it, "Resolved:" or "Decision:" text and an "Actions" table Action | Owner | Deadline.
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fire-services-management-committee-minutes-2022-01-21";

const COOKIE = {
  heading: "Cookies on local.gov.uk",
  text: "We use some essential cookies to make this website work. We’d also like to set analytics cookies that help us understand how you use the site, so that we can improve it.",
  buttons: ["Accept additional cookies", "Reject additional cookies", "View cookies"],
};
const SKIP = "Skip to main content";
const SITE = "Local Government Association";
const TAGLINE = "The national voice of local government";
const SEARCH = "Search local.gov.uk";
const MENU = ["Topics", "Our support", "Publications", "Events", "Parliament", "About", "Contact us", "Member login"];
const CRUMBS = ["Home", "About", "Our governance", "Fire Services Management Committee", "Minutes, 21 January 2022"];
const H1 = "Minutes of the Fire Services Management Committee, 21 January 2022";
const META = [
  ["Date", "Friday 21 January 2022"],
  ["Time", "11.00 am"],
  ["Venue", "Westminster Room, 8th Floor, 18 Smith Square, London SW1P 3HZ, and online via Microsoft Teams"],
];
const DRAFT = "These minutes are a draft until they are agreed at the Committee’s next meeting on 18 March 2022.";

const PRESENT =
  "Cllr Ian Strudwick (Chair, Hertfordshire County Council), Cllr Wendy Alcott (Vice-Chair, Tyne and Wear Fire and Rescue Authority), Cllr Raymond Fullerton (Deputy Chair, Cambridgeshire and Peterborough Fire Authority), Cllr Tessa Brindley (Deputy Chair, Devon and Somerset Fire and Rescue Authority), Cllr Malcolm Ashbury (Kent and Medway Fire and Rescue Authority), Cllr Yasmin Siddiqui (West Midlands Fire and Rescue Authority), Cllr Gordon Pike (Lincolnshire County Council), Cllr Denise Harker (Merseyside Fire and Rescue Authority) and Cllr Alan Moorcroft (substitute, Humberside Fire Authority).";
const APOLOGIES = [
  "Cllr Barbara Quinlan (South Yorkshire Fire and Rescue Authority) – Cllr Alan Moorcroft attended as substitute",
  "Cllr Neville Hardcastle (Oxfordshire County Council)",
];
const ATTENDANCE =
  "Gillian Trask (Senior Adviser, Fire), Declan Moyes (Principal Negotiating Officer, Workforce), Rhiannon Pugh (Adviser, Fire) and Callum Reddy (Governance Officer), LGA; Chief Fire Officer Alison Keary, National Fire Chiefs Council (for item 4).";
const DECLARATIONS = [
  "Cllr Malcolm Ashbury declared a non-pecuniary interest in item 3 (Fire pay: the 2022 pay round), as his son is a serving firefighter with Kent Fire and Rescue Service. He remained in the meeting and took part in the discussion.",
  "No other interests were declared.",
];

// items: n, title, blocks: {p} | {ul:[...]} | {label, p} | {actions:[[action, owner, deadline]...]}
const ITEMS = [
  {
    n: "1",
    title: "Welcome, apologies and declarations of interest",
    blocks: [
      { p: "The Chair welcomed members, including Cllr Yasmin Siddiqui, who was attending her first meeting of the Committee. The apologies and the declaration of interest set out above were noted." },
    ],
  },
  {
    n: "2",
    title: "Minutes of the previous meeting",
    blocks: [
      { p: "The minutes of the meeting held on 18 November 2021 were agreed as a correct record, subject to one correction: Cllr Denise Harker had given apologies for that meeting and should not have been listed as present." },
      { label: "Resolved:", p: "That the minutes of the meeting held on 18 November 2021, as corrected, be agreed." },
    ],
  },
  {
    n: "3",
    title: "Fire pay: the 2022 pay round",
    blocks: [
      { p: "Declan Moyes, Principal Negotiating Officer, introduced the report. He reminded members that the 2021 award of 1.5 per cent from 1 July 2021 had been implemented by all fire and rescue authorities. For 2022, the Fire Brigades Union had indicated that it would seek an award that reflected the rise in the cost of living, with CPI inflation at 5.1 per cent in November 2021. Each 1 per cent on the pay bill would cost fire and rescue authorities in England around £14 million a year." },
      { p: "In discussion, members made the following points:" },
      {
        ul: [
          "the provisional fire funding settlement for 2022/23 did not provide for a pay award above 2 per cent, and most authorities had budgeted for 2 per cent;",
          "any offer should be made in good time, to avoid the uncertainty of previous years; and",
          "the risk of industrial action, which is recorded on the Workforce Board’s risk register, should be kept under close review.",
        ],
      },
      { label: "Resolved:", p: "That the Committee:" },
      {
        ul: [
          "(a) notes the report;",
          "(b) agrees that the employers’ side should not make a pay offer for 2022 until the final fire funding settlement for 2022/23 has been confirmed; and",
          "(c) asks the Chair to write to the Fire Minister setting out the cost of the 2022 pay round to fire and rescue authorities and asking for it to be funded.",
        ],
      },
      {
        actions: [
          ["Write to the Fire Minister on funding for the 2022 pay award", "Cllr Ian Strudwick / Gillian Trask", "4 February 2022"],
          ["Consult fire and rescue authorities on the employers’ mandate for the 2022 pay round", "Declan Moyes", "11 March 2022"],
          ["Report the outcome of the consultation to the Committee", "Declan Moyes", "18 March 2022"],
        ],
      },
    ],
  },
  {
    n: "4",
    title: "Fire reform: the forthcoming White Paper",
    blocks: [
      { p: "Cllr Wendy Alcott, Vice-Chair, introduced the item with Chief Fire Officer Alison Keary of the National Fire Chiefs Council. The Home Office has said that it will publish a White Paper on fire reform in the spring, covering the professionalism, people and governance of fire and rescue services." },
      { p: "Members discussed the principles that the LGA should promote in its engagement with the Home Office. There was strong support for keeping locally elected members at the heart of fire governance. Some members felt that the operational independence of chief fire officers should be set out in law; others felt that this was best dealt with through guidance." },
      { label: "Decision:", p: "The Committee agreed four principles for the LGA’s engagement with the Home Office on fire reform: (1) fire governance should remain locally accountable, and no single model should be imposed; (2) the operational independence of chief fire officers should be set out in statutory guidance rather than primary legislation; (3) any new duties should be fully funded; and (4) the LGA should seek a formal role in the proposed College of Fire and Rescue." },
      {
        actions: [
          ["Share the agreed principles with the Home Office", "Gillian Trask", "28 January 2022"],
          ["Bring a draft response to the White Paper to the Committee within six weeks of its publication", "Gillian Trask", "To be confirmed"],
        ],
      },
    ],
  },
  {
    n: "5",
    title: "Equality, diversity and inclusion in the fire and rescue workforce",
    blocks: [
      { p: "Rhiannon Pugh, Adviser, introduced the report, which set out the latest workforce statistics. At 31 March 2021, women made up 8.6 per cent of wholetime firefighters in England, and 5.4 per cent of firefighters identified as being from an ethnic minority background. The LGA and the National Fire Chiefs Council had developed an inclusion self-assessment tool, which 19 fire and rescue services had piloted." },
      { p: "Members welcomed the tool. Cllr Tessa Brindley asked that the tool should also cover on-call firefighters, who make up a large part of the workforce in rural services; officers agreed to include this." },
      { label: "Resolved:", p: "That the Committee notes the report and endorses the inclusion self-assessment tool for use by all fire and rescue authorities." },
      {
        actions: [
          ["Add on-call firefighters to the self-assessment tool", "Rhiannon Pugh", "25 February 2022"],
          ["Circulate the inclusion self-assessment tool to all fire and rescue authorities", "Rhiannon Pugh", "31 March 2022"],
        ],
      },
    ],
  },
  {
    n: "6",
    title: "Any other business",
    blocks: [
      { p: "Cllr Gordon Pike asked for an update on the Emergency Services Mobile Communications Programme at a future meeting. The Chair agreed that this would be taken at the Committee’s meeting in March." },
      { p: "The meeting closed at 12.55 pm." },
    ],
  },
];
const NEXT = "Date of next meeting: Friday 18 March 2022, 11.00 am, 18 Smith Square, London SW1P 3HZ";
const SIDEBAR = {
  heading: "Related documents",
  links: [
    "Fire Services Management Committee agenda, 21 January 2022 (PDF, 41 pages)",
    "Fire Services Management Committee minutes, 18 November 2021",
    "Fire Services Management Committee membership 2021/22",
  ],
  contact: ["Contact", "Callum Reddy, Governance Officer", "020 7946 0744", "callum.reddy@local.gov.uk"],
};
const FOOTER = {
  address: "Local Government Association, 18 Smith Square, London SW1P 3HZ",
  phone: "Telephone 020 7946 0500",
  links: ["Accessibility statement", "Privacy notice", "Cookies", "Terms and conditions", "Contact us"],
  copy: "© Local Government Association 2022",
};

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const h = [];
h.push(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(H1)} | ${SITE}</title>
<meta name="description" content="Minutes of the meeting of the Fire Services Management Committee held on 21 January 2022.">
<link rel="stylesheet" href="/themes/lga/css/main.css">
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b;line-height:1.5}
.cookie-banner{background:#f3f2f1;padding:16px 32px;border-bottom:4px solid #00629b}
.site-header{background:#00629b;color:#fff;padding:12px 32px;display:flex;justify-content:space-between;align-items:center}
.site-header a{color:#fff;text-decoration:none;font-weight:bold;font-size:1.3em}
nav.main-menu ul{list-style:none;margin:0;padding:0 32px;background:#004a75;display:flex;gap:24px}
nav.main-menu a{color:#fff;display:block;padding:10px 0;text-decoration:none}
.breadcrumb ol{list-style:none;display:flex;gap:8px;padding:8px 32px;margin:0;font-size:.9em}
.breadcrumb li+li:before{content:"›";margin-right:8px}
.layout{display:flex;gap:40px;padding:0 32px 32px}
main{flex:3}
aside{flex:1;border-top:4px solid #00629b;padding-top:8px}
table.actions{border-collapse:collapse;margin:8px 0 20px;width:100%}
table.actions th,table.actions td{border:1px solid #b1b4b6;padding:6px 8px;text-align:left;vertical-align:top}
table.actions th{background:#e8f1f8}
footer{background:#1d1d1b;color:#fff;padding:24px 32px;font-size:.9em}
footer a{color:#fff}
.visually-hidden{position:absolute;left:-9999px}
</style>
</head>
<body>
<div class="cookie-banner" role="region" aria-label="${esc(COOKIE.heading)}">
  <h2>${esc(COOKIE.heading)}</h2>
  <p>${esc(COOKIE.text)}</p>
  ${COOKIE.buttons.map((b) => `<button type="button">${esc(b)}</button>`).join("\n  ")}
</div>
<a class="skip-link" href="#main-content">${SKIP}</a>
<header class="site-header">
  <a href="/" class="logo">${SITE}</a>
  <span class="tagline">${esc(TAGLINE)}</span>
  <form class="search" action="/search" method="get" role="search">
    <label for="search-input" class="visually-hidden">${esc(SEARCH)}</label>
    <input id="search-input" name="keys" type="search" placeholder="${esc(SEARCH)}">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="main-menu" aria-label="Main menu">
  <ul>
    ${MENU.map((m) => `<li><a href="/${slug(m)}">${esc(m)}</a></li>`).join("\n    ")}
  </ul>
</nav>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    ${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("\n    ")}
  </ol>
</nav>
<div class="layout">
<main id="main-content">
  <h1>${esc(H1)}</h1>
  <dl class="meeting-details">
    ${META.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join("\n    ")}
  </dl>
  <p class="status"><em>${esc(DRAFT)}</em></p>
  <p><strong>Present:</strong> ${esc(PRESENT)}</p>
  <p><strong>Apologies:</strong></p>
  <ul>
    ${APOLOGIES.map((a) => `<li>${esc(a)}</li>`).join("\n    ")}
  </ul>
  <p><strong>In attendance:</strong> ${esc(ATTENDANCE)}</p>
  <h2>Declarations of interest</h2>
  ${DECLARATIONS.map((d) => `<p>${esc(d)}</p>`).join("\n  ")}
`);
for (const it of ITEMS) {
  h.push(`  <h2 id="item-${it.n}">${it.n}. ${esc(it.title)}</h2>`);
  for (const b of it.blocks) {
    if (b.ul) h.push(`  <ul>\n${b.ul.map((x) => `    <li>${esc(x)}</li>`).join("\n")}\n  </ul>`);
    else if (b.actions)
      h.push(
        `  <h3>Actions</h3>\n  <table class="actions">\n    <thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Deadline</th></tr></thead>\n    <tbody>\n${b.actions
          .map((r) => `      <tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
          .join("\n")}\n    </tbody>\n  </table>`,
      );
    else if (b.label) h.push(`  <p><strong>${esc(b.label)}</strong> ${esc(b.p)}</p>`);
    else h.push(`  <p>${esc(b.p)}</p>`);
  }
}
h.push(`  <p><strong>${esc(NEXT)}</strong></p>
</main>
<aside>
  <h2>${esc(SIDEBAR.heading)}</h2>
  <ul>
    ${SIDEBAR.links.map((l) => `<li><a href="/documents/${slug(l)}">${esc(l)}</a></li>`).join("\n    ")}
  </ul>
  <h2>${esc(SIDEBAR.contact[0])}</h2>
  <p>${SIDEBAR.contact.slice(1).map(esc).join("<br>\n  ")}</p>
</aside>
</div>
<footer>
  <p>${esc(FOOTER.address)}<br>${esc(FOOTER.phone)}</p>
  <ul class="footer-links">
    ${FOOTER.links.map((l) => `<li><a href="/${slug(l)}">${esc(l)}</a></li>`).join("\n    ")}
  </ul>
  <p>${esc(FOOTER.copy)}</p>
</footer>
</body>
</html>
`);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), h.join("\n"));

// ---------------------------------------------------------------- text rendering
// The page's own text in reading order: banner, header, menu and breadcrumb, the minutes, sidebar, footer.
const L = [];
L.push(COOKIE.heading, COOKIE.text, ...COOKIE.buttons, SKIP, SITE, TAGLINE, SEARCH, "Search", ...MENU, CRUMBS.join(" › "));
L.push(H1, ...META.map(([k, v]) => `${k} ${v}`), DRAFT);
L.push(`Present: ${PRESENT}`, "Apologies:", ...APOLOGIES, `In attendance: ${ATTENDANCE}`);
L.push("Declarations of interest", ...DECLARATIONS);
for (const it of ITEMS) {
  L.push(`${it.n}. ${it.title}`);
  for (const b of it.blocks) {
    if (b.ul) L.push(...b.ul);
    else if (b.actions) L.push("Actions", "Action | Owner | Deadline", ...b.actions.map((r) => r.join(" | ")));
    else if (b.label) L.push(`${b.label} ${b.p}`);
    else L.push(b.p);
  }
}
L.push(NEXT, SIDEBAR.heading, ...SIDEBAR.links, ...SIDEBAR.contact, FOOTER.address, FOOTER.phone, ...FOOTER.links, FOOTER.copy);
writeFileSync(join(root, "text", BASE + ".txt"), L.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${L.length} lines)`);
