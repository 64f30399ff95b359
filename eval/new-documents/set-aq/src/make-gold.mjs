// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
//   node src/make-gold.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./common.mjs";

const DP = "pollinators-verges-task-group-delivery-plan-2092-93-q2.docx";
const WEB = "pollinators-verges-task-group-risks-grants-actions.html";
const CAL = "pollinators-verges-task-group-meetings-2092-93.txt";
const MIN = "pollinators-verges-task-group-minutes-2092-12-03-signed.pdf";
const TOR = "pollinators-verges-task-group-terms-of-reference-membership-2092-93.docx";

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: "", question, category, found: category !== "unanswerable", answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which milestones in the pollinators delivery plan are red at Q2?", "status_lookup",
  "One milestone is Red (Off track) at the end of quarter 2 2092/93 (30 September 2092): PVD-07, the good practice guide on Japanese knotweed and other invasive non-native species on council land (lead Ulrika Ivatt, due December 2092). Only 31 of 148 councils had answered the survey, and the paper proposes a revised date of 31 March 2093.",
  ["PVD-07"], ["PVD-05", "PVD-06", "PVD-09"],
  [[DP, "PVD-07 | Good practice guide: Japanese knotweed and other invasive non-native species on council land | Ulrika Ivatt | December 2092"],
   [DP, "Red | Off track | Will not be delivered by the due date without a decision by members."]],
  "Word tracker whose status cells hold no word: PVD-07's Q2 cell is only filled red (FF0000); the key in Appendix A maps Red to Off track. The summary gives the count (1 off track) but not which. PVK-5 and PVK-6 are red too, but they are indicators, not milestones.");
q("PVTG delivery plan - whats amber / some slippage at end of sept 92?", "status_lookup",
  "Three milestones are Amber (Some slippage) at the end of Q2 2092/93: PVD-05, the interim evaluation of the Pesticide-Free Pavements Pilot (data from two councils arrived late; now at item 5 of the December meeting); PVD-06, the LGA response to the national pesticides action plan consultation (the consultation is not yet published); and PVD-09, launching the Verge Champions volunteer training programme (contract delayed; first sessions now February 2093). Among the indicators, PVK-1 (verge policies that provide for pollinators, 46% against 60%) is also amber.",
  ["PVD-05", "PVD-06", "PVD-09"], ["PVD-07"],
  [[DP, "PVD-05 | Pesticide-Free Pavements Pilot: interim evaluation report | Greta Frogley | November 2092"],
   [DP, "PVD-06 | LGA response to the national pesticides action plan consultation | Greta Frogley | September 2092"],
   [DP, "PVD-09 | Launch the Verge Champions volunteer training programme | Ulrika Ivatt | January 2093"],
   [DP, "Amber | Some slippage | Behind plan, but action in hand should recover it within the year."]],
  "Colour-only status cells (FFC000) in the Q2 column; 'some slippage' is the key's word for amber. PVD-06 was amber in Q1 as well; PVD-07 (red) must not be listed.");
q("has anything in the verges delivery plan actually been completed yet", "status_lookup",
  "Yes. At the end of Q2 2092/93 two milestones are Complete (blue): PVD-01, the Verges for Pollinators model management guidance (published 14 August 2092; 1,146 downloads by 30 September), and PVD-03, opening round 2 of the Cut and Collect Equipment Fund (opened 1 July, closed 5 September 2092 with 23 bids worth £2,870,400). Of the indicators, PVK-3 (six councils in the Pesticide-Free Pavements Pilot) has met its target.",
  ["PVD-01", "PVD-03"], ["PVD-02", "PVD-04"],
  [[DP, "PVD-01 | Publish the Verges for Pollinators model management guidance for highway authorities | Ignatius Burstow | August 2092"],
   [DP, "PVD-03 | Open round 2 of the Cut and Collect Equipment Fund | Cornelius Jeffcoate | July 2092"],
   [DP, "Blue | Complete | The milestone has been delivered, or the indicator's target has been met."]],
  "Blue fill (0070C0) in the Q2 column; paragraph 3 says 'Two milestones are now complete' and names both in prose, so the answer can also come from the text. PVD-02 and PVD-04 are green (on track), not complete.");
q("what colour is PVK-6 at q2 and what does that mean?", "status_lookup",
  "PVK-6 (councils answering the invasive species survey) is Red at Q2 2092/93: 31 councils against a target of 100. In the report's key Red means Off track: 'Will not be delivered by the due date without a decision by members.'",
  ["Red", "Off track"], ["Amber"],
  [[DP, "PVK-6 | Councils answering the invasive species survey | 100 | – | 31"],
   [DP, "Red | Off track | Will not be delivered by the due date without a decision by members."]],
  "The Status cell of Table 2 is an empty cell filled FF0000; the colour and its meaning come only from the fill and the key table in Appendix A.");
q("which delivery plan milestones went backwards between Q1 and Q2?", "status_lookup",
  "Three milestones got worse between the end of Q1 and the end of Q2 2092/93: PVD-05 (pilot interim evaluation) from Green to Amber, PVD-07 (invasive species good practice guide) from Green to Red, and PVD-09 (Verge Champions training programme) from Green to Amber.",
  ["PVD-05", "PVD-07", "PVD-09"], ["PVD-06", "PVD-11"],
  [[DP, "PVD-05 | Pesticide-Free Pavements Pilot: interim evaluation report | Greta Frogley | November 2092"],
   [DP, "PVD-07 | Good practice guide: Japanese knotweed and other invasive non-native species on council land | Ulrika Ivatt | December 2092"],
   [DP, "PVD-09 | Launch the Verge Champions volunteer training programme | Ulrika Ivatt | January 2093"]],
  "Needs both colour-only columns (Q1 and Q2) compared row by row. Grey (not due to start) to green, and green to blue, are improvements.");
q("status of cornwall's cut and collect grant?", "status_lookup",
  "Cornwall Council's round 2 grant, CCE-04 (£131,200 for a verge and hedge flail collector, with £44,000 match funding), was 'Awaiting order' at 9 January 2093. Councils must order their equipment by 28 February 2093.",
  ["Awaiting order"], [],
  [[WEB, "CCE-04 | Cornwall Council | Verge and hedge flail collector | 131,200 | 44,000 | Awaiting order"]],
  "Responsive table: the header row is visually hidden (sr-only thead) and each cell carries a data-label attribute. Status is the last cell of the row.");
q("any overdue actions on the pollinators task group tracker?", "status_lookup",
  "One: PVA-10, agreed on 3 December 2092 – circulate the interim evaluation of the Pesticide-Free Pavements Pilot to all councils with a covering note from the Chair. Owner Greta Frogley, due Friday 19 December 2092; marked Overdue (the covering note is with the Chair for approval).",
  ["PVA-10"], ["PVA-09", "PVA-13"],
  [[WEB, "Circulate the interim evaluation of the pilot to all councils with a covering note from the Chair"],
   [WEB, "The covering note is with the Chair for approval."]],
  "Action cards (<article>), the status in a tag; the due date is a <time datetime=\"2092-12-19\"> showing only 'Friday 19 December'.");

// ------------------------------------------------------------------ table_lookup (7)
q("risk score for PVR-03?", "table_lookup",
  "PVR-03 (round 2 grants from the Cut and Collect Equipment Fund not spent by 31 March 2093 because of long lead times for machinery) scores 12: likelihood 4 x impact 3, a high risk on the page's bands (12 to 25). Trend: Rising. Owner: Cornelius Jeffcoate; next review February 2093.",
  ["12"], ["PVR-02"],
  [[WEB, "PVR-03 | Round 2 grants from the Cut and Collect Equipment Fund are not spent by 31 March 2093 because of long lead times for machinery. | Cornelius Jeffcoate | 4 | 3 | 12 | Rising"]],
  "Responsive table with the column names only in an sr-only thead and data-label attributes.");
q("how much did herefordshire get from round 2 of the cut & collect fund", "table_lookup",
  "Herefordshire Council was awarded £158,300 (CCE-05) for a cut-and-collect machine and a baler for cuttings, with £52,800 match funding; status Ordered at 9 January 2093.",
  ["158,300"], ["131,200", "142,500"],
  [[WEB, "CCE-05 | Herefordshire Council | Cut-and-collect machine and a baler for cuttings | 158,300 | 52,800 | Ordered"]],
  "Amounts are in columns 'Grant (£)' and 'Match funding (£)' known only from the hidden thead / data-label; the neighbouring rows are Cornwall (131,200) and Durham.");
q("which risks on the verges task group register score 12?", "table_lookup",
  "Three risks score 12 (high): PVR-02 (pilot councils withdraw from the Pesticide-Free Pavements Pilot because of complaints about weeds, 3 x 4), PVR-03 (round 2 grants not spent by 31 March 2093, 4 x 3) and PVR-05 (too few councils answer the invasive species survey, 4 x 3). All three are Rising.",
  ["PVR-02", "PVR-03", "PVR-05"], ["PVR-04", "PVR-06"],
  [[WEB, "PVR-02 | Pilot councils withdraw from the Pesticide-Free Pavements Pilot because of residents' complaints about weeds. | Greta Frogley | 3 | 4 | 12 | Rising"],
   [WEB, "PVR-03 | Round 2 grants from the Cut and Collect Equipment Fund are not spent by 31 March 2093 because of long lead times for machinery. | Cornelius Jeffcoate | 4 | 3 | 12 | Rising"],
   [WEB, "PVR-05 | Too few councils answer the invasive species survey to give the good practice guide an evidence base (PVD-07). | Ulrika Ivatt | 4 | 3 | 12 | Rising"]],
  "PVR-04 scores 10 (2 x 5), PVR-06 9.");
q("total match funding councils are putting in for the round 2 grants?", "table_lookup",
  "£401,400 of match funding, alongside £1,200,000 of grants, across the ten round 2 awards (Total row of the grants table).",
  ["401,400"], [],
  [[WEB, "Total |  |  | 1,200,000 | 401,400"]],
  "The Total row's empty cells are hidden by CSS (td:empty); which total is which comes from the hidden header.");
q("whats the target for km of verge under cut and collect this year and where were we at q2", "table_lookup",
  "PVK-2, kilometres of verge managed by cut-and-collect in funded councils (cumulative): target 1,800 km for 2092/93; 1,240 km at the end of Q2 (620 km at Q1). Its status is Green (on track).",
  ["1,800", "1,240"], [],
  [[DP, "PVK-2 | Kilometres of verge managed by cut-and-collect in funded councils (cumulative) | 1,800 km | 620 km | 1,240 km"]],
  "Table 2 of the Word tracker; the status is a colour-only cell (green).");
q("who owns the volunteer insurance risk on the PVTG register", "table_lookup",
  "Ulrika Ivatt owns PVR-07 (Verge Champions volunteers are not covered by councils' insurance): likelihood 2, impact 3, score 6, trend Falling, next review January 2093.",
  ["Ulrika Ivatt"], ["Ignatius Burstow", "Aurelia Stribling"],
  [[WEB, "PVR-07 | Verge Champions volunteers are not covered by councils' insurance. | Ulrika Ivatt | 2 | 3 | 6 | Falling | January 2093"]],
  "Owner column named only in the hidden header / data-label. PVR-06 and PVR-08 (neighbours) are Burstow's and Stribling's.");
q("PVA-13 - who's got it and when's it due?", "table_lookup",
  "PVA-13 (invite the Highway Verge Engineers' Forum to the March meeting), agreed on 3 December 2092: owner Sabine Ellerker, due Friday 6 February 2093. Still Open at 9 January 2093.",
  ["Sabine Ellerker", "6 February"], ["Greta Frogley"],
  [[MIN, "PVA-13 | Invite the Highway Verge Engineers' Forum to the March meeting | Sabine Ellerker | 6 February 2093"],
   [WEB, "Invite the Highway Verge Engineers' Forum to the March meeting\nOwner Sabine Ellerker\nDue Friday 6 February"]],
  "In the minutes' actions table (scanned PDF) and on an action card whose date shows no year (<time datetime=\"2093-02-06\">).");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the pollinators and verges task group?", "people_roles",
  "Cllr Octavia Pennycook (Conservative, Suffolk County Council) is Chair of the Pollinators and Verges Task Group in 2092/93. The Vice-Chair is Cllr Amos Nankervis (Labour, Leeds).",
  ["Octavia Pennycook"], ["Florian Jelbart"],
  [[TOR, "Cllr Octavia Pennycook (Chair) Suffolk County Council"],
   [MIN, "Chair | Cllr Octavia Pennycook | Suffolk County Council (Con)"]],
  "The ToR's membership table has a column per political group; the office is in brackets after the name.");
q("which lib dems sit on the PVTG?", "people_roles",
  "Two Liberal Democrat members: Cllr Florian Jelbart (Deputy Chair, South Cambridgeshire District Council) and Cllr Xanthe Puddifoot (Cornwall Council). The Liberal Democrat substitute is Cllr Romilly Vallender (Somerset Council).",
  ["Florian Jelbart", "Xanthe Puddifoot"], ["Kenelm Rattray", "Radhika Wimpory", "Hortense Drinkall"],
  [[TOR, "Cllr Florian Jelbart (Deputy Chair) South Cambridgeshire District Council"],
   [TOR, "Cllr Xanthe Puddifoot Cornwall Council"],
   [TOR, "Cllr Romilly Vallender Somerset Council"]],
  "Group is the column header, not a cell in the row: each table row holds four people of four different groups (Puddifoot's row also holds Thackwray, Wimpory and Rattray).");
q("who's the labour sub on the verges task group", "people_roles",
  "Cllr Ezekiel Rudkin (Wakefield Council) is the Labour substitute. He attended the 3 December 2092 meeting in place of Cllr Radhika Wimpory.",
  ["Ezekiel Rudkin"], ["Romilly Vallender", "Farah Enticknap", "Bryn Harbord"],
  [[TOR, "Cllr Farah Enticknap Solihull Metropolitan Borough Council | Cllr Ezekiel Rudkin Wakefield Council | Cllr Romilly Vallender Somerset Council | Cllr Bryn Harbord Cumberland Council"]],
  "The substitutes row sits under a merged 'Substitutes' row; the group comes from the column header at the top of the table.");
q("apologies for the 3 dec 2092 PVTG meeting? any subs?", "people_roles",
  "Apologies came from Cllr Radhika Wimpory (Bristol City Council, Labour) and Cllr Xanthe Puddifoot (Cornwall Council, Liberal Democrat). Cllr Ezekiel Rudkin (Wakefield, Labour) attended as substitute for Cllr Wimpory; there was no substitute for Cllr Puddifoot.",
  ["Radhika Wimpory", "Xanthe Puddifoot", "Ezekiel Rudkin"], ["Hector Smallbones"],
  [[MIN, "Apologies were received from Cllr Radhika Wimpory and Cllr Xanthe Puddifoot. Cllr Ezekiel Rudkin attended as substitute for Cllr Wimpory."],
   [MIN, "Substitute | Cllr Ezekiel Rudkin | Wakefield Council (Lab), for Cllr Radhika Wimpory"]],
  "Scanned minutes: the OCR text layer reads the attendance table column by column. Smallbones was present (he left at 12.40 pm); the calendar shows him as tentative.");
q("did anyone declare an interest at the december pollinators meeting", "people_roles",
  "Yes, two. Cllr Percival Thackwray declared a pecuniary interest in item 6 (Cut and Collect Equipment Fund awards): a close family member is a director of Wolds Agricultural Machinery Ltd, which had quoted to supply equipment to two bidding councils; he left the room for that item. Cllr Kenelm Rattray declared a non-pecuniary interest in item 5 (the pilot) as a trustee of the Verge Ecology Network, and stayed and took part.",
  ["Percival Thackwray", "Kenelm Rattray"], [],
  [[MIN, "Cllr Percival Thackwray declared a pecuniary interest in item 6, as a close family member is a director of Wolds Agricultural Machinery Ltd"],
   [MIN, "Cllr Kenelm Rattray declared a non-pecuniary interest in item 5 as a trustee of the Verge Ecology Network."]],
  "Scanned minutes, item 2. Cllr Oakenfull's note under item 6 (no part in Wiltshire's bid) is not a declaration.");
q("who's the lead member for invasive species?", "people_roles",
  "Cllr Hortense Drinkall (Independent, Herefordshire Council), who is also a Deputy Chair of the Task Group.",
  ["Hortense Drinkall"], ["Florian Jelbart", "Mabel Oakenfull"],
  [[TOR, "Invasive species: Cllr Hortense Drinkall"]],
  "Section 5 of the ToR; the neighbouring lines name the lead members for weed control (Jelbart) and verges (Oakenfull).");
q("who is presenting the pesticide free pavements item in december", "people_roles",
  "Greta Frogley (Adviser, Weed Control and Pesticides) presents item 5, the interim evaluation of the Pesticide-Free Pavements Pilot, at the 3 December 2092 meeting, with Dr Eluned Mordaunt, Director of Science at the Verge Ecology Network, who presented the ecological monitoring.",
  ["Greta Frogley", "Eluned Mordaunt"], [],
  [[CAL, "5. Pesticide-Free Pavements Pilot: interim evaluation – Greta Frogley, with Dr Eluned Mordaunt, Director of Science, Verge Ecology Network"],
   [MIN, "Dr Eluned Mordaunt presented the results of the ecological monitoring."]],
  "The agenda is in the DESCRIPTION of the calendar export: escaped (\\n, \\,) and folded at 75 octets in the file.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the delivery plan Q2 paper?", "board_paper",
  "That the Task Group: (a) notes progress against the delivery plan at quarter 2; (b) agrees a revised date of 31 March 2093 for milestone PVD-07, the good practice guide on invasive non-native species; and (c) agrees that the LGA's response to the national pesticides action plan consultation (PVD-06) is submitted within eight weeks of the consultation opening, signed off by the Chair and the lead member for weed control.",
  ["31 March 2093", "eight weeks"], [],
  [[DP, "(b) agrees a revised date of 31 March 2093 for milestone PVD-07, the good practice guide on invasive non-native species (paragraph 7); and"],
   [DP, "(c) agrees that the LGA's response to the national pesticides action plan consultation (PVD-06) is submitted within eight weeks of the consultation opening"]],
  "Front sheet: a bold 'Recommendations:' label over indented (a)–(c) paragraphs.");
q("contact officer for the q2 delivery plan paper? need a phone no", "board_paper",
  "Ignatius Burstow, Senior Adviser (Nature and Verges): phone 020 7946 0933, email ignatius.burstow@local.gov.uk.",
  ["Ignatius Burstow", "020 7946 0933"], ["020 7946 0921"],
  [[DP, "Contact officer: Ignatius Burstow"], [DP, "Phone no: 020 7946 0933"]],
  "Front-sheet labels in bold, each with its value on the same line. 0921 is the clerk's number.");
q("whats on the agenda for the 3 dec PVTG meeting", "board_paper",
  "Agenda for Wednesday 3 December 2092 (hybrid: Smith Square 1&2, 18 Smith Square, and Teams; 11.00 am): 1 Welcome, apologies and substitutes; 2 Declarations of interest; 3 Note of the meeting on 17 September 2092; 4 Delivery plan 2092/93: progress at quarter 2 (Ignatius Burstow); 5 Pesticide-Free Pavements Pilot: interim evaluation (Greta Frogley, with Dr Eluned Mordaunt); 6 Cut and Collect Equipment Fund round 2: recommended awards (Cornelius Jeffcoate; Appendix A not for publication); 7 Invasive non-native species: survey and good practice guide (Ulrika Ivatt, verbal update); 8 Risk register (Ignatius Burstow); 9 Any other business.",
  ["Delivery plan", "interim evaluation", "round 2", "Risk register"], [],
  [[CAL, "4. Delivery plan 2092/93: progress at quarter 2 – Ignatius Burstow"],
   [CAL, "6. Cut and Collect Equipment Fund round 2: recommended awards – Cornelius Jeffcoate (Appendix A not for publication)"],
   [CAL, "7. Invasive non-native species: survey and good practice guide – Ulrika Ivatt (verbal update)"]],
  "iCalendar export: the agenda is one DESCRIPTION value with \\n for line breaks, folded mid-word; DTSTART comes after DESCRIPTION and SUMMARY near the end of the event.");
q("what did the task group decide on the cut and collect round 2 awards", "board_paper",
  "On 3 December 2092 the Task Group agreed the ten awards in Appendix A to the report, totalling £1,200,000 (the whole round, from 23 bids asking for £2,870,400), and a reserve list of Cumberland Council (£78,000) and Somerset Council (£91,500), to be funded in that order if a council awarded a grant withdraws. Cllr Thackwray left the room for the item.",
  ["1,200,000", "Cumberland", "Somerset"], [],
  [[MIN, "The Task Group agreed the ten awards set out in Appendix A to the report, totalling £1,200,000, and a reserve list of Cumberland Council (£78,000) and Somerset Council (£91,500)"]],
  "Scanned minutes, item 6, a 'Decision:' paragraph.");
q("what was agreed about the pesticide-free pilot at the dec meeting", "board_paper",
  "The Task Group noted the interim evaluation, agreed to recommend that the Pesticide-Free Pavements Pilot continue until 31 March 2094, subject to funding being found, and asked officers to bring a paper on the options for funding it in 2093/94 to the next meeting. Greta Frogley is to circulate the evaluation with a covering note from the Chair (PVA-10) and bring the options paper to the March meeting (PVA-14).",
  ["31 March 2094"], [],
  [[MIN, "(b) agreed to recommend that the pilot continue until 31 March 2094, subject to funding being found; and (c) asked officers to bring a paper on the options for funding it in 2093/94 to the next meeting."]],
  "Scanned minutes, item 5.");
q("which actions did greta frogley pick up at the 3 december meeting?", "board_paper",
  "Three: PVA-10, circulate the interim evaluation of the pilot to all councils with a covering note from the Chair (due 19 December 2092); PVA-14, bring a paper on options for continuing the pilot in 2093/94 (due 11 March 2093); and PVA-15, prepare a draft response to the pesticides action plan consultation (due 27 February 2093).",
  ["PVA-10", "PVA-14", "PVA-15"], ["PVA-11", "PVA-13"],
  [[MIN, "PVA-10 | Circulate the interim evaluation of the pilot to all councils with a covering note from the Chair | Greta Frogley | 19 December 2092"],
   [MIN, "PVA-14 | Bring a paper on options for continuing the pilot in 2093/94 | Greta Frogley | 11 March 2093"],
   [MIN, "PVA-15 | Prepare a draft response to the pesticides action plan consultation | Greta Frogley | 27 February 2093"]],
  "Actions table of the scanned minutes (ruled only in the image); the web page's action cards agree.");
q("what's going to the march pollinators meeting?", "board_paper",
  "The meeting is now on Wednesday 11 March 2093 (moved from 4 March). Provisional agenda: 1 Welcome, apologies and substitutes; 2 Declarations of interest; 3 Minutes of the meeting on 3 December 2092 (for signature); 4 Pesticide-Free Pavements Pilot: options for 2093/94 (Greta Frogley); 5 Safety cuts at junctions and bends, with the Highway Verge Engineers' Forum (invited); 6 Delivery plan 2092/93: progress at quarter 3 (Ignatius Burstow); 7 Risk register; 8 Any other business. Papers to be published on Tuesday 3 March 2093.",
  ["2093/94", "junctions", "quarter 3"], [],
  [[CAL, "4. Pesticide-Free Pavements Pilot: options for 2093/94 – Greta Frogley"],
   [CAL, "5. Safety cuts at junctions and bends – with the Highway Verge Engineers' Forum (invited)"],
   [CAL, "6. Delivery plan 2092/93: progress at quarter 3 – Ignatius Burstow"]],
  "The moved event (SEQUENCE:2, SUMMARY '… – NOTE NEW DATE') in the calendar export.");

// ------------------------------------------------------------------ fact (5)
q("how many bids did round 2 of the cut and collect fund get?", "fact",
  "23 bids, asking for £2,870,400 in total (the round opened on 1 July and closed on 5 September 2092). Ten were funded, totalling £1,200,000.",
  ["23"], [],
  [[DP, "Opened 1 July, closed 5 September 2092: 23 bids worth £2,870,400."],
   [MIN, "Round 2 had received 23 bids asking for £2,870,400 in total."]],
  "In the Word tracker's commentary cell, the tracker's paragraph 3 and the scanned minutes (item 6).");
q("how much more does non-glyphosate weed control cost in the pilot", "fact",
  "On average 38% more per kilometre of pavement than spraying with glyphosate (hot foam, mechanical brushing and hand weeding), according to the interim evaluation reported on 3 December 2092.",
  ["38%"], [],
  [[MIN, "(i) weed control by hot foam, mechanical brushing and hand weeding had cost on average 38% more per kilometre of pavement than spraying with glyphosate;"]],
  "Scanned minutes, item 5.");
q("did bee numbers go up on the pesticide free streets?", "fact",
  "Yes: bee and hoverfly counts on the pilot streets were 2.3 times those on matched streets that were still sprayed (interim evaluation, 3 December 2092).",
  ["2.3"], [],
  [[MIN, "(iii) bee and hoverfly counts on pilot streets were 2.3 times those on matched streets that were still sprayed."]],
  "Scanned minutes, item 5.");
q("where's the october site visit and what time's the minibus", "fact",
  "The members' site visit on Wednesday 22 October 2092 was at Wiltshire Council's highways depot, Devizes, to see cut-and-collect verge management. A minibus left the forecourt of Chippenham station at 10.00 and returned there by 15.00; members coming by car were to go straight to the depot for 10.40.",
  ["Devizes", "Chippenham", "10.00"], [],
  [[CAL, "Travel: a minibus leaves the forecourt of Chippenham station at 10.00 and returns there by 15.00."],
   [CAL, "LOCATION:Wiltshire Council highways depot, Devizes"]],
  "Calendar export; the date is only in DTSTART (20921022T100000).");
q("whats the quorum for the PVTG", "fact",
  "Three members, who must come from at least two political groups.",
  ["three"], [],
  [[TOR, "The quorum is three members, who must come from at least two political groups."]],
  "ToR section 6.");

// ------------------------------------------------------------------ cross_document (2)
q("when's the march meeting of the pollinators task group? the ToR says the 4th", "cross_document",
  "Wednesday 11 March 2093 at 11.00 am, at 18 Smith Square and online. It was moved from 4 March because 18 Smith Square is closed for building works from 2 to 6 March 2093 (reported at the 3 December meeting); the terms of reference (version 1.2, 4 November 2092) and the Q2 delivery plan paper still give 4 March.",
  ["11 March 2093"], [],
  [[CAL, "PLEASE NOTE: this meeting has moved from Wednesday 4 March 2093 to Wednesday 11 March 2093, because 18 Smith Square is closed for building works from 2 to 6 March 2093."],
   [MIN, "Sabine Ellerker reported that 18 Smith Square would be closed for building works from 2 to 6 March 2093, so the next meeting would move from 4 March to 11 March 2093."],
   [TOR, "Wednesday 4 March 2093"]],
  "The older date is in the ToR and the Word paper; the move is in the calendar export and the scanned minutes.");
q("how many councils have answered the invasive species survey now? the q2 report said 31", "cross_document",
  "31 of 148 councils had answered by 30 September 2092 (indicator PVK-6, red against a target of 100). After a reminder in November, 58 of the 148 had answered by the 3 December 2092 meeting; the survey has been reopened until 31 January 2093.",
  ["31", "58"], [],
  [[DP, "PVK-6 | Councils answering the invasive species survey | 100 | – | 31"],
   [MIN, "After the reminder sent in November, 58 of the 148 councils had now answered the survey, against 31 at the end of September."]],
  "The Word tracker gives the Q2 figure; the scanned minutes the later one.");

// ------------------------------------------------------------------ unanswerable (5)
q("what's the pollinators task group budget for 2093/94?", "unanswerable",
  "Not in the papers: they give only the 2092/93 programme budget (£310,000; £118,450 spent to 30 September 2092, forecast outturn £296,000) and the £1,200,000 of round 2 grants. Nothing is set for 2093/94; the March meeting is to consider options for funding the pilot in 2093/94.",
  [], [], [],
  "Tempting: £310,000 (2092/93) or the options paper for 2093/94, which has no figure.");
q("what did the minister say back to the chair about the pesticides action plan?", "unanswerable",
  "Not in the papers: the Chair's letter was sent on 21 October 2092 (PVA-03), and no reply had been received by the 3 December 2092 meeting. No reply is recorded anywhere.",
  [], [], [],
  "The letter is in the minutes and on an action card; no reply exists.");
q("what was PVD-07's status at Q3?", "unanswerable",
  "Not given: the delivery plan paper reports quarter 1 and quarter 2 only (PVD-07 was green at Q1 and red at Q2). The quarter 3 position is to be reported to the March 2093 meeting, and no Q3 report is among the papers.",
  [], [], [],
  "Only Q1 and Q2 colour columns exist.");
q("phone number for dr eluned mordaunt?", "unanswerable",
  "The papers give no phone number for Dr Eluned Mordaunt (Director of Science, Verge Ecology Network); the calendar invitation lists only her e-mail address, e.mordaunt@vergeecology.org.uk.",
  [], [], [],
  "Tempting: an officer's 020 7946 0xxx number, or the clerk's mobile 07700 900417 from the site visit event.");
q("when is the rearranged invasive species workshop?", "unanswerable",
  "No date is given: the informal workshop of 14 January 2093 was cancelled because the invasive species survey was reopened until 31 January 2093, and it is to be rearranged after the Task Group's March meeting. No new date appears in the papers.",
  [], [], [],
  "The cancelled event (STATUS:CANCELLED) in the calendar export; the minutes (item 7) say the same.");

G.forEach((g, i) => (g.id = `aq${String(i + 1).padStart(3, "0")}`));
writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
