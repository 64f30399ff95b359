// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines (or a sentence of one), found by what
// they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PACK = DOCS.pack, CERT = DOCS.certs, ATT = DOCS.attendance, CKAN = DOCS.ckan, NDR = DOCS.ndr;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// row(doc, ...parts): the one rendering line containing every part
const row = (doc, ...parts) => {
  const ls = lines(doc).filter((x) => parts.every((p) => x.includes(p)));
  if (ls.length !== 1) throw new Error(`${ls.length} lines with ${parts.join(" + ")} in ${doc}`);
  return ls[0];
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
const NOV = "2268-11-12 00:00:00.000";

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bp${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which IFA measures were red at q2?", "status_lookup",
  "Two measures are rated R (off track) at quarter 2 2268/69 (to 30 September 2268): IFA-02, identity and physical checks carried out at the frequency set for the commodity (91.2% against a target of 95%; lead member Cllr Pouncey), and IFA-09, the cost of checks recovered through fees (84% against 92%; Cllr Twentyman). The portal's grid shows IFA-01 to IFA-10; the minutes of 12 November also count two measures off track.",
  ["IFA-02", "IFA-09"], [],
  [[CKAN, line(CKAN, "IFA-02 | ")], [CKAN, line(CKAN, "IFA-09 | ")], [CKAN, line(CKAN, "q2_rag | ")]],
  "CKAN page saved by SingleFile: the grid is only in the iframe's srcdoc attribute; the rating letters are explained only by the data dictionary row for q2_rag.");
q("what got worse q1 to q2 on the imported food measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: IFA-01, documentary checks within 24 hours (G to A, 98.6% to 96.9%); IFA-02, identity and physical checks at the set frequency (G to R, 95.8% to 91.2%); and IFA-09, cost of checks recovered through fees (A to R, 88% to 84%). Three are better: IFA-03, IFA-05 and IFA-07 (now complete).",
  ["IFA-01", "IFA-02", "IFA-09"], [],
  [[CKAN, line(CKAN, "IFA-01 | ")], [CKAN, line(CKAN, "IFA-02 | ")], [CKAN, line(CKAN, "IFA-09 | ")], [PACK, sentence(PACK, "Compared with quarter 1")]],
  "Compares the q1_rag and q2_rag letter columns (R worse than A worse than G; C complete); minute 3.1 of the draft minutes says the same in words.");
q("did the scarrowfleet groundnuts pass?", "status_lookup",
  "No. Certificate AR/68/2291 (16 November 2268) for sample SPH/68/0417, shelled groundnuts to be sorted before human consumption, taken at Scarrowfleet Eastquay on 3 November 2268: aflatoxin B1 14.6 µg/kg against a maximum level of 8.0, and total aflatoxins 21.8 µg/kg against 15.0. The Public Analyst's opinion is that the sample does not comply, even allowing for uncertainty, and that the consignment should not be placed on the market.",
  ["14.6"], [],
  [[CERT, line(CERT, "Aflatoxin B1 * | 14.6")], [CERT, line(CERT, "Aflatoxins, total (B1, B2, G1, G2) * | 21.8")], [CERT, line(CERT, "The sample does not comply")]],
  "PDF certificate: whether a sample complies is said only in the Opinion paragraph; results and limits are in the results table.");
q("did the gannetmouth pistachios fail? heard there was a problem with the certificate", "status_lookup",
  "No, they comply. The first certificate, AR/68/2297 of 19 November 2268, gave total aflatoxins as 12.4 µg/kg, but it was withdrawn: the amended certificate AR/68/2297A of 26 November 2268 says the result was transcribed wrongly and is 1.24 µg/kg (aflatoxin B1 0.86 µg/kg), below the maximum levels of 10.0 and 8.0, and in the Deputy Public Analyst's opinion the sample complies.",
  ["1.24", "2297A"], [],
  [[CERT, line(CERT, "This certificate replaces certificate AR/68/2297")], [CERT, line(CERT, "Aflatoxins, total (B1, B2, G1, G2) * | 1.24")], [CERT, line(CERT, "The results are below the maximum levels for aflatoxin B1 and for total aflatoxins in pistachios")]],
  "The withdrawn failing result (12.4) exists only in the amended certificate's boxed notice.");
q("wich actions from the sept meeting are still open?", "status_lookup",
  "Two of the actions from 17 September 2268 (PHF-23 to PHF-29) were still open at the meeting of 12 November 2268: PHF-26, the Chair's letter of 28 September 2268 to the Food Standards Agency asking for the new burdens grant to be confirmed for three years, to which no reply had been received (the Head of Democratic Services is to chase it, PHF-36); and PHF-28, the data sharing agreement with the operator of Saltcote Airport, now due by 31 December 2268. The other five are complete.",
  ["PHF-26", "PHF-28"], [],
  [[PACK, line(PACK, "2.2 ")]],
  "A sentence of minute 2.2 in the draft minutes carried in the agenda pack.");
q("have the 12 nov minutes been approved yet", "status_lookup",
  "No. They are in the agenda pack for Thursday 21 January 2269 as a draft, for approval at that meeting (item 2).",
  ["draft"], [],
  [[PACK, line(PACK, "DRAFT – for approval")], [PACK, line(PACK, "2 | Minutes of the meeting held on 12 November 2268")]],
  "");
q("IFA-07 has a C at q2 - what does C mean, is it done?", "status_lookup",
  "Yes: C means complete. IFA-07, port health officers trained in the import notification system, reached 100% at quarter 2 against a target of 100% by 30 September (it was 64%, rated A, at quarter 1). Lead member: Cllr Pouncey.",
  ["complete", "100%"], [],
  [[CKAN, line(CKAN, "IFA-07 | ")], [CKAN, line(CKAN, "q2_rag | ")]],
  "The letter's meaning is only in the data dictionary.");

// ------------------------------------------------------------------ table_lookup (7)
q("IFA-02 q2 figure?", "table_lookup",
  "91.2% at quarter 2 2268/69, against a target of 95%: rated R, off track (quarter 1: 95.8%, G). It was reported to the Task Group on 12 November as 91.0% and corrected on the open data portal on 10 December 2268 after Scarrowfleet recounted the checks at its Eastquay post; the rating is unchanged.",
  ["91.2"], [],
  [[CKAN, line(CKAN, "IFA-02 | ")], [CKAN, line(CKAN, "Correction, 10 December 2268")]],
  "Trap: the draft minutes (3.2) give the figure as reported, 91.0%.");
q("how much is scarrowfleet getting from the new burdens grant", "table_lookup",
  "£636,000, its indicative allocation of the Port Health New Burdens Grant 2269/70 (26.5% of £2,400,000): 2,400,000 × (0.55 × 19,200/64,000 + 0.35 × 3/12 + 0.10 × 1/8) = 2,400,000 × 0.265. The allocations are for decision at the meeting on 21 January 2269 and final figures are due by 26 February 2269.",
  ["636,000"], [],
  [[PACK, line(PACK, "Scarrowfleet Port Health Authority | £636,000")], [PACK, line(PACK, "A_Scarrowfleet = ")]],
  "Table 2 of the grant paper; the worked example is a Word equation (OMML).");
q("ochratoxin result on the quayhurst chilli powder?", "table_lookup",
  "8.2 µg/kg of ochratoxin A (expanded uncertainty 2.0), against a maximum level of 20.0 µg/kg, on certificate AR/68/2295 of 18 November 2268 (sample QHP/68/1182). No Sudan dyes were detected and the sample complies.",
  ["8.2"], [],
  [[CERT, line(CERT, "Ochratoxin A | 8.2")]],
  "The only row of the results tables without the accreditation asterisk.");
q("PHF-31 who's got it and when's it due", "table_lookup",
  "Barnabas Rochfort, Senior Adviser, Port Health, due 11/12/2268 (11 December 2268): to ask Scarrowfleet Port Health Authority for a recovery plan for identity and physical checks (IFA-02), from minute 3 of 12 November 2268.",
  ["Rochfort", "11"], [],
  [[PACK, line(PACK, "PHF-31 | ")]],
  "Actions table of the draft minutes.");
q("how much is left in the contingency after the chair's urgent decision", "table_lookup",
  "£21,500. The programme contingency for 2268/69 is £40,000, and the Chair's urgent decision UD-2268-03 of 3 December 2268 committed £18,500 of it to additional sampling at Scarrowfleet.",
  ["21,500"], [],
  [[NDR, line(NDR, "Financial implications | ")], [NDR, line(NDR, "Decision | ")]],
  "Only in the original message attached (message/rfc822) to an Exchange non-delivery report.");
q("how many high-risk consignments did quayhurst have and how many BCPs", "table_lookup",
  "Quayhurst Haven Port Health Authority had 14,400 consignments of high-risk food not of animal origin in 2267/68 and runs 2 border control posts (Table 1 of the grant paper), which gives it an indicative allocation of £467,000 for 2269/70.",
  ["14,400", "2"], [],
  [[PACK, line(PACK, "Quayhurst Haven Port Health Authority | 14,400")]],
  "");
q("how many samples have we taken so far this year vs the target", "table_lookup",
  "212 samples under the targeted sampling plan by the end of quarter 2 (30 September 2268), cumulative, against a target of 480 for 2268/69 (96 at quarter 1); rated G, on track. Lead member: Cllr Fothergale.",
  ["212", "480"], [],
  [[CKAN, line(CKAN, "IFA-04 | ")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the port health tg?", "people_roles",
  "Cllr Marguerite Scudamore (Conservative, Holmwich County Council) chairs the Port Health and Imported Food Task Group in 2268/69.",
  ["Scudamore"], [],
  [[ATT, row(ATT, NOV, "Scudamore")], [PACK, line(PACK, "Present: ")], [NDR, line(NDR, "Decided by | ")]],
  "SSMS CSV: TGRole 'Chair', party only as the code CON.");
q("who's the lead member for sampling and labs?", "people_roles",
  "Cllr Nkechi Fothergale (Labour, Quayhurst District Council): her portfolio is sampling and laboratories, and she leads on measures IFA-04, IFA-05 and IFA-08.",
  ["Fothergale"], [],
  [[ATT, row(ATT, NOV, "Fothergale")], [CKAN, line(CKAN, "IFA-05 | ")]],
  "Portfolio is a column that is NULL for everyone but the lead members.");
q("who replaced cllr aglionby on the tg?", "people_roles",
  "Cllr Osric Zealley (Conservative, Quayhurst District Council), appointed from 1 October 2268. Cllr Fenella Aglionby stood down on 30 September 2268 when she ceased to be a councillor; the Chair welcomed Cllr Zealley to his first meeting on 12 November 2268.",
  ["Zealley"], [],
  [[ATT, row(ATT, "2268-09-17", "Aglionby")], [ATT, row(ATT, NOV, "Zealley")], [PACK, line(PACK, "1.1 ")]],
  "In the query results the change is only in AppointedTo / AppointedFrom and the Notes column.");
q("who subbed for lefroy on 12 nov", "people_roles",
  "Cllr Declan Dunnage (Labour, Ennerdeep Metropolitan Borough Council), one of the named substitutes, stood in for Cllr Hyacinth Lefroy, who sent apologies.",
  ["Dunnage"], [],
  [[ATT, row(ATT, NOV, "Dunnage")], [ATT, row(ATT, NOV, "Lefroy")], [PACK, line(PACK, "Substitute: ")]],
  "In the CSV whom a substitute stood in for is only an id (SubstituteForMemberID 2051) to be matched to another row's MemberID.");
q("who was on teams for the nov meeting and could they vote", "people_roles",
  "Cllr Greta Whinnerah (Green Party, Ravenshythe City Council) attended the meeting of 12 November 2268 remotely on Microsoft Teams. She took part in the discussion but could not vote and did not count towards the quorum, because members must be in the room to vote.",
  ["Whinnerah"], [],
  [[ATT, row(ATT, NOV, "Whinnerah")], [PACK, line(PACK, "1.2 ")]],
  "CSV: 'Present (remote)' with CountsForQuorum 0.");
q("who signed the certificates of analysis for round 2", "people_roles",
  "Dr Henrietta Mallory-Quist, Public Analyst at Arbuthnot Scientific Services, signed AR/68/2291 (Scarrowfleet groundnuts) and AR/68/2295 (Quayhurst chilli powder); Dr Tobias Vinnicombe, Deputy Public Analyst, signed the amended certificate AR/68/2297A (Gannetmouth pistachios).",
  ["Mallory-Quist", "Vinnicombe"], [],
  [[CERT, line(CERT, "Signed: Dr Henrietta Mallory-Quist")], [CERT, line(CERT, "Signed: Dr Tobias Vinnicombe")]],
  "");
q("who are the named subs on the phiftg", "people_roles",
  "Three named substitutes: Cllr Tabitha Ruane (Conservative, Holmwich County Council), Cllr Declan Dunnage (Labour, Ennerdeep Metropolitan Borough Council) and Cllr Ottoline Jellicoe (Liberal Democrat, Eddersea Borough Council).",
  ["Ruane", "Dunnage", "Jellicoe"], [],
  [[ATT, row(ATT, NOV, "Ruane")], [ATT, row(ATT, NOV, "Dunnage")], [ATT, row(ATT, NOV, "Jellicoe")]],
  "Substitutes who were not called have NULL attendance.");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the new burdens grant paper?", "board_paper",
  "That the Task Group: (a) agrees the allocation formula in paragraph 5; (b) agrees the indicative allocations in Table 2, which total £2,400,000; (c) delegates to the Programme Manager, Imported Food, after consulting the Chair, the final allocations once the 2268/69 figures for high-risk consignments are confirmed, by 26 February 2269.",
  ["Table 2", "26 February 2269"], [],
  [[PACK, line(PACK, "(a) agrees the allocation formula")], [PACK, line(PACK, "(b) agrees the indicative allocations")], [PACK, line(PACK, "(c) delegates to the Programme Manager")]],
  "Item 4 of the agenda pack.");
q("contact officer for the grant allocation paper?", "board_paper",
  "Isadora Wakerley, Programme Manager, Imported Food – 020 7946 0741, isadora.wakerley@local.gov.uk.",
  ["Isadora Wakerley"], [],
  [[PACK, line(PACK, "Contact officer: ")], [PACK, line(PACK, "Position: ")], [PACK, line(PACK, "Phone: ")]],
  "");
q("DOIs at the 12 nov meeting?", "board_paper",
  "Two: Cllr Ansel Pouncey declared an interest in item 5 (the new burdens grant) as Scarrowfleet Borough Council's Cabinet Member for Regulatory Services, as Scarrowfleet Port Health Authority would receive a share of the grant, and did not vote on it; Cllr Nkechi Fothergale declared a non-pecuniary interest in item 4 (targeted sampling) as an unpaid trustee of Quayhurst Food Bank, which receives food released from detention at Quayhurst Haven.",
  ["Pouncey", "Fothergale"], [],
  [[PACK, line(PACK, "1.3 ")], [PACK, line(PACK, "1.4 ")]],
  "");
q("what did the chair decide under urgency in december", "board_paper",
  "Urgent decision UD-2268-03, taken by the Chair, Cllr Marguerite Scudamore, on Thursday 3 December 2268 after consulting the Vice-Chair, Cllr Emrys Twentyman, on 2 December: to fund 60 additional samples of groundnuts and groundnut products at the Scarrowfleet border control posts from 7 December 2268 to 29 January 2269, at a cost of £18,500 from the programme contingency. It is to be reported to the next meeting (item 3 on 21 January 2269).",
  ["60", "18,500"], [],
  [[NDR, line(NDR, "Decision | ")], [NDR, line(NDR, "Reference | ")], [NDR, line(NDR, "The Chair, Cllr Marguerite Scudamore, took")]],
  "The record of decision is only in the original message attached to the bounce; the agenda lists item 3 by its reference.");
q("why was UD-2268-03 urgent, why not wait for jan", "board_paper",
  "Round 2 of targeted sampling found aflatoxin B1 at 14.6 µg/kg in shelled groundnuts at Scarrowfleet Eastquay (certificate AR/68/2291), against a maximum level of 8.0 µg/kg, and further consignments from the same exporter were due from 7 December 2268, before the next meeting. Waiting until January was rejected because those consignments would have been released by then, and Scarrowfleet could not pay because its sampling budget for 2268/69 is spent.",
  ["7 December"], [],
  [[NDR, line(NDR, "Reason for urgency | ")], [NDR, line(NDR, "Alternatives considered | ")]],
  "");
q("what did they resolve on q2 performance in nov?", "board_paper",
  "That the Task Group (a) notes the performance at quarter 2 and (b) asks Scarrowfleet Port Health Authority for a recovery plan for identity and physical checks by 11 December 2268 (action PHF-31, Barnabas Rochfort). Members were most concerned about IFA-02: checks at the set frequency in only 91.0% of cases against 95%, because 4 of the 11 port health officer posts at Scarrowfleet were vacant.",
  ["Scarrowfleet", "11 December 2268"], [],
  [[PACK, line(PACK, "(b) asks Scarrowfleet Port Health Authority")], [PACK, line(PACK, "3.2 ")]],
  "");
q("whats the formula for allocating the port health grant", "board_paper",
  "A_i = G × (0.55 × C_i/C + 0.35 × B_i/B + 0.10 × 1/N): authority i's allocation is the grant G (£2,400,000) times 0.55 (55%) of its share of high-risk consignments in 2267/68, plus 0.35 (35%) of its share of border control posts, plus 0.10 (10%) shared equally. For 2269/70 C = 64,000, B = 12 and N = 8, so each authority gets £30,000 as an equal share and each border control post brings £70,000.",
  ["0.55", "0.35", "0.10"], [],
  [[PACK, line(PACK, "A_i = G × ")], [PACK, line(PACK, "C = 64,000")], [PACK, line(PACK, "8. In effect every authority")]],
  "The formula and totals are Word equations (OMML): the weights exist only in <m:t> elements; a reader that skips math sees 'worked out as follows:' and nothing after it.");

// ------------------------------------------------------------------ fact (5)
q("when was the q2 IFA data last updated on the open data portal", "fact",
  "December 10, 2268 (10 December 2268), when IFA-02 was corrected from 91.0% to 91.2%. The resource was created on October 15, 2268.",
  ["10", "December"], [],
  [[CKAN, line(CKAN, "Data last updated | ")], [CKAN, line(CKAN, "Correction, 10 December 2268")]],
  "CKAN's Additional Information table writes dates month first.");
q("when was the scarrowfleet groundnut sample taken and whats the CHED ref", "fact",
  "Tuesday 3 November 2268, at Scarrowfleet Eastquay border control post, by Tamsin Gulliford, Port Health Officer; CHED reference CHEDD.GB.2268.0418832 (sample SPH/68/0417, certificate AR/68/2291).",
  ["3 November", "CHEDD.GB.2268.0418832"], [],
  [[CERT, line(CERT, "Point of entry | Scarrowfleet Eastquay")], [CERT, line(CERT, "Authorised officer | Tamsin Gulliford")]],
  "Label / value pairs set two to a row in the certificate's grid.");
q("how many samples in round 1 of targeted sampling and how many failed", "fact",
  "96 samples in round 1 (June to September 2268), of which 7 were unsatisfactory: four for aflatoxins in groundnuts and groundnut products, two for Sudan dyes in palm oil and one for ochratoxin A in dried figs. Certificates took 26 days on average against the programme's 21.",
  ["96", "7"], [],
  [[PACK, line(PACK, "4.1 ")]],
  "");
q("papers deadline for the january meeting?", "fact",
  "12 noon on Monday 11 January 2269, for the meeting on Thursday 21 January 2269; the agenda is published on Wednesday 13 January 2269.",
  ["11 January"], [],
  [[NDR, line(NDR, "The meeting planned for Thursday 14 January 2269")]],
  "");
q("when does the extra sampling at scarrowfleet run", "fact",
  "From 7 December 2268 to 29 January 2269: 60 additional samples of groundnuts and groundnut products at the Scarrowfleet border control posts, £18,500 (urgent decision UD-2268-03).",
  ["7 December", "29 January"], [],
  [[NDR, line(NDR, "Decision | ")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("is the jan tg meeting still on the 14th?", "cross_document",
  "No. The draft minutes of 12 November give Thursday 14 January 2269, but the clerk's e-mail of 4 December 2268 moved the meeting to Thursday 21 January 2269 at 10.30am in Room 2.4, 18 Smith Square, and on Microsoft Teams, because the Public Protection and Regulation Board now meets on 14 January; the agenda pack is for 21 January.",
  ["21 January"], [],
  [[PACK, line(PACK, "8.1 ")], [NDR, line(NDR, "The meeting planned for Thursday 14 January 2269")], [PACK, line(PACK, "Thursday 21 January 2269")]],
  "Minutes against the e-mail inside the bounce and the agenda pack's cover.");
q("was the chair allowed to spend £18,500 on extra sampling on her own between meetings?", "cross_document",
  "Yes. On 12 November 2268 (minute 4(b)) the Task Group agreed that if round 2 found aflatoxins above the maximum level at a border control post, the Chair could agree additional sampling at that post as an urgent decision, after consulting the Vice-Chair, up to £25,000 from the programme contingency, reporting it to the next meeting. Round 2 found aflatoxin B1 at 14.6 µg/kg against 8.0 in Scarrowfleet's groundnuts (certificate AR/68/2291); the Chair consulted Cllr Twentyman on 2 December and took decision UD-2268-03 for £18,500, within the limit, on 3 December 2268.",
  ["25,000"], [],
  [[PACK, line(PACK, "(b) agrees that, if round 2 finds aflatoxins")], [NDR, line(NDR, "The Chair, Cllr Marguerite Scudamore, took")], [CERT, line(CERT, "Aflatoxin B1 * | 14.6")]],
  "The authority (minutes), the decision (e-mail inside the bounce) and the trigger (certificate).");

// ------------------------------------------------------------------ unanswerable (5)
q("what's IFA-12's q2 rating?", "unanswerable",
  "Not in the papers: the open data portal's Data Explorer says there are 12 records but shows only IFA-01 to IFA-10, and the minutes of 12 November give only the counts of ratings.",
  [], [], [],
  "Near miss: the row exists in the data set but is on the grid's second page, which was never drawn.");
q("did the extra scarrowfleet samples find any more aflatoxin?", "unanswerable",
  "Not in the papers: the additional sampling (UD-2268-03) runs from 7 December 2268 to 29 January 2269, and no results of it are reported; the round 2 results are a report to follow at the January meeting.",
  [], [], [],
  "Near miss: the decision and the round 2 certificate are held, the later results are not.");
q("how much will each port health authority get in 2270/71?", "unanswerable",
  "Not in the papers: the Port Health New Burdens Grant is confirmed for 2269/70 only (£2,400,000); the Chair's request for a three-year settlement (PHF-26) had had no reply.",
  [], [], [],
  "Near miss: 2269/70 allocations only.");
q("whats cllr aglionby's new email address?", "unanswerable",
  "Not in the papers: her Quayhurst address (fenella.aglionby@quayhurst.gov.uk) bounced as unknown on 4 December 2268 – she stood down on 30 September 2268 – and no other address is given.",
  [], [], [],
  "Near miss: the bounced address is there, a new one is not.");
q("what did the 21 january meeting decide?", "unanswerable",
  "Not in the papers: the meeting of 21 January 2269 had not yet taken place; the papers hold its agenda, the draft minutes to be approved and the grant paper for decision.",
  [], [], [],
  "Near miss: the meeting's agenda is held, its minutes are not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
