// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or sentences
// of a line, taken from the renderings by what they start with or contain, so that a quote is always the
// rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const TR = DOCS.tracker, OP = DOCS.openproject, ZIM = DOCS.zim, SITE = DOCS.site, PAPER = DOCS.paper;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell starting with `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.findIndex((x) => x.startsWith(from));
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence of a rendering line: from `start` up to and including the first full stop or semicolon after it
const sentence = (doc, start, end = ". ") => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(end, i + start.length);
  return l.slice(i, j < 0 ? undefined : j + end.trimEnd().length);
};
const row = (ref) => cells(TR, `${ref} | `, ref, 10); // a measure: ref to Q3 status
const risk = (ref) => cells(OP, ` | ${ref} `, ref, 13); // a risk: subject to score at last review
const act = (ref) => cells(OP, ` | ${ref} `, ref, 8); // an action: subject to finish date

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `cd${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which UCM measures were marked intervene at q3?", "status_lookup",
  "Three measures are marked Intervene (the tracker's red: off track, a recovery plan is needed) at quarter 3 2651/52, to 31 December 2651: UCM-01, carers' assessments completed within 28 days of the request (68% against 85%; social worker vacancies in Wrayton and Threxton, 412 assessments waiting); UCM-05, carers' cards issued (2,490 against 5,000 by 31 March; the printing contract lapsed on 14 October); and UCM-10, councils with a refreshed carers' strategy adopted (11 of 12 against 12 of 12 by 31 December; Pollardine's is now expected in June 2652).",
  ["UCM-01", "UCM-05", "UCM-10"], ["UCM-02"],
  [[TR, row("UCM-01")], [TR, row("UCM-05")], [TR, row("UCM-10")], [TR, line(TR, "Intervene | Red")]],
  "Google Sheets PDF: the rating is a dropdown chip's word in the 'Q3 status' column; Intervene = red only in the key at the foot of page 2; UCM-10 is on page 2 under the repeated frozen rows.");
q("anything amber on the carers tracker this quarter?", "status_lookup",
  "One measure: UCM-02, carers given a break (replacement care or a short break) in the quarter, is on Watch, the tracker's amber (at risk of missing the target; action in hand), at quarter 3 2651/52: 2,118 against 2,400 a quarter, because two short-break providers closed for the winter (Skelmoor, Rookhaven). It was On course at quarters 1 and 2.",
  ["UCM-02"], ["UCM-03"],
  [[TR, row("UCM-02")], [TR, line(TR, "Watch | Amber")]],
  "'Amber' is only in the key (Watch = Amber); UCM-03 and UCM-05 were on Watch at Q2 but not at Q3, and UCM-01 at Q1 and Q2.");
q("what got worse between q2 and q3 on the carers measures", "status_lookup",
  "Four measures are rated lower at quarter 3 than at quarter 2: UCM-01, carers' assessments within 28 days (Watch to Intervene, 74% to 68%); UCM-02, carers given a break in the quarter (On course to Watch, 2,455 to 2,118); UCM-05, carers' cards issued (Watch to Intervene, 2,490 against 5,000); and UCM-10, councils with a refreshed carers' strategy (Watch to Intervene, 11 of 12 after the 31 December deadline). One improved: UCM-03, young carers identified through schools (Watch to On course, 790).",
  ["UCM-01", "UCM-02", "UCM-05", "UCM-10"], [],
  [[TR, row("UCM-01")], [TR, row("UCM-02")], [TR, row("UCM-05")], [TR, row("UCM-10")], [ZIM, sentence(ZIM, "Four measures were rated lower")]],
  "Compares the 'Q2 status' and 'Q3 status' chips by the key's order (Intervene below Watch below On course); the notes' item 4 says the same in words.");
q("which risks are above tolerance on the uctg register", "status_lookup",
  "Two risks score 15 or more, the Task Group's tolerance, and are Escalated (to go to the Adult Care and Wellbeing Board on 25 March 2652): UCR-01, short-break and respite providers leave the market (likelihood 4 × impact 4 = 16, up from 12; Delphine Abbotsley accountable), and UCR-04, the Carers' Breaks Innovation Fund underspent at the end of the programme (3 × 5 = 15, up from 10; Yusuf Stansgate accountable).",
  ["UCR-01", "UCR-04"], ["UCR-02"],
  [[OP, risk("UCR-01")], [OP, risk("UCR-04")], [OP, sentence(OP, "**Tolerance:**", "Board.")]],
  "OpenProject CSV: the tolerance is only in the description of the parent 'Risk register 2651/52'; the refs only as the first word of the Subject.");
q("which risks have gone up since the last review?", "status_lookup",
  "Four risks score more than at the review of 10 December 2651: UCR-01, short-break and respite providers leave the market (12 to 16); UCR-02, social worker vacancies delay carers' assessments (9 to 12); UCR-04, the Fund underspent (10 to 15); and UCR-06, the carers' card printing contract lapses (4 to 10). UCR-03 (12 to 9) and UCR-08 (12 to 9) went down.",
  ["UCR-01", "UCR-02", "UCR-04", "UCR-06"], ["UCR-05", "UCR-07"],
  [[OP, risk("UCR-01")], [OP, risk("UCR-02")], [OP, risk("UCR-04")], [OP, risk("UCR-06")], [OP, sentence(OP, "\"Score at last review\" is")]],
  "Compares the custom fields 'Risk score' and 'Score at last review'; what the latter is, only in the parent's description.");
q("which actions from the december meeting are still open?", "status_lookup",
  "Three, as reviewed at the meeting of 10 March 2652: UCA-32, the recovery plan for carers' assessments in Wrayton and Threxton (Nkiru Sheardown; carried forward, now due 14/4/2652); UCA-33, retendering the carers' card printing contract (Yusuf Stansgate; still on hold until the procurement board meets on 18 March, and overdue); and UCA-35, the schools survey on young carers (Nkiru Sheardown; carried forward, survey open until 31 March). UCA-31, UCA-34, UCA-36 and UCA-38 are done, and UCA-37 (a visit to Swanmere Carers' Centre) was dropped.",
  ["UCA-32", "UCA-33", "UCA-35"], [],
  [[ZIM, line(ZIM, "[>] UCA-32")], [ZIM, line(ZIM, "[ ] UCA-33")], [ZIM, line(ZIM, "[>] UCA-35")], [ZIM, line(ZIM, "Actions from 10 December reviewed")]],
  "Zim checkboxes: [ ] open, [>] carried forward, [*] done, [x] dropped (the states are Zim's; the notes' own line explains them). Trap: the OpenProject export of 1 March still has UCA-38 as New; the notes of 10 March tick it.");
q("did we hit the employer pledge target? UCM-07", "status_lookup",
  "Yes. UCM-07, employers signed up to the working carers' pledge, is Done (the tracker's blue: target met): 163 at quarter 3 against a target of 150. The target was met in quarter 2 (150), and 13 more employers have signed since.",
  ["163"], [],
  [[TR, row("UCM-07")], [TR, line(TR, "Done | Blue")]],
  "");

// ------------------------------------------------------------------ table_lookup (6)
q("UCM-02 q3 figure?", "table_lookup",
  "2,118 carers given a break in quarter 3 2651/52, against a target of 2,400 a quarter: on Watch (amber). It was 2,310 at quarter 1 and 2,455 at quarter 2; two short-break providers closed for the winter (Skelmoor, Rookhaven).",
  ["2,118"], [],
  [[TR, row("UCM-02")]],
  "");
q("how much is kettlemouth getting from the breaks fund", "table_lookup",
  "£52,000, the full amount it asked for, for CBIF-03, young carers' holiday breaks with the youth service (scored 72). The Task Group awarded it on 10 March 2652; Cllr Obiageli Tordoff, Kettlemouth's Cabinet Member for Adult Care, declared an interest and left the room.",
  ["52,000"], [],
  [[PAPER, line(PAPER, "CBIF-03 | ")], [ZIM, line(ZIM, "a. awards five round 1 grants now")]],
  "Wiki.js source: the recommended awards are in the 'Recommended' tab of a tabset (a bare figure under 'Recommended (£)'); the award itself is in the notes' resolution.");
q("who owns UCR-01 and whats its score", "table_lookup",
  "UCR-01, short-break and respite providers leave the market, is owned (Accountable) by Delphine Abbotsley, Head of Adult Social Care Policy, and assigned to Nkiru Sheardown. It scores 16 (likelihood 4 × impact 4), up from 12 at the last review, is above the tolerance of 15 and is Escalated to the Adult Care and Wellbeing Board.",
  ["Delphine Abbotsley", "16"], [],
  [[OP, risk("UCR-01")]],
  "OpenProject: 'Accountable' is the owner, 'Assignee' the officer doing the work.");
q("UCA-33 who's got it and when was it due", "table_lookup",
  "UCA-33, retendering the carers' card printing contract, is Yusuf Stansgate's (Finance Business Partner). It was due on 31 January 2652 (written 01/31/2652 in the OpenProject export) and is On hold, 20% done, until the procurement board meets on 18 March; at the meeting of 10 March it was still open and overdue.",
  ["Yusuf Stansgate", "31"], [],
  [[OP, act("UCA-33")], [ZIM, line(ZIM, "[ ] UCA-33")]],
  "US-format date in the CSV ('01/31/2652'); in the notes the owner is only the tag '@Yusuf'.");
q("what did threxton's bid score", "table_lookup",
  "54 out of 100: Threxton District Council's bid, CBIF-08 (outdoor breaks for carers of adults with learning disabilities, £48,000), was below the threshold of 60, so it was not recommended and the Task Group did not fund it; the council is offered help with bid writing before round 2 (UCA-44).",
  ["54"], [],
  [[PAPER, line(PAPER, "CBIF-08 | ")], [ZIM, line(ZIM, "c. does not fund CBIF-04")]],
  "The 'Not recommended' tab of the Wiki.js tabset.");
q("whats the q3 figure for carers cards", "table_lookup",
  "UCM-05, carers' cards issued (cumulative): 2,490 at quarter 3 2651/52 against 5,000 by 31 March, marked Intervene (red). The card printing contract lapsed on 14 October and 1,130 applications are waiting; the retender is on hold (UCA-33).",
  ["2,490"], [],
  [[TR, row("UCM-05")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the carers tg?", "people_roles",
  "Cllr Theodosia Tebbutt (Labour, Millhaven City Council) chairs the Unpaid Carers Task Group in 2651/52. The Vice-Chair is Cllr Ferdinand Scallon (Conservative, Stainmoor County Council) and the Deputy Chair Cllr Eilidh Maclure (Liberal Democrat, Cresswold District Council).",
  ["Tebbutt"], [],
  [[SITE, line(SITE, "Cllr Theodosia Tebbutt | Chair")], [ZIM, line(ZIM, "Cllr Theodosia Tebbutt | ")]],
  "Google Sites: each member is a text box of lines, no table.");
q("whos lead member for young carers", "people_roles",
  "Cllr Obiageli Tordoff (Labour, Kettlemouth Borough Council) is the lead member for young carers; in the performance tracker she leads UCM-03 (young carers identified through schools) and UCM-06 (GP carers' registers).",
  ["Tordoff"], [],
  [[SITE, line(SITE, "Cllr Obiageli Tordoff | ")], [TR, row("UCM-03")]],
  "The tracker's lead member is a people chip with the account name only ('Obiageli Tordoff').");
q("who replaced cllr nutbeem?", "people_roles",
  "Cllr Winslow Tyldesley (Conservative, Brockhall County Council) joined the Task Group on 16 February 2652 in place of Cllr Dragana Nutbeam, who stood down on 31 January 2652.",
  ["Tyldesley"], [],
  [[SITE, line(SITE, "Cllr Winslow Tyldesley (Conservative")], [ZIM, sentence(ZIM, "The Chair welcomed")]],
  "Surname misspelt in the question.");
q("who subbed at the 10 march meeting", "people_roles",
  "Cllr Hamish Balfour-Idris (Conservative, Stainmoor County Council) substituted for the Vice-Chair, Cllr Ferdinand Scallon. Cllr Soren Bowdery also sent apologies, with no substitute.",
  ["Balfour-Idris", "Scallon"], [],
  [[ZIM, line(ZIM, "Cllr Hamish Balfour-Idris | ")], [ZIM, line(ZIM, "Cllr Ferdinand Scallon | ")], [ZIM, sentence(ZIM, "Apologies from")]],
  "Zim table (pipes and an alignment row).");
q("who are the named subs for uctg", "people_roles",
  "Three named substitutes: Cllr Mirela Chegwidden (Kettlemouth Borough Council, Labour), Cllr Hamish Balfour-Idris (Stainmoor County Council, Conservative) and Cllr Linnea Marsden-Obi (Cresswold District Council, Liberal Democrat).",
  ["Chegwidden", "Balfour-Idris", "Marsden-Obi"], [],
  [[SITE, line(SITE, "Cllr Mirela Chegwidden")], [SITE, line(SITE, "Cllr Hamish Balfour-Idris")], [SITE, line(SITE, "Cllr Linnea Marsden-Obi")]],
  "");
q("any DOIs at the march meeting?", "people_roles",
  "Two, both on item 5 (Carers' Breaks Innovation Fund round 1 awards): Cllr Obiageli Tordoff, Kettlemouth's Cabinet Member for Adult Care, on Kettlemouth Borough Council's bid (CBIF-03); and Cllr Parminder Ludgate, a trustee of Wrayton Carers' Trust, the partner in Wrayton Metropolitan Borough Council's bid (CBIF-05). Both left the room for item 5 and took no part in the decision.",
  ["Tordoff", "Ludgate"], [],
  [[ZIM, line(ZIM, "Cllr Obiageli Tordoff: item 5")], [ZIM, line(ZIM, "Cllr Parminder Ludgate: item 5")]],
  "");
q("who voted against the CBIF awards and why", "people_roles",
  "Cllr Ciarán Tredgold (Green Party, Pollardine City Council) was the one vote against (8 for, 1 against): he said that carers in Pollardine should not lose out because of the council's delay. Earlier his motion to fund the Pollardine bid (CBIF-07) without conditions had no seconder.",
  ["Tredgold"], [],
  [[ZIM, line(ZIM, "RESOLVED (8 for, 1 against")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs for the CBIF round 1 paper?", "board_paper",
  "That the Task Group: (a) awards six round 1 grants totalling £405,000, as set out in the 'Recommended' tab; (b) does not fund the three bids that scored below the threshold of 60 (CBIF-04, CBIF-08 and CBIF-09); (c) carries the £15,000 not awarded forward to round 2, which opens on 5 May 2652; and (d) delegates the grant conditions to the Programme Manager, in consultation with the Chair. (Item 5, 10 March 2652; the Task Group deferred the Pollardine award.)",
  ["405,000", "15,000", "CBIF-04"], [],
  [[PAPER, line(PAPER, "(a) awards six")], [PAPER, line(PAPER, "(b) does not fund")], [PAPER, line(PAPER, "(c) carries")], [PAPER, line(PAPER, "(d) delegates")]],
  "");
q("who's the contact officer for the breaks fund paper", "board_paper",
  "Araminta Kitchingham, Senior Adviser, Carers' Breaks: 020 7946 0947, araminta.kitchingham@local.gov.uk (item 5, Carers' Breaks Innovation Fund: round 1 awards, 10 March 2652; lead member Cllr Horatia Wigmore).",
  ["Araminta Kitchingham", "020 7946 0947"], [],
  [[PAPER, line(PAPER, "Contact officer | ")], [PAPER, line(PAPER, "Phone no | ")]],
  "Wiki.js source: the front sheet is a pipe table with an empty header row, labels in bold.");
q("is the round 1 awards paper confidential? key decision?", "board_paper",
  "No to both: the paper (item 5, 10 March 2652) is not confidential, and it is not a key decision because each award is below the Task Group's limit of £100,000. It is for decision.",
  ["100,000"], [],
  [[PAPER, line(PAPER, "Is this report confidential? | ")], [PAPER, line(PAPER, "Key decision | ")]],
  "");
q("what did the tg decide about pollardine's bid", "board_paper",
  "It deferred the award of £60,000 to Pollardine City Council (CBIF-07, scored 63) until the council adopts its carers' strategy; if it has not done so by 30 June 2652 the award lapses and the money goes to round 2. Moved by Cllr Yelburton and seconded by Cllr Peploe; carried 8 for, 1 against (Cllr Tredgold). The Chair is to write to Pollardine's Leader (UCA-40, by 19/3/2652). Pollardine is the one council without a refreshed carers' strategy (UCM-10, 11 of 12).",
  ["30 June", "60,000"], [],
  [[ZIM, line(ZIM, "b. defers the award")], [PAPER, line(PAPER, "6. Pollardine City Council's bid")]],
  "The paper recommends the Pollardine award; only the notes' resolution defers it.");
q("what was agreed on the risk register at the march meeting", "board_paper",
  "UCR-01 (short-break and respite providers leaving the market, 16) and UCR-04 (the Fund underspending, 15, up from 10), the two risks above the tolerance of 15, are escalated to the Adult Care and Wellbeing Board on Thursday 25 March 2652, and the register is otherwise noted. UCR-06 (carers' cards) is now an issue and will be managed through the UCM-05 recovery plan. Delphine Abbotsley is to take the two risks to the Board (UCA-42).",
  ["UCR-01", "UCR-04", "25 March"], [],
  [[ZIM, line(ZIM, "RESOLVED that UCR-01 and UCR-04")], [ZIM, sentence(ZIM, "Two risks score 15 or more")]],
  "The notes' resolution keeps a correction typed as struck text ('~~Wednesday 24~~ Thursday 25 March 2652').");
q("whats the CBIF paper for - summary pls", "board_paper",
  "It is for decision: item 5 of 10 March 2652 on round 1 of the Carers' Breaks Innovation Fund. Round 1 closed on 30 January 2652 with nine bids from nine councils asking for £596,000 against £420,000 available; a panel scored each out of 100 against five criteria. Six bids scored 60 or more and are recommended for £405,000 (two for less than asked); the three below 60 are not recommended.",
  ["decision", "596,000"], [],
  [[PAPER, line(PAPER, "Purpose of report | ")], [PAPER, line(PAPER, "Round 1 of the Carers' Breaks Innovation Fund closed")]],
  "");
q("what did the tg resolve on q3 performance", "board_paper",
  "That the Task Group (a) notes performance at quarter 3; (b) asks for recovery plans for the three measures marked intervene (UCM-01, UCM-05 and UCM-10) by the first meeting of 2652/53; and (c) asks the Chair to write to Pollardine City Council about its carers' strategy (UCM-10).",
  ["recovery plans", "Pollardine"], [],
  [[ZIM, line(ZIM, "b. asks for recovery plans")], [ZIM, line(ZIM, "c. asks the Chair to write")]],
  "Zim numbered list 'a.' 'b.' 'c.' under a bold RESOLVED line.");

// ------------------------------------------------------------------ fact (5)
q("what was the scoring threshold for cbif bids", "fact",
  "60 out of 100. Bids were scored against five criteria: evidence of carers' needs and who will benefit (25), the difference the breaks will make to carers' wellbeing (25), co-production with carers (20), value for money (15) and sustainability after the grant ends (15).",
  ["60"], [],
  [[PAPER, line(PAPER, "Bids needed 60 out of 100")], [PAPER, line(PAPER, "Evidence of carers' needs")]],
  "");
q("whats the quorum for the uctg", "fact",
  "Four members, including the Chair or the Vice-Chair (terms of reference on the Task Group's page).",
  ["four"], [],
  [[SITE, line(SITE, "Quorum: ")]],
  "Google Sites: the terms of reference are a collapsed collapsible text group (display:none).");
q("why is UCM-05 off track", "fact",
  "Because the carers' card printing contract lapsed on 14 October 2651, so cards are not being printed: 1,130 applications are waiting and only 2,490 cards had been issued at quarter 3 against 5,000 by 31 March. The retender (UCA-33) is on hold until the procurement board meets on 18 March; the risk UCR-06 rose from 4 to 10; a recovery plan (UCA-39, Yusuf Stansgate) is due by 31 March 2652.",
  ["printing contract"], [],
  [[TR, line(TR, "UCM-05 | ")], [OP, sentence(OP, "The contract lapsed on 14 October 2651")]],
  "");
q("how many bids did round 1 get and how much did they ask for", "fact",
  "Nine bids from nine councils, asking for £596,000 in all against £420,000 available in round 1.",
  ["596,000", "420,000"], [],
  [[PAPER, sentence(PAPER, "Round 1 of the Carers' Breaks Innovation Fund closed")]],
  "");
q("how many emergency break requests did swanmere turn away", "fact",
  "47, between October and December 2651: Marcus Leckford, Director of Swanmere Carers' Centre, told the meeting of 10 March 2652 (item 7).",
  ["47"], [],
  [[ZIM, sentence(ZIM, "Marcus Leckford said")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("which room is the march uctg meeting in?", "cross_document",
  "Room 4.1, 18 Smith Square (with Microsoft Teams), at 10.30am on Wednesday 10 March 2652. It was moved from Room 2.3, which the Task Group's web page (last updated on 18 February 2652) still gives; the paper for item 5 and the meeting's notes both say Room 4.1.",
  ["4.1"], [],
  [[PAPER, line(PAPER, "Unpaid Carers Task Group, Wednesday 10 March 2652")], [ZIM, line(ZIM, "Unpaid Carers Task Group: notes of the meeting")], [SITE, line(SITE, "Wednesday 10 March 2652, Room 2.3")]],
  "The Google Site is out of date; the Wiki.js paper's info callout says the room moved.");
q("openproject still has UCA-38 as new - has it actually been done?", "cross_document",
  "Yes. UCA-38, the report on carers' take-up of direct payments for breaks (Yusuf Stansgate), was taken at item 7 of the meeting of 10 March 2652 and ticked as done in the notes' review of actions. The OpenProject export is of 1 March 2652, before the meeting, so it still shows the action as New.",
  ["10 March"], [],
  [[ZIM, line(ZIM, "[*] UCA-38")], [ZIM, sentence(ZIM, "presented the report asked for in December")], [OP, act("UCA-38")]],
  "OpenProject (1 March) against the Zim notes (10 March).");

// ------------------------------------------------------------------ briefing (2)
q("brief me on the unpaid carers task group", "briefing",
  "The Unpaid Carers Task Group (UCTG) is a member task group of the Adult Care and Wellbeing Board; it oversees the Carers Support Programme 2651–53 and the Carers' Breaks Innovation Fund. Chair Cllr Theodosia Tebbutt (Labour, Millhaven); Vice-Chair Cllr Ferdinand Scallon (Conservative, Stainmoor); Deputy Chair Cllr Eilidh Maclure (Liberal Democrat, Cresswold), lead member for working carers; lead members Cllr Obiageli Tordoff (young carers) and Cllr Horatia Wigmore (carers' breaks). Twelve members; Cllr Winslow Tyldesley replaced Cllr Dragana Nutbeam on 16 February 2652. Substitutes: Cllrs Chegwidden, Balfour-Idris and Marsden-Obi. Quorum four members including the Chair or Vice-Chair; four meetings in 2651/52 (9 July, 1 October, 10 December, 10 March). Lead officer Nkiru Sheardown, Programme Manager, Carers Support; clerk Florian Rishworth.",
  ["Tebbutt", "Scallon", "Maclure", "Tyldesley"], [],
  [[SITE, line(SITE, "The Unpaid Carers Task Group (UCTG) is")], [SITE, line(SITE, "Cllr Theodosia Tebbutt | Chair")], [SITE, line(SITE, "Cllr Ferdinand Scallon | Vice-Chair")], [SITE, line(SITE, "Cllr Eilidh Maclure | Deputy Chair")], [SITE, line(SITE, "Cllr Winslow Tyldesley (Conservative")]],
  "");
q("summarise q3 performance for the carers programme", "briefing",
  "Quarter 3 2651/52 (to 31 December 2651), ten measures: 4 On course (UCM-03, UCM-04, UCM-06, UCM-09), 1 Watch (UCM-02, 2,118 breaks against 2,400), 3 Intervene (UCM-01, assessments within 28 days 68% against 85%; UCM-05, carers' cards 2,490 against 5,000, printing contract lapsed; UCM-10, 11 of 12 councils with a refreshed strategy, Pollardine outstanding), 1 Done (UCM-07, 163 employers against 150) and 1 Not due (UCM-08, annual survey). Four are worse than at Q2 (UCM-01, UCM-02, UCM-05, UCM-10) and one better (UCM-03). The Task Group asked for recovery plans for the three Intervene measures.",
  ["UCM-01", "UCM-05", "UCM-10", "UCM-02", "UCM-07"], [],
  [[TR, line(TR, "Measures | 4 | 1 | 3 | 1 | 1")], [TR, row("UCM-01")], [TR, row("UCM-05")], [TR, row("UCM-10")], [TR, row("UCM-02")], [ZIM, sentence(ZIM, "presented the tracker at quarter 3")]],
  "");

// ------------------------------------------------------------------ unanswerable (4)
q("what were the q4 figures for UCM-01?", "unanswerable",
  "Not in the papers: the tracker has quarters 1 to 3 of 2651/52 only (UCM-01 was 68%, Intervene, at quarter 3); quarter 4 returns are not due from councils until 23 April 2652.",
  [], [], [],
  "Near miss: Q1–Q3 columns and a Q4 returns milestone.");
q("whats cllr tebbutt's phone number", "unanswerable",
  "Not in the papers: they give officers' numbers only (Nkiru Sheardown 020 7946 0934, Florian Rishworth 020 7946 0938, Araminta Kitchingham 020 7946 0947); the Task Group's page says councillors' contact details are in the members' area of the LGA website.",
  [], [], [],
  "Near miss: officers' numbers are held.");
q("did the board accept the escalation of UCR-01 on 25 march?", "unanswerable",
  "Not in the papers: they record that the Task Group agreed on 10 March 2652 to escalate UCR-01 and UCR-04 to the Adult Care and Wellbeing Board on 25 March 2652 (action UCA-42), but nothing from that Board meeting.",
  [], [], [],
  "Near miss: the decision to escalate and the date are held; the outcome is not.");
q("who attended the 1 october uctg meeting?", "unanswerable",
  "Not in the papers: there is no record of the meeting of 1 October 2651 beyond its date and room and two actions it agreed (UCA-29 and UCA-30); attendance is recorded only for the meeting of 10 March 2652.",
  [], [], [],
  "Near miss: the meeting is listed, its attendance is not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
