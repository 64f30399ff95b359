// Builds docs/democracy-elections-board-forward-plan-2025-11.txt (the Local Democracy and Elections Board's
// forward plan of key decisions, November 2025 to July 2026, version 4 of 14 November 2025; plain text) and
// its rendering text/democracy-elections-board-forward-plan-2025-11.txt from the same content.
//
//   node src/build-forward-plan-txt.mjs
//
// Layout: plain text hard-wrapped at 72 columns. A capitals heading block, "Published:", "Chair:" and
// "Enquiries:" labels with their values in a fixed column (wrapped values indented to it), an "About this
// plan" paragraph; then one block per key decision between rules of dashes, each a run of labelled lines in
// a fixed column: "Reference:", "Title:", "Decision maker:", "Date of decision:", "Lead officer:",
// "Contact:", "Exempt:" (Yes/No, with the reason after a dash), "Summary:". The plan is two pages: page 1
// ends with a footer line and a FORM FEED (\f) in the middle of block KD 25/17, whose remaining lines
// ("Date of decision:" onwards) follow the page-2 running header.
// Rendering: page furniture (the page footers and the page-2 header), rules and the form feed are left out;
// each labelled field is one line "Label: value" (wrapped values joined); paragraphs are joined into one line.
// Synthetic test fixture: the people and decisions are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "democracy-elections-board-forward-plan-2025-11";
const WIDTH = 72;

const HEAD = ["LOCAL GOVERNMENT ASSOCIATION", "LOCAL DEMOCRACY AND ELECTIONS BOARD", "", "FORWARD PLAN OF KEY DECISIONS", "November 2025 to July 2026"];
const META = [
  ["Published:", "14 November 2025 (version 4; replaces the plan published on 5 September 2025)"],
  ["Chair:", "Cllr Verity Quarrington (Herefordshire Council)"],
  ["Enquiries:", "Annelise Drummond-Kaye, Member Services Officer, 020 7946 0924, annelise.drummond-kaye@local.gov.uk"],
];
const ABOUT_H = "About this plan";
const ABOUT = [
  "This plan lists the key decisions that the Board, its Chair or the Director, Local Democracy expect to take in the next eight months. A key decision is one that commits £100,000 or more, or that affects councils in more than one region.",
  "Where Exempt says Yes, the report will be considered in private because it contains commercially sensitive or personal information. The decision itself will still be published.",
];
const LABELS = ["Reference:", "Title:", "Decision maker:", "Date of decision:", "Lead officer:", "Contact:", "Exempt:", "Summary:"];
const BOARD = "Local Democracy and Elections Board";
// [ref, title, decision maker, date, lead officer, contact, exempt, summary]
const ITEMS = [
  ["KD 25/14", "Councillor Candidate Diversity Fund: allocations 2025/26", BOARD, "27 November 2025", "Yetunde Oyebanji-Holm, Senior Adviser (Candidate Diversity)", "yetunde.oyebanji-holm@local.gov.uk, 020 7946 0376", "No", "To agree how the Councillor Candidate Diversity Fund of £400,000 for 2025/26 is shared between councils."],
  ["KD 25/15", "Personal safety guidance for councillors: 2025 refresh", BOARD, "27 November 2025", "Marigold Brightwell-Nunn, Policy Adviser (Councillor Safety)", "marigold.brightwell-nunn@local.gov.uk, 020 7946 0473", "No", "To approve refreshed guidance for councils on the personal safety of councillors, including at ward surgeries, online and at home."],
  ["KD 25/16", "Stand Local campaign: digital advertising contract 2026/27", "Director, Local Democracy, after consulting the Chair of the Board", "15 January 2026", "Lysander Adebowale-Nyhan, Campaigns Manager (Stand Local)", "lysander.adebowale-nyhan@local.gov.uk, 020 7946 0354", "Yes - the report contains the prices of the bids, which are commercially sensitive", "To award the contract for paid digital advertising for the Stand Local campaign in 2026/27, worth up to £150,000."],
  ["KD 25/17", "Councillor remuneration: LGA evidence to the independent review panel", BOARD, "5 February 2026", "Hermione Caradine, Director, Local Democracy", "hermione.caradine@local.gov.uk, 020 7946 0307", "No", "To agree the LGA's written evidence to the independent review panel on councillors' allowances, drawing on the results of the Councillor Census 2025."],
  ["KD 25/18", "Elections new burdens funding: LGA position for 2026/27", BOARD, "5 February 2026", "Lachlan Rathmore, Senior Adviser (Electoral Funding)", "lachlan.rathmore@local.gov.uk, 020 7946 0461", "No", "To agree the LGA's position on the new burdens funding that councils need for elections in 2026/27, using the results of the joint survey with the Association of Electoral Administrators."],
  ["KD 25/19", "Appointment of the LGA's member of the elections funding advisory panel", "Chair of the Board", "5 February 2026", "Caoimhe Castellane, Head of Elections Policy", "caoimhe.castellane@local.gov.uk, 020 7946 0318", "Yes - the report contains personal information about the councillors nominated", "To appoint a councillor to represent the LGA on the Government's elections funding advisory panel for two years."],
  ["KD 25/20", "Youth democracy schemes: national standards", BOARD, "26 March 2026", "Kwesi Trefusis, Policy Adviser (Youth Democracy)", "kwesi.trefusis@local.gov.uk, 020 7946 0488", "No", "To agree voluntary national standards for the youth councils and young mayor schemes that councils run."],
  ["KD 25/21", "Member development charter: accreditation fees from April 2026", "Director, Local Democracy", "31 March 2026", "Benedict Stonehewer, Head of Member Development", "benedict.stonehewer@local.gov.uk, 020 7946 0329", "No", "To set the fees that councils pay for accreditation and reaccreditation under the member development charter from 1 April 2026."],
  ["KD 25/22", "Councillor Candidate Diversity Fund 2026/27: size of fund and criteria", BOARD, "9 July 2026", "Yetunde Oyebanji-Holm, Senior Adviser (Candidate Diversity)", "yetunde.oyebanji-holm@local.gov.uk, 020 7946 0376", "No", "To agree the size of the fund and the criteria for 2026/27, with a report on how councils spent their grants for 2025/26."],
];
const BREAK_IN = "KD 25/17"; // the page break falls inside this block ...
const BREAK_AFTER = "Decision maker:"; // ... after this field
const FOOT1 = "Forward plan of key decisions - version 4 - 14 November 2025";
const HEAD2 = "LOCAL DEMOCRACY AND ELECTIONS BOARD - FORWARD PLAN (continued)";
const END = "END OF PLAN";

// ---------------------------------------------------------------- checks
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
let prev = 0;
for (const it of ITEMS) {
  const [d, m, y] = it[3].split(" ");
  const t = Date.UTC(+y, MONTHS.indexOf(m), +d);
  if (t < prev) throw new Error("items not in date order: " + it[0]);
  prev = t;
  if (it[2] === BOARD && DAYS[new Date(t).getUTCDay()] !== "Thursday") throw new Error("Board decision not on a Thursday: " + it[0]);
}

// ---------------------------------------------------------------- wrapping
const wrap = (text, width, first = "", rest = "") => {
  const out = [];
  let cur = first;
  let empty = true;
  for (const w of text.split(" ")) {
    if (!empty && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = rest + w;
    } else cur = empty ? cur + w : cur + " " + w;
    empty = false;
  }
  out.push(cur);
  return out;
};
const field = (label, value, col) => wrap(value, WIDTH, label.padEnd(col), " ".repeat(col));
const RULE = "-".repeat(WIDTH);
const footer = (n) => {
  const right = `Page ${n} of 2`;
  return FOOT1 + " ".repeat(WIDTH - FOOT1.length - right.length) + right;
};

const D = [...HEAD, ""];
const R = HEAD.filter(Boolean);
for (const [l, v] of META) {
  D.push(...field(l, v, 13));
  R.push(`${l} ${v}`);
}
D.push("", ABOUT_H, "");
R.push(ABOUT_H);
for (const p of ABOUT) {
  D.push(...wrap(p, WIDTH), "");
  R.push(p);
}
let pageLines = null;
for (const it of ITEMS) {
  D.push(RULE);
  it.forEach((v, k) => {
    D.push(...field(LABELS[k], v, 19));
    R.push(`${LABELS[k]} ${v}`);
    if (it[0] === BREAK_IN && LABELS[k] === BREAK_AFTER) {
      D.push("", footer(1));
      pageLines = D.length;
      D.push("\f" + HEAD2, "");
    }
  });
}
D.push(RULE, "", END, "", footer(2));
R.push(END);
for (const l of D) if (l.replace("\f", "").length > WIDTH) throw new Error("line over width: " + l);
if (!pageLines || pageLines > 72) throw new Error(`page 1 has ${pageLines} lines`);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), D.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${D.length} lines, page 1 of ${pageLines}) and text/${BASE}.txt`);
