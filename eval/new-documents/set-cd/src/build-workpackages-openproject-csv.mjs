// Builds docs/uctg-openproject-work-packages-2652-03-01.csv and its rendering in text/.
// Layout: AN OPENPROJECT WORK PACKAGES EXPORT AS CSV (the project "Carers Support Programme 2651–53",
// work packages table > Export > CSV, with "Include description"), downloaded by the Programme Manager on
// Monday 1 March 2652 for the meeting of 10 March:
//  - the columns of her saved query, English captions as OpenProject writes them ("ID", "Type",
//    "Parent", "Subject", "Status", "Priority", "Assignee", "Accountable", "Category", "Start date",
//    "Finish date", "% Complete"), THE PROJECT'S CUSTOM FIELDS ("Likelihood", "Impact", "Risk score",
//    "Score at last review"), "Updated on" and, last, "Description";
//  - ONE FILE, SEVERAL WORK PACKAGE TYPES: two "Summary task" parents (the risk register and the action
//    log), eight "Risk" rows, ten "Action" rows and four "Milestone" rows, in the query's order by ID;
//  - THE BODY'S REFERENCES ONLY AS THE FIRST WORD OF THE SUBJECT ("UCR-04 …", "UCA-33 …"); OpenProject's
//    own ids are numbers, and "Parent" names the parent as "Subject (#id)";
//  - THE RISK SCORING KEY AND THE TOLERANCE ONLY IN THE DESCRIPTION OF THE PARENT "Risk register
//    2651/52", and the meaning of the action statuses only in the description of "Action log 2651/52";
//  - status words of the project's workflows: risks Open / Escalated / Monitoring, actions New / In
//    progress / On hold / Closed / Rejected, milestones Scheduled; the meeting an action came from only
//    as its Category ("TG 10 December 2651");
//  - DATES IN OPENPROJECT'S DEFAULT ENGLISH FORMAT, MONTH FIRST ("02/28/2652", "01/31/2652"), times with
//    AM/PM, in a set of British papers;
//  - descriptions in OpenProject's markdown ("**Controls:**"), with line breaks inside the quoted field;
//  - Ruby's CSV: a field is quoted only when it has a comma, a quote or a line break; "\n" row ends; UTF-8.
// Rendering: the header and each row a line, cells joined by " | ", a line break inside a field as a space.
// Synthetic test fixture: every person, risk, action and date is invented.
//   node src/build-workpackages-openproject-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, RISKS, ACTIONS_LOG, MILESTONES, OFFICERS as O, TOLERANCE, BOARD } from "./common.mjs";

const FILE = DOCS.openproject;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["ID", "Type", "Parent", "Subject", "Status", "Priority", "Assignee", "Accountable", "Category", "Start date", "Finish date", "% Complete", "Likelihood", "Impact", "Risk score", "Score at last review", "Updated on", "Description"];
const REG = { id: 2201, subject: "Risk register 2651/52" };
const LOG = { id: 2211, subject: "Action log 2651/52" };
const row = (o) => HEAD.map((h) => o[h] ?? "");
const rows = [];
rows.push(row({
  ID: REG.id, Type: "Summary task", Subject: REG.subject, Status: "In progress", Priority: "Normal", Assignee: O.nkiru.name, Accountable: O.delphine.name,
  "Start date": "05/20/2651", "Finish date": "04/30/2652", "% Complete": "70%", "Updated on": "02/27/2652 09:20 AM",
  Description: `Risks to the Carers Support Programme 2651–53, reviewed at every Task Group meeting.\n\n**Scoring:** likelihood × impact, each from 1 (low) to 5 (high). "Score at last review" is the score agreed at the review of 10 December 2651.\n\n**Tolerance:** a risk scoring ${TOLERANCE} or more is above the Task Group's tolerance. Its status is set to Escalated and it is reported to the ${BOARD}.`,
}));
for (const r of RISKS) rows.push(row({
  ID: r.id, Type: "Risk", Parent: `${REG.subject} (#${REG.id})`, Subject: `${r.ref} ${r.title}`, Status: r.status, Priority: r.priority, Assignee: O[r.assignee].name, Accountable: O[r.owner].name,
  Likelihood: r.l, Impact: r.i, "Risk score": r.score, "Score at last review": r.last, "Updated on": r.updated, Description: r.desc,
}));
rows.push(row({
  ID: LOG.id, Type: "Summary task", Subject: LOG.subject, Status: "In progress", Priority: "Normal", Assignee: O.florian.name, Accountable: O.nkiru.name,
  "Start date": "07/09/2651", "Finish date": "04/30/2652", "% Complete": "65%", "Updated on": "02/25/2652 05:13 PM",
  Description: "Actions agreed at Task Group meetings; the category is the meeting that agreed them.\n\nStatuses: New (not started), In progress, On hold (waiting on someone else), Closed (done), Rejected (dropped by the Task Group).",
}));
for (const a of ACTIONS_LOG) rows.push(row({
  ID: a.id, Type: "Action", Parent: `${LOG.subject} (#${LOG.id})`, Subject: `${a.ref} ${a.title}`, Status: a.status, Priority: a.status === "On hold" ? "High" : "Normal", Assignee: O[a.assignee].name,
  Category: a.meeting, "Finish date": a.due, "% Complete": a.done + "%", "Updated on": a.updated,
  Description: a.ref === "UCA-33" ? "On hold: the procurement board has to approve the new contract and meets on 18 March." : a.ref === "UCA-37" ? "Rejected: the centre is closed for refurbishment until May 2652." : "",
}));
for (const m of MILESTONES) rows.push(row({
  ID: m.id, Type: "Milestone", Subject: m.title, Status: m.status, Priority: "Normal", Assignee: O.nkiru.name, "Start date": m.due, "Finish date": m.due, "% Complete": "0%", "Updated on": m.updated,
}));

const q = (v) => { const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
const csv = [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\n") + "\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
const rendering = [HEAD, ...rows].map((r) => r.map((c) => String(c).replace(/\n+/g, " ")).join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
