// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, or a
// sentence of a line, looked up by what they start with or contain, so a quote is always the
// rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PAPER = DOCS.paper, NOT = DOCS.notices, NEWS = DOCS.news, TRK = DOCS.tracker, MIN = DOCS.minutes;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// the k-th rendering line starting with `start`
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line starting ${JSON.stringify(start)} in ${doc}`);
  return l;
};
// the one rendering line containing `has`
const has = (doc, s) => {
  const ls = lines(doc).filter((x) => x.includes(s));
  if (ls.length !== 1) throw new Error(`${ls.length} lines with ${JSON.stringify(s)} in ${doc}`);
  return ls[0];
};
// n cells of the line containing `h`, from the cell `from`
const cells = (doc, h, from, n) => {
  const c = has(doc, h).split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${h}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence: from `start` to the first ". " after it (or the line's end)
const sentence = (doc, start) => {
  const l = has(doc, start);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bk${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which GS measures were red at q3?", "status_lookup",
  "Two of the eight Ground Safety Programme measures were Red (off track) at quarter 3 2231/32: GS-02, regulated stand inspections completed by their due date (78% against a target of 95%; the Cradbury Park West Stand and Tanyard Lane East Stand inspections were late), and GS-04, event management plans received at least 12 weeks before the event (71% against 90%; 17 of 24 plans on time).",
  ["GS-02", "GS-04"], [],
  [[PAPER, line(PAPER, "GS-02 | ")], [PAPER, line(PAPER, "GS-04 | ")], [PAPER, line(PAPER, "3. Table 1 sets out")]],
  "Word report: Table 1's status cells; the front-sheet values are fldSimple fields but the table is ordinary text. GS-01 is Amber, not Red.");
q("on the grounds tracker which grounds are showing R or A?", "status_lookup",
  "One ground is R (red) and three are A (amber) on the register at 29 February 2232. R: GR-05 Tanyard Lane (Tewsley Town FC) – East Stand capacity cut from 1,850 to 1,200 and rows T–Z closed under a prohibition notice. A: GR-01 Brantwick Road Stadium (South Stand inspection overdue), GR-02 Cradbury Park (West Stand inspection 14 days late, minor defects) and GR-06 Heronsgate Stadium (terrace bay 4 closed by prohibition notice PN-2231-03). The key: R = serious defects, capacity reduced, or review or inspection overdue; A = done late, minor defects, or part of the ground closed by a prohibition notice.",
  ["Tanyard Lane", "Brantwick Road", "Cradbury Park", "Heronsgate"], [],
  [[TRK, line(TRK, "GR-05 | ")], [TRK, line(TRK, "GR-01 | ")], [TRK, line(TRK, "GR-02 | ")], [TRK, line(TRK, "GR-06 | ")], [TRK, line(TRK, "R | Red:")]],
  "MarkItDown conversion of an Excel workbook: the real headings are the first data row under 'Unnamed: n' headers; the RAG column holds one letter explained on the Key sheet.");
q("any actions from the 15 dec mtg still open?", "status_lookup",
  "Three of the seven actions were still open when the statuses were last updated (9 March 2232): #4128, the monthly update on Tanyard Lane East Stand to the lead member for structural safety (Lucan Edgecombe, in progress); #4132, a report on options to replace the structural engineering framework, which ends on 31 May 2232 (Rowena Sewter, due 22 March 2232, in progress); and #4133, re-advertising stewarding training grants to the smaller grounds (Lucan Edgecombe, due 31 January 2232, overdue). The other four are closed.",
  ["4128", "4132", "4133"], [],
  [[MIN, line(MIN, "| #4128 |")], [MIN, line(MIN, "| #4132 |")], [MIN, line(MIN, "| #4133 |")], [MIN, line(MIN, "_Action statuses updated")]],
  "Redmine wiki page exported as Textile source: the statuses are coloured spans (%{color:…}…%) in the last column of a Textile table.");
q("which risks have gone up since december", "status_lookup",
  "Three risks have risen since the scores agreed on 15 December 2231: SR-02, structural failure of an ageing regulated stand (Tanyard Lane East Stand), from 15 to 20 – now the only High risk; SR-03, late event management plans, from 9 to 12; and SR-04, the structural engineering framework ending on 31 May 2232 without a replacement, from 8 to 12. SR-07 (the Brantwick Road Stadium fan zone) is new.",
  ["SR-02", "SR-03", "SR-04"], [],
  [[PAPER, line(PAPER, "SR-02 | ")], [PAPER, line(PAPER, "SR-03 | ")], [PAPER, line(PAPER, "SR-04 | ")], [PAPER, sentence(PAPER, "SR-02, structural failure of a regulated stand, has risen")]],
  "Appendix A compares 'Score' with 'Dec score'; the Trend column says Rising.");
q("are the dec minutes signed off yet?", "status_lookup",
  "No. The minutes of 15 December 2231 are still a draft – 'not yet approved' – to be confirmed at the meeting on 22 March 2232 (they are item 3 on that meeting's agenda).",
  ["draft"], [],
  [[MIN, has(MIN, "DRAFT – not yet approved")], [NEWS, line(NEWS, "Minutes of 15 December 2231 (draft)")], [NOT, line(NOT, "3. Minutes of the meeting held on 15 December 2231")]],
  "The status line is a Textile centred paragraph in a coloured span.");
q("whats happening with the brantwick road south stand inspection", "status_lookup",
  "It is overdue: the South Stand inspection at Brantwick Road Stadium was due on 28 February 2232 and was missed; the engineer's visit has been rebooked for 7 March 2232. The tracker rates it R (red) and the ground A.",
  ["overdue"], [],
  [[TRK, line(TRK, "SI-11 | ")], [PAPER, sentence(PAPER, "The inspection of the South Stand at Brantwick Road Stadium")]],
  "Tracker dates print as '2232-02-28 00:00:00'; the report gives the same in words.");
q("how many of the 8 measures r green at q3 and which ones", "status_lookup",
  "3 of the 8 are Green at quarter 3: GS-03 (safety advisory group meetings held at least 28 days before events of over 5,000 people, 100%), GS-05 (stewards holding the Level 2 spectator safety award, 92% against 90%) and GS-07 (debriefs within 14 days of events of over 5,000 people, 100%). The rest: one Amber, two Red, one Complete, one Data only.",
  ["3", "GS-03", "GS-05", "GS-07"], [],
  [[PAPER, line(PAPER, "3. Table 1 sets out")], [PAPER, line(PAPER, "GS-03 | ")], [PAPER, line(PAPER, "GS-05 | ")], [PAPER, line(PAPER, "GS-07 | ")]],
  "Count and list; the paragraph's 'Three are Green' uses a word, the answer must give 3.");

// ------------------------------------------------------------------ table_lookup (7)
q("GS-05 q3?", "table_lookup",
  "92% at quarter 3 2231/32 – stewards at certified grounds holding the Level 2 spectator safety award – against a target of 90%: Green (88% at Q1, 90% at Q2). Lead officer Lucan Edgecombe.",
  ["92%"], [],
  [[PAPER, line(PAPER, "GS-05 | ")]],
  "");
q("whats the permitted capacity at tanyard lane now", "table_lookup",
  "5,800. The Chair's urgent decision UD-2232-01 of 6 February 2232 cut the East Stand's capacity from 1,850 to 1,200 (rows T to Z closed), taking the ground from 6,450 to 5,800 from Tewsley Town's home match on 11 February 2232.",
  ["5,800"], [],
  [[TRK, line(TRK, "GR-05 | ")], [PAPER, sentence(PAPER, "The survey, received on 30 January")], [NEWS, sentence(NEWS, "The ground's permitted capacity is now")]],
  "The tracker prints 5800 with no separator.");
q("forecast for structural engineering advice this yr?", "table_lookup",
  "£42,500 forecast outturn for 2231/32 against a budget of £24,000, an overspend of £18,500 (the Tanyard Lane inspections and the review of the club's interim survey). A virement of £18,500 from stewarding training grants is recommended to cover it.",
  ["42,500", "18,500"], [],
  [[PAPER, line(PAPER, "Structural engineering advice | ")], [PAPER, sentence(PAPER, "Structural engineering advice is forecast to overspend")]],
  "Table 2's totals are =SUM(ABOVE) fields shown as cached results.");
q("what fee r they proposing for a special safety certificate", "table_lookup",
  "£620 per event, from 1 June 2232 (no VAT), as proposed in the consultation notice of 8 March 2232 on the draft model conditions and fees 2232/33. For comparison: a new general safety certificate £4,850, its annual review £1,240, a regulated stand certificate £2,150, an amendment £310.",
  ["£620"], [],
  [[NOT, line(NOT, "Special safety certificate (per event) | ")], [NOT, line(NOT, "The Joint Committee also proposes the following fees")]],
  "Newspaper public notices page: the fees are a dot-leader table in a narrow column.");
q("when was the meadow stand at ashcrook last inspected and how did it go", "table_lookup",
  "On 8 December 2231 (due 15 December 2231, so on time), by Quance Gedge Associates: satisfactory, rated G. It is inspection SI-09 of Ashcrook Meadow (GR-07, Ashcrook Rovers FC).",
  ["8 December", "satisfactory"], [],
  [[TRK, line(TRK, "SI-09 | ")]],
  "Dates as '2231-12-08 00:00:00'.");
q("SR-02 score and who owns it", "table_lookup",
  "SR-02 (structural failure of an ageing regulated stand – Tanyard Lane East Stand) scores 20 (likelihood 4 × impact 5), High – up from 15 in December, the programme's only High risk. Owner: Lucan Edgecombe, Principal Safety Officer (Sports Grounds).",
  ["20", "Lucan Edgecombe"], [],
  [[PAPER, line(PAPER, "SR-02 | ")]],
  "");
q("how did the vote go on the tanyard lane item in dec", "table_lookup",
  "Item 4 (Tanyard Lane East Stand: engineer's report) was agreed by 7 for, 0 against and 1 abstention (Cllr Kitchingman). Cllr Stidston did not vote, having left the room after declaring an interest, and Cllr Rumbelow attended remotely, so could not vote.",
  ["7", "Kitchingman"], [],
  [[MIN, line(MIN, "For        7")], [MIN, line(MIN, "Abstained  1")], [MIN, line(MIN, "Not voting:")]],
  "The tally is a <pre> block inside a folded {{collapse}} macro.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the sports grounds joint cttee", "people_roles",
  "Cllr Araminta Wapshott (Conservative, Sallowmere County Council) is Chair of the Sports Grounds and Event Safety Joint Committee; the Vice-Chair is Cllr Ezekiel Maunder (Labour, Brantwick City Council).",
  ["Wapshott"], [],
  [[NEWS, line(NEWS, "Cllr Araminta Wapshott | Chair")], [MIN, line(MIN, "|/2. Sallowmere County Council | Cllr Araminta Wapshott (Chair)")]],
  "SharePoint People web part: the role is in the persona card's secondary text.");
q("who replaced cllr whatmough", "people_roles",
  "Cllr Juliet Penrice (Conservative), appointed by Cradbury Borough Council from 9 February 2232 after Cllr Tobin Whatmough stood down on 31 January 2232; the Chair asked her to take on his role as lead member for structural safety.",
  ["Penrice"], [],
  [[NEWS, sentence(NEWS, "Cradbury Borough Council has appointed Cllr Juliet Penrice")], [NEWS, sentence(NEWS, "Cllr Tobin Whatmough stood down")]],
  "");
q("who's lead member for stewarding & training", "people_roles",
  "Cllr Ruairi Slingsby (Independent, Marlbeck District Council).",
  ["Slingsby"], [],
  [[NEWS, line(NEWS, "Stewarding and training – ")]],
  "");
q("who subbed at the december meeting and for who", "people_roles",
  "Cllr Ewart Chaffey (Marlbeck District Council) substituted for Cllr Gwendolen Fauvel, who sent apologies, at the meeting of 15 December 2231.",
  ["Chaffey", "Fauvel"], [],
  [[MIN, has(MIN, "|\\3. Substitute:")], [MIN, sentence(MIN, "Apologies were received from")]],
  "The substitute's row is a Textile cell spanning three columns.");
q("contact officer for item 5 (the q3 ground safety report)? need their number", "people_roles",
  "Lucan Edgecombe, Principal Safety Officer (Sports Grounds): 0117 496 0427, lucan.edgecombe@sallowmere.gov.uk.",
  ["Lucan Edgecombe", "0117 496 0427"], [],
  [[PAPER, line(PAPER, "Contact officer | ")], [PAPER, line(PAPER, "Phone no | ")], [PAPER, line(PAPER, "Position | ")]],
  "The front sheet's values are w:fldSimple DOCPROPERTY fields; a reader that skips simple fields (mammoth does) sees only the labels. The values are also in docProps/custom.xml.");
q("who do objections to taking item 8 in private go to, and by when", "people_roles",
  "To Tamsin Jupe, Democratic Services Officer, County Hall, Castle Street, Sallowmere (tamsin.jupe@sallowmere.gov.uk, 0117 496 0456), by 5pm on Wednesday 14 March 2232.",
  ["Tamsin Jupe", "14 March"], [],
  [[NOT, line(NOT, "Anyone who wishes to make representations")]],
  "Newspaper notice of intention to conduct business in private; the paragraph runs in a narrow justified column.");
q("who are the named subs on the joint committee", "people_roles",
  "Three named substitutes: Cllr Lettice Bidgood (Conservative, Sallowmere County Council), Cllr Ewart Chaffey (Conservative, Marlbeck District Council) and Cllr Parveen Tozer (Labour, Tewsley Borough Council).",
  ["Bidgood", "Chaffey", "Tozer"], [],
  [[NEWS, line(NEWS, "Cllr Lettice Bidgood | ")], [NEWS, line(NEWS, "Cllr Ewart Chaffey | ")], [NEWS, line(NEWS, "Cllr Parveen Tozer | ")]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the q3 ground safety paper?", "board_paper",
  "That the Joint Committee: (a) notes performance at quarter 3 2231/32, as set out in Table 1; (b) agrees the revised risk register at Appendix A, including new risk SR-07; (c) approves a virement of £18,500 in 2231/32 from stewarding training grants to structural engineering advice (Table 2); (d) asks the Head of Safety Certification to report on the Tanyard Lane East Stand remedial works to the meeting on 21 June 2232.",
  ["SR-07", "£18,500", "21 June"], [],
  [[PAPER, line(PAPER, "(a) notes performance")], [PAPER, line(PAPER, "(b) agrees the revised risk register")], [PAPER, line(PAPER, "(c) approves a virement")], [PAPER, line(PAPER, "(d) asks the Head of Safety Certification")]],
  "The 'Table 1' and 'Table 2' in the recommendations are REF fields (cached results).");
q("need the exact wording of rec (c) in item 5 and where it is", "board_paper",
  "Recommendation (c) of Item 5, 'Ground Safety Programme 2231/32: performance at quarter 3, risks and budget' (meeting of 22 March 2232), on the front sheet under 'Recommendations – That the Joint Committee:': \"(c) approves a virement of £18,500 in 2231/32 from stewarding training grants to structural engineering advice (Table 2);\". It is explained in paragraph 14 (Budget 2231/32): a virement of more than £10,000 needs the Joint Committee's approval.",
  ["virement of £18,500", "stewarding training grants"], [],
  [[PAPER, line(PAPER, "(c) approves a virement")], [PAPER, sentence(PAPER, "A virement of £18,500 between the two lines")]],
  "Quote with a locator.");
q("DOIs at the 15 dec meeting?", "board_paper",
  "Two: Cllr Crispin Stidston declared a non-registrable interest in item 4 (Tanyard Lane East Stand) as a vice-president of Tewsley Town FC and left the room for that item; Cllr Ezekiel Maunder declared a non-registrable interest in item 6 (Brantwick Road Stadium fan zone) as a trustee of the Brantwick Athletic Community Trust, and took part in the discussion.",
  ["Stidston", "Maunder"], [],
  [[MIN, has(MIN, "Cllr Crispin Stidston declared")], [MIN, has(MIN, "Cllr Ezekiel Maunder declared")]],
  "");
q("what did they agree in dec on the model conditions consultation", "board_paper",
  "On 15 December 2231 the Joint Committee (a) agreed the draft model conditions for general safety certificates for public consultation from 8 March 2232 to 19 April 2232; (b) agreed the proposed fees for 2232/33 for consultation; (c) delegated the final wording of the consultation documents to the Head of Safety Certification, in consultation with the lead member for consultation and communications, Cllr Soraya Isbister.",
  ["8 March", "19 April", "Isbister"], [],
  [[MIN, line(MIN, "(a) agrees the draft model conditions")], [MIN, line(MIN, "(b) agrees the proposed fees")], [MIN, line(MIN, "(c) delegates the final wording")]],
  "Textile block quote (bq.) with typed (a)–(c) lines.");
q("is item 5 a key decision? anything exempt in it?", "board_paper",
  "No and no: the front sheet gives 'Is this a key decision? No' and 'Does the report contain exempt information? No'. The report is for decision and affects all six councils. (Only a background paper – the engineer's report on the Tanyard Lane East Stand – is exempt, under paragraph 3.)",
  ["No", "For decision"], [],
  [[PAPER, line(PAPER, "Is this a key decision? | ")], [PAPER, line(PAPER, "Does the report contain exempt information? | ")], [PAPER, line(PAPER, "Purpose of report | ")]],
  "");
q("brief me on the tanyard lane east stand situation pls", "board_paper",
  "Dr Alaric Quance (Quance Gedge Associates) inspected Tewsley Town FC's East Stand at Tanyard Lane on 22 November 2231 – 22 days late – and found corrosion with loss of section in roof columns C4 and C7; rows T to Z were closed by a prohibition notice on 23 November. On 15 December 2231 the Joint Committee let the Chair, after consulting the Vice-Chair, cut capacity if the club's interim survey (due 31 January) did not satisfy officers. The survey, received 30 January, confirmed the findings, and on 6 February 2232 the Chair's urgent decision UD-2232-01 cut the East Stand from 1,850 to 1,200 and the ground from 6,450 to 5,800, from 11 February. The club puts the strengthening works at £312,000 (its own cost), to finish by 31 July 2232; officers report to the meeting on 21 June 2232. The risk (SR-02) is now 20, High. The club's survey is item 8 of 22 March, in private.",
  ["1,200", "£312,000", "31 July"], [],
  [[PAPER, line(PAPER, "7. Dr Alaric Quance")], [PAPER, line(PAPER, "8. On 15 December 2231")], [PAPER, line(PAPER, "9. The club estimates")]],
  "Briefing across the report's section 3; the news post and the tracker say the same in parts.");
q("what's being taken in private on 22 march and why", "board_paper",
  "Item 8, 'Tanyard Lane East Stand: the club's interim survey', because it is likely to disclose information about the financial or business affairs of a particular person other than the authority – paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. Representations about hearing it in public go to Tamsin Jupe by 5pm on Wednesday 14 March 2232.",
  ["item 8", "paragraph 3"], [],
  [[NOT, line(NOT, "8. Tanyard Lane East Stand")], [NOT, line(NOT, "The Joint Committee intends to consider item 8 in private")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("when does the model conditions consultation close?", "fact",
  "5pm on Thursday 19 April 2232 (it opened on Thursday 8 March 2232).",
  ["19 April"], [],
  [[NOT, line(NOT, "The consultation runs from")], [NEWS, line(NEWS, "APR | 19 | ")]],
  "The SharePoint events card gives only 'APR' and '19'; the year is in its aria-label.");
q("when's the tanyard lane site visit", "fact",
  "Tuesday 13 March 2232 at 2pm (2:00–3:30pm) at Tanyard Lane, Tewsley. The events list on the February news post still shows Monday 12 March, but Ines Cleverdon's comment says it has moved to Tuesday 13 March, same time, because the club could not host on the Monday.",
  ["13 March"], [],
  [[NEWS, line(NEWS, "Ines Cleverdon | 2/17/2232")], [NEWS, line(NEWS, "MAR | 12 | Site visit")]],
  "The correction is only in a page comment; the events web part shows the old day.");
q("brantwick 10k - when are the roads shut?", "fact",
  "Sunday 1 April 2232, from 7.00am to 1.00pm: Brantwick Road (Station Approach to Harrier Way), Harrier Way, Kilnfield Avenue, Quayside (Mill Bridge to Ropewalk) and Ropewalk, under Brantwick City Council's temporary order.",
  ["1 April"], [],
  [[NOT, line(NOT, "NOTICE IS HEREBY GIVEN that Brantwick City Council")]],
  "Another body's notice on the same newspaper page.");
q("when's the SAG on the brantwick fan zone", "fact",
  "Thursday 29 March 2232, 9:30 to 11:00am, as a Microsoft Teams meeting (the Brantwick Road Stadium fan zone safety advisory group). The Joint Committee asked the Brantwick SAG to review the club's crowd management plan for the fan zone by 30 April 2232.",
  ["29 March"], [],
  [[NEWS, line(NEWS, "MAR | 29 | ")], [MIN, line(MIN, "(a) asks the Brantwick safety advisory group")]],
  "");
q("when does the structural engineering framework run out", "fact",
  "31 May 2232. Sallowmere County Council's procurement team expects to award a new contract by 30 April 2232 (risk SR-04).",
  ["31 May"], [],
  [[PAPER, line(PAPER, "12. The framework contract")], [TRK, line(TRK, "Structural engineering framework")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("dec minutes say whatmough is lead for structural safety - still right?", "cross_document",
  "No. The December minutes name Cllr Tobin Whatmough as lead member for structural safety, but he stood down from the Joint Committee on 31 January 2232; Cradbury Borough Council appointed Cllr Juliet Penrice from 9 February 2232 and the Chair asked her to take on the lead member role for structural safety.",
  ["Penrice"], [],
  [[MIN, line(MIN, "(c) asks officers to update the lead member for structural safety")], [NEWS, sentence(NEWS, "Cradbury Borough Council has appointed Cllr Juliet Penrice")], [NEWS, line(NEWS, "Structural safety – ")]],
  "Redmine minutes (December) against the SharePoint news post (February).");
q("did the chair end up using the power they gave her in dec on tanyard lane?", "cross_document",
  "Yes. On 15 December 2231 the Joint Committee authorised the Chair, after consulting the Vice-Chair, to reduce the East Stand's capacity if the club's interim survey did not satisfy officers. The survey (received 30 January) confirmed the corrosion, and on 6 February 2232 Cllr Wapshott, after consulting Cllr Maunder, took urgent decision UD-2232-01: the East Stand cut from 1,850 to 1,200 and the ground to 5,800, from 11 February. It is reported to the meeting of 22 March 2232 as item 4.",
  ["6 February", "1,200"], [],
  [[MIN, line(MIN, "(b) authorises the Chair")], [NEWS, sentence(NEWS, "On 6 February the Chair")], [PAPER, line(PAPER, "8. On 15 December 2231")], [NOT, line(NOT, "4. Chair's urgent decision")]],
  "Minutes' delegation (Textile) against the news post, the report and the newspaper's agenda.");

// ------------------------------------------------------------------ unanswerable (5)
q("whats the q4 figure for GS-04?", "unanswerable",
  "Not in the papers: the report gives quarters 1 to 3 of 2231/32 only (GS-04 was 71% and Red at quarter 3).",
  [], [], [], "Near miss: Q1–Q3 columns only.");
q("how many responses has the model conditions consultation had?", "unanswerable",
  "Not in the papers: the consultation runs from 8 March to 19 April 2232 and no paper reports responses.",
  [], [], [], "Near miss: dates and fees are given, responses are not.");
q("cllr penrice's phone number?", "unanswerable",
  "Not given: the papers name Cllr Juliet Penrice (Cradbury Borough Council) but give no telephone number for her or any member.",
  [], [], [], "Near miss: officers' numbers are in the report and the notices.");
q("who was at the september 2231 meeting?", "unanswerable",
  "Not in the papers: the December minutes only record that the minutes of 15 September 2231 were agreed; its attendance is not held.",
  [], [], [], "Near miss: the meeting is mentioned.");
q("did the 22 march meeting approve the £18,500 virement?", "unanswerable",
  "Not in the papers: the virement is recommendation (c) of the report to the meeting of 22 March 2232, but no minutes or decision of that meeting are held.",
  [], [], [], "Near miss: the recommendation exists, its outcome does not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
