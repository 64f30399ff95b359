// Builds docs/psctg-webcast-2191-12-13.html and its rendering in text/.
// Layout: A WEBCASTING PORTAL'S ARCHIVE PAGE FOR ONE MEETING, SAVED FROM THE BROWSER ("Webpage, HTML
// only"): the invented CivicStream portal's markup – a "saved from url" comment, a skip link, the site
// header with a search form, a cookie banner, a breadcrumb, the meeting's title and a list of details
// (status, broadcast date and start time, duration, venue, archive expiry), the video player (a <video>
// element, its control bar with "00:00:00 / 01:52:06"), a notice that the webcast is not the official
// record, then THE AGENDA AS CHAPTERS OF THE RECORDING: each agenda point a list item whose start is A
// TIME CODE INTO THE RECORDING ("00:47:20", also as data-start="2840" seconds), NOT A CLOCK TIME (the
// broadcast started at 10:30am, so 00:47:20 is 11:17am); under each point a COLLAPSED DETAILS PANEL (class
// "cs-collapsed", shown when "Show details" is pressed) holding the clerk's summary and outcome and the
// point's SPEAKER EVENTS – a time code, the speaker's name and a role in brackets; an adjournment as an
// event of its own. Beside it an <aside> of SPEAKER CARDS (avatar, name, "Chair · Kestleford City
// Council · Conservative", "Spoke 6 times") and a list of documents with their types and sizes; the site
// footer and the player's script after.
// Rendering: from the title on – the details list, the notice, "Agenda", then per point its time code and
// title (" | "), its summary paragraphs and its speaker events ("00:47:31 | Caspian Bramwell-Ayre (Senior
// Adviser, Community Safety)"); then the speakers (name | description | count) and documents; the header,
// cookie banner, player controls, buttons and footer left out.
// Synthetic test fixture: every person, council and decision is invented.
//   node src/build-webcast-archive-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, HUB, FUND, MEMBERS, OFFICERS as O, HUB_MANAGER, cllr, council, ALL, hms, clock, ITEM5_AT, ADJOURN, DURATION, MEETINGS, longDate } from "./common.mjs";

const FILE = DOCS.webcast;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];

// speakers: key -> display name and the role shown in brackets after it
const SPK = {
  wolsingham: [cllr("wolsingham"), "Chair"],
  hollowbrook: [cllr("hollowbrook"), "Vice-Chair"],
  aldersey: [cllr("aldersey"), "Deputy Chair"],
  ockwell: [cllr("ockwell"), "Oxhaven"],
  farnaby: [cllr("farnaby"), "Wyrecastle"],
  seabright: [cllr("seabright"), "Marlhithe"],
  blencowe: [cllr("blencowe"), "Kestleford"],
  culverhouse: [cllr("culverhouse"), "Quistwell"],
  paskin: [cllr("paskin"), "Wyrecastle"],
  crimmond: [cllr("crimmond"), "Ebbersley"],
  ravenhill: [cllr("ravenhill"), "Pilkerton, substitute"],
  mn: [O.mn.name, O.mn.post],
  cba: [O.cba.name, O.cba.post],
  pem: [O.pem.name, O.pem.post],
  dgb: [O.dgb.name, O.dgb.post],
  hl: [O.hl.name, O.hl.post],
  rfo: [HUB_MANAGER.name, "Hub Manager, Joint Monitoring Hub"],
};
const t = (h, m, s) => h * 3600 + m * 60 + s;
const POINTS = [
  { no: "1", title: "Welcome, apologies, substitutes and declarations of interest", at: t(0, 1, 12),
    desc: [
      `Apologies were received from ${cllr("havergal")}, for whom ${cllr("ravenhill")} substituted, and from ${cllr("tuttlebury")}.`,
      `Declarations of interest: ${cllr("seabright")} declared an interest in item 5 as Marlhithe District Council's Cabinet Member for Highways, because of the proposal on S14 Marlhithe Old Ropewalk Underpass. He left the room for the decision on item 5 and did not vote.`,
    ],
    ev: [[t(0, 1, 15), "wolsingham"], [t(0, 2, 10), "hl"], [t(0, 3, 2), "seabright"]] },
  { no: "2", title: "Minutes of the meeting held on 11 October 2191", at: t(0, 4, 30),
    desc: ["The minutes of the meeting held on 11 October 2191 were agreed as a correct record."],
    ev: [[t(0, 4, 33), "wolsingham"]] },
  { no: "3", title: "Action log", at: t(0, 5, 48),
    desc: [`Members noted the action log. ${cllr("ockwell")} asked why CTA-22, the impact assessments for the ANPR-capable cameras, was still overdue; the Information Governance Manager would answer at item 6.`],
    ev: [[t(0, 6, 2), "mn"], [t(0, 9, 41), "ockwell"], [t(0, 12, 5), "wolsingham"]] },
  { no: "4", title: "CCTV Renewal Programme: quarter 2 2191/92 performance and camera sites", at: t(0, 14, 34),
    desc: [
      `${O.mn.name}, ${O.mn.post}, presented the report and the map of camera sites. ${cllr("blencowe")} said that Kestleford had now ordered the parts for the faulty cameras at S02.`,
      "Outcome: The Task Group noted the performance at quarter 2 2191/92 and the map of camera sites, and asked Kestleford City Council for a recovery plan for its camera fault backlog by 20 January 2192.",
    ],
    ev: [[t(0, 14, 40), "mn"], [t(0, 22, 18), "blencowe"], [t(0, 26, 5), "farnaby"], [t(0, 31, 50), "hollowbrook"], [t(0, 38, 27), "crimmond"], [t(0, 44, 12), "wolsingham"]] },
  { no: "5", title: `${HUB} phase 2 and ${FUND} round 2`, at: ITEM5_AT,
    desc: [
      `${O.cba.name}, ${O.cba.post}, presented the report, and ${HUB_MANAGER.name}, Hub Manager, described the Hub's readiness for phase 2. ${cllr("aldersey")} moved an amendment to recommendation (c), seconded by ${cllr("hollowbrook")}, to defer the decision on S14 until Marlhithe District Council has consulted residents on the underpass.`,
      `Outcome: The Task Group agreed recommendations (a), (b) and (d): phase 2 moves of the Kestleford, Oxhaven and Quistwell control rooms to the ${HUB} between 1 February and 30 April 2192; round 2 awards of £540,000; and £180,000 held as a contingency. On recommendation (c), as amended, it agreed to decommission S05 Ashwold Riverside Walk and S18 Ebbersley Cemetery Lane, and deferred the decision on S14 Marlhithe Old Ropewalk Underpass to the meeting on ${longDate(MEETINGS.march)}.`,
      `Agreed by 8 votes to 1 (${cllr("paskin")}), with 1 abstention (${cllr("culverhouse")}). ${cllr("seabright")} did not vote, having declared an interest.`,
    ],
    ev: [[t(0, 47, 31), "cba"], [t(0, 53, 10), "rfo"], [ADJOURN.from, "ADJ"], [t(1, 6, 22), "paskin"], [t(1, 9, 47), "culverhouse"], [t(1, 12, 30), "aldersey"], [t(1, 14, 2), "hollowbrook"], [t(1, 15, 58), "wolsingham"], [t(1, 17, 40), "pem"], [t(1, 19, 36), "wolsingham"]] },
  { no: "6", title: "Surveillance camera code: impact assessments for ANPR-capable cameras (oral update)", at: t(1, 21, 15),
    desc: [
      `${O.dgb.name}, ${O.dgb.post}, reported that Wyrecastle Borough Council had signed the impact assessment for the S10 cameras on 9 December 2191, but Quistwell Borough Council had not yet signed the one for S15.`,
      "Outcome: The Task Group agreed that the ANPR function of the cameras at S15 stays switched off until Quistwell's impact assessment is signed, and asked to be told when it is.",
    ],
    ev: [[t(1, 21, 30), "dgb"], [t(1, 30, 2), "ockwell"], [t(1, 34, 47), "culverhouse"], [t(1, 38, 20), "wolsingham"]] },
  { no: "7", title: "Work programme and date of the next meeting", at: t(1, 41, 3),
    desc: [`The next meeting will be held on ${longDate(MEETINGS.march)} at 10.30am. The deferred decision on S14 will be on its agenda, with the redeployable cameras policy.`],
    ev: [[t(1, 41, 10), "wolsingham"], [t(1, 44, 30), "hl"], [t(1, 51, 48), "wolsingham"]] },
];
const adjText = `Adjournment: the meeting was adjourned at ${clock(ADJOURN.from)}am because the webcast's sound failed, and resumed at ${clock(ADJOURN.to)}am (${hms(ADJOURN.from)} to ${hms(ADJOURN.to)}).`;

// ---------------------------------------------------------------- markup
const h = [];
h.push(`<!DOCTYPE html>
<!-- saved from url=(0058)https://lga.civicstream.tv/archive/webcast/88213/psctg-13 -->
<html lang="en-GB" class="cs js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(BODY)} - Tuesday 13 December 2191 | LGA webcasts</title>
<meta property="og:title" content="${esc(BODY)} - Tuesday 13 December 2191">
<link rel="stylesheet" href="./psctg-webcast-2191-12-13_files/civicstream.min.css">
<style>.cs-collapsed{display:none}.cs-point-head{display:flex;gap:.5rem}.cs-tc{font-variant-numeric:tabular-nums;color:#00629b}.cs-cookie{position:fixed;bottom:0}</style>
<script async src="./psctg-webcast-2191-12-13_files/analytics.js"></script>
</head>
<body class="cs-archive cs-webcast-88213">
<a class="cs-skip" href="#cs-main">Skip to main content</a>
<header class="cs-header"><div class="cs-brand"><a href="https://lga.civicstream.tv/"><img src="./psctg-webcast-2191-12-13_files/lga-logo.svg" alt="Local Government Association"></a><span class="cs-brand-sub">Webcasts</span></div>
<nav class="cs-nav" aria-label="Main"><ul><li><a href="https://lga.civicstream.tv/">Home</a></li><li><a href="https://lga.civicstream.tv/live">Live and upcoming</a></li><li class="active"><a href="https://lga.civicstream.tv/archive">Archive</a></li><li><a href="https://lga.civicstream.tv/help">Help</a></li></ul></nav>
<form class="cs-search" role="search" action="https://lga.civicstream.tv/search"><label for="q" class="cs-vh">Search webcasts</label><input id="q" name="q" type="search" placeholder="Search webcasts"><button type="submit">Search</button></form></header>
<div class="cs-cookie" role="dialog" aria-label="Cookies"><p>We use cookies to make this site work and to count visits.</p><button>Accept all</button> <button>Reject</button></div>
<main id="cs-main" class="cs-main">
<nav class="cs-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="https://lga.civicstream.tv/">Home</a></li><li><a href="https://lga.civicstream.tv/archive">Archive</a></li><li aria-current="page">${esc(BODY)}</li></ol></nav>
<div class="cs-layout"><div class="cs-primary">`);
const title = `${BODY} - Tuesday 13 December 2191`;
h.push(`<h1 class="cs-title">${esc(title)}</h1>`);
out.push(title);
const META = [["Status", "Archived"], ["Broadcast", "Tuesday 13 December 2191, 10:30am"], ["Duration", hms(DURATION)], ["Venue", "Council Chamber, Brantmoor Civic Centre"], ["Available until", "13 June 2192"]];
h.push(`<ul class="cs-meta">${META.map(([k, v]) => `<li><span class="cs-meta-label">${esc(k)}</span> <span class="cs-meta-value">${esc(v)}</span></li>`).join("")}</ul>`);
for (const [k, v] of META) out.push(`${k} | ${v}`);
h.push(`<div class="cs-player" data-webcast="88213" data-duration="${DURATION}"><video id="cs-video" preload="none" poster="./psctg-webcast-2191-12-13_files/poster.jpg" playsinline><source src="https://media.civicstream.tv/lga/88213/index.m3u8" type="application/x-mpegURL">Your browser cannot play this webcast.</video>
<div class="cs-controls"><button class="cs-play" aria-label="Play"></button><span class="cs-clock"><span class="cs-now">00:00:00</span> / <span class="cs-total">${hms(DURATION)}</span></span><input class="cs-seek" type="range" min="0" max="${DURATION}" value="0" aria-label="Seek"><button aria-label="Subtitles">CC</button><button aria-label="Full screen"></button></div></div>`);
const notice = "This webcast is not the official record of the meeting. The minutes, once approved, are the official record.";
h.push(`<p class="cs-notice">${esc(notice)}</p>`);
out.push(notice);
h.push(`<section class="cs-agenda" aria-labelledby="cs-agenda-h"><h2 id="cs-agenda-h">Agenda</h2><p class="cs-hint">Select a time to play the webcast from that point.</p><ol class="cs-points">`);
out.push("Agenda");
for (const p of POINTS) {
  h.push(`<li class="cs-point" id="point-${p.no}" data-start="${p.at}"><div class="cs-point-head"><a class="cs-tc" href="#t=${p.at}" data-seek="${p.at}">${hms(p.at)}</a> <span class="cs-point-title">${esc(p.no + " " + p.title)}</span> <button class="cs-toggle" aria-expanded="false" aria-controls="point-${p.no}-body">Show details</button></div>`);
  out.push(`${hms(p.at)} | ${p.no} ${p.title}`);
  h.push(`<div class="cs-point-body cs-collapsed" id="point-${p.no}-body"><div class="cs-desc">${p.desc.map((d) => `<p>${esc(d)}</p>`).join("")}</div><ul class="cs-events">`);
  out.push(...p.desc);
  for (const [at, k] of p.ev) {
    if (k === "ADJ") {
      h.push(`<li class="cs-event cs-event-adjourn" data-start="${at}"><a class="cs-tc" href="#t=${at}" data-seek="${at}">${hms(at)}</a> <span class="cs-adjourn">${esc(adjText)}</span></li>`);
      out.push(`${hms(at)} | ${adjText}`);
      continue;
    }
    const [n, role] = SPK[k];
    h.push(`<li class="cs-event" data-start="${at}"><a class="cs-tc" href="#t=${at}" data-seek="${at}">${hms(at)}</a> <span class="cs-spk">${esc(n)}</span> <span class="cs-role">(${esc(role)})</span></li>`);
    out.push(`${hms(at)} | ${n} (${role})`);
  }
  h.push(`</ul></div></li>`);
}
h.push(`</ol></section></div>`);

// ---------------------------------------------------------------- aside: speakers and documents
const counts = {};
for (const p of POINTS) for (const [, k] of p.ev) if (k !== "ADJ") counts[k] = (counts[k] ?? 0) + 1;
const member = (k) => MEMBERS.find((m) => m.k === k);
const describe = (k) => {
  if (ALL[k]) {
    const m = member(k);
    const role = m ? (m.role !== "Member" ? m.role : m.lead ? `Lead member for ${m.lead}` : "Member") : "Substitute";
    return `${role} · ${council(k)} · ${ALL[k].group}`;
  }
  if (k === "rfo") return HUB_MANAGER.post;
  return SPK[k][1] + " · Local Government Association";
};
h.push(`<aside class="cs-secondary"><section class="cs-speakers" aria-labelledby="cs-spk-h"><h2 id="cs-spk-h">Speakers</h2><ul>`);
out.push("Speakers");
const order = Object.keys(SPK).filter((k) => counts[k]);
for (const k of order) {
  const [n] = SPK[k];
  const initials = n.replace(/^(Cllr|Chief Inspector) /, "").split(/[\s-]+/).map((w) => w[0]).join("").slice(0, 2);
  const c = `Spoke ${counts[k]} time${counts[k] > 1 ? "s" : ""}`;
  h.push(`<li class="cs-card"><span class="cs-avatar" aria-hidden="true">${initials}</span><div class="cs-card-text"><a class="cs-name" href="#speaker-${k}">${esc(n)}</a><span class="cs-desc">${esc(describe(k))}</span><span class="cs-count">${c}</span></div></li>`);
  out.push(`${n} | ${describe(k)} | ${c}`);
}
h.push(`</ul></section><section class="cs-docs" aria-labelledby="cs-docs-h"><h2 id="cs-docs-h">Documents</h2><ul>`);
out.push("Documents");
const DOCLIST = [["Agenda pack, 13 December 2191", "DOCX, 31 KB"], ["Appendix B: camera sites map", "PDF, 412 KB"], ["Minutes", "Not yet published"]];
for (const [a, b] of DOCLIST) {
  h.push(`<li>${b.startsWith("Not") ? `<span class="cs-doc">${esc(a)}</span>` : `<a class="cs-doc" href="https://lga.civicstream.tv/archive/webcast/88213/documents/${encodeURIComponent(a)}">${esc(a)}</a>`} <span class="cs-file">${esc(b)}</span></li>`);
  out.push(`${a} | ${b}`);
}
h.push(`</ul></section></aside></div></main>
<footer class="cs-footer"><ul><li><a href="https://lga.civicstream.tv/accessibility">Accessibility</a></li><li><a href="https://lga.civicstream.tv/privacy">Privacy and cookies</a></li><li><a href="https://lga.civicstream.tv/terms">Terms of use</a></li></ul><p>Webcasting by CivicStream · © Local Government Association 2191</p></footer>
<script src="./psctg-webcast-2191-12-13_files/civicstream-player.min.js"></script>
<script>CS.player.init({ id: 88213, el: "#cs-video", startAt: 0 }); document.querySelectorAll(".cs-toggle").forEach(function (b) { b.addEventListener("click", function () { var p = document.getElementById(b.getAttribute("aria-controls")); p.classList.toggle("cs-collapsed"); b.setAttribute("aria-expanded", String(!p.classList.contains("cs-collapsed"))); b.textContent = p.classList.contains("cs-collapsed") ? "Show details" : "Hide details"; }); });</script>
</body></html>
`);
writeFileSync(join(root, "docs", FILE), h.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote docs/" + FILE + " and text/" + BASE + ".txt");
