// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Shared content for set BU: one body (the Public Toilets Task Group, a member task group of the invented
// Stronger High Streets and Places Board), its people, meetings, the Open Doors Programme 2353–55 (nine
// measures ODP-01 to ODP-09 at quarters 1 and 2 of 2353/54, a risk register PTR-01 to PTR-07), round 2
// of the Changing Places Capital Fund (six bids, four recommended awards) and the Community Toilet
// Scheme, the meeting of Thursday 12 November 2353 and what followed it up to 10 December 2353, in the
// municipal year 2353/54. Every builder reads from here so that the five documents agree with each
// other; the arithmetic (bids and awards, faults, bar chart total, statuses, risk scores, weekdays) is
// checked when this module loads.
// Synthetic test fixtures: every person, council, organisation, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Public Toilets Task Group";
export const SHORT = "PTTG";
export const BOARD = "Stronger High Streets and Places Board";
export const PROGRAMME = "Open Doors Programme 2353–55";
export const FUND = "Changing Places Capital Fund";
export const CTS = "Community Toilet Scheme";
export const ALLIANCE = "Accessible Loos Alliance";
export const ROOM = "Room 4.3, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  dashboard: "pttg-open-doors-dashboard-looker-2353-11-24.pdf",
  minutes: "pttg-draft-minutes-2353-11-12.docx",
  jira: "pttg-jira-export-2353-12-09.csv",
  slack: "pttg-slack-channel-2353-12-10.html",
  email: "pttg-late-paper-item-6-2353-12-08.eml",
};

export const MEETINGS = [
  { date: "Thursday 11 June 2353", iso: "2353-06-11" },
  { date: "Thursday 10 September 2353", iso: "2353-09-10" },
  { date: "Thursday 12 November 2353", iso: "2353-11-12" },
  { date: "Thursday 14 January 2354", iso: "2354-01-14" },
  { date: "Thursday 11 March 2354", iso: "2354-03-11" },
];

export const OFFICERS = {
  marigold: { fore: "Marigold", sur: "Achterberg", post: "Programme Manager, Public Toilets", phone: "020 7946 0641", email: "marigold.achterberg@local.gov.uk", jira: "712020:5b1c9e0a-4d2f-4c8e-9a61-0f3e7d2b6c14", slack: "U06PT0MAC" },
  idris: { fore: "Idris", sur: "Fawkener", post: "Senior Adviser, Accessible Facilities", phone: "020 7946 0658", email: "idris.fawkener@local.gov.uk", jira: "712020:a7d3f1c2-88b0-4e5f-b2d9-3c6a1e9f0d47", slack: "U06PT0IFW" },
  sunniva: { fore: "Sunniva", sur: "Greatorex", post: "Finance Business Partner", phone: "020 7946 0662", email: "sunniva.greatorex@local.gov.uk", jira: "712020:0e9b6d4a-1f73-4a2c-8d15-7b4e2c9a3f80", slack: "U06PT0SGX" },
  leofric: { fore: "Leofric", sur: "Ambrose-Tate", post: "Democratic Services Officer", phone: "020 7946 0675", email: "leofric.ambrose-tate@local.gov.uk", jira: "712020:c4f8a2e1-6b39-4d70-a1e5-9f2b8d3c7e06", slack: "U06PT0LAT" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Ottilie Framlingham", post: "Chief Executive, Accessible Loos Alliance" };

// the twelve councils (short names as the dashboard writes them)
export const COUNCILS = {
  ashcombe: { name: "Brindlecombe Vale District Council", short: "Brindlecombe Vale" },
  morlanby: { name: "Morlanby County Council", short: "Morlanby" },
  kettlebridge: { name: "Kettlebridge Borough Council", short: "Kettlebridge" },
  sallowmere: { name: "Sallowmere City Council", short: "Sallowmere" },
  dunstanmoor: { name: "Dunstanmoor District Council", short: "Dunstanmoor" },
  orchardleigh: { name: "Orchardleigh District Council", short: "Orchardleigh" },
  westerhope: { name: "Westerhope Borough Council", short: "Westerhope" },
  fallowbury: { name: "Fallowbury Borough Council", short: "Fallowbury" },
  ketterby: { name: "Ketterby Fen District Council", short: "Ketterby Fen" },
  thurlbeck: { name: "Thurlbeck Borough Council", short: "Thurlbeck" },
  wyvernham: { name: "Wyvernham City Council", short: "Wyvernham" },
  pellingford: { name: "Pellingford Borough Council", short: "Pellingford" },
};

// Membership 2353/54. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute.
export const PEOPLE = [
  { k: "quillfeather", fore: "Roseanna", sur: "Quillfeather", council: "ashcombe", group: "Labour", role: "Chair" },
  { k: "brackwater", fore: "Thaddeus", sur: "Brackwater", council: "morlanby", group: "Conservative", role: "Vice-Chair" },
  { k: "pollexfen", fore: "Ines", sur: "Pollexfen", council: "kettlebridge", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "fennimore", fore: "Obadiah", sur: "Fennimore", council: "sallowmere", group: "Labour", role: "Member", lead: "Changing Places" },
  { k: "threlkeld", fore: "Yasmin", sur: "Threlkeld", council: "dunstanmoor", group: "Independent", role: "Member", lead: "Community Toilet Scheme" },
  { k: "garside", fore: "Ptolemy", sur: "Garside", council: "orchardleigh", group: "Conservative", role: "Member" },
  { k: "aldersey", fore: "Nkechi", sur: "Aldersey", council: "westerhope", group: "Labour", role: "Member" },
  { k: "inchbold", fore: "Bartholomew", sur: "Inchbold", council: "fallowbury", group: "Liberal Democrat", role: "Member" },
  { k: "mccandlish", fore: "Saoirse", sur: "McCandlish", council: "sallowmere", group: "Green Party", role: "Member" },
  { k: "ruddockvane", fore: "Leopold", sur: "Ruddock-Vane", council: "morlanby", group: "Conservative", role: "Member" },
  { k: "oyelaran", fore: "Marguerite", sur: "Oyelaran", council: "ketterby", group: "Labour", role: "Member" },
  { k: "dimmelow", fore: "Horace", sur: "Dimmelow", council: "thurlbeck", group: "Conservative", role: "Member" },
  { k: "wragholme", fore: "Philippa", sur: "Wragholme", council: "morlanby", group: "Conservative", role: "Substitute" },
  { k: "haslop", fore: "Devendra", sur: "Haslop", council: "wyvernham", group: "Labour", role: "Substitute" },
  { k: "trounson", fore: "Aurélie", sur: "Trounson", council: "pellingford", group: "Liberal Democrat", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => (P[k] ? `${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const councilOf = (k) => COUNCILS[P[k].council].name;
export const MEMBERS = PEOPLE.filter((p) => p.role !== "Substitute");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ measures, quarters 1 and 2 2353/54 (Looker dashboard)
// status words as the dashboard writes them; ODP-09's status row is on page 2 of its table, so the PDF
// never shows it (the minutes name it off track)
export const STATUS_RANK = { "Off track": 0, "At risk": 1, "On track": 2, Achieved: 3 };
export const MEASURES = [
  { ref: "ODP-01", name: "Public toilets open to the public", lead: "Cllr Quillfeather", t1: "1,170", a1: "1,176", t2: "1,180", a2: "1,184", s1: "On track", s2: "On track" },
  { ref: "ODP-02", name: "Changing Places facilities open (cumulative)", lead: "Cllr Fennimore", t1: "34", a1: "34", t2: "40", a2: "37", s1: "On track", s2: "At risk" },
  { ref: "ODP-03", name: "Community Toilet Scheme venues signed up", lead: "Cllr Threlkeld", t1: "1,100", a1: "1,087", t2: "1,200", a2: "1,246", s1: "At risk", s2: "On track" },
  { ref: "ODP-04", name: "Public toilets with an accessible (Radar key) cubicle", lead: "Cllr Fennimore", t1: "70.0%", a1: "68.5%", t2: "72.0%", a2: "61.0%", s1: "At risk", s2: "Off track" },
  { ref: "ODP-05", name: "Reported faults fixed within 5 working days", lead: "Cllr Pollexfen", t1: "85.0%", a1: "84.1%", t2: "85.0%", a2: "81.4%", s1: "At risk", s2: "Off track" },
  { ref: "ODP-06", name: "Average daily opening hours, council-run toilets", lead: "Cllr Pollexfen", t1: "10.0", a1: "10.4", t2: "10.0", a2: "10.2", s1: "On track", s2: "On track" },
  { ref: "ODP-07", name: "Toilets with baby changing open to all genders", lead: "Cllr Threlkeld", t1: "75.0%", a1: "71.0%", t2: "78.0%", a2: "73.0%", s1: "At risk", s2: "At risk" },
  { ref: "ODP-08", name: "Councils with a published public toilet strategy", lead: "Cllr Quillfeather", t1: "6", a1: "6", t2: "12", a2: "12", s1: "On track", s2: "Achieved" },
  { ref: "ODP-09", name: "Net cost per visit, council-run toilets", lead: "Cllr Brackwater", t1: "£0.42", a1: "£0.47", t2: "£0.42", a2: "£0.49", s1: "Off track", s2: "Off track" },
];
export const SHOWN_STATUS_ROWS = 8; // "1 - 8 / 9"
export const ODP04_CORRECTED = "67.0%";
export const M = Object.fromEntries(MEASURES.map((m) => [m.ref, m]));
export const byS2 = (s) => MEASURES.filter((m) => m.s2 === s).map((m) => m.ref);
export const WORSE_SHOWN = MEASURES.slice(0, SHOWN_STATUS_ROWS).filter((m) => STATUS_RANK[m.s2] < STATUS_RANK[m.s1]).map((m) => m.ref);
export const BETTER_SHOWN = MEASURES.slice(0, SHOWN_STATUS_ROWS).filter((m) => STATUS_RANK[m.s2] > STATUS_RANK[m.s1]).map((m) => m.ref);

// Changing Places facilities by council at 30 September 2353 (bar chart, sorted by value, then name)
export const CP_BY_COUNCIL = [
  ["morlanby", 6], ["sallowmere", 5], ["ashcombe", 4], ["westerhope", 4], ["kettlebridge", 3], ["orchardleigh", 3],
  ["wyvernham", 3], ["dunstanmoor", 2], ["fallowbury", 2], ["pellingford", 2], ["thurlbeck", 2], ["ketterby", 1],
];
// faults reported and fixed within 5 working days, quarter 2, by council (table sorted by % descending;
// the PDF shows rows 1 - 10 of 12, and its summary row totals all twelve)
export const FAULTS = [
  ["kettlebridge", 212, 192], ["ashcombe", 264, 232], ["fallowbury", 147, 127], ["morlanby", 388, 330], ["orchardleigh", 151, 127],
  ["sallowmere", 402, 338], ["westerhope", 236, 191], ["wyvernham", 318, 250], ["pellingford", 175, 135], ["ketterby", 96, 72],
  ["thurlbeck", 203, 142], ["dunstanmoor", 171, 113],
].map(([c, rep, fix]) => ({ c, rep, fix, pct: (100 * fix) / rep }));
export const FAULTS_SHOWN = 10;
export const FAULTS_TOTAL = { rep: FAULTS.reduce((t, f) => t + f.rep, 0), fix: FAULTS.reduce((t, f) => t + f.fix, 0) };

// ------------------------------------------------------------------ risk register (appendix to the minutes)
// L and I 1..5; score = L × I; bands 1–4 Low (green), 5–9 Medium (amber), 10–15 High (red), 16–25 Critical (purple)
export const band = (s) => (s >= 16 ? "Critical" : s >= 10 ? "High" : s >= 5 ? "Medium" : "Low");
export const RISKS = [
  { ref: "PTR-01", risk: "Budget pressures lead councils to close or cut the hours of public toilets, reversing the programme's gains", L: 4, I: 4, prev: "12", trend: "↑", owner: "sunniva", controls: "Open Doors business case shared with the 12 councils' finance directors; evidence for the Spending Review submission; Community Toilet Scheme as a fallback where a block closes", target: 9 },
  { ref: "PTR-02", risk: "Supplier lead times for hoists and adult changing benches (20 weeks) delay Changing Places installations", L: 4, I: 3, prev: "12", trend: "↔", owner: "idris", controls: "Framework call-off placed in bulk for round 2 sites; two suppliers approved; installation dates tracked monthly", target: 6 },
  { ref: "PTR-03", risk: "Businesses leave the Community Toilet Scheme because payments reach them late", L: 2, I: 3, prev: "9", trend: "↓", owner: "marigold", controls: "Payments now made quarterly in advance by the 12 councils; claims deadline reminders", target: 4 },
  { ref: "PTR-04", risk: "Vandalism and anti-social behaviour force facilities to close", L: 3, I: 3, prev: "9", trend: "↔", owner: "marigold", controls: "Designing-out guidance; attendant pilots in Sallowmere and Morlanby; joint patrols with community safety teams", target: 6 },
  { ref: "PTR-05", risk: "Councils' quarterly returns are inconsistent, so measures are misreported", L: 4, I: 2, prev: "4", trend: "↑", owner: "idris", controls: "Common data definitions agreed in August (PTTG-28); returns checked against the previous quarter before publication", target: 2 },
  { ref: "PTR-06", risk: "Water hygiene (legionella) checks lapse in older toilet blocks", L: 2, I: 5, prev: "New", trend: "New", owner: "marigold", controls: "Councils asked to confirm their water hygiene risk assessments by 31 January 2354", target: 5 },
  { ref: "PTR-07", risk: "The joint cleaning and maintenance retender for three councils attracts too few bids", L: 3, I: 4, prev: "8", trend: "↑", owner: "sunniva", controls: "Market engagement day held on 20 October; lots split by council; social value weighting reduced to 10 per cent", target: 6 },
];
for (const r of RISKS) { r.score = r.L * r.I; r.band = band(r.score); }
export const R = Object.fromEntries(RISKS.map((r) => [r.ref, r]));
export const LIKELIHOOD = ["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"];
export const IMPACT = ["1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Severe"];

// ------------------------------------------------------------------ Changing Places Capital Fund round 2 (late paper for 14 January 2354)
export const ROUND2 = 450000;
export const THRESHOLD = 60;
export const BIDS = [
  { c: "sallowmere", site: "Sallowmere bus station", asked: 118000, score: 84, award: 118000 },
  { c: "orchardleigh", site: "Orchardleigh Country Park visitor centre", asked: 96000, score: 77, award: 96000 },
  { c: "ketterby", site: "Ketterby Fen market hall", asked: 95000, score: 71, award: 88500, was: 95000 },
  { c: "kettlebridge", site: "Kettlebridge Leisure Centre", asked: 116000, score: 66, award: 116000 },
  { c: "thurlbeck", site: "Thurlbeck seafront shelter", asked: 104500, score: 54, award: 0 },
  { c: "westerhope", site: "Westerhope Central Library", asked: 83000, score: 48, award: 0 },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 612,500
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 418,500
export const LEFT = ROUND2 - AWARDED; // 31,500
export const WAS_TOTAL = AWARDED - 88500 + 95000; // 425,000 in the draft of 27 November
export const VAT = 6500;

// ------------------------------------------------------------------ meeting of 12 November 2353 (draft minutes)
export const PRESENT = ["quillfeather", "brackwater", "pollexfen", "fennimore", "garside", "aldersey", "inchbold", "oyelaran"];
export const ONLINE = ["threlkeld", "mccandlish"];
export const SUB = { k: "wragholme", for: "ruddockvane" };
export const APOLOGIES = ["ruddockvane", "dimmelow"];
export const CTS_FEE = { from: "£600", to: "£650", start: "1 April 2354" };
export const CTS_DEADLINE = { was: "30 November 2353", now: "18 December 2353", unclaimed: 214 };
export const CLEANING = { value: "£1.26 million", years: 4, councils: ["thurlbeck", "fallowbury", "dunstanmoor"] };
export const SURVEY = { n: "3,214", cut: "58%", name: "Lift the Lid" };
// actions of 12 November (Jira keys) and the Jira state on 9 December 2353
export const NOV_ACTIONS = [
  { key: "PTTG-41", min: "4", action: "Check the Q2 ODP-04 return with Ketterby Fen and correct the figure", owner: "idris", due: "27/11/2353" },
  { key: "PTTG-42", min: "6", action: "Circulate the Accessible Loos Alliance's survey slides to members", owner: "leofric", due: "19/11/2353" },
  { key: "PTTG-43", min: "4", action: "Report faults fixed within 5 working days (ODP-05) council by council", owner: "marigold", due: "14/01/2354" },
  { key: "PTTG-44", min: "8", action: "Escalate risk PTR-01 to the Stronger High Streets and Places Board", owner: "marigold", due: "03/12/2353" },
  { key: "PTTG-45", min: "9", action: "Write to the 12 councils about the new Community Toilet Scheme payment", owner: "marigold", due: "11/12/2353" },
  { key: "PTTG-46", min: "7", action: "Publish the tender notice for the joint cleaning and maintenance contract", owner: "sunniva", due: "18/12/2353" },
];
export const OPEN_NOV = ["PTTG-43", "PTTG-45", "PTTG-46"];
export const CHAIR_ACTION = "PTTG-CA-2353-04";
export const BRIEFING = { date: "Thursday 7 January 2354", iso: "2354-01-07", time: "2pm" };
export const APOLOGIES_JAN = ["garside", "oyelaran"];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (new Set(PEOPLE.map((p) => p.council)).size !== 12) fail("every council has a member or substitute");
if (ASKED !== 612500 || AWARDED !== 418500 || LEFT !== 31500 || WAS_TOTAL !== 425000) fail(`bids ${ASKED} ${AWARDED} ${LEFT} ${WAS_TOTAL}`);
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.c);
if (BIDS[2].asked - BIDS[2].award !== VAT) fail("VAT");
if (AWARDED <= 100000) fail("a key decision");
if (CP_BY_COUNCIL.reduce((t, [, n]) => t + n, 0) !== Number(M["ODP-02"].a2)) fail("Changing Places total");
if (new Set(CP_BY_COUNCIL.map(([c]) => c)).size !== 12) fail("bar chart councils");
for (let i = 1; i < FAULTS.length; i++) if (FAULTS[i].pct > FAULTS[i - 1].pct) fail("faults order at " + FAULTS[i].c);
if (new Set(FAULTS.map((f) => f.c)).size !== 12) fail("faults councils");
if ((100 * FAULTS_TOTAL.fix / FAULTS_TOTAL.rep).toFixed(1) + "%" !== M["ODP-05"].a2) fail("ODP-05 " + (100 * FAULTS_TOTAL.fix / FAULTS_TOTAL.rep).toFixed(2));
if (byS2("Off track").join() !== "ODP-04,ODP-05,ODP-09") fail("off track " + byS2("Off track"));
if (byS2("On track").join() !== "ODP-01,ODP-03,ODP-06" || byS2("At risk").join() !== "ODP-02,ODP-07" || byS2("Achieved").join() !== "ODP-08") fail("Q2 statuses");
if (WORSE_SHOWN.join() !== "ODP-02,ODP-04,ODP-05") fail("worse " + WORSE_SHOWN);
if (BETTER_SHOWN.join() !== "ODP-03,ODP-08") fail("better " + BETTER_SHOWN);
if (RISKS.filter((r) => r.score >= 10).map((r) => r.ref).join() !== "PTR-01,PTR-02,PTR-06,PTR-07") fail("high risks");
if (RISKS.filter((r) => r.band === "Critical").map((r) => r.ref).join() !== "PTR-01") fail("critical");
if (RISKS.filter((r) => r.trend === "↑").map((r) => r.ref).join() !== "PTR-01,PTR-05,PTR-07") fail("rising");
for (const r of RISKS) if (r.prev !== "New" && (Number(r.prev) < r.score) !== (r.trend === "↑")) fail("trend " + r.ref);
if (PRESENT.length + ONLINE.length + 1 + APOLOGIES.length !== 13) fail("attendance");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Thursday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2354-01-07", "Thursday"], ["2353-12-03", "Thursday"], ["2353-11-24", "Tuesday"], ["2353-12-08", "Tuesday"], ["2353-12-09", "Wednesday"], ["2353-12-10", "Thursday"], ["2353-11-13", "Friday"], ["2353-11-25", "Wednesday"], ["2353-12-01", "Tuesday"], ["2353-12-02", "Wednesday"], ["2353-12-04", "Friday"], ["2353-12-07", "Monday"], ["2354-01-05", "Tuesday"], ["2354-01-12", "Tuesday"], ["2353-11-17", "Tuesday"], ["2353-10-20", "Tuesday"], ["2353-11-19", "Thursday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
