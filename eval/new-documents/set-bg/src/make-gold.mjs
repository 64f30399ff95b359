// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells or a
// line's sentences, taken from the renderings by what they start with or contain, so a quote is always
// the rendering's own text.
// The brief's kinds of question are kept in the standard categories (the kind opens each note):
//   [list] status_lookup / table_lookup, [citation] board_paper, [fact] fact, [cross] and [briefing]
//   cross_document, [people] people_roles, [unanswerable] unanswerable.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PACK = DOCS.pack, NOTES = DOCS.notes, RES = DOCS.results, GR = DOCS.grants, MAP = DOCS.map;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// a line after the line that starts with `after` (a card's later line on the results page)
const lineAfter = (doc, after, start) => {
  const ls = lines(doc);
  const i = ls.findIndex((x) => x.startsWith(after));
  const l = ls.slice(i + 1).find((x) => x.startsWith(start));
  if (i < 0 || !l) throw new Error(`no ${start} after ${after} in ${doc}`);
  return l;
};
const grant = (id, from, n) => cells(GR, `360G-WCA-NBHD-${id} | `, from, n);

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bg${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ [list] status_lookup (4)
q("which PBM measures are off track or at risk at q3?", "status_lookup",
  "At quarter 3 2187/88 (to 31 December 2187) one measure is Off track and three are At risk. Off track: PBM-05, grant payments made within 20 working days of the due date (81% against 95%; 11 of 58 payments late because of the bank's new checks on recipients' accounts). At risk: PBM-01, residents voting in round 2 (14,862 against 16,000); PBM-04, round 1 projects completed on time (3 of 9 against 7 of 9 by 31 March 2188); and PBM-08, round 1 grant paid out (£393,900 against a profile of £470,000).",
  ["PBM-01", "PBM-04", "PBM-05", "PBM-08"], ["PBM-02", "PBM-03", "PBM-07"],
  [[PACK, line(PACK, "PBM-05 | ")], [PACK, line(PACK, "PBM-01 | ")], [PACK, line(PACK, "PBM-04 | ")], [PACK, line(PACK, "PBM-08 | ")]],
  "[list] Word pack, Table 4.1: the rating is a word in the 'Q3 rating' column, beside a 'Q2 rating' column that must not be read instead.");
q("what got worse between q2 and q3 on the pb scorecard", "status_lookup",
  "Three measures are rated lower at quarter 3 than at quarter 2: PBM-04, round 1 projects completed on time (On track to At risk, 3 of 9), PBM-05, grant payments within 20 working days (On track to Off track, 81%), and PBM-08, round 1 grant paid out against profile (On track to At risk, £393,900 against £470,000). PBM-01, PBM-02 and PBM-03 were Not due at quarter 2, so they have no earlier rating to compare; PBM-06 stayed Complete.",
  ["PBM-04", "PBM-05", "PBM-08"], ["PBM-07"],
  [[PACK, line(PACK, "PBM-04 | ")], [PACK, line(PACK, "PBM-05 | ")], [PACK, line(PACK, "PBM-08 | ")], [PACK, sentence(PACK, "Three measures are rated lower")]],
  "[list] Compares the 'Q2 rating' and 'Q3 rating' word columns by the key in paragraph 1 (Off track < At risk < On track < Complete); 'Not due' is not a rating to compare from. The paper gives only the count.");
q("which projects are showing as delayed on our say?", "status_lookup",
  "Two results are Delayed on the Our Say results page (saved 18 January 2188), both round 1 projects in Tennick Vale: the skate and scooter park extension at Tennick Rec (40%; waiting for Tennick Vale District Council to discharge the planning condition on floodlight hours; new end date 30/04/2188, was 31/10/2187) and the riverside path lighting at Ambry Cross (20%; the contractor went into administration on 2 November 2187 and a new one starts on site on 4 March 2188; new end date 31/05/2188, was 31/12/2187).",
  ["Tennick Rec", "Ambry Cross"], ["Sallow Fields"],
  [[RES, lineAfter(RES, "Skate and scooter park extension", "Latest update")], [RES, lineAfter(RES, "Riverside path lighting", "Latest update")], [RES, lineAfter(RES, "Skate and scooter park extension", "Delayed | ")], [RES, lineAfter(RES, "Riverside path lighting", "Delayed | ")], [RES, line(RES, "Status | ")]],
  "[list] Decidim results page saved from the browser: the status word and the percentage are separate divs beside an empty bar; the filter's 'Delayed (2)' gives the count.");
q("which risks are high enough to go to the combined authority board?", "status_lookup",
  "Two. Risks scoring 15 or more are reported to the Combined Authority Board, and at the review of 31 January 2188 those are PBR-01, turnout staying low in the most deprived wards (likelihood 4 × impact 4 = 16, up from 12 in November), and PBR-05, the Our Say hosting and support contract ending on 31 March 2188 without a replacement (3 × 5 = 15, the same as in November). Recommendation (c) of item 4 asks the Panel to agree that both are reported.",
  ["PBR-01", "PBR-05"], ["PBR-02", "PBR-03"],
  [[PACK, line(PACK, "PBR-01 | ")], [PACK, line(PACK, "PBR-05 | ")], [PACK, line(PACK, "3. Risks are scored")], [PACK, line(PACK, "(c) agrees that risks PBR-01")]],
  "[list] Word risk register: score against the tolerance stated in a paragraph; PBR-02 scored 15 in November (Nov score column) but 10 now, PBR-03 is 12.");

// ------------------------------------------------------------------ [list] table_lookup (3)
q("list the round 2 grants in colderby with amounts pls", "table_lookup",
  "Three round 2 grants went to Colderby, awarded on 3 December 2187 (360Giving file): 360G-WCA-NBHD-R2-05, changing rooms for the community sports pavilion, to Colderby Rovers Community Football Club, £98,000 (it applied for £104,500); 360G-WCA-NBHD-R2-06, a food pantry and cookery classes on the Wexholm estate, to Wexholm Community Pantry, £57,000; and 360G-WCA-NBHD-R2-07, a youth-led podcast studio at Colderby Academy, to Colderby Youth Media Collective, £66,000. £221,000 in all, against Colderby's £225,000.",
  ["Colderby Rovers", "Wexholm", "Colderby Youth Media Collective"], ["Sallow Fields", "Repair"],
  [[GR, grant("R2-05", "360G-WCA-NBHD-R2-05", 2)], [GR, grant("R2-06", "360G-WCA-NBHD-R2-06", 2)], [GR, grant("R2-07", "360G-WCA-NBHD-R2-07", 2)], [GR, grant("R2-05", "GBP", 5)], [NOTES, line(NOTES, "Colderby | ")]],
  "[list] 360Giving CSV: amounts are bare numbers ('98000'), the area only in 'Beneficiary Location:Name', the round only in the identifier and programme columns; round 1 Colderby grants (Sallow Fields orchard, repair café) must be left out.");
q("whats each area getting in round 3?", "table_lookup",
  "Proposed in Table 5.2 of item 5 (14 February 2188), subject to the Combined Authority Board confirming the 2188/89 budget on 6 March 2188: Hollinsmere £330,000, Colderby £350,000, Tennick Vale £260,000 and Oxwardine £260,000, £1,200,000 in all. Each is a £200,000 base plus a deprivation uplift (£130,000, £150,000, £60,000 and £60,000), and 10% of each is kept for youth-led projects (£33,000, £35,000, £26,000, £26,000). In round 2 each area had £225,000.",
  ["330,000", "350,000", "260,000"], [],
  [[PACK, line(PACK, "Hollinsmere | 225,000")], [PACK, line(PACK, "Colderby | 225,000")], [PACK, line(PACK, "Tennick Vale | 225,000")], [PACK, line(PACK, "Oxwardine | 225,000")], [PACK, line(PACK, "Total | 900,000")]],
  "[list] The table is a pasted Excel worksheet object: Word shows a picture; the figures are only in the embedded workbook, as numbers under a #,##0 format.");
q("which panel members are from the parish and town council side?", "table_lookup",
  "Four of the twelve members are nominated by the Westmarch Association of Local Councils: Cllr Barnabas Cutteridge (Vice-Chair, Quillbury Magna Town Council), Cllr Lucian Parracombe (Little Harnworth Parish Council), Cllr Henrietta Tuckett (Marlpit Bridge Town Council) and Cllr Tomasz Zielonka (Ambry Cross Parish Council). Their named substitute is Cllr Philippa Coldridge (Quillbury Magna Town Council).",
  ["Cutteridge", "Parracombe", "Tuckett", "Zielonka"], ["Rendlesham"],
  [[PACK, line(PACK, "Cllr Barnabas Cutteridge | ")], [PACK, line(PACK, "Cllr Lucian Parracombe | ")], [PACK, line(PACK, "Cllr Henrietta Tuckett | ")], [PACK, line(PACK, "Cllr Tomasz Zielonka | ")]],
  "[list] Word membership table: 'Nominated by' says 'Association of Local Councils' (the side), not 'parish'; the substitute is in the same table.");

// ------------------------------------------------------------------ [citation] board_paper (7)
q("who's the contact officer on the round 3 allocations paper? need a number", "board_paper",
  "Aurelia Stanbury-Kent, Programme Manager, Neighbourhood Choices: phone 01632 960 418, email aurelia.stanbury-kent@westmarchca.gov.uk. Source: the front sheet of item 5, 'Neighbourhood Choices Fund: budget 2187/88 and round 3 allocations', agenda pack for 14 February 2188: \"Contact officer | Aurelia Stanbury-Kent\", \"Phone no | 01632 960 418\".",
  ["Stanbury-Kent", "01632 960 418"], ["960 437"],
  [[PACK, line(PACK, "Contact officer | Aurelia Stanbury-Kent")], [PACK, line(PACK, "Phone no | 01632 960 418")]],
  "[citation] Word front sheet as a label table; item 4's front sheet just before it gives another officer and number (960 437).");
q("what did cllr ravenhill say about ambry cross at the nov meeting? exact words pls", "board_paper",
  "At minute 4.3 of the draft notes of 22 November 2187 (item 4, round 1 delivery), Cllr Ravenhill said: \"Residents voted for these projects in April. If the lights at Ambry Cross are not on by the spring, people will stop believing that voting makes any difference, and we should say so plainly on Our Say rather than hoping nobody notices.\"",
  ["4.3", "stop believing"], [],
  [[NOTES, line(NOTES, "4.3 ")]],
  "[citation] HackMD source: the paragraph number is typed in bold ('**4.3**'); the quote must be given with its locator.");
q("what are the recs on item 5? word for word", "board_paper",
  "Item 5 (Neighbourhood Choices Fund: budget 2187/88 and round 3 allocations, 14 February 2188) recommends \"That the Panel: (a) notes the forecast underspend of £83,700 on the fund in 2187/88, including an overspend of £11,800 on paper ballots and outreach to be met from the contingency; (b) agrees the round 3 allocations in Table 5.2, £1,200,000 in all, subject to the Combined Authority Board confirming the 2188/89 budget on 6 March 2188; (c) agrees a maximum grant of £75,000 per project in round 3 (£100,000 in rounds 1 and 2), with the minimum unchanged at £5,000; (d) agrees that 10 per cent of each area's round 3 allocation is kept for projects led by young people, judged with the Westmarch Youth Council.\"",
  ["£83,700", "£1,200,000", "£75,000", "6 March 2188"], [],
  [[PACK, line(PACK, "(a) notes the forecast underspend")], [PACK, line(PACK, "(b) agrees the round 3 allocations")], [PACK, line(PACK, "(c) agrees a maximum grant")], [PACK, line(PACK, "(d) agrees that 10 per cent")]],
  "[citation] Typed (a)–(d) paragraphs; item 4's recommendations (a)–(c) come first in the pack and must not be given.");
q("is item 8 confidential? what reason does the pack give", "board_paper",
  "Yes. Item 8, the Our Say hosting and support contract, is in Part B of the agenda for 14 February 2188 (\"Part B – items not open to the public\"). The pack says: \"This item is not for publication. It is exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the financial or business affairs of any particular person (including the authority holding that information). The report will be sent to members separately.\"",
  ["paragraph 3", "Schedule 12A"], [],
  [[PACK, line(PACK, "This item is not for publication.")], [PACK, line(PACK, "Part B – items not open")]],
  "[citation] The agenda table's Part B is a spanning row; the exemption paragraph is at the end of the pack.");
q("exact wording of what the panel agreed on the round 2 result in nov?", "board_paper",
  "Item 3 of the draft notes of 22 November 2187 (round 2 vote: results and ratification) records: \"Agreed: the Panel (a) ratifies the result of the round 2 vote: 13 projects, £884,200; (b) asks officers to award the grants by 3 December 2187; (c) carries the unspent £15,800 into round 3.\"",
  ["884,200", "3 December 2187", "15,800"], [],
  [[NOTES, line(NOTES, "Agreed: the Panel (a) ratifies")]],
  "[citation] The decision sits in a HackMD ':::success' container with '**Agreed:**' in bold.");
q("what does the grants data say the sallow fields orchard grant is for? quote it with the grant id", "board_paper",
  "Grant 360G-WCA-NBHD-R1-01, 'Orchard and wildflower meadow, Sallow Fields Park', to Friends of Sallow Fields Park. Its Description in the 360Giving file reads: \"Planting 40 fruit trees and sowing a wildflower meadow on the old bowling green, with volunteer days for local schools. Chosen by residents in the round 1 vote on Our Say (5 to 26 April 2187) and ratified by the Participatory Budgeting Joint Panel on 14 June 2187.\" It was £48,000, awarded on 2187-06-21.",
  ["360G-WCA-NBHD-R1-01", "40 fruit trees"], [],
  [[GR, grant("R1-01", "360G-WCA-NBHD-R1-01", 3)]],
  "[citation] 360Giving CSV: the description is a quoted field; the locator is the grant's Identifier.");
q("what exactly does the away day map say about the sms code idea, and who owns it?", "board_paper",
  "On the away day mind map (10 January 2188), under the Voting branch (priority 1), the topic reads \"SMS code instead of the postcode and date of birth check\" with the labels \"To decide 20 March\" and \"Tobias K.\" (Tobias Kittow, Participation and Digital Lead). A relationship line from it to \"Keep voting from age 11\" is labelled \"Many 11–15s have no phone of their own – keep the postcode route as well\". Item 6 of the pack confirms that the SMS code check will come to the meeting on 20 March 2188.",
  ["To decide 20 March", "Tobias"], [],
  [[MAP, line(MAP, "SMS code instead")], [MAP, line(MAP, "Many 11–15s")], [PACK, sentence(PACK, "the SMS code check will come")]],
  "[citation] XMind PDF: status and owner are labels drawn under the topic; the caveat is a relationship line's label, drawn after all the topics.");

// ------------------------------------------------------------------ [fact] fact (7)
q("how many people voted in round 2?", "fact",
  "14,862 residents: 12,907 online and 1,955 on paper, in the vote on Our Say from 1 to 21 October 2187. 2,318 of them (15.6%) were aged 11 to 17, and 63 duplicate votes were removed before the count. That is 93% of the 16,000 target (PBM-01, At risk).",
  ["14,862"], [],
  [[NOTES, line(NOTES, "3.1 ")], [PACK, line(PACK, "PBM-01 | ")]],
  "[fact]");
q("when does the our say hosting contract end?", "fact",
  "On 31 March 2188. Options for extending it are item 8 of the 14 February 2188 meeting, in Part B, and risk PBR-05 (the contract ending without a replacement, score 15) is one of the two risks reported to the Combined Authority Board.",
  ["31 March 2188"], [],
  [[NOTES, line(NOTES, "7.1 ")], [PACK, line(PACK, "PBR-05 | ")], [PACK, line(PACK, "The contract ends on")]],
  "[fact]");
q("whats the global execution status on the our say results page?", "fact",
  "34%, on the Neighbourhood Choices results page saved on 18 January 2188, across 22 results: 4 completed, 6 in progress, 2 delayed and 10 not started. By area: Colderby 46%, Oxwardine 39%, Hollinsmere 27% and Tennick Vale 27%.",
  ["34%"], [],
  [[RES, line(RES, "Global execution status | ")], [RES, line(RES, "Status | ")]],
  "[fact] The percentage is a div beside an empty bar; nothing else on the page says it in words.");
q("how much round 2 grant money has actually been paid out so far?", "fact",
  "£265,260 by 31 December 2187: the 30 per cent first instalments on the £884,200 of round 2 grants, paid in December (Table 5.1 of item 5, 'Spent to 31 Dec 2187'). The 360Giving file's 'Amount Disbursed' for the 13 round 2 grants adds up to the same.",
  ["265,260"], [],
  [[PACK, line(PACK, "Round 2 grants | 900,000")], [PACK, sentence(PACK, "First instalments of 30 per cent")]],
  "[fact] Only in the embedded workbook of Table 5.1 (the paragraph gives the rate, not the sum) or by adding 13 CSV cells; the workbook's hidden 'Nov forecast' sheet has other figures.");
q("which group got the tool library grant and how much?", "fact",
  "Colderby Repair Café CIC (company 14987126): £27,000 for the repair café and tool library in Colderby (360G-WCA-NBHD-R1-07), awarded on 2187-06-21 in round 1 and paid in full. Our Say shows it completed (end date 30/09/2187).",
  ["Colderby Repair Café CIC"], [],
  [[GR, grant("R1-07", "360G-WCA-NBHD-R1-07", 2)], [GR, grant("R1-07", "GBP", 5)], [GR, grant("R1-07", "GB-COH-14987126", 2)]],
  "[fact] 360Giving CSV: the recipient is in 'Recipient Org:Name', the amount a bare number ('27000').");
q("how many wards have got a funded project now?", "fact",
  "51 of the 74 wards at quarter 3 (31 December 2187), against a target of 60 of 74 by March 2189, and On track (PBM-07); round 2 added 13 wards (38 at quarter 2).",
  ["51"], [],
  [[PACK, line(PACK, "PBM-07 | ")]],
  "[fact]");
q("whats the turnout target for round 3?", "fact",
  "18,000 voters, agreed at the away day on 10 January 2188 (round 2 had 14,862, against a target of 16,000).",
  ["18,000"], [],
  [[MAP, line(MAP, "Turnout target 18,000")]],
  "[fact] Only on the mind map: a topic of the Reach branch with the label 'Agreed'.");

// ------------------------------------------------------------------ [cross] cross_document (7)
q("is the max grant going down for round 3?", "cross_document",
  "It is proposed, not yet decided. On 22 November 2187 members asked for options to lower the maximum grant from £100,000 to £75,000 (minute 6.2, action PBA-24); the away day of 10 January 2188 marked 'Maximum per project £75k (rounds 1 and 2: £100k)' as 'To decide 14 Feb'; and recommendation (c) of item 5 asks the Panel on 14 February 2188 to agree a maximum of £75,000 per project in round 3, the minimum staying at £5,000.",
  ["£75,000", "£100,000"], [],
  [[NOTES, line(NOTES, "6.2 ")], [MAP, line(MAP, "Maximum per project £75k")], [PACK, line(PACK, "(c) agrees a maximum grant")]],
  "[cross] HackMD notes, XMind map and Word pack.");
q("when will the ambry cross path lighting actually be finished?", "cross_document",
  "Not before the end of May 2188 on current plans. The Our Say results page (18 January 2188) shows the riverside path lighting as Delayed at 20%, with a new end date of 31/05/2188 (it was 31/12/2187): the contractor went into administration on 2 November 2187 and a new contractor starts on site on 4 March 2188. At the meeting on 22 November the parish council still expected to finish by February 2188 (minute 4.2), and a comment on the notes already said April at the earliest; the quarter 3 report says it will finish after March.",
  ["31/05/2188"], [],
  [[RES, lineAfter(RES, "Riverside path lighting", "Latest update")], [NOTES, line(NOTES, "4.2 ")], [NOTES, line(NOTES, "Parish clerk now says April")], [PACK, line(PACK, "PBM-04 | ")]],
  "[cross] The notes' 'by February 2188' is superseded by a reviewer's comment and by the results page; the date is Decidim's dd/mm/yyyy.");
q("what happened to the £15,800 left over from round 2?", "cross_document",
  "It was carried into round 3. The Panel agreed on 22 November 2187 to carry the unspent £15,800 into round 3 (round 2 grants came to £884,200 of £900,000); Table 5.1 shows the round 2 grants line £15,800 under budget; the away day map has '£15.8k left from round 2 → round 3' as Agreed; and item 5 says round 3's £1,200,000 includes the £15,800 carried from round 2.",
  ["15,800", "round 3"], [],
  [[NOTES, line(NOTES, "Agreed: the Panel (a) ratifies")], [PACK, line(PACK, "5. Subject to the Combined Authority Board")], [MAP, line(MAP, "£15.8k left from round 2")], [PACK, line(PACK, "Round 2 grants | 900,000")]],
  "[cross] The map writes it as '£15.8k'.");
q("do the round 2 grants in the 360giving file add up to what the panel ratified?", "cross_document",
  "Yes. The 360Giving file lists 13 round 2 grants (programme NBHD-R2, awarded on 2187-12-03) whose Amount Awarded adds up to 884,200, the 13 projects and £884,200 that the Panel ratified on 22 November 2187; Table 5.1 of item 5 also shows £884,200 committed on round 2 grants. By area: Hollinsmere £222,700, Colderby £221,000, Tennick Vale £217,500 and Oxwardine £223,000.",
  ["884,200", "13"], [],
  [[NOTES, line(NOTES, "Agreed: the Panel (a) ratifies")], [NOTES, line(NOTES, "Total | ")], [PACK, line(PACK, "Round 2 grants | 900,000")], [GR, grant("R2-01", "360G-WCA-NBHD-R2-01", 2)]],
  "[cross] Adding 13 bare numbers of a CSV column, filtered by the round, against the notes.");
q("cllr sedgwick-amaechi declared an interest in nov - what in, and how much did that group get?", "cross_document",
  "He declared an interest in item 4 (round 1 delivery) as a trustee of The Old Fire Station Trust, which holds a round 1 grant for the youth music studio, and took no part in the discussion of that project (minute 1.2 of 22 November 2187). The 360Giving file shows the grant as £100,000 (360G-WCA-NBHD-R1-05, awarded on 2187-06-21, £60,000 paid by 31 December 2187), and Our Say shows the studio In progress at 60%, due to end on 31/03/2188.",
  ["Old Fire Station", "100,000"], [],
  [[NOTES, line(NOTES, "1.2 ")], [GR, grant("R1-05", "360G-WCA-NBHD-R1-05", 2)], [GR, grant("R1-05", "GBP", 4)], [RES, lineAfter(RES, "Youth music studio", "In progress | ")]],
  "[cross] The notes name the trust, not the amount; the CSV has the amount as '100000'.");
q("how many round 1 projects are finished? the q3 report and our say seem to say different things", "cross_document",
  "Four of the nine, on Our Say as at 18 January 2188: the Sallow Fields Park orchard, the Marlpit Bridge warm welcome hub kitchen, the Colderby repair café and tool library, and the Little Harnworth defibrillators and first aid training, which finished on 14 January 2188. The quarter 3 report (PBM-04, to 31 December 2187) counts 3 of 9 because the defibrillators were finished after the quarter ended.",
  ["3 of 9", "defibrillators"], [],
  [[PACK, line(PACK, "PBM-04 | ")], [RES, lineAfter(RES, "Defibrillators and first aid training", "Latest update")], [RES, line(RES, "Status | ")], [NOTES, line(NOTES, "4.1 ")]],
  "[cross] Different dates: the report is to 31 December, the results page 18 January.");
q("what happened to the idea of paper ballots in every library from the nov meeting?", "cross_document",
  "It was agreed at the away day. On 22 November 2187 members asked for the cost of paper ballots in all 31 libraries rather than 12 (minute 6.2; action PBA-23, Tobias Kittow, due 10 Jan 2188). The away day on 10 January 2188 marked 'Paper ballots in all 31 libraries (round 2: 12)' as Agreed, owner Tobias K., at an extra cost of about £14k from the outreach budget, and item 6 of the pack reports that members agreed to offer paper ballots in all 31 libraries.",
  ["31", "£14k"], [],
  [[NOTES, line(NOTES, "6.2 ")], [MAP, line(MAP, "Paper ballots in all 31 libraries")], [MAP, line(MAP, "Extra cost about £14k")], [PACK, line(PACK, "2. Members agreed to keep voting")]],
  "[cross] The cost is a child topic without a label on the map.");

// ------------------------------------------------------------------ [briefing] cross_document (5)
q("can u give me a quick briefing on item 5 before thursday", "cross_document",
  "Item 5, Neighbourhood Choices Fund: budget 2187/88 and round 3 allocations, is a key decision and not confidential (contact Aurelia Stanbury-Kent, 01632 960 418). Budget 2187/88: £1,900,000; at 31 December 2187 £1,811,800 committed and £888,360 spent; forecast outturn £1,816,300, an underspend of £83,700. Paper ballots and outreach are forecast £11,800 over (a second print run and extra count staff), met from the contingency. Round 2 grants came to £884,200, with £265,260 paid; the £15,800 left goes to round 3. Round 3: £1,200,000, subject to the Combined Authority Board confirming the 2188/89 budget on 6 March 2188 – a £200,000 base per area plus a £400,000 deprivation uplift: Hollinsmere £330,000, Colderby £350,000, Tennick Vale £260,000, Oxwardine £260,000. The Panel is asked to agree a maximum grant of £75,000 (was £100,000), the minimum staying at £5,000, and 10% of each area for youth-led projects, as the away day proposed.",
  ["£83,700", "£1,200,000", "£75,000", "6 March"], [],
  [[PACK, line(PACK, "(a) notes the forecast underspend")], [PACK, line(PACK, "(b) agrees the round 3 allocations")], [PACK, line(PACK, "(c) agrees a maximum grant")], [PACK, line(PACK, "Key decision | Yes")], [PACK, line(PACK, "Total | 1,900,000")], [PACK, line(PACK, "Total | 900,000")], [MAP, line(MAP, "Round 3 pot £1.2m")]],
  "[briefing] Word pack front sheet, recommendations and both Excel objects, with the away day map.");
q("brief me on round 1 delivery", "cross_document",
  "Nine round 1 projects were funded (£580,500, awarded on 21 June 2187). Finished: the Sallow Fields Park orchard, the Marlpit Bridge warm welcome hub kitchen and the Colderby repair café (the three counted at quarter 3: PBM-04, 3 of 9, At risk), and the Little Harnworth defibrillators (14 January 2188). In progress: the Hollinsmere East minibus (75%), the Old Fire Station youth music studio (60%) and the Oxwardine Road raised beds (80%). Delayed: the Tennick Rec skate park extension (40%, planning condition on floodlight hours, now due 30/04/2188) and the Ambry Cross riverside path lighting (20%, contractor in administration, now due 31/05/2188); a recovery plan from Ambry Cross Parish Council is due (PBA-27). £393,900 had been paid by 31 December against a profile of £470,000 (PBM-08, At risk), and risk PBR-03, late delivery, has risen to 12.",
  ["580,500", "Tennick Rec", "Ambry Cross", "393,900"], [],
  [[NOTES, line(NOTES, "4.1 ")], [NOTES, line(NOTES, "4.2 ")], [PACK, line(PACK, "PBM-04 | ")], [PACK, line(PACK, "PBM-08 | ")], [PACK, line(PACK, "Round 1 grants | 600,000")], [RES, lineAfter(RES, "Skate and scooter park extension", "Latest update")], [RES, lineAfter(RES, "Riverside path lighting", "Latest update")], [PACK, line(PACK, "PBR-03 | ")]],
  "[briefing] Notes, pack and results page.");
q("i missed the away day - what came out of it?", "cross_document",
  "The away day on 10 January 2188 at Tennick Mill Community Hall shaped round 3 (the mind map is Appendix A to item 6). Money (priority 1, for the 14 February paper): a £1.2m pot and a £75k maximum per project (was £100k), both to decide on 14 February; a £5k minimum, a 10% youth-led ring fence, a £200k base per area plus a deprivation uplift and the £15.8k left from round 2 all agreed; raising the ring fence to 15% parked. Voting (priority 1): keep voting from age 11, paper ballots in all 31 libraries (about £14k extra) and a four-week vote agreed; an SMS code check instead of the postcode and date of birth check to decide on 20 March (Tobias K.). Reach (priority 2): a turnout target of 18,000, pop-up stalls in the 10 lowest-turnout wards and the Youth Council helping to judge youth-led bids; ballots in 6 community languages parked for cost. Delivery (priority 2): an approved contractor list and payments within 20 working days in progress. Not this year: a citizens' jury and participatory budgeting for part of the transport budget.",
  ["18,000", "£75k", "age 11"], [],
  [[MAP, line(MAP, "Round 3 pot £1.2m")], [MAP, line(MAP, "Maximum per project £75k")], [MAP, line(MAP, "Keep voting from age 11")], [MAP, line(MAP, "Turnout target 18,000")], [MAP, line(MAP, "1 Priority 1")], [PACK, line(PACK, "2. Members agreed to keep voting")]],
  "[briefing] XMind PDF read branch by branch, with its legend for the priorities; the pack's item 6 gives a short version.");
q("quick briefing on the panel's risk register pls", "cross_document",
  "Seven risks at the review of 31 January 2188, scored likelihood × impact (1 to 5 each); 15 or more goes to the Combined Authority Board. Above that line: PBR-01, low turnout in the most deprived wards (16, up from 12; Tobias Kittow), and PBR-05, the Our Say hosting contract ending on 31 March 2188 without a replacement (15, the same; extension options in Part B, item 8). Rising: PBR-03, round 1 projects late (12, up from 9). New: PBR-04, grant payments delayed by the bank's account checks (9; Cormac Odgers). Falling: PBR-02, fraudulent or duplicate votes (10, down from 15, after the audit removed 63 duplicates) and PBR-07, a youth-led project putting children at risk (8, down from 12). PBR-06, a partner council withdrawing its share of costs (8), is unchanged.",
  ["PBR-01", "PBR-05", "PBR-04"], [],
  [[PACK, line(PACK, "PBR-01 | ")], [PACK, line(PACK, "PBR-05 | ")], [PACK, line(PACK, "PBR-03 | ")], [PACK, line(PACK, "PBR-04 | ")], [PACK, line(PACK, "PBR-02 | ")], [PACK, line(PACK, "3. Risks are scored")], [NOTES, line(NOTES, "3.2 ")]],
  "[briefing] Word register with a 'Nov score' column and arrows; the duplicates are in the notes.");
q("summarise round 2 for me - turnout, projects, money", "cross_document",
  "Round 2 vote on Our Say, 1 to 21 October 2187: 14,862 residents voted (12,907 online, 1,955 on paper), 2,318 of them (15.6%) aged 11 to 17; 63 duplicate votes were removed. 13 projects were selected, costing £884,200 of the £900,000 (£225,000 per area): Hollinsmere 4 (£222,700), Colderby 3 (£221,000), Tennick Vale 3 (£217,500) and Oxwardine 3 (£223,000). The Panel ratified them on 22 November 2187, the grants were awarded on 3 December 2187 and £265,260 of first instalments was paid by 31 December; the £15,800 left goes to round 3. On Our Say (18 January 2188) three round 2 projects have started: the bike repair hub (25%), the Wexholm food pantry (30%) and Year 6 swimming lessons (15%).",
  ["14,862", "884,200", "13"], [],
  [[NOTES, line(NOTES, "3.1 ")], [NOTES, line(NOTES, "3.3 ")], [NOTES, line(NOTES, "Total | ")], [NOTES, line(NOTES, "Agreed: the Panel (a) ratifies")], [PACK, line(PACK, "Round 2 grants | 900,000")]],
  "[briefing] Notes (text and pipe table), pack, results page and grants file.");

// ------------------------------------------------------------------ [people] people_roles (2)
q("who chairs the pb joint panel and who's vice chair?", "people_roles",
  "Cllr Marguerite Rendlesham (Labour, Hollinsmere City Council, nominated by the Combined Authority) chairs the Participatory Budgeting Joint Panel; the Vice-Chair is Cllr Barnabas Cutteridge (Independent, Quillbury Magna Town Council, nominated by the Westmarch Association of Local Councils).",
  ["Rendlesham", "Cutteridge"], [],
  [[PACK, line(PACK, "Cllr Marguerite Rendlesham | ")], [PACK, line(PACK, "Cllr Barnabas Cutteridge | ")], [NOTES, line(NOTES, "Chair: ")]],
  "[people]");
q("who subbed for who at the nov meeting?", "people_roles",
  "Two substitutes at the meeting of 22 November 2187: Cllr Rupert Lallyman for Cllr Agatha Swinbourne, and Cllr Philippa Coldridge for Cllr Henrietta Tuckett; both members had sent apologies. Malachy Dunphy, a co-opted member, also sent apologies, and Cllr Dafydd Llewelyn-Spurr is not ticked as present, with no apologies recorded.",
  ["Lallyman", "Swinbourne", "Coldridge", "Tuckett"], [],
  [[NOTES, line(NOTES, "1.1 ")], [NOTES, line(NOTES, "[x] Cllr Rupert Lallyman")], [NOTES, line(NOTES, "[x] Cllr Philippa Coldridge")]],
  "[people] HackMD task-list attendance: '[ ]' is absent, the substitution typed after the name.");

// ------------------------------------------------------------------ [unanswerable] unanswerable (5)
q("what was PBM-01 at q4?", "unanswerable",
  "Not in the papers: the performance report gives quarter 2 and quarter 3 2187/88 only (to 31 December 2187); at quarter 3 PBM-01 was 14,862 voters, At risk.",
  [], [], [],
  "[unanswerable] Near miss: Q2 and Q3 columns only.");
q("how many votes did the tennick rec skate park get?", "unanswerable",
  "Not in the papers: they give the number of people who voted in round 2 (14,862, and by area) but no votes for any project, and nothing on the round 1 vote's counts.",
  [], [], [],
  "[unanswerable] Near miss: turnout by area is in the notes; the results page has comments counts, not votes.");
q("what did the panel decide on 14 feb about the max grant?", "unanswerable",
  "Not in the papers: the meeting of 14 February 2188 had not happened when they were written. Item 5 recommends a maximum of £75,000 per project in round 3, but no decision is recorded.",
  [], [], [],
  "[unanswerable] Near miss: the recommendation is held, the decision is not.");
q("whats cllr zielonka's phone number?", "unanswerable",
  "Not given: the papers give phone numbers only for officers (for example the clerk, Gwendolen Abernathy-Sowande, 01632 960 433); no member's number is listed.",
  [], [], [],
  "[unanswerable] Near miss: officers' numbers are on the front sheets.");
q("how much will the our say hosting extension cost?", "unanswerable",
  "Not in the papers: the extension options are item 8, a Part B report that is exempt and sent to members separately. The budget shows only the current hosting and support line for 2187/88 (£64,000).",
  [], [], [],
  "[unanswerable] Near miss: the current year's platform budget line is not the extension's cost.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
