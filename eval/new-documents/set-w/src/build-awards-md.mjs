// Builds docs/heat-networks-commission-feasibility-fund-round-1-awards-2029-06-20.md (the Heat Networks Commission,
// Wednesday 20 June 2029, item 5: "Heat Network Feasibility Fund 2029/30: round 1 awards", a board paper written
// in Pandoc's markdown) and its plain-text rendering text/<same base>.txt.
//
//   node src/build-awards-md.mjs
//
// Layout: PANDOC MARKDOWN, not CommonMark: a PANDOC TITLE BLOCK ("% title", "% author", "% date" lines, no YAML);
// the front sheet and the scoring criteria and the assessment panel as PANDOC DEFINITION LISTS (a term on its own
// line, the definition on the next line after ":   ", further lines and paragraphs indented by four spaces); the
// recommendations (a)–(c) as lines ended by a BACKSLASH HARD LINE BREAK inside the definition; the background and
// financial paragraphs as an AUTO-NUMBERED FANCY LIST ("#." markers: the numbers 1, 2, 3 … are drawn by Pandoc and
// are not in the file); TABLE 1, THE BIDS, AS CSV IN A FENCED CODE BLOCK (```csv, exported from the grants system:
// a header row, sixteen records, money as quoted "£58,000" fields because of the thousands comma, two project
// names quoted because they contain a comma, empty fields for no score and no award, no total row); notes under
// it; "Next steps" as a bullet list.
// Rendering: the title block lines without "% "; headings without "#"; a definition term as a line and each
// definition paragraph (or hard-broken line) as a line, without ":   " and the backslash; the "#." list items as
// lines without a number; each CSV record as its non-empty fields joined with " | " (quotes removed); bullets
// without "- ". Blank lines dropped.
// Synthetic test fixture: the Fund, the bids, scores and people are invented (the councils are real places).
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "heat-networks-commission-feasibility-fund-round-1-awards-2029-06-20";

// ---------------------------------------------------------------- content
const POT = 450000;
// [ref, council, project, bid, match %, score | null, recommendation, award | null]
const BIDS = [
  ["HNFF-01", "Leeds City Council", "Aire Valley heat zone: business case", 58000, 25, 84, "Recommended", 58000],
  ["HNFF-02", "Gateshead Council", "Team Valley mine water heat network extension", 60000, 30, 81, "Recommended", 60000],
  ["HNFF-03", "Southampton City Council", "Western Docks waste heat recovery study", 45500, 25, 77, "Recommended (reduced)", 38000],
  ["HNFF-04", "Cornwall Council", "Camborne, Pool and Redruth geothermal heat network", 52000, 40, 75, "Recommended", 52000],
  ["HNFF-05", "Stoke-on-Trent City Council", "Etruria Valley deep geothermal: updated feasibility", 39800, 25, 72, "Recommended", 39800],
  ["HNFF-06", "Nottingham City Council", "London Road heat station: low-carbon options", 41200, 35, 69, "Recommended", 41200],
  ["HNFF-07", "Bristol City Council", "Temple Quarter heat network, phase 3", 48000, 25, 66, "Recommended", 48000],
  ["HNFF-08", "Peterborough City Council", "Fengate data centre heat recovery", 33600, 20, 64, "Recommended", 33600],
  ["HNFF-09", "Exeter City Council", "Marsh Barton energy centre study", 29900, 30, 62, "Recommended (reduced)", 24400],
  ["HNFF-10", "Bath and North East Somerset Council", "Bath Riverside river-source heat", 36500, 25, 61, "Recommended", 36500],
  ["HNFF-11", "Sunderland City Council", "Port of Sunderland heat network", 44000, 20, 57, "Reserve (1)", null],
  ["HNFF-12", "City of Lincoln Council", "Lincoln city centre heat network", 27500, 25, 54, "Reserve (2)", null],
  ["HNFF-13", "Kirklees Council", "Huddersfield town centre heat network", 55000, 25, 48, "Not recommended", null],
  ["HNFF-14", "Harlow District Council", "Harlow town park heat pump network", 18200, 15, 41, "Not recommended", null],
  ["HNFF-15", "Wyre Forest District Council", "Kidderminster civic quarter heat study", 35000, 20, 45, "Not recommended", null],
  ["HNFF-16", "Derby City Council", "Derby city centre heat network, phase 2", 26200, 25, null, "Withdrawn", null],
];
const money = (n) => "£" + n.toLocaleString("en-GB");
const totalBid = BIDS.reduce((a, b) => a + b[3], 0);
const awards = BIDS.filter((b) => b[7] !== null);
const totalAward = awards.reduce((a, b) => a + b[7], 0);
const left = POT - totalAward;

const TITLE = "Heat Network Feasibility Fund 2029/30: round 1 awards";
const AUTHOR = "Hebe Catterall, Grants Manager";
const DATE = "Heat Networks Commission, Wednesday 20 June 2029, item 5";
// definition lists: [term, [definition lines...]] ; a line array inside means hard-broken lines of one paragraph
const FRONT = [
  ["Purpose of report", ["For decision."]],
  ["Summary", [`Round 1 of the Heat Network Feasibility Fund closed on Friday 18 May 2029 with 16 bids asking for ${money(totalBid)} against ${money(POT)} available. One bid has since been withdrawn. This report recommends ten awards totalling ${money(totalAward)}, two of them at a reduced amount, places two bids on a reserve list and does not recommend three.`]],
  ["Recommendations", ["That the Commission:", [
    `(a) approves the ten awards in Table 1, totalling ${money(totalAward)};`,
    `(b) agrees the reserve list in the order shown in Table 1, to be funded from the ${money(left)} left unallocated and from any grant that is returned; and`,
    `(c) agrees that any of the ${money(left)} not used for the reserve list by 30 September 2029 is added to round 2.`,
  ]]],
  ["Action", ["Officers to tell councils the outcome by Friday 29 June 2029."]],
  ["Contact officer", [["Hebe Catterall, Grants Manager", "020 7946 0729, hebe.catterall@local.gov.uk"]]],
  ["Is this report confidential?", ["No."]],
];
const BACKGROUND_H = "Background";
const BACKGROUND = [
  "On 7 March 2029 the Commission agreed the criteria for round 1 of the Heat Network Feasibility Fund. The Fund has £750,000 for 2029/30: £450,000 for round 1 and £300,000 for round 2, which opens on 1 October 2029.",
  "Councils could bid for between £15,000 and £60,000 towards feasibility studies, techno-economic assessments and business cases for heat networks, with match funding of at least 20 per cent. The Fund does not pay for legal advice, procurement or construction.",
  "Round 1 opened on Tuesday 3 April and closed on Friday 18 May 2029. Sixteen councils bid, asking for " + money(totalBid) + ". Derby City Council withdrew its bid (HNFF-16) on Wednesday 30 May 2029, after the owner of its main site withdrew.",
];
const SCORING_H = "How bids were scored";
const SCORING_P = "Each bid was scored out of 100 by two officers against five criteria:";
const CRITERIA = [
  ["Need and opportunity (30 points)", ["The heat demand in the area, the buildings that could connect and the sources of low-carbon heat."]],
  ["Deliverability (25 points)", ["A realistic plan and timetable, the council’s capacity and the support of building owners."]],
  ["Carbon savings (20 points)", ["The carbon saved each year if the network is built."]],
  ["Customer benefit (15 points)", ["The likely price of heat to customers and how they would be protected."]],
  ["Value for money (10 points)", ["The cost of the study against what it would show, and the match funding offered."]],
];
const SCORING_AFTER = "Bids scoring 60 or more are recommended, bids scoring 50 to 59 are placed on a reserve list in order of score, and bids scoring below 50 are not recommended. Where the two officers’ scores differed by more than 10 points, the Grants Manager moderated the score.";
const PANEL_H = "Assessment panel";
const PANEL_P = "The Commission appointed the assessment panel on 7 March 2029. It met on Friday 8 June 2029 to agree the scores.";
const PANEL = [
  ["Cllr Saoirse Mulqueen", ["Chair of the panel; Deputy Chair of the Commission (Ashfield District Council, which did not bid)"]],
  ["Cllr Lowri Carwardine", ["Member (Bath and North East Somerset Council). She took no part in scoring HNFF-10, her own council’s bid."]],
  ["Hebe Catterall", ["Grants Manager; moderated scores"]],
  ["Fergus Macquarrie", ["Programme Manager (Zoning Support)"]],
];
const TABLE_H = "Table 1: Round 1 bids and recommendations";
const TABLE_P = "Table 1 is the export from the grants system, in order of reference. Scores are out of 100.";
const HEAD = ["Ref", "Council", "Project", "Bid", "Match funding", "Score", "Recommendation", "Award"];
const NOTES_H = "Notes to Table 1";
const NOTES = [
  "HNFF-03: the award leaves out £7,500 for legal advice on a heat supply agreement, which the Fund does not pay for.",
  "HNFF-09: the award leaves out £5,500 for a business case that Exeter City Council has already funded from its own budget.",
  "HNFF-14: the bid was also ineligible, because its match funding of 15 per cent is below the minimum of 20 per cent.",
  "HNFF-16: withdrawn by the council on 30 May 2029; not scored.",
];
const FIN_H = "Financial implications";
const FIN = [
  `The ten recommended awards total ${money(totalAward)}, leaving ${money(left)} of the ${money(POT)} for round 1 unallocated. The first reserve bid, HNFF-11 (${money(44000)}), could not be funded in full from that sum alone.`,
];
const INT_H = "Declarations of interest";
const INTERESTS = [
  "Cllr Bartholomew Ince declared an interest in the Fund on 7 March 2029 as a non-executive director of Gateshead Energy Company, which is a partner in Gateshead Council’s bid (HNFF-02). Members whose councils have bid should declare their interest at the meeting.",
];
const NEXT_H = "Next steps";
const NEXT = [
  "Councils told the outcome by Friday 29 June 2029.",
  "Grant agreements signed by Friday 27 July 2029.",
  "Studies completed and final reports sent to the LGA by 31 March 2030.",
  "Round 2 open for bids from 1 October to 16 November 2029, with awards recommended to the meeting on 12 December 2029.",
];

// ---------------------------------------------------------------- checks
const rc = BIDS.reduce((a, b) => ((a[b[6]] = (a[b[6]] ?? 0) + 1), a), {});
if (totalBid !== 650400 || totalAward !== 431500 || left !== 18500 || awards.length !== 10) throw new Error(`totals ${totalBid} ${totalAward}`);
if (rc.Recommended !== 8 || rc["Recommended (reduced)"] !== 2 || rc["Reserve (1)"] !== 1 || rc["Reserve (2)"] !== 1 || rc["Not recommended"] !== 3 || rc.Withdrawn !== 1) throw new Error("recs " + JSON.stringify(rc));
for (const [ref, , , bid, match, score, rec, award] of BIDS) {
  if (bid < 15000 || bid > 60000) throw new Error("bid range " + ref);
  if (score === null) { if (rec !== "Withdrawn") throw new Error(ref); continue; }
  const band = match < 20 || score < 50 ? "Not recommended" : score < 60 ? "Reserve" : "Recommended";
  if (!rec.startsWith(band)) throw new Error("band " + ref);
  if (rec === "Recommended" && award !== bid) throw new Error("award " + ref);
}
if (45500 - 38000 !== 7500 || 29900 - 24400 !== 5500) throw new Error("reductions");
if (CRITERIA.reduce((a, [t]) => a + +t.match(/\((\d+) points\)/)[1], 0) !== 100) throw new Error("criteria");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([DATE, FRONT, BACKGROUND, PANEL_P, NEXT, FIN]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
if (new Date(Date.UTC(2029, 3, 3)).getUTCDay() !== 2) throw new Error("Tuesday 3 April");

// ---------------------------------------------------------------- markdown + rendering
const M = [];
const R = [];
M.push(`% ${TITLE}`, `% ${AUTHOR}`, `% ${DATE}`, "");
R.push(TITLE, AUTHOR, DATE);
const deflist = (items) => {
  for (const [term, defs] of items) {
    M.push(term);
    R.push(term);
    defs.forEach((d, i) => {
      const lead = i === 0 ? ":   " : "    ";
      if (i > 0) M.push("");
      if (Array.isArray(d)) {
        d.forEach((l, j) => M.push((j === 0 ? lead : "    ") + l + (j < d.length - 1 ? "\\" : "")));
        R.push(...d);
      } else {
        M.push(lead + d);
        R.push(d);
      }
    });
    M.push("");
  }
};
const heading = (t, level = 2) => { M.push("#".repeat(level) + " " + t, ""); R.push(t); };
const para = (t) => { M.push(t, ""); R.push(t); };
deflist(FRONT);
heading(BACKGROUND_H);
for (const b of BACKGROUND) { M.push("#. " + b); R.push(b); }
M.push("");
heading(SCORING_H);
para(SCORING_P);
deflist(CRITERIA);
para(SCORING_AFTER);
heading(PANEL_H);
para(PANEL_P);
deflist(PANEL);
heading(TABLE_H);
para(TABLE_P);
const csvField = (v) => {
  const s = v === null ? "" : typeof v === "string" ? v : String(v);
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const cells = (b) => [b[0], b[1], b[2], money(b[3]), `${b[4]}%`, b[5] === null ? null : String(b[5]), b[6], b[7] === null ? null : money(b[7])];
M.push("```csv", HEAD.map(csvField).join(","), ...BIDS.map((b) => cells(b).map(csvField).join(",")), "```", "");
R.push(HEAD.join(" | "), ...BIDS.map((b) => cells(b).filter((c) => c !== null).join(" | ")));
heading(NOTES_H, 3);
for (const n of NOTES) { M.push("- " + n); R.push(n); }
M.push("");
heading(FIN_H);
for (const f of FIN) { M.push("#. " + f); R.push(f); }
M.push("");
heading(INT_H);
for (const t of INTERESTS) para(t);
heading(NEXT_H);
for (const n of NEXT) { M.push("- " + n); R.push(n); }
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".md"), M.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.md and text/${BASE}.txt (${R.length} lines); bids ${money(totalBid)}, awards ${money(totalAward)}, left ${money(left)}; ${JSON.stringify(rc)}`);
