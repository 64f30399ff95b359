// Builds docs/animal-welfare-stray-dogs-panel-item-5-stray-dog-services-survey-2058.html, the "Responses"
// summary of a Microsoft Forms survey saved from the browser (each question a card: its number and title,
// a response count, a small table of options with counts and percentages beside drawn bars, "Other"
// answers listed under the table, a star rating with its average, a text question's latest responses),
// and its plain-text rendering in text/.
//
//   node src/build-survey-html.mjs
// Synthetic test fixture: the survey, its responses and the figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, OFFICERS, BODY } from "./common.mjs";

const BASE = "animal-welfare-stray-dogs-panel-item-5-stray-dog-services-survey-2058";
const R = OFFICERS.research;
const TOTAL = 87;
const FORM = "Stray dog services survey 2058";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const pct = (n, d = TOTAL) => `${Math.round((100 * n) / d)}%`;

const description = `The LGA's ${BODY} wants to know how councils provide stray dog services and what they cost. Please answer for your council as it stood on 1 October 2058: one response per council. The survey closes at midnight on 31 October 2058. Questions about the survey: ${R.name}, ${R.post}, ${R.email}, ${R.phone}.`;

// question types: choice (single), multi (up to n), rating (stars), number, text
const questions = [
  {
    type: "choice",
    title: "Which type of council are you answering for?",
    options: [
      ["District council", 44],
      ["Unitary council", 25],
      ["Metropolitan borough council", 11],
      ["London borough council", 7],
    ],
  },
  {
    type: "choice",
    title: "Which region is your council in?",
    options: [
      ["North East", 4],
      ["North West", 11],
      ["Yorkshire and the Humber", 8],
      ["East Midlands", 10],
      ["West Midlands", 9],
      ["East of England", 14],
      ["London", 7],
      ["South East", 16],
      ["South West", 8],
    ],
  },
  {
    type: "choice",
    title: "How is your out-of-hours stray dog service provided?",
    options: [
      ["By our own dog warden on call", 14],
      ["Contracted to a private kennel", 38],
      ["Shared service with another council", 12],
      ["Through a partner organisation", 3],
      ["We have no out-of-hours service", 16],
      ["Other", 4],
    ],
    other: [
      "A volunteer rota covers weekends only; weekday nights are not covered",
      "Out of hours for dangerous dogs only, through the police",
      "A neighbouring council's dog warden covers Friday and Saturday nights",
      "We are procuring a new contract and have no service until January 2059",
    ],
  },
  {
    type: "choice",
    title: "How many stray dogs did your council seize or receive in 2057/58?",
    options: [
      ["0 to 49", 21],
      ["50 to 99", 27],
      ["100 to 199", 24],
      ["200 to 499", 12],
      ["500 or more", 3],
    ],
  },
  {
    type: "choice",
    title: "How has the fee your council pays per dog per day for kennelling changed since April 2057?",
    options: [
      ["Risen by more than 20%", 23],
      ["Risen by 10% to 20%", 31],
      ["Risen by less than 10%", 19],
      ["No change", 8],
      ["Fallen", 1],
      ["Don't know", 5],
    ],
  },
  {
    type: "number",
    title: "What is your current kennelling fee per dog per day, in pounds?",
    responses: 79,
    average: "24.6",
    latest: ["27.50", "19", "31.20"],
  },
  {
    type: "rating",
    title: "How confident are you that your council can meet its stray dog duties in full in 2059/60?",
    stars: [
      [1, 9],
      [2, 17],
      [3, 28],
      [4, 24],
      [5, 9],
    ],
  },
  {
    type: "multi",
    title: "Which of these would help your council most? (Choose up to three.)",
    options: [
      ["Ring-fenced new burdens funding", 71],
      ["A model kennelling contract", 52],
      ["Single access to all microchip databases", 44],
      ["Training for officers", 29],
      ["Shared regional kennelling", 23],
      ["Other", 6],
    ],
    note: "Respondents could choose up to three options, so the percentages add up to more than 100.",
    other: [
      "Powers to recover kennelling costs from owners more easily",
      "A national rehoming network for dogs not claimed after seven days",
      "Clearer guidance on dogs found on the strategic road network",
      "Funding for out-of-hours cover in rural areas",
      "A national campaign on keeping microchip details up to date",
      "Help with the costs of veterinary treatment for injured strays",
    ],
  },
  {
    type: "choice",
    title: "Do you record whether each seized dog is microchipped and whether its details were up to date?",
    options: [
      ["Yes, both", 49],
      ["Only whether it is microchipped", 24],
      ["No", 9],
      ["Don't know", 5],
    ],
  },
  {
    type: "text",
    title: "Is there anything else you would like the Panel to know?",
    responses: 41,
    latest: [
      "Our out-of-hours contract ended in August and we have had no cover at night since then. We expect to have a new contract in place in January.",
      "Kennel fees have gone up by a quarter in two years and the budget has not moved. We are looking at sharing a contract with our neighbours.",
      "Please push for the cost of stray dog duties to be recognised by the Government; it is a statutory service that is not funded.",
    ],
  },
];
// checks
for (const q of questions) {
  if (q.type === "choice") {
    const s = q.options.reduce((a, [, n]) => a + n, 0);
    if (s !== TOTAL) throw new Error(`${q.title}: ${s} responses, not ${TOTAL}`);
    if (q.other && q.other.length !== q.options.find(([o]) => o === "Other")[1]) throw new Error(`${q.title}: other answers`);
  }
  if (q.type === "rating") {
    const n = q.stars.reduce((a, [, c]) => a + c, 0);
    if (n !== TOTAL) throw new Error("rating count");
    q.average = (q.stars.reduce((a, [s, c]) => a + s * c, 0) / n).toFixed(2);
  }
  if (q.type === "multi" && q.other.length !== q.options.find(([o]) => o === "Other")[1]) throw new Error("multi other");
}

const html = [];
const text = [];
const H = (s) => html.push(s);
const T = (s) => text.push(s);

H(`<!DOCTYPE html>
<!-- saved from url=(0096)https://forms.office.com/Pages/DesignPageV2.aspx?subpage=design&id=Lg4A7wQx2k&analysis=true -->
<html lang="en-GB" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(FORM)} - Microsoft Forms</title>
<style>
body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;background:#eff6fc;color:#242424;font-size:14px}
.o365-header{height:48px;background:#03787c;color:#fff;display:flex;align-items:center;padding:0 16px;gap:16px}
.o365-header .app-name{font-weight:600;font-size:16px}
.o365-header .form-name{opacity:.9}
.o365-header .header-actions{margin-left:auto;display:flex;gap:12px}
.tabs{display:flex;justify-content:center;gap:32px;background:#fff;border-bottom:1px solid #e1e1e1;padding:10px 0 0}
.tabs div{padding-bottom:8px}.tabs .selected{border-bottom:3px solid #03787c;font-weight:600}
.count-badge{display:inline-block;background:#03787c;color:#fff;border-radius:10px;font-size:11px;padding:0 7px;margin-left:4px}
main{max-width:800px;margin:20px auto 60px}
.card{background:#fff;border-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.14);padding:20px 24px;margin-bottom:16px}
.form-header{border-top:10px solid #03787c}
.form-header h1{font-size:24px;font-weight:600;margin:0 0 8px}
.summary-grid{display:flex;gap:40px;align-items:flex-end}
.summary-grid .label{font-size:12px;color:#616161}.summary-grid .value{font-size:28px;font-weight:300}
.summary-actions{margin-left:auto;display:flex;gap:8px}
.btn{border:1px solid #c7c7c7;border-radius:4px;padding:5px 12px;background:#fff;font-size:13px}
.btn.primary{background:#03787c;color:#fff;border-color:#03787c}
.q-title{font-size:16px;font-weight:600;margin:0 0 4px}
.q-meta{color:#616161;font-size:12px;margin-bottom:12px}.q-meta a{color:#03787c;margin-right:12px}
table.opts{border-collapse:collapse;width:100%;font-size:13px}
table.opts th{text-align:left;font-weight:600;color:#616161;border-bottom:1px solid #e1e1e1;padding:4px 6px}
table.opts td{padding:5px 6px;border-bottom:1px solid #f3f3f3}
table.opts td.num{text-align:right;width:70px}
.bar{height:10px;background:#e1e1e1;border-radius:2px;width:200px}.bar span{display:block;height:10px;background:#0078d4;border-radius:2px}
.other{margin-top:12px;font-size:13px}.other h4{font-size:13px;margin:0 0 4px;color:#616161}
.other ul{margin:0;padding-left:18px}
.avg{font-size:28px;font-weight:300}.stars{color:#f2c811;letter-spacing:2px}
.latest{list-style:none;padding:0;margin:8px 0 0}.latest li{background:#f5f5f5;border-radius:4px;padding:8px 10px;margin-bottom:6px}
.note{font-size:12px;color:#616161;margin-top:8px}
footer{text-align:center;font-size:12px;color:#616161;margin:24px 0}
</style></head>
<body>
<div class="o365-header" role="banner"><span class="waffle" aria-label="App launcher">⋮⋮⋮</span><span class="app-name">Forms</span><span class="form-name">${esc(FORM)} - Saved</span>
<div class="header-actions"><span>Preview</span><span>Style</span><button class="btn primary">Collect responses</button><span aria-label="Account manager for Ffion Rhydderch">FR</span></div></div>
<div class="tabs" role="tablist"><div role="tab" aria-selected="false">Questions</div><div role="tab" aria-selected="true" class="selected">Responses <span class="count-badge">${TOTAL}</span></div></div>
<main>`);
T("Forms");
T(`${FORM} - Saved`);
T("Preview Style Collect responses FR");
T(`Questions Responses ${TOTAL}`);

// form header card with the description
H(`<section class="card form-header"><h1>${esc(FORM)}</h1><p>${esc(description)}</p></section>`);
T(FORM);
T(description);

// summary card
H(`<section class="card"><div class="summary-grid">
<div><div class="label">Responses</div><div class="value">${TOTAL}</div></div>
<div><div class="label">Average time to complete</div><div class="value">11:24</div></div>
<div><div class="label">Status</div><div class="value">Closed</div></div>
<div class="summary-actions"><button class="btn">View results</button><button class="btn primary">Open results in Excel</button><button class="btn" aria-label="More options">…</button></div>
</div></section>`);
T(`Responses | ${TOTAL}`);
T("Average time to complete | 11:24");
T("Status | Closed");
T("View results Open results in Excel …");

questions.forEach((q, i) => {
  const n = i + 1;
  H(`<section class="card question" id="question-${n}" aria-labelledby="qt-${n}">`);
  H(`<div class="q-title" id="qt-${n}">${n}. ${esc(q.title)}</div>`);
  T(`${n}. ${q.title}`);
  if (q.type === "choice" || q.type === "multi") {
    H(`<div class="q-meta"><a href="#">More details</a><a href="#">Insights</a>${TOTAL} responses</div>`);
    T(`More details Insights ${TOTAL} responses`);
    H(`<table class="opts"><thead><tr><th>Option</th><th></th><th class="num">Responses</th><th class="num">%</th></tr></thead><tbody>`);
    T("Option | Responses | %");
    for (const [o, c] of q.options) {
      H(`<tr><td>${esc(o)}</td><td><div class="bar" aria-hidden="true"><span style="width:${Math.round((100 * c) / TOTAL)}%"></span></div></td><td class="num">${c}</td><td class="num">${pct(c)}</td></tr>`);
      T(`${o} | ${c} | ${pct(c)}`);
    }
    H(`</tbody></table>`);
    if (q.note) {
      H(`<div class="note">${esc(q.note)}</div>`);
      T(q.note);
    }
    if (q.other) {
      H(`<div class="other"><h4>Other responses (${q.other.length})</h4><ul>${q.other.map((o) => `<li>${esc(o)}</li>`).join("")}</ul></div>`);
      T(`Other responses (${q.other.length})`);
      for (const o of q.other) T(o);
    }
  } else if (q.type === "rating") {
    H(`<div class="q-meta"><a href="#">More details</a>${TOTAL} responses</div>`);
    T(`More details ${TOTAL} responses`);
    H(`<div><span class="avg">${q.average}</span> Average Rating</div>`);
    T(`${q.average} Average Rating`);
    H(`<table class="opts"><thead><tr><th>Rating</th><th></th><th class="num">Responses</th><th class="num">%</th></tr></thead><tbody>`);
    T("Rating | Responses | %");
    for (const [s, c] of [...q.stars].reverse()) {
      const label = `${s} star${s === 1 ? "" : "s"}`;
      H(`<tr><td><span class="stars" aria-hidden="true">${"★".repeat(s)}${"☆".repeat(5 - s)}</span> ${label}</td><td><div class="bar" aria-hidden="true"><span style="width:${Math.round((100 * c) / TOTAL)}%"></span></div></td><td class="num">${c}</td><td class="num">${pct(c)}</td></tr>`);
      T(`${"★".repeat(s)}${"☆".repeat(5 - s)} ${label} | ${c} | ${pct(c)}`);
    }
    H(`</tbody></table>`);
  } else if (q.type === "number") {
    H(`<div class="q-meta"><a href="#">More details</a>${q.responses} responses</div>`);
    T(`More details ${q.responses} responses`);
    H(`<div><span class="avg">${q.average}</span> Average Number</div>`);
    T(`${q.average} Average Number`);
    H(`<div class="other"><h4>Latest Responses</h4><ul class="latest">${q.latest.map((o) => `<li>"${esc(o)}"</li>`).join("")}</ul></div>`);
    T("Latest Responses");
    for (const o of q.latest) T(`"${o}"`);
  } else if (q.type === "text") {
    H(`<div class="q-meta"><a href="#">More details</a>${q.responses} responses</div>`);
    T(`More details ${q.responses} responses`);
    H(`<div class="other"><h4>Latest Responses</h4><ul class="latest">${q.latest.map((o) => `<li>"${esc(o)}"</li>`).join("")}</ul><a href="#">Show all responses</a></div>`);
    T("Latest Responses");
    for (const o of q.latest) T(`"${o}"`);
    T("Show all responses");
  }
  H(`</section>`);
});

H(`</main>
<footer><p>This content is created by the owner of the form. The data you submit will be sent to the form owner. Microsoft is not responsible for the privacy or security practices of its customers, including those of this form owner. Never give out your password.</p>
<p>Powered by Microsoft Forms | <a href="#">Privacy and cookies</a> | <a href="#">Terms of use</a></p></footer>
</body></html>`);
T("This content is created by the owner of the form. The data you submit will be sent to the form owner. Microsoft is not responsible for the privacy or security practices of its customers, including those of this form owner. Never give out your password.");
T("Powered by Microsoft Forms | Privacy and cookies | Terms of use");

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), html.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
