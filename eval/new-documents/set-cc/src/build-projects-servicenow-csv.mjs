// Builds docs/innstg-programme-projects-servicenow-export-2642-02-28.csv and its rendering in text/.
// Layout: A SERVICENOW LIST EXPORTED AS CSV (a filtered list of the Project [pm_project] table, "Export >
// CSV" from the list's column context menu), as the programme's projects would come out of a shared
// ServiceNow instance on 28 February 2642:
//  - the header row holds the FIELDS' DATABASE NAMES, not their labels ("number", "short_description",
//    "overall_health", "u_lead_member", "comments_and_work_notes", "sys_updated_on"), custom fields with
//    ServiceNow's "u_" prefix;
//  - EVERY FIELD QUOTED, CRLF between records, UTF-8 without a byte order mark;
//  - reference fields as their display values (the project manager's name, the lead member's name);
//    choice fields as their labels ("Work in Progress", "Closed Complete", "On Hold", "Pending");
//  - health as ServiceNow rates it, "Green" / "Yellow" / "Red" – YELLOW, NOT AMBER – in four columns
//    (overall, schedule, cost, scope) side by side, nothing saying which one is the project's rating;
//  - planned dates as DATE-TIMES with the working day's hours ("2641-05-03 08:00:00", "2642-09-30
//    17:00:00"); currency fields as display values with the symbol and pence ("£64,000.00");
//    percent_complete a bare number;
//  - the JOURNAL FIELD "comments_and_work_notes" with EVERY ENTRY NEWEST FIRST, each "timestamp - Name
//    (Work notes)" on a line of its own over its text, entries apart by a blank line – LINE BREAKS
//    INSIDE THE QUOTED FIELD – so that the figures behind a Red (the pennywort overspend, the app's new
//    go-live month, the balsam season's hours, the training's head count) are only in these notes;
//  - sys_updated_by as user ids ("ines.sagar-lund"); rows in the list's sort order (number).
// Rendering: the header, then each record's fields joined by " | " in column order (empty fields kept as
// empty cells), a line break inside a field as a space.
// Synthetic test fixture: every project, person, council and figure is invented.
//   node src/build-projects-servicenow-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, PROJECTS, OFFICERS, M, money } from "./common.mjs";

const FILE = DOCS.projects;
const BASE = basename(FILE, extname(FILE));
const HEADER = ["number", "short_description", "state", "overall_health", "schedule_health", "cost_health", "scope_health", "project_manager", "u_lead_member", "start_date", "end_date", "percent_complete", "budget_cost", "work_cost", "u_lead_council", "comments_and_work_notes", "sys_updated_on", "sys_updated_by"];

const gbp = (n) => "£" + money(n) + ".00";
const rows = PROJECTS.map((p) => {
  const journal = p.notes.map(([ts, who, text]) => `${ts} - ${OFFICERS[who].name} (Work notes)\n${text}`).join("\n\n");
  const updated = p.notes.length ? p.notes[0][0] : "2642-01-04 09:00:12";
  const by = p.notes.length ? OFFICERS[p.notes[0][1]].user : OFFICERS.tamsin.user;
  return [p.number, p.title, p.state, p.overall, p.schedule, p.cost, p.scope, OFFICERS[p.pm].name, M[p.lead].name.replace(/^Cllr /, "Cllr. "),
    `${p.start} 08:00:00`, `${p.end} 17:00:00`, String(p.pct), gbp(p.budget), gbp(p.spent), p.council, journal, updated, by];
});
const q = (s) => '"' + String(s).replace(/"/g, '""') + '"';
const csv = [HEADER, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");

const render = [HEADER.join(" | "), ...rows.map((r) => r.map((c) => c.replace(/\s*\n+\s*/g, " ")).join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), render.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${rows.length} records) and text/${BASE}.txt`);
