// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or a sentence of a line, taken from
// the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const EML = DOCS.eml, TASKS = DOCS.tasks, OUT = DOCS.outline, RISK = DOCS.risks, U4 = DOCS.unit4;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// the rendering line containing the text
const having = (doc, has) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  return l;
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bz${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which HCM measures were red in q3?", "status_lookup",
  "Two measures were Red (off track) at quarter 3 2561/62 (1 October to 31 December 2561): HCM-04, children turned away from full clubs (3,620 against a limit of 3,150 or fewer for 2561; the highest Christmas demand on record, lead Cllr Ravi Chaudhuri-Lapworth), and HCM-06, clubs taking bookings through the online booking system (9 against a target of 18; the supplier went into administration in November, lead Cllr Lucian Osei-Breckon). At quarter 2 HCM-04 was Amber and HCM-06 Green.",
  ["HCM-04", "HCM-06"], [],
  [[OUT, line(OUT, "HCM-04 ")], [OUT, line(OUT, "Quarter 2: 2,480 children")], [OUT, line(OUT, "HCM-06 ")], [OUT, line(OUT, "Quarter 2: 6 (Green)")], [OUT, line(OUT, "Red: off track")]],
  "PowerPoint Outline/RTF: the measures' table survives only as outline levels – the measure a level-2 paragraph, its target, figures with ratings in brackets, lead and note level-3 paragraphs under it; the colours are words, explained on the 'How we rate' slide.");
q("what got worse between q2 and q3 on the holiday clubs measures", "status_lookup",
  "Four measures were rated worse at quarter 3 than at quarter 2: HCM-04, children turned away from full clubs (Amber to Red, 2,480 to 3,620); HCM-06, clubs taking bookings through the online booking system (Green to Red, 6 to 9 of 18); HCM-08, families told of their club place within 5 working days (Green to Amber, 97% to 93%: two booking backlogs over Christmas took 8 days to clear); and HCM-10, Expansion Fund grants claimed (Green to Amber, £312,400 of £750,000; Pellbridge will need £48,000 less). Three were better: HCM-02 and HCM-07 became Blue (complete) and HCM-09 went from Amber to Green.",
  ["HCM-04", "HCM-06", "HCM-08", "HCM-10"], [],
  [[OUT, line(OUT, "Quarter 2: 2,480 children")], [OUT, line(OUT, "Quarter 2: 6 (Green)")], [OUT, line(OUT, "Quarter 2: 97% (Green)")], [OUT, line(OUT, "Quarter 2: £120,000 (Green)")], [OUT, line(OUT, "4 measures rated worse")]],
  "Compares the two bracketed ratings on each measure's level-3 line; the measure's reference is on the line above. The 'at a glance' slide gives only the count (4 worse, 3 better).");
q("wich actions from the december mtg are still open?", "status_lookup",
  "On the task list printed on Friday 5 March 2562, four of the eight December actions (HFA-41 to HFA-48) were not complete: HFA-43, the Chair's letter to Brightplate Foods' chief executive on the Ambledown central kitchen (Waiting on someone else, 50%, due 15 January 2562); HFA-44, the data-sharing agreement with Brightplate Foods for club attendance data (Not Started, due 29 January 2562, overdue); HFA-46, the joint food safety protocol with directors of public health (In Progress, 60%, due 26 February 2562, overdue); and HFA-45, parent surveys at Otterwick Youth Hub from May 2562 (Not Started, not due until 31 May 2562). HFA-41, HFA-42, HFA-47 and HFA-48 are Completed.",
  ["HFA-43", "HFA-44", "HFA-45", "HFA-46"], [],
  [[TASKS, line(TASKS, "HFA-43 ")], [TASKS, line(TASKS, "HFA-44 ")], [TASKS, line(TASKS, "HFA-46 ")], [TASKS, line(TASKS, "HFA-45 ")], [TASKS, line(TASKS, "Categories: HAFTG Dec 2561 actions")]],
  "Outlook Tasks printed in Table Style: the December actions are the group 'Categories: HAFTG Dec 2561 actions', sorted by due date, their subjects cut short; open means any status but Completed (one is Not Started and not yet due).");
q("is hfa-44 overdue", "status_lookup",
  "Yes. HFA-44, the data-sharing agreement with Brightplate Foods for club attendance data (Dr Idris Monkhouse-Kell, minute 6.3), was due on Friday 29 January 2562 (Fri 29/01/2562) and was still Not Started, 0% complete, when the task list was printed on 5 March 2562.",
  ["Not Started", "29/01/2562"], [],
  [[TASKS, line(TASKS, "HFA-44 ")], [EML, line(EML, "HFA-44 | ")]],
  "The task's row gives status, due date and % complete; 'overdue' is shown only by the row's red colour, so the answer compares the due date with the print date in the footer (05/03/2562).");
q("which risks are red on the haftg risk register?", "status_lookup",
  "Four risks are red (a score of 12 or more): HCR-01, Brightplate Foods does not commit capital to the Ambledown central kitchen before its next investment plan (16); HCR-02, new SEND-inclusive clubs closed for low attendance (12); HCR-05, online booking system not live before the Easter programme (12); and HCR-07, Expansion Fund money not spent by 31 March 2562 and returned (12). In the register the RAG column holds the SharePoint choice object, its \"Value\" being \"Red\".",
  ["HCR-01", "HCR-02", "HCR-05", "HCR-07"], [],
  [[RISK, line(RISK, "HCR-01 | ")], [RISK, line(RISK, "HCR-02 | ")], [RISK, line(RISK, "HCR-05 | ")], [RISK, line(RISK, "HCR-07 | ")], [RISK, line(RISK, "Risk appetite:")]],
  "Power Automate Word template: the RAG cell is the JSON of the choice column ({\"@odata.type\":…,\"Id\":3,\"Value\":\"Red\"}); the slides' 'Risks scoring 12 or more' lists the same four.");
q("which risks have gone up since the last review", "status_lookup",
  "Three risks score more than at the review of 18 November 2561: HCR-01 (Brightplate Foods' capital for the Ambledown central kitchen) from 12 to 16, HCR-05 (online booking system not live before the Easter programme) from 6 to 12, and HCR-07 (Expansion Fund money not spent by 31 March 2562) from 8 to 12. Two fell: HCR-03 from 12 to 9 and HCR-09 from 9 to 3 (now closed).",
  ["HCR-01", "HCR-05", "HCR-07"], [],
  [[RISK, line(RISK, "HCR-01 | ")], [RISK, line(RISK, "HCR-05 | ")], [RISK, line(RISK, "HCR-07 | ")], [OUT, line(OUT, "HCR-05 ")]],
  "Compares the Score and Previous score columns of the generated table ('Previous score is the score at the review of 18 November 2561'); the slides say 'up from' for the three.");
q("which holiday clubs measures are complete?", "status_lookup",
  "Two measures are Blue (complete) at quarter 3 2561/62: HCM-02, clubs visited by a quality assurance officer during the summer programme (98%, final for the summer, against 100%; late visit reports from two areas added in October), and HCM-07, food partner agreements signed (5 of 5; agreements with the Hollin Ford and Brinscote Quay food banks signed in December).",
  ["HCM-02", "HCM-07"], [],
  [[OUT, line(OUT, "HCM-02 ")], [OUT, line(OUT, "Quarter 2: 96% (Green)")], [OUT, line(OUT, "HCM-07 ")], [OUT, line(OUT, "Quarter 2: 3 (Amber)")], [OUT, line(OUT, "Blue: complete")]],
  "'Complete' is Blue in the deck's key; the ratings are words in brackets after each quarter's figure.");

// ------------------------------------------------------------------ table_lookup (7)
q("whats the target for hcm-06 and where is it at", "table_lookup",
  "HCM-06, clubs taking bookings through the online booking system: target 18 by 31 March 2562; 6 at quarter 2 (Green) and 9 at quarter 3 (Red). The supplier went into administration in November and 9 clubs are delayed (see HFA-47). Lead: Cllr Lucian Osei-Breckon.",
  ["18", "9"], [],
  [[OUT, line(OUT, "HCM-06 ")], [OUT, line(OUT, "Target: 18 ")], [OUT, line(OUT, "Quarter 2: 6 (Green)")], [OUT, line(OUT, "Supplier went into administration")]],
  "The measure's target and figures are separate outline paragraphs under its title.");
q("how much have we spent on QA visits so far this yr?", "table_lookup",
  "Quality assurance visits (cost centre E4420, account 4620) show actuals of 98760.00 (£98,760) at period 256109 (December 2561), with 21300.00 committed, against a budget of 142000.00; the forecast outturn is 139500.00, a variance of -2500.00 (£2,500 under budget).",
  ["98760.00"], [],
  [[U4, having(U4, '"4620"')]],
  "Unit4 browser export: one row per cost centre and account, amounts unformatted, the period as YYYYPP; 'QA' is the question's shorthand.");
q("score and owner for HCR-01?", "table_lookup",
  "HCR-01, Brightplate Foods does not commit capital to the Ambledown central kitchen before its next investment plan, scores 16 (likelihood 4 × impact 4), up from 12, and is Red. Its owner is Rosalind Carnmellis, the Programme Manager (the register gives her as i:0#.f|membership|rosalind.carnmellis@local.gov.uk).",
  ["16", "Rosalind Carnmellis"], [],
  [[RISK, line(RISK, "HCR-01 | ")], [OUT, line(OUT, "Rosalind Carnmellis, Programme Manager, Holiday Clubs:")]],
  "The owner is only a SharePoint claims string with her e-mail address; the slides' contacts pair the address with her name and post.");
q("whats the forecast on the leddon youth hub grant", "table_lookup",
  "Leddon Youth Hub (project HC2102, account 5210, Pellbridge's round 1 grant): budget 120000.00, actuals 52400.00, commitments 19600.00 and a forecast of 72000.00, a variance of -48000.00 – £48,000 will not be needed because the school trust is paying for the kitchen refit.",
  ["72000.00"], [],
  [[U4, having(U4, '"HC2102"')], [OUT, line(OUT, "Expansion Fund: £48,000 less")]],
  "A project row under the fund's cost centre; the variance's sign is explained only on the slides ('a minus variance is an underspend').");
q("who has HFA-43 and when was it due", "table_lookup",
  "HFA-43, the Chair's letter to Brightplate Foods' chief executive on the Ambledown central kitchen (minute 6.3), belongs to Cllr Marguerite Thwaite-Corrigan, the Chair, and was due on 15 January 2562. On the task list printed on 5 March 2562 it is 'Waiting on someone else', 50% complete (due Fri 15/01/2562; the task is kept by Rosalind Carnmellis).",
  ["Thwaite-Corrigan", "15 January 2562"], [],
  [[EML, line(EML, "HFA-43 | ")], [TASKS, line(TASKS, "HFA-43 ")]],
  "The minutes' actions table names the Chair; the Outlook task's Owner column is the officer who keeps the task, not the action's owner.");
q("agency staff - how far over budget are we?", "table_lookup",
  "Agency staff (E4410, account 1180) had no budget (0.00) but 18450.00 spent to period 9 and a forecast of 24600.00: £24,600 over budget, as cover for a vacant quality assurance post since October.",
  ["24,600"], [],
  [[OUT, line(OUT, "Agency staff:")], [U4, having(U4, '"1180"')]],
  "The slide gives the overspend in words; the Unit4 row gives a budget of 0.00 and a variance of 24600.00.");
q("L and I on the booking system risk?", "table_lookup",
  "HCR-05, online booking system not live before the Easter programme: likelihood 4, impact 3, score 12 (Red), up from 6 at the November review. Owner Ines Valderrama-Brook; mitigation: a new supplier appointed in January (HFA-47) and paper booking forms at the nine clubs.",
  ["HCR-05", "12"], [],
  [[RISK, line(RISK, "HCR-05 | ")]],
  "The L and I columns of the generated register.");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the holiday activities and food tg?", "people_roles",
  "Cllr Ebenezer Kwarteng-Lisle is Vice-Chair of the Holiday Activities and Food Task Group (the Chair is Cllr Marguerite Thwaite-Corrigan and the Deputy Chair Cllr Philippa Gartree-Noon). He also leads measure HCM-10.",
  ["Kwarteng-Lisle"], [],
  [[EML, line(EML, "Membership: Councillors")], [EML, line(EML, "Present:")]],
  "Roles in brackets in the membership sentence of the approval's Details.");
q("who subbed at the 10 dec meeting and for who", "people_roles",
  "Cllr Ottoline Skerrington substituted for Cllr Ambrose Tiddeman. Cllr Lucian Osei-Breckon also sent apologies but had no substitute; Cllr Bronagh McAteer-Wolde joined online and could not vote.",
  ["Skerrington", "Tiddeman"], [],
  [[EML, line(EML, "Substitute: Cllr")], [EML, sentence(EML, "1.1 The Chair welcomed")]],
  "The draft minutes' attendance in the Details field.");
q("who's the lead member for catering", "people_roles",
  "Cllr Ravi Chaudhuri-Lapworth, lead member for food and catering partners; he leads measures HCM-03, HCM-04 and HCM-07.",
  ["Chaudhuri-Lapworth"], [],
  [[EML, line(EML, "Lead members:")], [OUT, line(OUT, "Lead: Cllr Ravi Chaudhuri-Lapworth")]],
  "The 'Lead members' sentence gives portfolio then name; the slides give each measure's lead.");
q("who replaced cllr prettejohn?", "people_roles",
  "Cllr Farida Okoye-Lumb (Conservative, Pellbridge City Council) replaced Cllr Winslow Prettejohn from 1 February 2562; he stood down on 31 January 2562 and was thanked at the December meeting.",
  ["Okoye-Lumb"], [],
  [[EML, line(EML, "Membership change:")], [EML, sentence(EML, "8.1 The Chair thanked")]],
  "The December minutes list Prettejohn as present; the March membership lists Okoye-Lumb.");
q("who came from brightplate to the december meeting?", "people_roles",
  "Gwendolyn Ashworth-Pike, Director of Operations at Brightplate Foods, attended for item 6 (catering and capacity) and gave a presentation: the programme's clubs turned away 4,200 children in 2560 because their kitchens could not serve more meals.",
  ["Ashworth-Pike"], [],
  [[EML, line(EML, "Also present:")], [EML, sentence(EML, "6.1 Gwendolyn Ashworth-Pike")]],
  "'Also present' in the draft minutes.");
q("who owns the expansion fund underspend risk", "people_roles",
  "HCR-07, Expansion Fund money not spent by 31 March 2562 and returned, is owned by Bartholomew Nyamekye, Finance Business Partner (given in the register as i:0#.f|membership|bartholomew.nyamekye@local.gov.uk). It scores 12 (likelihood 3 × impact 4), up from 8.",
  ["Bartholomew Nyamekye"], [],
  [[RISK, line(RISK, "HCR-07 | ")], [OUT, line(OUT, "Bartholomew Nyamekye, Finance Business Partner")]],
  "Owner as a claims string; the name and post from the slides' contacts.");
q("who are the named subs for haftg?", "people_roles",
  "The named substitutes are Councillors Ottoline Skerrington (Conservative), Jago Polglase-Lyle (Labour) and Priyanka Mehta-Gadd (Liberal Democrat).",
  ["Skerrington", "Polglase-Lyle", "Mehta-Gadd"], [],
  [[EML, line(EML, "Named substitutes:")]],
  "A bold label over a sentence in the Details field.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs on the q3 performance item?", "board_paper",
  "Item 5 on 11 March 2562 asks the Task Group to: (a) note quarter 3 performance and the budget position; (b) agree the HCM-04 recovery plan, including a limit of 2,900 children turned away in 2562; (c) agree that the Pellbridge saving of £48,000 is carried into round 2 of the Expansion Fund, subject to the Department for Education's agreement.",
  ["2,900", "48,000"], [],
  [[OUT, line(OUT, "(a) note quarter 3")], [OUT, line(OUT, "(b) agree the HCM-04")], [OUT, line(OUT, "(c) agree that the Pellbridge")]],
  "The 'Recommendations' slide's level-3 paragraphs.");
q("is item 9 on the march agenda exempt? why", "board_paper",
  "Yes. Item 9, Expansion Fund round 2: assessment of bids (Part B, Bartholomew Nyamekye, for decision), is likely to be considered in private: its report contains information about the financial or business affairs of the bidding councils and their partners (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972). The assessment panel's scores will not be published.",
  ["paragraph 3"], [],
  [[EML, line(EML, "Part B:")], [EML, line(EML, "9 | ")]],
  "The agenda table in the approval's Details and the Part B note under it.");
q("what did the chair change when she signed off the agenda?", "board_paper",
  "She approved the agenda on 3 March 2562 (Power Automate, 8:47 AM UTC) with two changes: minute 5.2 of the draft December minutes should say Pellbridge will not need £48,000 of its award, not £45,800 (confirmed by Bartholomew Nyamekye); and item 7 (new SEND-inclusive clubs) is to be taken before item 6 (Brightplate Foods' expansion plan), because Ms Ashworth-Pike cannot join before 11:45.",
  ["48,000", "45,800", "item 7"], [],
  [[EML, line(EML, "Cllr Marguerite Thwaite-Corrigan | Approve")], [EML, sentence(EML, "5.2 Pellbridge City Council")]],
  "The corrections are only in the approver's comments in the response summary; the Details still carry the draft wording.");
q("any DOIs at the december mtg?", "board_paper",
  "Two declarations: Cllr Hesketh Brammeld, a non-pecuniary interest in item 7 as a trustee of the Otterwick Youth Hub (he took part in the item); and Cllr Tamsin Hollowbread, an interest in item 5 because Cressingford Borough Council holds a round 1 grant from the Fund (she took no part in the discussion of that grant).",
  ["Brammeld", "Hollowbread"], [],
  [[EML, line(EML, "2.1 ")], [EML, line(EML, "2.2 ")]],
  "Numbered paragraphs of the draft minutes in the Details field.");
q("when and where is the march haftg meeting", "board_paper",
  "Thursday 11 March 2562, 10:30 to 13:00 (the Chair's pre-meeting at 10:00), in Room 2.6, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams. The agenda was to be published on Wednesday 3 March 2562.",
  ["11 March 2562", "10:30", "Room 2.6"], [],
  [[EML, line(EML, "Date: Thursday")], [EML, line(EML, "Venue:")]],
  "Label lines at the top of the Details; the e-mail's own Date header is 3 March.");
q("who do i contact about the q3 performance slides? number pls", "board_paper",
  "Rosalind Carnmellis, Programme Manager, Holiday Clubs: 020 7946 0961, rosalind.carnmellis@local.gov.uk. She presents item 5 with Dr Idris Monkhouse-Kell (020 7946 0964); for the budget, Bartholomew Nyamekye (020 7946 0969).",
  ["Rosalind Carnmellis", "020 7946 0961"], [],
  [[OUT, line(OUT, "Rosalind Carnmellis, Programme Manager, Holiday Clubs:")]],
  "The deck's 'Contacts' slide.");
q("what did the tg agree about round 2 of the expansion fund in december", "board_paper",
  "Minute 5.3: the Task Group opened round 2 of the Fund for 2562/63 with £900,000, a maximum of £150,000 a bid, closing on Friday 26 February 2562; asked the Finance Business Partner to publish the prospectus by 18 December (HFA-42, since completed); and will consider the assessment of bids in private in March (item 9) and decide the awards in June 2562.",
  ["900,000", "150,000"], [],
  [[EML, line(EML, "5.3 RESOLVED")]],
  "A resolution with typed (a)–(c) in one paragraph.");

// ------------------------------------------------------------------ fact (5)
q("how many kids got turned away from clubs in 2560", "fact",
  "4,200 children: Ms Ashworth-Pike of Brightplate Foods told the Task Group on 10 December 2561 that the programme's clubs turned away 4,200 children in 2560 because their kitchens could not serve more meals. The limit for 2561 (3,150) was 25% below that.",
  ["4,200"], [],
  [[EML, sentence(EML, "The programme's clubs turned away")], [OUT, line(OUT, "2,480 children by 30 September;")]],
  "A sentence of the presentation minute; the slides give it as the base of the 2561 limit.");
q("why didnt the otterwick club open", "fact",
  "The Otterwick Youth Hub club was held back for a second round of parent surveys, because the first round showed low demand. The Task Group supports opening a club there in 2562 and asked Cllr Hollowbread to arrange parent surveys from May 2562 (HFA-45).",
  ["parent surveys"], [],
  [[EML, sentence(EML, "The Otterwick Youth Hub club was held back")], [OUT, line(OUT, "Otterwick Youth Hub held back")]],
  "Minute 7.1 and the note under HCM-01.");
q("what score does a risk need before it comes to the tg?", "fact",
  "12 or more: the register's note says risks scoring 12 or more are red and are reported to every meeting of the Task Group (scores are likelihood 1–5 × impact 1–5; 1–6 green, 8–10 amber, 12–25 red).",
  ["12 or more"], [],
  [[RISK, line(RISK, "Risk appetite:")]],
  "Static template text between the fields table and the register.");
q("whats the total budget for holiday clubs this year", "fact",
  "£1,260,000 for 2561/62 (1260000.00 on the Unit4 report's unlabelled total row). To period 9 (31 December 2561) £667,230 was spent and £256,100 committed; the forecast is £1,230,600, an underspend of £29,400.",
  ["1,260,000"], [],
  [[OUT, line(OUT, "Budget £1,260,000;")], [U4, lines(U4).find((l) => l.startsWith('"","",'))]],
  "The grand total row of the export has no text at all; the slide gives the same in words.");
q("why is the booking system behind?", "fact",
  "The booking system supplier went into administration in November 2561, so 9 of the 18 clubs were delayed (HCM-06, Red at 9). In December the Task Group asked officers to replace the supplier or agree a new go-live date (HFA-47, completed): a new supplier was appointed in January, with paper booking forms at the nine clubs in the meantime.",
  ["administration"], [],
  [[OUT, line(OUT, "Supplier went into administration")], [EML, sentence(EML, "The booking system supplier went into administration")], [RISK, line(RISK, "HCR-05 | ")]],
  "The note under HCM-06, minute 4.2 and the risk's mitigation.");

// ------------------------------------------------------------------ cross_document (2)
q("the chair says pellbridge wont need 48k - does the finance report back that up?", "cross_document",
  "Yes. The Unit4 report at period 256109 forecasts Leddon Youth Hub (project HC2102, Pellbridge's grant) at 72000.00 against a budget of 120000.00, a variance of -48000.00, which is the whole variance of the Expansion Fund (750000.00 budgeted, 702000.00 forecast). The draft December minutes (5.2) said £45,800; the Chair's sign-off comment corrects it to £48,000, and the item 5 slides show £48,000 less, to be carried into round 2 if the Department for Education agrees.",
  ["48,000", "45,800"], [],
  [[U4, having(U4, '"HC2102"')], [U4, lines(U4).find((l) => l.startsWith('"E4430","",'))], [EML, line(EML, "Cllr Marguerite Thwaite-Corrigan | Approve")], [EML, sentence(EML, "5.2 Pellbridge City Council")]],
  "Unit4 CSV (a project row and the cost centre's subtotal, which carries only its code), the approval's comment and the draft minute it corrects.");
q("december asked for a recovery plan on kids being turned away, has it been done?", "cross_document",
  "Yes. Minute 4.3(b) asked for a recovery plan for HCM-04 at the March meeting (HFA-41, Rosalind Carnmellis, due 25 February 2562). The task list printed on 5 March 2562 shows HFA-41 Completed, 100%, and the plan is a slide of item 5: 3,620 children turned away by 31 December against the limit of 3,150, hot meals at Brightplate Foods' last 14 clubs by 31 March 2562, extra Easter sessions at Ambledown and Hollin Ford, and a proposed limit for 2562 of 2,900 children reported monthly from April 2562 (recommendation (b)).",
  ["HFA-41", "2,900"], [],
  [[EML, line(EML, "HFA-41 | ")], [TASKS, line(TASKS, "HFA-41 ")], [OUT, line(OUT, "Proposed limit for 2562:")]],
  "Minutes' actions (e-mail), the Outlook task row (PDF) and the recovery plan slide (RTF).");

// ------------------------------------------------------------------ unanswerable (5)
q("what was hcm-04 at q4?", "unanswerable",
  "Not in the papers: the latest figures are for quarter 3 2561/62 (HCM-04 at 3,620 children turned away, Red, against 3,150); quarter 4 has not been reported.",
  [], [], [], "Near miss: quarter 2 and 3 figures only.");
q("how many children were turned away at the leddon fields club in 2561", "unanswerable",
  "Not in the papers: the slide 'Children turned away by club, 2561 calendar year' kept only its title when the deck was saved as an outline, and the other papers give only the programme's total (3,620 by 31 December 2561).",
  [], [], [], "Near miss: the chart's title survives in the RTF outline, its figures do not.");
q("whats cllr brammeld's phone number", "unanswerable",
  "Not in the papers: no councillor's telephone number is given; the papers give only the officers' numbers (for example Rosalind Carnmellis, 020 7946 0961).",
  [], [], [], "Near miss: officers' numbers on the contacts slide; the Chair's e-mail address in the approval.");
q("which councils won round 2 expansion fund money?", "unanswerable",
  "Not decided in the papers: round 2 closed on 26 February 2562, the bids' assessment is item 9 in private on 11 March, and the awards are to be decided in June 2562; only round 1's six grants are held.",
  [], [], [], "Near miss: round 1's projects are in the Unit4 report; round 2 is exempt and undecided.");
q("what did the tg decide on the turned-away recovery plan on 11 march?", "unanswerable",
  "Not in the papers: they come before the meeting of 11 March 2562, so they hold only the recommendation to agree the HCM-04 recovery plan with a limit of 2,900 for 2562, not the decision.",
  [], [], [], "Near miss: the recommendation is held, the decision is not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl: ${G.length} questions`);
