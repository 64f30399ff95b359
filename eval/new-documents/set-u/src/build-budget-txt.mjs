// Builds docs/public-toilets-changing-places-working-group-budget-outturn-2027-28.txt (the LGA Public Toilets and
// Changing Places Working Group, Wednesday 14 June 2028, item 6: "Budget 2027/28: provisional outturn") and its
// rendering text/public-toilets-changing-places-working-group-budget-outturn-2027-28.txt.
//
//   node src/build-budget-txt.mjs
//
// Layout: a board paper saved as plain text (UTF-8, LF): heading lines in capitals, the front sheet as labels
// padded with spaces to a column (one line each, values not wrapped), section headings underlined with "-",
// numbered paragraphs one line each, and two SPACE-ALIGNED tables with a dashed rule under the header (numbers
// right-aligned, variances as "-6,700" / "+400", a Total line whose first cell is blank), then notes.
// Rendering: each line with its padding reduced: "Label: value"; table rows as cells joined with " | " (the rules
// dropped); headings as they are; underlines dropped.
// Synthetic test fixture: the people, budget lines and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "public-toilets-changing-places-working-group-budget-outturn-2027-28";

const TOP = ["PUBLIC TOILETS AND CHANGING PLACES WORKING GROUP", "14 June 2028", "Item 6"];
const TITLE = "BUDGET 2027/28: PROVISIONAL OUTTURN";
const FRONT = [
  ["Purpose of report:", "For noting."],
  ["Summary:", "The Working Group's budget for 2027/28 was £303,000. The provisional outturn is £295,500, an underspend of £7,500 (2.5 per cent). The forecast at quarter 3 was an underspend of £14,200; the difference is mainly extra work on the open toilet data standard in March 2028. The Changing Places Accelerator Fund is a separate government grant and is reported in Table 2."],
  ["Recommendation:", "That the Working Group notes the provisional outturn for 2027/28."],
  ["Action:", "None."],
  ["Contact officer:", "Anjali Verrall"],
  ["Position:", "Finance Business Partner"],
  ["Phone no:", "020 7946 0571"],
  ["Email:", "anjali.verrall@local.gov.uk"],
];
const S1 = ["Background", [
  "1. The Working Group's budget for 2027/28 was set at £303,000 in March 2027 and covers staffing, the research and support programme agreed in the work programme, and member costs. The figures below are provisional until the LGA's accounts for 2027/28 are audited in July 2028.",
  "2. Table 1 shows each budget head with its budget, the forecast reported at quarter 3 (8 March 2028) and the provisional outturn. Variance is the outturn less the budget: a minus sign is an underspend and a plus sign an overspend.",
]];
const T1_CAP = "Table 1: Working Group budget 2027/28, provisional outturn (£)";
const T1_HEAD = ["Code", "Budget head", "Budget", "Q3 forecast", "Outturn", "Variance"];
const T1 = [
  ["PTB1", "Staffing (2.6 FTE)", 168000, 160500, 161300],
  ["PTB2", "Public toilet provision survey 2028", 30000, 28500, 28500],
  ["PTB3", "Webinars and events", 12000, 10000, 9850],
  ["PTB4", "Community toilet scheme toolkit", 15000, 15000, 15400],
  ["PTB5", "Open toilet data standard", 40000, 38000, 46200],
  ["PTB6", "Peer reviews of toilet strategies", 24000, 24000, 22750],
  ["PTB7", "Member costs and meetings", 6000, 5000, 3900],
  ["PTB8", "Communications", 8000, 7800, 7600],
];
const S2 = ["Explanation of the main variances", [
  "3. Staffing (PTB1), -6,700. The Policy Adviser (Data) post was vacant from April to June 2027. Agency cover for part of that time cost £9,800.",
  "4. Open toilet data standard (PTB5), +6,200. The supplier, Rimmington Data Services Ltd, worked 14 extra days in March 2028 to build a tool that checks councils' toilet data before it is published. The Head of Neighbourhoods and Place agreed the extra work on 6 March 2028. This is the main reason the outturn is £6,700 above the quarter 3 forecast.",
  "5. Webinars and events (PTB3), -2,150, and member costs (PTB7), -2,100. Four of the six webinars and the November 2027 meeting were held online, which saved venue and travel costs.",
  "6. Public toilet provision survey 2028 (PTB2), -1,500. The contract with Varley Hinchcliffe Research Ltd was let at £28,500 and paid in full in March 2028, ahead of the survey opening on 3 April 2028.",
]];
const S3 = ["Changing Places Accelerator Fund", [
  "7. The fund is a ring-fenced grant of £1,500,000 from government for 2027/28 and 2028/29. It is held separately from the Working Group's budget, and any money not awarded must be returned to government.",
]];
const T2_CAP = "Table 2: Changing Places Accelerator Fund at 31 March 2028 (£)";
const T2 = [
  ["Grant from government, 2027/28 and 2028/29", 1500000],
  ["Round 1 awards (19 councils, September 2027)", 760000],
  ["Round 1 paid to 31 March 2028", 642000],
  ["Round 1 still to pay", 118000],
  ["Available for round 2", 740000],
];
const S4 = ["", [
  "8. Grants are paid in two halves: the first when the grant agreement is signed and the second when the toilet opens. The £118,000 still to pay on round 1 is £79,000 due to the four councils whose toilets were not open at 31 March 2028 and £39,000 of final claims from councils whose toilets opened in March 2028.",
]];
const S5 = ["2028/29", [
  "9. The Working Group's budget for 2028/29 is £309,000, agreed as part of the LGA's budget in March 2028. The underspend for 2027/28 returns to the LGA's general reserve and is not carried forward.",
]];
const S6 = ["Implications for Wales", ["10. None."]];

// ---------------------------------------------------------------- checks
const sum = (i) => T1.reduce((a, r) => a + r[i], 0);
if (sum(2) !== 303000 || sum(3) !== 288800 || sum(4) !== 295500) throw new Error(`totals ${sum(2)} ${sum(3)} ${sum(4)}`);
if (303000 - 288800 !== 14200 || 303000 - 295500 !== 7500 || Math.round((7500 / 303000) * 1000) / 10 !== 2.5 || 295500 - 288800 !== 6700) throw new Error("arithmetic");
if (1500000 - 760000 !== 740000 || 760000 - 642000 !== 118000 || (40000 + 45000 + 38000 + 35000) / 2 !== 79000 || 79000 + 39000 !== 118000) throw new Error("fund arithmetic");
const money = (n) => n.toLocaleString("en-GB");
const sgn = (n) => (n > 0 ? "+" : n < 0 ? "-" : "") + money(Math.abs(n));
const rows = T1.map((r) => [r[0], r[1], money(r[2]), money(r[3]), money(r[4]), sgn(r[4] - r[2])]);
for (const [k, ps] of [S2]) for (const p of ps) { const m = p.match(/\((PTB\d)\), ([-+]\d{1,3}(?:,\d{3})*)/); if (m && rows.find((r) => r[0] === m[1])[5] !== m[2]) throw new Error("variance in text " + m[0]); }
if (rows[2][5] !== "-2,150" || rows[6][5] !== "-2,100") throw new Error("para 5");
const total = ["", "Total", money(sum(2)), money(sum(3)), money(sum(4)), sgn(sum(4) - sum(2))];

// ---------------------------------------------------------------- text file
const out = [];
const rnd = [];
for (const t of TOP) { out.push(t); rnd.push(t); }
out.push("", TITLE, "");
rnd.push(TITLE);
for (const [l, v] of FRONT) { out.push(l.padEnd(21) + v); rnd.push(`${l} ${v}`); }
out.push("");
const section = ([h, ps]) => {
  if (h) { out.push(h, "-".repeat(h.length), ""); rnd.push(h); }
  for (const p of ps) { out.push(p, ""); rnd.push(p); }
};
section(S1);
const widths = [6, 40, 9, 13, 9, 10];
const right = [false, false, true, true, true, true];
const fmt = (cells) => cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").replace(/\s+$/, "");
out.push(T1_CAP, "", fmt(T1_HEAD), widths.map((w) => "-".repeat(w)).join("  "));
rnd.push(T1_CAP, T1_HEAD.join(" | "));
for (const r of rows) { out.push(fmt(r)); rnd.push(r.join(" | ")); }
out.push(widths.map((w) => "-".repeat(w)).join("  "), fmt(total), "");
rnd.push(total.filter((c) => c).join(" | "));
section(S2);
section(S3);
out.push(T2_CAP, "");
rnd.push(T2_CAP);
for (const [l, v] of T2) { out.push(l.padEnd(50) + money(v).padStart(10)); rnd.push(`${l} | ${money(v)}`); }
out.push("");
section(S4);
section(S5);
section(S6);
out.push("[End of report]");
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), out.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), rnd.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${out.length} lines) and text/${BASE}.txt (${rnd.length} lines)`);
