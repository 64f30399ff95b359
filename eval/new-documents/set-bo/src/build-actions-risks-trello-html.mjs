// Builds docs/cdtg-actions-and-risks-trello-2263-12-10.html and its rendering in text/.
// Layout: A TRELLO BOARD SAVED FROM THE BROWSER ("Save page as… Webpage, HTML only", Thursday 10 December
// 2263): the Task Group's action log and risk register kept as a kanban board. The React app's markup
// (data-testid attributes, no tables, no headings but the board's name and the lists' names), the
// Atlassian top bar and the board header (workspace, visibility, members as avatars of initials whose
// names are only in title attributes, Power-Ups, Automation, Filters) before the board. AN ACTION'S
// STATE IS ONLY THE LIST IT SITS IN ("Actions – not started", "– in progress", "– blocked", "– done");
// a card's front shows its labels (the minute it came from; a risk's rating as a coloured label named
// Red / Amber / Green / Closed), its title, badges – A DUE DATE WITHOUT A YEAR ("21 Jan"; whether it is
// done, due soon or overdue only in a class name and a title attribute), checklist progress ("2/5"),
// comment counts, custom fields shown on the front ("Likelihood: 4", "Score: 16", "Trend: Worse",
// "Blocker: …") – and ITS OWNER ONLY AS AN AVATAR OF INITIALS ("KO"). The board menu is open beside the
// lists: "About this board" (the description, which keys the initials to names and gives the scoring
// bands) and the Activity feed (who moved which card where, with dates written "8 Dec 2263, 16:40").
// Rendering: the board's name, then each list's name and each card as "labels | title | badges |
// initials" in page order, then the description's paragraphs and the activity items; the top bar, the
// board header's buttons and the composer links left out.
// Synthetic test fixture: every person, figure, risk and action is invented.
//   node src/build-actions-risks-trello-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, P, cllr, OFFICERS as O, ACTIONS, RISKS } from "./common.mjs";

const FILE = DOCS.trello;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const h = [], out = [];
const H = (s) => h.push(s);
const BOARD_NAME = "CDTG – actions and risks 2263/64";
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dueText = (ddmmyyyy) => { const [d, m] = ddmmyyyy.split("/"); return `${Number(d)} ${MON[Number(m) - 1]}`; };
const person = (k) => (O[k] ? { name: O[k].name, ini: O[k].ini, user: O[k].user } : { name: `${P[k].fore} ${P[k].sur}`, ini: "FK", user: "ffionkitteridge" });
let n = 0;
const cardId = () => (0x64f1a2c0 + ++n * 104729).toString(16) + "e3b1";
const avatar = (k) => { const p = person(k); return `<span class="member" data-testid="card-front-member" title="${esc(p.name)} (${p.user})"><span class="member-initials" aria-label="${esc(p.name)} (${p.user})">${p.ini}</span></span>`; };
const LABEL_COLOUR = { "Minute 3": "green", "Minute 4": "blue", "Minute 5": "purple", "Minute 6": "sky", "Minute 7": "orange", "Minute 8": "pink", "From September": "black", Red: "red", Amber: "yellow", Green: "green_dark", Closed: "black_light" };
const label = (t) => `<button class="card-label" data-testid="compact-card-label" data-color="${LABEL_COLOUR[t] ?? "lime"}" aria-label="Color: ${LABEL_COLOUR[t] ?? "lime"}, title: “${esc(t)}”"><span class="label-text">${esc(t)}</span></button>`;

// a card: labels, title, badges [{cls, title, text}], owner keys
function card({ labels, title, badges, owners }) {
  H(`<li class="card-wrapper" data-testid="list-card-wrapper"><div class="list-card" data-testid="list-card" data-card-id="${cardId()}"><a class="card-link" href="/c/${cardId().slice(0, 8)}/${esc(title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60))}">`);
  H(`<div class="card-front-labels" data-testid="card-front-labels">${labels.map(label).join("")}</div>`);
  H(`<span class="card-name" data-testid="card-name">${esc(title)}</span>`);
  H(`<div class="badges" data-testid="card-front-badges">${badges.map((b) => `<span class="badge ${b.cls ?? ""}" data-testid="${b.testid ?? "badge"}"${b.title ? ` title="${esc(b.title)}"` : ""}><span class="badge-icon icon-${b.icon ?? "custom"}" aria-hidden="true"></span>${b.text ? `<span class="badge-text">${esc(b.text)}</span>` : ""}</span>`).join("")}</div>`);
  H(`<div class="card-front-members" data-testid="card-front-member-list">${owners.map(avatar).join("")}</div>`);
  H(`</a></div></li>`);
  out.push([...labels, title, ...badges.filter((b) => b.text).map((b) => b.text), ...owners.map((k) => person(k).ini)].join(" | "));
}
function list(name, cards) {
  H(`<li class="list-wrapper" data-testid="list-wrapper"><div class="list" data-testid="list"><div class="list-header" data-testid="list-header"><h2 class="list-name" data-testid="list-name">${esc(name)}</h2><button class="list-menu" aria-label="List actions">…</button></div><ol class="list-cards" data-testid="list-cards">`);
  out.push(name);
  cards();
  H(`</ol><div class="list-footer"><button class="add-card" data-testid="list-add-card-button">+ Add a card</button></div></div></li>`);
}

const TODAY = "10/12/2263";
const days = (ddmmyyyy) => { const [d, m, y] = ddmmyyyy.split("/").map(Number); return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(2263, 11, 10)) / 86400000); };
function dueBadge(a) {
  const dl = days(a.due);
  const state = a.state === "done" ? ["due-complete", "This card is complete."] : dl < 0 ? ["due-past", "This card is past due."] : dl <= 14 ? ["due-soon", "This card is due soon."] : ["due-later", "This card is due later."];
  return { cls: state[0], title: state[1], text: dueText(a.due), icon: "clock", testid: "badge-due-date" };
}
const actionCard = (a) => {
  const badges = [dueBadge(a)];
  if (a.checklist) badges.push({ text: a.checklist, icon: "checklist", title: "Checklist items", testid: "checklist-badge" });
  if (a.why) badges.push({ text: `Blocker: ${a.why}`, testid: "custom-field-badge" });
  if (a.state === "blocked" || a.ref === "CDA-49") badges.push({ text: a.ref === "CDA-49" ? "2" : "3", icon: "comment", title: "Comments", testid: "badge-comments" });
  card({ labels: [a.from ? "From September" : `Minute ${a.min}`], title: `${a.ref} ${a.action}`, badges, owners: [a.owner] });
};
const riskCard = (r) => card({
  labels: [r.closed ? "Closed" : r.rating],
  title: `${r.ref} ${r.title}`,
  badges: [
    { text: `Likelihood: ${r.l}`, testid: "custom-field-badge" },
    { text: `Impact: ${r.i}`, testid: "custom-field-badge" },
    { text: `Score: ${r.score}`, testid: "custom-field-badge" },
    r.closed ? { text: `Closed: ${r.closed.replace("September", "Sep")}`, testid: "custom-field-badge" } : { text: `Trend: ${r.trend}`, testid: "custom-field-badge" },
  ],
  owners: [r.owner],
});

// ---------------------------------------------------------------- page
const boardMembers = ["delphine", "kwabena", "morwenna", "lavinia", "benedict", "kitteridge"];
H(`<!DOCTYPE html>
<html lang="en-GB" class="js chrome body-board-view">
<!-- saved from url=(0062)https://trello.com/b/Vq3nR8sT/cdtg-actions-and-risks-2263-64 -->
<head>
<meta charset="utf-8">
<title>${esc(BOARD_NAME)} | Trello</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://trello.com/assets/css/app.7f3c91e0.css">
<style>.list{width:272px}.badge.due-past{background:#ffd5d2}.badge.due-complete{background:#baf3db}.badge.due-soon{background:#f8e6a0}.card-label[data-color=red]{background:#f87168}.card-label[data-color=yellow]{background:#f5cd47}</style>
<script>window.__TRELLO_BOOTSTRAP__={"locale":"en-GB","memberId":"5f0e7a3c9b2d","boardId":"Vq3nR8sT","features":{"butler":true,"customFields":true}};</script>
</head>
<body class="body-dark-board-background" style="background-color:#0055cc">
<div id="trello-root">
<header class="atlassian-navigation" data-testid="header-container" role="banner">
  <a class="logo" href="/" aria-label="Back to home">Trello</a>
  <nav class="header-menu"><button>Workspaces</button><button>Recent</button><button>Starred</button><button>Templates</button><button class="create">Create</button></nav>
  <input type="search" placeholder="Search" aria-label="Search">
  <button aria-label="Notifications">🔔</button>
  <span class="member" title="${esc(O.delphine.name)} (${O.delphine.user})"><span class="member-initials">DA</span></span>
</header>
<div class="board-wrapper">
<div class="board-main-content">
<div class="board-header" data-testid="board-header">
  <h1 class="board-name" data-testid="board-name-display">${esc(BOARD_NAME)}</h1>
  <button class="board-header-btn" aria-label="Star or unstar board">☆</button>
  <button class="board-header-btn" data-testid="board-visibility-option" aria-label="Workspace visible">Workspace visible</button>
  <span class="board-header-workspace">Rescue Ready Programme</span>
  <div class="board-header-members" data-testid="board-facepile">${boardMembers.map((k) => { const p = person(k); return `<span class="member" title="${esc(p.name)} (${p.user})"><span class="member-initials">${p.ini}</span></span>`; }).join("")}</div>
  <button class="board-header-btn">Power-Ups</button><button class="board-header-btn">Automation</button><button class="board-header-btn">Filters</button><button class="board-header-btn">Share</button>
</div>
<div id="board" class="board-canvas" data-testid="board-canvas"><ol class="lists" data-testid="lists">`);
out.push(BOARD_NAME);
const byState = (s) => ACTIONS.filter((a) => a.state === s);
list("Actions – not started", () => byState("todo").forEach(actionCard));
list("Actions – in progress", () => byState("progress").forEach(actionCard));
list("Actions – blocked", () => byState("blocked").forEach(actionCard));
const DONE_ORDER = ["CDA-55", "CDA-44", "CDA-51", "CDA-56"]; // most recently moved first
list("Actions – done", () => DONE_ORDER.map((r) => ACTIONS.find((a) => a.ref === r)).forEach(actionCard));
list("Risk register", () => RISKS.filter((r) => !r.closed).sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref)).forEach(riskCard));
list("Closed risks", () => RISKS.filter((r) => r.closed).forEach(riskCard));
H(`<li class="list-wrapper mod-add"><button class="open-add-list" data-testid="list-composer-button">+ Add another list</button></li>
</ol></div>
</div>`);

// ---------------------------------------------------------------- board menu (open)
const ABOUT = [
  `Action log and risk register of the ${BODY}, kept up to date between meetings by the Programme Manager. Actions are numbered CDA-; risks R1 to R7.`,
  `Owners are shown by their initials: DA ${O.delphine.name}, ${O.delphine.post} · KO ${O.kwabena.name}, ${O.kwabena.post} · MI ${O.morwenna.name}, ${O.morwenna.post} · LS ${O.lavinia.name}, ${O.lavinia.post} · BO ${O.benedict.name}, ${O.benedict.post} · FK ${cllr("kitteridge")}, lead member for rural coverage.`,
  "Risk score = likelihood × impact, each scored 1 to 5: 1–6 green, 8–12 amber, 15–25 red. The coloured label on a risk card is its current rating; a card in Closed risks is no longer scored.",
];
const ACTIVITY = [
  ["delphine", "moved CDA-52 Confirm Penstone Village Hall Trust's landowner consent and put the award to the Chair from Actions – in progress to Actions – blocked", "8 Dec 2263, 16:40"],
  ["delphine", "on CDA-52: The landowner's solicitors have asked for a revised plan of the cabinet's position; consent will not come before the new year.", "8 Dec 2263, 16:38"],
  ["benedict", "moved CDA-55 Set up the public Q&A on Slido and publish the answers from Actions – in progress to Actions – done", "7 Dec 2263, 10:02"],
  ["delphine", "moved CDA-44 Launch the guardians' weekly check app in all 12 areas from Actions – in progress to Actions – done", "30 Nov 2263, 09:15"],
  ["lavinia", "moved CDA-51 Prepare a comparison of terms of reference versions 2.0 and 3.0 for the Board from Actions – in progress to Actions – done", "25 Nov 2263, 14:20"],
  ["morwenna", "added R7 Single supplier of replacement pads raises prices by 18% from January to Risk register", "19 Nov 2263, 11:48"],
  ["lavinia", "on CDA-47: Second letter sent to the Minister on 16 November; still no reply.", "16 Nov 2263, 15:05"],
  ["kwabena", "changed Score on R2 Pads and batteries expire before they are replaced to 16", "13 Nov 2263, 09:30"],
];
H(`<aside class="board-menu" data-testid="board-menu" aria-label="Menu">
<div class="board-menu-header"><h2 class="board-menu-title">Menu</h2><button aria-label="Close menu">×</button></div>
<section class="board-menu-section" data-testid="about-this-board"><h3 class="board-menu-section-title">About this board</h3>
<div class="board-admins">Board admins: <span class="member" title="${esc(O.delphine.name)} (${O.delphine.user})"><span class="member-initials">DA</span></span></div>
<div class="board-description markdown" data-testid="board-description">${ABOUT.map((p) => `<p>${esc(p)}</p>`).join("")}</div></section>
<section class="board-menu-section" data-testid="board-activity"><h3 class="board-menu-section-title">Activity</h3><ul class="activity-list">`);
out.push("About this board", ...ABOUT, "Activity");
for (const [k, what, when] of ACTIVITY) {
  const p = person(k);
  H(`<li class="phenom" data-testid="activity-item">${avatar(k)}<div class="phenom-desc"><span class="inline-member">${esc(p.name)}</span> ${esc(what)}</div><div class="phenom-meta"><time class="date" datetime="${when}">${esc(when)}</time></div></li>`);
  out.push(`${p.name} ${what} | ${when}`);
}
H(`</ul><button class="show-more">View all activity…</button></section>
</aside>
</div>
</div>
</body>
</html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
