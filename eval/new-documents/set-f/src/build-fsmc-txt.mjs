// Builds docs/fire-services-management-committee-attendance-2022-23.txt (a plain-text membership and
// attendance record) and its rendering text/fire-services-management-committee-attendance-2022-23.txt.
//
//   node src/build-fsmc-txt.mjs
//
// Layout: a header block; the membership as a fixed-width table padded with spaces (Name / Council /
// Group / Role) with a dashed rule under the header and the substitutes in a second block of the same
// table; then, per meeting, a dated heading ("Meeting of 13 October 2022") followed by "Present:",
// "Apologies:" and "In attendance:" lists (indented names; apologies as "- " bullets). Paragraphs are
// wrapped at 78 columns. The rendering turns the fixed-width rows into "cell | cell" rows and puts each
// paragraph and list item on one line. The script checks that every member is either present or has sent
// apologies at every meeting.
// Synthetic test fixture: the people and attendance are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fire-services-management-committee-attendance-2022-23";

const members = [
  ["Cllr Gordon Haverstock", "Lancashire County Council", "Conservative", "Chair"],
  ["Cllr Siobhan Kearney", "Manchester City Council", "Labour", "Vice-Chair"],
  ["Cllr Anthea Pomfret", "Oxfordshire County Council", "Liberal Democrat", "Deputy Chair"],
  ["Cllr Lorna Ingleby", "Isle of Wight Council", "Independent", "Deputy Chair"],
  ["Cllr Nadia Frampton", "Essex County Council", "Conservative", "Member"],
  ["Cllr Oliver Tremayne", "Cornwall Council", "Conservative", "Member"],
  ["Cllr Derek Sallis", "Hertfordshire County Council", "Conservative", "Member"],
  ["Cllr Emma Rowcliffe", "Staffordshire County Council", "Conservative", "Member"],
  ["Cllr Jonathan Pryce", "Devon County Council", "Conservative", "Member"],
  ["Cllr Winston Abara", "London Borough of Lambeth", "Labour", "Member"],
  ["Cllr Keith Brabazon", "Sunderland City Council", "Labour", "Member"],
  ["Cllr Rukhsana Iqbal", "Kirklees Council", "Labour", "Member"],
  ["Cllr Daniel Whitgift", "Nottinghamshire County Council", "Labour", "Member"],
  ["Cllr Toby Ellingham", "Eastbourne Borough Council", "Liberal Democrat", "Member"],
];
const subs = [
  ["Cllr Harold Meakin", "Cumbria County Council", "Conservative", "Substitute"],
  ["Cllr Anjali Varma", "Derby City Council", "Labour", "Substitute"],
  ["Cllr Philip Gaskell", "Cheltenham Borough Council", "Liberal Democrat", "Substitute"],
];
const OFFICERS = ["Gwendolyn Ashby, Senior Adviser (Fire), LGA", "Tobias Renshaw, Member Services Officer, LGA"];

// per meeting: apologies [name, substitute|null], guests, note
const meetings = [
  {
    date: "22 July 2022",
    apologies: [["Cllr Derek Sallis", null], ["Cllr Keith Brabazon", "Cllr Anjali Varma"]],
    guests: [],
  },
  {
    date: "13 October 2022",
    apologies: [["Cllr Oliver Tremayne", null], ["Cllr Rukhsana Iqbal", null], ["Cllr Toby Ellingham", "Cllr Philip Gaskell"]],
    guests: ["Chief Fire Officer Annette Calloway, National Fire Chiefs Council (for item 4)"],
  },
  {
    date: "26 January 2023",
    note: "Cllr Siobhan Kearney (Vice-Chair) took the chair in the absence of the Chair.",
    apologies: [["Cllr Gordon Haverstock", null], ["Cllr Jonathan Pryce", "Cllr Harold Meakin"]],
    guests: ["Roy Stanbridge, Fire Reform Unit, Home Office (for item 3)"],
  },
  {
    date: "23 March 2023",
    apologies: [["Cllr Derek Sallis", null], ["Cllr Winston Abara", null]],
    guests: ["Helena Carstairs, HM Inspectorate of Constabulary and Fire & Rescue Services (for item 5)"],
  },
];

const roleTag = (m) => (["Chair", "Vice-Chair", "Deputy Chair"].includes(m[3]) ? ` (${m[3]})` : "");
const wrap = (s, width = 78, indent = "") => {
  const words = s.split(" ");
  const out = [];
  let line = indent;
  for (const w of words) {
    if (line.trim() && (line + " " + w).length > width) {
      out.push(line);
      line = indent + w;
    } else line = line.trim() ? line + " " + w : indent + w;
  }
  out.push(line);
  return out;
};

// ---------------------------------------------------------------- the document
const D = []; // document lines
const R = []; // rendering lines
const para = (s) => {
  D.push(...wrap(s), "");
  R.push(s);
};
const raw = (s, r = s) => {
  D.push(s);
  if (r !== null) R.push(r);
};

raw("LOCAL GOVERNMENT ASSOCIATION");
raw("FIRE SERVICES MANAGEMENT COMMITTEE");
raw("");
raw("Membership and attendance record 2022/23", "Membership and attendance record 2022/23");
raw("==========================================", null);
raw("");
para("This record lists the members of the Fire Services Management Committee (FSMC) for 2022/23 and who attended each of the Committee's four meetings. It was prepared by Member Services in April 2023 and replaces the interim record circulated in January 2023.");
raw("1. MEMBERSHIP 2022/23");
raw("");
const W = [26, 33, 18];
const fw = (cells) => cells.map((c, i) => (i < W.length ? c.padEnd(W[i]) : c)).join("").trimEnd();
raw(fw(["Name", "Council", "Group", "Role"]), "Name | Council | Group | Role");
raw(fw(W.map((w) => "-".repeat(w - 2)).concat(["------------"])), null);
for (const m of members) raw(fw(m), m.join(" | "));
raw("");
raw("Substitutes");
for (const s of subs) raw(fw(s), s.join(" | "));
raw("");
para("The Committee has 14 members: Conservative 6, Labour 5, Liberal Democrat 2 and Independent 1. A substitute may attend in place of a member of the same political group; substitutes who attended are listed under Present with the member they replaced.");
raw("2. MEETINGS 2022/23");
raw("");
const all = new Set(members.map((m) => m[0]));
for (const mt of meetings) {
  const away = new Set(mt.apologies.map((a) => a[0]));
  for (const a of away) if (!all.has(a)) throw new Error(`apology from a non-member: ${a}`);
  raw(`Meeting of ${mt.date}`);
  raw("-".repeat(`Meeting of ${mt.date}`.length), null);
  raw("");
  if (mt.note) para(mt.note);
  raw("Present:");
  for (const m of members) if (!away.has(m[0])) raw(`    ${m[0]}${roleTag(m)}`, `${m[0]}${roleTag(m)}`);
  for (const [who, sub] of mt.apologies) if (sub) raw(`    ${sub} (substitute for ${who})`, `${sub} (substitute for ${who})`);
  raw("");
  raw("Apologies:");
  for (const [who, sub] of mt.apologies) {
    const m = members.find((x) => x[0] === who);
    const s = `${who}${roleTag(m)}${sub ? ` – ${sub} substituted` : ""}`;
    raw(`    - ${s}`, s);
  }
  raw("");
  raw("In attendance:");
  for (const o of [...OFFICERS, ...mt.guests]) raw(`    ${o}`, o);
  raw("");
}
para("Attendance figures for the year are reported to the Committee's first meeting of 2023/24. Queries to Tobias Renshaw, Member Services Officer, 020 7946 0745.");

// every member is present or gives apologies at every meeting (by construction); count attendance
const counts = Object.fromEntries(members.map((m) => [m[0], meetings.filter((mt) => !mt.apologies.some((a) => a[0] === m[0])).length]));
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), D.join("\n").replace(/\n{3,}/g, "\n\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt; meetings attended: ${JSON.stringify(counts)}`);
