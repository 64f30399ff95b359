// Builds docs/children-not-in-school-task-group-budget-2077-78-p6.csv and its rendering
// text/children-not-in-school-task-group-budget-2077-78-p6.txt from the same content.
//
// Layout: a budget monitoring export from a finance system: SEMICOLON-delimited, UTF-8 with a BYTE-ORDER
// MARK, CRLF line ends, and TWO HEADER ROWS - a group row holding only the quarter labels ("Q1 Apr-Jun;;
// Q2 Jul-Sep;;...") over a field row ("Profile;Actual;Profile;Actual;..."), so each quarter is a pair of
// columns named only by the row above. Amounts in whole pounds with thousands separators, no £ sign;
// quarters not yet reached have empty Actual cells; comments that hold a semicolon are quoted; a Total row
// at the end. Period 6 (to 30 September 2077), exported 11 October 2077.
// Synthetic test fixture: the body, people, figures and decisions are invented.
//
//   node src/build-budget-csv.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "children-not-in-school-task-group-budget-2077-78-p6";

// [cost centre, line, holder, budget, [q1 profile, q1 actual], [q2 p, a], [q3 p], [q4 p], forecast, comment]
const lines = [
  ["CY4410", "CNIS officer time and programme management", "Lorna Menzies", 32000, [8000, 7850], [8000, 8120], 8000, 8000, 32000, ""],
  ["CY4411", "CNIS pilot grant - Wirral", "Eleri Jaggard", 18000, [9000, 9000], [0, 0], 4500, 4500, 18000, ""],
  ["CY4412", "CNIS pilot grant - Norfolk", "Eleri Jaggard", 18000, [9000, 9000], [0, 0], 4500, 4500, 18000, ""],
  ["CY4413", "CNIS pilot grant - Leicester", "Eleri Jaggard", 18000, [9000, 0], [0, 9000], 4500, 4500, 18000, "First instalment paid July (agreement signed 6 July)"],
  ["CY4414", "CNIS pilot grant - Cornwall", "Eleri Jaggard", 18000, [9000, 9000], [0, 0], 4500, 4500, 22500, "Extension to 31/01/78 agreed by Task Group 22/09/77; extra 4,500 from contingency (CY4490), virement not yet processed"],
  ["CY4415", "CNIS pilot grant - Hounslow", "Eleri Jaggard", 18000, [9000, 9000], [0, 0], 4500, 4500, 18000, ""],
  ["CY4420", "CNIS EHE survey and research", "Owain Livesey", 40000, [10000, 4200], [20000, 18650], 6000, 4000, 36500, "Fieldwork contract came in under quote"],
  ["CY4430", "CNIS webinars and events", "Zara Nadeem", 12000, [2000, 1640], [3000, 3380], 4000, 3000, 12000, ""],
  ["CY4440", "CNIS councillor briefing - design and print", "Eleri Jaggard", 6000, [1000, 950], [5000, 5730], 0, 0, 6680, "Reprint of 2,000 copies after a correction to page 7"],
  ["CY4450", "CNIS members' travel and subsistence", "Tomasz Haslam", 4000, [1000, 410], [1000, 1120], 1000, 1000, 3000, "Most members attend online"],
  ["CY4490", "CNIS contingency", "Lorna Menzies", 6000, [0, 0], [0, 0], 0, 6000, 1500, "4,500 committed to Cornwall pilot extension (CY4414)"],
];
const sum = (f) => lines.reduce((s, l) => s + f(l), 0);
const tot = {
  budget: sum((l) => l[3]),
  q1p: sum((l) => l[4][0]), q1a: sum((l) => l[4][1]),
  q2p: sum((l) => l[5][0]), q2a: sum((l) => l[5][1]),
  q3p: sum((l) => l[6]), q4p: sum((l) => l[7]),
  fc: sum((l) => l[8]),
};
// each line's quarterly profile adds up to its budget
for (const l of lines) if (l[4][0] + l[5][0] + l[6] + l[7] !== l[3]) throw new Error("profile " + l[0]);
if (tot.budget !== 190000) throw new Error("budget " + tot.budget);
if (tot.fc !== 186180) throw new Error("forecast " + tot.fc);
if (tot.fc - tot.budget !== -3820) throw new Error("variance");
// the June paper's budget lines (build-tor-txt.mjs) are the same
const june = { pilots: 90000, survey: 40000, officer: 32000, events: 12000, briefing: 6000, travel: 4000, contingency: 6000 };
if (sum((l) => (l[1].includes("pilot grant") ? l[3] : 0)) !== june.pilots) throw new Error("pilots");

const n = (v) => (v === "" || v === null ? "" : v.toLocaleString("en-GB"));
const header1 = ["", "", "", "", "Q1 Apr-Jun", "", "Q2 Jul-Sep", "", "Q3 Oct-Dec", "", "Q4 Jan-Mar", "", "", "", ""];
const header2 = ["Cost centre", "Budget line", "Budget holder", "Budget 2077/78", "Profile", "Actual", "Profile", "Actual", "Profile", "Actual", "Profile", "Actual", "Forecast outturn", "Variance (forecast less budget)", "Comment"];
const rows = [header1, header2];
for (const l of lines)
  rows.push([l[0], l[1], l[2], n(l[3]), n(l[4][0]), n(l[4][1]), n(l[5][0]), n(l[5][1]), n(l[6]), "", n(l[7]), "", n(l[8]), n(l[8] - l[3]), l[9]]);
rows.push(["", "Total", "", n(tot.budget), n(tot.q1p), n(tot.q1a), n(tot.q2p), n(tot.q2a), n(tot.q3p), "", n(tot.q4p), "", n(tot.fc), n(tot.fc - tot.budget), ""]);
if (rows.some((r) => r.length !== 15)) throw new Error("width");

const field = (s) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = "\ufeff" + rows.map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".csv"), csv);
// rendering: the grid as a spreadsheet shows it, one row a line, cells joined with " | " (empty cells kept)
writeFileSync(join(root, "text", BASE + ".txt"), rows.map((r) => r.join(" | ").replace(/\s+$/, "")).join("\n") + "\n");
console.log("wrote", BASE, JSON.stringify(tot));
