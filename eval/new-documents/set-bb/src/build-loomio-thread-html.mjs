// Builds docs/hsttg-loomio-route-optimisation-pilots-2146-12-07.html and its rendering in text/.
// Layout: A LOOMIO THREAD SAVED FROM THE BROWSER ("Save page as… Web page, HTML only", on 7 December
// 2146): a decision-making platform's discussion page, as its single-page app (Vue and Vuetify) had drawn
// it – no <table> layout, no headings but the thread's title and the paper's own, class names of the app
// (v-app-bar, v-navigation-drawer, strand-card, context-panel, poll-common-card, stance-item …), the
// app's top bar and left-hand group menu before the content and a "Powered by Loomio" footer after it.
// The thread's CONTEXT is the board paper, written in Loomio's editor: bold labels ("Purpose of report:",
// "Is this report confidential?"), the recommendations (a)–(c), a table of the four bids, financial
// implications and the contact officer. Then THE THREAD'S TIMELINE, oldest first, each event a card with
// an avatar of initials, the actor, what they did ("started a proposal", "commented", "edited the
// proposal", "shared an outcome") and WHEN ONLY AS A RELATIVE TIME ("8 days ago", "5 days ago"), the
// date and time being in the <time> element's title attribute; comments with replies indented under
// them. The PROPOSAL is a poll card: its title, "Proposal", the closing shown as "Closed 5 days ago",
// its details with an "edited" mark and the recommendation the Chair added, A RESULTS CHART (an inline
// SVG of coloured bars with no text) BESIDE A LEGEND TABLE of options, counts and percentages of the
// votes cast ("Agree | 8 | 73%"), "11 of 12 members voted (92%)", then THE VOTES: each a stance item
// whose STANCE IS ONLY AN ICON – an <img> with the option as its alt text ("Agree", "Abstain",
// "Disagree") – beside the voter's name and reason, and "Undecided (1)" with the name of the member who
// did not vote. The OUTCOME card (an outcome statement posted by the Chair after the poll closed) holds
// the decision as agreed, with the amendment.
// Rendering: from the thread's title on: each paragraph, list item, table row (cells " | ") or label a
// line; an event's header line as printed ("Casimir Eldridge commented · 8 days ago"); a vote as
// "stance | name · when | reason" (the stance from the icon's alt text, read where the icon stands); the chart's SVG, the app's menus and
// footer left out.
// Synthetic test fixture: every person, council, figure, vote and decision is invented.
//   node src/build-loomio-thread-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, FUND, OFFICERS as O, P, BIDS, ROUND1, ASKED, AWARDED, LEFT, THRESHOLD, RAVENSGILL_CONTRIB, RAVENSGILL_BY, DECISION_REF, VOTES, UNDECIDED, COUNT, MEMBERS, LIMITS, gbp, full } from "./common.mjs";

const FILE = DOCS.loomio;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = []; // rendering
const h = []; // html
const H = (s) => h.push(s);
const initials = (name) => name.split(/[ -]/).filter(Boolean).slice(0, 2).map((w) => w[0]).join("").toUpperCase();
const avatar = (name) => `<div class="user-avatar v-avatar" style="height:36px;min-width:36px;width:36px" title="${esc(name)}"><span class="user-avatar__initials">${initials(name)}</span></div>`;
const when = (rel, abs) => `<time class="time-ago" datetime="${abs[0]}" title="${esc(abs[1])}">${rel}</time>`;

const TITLE = "Route optimisation pilots: round 1 awards";
const rav = BIDS.find((b) => b.short === "Ravensgill"), har = BIDS.find((b) => b.short === "Harrowfell"), tam = BIDS.find((b) => b.short === "Tamsford"), sto = BIDS.find((b) => b.short === "Stowhithe");

H(`<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} | ${esc(BODY)} | Loomio</title>
<link rel="canonical" href="https://www.loomio.com/d/Qv7mR2xT/route-optimisation-pilots-round-1-awards">
<link rel="stylesheet" href="https://www.loomio.com/client/3.14.2/assets/app.8f2c1d.css">
<style>
.v-application{font-family:Roboto,sans-serif}.strand-card{max-width:760px;margin:0 auto}
.stance-icon{width:20px;height:20px;vertical-align:middle}.poll-common-chart-table td{padding:2px 8px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.time-ago{color:rgba(0,0,0,.6)}.strand-item--reply{margin-left:48px}
</style>
</head>
<body>
<div id="app" data-app="true" class="v-application v-application--is-ltr theme--light">
<div class="v-application--wrap">
<header class="lmo-navbar v-sheet v-app-bar v-app-bar--fixed theme--light" style="height:56px">
  <div class="v-toolbar__content">
    <button type="button" class="v-btn v-btn--icon" aria-label="Open sidebar"><span class="v-btn__content"><i class="mdi mdi-menu"></i></span></button>
    <a class="navbar__logo" href="/dashboard"><img src="https://www.loomio.com/brand/logo_sky.svg" alt="Loomio"></a>
    <div class="v-toolbar__title navbar__group-name">${esc(BODY)}</div>
    <div class="spacer"></div>
    <button type="button" class="v-btn v-btn--icon" aria-label="Search"><i class="mdi mdi-magnify"></i></button>
    <button type="button" class="v-btn v-btn--icon" aria-label="Notifications"><i class="mdi mdi-bell"></i><span class="v-badge__badge">3</span></button>
    <button type="button" class="v-btn v-btn--icon user-dropdown" aria-label="User menu">${avatar(O.wilfred.name)}</button>
  </div>
</header>
<nav class="sidenav-left v-navigation-drawer v-navigation-drawer--fixed theme--light" style="width:280px">
  <div class="v-list v-sheet theme--light">
    <a class="v-list-item" href="/dashboard"><div class="v-list-item__title">Recent threads</div></a>
    <a class="v-list-item" href="/inbox"><div class="v-list-item__title">Unread threads</div></a>
    <a class="v-list-item" href="/threads/direct"><div class="v-list-item__title">Direct threads</div></a>
    <hr class="v-divider">
    <div class="v-subheader">Groups</div>
    <a class="v-list-item" href="/lga-member-groups"><div class="v-list-item__title">LGA member groups</div></a>
    <a class="v-list-item v-list-item--active" href="/lga-member-groups/hsttg"><div class="v-list-item__title">${esc(BODY)}</div></a>
    <a class="v-list-item" href="/lga-member-groups/csfb"><div class="v-list-item__title">${esc(BOARD)}</div></a>
    <a class="v-list-item" href="/g/new"><div class="v-list-item__title">+ Start a new group</div></a>
  </div>
</nav>
<main class="v-main" style="padding:56px 0 0 280px"><div class="v-main__wrap"><div class="thread-page container">
<div class="strand-card v-card v-sheet theme--light">`);

// ---------------------------------------------------------------- the thread's context: the board paper
const P_ = (s, cls = "") => { H(`<p${cls ? ` class="${cls}"` : ""}>${s}</p>`); };
const line = (s) => out.push(s);
H(`<section class="context-panel" aria-label="Thread context">
<div class="context-panel__breadcrumb"><a href="/lga-member-groups">LGA member groups</a> <i class="mdi mdi-chevron-right"></i> <a href="/lga-member-groups/hsttg">${esc(BODY)}</a></div>
<h1 class="context-panel__heading text-h4">${esc(TITLE)}</h1>`);
line(TITLE);
H(`<div class="context-panel__details d-flex align-center">${avatar(O.oluwaseun.name)}<span class="context-panel__author"><a href="/u/obellchamber">${O.oluwaseun.name}</a></span> <span class="mx-1">·</span> ${when("9 days ago", ["2146-11-28T10:02:00Z", "Monday 28 November 2146 at 10:02"])} <span class="mx-1">·</span> <span class="context-panel__visibility"><i class="mdi mdi-lock-outline"></i> Members of ${esc(BODY)}</span></div>`);
line(`${O.oluwaseun.name} · 9 days ago · Members of ${BODY}`);
H(`<div class="lmo-markdown-wrapper context-panel__description">`);
const para = (s, htmlS) => { P_(htmlS ?? esc(s)); line(s); };
const labelled = (label, value) => { P_(`<strong>${esc(label)}</strong> ${esc(value)}`); line(`${label} ${value}`); };
H(`<h2>Item for decision between meetings</h2>`); line("Item for decision between meetings");
para(`At its meeting on 16 November 2146 (minute 4) the Task Group agreed to take the decision on the round 1 awards of the shared route optimisation pilots here on Loomio, because the awards come to more than ${gbp(LIMITS.chair)} and cannot wait until January.`);
labelled("Purpose of report:", "For decision.");
labelled("Summary:", `Four councils bid for ${gbp(ASKED)} from the ${FUND}'s round 1 allocation of ${gbp(ROUND1)} for shared route optimisation pilots. The assessment panel met on 25 November 2146 and recommends three awards totalling ${gbp(AWARDED)}.`);
labelled("Is this report confidential?", "No.");
labelled("Is this a key decision?", "No.");
H(`<p><strong>Recommendations:</strong> That the Task Group:</p>`); line("Recommendations: That the Task Group:");
const RECS = [
  `(a) awards ${gbp(har.award)} to ${har.council}, ${gbp(tam.award)} to ${tam.council} and ${gbp(rav.award)} to ${rav.council} for shared route optimisation pilots from January 2147;`,
  `(b) does not fund ${sto.council}'s bid of ${gbp(sto.asked)}, which scored ${sto.score} out of 100, below the threshold of ${THRESHOLD};`,
  `(c) carries the remaining ${gbp(LEFT)} of the round 1 allocation to round 2.`,
];
H(`<ul class="recommendations" style="list-style:none">`);
for (const r of RECS) { H(`<li>${esc(r)}</li>`); line(r); }
H(`</ul>`);
H(`<h3>The bids</h3>`); line("The bids");
para("Each bid was scored out of 100 by the assessment panel (the Senior Adviser, SEND Transport, the Finance Business Partner and two councils' transport managers who had not bid).");
H(`<table><thead><tr><th>Council</th><th>Pilot</th><th>Asked (£)</th><th>Score (out of 100)</th><th>Recommended (£)</th><th>Note</th></tr></thead><tbody>`);
line("Council | Pilot | Asked (£) | Score (out of 100) | Recommended (£) | Note");
for (const b of BIDS) {
  const cells = [b.council, b.pilot, b.asked.toLocaleString("en-GB"), String(b.score), b.award ? b.award.toLocaleString("en-GB") : "0", b.note];
  H(`<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`);
  line(cells.filter((c) => c !== "").join(" | "));
}
const tot = ["Total", "", ASKED.toLocaleString("en-GB"), "", AWARDED.toLocaleString("en-GB"), ""];
H(`<tr class="total">${tot.map((c) => `<td><strong>${esc(c)}</strong></td>`).join("")}</tr></tbody></table>`);
line(tot.filter((c) => c !== "").join(" | "));
H(`<h3>Financial implications</h3>`); line("Financial implications");
para(`The awards are met from the ${FUND}'s round 1 allocation of ${gbp(ROUND1)} in the programme budget for 2146/47. At its meeting on 16 November the Task Group required every council awarded a pilot to contribute at least 10 per cent of its award (minute 4(b)). Harrowfell and Tamsford have confirmed their contributions; Ravensgill has not yet done so.`);
H(`<h3>Contact officer</h3>`); line("Contact officer");
for (const [k, v] of [["Name:", O.juniper.name], ["Position:", O.juniper.post], ["Phone:", O.juniper.phone], ["Email:", O.juniper.email]]) {
  P_(`<strong>${k}</strong> ${k === "Email:" ? `<a href="mailto:${v}">${v}</a>` : esc(v)}`); line(`${k} ${v}`);
}
para("The proposal below is open until 5pm on Friday 2 December 2146. Please vote and give a reason; if you have declared an interest, please abstain.");
H(`</div>
<div class="action-dock d-flex"><button class="v-btn v-btn--text">Reply</button><button class="v-btn v-btn--text">React</button><button class="v-btn v-btn--text">Edit</button><button class="v-btn v-btn--text">Subscribed</button><button class="v-btn v-btn--text" aria-label="More actions">…</button></div>
</section>`);

// ---------------------------------------------------------------- the timeline
H(`<ol class="strand-list">`);
const event = (who, what, rel, abs, body, o = {}) => {
  H(`<li class="strand-item${o.reply ? " strand-item--reply" : ""}" id="${o.id ?? ""}"><div class="strand-item__row d-flex">${avatar(who)}<div class="strand-item__main">
<div class="strand-item__headline"><strong>${esc(who)}</strong> ${esc(what)} <span class="mx-1">·</span> ${when(rel, abs)}</div>`);
  line(`${who} ${what} · ${rel}`);
  if (body) for (const b of [].concat(body)) { H(`<div class="lmo-markdown-wrapper"><p>${esc(b)}</p></div>`); line(b); }
  if (!o.open) H(`<div class="action-dock"><button class="v-btn v-btn--text">Reply</button><button class="v-btn v-btn--text">React</button></div></div></div></li>`);
};
// the proposal (poll card)
H(`<li class="strand-item strand-item--poll" id="poll-8812"><div class="strand-item__row d-flex">${avatar(O.oluwaseun.name)}<div class="strand-item__main">
<div class="strand-item__headline"><strong>${O.oluwaseun.name}</strong> started a proposal <span class="mx-1">·</span> ${when("9 days ago", ["2146-11-28T10:05:00Z", "Monday 28 November 2146 at 10:05"])}</div>`);
line(`${O.oluwaseun.name} started a proposal · 9 days ago`);
const POLL = "Agree the round 1 awards of the route optimisation pilots";
H(`<div class="poll-common-card v-card v-sheet theme--light"><div class="poll-common-card__header">
<span class="poll-common-type-chip v-chip v-size--small">Proposal</span>
<h2 class="poll-common-card__title text-h5">${esc(POLL)}</h2>
<div class="poll-common-closing-at">Closed ${when("5 days ago", ["2146-12-02T17:00:00Z", "Friday 2 December 2146 at 17:00"])}</div></div>`);
line("Proposal"); line(POLL); line("Closed 5 days ago");
H(`<div class="poll-common-details lmo-markdown-wrapper">`);
para("Please vote on the recommendations in the thread above, as amended:");
const REC_D = `(d) holds ${rav.council}'s award until the council confirms its contribution of ${gbp(RAVENSGILL_CONTRIB)} in writing; the award lapses if it has not done so by ${RAVENSGILL_BY}.`;
H(`<ul style="list-style:none">`);
for (const r of [...RECS, REC_D]) { H(`<li>${esc(r)}</li>`); line(r); }
H(`</ul><p class="edited-indicator"><em>(edited)</em></p></div>`);
line("(edited)");
// results
const voted = VOTES.length, n = MEMBERS.length;
const pct = (k) => Math.round((100 * k) / voted) + "%";
const OPTS = [["Agree", "#00D177"], ["Abstain", "#F6A82B"], ["Disagree", "#F96168"], ["Block", "#CE261B"]];
H(`<div class="poll-common-card__results d-flex"><svg class="poll-proposal-chart" width="160" height="64" viewBox="0 0 160 64" role="img" aria-hidden="true">`);
let x = 0;
for (const [o, c] of OPTS) { const w = Math.round((160 * COUNT(o)) / voted); if (w) H(`<rect x="${x}" y="0" width="${w}" height="64" fill="${c}"></rect>`); x += w; }
H(`</svg><table class="poll-common-chart-table"><tbody>`);
for (const [o, c] of OPTS) {
  H(`<tr><td><span class="poll-common-chart-table__swatch" style="background:${c}"></span></td><td>${o}</td><td>${COUNT(o)}</td><td>${pct(COUNT(o))}</td></tr>`);
  line(`${o} | ${COUNT(o)} | ${pct(COUNT(o))}`);
}
H(`</tbody></table></div>`);
const turnout = `${voted} of ${n} members voted (${Math.round((100 * voted) / n)}%)`;
H(`<div class="poll-common-percent-voted">${turnout}</div>`); line(turnout);
// the votes
H(`<div class="poll-common-votes-panel"><h3 class="text-subtitle-1">Votes</h3><ul class="poll-common-votes-panel__stances">`);
line("Votes");
const STANCE_AGO = { thornycroft: ["7 days ago", "Wednesday 30 November 2146 at 12:20"], marrick: ["7 days ago", "Wednesday 30 November 2146 at 19:12"], fellgate: ["9 days ago", "Monday 28 November 2146 at 14:20"], strangeways: ["8 days ago", "Tuesday 29 November 2146 at 11:03"], tilsworth: ["6 days ago", "Thursday 1 December 2146 at 21:37"], rawcliffe: ["9 days ago", "Monday 28 November 2146 at 16:55"], quaife: ["7 days ago", "Wednesday 30 November 2146 at 15:26"], brimblecombe: ["5 days ago", "Friday 2 December 2146 at 12:09"], gethryn: ["9 days ago", "Monday 28 November 2146 at 11:30"], ugwuanyi: ["8 days ago", "Tuesday 29 November 2146 at 09:15"], yeoward: ["7 days ago", "Wednesday 30 November 2146 at 10:48"] };
for (const v of VOTES) {
  const name = full(v.k);
  const [rel, abs] = STANCE_AGO[v.k];
  H(`<li class="stance-item d-flex">${avatar(name)}<div><div class="stance-item__header"><img class="stance-icon" src="https://www.loomio.com/img/${v.stance.toLowerCase()}.svg" alt="${v.stance}"> <strong>${esc(name)}</strong> <span class="mx-1">·</span> ${when(rel, ["", abs])}</div>${v.reason ? `<div class="stance-item__reason lmo-markdown-wrapper"><p>${esc(v.reason)}</p></div>` : ""}</div></li>`);
  line([v.stance, `${name} · ${rel}`, v.reason].filter(Boolean).join(" | "));
}
H(`</ul><div class="poll-common-undecided-panel"><h4>Undecided (${UNDECIDED.length})</h4><ul>`);
line(`Undecided (${UNDECIDED.length})`);
for (const k of UNDECIDED) { H(`<li>${avatar(full(k))} ${esc(full(k))}</li>`); line(full(k)); }
H(`</ul></div></div></div>`);
H(`<div class="action-dock"><button class="v-btn v-btn--text">Show results</button><button class="v-btn v-btn--text">Export</button></div></div></div></li>`);

// comments, edits, the closing and the outcome
event(O.casimir.name, "commented", "8 days ago", ["2146-11-29T09:48:00Z", "Tuesday 29 November 2146 at 09:48"],
  `Confirming the figures: the round 1 allocation is ${gbp(ROUND1)}. If the three awards are agreed, ${gbp(LEFT)} remains and I will carry it to round 2. Ravensgill has not yet confirmed its 10 per cent contribution (${gbp(RAVENSGILL_CONTRIB)}); Harrowfell and Tamsford have.`);
event(full("quaife"), "commented", "7 days ago", ["2146-11-30T08:30:00Z", "Wednesday 30 November 2146 at 08:30"],
  `I propose an amendment: Ravensgill's award is held until the council confirms its ${gbp(RAVENSGILL_CONTRIB)} contribution in writing, and lapses if it has not done so by ${RAVENSGILL_BY}.`);
event(full("yeoward"), "replied to Barnaby Quaife", "7 days ago", ["2146-11-30T10:40:00Z", "Wednesday 30 November 2146 at 10:40"],
  "Support the amendment. Could we also ask the pilots to use zero-emission vehicles? None of the three bids says it will.", { reply: true });
event(full("thornycroft"), "edited the proposal", "7 days ago", ["2146-11-30T12:15:00Z", "Wednesday 30 November 2146 at 12:15"],
  `I have accepted Cllr Quaife's amendment and added it to the proposal as recommendation (d). On Cllr Yeoward's point, officers will bring a zero-emission vehicle condition for round 2 to our next meeting. Votes already cast stand unless you change them.`);
event(O.oluwaseun.name, "commented", "6 days ago", ["2146-12-01T16:00:00Z", "Thursday 1 December 2146 at 16:00"],
  "Reminder: the proposal closes at 5pm tomorrow, Friday 2 December. At least seven members must vote for the decision to stand; nine have voted so far.");
event("Loomio", "closed the proposal", "5 days ago", ["2146-12-02T17:00:00Z", "Friday 2 December 2146 at 17:00"], null);
const OUTCOME = [
  `Agreed by ${COUNT("Agree")} votes to ${COUNT("Disagree")}, with ${COUNT("Abstain")} abstentions (${voted} of the ${n} members voted). The Task Group:`,
  RECS[0],
  `(b) does not fund ${sto.council}'s bid;`,
  RECS[2].replace(/\.$/, ";"),
  `(d) holds Ravensgill's award until the council confirms its ${gbp(RAVENSGILL_CONTRIB)} contribution in writing; the award lapses if it has not done so by ${RAVENSGILL_BY}.`,
  `Officers will bring a zero-emission vehicle condition for round 2 to the next meeting. Decision reference ${DECISION_REF}, to be reported to the meeting on 25 January 2147.`,
];
H(`<li class="strand-item strand-item--outcome" id="outcome-2291"><div class="strand-item__row d-flex">${avatar(full("thornycroft"))}<div class="strand-item__main">
<div class="strand-item__headline"><strong>${esc(full("thornycroft"))}</strong> shared an outcome <span class="mx-1">·</span> ${when("2 days ago", ["2146-12-05T09:30:00Z", "Monday 5 December 2146 at 09:30"])}</div>
<div class="outcome-card v-card v-sheet theme--light" style="border-left:4px solid #00D177"><div class="v-card__title">Outcome</div><div class="lmo-markdown-wrapper">`);
line(`${full("thornycroft")} shared an outcome · 2 days ago`);
line("Outcome");
for (const o of OUTCOME) { H(`<p>${esc(o)}</p>`); line(o); }
H(`</div></div></div></div></li></ol>`);
H(`<div class="add-comment-panel"><textarea class="comment-form__textarea" placeholder="Say something…" aria-label="Add a comment"></textarea><button class="v-btn v-btn--contained">Post</button></div>
</div></div></div></main>
<footer class="lmo-footer"><a href="https://www.loomio.com">Powered by Loomio</a> · <a href="/help">Help</a> · <a href="/privacy">Privacy</a></footer>
</div></div>
<script src="https://www.loomio.com/client/3.14.2/assets/app.8f2c1d.js" defer></script>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} rendering lines)`);
