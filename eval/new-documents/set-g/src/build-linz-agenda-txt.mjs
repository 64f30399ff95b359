// Builds docs/linz-board-agenda-2024-12-12.txt (a plain-text agenda pack front end for the Local
// Infrastructure and Net Zero Board, 12 December 2024) and its rendering text/linz-board-agenda-2024-12-12.txt.
//
//   node src/build-linz-agenda-txt.mjs
//
// Layout: plain text, 76 columns. A centred cover block; meeting details; the membership for 2024/25 as
// "Cllr Name (Group) – Council" lines with each role on its own indented line under the name (no table, no
// group headings; the group is an abbreviation explained in a key line), a separate substitutes block; the
// agenda as numbered items whose titles wrap onto indented continuation lines, with the page range (or
// "Verbal") right-aligned in a "Pages" column after a dot leader on the item's last line; a presenter note
// in brackets under one item; and a "Date of next meeting" line.
// Rendering: the cover lines and the headings as they are; a wrapped agenda item joined into one line, its
// dot leader replaced by " | " before the page range; roles stay on their own lines.
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "linz-board-agenda-2024-12-12";
const WIDTH = 76;

// ---------------------------------------------------------------- content
const COVER = ["LOCAL GOVERNMENT ASSOCIATION", "", "Local Infrastructure and Net Zero Board", "", "AGENDA", "", "Thursday 12 December 2024", "11.00 am – 1.00 pm"];
const DETAILS = [
  ["Venue", "Smith Square 1&2, Ground Floor, 18 Smith Square, London SW1P 3HZ, and online via Microsoft Teams"],
  ["Group meetings", "Political group meetings from 10.00 am; please contact your group office for details."],
  ["Apologies", "Please tell Member Services by 5.00 pm on Tuesday 10 December 2024 if you cannot attend, so that a substitute can be arranged."],
  ["Contact", "Tobias Wrenfield, Member Services Officer, 020 7946 0742, tobias.wrenfield@local.gov.uk"],
];
// members: [name, group, council, [roles]]
const MEMBERS = [
  ["Cllr Siobhan Garraway", "Lab", "Sheffield City Council", ["Chair", "Lead Member, Transport and Highways"]],
  ["Cllr Crispin Marlowe", "Con", "West Sussex County Council", ["Vice-Chair"]],
  ["Cllr Eleri Pendry", "LD", "Wokingham Borough Council", ["Deputy Chair", "Lead Member, Planning"]],
  ["Cllr Graham Lusby", "Ind", "Boston Borough Council", ["Deputy Chair"]],
  ["Cllr Jennifer Ashby-Cole", "Con", "Essex County Council", []],
  ["Cllr Tunde Bakare", "Lab", "Royal Borough of Greenwich", []],
  ["Cllr Hamish Caddick", "LD", "Eastleigh Borough Council", []],
  ["Cllr Rashid Dewan", "Lab", "Luton Borough Council", []],
  ["Cllr Annabel Frith", "Con", "Buckinghamshire Council", ["Lead Member, Flooding and Water"]],
  ["Cllr Joanna Hebblethwaite", "Lab", "Bradford Council", []],
  ["Cllr Deborah Kitteridge", "Ind", "Castle Point Borough Council", []],
  ["Cllr Deepak Mistry", "Lab", "Leicester City Council", ["Lead Member, Net Zero and Climate Adaptation"]],
  ["Cllr Carys Mottram", "Lab", "North Tyneside Council", []],
  ["Cllr Roderick Tulloch", "Con", "Wiltshire Council", []],
];
const SUBS = [
  ["Cllr Penelope Ashgrove", "LD", "Stockport Council", []],
  ["Cllr Kerry Blandford", "Lab", "Derby City Council", []],
  ["Cllr Trevor Mabbott", "Ind", "Tendring District Council", []],
  ["Cllr Patrick Noone", "Lab", "Lancaster City Council", []],
  ["Cllr Malcolm Trevithick", "Con", "Somerset Council", []],
];
const KEYLINE = "Lab = Labour, Con = Conservative, LD = Liberal Democrat, Ind = Independent";
// agenda items: [number, title, pages or null, note or null]
const AGENDA = [
  ["1.", "Welcome, apologies, substitutions and declarations of interest", null, null],
  ["2.", "Minutes of the previous meeting held on 26 September 2024", "1 - 8", null],
  ["3.", "Autumn Budget 2024: infrastructure and net zero announcements – update from the Chair", "Verbal", null],
  ["4.", "Coastal erosion and flood funding: report from the LGA Coastal Special Interest Group", "9 - 16", "(Cllr Marian Scoresby, Chair of the Coastal Special Interest Group, will attend for this item)"],
  ["5.", "LINZ Board work programme 2024/25: performance report, Quarter 2 (July to September 2024)", "17 - 30", null],
  ["6.", "Local transport funding reform: draft response to the Department for Transport's consultation", "31 - 42", null],
  ["7.", "Outside bodies: reports from members", "43 - 46", null],
  ["8.", "Any other business", null, null],
];
const NEXT = "Date of next meeting: Thursday 13 February 2025, 11.00 am, 18 Smith Square, London SW1P 3HZ";

// ---------------------------------------------------------------- plain text
const wrap = (text, width) => {
  const out = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && (cur + " " + w).length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? cur + " " + w : w;
  }
  if (cur) out.push(cur);
  return out;
};
const centre = (s) => " ".repeat(Math.max(0, Math.floor((WIDTH - s.length) / 2))) + s;
const doc = [];
const rend = [];
for (const c of COVER) {
  doc.push(c ? centre(c) : "");
  if (c) rend.push(c);
}
doc.push("", "=".repeat(WIDTH), "");
for (const [label, value] of DETAILS) {
  const lab = (label + ":").padEnd(16);
  const ls = wrap(value, WIDTH - 16);
  doc.push(lab + ls[0], ...ls.slice(1).map((l) => " ".repeat(16) + l));
  rend.push(`${label}: ${value}`);
}
doc.push("", "=".repeat(WIDTH), "");
doc.push("MEMBERSHIP 2024/25", "");
rend.push("MEMBERSHIP 2024/25");
const member = ([name, group, council, roles]) => {
  const l = `${name} (${group}) – ${council}`;
  doc.push(l);
  rend.push(l);
  for (const r of roles) {
    doc.push("      " + r);
    rend.push(r);
  }
};
for (const m of MEMBERS) member(m);
doc.push("", "Substitutes", "");
rend.push("Substitutes");
for (const m of SUBS) member(m);
doc.push("", KEYLINE, "");
rend.push(KEYLINE);
doc.push("=".repeat(WIDTH), "");
doc.push("AGENDA" + " ".repeat(WIDTH - "AGENDA".length - "Pages".length) + "Pages", "");
rend.push("AGENDA | Pages");
const PAGEW = 8; // the right-aligned page column
for (const [n, title, pages, note] of AGENDA) {
  const ind = 4;
  const avail = WIDTH - ind - PAGEW - 6; // room for the title on a line that also carries the leader
  const ls = wrap(title, avail);
  ls.forEach((l, k) => {
    const prefix = k === 0 ? n.padEnd(ind) : " ".repeat(ind);
    if (k < ls.length - 1 || !pages) doc.push(prefix + l);
    else {
      const body = prefix + l + " ";
      const dots = ".".repeat(WIDTH - body.length - pages.length - 1);
      doc.push(body + dots + " " + pages);
    }
  });
  rend.push(`${n} ${title}` + (pages ? ` | ${pages}` : ""));
  if (note) {
    for (const l of wrap(note, WIDTH - ind - PAGEW)) doc.push(" ".repeat(ind) + l);
    rend.push(note);
  }
  doc.push("");
}
doc.push("-".repeat(WIDTH), "");
for (const l of wrap(NEXT, WIDTH)) doc.push(l);
rend.push(NEXT);
doc.push("");
for (const l of doc) if (l.length > WIDTH) throw new Error("line over width: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), doc.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), rend.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt`);
