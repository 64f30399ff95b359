// Builds docs/culture-tourism-sport-board-attendance-2021-22.txt (a plain-text membership and attendance
// record, laid out in fixed-width columns with spaces, as printed from a committee system) and its
// rendering text/culture-tourism-sport-board-attendance-2021-22.txt (fixed-width table rows become
// "cell | cell" lines; rules and indentation dropped).
//
//   node src/build-cts-txt.mjs
//
// The attendance summary is computed from the per-meeting Present / Apologies lists, so the counts and
// percentages always agree with them. Synthetic test fixture: the people and attendance are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "culture-tourism-sport-board-attendance-2021-22";

// name, authority, group, position
const MEMBERS = [
  ["Cllr Gordon Ashcombe", "Stratford-on-Avon District Council", "Con", "Chair"],
  ["Cllr Philippa Rowntree", "Scarborough Borough Council", "Con", "Member"],
  ["Cllr Alistair Beaton", "Dorset Council", "Con", "Member"],
  ["Cllr Judith Penrose", "Cheshire West and Chester Council", "Con", "Member"],
  ["Cllr Marcus Trelawny", "Wychavon District Council", "Con", "Member"],
  ["Cllr Elaine Stubbs", "Kent County Council", "Con", "Member"],
  ["Cllr Nadia Farouk", "Bedford Borough Council", "Con", "Member (to 31.12.21)"],
  ["Cllr Simon Pettifer", "Charnwood Borough Council", "Con", "Member (from 1.1.22)"],
  ["Cllr Keith Aldous", "Gateshead Council", "Lab", "Vice-Chair"],
  ["Cllr Priya Raman", "Lancaster City Council", "Lab", "Member"],
  ["Cllr Dwayne Clarke", "Coventry City Council", "Lab", "Member"],
  ["Cllr Jenny Sowerby", "Blackpool Council", "Lab", "Member"],
  ["Cllr Ravi Sandhu", "Slough Borough Council", "Lab", "Member"],
  ["Cllr Helena Marwick", "Bath and North East Somerset Council", "LD", "Deputy Chair"],
  ["Cllr Ollie Trent", "Three Rivers District Council", "LD", "Member"],
  ["Cllr Pauline Greatorex", "Babergh District Council", "Ind", "Deputy Chair"],
  ["Cllr Rodney Vane", "Bolsover District Council", "Ind", "Member"],
];
const SUBS = [
  ["Cllr Celia Hartnell", "Malvern Hills District Council", "Con", ""],
  ["Cllr Simon Pettifer", "Charnwood Borough Council", "Con", "to 31.12.21; then a member"],
  ["Cllr Tunde Adeyemi", "Southampton City Council", "Lab", ""],
  ["Cllr Gavin Hurst", "North Norfolk District Council", "LD", ""],
  ["Cllr Morwenna Pascoe", "Cornwall Council", "Ind", ""],
];
const ROLE = Object.fromEntries(MEMBERS.filter((m) => /Chair/.test(m[3])).map((m) => [m[0], m[3]]));
const short = (n) => n; // names are written in full in the lists

// meetings: date line, venue, present (members), substitutes present [sub, for], apologies, officers
const MEETINGS = [
  {
    date: "Thursday 16 September 2021, 11.00 am",
    key: "16 September 2021",
    venue: "Online (Microsoft Teams)",
    present: ["Cllr Gordon Ashcombe", "Cllr Keith Aldous", "Cllr Helena Marwick", "Cllr Pauline Greatorex", "Cllr Philippa Rowntree", "Cllr Alistair Beaton", "Cllr Judith Penrose", "Cllr Elaine Stubbs", "Cllr Nadia Farouk", "Cllr Priya Raman", "Cllr Dwayne Clarke", "Cllr Jenny Sowerby", "Cllr Ollie Trent", "Cllr Rodney Vane"],
    subs: [["Cllr Celia Hartnell", "Cllr Marcus Trelawny"]],
    apologies: ["Cllr Marcus Trelawny", "Cllr Ravi Sandhu"],
    officers: "Harriet Vowles (Senior Adviser, Culture, Tourism and Sport), Seb Hallam (Adviser, Culture and Sport)",
  },
  {
    date: "Thursday 18 November 2021, 11.00 am",
    key: "18 November 2021",
    venue: "Westminster Room, 18 Smith Square, London SW1P 3HZ, and online",
    present: ["Cllr Gordon Ashcombe", "Cllr Keith Aldous", "Cllr Pauline Greatorex", "Cllr Philippa Rowntree", "Cllr Judith Penrose", "Cllr Marcus Trelawny", "Cllr Elaine Stubbs", "Cllr Dwayne Clarke", "Cllr Jenny Sowerby", "Cllr Ravi Sandhu", "Cllr Ollie Trent"],
    subs: [["Cllr Simon Pettifer", "Cllr Nadia Farouk"], ["Cllr Tunde Adeyemi", "Cllr Priya Raman"], ["Cllr Gavin Hurst", "Cllr Helena Marwick"]],
    apologies: ["Cllr Alistair Beaton", "Cllr Nadia Farouk", "Cllr Priya Raman", "Cllr Helena Marwick", "Cllr Rodney Vane"],
    officers: "Harriet Vowles (Senior Adviser, Culture, Tourism and Sport), Seb Hallam (Adviser, Culture and Sport), Kieran Oakes (Member Services Officer)",
  },
  {
    date: "Thursday 20 January 2022, 11.00 am",
    key: "20 January 2022",
    venue: "Online (Microsoft Teams) – moved online because of the Omicron variant",
    present: ["Cllr Gordon Ashcombe", "Cllr Keith Aldous", "Cllr Helena Marwick", "Cllr Pauline Greatorex", "Cllr Alistair Beaton", "Cllr Judith Penrose", "Cllr Marcus Trelawny", "Cllr Simon Pettifer", "Cllr Priya Raman", "Cllr Dwayne Clarke", "Cllr Ravi Sandhu", "Cllr Ollie Trent", "Cllr Rodney Vane"],
    subs: [],
    apologies: ["Cllr Philippa Rowntree", "Cllr Elaine Stubbs", "Cllr Jenny Sowerby"],
    officers: "Harriet Vowles (Senior Adviser, Culture, Tourism and Sport), Seb Hallam (Adviser, Culture and Sport)",
  },
  {
    date: "Thursday 17 March 2022, 11.00 am",
    key: "17 March 2022",
    venue: "Westminster Room, 18 Smith Square, London SW1P 3HZ",
    present: ["Cllr Gordon Ashcombe", "Cllr Helena Marwick", "Cllr Pauline Greatorex", "Cllr Philippa Rowntree", "Cllr Alistair Beaton", "Cllr Judith Penrose", "Cllr Marcus Trelawny", "Cllr Simon Pettifer", "Cllr Dwayne Clarke", "Cllr Jenny Sowerby", "Cllr Ravi Sandhu", "Cllr Ollie Trent"],
    subs: [["Cllr Celia Hartnell", "Cllr Elaine Stubbs"], ["Cllr Morwenna Pascoe", "Cllr Rodney Vane"]],
    apologies: ["Cllr Keith Aldous", "Cllr Priya Raman", "Cllr Elaine Stubbs", "Cllr Rodney Vane"],
    officers: "Harriet Vowles (Senior Adviser, Culture, Tourism and Sport), Seb Hallam (Adviser, Culture and Sport), Kieran Oakes (Member Services Officer)",
  },
];
// membership period: which meetings each member could attend
const POSSIBLE = (name) => {
  if (name === "Cllr Nadia Farouk") return [0, 1];
  if (name === "Cllr Simon Pettifer") return [2, 3];
  return [0, 1, 2, 3];
};

// ---- consistency checks
const memberNames = MEMBERS.map((m) => m[0]);
for (const [i, m] of MEETINGS.entries()) {
  const due = memberNames.filter((n) => POSSIBLE(n).includes(i));
  const seen = [...m.present, ...m.apologies];
  for (const n of due) if (seen.filter((x) => x === n).length !== 1) throw new Error(`${m.key}: ${n} is not exactly once in present/apologies`);
  for (const n of seen) if (!due.includes(n)) throw new Error(`${m.key}: ${n} was not a member`);
  for (const [s, f] of m.subs) if (!m.apologies.includes(f)) throw new Error(`${m.key}: ${s} substituted for ${f}, who is not in apologies`);
}

// ---- summary
const summary = memberNames.map((n) => {
  const poss = POSSIBLE(n);
  const att = poss.filter((i) => MEETINGS[i].present.includes(n)).length;
  return [n, att, poss.length];
});
const totAtt = summary.reduce((a, r) => a + r[1], 0);
const totPoss = summary.reduce((a, r) => a + r[2], 0);
const pct = (a, b) => `${Math.round((100 * a) / b)}%`;
const subTimes = MEETINGS.reduce((a, m) => a + m.subs.length, 0);

// ---------------------------------------------------------------- document
// Each output line is either plain text, a rule, or a fixed-width row (cells padded with spaces).
const OUT = []; // {kind: "text"|"rule"|"row"|"blank", text, cells}
const text = (t, indent = 0) => OUT.push({ kind: "text", text: " ".repeat(indent) + t, plain: t });
const blank = () => OUT.push({ kind: "blank", text: "" });
const rule = (ch = "-") => OUT.push({ kind: "rule", text: ch.repeat(78) });
const rows = (header, data, widths) => {
  const fmt = (cells) => cells.map((c, i) => (i < cells.length - 1 ? String(c).padEnd(widths[i]) : String(c))).join("  ").trimEnd();
  OUT.push({ kind: "row", text: fmt(header), cells: header });
  OUT.push({ kind: "rule", text: widths.map((w) => "-".repeat(w)).join("  ") });
  for (const r of data) OUT.push({ kind: "row", text: fmt(r), cells: r });
};

text("LOCAL GOVERNMENT ASSOCIATION");
text("CULTURE, TOURISM AND SPORT BOARD");
blank();
text("MEMBERSHIP AND ATTENDANCE RECORD 2021/22");
text("Prepared by Member Services for the Board's annual report. Printed 4 April 2022.");
rule("=");
blank();
text("Contents");
text("1. Membership 2021/22", 2);
text("2. Substitutes", 2);
text("3. Attendance by meeting", 2);
text("4. Attendance summary", 2);
text("5. Notes", 2);
blank();
rule("=");
text("1. MEMBERSHIP 2021/22");
rule("=");
blank();
text("Group key: Con = Conservative; Lab = Labour; LD = Liberal Democrat; Ind = Independent");
text("Political balance: Con 7, Lab 5, LD 2, Ind 2 (16 places)");
blank();
rows(["Name", "Authority", "Group", "Position"], MEMBERS, [24, 38, 5, 20]);
blank();
rule("=");
text("2. SUBSTITUTES");
rule("=");
blank();
rows(["Name", "Authority", "Group", "Notes"], SUBS, [24, 38, 5, 26]);
blank();
rule("=");
text("3. ATTENDANCE BY MEETING");
rule("=");
for (const m of MEETINGS) {
  blank();
  text(`Meeting: ${m.date}`);
  text(`Venue: ${m.venue}`);
  blank();
  text("Present:");
  for (const n of m.present) text(ROLE[n] ? `${short(n)} (${ROLE[n]})` : short(n), 4);
  for (const [s, f] of m.subs) text(`${s} (substitute for ${f})`, 4);
  text("Apologies:");
  for (const n of m.apologies) {
    const sub = m.subs.find(([, f]) => f === n);
    text(sub ? `${n} – ${sub[0]} attended as substitute` : `${n} – no substitute`, 4);
  }
  text("In attendance:");
  text(m.officers, 4);
  blank();
  rule("-");
}
blank();
rule("=");
text("4. ATTENDANCE SUMMARY (members only; substitutes' attendance is not counted)");
rule("=");
blank();
rows(["Member", "Attended", "Possible", "Rate"], summary.map(([n, a, p]) => [n, String(a), String(p), pct(a, p)]), [24, 8, 8, 5]);
blank();
text(`Overall: members attended ${totAtt} of ${totPoss} possible meetings (${pct(totAtt, totPoss)}). Substitutes attended on ${subTimes} further occasions.`);
blank();
rule("=");
text("5. NOTES");
rule("=");
blank();
text("a) Cllr Nadia Farouk stood down from the Board on 31 December 2021. Cllr Simon Pettifer, until then a Conservative substitute, was appointed as a member from 1 January 2022; he had attended the 18 November 2021 meeting as substitute for Cllr Farouk. His attendance as a substitute is not counted in section 4.");
text("b) The meeting on 20 January 2022 was moved online because of the Omicron variant.");
text("c) Board meetings in 2022/23 will be held on 22 September 2022, 24 November 2022, 26 January 2023 and 23 March 2023.");
text("d) Please send any corrections to Kieran Oakes, Member Services Officer, 020 7946 0528.");
blank();
text("-- end of record --");

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), OUT.map((o) => o.text).join("\n") + "\n");

// rendering: rules and blank lines dropped, indentation removed, fixed-width rows as "cell | cell"
const R = [];
for (const o of OUT) {
  if (o.kind === "rule" || o.kind === "blank") continue;
  if (o.kind === "row") R.push(o.cells.filter((c, i) => c !== "" || i < o.cells.length - 1).join(" | "));
  else if (o.text.trim() === "-- end of record --") continue;
  else R.push(o.plain);
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt; overall ${totAtt}/${totPoss} (${pct(totAtt, totPoss)}), substitutes ${subTimes}`);
for (const r of summary) console.log("  " + r.join(" "));
