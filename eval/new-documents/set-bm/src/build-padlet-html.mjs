// Builds docs/wsdptg-workshop-2252-01-13-padlet.html and its rendering in text/.
// Layout: A PADLET WALL ("SHELF" FORMAT) SAVED FROM THE BROWSER on Wednesday 14 January 2252, the day
// after the online workshop: the single-page app's rendered markup – the app bar (Share, Remake,
// Slideshow, Export), the wall's title, description and owner – then FIVE COLUMNS (sections), EACH A
// HEADING OVER ITS POSTS IN THE ORDER THEY WERE ADDED (not by popularity): a post is an author line
// (display name or "Anonymous", an avatar with empty alt text, a RELATIVE TIME – "1d", "23h" – whose
// date is only in the <time> element's title), a subject, a body, and a reaction bar of an emoji heart and
// a BARE COUNT beside it (the word "Like" only in the button's aria-label) and a speech-bubble emoji with
// the number of comments; comments (officers answering questions) are nested under the post, each an
// author, a relative time and the text. One post is PINNED (the clerk's summary and next steps, the only
// place where the polls' results are given in words). A column's posts belong to it only by position
// under its heading. After the wall, the app's state as JSON in a <script> (the same posts, escaped), and
// "Made with Padlet" in the footer.
// Rendering: from the wall's title on, the title, description and owner; each column's heading; each
// post as "Pinned post" where it is, "author · time", its subject, its body, its reaction bar ("❤️ 14 · 💬 2") and each comment as
// "author · time | text"; the app bar, the JSON and the footer left out.
// Synthetic test fixture: every person, post and figure is invented.
//   node src/build-padlet-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, P, P2COUNT, P3COUNT, ZOOM, ZOOM_SILENT, ROUND3, LEFT, CRITERIA } from "./common.mjs";

const FILE = DOCS.padlet;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const nm = (k) => `${P[k].fore} ${P[k].sur}`;
const ANON = "Anonymous";
const TITLE = "Water safety workshop – 13 January 2252";
const DESCRIPTION = "Round 3 of the Public Rescue Equipment Fund and the winter cold water shock campaign. Add a post to any column, and tap the heart on posts you agree with.";
const total = ZOOM.length + ZOOM_SILENT.length;

// time: [relative as shown, title]
const T = (rel, at) => ({ rel, at });
const SECTIONS = [
  { title: "What worked in rounds 1 and 2", posts: [
    { author: "Beatrix Odling", t: T("1d", "13 Jan 2252, 10:12"), subject: "Adopt-a-board in Tarnby", body: "Our paddle club checks 12 throwline boards every Sunday and reports any missing line on a WhatsApp group. No line has been missing for more than a day since May.", likes: 9,
      comments: [{ author: nm("loveridge"), t: T("1d", "13 Jan 2252, 10:20"), text: "Would love to see this at all 40 of the new round 2 sites in Tarnby." }] },
    { author: O.niamh.name, t: T("1d", "13 Jan 2252, 10:14"), subject: "Location codes on every board", body: "Each board now has its own location code, so a 999 caller can tell the control room exactly where they are. Fenmouth Fire and Rescue Service says this saved time at 4 rescues this summer.", likes: 7, comments: [] },
    { author: ANON, t: T("1d", "13 Jan 2252, 10:16"), subject: "Buying boards together", body: "Kestlebury and Tarnby bought their boards together and saved about 18% on the unit price.", likes: 4, comments: [] },
  ] },
  { title: "Problems we hit", posts: [
    { author: nm("sallis"), t: T("1d", "13 Jan 2252, 10:18"), subject: "Landowners saying no", body: "Two quarry owners in Sedgecombe will not let us put boards up, because they say it would admit the water is dangerous.", likes: 8,
      comments: [{ author: O.tobias.name, t: T("1d", "13 Jan 2252, 10:31"), text: "The Chair wrote to the three landowners on 18 December (action WSA-28). One has replied and agreed; we are chasing the other two." }] },
    { author: ANON, t: T("1d", "13 Jan 2252, 10:22"), subject: "Damaged boards at Fleet Mere", body: "Six boards at Fleet Mere were damaged in August and two lines were thrown in the water. The cabinets need to be tamper-proof.", likes: 5, comments: [] },
    { author: nm("purkiss"), t: T("1d", "13 Jan 2252, 10:25"), subject: "Lifeguard vacancies", body: "We lost cover at three beaches in August. Recruitment for 2252 has to start now, and pay is the problem, not the number of applicants.", likes: 6, comments: [] },
  ] },
  { title: "Ideas for round 3", posts: [
    { author: "Kwame Harwood-Nyambe", t: T("1d", "13 Jan 2252, 10:52"), subject: "Fund the people who check the kit", body: "Let bids include a small yearly payment (say £250 a site) for a local group that checks the equipment. Kit that nobody checks is kit that is missing when it is needed.", likes: 14,
      comments: [
        { author: nm("binns"), t: T("1d", "13 Jan 2252, 10:58"), text: "Yes, and it builds the message locally too." },
        { author: O.niamh.name, t: T("1d", "13 Jan 2252, 11:05"), text: "We can make this an eligible cost if the Task Group agrees on 5 February." },
      ] },
    { author: "SM Declan Harker-Wolfe", t: T("1d", "13 Jan 2252, 10:55"), subject: "Use our incident data to target sites", body: "We can give each council a map of water incidents since 2246, so bids can show why a site matters. Ask your station manager or e-mail me.", likes: 11, comments: [] },
    { author: nm("hollinrake"), t: T("1d", "13 Jan 2252, 11:01"), subject: "Floating rescue lines on meres", body: "Throwlines are too short for the middle of big meres like Fleet Mere. Floating lines fixed across the water would help.", likes: 5, comments: [] },
    { author: nm("sallis"), t: T("1d", "13 Jan 2252, 11:08"), subject: "Let defibrillators in", body: "Where a defibrillator would sit beside a rescue point, it should count as rescue equipment.", likes: 3,
      comments: [{ author: O.tobias.name, t: T("1d", "13 Jan 2252, 11:15"), text: "The Task Group confirmed on 4 December that defibrillators stay outside the Fund's scope (resolution WSDP-2251-43 (d)). We will list other sources of funding for them in the round 3 guidance." }] },
  ] },
  { title: "Questions for officers", posts: [
    { author: "Jasper W-N", t: T("1d", "13 Jan 2252, 11:20"), subject: "When does round 3 open?", body: "And when do bids have to be in?", likes: 2,
      comments: [{ author: O.tobias.name, t: T("1d", "13 Jan 2252, 11:26"), text: `If the Task Group agrees the criteria on 5 February, round 3 opens on ${ROUND3.opens} and closes on ${ROUND3.closes}.` }] },
    { author: "Percy Spurrell", t: T("1d", "13 Jan 2252, 11:22"), subject: "How much is in round 3?", body: "Is the money left over from round 2 added to it?", likes: 3,
      comments: [{ author: O.marguerite.name, t: T("23h", "13 Jan 2252, 13:40"), text: `Yes. Round 3 will have the £${LEFT.toLocaleString("en-GB")} not awarded in round 2 plus £${ROUND3.fresh.toLocaleString("en-GB")} from the 2252/53 budget, so £${(ROUND3.carried + ROUND3.fresh).toLocaleString("en-GB")} in all.` }] },
    { author: ANON, t: T("1d", "13 Jan 2252, 11:31"), subject: "Can town and parish councils bid?", body: "", likes: 1,
      comments: [{ author: O.niamh.name, t: T("23h", "13 Jan 2252, 14:02"), text: "Not directly: bids must come from one of the 12 councils, but a town or parish council can be the partner that does the work." }] },
  ] },
  { title: "Summary and next steps", posts: [
    { pinned: true, author: O.philomena.name, t: T("22h", "13 Jan 2252, 15:10"), subject: "Summary and next steps",
      body: [
        `Thank you to the ${total} people who joined. In the polls, ${CRITERIA[0].toLowerCase()} (${P2COUNT[0]} of ${ZOOM.length}) and ${CRITERIA[3].toLowerCase()} (${P2COUNT[3]} of ${ZOOM.length}) came top as criteria for round 3, and ${P3COUNT.Yes} of ${ZOOM.length} want the cold water shock campaign to run all year.`,
        "Next steps: officers will bring draft round 3 criteria to the Task Group on Thursday 5 February 2252, including a yearly payment for local groups that check the equipment. The evaluation of the winter campaign goes to the meeting on 1 April 2252.",
        "This wall will be locked on 27 January 2252.",
      ], likes: 6, comments: [] },
  ] },
];

const R = [];
const H = [];
const h = (s) => H.push(s);
let pid = 2810441;
const state = [];
h(`<!DOCTYPE html>
<html lang="en-GB" class="padlet-app">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)}</title>
<meta property="og:site_name" content="Padlet">
<meta property="og:title" content="${esc(TITLE)}">
<meta property="og:description" content="${esc(DESCRIPTION)}">
<link rel="stylesheet" href="./Water safety workshop_files/surface-4c1f2a.css">
</head>
<body class="surface layout-shelf theme-light">
<div id="app">
<nav class="app-bar" aria-label="Padlet">
<a class="app-bar-logo" href="https://padlet.com/dashboard" aria-label="Padlet home"><svg aria-hidden="true" width="24" height="24"><use href="#logo"></use></svg></a>
<div class="app-bar-actions">
<button type="button" class="app-bar-button" aria-label="Reactions settings"><svg aria-hidden="true"><use href="#heart"></use></svg></button>
<button type="button" class="app-bar-button">Share</button>
<button type="button" class="app-bar-button">Remake</button>
<button type="button" class="app-bar-button">Slideshow</button>
<button type="button" class="app-bar-button" aria-label="More actions">Export</button>
</div>
</nav>
<header class="surface-header">
<img class="surface-icon" src="./Water safety workshop_files/wave-icon.png" alt="">
<div class="surface-header-text">
<h1 class="surface-title">${esc(TITLE)}</h1>
<p class="surface-description">${esc(DESCRIPTION)}</p>
<div class="surface-owner"><img class="avatar" src="./Water safety workshop_files/avatar-ps.png" alt=""><span class="owner-name">${esc(O.philomena.name)}</span> <span class="surface-updated">· updated <time datetime="2252-01-13T15:10:00Z" title="13 Jan 2252, 15:10">22h</time> ago</span></div>
</div>
</header>
<main class="surface-body">
<div class="shelf" role="list">`);
R.push(TITLE, DESCRIPTION, `${O.philomena.name} · updated 22h ago`);

for (const [si, s] of SECTIONS.entries()) {
  h(`<section class="shelf-section" role="listitem" data-section-id="${93301 + si}">`);
  h(`<h2 class="section-title">${esc(s.title)}</h2>`);
  h(`<div class="section-posts">`);
  R.push(s.title);
  for (const p of s.posts) {
    const id = pid++;
    const bodies = [].concat(p.body).filter(Boolean);
    state.push({ id, section: s.title, author: p.author, subject: p.subject, body: bodies.map((b) => `<p>${esc(b)}</p>`).join(""), likes: p.likes, pinned: !!p.pinned, created_at: p.t.at });
    h(`<article class="post${p.pinned ? " post-pinned" : ""}" data-post-id="${id}">`);
    if (p.pinned) { h(`<div class="post-pin"><svg aria-hidden="true"><use href="#pin"></use></svg><span class="visually-hidden">Pinned post</span></div>`); R.push("Pinned post"); }
    h(`<div class="post-attribution"><img class="avatar" src="./Water safety workshop_files/${p.author === ANON ? "anon" : "avatar-" + id}.png" alt=""><span class="post-author">${esc(p.author)}</span> <span class="dot" aria-hidden="true">·</span> <time datetime="${p.t.at}" title="${esc(p.t.at)}">${p.t.rel}</time></div>`);
    h(`<h3 class="post-subject">${esc(p.subject)}</h3>`);
    R.push(`${p.author} · ${p.t.rel}`);
    R.push(p.subject);
    if (bodies.length) {
      h(`<div class="post-body">${bodies.map((b) => `<p>${esc(b)}</p>`).join("")}</div>`);
      R.push(...bodies);
    }
    h(`<div class="post-reactions"><button type="button" class="reaction reaction-like" aria-label="Like" aria-pressed="false"><span class="emoji" aria-hidden="true">❤️</span><span class="reaction-count">${p.likes}</span></button><button type="button" class="reaction reaction-comments" aria-label="Comments"><span class="emoji" aria-hidden="true">💬</span><span class="reaction-count">${p.comments.length}</span></button></div>`);
    R.push(`❤️ ${p.likes} · 💬 ${p.comments.length}`);
    if (p.comments.length) {
      h(`<div class="post-comments">`);
      for (const c of p.comments) {
        h(`<div class="comment"><img class="avatar avatar-small" src="./Water safety workshop_files/avatar-c.png" alt=""><span class="comment-author">${esc(c.author)}</span> <time title="${esc(c.t.at)}">${c.t.rel}</time><p class="comment-text">${esc(c.text)}</p></div>`);
        R.push(`${c.author} · ${c.t.rel} | ${c.text}`);
      }
      h(`</div>`);
    }
    h(`<div class="post-add-comment"><input type="text" placeholder="Add comment" aria-label="Add comment"></div>`);
    h(`</article>`);
  }
  h(`<button type="button" class="add-post" aria-label="Add post to ${esc(s.title)}">+</button>`);
  h(`</div></section>`);
}
h(`</div>
</main>
<footer class="surface-footer"><a href="https://padlet.com">Made with Padlet</a></footer>
</div>
<script id="__PADLET_STATE__" type="application/json">${JSON.stringify({ wall: { title: TITLE, format: "shelf", builder: O.philomena.name }, wishes: state }).replace(/</g, "\\u003c")}</script>
<script src="./Water safety workshop_files/surface-4c1f2a.js" defer></script>
</body>
</html>`);

writeFileSync(join(root, "docs", FILE), H.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${R.length} lines)`);
