// Builds docs/libraries-panel-programme-update-slides-2098-11-12.html and its rendering in text/.
// Layout: A reveal.js PRESENTATION SAVED FROM THE BROWSER after it had run (so reveal's own controls,
// progress bar, slide number and an empty speaker-notes pane are in the markup): <div class="reveal">
// <div class="slides"> holding one <section> per slide, with VERTICAL SUB-SLIDES (a <section> of
// <section>s, one per workstream), FRAGMENTS (class="fragment" items revealed one by one), SPEAKER NOTES
// in <aside class="notes"> (hidden on screen, but in the page text) holding facts said only aloud, a
// status table whose ratings are one letter in a coloured circle (<span class="rag rag-a">A</span>) with
// the key on the slide under it, data-background colours, a footer <div> repeated on every slide, and the
// reveal.js initialise script. Rendering: slides in order, one heading, paragraph, list item or table row
// per line (cells " | "), each slide's notes after it under "Speaker notes:"; reveal's controls and the
// footer are left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-deck-revealjs-html.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, SHORT, OFFICERS as O, WORKSTREAMS, ACTIONS, BIDS, awardTotal, money } from "./common.mjs";

const BASE = "libraries-panel-programme-update-slides-2098-11-12";
const out = [];
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const FOOT = `<div class="plchp-footer"><span>${SHORT}</span> · <span>12 November 2098</span> · <span>Item 4</span></div>`;
let n = 0;
// slide: {h, sub, items:[string|{t, frag}], p:[...], table, key, notes:[...], bg, cls}
function slide(s, vertical = false) {
  n++;
  const parts = [];
  if (s.kicker) { parts.push(`<p class="kicker">${esc(s.kicker)}</p>`); out.push(s.kicker); }
  if (s.h) { parts.push(`<h${s.hl ?? 2}>${esc(s.h)}</h${s.hl ?? 2}>`); out.push(s.h); }
  for (const p of s.p ?? []) { parts.push(`<p>${esc(p)}</p>`); out.push(p); }
  if (s.items) {
    parts.push(`<ul>`);
    for (const it of s.items) {
      const o = typeof it === "string" ? { t: it } : it;
      parts.push(`  <li${o.frag ? ` class="fragment${o.frag === true ? "" : " " + o.frag}"` : ""}>${o.html ?? esc(o.t)}</li>`);
      out.push(o.t);
    }
    parts.push(`</ul>`);
  }
  if (s.table) parts.push(s.table);
  if (s.after) for (const p of s.after) { parts.push(`<p class="small">${esc(p)}</p>`); out.push(p); }
  if (s.notes) {
    parts.push(`<aside class="notes">\n${s.notes.map((x) => `<p>${esc(x)}</p>`).join("\n")}\n</aside>`);
    out.push("Speaker notes:", ...s.notes);
  }
  parts.push(FOOT);
  const attrs = [s.bg ? ` data-background-color="${s.bg}"` : "", s.id ? ` id="${s.id}"` : "", s.cls ? ` class="${s.cls}"` : ""].join("");
  return `<section${attrs}>\n${parts.join("\n")}\n</section>`;
}
const ragCell = (r) => `<td class="c"><span class="rag rag-${r[0].toLowerCase()}" title="${r}">${r[0]}</span></td>`;

const S = [];
S.push(slide({ cls: "title-slide", bg: "#3B1F4A", kicker: `${BODY} · Wednesday 12 November 2098 · Item 4`, h: "Library Renewal Programme", hl: 1, p: ["Progress update to the Panel", `${O.fairweather.name}, ${O.fairweather.post}`] }));
S.push(slide({ h: "At a glance", items: [
  { t: "2 of 5 workstreams Green, 2 Amber, 1 Red", frag: true },
  { t: `${money(awardTotal())} of Community Hubs Capital Fund round 1 recommended today (item 5)`, frag: true },
  { t: "36 councils now in the Shared eLending Consortium, up from 31 in June", frag: true },
  { t: "468,250 children completed the Read Ahead summer scheme", frag: true },
], notes: ["Keep this short. The round 1 awards are item 5, so members should not debate individual bids under this item.", "The consortium figure is at 30 September; two more councils (Wickmoor and Tansley) signed on 6 November, which makes 38."] }));

// status table
let tbl = `<table class="status">\n<thead><tr><th>Workstream</th><th>Lead officer</th><th>Lead member</th><th>Sept</th><th>Nov</th><th>Comment</th></tr></thead>\n<tbody>\n`;
out.push("Workstream status, November 2098");
out.push("Workstream | Lead officer | Lead member | Sept | Nov | Comment");
for (const w of WORKSTREAMS) {
  tbl += `<tr><td>${w.id} ${esc(w.name)}</td><td>${esc(w.lead)}</td><td>${esc(w.member)}</td>${ragCell(w.prev)}${ragCell(w.rag)}<td>${esc(w.note)}</td></tr>\n`;
  out.push(`${w.id} ${w.name} | ${w.lead} | ${w.member} | ${w.prev[0]} | ${w.rag[0]} | ${w.note}`);
}
tbl += `</tbody>\n</table>\n<p class="key"><span class="rag rag-g">G</span> on track <span class="rag rag-a">A</span> at risk, action in hand <span class="rag rag-r">R</span> off track, Panel decision needed</p>`;
out.splice(out.length - WORKSTREAMS.length - 2, 0); // (heading pushed below)
const statusSlide = (() => {
  n++;
  const o = out.splice(out.length - WORKSTREAMS.length - 2);
  out.push("Workstream status, November 2098", ...o.slice(1), "G on track A at risk, action in hand R off track, Panel decision needed");
  out.push("Speaker notes:", "WS4 has gone Amber only because the volunteer deep dive has moved to March. The Digital Champions course is on profile.");
  return `<section id="status">\n<h2>Workstream status, November 2098</h2>\n${tbl}\n<aside class="notes">\n<p>WS4 has gone Amber only because the volunteer deep dive has moved to March. The Digital Champions course is on profile.</p>\n</aside>\n${FOOT}\n</section>`;
})();
S.push(statusSlide);

// vertical stack: one slide per workstream
const V = [];
V.push(slide({ h: "WS1 Community hubs", items: [
  "Round 1 prospectus published on 24 September 2098 (action A98-07)",
  { t: "23 bids received by the 24 October deadline, asking for £7.9 million", frag: true },
  { t: `13 bids recommended, ${money(awardTotal())} in total: see item 5`, frag: true },
  { t: "Round 2 to open in April 2099", frag: true },
], notes: ["Awards are four weeks later than the original profile, which is why WS1 is Amber.", "Grant agreements go out by 5 December 2098 if the Panel agrees item 5."] }));
V.push(slide({ h: "WS2 Digital libraries", items: [
  "Further competition for the single e-lending platform launched on 3 October 2098 (action A98-09)",
  { t: "4 bids received on 31 October 2098; preferred supplier to be named in December", frag: true },
  { t: "Platform live on 2 February 2099", frag: true },
], notes: ["If asked about cost: the budget agreed on 17 September is £1.35 million over three years.", "Back to Green: the Amber in September was the risk to the tender timetable, which has now been met."] }));
V.push(slide({ h: "WS3 Extended access: recovery plan", items: [
  "140 hours a week added by 30 September 2098, against a profile of 300",
  { t: "Replacement door-entry framework call-off signed on 9 October 2098", frag: true },
  { t: "27 sites to be fitted by the end of March 2099", frag: true },
  { t: "Proposed: move the 600 hours target from March 2099 to June 2099", frag: "highlight-red" },
], notes: ["This is the recovery plan the Panel asked for on 17 September (action A98-10).", "Latest figure, not in the printed report: 188 hours a week at 7 November 2098.", "Cllr Wrenfield has seen the plan as lead member and supports the new date."] }));
V.push(slide({ h: "WS4 Workforce and volunteers", items: [
  "395 staff completed the Digital Champions course by 30 September (target 1,200)",
  { t: "Volunteer hours down for the third quarter running (LIB-09 Red)", frag: true },
  { t: "Deep dive with Cllr Abernethy-Cole moved to the March 2099 meeting", frag: true },
], notes: ["The deep dive moved because the volunteer survey closes on 16 January 2099 and we want its results in the report."] }));
V.push(slide({ h: "WS5 Reading and participation", items: [
  "Read Ahead: 468,250 children completed, against a target of 450,000",
  { t: "84% of users rate their library a warm and welcoming space (target 85%)", frag: true },
  { t: "Full Read Ahead evaluation from the Reading Futures Trust in January 2099", frag: true },
] }));
S.push(`<section>\n${V.join("\n")}\n</section>`);

// actions
const ST = { "A98-07": "Done", "A98-08": "Done", "A98-09": "Done", "A98-10": "Done – slide 4.3", "A98-11": "Moved to March 2099", "A98-12": "Overdue – letter with the Chair for signature" };
let at = `<table class="actions">\n<thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Status</th></tr></thead>\n<tbody>\n`;
const aout = ["Actions from 17 September 2098", "Ref | Action | Owner | Status"];
for (const a of ACTIONS) {
  at += `<tr><td>${a.ref}</td><td>${esc(a.text)}</td><td>${esc(a.owner)}</td><td>${esc(ST[a.ref])}</td></tr>\n`;
  aout.push(`${a.ref} | ${a.text} | ${a.owner} | ${ST[a.ref]}`);
}
at += `</tbody>\n</table>`;
n++;
out.push(...aout);
S.push(`<section id="actions">\n<h2>Actions from 17 September 2098</h2>\n${at}\n${FOOT}\n</section>`);

S.push(slide({ h: "Decisions for today", items: [
  "(a) note progress on the programme",
  "(b) agree to move the extended-access target of 600 hours a week from March 2099 to June 2099",
  "(c) note that the Community Hubs Capital Fund round 1 awards are for decision under item 5",
], notes: ["Recommendation (b) needs a decision; (a) and (c) are for noting."] }));
S.push(slide({ bg: "#3B1F4A", h: "Questions?", p: [`${O.fairweather.name}`, `${O.fairweather.email} · ${O.fairweather.phone}`, `Workstream leads: ${O.millington.name} (WS1, WS3), ${O.pemberton.name} (WS2)`] }));

const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>Library Renewal Programme – update to ${SHORT}, 12 November 2098</title>
<meta name="author" content="${O.fairweather.name}">
<link rel="stylesheet" href="dist/reset.css">
<link rel="stylesheet" href="dist/reveal.css">
<link rel="stylesheet" href="dist/theme/white.css" id="theme">
<link rel="stylesheet" href="plugin/highlight/monokai.css">
<style>
.reveal h1, .reveal h2 { color: #3B1F4A; text-transform: none; }
.reveal .title-slide h1, .reveal .title-slide p { color: #ffffff; }
.reveal .kicker { font-size: 0.5em; letter-spacing: 0.08em; text-transform: uppercase; }
.reveal table { font-size: 0.48em; }
.reveal table.status td.c { text-align: center; }
.rag { display: inline-block; width: 1.6em; height: 1.6em; line-height: 1.6em; border-radius: 50%; color: #fff; font-weight: 700; text-align: center; }
.rag-g { background: #2E7D32; } .rag-a { background: #E69B00; } .rag-r { background: #C62828; }
.reveal .key { font-size: 0.42em; }
.plchp-footer { position: absolute; bottom: -2.2em; left: 0; font-size: 0.35em; color: #777; }
.fragment.highlight-red.visible { color: #C62828; }
</style>
</head>
<body class="reveal-viewport theme-font-montserrat">
<div class="reveal slide center focused has-horizontal-slides has-vertical-slides ready" role="application" data-transition-speed="default" data-background-transition="fade">
<div class="slides" style="width: 1280px; height: 720px; inset: 50% auto auto 50%; transform: translate(-50%, -50%) scale(0.86);">
${S.join("\n")}
</div>
<div class="backgrounds"><div class="slide-background present" data-loaded="true" style="display: block;"><div class="slide-background-content" style="background-color: rgb(59, 31, 74);"></div></div></div>
<div class="progress" style="display: block;"><span style="transform: scaleX(0);"></span></div>
<aside class="controls" data-controls-layout="bottom-right" data-controls-back-arrows="faded" style="display: block;"><button class="navigate-left" aria-label="previous slide" disabled="disabled"><div class="controls-arrow"></div></button>
<button class="navigate-right enabled highlight" aria-label="next slide"><div class="controls-arrow"></div></button>
<button class="navigate-up" aria-label="above slide" disabled="disabled"><div class="controls-arrow"></div></button>
<button class="navigate-down" aria-label="below slide" disabled="disabled"><div class="controls-arrow"></div></button></aside>
<div class="slide-number" style="display: block;"><a href="#/"><span class="slide-number-a">1</span></a></div>
<div class="speaker-notes" data-prevent-swipe="" tabindex="0"></div>
<div class="pause-overlay"><button class="resume-button">Resume presentation</button></div>
<div class="aria-status" aria-live="polite" aria-atomic="true" style="position: absolute; height: 1px; width: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px);">Library Renewal Programme</div>
</div>
<script src="dist/reveal.js"></script>
<script src="plugin/notes/notes.js"></script>
<script src="plugin/highlight/highlight.js"></script>
<script>
  Reveal.initialize({
    hash: true, slideNumber: 'h.v', controls: true, progress: true, center: true,
    transition: 'slide', showNotes: false,
    plugins: [ RevealNotes, RevealHighlight ]
  });
</script>
</body>
</html>
`;
writeFileSync(join(root, "docs", BASE + ".html"), html);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html (${n} slides) and text/${BASE}.txt`);
