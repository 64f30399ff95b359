// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as ../../shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cells (row()),
// so a quote is always a whole row or its first n cells.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root } from "./common.mjs";

const MIN = "libraries-panel-minutes-2098-09-17.pdf";
const CSV = "libraries-panel-performance-measures-2098-99-q2.csv";
const DECK = "libraries-panel-programme-update-slides-2098-11-12.html";
const TOR = "libraries-panel-terms-of-reference-membership-2098-99.md";
const PAPER = "libraries-panel-item-5-hubs-fund-round-1-awards-2098-11-12.docx";
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell(s), n): the rendering's table row starting with those cells, cut to its first n cells
const row = (doc, start, n) => {
  const l = lines(doc).find((x) => x.startsWith(start + " | "));
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `at${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which library measures are red at q2?", "status_lookup",
  "Two measures are Red at quarter 2 2098/99 (July to September 2098): LIB-04, extended-access (staffless) opening hours added each week (140 hours against a target of 600, Red in Q1 too), and LIB-09, volunteer hours supporting council libraries (251 thousand in Q2, down from Amber in Q1).",
  ["LIB-04", "LIB-09"], ["LIB-07", "LIB-02"],
  [[CSV, row(CSV, "Extended-access (staffless) opening hours added each week", 12)],
   [CSV, row(CSV, "Volunteer hours supporting council libraries (thousands)", 12)]],
  "Microsoft Lists export: rows sorted by Modified, not by ID; the quarter is named only in the column headings 'RAG Q1' / 'RAG Q2'. LIB-07 and LIB-02 are Amber.");
q("plchp performance - anything gone from amber to green this quarter?", "status_lookup",
  "Yes, one measure: LIB-03, councils in the Shared eLending Consortium, went from Amber in Q1 to Green in Q2 2098/99 (36 councils against a target of 40; five signed the access agreement in Q2). LIB-02 (e-book and e-audio loans) stayed Amber.",
  ["LIB-03"], [],
  [[CSV, row(CSV, "Councils in the Shared eLending Consortium", 12)]],
  "Needs the 'RAG Q1' and 'RAG Q2' columns compared.");
q("whats the rag for extended access in the nov programme update", "status_lookup",
  "Red. In the Library Renewal Programme update to the Panel on 12 November 2098 (item 4), WS3 Extended access (lead officer Caspar Millington, lead member Cllr Tobiah Wrenfield) is R (off track, Panel decision needed) in November, as it was in September; a recovery plan is for decision.",
  ["Red"], [],
  [[DECK, "WS3 Extended access | Caspar Millington | Cllr Tobiah Wrenfield | R | R | Recovery plan for decision"],
   [DECK, "G on track A at risk, action in hand R off track, Panel decision needed"]],
  "reveal.js deck: the rating is one letter in a coloured circle, with the key under the table on the slide.");
q("which workstreams got worse between sept and nov?", "status_lookup",
  "Two: WS1 Community hubs went from G to A (round 1 awards four weeks late) and WS4 Workforce and volunteers went from G to A (volunteer deep dive moved to March). WS3 Extended access stayed R and WS2 Digital libraries improved from A to G.",
  ["WS1", "WS4"], [],
  [[DECK, "WS1 Community hubs | Caspar Millington | Cllr Ifeoma Stannard | G | A | Round 1 awards today; four weeks late"],
   [DECK, "WS4 Workforce and volunteers | Juno Fairweather-Basu | Cllr Nerys Abernethy-Cole | G | A | Volunteer deep dive in March"]],
  "Sept and Nov columns of the status slide compared.");
q("is the letter to the minister on business rates done yet?", "status_lookup",
  "No. Action A98-12 (write to the minister about library business rates relief on behalf of the Chair, owner Juno Fairweather-Basu, due 15 October 2098) is shown as 'Overdue – letter with the Chair for signature' in the November programme update.",
  ["A98-12", "Overdue"], [],
  [[DECK, "A98-12 | Write to the minister about library business rates relief on behalf of the Chair | Juno Fairweather-Basu | Overdue – letter with the Chair for signature"],
   [MIN, row(MIN, "A98-12")]],
  "The due date is only in the minutes' action table; the status only on the deck's actions slide.");
q("status of LIB-07?", "status_lookup",
  "LIB-07 (Community Hubs Capital Fund: round 1 grants awarded, £m, lead Caspar Millington) is Amber at Q2 2098/99, down from Green in Q1, direction Worsening: nothing awarded yet (0 against a target of 4.2). The profile assumed awards in Q2, but the scheme design was agreed only on 17 September 2098, so awards are made at the meeting on 12 November 2098.",
  ["Amber"], [],
  [[CSV, row(CSV, "Community Hubs Capital Fund: round 1 grants awarded (£m)", 12)]],
  "Commentary holds line breaks inside a quoted CSV field.");
q("are the minutes from the 17 sept libraries panel signed off?", "status_lookup",
  "Not yet: the minutes of the meeting of Wednesday 17 September 2098 are marked DRAFT – to be confirmed at the meeting on 12 November 2098.",
  ["draft", "12 November 2098"], [],
  [[MIN, "DRAFT – to be confirmed at the meeting on 12 November 2098"]],
  "The draft notice is in a red box under the masthead (and 'DRAFT' in the running header).");

// ------------------------------------------------------------------ table_lookup (7)
q("how much is carrowby getting from the hubs fund?", "table_lookup",
  "£350,000 is recommended for Carrowby City Council's bid CHCF1-03, Eastgate Library and family hub co-location (total project cost £1,240,000, grant requested £350,000, score 88, the highest), subject to the Panel agreeing the item 5 paper on 12 November 2098.",
  ["£350,000", "CHCF1-03"], [],
  [[PAPER, row(PAPER, "CHCF1-03")]],
  "Table 1 of the Word form report.");
q("what did tansley's bid score", "table_lookup",
  "Tansley Borough Council's bid CHCF1-02 (Tansley Central Library ground floor remodelling) scored 81 out of 100. It asked for £350,000 and is recommended £325,000, because £25,000 of the costs (fitting out a café) is not eligible (note a).",
  ["81", "£325,000"], [],
  [[PAPER, row(PAPER, "CHCF1-02")],
   [PAPER, "(a) Tansley Borough Council: £25,000 of the costs (fitting out a café) is not eligible, so the award is £325,000 rather than the £350,000 requested."]],
  "The award cell carries the note letter '(a)'.");
q("volunteer hours q2 number?", "table_lookup",
  "251 thousand volunteer hours in Q2 2098/99 (July to September), down from 262 thousand in Q1; the 2098/99 target is 1,150 thousand (baseline 1,140 thousand in 2097/98). LIB-09 is Red.",
  ["251"], [],
  [[CSV, row(CSV, "Volunteer hours supporting council libraries (thousands)", 12)]],
  "Unit '(thousands)' is in the title and Unit column.");
q("e-book loans target for 98/99?", "table_lookup",
  "2,300 thousand e-book and e-audio loans through the Shared eLending Consortium in 2098/99 (LIB-02; baseline 1,920 thousand). Q1 was 512 and Q2 548 thousand, below the Q2 profile of 575; rated Amber.",
  ["2,300"], [],
  [[CSV, row(CSV, "E-book and e-audio loans through the Shared eLending Consortium (thousands)", 12)]],
  "Target field is quoted in the CSV because of its thousands separator.");
q("which hubs fund bids got asked to resubmit for round 2?", "table_lookup",
  "Two bids, in Table 2 of the item 5 paper: CHCF1-08, Brackenfield County Council, Brackenfield Library courtyard and community garden (£180,000 requested, score 68), and CHCF1-14, Wealdmoor District Council, Wealdmoor libraries accessible toilets and changing facilities (£150,000, score 66). Both scored just below the threshold of 70.",
  ["CHCF1-08", "CHCF1-14"], [],
  [[PAPER, row(PAPER, "CHCF1-08")], [PAPER, row(PAPER, "CHCF1-14")]],
  "");
q("who owns action A98-09 and when is it due", "table_lookup",
  "A98-09 (go out to tender for the Shared eLending Consortium platform using the agreed further competition, minute 5.2) is owned by Odile Pemberton-Nwosu and was due on 31 October 2098. The November update shows it as Done.",
  ["Odile Pemberton-Nwosu", "31 October"], [],
  [[MIN, row(MIN, "A98-09")]],
  "Full-width action table after the two-column minutes; wrapped cells.");
q("lowest scoring bid that's still getting hubs fund money?", "table_lookup",
  "CHCF1-22, Lydbrook Metropolitan Borough Council's Lydbrook library welcome hub for new residents, scored 70 (the threshold) and is recommended £225,000, reduced from the £240,000 requested so that match funding is 25% of the £300,000 project cost (note c).",
  ["CHCF1-22", "70"], [],
  [[PAPER, row(PAPER, "CHCF1-22")],
   [PAPER, "(c) Lydbrook Metropolitan Borough Council: reduced to £225,000 so that match funding is 25% of the £300,000 project cost."]],
  "Table 1 is in order of score; the last row before the total.");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the libraries panel?", "people_roles",
  "Cllr Dev Malhotra-Quayle (Lab, Carrowby City Council) is Vice-Chair of the Public Libraries and Community Hubs Panel in 2098/99; he is also lead member for Digital libraries (WS2).",
  ["Malhotra-Quayle"], [],
  [[TOR, "Cllr Dev Malhotra-Quayle | Lab | Carrowby City Council | Vice-Chair | Digital libraries (WS2)"]],
  "Members table inside an MkDocs content tab.");
q("who replaced horace bellingdon on plchp?", "people_roles",
  "Cllr Margit Olawale (Lab, Lydbrook Metropolitan Borough Council) replaced Cllr Horace Bellingdon from 1 October 2098; he stood down on 30 September 2098.",
  ["Margit Olawale", "1 October"], [],
  [[TOR, "Cllr Margit Olawale replaced Cllr Horace Bellingdon (Lab, Lydbrook Metropolitan Borough Council) from 1 October 2098."],
   [MIN, "8.1 The Chair thanked Cllr Horace Bellingdon, who stands down from the Panel on 30 September 2098, for his work as a member since 2095. Lydbrook Metropolitan Borough Council has nominated Cllr Margit Olawale to replace him from 1 October 2098."]],
  "In the ToR page only as a footnote on the members table.");
q("who subbed at the september panel meeting", "people_roles",
  "Cllr Lowri Fennimore (Lab, Harrowdene Metropolitan Borough Council) attended the 17 September 2098 meeting as substitute for Cllr Horace Bellingdon.",
  ["Lowri Fennimore"], [],
  [[MIN, "Cllr Lowri Fennimore (Lab) – Harrowdene Metropolitan Borough Council, for Cllr Horace Bellingdon"]],
  "");
q("who's lead member for extended access", "people_roles",
  "Cllr Tobiah Wrenfield (Con, Kelderby District Council) is lead member for WS3 Extended access; the lead officer is Caspar Millington.",
  ["Wrenfield"], [],
  [[TOR, "WS3 Extended access: Cllr Tobiah Wrenfield"],
   [DECK, "WS3 Extended access | Caspar Millington | Cllr Tobiah Wrenfield | R | R | Recovery plan for decision"]],
  "MkDocs definition list (term and ':   ' definition on separate lines).");
q("who's chairing the hubs fund awards item on 12 nov?", "people_roles",
  "The Vice-Chair, Cllr Dev Malhotra-Quayle, at the Chair's request: the Chair's council, Wealdmoor District Council, made bid CHCF1-14 (in Table 2, invited to resubmit).",
  ["Malhotra-Quayle", "Wealdmoor"], [],
  [[PAPER, "6.2 The Chair's council, Wealdmoor District Council, made bid CHCF1-14 in Table 2. The Chair has asked the Vice-Chair, Cllr Dev Malhotra-Quayle, to chair the meeting for this item."]],
  "");
q("who was the external assessor on the hubs fund bids", "people_roles",
  "Marguerite Okonkwo-Hale of Civic Spaces Consulting moderated the scores as external assessor; each bid was scored by two officers first.",
  ["Okonkwo-Hale"], [],
  [[PAPER, "3.1 Each bid was scored by two officers and moderated by an external assessor, Marguerite Okonkwo-Hale of Civic Spaces Consulting"]],
  "");
q("who clerks the libraries panel? need a phone number", "people_roles",
  "Saoirse Lindqvist, Member Services Officer, is Clerk to the Panel: 020 7946 0956, saoirse.lindqvist@local.gov.uk.",
  ["Saoirse Lindqvist", "020 7946 0956"], [],
  [[TOR, "Saoirse Lindqvist, Member Services Officer | Clerk to the Panel | 020 7946 0956"]],
  "Officers tab of the MkDocs page; the e-mail is an autolink <…> in the source.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the hubs fund round 1 paper", "board_paper",
  "That the Panel: (a) agrees the 13 grants in Table 1, totalling £4,015,000, with the conditions under the table; (b) agrees that the remaining £185,000 is carried forward to round 2, which opens in April 2099; and (c) invites the two bids in Table 2 to resubmit in round 2.",
  ["£4,015,000", "£185,000"], [],
  [[PAPER, "Recommendations | That the Panel: (a) agrees the 13 grants in Table 1, totalling £4,015,000, with the conditions set out under the table; (b) agrees that the remaining £185,000 is carried forward to round 2, which opens in April 2099; and (c) invites the two bids in Table 2 to resubmit in round 2."]],
  "The recommendations are legacy form-field results inside the front-sheet table.");
q("is the chcf round 1 awards report a key decision? exempt?", "board_paper",
  "Yes, it is a key decision (the 'Yes' box is ticked), and it is not exempt: the 'No' box is ticked for exempt information. It is for decision, item 5 on 12 November 2098.",
  ["Yes", "not exempt"], [],
  [[PAPER, "Key decision | ☒ Yes   ☐ No"], [PAPER, "Exempt information | ☐ Yes   ☒ No"]],
  "Legacy FORMCHECKBOX fields: the ticked state is only in the field data, not in the document text (mammoth reads just 'Yes No').");
q("what did the nov programme update ask the panel to decide", "board_paper",
  "Three things: (a) note progress on the programme; (b) agree to move the extended-access target of 600 hours a week from March 2099 to June 2099; (c) note that the Community Hubs Capital Fund round 1 awards are for decision under item 5. Only (b) needs a decision.",
  ["June 2099"], [],
  [[DECK, "(b) agree to move the extended-access target of 600 hours a week from March 2099 to June 2099"],
   [DECK, "Recommendation (b) needs a decision; (a) and (c) are for noting."]],
  "Last content slide; the speaker notes say which is for decision.");
q("when do hubs fund grant agreements go out + how are they paid", "board_paper",
  "Grant agreements will be issued by 5 December 2098. Grants are paid in two instalments: 60% when the grant agreement is signed and 40% on completion of the works, and all works must be finished by 31 March 2100.",
  ["5 December 2098", "60%", "40%"], [],
  [[PAPER, "7.2 Grants will be paid in two instalments: 60% when the grant agreement is signed and 40% on completion of the works. Grant agreements will be issued by 5 December 2098 and all works must be finished by 31 March 2100."]],
  "");
q("what was agreed on the elending platform in september", "board_paper",
  "On 17 September 2098 (minute 5.2) the Panel agreed to buy the platform through a further competition under the national digital content framework, with a three-year contract from 2 February 2099, an option to extend by two years, and a budget of £1.35 million over the three years.",
  ["further competition", "£1.35 million"], [],
  [[MIN, "5.2 Resolved: that the Panel agreed to buy the platform through a further competition under the national digital content framework, with a contract of three years from 2 February 2099 and an option to extend by two years, within a budget of £1.35 million over the three years."]],
  "Paragraph runs from one column to the next in the two-column PDF.");
q("scoring criteria for the hubs fund?", "board_paper",
  "Five criteria, out of 100: community need (30 points), impact on the library service (25), partnership with other services (20), deliverability (15) and value for money (10). Bids scoring below 70 are not funded.",
  ["community need", "30", "deliverability"], [],
  [[PAPER, "against five criteria: community need (30 points), impact on the library service (25), partnership with other services (20), deliverability (15) and value for money (10)."]],
  "");
q("any conditions on the north tarrant award?", "board_paper",
  "Yes: CHCF1-17, North Tarrant County Council's three rural libraries converted for extended access (£330,000 recommended, score 72), is subject to planning permission for the Upper Tarrant site by 31 March 2099 (note b).",
  ["planning permission", "31 March 2099"], [],
  [[PAPER, "(b) North Tarrant County Council: subject to planning permission for the Upper Tarrant site by 31 March 2099."],
   [PAPER, row(PAPER, "CHCF1-17")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how many kids finished read ahead this summer", "fact",
  "468,250 children completed the Read Ahead summer scheme 2098, against a target of 450,000; 31% of those completing were taking part for the first time.",
  ["468,250"], [],
  [[MIN, "468,250 children had completed the scheme, against a target of 450,000, and 31% of those completing it were taking part for the first time."],
   [CSV, row(CSV, "Children completing the Read Ahead summer scheme", 12)]],
  "");
q("what's the quorum for plchp", "fact",
  "One third of the members (four), from at least two political groups.",
  ["four", "two political groups"], [],
  [[TOR, "The quorum is one third of the members (four), from at least two political groups."]],
  "Inside a collapsed '??? note' admonition.");
q("how many councils in the elending consortium now?", "fact",
  "36 councils at 30 September 2098 (LIB-03, Q2; target 40 by March 2099), up from 31 in June. The November update's speaker notes add that Wickmoor and Tansley signed on 6 November, which makes 38.",
  ["36", "38"], [],
  [[CSV, row(CSV, "Councils in the Shared eLending Consortium", 12)],
   [DECK, "The consortium figure is at 30 September; two more councils (Wickmoor and Tansley) signed on 6 November, which makes 38."]],
  "The later figure is only in the slides' speaker notes.");
q("what can the chair sign off on chcf grants between meetings", "fact",
  "The Chair, after consulting the Vice-Chair and the Head of Libraries and Culture Programme, may agree a change of up to £25,000 to a single CHCF grant between meetings, reported to the next meeting. Larger changes and new awards are for the Panel.",
  ["£25,000"], [],
  [[TOR, "The Chair, after consulting the Vice-Chair and the Head of Libraries and Culture Programme, may agree a change of up to £25,000 to a single CHCF grant between meetings."]],
  "");
q("latest figure for extended access hours?", "fact",
  "188 hours a week at 7 November 2098 (said in the speaker notes of the November update). The last reported quarter figure is 140 hours a week at 30 September 2098 (LIB-04, Q2), against a profile of 300 and a target of 600.",
  ["188"], [],
  [[DECK, "Latest figure, not in the printed report: 188 hours a week at 7 November 2098."],
   [DECK, "140 hours a week added by 30 September 2098, against a profile of 300"]],
  "Speaker notes in <aside class=\"notes\">, hidden on screen.");

// ------------------------------------------------------------------ cross_document (2)
q("max grant in the sept hubs fund paper vs what got agreed - did the round 1 awards stick to it?", "cross_document",
  "The September paper proposed a maximum grant of £400,000; the Panel agreed £350,000 instead (minute 4.3, proposed by Cllr Pryddereth, seconded by Cllr Brocklehurst). The round 1 awards keep to it: the largest recommended award is £350,000 (five bids, e.g. CHCF1-03 Carrowby).",
  ["£400,000", "£350,000"], [],
  [[MIN, "(b) agreed a maximum grant of £350,000"],
   [MIN, "than the £400,000 proposed in the paper"],
   [PAPER, "a maximum grant of £350,000, match funding of at least 25% of project costs"],
   [PAPER, row(PAPER, "CHCF1-03")]],
  "Minutes (PDF) and the item 5 paper (Word). Minute 4.3 runs over a page break in the PDF (the running header and footer come between 'rather' and 'than'), hence two quotes.");
q("did kettlewell's interest come up again with the round 1 awards?", "cross_document",
  "Yes. On 17 September 2098 Cllr Ambrose Kettlewell declared a non-pecuniary interest as a trustee of the Friends of Brackenfield Library and did not vote on item 4. The 12 November paper says the Friends support bid CHCF1-08 (Brackenfield County Council, £180,000, score 68), which is not funded but is in Table 2, invited to resubmit in round 2.",
  ["Friends of Brackenfield Library", "CHCF1-08"], [],
  [[MIN, "1.2 Cllr Ambrose Kettlewell declared a non-pecuniary interest in item 4 as a trustee of the Friends of Brackenfield Library"],
   [PAPER, "Cllr Ambrose Kettlewell declared on 17 September that he is a trustee of the Friends of Brackenfield Library, which supports bid CHCF1-08 in Table 2."]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("how much have we spent on the elending platform so far?", "unanswerable",
  "The papers do not give any spend. They say the Panel agreed a budget of £1.35 million over three years for a contract from 2 February 2099 (17 September minutes), and that four bids came in on 31 October 2098 with a preferred supplier to be named in December (November update).",
  [], [], [], "Budget and procurement stage only; no spend figures anywhere.");
q("when's the first libraries panel meeting in 2099/100?", "unanswerable",
  "The papers list meetings only for 2098/99, the last on Wednesday 11 March 2099; no 2099/100 dates are given.",
  [], [], [], "");
q("who won the elending platform tender", "unanswerable",
  "Not in the papers: the November update says four bids were received on 31 October 2098 and the preferred supplier will be named in December; the platform is due live on 2 February 2099.",
  [], [], [], "");
q("what did the june 98 meeting decide on the hubs fund design principles?", "unanswerable",
  "The papers do not include the minutes of 18 June 2098. They show only that the June meeting covered CHCF design principles (ToR meetings list) and that its minutes were agreed on 17 September with a correction to Cllr Pryddereth's council in minute 5.2.",
  [], [], [], "");
q("library visits in q3?", "unanswerable",
  "Q3 is not reported yet. LIB-01 gives 8.3 million physical visits in Q1 and 8.9 million in Q2 2098/99 (target 32.0 million for the year); Q3 performance is due at the 11 March 2099 meeting.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
