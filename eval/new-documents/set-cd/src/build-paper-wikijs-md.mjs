// Builds docs/uctg-item-5-cbif-round-1-awards-2652-03-10.md and its rendering in text/.
// Layout: A WIKI.JS PAGE'S MARKDOWN SOURCE, as Wiki.js 2 writes it to its Git storage (the programme's
// wiki keeps the Task Group's papers as pages; this is the page of item 5 for 10 March 2652):
//  - WIKI.JS'S METADATA BLOCK: YAML front matter with exactly Wiki.js's keys (title, description,
//    published, date, tags as one comma-separated string, editor, dateCreated), the times in ISO UTC
//    with milliseconds;
//  - WIKI.JS'S OWN MARKDOWN EXTENSIONS: blockquotes turned into coloured callouts by a class on their
//    last line ("{.is-info}", "{.is-warning}", "{.is-success}"); A TABSET – a heading carrying
//    "{.tabset}" whose sub-headings become tabs, so that "## Bids and scores {.tabset}" shows as three
//    tabs, "Recommended", "Not recommended" and "How bids were scored", only one visible at a time, and
//    the heading itself is not shown; a "{.links-list}" list of background papers rendered as cards;
//  - THE FRONT SHEET AS A TWO-COLUMN PIPE TABLE WITH AN EMPTY HEADER ROW ("| | |" over "|---|---|"), its
//    labels in bold; the meeting's details, with the room change, in an info callout at the top;
//  - recommendations typed "(a)" to "(d)" in a paragraph each, paragraphs typed "1." … that markdown
//    numbers itself, money in a table with "£" in the column heading and bare figures in the cells.
// Rendering: the page as a reader of the wiki sees it: the title from the front matter, then the body, a
// heading or paragraph or list item a line, table rows as cells joined by " | " (the empty header row and
// the rule rows left out), each tab's title as a heading, the callouts' text without "> " and without
// their class line; the tabset heading, which Wiki.js does not show, left out.
// Synthetic test fixture: every person, bid, score and figure is invented.
//   node src/build-paper-wikijs-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, P, cllr, OFFICERS as O, BIDS, RECOMMENDED, REFUSED, ASKED, AWARDED, LEFT, ROUND1, FUND_TOTAL, THRESHOLD, CRITERIA, gbp, FUND, BOARD } from "./common.mjs";

const FILE = DOCS.paper;
const BASE = basename(FILE, extname(FILE));
const TITLE = "Item 5: Carers' Breaks Innovation Fund – round 1 awards";
const md = [];
const add = (...l) => md.push(...l);
const n = (v) => v.toLocaleString("en-GB");

add("---", `title: ${TITLE}`, "description: Unpaid Carers Task Group, Wednesday 10 March 2652. For decision.", "published: true", "date: 2652-02-26T15:41:07.512Z", "tags: uctg, cbif, board papers, 2652-03-10", "editor: markdown", "dateCreated: 2652-02-16T10:02:44.118Z", "---", "");
add("# Carers' Breaks Innovation Fund: round 1 awards", "");
add("> **Unpaid Carers Task Group**, Wednesday 10 March 2652, 10.30am. **Room 4.1**, 18 Smith Square (moved from Room 2.3), and Microsoft Teams. Agenda item 5.", "{.is-info}", "");
add("| | |", "|---|---|",
  "| **Purpose of report** | For decision |",
  "| **Is this report confidential?** | No |",
  "| **Key decision** | No: each award is below the Task Group's limit of £100,000 |",
  `| **Lead member** | ${cllr("wigmore")}, lead member for carers' breaks |`,
  `| **Contact officer** | ${O.araminta.name} |`,
  `| **Position** | ${O.araminta.post} |`,
  `| **Phone no** | ${O.araminta.phone} |`,
  `| **Email** | ${O.araminta.email} |`, "");
add("## Summary", "");
add(`Round 1 of the ${FUND} closed on 30 January 2652 with nine bids from nine councils asking for ${gbp(ASKED)} in all, against ${gbp(ROUND1)} available. An assessment panel scored each bid out of 100 against the five published criteria. Six bids scored ${THRESHOLD} or more and are recommended for awards totalling ${gbp(AWARDED)}; two of them for less than was asked. The three bids that scored below ${THRESHOLD} are not recommended.`, "");
add("## Recommendations", "");
add("That the Task Group:", "");
add(`(a) awards six round 1 grants totalling ${gbp(AWARDED)}, as set out in the "Recommended" tab below;`, "");
add(`(b) does not fund the three bids that scored below the threshold of ${THRESHOLD} (${REFUSED.map((b) => b.ref).join(", ").replace(/, (?=[^,]*$)/, " and ")});`, "");
add(`(c) carries the ${gbp(LEFT)} not awarded forward to round 2, which opens on 5 May 2652; and`, "");
add("(d) delegates the grant conditions to the Programme Manager, in consultation with the Chair.", "");
add("## Action", "");
add("Officers will send offer letters within ten working days of the decision and report the first claims to the Task Group's first meeting of 2652/53.", "");
add(`> ${cllr("tordoff")} and ${cllr("ludgate")} may wish to consider whether they have an interest to declare: Kettlemouth Borough Council and Wrayton Carers' Trust are named in bids CBIF-03 and CBIF-05.`, "{.is-warning}", "");
add("## Background", "");
add(`1. The ${FUND} is ${gbp(FUND_TOTAL)} over 2651/52 and 2652/53, in two rounds. It pays for new ways of giving unpaid carers a break: replacement care, short breaks and emergency breaks. Round 1 is ${gbp(ROUND1)}; round 2 will have the rest, with anything not awarded in round 1.`);
add("2. The scoring criteria were agreed with the lead member for carers' breaks in November 2651, as the Task Group asked on 1 October 2651, and the round 1 guidance was published on 19 December 2651. Councils could ask for up to £100,000 for a project of up to 18 months, and had to show how carers helped to design it.");
add(`3. Bids were scored by a panel of ${O.araminta.name}, ${O.yusuf.name} and two carers from the network's reference group. No member of the Task Group took part in the scoring.`, "");
add("## Assessment", "");
add(`4. The six bids that scored ${THRESHOLD} or more would give an estimated 3,900 carers a break over the life of the grants. CBIF-01 (Millhaven) scored highest, at 81, for an evening sitting service designed with carers of people with dementia.`);
add("5. Two awards are for less than was asked. Stainmoor's training element (£5,000) duplicates an existing contract. Swanmere's bid is recommended for its capital costs only (£55,000 of £85,000); the council's Better Care Fund plan is to pay for the staff.");
add("6. Pollardine City Council's bid (CBIF-07, £60,000) scored 63. Members may wish to note that Pollardine is the one council that has not yet adopted a refreshed carers' strategy (measure UCM-10), which the guidance encourages but does not require.");
add(`7. Farrowdale (58), Threxton (54) and Rookhaven (49) scored below the threshold, mainly on evidence of need and sustainability. Officers propose to offer those councils help with bid writing before round 2.`, "");
add("## Bids and scores {.tabset}", "");
add("### Recommended", "");
add("| Bid | Council | Project | Asked (£) | Score | Recommended (£) | Note |", "|---|---|---|--:|--:|--:|---|");
for (const b of RECOMMENDED) add(`| ${b.ref} | ${b.council} | ${b.project} | ${n(b.asked)} | ${b.score} | ${n(b.award)} | ${b.note} |`);
add(`| **Total** | | | **${n(RECOMMENDED.reduce((t, b) => t + b.asked, 0))}** | | **${n(AWARDED)}** | |`, "");
add("### Not recommended", "");
add("| Bid | Council | Project | Asked (£) | Score |", "|---|---|---|--:|--:|");
for (const b of REFUSED) add(`| ${b.ref} | ${b.council} | ${b.project} | ${n(b.asked)} | ${b.score} |`);
add("");
add("### How bids were scored", "");
add("| Criterion | Weight |", "|---|--:|");
for (const [c, w] of CRITERIA) add(`| ${c} | ${w} |`);
add("", `Bids needed ${THRESHOLD} out of 100 to be recommended.`, "");
add("## Financial implications", "");
add(`8. The recommended awards total ${gbp(AWARDED)} of the ${gbp(ROUND1)} for round 1, leaving ${gbp(LEFT)}. Grants are paid quarterly in arrears against claims. The money is in the programme budget for 2651/52 and 2652/53 and there is no cost to the LGA's core budget.`, "");
add("## Risks", "");
add("9. Risk UCR-04 in the programme's risk register (the Fund underspending) rose from 10 to 15 in February because fewer bids than expected reached the threshold. Carrying money forward to round 2, and helping the councils that scored below 60, are its controls.", "");
add("> Decision by the Task Group on 10 March 2652: see the notes of the meeting.", "{.is-success}", "");
add("## Background papers", "");
add("- [Round 1 guidance *Published 19 December 2651*](/uctg/cbif/round-1-guidance)", "- [Notes of the meeting of 10 December 2651 *Round 1 guidance agreed*](/uctg/meetings/2651-12-10)", "- [Risk register *OpenProject*](https://projects.local.gov.uk/projects/carers-support/work_packages)", "{.links-list}", "");

writeFileSync(join(root, "docs", FILE), md.join("\n"));

// --- rendering
const lines = [TITLE];
let inFront = 0;
for (const l of md) {
  if (l === "---" && inFront < 2) { inFront++; continue; }
  if (inFront < 2) continue;
  if (!l.trim() || /^\{\.[a-z-]+\}$/.test(l)) continue;
  if (/\{\.tabset\}$/.test(l)) continue;
  if (/^\|[-:| ]+\|$/.test(l) || l === "| | |") continue;
  let t = l.replace(/^#+ /, "").replace(/^> /, "").replace(/^- /, "");
  t = t.replace(/\*\*/g, "").replace(/\*([^*]+)\*/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
  if (t.startsWith("|")) t = t.slice(1, -1).split("|").map((c) => c.trim()).join(" | ");
  lines.push(t);
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
