// Builds docs/oral-health-task-group-notes-2066-11-18.txt: the notes of the meeting of 18 November 2066 written in
// reStructuredText (as kept in the team's Sphinx notes repository and saved as .txt): title over/underlined with
// "=", a field list of meeting details (":Chair: ..."), ".. contents::", section underlines, a GRID TABLE of
// attendance, "#." auto-numbered lists for apologies and decisions, ".. note::" (declarations of interest) and
// ".. warning::" directives, and a SIMPLE TABLE of actions bounded by "=====  =====" rules. Also its rendering
// text/oral-health-task-group-notes-2066-11-18.txt: the same text with each table row as "cell | cell" and the
// table rules dropped (a reader of the .txt sees the markup; no word is added or removed). Synthetic test fixture.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MEMBERS, SUBS } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "oral-health-task-group-notes-2066-11-18";
const L = []; // rst lines
const R = []; // rendering lines
const both = (...ls) => { L.push(...ls); R.push(...ls); };
const rule = (ch, s) => ch.repeat(s.length);
const section = (t, ch = "=") => both(t, rule(ch, t), "");

// grid table
function grid(header, rows) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)) + 2);
  const sep = (c) => "+" + w.map((n) => c.repeat(n)).join("+") + "+";
  const line = (cells) => "|" + cells.map((c, i) => " " + c.padEnd(w[i] - 1)).join("|") + "|";
  L.push(sep("-"), line(header), sep("="));
  for (const r of rows) L.push(line(r), sep("-"));
  R.push(header.join(" | "), ...rows.map((r) => r.join(" | ")));
  both("");
}
// simple table
function simple(header, rows) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const rl = w.map((n) => "=".repeat(n)).join("  ");
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(w[i]))).join("  ");
  L.push(rl, line(header), rl, ...rows.map(line), rl);
  R.push(header.join(" | "), ...rows.map((r) => r.join(" | ")));
  both("");
}

const TITLE = "Oral Health Improvement Task Group: notes of the meeting of 18 November 2066";
L.push(rule("=", TITLE), TITLE, rule("=", TITLE), "");
R.push(TITLE, "");
both(
  ":Date: Thursday 18 November 2066, 11.00am to 12.55pm",
  ":Venue: Westminster Room, 18 Smith Square, London, and Microsoft Teams",
  ":Chair: Cllr Marisol Crossthwaite (Gateshead Council)",
  ":Notes by: Orla Kinsella, Member Services Officer",
  ":Status: Draft, for approval at the meeting on 20 January 2067",
  "",
  ".. contents:: Items",
  "   :local:",
  "   :depth: 1",
  "",
);

section("Attendance");
both("Members and substitutes present:", "");
const att = [
  ["Cllr Marisol Crossthwaite", "Gateshead Council", "Labour", "Chair", "In the room"],
  ["Cllr Tobias Pinnegar", "Wiltshire Council", "Conservative", "Vice-Chair", "In the room"],
  ["Cllr Hedda Lovibond", "Cornwall Council", "Liberal Democrat", "Deputy Chair", "Online"],
  ["Cllr Anwen Pothecary", "Herefordshire Council", "Independent", "Deputy Chair", "In the room"],
  ["Cllr Desmond Eckersley", "Blackpool Council", "Labour", "Member", "In the room"],
  ["Cllr Farida Khatun", "Leicester City Council", "Labour", "Member", "Online"],
  ["Cllr Olwen Isherwood", "Bradford Council", "Labour", "Member", "In the room"],
  ["Cllr Imogen Chudleigh", "Lancashire County Council", "Conservative", "Member", "Online"],
  ["Cllr Jonah Bettridge", "North Yorkshire Council", "Conservative", "Substitute", "In the room"],
];
grid(["Name", "Council", "Group", "Attending as", "How"], att);
both("Apologies:", "");
both(
  "#. Cllr Barnaby Oakshott (Surrey County Council). Cllr Jonah Bettridge attended as his substitute.",
  "#. Cllr Kester Trudgeon (Somerset Council). No substitute was named.",
  "",
);
both(
  "In attendance: Dr Benedikt Spoor, Consultant in Dental Public Health, NHS England (North East and Yorkshire), for item 3; Saoirse Pagnell, Senior Adviser (Public Health); Hamza Cardew, Policy Adviser (Oral Health); Letitia Kewley, Finance Business Partner; Orla Kinsella, Member Services Officer.",
  "",
);

section("1. Welcome, apologies and declarations of interest");
both("The Chair welcomed members, and Dr Spoor as a guest for item 3. Apologies and substitutes were as recorded above.", "");
both(
  ".. note:: Declarations of interest",
  "",
  "   Cllr Desmond Eckersley declared a non-pecuniary interest in item 4 as a trustee of Bright Smiles Blackpool, a charity that supplies toothbrushing packs to nurseries in Blackpool. He took part in the discussion but not in the decision.",
  "",
  "   Cllr Olwen Isherwood declared a pecuniary interest in item 5: she works part-time for a water company in the north of England. She left the room for that item.",
  "",
);

section("2. Notes of the meeting of 16 September 2066");
both("The notes were agreed as a correct record, subject to Cllr Khatun's council being corrected to Leicester City Council.", "");

section("3. Dental epidemiology survey 2066: headline results");
both(
  "Dr Benedikt Spoor presented the headline results of the 2066 survey of five-year-olds. Across England 21.4% of five-year-olds had visible tooth decay, down from 23.0% in the 2062 survey. The North West had the highest figure (29.8%) and the South East the lowest (16.1%). In the most deprived fifth of areas 33.7% of children had decay, against 11.2% in the least deprived fifth; children with decay had on average 3.6 teeth affected.",
  "",
  "Members asked how councils could get results for their own areas. Dr Spoor said council-level tables would be published by NHS England in February 2067; officers said the LGA's own council-level analysis (tracker item OHT-10) would be ready sooner.",
  "",
  "The task group noted the presentation and asked officers for a council-level briefing (action 1).",
  "",
);

section("4. Supervised toothbrushing: scaling up in early years settings");
both("Hamza Cardew, Policy Adviser (Oral Health), introduced the paper. Members welcomed the tiered model but several said 20 per cent was too narrow for tier 1, given the survey results under item 3.", "");
both("The task group:", "");
both(
  "#. agreed recommendation (a), the model specification, for publication in January 2067;",
  "#. agreed recommendation (b) with an amendment: tier 1 will cover settings in the most deprived 30 per cent of areas, not 20 per cent as proposed in paragraph 3(a) of the paper; and",
  "#. deferred recommendation (c), the joint bid with NHS England for tier 2, to the meeting on 20 January 2067.",
  "",
);
both(
  ".. warning:: Recommendation (c) was deferred, not rejected. Members wanted to know first whether the Government will answer the Chair's letter of 14 July on a ring-fenced grant (tracker item OHT-04).",
  "",
);

section("5. Wear Valley and Derwentside fluoridation scheme: draft LGA response");
both("Cllr Isherwood left the room. Saoirse Pagnell, Senior Adviser (Public Health), introduced the paper.", "");
both("The task group:", "");
both(
  "#. agreed that the LGA supports the scheme, subject to the points in paragraph 5(b) and 5(c) of the paper;",
  "#. added to the point in paragraph 5(b) that the running costs should be met by the Department of Health and Social Care in full for at least the first ten years; and",
  "#. delegated the final wording to the Chair and Vice-Chair, with the response to be sent by 9 December 2066, before the consultation closes.",
  "",
);
both("Cllr Isherwood returned to the meeting.", "");

section("6. Risk register and budget monitoring, Quarter 2 2066/67");
both(
  "Letitia Kewley, Finance Business Partner, introduced the report. Members noted the forecast underspend of £23,150 and agreed that risk OHR-1 should be escalated to the Community Wellbeing Board; the Chair will raise it at that board's next meeting. Members supported asking for the £15,000 of dental access research money to be carried forward to 2067/68.",
  "",
);

section("7. Delivery tracker");
both(
  "Saoirse Pagnell reported on the items marked Stalled or Drifting. On OHT-09, NHS England had still not signed the data sharing agreement. Members agreed that the Chair should write to the NHS England regional director to press for it (action 5). Cllr Chudleigh asked that the care homes survey (OHT-11) be sent again to directors of adult social services in the North West.",
  "",
);

section("8. Any other business");
both(
  "Cllr Anwen Pothecary said she would stand down from the task group on 31 December 2066 on becoming leader of Herefordshire Council. The Chair thanked her. The Independent group will nominate a new member; the Deputy Chair post will be filled at the January meeting.",
  "",
  "Next meeting: Thursday 20 January 2067, 11.00am, 18 Smith Square.",
  "",
);

section("Actions");
simple(
  ["No.", "Action", "Owner", "Deadline"],
  [
    ["1", "Council-level briefing on the 2066 survey results", "Nadia Zubair", "16 December 2066"],
    ["2", "Revise the model specification for tier 1 at 30 per cent", "Hamza Cardew", "6 January 2067"],
    ["3", "Finalise and send the fluoridation consultation response", "Saoirse Pagnell", "9 December 2066"],
    ["4", "Raise risk OHR-1 at the Community Wellbeing Board", "Cllr Marisol Crossthwaite", "Next CWB meeting"],
    ["5", "Letter to the NHS England regional director on OHT-09", "Cllr Marisol Crossthwaite", "30 November 2066"],
    ["6", "Request to carry forward £15,000 to 2067/68", "Letitia Kewley", "31 January 2067"],
    ["7", "Resend the care homes survey in the North West", "Nadia Zubair", "25 November 2066"],
  ],
);
// sanity: the members in the grid match content.mjs
for (const a of att) if (!MEMBERS.some((m) => m.name === a[0]) && !SUBS.some((s) => s.name === a[0])) throw new Error(a[0]);
writeFileSync(join(root, "docs", BASE + ".txt"), L.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n"));
console.log("wrote", BASE);
