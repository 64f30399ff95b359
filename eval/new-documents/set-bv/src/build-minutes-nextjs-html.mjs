// Builds docs/acgtg-minutes-2361-11-15.html and its rendering in text/.
// Layout: A PAGE OF A COMMITTEE-PAPERS WEB APP BUILT WITH NEXT.JS (React, server-side rendered), SAVED
// FROM THE BROWSER ("Web page, HTML only"): the markup of a single-page app – CSS-module class names with
// hash suffixes ("MeetingHeader_title__x7Kq2"), React's empty comments between text pieces
// ("Wednesday<!-- --> <!-- -->15 November 2361"), a skip link, the site header and a breadcrumb before
// the content, a cookie notice and a footer after it, preloads and deferred script tags. The meeting page
// has THREE TABS (Minutes, "Actions (8)", "Documents (4)") AND ONLY THE SELECTED ONE IS RENDERED: the
// minutes (an attendance panel of lists, nine items with numbered headings, rich-text bodies and
// "Resolved" boxes whose clauses are an <ol type="a">, so the letters are not in the text). THE ACTIONS
// EXIST ONLY IN THE PAGE'S `<script id="__NEXT_DATA__" type="application/json">` – Next.js's serialised
// props, with `<` written as \u003c – where each action names its owner only by an id ("usr_0193")
// resolved through a separate "people" array, gives its due date as an ISO date and its state as a
// lower-case enum ("open", "completed", with "completedOn"). The same JSON repeats each minute's body as
// escaped HTML.
// Rendering: from the page title on, each heading, paragraph, list item and label as the browser shows
// the Minutes tab (attendance lines "label: names"), then the Actions tab as the app would show it once
// clicked: each action as "ref | description | owner's name | due date | state" from the JSON; the site
// header, breadcrumb, cookie notice, footer and scripts left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-nextjs-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, BOARD, P, OFFICERS as O, GUESTS, ACTIONS, MEETINGS } from "./common.mjs";

const FILE = DOCS.minutes;
const h = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const R = "<!-- -->"; // React's separator between adjacent text nodes

// ---------------------------------------------------------------- content
const present = [["sowerbutts", "Chair"], ["osgathorpe", "Vice-Chair"], ["merridew", "Deputy Chair"], ["nettleship"], ["inchbald"], ["hollinrake"], ["scattergood"], ["wolstenholme"], ["blenkinsopp"]];
const ATT = [
  ["Members present", present.map(([k, r]) => (r ? `${P[k].cllr} (${r})` : P[k].cllr))],
  ["Attended online (not voting)", [P.quillfeather.cllr]],
  ["Substitutes", [`${P.thewlis.cllr} (for ${P.dunstanville.cllr})`]],
  ["Apologies", [P.tregenza.cllr, P.dunstanville.cllr]],
  ["Officers", [`${O.ezinne.name} (${O.ezinne.post})`, `${O.florian.name} (${O.florian.post})`, `${O.rosalind.name} (${O.rosalind.post})`, `${O.tamsin.name} (${O.tamsin.post})`]],
  ["Also present", [`${GUESTS[0].name} and ${GUESTS[1].name}, University of Wexcombe (item 5)`]],
];
const ITEMS = [
  { n: 1, title: "Welcome, apologies and substitutes", body: [
    "The Chair welcomed members, officers and the guests from the University of Wexcombe.",
    `Apologies were received from ${P.tregenza.cllr} and ${P.dunstanville.cllr}. ${P.thewlis.cllr} attended as substitute for Cllr Dunstanville. ${P.quillfeather.cllr} attended online and did not vote.`,
    `${P.blenkinsopp.cllr} said that this was his last meeting, as he stands down from the Task Group at the end of November. The Chair thanked him for his work on the Plot Provision Fund.`,
  ] },
  { n: 2, title: "Declarations of interest", body: [
    `${P.scattergood.cllr} declared a non-pecuniary interest in item 7 as a plot-holder at the Lowfield Road site in Mirefoot and a committee member of Mirefoot Allotment Society, which expects to bid to round 2. He took no part in that item.`,
    `${P.merridew.cllr} declared a non-pecuniary interest in item 5 as a trustee of the Dunholt Community Orchard Trust, which runs one of the pilots.`,
  ] },
  { n: 3, title: "Minutes of the meeting held on 20 September 2361 and actions", body: [
    "Of the actions agreed on 20 September (ACG-43 to ACG-50), six are complete. ACG-47, a template tenancy agreement for half-size starter plots, is now due in December, and ACG-49, the letter to the water company on standpipe charges, has had no reply.",
  ], resolved: ["That the minutes of the meeting held on 20 September 2361 be agreed as a correct record."] },
  { n: 4, title: "Performance: quarter 2 2361/62", body: [
    `${O.ezinne.name}, Programme Manager, introduced the tracker for quarter 2 (to 30 September 2361). Two measures were Red: the median wait for a plot (GRW-02, 27 months against a target of 18) and sites with water (GRW-06, 79% against 90%), where eleven standpipes had been capped under the August hosepipe ban. GRW-07 was complete, all twelve councils having adopted an allotment strategy. Waiting lists (GRW-01) had fallen to 10,615, mainly because four councils had removed lapsed applicants.`,
    "Members asked that the effect of starter plots on waiting times be shown separately.",
  ], resolvedLead: "That the Task Group:", resolved: [
    "note performance at quarter 2 2361/62;",
    "ask officers to bring a recovery plan for GRW-06 to the meeting on 17 January 2362;",
    "ask that GRW-02 be reported from quarter 3 both with and without starter plots.",
  ] },
  { n: 5, title: "Community growing pilots: interim evaluation", body: [
    `${GUESTS[0].name} and ${GUESTS[1].name} of the University of Wexcombe presented the interim evaluation of the six pilots (the slides are published with these minutes). The pilots had created 266 growing places by 30 September 2361 and housed 227 applicants from waiting lists. Starter plots in Kestermouth had housed the most applicants; plot sharing in Oxlade Vale was the cheapest at £95 a place; rooftop growing in Brindleford was the most expensive at £2,300 a place.`,
    `In answer to ${P.hollinrake.cllr}, Dr Halvorsen-Pike said that the final report would be published in April 2362.`,
  ], resolvedLead: "That the Task Group:", resolved: [
    "note the interim evaluation;",
    "ask the University to include in its final report the cost per plot-holder still growing at 12 months.",
  ] },
  { n: 6, title: "Water on allotment sites", body: [
    `${O.florian.name}, Senior Adviser, reported that eleven sites in Sallowfield and Dunholt had lost their standpipes in August. Rainwater harvesting kits (a shelter roof, gutters and two 1,000-litre tanks) would cost about £3,600 a site.`,
    `${O.rosalind.name}, Finance Business Partner, confirmed that the programme contingency stood at £65,000. As the sum is more than £25,000 and not more than £100,000 the Chair could agree it after consulting the Vice-Chair, but the Chair had asked for the Task Group's view.`,
  ], resolved: ["That £40,000 of the programme contingency be allocated to rainwater harvesting kits for the eleven sites, leaving £25,000 in contingency."] },
  { n: 7, title: "Plot Provision Fund: round 2 timetable", body: [
    "Cllr Scattergood left the room for this item.",
    "Members agreed the timetable for round 2 of the fund (£250,000).",
  ], resolvedLead: "That:", resolved: [
    "round 2 of the Plot Provision Fund open on 20 November 2361 and close at noon on 12 December 2361;",
    "officers score bids against the published criteria, with a threshold of 60 out of 100;",
    "the Task Group decide the awards at its meeting on 17 January 2362.",
  ] },
  { n: 8, title: "Any other business", body: [
    `The Vice-Chair, ${P.osgathorpe.cllr}, raised reports from allotment societies of a shortage of seed potatoes for spring 2362. Officers would circulate a note.`,
  ] },
  { n: 9, title: "Date of next meeting", body: ["Wednesday 17 January 2362 at 11.00am in Meeting Room 5, 18 Smith Square."] },
];
const USERS = { ezinne: "usr_0188", florian: "usr_0193", rosalind: "usr_0201", crispin: "usr_0142", tamsin: "usr_0217" };
const DOCUMENTS = [
  { title: "Agenda", kind: "pdf", url: "/documents/acgtg-2361-11-15-agenda.pdf" },
  { title: "Item 4: Measures by quarter (Tableau)", kind: "link", url: "https://tableau.local.gov.uk/#/views/CommunityGrowing/Measuresbyquarter" },
  { title: "Item 5: Interim evaluation slides", kind: "pdf", url: "/documents/acgtg-pilots-interim-evaluation-slides-2361-11-15.pdf" },
  { title: "Item 7: Plot Provision Fund round 2 guidance", kind: "pdf", url: "/documents/ppf-round-2-guidance.pdf" },
];

// ---------------------------------------------------------------- markup and rendering
const text = [];
const itemHtml = (it) => it.body.map((p) => `<p>${h(p)}</p>`).join("");
const resHtml = (it) => (it.resolved ? `<div class="Resolution_box__p2QeL"><h3 class="Resolution_label__Wd0s1">Resolved</h3>${it.resolvedLead ? `<p>${h(it.resolvedLead)}</p><ol type="a" class="Resolution_list__1xYvT">${it.resolved.map((r) => `<li>${h(r)}</li>`).join("")}</ol>` : `<p>${h(it.resolved[0])}</p>`}</div>` : "");
const main = [];
main.push(`<h1 class="MeetingHeader_title__x7Kq2">${h(BODY)}</h1>`);
text.push(BODY);
main.push(`<p class="MeetingHeader_meta__8rTn0"><span>Wednesday${R} ${R}15 November 2361</span><span class="MeetingHeader_dot__Q1b3f" aria-hidden="true">·</span><span>11:00</span><span class="MeetingHeader_dot__Q1b3f" aria-hidden="true">·</span><span>${h("Meeting Room 5, 18 Smith Square")}</span></p>`);
text.push("Wednesday 15 November 2361 · 11:00 · Meeting Room 5, 18 Smith Square");
main.push(`<p class="MeetingHeader_body__d0Vv5">A task group of the <a href="/bodies/neighbourhoods-and-green-spaces-board">${h(BOARD)}</a></p>`);
text.push(`A task group of the ${BOARD}`);
main.push(`<div class="StatusBanner_root__Zq9mA StatusBanner_draft__4LwQe" role="status"><strong>Draft minutes</strong><span>${R}Not yet approved. These minutes will be submitted for approval at the meeting on ${R}Wednesday 17 January 2362${R}.</span></div>`);
text.push("Draft minutes");
text.push("Not yet approved. These minutes will be submitted for approval at the meeting on Wednesday 17 January 2362.");
main.push(`<div class="Tabs_list__u6hC2" role="tablist" aria-label="Meeting"><button type="button" role="tab" id="tab-minutes" aria-selected="true" aria-controls="panel-minutes" class="Tabs_tab__mT0a9 Tabs_active__b3Rz8">Minutes</button><button type="button" role="tab" id="tab-actions" aria-selected="false" aria-controls="panel-actions" class="Tabs_tab__mT0a9" tabindex="-1">Actions<!-- --> (<!-- -->8<!-- -->)</button><button type="button" role="tab" id="tab-documents" aria-selected="false" aria-controls="panel-documents" class="Tabs_tab__mT0a9" tabindex="-1">Documents<!-- --> (<!-- -->4<!-- -->)</button></div>`);
text.push("Minutes | Actions (8) | Documents (4)");
main.push(`<section role="tabpanel" id="panel-minutes" aria-labelledby="tab-minutes" class="Tabs_panel__kq8Xn"><div class="MinutesLayout_grid__g7Hs2">`);
main.push(`<aside class="Attendance_root__Jm3cV" aria-labelledby="attendance-heading"><h2 id="attendance-heading" class="Attendance_heading__sF0y1">Attendance</h2>`);
text.push("Attendance");
for (const [label, names] of ATT) {
  main.push(`<h3 class="Attendance_label__H2kd8">${h(label)}</h3><ul class="Attendance_list__a9QwE">${names.map((n) => `<li class="Attendance_person__Rt5Yx">${h(n)}</li>`).join("")}</ul>`);
  text.push(`${label}: ${names.join(", ")}`);
}
main.push(`</aside><div class="MinutesLayout_items__3NcPz">`);
for (const it of ITEMS) {
  main.push(`<article class="AgendaItem_item__Fk2r7" id="item-${it.n}"><h2 class="AgendaItem_heading__0Hq3P"><span class="AgendaItem_number__Yx4tn">${it.n}</span>${R}${h(it.title)}</h2><div class="RichText_body__wL0cB">${itemHtml(it)}</div>${resHtml(it)}</article>`);
  text.push(`${it.n} ${it.title}`);
  for (const p of it.body) text.push(p);
  if (it.resolved) {
    text.push("Resolved");
    if (it.resolvedLead) text.push(it.resolvedLead);
    for (const r of it.resolved) text.push(r);
  }
}
main.push(`</div></div><p class="MinutesLayout_updated__Rr2mS">Last updated ${R}22 November 2361${R} by ${R}${h(O.tamsin.name)}</p></section>`);
text.push(`Last updated 22 November 2361 by ${O.tamsin.name}`);
// the actions tab, as the app would show it (from the JSON)
text.push("Actions (8)");
for (const a of ACTIONS) text.push([a.ref, a.text, O[a.owner].name, a.due, a.status === "done" ? "completed" : "open"].join(" | "));

// ---------------------------------------------------------------- __NEXT_DATA__
const nextData = {
  props: {
    pageProps: {
      meeting: {
        id: "mtg_2361_11_15_acgtg",
        slug: "acgtg-2361-11-15",
        body: { id: "bdy_acgtg", name: BODY, shortName: SHORT, parent: BOARD },
        startsAt: "2361-11-15T11:00:00.000Z",
        venue: "Meeting Room 5, 18 Smith Square",
        minutesStatus: "draft",
        approvalMeetingId: "mtg_2362_01_17_acgtg",
        attendance: ATT.map(([label, names]) => ({ label, names })),
        items: ITEMS.map((it) => ({ number: it.n, title: it.title, bodyHtml: itemHtml(it), resolutionHtml: resHtml(it) || null })),
        actions: ACTIONS.map((a) => ({ reference: a.ref, minuteItem: a.item, description: a.text, assigneeId: USERS[a.owner], dueDate: a.due, state: a.status === "done" ? "completed" : "open", completedOn: a.done ?? null })),
        documents: DOCUMENTS,
        updatedAt: "2361-11-22T16:41:09.000Z",
      },
      people: Object.entries(USERS).map(([k, id]) => ({ id, displayName: O[k].name, jobTitle: O[k].post })),
      nextMeeting: { id: "mtg_2362_01_17_acgtg", startsAt: "2362-01-17T11:00:00.000Z" },
    },
    __N_SSG: true,
  },
  page: "/meetings/[slug]",
  query: { slug: "acgtg-2361-11-15" },
  buildId: "q7XbV2fKc0mLr9TzY1uAe",
  isFallback: false,
  gsp: true,
  locale: "en-GB",
  locales: ["en-GB"],
  defaultLocale: "en-GB",
  scriptLoader: [],
};
const json = JSON.stringify(nextData).replace(/&/g, "\\u0026").replace(/</g, "\\u003c").replace(/>/g, "\\u003e");

const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${h(BODY)}, 15 November 2361: minutes | LGA Committee Papers</title><meta name="description" content="Minutes of the ${h(BODY)}, Wednesday 15 November 2361"/><meta name="next-head-count" content="4"/><link rel="preload" href="/_next/static/css/4b1e0c9d2a7f3e15.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1e0c9d2a7f3e15.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3a3e2b9a1c0d7f61.js" defer=""></script><script src="/_next/static/chunks/pages/meetings/%5Bslug%5D-9d0f3b7a51c2e8aa.js" defer=""></script><script src="/_next/static/q7XbV2fKc0mLr9TzY1uAe/_buildManifest.js" defer=""></script><script src="/_next/static/q7XbV2fKc0mLr9TzY1uAe/_ssgManifest.js" defer=""></script></head><body><div id="__next"><a class="SkipLink_root__Tn2b0" href="#main">Skip to main content</a><header class="SiteHeader_root__3kP9a"><div class="SiteHeader_inner__mQ0c4"><a href="/" class="SiteHeader_logo__X8f2L"><img src="/_next/static/media/lga-logo.4f2a9c1e.svg" alt="Local Government Association" width="160" height="40"/></a><nav aria-label="Main" class="SiteNav_root__f9Jp1"><ul><li><a href="/meetings">Meetings</a></li><li><a href="/bodies">Boards and panels</a></li><li><a href="/people">Members</a></li><li><a href="/decisions">Decisions</a></li></ul></nav><form role="search" class="Search_root__nE6s2" action="/search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search papers"/><button type="submit">Search</button></form></div></header><nav aria-label="Breadcrumb" class="Breadcrumb_root__bK7w3"><ol><li><a href="/">Home</a></li><li><a href="/bodies">Boards and panels</a></li><li><a href="/bodies/neighbourhoods-and-green-spaces-board">${h(BOARD)}</a></li><li><a href="/bodies/acgtg">${h(BODY)}</a></li><li aria-current="page">15 November 2361</li></ol></nav><main id="main" class="MeetingPage_main__Zx81q">${main.join("")}</main><div class="CookieNotice_root__cV4m1" role="region" aria-label="Cookies"><p>We use essential cookies to make this site work. <a href="/cookies">Cookie settings</a></p><button type="button">Accept</button></div><footer class="SiteFooter_root__Hh1w8"><p>Local Government Association, 18 Smith Square, London SW1P 3HZ</p><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact democratic services</a></li></ul></footer></div><script id="__NEXT_DATA__" type="application/json">${json}</script></body></html>`;
writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
