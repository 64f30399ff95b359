// Writes gold.jsonl: 40 questions on the five documents, in the format of ../shared/newdocs-dev/gold.jsonl.
// Evidence quotes are copied from the text/ renderings; src/check-gold.mjs verifies them.
//   node src/make-gold.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOR = "home-adaptations-panel-terms-of-reference-2081-82.txt";
const NOTES = "home-adaptations-panel-notes-2081-11-05.txt";
const DP = "home-adaptations-panel-delivery-plan-2081-82-q2.docx";
const DRAFT = "home-adaptations-panel-test-of-resources-response-draft-2-2081-10-21.pdf";
const NB = "home-adaptations-panel-programme-budget-2081-82-q2.html";

const G = [];
const q = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `ao${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ---------------------------------------------------------------- status_lookup (7)
q("status_lookup", "which of the adaptations delivery plan milestones are slipping at Q2?",
  "Four of the 13 milestones are rated ◆ Slipping at quarter 2 (position at 30 September 2081): DP81-F3 (the LGA response to the review of the DFG test of resources – the consultation opened late and closes on 21 November), DP81-D2 (pilot councils cutting the average time from referral to completion to 26 weeks – 30.3 weeks at 30 September), DP81-W3 (the survey of OTs in council housing and adaptations teams – closed late, results now due in December) and DP81-E3 (four member peer challenges – only two booked).",
  ["DP81-F3", "DP81-D2", "DP81-W3", "DP81-E3"], ["DP81-W2", "DP81-E1"],
  [[DP, "◆ | Slipping | At risk of missing its due date; action is in hand"],
   [DP, "DP81-F3 | LGA response to the review of the DFG test of resources | Nov 2081 | Tamsin Kellaway | ● | ◆ | ⇩"],
   [DP, "DP81-D2 | Pilot councils cut the average time from referral to completion to 26 weeks | Mar 2082 | Marcus Kirkbride | ● | ◆ | ⇩"],
   [DP, "DP81-W3 | Survey of OTs working in council housing and adaptations teams | Oct 2081 | Helena Hindmarsh | ● | ◆ | ⇩"],
   [DP, "DP81-E3 | Four member peer challenges of adaptations services | Mar 2082 | Marcus Kirkbride | ● | ◆ | ⇩"]],
  "Word: the ratings are Wingdings symbols (w:sym, no text of their own) in the Q1 and Q2 columns, named only by the key table (◆ = Slipping). The Q2 column counts, not Q1: DP81-W2 and DP81-E1 were ◆ at Q1 but not at Q2; DP81-D4 is ✗ (Will not be met), not slipping. The summary gives only the count (4).");
q("status_lookup", "is the regional stairlift framework still going ahead? what rating has it got",
  "No. Milestone DP81-D4, a regional framework contract for stairlifts (due March 2082, lead Marcus Kirkbride), is rated ✗ Will not be met at quarter 2. Procurement was paused on 19 September 2081 because only three councils committed to buy through the framework, against the ten needed. The report recommends closing it and carrying it into the 2082/83 delivery plan, which the Panel agreed on 5 November 2081.",
  ["DP81-D4", "not be met"], ["Slipping"],
  [[DP, "DP81-D4 | Regional framework contract for stairlifts | Mar 2082 | Marcus Kirkbride | ● | ✗ | ⇩ | Procurement was paused on 19 September 2081: only three councils committed to buy through the framework, against the ten needed to make it viable."],
   [DP, "✗ | Will not be met | Will not be met in 2081/82"]],
  "The milestone is found by topic. Its symbol ✗ (Wingdings F0FB) is named by the key. The commentary's 'Suppliers say the market is on track to recover in 2082/83' is not its rating.");
q("status_lookup", "what's got better since Q1 in the home adaptations delivery plan",
  "Four milestones have a ⇧ trend (better than at quarter 1): DP81-F1 (Spending Review evidence: ● On schedule → ✓ Delivered, submitted 12 September 2081), DP81-D3 (model fast-track policy for adaptations under £10,000: ○ Not started → ● On schedule), DP81-W2 (40 OT apprenticeship bursaries: ◆ Slipping → ● On schedule, all 40 awarded) and DP81-E1 (waiting times dashboard: ◆ Slipping → ✓ Delivered, published 29 September 2081).",
  ["DP81-F1", "DP81-D3", "DP81-W2", "DP81-E1"], ["DP81-F3", "DP81-D2"],
  [[DP, "Trend: ⇧ better than at quarter 1; ⇨ no change; ⇩ worse than at quarter 1."],
   [DP, "DP81-F1 | Evidence to the Spending Review on the DFG | Sep 2081 | Marcus Kirkbride | ● | ✓ | ⇧"],
   [DP, "DP81-D3 | Model fast-track policy for adaptations costing under £10,000 | Dec 2081 | Tamsin Kellaway | ○ | ● | ⇧"],
   [DP, "DP81-W2 | Fund 40 OT apprenticeship bursaries | Jan 2082 | Helena Hindmarsh | ◆ | ● | ⇧"],
   [DP, "DP81-E1 | Quarterly dashboard of DFG waiting times | Sep 2081 | Bryony Loosemore | ◆ | ✓ | ⇧"]],
  "The trend column is a Wingdings arrow (⇧ F0F1), explained by a key line of symbols under the key table. In the risk table the same arrow means the opposite (a higher, worse score).");
q("status_lookup", "which DP81 milestones have actually been delivered?",
  "Three milestones are rated ✓ Delivered at quarter 2: DP81-F1 (evidence to the Spending Review on the DFG, submitted 12 September 2081), DP81-D1 (the Adaptations Accelerator pilot running in eight councils – all had started by 1 July 2081) and DP81-E1 (the quarterly dashboard of DFG waiting times, first published 29 September 2081 with data from 212 councils).",
  ["DP81-F1", "DP81-D1", "DP81-E1"], ["DP81-D3", "DP81-W2"],
  [[DP, "✓ | Delivered | The milestone has been met"],
   [DP, "DP81-F1 | Evidence to the Spending Review on the DFG | Sep 2081 | Marcus Kirkbride | ● | ✓ | ⇧ | Submitted on 12 September 2081."],
   [DP, "DP81-D1 | Adaptations Accelerator pilot running in eight councils | Jul 2081 | Marcus Kirkbride | ✓ | ✓ | ⇨ | All eight pilots had started by 1 July 2081."],
   [DP, "DP81-E1 | Quarterly dashboard of DFG waiting times | Sep 2081 | Bryony Loosemore | ◆ | ✓ | ⇧ | The first dashboard was published on 29 September 2081 with data from 212 councils."]],
  "✓ (Wingdings F0FC) in the Q2 column. DP81-D3 and DP81-W2 improved but only to ● On schedule.");
q("status_lookup", "whats still open from the actions of the 5 Nov adaptations panel?",
  "At the last update (14 November 2081) five actions were open: A81/10 (TODO – Helena Hindmarsh to bring the OT survey results to the January meeting, deadline 16 January 2082); A81/12 (WAITING – the joint letter from the Chair and Vice-Chair to the Minister for Housing, deadline 12 December 2081, waiting for the Vice-Chair's comments on the draft); A81/13 (TODO – all members to suggest councils for the two unbooked peer challenges, by 5 December 2081); A81/14 (TODO – Marcus Kirkbride to bring a draft 2082/83 delivery plan to the April meeting, by 10 April 2082); and A81/15 (TODO – Anneliese Vorster to agree a date with Luton Borough Council for its complete data return, by 28 November 2081).",
  ["A81/10", "A81/12", "A81/13", "A81/14", "A81/15"], ["A81/09", "A81/11"],
  [[NOTES, "** TODO [#B] A81/10 Bring the OT survey results (DP81-W3) to the January meeting"],
   [NOTES, "** WAITING [#A] A81/12 Joint letter from the Chair and Vice-Chair to the Minister for Housing"],
   [NOTES, "** TODO [#B] A81/13 Suggest councils for the two unbooked peer challenges"],
   [NOTES, "** TODO [#B] A81/14 Bring a draft delivery plan for 2082/83, with DP81-D4 carried into it, to the April meeting"],
   [NOTES, "** TODO [#A] A81/15 Agree a date with Luton Borough Council for its complete data return"]],
  "org-mode: the action's state is the heading keyword; the file's #+TODO line makes WAITING an open state and DONE / CANCELLED closed ones. A81/09 and A81/11 are DONE, A81/16 CANCELLED. Owners are in :PROPERTIES: drawers, deadlines in DEADLINE stamps.");
q("status_lookup", "has the letter to the minister on the grant limit gone out yet??",
  "Not yet. Action A81/12, the joint letter from the Chair and the Vice-Chair to the Minister for Housing (deadline 12 December 2081), is WAITING: on 10 November 2081 the draft letter was sent to the Vice-Chair, Cllr Hamish Urquhart, for his comments. Tamsin Kellaway drafted it.",
  ["WAITING", "Vice-Chair"], [],
  [[NOTES, "** WAITING [#A] A81/12 Joint letter from the Chair and Vice-Chair to the Minister for Housing"],
   [NOTES, "Draft letter sent to the Vice-Chair for his comments."]],
  "The reason sits in the heading's :LOGBOOK: drawer (a state change logged with its time stamp). The test of resources response itself (A81/11) is DONE – a near neighbour.");
q("status_lookup", "which programme risks on the adaptations plan have got worse since q1",
  "Three risks have a ⇧ trend in Table 3, meaning their score has gone up since quarter 1: R81-02 (pilot councils cannot recruit occupational therapists – score 12, owner Helena Hindmarsh), R81-03 (Accelerator grant not spent by 31 March 2082 and returned – score 9, owner Anneliese Vorster) and R81-05 (councils do not take up the member peer challenges – score 6, owner Marcus Kirkbride).",
  ["R81-02", "R81-03", "R81-05"], ["R81-04", "R81-01"],
  [[DP, "In Table 3 the trend arrows show how the score has moved since quarter 1: ⇧ the score has gone up, ⇩ it has gone down, ⇨ it is unchanged."],
   [DP, "R81-02 | Pilot councils cannot recruit occupational therapists, so waiting times do not fall | 4 | 3 | 12 | ⇧"],
   [DP, "R81-03 | Accelerator grant is not spent by 31 March 2082 and has to be returned | 3 | 3 | 9 | ⇧"],
   [DP, "R81-05 | Councils do not take up the member peer challenges | 3 | 2 | 6 | ⇧"]],
  "In the risk table ⇧ means a higher (worse) score, the opposite of the milestone table's ⇧ (better); paragraph 7 says so. R81-04 fell (⇩), R81-01 is unchanged (⇨) though it has the highest score.");

// ---------------------------------------------------------------- table_lookup (7)
q("table_lookup", "how much are we forecasting to spend on the OT bursarys this year?",
  "BL03, OT apprenticeship bursaries: forecast outturn £78,000 against a budget of £60,000 – an overspend of £18,000, for the 12 councils on the waiting list at £1,500 each. £45,000 had been spent by 30 September 2081 (30 of the 40 bursaries paid). A virement of £18,000 from BL06 was proposed to cover it.",
  ["78,000"], ["72,000"],
  [[NB, "BL03 | OT apprenticeship bursaries | £60,000 | £45,000 | £78,000 | £18,000"],
   [NB, "Twelve more councils are on a waiting list; the forecast of £78,000 includes them, subject to the virement below."]],
  "Notebook: a pandas Styler table whose header has a blank corner cell and the index name 'Code' on a second header row. BL02's forecast (£72,000) is the row above.");
q("table_lookup", "gateshead pilot - avg weeks from referral to completion at Q2?",
  "Gateshead Council's average time from referral to completion was 41.6 weeks at quarter 2, down from 43.0 weeks at the baseline – still above 40 weeks. Its second £18,750 instalment is due in January 2082, subject to an improvement plan.",
  ["41.6"], ["44.9", "30.2"],
  [[NB, "Gateshead Council | £37,500 | £18,750 | First instalment paid July 2081; second due January 2082, subject to an improvement plan | 43.0 | 41.6"]],
  "The table is printed with box-drawing characters inside a <pre>: the Instalments cell wraps over three lines and the header 'Weeks: Q2' over two, so the row must be read across its physical lines. Luton (44.9) is the row above.");
q("table_lookup", "how much has actually been spent on the regional events budget line so far",
  "£6,200 had been spent on BL06, regional good practice events, by 30 September 2081, against a budget of £42,000. The forecast is £21,000 (an underspend of £21,000) because three of the four events moved online.",
  ["6,200"], ["4,800", "22,400"],
  [[NB, "BL06 | Regional good practice events | £42,000 | £6,200 | £21,000 | (£21,000)"],
   [NB, "BL06 Three of the four regional good practice events have moved online, so their costs are lower."]],
  "The 'Spent to 30 Sep' column; neighbouring rows BL05 (£22,400) and BL07 (£4,800).");
q("table_lookup", "total forecast outturn for the home adaptations programme budget 81/82?",
  "£599,750 against the budget of £640,000, a forecast underspend of £40,250 at 30 September 2081 (spend to date £305,800).",
  ["599,750"], [],
  [[NB, "Total | Total | £640,000 | £305,800 | £599,750 | (£40,250)"]],
  "The Total row of the Styler table repeats 'Total' in the Budget line column (a quirk of how the notebook built it); underspends are in brackets. The recommendation also states it.");
q("table_lookup", "in the means test consultation, how many applicants a year would the £10k threshold proposal affect?",
  "About 14,300 applicants a year, according to Table 1 of the draft response (proposal 1: no test of resources for adaptations costing less than £10,000, up from £5,000; the Government's impact assessment as revised on 17 October 2081). The proposed LGA view is to support it.",
  ["14,300"], ["12,400"],
  [[DRAFT, "1 | No test of resources for adaptations costing less than £10,000 (now £5,000) | 14,300 | Support"]],
  "PDF printed with tracked changes: the cell shows the inserted 14,300 underlined in colour, while the old figure appears only in a margin balloon 'Deleted: 12,400' beside the row. What the draft now says counts.");
q("table_lookup", "what's the risk score for OT recruitment in the pilot councils",
  "R81-02 (pilot councils cannot recruit occupational therapists, so waiting times do not fall) scores 12: likelihood 4 × impact 3. Its score has gone up since quarter 1; the owner is Helena Hindmarsh.",
  ["12"], ["16"],
  [[DP, "R81-02 | Pilot councils cannot recruit occupational therapists, so waiting times do not fall | 4 | 3 | 12 | ⇧ | Helena Hindmarsh"]],
  "The risk is named by topic. R81-01 (score 16) is the row above.");
q("table_lookup", "trusted assessor training - how many trained so far out of the target?",
  "164 trusted assessors had been trained by 30 September 2081, against the target of 300 by March 2082 (milestone DP81-W1, rated ● On schedule; courses are booked for a further 150).",
  ["164", "300"], [],
  [[DP, "DP81-W1 | Train 300 trusted assessors | Mar 2082 | Helena Hindmarsh | ● | ● | ⇨ | 164 trained by 30 September 2081; courses are booked for a further 150."]],
  "The target is in the milestone title, the figure in the progress cell.");

// ---------------------------------------------------------------- people_roles (7)
q("people_roles", "who chairs the home adaptations panel and which council's she from",
  "Cllr Bernadette Gillingwater (Labour), Sunderland City Council. The Panel elected her Chair on 16 July 2081.",
  ["Gillingwater", "Sunderland"], ["Urquhart", "Tregidga"],
  [[TOR, "Cllr Bernadette Gillingwater | Sunderland City Council | Labour | Chair"],
   [TOR, "Chair:: Cllr Bernadette Gillingwater (Labour, Sunderland City Council), elected by the Panel on 16 July 2081."]],
  "AsciiDoc table written one cell a line (rows are known only from the [cols] count); also an AsciiDoc description list of office holders.");
q("people_roles", "who are the lib dem members on the adaptations panel",
  "Two: Cllr Tegan Tregidga (Cornwall Council), the Deputy Chair, and Cllr Robin Esterhuizen (Mid Devon District Council). The Liberal Democrat substitute is Cllr Tobias Ringrose (Cheltenham Borough Council).",
  ["Tregidga", "Esterhuizen"], ["Kinnersley"],
  [[TOR, "Cllr Tegan Tregidga | Cornwall Council | Liberal Democrat | Deputy Chair"],
   [TOR, "Cllr Robin Esterhuizen | Mid Devon District Council | Liberal Democrat | Member"]],
  "Members by group from the AsciiDoc table. Cllr Kinnersley is the Green member.");
q("people_roles", "who subbed for cllr mulready at the november meeting",
  "Cllr Ruairi Tolland (Labour, Rotherham Metropolitan Borough Council) substituted for Cllr Declan Mulready (Salford) at the meeting of 5 November 2081.",
  ["Tolland"], ["Mirwani", "Grierson"],
  [[NOTES, "- Cllr Declan Mulready (Salford City Council, Lab) - Cllr Ruairi Tolland substituted"],
   [NOTES, "Cllr Ruairi Tolland | Rotherham MBC | Lab | substitute for Cllr Mulready"]],
  "org-mode notes: an org table of who was present (substitutes below a rule line) and a plain list of apologies. Cllr Grierson substituted for Cllr Cheesbrough; Cllr Mirwani is the other Labour substitute.");
q("people_roles", "who chaired the budget item on 5 nov? thought quarrie was chair",
  "The Vice-Chair, Cllr Hamish Urquhart, chaired item 6 (programme budget). Cllr Gillingwater is the Chair, but she declared an interest because Sunderland City Council is one of the eight Accelerator pilot councils, and left the chair for that item.",
  ["Urquhart"], [],
  [[NOTES, "The Chair declared an interest in item 6, as Sunderland City Council is one of the eight Accelerator pilot councils. She left the chair for that item, and the Vice-Chair, Cllr Urquhart, chaired it."],
   [NOTES, ":CHAIR:    Cllr Hamish Urquhart (Vice-Chair)"]],
  "The item is named by topic (budget = item 6). Also in the attendance table notes and the item's :PROPERTIES: drawer.");
q("people_roles", "who made the comment about the £74m figure on the test of resources draft?",
  "Anneliese Vorster, the Finance Business Partner (comment [AV5]): £74 million is her estimate – 3,100 grants at an average of £23,900 more each – and the £90 million in draft 1 counted the extensions twice.",
  ["Vorster"], ["Kirkbride"],
  [[DRAFT, "Commented [AV5]: £74 million is my estimate: 3,100 grants at an average of £23,900 more each. The £90 million in draft 1 counted the extensions twice."],
   [DRAFT, "Comments are from Marcus Kirkbride, Tamsin Kellaway and Anneliese Vorster."]],
  "The comment balloon gives only initials (AV); the draft note at the top names the three commenters. Word's balloon sits in the right margin beside paragraph 7.");
q("people_roles", "contact officer + phone number for the test of resources response paper pls",
  "Tamsin Kellaway, Senior Adviser (Housing) – phone 020 7946 0583, email tamsin.kellaway@local.gov.uk.",
  ["Kellaway", "020 7946 0583"], ["020 7946 0574"],
  [[DRAFT, "Contact officer: Tamsin Kellaway"], [DRAFT, "Phone no: 020 7946 0583"]],
  "Front sheet of the PDF. Marcus Kirkbride (020 7946 0574) is the contact for the delivery plan report.");
q("people_roles", "were there any declarations of interest at the adaptations panel in november?",
  "Yes, three at the meeting of 5 November 2081: the Chair, Cllr Bernadette Gillingwater, in item 6, as Sunderland is an Accelerator pilot council (she left the chair and the Vice-Chair chaired the item); Cllr Marguerite Ashbridge in item 6, as Wokingham is a pilot council (she spoke on item 5 as lead member but took no part in the discussion of the pilot grants); and Cllr Hester Blundstone, a personal interest in items 5 and 6 because her husband works for Gateshead Council's home improvement agency (she stayed for both items).",
  ["Gillingwater", "Ashbridge", "Blundstone"], ["Tregidga"],
  [[NOTES, "The Chair declared an interest in item 6, as Sunderland City Council is one of the eight Accelerator pilot councils."],
   [NOTES, "Cllr Ashbridge declared an interest in item 6, as Wokingham Borough Council is a pilot council."],
   [NOTES, "Cllr Blundstone declared a personal interest in items 5 and 6: her husband works for Gateshead Council's home improvement agency."]],
  "Declarations as a list under item 1 of the org file. Cllr Tregidga's council (Cornwall) is a pilot council but she sent apologies.");

// ---------------------------------------------------------------- board_paper (7)
q("board_paper", "what is the test of resources paper actually asking members to agree",
  "That the Panel: (a) agrees the response set out in paragraphs 8 to 14 (support proposals 1, 2 and 4, oppose counting disability benefits as income); (b) calls on the Government to raise the upper limit of the mandatory grant from £45,000 to £60,000; and (c) asks the Chair to write to the Minister for Housing setting out the response. It is for decision at the meeting of 5 November 2081.",
  ["£60,000"], ["£55,000"],
  [[DRAFT, "(a) agrees the response set out in paragraphs 8 to 14;"],
   [DRAFT, "(b) calls on the Government to raise the upper limit of the mandatory grant from £45,000 to £60,000; and"],
   [DRAFT, "(c) asks the Chair to write to the Minister for Housing setting out the response."]],
  "The £60,000 is a tracked insertion; '£55,000' survives only in a 'Deleted:' balloon in the margin, beside the line.");
q("board_paper", "do we support or oppose counting disability benefits as income in the DFG means test?",
  "Oppose. It is proposal 3 in the consultation: the LGA opposes it because disability benefits pay for the extra costs of disability, and counting them as income would push about 9,800 applicants a year into paying a contribution or withdrawing.",
  ["Oppose"], [],
  [[DRAFT, "3 | Count disability benefits as income in the test | 9,800 | Oppose"],
   [DRAFT, "10. The LGA opposes proposal 3. Disability benefits pay for the extra costs of disability, and counting them as income would push about 9,800 applicants a year into paying a contribution or withdrawing."]],
  "Both places are tracked changes: 'Oppose' replaced 'Concerns' and 'opposes' replaced 'has serious concerns about', and a sentence offering a compromise is deleted – all of these only in margin balloons.");
q("board_paper", "how much extra would raising the DFG upper limit to 60k cost nationally?",
  "About £74 million a year in national spending on the grant, as about 3,100 grants a year reach the present £45,000 limit (the Finance Business Partner's estimate: 3,100 grants at an average of £23,900 more each).",
  ["74"], ["£90 million"],
  [[DRAFT, "7. Raising the limit to £60,000 would add an estimated £74 million a year to national spending on the grant, as about 3,100 grants a year reach the present limit."]],
  "The figure was changed from £90 million (shown in a 'Deleted:' balloon) to £74 million (inserted); the comment explains why.");
q("board_paper", "what's the Q2 delivery plan report asking the panel to decide?",
  "Besides noting progress at quarter 2, the Panel is asked to agree that milestone DP81-D4 (a regional framework contract for stairlifts) is closed and carried into the delivery plan for 2082/83, because procurement was paused when only three councils committed against the ten needed.",
  ["DP81-D4", "2082/83"], [],
  [[DP, "(b) agrees that milestone DP81-D4 (a regional framework contract for stairlifts) is closed and carried into the delivery plan for 2082/83."],
   [DP, "For noting, with one decision (paragraph 6)."]],
  "Word front sheet with the recommendations as (a)/(b) paragraphs.");
q("board_paper", "what virement is proposed in the programme budget paper?",
  "A virement of £18,000 from BL06 (regional good practice events, where the forecast underspend is £21,000) to BL03 (OT apprenticeship bursaries), to pay for bursaries for the 12 councils on the waiting list at £1,500 each. BL03's budget would become £78,000 and BL06's £24,000.",
  ["18,000", "bursaries"], [],
  [[NB, "The Panel is asked to approve a virement of £18,000 from BL06 (regional good practice events), where the forecast underspend is £21,000, to BL03 (OT apprenticeship bursaries)."],
   [NB, "approves the virement of £18,000 from BL06 (regional good practice events) to BL03 (OT apprenticeship bursaries)."]],
  "The budget paper is a Jupyter notebook exported to HTML; the proposal is a markdown cell between code cells, and the effect is a DataFrame output (BL03 78000, BL06 24000).");
q("board_paper", "when does the govt consultation on the DFG test of resources close",
  "21 November 2081 (it opened on 1 October 2081). Officers are to submit the Panel's response by then.",
  ["21 November"], [],
  [[DRAFT, "The Government is consulting until 21 November 2081 on four changes to the test of resources, the means test for the Disabled Facilities Grant (DFG)."],
   [DRAFT, "4. The consultation, which opened on 1 October 2081 and closes on 21 November 2081, makes four proposals."]],
  "Also in the delivery plan (DP81-F3) and the notes.");
q("board_paper", "why isnt the stairlift framework going to happen this year?",
  "The regional framework contract for stairlifts (DP81-D4) needed at least ten councils to commit to buying through it to be viable, but only three had done so, and procurement was paused on 19 September 2081. Officers recommended closing it for 2081/82 and carrying it into the 2082/83 delivery plan, when more councils may be ready to commit.",
  ["three", "ten"], [],
  [[DP, "5. The regional framework contract for stairlifts (DP81-D4) needed at least ten councils to commit to buying through it. By 30 September 2081 only three had done so, and procurement was paused on 19 September."]],
  "Paragraph 5 of the Word report (and the milestone's progress cell).");

// ---------------------------------------------------------------- fact (5)
q("fact", "whats the quorum for the home adaptations panel",
  "Four members, who must come from at least two political groups. A substitute attending in place of a member counts towards the quorum.",
  ["four"], ["five"],
  [[TOR, "The quorum is four members, who must come from at least two political groups."]],
  "The version history records that version 1.1 changed the quorum from an earlier figure: that figure is a trap.");
q("fact", "when's the next adaptations panel meeting after the november one?",
  "Wednesday 28 January 2082 at 1.00pm, at 18 Smith Square, London.",
  ["28 January 2082"], [],
  [[NOTES, "Wednesday 28 January 2082 at 1.00pm, 18 Smith Square, London."],
   [TOR, "Wednesday 28 January 2082 | 1.00pm | 18 Smith Square, London"]],
  "In the notes' last heading and in the AsciiDoc table of meetings (one row a line, cells after '|').");
q("fact", "when are the adaptations panel's terms of reference due for review?",
  "At the Panel's meeting on 22 April 2082, when it will advise the LGA Board whether it should continue; the terms of reference run to 31 March 2083.",
  ["22 April 2082"], [],
  [[TOR, "IMPORTANT: These terms of reference run to 31 March 2083. The Panel will review them at its meeting on {next-review} and advise the LGA Board whether it should continue after that date."],
   [TOR, ":next-review: 22 April 2082"]],
  "AsciiDoc: the sentence holds the attribute reference {next-review}; its value is set in the document header (':next-review: 22 April 2082').");
q("fact", "who did Cllr Bhardwaj replace on the panel?",
  "Cllr Crispin Rushbrooke (Wiltshire Council), who stood down from the Panel. The Conservative group appointed Cllr Anjali Bhardwaj (North Somerset Council) in his place on 28 August 2081.",
  ["Rushbrooke"], [],
  [[TOR, "Cllr Anjali Bhardwaj | North Somerset Council | Conservative | Memberfootnote:[Appointed by the Conservative group on 28 August 2081 in place of Cllr Crispin Rushbrooke (Wiltshire Council), who stood down from the Panel.]"]],
  "An AsciiDoc footnote macro stuck to the Role cell ('Memberfootnote:[…]'); the version history also says 'Cllr Anjali Bhardwaj replaces Cllr Crispin Rushbrooke'.");
q("fact", "what did Dr Lawal tell the panel about OT vacancies?",
  "Dr Morenike Lawal (chair of the National Adaptations Forum) said 21% of OT posts in council housing and adaptations teams were vacant in September 2081, and that agency staff cost councils about twice as much as employed OTs. People waited on average 11 weeks for an OT assessment before a DFG application could start.",
  ["21%"], [],
  [[NOTES, "- 21% of OT posts in council housing and adaptations teams were vacant in September 2081, and agency staff cost councils about twice as much as employed OTs."]],
  "A list of points under item 3 of the org notes.");

// ---------------------------------------------------------------- cross_document (2)
q("cross_document", "the draft test of resources response had the chair writing to the minister - is that what was actually agreed?",
  "Not quite. Draft 2's recommendation (c) asked the Chair to write to the Minister for Housing, but on 5 November 2081 the Panel agreed it as amended, on Cllr Urquhart's proposal: the Chair and the Vice-Chair will write jointly, to show cross-party support. The joint letter is action A81/12, WAITING for the Vice-Chair's comments on the draft.",
  ["Vice-Chair"], [],
  [[DRAFT, "(c) asks the Chair to write to the Minister for Housing setting out the response."],
   [NOTES, "3. agreed recommendation (c) as amended: the Chair and the Vice-Chair will write jointly to the Minister for Housing setting out the response."]],
  "The PDF draft gives the recommendation (with a comment foreseeing a co-signature); the org notes record the amended decision.");
q("cross_document", "can the panel sign off the £18k virement itself or does it need the finance director?",
  "The Panel can agree it itself: its terms of reference let it agree a virement between budget lines of up to £25,000, and only a larger one needs the LGA's Director of Finance. The £18,000 virement from BL06 (regional good practice events) to BL03 (OT apprenticeship bursaries) is within that, and the Panel approved it on 5 November 2081.",
  ["£25,000"], [],
  [[TOR, "The Panel may itself agree a virement between lines of its programme budget of up to £25,000. A larger virement needs the agreement of the LGA's Director of Finance, and the Panel is told of it at its next meeting."],
   [NOTES, "The Panel noted the forecast underspend of £40,250 and approved the virement of £18,000 from BL06 (regional good practice events) to BL03 (OT apprenticeship bursaries), to fund bursaries for the 12 councils on the waiting list."]],
  "The limit is only in the AsciiDoc terms of reference; the amount is in the notebook and the notes.");

// ---------------------------------------------------------------- unanswerable (5)
const un = (question, answer, notes) => q("unanswerable", question, answer, [], [], [], notes);
un("what rating did DP81-F2 get at Q3?",
  "The papers don't say: the latest ratings are for quarter 2 (position at 30 September 2081). The quarter 3 report is due at the meeting on 28 January 2082.",
  "Near miss: DP81-F2 has Q1 and Q2 ratings (both On schedule); no Q3 report exists in the papers.");
un("how many adaptations did Luton complete under the pilot in Q2?",
  "The papers don't give the number of adaptations Luton completed. They give only its average time from referral to completion (44.9 weeks at Q2) and its grant payments.",
  "Near miss: the pilot table gives weeks and money per council, never counts of adaptations; the only count of adaptations is national (61,840 in 2080/81).");
un("what's cllr kinnersley's phone number?",
  "The papers don't give a phone number for Cllr Imogen Kinnersley; only officers' numbers are listed.",
  "Near miss: officers' phone numbers are in the terms of reference and the papers' front sheets.");
un("what date is the adaptations panel meeting in july 2082?",
  "The papers don't say. The terms of reference list meetings only to 22 April 2082, the meeting at which the Panel will review whether it continues.",
  "Near miss: the papers list the four meetings of 2081/82, including one in July 2081.");
un("what does a stairlift cost through the regional framework contract?",
  "The papers don't give stairlift prices: the regional framework contract was never let – procurement was paused on 19 September 2081 and the milestone carried into 2082/83.",
  "Near miss: the framework is discussed in the delivery plan and the budget notes (legal advice from the contingency) but no price is given.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
const by = {};
for (const g of G) by[g.category] = (by[g.category] ?? 0) + 1;
console.log(`wrote gold.jsonl: ${G.length} questions`, by);
