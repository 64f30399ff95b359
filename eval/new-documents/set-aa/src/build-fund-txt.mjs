// Builds docs/allotments-community-growing-panel-growing-spaces-fund-progress-2030-04-24.txt (the LGA Allotments and
// Community Growing Panel, Wednesday 24 April 2030, item 7: "Growing Spaces Fund 2029/30: progress at 31 March 2030"
// by Nkechi Ibbotson) and its plain-text rendering text/<same base>.txt from the same content.
//
//   node src/build-fund-txt.mjs
//
// Layout: a board paper PRINTED TO A TEXT FILE BY THE REPORT SYSTEM, as a line printer would page it: 108 columns,
// 66 LINES A PAGE, PAGES SEPARATED BY FORM FEEDS (\f); EVERY PAGE STARTS WITH THE SAME RUNNING HEADER (the Panel
// and the meeting date on one line, the item and title on the next, a rule of "=") AND ENDS WITH THE SAME FOOTER (a
// rule of "-", then "Printed from the LGA report system on 11 April 2030" and "Page n of 5"), padded with blank
// lines. On page 1 a capitalised title and a front sheet of labels padded to column 32, the values wrapped under
// themselves; numbered paragraphs hard-wrapped with a hanging indent; side headings underlined with "-".
// TABLE 2 (the 18 grants) IS A FIXED-WIDTH TABLE WITH A TWO-LINE COLUMN HEADING AND A RULE OF DASHED SEGMENTS UNDER
// IT; ITS CELLS WRAP WITHIN THEIR COLUMN (council names and projects over two or three physical lines, the other
// columns blank on the continuation lines, a blank line between rows); IT RUNS OVER TWO PAGE BREAKS WITHOUT ITS
// COLUMN HEADINGS BEING REPEATED, AND ONE ROW IS CUT BY A PAGE BREAK: its first lines at the foot of one page, the
// rest of its wrapped cells at the top of the next, under the running header (checked by the builder). Tables 1, 3
// and 4 are single-line fixed-width tables; amounts in pounds without "£" (it is in the headings), a withdrawn
// grant in brackets in Table 4; table notes "(a)", "(b)".
// Rendering: the page furniture (running headers, footers, form feeds, padding) dropped; title and headings as
// lines (their underlines dropped); front sheet "Label: value" lines with the wrapped value joined, "(a)"–"(d)" one a
// line; each numbered paragraph unwrapped onto one line with its number; each table row as its cells joined with
// " | " – a wrapped cell's lines joined with a space, THE ROW CUT BY THE PAGE BREAK JOINED AS ONE ROW – and the
// rules dropped; notes one a line.
// Synthetic test fixture: the Fund, grants, councils' projects, people and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "allotments-community-growing-panel-growing-spaces-fund-progress-2030-04-24";
const WIDTH = 108, PAGE_LINES = 66;

// ---------------------------------------------------------------- data
// [ref, council, project, award, paid, planned, done, status, due, note?]
const GRANTS = [
  ["GSF-01", "Barnsley Metropolitan Borough Council", "Kendray: clear and restore 40 derelict plots", 32000, 32000, 40, 40, "Complete", "28 Feb 2030"],
  ["GSF-02", "Bristol City Council", "Novers Hill: new site of 36 plots with accessible paths", 41500, 20750, 36, 0, "On track", "28 Jun 2030"],
  ["GSF-03", "Cheshire West and Chester Council", "Blacon: water supply and 24 restored plots", 27600, 27600, 24, 24, "Complete", "31 Jan 2030"],
  ["GSF-04", "Derby City Council", "Chaddesden Park: new site of 52 plots and a community growing hub", 49000, 24500, 52, 0, "Delayed", "31 May 2030"],
  ["GSF-05", "Dorset Council", "Lorton Lane, Weymouth: 30 half plots and raised beds", 29800, 29800, 30, 30, "Complete", "15 Mar 2030"],
  ["GSF-06", "East Riding of Yorkshire Council", "Driffield: 28 starter plots on former nursery land", 24900, 12450, 28, 0, "On track", "28 Jun 2030"],
  ["GSF-07", "Hull City Council", "Sutton Fields: drainage and 44 restored plots", 37200, 18600, 44, 18, "On track", "31 Jul 2030"],
  ["GSF-08", "Leicester City Council", "Aylestone Meadows: 20 accessible raised-bed plots", 22500, 22500, 20, 20, "Complete", "28 Feb 2030"],
  ["GSF-09", "Newcastle City Council", "Walker Riverside: new site of 60 plots", 50000, 25000, 60, 0, "Delayed", "28 Jun 2030"],
  ["GSF-10", "North Northamptonshire Council", "Thoroughfare, Corby: 45 plots brought back into use", 31000, 15500, 45, 12, "On track", "28 Jun 2030"],
  ["GSF-11", "Plymouth City Council", "Whitleigh: 33 plots on a former garage site", 38500, 0, 33, 0, "Withdrawn", "–"],
  ["GSF-12", "Reading Borough Council", "Whitley Wood: 26 restored plots and an accessible toilet", 30400, 15200, 26, 10, "On track", "31 May 2030"],
  ["GSF-13", "Salford City Council", "Ordsall: community growing site with 18 plots", 26000, 0, 18, 0, "Not started", "30 Sep 2030"],
  ["GSF-14", "Sheffield City Council", "Parson Cross: plots restored after subsidence", 54000, 27000, "58 (a)", 0, "Delayed", "31 May 2030"],
  ["GSF-15", "Somerset Council", "Priorswood, Taunton: 32 plots and rainwater harvesting", 33700, 33700, 32, 32, "Complete", "29 Mar 2030"],
  ["GSF-16", "Telford and Wrekin Council", "Ketley: 38 starter and half plots", 31500, 15750, 38, 20, "On track", "28 Jun 2030"],
  ["GSF-17", "Wakefield Council", "Lupset: 42 plots and a shared tool store", 36800, 18400, 42, 22, "On track", "31 May 2030"],
  ["GSF-18", "Wiltshire Council", "Hilperton Road, Trowbridge: 35 new plots", 32000, 16000, 35, 4, "On track", "31 Jul 2030"],
];
const RESERVE = [
  ["1", "GSF-R1", "Stoke-on-Trent City Council", "Meir: 30 new plots", 41000, 30, 68],
  ["2", "GSF-R2", "Great Yarmouth Borough Council", "Gorleston: 22 new plots", 24000, 22, 64],
];
const FUND = 650000, CONTINGENCY = 21600;
const planned = (g) => (typeof g[5] === "number" ? g[5] : parseInt(g[5], 10));

// ---------------------------------------------------------------- checks and totals
const sum = (a) => a.reduce((x, y) => x + y, 0);
const money = (n) => n.toLocaleString("en-GB");
const awarded = sum(GRANTS.map((g) => g[3]));
if (awarded !== 628400 || awarded + CONTINGENCY !== FUND) throw new Error("awards " + awarded);
const live = GRANTS.filter((g) => g[7] !== "Withdrawn");
const paid = sum(GRANTS.map((g) => g[4]));
const byStatus = {};
for (const g of GRANTS) {
  const s = (byStatus[g[7]] ??= { n: 0, award: 0, paid: 0, planned: 0, done: 0 });
  s.n++; s.award += g[3]; s.paid += g[4]; s.planned += planned(g); s.done += g[6];
}
const ST = ["Complete", "On track", "Delayed", "Not started", "Withdrawn"];
if (ST.map((s) => byStatus[s].n).join() !== "5,8,3,1,1") throw new Error("status counts");
for (const g of GRANTS) {
  if (g[7] === "Complete" && (g[4] !== g[3] || g[6] !== planned(g))) throw new Error("complete not paid in full " + g[0]);
  if (g[7] !== "Complete" && g[4] > g[3] / 2) throw new Error("paid over half before completion " + g[0]);
  if (["On track", "Delayed"].includes(g[7]) && g[4] !== g[3] / 2) throw new Error("first instalment " + g[0]);
  if (["Not started", "Withdrawn"].includes(g[7]) && g[4] !== 0) throw new Error("paid " + g[0]);
}
const plannedLive = sum(live.map(planned));
const done = sum(GRANTS.map((g) => g[6]));
const paidPct = Math.round((paid / (awarded - 38500)) * 100);
if (628400 - 38500 + 41000 + 19100 !== FUND || CONTINGENCY - 2500 !== 19100) throw new Error("fund position");
const TOTALS = { awarded, paid, plannedLive, done, paidPct };
console.log(JSON.stringify({ ...TOTALS, byStatus }));

// ---------------------------------------------------------------- content
const HEAD1 = ["Allotments and Community Growing Panel", "Wednesday 24 April 2030"];
const HEAD2 = "Item 7 - Growing Spaces Fund 2029/30: progress at 31 March 2030";
const FOOT = "Printed from the LGA report system on 11 April 2030";
const TITLE = "GROWING SPACES FUND 2029/30: PROGRESS AT 31 MARCH 2030";
const FRONT = [
  ["Purpose of report:", ["For decision."]],
  ["Summary:", [`Of the 18 grants awarded from the Growing Spaces Fund in October 2029, 5 projects are complete, 8 are on track, 3 are delayed and 1 has not started; 1 grant has been withdrawn. The Fund has paid £${money(paid)} and ${done} plots have been delivered. The report proposes offering the withdrawn grant to the first bid on the reserve list and extending the completion dates of the three delayed projects.`]],
  ["Recommendations:", [
    "That the Panel:",
    "(a) notes progress on the Growing Spaces Fund at 31 March 2030;",
    "(b) agrees to offer a grant of £41,000 to Stoke-on-Trent City Council (GSF-R1), funded by the £38,500 returned by Plymouth City Council (GSF-11) and £2,500 from the contingency;",
    "(c) agrees to extend the completion dates of GSF-04 (Derby), GSF-09 (Newcastle) and GSF-14 (Sheffield) to 30 September 2030; and",
    "(d) agrees that Sheffield City Council keeps its full award of £54,000 for GSF-14, which will now restore 58 plots instead of 70.",
  ]],
  ["Action:", ["Officers to take forward as directed by the Panel."]],
  ["Contact officer:", ["Nkechi Ibbotson"]],
  ["Position:", ["Grants Manager"]],
  ["Phone no:", ["020 7946 0556"]],
  ["Email:", ["nkechi.ibbotson@local.gov.uk"]],
  ["Is this report confidential?", ["No"]],
];
// body items: ["h", text] | ["p", n, text] | ["t1"] | ["t2"] | ["t3"] | ["t4"] | ["note", text]
const BODY = [
  ["h", "Background"],
  ["p", "1.", `The Growing Spaces Fund gives capital grants to councils to bring derelict allotment plots back into use and to create new allotment sites. The Fund has £650,000 for 2029/30. On 17 October 2029 the Panel awarded 18 grants totalling £628,400 in round 1 and kept £21,600 as a contingency. It also agreed a reserve list of two bids, to be offered a grant in order if an award was withdrawn.`],
  ["p", "2.", "Councils must complete their projects and claim their grant by 31 March 2031. Grants are paid in two instalments: half when works start, and the rest on completion against evidence of spending."],
  ["p", "3.", "This report sets out progress at 31 March 2030, the end of the programme's first six months. Table 1 summarises the position by status and Table 2 gives each grant."],
  ["h", "Progress at 31 March 2030"],
  ["p", "4.", `Five projects are complete and have delivered ${byStatus.Complete.done} plots. Eight are on track and have delivered ${byStatus["On track"].done} plots so far. Three are delayed: Derby (GSF-04), Newcastle (GSF-09) and Sheffield (GSF-14). Salford's project (GSF-13) has not started, by agreement: its start was moved to June 2030 to avoid the bird nesting season, and it is not late against its agreed completion date. One grant has been withdrawn: Plymouth (GSF-11).`],
  ["p", "5.", `The Fund has paid £${money(paid)} to councils, ${paidPct} per cent of the £${money(awarded - 38500)} now committed to round 1 projects. The 17 projects still going ahead will create or restore ${plannedLive} plots, of which ${done} had been delivered by 31 March 2030.`],
  ["t1"],
  ["t2"],
  ["h", "Delayed projects"],
  ["p", "6.", "GSF-04, Derby City Council (Chaddesden Park). The council's contractor went into administration in January 2030, after the site had been cleared. A new contractor was appointed on 2 April 2030 and works will restart in May. The council now expects to complete the project by 31 July 2030."],
  ["p", "7.", "GSF-09, Newcastle City Council (Walker Riverside). A planning condition requires a contaminated land survey before the new site can be laid out. The survey, completed in March 2030, found lead in the soil on part of the site, and remediation will take about ten weeks. The council expects to complete the project in September 2030."],
  ["p", "8.", "GSF-14, Sheffield City Council (Parson Cross). Ground investigation found old mine workings under 12 of the 70 plots the project was to restore. Those plots cannot be brought back into use, so the project will now restore 58 plots. The council has asked to keep the full award of £54,000 to pay for the extra investigation and for raised beds on the stable part of the site. It expects to complete the project in September 2030."],
  ["p", "9.", "Officers recommend extending the completion dates of all three delayed projects to 30 September 2030. The final date for claiming grant, 31 March 2031, is not affected."],
  ["h", "Withdrawn grant and the reserve list"],
  ["p", "10.", "On 11 March 2030 Plymouth City Council withdrew its project at Whitleigh (GSF-11, £38,500), because the housing association that owns the site withdrew its offer of a lease. No grant had been paid."],
  ["p", "11.", "The first bid on the reserve list is Stoke-on-Trent City Council's project at Meir (GSF-R1), which asked for £41,000 to create 30 plots and scored 68 out of 100. Officers recommend offering it the full £41,000: the £38,500 returned by Plymouth and £2,500 from the contingency. If Stoke-on-Trent cannot start works by 30 September 2030, the offer would pass to the second reserve bid, Great Yarmouth Borough Council (GSF-R2)."],
  ["t3"],
  ["h", "Financial implications"],
  ["p", "12.", "Table 4 shows the Fund's position if the Panel agrees recommendation (b). The Fund is capital and unspent grant can be carried forward to 2030/31 under the grant conditions, so no money lapses at 31 March 2030."],
  ["t4"],
  ["h", "Next steps"],
  ["p", "13.", "Officers will report progress again on 17 July 2030, with proposals for round 2 of the Fund in 2030/31. The Government has not yet confirmed the budget for round 2."],
  ["p", "14.", "Officers will visit the three delayed projects before the July meeting, and will publish case studies of the five completed projects on the LGA website in May 2030."],
];
const T1_TITLE = "Table 1: Grants by status at 31 March 2030";
const T1_HEAD = ["Status", "Grants", "Awarded (£)", "Paid (£)", "Plots planned", "Plots delivered"];
const T1_ROWS = [...ST.map((s) => [s, byStatus[s].n, byStatus[s].award, byStatus[s].paid, byStatus[s].planned, byStatus[s].done]),
  ["Total", GRANTS.length, awarded, paid, sum(GRANTS.map(planned)), done]];
const T1_NOTE = "Plots planned for GSF-14 are the revised 58 (paragraph 8). The total includes the 33 plots of the withdrawn grant, GSF-11, which will not now be delivered.";
const T2_TITLE = "Table 2: Round 1 grants at 31 March 2030";
const T2_COLS = [["Ref", ""], ["Council", ""], ["Project", ""], ["Award", "(£)"], ["Paid", "(£)"], ["Plots", "planned"], ["Plots", "done"], ["Status", ""], ["Completion", "due"]];
const T2_W = [7, 18, 25, 8, 8, 7, 5, 11, 11];
const T2_RIGHT = [false, false, false, true, true, true, true, false, false];
const T2_NOTES = [
  "(a) Reduced from 70 plots: see paragraph 8.",
  "Completion due is the date in the grant offer letter. Paid is the grant paid to 31 March 2030.",
];
const T3_TITLE = "Table 3: Reserve list agreed on 17 October 2029";
const T3_HEAD = ["Order", "Ref", "Council", "Project", "Bid (£)", "Plots", "Score"];
const T4_TITLE = "Table 4: Fund position if recommendation (b) is agreed";
const T4_HEAD = ["", "£"];
const T4 = [
  ["Growing Spaces Fund 2029/30", "650,000"],
  ["Round 1 grants awarded on 17 October 2029", "628,400"],
  ["Grant withdrawn (GSF-11, Plymouth)", "(38,500)"],
  ["Proposed grant to GSF-R1 (Stoke-on-Trent)", "41,000"],
  ["Contingency remaining", "19,100"],
];
const T4_NOTE = "Until recommendation (b) is agreed, the contingency is £21,600.";

// ---------------------------------------------------------------- layout helpers
const wrap = (s, w) => {
  const out = [];
  let line = "";
  for (const word of s.split(" ")) {
    if (line && (line + " " + word).length > w) { out.push(line); line = word; }
    else line = line ? line + " " + word : word;
  }
  if (line) out.push(line);
  for (const l of out) if (l.length > w) throw new Error("word too long: " + l);
  return out;
};
const pad = (s, w, right) => (right ? String(s).padStart(w) : String(s).padEnd(w));
const fmt = (v) => (typeof v === "number" ? money(v) : String(v));
const body = []; // lines of the body, before paging
const grp = []; // the keep-together group of each line (null: may be split)
let G = null;
const push = (...ls) => { for (const l of ls) { body.push(l); grp.push(G); } };
const R = []; // rendering
const blank = () => push("");
push(TITLE);
R.push(TITLE);
blank();
const LAB = 31;
for (const [lab, vals] of FRONT) {
  vals.forEach((v, i) => {
    const ls = wrap(v, WIDTH - LAB - (i > 0 && /^\(/.test(v) ? 4 : 0));
    ls.forEach((l, k) => {
      const ind = i > 0 && /^\(/.test(v) && k > 0 ? 4 : 0;
      push((i === 0 && k === 0 ? lab.padEnd(LAB) : " ".repeat(LAB + ind)) + l);
    });
    R.push(i === 0 ? `${lab} ${v}` : v);
  });
}
blank();
const table = (title, head, rows, widths, right) => {
  push(title);
  R.push(title);
  blank();
  push(head.map((h, i) => pad(h, widths[i], right[i])).join("   ").trimEnd());
  push(widths.map((w) => "-".repeat(w)).join("   "));
  R.push(head.filter((h) => h).join(" | "));
  for (const r of rows) {
    const cells = r.map(fmt);
    cells.forEach((c, i) => { if (c.length > widths[i]) throw new Error("cell too wide: " + c); });
    push(cells.map((c, i) => pad(c, widths[i], right[i])).join("   ").trimEnd());
    R.push(cells.filter((c) => c).join(" | "));
  }
};
let splitRowRef = null;
const t2RowStarts = [];
for (const b of BODY) {
  if (b[0] === "h") {
    G = "h" + b[1];
    blank();
    push(b[1], "-".repeat(b[1].length));
    blank();
    R.push(b[1]);
  } else if (b[0] === "p") {
    wrap(b[2], WIDTH - 6).forEach((l, k) => push((k === 0 ? b[1].padEnd(6) : " ".repeat(6)) + l));
    G = null;
    blank();
    R.push(`${b[1]} ${b[2]}`);
  } else if (b[0] === "t1") {
    G = "t1";
    table(T1_TITLE, T1_HEAD, T1_ROWS, [12, 6, 11, 10, 13, 15], [false, true, true, true, true, true]);
    for (const l of wrap(T1_NOTE, WIDTH)) push(l);
    R.push(T1_NOTE);
    G = null;
    blank();
  } else if (b[0] === "t2") {
    G = "t2";
    push(T2_TITLE);
    R.push(T2_TITLE);
    blank();
    for (const k of [0, 1]) push(T2_COLS.map((c, i) => pad(c[k], T2_W[i], T2_RIGHT[i])).join(" ").trimEnd());
    push(T2_W.map((w) => "-".repeat(w)).join(" "));
    R.push(T2_COLS.map((c) => (c[0] + " " + c[1]).trim()).join(" | "));
    for (const g of GRANTS) {
      const cells = g.map(fmt).map((c, i) => ([1, 2].includes(i) ? wrap(c, T2_W[i]) : [c]));
      cells.forEach((c, i) => c.forEach((x) => { if (x.length > T2_W[i]) throw new Error("cell too wide " + x); }));
      const h = Math.max(...cells.map((c) => c.length));
      t2RowStarts.push({ ref: g[0], at: body.length, h });
      for (let k = 0; k < h; k++) push(cells.map((c, i) => pad(c[k] ?? "", T2_W[i], T2_RIGHT[i])).join(" ").trimEnd());
      G = null;
      blank();
      R.push(cells.map((c) => c.join(" ")).join(" | "));
    }
    body.pop();
    push(T2_W.map((w) => "-".repeat(w)).join(" "));
    for (const n of T2_NOTES) { push(n); R.push(n); }
    blank();
  } else if (b[0] === "t3") {
    G = "t3";
    table(T3_TITLE, T3_HEAD, RESERVE, [5, 6, 30, 23, 7, 5, 5], [false, false, false, false, true, true, true]);
    G = null;
    blank();
  } else if (b[0] === "t4") {
    G = "t4";
    table(T4_TITLE, T4_HEAD, T4, [44, 9], [false, true]);
    push(T4_NOTE);
    R.push(T4_NOTE);
    G = null;
    blank();
  }
}
while (body.length && body.at(-1) === "") body.pop();
for (const l of body) if (l.length > WIDTH) throw new Error("line too long: " + l);

// ---------------------------------------------------------------- pages
const HEADER = (n) => [HEAD1[0] + HEAD1[1].padStart(WIDTH - HEAD1[0].length), HEAD2, "=".repeat(WIDTH), ""];
const FOOTER = (n, N) => ["", "-".repeat(WIDTH), FOOT + `Page ${n} of ${N}`.padStart(WIDTH - FOOT.length)];
const PER = PAGE_LINES - 4 - 3;
const pages = [];
const where = []; // page index of each body line (-1: a blank line dropped at the top of a page)
let cur = [];
for (let i = 0; i < body.length; i++) {
  if (body[i] === "" && cur.length === 0) { where.push(-1); continue; }
  if (grp[i] && grp[i] !== grp[i - 1]) {
    let n = 0;
    while (grp[i + n] === grp[i]) n++;
    if (n > PER - cur.length && n <= PER) { pages.push(cur); cur = []; }
  }
  cur.push(body[i]);
  where.push(pages.length);
  if (cur.length === PER) { pages.push(cur); cur = []; }
}
if (cur.length) pages.push(cur);
// a page never starts with a blank line
const N = pages.length;
if (N < 4 || N > 6) throw new Error("pages: " + N);
const out = pages.map((p, i) => {
  const lines = [...HEADER(i + 1), ...p];
  while (lines.length < PAGE_LINES - 3) lines.push("");
  return [...lines, ...FOOTER(i + 1, N)].join("\n");
});
// the table runs over page breaks, and exactly one of its rows is cut by a break
const cut = t2RowStarts.filter((r) => where[r.at] !== where[r.at + r.h - 1]);
const spans = new Set(t2RowStarts.map((r) => where[r.at])).size - 1;
if (cut.length !== 1 || spans < 1) throw new Error(`table over ${spans} breaks, rows cut: ${cut.map((c) => c.ref)}`);
splitRowRef = cut[0].ref;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), out.join("\n\f") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${N} pages, row cut by a page break: ${splitRowRef}) and text/${BASE}.txt (${R.length} lines)`);
