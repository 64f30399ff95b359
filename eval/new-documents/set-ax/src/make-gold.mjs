// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Most quotes are whole rendering lines found by how they start
// (line()); a table row can be cut to its first n cells (cells()).
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PEN = DOCS.pentana, MIN = DOCS.minutes, CS = DOCS.consult, DIG = DOCS.digest, WIKI = DOCS.wiki;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line (from 0) starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// cells(doc, start, n): that line cut to its first n cells
const cells = (doc, start, n) => line(doc, start).split(" | ").slice(0, n).join(" | ");

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `ax${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which nsntg PIs are on alert in q2?", "status_lookup",
  "Two PIs are on Alert at quarter 2 2117/18: NSN-03, % of noise cases closed within 60 days (63.5% against a target of 80.0%), and NSN-06, prosecutions for breach of an abatement notice (11, provisional, against 20). Both were at Warning in Q1.",
  ["NSN-03", "NSN-06"], ["NSN-02", "NSN-08"],
  [[PEN, line(PEN, "NSN-03 ")], [PEN, line(PEN, "NSN-06 ")]],
  "Pentana PIs data report (PDF): status is an icon plus its word; the Q2 status is the second status column (Q1 has its own). The legend gives Alert / Warning / OK / Unknown / Data Only.");
q("whats showing as warning in the q2 pentana report", "status_lookup",
  "Three PIs are at Warning for quarter 2 2117/18: NSN-02, % of complaints acknowledged within 2 working days (88.2% against 95.0%); NSN-08, councils using the neighbour noise app (46 against 50); and NSN-09, % of late-licence premises with a noise management plan (70.0% against 75.0%).",
  ["NSN-02", "NSN-08", "NSN-09"], ["NSN-03", "NSN-06"],
  [[PEN, line(PEN, "NSN-02 ")], [PEN, line(PEN, "NSN-08 ")], [PEN, line(PEN, "NSN-09 ")]],
  "Several PIs were Warning in Q1 only (NSN-03, NSN-04, NSN-06): only the Q2 column counts.");
q("which PIs hit target (OK) in q2 2117/18?", "status_lookup",
  "Three PIs are OK (target met) at quarter 2: NSN-04, out-of-hours calls attended within 1 hour (83.0% against 80.0%); NSN-05, abatement notices served (463 against 450); and NSN-07, seizures of noise-making equipment (41 against 40). NSN-01 and NSN-11 are Data Only, with no target.",
  ["NSN-04", "NSN-05", "NSN-07"], ["NSN-10"],
  [[PEN, line(PEN, "NSN-04 ")], [PEN, line(PEN, "NSN-05 ")], [PEN, line(PEN, "NSN-07 ")]],
  "");
q("did any PI status get beter between Q1 and Q2?", "status_lookup",
  "One did: NSN-04, out-of-hours calls attended within 1 hour, went from Warning in Q1 (76.0%) to OK in Q2 (83.0% against a target of 80.0%). Two went the other way, from Warning to Alert: NSN-03 (cases closed within 60 days) and NSN-06 (prosecutions).",
  ["NSN-04"], [],
  [[PEN, line(PEN, "NSN-04 ")], [PEN, line(PEN, "NSN-03 ")], [PEN, line(PEN, "NSN-06 ")]],
  "Needs the Q1 and Q2 status columns compared. The 'Short Trend' column (Improving) is about values, not status: several PIs are 'Improving' with no change of status.");
q("status of the mediation PI NSN-10?", "status_lookup",
  "NSN-10, % of mediation referrals resolved without enforcement, is Unknown in both Q1 and Q2 2117/18: there is no data yet, because the mediation provider's first return is due in December 2117. Its target is 70.0%.",
  ["Unknown", "December 2117"], [],
  [[PEN, line(PEN, "NSN-10 ")]],
  "Unknown is one of the report's five statuses, defined in the line under the table ('no data for the quarter').");
q("which risks are red on the nsntg risk register", "status_lookup",
  "Two risks are rated R (Red, score 15 or more) on the register reviewed on 27 October 2117: NSR-04, court backlogs delaying prosecutions for breach of abatement notices (4 x 4 = 16, owner Barnaby Quist), and NSR-06, officers facing abuse or assault during night-time visits (3 x 5 = 15, owner Ignatius Pemberton-Shaw).",
  ["NSR-04", "NSR-06"], ["NSR-01"],
  [[WIKI, cells(WIKI, "NSR-04 ", 7)], [WIKI, cells(WIKI, "NSR-06 ", 7)], [WIKI, line(WIKI, "R | Red")]],
  "DokuWiki source: the RAG cell is a letter inside the colour plugin's tags (<color #ffffff/#c00000>**R**</color>); the letters are explained by the '^ Key ^^' table. NSR-06 scores exactly 15, which the key counts as Red.");
q("rag for the noise app supplier risk?", "status_lookup",
  "NSR-02, 'The neighbour noise app supplier fails the data protection assessment', is A (Amber): likelihood 3 x impact 3 = 9, owner Rosalind Achterkirk. Amber means a score of 8 to 14, managed by the programme board and reported to the Task Group each quarter. The assessment is due on 30 November 2117.",
  ["Amber", "9"], ["Red"],
  [[WIKI, line(WIKI, "NSR-02 ")], [WIKI, line(WIKI, "A | Amber")]],
  "");

// ------------------------------------------------------------------ table_lookup (7)
q("NSN-02 q2 value vs target?", "table_lookup",
  "NSN-02, % of complaints acknowledged within 2 working days, was 88.2% in Q2 2117/18 against a target of 95.0% (Warning; 91.4% in Q1). Two pilot councils moved to a new case management system in August and sent acknowledgements by hand for three weeks.",
  ["88.2%", "95.0%"], [],
  [[PEN, line(PEN, "NSN-02 ")]],
  "");
q("how many noise complaints did the pilot councils get in q1", "table_lookup",
  "4,812 in quarter 1 2117/18 (NSN-01, noise complaints received by the pilot councils; the figure is cumulative, 10,067 by the end of Q2). It is a Data Only PI with no target.",
  ["4,812"], [],
  [[PEN, cells(PEN, "NSN-01 ", 4)]],
  "Q1 value column of the Pentana report.");
q("how many ppl disagreed with the 23:00 night time hours proposal", "table_lookup",
  "702 of the 1,284 responses (55%) disagreed with proposal 2, night-time hours defined as 23:00 to 07:00; 486 (38%) agreed, 71 (6%) didn't know and 25 (2%) did not answer.",
  ["702"], [],
  [[CS, line(CS, "2. Night-time hours")]],
  "Citizen Space page, 'You Said' table 2: each cell is a count with a percentage in brackets.");
q("how much is kestlemoor getting from the quiet nights fund extension", "table_lookup",
  "£48,000 (QNF2-03, Kestlemoor Metropolitan Borough Council, second night-time rota to June 2118). It was recommended in the written procedure paper WP-2117-04 and the Chair approved it as recommended on 2 November 2117.",
  ["£48,000"], [],
  [[DIG, line(DIG, "QNF2-03 ")], [DIG, line(DIG, "(a) to approve the grants")]],
  "Fixed-width table typed into a message of the Mailman digest.");
q("whats the score on NSR-03 and who owns it", "table_lookup",
  "NSR-03, 'Councils do not adopt the model neighbour noise protocol', scores 6 (likelihood 2 x impact 3), rated G (Green); the owner is Niamh Ozanne-Bradley.",
  ["6", "Niamh Ozanne-Bradley"], [],
  [[WIKI, line(WIKI, "NSR-03 ")]],
  "The owner is a DokuWiki user link ([[user:nozannebradley|Niamh Ozanne-Bradley]]).");
q("who has action NSA-34 from the oct meeting and when's it due", "table_lookup",
  "NSA-34 (minute 6), 'Bring the final model neighbour noise protocol for approval', is Niamh Ozanne-Bradley's, due 23/11/2117.",
  ["Niamh Ozanne-Bradley", "23/11/2117"], [],
  [[MIN, line(MIN, "NSA-34 ")]],
  "Actions table of the converted Word minutes, with empty spacer columns between the real ones.");
q("how many consultation responses came from councils?", "table_lookup",
  "212 of the 1,284 responses (17%) came from councils.",
  ["212"], [],
  [[CS, line(CS, "Councils | 212")]],
  "Citizen Space 'You Said' table 1 (responses by type of respondent).");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the noise task group", "people_roles",
  "Cllr Obinna Castellane (Labour, Quenhithe City Council) is Vice-Chair of the Noise and Statutory Nuisance Task Group; his term ends in May 2119. The Chair is Cllr Philippa Ravensworth-Kaye.",
  ["Obinna Castellane"], [],
  [[WIKI, line(WIKI, "Labour | Cllr Obinna Castellane")], [MIN, line(MIN, "Cllr Obinna Castellane (Vice-Chair)")]],
  "DokuWiki membership table: the political group cell is row-spanned (':::'), the role bold.");
q("apologies at the 12 oct mtg? any subs?", "people_roles",
  "Apologies were received from Cllr Marguerite Tresillian-Beck (Deputy Chair, Drayfield District Council) and Cllr Annunziata Pelham (Pendlecote District Council). Cllr Bartholomew Ecclesfield attended as substitute for Cllr Tresillian-Beck.",
  ["Tresillian-Beck", "Pelham", "Ecclesfield"], [],
  [[MIN, line(MIN, "1.1 ")], [MIN, line(MIN, "Apologies: |")], [MIN, line(MIN, "Cllr Annunziata Pelham |")], [MIN, line(MIN, "Substitute: |")]],
  "Converted Word minutes: the attendance is a table with spacer columns and its label only on the first row of each group.");
q("contact officer for the written procedure paper on QNF round 2?", "people_roles",
  "Ignatius Pemberton-Shaw, Senior Adviser, Environmental Health – 020 7946 0547, ignatius.pemberton-shaw@local.gov.uk. The paper (WP-2117-04) was circulated by Severine Okafor-Lyle on 27 October 2117.",
  ["Ignatius Pemberton-Shaw", "020 7946 0547"], [],
  [[DIG, line(DIG, "Contact officer:")], [DIG, line(DIG, "Phone: 020")]],
  "The paper's front-sheet labels are padded to a column inside a message of the digest.");
q("who's lead memeber for out of hours services", "people_roles",
  "Cllr Yasmin Elsworthy (Labour, Kestlemoor Metropolitan Borough Council) is the lead member for out-of-hours services.",
  ["Yasmin Elsworthy"], [],
  [[WIKI, line(WIKI, "Cllr Yasmin Elsworthy")]],
  "The lead member role is in italics after a forced line break (\\\\) inside the Role cell.");
q("whos subbing for cllr hexthorpe on 23 nov", "people_roles",
  "Cllr Imogen Strathallan will attend the meeting of 23 November 2117 as substitute for Cllr Winifred Hexthorpe, who is abroad that week. Cllr Tobias Lindenfeld has sent apologies so far.",
  ["Imogen Strathallan"], [],
  [[DIG, line(DIG, "Apologies so far:")]],
  "Message 4 of the digest (the clerk's arrangements).");
q("who do i contact about the neighbour noise protocol consultation", "people_roles",
  "Niamh Ozanne-Bradley, Policy Adviser (Noise): niamh.ozanne-bradley@local.gov.uk, 020 7946 0572.",
  ["Niamh Ozanne-Bradley"], [],
  [[CS, line(CS, "Niamh Ozanne-Bradley Policy Adviser")]],
  "Contact block in the consultation page's sidebar.");
q("who is NSN-06 assigned to in pentana", "people_roles",
  "Barnaby Quist (Solicitor (Regulatory)) is assigned NSN-06, prosecutions for breach of an abatement notice.",
  ["Barnaby Quist"], [],
  [[PEN, line(PEN, "NSN-06 ")]],
  "'Assigned To' is the last column; the post is in the wiki's officer table.");

// ------------------------------------------------------------------ board_paper (7)
q("what does WP-2117-04 ask the chair to agree", "board_paper",
  "The written procedure paper asks the Chair to: (a) approve five Quiet Nights Fund round 2 extension grants totalling £222,500 (Kestlemoor £48,000, Tarnwick £42,500, Greywater £55,000, Ashburrow £39,000, Saxonbridge £38,000); (b) agree that the grants are paid in two instalments, half on acceptance and half on receipt of a satisfactory monitoring return in March 2118; and (c) agree that the £27,500 left in the round 2 allocation is carried forward to the out-of-hours pilot extension.",
  ["£222,500", "two instalments", "£27,500"], [],
  [[DIG, line(DIG, "(a) approves")], [DIG, line(DIG, "(b) agrees")], [DIG, line(DIG, "(c) agrees")]],
  "");
q("what did the chair decide on the quiet nights fund grants?", "board_paper",
  "On 2 November 2117, under the written procedure (WP-2117-04), the Chair approved the grants to Kestlemoor, Tarnwick, Ashburrow and Saxonbridge as recommended and Greywater District Council's (QNF2-09) at £45,000 instead of £55,000, to keep to the guideline maximum: £212,500 in all. The grants are paid in two instalments, and the £37,500 left goes to the out-of-hours pilot extension. The decision is reported to the meeting on 23 November 2117 for noting.",
  ["£45,000", "£212,500"], [],
  [[DIG, line(DIG, "(a) to approve the grants")], [DIG, line(DIG, "(c) to carry forward")]],
  "The decision (message 5) changes the paper's figure for Greywater (£55,000 recommended) and the total (£222,500).");
q("deadline for comments on the written procedure?", "board_paper",
  "5pm on Monday 1 November 2117, to Severine Okafor-Lyle. The Chair then decided on Tuesday 2 November 2117.",
  ["1 November"], [],
  [[DIG, line(DIG, "As agreed at the meeting on 12 October")]],
  "");
q("what was resolved on the ooh pilot at the oct meeting", "board_paper",
  "On 12 October 2117 the Task Group (a) noted the interim evaluation of the out-of-hours noise service pilot; (b) agreed to extend the pilot from 31 December 2117 to 30 June 2118, funded from the forecast underspend of £185,000 on the programme budget; and (c) asked for the full evaluation at its meeting on 25 January 2118.",
  ["30 June 2118", "£185,000"], [],
  [[MIN, line(MIN, "4.3 ")]],
  "The converted minutes break every printed line with a manual line break.");
q("any DOIs at 12 october nsntg?", "board_paper",
  "Yes. Cllr Horatio Fairclough-Rae declared a non-pecuniary interest in item 5 (licensed premises: draft model noise conditions) as a director of a company that runs a live music venue in Ashburrow; he left the meeting for that item and took no part. Cllr Yasmin Elsworthy said Kestlemoor Metropolitan Borough Council is a pilot council for the out-of-hours service (item 4); this is not a disclosable interest and she stayed.",
  ["Fairclough-Rae", "item 5"], [],
  [[MIN, line(MIN, "2.1 ")], [MIN, line(MIN, "2.2 ")]],
  "");
q("what did they agree on the licenced premises model conditions", "board_paper",
  "On 12 October 2117 the Task Group agreed the draft model noise conditions for licensed premises for an eight-week consultation with councils and the hospitality sector, without condition 9 (no drinking outside after 22:00), and asked for the results at its meeting on 25 January 2118. There are twelve draft conditions for premises licensed after 23:00, including a noise limiter set by a council officer.",
  ["eight-week", "condition 9"], [],
  [[MIN, line(MIN, "5.2 ")], [MIN, line(MIN, "5.1 ")]],
  "");
q("what got changed in the noise protocol after the consultation", "board_paper",
  "Per the 'We Did' section: night-time hours now start at 22:00 instead of 23:00 (proposal 2); the £150 charge for a third out-of-hours callout has been dropped (proposal 4); mediation will be offered before a warning letter only where both households agree (proposal 3); proposals 1 and 5 stay as consulted on. The final protocol goes to the Task Group for approval on 23 November 2117.",
  ["22:00", "£150"], [],
  [[CS, line(CS, "Night-time hours now start")], [CS, line(CS, "The £150 charge")], [CS, line(CS, "Mediation will be offered")]],
  "The consultation text further down the page still gives the original proposals (23:00).");

// ------------------------------------------------------------------ fact (5)
q("how many responses did the noise protocol consultation get", "fact",
  "1,284 responses (1,127 through the consultation hub, the rest by e-mail or post). It ran from 21 July to 15 September 2117.",
  ["1,284"], [],
  [[CS, line(CS, "We received 1,284 responses")]],
  "");
q("what did the prof say about heat pumps", "fact",
  "Professor Quentin Hallowell-Sykes (Kestlemoor Acoustics Centre) told the 12 October 2117 meeting that complaints about the low-frequency hum of heat pumps and air-conditioning units had risen fourfold in five years and were about one in twelve of the noise complaints his centre had studied; most could be avoided by siting units at least 3 metres from a neighbour's window.",
  ["fourfold", "one in twelve"], [],
  [[MIN, line(MIN, "7.1 ")]],
  "");
q("quorum for nsntg?", "fact",
  "4 members, including the Chair or Vice-Chair. If neither can attend, members choose a chair from those present and the meeting is quorate with 4 members.",
  ["4 members"], [],
  [[WIKI, line(WIKI, "Quorum | ")]],
  "A vertical table (^ Quorum | …) with a DokuWiki footnote ((…)) inside the cell.");
q("why's the NSN-06 figure got an asterisk", "fact",
  "The Q2 figure of 11 prosecutions is provisional: two further cases are awaiting a court date. The PI's note adds that magistrates' court listings are running 14 weeks behind (risk NSR-04).",
  ["provisional", "court date"], [],
  [[PEN, line(PEN, "* Provisional")], [PEN, line(PEN, "NSN-06 ")]],
  "");
q("how many calls did the out of hours pilot take apr-sep", "fact",
  "3,946 calls between April and September 2117; officers attended 2,188 of them in person.",
  ["3,946"], [],
  [[MIN, line(MIN, "4.1 ")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("court backlog risk - what's it rated and hows the prosecutions PI doing?", "cross_document",
  "The risk is NSR-04, 'Court backlogs delay prosecutions for breach of abatement notices': 4 x 4 = 16, rated R (Red), owner Barnaby Quist. The matching PI, NSN-06 (prosecutions for breach of an abatement notice), is on Alert at Q2 2117/18: 11 (provisional) against a target of 20, up from 6 in Q1 (Warning); its note says magistrates' court listings are running 14 weeks behind.",
  ["Red", "Alert"], [],
  [[WIKI, cells(WIKI, "NSR-04 ", 7)], [PEN, line(PEN, "NSN-06 ")]],
  "DokuWiki risk register and Pentana PI report.");
q("the oct mtg extended the ooh pilot - is it hitting the 1 hr attendance target in q2?", "cross_document",
  "Yes. On 12 October 2117 the Task Group extended the out-of-hours pilot to 30 June 2118, funded from the forecast £185,000 underspend. In the Q2 2117/18 report NSN-04, out-of-hours calls attended within 1 hour, is 83.0% against a target of 80.0% and OK (Improving; Warning at 76.0% in Q1).",
  ["83.0%", "OK"], [],
  [[MIN, line(MIN, "4.3 ")], [PEN, line(PEN, "NSN-04 ")]],
  "Converted minutes and Pentana PI report.");

// ------------------------------------------------------------------ unanswerable (5)
q("q3 figure for NSN-03?", "unanswerable",
  "The papers only report quarters 1 and 2 of 2117/18. At Q2 NSN-03, % of noise cases closed within 60 days, was 63.5% against a target of 80.0% (Alert); a recovery plan goes to the meeting on 23 November 2117.",
  [], [], [], "");
q("cllr castellane's phone no?", "unanswerable",
  "The papers give no phone numbers for councillors. Cllr Obinna Castellane is the Vice-Chair (Labour, Quenhithe City Council); the numbers given are officers', e.g. the clerk, Tamsin Wragby-Holt, 020 7946 0534.",
  [], [], [], "");
q("how many consultaton responses came from wales", "unanswerable",
  "The results do not break responses down by nation or area: they give 1,284 responses by type of respondent (874 members of the public, 212 councils, and so on).",
  [], [], [], "");
q("what did the 23 nov meeting decide on the final noise protocol", "unanswerable",
  "The papers hold no record of the meeting of 23 November 2117: they only say the final protocol is to go to it for approval (action NSA-34).",
  [], [], [], "");
q("how much quiet nights fund round 1 money has been spent so far", "unanswerable",
  "The papers give no spending figures for round 1 of the Quiet Nights Fund. They cover only the £250,000 set aside for round 2 extension grants, of which the Chair approved £212,500.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
