// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or runs of a line's cells, taken
// from the renderings by what they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const CAL = DOCS.calendar, CON = DOCS.contacts, WIKI = DOCS.wiki, MIN = DOCS.minutes, LOOM = DOCS.loomio;
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
  G.push({ id: `bb${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which milestones are at risk on the school travel delivery plan?", "status_lookup",
  "Three milestones are tagged crit (at risk) on the delivery plan as at 9 December 2146: M05, the independent travel training toolkit (in progress, due 2146-12-16); M06, recruiting travel trainers in Ockerby, Pennerby and Tamsford (due 2147-02-28, not started); and M09, the safeguarding training catch-up for 212 staff (in progress, to 2147-01-31).",
  ["M05", "M06", "M09"], [],
  [[WIKI, line(WIKI, "M05 ")], [WIKI, line(WIKI, "M06 ")], [WIKI, line(WIKI, "M09 ")], [WIKI, line(WIKI, "crit – at risk")]],
  "GitLab wiki source: the milestones are lines of a Mermaid gantt chart, the status only the tags before the id ('crit', 'crit, active'), explained by the 'How to read the chart' quotation.");
q("any STM measures red at q2?", "status_lookup",
  "Yes, two measures are :red_circle: (off track) at quarter 2 (30 September 2146): STM-01, the average yearly cost of transport for a pupil with SEND (£9,610 against a target of £8,900 or less; fuel and drivers' pay up 7% since April), and STM-05, drivers and passenger assistants with in-date safeguarding training (88% against 100%; 212 staff on new Tamsford contracts awaiting training).",
  ["STM-01", "STM-05"], [],
  [[WIKI, line(WIKI, "STM-01 | ")], [WIKI, line(WIKI, "STM-05 | ")], [WIKI, line(WIKI, "Ratings: ")]],
  "Ratings are GitLab emoji shortcodes in a pipe table; ':red_circle: off track' only in the key line under it.");
q("what got worse between q1 and q2 on the school travel measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: STM-01, the average yearly cost of transport for a pupil with SEND (some risk to off track, £9,610), STM-04, pupils completing independent travel training (on track to some risk, 118 against 400; trainer vacancies), and STM-05, drivers and passenger assistants with in-date safeguarding training (on track to off track, 88%). STM-02 improved (some risk to on track) and STM-07 was achieved (no data at quarter 1).",
  ["STM-01", "STM-04", "STM-05"], [],
  [[WIKI, line(WIKI, "STM-01 | ")], [WIKI, line(WIKI, "STM-04 | ")], [WIKI, line(WIKI, "STM-05 | ")], [MIN, sentence(MIN, "Compared with quarter 1")]],
  "Compares the 'Q1 rating' and 'Q2 rating' shortcode columns by the key's order (red worse than orange worse than green); the minutes' 3.1 says the same in words.");
q("has the travel training toolkit been published yet", "status_lookup",
  "Not as at 9 December 2146. Milestone M05, the independent travel training toolkit, is tagged crit, active (in progress but at risk) with an end date of 2146-12-16. On 16 November the Task Group agreed to move publication from 30 November to 16 December 2146 because three councils asked for more time to test it with families; the Programme Manager's calendar has it on Friday 16 December.",
  ["16 December"], [],
  [[WIKI, line(WIKI, "M05 ")], [MIN, line(MIN, "5.1 ")], [CAL, line(CAL, "16 | ")]],
  "The gantt gives the date as 2146-12-16; the minutes' resolution is in an altChunk part of the Word file.");
q("wich actions from the sept meeting are still open?", "status_lookup",
  "Two of the actions from 14 September 2146 (HTA-34 to HTA-40) were still open at the meeting on 16 November 2146: HTA-36, publishing the independent travel training toolkit (now due on 16 December 2146), and HTA-39, the Chair's letter to the Department for Education on funding for post-16 transport, sent on 3 October 2146, to which no reply had been received (the Head of Democratic Services is to chase it, HTA-47). The other five are complete.",
  ["HTA-36", "HTA-39"], [],
  [[MIN, line(MIN, "2.2 ")]],
  "The action log is a sentence of minute 2.2, inside an HTML altChunk of the Word file (document.xml holds none of the minutes' words).");
q("have the 16 nov minutes been approved?", "status_lookup",
  "No. They are a draft, exported from the committee system on 22 November 2146, 'subject to approval at the next meeting of the Task Group' (now Wednesday 25 January 2147).",
  ["draft"], [],
  [[MIN, line(MIN, "DRAFT – subject to approval")], [MIN, line(MIN, "Status | ")]],
  "");
q("what does the :white_check_mark: on STM-07 mean - did we hit it?", "status_lookup",
  "Yes: :white_check_mark: means achieved. STM-07, councils with a published post-16 transport policy statement, was 12 of 12 at quarter 2 against a target of 12 of 12 by 31 May; all 12 were published by 31 May and it is counted from quarter 2 (at quarter 1 it was :white_circle:, no data yet).",
  ["achieved", "12 of 12"], [],
  [[WIKI, line(WIKI, "STM-07 | ")], [WIKI, line(WIKI, "Ratings: ")]],
  "The shortcode's meaning is only in the key line under the table.");

// ------------------------------------------------------------------ table_lookup (7)
q("STM-06 q2 figure?", "table_lookup",
  "3.4 late or missed journeys per 1,000 journeys at quarter 2 2146/47, against a target of 4.0 or fewer: on track (:green_circle:), as at quarter 1 (3.6).",
  ["3.4"], [],
  [[WIKI, line(WIKI, "STM-06 | ")]],
  "");
q("how much did tamsford get for its pilot", "table_lookup",
  "£97,000, the full amount it asked for, for route planning software and a shared minibus pool (its bid scored 76 out of 100). The round 1 awards were agreed on Loomio on 2 December 2146; Cllr Marisa Ugwuanyi, Tamsford's Deputy Leader, abstained.",
  ["97,000"], [],
  [[LOOM, line(LOOM, "Tamsford Borough Council | ")], [LOOM, line(LOOM, "(a) awards £140,000", 2)]],
  "Loomio thread: the bids table in the thread's context; the award in the outcome card.");
q("whats the budget for the safeguarding training catch-up", "table_lookup",
  "£58,000, agreed by the Task Group on 16 November 2146 from the programme contingency, for a catch-up course for the 212 drivers and passenger assistants awaiting safeguarding training, running from 21 November 2146 to 31 January 2147. It is a line of the 2146/47 programme budget of £640,000.",
  ["58,000"], [],
  [[MIN, line(MIN, "RESOLVED that the Task Group agrees £58,000")], [WIKI, line(WIKI, '"Safeguarding training catch-up"')]],
  "The wiki's pie chart gives it unformatted ('58000').");
q("HTA-43 who's got it and when's it due", "table_lookup",
  "HTA-43 (minute 5 of 16 November 2146), a recruitment plan for travel trainers in Ockerby, Pennerby and Tamsford, is owned by Juniper Scarfield, Senior Adviser, SEND Transport, and is due on 18/01/2147 (the date of the next meeting as the minutes give it; the meeting has since moved to 25 January 2147).",
  ["Juniper Scarfield", "18/01/2147"], [],
  [[MIN, line(MIN, "HTA-43 | ")]],
  "Actions table of an HTML altChunk.");
q("what did stowhithe score and why didn't it get anything", "table_lookup",
  "Stowhithe Borough Council's bid (£79,000 for demand-responsive pick-ups for rural primary schools) scored 41 out of 100, below the threshold of 60, so it was not recommended and the Task Group agreed on Loomio not to fund it.",
  ["41", "60"], [],
  [[LOOM, line(LOOM, "Stowhithe Borough Council | ")], [LOOM, line(LOOM, "(b) does not fund Stowhithe")]],
  "");
q("how did the loomio vote on the pilots go? numbers pls", "table_lookup",
  "Agreed: 8 agree (73%), 2 abstain (18%), 1 disagree (9%), 0 block; 11 of 12 members voted (92%), and Cllr Perpetua Lowndes did not vote (undecided). The two abstentions were Cllr Anwen Gethryn and Cllr Marisa Ugwuanyi, who had declared interests; Cllr Hollis Yeoward disagreed.",
  ["8", "11 of 12"], [],
  [[LOOM, line(LOOM, "Agree | ")], [LOOM, line(LOOM, "Abstain | ")], [LOOM, line(LOOM, "Disagree | ")], [LOOM, line(LOOM, "11 of 12 members voted")]],
  "The poll's legend table beside an SVG chart with no text; each vote's stance is only an icon's alt text.");
q("whats the total programme budget this year", "table_lookup",
  "£640,000 for 2146/47: route optimisation pilots (round 1 awards) £312,000, Route Review Fund carried to round 2 £28,000, independent travel training £126,000, safeguarding training catch-up £58,000, electric minibus market engagement £36,000 and the programme team £80,000.",
  ["£640,000"], [],
  [[WIKI, line(WIKI, "title Programme budget")]],
  "Mermaid pie chart: the total only in its title, the lines as unformatted numbers.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the school transport tg?", "people_roles",
  "Cllr Imelda Thornycroft (Conservative, Quennbridge County Council) chairs the Home to School Transport Task Group for 2146/47; the Children, Schools and Families Board appointed her on 25 May 2146. (Her job title at Quennbridge is Cabinet Member for Children and Families.)",
  ["Thornycroft"], [],
  [[CON, cells(CON, "Imelda | Thornycroft", "Cllr", 6)], [CON, cells(CON, "Imelda | Thornycroft", "HSTTG;HSTTG Chair", 1)], [MIN, line(MIN, "Chair | ")]],
  "Outlook contacts CSV: the Task Group role only in Categories ('HSTTG;HSTTG Chair'); Job Title is her council job.");
q("who's the lead member for SEND travel", "people_roles",
  "Cllr Anwen Gethryn (Labour, Harrowfell Metropolitan Borough Council) is lead member for SEND travel; she is also Harrowfell's Cabinet Member for Education, and leads on measures STM-01, STM-02 and STM-05.",
  ["Gethryn"], [],
  [[CON, cells(CON, "Anwen | Gethryn", "Cllr", 6)], [CON, cells(CON, "Anwen | Gethryn", "Lead member for SEND travel. Also Cabinet Member for Education at Harrowfell – declare at any item on Harrowfell's bids.", 1)]],
  "Portfolio only in the Notes field; Categories say 'HSTTG Lead member' without the portfolio.");
q("who replaced cllr askwith on the tg?", "people_roles",
  "Cllr Ignatius Brimblecombe (Conservative, Quennbridge County Council), a member from 1 October 2146. Cllr Winifred Askwith stood down from the Task Group on 30 September 2146 when she was no longer a councillor; the Chair welcomed Cllr Brimblecombe to his first meeting on 16 November 2146.",
  ["Brimblecombe"], [],
  [[CON, cells(CON, "Winifred | Askwith", "HSTTG Former member", 1)], [CON, cells(CON, "Winifred | Askwith", "Stood down from the Task Group on 30/09/2146 (no longer a councillor). Replaced by Cllr Ignatius Brimblecombe from 01/10/2146. Kept for the 2146/47 attendance record.", 1)], [MIN, line(MIN, "1.1 ")]],
  "");
q("who subbed for quaife on 16 nov", "people_roles",
  "Cllr Letitia Varga-Holme (Conservative, Blackmere Vale District Council), the Conservative group's named substitute, substituted for Cllr Barnaby Quaife, who sent apologies.",
  ["Varga-Holme"], [],
  [[MIN, line(MIN, "Substitute | ")], [CON, cells(CON, "Letitia | Varga-Holme", "HSTTG Substitute", 1)]],
  "The attendance table is native WordprocessingML (the one part of the minutes a Word reader that ignores altChunks sees).");
q("who voted against the pilot awards and why", "people_roles",
  "Cllr Hollis Yeoward (Green Party, Saltharrow City Council) was the only member to disagree: the pilots should have to use electric or other zero-emission vehicles and none of the three bids commits to that; he would rather set the condition now than in round 2. The Chair said officers would bring a zero-emission condition for round 2 to the next meeting.",
  ["Yeoward"], [],
  [[LOOM, line(LOOM, "Disagree | Hollis Yeoward")]],
  "Each vote's stance is only the alt text of an icon beside the voter's name.");
q("who's the finance officer on school travel and whats their number", "people_roles",
  "Casimir Eldridge, Finance Business Partner (for the School Travel Programme and the Route Review Fund): 020 7946 0722, casimir.eldridge@local.gov.uk.",
  ["Casimir Eldridge", "020 7946 0722"], [],
  [[CON, cells(CON, "Casimir | Eldridge", "Casimir", 10)]],
  "");
q("who are the named subs on the hsttg", "people_roles",
  "Three named substitutes: Cllr Letitia Varga-Holme (Conservative, Blackmere Vale District Council), Cllr Desmond Ibekwe-Farr (Labour, Harrowfell Metropolitan Borough Council) and Cllr Clémence Orrell (Liberal Democrat, Lindenholt Borough Council).",
  ["Varga-Holme", "Ibekwe-Farr", "Orrell"], [],
  [[CON, cells(CON, "Letitia | Varga-Holme", "Cllr", 5)], [CON, cells(CON, "Desmond | Ibekwe-Farr", "Cllr", 5)], [CON, cells(CON, "Clémence | Orrell", "Cllr", 5)]],
  "Windows-1252 CSV: 'é' of Clémence is byte E9.");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the route optimisation pilots paper?", "board_paper",
  "That the Task Group: (a) awards £140,000 to Harrowfell Metropolitan Borough Council, £97,000 to Tamsford Borough Council and £75,000 to Ravensgill District Council for shared route optimisation pilots from January 2147; (b) does not fund Stowhithe Borough Council's bid of £79,000, which scored 41 out of 100, below the threshold of 60; (c) carries the remaining £28,000 of the round 1 allocation to round 2. A fourth, (d), was added during the vote: Ravensgill's award is held until it confirms its £7,500 contribution in writing, lapsing if not by 16 December 2146.",
  ["£140,000", "Stowhithe", "£28,000"], [],
  [[LOOM, line(LOOM, "(a) awards £140,000")], [LOOM, line(LOOM, "(b) does not fund Stowhithe")], [LOOM, line(LOOM, "(c) carries the remaining")]],
  "The paper is the Loomio thread's context.");
q("contact officer for the pilots paper?", "board_paper",
  "Juniper Scarfield, Senior Adviser, SEND Transport – 020 7946 0718, juniper.scarfield@local.gov.uk.",
  ["Juniper Scarfield"], [],
  [[LOOM, line(LOOM, "Name: ")], [LOOM, line(LOOM, "Position: ")], [LOOM, line(LOOM, "Phone: ")]],
  "");
q("what condition did they put on ravensgill's award", "board_paper",
  "Ravensgill District Council's £75,000 is held until the council confirms its contribution of £7,500 (10 per cent) in writing, and the award lapses if it has not done so by 16 December 2146. Cllr Barnaby Quaife proposed it as an amendment on Loomio and the Chair added it to the proposal as recommendation (d).",
  ["£7,500", "16 December 2146"], [],
  [[LOOM, line(LOOM, "(d) holds Ravensgill's award")], [LOOM, line(LOOM, "I propose an amendment")]],
  "");
q("DOIs at the 16 nov meeting?", "board_paper",
  "Two, both on item 4 (the route optimisation pilot bids): Cllr Anwen Gethryn, as Harrowfell Metropolitan Borough Council's Cabinet Member for Education (Harrowfell has bid); she took part in the discussion but would not vote on the awards. And Cllr Marisa Ugwuanyi, because Tamsford Borough Council, of which she is Deputy Leader, has bid.",
  ["Gethryn", "Ugwuanyi"], [],
  [[MIN, line(MIN, "1.3 ")], [MIN, line(MIN, "1.4 ")]],
  "");
q("what did the tg decide in nov about how to make the pilot awards decision", "board_paper",
  "Because the awards were likely to total more than £100,000, so the Chair could not decide them between meetings, and waiting until January would stop the pilots starting then, the Task Group resolved: (a) to take the decision between meetings by a proposal on Loomio open from 28 November 2146 to 5pm on 2 December 2146; (b) that every council awarded a pilot contributes at least 10 per cent of its award; (c) that a decision on Loomio stands only if at least seven members vote.",
  ["Loomio", "2 December 2146"], [],
  [[MIN, line(MIN, "(a) takes the decision on the round 1 awards")], [MIN, line(MIN, "(b) requires every council")], [MIN, line(MIN, "4.2 ")]],
  "");
q("is the pilots paper confidential or a key decision?", "board_paper",
  "No to both: the paper says 'Is this report confidential? No.' and 'Is this a key decision? No.'",
  ["No"], [],
  [[LOOM, line(LOOM, "Is this report confidential?")], [LOOM, line(LOOM, "Is this a key decision?")]],
  "");
q("what did they resolve on the q2 performance report in nov", "board_paper",
  "That the Task Group (a) notes the performance at quarter 2 and (b) asks Tamsford Borough Council for a recovery plan for safeguarding training by 9 December 2146 (action HTA-41, Juniper Scarfield). Members were most concerned about STM-05: only 88% of drivers and passenger assistants had in-date safeguarding training.",
  ["Tamsford", "9 December 2146"], [],
  [[MIN, line(MIN, "(b) asks Tamsford Borough Council")], [MIN, line(MIN, "3.2 ")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when's the chair's briefing for the january meeting?", "fact",
  "Monday 23 January 2147 at 14:00, on Teams, for the meeting of 25 January.",
  ["23 January"], [],
  [[CAL, line(CAL, "23 | 09:30 Programme team meeting; Teams Meeting | 14:00 Chair's briefing")]],
  "Outlook monthly print: the cell gives only '23'; the month is the page's and the day the column's.");
q("when does the passenger assistant standards consultation close", "fact",
  "Friday 27 January 2147 (an all-day item, 'Consultation closes: national standards for passenger assistants', in the Programme Manager's calendar).",
  ["27 January"], [],
  [[CAL, line(CAL, "27 | Consultation closes")]],
  "");
q("community minibus partnership - how many pupils and what does it cost?", "fact",
  "In 2145/46 the Community Minibus Partnership's 46 member schemes carried 3,100 pupils a day at an average cost of £21.40 a journey, against £34.90 for a taxi contracted by a council (Priya Wenham, its Chief Executive, at the meeting on 16 November 2146).",
  ["3,100", "£21.40"], [],
  [[MIN, sentence(MIN, "In 2145/46 the Partnership")]],
  "");
q("when's the harrowfell site visit", "fact",
  "Thursday 12 January 2147 at 10:00: a site visit to Harrowfell travel training centre.",
  ["12 January"], [],
  [[CAL, line(CAL, "12 | 10:00 Site visit")]],
  "");
q("deadline for papers for the jan tg meeting?", "fact",
  "Friday 13 January 2147 at 12:00 (reports to Wilfred Anakwe-Dorling, the clerk) for the meeting on 25 January; the agenda is published on Tuesday 17 January.",
  ["13 January"], [],
  [[CAL, line(CAL, "13 | 12:00 Papers deadline")], [CAL, line(CAL, "17 | Agenda published")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("is the next tg meeting still 18 jan?", "cross_document",
  "No. The draft minutes of 16 November give Wednesday 18 January 2147, but the meeting has moved to Wednesday 25 January 2147 at 10:30 in Room 3.1, 18 Smith Square: the calendar shows the 18 January meeting cancelled (the Children, Schools and Families Board has an away day that day) and the HSTTG meeting on the 25th, and the Loomio outcome is to be reported to the meeting on 25 January 2147.",
  ["25 January"], [],
  [[MIN, line(MIN, "9.1 ")], [CAL, line(CAL, "18 | Children, Schools and Families Board away day")], [CAL, line(CAL, "25 | 10:30 HSTTG meeting")], [LOOM, line(LOOM, "Officers will bring a zero-emission")]],
  "Minutes (altChunk) against the calendar's cancelled and moved items and the Loomio outcome.");
q("why did the pilot awards go to a vote on loomio instead of the chair deciding?", "cross_document",
  "Because they came to more than £100,000 (£312,000). Under the terms of reference the Chair may decide only requests of £25,001 to £100,000, after consulting the Vice-Chair; anything over £100,000 needs the whole Task Group, at a meeting or, between meetings, by a proposal on Loomio open for at least four days with at least seven members voting. On 16 November the Task Group noted that waiting until the January meeting would stop the pilots starting in January, so it agreed to decide on Loomio.",
  ["£100,000"], [],
  [[WIKI, line(WIKI, "B -->|£25,001 to £100,000|")], [WIKI, line(WIKI, "B -->|over £100,000|")], [MIN, line(MIN, "4.2 ")]],
  "The limits are only labels on the arrows of the wiki's Mermaid flowchart; the reason for not waiting is in the minutes.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for STM-01?", "unanswerable",
  "Not in the papers: the delivery plan gives quarter 1 and quarter 2 2146/47 only (STM-01 was £9,610 and off track at quarter 2).",
  [], [], [],
  "Near miss: Q1 and Q2 columns only.");
q("did ravensgill confirm its match funding by 16 dec?", "unanswerable",
  "Not in the papers: the Loomio outcome holds Ravensgill's £75,000 until it confirms its £7,500 contribution, lapsing if not by 16 December 2146, and the calendar marks the date, but nothing records whether it did.",
  [], [], [],
  "Near miss: the condition and its date are held, the outcome is not.");
q("whats cllr lowndes's phone number", "unanswerable",
  "Not given: the contacts list has only her e-mail address (perpetua.lowndes@ockerby.gov.uk) and notes that she has not given a phone number.",
  [], [], [],
  "Near miss: every other member has a mobile number.");
q("who attended the 14 september hsttg meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 14 September 2146; the minutes of 16 November only record that they were agreed and which of their actions are open.",
  [], [], [],
  "Near miss: the meeting is mentioned, its attendance is not.");
q("what did the 25 january meeting decide?", "unanswerable",
  "Not in the papers: the meeting of 25 January 2147 had not yet taken place; the papers hold its date, the chair's briefing and the papers deadline, and that the Loomio decision is to be reported to it.",
  [], [], [],
  "Near miss: the meeting is scheduled, not minuted.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
