// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines or sentences of a line, taken from
// the renderings by what they start with or contain.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const AG = DOCS.agenda, TR = DOCS.tracker, AC = DOCS.actions, MEM = DOCS.membership, MIN = DOCS.minutes;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
const has = (doc, part) => {
  const l = lines(doc).find((x) => x.includes(part));
  if (!l) throw new Error(`no line with ${part} in ${doc}`);
  return l;
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// the tracker's rows: the Q2 sheet comes first, the Q1 sheet second
const q2 = (ref) => line(TR, `${ref} | `, 0);
const q1 = (ref) => line(TR, `${ref} | `, 1);
const task = (ref) => line(AC, `task | ${ref} `);

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) => {
  for (const [doc, quote] of evidence) if (!quote) throw new Error(`empty quote for ${question} in ${doc}`);
  G.push({ id: `bx${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });
};

// ------------------------------------------------------------------ status_lookup (7)
q("which swm measures are red at q2?", "status_lookup",
  "Three measures are R (Off track) at quarter 2 2386/87: SWM-01, designated bathing waters classed Excellent or Good (78% against a target of 85%; two Lenbury sites fell to Sufficient after storm overflow spills in July); SWM-02, days with a pollution risk warning in force (47 against a ceiling of 40; 19 warning days at Gannet Cove); and SWM-07, sites with step-free or assisted access to the water (6 against 12; the Tidewell beach wheelchair store closed after storm damage).",
  ["SWM-01", "SWM-02", "SWM-07"], [],
  [[TR, q2("SWM-01")], [TR, q2("SWM-02")], [TR, q2("SWM-07")], [TR, line(TR, "R | Off track | Below")]],
  "LibreOffice Calc workbook saved as HTML: the Q2 sheet is first, the Q1 sheet (same columns) second; the status is a one-letter code on a fill, 'R' explained only on the Key sheet. The minutes of 13 October say the same in words.");
q("what got worse between q1 and q2 on the swimming tracker", "status_lookup",
  "Four measures are rated worse at quarter 2 than at quarter 1: SWM-01, bathing waters Excellent or Good (A to R, 81% to 78%); SWM-02, pollution risk warning days (G to R, 12 to 47); SWM-04, rescue equipment inspected within 7 days (G to A, 97% to 88%, inspections missed at 14 reservoir sites in Mardle Vale); and SWM-07, step-free access (A to R, 7 to 6). SWM-03 (A to C) and SWM-05 (R to A) improved; SWM-06 stayed G; SWM-08 had no quarter 1 data.",
  ["SWM-01", "SWM-02", "SWM-04", "SWM-07"], [],
  [[TR, q2("SWM-04")], [TR, q1("SWM-04")], [TR, q2("SWM-01")], [TR, q1("SWM-01")], [TR, q2("SWM-02")], [TR, q2("SWM-07")]],
  "Compares the Status column of the sheet 'Q2 2386-87' with that of the sheet 'Q1 2386-87' (the order R < A < G < C from the Key sheet).");
q("SWM-03 has a C against it - does that mean its done?", "status_lookup",
  "Yes. On the tracker's Key sheet C means Complete: target met for the year, no further reporting. SWM-03, lifeguarded beaches and lakes at peak season, reached 26 against a target of 26 at quarter 2 (all 26 sites covered from 1 August after the recruitment drive); it was A (24) at quarter 1.",
  ["Complete", "26"], [],
  [[TR, line(TR, "C | Complete | Target")], [TR, q2("SWM-03")]],
  "The code is explained only on the third sheet of the workbook ('Key').");
q("which risks are very high on the programme risk register?", "status_lookup",
  "Two risks are Very high (16–25) on the register reviewed on 21 November 2386: SWR-01, sewage spills from storm overflows closing bathing waters in the peak season (likelihood 4 × impact 5 = 20, Rising; owner IV, Idris Vandermeer), and SWR-05, blue-green algae blooms closing lakes and reservoirs (4 × 4 = 16, New; owner IV).",
  ["SWR-01", "SWR-05"], [],
  [[AG, line(AG, "SWR-01 | ")], [AG, line(AG, "SWR-05 | ")], [AG, line(AG, "Rating: Low")]],
  "Pages PDF: the register is a table over pages 4 and 5, its header row repeated; the rating is a word on a fill.");
q("are the 13 oct minutes approved yet?", "status_lookup",
  "No. The minutes of 13 October 2386 are a draft of 16 October 2386, not yet approved; they are a draft until the Task Group approves them at its meeting on Monday 8 December 2386, where they are agenda item 3 (for approval).",
  ["draft", "8 December 2386"], [],
  [[MIN, line(MIN, "Draft of 16 October 2386")], [MIN, sentence(MIN, "These minutes are a draft")], [AG, line(AG, "3 | Minutes of the meeting")]],
  "Pandoc .docx: the status is the title block's Date line.");
q("which of the actions from the oct meeting are still open?", "status_lookup",
  "Five of the eight actions from 13 October 2386 are still open in the Todoist export of 27 November 2386: OWT-71, recovery plan for SWM-07 (Dervla Makepeace-Osei, 8 Dec 2386); OWT-72, SWM-02 warning days site by site (Idris Vandermeer, 9 Mar 2387); OWT-75, share the Trust's safety assessment template with all twelve councils (Idris Vandermeer, 13 Nov 2386, overdue); OWT-77, chase the water company for daily spill alert data (Marigold Tranter, 20 Nov 2386); OWT-78, members' visit to Whinmoor Reservoir (Jude Okonjo-Haigh, 15 Jan 2387). The agenda for 8 December records OWT-73, OWT-74 and OWT-76 as complete.",
  ["OWT-71", "OWT-72", "OWT-75", "OWT-77", "OWT-78"], [],
  [[AC, task("OWT-71")], [AC, task("OWT-72")], [AC, task("OWT-75")], [AC, task("OWT-77")], [AC, task("OWT-78")], [AG, line(AG, "4 | Actions:")]],
  "Todoist's template export leaves completed tasks out: the done actions are simply absent (two sections stand empty); the agenda names them as complete.");
q("wheres OWT-75 at? whats holding it up", "status_lookup",
  "OWT-75 (share the Marlcombe Rivers Trust's safety assessment template with all twelve councils; Idris Vandermeer) is still open and past its due date of 13 Nov 2386: the template has been sent to nine councils, and Skelworth, Ashbeck and Pellingford have still to nominate a contact.",
  ["Skelworth", "Ashbeck", "Pellingford"], [],
  [[AC, task("OWT-75")], [AC, has(AC, "Template sent to nine councils")]],
  "The reason is a Todoist 'note' row under the task, its author in the AUTHOR column.");

// ------------------------------------------------------------------ table_lookup (7)
q("SWM-06 q2 figure?", "table_lookup",
  "3,865 free open water sessions for under-16s at quarter 2 2386/87, against a target of 4,000: G (On track). Sessions at Ousemouth Sands were fully booked in August. (Quarter 1: 1,120.)",
  ["3,865"], [],
  [[TR, q2("SWM-06")]],
  "The Q2 sheet's 'Q2 actual' column (sdval 3865, shown '3,865').");
q("how much is brackenmouth recommended in round 1 and why less than they asked?", "table_lookup",
  "£51,200 for the lifeguard hut and first-aid post at Gannet Cove (score 71), against £58,000 asked: £6,800 less because the hut foundations (£6,800) are not eligible – the criteria exclude groundworks on land the council already leases out.",
  ["£51,200", "foundations"], [],
  [[AG, line(AG, "Brackenmouth Council | ")], [AG, line(AG, "4. Brackenmouth Council")]],
  "");
q("who owns OWT-77 and when's it due", "table_lookup",
  "Marigold Tranter (Head of Democratic Services) owns OWT-77, chasing the water company for daily spill alert data (OWT-64); it was due on 20 November 2386 and is still open: chased on 20 November, with a reply promised by 12 December.",
  ["Tranter"], [],
  [[AC, task("OWT-77")], [MIN, line(MIN, "OWT-77 | ")]],
  "Todoist gives the owner as 'Marigold Tranter (48213412)' in RESPONSIBLE (AUTHOR is the clerk who made the task) and the date as typed, '20 Nov 2386'.");
q("whats the score on SWR-03", "table_lookup",
  "15: likelihood 3 × impact 5, rated High (10–15), trend Same, at the review of 21 November 2386. SWR-03 is a drowning at an unsupervised inland site; owner DMO (Dervla Makepeace-Osei); controls: safety assessments of inland sites (SWM-05) and throwline stations in the round 1 bids.",
  ["15"], [],
  [[AG, line(AG, "SWR-03 | ")]],
  "");
q("how much contingency is left after the sampling money?", "table_lookup",
  "£26,000. On 13 October 2386 the Task Group allocated £24,000 of the programme contingency (£50,000) to extra sampling at six bathing waters, leaving £26,000 in contingency.",
  ["£26,000"], [],
  [[MIN, line(MIN, "Resolved that £24,000 of the programme contingency")], [MIN, sentence(MIN, "The Finance Business Partner confirmed")]],
  "");
q("what was SWM-05 at in q1", "table_lookup",
  "9 inland swim sites with a published safety assessment at quarter 1 2386/87, against a target of 30: R (Off track) – the assessment template was not agreed until May. It rose to 17 (A) at quarter 2.",
  ["9"], [],
  [[TR, q1("SWM-05")]],
  "On the second sheet ('Q1 2386-87'); the first sheet's row for SWM-05 is quarter 2.");
q("how much was bid for in total in round 1", "table_lookup",
  "£229,900, from five councils, for a round 1 pot of £180,000; officers recommend four awards totalling £159,100.",
  ["£229,900"], [],
  [[AG, line(AG, "Total | ")], [AG, line(AG, "Summary | ")]],
  "The bids table's footer row.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the open water swimming tg?", "people_roles",
  "Cllr Isadora Penhallow (Liberal Democrat, Scarrowby Borough Council) is the Chair. The Vice-Chair is Cllr Marcus Oyelaran-Tate (Conservative, Fennick County Council) and the Deputy Chair Cllr Bronwen Quarrendon (Labour, Hathermouth City Council).",
  ["Penhallow"], [],
  [[MEM, line(MEM, "Cllr Isadora Penhallow")], [MIN, line(MIN, "Cllr Isadora Penhallow (Chair)")]],
  "TextEdit RTF: members are listed by council, so the Chair is the tenth row; the role is a column.");
q("who replaced cllr garside?", "people_roles",
  "Cllr Caspian Merryweather (Conservative), as the member for Gullstone District Council from 1 November 2386, in place of Cllr Ptolemy Garside, who stood down on 31 October 2386.",
  ["Merryweather"], [],
  [[MEM, line(MEM, "Names struck through")], [MEM, line(MEM, "Cllr Caspian Merryweather")]],
  "Garside's row is still in the table, struck through.");
q("who's lead member for inland waters", "people_roles",
  "Cllr Anselm Drewitt (Independent, Mardle Vale District Council). He is also the lead member named for SWM-05 (inland swim sites with a safety assessment) on the tracker.",
  ["Drewitt"], [],
  [[MEM, line(MEM, "Cllr Anselm Drewitt")], [TR, q2("SWM-05")]],
  "");
q("who subbed at the oct meeting and for who", "people_roles",
  "Cllr Sunniva Rothwell substituted for Cllr Lorcan Featherstonehaugh (both Liberal Democrat) at the meeting on 13 October 2386. Apologies came from Cllr Featherstonehaugh and Cllr Hafsa Lindqvist, who was not substituted.",
  ["Rothwell", "Featherstonehaugh"], [],
  [[MIN, line(MIN, "Cllr Sunniva Rothwell for")], [MIN, sentence(MIN, "Apologies were received from")]],
  "Pandoc definition list: the term 'Substitute' is a paragraph of its own over its definition.");
q("who are the named subs for the tg", "people_roles",
  "Three: Cllr Delphine Arkwright (Conservative, Fennick County Council), Cllr Emeka Vasquez-Hale (Labour, Skelworth Metropolitan Borough Council) and Cllr Sunniva Rothwell (Liberal Democrat, Scarrowby Borough Council), each able to substitute for any member of their group.",
  ["Arkwright", "Vasquez-Hale", "Rothwell"], [],
  [[MEM, line(MEM, "Cllr Delphine Arkwright")], [MEM, line(MEM, "Cllr Emeka Vasquez-Hale")], [MEM, line(MEM, "Cllr Sunniva Rothwell")]],
  "A Cocoa bulleted list (bullets in \\listtext).");
q("which labour members are on the task group", "people_roles",
  "Four: Cllr Obinna Sturridge (Brackenmouth Council), Cllr Bronwen Quarrendon (Hathermouth City Council, Deputy Chair), Cllr Hafsa Lindqvist (Pellingford City Council) and Cllr Gráinne Holroyd-Pace (Skelworth Metropolitan Borough Council, lead member for lifeguarding and water safety).",
  ["Sturridge", "Quarrendon", "Lindqvist", "Holroyd-Pace"], [],
  [[MEM, line(MEM, "Cllr Obinna Sturridge")], [MEM, line(MEM, "Cllr Bronwen Quarrendon")], [MEM, line(MEM, "Cllr Hafsa Lindqvist")], [MEM, line(MEM, "Cllr Gráinne Holroyd-Pace")]],
  "The group is a column; the rows are in council order.");
q("who came to talk about the inland swim sites in oct?", "people_roles",
  "Tabitha Greenhalgh, Director of the Marlcombe Rivers Trust, attended for item 6 on 13 October 2386 and reported on the safety assessments of inland swim sites (17 of 30 done; the rest by the end of March 2387).",
  ["Greenhalgh"], [],
  [[MIN, line(MIN, "Tabitha Greenhalgh, Director, Marlcombe")], [MIN, sentence(MIN, "Tabitha Greenhalgh, Director of the Marlcombe Rivers Trust, reported")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the round 1 grants paper", "board_paper",
  "That the Task Group: (a) award £159,100 to the four bids in table 1; (b) carry the £20,900 not awarded forward to round 2, opening in April 2387; (c) delegate the grant conditions to the Programme Manager, Safer Swimming, after consulting the Chair.",
  ["£159,100", "£20,900"], [],
  [[AG, line(AG, "Recommendations | ")]],
  "The front sheet is a Pages table with a header column; the recommendations are one cell of several lines.");
q("who's the contact officer on the waterside safety grants paper? need their number", "board_paper",
  "Dervla Makepeace-Osei, Programme Manager, Safer Swimming: telephone 020 7946 0914, email dervla.makepeace-osei@local.gov.uk.",
  ["Makepeace-Osei", "020 7946 0914"], [],
  [[AG, line(AG, "Contact officer | ")], [AG, line(AG, "Telephone | ")]],
  "");
q("is the grants paper a key decision and is any of it confidential", "board_paper",
  "Key decision: yes – awards of more than £75,000 in total are reserved to the Task Group. Confidential: no, but Appendix C (bidders' financial statements) is exempt under paragraph 3 and is not published.",
  ["Appendix C", "paragraph 3"], [],
  [[AG, line(AG, "Key decision | ")], [AG, line(AG, "Confidential | ")], [AG, line(AG, "Part 2: Appendix C")]],
  "The agenda page's sidebar says the same about Part 2.");
q("which bid didnt make the threshold", "board_paper",
  "Hathermouth City Council's bid for a floating pontoon at Quay Basin (£64,000 asked) scored 49, below the threshold of 55, because the pontoon would mainly serve rowing clubs rather than swimmers; it is recommended £0 and officers will advise Hathermouth on a bid to round 2.",
  ["Hathermouth", "49"], [],
  [[AG, line(AG, "Hathermouth City Council | ")], [AG, line(AG, "5. Hathermouth City Council")]],
  "");
q("what did they resolve on q2 performance at the oct meeting", "board_paper",
  "That the Task Group: (a) note performance at quarter 2 2386/87; (b) ask officers to bring a recovery plan for SWM-07 to the meeting on 8 December 2386; (c) ask that SWM-02 be reported site by site from quarter 3 (actions OWT-71 and OWT-72).",
  ["SWM-07", "SWM-02"], [],
  [[MIN, line(MIN, "ask officers to bring a recovery plan")], [MIN, line(MIN, "ask that SWM-02 be reported")]],
  "The clauses are a pandoc fancy list: '(a)', '(b)', '(c)' are Word's automatic numbering, not text.");
q("any declarations of interest at the 13 oct meeting?", "board_paper",
  "Two non-pecuniary interests: Cllr Obinna Sturridge in item 8 (Waterside Safety Grants round 1), as a member of Gannet Cove Surf Life Saving Club, which would use the lifeguard hut in Brackenmouth Council's bid – he left the room for that item; and Cllr Anselm Drewitt in item 6 (inland swim sites), as a trustee of the Marlcombe Rivers Trust – he took part in the discussion but did not vote.",
  ["Sturridge", "Drewitt"], [],
  [[MIN, line(MIN, "Cllr Obinna Sturridge declared")], [MIN, line(MIN, "Cllr Anselm Drewitt declared")]],
  "");
q("who can sign off grant awards under 75k?", "board_paper",
  "Under the programme's scheme of delegation, officers may award up to £20,000 and the Chair, after consulting the Vice-Chair, up to £75,000; awards above £75,000 in total are for the Task Group (so round 1's £159,100 comes to the meeting).",
  ["£20,000", "Vice-Chair"], [],
  [[AG, line(AG, "6. Under the programme's scheme of delegation")], [MIN, sentence(MIN, "As the sum is more than the £20,000")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when will the rivers trust finish the inland site assessments?", "fact",
  "By the end of March 2387: the Marlcombe Rivers Trust expects to finish the remaining 13 of the 30 planned assessments by then (17 were done by 13 October 2386).",
  ["March 2387"], [],
  [[MIN, sentence(MIN, "The Trust expects to finish")], [TR, has(TR, "Cllr Drewitt asked that this stays A")]],
  "The tracker's hidden Calc cell comment on SWM-05 gives the same date.");
q("what time are the group pre-meetings on 8 dec", "fact",
  "10.15am: Conservative in Meeting Room 4, Labour in Meeting Room 5, Liberal Democrat in Meeting Room 7. The Chair's briefing is at 10.30am in Meeting Room 2, and the meeting at 11.00am.",
  ["10.15am"], [],
  [[AG, line(AG, "Group pre-meetings at 10.15am")]],
  "In the floating 'At a glance' box of page 1, drawn after the agenda.");
q("when did round 1 close?", "fact",
  "At noon on Friday 21 November 2386; it opened on Monday 20 October 2386.",
  ["21 November 2386"], [],
  [[AG, line(AG, "1. The Waterside Safety Grants")], [MIN, sentence(MIN, "set out the timetable for round 1")]],
  "");
q("why did SWM-07 go red?", "fact",
  "SWM-07 (sites with step-free or assisted access to the water) fell from 7 (A) at quarter 1 to 6 (R) at quarter 2, against 12, because the beach wheelchair store at Tidewell closed after storm damage; a recovery plan is due on 8 December 2386 (OWT-71).",
  ["Tidewell", "storm"], [],
  [[TR, q2("SWM-07")], [AC, task("OWT-71")]],
  "");
q("can members on teams vote on the grants?", "fact",
  "No. Members joining on Teams may speak but not vote; the quorum is four voting members in the room (on 13 October Cllr Wilhelmina Jessop-Rae joined on Teams and did not vote).",
  ["not vote"], [],
  [[AG, line(AG, "Quorum: four voting members in the room")], [MEM, line(MEM, "Quorum: four voting members")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("will garside be voting on the round 1 awards?", "cross_document",
  "No. Cllr Ptolemy Garside said on 13 October 2386 that it was his last meeting; he stood down on 31 October 2386, and the membership list (his row struck through) shows Cllr Caspian Merryweather as the Gullstone District Council member from 1 November 2386. The round 1 awards are for decision on 8 December 2386.",
  ["Merryweather"], [],
  [[MIN, line(MIN, "Cllr Ptolemy Garside said")], [MEM, line(MEM, "Cllr Ptolemy Garside")], [MEM, line(MEM, "Names struck through")], [AG, line(AG, "5 | Waterside Safety Grants")]],
  "Minutes (pandoc .docx), membership (TextEdit RTF) and agenda (Pages PDF).");
q("how does the sampling money agreed in oct show up in the risk register", "cross_document",
  "It is a control on SWR-01 (sewage spills from storm overflows close bathing waters in the peak season), owned by IV (Idris Vandermeer): £24,000 for extra sampling at six sites agreed on 13 October 2386 (minute 7), beside daily spill alerts (OWT-64) and real-time signs (SWM-08). The risk is still Very high, 20 (4 × 5), and Rising at the review of 21 November 2386.",
  ["SWR-01", "£24,000"], [],
  [[MIN, line(MIN, "Resolved that £24,000 of the programme contingency")], [AG, line(AG, "SWR-01 | ")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for SWM-01?", "unanswerable",
  "Not in the papers: the tracker has quarter 1 and quarter 2 2386/87 only (SWM-01 was 78%, R, at quarter 2).",
  [], [], [], "Near miss: Q1 and Q2 sheets only.");
q("what do the financial statements in appendix C say about hathermouth?", "unanswerable",
  "Not available: Appendix C to the round 1 paper (bidders' financial statements) is exempt under paragraph 3 and is not published. The paper gives only Hathermouth's bid (£64,000, score 49, not recommended).",
  [], [], [], "Near miss: the appendix is named but withheld.");
q("what did the tg decide on the round 1 awards on 8 dec?", "unanswerable",
  "Not in the papers: the meeting of 8 December 2386 is only on the agenda; the papers hold the officers' recommendations (£159,100 to four bids), not a decision.",
  [], [], [], "Near miss: the recommendations are held, the decision is not.");
q("whats cllr merryweather's phone number", "unanswerable",
  "Not given: the membership list names Cllr Caspian Merryweather (Conservative, Gullstone District Council, from 1 November 2386) but holds no contact details for members; only the clerk's are given.",
  [], [], [], "Near miss: officers' telephone numbers are in the papers, members' are not.");
q("how many lifeguards does tidewell employ?", "unanswerable",
  "Not in the papers: the tracker counts lifeguarded sites (26 of 26 at quarter 2) and notes two Tidewell beaches without cover in June, but no council's number of lifeguards is given.",
  [], [], [], "Near miss: sites are counted, lifeguards are not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
