// Builds docs/audit-committee-minutes-2023-07-20.html (the minutes of the Audit Committee of 20 July 2023
// as a page of a council-style website) and its plain-text rendering
// text/audit-committee-minutes-2023-07-20.txt from the same content.
//
//   node src/build-audit-minutes-html.mjs
//
// Layout: cookie banner, site header with search, top menu, breadcrumb, a two-column layout of plain <div>s
// (no <main> element) with the minutes on the left and a right-hand sidebar of related links, and a site
// footer. "Present:" is one paragraph of names with roles in brackets; "Apologies:" is a bulleted list;
// "Declarations of interest" is its own item; numbered items (h2 "4. Treasury management") each say who
// introduced them and end with a "Resolved:" paragraph and, where there are actions, a table
// Action | Owner | Deadline.
// Synthetic test fixture: the people, figures and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "audit-committee-minutes-2023-07-20";

const COOKIE = [
  "We use cookies on this website",
  "We use necessary cookies to make our site work. We would also like to set analytics cookies that help us improve it. We will not set optional cookies unless you enable them.",
];
const COOKIE_BUTTONS = ["Accept all cookies", "Reject optional cookies", "Cookie settings"];
const SITE = "Local Government Association";
const MENU = ["Home", "Our work", "Topics", "Publications", "Events", "Governance", "Contact us"];
const CRUMBS = ["Home", "Governance", "Committees", "Audit Committee", "Minutes, 20 July 2023"];
const H1 = "Audit Committee – minutes of the meeting held on 20 July 2023";
const WHEN = "Thursday 20 July 2023, 2.00 pm, Bevin Room, 18 Smith Square, London, SW1P 3HZ and online";

const PRESENT =
  "Cllr Maurice Dunkley (Chair), Cllr Sadia Farooqui (Vice-Chair), Cllr Trevor Ambler, Cllr Philippa Northcote, Cllr Gwen Arkwright, Cllr Leon Baptiste (substitute for Cllr Eamon Costigan) and Mr Julian Saxby (Independent Member).";
const IN_ATTENDANCE =
  "Bernard Ashcombe (Chief Operating Officer), Corinne Blakemore (Director of Finance), Neil Carver (Treasury and Investments Manager), Ravi Menon (Head of Internal Audit), Gemma Strachan (Audit Director, external auditor) and Yasmin Adeyemi (Governance Officer).";
const APOLOGIES = ["Cllr Eamon Costigan (Halton Borough Council)", "Cllr Margaret Lyttle (Shropshire Council)"];

// items: {n, title, paras: [string | {label, text} | {ul: [...]}], resolved, actions: [[action, owner, deadline]] | null}
const items = [
  {
    n: "1.",
    title: "Apologies and substitutions",
    paras: [{ label: "Apologies:", ul: APOLOGIES }, "Cllr Leon Baptiste attended as substitute for Cllr Eamon Costigan."],
  },
  {
    n: "2.",
    title: "Declarations of interest",
    paras: [
      "Cllr Trevor Ambler declared a non-pecuniary interest in item 4 (Treasury management) as a trustee of a housing charity that holds deposits with Lloyds Bank, one of the Association's counterparties. He took part in the discussion but not in the decision.",
      "Mr Julian Saxby declared that he had been employed by the external auditor's firm until 2019. With the Committee's agreement he took part in item 6.",
      "No other interests were declared.",
    ],
  },
  {
    n: "3.",
    title: "Minutes of the previous meeting",
    paras: ["The minutes of the meeting held on 27 April 2023 were agreed as a correct record, subject to correcting the spelling of Cllr Arkwright's name."],
    resolved: "That the minutes of the meeting held on 27 April 2023 be agreed as a correct record.",
  },
  {
    n: "4.",
    title: "Treasury management",
    paras: [
      "Neil Carver, Treasury and Investments Manager, introduced the annual treasury management report for 2022/23. Cash and short-term investments stood at £41.6 million at 31 March 2023 and had earned an average return of 2.14 per cent over the year, compared with 0.19 per cent in 2021/22. There had been no breaches of the treasury management strategy or of the prudential indicators.",
      "In answer to Cllr Farooqui, Mr Carver said that the largest single deposit at 31 March 2023 was £5 million, with Lloyds Bank, which was the limit for any one counterparty. Higher interest rates meant that the limit was now restricting the return on the Association's cash, and officers proposed raising it to £7.5 million for UK banks with a long-term credit rating of A+ or above.",
      "Members supported the proposal but asked to see the full list of counterparties and their current credit ratings.",
    ],
    resolved:
      "That the Committee (a) notes the treasury management outturn for 2022/23; and (b) recommends to the Leadership Board that the counterparty limit for UK banks rated A+ or above be raised from £5 million to £7.5 million.",
    actions: [
      ["Circulate the list of counterparties and their current credit ratings to members", "Neil Carver", "31 August 2023"],
      ["Report the proposed counterparty limit to the Leadership Board", "Corinne Blakemore", "14 September 2023"],
    ],
  },
  {
    n: "5.",
    title: "Internal audit progress report 2023/24",
    paras: [
      "Ravi Menon, Head of Internal Audit, introduced the report. Of the 14 audits in the 2023/24 plan, four had been completed, five were in progress and five had not yet started.",
      "The audit of purchase cards had been given limited assurance: 23 of the 60 transactions sampled had no receipt, and two cards were still held by staff who had left the organisation. The other three completed audits (payroll, IT access controls and grant claims) had been given substantial or reasonable assurance.",
      "Members were concerned about the purchase card findings. Corinne Blakemore, Director of Finance, said that the two cards would be cancelled immediately and that monthly checks of receipts had been introduced from 1 July 2023.",
    ],
    resolved:
      "That the Committee (a) notes the internal audit progress report; and (b) asks the Chief Operating Officer to report on the implementation of the purchase card recommendations to the next meeting.",
    actions: [
      ["Cancel the two purchase cards held by leavers and confirm to the Chair", "Corinne Blakemore", "28 July 2023"],
      ["Report on implementation of the purchase card recommendations", "Bernard Ashcombe", "16 November 2023"],
    ],
  },
  {
    n: "6.",
    title: "External audit plan 2022/23",
    paras: [
      "Gemma Strachan, Audit Director for the external auditor, introduced the audit plan for the 2022/23 accounts. The significant risks identified were management override of controls and the valuation of the defined benefit pension liability. Materiality had been set at £1.1 million.",
      "The proposed audit fee was £68,500, compared with £61,000 for 2021/22; the increase reflected new auditing standards. The auditor expected to give its opinion by 30 November 2023.",
    ],
    resolved: "That the Committee notes the external audit plan for 2022/23 and the proposed fee.",
    actions: [["Provide the draft 2022/23 statement of accounts to the external auditor", "Corinne Blakemore", "31 August 2023"]],
  },
  {
    n: "7.",
    title: "Corporate risk register",
    paras: [
      "Bernard Ashcombe, Chief Operating Officer, introduced the corporate risk register, which had ten risks, three of them rated red.",
      "He proposed adding a new risk, CRR11 (financial sustainability of public leisure facilities), which had been raised by the Culture, Tourism and Sport Board because closures of leisure centres and pools were affecting councils across the country.",
      "Members asked whether the residual score of 6 for CRR4 (pension fund deficit) was still right after the recent fall in gilt prices.",
    ],
    resolved:
      "That the Committee agrees the corporate risk register, with the addition of CRR11 (financial sustainability of public leisure facilities), and asks officers to review the residual score of CRR4.",
    actions: [
      ["Add CRR11 to the corporate risk register and tell the Culture, Tourism and Sport Board's lead officer", "Bernard Ashcombe", "31 July 2023"],
      ["Review the residual score of CRR4 (pension fund deficit)", "Corinne Blakemore", "16 November 2023"],
    ],
  },
  {
    n: "8.",
    title: "Any other business",
    paras: [
      "The Chair thanked Cllr Philippa Northcote, who was attending her last meeting of the Committee, for her contribution over four years.",
      "The next meeting will be held on Thursday 16 November 2023 at 2.00 pm.",
    ],
    resolved: "That the Committee notes the date of the next meeting.",
  },
];

const SIDEBAR_TITLE = "Related links";
const SIDEBAR = [
  "Audit Committee membership 2023/24",
  "Agenda pack – 20 July 2023 (PDF, 1.4 MB)",
  "Minutes – 27 April 2023",
  "Audit Committee terms of reference",
  "Annual governance statement 2022/23",
];
const SIDEBAR_CONTACT = ["Contact", "Yasmin Adeyemi, Governance Officer", "020 7946 0761", "yasmin.adeyemi@local.gov.uk"];
const FOOTER = [
  "Local Government Association, 18 Smith Square, London SW1P 3HZ",
  "Accessibility | Privacy | Cookies | Terms and conditions",
  "© Local Government Association 2023",
];

// ---------------------------------------------------------------- HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
let h = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes – Audit Committee – 20 July 2023 | Local Government Association</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/lga/css/site.min.css">
<style>
  body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
  #cookie-banner{background:#1d3557;color:#fff;padding:12px 24px}
  #cookie-banner button{margin-right:8px}
  .site-header{display:flex;justify-content:space-between;padding:16px 24px;border-bottom:4px solid #00857c}
  .nav-main ul{list-style:none;display:flex;gap:18px;margin:0;padding:10px 24px;background:#f2f2f2}
  .breadcrumb ol{list-style:none;display:flex;gap:6px;padding:8px 24px;font-size:.9em}
  .breadcrumb li+li:before{content:"› "}
  .layout{display:flex;gap:32px;padding:0 24px}
  .col-content{flex:3}
  .col-sidebar{flex:1;border-left:1px solid #ddd;padding-left:16px}
  table.actions{border-collapse:collapse;margin:8px 0 20px}
  table.actions th,table.actions td{border:1px solid #999;padding:4px 8px;text-align:left}
  .site-footer{background:#222;color:#eee;padding:16px 24px;margin-top:32px}
</style>
<script async src="/js/analytics.js"></script>
</head>
<body>
<div id="cookie-banner" role="region" aria-label="Cookie banner">
  <p class="cookie-title"><strong>${esc(COOKIE[0])}</strong></p>
  <p>${esc(COOKIE[1])}</p>
  <button type="button" class="btn-accept">${esc(COOKIE_BUTTONS[0])}</button>
  <button type="button" class="btn-reject">${esc(COOKIE_BUTTONS[1])}</button>
  <a href="/cookies">${esc(COOKIE_BUTTONS[2])}</a>
</div>
<div class="site-header">
  <a class="logo" href="/"><span>${esc(SITE)}</span></a>
  <form class="search" action="/search" method="get"><label for="q" class="visually-hidden">Search the site</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
</div>
<div class="nav-main"><ul>
${MENU.map((m) => `  <li><a href="/${slug(m)}">${esc(m)}</a></li>`).join("\n")}
</ul></div>
<div class="breadcrumb"><ol>
${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `  <li><a href="/${slug(c)}">${esc(c)}</a></li>` : `  <li aria-current="page">${esc(c)}</li>`)).join("\n")}
</ol></div>
<div class="layout">
<div class="col-content" id="content">
<h1>${esc(H1)}</h1>
<p class="meeting-details">${esc(WHEN)}</p>
<p><strong>Present:</strong> ${esc(PRESENT)}</p>
<p><strong>In attendance:</strong> ${esc(IN_ATTENDANCE)}</p>
`;
for (const it of items) {
  h += `<div class="minute-item" id="item-${it.n.replace(".", "")}">\n<h2>${esc(it.n)} ${esc(it.title)}</h2>\n`;
  for (const p of it.paras) {
    if (typeof p === "string") h += `<p>${esc(p)}</p>\n`;
    else h += `<p><strong>${esc(p.label)}</strong></p>\n<ul>\n${p.ul.map((x) => `  <li>${esc(x)}</li>`).join("\n")}\n</ul>\n`;
  }
  if (it.resolved) h += `<p class="resolved"><strong>Resolved:</strong> ${esc(it.resolved)}</p>\n`;
  if (it.actions)
    h += `<table class="actions">\n<thead><tr><th>Action</th><th>Owner</th><th>Deadline</th></tr></thead>\n<tbody>\n${it.actions
      .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
      .join("\n")}\n</tbody>\n</table>\n`;
  h += `</div>\n`;
}
h += `<p class="small">Meeting ended at 4.05 pm.</p>
</div>
<div class="col-sidebar">
<h3>${esc(SIDEBAR_TITLE)}</h3>
<ul class="related">
${SIDEBAR.map((s) => `  <li><a href="/governance/audit-committee/${slug(s)}">${esc(s)}</a></li>`).join("\n")}
</ul>
<div class="contact-box">
<h3>${esc(SIDEBAR_CONTACT[0])}</h3>
<p>${SIDEBAR_CONTACT.slice(1, 3).map(esc).join("<br>")}<br><a href="mailto:${SIDEBAR_CONTACT[3]}">${esc(SIDEBAR_CONTACT[3])}</a></p>
</div>
</div>
</div>
<div class="site-footer">
<p>${esc(FOOTER[0])}</p>
<p>${FOOTER[1]
  .split(" | ")
  .map((f) => `<a href="/${slug(f)}">${esc(f)}</a>`)
  .join(" | ")}</p>
<p>${esc(FOOTER[2])}</p>
</div>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), h);

// ---------------------------------------------------------------- text rendering (reading order, chrome kept)
const L = [];
L.push(...COOKIE, COOKIE_BUTTONS.join(" | "));
L.push(SITE, "Search the site Search");
L.push(MENU.join(" | "));
L.push(CRUMBS.join(" › "));
L.push(H1, WHEN);
L.push(`Present: ${PRESENT}`);
L.push(`In attendance: ${IN_ATTENDANCE}`);
for (const it of items) {
  L.push(`${it.n} ${it.title}`);
  for (const p of it.paras) {
    if (typeof p === "string") L.push(p);
    else L.push(p.label, ...p.ul);
  }
  if (it.resolved) L.push(`Resolved: ${it.resolved}`);
  if (it.actions) {
    L.push("Action | Owner | Deadline");
    for (const r of it.actions) L.push(r.join(" | "));
  }
}
L.push("Meeting ended at 4.05 pm.");
L.push(SIDEBAR_TITLE, ...SIDEBAR);
L.push(...SIDEBAR_CONTACT);
L.push(...FOOTER);
writeFileSync(join(root, "text", BASE + ".txt"), L.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
