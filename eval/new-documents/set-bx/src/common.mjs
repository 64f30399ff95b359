// Shared content for set BX: one invented body, the Open Water Swimming and Bathing Waters Task Group
// (OWSTG), a member task group of the invented Coast, Countryside and Leisure Board, in the municipal year
// 2386/87: its people, meetings, the Safer Swimming Programme 2386–88 (measures SWM-01 to SWM-08, risks
// SWR-01 to SWR-07), the Waterside Safety Grants' round 1 bids, the meeting of Monday 13 October 2386
// (minutes and actions OWT-71 to OWT-78), the action log exported from Todoist on 27 November 2386 and the
// agenda of Monday 8 December 2386. Every builder reads from here so that the five documents agree; the
// arithmetic and weekdays are checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Open Water Swimming and Bathing Waters Task Group";
export const SHORT = "OWSTG";
export const BOARD = "Coast, Countryside and Leisure Board";
export const PROGRAMME = "Safer Swimming Programme 2386–88";
export const FUND = "Waterside Safety Grants";
export const ROOM = "Meeting Room 2, 18 Smith Square, London SW1P 3HZ";

export const DOCS = {
  agenda: "owstg-agenda-pack-2386-12-08.pdf",
  tracker: "owstg-performance-tracker-q2-2386-87.html",
  actions: "owstg-actions-todoist-export-2386-11-27.csv",
  membership: "owstg-membership-2386-87.rtf",
  minutes: "owstg-minutes-2386-10-13.docx",
};

const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
export const MEETINGS = [
  { iso: "2386-09-08", date: "Monday 8 September 2386" },
  { iso: "2386-10-13", date: "Monday 13 October 2386" },
  { iso: "2386-12-08", date: "Monday 8 December 2386" },
  { iso: "2387-03-09", date: "Monday 9 March 2387" },
];
for (const m of MEETINGS) assert.equal(weekday(m.iso), m.date.split(" ")[0], m.iso);
for (const [iso, day] of [["2386-10-20", "Monday"], ["2386-11-21", "Friday"], ["2386-11-27", "Thursday"], ["2386-11-28", "Friday"], ["2386-11-24", "Monday"], ["2386-10-16", "Thursday"], ["2386-12-05", "Friday"]]) assert.equal(weekday(iso), day, iso);

export const OFFICERS = {
  dervla: { name: "Dervla Makepeace-Osei", ini: "DMO", post: "Programme Manager, Safer Swimming", phone: "020 7946 0914", email: "dervla.makepeace-osei@local.gov.uk", todo: "48213377" },
  idris: { name: "Idris Vandermeer", ini: "IV", post: "Senior Adviser, Water Quality", phone: "020 7946 0918", email: "idris.vandermeer@local.gov.uk", todo: "48213391" },
  konstantin: { name: "Konstantin Ebbrell", ini: "KE", post: "Finance Business Partner", phone: "020 7946 0925", email: "konstantin.ebbrell@local.gov.uk", todo: "48213405" },
  marigold: { name: "Marigold Tranter", ini: "MT", post: "Head of Democratic Services", phone: "020 7946 0931", email: "marigold.tranter@local.gov.uk", todo: "48213412" },
  jude: { name: "Jude Okonjo-Haigh", ini: "JOH", post: "Democratic Services Officer", phone: "020 7946 0937", email: "jude.okonjo-haigh@local.gov.uk", todo: "48213302" },
};
export const GUEST = { name: "Tabitha Greenhalgh", post: "Director, Marlcombe Rivers Trust" };

// Membership 2386/87 (from 1 June 2386 unless said). role: Chair / Vice-Chair / Deputy Chair / Member.
export const PEOPLE = [
  { k: "penhallow", fore: "Isadora", sur: "Penhallow", council: "Scarrowby Borough Council", group: "Liberal Democrat", role: "Chair" },
  { k: "oyelaran", fore: "Marcus", sur: "Oyelaran-Tate", council: "Fennick County Council", group: "Conservative", role: "Vice-Chair" },
  { k: "quarrendon", fore: "Bronwen", sur: "Quarrendon", council: "Hathermouth City Council", group: "Labour", role: "Deputy Chair" },
  { k: "winspear", fore: "Teodor", sur: "Winspear", council: "Lenbury District Council", group: "Conservative", role: "Member", lead: "Bathing water quality" },
  { k: "holroyd", fore: "Gráinne", sur: "Holroyd-Pace", council: "Skelworth Metropolitan Borough Council", group: "Labour", role: "Member", lead: "Lifeguarding and water safety" },
  { k: "drewitt", fore: "Anselm", sur: "Drewitt", council: "Mardle Vale District Council", group: "Independent", role: "Member", lead: "Inland waters" },
  { k: "kettleborough", fore: "Philippa", sur: "Kettleborough", council: "Tidewell Borough Council", group: "Conservative", role: "Member" },
  { k: "sturridge", fore: "Obinna", sur: "Sturridge", council: "Brackenmouth Council", group: "Labour", role: "Member" },
  { k: "jessop", fore: "Wilhelmina", sur: "Jessop-Rae", council: "Ouseley District Council", group: "Green", role: "Member", lead: "Access and inclusion" },
  { k: "merryweather", fore: "Caspian", sur: "Merryweather", council: "Gullstone District Council", group: "Conservative", role: "Member", from: "1 November 2386" },
  { k: "lindqvist", fore: "Hafsa", sur: "Lindqvist", council: "Pellingford City Council", group: "Labour", role: "Member" },
  { k: "featherstonehaugh", fore: "Lorcan", sur: "Featherstonehaugh", council: "Ashbeck District Council", group: "Liberal Democrat", role: "Member" },
  { k: "garside", fore: "Ptolemy", sur: "Garside", council: "Gullstone District Council", group: "Conservative", role: "Member", left: "31 October 2386" },
  { k: "arkwright", fore: "Delphine", sur: "Arkwright", council: "Fennick County Council", group: "Conservative", sub: true },
  { k: "vasquez", fore: "Emeka", sur: "Vasquez-Hale", council: "Skelworth Metropolitan Borough Council", group: "Labour", sub: true },
  { k: "rothwell", fore: "Sunniva", sur: "Rothwell", council: "Scarrowby Borough Council", group: "Liberal Democrat", sub: true },
];
for (const p of PEOPLE) { p.name = `${p.fore} ${p.sur}`; p.cllr = `Cllr ${p.fore} ${p.sur}`; }
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const MEMBERS = PEOPLE.filter((p) => !p.sub && !p.left);
export const SUBS = PEOPLE.filter((p) => p.sub);
assert.equal(MEMBERS.length, 12);
const byGroup = (g) => MEMBERS.filter((p) => p.group === g).length;
assert.deepEqual([byGroup("Conservative"), byGroup("Labour"), byGroup("Liberal Democrat"), byGroup("Independent"), byGroup("Green")], [4, 4, 2, 1, 1]);

// ---------------------------------------------------------------- measures (LibreOffice Calc tracker)
// status codes: R off track, A at risk, G on track, C complete; "n/d" no data
export const MEASURES = [
  { ref: "SWM-01", theme: "Water quality", name: "Designated bathing waters classed Excellent or Good", lead: "winspear", target: [0.85, "85%"], q1: [0.81, "81%", "A", "Lenbury North Beach classed Sufficient after spring samples"], q2: [0.78, "78%", "R", "Two Lenbury sites fell to Sufficient after storm overflow spills in July"] },
  { ref: "SWM-02", theme: "Water quality", name: "Days with a pollution risk warning in force (season to date)", lead: "winspear", target: [40, "40"], q1: [12, "12", "G", "Season started 15 May; warnings mostly at Brackenmouth"], q2: [47, "47", "R", "Storm overflow spills in July and August; 19 warning days at Gannet Cove"] },
  { ref: "SWM-03", theme: "Safety", name: "Lifeguarded beaches and lakes at peak season", lead: "holroyd", target: [26, "26"], q1: [24, "24", "A", "Two Tidewell beaches without cover in June"], q2: [26, "26", "C", "All 26 sites covered from 1 August after the recruitment drive"] },
  { ref: "SWM-04", theme: "Safety", name: "Public rescue equipment inspected within 7 days", lead: "holroyd", target: [0.95, "95%"], q1: [0.97, "97%", "G", "Throwline checks added to rangers' rounds"], q2: [0.88, "88%", "A", "Inspections missed at 14 reservoir sites in Mardle Vale"] },
  { ref: "SWM-05", theme: "Inland waters", name: "Inland swim sites with a published safety assessment", lead: "drewitt", target: [30, "30"], q1: [9, "9", "R", "Assessment template not agreed until May"], q2: [17, "17", "A", "Eight assessments completed with the Marlcombe Rivers Trust"] },
  { ref: "SWM-06", theme: "Access", name: "Free open water sessions for under-16s", lead: "jessop", target: [4000, "4,000"], q1: [1120, "1,120", "G", "Summer programme booked at 11 sites"], q2: [3865, "3,865", "G", "Sessions at Ousemouth Sands fully booked in August"] },
  { ref: "SWM-07", theme: "Access", name: "Sites with step-free or assisted access to the water", lead: "jessop", target: [12, "12"], q1: [7, "7", "A", "Beach matting delayed at two sites"], q2: [6, "6", "R", "Beach wheelchair store at Tidewell closed after storm damage"] },
  { ref: "SWM-08", theme: "Water quality", name: "Sites with real-time water quality signs", lead: "winspear", target: [20, "20"], q1: null, q2: [11, "11", "A", "Signs live at 11 sites since September; 9 awaiting power connections"] },
];
const RANK = { R: 0, A: 1, G: 2, C: 3 };
export const RED_Q2 = MEASURES.filter((m) => m.q2[2] === "R").map((m) => m.ref);
export const WORSE = MEASURES.filter((m) => m.q1 && RANK[m.q2[2]] < RANK[m.q1[2]]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 && RANK[m.q2[2]] > RANK[m.q1[2]]).map((m) => m.ref);
assert.deepEqual(RED_Q2, ["SWM-01", "SWM-02", "SWM-07"]);
assert.deepEqual(WORSE, ["SWM-01", "SWM-02", "SWM-04", "SWM-07"]);
assert.deepEqual(BETTER, ["SWM-03", "SWM-05"]);
export const KEY = [
  ["R", "Off track", "Below target and not expected to recover this year; recovery plan needed"],
  ["A", "At risk", "Below target but expected to recover, or on target with a known risk"],
  ["G", "On track", "On or above target"],
  ["C", "Complete", "Target met for the year; no further reporting"],
  ["n/d", "No data", "Measure not yet reported for the quarter"],
];

// ---------------------------------------------------------------- Waterside Safety Grants round 1 (agenda item 5)
export const FUND_TOTAL = 400000; // 2386-88
export const ROUND1 = 180000;
export const THRESHOLD = 55;
export const LIMITS = { officer: 20000, chair: 75000 };
export const BIDS = [
  { council: "Skelworth Metropolitan Borough Council", project: "Throwline stations and signs at nine reservoir and canal sites", asked: 42500, score: 78, award: 42500 },
  { council: "Brackenmouth Council", project: "Lifeguard hut and first-aid post at Gannet Cove", asked: 58000, score: 71, award: 51200, note: "hut foundations (£6,800) are not eligible" },
  { council: "Mardle Vale District Council", project: "Safety assessment and access steps at Whinmoor Reservoir", asked: 36000, score: 68, award: 36000 },
  { council: "Ouseley District Council", project: "Beach wheelchairs and matting at Ousemouth Sands", asked: 29400, score: 64, award: 29400 },
  { council: "Hathermouth City Council", project: "Floating pontoon at Quay Basin", asked: 64000, score: 49, award: 0, note: "below the threshold of 55" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0);
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0);
export const LEFT = ROUND1 - AWARDED;
assert.equal(ASKED, 229900);
assert.equal(AWARDED, 159100);
assert.equal(LEFT, 20900);
assert.equal(58000 - 6800, 51200);
assert.ok(AWARDED > LIMITS.chair);
assert.equal(FUND_TOTAL - ROUND1 + LEFT, 240900); // round 2 (2387/88)
for (const b of BIDS) assert.equal(b.award > 0, b.score >= THRESHOLD, b.council);
export const money = (n) => "£" + n.toLocaleString("en-GB");

// ---------------------------------------------------------------- contingency (minute 7 of 13 October 2386)
export const CONTINGENCY = 50000, SAMPLING = 24000;
assert.equal(CONTINGENCY - SAMPLING, 26000);
assert.ok(SAMPLING > LIMITS.officer && SAMPLING <= LIMITS.chair);

// ---------------------------------------------------------------- risk register (agenda item 6)
// score = likelihood x impact; 1-4 Low, 5-9 Medium, 10-15 High, 16-25 Very high
export const RISKS = [
  { ref: "SWR-01", risk: "Sewage spills from storm overflows close bathing waters in the peak season", owner: "IV", l: 4, i: 5, trend: "Rising", controls: "Daily spill alerts from the water company (action OWT-64); pollution risk warnings on real-time signs (SWM-08); £24,000 for extra sampling at six sites agreed on 13 October 2386 (minute 7)" },
  { ref: "SWR-02", risk: "Not enough qualified lifeguards to cover every site", owner: "DMO", l: 3, i: 4, trend: "Falling", controls: "Recruitment drive with the Shoreline Lifesaving Society covered all 26 sites from 1 August" },
  { ref: "SWR-03", risk: "A drowning at an unsupervised inland site", owner: "DMO", l: 3, i: 5, trend: "Same", controls: "Safety assessments of inland sites (SWM-05); throwline stations in the round 1 bids" },
  { ref: "SWR-04", risk: "Councils cannot meet the running costs of grant-funded equipment", owner: "KE", l: 2, i: 3, trend: "Same", controls: "Bids must show five years' running costs; no match funding asked in round 1" },
  { ref: "SWR-05", risk: "Blue-green algae blooms close lakes and reservoirs", owner: "IV", l: 4, i: 4, trend: "New", controls: "Weekly algae checks at 14 reservoir sites from June; closure protocol agreed with Mardle Vale" },
  { ref: "SWR-06", risk: "Storm damage to beach access equipment", owner: "KE", l: 3, i: 3, trend: "Rising", controls: "Insurance review; Tidewell beach wheelchair store to be rebuilt (recovery plan for SWM-07)" },
  { ref: "SWR-07", risk: "Open water incidents are recorded differently by each council", owner: "IV", l: 2, i: 2, trend: "Falling", controls: "Common incident form adopted by ten councils" },
];
export const band = (s) => (s >= 16 ? "Very high" : s >= 10 ? "High" : s >= 5 ? "Medium" : "Low");
for (const r of RISKS) { r.score = r.l * r.i; r.rating = band(r.score); }
assert.deepEqual(RISKS.filter((r) => r.rating === "Very high").map((r) => r.ref), ["SWR-01", "SWR-05"]);
assert.deepEqual(RISKS.filter((r) => r.rating === "High").map((r) => r.ref), ["SWR-02", "SWR-03"]);
assert.equal(Math.max(...RISKS.map((r) => r.score)), 20);

// ---------------------------------------------------------------- actions of 13 October 2386 (minutes) and their state on 27 November
export const ACTIONS = [
  { ref: "OWT-71", item: 5, text: "Bring a recovery plan for SWM-07 (step-free access) to the December meeting", owner: "dervla", due: "8 December 2386", todo: "8 Dec 2386", open: true },
  { ref: "OWT-72", item: 5, text: "Report SWM-02 warning days site by site from quarter 3", owner: "idris", due: "9 March 2387", todo: "9 Mar 2387", open: true },
  { ref: "OWT-73", item: 7, text: "Commission extra sampling at six bathing waters (£24,000)", owner: "idris", due: "30 October 2386", open: false },
  { ref: "OWT-74", item: 8, text: "Open round 1 of the Waterside Safety Grants and publish the scoring criteria", owner: "dervla", due: "20 October 2386", open: false },
  { ref: "OWT-75", item: 6, text: "Share the Trust's safety assessment template with all twelve councils", owner: "idris", due: "13 November 2386", todo: "13 Nov 2386", open: true },
  { ref: "OWT-76", item: 1, text: "Write to thank Cllr Garside and ask Gullstone District Council to nominate a replacement", owner: "jude", due: "31 October 2386", open: false },
  { ref: "OWT-77", item: 4, text: "Chase the water company for daily spill alert data (OWT-64)", owner: "marigold", due: "20 November 2386", todo: "20 Nov 2386", open: true },
  { ref: "OWT-78", item: 6, text: "Arrange a members' visit to Whinmoor Reservoir", owner: "jude", due: "15 January 2387", todo: "15 Jan 2387", open: true },
];
export const OPEN = ACTIONS.filter((a) => a.open).map((a) => a.ref);
assert.deepEqual(OPEN, ["OWT-71", "OWT-72", "OWT-75", "OWT-77", "OWT-78"]);
