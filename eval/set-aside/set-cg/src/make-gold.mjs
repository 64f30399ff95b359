// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as the other sets' gold.jsonl: id, question, category, answer, must_include, must_not_include,
// evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable", no evidence and no
// must strings. Quotes are whole rendering lines, or runs of a line's cells, or sentences of a line, taken
// from the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const QLIK = DOCS.qlik, RISK = DOCS.outline, LEG = DOCS.legistar, MAIL = DOCS.email, PAPER = DOCS.paper;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
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
  G.push({ id: `cg${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which measures are red at q3?", "status_lookup",
  "Three measures are R (off track) at quarter 3 2701/02: UWM-02, hectares burned in upland wildfires (2,185 so far this year against 1,500 or fewer); UWM-05, councils with a voluntary agreement with retailers on disposable barbecues (5 against 12 of 12, down from 7); and UWM-10, average response time to moorland wildfire calls (31 minutes against 25 or less, reported for the first time).",
  ["UWM-02", "UWM-05", "UWM-10"], ["UWM-01"],
  [[QLIK, line(QLIK, "UWM-02 | ")], [QLIK, line(QLIK, "UWM-05 | ")], [QLIK, line(QLIK, "UWM-10 | ")], [QLIK, line(QLIK, "R | ")]],
  "Qlik sheet PDF: status only as a letter on a coloured fill in the 'Q3 status' column, named by the 'Status key' text object; the quarter only in the selections bar. UWM-01 was R at Q2, A at Q3.");
q("what got worse between q2 and q3 on the wildfire scorecard", "status_lookup",
  "Two measures dropped a rating from quarter 2 to quarter 3: UWM-04, landowners and managers signed up to the Firewise Uplands code (G on track to A at risk; 171 against 240, slowed since the grant rate was announced), and UWM-05, councils with a voluntary retailer agreement on disposable barbecues (A at risk to R off track; 5 councils, down from 7). UWM-10 is R but had no data at Q2; UWM-01, UWM-03, UWM-07 and UWM-09 improved.",
  ["UWM-04", "UWM-05"], [],
  [[QLIK, line(QLIK, "UWM-04 | ")], [QLIK, line(QLIK, "UWM-05 | ")], [QLIK, line(QLIK, "UWM-04 has slowed")]],
  "Compares the 'Q2 status' and 'Q3 status' letter columns by the key's order (R worse than A worse than G worse than B); '–' at Q2 is no data, not a rating.");
q("any risks above tolerance on the wildfire register?", "status_lookup",
  "Yes, two: UWR-01, a prolonged dry spring bringing more and larger wildfires than the programme and fire services can absorb (score 20, up from 16; owner Saoirse Sedgeworth), and UWR-03, on-call firefighter availability at upland stations falling below crewing levels in the summer (16, up from 12; Saoirse Sedgeworth). Scores of 15 to 25 are high and above the Task Group's tolerance; both go to the Rural Affairs and Resilience Board on 5 March 2702.",
  ["UWR-01", "UWR-03"], [],
  [[RISK, line(RISK, "UWR-01 | ")], [RISK, line(RISK, "UWR-03 | ")], [RISK, line(RISK, "Two risks are above tolerance")], [RISK, line(RISK, "- 🔴 15 to 25")]],
  "Outline markdown export: scores as '🔴 20' in a pipe table, bands only in the list above it, a :::warning notice naming the two.");
q("which risks have gone up since october", "status_lookup",
  "Three risks score higher than in the register taken to the meeting of 16 October 2701: UWR-01, a dry spring bringing more and larger wildfires (16 to 20); UWR-03, on-call firefighter availability (12 to 16); and UWR-08, fire safety messages ignored at peak visitor times (9 to 12). UWR-04, a legal challenge to the PSPO pilot (8), is new since October; UWR-05 went down (15 to 9).",
  ["UWR-01", "UWR-03", "UWR-08"], [],
  [[RISK, line(RISK, "UWR-01 | ")], [RISK, line(RISK, "UWR-03 | ")], [RISK, line(RISK, "UWR-08 | ")], [RISK, line(RISK, "The \"Oct\" column")]],
  "The 'Oct' column against the score, or the trend arrows ('⬆️ up'); UWR-04 is '🆕 new' with '-' for October.");
q("which actions from the 11 dec meeting are still open?", "status_lookup",
  "Three of the eight actions (UWA-31 to UWA-38) were still open at 30 January 2702: UWA-31, Saoirse Sedgeworth's recovery plan for hectares burned (UWM-02), due 12/02/2702 and coming to item 5; UWA-33, Kwabena Fairholt's extension of the firebreak maintenance contracts, due 31/01/2702 and to be signed by Friday 7 February; and UWA-37, Ptolemy Wrathmell's scoping of Wildfire Wise for secondary schools, due 16/04/2702. UWA-32, UWA-34, UWA-35, UWA-36 and UWA-38 are done.",
  ["UWA-31", "UWA-33", "UWA-37"], [],
  [[MAIL, line(MAIL, "Action update since 11 December")], [MAIL, line(MAIL, "UWA-31 | ")], [MAIL, line(MAIL, "UWA-33 | ")], [MAIL, line(MAIL, "UWA-37 | ")]],
  "Thunderbird format=flowed e-mail: the actions table is typed with pipes and its rows are soft-broken over two lines; which are done is only in the covering note.");
q("are the firebreaks finished? UWM-08", "status_lookup",
  "Yes. UWM-08, kilometres of firebreak cut or maintained, is B (complete) at quarter 3, as at quarter 2: 85 km against a target of 85. It will not be reported after Q4.",
  ["complete", "85"], [],
  [[QLIK, line(QLIK, "UWM-08 | ")], [QLIK, line(QLIK, "B | ")], [QLIK, line(QLIK, "UWM-08 (85 km")]],
  "B is 'Complete' only in the status key.");
q("have the dec minutes been approved yet", "status_lookup",
  "No. The minutes of 11 December 2701 are still a draft, 'subject to approval on 12 February 2702' (item 2 of that meeting's agenda); the committee system shows no minutes published for 12/11/2701 ('Not available').",
  ["draft", "12 February"], [],
  [[MAIL, line(MAIL, "DRAFT MINUTES - subject to approval")], [MAIL, line(MAIL, "2. | Minutes of 11 December 2701")], [LEG, cells(LEG, "| 12/11/2701 |", "12/11/2701", 8)]],
  "");

// ------------------------------------------------------------------ table_lookup (7)
q("UWM-06 q3 figure?", "table_lookup",
  "206 fire danger rating signs installed at moorland access points at quarter 3 2701/02, against a target of 300: G (on track), up from 112 at quarter 2.",
  ["206"], [],
  [[QLIK, line(QLIK, "UWM-06 | ")]],
  "The measure name is cut off in the table ('…access poi…').");
q("total vegetation fires so far this year across all the councils?", "table_lookup",
  "648 vegetation fires attended in 2701/02 to the end of quarter 3: 151 in Q1, 379 in Q2 and 118 in Q3 (Tarnmoor the most, 110).",
  ["648"], [],
  [[QLIK, line(QLIK, "Totals | ")], [QLIK, line(QLIK, "Vegetation fires YTD | ")]],
  "Qlik puts the Totals row at the top of the straight table, under the header; the KPI tile gives the same figure.");
q("who owns UWR-03?", "table_lookup",
  "Saoirse Sedgeworth (Senior Adviser, Fire Prevention) owns UWR-03, on-call firefighter availability at upland stations falling below crewing levels in the summer (score 16, above tolerance). Next step: crewing figures from the fire services by 28 February 2702.",
  ["Sedgeworth"], [],
  [[RISK, line(RISK, "UWR-03 | ")]],
  "The owner exists in the markdown only as an Outline mention link, @[Saoirse Sedgeworth](mention://…).");
q("UWR-05 score now vs october?", "table_lookup",
  "UWR-05 (funding for firebreak maintenance contracts ends on 31 March 2702) scores 9 now (likelihood 3 × impact 3, medium), down from 15 in October, since £48,000 bridging funding was agreed on 11 December 2701 and the contracts are being extended to 30 September 2702.",
  ["9", "15"], [],
  [[RISK, line(RISK, "UWR-05 | ")]],
  "");
q("who's got UWA-33 and when's it due", "table_lookup",
  "Kwabena Fairholt (Finance Business Partner): extend the firebreak maintenance contracts to 30 September 2702, due 31/01/2702 (minute 5). The clerk's update of 30 January says it is in hand and the extensions will be signed by Friday 7 February.",
  ["Fairholt", "31/01/2702"], [],
  [[MAIL, line(MAIL, "UWA-33 | ")], [MAIL, sentence(MAIL, "UWA-33 (the firebreak contracts)")]],
  "The typed row is soft-broken over two lines in the e-mail as sent.");
q("how many hectares have burned so far this year", "table_lookup",
  "2,185 hectares in 2701/02 to the end of quarter 3 (UWM-02, year to date), against a target of 1,500 or fewer: off track (R). 640 of them were burned in the Fellhaven Moor fire of 14 November 2701.",
  ["2,185"], [],
  [[QLIK, line(QLIK, "UWM-02 | ")], [QLIK, line(QLIK, "UWM-02: 640 of the 2,185")]],
  "The KPI tile shows the figure in Qlik's automatic format, '2.19k'.");
q("how many meetings has cllr fearnhough made this year", "table_lookup",
  "2 of 3: Cllr Benedict Fearnhough was excused (apologies) on 17 July 2701 and present on 16 October and 11 December 2701.",
  ["2 of 3"], [],
  [[LEG, line(LEG, "Benedict Fearnhough | Excused")], [LEG, line(LEG, "Person Name | 7/17/2701")]],
  "Attendance tab of the committee system page, hidden (display:none) in the saved page; dates as M/D/YYYY column headings.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the upland wildfire tg?", "people_roles",
  "Cllr Araminta Pendleberry (Conservative, Tarnmoor County Council) is Chair of the Upland Wildfire Task Group, appointed from 21 May 2701; the Vice Chair is Cllr Lowri Haverthwaite and the Deputy Chair Cllr Tobias Braithby.",
  ["Pendleberry"], [],
  [[LEG, line(LEG, "Araminta Pendleberry | Chair")], [MAIL, line(MAIL, "Present: ")]],
  "");
q("who's the lead member for peatland?", "people_roles",
  "Cllr Fergus Tennyhurst (Green, Cragbourne Borough Council) is lead member for peatland restoration; he also leads on UWM-08, firebreaks.",
  ["Tennyhurst"], [],
  [[LEG, line(LEG, "Lead members 2701/02")]],
  "The portfolios are only in the running text of the body's description.");
q("who replaced cllr ruthvenson?", "people_roles",
  "Cllr Ingrid Scholefield (Labour, Ottermere City Council), appointed by the Board from 4 January 2702 (start date 1/4/2702 on the committee system). Cllr Cuthbert Ruthvenson stood down on 30 November 2701.",
  ["Scholefield"], [],
  [[MAIL, line(MAIL, "We welcome ")], [LEG, line(LEG, "Ingrid Scholefield | Member")], [LEG, line(LEG, "Cuthbert Ruthvenson | Member")]],
  "The committee system gives the date as 1/4/2702 (M/D/YYYY), which a UK reader takes for 1 April.");
q("who subbed at the december meeting", "people_roles",
  "Cllr Oswin Pickersleigh (Conservative, Fellhaven) substituted for Cllr Sunniva Langhorne at the meeting of 11 December 2701.",
  ["Pickersleigh", "Langhorne"], [],
  [[MAIL, line(MAIL, "Substitute: ")], [LEG, line(LEG, "Oswin Pickersleigh | ")]],
  "");
q("apologies for 11 dec?", "people_roles",
  "Cllr Sunniva Langhorne (Cllr Oswin Pickersleigh substituted) and Cllr Rashid Garsdale. Cllr Fergus Tennyhurst joined online; Cllr Ruthvenson's seat was vacant.",
  ["Langhorne", "Garsdale"], [],
  [[MAIL, line(MAIL, "Apologies: ")], [MAIL, line(MAIL, "1.1 Apologies were received")]],
  "The committee system records them as 'Excused'.");
q("who voted against the barbecue thing in december, and did anyone not vote?", "people_roles",
  "Cllr Fergus Tennyhurst voted against asking officers for a PSPO pilot proposal (he had proposed asking councils to stop the sale of disposable barbecues altogether, with no seconder); it was agreed 8 for, 1 against. Cllr Marguerite Odukoya did not vote: she declared an interest, as her employer, Heatherleigh Outdoor Supplies, sells disposable barbecues.",
  ["Tennyhurst", "Odukoya"], [],
  [[MAIL, line(MAIL, "AGREED (8 for, 1 against)")], [MAIL, line(MAIL, "2.2 Cllr Odukoya declared")], [MAIL, line(MAIL, "6.2 Cllr Tennyhurst")]],
  "");
q("who are the named subs for the wildfire tg", "people_roles",
  "Three substitute members: Cllr Delphine Arkholme (Labour, Gillthwaite Borough Council), Cllr Tamsin Marwoodley (Liberal Democrat, Swaledon District Council) and Cllr Oswin Pickersleigh (Conservative, Fellhaven District Council).",
  ["Arkholme", "Marwoodley", "Pickersleigh"], [],
  [[LEG, line(LEG, "Delphine Arkholme | Substitute Member")], [LEG, line(LEG, "Tamsin Marwoodley | Substitute Member")], [LEG, line(LEG, "Oswin Pickersleigh | Substitute Member")]],
  "The committee system's title 'Substitute Member'.");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the pspo pilot paper?", "board_paper",
  "That the Task Group: (a) agrees a 12-month pilot of a Public Spaces Protection Order banning the lighting of fires and barbecues on open moorland in Tarnmoor, Fellhaven and Skelldale from 1 April 2702, subject to each council making the order; (b) allocates £62,500 to the pilot: £40,000 from the underspend on fire danger rating signs (UWM-06) and £22,500 from the programme contingency; (c) agrees a fixed penalty of £100 for a breach of the order, reduced to £60 if paid within 14 days; and (d) asks officers to report an evaluation of the pilot to the Task Group in April 2703.",
  ["1 April 2702", "£62,500", "£100", "April 2703"], [],
  [[PAPER, line(PAPER, "(a) agrees a 12-month pilot")], [PAPER, line(PAPER, "(b) allocates")], [PAPER, line(PAPER, "(c) agrees a fixed penalty")], [PAPER, line(PAPER, "(d) asks officers")]],
  "Word paper assembled by HotDocs: the recommendations are a row of the front-sheet table spanning both columns.");
q("who's the contact officer for item 6 on 12 feb?", "board_paper",
  "Saoirse Sedgeworth, Senior Adviser, Fire Prevention: 020 7946 0657, saoirse.sedgeworth@local.gov.uk. The report is of Ptolemy Wrathmell, Programme Manager, Upland Wildfire; the lead member is Cllr Hyacinth Oyewusi.",
  ["Sedgeworth"], [],
  [[PAPER, line(PAPER, "Contact officer | ")], [MAIL, line(MAIL, "Item 6 is a key decision")]],
  "The contact officer's cell holds four lines (name, post, phone, e-mail).");
q("is the pspo paper a key decision? is it exempt?", "board_paper",
  "Yes, it is a key decision (the Yes box is ticked: ☒ Yes ☐ No), and it is not exempt: exempt information is ☐ Yes ☒ No, so it is taken in public.",
  ["key decision", "not exempt"], [],
  [[PAPER, line(PAPER, "Key decision | ")], [PAPER, line(PAPER, "Exempt information | ")], [MAIL, line(MAIL, "6. | ")]],
  "Both options are printed with a ticked and an empty box; the answer is which box is ticked.");
q("which option does the barbecue paper go for?", "board_paper",
  "Option 3: a PSPO pilot with signs, patrols and an independent evaluation in three council areas (£62,500), which gives officers a power to act and a fixed penalty. Option 1 (do nothing, £0) and option 2 (signs and visitor information only, £27,000) are not recommended: signs alone give officers no power to act.",
  ["Option 3"], [],
  [[PAPER, line(PAPER, "3 | PSPO pilot")], [PAPER, line(PAPER, "3.1 Option 3 is recommended")]],
  "The 'Recommended' cell of options 1 and 2 is one cell merged down ('No').");
q("what did the pspo consultation say", "board_paper",
  "The three councils consulted jointly for six weeks, from 4 November to 16 December 2701. 412 people responded: 71% supported a ban, 18% opposed it and 11% were unsure (Tarnmoor 187 responses, Fellhaven 131, Skelldale 94).",
  ["412", "71%"], [],
  [[PAPER, line(PAPER, "4.1 The three councils consulted")], [PAPER, line(PAPER, "Total | 412")]],
  "");
q("which councils are in the pspo pilot", "board_paper",
  "Three: Tarnmoor County Council, Fellhaven District Council and Skelldale District Council – the three areas with the most vegetation fires this year (110, 99 and 81 to the end of Q3).",
  ["Tarnmoor", "Fellhaven", "Skelldale"], [],
  [[PAPER, line(PAPER, "Councils affected | ")]],
  "");
q("how's the pilot being paid for", "board_paper",
  "£62,500 in all: £40,000 from the underspend on fire danger rating signs (UWM-06) and £22,500 from the programme contingency. Of the cost, £14,500 is one-off (signs) and £48,000 running.",
  ["£40,000", "£22,500"], [],
  [[PAPER, line(PAPER, "5.2 Funded from")], [PAPER, line(PAPER, "(b) allocates")]],
  "");

// ------------------------------------------------------------------ fact (3)
q("how big was the fellhaven moor fire", "fact",
  "The Fellhaven Moor fire of Thursday 14 November 2701 burned 640 hectares over 3 days; 11 appliances and 64 firefighters attended. It started from a disposable barbecue near the Scar Top car park.",
  ["640"], [],
  [[MAIL, line(MAIL, "7.1 Hamish Snaizeholme presented")]],
  "");
q("whats the quorum for the wildfire tg", "fact",
  "Four members, including the Chair or the Vice Chair.",
  ["four"], [],
  [[LEG, line(LEG, "Membership: twelve councillors")]],
  "Only in the body's description on the committee system page.");
q("why is the response time measure red - is it just the fellhaven fire?", "fact",
  "UWM-10, average response time to moorland wildfire calls, is 31 minutes at Q3 against a target of 25 or less (R, reported for the first time). The average includes the Fellhaven Moor fire of 14 November, when the first appliance took 58 minutes to reach the fire; without it the average would be 27 minutes – still above the 25-minute target.",
  ["27", "58"], [],
  [[QLIK, line(QLIK, "UWM-10 is reported for the first time")], [QLIK, line(QLIK, "UWM-10 | ")]],
  "Only in the Qlik sheet's commentary text box, which the PDF's text meets before the tables.");

// ------------------------------------------------------------------ briefing (2)
q("brief me on the 11 dec meeting", "briefing",
  "The Upland Wildfire Task Group met on Wednesday 11 December 2701 (Room 2.4, 18 Smith Square and Teams), chaired by Cllr Araminta Pendleberry; Cllr Pickersleigh substituted for Cllr Langhorne, Cllr Garsdale sent apologies and Cllr Tennyhurst joined online. Cllr Stanghow (item 5) and Cllr Odukoya (item 6) declared interests. It noted the Q2 performance report and risk register and asked for a UWM-02 recovery plan; released £48,000 from the contingency to extend the firebreak maintenance contracts to 30 September 2702; asked officers, 8 for and 1 against, for a PSPO pilot proposal for 12 February covering Tarnmoor, Fellhaven and Skelldale; heard the debrief of the Fellhaven Moor fire (640 hectares); and agreed to extend Wildfire Wise to secondary schools from September 2702. Actions UWA-31 to UWA-38. The minutes are still a draft.",
  ["£48,000", "Pickersleigh", "PSPO"], [],
  [[MAIL, line(MAIL, "AGREED: to release £48,000")], [MAIL, line(MAIL, "AGREED (8 for, 1 against)")], [MAIL, line(MAIL, "Substitute: ")], [MAIL, line(MAIL, "AGREED: to extend Wildfire Wise")]],
  "");
q("quick summary of q3 performance for the chair pls", "briefing",
  "Quarter 3 2701/02: 3 measures on track (G), 2 at risk (A), 3 off track (R) and 2 complete (B). Off track: UWM-02 hectares burned (2,185 against 1,500 or fewer; 640 in the Fellhaven Moor fire), UWM-05 councils with a retailer agreement on disposable barbecues (5, down from 7; the PSPO pilot is the proposed response) and UWM-10 response times (31 minutes against 25; 27 without the Fellhaven fire). Worse since Q2: UWM-04 and UWM-05. Improved: UWM-01, UWM-03, UWM-07 and UWM-09. Complete: UWM-08 (firebreaks) and UWM-09 (resilience plans). Vegetation fires so far this year: 648.",
  ["UWM-02", "UWM-05", "UWM-10"], [],
  [[QLIK, line(QLIK, "Measures on track | ")], [QLIK, line(QLIK, "Off track | ")], [QLIK, line(QLIK, "UWM-02 | ")], [QLIK, line(QLIK, "UWM-05 | ")], [QLIK, line(QLIK, "UWM-10 | ")]],
  "");

// ------------------------------------------------------------------ cross_document (3)
q("how much bridging money did we agree for the firebreaks in december? the chair's email says 45k", "cross_document",
  "£48,000, from the programme contingency, to extend the firebreak maintenance contracts to 30 September 2702 (minute 5, 11 December 2701). The £45,000 in the Chair's quoted e-mail was the figure in the first draft of the minutes; she asked for it to be corrected to £48,000, and the clerk made the correction. The risk register gives £48,000 too (UWR-05).",
  ["£48,000"], [],
  [[MAIL, line(MAIL, "AGREED: to release £48,000")], [MAIL, line(MAIL, "Thank you - the draft is fine")], [MAIL, sentence(MAIL, "I have made the Chair's correction")], [RISK, line(RISK, "UWR-05 | ")]],
  "The quoted message under the signature still has the draft's £45,000.");
q("when were the papers for 12 feb published? the pspo paper just says ***Publication date***", "cross_document",
  "Thursday 30 January 2702: the clerk's e-mail of that day says the papers for 12 February 'were published on the committee system today'. The paper's 'Date of publication' is an unanswered template field.",
  ["30 January"], [],
  [[MAIL, line(MAIL, "The papers for the meeting on Wednesday 12 February")], [MAIL, line(MAIL, "Date: ")], [PAPER, line(PAPER, "Date of publication | ")]],
  "The date is only the e-mail's Date header plus 'today'.");
q("does the pspo pilot have to go to the board or can the tg sign it off", "cross_document",
  "The Task Group can decide it: it may commit up to £75,000 from the programme budget in any one decision (larger sums go to the Rural Affairs and Resilience Board), and the pilot costs £62,500.",
  ["£75,000", "£62,500"], [],
  [[LEG, line(LEG, "The Task Group may commit up to £75,000")], [PAPER, line(PAPER, "5.3 The Task Group may commit")], [PAPER, line(PAPER, "Total | £14,500")]],
  "The limit is in the committee system's description and in the paper.");

// ------------------------------------------------------------------ unanswerable (4)
q("what were the q4 numbers for UWM-02?", "unanswerable",
  "Not in the papers: the scorecard gives quarter 2 and quarter 3 2701/02 only (UWM-02 was 2,185 hectares, off track, at Q3).",
  [], [], [], "Near miss: Q2 and Q3 columns only; Q4 has not happened.");
q("what did the tg decide on the pspo pilot on 12 feb?", "unanswerable",
  "Not known from these papers: they were written before the meeting of 12 February 2702. The paper recommends a pilot from 1 April 2702 at £62,500, but no decision is recorded.",
  [], [], [], "Near miss: the recommendations, not a decision.");
q("whats cllr scholefield's email address", "unanswerable",
  "Not given: her row on the committee system has no e-mail address, and she is not among the e-mail's recipients.",
  [], [], [], "Near miss: every other member's e-mail is listed.");
q("how much did the fellhaven moor fire cost to put out?", "unanswerable",
  "Not in the papers: they give its size (640 hectares over 3 days, 11 appliances, 64 firefighters) but no cost.",
  [], [], [], "Near miss: the debrief's figures, no cost.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
