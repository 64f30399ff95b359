// Builds docs/pastg-extra-meeting-doodle-poll-2179-03.html and its rendering in text/.
// Layout: A DOODLE GROUP POLL SAVED FROM THE BROWSER ("Save page as… Web page, complete", 26 February
// 2179, after the organiser booked the time): the scheduling app's page as its React code had drawn it –
// hashed class names (sc-…), the app's header (logo, Dashboard, Create, the user's initials) before the
// content, the app's state as a JSON <script> (ids, option start times in epoch milliseconds, answers as
// 0/1/2 codes) and a cookie notice after it. The poll: a "Group poll" badge, the title, the organiser, the
// description, location, time zone and deadline; A "BOOKED" BANNER GIVING THE CHOSEN SLOT IN THE APP'S
// AMERICAN FORMAT ("Thursday, March 18, 2179 · 2:00 PM – 4:00 PM"); then THE GRID, built of <div>s, not a
// table: a header cell per option whose date is FOUR SEPARATE ELEMENTS – month ("MAR"), day number,
// weekday ("THU") and the times on two lines – WITH NO YEAR, and two counts under it, each after an
// icon; a row per participant: an avatar of initials, THE NAME AS THE PARTICIPANT TYPED IT ("Bronwen L",
// "fitzroy brocklebank", "Cllr Osgathorpe", "Sigrid Fanshawe (Teams only)", a substitute naming whom she
// replaces), and per option AN ICON WHOSE ANSWER IS ONLY THE SVG's <title> ("Yes", "If need be", "No");
// the booked column marked "Booked"; "Awaiting response (1)" with the invitee who did not answer; the
// comments, each with its author and a year-less date ("Feb 19").
// Rendering: from the badge and title on: each line of text as shown; the grid's header as one line (an
// option's elements and counts in reading order, options " | "); a participant's row as initials | name |
// the six answers (each the icon's title); comments as "name · date | text"; the app's menus, state
// script and cookie notice left out.
// Synthetic test fixture: every person, date and place is invented.
//   node src/build-doodle-poll-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, P, OPTIONS, BOOKED, VOTES, NO_RESPONSE, tally, HELD, EXTRA_PAPERS, gbp } from "./common.mjs";

const FILE = DOCS.doodle;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const initials = (name) => name.split(/[ -]/).filter(Boolean).slice(0, 2).map((w) => w[0]).join("").toUpperCase();
const TITLE = "PASTG extra meeting – Colonel Harbinson statue (contested heritage review)";
const ICON = {
  Y: '<svg class="sc-9kq2e1-0 hZtQwB" width="20" height="20" viewBox="0 0 20 20" role="img"><title>Yes</title><path d="M7.5 13.5 4 10l-1.4 1.4 4.9 4.9 10-10L16.1 5z" fill="#1f8a5b"/></svg>',
  I: '<svg class="sc-9kq2e1-0 hZtQwB" width="20" height="20" viewBox="0 0 20 20" role="img"><title>If need be</title><path d="M7.5 13.5 4 10l-1.4 1.4 4.9 4.9 10-10L16.1 5z" fill="#e0a100" opacity=".75"/><path d="M2 1h2v18H2zM16 1h2v18h-2z" fill="#e0a100"/></svg>',
  N: '<svg class="sc-9kq2e1-0 hZtQwB" width="20" height="20" viewBox="0 0 20 20" role="img"><title>No</title><path d="M15 6.4 13.6 5 10 8.6 6.4 5 5 6.4 8.6 10 5 13.6 6.4 15 10 11.4 13.6 15 15 13.6 11.4 10z" fill="#c43d3d"/></svg>',
};
const WORD = { Y: "Yes", I: "If need be", N: "No" };
const out = [];
const h = [];
const H = (s) => h.push(s);

const desc = `Extra meeting agreed on 16 Feb (item 4) to consider the Colonel Harbinson statue in Yarncliffe under the contested heritage review, and the ${gbp(HELD)} held for Yarncliffe from round 2 of the Fund. Two hours. Please tick every slot you can do, and use "if need be" if you would rather not. – Clovis`;
const B = OPTIONS[BOOKED];
const bookedLine = "Thursday, March 18, 2179 · 2:00 PM – 4:00 PM";

H('<div class="sc-1d2x9pq-0 kRfQzA" data-testid="poll-page"><main class="sc-7uh3xk-0 bNvXgP">');
H('<section class="sc-a81mc1-0 gWqTdm"><span class="sc-a81mc1-1 Badge-sc-15a2kq8-0 eXkHjp">Group poll</span>');
out.push("Group poll");
H(`<h1 class="sc-a81mc1-2 jLtzVd">${esc(TITLE)}</h1>`);
out.push(TITLE);
H(`<div class="sc-a81mc1-3 fyJpHe"><div class="Avatar-sc-1h8p3e2-0 dOaPqE" aria-hidden="true">CU</div><span>${O.uglow.name}</span><span class="sc-a81mc1-4 cDlSgo">is organizing</span></div>`);
out.push(`${O.uglow.name} is organizing`);
H(`<p class="sc-a81mc1-5 hQvEdk">${esc(desc)}</p>`);
out.push(desc);
for (const [k, v] of [["Location", "Room 5.3, 18 Smith Square + Microsoft Teams"], ["Time zone", "(GMT+00:00) London"], ["Deadline", "Feb 24, 2179"], ["Duration", "2 hours"]]) {
  H(`<div class="sc-a81mc1-6 iXbNrT"><span class="visually-hidden">${k}</span><span>${esc(v)}</span></div>`);
  out.push(`${k} ${v}`);
}
H("</section>");
H(`<section class="sc-4vbw0z-0 BookedBanner-sc-1m0m4z9-0 gTrQsV" aria-live="polite"><span class="sc-4vbw0z-1 kTuvHs">Booked</span><p>${esc(bookedLine)}</p><p class="sc-4vbw0z-2 hZeKqC">${O.uglow.name} booked this time on Feb 25. Calendar invitations have been sent to participants.</p></section>`);
out.push("Booked", bookedLine, `${O.uglow.name} booked this time on Feb 25. Calendar invitations have been sent to participants.`);

// the grid
H('<div class="sc-1k3pz9v-0 PollGrid-sc-ryw2c7-0 fXqVdM" role="grid">');
const head = [];
H('<div class="sc-1k3pz9v-1 eBzWnT" role="row"><div class="sc-1k3pz9v-2 cGhnYr" role="columnheader">12 participants</div>');
head.push("12 participants");
for (const [i, o] of OPTIONS.entries()) {
  const t = tally(i);
  H(`<div class="sc-1k3pz9v-3 ${i === BOOKED ? "isBooked-sc-1k3pz9v-9 kPbfXl" : "dRzNtm"}" role="columnheader">${i === BOOKED ? '<span class="sc-1k3pz9v-10 fVbNJe">Booked</span>' : ""}<div class="sc-1k3pz9v-4 month">${o.mon}</div><div class="sc-1k3pz9v-5 day">${o.day}</div><div class="sc-1k3pz9v-6 weekday">${o.wd}</div><div class="sc-1k3pz9v-7 time">${o.from}</div><div class="sc-1k3pz9v-7 time">${o.to}</div><div class="sc-1k3pz9v-8 counts"><span>${ICON.Y}${t.Y}</span><span>${ICON.I}${t.I}</span></div></div>`);
  head.push(`${i === BOOKED ? "Booked " : ""}${o.mon} ${o.day} ${o.wd} ${o.from} ${o.to} Yes ${t.Y} If need be ${t.I}`);
}
H("</div>");
out.push(head.join(" | "));
for (const v of VOTES) {
  const ini = initials(v.typed);
  H(`<div class="sc-1k3pz9v-1 eBzWnT" role="row"><div class="sc-1k3pz9v-11 hNmPqL" role="rowheader"><div class="Avatar-sc-1h8p3e2-0 dOaPqE" aria-hidden="true">${ini}</div><span class="sc-1k3pz9v-12 participantName">${esc(v.typed)}</span></div>`);
  for (const [i, a] of [...v.a].entries()) H(`<div class="sc-1k3pz9v-13 ${i === BOOKED ? "isBooked-sc-1k3pz9v-9 kPbfXl" : "dRzNtm"}" role="gridcell" data-answer="${a === "Y" ? 2 : a === "I" ? 1 : 0}">${ICON[a]}</div>`);
  H("</div>");
  out.push([ini, v.typed, ...[...v.a].map((a) => WORD[a])].join(" | "));
}
H("</div>");
H(`<section class="sc-2m8kfd-0 jYtqRe"><h2 class="sc-2m8kfd-1 bFsNkC">Awaiting response (${NO_RESPONSE.length})</h2><ul>${NO_RESPONSE.map((k) => `<li>${P[k].fore} ${P[k].sur}</li>`).join("")}</ul></section>`);
out.push(`Awaiting response (${NO_RESPONSE.length})`, ...NO_RESPONSE.map((k) => `${P[k].fore} ${P[k].sur}`));

// comments
const COMMENTS = [
  ["Solomon Quilliam", "Feb 18", "Away for the whole of March, sorry. Cllr Wardlaw will come in my place."],
  ["Sigrid Fanshawe (Teams only)", "Feb 19", "Online only for me that month. Could the papers be in large print again please?"],
  [O.uglow.name, "Feb 19", "Cllr Pinchbeck is on leave until 8 March – I have emailed him the link. Sigrid, yes, large print is now standing for all your papers."],
  [O.uglow.name, "Feb 25", `Booked for Thursday 18 March, 2–4pm. Eight yes and two if-need-be, and the Chair and Cllr Osgathorpe can both make it. Papers will go out on ${EXTRA_PAPERS}.`],
];
H(`<section class="sc-5j2kd8-0 Comments-sc-1n7s2vb-0 gQzWpe"><h2>Comments (${COMMENTS.length})</h2>`);
out.push(`Comments (${COMMENTS.length})`);
for (const [who, when, text] of COMMENTS) {
  H(`<article class="sc-5j2kd8-1 kLmNqB"><div class="Avatar-sc-1h8p3e2-0 dOaPqE" aria-hidden="true">${initials(who)}</div><div><span class="sc-5j2kd8-2 author">${esc(who)}</span> · <span class="sc-5j2kd8-3 date">${when}</span><p>${esc(text)}</p></div></article>`);
  out.push(`${initials(who)} | ${who} · ${when} | ${text}`);
}
H("</section></main></div>");

// the app's state (as Next.js leaves it in the saved page) and frame
const state = {
  props: { pageProps: { poll: { id: "e7wq3ndkx9b4mz2c", type: "GROUP", title: TITLE, organizer: { name: O.uglow.name, email: O.uglow.email }, timeZone: "Europe/London", deadline: Date.UTC(2179, 1, 24, 23, 59), bookedOptionId: `opt-${BOOKED + 1}`,
    options: OPTIONS.map((o, i) => ({ id: `opt-${i + 1}`, start: Date.parse(`${o.iso}T${o.from.startsWith("10") ? "10" : "14"}:00:00Z`), end: Date.parse(`${o.iso}T${o.from.startsWith("10") ? "12" : "16"}:00:00Z`) })),
    participants: VOTES.map((v, i) => ({ id: `p${i + 1}`, name: v.typed, preferences: [...v.a].map((a) => (a === "Y" ? 2 : a === "I" ? 1 : 0)) })) } } },
  page: "/meeting/participate/id/[pollId]", buildId: "x3VbQ0pL1m",
};
const html = `<!DOCTYPE html>
<!-- saved from url=(0061)https://doodle.com/meeting/participate/id/e7wq3ndkx9b4mz2c -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(TITLE)} | Doodle</title>
<link rel="stylesheet" href="./${esc(TITLE)} _ Doodle_files/app.8c1f0b2e.css"><style data-styled="active">.kRfQzA{display:flex;flex-direction:column}.fXqVdM{display:grid;grid-template-columns:220px repeat(6,96px)}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}.kPbfXl{background:#e8f5ee}</style></head>
<body><div id="__next"><header class="sc-hd0r1x-0 AppHeader-sc-8x2m1q-0 jVbGhK"><a href="https://doodle.com/dashboard" class="Logo-sc-1p6t4z0-0"><svg width="90" height="24" role="img"><title>Doodle</title><path d="M0 0h90v24H0z" fill="none"/></svg></a><nav><a href="https://doodle.com/dashboard">Dashboard</a><a href="https://doodle.com/create">Create</a></nav><button class="Avatar-sc-1h8p3e2-0 dOaPqE" aria-label="Account menu">CU</button></header>
${h.join("\n")}
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p>We use cookies to make Doodle work and to improve it. <a href="https://doodle.com/privacy-policy">Privacy policy</a></p><button id="onetrust-accept-btn-handler">Accept all</button><button>Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>
<script src="./${esc(TITLE)} _ Doodle_files/main-4d2e1c.js" async=""></script>
</body></html>
`;
writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
