// Writes gold.jsonl: 40 questions about the five documents, with gold answers, must_include /
// must_not_include strings and verbatim evidence quotes (checked by check-gold.mjs).
//
//   node src/make-gold.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./common.mjs";

const PDF = "animal-welfare-stray-dogs-panel-item-4-half-year-report-2058-59.pdf";
const DOCX = "animal-welfare-stray-dogs-panel-meeting-letters-2058-11-27.docx";
const WIKI = "animal-welfare-stray-dogs-panel-notes-2058-09-18.html";
const SURVEY = "animal-welfare-stray-dogs-panel-item-5-stray-dog-services-survey-2058.html";
const CSV = "animal-welfare-stray-dogs-panel-membership-export-2058-11-01.csv";

const Q = [];
const q = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  Q.push({ category, question, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ---------------------------------------------------------------- status_lookup (7)
q(
  "status_lookup",
  "which AWSD panel milestones are behind at the half year?",
  "Two of the nine work programme milestones were Behind at 30 September 2058: AWP-04, peer support on dog breeding licence inspections for ten councils (M. Dewhirst, due Jan 2059; only three of the ten reviews were done after two reviewers withdrew), and AWP-09, the data standard for reporting stray dog figures (F. Rhydderch, due Oct 2058; the report proposes a new due date of January 2059).",
  ["AWP-04", "AWP-09"],
  ["AWP-05", "AWP-06"],
  [
    [PDF, "AWP-04 | Peer support on dog breeding licence inspections for ten councils | M. Dewhirst | Jan 2059 | Behind"],
    [PDF, "AWP-09 | Data standard for reporting stray dog figures | F. Rhydderch | Oct 2058 | Behind"],
  ],
  "LaTeX-style PDF: Table 2 is a float that lands at the top of the next page, after the comments that follow it in the source; the status is a word in the last column. AWP-05 (Sep 2058, past its date) is Paused, not Behind; AWP-06's comment says the series is not 'behind'.",
);
q(
  "status_lookup",
  "in the half year report what does 'Watch' mean - is that amber??",
  "Yes. In the report's status key (Table 1), Watch means 'At risk of slipping; action is in hand to recover it', and its colour in the 2057/58 reports was Amber. (On course = Green, Behind = Red, Done = Blue; Paused is new for 2058/59 and has no colour.)",
  ["Amber", "slipping"],
  [],
  [[PDF, "Watch | At risk of slipping; action is in hand to recover it | Amber"]],
  "The key is a booktabs table (three rules, caption above); the colour column is headed 'Colour in 2057/58 reports'.",
);
q(
  "status_lookup",
  "wheres the fly grazing protocol refresh at?",
  "It is Paused. AWP-05, refreshing the fly-grazing protocol with police and landowners (lead M. Dewhirst, due Sep 2058), was paused because the Home Office asked partners to wait for its review of the Control of Horses Act 2015, now due to report in spring 2059; the Panel agreed the pause on 18 September 2058. A new risk, AWSR-6, covers councils lacking up-to-date guidance over the winter.",
  ["Paused"],
  [],
  [
    [PDF, "AWP-05 | Fly-grazing protocol with police and landowners refreshed | M. Dewhirst | Sep 2058 | Paused"],
    [PDF, "The Home Office asked partners to wait for its review of the Control of Horses Act 2015, which is now due to report in spring 2059."],
    [WIKI, "The Panel agreed to pause the refresh of the fly-grazing protocol (work programme milestone AWP-05) until the Home Office review reports"],
  ],
  "Paused is the report's fifth status, explained only in its key (no RAG colour).",
);
q(
  "status_lookup",
  "are we hitting target on dogs reunited w/ thier owners?",
  "No. AWI-1, stray dogs reunited with their owners (% of dogs seized), was 55% in Q2 2058/59 against a target of 65%, and is rated Behind. It has fallen two quarters running (61% in 2057/58, 58% in Q1) because fewer dogs carry a microchip with up-to-date details. The figures come from the 23 councils in the LGA's stray dogs benchmarking club.",
  ["55%", "Behind"],
  [],
  [
    [PDF, "AWI-1 | Stray dogs reunited with their owners (% of dogs seized)ᵃ | 61% | 58% | 55% | 65% | Behind"],
    [PDF, "AWI-1 fell for the second quarter running"],
  ],
  "Indicator table with a table-note mark (a) after the indicator's name; Q2 is the latest column.",
);
q(
  "status_lookup",
  "brierley's milestones - any in trouble?",
  "Dr Callum Brierley (C. Brierley in the table) leads three milestones. One is on Watch: AWP-01, the model kennelling contract and price benchmark (due Dec 2058) – the draft went to the solicitors on 30 October 2058, but the benchmark waits for the survey's fee data and the legal review will cost about £4,000 more than budgeted. AWP-03 (the new burdens case to Defra, due Mar 2059) is On course and AWP-07 (the response on a single microchip database portal, Aug 2058) is Done.",
  ["AWP-01", "Watch"],
  [],
  [
    [PDF, "AWP-01 | Model kennelling contract and price benchmark published for councils | C. Brierley | Dec 2058 | Watch"],
    [PDF, "AWP-03 | New burdens case to Defra for stray dog duties, for the 2059 Spending Review | C. Brierley | Mar 2059 | On course"],
    [PDF, "AWP-07 | Response to the Defra consultation on a single microchip database portal | C. Brierley | Aug 2058 | Done"],
  ],
  "Lookup by lead, who is named by initial and surname in the table. AWP-03's comment mentions a timetable that has 'fallen behind' but it is On course.",
);
q(
  "status_lookup",
  "what actions from the 18 sept meeting are still outstanding?",
  "On the wiki notes (status as at the page's last edit, 2 October 2058), four of the six actions were not done: 1 – draft the model kennelling contract and send it for legal review (Dr Callum Brierley, 31 October 2058, Open); 3 – identify the ten councils for breeding inspection peer support (Marisol Dewhirst, 31 October 2058, Open); 5 – send local fly-grazing case studies (Cllr Mervyn Ashpole and Cllr Dwayne Ottoway, 30 November 2058, Open); 6 – chase Defra for a reply to the Chair's letter of 10 July 2058 (Dr Callum Brierley, due 30 September 2058, Overdue). Actions 2 and 4 are Done.",
  ["Dewhirst", "Ashpole", "Overdue"],
  [],
  [
    [WIKI, "1 | Draft the model kennelling contract and send it for legal review | Dr Callum Brierley | 31 October 2058 | ◯ Open"],
    [WIKI, "3 | Identify the ten councils for breeding inspection peer support and agree dates with them | Marisol Dewhirst | 31 October 2058 | ◯ Open"],
    [WIKI, "5 | Send local fly-grazing case studies to officers | Cllr Mervyn Ashpole and Cllr Dwayne Ottoway | 30 November 2058 | ◯ Open"],
    [WIKI, "6 | Chase Defra for a reply to the Chair's letter of 10 July 2058 | Dr Callum Brierley | 30 September 2058 | ✖ Overdue"],
  ],
  "MediaWiki sortable wikitable; the status cell holds an icon and a word (Done / Open / Overdue) on a coloured background.",
);
q(
  "status_lookup",
  "which risks on the stray dogs panel register are getting worse?",
  "Two risks are Rising: AWSR-1, kennel fees rising faster than council budgets so that councils cut out-of-hours stray dog services (score 16, Very high; C. Brierley), and AWSR-2, too few peer reviewers to finish the breeding inspection support (score 12, High; M. Dewhirst).",
  ["AWSR-1", "AWSR-2"],
  ["AWSR-3", "AWSR-5"],
  [
    [PDF, "AWSR-1 | Kennel fees rise faster than council budgets, and councils cut out-of-hours stray dog services | 4 | 4 | 16 | C. Brierley | Rising"],
    [PDF, "AWSR-2 | Too few peer reviewers to finish the breeding inspection support (AWP-04) | 4 | 3 | 12 | M. Dewhirst | Rising"],
  ],
  "Appendix risk register (small type, narrow wrapped columns); 'getting worse' = Trend Rising. AWSR-3 and AWSR-5 are Steady.",
);

// ---------------------------------------------------------------- table_lookup (7)
q(
  "table_lookup",
  "peer support budget line - whats the forecast outturn",
  "£30,000. The peer support for councils line has a budget of £42,000 for 2058/59, £6,300 spent to 30 September 2058 and a forecast outturn of £30,000, an underspend of £12,000, because fewer reviews will be done this year (AWP-04).",
  ["30,000"],
  [],
  [[PDF, "Peer support for councils | 42,000 | 6,300 | 30,000 | (12,000)"]],
  "Budget table (£, underspends in brackets); the forecast is the fourth column.",
);
q(
  "table_lookup",
  "score for AWSR-3?",
  "15: likelihood 3 × impact 5, which is High (12–15). AWSR-3 is the risk that Defra does not accept the new burdens case for stray dog duties; owner C. Brierley, trend Steady, mitigated by joint evidence with the District Councils' Network and survey data.",
  ["15"],
  [],
  [[PDF, "AWSR-3 | Defra does not accept the new burdens case for stray dog duties | 3 | 5 | 15 | C. Brierley | Steady"]],
  "Score column between L, I and Owner; bands in the table note.",
);
q(
  "table_lookup",
  "how many councils contract out there out of hours stray dog service to a private kennel?",
  "38 of the 87 councils that answered the stray dog services survey 2058 (44%) said their out-of-hours stray dog service is contracted to a private kennel.",
  ["38", "44%"],
  [],
  [[SURVEY, "Contracted to a private kennel | 38 | 44%"]],
  "Forms card: option | count | percentage, with a drawn bar between the option and the count.",
);
q(
  "table_lookup",
  "which council is cllr olatunji from and what party",
  "Cllr Femi Olatunji is a Labour member of the Panel (party code Lab; role MEM, Member) from Bolsover District Council, appointed from 15/05/2058.",
  ["Bolsover", "Labour"],
  [],
  [
    [CSV, "Olatunji | Femi | Cllr | Bolsover District Council | Lab | MEM | 15/05/2058"],
    [CSV, "Party | Lab | Labour"],
  ],
  "CSV export: the party is a code explained only in the code list at the end of the file; surname and forename are separate columns.",
);
q(
  "table_lookup",
  "how much has the panel spent so far this yr?",
  "£35,850 to 30 September 2058, against the Panel's 2058/59 budget of £140,000. The forecast outturn is £128,000, an underspend of £12,000.",
  ["35,850"],
  ["15,620"],
  [
    [PDF, "Total | 140,000 | 35,850 | 128,000 | (12,000)"],
    [PDF, "Spending to 30 September 2058 was £35,850"],
  ],
  "The September notes give the first-quarter spend (£15,620 to 30 June 2058); the half-year report is the latest.",
);
q(
  "table_lookup",
  "what % of councils said kennel fees went up more than 20 percent",
  "26%: 23 of the 87 councils in the stray dog services survey 2058 said the fee they pay per dog per day for kennelling had risen by more than 20% since April 2057.",
  ["26%"],
  ["36%"],
  [[SURVEY, "Risen by more than 20% | 23 | 26%"]],
  "The next row (risen by 10% to 20%) is 31, 36%. The meeting notes quote a different source (an average rise of 18 per cent from the kennel operators' survey).",
);
q(
  "table_lookup",
  "how many officers have been on the LGA webinars this year?",
  "212 officers by the end of Q2 (AWI-3 is cumulative: Q2 is the total for April to September 2058), against a target of 250 for 2058/59 – On course. Q1 alone was 96; 148 attended in the whole of 2057/58.",
  ["212"],
  ["308"],
  [
    [PDF, "AWI-3 | Officers attending LGA webinars (number, cumulative)ᵇ | 148 | 96 | 212 | 250 | On course"],
    [PDF, "Q2 is the total for April to September."],
  ],
  "The table note says Q2 is cumulative; adding Q1 and Q2 (308) double counts.",
);

// ---------------------------------------------------------------- people_roles (7)
q(
  "people_roles",
  "who chairs the animal welfare and stray dogs panel?",
  "Cllr Imogen Staveley (Conservative, Herefordshire Council) is Chair of the Panel for 2058/59 (role code CH in the membership export).",
  ["Imogen Staveley"],
  ["Ottoway"],
  [
    [CSV, "Staveley | Imogen | Cllr | Herefordshire Council | Con | CH | 15/05/2058"],
    [WIKI, "Cllr Imogen Staveley – Chair (Conservative, Herefordshire Council)"],
  ],
  "CSV sorted by surname; the role is the code CH, explained in the code list.",
);
q(
  "people_roles",
  "who's the lead member for fly grazing?",
  "Cllr Mervyn Ashpole (Independent, Isle of Wight Council), a Deputy Chair and group lead member (DL), is lead member for fly-grazing, abandoned horses and livestock. He introduced the fly-grazing item at the 18 September 2058 meeting.",
  ["Mervyn Ashpole"],
  ["Gostelow"],
  [
    [CSV, "Ashpole | Mervyn | Cllr | Isle of Wight Council | Ind | DL | 15/05/2058 |  | Fly-grazing, abandoned horses and livestock"],
    [WIKI, "Introduced by: Cllr Mervyn Ashpole, lead member for fly-grazing"],
  ],
  "The portfolio is a quoted CSV cell with commas in it.",
);
q(
  "people_roles",
  "who are the lib dem subs?",
  "The Liberal Democrats have one named substitute: Cllr Hollis Ventham of Cotswold District Council (party LD, role SUB), appointed from 15/05/2058.",
  ["Hollis Ventham"],
  ["Wrobel", "Gostelow"],
  [[CSV, "Ventham | Hollis | Cllr | Cotswold District Council | LD | SUB | 15/05/2058"]],
  "Both codes (LD, SUB) are explained only in the code list; the LD members (Gostelow, Wrobel) are not substitutes.",
);
q(
  "people_roles",
  "who took over from barnaby cottrill on the pannel",
  "Cllr Martina Coulthard (Labour, Barnsley Metropolitan Borough Council). Cllr Cottrill (Wirral Council) stood down on 31/07/2058, and Cllr Coulthard, until then a Labour substitute, became a member from 01/08/2058. Cllr Jarvis Prowse (Doncaster Council) became the Labour substitute in her place from 01/09/2058.",
  ["Martina Coulthard"],
  [],
  [
    [CSV, "Cottrill | Barnaby | Cllr | Wirral Council | Lab | MEM | 15/05/2058 | 31/07/2058 |  | Stood down; replaced by Cllr M. Coulthard"],
    [CSV, "Coulthard | Martina | Cllr | Barnsley Metropolitan Borough Council | Lab | MEM | 01/08/2058 |  |  | In place of Cllr B. Cottrill"],
    [WIKI, "who joined the Panel as a Labour member on 1 August 2058 in place of Cllr Barnaby Cottrill"],
  ],
  "The export has one row per appointment: Coulthard appears twice (SUB ended 31/07/2058, MEM from 01/08/2058); Cottrill's row has an end date.",
);
q(
  "people_roles",
  "contact officer for the half-year perf report + their number?",
  "Dr Callum Brierley, Senior Adviser, Animal Welfare and Regulation, Local Government Association: telephone 020 7946 0846, email callum.brierley@local.gov.uk.",
  ["Callum Brierley", "020 7946 0846"],
  ["Elderkin"],
  [
    [PDF, "Contact officer. Telephone 020 7946 0846; email callum.brierley@local.gov.uk."],
    [PDF, "Senior Adviser, Animal Welfare and Regulation"],
  ],
  "The contact details are a \\thanks footnote (marked *) to the author's name in the title block, printed at the foot of page 1. The letters' contact is Tamsin Elderkin (Member Services).",
);
q(
  "people_roles",
  "cllr wraxall is green - which group office does she ring if she cant come on the 27th?",
  "The Independent Group office: 020 7946 0906, lgaindependent@local.gov.uk. Her letter for the meeting of 27 November 2058 names the Independent Group as her group office, and asks members who cannot attend to tell their group office as soon as they can so that a substitute can be arranged.",
  ["Independent Group", "020 7946 0906"],
  [],
  [
    [DOCX, "Your group office: Independent Group, 020 7946 0906, lgaindependent@local.gov.uk."],
    [DOCX, "If you cannot attend, please tell your group office as soon as you can so that a substitute can be arranged."],
  ],
  "Mail merge: the group office line differs by letter; Cllr Wraxall (Grn in the export) is given the Independent Group's office in her letter ('Dear Cllr Wraxall').",
);
q(
  "people_roles",
  "who's vice chair of the stray dogs panel & what council",
  "Cllr Dwayne Ottoway (Labour, Wakefield Council) is Vice-Chair (role code VC). He is also lead member for stray dogs, kennelling and rehoming.",
  ["Dwayne Ottoway", "Wakefield"],
  ["Gostelow", "Ashpole"],
  [
    [CSV, "Ottoway | Dwayne | Cllr | Wakefield Council | Lab | VC | 15/05/2058 |  | Stray dogs, kennelling and rehoming"],
    [WIKI, "Cllr Dwayne Ottoway – Vice-Chair (Labour, Wakefield Council)"],
  ],
  "VC is explained only in the code list; the two DL rows (Deputy Chairs) are plausible wrong answers.",
);

// ---------------------------------------------------------------- board_paper (7)
q(
  "board_paper",
  "what is the half year report asking members to agree",
  "Item 4 (27 November 2058) is for decision. It asks the Panel to (a) note progress at 30 September 2058; (b) agree to move £4,000 from the research and survey budget line to the model contract legal review line; (c) agree a new due date of January 2059 for AWP-09, the data standard for reporting stray dog figures; and (d) note the risk register, including the new risk AWSR-6 on fly-grazing.",
  ["4,000", "AWP-09", "January 2059"],
  [],
  [
    [PDF, "agrees to move £4,000 from the research and survey budget line to the model contract legal review line (Section 5);"],
    [PDF, "agrees a new due date of January 2059 for milestone AWP-09, the data standard for reporting stray dog figures; and"],
  ],
  "Recommendations as a LaTeX enumerate list (a)-(d) under a numbered section.",
);
q(
  "board_paper",
  "when + where is the next panel meeting? (nov)",
  "11.00 am on Wednesday 27 November 2058 in Smith Square 3, Ground Floor, Local Government House, 18 Smith Square, London SW1P 3HZ. Members can also join on Microsoft Teams (the link is sent on Tuesday 26 November 2058); tea and coffee from 10.30 am, and the meeting should finish by 1.00 pm.",
  ["27 November 2058", "Smith Square 3"],
  ["Smith Square 1"],
  [[DOCX, "I am writing to invite you to the next meeting of the Animal Welfare and Stray Dogs Panel, at 11.00 am on Wednesday 27 November 2058 in Smith Square 3, Ground Floor, Local Government House, 18 Smith Square, London SW1P 3HZ."]],
  "The same paragraph is repeated in all 18 merged letters. The September meeting was in Smith Square 1.",
);
q(
  "board_paper",
  "deadline to send back the reply slip for 27 nov?",
  "Friday 22 November 2058: return it to Tamsin Elderkin, Member Services, Local Government Association, 18 Smith Square, London SW1P 3HZ, or email member.services@local.gov.uk.",
  ["22 November 2058"],
  [],
  [[DOCX, "Please return by Friday 22 November 2058 to Tamsin Elderkin, Member Services, Local Government Association, 18 Smith Square, London SW1P 3HZ, or to member.services@local.gov.uk."]],
  "The reply slip sits under a cut line at the end of each letter.",
);
q(
  "board_paper",
  "what papers r coming with the invite for the nov meeting",
  "Five enclosures: the note of the meeting held on 18 September 2058 (draft, printed from the LGA Policy Wiki); Item 4, the half-year performance, budget and risk report 2058/59; Item 5, the stray dog services survey 2058 results summary (printed from Microsoft Forms); Item 6, Panel membership 2058/59 (members' database export with its code list); and an expenses claim form. Items 3 (Chair's update) and 7 (work programme 2059/60) are oral, with no papers.",
  ["18 September", "half-year", "survey", "membership"],
  [],
  [
    [DOCX, "Note of the meeting held on 18 September 2058 (draft, printed from the LGA Policy Wiki)"],
    [DOCX, "Item 4: Half-year performance, budget and risk report 2058/59"],
    [DOCX, "Item 5: Stray dog services survey 2058, results summary (printed from Microsoft Forms)"],
    [DOCX, "Item 6: Panel membership 2058/59 (export from the members' database, with its code list)"],
  ],
  "A bulleted list after the numbered business list in each letter.",
);
q(
  "board_paper",
  "who introduced the kennel contracts item at the sept meeting and what did they decide",
  "Dr Callum Brierley (Senior Adviser, Animal Welfare and Regulation) introduced item 3, with a guest, Beatrix Jeavons of the Association of Contract Kennels; he reported that the daily fee councils pay contract kennels had risen by an average of 18 per cent since April 2057. The Panel agreed that officers should draft a model kennelling contract, with a price benchmark, for publication by December 2058, and that the survey should ask councils about their kennel fees.",
  ["Callum Brierley", "model kennelling contract"],
  ["Dewhirst"],
  [
    [WIKI, "Introduced by: Dr Callum Brierley, Senior Adviser, Animal Welfare and Regulation"],
    [WIKI, "The Panel agreed that officers should draft a model kennelling contract, with a price benchmark, for publication by December 2058"],
  ],
  "Wiki section with an 'Introduced by:' definition list and a Decision box; Marisol Dewhirst introduced item 4.",
);
q(
  "board_paper",
  "any declarations of interest at the 18/9 meeting?",
  "Two. Cllr Rowan Wraxall declared a non-pecuniary interest in item 3 (kennelling contracts) as a trustee of Stroud Dog Rescue, which holds a kennelling contract with Stroud District Council; she took part in the discussion but not the decision. Cllr Tobias Kinghorn declared an interest in item 4 (breeding licence inspections) because his partner runs a licensed dog boarding business, and left the room for that item. No other interests were declared.",
  ["Wraxall", "Kinghorn"],
  [],
  [
    [WIKI, "Cllr Rowan Wraxall declared a non-pecuniary interest in item 3 as a trustee of Stroud Dog Rescue, which holds a kennelling contract with Stroud District Council."],
    [WIKI, "Cllr Tobias Kinghorn declared an interest in item 4, as his partner runs a licensed dog boarding business, and left the room for that item."],
  ],
  "Declarations are paragraphs under 'Item 1: Welcome and declarations of interest[edit]'.",
);
q(
  "board_paper",
  "apologies for september's panel mtg?",
  "Cllr Eleri Bicknell (Conservative, Torridge District Council), for whom Cllr Gideon Swithenbank substituted, and Cllr Agnieszka Wrobel (Liberal Democrat, Mid Suffolk District Council), with no substitute.",
  ["Bicknell", "Wrobel"],
  [],
  [
    [WIKI, "Cllr Eleri Bicknell (Conservative, Torridge District Council) – Cllr Swithenbank substituted"],
    [WIKI, "Cllr Agnieszka Wrobel (Liberal Democrat, Mid Suffolk District Council) – no substitute"],
  ],
  "Apologies as a bulleted list under an h3 of the Attendance section (the wiki's table of contents numbers it 1.2).",
);

// ---------------------------------------------------------------- fact (5)
q(
  "fact",
  "how many councils answered the stray dog survey",
  "87. The stray dog services survey 2058 (Microsoft Forms, one response per council) closed on 31 October 2058 with 87 responses: 44 district, 25 unitary, 11 metropolitan borough and 7 London borough councils.",
  ["87"],
  [],
  [
    [SURVEY, "Responses | 87"],
    [PDF, "closed on 31 October 2058 with 87 responses"],
  ],
  "The count is in the Forms summary card (Responses, Average time to complete and Status, each a label over a large number) and in the report's background.",
);
q(
  "fact",
  "avg confidence rating for meeting stray dog duties in 59/60?",
  "3.08 out of 5 (average star rating, 87 responses): 9 councils gave 5 stars, 24 gave 4, 28 gave 3, 17 gave 2 and 9 gave 1.",
  ["3.08"],
  [],
  [[SURVEY, "3.08 Average Rating"]],
  "Forms rating question: the average is a large number beside 'Average Rating', over a table of star counts.",
);
q(
  "fact",
  "what do councils say would help them most with strays (survey)",
  "Ring-fenced new burdens funding, chosen by 71 councils (82%). Next came a model kennelling contract (52, 60%), single access to all microchip databases (44, 51%), training for officers (29, 33%) and shared regional kennelling (23, 26%); respondents could choose up to three options.",
  ["new burdens", "82%"],
  [],
  [[SURVEY, "Ring-fenced new burdens funding | 71 | 82%"]],
  "Multi-select card whose percentages add to more than 100 (a note says so).",
);
q(
  "fact",
  "whats cllr kinghorn's registered interest?",
  "The register of members' interests records that Cllr Tobias Kinghorn's partner runs a licensed dog boarding business in Basildon; his meeting letter asks him to declare it where it applies. He declared it for item 4 (dog breeding licence inspections) at the 18 September 2058 meeting and left the room for that item.",
  ["dog boarding"],
  [],
  [
    [DOCX, "Our register of members' interests records the following for you that may be relevant to the Panel's business: your partner runs a licensed dog boarding business in Basildon."],
    [WIKI, "Cllr Tobias Kinghorn declared an interest in item 4, as his partner runs a licensed dog boarding business, and left the room for that item."],
  ],
  "A merged field in one letter of eighteen ('Dear Cllr Kinghorn'), written in the second person.",
);
q(
  "fact",
  "what score counts as very high on the risk register",
  "16 to 25. Risks are scored likelihood × impact, each from 1 to 5, and the bands are 1–5 Low, 6–11 Medium, 12–15 High and 16–25 Very high. Only AWSR-1 (kennel fees, score 16) is Very high.",
  ["16", "25"],
  [],
  [[PDF, "Bands: 1–5 Low; 6–11 Medium; 12–15 High; 16–25 Very high."]],
  "The bands are in a small-type table note under the appendix risk register.",
);

// ---------------------------------------------------------------- cross_document (2)
q(
  "cross_document",
  "was the model kennelling contract action from sept actually done? whats happening with it",
  "Partly. Action 1 of 18 September 2058 (Dr Callum Brierley to draft the model kennelling contract and send it for legal review by 31 October 2058) still showed Open on the wiki at its last edit on 2 October. The half-year report says the draft went to the LGA's solicitors on 30 October 2058, but milestone AWP-01 (contract and price benchmark) is on Watch: the benchmark waits for the survey's kennel fee data, and the legal review is forecast to cost £22,500, £4,000 over its £18,500 budget. Publication is still planned for December 2058.",
  ["30 October", "Watch"],
  [],
  [
    [WIKI, "1 | Draft the model kennelling contract and send it for legal review | Dr Callum Brierley | 31 October 2058 | ◯ Open"],
    [PDF, "The draft model contract went to the LGA's solicitors on 30 October 2058, but the price benchmark is waiting for the survey's data on kennel fees (Item 5)."],
  ],
  "The wiki's status is as at 2 October; the later report has the newer position.",
);
q(
  "cross_document",
  "who wanted the out of hours question in the survey, and what did it show?",
  "Cllr Sunniva Shilcock asked at the 18 September 2058 meeting that the survey include a question on how out-of-hours services are provided, and this was agreed. Of the 87 councils that answered: 38 (44%) contract their out-of-hours service to a private kennel, 16 (18%) have no out-of-hours service, 14 (16%) use their own dog warden on call, 12 (14%) a shared service with another council, 3 (3%) a partner organisation and 4 (5%) other arrangements.",
  ["Shilcock", "38", "16"],
  [],
  [
    [WIKI, "Cllr Shilcock asked that the survey include a question on how out-of-hours services are provided; this was agreed."],
    [SURVEY, "Contracted to a private kennel | 38 | 44%"],
    [SURVEY, "We have no out-of-hours service | 16 | 18%"],
  ],
  "Joins the wiki notes (who asked) to the Forms card (the result).",
);

// ---------------------------------------------------------------- unanswerable (5)
q(
  "unanswerable",
  "what was the panel's budget last year (57/58)?",
  "Not in the papers: they give the 2058/59 budget only (£140,000, forecast outturn £128,000); no 2057/58 budget is stated.",
  [],
  [],
  [],
  "Tempting to answer £140,000 (2058/59). The indicator table has a 2057/58 column, but the budget table does not.",
);
q(
  "unanswerable",
  "who sent apologies for the 27 nov panel meeting",
  "Not recorded: the papers for 27 November 2058 are the invitation letters (with blank reply slips); there are no notes of that meeting. Apologies are recorded only for the 18 September 2058 meeting.",
  [],
  [],
  [],
  "Tempting to give the September apologies (Bicknell, Wrobel) or the reply slip's 'send my apologies' box.",
);
q(
  "unanswerable",
  "how many stray dogs did councils seize in total in 57/58 according to the survey?",
  "Not given: the survey asked each council only for a band (0 to 49 up to 500 or more) and reports how many councils fell in each band, not a total number of dogs.",
  [],
  [],
  [],
  "Tempting to add up the band counts (87 councils) or to multiply out the bands.",
);
q(
  "unanswerable",
  "what was AWI-2 in Q3?",
  "Not in the papers: the half-year report runs to Q2 (30 September 2058), when AWI-2 was 74% (Watch); the position at 31 December 2058 is due to go to the Panel on 29 January 2059.",
  [],
  [],
  [],
  "Tempting to give the Q2 figure (74%).",
);
q(
  "unanswerable",
  "did the survey find out how many councils collect stray cats?",
  "No: the survey did not ask about cats. At the 18 September 2058 meeting Ffion Rhydderch said it would not cover cats, as councils have no duty to collect stray cats.",
  [],
  [],
  [],
  "Tempting to answer from the survey's dog figures.",
);

// ---------------------------------------------------------------- write
const CATS = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const count = {};
for (const g of Q) count[g.category] = (count[g.category] ?? 0) + 1;
for (const [c, n] of Object.entries(CATS)) if (count[c] !== n) throw new Error(`${c}: ${count[c]} questions, want ${n}`);
const lines = Q.map((g, i) => JSON.stringify({ id: `aj${String(i + 1).padStart(3, "0")}`, ...g }));
writeFileSync(join(root, "gold.jsonl"), lines.join("\n") + "\n");
console.log(`wrote gold.jsonl (${Q.length} questions)`);
