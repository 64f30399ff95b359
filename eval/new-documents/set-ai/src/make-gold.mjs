// Writes ../gold.jsonl: the 40 questions of this set with gold answers and verbatim evidence.
//   node src/make-gold.mjs
// Synthetic test fixture: the people, figures and decisions are invented.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./common.mjs";

const PDF = "winter-service-task-group-agenda-papers-2053-10-15.pdf";
const DOCX = "winter-service-task-group-terms-of-reference-delivery-plan-2054-01-23.docx";
const HTML = "winter-service-programme-tracker-2053-54-q3.html";
const TXT = "winter-service-task-group-webcast-transcript-2054-02-04.txt";
const MD = "winter-service-task-group-budget-risk-register-2054-02-04.md";

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) => {
  const g = { id: `ai${String(G.length + 1).padStart(3, "0")}`, question, category };
  if (category === "unanswerable") g.found = false;
  Object.assign(g, { answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });
  G.push(g);
};

// ---------------------------------------------------------------- status_lookup (7)
q("winter tracker q3 - which measures are off course?", "status_lookup",
  "Three of the 14 measures were Off course (○) at the end of quarter 3 2053/54 (31 December 2053): WIN-05, the availability of Project Hoarfrost's electric gritters (68% against 85%, after a battery recall); WIN-09, the shared road weather forecasting options appraisal (not reported; waiting for legal advice; a new date of 10 June 2054 proposed); and WIN-12, grit bins refilled within 5 working days (74% against 90%). In the tracker's key, ○ means 'Off course: will miss the target without a decision by the Task Group.'",
  ["WIN-05", "WIN-09", "WIN-12"], ["WIN-10"],
  [[HTML, "WIN-05 | Project Hoarfrost electric gritters available on treatment days | 85% | 68% | ◐ | ○"],
   [HTML, "WIN-09 | Options for a shared road weather forecasting service appraised and reported to the Task Group | By 4 February 2054 | Not reported | ● | ○"],
   [HTML, "WIN-12 | Reported empty grit bins refilled within 5 working days (sample of 30 councils) | 90% | 74% | – | ○"],
   [HTML, "○ Off course: will miss the target without a decision by the Task Group."],
   [TXT, "The three off course are the availability of the Hoarfrost gritters, WIN-05, which Chidinma will come to under item 6; the forecasting options appraisal, WIN-09, where we are still waiting for legal advice; and grit bin refills, WIN-12."]],
  "pdf2htmlEX page: statuses are symbols explained only by the key on page 1; the Q3 column is the second of two symbol columns (Q2, Q3). WIN-10 was ○ in Q2 but is ◐ in Q3. The transcript also names the three.");
q("status of the gritter drivers measure in the Q3 tracker? are we anywhere near 95%", "status_lookup",
  "WIN-06 (highway authorities with a full complement of trained gritter drivers at 1 November 2053) is At risk (◐) in quarter 3, as it was in quarter 2: 83% against a target of 95%. Authorities report losing drivers to haulage firms that pay more, and the driver recruitment survey (WDP-12) is paused. Lead: Chidinma Redfearn.",
  ["WIN-06", "At risk", "83%"], [],
  [[HTML, "WIN-06 | Highway authorities with a full complement of trained gritter drivers at 1 November 2053 | 95% | 83% | ◐ | ◐"],
   [HTML, "◐ At risk: may miss the target unless the action in the commentary is taken."]],
  "Named by topic, not by reference; the symbol ◐ must be read through the key.");
q("anything on the winter programme tracker that went backwards from q2 to q3?", "status_lookup",
  "Two measures got worse between quarter 2 and quarter 3: WIN-05, Project Hoarfrost gritter availability, from At risk (◐) to Off course (○), 68% against 85% after December's battery recall; and WIN-09, the shared road weather forecasting options appraisal, from On course (●) to Off course (○), because legal advice on joint procurement has not been received. (WIN-12, grit bin refills, was first measured in quarter 3, at Off course.)",
  ["WIN-05", "WIN-09"], [],
  [[HTML, "WIN-05 | Project Hoarfrost electric gritters available on treatment days | 85% | 68% | ◐ | ○"],
   [HTML, "WIN-09 | Options for a shared road weather forecasting service appraised and reported to the Task Group | By 4 February 2054 | Not reported | ● | ○"]],
  "Needs the Q2 and Q3 symbol columns compared and the key's order of symbols. WIN-04 (○→✔), WIN-07 and WIN-14 (●→✔) and WIN-10 (○→◐) improved; WIN-12 went from '–' (not measured) to ○ and may be listed too.");
q("which delivery plan deliverables are stuck atm?", "status_lookup",
  "Two deliverables are Stuck (red) at 23 January 2054: WDP-05, the options paper on a shared road weather forecasting service (due 4 Feb 2054; legal advice on joint procurement through the LGA has not been received), and WDP-12, the survey of gritter driver recruitment and retention (due 28 Feb 2054; paused because the data sharing agreement with the Practice Network has not been signed). Stuck means the deliverable cannot go further without a decision by the Task Group or outside help.",
  ["WDP-05", "WDP-12"], ["WDP-04"],
  [[DOCX, "WDP-05 | Options paper on a shared road weather forecasting service | 4 Feb 2054 | I | A | C | C | R | – | C | C | Stuck | Legal advice on whether councils can procure the service jointly through the LGA has not been received."],
   [DOCX, "WDP-12 | Survey of gritter driver recruitment and retention | 28 Feb 2054 | I | I | C | A | – | R | – | C | Stuck | Paused: the data sharing agreement with the Practice Network has not been signed, so the survey cannot go to its members."],
   [DOCX, "Stuck | Cannot go further without a decision by the Task Group or help from outside the LGA."]],
  "Word RACI matrix in a landscape section: the Status cell is shaded red and carries the word 'Stuck'. WDP-04 is Slow (amber), not Stuck.");
q("whats behind schedule in the task group's delivery plan (v3)? new dates?", "status_lookup",
  "Two deliverables are Slow (behind schedule, to be delivered late by a new date): WDP-04, the bid to the Highways Decarbonisation Fund to extend Project Hoarfrost (due 28 Feb 2054; the Fund's guidance is now expected on 12 February 2054; new date for the bid 31 March 2054), and WDP-09, the written evidence to the Transport Committee inquiry into local roads in severe weather (due 13 Mar 2054; deadline extended, drafting paused for Storm Brangwen; new date 27 March 2054). Two more, WDP-05 and WDP-12, are Stuck.",
  ["WDP-04", "WDP-09"], [],
  [[DOCX, "WDP-04 | Bid to the Highways Decarbonisation Fund to extend Project Hoarfrost to March 2055 | 28 Feb 2054 | C | A | C | R | – | – | C | C | Slow | The Fund’s guidance for bidders is now expected on 12 February 2054. New date for the bid: 31 March 2054."],
   [DOCX, "WDP-09 | Written evidence to the Transport Committee inquiry into local roads in severe weather | 13 Mar 2054 | C | A | R | C | C | – | – | I | Slow | The Committee has extended its deadline. Drafting paused for Storm Brangwen; new date 27 March 2054."],
   [DOCX, "Slow | Behind schedule; expected to be delivered late, by the new date in the comment."]],
  "'Behind schedule' is the key's meaning of the status word 'Slow' (amber shading). Listing the Stuck ones as well is not penalised.");
q("which risks have gone up since october on the winter service risk register", "status_lookup",
  "Four risks have risen since the register was reported on 15 October 2053: WSR1, salt supply disrupted in a long cold spell (now 20, up from 15; Severe); WSR3, Project Hoarfrost vehicles unreliable in extreme cold (12, up from 9); WSR5, joint procurement of a shared forecasting service delayed or not possible (12, up from 6); and WSR7, damage to councils' reputation from untreated footways and empty grit bins (9, up from 6). WSR8 is new.",
  ["WSR1", "WSR3", "WSR5", "WSR7"], ["WSR2"],
  [[MD, "WSR1 | Salt supply disrupted in a long cold spell, leaving authorities below 6 days’ resilience stock | 4 | 5 | 20 | ▲ up from 15"],
   [MD, "WSR3 | Project Hoarfrost vehicles unreliable in extreme cold, so that trial councils withdraw | 4 | 3 | 12 | ▲ up from 9"],
   [MD, "WSR5 | Joint procurement of a shared forecasting service delayed or found not to be possible | 4 | 3 | 12 | ▲ up from 6"],
   [MD, "WSR7 | Damage to councils’ reputation from untreated footways and empty grit bins | 3 | 3 | 9 | ▲ up from 6"],
   [TXT, "On the risk register, four risks have gone up since October."]],
  "Docling-style markdown: the register is split into two tables by a page break; WSR7 is in the second table, whose header row is the WSR6 data row. The transcript says the same aloud. WSR2 went down (8, from 12): an answer listing it is wrong.");
q("is the snow warden toolkit refresh on track?", "status_lookup",
  "Yes. WDP-06, the refresh of the snow warden volunteer toolkit (due 31 Mar 2054), is Moving: under way and on schedule for its due date. The draft was reviewed by the Practice Network on 14 January 2054. Marisol Whiteoak is accountable; the Practice Network (Padraig Donnachie) is responsible.",
  ["WDP-06", "Moving"], [],
  [[DOCX, "WDP-06 | Refresh of the snow warden volunteer toolkit | 31 Mar 2054 | I | – | A | I | – | C | – | R | Moving | Draft reviewed by the Practice Network on 14 January 2054."],
   [DOCX, "Moving | Under way and on schedule for its due date."]],
  "'On track' is not the document's word; its status word is 'Moving' (green shading), defined in the key.");

// ---------------------------------------------------------------- table_lookup (7)
q("forecast outturn on the hoarfrost evaluation budget line?", "table_lookup",
  "£66,500 against a budget of £60,000 (spend to 31 December 2053: £38,200), a forecast overspend of £6,500, because the evaluators need 13 more days to assess the effect of the battery recall in December.",
  ["66,500"], [],
  [[MD, "Project Hoarfrost evaluation (contribution) | 60,000 | 38,200 | 66,500 | 6,500"],
   [MD, "3. Project Hoarfrost evaluation. The forecast is £66,500 against a budget of £60,000, because the evaluators need 13 more days to assess the effect of the battery recall in December."]],
  "Budget table whose two-row header was flattened by the converter: '2053/54 (£)' repeated over three columns and the real column names in the first body row.");
q("how much has WSTG actually spent this year up to end of dec", "table_lookup",
  "£123,310 by 31 December 2053 (period 9), 67 per cent of the 2053/54 budget of £183,500. The forecast outturn is £184,400, an overspend of £900.",
  ["123,310"], [],
  [[MD, "Total | 183,500 | 123,310 | 184,400 | 900"],
   [MD, "2. Spending to 31 December 2053 was £123,310, 67 per cent of the budget."]],
  "WSTG is not written in the papers: it is the Winter Service Task Group's initials.");
q("whats the score on the gritter driver shortage risk", "table_lookup",
  "WSR4, shortage of trained gritter drivers, scores 12 (likelihood 3 × impact 4), in the High band (10 to 16), with no change since October. Owner: Chidinma Redfearn. At the 4 February 2054 meeting Cllr Stansfield questioned the score and Chidinma Redfearn and Kofi Ashurst were asked to review it for June.",
  ["WSR4", "12"], [],
  [[MD, "WSR4 | Shortage of trained gritter drivers | 3 | 4 | 12 | ► no change | Chidinma Redfearn"],
   [MD, "Bands: 1 to 4 Low; 5 to 9 Medium; 10 to 16 High; 20 to 25 Severe."]],
  "Columns headed only 'L' and 'I', explained in the paragraph above the table.");
q("who owns the risk about the road weather data hub licence", "table_lookup",
  "Halina Nowak (Policy Officer, Road Weather and Data) owns WSR6, the road weather data hub licence not being renewed after March 2055. It scores 6 (likelihood 2 × impact 3, Medium), no change; renewal terms are to be agreed with the supplier by September 2054.",
  ["Halina Nowak"], [],
  [[MD, "WSR6 | Road weather data hub licence not renewed after March 2055 | 2 | 3 | 6 | ► no change | Halina Nowak"]],
  "The WSR6 row is the header row of the second half of the register (the converter split the table at the page break and took its first row as the header).");
q("how many highway authorites had 6 days resilience salt stock on 1 nov?", "table_lookup",
  "138 of 152 highway authorities (91%) held at least 6 days' resilience stock of salt at 1 November 2053, against a target of 100%. WIN-01 is At risk (◐) in quarters 2 and 3; the 14 still short have recovery plans with their regional coordinators.",
  ["138"], [],
  [[HTML, "WIN-01 | Highway authorities holding at least 6 days’ resilience stock of salt at 1 November 2053 | 100% of 152 | 91% (138 of 152)"]],
  "Figure in the result cell of a positioned-div table.");
q("who's accountable for getting the hoarfrost extension bid in?", "table_lookup",
  "Jonty Inchbald, Head of Infrastructure and Transport Policy: he has the A on WDP-04 (bid to the Highways Decarbonisation Fund to extend Project Hoarfrost to March 2055). Chidinma Redfearn (CR) is Responsible for doing the work; the Chair (DK), MW, KA and PD are Consulted. Status Slow; the bid's new date is 31 March 2054. On 4 February 2054 the Task Group delegated sign-off of the bid to him, in consultation with the Chair and Vice-Chair.",
  ["Jonty Inchbald"], [],
  [[DOCX, "WDP-04 | Bid to the Highways Decarbonisation Fund to extend Project Hoarfrost to March 2055 | 28 Feb 2054 | C | A | C | R | – | – | C | C | Slow"],
   [DOCX, "JI Jonty Inchbald, Head of Infrastructure and Transport Policy"],
   [DOCX, "A Accountable: signs the deliverable off. There is one A on each row."]],
  "RACI matrix: the person is a column headed only by initials (JI), named in the key to initials under the matrix. Chidinma Redfearn is the R, not the A. The transcript agrees: sign-off delegated to Jonty Inchbald in consultation with the Chair and Vice-Chair.");
q("north west salt stocks at 1 oct 2053 - tonnes and % of planned?", "table_lookup",
  "North West: 158,900 tonnes at 1 October 2053, 92 per cent of planned stock, from 23 responding authorities; 2 authorities were below 70 per cent.",
  ["158,900", "92"], [],
  [[PDF, "North West | 23 | 158,900 | 92 | 2"]],
  "Table 1 of item 3 in the browser-printed web page.");

// ---------------------------------------------------------------- people_roles (7)
q("whos vice chair of the winter service task group", "people_roles",
  "Cllr Rowan Thewlis (Cumberland Council, Labour) is Vice-Chair for 2053/54. The Chair is Cllr Demelza Kellow (Cornwall Council, Liberal Democrat) and the Deputy Chair Cllr Benedict Umpleby (Shropshire Council, Conservative).",
  ["Rowan Thewlis"], [],
  [[DOCX, "Vice-Chair: Cllr Rowan Thewlis (Cumberland Council, Labour)"],
   [DOCX, "Cllr Rowan Thewlis, Cumberland Council (Vice-Chair)"]],
  "Two-column (newspaper) section of the Word file. Benedict Umpleby is the Deputy Chair: an answer naming him as Vice-Chair is wrong.");
q("who are the lib dem members on winter service TG?", "people_roles",
  "Two: Cllr Demelza Kellow (Cornwall Council), who chairs the Task Group, and Cllr Nessa Lanyon (Somerset Council). The Liberal Democrat substitute is Cllr Callum Mackinlay (Westmorland and Furness Council).",
  ["Demelza Kellow", "Nessa Lanyon"], [],
  [[DOCX, "Cllr Demelza Kellow, Cornwall Council (Chair)"],
   [DOCX, "Cllr Nessa Lanyon, Somerset Council"],
   [DOCX, "Liberal Democrat: Cllr Callum Mackinlay, Westmorland and Furness Council"]],
  "Members listed under group headings ('Liberal Democrat (2)') in a two-column section.");
q("can someone list the WSTG substitues", "people_roles",
  "Substitutes 2053/54 (from version 3, 23 January 2054): Conservative, Cllr Oliver Sledmere (North Northamptonshire Council, from 1 January 2054); Labour, Cllr Sabiha Bhatti (City of Bradford Metropolitan District Council); Liberal Democrat, Cllr Callum Mackinlay (Westmorland and Furness Council); Independent, Cllr Wenna Hosken (Isle of Wight Council). Cllr Piers Dewhirst, the Conservative substitute until 31 December 2053, is now a member.",
  ["Sledmere", "Bhatti", "Mackinlay", "Hosken"], [],
  [[DOCX, "Conservative: Cllr Oliver Sledmere, North Northamptonshire Council (from 1 January 2054)"],
   [DOCX, "Labour: Cllr Sabiha Bhatti, City of Bradford Metropolitan District Council"],
   [DOCX, "Liberal Democrat: Cllr Callum Mackinlay, Westmorland and Furness Council"],
   [DOCX, "Independent: Cllr Wenna Hosken, Isle of Wight Council"]],
  "Piers Dewhirst was a substitute until 31 December 2053; an answer that gives him as a current substitute is out of date (not a must_not, since a good answer may mention the change).");
q("apologies at the 4 feb winter service meeting? any subs", "people_roles",
  "Apologies from Cllr Benedict Umpleby, with Cllr Oliver Sledmere attending as his substitute, and from Cllr Farida Rasul, with no substitute. Nine members and one substitute were present, so the meeting was quorate.",
  ["Umpleby", "Sledmere", "Rasul"], [],
  [[TXT, "We have apologies from Councillor Umpleby, and Councillor Sledmere is here in the room as his substitute. We also have apologies from Councillor Rasul, with no substitute."]],
  "Attendance read out by the clerk at the start of the webcast transcript; there is no attendance list.");
q("any declarations of interest at the feb 2054 WSTG meeting?", "people_roles",
  "Two. Cllr Dilys Prydderch: her husband is a director of a haulage firm in Hereford that has moved salt for councils under the Protocol; she did not think it pecuniary but would not take part in anything about haulage rates. Cllr Nessa Lanyon: cabinet member for highways in Somerset, a Project Hoarfrost trial council, declared for item 6, and abstained in the vote on the extension bid.",
  ["Prydderch", "Lanyon"], [],
  [[TXT, "my husband is a director of a haulage firm in Hereford that has moved salt for some councils under the Protocol."],
   [TXT, "I’m the cabinet member for highways in Somerset, which is one of the Project Hoarfrost trial councils, so I declare that for item 6."]],
  "Declarations said aloud. Cllr Thewlis mentions that Cumberland has asked to join the trial but says it is not a personal interest.");
q("who wrote the electric gritter trial paper and whats their number", "people_roles",
  "Chidinma Redfearn, Senior Adviser, Highways and Transport, is the contact officer for item 4 of 15 October 2053 (Project Hoarfrost: interim findings of the electric gritter trial): 020 7946 0749, chidinma.redfearn@local.gov.uk.",
  ["Chidinma Redfearn", "020 7946 0749"], ["020 7946 0738"],
  [[PDF, "Contact officer | Chidinma Redfearn"],
   [PDF, "Phone no | 020 7946 0749"]],
  "Front sheet as label / value rows in a browser-printed web page; 020 7946 0738 is the salt stocks paper's contact (Marisol Whiteoak).");
q("who replaced cllr tattersall on the task group?", "people_roles",
  "Cllr Piers Dewhirst (Lincolnshire County Council, Conservative), until then the Conservative substitute, became a member on 1 January 2054 after Cllr Gordon Tattersall (Derbyshire County Council) stood down on 31 December 2053 on becoming Leader of his council. Cllr Oliver Sledmere became the Conservative substitute.",
  ["Piers Dewhirst"], [],
  [[DOCX, "Cllr Piers Dewhirst, until then the Conservative substitute, became a member on 1 January 2054, and Cllr Oliver Sledmere became the Conservative substitute on the same day."],
   [TXT, "Can I welcome Councillor Piers Dewhirst, who joined us as a full member on the 1st of January when Gordon Tattersall stood down"]],
  "In the Word file's changes paragraph and said by the Chair in the transcript.");

// ---------------------------------------------------------------- board_paper (7)
q("what were the recs in the salt stocks paper for the oct meeting", "board_paper",
  "Item 3 of 15 October 2053 (Winter readiness 2053/54: salt stocks and the Salt Sharing Protocol), for decision. That the Task Group: (a) endorses version 2 of the Salt Sharing Protocol for circulation to all highway authorities by 31 October 2053; (b) agrees that the Chair writes to the Department for Transport asking that the national salt reserve be kept at no less than 250,000 tonnes for 2053/54; and (c) notes the results of the salt stock survey.",
  ["version 2", "250,000"], [],
  [[PDF, "(a) endorses version 2 of the Salt Sharing Protocol (paragraphs 6 to 8) for circulation to all highway authorities by 31 October 2053;"],
   [PDF, "(b) agrees that the Chair writes to the Department for Transport asking that the national salt reserve be kept at no less than 250,000 tonnes for 2053/54; and"]],
  "Recommendations as the value of a label row in the printed page; (a)-(c) on lines of their own.");
q("the footways and grit bins survey paper, is that one for decision?", "board_paper",
  "No. Item 5 of 15 October 2053 (Footways and grit bins: survey of councils' policies) is for information. Its recommendation is that the Task Group notes the results of the survey (118 councils responded; the results will inform a good practice note by March 2054). Contact: Temitope Kenyon, Research Officer.",
  ["For information"], [],
  [[PDF, "Purpose of report | For information."],
   [PDF, "Recommendation | That the Task Group notes the results of the survey."]],
  "Purpose label row of the third front sheet; the agenda table also gives 'For information'.");
q("contact officer for item 3 at the 15 oct meeting?", "board_paper",
  "Marisol Whiteoak, Adviser, Winter Service: 020 7946 0738, marisol.whiteoak@local.gov.uk (item 3: Winter readiness 2053/54: salt stocks and the Salt Sharing Protocol).",
  ["Marisol Whiteoak", "020 7946 0738"], ["Cerian Lofthouse"],
  [[PDF, "Contact officer | Marisol Whiteoak"],
   [PDF, "Phone no | 020 7946 0738"]],
  "Cerian Lofthouse is the meeting's contact in the page's meeting details, not the paper's contact officer.");
q("what did the hoarfrost paper in october ask members to agree to", "board_paper",
  "Item 4 (for discussion) asked the Task Group to (a) comment on the interim findings; (b) agree in principle that officers bid to the Department for Transport's Highways Decarbonisation Fund to extend the trial to 31 March 2055 with up to eight councils; and (c) ask for a further report, with the draft bid, to the meeting on 4 February 2054.",
  ["Highways Decarbonisation Fund", "31 March 2055"], [],
  [[PDF, "(b) agrees in principle that officers bid to the Department for Transport’s Highways Decarbonisation Fund to extend the trial to 31 March 2055 with up to eight councils; and"]],
  "Browser-printed page: recommendations of the second front sheet.");
q("recomendations of the budget monitoring paper going to 4 feb?", "board_paper",
  "Item 5 of 4 February 2054 (budget monitoring 2053/54, period 9, and risk register), for decision. That the Task Group: (a) approves a virement of £15,000 from the shared forecasting options line to a new line for the Storm Brangwen review, if the review is agreed under item 3; (b) notes the forecast overspend of £900 and agrees that it is met from the Infrastructure and Transport Policy budget; and (c) notes the risk register in Appendix A.",
  ["15,000", "900"], [],
  [[MD, "(a) approves a virement of £15,000 from the shared forecasting options line to a new line for the Storm Brangwen review"],
   [MD, "(b) notes the forecast overspend of £900 and agrees that it is met from the Infrastructure and Transport Policy budget"]],
  "Front sheet converted to a pipe table whose header row is 'Purpose of report | For decision.'");
q("who do i speak to about the winter service budget & risk paper? need a phone no", "board_paper",
  "Kofi Ashurst, Finance Business Partner: 020 7946 0757, kofi.ashurst@local.gov.uk (contact officer for item 5 of 4 February 2054, budget monitoring and risk register).",
  ["Kofi Ashurst", "020 7946 0757"], [],
  [[MD, "Contact officer | Kofi Ashurst"],
   [MD, "Phone no | 020 7946 0757"]],
  "Label rows of the converted front-sheet table.");
q("what is the Q3 performance tracker paper actually asking the TG to do?", "board_paper",
  "It is for information and discussion. The recommendation is that the Task Group notes the position at the end of quarter 3 and comments on the actions proposed for the measures that are off course (WIN-05, WIN-09, WIN-12). Contact: Halina Nowak, Policy Officer, Road Weather and Data, 020 7946 0753.",
  ["quarter 3", "off course"], [],
  [[HTML, "Recommendation | That the Task Group notes the position at the end of quarter 3 and comments on the actions proposed for the measures that are off course."],
   [HTML, "Purpose of report | For information and discussion."]],
  "Front sheet drawn as positioned lines (label and value as separate divs on one baseline).");

// ---------------------------------------------------------------- fact (5)
q("how much salt did councils have in stock at the start of october 53?", "fact",
  "1.31 million tonnes at 1 October 2053, 94 per cent of the 1.39 million tonnes they planned to hold before the season, according to the 147 of 152 highway authorities that answered the survey. Nine authorities held less than 70 per cent of their planned stock.",
  ["1.31 million", "94"], [],
  [[PDF, "Between them they held 1.31 million tonnes of salt at 1 October 2053, 94 per cent of the 1.39 million tonnes they had planned to hold before the season starts."]],
  "Also in the paper's summary and in the England row of Table 1 (1,310,000).");
q("what range did the electric gritters get when it was below zero", "fact",
  "71 kilometres on a full charge on average in temperatures below zero, against the 96 kilometres claimed by the manufacturer; two routes in York had to be shortened.",
  ["71", "96"], [],
  [[PDF, "Range. In temperatures below zero the gritters averaged 71 kilometres on a full charge, against the 96 kilometres claimed by the manufacturer."]],
  "Interim findings of Project Hoarfrost, paragraph 3 of item 4.");
q("how many salt sharing requests came in during storm brangwen, and how many were met within 48hrs?", "fact",
  "23 requests for salt from 16 authorities over the four days of Storm Brangwen (11 to 14 January 2054); 20 of the 23 were met within 48 hours. The three that were not were all in the North West. About 11,400 tonnes of salt moved between authorities under the Protocol.",
  ["23", "20"], ["17 of 19"],
  [[TXT, "Over those four days the regional coordinators handled 23 requests for salt from 16 authorities, and 20 of the 23 were met within 48 hours."]],
  "Said by an officer in the transcript. The tracker's '17 of 19 requests' is quarter 3 (the December cold spell), not the storm.");
q("what was agreed on storm brangwen at the feb meeting and who's got the action", "fact",
  "The Task Group agreed to commission a review of how the Salt Sharing Protocol worked during Storm Brangwen, jointly with the Winter Service Practice Network, covering haulage, cover for coordinators and invoicing, to report to the meeting on 10 June 2054. Action: Marisol Whiteoak to send members the terms of reference for the review by 20 February 2054. (Under item 5 a virement of £15,000 was approved to pay for it.)",
  ["Marisol", "terms of reference"], [],
  [[TXT, "So, to be clear for the record, the Task Group agrees to commission a review of how the Salt Sharing Protocol worked during Storm Brangwen, jointly with the Practice Network, covering haulage, cover for coordinators and invoicing, to report to our meeting on the 10th of June."],
   [TXT, "The action is for Marisol to send members the terms of reference for the review by the 20th of February."]],
  "Decision and action said aloud by the Chair; the owner is named by first name only (Marisol Whiteoak).");
q("quorum for the winter service task group?", "fact",
  "Four members, who must include members of at least two political groups; a substitute attending in place of a member counts towards the quorum.",
  ["four", "two political groups"], [],
  [[DOCX, "1.5 Quorum. The quorum is four members, who must include members of at least two political groups."]],
  "Terms of reference in the two-column section, as a bold run-in label.");

// ---------------------------------------------------------------- cross_document (2)
q("did DfT agree to keep the national salt reserve at 250k tonnes like we asked?", "cross_document",
  "Yes. In October 2053 the Task Group agreed that the Chair write asking that the national salt reserve be kept at no less than 250,000 tonnes for 2053/54; the letter went on 24 October 2053, and the Minister's reply of 9 December 2053 confirmed the reserve stays at 250,000 tonnes for this winter (tracker WIN-04 Achieved; delivery plan WDP-03 Done). The Department will look at the size of the reserve again before next winter.",
  ["250,000", "Minister"], [],
  [[PDF, "(b) agrees that the Chair writes to the Department for Transport asking that the national salt reserve be kept at no less than 250,000 tonnes for 2053/54; and"],
   [HTML, "WIN-04 | National salt reserve kept at no less than 250,000 tonnes for 2053/54 | 250,000 tonnes | 250,000 tonnes, confirmed by the Minister on 9 December 2053"],
   [DOCX, "Sent on 24 October 2053. The Minister’s reply of 9 December 2053 keeps the reserve at 250,000 tonnes."],
   [TXT, "The Minister replied on the 9th of December, confirming that the national salt reserve will stay at 250,000 tonnes for this winter, so that was a success."]],
  "The ask is in the October papers (PDF); the outcome in the tracker (HTML), the delivery plan (Word) and the transcript.");
q("forecasting options paper - when is it coming now, and what's that risk scored at?", "cross_document",
  "The options paper on a shared road weather forecasting service (due 4 February 2054, Stuck for want of legal advice) now comes to the meeting of 10 June 2054: the tracker proposed the new date (WIN-09) and the Task Group agreed it on 4 February. The related risk, WSR5 (joint procurement of a shared forecasting service delayed or not possible), is scored 12 (likelihood 4 × impact 3, High), up from 6 in October; owner Halina Nowak. The legal advice is expected by the end of February.",
  ["June", "12"], [],
  [[TXT, "agrees the 10th of June as the new date for the forecasting options paper."],
   [HTML, "Action: the Task Group is asked to agree a new date of 10 June 2054."],
   [MD, "WSR5 | Joint procurement of a shared forecasting service delayed or found not to be possible | 4 | 3 | 12 | ▲ up from 6 | Halina Nowak"]],
  "The date is in the tracker (proposed) and the transcript (agreed); the score in the markdown register.");

// ---------------------------------------------------------------- unanswerable (5)
q("who chaired the winter service task group in 2052/53?", "unanswerable",
  "Not in the papers: they give the Task Group's membership for 2053/54 only (Chair Cllr Demelza Kellow, Cornwall Council); nothing says who chaired it in 2052/53.",
  [], [], [], "Tempting to answer Demelza Kellow (2053/54).");
q("what did storm brangwen cost councils in total?", "unanswerable",
  "Not in the papers. They say 23 requests for salt were made under the Protocol during the storm (20 met within 48 hours) and about 11,400 tonnes of salt moved between authorities, and that a review of the Protocol costing about £15,000 was agreed, but no cost of the storm to councils is given.",
  [], [], [], "Tempting to answer £15,000 (the review) or to give tonnes.");
q("what's the task group's budget for 2054/55?", "unanswerable",
  "Not in the papers: only the 2053/54 budget is given (£183,500, forecast outturn £184,400). The budget bid for 2054/55 (WDP-11) is due on 10 June 2054 and had not started at 23 January 2054.",
  [], [], [], "Tempting to answer £183,500 (2053/54).");
q("did the hoarfrost extension bid get funded?", "unanswerable",
  "Not known from the papers. On 4 February 2054 the Task Group voted (8 for, 1 against, 1 abstention) for the bid to the Highways Decarbonisation Fund to go in by 31 March 2054, for up to eight councils within £1.5 million; nothing says whether it was funded.",
  [], [], [], "Only the decision to bid exists.");
q("how many electric gritters is york running in the trial?", "unanswerable",
  "Not stated: the papers say the six trial councils (including York) run 14 battery-electric gritters between them, each leasing between one and four, and that two York routes had to be shortened, but not how many York has.",
  [], [], [], "Tempting to divide 14 by 6 or to answer from the recall (three gritters in Wiltshire and York).");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
