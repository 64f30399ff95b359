// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or (for the
// slides, whose table is one cell a line) runs of whole lines, taken from the renderings by what they
// start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PACK = DOCS.pack, TR = DOCS.tracker, AL = DOCS.alert, SL = DOCS.slides, AP = DOCS.approvals;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell starting `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.findIndex((x) => x.startsWith(from));
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// block(doc, start, n): n whole lines from the first line equal to `start`, joined by line breaks
const block = (doc, start, n) => {
  const ls = lines(doc);
  const i = ls.indexOf(start);
  if (i < 0) throw new Error(`no line ${start} in ${doc}`);
  return ls.slice(i, i + n).join("\n");
};
// after(doc, title, start): the first line starting with `start` after the line `title` (alert blocks)
const after = (doc, title, start) => {
  const ls = lines(doc);
  const i = ls.indexOf(title);
  if (i < 0) throw new Error(`no line ${title} in ${doc}`);
  const l = ls.slice(i + 1).find((x) => x.startsWith(start));
  if (!l) throw new Error(`no line ${start} after ${title}`);
  return l;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bn${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which safe at home measures are off track at q2?", "status_lookup",
  "Two of the eight measures are Off Track at quarter 2 (30 September 2255): DSH-03, new No Cold Calling Zones designated in the year (3 against a target of 12; round 2 applications were late, and a revised target was going to the 5 December meeting), and DSH-06, bank branches signed up to the Bank Alert Protocol (24 against 40; the Chair is writing to regional managers, action DCA-15).",
  ["DSH-03", "DSH-06"], [],
  [[TR, line(TR, "DSH-03 ")], [TR, line(TR, "DSH-06 ")], [PACK, line(PACK, "Summary | The programme tracker")]],
  "Smartsheet export: Status is a drop-down word in its own column; the Health ball beside it is a drawn symbol with no text. The pack's item 4 summary gives the same count.");
q("whats the status of the courier fraud risk on the tracker", "status_lookup",
  "Risk DSH-R3, 'Courier fraud rising faster than the police response', is Open and is the highest-scoring risk: likelihood 4 x impact 5 (L4 x I5) = 20 at quarter 2, up from 16 at quarter 1. Its owner is Cressida Holtby, its review date 14/12/55 (14 December 2255), and the latest update is 'Mardleton spike in October; joint alert issued'.",
  ["DSH-R3", "Open", "20"], [],
  [[TR, line(TR, "DSH-R3 ")], [TR, line(TR, "Task Name | Lead | Target")]],
  "The risk rows reuse the sheet's columns: the owner is under Lead, L x I under Target, the Q1 and Q2 scores under the quarter columns, Open/Closed under Status, the review date under Due; the rows sit under a 'Risks' parent row and run onto page 2.");
q("is DCA-14 done yet", "status_lookup",
  "Yes. DCA-14, drafting a model No Cold Calling Zone framework (Lorcan Stubbington), was changed to Complete (from In progress) on 5 December 2255 at 3:41 PM, with the note 'Framework approved at item 5 on 5 December 2255'. The pack's action log, as at 26 November 2255, still showed it In progress (due 14/11/2255).",
  ["Complete"], [],
  [[AL, after(AL, "Draft a model No Cold Calling Zone framework", "Status: ")], [AL, after(AL, "Draft a model No Cold Calling Zone framework", "Notes: ")], [PACK, line(PACK, "DCA-14 | ")]],
  "SharePoint alert: the new value comes first and the old one follows it, struck through only by an inline style, so the text reads 'Complete In progress'. The pack is older than the alert.");
q("did wrexley's call blocker bid get approved?", "status_lookup",
  "No. Wrexley District Council's round 2 bid (95 devices, £11,400) was Rejected on 26 October 2255. Both approvers had to approve: the Chair, Cllr Ottoline Gadsby-Wren, approved, but the Vice-Chair, Cllr Kwabena Threapleton, rejected it because the bid had no referral route from adult social care or the police, and said he would look again if Wrexley resubmits with one. The call blocker evaluation's next steps say Wrexley has been invited to resubmit with an adult social care referral route.",
  ["Rejected"], [],
  [[AP, cells(AP, "Wrexley District Council, 95 devices", "Call Blocker Fund round 2: Wrexley", 4)], [AP, cells(AP, "Wrexley District Council, 95 devices", "Ottoline Gadsby-Wren: Approve (2255-10-24", 1)], [SL, line(SL, "Wrexley invited to resubmit")]],
  "Teams Approvals CSV: 'Status' is Completed for approved and rejected requests alike; the outcome is only in 'Result'; both responses sit in one field.");
q("which approvals are still pending?", "status_lookup",
  "One: the Call Blocker Fund round 2 bid from Fosbury City Council for 150 devices (£18,000), requested on 21 November 2255. The Chair approved it on 22 November, but the second approver, the Deputy Chair Cllr Isolde Penhaligan (standing in because the Vice-Chair declared an interest as a Fosbury councillor), has not responded. (The room-change request for 5 December was canceled, not pending.)",
  ["Fosbury", "Penhaligan"], [],
  [[AP, cells(AP, "Fosbury City Council, 150 devices", "Call Blocker Fund round 2: Fosbury", 2)], [AP, cells(AP, "Fosbury City Council, 150 devices", "Ottoline Gadsby-Wren: Approve (2255-11-22", 1)]],
  "The pending request has an empty Result and 'No response' inside the Responses field.");
q("which measures are at risk at q2", "status_lookup",
  "Two measures are At Risk at quarter 2 (30 September 2255): DSH-04, doorstep crime reports visited within 2 working days (79% against a target of 90%; two officer vacancies in Mardleton), and DSH-08, residents reached by the Stop, Check, Call campaign (96,000 against 250,000; the campaign launched on 1 August 2255, a month late). The milestone row 'Model No Cold Calling Zone framework' is also marked At Risk, but it is not a measure.",
  ["DSH-04", "DSH-08"], [],
  [[TR, line(TR, "DSH-04 ")], [TR, line(TR, "DSH-08 ")]],
  "A milestone row without a reference sits among the measures with the same drop-down status.");
q("which actions are still open after the 5 dec meeting?", "status_lookup",
  "Six: DCA-15, the Chair's letter to bank regional managers about the Bank Alert Protocol (In progress; due date moved from 31 October 2255 to 31 January 2256; three of five banks have replied); and the actions added after the 5 December meeting – DCA-19, round 2 zone offer letters (Lorcan Stubbington, due 19 December 2255), DCA-20, supporting Stannerby's resubmission of NZ2-04 (Cllr Saoirse Maddocks-Pyle, 20 February 2256), DCA-21, reporting the £21,615 renewal cost to the Board (Ffion Mapplethorpe, 16 January 2256), DCA-22, chasing the Deputy Chair on the Fosbury approval (Benedikt Ibbotson-Reyes, 12 December 2255, in progress) and DCA-23, changing the DSH-03 target to 8 (Anushka Carrow-Vine, 12 December 2255). DCA-12, DCA-14 and DCA-16 were marked Complete on 5 December; DCA-11, DCA-13 and DCA-17 were already Complete. (DCA-18, 'Send zone offer letters', was added and deleted again the same afternoon.)",
  ["DCA-15", "DCA-19", "DCA-20", "DCA-21", "DCA-22", "DCA-23"], [],
  [[AL, after(AL, "Write to bank regional managers about the Bank Alert Protocol", "Due date: ")], [PACK, line(PACK, "DCA-15 | ")], [AL, line(AL, "Send round 2 zone grant offer letters")], [AL, line(AL, "Chase the Deputy Chair's response")], [AL, line(AL, "Change the DSH-03 target to 8")]],
  "Needs the pack's action log (status as at 26 November) and the alert, which lists only the day's changes: three actions completed, five added, one added and deleted, one due date moved (US dates).");

// ------------------------------------------------------------------ table_lookup (7)
q("DSH-05 q2 figure?", "table_lookup",
  "£341,900 of losses prevented for residents at quarter 2 (to 30 September 2255), against a target of £750,000 for the year (quarter 1: £188,400). Status: On Track; lead Lorcan Stubbington.",
  ["£341,900"], [],
  [[TR, line(TR, "DSH-05 ")]],
  "");
q("how many call blockers were fitted in ebberston and how many calls did they block", "table_lookup",
  "In Ebberston 115 call blockers were fitted between April and September 2255, and they blocked 14,030 calls; 96% of them were scam or nuisance calls, and 91% of residents surveyed said they felt safer.",
  ["115", "14,030"], [],
  [[SL, block(SL, "Ebberston", 5)], [SL, block(SL, "Council", 5)]],
  "Google Slides plain-text download: the results table comes out one cell a line, five header lines then five lines per council, with nothing marking rows.");
q("how much is fosbury's call blocker bid for", "table_lookup",
  "£18,000: Fosbury City Council's round 2 bid is for 150 call blockers at £120 each. If approved, £20,400 of the £60,000 round 2 budget would remain. It is still pending (the Chair has approved; the Deputy Chair has not responded).",
  ["£18,000"], [],
  [[AP, cells(AP, "Fosbury City Council, 150 devices", "Round 2 bid from Fosbury", 1)]],
  "");
q("DCA-21 who's got it and when's it due", "table_lookup",
  "Ffion Mapplethorpe (Finance Business Partner). DCA-21 – report the renewal cost of round 1 call blockers (£21,615) to the Board – is due on 16 January 2256 (written 1/16/2256 in the actions list) and is Not started; it was added on 5 December 2255.",
  ["Mapplethorpe", "16"], [],
  [[AL, after(AL, "Report the renewal cost of round 1 call blockers (£21,615) to the Board", "Owner: ")], [AL, after(AL, "Report the renewal cost of round 1 call blockers (£21,615) to the Board", "Due date: ")]],
  "The list's dates are US month/day/year.");
q("what did NZ2-04 score and why isn't it getting funded", "table_lookup",
  "NZ2-04, Bexley Fields in Stannerby (410 households, £9,600), scored 14 out of 30, below the threshold of 18 for funding, because its survey reached only 31% of households. It is recommended to resubmit: officers are to support Stannerby City Council to repeat the survey and resubmit for the meeting of 12 March 2256.",
  ["14", "18"], [],
  [[PACK, line(PACK, "NZ2-04 | ")], [PACK, line(PACK, "2.2 NZ2-04")], [PACK, line(PACK, "2.1 Six applications")]],
  "");
q("whats the score on DSH-R1 now", "table_lookup",
  "12: risk DSH-R1, 'Call blocker supplier cannot meet demand after its price rise', is scored L3 x I4 = 12 at quarter 2, up from 9 at quarter 1. It is Open, owned by Ffion Mapplethorpe, with a review date of 31/01/56; a second supplier is being sought.",
  ["12"], [],
  [[TR, line(TR, "DSH-R1 ")]],
  "The score sits under the 'Q2 (Jul–Sep)' header and L x I under 'Target'.");
q("whats the zone budget this year and how much is left after round 2", "table_lookup",
  "The No Cold Calling Zone budget for 2255/56 is £40,000. Round 1 awarded £6,300 for three zones and the round 2 awards recommended to the 5 December meeting total £31,450 (five zones), leaving £2,250.",
  ["£40,000", "£2,250"], [],
  [[PACK, line(PACK, "Financial implications | ")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the doorstep crime tg?", "people_roles",
  "Cllr Ottoline Gadsby-Wren (Conservative, Mardleton County Council) is the Chair. The Vice-Chair is Cllr Kwabena Threapleton (Labour, Fosbury City Council) and the Deputy Chair Cllr Isolde Penhaligan (Liberal Democrat, Tregannick District Council).",
  ["Gadsby-Wren"], [],
  [[PACK, line(PACK, "Cllr Ottoline Gadsby-Wren | ")]],
  "");
q("who's the lead member for no cold calling zones", "people_roles",
  "Cllr Saoirse Maddocks-Pyle (Labour, Ebberston Borough Council). She also leads measure DSH-03 and owns risk DSH-R2 on the tracker.",
  ["Maddocks-Pyle"], [],
  [[PACK, line(PACK, "Cllr Saoirse Maddocks-Pyle | ")], [TR, line(TR, "DSH-03 ")]],
  "");
q("who subbed at the 12 sept meeting", "people_roles",
  "Cllr Gervase Fairbairn-Lusk attended as substitute for Cllr Rufus Aberconway, who sent apologies.",
  ["Fairbairn-Lusk", "Aberconway"], [],
  [[PACK, line(PACK, "Substitute | ")], [PACK, line(PACK, "1.1 The Chair welcomed")]],
  "");
q("who approved the hollinsby call blocker award", "people_roles",
  "The Chair, Cllr Ottoline Gadsby-Wren (10 October 2255), and the Vice-Chair, Cllr Kwabena Threapleton (11 October 2255), approved Hollinsby Borough Council's round 2 bid for 120 devices (£14,400). The Chair noted that Cllr Kittermaster had declared an interest (Hollinsby Neighbourly Trust) and was not an approver.",
  ["Gadsby-Wren", "Threapleton"], [],
  [[AP, cells(AP, "Hollinsby Borough Council, 120 devices", "Ottoline Gadsby-Wren; Kwabena Threapleton", 1)], [AP, cells(AP, "Hollinsby Borough Council, 120 devices", "Ottoline Gadsby-Wren: Approve", 1)], [AP, cells(AP, "Hollinsby Borough Council, 120 devices", "Call Blocker Fund round 2: Hollinsby", 4)]],
  "Both responses, with UTC times, are in one 'Responses' field.");
q("who did the call blocker evaluation and whats their job", "people_roles",
  "Lorcan Stubbington, Senior Adviser (Trading Standards), presented the six-month evaluation at item 6 on 5 December 2255 (lorcan.stubbington@local.gov.uk, 020 7946 0871).",
  ["Stubbington"], [],
  [[SL, line(SL, "Lorcan Stubbington, Senior Adviser")], [PACK, line(PACK, "6 | Call blocker scheme")]],
  "");
q("who are the named subs on the tg", "people_roles",
  "Cllr Maelys Dunsworth (Labour, Ebberston Borough Council) and Cllr Gervase Fairbairn-Lusk (Conservative, Wrexley District Council).",
  ["Dunsworth", "Fairbairn-Lusk"], [],
  [[PACK, line(PACK, "Named substitutes: ")]],
  "");
q("who's the finance officer for safe at home and whats their number", "people_roles",
  "Ffion Mapplethorpe, Finance Business Partner: 020 7946 0881, ffion.mapplethorpe@local.gov.uk.",
  ["Mapplethorpe", "020 7946 0881"], [],
  [[PACK, line(PACK, "Ffion Mapplethorpe | ")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the no cold calling zones paper?", "board_paper",
  "That the Task Group: (a) approves the model No Cold Calling Zone framework set out in section 3; (b) awards round 2 zone funding of £31,450 to the five applications recommended in Table 1 (NZ2-01, NZ2-02, NZ2-03, NZ2-05 and NZ2-06); (c) asks officers to support Stannerby City Council to resubmit NZ2-04 (Bexley Fields) for the meeting of 12 March 2256; and (d) agrees a revised 2255/56 target of 8 new zones for measure DSH-03.",
  ["£31,450", "NZ2-04", "DSH-03"], [],
  [[PACK, line(PACK, "(a) approves the model")], [PACK, line(PACK, "(b) awards round 2 zone funding")], [PACK, line(PACK, "(c) asks officers to support Stannerby")], [PACK, line(PACK, "(d) agrees a revised")]],
  "The recommendations are lines inside one cell of the front sheet's label / value table.");
q("contact officer for item 5?", "board_paper",
  "Lorcan Stubbington, Senior Adviser (Trading Standards) – telephone 020 7946 0871, e-mail lorcan.stubbington@local.gov.uk.",
  ["Stubbington", "020 7946 0871"], [],
  [[PACK, line(PACK, "Contact officer | Lorcan Stubbington")]],
  "");
q("DOIs at the 12 sept meeting?", "board_paper",
  "Two: Cllr Ambrose Kittermaster declared a non-pecuniary interest in item 5 (Call Blocker Fund) as a trustee of the Hollinsby Neighbourly Trust, which fits call blockers for Hollinsby Borough Council; and Cllr Yewande Okoronkwo declared a disclosable pecuniary interest in item 6 (Bank Alert Protocol) as an employee of Kestrelmoor Mutual Building Society, and took no part in that item.",
  ["Kittermaster", "Okoronkwo"], [],
  [[PACK, line(PACK, "2.1 Cllr Ambrose Kittermaster")], [PACK, line(PACK, "2.2 Cllr Yewande Okoronkwo")]],
  "");
q("what did the tg decide in sept about who approves the call blocker bids", "board_paper",
  "It opened round 2 of the Call Blocker Fund on 1 October 2255 with £60,000 and delegated decisions on round 2 bids of up to £25,000 each to the Chair and the Vice-Chair acting together, taken between meetings in the Teams Approvals app, both to approve; where the Chair or Vice-Chair is a member of a council that has bid, the Deputy Chair approves in their place; and decisions taken this way are to be reported to the next meeting.",
  ["£25,000", "Deputy Chair"], [],
  [[PACK, line(PACK, "(b) delegates decisions")], [PACK, line(PACK, "(c) agrees that where the Chair")], [PACK, line(PACK, "(a) opens round 2")]],
  "");
q("is the zones paper confidential or a key decision?", "board_paper",
  "No to both: the front sheet of item 5 gives 'Confidential: No' and 'Key decision: No'.",
  ["No"], [],
  [[PACK, line(PACK, "Confidential | ")], [PACK, line(PACK, "Key decision | ")]],
  "");
q("what did they resolve on courier fraud in sept", "board_paper",
  "After Detective Sergeant Aled Pendarves's presentation, the Task Group resolved to (a) note the presentation; (b) ask the Head of Community Safety to issue a joint courier fraud alert with Mardleton Police to all member councils by 30 September 2255; and (c) add courier fraud to the programme's risk register.",
  ["30 September", "risk register"], [],
  [[PACK, line(PACK, "(b) asks the Head of Community Safety")], [PACK, line(PACK, "(c) adds courier fraud")]],
  "");
q("what does the call blocker evaluation ask the tg to agree", "board_paper",
  "Three things: (1) round 2 priority for residents aged 75 or over, or living with dementia, referred by adult social care or the police; (2) funding 12 months' renewal of call screening for all 655 round 1 devices, £21,615 (655 × £33); and (3) reporting the renewal cost to the Consumer and Community Safety Board in January 2256.",
  ["75", "£21,615"], [],
  [[SL, line(SL, "1. Round 2 priority")], [SL, line(SL, "2. Fund 12 months' renewal")], [SL, line(SL, "3. Report the renewal cost")]],
  "The asks are on a slide; speaker notes are not in the download.");

// ------------------------------------------------------------------ fact (5)
q("how many courier fraud reports did the police talk about in sept", "fact",
  "Detective Sergeant Aled Pendarves (Economic Crime Unit, Mardleton Police) said Mardleton Police had recorded 214 courier fraud reports in the year to August 2255, with losses of £1.38 million; the average age of victims was 81 and seven in ten lived alone.",
  ["214", "£1.38 million"], [],
  [[PACK, line(PACK, "4.1 Detective Sergeant")]],
  "");
q("what share of the calls the blockers stopped were scams or nuisance", "fact",
  "96% overall: the 655 call blockers blocked 83,030 calls between April and September 2255, and 96% were scam or nuisance calls (from 93% in Tregannick to 98% in Fosbury). The tracker's measure DSH-02 shows 96% at quarter 2 against a target of 95%.",
  ["96%"], [],
  [[SL, block(SL, "Total", 5)], [TR, line(TR, "DSH-02 ")]],
  "");
q("any quotes from residents about the call blockers?", "fact",
  "Yes, on the 'What residents told us' slide: “I used to dread the phone ringing. Now it only rings when it's someone I know.”; “My dad sleeps better knowing the scammers can't get through to him.”; and “It stopped a man who rang me four times a day about my pension.” (a resident in Mardleton, aged 79). The slide's attributions also name a resident in Ebberston aged 84 and a carer in Fosbury.",
  ["dread the phone ringing"], [],
  [[SL, line(SL, "“I used to dread")], [SL, line(SL, "“My dad sleeps")], [SL, line(SL, "“It stopped a man")]],
  "The attributions were placed before the quotes on the slide, so the plain text puts them in the wrong order.");
q("how much did the stop check call leaflets cost and who signed it off", "fact",
  "£4,860 including delivery, for a print run of 40,000 A5 leaflets; approved by Cressida Holtby, Head of Community Safety, on 25 September 2255 ('Within my £5,000 limit').",
  ["£4,860", "Holtby"], [],
  [[AP, cells(AP, "Stop, Check, Call leaflets", "Stop, Check, Call leaflets", 1)], [AP, cells(AP, "Stop, Check, Call leaflets", "Cressida Holtby: Approve", 1)]],
  "");
q("when's the next tg meeting after december", "fact",
  "Wednesday 12 March 2256, 10.30am (item 9 of the 5 December agenda).",
  ["12 March 2256"], [],
  [[PACK, line(PACK, "9 | Date of next meeting")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("does the number of call blockers fitted on the tracker match the evaluation?", "cross_document",
  "Yes: the tracker's DSH-01 shows 655 vulnerable residents with a call blocker fitted at quarter 2 (410 at quarter 1; target 1,200 by 31/03/56), and the evaluation counts 655 call blockers fitted in six councils between April and September 2255. Round 2 devices (120 for Hollinsby and 60 for Stannerby) will only be counted once they are fitted, from January 2256.",
  ["655"], [],
  [[TR, line(TR, "DSH-01 ")], [SL, line(SL, "655 call blockers fitted")], [PACK, line(PACK, "1. Measure DSH-01 counts")]],
  "Tracker (Smartsheet PDF) against the slides' plain text; the pack explains what DSH-01 counts.");
q("why did the fosbury call blocker approval go to cllr penhaligan and not the vice-chair?", "cross_document",
  "Because the Vice-Chair, Cllr Kwabena Threapleton, is a Fosbury City Council councillor and declared an interest. The September resolution (minute 5(c)) says that where the Chair or the Vice-Chair is a member of a council that has bid, the Deputy Chair – Cllr Isolde Penhaligan – approves in their place, so the Fosbury request went to the Chair and the Deputy Chair.",
  ["Threapleton", "Deputy Chair"], [],
  [[PACK, line(PACK, "(c) agrees that where the Chair")], [AP, cells(AP, "Fosbury City Council, 150 devices", "Ottoline Gadsby-Wren: Approve (2255-11-22", 1)], [PACK, line(PACK, "Cllr Kwabena Threapleton | ")]],
  "The rule is in the pack's minutes; its use is in the Approvals export.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for DSH-03?", "unanswerable",
  "Not in the papers: the tracker gives quarter 1 and quarter 2 2255/56 only (DSH-03 was 3 against 12, Off Track, at quarter 2); the revised target of 8 applies from quarter 3.",
  [], [], [], "Near miss: Q1 and Q2 columns only.");
q("did cllr penhaligan approve the fosbury bid in the end?", "unanswerable",
  "Not recorded: the Approvals export (to 30 November) shows her 'No response', and the actions list on 5 December has action DCA-22 to chase her; nothing later records her response.",
  [], [], [], "Near miss: the request and the chase are held, the outcome is not.");
q("whats cllr lavington's phone number", "unanswerable",
  "Not given: the pack lists members with their council, group and role only; telephone numbers are given for officers only.",
  [], [], [], "Near miss: officers' numbers are in the pack.");
q("who attended the 5 december meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 5 December 2255 yet; the pack is its agenda and the actions alert records only actions added and changed after it.",
  [], [], [], "Near miss: the meeting's agenda and actions are held, its attendance is not.");
q("when does the bank data sharing agreement expire", "unanswerable",
  "Not given: the tracker's closed risk DSH-R5 only says the data sharing agreement with banks was signed on 14/09/55; no end date appears.",
  [], [], [], "Near miss: the signing date is held.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
