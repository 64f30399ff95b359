// Builds docs/pbjp-meeting-notes-2187-11-22-hackmd.md and its rendering in text/.
// Layout: THE MARKDOWN SOURCE OF A HACKMD (HEDGEDOC-STYLE) COLLABORATIVE NOTE, downloaded with "Download
// → Markdown" after the meeting: the clerk takes the notes live in a shared pad and members comment on
// them before they are approved. HackMD's own syntax throughout, which a plain markdown reader shows as
// literal text: YAML front matter of HackMD settings (title, tags, description, lang, robots, breaks);
// "###### tags:" with the tags in backticks; "[TOC]"; CONTAINERS ":::info", ":::warning", ":::success"
// and ":::spoiler Register of interests" fencing blocks (the meeting details, the draft warning and
// EACH DECISION, "**Agreed:**", sit in a container); "{%youtube … %}" embeds; ==highlight== marks;
// ATTENDANCE AS TASK-LIST CHECK BOXES – "- [x]" present, "- [ ]" not, with the reason (apologies, a
// substitute) typed after the name or, for one member, nothing at all; paragraph numbers typed in bold
// ("**4.3**"); a pipe table of the vote by area with a bold total row; ACTIONS AS A TASK LIST WHOSE
// OWNER IS ONLY HACKMD'S INLINE AUTHOR TAG "[name=…]", with "[time=…]" stamps on the one ticked and on
// comments; REVIEW COMMENTS AS BLOCKQUOTES signed with "[name=…] [time=…] [color=…]", one reply nested
// ("> >"), one of them carrying news later than the meeting.
// Rendering: the file line by line with the markdown marks dropped ("#", list dashes, "**", "==", "> ",
// backticks, table pipes at the ends and the alignment row) and everything else – front matter, check
// boxes, containers, HackMD's tags – kept as it stands, so that every word of the file is in it.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-notes-hackmd-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, CA, SITE, OFFICERS as O, GUEST, P, name, cllr, PRESENT, ONLINE, ABSENT, SUBBED, ACTIONS, VOTE2, VOTERS_BY_AREA, AREAS, R1, R1_TOTAL, R2, R2_TOTAL, R2_LEFT, ROUNDS, youngPct, HOSTING_ENDS, AWAY_DAY, BOARD_BUDGET, gbp, num, sum } from "./common.mjs";

const FILE = DOCS.notes;
const BASE = basename(FILE, extname(FILE));
const L = [];
const add = (...xs) => L.push(...xs);
const short = { "Colderby Metropolitan Borough Council": "Colderby MBC", "Tennick Vale District Council": "Tennick Vale DC", "Oxwardine Borough Council": "Oxwardine BC" };
const councilOf = (k) => short[P[k].council] ?? P[k].council;

add("---",
  "title: PBJP 22 Nov 2187 – meeting notes (DRAFT)",
  "tags: PBJP, meeting-notes, 2187-88",
  `description: Notes of the ${BODY}, Thursday 22 November 2187`,
  "lang: en-GB",
  "robots: noindex, nofollow",
  "breaks: false",
  "---",
  "",
  `# ${BODY} – notes of the meeting of 22 November 2187`,
  "",
  "###### tags: `PBJP` `meeting-notes` `draft`",
  "",
  ":::warning",
  `**DRAFT** – not yet approved. These notes go to the meeting on **Thursday 14 February 2188** for approval. Please suggest changes as comments, not edits. [name=${O.gwendolen.name}]`,
  ":::",
  "",
  "[TOC]",
  "",
  ":::info",
  "- **Date:** Thursday 22 November 2187, 10:30–13:05",
  "- **Where:** Committee Room 1, Hollinsmere Guildhall, and Microsoft Teams",
  `- **Chair:** ${name("rendlesham")}`,
  `- **Notes:** ${O.gwendolen.name}, ${O.gwendolen.post}`,
  "- **Webcast:** {%youtube xk3Rt0PBJPq %}",
  ":::",
  "",
  "## Who was there",
  "",
  "### Members",
);
const order = ["rendlesham", "cutteridge", "tallentire", "ravenhill", "dimmelow", "sedgwick", "blatherwick", "llewelyn", "swinbourne", "parracombe", "tuckett", "zielonka"];
for (const k of order) {
  const role = ["Chair", "Vice-Chair"].includes(P[k].role) ? ` (${P[k].role})` : "";
  const sub = SUBBED.find((s) => s.for === k);
  const here = PRESENT.includes(k);
  let tail = "";
  if (ONLINE.includes(k)) tail = " ==online==";
  if (sub) tail = ` – apols, sub: ${name(sub.k)}`;
  add(`- [${here ? "x" : " "}] ${name(k)}${role} – ${councilOf(k)}${tail}`);
}
add("", "### Substitutes");
for (const s of SUBBED) add(`- [x] ${name(s.k)} (for ${cllr(s.for)})`);
add("", "### Co-opted (non-voting)",
  `- [x] ${name("vaziri")} – Westmarch Youth Council`,
  `- [ ] ${name("dunphy")} – resident member – apols`,
  "", "### Officers",
  `${O.aurelia.name} (${O.aurelia.post}), ${O.tobias.name} (${O.tobias.post}), ${O.cormac.name} (${O.cormac.post}), ${O.gwendolen.name} (${O.gwendolen.post})`,
  "", "### Guest",
  `${GUEST.name}, ${GUEST.post} (item 5)`,
  "");

const para = (no, t) => add(`**${no}** ${t}`, "");
add("## 1. Apologies, substitutes and declarations", "");
para("1.1", `Apologies from ${cllr("swinbourne")} (${cllr("lallyman")} substituting), ${cllr("tuckett")} (${cllr("coldridge")} substituting) and ${name("dunphy")}.`);
para("1.2", `${cllr("sedgwick")} declared an interest in item 4 as a trustee of The Old Fire Station Trust, which holds a round 1 grant for the youth music studio. He took no part in the discussion of that project.`);
para("1.3", `${cllr("parracombe")} declared an interest in item 3: he chairs Little Harnworth Parish Council, whose village green play area is one of the round 2 projects. He left the room while the Panel ratified the Tennick Vale projects.`);
add(":::spoiler Register of interests",
  "The full register of members' interests is on the Combined Authority's website. No other interests were declared.",
  ":::", "");

add("## 2. Notes of 20 September 2187 and actions", "");
para("2.1", "The notes of the meeting on 20 September 2187 were approved.");
para("2.2", "Of actions PBA-14 to PBA-20, five are done. PBA-17 (a youth voting guide for schools) is waiting for the last two academies; PBA-19 (a data-sharing agreement with the four councils for ballot checks) is with the councils' lawyers.");

add("## 3. Round 2 vote: results and ratification", "");
para("3.1", `${O.tobias.name} reported on the round 2 vote, held on ${SITE.replace(" Westmarch", "")} from ${ROUNDS[2].vote}. ${num(VOTE2.voters)} residents voted: ${num(VOTE2.online)} online and ${num(VOTE2.paper)} on paper. ${num(VOTE2.young)} voters (${youngPct}%) were aged 11 to 17.`);
para("3.2", `An audit of the votes found ${VOTE2.duplicates} duplicate votes, which were removed before the count; no project's result changed.`);
para("3.3", `Thirteen projects were selected across the four areas, costing ${gbp(R2_TOTAL)} of the ${gbp(ROUNDS[2].pot)} available, so ${gbp(R2_LEFT)} is unspent.`);
add("| Area | Projects selected | Cost | Voters |", "|:-----|-----------------:|-----:|-------:|");
for (const a of AREAS) { const g = R2.filter((x) => x.area === a); add(`| ${a} | ${g.length} | ${gbp(sum(g, (x) => x.amount))} | ${num(VOTERS_BY_AREA[a])} |`); }
add(`| **Total** | **${R2.length}** | **${gbp(R2_TOTAL)}** | **${num(VOTE2.voters)}** |`, "");
para("3.4", `${cllr("tallentire")} said: "Nearly fifteen thousand people chose how this money is spent, and more than one in seven of them was too young to vote in any other election. That is the story we should be telling."`);
add(":::success",
  `**Agreed:** the Panel (a) ratifies the result of the round 2 vote: ${R2.length} projects, ${gbp(R2_TOTAL)}; (b) asks officers to award the grants by 3 December 2187; (c) carries the unspent ${gbp(R2_LEFT)} into round 3.`,
  ":::", "");

add("## 4. Round 1 delivery", "");
para("4.1", `${O.aurelia.name} reported on the nine round 1 projects (${gbp(R1_TOTAL)}). Three are complete: the Sallow Fields Park orchard, the Marlpit Bridge warm welcome hub kitchen and the Colderby repair café. The Little Harnworth defibrillators should be finished in January.`);
para("4.2", "Two projects are behind. The Tennick Rec skate park extension is waiting for Tennick Vale District Council to discharge a planning condition on floodlight hours. The contractor for the Ambry Cross riverside path lighting went into administration on 2 November 2187; the parish council expects to appoint a new one and finish by February 2188.");
add(`> Parish clerk now says April at the earliest, not February – shall I add that? [name=${O.aurelia.name}] [time=Tue, Nov 27, 2187 9:15 AM] [color=#e67e22]`,
  `> > Leave it as it was said at the meeting; it can be reported in February. [name=${O.gwendolen.name}] [time=Tue, Nov 27, 2187 11:40 AM] [color=#2e86c1]`, "");
para("4.3", `${cllr("ravenhill")} said: "Residents voted for these projects in April. If the lights at Ambry Cross are not on by the spring, people will stop believing that voting makes any difference, and we should say so plainly on Our Say rather than hoping nobody notices."`);
para("4.4", "The Panel asked for a recovery plan from Ambry Cross Parish Council (PBA-27).");

add("## 5. Evaluation: interim findings", "");
para("5.1", `${GUEST.name}, ${GUEST.post}, presented the interim evaluation of round 1. Of 1,204 round 1 voters surveyed, 72% said they would vote again and 41% had never taken part in a council consultation before.`);
para("5.2", "The main barriers were not knowing that the vote was happening (38%) and the postcode and date of birth check failing (11%).");
para("5.3", "The final report is due in June 2188.");

add("## 6. Round 3: early thinking", "");
para("6.1", `${O.aurelia.name} said that round 3, in 2188/89, depends on the Combined Authority Board setting its budget on ${BOARD_BUDGET.date}.`);
para("6.2", "Members asked for options to lower the maximum grant from £100,000 to £75,000, so that more and smaller projects can be funded (PBA-24), and for the cost of paper ballots in all 31 libraries rather than 12 (PBA-23).");
para("6.3", `${name("vaziri")} asked that the Youth Council help to judge youth-led bids. ==Officers to pick this up at the away day.==`);
add(":::success",
  `**Agreed:** the Panel will hold an away day on ${AWAY_DAY.date} to shape round 3.`,
  ":::", "");

add("## 7. Our Say platform", "");
para("7.1", `${O.tobias.name} reminded members that the hosting and support contract for Our Say ends on ${HOSTING_ENDS}. Options for extending it will come to the February meeting as a Part B item, as they include commercial information (PBA-26).`);

add("## 8. Any other business", "");
para("8.1", `The Chair thanked ${cllr("dimmelow")} for leading the schools' voting week, in which 14 secondary schools held a vote in class time.`);

add("## 9. Next meeting", "",
  "Thursday 14 February 2188, 10:30, Committee Room 1, Hollinsmere Guildhall.", "");

add("## Actions", "");
const short2 = (k) => O[k].name;
for (const a of ACTIONS) add(`- [${a.done ? "x" : " "}] **${a.ref}** ${a.action} [name=${short2(a.owner)}] due ${a.due}${a.time ? ` [time=${a.time}]` : ""}`);
add("");
writeFileSync(join(root, "docs", FILE), L.join("\n"));

// ---------------------------------------------------------------- rendering
const out = [];
for (const l of L) {
  if (/^\|[\s:|-]+\|$/.test(l)) continue; // the table's alignment row
  let t = l.replace(/^#+\s*/, "").replace(/^(> )+/, "").replace(/^- (?=\[)/, "").replace(/^- /, "").replace(/\*\*/g, "").replace(/==/g, "").replace(/`/g, "");
  if (/^\|.*\|$/.test(t)) t = t.slice(1, -1).split("|").map((c) => c.trim()).join(" | ");
  if (t.trim() === "" || t === "---") continue;
  out.push(t);
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
