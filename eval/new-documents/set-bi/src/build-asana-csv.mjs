// Builds docs/hdmtg-work-programme-asana-export-2197-11-28.csv and its rendering.
// An Asana project exported with "Export/Print > CSV": Asana's fixed columns (Task ID, Created At, Completed At,
// Last Modified, Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects,
// Parent task, Blocked By (Dependencies), Blocking (Dependencies)) followed by the project's custom fields
// (RAG, Lead member, Source, Budget (£)). No status column: a task is done only when "Completed At" has a
// date; subtasks are rows of their own with the parent's name in "Parent task" and no section; dependencies
// name other tasks by name; fields are quoted only when they hold a comma, a quote or a line break; notes
// carry line breaks; dates are ISO; the RAG field is empty on completed and not-started tasks.
// Rendering: the header, then each row's non-empty fields joined by " | " in field order, a line break
// inside a field as a space.
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, OFFICERS, ACTIONS } from "./common.mjs";

const HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task", "Blocked By (Dependencies)", "Blocking (Dependencies)", "RAG", "Lead member", "Source", "Budget (£)"];
const PROJECT = "HDMTG work programme 2197/98";

let id = 1209734461820417n;
const rows = [];
// t(section, name, owner, {start, due, done, created, modified, tags, notes, parent, blockedBy, blocking, rag, lead, source, budget})
const t = (section, name, owner, o = {}) => {
  id += BigInt(13 + rows.length * 7);
  const off = owner ? OFFICERS[owner] : null;
  rows.push({
    "Task ID": String(id),
    "Created At": o.created ?? "2197-06-19",
    "Completed At": o.done ?? "",
    "Last Modified": o.modified ?? o.done ?? "2197-11-27",
    Name: name,
    "Section/Column": o.parent ? "" : section,
    Assignee: off ? off.asana : "",
    "Assignee Email": off ? off.email : "",
    "Start Date": o.start ?? "",
    "Due Date": o.due ?? "",
    Tags: o.tags ?? "",
    Notes: o.notes ?? "",
    Projects: PROJECT,
    "Parent task": o.parent ?? "",
    "Blocked By (Dependencies)": o.blockedBy ?? "",
    "Blocking (Dependencies)": o.blocking ?? "",
    RAG: o.rag ?? "",
    "Lead member": o.lead ?? "",
    Source: o.source ?? "",
    "Budget (£)": o.budget ?? "",
  });
};

// ---- Evidence and data
t("Evidence and data", "Baseline survey of damp and mould cases in the 14 councils", "ngozi", { start: "2197-06-19", due: "2197-07-31", done: "2197-07-28", lead: "Cllr Trenchard", source: "TG 14/06/2197 (min 5)", notes: "Report to TG 20/09.\n14 of 14 councils returned data: 41,300 open damp and mould cases at 31 March 2197, 6,850 of them Category 1." });
t("Evidence and data", "Common data standard for damp and mould case records (v1.0)", "ngozi", { start: "2197-09-25", due: "2198-01-31", rag: "Amber", lead: "Cllr Trenchard", source: "TG 20/09/2197 (min 3)", tags: "data-standard", notes: "Draft v0.9 out for comment to the 14 councils; 9 replies so far.\nTwo councils' housing systems cannot export the hazard category field - supplier asked for a fix." });
t("Evidence and data", "Consult councils' housing system leads on v0.9", "ngozi", { parent: "Common data standard for damp and mould case records (v1.0)", start: "2197-10-30", due: "2197-12-08", tags: "data-standard" });
t("Evidence and data", "Publish v1.0 of the data standard", "ngozi", { parent: "Common data standard for damp and mould case records (v1.0)", due: "2198-01-31", tags: "data-standard", blockedBy: "Consult councils' housing system leads on v0.9" });
t("Evidence and data", "Quarter 2 performance return", "tobias", { start: "2197-10-02", due: "2197-10-27", done: "2197-10-25", lead: "Cllr Trenchard", notes: "For TG 13/12 (item 4)." });
t("Evidence and data", "Quarter 3 performance return", "tobias", { start: "2198-01-02", due: "2198-01-26", rag: "Green", lead: "Cllr Trenchard", notes: "Due from councils by 12/01/2198." });

// ---- Guidance and training
t("Guidance and training", "Damp and mould awareness e-learning for frontline staff", "fenella", { start: "2197-05-02", due: "2198-03-29", rag: "Green", lead: "Cllr Vosburgh", budget: "240000", notes: "1,020 completions at 30/09 against 2,400 by March (DMP-04).\nRepairs operatives' module added in October." });
t("Guidance and training", "Good practice guide: responding to tenants' reports", "fenella", { start: "2197-07-03", due: "2197-11-24", done: "2197-11-21", lead: "Cllr Vosburgh", notes: "Published 21/11/2197 on the programme's web page." });
t("Guidance and training", "Tenant Voice Panel: recruit 20 tenants", "fenella", { start: "2197-06-19", due: "2197-10-31", done: "2197-10-19", lead: "Cllr Thirlaway", budget: "45000", notes: "22 tenants recruited from 11 councils. Chair: Philippa Oduwole-Marsh (Tarnholme)." });

// ---- Damp Remediation Fund
t("Damp Remediation Fund", "Round 1: publish the prospectus", "tobias", { start: "2197-07-03", due: "2197-08-14", done: "2197-08-14", lead: "Cllr Maddern-Lyle", notes: "£1,200,000; awards of £50,000 to £250,000; bids close 5pm 24/10/2197." });
t("Damp Remediation Fund", "Round 1: assess bids", "ngozi", { start: "2197-10-25", due: "2197-11-17", done: "2197-11-16", lead: "Cllr Maddern-Lyle", notes: "9 bids for £1,610,000. Panel met 16/11: 6 recommended for £1,085,000." });
t("Damp Remediation Fund", "Round 1: awards decision at TG 13/12", "tobias", { start: "2197-11-17", due: "2197-12-13", rag: "Green", lead: "Cllr Maddern-Lyle", blocking: "Round 1: sign grant agreements", notes: "Item 5. Every award is over £100,000, so the decision is the Task Group's, not the Chair's." });
t("Damp Remediation Fund", "Round 1: sign grant agreements", "rupert", { due: "2198-01-19", blockedBy: "Round 1: awards decision at TG 13/12", notes: "Within 20 working days of the decision. 60% paid on signing." });
t("Damp Remediation Fund", "Humidity sensor pilot: 3,000 sensors installed", "ngozi", { start: "2197-06-05", due: "2198-03-30", rag: "Red", lead: "Cllr Trenchard", budget: "310000", source: "TG 14/06/2197 (min 6)", notes: "420 installed at 30/09 (DMP-07). Supplier's delivery slipped to January: 2,580 left to install in quarter 4.\nRecovery plan is DMA-26." });
t("Damp Remediation Fund", "Round 2: draft the prospectus", "tobias", { due: "2198-04-17", lead: "Cllr Maddern-Lyle", notes: "£115,000 carried from round 1 if the TG agrees on 13/12." });

// ---- Policy and lobbying
t("Policy and lobbying", "Consultation response: hazard response timescales", "ngozi", { start: "2197-10-16", due: "2197-12-01", done: "2197-11-27", tags: "consultation", notes: "Approved by e-mail on 22/11 (HDMTG-ED-2197-03): 9 for, 1 against, 1 abstention.\nSubmitted on the Department's portal 27/11/2197." });
t("Policy and lobbying", "Evaluation: publish the tender on Find a Tender", "harriet", { start: "2197-10-02", due: "2197-11-30", done: "2197-11-27", tags: "procurement", source: "TG 20/09/2197 (min 5)", blocking: "Evaluation: evaluate tenders and award the contract", notes: "Notice 2197/S 000-052814. Tenders close 12:00 on 12/01/2198." });
t("Policy and lobbying", "Evaluation: evaluate tenders and award the contract", "harriet", { start: "2198-01-15", due: "2198-02-23", tags: "procurement", budget: "180000", blockedBy: "Evaluation: publish the tender on Find a Tender", notes: "Award by the Head of Housing and Planning after consulting the Chair and Vice-Chair (min 5(d))." });
t("Policy and lobbying", "Ministerial roundtable on damp and mould", "cressida", { start: "2197-10-02", due: "2198-02-28", rag: "Amber", lead: "Cllr Gurnsell", notes: "Asked for in the Chair's letter (DMA-24). No date offered by the Minister's office yet." });

// ---- Actions from meetings (20 September 2197)
for (const a of ACTIONS) {
  const extra = {
    "DMA-22": { notes: "Sent to all 14 councils 27/09." },
    "DMA-24": { rag: "Amber", notes: "Letter sent 06/10/2197. No reply yet; chased the private office 10/11/2197." },
    "DMA-25": { notes: "Published 27/11/2197 - see the Evaluation tasks." },
    "DMA-26": { rag: "Red", notes: "Overdue. Waiting for the supplier to confirm January delivery; plan now expected 01/12 for the December meeting." },
    "DMA-27": { rag: "Green", notes: "Draft with the Panel's chair for comment." },
    "DMA-28": { notes: "Accepted for 14/03/2198." },
    "DMA-29": { notes: "Received 04/10." },
  }[a.ref] ?? {};
  t("Actions from meetings", `${a.ref} ${a.action}`, a.owner, { created: "2197-09-21", due: a.due, done: a.done || undefined, tags: "action-log", source: `TG 20/09/2197 (min ${a.min})`, ...extra });
}

// ---- write the CSV (Asana quotes a field only when it must)
const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [HEAD.map(q).join(","), ...rows.map((r) => HEAD.map((h) => q(r[h])).join(","))].join("\n") + "\n";
writeFileSync(join(root, "docs", DOCS.asana), csv);

const text = [HEAD.join(" | "), ...rows.map((r) => HEAD.map((h) => r[h].replace(/\n/g, " ")).filter((v) => v).join(" | "))].join("\n") + "\n";
writeFileSync(join(root, "text", basename(DOCS.asana, ".csv") + ".txt"), text);
console.log(`wrote docs/${DOCS.asana} (${rows.length} tasks)`);
