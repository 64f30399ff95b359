// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes copied from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cell (row()).
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PDF = DOCS.comments, ER = DOCS.easyread, CHAT = DOCS.chat, DASH = DOCS.dashboard, WEB = DOCS.bench;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
const row = (doc, start, n, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start + " | "))[k];
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};
const line = (doc, start) => {
  const l = lines(doc).find((x) => x.startsWith(start));
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// the text of a chat message (after "date, time - Sender: ") whose line contains a marker
const msg = (marker) => {
  const l = lines(CHAT).find((x) => x.includes(marker));
  if (!l) throw new Error(`no message ${marker}`);
  return l;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `ay${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which OLP measures are red at q3?", "status_lookup",
  "Two of the ten Ordinary Lives measures are rated R (Red – off track, the Panel's intervention needed) at quarter 3 2123/24: OLP-01, adults with a learning disability in paid employment (6.8% against a target of 9.0%), and OLP-04, autistic adults waiting over 13 weeks for a diagnostic assessment (41% against a target of 20% or lower).",
  ["OLP-01", "OLP-04"], ["OLP-03", "OLP-08"],
  [[PDF, row(PDF, "OLP-01")], [PDF, row(PDF, "OLP-04")]],
  "Acrobat comments summary: ratings are letters in the 'Q3 RAG' column of Table 1 (wrapped header), explained by the key line under the table; comment sequence numbers are stamped after the page text.");
q("anything go backwards between q2 and q3 in the ldap perf report", "status_lookup",
  "Yes, three measures are rated worse at quarter 3 than at quarter 2: OLP-01, paid employment (A Amber to R Red, 7.1% to 6.8%); OLP-03, annual health checks (G Green to A Amber, 52% against 75%); and OLP-08, day opportunities providers meeting the quality standard (G Green to A Amber, 86% to 81%). OLP-06 improved (Amber to Green); OLP-10 had no quarter 2 rating (N).",
  ["OLP-01", "OLP-03", "OLP-08"], [],
  [[PDF, row(PDF, "OLP-01")], [PDF, row(PDF, "OLP-03")], [PDF, row(PDF, "OLP-08")]],
  "Needs the Q2 RAG and Q3 RAG letter columns compared through the key (B > G > A > R); N is not a rating.");
q("hows OLP-07 looking?", "status_lookup",
  "OLP-07, Panel councils with a co-produced learning disability strategy, is rated B – Blue (target met or milestone complete) at quarter 3: 9 against a target of 9, and it was already Blue at quarter 2. Lead member Cllr Carrow-Finch.",
  ["Blue"], ["Red"],
  [[PDF, row(PDF, "OLP-07")], [PDF, "Key: B – Blue: target met or milestone complete"]],
  "The letter B is only explained by the key line.");
q("which workstreams r red on the feb dashboard", "status_lookup",
  "Two workstreams are R (Off track – Panel action needed) at the end of February 2124: W3 Homes not hospitals (Cllr Nwachukwu-Bell / Rosalind Ekwensi-Paget; capital bid refused, escalation proposed, OLR-04) and W4 Autism assessment and support (Cllr Achterlonie / Delphine Strachan-Obi; recovery plan to the Panel on 15 March).",
  ["W3", "W4"], ["W6"],
  [[DASH, row(DASH, "W3")], [DASH, row(DASH, "W4")]],
  "Excel dashboard saved as CSV: the RAG header is merged over two columns whose 'Jan' / 'Feb' labels are in the row below; workstreams share their CSV rows with the budget block beside them; letters explained by the Key block.");
q("did any workstream rag get worse jan to feb?", "status_lookup",
  "Yes, three: W2 Health and annual health checks went from G to A (GP data late from two areas), W3 Homes not hospitals from A to R (capital bid refused), and W5 Day opportunities and short breaks from G to A (three providers have given notice). W6 improved from A to G; W1 stayed A and W4 stayed R.",
  ["W2", "W3", "W5"], [],
  [[DASH, row(DASH, "W2")], [DASH, row(DASH, "W3")], [DASH, row(DASH, "W5")]],
  "Jan and Feb are the two columns under the merged 'RAG' header.");
q("which risks are red in the ldap risk register?", "status_lookup",
  "Three risks are Red (scores 15 to 25) at 29 February 2124: OLR-04, capital for community homes not available (20); OLR-01, day opportunities providers leaving the market (16); and OLR-06, fund money not committed by 31 March 2125 returned to government (15).",
  ["OLR-01", "OLR-04", "OLR-06"], ["OLR-02", "OLR-03", "OLR-05"],
  [[PDF, row(PDF, "OLR-01")], [PDF, row(PDF, "OLR-04")], [PDF, row(PDF, "OLR-06")]],
  "OLR-06 at exactly 15 is Red (band 15 to 25).");
q("whats the status of the wyvernham award SEF2-04", "status_lookup",
  "On hold. SEF2-04 (Wyvernham DC, travel training for work, £74,000) is 'On hold (note 2)' on the February dashboard: under the Chair's urgent decision UD-2124-02 of 23/02/2124 the award is held until 28/04/2124 while Wyvernham finds a new travel training provider, and withdrawn and added to round 3 if none is contracted by then.",
  ["On hold"], [],
  [[DASH, row(DASH, "SEF2-04")], [DASH, line(DASH, "2. SEF2-04:")]],
  "The status points to a note in a separate block at the foot of the sheet.");

// ------------------------------------------------------------------ table_lookup (7)
q("risk score + owner for OLR-04?", "table_lookup",
  "OLR-04 (capital for community homes is not available, so people stay in inpatient settings) scores 20 – likelihood 4 × impact 5, Red – up from 15 in November 2123. The owner is Rosalind Ekwensi-Paget.",
  ["20", "Rosalind Ekwensi-Paget"], [],
  [[PDF, row(PDF, "OLR-04")]],
  "");
q("q3 number for supported internships?", "table_lookup",
  "OLP-02, supported internships started (cumulative): 187 at quarter 3 2123/24 against a target of 240 for the year (118 at quarter 2); rated G (Green).",
  ["187"], [],
  [[PDF, row(PDF, "OLP-02")]],
  "");
q("how much of the fund budget has actually been spent so far this yr", "table_lookup",
  "On the February dashboard (position at 29 February 2124, £000) the Supported Employment Innovation Fund line has a budget of 2,500, spent to date 1,180 (£1,180,000), a forecast outturn of 2,350 and a variance of -150.",
  ["1,180"], [],
  [[DASH, row(DASH, "Supported Employment Innovation Fund")]],
  "Budget block sits to the right of the workstreams block in the same CSV rows; headers wrapped with line breaks inside cells; figures in £000.");
q("how much did sallowbrook get in round 2?", "table_lookup",
  "£122,500: SEF2-06, Sallowbrook City Council, autism-friendly employers charter – contracted.",
  ["122,500"], [],
  [[DASH, row(DASH, "SEF2-06")], [ER, row(ER, "Sallowbrook City Council")]],
  "Also in the table nested in the Easy Read minutes.");
q("whats the england avg for LD paid employment in the benchmarking report", "table_lookup",
  "5.6% (England mean, 2122/23) for adults with a learning disability in paid employment; four of the nine Panel councils were below it.",
  ["5.6"], [],
  [[WEB, "England mean | 5.6"], [WEB, line(WEB, "Four of the nine Panel councils")]],
  "In the SVG chart the value is a plot-line label; the table is in a collapsed <details>.");
q("kestrelford health checks % in the insight hub report?", "table_lookup",
  "62.3% of its register in 2122/23 – the lowest of the nine Panel councils (rank 9), against an England mean of 72.8%.",
  ["62.3"], [],
  [[WEB, row(WEB, "Kestrelford", 0, 1)], [WEB, line(WEB, "Kestrelford completed the fewest")]],
  "The second Kestrelford row of the renderings (metric 2). In the SVG the council names and values are in separate groups.");
q("forecast outturn for the whole ldap programme budget?", "table_lookup",
  "3,531 (£000) – £3,531,000 – against a budget of 3,700, an underspend of 169 (£169,000), mostly on the Supported Employment Innovation Fund; 1,929 spent at 29 February 2124.",
  ["3,531"], [],
  [[DASH, row(DASH, "Total", 0, 0)], [PDF, line(PDF, "9. The programme budget")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who's the contact officer on the item 4 q3 report", "people_roles",
  "Rosalind Ekwensi-Paget, Programme Manager, Ordinary Lives – 020 7946 0613, rosalind.ekwensi-paget@local.gov.uk.",
  ["Rosalind Ekwensi-Paget"], [],
  [[PDF, "Contact officer | Rosalind Ekwensi-Paget"], [PDF, "Phone no | 020 7946 0613"]],
  "");
q("who chaired the 17 nov mtg", "people_roles",
  "Cllr Ysolde Carrow-Finch chaired the meeting of Wednesday 17 November 2123.",
  ["Carrow-Finch"], [],
  [[ER, "Cllr Ysolde Carrow-Finch chaired the meeting."]],
  "Easy Read minutes: said in a sentence, 'chaired' explained as a hard word.");
q("apologies at the november ldap meeting? any subs?", "people_roles",
  "Cllr Oswin Tregarthen-Moss and Cllr Leocadia Brightwater sent apologies. Cllr Winifred Galsworth-Ade came instead of Cllr Brightwater as a substitute.",
  ["Tregarthen-Moss", "Brightwater", "Galsworth-Ade"], [],
  [[ER, "Cllr Oswin Tregarthen-Moss and Cllr Leocadia Brightwater could not come."], [ER, "Cllr Winifred Galsworth-Ade came instead of Cllr Leocadia Brightwater."]],
  "");
q("whos subbing for cllr achterlonie on 15 march", "people_roles",
  "Cllr Gwendolen Ashby-Throup (Fallowmere). Cllr Achterlonie sent apologies on 6 March 2124 (a hospital appointment) and said she would substitute; she joined the chat and confirmed.",
  ["Ashby-Throup"], [],
  [[CHAT, msg("Gwendolen Ashby-Throup will sub for me")], [CHAT, msg("Gwendolen Ashby-Throup here")]],
  "WhatsApp export: Achterlonie is saved as 'Des Achterlonie'; the substitute appears only as a phone number and names herself in her message.");
q("who is the lead officer for the day opportunities workstream?", "people_roles",
  "Hollis Vennamore (W5 Day opportunities and short breaks); the lead member is Cllr Quillon-Ede.",
  ["Hollis Vennamore"], [],
  [[DASH, row(DASH, "W5")]],
  "");
q("who's presenting the autism recovery plan on the 15th now des cant come", "people_roles",
  "Delphine Strachan-Obi will present the recovery plan (Appendix A), and Rosalind Ekwensi-Paget will take questions on OLP-04.",
  ["Delphine Strachan-Obi"], [],
  [[CHAT, msg("will present the recovery plan")]],
  "Rosalind is saved as 'Rosalind E-P' in the chat.");
q("who put together the benchmarking report", "people_roles",
  "Morwenna Blaxall-Ito, Senior Data Analyst, created it on 20 January 2124 for the Panel's meeting of 15 March 2124.",
  ["Morwenna Blaxall-Ito"], [],
  [[WEB, "Created by: Morwenna Blaxall-Ito, Senior Data Analyst"]],
  "");

// ------------------------------------------------------------------ board_paper (7)
q("what are the recs in the item 4 q3 paper", "board_paper",
  "That the Panel: (a) notes performance at quarter 3 2123/24 in Table 1, with two measures rated Red; (b) agrees the autism assessment recovery plan at Appendix A; and (c) agrees that risk OLR-04 be escalated to the Care and Wellbeing Improvement Board on 20 April 2124. (In the comments the Vice-Chair proposed adding a letter from the Chair to the Minister for Care to (c), for v4.)",
  ["recovery plan", "OLR-04", "20 April 2124"], [],
  [[PDF, "(b) agrees the autism assessment recovery plan at Appendix A; and"], [PDF, "(c) agrees that risk OLR-04 be escalated to the Care and Wellbeing Improvement Board on 20 April 2124."]],
  "Draft v3 front sheet, a ruled label table; the recommendations are four lines in one cell.");
q("did anyone ask for changes to the item 4 recs?", "board_paper",
  "Yes. Cllr Barnaby Quillon-Ede added an Inserted Text comment on 2 March 2124 after \"on 20 April 2124\" in recommendation (c): \", and that the Chair writes to the Minister for Care about capital for community homes\". The Chair (Ysolde Carrow-Finch) agreed on 3 March (\"please add to (c) in v4\") and Rosalind Ekwensi-Paget replied \"Done in v4.\"",
  ["Quillon-Ede", "Minister for Care"], [],
  [[PDF, ", and that the Chair writes to the Minister for Care about capital for community homes"], [PDF, "Agreed – please add to (c) in v4."]],
  "The change is only in the comments summary pages; the draft v3 page itself still has the old (c).");
q("what did the chair decide on the wyvernham money under urgency?", "board_paper",
  "On 23 February 2124, after consulting the Vice-Chair and Deputy Chair, the Chair took an urgent decision (recorded as UD-2124-02): the £74,000 awarded to Wyvernham DC for SEF2-04 is held until 28 April 2124 while they find a new provider; if no provider is contracted by then the award is withdrawn and the money goes to round 3. It is to be reported to the Panel under item 3 on 15 March.",
  ["£74,000", "28 April 2124"], [],
  [[CHAT, msg("I am taking an urgent decision")], [CHAT, msg("Recorded as urgent decision UD-2124-02")]],
  "The decision message carries '<This message was edited>' at its end; the poll before it is not the decision.");
q("what did ldap decide at the november meeting", "board_paper",
  "On 17 November 2123 the Panel agreed to give £838,000 from the Supported Employment Innovation Fund to 6 councils; agreed that Easy Read versions of its papers will come out within 10 working days of each meeting; and asked for a plan to make waits for autism assessments shorter, to come to the March 2124 meeting.",
  ["£838,000", "10 working days"], [],
  [[ER, "We agreed to give £838,000 from the Supported Employment Innovation Fund to 6 councils."], [ER, "We agreed that Easy Read versions of our papers will come out within 10 working days of each meeting."], [ER, "We asked for a plan to make waits for autism assessments shorter."]],
  "Easy Read: decisions are sentences beside pictures under 'What we decided'.");
q("actions from 17 nov - who's doing what?", "board_paper",
  "Rosalind Ekwensi-Paget will write the plan about autism waits by 15 March 2124; Caspian Threlkeld-Amos will send the 6 councils letters about their money by 8 December 2123; Bryony Fetherby-Lusk will train 2 more Easy Read writers by 31 January 2124; Thaddeus Mallinder-Koh will plan a members' visit to the job coaching project in Brindleford by April 2124.",
  ["Rosalind Ekwensi-Paget", "Caspian Threlkeld-Amos", "Bryony Fetherby-Lusk", "Thaddeus Mallinder-Koh"], [],
  [[ER, "Rosalind Ekwensi-Paget will write the plan about autism waits."], [ER, "Caspian Threlkeld-Amos will send the 6 councils letters about their money."], [ER, "Bryony Fetherby-Lusk will train 2 more Easy Read writers."], [ER, "Thaddeus Mallinder-Koh will plan a visit for members to the job coaching project in Brindleford."]],
  "Under 'What happens next'; each deadline is the next sentence ('She will do this by …').");
q("any DOIs at the nov panel?", "board_paper",
  "Yes, one: Cllr Ngaire Pattullo-Roe declared an interest in the money for Kestrelford, because her daughter works for the apprenticeships team at Kestrelford council; she did not vote on the money for Kestrelford.",
  ["Pattullo-Roe", "Kestrelford"], [],
  [[ER, "Cllr Ngaire Pattullo-Roe told us she has an interest in the money for Kestrelford."], [ER, "She did not vote on the money for Kestrelford."]],
  "Easy Read heading 'Telling us about interests'.");
q("is item 4 for noting or for decision?", "board_paper",
  "For discussion and decision (purpose of report). It asks the Panel to note quarter 3 performance, agree the autism assessment recovery plan and agree to escalate risk OLR-04.",
  ["discussion and decision"], [],
  [[PDF, "Purpose of report | For discussion and decision."]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how many ppl actually moved out of hospital in q3 itself?", "fact",
  "13 people moved in quarter 3: 35 at the end of December against 22 at the end of September (OLP-05, cumulative). Rosalind Ekwensi-Paget said so in reply to the Chair's comment and will add it to v4 of the summary.",
  ["13"], [],
  [[PDF, "13 people moved in quarter 3 (35 at the end of December against 22 at the end of September). I will add this to v4."]],
  "Only in a reply in the comments summary.");
q("what would OLP-01 be if marrowby's late return was included", "fact",
  "7.0% – still Red (Cllr Tobias Wrenbury-Ackah's comment on the draft: the quarter 3 figure of 6.8% leaves out Marrowby's late December return).",
  ["7.0%"], [],
  [[PDF, "OLP-01: the Q3 figure leaves out Marrowby's December return, which came in late. With it the rate would be 7.0% – still Red."]],
  "Only in a sticky note of the comments summary.");
q("why has the room changed for the 15 march meeting", "fact",
  "It moved to the Bevin Room on the ground floor (not Room 3.1) because the Bevin Room has a hearing loop; the Teams link is unchanged.",
  ["Bevin Room", "hearing loop"], [],
  [[CHAT, msg("Room change for the 15th")]],
  "");
q("what did the inclusive work alliance say about job coaches", "fact",
  "Rukhsana Vellandry (Chief Executive, Inclusive Work Alliance) told the November meeting that job coaches help people keep their jobs: 7 out of 10 people with a job coach still had their job after a year. She also said only 1 in 18 adults with a learning disability who get support from their council has a paid job.",
  ["7 out of 10"], [],
  [[ER, "7 out of 10 people with a job coach still had their job after a year."], [ER, "She said job coaches help people keep their jobs."]],
  "");
q("when's the members visit to the brindleford job coaching project?", "fact",
  "Tuesday 18 April 2124: the poll gave Tue 18 April 5 votes (Thu 20 April 2, Wed 26 April 0) and the Chair confirmed \"18 April it is\" on 13 March 2124.",
  ["18 April"], [],
  [[CHAT, msg("Date for the members' visit")], [CHAT, msg("18 April it is")]],
  "WhatsApp poll exported as POLL / OPTION lines.");

// ------------------------------------------------------------------ cross_document (2)
q("nov mtg agreed 838k for 6 councils - have they all been contracted now?", "cross_document",
  "No. Of the six round 2 awards agreed on 17 November 2123 (£838,000), four are contracted at 29 February 2124 (SEF2-01 Brindleford, SEF2-02 Kestrelford, SEF2-03 Osmancote, SEF2-06 Sallowbrook); SEF2-05 Hatherstow (£150,000) has its contract with the council for signature; and SEF2-04 Wyvernham (£74,000) is on hold until 28 April 2124 under the Chair's urgent decision UD-2124-02, after its provider went into administration.",
  ["SEF2-04", "SEF2-05"], [],
  [[ER, "We agreed to give £838,000 from the Supported Employment Innovation Fund to 6 councils."], [DASH, row(DASH, "SEF2-04")], [DASH, row(DASH, "SEF2-05")], [CHAT, msg("I am taking an urgent decision")]],
  "Easy Read minutes (the decision), Excel dashboard CSV (statuses), WhatsApp chat (why SEF2-04 is on hold).");
q("OLR-04 jumped to 20 - what does the dashboard say about that workstream?", "cross_document",
  "OLR-04 (capital for community homes) is the Homes not hospitals risk. On the February dashboard workstream W3 Homes not hospitals (Cllr Nwachukwu-Bell, Rosalind Ekwensi-Paget) went from A in January to R in February: 'Capital bid refused; escalation proposed (OLR-04)'. The item 4 paper says the capital bid was refused in January and recommendation (c) escalates OLR-04 to the Care and Wellbeing Improvement Board on 20 April 2124.",
  ["W3", "capital bid"], [],
  [[PDF, line(PDF, "8. OLR-04 has risen")], [DASH, row(DASH, "W3")]],
  "Acrobat PDF (the risk) and the dashboard CSV (the workstream), joined by OLR-04 in the comment cell.");

// ------------------------------------------------------------------ unanswerable (5)
q("what was OLP-01 at q4?", "unanswerable",
  "The papers do not give a quarter 4 figure. At quarter 3 2123/24 OLP-01 (paid employment) was 6.8%, rated Red against a target of 9.0%; the quarter 4 position is to be reported to the meeting on 12 July 2124.",
  [], [], [], "");
q("cllr carrow-finch's mobile no?", "unanswerable",
  "The papers give no phone number for Cllr Ysolde Carrow-Finch (or any other member of the Panel). The numbers given are officers', such as the clerk Thaddeus Mallinder-Koh on 020 7946 0628.",
  [], [], [], "A substitute's mobile number appears in the chat as her sender name – not the Chair's.");
q("which day opps providers have handed in their notice?", "unanswerable",
  "The papers do not name them. An officer's reply in the comments says three providers in Hatherstow and Ulverholm have given notice, and that their names are in the exempt annex, which is not in the papers.",
  [], [], [], "");
q("what did the panel decide on escalating OLR-04 on 15 march?", "unanswerable",
  "The papers hold no record of the meeting of 15 March 2124 – only the draft report, which recommends escalating OLR-04 to the Care and Wellbeing Improvement Board on 20 April 2124, and the chat before the meeting.",
  [], [], [], "");
q("kestrelford's LD employment rate in 2121/22?", "unanswerable",
  "The benchmarking report covers only 2122/23, when Kestrelford's rate was 3.7% (the lowest of the nine Panel councils). No 2121/22 figure is given.",
  [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
