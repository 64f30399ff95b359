// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or sentences of a line, taken from
// the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const BRD = DOCS.board, MIN = DOCS.minutes, SEAT = DOCS.seating, PAP = DOCS.paper, RCP = DOCS.recap;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
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
  G.push({ id: `br${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which milestones are stuck on the clear pavements board?", "status_lookup",
  "Two milestones are Stuck on the Clear Pavements Programme board (export of 22 November 2327): PPK-07, phase 1 of the public awareness campaign (the agency was appointed on 3 November but cannot start until 9 January, so the launch has moved from 1 December), and PPK-08, the sign manufacturing framework (the standstill has been extended because an unsuccessful supplier has challenged the award).",
  ["PPK-07", "PPK-08"], [],
  [[BRD, line(BRD, "PPK-07 ")], [BRD, line(BRD, "PPK-08 ")]],
  "monday.com export as CSV: 'Stuck' is a Status label in the Milestones group, whose rows sit under their own copy of the header row.");
q("any CPM measures off track at q2?", "status_lookup",
  "Yes, two measures are Off track at quarter 2 2327/28 (to 30 September 2327): CPM-03, exemption orders made (210 against a target of 900 by 31 March 2328; councils are short of legal capacity and a recovery plan is due on 8 December), and CPM-07, residents aware of the prohibition (39% against 60%; the awareness campaign has not launched).",
  ["CPM-03", "CPM-07"], ["CPM-02"],
  [[BRD, line(BRD, "CPM-03 ")], [BRD, line(BRD, "CPM-07 ")]],
  "The board's 'Health' column is the current (quarter 2) rating; the quarter is only in the group's title row. CPM-02 and CPM-04 are At risk.");
q("what got worse between q1 and q2 on the pavement parking measures", "status_lookup",
  "Two measures are rated worse at quarter 2 than at quarter 1: CPM-02, streets surveyed for exemption (On track at Q1 with 2,950; At risk at Q2 with 5,180 against 12,000 by 31 March 2328, as autumn resurfacing slowed the surveys), and CPM-03, exemption orders made (At risk at Q1 with 120; Off track at Q2 with 210 against 900). CPM-01 and CPM-05 improved to On track, and CPM-04 had no data at Q1.",
  ["CPM-02", "CPM-03"], [],
  [[BRD, line(BRD, "CPM-02 ")], [BRD, line(BRD, "CPM-03 ")]],
  "Compares the 'Q1 health' column with 'Health' (Q2) by the labels' order.");
q("are the 13 oct minutes signed off?", "status_lookup",
  "No. The minutes of 13 October 2327 are a draft ('DRAFT – not yet approved by the Task Group'), sent to members on 18 October 2327; they will be submitted for approval at the next meeting on Thursday 8 December 2327, and corrections were due to the clerk, Ebenezer Fairlamb, by Friday 28 October 2327.",
  ["draft", "8 December"], [],
  [[MIN, line(MIN, "DRAFT – not yet approved")], [MIN, line(MIN, "Please find attached")]],
  "The minutes exist only as an RTF attachment inside winmail.dat (TNEF); the covering note is the plain-text part.");
q("which june actions were still open at the oct meeting", "status_lookup",
  "Two of the six actions from 16 June 2327 (PKA-01 to PKA-06) were still open on 13 October 2327: PKA-04, the Chair's letter to the Department for Transport asking for the commencement guidance, sent on 4 July 2327, with no reply; and PKA-06, appointing an agency for the public awareness campaign, delayed because the preferred agency withdrew. The other four were complete.",
  ["PKA-04", "PKA-06"], [],
  [[MIN, line(MIN, "2.2 ")]],
  "A sentence of minute 2.2, inside the RTF attachment in winmail.dat.");
q("has PKA-08 been done yet?", "status_lookup",
  "Not yet. On the programme board (22 November 2327) PKA-08, the recovery plan for exemption orders (CPM-03) for the December meeting, is 'Working on it', owned by Kwabena Pybus and due 2327-12-08 (to be tabled on 8 December). Of its sub-items, the data request to the 36 councils behind profile is Done, the draft recovery plan is Working on it (due 2327-11-30) and the lead member's sign-off (Cllr Loxam, 2327-12-01) has not started.",
  ["Working on it"], [],
  [[BRD, line(BRD, "PKA-08 ")], [BRD, line(BRD, "Draft recovery plan")], [BRD, line(BRD, "Lead member sign-off")]],
  "Sub-items follow their parent under a 'Subitems' header row shifted one column; an empty status means not started.");
q("any milestones not started yet on the board?", "status_lookup",
  "Two milestones have no status on the board, which means not started: PPK-09, the warning-notice period (the first three months of the prohibition, 2328-04-01 to 2328-06-30), and PPK-10, the report to the Streets and Accessible Places Board (2328-02-21). Within PPK-04 the sub-item 'Endorsed by the Task Group' (2327-12-08) has not started either.",
  ["PPK-09", "PPK-10"], [],
  [[BRD, line(BRD, "PPK-09 ")], [BRD, line(BRD, "PPK-10 ")]],
  "An empty Status cell: the CSV simply has nothing between two commas.");

// ------------------------------------------------------------------ table_lookup (7)
q("CPM-04 q2 figure?", "table_lookup",
  "640 zone entry signs installed at quarter 2 (to 30 September 2327), against a target of 4,000 by 31 March 2328: At risk. There is no quarter 1 figure (No data; it is counted from Q2), and the sign framework is delayed (PPK-08).",
  ["640"], [],
  [[BRD, line(BRD, "CPM-04 ")]],
  "");
q("how much is tarnwell getting from round 2", "table_lookup",
  "£78,500, the full amount it asked for, to review 860 streets; its bid scored 79 out of 100. That is the recommended award in Appendix A of the paper for the meeting on 8 December 2327, where the Task Group decides.",
  ["£78,500"], [],
  [[PAP, line(PAP, "Tarnwell Borough Council | ")]],
  "Appendix A is an embedded Word document shown as an icon; its table is only inside word/embeddings/.");
q("what did ambersett score in round 2", "table_lookup",
  "48 out of 100, below the threshold of 60, so Ambersett Borough Council's bid of £83,500 (to review 910 streets) is not recommended (£0): recommendation (b) is not to fund the three bids below the threshold (Nantwhistle, Ambersett and Runnock).",
  ["48"], [],
  [[PAP, line(PAP, "Ambersett Borough Council | ")], [PAP, line(PAP, "(b) does not fund")]],
  "");
q("PKA-09 owner and due date?", "table_lookup",
  "Aurelia Cantrill (Programme Manager, Clear Pavements), due 08/12/2327: bring a draft national signing standard to the December meeting (minute 5 of 13 October 2327). On the programme board it is 'Working on it'; the draft is Appendix B of the item 5 paper.",
  ["Aurelia Cantrill", "08/12/2327"], [],
  [[MIN, line(MIN, "PKA-09 | ")]],
  "Actions table of the RTF minutes (\\trowd … \\cell … \\row).");
q("whats cllr stannage's mic number on 8 dec", "table_lookup",
  "Mic 12, on the right arm of the horseshoe (Cllr Bronwen Stannage, Ickleby City Council, Labour, member).",
  ["12"], [],
  [[SEAT, line(SEAT, "Mic 12 | ")]],
  "Seating plan PDF: the right arm's seats are text boxes turned a quarter turn.");
q("how much is left in round 2 after the recommended awards", "table_lookup",
  "£37,000: round 2 has £560,000 and the six recommended awards total £523,000. The paper recommends holding the £37,000 for councils whose round 1 surveys found more streets than expected, to be allocated by the Chair after consulting the Vice-Chair.",
  ["£37,000"], [],
  [[PAP, line(PAP, "6. The six awards total")], [PAP, line(PAP, "(c) holds the remaining")]],
  "");
q("what size is the S1 zone entry sign in the draft standard", "table_lookup",
  "600 mm × 450 mm, with a smaller 450 mm × 340 mm version for narrow streets (Appendix B, the draft national signing standard). Councils asked for the smaller sign at the Teams workshop of 8 November 2327.",
  ["600 mm", "340 mm"], [],
  [[PAP, line(PAP, "S1 | ")], [RCP, line(RCP, "Hamish Drever and Priyanka Bazalgette asked")]],
  "Appendix B is the second embedded document.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the pavement parking tg?", "people_roles",
  "Cllr Harriet Wyncoll (Liberal Democrat, Stellbridge City Council). On the seating plan for 8 December she sits at Mic 1 with the code 'C', which the key gives as Chair; the minutes of 13 October list her as Chair.",
  ["Wyncoll"], [],
  [[SEAT, line(SEAT, "Cllr Harriet Wyncoll | ")], [SEAT, line(SEAT, "C Chair")], [SEAT, line(SEAT, "Mic 1 | ")]],
  "Roles on the seating plan are codes explained only by its key.");
q("who's the lead member for exemptions and signing", "people_roles",
  "Cllr Marguerite Loxam (Labour, Marrowdene Borough Council).",
  ["Loxam"], [],
  [[SEAT, line(SEAT, "Cllr Marguerite Loxam | ")], [MIN, line(MIN, "(b) asks Kwabena Pybus")]],
  "");
q("who's subbing for eddowes on 8 dec", "people_roles",
  "Cllr Hyacinth Okorafor-Lane (Labour, Saltmarden Metropolitan Borough Council), one of the named substitutes, at Mic 14. Cllr Ngozi Eddowes, the Deputy Chair, has sent apologies (version 2 of the seating plan, 6 December 2327).",
  ["Okorafor-Lane"], [],
  [[SEAT, line(SEAT, "Cllr Ngozi Eddowes (DC)")], [SEAT, line(SEAT, "Mic 14 | ")]],
  "Version 1 of the plan (1 December) still had Cllr Eddowes.");
q("who replaced cllr limbrick on the tg", "people_roles",
  "Cllr Imogen Rudgewick (Liberal Democrat, Cradlestone Borough Council), a member from 1 September 2327; Cllr Oswin Limbrick stood down on 31 August 2327. The Chair welcomed her to her first meeting on 13 October 2327.",
  ["Rudgewick"], [],
  [[MIN, line(MIN, "1.1 ")], [SEAT, line(SEAT, "Cllr Imogen Rudgewick replaced")]],
  "");
q("who subbed at the october meeting?", "people_roles",
  "Cllr Leopold Scarrott (Conservative, Dunsmere County Council) attended as substitute for Cllr Ambrose Whitelegg. Cllr Fergus Braddick also sent apologies, with no substitute.",
  ["Scarrott", "Whitelegg"], [],
  [[MIN, line(MIN, "Substitute: ")], [MIN, line(MIN, "1.2 ")]],
  "");
q("who presented at the signing standard workshop on teams", "people_roles",
  "Kwabena Pybus (Senior Adviser, Streets and Accessibility) and Cllr Marguerite Loxam had the Presenter role at the Teams workshop of 8 November 2327; Aurelia Cantrill was the Organiser. Kwabena Pybus presented the four sign types; Hamish Drever (Ostwick) and Priyanka Bazalgette (Marrowdene) spoke about exemption surveys and the warning letters trial.",
  ["Pybus", "Loxam"], [],
  [[RCP, line(RCP, "Kwabena Pybus | ")], [RCP, line(RCP, "Cllr Marguerite Loxam (Guest) | ")]],
  "Teams recap page: the Role column is Teams' (Organiser, Presenter, Attendee), not the Task Group's.");
q("named subs on the pptg?", "people_roles",
  "Three named substitutes: Cllr Leopold Scarrott (Conservative, Dunsmere), Cllr Hyacinth Okorafor-Lane (Labour, Saltmarden) and Cllr Piers Mothersole (Liberal Democrat, Cradlestone).",
  ["Scarrott", "Okorafor-Lane", "Mothersole"], [],
  [[SEAT, line(SEAT, "Cllr Leopold Scarrott | ")], [SEAT, line(SEAT, "Cllr Hyacinth Okorafor-Lane | ")], [SEAT, line(SEAT, "Cllr Piers Mothersole | ")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the round 2 / signing standard paper?", "board_paper",
  "That the Task Group: (a) awards £523,000 from round 2 of the Footway Exemption Review Fund to the six councils in Appendix A whose bids scored 60 or more; (b) does not fund the three bids below the threshold of 60 (Nantwhistle, Ambersett and Runnock); (c) holds the remaining £37,000 of round 2 for councils whose round 1 surveys found more streets than expected, allocated by the Chair after consulting the Vice-Chair; (d) endorses the draft national signing standard in Appendix B for consultation with highway authorities from 12 December 2327 to 3 February 2328.",
  ["£523,000", "£37,000", "3 February 2328"], [],
  [[PAP, line(PAP, "(a) awards")], [PAP, line(PAP, "(b) does not fund")], [PAP, line(PAP, "(c) holds the remaining")], [PAP, line(PAP, "(d) endorses")]],
  "");
q("contact officer for item 5 on 8 dec + phone?", "board_paper",
  "Kwabena Pybus, Senior Adviser, Streets and Accessibility – phone 020 7946 0567. (The paper's e-mail line is his name as a link.)",
  ["Kwabena Pybus", "020 7946 0567"], [],
  [[PAP, line(PAP, "Contact officer: ")], [PAP, line(PAP, "Phone no: ")]],
  "The e-mail address is only the target of a mailto: hyperlink whose visible text is the name.");
q("is the round 2 paper a key decision? confidential?", "board_paper",
  "Key decision: Yes – the awards total more than £250,000. Confidential: No.",
  ["Yes", "No"], [],
  [[PAP, line(PAP, "Is this a key decision?")], [PAP, line(PAP, "Is this report confidential?")]],
  "");
q("DOIs at the 13 oct meeting?", "board_paper",
  "Two: Cllr Yusuf Mabbitt on item 4, as Tarnwell Borough Council intends to bid in round 2 of the Footway Exemption Review Fund (he took part in the discussion of the timetable only); and Cllr Marguerite Loxam on item 6, as a member of the Walk Freely Alliance's advisory panel.",
  ["Mabbitt", "Loxam"], [],
  [[MIN, line(MIN, "1.3 ")], [MIN, line(MIN, "1.4 ")]],
  "");
q("what did the tg decide about round 2 in october", "board_paper",
  "On 13 October 2327 the Task Group resolved (minute 4) to (a) open round 2 of the Fund, of £560,000, for bids from Monday 17 October to Monday 14 November 2327; (b) set a maximum award of £120,000 a council and a threshold score of 60 out of 100; (c) decide the round 2 awards at its meeting on 8 December 2327.",
  ["£120,000", "14 November", "60"], [],
  [[MIN, line(MIN, "(a) opens round 2")], [MIN, line(MIN, "(b) sets a maximum award")], [MIN, line(MIN, "(c) will decide the round 2")]],
  "");
q("what did the tg delegate to the chair in oct", "board_paper",
  "The award of the contract for the public awareness campaign, up to £95,000, to be decided by the Chair after consulting the Vice-Chair and reported to the next meeting (minute 7 of 13 October 2327). The preferred agency had withdrawn, and waiting until December would have put back the launch.",
  ["£95,000"], [],
  [[MIN, line(MIN, "(a) delegates to the Chair")], [MIN, line(MIN, "7.1 ")]],
  "");
q("when does the signing standard consultation run", "board_paper",
  "From Monday 12 December 2327 to Friday 3 February 2328, with highway authorities, if the Task Group endorses the draft on 8 December (recommendation (d)); the final standard is to come to the meeting on 8 March 2328.",
  ["12 December 2327", "3 February 2328"], [],
  [[PAP, line(PAP, "10. If the Task Group endorses it")], [PAP, line(PAP, "5. Consultation: ")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("walk freely alliance survey numbers?", "fact",
  "In its 2326 survey, 2,460 members answered: 68% said a car parked on the pavement had forced them into the road in the last month, and 23% had stayed at home rather than risk it (Dr Saoirse Orchison, Chief Executive, at the meeting of 13 October 2327).",
  ["2,460", "68%", "23%"], [],
  [[MIN, sentence(MIN, "Of 2,460 members who answered")]],
  "");
q("how many warning letters did marrowdene send in its trial", "fact",
  "1,140 warning letters in its voluntary trial from 1 August to 31 October; only 9% of the vehicles were reported again (Priyanka Bazalgette, Parking Services Manager, at the Teams workshop on 8 November 2327).",
  ["1,140"], [],
  [[RCP, line(RCP, "Priyanka Bazalgette reported")]],
  "AI notes of the Teams recap.");
q("when's the enforcement officers training day in ostwick", "fact",
  "Thursday 24 November 2327: Ostwick Borough Council hosts the first regional training day for civil enforcement officers, and lead members are invited.",
  ["24 November"], [],
  [[MIN, line(MIN, "8.1 ")], [BRD, line(BRD, "CPM-06 ")]],
  "");
q("min clear footway width beside exempt bays?", "fact",
  "1.5 metres of clear footway, measured from the edge of the bay marking to the back of the footway; where that cannot be left the street is not exempt (draft national signing standard, Appendix B). The Walk Freely Alliance asked for it, and the workshop of 8 November agreed it as a minimum, subject to a check against the Department for Transport's inclusive mobility guidance.",
  ["1.5 metres"], [],
  [[PAP, line(PAP, "3. An exempt length must leave")], [RCP, line(RCP, "Dr Saoirse Orchison asked")]],
  "");
q("when was the draft signing standard due to go out to councils", "fact",
  "By Friday 18 November 2327: Kwabena Pybus's follow-up task from the Teams workshop was to send the draft to the 14 councils for comment (due 'Fri 18 Nov'), and the programme board shows the sub-item 'Draft sent to 14 councils for comment' Done on 2327-11-18.",
  ["18 November"], [],
  [[RCP, line(RCP, "Send the draft signing standard")], [BRD, line(BRD, "Draft sent to 14 councils")]],
  "The Teams task's due date has no year.");

// ------------------------------------------------------------------ cross_document (2)
q("was the campaign contract awarded in the end and is the campaign on track", "cross_document",
  "Awarded, but the campaign is not on track. Under the delegation of 13 October (the Chair, after consulting the Vice-Chair, up to £95,000), the Chair's decision PPTG-CD-2327-04 was signed on 03/11/2327: Kerbwise Communications Ltd, £88,400. But milestone PPK-07, phase 1 of the campaign, is Stuck: the agency cannot start until 9 January, so the launch has moved from 1 December.",
  ["£88,400", "Stuck", "9 January"], [],
  [[MIN, line(MIN, "(a) delegates to the Chair")], [BRD, line(BRD, "PKA-10 ")], [BRD, line(BRD, "PPK-07 ")]],
  "Minutes (the delegation) against the board (the decision in an action's Notes, the milestone's status).");
q("which pptg members need to declare on the round 2 item on 8 dec?", "cross_document",
  "The paper asks members whose councils have bid in round 2 to declare an interest and not vote on the awards. Three bidding councils have members on the Task Group: Cllr Bronwen Stannage (Ickleby City Council, recommended £112,000), Cllr Yusuf Mabbitt (Tarnwell Borough Council, £78,500) and Cllr Fergus Braddick (Wrexholme District Council, £120,000). All three are on the seating plan for 8 December.",
  ["Stannage", "Mabbitt", "Braddick"], ["Loxam"],
  [[PAP, line(PAP, "7. Members whose councils have bid")], [PAP, line(PAP, "Ickleby City Council | ")], [PAP, line(PAP, "Tarnwell Borough Council | ")], [PAP, line(PAP, "Wrexholme District Council | ")], [SEAT, line(SEAT, "Mic 12 | ")], [SEAT, line(SEAT, "Mic 13 | ")], [SEAT, line(SEAT, "Mic 8 | ")]],
  "Appendix A's councils (embedded document) against the members' councils on the seating plan; the paper names no member.");

// ------------------------------------------------------------------ unanswerable (5)
q("whats the q3 figure for CPM-07?", "unanswerable",
  "Not in the papers: the programme board gives quarter 1 and quarter 2 2327/28 only (CPM-07 was 39% and Off track at quarter 2).",
  [], [], [],
  "Near miss: Q1 and Q2 columns only.");
q("what did the tg decide on the round 2 awards on 8 dec?", "unanswerable",
  "Not in the papers: the meeting of 8 December 2327 had not taken place when they were written; they hold the recommendations, the seating plan and the agenda item, not the decisions.",
  [], [], [],
  "Near miss: the recommendations are held, the outcome is not.");
q("whats cllr ackrill's phone number", "unanswerable",
  "Not given: the papers hold no members' phone numbers. The seating plan lists Cllr Cordelia Ackrill (Green Party, Stellbridge) and her apologies for 8 December; only officers' numbers are given.",
  [], [], [],
  "Near miss: officers' numbers are in the papers.");
q("how much did each council get in round 1 of the fund?", "unanswerable",
  "Not in the papers: they give only the total, £640,000 to eight councils agreed on 16 June 2327, and that those councils had surveyed 3,900 streets by 30 September; no council's round 1 award is given.",
  [], [], [],
  "Near miss: the round 1 total is given, not its breakdown; Gorsebury is said to have had streets surveyed in round 1.");
q("who came to the 16 june pptg meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 16 June 2327; the minutes of 13 October only record that they were agreed and which of their actions were still open.",
  [], [], [],
  "Near miss: the meeting is mentioned, its attendance is not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
