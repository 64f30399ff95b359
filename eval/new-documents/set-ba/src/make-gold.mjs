// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are cut from the renderings: a table row from a cell on
// (cells()), a whole line by its start (line()), or one sentence of a line (sentence()).
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const TRK = DOCS.tracker, TX = DOCS.transcript, PLAN = DOCS.plan, INV = DOCS.invite, RPT = DOCS.report;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// cells(doc, first, n, k): the k-th rendering line holding the cell `first`, from that cell on, cut to n cells
const cells = (doc, first, n, k = 0) => {
  const l = lines(doc).filter((x) => (" | " + x + " | ").includes(" | " + first + " | "))[k];
  if (!l) throw new Error(`no row ${first} in ${doc}`);
  const cs = l.split(" | ");
  const i = cs.indexOf(first);
  return cs.slice(i, n ? i + n : undefined).join(" | ");
};
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// sentence(doc, start, n): from `start` to the end of the n-th sentence (default 1) of the line holding it
const sentence = (doc, start, n = 1) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  let i = l.indexOf(start), j = i;
  for (let k = 0; k < n; k++) { const e = l.slice(j).search(/[.?!](\s|$)/); if (e < 0) { j = l.length; break; } j += e + 1; }
  return l.slice(i, j);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `ba${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which NCF schemes are at risk at q1?", "status_lookup",
  "Two round 1 schemes are At risk at 30 June 2136 (quarter 1 2136/37): NCF-05, Quaybridge City Council's Quayside depot and on-street hub (£410,000 awarded, nothing paid, 0 of 24 sockets live; the network operator now puts the substation upgrade in March 2137), and NCF-12, Fernhollow Borough Council's terraced streets home charging with cable gullies (35 of 120 sockets live; highway consent was refused for 2 of its 5 streets). At risk means behind profile with no agreed recovery plan.",
  ["NCF-05", "NCF-12"], [],
  [[TRK, cells(TRK, "NCF-05")], [TRK, cells(TRK, "NCF-12")], [TRK, cells(TRK, "At risk", 2, 1)]],
  "Excel sheet printed to PDF: the status is column I ('Status Q1 2136/37') of the grid, a word on a red fill; column H is the earlier quarter (NCF-10 and NCF-11 were At risk at Q4). The reasons are only in the comments printed at the end (cells I9 and I16).");
q("chargepoint fund tracker - whats gone backwards since Q4?", "status_lookup",
  "Five schemes have a worse status at quarter 1 2136/37 (30 June 2136) than at quarter 4 2135/36: NCF-04 Kingsmarsh taxi and private hire rapid chargers (On track to Delayed), NCF-05 Quaybridge Quayside hub (Delayed to At risk), NCF-08 Durnholme leisure centre and library chargers (On track to Delayed), NCF-12 Fernhollow terraced streets home charging (On track to At risk) and NCF-13 Castlemere conservation area chargers (On track to Delayed). NCF-01, NCF-07 and NCF-10 improved; NCF-11 was withdrawn.",
  ["NCF-04", "NCF-05", "NCF-08", "NCF-12", "NCF-13"], [],
  [[TRK, cells(TRK, "NCF-04", 10)], [TRK, cells(TRK, "NCF-05", 10)], [TRK, cells(TRK, "NCF-08", 10)], [TRK, cells(TRK, "NCF-12", 10)], [TRK, cells(TRK, "NCF-13", 10)]],
  "Compares columns H (Q4 2135/36) and I (Q1 2136/37) in the order the key gives (Complete, On track, Delayed, At risk); Withdrawn is outside the order.");
q("which tasks r late in the ev programme plan", "status_lookup",
  "Four tasks show Late against the status date of Tue 31/07/36: 1.4 NCF-05 re-phasing agreed with Quaybridge (20% complete; finish now Fri 28/09/36 against a baseline of Fri 29/06/36), 1.5 NCF-08 re-procurement – council-led (Durnholme) (40%; Fri 31/08/36 against Tue 31/07/36), 3.2 Procurement framework refresh (55%; Fri 31/08/36 against Fri 29/06/36) and 4.1.2 Publish data standard v2 (30%; Fri 28/09/36 against Fri 27/07/36). The summary rows for workstream 1, workstream 3 and 4.1 Open chargepoint data standard v2 roll up as Late too.",
  ["NCF-05", "NCF-08", "Procurement framework refresh", "Publish data standard v2"], [],
  [[PLAN, cells(PLAN, "5", 10)], [PLAN, cells(PLAN, "6", 10)], [PLAN, cells(PLAN, "20", 10)], [PLAN, cells(PLAN, "25", 10)]],
  "Microsoft Project CSV (Windows-1252): the Status column in Project's words; the status date is only in the project summary's note (ID 0). Names are not indented; the outline is in Outline Level and WBS.");
q("has the NCF round 2 budget paper been cleared by the chair yet?", "status_lookup",
  "Not yet. In ReportFlow the report RPT-2136-0419 (item 5 for 18 September 2136) is at the Chair's clearance stage and the Chair's row shows Awaiting, with the Chair's briefing booked for 12/09/2136 10:00. Legal (Rhiannon Castellow, cleared with changes on 07/09/2136), Finance (Gideon Fairweather-Lunt, 07/09/2136) and the Director (Emeka Ollivant-Rhys, 10/09/2136) have cleared it.",
  ["Awaiting"], [],
  [[RPT, line(RPT, "Chair | Cllr")], [RPT, line(RPT, "Director |")]],
  "Saved web form: the clearance table of the report-management system; the stepper shows 'Chair's clearance' as the current step.");
q("is ncf-07 finished?", "status_lookup",
  "Yes. NCF-07, Tarrowby District Council's market town car parks (five), is Complete at 30 June 2136: all 20 of its 20 sockets are live and the £150,000 award has been paid in full (final claim paid 05/06/2136). It was Delayed at the end of March.",
  ["Complete", "20"], [],
  [[TRK, cells(TRK, "NCF-07")]],
  "The Q1 status is column I; column H (Delayed) is the earlier quarter. The transcript of 12 June also says Tarrowby had finished.");
q("did the NCF 06 extra money get agreed in june", "status_lookup",
  "Yes. On 12 June 2136 the Task Group agreed Ravenscliffe's request for an extra £45,000 on NCF-06, taking the award from £288,000 to £333,000 (for ducting: gas mains on four of the nine streets). The vote was six for, one against (Cllr Horatio Silverwood-Tapp) and one abstention (Cllr Barnabas Cleeve-Hartnoll); Cllr Marisol Pentecost-Irvine declared an interest and took no part. It was met from the contingency, leaving £75,000.",
  ["£45,000", "333,000"], [],
  [[TX, sentence(TX, "So, Ravenscliffe are asking")], [TX, line(TX, "Thank you. Six for, one against")], [TRK, line(TRK, "Includes the £45,000 variation")]],
  "Teams transcript (.docx): the decision is only in the talk, spoken in the meeting room and attributed to the room's Teams device; the transcript writes 'NCF 06'. The tracker's comment on F10 confirms the award.");
q("why is NCF-08 delayed", "status_lookup",
  "Because its installer, Voltaline Ltd, went into administration on 02/05/2136. Durnholme District Council is re-procuring through the framework and expects a new contract by the end of August; NCF-08 (leisure centre and library chargers, 6 of 16 sockets live, £45,000 of £120,000 paid) moved from On track at Q4 to Delayed at Q1, with completion forecast for 31/03/2137.",
  ["administration"], [],
  [[TRK, line(TRK, "Installer (Voltaline Ltd)")], [RPT, sentence(RPT, "6. NCF-08 (Durnholme) is delayed")]],
  "The reason is in the comment printed at the end of the sheet under 'Cell: I12'; row 12 of the grid is NCF-08. The report's paragraph 6 says it more briefly; the plan's note on task 1.5 also names Voltaline.");

// ------------------------------------------------------------------ table_lookup (7)
q("how much has sandlow's scheme been paid so far", "table_lookup",
  "£246,000 of the £264,000 awarded to NCF-03, Sandlow County Council's village hall and pub car park chargers (22 sites), at 30 June 2136; that includes a £18,500 retention released on 20/06/2136. 38 of its 44 sockets are live and it is On track.",
  ["246,000"], [],
  [[TRK, cells(TRK, "NCF-03", 8)], [TRK, line(TRK, "Includes £18,500 retention")]],
  "Column G of the grid; the retention is only in the comment on cell G7.");
q("total sockets live across round 1 at end of june?", "table_lookup",
  "233 sockets were live at 30 June 2136, of 454 planned, across the 13 round 1 schemes still running; the totals exclude NCF-11, which was withdrawn.",
  ["233"], [],
  [[TRK, line(TRK, "19 |")], [TRK, line(TRK, "Totals exclude NCF-11")]],
  "The Total row (19) of the grid; what it leaves out is only in the comment on D19. The report's paragraph 3 gives the same figures.");
q("whats the award for ncf-06 now", "table_lookup",
  "£333,000. That includes the £45,000 variation the Task Group agreed on 12/06/2136, met from the contingency; the original award to Ravenscliffe Metropolitan Borough Council was £288,000. £160,000 had been paid by 30 June 2136, with 40 of 72 sockets live.",
  ["333,000"], [],
  [[TRK, cells(TRK, "NCF-06", 7)], [TRK, line(TRK, "Includes the £45,000 variation")]],
  "Column F of the grid with the comment on F10.");
q("ncf-08 re-procurement - when does it finish now vs the baseline?", "table_lookup",
  "Task 1.5, NCF-08 re-procurement – council-led (Durnholme), now finishes Fri 31/08/36 against a baseline finish of Tue 31/07/36; it is 40% complete and shows Late (Voltaline Ltd went into administration on 02/05/36 and Durnholme is re-procuring through framework lot 2).",
  ["31/08/36", "31/07/36"], [],
  [[PLAN, cells(PLAN, "6")]],
  "Project CSV: Finish and Baseline Finish columns, dates with two-digit years.");
q("how far along is the cable gully guidance", "table_lookup",
  "45% complete and On Schedule at the status date: task 3.1, On-street charging guidance (cable gullies and kerbside), runs from Mon 04/06/36 to Fri 26/10/36 (105 days), resourced by Talia Okonkwo-Reyes at 50% and the Comms team; draft chapters on highway consent have been shared with Ockenbridge.",
  ["45%"], [],
  [[PLAN, cells(PLAN, "19")]],
  "Project CSV row 19 (WBS 3.1).");
q("how many on-street residential bids came in for round 2 and how much did they ask for", "table_lookup",
  "21 on-street residential bids, asking for £1,960,000 in total. Altogether 47 bids from 41 councils asked for £4,380,000 by the close on 5 September 2136, 2.4 times the £1,812,000 budget.",
  ["21", "1,960,000"], [],
  [[RPT, line(RPT, "On-street residential |")], [RPT, line(RPT, "Table 2: Round 2 bids")]],
  "Table 2 in the report body, inside the rich-text editor of the saved form (the same table is also escaped in a hidden textarea).");
q("who's the fernhollow contact for NCF-12 and whats its status", "table_lookup",
  "Philomena Ardagh-Brook is Fernhollow Borough Council's contact for NCF-12 (terraced streets home charging with cable gullies). It is At risk at 30 June 2136 (On track at Q4): highway consent was refused for 2 of the 5 streets, the council is looking at lamp-column units there instead, and no revised plan has been agreed; forecast completion TBC.",
  ["Ardagh-Brook", "At risk"], [],
  [[TRK, cells(TRK, "NCF-12")]],
  "Column K (council contact) and I (status) of row 16.");

// ------------------------------------------------------------------ people_roles (7)
q("who subbed at the 12 june EVCTG meeting", "people_roles",
  "Cllr Barnabas Cleeve-Hartnoll substituted for Cllr Taddeo Oakhanger, who sent apologies. Cllr Yasmin Olerud also sent apologies, with no substitute.",
  ["Cleeve-Hartnoll", "Oakhanger"], [],
  [[TX, sentence(TX, "We've had apologies from Councillor Taddeo Oakhanger")]],
  "Teams transcript: the clerk's words; he joined as 'Barnabas Cleeve-Hartnoll (Guest)'.");
q("DOIs at the june EV charging TG?", "people_roles",
  "Two. Cllr Marisol Pentecost-Irvine declared that Ravenscliffe is the council behind NCF-06 (item 5, its variation request) and took no part in the discussion or vote on that item. Cllr Horatio Silverwood-Tapp declared a personal interest as a board member of Sandlow Community Energy, which hosts two of the NCF-03 sites; the Senior Solicitor, Rhiannon Castellow, advised that he could take part in everything.",
  ["Pentecost-Irvine", "Silverwood-Tapp"], [],
  [[TX, sentence(TX, "Ravenscliffe is the council behind NCF 06")], [TX, sentence(TX, "Just for transparency")]],
  "Silverwood-Tapp spoke in the meeting room, so his declaration is under the room's Teams device, '18SS Room 5.2 (Teams Room)'; he names himself.");
q("who was the phone number that dialled in to the june EVCTG meeting", "people_roles",
  "Cllr Isolde Carbery-Noakes (Durnholme District Council). She joined by phone from a train and shows in the transcript as +44 7700 900862; the clerk said she would come up as a mobile number.",
  ["Carbery-Noakes"], [],
  [[TX, line(TX, "Morning all, it's Isolde Carbery-Noakes")], [TX, sentence(TX, "Councillor Carbery-Noakes has let me know")]],
  "The speaker is a telephone number; she names herself.");
q("lead member on the chargepoint round 2 budget report?", "people_roles",
  "Cllr Cosimo Brannock-Hale, the Vice-Chair (Ockenbridge City Council), is the lead member for item 5, 'Neighbourhood Chargepoint Fund: round 1 position and round 2 budget'.",
  ["Brannock-Hale"], [],
  [[RPT, line(RPT, "Lead member |")]],
  "A <select> in the saved form: the chosen option is marked 'selected', and every other member of the Task Group is also an option in the page.");
q("who's doing teh round 2 grant agreements in the EV programme plan", "people_roles",
  "Rhiannon Castellow (Senior Solicitor). She is the resource on 2.2 Revise grant agreement for round 2 (Mon 11/06/36 to Fri 06/07/36, Complete) and on 2.8 Round 2 grant agreements issued (Wed 19/09/36 to Fri 26/10/36, Future Task).",
  ["Castellow"], [],
  [[PLAN, cells(PLAN, "11", 12)], [PLAN, cells(PLAN, "17", 12)]],
  "Project CSV, Resource Names column.");
q("who proposed putting the ncf-11 money into round 2", "people_roles",
  "The Vice-Chair, Cllr Cosimo Brannock-Hale, moved it at the meeting on 12 June 2136 (adding that officers should report back on Quaybridge in September), and Cllr Aurelie Fenwick-Osei seconded; it was agreed with no one against. The £212,000 came back when Thistlecombe withdrew NCF-11.",
  ["Brannock-Hale"], [],
  [[TX, line(TX, "Vice-Chair here. Yes, I'd move that")], [TX, sentence(TX, "Seconded? Aurelie, thank you.", 3)]],
  "Spoken in the room, so attributed to the Teams Room device: 'Vice-Chair here' and the Chair's opening line ('the Vice-Chair, Cosimo Brannock-Hale') identify him.");
q("wich officers are optional on the ockenbridge invite?", "people_roles",
  "Three guests are marked optional on the updated invitation for 18 September 2136: Gideon Fairweather-Lunt, Rhiannon Castellow and Emeka Ollivant-Rhys (shown by their addresses gideon.fairweather-lunt@local.gov.uk, rhiannon.castellow@local.gov.uk and emeka.ollivant-rhys@local.gov.uk). The organiser is Lucan Ferriday.",
  ["Fairweather-Lunt", "Castellow", "Ollivant-Rhys"], [],
  [[INV, line(INV, "gideon.fairweather-lunt@local.gov.uk - optional")], [INV, line(INV, "rhiannon.castellow@local.gov.uk - optional")], [INV, line(INV, "emeka.ollivant-rhys@local.gov.uk - optional")]],
  "Google Calendar invitation (.eml, HTML quoted-printable): guests Google has no name for are listed by e-mail address only.");

// ------------------------------------------------------------------ board_paper (7)
q("reccomendations in the NCF round 2 paper?", "board_paper",
  "That the Task Group: (a) notes the position of the round 1 schemes at 30 June 2136 (Table 1 and Appendix A), including the withdrawal of NCF-11; (b) agrees a round 2 budget of £1,812,000: £1,600,000 from the 2136/37 programme budget and the £212,000 returned from NCF-11; (c) agrees that the £410,000 awarded to Quaybridge City Council for NCF-05 is held until 31 December 2136 and then reviewed; and (d) delegates the award of round 2 grants, within the budget in (b) and up to £250,000 a grant, to the Chair in consultation with the Vice-Chair and the Deputy Chair, to be decided by 5 October 2136 and reported to the meeting on 4 December 2136.",
  ["£1,812,000", "31 December 2136", "5 October 2136"], [],
  [[RPT, line(RPT, "(b) agrees a round 2 budget")], [RPT, line(RPT, "(c) agrees that the £410,000")], [RPT, line(RPT, "(d) delegates the award")]],
  "The recommendations are the text of a <textarea> in the saved form.");
q("is item 5 for the 18 sept EVCTG a key decision?", "board_paper",
  "Yes: 'Is this a key decision?' is answered Yes (forward plan reference FP-EV-2136-07). It is not confidential ('Is this report confidential?' No; exempt paragraph not applicable).",
  ["Yes"], [],
  [[RPT, line(RPT, "Is this a key decision?")], [RPT, line(RPT, "Forward plan reference")]],
  "Radio buttons: the answer is only the checked attribute; both 'Yes' and 'No' are in the page as labels.");
q("contact officer + phone for the NCF round 2 budget report pls", "board_paper",
  "Talia Okonkwo-Reyes, Programme Manager, EV Charging: 020 7946 0701, talia.okonkwo-reyes@local.gov.uk.",
  ["Okonkwo-Reyes", "020 7946 0701"], [],
  [[RPT, line(RPT, "Name | Talia")], [RPT, line(RPT, "Phone | 020")]],
  "Input value attributes under 'Contact officer'.");
q("what did legal say on the NCF round 2 report", "board_paper",
  "Rhiannon Castellow (Senior Solicitor) gave it 'Cleared with changes' on 07/09/2136: recommendation (d) was reworded to add the Deputy Chair to the consultation, set a deadline and state the £250,000 cap; a grant over £250,000 could not be delegated, and none is proposed. The report's legal implications say paragraph 7.3 of the terms of reference allows the delegation.",
  ["Cleared with changes", "£250,000"], [],
  [[RPT, line(RPT, "Legal | Castellow")], [RPT, line(RPT, "Paragraph 7.3 of the terms of reference")]],
  "The clearance table of the saved form, and the 'Legal implications' textarea.");
q("whats on the agenda for the 18 sept ev charging meeting", "board_paper",
  "Eight items: 1. Welcome, apologies and substitutes; 2. Declarations of interest; 3. Minutes of the meeting on 12 June 2136 and action log; 4. EV Charging Programme: delivery plan update (Talia Okonkwo-Reyes); 5. Neighbourhood Chargepoint Fund: round 1 position and round 2 budget (Talia Okonkwo-Reyes) – for decision; 6. Ockenbridge cable gully pilot: what we have learned (Priyanka Thorsby-Rao); 7. Open chargepoint data standard v2: consultation findings (Cllr Fergus Tremlow-Addy and Cllr Aurelie Fenwick-Osei); 8. Any other business. A site visit to the Lantern Hill cable gully pilot comes first.",
  ["round 2 budget", "cable gully", "data standard"], [],
  [[INV, line(INV, "5. Neighbourhood Chargepoint Fund")], [INV, line(INV, "6. Ockenbridge cable gully pilot")], [INV, line(INV, "7. Open chargepoint data standard")]],
  "The agenda is only in the organiser's description of the Google Calendar event.");
q("fin implications of the NCF round 2 paper?", "board_paper",
  "The round 2 budget of £1,812,000 is £1,600,000 from the 2136/37 programme budget (line EV-210) plus £212,000 returned from NCF-11. Round 1 awards now total £3,149,000, of which £1,493,000 had been paid at 30 June 2136, and the round 1 contingency stands at £75,000 after the NCF-06 variation. There are no other financial implications.",
  ["£1,600,000", "£212,000", "£75,000"], [],
  [[RPT, line(RPT, "The round 2 budget of £1,812,000 is made up")]],
  "A textarea of the saved form.");
q("why does the NCF round 2 report want the chair to make the awards instead of the TG?", "board_paper",
  "Because bids closed on 5 September 2136 and there was not time to assess and moderate the 47 bids properly before the papers were published. The report proposes (recommendation (d)) that the Task Group delegates the awards to the Chair, in consultation with the Vice-Chair and the Deputy Chair, to be decided by 5 October 2136 and reported to the meeting on 4 December 2136; the programme plan had assumed the Task Group would decide at the 18 September meeting.",
  ["47", "5 October 2136"], [],
  [[RPT, sentence(RPT, "9. The programme plan assumed", 3)]],
  "Paragraph 9 of the report body (rich-text editor).");

// ------------------------------------------------------------------ fact (5)
q("what time does the sept EV charging TG start now? i had 10.30", "fact",
  "It has moved: the day now runs 09:45 – 14:00 (it was 10:30 – 15:30). Meet at 09:45 in the Ockenbridge Civic Centre main reception for the minibus to the Lantern Hill site visit; the meeting itself starts at 11:15 in Committee Room 2, with lunch at 13:15 and close at 14:00.",
  ["09:45", "11:15"], [],
  [[INV, line(INV, "Tuesday 18 Sept 2136 ⋅ 09:45")], [INV, line(INV, "11:15 Meeting")], [INV, line(INV, "09:45 Meet in the Civic Centre")]],
  "The old time is still in the e-mail, struck through, above the new one; the subject line carries the new time.");
q("where's the 18 sept EVCTG meeting?", "fact",
  "Committee Room 2, Ockenbridge Civic Centre, Guildhall Square, Ockenbridge OB1 4GS, hosted by Ockenbridge City Council (moved from the Council Chamber, which is not available). It is hybrid, with a Google Meet link for members joining remotely.",
  ["Committee Room 2"], [],
  [[INV, line(INV, "Committee Room 2, Ockenbridge")], [INV, sentence(INV, "Updated 4 September")]],
  "The old location is struck through above the new one.");
q("how many cable gullies has ockenbridge put in", "fact",
  "240, in Lantern Hill ward, at about £1,150 per gully installed including the survey (Priyanka Thorsby-Rao, Head of Parking and Kerbside at Ockenbridge City Council, at the meeting on 12 June 2136). The pilot is funded by the council itself, not from the Fund.",
  ["240"], [],
  [[TX, sentence(TX, "We've now installed")], [TX, line(TX, "About £1,150 per gully")]],
  "Teams transcript: the guest speaker joined as '(External)'.");
q("when's quaybridge's grid connection now expected", "fact",
  "March 2137: the network operator's revised connection offer (received 02/06/2136) puts the substation upgrade for NCF-05 in March 2137. Quaybridge want to re-phase rather than withdraw; nothing has been paid.",
  ["March 2137"], [],
  [[TRK, sentence(TRK, "Network operator's revised connection offer")], [RPT, sentence(RPT, "The network operator's revised connection offer")]],
  "The tracker's comment on I9 (row 9 is NCF-05), also in the report's paragraph 4 and the June transcript.");
q("dial in number for the ockenbridge meeting?", "fact",
  "(GB) +44 20 7946 0709, PIN: 483 016 275#. Or join with Google Meet at meet.google.com/vzq-hmtr-kxe.",
  ["7946 0709", "483 016 275"], [],
  [[INV, line(INV, "(GB) +44 20 7946 0709")]],
  "Google Calendar's joining info in the HTML view.");

// ------------------------------------------------------------------ cross_document (2)
q("chargepoint round 2 pot - how much and where did the extra 212k come from?", "cross_document",
  "£1,812,000: £1,600,000 from the 2136/37 programme budget plus the £212,000 returned from NCF-11. Thistlecombe Borough Council withdrew NCF-11 (the coach station rapid hub) on 14 May 2136 after the site was sold, and on 12 June 2136 the Task Group agreed, on the Vice-Chair's motion, to put the £212,000 into round 2 rather than leave it in the reserve.",
  ["£1,812,000", "NCF-11"], [],
  [[TX, sentence(TX, "So that's agreed: the £212,000")], [TX, sentence(TX, "They wrote to us on the 14th of May")], [RPT, line(RPT, "8. The budget for round 2")]],
  "The decision is in the transcript (spoken as 'NCF 11'); the budget in the report; the tracker's comment on I15 says the same.");
q("the EV programme plan has the TG deciding round 2 on 18 sept - is that still happening?", "cross_document",
  "No, not as planned. The programme plan (status date 31/07/36) has milestone 2.7 'Task Group decision on round 2 awards' on Tue 18/09/36, after assessment on 06/09–14/09/36. But the round 2 report for that meeting recommends (d) delegating the awards to the Chair, in consultation with the Vice-Chair and the Deputy Chair, to be decided by 5 October 2136 and reported on 4 December 2136, because 47 bids could not be assessed properly in time.",
  ["5 October 2136", "Chair"], [],
  [[PLAN, cells(PLAN, "16", 10)], [RPT, line(RPT, "(d) delegates the award")]],
  "Project CSV against the saved report form.");

// ------------------------------------------------------------------ unanswerable (5)
q("NCF-05 sockets live + paid at end of sept (q2)?", "unanswerable",
  "Not in the papers: the tracker gives the position at 30 June 2136 (quarter 1) and the status at quarter 4 2135/36; NCF-05 had 0 of 24 sockets live and nothing paid at 30 June. No quarter 2 figures are held.",
  [], [], [],
  "Near miss: Q4 status and Q1 figures only; the report of 10 September repeats the Q1 position.");
q("what did the EVCTG decide on round 2 at the 18 sept meeting?", "unanswerable",
  "Not in the papers: they hold the invitation to the meeting and the report proposed for it (a round 2 budget of £1,812,000 and delegation of the awards to the Chair), but no minutes or record of what was decided on 18 September 2136.",
  [], [], [],
  "Near miss: the recommendation is held, the decision is not.");
q("whats priyanka thorsby-rao's phone number", "unanswerable",
  "Not given: the papers give her post (Head of Parking and Kerbside, Ockenbridge City Council), her name as the contact for NCF-02 and her e-mail address on the invitation, but no telephone number.",
  [], [], [],
  "Near miss: officers of the body have numbers; the meeting's dial-in number is not hers.");
q("which councils got NCF round 2 grants?", "unanswerable",
  "None yet: 47 bids from 41 councils were received by 5 September 2136, but the awards had not been made; the report proposes that the Chair decides them by 5 October 2136. The papers do not name the bidders.",
  [], [], [],
  "Near miss: bids by type are given, not by council or outcome.");
q("how many sockets did the moorgate hub have live at the end of march", "unanswerable",
  "Not in the papers: the tracker gives sockets live at 30 June 2136 only (4 of 12 for NCF-02); for the end of March it gives the status (On track), not a count.",
  [], [], [],
  "Near miss: the Q4 column is a status, not a figure.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
const n = {};
for (const g of G) n[g.category] = (n[g.category] ?? 0) + 1;
if (JSON.stringify(n) !== JSON.stringify({ status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 })) throw new Error("category counts " + JSON.stringify(n));
console.log(`wrote gold.jsonl (${G.length} questions)`);
