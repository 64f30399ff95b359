// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells or a
// sentence of a line, taken from the renderings, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const V = DOCS.votes, R = DOCS.report, TF = DOCS.typeform, MT = DOCS.menti, GB = DOCS.gitbook;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} (${k}) in ${doc}`);
  return l;
};
const has = (doc, s, k = 0) => {
  const l = lines(doc).filter((x) => x.includes(s))[k];
  if (!l) throw new Error(`no line with ${s} in ${doc}`);
  return l;
};
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
const cells = (doc, start, n, k = 0) => line(doc, start, k).split(" | ").slice(0, n).join(" | ");
const seatRow = (s) => line(V, `${s} | Cllr `);

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bq${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which TSH measures are red at q3?", "status_lookup",
  "Two measures are rated red (off track) at quarter 3 2311/12 (to 31 December 2311): TSH-02, hackney carriages that are wheelchair accessible (29% against a target of 40% by March 2313; nine accessible vehicles retired in Sculmoor and Ottersby), and TSH-08, joint enforcement operations with the police (6 against 12 a year; police resourcing, only one operation in Q3).",
  ["TSH-02", "TSH-08"], ["TSH-01", "TSH-03"],
  [[GB, line(GB, "TSH-02 | ")], [GB, line(GB, "TSH-08 | ")], [GB, line(GB, "Ratings: ")]],
  "GitBook page: the rating is a '●' whose meaning is only the colour of its <mark>, read with the key line; the Q2 tab (where TSH-01 and TSH-03 were red) is superseded.");
q("what got better between q2 and q3 on the harmonisation measures", "status_lookup",
  "Three measures improved from quarter 2 to quarter 3 2311/12: TSH-01, drivers with in-date safeguarding training (88%, off track, to 96%, some risk); TSH-03, average working days to issue a new driver licence (34, off track, to 27, some risk); and TSH-07, councils applying the common driver conditions (3 of 5, some risk, to 5 of 5, achieved).",
  ["TSH-01", "TSH-03", "TSH-07"], ["TSH-04"],
  [[GB, line(GB, "TSH-01 | ", 0)], [GB, line(GB, "TSH-01 | ", 1)], [GB, line(GB, "TSH-03 | ", 0)], [GB, line(GB, "TSH-03 | ", 1)], [GB, line(GB, "TSH-07 | ", 0)], [GB, line(GB, "TSH-07 | ", 1)]],
  "Compares the two tabs' colours (red worse than orange worse than green; blue achieved). TSH-02, TSH-04 and TSH-08 got worse; TSH-06 has no return.");
q("is TSH-07 done?", "status_lookup",
  "Yes: TSH-07 is achieved (blue) at quarter 3: 5 of 5 councils apply the common driver conditions, against a target of 5 of 5 by 31 December 2311 – Sculmoor and Ottersby adopted them in November. At quarter 2 it was 3 of 5 (some risk).",
  ["achieved", "5 of 5"], [],
  [[GB, line(GB, "TSH-07 | ", 0)], [GB, line(GB, "Ratings: ")]],
  "Blue only as a colour in the mark; 'achieved' only in the key line.");
q("whats the rating for TSH-06 at q3", "status_lookup",
  "There is no rating: TSH-06 (licensed vehicles that are ultra low emission, target 25% by March 2313) shows ○, no return, at quarter 3 because Ottersby's fleet return was not received. At quarter 2 it was 14% and on track (green).",
  ["no return", "Ottersby"], [],
  [[GB, line(GB, "TSH-06 | ", 0)], [GB, line(GB, "Ratings: ")], [GB, line(GB, "TSH-06 | ", 1)]],
  "'○' is explained only at the end of the key line; the Q2 green is superseded.");
q("did the amendment to go with option A get through on 18 jan?", "status_lookup",
  "No. The amendment to recommendation (a) – Option A, flag fall £3.60 and a typical two-mile daytime fare of £9.90, instead of Option B – was not carried on 18 January 2312 (vote 2, closed at 10:58:17): 5 for, 7 against, 1 abstention. The substantive motion for Option B was then carried.",
  ["not carried", "7 against"], [],
  [[V, line(V, "2 | 10:58:17")], [V, line(V, "Motion: Amendment")], [V, line(V, "YES 5")]],
  "Chamber voting printout: summary row and the vote's own page.");
q("are the new taxi fares in force yet?", "status_lookup",
  "Not yet. The Joint Committee approved Option B on 18 January 2312; the notice of the new table of fares is published on Friday 26 January 2312 and objections close on Friday 16 February 2312. If none are made, the new fares apply from Friday 1 March 2312; until 29 February 2312 the current tariff stays in force.",
  ["1 March 2312", "16 February"], [],
  [[GB, line(GB, "On 18 January 2312 the Joint Committee approved")], [GB, line(GB, '{% tab title="Until 29 February 2312"')], [R, line(R, "(b) authorises")]],
  "The page of 24 January shows both tariffs in tabs; only the tab titles say which applies when.");
q("were the minutes of the nov meeting approved?", "status_lookup",
  "Yes. On 18 January 2312 (vote 1, item 3) the Joint Committee approved the minutes of the meeting held on Thursday 16 November 2311 as a correct record: 12 for, 0 against, 1 abstention (seat 5, Cllr Saoirse Pengarth).",
  ["approved", "12 for"], [],
  [[V, line(V, "Motion: That the minutes")], [V, line(V, "1 | 10:06:41")], [V, line(V, "Seat map (seat number, vote)", 0)], [V, seatRow(5)]],
  "The abstainer is known only as seat 5's 'A' in the seat map, joined to the seat allocation.");

// ------------------------------------------------------------------ table_lookup (7)
q("whats the typical 2 mile fare under option B", "table_lookup",
  "£10.30 for a typical two-mile daytime journey under Option B (Tariff 1 flag fall £3.70 and 22p for each further 110 yards), up 9.6% from £9.40. Option A would have been £9.90.",
  ["£10.30"], [],
  [[R, has(R, "Table: the three options")], [GB, line(GB, "Typical two-mile daytime fare", 0)]],
  "In the report the figure is only in the picture's alt text (mammoth's raw text has none of it); the GitBook tab 'From 1 March 2312' repeats it.");
q("night time flag fall from 1 march?", "table_lookup",
  "£4.80 – the Tariff 2 flag fall (first 220 yards; 22:00 to 06:00, Sundays and bank holidays) in the table of fares that applies from 1 March 2312 if no objections are made.",
  ["£4.80"], ["£4.40"],
  [[GB, line(GB, "Flag fall (first 220 yards)", 0)], [GB, line(GB, '{% tab title="From 1 March 2312')]],
  "Trap: the 'Until 29 February 2312' tab has the same row with £4.40.");
q("TSH-04 q3 figure?", "table_lookup",
  "79% of vehicles passed the compliance test first time at quarter 3 2311/12, against a target of 85%: some risk (orange), down from 86% (on track) at quarter 2; tyre and light failures were up in winter.",
  ["79%"], [],
  [[GB, line(GB, "TSH-04 | ", 0)]],
  "");
q("how many voted for option B at the joint committee", "table_lookup",
  "9 for, 3 against and 1 abstention: the substantive motion approving recommendations (a) to (d) – Option B, flag fall £3.70 and a typical two-mile daytime fare of £10.30 from 1 March 2312 if no objections – was carried on 18 January 2312 (vote 3, closed 11:04:52).",
  ["9 for", "3 against"], [],
  [[V, line(V, "3 | 11:04:52")], [V, line(V, "YES 9")]],
  "");
q("what did the mirefoot disability access group say in the fare consultation", "table_lookup",
  "The Mirefoot Disability Access Group (an organisation, Mirefoot area) could support Option A or Option C, preferred Option A (about 5%, typical 2-mile fare £9.90), scored today's fares 5 for fairness, and commented: 'Any rise hits disabled passengers who cannot use buses; please keep the waiting-time charge down and fund more wheelchair-accessible taxis.'",
  ["Option A", "waiting-time"], [],
  [[TF, has(TF, "Mirefoot Disability Access Group")], [R, sentence(R, "The Tessendale Chamber of Commerce and the Mirefoot")]],
  "Typeform export: the support columns are headed only by the option labels; the question is not in the file.");
q("how many consultation responses preferred option C", "table_lookup",
  "6 of the 26 responses preferred Option C (no change); 9 preferred Option A and 11 Option B. 8 respondents said they could support Option C.",
  ["6", "26"], [],
  [[R, has(R, "Chart: which one option")], [R, sentence(R, "responses were received")]],
  "The counts are only in Figure 3's alt text; the Typeform rows add up to the same.");
q("menti score for making CCTV mandatory?", "table_lookup",
  "3.9 on the 1 to 5 scale (1 = strongly disagree, 5 = strongly agree) for 'CCTV should be mandatory in all licensed vehicles', from 13 responses at the members' workshop of 23 November 2311.",
  ["3.9"], [],
  [[MT, line(MT, "CCTV should be mandatory")], [MT, line(MT, "How far do you agree?")]],
  "The average sits between the scale's ends '1' and '5' on the track.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the taxi joint committee", "people_roles",
  "Cllr Marisol Fenmarrow (Labour, Calderholt Borough Council) is Chair of the Taxi and Private Hire Licensing Joint Committee; Cllr Ambrose Hetherfield (Conservative, Quillanby District Council) is Vice-Chair.",
  ["Fenmarrow"], [],
  [[GB, line(GB, "Cllr Marisol Fenmarrow")], [V, seatRow(1)]],
  "");
q("who moved the option A amendment?", "people_roles",
  "Cllr Ezekiel Marchetti-Bowe (Conservative, Mirefoot District Council), in seat 8, moved it; Cllr Cuthbert Ravelsby (Independent, Quillanby District Council), in seat 6, seconded it. The amendment was not carried (5 for, 7 against, 1 abstention).",
  ["Marchetti-Bowe", "Ravelsby"], [],
  [[V, line(V, "Mover: Seat 8")], [V, seatRow(8)], [V, seatRow(6)]],
  "The vote page names seats only; names come from the seat allocation on the last page.");
q("who voted against option B on the 18th", "people_roles",
  "Three members voted against the substantive motion for Option B (vote 3): Cllr Cuthbert Ravelsby (seat 6, Quillanby), Cllr Ezekiel Marchetti-Bowe (seat 8, Mirefoot) and Cllr Florian Ashburner (seat 14, Sculmoor). Seat 3 abstained; the motion was carried 9 for, 3 against, 1 abstention.",
  ["Ravelsby", "Marchetti-Bowe", "Ashburner"], [],
  [[V, line(V, "Seat map (seat number, vote)", 2)], [V, seatRow(6)], [V, seatRow(8)], [V, seatRow(14)]],
  "N under circles 6, 8 and 14 on vote 3's page, joined to the seat allocation.");
q("who's the contact officer on the fare tariff report", "people_roles",
  "Kwabena Hollinsdrake, Licensing Manager, Tessendale Licensing Partnership – 01632 960418, kwabena.hollinsdrake@tessendale-licensing.gov.uk.",
  ["Hollinsdrake", "01632 960418"], [],
  [[R, line(R, "Contact officer | ")], [R, line(R, "Telephone 01632 960418")]],
  "");
q("who is lead member for safeguarding", "people_roles",
  "Cllr Saoirse Pengarth (Quillanby District Council) is lead member for safeguarding and driver standards; she is the lead member for TSH-01, TSH-03 and TSH-07.",
  ["Pengarth"], [],
  [[GB, line(GB, "Cllr Saoirse Pengarth")], [GB, line(GB, "TSH-01 | ", 0)]],
  "");
q("who didnt vote on excluding the press on 18 jan?", "people_roles",
  "Cllr Dunstan Oakridge (seat 3, Conservative, Calderholt) – he left the meeting at 11:52, before vote 5 at 11:58, so seat 3 shows '–' (not voted). The exclusion was carried 12 for, 0 against. Cllr Scarrowby and Cllr Tiptree had sent apologies.",
  ["Oakridge", "11:52"], [],
  [[V, line(V, "Seat map (seat number, vote)", 4)], [V, seatRow(3)], [V, line(V, "5 | 11:58:30")]],
  "");
q("apologies for the 18 jan joint committee?", "people_roles",
  "Two members sent apologies for 18 January 2312: Cllr Henrietta Scarrowby (Ottersby Borough Council, seat 11) and Cllr Rosamund Tiptree (Sculmoor District Council, seat 15); 13 of the 15 were present at the start.",
  ["Scarrowby", "Tiptree"], [],
  [[V, seatRow(11)], [V, seatRow(15)], [V, line(V, "Delegates allocated")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs in the fare tariff report?", "board_paper",
  "The report (item 6, 18 January 2312) asks the Joint Committee to: (a) approve Option B – Tariff 1 flag fall £3.70 and 22p for each further 110 yards, a typical two-mile daytime fare rising from £9.40 to £10.30; (b) authorise the Licensing Manager to publish notice of the varied table of fares under section 65 of the Local Government (Miscellaneous Provisions) Act 1976, objections by Friday 16 February 2312, so that if none is made the tariff takes effect on Friday 1 March 2312; (c) note that objections not withdrawn go to the meeting on Thursday 21 March 2312, which sets the date; (d) agree to review the tariff again in autumn 2313 with the same cost index.",
  ["Option B", "section 65", "21 March", "autumn 2313"], [],
  [[R, line(R, "(a) approves Option B")], [R, line(R, "(b) authorises")], [R, line(R, "(c) notes that")], [R, line(R, "(d) agrees")]],
  "");
q("is the fare review a key decision? anything exempt?", "board_paper",
  "It is a key decision – yes, because it affects passengers in all five council areas – and it is not exempt: there is no exempt information and the report is for publication. Wards affected: all wards in the five councils.",
  ["key decision", "not exempt"], [],
  [[R, line(R, "Key decision | ")], [R, line(R, "Exempt information | ")]],
  "");
q("what happens if someone objects to the new fare table", "board_paper",
  "Objections must be made by Friday 16 February 2312. If objections are made and not withdrawn, they go to the Joint Committee's meeting on Thursday 21 March 2312, which considers them and sets the date on which the tariff takes effect – no more than two months after the first date under section 65. With no objection, the tariff starts on Friday 1 March 2312.",
  ["21 March", "16 February"], [],
  [[R, line(R, "(c) notes that")], [R, sentence(R, "If objections are made and not withdrawn")]],
  "");
q("what fare options did the report look at", "board_paper",
  "Three: Option A – Tariff 1 flag fall £3.60, 21p per further 110 yards, typical two-mile daytime fare £9.90 (up 5.3%); Option B – flag fall £3.70, 22p, £10.30 (up 9.6%), recommended; Option C – no change, £9.40. Tariff 3 stays at Tariff 1 doubled under every option.",
  ["Option A", "Option B", "Option C", "£9.90", "£10.30", "£9.40"], [],
  [[R, has(R, "Table: the three options")]],
  "All figures only in Figure 2's alt text.");
q("does the fare change cost the councils anything", "board_paper",
  "Not in fares – they are paid by passengers and do not fall on the councils' budgets. Publishing the statutory notice in two local newspapers will cost about £1,850, met from the Partnership's licensing budget for 2311/12.",
  ["£1,850"], [],
  [[R, line(R, "6.1 ")]],
  "");
q("which item was in private on 18 jan and why", "board_paper",
  "Item 9, the review of a driver's licence (case TL/2311/0583). Under item 8 the Joint Committee voted 12 to 0 to exclude the press and public because the item involves the likely disclosure of exempt information under paragraphs 1 and 7 of Part 1 of Schedule 12A to the Local Government Act 1972.",
  ["item 9", "paragraphs 1 and 7"], [],
  [[V, line(V, "Motion: That the press and public")], [V, line(V, "5 | 11:58:30")]],
  "");
q("what did they agree on vehicle age", "board_paper",
  "Vote 4 (item 7, vehicle age policy) was carried on 18 January 2312, 12 for, 0 against, 1 abstention: from 1 April 2313 a hackney carriage or private hire vehicle is first licensed at no more than 5 years old and not relicensed after 10 years old (12 years for a wheelchair-accessible vehicle), in all five councils.",
  ["5 years", "10 years", "12 years", "1 April 2313"], [],
  [[V, line(V, "Motion: That from 1 April 2313")], [V, line(V, "4 | 11:39:05")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when was the members workshop and how many came", "fact",
  "Thursday 23 November 2311 (the results say 23 Nov 2311), at Calderholt Civic Centre, Committee Room 2, presented by Kwabena Hollinsdrake: 13 participants.",
  ["23 November 2311", "13 participants"], [],
  [[MT, line(MT, "Presented by")], [MT, line(MT, "13 participants")]],
  "");
q("what came top in the menti priorities ranking", "fact",
  "Safeguarding training for every driver came first (12 votes), then one set of driver conditions across the five councils, more wheelchair-accessible vehicles, cleaner (ultra low emission) vehicles, and last a local knowledge test for new drivers.",
  ["Safeguarding training"], [],
  [[MT, line(MT, "Rank our priorities")], [MT, line(MT, "Safeguarding training for every driver")]],
  "The rank is only the order of the list (no numbers).");
q("when did the fare consultation close", "fact",
  "Friday 8 December 2311. It ran online from Monday 6 November to Friday 8 December 2311 and had 26 responses.",
  ["8 December 2311"], [],
  [[R, sentence(R, "5.1 The consultation ran online")]],
  "");
q("what time was the fares amendment vote", "fact",
  "Voting on the amendment (vote 2, item 6) opened at 10:57:50 and closed at 10:58:17 on 18 January 2312.",
  ["10:58"], [],
  [[V, line(V, "Voting opened: 18/01/2312 10:57:50")]],
  "");
q("which papers is the fare notice going in", "fact",
  "The Calderholt Courier and the Sculmoor Gazette, on Friday 26 January 2312.",
  ["Calderholt Courier", "Sculmoor Gazette"], [],
  [[GB, line(GB, "Friday 26 January 2312, in the")]],
  "GitBook stepper step.");

// ------------------------------------------------------------------ cross_document (2)
q("did the members workshop poll on fares match what the committee decided?", "cross_document",
  "No. At the workshop on 23 November 2311 the indicative poll leaned to Option A (6 votes, against 5 for Option B and 2 for Option C). On 18 January 2312 the Joint Committee rejected the amendment for Option A (5 for, 7 against, 1 abstention) and approved Option B (9 for, 3 against, 1 abstention).",
  ["Option A", "Option B", "6", "9 for"], [],
  [[MT, line(MT, "6 | Option A")], [MT, line(MT, "5 | Option B")], [V, line(V, "2 | 10:58:17")], [V, line(V, "3 | 11:04:52")]],
  "The Mentimeter count comes before its label; the report says only that no decision was taken at the workshop.");
q("was option B what most consultation respondents wanted?", "cross_document",
  "It was the most preferred, but not a majority: 11 of the 26 responses preferred Option B, 9 Option A and 6 Option C. The Calderholt Hackney Drivers' Association and the Ottersby Taxi Owners' Cooperative backed B; the Tessendale Chamber of Commerce and the Mirefoot Disability Access Group preferred A. The Joint Committee approved Option B on 18 January 2312 (9 for, 3 against, 1 abstention).",
  ["11", "26", "Option B"], [],
  [[R, has(R, "Chart: which one option")], [TF, has(TF, "Calderholt Hackney Drivers' Association")], [V, line(V, "3 | 11:04:52")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("how much have insurance costs gone up in the taxi cost index", "unanswerable",
  "Not in the papers: the report gives only the overall rise in the cost index (11.8 per cent since April 2309); Figure 4, the cost index itself, is a picture with no description, so its lines are not given.",
  [], [], [], "Near miss: a figure with no alt text.");
q("q4 figure for TSH-02?", "unanswerable",
  "Not in the papers: the progress page has quarter 2 and quarter 3 2311/12 only (TSH-02 was 29% and red at quarter 3).",
  [], [], [], "");
q("were any objections made to the fare notice?", "unanswerable",
  "Not known from the papers: the notice was due on 26 January 2312 and objections close on 16 February 2312, after the latest paper (24 January 2312).",
  [], [], [], "");
q("what was decided on the driver licence review TL/2311/0583?", "unanswerable",
  "Not in the papers: the press and public were excluded for item 9 (case TL/2311/0583) and no outcome is recorded.",
  [], [], [], "");
q("how many licensed taxis are there in ottersby", "unanswerable",
  "Not in the papers: no fleet numbers are given, and Ottersby's fleet return for TSH-06 was not received.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
