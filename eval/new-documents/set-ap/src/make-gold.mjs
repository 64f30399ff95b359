// Writes gold.jsonl: 40 questions about the five documents, with gold answers and verbatim evidence.
// Evidence quotes are copied from the renderings in text/ (check-gold.mjs verifies them).
//
//   node src/make-gold.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOR = "children-not-in-school-task-group-terms-of-reference-2077-06-16.txt";
const AGENDA = "children-not-in-school-task-group-agenda-2077-09-22.docx";
const NOTES = "children-not-in-school-task-group-notes-2077-09-22.pdf";
const PERF = "children-not-in-school-task-group-performance-2077-78-q2.html";
const BUDGET = "children-not-in-school-task-group-budget-2077-78-p6.csv";

const T1_COUNCIL = "Council | Wirral Council | Norfolk County Council | Leicester City Council | Cornwall Council | London Borough of Hounslow";
const T1_STATUS = "Status | Progressing | Progressing | Slipping | Stalled | Progressing";

const Q = [];
const q = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  Q.push({ category, question, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ---------------------------------------------------------------- status_lookup (7)
q("status_lookup",
  "which CNIS measures were red at the end of Q2?",
  "Three measures were Red (R) at the end of quarter 2 2077/78 (July to September 2077): CNIS-M2, data-sharing agreements signed by pilot councils with partners (7 against a target of 12); CNIS-M4, average school days to resolve a CME referral in the pilot councils (33 against a target of 28); and CNIS-M8, guidance for councils on EHE home visits (not started - waiting for the regulations; the target was a draft to DfE).",
  ["M2", "M4", "M8"], ["M7"],
  [
    [PERF, "CNIS-M2 | Data-sharing agreements signed by pilot councils with partners (cumulative) | Eleri Jaggard | 0 | – | 1 | – | 12 | 7 | R | 20"],
    [PERF, "CNIS-M4 | Average school days to resolve a CME referral in the pilot councils | Zara Nadeem | 34 | 30 | 31 | A | 28 | 33 | R | 25"],
    [PERF, "CNIS-M8 | Guidance for councils on EHE home visits | Lorna Menzies | – | Scope agreed | Scope agreed | G | Draft to DfE | Not started - waiting for the regulations | R | Published"],
  ],
  "Web page, Table 1: the Q2 status is the tenth cell, an <abbr title=\"Red\">R</abbr> under a three-row header (2077/78 > Q2 (July to September) > Status); the Q1 status sits three cells earlier. The summary gives only the count (three Red). CNIS-M1 and CNIS-M7 are Amber in Q2; CNIS-M4 was Amber in Q1.");

q("status_lookup",
  "cornwall register pilot - what status did the sept progress paper give it?",
  "Stalled. In Table 1 of the register pilots paper for 22 September 2077 (position at 10 September 2077), Pilot D, Cornwall Council, is 'Stalled': no progress since the last meeting; the Task Group's help is needed. The supplier of the council's case management system withdrew its register module in August.",
  ["Stalled"], ["Slipping"],
  [
    [AGENDA, T1_COUNCIL],
    [AGENDA, T1_STATUS],
    [AGENDA, "Cornwall's pilot has stalled."],
  ],
  "Word, transposed Table 1: the pilots are columns and the attributes rows, so Cornwall's status is found by its column (the fourth pilot, D) in the Status row. Slipping is the neighbouring column (Leicester). The key under the table explains the status words.");

q("status_lookup",
  "has the cnis survey response risk gone green yet?",
  "Yes. CNIS-R3 (a low response to the EHE survey weakens the evidence for the final report) is now Green: current likelihood 1 x impact 3 = score 3, down from an inherent score of 9, trend decreasing. The survey closed on 31 August 2077 with a 72% response, and the quarter 2 report recommends closing the risk.",
  ["R3", "Green"], [],
  [
    [PERF, "CNIS-R3 | A low response to the EHE survey weakens the evidence for the final report. | Owain Livesey | 3 | 3 | 9 | 1 | 3 | 3 | G | ↓ | Survey closed on 31 August 2077 with a 72% response. Proposed for closure."],
    [PERF, "That the Task Group agrees to close risk CNIS-R3, as the EHE survey closed on 31 August 2077 with a 72 per cent response."],
  ],
  "Web page, Table 2: the rating is a letter G in an <abbr title=\"Green\">; the key under the table maps G to Green (score 1 to 5). The header has two rows (Current risk > L / I / Score / Rating).");

q("status_lookup",
  "was cnis M4 amber or red in q1?",
  "Amber. CNIS-M4 (average school days to resolve a CME referral in the pilot councils) was 31 days against a target of 30 in Q1 (April to June 2077), rated A (Amber). It went Red in Q2: 33 days against a target of 28.",
  ["Amber"], [],
  [[PERF, "CNIS-M4 | Average school days to resolve a CME referral in the pilot councils | Zara Nadeem | 34 | 30 | 31 | A | 28 | 33 | R | 25"]],
  "Web page: the Q1 and Q2 statuses are in the same row under different column groups of a three-row header; the question asks for Q1 (A), not the current R.");

q("status_lookup",
  "which of the actions from the 22 sept cnis meeting have been ticked off?",
  "Two of the nine actions are ticked as done: Eleri Jaggard's confirmation in writing of the Cornwall extension to 31 January 2078 and the extra £4,500 (done 24/9 - letter sent to Morwenna Tonge), and Tomasz Haslam's update of the membership page on the website for the new Vice-Chair and Cllr Catterick (done 23/9). The other seven, including the letter to DfE and the survey report with a rural/urban split, are still open.",
  ["Cornwall", "membership"], ["EHCP"],
  [
    [NOTES, "@Eleri Jaggard confirm the Cornwall extension to 31 Jan 2078 and the extra £4,500 in writing - by 29 Sept"],
    [NOTES, "Done 24/9 - letter sent to Morwenna Tonge"],
    [NOTES, "@Tomasz Haslam update the membership page on the website (Vice-Chair, Cllr Catterick) - by 29 Sept"],
  ],
  "PDF of a OneNote page: the actions are a container to the right of the meeting details and the notes; done ones have a drawn ticked box (no text) and a grey 'Done' line under them. The EHCP question to the pilots is an open action.");

q("status_lookup",
  "leicester register pilot - was it on track in september?",
  "No. In the 22 September 2077 paper (position at 10 September) Leicester City Council's pilot (Pilot C) is 'Slipping' - behind plan, likely to report late or in part. It signed its grant agreement on 6 July, three weeks late, and its data protection impact assessment with the integrated care board was still open; its register was planned to go live on 15 November 2077 (the quarter 2 report later puts this at 6 December 2077).",
  ["Slipping"], ["Stalled"],
  [
    [AGENDA, T1_COUNCIL],
    [AGENDA, T1_STATUS],
    [AGENDA, "Leicester signed its grant agreement on 6 July, three weeks later than planned, and its data protection impact assessment with the integrated care board is still open."],
  ],
  "Word, transposed table: Leicester is the third column. Stalled is Cornwall's, in the next column of the same row.");

q("status_lookup",
  "how bad is the risk about the register regs being late now - whats it scored?",
  "CNIS-R1 (the regulations for the register are laid late, delaying the guidance on home visits) is Red: current likelihood 4 x impact 4 = 16, up from an inherent score of 12 (3 x 4), trend increasing. Owner: Lorna Menzies. (Risk register at 15 November 2077.)",
  ["16", "Red"], [],
  [
    [PERF, "CNIS-R1 | The regulations for the register are laid late, leaving councils too little time to prepare and delaying our guidance on home visits (CNIS-M8). | Lorna Menzies | 3 | 4 | 12 | 4 | 4 | 16 | R | ↑ | Ask DfE for a timetable for the regulations; prepare interim guidance that does not depend on them."],
    [PERF, "Risk CNIS-R1 has risen to Red; CNIS-R3 is proposed for closure."],
  ],
  "Web page, risk table with column groups Inherent risk (L, I, Score) and Current risk (L, I, Score, Rating): 12 is the inherent score, 16 the current one. The trend is an arrow in an <abbr title=\"Increasing\">.");

// ---------------------------------------------------------------- table_lookup (7)
q("table_lookup",
  "how much did the task group's survey budget line actualy spend in Q2?",
  "£18,650 in Q2 (July to September 2077), against a Q2 profile of £20,000, on cost centre CY4420 CNIS EHE survey and research (budget holder Owain Livesey). The line's forecast outturn is £36,500 against a budget of £40,000 (-3,500: the fieldwork contract came in under quote).",
  ["18,650"], ["4,200"],
  [[BUDGET, "CY4420 | CNIS EHE survey and research | Owain Livesey | 40,000 | 10,000 | 4,200 | 20,000 | 18,650"]],
  "CSV with two header rows: 'Q2 Jul-Sep' is in the group row over the first of two columns (Profile, Actual) of the field row. 4,200 is the Q1 actual, 20,000 the Q2 profile.");

q("table_lookup",
  "whats the forecast outturn for the whole CNIS budget this year?",
  "£186,180 against a budget of £190,000 for 2077/78, a variance of -£3,820 (an underspend), at period 6 (to 30 September 2077).",
  ["186,180"], [],
  [
    [BUDGET, "| Total |  | 190,000 | 67,000 | 51,050 | 37,000 | 46,000 | 41,500 |  | 44,500 |  | 186,180 | -3,820 |"],
    [PERF, "Contingency used for the Cornwall extension; forecast underspend of £3,820 at period 6."],
  ],
  "CSV Total row; the figure is in the 'Forecast outturn' column after eight quarter columns. The web page's risk CNIS-R6 gives the underspend but not the outturn.");

q("table_lookup",
  "why is the cnis councillor briefing over budget and by how much",
  "By £680: forecast outturn £6,680 against a budget of £6,000 (cost centre CY4440, CNIS councillor briefing - design and print, budget holder Eleri Jaggard). The comment: a reprint of 2,000 copies after a correction to page 7.",
  ["680", "page 7"], [],
  [[BUDGET, "CY4440 | CNIS councillor briefing - design and print | Eleri Jaggard | 6,000 | 1,000 | 950 | 5,000 | 5,730 | 0 |  | 0 |  | 6,680 | 680 | Reprint of 2,000 copies after a correction to page 7"]],
  "CSV: the variance column is 'forecast less budget', so a positive figure is an overspend. '680' is a whole token (6,680 does not match it).");

q("table_lookup",
  "how many kids are on hounslow's register?",
  "253 children on Hounslow's register (Pilot E, London Borough of Hounslow, live from 1 September 2077), as at 10 September 2077. The three live registers list 1,846 between them.",
  ["253"], ["891"],
  [
    [AGENDA, T1_COUNCIL],
    [AGENDA, "Children on register | 702 | 891 | - | - | 253"],
  ],
  "Word, transposed table: Hounslow is the last column; 891 is Norfolk's and 702 Wirral's.");

q("table_lookup",
  "data sharing agreements for the register pilots - what was the q2 target and what did we actually get",
  "CNIS-M2, data-sharing agreements signed by pilot councils with partners (cumulative): Q2 target 12, actual 7, rated Red. The year-end target is 20. Seven agreements are signed, four of them by Wirral; health partners are waiting for national guidance.",
  ["12", "7"], [],
  [
    [PERF, "CNIS-M2 | Data-sharing agreements signed by pilot councils with partners (cumulative) | Eleri Jaggard | 0 | – | 1 | – | 12 | 7 | R | 20"],
    [PERF, "CNIS-M2 Seven agreements are signed, four of them by Wirral."],
  ],
  "Web page: Target and Actual of Q2 are named only by the header rows above them; Q1 had no target (–) and an actual of 1.");

q("table_lookup",
  "how quick are neighbouring councils acknowledging CME referrals - whats the q2 figure?",
  "78%, against a Q2 target of 75% - Green (CNIS-M5). Q1 was 74% against a target of 70%; the baseline is 61% and the year-end target 85%.",
  ["78%"], [],
  [[PERF, "CNIS-M5 | CME referrals acknowledged by a neighbouring council within 5 school days (%) | Zara Nadeem | 61% | 70% | 74% | G | 75% | 78% | G | 85%"]],
  "Web page: four percentages in a row; the Q2 actual is the second of the Q2 group.");

q("table_lookup",
  "who holds the cnis travel and subsistance budget and what's it forecast at",
  "Tomasz Haslam. Cost centre CY4450, CNIS members' travel and subsistence: budget £4,000, forecast outturn £3,000, variance -1,000 - most members attend online.",
  ["Tomasz Haslam", "3,000"], [],
  [[BUDGET, "CY4450 | CNIS members' travel and subsistence | Tomasz Haslam | 4,000 | 1,000 | 410 | 1,000 | 1,120 | 1,000 |  | 1,000 |  | 3,000 | -1,000 | Most members attend online"]],
  "CSV: the budget holder is the third column; the forecast is after the quarter pairs, whose Q3 and Q4 actuals are empty.");

// ---------------------------------------------------------------- people_roles (7)
q("people_roles",
  "who chairs the children not in school task group?",
  "Cllr Rosalind Gaukroger (Calderdale Council, Labour), appointed Chair by the Children and Young People Board when it set up the Task Group on 12 May 2077.",
  ["Rosalind Gaukroger"], ["Lakhani"],
  [
    [TOR, "Cllr Rosalind Gaukroger (Chair) - Calderdale Council - Labour"],
    [TOR, "The Board appointed Cllr Rosalind Gaukroger as Chair and asked the political groups to nominate the other members."],
  ],
  "Plain text: membership typed as 'name (role) - council - group' lines in Annex B; also 'lead_member: Cllr Rosalind Gaukroger (Chair)' on the cover sheet. Cllr Lakhani is Deputy Chair.");

q("people_roles",
  "whos the deputy chair of the cnis group and what party are they",
  "Cllr Yusuf Lakhani (London Borough of Sutton), Liberal Democrat - nominated as Deputy Chair by the Liberal Democrat group.",
  ["Lakhani", "Liberal Democrat"], [],
  [
    [TOR, "Cllr Yusuf Lakhani (Deputy Chair) - London Borough of Sutton - Liberal Democrat"],
    [TOR, "The Conservative group has nominated Cllr Desmond Fazackerley as Vice-Chair and the Liberal Democrat group Cllr Yusuf Lakhani as Deputy Chair."],
  ],
  "Plain text Annex B. Not to be confused with the Vice-Chair (Fazackerley, later Beecroft).");

q("people_roles",
  "who are the subs for the CNIS task group?",
  "Four substitutes for 2077/78, one for each group: Cllr Kwame Ndiaye (Luton Borough Council, Labour), Cllr Edmund Catterick (Central Bedfordshire Council, Conservative), Cllr Sabina Farooqi (Eastleigh Borough Council, Liberal Democrat) and Cllr Alun Prestwich (Cumberland Council, Independent). On 22 September 2077 Cllr Catterick became a member, and the Conservative group is to name a new substitute.",
  ["Ndiaye", "Catterick", "Farooqi", "Prestwich"], [],
  [
    [TOR, "Cllr Kwame Ndiaye - Luton Borough Council - Labour"],
    [TOR, "Cllr Edmund Catterick - Central Bedfordshire Council - Conservative"],
    [TOR, "Cllr Sabina Farooqi - Eastleigh Borough Council - Liberal Democrat"],
    [TOR, "Cllr Alun Prestwich - Cumberland Council - Independent"],
  ],
  "Plain text Annex B, a 'Substitutes' heading over four lines. The notes of 22 September change Catterick's role; an answer that only lists the June substitutes still passes.");

q("people_roles",
  "did anyone declare an interest at the sept cnis meeting?",
  "Yes, two members: Cllr Bronwen Kirkbride - a trustee of Herefordshire Home Educators' Network (items 3 and 4), non-pecuniary; and Cllr Tobias Raistrick - his wife is an education welfare officer at Bristol City Council (item 3). Both stayed and took part.",
  ["Kirkbride", "Raistrick"], [],
  [[NOTES, "DOIs: Cllr Kirkbride - trustee of Herefordshire Home Educators' Network (items 3 and 4), non-pecuniary. Cllr Raistrick - his wife is an education welfare officer at Bristol City Council (item 3). Both stayed and took part."]],
  "PDF of a OneNote page: a bullet under '1. Welcome, apologies, DOIs' in the notes container, which starts below the meeting details while the actions container runs beside it.");

q("people_roles",
  "who sent apologies to the 22 sept task group meeting",
  "Cllr Amara Agbaje; Cllr Kwame Ndiaye substituted for her.",
  ["Agbaje"], ["Fazackerley"],
  [
    [NOTES, "Apologies: Cllr Amara Agbaje"],
    [NOTES, "Subs: Cllr Kwame Ndiaye (for Cllr Agbaje); Cllr Edmund Catterick (Conservative vacancy - see item 5)"],
  ],
  "PDF: the Outlook 'Participants' list names everyone invited, Cllr Agbaje included; the clerk's Present / Subs / Apologies lines say who came. Cllr Fazackerley had stood down, he did not send apologies.");

q("people_roles",
  "who's running the leicester register pilot at the council end?",
  "Anjali Cheetham, Children Missing Education Manager at Leicester City Council - the council lead for Pilot C in Table 1 of the 22 September 2077 pilots paper.",
  ["Anjali Cheetham"], ["Morwenna Tonge"],
  [
    [AGENDA, T1_COUNCIL],
    [AGENDA, "Council lead | Jessica Royle, Head of Education Access | Dr Matthew Farnworth, Principal Education Welfare Officer | Anjali Cheetham, Children Missing Education Manager | Morwenna Tonge, Service Manager, Inclusion | Kiran Unsworth, Head of Pupil Services"],
  ],
  "Word, transposed table: the third column of the 'Council lead' row; Morwenna Tonge is Cornwall's, in the next column.");

q("people_roles",
  "who owns the risk about home ed families seeing the register as hostile",
  "Lorna Menzies owns CNIS-R5 (home-educating families see the register as hostile, harming trust in councils and the LGA's reputation): current score 9 (3 x 3), Amber, no change.",
  ["Lorna Menzies"], ["Eleri Jaggard"],
  [[PERF, "CNIS-R5 | Home-educating families see the register as hostile, harming trust in councils and the LGA's reputation. | Lorna Menzies | 3 | 4 | 12 | 3 | 3 | 9 | A | → | Councillor briefing published 14 September 2077; pilots to share how they involve families, including Gypsy, Roma and Traveller families."]],
  "Web page, risk table: the owner is the third cell. CNIS-R4, the row above, is Eleri Jaggard's.");

// ---------------------------------------------------------------- board_paper (7)
q("board_paper",
  "what were the recs in the register pilots progress paper",
  "That the Task Group: (1) notes the progress of the five pilots set out in Table 1; (2) agrees to extend the Cornwall pilot to 31 January 2078, with an additional grant of £4,500 from the Task Group's contingency; and (3) agrees that officers write to the Department for Education, for signature by the Chair and Vice-Chair, asking for a template data-sharing agreement for registers. (Item 3, 22 September 2077, for decision.)",
  ["31 January 2078", "4,500", "data-sharing agreement"], [],
  [
    [AGENDA, "1. notes the progress of the five pilots set out in Table 1;"],
    [AGENDA, "2. agrees to extend the Cornwall pilot to 31 January 2078, with an additional grant of £4,500 from the Task Group's contingency; and"],
    [AGENDA, "3. agrees that officers write to the Department for Education, for signature by the Chair and Vice-Chair, asking for a template data-sharing agreement for registers."],
  ],
  "Word front sheet with bold inline labels; the recommendations are typed-number paragraphs under a 'Recommendations' heading, the paper's own paragraphs 1-9 restart the numbering below.");

q("board_paper",
  "contact officer for the cnis terms of ref paper + their phone no?",
  "Eleri Jaggard, Senior Adviser, Children and Young People - 020 7946 0388, eleri.jaggard@local.gov.uk (cover sheet of item 2, 16 June 2077).",
  ["Eleri Jaggard", "020 7946 0388"], [],
  [
    [TOR, "contact_officer: Eleri Jaggard"],
    [TOR, "contact_phone: 020 7946 0388"],
  ],
  "Plain text with a YAML-like cover sheet: contact_officer, contact_position, contact_phone and contact_email are separate keys.");

q("board_paper",
  "what did the june ToR paper for the not in school task group ask members to agree?",
  "Four recommendations: that the Task Group agrees the terms of reference at Annex A; notes its membership for 2077/78 at Annex B; agrees the five pilot councils at paragraph 9 and a grant of £18,000 to each; and agrees the work programme at paragraph 13. The paper is for decision (decision_required: yes).",
  ["Annex A", "18,000", "work programme"], [],
  [
    [TOR, "- That the Task Group agrees the terms of reference at Annex A."],
    [TOR, "- That the Task Group agrees the five pilot councils at paragraph 9 and a grant of £18,000 to each."],
    [TOR, "- That the Task Group agrees the work programme at paragraph 13."],
  ],
  "Plain text: the recommendations are a YAML-style list ('recommendations:' then '- ' items) in the cover sheet above the '---' line.");

q("board_paper",
  "is the EHE survey paper for decision? who do i ask about it",
  "No - it is for discussion (item 4, 22 September 2077, 'Elective home education survey 2077: emerging findings'). Contact officer: Owain Livesey, Research Manager, 020 7946 0723, owain.livesey@local.gov.uk.",
  ["discussion", "Owain Livesey"], [],
  [
    [AGENDA, "Purpose of report: For discussion"],
    [AGENDA, "Contact officer: Owain Livesey"],
  ],
  "Word: the second paper's front sheet; the first (item 3) is for decision, with a different contact.");

q("board_paper",
  "what's the cnis q2 performance report asking the TG to do?",
  "Three recommendations (item 3, 8 December 2077): that the Task Group notes performance at the end of quarter 2; agrees to close risk CNIS-R3, as the EHE survey closed on 31 August 2077 with a 72 per cent response; and agrees that officers publish interim guidance on home visits if the regulations have not been laid by 31 January 2078.",
  ["R3", "interim guidance"], [],
  [
    [PERF, "That the Task Group notes performance at the end of quarter 2."],
    [PERF, "That the Task Group agrees to close risk CNIS-R3, as the EHE survey closed on 31 August 2077 with a 72 per cent response."],
    [PERF, "That the Task Group agrees that officers publish interim guidance on home visits if the regulations have not been laid by 31 January 2078."],
  ],
  "Web page: an <ol> under 'Recommendations'.");

q("board_paper",
  "what messages does the EHE survey paper want in the final report",
  "Three proposed messages (paragraph 7): the register duty must be fully funded as a new burden, including the officer time to visit families; a national data standard and a template data-sharing agreement should be in place before 1 September 2078; and councils need a clear route to see a child when there are concerns about the suitability of education. The Task Group endorsed them on 22 September 2077, with funding as the first message.",
  ["new burden", "data standard"], [],
  [
    [AGENDA, "the register duty must be fully funded as a new burden, including the officer time to visit families;"],
    [AGENDA, "a national data standard and a template data-sharing agreement should be in place before 1 September 2078;"],
    [AGENDA, "councils need a clear route to see a child when there are concerns about the suitability of education."],
  ],
  "Word: Word bullets under numbered paragraph 7 of item 4.");

q("board_paper",
  "why has cornwall's register pilot stalled?",
  "Because in August 2077 the supplier of Cornwall Council's case management system withdrew the register module it had offered, and the council is procuring a replacement. It cannot report by 30 November 2077, so it asked for an extension to 31 January 2078 and a further £4,500 to run its existing lists by hand in the meantime.",
  ["supplier", "module"], [],
  [
    [AGENDA, "In August the supplier of the council's case management system withdrew the register module it had offered, and the council is procuring a replacement."],
    [AGENDA, "The supplier of the council's case management system withdrew its register module in August; a replacement is being procured."],
  ],
  "Word: paragraph 5 of item 3, and Cornwall's Comment cell in the transposed table.");

// ---------------------------------------------------------------- fact (5)
q("fact",
  "how many EHE kids did councils know about in april 77",
  "118,340 children in elective home education on 1 April 2077, known to the 110 councils that responded to the survey - 9 per cent more than the same councils knew of a year earlier (108,570).",
  ["118,340"], [],
  [[AGENDA, "Responding councils knew of 118,340 children in elective home education on 1 April 2077, 9 per cent more than the same councils knew of a year earlier (108,570)."]],
  "Word, item 4 paragraph 2.");

q("fact",
  "whats the quorum for cnis",
  "Four members, from at least two political groups. Substitutes count towards the quorum when they attend in place of a member of their own group.",
  ["four", "two"], [],
  [
    [TOR, "A5. Quorum: four members, from at least two political groups."],
    [TOR, "The quorum proposed is four members, from at least two political groups."],
  ],
  "Plain text: Annex A clause A5 and paragraph 5.");

q("fact",
  "when does the not-in-school register duty actually kick in",
  "On 1 September 2078: the Children's Schooling Act 2076 requires councils with education duties to keep a register of children not in school, and the duty comes into force then.",
  ["1 September 2078"], [],
  [[TOR, "The duty comes into force on 1 September 2078."]],
  "Plain text paragraph 1; the Word paper's paragraph 1 says the same.");

q("fact",
  "when's the next cnis meeting after the sept one",
  "Wednesday 8 December 2077 at 11.00 am, at 18 Smith Square and on Microsoft Teams (the Chair said it stays hybrid).",
  ["8 December 2077"], [],
  [
    [AGENDA, "Date of next meeting: Wednesday 8 December 2077, 11.00 am, 18 Smith Square and on Microsoft Teams"],
    [NOTES, "Next meeting: Wed 8 December 2077, 11.00"],
  ],
  "Word agenda, OneNote notes; also Annex C of the June paper.");

q("fact",
  "avg caseload for an EHE officer?",
  "412 children per EHE officer on average (EHE survey 2077, emerging findings). Sixty-three councils (57 per cent) said they could not check the suitability of education for most of the children known to them.",
  ["412"], [],
  [[AGENDA, "The average caseload of an EHE officer is 412 children."]],
  "Word, item 4 paragraph 4.");

// ---------------------------------------------------------------- cross_document (2)
q("cross_document",
  "who's vice chair of the not in school task group now and what council are they from",
  "Cllr Harriet Beecroft (Conservative, West Sussex County Council). She was appointed Vice-Chair at the meeting of 22 September 2077, after Cllr Desmond Fazackerley stood down on 31 August 2077 on becoming Leader of Lancashire County Council.",
  ["Harriet Beecroft", "West Sussex"], [],
  [
    [NOTES, "AGREED: Cllr Beecroft is Vice-Chair from today; Cllr Catterick joins as a member. The group to name a new substitute."],
    [TOR, "Cllr Harriet Beecroft - West Sussex County Council - Conservative"],
  ],
  "The June membership (plain text) names Cllr Fazackerley as Vice-Chair; the September notes (PDF) appoint Cllr Beecroft but do not give her council, which is in the June list.");

q("cross_document",
  "did the cornwall pilot extension get agreed, and what's that pilot now forecast to cost?",
  "Yes. On 22 September 2077 the Task Group agreed to extend the Cornwall pilot to 31 January 2078 with an extra £4,500 from the contingency. The period 6 budget export forecasts the Cornwall pilot grant (CY4414) at £22,500 against its £18,000 budget (variance 4,500; the virement was not yet processed).",
  ["31 January 2078", "22,500"], [],
  [
    [NOTES, "AGREED: (a) progress noted; (b) Cornwall pilot extended to 31 January 2078 with an extra £4,500 from the contingency; (c) letter to DfE asking for a template data-sharing agreement, to be signed by the Chair and the new Vice-Chair (item 5)."],
    [BUDGET, "CY4414 | CNIS pilot grant - Cornwall | Eleri Jaggard | 18,000 | 9,000 | 9,000 | 0 | 0 | 4,500 |  | 4,500 |  | 22,500 | 4,500"],
  ],
  "The Word paper only proposes the extension; the decision is in the OneNote notes and the cost in the CSV's forecast column. The CSV budget column still shows 18,000.");

// ---------------------------------------------------------------- unanswerable (5)
q("unanswerable",
  "what did the december meeting decide about the home visits guidance?",
  "Not in the papers: there are no notes of the 8 December 2077 meeting. The quarter 2 report written for it recommends that officers publish interim guidance on home visits if the regulations have not been laid by 31 January 2078, but no decision is recorded.",
  [], [], [],
  "Tempting: the recommendation of the quarter 2 report, or the September decisions.");

q("unanswerable",
  "who's the new conservative sub on the task group now catterick has moved up?",
  "Not stated: the notes of 22 September 2077 say the Conservative group is to name a new substitute (an action for Tomasz Haslam by 13 October); no name appears in the papers.",
  [], [], [],
  "Tempting: Cllr Edmund Catterick himself (the June substitute) or another group's substitute.");

q("unanswerable",
  "whats jessica royle's phone number",
  "Not in the papers: Jessica Royle (Head of Education Access, Wirral Council) is named as the Wirral pilot's lead, but no phone number or email is given for her. The numbers in the papers are LGA officers'.",
  [], [], [],
  "Tempting: 020 7946 0388 (Eleri Jaggard, the pilots paper's contact officer).");

q("unanswerable",
  "how many of the home ed children in the survey have got an EHCP?",
  "Not known from the papers: the survey did not ask. At the meeting of 22 September 2077 Owain Livesey said he would ask the five pilots (action by 3 November); no figure is reported.",
  [], [], [],
  "Tempting: the 10% of cases whose recorded reason is 'Special educational needs not met' (Table 2), which is not EHCPs.");

q("unanswerable",
  "what was the CME resolution time in q3",
  "Not in the papers: the performance report covers quarters 1 and 2 of 2077/78 only (CNIS-M4 was 31 days in Q1 and 33 in Q2, against targets of 30 and 28); no quarter 3 figure is given.",
  [], [], [],
  "Tempting: the Q2 figure (33) or the commentary's 27 days without referrals of families who moved abroad.");

const want = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
const got = {};
for (const g of Q) got[g.category] = (got[g.category] ?? 0) + 1;
if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error("categories " + JSON.stringify(got));
const lines = Q.map((g, i) => {
  const o = { id: `ap${String(i + 1).padStart(3, "0")}`, question: g.question, category: g.category };
  if (g.category === "unanswerable") o.found = false;
  Object.assign(o, { answer: g.answer, must_include: g.must_include, must_not_include: g.must_not_include, evidence: g.evidence, notes: g.notes });
  return JSON.stringify(o);
});
writeFileSync(join(root, "gold.jsonl"), lines.join("\n") + "\n");
console.log(`wrote gold.jsonl: ${Q.length} questions ${JSON.stringify(got)}`);
