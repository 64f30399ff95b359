// Builds docs/markets-street-trading-panel.html (the LGA web page "Markets and Street Trading Panel": terms of
// reference, membership 2027/28, substitutes, officers and meeting dates; last updated Monday 20 September 2027)
// and its plain-text rendering text/markets-street-trading-panel.txt.
//
//   node src/build-panel-html.mjs
//
// Layout: a page from a CMS built on the GOV.UK-style design system: skip link, header with the site name and a
// search form, service navigation, breadcrumbs, <main> with the h1, a lede and a "Last updated" line, then an
// ACCORDION (div.govuk-accordion with a "Show all sections" button added by script) of six SECTIONS. Each
// section's heading is a <button> inside an <h2> (with a "Show" toggle span and a summary line under it); the
// section CONTENT IS IN THE PAGE BUT COLLAPSED BY CSS (class govuk-accordion__section-content, display:none until
// expanded – not the hidden attribute). Inside the sections: NESTED SUB-SECTIONS (h3/h4) for the terms of
// reference with an ordered list of functions; MEMBERSHIP AS PROFILE CARDS (<ul class="card-list"> of <li> cards:
// a photo <img> with alt text, the name in an <h3>, a role "tag" <strong>, and a <dl> of Council / Political
// group / Lead member for); a note on a member who left; substitutes as smaller cards; officers as a summary list
// (<dl class="govuk-summary-list"> rows of name / job title / contact); meeting dates as a list with paper links.
// Footer with links and copyright.
// Rendering: the page's words in reading order, one heading, paragraph, list item, card line or summary-list
// row per line (a card as one line "Name | role | Council: … | Political group: … | Lead member for: …"); the
// skip link, header, navigation, toggles ("Show", "Show all sections"), breadcrumbs and footer dropped.
// Synthetic test fixture: the panel, its members and officers are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "markets-street-trading-panel";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const H1 = "Markets and Street Trading Panel";
const LEDE = "The Panel leads the LGA’s work on council-run markets, market halls and street trading, and oversees the Markets Programme.";
const UPDATED = "Last updated: Monday 20 September 2027";
const MEMBERS = [
  ["Cllr Rosalind Stobbart", "Chair", "Bury Council", "Labour", "National Markets Fortnight"],
  ["Cllr Anselm Tregoning", "Vice-Chair", "Cornwall Council", "Conservative", "Street markets in rural and coastal areas"],
  ["Cllr Farida Ombler", "Deputy Chair", "Eastleigh Borough Council", "Liberal Democrat", "Market hall decarbonisation"],
  ["Cllr Wendy Pocklington", "Deputy Chair", "Ashfield District Council", "Independent", "Traders’ voice and engagement"],
  ["Cllr Hamish Blenkiron", "Member", "North Northamptonshire Council", "Conservative", "Markets Health Check"],
  ["Cllr Imelda Spurway", "Member", "Bristol City Council", "Labour", "Street trading licensing"],
  ["Cllr Tariq Bhamji", "Member", "Leicester City Council", "Labour", "Market Traders’ Start-up Fund"],
  ["Cllr Marcus Fenwright", "Member", "Lincolnshire County Council", "Conservative", null],
  ["Cllr Cerys Vallance", "Member", "Stroud District Council", "Green", "Seasonal and night markets"],
  ["Cllr Barnaby Hurrell", "Member", "Cheltenham Borough Council", "Liberal Democrat", "Digital Stalls"],
];
const LEFT = "Cllr Lorcan Drabble (Conservative, Shropshire Council) left the Panel on 31 August 2027. Cllr Marcus Fenwright, previously a Conservative substitute, became a full member on 1 September 2027.";
const SUBS = [
  ["Cllr Oona Blackledge", "Labour substitute", "Preston City Council"],
  ["Cllr Peregrine Tuffnell", "Liberal Democrat substitute", "Westmorland and Furness Council"],
];
const SUBS_NOTE = "The Conservative substitute place is vacant while the Conservative Group makes a new nomination.";
const TOR = [
  ["h3", "Purpose"],
  ["p", "The Panel is a time-limited panel of the LGA Board. It gives a national voice to councils that run markets or license street trading, and it steers the Markets Programme."],
  ["h3", "Functions"],
  ["ol", [
    "To agree and oversee an annual work programme and to receive a progress report every quarter.",
    "To award grants from the Market Traders’ Start-up Fund within the budget agreed by the LGA Board.",
    "To agree guidance for councils on street trading, markets and market halls before it is published.",
    "To represent councils’ views on markets to government, trader bodies and the Association of Market Operators.",
    "To appoint lead members for its workstreams.",
    "To report once a year to the LGA Board.",
  ]],
  ["h3", "Membership and quorum"],
  ["p", "The Panel has ten members appointed by the political groups in proportion to their strength in the LGA General Assembly: three Labour, three Conservative, two Liberal Democrat, one Independent and one Green. Each group except the Independent and Green groups may name one substitute."],
  ["p", "The quorum is four members from at least two political groups."],
  ["h3", "Meetings and decisions"],
  ["h4", "Frequency"],
  ["p", "The Panel meets four times a year, at 18 Smith Square or online. Members may attend hybrid meetings online, and members attending online count towards the quorum."],
  ["h4", "Urgent decisions"],
  ["p", "Between meetings, the Head of Place Programmes may take an urgent decision in consultation with the Chair and the Vice-Chair, and reports it to the next meeting."],
  ["h3", "Term"],
  ["p", "The Panel will run until 31 March 2029, when the LGA Board will review whether it is still needed."],
];
const OFFICERS = [
  ["Solveig Harrop", "Head of Place Programmes", "solveig.harrop@local.gov.uk"],
  ["Declan Pashley", "Programme Manager, Markets Programme", "020 7946 0339"],
  ["Ruth Attwooll", "Senior Adviser (Markets and High Streets)", "020 7946 0287"],
  ["Marguerite Lusted", "Member Services Officer and clerk to the Panel", "020 7946 0456"],
];
const MEETINGS = [
  ["Wednesday 14 July 2027", "agenda and minutes"],
  ["Wednesday 13 October 2027", "agenda"],
  ["Wednesday 19 January 2028", null],
  ["Wednesday 22 March 2028", null],
];
const MEET_P = "Meetings start at 11.00am. Papers are published one week before each meeting.";
const SECTIONS = [
  ["about", "Terms of reference", "Purpose, functions, quorum and term"],
  ["members", "Membership 2027/28", "The ten members and their lead roles"],
  ["subs", "Substitutes", "Named substitute members"],
  ["officers", "Officers supporting the Panel", "Who to contact"],
  ["meetings", "Meeting dates 2027/28", "Dates and papers"],
];

// checks
const groups = MEMBERS.reduce((a, m) => ((a[m[3]] = (a[m[3]] ?? 0) + 1), a), {});
if (MEMBERS.length !== 10 || groups.Labour !== 3 || groups.Conservative !== 3 || groups["Liberal Democrat"] !== 2 || groups.Independent !== 1 || groups.Green !== 1) throw new Error("groups " + JSON.stringify(groups));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([UPDATED, MEETINGS, LEFT]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);

const slug = (s) => s.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
const card = ([name, role, council, group, lead]) => `
            <li class="card">
              <img class="card__photo" src="/sites/default/files/panel-members/${slug(name)}.jpg" alt="Photo of ${esc(name)}" width="120" height="150">
              <div class="card__body">
                <h3 class="card__name">${esc(name)}</h3>
                <strong class="govuk-tag${role === "Member" ? " govuk-tag--grey" : ""}">${esc(role)}</strong>
                <dl class="card__details">
                  <dt>Council</dt><dd>${esc(council)}</dd>
                  <dt>Political group</dt><dd>${esc(group)}</dd>${lead ? `
                  <dt>Lead member for</dt><dd>${esc(lead)}</dd>` : ""}
                </dl>
              </div>
            </li>`;
const section = ([id, title, summary], content) => `
        <div class="govuk-accordion__section">
          <div class="govuk-accordion__section-header">
            <h2 class="govuk-accordion__section-heading">
              <button type="button" class="govuk-accordion__section-button" aria-controls="section-${id}-content" aria-expanded="false">
                <span class="govuk-accordion__section-heading-text" id="section-${id}-heading">${esc(title)}</span>
                <span class="govuk-accordion__section-summary govuk-body">${esc(summary)}</span>
                <span class="govuk-accordion__section-toggle" data-nosnippet="">Show</span>
              </button>
            </h2>
          </div>
          <div id="section-${id}-content" class="govuk-accordion__section-content" aria-labelledby="section-${id}-heading">${content}
          </div>
        </div>`;
const torHtml = TOR.map(([k, v]) => (k === "ol" ? `\n            <ol class="govuk-list govuk-list--number">${v.map((i) => `\n              <li>${esc(i)}</li>`).join("")}\n            </ol>` : `\n            <${k}${k === "p" ? ' class="govuk-body"' : ` class="govuk-heading-${k === "h3" ? "s" : "xs"}"`}>${esc(v)}</${k}>`)).join("");
const membersHtml = `
            <ul class="card-list">${MEMBERS.map(card).join("")}
            </ul>
            <div class="govuk-inset-text">${esc(LEFT)}</div>`;
const subsHtml = `
            <ul class="card-list card-list--small">${SUBS.map(([n, r, c]) => `
              <li class="card card--small"><h3 class="card__name">${esc(n)}</h3><strong class="govuk-tag govuk-tag--grey">${esc(r)}</strong><dl class="card__details"><dt>Council</dt><dd>${esc(c)}</dd></dl></li>`).join("")}
            </ul>
            <p class="govuk-body">${esc(SUBS_NOTE)}</p>`;
const offHtml = `
            <dl class="govuk-summary-list">${OFFICERS.map(([n, j, c]) => `
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${esc(n)}</dt><dd class="govuk-summary-list__value">${esc(j)}</dd><dd class="govuk-summary-list__actions">${c.includes("@") ? `<a href="mailto:${c}">${c}</a>` : esc(c)}</dd></div>`).join("")}
            </dl>`;
const meetHtml = `
            <p class="govuk-body">${esc(MEET_P)}</p>
            <ul class="govuk-list govuk-list--bullet">${MEETINGS.map(([d, p]) => `
              <li>${esc(d)}${p ? ` – <a href="/markets-street-trading-panel/${slug(d)}">${esc(p)}</a>` : ""}</li>`).join("")}
            </ul>`;
const contents = [torHtml, membersHtml, subsHtml, offHtml, meetHtml];

const html = `<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Markets and Street Trading Panel | Local Government Association</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Terms of reference, membership and meetings of the LGA Markets and Street Trading Panel.">
  <meta name="generator" content="Drupal 10 (https://www.drupal.org)">
  <style>
    body { font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }
    .govuk-accordion__section-content { display: none; padding: 0 0 20px; }
    .govuk-accordion__section--expanded .govuk-accordion__section-content { display: block; }
    .govuk-accordion__section-button { background: none; border: 0; text-align: left; width: 100%; font-size: 1.2rem; font-weight: bold; cursor: pointer; }
    .govuk-accordion__section-summary { display: block; font-weight: normal; font-size: 1rem; color: #505a5f; }
    .card-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
    .card { border: 1px solid #b1b4b6; padding: 12px; display: flex; gap: 12px; }
    .govuk-tag { display: inline-block; background: #1d70b8; color: #fff; padding: 2px 8px; text-transform: uppercase; font-size: .8rem; }
    .govuk-tag--grey { background: #eeefef; color: #383f43; }
    .card__details dt { font-weight: bold; } .card__details dd { margin: 0 0 4px; }
    .govuk-summary-list__row { display: grid; grid-template-columns: 1fr 2fr 1fr; border-bottom: 1px solid #b1b4b6; }
  </style>
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container">
      <a href="/" class="govuk-header__link govuk-header__link--homepage">Local Government Association</a>
      <form class="site-search" action="/search" method="get" role="search">
        <label for="search-q">Search the LGA website</label>
        <input id="search-q" name="q" type="search">
        <button type="submit">Search</button>
      </form>
    </div>
  </header>
  <nav class="govuk-service-navigation" aria-label="Main menu">
    <ul>
      <li><a href="/our-support">Our support</a></li>
      <li><a href="/topics">Topics</a></li>
      <li><a href="/about">About</a></li>
      <li><a href="/news">News and comment</a></li>
    </ul>
  </nav>
  <div class="govuk-width-container">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li>
        <li class="govuk-breadcrumbs__list-item"><a href="/about">About</a></li>
        <li class="govuk-breadcrumbs__list-item"><a href="/about/boards-and-panels">Boards and panels</a></li>
        <li class="govuk-breadcrumbs__list-item" aria-current="page">Markets and Street Trading Panel</li>
      </ol>
    </nav>
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <h1 class="govuk-heading-xl">${esc(H1)}</h1>
      <p class="govuk-body-l">${esc(LEDE)}</p>
      <p class="govuk-body-s metadata">${esc(UPDATED)}</p>
      <div class="govuk-accordion" data-module="govuk-accordion" id="accordion-panel">${SECTIONS.map((s, i) => section(s, contents[i])).join("")}
      </div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <ul class="govuk-footer__inline-list">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
    <p>© Local Government Association, 18 Smith Square, London SW1P 3HZ</p>
  </footer>
  <script src="/themes/lga/js/govuk-frontend.min.js"></script>
  <script>window.GOVUKFrontend && GOVUKFrontend.initAll();</script>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html);

const R = [H1, LEDE, UPDATED];
const heads = (s) => R.push(s[1], s[2]);
heads(SECTIONS[0]);
for (const [k, v] of TOR) k === "ol" ? v.forEach((i, n) => R.push(i)) : R.push(v);
heads(SECTIONS[1]);
for (const [n, r, c, g, l] of MEMBERS) R.push([n, r, `Council ${c}`, `Political group ${g}`, ...(l ? [`Lead member for ${l}`] : [])].join(" | "));
R.push(LEFT);
heads(SECTIONS[2]);
for (const [n, r, c] of SUBS) R.push(`${n} | ${r} | Council ${c}`);
R.push(SUBS_NOTE);
heads(SECTIONS[3]);
for (const o of OFFICERS) R.push(o.join(" | "));
heads(SECTIONS[4]);
R.push(MEET_P);
for (const [d, p] of MEETINGS) R.push(p ? `${d} – ${p}` : d);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt (${R.length} lines); groups ${JSON.stringify(groups)}`);
