// Builds docs/children-not-in-school-task-group-performance-2077-78-q2.html and its rendering
// text/children-not-in-school-task-group-performance-2077-78-q2.txt from the same content.
//
// Layout: a web page whose two tables have MULTI-LEVEL HEADERS: a <caption>, a <thead> of three rows for
// the measures (Ref, Measure, Lead officer, Baseline and Year-end target span all three rows with rowspan;
// "2077/78" spans six columns; "Q1 (April to June)" and "Q2 (July to September)" three each; Target /
// Actual / Status under each quarter) and two rows for the risks (Inherent risk over L / I / Score, Current
// risk over L / I / Score / Rating); theme rows as <th scope="rowgroup" colspan="11"> inside each <tbody>;
// row headers in <th scope="row">; every status, rating and trend shown only as a letter or arrow inside
// <abbr title="Amber">A</abbr>, explained by a key in the <tfoot> and under the risk table.
// Synthetic test fixture: the body, people, figures and decisions are invented.
//
//   node src/build-performance-html.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "children-not-in-school-task-group-performance-2077-78-q2";

const ST = { G: "Green", A: "Amber", R: "Red", C: "Complete", "–": "No target this quarter" };
const TR = { "↑": "Increasing", "→": "No change", "↓": "Decreasing" };

// [ref, measure, lead, baseline, q1 [target, actual, status], q2 [target, actual, status], year-end]
const themes = [
  [
    "Theme 1: Registers and data",
    [
      ["CNIS-M1", "Pilot councils with a live register of children not in school (of five)", "Eleri Jaggard", "0", ["–", "0", "–"], ["4", "3", "A"], "5"],
      ["CNIS-M2", "Data-sharing agreements signed by pilot councils with partners (cumulative)", "Eleri Jaggard", "0", ["–", "1", "–"], ["12", "7", "R"], "20"],
      ["CNIS-M3", "Councils responding to the EHE survey (% of 153)", "Owain Livesey", "48%", ["–", "–", "–"], ["65%", "72%", "C"], "65%"],
    ],
  ],
  [
    "Theme 2: Children missing education",
    [
      ["CNIS-M4", "Average school days to resolve a CME referral in the pilot councils", "Zara Nadeem", "34", ["30", "31", "A"], ["28", "33", "R"], "25"],
      ["CNIS-M5", "CME referrals acknowledged by a neighbouring council within 5 school days (%)", "Zara Nadeem", "61%", ["70%", "74%", "G"], ["75%", "78%", "G"], "85%"],
    ],
  ],
  [
    "Theme 3: Support for councils and families",
    [
      ["CNIS-M6", "Councillor briefing on elective home education", "Eleri Jaggard", "–", ["Draft to Task Group", "Draft agreed 16 June", "G"], ["Published", "Published 14 September", "C"], "Published"],
      ["CNIS-M7", "Practitioner webinars held (cumulative)", "Zara Nadeem", "–", ["1", "1", "G"], ["3", "2", "A"], "6"],
      ["CNIS-M8", "Guidance for councils on EHE home visits", "Lorna Menzies", "–", ["Scope agreed", "Scope agreed", "G"], ["Draft to DfE", "Not started - waiting for the regulations", "R"], "Published"],
    ],
  ],
  [
    "Theme 4: Influencing Government",
    [
      ["CNIS-M9", "Meetings with DfE officials and ministers (cumulative)", "Lorna Menzies", "–", ["2", "3", "G"], ["4", "5", "G"], "8"],
      ["CNIS-M10", "Consultation responses and written evidence submitted (cumulative)", "Lorna Menzies", "–", ["–", "–", "–"], ["1", "1", "G"], "2"],
    ],
  ],
];
const all = themes.flatMap(([, rows]) => rows);
const countQ = (qi) => {
  const c = {};
  for (const r of all) c[r[qi][2]] = (c[r[qi][2]] ?? 0) + 1;
  return c;
};
const q2 = countQ(5), q1 = countQ(4);
if (q2.G !== 3 || q2.A !== 2 || q2.R !== 3 || q2.C !== 2) throw new Error("Q2 counts " + JSON.stringify(q2));
if (q1.G !== 5 || q1.A !== 1 || q1["–"] !== 4) throw new Error("Q1 counts " + JSON.stringify(q1));

// risks: [ref, risk, owner, [L, I], [L, I], trend, controls]
const risks = [
  ["CNIS-R1", "The regulations for the register are laid late, leaving councils too little time to prepare and delaying our guidance on home visits (CNIS-M8).", "Lorna Menzies", [3, 4], [4, 4], "↑", "Ask DfE for a timetable for the regulations; prepare interim guidance that does not depend on them."],
  ["CNIS-R2", "Health and other partners will not share data with the pilot registers before the duty begins.", "Eleri Jaggard", [4, 4], [3, 4], "→", "Chair and Vice-Chair wrote to DfE on 8 October 2077 asking for a template data-sharing agreement; Wirral's cross-border protocol shared as a model."],
  ["CNIS-R3", "A low response to the EHE survey weakens the evidence for the final report.", "Owain Livesey", [3, 3], [1, 3], "↓", "Survey closed on 31 August 2077 with a 72% response. Proposed for closure."],
  ["CNIS-R4", "The Cornwall pilot does not report in time for the Task Group's final report.", "Eleri Jaggard", [2, 3], [3, 3], "↑", "Extension to 31 January 2078 agreed on 22 September 2077; monthly calls with the council's lead."],
  ["CNIS-R5", "Home-educating families see the register as hostile, harming trust in councils and the LGA's reputation.", "Lorna Menzies", [3, 4], [3, 3], "→", "Councillor briefing published 14 September 2077; pilots to share how they involve families, including Gypsy, Roma and Traveller families."],
  ["CNIS-R6", "The Task Group overspends its budget.", "Callum Dearden", [2, 3], [1, 2], "↓", "Contingency used for the Cornwall extension; forecast underspend of £3,820 at period 6."],
];
const rating = (s) => (s <= 5 ? "G" : s <= 12 ? "A" : "R");
for (const r of risks) if (r[4][0] * r[4][1] >= 15 && rating(r[4][0] * r[4][1]) !== "R") throw new Error("rating");

// ---------------------------------------------------------------- HTML and rendering together
const T = []; // rendering lines
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const abbr = (code, map) => (map[code] ? `<abbr title="${map[code]}">${esc(code)}</abbr>` : esc(code));

const intro = {
  h1: "Children Not in School Task Group: performance and risk report, quarter 2 2077/78",
  meta: "Meeting: Wednesday 8 December 2077 · Agenda item 3 · For decision",
  purpose: [
    "This report sets out the Task Group's performance against its ten measures for July to September 2077 (quarter 2 of 2077/78), with quarter 1 alongside for comparison, and the risk register as reviewed by officers on 15 November 2077.",
  ],
  recs: [
    "That the Task Group notes performance at the end of quarter 2.",
    "That the Task Group agrees to close risk CNIS-R3, as the EHE survey closed on 31 August 2077 with a 72 per cent response.",
    "That the Task Group agrees that officers publish interim guidance on home visits if the regulations have not been laid by 31 January 2078.",
  ],
  contact: [
    ["Contact officer", "Zara Nadeem"],
    ["Position", "Policy Adviser, Children and Young People"],
    ["Phone", "020 7946 0954"],
    ["Email", "zara.nadeem@local.gov.uk"],
  ],
  summary: [
    "At the end of quarter 2, three measures were Green, two Amber and three Red, and two were complete. At the end of quarter 1, five were Green and one Amber; four had no target for the quarter.",
    "Commentary on the measures that are Amber or Red follows the table.",
  ],
};
const commentary = [
  ["CNIS-M1", "Leicester's register is now due to go live on 6 December 2077, three weeks later than planned in September. Cornwall's will follow once its replacement system is in place; its pilot now runs to 31 January 2078."],
  ["CNIS-M2", "Seven agreements are signed, four of them by Wirral. Health partners are waiting for national guidance (risk CNIS-R2)."],
  ["CNIS-M4", "Referrals of families who have moved abroad take longest; without them the average in quarter 2 would have been 27 days."],
  ["CNIS-M7", "The third webinar, on unregistered settings, moved from 29 September to 19 October 2077 and was held then."],
  ["CNIS-M8", "The Department now expects to lay the regulations in January 2078. Recommendation 3 proposes interim guidance if they are later than that."],
];

const head = (title) => `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | Local Government Association</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.45}
.site-header{background:#003e74;color:#fff;padding:.8em 2em}.site-header a{color:#fff;text-decoration:none;margin-right:1.4em}
.crumbs{font-size:.85em;padding:.6em 2em;background:#f2f2f2}
main{padding:1em 2em;max-width:1200px}
table{border-collapse:collapse;margin:1.2em 0;font-size:.85em}
caption{text-align:left;font-weight:bold;font-size:1.1em;padding:.4em 0}
th,td{border:1px solid #999;padding:.3em .45em;vertical-align:top}
thead th{background:#dce6f1}
th[scope=rowgroup]{background:#eef3f8;text-align:left}
th[scope=row]{text-align:left;white-space:nowrap}
td.s{text-align:center;font-weight:bold}
abbr{text-decoration:none;cursor:help}
abbr[title=Green]{color:#1b7a2f}abbr[title=Amber]{color:#b36b00}abbr[title=Red]{color:#b00020}abbr[title=Complete]{color:#1f4e9c}
tfoot td{font-size:.9em;background:#fafafa}
.meta{color:#555}
footer{font-size:.8em;padding:1em 2em;border-top:1px solid #ccc;margin-top:2em}
</style>
</head>
<body>
`;
let H = head(intro.h1);
const line = (s) => T.push(s);

H += `<a class="skip" href="#content">Skip to main content</a>
<header class="site-header">
<a href="/">Local Government Association</a>
<nav aria-label="Main"><a href="/our-work">Our work</a><a href="/publications">Publications</a><a href="/events">Events</a><a href="/about">About us</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> › <a href="/our-work/children-and-young-people">Children and young people</a> › <a href="/cnis">Children Not in School Task Group</a> › Performance and risk report, quarter 2 2077/78</div>
<main id="content">
`;
line("Skip to main content");
line("Local Government Association");
line("Our work Publications Events About us");
line("Home › Children and young people › Children Not in School Task Group › Performance and risk report, quarter 2 2077/78");

H += `<h1>${esc(intro.h1)}</h1>\n<p class="meta">${esc(intro.meta)}</p>\n`;
line(intro.h1);
line(intro.meta);
H += `<h2>Purpose of report</h2>\n` + intro.purpose.map((p) => `<p>${esc(p)}</p>\n`).join("");
line("Purpose of report");
intro.purpose.forEach(line);
H += `<h2>Recommendations</h2>\n<ol>\n` + intro.recs.map((r) => `<li>${esc(r)}</li>\n`).join("") + `</ol>\n`;
line("Recommendations");
intro.recs.forEach(line);
H += `<p>` + intro.contact.map(([k, v]) => `<strong>${k}:</strong> ${k === "Email" ? `<a href="mailto:${v}">${v}</a>` : esc(v)}`).join("<br>\n") + `</p>\n`;
intro.contact.forEach(([k, v]) => line(`${k}: ${v}`));
H += `<h2>Summary</h2>\n` + intro.summary.map((p) => `<p>${esc(p)}</p>\n`).join("");
line("Summary");
intro.summary.forEach(line);

// Table 1
const cap1 = "Table 1: Performance measures, quarters 1 and 2 2077/78";
H += `<table class="perf">
<caption>${cap1}</caption>
<thead>
<tr><th scope="col" rowspan="3">Ref</th><th scope="col" rowspan="3">Measure</th><th scope="col" rowspan="3">Lead officer</th><th scope="col" rowspan="3">Baseline 2076/77</th><th scope="colgroup" colspan="6">2077/78</th><th scope="col" rowspan="3">Year-end target</th></tr>
<tr><th scope="colgroup" colspan="3">Q1 (April to June)</th><th scope="colgroup" colspan="3">Q2 (July to September)</th></tr>
<tr><th scope="col">Target</th><th scope="col">Actual</th><th scope="col">Status</th><th scope="col">Target</th><th scope="col">Actual</th><th scope="col">Status</th></tr>
</thead>
`;
line(cap1);
line("Ref | Measure | Lead officer | Baseline 2076/77 | 2077/78 | Year-end target");
line("Q1 (April to June) | Q2 (July to September)");
line("Target | Actual | Status | Target | Actual | Status");
const keyText = [
  ["G", "Green: on or ahead of target."],
  ["A", "Amber: behind target, but expected to recover by the year end."],
  ["R", "Red: behind target and not expected to recover without further action."],
  ["C", "Complete."],
  ["–", "no target this quarter."],
];
H += `<tfoot><tr><td colspan="11"><strong>Status key:</strong> ` + keyText.map(([c, t]) => `${abbr(c, ST)} ${esc(t)}`).join(" ") + `</td></tr></tfoot>\n`;
for (const [theme, rows] of themes) {
  H += `<tbody>\n<tr><th scope="rowgroup" colspan="11">${esc(theme)}</th></tr>\n`;
  line(theme);
  for (const [ref, m, lead, base, a, b, ye] of rows) {
    H += `<tr><th scope="row">${ref}</th><td>${esc(m)}</td><td>${esc(lead)}</td><td>${esc(base)}</td><td>${esc(a[0])}</td><td>${esc(a[1])}</td><td class="s">${abbr(a[2], ST)}</td><td>${esc(b[0])}</td><td>${esc(b[1])}</td><td class="s">${abbr(b[2], ST)}</td><td>${esc(ye)}</td></tr>\n`;
    line([ref, m, lead, base, ...a, ...b, ye].join(" | "));
  }
  H += `</tbody>\n`;
}
H += `</table>\n`;
line("Status key: " + keyText.map(([c, t]) => `${c} ${t}`).join(" "));

H += `<h2>Commentary on Amber and Red measures</h2>\n`;
line("Commentary on Amber and Red measures");
for (const [ref, t] of commentary) {
  H += `<p><strong>${ref}</strong> ${esc(t)}</p>\n`;
  line(`${ref} ${t}`);
}

// Table 2
const cap2 = "Table 2: Risk register at 15 November 2077";
H += `<h2>Risk register</h2>
<p>Officers reviewed the register on 15 November 2077. Risk CNIS-R1 has risen to Red; CNIS-R3 is proposed for closure.</p>
<table class="risks">
<caption>${cap2}</caption>
<thead>
<tr><th scope="col" rowspan="2">Ref</th><th scope="col" rowspan="2">Risk</th><th scope="col" rowspan="2">Owner</th><th scope="colgroup" colspan="3">Inherent risk</th><th scope="colgroup" colspan="4">Current risk</th><th scope="col" rowspan="2">Trend</th><th scope="col" rowspan="2">Controls and next steps</th></tr>
<tr><th scope="col"><abbr title="Likelihood">L</abbr></th><th scope="col"><abbr title="Impact">I</abbr></th><th scope="col">Score</th><th scope="col"><abbr title="Likelihood">L</abbr></th><th scope="col"><abbr title="Impact">I</abbr></th><th scope="col">Score</th><th scope="col">Rating</th></tr>
</thead>
<tbody>
`;
line("Risk register");
line("Officers reviewed the register on 15 November 2077. Risk CNIS-R1 has risen to Red; CNIS-R3 is proposed for closure.");
line(cap2);
line("Ref | Risk | Owner | Inherent risk | Current risk | Trend | Controls and next steps");
line("L | I | Score | L | I | Score | Rating");
for (const [ref, r, owner, inh, cur, trend, ctl] of risks) {
  const si = inh[0] * inh[1], sc = cur[0] * cur[1];
  H += `<tr><th scope="row">${ref}</th><td>${esc(r)}</td><td>${esc(owner)}</td><td>${inh[0]}</td><td>${inh[1]}</td><td>${si}</td><td>${cur[0]}</td><td>${cur[1]}</td><td>${sc}</td><td class="s">${abbr(rating(sc), ST)}</td><td class="s">${abbr(trend, TR)}</td><td>${esc(ctl)}</td></tr>\n`;
  line([ref, r, owner, inh[0], inh[1], si, cur[0], cur[1], sc, rating(sc), trend, ctl].join(" | "));
}
H += `</tbody>\n</table>\n`;
const rkey = "Key: L = likelihood and I = impact, each scored from 1 (low) to 5 (high); Score = L × I. Rating: G = Green (score 1 to 5), A = Amber (6 to 12), R = Red (15 to 25). Trend since the last report: ↑ increasing, → no change, ↓ decreasing.";
H += `<p class="key">${esc(rkey)}</p>\n`;
line(rkey);
H += `<h2>Background papers</h2>\n<ul>\n<li><a href="/cnis/2077-06-16/item-2">Terms of reference, membership and work programme 2077/78 (16 June 2077)</a></li>\n<li><a href="/cnis/2077-09-22/agenda">Agenda and papers, 22 September 2077</a></li>\n</ul>\n</main>\n`;
line("Background papers");
line("Terms of reference, membership and work programme 2077/78 (16 June 2077)");
line("Agenda and papers, 22 September 2077");
H += `<footer><p>Local Government Association, 18 Smith Square, London SW1P 3HZ</p><p>Page published: 26 November 2077</p></footer>\n</body>\n</html>\n`;
line("Local Government Association, 18 Smith Square, London SW1P 3HZ");
line("Page published: 26 November 2077");

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), H);
writeFileSync(join(root, "text", BASE + ".txt"), T.join("\n") + "\n");
console.log("wrote", BASE);
