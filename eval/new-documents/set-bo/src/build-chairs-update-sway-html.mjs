// Builds docs/cdtg-chairs-winter-update-sway-2263-12-09.html and its rendering in text/.
// Layout: A MICROSOFT SWAY SAVED FROM THE BROWSER ("Save page as… Webpage, complete", 10 December 2263):
// the Chair's winter update to members and partners, made in Sway's storyline and shown in its vertical
// scrolling design. The page is the player's markup, not a document: an app bar (Sway, Navigation,
// Play, Share, the author and "Modified 1 day ago" with the date only in a title attribute), a
// NAVIGATION PANE that repeats every section heading, then the story as CARDS – a title card over a
// background image described only by its aria-label, heading cards, text cards whose paragraphs are
// split into style runs (<span class="run">), image cards with captions and alt text – and SWAY'S
// GROUPS: a GRID of eight measure cards (reference, short name, the figure in large type, target,
// quarter 1, the rating as an emphasised word "RED", the lead member), a COMPARISON group (two sides,
// "Before" and "Now", each a card) for the quarter 1 and quarter 2 rating counts and again for the
// terms of reference, a STACK of thirteen member cards of which only the first is shown (the other
// twelve are in the page with aria-hidden="true"), a CHART CARD whose figures exist only as the <text>
// labels of an inline SVG bar chart, a quote card, an embedded Microsoft Forms iframe with its
// fallback link, and the player's footer (views, "Report abuse", "Made with Sway"). A JSON state
// island (<script type="application/json">) holds the story's ids and theme, not its text.
// Rendering: from the title card on, each heading, paragraph, caption, list item and card field a
// line (a measure card's fields joined " | "; a chart bar as "label | value"); the app bar,
// navigation pane, embed and footer left out.
// Synthetic test fixture: every person, council, figure and rating is invented.
//   node src/build-chairs-update-sway-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, FUND, TRUST, P, cllr, MEMBERS, MEASURES, COOPTED, BIDS, ROUND2, ASKED, AWARDED, HELD, LEFT, ROUND3, LIMITS, count, gbp } from "./common.mjs";

const FILE = DOCS.sway;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const h = [], out = [];
const H = (s) => h.push(s);
let cardNo = 0;
const cid = () => `card-${(0x3f21a + ++cardNo * 7919).toString(16)}`;
// a paragraph split into Sway's style runs (sentence by sentence)
const runs = (s) => s.split(/(?<=[.;:!?])\s+/).map((r) => `<span class="run" data-run-style="normal">${esc(r)}</span>`).join(" ");
const textCard = (paras, { emphasis = -1 } = {}) => {
  H(`<div class="Card TextCard" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Text"><div class="CardContent TextBlock">`);
  paras.forEach((p, i) => { H(`<p class="Paragraph${i === emphasis ? " Emphasis" : ""}">${runs(p)}</p>`); out.push(p); });
  H(`</div></div>`);
};
const headingCard = (s, level = 2) => {
  const id = cid();
  H(`<div class="Card HeadingCard Heading${level - 1}" id="${id}" role="region" aria-roledescription="Card" data-card-type="Heading${level - 1}"><h${level} class="HeadingText">${esc(s)}</h${level}></div>`);
  out.push(s);
  return id;
};

const SECTIONS = ["A word from the Chair", "How we are doing", `${FUND}: round 2`, "Our new terms of reference", "Meet the Task Group", "From our public Q&A", "Dates for your diary", "Have your say"];

// ---------------------------------------------------------------- page frame
H(`<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class="sway-player vertical-scroll theme-14 font-scale-100">
<!-- saved from url=(0043)https://sway.cloud.microsoft/Kq7RtV0dWbN3xFz -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rescue Ready: the Chair's winter update</title>
<meta property="og:title" content="Rescue Ready: the Chair's winter update">
<meta property="og:description" content="Created with Microsoft Sway">
<meta property="og:site_name" content="Sway">
<link rel="stylesheet" href="./Rescue Ready_ the Chair's winter update_files/player.min.css">
<style>
.Grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}.Comparison{display:flex}.ComparisonSide{flex:1}
.StackItem[aria-hidden="true"]{display:none}.Emphasis{font-size:1.6em;font-weight:600}
.RagWord{font-weight:700;letter-spacing:.08em}.rag-red{color:#c50f1f}.rag-amber{color:#c19c00}.rag-green{color:#107c10}
.BigNumber{font-size:2.4em;font-weight:300}
</style>
<script type="application/json" id="swayState">{"storyId":"Kq7RtV0dWbN3xFz","contentId":"b4f0c2e1-7d93-4a8e-9d2b-51e6a0f3c7d4","theme":{"id":14,"variation":3,"fontPair":"Segoe UI/Segoe UI Light"},"navigation":"vertical","animation":"subtle","cards":${JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ id: `card-${(0x3f21a + (i + 1) * 7919).toString(16)}`, rev: 3 + (i % 4) })))}}</script>
<script src="./Rescue Ready_ the Chair's winter update_files/player.bundle.js" defer></script>
</head>
<body class="ms-Fabric" dir="ltr">
<div id="root">
<header class="AppBar" role="banner">
  <a class="BrandLink" href="https://sway.cloud.microsoft/" aria-label="Sway home"><span class="BrandName">Sway</span></a>
  <button class="AppBarButton" aria-label="Navigation" aria-expanded="true">Navigation</button>
  <div class="StoryTitle">Rescue Ready: the Chair's winter update</div>
  <div class="AuthorInfo"><span class="AuthorName">Honoria Blakeway</span> · <span class="LastModified" title="Wednesday, 9 December 2263 17:21">Modified 1 day ago</span></div>
  <button class="AppBarButton" aria-label="Play">Play</button>
  <button class="AppBarButton" aria-label="Share">Share</button>
  <button class="AppBarButton" aria-label="More options">…</button>
</header>
<nav class="NavigationPane" aria-label="Navigation">
  <div class="NavHeader">Navigation</div>
  <ol class="NavList">
    <li class="NavItem NavItem-Title"><a href="#title">Rescue Ready: the Chair's winter update</a></li>
${SECTIONS.map((s, i) => `    <li class="NavItem"><a href="#section-${i + 1}">${esc(s)}</a></li>`).join("\n")}
  </ol>
  <button class="NavButton">Accessibility view</button>
</nav>
<main class="StoryContainer" role="main" aria-label="Rescue Ready: the Chair's winter update">`);

// ---------------------------------------------------------------- title card
H(`<section class="Section TitleSection" id="title">
<div class="Card TitleCard" id="${cid()}" role="region" aria-roledescription="Title card" data-card-type="Title">
  <div class="BackgroundImage" role="img" aria-label="A guardian in a high-visibility jacket opens a yellow defibrillator cabinet on the wall of a village hall" style="background-image:url('./Rescue Ready_ the Chair&#39;s winter update_files/title-bg.jpg')"></div>
  <h1 class="TitleText">Rescue Ready: the Chair's winter update</h1>
  <p class="Subtitle">${esc(BODY)} · December 2263</p>
</div>
</section>`);
out.push("Rescue Ready: the Chair's winter update", `${BODY} · December 2263`);

// ---------------------------------------------------------------- 1 Chair
H(`<section class="Section" id="section-1">`);
headingCard(SECTIONS[0]);
textCard([
  `Welcome to the Task Group's winter update. Since we met on 12 November we have made six awards from round 2 of the ${FUND}, heard from ${TRUST} about bystander CPR, and answered residents' questions at our first public Q&A on 30 November.`,
  `On 3 December the ${BOARD} agreed our new terms of reference (version 3.0). They took effect straight away, apart from the co-option of ${COOPTED.name} of ${TRUST}, which starts on ${COOPTED.from}.`,
  `Two of our eight measures are red, and I will not pretend otherwise: too many cabinets have pads past their date, and too many rural residents are still more than 500 metres from a defibrillator they can use at night. You can read what we are doing about both below.`,
]);
H(`<figure class="Card ImageCard" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Image"><img src="./Rescue Ready_ the Chair&#39;s winter update_files/chair.jpg" alt="Cllr Honoria Blakeway, Chair of the Community Defibrillators Task Group"><figcaption class="Caption">${esc(cllr("blakeway"))}, Chair</figcaption></figure>`);
out.push(`${cllr("blakeway")}, Chair`);
H(`</section>`);

// ---------------------------------------------------------------- 2 measures
H(`<section class="Section" id="section-2">`);
headingCard(SECTIONS[1]);
textCard([`Our eight Rescue Ready measures at the end of quarter 2 (30 September 2263). Green means on track, amber at risk and red off track.`]);
H(`<div class="Group Grid" role="group" aria-roledescription="Grid group" data-group-type="Grid">`);
for (const m of MEASURES) {
  const rag = m.q2.toUpperCase();
  const q1 = m.q1 === "No data" ? m.q1v : `${m.q1v} (${m.q1.toLowerCase()})`;
  H(`<div class="Card TextCard MeasureCard" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Text"><div class="CardContent TextBlock">
  <h3 class="CardHeading">${m.ref} · ${esc(m.short)}</h3>
  <p class="Paragraph BigNumber">${esc(m.q2v)}</p>
  <p class="Paragraph">${runs(m.name)}</p>
  <p class="Paragraph Small">Target: ${esc(m.target)} · Quarter 1: ${esc(q1)}</p>
  <p class="Paragraph"><span class="RagWord rag-${m.q2.toLowerCase()}">${rag}</span></p>
  <p class="Paragraph Small">Lead: ${esc(cllr(m.lead))}</p>
  <p class="Paragraph Small">${runs(m.note)}</p>
</div></div>`);
  out.push([`${m.ref} · ${m.short}`, m.q2v, m.name, `Target: ${m.target} · Quarter 1: ${q1}`, rag, `Lead: ${cllr(m.lead)}`, m.note].join(" | "));
}
H(`</div>`);
const side = (label, lines) => {
  H(`<div class="ComparisonSide" role="region" aria-label="${esc(label)}"><div class="Card TextCard" id="${cid()}" data-card-type="Text"><div class="CardContent TextBlock"><h3 class="CardHeading">${esc(label)}</h3>${lines.map((l) => `<p class="Paragraph">${esc(l)}</p>`).join("")}</div></div></div>`);
  out.push(label, ...lines);
};
H(`<div class="Group Comparison" role="group" aria-roledescription="Comparison group" data-group-type="Comparison">`);
side("Quarter 1 (30 June 2263)", [`${count("q1", "Green")} green, ${count("q1", "Amber")} amber, ${count("q1", "Red")} red and ${count("q1", "No data")} with no data yet`]);
side("Quarter 2 (30 September 2263)", [`${count("q2", "Green")} green, ${count("q2", "Amber")} amber and ${count("q2", "Red")} red`]);
H(`</div>`);
H(`</section>`);

// ---------------------------------------------------------------- 3 fund
H(`<section class="Section" id="section-3">`);
headingCard(SECTIONS[2]);
textCard([
  `Nine organisations bid for ${gbp(ASKED)} from the ${gbp(ROUND2)} round. We awarded six grants totalling ${gbp(AWARDED)} and are holding ${gbp(HELD)} for Penstone Village Hall Trust until the landowner confirms consent for its cabinet. The remaining ${gbp(LEFT)} goes to round 3, which opens on ${ROUND3.opens.replace("Monday ", "")}.`,
]);
const bars = BIDS.filter((b) => b.award || b.held).map((b) => ({ label: b.org + (b.held ? " (held)" : ""), v: b.award || b.held }));
const max = Math.max(...bars.map((b) => b.v));
H(`<figure class="Card ChartCard" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Chart">
<svg class="Chart BarChart" viewBox="0 0 640 ${40 + bars.length * 34}" width="640" height="${40 + bars.length * 34}" role="img" aria-label="Bar chart">
<text class="ChartTitle" x="0" y="18" font-size="15" font-weight="600">Round 2 awards (£)</text>
${bars.map((b, i) => `<g class="Bar"><text class="CategoryLabel" x="0" y="${52 + i * 34}" font-size="12">${esc(b.label)}</text><rect x="260" y="${38 + i * 34}" width="${Math.round((300 * b.v) / max)}" height="20" fill="${b.label.endsWith("(held)") ? "#b4b4b4" : "#0f6cbd"}"></rect><text class="DataLabel" x="${268 + Math.round((300 * b.v) / max)}" y="${52 + i * 34}" font-size="12">${b.v.toLocaleString("en-GB")}</text></g>`).join("\n")}
</svg>
<figcaption class="Caption">Source: minutes of 12 November 2263, item 5</figcaption>
</figure>`);
out.push("Round 2 awards (£)", ...bars.map((b) => `${b.label} | ${b.v.toLocaleString("en-GB")}`), "Source: minutes of 12 November 2263, item 5");
H(`</section>`);

// ---------------------------------------------------------------- 4 terms of reference
H(`<section class="Section" id="section-4">`);
headingCard(SECTIONS[3]);
textCard([`The Board agreed version 3.0 on 3 December 2263. The changes that matter most for members:`]);
H(`<div class="Group Comparison" role="group" aria-roledescription="Comparison group" data-group-type="Comparison">`);
side("Before (version 2.0)", ["Quorum: four members", `The Chair could approve grants of up to ${gbp(LIMITS.v2.chair)}`, "No co-opted member"]);
side("Now (version 3.0)", ["Quorum: five voting members, including the Chair or the Vice-Chair", `The Chair, after consulting the Vice-Chair, can approve grants of up to ${gbp(LIMITS.v3.chair)}`, `${COOPTED.name} (${TRUST}) joins as a co-opted, non-voting member from ${COOPTED.from}`]);
H(`</div>`);
H(`</section>`);

// ---------------------------------------------------------------- 5 members (stack: only the first card shown)
H(`<section class="Section" id="section-5">`);
headingCard(SECTIONS[4]);
textCard([`Twelve councillors, one from each member council. Click through the stack to meet them all.`]);
H(`<div class="Group Stack" role="group" aria-roledescription="Stack group" data-group-type="Stack" data-stack-count="${MEMBERS.length}">`);
MEMBERS.forEach((m, i) => {
  const role = m.role.replace(/ \(from 1 October 2263\)/, "");
  const cap = `${m.name} · ${role} · ${m.council} (${m.group})` + (m.k === "morville" ? " · joined on 1 October 2263" : "");
  H(`<figure class="Card ImageCard StackItem" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Image" aria-hidden="${i === 0 ? "false" : "true"}"><img src="./Rescue Ready_ the Chair&#39;s winter update_files/m${String(i + 1).padStart(2, "0")}.jpg" alt="Photo of ${esc(m.name)}"><figcaption class="Caption">${esc(cap)}</figcaption></figure>`);
  out.push(cap);
});
H(`<button class="StackNext" aria-label="Next card in stack">›</button></div>`);
H(`</section>`);

// ---------------------------------------------------------------- 6 Q&A
H(`<section class="Section" id="section-6">`);
headingCard(SECTIONS[5]);
textCard([
  `Residents asked us about out-of-date pads, locked cabinets, the cost of a cabinet and how to become a guardian. Written answers to every question, including the ones we did not reach on the night, were published on 7 December.`,
]);
H(`<blockquote class="Card QuoteCard" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Quote"><p class="QuoteText">“We raised the money for our cabinet two years ago. When will it go up?”</p><footer class="QuoteAttribution">A resident of Penstone</footer></blockquote>`);
out.push("“We raised the money for our cabinet two years ago. When will it go up?”", "A resident of Penstone");
H(`</section>`);

// ---------------------------------------------------------------- 7 dates
H(`<section class="Section" id="section-7">`);
headingCard(SECTIONS[6]);
const DATES = [
  "Saturday 2 January 2264 – free guardian training, online",
  "Thursday 21 January 2264 – Task Group meeting, 10:30, 18 Smith Square",
  `${ROUND3.opens} – round 3 of the ${FUND} opens (${gbp(ROUND3.total)})`,
  "Saturday 6 February 2264 – free guardian training, Wyndleham Volunteer Centre",
  `${ROUND3.closes} – round 3 closes at noon`,
  "Thursday 17 March 2264 – Task Group meeting, 10:30, 18 Smith Square",
];
H(`<div class="Card TextCard" id="${cid()}" role="region" aria-roledescription="Card" data-card-type="Text"><div class="CardContent TextBlock"><ul class="BulletList">${DATES.map((d) => `<li>${esc(d)}</li>`).join("")}</ul></div></div>`);
out.push(...DATES);
H(`</section>`);

// ---------------------------------------------------------------- 8 embed
H(`<section class="Section" id="section-8">`);
headingCard(SECTIONS[7]);
textCard([`Know a place that needs a defibrillator? Tell us in the form below.`]);
H(`<div class="Card EmbedCard" id="${cid()}" data-card-type="Embed"><iframe title="Microsoft Forms: Where is a defibrillator needed?" src="https://forms.office.com/Pages/ResponsePage.aspx?id=Xz9kR2lC0Uq&amp;embed=true" width="640" height="480" frameborder="0" allowfullscreen></iframe><noscript><a href="https://forms.office.com/r/Xz9kR2lC0Uq">Open the form</a></noscript></div>`);
H(`</section>`);
H(`</main>
<footer class="PlayerFooter" role="contentinfo">
  <span class="Views">1,208 views</span>
  <a href="https://sway.cloud.microsoft/reportabuse">Report abuse</a>
  <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy &amp; cookies</a>
  <a href="https://go.microsoft.com/fwlink/?LinkID=530144">Terms of use</a>
  <span class="MadeWith">Made with <a href="https://sway.cloud.microsoft/">Sway</a>. Create and share interactive reports, presentations, personal stories, and more.</span>
</footer>
</div>
</body>
</html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
