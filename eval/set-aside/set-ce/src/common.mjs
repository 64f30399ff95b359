// Shared content for set CE: one body (the Coroner and Mortuary Services Task Group, CMSTG, a member task
// group of the invented Community Safety and Justice Board), its people, its meetings in the municipal year
// 2671/72, the Coroner and Mortuary Services Programme 2671-73 (measures CMM-01 to CMM-09, risks CMR-01 to
// CMR-07), the Mortuary Capacity Fund (£900,000: the Chair's urgency award MCF-01 and round 1 bids MCF-02 to
// MCF-05) and the actions CMA-21 to CMA-28 of the meeting of Tuesday 19 September 2671. Every builder reads
// from here so that the five documents agree with each other; the arithmetic (fund, bids, totals, rating
// counts, backlog by area, weekdays) is checked when this module loads.
// Synthetic test fixtures: every person, council, coroner area, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));

export const BODY = "Coroner and Mortuary Services Task Group";
export const SHORT = "CMSTG";
export const BOARD = "Community Safety and Justice Board";
export const PROGRAMME = "Coroner and Mortuary Services Programme 2671–73";
export const FUND = "Mortuary Capacity Fund";
export const ROOM = "Room 2.4, 18 Smith Square";

export const DOCS = {
  calendar: "cmstg-calendar-2671-72-google-export.ics",
  notes: "cmstg-meeting-notes-2671-09-19-joplin-raw.md",
  report: "cmstg-item-5-performance-risk-q2-2671-72-sas-ods.rtf",
  chat: "cmstg-mattermost-compliance-export-2671-09-28-to-2671-11-12.csv",
  plan: "cmstg-programme-work-plan-taskpaper-2671-11-10.txt",
};

// the series: third Tuesday of every other month from 18 July 2671, five meetings
export const SERIES = ["2671-07-18", "2671-09-19", "2671-11-21", "2672-01-16", "2672-03-19"];
export const MOVED = { from: "2671-11-21", to: "2671-11-23", time: "10:30", end: "13:00" }; // RECURRENCE-ID override
export const CANCELLED = "2672-01-16"; // EXDATE
export const REARRANGED = "2672-01-30"; // separate single event

export const OFFICERS = {
  anselm: { fore: "Anselm", sur: "Kittredge-Moss", post: "Programme Manager, Coroner and Mortuary Services", phone: "020 7946 0841", user: "anselm.kittredge-moss" },
  yusuf: { fore: "Yusuf", sur: "Castagnoli", post: "Senior Analyst, Research and Information", phone: "020 7946 0846", user: "yusuf.castagnoli" },
  philippa: { fore: "Philippa", sur: "Loxham", post: "Finance Business Partner", phone: "020 7946 0849", user: "philippa.loxham" },
  delphine: { fore: "Delphine", sur: "Achterkamp", post: "Senior Adviser, Medical Examiners and Death Certification", phone: "020 7946 0852", user: "delphine.achterkamp" },
  cosmo: { fore: "Cosmo", sur: "Pettingale", post: "Member Services Officer", phone: "020 7946 0857", user: "cosmo.pettingale" },
};
for (const o of Object.values(OFFICERS)) { o.name = `${o.fore} ${o.sur}`; o.email = `${o.user}@local.gov.uk`; }
export const GUEST = { name: "Imogen Strattford-Kay", post: "HM Senior Coroner for Wexmoor and Marlhaven" };

// Membership 2671/72. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member
export const PEOPLE = [
  { k: "featherstonhaugh", fore: "Rosalind", sur: "Featherstonhaugh", council: "Wexmoor County Council", dom: "wexmoor.gov.uk", group: "Conservative", role: "Chair" },
  { k: "mahmoud", fore: "Tariq", sur: "Mahmoud", council: "Carrowfield City Council", dom: "carrowfield.gov.uk", group: "Labour", role: "Vice-Chair" },
  { k: "dunsforth", fore: "Eulalie", sur: "Dunsforth", council: "Marlhaven District Council", dom: "marlhaven.gov.uk", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "furneaux", fore: "Bartholomew", sur: "Furneaux", council: "Sedgeholme Borough Council", dom: "sedgeholme.gov.uk", group: "Conservative", role: "Member", lead: "mortuary capacity" },
  { k: "obiora", fore: "Nkechi", sur: "Obiora-Wentworth", council: "Carrowfield City Council", dom: "carrowfield.gov.uk", group: "Labour", role: "Member", lead: "bereaved families" },
  { k: "tregonning", fore: "Hamish", sur: "Tregonning", council: "Polrudden Council", dom: "polrudden.gov.uk", group: "Independent", role: "Member" },
  { k: "arkholme", fore: "Solveig", sur: "Arkholme", council: "Marlhaven District Council", dom: "marlhaven.gov.uk", group: "Green Party", role: "Member" },
  { k: "badmus", fore: "Ifeoluwa", sur: "Badmus", council: "Dunhallow Metropolitan Borough Council", dom: "dunhallow.gov.uk", group: "Labour", role: "Member", lead: "inquests" },
  { k: "penrose", fore: "Jocasta", sur: "Penrose-Mudd", council: "Bexfield District Council", dom: "bexfield.gov.uk", group: "Conservative", role: "Member" },
  { k: "strachey", fore: "Wendell", sur: "Strachey", council: "Dunhallow Metropolitan Borough Council", dom: "dunhallow.gov.uk", group: "Labour", role: "Member", lead: "medical examiners and death certification" },
  { k: "pumfrey", fore: "Dilys", sur: "Pumfrey", council: "Sedgeholme Borough Council", dom: "sedgeholme.gov.uk", group: "Liberal Democrat", role: "Member" },
  { k: "fenwick", fore: "Aurelio", sur: "Fenwick-Tate", council: "Wexmoor County Council", dom: "wexmoor.gov.uk", group: "Conservative", role: "Member", from: "2 October 2671" },
  { k: "grisewood", fore: "Ptolemy", sur: "Grisewood", council: "Bexfield District Council", dom: "bexfield.gov.uk", group: "Conservative", role: "Substitute" },
  { k: "cunliffe", fore: "Marisol", sur: "Cunliffe-Ord", council: "Carrowfield City Council", dom: "carrowfield.gov.uk", group: "Labour", role: "Substitute" },
  { k: "rookby", fore: "Fenella", sur: "Rookby", council: "Marlhaven District Council", dom: "marlhaven.gov.uk", group: "Liberal Democrat", role: "Substitute" },
  { k: "haverley", fore: "Cordelia", sur: "Haverley", council: "Wexmoor County Council", dom: "wexmoor.gov.uk", group: "Conservative", role: "Former member", left: "29 September 2671" },
];
for (const p of PEOPLE) { p.name = `${p.fore} ${p.sur}`; p.user = `${p.fore}.${p.sur}`.toLowerCase(); p.email = `${p.user}@${p.dom}`; }
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].name}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// invitation responses to the moved November meeting (the RECURRENCE-ID override)
export const NOV_PARTSTAT = {
  featherstonhaugh: "ACCEPTED", mahmoud: "ACCEPTED", dunsforth: "ACCEPTED", furneaux: "DECLINED", obiora: "ACCEPTED",
  tregonning: "TENTATIVE", arkholme: "NEEDS-ACTION", badmus: "ACCEPTED", penrose: "ACCEPTED", strachey: "ACCEPTED",
  pumfrey: "DECLINED", fenwick: "ACCEPTED", grisewood: "ACCEPTED", cunliffe: "NEEDS-ACTION", rookby: "DECLINED",
};

// ------------------------------------------------------------------ measures at quarter 2 2671/72 (SAS Table 1)
// RAG letters: R off track, A at risk, G on track, C complete, N no data; "." a missing value (SAS)
export const RAGKEY = { R: "off track", A: "at risk", G: "on track", C: "complete", N: "no data" };
export const MEASURES = [
  { theme: "Inquests", ref: "CMM-01", name: "Inquests opened more than 12 months ago", target: "320 or fewer", q1v: "412", q1: "R", q2v: "446", q2: "R", dot: "Same", lead: "Cllr Badmus", note: "Two assistant coroner vacancies (Dunhallow and Sedgeholme); see Table 4" },
  { theme: "Inquests", ref: "CMM-02", name: "Median weeks from death to inquest conclusion", target: "30 or fewer", q1v: "34.5", q1: "A", q2v: "33.0", q2: "A", dot: "Same", lead: "Cllr Badmus", note: "" },
  { theme: "Inquests", ref: "CMM-03", name: "Post-mortem reports received within 8 weeks", target: "80%", q1v: "83%", q1: "G", q2v: "74%", q2: "A", dot: "Worse", lead: "Cllr Badmus", note: "Toxicology turnaround now 14 weeks" },
  { theme: "Medical examiners and certification", ref: "CMM-04", name: "Community deaths scrutinised by a medical examiner", target: "95%", q1v: "88%", q1: "A", q2v: "96%", q2: "G", dot: "Better", lead: "Cllr Strachey", note: "" },
  { theme: "Medical examiners and certification", ref: "CMM-05", name: "Median days from death to registration", target: "5.0 or fewer", q1v: "6.2", q1: "A", q2v: "7.1", q2: "R", dot: "Worse", lead: "Cllr Strachey", note: "Excludes Polrudden for September (registration system outage)" },
  { theme: "Mortuary capacity", ref: "CMM-06", name: "Peak occupancy of mortuary body stores", target: "85% or less", q1v: "81%", q1: "G", q2v: "94%", q2: "R", dot: "Worse", lead: "Cllr Furneaux", note: "August heatwave; Carrowfield General at 101% on 14 August" },
  { theme: "Mortuary capacity", ref: "CMM-07", name: "Coroner areas with a tested excess deaths plan", target: "4 of 4 by 30 September", q1v: "2 of 4", q1: "A", q2v: "4 of 4", q2: "C", dot: "Better", lead: "Cllr Furneaux", note: "Polrudden tested its plan on 27 September" },
  { theme: "Bereaved families", ref: "CMM-08", name: "Urgent release requests (faith needs) met within 24 hours", target: "90%", q1v: "86%", q1: "A", q2v: "91%", q2: "G", dot: "Better", lead: "Cllr Obiora-Wentworth", note: "" },
  { theme: "Bereaved families", ref: "CMM-09", name: "Families satisfied with the coroner service", target: "75%", q1v: ".", q1: "N", q2v: ".", q2: "N", dot: "New", lead: "Cllr Obiora-Wentworth", note: "Survey in the field; first results at quarter 3" },
];
const RANK = { R: 0, A: 1, G: 2, C: 3 };
export const WORSE = MEASURES.filter((m) => m.q1 in RANK && m.q2 in RANK && RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in RANK && m.q2 in RANK && RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);
export const byRag = (r) => MEASURES.filter((m) => m.q2 === r).map((m) => m.ref);

// Table 4: CMM-01 by coroner area
export const BACKLOG = [
  ["Wexmoor and Marlhaven", 98, 104],
  ["Carrowfield", 121, 119],
  ["Dunhallow and Sedgeholme", 147, 171],
  ["Polrudden", 46, 52],
];

// ------------------------------------------------------------------ risk register at 31 October 2671 (SAS Table 2)
export const band = (s) => (s >= 15 ? "High" : s >= 8 ? "Medium" : "Low");
export const RISKS = [
  { ref: "CMR-01", risk: "Too few pathologists to carry out post-mortems promptly, delaying inquests and the release of bodies", owner: "delphine", l: 4, i: 4, prev: "12", trend: "Up" },
  { ref: "CMR-02", risk: "Body stores overwhelmed in a heatwave or an excess deaths event", owner: "anselm", l: 3, i: 5, prev: "15", trend: "Same" },
  { ref: "CMR-03", risk: "Marlhaven mortuary out of use beyond March 2672 after the fire of 6 October 2671", owner: "anselm", l: 4, i: 4, prev: ".", trend: "New" },
  { ref: "CMR-04", risk: "Medical examiner grant for 2672/73 not confirmed in time to keep posts filled", owner: "delphine", l: 3, i: 3, prev: "12", trend: "Down" },
  { ref: "CMR-05", risk: "Move to the CoronerLink case management system slips beyond April 2672", owner: "yusuf", l: 3, i: 3, prev: "9", trend: "Same" },
  { ref: "CMR-06", risk: "Mortuary Capacity Fund not spent by 31 March 2672", owner: "philippa", l: 2, i: 3, prev: "8", trend: "Down" },
  { ref: "CMR-07", risk: "Loss of bereaved families' confidence because of delays", owner: "anselm", l: 3, i: 4, prev: "12", trend: "Same" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.band = band(r.score); }
export const HIGH = RISKS.filter((r) => r.band === "High").map((r) => r.ref);

// ------------------------------------------------------------------ Mortuary Capacity Fund 2671/72
export const FUND_TOTAL = 900000;
export const URGENT = { ref: "MCF-01", ref2: "CMSTG-UD-2671-01", area: "Wexmoor and Marlhaven", council: "Wexmoor County Council", amount: 48000, first: 45000, date: "12 October 2671", project: "a temporary body store (40 spaces) at Unit 7, Marlhaven Business Park", from: "16 October 2671", to: "31 March 2672" };
export const DELEGATION = 50000;
export const THRESHOLD = 60;
export const BIDS = [
  { ref: "MCF-02", area: "Carrowfield", council: "Carrowfield City Council", project: "Extra 60-space cold store at Carrowfield General Hospital", asked: 310000, score: 81, rec: 310000, note: "" },
  { ref: "MCF-03", area: "Dunhallow and Sedgeholme", council: "Dunhallow Metropolitan Borough Council", project: "Shared post-mortem CT scanning suite", asked: 420000, score: 77, rec: 350000, note: "Reduced: the NHS trust will meet the scanner's maintenance" },
  { ref: "MCF-04", area: "Polrudden", council: "Polrudden Council", project: "Mobile refrigerated units for excess deaths", asked: 125000, score: 58, rec: 0, note: "Below the threshold of 60" },
  { ref: "MCF-05", area: "Wexmoor and Marlhaven", council: "Wexmoor County Council", project: "Rebuilt body store at Marlhaven mortuary", asked: 260000, score: 64, rec: 172000, note: "Reduced: the insurer is expected to meet part of the cost" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0);
export const REC = BIDS.reduce((t, b) => t + b.rec, 0);
export const AVAILABLE = FUND_TOTAL - URGENT.amount;
export const LEFT = AVAILABLE - REC;
// the Matterpoll sense check before the urgency decision
export const POLL = { yes: ["mahmoud", "dunsforth", "obiora", "tregonning", "badmus", "strachey", "pumfrey", "fenwick"], no: [], more: ["arkholme"] };

// ------------------------------------------------------------------ meeting of Tuesday 19 September 2671 (Joplin notes)
export const SEPT = {
  present: ["featherstonhaugh", "mahmoud", "dunsforth", "furneaux", "obiora", "badmus", "strachey", "pumfrey", "haverley"],
  online: ["tregonning"],
  sub: { k: "grisewood", for: "penrose" },
  apologies: ["penrose", "arkholme"],
};
export const CRITERIA = [["Extra body storage capacity for the money", "35%"], ["Readiness for an excess deaths event", "25%"], ["Dignity and faith needs of bereaved families", "20%"], ["Partnership with the NHS and neighbouring coroner areas", "20%"]];
// actions of 19 September: ref, minute, action, owner, due; state in the TaskPaper plan
export const ACTIONS = [
  { ref: "CMA-21", min: "5", action: "Circulate the quarter 1 exception report on CMM-01 to all members", owner: "yusuf", due: "29/09/2671", iso: "2671-09-29", done: "2671-09-27", archived: true },
  { ref: "CMA-22", min: "6", action: "Publish the round 1 criteria of the Mortuary Capacity Fund and open bids", owner: "anselm", due: "22/09/2671", iso: "2671-09-22", done: "2671-09-22" },
  { ref: "CMA-23", min: "6", action: "Agree the assessment panel's terms of reference with the Chair", owner: "cosmo", due: "13/10/2671", iso: "2671-10-13", done: null, rag: "amber", note: "Panel met on 31 October on draft terms; the Chair has not yet signed them off." },
  { ref: "CMA-24", min: "7", action: "Send the Senior Coroner's slides to members", owner: "cosmo", due: "22/09/2671", iso: "2671-09-22", done: "2671-09-20", archived: true },
  { ref: "CMA-25", min: "7", action: "Invite HM Senior Coroner for Carrowfield to a future meeting", owner: "cosmo", due: "31/10/2671", iso: "2671-10-31", done: "2671-10-18", note: "Accepted for the January meeting." },
  { ref: "CMA-26", min: "7", action: "Write to the Ministry of Justice about funding for assistant coroners", owner: "anselm", due: "31/10/2671", iso: "2671-12-15", done: null, waiting: "Ministry of Justice", rag: "amber", note: "Chair's letter sent 11 October; no reply yet. Due date moved from 31 October." },
  { ref: "CMA-27", min: "8", action: "Collect the four coroner areas' excess deaths plans and their test reports", owner: "delphine", due: "30/11/2671", iso: "2671-11-30", done: null, rag: "green", note: "Three of four received; Polrudden's report due 20 November." },
  { ref: "CMA-28", min: "9", action: "Write to Cllr Haverley to thank her for her work on the Task Group", owner: "featherstonhaugh", due: "30/09/2671", iso: "2671-09-30", done: "2671-09-28" },
];
export const OPEN = ACTIONS.filter((a) => !a.done).map((a) => a.ref);
// work-plan tasks tagged @rag(red)
export const RED_TASKS = ["Recruit two assistant coroners for Dunhallow and Sedgeholme", "Regional excess deaths exercise \"Cold Snap\""];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const longDate = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${weekday(iso)} ${d} ${MONTHS[m - 1]} ${y}`; };

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
for (const iso of SERIES) if (weekday(iso) !== "Tuesday") fail("series day " + iso);
// third Tuesday of every other month
for (const iso of SERIES) { const d = Number(iso.slice(8)); if (d < 15 || d > 21) fail("not a third Tuesday " + iso); }
if (weekday(MOVED.to) !== "Thursday" || weekday(REARRANGED) !== "Tuesday") fail("moved / rearranged days");
if (ASKED !== 1115000 || REC !== 832000 || AVAILABLE !== 852000 || LEFT !== 20000) fail(`fund ${ASKED} ${REC} ${AVAILABLE} ${LEFT}`);
if (URGENT.amount > DELEGATION) fail("urgency award over the delegation");
for (const b of BIDS) if ((b.rec > 0) !== (b.score >= THRESHOLD) || b.rec > b.asked) fail("bid " + b.ref);
const tot = (i) => BACKLOG.reduce((t, r) => t + r[i], 0);
if (String(tot(1)) !== MEASURES[0].q1v || String(tot(2)) !== MEASURES[0].q2v) fail("backlog by area");
if (byRag("R").join() !== "CMM-01,CMM-05,CMM-06" || byRag("A").join() !== "CMM-02,CMM-03" || byRag("G").join() !== "CMM-04,CMM-08" || byRag("C").join() !== "CMM-07") fail("Q2 ratings");
if (WORSE.join() !== "CMM-03,CMM-05,CMM-06") fail("worse " + WORSE);
if (BETTER.join() !== "CMM-04,CMM-07,CMM-08") fail("better " + BETTER);
if (HIGH.join() !== "CMR-01,CMR-02,CMR-03") fail("high " + HIGH);
if (OPEN.join() !== "CMA-23,CMA-26,CMA-27") fail("open " + OPEN);
if (POLL.yes.length + POLL.no.length + POLL.more.length !== 9) fail("poll voters");
// September: 10 members in the room or online + 1 substitute; 2 apologies
if (SEPT.present.length + SEPT.online.length !== 10 || SEPT.apologies.length !== 2) fail("September attendance");
for (const [iso, d] of [["2671-10-06", "Friday"], ["2671-10-12", "Thursday"], ["2671-10-16", "Monday"], ["2671-10-20", "Friday"], ["2671-11-15", "Wednesday"], ["2671-11-16", "Thursday"], ["2671-11-08", "Wednesday"], ["2671-09-27", "Wednesday"], ["2671-11-22", "Wednesday"], ["2671-10-25", "Wednesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
