// Builds docs/find-a-tender-notice-2197-s-000-052814-damp-remediation-evaluation.html and its rendering.
// A contract notice on the Find a Tender service saved from the browser ("Save page as", HTML only): the
// GOV.UK frame (skip link, cookie banner, header, phase banner, breadcrumbs, footer with the Open Government
// Licence) around a notice laid out in the OJEU form's NUMBERED FIELDS – "Section one: Contracting authority",
// "I.1) Name and addresses", "II.1.5) Estimated total value", "II.2.5) Award criteria" ("Quality criterion -
// Name: … / Weighting: 30", "Price - Weighting: 30"), "IV.2.2) Time limit for receipt of tenders or requests
// to participate" with the date and "Local time" on separate lines, NUTS and CPV codes, "Date" and "Local
// time" fields, an options clause holding money. The notice names the Task Group only in its free text.
// Rendering: from the notice's title to its end (before the footer): each heading, label and paragraph a line.
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, OFFICERS, TENDER, BODY, FUND, num } from "./common.mjs";

const H = OFFICERS.harriet;
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/£/g, "&pound;").replace(/’/g, "&rsquo;");
const R = []; // rendering
const parts = [];
const h2 = (t) => { parts.push(`<h2 class="govuk-heading-l">${esc(t)}</h2>`); R.push(t); };
const h3 = (t) => { parts.push(`<h3 class="govuk-heading-m">${esc(t)}</h3>`); R.push(t); };
const h4 = (t) => { parts.push(`<h4 class="govuk-heading-s">${esc(t)}</h4>`); R.push(t); };
const p = (t, cls = "govuk-body") => { parts.push(`<p class="${cls}">${esc(t)}</p>`); R.push(t); };
const lines = (ls) => { parts.push(`<p class="govuk-body">${ls.map(esc).join("<br>")}</p>`); R.push(...ls); };
const link = (t, href) => { parts.push(`<p class="govuk-body"><a class="govuk-link" href="${href}">${esc(t)}</a></p>`); R.push(t); };

const title = TENDER.title;
R.push(title);
parts.push(`<span class="govuk-caption-l">Contract notice</span>`);
R.push("Contract notice");
parts.push(`<h1 class="govuk-heading-xl break-word">${esc(title)}</h1>`);
const meta = [["Notice identifier:", TENDER.id], ["Procurement identifier (OCID):", TENDER.ocid], ["Published", `${TENDER.published}, 4:05pm`]];
parts.push(`<dl class="govuk-summary-list govuk-summary-list--no-border notice-meta">` + meta.map(([k, v]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${esc(k)}</dt><dd class="govuk-summary-list__value">${esc(v)}</dd></div>`).join("") + `</dl>`);
for (const [k, v] of meta) R.push(`${k} ${v}`);
parts.push(`<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible">`);

h2("Section one: Contracting authority");
h3("one.1) Name and addresses");
lines(["Local Government Association", "18 Smith Square", "London", "SW1P 3HZ"]);
lines([`Contact`, `${H.fore} ${H.sur}`]);
lines([`Email`, H.email]);
lines([`Telephone`, `+44 ${H.phone.slice(1)}`]);
lines(["Country", "United Kingdom"]);
lines(["NUTS code", "UKI32 - Westminster"]);
lines(["Internet address(es)", "Main address", "https://www.local.gov.uk"]);
h3("one.3) Communication");
p("The procurement documents are available for unrestricted and full direct access, free of charge, at");
link("https://procontract.due-north.com/Advert?advertId=7b1c44e2-9f3a-ee11-8126-005056b64545", "https://procontract.due-north.com/Advert?advertId=7b1c44e2-9f3a-ee11-8126-005056b64545");
p("Additional information can be obtained from the above-mentioned address");
p("Tenders or requests to participate must be submitted electronically via");
link("https://procontract.due-north.com", "https://procontract.due-north.com");
h3("one.4) Type of the contracting authority");
p("Body governed by public law");
h3("one.5) Main activity");
p("General public services");

h2("Section two: Object");
h3("two.1) Scope of the procurement");
h4("two.1.1) Title");
p(title);
p(`Reference number: ${TENDER.ref}`);
h4("two.1.2) Main CPV code");
lines(["79419000 - Evaluation consultancy services"]);
h4("two.1.3) Type of contract");
p("Services");
h4("two.1.4) Short description");
p(`The Local Government Association seeks a supplier to evaluate the ${FUND} and the wider Healthy Homes Programme run with 14 councils to reduce damp and mould in social housing. The evaluation will test whether the funded projects reduce repeat reports of damp and mould, how tenants experience the repairs, and what the programme's measures and data show, and will recommend what a national programme should fund.`);
h4("two.1.5) Estimated total value");
p(`Value excluding VAT: £${num(TENDER.value)}`);
h4("two.1.6) Information about lots");
p("This contract is divided into lots: No");
h3("two.2) Description");
h4("two.2.2) Additional CPV code(s)");
lines(["73210000 - Research consultancy services", "79311400 - Economic research services"]);
h4("two.2.3) Place of performance");
lines(["NUTS codes", "UK - United Kingdom"]);
p("Main site or place of performance");
p("The 14 councils in the Healthy Homes Programme, in England.");
h4("two.2.4) Description of the procurement");
p(`The supplier will produce an inception report by 1 May 2198, an interim report by 28 February 2199 on round 1 of the ${FUND} (six projects) and a final report by 31 March 2200. It will analyse the programme's eight measures (DMP-01 to DMP-08) and the councils' case records under the Task Group's draft data standard, survey at least 600 tenants whose homes were treated, and run workshops with the Tenant Voice Panel.`);
p(`The evaluation reports to the LGA's ${BODY}, which agreed the specification at its meeting on 20 September 2197.`);
h4("two.2.5) Award criteria");
for (const [name, w] of TENDER.criteria) lines([`Quality criterion - Name: ${name} / Weighting: ${w}`]);
lines([`Price - Weighting: ${TENDER.price}`]);
h4("two.2.6) Estimated value");
p(`Value excluding VAT: £${num(TENDER.value)}`);
h4("two.2.7) Duration of the contract, framework agreement or dynamic purchasing system");
lines(["Start date", TENDER.start, "End date", TENDER.end]);
p("This contract is subject to renewal");
p("No");
h4("two.2.10) Information about variants");
p("Variants will be accepted: No");
h4("two.2.11) Information about options");
p("Options: Yes");
p("Description of options");
p("An extension of up to 12 months, for up to £60,000 excluding VAT, to evaluate round 2 of the fund if the Task Group runs one.");
h4("two.2.14) Additional information");
p("Tenderers must show how tenants will be involved in designing the survey and the workshops.");

h2("Section three. Legal, economic, financial and technical information");
h3("three.1) Conditions for participation");
h4("three.1.2) Economic and financial standing");
p("Selection criteria as stated in the procurement documents");
p("Minimum level(s) of standards possibly required: an annual turnover of at least £360,000 in each of the last two financial years, and professional indemnity insurance of at least £1 million.");
h4("three.1.3) Technical and professional ability");
p("Selection criteria as stated in the procurement documents");

h2("Section four. Procedure");
h3("four.1) Description");
h4("four.1.1) Type of procedure");
p("Open procedure");
h4("four.1.8) Information about the Government Procurement Agreement (GPA)");
p("The procurement is covered by the Government Procurement Agreement: No");
h3("four.2) Administrative information");
h4("four.2.2) Time limit for receipt of tenders or requests to participate");
lines(["Date", TENDER.closes, "Local time", "12:00pm"]);
h4("four.2.4) Languages in which tenders or requests to participate may be submitted");
p("English");
h4("four.2.6) Minimum time frame during which the tenderer must maintain the tender");
lines(["Tender must be valid until", "12 April 2198"]);
h4("four.2.7) Conditions for opening of tenders");
lines(["Date", TENDER.closes, "Local time", "2:00pm"]);
p("Place");
p("Electronically, on ProContract");

h2("Section six. Complementary information");
h3("six.1) Information about recurrence");
p("This is a recurrent procurement: No");
h3("six.3) Additional information");
p(`Clarification questions must be submitted through ProContract by 5pm on ${TENDER.clarify}; answers will be published to all bidders by 8 January 2198.`);
p(`The contract will be awarded by the LGA's Head of Housing and Planning after consulting the Chair and Vice-Chair of the ${BODY}.`);
h3("six.4) Procedures for review");
h4("six.4.1) Review body");
lines(["The High Court of England and Wales", "The Strand", "London", "WC2A 2LL", "Country", "United Kingdom"]);
h4("six.4.3) Review procedure");
h4("Precise information on deadline(s) for review procedures");
p("The LGA will observe a standstill period of at least 10 calendar days after it notifies tenderers of the award decision.");

// The page shows the section numbers as roman numerals (I.1), II.1.5) …); the builder writes them as words above
// only to keep the code readable: convert here, in the HTML and the rendering alike.
const ROMAN = { one: "I", two: "II", three: "III", four: "IV", six: "VI" };
const roman = (s) => s.replace(/^(one|two|three|four|six)\./, (_, w) => ROMAN[w] + ".");
for (let i = 0; i < R.length; i++) R[i] = roman(R[i]);
const body = parts.map((x) => x.replace(/(<h[34] class="govuk-heading-[ms]">)(one|two|three|four|six)\./, (_, a, w) => a + ROMAN[w] + ".")).join("\n");

const html = `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>${esc(title)} - Find a Tender</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<link rel="icon" sizes="48x48" href="https://www.find-tender.service.gov.uk/assets/images/favicon.ico">
<link rel="stylesheet" href="https://www.find-tender.service.gov.uk/assets/stylesheets/application.css">
<meta property="og:title" content="${esc(title)}">
<meta name="description" content="Contract notice ${TENDER.id}: ${esc(title)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Find a Tender"}</script>
<style>.break-word{word-wrap:break-word}.notice-meta .govuk-summary-list__key{width:40%}</style>
</head>
<body class="govuk-template__body js-enabled">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Find a Tender">
<div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Find a Tender</h2>
<p class="govuk-body">We use some essential cookies to make this service work.</p>
<p class="govuk-body">We'd also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept analytics cookies</button><button type="button" class="govuk-button" data-module="govuk-button">Reject analytics cookies</button><a class="govuk-link" href="/Home/Cookies">View cookies</a></div>
</div>
</div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header">
<div class="govuk-header__container govuk-width-container">
<div class="govuk-header__logo"><a href="https://www.gov.uk/" class="govuk-header__link govuk-header__link--homepage"><svg focusable="false" role="img" class="govuk-header__logotype" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 148 30" height="30" width="148" aria-label="GOV.UK"><title>GOV.UK</title><path fill="currentColor" d="M22.6 10.4c-1 .4-2-.1-2.4-1-.4-.9.1-2 1-2.4.9-.4 2 .1 2.4 1s-.1 2-1 2.4"></path></svg></a></div>
<div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">Find a Tender</a>
<nav aria-label="Menu" class="govuk-header__navigation"><ul class="govuk-header__navigation-list"><li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/Search">Search notices</a></li><li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/Account/Login">Sign in</a></li></ul></nav></div>
</div>
</header>
<div class="govuk-width-container">
<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service – your <a class="govuk-link" href="/Home/Feedback">feedback</a> will help us to improve it.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/Search/Results">Search results</a></li><li class="govuk-breadcrumbs__list-item">Notice</li></ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main">
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<p class="govuk-body"><a class="govuk-link" href="/Notice/052814-2197/PDF">Print version (PDF)</a> | <a class="govuk-link" href="/Notice/052814-2197/Json">Download as JSON (OCDS)</a></p>
${body}
</div>
<div class="govuk-grid-column-one-third">
<aside class="app-related-items" role="complementary">
<h2 class="govuk-heading-s">Related notices</h2>
<p class="govuk-body-s">There are no related notices.</p>
<h2 class="govuk-heading-s">Share</h2>
<p class="govuk-body-s"><a class="govuk-link" href="mailto:?subject=Find%20a%20Tender%20notice%20${encodeURIComponent(TENDER.id)}">Email this notice</a></p>
</aside>
</div>
</div>
</main>
</div>
<footer class="govuk-footer" role="contentinfo">
<div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list"><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/Home/Accessibility">Accessibility statement</a></li><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/Home/Cookies">Cookies</a></li><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/Home/Privacy">Privacy</a></li><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/Home/Terms">Terms and conditions</a></li></ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
</div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></div></div></div>
</footer>
<script src="https://www.find-tender.service.gov.uk/assets/javascripts/govuk-frontend.min.js"></script>
<script>window.GOVUKFrontend.initAll()</script>
</body>
</html>
`;
writeFileSync(join(root, "docs", DOCS.tender), html);
writeFileSync(join(root, "text", basename(DOCS.tender, ".html") + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${DOCS.tender}`);
