// Builds docs/lga-business-plan-dashboard-2022-q2.html (an LGA website page: a business plan "delivery
// dashboard" in which every objective is a card of <div>s, not a table row) and its plain-text rendering
// text/lga-business-plan-dashboard-2022-q2.txt from the same content.
//
//   node src/build-dashboard-html.mjs
//
// Synthetic test fixture: the officers, figures, ratings and updates are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "lga-business-plan-dashboard-2022-q2";

// ------------------------------------------------------------------ content
// dir: the direction-of-travel icon; it is shown ONLY as an image whose alt text carries the meaning.
const DIRS = {
  up: { src: "/themes/lga/images/dot-up.svg", alt: "Direction of travel: improving" },
  same: { src: "/themes/lga/images/dot-level.svg", alt: "Direction of travel: no change" },
  down: { src: "/themes/lga/images/dot-down.svg", alt: "Direction of travel: worsening" },
  na: { src: "/themes/lga/images/dot-none.svg", alt: "Direction of travel: not applicable" },
};
const PRIORITIES = [
  {
    id: "funding",
    name: "Funding for local government",
    intro: "Councils have the funding and certainty they need to plan and deliver services.",
    cards: [
      {
        ref: "FF1", title: "A sustainable, multi-year funding settlement", status: "Amber", last: "Amber", dir: "same",
        lead: "Corinne Whitebrook, Head of Local Government Finance", board: "Resources Board",
        update: "The Government has confirmed that the 2023/24 settlement will again cover one year only. The Chancellor’s statement on 23 September 2022 did not mention local government, and the Autumn Statement has been moved to 17 November 2022. Our Autumn Statement submission sets out a funding gap of £3.4 billion in 2023/24.",
        next: "Provisional local government finance settlement, expected December 2022.",
      },
      {
        ref: "FF2", title: "Inflation, energy and pay pressures are funded", status: "Red", last: "Amber", dir: "down",
        lead: "Corinne Whitebrook, Head of Local Government Finance", board: "Resources Board",
        update: "Our latest estimate is that inflation, energy prices and the 2022 pay offer add £2.4 billion to councils’ costs in 2022/23 that were not budgeted for. The Energy Bill Relief Scheme covers councils’ own buildings for six months from 1 October 2022, but not leisure centres run by trusts. No additional in-year funding has been announced.",
        next: "Autumn Statement, 17 November 2022.",
      },
      {
        ref: "FF3", title: "Business rates: a fair 2023 revaluation", status: "Green", last: "Green", dir: "same",
        lead: "Lewis Carrow, Senior Adviser, Business Rates", board: "Resources Board",
        update: "We responded to the consultation on transitional arrangements for the 2023 revaluation in August. The Valuation Office Agency expects to publish the draft rating list on 30 November 2022, and we have briefed councils on the timetable.",
        next: "Draft rating list, 30 November 2022.",
      },
    ],
  },
  {
    id: "places",
    name: "Places and communities",
    intro: "Councils lead the growth, regeneration and resilience of their places.",
    cards: [
      {
        ref: "PP1", title: "Levelling up and devolution", status: "Green", last: "Green", dir: "same",
        lead: "Niall Ferriby, Head of Economy and Devolution", board: "People and Places Board",
        update: "Nine areas are now negotiating county devolution deals. We held four roundtables for areas negotiating deals and published a councillor briefing on the Levelling-up and Regeneration Bill.",
        next: "Councillor workshop on devolution deals, January 2023.",
      },
      {
        ref: "PP2", title: "Net zero and climate adaptation", status: "Amber", last: "Amber", dir: "same",
        lead: "Ffion Maddocks, Senior Adviser, Climate Change", board: "Environment, Economy, Housing and Transport Board",
        update: "The heatwave in July 2022 showed the pressure that extreme heat puts on council services. 212 councils have now used our carbon accounting tool, against a target of 250 by March 2023. Funding for local net zero delivery remains fragmented across more than a dozen competitive funds.",
        next: "Submission to the Net Zero Review, October 2022.",
      },
      {
        ref: "PP3", title: "Housing delivery", status: "Amber", last: "Green", dir: "down",
        lead: "Oliver Tennant, Head of Housing and Planning", board: "Environment, Economy, Housing and Transport Board",
        update: "Build cost inflation of 14 per cent in the year to August 2022 has led a third of councils with a housebuilding programme to pause or re-phase schemes. Our target of 60 councils supported through the Housing Advisers Programme in 2022/23 remains on track, with 41 supported by the end of September, but the wider outcome of more council homes being started is now at risk.",
        next: "Evidence to the Government’s review of the Right to Buy, December 2022.",
      },
      {
        ref: "PP4", title: "Homes for Ukraine and resettlement", status: "Amber", last: "Amber", dir: "same",
        lead: "Samina Chaudhry, Senior Adviser, Asylum, Refugees and Migration", board: "Safer and Stronger Communities Board",
        update: "By 30 September 2022, 1,565 households that arrived under the Homes for Ukraine scheme had been owed a homelessness duty by councils. We are working with the British Red Cross on support for guests whose sponsorships are ending, and pressing the Government to confirm ‘thank you’ payments beyond 12 months and tariff funding for 2023/24.",
        next: "Decision on thank you payments, expected November 2022.",
      },
    ],
  },
  {
    id: "care",
    name: "Care and health",
    intro: "Adult social care, children’s services and public health are properly funded and locally led.",
    cards: [
      {
        ref: "CH1", title: "Adult social care charging reform is fully funded", status: "Red", last: "Amber", dir: "down",
        lead: "Bridget Okonkwo, Head of Adult Social Care", board: "Community Wellbeing Board",
        update: "Our survey of directors of adult social services found that 74 per cent did not think the October 2023 start date for charging reform was achievable, and independent modelling for the LGA puts the funding shortfall at £1.8 billion over three years. We have asked the Government to delay implementation.",
        next: "Trailblazer councils begin early assessments, January 2023.",
      },
      {
        ref: "CH2", title: "Hospital discharge and winter pressures", status: "Amber", last: "Amber", dir: "same",
        lead: "Bridget Okonkwo, Head of Adult Social Care", board: "Community Wellbeing Board",
        update: "The Government has announced a new adult social care discharge fund for this winter, but allocations and conditions had not been published by the end of September. We are preparing joint winter guidance with NHS Confederation.",
        next: "Joint winter guidance, November 2022.",
      },
      {
        ref: "CH3", title: "Children’s social care reform", status: "Green", last: "Green", dir: "same",
        lead: "Hugo Lindley, Senior Adviser, Children’s Services", board: "Children and Young People Board",
        update: "We submitted evidence to the Department for Education on its implementation strategy for the Independent Review of Children’s Social Care and held three regional workshops attended by 87 directors and lead members.",
        next: "Government implementation strategy, expected early 2023.",
      },
      {
        ref: "CH4", title: "Public health grant", status: "Not rated", last: "Amber", dir: "na",
        lead: "Ingrid Halvorsen, Adviser, Public Health", board: "Community Wellbeing Board",
        update: "Not rated this quarter: the 2022/23 public health grant allocations were confirmed late, and the objective is being redefined for 2023/24. A revised objective will be reported in Quarter 3.",
        next: "Revised objective, Quarter 3.",
      },
    ],
  },
  {
    id: "support",
    name: "Supporting councils",
    intro: "Councils get the support they need to improve, innovate and stay safe.",
    cards: [
      {
        ref: "SC1", title: "Corporate peer challenge programme", status: "Green", last: "Amber", dir: "up",
        lead: "Declan Morrow, Principal Adviser", board: "Improvement and Innovation Board",
        update: "We delivered 23 corporate peer challenges and 11 progress reviews in the first half of 2022/23, against a full-year target of 40 peer challenges. The backlog from the pandemic has now cleared.",
        next: "Peer challenge programme for 2023/24 agreed, March 2023.",
      },
      {
        ref: "SC2", title: "Cyber security support for councils", status: "Green", last: "Green", dir: "same",
        lead: "Rhys Carmody, Head of Digital", board: "Improvement and Innovation Board",
        update: "Our cyber support programme has worked with 34 councils this year. A national exercise with the National Cyber Security Centre on 14 September 2022 involved 120 councils.",
        next: "Cyber guidance for councillors, December 2022.",
      },
      {
        ref: "SC3", title: "Workforce capacity and recruitment", status: "Amber", last: "Amber", dir: "down",
        lead: "Naomi Strachan, Head of Workforce", board: "Resources Board",
        update: "Councils report growing shortages of planners, social workers, environmental health officers and HGV drivers. Our national campaign to recruit social workers launched in September. The 2022 pay offer for local government services has been accepted by two of the three trade unions.",
        next: "Workforce survey results, January 2023.",
      },
      {
        ref: "SC4", title: "Civility in public life", status: "Green", last: "Green", dir: "same",
        lead: "Marisa Quintrell, Senior Adviser, Member Support", board: "Improvement and Innovation Board",
        update: "Our civility pledge has been signed by 230 councils. We published guidance on councillors’ personal safety, including on publishing home addresses in registers of interests.",
        next: "Civility survey of councillors, February 2023.",
      },
      {
        ref: "SC5", title: "Fire reform", status: "Amber", last: "Amber", dir: "same",
        lead: "Mark Gallimore, Senior Adviser (Fire)", board: "Fire Services Management Committee",
        update: "The Fire Services Management Committee agreed the LGA’s response to the Fire reform white paper consultation on 15 July 2022. We opposed any automatic transfer of fire governance to police, fire and crime commissioners. The Government’s response is now not expected before spring 2023.",
        next: "Workshop for fire authority chairs, January 2023.",
      },
    ],
  },
  {
    id: "organisation",
    name: "Our organisation",
    intro: "The LGA is financially sustainable, well run and valued by its members.",
    cards: [
      {
        ref: "OO1", title: "LGA finances and a balanced budget", status: "Green", last: "Green", dir: "same",
        lead: "Alistair Penhaligon, Director of Finance", board: "Resources Board",
        update: "The mid-year forecast is a surplus of £0.3 million on the general fund, after absorbing higher energy costs at 18 Smith Square.",
        next: "Draft budget 2023/24 to Resources Board, January 2023.",
      },
      {
        ref: "OO2", title: "Membership subscriptions review", status: "Complete", last: "Green", dir: "up",
        lead: "Alistair Penhaligon, Director of Finance", board: "Resources Board",
        update: "The Leadership Board agreed on 21 September 2022 that subscriptions for 2023/24 will increase by 3 per cent, the first increase since 2019/20. All member councils have been notified.",
        next: "None – objective complete.",
      },
      {
        ref: "OO3", title: "New website and digital services", status: "Green", last: "Green", dir: "same",
        lead: "Rhys Carmody, Head of Digital", board: "Resources Board",
        update: "The first phase of the new website went live on 5 September 2022, and 96 per cent of pages have been migrated.",
        next: "Second phase (member portal), March 2023.",
      },
    ],
  },
];

const cards = PRIORITIES.flatMap((p) => p.cards);
const count = (s) => cards.filter((c) => c.status === s).length;
const COUNTS = { Green: count("Green"), Amber: count("Amber"), Red: count("Red"), Complete: count("Complete"), "Not rated": count("Not rated") };
if (cards.length !== 19 || COUNTS.Green !== 8 || COUNTS.Amber !== 7 || COUNTS.Red !== 2 || COUNTS.Complete !== 1 || COUNTS["Not rated"] !== 1)
  throw new Error("counts changed: " + JSON.stringify(COUNTS));
const SUMMARY = `At the end of September 2022, ${COUNTS.Green} of the ${cards.length} objectives were rated Green, ${COUNTS.Amber} Amber, ${COUNTS.Red} Red and ${COUNTS.Complete} Complete; ${COUNTS["Not rated"]} was not rated this quarter.`;

const KEY = [
  ["Green", "On track to deliver by the target date."],
  ["Amber", "Some risk to delivery; action is in hand."],
  ["Red", "Significant risk; the objective will not be delivered without further action or a change of approach."],
  ["Complete", "The objective has been delivered."],
  ["Not rated", "The objective is being redefined or has no milestone due this quarter."],
];
const NAV = ["Home", "Our work", "Publications", "Events", "Support and improvement", "About us", "Contact us"];
const CRUMBS = ["Home", "About us", "Governance and performance", "Business plan delivery dashboard"];
const FOOTER_LINKS = ["Accessibility", "Privacy notice", "Cookies", "Terms and conditions", "Freedom of information", "Jobs"];

// ------------------------------------------------------------------ HTML
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const cls = (s) => "rag-" + slug(s);
const ICON = (s) => `/themes/lga/images/rag-${slug(s)}.svg`;

let h = "";
h += `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Business plan delivery dashboard: Quarter 2 2022/23 | Local Government Association</title>
<meta name="description" content="Progress against the objectives of the LGA Business Plan 2022-25 at the end of Quarter 2 2022/23 (1 July to 30 September 2022).">
<link rel="stylesheet" href="/themes/lga/css/main.css?v=4.18.2">
<style>
  .dash-summary{display:flex;gap:1.5rem;flex-wrap:wrap;padding:1rem;background:#f3f5f8;border-left:6px solid #1d4f91}
  .dash-summary .tally{display:flex;align-items:center;gap:.4rem;font-weight:700}
  .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1rem}
  .card{border:1px solid #c9cfd6;border-top:8px solid #999;padding:.75rem 1rem;background:#fff}
  .card.rag-green{border-top-color:#00703c}.card.rag-amber{border-top-color:#f39200}.card.rag-red{border-top-color:#c8102e}
  .card.rag-complete{border-top-color:#1d70b8}.card.rag-not-rated{border-top-color:#b1b4b6}
  .card-head{display:flex;justify-content:space-between;align-items:flex-start}
  .card-head h3{margin:0;font-size:1.15rem}.card .ref{display:inline-block;min-width:2.6rem;color:#1d4f91}
  .field{margin:.35rem 0}.field .label{font-weight:700}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
</style>
</head>
<body class="page-node-type-dashboard">
<div id="site-header" class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/themes/lga/images/lga-logo.svg" alt="Local Government Association" width="180" height="56"></a>
    <div class="header-tools">
      <a href="/login">Sign in</a>
      <form class="site-search" action="/search" method="get" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search the LGA website"><button type="submit">Search</button></form>
    </div>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>${NAV.map((n) => `<li><a href="/${slug(n)}">${esc(n)}</a></li>`).join("")}</ul>
  </nav>
</div>
<div class="container">
  <nav class="breadcrumb" aria-label="Breadcrumb"><ol>${CRUMBS.map((c, i) => (i < CRUMBS.length - 1 ? `<li><a href="/${slug(c)}">${esc(c)}</a></li>` : `<li aria-current="page">${esc(c)}</li>`)).join("")}</ol></nav>
  <main id="main-content">
    <h1>Business plan delivery dashboard: Quarter 2 2022/23</h1>
    <div class="page-meta"><span>Published: 3 November 2022</span></div>
    <div class="intro">
      <p>This dashboard shows progress against the 19 objectives of the LGA Business Plan 2022-25 at the end of Quarter 2 2022/23 (1 July to 30 September 2022). It was reported to the Leadership Board on 16 November 2022. Each objective has a lead officer and a lead board; ratings are set by the lead officer and reviewed by the Corporate Management Team.</p>
    </div>
    <div class="dash-summary" aria-label="Summary of ratings">
      <p class="summary-line">${esc(SUMMARY)}</p>
${Object.entries(COUNTS)
  .map(([k, v]) => `      <div class="tally ${cls(k)}"><img src="${ICON(k)}" alt="${k}" width="20" height="20"><span>${v}</span></div>`)
  .join("\n")}
    </div>
    <details class="rating-key" open>
      <summary>How we rate progress</summary>
      <div class="key-list">
${KEY.map(([k, d]) => `        <div class="key-item"><img src="${ICON(k)}" alt="" width="16" height="16"> <strong>${k}</strong> – ${esc(d)}</div>`).join("\n")}
      </div>
    </details>
    <div class="filters" role="group" aria-label="Filter by priority">
      <span>Filter by priority:</span>
      <button type="button" class="active" data-filter="all">All</button>
${PRIORITIES.map((p) => `      <button type="button" data-filter="${p.id}">${esc(p.name)}</button>`).join("\n")}
    </div>
`;
for (const p of PRIORITIES) {
  h += `    <section class="priority" id="${p.id}" data-priority="${p.id}">
      <h2>${esc(p.name)}</h2>
      <p class="priority-intro">${esc(p.intro)}</p>
      <div class="cards">
`;
  for (const c of p.cards) {
    const d = DIRS[c.dir];
    h += `        <div class="card ${cls(c.status)}" id="${c.ref.toLowerCase()}">
          <div class="card-head">
            <h3><span class="ref">${c.ref}</span> ${esc(c.title)}</h3>
            <img class="rag-icon" src="${ICON(c.status)}" alt="" width="28" height="28">
          </div>
          <div class="field status"><span class="label">Status:</span> ${esc(c.status)}</div>
          <div class="field last"><span class="label">Last quarter:</span> ${esc(c.last)}</div>
          <div class="field dot"><img src="${d.src}" alt="${d.alt}" width="18" height="18"></div>
          <div class="field lead"><span class="label">Lead:</span> ${esc(c.lead)}</div>
          <div class="field board"><span class="label">Lead board:</span> ${esc(c.board)}</div>
          <div class="field update"><span class="label">Update:</span> ${esc(c.update)}</div>
          <div class="field next"><span class="label">Next milestone:</span> ${esc(c.next)}</div>
        </div>
`;
  }
  h += `      </div>
    </section>
`;
}
h += `    <div class="related">
      <h2>Related documents</h2>
      <ul>
        <li><a href="/sites/default/files/documents/lga-business-plan-2022-25.pdf">LGA Business Plan 2022-25 (PDF, 1.1 MB)</a></li>
        <li><a href="/about-us/governance/leadership-board">Leadership Board meetings and papers</a></li>
      </ul>
    </div>
    <div class="feedback">
      <p>Was this page useful?</p>
      <button type="button">Yes</button> <button type="button">No</button>
    </div>
    <p class="last-updated">Page last updated: 3 November 2022</p>
  </main>
</div>
<footer class="site-footer">
  <div class="container">
    <p>Local Government Association, 18 Smith Square, London SW1P 3HZ. Telephone 020 7946 0136. Email info@local.gov.uk</p>
    <ul class="footer-links">${FOOTER_LINKS.map((f) => `<li><a href="/${slug(f)}">${esc(f)}</a></li>`).join("")}</ul>
    <p>© Local Government Association 2022. The Local Government Association is a company limited by guarantee, registered in England.</p>
  </div>
</footer>
<script src="/themes/lga/js/dashboard-filter.js"></script>
</body>
</html>
`;

// ------------------------------------------------------------------ text rendering
// Reading order; one block per line; lists joined with " | "; images rendered by their alt text when it is
// not empty (decorative icons have alt=""). Page chrome (header, menu, breadcrumb, footer) is kept.
const L = [];
L.push("Local Government Association");
L.push("Sign in");
L.push("Search Search");
L.push(NAV.join(" | "));
L.push(CRUMBS.join(" | "));
L.push("Business plan delivery dashboard: Quarter 2 2022/23");
L.push("Published: 3 November 2022");
L.push("This dashboard shows progress against the 19 objectives of the LGA Business Plan 2022-25 at the end of Quarter 2 2022/23 (1 July to 30 September 2022). It was reported to the Leadership Board on 16 November 2022. Each objective has a lead officer and a lead board; ratings are set by the lead officer and reviewed by the Corporate Management Team.");
L.push(SUMMARY);
L.push(Object.entries(COUNTS).map(([k, v]) => `${k} ${v}`).join(" | "));
L.push("How we rate progress");
for (const [k, d] of KEY) L.push(`${k} – ${d}`);
L.push("Filter by priority: | All | " + PRIORITIES.map((p) => p.name).join(" | "));
for (const p of PRIORITIES) {
  L.push(p.name);
  L.push(p.intro);
  for (const c of p.cards) {
    L.push(`${c.ref} ${c.title}`);
    L.push(`Status: ${c.status}`);
    L.push(`Last quarter: ${c.last}`);
    L.push(DIRS[c.dir].alt);
    L.push(`Lead: ${c.lead}`);
    L.push(`Lead board: ${c.board}`);
    L.push(`Update: ${c.update}`);
    L.push(`Next milestone: ${c.next}`);
  }
}
L.push("Related documents");
L.push("LGA Business Plan 2022-25 (PDF, 1.1 MB)");
L.push("Leadership Board meetings and papers");
L.push("Was this page useful?");
L.push("Yes | No");
L.push("Page last updated: 3 November 2022");
L.push("Local Government Association, 18 Smith Square, London SW1P 3HZ. Telephone 020 7946 0136. Email info@local.gov.uk");
L.push(FOOTER_LINKS.join(" | "));
L.push("© Local Government Association 2022. The Local Government Association is a company limited by guarantee, registered in England.");

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), h);
writeFileSync(join(root, "text", BASE + ".txt"), L.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${L.length} lines)`);
