// Writes gold.jsonl: 40 questions af001–af040 with gold answers, must_include / must_not_include and evidence.
// Each evidence quote is written here as a fragment and looked up in the document's text rendering; the exact
// characters of the rendering (curly apostrophes, dashes) are what goes into gold.jsonl, and a fragment must
// occur in exactly one line of its rendering.
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { ROOT } from "./content.mjs";

const PDF = "cctg-workplan-and-risk-tracker-2041-42-q2.pdf";
const HTML = "cctg-agenda-and-papers-2041-11-20.html";
const MD = "cctg-meeting-notes-2041-11-20.md";
const DOCX = "cctg-terms-of-reference-and-membership-2041-42.docx";
const CSV = "cctg-policy-budget-monitoring-2041-42-p07.csv";

const cache = {};
const lines = (doc) => (cache[doc] ??= readFileSync(join(ROOT, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n"));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function Q(doc, fragment) {
  const re = new RegExp(esc(fragment).replace(/'/g, "['‘’]").replace(/ - /g, " [-–] ").replace(/ +/g, "\\s+"));
  const hits = lines(doc).map((l) => l.match(re)).filter(Boolean);
  if (hits.length !== 1) throw new Error(`${doc}: fragment found in ${hits.length} lines: ${fragment}`);
  return { doc, quote: hits[0][0] };
}

const G = [];
const add = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `af${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence, notes });

// ---------------------------------------------------------------- status_lookup (7)
add("status_lookup", "which cctg workplan actions are stuck at Q2?",
  "Two actions are Stuck (Red) at 30 September 2041 (Quarter 2 2041/42): CCT-A3, pressing the Ministry of Justice for powers for all councils in England to reuse old graves (lead Cassius Muncaster; Slipping in Q1; the Ministry says there is no room for a burial law bill this session and no consultation before 2043), and CCT-C1, the data collection on the number and cost of public health funerals (lead Imelda Pountney; Slipping in Q1; only 96 councils had returned the template by 31 October against a target of 200).",
  ["CCT-A3", "CCT-C1"], [],
  [Q(PDF, "CCT-A3 | Burial space and memorials | Press the Ministry of Justice for powers for all councils in England to reuse old graves | Cassius Muncaster | 31 Dec 2041 | Slipping | Stuck"),
   Q(PDF, "CCT-C1 | Public health funerals | Collect council data on the number and cost of public health funerals and the amounts recovered from estates | Imelda Pountney | 31 Oct 2041 | Slipping | Stuck")],
  "Excel-exported PDF: the Q2 status is a word on a coloured fill in the last column of the first column-page; the commentary is two pages later beside the repeated Ref column. The key (Stuck = Red) is on the last sheet.");
add("status_lookup", "has anything on the crematoria TG tracker actually been delivered yet (Q2)?",
  "Yes, three actions are Delivered (Blue) at Q2 2041/42 (30 September 2041): CCT-A4, faster decisions on exhumation licences (the Ministry of Justice's online licence service went live on 2 September 2041); CCT-B3, updated cremator emissions guidance (Defra published it on 12 June 2041; already Delivered in Q1); and CCT-D1, the framework for planning for winter surges in deaths (published 24 September 2041). Delivered actions are removed from the tracker at the next quarter.",
  ["CCT-A4", "CCT-B3", "CCT-D1"], [],
  [Q(PDF, "CCT-A4 | Burial space and memorials | Secure faster decisions on exhumation licences | Ruairi Coughlan | 30 Sep 2041 | On course | Delivered"),
   Q(PDF, "CCT-B3 | Cremation and the environment | Agree updated cremator emissions guidance with Defra and the Environment Agency | Saskia Hallowes | 30 Jun 2041 | Delivered | Delivered"),
   Q(PDF, "CCT-D1 | Workforce and resilience | Publish a framework for planning for winter surges in deaths (storage, cremator capacity, staffing and mutual aid) | Saskia Hallowes | 30 Sep 2041 | On course | Delivered")],
  "Status words of the tracker's own key; 'Delivered' maps to Blue. CCT-B4 is Paused (grey), not delivered.");
add("status_lookup", "on the cctg tracker what does Paused mean? does it count as red",
  "No. On the tracker's Key sheet, Paused is Grey: 'Stopped by a decision of the Task Group. Not counted as off track.' The red status is Stuck ('Cannot be delivered to plan without a decision or help from the Task Group'). The one Paused action at Q2 is CCT-B4, the response to the consultation on regulating water cremation, paused at the Task Group's request on 18 September 2041 until the Government publishes its impact assessment.",
  ["Grey"], [],
  [Q(PDF, "Paused | Grey | Stopped by a decision of the Task Group. Not counted as off track.")],
  "The key is a separate sheet at the end of the workbook, printed on its own page.");
add("status_lookup", "memorial saftey guide refresh - what was its status in q1 and q2?",
  "CCT-A2 (refresh the good practice guide on memorial safety inspections, jointly with the Memorial Masonry Standards Council; lead Ruairi Coughlan; due 31 Mar 2042) was On course in Q1 2041/42 and is Slipping (Amber) in Q2: drafting is about six weeks behind plan because the Council's technical committee did not meet in August. The first draft went to the 20 November 2041 meeting as item 6.",
  ["On course", "Slipping"], [],
  [Q(PDF, "CCT-A2 | Burial space and memorials | Refresh the good practice guide on memorial safety inspections, jointly with the Memorial Masonry Standards Council | Ruairi Coughlan | 31 Mar 2042 | On course | Slipping"),
   Q(PDF, "Drafting is about six weeks behind plan because the Council's technical committee did not meet in August.")],
  "Q1 and Q2 status columns side by side; the action is named by topic, not by ref.");
add("status_lookup", "which risks are very high on the crematoria task group register?",
  "Only one: CCR-01, some areas run out of burial space before councils have powers to reuse graves or can buy new land (owner Cassius Muncaster, Senior Adviser; likelihood 4, impact 4, score 16, Very high; trend Rising; next review 31 Jan 2042).",
  ["CCR-01"], [],
  [Q(PDF, "CCR-01 | Some areas run out of burial space before councils have powers to reuse graves or can buy new land. | Cassius Muncaster (Senior Adviser, Communities) | 4 | 4 | 16 | Very high")],
  "Risks sheet scaled to fit one page wide; rating words on fills, bands (16 to 25 Very high) on the Key sheet. CCR-04 scores 15, High.");
add("status_lookup", "from the 20 nov cctg notes which actions are already done?",
  "Two actions are marked DONE in the notes of 20 November 2041: publishing the Q2 tracker, the P7 budget report and the draft notes on the members' portal (owner Perpetua Tuckwell, deadline 22 November 2041), and processing the £9,000 virement in the finance system (owner Anouska Veldhuizen, done on 26 November 2041). The others are still open: TODO the Chair's letter to the minister on grave reuse (Cassius Muncaster, 5 December) and updating CCR-02 on the risk register (Cassius Muncaster, 31 December); DOING writing to chief executives of councils that have not returned public health funerals data (Imelda Pountney, 28 November); WAITING confirming the start of Harlow's connection works (Saskia Hallowes); LATER revising the memorial safety guide and launching the consultation (Ruairi Coughlan, scheduled 9 December). The Harlow site visit was CANCELED.",
  ["virement", "tracker"], [],
  [Q(MD, "DONE Publish the Q2 tracker, the P7 budget report and these draft notes on the members' portal #action"),
   Q(MD, "DONE Process the £9,000 virement in the finance system #action")],
  "Logseq task markers (TODO / DOING / DONE / WAITING / LATER / CANCELED) with owner:: properties and DEADLINE lines under each block.");
add("status_lookup", "is R06 (the budget overspend risk) new this qtr or has it gone up",
  "CCR-06 (the Task Group's policy budget is overspent because the cremator cost study needs more consultancy time) is New: added to the register this quarter (position at 30 September 2041). Owner Anouska Veldhuizen (Finance Business Partner); likelihood 2, impact 3, score 6, Medium; next review 31 Dec 2041. Control: a virement from underspending lines to be proposed at period 7.",
  ["New", "Medium"], [],
  [Q(PDF, "CCR-06 | The Task Group's policy budget is overspent because the cremator cost study needs more consultancy time. | Anouska Veldhuizen (Finance Business Partner) | 2 | 3 | 6 | Medium | ● New"),
   Q(PDF, "● New | Added to the register this quarter.")],
  "Asked as 'R06'; the register's refs are CCR-nn. Trend is a symbol plus a word, explained on the Key sheet.");

// ---------------------------------------------------------------- table_lookup (7)
add("table_lookup", "who's leading the crematorium waste heat pilots and whens it due",
  "CCT-B2 (support three pilots that use waste heat from crematoria in local heat schemes) is led by Saskia Hallowes and due 31 March 2042 (31 Mar 2042). It is On course in Q1 and Q2: Harlow, Rotherham and Wigan have signed grant agreements for £20,000 each, and Harlow's connection works start in January 2042.",
  ["Saskia Hallowes"], [],
  [Q(PDF, "CCT-B2 | Cremation and the environment | Support three pilots that use waste heat from crematoria in local heat schemes | Saskia Hallowes | 31 Mar 2042 | On course | On course")],
  "Lead officer and due date are columns of the first column-page.");
add("table_lookup", "what score does the cremator breakdown risk have? L and I pls",
  "CCR-04 (several cremators fail at once during a winter surge in deaths, causing long delays to funerals): likelihood 3, impact 5, score 15, rated High, trend Rising. Owner Saskia Hallowes (Adviser, Environment); next review 31 Dec 2041.",
  ["15", "High"], ["16"],
  [Q(PDF, "CCR-04 | Several cremators fail at once during a winter surge in deaths, causing long delays to funerals. | Saskia Hallowes (Adviser, Environment) | 3 | 5 | 15 | High")],
  "Likelihood and impact are one-letter column headers (L, I). 16 is CCR-01's score.");
add("table_lookup", "how much is the consultancy line forecast to come in at this yr? cctg budget",
  "Consultancy (account 5310, cost centre C4412 Research and evidence) has an annual budget of £24,000 and a forecast outturn of £33,000 at period 7 (October 2041): £9,000 over, for extra analysis of late returns in the cremator cost study (CCT-B1). Actual to date £12,000, with £12,000 committed.",
  ["33,000"], ["51,000"],
  [Q(CSV, "C4412 | Research and evidence | 5310 | Consultancy | 24,000 | 14,000 | 12,000 | 12,000 | 33,000 | 9,000")],
  "Finance-system CSV: quoted amounts with thousands separators. 51,000 is the cost centre total.");
add("table_lookup", "surveys & data colection budget - how much have we spent so far?",
  "Surveys and data collection (account 5320, Research and evidence; budget holder Imelda Pountney): annual budget £18,000, budget to date £10,500, actual spend to date £7,350 at period 7 (to October 2041), with £2,400 committed; forecast outturn £18,000, on budget.",
  ["7,350"], ["12,000"],
  [Q(CSV, "C4412 | Research and evidence | 5320 | Surveys and data collection | 18,000 | 10,500 | 7,350 | 2,400 | 18,000 | 0")],
  "The neighbouring consultancy row has 12,000 actual to date.");
add("table_lookup", "how much sponsorship income are we expecting for the webinars?",
  "£3,500: the forecast for sponsorship income (account 9105, Training and webinars) against a budget of £3,000, so £500 more income than budgeted (the report shows income as negative: -3,500 forecast, -500 variance). £2,500 has been received to date; sponsorship of webinars 5 to 8 is agreed.",
  ["3,500"], [],
  [Q(CSV, "C4414 | Training and webinars | 9105 | Sponsorship income | -3,000 | -1,750 | -2,500 | 0 | -3,500 | -500")],
  "Income as negative amounts; the sign convention is in the report's Note line.");
add("table_lookup", "avg cost of a public health funeral for met districts in the phf paper?",
  "£1,610 per funeral in 2040/41, for the 19 metropolitan districts that returned data (1,105 funerals; 18% of the cost recovered from estates). The average across all 96 returning councils is £1,685.",
  ["1,610"], ["1,720"],
  [Q(HTML, "Metropolitan districts | 19 | 1,105 | £1,610 | 18%")],
  "Google Docs table with inline styles; 1,720 is the unitary authorities' row.");
add("table_lookup", "in the draft memorial guide how often do kerbed memorials need inspecting",
  "At least every 3 years: Table 1 of the item 6 paper (draft refreshed guide on memorial safety inspections, 20 November 2041) gives a minimum interval of 3 years for kerbed and other multi-part memorials, checking each part and the joints between them.",
  ["3 years"], [],
  [Q(HTML, "Kerbed and other multi-part memorials | 3 years | Check each part and the joints between them")],
  "");

// ---------------------------------------------------------------- people_roles (7)
add("people_roles", "who chairs the cemeteries and crematoria TG?",
  "Cllr Marguerite Oakenfold (Labour, Sheffield City Council) chairs the Cemeteries and Crematoria Task Group in 2041/42.",
  ["Marguerite Oakenfold"], [],
  [Q(DOCX, "Chair | Cllr Marguerite Oakenfold – Sheffield City Council (Labour)"),
   Q(MD, "Cllr Marguerite Oakenfold (Chair) - Sheffield, Labour")],
  "Word layout table: the label is the left cell, the name, council and group the right.");
add("people_roles", "whos vice chair of cctg, which council are they from",
  "Cllr Gideon Stallybrass (Conservative) of Shropshire Council is Vice-Chair for 2041/42.",
  ["Gideon Stallybrass", "Shropshire"], [],
  [Q(DOCX, "Vice-Chair | Cllr Gideon Stallybrass – Shropshire Council (Conservative)")],
  "");
add("people_roles", "who are the named subs for the crematoria task group this year",
  "Four substitutes for 2041/42: Cllr Lionel Goodliffe (Conservative, Wychavon District Council), Cllr Bernadette Crouchman (Labour, Stockton-on-Tees Borough Council), Cllr Ewan Liddiard (Liberal Democrat, Stockport Metropolitan Borough Council) and Cllr Nadia Okonedo (Independent, Castle Point Borough Council). A substitute comes from the absent member's own political group and may speak and vote.",
  ["Lionel Goodliffe", "Bernadette Crouchman", "Ewan Liddiard", "Nadia Okonedo"], [],
  [Q(DOCX, "Substitutes | Cllr Lionel Goodliffe – Wychavon District Council (Conservative)"),
   Q(DOCX, "Cllr Bernadette Crouchman – Stockton-on-Tees Borough Council (Labour)"),
   Q(DOCX, "Cllr Ewan Liddiard – Stockport Metropolitan Borough Council (Liberal Democrat)"),
   Q(DOCX, "Cllr Nadia Okonedo – Castle Point Borough Council (Independent)")],
  "Four paragraphs in one right-hand cell of the layout table; only the first shares a line with the label.");
add("people_roles", "who gave apologies for the 20 nov cctg meeting + did anyone send a sub",
  "Two members gave apologies: Cllr Rosalind Ingledew (Conservative, Dacorum), who sent Cllr Lionel Goodliffe (Conservative, Wychavon) as her substitute, and Cllr Piers Wyndlow (Green, Mid Suffolk), who sent no substitute.",
  ["Rosalind Ingledew", "Piers Wyndlow", "Lionel Goodliffe"], [],
  [Q(MD, "Cllr Lionel Goodliffe (Wychavon, Conservative) for Cllr Rosalind Ingledew"),
   Q(MD, "Cllr Piers Wyndlow - no sub")],
  "Logseq attendance as a bullet with child bullets per label (Members present, Substitute, Apologies, Officers, Guest).");
add("people_roles", "who wrote the public health funerals paper? need their phone no",
  "Imelda Pountney, Adviser, Communities, is the contact officer for item 5 (20 November 2041): phone 020 7946 0697, email imelda.pountney@local.gov.uk.",
  ["Imelda Pountney", "020 7946 0697"], [],
  [Q(HTML, "Contact officer: Imelda Pountney"), Q(HTML, "Phone no: 020 7946 0697")],
  "Front-sheet lines in a Google Doc, label and value in different spans separated by a no-break space.");
add("people_roles", "any declerations of interest at the november crematoria TG mtg?",
  "Two: Cllr Declan Ottaway (item 3) – Wigan Council is one of the three heat pilot councils (CCT-B2) and he is its cabinet member for environment; he took no part in the discussion of CCT-B2. Cllr Harriet Featherstonehaugh (item 6) – her brother-in-law is a director of a memorial masonry firm in Harrogate; not a pecuniary interest, so she stayed and took part.",
  ["Declan Ottaway", "Harriet Featherstonehaugh"], [],
  [Q(MD, "Cllr Declan Ottaway: item 3 - Wigan Council is one of the three heat pilot councils (CCT-B2) and he is its cabinet member for environment."),
   Q(MD, "Cllr Harriet Featherstonehaugh: item 6 - her brother-in-law is a director of a memorial masonry firm in Harrogate.")],
  "Nested bullets under a 'Declarations of interest #doi' block.");
add("people_roles", "which cllr is lead member for pauper funerals (phf) on the TG?",
  "Cllr Kofi Amoako (Labour, London Borough of Lewisham) is the Task Group's lead member for public health funerals.",
  ["Kofi Amoako"], [],
  [Q(DOCX, "Public health funerals: Cllr Kofi Amoako")],
  "Lead members are paragraphs in one layout-table cell; the notes also call him 'lead member' at item 5.");

// ---------------------------------------------------------------- board_paper (7)
add("board_paper", "what are the recs in the item 5 public health funerals paper?",
  "Item 5 (20 November 2041, for decision) recommends that the Task Group: (a) agrees to extend the deadline for councils' data returns to 31 January 2042; (b) agrees the three asks of Government in paragraph 9; and (c) asks officers to report the full findings at its meeting on 26 March 2042.",
  ["31 January 2042", "26 March 2042"], [],
  [Q(HTML, "(a) agrees to extend the deadline for councils' data returns to 31 January 2042;"),
   Q(HTML, "(c) asks officers to report the full findings at its meeting on 26 March 2042.")],
  "Headings of the front sheet are bold <p><span> runs, not <h*> elements.");
add("board_paper", "what asks of govt does the phf paper propose",
  "Three asks, in paragraph 9 of item 5: (i) a duty on banks and building societies to release balances of up to £5,000 to a council for funeral costs without a grant of probate; (ii) a new burdens assessment of public health funerals, which have risen by about 9 per cent a year since 2037/38; and (iii) an entitlement to the Funeral Expenses Payment where a council arranges the funeral of someone whose relative would have qualified. At the meeting the Task Group changed ask (i) to balances of up to £10,000.",
  ["probate", "new burdens", "Funeral Expenses Payment"], [],
  [Q(HTML, "a duty on banks and building societies to release balances of up to £5,000 to a council for funeral costs without a grant of probate;"),
   Q(HTML, "a new burdens assessment of public health funerals, which have risen by about 9 per cent a year since 2037/38; and"),
   Q(HTML, "an entitlement to the Funeral Expenses Payment where a council arranges the funeral of someone whose relative would have qualified.")],
  "Paragraph numbers and the roman numerals of the nested list exist only as CSS counters in the published Google Doc.");
add("board_paper", "quick summary of the memorial safety paper (item 6) - what are members being asked to do",
  "Item 6 is for discussion. The LGA and the Memorial Masonry Standards Council are refreshing the 2036 good practice guide on memorial safety inspections, and the Task Group is asked to comment on the first draft, in particular the proposed minimum inspection intervals by type of memorial (Table 1: 5 years for lawn headstones under 1 metre, 3 years for taller headstones and kerbed memorials, every year for mausolea and listed monuments) and the approach to memorials that fail the test (made safe the same day, staked rather than laid flat where possible, and 28 days for the grave owner to arrange a repair). The draft recommends a hand test rather than mechanical topple testers. Officers would then revise it and consult councils from Monday 2 December 2041. Contact: Ruairi Coughlan, Policy Adviser, 020 7946 0358.",
  ["discussion", "intervals"], [],
  [Q(HTML, "Purpose of report | For discussion."),
   Q(HTML, "Recommendation | That the Task Group comments on the draft, in particular the proposed inspection intervals (Table 1) and the approach to memorials that fail the test (paragraph 5).")],
  "This paper's front sheet is a two-column Google Docs table, unlike item 5's label paragraphs.");
add("board_paper", "what did the TG decide on the PHF paper?",
  "At the meeting of 20 November 2041 (item 5, introduced by Imelda Pountney) the Task Group agreed all three recommendations, with one change: (a) the deadline for data returns is extended to 31 January 2042; (b) the asks of Government were agreed, but ask (i) now seeks balances of up to £10,000 (not £5,000), after Cllr Amoako said £5,000 is too low once admin costs are added; (c) the full findings go to the 26 March 2042 meeting.",
  ["10,000", "31 January 2042"], [],
  [Q(MD, "Rec (a) agreed - deadline for data returns extended to 31 January 2042."),
   Q(MD, "Rec (b) agreed with one change: ask (i) to say balances of up to £10,000 (not £5,000).")],
  "Decisions as child bullets of a bold 'Decisions:' block in the Logseq notes.");
add("board_paper", "what happened re grave reuse at the nov meeting",
  "Under item 3 the Task Group noted that CCT-A3 (powers for councils to reuse old graves) has gone to Stuck: the Ministry of Justice says there will be no bill this session and no consultation before 2043. It decided that the Chair will write to the minister responsible for burial law asking for a meeting before the end of January, copied to the Chair of the Public Protection and Communities Board; if there is no progress by March it will consider a joint campaign with the national bereavement bodies. Cassius Muncaster is to draft the Chair's letter by 5 December 2041 (still TODO).",
  ["minister"], [],
  [Q(MD, "Decision: the Chair will write to the minister responsible for burial law asking for a meeting before the end of January, copied to the Chair of the Public Protection and Communities Board."),
   Q(MD, "TODO Draft the Chair's letter to the minister on grave reuse")],
  "The action refers to the decision by a Logseq block reference ((uuid)); the decision block carries the matching id:: property.");
add("board_paper", "whats item 4 on the nov 20 agenda and who's presenting it",
  "Item 4 is 'Policy budget 2041/42: period 7 monitoring', for noting, presented by Anouska Veldhuizen, Finance Business Partner; the paper is a finance report (CSV).",
  ["Anouska Veldhuizen"], ["Imelda Pountney"],
  [Q(HTML, "4 | Policy budget 2041/42: period 7 monitoring | Anouska Veldhuizen, Finance Business Partner | Noting | Finance report (CSV)")],
  "Agenda as a Google Docs table; item 5's presenter is Imelda Pountney.");
add("board_paper", "what did members say on the memorial guide draft, anything change?",
  "At item 6 on 20 November 2041 Ruairi Coughlan introduced the draft with Oren Bulstrode of the Memorial Masonry Standards Council. Cllr Tregidgo said five years is too long for lawn headstones in exposed coastal cemeteries: officers will add a line on local risk factors, but 5 years stays as the minimum. Cllr Penwarden said 28 days is too short for families who live abroad: the draft will say 28 days, extendable to 56 on request. Cllr Sandhar supported staking rather than laying flat. Outcome: officers revise the draft, and the consultation start moves to Monday 9 December 2041 (from 2 December).",
  ["9 December", "56"], [],
  [Q(MD, "Draft to say 28 days, extendable to 56 on request."),
   Q(MD, "Outcome: officers to revise the draft; consultation start moved to Mon 9 December 2041 (from 2 December) to allow time for the changes.")],
  "The paper (HTML) says consultation from 2 December; the notes move it.");

// ---------------------------------------------------------------- fact (5)
add("fact", "how many councils replied to the burial capacity survey this year?",
  "212 of the 296 councils with burial duties responded (72 per cent); the survey closed on 27 September 2041. Early results suggest 41 councils have less than ten years' space left at current rates of burial; the findings go to the Task Group on 29 January 2042.",
  ["212"], ["96"],
  [Q(PDF, "The survey closed on 27 September 2041. 212 of the 296 councils with burial duties responded (72 per cent).")],
  "The figure is in the commentary column, printed two pages after the action's row. 96 is the public health funerals returns.");
add("fact", "total cctg policy budget for 41/42?",
  "£132,000 for 2041/42 (the terms of reference and the Grand Total of the period 7 budget report). At period 7 the forecast outturn is £132,300, £300 over, before the £9,000 virement agreed on 20 November 2041.",
  ["132,000"], [],
  [Q(CSV, "Grand Total | 132,000 | 77,000 | 67,560 | 37,400 | 132,300 | 300"),
   Q(DOCX, "The Task Group manages its own policy budget (£132,000 in 2041/42).")],
  "");
add("fact", "whats quorum for the task group",
  "One third of the members (four), from at least two political groups (terms of reference 2041/42, section 4).",
  ["four"], [],
  [Q(DOCX, "Quorum | One third of the members (four), from at least two political groups.")],
  "");
add("fact", "how many public health funerals did the returning councils do in 40/41 in total",
  "3,052 public health funerals in 2040/41, arranged by the 96 councils that had returned data by 31 October 2041, at an average cost of £1,685; 21 per cent of the cost was recovered from estates.",
  ["3,052"], [],
  [Q(HTML, "All returning councils | 96 | 3,052 | £1,685 | 21%"),
   Q(HTML, "Between them, the 96 councils arranged 3,052 public health funerals in 2040/41 at an average cost of £1,685, and recovered 21 per cent of the cost from estates.")],
  "");
add("fact", "how many ppl have been on the grave shoring webinars?",
  "386 staff from 117 councils attended the first four of the eight safe excavation and grave shoring webinars (CCT-D2, position at 30 September 2041); webinars 5 and 6 are in December 2041.",
  ["386"], [],
  [Q(PDF, "Four of the eight webinars have been held; 386 staff from 117 councils attended.")],
  "The D2 row is on the second page down of the commentary columns (page 4), under the repeated header row.");

// ---------------------------------------------------------------- cross_document (2)
add("cross_document", "CCR-02 - what's its score now after the nov meeting?",
  "15 (still High). The Q2 register (position at 30 September 2041) scores CCR-02, too few councils returning public health funerals data, at likelihood 4 and impact 3, 12, High and Rising. At the meeting of 20 November 2041 members agreed the likelihood should go up from 4 to 5, making the score 15; Cassius Muncaster is to update the register by 31 December 2041.",
  ["15"], [],
  [Q(PDF, "CCR-02 | Too few councils return public health funerals data for the findings to carry weight with Government. | Imelda Pountney (Adviser, Communities) | 4 | 3 | 12 | High"),
   Q(MD, "CCR-02 (PHF data returns): members agreed the likelihood should go up from 4 to 5, making the score 15 (still High).")],
  "The register (PDF) says 12; the later notes (Logseq) change it to 15.");
add("cross_document", "the consultancy overspend in the P7 budget report - how is it being covered, and can the TG agree that itself?",
  "The period 7 report forecasts consultancy (the cremator cost study, CCT-B1) at £33,000 against a budget of £24,000, £9,000 over. On 20 November 2041 the Task Group agreed a virement of £9,000 to consultancy: £5,600 from member meetings and events and £3,400 from printing and design, the two underspends in the report. It can agree this itself: its terms of reference let it agree virements between budget lines of up to £10,000 each (larger ones need the Board). The virement was processed on 26 November 2041.",
  ["5,600", "3,400", "10,000"], [],
  [Q(CSV, "C4412 | Research and evidence | 5310 | Consultancy | 24,000 | 14,000 | 12,000 | 12,000 | 33,000 | 9,000"),
   Q(MD, "Decision: virement of £9,000 to consultancy agreed: £5,600 from member meetings and events and £3,400 from printing and design."),
   Q(DOCX, "It may agree spending within the budget and virements between budget lines of up to £10,000 each.")],
  "Three documents: the CSV line, the decision in the notes and the delegation in the terms of reference.");

// ---------------------------------------------------------------- unanswerable (5)
add("unanswerable", "what was the burial space survey action's status in Q3?",
  "Not in the papers: the tracker gives Q1 and Q2 2041/42 statuses only (CCT-A1 was On course in both, position at 30 September 2041); there is no Q3 status yet.",
  [], [], [], "Tempting to answer On course (Q2).");
add("unanswerable", "who chaired the crematoria task group in 2040/41?",
  "Not stated: the terms of reference give the 2041/42 membership only (Chair Cllr Marguerite Oakenfold); the document history records that version 1.1 set the 2040/41 membership but does not name anyone.",
  [], [], [], "Tempting to answer Marguerite Oakenfold (2041/42).");
add("unanswerable", "whats the CCTG budget for 2042/43",
  "Not given: the papers cover the 2041/42 policy budget only (£132,000); nothing is said about 2042/43.",
  [], [], [], "Tempting to answer £132,000 (2041/42).");
add("unanswerable", "how many public health funerals did sheffield arrange last year",
  "Not in the papers: the item 5 paper gives public health funeral numbers only by type of council (for example 1,105 for the 19 metropolitan districts that returned data), not for individual councils such as Sheffield.",
  [], [], [], "Sheffield is the Chair's council; Table 1 is by council type only.");
add("unanswerable", "how much does an exhumation licence cost now the online service is up?",
  "Not given: the tracker says only that the Ministry of Justice's online licence service went live on 2 September 2041 with a target of ten working days for a decision (CCT-A4, Delivered); no fee is mentioned.",
  [], [], [], "Tempting to answer with the ten-working-day target.");

writeFileSync(join(ROOT, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
const by = {};
for (const g of G) by[g.category] = (by[g.category] ?? 0) + 1;
console.log(`wrote gold.jsonl: ${G.length} questions ${JSON.stringify(by)}`);
