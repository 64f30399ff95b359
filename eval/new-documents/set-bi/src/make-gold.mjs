// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or a line's cells, or a sentence of a
// line, taken from the renderings by what they start with or contain, so a quote is always the rendering's
// own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const VIS = DOCS.visio, ASA = DOCS.asana, VOTE = DOCS.vote, TEN = DOCS.tender, PACK = DOCS.pack;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// has(doc, text, k): the k-th rendering line containing that text
const has = (doc, t, k = 0) => {
  const l = lines(doc).filter((x) => x.includes(t))[k];
  if (!l) throw new Error(`no line with ${t} in ${doc}`);
  return l;
};
// cells(doc, has, from, n): in the rendering line containing `has`, n cells from the cell starting with `from`
const cells = (doc, h, from, n) => {
  const c = has(doc, h).split(" | ");
  const i = c.findIndex((x) => x.startsWith(from));
  if (i < 0) throw new Error(`no cell ${from} in line ${h}`);
  return c.slice(i, i + n).join(" | ");
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
  G.push({ id: `bi${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which DMP measures are red at q2?", "status_lookup",
  "Two of the eight Healthy Homes Programme measures are Red (off track) at quarter 2 2197/98 (30 September 2197): DMP-01, damp and mould reports triaged within 2 working days (86% against a target of 95%; reports rose by 38% in September), and DMP-05, tenants satisfied with how their damp and mould report was handled (64% against 75%).",
  ["DMP-01", "DMP-05"], ["DMP-08"],
  [[PACK, line(PACK, "DMP-01 | ")], [PACK, line(PACK, "DMP-05 | ")], [PACK, line(PACK, "Ratings: Green")]],
  "pdftotext -layout text: Table 1 has no rules, its measure names wrap onto a second line and the Q2 rating is the seventh of eight space-aligned columns; DMP-08 was Red at quarter 1, not quarter 2.");
q("what got worse between q1 and q2 on the healthy homes measures", "status_lookup",
  "Three measures are rated worse at quarter 2 than at quarter 1: DMP-01, reports triaged within 2 working days (Amber to Red, 91% to 86%); DMP-02, Category 1 hazards made safe within 24 hours (Green to Amber, 99% to 97%); and DMP-05, tenant satisfaction with how reports were handled (Amber to Red, 68% to 64%). Three improved: DMP-04 (Amber to Green), DMP-06 (Amber to Achieved) and DMP-08 (Red to Amber).",
  ["DMP-01", "DMP-02", "DMP-05"], [],
  [[PACK, line(PACK, "DMP-01 | ")], [PACK, line(PACK, "DMP-02 | ")], [PACK, line(PACK, "DMP-05 | ")], [PACK, line(PACK, "2. At quarter 2")]],
  "Compares the 'Q1 rating' and 'Q2 rating' columns of Table 1 (wrapped headers 'Q1' over 'rating'); paragraph 2 of the report, in the left column of a two-column page, says the same.");
q("which actions from the sept tg are still open?", "status_lookup",
  "Three of the eight actions from 20 September 2197 (DMA-22 to DMA-29) have no completion date in the work programme exported on 28 November 2197: DMA-24, the Chair's letter to the Minister on new burdens funding (Cressida Vantreight; sent 6 October, no reply yet, chased 10 November; Amber); DMA-26, the recovery plan for the humidity sensor pilot (Dr Ngozi Abernathy-Kaur; due 24 November, overdue, Red); and DMA-27, draft terms of reference for the Tenant Voice Panel (Fenella Ellwood-Kerr; due 13 December, Green). The other five are complete.",
  ["DMA-24", "DMA-26", "DMA-27"], [],
  [[ASA, has(ASA, "| DMA-24 ")], [ASA, has(ASA, "| DMA-26 ")], [ASA, has(ASA, "| DMA-27 ")]],
  "Asana CSV: no status column; a task is done only when 'Completed At' has a date (the completed actions carry one, the open ones only Created At and Last Modified).");
q("which tasks are red on the damp and mould work programme?", "status_lookup",
  "Two open tasks have the RAG field set to Red in the Asana work programme (export of 28 November 2197): the humidity sensor pilot ('Humidity sensor pilot: 3,000 sensors installed', Dr Ngozi Abernathy-Kaur, due 30 March 2198: only 420 installed at 30 September, the supplier's delivery slipped to January), and DMA-26, the recovery plan for the pilot, overdue since 24 November.",
  ["humidity sensor", "DMA-26"], [],
  [[ASA, has(ASA, "| Humidity sensor pilot: 3,000 sensors installed")], [ASA, has(ASA, "| DMA-26 ")]],
  "RAG is a custom field near the end of Asana's columns, empty on completed and not-started tasks.");
q("did our response to the hazard timescales consultation get approved?", "status_lookup",
  "Yes. The e-mail vote closed at 12:00 on 22 November 2197 and the recommendations were agreed by 9 in favour (7 Approve and 2 Approve with comments), 1 against and 1 abstention, with 11 of the 12 members responding (decision HDMTG-ED-2197-03). The response, amended as two members asked, was submitted on the Department's portal on 27 November 2197.",
  ["9"], [],
  [[VOTE, sentence(VOTE, "Result: the recommendations are AGREED")], [VOTE, line(VOTE, "Reply tally:")], [ASA, cells(ASA, "Consultation response: hazard response timescales", "Approved by e-mail", 1)]],
  "The result is in the clerk's e-mail; Outlook's voting-button tracking is pasted into it as tab-separated rows.");
q("have the minutes of the 20 sept meeting been approved?", "status_lookup",
  "Not yet: the minutes of 20 September 2197 in the agenda pack are marked 'DRAFT - for approval at the meeting on 13 December 2197'; their approval is item 2 on that agenda.",
  ["draft", "13 December"], [],
  [[PACK, line(PACK, "DRAFT - for approval")], [PACK, line(PACK, "2 | Minutes of the meeting held on 20 September 2197")]],
  "");
q("is the humidity sensor pilot on track?", "status_lookup",
  "No. It is rated Red in the work programme: only 420 sensors were installed by 30 September 2197 against a profile of 1,200 (target 3,000 by March 2198; DMP-07 is Amber), because the supplier, Hygrosense Ltd, delivered only 600 of the first 1,500 sensors and moved the rest to January 2198. Item 4 asks the Task Group to agree a recovery plan that extends the pilot to 30 June 2198 within its £310,000 budget.",
  ["Red", "420"], [],
  [[ASA, has(ASA, "| Humidity sensor pilot: 3,000 sensors installed")], [PACK, line(PACK, "7. Only 420 sensors")], [PACK, line(PACK, "8. The pilot is rated Red")]],
  "The pack's paragraphs 7 and 8 are in the right-hand column of a two-column page, printed beside paragraphs 1 to 4.");

// ------------------------------------------------------------------ table_lookup (7)
q("DMP-03 q2 figure?", "table_lookup",
  "2,630 homes with mould remediation completed (cumulative) at quarter 2 2197/98, against a target of 6,000 for the year: Green (1,240 at quarter 1). Lead member Cllr Maddern-Lyle.",
  ["2,630"], [],
  [[PACK, line(PACK, "DMP-03 | ")]],
  "");
q("how much is recommended for ketterby and why is it less than they asked for", "table_lookup",
  "£190,000 for Ketterby County Council's retrofit of 40 system-built homes (bid DRF1-05, scored 69): it asked for £240,000, but the award is reduced because 8 of the homes are due for demolition.",
  ["190,000"], [],
  [[PACK, line(PACK, "DRF1-05 | ")]],
  "Table 3 in pdftotext layout: council, project and note each wrap over two to four lines.");
q("what's the evaluation contract worth?", "table_lookup",
  "Estimated at £180,000 excluding VAT (Find a Tender notice 2197/S 000-052814), with an option to extend it by up to 12 months for up to £60,000 excluding VAT to evaluate round 2 of the fund. The Task Group agreed a budget of up to £180,000 over two years on 20 September 2197.",
  ["180,000"], [],
  [[TEN, line(TEN, "Value excluding VAT: £180,000")], [TEN, line(TEN, "An extension of up to 12 months")]],
  "OJEU-style numbered fields: II.1.5) Estimated total value.");
q("what are the award criteria and weightings for the evaluation tender", "table_lookup",
  "Quality 70 and price 30: methodology and evaluation design 30, team and experience 20, involving tenants 10, social value 10, and price 30.",
  ["Methodology", "Social value", "Price"], [],
  [[TEN, line(TEN, "Quality criterion - Name: Methodology")], [TEN, line(TEN, "Quality criterion - Name: Team")], [TEN, line(TEN, "Quality criterion - Name: Involving")], [TEN, line(TEN, "Quality criterion - Name: Social")], [TEN, line(TEN, "Price - Weighting")]],
  "II.2.5) Award criteria, one 'Quality criterion - Name: … / Weighting: …' line per criterion.");
q("DMA-27 who's got it and when's it due", "table_lookup",
  "DMA-27, bringing draft terms of reference for the Tenant Voice Panel to the December meeting (minute 7 of 20 September 2197), is Fenella Ellwood-Kerr's (Adviser, Tenant Engagement), due 13 December 2197; still open and Green, with the draft with the Panel's chair for comment.",
  ["Fenella Ellwood-Kerr", "13"], [],
  [[ASA, has(ASA, "| DMA-27 ")], [PACK, line(PACK, "DMA-27 | ")]],
  "Asana gives the due date as 2197-12-13, the pack's actions table as 13/12/2197.");
q("how did the email vote on the consultation response go? numbers pls", "table_lookup",
  "Approve 7, Approve with comments 2, Reject 1, Abstain 1: 9 in favour, 1 against and 1 abstention, with 11 of the 12 members responding (Cllr Bartholomew Thirlaway was on leave and did not vote). Cllr Henrietta Lidstone rejected and Cllr Cormac Delacourt-Ansah abstained.",
  ["7", "2", "11"], [],
  [[VOTE, line(VOTE, "Reply tally:")], [VOTE, sentence(VOTE, "11 of the 12 members responded")], [VOTE, line(VOTE, "Cllr Bartholomew Thirlaway was on leave")]],
  "");
q("whats the forecast outturn on the frontline training budget", "table_lookup",
  "£228,000 against a budget of £240,000 for 2197/98 (£96,000 spent to 30 September), a forecast underspend of £12,000.",
  ["228,000"], [],
  [[PACK, line(PACK, "Frontline training programme | ")]],
  "Table 2 of item 4: a header cell 'Spent to 30 September' wraps over two lines.");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the damp and mould tg?", "people_roles",
  "Cllr Rosamund Gurnsell (Conservative, Caskmoor Borough Council) chairs the Housing Damp and Mould Task Group in 2197/98. The Vice-Chair is Cllr Dawit Fennessey (Labour, Brinkhollow City Council) and the Deputy Chair Cllr Ottoline Vosburgh (Liberal Democrat, Hollinvale District Council).",
  ["Gurnsell"], [],
  [[VIS, line(VIS, "Cllr Rosamund Gurnsell | Chair")], [PACK, line(PACK, "Cllr Rosamund Gurnsell (Chair),")]],
  "Visio org chart: the name, the role and 'Caskmoor BC (Con)' are three text lines of one shape.");
q("who's the lead member for tenant voice", "people_roles",
  "Cllr Bartholomew Thirlaway (Independent, Tarnholme District Council). He also leads on tenant satisfaction (DMP-05).",
  ["Thirlaway"], [],
  [[VIS, line(VIS, "Cllr Bartholomew Thirlaway | Lead member")], [PACK, line(PACK, "DMP-05 | ")]],
  "Lead members appear only on the Visio org chart (and as 'Cllr Thirlaway' against a measure).");
q("who replaced cllr umberleigh on the tg", "people_roles",
  "Cllr Leopold Ashdown-Yeo (Conservative, Pellingworth Borough Council), a member from 1 September 2197. Cllr Gervase Umberleigh stood down on 31 August 2197; the Chair welcomed Cllr Ashdown-Yeo to his first meeting on 20 September 2197.",
  ["Ashdown-Yeo"], [],
  [[VIS, line(VIS, "Cllr Gervase Umberleigh")], [VIS, line(VIS, "Cllr Leopold Ashdown-Yeo | ")], [PACK, line(PACK, "1.1 The Chair welcomed")]],
  "");
q("who voted against the consultation response and why?", "people_roles",
  "Cllr Henrietta Lidstone (Green Party, Lunsdale District Council) voted Reject: she could not support asking for 28 days where a specialist survey is needed – tenants living with mould have waited long enough, and 14 days should mean 14 days.",
  ["Lidstone"], [],
  [[VOTE, line(VOTE, "Lidstone, Henrietta (Cllr) - Reject")], [VOTE, line(VOTE, "Lidstone, Henrietta (Cllr) | Reject")]],
  "The voter is named as the address book lists her ('Lidstone, Henrietta (Cllr)').");
q("who's the contact for the evaluation tender?", "people_roles",
  "Harriet Prothero-Dunn, the LGA's Procurement Lead: harriet.prothero-dunn@local.gov.uk, +44 20 7946 0916. Clarification questions go through ProContract by 5pm on 5 January 2198.",
  ["Prothero-Dunn"], [],
  [[TEN, line(TEN, "Harriet Prothero-Dunn")], [TEN, line(TEN, "harriet.prothero-dunn@local.gov.uk")], [TEN, line(TEN, "+44 20 7946 0916")], [VIS, line(VIS, "Harriet Prothero-Dunn | ")]],
  "The notice gives 'Contact' and the name on separate lines; the post is on the Visio org chart.");
q("who are the named subs on the damp and mould tg", "people_roles",
  "Three named substitutes: Cllr Algernon Pettigrew-Hume (Conservative, Skelbrooke District Council), Cllr Blessing Makinwa (Labour, Marrowfield City Council) and Cllr Ysolde Sorrell-Baines (Liberal Democrat, Hollinvale District Council).",
  ["Pettigrew-Hume", "Makinwa", "Sorrell-Baines"], [],
  [[VIS, line(VIS, "Cllr Algernon Pettigrew-Hume")], [VIS, line(VIS, "Cllr Blessing Makinwa")], [VIS, line(VIS, "Cllr Ysolde Sorrell-Baines")], [PACK, line(PACK, "Cllr Algernon Pettigrew-Hume")], [PACK, line(PACK, "Cllr Blessing Makinwa")], [PACK, line(PACK, "Cllr Ysolde Sorrell-Baines")]],
  "Dashed boxes on the org chart; a list in the right-hand column of the pack's cover.");
q("who subbed at the sept meeting?", "people_roles",
  "Cllr Blessing Makinwa (Labour, Marrowfield City Council) substituted for Cllr Nadifa Osei-Brampton at the meeting on 20 September 2197; Cllr Parveen Istead also sent apologies.",
  ["Makinwa", "Osei-Brampton"], [],
  [[PACK, line(PACK, "Cllr Blessing Makinwa (for")], [PACK, line(PACK, "1.2 Apologies were received")]],
  "The attendance lists are printed side by side (Present and Substitute on the left, Officers on the right).");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the damp remediation fund round 1 paper?", "board_paper",
  "That the Task Group: (a) awards grants totalling £1,085,000 to the six councils in Table 3 (Brinkhollow £250,000, Caskmoor £180,000, Gallowsett £195,000, Hollinvale £140,000, Ketterby £190,000, Marrowfield £130,000); (b) does not fund the bids of Northwyke Borough Council, Tarnholme District Council and Wyverstoke County Council, which scored below the threshold of 65; (c) carries the remaining £115,000 to round 2 of the fund.",
  ["£1,085,000", "Northwyke", "£115,000"], [],
  [[PACK, has(PACK, "(a) awards grants totalling £1,085,000")]],
  "Item 5's front sheet: the value of 'Recommendations' wraps in a column beside its label.");
q("contact officer for the q2 performance report?", "board_paper",
  "Tobias Farrant-Okoye, Programme Manager, Healthy Homes: 020 7946 0904, tobias.farrant-okoye@local.gov.uk.",
  ["Farrant-Okoye"], [],
  [[PACK, line(PACK, "Contact officer | ", 0)], [PACK, line(PACK, "Phone | 020 7946 0904")]],
  "");
q("is the round 1 awards paper a key decision? confidential?", "board_paper",
  "It is a key decision (Is this a key decision? Yes.) and it is not confidential (Is this report confidential? No.). Item 5, 13 December 2197.",
  ["Yes"], [],
  [[PACK, line(PACK, "Is this a key decision?")], [PACK, line(PACK, "Is this report confidential?", 1)], [PACK, line(PACK, "Item 5 is a key decision.")]],
  "The label 'Is this report confidential?' wraps over two lines in the label column.");
q("what were the main points in our response to the hazard response timescales consultation", "board_paper",
  "The response (agreed by e-mail, HDMTG-ED-2197-03): (1) support investigating reports within 14 calendar days, but 28 days where a specialist survey is needed; (2) support making emergency hazards safe within 24 hours; (3) support starting repairs within 7 days of the investigation, with a transitional year for councils with large backlogs; (4) new burdens: the 14 councils in the programme estimate £38.6 million a year in extra costs, mostly extra inspections at about £1,250 each (the draft said 12 councils; corrected); (5) no commencement before 1 April 2199; (6) a national data standard for case records building on the Task Group's draft; and, added after the vote, (7) the same timescales for private landlords.",
  ["28 days", "£38.6 million", "1 April 2199"], [],
  [[VOTE, line(VOTE, "1. We support a duty")], [VOTE, line(VOTE, "4. New burdens")], [VOTE, line(VOTE, "5. The Regulations")], [VOTE, line(VOTE, "Both amendments have been made")]],
  "The points are in the original request quoted under the result; point 4 was amended and point 7 added after it.");
q("what did the tg agree in sept about the independent evaluation?", "board_paper",
  "On 20 September 2197 (minute 5) the Task Group: (a) agreed the specification; (b) agreed a budget of up to £180,000 over two years (£60,000 in 2197/98 and £120,000 in 2198/99); (c) asked officers to tender the contract by open procedure on Find a Tender; (d) delegated the award of the contract to the Head of Housing and Planning after consulting the Chair and Vice-Chair.",
  ["£180,000", "Head of Housing and Planning"], [],
  [[PACK, line(PACK, "(b) agrees a budget of up to £180,000")], [PACK, line(PACK, "(c) asks officers to tender")], [PACK, line(PACK, "(d) delegates the award")]],
  "");
q("DOIs at the sept tg?", "board_paper",
  "Two, both non-pecuniary: Cllr Bartholomew Thirlaway in item 6 (the humidity sensor pilot), as a board member of Tarnholme Homes, whose homes are in the pilot; and Cllr Henrietta Lidstone in item 3 (the baseline survey), as a housing association tenant.",
  ["Thirlaway", "Lidstone"], [],
  [[PACK, line(PACK, "1.3 Cllr Bartholomew Thirlaway declared")]],
  "");
q("what's the recovery plan for the humidity sensor pilot?", "board_paper",
  "Item 4 (paragraph 9, recommendation (b)) proposes to: (a) install the 180 sensors already delivered by 22 December 2197; (b) take the remaining 2,400 sensors in two batches, on 15 January and 12 February 2198; (c) extend the pilot's end date from 30 March to 30 June 2198, within its budget of £310,000.",
  ["22 December", "30 June 2198"], [],
  [[PACK, line(PACK, "9. Officers propose to")], [PACK, line(PACK, "Recommendations | That the Task Group: (a) notes performance")]],
  "Paragraph 9 is the left-hand column of a two-column block, printed beside paragraph 10 (the budget).");

// ------------------------------------------------------------------ fact (5)
q("when do tenders close for the evaluation contract", "fact",
  "At 12:00 on Friday 12 January 2198 (tenders are opened at 2pm that day); clarification questions must be in through ProContract by 5pm on 5 January 2198.",
  ["12 January 2198"], [],
  [[TEN, line(TEN, "IV.2.2) Time limit")], [TEN, line(TEN, "12 January 2198")], [TEN, line(TEN, "Clarification questions")], [ASA, cells(ASA, "Evaluation: publish the tender on Find a Tender", "Notice 2197/S", 1)]],
  "The date and 'Local time 12:00pm' are separate lines under IV.2.2).");
q("what % of a damp remediation fund grant gets paid up front?", "fact",
  "60%, when the grant agreement is signed (within 20 working days of the decision); the other 40% is paid on evidence of completion, and any grant unspent after 12 months is clawed back.",
  ["60%"], [],
  [[VIS, line(VIS, "Pay 60% when the agreement is signed")], [VIS, line(VIS, "Pay 40% on completion evidence")], [PACK, line(PACK, "6. Grants are paid 60%")]],
  "Shapes in the Finance swimlane of the Visio process page.");
q("when does the hazard response timescales consultation close", "fact",
  "Friday 1 December 2197. The Task Group's response was to be submitted by Monday 27 November, and was submitted on 27 November 2197.",
  ["1 December 2197"], [],
  [[VOTE, sentence(VOTE, "The Department for Homes and Communities is consulting")], [VOTE, sentence(VOTE, "Ngozi will submit the response")]],
  "");
q("how long does the evaluation contract run", "fact",
  "Two years: from 3 April 2198 to 2 April 2200, not subject to renewal, with an option to extend by up to 12 months (up to £60,000) to evaluate round 2.",
  ["3 April 2198", "2 April 2200"], [],
  [[TEN, line(TEN, "II.2.7) Duration")], [TEN, line(TEN, "3 April 2198")], [TEN, line(TEN, "2 April 2200")]],
  "'Start date' and 'End date' are lines of their own above the dates.");
q("how many open damp and mould cases did the baseline survey find?", "fact",
  "41,300 open damp and mould cases at 31 March 2197 across the 14 councils, 6,850 of them Category 1 hazards; councils took a median of 34 working days to complete remediation.",
  ["41,300"], [],
  [[PACK, line(PACK, "3.1 ")], [ASA, cells(ASA, "Baseline survey of damp and mould cases", "Report to TG", 1)]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("why is the DRF round 1 decision going to the tg meeting rather than the chair signing it off?", "cross_document",
  "Because every recommended award is over £100,000: under the fund's process the Chair may decide awards of up to £100,000 after consulting the Vice-Chair, and larger awards are for the Task Group at its next meeting (round 1: 13 December 2197). The Chair's own council, Caskmoor, has also bid, so the Vice-Chair will chair the item while its bid is discussed, and members from bidding councils declare and do not vote on their own council's bid.",
  ["£100,000"], [],
  [[VIS, line(VIS, "Award over £100,000? | Yes")], [PACK, line(PACK, "4. The Chair may decide awards")], [PACK, line(PACK, "5. Nine of the twelve")]],
  "The limit is a Visio decision diamond with 'Yes' and 'No' connector labels; the pack says every award is above it.");
q("how many councils are in the healthy homes programme - the consultation response said 12?", "cross_document",
  "14. The draft response's point 4 said 12, but Cllr Parveen Istead pointed out in her vote that there are 14 councils in the programme and that the £38.6 million estimate covers all 14; point 4 was corrected before submission. The agenda pack (all 14 councils published a damp and mould policy, DMP-06 '14 of 14') and the tender notice also say 14.",
  ["14"], [],
  [[VOTE, line(VOTE, "Istead, Parveen (Cllr) - Approve with comments")], [VOTE, line(VOTE, "4. New burdens")], [PACK, line(PACK, "1. The Healthy Homes Programme")], [TEN, line(TEN, "The 14 councils in the Healthy Homes Programme")]],
  "The e-mail's quoted original keeps the wrong figure; the correction is in a member's comment and the clerk's note.");

// ------------------------------------------------------------------ unanswerable (5)
q("what were the q3 figures for DMP-01?", "unanswerable",
  "Not in the papers: the performance report gives quarter 1 and quarter 2 2197/98 only (DMP-01 was 86% and Red at quarter 2); the quarter 3 return is due in January 2198.",
  [], [], [],
  "Near miss: Q1 and Q2 columns only; the Asana task for Q3 is not started.");
q("who won the evaluation contract?", "unanswerable",
  "Not in the papers: the contract was advertised on 27 November 2197 and tenders close on 12 January 2198; no award has been made.",
  [], [], [],
  "Near miss: notice, value and criteria are held, the award is not.");
q("what did the tg decide on 13 dec about the round 1 awards?", "unanswerable",
  "Not in the papers: they include the agenda and the item 5 report recommending six awards for the meeting of 13 December 2197, but no minutes or decision of that meeting.",
  [], [], [],
  "Near miss: recommendations, not decisions.");
q("what's tenant satisfaction in lunsdale?", "unanswerable",
  "Not in the papers: the breakdown of DMP-05 by council is in Appendix A, published separately; the report gives only the range (49% in Northwyke to 81% in Hollinvale) and the overall 64%.",
  [], [], [],
  "Near miss: the appendix is referred to but not held.");
q("when do bids close for round 2 of the damp remediation fund?", "unanswerable",
  "Not in the papers: round 2 is only planned – £115,000 would be carried to it and its prospectus is due to be drafted by 17 April 2198 – and no closing date has been set.",
  [], [], [],
  "Near miss: round 1's closing date (24 October 2197) is given.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
