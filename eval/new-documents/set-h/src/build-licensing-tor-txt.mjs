// Builds docs/licensing-reform-task-group-terms-of-reference-2025-26.txt (plain-text terms of reference and
// work programme of the Licensing Reform Task and Finish Group of the Regulatory Services and Public
// Protection Board) and its rendering text/licensing-reform-task-group-terms-of-reference-2025-26.txt.
//
//   node src/build-licensing-tor-txt.mjs
//
// Layout: plain text, hard-wrapped at 76 columns. A capitalised heading block; "Status:", "Version:",
// "Contact:" labels with their values in a fixed column (continuation lines indented to it); a rule of
// dashes; numbered sections in capitals ("3.   QUORUM") and NUMBERED CLAUSES ("3.1  The quorum is ...")
// with the clause text in a hanging indent (continuation lines indented five spaces); lettered sub-items
// (a)-(d) indented under their clause; THE WORK PROGRAMME AS A TAB-SEPARATED TABLE (header row Meeting,
// Date, Theme, Evidence from, Output; one line per meeting, cells separated by single tabs, not wrapped).
// Rendering: the heading lines as they are; a label and its value on one line ("Status: Agreed ..."); the
// rule dropped; a section heading as it is ("3. QUORUM"); each clause joined into one line ("3.1 The
// quorum ..."); each sub-item joined into one line; each table row with its cells joined with " | ".
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "licensing-reform-task-group-terms-of-reference-2025-26";
const WIDTH = 76;

const HEAD = ["LOCAL GOVERNMENT ASSOCIATION", "REGULATORY SERVICES AND PUBLIC PROTECTION BOARD", "", "Licensing Reform Task and Finish Group", "Terms of reference and work programme 2025/26"];
const LABELS = [
  ["Status", "Agreed by the Regulatory Services and Public Protection Board on 10 July 2025"],
  ["Version", "1.1 (replaces the draft of 19 June 2025)"],
  ["Contact", "Ines Radcliffe-Moyo, Adviser (Licensing), 020 7946 0879, ines.radcliffe-moyo@local.gov.uk"],
];
// sections: [number, title, clauses]; clause: [number, text, subitems?]
const SECTIONS = [
  [
    "1.",
    "PURPOSE",
    [
      ["1.1", 'The Licensing Reform Task and Finish Group ("the Task Group") is a time-limited member group of the Regulatory Services and Public Protection Board ("the Board"). The Board set it up on 15 May 2025.'],
      [
        "1.2",
        "The Task Group will develop the LGA's position on the Government's plans to reform licensing, covering:",
        [
          "(a) the Licensing Act 2003, including cumulative impact assessments and the late night levy;",
          "(b) taxi and private hire vehicle licensing, including cross-border hiring and national minimum standards; and",
          "(c) licensing fees and cost recovery.",
        ],
      ],
      ["1.3", "The Task Group has no delegated powers. It makes recommendations to the Board, which decides the LGA's position."],
    ],
  ],
  [
    "2.",
    "MEMBERSHIP",
    [
      [
        "2.1",
        "The Task Group has ten members, nominated by the political groups in proportion to their seats on the Board:",
        ["(a) Labour Group: 4 members", "(b) Conservative Group: 3 members", "(c) Liberal Democrat Group: 2 members", "(d) Independent Group: 1 member"],
      ],
      ["2.2", "At least six of the ten members must be members or substitute members of the Board. Groups may nominate other councillors with relevant experience, such as chairs of licensing committees, to the remaining places."],
      ["2.3", "Each political group may nominate one named substitute."],
      ["2.4", "The Chair of the Task Group is Cllr Morwenna Kestle (Labour), the Board's lead member for licensing. The Vice-Chair is Cllr Hamish Grieveson (Conservative)."],
    ],
  ],
  [
    "3.",
    "QUORUM",
    [
      ["3.1", "The quorum is four members, who must come from at least two political groups."],
      ["3.2", "A named substitute counts towards the quorum when attending in place of a member of their group."],
      ["3.3", "If a meeting is not quorate 15 minutes after its start time, the members present may hold an informal discussion but may not agree recommendations."],
    ],
  ],
  [
    "4.",
    "MEETINGS",
    [
      ["4.1", "The Task Group meets every six weeks, five times in all, between September 2025 and February 2026."],
      ["4.2", "Meetings last up to two hours and are held online, except the first and last meetings, which are held in person at 18 Smith Square."],
      ["4.3", "Papers are sent to members five working days before each meeting."],
      ["4.4", "Meetings are not open to the public. A note of each meeting is published on the LGA website within ten working days."],
    ],
  ],
  [
    "5.",
    "WAYS OF WORKING",
    [
      ["5.1", "The Task Group will take evidence from councils, licensing practitioners, the trades concerned and Government departments."],
      ["5.2", "It will aim to agree its recommendations by consensus. Where members cannot agree, its report to the Board will set out the different views."],
    ],
  ],
  [
    "6.",
    "REPORTING AND DURATION",
    [
      ["6.1", "The Chair will give an oral update at each meeting of the Board while the Task Group is running."],
      ["6.2", "The Task Group's final report will go to the Board on 26 March 2026. The Task Group will end on 31 March 2026 unless the Board extends it."],
    ],
  ],
  [
    "7.",
    "SUPPORT AND BUDGET",
    [
      ["7.1", "The Task Group is supported by the LGA's regulatory services team. The lead officer is Ines Radcliffe-Moyo, Adviser (Licensing)."],
      ["7.2", "The Task Group has a budget of £40,000 for 2025/26 from the regulatory services capacity programme: £25,000 for legal advice on the Licensing Act 2003 and £15,000 for evidence sessions and the final report."],
    ],
  ],
  ["8.", "WORK PROGRAMME 2025/26", [["8.1", "The work programme is set out below. Themes may move between meetings if the people giving evidence are not available."]]],
];
const TSV_HEAD = ["Meeting", "Date", "Theme", "Evidence from", "Output"];
const TSV = [
  ["1", "11 September 2025 (in person)", "Scope of the review and evidence plan", "LGA officers; Board lead members", "Agreed evidence plan"],
  ["2", "23 October 2025", "Licensing Act 2003: cumulative impact assessments and the late night levy", "Institute of Licensing; Westminster City Council; Newcastle City Council", "Note of evidence"],
  ["3", "4 December 2025", "Taxi and private hire licensing: cross-border hiring and national minimum standards", "Department for Transport; taxi and private hire trade representatives; Leeds City Council", "Note of evidence"],
  ["4", "15 January 2026", "Licensing fees and cost recovery", "Home Office; council finance and licensing managers", "Note of evidence; costings from the legal advice"],
  ["5", "26 February 2026 (in person)", "Draft recommendations", "None – members only", "Draft final report"],
  ["Board", "26 March 2026", "Final report to the Regulatory Services and Public Protection Board", "Cllr Morwenna Kestle", "Final report"],
];
const END = "[End of document]";

// ---------------------------------------------------------------- text file
const wrap = (text, first, rest) => {
  const out = [];
  let line = first;
  let empty = true;
  for (const w of text.split(" ")) {
    if (!empty && (line + " " + w).length > WIDTH) {
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
const T = [...HEAD, ""];
const LW = 12;
for (const [k, v] of LABELS) T.push(...wrap(v, (k + ":").padEnd(LW), " ".repeat(LW)));
T.push("", "-".repeat(WIDTH), "");
for (const [num, title, clauses] of SECTIONS) {
  T.push(num.padEnd(5) + title, "");
  for (const [cn, text, subs] of clauses) {
    T.push(...wrap(text, cn.padEnd(5), " ".repeat(5)));
    for (const s of subs ?? []) T.push(...wrap(s, " ".repeat(5), " ".repeat(9)));
    T.push("");
  }
}
T.push(TSV_HEAD.join("\t"));
for (const r of TSV) T.push(r.join("\t"));
T.push("", END);
for (const l of T) if (!l.includes("\t") && l.length > WIDTH) throw new Error("line over 76 columns: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), T.join("\n") + "\n");

// ---------------------------------------------------------------- rendering
const R = HEAD.filter(Boolean);
for (const [k, v] of LABELS) R.push(`${k}: ${v}`);
for (const [num, title, clauses] of SECTIONS) {
  R.push(`${num} ${title}`);
  for (const [cn, text, subs] of clauses) R.push(`${cn} ${text}`, ...(subs ?? []));
}
R.push(TSV_HEAD.join(" | "), ...TSV.map((r) => r.join(" | ")), END);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");

// check: the meetings are six weeks apart and on the dates the clauses give
const dates = TSV.slice(0, 5).map((r) => new Date(r[1].replace(/ \(.*\)/, "") + " UTC"));
for (let i = 1; i < dates.length; i++) if ((dates[i] - dates[i - 1]) / 86400000 !== 42) throw new Error("meetings not six weeks apart: " + TSV[i][1]);
console.log(`wrote docs/${BASE}.txt (${T.length} lines) and text/${BASE}.txt`);
