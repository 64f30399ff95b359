// Builds docs/itvtg-item-4-q3-performance-slides-2113-03-14.md and its rendering in text/.
// Layout: A MARP SLIDE DECK KEPT AS ITS MARKDOWN SOURCE (Marp for VS Code / Marp CLI): the file is what
// the presenter wrote, not an export. YAML front matter holding ONLY MARP'S SETTINGS (marp: true, a
// custom theme, paginate, size, a header and footer printed on every slide, and a `style: |` block of
// CSS); slides separated by `---` lines (which a plain markdown reader takes for horizontal rules);
// per-slide DIRECTIVES in HTML comments (`<!-- _class: lead -->`, `<!-- _paginate: skip -->`,
// `<!-- _header: '' -->`); `<!-- fit -->` inside a heading; background and sized images written as
// markdown images whose alt text is Marp's syntax (`![bg left:33%](…)`, `![w:520](…)`); a `<style
// scoped>` block at the top of the wide-table slides; an inline HTML `<div class="small">` and
// `<span class="small">` for notes in small print; and – the part a reader must not miss – PRESENTER
// NOTES, which in Marp are ANY OTHER HTML COMMENT on a slide: shown in the presenter view, never on the
// slide. Two slides carry facts ONLY in their presenter notes (why a measure is off track, what the
// figure would be with an excluded seizure; when the figures were validated and by whom). Ratings are
// an emoji and a word ("🔴 Off track", "🟠 At risk", "🟢 On track", "✅ Achieved", "⚪ Not yet due"),
// their colours given only on the key slide; the measures table is split over two slides; the risk
// register gives the score with its band ("20 Critical") beside the November score, trends as "▲ Rising"
// etc.; the action log of the November actions with statuses; the budget in £000 with a bold total row.
// Rendering: the slides as a presenter reads them – headings, paragraphs, list items (with their
// numbers), tables a row per line with cells " | " (the alignment row dropped), `**` dropped, the
// presenter notes as a line of their own where they stand; the front matter, directives, style blocks,
// images and the printed header and footer left out.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-slides-marp-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, OFFICERS as O, MEASURES, RATING, rated, countBy, BUDGET, TOTAL, n0, varStr, RISKS, TOLERANCE, ACTIONS } from "./common.mjs";

const FILE = DOCS.slides;
const BASE = basename(FILE, extname(FILE));
const md = [];
const out = [];
const unmd = (s) => s.replace(/\*\*/g, "").replace(/<[^>]+>/g, "").trim();
// a markdown line; its rendering (markup dropped) unless told otherwise
const L = (s = "", r) => { md.push(s); const t = r === undefined ? unmd(s.replace(/^#+\s*/, "").replace(/^- /, "")) : r; if (t) out.push(t); };
const raw = (s) => md.push(s); // markdown only (directives, styles, images, blank lines)
const note = (lines) => { raw("<!--"); for (const l of lines) raw(l); raw("-->"); out.push(lines.join(" ")); };
const table = (head, rows, align) => {
  L("| " + head.join(" | ") + " |", head.join(" | "));
  raw("|" + align.map((a) => (a === "r" ? "--:" : a === "c" ? ":-:" : ":--")).join("|") + "|");
  for (const r of rows) L("| " + r.join(" | ") + " |", r.map(unmd).join(" | "));
};
const slide = () => { raw(""); raw("---"); raw(""); };
const c3 = countBy("r3");

// ------------------------------------------------------------------ front matter (Marp's settings only)
raw("---");
raw("marp: true");
raw("theme: lga-2112");
raw("paginate: true");
raw("size: 16:9");
raw("header: 'ITVTG · 14 March 2113 · Item 4'");
raw("footer: 'OFFICIAL · Illicit Tobacco and Vapes Programme'");
raw("style: |");
raw("  section.tiles ul { display: grid; grid-template-columns: repeat(3, 1fr); gap: 18px; }");
raw("  section.tiles li { list-style: none; background: #eef3f8; padding: 14px; }");
raw("  .small { font-size: 16px; color: #555; }");
raw("  table { font-size: 20px; }");
raw("---");
raw("");

// ------------------------------------------------------------------ 1 title
raw("<!-- _class: lead -->");
raw("<!-- _paginate: skip -->");
raw("<!-- _header: '' -->");
raw("");
raw("![bg left:33%](img/itvtg-cover-seized-vapes.jpg)");
raw("");
L("# Illicit Tobacco and Vapes Programme");
raw("");
L("## Performance and risk, quarter 3 2112/13");
raw("");
L(`Item 4 · ${BODY} · 14 March 2113`);
raw("");
L(`${O.ottilie.name}, Programme Manager`);
raw("");
note([
  "Thank the Chair. Quarter 3 runs to 31 December 2112. The figures were validated by Wilhelmina Stroud-Ennis",
  "on 24 February 2113, after the late returns from four councils, so they differ slightly from the flash",
  "figures members saw in January.",
]);

// ------------------------------------------------------------------ 2 at a glance
slide();
raw("<!-- _class: tiles -->");
raw("");
L("# Quarter 3 at a glance");
raw("");
L('<div class="small">Position at 31 December 2112</div>');
raw("");
const ivm = (r) => MEASURES.find((m) => m.ref === r);
L(`- **${ivm("IVM-03").q3}** illicit vapes seized (IVM-03)`);
L(`- **${ivm("IVM-05").q3}** closure orders – the year's target of ${ivm("IVM-05").target} met (IVM-05)`);
L(`- **${ivm("IVM-02").q3}** underage sales rate in test purchases (IVM-02)`);
L(`- **${c3.off}** measures off track, **${c3.risk}** at risk, **${c3.on}** on track, **${c3.done}** achieved`);
L(`- **3** risks above tolerance`);
L(`- **£${n0(TOTAL.forecast)}k** forecast outturn against a budget of £${n0(TOTAL.budget)}k`);

// ------------------------------------------------------------------ 3 key
slide();
L("# How to read the ratings");
raw("");
table(["Rating", "Colour", "Meaning"], [
  [rated("off"), "Red", "The target will be missed without a change of approach"],
  [rated("risk"), "Amber", "Behind profile; action in hand should recover it"],
  [rated("on"), "Green", "On or ahead of profile"],
  [rated("done"), "Blue", "The year's target has been met"],
  [rated("nyd"), "Grey", "No data yet for the period"],
], ["l", "l", "l"]);

// ------------------------------------------------------------------ 4–5 measures, split over two slides
const mrow = (m) => [m.ref, m.name, m.target, m.q2, m.q3, rated(m.r2), rated(m.r3), m.lead];
for (const [i, part] of [[1, MEASURES.slice(0, 5)], [2, MEASURES.slice(5)]]) {
  slide();
  raw("<style scoped>");
  raw("table { font-size: 17px; }");
  raw("</style>");
  raw("");
  L(`# Measures (${i} of 2)`);
  raw("");
  table(["Ref", "Measure", "Target 2112/13", "Q2", "Q3", "Q2 rating", "Q3 rating", "Lead member"], part.map(mrow), ["l", "l", "r", "r", "r", "c", "c", "l"]);
  if (i === 2) {
    raw("");
    L('<span class="small">IVM-10: the national hub opened on 3 October 2112, so there is no quarter 2 figure.</span>');
  }
}

// ------------------------------------------------------------------ 6 off track
slide();
L("# <!-- fit --> Off track at quarter 3", "Off track at quarter 3");
raw("");
L("- **IVM-02 Underage sales rate** – 24% of test purchases led to a sale to a child (21% at quarter 2); 41% of the failed sales were of disposable vapes in convenience stores. Recovery plan on the next slide.");
L("- **IVM-04 Illicit tobacco seized** – 4,410 kg against a profile of 6,750 kg at quarter 3.");
L("- **IVM-09 Welsh councils in the protocol** – still 14 of the 18 we aimed for; the protocol waits on the data-sharing agreement (action IVA-17, risk IVR-06).");
raw("");
note([
  "If asked about IVM-04: the 1,900 kg seized in the Ashcombe warehouse raid on 8 December 2112 was",
  "recorded by the National Customs Taskforce, not by the councils, so it is outside the measure. Counted,",
  "we would be at 6,310 kg, close to profile.",
]);

// ------------------------------------------------------------------ 7 recovery plan
slide();
L("# Recovery plan: underage sales (IVM-02)");
raw("");
L("1. A national test purchase month in April 2113, in 40 councils", "1. A national test purchase month in April 2113, in 40 councils");
L("2. Warning letters to the 180 retailers that sold to a child twice in 2112/13", "2. Warning letters to the 180 retailers that sold to a child twice in 2112/13");
L("3. Refresher training for volunteer test purchasers, run with Wealdstow Borough Council", "3. Refresher training for volunteer test purchasers, run with Wealdstow Borough Council");
L("4. Aim: back to 18% by 31 March 2113 and to 15% by 30 September 2113", "4. Aim: back to 18% by 31 March 2113 and to 15% by 30 September 2113");
raw("");
raw("![w:520](img/ivm-02-underage-sales-by-quarter.png)");

// ------------------------------------------------------------------ 8 budget
slide();
L("# Programme budget 2112/13 (£000)");
raw("");
table(["Budget line", "Budget", "Spend to 31 Dec", "Forecast outturn", "Variance"], [
  ...BUDGET.map((b) => [b.line, n0(b.budget), n0(b.spend), n0(b.forecast), varStr(b.forecast - b.budget)]),
  ["**Total**", `**${n0(TOTAL.budget)}**`, `**${n0(TOTAL.spend)}**`, `**${n0(TOTAL.forecast)}**`, `**${varStr(TOTAL.forecast - TOTAL.budget)}**`],
], ["l", "r", "r", "r", "r"]);
raw("");
L(`<span class="small">Underspends in brackets. Finance: ${O.rajendra.name}, ${O.rajendra.post}. The ${"Enforcement Fund"} is reported separately (item 5).</span>`);
raw("");
note([
  "The enforcement overspend of 48 is overtime for the Ashcombe raid and storage charges; Wales joint",
  "working is 39 under because joint operations have waited on the data-sharing agreement.",
]);

// ------------------------------------------------------------------ 9 risk register
slide();
raw("<style scoped>");
raw("table { font-size: 16px; }");
raw("</style>");
raw("");
L("# Risk register at 28 February 2113");
raw("");
const arrow = { Rising: "▲ Rising", Falling: "▼ Falling", Steady: "► Steady", New: "★ New" };
table(["Ref", "Risk", "Owner", "L", "I", "Score", "Nov score", "Trend"],
  RISKS.map((r) => [r.ref, r.risk, O[r.owner].name, String(r.l), String(r.i), `${r.score} ${r.band}`, r.nov === null ? "–" : String(r.nov), arrow[r.trend]]),
  ["l", "l", "l", "c", "c", "c", "c", "l"]);
raw("");
L(`<span class="small">Score = likelihood (L) × impact (I). 1–4 Low · 5–9 Medium · 10–15 High · 16–25 Critical. Tolerance: ${TOLERANCE}. IVR-08 was added on 12 December 2112.</span>`);

// ------------------------------------------------------------------ 10 above tolerance
slide();
L("# Three risks above tolerance");
raw("");
L("- **IVR-08** fires from seized disposable vapes – **20**, new since November (action IVA-18)");
L("- **IVR-01** organised crime moving online – **16**, steady; with the Board since September 2112");
L("- **IVR-06** Welsh data-sharing agreement – **16**, up from 9");
L(`- We propose to escalate IVR-08 and IVR-06 to the ${BOARD} on 11 April 2113`);

// ------------------------------------------------------------------ 11 action log
slide();
raw("<style scoped>");
raw("table { font-size: 15px; }");
raw("</style>");
raw("");
L("# Actions from 22 November 2112");
raw("");
table(["Ref", "Action", "Owner", "Due", "Status", "Update"],
  ACTIONS.map((a) => [a.ref, a.action, O[a.owner].name, a.due, a.status, a.update]), ["l", "l", "l", "l", "l", "l"]);

// ------------------------------------------------------------------ 12 recommendations
slide();
L("# For the Task Group today");
raw("");
L("The Task Group is asked to:");
raw("");
L("(a) note performance at quarter 3 2112/13;  ");
L("(b) agree the recovery plan for IVM-02 (underage sales), including a national test purchase month in April 2113; and  ");
L(`(c) agree to escalate IVR-08 and IVR-06 to the ${BOARD} on 11 April 2113.`);

// ------------------------------------------------------------------ 13 questions
slide();
raw("<!-- _class: lead -->");
raw("");
L("# Questions?");
raw("");
L(`${O.ottilie.name} · ${O.ottilie.post} · ${O.ottilie.phone}  `);
L(`${O.ottilie.email}`);
raw("");
L(`Data: ${O.wilhelmina.name}, ${O.wilhelmina.post}`);
raw("");

writeFileSync(join(root, "docs", FILE), md.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
