// Writes gold.jsonl: 40 questions about the five papers of the Fly-tipping and Waste Crime Task Group, in the
// format of /work/shared/newdocs-dev/gold.jsonl. Evidence quotes are copied from text/ (whitespace may differ:
// check-gold.mjs compares them whitespace-normalised).
//
//   node src/make-gold.mjs && node src/check-gold.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

const T = "fly-tipping-task-group-programme-tracker-2047-48-q2.html";
const A = "fly-tipping-task-group-agenda-2047-11-19.pdf";
const P = "fly-tipping-task-group-actions-planner-2047-11-12.csv";
const R = "fly-tipping-task-group-terms-of-reference-2047-48.docx";
const M = "fly-tipping-task-group-minutes-2047-09-17-scan.txt";

const Q = [];
const q = (category, question, answer, must_include, must_not_include, evidence, notes) =>
  Q.push({ category, question, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ---------------------------------------------------------------- status_lookup (7)
q(
  "status_lookup",
  "which milestones are red on the flytipping tracker at end of Q2?",
  "Two milestones are R (Off track – Task Group steer needed) in the Q2 2047/48 tracker (status at 30 September 2047): FWC-2.3, pressing for a higher maximum fixed penalty for fly-tipping (Marcus Delacroix; Defra consultation postponed to 2048, no meeting with the minister secured), and FWC-5.1, the joint protocol with the Environment Agency on serious waste crime (Nadia Kapoor; EA restructure, its new Deputy Director not in post until January 2048).",
  ["FWC-2.3", "FWC-5.1"],
  ["FWC-1.2", "FWC-4.1"],
  [
    [T, "FWC-2.3 | Press for a higher maximum fixed penalty for fly-tipping | Marcus Delacroix | Mar-48 | A | R | Defra consultation postponed to 2048; no meeting with the minister secured."],
    [T, "FWC-5.1 | Joint protocol with the Environment Agency on serious waste crime | Nadia Kapoor | Feb-48 | n/a | R | EA restructure: its new Deputy Director is not in post until January 2048."],
    [T, "R | Off track – Task Group steer needed"],
  ],
  "Excel workbook saved as a web page: the Q2 status is a letter in the seventh column of the Tracker sheet, explained by a key below the table. FWC-1.2 and FWC-4.1 are A (slipping), the neighbouring wrong answer. The agenda pack's item 5 also names both as off track.",
);
q(
  "status_lookup",
  "has FWC-2.3 got worse since Q1? what was it then",
  "Yes. FWC-2.3 (press for a higher maximum fixed penalty for fly-tipping, lead Marcus Delacroix) was A in Q1 – Slipping, recoverable within the year – and is R in Q2 2047/48 – Off track, Task Group steer needed. Note: Defra's consultation has been postponed to 2048 and no meeting with the minister has been secured.",
  ["Slipping", "Off track"],
  ["Not started"],
  [
    [T, "FWC-2.3 | Press for a higher maximum fixed penalty for fly-tipping | Marcus Delacroix | Mar-48 | A | R | Defra consultation postponed to 2048; no meeting with the minister secured."],
    [T, "A | Slipping – recoverable within the year"],
  ],
  "Needs the Q1 status column (not the Q2 one) and the key's words for the letters A and R.",
);
q(
  "status_lookup",
  "why has FWC-5.1 got n/a for Q1 on the tracker?",
  "In the tracker's key, n/a means \"Not in the programme that quarter\": FWC-5.1 (joint protocol with the Environment Agency) belongs to Workstream 5 – Partnerships, which was added on 17 September 2047, after Q1. Its Q2 status is R (off track).",
  ["Not in the programme", "17 September"],
  [],
  [
    [T, "n/a | Not in the programme that quarter"],
    [T, "Workstream 5 – Partnerships (added 17 September 2047)"],
  ],
  "The key's meaning of n/a plus the workstream's merged title row (colspan), which carries the date the workstream was added.",
);
q(
  "status_lookup",
  "what's been completed on the FWCTG programme by 30 sept?",
  "Two milestones were C (Complete) at 30 September 2047: FWC-1.1, the analysis of the 2046/47 WasteDataFlow fly-tipping returns for all English councils (Grace Nakamura; findings to the 19 November meeting, item 4), and FWC-4.2, the hotspot CCTV pilot grants to six councils (Tom Loxley; six grants of £6,000 paid on 26 September).",
  ["FWC-1.1", "FWC-4.2"],
  ["FWC-2.1"],
  [
    [T, "FWC-1.1 | Analyse the 2046/47 WasteDataFlow fly-tipping returns for all English councils | Grace Nakamura | Oct-47 | G | C | Analysis complete. Findings go to the 19 November meeting (item 4)."],
    [T, "FWC-4.2 | Hotspot CCTV pilot: grants to six councils | Tom Loxley | Sep-47 | G | C | Six grants of £6,000 paid on 26 Sept."],
    [T, "C | Complete"],
  ],
  "C in the Q2 column; FWC-2.1 is G (on track) with its draft going to the November meeting.",
);
q(
  "status_lookup",
  "anything overdue in the fly-tipping planner?",
  "Two tasks are flagged Late in the Planner export of 12 November 2047, both still In progress: \"Instruct counsel – vehicle seizure powers (min 5)\", assigned to Tom Loxley, due 31/10/2047 (2 of 4 checklist items done); and \"Higher fixed penalty maximum - request meeting with minister\", assigned to Marcus Delacroix, due 30/09/2047 (1 of 2 checklist items done).",
  ["counsel", "minister"],
  ["DPIA"],
  [
    [P, "Instruct counsel – vehicle seizure powers (min 5) | Actions – 17 Sep 2047 | In progress | Important | Tom Loxley | Ellie Yeoman | 18/09/2047 | 18/09/2047 | 31/10/2047 | false | true"],
    [P, "Higher fixed penalty maximum - request meeting with minister | Lobbying | In progress | Urgent | Marcus Delacroix | Nadia Kapoor | 10/07/2047 | 10/07/2047 | 30/09/2047 | false | true"],
  ],
  "Planner CSV: 'Late' is a true/false column after 'Is Recurring'; the file starts with three plan lines and a blank line above the header. The DPIA task is in progress but not late.",
);
q(
  "status_lookup",
  "has anyone started on the EA joint protocol meeting yet",
  "No. The Planner task \"Arrange first meeting on EA joint protocol\" (Work programme bucket, assigned to Nadia Kapoor, due 20/12/2047) is Not started and labelled Blocked: the Environment Agency's new Deputy Director (waste crime) is not in post until January 2048 (see risk FWCR-05).",
  ["Not started", "January 2048"],
  [],
  [
    [P, "Arrange first meeting on EA joint protocol | Work programme | Not started | Important | Nadia Kapoor"],
    [P, "Blocked: the EA's new Deputy Director (waste crime) is not in post until January 2048. See risk FWCR-05."],
  ],
  "Progress column plus the Labels and a Description with a line break inside the quoted cell.",
);
q(
  "status_lookup",
  "the CCTV data protection risk - gone up or down since Q1?",
  "Down. Risk FWCR-07 (data protection breach from CCTV pilot footage, owner Tom Loxley) now scores 8 (likelihood 2 × impact 4, Medium), against a Q1 score of 12; its trend is ▼, \"score has come down\". Mitigation: a data protection impact assessment template for pilot councils and ICO guidance shared.",
  ["FWCR-07", "12", "8"],
  ["High"],
  [
    [T, "FWCR-07 | Data protection breach from CCTV pilot footage | Tom Loxley | 2 | 4 | 8 | Medium | 12 | ▼ | Data protection impact assessment template for pilot councils; ICO guidance shared | Nov-47"],
    [T, "▼ score has come down"],
  ],
  "Risks sheet: Score and Q1 score are separated by an empty spacer column; the trend arrow is explained in the scoring note below the table.",
);

// ---------------------------------------------------------------- table_lookup (7)
q(
  "table_lookup",
  "how much have we actually spent on the Not In Our Street campaign so far this year?",
  "£9,950 to 30 September 2047 (Q1 £1,200 plus Q2 £8,750), against a budget of £45,000. The forecast outturn is £47,500, an overspend of £2,500 (shown as (2,500) in the variance column).",
  ["9,950"],
  ["16,400"],
  [[T, "5 | \"Not In Our Street\" campaign | 45,000 | - | 45,000 | 1,200 | 8,750 | 9,950 | 47,500 | (2,500)"]],
  "Budget sheet: 'To date' under a merged 'Actual spend' header spanning Q1, Q2 and To date; the overspend is in brackets.",
);
q(
  "table_lookup",
  "whats the forecast variance on the FWCTG budget overall",
  "A forecast underspend of £2,800 for 2047/48: forecast outturn £187,200 against a revised budget of £190,000 (position at 30 September 2047). In the budget sheet an underspend is shown positive and an overspend in brackets.",
  ["2,800", "187,200"],
  ["97,870"],
  [
    [T, "Total | 190,000 | - | 190,000 | 17,750 | 80,120 | 97,870 | 187,200 | 2,800"],
    [T, "Variance = revised budget less forecast outturn: an underspend is positive, an overspend is shown in brackets."],
  ],
  "Total row's last column; 97,870 is spend to date, the neighbouring figure.",
);
q(
  "table_lookup",
  "how many household duty of care FPNs did shire districts issue in 46/47?",
  "940, issued by 96 shire district councils in 2046/47; 62% of them were paid (Table 1 of the item 3 paper for the 19 November 2047 meeting).",
  ["940"],
  ["986"],
  [[A, "Shire districts | 96 | 940 | 62%"]],
  "Booklet PDF: page 5 is the right half of the fifth landscape sheet, beside page 8. 986 is the metropolitan districts' figure.",
);
q(
  "table_lookup",
  "fly tipping in back alleys - numbers for 2046/47?",
  "117,400 incidents in back alleyways in England in 2046/47, down 3.5% from 121,600 in 2045/46.",
  ["117,400"],
  ["171,300"],
  [[A, "Back alleyway | 121,600 | 117,400 | -3.5%"]],
  "Table of land types in item 4; 171,300 is the footpath or bridleway row.",
);
q(
  "table_lookup",
  "what response rate has the enforcement resources survey got to?",
  "56% at 10 November 2047, against a target of 60% (it was 41% at 30 September). The closing date was extended from 18 October to 15 November; the Planner task to chase non-responders is in progress with 3 of 5 checklist items done.",
  ["56%"],
  [],
  [
    [P, "Response rate 41% at 30 Sept, 56% at 10 Nov. Target 60%."],
    [T, "41% response at 30 Sept. Closing date extended from 18 Oct to 15 Nov."],
  ],
  "The latest figure is only in the Planner task's Description; the tracker and the agenda paper give the 41% at 30 September.",
);
q(
  "table_lookup",
  "who owns FWCR-05 and whats it scored",
  "FWCR-05 (Environment Agency restructure delays the joint protocol) is owned by Nadia Kapoor. It scores 12 (likelihood 4 × impact 3), rated Medium; it is a new risk this quarter (no Q1 score). Mitigation: work with EA area teams in the meantime; review January 2048.",
  ["Nadia Kapoor", "12", "Medium"],
  ["Tom Loxley"],
  [[T, "FWCR-05 | Environment Agency restructure delays the joint protocol | Nadia Kapoor | 4 | 3 | 12 | Medium | n/a | New | Work with EA area teams in the meantime | Jan-48"]],
  "Risks sheet of the workbook.",
);
q(
  "table_lookup",
  "number for the finance business partner who supports the fly-tipping group?",
  "Bethany Walmsley, Finance Business Partner (budget monitoring for the Task Group): 020 7946 0984, bethany.walmsley@local.gov.uk.",
  ["Bethany Walmsley", "020 7946 0984"],
  ["020 7946 0976"],
  [[R, "Bethany Walmsley | Budget monitoring | Finance Business Partner | 020 7946 0984 | bethany.walmsley@local.gov.uk"]],
  "Officer support table in the Word terms of reference; also her front sheet in the agenda pack (item 5). 0652 is the clerk's number.",
);

// ---------------------------------------------------------------- people_roles (7)
q(
  "people_roles",
  "who's vice chair of the fly tipping task group?",
  "Cllr Sean Mulholland (Labour, Liverpool City Council) is the Vice-Chair of the Fly-tipping and Waste Crime Task Group in 2047/48. The Chair is Cllr Helen Rowbotham (Conservative, Kent County Council).",
  ["Sean Mulholland"],
  ["Rachel Entwistle"],
  [[R, "Vice-Chair Cllr Sean Mulholland Liverpool City Council Labour"]],
  "The office holders are named only in the organisation chart (text boxes in a drawing group); section 3.2 describes the offices without names.",
);
q(
  "people_roles",
  "which lib dems sit on the fly-tipping TG",
  "Two Liberal Democrat members: Cllr Fiona Gallacher (Cheltenham Borough Council), who is a Deputy Chair, and Cllr Owen Thackray (South Cambridgeshire District Council). The Liberal Democrat substitute is Cllr Patrick Sweeney (Eastbourne Borough Council).",
  ["Fiona Gallacher", "Owen Thackray"],
  ["Jill Stirrup"],
  [
    [R, "Deputy Chair Cllr Fiona Gallacher Cheltenham Borough Council Liberal Democrat"],
    [R, "Liberal Democrat member Cllr Owen Thackray South Cambridgeshire District Council"],
  ],
  "The chart's 'Liberal Democrat member' box holds only Thackray; Gallacher is in a Deputy Chair box labelled with her group. Jill Stirrup is the Independent Deputy Chair.",
);
q(
  "people_roles",
  "who replaced cllr blundel on the waste crime task group?",
  "Cllr Imran Abbasi (Labour, City of Bradford Metropolitan District Council), previously a Labour substitute, became a member from 2 October 2047, when Cllr Karen Blundell (Nottingham City Council) stood down on her appointment to her council's cabinet. The Labour Group then nominated Cllr Lee Pilkington (Salford City Council) as a substitute on 10 October 2047.",
  ["Imran Abbasi"],
  ["Joanne Crowther"],
  [
    [R, "Cllr Imran Abbasi (Labour, City of Bradford Metropolitan District Council), previously a substitute, became a member from 2 October 2047."],
    [P, "Cllr Imran Abbasi (Bradford) moves from substitute to member from 2 Oct."],
  ],
  "Terms of reference 3.5 (a bulleted list under a Word-numbered heading) and the Planner task's description. Joanne Crowther is the other Labour substitute.",
);
q(
  "people_roles",
  "who sent apologies to the fly-tipping TG in sept?",
  "At the meeting of 17 September 2047 apologies were received from Cllr Graham Pattinson (Conservative), Cllr Jill Stirrup (Deputy Chair, Independent) and Cllr Owen Thackray (Liberal Democrat). Cllr Neil Dewhurst substituted for Cllr Pattinson and Cllr Lorna Fitton for Cllr Stirrup.",
  ["Pattinson", "Stirrup", "Thackray"],
  ["Kershaw", "Culshaw"],
  [[M, "Members present: Apologies: CIlr Helen Rowbotham (Chair) (Con) Cllr Graham Pattinson (Con) Cllr Sean Mulholland (Vice-Chair) (Lab) Cllr Jill Stirrup (Deputy Chair) (Ind) Cllr Fiona Gallacher (Deputy Chair) (LD) Cllr Owen Thackray (LD)"]],
  "OCR text of a scanned page: the two-column attendance block was read across, so each line holds a member present (left) and an apology or officer (right). Kershaw and Culshaw were present.",
);
q(
  "people_roles",
  "were there any declarations of interest at the 17 sept fly tipping meeting?",
  "Yes, two non-pecuniary interests: Cllr Priya Sahota in item 4 (the Environment Agency item), as her husband is employed by a waste collection contractor regulated by the Environment Agency – she remained and took part; and Cllr Raymond Culshaw in item 3 (work programme), as he farms land at Canvey Island that has been repeatedly fly-tipped – he remained in the meeting.",
  ["Sahota", "Culshaw"],
  ["Kershaw"],
  [
    [M, "Cllr Priya Sahota declared a non-pecuniary interest in item 4, as her hus- band is employed by a waste collection contractor that is regulated by the Environment Agency."],
    [M, "Cllr Raymond Culshaw declared a non-pecuniary interest in item 3, as he farms land at Canvey Island that has been repeatedly fly-tipped."],
  ],
  "OCR minutes; 'husband' is split by a line-end hyphen.",
);
q(
  "people_roles",
  "who leads FWC-1.3 and FWC-2.2 on the tracker?",
  "FWC-1.3 (national estimate of the cost of clearance) is led by Grace Nakamura, and FWC-2.2 (counsel's opinion on seizing vehicles used for fly-tipping) by Tom Loxley.",
  ["Grace Nakamura", "Tom Loxley"],
  ["Marcus Delacroix"],
  [
    [T, "FWC-1.1 | Analyse the 2046/47 WasteDataFlow fly-tipping returns for all English councils | Grace Nakamura | Oct-47 | G | C"],
    [T, "FWC-2.2 | Counsel's opinion on seizing vehicles used for fly-tipping | Dec-47 | n/a | –"],
  ],
  "The Lead officer cell is merged down (rowspan) over the workstream's rows, so the FWC-1.3 and FWC-2.2 rows have no lead cell of their own. Marcus Delacroix leads FWC-2.3, the next row.",
);
q(
  "people_roles",
  "who are the conservative members of the fly-tipping task group apart from the chair?",
  "Besides the Chair, Cllr Helen Rowbotham (Kent County Council), the Conservative members are Cllr Martin Kershaw (Wealden District Council), Cllr Priya Sahota (Solihull Metropolitan Borough Council) and Cllr Graham Pattinson (North Yorkshire Council). The Conservative substitutes are Cllr Neil Dewhurst and Cllr Sarah Lockwood.",
  ["Martin Kershaw", "Priya Sahota", "Graham Pattinson"],
  ["Sean Mulholland"],
  [[R, "Conservative members Cllr Martin Kershaw Wealden District Council Cllr Priya Sahota Solihull Metropolitan Borough Council Cllr Graham Pattinson North Yorkshire Council"]],
  "A group box of the organisation chart: names and councils on alternate lines under the group's heading.",
);

// ---------------------------------------------------------------- board_paper (7)
q(
  "board_paper",
  "what's the FPN paper asking members to agree?",
  "Item 3 (Household duty of care: a model approach to fixed penalty notices, for decision) recommends that the Task Group: 1. agrees the model approach at paragraph 9, for publication as LGA guidance in January 2048; and 2. agrees that the LGA asks the Government to raise the maximum household duty of care penalty from £600 to £1,000.",
  ["January 2048", "£1,000"],
  [],
  [
    [A, "1. agrees the model approach at paragraph 9, for publication as LGA guidance in January 2048; and"],
    [A, "2. agrees that the LGA asks the Government to raise the maximum household duty of care penalty from £600 to £1,000."],
  ],
  "Front sheet on page 4 of the booklet, the left half of the fourth sheet (its right half is page 9).",
);
q(
  "board_paper",
  "under the model FPN approach how much is the fine if someone pays quickly?",
  "The model approach sets a penalty of £400, reduced to £250 if paid within 10 days. The full £600 applies only where the householder made no check at all or has been warned before, and a first offence where the householder made some check gets a warning letter.",
  ["£250", "10 days"],
  ["14 days"],
  [[A, "(b) a penalty of £400, reduced to £250 if paid within 10 days;"]],
  "Paragraph 9 of item 3, on page 6 (the left half of the last sheet).",
);
q(
  "board_paper",
  "what's the wastedataflow paper for and who do I ask about it",
  "Item 4, \"Fly-tipping in 2046/47: what the WasteDataFlow returns tell us\", is for discussion: the Task Group is asked to note the findings and comment on the proposed focus of the 2048 evidence work on private land and large-scale dumping. Contact officer: Grace Nakamura, Adviser (Data and Evidence), 020 7946 0962, grace.nakamura@local.gov.uk.",
  ["discussion", "Grace Nakamura"],
  ["For decision"],
  [
    [A, "Fly-tipping in 2046/47: what the WasteDataFlow returns tell us Purpose of report For discussion."],
    [A, "Contact officer: Grace Nakamura Position: Adviser (Data and Evidence) Phone no: 020 7946 0962"],
  ],
  "Front sheet of item 4 on page 7, the right half of the last landscape sheet (beside page 6).",
);
q(
  "board_paper",
  "what did the data paper find on bulky waste charegs",
  "Of the 296 councils, 231 charge for bulky waste collections, 38 offer some free collections and 27 have no service of their own. The average charge for collecting three items is £38.50 (range £15 to £95). There was no clear link between the level of charge and the rate of fly-tipping, but councils that introduced a charge during 2046/47 saw a short-term rise.",
  ["231", "£38.50"],
  [],
  [[A, "Of the 296 councils, 231 charge for bulky waste collections, 38 offer some free collections and 27 have no service of their own. The average charge for collecting three items is £38.50 (the range is £15 to £95)."]],
  "Paragraph 8 of item 4, on page 9 (the right half of the fourth sheet, beside page 4).",
);
q(
  "board_paper",
  "item 5 of the nov fly-tipping pack - how do they want to cover the campaign overspend?",
  "Item 5 recommends that the Task Group agrees that the forecast overspend of £2,500 on the campaign is met from the £3,000 left in the contingency, after the £12,000 virement to counsel's opinion agreed on 17 September 2047.",
  ["£2,500", "contingency"],
  [],
  [[A, "2. agrees that the forecast overspend of £2,500 on the campaign is met from the £3,000 left in the contingency after the virement of £12,000 to counsel's opinion agreed on 17 September 2047."]],
  "Recommendation 2 of the item 5 front sheet (page 10, the left half of the third sheet).",
);
q(
  "board_paper",
  "cant make the fly-tipping meeting in november, who do I tell? I'm labour",
  "Tell your political group office so that a substitute can be arranged: the Labour group office is on 020 7946 0992 (labour.group@local.gov.uk). The LGA contact for the meeting is Ellie Yeoman, Member Services Officer, 020 7946 0976.",
  ["020 7946 0992"],
  ["020 7946 0991"],
  [
    [A, "Please tell your political group office if you cannot attend this meeting, so that a substitute can be arranged and the right number of places set out for lunch."],
    [A, "Labour | 020 7946 0992 | labour.group@local.gov.uk"],
  ],
  "Meeting information on page 2 (the left half of the second PDF page, beside page 11). 0601 is the Conservative office.",
);
q(
  "board_paper",
  "which page of the nov fly-tipping agenda pack is the tracker and budget paper on, and whos the contact",
  "Item 5, \"Programme tracker, budget and risks: quarter 2 2047/48\", starts on page 10 of the pack. The contact officer is Bethany Walmsley, Finance Business Partner, 020 7946 0984, bethany.walmsley@local.gov.uk.",
  ["10", "Bethany Walmsley"],
  ["Grace Nakamura"],
  [
    [A, "5 | Programme tracker, budget and risks: quarter 2 2047/48 | 10"],
    [A, "Contact officer: Bethany Walmsley Position: Finance Business Partner"],
  ],
  "Page 10 is printed on the left half of the third landscape sheet (beside page 3, the agenda itself); the page number is the A5 page's own number, not the PDF page.",
);

// ---------------------------------------------------------------- fact (5)
q(
  "fact",
  "how many fly tipping incidents were there in england in 2046/47",
  "1,146,300 incidents were dealt with by councils in England in 2046/47, down 3.2 per cent on 2045/46 (1,184,100).",
  ["1,146,300"],
  [],
  [
    [A, "Councils in England dealt with 1,146,300 fly-tipping incidents in 2046/47, down 3.2 per cent on 2045/46."],
    [A, "Total | 1,184,100 | 1,146,300 | -3.2%"],
  ],
  "Item 4 summary and table total.",
);
q(
  "fact",
  "what did clearing up fly tipping cost councils last year",
  "£71.4 million in 2046/47, down from £73.9 million in 2045/46.",
  ["71.4"],
  [],
  [[A, "The cost of clearance was £71.4 million, down from £73.9 million in 2045/46."]],
  "Item 4, paragraph 4 and summary. 'Last year' from the pack's point of view (November 2047) is 2046/47.",
);
q(
  "fact",
  "whats quorum for the fly tipping task group? how many do we need",
  "A meeting is quorate when at least four members are present, from at least two political groups. Substitutes and members attending online count towards the quorum.",
  ["four", "two political groups"],
  [],
  [[R, "A meeting is quorate when at least four members are present, from at least two political groups."]],
  "Terms of reference section 4.2; the number comes only from Word's multilevel list numbering (and the cached table of contents).",
);
q(
  "fact",
  "how much did they sign off for the counsel's opinion on vehicle seizure, and where's the money from?",
  "Up to £12,000: on 17 September 2047 the Task Group agreed to commission an opinion from counsel at a cost not exceeding £12,000, met by a virement from its contingency budget (budget line 4 now £12,000, contingency cut from £15,000 to £3,000).",
  ["12,000", "contingency"],
  [],
  [
    [M, "The Task Group agreed to commission an opinion from counsel at a cost not exceeding £l2,000, to be met by a virement from the Task Group's con- tingency budget."],
    [T, "Virement: £12,000 moved from contingency to line 4, as agreed by the Task Group on 17 September 2047."],
  ],
  "The OCR misreads the figure as '£l2,000' and splits 'contingency' at a line end; the budget sheet's note gives the clean figure.",
);
q(
  "fact",
  "what name did the fly-tipping TG pick for its campaign and when does it launch?",
  "\"Not In Our Street\", agreed on 17 September 2047, with a launch in March 2048. (Cllr Amina Haque had preferred \"Your Rubbish, Your Responsibility\".)",
  ["Not In Our Street", "March 2048"],
  [],
  [[M, "The Task Group agreed the campaign name \"Not In Our Street\" and a launch in March 2048."]],
  "OCR minutes, item 6, on the third scanned page.",
);

// ---------------------------------------------------------------- cross_document (2)
q(
  "cross_document",
  "the counsel's opinion on vehicle seizure from the sept meeting - has it actually been sent off yet?",
  "No. On 17 September 2047 (minute 5) Tom Loxley was to instruct counsel by 31 October 2047. The Planner export of 12 November shows the task In progress and Late (due 31/10/2047), with 2 of 4 checklist items done: the instructions have been with the Chair for approval since 6 November, held up by the chambers' conflict check, with a new target of 22 November. The tracker (FWC-2.2) also says instructions not yet sent.",
  ["In progress", "31"],
  [],
  [
    [M, "5 Instruct counsel on vehicle seizure powers TL 31 Oct 2047"],
    [P, "Instruct counsel – vehicle seizure powers (min 5) | Actions – 17 Sep 2047 | In progress | Important | Tom Loxley | Ellie Yeoman | 18/09/2047 | 18/09/2047 | 31/10/2047 | false | true"],
    [P, "6 Nov: instructions with the Chair for approval; the chambers' conflict check held them up. New target 22 Nov."],
  ],
  "The minutes' action table (read as a fixed-width block by OCR) gives owner initials and deadline; the Planner export gives the current progress.",
);
q(
  "cross_document",
  "the fly-tipping partnerships workstream they added in september - how's it doing?",
  "The Task Group agreed on 17 September 2047 to add a fifth workstream on partnerships with the Environment Agency and landowners (proposed by Cllr Sean Mulholland). In the Q2 tracker it has two milestones: FWC-5.1, the joint protocol with the Environment Agency (Nadia Kapoor), is R – off track because of the EA restructure (new Deputy Director not in post until January 2048); FWC-5.2, guidance for private landowners with the National Farmers' Union (Marcus Delacroix), is G – on track, with a scoping meeting booked for 15 October.",
  ["FWC-5.1", "FWC-5.2"],
  [],
  [
    [M, "The Task Group agreed the work programme, with a fifth workstream on partnerships with the Environment Agency and landowners."],
    [T, "FWC-5.1 | Joint protocol with the Environment Agency on serious waste crime | Nadia Kapoor | Feb-48 | n/a | R | EA restructure: its new Deputy Director is not in post until January 2048."],
    [T, "FWC-5.2 | Guidance for private landowners, with the National Farmers' Union | Marcus Delacroix | Mar-48 | n/a | G | Scoping meeting booked for 15 Oct."],
  ],
  "Minutes (OCR) for the decision, the workbook for the statuses.",
);

// ---------------------------------------------------------------- unanswerable (5)
q(
  "unanswerable",
  "what did the fly-tipping task group decide about the model FPN approach on 19 november?",
  "Not in the papers: the pack for 19 November 2047 only recommends agreeing the model approach (item 3); there are no minutes of that meeting, and the Planner export (12 November) says the final guidance depends on the Task Group's decision.",
  [],
  [],
  [],
  "Tempting to report the recommendations as the decision.",
);
q(
  "unanswerable",
  "what's the fly-tipping task group's budget for 2048/49?",
  "Not given: the papers cover the 2047/48 budget only (£190,000), and the Task Group is due to finish its work by 31 March 2048.",
  [],
  [],
  [],
  "Tempting to answer £190,000 (2047/48).",
);
q(
  "unanswerable",
  "what was FWC-4.1 rated at end of Q3?",
  "Not in the papers: the tracker gives Q1 and Q2 2047/48 statuses only (FWC-4.1 was A, slipping, at 30 September 2047); no Q3 position has been published.",
  [],
  [],
  [],
  "Only Q1 and Q2 columns exist; item 5 says officers will update the tracker for quarter 3.",
);
q(
  "unanswerable",
  "how many fly tipping incidents were there in wales in 2046/47?",
  "Not in the papers: the WasteDataFlow figures are for England (1,146,300 incidents in 2046/47); Wales is mentioned only because waste enforcement is devolved.",
  [],
  [],
  [],
  "Tempting to give the England total.",
);
q(
  "unanswerable",
  "who was at the first fly-tipping task group meeting back in july?",
  "Not recorded in these papers: there are no minutes or attendance for the meeting of 9 July 2047; the September minutes only record that its minutes were agreed.",
  [],
  [],
  [],
  "Tempting to answer with the 17 September attendance.",
);

if (Q.length !== 40) throw new Error(`${Q.length} questions`);
const lines = Q.map((g, i) => JSON.stringify({ id: `ak${String(i + 1).padStart(3, "0")}`, question: g.question, category: g.category, ...(g.category === "unanswerable" ? { found: false } : {}), answer: g.answer, must_include: g.must_include, must_not_include: g.must_not_include, evidence: g.evidence, notes: g.notes }));
writeFileSync(join(root, "gold.jsonl"), lines.join("\n") + "\n");
console.log(`wrote gold.jsonl (${Q.length} questions)`);
