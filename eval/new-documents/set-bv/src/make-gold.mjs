// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or sentences
// of a line, taken from the renderings by what they start with or contain.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const AG = DOCS.agenda, CT = DOCS.crosstab, MEM = DOCS.membership, MIN = DOCS.minutes, SL = DOCS.slides;
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
// the crosstab row of a measure and a Measure Names value
const ct = (ref, name) => has(CT, ` | ${ref} | `) && lines(CT).find((x) => x.includes(` | ${ref} | `) && x.includes(` | ${name} | `));
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) => {
  for (const [doc, quote] of evidence) if (!quote) throw new Error(`empty quote for ${question} in ${doc}`);
  G.push({ id: `bv${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });
};

// ------------------------------------------------------------------ status_lookup (7)
q("which GRW measures were red in q2?", "status_lookup",
  "Two measures were Red at quarter 2 2361/62: GRW-02, the median wait for a plot (27 months against a target of 18; Red in quarter 1 too, 'Starter plots not yet counted; Kestermouth wait 41 months'), and GRW-06, sites with mains water or rainwater harvesting (79% against 90%; Amber at quarter 1, now Red after eleven standpipes were capped under the August hosepipe ban in Sallowfield and Dunholt).",
  ["GRW-02", "GRW-06"], [],
  [[CT, ct("GRW-02", "Status")], [CT, ct("GRW-06", "Status")], [CT, ct("GRW-06", "Actual")]],
  "Tableau crosstab (UTF-16, tab-separated): each measure is four rows, the rating only in its 'Status' row under the quarter column. GRW-01 was Red only at quarter 1.");
q("what got worse between q1 and q2 on the community growing tracker", "status_lookup",
  "Two measures are rated worse at quarter 2 than at quarter 1: GRW-05, community growing spaces on council land (Green to Amber: 33 against a target of 40, two Copsewood sites held up by title checks), and GRW-06, sites with mains water or rainwater harvesting (Amber to Red: 79% against 90%, standpipes capped under the August hosepipe ban). GRW-01, GRW-04 and GRW-07 improved; GRW-02 stayed Red and GRW-03 Green; GRW-08 had no quarter 1 rating.",
  ["GRW-05", "GRW-06"], [],
  [[CT, ct("GRW-05", "Status")], [CT, ct("GRW-06", "Status")], [CT, ct("GRW-05", "Commentary")]],
  "Compares the Q1 and Q2 columns of the Status rows; GRW-05's figure rose (31 to 33) while its rating fell.");
q("GRW-07 is showing Blue - what does that mean, are we done?", "status_lookup",
  "Yes. In the tracker Blue means completed (the agenda pack's note 2 gives the key the Tableau crosstab leaves out). GRW-07, councils with an adopted allotment strategy, reached 12 against a target of 12 at quarter 2 – the last three were adopted by 30 September (it was Amber, 9, at quarter 1).",
  ["completed", "12"], [],
  [[AG, sentence(AG, "The Status rows read:")], [CT, ct("GRW-07", "Status")], [CT, ct("GRW-07", "Commentary")]],
  "The crosstab has no key; 'Blue – completed' is only in note 2 of the agenda pack's notes page.");
q("why has GRW-08 got a * instead of a rating", "status_lookup",
  "Because the measure has more than one rating under it: GRW-08 (schools taking part in Grow to Learn) is rated Green for primary schools and Red for secondary schools, so Tableau shows '*' in its Status row (agenda note 2). At quarter 2 it stood at 64 schools against a target of 120 (primary 52, secondary 12); the scheme launched in September, so quarter 1 is blank.",
  ["primary", "secondary"], [],
  [[AG, sentence(AG, "An asterisk (*) in a Status row")], [CT, ct("GRW-08", "Status")], [CT, ct("GRW-08", "Commentary")]],
  "Tableau's ATTR() shows '*' where a field has several values; the meaning is only in the agenda pack's note.");
q("which risks are red on the programme risk register?", "status_lookup",
  "Two risks are Red on the register reviewed on 4 January 2362: CGR-01, drought and water restrictions cutting cultivation (likelihood 4 × impact 4 = 16, Rising; owner FA, Florian Achterberg), and CGR-05, soil contamination found on meanwhile-use sites (3 × 5 = 15, New; owner FA). Red is a score of 15 to 25.",
  ["CGR-01", "CGR-05"], [],
  [[AG, has(AG, "CGR-01 | ")], [AG, has(AG, "CGR-05 | ")], [AG, line(AG, "Key: L likelihood")]],
  "The register is a PDF attached to the agenda pack PDF (item 5), not a page of it.");
q("have the 15 nov minutes been signed off?", "status_lookup",
  "No. The minutes of 15 November 2361 are draft – not yet approved; they will be submitted for approval at the meeting on Wednesday 17 January 2362, where they are agenda item 3 (to approve).",
  ["draft", "17 January 2362"], [],
  [[MIN, line(MIN, "Not yet approved.")], [AG, line(AG, "3 | Minutes of the meeting")]],
  "The status is a banner of the saved web page; the agenda pack lists them for approval.");
q("which of the actions from the nov meeting are still open?", "status_lookup",
  "Five of the eight actions from 15 November 2361 are open in the page's data (last updated 22 November 2361): ACG-51, recovery plan for GRW-06 (Florian Achterberg, 2362-01-17); ACG-52, GRW-02 with and without starter plots (Ezinne Holdsworth-Carr, 2362-03-14); ACG-54, rainwater harvesting kits for the 11 sites (Florian Achterberg, 2362-02-28); ACG-56, note on seed potato supply (Florian Achterberg, 2361-12-08); ACG-58, chase the water company on standpipe charges (Crispin Ollerenshaw, 2361-12-15). ACG-53, ACG-55 and ACG-57 are completed.",
  ["ACG-51", "ACG-52", "ACG-54", "ACG-56", "ACG-58"], [],
  [[MIN, line(MIN, "ACG-51 | ")], [MIN, line(MIN, "ACG-52 | ")], [MIN, line(MIN, "ACG-54 | ")], [MIN, line(MIN, "ACG-56 | ")], [MIN, line(MIN, "ACG-58 | ")]],
  "The Actions tab is not rendered in the saved page: the actions exist only in the __NEXT_DATA__ JSON, owners as ids resolved through its people array.");

// ------------------------------------------------------------------ table_lookup (7)
q("GRW-01 q2 figure?", "table_lookup",
  "10,615 applicants on allotment waiting lists across the 12 councils at quarter 2 2361/62, against a target of 9,000: Amber (quarter 1: 11,240, Red). 1,310 lapsed applicants were removed after re-validation in four councils.",
  ["10,615"], [],
  [[CT, ct("GRW-01", "Actual")], [CT, ct("GRW-01", "Status")], [CT, ct("GRW-01", "Commentary")]],
  "The figure is in the 'Actual' row, the rating in the 'Status' row, under the 'Q2 2361/62' column.");
q("how much is mirefoot recommended in round 2 and why less than they asked?", "table_lookup",
  "£55,000 for the Lowfield Road site extension (28 new plots, score 74), against £61,500 asked: £6,500 less because fencing costs are not eligible under the criteria.",
  ["£55,000", "fencing"], [],
  [[AG, line(AG, "Mirefoot Council | ")], [AG, line(AG, "4. Mirefoot Council")]],
  "In the Word paper attached to the agenda pack PDF.");
q("cost per place for the rooftop pilot?", "table_lookup",
  "£2,300 a place: Brindleford rooftop growing created 18 places and housed 18 applicants, with 83% still growing at six months. It was the most expensive pilot, and the evaluation recommends not extending rooftop growing without capital funding.",
  ["£2,300"], [],
  [[SL, line(SL, "Brindleford rooftop growing | 18")], [SL, line(SL, "4. Do not extend rooftop growing")]],
  "Beamer deck: the results table is revealed over two overlay pages; Brindleford's row is only on the second.");
q("who owns ACG-54 and when is it due", "table_lookup",
  "Florian Achterberg (Senior Adviser, Green Spaces) owns ACG-54, ordering rainwater harvesting kits for the 11 sites (£40,000); it is due on 2362-02-28 (28 February 2362) and is open.",
  ["Achterberg"], [],
  [[MIN, line(MIN, "ACG-54 | ")]],
  "In the JSON the owner is only 'assigneeId': 'usr_0193', named in the separate people array.");
q("what's the score on CGR-05", "table_lookup",
  "15: likelihood 3 × impact 5, rated Red (15–25) and marked New at the review of 4 January 2362. CGR-05 is soil contamination found on meanwhile-use sites; owner FA (Florian Achterberg); controls: soil testing before any award is paid (Tannery Lane, Oxlade Vale) and raised beds where tests fail.",
  ["15"], [],
  [[AG, has(AG, "CGR-05 | ")], [AG, line(AG, "Key: L likelihood")]],
  "");
q("how much contingency is left after the water kits?", "table_lookup",
  "£25,000. On 15 November 2361 the Task Group allocated £40,000 of the programme contingency (£65,000) to rainwater harvesting kits for the eleven sites, leaving £25,000 in contingency.",
  ["£25,000"], [],
  [[MIN, line(MIN, "That £40,000 of the programme contingency")], [MIN, sentence(MIN, "confirmed that the programme contingency")]],
  "");
q("what was the survey response in the pilots evaluation", "table_lookup",
  "412 plot-holders in the six pilots responded to the September 2361 survey, a 38% response rate; 86% would recommend their pilot to a friend, and time was the main barrier to growing more (44%).",
  ["412", "38%"], [],
  [[SL, line(SL, "Survey of plot-holders")], [SL, line(SL, "Would recommend")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the allotments task group?", "people_roles",
  "Cllr Hermione Sowerbutts (Conservative, Ellerbeck County Council) is the Chair. The Vice-Chair is Cllr Declan Osgathorpe (Labour, Kestermouth City Council) and the Deputy Chair Cllr Farida Merridew (Liberal Democrat, Thrushcombe Borough Council).",
  ["Sowerbutts"], [],
  [[MEM, line(MEM, "Cllr Hermione Sowerbutts")], [MIN, line(MIN, "Members present:")]],
  "Crystal Reports RTF: the role is a column of positioned frames, the members grouped by political group, not by role.");
q("who replaced cllr blenkinsopp?", "people_roles",
  "Cllr Ottilie Fairbrass (Conservative), nominated by Greyhaven Borough Council, appointed from 01/12/2361 in place of Cllr Tobias Blenkinsopp, whose membership ended on 30/11/2361.",
  ["Fairbrass"], [],
  [[MEM, line(MEM, "Cllr Ottilie Fairbrass appointed")], [MEM, line(MEM, "Cllr Tobias Blenkinsopp")]],
  "Report footer of the membership export.");
q("who's the lead member for water and soil", "people_roles",
  "Cllr Morwenna Tregenza (Independent, Sallowfield District Council). She is also the Lead Member named for GRW-04 and GRW-06 in the tracker.",
  ["Tregenza"], [],
  [[MEM, line(MEM, "Cllr Morwenna Tregenza")], [CT, ct("GRW-06", "Status")]],
  "");
q("who subbed at the nov meeting and for who", "people_roles",
  "Cllr Saoirse Thewlis attended the meeting of 15 November 2361 as substitute for Cllr Cyprian Dunstanville (both Liberal Democrat). Apologies came from Cllr Dunstanville and Cllr Morwenna Tregenza, who was not substituted.",
  ["Thewlis", "Dunstanville"], [],
  [[MIN, line(MIN, "Substitutes:")], [MIN, line(MIN, "Apologies:")]],
  "");
q("who are the named substitutes for the TG", "people_roles",
  "Three: Cllr Lemuel Pargeter (Conservative, Ellerbeck County Council), Cllr Hyacinth Mallinder (Labour, Harnwick Metropolitan Borough Council) and Cllr Saoirse Thewlis (Liberal Democrat, Thrushcombe Borough Council), each able to stand in for any member of their group.",
  ["Pargeter", "Mallinder", "Thewlis"], [],
  [[MEM, line(MEM, "Cllr Lemuel Pargeter")], [MEM, line(MEM, "Cllr Hyacinth Mallinder")], [MEM, line(MEM, "Cllr Saoirse Thewlis")]],
  "");
q("how many labour members are on the task group and who are they", "people_roles",
  "Four: Cllr Precious Inchbald (Harnwick Metropolitan Borough Council, lead member for growing in schools), Cllr Declan Osgathorpe (Kestermouth City Council, Vice-Chair), Cllr Yusuf Scattergood (Mirefoot Council) and Cllr Niamh Wolstenholme (Brindleford City Council).",
  ["Inchbald", "Osgathorpe", "Scattergood", "Wolstenholme"], [],
  [[MEM, line(MEM, "Political group: Labour")], [MEM, line(MEM, "Cllr Precious Inchbald")], [MEM, line(MEM, "Cllr Declan Osgathorpe")], [MEM, line(MEM, "Cllr Yusuf Scattergood")], [MEM, line(MEM, "Cllr Niamh Wolstenholme")]],
  "The group is a group header frame above its members; 'Members in group: 4' follows them.");
q("who presented the pilots evaluation in nov?", "people_roles",
  "Dr Ingrid Halvorsen-Pike and Dr Kwabena Ashworth-Lyle of the University of Wexcombe (Centre for Urban Food Systems) presented the interim evaluation of the six community growing pilots at the meeting on 15 November 2361 (item 5).",
  ["Halvorsen-Pike", "Ashworth-Lyle"], [],
  [[MIN, sentence(MIN, "Dr Ingrid Halvorsen-Pike and Dr Kwabena Ashworth-Lyle of the University")], [SL, line(SL, "Dr Ingrid Halvorsen-Pike")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the round 2 awards paper", "board_paper",
  "That the Task Group: (a) award £231,000 to the four bids recommended in table 1; (b) carry the £19,000 not awarded forward to round 3; (c) delegate the grant conditions to the Programme Manager, after consulting the Chair.",
  ["£231,000", "£19,000"], [],
  [[AG, line(AG, "Recommendations | ")]],
  "Item 4 is a Word file attached to the agenda pack PDF; its front sheet is a table whose recommendations cell holds four paragraphs.");
q("contact officer for the round 2 paper?", "board_paper",
  "Ezinne Holdsworth-Carr, Programme Manager, Community Growing: 020 7946 0841, ezinne.holdsworth-carr@local.gov.uk.",
  ["Holdsworth-Carr", "020 7946 0841"], [],
  [[AG, line(AG, "Contact officer | ")]],
  "");
q("is the round 2 awards item a key decision, and is any of it confidential?", "board_paper",
  "It is a key decision: the awards total more than £100,000, so they are for the Task Group. The paper is not confidential, but Appendix B (bidders' accounts) is exempt under paragraph 3 (of Schedule 12A to the Local Government Act 1972) and is not published or attached.",
  ["£100,000", "Appendix B"], [],
  [[AG, line(AG, "Key decision | ")], [AG, line(AG, "Confidential | ")], [AG, line(AG, "5. The meeting is open to the public.")]],
  "");
q("which bid didn't make the threshold in round 2", "board_paper",
  "Greyhaven Borough Council's bid for a community orchard at Saltings Park (£61,000 asked) scored 52, below the threshold of 60, because it would create no plots for people on waiting lists; it is recommended £0 and officers will advise Greyhaven on a bid to round 3.",
  ["Greyhaven", "52"], [],
  [[AG, line(AG, "Greyhaven Borough Council | ")], [AG, line(AG, "5. Greyhaven Borough Council")]],
  "");
q("what did they resolve on q2 performance at the nov meeting", "board_paper",
  "That the Task Group: (a) note performance at quarter 2 2361/62; (b) ask officers to bring a recovery plan for GRW-06 to the meeting on 17 January 2362; (c) ask that GRW-02 be reported from quarter 3 both with and without starter plots (actions ACG-51 and ACG-52).",
  ["GRW-06", "GRW-02"], [],
  [[MIN, line(MIN, "ask officers to bring a recovery plan")], [MIN, line(MIN, "ask that GRW-02 be reported")]],
  "The clauses are an <ol type=\"a\">: the letters are not in the page's text.");
q("any declarations of interest at the 15 nov meeting?", "board_paper",
  "Two non-pecuniary interests: Cllr Yusuf Scattergood in item 7 (Plot Provision Fund round 2), as a plot-holder at the Lowfield Road site in Mirefoot and a committee member of Mirefoot Allotment Society, which expects to bid – he took no part and left the room; and Cllr Farida Merridew in item 5 (the pilots' evaluation), as a trustee of the Dunholt Community Orchard Trust, which runs one of the pilots.",
  ["Scattergood", "Merridew"], [],
  [[MIN, line(MIN, "Cllr Yusuf Scattergood declared")], [MIN, line(MIN, "Cllr Farida Merridew declared")]],
  "");
q("who can sign off fund awards under 100k?", "board_paper",
  "Under the programme's scheme of delegation, officers may award up to £25,000 and the Chair, after consulting the Vice-Chair, up to £100,000; awards above £100,000 in total are decided by the Task Group (so round 2's £231,000 goes to the meeting).",
  ["£25,000", "Vice-Chair"], [],
  [[AG, line(AG, "7. Under the programme's scheme of delegation")], [MIN, sentence(MIN, "As the sum is more than £25,000")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when is the pilots final report due?", "fact",
  "April 2362: the University of Wexcombe's final report to the Task Group, which is to include the cost per plot-holder still growing at 12 months.",
  ["April 2362"], [],
  [[SL, line(SL, "Final report to the Task Group")], [MIN, line(MIN, "In answer to")]],
  "");
q("what time are the group pre-meetings on 17 jan", "fact",
  "10.15am: Conservative in Meeting Room 6, Labour in Meeting Room 7, Liberal Democrat in Meeting Room 3; Independent and Green members are welcome at the Chair's briefing at 10.30am in Meeting Room 5. The meeting itself is at 11.00am.",
  ["10.15am"], [],
  [[AG, line(AG, "1. Group pre-meetings")]],
  "");
q("when did round 2 close?", "fact",
  "At noon on 12 December 2361; it opened on 20 November 2361.",
  ["12 December 2361"], [],
  [[MIN, line(MIN, "round 2 of the Plot Provision Fund open on")], [AG, line(AG, "2. Round 2")]],
  "");
q("why did the water measure drop?", "fact",
  "GRW-06 (sites with mains water or rainwater harvesting) fell from 84% (Amber) at quarter 1 to 79% (Red) at quarter 2, against 90%, because eleven standpipes were capped under the August hosepipe ban in Sallowfield and Dunholt.",
  ["hosepipe", "Sallowfield", "Dunholt"], [],
  [[CT, ct("GRW-06", "Commentary")], [MIN, sentence(MIN, "reported that eleven sites in Sallowfield")]],
  "");
q("can members on teams vote on the round 2 awards?", "fact",
  "No. Members may join on Teams and take part, but only members in the room can vote or count towards the quorum of four voting members (at the November meeting Cllr Quillfeather attended online and did not vote).",
  ["in the room"], [],
  [[AG, line(AG, "3. Members may join on Teams")], [MIN, line(MIN, "Attended online (not voting):")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("will blenkinsopp be voting on the round 2 awards?", "cross_document",
  "No. Cllr Tobias Blenkinsopp said on 15 November 2361 that it was his last meeting, and the membership report shows his membership ending on 30/11/2361; Cllr Ottilie Fairbrass has been the Greyhaven member since 01/12/2361. The round 2 awards are for decision at the meeting on 17 January 2362.",
  ["Fairbrass"], [],
  [[MIN, line(MIN, "Cllr Tobias Blenkinsopp said")], [MEM, line(MEM, "Cllr Tobias Blenkinsopp")], [MEM, line(MEM, "Cllr Ottilie Fairbrass appointed")], [AG, line(AG, "4 | Plot Provision Fund")]],
  "Minutes (web page), membership (RTF) and agenda (PDF).");
q("how does the water money agreed in november show up in the risk register", "cross_document",
  "It is a control on CGR-01 (drought and water restrictions cut cultivation), owned by FA (Florian Achterberg): rainwater harvesting kits for the 11 sites whose standpipes were capped (£40,000 from contingency, minute 6 of 15 November 2361), with the GRW-06 recovery plan due to the January meeting. The risk is still Red, 16 (4 × 4), and Rising at the review of 4 January 2362; ordering the kits is action ACG-54, due 2362-02-28.",
  ["CGR-01", "£40,000"], [],
  [[MIN, line(MIN, "That £40,000 of the programme contingency")], [AG, has(AG, "CGR-01 | ")]],
  "The minute is in the web page; the register is the PDF attached to the agenda pack.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for GRW-01?", "unanswerable",
  "Not in the papers: the Tableau crosstab has quarter 1 and quarter 2 2361/62 only (GRW-01 was 10,615, Amber, at quarter 2).",
  [], [], [], "Near miss: Q1 and Q2 columns only.");
q("what do the bidders' accounts in appendix B show for greyhaven?", "unanswerable",
  "Not available: Appendix B to the round 2 paper (bidders' accounts) is exempt under paragraph 3 and is not attached or published. The paper gives only Greyhaven's bid (£61,000, score 52, not recommended).",
  [], [], [], "Near miss: the appendix is named but withheld.");
q("what did the task group decide on the round 2 awards on 17 january?", "unanswerable",
  "Not in the papers: the meeting of 17 January 2362 is only on the agenda; the papers hold the officers' recommendations (£231,000 to four bids), not a decision.",
  [], [], [], "Near miss: the recommendations are held, the decision is not.");
q("whats cllr fairbrass's email address", "unanswerable",
  "Not given: the membership report names Cllr Ottilie Fairbrass (Conservative, Greyhaven Borough Council, from 01/12/2361) but holds no contact details for members.",
  [], [], [], "Near miss: officers' e-mail addresses are in the papers, members' are not.");
q("how many people are on harnwick's waiting list", "unanswerable",
  "Not in the papers: the tracker gives only the total across the 12 councils (10,615 at quarter 2); no council's own list is given (the only council figure is Kestermouth's 41-month wait).",
  [], [], [], "Near miss: a total and another council's wait are given.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
