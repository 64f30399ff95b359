// Builds docs/road-safety-panel-minutes-2026-06-24.txt (draft minutes of the LGA Road Safety Panel, Wednesday
// 24 June 2026, minutes 14/26 to 23/26) and its plain-text rendering text/road-safety-panel-minutes-2026-06-24.txt
// from the same content.
//
//   node src/build-minutes-txt.mjs   (run src/render-md.mjs first: the attendance is checked against the
//                                     membership table of the terms of reference)
//
// Layout: plain text HARD-WRAPPED AT 80 COLUMNS, as typed by a clerk: a capitals heading block and a rule of
// "="; attendance in capitals sub-headings (PRESENT, SUBSTITUTES, ALSO PRESENT, OFFICERS) with ONE PERSON A LINE
// IN TWO FIXED-WIDTH COLUMNS padded with spaces (name and role left, council or post from column 41);
// then PLAIN NUMBERED MINUTES "14/26  Welcome, apologies and substitutes" (minute number / year, two spaces,
// title, no underline), whose paragraphs are indented 7 spaces and wrapped; the apologies as one sentence
// ("Apologies were received from …") and the substitutes in a sentence; "RESOLVED:" paragraphs, some with
// written (a)/(b)/(c) sub-items in a hanging indent; "ACTION:" lines with the owner in brackets and a date in
// varying forms ("by 17 July", "by 3 July 2026", "to the December meeting"); closing lines.
// Synthetic test fixture: the people and business are invented.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "road-safety-panel-minutes-2026-06-24";
const WIDTH = 80;
const COL = 40;

// ---------------------------------------------------------------- content
const HEAD = [
  "LOCAL GOVERNMENT ASSOCIATION",
  "ROAD SAFETY PANEL",
  "MINUTES OF THE MEETING HELD ON WEDNESDAY 24 JUNE 2026 AT 11.00 AM",
  "18 Smith Square, London SW1P 3HZ, and online",
  "Status: draft, to be approved at the next meeting",
];
const ATTEND = [
  ["PRESENT", [
    ["Cllr Rosalind Penberthy (Chair)", "Bristol City Council"],
    ["Cllr Hamish Cattermole (Vice-Chair)", "North Yorkshire Council"],
    ["Cllr Fenella Broadbridge", "Stockport Metropolitan Borough Council"],
    ["Cllr Tamsin Okwuosa", "London Borough of Hounslow"],
    ["Cllr Annika Sowerbutts", "Lancashire County Council"],
    ["Cllr Orla Scattergood", "Newcastle City Council"],
    ["Cllr Gethin Llewellin (online)", "Herefordshire Council"],
    ["Cllr Ravi Chandarana", "Coventry City Council"],
    ["Cllr Imelda Loveridge", "Norfolk County Council"],
  ]],
  ["SUBSTITUTES", [
    ["Cllr Noah Brankstone", "Wakefield Council"],
    ["Cllr Petronella Skelding", "Suffolk County Council"],
  ]],
  ["ALSO PRESENT", [
    ["Cllr Torquil Ebbrell (former Chair)", "Kent County Council"],
  ]],
  ["OFFICERS", [
    ["Ottoline Scarisbrick", "Senior Adviser (Road Safety)"],
    ["Marguerite Mountford", "Head of Transport and Infrastructure"],
    ["Anselm Pidcock", "Finance Business Partner"],
    ["Tobias Kernick", "Data Analyst"],
    ["Crispin Dallaway", "Member Services Officer (minutes)"],
  ]],
];
// minutes: [number, title, blocks]; blocks: ["p", text] | ["res", text] | ["item", text] | ["act", text]
const MINUTES = [
  ["14/26", "Welcome, apologies and substitutes", [
    ["p", "The Chair welcomed members to the first meeting of 2026/27, in particular Cllr Ravi Chandarana and Cllr Imelda Loveridge, who joined the Panel after the local elections in May. She thanked Cllr Torquil Ebbrell, who had chaired the Panel for three years, for attending to present his last annual report."],
    ["p", "Apologies were received from Cllr Desmond Karunaratne, Cllr Benedict Lyddiatt and Cllr Saskia Tremlett. Cllr Noah Brankstone attended as substitute for Cllr Karunaratne, and Cllr Petronella Skelding for Cllr Lyddiatt. No substitute was available for Cllr Tremlett."],
  ]],
  ["15/26", "Declarations of interest", [
    ["p", "Cllr Fenella Broadbridge declared an interest in minute 20/26, as Stockport Metropolitan Borough Council had received a grant from the Safer Journeys Fund in 2025/26. She took no part in the discussion of the Fund."],
    ["p", "Cllr Orla Scattergood declared an interest in minute 17/26, as a close family member works for Westlake Mobility Insight, one of the bidders for the casualty data dashboard contract. She left the room for that item."],
  ]],
  ["16/26", "Chair's annual report 2025/26", [
    ["p", "Cllr Torquil Ebbrell introduced his annual report for 2025/26 (item 3). He highlighted the growth in the Safe Streets Charter and in school streets schemes, and the shortfall in training places. Members thanked him for his leadership of the Panel."],
    ["p", "Cllr Chandarana asked whether the fall of 6 per cent in people killed or seriously injured covered all councils. Tobias Kernick explained that the figure covered only the 97 councils in the Road Casualty Data Exchange, and that national figures are published separately by the Department for Transport."],
    ["res", "That the Panel notes the Chair's annual report 2025/26 and agrees that it be published on the LGA website."],
    ["act", "Publish the Chair's annual report on the LGA website (Ottoline Scarisbrick) by 17 July."],
  ]],
  ["17/26", "Decisions taken between meetings", [
    ["p", "Crispin Dallaway introduced the record of the five decisions taken by the Chair between the meetings of 21 January and 24 June 2026 (item 4). Cllr Scattergood had left the room."],
    ["p", "Members asked about the move of the casualty data dashboard from Crossfield Data Ltd to Lumen Roadway Analytics Ltd. Tobias Kernick said that the dashboard would stay available throughout and that the move would finish by 31 July 2026. The interim nomination to the National School Streets Alliance was considered under minute 18/26, and the Summit under minute 21/26."],
    ["res", "That the Panel notes the decisions taken between meetings."],
    ["act", "Tell members when the casualty data dashboard has moved to the new supplier (Tobias Kernick) by 7 August 2026."],
  ]],
  ["18/26", "Terms of reference and membership 2026/27", [
    ["p", "Crispin Dallaway introduced the draft terms of reference and membership for 2026/27 (item 5). He reported that Cllr Benedict Lyddiatt had written on 22 June 2026 to resign from the Panel, and that the Conservative group had nominated its substitute, Cllr Petronella Skelding, to take his seat as a member until May 2027."],
    ["p", "Members did not support reducing the quorum from 4 to 3: with twelve members, a quorum of 3 would allow a quarter of the Panel to take decisions. The Chair undertook to make sure that meetings start on time."],
    ["p", "Cllr Tamsin Okwuosa, who had been nominated to the steering group of the National School Streets Alliance on an interim basis (decision RSD 26/05), asked that a newer member take the seat, as she already leads on school streets for the Panel."],
    ["res", "That the Panel:"],
    ["item", "(a) approves the terms of reference for 2026/27, except that the quorum remains 4 members, from at least two political groups;"],
    ["item", "(b) notes the membership for 2026/27, with Cllr Petronella Skelding replacing Cllr Benedict Lyddiatt as a member until May 2027; and"],
    ["item", "(c) appoints Cllr Ravi Chandarana as its representative on the steering group of the National School Streets Alliance until May 2027."],
    ["act", "Publish the approved terms of reference, with the quorum of 4 and the new membership (Crispin Dallaway) by 3 July 2026."],
    ["act", "Ask the Conservative group to nominate a new substitute (Crispin Dallaway) by 31 July."],
  ]],
  ["19/26", "Road safety dashboard: year end 2025/26", [
    ["p", "Tobias Kernick presented the dashboard for 2025/26 (item 6). Members focused on the two indicators that had missed their targets by more than 10 per cent: training places filled and councils sharing data through the Road Casualty Data Exchange."],
    ["p", "Cllr Annika Sowerbutts presented her improvement plan for training. Four extra courses will run in the South West and the North East between September and December 2026, and a second training provider will be appointed so that a course need not be cancelled if one provider withdraws."],
    ["res", "That the Panel:"],
    ["item", "(a) notes the year-end dashboard for 2025/26;"],
    ["item", "(b) agrees the improvement plan for road safety officer training, with a target of 560 training places for 2026/27; and"],
    ["item", "(c) asks officers to report on how the signing of data-sharing agreements for the Road Casualty Data Exchange can be speeded up."],
    ["act", "Circulate the dates of the autumn training courses to councils (Ottoline Scarisbrick) by 31 July 2026."],
    ["act", "Report on data-sharing agreements for the Road Casualty Data Exchange (Tobias Kernick) to the December meeting."],
  ]],
  ["20/26", "Budget outturn 2025/26", [
    ["p", "Anselm Pidcock reported that the Panel's policy budget for 2025/26 was £212,000 and that spending for the year was £198,450, an underspend of £13,550. The main underspends were on the Road Safety Summit (£6,900) and on training (£4,100), where two courses were cancelled."],
    ["p", "The Safer Journeys Fund is accounted for separately. It awarded 45 grants worth £466,250 from the Department for Transport's grant of £480,000; the £13,750 not awarded will be returned to the Department. The first year of the casualty data dashboard contract, £23,250, will be met from the Panel's budget for 2026/27, which the LGA Board will set in July."],
    ["res", "That the Panel notes the outturn for 2025/26 and asks that the underspend of £13,550 be carried forward to 2026/27 to fund the extra training courses, subject to the agreement of the LGA Board."],
    ["act", "Ask the LGA Board to carry forward the underspend of £13,550 (Anselm Pidcock) by 10 July 2026."],
  ]],
  ["21/26", "Road Safety Summit 2026", [
    ["p", "Ottoline Scarisbrick reported that the Aire Quay Conference Centre in Leeds had cancelled the booking for Thursday 15 October 2026 made under decision RSD 26/04, because of building works, and had offered Thursday 5 November 2026 on the same terms."],
    ["res", "That the Road Safety Summit 2026 be held at the Aire Quay Conference Centre, Leeds, on Thursday 5 November 2026, with the delegate fee for councils kept at £95."],
    ["act", "Send save-the-date notices for the Summit to councils (Ottoline Scarisbrick) by 10 July."],
  ]],
  ["22/26", "Any other business", [
    ["p", "Cllr Gethin Llewellin asked for an item on road safety on rural lanes used by horse riders and walkers. The Chair agreed to add it to the Panel's work programme."],
    ["act", "Add road safety on rural lanes to the agenda (Crispin Dallaway) for the December meeting."],
  ]],
  ["23/26", "Date of next meeting", [
    ["p", "The Panel agreed to move its next meeting from Wednesday 30 September 2026 to Wednesday 7 October 2026 at 11.00 am, because of a clash with a party conference. The meeting on Wednesday 9 December 2026 is unchanged."],
  ]],
];
const CLOSE = [
  "The meeting closed at 1.10 pm.",
  "Minutes taken by Crispin Dallaway, Member Services Officer, 020 7946 0195, crispin.dallaway@local.gov.uk. Published on Wednesday 1 July 2026.",
];

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const all = JSON.stringify([HEAD, MINUTES, CLOSE]);
for (const m of all.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/gi))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.findIndex((x) => x.toLowerCase() === m[3].toLowerCase()), +m[2])).getUTCDay()].toLowerCase() !== m[1].toLowerCase()) throw new Error("wrong weekday: " + m[0]);
// attendance against the terms of reference's membership table (text rendering)
const tor = readFileSync(join(root, "text", "road-safety-panel-terms-of-reference-2026-27.txt"), "utf8").split("\n").filter((l) => l.startsWith("Cllr ")).map((l) => l.split(" | "));
const members = new Map(tor.filter((c) => c[3] !== "Substitute").map((c) => [c[0], c]));
const subs = new Map(tor.filter((c) => c[3] === "Substitute").map((c) => [c[0], c]));
const bare = (n) => n.replace(/ \(.*\)$/, "");
const present = ATTEND[0][1].map((r) => bare(r[0]));
const apologies = MINUTES[0][2][1][1].match(/^Apologies were received from (.*?)\. /)[1].split(/, | and /);
const seen = [...present, ...apologies];
if (seen.length !== members.size || new Set(seen).size !== seen.length || seen.some((n) => !members.has(n))) throw new Error("attendance does not cover the membership");
for (const [n, council] of [...ATTEND[0][1], ...ATTEND[1][1]].map((r) => [bare(r[0]), r[1]])) {
  const row = members.get(n) ?? subs.get(n);
  if (!row || row[1] !== council) throw new Error("council differs from the terms of reference: " + n);
}
for (const m of MINUTES[0][2][1][1].matchAll(/Cllr (\w+ \w+) attended as substitute for Cllr (\w+)|Cllr (\w+ \w+) for Cllr (\w+)/g)) {
  const s = "Cllr " + (m[1] ?? m[3]);
  const surname = m[2] ?? m[4];
  const mem = [...members.values()].find((c) => c[0].endsWith(" " + surname));
  if (!subs.has(s) || !ATTEND[1][1].some((r) => r[0] === s) || subs.get(s)[2] !== mem[2] || !apologies.includes(mem[0])) throw new Error("substitute " + s);
}
const nums = MINUTES.map((m) => +m[0].split("/")[0]);
nums.forEach((n, i) => { if (n !== 14 + i) throw new Error("minute numbering"); });

// ---------------------------------------------------------------- text file
const wrap = (text, first, rest) => {
  const out = [];
  let line = first;
  let empty = true;
  for (const w of text.split(" ")) {
    if (!empty && line.length + 1 + w.length > WIDTH) {
      out.push(line);
      line = rest + w;
    } else {
      line += (empty ? "" : " ") + w;
    }
    empty = false;
  }
  out.push(line);
  return out;
};
const D = [];
for (const h of HEAD) D.push(h);
D.push("=".repeat(WIDTH), "");
for (const [h, rows] of ATTEND) {
  D.push(h);
  for (const [a, b] of rows) {
    if (2 + a.length >= COL) throw new Error("name column too narrow: " + a);
    D.push(("  " + a).padEnd(COL) + b);
  }
  D.push("");
}
D.push("-".repeat(WIDTH), "");
const IND = " ".repeat(7);
for (const [num, title, blocks] of MINUTES) {
  D.push(`${num}  ${title}`, "");
  for (const [k, t] of blocks) {
    if (k === "p") D.push(...wrap(t, IND, IND));
    else if (k === "res") D.push(...wrap("RESOLVED: " + t, IND, IND));
    else if (k === "item") D.push(...wrap(t, IND + "    ", IND + "        "));
    else if (k === "act") D.push(...wrap("ACTION: " + t, IND, IND + "        "));
    D.push("");
  }
}
D.push("-".repeat(WIDTH), "");
for (const c of CLOSE) D.push(...wrap(c, "", ""), "");
for (const l of D) if (l.length > WIDTH) throw new Error("line too long: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), D.join("\n").replace(/\n+$/, "") + "\n");

// ---------------------------------------------------------------- rendering
// Heading lines; attendance sub-headings, each person as "name and role | council or post"; each minute's
// heading as "14/26 Title"; each paragraph, RESOLVED paragraph, sub-item and ACTION line as one line (wrapped
// lines joined with single spaces); rules and blank lines dropped.
const R = [...HEAD];
for (const [h, rows] of ATTEND) R.push(h, ...rows.map(([a, b]) => `${a} | ${b}`));
for (const [num, title, blocks] of MINUTES) {
  R.push(`${num} ${title}`);
  for (const [k, t] of blocks) R.push(k === "res" ? "RESOLVED: " + t : k === "act" ? "ACTION: " + t : t);
}
R.push(...CLOSE);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${D.length} lines) and text/${BASE}.txt (${R.length} lines)`);
