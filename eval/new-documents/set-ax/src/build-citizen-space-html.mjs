// Builds docs/model-neighbour-noise-protocol-we-asked-you-said-we-did.html and its rendering in text/.
// Layout: A CLOSED CONSULTATION'S PAGE ON A CONSULTATION HUB (Delib's Citizen Space, as councils and
// central government run them), saved from the browser after the results were published: the hub's
// header and navigation, a breadcrumb, then the consultation's page with a "Closed" badge; at the top the
// FEEDBACK block in the hub's "WE ASKED / YOU SAID / WE DID" form ("Feedback updated 20 Oct 2117"),
// whose "You Said" holds two captioned tables (respondents by type; agree / disagree / don't know / not
// answered for each of five proposals, each cell a count with its percentage in brackets); "Results
// updated" with the files published; and BELOW IT THE ORIGINAL CONSULTATION TEXT, LEFT AS IT WAS WHEN
// THE CONSULTATION OPENED ("Overview", "Why your views matter", "What happens next" in the future tense,
// the proposals as first put – the 23:00 start that "We Did" changed to 22:00). A SIDEBAR of the page:
// the dates as a definition list ("Opened", "Closed"), the contact's name, post, e-mail and phone, and
// "Audiences" / "Interests" / "Areas" tag lists; a "Related" list; the hub's footer ("Citizen Space from
// Delib"). Dates in the hub's short form ("21 Jul 2117").
// Rendering: the page's <main> (headings, paragraphs, list items, table captions and rows with cells
// joined " | ", the sidebar's lines, a dt and its dd as "Opened 21 Jul 2117"); the skip link, hub
// header, navigation, breadcrumb, share buttons and footer left out.
// Synthetic test fixture: every figure, person and decision is invented.
//   node src/build-citizen-space-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, CONSULT as C, pct } from "./common.mjs";

const FILE = DOCS.consult, BASE = basename(FILE, extname(FILE));
const out = [];
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const n0 = (n) => n.toLocaleString("en-GB");
const h = [];
const add = (html, text) => { h.push(html); if (text !== undefined) out.push(text); };
const p = (t, cls) => add(`<p${cls ? ` class="${cls}"` : ""}>${esc(t)}</p>`, t);
const ul = (items, cls) => { add(`<ul${cls ? ` class="${cls}"` : ""}>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`); out.push(...items); };
const table = (caption, head, rows, cls) => {
  add(`<table class="${cls}"><caption>${esc(caption)}</caption><thead><tr>${head.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead><tbody>` +
    rows.map((r) => `<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((c) => `<td class="num">${esc(c)}</td>`).join("")}</tr>`).join("") + `</tbody></table>`, caption);
  out.push(head.join(" | "), ...rows.map((r) => r.join(" | ")));
};

h.push(`<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>${esc(C.title)} - LGA Consultation Hub - Citizen Space</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/cs/css/hub-theme.css?v=7.41.2">
<link rel="canonical" href="https://consult.local.gov.uk/neighbourhoods/model-neighbour-noise-protocol/">
<style>.cs-status-closed{background:#505a5f;color:#fff;padding:2px 8px}.num{text-align:right}.cs-sidebar{float:right;width:30%}</style>
<script>document.documentElement.className=document.documentElement.className.replace("no-js","js");</script>
</head>
<body class="cs-hub cs-consultation-page cs-consultation-closed">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-banner" class="cs-cookie-banner" role="region" aria-label="Cookies on Citizen Space"><p>We use essential cookies to make this site work. <button type="button">Hide this message</button></p></div>
<header class="hub-header" role="banner">
<a class="hub-logo" href="https://consult.local.gov.uk/"><img src="/static/hub/lga-logo.svg" alt="Local Government Association consultation hub"></a>
<nav class="hub-nav" aria-label="Hub navigation"><ul><li><a href="/">Home</a></li><li><a href="/consultation_finder/">Find consultations</a></li><li><a href="/we_asked_you_said/">We asked, you said, we did</a></li><li><a href="/login/">Sign in</a></li></ul></nav>
</header>
<nav class="cs-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">LGA Consultation Hub</a></li><li><a href="/neighbourhoods/">Neighbourhoods and Nuisance</a></li><li aria-current="page">${esc(C.title)}</li></ol></nav>
<main id="main-content" role="main">
<div class="cs-consultation-header">`);
add(`<h1 class="cs-consultation-title">${esc(C.title)}</h1>`, C.title);
add(`<p class="cs-status"><span class="cs-status-closed">Closed</span> This consultation has concluded</p>`, "Closed This consultation has concluded");
h.push(`</div><div class="cs-layout"><div class="cs-primary">`);

// ---------------------------------------------------------------- feedback
h.push(`<section id="feedback" class="cs-feedback" aria-labelledby="feedback-title">`);
add(`<h2 id="feedback-title">Feedback updated ${C.updated}</h2>`, `Feedback updated ${C.updated}`);
add(`<h3>We Asked</h3>`, "We Asked");
p(`We asked councils, residents, housing associations, businesses and advice services whether a model protocol for handling complaints about noise from neighbours should be adopted by councils in England. The consultation was run for the LGA's ${BODY} and set out five proposals.`);
add(`<h3>You Said</h3>`, "You Said");
p(`We received ${n0(C.responses)} responses, 1,127 of them through this hub and the rest by e-mail or post.`);
table(`Table 1: Responses by type of respondent`, ["Respondent type", "Responses", "% of responses"], C.byType.map(([t, n]) => [t, n0(n), pct(n)]), "cs-results");
table(`Table 2: Views on the five proposals (all ${n0(C.responses)} responses)`, ["Proposal", "Agree", "Disagree", "Don't know", "Not answered"],
  C.props.map((q) => [`${q.n}. ${q.text}`, `${n0(q.agree)} (${pct(q.agree)})`, `${n0(q.disagree)} (${pct(q.disagree)})`, `${n0(q.dk)} (${pct(q.dk)})`, `${n0(q.na)} (${pct(q.na)})`]), "cs-results");
p("Many residents told us that noise between 22:00 and 23:00 on weeknights was what kept their children awake, and that a charge would stop people reporting noise at all. Councils asked for a shared reporting form they could embed in their own websites.");
add(`<h3>We Did</h3>`, "We Did");
p(`The ${BODY} considered the results on 12 October 2117 and agreed these changes to the protocol:`);
ul([
  "Night-time hours now start at 22:00 instead of 23:00 (proposal 2).",
  "The £150 charge for a third out-of-hours callout has been dropped (proposal 4).",
  "Mediation will be offered before a warning letter only where both households agree to it (proposal 3).",
  "Proposals 1 and 5 are kept as consulted on.",
], "cs-we-did");
p("The final protocol goes to the Task Group for approval on 23 November 2117. If it is approved, the LGA will publish it with a shared reporting form in January 2118.");
h.push(`</section>`);

h.push(`<section id="results" class="cs-results-files">`);
add(`<h2>Results updated ${C.updated}</h2>`, `Results updated ${C.updated}`);
p("The summary report sets out the responses to every question. Published responses are those whose authors agreed to publication.");
h.push(`<ul class="cs-file-list"><li><a href="/neighbourhoods/model-neighbour-noise-protocol/results/summary-report.pdf">Consultation summary report</a> <span class="cs-file-meta">(PDF, 412.6 KB)</span></li><li><a href="/neighbourhoods/model-neighbour-noise-protocol/consultation/published_select_respondent">View published responses</a></li></ul>`);
out.push("Consultation summary report (PDF, 412.6 KB)", "View published responses");
h.push(`</section>`);

// ---------------------------------------------------------------- the consultation as first published
h.push(`<section id="overview" class="cs-overview">`);
add(`<h2>Overview</h2>`, "Overview");
p("Noise from neighbours is the most common nuisance complaint councils receive, but each council handles it differently. The LGA is proposing a model protocol that every council could adopt, so that people get the same service wherever they live.");
p("The draft protocol makes five proposals:");
ul(C.props.map((q) => `${q.text}.`));
add(`<h2>Why your views matter</h2>`, "Why your views matter");
p("We want to hear from anyone who has made or dealt with a complaint about noise from neighbours. Your views will shape the final protocol.");
add(`<h2>What happens next</h2>`, "What happens next");
p(`The ${BODY} will consider the results in October 2117 and publish its response on this page.`);
h.push(`</section>`);
h.push(`</div>`);

// ---------------------------------------------------------------- sidebar
h.push(`<aside class="cs-sidebar" aria-label="Consultation details">`);
add(`<dl class="cs-dates"><dt>Opened</dt><dd>${C.opened}</dd><dt>Closed</dt><dd>${C.closed}</dd></dl>`);
out.push(`Opened ${C.opened}`, `Closed ${C.closed}`);
add(`<h2 class="cs-sidebar-heading">Contact</h2>`, "Contact");
add(`<p class="cs-contact">${esc(O.niamh.name)}<br>${esc(O.niamh.post)}<br><a href="mailto:${O.niamh.email}">${O.niamh.email}</a><br>${O.niamh.phone}</p>`, `${O.niamh.name} ${O.niamh.post} ${O.niamh.email} ${O.niamh.phone}`);
add(`<h2 class="cs-sidebar-heading">Areas</h2>`, "Areas");
ul(["All Areas"], "cs-tags");
add(`<h2 class="cs-sidebar-heading">Audiences</h2>`, "Audiences");
ul(["Councils", "Residents", "Housing associations", "Businesses", "Voluntary and community sector"], "cs-tags");
add(`<h2 class="cs-sidebar-heading">Interests</h2>`, "Interests");
ul(["Noise", "Anti-social behaviour", "Environmental health", "Licensing"], "cs-tags");
add(`<h2 class="cs-sidebar-heading">Related</h2>`, "Related");
ul(["Draft model noise conditions for licensed premises", "Out-of-hours noise services: call for evidence"], "cs-related");
h.push(`<div class="cs-share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Share by email</a></div>`);
h.push(`</aside></div></main>
<footer class="hub-footer" role="contentinfo"><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li></ul><p>Citizen Space from <a href="https://www.delib.net">Delib</a></p></footer>
</body>
</html>
`);
writeFileSync(join(root, "docs", FILE), h.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
