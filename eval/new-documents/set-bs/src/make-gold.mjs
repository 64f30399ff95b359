// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells or sentences,
// found in the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const MIN = DOCS.minutes, VR = DOCS.verto, CU = DOCS.clickup, VE = DOCS.viva, EHQ = DOCS.ehq;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// span(doc, has, from, to): in the first rendering line containing `has`, the cells from the first one
// starting with `from` to the first one after it starting with `to` (inclusive)
const span = (doc, has, from, to) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.findIndex((x) => x.startsWith(from));
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  const j = to === undefined ? i : c.findIndex((x, k) => k >= i && x.startsWith(to));
  if (j < 0) throw new Error(`no cell ${to} after ${from} in line ${has}`);
  return c.slice(i, j + 1).join(" | ");
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

// sub(doc, start, end): the text of a rendering line from `start` up to and including `end`
const sub = (doc, start, end) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no text ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(end, i);
  if (j < 0) throw new Error(`no ${end} after ${start} in ${doc}`);
  return l.slice(i, j + end.length);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bs${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which cfm measures are red at q3?", "status_lookup",
  "Two measures are R (Off track) at quarter 3 2341/42 (to 31 December 2341): CFM-04, penalty charge appeals upheld at adjudication, 13% against a target of 10% or less (the adjudicator found Marlestone's signs unclear at two appeals); and CFM-07, residents who say footways in phase 1 streets are usually clear, 54% against 65%. At quarter 2 CFM-04 was G (7%) and CFM-07 was A (58%).",
  ["CFM-04", "CFM-07"], ["CFM-01"],
  [[VR, line(VR, "CFM-04 | ")], [VR, line(VR, "CFM-07 | ")], [VR, line(VR, "RAG key | ")]],
  "Verto PDF: the RAG columns are coloured dots holding only a letter; 'R Off track' only in the key at the foot of page 1. CFM-01 and CFM-06 are A (a trap for 'red or amber').");
q("what got worse between q2 and q3 on the clear footways measures", "status_lookup",
  "Four measures are rated worse at quarter 3 than at quarter 2: CFM-01, phase 1 streets with a signed restriction in force (G to A; 150 against 240 by March, 38 streets waiting for signs); CFM-04, penalty charge appeals upheld (G to R; 13%); CFM-06, dropped kerbs installed or upgraded (G to A; 31 against 60); and CFM-07, residents who say footways are usually clear (A to R; 54%). CFM-03 improved (A to G), CFM-05 is complete (B) and CFM-02 is not rated.",
  ["CFM-01", "CFM-04", "CFM-06", "CFM-07"], [],
  [[VR, line(VR, "CFM-01 | ")], [VR, line(VR, "CFM-04 | ")], [VR, line(VR, "CFM-06 | ")], [VR, line(VR, "CFM-07 | ")]],
  "Compares the Q2 and Q3 RAG letters (two dot columns both headed 'RAG'); the trend glyphs agree (▼).");
q("which milestones are late or at risk rn", "status_lookup",
  "Three, in the Q3 highlight report of 9 January 2342: MS05, experimental traffic regulation orders made (At risk: forecast 27/03/2342 against a baseline of 27/02/2342); MS06, signs and lines installed in the pilot zones (Late: forecast 15/05/2342, baseline 31/03/2342); and MS07, enforcement starts in the pilot zones (Late: forecast 01/06/2342, baseline 01/04/2342). New baseline dates are proposed for agreement (decision D2).",
  ["MS05", "MS06", "MS07"], [],
  [[VR, line(VR, "MS05 | ")], [VR, line(VR, "MS06 | ")], [VR, line(VR, "MS07 | ")]],
  "Status pills; empty Forecast or Actual cells leave nothing in the text layer, so a row's dates must be read by their position.");
q("which actions from the nov meeting are still open?", "status_lookup",
  "Four of the seven actions from 13 November 2341 (PKA-15 to PKA-21) are still open in the ClickUp export of 13 January 2342: PKA-15, the sign supply recovery plan (in progress, Cosmo Ferrarin, due 22 January 2342); PKA-19, a second enforcement training course for 16 officers (in progress, Zainab Holgate-Kemp, due 30 January 2342); PKA-20, options for school streets (to do, Cosmo Ferrarin, due 19 March 2342); and PKA-21, chasing the Department for Transport (blocked, Barnabas Colquitt, due 22 January 2342). PKA-16, PKA-17 and PKA-18 are complete.",
  ["PKA-15", "PKA-19", "PKA-20", "PKA-21"], [],
  [[CU, span(CU, "| PKA-15 ", "PKA-15 ", "in progress")], [CU, span(CU, "| PKA-19 ", "PKA-19 ", "in progress")], [CU, span(CU, "| PKA-20 ", "PKA-20 ", "to do")], [CU, span(CU, "| PKA-21 ", "PKA-21 ", "blocked")]],
  "ClickUp CSV: the action's reference only at the front of Task Name (Task Custom ID is ClickUp's own PPTG-nn); the minutes' actions table lists the seven without statuses.");
q("overall status on the q3 highlight report - still green?", "status_lookup",
  "No. Overall is A (amber, 'At risk') for quarter 3 2341/42, down from G (green) last period: the consultation closed with 1,846 responses, but sign supply delays push installation and enforcement back (MS05–MS07). Resources is R (red) because of civil enforcement officer vacancies and the sign supplier's capacity; CFM-04 and CFM-07 are red.",
  ["amber"], [],
  [[VR, line(VR, "Overall | ")], [VE, sentence(VE, "Headlines: overall amber")], [VR, line(VR, "Resources | ")]],
  "The tile's status is a letter in a dot, last period's a smaller dot after 'Prev'; the Viva Engage post says it in words.");
q("has ormsgill adopted its footway parking policy yet", "status_lookup",
  "Yes. Ormsgill Borough Council adopted its footway parking policy at its cabinet meeting on 11 December 2341, so all 12 councils now have one: CFM-05 is 12 of 12, rated B (Complete), and milestone MS08 was completed on 11/12/2341, ahead of its 31/12/2341 baseline. Action PKA-17 (to confirm the date) is complete.",
  ["12 of 12"], [],
  [[VR, line(VR, "CFM-05 | ")], [VR, line(VR, "MS08 | ")], [CU, sub(CU, "Ormsgill adopted its footway parking policy at its cabinet", "11/12/2341.")]],
  "At the 13 November meeting it was only expected (minute 5.1).");
q("are the 13 nov minutes approved or still draft?", "status_lookup",
  "Still draft. They were posted on the Clear Footways website on 20 November 2341 as draft minutes (corrected on 24 November 2341 after Cllr Maud Elsdon-Tarr pointed out that she had sent apologies) and will be put to the Task Group for approval as a correct record at its next meeting on Thursday 22 January 2342.",
  ["draft", "22 January 2342"], [],
  [[MIN, sentence(MIN, "They have not yet been approved")], [MIN, line(MIN, "Updated 24 November 2341")]],
  "WordPress post: the correction is in a notice block and in the comments.");

// ------------------------------------------------------------------ table_lookup (7)
q("CFM-08 q3 figure?", "table_lookup",
  "88 civil enforcement officers trained in footway parking enforcement at quarter 3 2341/42, against a target of 90: rated G (on track), up from 74 at quarter 2. A second course for 16 officers in Pelsworth and Wyrdale is planned (PKA-19).",
  ["88"], [],
  [[VR, line(VR, "CFM-08 | ")]],
  "");
q("how many responses did abbeyfields get and what % supported", "table_lookup",
  "412 survey responses for Zone 1, Abbeyfields (Quillborough City Council): 68% supported a restriction, 27% opposed and 5% were neither or not sure. Officers recommend that the Abbeyfields zone goes ahead.",
  ["412", "68%"], [],
  [[EHQ, line(EHQ, "Abbeyfields | ")]],
  "EngagementHQ: the results table is in the newest post of the Updates tab.");
q("whats the forecast outturn on the clear footways budget this yr", "table_lookup",
  "£707k against an approved budget of £720k for 2341/42, an underspend of £13k (shown as (13)); £274k was spent to 31 December 2341. The main movements are signs and lines (£28k under, to be carried forward to 2342/43: decision D3) and the experimental orders' legal and advertising costs (£11k over).",
  ["707", "720"], [],
  [[VR, line(VR, "Total | 720")], [VR, line(VR, "Signs and lines | ")]],
  "Finance table in £k, underspends in brackets.");
q("PKR-03 score and owner?", "table_lookup",
  "PKR-03, sign supply delays hold up the pilot zones: likelihood 4 × impact 4 = 16, Red, trend Rising; owner Cosmo Ferrarin (Senior Adviser, Traffic Management). The score rose from 12 to 16 on 8 January 2342, when the framework supplier confirmed a 14-week lead time.",
  ["16", "Cosmo Ferrarin"], [],
  [[CU, span(CU, "| PKR-03 ", "[Cosmo Ferrarin]", "Rising")], [VR, line(VR, "PKR-03 | ")]],
  "ClickUp custom fields 'Likelihood (1-5) (number)', 'Impact (1-5) (number)', 'Score (formula)', 'RAG (drop down)'; the owner only as Assignees.");
q("PKA-15 - who's got it, when's it due and where is it at", "table_lookup",
  "Cosmo Ferrarin has it; it is due on Thursday 22 January 2342 (the next meeting) and is in progress. Two of its three checklist items are done (delivery dates confirmed with the framework supplier; quotes from a second supplier), agreeing temporary signs with the six councils is not. The recovery plan goes to the 22 January meeting as item 5.",
  ["Cosmo Ferrarin", "in progress"], [],
  [[CU, span(CU, "| PKA-15 ", "PKA-15 ", "Thursday, January 22nd 2342")], [CU, span(CU, "| PKA-15 ", "[Cosmo Ferrarin]", "[{\"text\":")], [MIN, line(MIN, "PKA-15 | ")]],
  "The due date twice, as milliseconds and as 'Thursday, January 22nd 2342'; the checklist is JSON in one field.");
q("how many pcns in q3", "table_lookup",
  "2,317 penalty charge notices for footway parking in phase 1 streets in quarter 3 2341/42 (1,204 in quarter 2). CFM-02 is not rated (N): it has no target and is kept as monitor only (minute 3.3(c) of 13 November 2341).",
  ["2,317"], [],
  [[VR, line(VR, "CFM-02 | ")]],
  "");
q("dropped kerbs budget - how much spent so far?", "table_lookup",
  "£118k spent to 31 December 2341 out of an approved £210k for dropped kerbs in 2341/42; the forecast outturn is £210k, no variance. (CFM-06, dropped kerbs installed or upgraded, is 31 against 60 by March, rated A.)",
  ["118"], [],
  [[VR, line(VR, "Dropped kerbs | ")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the pavement parking tg", "people_roles",
  "Cllr Ottoline Vardon-Pask (Conservative, Quillborough City Council). She is also the sponsor of the Clear Footways Programme in the highlight report.",
  ["Vardon-Pask"], [],
  [[VE, line(VE, "Chair: ")], [MIN, line(MIN, "Chair | ")], [VR, line(VR, "SPONSOR | ")]],
  "Viva Engage who's who: party abbreviated ('Con').");
q("lead member for accessibility?", "people_roles",
  "Cllr Nkechi Brumfitt (Labour, Fennick Metropolitan Borough Council). She leads on CFM-05, CFM-06 and CFM-07 in the highlight report.",
  ["Brumfitt"], [],
  [[VE, line(VE, "Lead member for accessibility: ")]],
  "");
q("who replaced ashendon on the tg?", "people_roles",
  "Cllr Tamsin Gulliford (Conservative, Quillborough City Council), from 6 October 2341. Cllr Bartholomew Ashendon stood down on 3 October 2341 on becoming Leader of Quillborough City Council; the Chair welcomed Cllr Gulliford to her first meeting on 13 November 2341.",
  ["Gulliford"], [],
  [[VE, line(VE, "~~Cllr Bartholomew Ashendon")], [VE, sentence(VE, "Please welcome Cllr Tamsin Gulliford")], [MIN, line(MIN, "1.1 ")]],
  "The who's who strikes the old name through (<s>) in front of the new one.");
q("who subbed on 13 nov and for who", "people_roles",
  "Cllr Idris Wollaton-Grice (Hessleby Borough Council) substituted for Cllr Crispin Dobree (Ormsgill Borough Council), who sent apologies. Cllr Maud Elsdon-Tarr also sent apologies (the draft first showed her as present online; corrected on 24 November 2341).",
  ["Wollaton-Grice", "Dobree"], [],
  [[MIN, line(MIN, "Substitute | ")], [MIN, line(MIN, "1.2 ")]],
  "");
q("who are the named subs", "people_roles",
  "Three named substitutes: Cllr Idris Wollaton-Grice (Hessleby, Conservative), Cllr Philippa Tennant-Nnamdi (Fennick, Labour) and Cllr Jolyon Treffry (Ashlow Vale, Liberal Democrat).",
  ["Wollaton-Grice", "Tennant-Nnamdi", "Treffry"], [],
  [[VE, line(VE, "Named substitutes: ")]],
  "");
q("who do i contact about the pilot zones consultation + their number", "people_roles",
  "Ezra Shandford, Engagement and Consultation Officer, Clear Footways Programme: phone 020 7946 0857, email ezra.shandford@local.gov.uk. Cosmo Ferrarin, Senior Adviser, Traffic Management (020 7946 0846), is also listed under 'Who's listening' on the consultation page.",
  ["Ezra Shandford", "020 7946 0857"], [],
  [[EHQ, line(EHQ, "Ezra Shandford")], [EHQ, line(EHQ, "Phone 020 7946 0857")]],
  "EngagementHQ 'Who's listening' widget: name, role, phone and e-mail each a line of the card.");
q("who owns PKR-07", "people_roles",
  "Two owners: Zainab Holgate-Kemp (Programme Manager, Clear Footways) and Cllr Hamish Tulliver (lead member for enforcement). PKR-07, not enough civil enforcement officers for the pilot zones, is likelihood 4 × impact 3 = 12, Amber, rising.",
  ["Holgate-Kemp", "Tulliver"], [],
  [[CU, span(CU, "| PKR-07 ", "PKR-07 ", "[Zainab Holgate-Kemp, Hamish Tulliver]")], [VR, line(VR, "PKR-07 | ")]],
  "ClickUp Assignees as a bracketed list; the councillor without 'Cllr'.");

// ------------------------------------------------------------------ board_paper (7)
q("what did they resolve on the consultation item in nov", "board_paper",
  "That the Task Group: (a) notes the progress of the consultation; (b) delegates to the Chair, after consulting the Vice-Chair, the decision to extend the consultation by up to two weeks if a drop-in session cannot go ahead; (c) asks officers to publish a mid-consultation update on the engagement site (PKA-16). By the meeting the consultation had 612 responses.",
  ["two weeks", "Vice-Chair", "PKA-16"], [],
  [[MIN, line(MIN, "(b) delegates to the Chair")], [MIN, line(MIN, "(c) asks officers to publish")], [MIN, line(MIN, "4.1 ")]],
  "WordPress: RESOLVED blocks are quote blocks.");
q("what did the chair decide under delegated powers in dec?", "board_paper",
  "Chair's action CA-2341-04 (5 December 2341): under minute 4.3(b) of 13 November and after consulting Cllr Ambrose Kettleby as Vice-Chair, Cllr Ottoline Vardon-Pask extended the pilot zones consultation by one week, to 5pm on Friday 19 December 2341, because the Hollins Park drop-in on 2 December was cancelled when the community centre flooded (rearranged for 16 December). The extra advertising, about £4,000, is met from the consultation and engagement budget.",
  ["CA-2341-04", "19 December"], [],
  [[VE, line(VE, "Under minute 4.3(b)")], [VE, line(VE, "The Hollins Park drop-in session on 2 December")], [VE, line(VE, "The extra advertising")]],
  "The Chair's action is published only as a Viva Engage announcement (the title a separate line).");
q("DOIs at the 13 nov meeting?", "board_paper",
  "One declaration: Cllr Hamish Tulliver declared a non-registrable interest in item 4 (the consultation) because he lives in the proposed Harbour Hill zone in Tregennick; he left the room while that zone was discussed. Cllr Lorcan Pettigrove said, for transparency, that he holds a blue badge: not a disclosable interest, and he took part in all items.",
  ["Tulliver", "Harbour Hill"], [],
  [[MIN, line(MIN, "1.3 ")], [MIN, line(MIN, "1.4 ")]],
  "");
q("what decisions does the q3 highlight report want from the tg", "board_paper",
  "Three: D1, agree which pilot zones go forward to experimental orders, on the consultation results (item 4, 22 January 2342); D2, agree new baseline dates for MS05 (27/03/2342), MS06 (15/05/2342) and MS07 (01/06/2342); D3, agree that £28k of the signs and lines budget is carried forward to 2342/43.",
  ["pilot zones", "baseline", "£28k"], [],
  [[VR, line(VR, "D1 | ")], [VR, line(VR, "D2 | ")], [VR, line(VR, "D3 | ")]],
  "");
q("what are officers recommending for the pilot zones after the consultation", "board_paper",
  "That the Abbeyfields, Station Quarter, Norrisgate and Hollins Park zones go ahead; that the Saltpan Lane and Cooper's Row zone is redesigned with residents and consulted on again in spring 2342 (44% support, 49% oppose); and that the Harbour Hill zone does not go ahead (39% support, 55% oppose). The recommendations go to the Task Group on Thursday 22 January 2342.",
  ["Abbeyfields", "Station Quarter", "Norrisgate", "Hollins Park", "Saltpan Lane", "Harbour Hill"], [],
  [[EHQ, line(EHQ, "the Abbeyfields, Station Quarter")], [EHQ, line(EHQ, "the Saltpan Lane and Cooper's Row zone is")], [EHQ, line(EHQ, "the Harbour Hill zone does not")]],
  "EngagementHQ 'what we heard' update; the Verto report only says four of six (Scope tile).");
q("what did the tg resolve on the q2 highlight report in nov", "board_paper",
  "That the Task Group: (a) notes the highlight report for quarter 2; (b) asks officers to bring a sign supply recovery plan to the next meeting (PKA-15); (c) agrees that CFM-02 (penalty charge notices issued) remains a measure to monitor only, with no target. Members were most concerned about CFM-07 (58% against 65%) and the sign supplier's lead time rising from 6 to 14 weeks.",
  ["recovery plan", "CFM-02"], [],
  [[MIN, line(MIN, "(b) asks officers to bring a sign supply")], [MIN, line(MIN, "(c) agrees that CFM-02")]],
  "");
q("what exactly was proposed in the pilot zones consultation", "board_paper",
  "In each of six pilot zones, parking with any wheel on the footway would be banned by an experimental traffic regulation order, except in marked footway bays; a bay would be marked only where at least 1.5 metres of footway is left clear; the penalty charge would be £70, reduced to £35 if paid within 14 days; and the orders would run for up to 18 months, after which the Task Group would decide whether to ask the councils to make them permanent.",
  ["1.5 metres", "£70", "18 months"], [],
  [[EHQ, line(EHQ, "In each pilot zone")], [EHQ, line(EHQ, "A footway bay would be marked")], [EHQ, line(EHQ, "The penalty charge for parking")], [EHQ, line(EHQ, "The experimental orders would run")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("can delivery drivers stop on the pavement in the pilot zones", "fact",
  "Yes, to load: loading on the footway would be allowed for up to 20 minutes where there is no other safe place to stop, as long as at least 1.5 metres of footway is left clear (Cosmo Ferrarin's answer on the consultation page, 10 November 2341).",
  ["20 minutes"], [],
  [[EHQ, line(EHQ, "Loading on the footway")]],
  "EngagementHQ Q&A tab (a hidden tab pane in the saved page).");
q("open pavements alliance survey numbers?", "fact",
  "Of 2,140 members of the Open Pavements Alliance who are blind, partially sighted or use a wheelchair and who replied, 81% said a vehicle parked on the pavement had forced them into the road in the last month, and 36% had stopped making some journeys altogether (Rosalind Quennell-Strand, its Chief Executive, at the meeting on 13 November 2341).",
  ["2,140", "81%"], [],
  [[MIN, sentence(MIN, "Of 2,140 members")]],
  "");
q("when was the hollins park drop-in moved to", "fact",
  "Tuesday 16 December 2341, 3pm to 7pm, at Hollins Park Community Centre: rearranged from Tuesday 2 December, which was cancelled when the community centre flooded.",
  ["16 December"], [],
  [[EHQ, line(EHQ, "16 Dec 2341 | ")], [EHQ, sentence(EHQ, "The Hollins Park drop-in session on Tuesday 2 December")]],
  "EngagementHQ key dates: day, month and year in separate spans.");
q("members site visit - when and where do we meet", "fact",
  "Thursday 12 February 2342 at 10:00, at Norrisgate Library, for a visit to the Norrisgate zone (the date won the clerk's poll with 8 of 13 votes).",
  ["12 February", "Norrisgate Library"], [],
  [[VE, line(VE, "Thanks, all: Thursday 12 February it is")], [VE, line(VE, "Thursday 12 February | ")]],
  "Viva Engage: the reply is dated 'Jan 5' and the poll 'Dec 18, 2341', so the year is 2342 only by inference.");
q("are blue badge holders exempt from the pilot zone restrictions", "fact",
  "No, there is no general exemption. A blue badge holder may park partly on the footway only in a marked footway bay, and only where at least 1.5 metres of footway is left clear. Costings for a permit exemption (PKA-10) come to the meeting on 22 January 2342.",
  ["marked footway bay", "PKA-10"], [],
  [[VE, line(VE, "No, there is no general exemption.")], [EHQ, line(EHQ, "There is no general exemption.")]],
  "Viva Engage question thread: the answer carries a 'Best answer' badge.");

// ------------------------------------------------------------------ cross_document (2)
q("when will enforcement actually start in the pilot zones?", "cross_document",
  "Not in April 2342 as the consultation page's FAQ says: that was the baseline (MS07, 01/04/2342). The Q3 highlight report now forecasts 1 June 2342 (01/06/2342) and rates MS07 Late, because the sign supplier's 14-week lead time pushes the experimental orders to 27/03/2342 and the signs to 15/05/2342; the new dates are for the Task Group to agree on 22 January 2342 (D2), and only in the zones it agrees.",
  ["June"], [],
  [[EHQ, line(EHQ, "If the Task Group agrees a zone in January 2342")], [VR, line(VR, "MS07 | ")], [VR, line(VR, "D2 | ")]],
  "The FAQ was written before the delay; the Verto milestone table and decision D2 supersede it.");
q("why was the consultation extended and could the chair do that on her own?", "cross_document",
  "Yes, within limits: on 13 November 2341 the Task Group delegated to the Chair, after consulting the Vice-Chair, the decision to extend the consultation by up to two weeks if a drop-in session could not go ahead (minute 4.3(b)). The Hollins Park drop-in on 2 December was cancelled when the community centre flooded, so on 5 December the Chair, after consulting Cllr Ambrose Kettleby, extended it by one week to 5pm on Friday 19 December 2341 (CA-2341-04), and the drop-in was held on 16 December. MS03 closed on 19/12/2341 instead of 12/12/2341; the extra advertising (about £4,000) shows as a £4k overspend on consultation and engagement.",
  ["two weeks", "19 December", "Kettleby"], [],
  [[MIN, line(MIN, "(b) delegates to the Chair")], [VE, line(VE, "Under minute 4.3(b)")], [VR, line(VR, "MS03 | ")]],
  "Minutes (delegation) against the Viva Engage announcement (the decision) and the Verto milestone.");

// ------------------------------------------------------------------ unanswerable (5)
q("q4 figure for CFM-07?", "unanswerable",
  "Not in the papers: the highlight report gives quarter 2 (58%) and quarter 3 (54%) 2341/42 only.",
  [], [], [],
  "Near miss: Q2 and Q3 columns only.");
q("did the tg approve the four pilot zones on 22 jan?", "unanswerable",
  "Not in the papers: the meeting of 22 January 2342 had not taken place when they were saved; they hold only the officers' recommendation and decision D1 to be taken there.",
  [], [], [],
  "Near miss: the recommendation and the meeting date are held, the decision is not.");
q("whats cllr halberd's phone number", "unanswerable",
  "Not in the papers: no councillor's telephone number is given (only officers' numbers, such as the clerk's, 020 7946 0863).",
  [], [], [],
  "Near miss: officers' numbers are given.");
q("who attended the 18 september meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 18 September 2341; the minutes of 13 November only record that they were agreed and which actions from that meeting were open.",
  [], [], [],
  "Near miss: the meeting and its actions are mentioned, its attendance is not.");
q("how many pcns were issued in norrisgate in q3", "unanswerable",
  "Not in the papers: the highlight report gives only the total of penalty charge notices in phase 1 streets (2,317 in quarter 3), and Norrisgate is a proposed phase 2 zone where no order is yet in force.",
  [], [], [],
  "Near miss: a total, not by zone or council.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
