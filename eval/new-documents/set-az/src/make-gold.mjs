// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cell (row()),
// lines by their start (line()), so a quote is always a whole rendering line or its first cells.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const FORM = DOCS.form, GMAIL = DOCS.gmail, TOR = DOCS.tor, TRACK = DOCS.tracker, MIN = DOCS.minutes;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell, n, k): the k-th rendering line (from 0) starting with that cell, cut to its first n cells
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
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `az${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which recovery fund schemes are stalled at q2?", "status_lookup",
  "Two schemes are Stalled at quarter 2 (30 September 2131): EHF-05, Hollinsfield Metropolitan Borough Council's terraced streets renewal in Canal Ward (£390,000; the contractor went into administration in August 2131 and the retender closes on 14 December 2131), and EHF-08, Pellbury District Council's conversion of former holiday lets (£150,000; planning permission was refused on 3 September 2131 and an appeal has been lodged). EHF-11 (Thornhallow) was Stalled at quarter 1 but has since been withdrawn.",
  ["EHF-05", "EHF-08"], [],
  [[TRACK, row(TRACK, "EHF-05")], [TRACK, row(TRACK, "EHF-08")]],
  "Mac CSV (Mac OS Roman, CR line ends): the status is the 'Status Q2' column of Table 1; EHF-11's 'Status Q1' is Stalled too but its Q2 status is Withdrawn.");
q("any EHM measures red in Q2?", "status_lookup",
  "Yes, two programme measures are R (off track) at quarter 2 2131/32: EHM-02, the reduction in long-term empty homes in the 12 Fund councils (3.0% against a target of 10%), and EHM-04, empty dwelling management orders granted (5 against a target of 24; tribunal listings take about 30 weeks).",
  ["EHM-02", "EHM-04"], [],
  [[TRACK, row(TRACK, "EHM-02")], [TRACK, row(TRACK, "EHM-04")], [TRACK, line(TRACK, "RAG key (Table 2)")]],
  "Table 2 of the Mac CSV rates with single letters in a 'Q2 RAG' column; the key is a one-cell row at the foot of the file (R = off track).");
q("what got worse between q1 and q2 on the programme measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: EHM-01, long-term empty homes brought back into use (G to A: 790 against a profile of 850), EHM-02, the reduction in long-term empty homes (G to R: 3.0%), and EHM-04, empty dwelling management orders granted (A to R: 5). EHM-03 and EHM-07 improved (EHM-07 to B, achieved); EHM-08 had no data at quarter 1.",
  ["EHM-01", "EHM-02", "EHM-04"], [],
  [[TRACK, row(TRACK, "EHM-01")], [TRACK, row(TRACK, "EHM-02")], [TRACK, row(TRACK, "EHM-04")]],
  "Compares the 'Q1 RAG' and 'Q2 RAG' letter columns in the key's order (R worse than A worse than G worse than B); N/D is no data.");
q("is the marrowmere cottages scheme finished", "status_lookup",
  "Yes. EHF-03, Marrowmere District Council's rural cottages purchase and repair scheme, is Complete at quarter 2: all 12 cottages are let at affordable rents, and the final claim was paid on 24 September 2131 (£280,000 paid of the £280,000 awarded).",
  ["Complete", "12"], [],
  [[TRACK, row(TRACK, "EHF-03")]],
  "");
q("wich actions from the sept meeting r still open?", "status_lookup",
  "Two of the actions from 18 September 2131 (EHA-24 to EHA-30) were still open at the meeting on 20 November 2131: EHA-27, the guidance on using empty dwelling management orders, which Lavinia Orchardson will now publish in January 2132, and EHA-29, the Chair's letter to the Minister on the premium for second homes, sent on 2 October 2131, to which a reply is awaited. The rest were complete.",
  ["EHA-27", "EHA-29"], [],
  [[MIN, line(MIN, "2.2 ")]],
  "The action log is a sentence of minute 2.2, inside the clerk's e-mail that is attached (message/rfc822) to the forwarded .eml.");
q("have the 20 nov minutes been approved yet", "status_lookup",
  "No. They are still a draft: the clerk sent them to members on 27 November 2131, and the Head of Democratic Services forwarded them to the Chair on 29 November with two corrections (Cllr Petronella Grisedale attended online rather than sending apologies; minute 5.2 should read 37 homes, not 73). The draft is to be published with the corrections on 3 December and submitted to the meeting on 5 February 2132 for approval.",
  ["5 February 2132"], [],
  [[MIN, line(MIN, "DRAFT – subject to approval")], [MIN, line(MIN, "Subject to those corrections")]],
  "The covering note (outer message) and the DRAFT line (attached message) are in different MIME parts of the .eml.");
q("EHM-07 shows B - what does that mean, did we hit it?", "status_lookup",
  "B means achieved. EHM-07, councils charging the empty homes premium at the maximum rate, was 77% at quarter 2 against a target of 75% (68% and G at quarter 1); the target was met in September.",
  ["achieved", "77%"], [],
  [[TRACK, row(TRACK, "EHM-07")], [TRACK, line(TRACK, "RAG key (Table 2)")]],
  "'B' is explained only by the key row at the foot of the CSV.");

// ------------------------------------------------------------------ table_lookup (7)
q("how much has kestrelgate drawn down from its loans scheme so far", "table_lookup",
  "£260,000 had been paid to 30 September 2131 of the £450,000 awarded to EHF-02, Kestrelgate City Council's empty homes loans scheme; 31 of its 60 homes are back in use. It is Slipping at quarter 2: eight loan offers were not taken up by owners, and new marketing started in October.",
  ["£260,000"], [],
  [[TRACK, row(TRACK, "EHF-02")]],
  "Money as displayed by Excel ('£260,000', quoted because of its comma; '£' is byte A3 in Mac OS Roman).");
q("homes back in use at ashwick vale?", "table_lookup",
  "37 homes were back in use at 30 September 2131 under EHF-04, Ashwick Vale District Council's long-term empties enforcement team, against a target of 75 (On track; £110,000 paid of £220,000). The draft minutes of 20 November say 73, but that is a typing error: the Head of Democratic Services' note corrects minute 5.2 to 37.",
  ["37"], [],
  [[TRACK, row(TRACK, "EHF-04")], [MIN, line(MIN, "2. Minute 5.2 should say")]],
  "The attached draft minutes (5.2) give 73; only the outer covering note corrects it.");
q("EHM-06 q2 figure?", "table_lookup",
  "29 weeks: the average time to bring a home back into use at quarter 2 2131/32, against a target of 26 weeks or fewer. It is rated A (at risk), as it was at quarter 1 (31 weeks).",
  ["29"], [],
  [[TRACK, row(TRACK, "EHM-06")]],
  "");
q("whats left in the fund reserve after the tanners yard award", "table_lookup",
  "£245,000. The reserve was £385,000 before the decision (the £410,000 at 30 September less the £25,000 committed in October for the EHF-09 variation) and the award to Hollinsfield for Tanner's Yard (UD-2131-04) was £140,000. The first e-mail's £270,000 was based on the out-of-date £410,000 and was corrected by the Finance Business Partner.",
  ["£245,000"], [],
  [[FORM, row(FORM, "Fund reserve after this decision")], [GMAIL, sentence(GMAIL, "The reserve on 1 November 2131")]],
  "Filled-in PDF form: the sums exist only as form field values (their appearance streams), not in the page text.");
q("pellbury's award - how much and why is it stuck", "table_lookup",
  "EHF-08, Pellbury District Council's conversion of former holiday lets, was awarded £150,000; nothing has been paid and no homes are back in use. It has been Stalled at both quarters because planning permission was refused on 3 September 2131 and an appeal has been lodged. On 20 November the Task Group agreed to hold the award until the appeal is decided and to withdraw it if the appeal fails.",
  ["£150,000", "planning"], [],
  [[TRACK, row(TRACK, "EHF-08")], [MIN, line(MIN, "(c) agreed that the EHF-08 award")]],
  "");
q("EHA-33 who's got it and when's it due", "table_lookup",
  "EHA-33 (minute 4 of 20 November 2131), a report on the use of empty dwelling management orders including tribunal waiting times, is owned by Lavinia Orchardson, Solicitor (Housing), and is due on 05/02/2132, the meeting of 5 February 2132.",
  ["Lavinia Orchardson", "05/02/2132"], [],
  [[MIN, row(MIN, "EHA-33")]],
  "Actions table of the attached draft minutes (HTML part, quoted-printable).");
q("tracker totals - paid so far and homes back in use overall?", "table_lookup",
  "At 30 September 2131, £1,385,000 had been paid of the £2,990,000 awarded in round 1 of the Empty Homes Recovery Fund, and 160 homes were back in use against a target of 367.",
  ["£1,385,000", "160"], [],
  [[TRACK, lines(TRACK).find((x) => x.startsWith(" | Total")).slice(3)], [MIN, line(MIN, "5.1 ")]],
  "The Total row of Table 1 has an empty first cell.");

// ------------------------------------------------------------------ people_roles (7)
q("who's vice chair of the empty homes tg?", "people_roles",
  "Cllr Obadiah Saxelby-Crane (Labour, Kestrelgate City Council) is Vice-Chair of the Empty Homes Task Group.",
  ["Saxelby-Crane"], [],
  [[TOR, row(TOR, "Cllr Obadiah Saxelby-Crane")]],
  "Appendix B of the Word report.");
q("who did the chair consult on UD-2131-04?", "people_roles",
  "The Vice-Chair, Cllr Obadiah Saxelby-Crane, consulted on 06/11/2131, who agreed on condition that Hollinsfield reports progress to every meeting until the flats are let. The Deputy Chair, Cllr Saoirse Quillfeather, was not consulted: she was on leave until 12 November 2131 and content for the Chair and Vice-Chair to proceed. Officers consulted were Ingrid Sølvberg, Finance Business Partner (reserve position), and Lavinia Orchardson, Solicitor (Housing) (EDMO process). Cllr Demetrius Oyediran-Pike was not consulted because of his council's interest.",
  ["Saxelby-Crane"], [],
  [[FORM, row(FORM, "Vice-Chair consulted")], [FORM, row(FORM, "Was the Deputy Chair consulted?")], [FORM, line(FORM, "On leave until 12 November 2131")]],
  "The Deputy Chair's check box is ticked No only in the field's state; the names are field values.");
q("who subbed for sneddon-price on the 20th", "people_roles",
  "Cllr Magnus Kettleburn-Vale (Conservative, Brindlecombe Borough Council), one of the three named substitutes, substituted for Cllr Bartholomew Sneddon-Price at the meeting on 20 November 2131.",
  ["Kettleburn-Vale"], [],
  [[MIN, row(MIN, "Substitute")], [TOR, row(TOR, "Cllr Magnus Kettleburn-Vale")]],
  "");
q("was grisedale at the nov meeting? minutes have her on apologies", "people_roles",
  "Yes. Cllr Petronella Grisedale attended online. The draft minutes list her under apologies in error; the Head of Democratic Services' covering note of 29 November asks for her to be moved to 'Present' as '(online)'.",
  ["online"], [],
  [[MIN, line(MIN, "1. Cllr Petronella Grisedale attended online")], [MIN, row(MIN, "Apologies")]],
  "The correction is in the outer message; the error in the attached message.");
q("who did the presentation from the homes from empties trust", "people_roles",
  "Tamsin Rooksby-Nyland, Chief Executive of the Homes from Empties Trust, presented the Trust's lease-and-repair model at item 7 on 20 November 2131.",
  ["Rooksby-Nyland"], [],
  [[MIN, sentence(MIN, "7.1 Tamsin Rooksby-Nyland")]],
  "");
q("lead member for council tax premiums?", "people_roles",
  "Cllr Ishbel Carrowmore (Conservative, Ashwick Vale District Council) is lead member for council tax and empty homes premiums; she is also the lead member for measures EHM-02 and EHM-07.",
  ["Carrowmore"], [],
  [[TOR, row(TOR, "Cllr Ishbel Carrowmore")]],
  "");
q("who signed UD-2131-04 as proper officer", "people_roles",
  "Hermione Blackwardine, Head of Democratic Services, signed the decision record as proper officer on 07/11/2131, the same day as the Chair.",
  ["Blackwardine"], [],
  [[FORM, row(FORM, "Proper officer (name and post)")], [FORM, row(FORM, "Signature of proper officer")]],
  "The typed 'signature' is a form field value in an oblique face.");

// ------------------------------------------------------------------ board_paper (7)
q("reccomendations on the ToR review paper?", "board_paper",
  "That the Task Group: (a) recommends the changes in Appendix A to the Housing and Neighbourhoods Board on 11 December 2131; (b) notes the membership for 2131/32 in Appendix B, including the two places for combined authority members that change 2 would create; and (c) asks the Head of Democratic Services to make any consequential changes to paragraph numbering.",
  ["11 December 2131", "Appendix B"], [],
  [[TOR, line(TOR, "(a) recommends the changes in Appendix A")], [TOR, line(TOR, "(b) notes the membership")], [TOR, line(TOR, "(c) asks the Head of Democratic Services")]],
  "");
q("is UD-2131-04 a key decision? any exempt info?", "board_paper",
  "No to both: the decision record's 'Is this a key decision?' and 'Does the decision contain exempt information?' boxes are ticked No, and no paragraph of Schedule 12A is given.",
  ["No"], [],
  [[FORM, row(FORM, "Is this a key decision?")], [FORM, row(FORM, "Does the decision contain exempt information?")]],
  "Check boxes of the filled-in form: the ticks exist only as the fields' /V /Yes state; the page prints 'Yes' and 'No' beside both boxes.");
q("why couldn't the tanners yard decision wait til the 20 nov meeting", "board_paper",
  "Because the First-tier Tribunal was to hear Hollinsfield's application for an interim EDMO on 15 November 2131, and the council had to show by 9 November 2131 that the works were funded; the Task Group's next meeting, on 20 November 2131, came after the hearing.",
  ["15 November 2131", "9 November 2131"], [],
  [[FORM, line(FORM, "The First-tier Tribunal will hear")], [GMAIL, sentence(GMAIL, "The First-tier Tribunal will hear")]],
  "");
q("what conditions are on the hollinsfield award", "board_paper",
  "Two: the award of £140,000 is conditional on Hollinsfield reporting progress to every meeting of the Task Group until the flats are let (the Vice-Chair's condition), and Hollinsfield meets the remaining £15,000 of the £155,000 it asked for from its own housing budget.",
  ["until the flats are let", "£15,000"], [],
  [[FORM, line(FORM, "(b) The award is conditional")], [FORM, line(FORM, "(c) Hollinsfield Metropolitan Borough Council meets")], [GMAIL, sentence(GMAIL, "I agree to an award of £140,000")]],
  "");
q("DOIs at the 20 nov meeting?", "board_paper",
  "Two: Cllr Demetrius Oyediran-Pike declared an interest in items 5 and 6 as a member of Hollinsfield Metropolitan Borough Council's cabinet (the council receives money for EHF-05 and EHF-13); he took no part in the discussion of EHF-05 and left the meeting for item 6. Cllr Hyacinth Linthwaite-Cole declared a personal interest in item 4 as the owner of a flat in Dunmarsh empty for more than two years and charged the empty homes premium; she took part.",
  ["Oyediran-Pike", "Linthwaite-Cole"], [],
  [[MIN, line(MIN, "1.2 ")], [MIN, line(MIN, "1.3 ")]],
  "");
q("what did they decide on the terms of reference in nov", "board_paper",
  "The Task Group recommended the changes in Appendix A to the Housing and Neighbourhoods Board on 11 December 2131 with amendments: a quorum of four members without the requirement for the Chair or the Vice-Chair to be present; a limit of £200,000 (not £250,000) for decisions between meetings; and change 2, the membership (two combined authority places), deferred to 5 February 2132 while the political groups are consulted. It noted the membership for 2131/32.",
  ["£200,000", "four members"], [],
  [[MIN, line(MIN, "(b) recommends that the quorum")], [MIN, line(MIN, "(c) recommends that the limit")], [MIN, line(MIN, "(d) defers change 2")]],
  "");
q("what does the ToR change propose for subs", "board_paper",
  "Change 4 (paragraph 5) would let each political group name up to two substitutes instead of one, each able to attend in place of any member of that group, because at three meetings in 2130/31 two members of the same group were absent.",
  ["up to two"], [],
  [[TOR, row(TOR, "4")]],
  "The proposed wording shows 'one substitute' struck through in red beside 'up to two substitutes' underlined in blue; as text both stand side by side.");

// ------------------------------------------------------------------ fact (5)
q("how long have the tanners yard flats been empty", "fact",
  "Since 2124. The 14 flats at Tanner's Yard, Hollinsfield, have been empty since 2124 and their owner cannot be traced.",
  ["2124"], [],
  [[GMAIL, sentence(GMAIL, "The flats have been empty since 2124")], [FORM, sentence(FORM, "The 14 flats at Tanner's Yard")]],
  "");
q("how much did hollinsfield originally ask for", "fact",
  "£155,000. It was over the Chair's £150,000 limit for decisions between meetings, so £140,000 was awarded and Hollinsfield will meet the other £15,000 from its own housing budget.",
  ["£155,000"], [],
  [[GMAIL, line(GMAIL, "Under paragraph 8.2")], [TOR, line(TOR, "5. The limit for decisions")]],
  "");
q("homes from empties trust - how many homes and what did it cost", "fact",
  "Since 2126 the Homes from Empties Trust has brought 412 empty homes back into use with 19 councils, at an average cost of £23,400 a home, letting them to households on council waiting lists.",
  ["412", "£23,400"], [],
  [[MIN, sentence(MIN, "Since 2126 the Trust")]],
  "");
q("when does the second homes premium consultation close", "fact",
  "14 January 2132. Officers will draft a response for members to comment on by e-mail (action EHA-36, due 07/01/2132).",
  ["14 January 2132"], [],
  [[MIN, line(MIN, "8.1 ")]],
  "");
q("when's the next ehtg meeting", "fact",
  "Tuesday 5 February 2132 at 11.00am.",
  ["5 February 2132"], [],
  [[MIN, line(MIN, "9.1 ")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("what limit did the TG end up agreeing for chair's decisions between meetings? paper said 250k", "cross_document",
  "£200,000. The terms of reference allow £150,000 now (paragraph 8.2); the review paper proposed £250,000, but on 20 November 2131 Cllr Ishbel Carrowmore's amendment for £200,000, to be reviewed after a year, was carried by 8 votes to 4, and the Task Group recommended £200,000 to the Housing and Neighbourhoods Board on 11 December 2131 (the changes would take effect from 1 January 2132 if agreed).",
  ["£200,000"], [],
  [[TOR, row(TOR, "6")], [MIN, line(MIN, "3.3 ")], [MIN, line(MIN, "(c) recommends that the limit")]],
  "Word report (current £150,000 beside the struck £150,000 and underlined £250,000) against the attached draft minutes (amendment and resolution).");
q("how much is in the recovery fund reserve now", "cross_document",
  "£505,000 after the meeting of 20 November 2131. The Chair's decision UD-2131-04 of 7 November took the reserve from £385,000 to £245,000 (£140,000 to Hollinsfield for Tanner's Yard), and on 20 November the Task Group noted that the £260,000 awarded to EHF-11, which Thornhallow withdrew, returns to the reserve, bringing it to £505,000.",
  ["£505,000"], [],
  [[FORM, row(FORM, "Fund reserve after this decision")], [MIN, line(MIN, "(b) noted that the £260,000")]],
  "Filled-in PDF form (field values) against the attached draft minutes; the tracker's £410,000 is the position at 30 September.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for EHM-01?", "unanswerable",
  "Not in the papers: the tracker covers quarter 1 and quarter 2 2131/32 only (EHM-01 was 790 and A at quarter 2).",
  [], [], [],
  "Near miss: Q1 and Q2 columns only.");
q("did the housing and neighbourhoods board approve the new quorum on 11 dec?", "unanswerable",
  "Not in the papers: the Task Group recommended on 20 November 2131 a quorum of four members (without the Chair or Vice-Chair requirement) for the Board's meeting on 11 December 2131, but nothing records what the Board decided.",
  [], [], [],
  "Near miss: the recommendation is held, the Board's decision is not.");
q("whats cllr tallowfield's phone number", "unanswerable",
  "Not given: the papers give the Chair's e-mail address only (cllr.tallowfield@brindlecombe.gov.uk); the telephone numbers are officers'.",
  [], [], [],
  "Near miss: officers' numbers are everywhere.");
q("who attended the 18 september ehtg meeting?", "unanswerable",
  "Not in the papers: there are no minutes of 18 September 2131; the minutes of 20 November only record that they were agreed and give the action log.",
  [], [], [],
  "Near miss: the meeting is mentioned, its attendance is not.");
q("who are the combined authority members on the TG?", "unanswerable",
  "None has been named: the two combined authority places were only proposed (change 2, 'to be nominated'), and on 20 November the Task Group deferred the change to 5 February 2132.",
  [], [], [],
  "Near miss: the places are described but unfilled.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
