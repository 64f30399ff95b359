// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or sentences of a line, taken from
// the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const LEAF = DOCS.leaflet, MIN = DOCS.minutes, TRK = DOCS.tracker, ZOOM = DOCS.zoom, PAD = DOCS.padlet;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// lineWith(doc, ...parts): the first rendering line containing every part
const lineWith = (doc, ...parts) => {
  const l = lines(doc).find((x) => parts.every((p) => x.includes(p)));
  if (!l) throw new Error(`no line with ${parts.join(" + ")} in ${doc}`);
  return l;
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bm${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which water safety measures are red at q2?", "status_lookup",
  "Two of the eight Water Safety Plan measures are Red (off track) at quarter 2 2251/52 (to 30 September 2251): WSP-03, council beaches with lifeguard cover for the whole summer season (15 of 18 against 18 of 18; Gullhaven North, Wyvernsea Sands and Brinkhaven Point lost cover in August with 11 lifeguard vacancies), and WSP-07, reservoir and quarry sites with a site risk assessment reviewed in the last 12 months (38 against 60; landowners refused access at 9 sites).",
  ["WSP-03", "WSP-07"], [],
  [[TRK, line(TRK, "WSP-03 ")], [TRK, line(TRK, "WSP-07 ")], [MIN, line(MIN, "(a) note performance at quarter 2")]],
  "Excel 'Formatted Text' export: the Q2 RAG is the centred word in the seventh column, after a right-aligned value; the measure names are cut at the column edge. The minutes' resolution (a) names the same two.");
q("anything amber on the WSP tracker?", "status_lookup",
  "Yes, three measures are Amber (some risk) at quarter 2 2251/52: WSP-01, accidental drownings in the 12 council areas (13 in the rolling 12 months against 10 or fewer), WSP-02, throwline boards at high-risk inland sites (171 against 240; up from Red at quarter 1), and WSP-04, Year 6 pupils able to swim 25 metres (71% against 80%; down from Green).",
  ["WSP-01", "WSP-02", "WSP-04"], [],
  [[TRK, line(TRK, "WSP-01 ")], [TRK, line(TRK, "WSP-02 ")], [TRK, line(TRK, "WSP-04 ")], [TRK, line(TRK, "Status: ")]],
  "The Q1 RAG column also holds Amber words (WSP-03, WSP-05, WSP-08 at Q1): only the second RAG column is quarter 2.");
q("what got worse between q1 and q2 on the water safety plan", "status_lookup",
  "Two measures were rated worse at quarter 2 than at quarter 1: WSP-03, council beaches with lifeguard cover for the whole summer (Amber to Red; 16 of 18 to 15 of 18), and WSP-04, Year 6 pupils able to swim 25 metres (Green to Amber; 76% to 71%, after pool closures in Mardenholt and Fleetwick cut 420 lesson places). Three improved: WSP-02 (Red to Amber), WSP-05 (Amber to Complete) and WSP-08 (Amber to Green).",
  ["WSP-03", "WSP-04"], [],
  [[TRK, line(TRK, "WSP-03 ")], [TRK, line(TRK, "WSP-04 ")], [MIN, sentence(MIN, "Compared with quarter 1")]],
  "Compares the Q1 RAG and Q2 RAG columns of the tracker; minute 5.1 says the same in words.");
q("which risks are rated high?", "status_lookup",
  "Three of the six risks on the register are High (score 12 to 25): WSR-01, lifeguard recruitment fails for the 2252 season (likelihood 4 x impact 4 = 16, owner Niamh Lusmore); WSR-02, landowners refuse access to reservoir and quarry sites (4 x 3 = 12, Niamh Lusmore); and WSR-04, pool closures cut school swimming lessons (3 x 4 = 12, Tobias Fenwick-Achebe).",
  ["WSR-01", "WSR-02", "WSR-04"], [],
  [[TRK, line(TRK, "WSR-01 ")], [TRK, line(TRK, "WSR-02 ")], [TRK, line(TRK, "WSR-04 ")], [TRK, line(TRK, "RISK REGISTER")]],
  "The risk register sits under the measures on the same sheet and shares its columns; the risk text is cut at 44 characters and the owner's name at 18.");
q("wich actions from the october meeting are still open?", "status_lookup",
  "Two of the seven actions from 9 October 2251 (WSA-21 to WSA-27) were still open at the meeting on 4 December 2251: WSA-23, the Chair's letter to the three landowners who refused access to reservoir and quarry sites (held back until the list of sites was checked; to be sent by 19 December 2251, now action WSA-28), and WSA-26, guidance for schools on trips to open water, delayed to February 2252 while Fenmouth Fire and Rescue Service reviews the draft. The other five are complete.",
  ["WSA-23", "WSA-26"], [],
  [[MIN, line(MIN, "4.1 ")]],
  "The action log is a sentence of minute 4.1 of the eSCRIBE minutes.");
q("is the lido safety procedures measure done?", "status_lookup",
  "Yes. WSP-05, lidos and outdoor pools with a current pool safety operating procedure, is rated Complete at quarter 2 2251/52: 9 of 9 against a target of 9 of 9 (7 of 9 and Amber at quarter 1). All 9 were signed off by 31 August 2251.",
  ["WSP-05", "9 of 9"], [],
  [[TRK, line(TRK, "WSP-05 ")], [TRK, line(TRK, "All 9 signed off")], [TRK, line(TRK, "Status: ")]],
  "In the export 'Complete' touches the value before it ('9 of 9Complete'); the date is in the commentary block after the last row, tied to WSP-05 only by its position.");
q("did sallis's defibrillator amendment get through?", "status_lookup",
  "No. Cllr Rufus Sallis's amendment at the meeting of 4 December 2251 (seconded by Cllr Zainab Hollinrake), to give Sedgecombe District Council £16,000 towards defibrillators beside beach huts from the money not awarded in round 2, was defeated 3 to 6 on a recorded vote (for: Sallis, Hollinrake and Lydgate). The Task Group then confirmed that defibrillators stay outside the Fund's scope.",
  ["defeated"], [],
  [[MIN, line(MIN, "That recommendation (c) be replaced by")], [MIN, line(MIN, "Defeated (3 to 6)")], [MIN, line(MIN, "For (3): ")]],
  "eSCRIBE's result word for a failed motion is 'Defeated'; the amendment has no resolution number.");

// ------------------------------------------------------------------ table_lookup (7)
q("WSP-04 q2 figure?", "table_lookup",
  "71% of Year 6 pupils able to swim 25 metres at quarter 2 2251/52, against a target of 80%: Amber, down from 76% (Green) at quarter 1. Pool closures in Mardenholt and Fleetwick cut 420 lesson places. Lead member Cllr Spurrell; lead officer Tobias Fenwick-Achebe.",
  ["71%"], [],
  [[TRK, line(TRK, "WSP-04 ")], [TRK, line(TRK, "Pool closures in Mardenholt")], [LEAF, line(LEAF, "WSP-04 ")]],
  "");
q("how much did kestlebury get from round 2?", "table_lookup",
  "£48,000, against the £61,500 it asked for, for rescue points along 3 km of the River Kest (score 74). The award was reduced because the CCTV-linked alarms in the bid (£13,500) are outside the Fund's scope, which covers rescue equipment, signs and training only. Agreed on 4 December 2251 (resolution WSDP-2251-43).",
  ["£48,000"], [],
  [[MIN, line(MIN, "Kestlebury City Council | ")], [MIN, line(MIN, "6.3 ")], [MIN, line(MIN, "(a) award round 2 grants")]],
  "");
q("whats the score on WSR-03", "table_lookup",
  "WSR-03, throwline boards vandalised or stolen, scores 9 (likelihood 3 x impact 3): Medium. Owner Tobias Fenwick-Achebe (cut to 'Tobias Fenwick-Ach' in the export), review by 31/03/2252; mitigation: tamper-proof cabinets and adopt-a-board checks by local clubs.",
  ["9", "Medium"], [],
  [[TRK, line(TRK, "WSR-03 ")], [TRK, line(TRK, "Tamper-proof cabinets")]],
  "The mitigation is in the second block of the export, found by the risk's position.");
q("who owns WSA-32 and when is it due", "table_lookup",
  "Niamh Lusmore (Senior Adviser, Beaches and Inland Water), due 2252-01-31 (31 January 2252): confirm the Holloway Quarry landowner's written agreement for Cradleigh's round 2 award, a condition of the £38,000 grant. Status Open.",
  ["Niamh Lusmore", "31"], [],
  [[MIN, line(MIN, "WSA-32 | ")]],
  "eSCRIBE's Action Items table gives due dates in ISO form.");
q("in the workshop zoom poll how many picked incidents as a round 3 criterion?", "table_lookup",
  "12 of the 19 people who answered poll 2 ('Which TWO of these should carry most weight when we score round 3 bids?') chose 'Incidents at or near the site in the last five years', the most of the five options. Then came landowner agreement already in place (10), distance to the nearest lifeguarded or staffed water (7), a local group willing to check the equipment (6) and match funding from the council or a partner (3).",
  ["12"], [],
  [[PAD, sentence(PAD, "In the polls, incidents")], [ZOOM, lineWith(ZOOM, "Morwenna Tregaskis", "Poll 2")], [ZOOM, lineWith(ZOOM, "Gideon Ferrabee", "Poll 2")]],
  "The Zoom report has a row per person per poll and no totals: the count is got by counting rows; the clerk's pinned Padlet post gives 12 of 19.");
q("what did spurrell choose in the round 3 criteria poll?", "table_lookup",
  "Cllr Percival Spurrell, who joined the Zoom workshop as 'Percy Spurrell', chose 'Incidents at or near the site in the last five years' and 'Landowner agreement already in place' in poll 2 (round 3 criteria). In poll 3 he said Yes to running the cold water shock campaign all year, and Schools as the channel that reached most people.",
  ["Incidents", "Landowner agreement"], [],
  [[ZOOM, lineWith(ZOOM, "Percy Spurrell", "Poll 2")], [ZOOM, lineWith(ZOOM, "Percy Spurrell", "Poll 3")]],
  "Zoom display name 'Percy Spurrell'; the two answers are one cell joined by ';'.");
q("how did the all-year campaign poll go?", "table_lookup",
  "Of the 19 who answered poll 3 at the workshop on 13 January 2252, 11 said Yes to running the cold water shock campaign all year rather than December to March, 5 said No and 3 were Not sure.",
  ["11", "5", "3"], [],
  [[PAD, sentence(PAD, "In the polls, incidents")], [ZOOM, lineWith(ZOOM, "Lachlan Purkiss", "Poll 3")], [ZOOM, lineWith(ZOOM, "Zainab Hollinrake", "Poll 3")]],
  "Counted from the Poll 3 rows (the first question-and-answer pair of each); the Padlet summary gives only the 11.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the water safety task group?", "people_roles",
  "Cllr Morwenna Tregaskis (Liberal Democrat, Wyvernsea Borough Council). The Vice-Chair is Cllr Ebenezer Scrope-Idowu (Labour, Kestlebury City Council) and the Deputy Chair Cllr Saffron Killigrew (Conservative, Fenmouth County Council).",
  ["Tregaskis"], [],
  [[LEAF, line(LEAF, "Chair | ")], [MIN, line(MIN, "Members Present: ")]],
  "Leaflet: the label 'Chair' sits over the name in the 'Who's who' panel, which is on the second page of the PDF although it is panel 2.");
q("who's the lead member for beaches and lifeguards", "people_roles",
  "Cllr Lachlan Purkiss (Conservative, Gullhaven Borough Council). He is also lead member on WSP-03, lifeguard cover on council beaches.",
  ["Purkiss"], [],
  [[LEAF, line(LEAF, "Beaches and lifeguards | ")], [MIN, line(MIN, "5.2 ")]],
  "");
q("who replaced hester grimsditch on the task group?", "people_roles",
  "Cllr Jasper Wyatt-Nkemelu (Conservative, Lowestead District Council), from 1 November 2251; the Chair welcomed him to his first meeting on 4 December 2251. The members' guide of July 2251 still lists Cllr Grimsditch.",
  ["Wyatt-Nkemelu"], [],
  [[MIN, line(MIN, "The Chair called the meeting to order")], [LEAF, line(LEAF, "Cllr Hester Grimsditch")]],
  "");
q("who subbed in on 4 dec?", "people_roles",
  "Cllr Barnabas Okorocha (Labour, Tarnby) attended as substitute for Cllr Anjali Bransgrove. Apologies came from Cllr Ottoline Binns and Cllr Bransgrove; Cllr Percival Spurrell joined online and could not vote.",
  ["Okorocha", "Bransgrove"], [],
  [[MIN, line(MIN, "Substitute Members: ")], [MIN, line(MIN, "Apologies were received")]],
  "");
q("who voted against the round 2 awards", "people_roles",
  "Cllr Rufus Sallis and Cllr Zainab Hollinrake. The recorded vote on resolution WSDP-2251-43 on 4 December 2251 was carried 7 to 2; Cllr Farida Loveridge was absent from the room (she had declared an interest) and Cllr Spurrell, online, could not vote.",
  ["Sallis", "Hollinrake"], [],
  [[MIN, line(MIN, "Against (2): ")], [MIN, line(MIN, "Carried (7 to 2)")]],
  "eSCRIBE voters table: the names are run together in one cell after 'Against (2):'.");
q("number for the programme manager?", "people_roles",
  "Tobias Fenwick-Achebe, Programme Manager, Water Safety: 020 7946 0851, tobias.fenwick-achebe@local.gov.uk.",
  ["020 7946 0851"], [],
  [[LEAF, line(LEAF, "Programme Manager, Water Safety | ")]],
  "On the leaflet's back panel, which the PDF's text layer has between the inside flap and the front cover.");
q("who are the named substitutes?", "people_roles",
  "Three: Cllr Isadora Minchin (Conservative, Fenmouth County Council), Cllr Barnabas Okorocha (Labour, Tarnby Metropolitan Borough Council) and Cllr Wren Tyrwhitt (Liberal Democrat, Cradleigh Borough Council).",
  ["Minchin", "Okorocha", "Tyrwhitt"], [],
  [[LEAF, line(LEAF, "Cllr Isadora Minchin")], [LEAF, line(LEAF, "Cllr Barnabas Okorocha")], [LEAF, line(LEAF, "Cllr Wren Tyrwhitt")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("what did the round 2 awards report recommend? WSDP-2251-18", "board_paper",
  "Report WSDP-2251-18 (4 December 2251) recommended, and the Task Group resolved (WSDP-2251-43, carried 7 to 2): (a) round 2 grants of £52,000 to Tarnby, £48,000 to Kestlebury, £38,000 to Cradleigh (subject to the landowner's written agreement by 31 January 2252) and £26,000 to Mardenholt, £164,000 in all; (b) not to fund Sedgecombe and Fleetwick, which scored below the threshold of 60; (c) to carry the £16,000 not awarded to round 3; (d) that defibrillators stay outside the Fund's scope. Six bids asked for £231,500 from £180,000.",
  ["Tarnby", "Kestlebury", "Cradleigh", "Mardenholt", "£164,000"], [],
  [[MIN, line(MIN, "(a) award round 2 grants")], [MIN, line(MIN, "(b) not fund the bids")], [MIN, line(MIN, "(c) carry the")], [MIN, line(MIN, "(d) confirm that defibrillators")]],
  "The recommendations are known only from the motion as carried (the report itself is an attachment link).");
q("contact officer for the round 2 awards paper?", "board_paper",
  "Niamh Lusmore, Senior Adviser, Beaches and Inland Water, the report's author and contact officer: 020 7946 0856, niamh.lusmore@local.gov.uk.",
  ["Niamh Lusmore"], [],
  [[MIN, sentence(MIN, "6.1 Niamh Lusmore")], [LEAF, line(LEAF, "Senior Adviser, Beaches and Inland Water | ")]],
  "The minutes name her; her number is on the leaflet.");
q("any declarations of interest at the december meeting?", "board_paper",
  "Two. Cllr Farida Loveridge declared an other registrable interest in item 6 (round 2 awards) as a trustee of Tarnby Water Sports Centre, a partner in Tarnby's bid, and left the room for it. Cllr Lachlan Purkiss declared a non-registrable interest in item 10 (the lifeguard service contract) because his son works as a seasonal lifeguard for Coastline Lifeguard Services Ltd, the current contractor, and left the room for it. No other interests were declared.",
  ["Loveridge", "Purkiss"], [],
  [[MIN, line(MIN, "Councillor Farida Loveridge declared")], [MIN, line(MIN, "Councillor Lachlan Purkiss declared")]],
  "");
q("what was resolved on the q2 performance report", "board_paper",
  "Resolution WSDP-2251-42 (moved by Cllr Purkiss, seconded by Cllr Killigrew, carried unanimously): (a) note performance at quarter 2 2251/52, with WSP-03 and WSP-07 off track (Red); (b) ask the Senior Adviser, Beaches and Inland Water for a lifeguard recruitment recovery plan for the 2252 season by 30 January 2252; (c) ask officers to report options for the 9 sites where access was refused to the meeting on 5 February 2252.",
  ["WSP-03", "WSP-07", "30 January 2252"], [],
  [[MIN, line(MIN, "(a) note performance at quarter 2")], [MIN, line(MIN, "(b) ask the Senior Adviser")], [MIN, line(MIN, "(c) ask officers to report options")]],
  "");
q("why were the press and public excluded on 4 dec?", "board_paper",
  "For item 10, the lifeguard service contract extension (report WSDP-2251-19), under Section 100A(4) of the Local Government Act 1972, because it was likely to disclose exempt information under paragraph 3 of Part 1 of Schedule 12A (information about the financial or business affairs of any particular person). Resolution WSDP-2251-46, carried.",
  ["Schedule 12A", "lifeguard"], [],
  [[MIN, line(MIN, "That the press and public be excluded")], [MIN, line(MIN, "10. Lifeguard Service Contract")]],
  "");
q("was round 2 a key decision? why did it go to the TG and not the chair", "board_paper",
  "Yes, report WSDP-2251-18 was a key decision. It came to the Task Group because the awards (£164,000) exceed £75,000, the most the Chair may decide: the members' guide sets the limits at up to £20,000 for the Programme Manager, £20,001 to £75,000 for the Chair after consulting the Vice-Chair, and over £75,000 for the Task Group at a meeting.",
  ["£75,000"], [],
  [[MIN, sentence(MIN, "The report was a key decision")], [LEAF, line(LEAF, "Over £75,000 | ")]],
  "");
q("what did they agree about the workshop at the dec meeting?", "board_paper",
  "Resolution WSDP-2251-45 (moved by Cllr Wyatt-Nkemelu, seconded by Cllr Okorocha, carried): a member and partner workshop to be held online on Tuesday 13 January 2252 from 10:00 a.m. to 12:00 noon, on the criteria for round 3 of the Fund and the winter phase of the cold water shock campaign (with Zoom polls and a Padlet wall), and draft round 3 criteria to be reported to the meeting on 5 February 2252.",
  ["13 January 2252", "5 February 2252"], [],
  [[MIN, line(MIN, "That a member and partner workshop")], [MIN, line(MIN, "8.1 ")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how many water incidents did fire and rescue go to over the summer?", "fact",
  "63 water incidents between 1 June and 30 September 2251, 41 of them rescues, and 9 at quarries, according to Station Manager Declan Harker-Wolfe of Fenmouth Fire and Rescue Service (presentation, 4 December 2251). Alcohol was a factor in 5 of the 13 accidental drownings in the 12 months to September.",
  ["63", "41"], [],
  [[MIN, line(MIN, "7.1 ")]],
  "");
q("when does round 3 open and close", "fact",
  "If the Task Group agrees the criteria on 5 February 2252, round 3 of the Public Rescue Equipment Fund opens on 2 March 2252 and closes on 17 April 2252 (Tobias Fenwick-Achebe's answer on the workshop Padlet). It will have £166,000: the £16,000 not awarded in round 2 plus £150,000 from the 2252/53 budget.",
  ["2 March 2252", "17 April 2252"], [],
  [[PAD, lineWith(PAD, "round 3 opens on")]],
  "The answer is a comment under a question in the 'Questions for officers' column.");
q("whats the most liked idea on the workshop padlet?", "fact",
  "'Fund the people who check the kit' by Kwame Harwood-Nyambe, with 14 likes: let round 3 bids include a small yearly payment (say £250 a site) for a local group that checks the equipment. Next came SM Declan Harker-Wolfe's 'Use our incident data to target sites' (11). Officers said it could be an eligible cost if the Task Group agrees on 5 February.",
  ["Harwood-Nyambe", "14"], [],
  [[PAD, line(PAD, "Let bids include a small yearly payment")], [PAD, line(PAD, "Fund the people who check the kit")], [PAD, line(PAD, "Kwame Harwood-Nyambe · ")]],
  "Likes are a bare number beside an emoji heart (the word 'Like' only in aria-label); posts are in the order added, not by likes.");
q("can members who join online vote?", "fact",
  "No. Members who join a meeting online may speak but cannot vote, because the law requires members to be present in the room to vote. On 4 December 2251 Cllr Percival Spurrell joined online, took part in the discussion and did not vote.",
  ["cannot vote"], [],
  [[LEAF, line(LEAF, "Members who join a meeting online")], [MIN, line(MIN, "Councillor Percival Spurrell joined")]],
  "");
q("how many ppl were on the workshop zoom", "fact",
  "23 participants joined the Zoom workshop on 13 January 2252 (it started at 09:56 and ran for 132 minutes); 19 of them answered each of the three polls.",
  ["23"], [],
  [[ZOOM, lineWith(ZOOM, "WSDPTG member and partner workshop")], [PAD, sentence(PAD, "Thank you to the 23 people")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("how much have we spent on lifeguard recruitment? the tracker just shows ####", "cross_document",
  "£41,275.50 of the £95,000 budget for lifeguard recruitment and training had been spent by 30 September 2251, as Niamh Lusmore told the meeting on 4 December 2251 (minute 5.3); the rest is committed to the winter recruitment campaign. The tracker shows hashes because the spend was pasted with pence and is too wide for its column (so is the total); its forecast is £95,000.",
  ["£41,275.50"], [],
  [[MIN, line(MIN, "5.3 ")], [TRK, line(TRK, " | Lifeguard recruitment and training")]],
  "The export writes a number too wide for its column as hashes; only the minutes give the figure.");
q("when's the march meeting?", "cross_document",
  "Thursday 1 April 2252. The members' guide of July 2251 lists Thursday 25 March 2252, but on 4 December 2251 the Task Group was told it will move to 1 April because Room 2.4 is not available on 25 March (minute 11); the workshop Padlet also says the winter campaign's evaluation goes to the meeting on 1 April 2252. The next meeting before it is Thursday 5 February 2252.",
  ["1 April 2252"], [],
  [[MIN, line(MIN, "The next meeting will be held")], [LEAF, line(LEAF, "Thursday 25 March 2252")], [PAD, line(PAD, "Next steps: ")]],
  "Trap: the leaflet's 25 March is superseded by the minutes.");

// ------------------------------------------------------------------ unanswerable (5)
q("what are the q3 figures for the WSP measures?", "unanswerable",
  "The papers do not give quarter 3 figures. The tracker is for quarter 2 2251/52 (1 July to 30 September 2251), updated on 21 November 2251 for the meeting of 4 December.",
  [], [], [], "Only Q1 and Q2 are in the tracker.");
q("what did they decide on the lifeguard contract extension and how much is it worth?", "unanswerable",
  "The papers do not say. Item 10 (report WSDP-2251-19) was taken in private under paragraph 3 of Schedule 12A; the minutes record only that resolution WSDP-2251-47 was carried and that the decision is in the confidential minutes.",
  [], [], [], "Exempt item: only its title and the word 'Confidential'.");
q("whats cllr purkiss's mobile number?", "unanswerable",
  "The papers do not give it. The members' guide lists phone numbers only for officers, and the Zoom poll report gives Cllr Purkiss's e-mail address (lachlan.purkiss@gullhaven.gov.uk) but no phone number.",
  [], [], [], "");
q("who came to the 9 october meeting?", "unanswerable",
  "The papers do not record attendance at the meeting of 9 October 2251: the minutes of 4 December only approve its minutes and review its actions (WSA-21 to WSA-27).",
  [], [], [], "");
q("which councils got round 3 money?", "unanswerable",
  "None yet: round 3 has not been decided. The papers say it opens on 2 March 2252 and closes on 17 April 2252 if the Task Group agrees the criteria on 5 February 2252, with £166,000 to award.",
  [], [], [], "");

if (G.length !== 40) throw new Error(`${G.length} questions`);
writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
