// Builds docs/evctg-ev-charging-programme-plan-2136-37-project-export.csv and its rendering in text/.
// Layout: A MICROSOFT PROJECT PLAN SAVED AS CSV (File > Save As > "CSV (Comma delimited)", the Export
// Wizard with the programme manager's own map of fields), as Project writes it: ENCODED IN WINDOWS-1252
// ("£" is byte A3, "–" 96; no byte order mark), CRLF row ends, one header row of Project's field names
// (ID, Outline Level, WBS, Name, Duration, Start, Finish, Baseline Finish, % Complete, Status,
// Predecessors, Resource Names, Milestone, Notes) and ONE ROW PER TASK IN OUTLINE ORDER, starting with the
// project summary task (ID 0). THE OUTLINE IS GONE: names are not indented, so which tasks belong to which
// workstream is given only by the "Outline Level" number and the "WBS" code (1, 1.4, 4.1.2); summary rows
// (the workstreams) carry rolled-up dates, durations and percentages like any task. Dates in Project's
// format with a TWO-DIGIT YEAR ("Tue 31/07/36"); durations in working days ("42 days", "0 days" for
// milestones, "44 days?" where the duration is still an estimate); % Complete as "40%"; STATUS IN
// PROJECT'S OWN WORDS (Complete, On Schedule, Late, Future Task), worked out against a status date that
// is not a column – it is only in the project summary's note; predecessors as ID lists ("14" or
// "10,11"); resource names as a comma list, quoted, with allocations in brackets ("Talia
// Okonkwo-Reyes[50%],Evaluation partner"); Milestone as Yes / No; notes as typed, some with line breaks
// inside the quoted field. Fields are quoted only when they hold a comma, a quotation mark or a line break.
// Rendering: one line per row, every cell joined by " | " (empty cells kept, trailing ones dropped),
// a line break inside a field as a space.
// Synthetic test fixture: every person, task, date and figure is invented.
//   node src/build-plan-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, PROGRAMME, BOARD, OFFICERS as O, NCF11, n0, projDate, workdays } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.plan;
const BASE = basename(FILE, extname(FILE));
const STATUS_DATE = "2136-07-31";
const TL = O.talia.name, RC = O.rhiannon.name, GF = O.gideon.name, EO = O.emeka.name;

// [level, name, start, finish, baselineFinish|null, pct, preds, resources, notes, estimate?]; summaries have start null
const TASKS = [
  [1, "Workstream 1 – Neighbourhood Chargepoint Fund round 1"],
  [2, "Q4 2135/36 monitoring returns", "2136-04-02", "2136-04-27", null, 100, "", TL, ""],
  [2, "Q1 2136/37 monitoring returns", "2136-07-02", "2136-07-20", null, 100, "2", TL, ""],
  [2, "Return NCF-11 award to the Fund", "2136-06-12", "2136-06-12", null, 100, "", GF, `£${n0(NCF11)} added to the round 2 budget (Task Group 12/06/36).`],
  [2, "NCF-05 re-phasing agreed with Quaybridge", "2136-06-04", "2136-09-28", "2136-06-29", 20, "", TL, "Revised delivery plan from Quaybridge was due 31/07/36 – not received."],
  [2, "NCF-08 re-procurement – council-led (Durnholme)", "2136-05-07", "2136-08-31", "2136-07-31", 40, "", "Durnholme DC", "Voltaline Ltd in administration 02/05/36.\r\nDurnholme re-procuring through framework lot 2."],
  [2, "Round 1 mid-point evaluation", "2136-10-01", "2136-11-30", null, 0, "3", `${TL}[50%],Evaluation partner`, "", true],
  [2, "Round 1 final claims deadline", "2136-12-21", "2136-12-21", null, 0, "", "", ""],
  [1, "Workstream 2 – Neighbourhood Chargepoint Fund round 2"],
  [2, "Draft round 2 prospectus", "2136-05-14", "2136-06-29", null, 100, "", TL, ""],
  [2, "Revise grant agreement for round 2", "2136-06-11", "2136-07-06", null, 100, "", RC, ""],
  [2, "Round 2 prospectus published", "2136-07-10", "2136-07-10", null, 100, "10,11", TL, ""],
  [2, "Bidding window open", "2136-07-10", "2136-09-05", null, 40, "12", TL, "Clarification questions answered on the Fund web page every Friday."],
  [2, "Round 2 bids close", "2136-09-05", "2136-09-05", null, 0, "13", "", "Midday."],
  [2, "Assess and moderate round 2 bids", "2136-09-06", "2136-09-14", null, 0, "14", `${TL},Assessment panel`, ""],
  [2, "Task Group decision on round 2 awards", "2136-09-18", "2136-09-18", null, 0, "15", "", "Task Group meeting 18/09/36 (Ockenbridge)."],
  [2, "Round 2 grant agreements issued", "2136-09-19", "2136-10-26", null, 0, "16", RC, ""],
  [1, "Workstream 3 – Guidance and support"],
  [2, "On-street charging guidance (cable gullies and kerbside)", "2136-06-04", "2136-10-26", null, 45, "", `${TL}[50%],Comms team`, "Draft chapters on highway consent shared with Ockenbridge."],
  [2, "Procurement framework refresh", "2136-04-02", "2136-08-31", "2136-06-29", 55, "", `${EO},Procurement team`, "Two lots re-tendered after Voltaline Ltd went into administration."],
  [2, "Peer support webinars (6)", "2136-05-15", "2136-11-27", null, 50, "", TL, "3 of 6 held (22/05, 19/06, 24/07). Next: 25/09/36."],
  [1, "Workstream 4 – Data and reporting"],
  [2, "Open chargepoint data standard v2"],
  [3, "Consultation with chargepoint operators", "2136-05-07", "2136-06-29", null, 100, "", "Data team", ""],
  [3, "Publish data standard v2", "2136-07-02", "2136-09-28", "2136-07-27", 30, "24", "Data team", "Operator responses (19) took longer to analyse than planned."],
  [2, `Annual report to the ${BOARD}`, "2136-11-14", "2136-11-14", null, 0, "", EO, ""],
];

// ------------------------------------------------------------------ outline, WBS, roll-ups and status, as Project works them out
const rows = TASKS.map((t, i) => ({ id: i + 1, level: t[0], name: t[1], start: t[2], finish: t[3], base: t[4], pct: t[5], preds: t[6] ?? "", res: t[7] ?? "", notes: t[8] ?? "", est: t[9] ?? false }));
{ const n = [0, 0, 0, 0]; for (const r of rows) { n[r.level]++; for (let l = r.level + 1; l < n.length; l++) n[l] = 0; r.wbs = n.slice(1, r.level + 1).join("."); } }
const children = (i) => { const out = []; for (let j = i + 1; j < rows.length && rows[j].level > rows[i].level; j++) out.push(rows[j]); return out.filter((r) => r.start && !r.summary); };
const dur = (r) => (r.start === r.finish && r.milestone ? 0 : workdays(r.start, r.finish));
for (const r of rows) r.milestone = !!r.start && r.start === r.finish && r.level > 0 && !/returns/.test(r.name);
// summaries, deepest first
for (let i = rows.length - 1; i >= 0; i--) {
  const r = rows[i];
  if (r.start) continue;
  const kids = children(i);
  r.summary = true;
  r.start = kids.map((k) => k.start).sort()[0];
  r.finish = kids.map((k) => k.finish).sort().at(-1);
  r.base = kids.map((k) => k.base ?? k.finish).sort().at(-1);
  const w = kids.reduce((t, k) => t + Math.max(dur(k), 1), 0);
  r.pct = Math.round(kids.reduce((t, k) => t + Math.max(dur(k), 1) * k.pct, 0) / w);
}
const project = { id: 0, level: 0, wbs: "0", name: PROGRAMME.replace("EV", "EV"), summary: true, start: rows.map((r) => r.start).sort()[0], finish: rows.map((r) => r.finish).sort().at(-1), preds: "", res: "", est: false };
project.base = rows.map((r) => r.base ?? r.finish).sort().at(-1);
{ const leaves = rows.filter((r) => !r.summary); const w = leaves.reduce((t, k) => t + Math.max(dur(k), 1), 0); project.pct = Math.round(leaves.reduce((t, k) => t + Math.max(dur(k), 1) * k.pct, 0) / w); }
project.notes = `Status date: ${projDate(STATUS_DATE)}\r\nBaseline 1 saved Mon 09/01/36 and re-baselined after the Task Group meeting of 13/03/36.\r\nOwner: ${TL}`;
const status = (r) => {
  if (r.pct === 100) return "Complete";
  if (r.start > STATUS_DATE) return "Future Task";
  const expected = workdays(r.start, r.finish < STATUS_DATE ? r.finish : STATUS_DATE) / Math.max(dur(r), 1);
  return r.pct / 100 >= expected - 0.005 ? "On Schedule" : "Late";
};
const all = [project, ...rows];
for (const r of all) { r.status = status(r); r.base ??= r.finish; }
const LATE = all.filter((r) => r.status === "Late").map((r) => r.wbs);
if (LATE.join() !== "1,1.4,1.5,3,3.2,4.1,4.1.2") throw new Error("late tasks " + LATE);

const HEAD = ["ID", "Outline Level", "WBS", "Name", "Duration", "Start", "Finish", "Baseline Finish", "% Complete", "Status", "Predecessors", "Resource Names", "Milestone", "Notes"];
const line = (r) => [String(r.id), String(r.level), r.wbs, r.name, `${r.milestone ? 0 : dur(r)} days${r.est ? "?" : ""}`, projDate(r.start), projDate(r.finish), projDate(r.base), `${r.pct}%`, r.status, r.preds, r.res, r.milestone ? "Yes" : "No", r.notes];
const table = [HEAD, ...all.map(line)];
const field = (c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = table.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
if (iconv.decode(iconv.encode(csv, "win1252"), "win1252") !== csv) throw new Error("a character is not in Windows-1252");
writeFileSync(join(root, "docs", FILE), iconv.encode(csv, "win1252"));
const out = table.map((r) => { const c = [...r]; while (c.length && !c[c.length - 1]) c.pop(); return c.map((x) => x.replace(/\r\n/g, " ")).join(" | "); });
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${all.length} tasks, Windows-1252, CRLF; late: ${LATE.join(" ")})`);
