// Builds docs/afctg-cip-performance-q2-2211-12.md and its rendering in text/.
// Layout: THE MARKDOWN THAT KNITR LEAVES BEHIND WHEN AN R MARKDOWN REPORT IS RENDERED WITH
// `keep_md: true` – the Research and Data team's report on the Covenant in Practice Programme at
// quarter 2 2211/12, written as a board paper (purpose, confidentiality, recommendations, contact
// officer, lead members) in R Markdown. The .md keeps the Rmd's YAML header (output: html_document with
// keep_md, params); INLINE R RESULTS ARE ALREADY TYPED INTO THE PROSE; chunks run with echo = FALSE leave
// only their CONSOLE OUTPUT, EVERY LINE PREFIXED "## " in an unlabelled fence: a TIBBLE PRINTED AT
// CONSOLE WIDTH ("# A tibble: 8 × 9", a row of <chr> types, long strings cut with "…", THE LAST COLUMNS
// LEFT OUT and named only in "# ℹ 2 more variables: …"), a count of the ratings, and the budget as a
// printed data.frame (row numbers, right-aligned labels, unformatted numbers "175000", a "Total" row
// from janitor::adorn_totals); one chunk is echoed (```r fence, then its output); a kable() table in
// padded pipe-table form under a "Table: …" caption, whose ratings are ONE-LETTER CODES (G, A, R, C, –)
// explained only in a sentence above it; the chart only as a link to a PNG in the "_files" folder with
// knitr's "<!-- -->" after it.
// Rendering: headings without "#", paragraphs and list items a line each, table rows as cells, each
// line of chunk output as it stands (fences dropped), the YAML header's title, subtitle, author and date.
// Synthetic test fixture: every person, figure and rating is invented.
//   node src/build-report-knitr-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, MEASURES, BUDGET, BTOT, P, cllr, gbp } from "./common.mjs";

const FILE = DOCS.report;
const BASE = basename(FILE, extname(FILE));
const md = [];
const out = [];
const L = (s = "", r) => { md.push(s); if (r !== undefined) { if (r !== null) out.push(r); } else if (s.trim()) out.push(s); };
const trunc = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const pad = (s, n) => s + " ".repeat(Math.max(0, n - [...s].length));
const lpad = (s, n) => " ".repeat(Math.max(0, n - [...s].length)) + s;

md.push("---", 'title: "Covenant in Practice Programme: performance at quarter 2 2211/12"', `subtitle: "${BODY}, 14 November 2211 – item 3"`, `author: "${O.anselm.name}, ${O.anselm.post}"`, 'date: "31 October 2211"', "output:", "  html_document:", "    keep_md: true", "    toc: false", "    df_print: default", "params:", '  quarter: "Q2"', '  year: "2211/12"', '  data: "data/cip_returns_2211-12_q2.csv"', "---");
out.push("Covenant in Practice Programme: performance at quarter 2 2211/12", `${BODY}, 14 November 2211 – item 3`, `${O.anselm.name}, ${O.anselm.post}`, "31 October 2211");
L(); L(); L();
L("## 1. Purpose", "1. Purpose");
L();
L("This report sets out the performance of the Covenant in Practice Programme 2211–13 at the end of quarter 2 2211/12 (30 September 2211), from the returns of the 12 councils in the programme, and the programme budget for 2211/12.");
L();
L("**Is this report confidential?** No", "Is this report confidential? No");
L();
L("**Recommendations**", "Recommendations");
L();
L("That the Task Group:");
L();
const recs = [
  "(a) notes the performance of the Covenant in Practice Programme at quarter 2;",
  "(b) asks Ellinghurst Borough Council and Wexcombe City Council for a joint recovery plan for CIP-02 by 16 January 2212;",
  "(c) agrees to hold the contingency of £26,000 until the round 2 awards are made.",
];
for (const r of recs) { L(r); L(); }
L(`**Contact officer:** ${O.ottoline.name}, ${O.ottoline.post} | ${O.ottoline.phone} | ${O.ottoline.email}`, `Contact officer: ${O.ottoline.name}, ${O.ottoline.post} | ${O.ottoline.phone} | ${O.ottoline.email}`);
L();
const leads = ["scarisbrick", "wolstenholme", "llewelyn"].map((k) => `${cllr(k)} (${P[k].lead})`);
L(`**Lead members:** ${leads.join(", ")}`, `Lead members: ${leads.join(", ")}`);
L();
L("## 2. Summary", "2. Summary");
L();
L("Of the 8 measures, 3 are on track, 2 at some risk, 2 off track and 1 complete at quarter 2. Compared with quarter 1, 3 measures were rated worse and 2 better; CIP-08 is reported for the first time, so it has no quarter 1 rating.");
L();
L("Spending to 30 September 2211 was £222,700, 33% of the budget of £675,000. The forecast outturn is £639,600, an underspend of £35,400: the contingency of £26,000, which we recommend holding until the round 2 awards are made, and the £7,400 of unspent round 1 grant that Ellinghurst returned in October.");
L();
L("## 3. The measures", "3. The measures");
L();
L("The returns as read from the councils' data (one row a measure):");
L();
// the tibble printed at console width: two columns left out
const W = { ref: 6, measure: 32, target: 6, q1: 7, rag_q1: 6, q2: 8, rag_q2: 6 };
const row = (cells) => Object.keys(W).map((k, i) => (i === 0 ? pad(cells[i], W[k]) : pad(cells[i], W[k]))).join(" ").trimEnd();
L("```", null);
L("## # A tibble: 8 × 9");
L("##   " + row(["ref", "measure", "target", "q1", "rag_q1", "q2", "rag_q2"]));
L("##   " + row(["<chr>", "<chr>", "<chr>", "<chr>", "<chr>", "<chr>", "<chr>"]));
for (const [i, m] of MEASURES.entries()) L(`## ${i + 1} ` + row([m.ref, trunc(m.name, W.measure), trunc(m.target, W.target), m.q1v, m.q1, m.q2v, m.q2]));
L("## # ℹ 2 more variables: lead <chr>, comment <chr>");
L("```", null);
L();
L("Ratings use the programme's codes: **G** on track, **A** some risk, **R** off track, **C** complete, **–** no data.", "Ratings use the programme's codes: G on track, A some risk, R off track, C complete, – no data.");
L();
// kable(): a padded pipe table under a caption
const head = ["Ref", "Measure", "Target", "Q1", "Q1 rating", "Q2", "Q2 rating", "Lead member", "Comment"];
const rows = MEASURES.map((m) => [m.ref, m.name, m.target, m.q1v, m.q1, m.q2v, m.q2, m.lead, m.comment]);
const widths = head.map((h, j) => Math.max([...h].length, ...rows.map((r) => [...r[j]].length)));
L("Table: Table 1. Measures at quarter 2 2211/12 (30 September 2211)", "Table: Table 1. Measures at quarter 2 2211/12 (30 September 2211)");
L();
L("|" + head.map((h, j) => pad(h, widths[j])).join("|") + "|", head.join(" | "));
L("|" + widths.map((w) => ":" + "-".repeat(w - 1)).join("|") + "|", null);
for (const r of rows) L("|" + r.map((c, j) => pad(c, widths[j])).join("|") + "|", r.join(" | "));
L();
L("The count of ratings at quarter 2:");
L();
L("```r", null);
L("measures %>% count(rag_q2)");
L("```", null);
L();
const cnt = {};
for (const m of MEASURES) cnt[m.q2] = (cnt[m.q2] ?? 0) + 1;
L("```", null);
L("## # A tibble: 4 × 2");
L("##   rag_q2     n");
L("##   <chr>  <int>");
for (const [i, k] of Object.keys(cnt).sort().entries()) L(`## ${i + 1} ${pad(k, 6)} ${lpad(String(cnt[k]), 5)}`);
L("```", null);
L();
L("![](afctg-cip-performance-q2-2211-12_files/figure-html/rag-chart-1.png)<!-- -->", null);
L();
L("Compared with quarter 1, CIP-03 (all 12 councils now have a trained Champion) and CIP-05 (the Tollbridge referral pathway) improved. The three measures rated worse are discussed with the lead members at the meeting.");
L();
L("## 4. Budget 2211/12", "4. Budget 2211/12");
L();
L("Budget, spending to 30 September 2211 and forecast outturn, in pounds:");
L();
const lw = Math.max(...BUDGET.map((b) => b.line.length), 4);
const nums = ["budget", "spent", "forecast"];
const nw = { budget: 6, spent: 6, forecast: 8 };
L("```", null);
L("## " + lpad("", 1) + " " + lpad("line", lw) + " " + nums.map((k) => lpad(k, nw[k])).join(" "));
for (const [i, b] of [...BUDGET, { line: "Total", ...BTOT }].entries()) L(`## ${i + 1} ${lpad(b.line, lw)} ${nums.map((k) => lpad(String(b[k]), nw[k])).join(" ")}`);
L("```", null);
L();
L("Round 1 second instalments are paid when a council's six-month report is accepted. Wexcombe's second instalment of £26,000 is held until its project catches up (CIP-07).");
L();
L("## 5. Notes on the data", "5. Notes on the data");
L();
L("- Returns for quarter 2 were due on 18 October 2211; all 12 arrived, Wexcombe's on 21 October.");
L("- CIP-04 counts service children whose families were posted to the area between 1 July and 30 September 2211.");
L("- CIP-08 is new this year; the first quarter's complaints were not recorded in a comparable way.");
L();
L(`*Produced with R Markdown from \`cip_q2.Rmd\` by ${O.anselm.name}; the data and code are on the Research and Data team's drive.*`, `Produced with R Markdown from cip_q2.Rmd by ${O.anselm.name}; the data and code are on the Research and Data team's drive.`);

// list items: the rendering drops the "- "
for (let i = 0; i < out.length; i++) if (out[i].startsWith("- ")) out[i] = out[i].slice(2);
writeFileSync(join(root, "docs", FILE), md.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${md.length} lines, ${out.length} rendering lines)`);
