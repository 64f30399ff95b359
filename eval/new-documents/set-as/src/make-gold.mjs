// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as ../../shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings.
//   node src/make-gold.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./common.mjs";

const TRK = "coastal-panel-delivery-tracker-2095-96-q3.pdf";
const JIRA = "coastal-panel-actions-jira-export-2096-03-22.html";
const MIN = "coastal-panel-minutes-2096-03-14.md";
const PACK = "coastal-panel-agenda-pack-2096-03-14.docx";
const CMIS = "coastal-panel-committee-details-cmis.html";

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `as${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which coastal resilience milestones were red at Q3 2095/96?", "status_lookup",
  "Three milestones were R (Off track, Red) at quarter 3 2095/96 (31 December 2095): CT-04, the Skegby Gap roll-back pilot to relocate 40 homes (planning consent refused, council appealing); FR-02, the surface water flooding peer reviews in 6 councils (only 2 done); and IR-02, reform of the Bellwin scheme (no ministerial reply).",
  ["CT-04", "FR-02", "IR-02"], ["FR-03", "DM-01"],
  [[TRK, "CT-04 | Roll-back pilot: relocate 40 at-risk homes at Skegby Gap | Lowenna Carbis | Saltfleet Coast DC | Mar 2097 | A | A | R"],
   [TRK, "FR-02 | Surface water flooding peer reviews in 6 councils | Tobias Ferrabee | LGA | Mar 2096 | G | A | R"],
   [TRK, "IR-02 | Agree reform of the Bellwin scheme for emergency recovery costs with Government | Marisol Quennell | LGA | Jun 2096 | A | R | R"],
   [TRK, "R | Off track | Red | Will not be delivered on time without a decision by the Panel."]],
  "Excel sheet printed to PDF: the status is one letter on a coloured fill under rotated quarter headers; the key below the table maps R to Off track / Red. The summary table gives the count (3) but not which. FR-03 and DM-01 are A in Q3.");
q("ccfrp tracker - what was amber in q2?", "status_lookup",
  "Four milestones were A (Some slippage, Amber) in Q2 2095/96 (July to September 2095): CT-03 (round 2 Coastal Transition Fund allocations), CT-04 (Skegby Gap roll-back pilot), FR-02 (surface water peer reviews) and FR-03 (LLFA skills academy). IR-02 was already R (Off track) in Q2.",
  ["CT-03", "CT-04", "FR-02", "FR-03"], ["DM-01", "DM-02"],
  [[TRK, "CT-03 | Agree round 2 Coastal Transition Fund allocations (£5m) | Lowenna Carbis | LGA | Mar 2096 | G | A | A"],
   [TRK, "CT-04 | Roll-back pilot: relocate 40 at-risk homes at Skegby Gap | Lowenna Carbis | Saltfleet Coast DC | Mar 2097 | A | A | R"],
   [TRK, "FR-02 | Surface water flooding peer reviews in 6 councils | Tobias Ferrabee | LGA | Mar 2096 | G | A | R"],
   [TRK, "FR-03 | Lead local flood authority skills academy: train 120 officers | Tobias Ferrabee | Kestlebury CC | Mar 2096 | A | A | A"]],
  "The Q2 column is the second of four rotated quarter headers under a merged 'RAG status 2095/96' cell. DM-01 (G in Q2, A in Q3) and DM-02 (A in Q1, G in Q2) are amber in other quarters only.");
q("has anything on the coastal programme tracker got worse between Q2 and Q3?", "status_lookup",
  "Yes, three milestones: CT-04 (Skegby Gap roll-back pilot) went from A to R, FR-02 (surface water peer reviews) from A to R, and DM-01 (coastal monitoring framework procurement) from G to A. IR-02 stayed R.",
  ["CT-04", "FR-02", "DM-01"], [],
  [[TRK, "CT-04 | Roll-back pilot: relocate 40 at-risk homes at Skegby Gap | Lowenna Carbis | Saltfleet Coast DC | Mar 2097 | A | A | R"],
   [TRK, "FR-02 | Surface water flooding peer reviews in 6 councils | Tobias Ferrabee | LGA | Mar 2096 | G | A | R"],
   [TRK, "DM-01 | Procure a national coastal monitoring framework for 2096 to 2100 | Marisol Quennell | LGA | Apr 2096 | G | G | A"]],
  "Needs the Q2 and Q3 letters of each row compared; the tracker has no direction-of-travel column.");
q("is the coastal monitoring framework procurement amber or red at Q3?", "status_lookup",
  "Amber: DM-01 (procure a national coastal monitoring framework for 2096 to 2100, lead Marisol Quennell) is rated A (Some slippage) at Q3 2095/96, down from G in Q2, because tender evaluation took longer than planned; the award decision went to the Panel on 14 March 2096 as an exempt item.",
  ["Amber"], [],
  [[TRK, "DM-01 | Procure a national coastal monitoring framework for 2096 to 2100 | Marisol Quennell | LGA | Apr 2096 | G | G | A"],
   [TRK, "A | Some slippage | Amber | At risk: some slippage, action in hand to recover."]],
  "Milestone named by topic; the cell holds only 'A', which the key turns into Amber.");
q("which milestones were marked complete by end of december 2095?", "status_lookup",
  "Six milestones were C (Complete) at Q3 2095/96: CT-01 (coastal transition good practice guide), CT-02 (round 1 Coastal Transition Fund grants paid), FR-01 (response to the Defra funding formula consultation), FR-04 (property flood resilience grants guidance), IR-01 (evidence to the Flood Re transition review) and DM-02 (erosion risk data-sharing agreement with 12 councils).",
  ["CT-01", "CT-02", "FR-01", "FR-04", "IR-01", "DM-02"], ["IR-03", "DM-03"],
  [[TRK, "CT-01 | Publish a good practice guide on coastal transition planning | Lowenna Carbis | LGA | Sep 2095 | G | C | C"],
   [TRK, "FR-01 | LGA response to the Defra consultation on the flood and coastal erosion funding formula | Tobias Ferrabee | LGA | Nov 2095 | G | G | C"],
   [TRK, "DM-02 | Erosion risk data-sharing agreement with 12 coastal councils | Tobias Ferrabee | Holderwick CC | Dec 2095 | A | G | C"],
   [TRK, "C – Complete | 1 | 3 | 6 |"]],
  "C is a fifth rating (Blue) besides G/A/R/N. DM-02 is on the second printed page, under the repeated header rows. IR-03 and DM-03 are G.");
q("any of the coastal panel's jira actions blocked?", "status_lookup",
  "One: CFRP-18, get legal advice on the Skegby Gap planning appeal (CT-04), assigned to Lowenna Carbis, priority High, due 29/Feb/96 and now overdue; it is Blocked, waiting for Saltfleet Coast DC to share its appeal statement.",
  ["CFRP-18"], ["CFRP-25", "CFRP-9"],
  [[JIRA, "CFRP-18 | Get legal advice on the Skegby Gap planning appeal (CT-04) | Lowenna Carbis | Wilf Padgett | High | Blocked | Unresolved"]],
  "Jira HTML export; the status is a lozenge in its own column. CFRP-25 and CFRP-9 are In Progress.");
q("what actions has Lowenna Carbis still got open?", "status_lookup",
  "Three open actions in the Jira export of 22 March 2096: CFRP-18, legal advice on the Skegby Gap planning appeal (Blocked, due 29/Feb/96); CFRP-25, notify councils of the round 2 allocations and issue grant offer letters (In Progress, due 28/Mar/96); and CFRP-26, invite Carrack Point Council to resubmit in round 3 (To Do, due 30/May/96).",
  ["CFRP-18", "CFRP-25", "CFRP-26"], ["CFRP-12"],
  [[JIRA, "CFRP-18 | Get legal advice on the Skegby Gap planning appeal (CT-04) | Lowenna Carbis | Wilf Padgett | High | Blocked | Unresolved"],
   [JIRA, "CFRP-25 | Notify councils of the round 2 allocations and issue grant offer letters | Lowenna Carbis | Wilf Padgett | High | In Progress | Unresolved"],
   [JIRA, "CFRP-26 | Invite Carrack Point Council to resubmit its bid in round 3 with a full business case | Lowenna Carbis | Wilf Padgett | Medium | To Do | Unresolved"]],
  "Open = not Done (To Do, In Progress, Blocked; resolution Unresolved). Rows are ordered by due date, not by key.");

// ------------------------------------------------------------------ table_lookup (7)
q("forecast variance on the surface water peer reviews budget line?", "table_lookup",
  "An underspend of £85,000: the surface water peer reviews line (FR-02) has a revised budget of £180,000, actual spend of £64,000 to 31 December 2095 and a forecast outturn of £95,000, so a variance of (85) in £000s, because only two of the six peer reviews have taken place.",
  ["85"], [],
  [[PACK, "Surface water peer reviews (FR-02) | 180 | 180 | 64 | 95 | (85) | (c)"],
   [PACK, "(c) Only two of the six peer reviews have taken place; the other four are now planned for June to September 2096."]],
  "Word table in a landscape section with a two-row header (Budget 2095/96 spanning Original and Revised); figures in £000s, underspends in brackets, notes lettered under the continued table.");
q("whats the total forecast outturn for the coastal resilience programme this year (95/96)?", "table_lookup",
  "£10,281,000 (10,281 in £000s) against a revised budget of £11,085,000, a forecast underspend of £804,000 at 31 December 2095 (spend to date £4,704,000).",
  ["10,281"], [],
  [[PACK, "Total | 11,085 | 11,085 | 4,704 | 10,281 | (804) |"],
   [PACK, "That the Panel: (a) notes the forecast outturn of £10,281,000 and the underspend of £804,000"]],
  "The Total row is in the second part of the table ('Table 1 (continued)'), in a separate section after the repeated header rows. The summary and the minutes also give the figure.");
q("risk score for CCR-05 and who owns it?", "table_lookup",
  "CCR-05 (delay to the coastal monitoring framework leaves a gap in survey data from April 2096) scores 15, High: likelihood 3 × impact 5. Owner: Marisol Quennell. It has risen from 10 in December 2095; target score 5.",
  ["15", "Marisol Quennell"], [],
  [[PACK, "CCR-05 | Delay to the coastal monitoring framework leaves a gap in beach and cliff survey data from April 2096 (DM-01). | Marisol Quennell | 3 | 5 | 15 High | 10 | 5 | ▲ Rising"]],
  "The register's header spans 'Current assessment' over Likelihood / Impact / Score; the 'Score at Dec 2095' column (10) is the previous score.");
q("which risks on the coastal panel's register are very high?", "table_lookup",
  "Two risks are Very high (16 to 25): CCR-08, relocation of residents presented as 'managed abandonment' (score 20, owner Marisol Quennell), and CCR-01, the Government not reforming the Bellwin scheme (score 16, up from 12, owner Marisol Quennell).",
  ["CCR-01", "CCR-08"], ["CCR-05", "CCR-03"],
  [[PACK, "CCR-01 | The Government does not reform the Bellwin scheme, so councils carry most of the cost of recovery after coastal flooding (IR-02). | Marisol Quennell | 4 | 4 | 16 Very high"],
   [PACK, "CCR-08 | Relocation of residents is presented as “managed abandonment” of coastal communities, damaging trust in councils and the LGA. | Marisol Quennell | 4 | 5 | 20 Very high"]],
  "Bands are given in paragraph 1 of the risk paper (16 to 25 Very high) and written after each score. CCR-05 (15) and CCR-03 (12) are High.");
q("how much was Greysands recommended in round 2 of the coastal transition fund?", "table_lookup",
  "£950,000 (950 in £000s) for the cliff-top property buy-back at North Parade, against £1,200,000 requested (Table 2 of the round 2 allocations paper, 14 March 2096). The Panel agreed the allocations as recommended, apart from the Holderwick scheme.",
  ["950"], [],
  [[PACK, "Greysands Borough Council | Cliff-top property buy-back, North Parade | 1,200 | 950"]],
  "Table in £000s with Requested and Recommended columns.");
q("what's Cllr Farraday's attendance % for the panel in 2095/96?", "table_lookup",
  "33%: Cllr Desmond Farraday attended 1 of the 3 meetings he could have attended (apologies on 6 July and 5 October 2095, present on 7 December 2095); he stood down from the Panel on 31 December 2095.",
  ["33"], [],
  [[TRK, "Cllr Desmond Farraday ³ | Lab | A | A | P | n/m | 1 | 3 | 33%"],
   [TRK, "³ Cllr Desmond Farraday stood down from the Panel on 31 December 2095."]],
  "Attendance sheet (third printed page) with the meeting dates as rotated headers and n/m for meetings after he left.");
q("who's CFRP-19 with and when is it due?", "table_lookup",
  "CFRP-19 (send the revised Shoreline Management Plan engagement timetable to all coastal councils) is assigned to Tobias Ferrabee, due 16/Apr/96 (16 April 2096); status To Do, priority Low. It came from the 7 December 2095 meeting.",
  ["Tobias Ferrabee", "16"], [],
  [[JIRA, "CFRP-19 | Send the revised Shoreline Management Plan engagement timetable to all coastal councils | Tobias Ferrabee | Wilf Padgett | Low | To Do | Unresolved | 07/Dec/95 2:25 PM | 12/Feb/96 11:02 AM | 16/Apr/96"]],
  "Jira dates have two-digit years ('16/Apr/96'); the Reporter column (Wilf Padgett) is not the owner.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the coastal communities and flood resilience panel?", "people_roles",
  "Cllr Imogen Tresidder (Conservative, East Harrowby County Council) is the Chairman of the Panel.",
  ["Imogen Tresidder"], [],
  [[CMIS, "Cllr Imogen Tresidder | Chairman | Conservative | East Harrowby County Council | 14/06/2095"],
   [MIN, "Cllr Imogen Tresidder (Chair) – East Harrowby County Council"]],
  "The committee system calls the role 'Chairman'.");
q("who's vice chair of the CCFRP?", "people_roles",
  "Cllr Nkechi Adeyemi-Rowe (Labour, Port Avenell City Council) is Vice-Chairman.",
  ["Adeyemi-Rowe"], [],
  [[CMIS, "Cllr Nkechi Adeyemi-Rowe | Vice-Chairman | Labour | Port Avenell City Council | 14/06/2095"]],
  "Panel named by its initials, which the papers use in titles and file names.");
q("who are the deputy chairs of the coastal flood panel?", "people_roles",
  "Two Deputy Chairmen: Cllr Fenella Morwenstow (Liberal Democrat, Brackwater District Council) and Cllr Jago Penhallow (Independent, Tregarrow District Council).",
  ["Fenella Morwenstow", "Jago Penhallow"], ["Adeyemi-Rowe"],
  [[CMIS, "Cllr Fenella Morwenstow | Deputy Chairman | Liberal Democrat | Brackwater District Council | 14/06/2095"],
   [CMIS, "Cllr Jago Penhallow | Deputy Chairman | Independent | Tregarrow District Council | 14/06/2095"]],
  "The Vice-Chair is a different role.");
q("who are the labour subs on the coastal panel?", "people_roles",
  "Two named Labour substitutes: Cllr Harvey Blenkinsop (Pellworth Council) and Cllr Yusra Qadir (Corrington City Council).",
  ["Harvey Blenkinsop", "Yusra Qadir"], ["Lionel Fairbrass", "Perpetua Lusk"],
  [[CMIS, "Cllr Harvey Blenkinsop | Labour | Pellworth Council"],
   [CMIS, "Cllr Yusra Qadir | Labour | Corrington City Council"]],
  "Separate 'Named substitutes' GridView with a Political group column.");
q("which council is Cllr Jago Penhallow from?", "people_roles",
  "Tregarrow District Council. He is an Independent and a Deputy Chair of the Panel.",
  ["Tregarrow"], ["Holderwick"],
  [[CMIS, "Cllr Jago Penhallow | Deputy Chairman | Independent | Tregarrow District Council | 14/06/2095"],
   [MIN, "Cllr Jago Penhallow (Deputy Chair) – Tregarrow District Council"]],
  "");
q("who are the lib dem members of the coastal panel?", "people_roles",
  "Two Liberal Democrat members: Cllr Fenella Morwenstow (Deputy Chair, Brackwater District Council) and Cllr Ambrose Teague (North Dunmere District Council). The Liberal Democrat substitute is Cllr Perpetua Lusk (Saltfleet Coast District Council).",
  ["Fenella Morwenstow", "Ambrose Teague"], [],
  [[CMIS, "Cllr Fenella Morwenstow | Deputy Chairman | Liberal Democrat | Brackwater District Council | 14/06/2095"],
   [CMIS, "Cllr Ambrose Teague | Member | Liberal Democrat | North Dunmere District Council | 14/06/2095"]],
  "Membership by political group.");
q("who replaced Cllr Farraday on the panel?", "people_roles",
  "Cllr Tamsin Oyelaran (Labour, Old Wyke Borough Council) joined the Panel on 1 January 2096 in place of Cllr Desmond Farraday, who stood down on 31 December 2095.",
  ["Tamsin Oyelaran"], [],
  [[TRK, "⁴ Cllr Tamsin Oyelaran joined the Panel on 1 January 2096 in place of Cllr Farraday."],
   [CMIS, "Cllr Tamsin Oyelaran | Member | Labour | Old Wyke Borough Council | 01/01/2096"]],
  "Stated as a footnote of the attendance sheet; the committee page shows only her appointment date and Farraday's standing down.");

// ------------------------------------------------------------------ board_paper (7)
q("who's the contact officer for the budget monitoring paper at the 14 March 2096 panel? need a phone number", "board_paper",
  "Declan Urquhart-Hale, Finance Business Partner: 020 7946 0847, declan.urquhart-hale@local.gov.uk (item 4, Budget monitoring 2095/96: position at quarter 3).",
  ["Urquhart-Hale", "020 7946 0847"], ["Hester Aldous", "Lowenna Carbis"],
  [[PACK, "Contact officer | Declan Urquhart-Hale"],
   [PACK, "Phone no | 020 7946 0847"]],
  "Front sheet as a two-column label table; each of the pack's papers has its own contact.");
q("apologies at the coastal panel on 14/3/96?", "board_paper",
  "Apologies from Cllr Delphine Ashworth-Kyle, for whom Cllr Lionel Fairbrass attended as substitute, and from Cllr Eamon Gilhooly (no substitute).",
  ["Ashworth-Kyle", "Gilhooly"], ["Stanier", "Teague"],
  [[MIN, "Cllr Delphine Ashworth-Kyle – substitute: Cllr Lionel Fairbrass"],
   [MIN, "Cllr Eamon Gilhooly – no substitute"],
   [TRK, "14/03/2096 | Cllr Lionel Fairbrass | Cllr Delphine Ashworth-Kyle"]],
  "Obsidian minutes: the apologies are in a folded callout ('> [!failure]- Apologies') with wiki links. Stanier and Teague sent apologies to the December meeting.");
q("any declarations of interest at the march 2096 coastal panel meeting?", "board_paper",
  "Three: Cllr Barnaby Cottesloe (other registrable interest, item 3: cabinet member for coastal protection at Saltfleet Coast District Council, which bid to round 2; left the room); Cllr Lionel Fairbrass (other registrable interest, item 3: Holderwick County Council had bid; left the room and did not vote); and Cllr Saffron Idowu-Marsh (non-registrable interest, item 6: member of the Marshby Internal Drainage Board; stayed).",
  ["Cottesloe", "Fairbrass", "Idowu-Marsh"], [],
  [[MIN, "Cllr Barnaby Cottesloe declared an other registrable interest in item 3, as the cabinet member for coastal protection at Saltfleet Coast District Council, which had bid to round 2 of the Coastal Transition Fund."],
   [MIN, "Cllr Lionel Fairbrass declared an other registrable interest in item 3, as Holderwick County Council had also bid to round 2."],
   [MIN, "Cllr Saffron Idowu-Marsh declared a non-registrable interest in item 6 as a member of the Marshby Internal Drainage Board."]],
  "Declarations in a '> [!warning]' callout. One declarer (Fairbrass) is a substitute, not a member.");
q("what item number is the risk register on the 14 march agenda, and what page?", "board_paper",
  "Item 5, Strategic risk register (lead Hester Aldous), page 19 of the agenda pack.",
  ["5", "19"], [],
  [[PACK, "5. | Strategic risk register | Hester Aldous | 19"]],
  "Agenda as a Word table Item | Title | Lead | Page with Part 1 / Part 2 rows spanning the table.");
q("when's the next coastal panel meeting after the march one?", "board_paper",
  "Wednesday 27 June 2096 at 10.30am, Tamar Room, Fenwick House.",
  ["27 June 2096"], [],
  [[PACK, "Date of next meeting: Wednesday 27 June 2096, 10.30am, Tamar Room, Fenwick House"],
   [MIN, "Wednesday 27 June 2096, 10.30am, Tamar Room, Fenwick House."]],
  "In the agenda pack, in the minutes' 'Next meeting' callout and in the committee page's meetings list ('Wed 27 Jun 2096').");
q("what's the purpose of the risk register paper for the coastal panel?", "board_paper",
  "It is for decision: it presents the strategic risk register of the Coastal Resilience Programme at March 2096 (three risks have risen since December 2095, none closed, two rated Very high) and asks the Panel to agree the register, including the higher scores for CCR-01, CCR-03 and CCR-05 (item 5, 14 March 2096; contact Hester Aldous).",
  ["decision"], [],
  [[PACK, "This report presents the strategic risk register of the Coastal Resilience Programme at March 2096. Three risks have risen since December 2095 and none has been closed. Two risks are rated Very high."],
   [PACK, "That the Panel agrees the risk register, including the higher scores for CCR-01, CCR-03 and CCR-05."]],
  "Front sheet: 'Purpose of report | For decision.' then Summary and Recommendations rows.");
q("what did the panel decide on the coastal transition fund round 2 allocations?", "board_paper",
  "The Panel agreed the round 2 allocations as amended: Holderwick County Council's allocation was increased from £520,000 to £600,000 from the contingency (amendment moved by Cllr Teague, seconded by Cllr Morwenstow), making £4,940,000 allocated in total with £60,000 of contingency left. The Carrack Point Council bid was deferred to round 3, to be resubmitted with a full business case.",
  ["4,940,000", "Carrack Point"], [],
  [[MIN, "The Panel agreed the round 2 allocations set out in the report, as amended: Holderwick County Council's allocation was increased from £520,000 to £600,000, funded from the contingency. The total allocated in round 2 is therefore £4,940,000, and £60,000 of contingency remains."]],
  "The decision is a Dataview inline field ('decision:: ...') inside a '> [!success] Decision' callout. The paper recommended £4,860,000; the decision differs.");

// ------------------------------------------------------------------ fact (5)
q("whats the quorum for the coastal panel?", "fact",
  "Five members, from at least two political groups.",
  ["five"], [],
  [[CMIS, "Quorum: | Five members, from at least two political groups"]],
  "Label and value cells of the committee page's details grid.");
q("what is the coastal communities and flood resilience panel actually for?", "fact",
  "It is a cross-party member panel of the Place, Infrastructure and Climate Board that oversees the LGA's Coastal Resilience Programme 2095–2097 (helping councils plan for, adapt to and recover from coastal erosion and flooding) and leads the LGA's work with Government, the Environment Agency and insurers. Its terms of reference: oversee the programme's tracker, budget and risk register; agree Coastal Transition Fund allocations (up to £5 million a round); agree consultation responses; commission peer support and skills for lead local flood authorities; and report to the Board.",
  ["Coastal Resilience Programme"], [],
  [[CMIS, "It oversees the LGA's Coastal Resilience Programme 2095–2097, which helps councils on the coast and in areas of high flood risk to plan for, adapt to and recover from coastal erosion and flooding"],
   [CMIS, "to oversee delivery of the Coastal Resilience Programme, including its delivery tracker, budget and risk register;"]],
  "Briefing question answered from the 'Purpose of committee' block of the committee page.");
q("how many shoreline management plans are being refreshed?", "fact",
  "22: the Environment Agency is refreshing the 22 Shoreline Management Plans covering the coast of England, with public consultation from September to November 2096 (Dr Morwenna Caddick's update to the Panel, 14 March 2096).",
  ["22"], [],
  [[MIN, "gave a presentation on the refresh of the 22 Shoreline Management Plans covering the coast of England."]],
  "Verbal update recorded only in the minutes; the same paragraph has another figure (31 policy units) and a footnote.");
q("how much were the round 2 coastal transition fund bids worth in total?", "fact",
  "£14.2 million, from seventeen bids, for a round of £5 million.",
  ["14.2"], [],
  [[PACK, "2. The Board delegated £5 million to the Panel for round 2. Bids closed on 30 November 2095. Seventeen bids were received, totalling £14.2 million."],
   [MIN, "Seventeen bids totalling £14.2 million had been received for the £5 million round"]],
  "The table lists only the seven shortlisted bids (£6,430,000 requested), which is not the answer.");
q("how many officers had the LLFA skills academy trained by the end of december?", "fact",
  "71 officers by 31 December 2095, against a target of 120 by March 2096 (FR-03, rated A); two extra cohorts were added in February and March 2096.",
  ["71"], [],
  [[TRK, "71 officers trained by 31 December; two extra cohorts added in February and March 2096."]],
  "Commentary cell of FR-03. The December note of the last meeting gives an earlier figure (58).");

// ------------------------------------------------------------------ cross_document (2)
q("how much did Holderwick end up getting from round 2?", "cross_document",
  "£600,000. The paper recommended £520,000 (against a bid of £640,000), but at the 14 March 2096 meeting the Panel agreed an amendment increasing Holderwick County Council's allocation to £600,000, funded with £80,000 from the contingency (action CFRP-29, Declan Urquhart-Hale).",
  ["600,000"], [],
  [[MIN, "The Panel agreed the round 2 allocations set out in the report, as amended: Holderwick County Council's allocation was increased from £520,000 to £600,000, funded from the contingency."],
   [PACK, "Holderwick County Council | Sandholme coastal path and car park relocation | 640 | 520"],
   [JIRA, "CFRP-29 | Move £80,000 from the round 2 contingency to the Holderwick scheme | Declan Urquhart-Hale"]],
  "The agenda paper's figure (520) is superseded by the decision in the minutes.");
q("IR-02 is red - what did the panel agree to do about it in march, who has the action and by when?", "cross_document",
  "IR-02 (Bellwin scheme reform) is Off track. At the 14 March 2096 meeting (any other business) the Panel agreed that the Chair write again to the Minister, copying in the Treasury. The action is CFRP-24, assigned to Marisol Quennell, priority Highest, due 11 April 2096 (11/Apr/96), status To Do.",
  ["Marisol Quennell", "11"], [],
  [[MIN, "The Panel agreed that the Chair write again to the Minister, copying in the Treasury."],
   [JIRA, "CFRP-24 | Chair to write again to the Minister on Bellwin reform, copying in the Treasury | Marisol Quennell | Wilf Padgett | Highest | To Do | Unresolved"],
   [TRK, "IR-02 | Agree reform of the Bellwin scheme for emergency recovery costs with Government | Marisol Quennell | LGA | Jun 2096 | A | R | R"]],
  "Links the tracker (PDF), the minutes' AOB callout and task (markdown) and the Jira export (HTML).");

// ------------------------------------------------------------------ unanswerable (5)
q("what was FR-02 rated in Q4 2095/96?", "unanswerable",
  "Not in the papers: the tracker reports to quarter 3 (31 December 2095), when FR-02 was R (Off track); the Q4 column is blank and quarter 4 will be reported to the Panel in June 2096.",
  [], [], [],
  "The Q4 column exists but is empty ('A blank cell means the quarter has not yet been reported').");
q("who won the coastal monitoring framework contract?", "unanswerable",
  "Not stated: the award was an exempt item (item 9) on 14 March 2096; the minutes say only that the Panel agreed the recommendation in the exempt report and that the decision will be published after the standstill period.",
  [], [], [],
  "Tempting to name a bidder or the lead officer.");
q("what's the coastal resilience programme budget for 2096/97?", "unanswerable",
  "Not given: the budget monitoring report covers 2095/96 only (revised budget £11,085,000); the forward work programme has proposals for the 2097/98 budget in December 2096, but no paper gives a 2096/97 budget.",
  [], [], [],
  "Tempting to answer £11,085,000 (2095/96).");
q("how many homes have actually been relocated so far under the Skegby Gap roll-back pilot?", "unanswerable",
  "Not in the papers: the pilot (CT-04) aims to relocate 40 at-risk homes by March 2097, but planning consent for the replacement site was refused and is under appeal; no figure for homes relocated so far is given.",
  [], [], [],
  "Tempting to answer 40 (the target).");
q("what's Cllr Jago Penhallow's email address?", "unanswerable",
  "Not given: the papers list emails for officers only; Cllr Penhallow is listed as a Deputy Chair (Independent, Tregarrow District Council) without contact details.",
  [], [], [],
  "Tempting to give an officer's email or the support officer's.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
