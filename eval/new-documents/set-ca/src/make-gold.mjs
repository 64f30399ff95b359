// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or a
// sentence of a line, taken from the renderings by what they start with or contain, so that a quote is
// always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const TR = DOCS.tracker, MEMO = DOCS.memo, MIN = DOCS.minutes, CHAT = DOCS.chat, TASK = DOCS.tasks;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// has(doc, text): the first rendering line containing the text
const has = (doc, text) => {
  const l = lines(doc).find((x) => x.includes(text));
  if (!l) throw new Error(`no line with ${text} in ${doc}`);
  return l;
};
// cells(doc, hasText, from, n): in the rendering line containing hasText, n cells from the cell `from`
const cells = (doc, hasText, from, n) => {
  const c = has(doc, hasText).split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${hasText}`);
  return c.slice(i, i + n).join(" | ");
};
// sentence(doc, start): from start to the first ". " after it (or the line's end)
const sentence = (doc, start) => {
  const l = has(doc, start);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// the DESCRIPTION lines of a task follow its SUMMARY: k-th line after the summary line
const after = (doc, start, k) => {
  const ls = lines(doc);
  const i = ls.findIndex((x) => x.startsWith(start));
  if (i < 0) throw new Error(`no line ${start} in ${doc}`);
  return ls[i + k];
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `ca${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which PHM measures are off track at q3?", "status_lookup",
  "Two measures are OFF TRACK (red lozenge) at quarter 3 2581/82 (31 December 2581): PHM-03, fit and proper person applications decided within 12 weeks (58% against 85%; off track at Q2 too, 64%; two councils have decided none since August, recovery plan asked for), and PHM-05, compliance notices complied with by the date set (61% against 75%; at risk at Q2; eleven notices on two Pemberwick sites overdue).",
  ["PHM-03", "PHM-05"], ["PHM-01", "PHM-07"],
  [[TR, line(TR, "PHM-03 | ")], [TR, line(TR, "PHM-05 | ")], [TR, line(TR, "Statuses are set by")]],
  "Confluence storage format: each status is a status macro whose colour and title are <ac:parameter> children ('Red' 'OFF TRACK'); the key is in an info macro. PHM-01 and PHM-07 are AT RISK, not off track.");
q("what got worse between q2 and q3 on the park homes measures", "status_lookup",
  "One measure got worse: PHM-05, compliance notices complied with by the date set, fell from AT RISK at quarter 2 (69%) to OFF TRACK at quarter 3 (61% against 75%; eleven notices on two Pemberwick sites overdue). Two improved: PHM-02 (fit and proper registers, at risk to on track, 27 of 32) and PHM-08 (model site licence conditions, at risk to complete, published 19 December). PHM-07 was not yet due at Q2 and is at risk at Q3 (counted from Q3); PHM-03 stayed off track.",
  ["PHM-05"], [],
  [[TR, line(TR, "PHM-05 | ")], [TR, sentence(TR, "PHM-05 has moved from at risk to off track")], [MIN, sentence(MIN, "PHM-05, compliance notices complied with on time, had fallen")]],
  "Compares the Q2 status and Q3 status lozenge columns; the page's own sentence under the table and the minutes' 6.1 say the same.");
q("which actions are still open on the phtg action log?", "status_lookup",
  "As exported on 20 March 2582, seven actions are open: PHA-28 (survey councils on their fit and proper backlog – IN-PROCESS, 60%, due 28 Feb 2582), PHA-29 (data-sharing protocol with the fire and rescue services – NEEDS-ACTION, overdue since 31 Jan 2582), PHA-33 (grant offer letters for the six round 2 awards – IN-PROCESS, 50%, due 25 March), PHA-34 (write to Lyndcastle about match funding for SLC-2-09 – due 29 March), PHA-35 (PHM-03 recovery plan – due 13 June), PHA-36 (feedback to the four councils below the threshold – due 12 April) and PHA-37 (pitch fee consultation response – IN-PROCESS, 40%, due 29 March); PHA-33 also has an open sub-task (PHA-33a, chase three councils for bank details). PHA-30 was cancelled; the rest are completed.",
  ["PHA-28", "PHA-29", "PHA-33", "PHA-34", "PHA-35", "PHA-36", "PHA-37"], [],
  [[TASK, line(TASK, "SUMMARY:PHA-28 ")], [TASK, line(TASK, "SUMMARY:PHA-29 ")], [TASK, line(TASK, "SUMMARY:PHA-33 ")], [TASK, line(TASK, "SUMMARY:PHA-34 ")], [TASK, line(TASK, "SUMMARY:PHA-35 ")], [TASK, line(TASK, "SUMMARY:PHA-36 ")], [TASK, line(TASK, "SUMMARY:PHA-37 ")]],
  "Thunderbird VTODO export: a task's state only in STATUS (NEEDS-ACTION / IN-PROCESS open; COMPLETED, CANCELLED closed) on the line after its SUMMARY. PHA-30 is CANCELLED, not open.");
q("is PHA-29 done yet?", "status_lookup",
  "No. PHA-29, agree a data-sharing protocol with the fire and rescue services (owner Wilhelmina Rashbrook, from minute 6 of 22 November 2581), is NEEDS-ACTION at 0%, due 31 January 2582 (DUE 25820131), high priority, and marked overdue: the action log says it is waiting for the fire services' legal teams and is now expected in April; the minutes of 14 March say the same.",
  ["overdue", "April"], [],
  [[TASK, line(TASK, "SUMMARY:PHA-29 ")], [TASK, after(TASK, "SUMMARY:PHA-29 ", 1)], [TASK, line(TASK, "Overdue. Waiting")], [MIN, sentence(MIN, "Action PHA-29, the data-sharing protocol")]],
  "STATUS:NEEDS-ACTION and PERCENT-COMPLETE:0 with a DUE date before the export; 'Overdue' only in the DESCRIPTION.");
q("which risks are above tolerance on the park homes register?", "status_lookup",
  "Two risks score 15 or more, above the Task Group's tolerance: PHR-05, riverside sites flooding before their flood plans are tested (4 × 5 = 20, HIGH, new since November; owner Senior Adviser, Site Licensing), and PHR-01, councils without enough licensing officers to inspect sites (4 × 4 = 16, HIGH, rising from 12; owner Senior Adviser, Site Licensing).",
  ["PHR-01", "PHR-05"], ["PHR-02"],
  [[TR, line(TR, "Risks scoring 15 or more")], [TR, line(TR, "PHR-01 | ")], [TR, line(TR, "PHR-05 | ")]],
  "Scores are status lozenges ('Red' '20 HIGH'); the tolerance is the sentence above the table. PHR-02 at 12 is a near miss.");
q("are the model site licence conditions out yet?", "status_lookup",
  "Yes. The model site licence conditions were published on 19 December 2581, before their 31 December 2581 deadline: measure PHM-08 is COMPLETE at quarter 3 ('Published 19 Dec'; it was at risk, still a draft, at quarter 2), the milestone is ticked on the tracker, and action PHA-24 is COMPLETED ('Published on the LGA website on 19 December 2581').",
  ["19"], [],
  [[TR, line(TR, "PHM-08 | ")], [TR, line(TR, "☑ Model site licence conditions published")], [TASK, line(TASK, "Published on the LGA website")]],
  "The milestone's tick is a Confluence task whose <ac:task-status> is 'complete'; its due date only in a <time datetime> attribute.");
q("quick summary of where the park homes programme is at q3 pls", "status_lookup",
  "At quarter 3 2581/82 (to 31 December 2581) the Park Homes Standards Programme 2581–83 is AT RISK overall. Measures: three on track (PHM-02 fit and proper registers 27 of 32, PHM-04 fees policies 29, PHM-06 pitch fee advice 3,120), two at risk (PHM-01 licences reviewed 78%, PHM-07 tested flood plans 44), two off track (PHM-03 fit and proper decisions in 12 weeks 58%, PHM-05 compliance notices 61%) and one complete (PHM-08 model licence conditions). Risks above the tolerance of 15: PHR-05 (20) and PHR-01 (16). Budget: 1,080 (£000), 731 spent to 31 December, forecast 1,084 (+4).",
  ["PHM-03", "PHM-05", "AT RISK"], [],
  [[TR, line(TR, "Overall status | ")], [TR, line(TR, "At quarter 3: three measures")], [TR, line(TR, "PHM-03 | ")], [TR, line(TR, "PHM-05 | ")], [TR, line(TR, "Total | ")]],
  "Briefing: the page properties' overall status lozenge, the count sentence, the off-track rows and the budget's total row inside the collapsed expand macro.");

// ------------------------------------------------------------------ table_lookup (7)
q("whats the score for PHR-05?", "table_lookup",
  "PHR-05, riverside sites flooding before their flood plans are tested, scores 20 (likelihood 4 × impact 5), HIGH – above the tolerance of 15. It is new since November (no November score; it was added after action PHA-27), and its owner is the Senior Adviser, Site Licensing.",
  ["20"], [],
  [[TR, line(TR, "PHR-05 | ")], [TASK, line(TASK, "Added as PHR-05")]],
  "The score is the title parameter of a status macro ('20 HIGH').");
q("PHM-03 q3 figure?", "table_lookup",
  "58% of fit and proper person applications were decided within 12 weeks at quarter 3 (31 December 2581), against a target of 85% – OFF TRACK (it was 64%, also off track, at quarter 2). Lead member Cllr Brazendale; two councils have decided none since August and a recovery plan has been asked for.",
  ["58%"], [],
  [[TR, line(TR, "PHM-03 | ")]],
  "Q3 figure column beside the Q2 figure column.");
q("how much is wellbeck getting from round 2?", "table_lookup",
  "£80,000. Wellbeck District Council bid SLC-2-06 (licence fees policy and enforcement) asked for £88,000 and scored 71; the award is reduced by £8,000 because that part of the bid was for case management software, which the prospectus says is not eligible. The Task Group approved the six awards in Table 1 on 14 March 2582.",
  ["£80,000"], [],
  [[MEMO, line(MEMO, "SLC-2-06 | ")], [MEMO, line(MEMO, "4. Wellbeck District Council's award")]],
  "Table 1 of the paper pasted into the e-mail printed in Outlook's Memo Style; the reason in paragraph 4.");
q("what's the forecast for the flood planning toolkit budget", "table_lookup",
  "The flood planning toolkit has a 2581/82 budget of 45 (£000), 12 spent to 31 December, and a forecast of 52 (£000), i.e. £52,000 – a variance of +7 (£7,000 over), because testing has moved from desk exercises to live drills.",
  ["52"], [],
  [[TR, line(TR, "Flood planning toolkit | ")], [TR, line(TR, "Variance is the forecast less the budget")]],
  "The budget table is inside a Confluence expand macro ('Show the budget (£000)'), figures in £000.");
q("who owns PHA-35 and when's it due", "table_lookup",
  "PHA-35, the recovery plan for PHM-03 (fit and proper decisions within 12 weeks), is owned by Devendra Hatherleigh (Senior Adviser, Site Licensing) with Cllr Tariq Brazendale, and is due on 13 June 2582, for the Task Group's June meeting (DUE 25820613). It comes from minute 6 of 14 March 2582 and is not started (NEEDS-ACTION).",
  ["Hatherleigh", "Brazendale", "13 June"], [],
  [[MIN, line(MIN, "PHA-35 | ")], [TASK, line(TASK, "Owner: Devendra Hatherleigh with")], [TASK, after(TASK, "SUMMARY:PHA-35 ", 4)]],
  "Minutes' actions table (flattened to one cell per line in the Google Docs text) and the task's two ATTENDEEs and DUE.");
q("what did SLC-2-01 score", "table_lookup",
  "84 out of 100 – the highest of the round 2 bids. SLC-2-01 is Harkmoor County Council's bid for an inspection team for 14 sites, asking for £95,000 (the maximum); £95,000 is recommended and was approved.",
  ["84"], [],
  [[MEMO, line(MEMO, "SLC-2-01 | ")]],
  "Table 1 in the printed e-mail.");
q("how many residents got pitch fee advice by q3", "table_lookup",
  "3,120 residents had been given advice on pitch fee reviews by quarter 3 (cumulative, to 31 December 2581), against a target of 4,000 – ON TRACK (1,870 at quarter 2). Lead member Cllr Hewish; the advice is given at drop-ins with the Park Home Residents' Alliance.",
  ["3,120"], [],
  [[TR, line(TR, "PHM-06 | ")]],
  "Q3 figure of PHM-06.");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the phtg?", "people_roles",
  "Cllr Kwabena Bamigboye (Labour, Stavenham City Council) is Vice-Chair of the Park Homes Task Group.",
  ["Bamigboye"], ["Hewish"],
  [[TR, line(TR, "Cllr Kwabena Bamigboye | ")], [MIN, line(MIN, "Cllr Kwabena Bamigboye | ")]],
  "Who's who table on the Confluence page; the minutes' attendance table gives the role too. Hewish is Deputy Chair.");
q("who replaced cllr bickerstaffe on the tg?", "people_roles",
  "Cllr Annika Lindgren-Shaw (Liberal Democrat, Ambleford District Council), a member from 7 January 2582. Cllr Horace Bickerstaffe stood down on 12 December 2581; the Chair welcomed Cllr Lindgren-Shaw to her first meeting on 14 March 2582.",
  ["Lindgren-Shaw"], [],
  [[TR, line(TR, "Cllr Annika Lindgren-Shaw | ")], [TR, line(TR, "~~Cllr Horace Bickerstaffe~~")], [MIN, line(MIN, "1.1 ")]],
  "The former member's name is struck through (a styled span in the storage format).");
q("who subbed for cllr pomfrett on 14 march", "people_roles",
  "Cllr Haruto Nakamura-Brett (Conservative, Dunholm District Council), one of the named substitutes, attended online in place of Cllr Lucinda Pomfrett, who gave apologies.",
  ["Nakamura-Brett"], [],
  [[MIN, line(MIN, "1.2 ")], [CHAT, has(CHAT, "I'm substituting for Cllr Lucinda Pomfrett")]],
  "Minutes 1.2 and the substitute's own chat message.");
q("who's the lead member for flood resilience", "people_roles",
  "Cllr Saffron Iddon (Green, Wellbeck District Council) is the Task Group's lead member for flood resilience; she leads measure PHM-07, sites in flood zones 2 and 3 with a tested flood plan.",
  ["Iddon"], [],
  [[TR, line(TR, "Cllr Saffron Iddon | ")], [TR, line(TR, "PHM-07 | ")]],
  "Role column of the who's who table ('Member; lead member for flood resilience').");
q("who is the clerk to the park homes tg", "people_roles",
  "Clementine Youlden, Member Services Officer at the LGA, is clerk to the Task Group; she keeps the action log (the tasks' organiser, clementine.youlden@local.gov.uk).",
  ["Youlden"], [],
  [[TR, line(TR, "Officers: ")], [MIN, line(MIN, "Officers: ")]],
  "The officers' line under the who's who table and in the minutes.");
q("who voted against the round 2 awards?", "people_roles",
  "Cllr Delphine Spurling (Independent, Pemberwick) voted against, typing in the Zoom chat that Pemberwick's bid (SLC-2-02) should have been scored on need, not just deliverability. Cllr Annika Lindgren-Shaw abstained and Cllr Emeka Okparaeke was out of the room; the recommendations were carried by 8 votes to 1 with 1 abstention.",
  ["Spurling"], [],
  [[CHAT, has(CHAT, "Item 5 result: 8 for")], [CHAT, has(CHAT, "Against – Pemberwick's bid")], [MIN, line(MIN, "Clementine Youlden: Cllr Spurling voted against")]],
  "The draft minutes give only the numbers; the names are in the chat and in a reply to a Google Docs comment at the end of the file.");
q("who presented for the residents alliance", "people_roles",
  "Ngozi Eboh, Chair of the Park Home Residents' Alliance, presented the Alliance's survey of residents at item 4 of the 14 March 2582 meeting, joining online.",
  ["Ngozi Eboh"], [],
  [[MIN, line(MIN, "In attendance: ")], [MIN, sentence(MIN, "Ngozi Eboh presented the findings")]],
  "Minutes' in-attendance line and 4.1.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the round 2 awards paper?", "board_paper",
  "That the Task Group: (a) approves the six round 2 awards set out in Table 1, totalling £463,500; (b) defers bid SLC-2-09 (Lyndcastle Borough Council, £91,500) to the meeting on 13 June 2582, pending written confirmation of the fire and rescue service's match funding, and holds £91,500 for it until then; (c) carries the remaining £45,000 into round 3; and (d) delegates to the Programme Manager, in consultation with the Chair, the agreement of each award's grant conditions.",
  ["£463,500", "SLC-2-09", "£45,000"], [],
  [[MEMO, line(MEMO, "(a) approves the six")], [MEMO, line(MEMO, "(b) defers bid")], [MEMO, line(MEMO, "(c) carries")], [MEMO, line(MEMO, "(d) delegates")]],
  "Recommendations typed (a)–(d) in the paper pasted into the printed e-mail.");
q("contact officer for item 5?", "board_paper",
  "Wilhelmina Rashbrook, Programme Manager, Park Homes – phone 020 7946 0851, email wilhelmina.rashbrook@local.gov.uk.",
  ["Rashbrook", "020 7946 0851"], [],
  [[MEMO, line(MEMO, "Contact officer | ")], [MEMO, line(MEMO, "Phone no | ")], [MEMO, line(MEMO, "Position | ")]],
  "Front sheet rows of the pasted paper.");
q("is the round 2 awards paper a key decision? anything confidential?", "board_paper",
  "Yes, it is a key decision. The report itself is not confidential, but Appendix A (the scoring matrix) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972; it was attached to the e-mail for members only.",
  ["Yes", "Appendix A"], [],
  [[MEMO, line(MEMO, "Is this a key decision? | ")], [MEMO, line(MEMO, "Is this report confidential? | ")]],
  "Front sheet; the covering note repeats that Appendix A is for members only.");
q("apologies at the 14 march mtg?", "board_paper",
  "Cllr Lucinda Pomfrett gave apologies; Cllr Haruto Nakamura-Brett substituted for her. Cllr Imogen Gedye is shown as absent in the draft, but her comment says she sent apologies by email on Tuesday 12 March, and the clerk agreed to correct it. Cllr Saffron Iddon left at 11.52am and has asked for apologies to be recorded for the rest of the meeting.",
  ["Pomfrett", "Gedye"], [],
  [[MIN, line(MIN, "1.2 ")], [MIN, line(MIN, "Cllr Imogen Gedye | ")], [MIN, line(MIN, "[a]Imogen Gedye: ")]],
  "Google Docs text: the '[a]' after 'Absent' is a comment anchor whose text is at the end of the file.");
q("DOIs at the march mtg?", "board_paper",
  "Four declarations on item 5 (round 2 awards): Cllr Anselm Cotgrove and Cllr Rupert Wyldbore, other registrable interests as members of Harkmoor County Council, which bid (SLC-2-01) – they remained and voted; Cllr Emeka Okparaeke, a disclosable pecuniary interest as a paid director of Lyndcastle Fire Safety CIC, a partner in bid SLC-2-09 – he left the room; and Cllr Tariq Brazendale, who declared in the Zoom chat at 10:41 (Hollinbury's bid SLC-2-07; he sits on its licensing committee), an other registrable interest – he stayed and voted. The clerk's comment proposes adding Brazendale's as 2.3.",
  ["Cotgrove", "Wyldbore", "Okparaeke", "Brazendale"], [],
  [[MIN, line(MIN, "2.1 ")], [MIN, line(MIN, "2.2 ")], [MIN, line(MIN, "[b]Clementine Youlden: ")], [CHAT, has(CHAT, "Declaration for item 5: Hollinbury")]],
  "Brazendale's declaration is not in the minutes' text, only in comment [b] and the chat.");
q("what did the tg decide on q3 performance?", "board_paper",
  "It noted the quarter 3 position (three measures on track, two at risk, two off track, one complete), asked for a recovery plan for PHM-03 (fit and proper decisions within 12 weeks, 58%) by its June meeting, and asked the Chair to report risk PHR-05 (flooding of riverside sites, scored 20) to the Housing Standards and Regulation Board on 2 April 2582.",
  ["PHM-03", "PHR-05"], [],
  [[MIN, line(MIN, "6.4 RESOLVED")]],
  "Minute 6.4.");
q("what actions came out of the 14 march meeting?", "board_paper",
  "Six: PHA-33 issue grant offer letters for the six round 2 awards (Wilhelmina Rashbrook, 25 March 2582); PHA-34 write to Lyndcastle about match funding for SLC-2-09 (Wilhelmina Rashbrook, 29 March); PHA-35 recovery plan for PHM-03 (Devendra Hatherleigh with Cllr Tariq Brazendale, 13 June); PHA-36 feedback to the four councils below the threshold (Devendra Hatherleigh, 12 April); PHA-37 submit the pitch fee indexation consultation response (Wilhelmina Rashbrook, 29 March); PHA-38 circulate the residents' survey findings (Clementine Youlden, 18 March).",
  ["PHA-33", "PHA-34", "PHA-35", "PHA-36", "PHA-37", "PHA-38"], ["PHA-29"],
  [[MIN, line(MIN, "PHA-33 | ")], [MIN, line(MIN, "PHA-34 | ")], [MIN, line(MIN, "PHA-35 | ")], [MIN, line(MIN, "PHA-36 | ")], [MIN, line(MIN, "PHA-37 | ")], [MIN, line(MIN, "PHA-38 | ")]],
  "The actions table, one cell per line in the Google Docs text; PHA-24 to PHA-32 are November's.");

// ------------------------------------------------------------------ fact (4)
q("how many residents answered the alliance survey?", "fact",
  "1,140 residents, on 96 sites in 19 council areas. 38% said their last pitch fee review notice had been wrong or late, and 212 complaints had been made to councils in 2581, 57 of them about sites with no licence. The survey ran from October to December 2581.",
  ["1,140"], [],
  [[MIN, sentence(MIN, "1,140 residents on 96 sites replied")], [CHAT, has(CHAT, "The survey figure I gave")]],
  "Minutes 4.1 and the presenter's chat message.");
q("when does the pitch fee consultation close", "fact",
  "Friday 29 March 2582. The Task Group agreed the main points of its response on 14 March (index by CPI, a 5% cap in any year, 28 days' notice of a review); the Chair signs off the final response, and action PHA-37 is due the same day.",
  ["29 March"], [],
  [[MIN, line(MIN, "7.1 ")], [CHAT, has(CHAT, "the consultation closes on 29 March")]],
  "Minute 7.1 and the finance officer's chat message.");
q("whats the quorum for the tg", "fact",
  "Four members: the clerk's roll call on 14 March says the meeting was quorate ('the quorum is four members').",
  ["four"], [],
  [[CHAT, has(CHAT, "Roll call – online")]],
  "Only in the clerk's chat message.");
q("why was wellbeck's award cut", "fact",
  "Because £8,000 of Wellbeck District Council's £88,000 bid (SLC-2-06) was for case management software, which the prospectus says is not eligible, so the award is £80,000. The Chair had asked for the reason to be given in the final paper.",
  ["software"], [],
  [[MEMO, line(MEMO, "4. Wellbeck District Council's award")], [MEMO, has(MEMO, "say why Wellbeck's award is reduced")]],
  "Paragraph 4 of the paper and the Chair's earlier message below it in the printed e-mail.");

// ------------------------------------------------------------------ cross_document (4)
q("can you brief me on where round 2 of the capacity fund got to?", "cross_document",
  "Round 2 of the Site Licensing Capacity Fund (£600,000, maximum £95,000 a council) ran from 5 November 2581 to 16 January 2582 and drew 11 bids for £812,400; seven reached the threshold of 60. The paper recommended six awards totalling £463,500 (Wellbeck cut to £80,000), deferring Lyndcastle's SLC-2-09 (£91,500) to 13 June and carrying £45,000 to round 3. On 14 March 2582 the Task Group agreed all four recommendations and an added (e) moved by Cllr Hewish (review the weight given to need for round 3, and feedback to the four councils below the threshold), by 8 votes to 1 (Cllr Spurling) with 1 abstention (Cllr Lindgren-Shaw). By 20 March, action PHA-33 (offer letters) was 50% done: three of six letters issued, three councils waiting for bank details.",
  ["£463,500", "SLC-2-09", "Hewish", "PHA-33"], [],
  [[MEMO, line(MEMO, "(a) approves the six")], [MIN, line(MIN, "5.3 RESOLVED")], [MIN, line(MIN, "* asks officers to review the weight")], [TASK, line(TASK, "Three of six letters issued")]],
  "Paper (PDF) against the minutes (Google Docs text) and the action log (ICS): the meeting added recommendation (e).");
q("are the offer letters for the round 2 awards out yet?", "cross_document",
  "Only half of them. The minutes gave Wilhelmina Rashbrook action PHA-33 (issue grant offer letters for the six round 2 awards, due 25 March 2582); the action log of 20 March shows it IN-PROCESS at 50%: three of six letters were issued on 19 March, and Harkmoor, Wellbeck and Orlestone are waiting for bank details (a sub-task, PHA-33a, chases them by 22 March).",
  ["PHA-33", "bank details"], [],
  [[MIN, line(MIN, "PHA-33 | ")], [TASK, line(TASK, "Three of six letters issued")], [TASK, line(TASK, "SUMMARY:PHA-33a ")]],
  "Minutes' action against the Thunderbird task's STATUS, PERCENT-COMPLETE and DESCRIPTION, and its sub-task (RELATED-TO).");
q("did cllr brazendale declare an interest on item 5? its not in the minutes", "cross_document",
  "Yes – in the Zoom chat at 10:41, after his connection dropped during item 2: Hollinbury MBC had bid SLC-2-07 and he is a member of Hollinbury's licensing committee, an other registrable interest, so he stayed and voted (he typed 'For'). The draft minutes do not record it; the clerk's comment [b] proposes adding it as minute 2.3 and the Chair replied 'Yes, please add it'.",
  ["10:41", "SLC-2-07"], [],
  [[CHAT, has(CHAT, "Declaration for item 5: Hollinbury")], [MIN, line(MIN, "[b]Clementine Youlden: ")], [MIN, line(MIN, "Marigold Trelawny-Hext: Yes, please add it")]],
  "Chat (Zoom text) against the minutes' comment thread (Google Docs text).");
q("which risk is the chair taking to the board and what's it scored", "cross_document",
  "PHR-05, riverside sites flooding before their flood plans are tested: scored 20 (likelihood 4 × impact 5), HIGH, new since November and above the tolerance of 15. On 14 March 2582 the Task Group asked the Chair to report it to the Housing Standards and Regulation Board on 2 April 2582, at Cllr Iddon's request (Wellbeck's riverside sites flooded twice in January). It was added to the register through action PHA-27.",
  ["PHR-05", "20", "2 April"], [],
  [[MIN, line(MIN, "6.4 RESOLVED")], [TR, line(TR, "PHR-05 | ")], [CHAT, has(CHAT, "Please make sure PHR-05 goes to the Board")]],
  "Minutes (decision) against the tracker's register (score) and the chat.");

// ------------------------------------------------------------------ unanswerable (4)
q("what were the q4 figures for PHM-03?", "unanswerable",
  "Not in the papers: the tracker gives quarter 2 and quarter 3 2581/82 only (PHM-03 was 58%, off track, at quarter 3); a recovery plan is due in June.",
  [], [], [],
  "Near miss: Q2 and Q3 columns only; the 'Next review' property is an empty placeholder.");
q("what did the tg decide on lyndcastle's bid in june?", "unanswerable",
  "Not in the papers: bid SLC-2-09 was deferred on 14 March 2582 to the meeting on 13 June 2582, with £91,500 held for it, but no paper records that meeting or its outcome.",
  [], [], [],
  "Near miss: the deferral and the date are held, the outcome is not.");
q("whats cllr spurling's phone number", "unanswerable",
  "Not given: the papers give phone numbers only for the contact officer of item 5 (Wilhelmina Rashbrook, 020 7946 0851); members' telephone numbers are not in them.",
  [], [], [],
  "Near miss: an officer's number is held; the chat shows only her display name.");
q("how much did round 1 of the capacity fund give out?", "unanswerable",
  "Not in the papers: they cover round 2 (£600,000 available, £463,500 awarded, £91,500 held and £45,000 carried into round 3) and mention round 3; nothing gives round 1's awards.",
  [], [], [],
  "Near miss: round 2 and round 3 figures are held.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl: ${G.length} questions`);
