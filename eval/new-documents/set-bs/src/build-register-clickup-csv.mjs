// Builds docs/pptg-risks-and-actions-clickup-export-2342-01-13.csv and its rendering in text/.
// Layout: A CLICKUP TASK EXPORT AS CSV (a Folder view, "Export view > CSV", 13 January 2342): the Task
// Group's risk register and action log are two ClickUp Lists in one Folder, so the file is ONE TABLE OF
// TASKS FROM BOTH LISTS, told apart only by "List Name". ClickUp's standard columns come first – Task ID (a
// random id), Task Custom ID (the Space's own numbering, "PPTG-57", which is not the reference the papers
// use: PKR-03 / PKA-15 exist only at the front of "Task Name"), Task Content, Status (the List's own
// words: "open", "monitoring", "closed" for risks; "to do", "in progress", "blocked", "complete",
// "closed" for actions), EVERY DATE TWICE – as a Unix timestamp in milliseconds and as a "… Text" column
// ("Thursday, January 22nd 2342") – Parent ID (subtasks are rows of their own, at the end, pointing at
// their parent's Task ID), Attachments, Assignees as a bracketed list, Tags, Priority, List / Folder /
// Space names, time tracking columns (empty), CHECKLISTS AND COMMENTS AS JSON inside one quoted field; then
// the CUSTOM FIELDS, each headed with its type in brackets – "Likelihood (1-5) (number)", "Impact (1-5)
// (number)", "Score (formula)", "RAG (drop down)", "Trend (drop down)", "Meeting (drop down)", "Minute
// (short text)", "Last reviewed (date)" – filled only on the rows of the List that uses them. Most of every
// row is empty; Task Content keeps its line breaks inside the quoted field; rows end CRLF.
// Rendering: the header row's field names joined " | ", then each row's non-empty fields in column order
// joined " | ", a line break inside a field as a space.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-register-clickup-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, P, RISKS, ACTIONS } from "./common.mjs";

const FILE = DOCS.clickup;
const BASE = basename(FILE, extname(FILE));

const COLS = ["Task ID", "Task Custom ID", "Task Name", "Task Content", "Status", "Date Created", "Date Created Text", "Due Date", "Due Date Text", "Start Date", "Start Date Text", "Parent ID", "Attachments", "Assignees", "Tags", "Priority", "List Name", "Folder Name", "Space Name", "Time Estimated", "Time Estimated Text", "Checklists", "Comments", "Assigned Comments", "Time Spent", "Time Spent Text", "Rolled Up Time", "Rolled Up Time Text", "Likelihood (1-5) (number)", "Impact (1-5) (number)", "Score (formula)", "RAG (drop down)", "Trend (drop down)", "Meeting (drop down)", "Minute (short text)", "Last reviewed (date)"];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ord = (n) => n + (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th");
const ms = (iso, hh = 0, mm = 0) => { const [y, m, d] = iso.split("-").map(Number); return Date.UTC(y, m - 1, d, hh, mm); };
const txt = (iso) => { const t = new Date(ms(iso, 12)); return `${DAYS[t.getUTCDay()]}, ${MONTHS[t.getUTCMonth()]} ${ord(t.getUTCDate())} ${t.getUTCFullYear()}`; };
let seed = 97;
const rid = () => { let s = "86c"; for (let i = 0; i < 6; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; s += "0123456789abcdefghijklmnopqrstuvwxyz"[seed % 36]; } return s; };
const person = (k) => (O[k] ? O[k].name : `${P[k].fore} ${P[k].sur}`);
const list = (a) => `[${a.join(", ")}]`;
const J = (o) => JSON.stringify(o);

const COMMENTS = {
  "PKR-03": [["Score raised from 12 to 16 (likelihood 3 to 4): the framework supplier confirmed a 14-week lead time on 08/01/2342.", "cosmo", "2342-01-08"]],
  "PKR-05": [["New risk, added after the Harbour Hill traders' letter of 15/12/2341.", "barnabas", "2341-12-16"]],
  "PKR-01": [["Closed: consultation closed 19/12/2341 with 1,846 survey responses.", "ezra", "2341-12-22"]],
  "PKA-10": [["Draft costings received from Fennick and Denbrook on 09/01/2342; report to the January meeting.", "cosmo", "2342-01-09"]],
  "PKA-15": [["Quotes from a second supplier received. Recovery plan goes to the meeting on 22/01/2342 as item 5.", "cosmo", "2342-01-12"]],
  "PKA-16": [["Halfway update published on the engagement site on 27/11/2341 (1,034 responses so far).", "ezra", "2341-11-27"]],
  "PKA-17": [["Ormsgill adopted its footway parking policy at its cabinet meeting on 11/12/2341.", "zainab", "2341-12-12"]],
  "PKA-18": [["Sent to the parking managers of all 12 councils on 21/11/2341.", "imogen", "2341-11-21"]],
  "PKA-19": [["Course booked for 26 and 27 January 2342 at the Pelsworth depot.", "zainab", "2342-01-06"]],
  "PKA-21": [["Chased by e-mail on 05/12/2341 and by letter on 09/01/2342. The Department says its response to the consultation on the national offence is with ministers.", "barnabas", "2342-01-09"]],
};
const REVIEWED = { "PKR-01": "2341-12-22", "PKR-02": "2341-12-22", "PKR-03": "2342-01-08", "PKR-04": "2341-12-22", "PKR-05": "2341-12-16", "PKR-06": "2342-01-08", "PKR-07": "2342-01-08", "PKR-08": "2342-01-08" };
const CREATED = { "PKR-01": "2341-06-20", "PKR-02": "2341-06-20", "PKR-03": "2341-06-20", "PKR-04": "2341-06-20", "PKR-05": "2341-12-16", "PKR-06": "2341-09-19", "PKR-07": "2341-09-19", "PKR-08": "2341-11-14" };
const PRIORITY = { Red: "urgent", Amber: "high", Green: "normal" };

const rows = [];
let custom = 12;
const row = (o) => { const r = Object.fromEntries(COLS.map((c) => [c, ""])); Object.assign(r, o); rows.push(r); return r; };
const comments = (ref) => (COMMENTS[ref] ? J(COMMENTS[ref].map(([text, by, d]) => ({ text, by: person(by), date: ms(d, 9, 30) }))) : "[]");

const common = { "Folder Name": BODY, "Space Name": "LGA member groups", Attachments: "[]", "Assigned Comments": "[]" };
for (const r of [...RISKS].sort((a, b) => CREATED[a.ref].localeCompare(CREATED[b.ref]) || a.ref.localeCompare(b.ref))) {
  row({
    ...common, "Task ID": rid(), "Task Custom ID": `PPTG-${++custom}`, "Task Name": `${r.ref} ${r.name}`, "Task Content": r.content, Status: r.status,
    "Date Created": String(ms(CREATED[r.ref], 10, 4)), "Date Created Text": txt(CREATED[r.ref]), "Due Date": String(ms(r.review, 23)), "Due Date Text": txt(r.review),
    Assignees: list(r.owners.map(person)), Tags: list(["risk"]), Priority: PRIORITY[r.rag], "List Name": "Risk register", Checklists: "{}", Comments: comments(r.ref),
    "Likelihood (1-5) (number)": String(r.l), "Impact (1-5) (number)": String(r.i), "Score (formula)": String(r.score), "RAG (drop down)": r.rag, "Trend (drop down)": r.trend,
    "Last reviewed (date)": String(ms(REVIEWED[r.ref], 12)),
  });
}
const ids = {};
for (const a of ACTIONS) {
  const r = row({
    ...common, "Task ID": rid(), "Task Custom ID": `PPTG-${++custom}`, "Task Name": `${a.ref} ${a.name}`, "Task Content": a.content ?? "", Status: a.status,
    "Date Created": String(ms(a.created, 9, 15)), "Date Created Text": txt(a.created), "Due Date": String(ms(a.due, 23)), "Due Date Text": txt(a.due),
    Assignees: list(a.owners.map(person)), Tags: list([a.meet === "13 Nov 2341" ? "nov-2341" : "sep-2341"]), Priority: a.status === "blocked" ? "high" : "normal", "List Name": "Action log",
    Checklists: a.checklist ? J({ "Recovery plan": a.checklist.map(([name, resolved]) => ({ name, resolved })) }) : "{}", Comments: comments(a.ref),
    "Meeting (drop down)": a.meet, "Minute (short text)": a.min,
  });
  if (a.ref === "PKA-15") r.Attachments = J([{ title: "sign-supply-recovery-plan-draft-v3.docx", url: "https://t9012345.p.clickup-attachments.com/t9012345/sign-supply-recovery-plan-draft-v3.docx" }]);
  ids[a.ref] = r["Task ID"];
}
// subtasks: rows of their own at the end, pointing at the parent's Task ID
const SUBTASKS = [
  { parent: "PKA-19", name: "Confirm the 16 officers' names with Pelsworth and Wyrdale", status: "in progress", owner: "zainab", due: "2342-01-16" },
  { parent: "PKA-19", name: "Book the Pelsworth depot training room", status: "complete", owner: "imogen", due: "2342-01-06" },
  { parent: "PKA-20", name: "Ask Sallowcombe for its special school routes", status: "to do", owner: "cosmo", due: "2342-02-13" },
];
for (const s of SUBTASKS) {
  row({
    ...common, "Task ID": rid(), "Task Custom ID": `PPTG-${++custom}`, "Task Name": s.name, Status: s.status, "Date Created": String(ms("2342-01-05", 14, 2)), "Date Created Text": txt("2342-01-05"),
    "Due Date": String(ms(s.due, 23)), "Due Date Text": txt(s.due), "Parent ID": ids[s.parent], Assignees: list([person(s.owner)]), Tags: "[]", Priority: "normal", "List Name": "Action log", Checklists: "{}", Comments: "[]",
  });
}

const q = (v) => (v === "" ? "" : `"${String(v).replace(/"/g, '""')}"`);
const csv = [COLS.map(q).join(","), ...rows.map((r) => COLS.map((c) => q(r[c])).join(","))].join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv);
const out = [COLS.join(" | "), ...rows.map((r) => COLS.map((c) => r[c]).filter((v) => v !== "").map((v) => v.replace(/\s*\n\s*/g, " ")).join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${rows.length} rows)`);
