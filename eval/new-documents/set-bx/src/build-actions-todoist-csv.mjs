// Builds docs/owstg-actions-todoist-export-2386-11-27.csv and its rendering in text/.
// Layout: A TODOIST PROJECT EXPORTED AS A CSV TEMPLATE ("Export as a template" > CSV), the clerk's
// "OWSTG actions" project on 27 November 2386, as Todoist writes it: the columns TYPE, CONTENT,
// DESCRIPTION, PRIORITY, INDENT, AUTHOR, RESPONSIBLE, DATE, DATE_LANG, TIMEZONE, DURATION,
// DURATION_UNIT; rows of three types – "section" (a heading: here one per minute item of the meeting),
// "task" (INDENT 1, a sub-task INDENT 2) and "note" (a comment on the task above it, its author in
// AUTHOR); people as "Name (user id)"; DATE the due date as typed in natural language ("13 Nov 2386",
// "every Friday"), not a date field; PRIORITY 1 to 4; an empty line between sections.
// A TEMPLATE EXPORT LEAVES OUT COMPLETED TASKS: the actions done since the meeting (OWT-73, OWT-74,
// OWT-76) are simply absent, so two sections stand empty, and nothing in the file says an action is open
// or done. The file carries the clerk's own to-dos beside the Task Group's actions, and an action of the
// meeting before (OWT-64). No date of export is in the file (only in its name and the agenda pack).
// Rendering: every non-empty row, fields joined by " | ", empty fields kept.
// Synthetic test fixture: every person, task and date is invented.
//   node src/build-actions-todoist-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, ACTIONS, OFFICERS } from "./common.mjs";

const FILE = DOCS.actions;
const who = (k) => `${OFFICERS[k].name} (${OFFICERS[k].todo})`;
const HEAD = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE", "DURATION", "DURATION_UNIT"];
const rows = [HEAD];
const blank = () => rows.push(HEAD.map(() => ""));
const section = (name) => rows.push(["section", name, "", "", "", "", "", "", "", "", "", ""]);
const task = (content, desc, pri, indent, resp, date) => rows.push(["task", content, desc, String(pri), String(indent), who("jude"), resp ? who(resp) : "", date, date ? "en" : "", "Europe/London", "", ""]);
const note = (content, author) => rows.push(["note", content, "", "", "", who(author), "", "", "", "", "", ""]);
const A = Object.fromEntries(ACTIONS.map((a) => [a.ref, a]));
const act = (ref, pri) => { const a = A[ref]; task(`${a.ref} ${a.text}`, `Minute ${a.item}, 13 October 2386`, pri, 1, a.owner, a.todo); };

section("Carried over from 8 September 2386");
task("OWT-64 Get daily storm overflow spill alerts from the water company", "Minute 6, 8 September 2386", 1, 1, "marigold", "30 Sep 2386");
note("Water company wants a data-sharing agreement first; draft with Legal since 3 November", "marigold");
blank();
section("Item 1 – Welcome, apologies and substitutes");
blank();
section("Item 4 – Actions from previous meetings");
act("OWT-77", 1);
note("Chased 20 November; reply promised by 12 December", "marigold");
blank();
section("Item 5 – Quarter 2 performance");
act("OWT-71", 2);
task("Get a quote to rebuild the Tidewell beach wheelchair store", "For the SWM-07 recovery plan", 3, 2, "konstantin", "1 Dec 2386");
act("OWT-72", 4);
blank();
section("Item 6 – Inland swim sites");
act("OWT-75", 2);
note("Template sent to nine councils; Skelworth, Ashbeck and Pellingford still to nominate a contact", "idris");
act("OWT-78", 4);
note("Mardle Vale can host on 15 or 22 January; minibus from Whinmoor car park", "jude");
blank();
section("Item 7 – Bathing water sampling");
blank();
section("Item 8 – Waterside Safety Grants round 1");
blank();
section("Clerk");
task("Publish the agenda pack for 8 December", "", 2, 1, "jude", "28 Nov 2386");
task("Book Meeting Room 2 and the Teams link for 8 December", "", 3, 1, "jude", "1 Dec 2386");
task("Send the forward plan to the Board's lead officer", "", 4, 1, "jude", "every last Friday");

const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
writeFileSync(join(root, "docs", FILE), rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n");
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), rows.filter((r) => r.some((x) => x)).map((r) => r.join(" | ")).join("\n") + "\n");
console.log("wrote", FILE);
