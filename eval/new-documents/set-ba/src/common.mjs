// Shared content for set BA: one body (the Electric Vehicle Charging Task Group, a member task group of
// the invented Transport and Clean Air Board), its people, the Neighbourhood Chargepoint Fund (round 1
// schemes NCF-01 to NCF-14 and round 2), the EV Charging Programme plan 2136/37, the meeting of Tuesday
// 12 June 2136 and the meeting of Tuesday 18 September 2136 at Ockenbridge, in the municipal year 2136/37.
// Every builder reads from here so that the five documents agree; the arithmetic (awards, payments and
// sockets, status counts by quarter, the contingency, the round 2 budget, the bids, the vote) is checked
// when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, scheme and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Electric Vehicle Charging Task Group";
export const SHORT = "EVCTG";
export const BOARD = "Transport and Clean Air Board";
export const FUND = "Neighbourhood Chargepoint Fund";
export const PROGRAMME = "EV Charging Programme 2136/37";

export const DOCS = {
  tracker: "evctg-ncf-round-1-tracker-2136-37-q1-with-comments.pdf",
  transcript: "evctg-meeting-2136-06-12-teams-transcript.docx",
  plan: "evctg-ev-charging-programme-plan-2136-37-project-export.csv",
  invite: "evctg-updated-invitation-ockenbridge-2136-09-18.eml",
  report: "evctg-item-5-ncf-round-2-budget-rpt-2136-0419-saved.html",
};

export const MEETINGS = [
  { date: "Tuesday 13 March 2136", iso: "2136-03-13" },
  { date: "Tuesday 12 June 2136", iso: "2136-06-12" },
  { date: "Tuesday 18 September 2136", iso: "2136-09-18" },
  { date: "Tuesday 4 December 2136", iso: "2136-12-04" },
];

// officers (LGA-style body; addresses at the invented local.gov.uk mailbox) and the host council's two
export const OFFICERS = {
  talia: { fore: "Talia", sur: "Okonkwo-Reyes", post: "Programme Manager, EV Charging", phone: "020 7946 0701", email: "talia.okonkwo-reyes@local.gov.uk" },
  gideon: { fore: "Gideon", sur: "Fairweather-Lunt", post: "Finance Business Partner", phone: "020 7946 0702", email: "gideon.fairweather-lunt@local.gov.uk" },
  rhiannon: { fore: "Rhiannon", sur: "Castellow", post: "Senior Solicitor", phone: "020 7946 0703", email: "rhiannon.castellow@local.gov.uk" },
  anouk: { fore: "Anouk", sur: "Delisle-Barker", post: "Member Services Officer", phone: "020 7946 0704", email: "anouk.delisle-barker@local.gov.uk" },
  emeka: { fore: "Emeka", sur: "Ollivant-Rhys", post: "Head of Transport and Infrastructure", phone: "020 7946 0705", email: "emeka.ollivant-rhys@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) { o.name = `${o.fore} ${o.sur}`; o.display = `${o.sur}, ${o.fore}`; }
export const HOST = {
  priyanka: { name: "Priyanka Thorsby-Rao", post: "Head of Parking and Kerbside, Ockenbridge City Council", email: "priyanka.thorsby-rao@ockenbridge.gov.uk" },
  lucan: { name: "Lucan Ferriday", post: "Democratic Services Officer, Ockenbridge City Council", email: "lucan.ferriday@ockenbridge.gov.uk" },
};

// Membership 2136/37. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute.
export const PEOPLE = [
  { k: "marchetti", fore: "Perpetua", sur: "Marchetti-Gould", council: "Wendlecombe Borough Council", short: "Wendlecombe BC", group: "Conservative", g: "Con", role: "Chair", email: "perpetua.marchetti-gould@wendlecombe.gov.uk" },
  { k: "brannock", fore: "Cosimo", sur: "Brannock-Hale", council: "Ockenbridge City Council", short: "Ockenbridge CC", group: "Labour", g: "Lab", role: "Vice-Chair", email: "cosimo.brannock-hale@ockenbridge.gov.uk" },
  { k: "fenwick", fore: "Aurelie", sur: "Fenwick-Osei", council: "Tarrowby District Council", short: "Tarrowby DC", group: "Liberal Democrat", g: "LD", role: "Deputy Chair", email: "cllr.fenwick-osei@tarrowby.gov.uk" },
  { k: "silverwood", fore: "Horatio", sur: "Silverwood-Tapp", council: "Sandlow County Council", short: "Sandlow CC", group: "Conservative", g: "Con", role: "Member", lead: "rural charging", email: "horatio.silverwood-tapp@sandlow.gov.uk" },
  { k: "pentecost", fore: "Marisol", sur: "Pentecost-Irvine", council: "Ravenscliffe Metropolitan Borough Council", short: "Ravenscliffe MBC", group: "Labour", g: "Lab", role: "Member", lead: "on-street charging", email: "marisol.pentecost-irvine@ravenscliffe.gov.uk" },
  { k: "oakhanger", fore: "Taddeo", sur: "Oakhanger", council: "Kingsmarsh Borough Council", short: "Kingsmarsh BC", group: "Conservative", g: "Con", role: "Member", email: "taddeo.oakhanger@kingsmarsh.gov.uk" },
  { k: "adebanjo", fore: "Ngozi", sur: "Adebanjo-Frith", council: "Quaybridge City Council", short: "Quaybridge CC", group: "Labour", g: "Lab", role: "Member", email: "ngozi.adebanjo-frith@quaybridge.gov.uk" },
  { k: "carbery", fore: "Isolde", sur: "Carbery-Noakes", council: "Durnholme District Council", short: "Durnholme DC", group: "Independent", g: "Ind", role: "Member", email: "isolde.carbery-noakes@durnholme.gov.uk" },
  { k: "tremlow", fore: "Fergus", sur: "Tremlow-Addy", council: "Lowmoor District Council", short: "Lowmoor DC", group: "Green", g: "Grn", role: "Member", lead: "grid connections and data", email: "fergus.tremlow-addy@lowmoor.gov.uk" },
  { k: "olerud", fore: "Yasmin", sur: "Olerud", council: "Brackenmoor District Council", short: "Brackenmoor DC", group: "Liberal Democrat", g: "LD", role: "Member", email: "yasmin.olerud@brackenmoor.gov.uk" },
  { k: "cleeve", fore: "Barnabas", sur: "Cleeve-Hartnoll", council: "Kingsmarsh Borough Council", short: "Kingsmarsh BC", group: "Conservative", g: "Con", role: "Substitute", email: "barnabas.cleeve-hartnoll@kingsmarsh.gov.uk" },
  { k: "mbeki", fore: "Saffron", sur: "Mbeki-Lowther", council: "Ravenscliffe Metropolitan Borough Council", short: "Ravenscliffe MBC", group: "Labour", g: "Lab", role: "Substitute", email: "saffron.mbeki-lowther@ravenscliffe.gov.uk" },
  { k: "grannard", fore: "Ottilie", sur: "Grannard", council: "Tarrowby District Council", short: "Tarrowby DC", group: "Liberal Democrat", g: "LD", role: "Substitute", email: "ottilie.grannard@tarrowby.gov.uk" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => `${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => p.role !== "Substitute");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ the Fund: round 1 schemes
// status words of the tracker, best first (Withdrawn is outside the order)
export const STATUS = {
  "Complete": "all sockets live and the final claim paid",
  "On track": "delivering to the agreed profile",
  "Delayed": "behind profile, with a recovery plan agreed",
  "At risk": "behind profile, with no agreed recovery plan",
  "Withdrawn": "the council has withdrawn; the award returns to the Fund",
};
export const RANK = { "At risk": 0, "Delayed": 1, "On track": 2, "Complete": 3 };
export const SCHEMES = [
  { ref: "NCF-01", council: "Wendlecombe Borough Council", scheme: "Lamp-column chargers, Eastfield estate", planned: 60, live: 60, award: 180000, paid: 180000, q4: "On track", q1: "Complete", forecast: "Complete", contact: "Imelda Cawthorne-Yeo", note: "Final claim paid 14/06/2136" },
  { ref: "NCF-02", council: "Ockenbridge City Council", scheme: "Rapid charging hub, Moorgate multi-storey car park", planned: 12, live: 4, award: 396000, paid: 198000, q4: "On track", q1: "On track", forecast: "30/11/2136", contact: "Priyanka Thorsby-Rao", note: "" },
  { ref: "NCF-03", council: "Sandlow County Council", scheme: "Village hall and pub car park chargers (22 sites)", planned: 44, live: 38, award: 264000, paid: 246000, q4: "On track", q1: "On track", forecast: "30/09/2136", contact: "Crispin Aldermoor", note: "" },
  { ref: "NCF-04", council: "Kingsmarsh Borough Council", scheme: "Taxi and private hire rapid chargers", planned: 10, live: 4, award: 350000, paid: 140000, q4: "On track", q1: "Delayed", forecast: "31/01/2137", contact: "Juno Takahashi-Pryce", note: "Recovery plan agreed 21/06/2136" },
  { ref: "NCF-05", council: "Quaybridge City Council", scheme: "Quayside depot and on-street hub", planned: 24, live: 0, award: 410000, paid: 0, q4: "Delayed", q1: "At risk", forecast: "TBC", contact: "Bartram Okafor-Lisle", note: "" },
  { ref: "NCF-06", council: "Ravenscliffe Metropolitan Borough Council", scheme: "On-street residential chargers, nine streets", planned: 72, live: 40, award: 333000, paid: 160000, q4: "On track", q1: "On track", forecast: "31/12/2136", contact: "Henrietta Vosloo", note: "" },
  { ref: "NCF-07", council: "Tarrowby District Council", scheme: "Market town car parks (five)", planned: 20, live: 20, award: 150000, paid: 150000, q4: "Delayed", q1: "Complete", forecast: "Complete", contact: "Caspar Ingleby-Rowe", note: "Final claim paid 05/06/2136" },
  { ref: "NCF-08", council: "Durnholme District Council", scheme: "Leisure centre and library chargers", planned: 16, live: 6, award: 120000, paid: 45000, q4: "On track", q1: "Delayed", forecast: "31/03/2137", contact: "Mairead Colquhoun-Bligh", note: "" },
  { ref: "NCF-09", council: "Brackenmoor District Council", scheme: "Community car club chargers", planned: 12, live: 8, award: 96000, paid: 60000, q4: "On track", q1: "On track", forecast: "31/10/2136", contact: "Ravi Sundqvist", note: "" },
  { ref: "NCF-10", council: "Lowmoor District Council", scheme: "Solar canopy chargers, Lowmoor Park and Ride", planned: 16, live: 0, award: 310000, paid: 62000, q4: "At risk", q1: "Delayed", forecast: "28/02/2137", contact: "Eluned Penhallurick", note: "Planning granted 30/05/2136" },
  { ref: "NCF-11", council: "Thistlecombe Borough Council", scheme: "Coach station rapid hub", planned: 8, live: 0, award: 212000, paid: 0, q4: "At risk", q1: "Withdrawn", forecast: "–", contact: "Tobiah Wrenshaw", note: "" },
  { ref: "NCF-12", council: "Fernhollow Borough Council", scheme: "Terraced streets home charging (cable gullies)", planned: 120, live: 35, award: 180000, paid: 72000, q4: "On track", q1: "At risk", forecast: "TBC", contact: "Philomena Ardagh-Brook", note: "" },
  { ref: "NCF-13", council: "Castlemere City Council", scheme: "Conservation area on-street chargers", planned: 30, live: 0, award: 225000, paid: 45000, q4: "On track", q1: "Delayed", forecast: "31/03/2137", contact: "Lorcan Beddoes-Hart", note: "" },
  { ref: "NCF-14", council: "Wealdmarsh County Council", scheme: "Fleet chargers at highway depots", planned: 18, live: 18, award: 135000, paid: 135000, q4: "Complete", q1: "Complete", forecast: "Complete", contact: "Sigrun Attewell", note: "" },
];
export const S = Object.fromEntries(SCHEMES.map((s) => [s.ref, s]));
export const ACTIVE = SCHEMES.filter((s) => s.q1 !== "Withdrawn");
const sumOf = (list, k) => list.reduce((t, s) => t + s[k], 0);
export const TOT = { planned: sumOf(ACTIVE, "planned"), live: sumOf(ACTIVE, "live"), award: sumOf(ACTIVE, "award"), paid: sumOf(ACTIVE, "paid") };
export const NCF06_VARIATION = 45000, NCF06_ORIGINAL = 288000;
export const CONTINGENCY = 120000, CONTINGENCY_NOW = CONTINGENCY - NCF06_VARIATION; // 75,000
export const NCF11 = S["NCF-11"].award; // 212,000
export const ROUND1_BUDGET = TOT.award - NCF06_VARIATION + NCF11 + CONTINGENCY; // as set in 2135
export const ROUND2_BASE = 1600000, ROUND2 = ROUND2_BASE + NCF11; // 1,812,000
export const BID_CAP = 250000;
// round 2 bids received by 5 September 2136
export const BIDS = [
  { type: "On-street residential", n: 21, sum: 1960000 },
  { type: "Rural hubs", n: 12, sum: 1240000 },
  { type: "Lamp-column", n: 9, sum: 610000 },
  { type: "Fleet and depot", n: 5, sum: 570000 },
];
export const BIDS_N = BIDS.reduce((t, b) => t + b.n, 0), BIDS_SUM = BIDS.reduce((t, b) => t + b.sum, 0), BID_COUNCILS = 41;
export const count = (q) => { const c = {}; for (const s of SCHEMES) c[s[q]] = (c[s[q]] ?? 0) + 1; return c; };
export const WORSE = SCHEMES.filter((s) => s.q4 in RANK && s.q1 in RANK && RANK[s.q1] < RANK[s.q4]).map((s) => s.ref);
export const BETTER = SCHEMES.filter((s) => s.q4 in RANK && s.q1 in RANK && RANK[s.q1] > RANK[s.q4]).map((s) => s.ref);

// ------------------------------------------------------------------ the June meeting: the vote on the NCF-06 variation
// in the room: Chair, Vice-Chair, Silverwood-Tapp, Tremlow-Addy; online: Fenwick-Osei, Pentecost-Irvine,
// Adebanjo-Frith, Cleeve-Hartnoll (substitute for Oakhanger); by phone: Carbery-Noakes. Apologies:
// Oakhanger (substitute), Olerud (none). Pentecost-Irvine declared an interest and did not vote.
export const JUNE_PRESENT = ["marchetti", "brannock", "silverwood", "tremlow", "fenwick", "pentecost", "adebanjo", "carbery"];
export const JUNE_SUB = { k: "cleeve", for: "oakhanger" };
export const JUNE_APOLOGIES = ["oakhanger", "olerud"];
export const VOTE = { for: 6, against: 1, abstain: 1 }; // against Silverwood-Tapp, abstain Cleeve-Hartnoll
export const GULLIES = 240, GULLY_COST = 1150;

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const n0 = (n) => n.toLocaleString("en-GB");
// dates
const WD = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
export const dmy = (iso) => { const [y, m, d] = iso.split("-"); return `${d}/${m}/${y}`; };
export const weekday = (iso) => new Date(iso + "T12:00:00Z").getUTCDay();
// MS Project's date format: "Tue 12/06/36"
export const projDate = (iso) => { const [y, m, d] = iso.split("-"); return `${WD[weekday(iso)]} ${d}/${m}/${y.slice(2)}`; };
export const workdays = (a, b) => { // inclusive count of Monday to Friday
  let n = 0;
  for (let t = Date.parse(a + "T12:00:00Z"); t <= Date.parse(b + "T12:00:00Z"); t += 86400000) { const w = new Date(t).getUTCDay(); if (w && w < 6) n++; }
  return n;
};

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 10 || SUBS.length !== 3) fail("10 members and 3 substitutes");
if (TOT.planned !== 454 || TOT.live !== 233) fail(`sockets ${TOT.planned} ${TOT.live}`);
if (TOT.award !== 3149000 || TOT.paid !== 1493000) fail(`award ${TOT.award} paid ${TOT.paid}`);
if (ROUND1_BUDGET !== 3436000 || CONTINGENCY_NOW !== 75000 || ROUND2 !== 1812000) fail("budgets");
if (S["NCF-06"].award !== NCF06_ORIGINAL + NCF06_VARIATION) fail("NCF-06 award");
if (BIDS_N !== 47 || BIDS_SUM !== 4380000) fail(`bids ${BIDS_N} ${BIDS_SUM}`);
if (Math.round((BIDS_SUM / ROUND2) * 10) / 10 !== 2.4) fail("2.4 times the budget");
for (const s of SCHEMES) if (s.paid > s.award || s.live > s.planned) fail("scheme " + s.ref);
const c4 = count("q4"), c1 = count("q1");
if (JSON.stringify(c4) !== JSON.stringify({ "On track": 9, "Delayed": 2, "At risk": 2, "Complete": 1 })) fail("Q4 counts " + JSON.stringify(c4));
if (c1["Complete"] !== 3 || c1["On track"] !== 4 || c1["Delayed"] !== 4 || c1["At risk"] !== 2 || c1["Withdrawn"] !== 1) fail("Q1 counts " + JSON.stringify(c1));
if (WORSE.join() !== "NCF-04,NCF-05,NCF-08,NCF-12,NCF-13") fail("worse " + WORSE);
if (BETTER.join() !== "NCF-01,NCF-07,NCF-10") fail("better " + BETTER);
if (JUNE_PRESENT.length + 1 - 1 !== VOTE.for + VOTE.against + VOTE.abstain) fail("vote: 8 members + substitute, less Pentecost-Irvine");
for (const m of MEETINGS) if (weekday(m.iso) !== 2) fail("meetings are on Tuesdays " + m.iso);
