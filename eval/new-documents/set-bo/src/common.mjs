// Shared content for set BO: one body (the Community Defibrillators Task Group, a member task group of
// the invented Healthy and Resilient Communities Board), its people, meetings, the Rescue Ready Programme
// 2263-65 (measures RRP-01 to RRP-08), round 2 of the Defibrillator Access Fund (decided at the meeting
// of Thursday 12 November 2263), its action log (CDA-) and risk register (R1-R7), the revision of its
// terms of reference (version 2.0 of June 2263 against the draft version 3.0 of 24 November 2263) and a
// public question-and-answer session on Monday 30 November 2263, in the municipal year 2263/64. Every
// builder reads from here so that the five documents agree with each other; the arithmetic (bids,
// awards, what is held and what is left, rating counts, risk scores, attendance) is checked on loading.
// Synthetic test fixtures: every person, council, organisation, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Community Defibrillators Task Group";
export const SHORT = "CDTG";
export const BOARD = "Healthy and Resilient Communities Board";
export const PROGRAMME = "Rescue Ready Programme 2263–65";
export const FUND = "Defibrillator Access Fund";
export const ROOM = "Room 2.4, 18 Smith Square";
export const TRUST = "Westvale Ambulance Service NHS Trust";

export const DOCS = {
  tor: "cdtg-terms-of-reference-v2-v3-comparison-2263-11-25.pdf",
  minutes: "cdtg-draft-minutes-2263-11-12-signed.eml",
  sway: "cdtg-chairs-winter-update-sway-2263-12-09.html",
  slido: "cdtg-rescue-ready-public-qa-slido-2263-11-30.csv",
  trello: "cdtg-actions-and-risks-trello-2263-12-10.html",
};

export const MEETINGS = [
  { date: "Thursday 11 June 2263", iso: "2263-06-11" },
  { date: "Thursday 10 September 2263", iso: "2263-09-10" },
  { date: "Thursday 12 November 2263", iso: "2263-11-12" },
  { date: "Thursday 21 January 2264", iso: "2264-01-21" },
  { date: "Thursday 17 March 2264", iso: "2264-03-17" },
];
export const BOARD_TOR_V2 = "18 June 2263"; // the Board agreed version 2.0
export const BOARD_MEETING = "Thursday 3 December 2263"; // the Board agreed version 3.0 (the Sway says so)

export const OFFICERS = {
  delphine: { fore: "Delphine", sur: "Arkwright-Nunes", post: "Programme Manager, Rescue Ready", phone: "020 7946 0841", email: "delphine.arkwright-nunes@local.gov.uk", ini: "DA", user: "delphinearkwrightnunes" },
  kwabena: { fore: "Kwabena", sur: "Ofori-Stanway", post: "Senior Adviser, Community Resilience", phone: "020 7946 0846", email: "kwabena.ofori-stanway@local.gov.uk", ini: "KO", user: "kwabenaoforistanway" },
  morwenna: { fore: "Morwenna", sur: "Ilsley", post: "Finance Business Partner", phone: "020 7946 0852", email: "morwenna.ilsley@local.gov.uk", ini: "MI", user: "morwennailsley" },
  lavinia: { fore: "Lavinia", sur: "Stoneleigh", post: "Head of Democratic Services", phone: "020 7946 0857", email: "lavinia.stoneleigh@local.gov.uk", ini: "LS", user: "laviniastoneleigh" },
  benedict: { fore: "Benedict", sur: "Oyinlola-Marsh", post: "Member Services Officer", phone: "020 7946 0863", email: "benedict.oyinlola-marsh@local.gov.uk", ini: "BO", user: "benedictoyinlolamarsh" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const COOPTED = { name: "Dr Imogen Faulconbridge", post: "Community Resuscitation Lead", org: TRUST, from: "1 January 2264" };

// Membership 2263/64. role as in version 3.0 of the terms of reference; v2role where version 2.0 differs.
export const PEOPLE = [
  { k: "blakeway", fore: "Honoria", sur: "Blakeway", council: "Larkhollow City Council", group: "Labour", role: "Chair" },
  { k: "lydgate", fore: "Ambrose", sur: "Lydgate", council: "Orchardleigh County Council", group: "Conservative", role: "Vice-Chair" },
  { k: "llwydiarth", fore: "Sioned", sur: "Llwydiarth", council: "Kestlebury District Council", group: "Liberal Democrat", role: "Deputy Chair", v2role: "Deputy Chair; lead member, schools and CPR training" },
  { k: "ezeoke", fore: "Tobias", sur: "Ezeoke-Hale", council: "Thistleford Metropolitan Borough Council", group: "Labour", role: "Lead member, schools and CPR training", v2role: "Member" },
  { k: "kitteridge", fore: "Ffion", sur: "Kitteridge", council: "Carrowbeck District Council", group: "Independent", role: "Lead member, rural coverage" },
  { k: "athertone", fore: "Leopold", sur: "Athertone", council: "Mardenhoe Borough Council", group: "Conservative", role: "Lead member, guardians and volunteers" },
  { k: "dossetor", fore: "Priyanka", sur: "Dossetor", council: "Wyndleham Borough Council", group: "Labour", role: "Member" },
  { k: "shandwick", fore: "Eamon", sur: "Shandwick", council: "Scarrowby City Council", group: "Labour", role: "Member" },
  { k: "hollinshead", fore: "Beatrix", sur: "Hollinshead", council: "Holmbrake Borough Council", group: "Conservative", role: "Member" },
  { k: "chelliah", fore: "Ravi", sur: "Chelliah-Moss", council: "Ellisham County Council", group: "Liberal Democrat", role: "Member" },
  { k: "averill", fore: "Constance", sur: "Averill-Pike", council: "Brantmere Borough Council", group: "Green Party", role: "Member" },
  { k: "morville", fore: "Jedidiah", sur: "Morville", council: "Cawdenmoor District Council", group: "Conservative", role: "Member (from 1 October 2263)", isNew: true },
  { k: "stainsby", fore: "Godfrey", sur: "Stainsby", council: "Cawdenmoor District Council", group: "Conservative", role: "Former member", v2role: "Member", left: "30 September 2263" },
  { k: "ellinthorpe", fore: "Maud", sur: "Ellinthorpe", council: "Larkhollow City Council", group: "Labour", role: "Substitute" },
  { k: "pennyfeather", fore: "Osric", sur: "Pennyfeather", council: "Orchardleigh County Council", group: "Conservative", role: "Substitute" },
  { k: "halsdown", fore: "Zainab", sur: "Halsdown", council: "Kestlebury District Council", group: "Liberal Democrat", role: "Substitute", isNew: true },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
for (const p of PEOPLE) p.name = `Cllr ${p.fore} ${p.sur}`;
export const cllr = (k) => P[k].name;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const initials = (fore, sur) => (fore[0] + sur[0]).toUpperCase();

// ------------------------------------------------------------------ Rescue Ready measures, quarter 2 2263/64 (to 30 September 2263)
export const ORDER = { Red: 0, Amber: 1, Green: 2 };
export const MEASURES = [
  { ref: "RRP-01", short: "Registered", name: "Public access defibrillators registered on the national network (cumulative)", target: "1,200 by 31 March 2264", q1v: "1,018", q1: "Green", q2v: "1,094", q2: "Green", lead: "athertone", note: "76 more registered since June, most of them in Thistleford and Holmbrake." },
  { ref: "RRP-02", short: "Rescue ready", name: "Registered defibrillators that are rescue ready (pads and battery in date, checked in the last 30 days)", target: "95%", q1v: "93%", q1: "Amber", q2v: "87%", q2: "Red", lead: "athertone", note: "142 of 1,094 were not rescue ready at 30 September, 97 of them with pads that expired after the summer heat." },
  { ref: "RRP-03", short: "Open all hours", name: "Registered defibrillators available 24 hours a day", target: "80%", q1v: "74%", q1: "Amber", q2v: "81%", q2: "Green", lead: "kitteridge", note: "Coded cabinets fitted at 58 sites that were open in the daytime only." },
  { ref: "RRP-04", short: "Schools", name: "Secondary schools that have trained all their Year 8 pupils in CPR (of 146)", target: "146 by July 2264", q1v: "55", q1: "Amber", q2v: "76", q2: "Green", lead: "ezeoke", note: "Back on profile after the September training days." },
  { ref: "RRP-05", short: "Rural reach", name: "Rural residents living within 500 metres of a defibrillator available 24 hours a day", target: "60%", q1v: "47%", q1: "Amber", q2v: "46%", q2: "Red", lead: "kitteridge", note: "Cabinets waiting for landowners' consent in Carrowbeck and Cawdenmoor; two cabinets removed at Ellisham farm shops." },
  { ref: "RRP-06", short: "Guardians", name: "Defibrillator guardians recruited (cumulative)", target: "900 by 31 March 2264", q1v: "512", q1: "Green", q2v: "588", q2: "Amber", lead: "athertone", note: "Recruitment events paused over the summer holidays." },
  { ref: "RRP-07", short: "Bystander CPR", name: "Out-of-hospital cardiac arrests in which a bystander gave CPR", target: "75%", q1v: "no data", q1: "No data", q2v: "71%", q2: "Amber", lead: "ezeoke", note: "First figures under the data-sharing agreement with Westvale Ambulance Service NHS Trust." },
  { ref: "RRP-08", short: "Grants paid", name: "Defibrillator Access Fund grants paid within 30 days of the award", target: "90%", q1v: "100%", q1: "Green", q2v: "96%", q2: "Green", lead: "llwydiarth", note: "One round 1 grant paid late while bank details were checked." },
];
export const WORSE = MEASURES.filter((m) => m.q1 in ORDER && ORDER[m.q2] < ORDER[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in ORDER && ORDER[m.q2] > ORDER[m.q1]).map((m) => m.ref);
export const count = (q, r) => MEASURES.filter((m) => m[q] === r).length;

// ------------------------------------------------------------------ Defibrillator Access Fund, round 2 (minute 5 of 12 November 2263)
export const ROUND2 = 180000;
export const THRESHOLD = 65;
export const BIDS = [
  { org: "Thistleford Tenants' Federation", area: "Thistleford", project: "Twelve coded cabinets on Thistleford's housing estates", asked: 31200, score: 84, award: 31200 },
  { org: "Carrowbeck Rural Community Council", area: "Carrowbeck", project: "Heated cabinets for eight hill villages", asked: 28800, score: 81, award: 28800 },
  { org: "Holmbrake Sports Network", area: "Holmbrake", project: "Defibrillators at 15 sports clubs", asked: 22500, score: 77, award: 22500 },
  { org: "Penstone Village Hall Trust", area: "Carrowbeck", project: "Penstone village hall cabinet and solar lighting", asked: 24000, score: 74, award: 0, held: 24000 },
  { org: "Wyndleham Volunteer Centre", area: "Wyndleham", project: "Guardian training hub", asked: 19600, score: 72, award: 16000, note: "training costs capped at £16,000" },
  { org: "Scarrowby Faith Forum", area: "Scarrowby", project: "CPR training in 20 places of worship", asked: 18400, score: 70, award: 18400 },
  { org: "Mardenhoe Borough Council", area: "Mardenhoe", project: "New pads and batteries for 60 older cabinets", asked: 30500, score: 68, award: 30500 },
  { org: "Brantmere Hackney Carriage Association", area: "Brantmere", project: "Defibrillators in 40 taxis", asked: 23500, score: 61, award: 0 },
  { org: "Ellisham County Council", area: "Ellisham", project: "Drone delivery of defibrillators (trial)", asked: 38000, score: 52, award: 0 },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 236,500
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 147,400
export const HELD = BIDS.reduce((t, b) => t + (b.held ?? 0), 0); // 24,000
export const LEFT = ROUND2 - AWARDED - HELD; // 8,600
export const ROUND3 = { opens: "Monday 1 February 2264", closes: "Monday 14 March 2264", newMoney: 120000 };
ROUND3.total = ROUND3.newMoney + LEFT; // 128,600
export const LIMITS = { v2: { officer: 10000, chair: 20000 }, v3: { officer: 15000, chair: 30000 } };

// ------------------------------------------------------------------ meeting of Thursday 12 November 2263
export const PRESENT = ["blakeway", "lydgate", "llwydiarth", "ezeoke", "kitteridge", "athertone", "dossetor", "hollinshead", "chelliah", "morville"];
export const ONLINE = ["dossetor"];
export const SUB = { k: "ellinthorpe", for: "shandwick" };
export const APOLOGIES = ["shandwick", "averill"];
export const SEPT = { first: "CDA-41", last: "CDA-48", open: ["CDA-44", "CDA-47"] };
// the ambulance service's presentation (minute 6)
export const OHCA = { arrests: "1,286", bystander: "71%", pad: "9.4%", survival: "11.2%", survivalPad: "31%" };
export const NOT_READY = { n: 142, of: "1,094", pads: 97 };

// actions of 12 November (and the two left open from September), with their state on the Trello board
// on 10 December 2263. owner: an officer key or a member key; due as dd/mm/yyyy.
export const ACTIONS = [
  { ref: "CDA-44", min: "Sept", action: "Launch the guardians' weekly check app in all 12 areas", owner: "delphine", due: "30/10/2263", state: "done", from: "September" },
  { ref: "CDA-47", min: "Sept", action: "Chase the Minister for Public Health for a reply on VAT relief for public access defibrillators", owner: "lavinia", due: "05/11/2263", state: "blocked", from: "September", why: "No reply yet; second letter sent 16 Nov" },
  { ref: "CDA-49", min: "3", action: "Bring a replacement plan for pads and batteries (RRP-02) to the January meeting", owner: "kwabena", due: "21/01/2264", state: "progress", checklist: "2/5" },
  { ref: "CDA-50", min: "3", action: "Write to the Westvale Landowners' Association about consents for rural cabinets", owner: "kitteridge", due: "18/12/2263", state: "todo", checklist: "0/2" },
  { ref: "CDA-51", min: "4", action: "Prepare a comparison of terms of reference versions 2.0 and 3.0 for the Board", owner: "lavinia", due: "26/11/2263", state: "done" },
  { ref: "CDA-52", min: "5", action: "Confirm Penstone Village Hall Trust's landowner consent and put the award to the Chair", owner: "delphine", due: "18/12/2263", state: "blocked", why: "Waiting for the landowner's solicitors" },
  { ref: "CDA-53", min: "5", action: "Publish the round 3 guidance (round 3 opens on 1 February 2264)", owner: "delphine", due: "22/01/2264", state: "progress", checklist: "1/4" },
  { ref: "CDA-54", min: "6", action: "Extend the data-sharing agreement with Westvale Ambulance Service NHS Trust to all 12 areas", owner: "kwabena", due: "17/03/2264", state: "todo" },
  { ref: "CDA-55", min: "8", action: "Set up the public Q&A on Slido and publish the answers", owner: "benedict", due: "07/12/2263", state: "done" },
  { ref: "CDA-56", min: "7", action: "Add risk R7 (single supplier of replacement pads) to the risk register", owner: "morwenna", due: "19/11/2263", state: "done" },
];
export const NEW_ACTIONS = ACTIONS.filter((a) => !a.from);
export const OPEN = ACTIONS.filter((a) => a.state !== "done").map((a) => a.ref);
export const BLOCKED = ACTIONS.filter((a) => a.state === "blocked").map((a) => a.ref);

// risk register (Trello "Risk register" list; R3 closed). score = likelihood x impact;
// 1-6 Green, 8-12 Amber, 15-25 Red
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
export const RISKS = [
  { ref: "R1", title: "Too few guardians to check every cabinet each week", l: 3, i: 4, owner: "delphine", trend: "Same" },
  { ref: "R2", title: "Pads and batteries expire before they are replaced", l: 4, i: 4, owner: "kwabena", trend: "Worse" },
  { ref: "R4", title: "Rural bids stall on landowners' consent and the Fund underspends", l: 3, i: 3, owner: "morwenna", trend: "Same" },
  { ref: "R5", title: "Theft and vandalism of unlocked cabinets in town centres", l: 4, i: 5, owner: "delphine", trend: "Worse" },
  { ref: "R6", title: "Not every ambulance trust shares cardiac arrest data", l: 2, i: 4, owner: "kwabena", trend: "Better" },
  { ref: "R7", title: "Single supplier of replacement pads raises prices by 18% from January", l: 4, i: 3, owner: "morwenna", trend: "New" },
  { ref: "R3", title: "Schools cannot release staff for CPR training", l: 2, i: 3, owner: "delphine", trend: "Closed", closed: "10 September 2263" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.rating = band(r.score); }
export const RED_RISKS = RISKS.filter((r) => !r.closed && r.rating === "Red").map((r) => r.ref);

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (new Set(MEMBERS.map((m) => m.council)).size !== 12) fail("one member per council");
if (ASKED !== 236500 || AWARDED !== 147400 || HELD !== 24000 || LEFT !== 8600 || ROUND3.total !== 128600) fail(`fund ${ASKED} ${AWARDED} ${HELD} ${LEFT}`);
for (const b of BIDS) if (((b.award > 0 || b.held > 0) !== (b.score >= THRESHOLD)) || b.award > b.asked) fail("bid " + b.org);
if (!(HELD > LIMITS.v2.chair && HELD <= LIMITS.v3.chair)) fail("Penstone must be over the old and within the new Chair's limit");
if (count("q2", "Green") !== 4 || count("q2", "Amber") !== 2 || count("q2", "Red") !== 2) fail("Q2 counts");
if (count("q1", "Green") !== 3 || count("q1", "Amber") !== 4 || count("q1", "No data") !== 1) fail("Q1 counts");
if (WORSE.join() !== "RRP-02,RRP-05,RRP-06") fail("worse " + WORSE);
if (BETTER.join() !== "RRP-03,RRP-04") fail("better " + BETTER);
if (RED_RISKS.join() !== "R2,R5") fail("red risks " + RED_RISKS);
if (BLOCKED.join() !== "CDA-47,CDA-52") fail("blocked " + BLOCKED);
if (PRESENT.length !== 10 || APOLOGIES.some((k) => PRESENT.includes(k)) || PRESENT.length + APOLOGIES.length !== 12) fail("attendance");
if (NOT_READY.n !== 1094 - Math.round(1094 * 0.87)) fail("not rescue ready");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Thursday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2263-06-18", "Thursday"], ["2263-11-19", "Thursday"], ["2263-11-26", "Thursday"], ["2263-11-25", "Wednesday"], ["2263-11-30", "Monday"], ["2263-12-03", "Thursday"], ["2263-12-07", "Monday"], ["2263-12-09", "Wednesday"], ["2263-12-10", "Thursday"], ["2264-02-01", "Monday"], ["2264-03-14", "Monday"], ["2263-11-24", "Tuesday"], ["2264-01-02", "Saturday"], ["2264-02-06", "Saturday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
