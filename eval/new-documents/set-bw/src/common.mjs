// Shared content for set BW: one body (the Community Energy and Retrofit Task Group, a member task group
// of the invented Climate, Energy and Environment Board), its people, meetings, the Warm Streets Retrofit
// Programme 2371-73 (measures WRP-01 to WRP-08), its budget 2371/72 and risk register (CER-01 to CER-09),
// the meeting of Wednesday 20 October 2371 (actions CEA-31 to CEA-38) and round 2 of the Community Energy
// Fund (bids CEF2-01 to CEF2-07), recommended to the meeting of Wednesday 15 December 2371, in the
// municipal year 2371/72. Every builder reads from here so that the five documents agree with each
// other; the arithmetic (budget lines, awards and what is left, rating counts, risk scores, votes) is
// checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Community Energy and Retrofit Task Group";
export const SHORT = "CERTG";
export const BOARD = "Climate, Energy and Environment Board";
export const PROGRAMME = "Warm Streets Retrofit Programme 2371–73";
export const FUND = "Community Energy Fund";
export const ROOM_OLD = "Room 2.4, 18 Smith Square";
export const ROOM = "Room 1.1, 18 Smith Square";

// file names (docs/)
export const DOCS = {
  loop: "certg-meeting-notes-2371-10-20-loop.html",
  invite: "certg-meeting-request-2371-12-15-outlook.txt",
  notion: "certg-item-5-cef-round-2-awards-2371-12-15-notion.html",
  powerbi: "certg-warm-streets-measures-power-bi-export-2371-11-02.csv",
  numbers: "certg-budget-and-risks-p7-2371-72-numbers.pdf",
};

export const MEETINGS = [
  { date: "Wednesday 16 June 2371", iso: "2371-06-16" },
  { date: "Wednesday 8 September 2371", iso: "2371-09-08" },
  { date: "Wednesday 20 October 2371", iso: "2371-10-20" },
  { date: "Wednesday 15 December 2371", iso: "2371-12-15" },
  { date: "Wednesday 16 February 2372", iso: "2372-02-16" },
];

// officers; ini = the initials the papers use for them
export const OFFICERS = {
  af: { ini: "AF", fore: "Anouk", sur: "Faircross-Deane", post: "Programme Manager, Community Energy", phone: "020 7946 0841", email: "anouk.faircross-deane@local.gov.uk", photo: true },
  kr: { ini: "KR", fore: "Kwabena", sur: "Royce-Attah", post: "Senior Adviser, Domestic Retrofit", phone: "020 7946 0846", email: "kwabena.royce-attah@local.gov.uk" },
  mt: { ini: "MT", fore: "Morwenna", sur: "Tonkinson", post: "Finance Business Partner", phone: "020 7946 0853", email: "morwenna.tonkinson@local.gov.uk" },
  si: { ini: "SI", fore: "Saffron", sur: "Ibberson", post: "Data and Insight Analyst", phone: "020 7946 0858", email: "saffron.ibberson@local.gov.uk", photo: true },
  ph: { ini: "PH", fore: "Ptolemy", sur: "Hichens", post: "Democratic Services Officer", phone: "020 7946 0862", email: "ptolemy.hichens@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Delphine Arrowsmith-Cole", post: "Operations Director, Lowmarsh Community Energy Co-operative" };

// Membership 2371/72. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member.
export const PEOPLE = [
  { k: "quaye", fore: "Marguerite", sur: "Quaye", council: "Kestrelby City Council", group: "Labour", role: "Chair" },
  { k: "tillingham", fore: "Ambrose", sur: "Tillingham", council: "Fernmoor District Council", group: "Conservative", role: "Vice-Chair" },
  { k: "callaghan", fore: "Nerys", sur: "Callaghan-Wode", council: "Wyvernhurst Borough Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "quickfall", fore: "Dorian", sur: "Quickfall", council: "Salterby Metropolitan Borough Council", group: "Labour", role: "Member", lead: "low-carbon heat" },
  { k: "onyekachi", fore: "Beatrix", sur: "Onyekachi", council: "Lowmarsh District Council", group: "Green Party", role: "Member", lead: "community energy" },
  { k: "maplethorpe", fore: "Cuthbert", sur: "Maplethorpe", council: "Harbeck County Council", group: "Conservative", role: "Member", lead: "able-to-pay retrofit" },
  { k: "pembury", fore: "Yusuf", sur: "Pembury", council: "Elmscarr Borough Council", group: "Labour", role: "Member" },
  { k: "sprackling", fore: "Ottoline", sur: "Sprackling", council: "Gorsedene District Council", group: "Independent", role: "Member" },
  { k: "boyes", fore: "Lachlan", sur: "Boyes", council: "Pellham Borough Council", group: "Conservative", role: "Member" },
  { k: "gundry", fore: "Saoirse", sur: "Gundry", council: "Ashcote City Council", group: "Liberal Democrat", role: "Member" },
  { k: "ramakrishnan", fore: "Tobias", sur: "Ramakrishnan-Lowe", council: "Kestrelby City Council", group: "Labour", role: "Member" },
  { k: "brandling", fore: "Hester", sur: "Brandling", council: "Harbeck County Council", group: "Conservative", role: "Member", from: "1 September 2371" },
  { k: "agyekum", fore: "Rufus", sur: "Agyekum", council: "Salterby Metropolitan Borough Council", group: "Labour", role: "Substitute" },
  { k: "sutcliffe", fore: "Imogen", sur: "Sutcliffe-Rae", council: "Fernmoor District Council", group: "Conservative", role: "Substitute" },
  { k: "wasilewska", fore: "Perdita", sur: "Wasilewska", council: "Wyvernhurst Borough Council", group: "Liberal Democrat", role: "Substitute" },
  { k: "pellew", fore: "Godfrey", sur: "Pellew-Strand", council: "Harbeck County Council", group: "Conservative", role: "Former member", left: "31 August 2371" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => (P[k] ? `${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
// the role as the Loop attendance table writes it
export const roleText = (p) => (p.lead ? `Lead member, ${p.lead}` : p.role === "Substitute" ? `Named substitute (${p.group})` : p.role);

// ------------------------------------------------------------------ measures (Power BI), Q1 and Q2 2371/72
// RAG sort: 1 off track (🔴), 2 at risk (🟠), 3 on track (🟢), 4 achieved (✅); the rule: 95% of target or
// better is on track, 80% to 95% at risk, under 80% off track.
export const RAG = { 1: "🔴", 2: "🟠", 3: "🟢", 4: "✅" };
export const RAGWORD = { 1: "off track", 2: "at risk", 3: "on track", 4: "achieved" };
export const QEND = { Q1: "6/30/2371 12:00:00 AM", Q2: "9/30/2371 12:00:00 AM", Q3: "12/31/2371 12:00:00 AM", Q4: "3/31/2372 12:00:00 AM" };
export const MEASURES = [
  { ref: "WRP-01", name: "Homes retrofitted to EPC band C or better (cumulative)", lead: "Cllr Maplethorpe", t: [150, 350, 600, 900], a: [162, 298], note: ["", "Installer shortage in Harbeck and Pellham; 41 homes waiting for a start date"] },
  { ref: "WRP-02", name: "Heat pumps installed through the programme (cumulative)", lead: "Cllr Quickfall", t: [40, 90, 150, 220], a: [34, 54], note: ["Two installers left the framework in May", "Only three MCS-certified installers on the framework; recovery plan requested"] },
  { ref: "WRP-03", name: "Street-by-street surveys completed (cumulative)", lead: "Cllr Quickfall", t: [1000, 2500, 4000, 5000], a: [1140, 2610], note: ["", ""] },
  { ref: "WRP-04", name: "Community energy schemes generating", lead: "Cllr Onyekachi", t: [3, 5, 7, 9], a: [3, 4], note: ["", "Wyvernhurst weir scheme waiting for a grid connection date"] },
  { ref: "WRP-05", name: "Retrofit coordinators trained through bursaries (cumulative)", lead: "Cllr Maplethorpe", t: [10, 25, 40, 60], a: [6, 27], note: ["Course started late (June)", "Second cohort of 21 completed in September"] },
  { ref: "WRP-06", name: "Advice line calls answered within 2 minutes", lead: "Cllr Onyekachi", t: [0.9, 0.9, 0.9, 0.9], a: [0.93, 0.7], pct: true, note: ["", "Two advisers on long-term sick leave; agency cover from 1 November"] },
  { ref: "WRP-07", name: "Average yearly bill saving per retrofitted home (£)", lead: "Cllr Maplethorpe", t: [320, 320, 320, 320], a: [341, 352], note: ["", ""] },
  { ref: "WRP-08", name: "Councils with a published local retrofit plan (of 12)", lead: "Cllr Quickfall", t: [12, 12, 12, 12], a: [10, 12], achievedAt: 12, note: ["Two plans in consultation", "All 12 published by 30 September"] },
];
export const ragOf = (m, q) => {
  const a = m.a[q], t = m.t[q];
  if (a === undefined) return null;
  if (m.achievedAt !== undefined && a >= m.achievedAt) return 4;
  const r = a / t;
  return r >= 0.95 ? 3 : r >= 0.8 ? 2 : 1;
};
export const WORSE = MEASURES.filter((m) => ragOf(m, 1) < ragOf(m, 0)).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => ragOf(m, 1) > ragOf(m, 0)).map((m) => m.ref);

// ------------------------------------------------------------------ budget 2371/72 at period 7 (31 October 2371), Numbers
export const BUDGET = [
  { line: "Community Energy Fund – round 1 awards", budget: 300000, spent: 300000, forecast: 300000, note: "Four schemes awarded in June; paid in full" },
  { line: "Community Energy Fund – round 2", budget: 400000, spent: 0, forecast: 372500, note: "Recommended awards to 15 Dec meeting; balance to round 3" },
  { line: "Street-by-street surveys", budget: 160000, spent: 96400, forecast: 158000, note: "After virement V-01 (−£20,000)" },
  { line: "Heat pump demonstrator homes", budget: 260000, spent: 141800, forecast: 284000, note: "Network upgrades at two homes and extra scaffolding" },
  { line: "Retrofit coordinator bursaries", budget: 95000, spent: 61750, forecast: 95000, note: "" },
  { line: "Advice line and outreach", budget: 140000, spent: 78300, forecast: 146500, note: "After virement V-01 (+£20,000); agency cover from 1 Nov" },
  { line: "Programme team", budget: 145000, spent: 84600, forecast: 145000, note: "" },
];
export const TOTAL = (f) => BUDGET.reduce((t, l) => t + l[f], 0);
export const VIREMENT = { ref: "V-01", date: "2 Oct", from: "Street-by-street surveys", to: "Advice line and outreach", amount: 20000, by: "Chair (under the £25,000 limit)" };

// ------------------------------------------------------------------ risk register, reviewed 24 November 2371, Numbers
// bands: 16-25 Critical, 10-15 High, 5-9 Medium, 1-4 Low; tolerance 12 (above it: a recovery plan)
export const TOLERANCE = 12;
export const band = (s) => (s >= 16 ? "Critical" : s >= 10 ? "High" : s >= 5 ? "Medium" : "Low");
export const RISKS = [
  { ref: "CER-01", risk: "Too few MCS-certified heat pump installers on the framework to meet WRP-02", owner: "KR", l: 4, i: 4, prev: 12, esc: true, mitigation: "Second framework call-off in January; installer training with Salterby College", review: "15 Dec" },
  { ref: "CER-02", risk: "Grid connection delays hold up community energy schemes", owner: "AF", l: 4, i: 3, prev: 12, esc: false, mitigation: "Invite the network operator to the February meeting; shared queue tracker", review: "16 Feb" },
  { ref: "CER-03", risk: "Households withdraw after the survey because of up-front costs", owner: "KR", l: 3, i: 3, prev: 12, esc: false, mitigation: "Able-to-pay loan pilot with Harbeck; clearer cost estimates at survey", review: "16 Feb" },
  { ref: "CER-04", risk: "Round 2 schemes fail to secure their match funding", owner: "AF", l: 3, i: 4, prev: 9, esc: false, mitigation: "Conditions in grant agreements; payment in two instalments (70% / 30%)", review: "15 Dec" },
  { ref: "CER-05", risk: "Demonstrator homes overspend (network upgrades, scaffolding)", owner: "MT", l: 3, i: 5, prev: 10, esc: true, mitigation: "Revised budget to 15 Dec meeting; contingency from round 2 balance", review: "15 Dec" },
  { ref: "CER-06", risk: "Advice line cannot answer calls in time while staff are absent", owner: "AF", l: 3, i: 3, prev: null, esc: false, mitigation: "Agency cover from 1 Nov; call-back service", review: "15 Dec" },
  { ref: "CER-07", risk: "Energy suppliers' data-sharing agreement delayed", owner: "SI", l: 2, i: 3, prev: 6, esc: false, mitigation: "Chase through the Department (CEA-29)", review: "16 Feb" },
  { ref: "CER-08", risk: "Damp or mould after insulation damages trust in the programme", owner: "KR", l: 2, i: 5, prev: 10, esc: false, mitigation: "Quality assurance note (CEA-38); ventilation checks on every job", review: "16 Feb" },
  { ref: "CER-09", risk: "Changes of membership after by-elections delay decisions", owner: "PH", l: 1, i: 2, prev: 4, esc: false, mitigation: "Closed 24 Nov: named substitutes in place", review: "Closed" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.band = band(r.score); r.trend = r.prev === null ? "New" : r.score > r.prev ? "▲" : r.score < r.prev ? "▼" : "►"; }
export const ABOVE = RISKS.filter((r) => r.score > TOLERANCE && r.review !== "Closed").map((r) => r.ref);
export const ROSE = RISKS.filter((r) => r.prev !== null && r.score > r.prev).map((r) => r.ref);

// ------------------------------------------------------------------ Community Energy Fund round 2 (Notion paper)
export const ROUND2 = 400000;
export const THRESHOLD = 65;
export const BIDS = [
  { ref: "CEF2-01", applicant: "Salterby Solar Schools (Salterby MBC with Salterby Community Energy)", project: "Rooftop solar on nine primary schools", asked: 95000, score: 81, rec: "Award", colour: "green", award: 95000 },
  { ref: "CEF2-02", applicant: "Lowmarsh Community Energy Co-operative", project: "Community battery at Lowmarsh market hall", asked: 88000, score: 77, rec: "Award", colour: "green", award: 88000 },
  { ref: "CEF2-03", applicant: "Pellham Heat Club", project: "Shared ground loop feasibility study for 40 terraced homes", asked: 64000, score: 58, rec: "Decline", colour: "red", award: 0 },
  { ref: "CEF2-04", applicant: "Wyvernhurst Riverside Hydro CIC", project: "90 kW run-of-river hydro at Wyvernhurst weir", asked: 79500, score: 72, rec: "Award (conditional)", colour: "yellow", award: 79500 },
  { ref: "CEF2-05", applicant: "Fernmoor Warm Homes Collective", project: "Whole-street retrofit advice hub", asked: 96000, score: 69, rec: "Award (reduced)", colour: "orange", award: 60000 },
  { ref: "CEF2-06", applicant: "Elmscarr Borough Council", project: "Solar canopy at Elmscarr park-and-ride", asked: 39500, score: 61, rec: "Decline", colour: "red", award: 0 },
  { ref: "CEF2-07", applicant: "Ashcote Energy Champions", project: "Volunteer energy champions in six wards", asked: 50000, score: 74, rec: "Award", colour: "green", award: 50000 },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 512,000
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 372,500
export const LEFT = ROUND2 - AWARDED; // 27,500
export const PANEL = ["tillingham", "callaghan", "boyes"];

// ------------------------------------------------------------------ meeting of 20 October 2371 (Loop notes)
export const IN_ROOM = ["quaye", "tillingham", "quickfall", "onyekachi", "maplethorpe", "pembury", "boyes", "ramakrishnan", "brandling"];
export const ONLINE = ["callaghan"];
export const SUB = { k: "wasilewska", for: "gundry" };
export const APOLOGIES = ["gundry", "sprackling"];
export const SEPT_OPEN = ["CEA-27", "CEA-29"]; // of CEA-24 to CEA-30
// the site visit vote (Loop voting table): votes of the 12 members
export const VISIT = [
  { option: "Thu 11 Nov", iso: "2371-11-11", detail: "10:00, Salterby demonstrator homes only", votes: 3 },
  { option: "Fri 19 Nov", iso: "2371-11-19", detail: "09:30, Salterby and Harbeck demonstrator homes (coach from Harbeck station)", votes: 7 },
  { option: "Wed 1 Dec", iso: "2371-12-01", detail: "13:00, Harbeck demonstrator homes only", votes: 2 },
];
export const ACTIONS = [
  { ref: "CEA-31", title: "Recovery plan for heat pump installations (WRP-02) to the 15 Dec meeting", owner: "kr", due: "15 Dec", done: false },
  { ref: "CEA-32", title: "Arrange agency cover for the advice line from 1 November (WRP-06)", owner: "af", due: "1 Nov", done: true },
  { ref: "CEA-33", title: "Convene the round 2 assessment panel and score the seven bids", owner: "af", due: "19 Nov", done: true },
  { ref: "CEA-34", title: "Revised budget with the demonstrator homes forecast", owner: "mt", due: "15 Dec", done: false },
  { ref: "CEA-35", title: "Book the coach and the site visit to the demonstrator homes", owner: "ph", due: "5 Nov", done: true },
  { ref: "CEA-36", title: "Add grid connection delays to the risk register as a lead risk and invite the network operator to the February meeting", owner: "af", due: "16 Feb", done: false },
  { ref: "CEA-37", title: "Chase the Department for a reply on the able-to-pay loan pilot (CEA-27)", owner: "ph", due: "15 Dec", done: false },
  { ref: "CEA-38", title: "Circulate the quality assurance note on damp after insulation", owner: "kr", due: "10 Nov", done: true },
];
export const OPEN = ACTIONS.filter((a) => !a.done).map((a) => a.ref);

export const gbp = (n) => (n < 0 ? "-£" : "£") + Math.abs(n).toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (TOTAL("budget") !== 1500000 || TOTAL("spent") !== 762850 || TOTAL("forecast") !== 1501000) fail(`budget ${TOTAL("budget")} ${TOTAL("spent")} ${TOTAL("forecast")}`);
if (BUDGET[1].budget !== ROUND2 || BUDGET[1].forecast !== AWARDED) fail("round 2 line against the awards");
if (ASKED !== 512000 || AWARDED !== 372500 || LEFT !== 27500) fail(`bids ${ASKED} ${AWARDED} ${LEFT}`);
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.ref);
if (AWARDED <= 250000) fail("the awards must be a key decision (over £250,000)");
const q2 = {};
for (const m of MEASURES) q2[ragOf(m, 1)] = (q2[ragOf(m, 1)] ?? 0) + 1;
if (q2[1] !== 2 || q2[2] !== 2 || q2[3] !== 3 || q2[4] !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "WRP-01,WRP-02,WRP-04,WRP-06") fail("worse " + WORSE);
if (BETTER.join() !== "WRP-05,WRP-08") fail("better " + BETTER);
if (ABOVE.join() !== "CER-01,CER-05") fail("above tolerance " + ABOVE);
if (ROSE.join() !== "CER-01,CER-04,CER-05") fail("rose " + ROSE);
if (RISKS.filter((r) => r.esc).map((r) => r.ref).join() !== ABOVE.join()) fail("escalated = above tolerance");
if (VISIT.reduce((t, v) => t + v.votes, 0) !== 12) fail("visit votes");
if (OPEN.join() !== "CEA-31,CEA-34,CEA-36,CEA-37") fail("open " + OPEN);
if (IN_ROOM.length + ONLINE.length + 1 !== 11 || [...IN_ROOM, ...ONLINE].some((k) => APOLOGIES.includes(k))) fail("attendance");
if (new Set([...IN_ROOM, ...ONLINE, ...APOLOGIES]).size !== 12) fail("every member accounted for");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday") fail("meeting day " + m.iso);
for (const v of VISIT) if (!WD.some((d) => d.startsWith(v.option.slice(0, 3)) && weekday(v.iso) === d)) fail("visit day " + v.iso);
for (const [iso, d] of [["2371-12-13", "Monday"], ["2371-12-08", "Wednesday"], ["2371-12-10", "Friday"], ["2371-11-17", "Wednesday"], ["2371-11-10", "Wednesday"], ["2371-11-24", "Wednesday"], ["2371-11-02", "Tuesday"], ["2371-12-03", "Friday"], ["2371-12-01", "Wednesday"], ["2371-12-14", "Tuesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
