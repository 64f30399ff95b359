// Builds docs/cctg-meeting-notes-2041-11-20.md (a Logseq page, as the file sits in the graph's pages/ folder)
// and its text rendering.
// Logseq's file format: page properties as "key:: value" lines at the top; every block a "- " bullet, children
// indented by tabs; block properties ("owner:: …", "id:: …") and SCHEDULED/DEADLINE lines under the block's first
// line, indented by two spaces; [[page links]] (people, bodies, journal dates "Nov 20th, 2041"), #tags, a block
// reference ((uuid)), task markers TODO / DOING / DONE / WAITING / LATER / CANCELED, and a {{query}} macro.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, MEMBERS, SUBSTITUTES, OFFICERS, GUEST, MEETING, PREVIOUS, NEXT, RISKS, BUDGET_TOTAL, VIREMENT, assert, assertDay } from "./content.mjs";

const BASE = "cctg-meeting-notes-2041-11-20";
const UUID = "6757e2a1-8c4b-4f1e-9d2a-3b7c5e0f1a42";
const m = (name) => MEMBERS.find((x) => x.name === name) ?? SUBSTITUTES.find((x) => x.name === name);
const o = OFFICERS;
const r02 = RISKS.find((r) => r.ref === "CCR-02");
assert(r02.l === 4 && r02.score === 12, "CCR-02 is L4 x I3 = 12 on the register");
assert(VIREMENT.from.reduce((a, [, v]) => a + v, 0) === VIREMENT.total, "virement adds up");
for (const [iso, day] of [["2041-11-22", "Friday"], ["2041-12-05", "Thursday"], ["2041-11-28", "Thursday"], ["2041-12-31", "Tuesday"],
  ["2041-11-29", "Friday"], ["2042-01-15", "Wednesday"], ["2041-12-09", "Monday"], ["2041-11-26", "Tuesday"], ["2041-11-27", "Wednesday"]]) assertDay(iso, day);

const T = "\t";
const lines = `title:: CCTG/Meeting notes 2041-11-20
type:: [[Meeting notes]]
body:: [[Cemeteries and Crematoria Task Group]]
meeting-date:: [[Nov 20th, 2041]]
status:: Draft - not yet agreed by the Task Group
notes-by:: [[${o.tuckwell.name}]]
last-edited:: [[Nov 27th, 2041]]
tags:: CCTG, meetings, bereavement services

- Informal action notes of the Task Group meeting on ${MEETING.long}, 10.30am to 12.40pm, Room 3, 18 Smith Square and Teams. Papers: [[CCTG 20 Nov 2041 - agenda and papers]]
- ## Attendance
	- **Members present**
		- [[Cllr Marguerite Oakenfold]] (Chair) - Sheffield, Labour
		- [[Cllr Gideon Stallybrass]] (Vice-Chair) - Shropshire, Conservative
		- [[Cllr Morwenna Tregidgo]] - Cornwall, Lib Dem
		- [[Cllr Kofi Amoako]] - Lewisham, Labour
		- [[Cllr Harriet Featherstonehaugh]] - North Yorkshire, Conservative
		- [[Cllr Declan Ottaway]] - Wigan, Labour
		- [[Cllr Anjali Sandhar]] - Epsom and Ewell, Independent (online; joined at 10.50 during item 3)
		- [[Cllr Tamsin Penwarden]] - South Cambs, Lib Dem
	- **Substitute**
		- [[Cllr Lionel Goodliffe]] (Wychavon, Conservative) for [[Cllr Rosalind Ingledew]]
	- **Apologies**
		- [[Cllr Rosalind Ingledew]] - sub sent
		- [[Cllr Piers Wyndlow]] - no sub
	- **Officers**
		- [[${o.muncaster.name}]] - ${o.muncaster.post}
		- [[${o.pountney.name}]] - ${o.pountney.post}
		- [[${o.coughlan.name}]] - ${o.coughlan.post}
		- [[${o.hallowes.name}]] - ${o.hallowes.post}
		- [[${o.veldhuizen.name}]] - ${o.veldhuizen.post} (item 4)
		- [[${o.tuckwell.name}]] - ${o.tuckwell.post} (notes)
	- **Guest**
		- ${GUEST.name} - ${GUEST.post}, [[${GUEST.org}]] (item 6 only)
- ## 1. Welcome, apologies, subs and declarations
	- Chair welcomed everyone, incl. Cllr Goodliffe subbing for Cllr Ingledew.
	- Apologies and sub as above.
	- Declarations of interest #doi
		- [[Cllr Declan Ottaway]]: item 3 - Wigan Council is one of the three heat pilot councils (CCT-B2) and he is its cabinet member for environment. He took no part in the discussion of CCT-B2.
		- [[Cllr Harriet Featherstonehaugh]]: item 6 - her brother-in-law is a director of a memorial masonry firm in Harrogate. Not a pecuniary interest; she stayed and took part.
		- No other declarations.
- ## 2. Notes of ${PREVIOUS.long.replace("Wednesday ", "")}
	- Agreed as a correct record.
	- Matters arising: none that are not on the agenda. The pause of CCT-B4 agreed in September now shows on the tracker.
- ## 3. Workplan tracker and risk register Q2 #[[CCTG tracker]]
	- [[${o.muncaster.name}]] introduced the Q2 tracker and risk register (position at 30 Sept).
	- Grave reuse (CCT-A3) has gone to Stuck: MoJ says no bill this session and no consultation before 2043. Members frustrated; Cllr Tregidgo said several Cornish towns have under five years' space left.
	- **Decision:** the Chair will write to the minister responsible for burial law asking for a meeting before the end of January, copied to the Chair of the [[Public Protection and Communities Board]]. If there is no progress by March the TG will consider a joint campaign with the national bereavement bodies.
	  id:: ${UUID}
	- CCR-02 (PHF data returns): members agreed the likelihood should go up from 4 to 5, making the score 15 (still High).
	- Cllr Amoako asked about CCR-04 (cremator failures). Saskia said 11 crematoria have now signed the mutual aid agreement.
	- Rest of the tracker noted.
- ## 4. Policy budget P7
	- [[${o.veldhuizen.name}]] introduced. Forecast £${BUDGET_TOTAL.forecast.toLocaleString("en-GB")} against the budget of £${BUDGET_TOTAL.budget.toLocaleString("en-GB")}, i.e. £${BUDGET_TOTAL.variance} over, because consultancy for the cremator cost study (CCT-B1) is forecast £9,000 over.
	- **Decision:** virement of £9,000 to consultancy agreed: £5,600 from member meetings and events and £3,400 from printing and design. Within the TG's £10,000 limit so it does not need to go to the Board.
	- Cllr Stallybrass asked that any further extension of the study comes back to members first - agreed.
- ## 5. Public health funerals #[[public health funerals]]
	- [[${o.pountney.name}]] introduced the paper. 96 returns so far.
	- Cllr Amoako (lead member) said the ask on banks should go further: £5,000 is too low once admin costs are added to the average funeral cost.
	- **Decisions:**
		- Rec (a) agreed - deadline for data returns extended to 31 January 2042.
		- Rec (b) agreed with one change: ask (i) to say balances of up to £10,000 (not £5,000).
		- Rec (c) agreed - full findings to the 26 March 2042 meeting.
- ## 6. Memorial safety guide
	- [[${o.coughlan.name}]] introduced with ${GUEST.name} (MMSC).
	- Cllr Featherstonehaugh had declared an interest (see item 1).
	- Comments
		- Cllr Tregidgo: five years is too long for lawn headstones in exposed coastal cemeteries. Officers to add a line on local risk factors; the interval stays at 5 years as a minimum.
		- Cllr Penwarden: 28 days is too short for families who live abroad. Draft to say 28 days, extendable to 56 on request.
		- Cllr Sandhar supported staking rather than laying flat.
	- **Outcome:** officers to revise the draft; consultation start moved to Mon 9 December 2041 (from 2 December) to allow time for the changes.
- ## 7. AOB
	- Cllr Penwarden raised delays in DWP Funeral Expenses Payment decisions. Covered by CCT-C3; officers to raise it at the 9 December meeting with DWP.
	- Next meeting [[Jan 29th, 2042]] 10.30am, 18 Smith Square. Burial space survey findings on the agenda.
- ## Actions
	- {{query (and [[CCTG/Meeting notes 2041-11-20]] (task TODO DOING WAITING LATER))}}
	- DONE Publish the Q2 tracker, the P7 budget report and these draft notes on the members' portal #action
	  owner:: [[${o.tuckwell.name}]]
	  DEADLINE: <2041-11-22 Fri>
	- TODO Draft the Chair's letter to the minister on grave reuse ((${UUID})) #action
	  owner:: [[${o.muncaster.name}]]
	  DEADLINE: <2041-12-05 Thu>
	- DOING Write to the chief executives of councils that have not returned PHF data #action
	  owner:: [[${o.pountney.name}]]
	  DEADLINE: <2041-11-28 Thu>
	- TODO Update CCR-02 on the risk register: likelihood 5, score 15 #action
	  owner:: [[${o.muncaster.name}]]
	  DEADLINE: <2041-12-31 Tue>
	- DONE Process the £9,000 virement in the finance system #action
	  owner:: [[${o.veldhuizen.name}]]
	  done-on:: [[Nov 26th, 2041]]
	  DEADLINE: <2041-11-29 Fri>
	- WAITING Confirm the start date of Harlow's connection works before the grant is released #action
	  owner:: [[${o.hallowes.name}]]
	  DEADLINE: <2042-01-15 Wed>
	- LATER Revise the memorial safety guide and launch the consultation #action
	  owner:: [[${o.coughlan.name}]]
	  SCHEDULED: <2041-12-09 Mon>
	- CANCELED Site visit to Harlow crematorium in December - to be rearranged for spring 2042
	  owner:: [[${o.hallowes.name}]]
`;
assert(!/\t  /.test("") && NEXT.iso === "2042-01-29", "next meeting");
writeFileSync(join(ROOT, "docs", BASE + ".md"), lines);

// rendering: each line without its indentation and bullet; [[ ]] and ** removed; headings lose "## "
const text = lines.split("\n").filter((l) => l.trim()).map((l) =>
  l.replace(/^\s*(- )?/, "").replace(/^#{1,6} /, "").replace(/\[\[([^\]]+)\]\]/g, "$1").replace(/\*\*/g, ""));
writeFileSync(join(ROOT, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.md (${lines.split("\n").length} lines) and text/${BASE}.txt`);
