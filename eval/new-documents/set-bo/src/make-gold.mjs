// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, runs of a line's cells, sentences
// of a line or exact parts of a line, taken from the renderings so that a quote is always their own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const TOR = DOCS.tor, MIN = DOCS.minutes, SWAY = DOCS.sway, QA = DOCS.slido, TRL = DOCS.trello;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// in the rendering line containing `has`, n cells from the cell `from`
const cells = (doc, has, from, n) => {
  const l = lines(doc).find((x) => x.includes(has));
  if (!l) throw new Error(`no line with ${has} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${has}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence of a rendering line: from `start` up to and including the next full stop
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// an exact part of a rendering line
const part = (doc, s) => {
  if (!lines(doc).some((x) => x.includes(s))) throw new Error(`no text ${s} in ${doc}`);
  return s;
};
// the cell of a Slido row holding the reply (the row found by its question id)
const reply = (id) => {
  const c = line(QA, id + " | ").split(" | ");
  return c[8];
};

// the redline's statistics, as its cover page prints them
const stat = (k) => Number(line(TOR, k + " | ").split(" | ")[1]);
const STATS = { total: stat("Total changes"), ins: stat("Insertions"), del: stat("Deletions"), mfrom: stat("Moved from"), mto: stat("Moved to"), insCells: stat("Inserted cells"), delCells: stat("Deleted cells") };

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bo${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which rescue ready measures are red at q2?", "status_lookup",
  "Two of the eight Rescue Ready measures are red at quarter 2 (30 September 2263): RRP-02, registered defibrillators that are rescue ready (87% against a target of 95%; 142 of 1,094 were not rescue ready, 97 of them with pads that expired after the summer heat), and RRP-05, rural residents living within 500 metres of a defibrillator available 24 hours a day (46% against 60%; cabinets waiting for landowners' consent in Carrowbeck and Cawdenmoor). Both were amber at quarter 1.",
  ["RRP-02", "RRP-05"], [],
  [[SWAY, line(SWAY, "RRP-02 · ")], [SWAY, line(SWAY, "RRP-05 · ")], [MIN, sentence(MIN, "Four measures are green")]],
  "Sway: each measure is a card in a Grid group, the rating an emphasised word (RED) among the card's fields; the draft minutes (base64 parts of an S/MIME-signed e-mail) give the counts.");
q("what got worse between q1 and q2 on the defib measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: RRP-02, defibrillators that are rescue ready (amber to red, 93% to 87%), RRP-05, rural residents within 500 metres of a 24-hour defibrillator (amber to red, 47% to 46%), and RRP-06, guardians recruited (green to amber, 588 against 900; recruitment paused over the summer holidays). RRP-03 and RRP-04 improved to green, and RRP-07 had no data at quarter 1.",
  ["RRP-02", "RRP-05", "RRP-06"], [],
  [[SWAY, line(SWAY, "RRP-02 · ")], [SWAY, line(SWAY, "RRP-05 · ")], [SWAY, line(SWAY, "RRP-06 · ")], [MIN, sentence(MIN, "Compared with quarter 1")]],
  "The quarter 1 rating is only in brackets in each card's 'Target · Quarter 1' field; the minutes' 3.1 says the same in words.");
q("which cdtg actions are blocked rn?", "status_lookup",
  "Two actions sit in the 'Actions – blocked' list of the Task Group's Trello board (saved 10 December 2263): CDA-47, chasing the Minister for Public Health for a reply on VAT relief for public access defibrillators (Lavinia Stoneleigh, due 5 Nov, overdue; no reply yet, second letter sent 16 Nov), and CDA-52, confirming Penstone Village Hall Trust's landowner consent and putting the award to the Chair (Delphine Arkwright-Nunes, due 18 Dec; waiting for the landowner's solicitors).",
  ["CDA-47", "CDA-52"], [],
  [[TRL, line(TRL, "From September | CDA-47")], [TRL, line(TRL, "Minute 5 | CDA-52")], [TRL, line(TRL, "Actions – blocked")]],
  "Trello board saved from the browser: an action's state is only the list its card sits in; owners only as initials keyed in the board's description.");
q("is the ToR comparison for the board done yet (CDA-51)?", "status_lookup",
  "Yes. CDA-51, preparing a comparison of terms of reference versions 2.0 and 3.0 for the Board (Lavinia Stoneleigh, due 26 November 2263), is in the 'Actions – done' list; she moved it there on 25 Nov 2263 at 14:20, and the comparison report itself was run on 25/11/2263 at 14:07 (54 changes).",
  ["25"], [],
  [[TRL, line(TRL, "Minute 4 | CDA-51")], [TRL, line(TRL, "Lavinia Stoneleigh moved CDA-51")], [TOR, line(TOR, "Comparison time | ")]],
  "Done only by the card's list (and a class on its due badge); the year of '26 Nov' is not on the card.");
q("which risks are red on the cdtg register", "status_lookup",
  "Two open risks are red: R5, theft and vandalism of unlocked cabinets in town centres (likelihood 4 × impact 5 = 20, getting worse, owner DA, Delphine Arkwright-Nunes), and R2, pads and batteries expiring before they are replaced (4 × 4 = 16, getting worse, owner KO, Kwabena Ofori-Stanway). R1, R7, R4 and R6 are amber; R3 is closed.",
  ["R2", "R5"], [],
  [[TRL, line(TRL, "Red | R5 ")], [TRL, line(TRL, "Red | R2 ")], [MIN, sentence(MIN, "Five risks are open")]],
  "Risk cards in a Trello list, the rating as a coloured label named Red / Amber, the scores as custom-field badges.");
q("have the 12 nov minutes been approved?", "status_lookup",
  "No. They are draft minutes ('DRAFT MINUTES – not yet approved'), sent to members by the clerk on 19 November 2263 for corrections by 5pm on Thursday 26 November 2263; they will be put to the next meeting, on Thursday 21 January 2264, for approval and should not be published until then.",
  ["draft"], [],
  [[MIN, line(MIN, "DRAFT MINUTES")], [MIN, line(MIN, "Please find below the draft minutes")]],
  "");
q("how's the bystander CPR measure doing", "status_lookup",
  "RRP-07, out-of-hospital cardiac arrests in which a bystander gave CPR, is amber at quarter 2: 71% against a target of 75%. It had no data at quarter 1; these are the first figures under the data-sharing agreement with Westvale Ambulance Service NHS Trust. Lead: Cllr Tobias Ezeoke-Hale.",
  ["71%", "amber"], [],
  [[SWAY, line(SWAY, "RRP-07 · ")]],
  "");

// ------------------------------------------------------------------ table_lookup (7)
q("RRP-04 q2 figure?", "table_lookup",
  "76 secondary schools (of 146) had trained all their Year 8 pupils in CPR at quarter 2, against a target of 146 by July 2264: green, up from 55 (amber) at quarter 1.",
  ["76"], [],
  [[SWAY, line(SWAY, "RRP-04 · ")], [QA, part(QA, "76 of the 146 secondary schools have trained all their Year 8 pupils so far.")]],
  "The figure is the card's large-type paragraph.");
q("how much did holmbrake sports network get from round 2", "table_lookup",
  "£22,500, the full amount it asked for, for defibrillators at 15 sports clubs; its bid scored 77.",
  ["22,500"], [],
  [[MIN, line(MIN, "Holmbrake Sports Network | ")], [SWAY, line(SWAY, "Holmbrake Sports Network | ")]],
  "In the Sway the award is only an SVG data label beside its bar.");
q("whats the score on R7 and who owns it", "table_lookup",
  "R7, a single supplier of replacement pads raising prices by 18% from January: likelihood 4 × impact 3 = 12, amber, trend New. Its owner is MI, Morwenna Ilsley, Finance Business Partner (she added it on 19 November 2263, action CDA-56).",
  ["12", "Morwenna Ilsley"], [],
  [[TRL, line(TRL, "Amber | R7 ")], [TRL, line(TRL, "Owners are shown by their initials")]],
  "The owner is only an avatar of initials on the card, keyed to a name in 'About this board'.");
q("CDA-49 who's got it and when's it due", "table_lookup",
  "Kwabena Ofori-Stanway (Senior Adviser, Community Resilience), due 21/01/2264, the meeting on 21 January 2264: bring a replacement plan for pads and batteries (RRP-02). On the Trello board it is in progress, checklist 2/5.",
  ["Ofori-Stanway", "21"], [],
  [[MIN, line(MIN, "CDA-49 | ")], [TRL, line(TRL, "Minute 3 | CDA-49")]],
  "");
q("what did the ellisham drone bid score", "table_lookup",
  "52 out of 100, below the threshold of 65, so Ellisham County Council's £38,000 bid for a drone delivery trial was not funded.",
  ["52", "65"], [],
  [[MIN, line(MIN, "Ellisham County Council | ")], [MIN, line(MIN, "(c) does not fund the bids")]],
  "");
q("how many changes in the ToR v2 v3 comparison?", "table_lookup",
  `${STATS.total} changes in all: ${STATS.ins} insertions, ${STATS.del} deletions, ${STATS.mfrom} moved from and ${STATS.mto} moved to, ${STATS.insCells} inserted cells and ${STATS.delCells} deleted cells (no style or format changes), by the comparison run on 25/11/2263.`,
  [String(STATS.total)], [],
  [[TOR, line(TOR, "Total changes | ")], [TOR, line(TOR, "Insertions | ")], [TOR, line(TOR, "Deletions | ")]],
  "The redline's cover page 'Statistics' table.");
q("how much from round 2 is carried over to round 3", "table_lookup",
  "£8,600. Round 2 had £180,000: £147,400 was awarded to six projects and £24,000 is held for Penstone Village Hall Trust, leaving £8,600 for round 3, which opens on 1 February 2264 with £128,600 in all (£120,000 from next year's budget).",
  ["£8,600"], [],
  [[MIN, line(MIN, "(d) carries the remaining")], [SWAY, sentence(SWAY, "The remaining £8,600")], [QA, reply("Q-7752")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the defib task group", "people_roles",
  "Cllr Honoria Blakeway (Labour, Larkhollow City Council) chairs the Community Defibrillators Task Group; the Vice-Chair is Cllr Ambrose Lydgate and the Deputy Chair Cllr Sioned Llwydiarth.",
  ["Blakeway"], [],
  [[TOR, line(TOR, "Cllr Honoria Blakeway | ")], [SWAY, line(SWAY, "Cllr Honoria Blakeway · Chair")], [MIN, line(MIN, "Chair | ")]],
  "");
q("who's lead member for schools and CPR training now", "people_roles",
  "Cllr Tobias Ezeoke-Hale (Labour, Thistleford Metropolitan Borough Council). Under version 3.0 of the terms of reference the role moved to him from the Deputy Chair, Cllr Sioned Llwydiarth; he also leads on RRP-04 and RRP-07.",
  ["Ezeoke-Hale"], [],
  [[TOR, line(TOR, "Cllr Tobias Ezeoke-Hale | ")], [TOR, line(TOR, "Cllr Sioned Llwydiarth | ")], [SWAY, line(SWAY, "Cllr Tobias Ezeoke-Hale · ")]],
  "Redline: the role cell holds 'Member' struck through and the new role inserted, and the Deputy Chair's cell the role deleted – in the text layer both words are there.");
q("who replaced cllr stainsby", "people_roles",
  "Cllr Jedidiah Morville (Conservative, Cawdenmoor District Council) replaced Cllr Godfrey Stainsby on the Task Group from 1 October 2263; the Chair welcomed him at the meeting on 12 November.",
  ["Morville"], [],
  [[MIN, line(MIN, "1.3 ")], [TOR, line(TOR, "Cllr Jedidiah Morville | ")], [SWAY, line(SWAY, "Cllr Jedidiah Morville · ")]],
  "In the redline Stainsby's row is a deleted row and Morville's an inserted one.");
q("who subbed for shandwick on 12 nov", "people_roles",
  "Cllr Maud Ellinthorpe (Labour, Larkhollow City Council) attended as substitute for Cllr Eamon Shandwick, who sent apologies.",
  ["Ellinthorpe"], [],
  [[MIN, line(MIN, "1.2 ")], [MIN, line(MIN, "Substitute | ")]],
  "");
q("who's the new co-opted member and when do they start", "people_roles",
  "Dr Imogen Faulconbridge, Community Resuscitation Lead at Westvale Ambulance Service NHS Trust, co-opted as a non-voting member from 1 January 2264 (she does not count towards the quorum). The Task Group agreed it on 12 November subject to the Board, which agreed the new terms of reference on 3 December 2263.",
  ["Faulconbridge", "1 January 2264"], [],
  [[TOR, line(TOR, "Dr Imogen Faulconbridge | ")], [MIN, line(MIN, "(c) subject to the Board's agreement")], [SWAY, line(SWAY, "Dr Imogen Faulconbridge (Westvale")]],
  "");
q("who is KO on the trello board", "people_roles",
  "KO is Kwabena Ofori-Stanway, Senior Adviser, Community Resilience. On the board he owns CDA-49 (pads and batteries plan), CDA-54 (data-sharing agreement) and risks R2 and R6.",
  ["Kwabena Ofori-Stanway"], [],
  [[TRL, line(TRL, "Owners are shown by their initials")]],
  "Initials only on the cards; the key is the board description in the open menu.");
q("who are the named subs on the cdtg", "people_roles",
  "Three named substitutes under version 3.0 of the terms of reference (two under version 2.0): Cllr Maud Ellinthorpe (Labour, Larkhollow City Council), Cllr Osric Pennyfeather (Conservative, Orchardleigh County Council) and, newly added, Cllr Zainab Halsdown (Liberal Democrat, Kestlebury District Council).",
  ["Ellinthorpe", "Pennyfeather", "Halsdown"], [],
  [[TOR, line(TOR, "2.4 ")]],
  "The redline's paragraph holds 'two' struck and 'three' inserted, and the third name as an insertion.");

// ------------------------------------------------------------------ board_paper (7)
q("what did they resolve on the terms of reference in nov", "board_paper",
  "On 12 November 2263 the Task Group (a) recommended version 3.0 of its terms of reference to the Healthy and Resilient Communities Board on 3 December 2263; (b) asked the Head of Democratic Services to give the Board a comparison of versions 2.0 and 3.0 (CDA-51); and (c) subject to the Board's agreement, co-opted Dr Imogen Faulconbridge, Community Resuscitation Lead at Westvale Ambulance Service NHS Trust, from 1 January 2264.",
  ["3 December 2263", "Faulconbridge"], [],
  [[MIN, line(MIN, "(a) recommends version 3.0")], [MIN, line(MIN, "(b) asks the Head of Democratic Services")], [MIN, line(MIN, "(c) subject to the Board's agreement")]],
  "");
q("whats the quorum under the new ToR", "board_paper",
  "Five voting members, one of whom must be the Chair or the Vice-Chair; the co-opted member does not count towards it. Under version 2.0 it was four members.",
  ["five"], [],
  [[TOR, part(TOR, "The quorum is five voting members, one of whom must be the Chair or the Vice-Chair. A co-opted member does not count towards the quorum.")], [SWAY, line(SWAY, "Quorum: five voting members")]],
  "In the redline's text layer the deleted sentence ('The quorum is four members.') comes just before the inserted one.");
q("DOIs at the 12 nov meeting?", "board_paper",
  "Two: Cllr Ffion Kitteridge declared an interest in item 5 as a trustee of Penstone Village Hall Trust, which bid to round 2, and left the room for that bid; Cllr Ravi Chelliah-Moss declared an interest in item 6 as a paramedic employed by Westvale Ambulance Service NHS Trust, and remained in the room.",
  ["Kitteridge", "Chelliah-Moss"], [],
  [[MIN, line(MIN, "Cllr Ffion Kitteridge declared an interest")], [MIN, line(MIN, "Cllr Ravi Chelliah-Moss declared an interest")]],
  "");
q("what did they decide about the penstone bid", "board_paper",
  "The Task Group held £24,000 for Penstone Village Hall Trust (its bid scored 74) until the landowner's consent for the cabinet is confirmed. If the Board has by then agreed the revised terms of reference, the award is delegated to the Chair after consulting the Vice-Chair; otherwise it comes back to the Task Group (CDA-52). Cllr Kitteridge, a trustee, left the room.",
  ["£24,000", "landowner"], [],
  [[MIN, line(MIN, "(b) holds £24,000")], [MIN, line(MIN, "Penstone Village Hall Trust | ")]],
  "");
q("contact officer for the terms of reference?", "board_paper",
  "Delphine Arkwright-Nunes, Programme Manager, Rescue Ready: 020 7946 0841, delphine.arkwright-nunes@local.gov.uk. Version 3.0 replaces Kwabena Ofori-Stanway (Senior Adviser, Community Resilience), the contact in version 2.0.",
  ["Arkwright-Nunes", "020 7946 0841"], [],
  [[TOR, line(TOR, "Kwabena Ofori-Stanway, Senior Adviser")], [TOR, line(TOR, "Tel: ")], [TOR, line(TOR, "Email: ")]],
  "Redline: each contact line holds the deleted officer's details before the inserted ones.");
q("what did the nov meeting resolve on q2 performance", "board_paper",
  "The Task Group (a) noted the quarter 2 performance report; (b) asked officers to bring a replacement plan for pads and batteries to the meeting on 21 January 2264 (CDA-49); and (c) asked Cllr Ffion Kitteridge, as lead member for rural coverage, to write to the Westvale Landowners' Association about consents for rural cabinets (CDA-50).",
  ["21 January 2264", "Kitteridge"], [],
  [[MIN, line(MIN, "(b) asks officers to bring a replacement plan")], [MIN, line(MIN, "(c) asks Cllr Ffion Kitteridge")]],
  "");
q("how often will the tg meet under the new terms", "board_paper",
  "Four times a year (version 2.0 said five), and the Chair may call an extra meeting at seven days' notice. Meetings are in public at 18 Smith Square and online, and papers are published five clear working days before.",
  ["four"], [],
  [[TOR, line(TOR, "5.1 ")]],
  "Redline: 'five four times a year' in the text layer; only colour and the strike line say which is new.");

// ------------------------------------------------------------------ fact (5)
q("how much does a heated coded defib cabinet cost to fit", "fact",
  "About £1,150 fitted, including the electrical connection, plus about £1,300 for the defibrillator itself; the Defibrillator Access Fund pays up to 75% of the cost (answer given at the public Q&A on 30 November 2263).",
  ["£1,150"], [],
  [[QA, reply("Q-7736")]],
  "The fact is only in the written reply column of the Slido export.");
q("when does round 3 open and close", "fact",
  "Round 3 of the Defibrillator Access Fund opens on Monday 1 February 2264 and closes at noon on Monday 14 March 2264; it has £128,600 (£120,000 from next year's budget and £8,600 carried forward from round 2).",
  ["1 February 2264", "14 March 2264"], [],
  [[QA, reply("Q-7752")], [SWAY, line(SWAY, "Monday 14 March 2264")]],
  "");
q("what did the ambulance service say about survival rates", "fact",
  "Westvale Ambulance Service NHS Trust (Dr Imogen Faulconbridge) reported for quarter 2: 1,286 out-of-hospital cardiac arrests attended; bystander CPR in 71%; a public access defibrillator used before the ambulance arrived in 9.4%; 11.2% of patients survived to leave hospital, rising to 31% when a public access defibrillator had been used.",
  ["11.2%", "31%"], [],
  [[MIN, line(MIN, "6.1 ")], [QA, reply("Q-7749")]],
  "");
q("how often do guardians have to check the cabinets", "fact",
  "Once a week: a guardian checks their cabinet weekly, which takes about 10 minutes, and logs the check in the guardians' app. Free training runs on the first Saturday of every month (next: 2 January 2264 online and 6 February 2264 at Wyndleham Volunteer Centre).",
  ["week"], [],
  [[QA, reply("Q-7738")]],
  "");
q("how many defibs weren't rescue ready at the end of sept and why", "fact",
  "142 of the 1,094 registered defibrillators were not rescue ready at 30 September 2263, 97 of them because their pads had expired after the summer heat. Mardenhoe Borough Council's round 2 grant replaces pads and batteries in 60 older cabinets, and a replacement plan comes to the meeting on 21 January 2264.",
  ["142", "97"], [],
  [[MIN, line(MIN, "3.2 ")], [SWAY, line(SWAY, "RRP-02 · ")], [QA, reply("Q-7740")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("can the chair sign off penstone's grant by herself now?", "cross_document",
  "Yes, once the landowner's consent is confirmed, and after consulting the Vice-Chair. On 12 November the Task Group held £24,000 for Penstone and delegated the award to the Chair if the Board had agreed the revised terms of reference by then; the Board agreed version 3.0 on 3 December 2263, which raises the Chair's limit from £20,000 to £30,000, so £24,000 is within it. The consent has not come yet: CDA-52 is blocked, waiting for the landowner's solicitors.",
  ["£30,000", "3 December"], [],
  [[MIN, line(MIN, "(b) holds £24,000")], [TOR, line(TOR, "6.2 ")], [SWAY, sentence(SWAY, "On 3 December the")], [TRL, line(TRL, "Minute 5 | CDA-52")]],
  "The minutes make the delegation conditional, the redline has both limits side by side, the Sway says the Board agreed, the Trello board that the consent is still awaited.");
q("why was the taxi defib bid rejected and can they try again", "cross_document",
  "Brantmere Hackney Carriage Association's bid (defibrillators in 40 taxis, £23,500) scored 61 out of 100, below the threshold of 65, so the Task Group did not fund it on 12 November; the panel was not convinced a defibrillator in a taxi would be available to the public while the taxi was out on a job. It can bid again in round 3, which opens on 1 February 2264 and closes on 14 March 2264.",
  ["61", "65", "round 3"], [],
  [[MIN, line(MIN, "Brantmere Hackney Carriage Association | ")], [MIN, line(MIN, "(c) does not fund the bids")], [QA, reply("Q-7757")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for RRP-02?", "unanswerable", "The papers give figures up to quarter 2 (30 September 2263) only: RRP-02 was 87% (red). Quarter 3 figures are not in them.", [], [], [], "");
q("did penstone village hall get its £24,000 in january?", "unanswerable", "The papers end on 10 December 2263, when the award was still held and CDA-52 blocked waiting for the landowner's consent; whether it was made in January is not in them.", [], [], [], "");
q("whats cllr averill-pike's phone number", "unanswerable", "No telephone number for Cllr Constance Averill-Pike is given in the papers; only officers' numbers are.", [], [], [], "");
q("who attended the 10 september cdtg meeting?", "unanswerable", "The papers do not include the attendance of the meeting on 10 September 2263; the minutes of 12 November only record that its minutes were agreed and list its open actions.", [], [], [], "");
q("how many people took part in the slido q&a?", "unanswerable", "The Slido export lists the questions, their votes and replies but not how many people took part.", [], [], [], "");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
