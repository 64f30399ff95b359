// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are taken from the renderings by helpers (row(): a table row by
// its first cell, cut to its first n cells; line(): a line by its start; sub(): a substring that must
// exist), so a quote is always text of the rendering.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PACK = DOCS.pack, MIRO = DOCS.board, CHAT = DOCS.chat, PAGE = DOCS.page, BIDS = DOCS.bids;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
const row = (doc, start, n, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start + " | "))[k];
  if (!l) throw new Error(`no row ${start} (${k}) in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};
const line = (doc, start) => {
  const l = lines(doc).find((x) => x.startsWith(start));
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
const sub = (doc, s) => {
  if (!lines(doc).some((x) => x.includes(s))) throw new Error(`no text ${s} in ${doc}`);
  return s;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bc${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which RRMs are red at q3?", "status_lookup",
  "Three of the ten programme measures are Red at quarter 3 2163/64: RRM-02, sewer manholes baited by the water companies (7,020 against a target of 12,000); RRM-06, smart sensors installed in hotspot wards (690 against 1,500); and RRM-09, fly-tipped food waste cleared within 24 hours (88% against 95%).",
  ["RRM-02", "RRM-06", "RRM-09"], ["RRM-01", "RRM-03", "RRM-08"],
  [[PACK, row(PACK, "RRM-02")], [PACK, row(PACK, "RRM-06")], [PACK, row(PACK, "RRM-09")]],
  "Word agenda pack, item 4 Table 1 ('Q3 status' column, status words). RRM-01, RRM-03 and RRM-08 are Amber.");
q("anything gone backwards since q2 in the rodent perf report", "status_lookup",
  "Yes, three measures are rated lower at quarter 3 than at quarter 2: RRM-03, communal bin stores rat-proofed (Green to Amber, 246 of 400); RRM-06, smart sensors installed (Green to Red, 690 of 1,500 after the supplier delivered 70 of 500 units); and RRM-09, fly-tipped food waste cleared within 24 hours (Amber to Red, 88%). RRM-02 was already Red at quarter 2; RRM-05 and RRM-07 improved.",
  ["RRM-03", "RRM-06", "RRM-09"], [],
  [[PACK, row(PACK, "RRM-03")], [PACK, row(PACK, "RRM-06")], [PACK, row(PACK, "RRM-09")]],
  "Needs the 'Q2 status' and 'Q3 status' columns compared (Red < Amber < Green < Complete); the report only says 'three measures are rated lower'. RRM-02 is Red at both quarters (not worse); RRM-10 was 'Not started' at Q2.");
q("wich actions from the nov meeting are still open?", "status_lookup",
  "Three of the eight actions from 23 November 2163 are still open at 5 March 2164: RCA-25, the report on the legal position on charging residents for domestic treatments (Philomena Gillibrand) – In progress, to the June meeting; RCA-26, the sensor data-sharing protocol (Zainab Brocklebank) – Overdue, new date 30/04/2164; and RCA-28, inviting the chief executive of Ouselow Water (Ismay Dunnock) – Deferred to June 2164. The other five are Done.",
  ["RCA-25", "RCA-26", "RCA-28"], [],
  [[PACK, row(PACK, "RCA-25", 0, 1)], [PACK, row(PACK, "RCA-26", 0, 1)], [PACK, row(PACK, "RCA-28", 0, 1)]],
  "Item 4 Table 2 (the second table of the pack whose rows start RCA-nn; the first is the actions table of the item 3 minutes, without statuses).");
q("which risks r above tolerance on the rodent risk register", "status_lookup",
  "Two: RRR-03, the sensor supplier cannot deliver the remaining units (likelihood 4 × impact 5 = 20, Critical), and RRR-01, water companies not baiting sewers to the agreed schedule (4 × 4 = 16, Critical). The tolerance is 15; RRR-02 (rodenticide resistance spreading, 3 × 5 = 15) is at the tolerance, not above it.",
  ["RRR-03", "RRR-01"], [],
  [[PAGE, line(PAGE, "ref: RRR-03,")], [PAGE, line(PAGE, "ref: RRR-01,")], [PAGE, sub(PAGE, "Risks scoring above the Task Group's tolerance of 15 are reported to the Board.")]],
  "Docusaurus page source: the register is a JavaScript array rendered by a component; scores are not written anywhere (the component multiplies likelihood by impact, as a code comment says). RRR-02 at 15 is the trap.");
q("is RRM-05 done yet", "status_lookup",
  "Yes. RRM-05, member councils sending complaints data every month, is Complete at quarter 3: all 48 of 48 member councils now send it (41 and Amber at quarter 2).",
  ["Complete", "48"], [],
  [[PACK, row(PACK, "RRM-05")]],
  "'Complete' is the table's fourth status.");
q("which risks have gone up since the november review?", "status_lookup",
  "Four risks score higher than at the November 2163 review: RRR-01, water companies not baiting to schedule (12 to 16); RRR-02, resistance spreading (10 to 15); RRR-03, the sensor supplier (8 to 20); and RRR-07, the sewer baiting partnership overspending (6 to 9). All four are marked 'up'. RRR-08 (contractors leaving the market) is new since then, and RRR-04 fell from 12 to 9.",
  ["RRR-01", "RRR-02", "RRR-03", "RRR-07"], [],
  [[PAGE, line(PAGE, "ref: RRR-01,")], [PAGE, line(PAGE, "ref: RRR-02,")], [PAGE, line(PAGE, "ref: RRR-03,")], [PAGE, line(PAGE, "ref: RRR-07,")], [PAGE, line(PAGE, "lastScore is the score")]],
  "Compares likelihood × impact with 'lastScore' (the November score, explained only in a code comment), or reads trend: 'up'.");
q("which round 2 bids arent being recommended", "status_lookup",
  "Three bids are marked 'Do not recommend': RPF2-10, Dunwarden District Council's allotment site bait stations (score 28); RPF2-12, Ashcarrow County Council's market towns sensor pilot (31); and RPF2-14, Tollemarsh Borough Council's food business pest awareness grants (33). In addition RPF2-06 (Pellowick) and RPF2-13 (Ebbsworth) are reserves, and RPF2-09 (Brinemouth) was withdrawn.",
  ["RPF2-10", "RPF2-12", "RPF2-14"], [],
  [[BIDS, row(BIDS, "RPF2-10", 10)], [BIDS, row(BIDS, "RPF2-12", 10)], [BIDS, row(BIDS, "RPF2-14", 10)]],
  "Airtable CSV: rows sorted by score, so the references are out of sequence; the recommendation is a single-select field.");

// ------------------------------------------------------------------ table_lookup (7)
q("whats the forecast outturn for smart sensors this yr", "table_lookup",
  "301 (£000), i.e. £301,000, against a budget of £380,000 for 2163/64 – an underspend of £79,000, because of the sensor supplier's delivery delay.",
  ["301"], [],
  [[PACK, row(PACK, "Smart sensors")]],
  "The budget figures exist only in Chart 3 of item 4, a native Word chart (the chart part's cache and its embedded workbook); the prose gives only the £30,000 net underspend.");
q("how many rodent complaints did councils get in q2 last year", "table_lookup",
  "1,702 in quarter 2 (July to September) of 2162/63, against 1,538 in quarter 2 of 2163/64.",
  ["1,702"], [],
  [[PACK, row(PACK, "Q2 (Jul–Sep)")]],
  "Chart 1 of item 4 is a native Word chart: its figures are only in the chart part.");
q("how many manholes has ouselow water actually baited", "table_lookup",
  "1,420 by 31 December 2163, against 3,200 planned to that date – the largest shortfall of the four water companies (7,020 baited in all against 9,000 planned).",
  ["1,420"], [],
  [[PACK, row(PACK, "Ouselow Water")]],
  "Chart 2 of item 4 (native Word bar chart); the prose only says 'one company accounts for most of the shortfall'.");
q("how much is stowmarden getting from round 2", "table_lookup",
  "£80,000 – the full amount asked – for RPF2-05, Stowmarden Metropolitan Borough Council's tower block refuse chute sealing, which has the highest score (53 out of 60). It is recommended in item 5 for decision on 14 March 2164.",
  ["£80,000"], [],
  [[BIDS, row(BIDS, "RPF2-05", 10)]],
  "Airtable CSV: 'Recommended award' field.");
q("score + owner for RRR-03?", "table_lookup",
  "RRR-03 (the sensor supplier cannot deliver the remaining units in 2163/64) scores 20 – likelihood 4 × impact 5, Critical, up from 8 in November. The owner is Zainab Brocklebank.",
  ["20", "Brocklebank"], [],
  [[PAGE, line(PAGE, "ref: RRR-03,")], [PAGE, line(PAGE, "RiskTable works out score")]],
  "The score is not written in the page source; it is likelihood × impact.");
q("how many dots did free treatments in hotspot wards get at the workshop", "table_lookup",
  "9 dots – third of the seven ideas, after rat-proofing communal bin stores in blocks of flats (14) and enforcing the sewer baiting agreement (11).",
  ["9"], [],
  [[MIRO, line(MIRO, "Free domestic treatments in hotspot wards |")]],
  "Miro board PDF: the count is a label the facilitator typed after the vote; in the PDF's text order all the counts come together, far from their stickies.");
q("what did kessingmoor's bid score", "table_lookup",
  "50 out of 60. RPF2-08, Kessingmoor Borough Council's resistance hotspot sewer programme, assessed by Augustin Cheverton, is recommended in full (£79,500).",
  ["50"], [],
  [[BIDS, row(BIDS, "RPF2-08", 10)]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the rodent TG", "people_roles",
  "Cllr Desmond Okafor-Blyth (Labour, Cobbleford City Council) is Vice-Chair of the Urban Rodent Control Task Group.",
  ["Okafor-Blyth"], [],
  [[PACK, row(PACK, "Cllr Desmond Okafor-Blyth")], [PAGE, line(PAGE, "name: Desmond Okafor-Blyth")]],
  "In the chat he is 'Des Okafor-Blyth'.");
q("who replaced crispin aldwinckle", "people_roles",
  "Cllr Gwilym Stennett (Conservative, Ashcarrow County Council), from 20 February 2164. Cllr Aldwinckle stood down on 6 February 2164; the programme site's Task Group page, last updated on 30 January 2164, still lists him.",
  ["Stennett"], [],
  [[PACK, line(PACK, "Membership change:")], [CHAT, line(CHAT, "09:01 Ismay | URCTG clerk: Welcome Gwilym!")]],
  "The Docusaurus page predates the change.");
q("who's lead member for sewers / water cos?", "people_roles",
  "Cllr Barnaby Fettiplace (Conservative, Wyvernhall County Council) is lead member for sewers and water companies; he also leads on RRM-02 and RRM-07.",
  ["Fettiplace"], [],
  [[PAGE, line(PAGE, "name: Barnaby Fettiplace")], [PACK, row(PACK, "Cllr Barnaby Fettiplace")]],
  "Page source: 'lead' key of the members array.");
q("who did the resistance talk at the nov meeting", "people_roles",
  "Dr Anouska Threadgill, Head of Resistance Monitoring at the National Rodenticide Stewardship Unit (item 6 of 23 November 2163).",
  ["Threadgill"], [],
  [[PACK, row(PACK, "Guest")], [PACK, line(PACK, "6.1 ")]],
  "Item 3 of the pack: the draft minutes of 23 November 2163.");
q("who's costing the free treatments idea from the workshop", "people_roles",
  "Lorcan Tiplady (Finance Business Partner): the workshop's agreed next step 'Cost free domestic treatments in the hotspot wards' is assigned to him, due 1 March. Item 6 says the costing will be reported in June.",
  ["Tiplady"], [],
  [[MIRO, line(MIRO, "Cost free domestic treatments in the hotspot wards")]],
  "Miro card: title, avatar initials, assignee and a due date without a year.");
q("whos subbing for leo on the 14th", "people_roles",
  "Cllr Anjali Ferrow (Labour, Cobbleford City Council), one of the Task Group's three named substitutes: Cllr Leopold Winterflood sent apologies in the members' chat on 5 March 2164 and said she would sub for him.",
  ["Ferrow"], [],
  [[CHAT, line(CHAT, "16:05 Leo Winterflood:")], [PACK, line(PACK, "Substitutes:")]],
  "Chat display names ('Leo Winterflood') are not the papers' names.");
q("who ran the jan workshop", "people_roles",
  "Ptolemy Hollowell (Programme Manager, Rodent Control) and Zainab Brocklebank (Data and Insight Officer) facilitated the members' workshop of 25 January 2164.",
  ["Hollowell", "Brocklebank"], [],
  [[MIRO, line(MIRO, "Facilitators:")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs for item 5 round 2 awards?", "board_paper",
  "That the Task Group: (a) approves the eight awards set out in Appendix A, totalling £565,500; (b) agrees RPF2-06 (Pellowick) and RPF2-13 (Ebbsworth) as reserve bids, to be offered funding in that order; (c) holds the £34,500 not awarded in the programme contingency, to fund a reserve bid in part or in full if an award is withdrawn or underspent; and (d) delegates the grant conditions for each award to the Programme Manager, in consultation with the Chair.",
  ["£565,500", "£34,500"], [],
  [[PACK, sub(PACK, "(a) approves the eight awards set out in Appendix A, totalling £565,500;")], [PACK, sub(PACK, "(c) holds the £34,500 not awarded in the programme contingency")]],
  "Front sheet as a label / value table; the recommendations are paragraphs of one cell.");
q("is the round 2 paper a key decision? confidential?", "board_paper",
  "Yes, it is a key decision. The report is not confidential, but Appendix B (the assessors' scoring sheets) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.",
  ["Yes", "Appendix B"], [],
  [[PACK, row(PACK, "Is this a key decision?")], [PACK, row(PACK, "Is this report confidential?")]],
  "");
q("why is item 7 exempt", "board_paper",
  "Item 7, the sewer baiting contract with Ouselow Water, is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to the financial or business affairs of any particular person, including the authority holding that information. It is not for publication; the report is circulated to members at the meeting.",
  ["paragraph 3"], [],
  [[PACK, line(PACK, "The Task Group is likely to exclude the press and public")], [PACK, line(PACK, "Not for publication by virtue of paragraph 3")]],
  "");
q("apolgies at the 23 nov mtg?", "board_paper",
  "Two: Cllr Harjit Sandhu-Weller, for whom Cllr Anjali Ferrow substituted, and Cllr Rosalind Mbeki-Tarrant.",
  ["Sandhu-Weller", "Mbeki-Tarrant"], [],
  [[PACK, row(PACK, "Apologies")], [PACK, row(PACK, "Substitute")]],
  "Draft minutes (item 3 of the pack): attendance as an unruled label / value table.");
q("any DOIs at the november meeting", "board_paper",
  "Two. Cllr Tobias Nettleford declared a non-pecuniary interest in item 7 (charging for domestic treatments) because his brother owns a pest control company that treats homes in Pellowick under contract to the council; he left the meeting for that item. Cllr Philippa Cottesmore-Lane declared a non-pecuniary interest in item 4 as a director of Thornabury Street Markets Ltd, a registered food business; she took part in the item.",
  ["Nettleford", "Cottesmore-Lane"], [],
  [[PACK, line(PACK, "2.1 ")], [PACK, line(PACK, "2.2 ")]],
  "");
q("whos sent apologies for 14 march so far", "board_paper",
  "Two members, in the members' chat on 5 March 2164: Cllr Rosalind Mbeki-Tarrant (a hospital appointment) and Cllr Leopold Winterflood (a planning inquiry), with Cllr Anjali Ferrow substituting for him. The attendance poll agrees: 7 in the room, 3 on Teams, 2 can't make it. Cllr Tobias Nettleford said he might have to send apologies but the next day confirmed he will attend in person.",
  ["Mbeki-Tarrant", "Winterflood"], [],
  [[CHAT, line(CHAT, "15:52 Rosalind Mbeki-Tarrant:")], [CHAT, line(CHAT, "16:05 Leo Winterflood:")], [CHAT, line(CHAT, "- Can't make it")]],
  "Telegram export: Nettleford's possible apology is withdrawn in a later message.");
q("what's item 6 asking us to agree?", "board_paper",
  "That the Task Group (a) agrees three priorities for 2164/65: rat-proofing communal bin stores in blocks of flats; enforcing the sewer baiting agreement with the water companies; and free domestic treatments in hotspot wards, subject to the costing to be reported in June; and (b) asks officers to reflect these priorities in the programme budget for 2164/65. They are the three ideas that got most dots at the members' workshop of 25 January 2164.",
  ["bin stores", "sewer baiting", "domestic treatments"], [],
  [[PACK, sub(PACK, "(a) agrees three priorities for 2164/65: rat-proofing communal bin stores in blocks of flats; enforcing the sewer baiting agreement with the water companies; and free domestic treatments in hotspot wards, subject to the costing to be reported in June; and")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when's rodent awareness week", "fact",
  "14–20 May 2164, the second of the summer 2164 campaign's key dates (after the campaign launch on 3 April 2164).",
  ["14", "20 May"], [],
  [[PACK, line(PACK, "14–20 May 2164")]],
  "Figure 1 of item 4 is a SmartArt graphic: its words are only in the diagram parts; the node was typed last and moved to second place.");
q("whats the quorum for the TG", "fact",
  "Four members. The Task Group has twelve councillors and up to three named substitutes.",
  ["four"], [],
  [[PAGE, line(PAGE, "Twelve councillors nominated")]],
  "Terms of reference on the Docusaurus page.");
q("how much was the urgent decision for the saltings school and whats left in the contingency?", "fact",
  "£24,000 from the programme contingency to Brinemouth City Council for emergency proofing works at Saltings Primary School (urgent decision UD-2164-01, signed on 13 February 2164 by the Chair after consulting the Vice-Chair). That leaves £126,000 in the contingency.",
  ["£24,000", "£126,000"], [],
  [[CHAT, line(CHAT, "Urgent decision UD-2164-01 is signed")]],
  "Members' chat only; the decision record itself is an attachment that is not in the papers.");
q("latest on resistance in stowmarden - what % of samples", "fact",
  "41% of brown rat samples tested from Stowmarden now carry the L120Q mutation (NRSU resistance bulletin 2164/02 of 8 February 2164), up from 38% reported to the Task Group in November. Kessingmoor is at 24%, and it has been found for the first time in Ashcarrow (3 of 27 samples).",
  ["41%"], [],
  [[CHAT, line(CHAT, "Resistance bulletin 2164/02")], [PACK, line(PACK, "6.1 ")]],
  "A message forwarded into the chat from an outside channel; the November figure (38%) is in the minutes.");
q("is the june meeting still 20 june?", "fact",
  "No. The Chair told members on 9 March 2164 that the June meeting is moving to Wednesday 27 June 2164, because 20 June clashes with the Board's away day; the agenda pack and the programme page still show 20 June (provisional).",
  ["27 June"], [],
  [[CHAT, line(CHAT, "17:05 Sabine T-M (Chair):")]],
  "The later chat message overrides the pack's date of the next meeting.");

// ------------------------------------------------------------------ cross_document (2)
q("why isnt brinemouth's saltings school bid in the round 2 recs", "cross_document",
  "Because it was withdrawn: Brinemouth City Council withdrew RPF2-09 (Saltings Primary School proofing works, £38,000 asked) on 14 February 2164, after the works were funded by the Chair's urgent decision UD-2164-01 – £24,000 from the programme contingency, signed on 13 February 2164 after the school closed on 9 February with rats in the kitchen and dining hall.",
  ["UD-2164-01", "£24,000"], [],
  [[BIDS, row(BIDS, "RPF2-09", 13)], [CHAT, line(CHAT, "Urgent decision UD-2164-01 is signed")], [CHAT, line(CHAT, "14:21 Brinemouth will withdraw")]],
  "Airtable CSV (the withdrawal and its note) and the Telegram chat (the urgent decision); item 5 only says the bid was withdrawn.");
q("nov mtg asked for a risk on contractors leaving the market - was it added, whats it scored at?", "cross_document",
  "Yes. The minutes of 23 November 2163 asked officers to add it (6.3(c); action RCA-24, Ptolemy Hollowell), and RCA-24 is Done: it was added as RRR-08 on 12 December 2163. On the register RRR-08 has likelihood 3 and impact 4, a score of 12 (High) – below the tolerance of 15. Its owner is Ptolemy Hollowell.",
  ["RRR-08", "12"], [],
  [[PACK, line(PACK, "6.3 ")], [PACK, row(PACK, "RCA-24", 0, 1)], [PAGE, line(PAGE, "ref: RRR-08,")]],
  "Word pack (the request and the action log) and the Docusaurus page (the register).");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q4 figures for RRM-02?", "unanswerable",
  "Quarter 4 is not reported in the papers. At quarter 3 2163/64, RRM-02 (sewer manholes baited) stood at 7,020 against a target of 12,000 and was Red; item 4 asks for a recovery plan before the June meeting.",
  [], [], [], "");
q("cllr fettiplace's mobile no?", "unanswerable",
  "The papers give no phone numbers for councillors. Cllr Barnaby Fettiplace (Conservative, Wyvernhall County Council) is lead member for sewers and water companies; the numbers given are officers', e.g. the clerk, Ismay Dunnock, on 020 7946 0083.",
  [], [], [], "");
q("what happened with the ouselow water contract dispute - any outcome?", "unanswerable",
  "The papers do not say. The contract is item 7 on 14 March 2164, a Part B item exempt under paragraph 3 of Schedule 12A; its report is circulated only at the meeting. The papers say only that Ouselow Water is furthest behind its baiting plan and had not replied to the December letter.",
  [], [], [], "");
q("did they approve the round 2 awards on the 14th?", "unanswerable",
  "The papers do not record the decision: they predate the meeting of 14 March 2164. Item 5 recommends eight awards totalling £565,500 and two reserve bids.",
  [], [], [], "");
q("how much would free domestic treatments in the hotspot wards cost?", "unanswerable",
  "No costing is in the papers. The workshop asked Lorcan Tiplady to cost it by 1 March, and item 6 says the costing will be reported in June.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
