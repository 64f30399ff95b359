// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes. Categories, as this set's brief split them:
//   table_lookup 7 (structured lookups and lists), citation 7 (a quote with its locator), fact 7 (facts and
//   figures), cross_document 7 (two or more documents, or a comparison), briefing 5 (summaries),
//   people_roles 2, unanswerable 5 (not in the papers: decline and say what the papers hold; no evidence,
//   no must strings).
// Quotes are whole rendering lines, runs of a line's cells, or a sentence of a line, taken from the
// renderings by what they start with or contain, so that a quote is always the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PL = DOCS.planner, VR = DOCS.votes, CL = DOCS.changelog, WEB = DOCS.web, FOR = DOCS.forum;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// has(doc, text): the text itself, after checking that a rendering line contains it
const has = (doc, text) => {
  if (!lines(doc).some((x) => x.includes(text))) throw new Error(`no text ${text} in ${doc}`);
  return text;
};
// cells(doc, within, from, n): in the rendering line containing `within`, n cells from the cell `from`
const cells = (doc, within, from, n) => {
  const l = lines(doc).find((x) => x.includes(within));
  if (!l) throw new Error(`no line with ${within} in ${doc}`);
  const c = l.split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${within}`);
  return c.slice(i, i + n).join(" | ");
};
// sentence(doc, start): from `start` up to and including the first full stop followed by a space or the end
const sentence = (doc, start) => {
  const l = lines(doc).find((x) => x.includes(start));
  if (!l) throw new Error(`no sentence ${start} in ${doc}`);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};
// a forum row: First Name | Surname | Email, and Attendee Status | Job Title | Company
const who = (first, sur) => cells(FOR, `| ${first} | ${sur} |`, first, 3);
const came = (first, sur) => { const l = lines(FOR).find((x) => x.includes(`| ${first} | ${sur} |`)); const c = l.split(" | "); const i = c.findIndex((v) => ["Checked In", "Attending", "Not Attending"].includes(v)); return c.slice(i, i + 3).join(" | "); };

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bf${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ table_lookup (7): structured lookups and lists
q("who voted against renaming gallows hill lane?", "table_lookup",
  "Three members voted against renaming Gallows Hill Lane as Gallowfield Lane (decision JSNAC/86/16, 19 September 2186, Appendix A row 4): Cllr Rufus Tenniswood (Vice-Chair), Cllr Gwendolen Winterburn and Cllr Lucan Haythorne. Cllr Fenella Shufflebotham, substituting for Cllr Nutbrown, abstained; the other six voted for, so it was carried 6–3 with 1 abstention.",
  ["Tenniswood", "Winterburn", "Haythorne"], ["Kilbane"],
  [[VR, line(VR, "4 | 6 | ")], [VR, line(VR, "Row | Item | Question put")]],
  "Word recorded-vote matrix: the votes are only one-letter codes under member names turned 90° in the header row; the decision text gives no counts. Kilbane voted for.");
q("which votes were lost at the sept jsnac", "table_lookup",
  "Two questions were lost at the meeting of 19 September 2186, both by 4 votes to 6 (Appendix A): row 3, Cllr Haythorne's amendment to defer the renaming of Gallows Hill Lane for six months for a heritage assessment; and row 7, the officers' recommendation to refuse the request to leave out number 13 in Block C, Osmerley Wharf (SN/2186/040). Neither has a decision number. After row 7 the Committee allowed the omission as an exception (JSNAC/86/19).",
  ["heritage assessment", "Block C"], [],
  [[VR, line(VR, "3 | 6 | ")], [VR, line(VR, "7 | 10 | ")], [VR, line(VR, "Rows 3 and 7 have no decision number")]],
  "'Lost' only in the Result column of two rows without decision numbers.");
q("wich naming applications are out to consultation atm?", "table_lookup",
  "At 13 November 2186 two applications are out to consultation: SN/2186/044, Land off Moss Lane, Thornby (32 homes; Kestrel Rise and Lapwing Close), until 24 November 2186, then to the Naming Panel on 7 December 2186 if there is no objection; and SN/2186/047, the former Haddlestone Road depot, Haddlestone (6 industrial units; Foundry Court), until 1 December 2186. SN/2186/041 (Hallam Fields) has had an objection and goes to JSNAC on 28 November; SN/2186/046 (Osmerley Wharf, Block D) is waiting for floor plans.",
  ["SN/2186/044", "SN/2186/047"], [],
  [[WEB, line(WEB, "SN/2186/044 ")], [WEB, line(WEB, "SN/2186/047 ")]],
  "lynx dump: the applications table was too complex for lynx's table layout, so each row is one run of words, its cells (reference, site, names, stage) not separated.");
q("list the jsnac meeting dates for 2186/87", "table_lookup",
  "From the Calendar of Meetings 2186/87 (version 4, 10 October 2186), JSNAC meets on Tuesdays at 14:00: 20 June 2186, 19 September 2186 (moved from 12 September), 28 November 2186 (moved from 21 November), 23 January 2187 (at Fenwyke Town Hall) and 20 March 2187, with a reserve date on 13 February 2187, held only if needed.",
  ["20 June", "19 September", "28 November", "23 January", "20 March"], [],
  [[PL, has(PL, "20 JSNAC")], [PL, has(PL, "19 JSNAC")], [PL, has(PL, "28 JSNAC")], [PL, has(PL, "23 JSNAC")], [PL, has(PL, "13 JSNAC (R)")], [PL, line(PL, "JSNAC | ")]],
  "Year-planner PDF: a date is only a bare day number in a month row, its weekday only its column's initials; the code JSNAC is in the cell; the reserve date is '(R)'.");
q("which workshop got the most bookings at the addressing forum?", "table_lookup",
  "Workshop B – Commemorative and heritage names: 16 of the 41 people still booked chose it (18 counting the 3 who cancelled), against 14 for A – Numbering flats and mixed-use buildings and 11 for C – Using the address gazetteer and its API (Eventbrite attendee summary, 3 November 2186).",
  ["Commemorative and heritage names"], [],
  [[FOR, has(FOR, "Which afternoon workshop will you join?")], [FOR, has(FOR, "B – Commemorative and heritage names")]],
  "Eventbrite CSV: the choice is a column headed by the question; no totals, so the rows must be counted (B 16, A 14, C 11 among bookings not cancelled).");
q("who from thornby vale dc actually came to the forum", "table_lookup",
  "Three people from Thornby Vale District Council were checked in at the Addressing Forum on 2 November 2186: Cllr Lucan Haythorne (JSNAC member ticket), Hester Wimpenny (Planning Support Officer) and Joachim Bedale (Electoral Services Manager). Carys Ogden-Pyle (Local Land Charges Officer) booked but was never checked in (status 'Attending'). Thornby Town Council, a different body, had two checked in.",
  ["Haythorne", "Wimpenny", "Bedale"], [],
  [[FOR, who("Lucan", "Haythorne")], [FOR, who("Hester", "Wimpenny")], [FOR, who("Joachim", "Bedale")], [FOR, came("Hester", "Wimpenny")], [FOR, came("Carys", "Ogden-Pyle")]],
  "Who came is only the Attendee Status word ('Checked In'); 'Attending' means booked but not checked in.");
q("what did policy v3.0.0 remove?", "table_lookup",
  "Version 3.0.0 (2186-04-01), the first joint policy, adopted by the Combined Authority Board on 17 March 2186 (CAB/86/031), removed: the five councils' separate policies and fee tables; the option to leave out the number 13 (Fenwyke and Haddlestone policies); and naming streets after living people (Thornby Vale policy).",
  ["fee tables", "number 13", "living people"], [],
  [[CL, line(CL, "The five councils' separate policies")], [CL, line(CL, "The option to leave out the number 13")], [CL, line(CL, "Naming streets after living people")]],
  "Keep a Changelog: the three bullets under '### Removed' of '## [3.0.0]'.");

// ------------------------------------------------------------------ citation (7): a quote with its locator
q("need the exact wording of the gallows hill lane decision + its ref", "citation",
  "Decision JSNAC/86/16 (Joint Street Naming and Addressing Committee, 19 September 2186, item 6): \"The Committee agreed to rename Gallows Hill Lane, Thornby, as Gallowfield Lane with effect from 1 January 2187, the ballot having met the thresholds in section 7.3 of the policy (at least two-thirds of returned ballots in favour and a turnout of at least 40 per cent). Every household will be sent a change of address letter free of charge.\" Vote: Appendix A, row 4 (6 for, 3 against, 1 abstained).",
  ["JSNAC/86/16", "Gallowfield Lane"], [],
  [[VR, line(VR, "The Committee agreed to rename Gallows Hill Lane")]],
  "The decision number is a bold line of its own above the decision text.");
q("cite the rule on how many residents have to back renaming a street", "citation",
  "Policy changelog, version 3.1.0 (2186-06-20; adopted by JSNAC on 20 June 2186, JSNAC/86/07), Added: \"§7 Renaming existing streets: a renaming is considered on a petition signed by at least 20% of the occupiers of the street, or at the request of a ward member. A ballot of occupiers follows, and a street is renamed only if at least two-thirds of the returned ballots are in favour and the turnout is at least 40%.\" The draft 3.3.0 ([Unreleased]) would raise the petition threshold in §7.2 to 25%.",
  ["two-thirds", "40%", "3.1.0"], [],
  [[CL, line(CL, "§7 Renaming existing streets")], [VR, sentence(VR, "The Committee agreed to rename Gallows Hill Lane")]],
  "The version is the '## [3.1.0] - 2186-06-20' heading two levels above the bullet.");
q("quote the changelog entry that changed the commemorative naming wait", "citation",
  "Version 3.2.0 (2186-09-19), Changed: \"§6.2: a person may be commemorated 10 years after their death (was 20 years), with the written consent of their next of kin.\" Adopted by JSNAC on 19 September 2186 (JSNAC/86/14), in force from 1 October 2186. The 20 years came from Skelderby's version 2.3.0, which had cut it from 25.",
  ["10 years", "3.2.0"], [],
  [[CL, line(CL, "§6.2: a person may be commemorated 10 years")]],
  "");
q("whats the exact note in the calendar about the november jsnac moving", "citation",
  "Note 5 of the Calendar of Meetings 2186/87 (version 4, published 10 October 2186): \"JSNAC on Tuesday 21 November 2186 moved to Tuesday 28 November 2186, so that the objection to application SN/2186/041 (Hallam Fields, Fenwyke) can be reported to it.\"",
  ["28 November", "note 5"], [],
  [[PL, line(PL, "5. JSNAC on Tuesday 21 November")]],
  "The grid shows only '28 JSNAC'; the old date is only in the note.");
q("where does it say the chair used her casting vote? need the ref", "citation",
  "In the record of decisions of 19 September 2186, item 8 (Fees and charges 2187/88), decision JSNAC/86/18: \"The vote was tied at five for and five against, and the motion was carried on the Chair's casting vote (Procedure Rule 14.5).\" Appendix A, row 6 shows Cllr Ottoline Fairbarn's vote as F* (the key: she voted for and then gave her casting vote) and the result \"Carried on the Chair's casting vote\".",
  ["JSNAC/86/18", "casting vote"], [],
  [[VR, line(VR, "The vote was tied at five for")], [VR, line(VR, "6 | 8 | ")]],
  "");
q("what exactly does the website say about the call-in of the gallows hill decision", "citation",
  "From the Street naming and numbering web page (last updated 13 November 2186), section \"Renaming Gallows Hill Lane, Thornby\": \"The decision was called in by five members of the Overview and Scrutiny Committee. The committee considered the call-in on 3 October 2186 and took no further action, so the decision stands.\" The decision is JSNAC/86/16.",
  ["3 October", "no further action"], [],
  [[WEB, has(WEB, "The decision was called in by five members of the Overview and Scrutiny Committee. The committee considered the call-in on 3 October 2186 and took no further action, so the decision stands.")]],
  "lynx dump: the paragraph is hard-wrapped, and the link before it prints as '[28]decision JSNAC/86/16'.");
q("quote the deprecation notice for the SNN1 form, with the version", "citation",
  "Version 3.2.0 (2186-09-19), Deprecated: \"Paper application form SNN1. Apply online from 1 January 2187; SNN1 will be removed in 4.0.0.\" The web page adds: \"You can still use the paper form SNN1 until 31 December 2186.\"",
  ["4.0.0", "1 January 2187"], [],
  [[CL, line(CL, "Paper application form SNN1")], [WEB, sentence(WEB, "You can still use the paper form SNN1")]],
  "");

// ------------------------------------------------------------------ fact (7): facts and figures
q("how many signatures did the gallows hill petiton get", "fact",
  "412. The Committee also had the ballot of occupiers: 88 balloted, 61 returned (turnout 69.3 per cent) and 41 in favour (67.2 per cent of returned ballots) – JSNAC, 19 September 2186, item 6.",
  ["412"], [],
  [[VR, line(VR, "The Committee considered a petition of 412")]],
  "");
q("how many people actually turned up to the addressing forum", "fact",
  "36. The Eventbrite attendee summary for the Greater Skelderby Addressing Forum 2186 (Thursday 2 November 2186, exported 3 November) lists 44 bookings: 36 'Checked In', 5 'Attending' (booked but never checked in) and 3 'Not Attending' (cancelled or refunded).",
  ["36"], [],
  [[FOR, has(FOR, "Attendee Status")], [FOR, has(FOR, "Checked In")]],
  "No totals in the export: the 'Checked In' rows must be counted; 'Attending' is a no-show here.");
q("how much did we take from developer tickets at the forum", "fact",
  "£360: eight developer or agent tickets at £45 were paid (Total Paid 45.00 each). A ninth, Odette Pinchbeck's (Osmerley Wharf Ltd), was refunded and shows 0.00 and 'Not Attending'. Eventbrite's fees (2.94 plus 1.32 payment processing a ticket) were not paid by the buyers (Fees Paid 0.00).",
  ["360"], [],
  [[FOR, has(FOR, "Eventbrite Completed | GBP | 45.00 | 0.00 | 2.94 | 1.32")], [FOR, has(FOR, "Eventbrite Completed | GBP | 0.00 | 0.00 | 0.00 | 0.00 | Not Attending")]],
  "The price is only in Total Paid and the ticket type's name; the refunded ticket is 0.00.");
q("how many street nameplates have been replaced so far", "fact",
  "The latest figure in the papers is at 31 August 2186: 1,240 of the 3,600 nameplates in the Nameplate Replacement Programme (34 per cent) had been replaced, and £96,400 of the £260,000 budget for 2186/87 had been spent (noted by JSNAC on 19 September 2186, item 9).",
  ["1,240", "3,600"], [],
  [[VR, line(VR, "The Committee noted that 1,240")]],
  "");
q("what time does jsnac start and where is it", "fact",
  "14:00 (2.00pm), in Committee Room 2, Skelderby Civic Hall – except on Tuesday 23 January 2187, when it meets at Fenwyke Town Hall (Council Chamber), also at 14:00 (calendar of meetings key and note 6).",
  ["14:00", "Committee Room 2"], ["10:00"],
  [[PL, line(PL, "JSNAC | ")], [PL, line(PL, "6. JSNAC on Tuesday 23 January")]],
  "The key table's row for the code; 10:00 is the Naming Panel's and the Board's time.");
q("how long is the consultation on proposed street names", "fact",
  "28 days. Version 3.1.0 of the policy (20 June 2186) changed §3.4 so that public consultation on proposed names lasts 28 days (it was 21 days); the web page's steps say the same: the emergency services, the ward members and the council for the area are consulted for 28 days.",
  ["28 days"], [],
  [[CL, line(CL, "§3.4: public consultation")], [WEB, line(WEB, "2. We consult the emergency services")]],
  "");
q("whats the fee for naming a new street from april", "fact",
  "£340 a street from 1 April 2187 (it is £295 in 2186/87), with numbering new properties at £42 a plot (was £35). The 2187/88 fees were approved by JSNAC on 19 September 2186 (JSNAC/86/18), on the Chair's casting vote, and are §9 of policy version 3.2.0.",
  ["340"], [],
  [[CL, line(CL, "§9: fees from 1 April 2187")], [VR, line(VR, "The Committee approved the fees for 2187/88")]],
  "");

// ------------------------------------------------------------------ cross_document (7)
q("the website says £85 to rename a house - is that still right?", "cross_document",
  "For now, yes: the web page's fees are for 2186/87 (from 1 April 2186), and renaming or renumbering an existing property is £85. But it goes up to £110 from 1 April 2187: the 2187/88 fees were approved by JSNAC on 19 September 2186 (JSNAC/86/18, carried on the Chair's casting vote) and are §9 of policy version 3.2.0. The page says the 2187/88 fees will be published in January 2187.",
  ["85", "110", "1 April 2187"], [],
  [[WEB, line(WEB, "Renaming or renumbering an existing property | ")], [CL, line(CL, "§9: fees from 1 April 2187")], [VR, line(VR, "The Committee approved the fees for 2187/88")]],
  "The lynx fees table (aligned columns) against the changelog and the decision record.");
q("decision record says next jsnac is 21 nov - still on?", "cross_document",
  "No. The record of 19 September gives Tuesday 21 November 2186 at 2.00pm, but version 4 of the calendar of meetings (10 October 2186) moved it to Tuesday 28 November 2186 (note 5), so that the objection to SN/2186/041 (Hallam Fields, Fenwyke) can be reported to it; the web page also has SN/2186/041 going to the Committee on 28 November 2186. It is at 14:00 in Committee Room 2, Skelderby Civic Hall.",
  ["28 November"], [],
  [[VR, line(VR, "Tuesday 21 November 2186 at 2.00pm")], [PL, line(PL, "5. JSNAC on Tuesday 21 November")], [WEB, line(WEB, "SN/2186/041 ")]],
  "");
q("did any of the members who voted against the gallows hill renaming go to the addressing forum?", "cross_document",
  "One did: Cllr Lucan Haythorne (Thornby Vale District Council), who voted against the renaming (JSNAC/86/16, Appendix A row 4), was checked in at the Addressing Forum on 2 November 2186 on a JSNAC member ticket. The other two who voted against, Cllr Rufus Tenniswood and Cllr Gwendolen Winterburn, are not on the forum's attendee list.",
  ["Haythorne"], [],
  [[VR, line(VR, "4 | 6 | ")], [FOR, who("Lucan", "Haythorne")], [FOR, came("Lucan", "Haythorne")]],
  "");
q("ada bramhope died in 2171 - how could they name a street after her if the rule is 20 yrs?", "cross_document",
  "Because the rule changed at the same meeting. Version 3.2 of the policy, adopted at item 4 on 19 September 2186 (JSNAC/86/14) and in force from 1 October 2186, changed §6.2: a person may be commemorated 10 years after their death (was 20 years), with the written consent of their next of kin. Ada Bramhope Way (item 7, JSNAC/86/17) was approved under §6.2 as adopted at item 4, her next of kin having consented, and takes effect on 1 October 2186, when version 3.2 comes into force.",
  ["10 years", "JSNAC/86/17"], [],
  [[CL, line(CL, "§6.2: a person may be commemorated 10 years")], [VR, line(VR, "The Committee approved the name Ada Bramhope Way")]],
  "");
q("how did osmerley wharf get away with skipping number 13 when the policy bans it", "cross_document",
  "§5.6 of the policy (since 3.0.0) says every number in a sequence is used and 13 may not be left out, and officers recommended refusing the request. On 19 September 2186 that recommendation was lost 4–6 (Appendix A, row 7), and the Committee then allowed Block C to be numbered 1 to 12 and 14 to 25 as an exception (JSNAC/86/19, Cllr Winterburn's motion, carried 6–3 with 1 abstention), asking officers to propose a change to §5.6. The changelog's [Unreleased] draft 3.3.0 for 28 November 2186 would let a building leave out 13 if the developer asks before numbering and the Naming Panel agrees.",
  ["JSNAC/86/19", "5.6"], [],
  [[VR, line(VR, "The Committee allowed the flats in Block C")], [CL, line(CL, "§5.6: every number in a sequence")], [CL, line(CL, "§5.6: a building may leave out")]],
  "");
q("when do the new gallowfield lane signs go up and when does the name change", "cross_document",
  "The new name takes effect on 1 January 2187 (JSNAC/86/16, 19 September 2186). The web page says the new nameplates will be put up in the week beginning 11 December 2186, and the old ones stay up, crossed through, until 31 March 2187; all 88 households were written to on 20 October 2186.",
  ["1 January 2187", "11 December"], [],
  [[VR, line(VR, "The Committee agreed to rename Gallows Hill Lane")], [WEB, line(WEB, "We wrote to all 88 households")]],
  "");
q("why is hallam fields going to full commitee and not the naming panel", "cross_document",
  "Because there is an objection: Greater Skelderby Fire and Rescue Service objected that Merlin Close (proposed with Skylark Way and Hobby Gardens for SN/2186/041, 210 homes) sounds like Merlin Court, Fenwyke. Under §1 of the policy (version 3.0.0) the Naming Panel decides only applications with no objection; one with an objection goes to the Committee. JSNAC decides it on 28 November 2186, the meeting moved from 21 November so that the objection can be reported to it (calendar note 5).",
  ["objection", "Merlin Close", "28 November"], [],
  [[WEB, line(WEB, "SN/2186/041 ")], [CL, line(CL, "§1: street naming and numbering")], [PL, line(PL, "5. JSNAC on Tuesday 21 November")]],
  "");

// ------------------------------------------------------------------ briefing (5)
q("brief me on the 19 sept jsnac", "briefing",
  "JSNAC met on Tuesday 19 September 2186 (moved from 12 September) in Committee Room 2, Skelderby Civic Hall, chaired by Cllr Ottoline Fairbarn; Cllr Shufflebotham substituted for Cllr Nutbrown, and Cllr Gotobed declared an interest in item 7 and did not vote. Decisions (votes in Appendix A): JSNAC/86/14 adopted policy version 3.2 from 1 October 2186 (9–0); JSNAC/86/15 approved Tanner's Row and Kilnworks Lane at Ropewalk Yard, Osmerley, and refused Regent Close as a duplicate; JSNAC/86/16 renamed Gallows Hill Lane as Gallowfield Lane from 1 January 2187 (6–3–1, after an amendment to defer was lost 4–6); JSNAC/86/17 approved Ada Bramhope Way at Haddlestone Riverside (7–1–1); JSNAC/86/18 approved the 2187/88 fees on the Chair's casting vote (5–5); JSNAC/86/19 allowed Block C at Osmerley Wharf to leave out number 13 as an exception, after the officers' recommendation to refuse was lost 4–6. Noted: 1,240 of 3,600 nameplates replaced by 31 August. The Gallows Hill decision was called in and Overview and Scrutiny took no further action on 3 October.",
  ["Gallowfield Lane", "Ada Bramhope Way", "casting vote", "Block C"], [],
  [[VR, line(VR, "The Committee adopted version 3.2")], [VR, line(VR, "The Committee agreed to rename Gallows Hill Lane")], [VR, line(VR, "The Committee approved the name Ada Bramhope Way")], [VR, line(VR, "The vote was tied at five for")], [VR, line(VR, "The Committee allowed the flats in Block C")], [VR, line(VR, "Substitute: ")]],
  "");
q("summarise what changed in policy v3.2", "briefing",
  "Version 3.2.0 (adopted 19 September 2186, JSNAC/86/14; in force 1 October 2186, fees from 1 April 2187). Added: §10 heritage nameplates (cast iron on streets in the Heritage Streets List) and §4.7 (no name that sounds like an existing street in the same town). Changed: §6.2, a person can be commemorated 10 years after death (was 20), with the next of kin's written consent; §4.2, no duplicate in the same town or within 1 km (was the postcode district); §9 fees from 1 April 2187 (a new street £340, a plot £42, renaming a property £110, adding a name £50; the letter stays £30). Deprecated: the paper form SNN1 (online from 1 January 2187, removed in 4.0.0). Fixed: the §5.3 diagram (odd numbers on the left). Security: §8.3, the online register no longer shows applicants' names or home addresses.",
  ["10 years", "SNN1", "heritage nameplates"], [],
  [[CL, line(CL, "§10 Heritage nameplates")], [CL, line(CL, "§6.2: a person may be commemorated 10 years")], [CL, line(CL, "§4.2: a name must not duplicate")], [CL, line(CL, "§9: fees from 1 April 2187")], [CL, line(CL, "Paper application form SNN1")]],
  "");
q("quick rundown of the addressing forum pls", "briefing",
  "Greater Skelderby Addressing Forum 2186, Thursday 2 November 2186, 09:30–15:30 at Osmerley Exchange (calendar key). The Eventbrite export of 3 November lists 44 bookings: 36 checked in, 5 booked but not checked in, 3 cancelled or refunded. Speakers: Cllr Ottoline Fairbarn (JSNAC Chair), Professor Leontyne Gaukroger (University of Skelderby), Tobias Underhay, Ingrid Pickavance and Station Commander Idris Blatherwick. JSNAC members: Cllr Birtwhistle and Cllr Haythorne came; Cllr Mapplebeck did not check in. Workshops (bookings not cancelled): B Commemorative and heritage names 16, A Numbering flats and mixed-use buildings 14, C Using the address gazetteer and its API 11. Developer or agent tickets at £45: 8 paid (£360), 1 refunded.",
  ["36", "Gaukroger"], [],
  [[FOR, who("Leontyne", "Gaukroger")], [PL, line(PL, "AF | ")], [FOR, has(FOR, "Speaker (complimentary)")]],
  "");
q("what jsnac / naming panel meetings are left this year after the forum and whats going to them", "briefing",
  "After the forum on 2 November 2186 (that day's Naming Panel was cancelled): JSNAC on Tuesday 28 November 2186 at 14:00 (moved from 21 November), which decides SN/2186/041, Hallam Fields, Fenwyke (the objection to Merlin Close), and has the draft policy 3.3.0 (leaving out 13 under §5.6, a 25% petition threshold, §4.8 notes on names' meaning); then the Naming Panel on Thursday 7 December 2186 at 10:00, online, which gets SN/2186/044, Moss Lane, Thornby (Kestrel Rise, Lapwing Close) if no one objects by 24 November.",
  ["28 November", "7 December"], [],
  [[PL, has(PL, "28 JSNAC")], [PL, has(PL, "7 NP")], [WEB, line(WEB, "SN/2186/041 ")], [WEB, line(WEB, "SN/2186/044 ")], [CL, line(CL, "Draft 3.3.0")]],
  "");
q("where are we with the gallows hill lane renaming? summary pls", "briefing",
  "A petition of 412 signatures led to a ballot of 88 occupiers: 61 returned (69.3% turnout) and 41 in favour (67.2%), meeting the thresholds in §7.3. On 19 September 2186 JSNAC rejected an amendment to defer for a heritage assessment (4–6) and agreed to rename the street Gallowfield Lane from 1 January 2187 (JSNAC/86/16, 6–3–1; Tenniswood, Winterburn and Haythorne against). Five Overview and Scrutiny members called it in; the committee met on 3 October 2186 and took no further action, so it stands. Households were written to on 20 October; new nameplates go up in the week beginning 11 December 2186, and the old ones stay, crossed through, until 31 March 2187.",
  ["Gallowfield Lane", "3 October", "1 January 2187"], [],
  [[VR, line(VR, "The Committee considered a petition of 412")], [VR, line(VR, "The Committee agreed to rename Gallows Hill Lane")], [WEB, has(WEB, "The committee considered the call-in on 3 October 2186 and took no further action, so the decision stands.")], [WEB, line(WEB, "We wrote to all 88 households")]],
  "");

// ------------------------------------------------------------------ people_roles (2)
q("who chairs jsnac?", "people_roles",
  "Cllr Ottoline Fairbarn of Skelderby City Council chairs the Joint Street Naming and Addressing Committee (JSNAC); Cllr Rufus Tenniswood is Vice-Chair.",
  ["Fairbarn"], [],
  [[WEB, sentence(WEB, "Applications with an objection, renamings of streets")], [VR, line(VR, "Members present: ")]],
  "");
q("who handles street naming applications and how do i get hold of them", "people_roles",
  "Tobias Underhay, Street Naming and Numbering Officer at the Combined Authority: streetnaming@greaterskelderby.gov.uk, 0113 496 0372 (Monday to Friday, 9am to 4pm). For the address gazetteer and address data, Ingrid Pickavance, Address Custodian, 0113 496 0385, addresses@greaterskelderby.gov.uk.",
  ["Underhay", "0113 496 0372"], [],
  [[WEB, line(WEB, "Street Naming and Numbering team: ")], [WEB, line(WEB, "Telephone: ")], [WEB, line(WEB, "Email: ")]],
  "");

// ------------------------------------------------------------------ unanswerable (5)
q("what did jsnac decide on hallam fields?", "unanswerable",
  "The papers do not say yet. SN/2186/041 (Hallam Fields, Fenwyke) is due to be decided by JSNAC on 28 November 2186, after the fire and rescue service objected to Merlin Close, and the papers (to mid-November 2186) hold no record of that meeting: the only recorded decisions are those of 19 September 2186 and the Naming Panel decisions listed on the web page.",
  [], [], [], "Decline: the meeting is after the papers.");
q("who attended the june 2186 jsnac meeting?", "unanswerable",
  "The papers do not record it. They give only the date of that meeting (Tuesday 20 June 2186, in the calendar of meetings), that its minutes were agreed on 19 September 2186, and that it adopted policy version 3.1.0 (JSNAC/86/07). Attendance is recorded only for the meeting of 19 September 2186.",
  [], [], [], "Decline: no record of the June meeting.");
q("what are the street naming fees for 2188/89?", "unanswerable",
  "The papers do not give fees for 2188/89. They hold the 2186/87 fees (the web page) and the 2187/88 fees that apply from 1 April 2187 (policy version 3.2.0, §9, decision JSNAC/86/18).",
  [], [], [], "Decline: a year the papers do not cover.");
q("how many people rated the addressing forum good or excellent?", "unanswerable",
  "The papers hold no feedback on the forum. The Eventbrite export gives bookings, check-ins, ticket types, workshop choices and dietary and access needs only.",
  [], [], [], "Decline: no evaluation data.");
q("how much has the gallows hill renaming cost so far?", "unanswerable",
  "The papers give no cost for the Gallows Hill Lane renaming. They record the petition, the ballot, the decision, the call-in, the letters to households and the nameplate dates, and that change of address letters and street renamings at residents' request are free; the Nameplate Replacement Programme's spend (£96,400 of £260,000 by 31 August 2186) is for the whole programme.",
  [], [], [], "Decline: no cost given.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
