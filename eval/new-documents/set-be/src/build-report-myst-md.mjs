// Builds docs/cpbatg-item-4-first-year-review-2184-09-22.md and its rendering in text/.
// Layout: THE MYST MARKDOWN SOURCE OF A JUPYTER BOOK PAGE (a public health intelligence team writes its
// committee reports as a Jupyter Book and the source file is what was dropped in the shared folder):
// jupytext / kernelspec front matter with the page's title, authors and date; a "(label)=" target
// before the title; a hidden {code-cell} that reads the data and glues two figures, which the prose then
// cites through {glue:text} roles (the numbers are not in the source); the front sheet as a reStructured-
// style FIELD LIST (":Report to: …"); purpose and recommendations in colon-fenced {admonition}
// directives; EVERY TABLE A {list-table} DIRECTIVE, its rows written as nested bullet lists (each cell a
// "  - " item under a "* - " row), its caption on the directive line and :header-rows:, :name:, :widths:
// options; delivery-plan ratings as sphinx-design BADGE ROLES ({bdg-danger}`Off track`), their colours
// explained only in a collapsed {dropdown}; {numref} and {term} roles in the prose, a {glossary}
// directive, a {note}, MyST footnotes.
// Rendering: headings without "#", a field as "Label: value", a paragraph or list item a line (lettered
// recommendations a line each), a directive's title as a line of its own, a list-table row as its cells
// joined by " | "; roles kept as written (they are the page's words as the file has them); the front
// matter, code cell, directive options, target labels and fences left out; "**" dropped.
// Synthetic test fixture: every person, council, figure, rating and decision is invented.
//   node src/build-report-myst-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, HOST, SCHEME, MEMBERS, SUBS, QUORUM, OFFICERS as O, DISTRICTS, DTOT, pct, INSPECT_TARGET, COMPLICATIONS, CTOT, ACTIONS, RATING, RATING_KEY, RISKS, BANDS, BUDGET, BTOT, RECS, num } from "./common.mjs";

const FILE = DOCS.report;
const BASE = basename(FILE, extname(FILE));
const md = [];
const out = [];
// a line of source that is also a line of the rendering (with the leading markup given apart)
const both = (src, lead = "") => { md.push(lead + src); out.push(src.replace(/\*\*/g, "")); };
const src = (s) => md.push(s);
const blank = () => md.push("");
const money = (n) => (n < 0 ? `(${num(n)})` : n === 0 ? "0" : num(n));

function listTable(caption, name, widths, header, rows, boldLast = false) {
  src("```{list-table} " + caption);
  out.push(caption);
  src(":header-rows: 1");
  src(`:name: ${name}`);
  if (widths) src(`:widths: ${widths}`);
  src(":class: full-width");
  blank();
  for (const [ri, r] of [header, ...rows].entries()) {
    const cells = r.map((c) => String(c));
    const bold = boldLast && ri === rows.length;
    cells.forEach((c, ci) => src(`${ci === 0 ? "* - " : "  - "}${bold ? "**" + c + "**" : c}`));
    out.push(cells.join(" | "));
  }
  src("```");
  blank();
}

// ---------------------------------------------------------------- front matter and hidden code
src("---");
src("jupytext:");
src("  formats: md:myst");
src("  text_representation:");
src("    extension: .md");
src("    format_name: myst");
src("    format_version: 0.13");
src("    jupytext_version: 1.16.4");
src("kernelspec:");
src("  display_name: Python 3 (ipykernel)");
src("  language: python");
src("  name: python3");
src('title: "Special treatments licensing: first-year review"');
src("authors:");
src("  - name: Elspeth Marwell");
src("    affiliations: Public Health Intelligence, Marchbourne County Council");
src("date: 2184-09-10");
src("---");
blank();
src("(cpbatg-2184-09-item-4)=");
both("Special treatments licensing: first-year review", "# ");
blank();
src("```{code-cell} ipython3");
src(":tags: [remove-cell]");
src("import pandas as pd");
src("from myst_nb import glue");
blank();
src('lic = pd.read_csv("../data/licences-by-district-2184-06-30.csv")');
src('glue("n_premises", int(lic["premises"].sum()), display=False)');
src('glue("pct_inspected", 100 * lic["inspected"].sum() / lic["premises"].sum(), display=False)');
src("```");
blank();

// ---------------------------------------------------------------- front sheet (field list)
const FIELDS = [
  ["Report to", BODY],
  ["Date of meeting", "Wednesday 22 September 2184"],
  ["Agenda item", "4"],
  ["Report author", `${O.elspeth.name}, ${O.elspeth.post}`],
  ["Contact officer", `${O.cordelia.name}, ${O.cordelia.post}`],
  ["Telephone", O.cordelia.phone],
  ["Email", O.cordelia.email],
  ["Key decision", "No"],
  ["Exempt information", "No"],
  ["Published", "Friday 10 September 2184"],
];
for (const [k, v] of FIELDS) { md.push(`:${k}: ${v}`); out.push(`${k}: ${v}`); }
blank();
src(":::{admonition} Purpose of report");
out.push("Purpose of report");
src(":class: note");
both(`To review the first year of the {term}\`${SCHEME}\`, from 1 July 2183 to 30 June 2184, and the Safer Skin Programme's delivery plan, risks and budget for 2184/85.`);
src(":::");
blank();
src("::::{admonition} Recommendations");
out.push("Recommendations");
src(":class: important");
both("That the Task Group:");
blank();
for (const r of RECS) { both(r); blank(); }
src("::::");
blank();

// ---------------------------------------------------------------- summary
both("Summary", "## ");
blank();
both(`In its first year the scheme licensed {glue:text}\`n_premises\` premises and ${num(DTOT[2])} practitioners in the six districts, and refused ${DTOT[3]} applications. Across the county {glue:text}\`pct_inspected:.0f\` per cent of licensed premises were inspected, short of the target of ${INSPECT_TARGET} per cent, and three districts were below it ({numref}\`tbl-districts\`).`);
blank();
both(`${CTOT[1]} complications were reported through the complications reporting pathway, ${CTOT[2]} of them needing hospital treatment. Of the twelve actions in the delivery plan, two are off track and two at risk. The programme is forecast to spend £${num(BTOT[3])} of its £${num(BTOT[1])} budget for 2184/85.`);
blank();

// ---------------------------------------------------------------- 1. background
both("1. Background", "## ");
blank();
both(`1.1 The ${BODY} is a joint member task group of the ${BOARD}. It was set up in 2182 to bring the six district councils' licensing of {term}\`special treatments\` under one scheme, with ${HOST}'s public health team as its host.`);
blank();
both("1.2 The scheme began on Tuesday 1 July 2183. Every practitioner and every premises offering a special treatment needs a licence from the district council where the premises is, and must meet the common licence conditions (CPA-01).[^conditions]");
blank();
both("1.3 This report uses the figures held on the online licensing register at 30 June 2184 and the reports made through the complications reporting pathway. Figures for later dates will be in the second-year review.");
blank();

// ---------------------------------------------------------------- 2. licences and inspections
both("2. Licences and inspections", "## ");
blank();
listTable("Licences and inspections by district, 1 July 2183 to 30 June 2184", "tbl-districts", "20 16 16 16 16 16",
  ["District", "Premises licensed", "Practitioners licensed", "Applications refused", "Premises inspected", "Inspected"],
  [...DISTRICTS.map((r) => [r[0], r[1], r[2], r[3], r[4], pct(r[4], r[1]) + "%"]), [DTOT[0], DTOT[1], DTOT[2], DTOT[3], DTOT[4], pct(DTOT[4], DTOT[1]) + "%"]], true);
both(`2.1 The target for the first year was to inspect ${INSPECT_TARGET} per cent of licensed premises (CPA-03). Three districts fell short of it, mainly because of inspector vacancies (risk CPR-02); recommendation (b) asks them for recovery plans.`);
blank();
both("2.2 Most refusals were of practitioners who could not show a recognised qualification in infection control. Four of the nine refusals in Corvistone were of applicants offering injections from their homes.");
blank();

// ---------------------------------------------------------------- 3. complications
both("3. Complications reported", "## ");
blank();
listTable("Complications reported through the pathway, 1 July 2183 to 30 June 2184", "tbl-complications", "50 25 25",
  ["Procedure", "Reports", "Needing hospital treatment"],
  [...COMPLICATIONS.map((r) => [r[0], r[1], r[2]]), [CTOT[0], CTOT[1], CTOT[2]]], true);
src(":::{dropdown} About the dermal filler figures");
out.push("About the dermal filler figures");
both("Six of the 58 dermal filler reports were vascular occlusions, in which filler blocks a blood vessel; all six needed hospital treatment. This is the harm behind risk CPR-05.");
src(":::");
blank();

// ---------------------------------------------------------------- 4. delivery plan
both("4. Delivery plan", "## ");
blank();
src(":::{dropdown} How to read the ratings");
out.push("How to read the ratings");
src(":open: false");
blank();
for (const [role, word, colour, meaning] of RATING_KEY) both(`{${role}}\`${word}\` ${colour}: ${meaning}`, "- ");
src(":::");
blank();
listTable("Safer Skin Programme delivery plan, ratings at March and August 2184", "tbl-delivery", "8 30 16 10 10 10 16",
  ["Ref", "Action", "Lead", "Due", "March 2184", "August 2184", "Comment"],
  ACTIONS.map((a) => [a.ref, a.action, a.lead, a.due, `{${RATING[a.mar]}}\`${a.mar}\``, `{${RATING[a.aug]}}\`${a.aug}\``, a.note || "–"]));
both("4.1 Since March three actions have been rated lower and two have been completed. The recovery of CPA-03 depends on the districts' recovery plans; CPA-05 depends on the laboratory contract, which is expected to be signed in October.");
blank();

// ---------------------------------------------------------------- 5. risks
both("5. Risk register", "## ");
blank();
listTable("Programme risk register at 31 August 2184", "tbl-risks", "8 36 16 5 5 8 10 12",
  ["Ref", "Risk", "Owner", "L", "I", "Score", "Rating", "Trend"],
  RISKS.map((r) => [r.ref, r.risk, r.owner, r.l, r.i, r.score, r.band, r.trend]));
src(":::{note}");
both("Scores are likelihood (L) × impact (I), each from 1 to 5. " + BANDS.map(([a, b, n]) => `${a}–${b} ${n}`).join(", ") + ".");
src(":::");
blank();

// ---------------------------------------------------------------- 6. budget
both("6. Budget 2184/85", "## ");
blank();
listTable("Programme budget 2184/85 (£)", "tbl-budget", "40 15 15 15 15",
  ["Budget line", "Budget", "Spent to 31 August 2184", "Forecast outturn", "Variance"],
  [...BUDGET.map((b) => [b[0], money(b[1]), money(b[2]), money(b[3]), money(b[4])]), [BTOT[0], money(BTOT[1]), money(BTOT[2]), money(BTOT[3]), money(BTOT[4])]], true);
both(`6.1 Underspends are shown in brackets. The forecast underspend of £${num(BTOT[4])} is on training, where cohorts have cost less than planned, on the campaign, after a credit of £1,150 from the media buyer, and on the register, whose contract came in at £11,800.`);
blank();

// ---------------------------------------------------------------- 7. next steps
both("7. Next steps", "## ");
blank();
both("7.1 Officers propose that the year two fee review (CPA-10) starts in April 2185, once the full costs of the first year are known, with any new fees taking effect from 1 October 2185.");
blank();
both("7.2 The Safer Skin Summit on Thursday 21 October 2184 at Harnley Moot Hall will bring together licensing officers, practitioners and the NHS to discuss the second year of the scheme.");
blank();

// ---------------------------------------------------------------- appendix A: membership
both("Appendix A: Membership 2184/85", "## ");
blank();
both(`The Task Group has eight voting members, two from ${HOST} and one from each district council, and two co-opted members who do not vote. The quorum is ${QUORUM}.`);
blank();
listTable("Members of the Task Group, 2184/85", "tbl-members", "30 35 15 20",
  ["Member", "Council or organisation", "Group", "Role"],
  MEMBERS.map((m) => [m.name, m.council, m.group, m.role]));
both("Named substitutes:");
blank();
for (const s of SUBS) both(`${s.name} (${s.council}, ${s.group})`, "- ");
blank();

// ---------------------------------------------------------------- glossary and footnotes
both("Glossary", "## ");
blank();
src("```{glossary}");
both("Special treatments");
md.push(`  Tattooing, semi-permanent make-up, cosmetic piercing, electrolysis and acupuncture and, under the ${SCHEME}, non-surgical cosmetic injections and laser and IPL treatments.`);
out.push(`Tattooing, semi-permanent make-up, cosmetic piercing, electrolysis and acupuncture and, under the ${SCHEME}, non-surgical cosmetic injections and laser and IPL treatments.`);
blank();
both(SCHEME);
md.push("  The licensing scheme adopted by the six district councils from 1 July 2183, with common licence conditions and one online register.");
out.push("The licensing scheme adopted by the six district councils from 1 July 2183, with common licence conditions and one online register.");
src("```");
blank();
md.push("[^conditions]: The common licence conditions were agreed by the Task Group on 12 April 2183 and adopted by each district's licensing committee before the scheme began.");
out.push("[^conditions]: The common licence conditions were agreed by the Task Group on 12 April 2183 and adopted by each district's licensing committee before the scheme began.");

writeFileSync(join(root, "docs", FILE), md.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${md.length} lines) and text/${BASE}.txt (${out.length} lines)`);
