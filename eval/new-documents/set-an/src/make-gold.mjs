// Writes gold.jsonl (40 questions, ids an001-an040) for the Oral Health Improvement Task Group set.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const WIKI = "oral-health-improvement-task-group-wiki-2066-67.txt";
const LIST = "oral-health-delivery-tracker-2066-11.html";
const DOCX = "oral-health-task-group-agenda-2066-11-18.docx";
const NOTES = "oral-health-task-group-notes-2066-11-18.txt";
const PDF = "oral-health-task-group-risk-budget-2066-67-q2.pdf";
const Q = [];
const q = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  Q.push({ category, question, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ---------------- status_lookup 7
q("status_lookup", "which items on the oral health delivery tracker are stalled?",
  "Two items are Stalled (red) on the OHITG Delivery Tracker 2066/67: OHT-04, securing a ring-fenced supervised toothbrushing grant in the next Spending Review (no reply from DHSC to the Chair's letter of 14 July), and OHT-09, the data sharing agreement with NHS England for ward-level dental access data (past its 30/09/2066 target date; NHS England's legal team has not signed).",
  ["OHT-04", "OHT-09"], ["OHT-02", "OHT-11"],
  [[LIST, "OHT-04 | Secure a ring-fenced supervised toothbrushing grant in the next Spending Review | Prevention | Hamza Cardew | Stalled"],
   [LIST, "OHT-09 | Data sharing agreement with NHS England for ward-level dental access data | Access | Gareth Vellacott | Stalled"]],
  "SharePoint list view grouped by Delivery confidence: the two rows sit under the group header 'Delivery confidence : Stalled (2)'.");
q("status_lookup", "whats drifting on the OHITG tracker atm",
  "Four items are Drifting (amber): OHT-02 fluoride varnish good practice guide (case studies awaited, likely January 2067); OHT-06 toolkit for councils consulting on fluoridation schemes (waiting for the Department's revised guidance); OHT-11 care homes survey (38% response against 60% needed); OHT-13 model sugar reduction clause for council contracts (legal advice awaited).",
  ["OHT-02", "OHT-06", "OHT-11", "OHT-13"], ["OHT-04", "OHT-03"],
  [[LIST, "OHT-02 | Good practice guide on fluoride varnish in community settings | Prevention | Hamza Cardew | Drifting"],
   [LIST, "OHT-06 | Toolkit for councils consulting on community water fluoridation schemes | Fluoridation | Saoirse Pagnell | Drifting"],
   [LIST, "OHT-11 | Survey of councils on oral health in care homes | Care homes | Nadia Zubair | Drifting"],
   [LIST, "OHT-13 | Model sugar reduction clause for council leisure and catering contracts | Sugar reduction | Nadia Zubair | Drifting"]],
  "Group 'Delivery confidence : Drifting (4)'. 'Drifting' is the list's own word for amber (key in the list description).");
q("status_lookup", "on the task group wiki page which policy asks are red or amber?",
  "On the OHITG wiki page one ask is Red: A1, a ring-fenced supervised toothbrushing grant of £32 million a year (DHSC, Hamza Cardew). Two are Amber: A2, ward-level NHS dental access data every quarter (NHS England, Gareth Vellacott), and A3, the costs of new fluoridation schemes met by Government rather than the public health grant (DHSC, Saoirse Pagnell).",
  ["A1", "A2", "A3"], ["A4", "A6"],
  [[WIKI, "A1 | A ring-fenced supervised toothbrushing grant for councils of £32 million a year | Department of Health and Social Care | [[User:HCardew|Hamza Cardew]] | {{Status|Red}}"],
   [WIKI, "A2 | Ward-level NHS dental access data published every quarter | NHS England | [[User:GVellacott|Gareth Vellacott]] | {{Status|Amber}}"],
   [WIKI, "A3 | The capital and running costs of new fluoridation schemes met by Government, not from the public health grant"]],
  "Wikitext source: ratings are {{Status|...}} template calls in a wikitable; the lead officer is a piped user link.");
q("status_lookup", "on the delivery tracker what does 'drifting' mean, is it amber?",
  "Yes. The tracker's key says Drifting = amber: slipping, but recoverable with action in hand. (Stalled = red, On course = green, Delivered = blue.)",
  ["amber", "recoverable"], [],
  [[LIST, "Drifting = amber, slipping, but recoverable with action in hand"]],
  "The key is in the SharePoint list description, above the view.");
q("status_lookup", "which risks in the Q2 register have gone up since Q1?",
  "Four risks rose between Quarter 1 and Quarter 2 2066/67: OHR-1 (no toothbrushing grant) from 12 to 16, now High; OHR-2 (NHS England not sharing dental access data) from 9 to 12; OHR-4 (too few councils answering the care homes survey) from 6 to 9; and OHR-6 (meetings without a quorum) from 4 to 6.",
  ["OHR-1", "OHR-2", "OHR-4", "OHR-6"], ["OHR-7"],
  [[PDF, "OHR-1 | The Government does not fund a supervised toothbrushing grant, and councils scale back or stop their programmes | Saoirse Pagnell, Senior Adviser (Public Health) | 4 | 4 | 12 | 16 | High | ▲ Up"],
   [PDF, "OHR-2 | NHS England does not share ward-level dental access data, delaying the commissioned dental access research | Gareth Vellacott, Programme Officer | 4 | 3 | 9 | 12 | Medium | ▲ Up"],
   [PDF, "OHR-4 | Too few councils answer the care homes survey for its findings to be reliable | Nadia Zubair, Head of Programmes | 3 | 3 | 6 | 9 | Medium | ▲ Up"],
   [PDF, "OHR-6 | Vacancies and absences leave meetings of the task group without a quorum | Orla Kinsella, Member Services Officer | 2 | 3 | 4 | 6 | Low | ▲ Up"]],
  "The register is printed rotated 90 degrees on a portrait page (text runs up the page); Q1 and Q2 scores and a Trend arrow with a word.");
q("status_lookup", "hows the care homes survey going? on track?",
  "Not quite: OHT-11, the survey of councils on oral health in care homes, is Drifting (amber). The response rate was 38% at 4 November against the 60% needed for reliable results, and the closing date has been extended to 2 December (target date 31/01/2067, lead Nadia Zubair).",
  ["Drifting", "38%"], ["On course"],
  [[LIST, "Response rate 38% at 4 November against the 60% needed for reliable results. Closing date extended to 2 December."]],
  "The matching risk OHR-4 (Medium, up from 6 to 9) says the same; the meeting also asked for it to be resent in the North West.");
q("status_lookup", "what status is the soft drinks levy ask?",
  "Grey, meaning not started: ask A6, the soft drinks levy extended to milk-based drinks with added sugar (HM Treasury; lead Joel Wadsworth; last reviewed 14 October 2066).",
  ["Grey", "not started"], ["Amber"],
  [[WIKI, "A6 | The soft drinks levy extended to milk-based drinks with added sugar | HM Treasury | [[User:JWadsworth|Joel Wadsworth]] | {{Status|Grey}}"],
   [WIKI, "{{Status|Grey}} not started"]],
  "Grey is explained only in the sentence above the table, which is itself written with the status template.");

// ---------------- table_lookup 7
q("table_lookup", "whats the forecast outturn on the dental access research budget line",
  "£20,000 forecast outturn for dental access research (commissioned), against a budget of £35,000: an underspend of £15,000. Nothing had been spent by 30 September 2066.",
  ["£20,000"], ["£16,000"],
  [[PDF, "Dental access research (commissioned) | £35,000 | £0 | £20,000 | (£15,000)"]],
  "Table 1 of the Q2 paper; the neighbouring row (guides) has a £16,000 forecast.");
q("table_lookup", "how much has the oral health task group spent so far this year (to end of sept)?",
  "£41,470 spent to 30 September 2066, out of a 2066/67 budget of £133,000 (forecast outturn £109,850).",
  ["£41,470"], ["£23,150"],
  [[PDF, "Total | £133,000 | £41,470 | £109,850 | (£23,150)"]],
  "Total row of Table 1.");
q("table_lookup", "who owns OHR-4 and when's it next reviewed",
  "OHR-4 (too few councils answering the care homes survey) is owned by Nadia Zubair, Head of Programmes; its review date is 2 December 2066.",
  ["Nadia Zubair", "2 December 2066"], ["Gareth Vellacott"],
  [[PDF, "OHR-4 | Too few councils answer the care homes survey for its findings to be reliable | Nadia Zubair, Head of Programmes"],
   [PDF, "Closing date extended to 2 December; telephone follow-up of councils that have not replied | 2 December 2066"]],
  "Rotated table: the owner and review date are the third and last columns.");
q("table_lookup", "what's the score on the fluoridation misinformation risk",
  "OHR-7 (misinformation about fluoridation damaging councils' local consultations) scores 12 in Quarter 2 (likelihood 3 × impact 4), Medium, the same as in Quarter 1. Owner Joel Wadsworth, Communications Manager.",
  ["OHR-7", "12", "Medium"], ["High"],
  [[PDF, "OHR-7 | Misinformation about fluoridation damages councils' local consultations | Joel Wadsworth, Communications Manager | 3 | 4 | 12 | 12 | Medium | ► Same"]],
  "'12' is short but appears with OHR-7 and Medium.");
q("table_lookup", "who's running the HWB webinars and how many turned up to the first one",
  "OHT-08, the webinar series for health and wellbeing boards, is led by Gareth Vellacott. The first session, on 20 October 2066, had 212 attendees; the second is booked for 26 January 2067.",
  ["Gareth Vellacott", "212"], [],
  [[LIST, "OHT-08 | Webinar series for health and wellbeing boards (three sessions) | Access | Gareth Vellacott | On course | 31/03/2067 | First session held on 20 October 2066 with 212 attendees."]],
  "Person column (a button beside an initials avatar) and the Latest update column.");
q("table_lookup", "target date for the fluoride varnish guide?",
  "OHT-02, the good practice guide on fluoride varnish in community settings, has a target date of 31/12/2066, but it is Drifting: two case studies (Blackpool and Leicester) are still awaited and publication is now likely in January 2067.",
  ["31/12/2066"], ["31/01/2067"],
  [[LIST, "OHT-02 | Good practice guide on fluoride varnish in community settings | Prevention | Hamza Cardew | Drifting | 31/12/2066"]],
  "The Q2 paper's notes also say the guide slipped to January 2067.");
q("table_lookup", "who last updated the toothbrush packs item on the tracker, and when",
  "OHT-14 (toothbrush and toothpaste packs through family hubs) was last modified on 5 November 2066 by Nadia Zubair (the item's lead is Gareth Vellacott).",
  ["Nadia Zubair", "5 November 2066"], [],
  [[LIST, "41,260 packs handed out by 31 October, against 60,000 planned for the year. Second supplier in place since August. | 5 November 2066 | Nadia Zubair"]],
  "Modified / Modified By columns; the Lead is someone else, so an answer naming only Gareth Vellacott fails.");

// ---------------- people_roles 7
q("people_roles", "who's vice chair of the oral health task group",
  "Cllr Tobias Pinnegar (Wiltshire Council, Conservative) is Vice-Chair of the Oral Health Improvement Task Group for 2066/67. The Chair is Cllr Marisol Crossthwaite.",
  ["Tobias Pinnegar"], ["Lovibond", "Pothecary"],
  [[WIKI, "[[Cllr Tobias Pinnegar]] | Wiltshire Council | Conservative | {{Role|Vice-Chair}}"]],
  "Roles in the wikitable are {{Role|...}} template calls; two Deputy Chairs sit just below.");
q("people_roles", "who are the lib dem subs for OHITG?",
  "One Liberal Democrat substitute: Cllr Ceri Whalley (London Borough of Sutton).",
  ["Ceri Whalley"], ["Trudgeon", "Lovibond"],
  [[WIKI, "[[Cllr Ceri Whalley]] | London Borough of Sutton | Liberal Democrat"]],
  "Separate substitutes wikitable under a bold line; the two Lib Dem members are not substitutes.");
q("people_roles", "apologies at the 18 nov oral health meeting - any subs?",
  "Two apologies: Cllr Barnaby Oakshott (Surrey County Council), for whom Cllr Jonah Bettridge attended as substitute; and Cllr Kester Trudgeon (Somerset Council), with no substitute named.",
  ["Oakshott", "Bettridge", "Trudgeon"], [],
  [[NOTES, "#. Cllr Barnaby Oakshott (Surrey County Council). Cllr Jonah Bettridge attended as his substitute."],
   [NOTES, "#. Cllr Kester Trudgeon (Somerset Council). No substitute was named."]],
  "reStructuredText auto-numbered list ('#.') under 'Apologies:'.");
q("people_roles", "did anyone declare an interest at the november meeting",
  "Yes, two: Cllr Desmond Eckersley declared a non-pecuniary interest in item 4 (supervised toothbrushing) as a trustee of Bright Smiles Blackpool, a charity supplying toothbrushing packs to nurseries; he took part in the discussion but not the decision. Cllr Olwen Isherwood declared a pecuniary interest in item 5 (fluoridation) as she works part-time for a water company in the north of England, and left the room for that item.",
  ["Eckersley", "Isherwood"], [],
  [[NOTES, "Cllr Desmond Eckersley declared a non-pecuniary interest in item 4 as a trustee of Bright Smiles Blackpool"],
   [NOTES, "Cllr Olwen Isherwood declared a pecuniary interest in item 5: she works part-time for a water company in the north of England. She left the room for that item."]],
  "Inside a '.. note:: Declarations of interest' directive, indented.");
q("people_roles", "contact officer for the supervised toothbrushing paper? need a phone no",
  "Hamza Cardew, Policy Adviser (Oral Health): 020 7946 0713, hamza.cardew@local.gov.uk.",
  ["Hamza Cardew", "020 7946 0713"], ["0146", "0274"],
  [[DOCX, "Policy Adviser (Oral Health)"], [DOCX, "020 7946 0713"]],
  "Paper A's front sheet: bold label paragraphs over their values. Paper B's contact (Saoirse Pagnell, 0146) is in the same file.");
q("people_roles", "who did the dental survey presentation at the task group",
  "Dr Benedikt Spoor, Consultant in Dental Public Health, NHS England (North East and Yorkshire), presented the headline results of the 2066 dental epidemiology survey at the meeting of 18 November 2066 (item 3).",
  ["Benedikt Spoor"], [],
  [[NOTES, "Dr Benedikt Spoor presented the headline results of the 2066 survey of five-year-olds."],
   [DOCX, "Presentation by Dr Benedikt Spoor, Consultant in Dental Public Health, NHS England (North East and Yorkshire). No paper."]],
  "Agenda item 3 (auto-numbered in Word) and the notes.");
q("people_roles", "what council and party is cllr khatun",
  "Cllr Farida Khatun is a Labour member of the task group from Leicester City Council.",
  ["Leicester City Council", "Labour"], ["Conservative"],
  [[WIKI, "[[Cllr Farida Khatun]] | Leicester City Council | Labour | {{Role|Member}}"]],
  "The notes also correct her council to Leicester City Council in item 2.");

// ---------------- board_paper 7
q("board_paper", "what are the recs in the toothbrushing paper",
  "Paper A (item 4, 18 November 2066) recommends that the task group: (a) agrees the model specification for supervised toothbrushing in early years settings (paragraphs 3 and 4), for publication in January 2067; (b) agrees that tier 1 should cover settings in the most deprived 20 per cent of areas (paragraph 3(a)); and (c) agrees that officers explore a joint bid with NHS England for funding for tier 2 (paragraph 6(b)).",
  ["model specification", "20 per cent", "joint bid"], [],
  [[DOCX, "agrees the model specification for supervised toothbrushing in early years settings described in paragraphs 3 and 4, for publication in January 2067;"],
   [DOCX, "agrees that tier 1 of the specification should cover settings in the most deprived 20 per cent of areas, as set out in paragraph 3(a); and"],
   [DOCX, "agrees that officers explore a joint bid with NHS England for funding for tier 2 (paragraph 6(b))."]],
  "Recommendation letters (a)-(c) are drawn by Word's list numbering, not typed.");
q("board_paper", "what is the Q2 risk and budget paper asking members to do",
  "It is for information and comment. It recommends that the task group (a) notes the forecast outturn of £109,850 against a budget of £133,000, an underspend of £23,150; (b) agrees that risk OHR-1 (no national funding for supervised toothbrushing) is escalated to the Community Wellbeing Board; and (c) comments on the risk register at Appendix A.",
  ["£23,150", "OHR-1", "Community Wellbeing Board"], [],
  [[PDF, "(a) notes the forecast outturn of £109,850 against a budget of £133,000, an underspend of £23,150;"],
   [PDF, "(b) agrees that risk OHR-1 (no national funding for supervised toothbrushing) is escalated to the Community Wellbeing Board; and"]],
  "Front sheet drawn as a label column beside the values.");
q("board_paper", "how much would the toothbrushing model cost nationally",
  "About £32 million a year to run tiers 1 and 2 in every council area (against an estimated £43 million a year the NHS spends taking out children's decayed teeth). Per child: £11.40 a year in tier 1 and £7.90 in tier 2. The estimate assumes 80 per cent of settings take part and excludes tier 3; a tier-1-only version would cost about £19 million a year.",
  ["£32 million"], [],
  [[DOCX, "about £32 million a year to run tiers 1 and 2 in every council area, against an estimated £43 million a year spent by the NHS on taking out children's decayed teeth."]],
  "Paragraph 4(b) of paper A, with sub-points (i) and (ii).");
q("board_paper", "what does para 5(b) of the fluoridation paper say",
  "Paragraph 5(b) of paper B says the capital cost of the Wear Valley and Derwentside scheme, estimated at £9.6 million, should be met in full by the Department of Health and Social Care, and the running costs of about £310,000 a year should not be charged to the council's public health grant.",
  ["£9.6 million", "£310,000"], [],
  [[DOCX, "the capital cost, estimated at £9.6 million, should be met in full by the Department of Health and Social Care, and the running costs of about £310,000 a year should not be charged to the council's public health grant;"]],
  "The number 5 and the letter (b) exist only in Word's numbering definitions; the second paper's list restarts at 1.");
q("board_paper", "what's tier 1 in the toothbrushing spec",
  "In the paper as proposed (paragraph 3(a)), tier 1 is every early years setting and infant class in the most deprived 20 per cent of areas, brushing every day, with packs for children to brush at home. (At the meeting members changed this to the most deprived 30 per cent.)",
  ["20 per cent", "packs"], [],
  [[DOCX, "tier 1: every early years setting and infant class in the most deprived 20 per cent of areas, brushing every day, with packs for children to brush at home;"]],
  "An answer giving only the amended 30 per cent is not wrong about the decision, but the question asks what the spec says.");
q("board_paper", "when does the wear valley fluoridation consultation close and how many ppl does it cover",
  "It closes on 11 December 2066. The proposed scheme would fluoridate the water supply for about 418,000 people in County Durham, supplied from the Wear Valley and Derwentside water treatment works.",
  ["11 December 2066", "418,000"], [],
  [[DOCX, "The Secretary of State for Health and Social Care is consulting, until 11 December 2066, on a proposal to fluoridate the public water supply for about 418,000 people in County Durham."]],
  "Paper B's summary.");
q("board_paper", "why the underspend on dental access research?",
  "Because the £35,000 commission cannot start until NHS England signs the data sharing agreement (tracker item OHT-09, risk OHR-2). The forecast assumes the first phase, costing £20,000, starts in February 2067; officers will ask for the remaining £15,000 to be carried forward to 2067/68.",
  ["data sharing agreement", "£15,000"], [],
  [[PDF, "Dental access research: the £35,000 commission cannot start until NHS England signs the data sharing agreement (tracker item OHT-09, risk OHR-2)."]],
  "Notes under Table 1.");

// ---------------- fact 5
q("fact", "what % of 5 yr olds had decay in the 2066 survey?",
  "21.4% of five-year-olds in England had visible tooth decay in the 2066 survey, down from 23.0% in 2062 (North West highest at 29.8%, South East lowest at 16.1%).",
  ["21.4%"], ["27.9"],
  [[NOTES, "Across England 21.4% of five-year-olds had visible tooth decay, down from 23.0% in the 2062 survey."]],
  "Paper B gives County Durham's 27.9 per cent; the England figure is only in the notes.");
q("fact", "how many toothbrush packs have gone out so far",
  "41,260 packs had been handed out by 31 October 2066, against 60,000 planned for the year (OHT-14, the family hubs pilot in six councils).",
  ["41,260"], [],
  [[LIST, "41,260 packs handed out by 31 October, against 60,000 planned for the year."]],
  "Also in the Q2 paper's notes.");
q("fact", "whats the quorum for the task group",
  "Four members, including members of at least two political groups.",
  ["four members", "two political groups"], [],
  [[WIKI, "The quorum is four members, including members of at least two political groups."]],
  "Under a === level-3 === wikitext heading.");
q("fact", "when was OHITG set up and by who",
  "It was set up by the Community Wellbeing Board on 24 June 2066 (item 7, decision (b)), to lead the LGA's work on children's oral health in 2066/67.",
  ["24 June 2066", "Community Wellbeing Board"], [],
  [[WIKI, "set up by the [[Community Wellbeing Board]] on 24 June 2066"]],
  "The item and decision are in an inline <ref> footnote.");
q("fact", "how big is the deprivation gap in the kids decay survey",
  "In the 2066 survey 33.7% of five-year-olds in the most deprived fifth of areas had decay, against 11.2% in the least deprived fifth (about three times as common, as paper A puts it).",
  ["33.7%", "11.2%"], [],
  [[NOTES, "In the most deprived fifth of areas 33.7% of children had decay, against 11.2% in the least deprived fifth"]],
  "Item 3 of the notes.");

// ---------------- cross_document 2
q("cross_document", "what did the task group decide on tier 1 coverage for toothbrushing vs what the paper proposed?",
  "Paper A proposed that tier 1 cover settings in the most deprived 20 per cent of areas (paragraph 3(a), recommendation (b)). On 18 November 2066 the task group agreed recommendation (b) with an amendment: tier 1 will cover the most deprived 30 per cent of areas. Hamza Cardew is to revise the specification by 6 January 2067.",
  ["20 per cent", "30 per cent"], [],
  [[DOCX, "agrees that tier 1 of the specification should cover settings in the most deprived 20 per cent of areas, as set out in paragraph 3(a); and"],
   [NOTES, "#. agreed recommendation (b) with an amendment: tier 1 will cover settings in the most deprived 30 per cent of areas, not 20 per cent as proposed in paragraph 3(a) of the paper; and"]],
  "Word paper (auto-numbered) + rST notes ('#.' list).");
q("cross_document", "the stalled NHS data sharing item - whats the risk score on it and what did members agree to do?",
  "The item is OHT-09 (Stalled, past its 30/09/2066 target). Its risk is OHR-2, scored 12 (Medium) in Quarter 2, up from 9. At the 18 November meeting members agreed that the Chair, Cllr Marisol Crossthwaite, should write to the NHS England regional director to press for the agreement, by 30 November 2066 (action 5).",
  ["OHT-09", "OHR-2", "12", "regional director"], [],
  [[LIST, "OHT-09 | Data sharing agreement with NHS England for ward-level dental access data | Access | Gareth Vellacott | Stalled"],
   [PDF, "OHR-2 | NHS England does not share ward-level dental access data, delaying the commissioned dental access research | Gareth Vellacott, Programme Officer | 4 | 3 | 9 | 12 | Medium | ▲ Up"],
   [NOTES, "Members agreed that the Chair should write to the NHS England regional director to press for it (action 5)."]],
  "SharePoint list + rotated PDF register + rST notes.");

// ---------------- unanswerable 5
q("unanswerable", "what was OHT-04 rated at the end of Q1?",
  "Not in the papers: the delivery tracker shows only each item's current delivery confidence (OHT-04 is Stalled, modified 3 November 2066); it keeps no earlier ratings. The risk register has Q1 scores for risks, not for tracker items.",
  [], [], [], "Tempting: the register's Q1 score for OHR-1 (12), which is a risk, not the tracker item.");
q("unanswerable", "who replaced cllr pothecary as deputy chair?",
  "Not stated: the notes of 18 November 2066 say Cllr Anwen Pothecary will stand down on 31 December 2066, the Independent group will nominate a new member and the Deputy Chair post will be filled at the January meeting; no papers of that meeting exist.",
  [], [], [], "Tempting: Cllr Ruth Juckes, the Independent substitute, or Cllr Hedda Lovibond, the other Deputy Chair.");
q("unanswerable", "what did the DHSC say in reply to the chair's toothbrushing letter?",
  "The papers do not say: the tracker records that there has been no reply from the Department of Health and Social Care to the Chair's letter of 14 July 2066.",
  [], [], [], "The only mention is that no reply has been received.");
q("unanswerable", "what did the january meeting decide about the joint bid with NHS England?",
  "Not in the papers: recommendation (c) on the joint bid was deferred on 18 November 2066 to the meeting of 20 January 2067, and there are no papers or notes of that meeting.",
  [], [], [], "Only the deferral exists.");
q("unanswerable", "whats the oral health task group budget for 67/68?",
  "Not in the papers: they give the 2066/67 budget only (£133,000, forecast outturn £109,850); the only mention of 2067/68 is a request to carry forward £15,000.",
  [], [], [], "Tempting: £133,000 (this year) or £15,000 (carry-forward).");

const counts = {};
for (const g of Q) counts[g.category] = (counts[g.category] ?? 0) + 1;
const want = { status_lookup: 7, table_lookup: 7, people_roles: 7, board_paper: 7, fact: 5, cross_document: 2, unanswerable: 5 };
if (JSON.stringify(counts) !== JSON.stringify(want)) throw new Error(JSON.stringify(counts));
const lines = Q.map((g, i) => {
  const o = { id: `an${String(i + 1).padStart(3, "0")}`, question: g.question, category: g.category };
  if (g.category === "unanswerable") o.found = false;
  Object.assign(o, { answer: g.answer, must_include: g.must_include, must_not_include: g.must_not_include, evidence: g.evidence, notes: g.notes });
  return JSON.stringify(o);
});
writeFileSync(join(root, "gold.jsonl"), lines.join("\n") + "\n");
console.log("wrote gold.jsonl", counts);
