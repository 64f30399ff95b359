// docs/phtg-draft-minutes-2582-03-14-google-docs.txt: the clerk's draft minutes of 14 March 2582 as
// GOOGLE DOCS WRITES THEM WITH "FILE > DOWNLOAD > PLAIN TEXT (.txt)": a UTF-8 byte order mark, CRLF line
// ends, no formatting at all (headings, bold "RESOLVED" and the title are plain lines), bulleted lists as
// "* " lines, TABLES FLATTENED TO ONE CELL PER LINE (the attendance table's four columns and the actions
// table's four columns follow one another with nothing to say where a row ends), a horizontal line as a
// row of underscores, a footnote as "[1]" in the text with its note after the body, and REVIEWERS'
// COMMENTS KEPT ONLY AS LETTERED ANCHORS ("[a]", "[b]" …) after the words they are attached to, their
// text (and the replies in each thread) listed at the end of the file, one comment a line.
// Also writes text/<base>.txt: the minutes as read – a table row per line with its cells joined by " | ",
// the comments and footnote where the file puts them, blank lines and the rule left out.
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, PEOPLE, P, OFFICERS, GUEST, IN_ROOM, ONLINE, ACTIONS, cllr, money, AWARDED, CARRIED, DEFERRED, BIDS_RECEIVED, BIDS_TOTAL, THRESHOLD, longDate } from "./common.mjs";

const F = []; // the file's lines
const R = []; // the rendering's lines
const line = (t = "") => { F.push(t); if (t.trim() && !/^_+$/.test(t)) R.push(t); };
const tableRows = (rows) => { for (const row of rows) { for (const c of row) F.push(c); R.push(row.join(" | ")); } };

line(BODY);
line("Minutes of the meeting held on Thursday 14 March 2582");
line("DRAFT – not yet approved. Comments from members by Friday 22 March 2582, please.");
line();
line("Venue: Room 2.3, 18 Smith Square, London SW1P 3HZ, and Zoom");
line("Time: 10.00am – 12.31pm");
line(`Chair: ${cllr("trelawny")}`);
line();
line("Attendance");
const att = (k) => {
  if (IN_ROOM.includes(k)) return "In the room";
  if (ONLINE.includes(k)) return "Online";
  if (k === "pomfrett") return `Apologies (substitute: ${cllr("nakamura")})`;
  if (k === "gedye") return "Absent[a]";
  return null;
};
const roleOf = (p) => (["Chair", "Vice-Chair", "Deputy Chair"].includes(p.role) ? p.role : p.role === "Substitute" ? "Substitute" : "Member");
const rows = [["Name", "Council", "Role", "Attended"]];
for (const p of PEOPLE.filter((p) => p.role !== "Substitute" && p.role !== "Former member")) {
  rows.push([cllr(p.k), p.council, roleOf(p), att(p.k)]);
  if (p.k === "pomfrett") rows.push([cllr("nakamura"), P.nakamura.council, "Substitute", "Online"]);
}
tableRows(rows);
line();
line(`Officers: ${Object.values(OFFICERS).map((o) => `${o.name} (${o.post}${o === OFFICERS.youlden ? ", clerk" : ""})`).join(", ")}.`);
line(`In attendance: ${GUEST.name}, ${GUEST.post} (item 4, online).`);
line();
line("1. Welcome, apologies and substitutes");
line(`1.1 The Chair welcomed members, and in particular ${cllr("lindgren")} to her first meeting; she replaced ${cllr("bickerstaffe")}, who stood down in December.`);
line(`1.2 Apologies were received from ${cllr("pomfrett")}; ${cllr("nakamura")} attended as her substitute. The meeting was quorate.`);
line();
line("2. Declarations of interest");
line(`2.1 ${cllr("cotgrove")} and ${cllr("wyldbore")} declared an other registrable interest in item 5 as members of Harkmoor County Council, which had bid (SLC-2-01). They remained and voted.`);
line(`2.2 ${cllr("okparaeke")} declared a disclosable pecuniary interest in item 5 as a paid director of Lyndcastle Fire Safety CIC, a partner in bid SLC-2-09, and left the room for that item.[b]`);
line();
line("3. Minutes of the last meeting and matters arising");
line("3.1 The minutes of the meeting held on 22 November 2581 were agreed as a correct record.");
line("3.2 Matters arising: the Chair's letter to the Minister on pitch fee indexation (action PHA-26) was answered on 4 February 2582; the Minister will consult (item 7). Action PHA-29, the data-sharing protocol with the fire and rescue services, is overdue and now expected in April.");
line();
line("4. Residents' perspective: presentation by the Park Home Residents' Alliance");
line(`4.1 ${GUEST.name} presented the findings of the Alliance's survey of residents[1]. 1,140 residents on 96 sites replied; 38% said their last pitch fee review notice had been wrong or late, and 212 complaints had been made to councils in 2581, 57 of them about sites with no licence.`);
line("4.2 Members asked about residents' fear of reprisals. Ms Eboh said that most residents would only report a problem through a third party; members noted that this bears out risk PHR-04.");
line("4.3 The Task Group thanked Ms Eboh and asked for the survey findings to be circulated to members.");
line();
line("5. Site Licensing Capacity Fund: round 2 awards");
line(`5.1 ${OFFICERS.rashbrook.name}, ${OFFICERS.rashbrook.post}, introduced the report. ${BIDS_RECEIVED === 11 ? "Eleven" : BIDS_RECEIVED} bids had been received, asking for ${money(BIDS_TOTAL)}; seven scored at or above the threshold of ${THRESHOLD}.`);
line(`5.2 ${cllr("spurling")} said that need should have carried more weight than deliverability, and that Pemberwick's bid (SLC-2-02) would have been funded if it had. ${cllr("hewish")} moved an additional recommendation (e), seconded by ${cllr("bamigboye")}.`);
line("5.3 RESOLVED, by 8 votes to 1 with 1 abstention[c], that the Task Group:");
line(`* approves the six round 2 awards in Table 1 of the report, totalling ${money(AWARDED)} (recommendation (a));`);
line(`* defers bid ${DEFERRED.ref} (Lyndcastle Borough Council) to the meeting on 13 June 2582 and holds ${money(DEFERRED.asked)} for it until then (b);`);
line(`* carries the remaining ${money(CARRIED)} into round 3 (c);`);
line("* delegates the agreement of grant conditions to the Programme Manager, in consultation with the Chair (d); and");
line("* asks officers to review the weight given to need in the round 3 criteria and to give feedback to the four councils whose bids fell below the threshold (e).");
line();
line("6. Quarter 3 performance and risk");
line(`6.1 ${OFFICERS.hatherleigh.name}, ${OFFICERS.hatherleigh.post}, introduced the quarter 3 report: three measures on track, two at risk, two off track and one complete. PHM-05, compliance notices complied with on time, had fallen from at risk to off track.`);
line(`6.2 Members were concerned that PHM-03, fit and proper person applications decided within 12 weeks, was off track for a second quarter, at 58%. ${cllr("brazendale")} agreed to work with officers on a recovery plan.`);
line(`6.3 ${cllr("iddon")} asked that risk PHR-05, flooding of riverside sites, scored 20, be reported to the Housing Standards and Regulation Board. Cllr Iddon left the meeting at 11.52am.[d]`);
line("6.4 RESOLVED that the Task Group notes the quarter 3 position, asks for a recovery plan for PHM-03 by its June meeting and asks the Chair to report risk PHR-05 to the Housing Standards and Regulation Board on 2 April 2582.");
line();
line("7. Pitch fee indexation consultation");
line("7.1 The Task Group agreed the main points of a response to the Department for Communities and Local Places' consultation on pitch fee indexation, which closes on Friday 29 March 2582: support for indexing pitch fees by the Consumer Prices Index, a cap of 5% in any one year, and a duty on site owners to give 28 days' notice of a pitch fee review.");
line("7.2 RESOLVED that the Chair signs off the final response on the Task Group's behalf.");
line();
line("8. Any other business and date of next meeting");
line("8.1 There was no other business.");
line("8.2 The next meeting will be held on Thursday 13 June 2582 at 10.00am in Room 2.3, 18 Smith Square, and on Zoom.");
line();
line("________________");
line();
line("Actions from this meeting");
const who = (a) => (a.also ? `${OFFICERS[a.owner].name} with ${cllr(a.also)}` : P[a.owner] ? cllr(a.owner) : OFFICERS[a.owner].name);
const arows = [["Ref", "Action", "Owner", "Due"]];
for (const a of ACTIONS.filter((a) => a.minute.endsWith("14 March 2582"))) arows.push([a.ref, a.text, who(a), longDate(a.due)]);
tableRows(arows);
line();
line("[1] The Alliance ran the survey between October and December 2581, online and on paper, with help from 14 site residents' associations.");
line();
line(`[a]Imogen Gedye: I sent my apologies to Clementine by email on Tuesday 12 March – please show me under apologies, not absent.`);
line(`Clementine Youlden: Sorry, Imogen – found your email. I'll correct this before the draft goes to the Chair.`);
line(`[b]Clementine Youlden: Cllr Brazendale also declared an interest, in the Zoom chat at 10:41 (Hollinbury's bid SLC-2-07; he sits on Hollinbury's licensing committee) – I missed it in the room. Add as 2.3?`);
line(`Marigold Trelawny-Hext: Yes, please add it. Other registrable interest – he stayed and voted.`);
line(`[c]Marigold Trelawny-Hext: Please name who voted against and who abstained, as we did in November.`);
line(`Clementine Youlden: Cllr Spurling voted against and Cllr Lindgren-Shaw abstained; Cllr Okparaeke was out of the room. Will add.`);
line(`[d]Saffron Iddon: I left for a planning committee at Wellbeck – please record that I gave apologies for the rest of the meeting.`);

const out = "\uFEFF" + F.join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", DOCS.minutes), out);
writeFileSync(join(root, "text", basename(DOCS.minutes, extname(DOCS.minutes)) + ".txt"), R.join("\n") + "\n");
console.log("wrote", DOCS.minutes);
