// Builds docs/pools-panel-item-5-plant-fund-round-1-draft-3-2101-11-14.md and its rendering in text/.
// Layout: A BOARD PAPER DRAFTED IN MARKDOWN AND REVIEWED WITH CRITICMARKUP, as MultiMarkdown, iA Writer or
// Obsidian's CriticMarkup plugins keep it: a MULTIMARKDOWN METADATA BLOCK at the top ("Key: value" lines,
// no "---" fences, ended by a blank line; one key says who the reviewers' initials are), then the paper:
// an ATX title, bold label lines with hard line breaks (two trailing spaces), the front sheet as bold
// run-in labels, typed (a)–(c) recommendations, numbered paragraphs under "##" headings, two pipe tables
// (Table 1 with a bold total row, Table 2), lettered notes under Table 1. THE REVIEWERS' CHANGES ARE STILL
// IN THE FILE AS CRITICMARKUP, NOT ACCEPTED: substitutions {~~old~>new~~} (the maximum grant carried
// over from the September paper and corrected to the figure the Panel agreed, an award cut after the
// finance check and every total and carry-forward figure that follows from it, "two" conditions
// become "three"), insertions {++…++} (a sentence on the finance check, the paragraph on who chairs the
// item), a deletion {--…--} (a sentence on the Chair's powers), a highlight {==…==} with a comment, and
// comments {>>…<<} carrying the reviewer's initials (never two within 200 characters, so that no
// reader stripping "<…>" as tags joins one comment's "<<}" to the next one's "{>>"). What the paper now says is the text with the
// insertions in, the deletions out and each substitution's new figure.
// Rendering: as a CriticMarkup preview shows the draft: metadata as "Key: value" lines, markdown
// markers dropped (headings, bold, table delimiter rows), table rows with cells " | ", a hard line break
// as a new line; insertions and highlights as plain text, deletions and the old side of a substitution
// struck through as "~~old~~" followed by the new text, comments in square brackets "[IC-W: …]" where
// they stand – so the rendering has the file's words in the file's order.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-fund-paper-criticmarkup-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, BIDS, RESUBMIT, FUND_TOTAL, MAX_GRANT, PROPOSED_MAX, BIDS_RECEIVED, ASKED_TOTAL, awardTotal, money } from "./common.mjs";

const FILE = DOCS.fund;
const BASE = basename(FILE, extname(FILE));
const sub = (a, b) => `{~~${a}~>${b}~~}`;
const T = money(awardTotal()), T0 = money(awardTotal(true));
const C = money(FUND_TOTAL - awardTotal()), C0 = money(FUND_TOTAL - awardTotal(true));
const md = [];
const L = (...ls) => md.push(...ls);

L(
  "Title: Pool Plant Renewal Fund: round 1 recommended awards",
  `Author: ${O.mbeki.name}`,
  "Date: 14 November 2101",
  `Meeting: ${BODY}, 24 November 2101`,
  "Agenda item: 5",
  "Version: Draft 3 (reviewed)",
  `Reviewers: IC-W = ${O.carrow.name}; FG = ${O.greenhalgh.name}`,
  "Base Header Level: 1",
  "CSS: lga-paper.css",
  "",
  "# Pool Plant Renewal Fund: round 1 recommended awards",
  "",
  `**${BODY}**  `,
  "**Thursday 24 November 2101**  ",
  "**Item 5**",
  "",
  "**Purpose of report:** For decision.",
  "",
  `**Summary:** Round 1 of the Pool Plant Renewal Fund received ${BIDS_RECEIVED} bids asking for £4.3 million. This report recommends ${BIDS.length} grants totalling ${sub(T0, T)} from the ${money(FUND_TOTAL)} fund, ${sub("two", "three")} of them with conditions, and asks the Panel to carry the remaining ${sub(C0, C)} forward to round 2.`,
  "",
  "**Is this report confidential?** No.",
  "",
  "**Recommendations:** That the Panel:",
  "",
  `(a) agrees the ${BIDS.length} grants in Table 1, totalling ${sub(T0, T)}, with the conditions set out under the table;  `,
  `(b) agrees that the remaining ${sub(C0, C)} is carried forward to round 2, which opens in April 2102; and  `,
  "(c) invites the two bids in Table 2 to resubmit in round 2.",
  "",
  `**Contact officer:** ${O.mbeki.name}  `,
  `**Position:** ${O.mbeki.post}  `,
  `**Phone no:** ${O.mbeki.phone}  `,
  `**Email:** ${O.mbeki.email}`,
  "",
  "## 1. Background",
  "",
  `1.1 At its meeting on 22 September 2101 (minute 4.3) the Panel agreed a round 1 Pool Plant Renewal Fund of £3.6 million, a maximum grant of ${sub(money(PROPOSED_MAX), money(MAX_GRANT))}{>>IC-W: The Panel agreed £300,000 at minute 4.3; £350,000 was the figure in the September paper.<<}, match funding of at least 30% of project costs, and that bids scoring below 65 out of 100 would not be funded.`,
  "",
  "1.2 Round 1 opened on 4 October 2101 and closed at noon on 1 November 2101. The Fund pays for capital works to pool plant and for energy efficiency measures at council-owned pools.",
  "",
  "## 2. Bids received",
  "",
  `2.1 ${BIDS_RECEIVED} bids were received, asking for ${money(ASKED_TOTAL)} in total. Two bids were ineligible: one was for revenue costs only and one came from a leisure trust rather than a council. The other 15 bids were scored.`,
  "",
  "2.2 Twelve bids scored 65 or more and are recommended in Table 1. Three bids scored below 65; two of them were strong on risk of closure and are invited to resubmit (Table 2).",
  "",
  "## 3. Assessment",
  "",
  "3.1 Each bid was scored by two officers and moderated by an external assessor, Dr Callum Strachan-Yiu of Aquatic Estates Consulting, against five criteria: carbon and energy savings (35 points), risk of closure (25), community need (20), deliverability (10) and value for money (10).",
  "",
  `3.2 ${O.greenhalgh.name}, ${O.greenhalgh.post}, checked each recommended project's costs and match funding.{++ He found that £45,000 of Brindleford's costs (replacement lockers and changing room fittings) is not eligible, and the award has been reduced to match (note a).++}`,
  "",
  "## 4. Recommended awards",
  "",
  "**Table 1: recommended awards, round 1, in order of score**",
  "",
  "| Bid ref | Council | Project | Total project cost | Grant requested | Score (out of 100) | Recommended award |",
  "|---|---|---|---:|---:|---:|---:|",
);
for (const b of BIDS) {
  const award = b.draftAward ? sub(money(b.draftAward), `${money(b.award)} (${b.cond})`) : money(b.award) + (b.cond ? ` (${b.cond})` : "");
  L(`| ${b.ref} | ${b.council} | ${b.project} | ${money(b.cost)} | ${money(b.ask)} | ${b.score} | ${award} |`);
}
L(
  `| **Total** | **${BIDS.length} bids** | | **${money(BIDS.reduce((a, b) => a + b.cost, 0))}** | **${money(BIDS.reduce((a, b) => a + b.ask, 0))}** | | **${sub(T0, T)}** |`,
  "",
  "(a) Brindleford Metropolitan Borough Council: £45,000 of the costs is not eligible, so the award is £255,000 rather than the £300,000 requested.  ",
  "(b) Calderbeck City Council: subject to listed building consent for the pool tank works by 31 March 2102.  ",
  "(c) Ferrisby Borough Council: reduced to £231,000, 70% of the £330,000 project cost, so that match funding is 30%.",
  "",
  "## 5. Bids invited to resubmit",
  "",
  "5.1 Two bids scored just below the threshold but were strong on risk of closure. We recommend inviting them to resubmit in round 2 with the assessors' feedback.",
  "",
  "**Table 2: bids invited to resubmit in round 2**",
  "",
  "| Bid ref | Council | Project | Grant requested | Score |",
  "|---|---|---|---:|---:|",
  ...RESUBMIT.map((r) => `| ${r.ref} | ${r.council} | ${r.project} | ${money(r.ask)} | ${r.score} |`),
  "",
  "## 6. Declarations of interest",
  "",
  "6.1 At the meeting on 22 September 2101 Cllr Priya Sandiford said that Coldharbour County Council intended to bid; its bid PPRF1-06 is in Table 2. Cllr Fenwick Daubeny declared that he is a trustee of the Hollowmere Swimming Club Trust; Hollowmere Borough Council's bid PPRF1-08 is recommended for £300,000 in Table 1.{>>FG: Please check with legal whether Cllr Daubeny can vote on this item.<<}",
  "",
  "6.2 Cllr Aled Prothero-Grange (Thornwick), Cllr Ottilie Brackwater (Southmere), Cllr Delphine Okoro-Marsh (Brindleford), Cllr Kwabena Ashdown-Fry (Eastcastle) and Cllr Barnaby Chilcott (Calderbeck) should declare an interest and not vote on their own council's bid.",
  "",
  "{++6.3 The Chair's council, Ferrisby Borough Council, made bid PPRF1-03 in Table 1. The Chair has asked the Vice-Chair, Cllr Zainab Okafor-Lintott, to chair the meeting for this item.++}",
  "",
  "## 7. Financial implications",
  "",
  `7.1 The recommended awards total ${sub(T0, T)}, leaving ${sub(C0, C)} of the ${money(FUND_TOTAL)} round 1 budget, which officers recommend carrying forward to round 2.{-- The Chair may agree changes of up to £25,000 to a single grant between meetings.--}`,
  "",
  "7.2 Grants will be paid in two instalments: 50% when the grant agreement is signed and 50% on completion of the works. {==Grant agreements will be issued by 16 December 2101==}{>>FG: Legal say 23 December is more realistic; Declan to confirm before publication.<<} and all works must be finished by 31 March 2103.",
  "",
  "## 8. Next steps",
  "",
  "8.1 Subject to the Panel's decision, councils will be told the outcome by 1 December 2101 and the awards published on the LGA website with case studies. Progress on the funded projects will be reported in the Panel's quarterly performance report (measure PL-03).",
  "",
);
const src = md.join("\n");
writeFileSync(join(root, "docs", FILE), src);

// ------------------------------------------------------------------ rendering
const critic = (s) => s
  .replace(/\{~~(.*?)~>(.*?)~~\}/g, "~~$1~~ $2")
  .replace(/\{\+\+(.*?)\+\+\}/g, "$1")
  .replace(/\{--(\s*)(.*?)--\}/g, "$1~~$2~~")
  .replace(/\{==(.*?)==\}/g, "$1")
  .replace(/\{>>(.*?)<<\}/g, " [$1]")
  .replace(/ {2,}/g, " ");
const outLines = [];
let inMeta = true;
for (const raw of src.split("\n")) {
  if (inMeta) { if (raw === "") { inMeta = false; continue; } outLines.push(raw); continue; }
  let l = raw.replace(/\s+$/, "");
  if (!l) continue;
  if (/^\|[-:| ]+\|$/.test(l)) continue;
  l = l.replace(/^#+ /, "").replace(/\*\*/g, "");
  if (l.startsWith("|")) l = l.slice(1, -1).split("|").map((c) => c.trim()).join(" | ");
  l = critic(l).replace(/ ([,.;])/g, "$1").trim();
  outLines.push(l);
}
writeFileSync(join(root, "text", BASE + ".txt"), outLines.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
