// Builds docs/tphljc-members-workshop-mentimeter-results-2311-11-23.html and its rendering in text/.
// Layout: A MENTIMETER PRESENTATION'S RESULTS PAGE SAVED FROM THE BROWSER ("Web page, complete"): the
// app's top bar and side menu before the content; the presentation's title, presenter, date and a
// participants count beside an icon; then ONE CARD PER SLIDE in slide order, each with its type
// ("Multiple Choice", "Scales", "Ranking", "Word Cloud", "Open Ended"), its question and a votes count:
// multiple-choice results as bars WHOSE NUMBER IS PRINTED ABOVE THE BAR AND THE OPTION UNDER IT (so the
// count comes before its label); scales as one track per statement, the scale's ends "1" and "5"
// around THE AVERAGE, PLACED ON THE TRACK BY A CSS left: VALUE; a ranking as an ordered list of options
// WITH NO RANK NUMBERS, THE RANK ONLY THE ORDER (and a bar width); a word cloud WHOSE FREQUENCIES EXIST
// ONLY AS font-size; open-ended answers as anonymous cards. "Voting closed" badges, Mentimeter's footer.
// Rendering: from the title on, each label, question and result line as shown (a bar as "count |
// option", a scale row as "statement | 1 | average | 5", ranking options a line each in order, the
// word cloud's words on one line), menus and footer left out.
// Synthetic test fixture: every person, council, figure and answer is invented.
//   node src/build-mentimeter-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, SHORT, BODY, OFFICERS as O, WORKSHOP } from "./common.mjs";

const FILE = DOCS.menti, BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const out = [];
const h = [];
const slides = [];
let sn = 0;
const card = (type, q, votes, inner, lines) => {
  sn++;
  slides.push(`<section class="result-card" data-slide-index="${sn - 1}" aria-labelledby="q${sn}"><header class="card-head"><span class="slide-no">${sn}</span><span class="slide-type">${type}</span><span class="badge badge--closed">Voting closed</span></header><h2 id="q${sn}" class="question">${x(q)}</h2>${inner}<p class="votes"><svg class="icon" aria-hidden="true" width="14" height="14"><circle cx="7" cy="7" r="6"/></svg>${votes}</p></section>`);
  out.push(`${sn} | ${type} | Voting closed`, q, ...lines, votes);
};
const bars = (rows) => {
  const max = Math.max(...rows.map((r) => r[1]));
  return [`<div class="bars">${rows.map(([label, n]) => `<div class="bar-col"><span class="bar-value">${n}</span><div class="bar" style="height:${Math.round((n / max) * 180)}px;background:#5769e7"></div><span class="bar-label">${x(label)}</span></div>`).join("")}</div>`, rows.map(([l, n]) => `${n} | ${l}`)];
};

const wav = Object.entries(WORKSHOP.wav);
let [inner, lines] = bars(wav);
card("Multiple Choice", "Should every new hackney carriage licensed from 1 April 2313 be wheelchair accessible?", "13 votes", inner, lines);

const scales = [["CCTV should be mandatory in all licensed vehicles", "3.9"], ["The vehicle age limit should be the same in all five councils", "4.6"], ["New drivers should pass a local knowledge test", "2.8"], ["Private hire drivers should display a photo badge", "4.2"]];
card("Scales", "How far do you agree? (1 = strongly disagree, 5 = strongly agree)", "13 responses",
  `<div class="scales">${scales.map(([s, a]) => `<div class="scale-row"><p class="statement">${x(s)}</p><div class="track"><span class="end end--min">1</span><span class="avg" style="left:${((a - 1) / 4 * 100).toFixed(1)}%">${a}</span><span class="end end--max">5</span></div></div>`).join("")}</div>`,
  scales.map(([s, a]) => `${s} | 1 | ${a} | 5`));

const rank = [["Safeguarding training for every driver", 94], ["One set of driver conditions across the five councils", 81], ["More wheelchair-accessible vehicles", 66], ["Cleaner vehicles (ultra low emission)", 47], ["A local knowledge test for new drivers", 22]];
card("Ranking", "Rank our priorities for 2312", "12 votes",
  `<ol class="ranking" style="list-style:none">${rank.map(([r, w]) => `<li class="rank-item"><span class="rank-label">${x(r)}</span><div class="rank-bar" style="width:${w}%"></div></li>`).join("")}</ol>`,
  rank.map(([r]) => r));

[inner, lines] = bars(Object.entries(WORKSHOP.fareOption).map(([k, n]) => [{ A: "Option A – about 5%", B: "Option B – about 10%", C: "Option C – no change" }[k], n]));
card("Multiple Choice", "Which fare option do you lean towards? (indicative only – the decision is for the Joint Committee in January)", "13 votes", inner, lines);

const cloud = [["safety", 64], ["costs", 48], ["shortage", 40], ["fair", 30], ["ageing", 24], ["trust", 22], ["night-time", 18], ["accessible", 18], ["insurance", 14], ["community", 12], ["fuel", 12], ["licensing", 10]];
card("Word Cloud", "One word for the taxi trade in our area", "13 participants · 31 words",
  `<div class="cloud">${cloud.map(([w, s]) => `<span class="cloud-word" style="font-size:${s}px">${w}</span>`).join(" ")}</div>`,
  [cloud.map(([w]) => w).join(" ")]);

const open = ["Drivers' fuel and insurance costs since the last review in 2309", "What passengers on low incomes and disabled passengers can afford", "Whether the night tariff should start at 22:00 or 23:00", "Compare with the fares of the neighbouring councils", "Waiting-time charges at hospitals", "Keep private hire fares in step"];
card("Open Ended", "What should the fare review take into account?", "6 responses",
  `<ul class="open-answers">${open.map((a) => `<li class="answer-card"><p>${x(a)}</p></li>`).join("")}</ul>`, open);

const title = `${SHORT} members' workshop: taxi policy review`;
h.push(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${x(title)} – Results – Mentimeter</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- saved from url=(0061)https://www.mentimeter.com/app/presentation/al7k2q9xw3/results -->
<link rel="stylesheet" href="./${BASE}_files/app.4f1c2e.css">
<style>body{font-family:MentiText,Arial,sans-serif;margin:0;background:#f4f4f8}.top-bar{display:flex;gap:16px;padding:10px 20px;background:#fff}.result-card{background:#fff;margin:16px auto;max-width:880px;padding:20px;border-radius:12px}.bars{display:flex;align-items:flex-end;gap:24px;height:240px}.bar-col{display:flex;flex-direction:column;align-items:center}.track{position:relative;height:28px;border-bottom:2px solid #ccc}.avg{position:absolute;top:0}.end--max{position:absolute;right:0}.cloud-word{margin:0 6px;color:#196cff}.badge--closed{background:#eee;border-radius:8px;padding:2px 8px}</style>
<script src="./${BASE}_files/runtime.8c21.js" defer></script>
</head><body>
<div id="__next"><nav class="top-bar" aria-label="Main"><a href="#" class="logo"><svg width="96" height="20" role="img" aria-label="Mentimeter"><rect width="96" height="20"/></svg></a><a href="#">Home</a><a href="#">My presentations</a><a href="#">Shared with me</a><a href="#">Templates</a><button>Share</button><button>Present</button></nav>
<aside class="side-menu"><ul><li><a href="#">Edit</a></li><li aria-current="page"><a href="#">Results</a></li><li><a href="#">Export</a></li><li><a href="#">Settings</a></li></ul></aside>
<main class="results">
<h1 class="presentation-title">${x(title)}</h1>
<p class="meta">Presented by ${x(O.manager.name)} · 23 Nov 2311 · Calderholt Civic Centre, Committee Room 2</p>
<p class="participants"><svg class="icon" aria-hidden="true" width="16" height="16"><circle cx="8" cy="5" r="4"/></svg><span>${WORKSHOP.participants}</span> participants</p>
${slides.join("\n")}
</main>
<footer class="app-footer"><p>Mentimeter AB · Terms · Privacy · Accessibility</p><p>Results are shown as they were when voting closed.</p></footer></div>
</body></html>
`);
out.unshift(title, `Presented by ${O.manager.name} · 23 Nov 2311 · Calderholt Civic Centre, Committee Room 2`, `${WORKSHOP.participants} participants`);
writeFileSync(join(root, "docs", FILE), h.join(""));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
