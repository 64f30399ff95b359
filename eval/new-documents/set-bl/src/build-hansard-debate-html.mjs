// Builds docs/hansard-westminster-hall-fireworks-sale-and-use-2245-11-03.html and its rendering in text/.
// Layout: A HANSARD DEBATE PAGE SAVED FROM THE BROWSER (hansard.parliament.uk, "Save page as… Web page,
// HTML only", on 5 November 2245): the Westminster Hall debate of Monday 3 November 2245 on an e-petition
// about fireworks, which quotes the Task Group. The Official Report's own structure, as the site marks it
// up: the debate title and "Volume 987: debated on Monday 3 November 2245"; the sitting's procedural lines
// in italics ("[Dame … in the Chair]", "Motion made, and Question proposed,", "Question put and agreed
// to.", "Resolved,"); TIME CODES AS ITEMS OF THEIR OWN between speeches ("4.52 pm"); COLUMN NUMBERS OF
// THE PRINTED REPORT AS ITEMS OF THEIR OWN between paragraphs ("Column 288WH"), so a speech is broken by
// a column marker wherever the printed page turned; each contribution under a header of the member's
// name and, below it, "(Constituency) (Party)" – the minister as "The Parliamentary Under-Secretary of
// State for … (Name)" – WITH NO WORD SAYING WHETHER IT IS A SPEECH OR AN INTERVENTION ("Will the hon.
// Lady give way?" and "I give way." are contributions like any other); hon. Members referred to only by
// constituency ("the hon. Member for Caldersey North") or as "my hon. Friend"; share buttons under every
// contribution. Around it the site: cookie banner, skip link, the Parliament header and search, a
// breadcrumb (Commons > Westminster Hall > date), "Previous debate / Next debate", a contents sidebar of
// the day's Westminster Hall debates, "Download text", "Watch Parliament Live", the feedback box and the
// footer; scripts and a JSON-LD block.
// Rendering: from the debate's title: the title, the volume line, the sitting's name, each procedural
// line, time code and column number a line, each contribution's header as "Name (Constituency) (Party)"
// and each of its paragraphs a line; the site's chrome and the share buttons left out.
// Synthetic test fixture: every Member, constituency, figure and statement is invented.
//   node src/build-hansard-debate-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, PETITION } from "./common.mjs";

const FILE = DOCS.hansard;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const h = [];
const H = (s) => h.push(s);
const TITLE = "Fireworks: Sale and Use";

const M = {
  jf: { name: "Cordelia Jowett-Farouk", sec: "(Caldersey North) (Lab)", id: 5521 },
  fl: { name: "Sir Rupert Frobisher-Lamb", sec: "(Brantfell and Wray) (Con)", id: 4410 },
  ub: { name: "Nkechi Uttley-Boateng", sec: "(Fellmoor South) (Lab)", id: 5633 },
  gn: { name: "Alisdair Grimshaw-Nakamura", sec: "(Holmwick and Scarthwaite) (LD)", id: 5702 },
  wb: { name: "Tristram Whitlock-Bamidele", sec: "(Hexworth West) (Con)", id: 4987 },
  min: { name: "The Parliamentary Under-Secretary of State for Consumer Safety (Evander Nuttall-Ogunleye)", sec: "", id: 5388 },
  chair: { name: "Dame Philippa Ormerod-Kaur (in the Chair)", sec: "", id: 3890 },
};
// the sitting: ["time", t] | ["col", n] | ["proc", text] | [member, [paragraphs]]
const S = [
  ["proc", "[Dame Philippa Ormerod-Kaur in the Chair]"],
  ["time", "4.30 pm"],
  ["jf", ["I beg to move,", `That this House has considered e-petition ${PETITION.no} relating to the sale and use of fireworks.`,
    "It is a pleasure to serve under your chairmanship, Dame Philippa. I open this debate on behalf of the Petitions Committee. The petition, \"Restrict the sale of fireworks to licensed public displays only\", was started by Odile Embleton, a nurse in Caldersey whose dog died of a heart attack during fireworks on bonfire night last year. It closed on 30 September 2245 with 312,460 signatures, more than 1,900 of them from my constituency. The Government responded on 14 August 2245, saying that they had no plans to restrict the sale of fireworks further.",
    { col: "287WH" },
    "Every autumn the letters arrive: from parents whose children have been hurt, from older people who are frightened to go out, and from owners of pets and horses. The evidence from councils bears them out. The Local Government Association's Fireworks Safety Task Group, which brings together 12 councils, reported to its meeting on 24 September that complaints to those councils about fireworks noise rose from 3,135 in 2243 to 3,480 in 2244, and that emergency departments in their areas treated 212 people for fireworks injuries in the 2244 season."]],
  ["fl", ["Will the hon. Lady give way?"]],
  ["jf", ["I give way."]],
  ["fl", ["Does the hon. Lady accept that the great majority of people use fireworks safely and considerately, and that the shops which sell them, which the industry tells me support some 2,400 jobs in the councils she has just mentioned, would be put out of business by what the petition asks for?"]],
  ["jf", ["I accept that most people use fireworks responsibly, and the Petitions Committee does not take a view on the petition. But the right hon. Gentleman will know that the number of complaints has risen for three years running, and that councils have very few powers to do anything about it."]],
  ["col", "288WH"],
  ["ub", ["Will my hon. Friend give way?"]],
  ["jf", ["I will."]],
  ["ub", ["My hon. Friend may know that Fellmoor Council will hold its first quiet display on Wednesday in Fellmoor Park, using only fireworks rated below 90 decibels. Does she agree that councils can show that a display does not have to be deafening to be enjoyed?"]],
  ["jf", ["I do, and I wish Fellmoor well on Wednesday. The question for the Minister is whether councils that want to go further than a pledge should have the powers to do so."]],
  ["time", "4.52 pm"],
  ["gn", ["It is a pleasure to serve under your chairmanship, Dame Philippa, and I congratulate the hon. Member for Caldersey North on opening the debate so well.",
    "Fireworks sold to the public may be as loud as 120 decibels, which is as loud as a jet engine at take-off a few hundred metres away. A limit of 90 decibels would still allow a good display while sparing animals, veterans and many people with autism the distress that loud bangs cause. I urge the Minister to introduce such a limit and to let councils license public displays, so that residents know when and where they will take place.",
    { col: "289WH" },
    "I also ask the Minister to look at the number of days on which fireworks can be sold. Shops with an all-year licence can sell them on any day of the year, and councils tell me that the licences are hard to refuse."]],
  ["time", "5.21 pm"],
  ["wb", ["It is a pleasure to respond for the Opposition. We do not support a ban on the sale of fireworks to the public, which would punish the many for the behaviour of the few and drive sales online and underground. But we would support a lower noise limit if the evidence shows that it is needed, and I ask the Minister when the long-promised review of noise levels will report."]],
  ["time", "5.33 pm"],
  ["min", ["It is a pleasure to serve under your chairmanship, Dame Philippa. I thank the hon. Member for Caldersey North for opening the debate and the 312,460 people who signed the petition.",
    "Let me be clear: the Government have no plans to restrict the sale of fireworks to licensed public displays. Most people use fireworks safely, and a ban would push sales to unregulated sellers.",
    "However, I have listened carefully to the concerns about noise. I can tell the House that we will consult early in 2246 on reducing the maximum noise level for fireworks sold to the public from 120 decibels to 90 decibels.",
    { col: "290WH" },
    "I pay tribute to the Local Government Association's Fireworks Safety Task Group, whose Chair, Councillor Henrietta Corbishley, wrote to me in October asking for powers for councils to set decibel limits. Its figures, which the hon. Member quoted, are among the best we have. I will reply to her shortly, and I will make sure that the Task Group is consulted.",
    "Our Celebrate Safely campaign has run since 2241 on social media, with £400,000 a year. I will look at whether councils and fire and rescue services could do more with it."]],
  ["gn", ["Will the Minister give way?"]],
  ["min", ["I will, briefly."]],
  ["gn", ["When will the consultation begin?"]],
  ["min", ["Early in the new year. I will not be drawn on an exact date, but the hon. Gentleman will not have long to wait."]],
  ["time", "5.51 pm"],
  ["jf", ["I thank all hon. Members who have taken part. I welcome the Minister's commitment to consult on a limit of 90 decibels, and I hope that councils and the Local Government Association's task group will respond to it. I will keep pressing for councils to have the powers they need."]],
  ["proc", "Question put and agreed to."],
  ["proc", "Resolved,"],
  ["res", `That this House has considered e-petition ${PETITION.no} relating to the sale and use of fireworks.`],
  ["time", "5.58 pm"],
  ["proc", "Sitting suspended."],
];
if (!S.some(([k]) => k === "min")) throw new Error("minister");

const URL = "https://hansard.parliament.uk/Commons/2245-11-03/debates/7C41A2E9-55D0-4F6B-8E21-3B0D9F6A1C77/FireworksSaleAndUse";
H(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} - Hansard - UK Parliament</title>
<meta name="description" content="Fireworks: Sale and Use - Monday 3 November 2245 - Hansard - UK Parliament">
<link rel="canonical" href="${URL}">
<link rel="stylesheet" href="https://hansard.parliament.uk/Content/css/site.min.css?v=2245.10.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${TITLE}","datePublished":"2245-11-03","publisher":{"@type":"Organization","name":"UK Parliament"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-HANSARD01');</script>
</head>
<body class="debate-page">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on UK Parliament"><p>We use necessary cookies to make our site work. We would also like to set optional cookies to understand how you use the site.</p><button class="btn btn-primary">Accept all</button> <button class="btn btn-secondary">Only necessary</button> <a href="https://www.parliament.uk/site-information/privacy/">Cookie policy</a></div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="uk-parliament-header"><div class="container"><a href="https://www.parliament.uk/" class="logo"><img src="https://hansard.parliament.uk/Content/img/parliament-logo.svg" alt="UK Parliament"></a><span class="app-name">Hansard</span>
<form class="search" action="/search" method="get"><label for="searchTerm" class="sr-only">Search Hansard</label><input id="searchTerm" name="searchTerm" placeholder="Search Hansard"><button type="submit">Search</button></form></div></header>
<nav class="breadcrumb-nav" aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/">Hansard</a></li><li><a href="/Commons">Commons</a></li><li><a href="/Commons/2245-11-03/westminsterhall">Westminster Hall</a></li><li aria-current="page">Monday 3 November 2245</li></ol></nav>
<div class="container"><div class="row">
<aside class="col-md-3 sidebar" aria-label="Contents"><h2 class="sidebar-heading">Westminster Hall</h2><ul class="contents-list">
<li><a href="/Commons/2245-11-03/debates/1A/RuralBusServices">Rural Bus Services</a></li>
<li class="active"><a href="${URL}">${esc(TITLE)}</a></li>
<li><a href="/Commons/2245-11-03/debates/3C/ChildcareProviders">Childcare Providers: Funding</a></li></ul>
<div class="debate-tools"><a class="btn" href="/debates/GetDebateAsText/7C41A2E9">Download text</a> <a class="btn" href="https://parliamentlive.tv/Event/Index/4e1b7c0a">Watch Parliament Live</a> <a class="btn" href="/Commons/2245-11-03/debates/7C41A2E9/print">Print</a></div></aside>
<main id="main-content" class="col-md-9"><article class="debate-container">
<div class="prev-next"><a class="prev" href="/Commons/2245-11-03/debates/1A/RuralBusServices">Previous debate</a> <a class="next" href="/Commons/2245-11-03/debates/3C/ChildcareProviders">Next debate</a></div>
<h1 class="title">${esc(TITLE)}</h1>
<div class="header-info"><span class="volume">Volume 987:</span> debated on Monday 3 November 2245</div>
<div class="debate-links"><a href="/search/Debates?searchTerm=Fireworks">View all ${esc(TITLE)} debates</a> <a href="/Commons/2245-11-03/westminsterhall">Read Hansard Report</a></div>
<div class="house-title">Westminster Hall</div>`);
out.push(TITLE, "Volume 987: debated on Monday 3 November 2245", "Westminster Hall");

let n = 0;
for (const [k, v] of S) {
  if (k === "time") { H(`<div class="debate-item debate-item-timestamp"><div class="time-code">${v}</div></div>`); out.push(v); continue; }
  if (k === "col") { H(`<div class="debate-item debate-item-columnnumber"><span class="column-number" data-column="${v}">Column ${v}</span></div>`); out.push(`Column ${v}`); continue; }
  if (k === "proc") { H(`<div class="debate-item debate-item-proceduraldebateitem"><p class="hs_Procedure"><em>${esc(v)}</em></p></div>`); out.push(v); continue; }
  if (k === "res") { H(`<div class="debate-item debate-item-proceduraldebateitem"><p class="hs_QuoteAllItalic"><em>${esc(v)}</em></p></div>`); out.push(v); continue; }
  const m = M[k];
  n++;
  const cid = `C${(7300 + n * 37).toString(16).toUpperCase()}-${n}`;
  H(`<div class="debate-item debate-item-contributiondebateitem" id="contribution-${cid}"><div class="contribution">
<div class="header"><h2 class="memberLink"><a href="/search/MemberContributions?memberId=${m.id}&amp;type=Spoken"><img class="member-image" src="https://members-api.parliament.uk/api/Members/${m.id}/Thumbnail" alt=""><div class="primary-text">${esc(m.name)}</div>${m.sec ? `<div class="secondary-text">${esc(m.sec)}</div>` : ""}</a></h2></div>
<div class="content">`);
  out.push(m.sec ? `${m.name} ${m.sec}` : m.name);
  for (const p of v) {
    if (typeof p === "object") { H(`<span class="column-number" data-column="${p.col}">Column ${p.col}</span>`); out.push(`Column ${p.col}`); continue; }
    const cls = p.startsWith("That this House") ? "hs_QuoteAllItalic" : "hs_Para";
    H(`<p class="${cls}" data-contribution-id="${cid}">${cls === "hs_QuoteAllItalic" ? `<em>${esc(p)}</em>` : esc(p)}</p>`);
    out.push(p);
  }
  H(`</div></div>
<div class="share-options"><button class="share-link" data-clipboard-text="${URL}#contribution-${cid}">Share this contribution</button> <a class="share-x" href="https://x.com/intent/post?url=${encodeURIComponent(URL + "#contribution-" + cid)}">Post</a></div></div>`);
}
H(`<div class="prev-next"><a class="prev" href="/Commons/2245-11-03/debates/1A/RuralBusServices">Previous debate</a> <a class="next" href="/Commons/2245-11-03/debates/3C/ChildcareProviders">Next debate</a></div>
</article></main></div></div>
<section class="feedback" aria-label="Feedback"><h2>Is this page useful?</h2><button>Yes</button> <button>No</button> <a href="/feedback">Report a problem with this page</a></section>
<footer class="uk-parliament-footer"><div class="container"><ul><li><a href="https://www.parliament.uk/site-information/accessibility/">Accessibility</a></li><li><a href="https://www.parliament.uk/site-information/privacy/">Cookie policy</a></li><li><a href="https://www.parliament.uk/site-information/copyright/">Parliamentary copyright</a></li></ul><p>© UK Parliament 2245</p></div></footer>
<script src="https://hansard.parliament.uk/Content/js/site.min.js?v=2245.10.2"></script>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${n} contributions, ${out.length} rendering lines)`);
