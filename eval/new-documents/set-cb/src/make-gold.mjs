// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as the other sets' gold.jsonl: id, question, category, answer, must_include, must_not_include,
// evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable", no evidence and no
// must strings. Quotes are whole rendering lines, runs of a line's cells, a sentence of a line, or (for
// the Notes export's field-per-line documents) a run of whole lines, taken from the renderings by what
// they start with or contain, so a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const ADO = DOCS.devops, NOTES = DOCS.notes, MAIL = DOCS.notify, OKR = DOCS.perdoo, TR = DOCS.transcript;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// block(doc, start, n): n whole lines from the first line starting with that text
const block = (doc, start, n) => {
  const ls = lines(doc);
  const i = ls.findIndex((x) => x.startsWith(start));
  if (i < 0) throw new Error(`no line ${start} in ${doc}`);
  return ls.slice(i, i + n).join("\n");
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell starting with `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.findIndex((x) => x.startsWith(from));
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
const feature = (ref) => cells(ADO, `| ${ref} `, ref, 8); // title, state, assigned to, RAG, lead member, target, budget, tags
const risk = (ref) => cells(ADO, `| ${ref} `, ref, 6); // title, state, assigned to, likelihood, impact, score
const kr = (ref) => line(OKR, `Key Result ${ref} `);
const action = (ref) => block(NOTES, `ActionRef:  ${ref}`, 7); // ref, meeting, minute, text, owner, due, status

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `cb${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which cleaner streets projects are red?", "status_lookup",
  "Two of the ten projects are rated Red in the Azure DevOps export of 8 March 2622: LSP-02, the graffiti rapid-response framework contract (only one compliant tender in November, 38% over budget; re-tendered in four regional lots, target date moved from 31/12/2621 to 31/05/2622; owner Anselm Bastable, lead member Cllr Dorcas Etherege), and LSP-08, volunteer safety and sharps training (target date 31/01/2622 missed after the provider went into administration; 140 volunteers trained against 600; owner Marisol Lavelle, lead member Cllr Chidera Threadgold). The 19 March papers say the same.",
  ["LSP-02", "LSP-08"], [],
  [[ADO, feature("LSP-02")], [ADO, feature("LSP-08")], [MAIL, line(MAIL, "Two projects are rated red")]],
  "Azure DevOps tree-query CSV: the project names are in the 'Title 2' column (Features), the rating in the custom 'RAG Status' column; the Notify e-mail's item 4 summary confirms.");
q("what KRs are off track right now", "status_lookup",
  "Two of the ten key results are Off track on the Perdoo goals page (saved 6 March 2622): KR1.4, all graffiti removed within 5 working days (64% against 80%, updated Feb 27; no framework contract until the re-tender is awarded), and KR3.2, volunteers trained in sharps and traffic safety (140 against 600, updated Feb 20; no training since the provider went into administration in December).",
  ["KR1.4", "KR3.2"], [],
  [[OKR, kr("KR1.4")], [OKR, kr("KR3.2")], [MAIL, line(MAIL, "At the end of quarter 3")]],
  "Perdoo page saved from the browser: the status is a chip's text, its colour (red) only in the class name; KR1.3 was Off track at Q2 but is Needs attention now.");
q("any risks in the red band on the litter programme register?", "status_lookup",
  "Yes, two risks score 15 or more (the red band, 15 to 25): LSR-01, too few graffiti removal contractors to let the framework (likelihood 4 x impact 4 = 16, owner Anselm Bastable), and LSR-02, a volunteer injured by sharps or traffic during a litter pick (3 x 5 = 15, owner Marisol Lavelle).",
  ["LSR-01", "LSR-02"], [],
  [[ADO, risk("LSR-01")], [ADO, risk("LSR-02")], [ADO, sentence(ADO, "Risk Score = Likelihood x Impact")], [MAIL, sentence(MAIL, "Two risks score 15 or more")]],
  "Risks are 'Risk' work items at different depths of the tree (Title 2 or Title 3); the bands are only in the programme epic's description.");
q("LSP-06 is showing blue - what does that mean, is it done?", "status_lookup",
  "Yes. In the programme's key Blue means complete: LSP-06, the litter enforcement policy standard for councils, is Closed; all 12 councils published a policy meeting the standard by 31 January 2622 and it was closed on 3 February 2622. The matching key result, KR2.2, is Closed at 12 of 12.",
  ["complete"], [],
  [[ADO, feature("LSP-06")], [ADO, sentence(ADO, "All 12 councils published")], [ADO, sentence(ADO, "RAG Status (Features only)")], [OKR, kr("KR2.2")]],
  "The meaning of 'Blue' is only in the programme epic's description. The row's Lead Member still shows Cllr Cherrington, who left in December.");
q("which actions from the 20 nov meeting are overdue?", "status_lookup",
  "Two, as at the Notes export of 4 March 2622: LSA-29, find an alternative provider for volunteer safety and sharps training (Marisol Lavelle, due 31/01/2622, still Open; quotes from two providers due 15/03/2622), and LSA-30, chase the Department for Environment and Resources for a reply on packaging EPR payments (Folasade Coaker, due 31/01/2622, still Open; chased twice, no reply). LSA-27 is also open but not due until 30/04/2622; LSA-24, LSA-25, LSA-26 and LSA-28 are complete.",
  ["LSA-29", "LSA-30"], [],
  [[NOTES, action("LSA-29")], [NOTES, action("LSA-30")]],
  "Each action is a Notes response document of 'Item:  value' lines; 'overdue' needs the DueDate compared with the export date (file name, 4 March 2622) and ActionStatus Open.");
q("have the nov minutes been signed off?", "status_lookup",
  "No. The minutes of 20 November 2621 are still a draft: their status in the Notes database is 'Draft - for approval at the meeting on 19/03/2622', and they are item 3 on the agenda of Tuesday 19 March 2622 (for approval). A correction to minute 7.2 (62%, not 26%) is to be made when they are approved.",
  ["draft"], [],
  [[NOTES, line(NOTES, "MinuteStatus:")], [MAIL, line(MAIL, "Item 3:")], [NOTES, sentence(NOTES, "The Chair agreed the correction")]],
  "");
q("how is KR1.3 doing now compared with q2", "status_lookup",
  "Better, but not yet on target. KR1.3, offensive graffiti removed within 24 hours of a report, was 83% at the check-in of Feb 28 (2622), Needs attention, against a target of 95%; at quarter 2 (Sep 30) it was 71% and Off track, and on Dec 31 79%. A recovery plan has been in place since 29 January, with weekend cover in 9 of 12 councils.",
  ["83%", "71%"], [],
  [[OKR, kr("KR1.3")], [OKR, line(OKR, "Sep 30 · 71%")], [OKR, line(OKR, "Recovery plan in place since Jan 29; weekend cover in 9 of 12 councils. February")], [NOTES, line(NOTES, "3.2 ")]],
  "Q2 is only in the open drawer's check-in history (dates without a year) and in minute 3.2 of 20 November.");

// ------------------------------------------------------------------ table_lookup (7)
q("who owns LSR-04 and whats the score", "table_lookup",
  "LSR-04, packaging extended producer responsibility payments to councils are delayed, is owned by Folasade Coaker (Finance Business Partner). It scores 12: likelihood 4 x impact 3, in the amber band (8 to 12). Mitigation: the letter to the Department (LSA-22), chased under LSA-30, no reply yet.",
  ["Coaker", "12"], [],
  [[ADO, risk("LSR-04")]],
  "");
q("by when is the graffiti framework re-tender meant to be awarded?", "table_lookup",
  "By 31 May 2622. On 20 November 2621 the Panel resolved to re-tender the framework in four regional lots with the award by 31 May 2622 (LSA-25); LSP-02's target date in Azure DevOps is 31/05/2622, moved from 31/12/2621. The re-tender was issued on 24 January 2622 and 11 bids were received; the evaluation is in Part B on 19 March.",
  ["31 May"], [],
  [[NOTES, line(NOTES, "(b) re-tenders the framework")], [ADO, feature("LSP-02")]],
  "");
q("how much is harnmouth getting in round 2?", "table_lookup",
  "£80,000, if the Panel agrees the recommendations on 19 March 2622: Harnmouth City Council's bid for anti-graffiti coating for 12 underpasses scored 79 and is recommended for £80,000, the most any one council may be awarded.",
  ["£80,000"], [],
  [[MAIL, line(MAIL, "• Harnmouth City Council")]],
  "Notify has no tables: the recommended awards are bullets 'council: project (score n) – £amount'.");
q("how many takeaways have signed the packaging pledge", "table_lookup",
  "44 of the 60 aimed for (KR2.3, Needs attention, updated Feb 26; 44 sign-ups at the end of February in the LSA-27 update). It was 38 of 60 at the meeting on 20 November 2621; the campaign runs to 30 April 2622.",
  ["44"], [],
  [[OKR, kr("KR2.3")], [NOTES, line(NOTES, "Update:  Monthly e-mails")], [ADO, feature("LSP-05")]],
  "The November minutes' 38 is out of date.");
q("volunteer hours logged so far?", "table_lookup",
  "21,350 volunteer hours against a target of 40,000 (KR3.3, 53% progress, Needs attention, updated Mar 4).",
  ["21,350"], [],
  [[OKR, kr("KR3.3")]],
  "");
q("who's the lead member on LSP-01 and what's its rag?", "table_lookup",
  "Cllr Dorcas Etherege is the lead member for LSP-01, gum removal and prevention in 40 high streets, which is rated Amber (owner Anselm Bastable; target 30/09/2622; budget 310000, i.e. £310,000). 26 of 40 high streets were cleaned by 4 March; two removal contractors withdrew in January.",
  ["Etherege", "Amber"], [],
  [[ADO, feature("LSP-01")]],
  "The lead member is a custom 'Lead Member' column; the owner is 'Assigned To'.");
q("if the round 2 awards are agreed how much is left in the fund?", "table_lookup",
  "£39,500, to be carried into 2622/23: £442,000 is available (£420,000 for round 2 and £22,000 returned from round 1) and the seven recommended awards total £402,500.",
  ["£39,500"], [],
  [[MAIL, line(MAIL, "(c) carry the remaining")], [MAIL, sentence(MAIL, "£442,000 is available")], [MAIL, line(MAIL, "The assessment panel recommends")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the litter and street cleanliness panel?", "people_roles",
  "Cllr Griselda Farebrother (Labour, Harnmouth City Council) is the Chair. The Vice-Chair is Cllr Jolyon Tullibardine (Conservative, Dunsleigh District Council) and the Deputy Chair Cllr Adaora Lushington (Liberal Democrat, Elmswathe Borough Council).",
  ["Farebrother"], [],
  [[NOTES, line(NOTES, "Cllr Griselda Farebrother | ")], [NOTES, line(NOTES, "Chair:  ")], [NOTES, line(NOTES, "Cllr Jolyon Tullibardine | ")]],
  "Trap: Cllr Etherege chaired the evidence session of 22 January, not the Panel.");
q("who replaced cllr cherrington?", "people_roles",
  "Cllr Keturah Doggart (Conservative, Thornmere County Council), appointed from 14 January 2622. Cllr Ambrose Cherrington stood down on 31 December 2621; Cllr Jolyon Tullibardine, Vice-Chair, took over his role as lead member for enforcement.",
  ["Doggart"], [],
  [[NOTES, line(NOTES, "Cllr Ambrose Cherrington (Conservative")], [MAIL, line(MAIL, "Cllr Keturah Doggart (Conservative")]],
  "");
q("who's lead member for enforcement?", "people_roles",
  "Cllr Jolyon Tullibardine (Conservative, Dunsleigh District Council), the Vice-Chair, since 14 January 2622. Until he stood down on 31 December 2621 it was Cllr Ambrose Cherrington (Azure DevOps still shows him as lead member on the closed project LSP-06).",
  ["Tullibardine"], [],
  [[NOTES, line(NOTES, "Cllr Jolyon Tullibardine | ")], [MAIL, line(MAIL, "Cllr Keturah Doggart (Conservative")]],
  "Trap: LSP-06's 'Lead Member' field is stale.");
q("who subbed at the nov meeting", "people_roles",
  "Cllr Clementine Hoskisson (Conservative, Dunsleigh District Council, a named substitute) substituted for Cllr Evander Whybrow at the meeting on 20 November 2621. Cllr Ikenna Sleightholme also gave apologies, with no substitute.",
  ["Hoskisson", "Whybrow"], [],
  [[NOTES, line(NOTES, "Substitutes:  ")], [NOTES, line(NOTES, "1.1 ")]],
  "");
q("who gave evidence on 22 jan?", "people_roles",
  "Four witnesses, in two panels. Panel 1: Dr Sabine Juxon, Reader in Environmental Psychology, University of Eastmarch, and Mr Emrys Odum, Head of Street Scene, Harnmouth City Council. Panel 2: Ms Lucinda Brightman, Chief Executive, Tidy Neighbourhoods Alliance, and Mr Ptolemy Ruiz, Director of Policy, Confectionery and Gum Manufacturers' Association.",
  ["Juxon", "Odum", "Brightman", "Ruiz"], [],
  [[TR, line(TR, "DR SABINE JUXON")], [TR, line(TR, "MR EMRYS ODUM")], [TR, line(TR, "MS LUCINDA BRIGHTMAN")], [TR, line(TR, "MR PTOLEMY RUIZ")]],
  "RTF/CRE transcript: each word is preceded by a hidden steno group; the appearances are in capitals on the front page.");
q("contact officer for the round 2 awards paper?", "people_roles",
  "Anselm Bastable, Senior Adviser, Environmental Enforcement: 020 7946 0857, anselm.bastable@local.gov.uk.",
  ["Bastable"], [],
  [[MAIL, line(MAIL, "Contact officer: ")], [MAIL, line(MAIL, "Phone: 020 7946 0857")]],
  "");
q("who chaired the evidence session? wasn't it the chair?", "people_roles",
  "No: Cllr Dorcas Etherege (Labour, Pelwick Metropolitan Borough Council), the Panel's lead member for chewing gum and graffiti, chaired the session on 22 January 2622. Cllr Griselda Farebrother, the Panel's Chair, sent her apologies and asked her to chair it.",
  ["Etherege"], [],
  [[TR, line(TR, "CLLR DORCAS ETHEREGE (Labour")], [TR, sentence(TR, "Cllr Griselda Farebrother, the Panel's Chair, has sent her apologies")]],
  "In the transcript the speaker label is only 'CHAIR:'.");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the round 2 awards paper?", "board_paper",
  "Item 5 on 19 March 2622 asks the Panel to: (a) approve the 7 recommended awards, £402,500 in total; (b) hold Morrowgate District Council's award of £44,000 until the council confirms its 20% match funding in writing, and withdraw it if this is not done by 30 April 2622; (c) carry the remaining £39,500 into 2622/23.",
  ["£402,500", "Morrowgate", "£39,500"], [],
  [[MAIL, line(MAIL, "(a) approve the")], [MAIL, line(MAIL, "(b) hold Morrowgate")], [MAIL, line(MAIL, "(c) carry the remaining")]],
  "");
q("is the round 2 paper exempt? key decision?", "board_paper",
  "It is a key decision. The report itself is open; only Appendix B, the scores of the seven bids that scored below 60, is exempt, under paragraph 3 of Schedule 12A to the Local Government Act 1972.",
  ["Appendix B", "paragraph 3"], [],
  [[MAIL, line(MAIL, "This is a key decision.")], [MAIL, line(MAIL, "The other 7 bids scored below 60.")]],
  "Not to be confused with the Part B item 9 (the framework re-tender), also exempt under paragraph 3.");
q("whats on the agenda for 19 march", "board_paper",
  "Tuesday 19 March 2622, 10.30am: 1 welcome, apologies and substitutes; 2 declarations of interest; 3 minutes of 20 November 2621 (for approval); 4 Cleaner Streets Programme: performance and risks at quarter 3 (Marisol Lavelle); 5 Gum and Graffiti Removal Fund: round 2 awards (key decision, Anselm Bastable); 6 chewing gum and graffiti: findings of the evidence session on 22 January 2622 (Cllr Dorcas Etherege); 7 forward plan 2622/23 (Tamsin Dibley); 8 any other business. Part B (not open to the public): 9 graffiti rapid-response framework: evaluation of the re-tender (exempt under paragraph 3, Anselm Bastable).",
  ["quarter 3", "round 2", "evidence session", "Forward plan"], [],
  [[MAIL, line(MAIL, "Item 4:")], [MAIL, line(MAIL, "Item 5:")], [MAIL, line(MAIL, "Item 6:")], [MAIL, line(MAIL, "Item 7:")], [MAIL, line(MAIL, "Item 9:")]],
  "Notify has no tables or numbered lists here: the agenda is 'Item n:' lines joined by line breaks.");
q("what did the panel decide about the graffiti framework contract in nov", "board_paper",
  "Only one compliant tender came in when the tender closed on 5 November 2621, 38% above the £140,000 budget. On 20 November 2621 the Panel resolved (a) not to award the framework contract; (b) to re-tender it in four regional lots, with the award by 31 May 2622 (LSA-25); and (c) to let officers spot-purchase graffiti removal up to £30,000 in the meantime, after consulting the Chair.",
  ["regional lots", "£30,000"], [],
  [[NOTES, line(NOTES, "4.1 ")], [NOTES, line(NOTES, "(a) does not award")], [NOTES, line(NOTES, "(b) re-tenders the framework")], [NOTES, line(NOTES, "(c) authorises officers")]],
  "");
q("DOIs at the 20 nov meeting?", "board_paper",
  "Two. Cllr Dorcas Etherege declared an interest in item 5 (the Fund) as Pelwick Metropolitan Borough Council's Cabinet Member for Environment and Streets, Pelwick having had a round 1 grant; she took no part in the decision on the round 2 criteria. Cllr Leopold Goodenough declared an interest in item 6 (Bin it for Good): he is a director of a family fish and chip shop in Kelbury that has signed the takeaway packaging pledge.",
  ["Etherege", "Goodenough"], [],
  [[NOTES, line(NOTES, "1.2 ")], [NOTES, line(NOTES, "1.3 ")]],
  "");
q("what criteria did they agree for round 2 of the fund", "board_paper",
  "On 20 November 2621: round 2 opens on 1 December 2621 and closes on 31 January 2622; a bid must score at least 60 to be recommended; no council may be awarded more than £80,000; and the council must fund at least 20 per cent of the project's cost itself.",
  ["60", "£80,000", "20"], [],
  [[NOTES, line(NOTES, "5.3 ")], [NOTES, line(NOTES, "(a) a bid must score")], [NOTES, line(NOTES, "(b) no council may")], [NOTES, line(NOTES, "(c) the council must fund")]],
  "");
q("brief me for the 19 march litter panel meeting pls", "board_paper",
  "Tuesday 19 March 2622, 10.30am to 1pm (Chair's briefing 9.45am), Room 2.4, 18 Smith Square or Teams; reply by 12 noon on Friday 15 March. Items: minutes of 20 November (still draft), quarter 3 performance, round 2 awards (key decision), evidence session findings, forward plan; Part B: the graffiti framework re-tender. Performance: of ten key results, three on track, four need attention, two off track (KR1.4, KR3.2), one achieved (KR2.2); two projects red (LSP-02, LSP-08); two risks scoring 15 or more (LSR-01, LSR-02). Round 2: 14 bids for £861,500; seven awards recommended, £402,500, Morrowgate's £44,000 held for match funding, £39,500 carried forward. Membership: Cllr Keturah Doggart replaced Cllr Ambrose Cherrington; Cllr Tullibardine now leads on enforcement.",
  ["15 March", "£402,500", "LSP-02", "LSP-08"], [],
  [[MAIL, line(MAIL, "Time: ")], [MAIL, line(MAIL, "Please tell us by")], [MAIL, line(MAIL, "At the end of quarter 3")], [MAIL, line(MAIL, "Two projects are rated red")], [MAIL, line(MAIL, "The assessment panel recommends")]],
  "Briefing: the Notify e-mail carries most of it; the programme figures are also in the DevOps export and on the Perdoo page.");

// ------------------------------------------------------------------ fact (5)
q("what are the gum manufacturers offering councils?", "fact",
  "Mr Ptolemy Ruiz (Confectionery and Gum Manufacturers' Association) told the evidence session on 22 January 2622 that its members will put £1.2 million over three years into the Gum Clean-up Scheme, and councils will be able to apply from 1 April 2622 for grants for removal and prevention such as target boards. The members do not support a levy on gum.",
  ["£1.2 million"], [],
  [[TR, line(TR, "MR RUIZ: Our members will put")], [TR, line(TR, "MR RUIZ: No. We do not support a levy.")]],
  "");
q("how does harnmouth do on offensive graffiti?", "fact",
  "Harnmouth City Council removes 92% of offensive graffiti within 24 hours of a report, with two crews on seven-day rotas (Mr Emrys Odum, its Head of Street Scene, 22 January 2622). Its graffiti budget is £415,000 a year; it had 6,140 graffiti reports in 2620/21, about a quarter of them offensive.",
  ["92%"], [],
  [[TR, line(TR, "MR ODUM: We remove 92%")], [TR, line(TR, "MR ODUM: Our graffiti budget")]],
  "");
q("what does it cost to clean gum off a high street", "fact",
  "On average £7,400 for a typical high street, according to Dr Sabine Juxon at the evidence session on 22 January 2622; removing one piece of gum costs a council between 10p and 15p, and about half the staining is back within six months.",
  ["£7,400"], [],
  [[TR, line(TR, "DR JUXON: Because it is cheap")]],
  "");
q("what % of high street sites had gum staining in the survey pilot?", "fact",
  "62%. Minute 7.2 of 20 November 2621 says 26%, but that is wrong: a correction recorded on 3 December 2621 (raised by Cllr Octavia Lethbridge, agreed by the Chair) says Ms Sato's slide showed gum staining at 62% of the high-street sites surveyed; the minute will be corrected when the minutes are approved. (14% of sites were below grade B for litter; graffiti was found at 19%.)",
  ["62%"], [],
  [[NOTES, sentence(NOTES, "Ms Sato's slide 9 shows gum staining at 62%")], [NOTES, line(NOTES, "7.2 ")]],
  "Trap: the minutes' Body says 26%; the correction is a separate Notes response document.");
q("rsvp deadline for the march meeting?", "fact",
  "By 12 noon on Friday 15 March 2622: say whether you will attend in person or online, or are sending a substitute, by replying to the e-mail or calling Tamsin Dibley on 020 7946 0866.",
  ["15 March"], [],
  [[MAIL, line(MAIL, "Please tell us by")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("LSP-08 is red - what's happening with the volunteer training and why does it matter?", "cross_document",
  "The provider, Harrier Safety Training Ltd, went into administration on 12 December 2621 after 6 of 24 sessions, so LSP-08 missed its 31/01/2622 target date. The action to find an alternative provider (LSA-29, Marisol Lavelle, due 31 January 2622) is still open: quotes from two providers are due on 15 March 2622. Only 140 volunteers are trained against 600 (KR3.2, Off track), and the injury risk LSR-02 scores 15. It matters because, as Ms Lucinda Brightman told the evidence session, from 1 April 2622 the Tidy Neighbourhoods Alliance's insurance covers a litter pick only if it is led by someone trained in sharps and traffic safety, and fewer than one in five group leaders are.",
  ["LSA-29", "140", "1 April"], [],
  [[ADO, feature("LSP-08")], [NOTES, line(NOTES, "Update:  Harrier Safety Training Ltd")], [OKR, kr("KR3.2")], [TR, line(TR, "MS BRIGHTMAN: Our member groups")]],
  "Needs the DevOps row, the Notes action, the Perdoo key result and the transcript.");
q("how does harnmouth's 24h offensive graffiti removal compare with the programme figure?", "cross_document",
  "Harnmouth does better: it removes 92% of offensive graffiti within 24 hours (Mr Emrys Odum, 22 January 2622), against the programme's 83% at the Feb 28 check-in of KR1.3 (target 95%; 71% at quarter 2). Mr Odum put the difference down to weekend cover from two crews on seven-day rotas; the programme's recovery plan has weekend cover in 9 of 12 councils.",
  ["92%", "83%"], [],
  [[TR, line(TR, "MR ODUM: We remove 92%")], [OKR, kr("KR1.3")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("what did the panel decide on the round 2 awards on 19 march?", "unanswerable",
  "Not in the papers: the meeting of 19 March 2622 had not yet taken place. The papers hold only the recommendations (seven awards, £402,500, Morrowgate's £44,000 held, £39,500 carried forward).",
  [], [], [],
  "Near miss: the recommendations are held, the decision is not.");
q("whats cllr whybrow's email address", "unanswerable",
  "Not in the papers: they give contact details only for officers (the clerk, Tamsin Dibley, and the contact officer, Anselm Bastable) and the Panel's distribution list, not for members. Cllr Evander Whybrow is a Conservative member from Quarndon Heath Borough Council.",
  [], [], [],
  "Near miss: officers' addresses and the members' list address are held.");
q("who won the graffiti framework re-tender?", "unanswerable",
  "Not in the papers: the re-tender in four regional lots was issued on 24 January 2622 and 11 bids were received; their evaluation is the exempt Part B item 9 on 19 March 2622, and no award is recorded.",
  [], [], [],
  "Near miss: bids and the Part B item are held, the outcome is not.");
q("how many graffiti reports did elmswathe get last year?", "unanswerable",
  "Not in the papers: the only figure for graffiti reports is Harnmouth City Council's, 6,140 in 2620/21, given at the evidence session.",
  [], [], [],
  "Near miss: another council's figure is held.");
q("did ruiz confirm whether the gum scheme grants can count as match funding?", "unanswerable",
  "Not in the papers: at the evidence session Mr Ruiz said he saw no reason why not but would check and write to the Panel, and the Chair said the clerk would follow it up; no reply is recorded.",
  [], [], [],
  "Near miss: the undertaking is held, the answer is not.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
