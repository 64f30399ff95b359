// Builds docs/cmstg-programme-work-plan-taskpaper-2671-11-10.txt and its rendering in text/.
// Layout: A TASKPAPER DOCUMENT (TaskPaper 3 for Mac; plain text, saved with a .txt name so that colleagues
// can open it): the Programme Manager's work plan and action log. TaskPaper's syntax is the whole
// structure: A PROJECT IS A LINE ENDING IN A COLON, A TASK A LINE STARTING "- ", ANYTHING ELSE A NOTE, AND
// NESTING IS TAB INDENTATION ONLY; EVERY ATTRIBUTE IS A TAG AT THE END OF A TASK – "@owner(Achterkamp)",
// "@lead(Badmus)", "@due(2671-12-31)", "@rag(red)", "@done(2671-10-16)", "@waiting(Ministry of Justice)",
// "@ref(CMA-26)", "@minute(7)", a bare "@flag" – with no columns and no header row; THE KEY TO THE TAGS IS A
// NOTE UNDER THE FIRST PROJECT. Done tasks keep their place with @done(date), EXCEPT THOSE MOVED BY
// TaskPaper's "Archive @done Items" COMMAND TO THE "Archive:" PROJECT AT THE END, where each carries
// @project(…) naming the project it came from – so two of the actions of 19 September are no longer under
// "Actions from 19 September 2671:" at all. Owners are surnames (or "Chair"); dates ISO; notes under a task
// are one tab deeper than it.
// Rendering: each line as it stands, without its leading tabs and without a task's "- " marker; blank
// lines left out.
// Synthetic test fixture: every person, council, figure and date is invented.
//   node src/build-workplan-taskpaper-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, SHORT, FUND, P, OFFICERS as O, ACTIONS, URGENT } from "./common.mjs";

const FILE = DOCS.plan;
const BASE = basename(FILE, extname(FILE));
const lines = [];
const L = (depth, s) => lines.push("\t".repeat(depth) + s);
const T = (depth, s) => L(depth, "- " + s);
const own = (k) => (k === "featherstonhaugh" ? "Chair" : (O[k] ?? P[k]).sur);

L(0, `${SHORT} programme work plan:`);
L(1, `${O.anselm.name}, ${O.anselm.post}. Last updated 10 November 2671.`);
L(1, "Tags: @lead = lead member; @owner = officer; @due = due date; @rag(red/amber/green) = how it is going; @done = completed on; @waiting = held up by; @ref and @minute = action log reference and minute of the meeting; @flag = for the Chair's briefing.");
lines.push("");
L(0, "Inquest backlog:");
T(1, "Recruit two assistant coroners for Dunhallow and Sedgeholme @lead(Badmus) @owner(Achterkamp) @due(2672-01-31) @rag(red)");
L(2, "Interviews on 28 November; one of the three shortlisted candidates has withdrawn.");
T(1, "Shared listing protocol across the four coroner areas @lead(Badmus) @owner(Kittredge-Moss) @due(2671-12-15) @rag(amber)");
L(2, "Carrowfield and Polrudden have agreed; Dunhallow and Sedgeholme want courtroom costs shared first.");
T(1, "Backlog recovery plan for the November meeting (item 8) @lead(Badmus) @owner(Kittredge-Moss) @due(2671-11-15) @done(2671-11-08)");
lines.push("");
L(0, "Medical examiners and certification:");
T(1, "Medical examiner scrutiny extended to all GP practices in Polrudden @lead(Strachey) @owner(Achterkamp) @due(2671-12-31) @rag(green)");
T(1, "Report CMM-05 again with Polrudden's September registrations included @owner(Castagnoli) @due(2671-11-30) @rag(amber) @waiting(Polrudden registration service)");
T(1, "Medical examiner grant 2672/73 confirmed @owner(Achterkamp) @waiting(Department) @rag(amber)");
lines.push("");
L(0, "Mortuary capacity:");
T(1, `Temporary body store at Marlhaven (${URGENT.ref}) open @lead(Furneaux) @owner(Kittredge-Moss) @done(2671-10-16)`);
T(1, "Round 1 assessment panel scores to Finance @owner(Kittredge-Moss) @done(2671-10-31)");
T(1, "Round 1 recommendations to the November meeting (item 6) @owner(Loxham) @due(2671-11-15) @flag");
T(1, "Regional excess deaths exercise \"Cold Snap\" @lead(Furneaux) @owner(Kittredge-Moss) @due(2672-02-22) @rag(red)");
L(2, "Venue lost, and the NHS partners cannot release staff in February. Propose moving it to May 2672.");
T(1, "Marlhaven mortuary repairs: insurer's decision on the claim @owner(Loxham) @waiting(insurer) @due(2671-12-08) @rag(amber)");
lines.push("");
L(0, "Bereaved families:");
T(1, "Urgent release protocol for faith communities signed by all four coroner areas @lead(Obiora-Wentworth) @owner(Achterkamp) @due(2671-12-31) @rag(green)");
T(1, "Families' satisfaction survey (CMM-09) in the field @lead(Obiora-Wentworth) @owner(Castagnoli) @due(2672-01-15) @rag(green)");
lines.push("");
const act = (a) => {
  const tags = [`@ref(${a.ref})`, `@minute(${a.min})`, `@owner(${own(a.owner)})`, `@due(${a.iso})`];
  if (a.waiting) tags.push(`@waiting(${a.waiting})`);
  if (a.rag) tags.push(`@rag(${a.rag})`);
  if (a.done) tags.push(`@done(${a.done})`);
  return `${a.ref} ${a.action} ${tags.join(" ")}`;
};
L(0, "Actions from 19 September 2671:");
for (const a of ACTIONS.filter((x) => !x.archived)) {
  T(1, act(a));
  if (a.note) L(2, a.note);
}
lines.push("");
L(0, "Actions from 18 July 2671:");
T(1, "CMA-17 Survey of pathology tariffs in the four coroner areas @ref(CMA-17) @minute(6) @owner(Achterkamp) @due(2671-10-31) @done(2671-10-30)");
T(1, "CMA-19 Data-sharing agreement with Polrudden Council @ref(CMA-19) @minute(8) @owner(Castagnoli) @due(2671-09-30) @waiting(Polrudden legal) @rag(amber)");
lines.push("");
L(0, "Archive:");
for (const a of ACTIONS.filter((x) => x.archived)) T(1, act(a) + " @project(Actions from 19 September 2671)");
T(1, "CMA-14 Set up the members' channel on Mattermost @ref(CMA-14) @minute(3) @owner(Pettingale) @due(2671-07-31) @done(2671-07-24) @project(Actions from 18 July 2671)");
T(1, "CMA-15 Agree the programme's measures and targets for 2671/72 @ref(CMA-15) @minute(5) @owner(Castagnoli) @due(2671-08-31) @done(2671-08-29) @project(Actions from 18 July 2671)");
T(1, "Excess deaths plan tested in Wexmoor and Marlhaven @lead(Furneaux) @owner(Achterkamp) @done(2671-08-16) @project(Mortuary capacity)");

writeFileSync(join(root, "docs", FILE), lines.join("\n") + "\n");
const rendering = lines.filter((l) => l.trim()).map((l) => l.replace(/^\t+/, "").replace(/^- /, ""));
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
