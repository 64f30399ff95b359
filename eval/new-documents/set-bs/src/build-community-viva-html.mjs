// Builds docs/pptg-viva-engage-community-2342-01-15.html and its rendering in text/.
// Layout: A MICROSOFT VIVA ENGAGE (FORMERLY YAMMER) COMMUNITY PAGE SAVED FROM THE BROWSER ("Save page as…
// Web page, HTML only", Thursday 15 January 2342), the Conversations tab of the Task Group's private
// community. The single-page app's markup: atomic CSS class names ("___1b3k7x0 f10pi13n"), the app bar and
// left navigation before the content, the state blob in a <script>, role="feed" of role="article" threads.
// The community header (name, "Private community · 21 members"), the tab list, the publisher ("Discuss,
// Question, Praise, Poll"), then the threads: the PINNED who's who post, whose members' list has one
// member STRUCK THROUGH (<s>) in front of her replacement, party and council abbreviated ("(Denbrook,
// Lab)"), and the named substitutes and officers in sentences; then threads by latest activity, each with
// an author, a DATE AS VIVA SHOWS IT – "Jan 12" with NO YEAR for this year's posts, "Dec 5, 2341" for last
// year's, the full date only in the <time> title – an "Announcement" label on the Chair's posts, a QUESTION
// thread whose reply carries a "Best answer" badge, a POLL whose results are option text, "8 votes" and a
// percentage beside a progress bar ("13 votes · Poll closed"), replies indented with some older replies
// not loaded ("See 3 previous replies"), reactions as bare counts and "Seen by 19". The right-hand rail:
// the community's About text and its admins with their job titles. The Chair's action extending the
// consultation (CA-2341-04) is published only here.
// Rendering: from the community's name on: each label, paragraph, list item and reply a line; a post's
// header as "author · date" (the date as shown, "Edited" after it); a poll option as "option | n votes |
// %"; struck-through text between ~~ ~~; the app bar, navigation, publisher and icons left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-community-viva-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, SITE, OFFICERS as O, P, cllr, POLL, POLL_TOTAL, SITE_VISIT, CONSULT, MEETINGS } from "./common.mjs";

const FILE = DOCS.viva;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const h = [];
const H = (s) => h.push(s);
const line = (s) => out.push(s);
const initials = (n) => n.replace(/^Cllr /, "").split(/[ -]/).filter(Boolean).slice(0, 2).map((w) => w[0]).join("").toUpperCase();
const avatar = (n) => `<div class="fui-Avatar ___1sx7x2j f1ujzzlc" role="img" aria-label="${esc(n)}"><span class="fui-Avatar__initials ___5nqk2a0">${initials(n)}</span></div>`;
const cl = (...c) => c.join(" ");

H(`<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head>
<meta charset="utf-8">
<title>${esc(BODY)} | Viva Engage</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://engage.cloud.microsoft/static/web/main.9c41e2f0.css">
<style>.___1b3k7x0{display:flex}.f10pi13n{position:relative}.___strk{text-decoration:line-through}.___bar{height:6px;background:#e1dfdd}.___bar>div{height:6px;background:#5b5fc7}</style>
<script nonce="a8Zq2Lk0">window.__VE_CONFIG__={"tenant":"lgamembers","locale":"en-GB","network":"Local Government Association","featureFlags":{"storylines":true,"answers":true}};</script>
</head>
<body class="___ve-body">
<div id="root"><div class="fui-FluentProvider fui-FluentProviderr0 ___jdtuxv0 f19n0e5 fxugw4r f1o700av">
<header role="banner" class="${cl("___1b3k7x0", "f10pi13n", "fvpjx0a")}">
 <a class="___brand" href="/"><svg aria-hidden="true" width="20" height="20"></svg><span>Viva Engage</span></a>
 <div role="search" class="___search"><input type="search" placeholder="Search in ${esc(BODY)}" aria-label="Search"></div>
 <button class="___me" aria-label="Account manager for ${esc(O.zainab.name)}">${avatar(O.zainab.name)}</button>
</header>
<nav aria-label="Navigation pane" class="___leftnav f1ujzzlc">
 <ul><li><a href="/main/feed">Home</a></li><li><a href="/main/storylines">Storylines</a></li><li><a href="/main/communities">Communities</a></li><li><a href="/main/answers">Answers</a></li></ul>
 <div class="___navsection"><span>My communities</span><ul><li aria-current="page"><a href="/main/groups/eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiIxNDUzOTgifQ">${esc(BODY)}</a></li><li><a href="/main/groups/eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiIxMjA3NTEifQ">${esc(BOARD)}</a></li><li><a href="/main/groups/eyJfdHlwZSI6Ikdyb3VwIiwiaWQiOiI5ODMzMiJ9">LGA member groups: officers</a></li></ul></div>
</nav>
<main class="___main f10pi13n">`);

H(`<div class="___communityHeader"><div class="___cover" style="background-image:url(https://engage.cloud.microsoft/cover/145398.jpg)"></div>
<h1 class="___commName">${esc(BODY)}</h1><div class="___commMeta"><span>Private community</span><span aria-hidden="true"> · </span><span>21 members</span></div>
<button class="___joined">Joined</button></div>`);
line(BODY);
line("Private community · 21 members");
H(`<div role="tablist" class="___tabs"><button role="tab" aria-selected="true">Conversations</button><button role="tab" aria-selected="false">About</button><button role="tab" aria-selected="false">Files</button><button role="tab" aria-selected="false">Events</button><button role="tab" aria-selected="false">Members</button></div>
<div class="___publisher"><div class="___pubTypes"><button>Discuss</button><button>Question</button><button>Praise</button><button>Poll</button></div><div class="___pubBox" contenteditable="false" aria-label="Start a conversation">Start a conversation</div></div>
<div role="feed" aria-busy="false" class="___feed">`);

// ---------------------------------------------------------------- thread helpers
let tid = 0;
const header = (author, shown, title, extra = "") => {
  H(`<div class="${cl("___1b3k7x0", "___threadHead")}">${avatar(author)}<div class="___who"><a class="___author" href="/main/users/${encodeURIComponent(author)}">${esc(author)}</a><span aria-hidden="true" class="___dot"> · </span><time datetime="${title[0]}" title="${esc(title[1])}">${esc(shown)}</time>${extra ? `<span aria-hidden="true" class="___dot"> · </span><span class="___edited">${extra}</span>` : ""}</div></div>`);
  line(`${author} · ${shown}${extra ? ` · ${extra}` : ""}`);
};
const ptext = (s) => { H(`<p class="___para">${esc(s)}</p>`); line(s); };
const foot = (seen, likes, replies) => {
  H(`<div class="___threadFoot"><button class="___react" aria-label="Like: ${likes} people reacted"><span aria-hidden="true">👍</span><span class="___count">${likes}</span></button><span class="___seen">Seen by ${seen}</span><button class="___replyBtn">Reply</button></div>`);
  line(`👍 ${likes} Seen by ${seen} Reply`);
};
const reply = (author, shown, title, text, extra = "") => {
  H(`<div class="___reply f10pi13n" role="article" aria-label="Reply from ${esc(author)}">`);
  if (extra) { H(`<div class="___bestAnswer"><svg aria-hidden="true" width="12" height="12"></svg><span>Best answer</span></div>`); line("Best answer"); }
  header(author, shown, title);
  ptext(text);
  H(`</div>`);
};
const open = (label, pinned = false) => { tid++; H(`<div role="article" aria-label="${esc(label)}" class="___thread" data-thread-id="${2207000 + tid}">`); if (pinned) { H(`<div class="___pinned"><svg aria-hidden="true"></svg><span>Pinned</span></div>`); line("Pinned"); } };
const close = () => H(`</div>`);

// ---------------------------------------------------------------- 0. pinned who's who
open("Pinned conversation", true);
header(O.imogen.name, "Sep 22, 2341", ["2341-09-22T10:14:00Z", "Monday, September 22, 2341 at 10:14 AM"], "Edited");
H(`<h2 class="___title">Who's who 2341/42</h2>`); line("Who's who 2341/42");
ptext("Who's who on the Task Group this year. Lead members lead on their measures in the highlight report.");
const pm = (k) => `${cllr(k)} (${P[k].town}, ${P[k].ab})`;
const ITEMS = [
  [`Chair: ${pm("vardon")}`], [`Vice-Chair: ${pm("kettleby")}`], [`Deputy Chair: ${pm("oyewole")}`],
  [`Lead member for enforcement: ${pm("tulliver")}`], [`Lead member for accessibility: ${pm("brumfitt")}`], [`Lead member for traffic orders and signs: ${pm("scarrott")}`],
  [pm("pettigrove")], [pm("halberd")], [pm("dobree")], [pm("elsdon")], [pm("quorley")],
  [pm("gulliford") + " from 6 October", pm("ashendon")],
];
H(`<ul class="___list">`);
for (const [t, struck] of ITEMS) {
  if (struck) { H(`<li><s class="___strk">${esc(struck)}</s> ${esc(t)}</li>`); line(`~~${struck}~~ ${t}`); }
  else { H(`<li>${esc(t)}</li>`); line(t); }
}
H(`</ul>`);
ptext(`Named substitutes: ${pm("wollaton")}, ${pm("tennant")} and ${pm("treffry")}.`);
ptext(`Officers: ${O.zainab.name} (programme manager), ${O.cosmo.name} (traffic management), ${O.greer.name} (finance), ${O.ezra.name} (consultation), ${O.barnabas.name} (Head of Democratic Services) and me (clerk and first point of contact, ${O.imogen.phone}).`);
foot(19, 7);
close();

// ---------------------------------------------------------------- 1. what we heard
open("Conversation");
header(O.ezra.name, "Jan 12", ["2342-01-12T09:31:00Z", "Monday, January 12, 2342 at 9:31 AM"]);
ptext(`The "What we heard" summary of the pilot zones consultation is now on the engagement site: ${CONSULT.survey.toLocaleString("en-GB")} survey responses plus ${CONSULT.letters} emails and letters. Officers' recommendations on the zones go to the meeting on 22 January.`);
H(`<a class="___linkPreview" href="https://clearfootways.engagementhq.com/pilot-zones"><span class="___lpTitle">Pavement parking pilot zones</span><span class="___lpHost">clearfootways.engagementhq.com</span></a>`);
line("Pavement parking pilot zones clearfootways.engagementhq.com");
foot(16, 6);
reply(cllr("kettleby"), "Jan 12", ["2342-01-12T11:02:00Z", "Monday, January 12, 2342 at 11:02 AM"], "A clear message from Harbour Hill. Thanks, Ezra.");
close();

// ---------------------------------------------------------------- 2. question with best answer
open("Question");
H(`<div class="___typeLabel"><span>Question</span></div>`); line("Question");
header(cllr("pettigrove"), "Jan 9", ["2342-01-09T17:20:00Z", "Friday, January 9, 2342 at 5:20 PM"]);
H(`<h2 class="___title">Blue badge holders in the pilot zones?</h2>`); line("Blue badge holders in the pilot zones?");
ptext("Quick one before the 22nd: are blue badge holders exempt from the pilot restrictions? Residents in Norrisgate keep asking me.");
foot(17, 2);
reply(O.cosmo.name, "Jan 9", ["2342-01-09T17:48:00Z", "Friday, January 9, 2342 at 5:48 PM"], "No, there is no general exemption. Under the experimental orders a blue badge holder may park partly on the footway only in a marked footway bay, and only where at least 1.5 metres of footway is left clear. Costings for a permit exemption (PKA-10) come to the meeting on 22 January.", "best");
H(`<div class="___markedBy">Marked as best answer by ${esc(cllr("pettigrove"))}</div>`); line(`Marked as best answer by ${cllr("pettigrove")}`);
reply(cllr("brumfitt"), "Jan 10", ["2342-01-10T08:05:00Z", "Saturday, January 10, 2342 at 8:05 AM"], "Thanks, Cosmo. We should look hard at PKA-10 on the 22nd.");
close();

// ---------------------------------------------------------------- 3. highlight report
open("Conversation");
header(O.zainab.name, "Jan 9", ["2342-01-09T16:55:00Z", "Friday, January 9, 2342 at 4:55 PM"]);
ptext("The Q3 highlight report is in Verto and goes to the meeting on 22 January as item 3. Headlines: overall amber (it was green); resources red because of enforcement officer vacancies; CFM-04 and CFM-07 red. The sign supply recovery plan (PKA-15) is item 5.");
foot(15, 3);
close();

// ---------------------------------------------------------------- 4. poll on the site visit
open("Poll");
H(`<div class="___typeLabel"><span>Poll</span></div>`); line("Poll");
header(O.imogen.name, "Dec 18, 2341", ["2341-12-18T14:40:00Z", "Thursday, December 18, 2341 at 2:40 PM"]);
ptext("Members' site visit to a pilot zone in February: which date works for you?");
H(`<div class="___poll" role="group" aria-label="Poll results">`);
for (const [opt, n] of POLL) {
  const pct = Math.round((100 * n) / POLL_TOTAL);
  H(`<div class="___pollOption"><span class="___optText">${esc(opt)}</span><span class="___optVotes">${n} votes</span><div class="___bar" role="progressbar" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100"><div style="width:${pct}%"></div></div><span class="___optPct">${pct}%</span></div>`);
  line(`${opt} | ${n} votes | ${pct}%`);
}
H(`<div class="___pollMeta"><span>${POLL_TOTAL} votes</span><span aria-hidden="true"> · </span><span>Poll closed</span></div></div>`);
line(`${POLL_TOTAL} votes · Poll closed`);
foot(18, 1);
H(`<button class="___seePrev">See 3 previous replies</button>`); line("See 3 previous replies");
reply(O.imogen.name, "Jan 5", ["2342-01-05T10:12:00Z", "Monday, January 5, 2342 at 10:12 AM"], `Thanks, all: ${SITE_VISIT.date.replace(" 2342", "")} it is. We will visit Norrisgate and meet at ${SITE_VISIT.time} at ${SITE_VISIT.place}. Details to follow.`);
close();

// ---------------------------------------------------------------- 5. Chair's action: extension
open("Announcement");
H(`<div class="___announcement"><svg aria-hidden="true"></svg><span>Announcement</span></div>`); line("Announcement");
header(cllr("vardon"), "Dec 5, 2341", ["2341-12-05T15:36:00Z", "Friday, December 5, 2341 at 3:36 PM"]);
H(`<h2 class="___title">Chair's action ${CONSULT.ca}: pilot zones consultation extended to 19 December</h2>`); line(`Chair's action ${CONSULT.ca}: pilot zones consultation extended to 19 December`);
ptext(`Under minute 4.3(b) of our meeting on 13 November, and after consulting ${cllr("kettleby")} as Vice-Chair, I have extended the consultation on the pilot zones by one week, to 5pm on ${CONSULT.closes}.`);
ptext("The Hollins Park drop-in session on 2 December had to be cancelled when the community centre flooded. It is rearranged for Tuesday 16 December, and the extra week gives Hollins Park residents the same time as everyone else to respond.");
ptext("The extra advertising costs about £4,000 and is met from the consultation and engagement budget.");
foot(21, 9);
reply(cllr("kettleby"), "Dec 5, 2341", ["2341-12-05T16:10:00Z", "Friday, December 5, 2341 at 4:10 PM"], "Agreed, and thank you for consulting me.");
close();

// ---------------------------------------------------------------- 6. draft minutes
open("Conversation");
header(O.imogen.name, "Nov 20, 2341", ["2341-11-20T16:12:00Z", "Thursday, November 20, 2341 at 4:12 PM"]);
ptext(`The draft minutes of 13 November are now on the ${SITE} website. Comments on the draft by 27 November, please.`);
foot(17, 0);
close();

// ---------------------------------------------------------------- 7. welcome
open("Announcement");
H(`<div class="___announcement"><svg aria-hidden="true"></svg><span>Announcement</span></div>`); line("Announcement");
header(cllr("vardon"), "Oct 6, 2341", ["2341-10-06T09:05:00Z", "Monday, October 6, 2341 at 9:05 AM"]);
H(`<h2 class="___title">Welcome, Cllr Tamsin Gulliford</h2>`); line("Welcome, Cllr Tamsin Gulliford");
ptext(`Please welcome ${cllr("gulliford")} (Quillborough), who joins the Task Group today in place of ${cllr("ashendon")}. Bartholomew stood down on 3 October on becoming Leader of Quillborough City Council: thank you, Bartholomew, for all your work on the pilot zones shortlist.`);
foot(20, 11);
reply(cllr("gulliford"), "Oct 6, 2341", ["2341-10-06T09:41:00Z", "Monday, October 6, 2341 at 9:41 AM"], "Thank you, Ottoline. Looking forward to it.");
close();

H(`<div class="___feedEnd">You're all caught up</div></div></main>`);

// ---------------------------------------------------------------- right rail
H(`<aside class="___rail" aria-label="About this community">
<section class="___about"><h2>About</h2>`);
line("About");
const ABOUT = `For members, substitutes and officers of the ${BODY} (${BOARD}), 2341/42. Quick questions, dates and news between meetings. Papers and minutes go on the ${SITE} website, not here.`;
H(`<p>${esc(ABOUT)}</p>`); line(ABOUT);
H(`</section><section class="___admins"><h2>Community admins</h2><ul>`);
line("Community admins");
for (const k of ["imogen", "zainab"]) { H(`<li>${avatar(O[k].name)}<div><span class="___adminName">${esc(O[k].name)}</span><span class="___adminTitle">${esc(O[k].post)}</span></div></li>`); line(`${O[k].name} ${O[k].post}`); }
H(`</ul></section>
<section class="___pinnedLinks"><h2>Pinned</h2><ul><li><a href="https://clearfootways.org.uk/">${SITE} website</a></li><li><a href="https://clearfootways.engagementhq.com/pilot-zones">Have your say: pilot zones</a></li><li><a href="https://app.clickup.com/t9012345/v/f/pptg">ClickUp: PPTG risks and actions</a></li></ul></section>
</aside>`);
line("Pinned");
line(`${SITE} website`); line("Have your say: pilot zones"); line("ClickUp: PPTG risks and actions");
H(`</div></div>
<script nonce="a8Zq2Lk0">window.__INITIAL_STATE__={"route":"group","groupId":"145398","threadsLoaded":8,"hasMore":true};</script>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
