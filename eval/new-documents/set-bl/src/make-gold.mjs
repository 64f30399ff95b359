// Writes ../gold.jsonl: the set's 40 questions with gold answers, must / must-not strings and verbatim
// evidence (quotes taken from the renderings in text/; check them with src/check-gold.mjs).
// Format as /work/shared/newdocs-dev/gold.jsonl: id, question, category, answer, must_include,
// must_not_include, evidence [{doc, quote}], notes; unanswerable questions have category "unanswerable",
// no evidence and no must strings. Quotes are whole rendering lines, or runs of a line's cells, or one
// sentence of a line, taken from the renderings by what they start with or contain, so a quote is always
// the rendering's own text.
//   node src/make-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const PACK = DOCS.agenda, BUN = DOCS.bundle, SURV = DOCS.survey, HAN = DOCS.hansard, REG = DOCS.idox;
const lines = (doc) => readFileSync(join(root, "text", basename(doc, extname(doc)) + ".txt"), "utf8").split("\n");
// line(doc, start, k): the k-th rendering line starting with that text
const line = (doc, start, k = 0) => {
  const l = lines(doc).filter((x) => x.startsWith(start))[k];
  if (!l) throw new Error(`no line ${start} in ${doc}`);
  return l;
};
// has(doc, text): the first rendering line containing that text
const has = (doc, text) => {
  const l = lines(doc).find((x) => x.includes(text));
  if (!l) throw new Error(`no line with ${text} in ${doc}`);
  return l;
};
// cells(doc, text, from, n): in the first rendering line containing `text`, n cells from the cell `from`
const cells = (doc, text, from, n) => {
  const c = has(doc, text).split(" | ");
  const i = c.indexOf(from);
  if (i < 0) throw new Error(`no cell ${from} in line ${text}`);
  return c.slice(i, i + n).join(" | ");
};
// a sentence of a rendering line: from its start up to and including the first full stop after it
const sentence = (doc, start) => {
  const l = has(doc, start);
  const i = l.indexOf(start), j = l.indexOf(". ", i);
  return l.slice(i, j < 0 ? undefined : j + 1);
};

const G = [];
const q = (question, category, answer, must_include, must_not_include, evidence, notes) =>
  G.push({ id: `bl${String(G.length + 1).padStart(3, "0")}`, question, category, answer, must_include, must_not_include, evidence: evidence.map(([doc, quote]) => ({ doc, quote })), notes });

// ------------------------------------------------------------------ status_lookup (7)
q("which fireworks measures were red this season?", "status_lookup",
  "Two of the eight season measures were rated Red for the 2245 season: FSM-02, complaints to councils about fireworks noise (4,095 against a target of 3,100 or fewer, up from 3,480 in 2244), and FSM-08, bonfire-related fires attended by fire and rescue services from 1 to 7 November (451 against a target of 400 or fewer; 388 in 2244). Three measures were Amber, two Green and one is not rated.",
  ["FSM-02", "FSM-08"], ["FSM-01", "FSM-05"],
  [[PACK, line(PACK, "FSM-02 | ")], [PACK, line(PACK, "FSM-08 | ")]],
  "Word agenda pack, item 4: the rating is a word in the '2245 rating' column (with a cell colour). FSM-01 and FSM-05 were Red in 2244 and are Green in 2245.");
q("what got worse between the 2244 and 2245 seasons on the fstg measures", "status_lookup",
  "Two measures were rated worse in 2245 than in 2244: FSM-06, displays for more than 2,000 people reviewed by a safety advisory group (Green to Amber, 100% to 96%), and FSM-08, bonfire-related fires attended from 1 to 7 November (Green to Red, 388 to 451). FSM-01, FSM-03 and FSM-05 improved; FSM-02 stayed Red and FSM-04 Amber.",
  ["FSM-06", "FSM-08"], [],
  [[PACK, line(PACK, "FSM-06 | ")], [PACK, line(PACK, "FSM-08 | ")], [PACK, line(PACK, "Key: Red")]],
  "Compares the '2244 rating' and '2245 rating' columns by the key's order; no sentence of the pack lists them.");
q("which all year fireworks licence applications did wrayholme refuse?", "status_lookup",
  "Two, on the first page of Wrayholme Borough Council's public register (applications received in 2245): 45/00964/FWAY, a new application from Celestia Fireworks Direct Ltd, Railway Arch 4, Station Approach (received Thu 02 Oct 2245), and 45/00871/FWAY, a new application from Northern Lights Pyro Supplies, 48 Wombwell Street (received Mon 08 Sep 2245). The Task Group's licensing paper says both stores failed inspection. The saved page shows 10 of 13 results.",
  ["45/00964/FWAY", "45/00871/FWAY"], [],
  [[REG, has(REG, "Ref. No: 45/00964/FWAY")], [REG, has(REG, "Celestia Fireworks Direct Ltd")], [REG, has(REG, "Ref. No: 45/00871/FWAY")], [REG, has(REG, "Northern Lights Pyro Supplies")], [PACK, line(PACK, "2. In 2245 Wrayholme Borough Council refused")]],
  "Idox Public Access results page: the status is the last field of the metaInfo line under each result; only page 1 of 2 was saved.");
q("skyburst celebrations licence - has it been granted yet?", "status_lookup",
  "Not yet. Skyburst Celebrations Ltd's new application for an all-year fireworks supply licence (Unit 3, Skelwith Trade Park, Mill Lane, Wrayholme; ref. 46/00031/FWAY, received Wed 14 Jan 2246) is Under Consideration on Wrayholme's public register as saved on 20 January 2246.",
  ["Under Consideration"], [],
  [[REG, has(REG, "Skyburst Celebrations Ltd")], [REG, has(REG, "Ref. No: 46/00031/FWAY")]],
  "");
q("which actions from the dec meeting are still open?", "status_lookup",
  "Three of the eight actions from 10 December 2245 (FSA-21 to FSA-28) were not complete at 27 January 2246: FSA-24, an update on an enforcement case (exempt), In progress; FSA-25, asking the Minister for a date for the consultation on noise limits (Lysander Marriner, due 16/01/2246), Overdue – letter sent on 17 December 2245, no reply yet; and FSA-28, a report on the cost of a national awareness campaign (Crispin Vickerman, due 25/03/2246), Not started.",
  ["FSA-24", "FSA-25", "FSA-28"], [],
  [[PACK, cells(PACK, "Status | Update", "Ref", 6)], [PACK, line(PACK, "FSA-24 | Update on an enforcement case (exempt) | Dr Leopold Kershaw-Lindqvist | 04/02/2246 | In progress")], [PACK, line(PACK, "FSA-25 | Ask the Minister for a date for the consultation on noise limits | Lysander Marriner | 16/01/2246 | Overdue")], [PACK, line(PACK, "FSA-28 | Report on the cost of a national awareness campaign | Crispin Vickerman | 25/03/2246 | Not started")]],
  "Action log (item 3) with a Status column; the same actions appear without statuses in the minutes' actions table.");
q("have the 10 dec fstg minutes been approved?", "status_lookup",
  "No. The minutes of 10 December 2245 are in the agenda pack for 4 February 2246 as a draft, \"for approval at this meeting\" (item 2).",
  ["draft"], [],
  [[PACK, line(PACK, "DRAFT – for approval at this meeting")], [PACK, line(PACK, "2 | Minutes of the meeting held on 10 December 2245")]],
  "");
q("which councils haven't signed the quieter displays pledge?", "status_lookup",
  "From the post-season survey: two councils have not signed the quieter displays pledge – Brantfell County Council and Wyckhampton District Council – and three are considering it: Hexworth City Council, Holmwick District Council and Calderfoot Metropolitan Borough Council. Scarthwaite District Council did not answer the survey. The other six (Wrayholme, Caldersey, Fellmoor, Eskholme, Stanmere and Burnthwaite) have signed.",
  ["Brantfell", "Wyckhampton", "Hexworth", "Holmwick", "Calderfoot"], [],
  [[SURV, cells(SURV, "Brantfell County Council", "Brantfell County Council", 9)], [SURV, cells(SURV, "Wyckhampton District Council", "Wyckhampton District Council", 9)], [SURV, cells(SURV, "Hexworth City Council", "Hexworth City Council", 9)], [SURV, cells(SURV, "Holmwick District Council | Sanjay Pockley, Environmental Protection Officer | Yes – funded", "Holmwick District Council", 9)], [SURV, cells(SURV, "Calderfoot Metropolitan Borough Council", "Calderfoot Metropolitan Borough Council", 9)], [PACK, line(PACK, "Signed the quieter displays pledge | ")]],
  "Qualtrics CSV: Q6 answers per council row; the pack's Table 2 gives only the counts (6 / 3 / 2). Holmwick's first, incomplete row has no Q6 answer.");

// ------------------------------------------------------------------ table_lookup (7)
q("midhope party supplies - what's their licence ref and what happened to it?", "table_lookup",
  "Midhope Party Supplies (7 Notton Walk, Wrayholme) applied to renew its all-year fireworks supply licence under ref. 45/00655/FWAY, received on Wed 09 Jul 2245; Wrayholme's public register shows it as Surrendered.",
  ["45/00655/FWAY", "Surrendered"], [],
  [[REG, has(REG, "Midhope Party Supplies")], [REG, has(REG, "Ref. No: 45/00655/FWAY")]],
  "Idox result: description (the link text), address and metaInfo are three elements; the reference is only in the metaInfo line under the name.");
q("how many noise complaints did caldersey report in the survey", "table_lookup",
  "688 complaints about fireworks noise between 15 October and 15 November 2245 (Caldersey City Council's survey response, from Alina Lastingham, Head of Environmental Health). It also reported 201 about animal welfare, 240 about antisocial use and 7 about sales to under-18s.",
  ["688"], [],
  [[SURV, cells(SURV, "Caldersey City Council", "Caldersey City Council", 8)]],
  "Qualtrics CSV: the matrix question is split into Q5_1 … Q5_4, the sub-item only in the second header row ('… - Noise').");
q("how many 12-17 year olds ended up in A&E with fireworks injuries", "table_lookup",
  "47 in the 2245 season (15 October to 15 November), the most of any age group: 23 burns, 9 eye injuries, 2 with hearing damage and 13 other injuries, at the emergency departments serving the 12 councils' areas (Caldersey Royal Infirmary's figures, evidence bundle tab 2).",
  ["47"], [],
  [[BUN, line(BUN, "12 to 17 | ")], [BUN, line(BUN, "3. The 12 to 17 age group")]],
  "Evidence bundle: a landscape page in a portrait bundle; the figures by age are only in this table.");
q("FSA-25 - who owns it and when was it due?", "table_lookup",
  "FSA-25, asking the Minister for a date for the consultation on noise limits (minute 6 of 10 December 2245), is owned by Lysander Marriner, Head of Democratic Services, and was due on 16/01/2246. It is Overdue: the letter was sent on 17 December 2245, no reply yet, chased on 20 January 2246.",
  ["Lysander Marriner", "16/01/2246"], [],
  [[PACK, line(PACK, "FSA-25 | Ask the Minister for a date for the consultation on noise limits | Lysander Marriner | 16/01/2246 | Overdue")], [PACK, line(PACK, "FSA-25 | 6 | ")]],
  "");
q("when did emley convenience store's licence renewal come in and what's its status", "table_lookup",
  "Its renewal of an all-year fireworks supply licence (2 Emley Parade, Ingbirchworth Lane, Wrayholme; ref. 45/00702/FWAY) was received on Fri 25 Jul 2245 and its status is Licence Issued.",
  ["25 Jul 2245", "Licence Issued"], [],
  [[REG, has(REG, "Emley Convenience Store")], [REG, has(REG, "Ref. No: 45/00702/FWAY")]],
  "");
q("how many all-year licences are there in eskholme?", "table_lookup",
  "6 all-year fireworks licences were in force in Eskholme Borough Council's area on 1 October 2245 (its survey response, from Callum Thixendale, Licensing Team Leader). Across the 12 member councils there were 92.",
  ["6"], [],
  [[SURV, cells(SURV, "Eskholme Borough Council", "Eskholme Borough Council", 12)]],
  "Qualtrics CSV, Q8; the CSV's non-empty fields only, so the rendering's cells are not aligned with the header.");
q("total fireworks injuries at A&E this season vs last?", "table_lookup",
  "174 in the 2245 season (15 October to 15 November) against 212 in 2244, at the emergency departments serving the 12 councils' areas: 89 burns, 31 eye injuries, 9 with hearing damage and 45 other injuries. The measure FSM-01 (target 180 or fewer) went from Red to Green.",
  ["174", "212"], [],
  [[BUN, line(BUN, "All ages, 2245 | ")], [BUN, line(BUN, "All ages, 2244 | ")], [PACK, line(PACK, "FSM-01 | ")]],
  "");

// ------------------------------------------------------------------ people_roles (7)
q("who chairs the fireworks tg?", "people_roles",
  "Cllr Henrietta Corbishley (Conservative, Wrayholme Borough Council) is Chair of the Fireworks Safety Task Group for 2245/46.",
  ["Corbishley"], [],
  [[PACK, line(PACK, "Cllr Henrietta Corbishley | ")]],
  "");
q("which MP asked the minister when the decibel consultation would start?", "people_roles",
  "Alisdair Grimshaw-Nakamura, Liberal Democrat MP for Holmwick and Scarthwaite, intervened on the Minister (\"When will the consultation begin?\"); the Minister replied \"Early in the new year\" and would not give an exact date.",
  ["Grimshaw-Nakamura"], [],
  [[HAN, line(HAN, "When will the consultation begin?")], [HAN, line(HAN, "Alisdair Grimshaw-Nakamura (Holmwick and Scarthwaite) (LD)")], [HAN, line(HAN, "Will the Minister give way?")]],
  "Hansard: an intervention is a contribution like any other, under the member's name and '(Constituency) (Party)' header; nothing marks it as an intervention.");
q("who replaced cllr bletchworth on the task group?", "people_roles",
  "Cllr Oswin Sharland (Conservative, Wyckhampton District Council), from 1 November 2245. Cllr Marjorie Bletchworth stood down on 31 October 2245; the Chair welcomed Cllr Sharland to his first meeting on 10 December 2245.",
  ["Sharland"], [],
  [[PACK, line(PACK, "Membership change: ")], [PACK, line(PACK, "1.1 The Chair welcomed Cllr Oswin Sharland")]],
  "");
q("who filled in the fireworks survey for fellmoor?", "people_roles",
  "Deborah Slingsby, Community Safety Lead, answered for Fellmoor Metropolitan Borough Council on 27 November 2245.",
  ["Slingsby"], [],
  [[SURV, cells(SURV, "Fellmoor Metropolitan Borough Council", "Fellmoor Metropolitan Borough Council", 3)]],
  "Qualtrics CSV, Q2 (name and job title in one field).");
q("who opened the westminster hall debate on fireworks", "people_roles",
  "Cordelia Jowett-Farouk, Labour MP for Caldersey North, opened the debate on 3 November 2245 on behalf of the Petitions Committee, moving that the House consider e-petition 801427.",
  ["Jowett-Farouk"], [],
  [[HAN, line(HAN, "Cordelia Jowett-Farouk (Caldersey North) (Lab)")], [HAN, sentence(HAN, "I open this debate on behalf of the Petitions Committee")]],
  "Hansard page: the contribution's header gives the name and, on a line below, '(Constituency) (Party)'.");
q("contact officer for the all-year licences paper? need their number", "people_roles",
  "Dr Leopold Kershaw-Lindqvist, Senior Adviser, Licensing – 020 7946 0857, leopold.kershaw-lindqvist@local.gov.uk.",
  ["Kershaw-Lindqvist", "020 7946 0857"], [],
  [[PACK, line(PACK, "Contact officer: Dr Leopold Kershaw-Lindqvist")], [PACK, line(PACK, "Phone no: 020 7946 0857")]],
  "");
q("who wrote the fire service letter in the evidence bundle", "people_roles",
  "Keturah Oxley-Tembo, Area Manager, Head of Protection, Brantfell Fire and Rescue Service, in a letter to the Chair dated 16 December 2245 (tab 1 of the evidence bundle).",
  ["Oxley-Tembo"], [],
  [[BUN, line(BUN, "Keturah Oxley-Tembo")], [BUN, line(BUN, "Area Manager, Head of Protection")], [BUN, cells(BUN, "Tab 1 | Letter on fires", "Tab 1", 4)]],
  "Letter on letterhead; the signature is drawn in a script face above the typed name.");

// ------------------------------------------------------------------ board_paper (7)
q("recs on the all-year licensing paper?", "board_paper",
  "That the Task Group: (a) notes that the 12 member councils held 92 all-year licences on 1 October 2245; (b) recommends that member councils charge £575 for a new all-year licence and £290 to renew it; (c) agrees the model conditions in Appendix A, including an inspection of every store before a licence is renewed.",
  ["£575", "£290"], ["£640"],
  [[PACK, line(PACK, "(a) notes that the 12 member councils held")], [PACK, line(PACK, "(b) recommends that member councils charge £575")], [PACK, line(PACK, "(c) agrees the model conditions")]],
  "Item 6 of the Word pack. A superseded recommendation (b) with £640 and £320 sits just before the current one as HIDDEN TEXT (w:vanish): Word does not show or print it, a reader that ignores w:vanish reads both.");
q("what are the tg's draft recommendations to the board?", "board_paper",
  "Seven draft recommendations (R1 to R7), for consultation with member councils until 6 March 2246: R1 the Government should cut the maximum noise level for fireworks sold to the public from 120 to 90 decibels; R2 public displays for more than 500 people should need a council licence, with a safety advisory group review above 2,000; R3 every council that runs or funds a display should sign the quieter displays pledge by the 2246 season; R4 councils should charge £575 for an all-year licence and £290 to renew it, inspecting every store before renewal; R5 the Government should fund a national awareness campaign with councils, fire and rescue services and animal welfare charities; R6 fire and rescue services and councils should share data on fires involving fireworks stored at home; R7 the Task Group should review progress after the 2246 season.",
  ["R1", "R2", "R3", "R4", "R5", "R6", "R7"], [],
  [[PACK, line(PACK, "R1 | ")], [PACK, line(PACK, "R2 | ")], [PACK, line(PACK, "R3 | ")], [PACK, line(PACK, "R4 | ")], [PACK, line(PACK, "R5 | ")], [PACK, line(PACK, "R6 | ")], [PACK, line(PACK, "R7 | ")]],
  "");
q("DOIs at the december meeting?", "board_paper",
  "Two: Cllr Rajan Pickles-Varma declared an interest in item 8 (all-year licences and enforcement) because his brother-in-law holds an all-year fireworks licence in Eskholme, and left the room for that item; Cllr Cressida Wimbush declared an interest in item 5 as a trustee of the Hexworth Rotary Bonfire Trust, which runs the city's display, and took part in the item.",
  ["Pickles-Varma", "Wimbush"], [],
  [[PACK, line(PACK, "1.3 ")], [PACK, line(PACK, "1.4 ")]],
  "");
q("is the season performance paper confidential? key decision?", "board_paper",
  "No to both: item 4 (Fireworks season 2245: performance) says 'Is this report confidential? No' and 'Is this a key decision? No'. It is for information and direction.",
  ["No"], [],
  [[PACK, line(PACK, "Is this report confidential?")], [PACK, line(PACK, "Is this a key decision?")], [PACK, line(PACK, "Purpose of report: For information and direction.")]],
  "The front sheet's labels are bold runs inline; hidden guidance notes sit between them in the file.");
q("what did the fire service ask the tg to recommend", "board_paper",
  "Brantfell Fire and Rescue Service (letter of 16 December 2245) asked the Task Group to consider three proposals: (a) every shop with an all-year licence must give customers a leaflet on storing fireworks safely at home, as a licence condition; (b) councils and fire and rescue services share data on fires involving fireworks stored at home, on a common form; (c) the most that may be kept at home without a licence is cut from 5 kg to 2 kg (net explosive content).",
  ["leaflet", "2 kg"], [],
  [[BUN, line(BUN, "(a) that every shop with an all-year licence")], [BUN, line(BUN, "(b) that councils and fire and rescue services share data")], [BUN, line(BUN, "(c) that the most that may be kept at home")]],
  "");
q("what was resolved after the fire service evidence in dec?", "board_paper",
  "That the Task Group: (a) thanks Area Manager Oxley-Tembo; (b) asks the Programme Manager to collect home storage figures from the fire and rescue services of the 12 councils' areas; (c) asks for model conditions for all-year licences covering storage and inspection (actions FSA-21 and FSA-22).",
  ["home storage figures", "model conditions"], [],
  [[PACK, line(PACK, "(a) thanks Area Manager Oxley-Tembo")], [PACK, line(PACK, "(b) asks the Programme Manager to collect home storage figures")], [PACK, line(PACK, "(c) asks for model conditions")]],
  "");
q("recs on the season performance report?", "board_paper",
  "That the Task Group: (a) notes performance in the 2245 fireworks season; (b) asks officers to propose a target for FSM-07 (reports to councils about fireworks and animal welfare, currently monitor only) for the 2246 season.",
  ["FSM-07"], [],
  [[PACK, line(PACK, "(a) notes performance in the 2245 fireworks season")], [PACK, line(PACK, "(b) asks officers to propose a target for FSM-07")]],
  "");

// ------------------------------------------------------------------ fact (5)
q("how many signatures did the fireworks petition get", "fact",
  "312,460. E-petition 801427, \"Restrict the sale of fireworks to licensed public displays only\", closed on 30 September 2245 and was debated in Westminster Hall on 3 November 2245.",
  ["312,460"], [],
  [[HAN, sentence(HAN, "It closed on 30 September 2245")]],
  "");
q("what did the minister say on noise limits", "fact",
  "The Parliamentary Under-Secretary of State for Consumer Safety, Evander Nuttall-Ogunleye, said in Westminster Hall on 3 November 2245 that the Government will consult early in 2246 on reducing the maximum noise level for fireworks sold to the public from 120 decibels to 90 decibels (he would not give an exact date). He also said that the Government have no plans to restrict sales to licensed public displays.",
  ["90 decibels", "120"], [],
  [[HAN, sentence(HAN, "I can tell the House that we will consult")], [HAN, line(HAN, "Early in the new year.")]],
  "Hansard: the commitment is in the Minister's speech, which a column marker (Column 290WH) interrupts.");
q("how many people went to fellmoor's quiet display?", "fact",
  "More than 14,000, at Fellmoor Park on Wednesday 5 November 2245 – Fellmoor's first low-noise display, every firework rated below 90 decibels. It cost £38,500 and drew 38 noise complaints against 141 the year before.",
  ["14,000"], [],
  [[BUN, line(BUN, "More than 14,000 people came to Fellmoor Park")], [BUN, line(BUN, "Fellmoor's first quiet fireworks display draws 14,000")]],
  "");
q("what % of pet owners said their animals were distressed by fireworks?", "fact",
  "71%, in the Quiet Skies Animal Welfare Trust's survey of 4,812 people who keep pets or horses in the 12 councils' areas after 5 November 2245 (23% said an animal had been injured or had run away; 64% would support a 90-decibel limit).",
  ["71%"], [],
  [[BUN, line(BUN, "71% said that their animals")], [BUN, sentence(BUN, "After 5 November we surveyed")]],
  "An e-mail printed from Outlook in the evidence bundle (tab 3); the bullets are list items.");
q("when did the councils survey close?", "fact",
  "Friday 9 January 2246. It opened on 24 November 2245 and was due to close on 12 December 2245, but on 10 December the Task Group extended it because only eight councils had answered.",
  ["9 January 2246"], [],
  [[PACK, line(PACK, "RESOLVED that the Task Group extends the survey")], [PACK, line(PACK, "7.1 ")]],
  "");

// ------------------------------------------------------------------ cross_document (2)
q("how many councils actually answered the fireworks survey?", "cross_document",
  "11 of the 12 member councils; Scarthwaite District Council did not answer. The Qualtrics export has more rows than that: an officers' test (\"Survey Preview\") made on 21 November 2245 before the survey opened, and an incomplete first attempt by Holmwick District Council (Finished False, 38% progress) that its complete response of 4 December 2245 replaced.",
  ["11"], ["9 of the 12"],
  [[PACK, line(PACK, "Summary: 11 of the 12 member councils")], [PACK, line(PACK, "Councils that answered | ")], [SURV, has(SURV, "| Survey Preview |")], [SURV, has(SURV, "| False |")]],
  "Word pack (item 5) against the CSV's rows. The pack also holds, as HIDDEN TEXT just before the current summary, a draft summary of 5 January saying '9 of the 12'.");
q("is the minister's decibel consultation in the tg's recs, and has a date been set for it?", "cross_document",
  "Yes, it is R1 of the draft recommendations: the Government should reduce the maximum noise level for fireworks sold to the public from 120 to 90 decibels, as the Minister undertook to consult on in Westminster Hall on 3 November 2245. No date has been set: the Minister said only \"early in the new year\", and the Task Group's letter asking for a date (FSA-25, sent 17 December 2245) had no reply by 27 January 2246 and is overdue.",
  ["R1", "90 decibels"], [],
  [[PACK, line(PACK, "R1 | ")], [HAN, sentence(HAN, "I can tell the House that we will consult")], [HAN, line(HAN, "Early in the new year.")], [PACK, line(PACK, "FSA-25 | Ask the Minister for a date for the consultation on noise limits | Lysander Marriner | 16/01/2246 | Overdue")]],
  "Hansard page against the pack's draft recommendations and action log.");

// ------------------------------------------------------------------ unanswerable (5)
q("which shop is the FSA-24 enforcement case about?", "unanswerable",
  "Not in the published papers: FSA-24 is an update on an enforcement case whose details are exempt (paragraph 7 of Part 1 of Schedule 12A); the public pack says only that an oral update will be given if the press and public are excluded.",
  [], [], [],
  "Near miss: the pack's file still holds the exempt note as HIDDEN TEXT (w:vanish) under the action log – Word neither shows nor prints it. A reader that ignores hidden text will find a name; the published paper does not give one.");
q("whats the status of wrayholme licence 45/00035/FWAY", "unanswerable",
  "Not in the papers: the saved page of Wrayholme's public register shows results 1 to 10 of 13, and 45/00035/FWAY is not among them.",
  [], [], [],
  "Near miss: the register has three more results, on a page 2 that was not saved.");
q("how many fireworks injuries were there in the 2243 season?", "unanswerable",
  "Not in the papers: the injury figures are for 2244 (212) and 2245 (174) only. (Hansard gives 2243 for noise complaints, 3,135, not for injuries.)",
  [], [], [],
  "Near miss: 2243 appears for another measure.");
q("what did the govt's decibel consultation conclude?", "unanswerable",
  "Not in the papers: the Minister said on 3 November 2245 that the Government would consult early in 2246; no consultation or result is recorded, and the Task Group's letter asking for a date had no reply by 27 January 2246.",
  [], [], [],
  "Near miss: the commitment is held, the consultation is not.");
q("what fee does caldersey charge for an all-year licence?", "unanswerable",
  "Not in the papers: the licensing paper gives only the range of fees in the 12 member councils (£320 to £750) and the average cost (£548), not each council's fee.",
  [], [], [],
  "Near miss: a range and an average, no council's own fee.");

writeFileSync(join(root, "gold.jsonl"), G.map((g) => JSON.stringify(g)).join("\n") + "\n");
console.log(`wrote gold.jsonl (${G.length} questions)`);
