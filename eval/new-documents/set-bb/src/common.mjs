// Shared content for set BB: one body (the Home to School Transport Task Group, a member task group of
// the invented Children, Schools and Families Board), its people, meetings, the School Travel Programme
// 2146-48 (measures STM-01 to STM-08, milestones M01 to M13, its budget and its rules for who decides),
// the round 1 awards of the Route Review Fund's shared route optimisation pilots (decided on Loomio
// between meetings, 28 November to 2 December 2146) and the meeting of Wednesday 16 November 2146, in the
// municipal year 2146/47. Every builder reads from here so that the five documents agree with each
// other; the arithmetic (budget lines, awards and what is left, rating counts, votes) is checked when
// this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Home to School Transport Task Group";
export const SHORT = "HSTTG";
export const BOARD = "Children, Schools and Families Board";
export const PROGRAMME = "School Travel Programme 2146–48";
export const FUND = "Route Review Fund";
export const ROOM = "Room 3.1, 18 Smith Square";

// file names (docs/)
export const DOCS = {
  calendar: "hsttg-committee-calendar-2146-12-to-2147-01-outlook-monthly.pdf",
  contacts: "hsttg-contacts-outlook-export-2146-12-06.csv",
  wiki: "hsttg-delivery-plan-wiki-2146-12-09.md",
  minutes: "hsttg-draft-minutes-2146-11-16.docx",
  loomio: "hsttg-loomio-route-optimisation-pilots-2146-12-07.html",
};

export const MEETINGS = [
  { date: "Wednesday 15 June 2146", iso: "2146-06-15" },
  { date: "Wednesday 14 September 2146", iso: "2146-09-14" },
  { date: "Wednesday 16 November 2146", iso: "2146-11-16" },
  { date: "Wednesday 18 January 2147", iso: "2147-01-18", moved: "Wednesday 25 January 2147" },
  { date: "Wednesday 15 March 2147", iso: "2147-03-15" },
];

export const OFFICERS = {
  oluwaseun: { fore: "Oluwaseun", sur: "Bellchamber", post: "Programme Manager, School Travel", phone: "020 7946 0713", email: "oluwaseun.bellchamber@local.gov.uk" },
  juniper: { fore: "Juniper", sur: "Scarfield", post: "Senior Adviser, SEND Transport", phone: "020 7946 0718", email: "juniper.scarfield@local.gov.uk" },
  casimir: { fore: "Casimir", sur: "Eldridge", post: "Finance Business Partner", phone: "020 7946 0722", email: "casimir.eldridge@local.gov.uk" },
  theodora: { fore: "Theodora", sur: "Plaskett", post: "Head of Democratic Services", phone: "020 7946 0729", email: "theodora.plaskett@local.gov.uk" },
  wilfred: { fore: "Wilfred", sur: "Anakwe-Dorling", post: "Member Services Officer", phone: "020 7946 0734", email: "wilfred.anakwe-dorling@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Priya Wenham", post: "Chief Executive, Community Minibus Partnership" };

// Membership 2146/47. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member.
// job: the councillor's job title at their own council (Outlook's "Job Title"), not a Task Group role.
export const PEOPLE = [
  { k: "thornycroft", fore: "Imelda", sur: "Thornycroft", council: "Quennbridge County Council", town: "Quennbridge", group: "Conservative", role: "Chair", job: "Cabinet Member for Children and Families", mobile: "07700 900412", email: "imelda.thornycroft@quennbridge.gov.uk" },
  { k: "marrick", fore: "Tobiah", sur: "Marrick", council: "Saltharrow City Council", town: "Saltharrow", group: "Labour", role: "Vice-Chair", job: "Councillor", mobile: "07700 900437", email: "cllr.tobiah.marrick@saltharrow.gov.uk" },
  { k: "fellgate", fore: "Oona", sur: "Fellgate", council: "Wenlowby District Council", town: "Wenlowby", group: "Liberal Democrat", role: "Deputy Chair", job: "Councillor", mobile: "07700 900455", email: "oona.fellgate@wenlowby.gov.uk" },
  { k: "gethryn", fore: "Anwen", sur: "Gethryn", council: "Harrowfell Metropolitan Borough Council", town: "Harrowfell", group: "Labour", role: "Member", lead: "SEND travel", job: "Cabinet Member for Education", mobile: "07700 900461", email: "anwen.gethryn@harrowfell.gov.uk" },
  { k: "strangeways", fore: "Gideon", sur: "Strangeways", council: "Corrisby District Council", town: "Corrisby", group: "Conservative", role: "Member", lead: "post-16 transport", job: "Councillor", mobile: "07700 900478", email: "gideon.strangeways@corrisby.gov.uk" },
  { k: "ugwuanyi", fore: "Marisa", sur: "Ugwuanyi", council: "Tamsford Borough Council", town: "Tamsford", group: "Labour", role: "Member", job: "Deputy Leader of the Council", mobile: "07700 900483", email: "marisa.ugwuanyi@tamsford.gov.uk" },
  { k: "lowndes", fore: "Perpetua", sur: "Lowndes", council: "Ockerby Borough Council", town: "Ockerby", group: "Independent", role: "Member", job: "Councillor", mobile: "", email: "perpetua.lowndes@ockerby.gov.uk" },
  { k: "tilsworth", fore: "Rhodri", sur: "Tilsworth", council: "Lindenholt Borough Council", town: "Lindenholt", group: "Liberal Democrat", role: "Member", lead: "independent travel training", job: "Councillor", mobile: "07700 900496", email: "rhodri.tilsworth@lindenholt.gov.uk" },
  { k: "rawcliffe", fore: "Sunita", sur: "Rawcliffe", council: "Pennerby City Council", town: "Pennerby", group: "Labour", role: "Member", job: "Councillor", mobile: "07700 900502", email: "sunita.rawcliffe@pennerby.gov.uk" },
  { k: "quaife", fore: "Barnaby", sur: "Quaife", council: "Blackmere Vale District Council", town: "Blackmere", group: "Conservative", role: "Member", job: "Councillor", mobile: "07700 900517", email: "barnaby.quaife@blackmerevale.gov.uk" },
  { k: "yeoward", fore: "Hollis", sur: "Yeoward", council: "Saltharrow City Council", town: "Saltharrow", group: "Green Party", role: "Member", job: "Councillor", mobile: "07700 900523", email: "hollis.yeoward@saltharrow.gov.uk" },
  { k: "brimblecombe", fore: "Ignatius", sur: "Brimblecombe", council: "Quennbridge County Council", town: "Quennbridge", group: "Conservative", role: "Member", job: "Councillor", mobile: "07700 900538", email: "ignatius.brimblecombe@quennbridge.gov.uk", from: "01/10/2146" },
  { k: "vargaholme", fore: "Letitia", sur: "Varga-Holme", council: "Blackmere Vale District Council", town: "Blackmere", group: "Conservative", role: "Substitute", job: "Councillor", mobile: "07700 900541", email: "letitia.varga-holme@blackmerevale.gov.uk" },
  { k: "ibekwe", fore: "Desmond", sur: "Ibekwe-Farr", council: "Harrowfell Metropolitan Borough Council", town: "Harrowfell", group: "Labour", role: "Substitute", job: "Councillor", mobile: "07700 900556", email: "desmond.ibekwe-farr@harrowfell.gov.uk" },
  { k: "orrell", fore: "Clémence", sur: "Orrell", council: "Lindenholt Borough Council", town: "Lindenholt", group: "Liberal Democrat", role: "Substitute", job: "Councillor", mobile: "07700 900569", email: "clemence.orrell@lindenholt.gov.uk" },
  { k: "askwith", fore: "Winifred", sur: "Askwith", council: "Quennbridge County Council", town: "Quennbridge", group: "Conservative", role: "Former member", job: "Councillor", mobile: "07700 900574", email: "winifred.askwith@quennbridge.gov.uk", left: "30/09/2146" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => (P[k] ? `${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ programme measures at quarter 2 2146/47
// ratings as GitLab emoji shortcodes in the wiki: green on track, orange some risk, red off track,
// white_check_mark achieved, white_circle no data yet
export const RAG = { ":green_circle:": "on track", ":orange_circle:": "some risk", ":red_circle:": "off track", ":white_check_mark:": "achieved", ":white_circle:": "no data yet" };
const RANK = { ":red_circle:": 0, ":orange_circle:": 1, ":green_circle:": 2, ":white_check_mark:": 3 };
export const MEASURES = [
  { ref: "STM-01", name: "Average yearly cost of transport for a pupil with SEND", target: "£8,900 or less", q1v: "£9,240", q1: ":orange_circle:", q2v: "£9,610", q2: ":red_circle:", lead: "Cllr Gethryn", note: "Fuel and drivers' pay up 7% since April" },
  { ref: "STM-02", name: "Eligible pupils with SEND offered a personal travel budget", target: "15%", q1v: "9.6%", q1: ":orange_circle:", q2v: "12.8%", q2: ":green_circle:", lead: "Cllr Gethryn", note: "On profile since the September mailing" },
  { ref: "STM-03", name: "Shared routes retendered through the dynamic purchasing system (cumulative)", target: "180", q1v: "38", q1: ":green_circle:", q2v: "71", q2: ":green_circle:", lead: "Cllr Strangeways", note: "" },
  { ref: "STM-04", name: "Pupils completing independent travel training (cumulative)", target: "400", q1v: "64", q1: ":green_circle:", q2v: "118", q2: ":orange_circle:", lead: "Cllr Tilsworth", note: "Trainer vacancies in Ockerby, Pennerby and Tamsford" },
  { ref: "STM-05", name: "Drivers and passenger assistants with in-date safeguarding training", target: "100%", q1v: "96%", q1: ":green_circle:", q2v: "88%", q2: ":red_circle:", lead: "Cllr Gethryn", note: "New Tamsford contracts; 212 staff awaiting training" },
  { ref: "STM-06", name: "Late or missed journeys per 1,000 journeys", target: "4.0 or fewer", q1v: "3.6", q1: ":green_circle:", q2v: "3.4", q2: ":green_circle:", lead: "Cllr Strangeways", note: "" },
  { ref: "STM-07", name: "Councils with a published post-16 transport policy statement", target: "12 of 12 by 31 May", q1v: "–", q1: ":white_circle:", q2v: "12 of 12", q2: ":white_check_mark:", lead: "Cllr Strangeways", note: "All 12 published by 31 May; counted from Q2" },
  { ref: "STM-08", name: "Electric minibuses in the 12 councils' fleets", target: "40", q1v: "11", q1: ":orange_circle:", q2v: "14", q2: ":orange_circle:", lead: "Cllr Tilsworth", note: "Market engagement under way (M10)" },
];
export const WORSE = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);

// ------------------------------------------------------------------ milestones (mermaid gantt), as at 9 December 2146
// tags: done = complete; active = in progress, on course; crit = at risk; crit + active = in progress but
// at risk; no tag = not started; milestone = a single date
export const MILESTONES = [
  { section: "Route review", ref: "M01", name: "Baseline of SEND routes in the 12 councils", tags: ["done"], start: "2146-04-04", end: "2146-07-29" },
  { section: "Route review", ref: "M02", name: "Route optimisation pilots - bids and assessment", tags: ["done"], start: "2146-09-19", end: "2146-11-25" },
  { section: "Route review", ref: "M03", name: "Route optimisation pilots - round 1 awards agreed", tags: ["milestone", "done"], start: "2146-12-02", dur: "0d" },
  { section: "Route review", ref: "M04", name: "Pilots live in Harrowfell, Tamsford and Ravensgill", tags: [], start: "2147-01-09", end: "2147-07-21" },
  { section: "Travel training", ref: "M05", name: "Independent travel training toolkit published", tags: ["crit", "active"], start: "2146-07-04", end: "2146-12-16" },
  { section: "Travel training", ref: "M06", name: "Travel trainers recruited in Ockerby, Pennerby and Tamsford", tags: ["crit"], start: "2146-10-03", end: "2147-02-28" },
  { section: "Travel training", ref: "M07", name: "Travel training peer network launched", tags: ["milestone", "done"], start: "2146-06-30", dur: "0d" },
  { section: "Commissioning", ref: "M08", name: "Dynamic purchasing system - second call-off", tags: ["active"], start: "2146-10-03", end: "2147-03-31" },
  { section: "Commissioning", ref: "M09", name: "Safeguarding training catch-up for 212 staff", tags: ["crit", "active"], start: "2146-11-21", end: "2147-01-31" },
  { section: "Commissioning", ref: "M10", name: "Electric minibus framework - market engagement", tags: ["active"], start: "2146-09-05", end: "2147-02-24" },
  { section: "Policy and guidance", ref: "M11", name: "Post-16 transport policy statements published by all 12 councils", tags: ["done"], start: "2146-04-04", end: "2146-05-31" },
  { section: "Policy and guidance", ref: "M12", name: "Personal travel budget guidance refreshed", tags: [], start: "2147-02-01", end: "2147-04-28" },
  { section: "Policy and guidance", ref: "M13", name: "Report to the Children, Schools and Families Board", tags: ["milestone"], start: "2147-02-09", dur: "0d" },
];
export const msBy = (pred) => MILESTONES.filter(pred).map((m) => m.ref);
export const AT_RISK = msBy((m) => m.tags.includes("crit"));
export const DONE = msBy((m) => m.tags.includes("done"));

// ------------------------------------------------------------------ budget 2146/47 (mermaid pie)
export const BUDGET = [
  ["Route optimisation pilots (round 1 awards)", 312000],
  ["Route Review Fund - carried to round 2", 28000],
  ["Independent travel training", 126000],
  ["Safeguarding training catch-up", 58000],
  ["Electric minibus market engagement", 36000],
  ["Programme team", 80000],
];
export const BUDGET_TOTAL = BUDGET.reduce((t, [, v]) => t + v, 0); // 640,000

// who decides (the wiki's flowchart; the same limits are in the terms of reference)
export const LIMITS = { officer: 25000, chair: 100000 };

// ------------------------------------------------------------------ round 1 pilots (Loomio, 28 November - 2 December 2146)
export const ROUND1 = 340000;
export const BIDS = [
  { council: "Harrowfell Metropolitan Borough Council", short: "Harrowfell", pilot: "Shared routes to three special schools, Harrowfell East", asked: 150000, score: 82, award: 140000, note: "Reduced: one school's routes were retendered in September" },
  { council: "Tamsford Borough Council", short: "Tamsford", pilot: "Route planning software and a shared minibus pool", asked: 97000, score: 76, award: 97000, note: "" },
  { council: "Ravensgill District Council", short: "Ravensgill", pilot: "Joint routes with two neighbouring councils for post-16 learners", asked: 75000, score: 68, award: 75000, note: "Contribution not yet confirmed" },
  { council: "Stowhithe Borough Council", short: "Stowhithe", pilot: "Demand-responsive pick-ups for rural primary schools", asked: 79000, score: 41, award: 0, note: "Below the threshold of 60" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 401,000
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 312,000
export const LEFT = ROUND1 - AWARDED; // 28,000
export const THRESHOLD = 60;
export const CONTRIB = 0.1; // councils contribute at least 10 per cent (minute 4(b))
export const RAVENSGILL_CONTRIB = 7500, RAVENSGILL_BY = "16 December 2146";
export const DECISION_REF = "HSTTG-D-2146-07";
// votes: stance and reason
export const VOTES = [
  { k: "thornycroft", stance: "Agree", reason: "Three strong bids, and the condition on Ravensgill protects the Fund." },
  { k: "marrick", stance: "Agree", reason: "Agree, with the Ravensgill condition as amended." },
  { k: "fellgate", stance: "Agree", reason: "" },
  { k: "strangeways", stance: "Agree", reason: "The Ravensgill pilot is the only one for post-16 learners, so I am glad it is in." },
  { k: "tilsworth", stance: "Agree", reason: "" },
  { k: "rawcliffe", stance: "Agree", reason: "Happy with the assessment panel's scores." },
  { k: "quaife", stance: "Agree", reason: "Agree now that my amendment on Ravensgill's contribution is in the proposal." },
  { k: "brimblecombe", stance: "Agree", reason: "" },
  { k: "gethryn", stance: "Abstain", reason: "Abstaining: I declared an interest as Harrowfell's Cabinet Member for Education (minute 1.3 of 16 November)." },
  { k: "ugwuanyi", stance: "Abstain", reason: "Abstaining because Tamsford is one of the bidders." },
  { k: "yeoward", stance: "Disagree", reason: "The pilots should have to use electric or other zero-emission vehicles, and none of the three bids commits to that. I would rather we set that condition now than in round 2." },
];
export const UNDECIDED = ["lowndes"];
export const COUNT = (s) => VOTES.filter((v) => v.stance === s).length;

// ------------------------------------------------------------------ meeting of 16 November 2146 (draft minutes)
export const PRESENT = ["thornycroft", "marrick", "fellgate", "gethryn", "strangeways", "ugwuanyi", "tilsworth", "rawcliffe", "yeoward", "brimblecombe"];
export const ONLINE = ["tilsworth"];
export const SUB = { k: "vargaholme", for: "quaife" };
export const APOLOGIES = ["quaife", "lowndes"];
export const SEPT_OPEN = ["HTA-36", "HTA-39"]; // of HTA-34 to HTA-40
export const SAFEGUARDING = 58000;
export const ACTIONS = [
  { ref: "HTA-41", min: "3", action: "Ask Tamsford Borough Council for a recovery plan for safeguarding training (STM-05)", owner: "juniper", due: "09/12/2146" },
  { ref: "HTA-42", min: "4", action: "Post the proposal on the round 1 pilot awards on Loomio", owner: "oluwaseun", due: "28/11/2146" },
  { ref: "HTA-43", min: "5", action: "Report a recruitment plan for travel trainers in Ockerby, Pennerby and Tamsford", owner: "juniper", due: "18/01/2147" },
  { ref: "HTA-44", min: "6", action: "Release £58,000 from the programme contingency for the safeguarding training catch-up", owner: "casimir", due: "30/11/2146" },
  { ref: "HTA-45", min: "7", action: "Explore a framework agreement with the Community Minibus Partnership", owner: "oluwaseun", due: "15/03/2147" },
  { ref: "HTA-46", min: "8", action: "Circulate a briefing note on the electric minibus framework", owner: "oluwaseun", due: "18/01/2147" },
  { ref: "HTA-47", min: "2", action: "Chase the Department for Education for a reply on post-16 transport funding (HTA-39)", owner: "theodora", due: "18/01/2147" },
];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (BUDGET_TOTAL !== 640000) fail("budget " + BUDGET_TOTAL);
if (ASKED !== 401000 || AWARDED !== 312000 || LEFT !== 28000) fail(`bids ${ASKED} ${AWARDED} ${LEFT}`);
if (BUDGET[0][1] !== AWARDED || BUDGET[1][1] !== LEFT) fail("budget lines against the awards");
if (BUDGET.find(([k]) => k.startsWith("Safeguarding"))[1] !== SAFEGUARDING) fail("safeguarding");
if (RAVENSGILL_CONTRIB !== BIDS[2].award * CONTRIB) fail("Ravensgill contribution");
if (AWARDED <= LIMITS.chair) fail("the awards must be over the Chair's limit");
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.short);
if (COUNT("Agree") !== 8 || COUNT("Abstain") !== 2 || COUNT("Disagree") !== 1 || VOTES.length + UNDECIDED.length !== MEMBERS.length) fail("votes");
if (new Set([...VOTES.map((v) => v.k), ...UNDECIDED]).size !== 12 || ![...VOTES.map((v) => v.k), ...UNDECIDED].every((k) => MEMBERS.includes(P[k]))) fail("voters are the 12 members");
const q2 = {};
for (const m of MEASURES) q2[m.q2] = (q2[m.q2] ?? 0) + 1;
if (q2[":green_circle:"] !== 3 || q2[":orange_circle:"] !== 2 || q2[":red_circle:"] !== 2 || q2[":white_check_mark:"] !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "STM-01,STM-04,STM-05") fail("worse " + WORSE);
if (BETTER.join() !== "STM-02") fail("better " + BETTER);
if (AT_RISK.join() !== "M05,M06,M09") fail("at risk " + AT_RISK);
if (DONE.join() !== "M01,M02,M03,M07,M11") fail("done " + DONE);
if (PRESENT.length + 1 !== 11 || PRESENT.includes("quaife") || PRESENT.includes("lowndes")) fail("attendance");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2147-01-25", "Wednesday"], ["2147-01-23", "Monday"], ["2147-01-12", "Thursday"], ["2147-01-13", "Friday"], ["2147-01-27", "Friday"], ["2146-12-02", "Friday"], ["2146-11-28", "Monday"], ["2146-12-16", "Friday"], ["2146-11-25", "Friday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
