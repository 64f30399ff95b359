// Writes ../gold.jsonl: 40 questions about the five papers, with gold answers and verbatim evidence.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FILES } from "./content.mjs";
import { root } from "./lib.mjs";

const T = FILES.teams, R = FILES.risks, M = FILES.minutes, D = FILES.tor, P = FILES.perf;
const Q = [];
const q = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  Q.push({ category, question, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("status_lookup", "which measures are red in the Q2 perf report for the cosmetics panel?",
  "Two measures are Red (red circle: off target) at 30 September 2071: CSP-02, licensing officers completing the foundation training module (214 officers against a mid-year milestone of 300; lead Caspar Orrell), and CSP-04, publication of the Special Treatments Toolkit (second edition), due in September 2071 but not published because counsel's review of the model byelaws chapter is outstanding (lead Leah Babbage).",
  ["CSP-02", "CSP-04"], ["CSP-05", "CSP-06", "CSP-10", "CSP-11"],
  [[P, "214 officers (Q1: 190), 71% of the mid-year milestone. See exception note 4.1. | Red circle | ↑ | Caspar Orrell"],
   [P, "Not published. Legal review of the model byelaws chapter is outstanding. See exception note 4.2. | Red circle | ↓ | Leah Babbage"]],
  "PDF performance report: the status is only a coloured circle; the rating is in an invisible text layer under it ('Red circle'), named by the key on the last page. The summary on page 1 also names the two off-target measures. Four others are Amber.");
q("status_lookup", "whats the RAG on the under 18 referrals measure this qtr",
  "CSP-06 (offers of procedures to under-18 test purchasers referred to trading standards within 5 working days) is Amber at the end of Quarter 2 2071/72: 88% against a target of 95%, down from 91% in Quarter 1 (arrow ↓, worse than Quarter 1). Three referrals took between 6 and 8 working days. Lead officer: Rupert Fairbrother.",
  ["Amber", "88%"], [],
  [[P, "88% (Q1: 91%). Three referrals took between 6 and 8 working days. | Amber circle | ↓ | Rupert Fairbrother"]],
  "Measure named by topic, not code; status only as a circle with hidden text. The direction arrow is a glyph explained in the key.");
q("status_lookup", "CSP-02 is red but is it at least going the right way?",
  "Yes. CSP-02 (licensing officers completing the foundation training module) is Red, but its direction-of-travel arrow is ↑, meaning improved since Quarter 1: 214 officers had completed the module at 30 September 2071 against 190 in Quarter 1. That is still only 71% of the mid-year milestone of 300 (the target is 600 by March 2072).",
  ["Red", "improved", "214"], [],
  [[P, "214 officers (Q1: 190), 71% of the mid-year milestone. See exception note 4.1. | Red circle | ↑ | Caspar Orrell"],
   [P, "↑ | Improved since Quarter 1 2071/72"]],
  "Needs the arrow glyph in the DoT column read through the key on the last page ('↑ Improved since Quarter 1 2071/72'). Red and improving at once.");
q("status_lookup", "has anything in the panel's programme been completed yet? (Q2 report)",
  "Yes, two measures are Complete (blue circle): CSP-07, the fees and capacity survey (71% of English councils responded against a target of 60%; the survey closed on 31 August 2071), and CSP-12, the LGA's new burdens evidence, submitted to DHSC on 29 September 2071 (due October 2071). Both are led by Saoirse Mycroft.",
  ["CSP-07", "CSP-12"], ["CSP-03", "CSP-09"],
  [[P, "71%. The survey closed on 31 August 2071 and the results were reported in September. | Blue circle | → | Saoirse Mycroft"],
   [P, "Submitted on 29 September 2071. | Blue circle | ↑ | Saoirse Mycroft"],
   [P, "Blue | Complete: the target has been met or the milestone delivered."]],
  "The hidden text says only 'Blue circle'; the key says Blue = Complete. CSP-03 (a submission) is Green, not complete.");
q("status_lookup", "complications reporting form measure - what status is it on?",
  "CSP-08 (councils using the shared complications reporting form; target 100 councils by March 2072) has a grey circle, which the key defines as Not yet due: no figures are expected this quarter. The form was launched on 6 October 2071 and the first figures will be reported in Quarter 3. It has no direction of travel (–). Lead officer: Leah Babbage.",
  ["Not yet due"], [],
  [[P, "The form was launched on 6 October 2071. First figures will be reported in Quarter 3. | Grey circle | – | Leah Babbage"],
   [P, "Grey | Not yet due: no figures are expected this quarter."]],
  "A fifth status beyond RAG and Complete, shown as a grey circle named only by the key.");
q("status_lookup", "which risks on the cosmetic procedures risk register are rated high?",
  "Four risks are rated High (score 15 to 25) after the review of 30 October 2071: CPR-01, the scheme's start date set before fees are settled (4 x 5 = 20, Rupert Fairbrother); CPR-02, fees that do not recover councils' full costs (16, Saoirse Mycroft); CPR-03, too few trained officers (16, Caspar Orrell); and CPR-10, the national licence register IT system not ready for councils (15, Isolde Wetherall).",
  ["CPR-01", "CPR-02", "CPR-03", "CPR-10"], ["CPR-04", "CPR-06"],
  [[R, "CPR-01 | The Government sets the scheme's start date before fees are settled, leaving councils too little time to recruit and train licensing staff | Rupert Fairbrother | 4 | 5 | 20 | High"],
   [R, "CPR-02 | Scheme fees do not recover councils' full costs of licensing and enforcement | Saoirse Mycroft | 4 | 4 | 16 | High"],
   [R, "CPR-03 | Too few trained officers to inspect premises and assess practitioners | Caspar Orrell | 4 | 4 | 16 | High"],
   [R, "CPR-10 | The national licence register IT system is not ready for councils | Isolde Wetherall | 3 | 5 | 15 | High"]],
  "DataTables web grid sorted by score, so CPR-10 sits between CPR-03 and CPR-04. CPR-05 was High before the review (lowered from 15 to 10 in the change list).");
q("status_lookup", "is the risk about the DHSC consultation being late still live?",
  "No. CPR-14 (DHSC consultation on fees delayed beyond summer 2071) is Closed: DHSC opened the fees consultation on 4 September 2071, and the risk was closed at the review on 30 October 2071. It no longer has a likelihood, impact or score.",
  ["Closed", "CPR-14"], [],
  [[R, "CPR-14 | DHSC consultation on fees delayed beyond summer 2071 | Isolde Wetherall | – | – | – | Closed"],
   [R, "CPR-14 closed: DHSC opened the fees consultation on 4 September 2071."]],
  "The closed risk is the last row of the grid, with dashes for its scores.");

// ------------------------------------------------------------------ table_lookup (7)
q("table_lookup", "whats CPR-10 scored at now",
  "CPR-10 (the national licence register IT system is not ready for councils) scores 15: likelihood 3 x impact 5, rated High, trend Rising. It was raised from 12 (Medium) at the review on 30 October 2071, because DHSC now says the register will not be tested with councils until autumn 2072. Owner: Isolde Wetherall; next review 30/11/2071.",
  ["15", "High"], [],
  [[R, "CPR-10 | The national licence register IT system is not ready for councils | Isolde Wetherall | 3 | 5 | 15 | High | ↗ Rising"],
   [R, "CPR-10 raised from 12 (Medium) to 15 (High): DHSC now says the national licence register will not be tested with councils until autumn 2072."]],
  "Row out of reference order in a grid sorted by score; L and I are single-letter headers explained in the intro.");
q("table_lookup", "who owns the risk about practioners going mobile / home based, and when's it next reviewed",
  "CPR-06 (practitioners move to unlicensed home-based or mobile working) is owned by Leah Babbage, next review 30/11/2071 (30 November 2071). It scores 12 (likelihood 4 x impact 3), Medium, Rising; mitigation: the Know Your Practitioner campaign and asking for a power to enter domestic premises with a warrant.",
  ["Leah Babbage", "CPR-06"], ["Rupert Fairbrother"],
  [[R, "CPR-06 | Practitioners move to unlicensed home-based or mobile working | Leah Babbage | 4 | 3 | 12 | Medium | ↗ Rising | Know Your Practitioner campaign; ask for a power to enter domestic premises with a warrant | 30/11/2071 | Open"]],
  "Risk named by topic; owner and review date are columns 3 and 10 of an 11-column grid. Rupert Fairbrother owns the neighbouring row (CPR-04, also 12).");
q("table_lookup", "how much has the enforcement pilot spent so far this yr",
  "£96,800 to 30 September 2071, out of its 2071/72 budget of £240,000 (the DHSC grant). The forecast outturn is £240,000, so no variance is expected.",
  ["96,800"], ["41,250"],
  [[P, "Enforcement pilot (DHSC grant) | 240,000 | 96,800 | 240,000 | 0"]],
  "Budget table (Table 2) in the performance PDF; the officer training line (41,250) is next to it.");
q("table_lookup", "overall underspend forecast on the cosmetics programme budget?",
  "A £19,500 underspend: forecast outturn £542,500 against a 2071/72 budget of £562,000 (spend to 30 September 2071 was £218,000). The largest underspend is officer training (£22,000); the Special Treatments Toolkit is forecast to overspend by £6,500.",
  ["19,500"], [],
  [[P, "Total | 562,000 | 218,000 | 542,500 | (19,500)"]],
  "Underspends are in brackets (the report says so above the table).");
q("table_lookup", "any budget lines forecast to overspend?",
  "One: the Special Treatments Toolkit, with a budget of £30,000 and a forecast outturn of £36,500, an overspend of £6,500 (the cost of counsel's legal review of the model byelaws chapter). Every other line is on budget or underspending.",
  ["Toolkit", "6,500"], [],
  [[P, "Special Treatments Toolkit | 30,000 | 4,500 | 36,500 | 6,500"],
   [P, "The forecast overspend of £6,500 on the Toolkit is the cost of that legal review."]],
  "The only variance without brackets.");
q("table_lookup", "test purchase target for the pilot and how many done by end of Q2?",
  "CSP-05: the target is 160 test purchases in the eight pilot councils by December 2071; 97 had been completed by 30 September 2071 (Q1: 41). Its status is Amber and improving (↑); two pilot councils started their visits late. Lead officer: Rupert Fairbrother.",
  ["160", "97"], [],
  [[P, "CSP-05 | Test purchases completed in the eight enforcement pilot councils | 160 by December 2071 | 97 (Q1: 41). Two pilot councils started their visits late. | Amber circle | ↑ | Rupert Fairbrother"]],
  "Target and actual are separate columns; the Teams export later gives 112 to the end of October (not asked here).");
q("table_lookup", "in the ToR paper's doc history what changed in v0.3?",
  "Version 0.3, dated 29 October 2071, by Priya Cottingham: membership updated, Cllr Bronwen Stanhope replaces Cllr Tobias Cudworth from 12 October 2071.",
  ["Stanhope", "Cudworth"], [],
  [[D, "0.3 | 29 October 2071 | Priya Cottingham | Membership updated: Cllr Bronwen Stanhope replaces Cllr Tobias Cudworth from 12 October 2071"]],
  "Google Docs style Word file: the 'Document history' heading is a bold paragraph and the table has no header row.");

// ------------------------------------------------------------------ people_roles (7)
q("people_roles", "who chairs the cosmetic procedures & special treatments panel?",
  "Cllr Hattie Blencowe (Conservative, Wiltshire Council) is the Chair of the Cosmetic Procedures and Special Treatments Panel in 2071/72.",
  ["Hattie Blencowe"], ["Abimbola Thackeray"],
  [[D, "Cllr Hattie Blencowe | Wiltshire Council | Conservative | Chair"]],
  "Membership table in the Word file (first row not a header row); also the minutes' attendance ('Chair Cllr Hattie Blencowe') and the Teams pinned message.");
q("people_roles", "vice chair of the CPST panel - which council are they from",
  "The Vice-Chair is Cllr Abimbola Thackeray (Labour) of Manchester City Council.",
  ["Abimbola Thackeray", "Manchester"], ["Leonard Gilhooly"],
  [[D, "Cllr Abimbola Thackeray | Manchester City Council | Labour | Vice-Chair"]],
  "Abbreviation of the body's name.");
q("people_roles", "who are the deputy chiars on the cosmetics panel",
  "There are two Deputy Chairs: Cllr Leonard Gilhooly (Liberal Democrat, South Cambridgeshire District Council) and Cllr Stanislav Dobrowolski (Independent, Cumberland Council).",
  ["Leonard Gilhooly", "Stanislav Dobrowolski"], ["Abimbola Thackeray"],
  [[D, "Cllr Leonard Gilhooly | South Cambridgeshire District Council | Liberal Democrat | Deputy Chair"],
   [D, "Cllr Stanislav Dobrowolski | Cumberland Council | Independent | Deputy Chair"]],
  "In the minutes the label 'Deputy Chairs' stands only on the first of the two lines.");
q("people_roles", "whos the lib dem sub for the panel this yr",
  "Cllr Ines Ferreira-Lund of St Albans City and District Council is the Liberal Democrat substitute for 2071/72.",
  ["Ferreira-Lund"], ["Margot Pridmore"],
  [[D, "Cllr Ines Ferreira-Lund | St Albans City and District Council | Liberal Democrat"]],
  "Substitutes table without a role column; its first row is plain, like the data rows.");
q("people_roles", "who presented the DHSC update at the sept meeting?",
  "Dr Eleri Marchbanks, Deputy Director for Cosmetics Licensing at the Department of Health and Social Care (DHSC), introduced item 3 (the national licensing scheme update) at the meeting on 9 September 2071.",
  ["Eleri Marchbanks"], ["Owen Trethewey"],
  [[M, "Dr Eleri Marchbanks, Deputy Director for Cosmetics Licensing at the Department of Health and Social Care (DHSC), introduced the item."]],
  "Line-numbered PDF minutes: the sentence starts on numbered line 40 (a '40' before it). Owen Trethewey was the guest for item 4.");
q("people_roles", "any declerations of interest at the 9 sept meeting?",
  "Two. Cllr Mairead Kittredge declared a non-registrable interest in item 5 (the enforcement pilot), as her sister owns an aesthetics clinic in Bristol; she took no part in that item and left the meeting while the exempt appendix was considered. Cllr Rafael Ionescu declared an other registrable interest in item 4 (the Special Treatments Toolkit), as a registered acupuncturist with a practice in Leicester; he remained in the meeting.",
  ["Kittredge", "Ionescu"], [],
  [[M, "She took no part in the discussion of that item and left the meeting while the exempt appendix was considered."],
   [M, "Cllr Rafael Ionescu declared an other registrable interest in item 4, as a registered acupuncturist with a practice in Leicester."]],
  "Kittredge's declaration runs over numbered line 30; the quote is the part after the number.");
q("people_roles", "which officer owns the most risks on the programme risk register?",
  "Rupert Fairbrother (Head of Regulatory Services) owns four risks: CPR-01 (start date before fees are settled), CPR-04 (pilot grant not renewed), CPR-09 (aggression during test purchases) and CPR-13 (loss of officer capacity). Leah Babbage and Isolde Wetherall own three each (one of Isolde Wetherall's, CPR-14, is closed).",
  ["Rupert Fairbrother"], [],
  [[R, "CPR-04 | DHSC grant for the enforcement pilot not renewed after March 2072 | Rupert Fairbrother"],
   [R, "CPR-09 | Officers and volunteers face aggression during test purchases | Rupert Fairbrother"],
   [R, "CPR-13 | Loss of officer capacity during the consultation and Toolkit peak | Rupert Fairbrother"]],
  "Counting an owner column over a grid sorted by score, not by reference.");

// ------------------------------------------------------------------ board_paper (7)
q("board_paper", "contact for the ToR item on 18 nov? need a phone number",
  "Priya Cottingham, Member Services Officer: phone 020 7946 0735, email priya.cottingham@local.gov.uk.",
  ["Priya Cottingham", "020 7946 0735"], ["020 7946 0452"],
  [[D, "Contact officer: Priya Cottingham"], [D, "Phone no: 020 7946 0735"]],
  "Front sheet of bold paragraphs with inline bold labels. Isolde Wetherall (0452) is the contact for the performance report.");
q("board_paper", "what are the recs in the terms of ref paper",
  "That the Panel: agrees the revised terms of reference at Appendix A, including the new paragraph 6 on oversight of the enforcement pilot; recommends to the Safer and Stronger Communities Board that the Panel continue until 31 March 2074; notes its membership and substitutes for 2071/72 at Appendix B; and agrees its meeting dates for 2072 in paragraph 9.",
  ["31 March 2074"], [],
  [[D, "recommends to the Safer and Stronger Communities Board that the Panel continue until 31 March 2074;"],
   [D, "agrees the revised terms of reference at Appendix A, including the new paragraph 6 on oversight of the enforcement pilot;"]],
  "Recommendations as bullets typed as '●' characters, under a bold paragraph rather than a heading.");
q("board_paper", "what actions came out of the 18 nov panel meeting - who's doing what?",
  "From Priya Cottingham's debrief in the officers' Teams channel (formal minutes to follow): Caspar Orrell to submit the consultation response to DHSC by Wednesday 25 November 2071; Priya Cottingham to send the terms of reference report to the SSCB clerk by Friday 20 November; Caspar Orrell and Isolde Wetherall to prepare a training recovery plan for the 20 January 2072 meeting, papers by Friday 8 January 2072; Rupert Fairbrother to ask DHSC in writing about funding a second year of the pilot by Monday 30 November. Isolde Wetherall also took on inviting Owen Trethewey (CIEH) back for the January meeting.",
  ["Caspar", "Priya", "Rupert", "25 November"], [],
  [[T, "- Caspar: submit the consultation response to DHSC by Wednesday 25 November"],
   [T, "- Priya: send the terms of reference report to the SSCB clerk by Friday 20 November"],
   [T, "- Caspar and Isolde: training recovery plan for the 20 January meeting, papers by Friday 8 January 2072"],
   [T, "- Rupert: ask DHSC in writing about funding a second year of the pilot, by Monday 30 November"]],
  "The only record of the 18 November meeting is a chat message with first names only; a reply adds one more action.");
q("board_paper", "what did the panel agree in sept about the DHSC fees consultation",
  "On 9 September 2071, after Dr Eleri Marchbanks' update, the Panel agreed that the LGA's response should call for local fee-setting within a national cap and for a lead-in time of at least twelve months. Officers were to prepare a draft for lead members to sign off by 6 November 2071 (action: Caspar Orrell, draft by 30 October 2071).",
  ["national cap", "Caspar Orrell"], [],
  [[M, "Officers were asked to prepare a draft response for lead members to sign off by 6 November 2071."],
   [M, "Action: Caspar Orrell to prepare the draft consultation response for lead members by 30 October 2071."]],
  "The decision's first sentence crosses numbered line 20 of page 2, so the quotes are the sentences after it.");
q("board_paper", "sept meeting - did the panel extend the enforcement pilot?",
  "Yes, to December 2071: the Panel noted the interim findings (74 test purchases by the end of August 2071) and agreed that the pilot should continue until December 2071, with an interim evaluation to go to DHSC in January 2072. The results by council were discussed in private (Appendix A, exempt under paragraph 3 of Part 1 of Schedule 12A) and are redacted. Action: Rupert Fairbrother to write to the eight pilot councils about referral times for under-18 cases by 24 September 2071.",
  ["December 2071"], [],
  [[M, "Decision: The Panel noted the interim findings and agreed that the pilot should continue until December 2071, with an interim evaluation to go to DHSC in January 2072."]],
  "The decision line is numbered (20); redaction bars sit above it.");
q("board_paper", "what's the panel being asked to decide in the Q2 performance paper?",
  "That the Panel: (a) notes performance at the end of Quarter 2 2071/72; (b) agrees the revised publication date of January 2072 for the Special Treatments Toolkit (CSP-04); and (c) notes the forecast underspend of £19,500 on the programme budget. The report is for decision and noting; contact officer Isolde Wetherall, Senior Adviser (Public Protection).",
  ["January 2072", "19,500"], [],
  [[P, "That the Panel: (a) notes performance at the end of Quarter 2 2071/72; (b) agrees the revised publication date of January 2072 for the Special Treatments Toolkit (CSP-04); and (c) notes the forecast underspend of £19,500 on the programme budget."]],
  "Front sheet of the PDF as label and value columns.");
q("board_paper", "what actions did caspar get from the sept meeting",
  "Two: prepare the draft response to the DHSC fees consultation for lead members by 30 October 2071 (item 3), and circulate a breakdown of training take-up by region to members by 14 October 2071 (item 6).",
  ["30 October 2071", "14 October 2071"], ["24 September 2071"],
  [[M, "1 | Prepare the draft response to the DHSC fees consultation for lead members (item 3) | Caspar Orrell | 30 October 2071"],
   [M, "4 | Circulate a breakdown of training take-up by region (item 6) | Caspar Orrell | 14 October 2071"]],
  "Actions table at the end of the minutes (not line-numbered). Rupert Fairbrother's deadline is 24 September.");

// ------------------------------------------------------------------ fact (5)
q("fact", "where's the november panel meeting being held?",
  "Wednesday 18 November 2071, 11:00 to 13:00, in the Lovelace Room (1.07), 18 Smith Square, London SW1P 3HZ, and on Teams for members joining online (the Chair's pre-meet is at 10:15 in room 2.04).",
  ["Lovelace Room"], ["Beaumont Room"],
  [[T, "Where:  Lovelace Room (1.07), 18 Smith Square, London SW1P 3HZ, and on Teams for members joining online"]],
  "The pinned message of the Teams export. The September meeting was in the Beaumont Room.");
q("fact", "when do papers go out for the 18th nov panel",
  "Tuesday 10 November 2071. Priya Cottingham confirmed that morning that the papers were live on the website; item 6 is a verbal update with no paper.",
  ["10 November"], [],
  [[T, "Papers published: Tuesday 10 November 2071"], [T, "Papers are live on the website."]],
  "Pinned message; the later post confirms it.");
q("fact", "what fee cap did we end up asking for in the DHSC fees response?",
  "A national cap of £450 on the practitioner licence fee, with local fee-setting beneath it. Draft 3 of the response had £420; at the Chair's pre-brief on 5 November the Chair and Vice-Chair asked for £450 to match the survey's median cost (£436) plus inflation. The Panel agreed it on 18 November and the response was submitted to DHSC on 19 November 2071.",
  ["£450"], [],
  [[T, "So that's decided - the response goes to the Panel with a £450 cap."],
   [T, "Item 4 - response with the £450 cap agreed."]],
  "An informal decision reached in a reply thread, changing the figure in the post it answers (£420).");
q("fact", "risk reg - what score makes a risk high?",
  "15 to 25. Likelihood and impact are each scored from 1 to 5 and multiplied; the bands are Low 1 to 6, Medium 8 to 12 and High 15 to 25.",
  ["15", "25"], [],
  [[R, "Rating bands: Low 1 to 6, Medium 8 to 12, High 15 to 25."]],
  "The key is a sentence in the page's introduction above the grid.");
q("fact", "how many test purchases had the pilot done by end of oct",
  "112 test purchases across the eight pilot councils to the end of October 2071 (Rupert Fairbrother in the officers' Teams channel, 4 November 2071). All four under-18 referrals in October went to trading standards within 5 working days.",
  ["112"], [],
  [[T, "Pilot numbers to the end of October: 112 test purchases done across the eight councils."]],
  "Only in the chat; the Q2 report gives 97 to the end of September.");

// ------------------------------------------------------------------ cross_document (2)
q("cross_document", "did felix lowndes have a sub at the september meeting?",
  "Yes. Cllr Ines Ferreira-Lund (Liberal Democrat, St Albans City and District Council) attended online as his substitute, although the published minutes of 9 September 2071 list Cllr Lowndes under apologies with no substitute. He pointed this out, the Teams attendance report showed she joined at 10:41 and stayed to the end, and on 18 November 2071 the Panel agreed the minutes with that correction.",
  ["Ferreira-Lund"], [],
  [[M, "Apologies Cllr Tobias Cudworth, Cllr Jolene Hepworth and Cllr Felix Lowndes"],
   [T, "Cllr Felix Lowndes has emailed: the 9 September minutes list him under apologies, but Cllr Ines Ferreira-Lund attended online as his substitute and she isn't recorded."],
   [T, "Item 2 - 9 September minutes agreed with the correction: Cllr Ines Ferreira-Lund attended online as substitute for Cllr Felix Lowndes."]],
  "The minutes (PDF) alone give the wrong answer; the Teams export corrects them.");
q("cross_document", "whens the special treatments toolkit actualy coming out now",
  "26 February 2072. It was due in September 2071 (CSP-04, Red in the Quarter 2 report). On 9 September the Panel decided not to publish it until counsel had advised on the model byelaws chapter; the Quarter 2 report proposed January 2072, but counsel's advice will not be back until 15 January, so Leah Babbage proposed 26 February 2072, which the Panel agreed on 18 November 2071.",
  ["26 February 2072"], [],
  [[M, "Decision: The Panel agreed that the Toolkit should not be published until counsel had advised on the model byelaws chapter, and asked officers to propose a revised publication date at the next meeting."],
   [P, "(b) agrees the revised publication date of January 2072 for the Special Treatments Toolkit (CSP-04);"],
   [T, "New date: 26 February 2072."],
   [T, "Item 5 - noted, and the Toolkit date of 26 February 2072 agreed instead of January."]],
  "The paper's date (January 2072) was overtaken in the chat; the latest word is in the Teams export.");

// ------------------------------------------------------------------ unanswerable (5)
q("unanswerable", "what was CSP-02 rated in Q1?",
  "Not stated. The Quarter 2 2071/72 report gives only CSP-02's Quarter 1 figure (190 officers) and an arrow showing it has improved; it does not give the Quarter 1 rating. The 9 September 2071 minutes say only that nine of the twelve measures were on target or complete at 30 June 2071.",
  [], [], [],
  "Tempting to answer Red (its Q2 status) or to infer from the arrow.");
q("unanswerable", "how much is DHSC proposing to charge for a practitioner licence?",
  "Not in the papers. They give the LGA's ask (local fee-setting within a national cap of £450) and the survey's median cost of issuing a practitioner licence (£436), but not the fee DHSC proposes.",
  [], [], [],
  "Tempting to answer £450, £420 or £436.");
q("unanswerable", "what's the panel's programme budget for 72/73?",
  "Not given: the papers cover the 2071/72 programme budget only (£562,000, including the £240,000 DHSC grant for the enforcement pilot, which is for 2071/72 only).",
  [], [], [],
  "Tempting to answer £562,000.");
q("unanswerable", "who's subbing for cllr ashburnham on 18 nov",
  "Not stated. On 6 November Priya Cottingham's message lists Cllr Piers Ashburnham's apologies with 'no sub yet', and nothing later in the papers names a substitute for him.",
  [], [], [],
  "Tempting to answer Cllr Margot Pridmore (the Conservative substitute, who stood in for Cllr Cudworth in September).");
q("unanswerable", "which salon offered filler to the 17 yr old test purchaser?",
  "Not disclosed. The minutes of 9 September 2071 redact the premises and the council ('[REDACTED - para 3]'), and Appendix A, which lists the premises visited, is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 and withheld.",
  [], [], [],
  "The answer is behind redaction bars; the eight pilot councils are named but not the premises.");

const counts = {};
const lines = Q.map((g, i) => {
  counts[g.category] = (counts[g.category] ?? 0) + 1;
  const { category, question, answer, must_include, must_not_include, evidence, notes } = g;
  return JSON.stringify({ id: `al${String(i + 1).padStart(3, "0")}`, question, category, found: category !== "unanswerable", answer, must_include, must_not_include, evidence, notes });
});
writeFileSync(join(root, "gold.jsonl"), lines.join("\n") + "\n");
console.log(`wrote gold.jsonl: ${lines.length} questions`, counts);
