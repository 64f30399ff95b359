// Builds docs/hsttg-delivery-plan-wiki-2146-12-09.md and its rendering in text/.
// Layout: THE MARKDOWN SOURCE OF A GITLAB WIKI PAGE WHOSE DATA IS IN MERMAID DIAGRAMS. GitLab draws a
// ```mermaid fenced block as a chart, so the page's author kept the plan in diagram code: the milestones
// are A MERMAID GANTT CHART (dateFormat, axisFormat, tickInterval, todayMarker directives; "section"
// lines for the four workstreams; each milestone a line "M05 Independent travel training toolkit
// published :crit, active, m05, 2146-07-04, 2146-12-16" whose STATUS IS ONLY THE TAGS BEFORE ITS ID –
// done, active, crit, crit + active, milestone, or none – explained by a "How to read the chart"
// quotation under it), the budget is A MERMAID PIE CHART ("pie showData", its total only in the title,
// each line "\"label\" : 312000" with the sum unformatted), and who may decide what is A MERMAID
// FLOWCHART (nodes in brackets and braces, the money limits only as LABELS ON ITS ARROWS:
// -->|up to £25,000|). Between them an ordinary pipe table of the eight measures whose ratings are
// GITLAB EMOJI SHORTCODES (:red_circle:, :orange_circle:, :green_circle:, :white_check_mark:,
// :white_circle:) explained only by a key line of the same shortcodes; a line of page details in
// italics with an @username; "Changes since the last version" as a bullet list that refers to minutes
// and to the Loomio decision.
// Rendering: the page as a reader of the source sees it: headings without "#", paragraphs and list
// items a line each (markers dropped), table rows with cells joined by " | " (the rule row left out),
// each line of the diagram code as it stands (indentation dropped), the fences left out.
// Synthetic test fixture: every person, council, figure, rating and date is invented.
//   node src/build-delivery-plan-wiki-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, PROGRAMME, OFFICERS as O, MEASURES, RAG, MILESTONES, BUDGET, BUDGET_TOTAL, DECISION_REF, BIDS, RAVENSGILL_CONTRIB, gbp } from "./common.mjs";

const FILE = DOCS.wiki;
const BASE = basename(FILE, extname(FILE));
const md = [];
const L = (s = "") => md.push(s);

L(`# ${PROGRAMME}: delivery plan`);
L();
L(`*${BODY} (${SHORT}) · page owner @obellchamber · last edited by ${O.oluwaseun.name} on 9 December 2146*`);
L();
L("This page is the programme's working plan. It is updated after each meeting of the Task Group and after any");
L("decision taken between meetings. GitLab draws the charts from the Mermaid code on this page; if you are reading");
L("the source, the status of a milestone is the tag after its name.");
L();
L("## Milestones");
L();
L("```mermaid");
L("gantt");
L("    title School Travel Programme 2146–48 – milestones at 9 December 2146");
L("    dateFormat YYYY-MM-DD");
L("    axisFormat %b %y");
L("    tickInterval 1month");
L("    todayMarker stroke-width:2px,stroke:#d4351c");
let section = "";
for (const m of MILESTONES) {
  if (m.section !== section) { section = m.section; L(`    section ${section}`); }
  const spec = [...m.tags, m.ref.toLowerCase(), m.start, m.dur ?? m.end].join(", ");
  L(`    ${m.ref} ${m.name} :${spec}`);
}
L("```");
L();
L("> **How to read the chart.** Each bar runs from a milestone's planned start to its planned end. The tag before");
L("> its id gives its status:");
L(">");
L("> - `done` – complete (grey bar)");
L("> - `active` – in progress and on course (blue bar)");
L("> - `crit` – at risk: it will miss its end date unless the Task Group acts (red bar); `crit, active` is in");
L(">   progress but at risk");
L("> - no tag – not started");
L("> - `milestone` – a single date (a diamond) rather than a bar");
L();
L("## Measures at quarter 2 (30 September 2146)");
L();
L("| Ref | Measure | Target 2146/47 | Q1 | Q1 rating | Q2 | Q2 rating | Lead member | Note |");
L("|-----|---------|----------------|----|-----------|----|-----------|-------------|------|");
for (const m of MEASURES) L(`| ${m.ref} | ${m.name} | ${m.target} | ${m.q1v} | ${m.q1} | ${m.q2v} | ${m.q2} | ${m.lead} | ${m.note} |`);
L();
L("Ratings: " + Object.entries(RAG).map(([k, v]) => `${k} ${v}`).join(" · "));
L();
L("## Budget 2146/47");
L();
L("```mermaid");
L("pie showData");
L(`    title Programme budget 2146/47 (${gbp(BUDGET_TOTAL)})`);
for (const [k, v] of BUDGET) L(`    "${k}" : ${v}`);
L("```");
L();
const rav = BIDS.find((b) => b.short === "Ravensgill");
L(`The round 1 awards were agreed on Loomio on 2 December 2146 (decision ${DECISION_REF}); Ravensgill's ${gbp(rav.award)} is held`);
L(`until the council confirms its ${gbp(RAVENSGILL_CONTRIB)} contribution. The safeguarding training catch-up was added on 16 November`);
L("(minute 6) from the programme contingency, which is now used up.");
L();
L("## Who decides");
L();
L("```mermaid");
L("flowchart TD");
L("    A[Request for money from the Route Review Fund or the programme budget] --> B{How much?}");
L("    B -->|up to £25,000| C[Programme Manager, with the lead member]");
L("    B -->|£25,001 to £100,000| D[Chair, after consulting the Vice-Chair]");
L("    B -->|over £100,000| E[The whole Task Group]");
L("    E --> F[At a meeting]");
L("    E --> G[Between meetings: a proposal on Loomio, open for at least four days]");
L("    G --> H{Did at least seven members vote?}");
L("    H -->|yes| I[Decided by a majority of the votes cast; the outcome is posted on Loomio]");
L("    H -->|no| J[Goes to the next meeting]");
L("    C --> K[Reported to the next meeting]");
L("    D --> K");
L("    I --> K");
L("```");
L();
L("Source: the Task Group's terms of reference, paragraph 7, agreed on 15 June 2146.");
L();
L("## Changes since the last version (16 November 2146)");
L();
L(`- M03 marked \`done\`: the round 1 awards were agreed on Loomio on 2 December 2146 (${DECISION_REF}).`);
L("- M05's end date moved from 2146-11-30 to 2146-12-16 and tagged `crit` (minute 5 of 16 November).");
L("- M09 added: the safeguarding training catch-up for 212 staff (minute 6 of 16 November).");
L("- Budget: £58,000 for the safeguarding training catch-up added; £28,000 of round 1 carried to round 2.");
L("- Measures: quarter 2 figures added.");
L();

const text = md.join("\n");
writeFileSync(join(root, "docs", FILE), text);

// rendering
const out = [];
let inCode = false, para = [];
const flush = () => { if (para.length) out.push(para.join(" ")); para = []; };
for (const raw of md) {
  if (raw.startsWith("```")) { flush(); inCode = !inCode; continue; }
  if (inCode) { out.push(raw.trim()); continue; }
  let l = raw;
  if (/^\|-/.test(l)) continue;
  if (!l.trim() || l.trim() === ">") { flush(); continue; }
  if (l.startsWith("|")) { flush(); out.push(l.slice(1, -1).split("|").map((c) => c.trim()).join(" | ")); continue; }
  if (l.startsWith("#")) { flush(); out.push(l.replace(/^#+ /, "")); continue; }
  l = l.replace(/^> ?/, "");
  if (/^- /.test(l)) { flush(); para.push(l.slice(2)); continue; }
  para.push(l.trim());
}
flush();
for (const [i, l] of out.entries()) if (!/^[a-z]|^M\d|^title|^section|^"/.test(l) || !md.some((m) => m.trim() === l)) out[i] = l.replace(/\*\*/g, "").replace(/^\*(.*)\*$/, "$1").replace(/`/g, "");
flush();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${md.length} lines, ${MILESTONES.length} milestones in a Mermaid gantt)`);
