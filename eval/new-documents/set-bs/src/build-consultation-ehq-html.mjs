// Builds docs/pptg-pilot-zones-have-your-say-engagementhq-2342-01-14.html and its rendering in text/.
// Layout: AN ENGAGEMENTHQ ("HAVE YOUR SAY") PROJECT PAGE SAVED FROM THE BROWSER (Granicus' consultation
// platform, as many councils run it; "Save page as… Web page, HTML only", Wednesday 14 January 2342): the
// site header and cookie notice, a breadcrumb, the project's banner image, a CLOSED banner, the project
// description (what was proposed as a bullet list, the six zones as a table), then THE PROJECT'S TOOLS AS
// TABS WHOSE PANES ARE ALL IN THE PAGE, ONLY ONE SHOWN: "Updates" (a news feed of three posts, newest
// first, each "Published …"; the newest carries the results table and next steps), "Survey" (a closed
// survey's card), "Q&A" (residents' public questions by screen name with officers' answers, one question
// "awaiting an answer"), "FAQs" (an accordion whose answers are in collapsed panels – one of them written
// before the programme slipped). The right-hand column holds the WIDGETS: "Who's listening" (the contact
// officers' cards: name, role, phone, e-mail), "Key dates" (each date SPLIT INTO SPANS – day, month
// abbreviated, year – over its title), a "Timeline" of stages WHOSE STATUS IS ONLY A CLASS NAME
// (`timeline-stage--complete`, `--current` with aria-current, `--upcoming`), "Documents" (file names with
// size and type), "Follow project". Footer with "Powered by EngagementHQ".
// Rendering: from the project's title on: each paragraph, list item, table row (cells " | "), question,
// answer and widget entry a line (a key date as "day month year | title"); the header, cookie notice,
// navigation, share buttons and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-consultation-ehq-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, SITE, OFFICERS as O, ZONES, CONSULT, OVERALL_SUPPORT, PCN, MEETINGS } from "./common.mjs";

const FILE = DOCS.ehq;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const h = [];
const H = (s) => h.push(s);
const line = (s) => out.push(s);
const para = (s) => { H(`<p>${esc(s)}</p>`); line(s); };
const li = (s) => { H(`<li>${esc(s)}</li>`); line(s); };
const TITLE = "Pavement parking pilot zones";

H(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${TITLE} | ${SITE}: Have your say</title>
<meta name="description" content="Have your say on six proposed pavement parking pilot zones.">
<meta property="og:site_name" content="${SITE}: Have your say">
<link rel="stylesheet" media="all" href="https://clearfootways.engagementhq.com/assets/application-3f9a2c.css">
<link rel="stylesheet" media="all" href="https://clearfootways.engagementhq.com/assets/themes/custom-21874.css">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="Yp7q0mZ2kR1xJ9dN4tL8wA==">
<script>window.EHQ = {"siteId":21874,"projectId":"pilot-zones","projectState":"archived","locale":"en-GB"};</script>
</head>
<body class="projects show project-pilot-zones">
<a class="skip-link sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<div id="cookie-consent" class="cookie-banner" role="region" aria-label="Cookie consent"><p>We use cookies to make this site work and to understand how it is used.</p><button class="btn btn-primary">Accept all cookies</button><button class="btn btn-default">Necessary cookies only</button></div>
<header class="site-header" role="banner"><div class="container"><a class="site-logo" href="https://clearfootways.engagementhq.com/"><img src="https://ehq-production-europe.s3.eu-west-1.amazonaws.com/logo/21874/clear-footways.png" alt="${SITE}: Have your say"></a>
<nav class="site-nav" aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/projects">All projects</a></li><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/register">Register</a></li><li><a href="/login">Sign in</a></li></ul></nav></div></header>
<div class="project-banner"><img src="https://ehq-production-europe.s3.eu-west-1.amazonaws.com/banner/pilot-zones.jpg" alt=""></div>
<div class="container"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li aria-current="page">${TITLE}</li></ol></nav>
<div class="row">
<main id="main-content" class="col-md-8 project-main">`);

H(`<h1 class="project-title">${TITLE}</h1>`); line(TITLE);
H(`<div class="alert alert-info project-closed" role="status"><p><strong>This consultation has closed.</strong> Thank you to everyone who took part. Read what we heard in the Updates tab below.</p></div>`);
line("This consultation has closed. Thank you to everyone who took part. Read what we heard in the Updates tab below.");

H(`<div class="project-description rich-text">`);
para(`Cars and vans parked on the pavement force people with pushchairs, wheelchair users and blind and partially sighted people into the road. Since June 2341 twelve councils have been restricting footway parking street by street (phase 1). The ${BODY}, set up by the ${BOARD}, now wants to test restrictions across whole areas: six pilot zones in six councils (phase 2).`);
H(`<h2>What we proposed</h2>`); line("What we proposed");
H(`<ul>`);
li("In each pilot zone, parking with any wheel on the footway would be banned by an experimental traffic regulation order, except in marked footway bays.");
li("A footway bay would be marked only where at least 1.5 metres of footway is left clear.");
li(`The penalty charge for parking on the footway would be ${PCN.full}, reduced to ${PCN.reduced} if paid within ${PCN.days} days.`);
li("The experimental orders would run for up to 18 months. The Task Group would then decide, on the results, whether to ask the councils to make them permanent.");
H(`</ul>`);
H(`<h2>The six proposed zones</h2>`); line("The six proposed zones");
H(`<table class="table"><thead><tr><th>Zone</th><th>Council</th><th>Streets</th></tr></thead><tbody>`);
line("Zone | Council | Streets");
for (const z of ZONES) { H(`<tr><td>Zone ${z.n}: ${esc(z.name)}</td><td>${esc(z.council)}</td><td>${z.streets}</td></tr>`); line(`Zone ${z.n}: ${z.name} | ${z.council} | ${z.streets}`); }
H(`</tbody></table></div>`);

// ---------------------------------------------------------------- tools as tabs
H(`<div class="tools-container"><ul class="nav nav-tabs" role="tablist"><li role="presentation" class="active"><a href="#updates" role="tab" aria-controls="updates" aria-selected="true">Updates</a></li><li role="presentation"><a href="#survey" role="tab" aria-controls="survey" aria-selected="false">Survey</a></li><li role="presentation"><a href="#qanda" role="tab" aria-controls="qanda" aria-selected="false">Q&amp;A</a></li><li role="presentation"><a href="#faqs" role="tab" aria-controls="faqs" aria-selected="false">FAQs</a></li></ul>
<div class="tab-content">`);
line("Updates Survey Q&A FAQs");

// updates
H(`<div role="tabpanel" class="tab-pane active" id="updates"><div class="news-feed">`);
const news = (title, date, body) => {
  H(`<article class="news-feed-item"><h3 class="news-title"><a href="#">${esc(title)}</a></h3><div class="news-meta">Published <time datetime="${date[0]}">${date[1]}</time></div><div class="news-body rich-text">`);
  line(title); line(`Published ${date[1]}`);
  body();
  H(`</div></article>`);
};
news("Pilot zones consultation: what we heard", ["2342-01-12", "12 January 2342"], () => {
  para(`The consultation ran from 3 November to 19 December 2341. It was extended by a week after the Hollins Park drop-in session was cancelled. We received ${CONSULT.survey.toLocaleString("en-GB")} survey responses and ${CONSULT.letters} emails and letters. Thank you.`);
  para(`Overall, ${OVERALL_SUPPORT}% of survey respondents supported a restriction in the zone nearest to them.`);
  H(`<table class="table table-striped"><caption>Survey responses by zone</caption><thead><tr><th>Zone</th><th>Council</th><th>Responses</th><th>Support</th><th>Oppose</th><th>Neither or not sure</th></tr></thead><tbody>`);
  line("Survey responses by zone");
  line("Zone | Council | Responses | Support | Oppose | Neither or not sure");
  for (const z of ZONES) {
    const r = [z.name, z.council, String(z.resp), `${z.sup}%`, `${z.opp}%`, `${100 - z.sup - z.opp}%`];
    H(`<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`); line(r.join(" | "));
  }
  H(`</tbody></table>`);
  H(`<h4>What people told us</h4>`); line("What people told us");
  para("The most common concerns were parking moving into nearby streets (raised in 388 comments), access for disabled residents and their carers (203) and deliveries to shops (167). Traders in Harbour Hill sent a joint letter opposing the zone.");
  H(`<h4>What happens next</h4>`); line("What happens next");
  para(`Officers will recommend to the Task Group at its meeting on ${MEETINGS[3].date} that:`);
  H(`<ul>`);
  li("the Abbeyfields, Station Quarter, Norrisgate and Hollins Park zones go ahead;");
  li("the Saltpan Lane and Cooper's Row zone is redesigned with residents and consulted on again in spring 2342;");
  li("the Harbour Hill zone does not go ahead.");
  H(`</ul>`);
  para(`The meeting is open to the public. Its papers will be published on the ${SITE} website a week before.`);
  H(`<p><a class="document-link" href="https://ehq-production-europe.s3.eu-west-1.amazonaws.com/documents/what-we-heard-summary.pdf">What we heard: summary report</a> (PDF, 1.1 MB)</p>`);
  line("What we heard: summary report (PDF, 1.1 MB)");
});
news("Consultation extended to 19 December", ["2341-12-05", "5 December 2341"], () => {
  para("The Hollins Park drop-in session on Tuesday 2 December was cancelled because the community centre was flooded. It will now take place on Tuesday 16 December, 3pm to 7pm, and the consultation will close a week later than planned, at 5pm on Friday 19 December 2341.");
});
news("Halfway update", ["2341-11-27", "27 November 2341"], () => {
  para(`So far ${CONSULT.midCount.toLocaleString("en-GB")} people have responded to the survey. Two drop-in sessions are still to come: Norrisgate Library today, Thursday 27 November (3pm to 7pm), and Hollins Park Community Centre on Tuesday 2 December (3pm to 7pm). Fewer people have responded in Harbour Hill and Saltpan Lane than elsewhere, so we are sending a reminder postcard to every household there.`);
});
H(`</div></div>`);

// survey
H(`<div role="tabpanel" class="tab-pane" id="survey" hidden><div class="survey-tool card"><h3>Pilot zones survey</h3><p class="survey-status">This survey has concluded.</p><p class="survey-closed-date">Closed 19 December 2341</p></div></div>`);
line("Pilot zones survey"); line("This survey has concluded."); line("Closed 19 December 2341");

// Q&A
H(`<div role="tabpanel" class="tab-pane" id="qanda" hidden><div class="qanda-tool"><h3>Questions and answers</h3><p class="tool-closed">Questions are closed for this project.</p><ul class="qanda-list">`);
line("Questions and answers"); line("Questions are closed for this project.");
const qa = (who, when, q, a) => {
  H(`<li class="qanda-item"><div class="question"><span class="asker">${esc(who)}</span> asked <time>${esc(when)}</time><p>${esc(q)}</p></div>`);
  line(`${who} asked ${when}`); line(q);
  if (a) { H(`<div class="answer"><span class="answerer">${esc(a[0])}</span> answered <time>${esc(a[1])}</time><p>${esc(a[2])}</p></div>`); line(`${a[0]} answered ${a[1]}`); line(a[2]); }
  else { H(`<div class="answer answer--pending"><p>This question is awaiting an answer.</p></div>`); line("This question is awaiting an answer."); }
  H(`</li>`);
};
qa("pelsworthdriver", "18 December 2341", "Will there be permits to park on the pavement outside your own house?", null);
qa("HarbourHillTrader", "1 December 2341", "Why was Harbour Hill chosen when most of the shops there are against it?", [O.cosmo.name, "3 December 2341", "Harbour Hill was shortlisted in July 2341 because of the number of reports of blocked footways near Harbour Hill Primary School. The Task Group will consider every response, including the traders' views, before it decides which zones go ahead."]);
qa("scooter_user_22", "14 November 2341", "Will the footway bays leave enough room for a mobility scooter to get past?", [O.cosmo.name, "17 November 2341", "Yes. A bay will only be marked where at least 1.5 metres of footway is left clear, which is the width a wheelchair or mobility scooter needs to pass."]);
qa("norrisgate_resident", "8 November 2341", "Will delivery drivers be allowed to stop on the pavement?", [O.cosmo.name, "10 November 2341", "Loading on the footway would be allowed for up to 20 minutes where there is no other safe place to stop, as long as at least 1.5 metres of footway is left clear."]);
H(`</ul></div></div>`);

// FAQs
H(`<div role="tabpanel" class="tab-pane" id="faqs" hidden><div class="faqs-tool"><h3>Frequently asked questions</h3><div class="accordion">`);
line("Frequently asked questions");
const FAQ = [
  ["Why are you proposing this?", "Parking on the footway forces people with pushchairs, wheelchair users and blind and partially sighted people into the road, and damages the footway. In phase 1 streets, reports of blocked footways fell once restrictions were enforced."],
  ["When would the restrictions start?", "If the Task Group agrees a zone in January 2342, we expect the experimental order to be made in February, the signs to go up in March and enforcement to start in April 2342."],
  ["How much is the fine?", `${PCN.full}, reduced to ${PCN.reduced} if paid within ${PCN.days} days.`],
  ["Are blue badge holders exempt?", "There is no general exemption. Blue badge holders may park partly on the footway in a marked footway bay, like anyone else. The Task Group is looking at the cost of a permit exemption."],
  ["How do I find out what was decided?", `Sign up to follow this project, or see the ${SITE} website after the meeting on 22 January 2342.`],
];
FAQ.forEach(([q, a], i) => {
  H(`<div class="accordion-item"><h4 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false" aria-controls="faq-${i + 1}">${esc(q)}</button></h4><div id="faq-${i + 1}" class="accordion-collapse collapse" hidden><div class="accordion-body"><p>${esc(a)}</p></div></div></div>`);
  line(q); line(a);
});
H(`</div></div></div></div></div>`); // accordion, faqs-tool, pane, tab-content, tools-container
H(`</main>`);

// ---------------------------------------------------------------- widgets
H(`<aside class="col-md-4 project-sidebar" aria-label="Project information">`);
H(`<div class="widget widget-who-is-listening"><h2 class="widget-title">Who's listening</h2><ul>`);
line("Who's listening");
for (const k of ["ezra", "cosmo"]) {
  const o = O[k];
  const role = k === "ezra" ? `${o.post}, Clear Footways Programme` : o.post;
  H(`<li class="team-member"><img class="team-member-photo" src="https://ehq-production-europe.s3.eu-west-1.amazonaws.com/team/${k}.jpg" alt=""><div class="team-member-details"><p class="team-member-name">${esc(o.name)}</p><p class="team-member-role">${esc(role)}</p><p class="team-member-phone">Phone <a href="tel:${o.phone.replace(/ /g, "")}">${o.phone}</a></p><p class="team-member-email">Email <a href="mailto:${o.email}">${o.email}</a></p></div></li>`);
  line(o.name); line(role); line(`Phone ${o.phone}`); line(`Email ${o.email}`);
}
H(`</ul></div>`);
H(`<div class="widget widget-key-dates"><h2 class="widget-title">Key dates</h2><ul>`);
line("Key dates");
const KD = [
  ["03", "Nov", "2341", "Consultation opens"],
  ["27", "Nov", "2341", "Drop-in: Norrisgate Library, 3pm to 7pm"],
  ["16", "Dec", "2341", "Drop-in: Hollins Park Community Centre, 3pm to 7pm (rearranged from 2 December)"],
  ["19", "Dec", "2341", "Consultation closes (extended from 12 December)"],
  ["22", "Jan", "2342", "Task Group meeting: decision on the pilot zones"],
];
for (const [d, m, y, t] of KD) {
  H(`<li class="key-date"><div class="key-date-calendar" aria-hidden="false"><span class="key-date-day">${d}</span><span class="key-date-month">${m}</span><span class="key-date-year">${y}</span></div><div class="key-date-title">${esc(t)}</div></li>`);
  line(`${d} ${m} ${y} | ${t}`);
}
H(`</ul></div>`);
H(`<div class="widget widget-timeline"><h2 class="widget-title">Timeline</h2><ol class="timeline">`);
line("Timeline");
const TL = [
  ["complete", "Shortlisting the zones", "June to July 2341"],
  ["complete", "Consultation", "3 November to 19 December 2341"],
  ["current", "Reviewing your feedback", "December 2341 to January 2342"],
  ["upcoming", "Task Group decision", "Thursday 22 January 2342"],
  ["upcoming", "Orders, signs and enforcement", "Spring 2342, in the zones that go ahead"],
  ["upcoming", "Evaluation", `Interim report to the ${BOARD}, June 2342`],
];
for (const [st, t, d] of TL) {
  H(`<li class="timeline-stage timeline-stage--${st}"${st === "current" ? ' aria-current="step"' : ""}><span class="timeline-marker"></span><h3 class="timeline-stage-title">${esc(t)}</h3><p class="timeline-stage-description">${esc(d)}</p></li>`);
  line(t); line(d);
}
H(`</ol></div>`);
H(`<div class="widget widget-documents"><h2 class="widget-title">Documents</h2><ul>`);
line("Documents");
for (const [n, s] of [["Pilot zones consultation document", "2.3 MB"], ["Zone maps: all six zones", "5.8 MB"], ["Equality impact assessment", "640 KB"], ["What we heard: summary report", "1.1 MB"]]) {
  H(`<li class="document"><a href="https://ehq-production-europe.s3.eu-west-1.amazonaws.com/documents/${n.toLowerCase().replace(/[^a-z]+/g, "-")}.pdf">${esc(n)}</a> <span class="document-meta">(${s}) (pdf)</span></li>`);
  line(`${n} (${s}) (pdf)`);
}
H(`</ul></div>`);
H(`<div class="widget widget-follow"><h2 class="widget-title">Follow project</h2><button class="btn btn-primary">Follow</button></div>
<div class="widget widget-share"><h2 class="widget-title">Share</h2><a href="#" aria-label="Share on Facebook"><svg aria-hidden="true"></svg></a><a href="#" aria-label="Share on X"><svg aria-hidden="true"></svg></a><a href="#" aria-label="Share by email"><svg aria-hidden="true"></svg></a></div>
</aside></div></div>
<footer class="site-footer" role="contentinfo"><div class="container"><ul class="footer-links"><li><a href="/privacy">Privacy</a></li><li><a href="/moderation">Moderation policy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookie settings</a></li></ul>
<p>${SITE}: Have your say is run by the ${esc(BODY)}.</p><p class="powered-by">Powered by <a href="https://granicus.com/engagementhq">EngagementHQ</a></p></div></footer>
<script src="https://clearfootways.engagementhq.com/assets/application-7be0d1.js"></script>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
