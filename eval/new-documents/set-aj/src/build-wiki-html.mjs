// Builds docs/animal-welfare-stray-dogs-panel-notes-2058-09-18.html, the draft notes of the Panel's meeting
// of 18 September 2058 as a page of the LGA's intranet wiki (MediaWiki, Vector skin, saved from the browser),
// and its plain-text rendering text/animal-welfare-stray-dogs-panel-notes-2058-09-18.txt.
//
//   node src/build-wiki-html.mjs
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, OFFICERS, BODY } from "./common.mjs";

const BASE = "animal-welfare-stray-dogs-panel-notes-2058-09-18";
const PAGE = "AWSD Panel/Meeting notes/2058-09-18";
const SITE = "LGA Policy Wiki";
const L = OFFICERS.lead;
const A = OFFICERS.adviser;
const R = OFFICERS.research;
const M = OFFICERS.members;

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// inline wiki-ish markup: '''bold''', ''italic'', [[Link|text]] or [[Link]], {{ref:n}} a footnote reference
const refs = [];
const refText = {
  1: `Letter from Cllr Imogen Staveley, Chair, to the Parliamentary Under-Secretary of State, Department for Environment, Food and Rural Affairs, 10 July 2058: "Funding for councils' stray dog duties".`,
  2: "Association of Contract Kennels, Kennel fees survey 2058 (August 2058), reported by Beatrix Jeavons at the meeting.",
  3: "LGA analysis of breeding licence inspection returns, 2057/58 (internal).",
};
const inlineHtml = (s) =>
  esc(s)
    .replace(/'''(.+?)'''/g, "<b>$1</b>")
    .replace(/''(.+?)''/g, "<i>$1</i>")
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, (_, l, t) => `<a href="/wiki/${encodeURI(l.replace(/ /g, "_"))}" title="${l}">${t}</a>`)
    .replace(/\[\[([^\]]+)\]\]/g, (_, l) => `<a href="/wiki/${encodeURI(l.replace(/ /g, "_"))}" title="${l}">${l}</a>`)
    .replace(/\{\{ref:(\d+)\}\}/g, (_, n) => {
      if (!refs.includes(n)) refs.push(n);
      return `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
    });
const inlineText = (s) =>
  s
    .replace(/'''(.+?)'''/g, "$1")
    .replace(/''(.+?)''/g, "$1")
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, "$2")
    .replace(/\[\[([^\]]+)\]\]/g, "$1")
    .replace(/\{\{ref:(\d+)\}\}/g, "[$1]");

const html = [];
const text = [];
const H = (s) => html.push(s);
const T = (s) => text.push(s);

// ---------------------------------------------------------------- content
const infobox = [
  ["Body", `[[${BODY}]]`],
  ["Meeting", "Wednesday 18 September 2058"],
  ["Time", "11:00 – 13:05"],
  ["Venue", "Smith Square 1, Local Government House, and Microsoft Teams"],
  ["Chair", "Cllr Imogen Staveley"],
  ["Lead officer", L.name],
  ["Notes taken by", M.name],
  ["Previous meeting", "[[AWSD Panel/Meeting notes/2058-07-03|3 July 2058]]"],
  ["Next meeting", "27 November 2058"],
  ["Status", "Draft"],
];

const sections = [
  {
    h: "Attendance",
    id: "Attendance",
    subs: [
      {
        h: "Members",
        ul: [
          "Cllr Imogen Staveley – Chair (Conservative, Herefordshire Council)",
          "Cllr Dwayne Ottoway – Vice-Chair (Labour, Wakefield Council)",
          "Cllr Priya Gostelow – Deputy Chair (Liberal Democrat, South Cambridgeshire District Council)",
          "Cllr Mervyn Ashpole – Deputy Chair (Independent, Isle of Wight Council) ''online''",
          "Cllr Harriet Ellacott (Conservative, North Yorkshire Council)",
          "Cllr Tobias Kinghorn (Conservative, Basildon Borough Council)",
          "Cllr Gideon Swithenbank (Conservative, Shropshire Council) – substitute for Cllr Bicknell",
          "Cllr Sunniva Shilcock (Labour, Sandwell Metropolitan Borough Council)",
          "Cllr Nasreen Qadri (Labour, Bristol City Council) ''online''",
          "Cllr Femi Olatunji (Labour, Bolsover District Council)",
          "Cllr Martina Coulthard (Labour, Barnsley Metropolitan Borough Council)",
          "Cllr Rowan Wraxall (Green, Stroud District Council)",
        ],
      },
      {
        h: "Apologies",
        ul: [
          "Cllr Eleri Bicknell (Conservative, Torridge District Council) – Cllr Swithenbank substituted",
          "Cllr Agnieszka Wrobel (Liberal Democrat, Mid Suffolk District Council) – no substitute",
        ],
      },
      {
        h: "Officers and guests",
        ul: [
          `${L.name} – ${L.post}`,
          `${A.name} – ${A.post}`,
          `${R.name} – ${R.post}`,
          `${M.name} – ${M.post} (notes)`,
          "Beatrix Jeavons – Chief Executive, Association of Contract Kennels (item 3 only)",
        ],
      },
    ],
  },
  {
    h: "Item 1: Welcome and declarations of interest",
    id: "Item_1",
    p: [
      "The Chair welcomed members, in particular Cllr Martina Coulthard, who joined the Panel as a Labour member on 1 August 2058 in place of Cllr Barnaby Cottrill, having been a substitute before. Apologies were noted as above.",
      "Cllr Rowan Wraxall declared a non-pecuniary interest in item 3 as a trustee of Stroud Dog Rescue, which holds a kennelling contract with Stroud District Council. She took part in the discussion but not in the decision.",
      "Cllr Tobias Kinghorn declared an interest in item 4, as his partner runs a licensed dog boarding business, and left the room for that item.",
      "No other interests were declared.",
    ],
  },
  {
    h: "Item 2: Notes of the meeting of 3 July 2058",
    id: "Item_2",
    p: [
      "The notes of the meeting held on 3 July 2058 were agreed as a correct record.",
      "Matters arising: the Chair's letter to Defra of 10 July 2058 on funding for stray dog duties{{ref:1}} has not yet had a reply.",
    ],
  },
  {
    h: "Item 3: Stray dog kennelling contracts",
    id: "Item_3",
    dl: [
      ["Introduced by", `${L.name}, ${L.post}`],
      ["Guest", "Beatrix Jeavons, Association of Contract Kennels"],
      ["Paper", "none (presentation)"],
    ],
    p: [
      "Dr Brierley said that the daily fee councils pay contract kennels had risen by an average of 18 per cent since April 2057.{{ref:2}} Ms Jeavons said that the rise reflected staff, energy and veterinary costs, and that several kennels had stopped taking council contracts altogether.",
      "Members raised: councils in rural areas with only one kennel within reach (Cllr Ellacott); the cost of out-of-hours collection (Cllr Shilcock); and whether councils could share contracts across a county area (Cllr Gostelow).",
    ],
    decision:
      "The Panel agreed that officers should draft a model kennelling contract, with a price benchmark, for publication by December 2058, and that the survey (item 5) should ask councils about their kennel fees.",
  },
  {
    h: "Item 4: Dog breeding licence inspections – the backlog",
    id: "Item_4",
    dl: [
      ["Introduced by", `${A.name}, ${A.post}`],
      ["Paper", "Breeding inspections: backlog and a peer support offer (circulated 11 September 2058)"],
    ],
    p: [
      "Cllr Kinghorn had left the room.",
      "Ms Dewhirst reported that 28 per cent of breeding licence inspections in 2057/58 were late{{ref:3}}, mainly because councils could not recruit officers with animal welfare qualifications. She proposed a peer support offer to the ten councils with the largest backlogs, using five experienced officers as reviewers.",
      "Cllr Gostelow, as lead member for licensing, supported the offer and asked that it include district councils in two-tier areas.",
    ],
    decision: "The Panel agreed the peer support offer to ten councils and asked for a progress report at its November meeting.",
  },
  {
    h: "Item 5: Stray dog services survey 2058",
    id: "Item_5",
    dl: [
      ["Introduced by", `${R.name}, ${R.post}`],
      ["Paper", "Draft survey questions (circulated 11 September 2058)"],
    ],
    p: [
      "Ms Rhydderch said the survey would run on Microsoft Forms from 1 to 31 October 2058 and would go to every council with stray dog duties, one response per council.",
      "Cllr Shilcock asked that the survey include a question on how out-of-hours services are provided; this was agreed. Cllr Wraxall asked whether it would cover cats; Ms Rhydderch said it would not, as councils have no duty to collect stray cats.",
    ],
    decision: "The Panel agreed the survey questions, with the added question on out-of-hours services.",
  },
  {
    h: "Item 6: Budget 2058/59 – first quarter",
    id: "Item_6",
    dl: [["Introduced by", L.name]],
    p: [
      "Spending to 30 June 2058 was £15,620 against the Panel's budget of £140,000 for the year. No variances were forecast at this stage.",
    ],
    decision: "The Panel noted the position.",
  },
  {
    h: "Item 7: Fly-grazing protocol",
    id: "Item_7",
    dl: [["Introduced by", "Cllr Mervyn Ashpole, lead member for fly-grazing"]],
    p: [
      "Cllr Ashpole reported that the Home Office had asked partners to wait for its review of the Control of Horses Act 2015 before the protocol with police and landowners is refreshed. Cllr Ottoway said that Wakefield had seen more horses left on council land this summer.",
    ],
    decision:
      "The Panel agreed to pause the refresh of the fly-grazing protocol (work programme milestone AWP-05) until the Home Office review reports, and asked members to share local case studies in the meantime.",
  },
  {
    h: "Item 8: Any other business",
    id: "Item_8",
    p: [
      "Cllr Qadri asked for a future item on dangerous dogs. The Chair agreed to consider it for the 2059/60 work programme.",
      "The next meeting is on Wednesday 27 November 2058 at 11.00 am at Local Government House. The meeting closed at 1.05 pm.",
    ],
  },
];

const STATUS = {
  Done: { cls: "status-done", bg: "#d5f5d5", icon: "✔" },
  Open: { cls: "status-open", bg: "#dbe8fb", icon: "◯" },
  Overdue: { cls: "status-overdue", bg: "#fbd5d5", icon: "✖" },
};
const actions = [
  ["1", "Draft the model kennelling contract and send it for legal review", L.name, "31 October 2058", "Open"],
  ["2", "Add a question on out-of-hours services to the survey and send it to all councils with stray dog duties", R.name, "1 October 2058", "Done"],
  ["3", "Identify the ten councils for breeding inspection peer support and agree dates with them", A.name, "31 October 2058", "Open"],
  ["4", "Circulate the first-quarter budget by line to members", M.name, "25 September 2058", "Done"],
  ["5", "Send local fly-grazing case studies to officers", "Cllr Mervyn Ashpole and Cllr Dwayne Ottoway", "30 November 2058", "Open"],
  ["6", "Chase Defra for a reply to the Chair's letter of 10 July 2058", L.name, "30 September 2058", "Overdue"],
];

// ---------------------------------------------------------------- page chrome
const personal = ["TElderkin", "Talk", "Preferences", "Watchlist", "Contributions", "Log out"];
const leftTabs = ["Page", "Discussion"];
const rightTabs = ["Read", "Edit", "Edit source", "View history", "Watch"];
const sidebar = [
  ["Navigation", ["Main page", "Boards and panels", "Recent changes", "Random page", "Help about MediaWiki"]],
  ["Tools", ["What links here", "Related changes", "Upload file", "Special pages", "Permanent link", "Page information"]],
  ["Print/export", ["Download as PDF", "Printable version"]],
];
const categories = ["AWSD Panel", "Meeting notes 2058", "Draft notes"];

// ---------------------------------------------------------------- HTML
H(`<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled" lang="en-GB" dir="ltr">
<head>
<meta charset="UTF-8">
<title>${esc(PAGE)} - ${SITE}</title>
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="robots" content="noindex,nofollow">
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<style>
body{font-family:sans-serif;background:#f6f6f6;margin:0}
#content{margin-left:11em;padding:1.25em 1.5em 1.5em;background:#fff;border:1px solid #a7d7f9;border-right:0;color:#202122}
h1.firstHeading{font-family:'Linux Libertine',Georgia,Times,serif;font-weight:normal;font-size:1.8em;border-bottom:1px solid #a2a9b1;margin:0 0 .25em}
h2{font-family:'Linux Libertine',Georgia,Times,serif;font-weight:normal;font-size:1.5em;border-bottom:1px solid #a2a9b1;margin:1em 0 .25em}
h3{font-size:1.2em;margin:.3em 0 0;padding-top:.5em}
.mw-editsection{font-size:small;font-weight:normal;margin-left:1em;vertical-align:baseline}
#siteSub{display:block;font-size:92%;color:#54595d}
#contentSub{font-size:84%;color:#54595d;margin:0 0 1.4em 1em}
.infobox{float:right;clear:right;border:1px solid #a2a9b1;background:#f8f9fa;margin:0 0 1em 1em;padding:.2em;width:22em;font-size:88%;line-height:1.5em}
.infobox th{text-align:left;vertical-align:top;padding-right:.6em}
.infobox .infobox-above{text-align:center;font-size:125%;font-weight:bold;background:#ddd4b2}
.ambox{border:1px solid #a2a9b1;border-left:10px solid #f28500;background:#fbfbfb;margin:0 10% .8em;padding:.25em .5em}
#toc{display:table;border:1px solid #a2a9b1;background:#f8f9fa;padding:7px;font-size:95%}
#toc .toctitle{text-align:center}#toc ul{list-style:none;margin:.3em 0 0 0;padding:0}#toc ul ul{margin-left:2em}
.tocnumber{padding-right:.5em;color:#202122}
.wikitable{background:#f8f9fa;border:1px solid #a2a9b1;border-collapse:collapse;margin:1em 0}
.wikitable th,.wikitable td{border:1px solid #a2a9b1;padding:.2em .4em}.wikitable th{background:#eaecf0}
.status-done,.status-open,.status-overdue{white-space:nowrap}
dl{margin:.3em 0 .5em}dt{font-weight:bold;display:inline}dd{display:inline;margin:0 1em 0 .3em}
.decision{border-left:4px solid #36c;background:#eaf3ff;padding:.3em .6em;margin:.5em 0}
.references{font-size:90%}
#catlinks{border:1px solid #a2a9b1;background:#f8f9fa;padding:5px;margin-top:1em;clear:both}
#mw-panel{position:absolute;top:0;left:0;width:10em;font-size:.875em}
#mw-head{position:absolute;top:0;right:0;width:100%}
#footer{margin-left:11em;padding:1.25em;font-size:.75em}
</style>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-AWSD_Panel_Meeting_notes_2058-09-18 rootpage-AWSD_Panel skin-vector action-view skin--responsive">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice"></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${esc(PAGE)}</span></h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From ${SITE}</div>
<div id="contentSub"><div id="mw-content-subtitle"><span class="subpages">&lt; <a href="/wiki/AWSD_Panel" title="AWSD Panel">AWSD Panel</a>&lrm; | <a href="/wiki/AWSD_Panel/Meeting_notes" title="AWSD Panel/Meeting notes">Meeting notes</a></span></div></div>
<div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">`);
T(PAGE);
T(`From ${SITE}`);
T("< AWSD Panel | Meeting notes");
T("Jump to navigation");
T("Jump to search");

// the draft notice (a template box)
const draftNotice = "These are the '''draft''' notes of the meeting. They will be put to the Panel for agreement on 27 November 2058. Please do not circulate them outside the LGA.";
H(`<table class="plainlinks ambox ambox-notice" role="presentation"><tbody><tr><td class="mbox-image">✎</td><td class="mbox-text"><div class="mbox-text-span">${inlineHtml(draftNotice)}</div></td></tr></tbody></table>`);
T(inlineText(draftNotice));

// infobox
H(`<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">Panel meeting</th></tr>`);
T("Panel meeting");
for (const [k, v] of infobox) {
  H(`<tr><th scope="row" class="infobox-label">${esc(k)}</th><td class="infobox-data">${inlineHtml(v)}</td></tr>`);
  T(`${k} | ${inlineText(v)}`);
}
H(`</tbody></table>`);

const intro = `These are the notes of the third meeting in 2058/59 of the [[${BODY}]], held in Local Government House with some members online. Actions are listed in the [[#Actions|actions table]] at the end; the status of each action is updated by officers as it is done.`;
H(`<p>${inlineHtml(intro)}</p>`);
T(inlineText(intro));

// table of contents
const toc = [];
sections.forEach((s, i) => {
  toc.push([`${i + 1}`, s.h, s.id]);
  (s.subs ?? []).forEach((sub, j) => toc.push([`${i + 1}.${j + 1}`, sub.h, sub.h.replace(/ /g, "_")]));
});
toc.push([`${sections.length + 1}`, "Actions", "Actions"]);
toc.push([`${sections.length + 2}`, "References", "References"]);
H(`<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>`);
T("Contents");
for (const [n, h, id] of toc) {
  const lvl = n.includes(".") ? 2 : 1;
  H(`<li class="toclevel-${lvl}"><a href="#${id}"><span class="tocnumber">${n}</span> <span class="toctext">${esc(h)}</span></a></li>`);
  T(`${n} ${h}`);
}
H(`</ul></div>`);

const editLink = (n) =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=${encodeURI(PAGE.replace(/ /g, "_"))}&amp;action=edit&amp;section=${n}" title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
let sec = 0;
for (const s of sections) {
  sec++;
  H(`<h2><span class="mw-headline" id="${s.id}">${esc(s.h)}</span>${editLink(sec)}</h2>`);
  T(`${s.h}[edit]`);
  for (const sub of s.subs ?? []) {
    sec++;
    H(`<h3><span class="mw-headline" id="${sub.h.replace(/ /g, "_")}">${esc(sub.h)}</span>${editLink(sec)}</h3>`);
    T(`${sub.h}[edit]`);
    H(`<ul>${sub.ul.map((li) => `<li>${inlineHtml(li)}</li>`).join("\n")}</ul>`);
    for (const li of sub.ul) T(inlineText(li));
  }
  if (s.dl) {
    H(`<dl>${s.dl.map(([k, v]) => `<dt>${esc(k)}:</dt><dd>${inlineHtml(v)}</dd>`).join("")}</dl>`);
    for (const [k, v] of s.dl) T(`${k}: ${inlineText(v)}`);
  }
  for (const p of s.p ?? []) {
    H(`<p>${inlineHtml(p)}</p>`);
    T(inlineText(p));
  }
  if (s.decision) {
    H(`<div class="decision"><b>Decision:</b> ${inlineHtml(s.decision)}</div>`);
    T(`Decision: ${inlineText(s.decision)}`);
  }
}

// actions
sec++;
H(`<h2><span class="mw-headline" id="Actions">Actions</span>${editLink(sec)}</h2>`);
T("Actions[edit]");
const actIntro = "Status as at the last edit of this page. Sort the table by clicking a column heading.";
H(`<p><small>${inlineHtml(actIntro)}</small></p>`);
T(actIntro);
H(`<table class="wikitable sortable jquery-tablesorter"><thead><tr><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">No.</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Action</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Owner</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Due</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Status</th></tr></thead><tbody>`);
T("No. | Action | Owner | Due | Status");
for (const [n, a, o, d, st] of actions) {
  const S = STATUS[st];
  H(`<tr><td>${n}</td><td>${esc(a)}</td><td>${esc(o)}</td><td data-sort-value="${d}">${esc(d)}</td><td class="${S.cls}" style="background:${S.bg}"><span aria-hidden="true">${S.icon}</span> ${st}</td></tr>`);
  T(`${n} | ${a} | ${o} | ${d} | ${S.icon} ${st}`);
}
H(`</tbody></table>`);

// references
sec++;
H(`<h2><span class="mw-headline" id="References">References</span>${editLink(sec)}</h2>`);
T("References[edit]");
H(`<div class="reflist"><div class="mw-references-wrap"><ol class="references">`);
for (const n of refs) {
  H(`<li id="cite_note-${n}"><span class="mw-cite-backlink"><a href="#cite_ref-${n}">↑</a></span> <span class="reference-text">${inlineHtml(refText[n])}</span></li>`);
  T(`${n}. ↑ ${inlineText(refText[n])}`);
}
H(`</ol></div></div>`);

H(`</div></div>`); // parser output, content text
H(`<div class="printfooter">Retrieved from "<a dir="ltr" href="/index.php?title=AWSD_Panel/Meeting_notes/2058-09-18&amp;oldid=4417">/index.php?title=AWSD_Panel/Meeting_notes/2058-09-18&amp;oldid=4417</a>"</div>`);
H(`<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${categories.map((c) => `<li><a href="/wiki/Category:${encodeURI(c.replace(/ /g, "_"))}" title="Category:${c}">${c}</a></li>`).join("")}</ul></div></div>`);
T(`Categories: ${categories.join(" | ")}`);
H(`</div></div>`); // bodyContent, content

// navigation (after the content in the page source, as MediaWiki writes it)
H(`<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label">Personal tools</h3><ul>${personal.map((p) => `<li><a href="#">${p}</a></li>`).join("")}</ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul>${leftTabs.map((p, i) => `<li${i === 0 ? ' class="selected"' : ""}><a href="#">${p}</a></li>`).join("")}</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul>${rightTabs.map((p, i) => `<li${i === 0 ? ' class="selected"' : ""}><a href="#">${p}</a></li>`).join("")}</ul></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search ${SITE}" title="Search ${SITE} [f]" id="searchInput"><input type="submit" name="go" value="Go" class="searchButton"></form></div></div>
</div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page">${SITE}</a></div>`);
T("Navigation menu");
T("Personal tools");
T(personal.join(" "));
T(leftTabs.join(" "));
T(rightTabs.join(" "));
T("Search");
T(SITE);
for (const [h, items] of sidebar) {
  H(`<nav class="vector-menu vector-menu-portal portal" role="navigation"><h3>${h}</h3><div class="vector-menu-content"><ul>${items.map((p) => `<li><a href="#">${p}</a></li>`).join("")}</ul></div></nav>`);
  T(h);
  for (const p of items) T(p);
}
H(`</div></div>`);
const footer = [
  "This page was last edited on 2 October 2058, at 16:41.",
  "This page has been accessed 63 times.",
];
const footerLinks = ["Privacy policy", `About ${SITE}`, "Disclaimers"];
H(`<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">${footer.map((f) => `<li>${f}</li>`).join("")}</ul><ul id="footer-places">${footerLinks.map((f) => `<li><a href="#">${f}</a></li>`).join("")}</ul><ul id="footer-icons"><li><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
</body>
</html>`);
for (const f of footer) T(f);
T(footerLinks.join(" "));

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
