// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells or parts of a
// line, taken from the renderings by what they start with or contain, so a quote is always the
// rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const LP = DOCS.largeprint, LAB = DOCS.labels, NOTES = DOCS.notes, REG = DOCS.register, DOO = DOCS.doodle;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// part(doc, has, from, to): in the line containing `has`, the text from `from` to the end of `to`
// (to the end of the line when `to` is omitted)
const part = (doc, has, from, to) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const i = l.indexOf(from);
  if (i < 0) throw new Error(`no ${from} in line ${has}`);
  if (to === undefined) return l.slice(i);
  const j = l.indexOf(to, i);
  if (j < 0) throw new Error(`no ${to} after ${from} in line ${has}`);
  return l.slice(i, j + to.length);
};
// sentence(doc, start): from `start` up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// the register: a record's own fields (from its reference to the group footer), or its group footer
const record = (ref) => part(REG, `| ${ref} |`, ref + " |", " | Works listed:").replace(/ \| Works listed:$/, "");
const footer = (ref) => part(REG, `| ${ref} |`, "Works listed:", "Est. cost:").replace(/ \| Est. cost:$/, "");
// the Evernote to-do lines, without their box
const todo = (start) => line(NOTES, start).slice(2);
const todoStart = (text) => lines(NOTES).find((x) => x.slice(2).startsWith(text)).slice(2);

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bd${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which works on the register are overdue?", "status_lookup",
  "Four works have an overdue action on the works register export of 2 February 2179: PAW-011, the Canal Basin mural \"Boats and Barges\" in Dunmallow (consolidate render and temporary hoarding, due 31/01/2179); PAW-030, the Kestling Market Cross (stabilise shaft and relocation study, due 15/12/2178); PAW-033, the war horse sculpture at Station Approach, Kestling (anti-graffiti coating and storm damage repair, due 31/01/2179); and PAW-079, the Guildhall clock in Thurlbeck (annual service, due 31/01/2179). The report's footer counts 4 overdue; two of them are Kestling's.",
  ["PAW-011", "PAW-030", "PAW-033", "PAW-079"], [],
  [[REG, record("PAW-011")], [REG, record("PAW-030")], [REG, record("PAW-033")], [REG, record("PAW-079")], [NOTES, line(NOTES, "4 overdue actions")]],
  "Crystal Reports CSV export in standard mode: no header row, the column headings repeated as values on every line; the status word OVERDUE is a field of the record.");
q("any grade D works in kestling?", "status_lookup",
  "Yes, two: PAW-030, the Kestling Market Cross (Grade II* listed, condition D, action overdue since 15/12/2178), and PAW-033, the war horse sculpture at Station Approach (also condition D, overdue since 31/01/2179). PAW-033's grade is blank on its line of the export because the report suppresses a condition that repeats the one above; Kestling's group footer counts Grade D: 2.00. The third Kestling work, the Edith Marlowe-Keane blue plaque (PAW-034), is grade B.",
  ["PAW-030", "PAW-033"], [],
  [[REG, record("PAW-030")], [REG, record("PAW-033")], [REG, footer("PAW-030")]],
  "Trap: Crystal's Suppress If Duplicated leaves PAW-033's condition empty; the group footer's 'Grade D: 2.00' and the paper's paragraph 4 (war horse moved into grade D) settle it.");
q("whats the status of the weavers clock tower job", "status_lookup",
  "On hold. On the works register (PAW-019, Hallowmere, Grade II* clock tower) the next action is the mechanism and dial restoration, a Fund round 2 bid, due 31/08/2179 at an estimated £150,000.00, lead J. Twelvetrees. On 16 February 2179 the Task Group agreed Hallowmere's award of £118,000 for it.",
  ["On hold"], [],
  [[REG, record("PAW-019")], [NOTES, line(NOTES, "rec (a) AMENDED")]],
  "The register's condition for PAW-019 is blank (suppressed: the record before it, in another council, was also D).");
q("wich actions from the 16 feb meeting are still open?", "status_lookup",
  "Five of the seven actions in the clerk's notes are not ticked: JT (Jovan Twelvetrees) to send the award letters to Hallowmere, Merrowfield, Thurlbeck and Sallowby by 5 March; JT to write to Kestling with feedback and an invitation to re-bid in round 3; MS (Marcella Sugden) to get a recovery plan from Kestling for its overdue works (PAW-030, PAW-033) by 12 March; MS to add plaques to the review scope and write a paper for the extra meeting; and the Chair to chase the Department about the VAT letter. Done: the Doodle for the extra meeting (sent 18/2) and the standing large print request for Cllr Fanshawe.",
  ["award letters", "recovery plan", "plaques", "VAT"], [],
  [[NOTES, todo("☐ JT – award letters")], [NOTES, todo("☐ JT – letter to Kestling")], [NOTES, todo("☐ MS – Kestling recovery plan")], [NOTES, todo("☐ MS – add plaques")], [NOTES, todo("☐ Chair – chase")]],
  "Evernote HTML: a to-do's state is only the checked attribute of its <input type=checkbox>.");
q("which rd 2 bids didnt make the threshold", "status_lookup",
  "Only Kestling District Council's bid for the Kestling Market Cross (PAW-030): it scored 58 against the threshold of 65, and the council's contribution would be 16.5 per cent of the cost, below the 20 per cent minimum. The paper invites a revised bid in round 3. The other five scored 66 to 81 (Yarncliffe's 66 is above the threshold; its £45,000 is held, not refused).",
  ["Kestling", "58"], [],
  [[LP, line(LP, "(c) notes that")], [LP, sentence(LP, "Kestling District Council's bid for the Kestling Market Cross scored 58.")], [NOTES, line(NOTES, "rec (c) agreed")]],
  "Large print: Table 1 is linearised into 'Entry n of 6' lists; the rule is in paragraph 5.");
q("is the pellingford peace fountain repair done yet", "status_lookup",
  "No. On the works register export of 2 February 2179 the Pellingford Peace Fountain (PAW-063, Grade II, condition C) has its pump and lighting repairs \"With contractor\", due 31/03/2179, estimated at £15,300.00, lead F. Birtwistle.",
  ["With contractor"], [],
  [[REG, record("PAW-063")]],
  "");
q("is the cattle market bull panel job finished?", "status_lookup",
  "Nearly: the replacement of the interpretation panel at the Cattle Market Bull in Ousebridge (PAW-058, condition A) is \"Complete - to sign off\" on the register export of 2 February 2179 (due 28/02/2179, £1,200.00), so the work is done but not yet signed off.",
  ["sign off"], [],
  [[REG, record("PAW-058")]],
  "Its lead field is empty (suppressed: the same officer as the line before, J. Twelvetrees).");

// ------------------------------------------------------------------ table_lookup (7)
q("what did thurlbeck ask for in rd 2 and what did it score", "table_lookup",
  "Thurlbeck Borough Council asked for £64,000 towards the £80,000 consolidation and protective glazing of the bus station mosaic (PAW-078). The bid scored 72 and was recommended, and agreed on 16 February, in full (£64,000).",
  ["£64,000", "72"], [],
  [[LP, line(LP, "Work and project: Bus station mosaic")], [LP, line(LP, "Amount asked for: £64,000")], [LP, line(LP, "Score: 72")], [NOTES, line(NOTES, "Thurlbeck | Bus station mosaic")]],
  "Large print: each column a label before its value, one line each.");
q("est cost for the larkhithe harbour arch lighting + when is it due", "table_lookup",
  "£21,000.00, due 30/06/2179: replacing the floodlighting of the Larkhithe Harbour Arch (PAW-041, Grade II, condition C) with LED, status Open.",
  ["30/06/2179"], [],
  [[REG, record("PAW-041")]],
  "The lead field is empty on this line (suppressed: the same as the last Kestling record, F. Birtwistle). The cost is not a must string: the export writes £21,000.00, which the scorer's whole-token rule would not match against 21,000.");
q("how many ppl said yes to thu 18 march on the doodle", "table_lookup",
  "8 said yes to Thursday 18 March, 2:00–4:00 PM, and 2 said if need be (Adaora Gbadamosi and Sigrid Fanshawe), out of 12 participants; 2 said no (Solomon Quilliam and Linus Eversleigh). It was the most popular slot and was booked.",
  ["8", "2"], [],
  [[DOO, part(DOO, "12 participants", "Booked MAR 18 THU", "If need be 2")], [DOO, part(DOO, "Booked for Thursday 18 March", "Booked for Thursday 18 March", "both make it.")]],
  "Doodle: the date is four elements (MAR, 18, THU, times) with no year; the counts follow icons whose meaning is in their SVG titles.");
q("whats the contested heritage review budget this yr", "table_lookup",
  "£60,000 in the programme budget for 2178/79 (Table 3 of the round 2 paper; total £1,150,000). At the meeting Marcella Sugden said the community panels can be paid for within the £60k review budget.",
  ["£60,000"], [],
  [[LP, line(LP, "Budget line: Contested heritage review")], [LP, line(LP, "Amount: £60,000")], [NOTES, part(NOTES, "review budget", "Cllr Brocklebank worried", "review budget.")]],
  "Large print Table 3 linearised as 'Row n' with 'Budget line:' and 'Amount:' lines.");
q("how many points is match funding worth in the rd 2 scoring", "table_lookup",
  "20 points out of 100. The criteria in Table 2 are condition and risk 35, public value and access 25, deliverability 20 and match funding 20; a bid needs 65 to be recommended, and the council must pay at least 20 per cent of the total cost.",
  ["20"], [],
  [[LP, line(LP, "Criterion: Match funding")], [LP, line(LP, "5. An assessment panel")]],
  "");
q("when was the temperance fountain last inspected", "table_lookup",
  "17/10/2178. The Temperance Fountain in Sallowby (PAW-072, Grade II, condition D) is on hold for its full restoration, the Fund round 2 bid (£48,500.00, due 31/12/2179); £38,500 was awarded on 16 February 2179.",
  ["17/10/2178"], [],
  [[REG, record("PAW-072")]],
  "");
q("total cost of the hallowmere clock tower project?", "table_lookup",
  "£150,000. Hallowmere Borough Council asked the Fund for £118,000 of it (score 81, awarded in full), so the council pays £32,000; the register also gives £150,000.00 as the estimated cost of PAW-019.",
  ["£150,000"], [],
  [[LP, line(LP, "Work and project: Weavers' Clock Tower")], [LP, line(LP, "Total cost: £150,000")], [REG, record("PAW-019")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs pastg", "people_roles",
  "Cllr Dorothea Vavasour of Ousebridge County Council is the Chair of the Public Art and Statues Task Group (her despatch label reads \"Chair, Public Art and Statues Task Group\", and she chaired the meeting of 16 February 2179).",
  ["Vavasour"], ["Applegarth"],
  [[LAB, line(LAB, "CHAIR'S COPY")], [NOTES, line(NOTES, "Cllr Dorothea Vavasour (Chair)")]],
  "The role is only in the labels' free-text position line.");
q("who r the named subs for the tg?", "people_roles",
  "Three substitutes: Cllr Zuleika Sangster (Conservative, Pellingford Borough Council), Cllr Nuala Satchwell (Liberal Democrat, Kestling District Council) and Cllr Cyprian Wardlaw (Labour, Yarncliffe City Council).",
  ["Sangster", "Satchwell", "Wardlaw"], ["Applegarth"],
  [[LAB, line(LAB, "Cllr Zuleika Sangster")], [LAB, line(LAB, "Cllr Nuala Satchwell")], [LAB, line(LAB, "Cllr Cyprian Wardlaw")]],
  "Labels: 'Substitute member (Con)' etc.; the party is in the position field only for substitutes.");
q("who replaced cllr applegarth", "people_roles",
  "Cllr Linus Eversleigh of Ousebridge County Council, a member from 1 January 2179; Cllr Augusta Applegarth left on 31 December 2178 (her label still printed, marked \"LEFT 31/12/78 – DO NOT SEND\"). The Chair welcomed him at his first meeting on 16 February.",
  ["Eversleigh"], [],
  [[LAB, line(LAB, "Cllr Linus Eversleigh")], [LAB, line(LAB, "Cllr Augusta Applegarth")], [NOTES, line(NOTES, "Chair welcomed Cllr Eversleigh")]],
  "");
q("who subbed for quilliam on 16 feb", "people_roles",
  "Cllr Cyprian Wardlaw (Yarncliffe City Council, a named substitute) sat in place of Cllr Solomon Quilliam, who gave apologies. He declared an interest as a Yarncliffe councillor on items 4 and 5 (the Harbinson statue) and stayed and took part.",
  ["Wardlaw"], [],
  [[NOTES, line(NOTES, "Cllr Cyprian Wardlaw – sub for")], [NOTES, line(NOTES, "Apologies:")], [NOTES, line(NOTES, "Cllr Wardlaw – Yarncliffe councillor")]],
  "");
q("who's lead member for contested heritage?", "people_roles",
  "Cllr Augustin Osgathorpe of Pellingford Borough Council (\"Member – lead member, contested heritage\"). At the February meeting he asked for plaques to be brought into the review's scope.",
  ["Osgathorpe"], [],
  [[LAB, line(LAB, "Cllr Augustin Osgathorpe")], [NOTES, part(NOTES, "Cllr Osgathorpe (lead member)", "Cllr Osgathorpe (lead member)", "not just statues.")]],
  "");
q("who cant make the 18 march extra mtg", "people_roles",
  "On the Doodle poll two participants said no to Thursday 18 March: Solomon Quilliam (away for the whole of March; Cllr Wardlaw will come in his place, and said yes) and Linus Eversleigh. Malachy Pinchbeck has not answered (on leave until 8 March). Adaora Gbadamosi and Sigrid Fanshawe said if need be (Cllr Fanshawe online only).",
  ["Quilliam", "Eversleigh"], [],
  [[DOO, line(DOO, "SQ | Solomon Quilliam | No")], [DOO, line(DOO, "LE | Linus Eversleigh")], [DOO, line(DOO, "SQ | Solomon Quilliam · Feb 18")], [DOO, line(DOO, "Malachy Pinchbeck")]],
  "The answers are only SVG titles in the grid; the booked column is the fifth.");
q("who's doing the award letters for rd 2 and by when?", "people_roles",
  "Jovan Twelvetrees (\"JT\", Senior Adviser, Conservation, the paper's contact officer) is to send the award letters to Hallowmere, Merrowfield, Thurlbeck and Sallowby by 5 March 2179; the paper's action is for officers to write to the six councils by then.",
  ["Twelvetrees", "5 March"], [],
  [[NOTES, todo("☐ JT – award letters")], [NOTES, line(NOTES, "Officers:")], [LP, line(LP, "Officers to write to the six councils")]],
  "The notes use initials; the officers' names are in the attendance line and the item headings.");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the rd 2 conservation fund paper?", "board_paper",
  "That the Task Group: (a) agrees the four awards in Table 1, totalling £310,500, to Hallowmere, Merrowfield, Thurlbeck and Sallowby; (b) agrees to hold £45,000 for Yarncliffe City Council's bid for the Colonel Harbinson statue until the statue has been considered under the contested heritage review; (c) notes that Kestling District Council's bid scored 58, below the threshold of 65, and invites a revised bid in round 3; and (d) agrees that the £64,500 left in round 2 is carried forward to round 3, which opens in June 2179.",
  ["£310,500", "£45,000", "Kestling", "£64,500"], [],
  [[LP, line(LP, "(a) agrees the four awards")], [LP, line(LP, "(b) agrees to hold")], [LP, line(LP, "(c) notes that")], [LP, line(LP, "(d) agrees that")]],
  "The recommendations as printed; (a) and (d) were amended at the meeting (see bd026).");
q("contact officer for item 5 pls", "board_paper",
  "Jovan Twelvetrees, Senior Adviser, Conservation: phone 020 7946 0981, email jovan.twelvetrees@local.gov.uk.",
  ["Twelvetrees", "020 7946 0981"], [],
  [[LP, line(LP, "Senior Adviser, Conservation")], [LP, line(LP, "020 7946 0981")], [LP, line(LP, "jovan.twelvetrees@")]],
  "Large print front sheet: each label on its own line over its value.");
q("is the rd 2 awards paper a key decision? confidential?", "board_paper",
  "It is a key decision, because the awards total more than £250,000, and it is not confidential. Only the assessment panel's scoring sheets are kept back (not published, as they contain information about the councils' finances).",
  ["£250,000"], [],
  [[LP, line(LP, "Yes. The awards total more than")], [LP, line(LP, "Round 2 guidance for applicants")]],
  "");
q("why did the paper cut merrowfield's award?", "board_paper",
  "The panel recommended £90,000 rather than the £96,500 asked for, £6,500 less, because the scaffolding for the Sailors' Return was to be shared with the council's Merrowfield Central Library roof scheme next to it, due to start in May 2179. (At the meeting the library scheme was reported put back to 2180, and the full £96,500 was agreed.)",
  ["scaffolding", "6,500"], [],
  [[LP, line(LP, "8. Merrowfield City Council asked")]],
  "");
q("what was decided on the rd 2 awards on 16 feb", "board_paper",
  "The recommendations were agreed with two amendments. (a) amended: four awards totalling £317,000 – Hallowmere £118,000, Merrowfield £96,500 (not £90,000, as the library roof scheme was put back and there is no shared scaffolding), Thurlbeck £64,000, Sallowby £38,500; (b) agreed: £45,000 held for Yarncliffe until the extra meeting; (c) agreed: Kestling invited to re-bid in round 3; (d) amended: £58,000 carried forward to round 3. Each award was voted on separately and all were carried; Cllr Brocklebank abstained on all four.",
  ["£317,000", "£96,500", "£58,000"], [],
  [[NOTES, line(NOTES, "rec (a) AMENDED")], [NOTES, line(NOTES, "rec (d) AMENDED")], [NOTES, line(NOTES, "rec (b) agreed")], [NOTES, line(NOTES, "Each award voted on separately")]],
  "Evernote notes, not yet minutes.");
q("what did the tg agree on the contested heritage review scope", "board_paper",
  "On 16 February 2179 the Task Group (a) agreed the scope, amended to include plaques as well as statues and other works (Cllr Osgathorpe's point); (b) agreed that the Colonel Harbinson statue in Yarncliffe is considered first, at an extra meeting in March with the date fixed by Doodle; and (c) asked for community panels in Yarncliffe and Pellingford by the end of June.",
  ["plaques", "Harbinson"], [],
  [[NOTES, line(NOTES, "AGREED: (a) scope agreed")]],
  "");
q("DOIs at the feb meeting?", "board_paper",
  "Four: Cllr Gbadamosi, a trustee of the Weavers' Clock Tower Trust (Hallowmere's bid, item 5), left the room for that bid; Cllrs Cresswick and Trounson, as Merrowfield councillors (the Sailors' Return, item 5), stayed but did not vote on Merrowfield's award; and Cllr Wardlaw, a Yarncliffe councillor (the Harbinson statue, items 4 and 5), stayed and took part.",
  ["Gbadamosi", "Cresswick", "Trounson", "Wardlaw"], [],
  [[NOTES, line(NOTES, "Cllr Gbadamosi – trustee")], [NOTES, line(NOTES, "Cllrs Cresswick + Trounson")], [NOTES, line(NOTES, "Cllr Wardlaw – Yarncliffe councillor")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how many works are grade D across the whole register", "fact",
  "19 of the 238 works were in Grade D (very bad) at 31 January 2179, up from 15 in September 2178; the rest were 74 in Grade A, 93 in Grade B and 52 in Grade C. (The register export of open actions lists only 20 works, 6 of them grade D.)",
  ["19", "238"], [],
  [[LP, line(LP, "Image description:")], [NOTES, line(NOTES, "Register: 238 works")]],
  "Figure 1 is a bar chart in the standard print paper; in the large print its figures exist only in the image description.");
q("what did dr crowther-oni say about petitions?", "fact",
  "Presenting on the contested heritage review on 16 February, Dr Euphemia Crowther-Oni of the Guild of Architectural Conservators said that 14 of the 238 works commemorate people or events that communities have asked councils to review, and that 5 councils have had petitions. The Guild's advice is \"retain and explain\" as the starting point, with removal only after a community panel and listed building consent.",
  ["14", "5"], [],
  [[NOTES, line(NOTES, "Presentation, Dr C-O")]],
  "");
q("when's the next ordinary pastg meeting", "fact",
  "Tuesday 20 April 2179 at 10:30 in Room 5.3 (18 Smith Square). Before it there is an extra meeting on the Harbinson statue in March (booked for Thursday 18 March).",
  ["20 April"], [],
  [[NOTES, line(NOTES, "Next meeting:")]],
  "");
q("when do papers go out for the extra meeting", "fact",
  "On 10 March, according to the clerk, Clovis Uglow, when he booked the extra meeting for Thursday 18 March, 2–4pm.",
  ["10 March"], [],
  [[DOO, line(DOO, "CU | Clovis Uglow · Feb 25")]],
  "Only in a Doodle comment.");
q("how do rd 2 awards get paid out", "fact",
  "In two parts: 50 per cent when the council signs the contract for the work and 50 per cent when the work is complete and has been inspected by the Conservation Officer. Awards are held for up to 12 months from the date of the award letter.",
  ["50", "contract"], [],
  [[LP, line(LP, "12. Awards are paid in two parts")], [LP, line(LP, "per cent when the work is complete")]],
  "Paragraph 12 runs over a page break in the large print, so it is two rendering lines.");

// ------------------------------------------------------------------ cross_document (2)
q("how much did merrowfield actually get in rd 2", "cross_document",
  "£96,500, the full amount asked for the Sailors' Return. The paper recommended £90,000 (£6,500 less, because the scaffolding was to be shared with the Merrowfield Central Library roof scheme), but at the meeting on 16 February Gulnara Drinkwater reported that the library scheme had been put back to 2180, so the Task Group amended recommendation (a) to give Merrowfield £96,500 (total awards £317,000).",
  ["£96,500"], [],
  [[NOTES, line(NOTES, "rec (a) AMENDED")], [NOTES, part(NOTES, "JT introduced.", "GD: Merrowfield Central Library", "the full £96,500.")], [LP, line(LP, "Recommended award: £90,000")], [LP, line(LP, "8. Merrowfield City Council asked")]],
  "Paper (large print) against the meeting notes' amendment.");
q("when is the extra meeting on the harbinson statue?", "cross_document",
  "Thursday 18 March 2179, 2:00 to 4:00 PM, in Room 5.3, 18 Smith Square, and on Microsoft Teams. The meeting of 16 February agreed to consider the statue first at an extra meeting in March with the date fixed by Doodle; the poll was booked on 25 February for Thursday 18 March (shown as \"Thursday, March 18, 2179\"). It will also decide on the £45,000 held for Yarncliffe.",
  ["18", "March"], [],
  [[DOO, line(DOO, "Thursday, March 18, 2179")], [DOO, line(DOO, "Location Room 5.3")], [NOTES, line(NOTES, "AGREED: (a) scope agreed")], [NOTES, line(NOTES, "rec (b) agreed")]],
  "Notes (a March date to be fixed) against the Doodle poll's booked slot.");

// ------------------------------------------------------------------ unanswerable (5)
q("what was decided in the part 2 item on the miners statue?", "unanswerable",
  "Not in the papers: the notes of item 6 (Miners' Statue, Merrowfield: vandalism and insurance claim) are encrypted in the clerk's note, and the register only shows a repair of the vandal damage due 31/03/2179.",
  [], [], [],
  "Near miss: the item, its exempt status and the times the public were excluded are there; its content is encrypted.");
q("whats cllr fanshawe's phone number", "unanswerable",
  "Not given: the despatch labels have only her postal address at Thurlbeck Borough Council's Guildhall; no member's phone number is in the papers.",
  [], [], [],
  "Near miss: officers' numbers are given.");
q("which councils got money in round 1 of the fund?", "unanswerable",
  "Not in the papers: the round 2 paper says only that round 1 made seven awards totalling £385,000 in June 2178, not to whom.",
  [], [], [],
  "Near miss: the count and total of round 1 are given.");
q("what did the 18 march extra meeting decide about the harbinson statue", "unanswerable",
  "Not in the papers: the extra meeting was booked for Thursday 18 March 2179 but has not yet taken place; its papers are due out on 10 March.",
  [], [], [],
  "Near miss: the meeting is booked, not held.");
q("who attended the 17 nov meeting?", "unanswerable",
  "Not in the papers: the notes of 17 November 2178 were agreed on 16 February 2179, but the notes themselves and their attendance are not among these documents.",
  [], [], [],
  "Near miss: the meeting is mentioned as agreed notes and a matter arising.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
