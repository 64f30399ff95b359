// Builds docs/cmstg-meeting-notes-2671-09-19-joplin-raw.md and its rendering in text/.
// Layout: A JOPLIN NOTE IN JOPLIN'S RAW EXPORT FORMAT ("Export > RAW – Joplin Export Directory", the file
// renamed from its 32-hex-digit id): THE NOTE'S TITLE IS ITS FIRST LINE, WITHOUT A "#" (markdown readers
// take it for a paragraph), then a blank line, the body in Joplin's markdown, and AFTER THE BODY JOPLIN'S
// METADATA BLOCK of "key: value" lines (id, parent_id, created_time and updated_time in UTC ISO form,
// latitude / longitude, author, is_todo, source_application, markup_language, type_: 1 …), which a
// markdown reader shows as a last paragraph of run-together lines. The clerk's notes of the meeting of 19
// September 2671 as typed during the meeting: a "[toc]" marker for Joplin's table-of-contents plugin,
// LINKS TO OTHER NOTES AND RESOURCES BY ID ("[CMSTG 18/07/2671 - notes](:/3f9a…)", an image
// "![seating plan 19-09.jpg](:/7c1e…)"), officers by first names in the text ("Yusuf presented"), a
// criteria table with a weight column, RESOLVED decisions as a typed (a)–(c) list under bold, a vote in
// brackets, the actions as a pipe table with the owners by first name or as "Chair", the clerk's own
// to-dos as a task list ("- [x]", "- [ ]"), an ==highlight== and a draft status in the title.
// Rendering: the note as a reader of the source sees it: each line as typed, without its heading, list,
// quote or task markers; table rows with cells joined by " | " (the rule row left out); blank lines and
// the [toc] marker left out; the metadata lines as they stand.
// Synthetic test fixture: every person, council, figure and date is invented.
//   node src/build-notes-joplin-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, FUND, P, cllr, OFFICERS as O, GUEST, SEPT, CRITERIA, ACTIONS, MEASURES, THRESHOLD, DELEGATION, gbp } from "./common.mjs";

const FILE = DOCS.notes;
const BASE = basename(FILE, extname(FILE));
const md = [];
const L = (s = "") => md.push(s);
const ownerShort = (k) => (k === "featherstonhaugh" ? "Chair" : O[k].fore);

L(`${SHORT} 19/09/2671 - notes of meeting (DRAFT)`);
L();
L(`**${BODY}**`);
L(`Tuesday 19 September 2671, 14:00 – 16:20 · Room 2.4, 18 Smith Square and Google Meet`);
L(`Notes: ${O.cosmo.name} · Status: draft, not yet checked by the Chair; for approval at the next meeting`);
L();
L("[toc]");
L();
L("## Present");
L();
L(`- ${cllr("featherstonhaugh")} (Chair)`);
L(`- ${cllr("mahmoud")} (Vice-Chair)`);
L(`- ${cllr("dunsforth")} (Deputy Chair)`);
for (const k of SEPT.present.slice(3)) L(`- ${cllr(k)}${k === "haverley" ? " (her last meeting)" : ""}`);
L(`- ${cllr(SEPT.sub.k)} (substitute for Cllr ${P[SEPT.sub.for].sur})`);
L(`- online, not voting: ${cllr("tregonning")}`);
L();
L("## Apologies");
L();
L(`- ${cllr("penrose")} (substitute: Cllr ${P.grisewood.sur})`);
L(`- ${cllr("arkholme")} (no substitute)`);
L();
L("## Officers and guest");
L();
L(`${O.anselm.name} (Programme Manager), ${O.yusuf.name} (Senior Analyst), ${O.delphine.name} (Senior Adviser, Medical Examiners), ${O.cosmo.name} (notes).`);
L(`Guest for item 7: ${GUEST.name}, ${GUEST.post}.`);
L();
L("![seating plan 19-09.jpg](:/7c1e0b5a2f7d4e3b9a8c6d5e4f3a2b1c)");
L();
L("## 1. Welcome, apologies, substitutes");
L();
L(`Chair welcomed members and ${GUEST.name}. Apologies and the substitute as above. Quorate.`);
L();
L("## 2. Declarations of interest");
L();
L(`- Cllr ${P.obiora.sur}: trustee of the Carrowfield Interfaith Burial Trust, which may support the Carrowfield bid – item 6. Not a disclosable pecuniary interest; stayed and took part.`);
L(`- Cllr ${P.furneaux.sur}: director of the Sedgeholme Funeral Co-operative – item 6. Left the room for item 6 and did not vote.`);
L();
L("## 3. Minutes of 18 July 2671");
L();
L("Agreed as a correct record, see [CMSTG 18/07/2671 - notes](:/3f9a6d2e1c0b4a5f8e7d9c6b5a4f3e2d).");
L();
L("## 4. Action log");
L();
L("CMA-14 to CMA-20 all done except CMA-17 (pathology tariff survey – now due 31 October) and CMA-19 (Polrudden data-sharing agreement – with Polrudden's lawyers).");
L();
L("## 5. Performance at quarter 1 2671/72");
L();
const m1 = MEASURES[0], m6 = MEASURES[5];
L(`${O.yusuf.fore} presented the quarter 1 report. ${m1.ref} (inquests opened more than 12 months ago) is ${m1.q1v} against a target of ${m1.target}, rated R; the backlog is worst in Dunhallow and Sedgeholme, where two assistant coroner posts are vacant. ${m6.ref} peak occupancy ${m6.q1v}, G, but the summer is not over.`);
L(`Cllr ${P.badmus.sur} asked for an exception report on ${m1.ref} before the November meeting.`);
L();
L(`RESOLVED: that the quarter 1 report be noted and an exception report on ${m1.ref} be circulated to all members (CMA-21).`);
L();
L(`## 6. ${FUND} 2671/72`);
L();
L(`${O.anselm.fore} introduced the Fund: ${gbp(900000)} of capital for 2671/72 for extra body storage and excess deaths resilience, open to the four coroner areas. Proposed criteria:`);
L();
L("| Criterion | Weight |");
L("|---|---|");
for (const [c, w] of CRITERIA) L(`| ${c} | ${w} |`);
L();
L(`Cllr ${P.arkholme.sur}'s emailed question (she sent apologies) about whether bids could include shared facilities with the NHS: ${O.anselm.fore} said yes, that is what the partnership criterion is for.`);
L();
L("**RESOLVED** that the Task Group:");
L();
L(`(a) agrees the criteria and weights above, with a threshold of ${THRESHOLD} out of 100 for an award;`);
L("(b) opens round 1 on 22 September 2671, closing at noon on Friday 20 October 2671;");
L(`(c) delegates to the Chair, after consulting the Vice-Chair, urgent awards from the Fund of up to ${gbp(DELEGATION)} each until the November meeting, each to be reported to that meeting.`);
L();
L(`(Cllr ${P.furneaux.sur} out of the room. 9 for, 0 against. Cllr ${P.tregonning.sur} online, not voting.)`);
L();
L("## 7. The inquest backlog – HM Senior Coroner");
L();
L(`${GUEST.name} (slides attached: ![backlog slides.pdf](:/a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9)) said that of the 412 inquests open for more than 12 months at 30 June, ==38% were waiting for a post-mortem or toxicology report==; toxicology now takes 14 weeks against 6 a year ago. Two assistant coroner posts in Dunhallow and Sedgeholme have been vacant since April and the Ministry of Justice has not agreed to share their cost. She asked the Task Group to press the Ministry of Justice, and to support a shared listing protocol across the four coroner areas so that inquests can be heard wherever a courtroom is free.`);
L();
L(`Agreed: the Chair to write to the Ministry of Justice about funding for assistant coroners (CMA-26). ${O.anselm.fore} to work up the listing protocol with Cllr ${P.badmus.sur}.`);
L();
L("## 8. Excess deaths plans");
L();
L(`${O.delphine.fore}: three of the four coroner areas have tested their excess deaths plans; Polrudden tests on 27 September. ${MEASURES[6].ref} should be met by the end of the quarter. Members asked to see the test reports (CMA-27).`);
L();
L("## 9. Any other business");
L();
L(`Cllr ${P.haverley.sur} is standing down from the Task Group on 29 September 2671. The Chair thanked her for her work, especially on the excess deaths plans. The Conservative group will nominate her replacement.`);
L();
L("## 10. Next meeting");
L();
L("Tuesday 21 November 2671, 14:00, Room 2.4, 18 Smith Square.");
L();
L("## Actions");
L();
L("| Ref | Min | Action | Owner | Due |");
L("|---|---|---|---|---|");
for (const a of ACTIONS) L(`| ${a.ref} | ${a.min} | ${a.action} | ${ownerShort(a.owner)} | ${a.due} |`);
L();
L("My to-dos:");
L();
L("- [x] upload the Senior Coroner's slides to ~cmstg-members");
L("- [ ] notes to the Chair for checking by 26/09");
L("- [ ] ask Conservative group office for the replacement's name");
L();
const META = [
  "id: 4b6f2c0e9a1d4c7e8f3a5b2d1e0c9f8a",
  "parent_id: 9d2e7a4c1b8f4e3d6a5c2b1e0f9d8c7b",
  "created_time: 2671-09-19T13:02:11.412Z",
  "updated_time: 2671-09-26T08:47:55.019Z",
  "is_conflict: 0",
  "latitude: 51.49690000",
  "longitude: -0.12800000",
  "altitude: 0.0000",
  `author: ${O.cosmo.name}`,
  "source_url: ",
  "is_todo: 0",
  "todo_due: 0",
  "todo_completed: 0",
  "source: joplin-desktop",
  "source_application: net.cozic.joplin-desktop",
  "application_data: ",
  "order: 0",
  "user_created_time: 2671-09-19T13:02:11.412Z",
  "user_updated_time: 2671-09-26T08:47:55.019Z",
  "encryption_cipher_text: ",
  "encryption_applied: 0",
  "markup_language: 1",
  "is_shared: 0",
  "share_id: ",
  "conflict_original_id: ",
  "master_key_id: ",
  "user_data: ",
  "deleted_time: 0",
  "type_: 1",
];
for (const m of META) L(m);

const doc = md.join("\n");
writeFileSync(join(root, "docs", FILE), doc);

// rendering
const out = [];
for (let l of md) {
  if (!l.trim() || l === "[toc]" || /^\|[-| ]+\|$/.test(l)) continue;
  if (l.startsWith("|")) { out.push(l.replace(/^\|\s*/, "").replace(/\s*\|$/, "").split(/\s*\|\s*/).join(" | ")); continue; }
  l = l.replace(/^#+\s+/, "").replace(/^- \[[ x]\]\s+/, "").replace(/^[-*]\s+/, "");
  out.push(l);
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
