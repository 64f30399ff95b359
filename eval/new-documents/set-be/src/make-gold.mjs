// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Table rows are taken from the renderings by their first cell (row()),
// sentences by their start (line()) or as an exact part of a line (part()).
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const REPORT = DOCS.report, SUMMIT = DOCS.summit, FOI = DOCS.foi, SPEND = DOCS.spend, HANDOUT = DOCS.handout;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// row(doc, first cell, n, k): the k-th rendering line (from 0) whose first cell is that, cut to its first n cells
const row = (doc, start, n, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start + " | "))[k];
  if (!l) throw new Error(`no row ${start} in ${doc}`);
  return n ? l.split(" | ").slice(0, n).join(" | ") : l;
};
// the spend file's row with that amount and supplier
const pay = (amount, supplier) => {
  const l = lines(SPEND).find((x) => x.includes(` | ${amount} | ${supplier} | `));
  if (!l) throw new Error(`no payment ${amount} ${supplier}`);
  return l;
};
// line(doc, start): the first rendering line starting with that text
const line = (doc, start) => {
  const l = lines(doc).find((x) => x.startsWith(start));
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// part(doc, text): text that must be an exact part of one line
const part = (doc, t) => {
  if (!lines(doc).some((x) => x.includes(t))) throw new Error(`no text ${t} in ${doc}`);
  return t;
};
// cell(doc, first cell of row, text start): one cell of a row
const cell = (doc, start, cstart) => {
  const c = row(doc, start).split(" | ").find((x) => x.startsWith(cstart));
  if (!c) throw new Error(`no cell ${cstart} in row ${start}`);
  return c;
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `be${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which safer skin actions are off track?", "status_lookup",
  "Two of the twelve actions in the Safer Skin Programme delivery plan are rated Off track (red) at August 2184: CPA-03, inspecting 85% of licensed premises in the first year (83% at 30 June; three districts below 85%), and CPA-07, age-check test purchases at 24 premises (9 of 24 done; volunteers hard to recruit). Both were At risk in March.",
  ["CPA-03", "CPA-07"], ["CPA-05", "CPA-08"],
  [[REPORT, row(REPORT, "CPA-03")], [REPORT, row(REPORT, "CPA-07")], [REPORT, line(REPORT, "{bdg-danger}`Off track` red")]],
  "MyST source: the delivery plan is a {list-table} written as nested bullet lists; the rating is a sphinx-design badge role ({bdg-danger}`Off track`), its colour explained only in the collapsed 'How to read the ratings' dropdown. CPA-05 and CPA-08 are At risk, not Off track.");
q("what got worse on the cosmetics delivery plan since march", "status_lookup",
  "Three actions are rated lower in August 2184 than in March 2184: CPA-03, inspecting 85% of licensed premises in the first year (At risk to Off track; 83% at 30 June), CPA-05, the ink and product sampling programme (On track to At risk; the laboratory contract was delayed) and CPA-07, age-check test purchases at 24 premises (At risk to Off track; 9 of 24 done). CPA-02 and CPA-09 improved to Complete.",
  ["CPA-03", "CPA-05", "CPA-07"], [],
  [[REPORT, row(REPORT, "CPA-03")], [REPORT, row(REPORT, "CPA-05")], [REPORT, row(REPORT, "CPA-07")], [REPORT, line(REPORT, "4.1 Since March three actions")]],
  "Needs the 'March 2184' and 'August 2184' badge columns compared in the key's order (Off track below At risk below On track below Complete); paragraph 4.1 gives only the count.");
q("whats the status of that FOI on special treatments licensing - did they get everything?", "status_lookup",
  "Partially successful. The WhatDoTheyKnow request (FOI-2184-0937, made by Noor Athelstan on 4 October 2184) is marked 'partially successful': the council answered parts 1, 2, 4 (an extract of the draft minutes) and 5 on 1 November 2184 but withheld the names of premises under investigation under section 31. The internal review of 26 November 2184 released the names of the two businesses whose prosecutions had concluded and the Summit's final cost, but upheld withholding the premises still under investigation.",
  ["partially successful"], [],
  [[FOI, line(FOI, "The request was partially successful.")], [FOI, line(FOI, "The exemption continues to apply")]],
  "WhatDoTheyKnow page saved from the browser: the status is the banner under the title; the reason is spread over the response and the internal review.");
q("is CPA-05 ink sampling still at risk?", "status_lookup",
  "Not any more, on the latest paper. The first-year review rated CPA-05 (ink and product sampling, 40 samples) At risk in August 2184 because the laboratory contract was delayed (12 samples tested under a spot purchase). At the 8 December 2184 meeting Ravindra Scholfield reported that the contract with Calderwood Analytical was signed on 15 October 2184, 18 samples have been tested and 5 failed, and said he would now describe CPA-05 as on track.",
  ["15 October", "on track"], [],
  [[HANDOUT, line(HANDOUT, "In September action CPA-05 was at risk")], [REPORT, row(REPORT, "CPA-05")]],
  "The newer status is only in the speaker notes of the Word handout (slide 7); the slide picture has no text. The report's badge is the older rating.");
q("is W5 still in the court room?", "status_lookup",
  "No. In version 4 of the Safer Skin Summit programme (printed 8 October 2184) W5, 'Complications: the NHS pathway and how to report one' (13.30–14.45), has moved from the Court Room to the Mayor's Parlour. The Court Room has the repeat of W3, ink sampling, at that time.",
  ["Mayor's Parlour"], [],
  [[SUMMIT, line(SUMMIT, "* Room change: W5")], [SUMMIT, line(SUMMIT, "Changes since version 3")]],
  "PDF timetable grid: the room of a workshop is only its column; the '*' mark on W5 is explained by a footnote under the grid.");
q("which districts missed the 85% inspection target in year 1?", "status_lookup",
  "Three of the six districts inspected fewer than 85% of their licensed premises in the first year (to 30 June 2184): Oxmere (29 of 38, 76%), Stellingford (97 of 121, 80%) and Corvistone (101 of 136, 74%). The county as a whole reached 83%. Recommendation (b) asks the three for inspection recovery plans by 8 December 2184.",
  ["Oxmere", "Stellingford", "Corvistone"], ["Harnley", "Brackwold", "Wyndhallow"],
  [[REPORT, row(REPORT, "Oxmere")], [REPORT, row(REPORT, "Stellingford")], [REPORT, row(REPORT, "Corvistone")], [REPORT, line(REPORT, "(b) asks Oxmere")]],
  "The district table is a list-table; paragraph 2.1 says only 'three districts fell short'. Harnley (91%), Brackwold and Wyndhallow (100%) met the target.");
q("is corvistone above the inspection target yet?", "status_lookup",
  "Not yet. At 30 November 2184 Corvistone had inspected 84 per cent of its licensed premises, still just below the target of 85 per cent, because of two inspector vacancies that are filled from 10 January 2185; its recovery plan is item 6 of the 8 December 2184 meeting. (Oxmere, at 88 per cent, and Stellingford, at 86 per cent, are now above the target; the county figure is 91 per cent.)",
  ["84"], [],
  [[HANDOUT, line(HANDOUT, "At 30 June we had inspected")]],
  "Only in the speaker notes of slide 5 of the Word handout; the first-year review's 74% is the June figure.");

// ------------------------------------------------------------------ table_lookup (7)
q("how much inspection grant did corvistone get in q2?", "table_lookup",
  "13500.00 (£13,500): Marchbourne County Council paid Corvistone Borough Council a special treatments inspection and enforcement grant for Q2 2184/85 on 05/07/2184 (transaction 5000128846, cost centre PH7218 Safer Skin Programme).",
  ["13500.00"], [],
  [[SPEND, pay("13500.00", "Corvistone Borough Council")]],
  "Transparency Code spend file (CSV): a row of the whole council's quarter, known as the programme's by its cost centre; amounts are plain numbers with two decimals.");
q("what was the 4860 payment in the spend data for", "table_lookup",
  "It was paid to Calderwood Analytical Ltd on 23/08/2184 (4860.00, laboratory services, cost centre PH7218 Safer Skin Programme) for tattoo ink and product sampling – batch 1 (12 samples), a spot purchase.",
  ["Calderwood", "batch 1"], [],
  [[SPEND, pay("4860.00", "Calderwood Analytical Ltd")]],
  "The amount is written 4860.00 in the file; the purpose field has a comma inside quotes.");
q("any credit notes against the safer skin programme in jul-sep?", "table_lookup",
  "One: -1150.00 from Pellucid Media Ltd on 16/08/2184, 'Credit note - campaign impressions not delivered', against the \"Check the Certificate\" campaign, for which 9350.00 had been paid on 02/08/2184.",
  ["1150.00", "Pellucid"], [],
  [[SPEND, pay("-1150.00", "Pellucid Media Ltd")], [SPEND, pay("9350.00", "Pellucid Media Ltd")]],
  "A negative amount in the Net Amount column; the report's paragraph 6.1 mentions 'a credit of £1,150 from the media buyer' without naming it.");
q("FOI reply - how many licensed premises in stellingford at end of sept?", "table_lookup",
  "125 licensed premises (and 297 licensed practitioners) in Stellingford at 30 September 2184, from the online licensing register, as given in the council's FOI response of 1 November 2184. (At 30 June 2184 it was 121 premises.)",
  ["125"], [],
  [[FOI, line(FOI, "Stellingford 125")], [FOI, line(FOI, "The figures below are taken from the online licensing register")]],
  "The response's table was typed into an e-mail and arrives as lines of words and numbers under a header line whose column names run together.");
q("whats on in the court room at 1.30 at the summit?", "table_lookup",
  "At 13.30–14.45 the Court Room has W3 (repeat), 'Ink sampling: what the lab found', with Dr Imke Sorensen-Bligh of Calderwood Analytical Ltd (it counts for CPD). W4 (age checks) is in the Great Hall and W5 (complications) in the Mayor's Parlour.",
  ["W3", "Sorensen-Bligh"], [],
  [[SUMMIT, row(SUMMIT, "13.30–14.45")]],
  "PDF timetable grid: the room is the column; the time column is drawn after all the session cells, so a text reader meets the times apart from their sessions.");
q("forecast outturn for practitioner training this year?", "table_lookup",
  "£19,440 against a budget of £22,000 for practitioner infection control training in 2184/85, an underspend of £2,560; £6,480 had been spent to 31 August 2184.",
  ["19,440"], [],
  [[REPORT, row(REPORT, "Practitioner infection control training")]],
  "Budget list-table, underspends in brackets.");
q("how much did we pay licensia for the register", "table_lookup",
  "11800.00 (£11,800), paid to Licensia Systems Ltd on 09/09/2184 for the online special treatments licensing register – licence and hosting 2184/85 (software licences, cost centre PH7218 Safer Skin Programme). The first-year review notes the contract came in at £11,800 against a budget of £14,000.",
  ["11800.00"], [],
  [[SPEND, pay("11800.00", "Licensia Systems Ltd")], [REPORT, part(REPORT, "on the register, whose contract came in at £11,800")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the cosmetic procedures task group?", "people_roles",
  "Cllr Rosalind Achterhoff (Liberal Democrat, Stellingford City Council) is Chair of the Cosmetic Procedures and Body Art Task Group in 2184/85; the Vice-Chair is Cllr Desmond Quilliam (Conservative, Marchbourne County Council).",
  ["Achterhoff"], [],
  [[REPORT, row(REPORT, "Cllr Rosalind Achterhoff")], [SUMMIT, cell(SUMMIT, "09.30–09.45", "Welcome")]],
  "Membership list-table in the report's appendix; the Summit programme's welcome names her as Chair.");
q("who are the co-opted members on CPBATG and do they get a vote", "people_roles",
  "Two co-opted members, neither of whom votes: Dr Sabine Morvan (Marchbourne Health Protection Team) and Jago Trevallion (Marchbourne Tattoo and Piercing Guild), both listed as 'Co-opted member (non-voting)'. The Task Group's eight voting members are councillors.",
  ["Morvan", "Trevallion"], [],
  [[REPORT, row(REPORT, "Dr Sabine Morvan")], [REPORT, row(REPORT, "Jago Trevallion")], [REPORT, line(REPORT, "The Task Group has eight voting members")]],
  "");
q("who's giving the keynote at the safer skin summit", "people_roles",
  "Professor Ottoline Vardy of the University of Marchbourne gives the keynote, 'What the complications data tell us', at 09.45–10.30 in the Great Hall on 21 October 2184.",
  ["Vardy"], [],
  [[SUMMIT, row(SUMMIT, "09.45–10.30")]],
  "A plenary cell spanning the grid's three room columns, the room in small type at its right.");
q("who's chairing the panel at the summit", "people_roles",
  "Cllr Desmond Quilliam, Vice-Chair of the Task Group, chairs the panel 'Year two of licensing – what needs to change?' (12.45–13.30, Great Hall). The panel is Dr Sabine Morvan, Cllr Bronwen Pengethly and Taryn Brightling of the Aesthetic Practitioners' Forum.",
  ["Quilliam"], [],
  [[SUMMIT, row(SUMMIT, "12.45–13.30")]],
  "Version 4 moved the panel from 13.00 to 12.45.");
q("who did the internal review on the FOI?", "people_roles",
  "Philippa Ellerbeck, Marchbourne County Council's Head of Legal and Democratic Services, who had not been involved in the original response; her review is dated 26 November 2184. The original response of 1 November 2184 was sent by Fergal Ostrander, Information Rights Officer.",
  ["Ellerbeck"], [],
  [[FOI, line(FOI, "I have reviewed the council's response")], [FOI, line(FOI, "Philippa Ellerbeck")]],
  "The reviewer's name is only in the signature lines of the last message.");
q("who presented operation tidemark", "people_roles",
  "Ravindra Scholfield, Senior Licensing Officer (Special Treatments) at Corvistone Borough Council, who leads the joint enforcement team working across the six districts; he presented it as item 5 at the meeting of 8 December 2184.",
  ["Scholfield"], [],
  [[HANDOUT, line(HANDOUT, "Thank you, Chair. I'm Ravindra Scholfield")]],
  "The presenter names himself only in the speaker notes of slide 1; his name on the title slide is a picture.");
q("who's running the age checks workshop at the summit?", "people_roles",
  "Elowen Marchbeck, Licensing Officer at Oxmere District Council, runs W4, 'Age checks: the under-18 rule in practice', at 13.30–14.45 in the Great Hall.",
  ["Marchbeck"], [],
  [[SUMMIT, cell(SUMMIT, "13.30–14.45", "W4 ")]],
  "W4 is in the first room column (Great Hall) of the second workshop slot.");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the first year review paper?", "board_paper",
  "That the Task Group: (a) notes the first year of the Marchbourne special treatments licensing scheme; (b) asks Oxmere, Stellingford and Corvistone to bring inspection recovery plans to the meeting on 8 December 2184; (c) extends the age-check test purchase programme (CPA-07) to 31 March 2185; and (d) agrees that the year two fee review (CPA-10) starts in April 2185.",
  ["8 December 2184", "31 March 2185", "April 2185"], [],
  [[REPORT, line(REPORT, "(b) asks Oxmere")], [REPORT, line(REPORT, "(c) extends the age-check")], [REPORT, line(REPORT, "(d) agrees that the year two fee review")]],
  "Recommendations in a colon-fenced {admonition} directive, lettered by hand.");
q("contact officer for item 4 year one review? need a number", "board_paper",
  "Dr Cordelia Fanshawe-Ibe, Consultant in Public Health, Marchbourne County Council – telephone 01632 960214, email cordelia.fanshawe-ibe@marchbourne.gov.uk. The report's author is Elspeth Marwell, Public Health Intelligence Analyst.",
  ["Fanshawe-Ibe", "01632 960214"], [],
  [[REPORT, line(REPORT, "Contact officer:")], [REPORT, line(REPORT, "Telephone:")]],
  "The front sheet is a MyST field list (':Contact officer: …').");
q("is the first-year review a key decision? anything exempt?", "board_paper",
  "No on both: the front sheet of item 4 (22 September 2184) says Key decision: No and Exempt information: No.",
  ["No"], [],
  [[REPORT, line(REPORT, "Key decision:")], [REPORT, line(REPORT, "Exempt information:")]],
  "");
q("apologies at the 22 sept CPBATG meeting?", "board_paper",
  "Apologies were received from Cllr Kofi Harkaway (Cllr Wilfred Mbatha-Lowe substituted for him) and from Jago Trevallion, co-opted member. This is from the extract of the draft minutes released in the council's FOI response of 1 November 2184.",
  ["Harkaway", "Trevallion"], [],
  [[FOI, line(FOI, "Item 1 – Apologies and substitutes.")]],
  "The minutes exist only as an extract quoted inside the FOI response on the WhatDoTheyKnow page.");
q("any DOIs at the september meeting?", "board_paper",
  "One: Cllr Bronwen Pengethly declared a non-registrable interest in item 4 (the first-year review), as her daughter holds a practitioner licence in Brackwold. She took part in the discussion but did not vote.",
  ["Pengethly"], [],
  [[FOI, line(FOI, "Item 2 – Declarations of interest.")]],
  "From the draft minutes' extract in the FOI response.");
q("what's the TG being asked to agree on tidemark?", "board_paper",
  "Item 5 (8 December 2184) asks the Task Group to: (a) note the results of Operation Tidemark; (b) agree phase 2 from 10 January to 25 March 2185, at a cost of £22,000; (c) add CPR-07, online sales of unlicensed injectables, to the programme risk register; and (d) ask the Chair to write to the national medicines regulator about online sales of unlicensed injectables into the county.",
  ["22,000", "CPR-07"], [],
  [[HANDOUT, line(HANDOUT, "(b) agree phase 2")], [HANDOUT, line(HANDOUT, "(c) add CPR-07")], [HANDOUT, line(HANDOUT, "The Task Group is asked to:")]],
  "There is no written report: the asks are the speaker notes of slide 10 of the handout.");
q("when do the 22 sept minutes get signed off", "board_paper",
  "They are in draft and will be submitted to the Task Group for approval at its meeting on 8 December 2184, after which they will be published (FOI response of 1 November 2184; only an extract was released).",
  ["8 December 2184"], [],
  [[FOI, line(FOI, "The minutes are in draft")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how many botox vials did tidemark seize", "fact",
  "412 vials of botulinum toxin that are not licensed for use in the UK, and 23 boxes of dermal filler, during Operation Tidemark (11 October to 26 November 2184).",
  ["412"], [],
  [[HANDOUT, part(HANDOUT, "We seized 412 vials of botulinum toxin that are not licensed for use in the UK, and 23 boxes of dermal filler.")]],
  "Speaker notes of slide 3; the slide's own '412 vials seized' is a picture.");
q("how many came to the summit and what did it end up costing", "fact",
  "186 delegates from 41 organisations came to the Safer Skin Summit on 21 October 2184, and 92 per cent of those who gave feedback rated it good or excellent. Its final cost was £13,940, within the budget of £15,000.",
  ["186", "13,940"], [],
  [[HANDOUT, part(HANDOUT, "186 delegates came, from 41 organisations")], [HANDOUT, part(HANDOUT, "The final cost was £13,940, within the budget of £15,000.")], [FOI, line(FOI, "Part 5. The Summit took place")]],
  "The final cost is in the handout's notes and in the FOI internal review; the report and the FOI response give only the budget and the first payments.");
q("under-18 test purchases - how many failed?", "fact",
  "Since 22 September 2184, 12 test purchase attempts at tattoo and piercing premises; 3 premises agreed to tattoo or pierce without asking for proof of age, a failure rate of 25 per cent. All three had a warning letter and a repeat visit is booked; the programme has now covered 21 of its 24 premises.",
  ["25", "12"], [],
  [[HANDOUT, line(HANDOUT, "As the Task Group agreed on 22 September")]],
  "");
q("what bit of FOIA did they use to refuse names of premises under investigation", "fact",
  "Section 31(1)(g) of the Freedom of Information Act, with section 31(2)(a) and (c) (law enforcement: prejudice to the districts' investigations), after a public interest test; where a premises is a sole trader's home the address was also withheld as personal data under section 40(2). The internal review kept the exemption for premises still under investigation.",
  ["31(1)(g)"], [],
  [[FOI, part(FOI, "We hold this information, but we are withholding it under section 31(1)(g) of the Act, with section 31(2)(a) and (c), because disclosure would be likely to prejudice the district councils' ability to find out whether offences have been committed.")]],
  "");
q("where's the summit and where can I park", "fact",
  "At Harnley Moot Hall, Market Place, Harnley, a five-minute walk from Harnley station, on Thursday 21 October 2184. There is no parking at the Hall: use the Chandlers Yard car park (pay and display).",
  ["Moot Hall", "Chandlers Yard"], [],
  [[SUMMIT, line(SUMMIT, "Harnley Moot Hall is on Market Place")], [SUMMIT, line(SUMMIT, "Thursday 21 October 2184")]],
  "The parking is only in the 'Getting there' box on page 2 of the PDF.");

// ------------------------------------------------------------------ cross_document (2)
q("did the TG agree the year one review recs as written?", "cross_document",
  "Not quite. The report recommended (a)–(d), with (d) that the year two fee review starts in April 2185. The Task Group agreed (a) to (c) as recommended (noting the review, recovery plans from Oxmere, Stellingford and Corvistone by 8 December 2184, test purchases extended to 31 March 2185) but changed (d): officers are to start the fee review in January 2185, not April 2185, so that any new fees can take effect from 1 July 2185 (the report had proposed 1 October 2185).",
  ["January 2185"], [],
  [[REPORT, line(REPORT, "(d) agrees that the year two fee review")], [FOI, line(FOI, "(d) asks officers to start the year two fee review")], [REPORT, line(REPORT, "7.1 Officers propose")]],
  "Recommendations in the MyST report against the resolution in the draft minutes' extract quoted in the FOI response.");
q("foi says 5,280 spent on the summit by 1 nov - what were the actual payments?", "cross_document",
  "Two payments in the council's spend file for July to September 2184, both on cost centre PH7218 Safer Skin Programme: 4500.00 to Harnley Borough Council on 14/08/2184, the Moot Hall hire deposit, and 780.00 to Inkwell Print Co-operative Ltd on 20/09/2184 for programmes and delegate badges. Together they are the £5,280 (£4,500 and £780) in the FOI response.",
  ["14/08/2184", "20/09/2184", "Inkwell"], [],
  [[FOI, line(FOI, "The budget for the Safer Skin Summit")], [SPEND, pay("4500.00", "Harnley Borough Council")], [SPEND, pay("780.00", "Inkwell Print Co-operative Ltd")]],
  "Traps in the spend file: another 4500.00 (to a pharmacy group), another payment to Harnley Borough Council (family hub room hire) and another to Inkwell (sexual health leaflets).");

// ------------------------------------------------------------------ unanswerable (5)
q("which premises are still under investigation for unlicensed treatments?", "unanswerable",
  "Not in the papers: the council withheld their names under section 31 (7 premises were under investigation on 30 September 2184), and the internal review released only the two businesses whose prosecutions had concluded (Velvet Needle Studio and Lumière Lip Lab).",
  [], [], [], "Near miss: the count and two concluded cases are given, the open cases are not.");
q("whats cllr pengethly's email or phone?", "unanswerable",
  "Not in the papers: Cllr Bronwen Pengethly (Independent, Brackwold District Council) is listed as a member, but no contact details are given for her; the papers give contact details only for officers.",
  [], [], [], "Near miss: officers' numbers are given.");
q("what did the TG decide on tidemark phase 2 at the 8 dec meeting?", "unanswerable",
  "Not in the papers: the handout for item 5 sets out what the Task Group was asked to agree (phase 2 from 10 January to 25 March 2185 at £22,000, CPR-07, a letter to the regulator), but there are no minutes of 8 December 2184.",
  [], [], [], "Near miss: the asks are held, the decision is not.");
q("how much is a special treatments licence for a tattoo studio?", "unanswerable",
  "Not in the papers: they mention the licence fees only as the subject of the year two fee review (CPA-10) and of risk CPR-03 (a legal challenge to the fees); no fee is given.",
  [], [], [], "Near miss: fees are discussed, never stated.");
q("what did the safer skin programme spend in oct-dec?", "unanswerable",
  "Not in the papers: the spend file covers July to September 2184 only. The FOI internal review gives the Summit's final cost (£13,940), but there is no figure for the programme's spending in October to December.",
  [], [], [], "Near miss: only quarter 2's payments are held.");

if (G.length !== 40) throw new Error(`${G.length} questions`);
writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions, ${G.reduce((t, g) => t + g.evidence.length, 0)} evidence quotes)`);
