// Builds docs/sgesjc-minutes-2231-12-15-redmine-wiki.txt and its rendering in text/.
// Layout: A REDMINE WIKI PAGE EXPORTED AS TXT ("Also available in: PDF | HTML | TXT"), which gives the
// page's TEXTILE SOURCE, not the page as Redmine shows it. The host council's safety team keeps its
// project (issues, wiki) in Redmine, and the clerk writes the minutes on the project wiki. So the file
// holds Textile markup throughout: `{{>toc}}`; headings as `h1.` / `h2.` / `h3.`; a centred status line
// in a coloured span (`p=. %{color:#888}DRAFT …%`); bold as `*…*`, italics as `_…_`; THE ATTENDANCE AS
// A TEXTILE TABLE whose header cells are `|_.` and whose COUNCIL CELLS SPAN TWO ROWS (`|/2.`) – so each
// council's second member's row has one cell fewer – with a substitute's row spanning all three columns
// (`|\3.`) and a FOOTNOTE MARK `[1]` after one attendance, the note as `fn1.` at the end of the page;
// officers and the guest as bullet lists (`*`); resolutions in block quotes (`bq.`) with typed (a) (b)
// (c); a vote tally in a `<pre>` block INSIDE A `{{collapse(…)}}` MACRO (folded away on the page);
// WIKI LINKS (`[[Meetings|…]]`, `[[Model_conditions]]`) and ISSUE LINKS (`#4127`); THE ACTIONS AS A
// TEXTILE TABLE WHOSE STATUSES ARE COLOURED SPANS (`%{color:green}Closed%`, `%{color:#e69138}In progress%`,
// `%{color:red}Overdue%`), updated after the meeting (a line says when and by whom). Nothing says how
// many members came; the counts are the reader's.
// Rendering: the file's lines as they are, blank lines dropped (a Textile page read as text).
// Synthetic test fixture: every person, council, ground and decision is invented.
//   node src/build-minutes-redmine-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, HALL, MEETINGS, KEY_DATES as K, M, C, COUNCIL_ORDER, OFFICERS as O, ENGINEER, ACTIONS, full, long } from "./common.mjs";

const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const L = [];
const add = (...s) => L.push(...s);

// attendance at 15 December 2231
const ATT = {
  wapshott: "Present", cobbold: "Apologies", maunder: "Present", rumbelow: "Present (remote)[1]",
  whatmough: "Present", yeandle: "Present", slingsby: "Present", fauvel: "Apologies",
  isbister: "Present", jerrom: "Absent", kitchingman: "Present", stidston: "Present",
};
const MEMBERS_DEC = ["wapshott", "cobbold", "maunder", "rumbelow", "whatmough", "yeandle", "slingsby", "fauvel", "isbister", "jerrom", "kitchingman", "stidston"];
const label = (id) => M[id].name + (M[id].role ? ` (${M[id].role})` : "");
const STATUS = { Closed: "%{color:green}Closed%", "In progress": "%{color:#e69138}In progress%", Overdue: "%{color:red}*Overdue*%" };

add("{{>toc}}", "");
add("h1. Minutes: 15 December 2231", "");
add(`*${BODY}*`, `${full(MEETINGS.dec)}, 10:00 to 12:40`, `Committee Room 2, ${HALL}`, "");
add(`p=. %{color:#888}DRAFT – not yet approved. To be confirmed at the meeting on ${long(MEETINGS.march)}.%`, "");
add("Back to [[Meetings|all meetings of the Joint Committee]]", "");

add("h2. Attendance", "");
add("|_. Council |_. Member |_. Attendance |");
for (const k of COUNCIL_ORDER) {
  const ids = MEMBERS_DEC.filter((id) => M[id].c === k);
  add(`|/2. ${C[k]} | ${label(ids[0])} | ${ATT[ids[0]]} |`);
  add(`| ${label(ids[1])} | ${ATT[ids[1]]} |`);
}
add(`|\\3. Substitute: ${M.chaffey.name} (${C.mar}) for ${M.fauvel.name} |`, "");
add("*Officers:*");
for (const k of ["sewter", "edgecombe", "cleverdon", "mewburn", "jupe"]) add(`* ${O[k].name}, ${O[k].post}${k === "jupe" ? " (minutes)" : ""}`);
add("", "*Guest:*", `* ${ENGINEER.name}, ${ENGINEER.firm} (item 4)`, "");

add("h2. Minutes", "");
add("h3. 1. Apologies and substitutes", "");
add(`Apologies were received from ${M.cobbold.name} and ${M.fauvel.name}; ${M.chaffey.name} substituted for ${M.fauvel.name}. ${M.jerrom.name} was absent.`, "");
add("h3. 2. Declarations of interest", "");
add(`* ${M.stidston.name} declared a non-registrable interest in item 4 as a vice-president of Tewsley Town FC. He left the room for that item.`);
add(`* ${M.maunder.name} declared a non-registrable interest in item 6 as a trustee of the Brantwick Athletic Community Trust. He took part in the discussion.`, "");
add("h3. 3. Minutes of the meeting held on 15 September 2231", "");
add("The minutes were agreed as a correct record and signed by the Chair.", "");
add("h3. 4. Tanyard Lane East Stand: engineer's report", "");
add(`${ENGINEER.name} presented his report of his inspection on ${long(K.inspected)}. He had found corrosion with loss of section in roof columns C4 and C7 of the East Stand and had advised closing rows T to Z; officers served a prohibition notice on ${long(K.prohibition1)}. The club had commissioned its own survey. Members asked whether the rest of the stand was safe to use; Dr Quance said it was, with the closed rows fenced off, but that the position should be reviewed once the club's survey was in.`, "");
add("bq. RESOLVED that the Joint Committee:");
add("(a) notes the engineer's report and the prohibition notice served on rows T to Z of the East Stand;");
add(`(b) authorises the Chair, after consulting the Vice-Chair, to reduce the capacity of the East Stand if the club's interim survey, due by ${long(K.surveyDue)}, does not satisfy officers, and to report any such decision to the next meeting;`);
add(`(c) asks officers to update the lead member for structural safety, ${M.whatmough.name}, every month until the works are complete.`, "");
add("{{collapse(Vote on item 4)", "<pre>", "For        7", "Against    0", "Abstained  1   (Cllr Kitchingman)", "Not voting: Cllr Stidston (left the room); Cllr Rumbelow (remote)", "</pre>", "}}", "");
add("h3. 5. Performance at quarter 2", "");
add(`${O.edgecombe.name} reported that two of the eight measures were Red at quarter 2: regulated stand inspections done by their due date (GS-02, 83%) and event management plans received 12 weeks ahead (GS-04, 76%).`, "");
add("bq. RESOLVED that the Joint Committee notes performance at quarter 2 and asks the Event Safety Adviser to write to the organisers of events whose plans arrived late (#4130).", "");
add("h3. 6. Brantwick Road Stadium fan zone", "");
add(`${O.cleverdon.name} reported that Brantwick Athletic FC plans to open a fan zone for up to 2,500 people beside the South Stand from August 2232.`, "");
add("bq. RESOLVED that the Joint Committee:");
add("(a) asks the Brantwick safety advisory group to review the club's crowd management plan for the fan zone by 30 April 2232;");
add("(b) asks officers to add a risk on the fan zone to the programme risk register (#4129).", "");
add("h3. 7. Draft model conditions for general safety certificates", "");
add(`Members considered the draft model conditions ([[Model_conditions]]) and the fees proposed for 2232/33.`, "");
add("bq. RESOLVED that the Joint Committee:");
add(`(a) agrees the draft model conditions for public consultation from ${long(K.consultOpen)} to ${long(K.consultClose)};`);
add("(b) agrees the proposed fees for 2232/33 for consultation;");
add(`(c) delegates the final wording of the consultation documents to the ${O.sewter.post}, in consultation with the lead member for consultation and communications, ${M.isbister.name}.`, "");
add("h3. 8. Stewarding training grants", "");
add(`${O.edgecombe.name} reported that only 9 of the 24 planned grants had been claimed, mostly by the larger grounds. Members asked that the grants be re-advertised to the smaller grounds in January (#4133).`, "");
add("h3. 9. Date of next meeting", "");
add(`${full(MEETINGS.march)} at 10:00 in the Council Chamber, ${HALL}. Later meeting: ${full(MEETINGS.june2)}.`, "");

add("h2. Actions", "");
add("|_. Issue |_. Action |_. Owner |_. Due |_. Status |");
for (const a of ACTIONS) add(`| #${a.n} | ${a.a} | ${O[a.owner].name} | ${a.due} | ${STATUS[a.st]} |`);
add("", `_Action statuses updated 9 March 2232 by ${O.jupe.name}._`, "");
add("fn1. Cllr Folasade Rumbelow joined by video. Under standing order 14.3 a member attending remotely does not count towards the quorum and cannot vote.");

const text = L.join("\r\n") + "\r\n"; // Redmine serves the export with Windows line ends
writeFileSync(join(root, "docs", FILE), text);
writeFileSync(join(root, "text", BASE + ".txt"), L.filter((l) => l.trim()).join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
