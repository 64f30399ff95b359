// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cell (row()),
// so a quote is always a whole row or its first n cells; other quotes are whole lines (line()) or the
// end of a line from a given text (from()).
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PERF = DOCS.perf, RISK = DOCS.risks, WIKI = DOCS.wiki, PAPER = DOCS.paper, AGENDA = DOCS.agenda;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell(s), n, k): the k-th rendering line (from 0) starting with those cells, cut to its first n cells
const row = (doc, start, n, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start + " | "))[k];
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// from(doc, text): the rest of the first line holding that text, from the text on
const from = (doc, t) => {
  const l = lines(doc).find((x) => x.includes(t));
  if (!l) throw new Error(`no text ${t} in ${doc}`);
  return l.slice(l.indexOf(t));
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `cf${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which measures are red at q3?", "status_lookup",
  "Three of the ten Connected Communities Programme measures are rated R (Red: off track) at quarter 3 2691/92: CCM-02, people reporting that they feel lonely often or always (26% against a target of 18% or lower); CCM-04, young people aged 16 to 25 taking part in peer support groups (790 against 1,800); and CCM-09, rural transport pilots running (8 against 12).",
  ["CCM-02", "CCM-04", "CCM-09"], ["CCM-01", "CCM-10"],
  [[PERF, row(PERF, "CCM-02")], [PERF, row(PERF, "CCM-04")], [PERF, row(PERF, "CCM-09")], [PERF, "R = Red: off track; the year-end target will be missed without further action"]],
  "JasperReports PDF: the Q3 rating is a letter in a coloured box, drawn before the row's other fields; the letters are explained only in the summary band at the end. CCM-01 and CCM-10 are Amber.");
q("what got worse between q2 and q3 on the connected communities measures", "status_lookup",
  "Four measures are rated worse at quarter 3 than at quarter 2 (DoT ↓): CCM-01, people supported by community connectors (Green to Amber); CCM-02, people who feel lonely often or always (Amber to Red); CCM-04, young people in peer support groups (Amber to Red); and CCM-09, rural transport pilots running (Amber to Red). CCM-05, CCM-06 and CCM-08 improved; CCM-10 had no data due at quarter 2.",
  ["CCM-01", "CCM-02", "CCM-04", "CCM-09"], [],
  [[PERF, row(PERF, "CCM-01", 9)], [PERF, row(PERF, "CCM-02", 9)], [PERF, row(PERF, "CCM-04", 9)], [PERF, row(PERF, "CCM-09", 9)], [PERF, "DoT (direction of travel): ↑ rating better than Q2; ↓ rating worse than Q2; → rating unchanged; – not comparable"]],
  "Needs the Q2 and Q3 letter columns compared, or the DoT arrows read with the key at the end of the report.");
q("which risks are very high on the programme risk register?", "status_lookup",
  "Three open risks have a current rating in the Very High band (15 to 25) in the export of 8 January 2692: CCP-R02, the loneliness measure moving for reasons outside the programme (current 16, Deteriorating); CCP-R06, rural transport pilots stopping when government funding ends (current 16, Deteriorating); and CCP-R09, volunteer burnout over winter (current 15, New). CCP-R01 was Very High only before controls (inherent 16); its current rating is 12 - High.",
  ["CCP-R02", "CCP-R06", "CCP-R09"], [],
  [[RISK, row(RISK, "CCP-R02", 18)], [RISK, row(RISK, "CCP-R06", 18)], [RISK, row(RISK, "CCP-R09", 18)]],
  "Risk system CSV: inherent, current and target ratings side by side as '16 - Very High'; the trap is CCP-R01, Very High only in its inherent rating.");
q("which actions from the 19 nov meeting are still open?", "status_lookup",
  "Three of the eight actions from 19 November 2691 are still open in the action log (statuses at 12 January 2692): LSA-35, close the Orrington rural transport pilot and report the lessons (Cosima Fairweather-Nnadi, due 17/03/2692) – In progress, the pilot closed on 18 December 2691 and the lessons report goes to the March meeting; LSA-37, a members' visit to a warm space in Kettlebridge (Ambrose Kettleborough, due 26/02/2692) – Not started; and LSA-38, circulate the final data-sharing charter to partners (Lorcan Tyrwhitt-Mensah, due 08/01/2692) – Overdue, new date 05/02/2692. The other five are Done.",
  ["LSA-35", "LSA-37", "LSA-38"], [],
  [[WIKI, row(WIKI, "LSA-35")], [WIKI, row(WIKI, "LSA-37")], [WIKI, row(WIKI, "LSA-38")]],
  "TiddlyWiki file: the action log is a tiddler whose wikitext table sits in a hidden store <div>; an unsaved 'Draft of' copy of it is also in the store.");
q("have we hit the warm spaces target yet?", "status_lookup",
  "Yes. CCM-05, warm and welcoming spaces open at least 20 hours a week, is rated B (Blue: year-end target already achieved) at quarter 3: 358 spaces against the 2691/92 target of 350 (312 at quarter 2). The target was reached in November; 41 of the spaces are in libraries.",
  ["358"], [],
  [[PERF, row(PERF, "CCM-05")], [PERF, "B = Blue: year-end target already achieved"]],
  "");
q("any risks getting worse on the register?", "status_lookup",
  "Two risks have a direction of travel of Deteriorating: CCP-R02, the loneliness measure moving for reasons outside the programme (from 12 inherent to 16 - Very High now), and CCP-R06, rural transport pilots stopping when government funding ends (16 - Very High). CCP-R09, volunteer burnout, is New.",
  ["CCP-R02", "CCP-R06"], [],
  [[RISK, row(RISK, "CCP-R02", 18)], [RISK, row(RISK, "CCP-R06", 18)]],
  "The 'Direction of Travel' column of the export.");
q("is LSA-38 overdue?", "status_lookup",
  "Yes. LSA-38, circulate the final data-sharing charter to partner organisations (owner Lorcan Tyrwhitt-Mensah), was due on 08/01/2692 and is marked Overdue in the action log: the legal review is not finished, and the new date is 05/02/2692.",
  ["Overdue", "05/02/2692"], [],
  [[WIKI, row(WIKI, "LSA-38")]],
  "");

// ------------------------------------------------------------------ table_lookup (8)
q("CCP-R09 score and owner?", "table_lookup",
  "CCP-R09, volunteer burnout over winter, has a current rating of 15 - Very High (likelihood 3 × impact 5); inherent 16, target 6 - Medium. The risk owner is Cosima Fairweather-Nnadi (risk manager Ngozi Achterberg). Its direction of travel is New: it was added on 02/12/2691 at the Task Group's request.",
  ["15", "Fairweather-Nnadi"], [],
  [[RISK, row(RISK, "CCP-R09", 18)]],
  "People are 'Surname, Forename' in the export.");
q("how many older people have had befriending calls so far this year", "table_lookup",
  "3,710 older people by the end of quarter 3 2691/92 (31 December 2691), against a target of 4,500 for the year (CCM-03); 2,480 at quarter 2. Rated G (Green, on track).",
  ["3,710"], [],
  [[PERF, row(PERF, "CCM-03")]],
  "");
q("how much is kettlebridge getting from round 2?", "table_lookup",
  "£118,000 is recommended for bid SC2-08, Kettlebridge Metropolitan Borough Council's student and care leaver peer groups (score 81), the full amount requested. It is a recommendation to the meeting of 21 January 2692 (item 5), not yet a decision.",
  ["£118,000"], [],
  [[PAPER, row(PAPER, "SC2-08")]],
  "Word paper whose front sheet is in the first-page header.");
q("forecast outturn for the digital inclusion budget?", "table_lookup",
  "£296,000 against a 2691/92 budget of £330,000, a forecast underspend of £34,000; actual spend to 31 December 2691 was £188,600.",
  ["296,000"], [],
  [[PERF, row(PERF, "Digital inclusion")]],
  "Budget subreport in the summary band; variances in brackets are underspends.");
q("who owns LSA-33 and when was it due", "table_lookup",
  "Lorcan Tyrwhitt-Mensah, due 18/12/2691. LSA-33 was to write to the Department for Rural Communities about funding for rural transport pilots after March 2692; it is Done – the Chair sent the letter on 15 December 2691 and a reply is awaited.",
  ["Tyrwhitt-Mensah", "18/12/2691"], [],
  [[WIKI, row(WIKI, "LSA-33")]],
  "");
q("what's the target score for CCP-R06", "table_lookup",
  "The target rating of CCP-R06 (rural transport pilots stop when government funding ends) is 8 - Medium: likelihood 2 × impact 4. Its current rating is 16 - Very High (4 × 4) and its inherent rating 12 - High.",
  ["8", "Medium"], [],
  [[RISK, row(RISK, "CCP-R06", 18)]],
  "Target L, Target I and Target Rating columns.");
q("who's the lead member on the rural transport pilots measure?", "table_lookup",
  "Cllr Hamish Ravenscroft-Ode (printed \"Cllr H. Ravenscroft-Ode\"), lead member for rural communities, leads CCM-09, rural transport pilots running.",
  ["Ravenscroft-Ode"], [],
  [[PERF, row(PERF, "CCM-09", 3)], [WIKI, row(WIKI, "Cllr Hamish Ravenscroft-Ode")]],
  "");
q("what page is the round 2 awards paper on in the pack", "table_lookup",
  "Page 25: item 5, Social Connection Grants Fund: round 2 awards (lead officer Priyanka Ollerenshaw-Dube).",
  ["25"], [],
  [[AGENDA, row(AGENDA, "5")]],
  "Word RTF: the page numbers are PAGEREF fields, only their cached results hold the numbers.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the loneliness task group?", "people_roles",
  "Cllr Marguerite Oyelaran-Betts (Labour, Ashcombe City Council) chairs the Loneliness and Social Connection Task Group.",
  ["Oyelaran-Betts"], [],
  [[WIKI, row(WIKI, "Cllr Marguerite Oyelaran-Betts")], [AGENDA, line(AGENDA, "Cllr Marguerite Oyelaran-Betts (Chair)")]],
  "");
q("contact officer for the round 2 paper?", "people_roles",
  "Priyanka Ollerenshaw-Dube, Senior Grants Adviser: 020 7946 0877, priyanka.ollerenshaw-dube@local.gov.uk.",
  ["Ollerenshaw-Dube"], [],
  [[PAPER, "Contact officer | Priyanka Ollerenshaw-Dube"], [PAPER, "Phone no | 020 7946 0877"]],
  "The front sheet is in the first page's header, not the body of the document.");
q("who will chair the round 2 item on 21 jan?", "people_roles",
  "The Vice-Chair, Cllr Tobias Fennimore-Quayle. The Chair, Cllr Marguerite Oyelaran-Betts, is a member of Ashcombe City Council, which has bid (SC2-02), so she will take no part in the item.",
  ["Fennimore-Quayle"], [],
  [[PAPER, line(PAPER, "8. The Chair")], [AGENDA, row(AGENDA, "5")]],
  "The agenda says only 'the Vice-Chair'; the name is in the paper or the membership.");
q("who subbed at the november meeting?", "people_roles",
  "Cllr Leopold Marchetti-Ward substituted for Cllr Peregrine Vasquez-Holt at the meeting of 19 November 2691.",
  ["Marchetti-Ward", "Vasquez-Holt"], [],
  [[WIKI, "Cllr Leopold Marchetti-Ward (for Cllr Peregrine Vasquez-Holt)"]],
  "The attendance is a separate tiddler transcluded into the minutes with {{…}}.");
q("who's lead member for digital inclusion", "people_roles",
  "Cllr Nadia Thorsby-Kamau (Green, Millbeck City Council) is lead member for digital inclusion; she also leads measure CCM-07, digital inclusion sessions delivered.",
  ["Thorsby-Kamau"], [],
  [[WIKI, row(WIKI, "Cllr Nadia Thorsby-Kamau")]],
  "");
q("who gave the talk on loneliness in young adults in nov", "people_roles",
  "Professor Aurelio Banerjee-Stott, Professor of Social Psychology, University of Wexmoor (item 5 of the meeting on 19 November 2691), presenting early findings of the Wexmoor Young Adults Panel Study.",
  ["Banerjee-Stott"], [],
  [[WIKI, "Professor Aurelio Banerjee-Stott, Professor of Social Psychology, University of Wexmoor (item 5)"], [WIKI, line(WIKI, "Professor Aurelio Banerjee-Stott presented early findings")]],
  "");
q("who is on the round 2 scoring panel?", "people_roles",
  "The Vice-Chair, Cllr Tobias Fennimore-Quayle; the Deputy Chair, Cllr Saoirse Mbeki-Lindqvist; and Cllr Imelda Strand-Okwu, supported by officers (agreed on 19 November 2691). Cllr Mbeki-Lindqvist took no part in scoring Wexmoor's bid, SC2-24.",
  ["Fennimore-Quayle", "Mbeki-Lindqvist", "Strand-Okwu"], [],
  [[WIKI, line(WIKI, "round 2 bids be scored by a panel")], [PAPER, line(PAPER, "4. On 19 November 2691")]],
  "The paper names only Strand-Okwu; the other two are named in the minutes.");

// ------------------------------------------------------------------ board_paper (7)
q("recs for item 5 round 2 awards?", "board_paper",
  "That the Task Group: (a) approves the eight round 2 awards in Table 1, totalling £748,000; (b) agrees the reserve list in Table 2, to be funded in score order if an award is withdrawn before 31 March 2692; (c) agrees that the £52,000 not allocated in round 2 is carried forward to round 3; and (d) delegates the grant conditions for each award to the Programme Manager, in consultation with the Vice-Chair.",
  ["£748,000", "£52,000"], [],
  [[PAPER, line(PAPER, "(a) approves")], [PAPER, line(PAPER, "(b) agrees")], [PAPER, line(PAPER, "(c) agrees")], [PAPER, line(PAPER, "(d) delegates")]],
  "");
q("is the round 2 awards paper a key decision? anything exempt?", "board_paper",
  "Yes, it is a key decision. The paper itself is not exempt, but Appendix B (the bid scoring detail) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (financial or business affairs of any particular person); it is circulated to members only and taken as item 8 in Part 2.",
  ["Yes", "Appendix B", "paragraph 3"], [],
  [[PAPER, "Key decision | Yes"], [PAPER, row(PAPER, "Exempt information")]],
  "Front-sheet fields in the first-page header.");
q("apologies at the 19 november meeting?", "board_paper",
  "Apologies were received from Cllr Peregrine Vasquez-Holt (Cllr Leopold Marchetti-Ward substituted), Cllr Ffion Delacroix-Hughes and Cllr Rupert Ilesanmi-Cole.",
  ["Vasquez-Holt", "Delacroix-Hughes", "Ilesanmi-Cole"], ["Aukett-Rowe"],
  [[WIKI, "Cllr Peregrine Vasquez-Holt, Cllr Ffion Delacroix-Hughes, Cllr Rupert Ilesanmi-Cole"], [WIKI, line(WIKI, "The Chair welcomed members")]],
  "Cllr Aukett-Rowe sent apologies to the September meeting, not November's.");
q("what's on the agenda for 21 jan", "board_paper",
  "Thursday 21 January 2692, 10.30 am. Part 1: 1 welcome, apologies and substitutes; 2 declarations of interest; 3 minutes of 19 November 2691; 4 Connected Communities Programme performance and risk, quarter 3 2691/92 (Cosima Fairweather-Nnadi); 5 Social Connection Grants Fund round 2 awards – a key decision, chaired by the Vice-Chair (Priyanka Ollerenshaw-Dube); 6 young people and loneliness: deep dive on peer support, CCM-04 (Lorcan Tyrwhitt-Mensah); 7 forward plan and dates of meetings. Part 2 (exempt): 8 round 2 bid scoring detail (Appendix B to item 5).",
  ["performance and risk", "round 2 awards", "deep dive"], [],
  [[AGENDA, row(AGENDA, "4")], [AGENDA, row(AGENDA, "5")], [AGENDA, row(AGENDA, "6")], [AGENDA, row(AGENDA, "7")], [AGENDA, row(AGENDA, "8")]],
  "");
q("why is item 8 being taken in private", "board_paper",
  "Item 8, the round 2 bid scoring detail (Appendix B to item 5), involves exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 – information relating to the financial or business affairs of any particular person – so the press and public are likely to be excluded.",
  ["paragraph 3"], [],
  [[AGENDA, line(AGENDA, "Part 2: the press and public")], [AGENDA, row(AGENDA, "8")]],
  "");
q("any DOIs at the nov meeting?", "board_paper",
  "One: Cllr Nadia Thorsby-Kamau declared a non-pecuniary interest in item 6 (round 2 assessment) as a trustee of Millbeck Digital Buddies, a charity that received a round 1 grant and is a partner in Millbeck City Council's round 2 bid. She left the meeting for that item. No other interests were declared.",
  ["Thorsby-Kamau"], [],
  [[WIKI, line(WIKI, "Cllr Nadia Thorsby-Kamau declared")]],
  "");
q("what did the task group decide about the orrington transport pilot?", "board_paper",
  "On 19 November 2691 it resolved that the Orrington rural transport pilot be closed by 31 December 2691 and its unspent grant of £18,400 be returned to the programme budget (it had carried an average of 22 passengers a week against a minimum of 30). The pilot closed on 18 December 2691.",
  ["31 December 2691", "£18,400"], [],
  [[WIKI, line(WIKI, "the Orrington rural transport pilot be closed")], [WIKI, line(WIKI, "Lorcan Tyrwhitt-Mensah reported that the Orrington pilot")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("what % of 16-24 year olds are lonely according to the research presented in nov", "fact",
  "27% of people aged 16 to 24 said they felt lonely often or always, against 19% of people aged 25 and over (Wexmoor Young Adults Panel Study, presented by Professor Aurelio Banerjee-Stott on 19 November 2691).",
  ["27%"], [],
  [[WIKI, line(WIKI, "Professor Aurelio Banerjee-Stott presented early findings")]],
  "The residents' survey in the performance report gives a different, all-ages figure (26%, CCM-02).");
q("how much will round 3 have?", "fact",
  "£602,000, including the £52,000 carried forward from round 2 if the Task Group agrees the recommendations. Round 3 is planned to open in May 2692.",
  ["£602,000"], [],
  [[PAPER, line(PAPER, "6. If the Task Group agrees Table 1")]],
  "");
q("whats the quorum", "fact",
  "Four members.",
  ["four"], [],
  [[AGENDA, "Quorum: four members."], [WIKI, "Quorum: four members."]],
  "");
q("how many bids did round 2 get and how much did they ask for", "fact",
  "27 bids asking for £2,190,000 in total, against a pot of £800,000. One of them (SC2-14, Orrington County Council) was withdrawn on 4 January 2692 after it had been scored.",
  ["27", "£2,190,000"], [],
  [[PAPER, line(PAPER, "3. 27 bids were received")], [PAPER, line(PAPER, "Round 2 of the Social Connection Grants Fund closed")]],
  "");
q("when's the next meeting after january?", "fact",
  "Thursday 17 March 2692 at 10.30 am, at 18 Smith Square.",
  ["17 March 2692"], [],
  [[AGENDA, "Thursday 17 March 2692, 10.30 am, 18 Smith Square"]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("the volunteer burnout risk the tg asked for in november - did it get added and how is it scored?", "cross_document",
  "Yes. On 19 November 2691 the Task Group asked for a risk on volunteer burnout (action LSA-34, Ngozi Achterberg, due 03/12/2691). It was added as CCP-R09 on 2 December 2691, and the register export of 8 January 2692 scores it 15 - Very High (likelihood 3 × impact 5), direction New, owner Cosima Fairweather-Nnadi.",
  ["CCP-R09", "15"], [],
  [[WIKI, line(WIKI, "asks that a risk on volunteer burnout")], [WIKI, row(WIKI, "LSA-34")], [RISK, row(RISK, "CCP-R09", 18)]],
  "Minutes and action log (TiddlyWiki) against the risk export (CSV).");
q("CCM-09 went from 9 pilots to 8 - is that the one the task group agreed to close?", "cross_document",
  "Yes. On 19 November 2691 the Task Group resolved to close the Orrington rural transport pilot by 31 December 2691, because it carried an average of 22 passengers a week against a minimum of 30. The quarter 3 report says the Orrington pilot closed on 18 December 2691, as agreed, which is why CCM-09 fell from 9 to 8 pilots (target 12, now Red).",
  ["Orrington", "18 December 2691"], [],
  [[PERF, row(PERF, "CCM-09")], [WIKI, line(WIKI, "the Orrington rural transport pilot be closed")]],
  "The report's commentary is cut off by its fixed-height field, but the closure sentence is printed whole.");

// ------------------------------------------------------------------ unanswerable (4)
q("what were the q4 figures for CCM-02?", "unanswerable",
  "The papers do not report quarter 4. At quarter 3 2691/92 CCM-02 was 26% of people feeling lonely often or always, rated Red against a target of 18% or lower.",
  [], [], [], "");
q("what's cllr oyelaran-betts's phone number?", "unanswerable",
  "The papers give no phone numbers for councillors. Cllr Marguerite Oyelaran-Betts chairs the Task Group; the numbers given are officers', e.g. the clerk, Ambrose Kettleborough, on 020 7946 0863.",
  [], [], [], "");
q("did the task group approve the round 2 awards on 21 january?", "unanswerable",
  "The papers do not say: they were published before the meeting of 21 January 2692 and hold only the recommendation to approve eight awards totalling £748,000; there are no minutes or decision of that meeting.",
  [], [], [], "");
q("how much of the round 1 money have councils spent so far?", "unanswerable",
  "The papers give no spending figures for round 1. They say only that round 1 awarded £1,050,000 to 11 councils in July 2691; the performance report's budget excludes the Grants Fund.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
