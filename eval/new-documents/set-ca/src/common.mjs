// Shared content for set CA: one body (the Park Homes Task Group, a member task group of the invented
// Housing Standards and Regulation Board), its people, meetings, the Park Homes Standards Programme
// 2581-83 (measures PHM-01 to PHM-08, risks PHR-01 to PHR-06, milestones, its budget), round 2 of the
// Site Licensing Capacity Fund (decided on Thursday 14 March 2582) and the Task Group's actions PHA-24 to
// PHA-38, in the municipal year 2581/82. Every builder reads from here so that the five documents agree
// with each other; the arithmetic (budget, awards and what is left, rating counts, votes, quorum) and the
// weekdays of the dates the papers name with their day are checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Park Homes Task Group";
export const SHORT = "PHTG";
export const BOARD = "Housing Standards and Regulation Board";
export const PROGRAMME = "Park Homes Standards Programme 2581–83";
export const FUND = "Site Licensing Capacity Fund";
export const ROOM = "Room 2.3, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  tracker: "phtg-programme-tracker-q3-2581-82-confluence-storage.html",
  memo: "phtg-item-5-round-2-awards-email-printed-2582-02-27.pdf",
  minutes: "phtg-draft-minutes-2582-03-14-google-docs.txt",
  chat: "phtg-zoom-meeting-chat-2582-03-14.txt",
  tasks: "phtg-action-log-thunderbird-tasks-2582-03-20.ics",
};

export const MEETINGS = [
  { date: "Thursday 14 June 2581", iso: "2581-06-14" },
  { date: "Thursday 20 September 2581", iso: "2581-09-20" },
  { date: "Thursday 22 November 2581", iso: "2581-11-22" },
  { date: "Thursday 14 March 2582", iso: "2582-03-14" },
  { date: "Thursday 13 June 2582", iso: "2582-06-13" },
];

export const OFFICERS = {
  rashbrook: { fore: "Wilhelmina", sur: "Rashbrook", post: "Programme Manager, Park Homes", phone: "020 7946 0851", email: "wilhelmina.rashbrook@local.gov.uk" },
  hatherleigh: { fore: "Devendra", sur: "Hatherleigh", post: "Senior Adviser, Site Licensing", phone: "020 7946 0856", email: "devendra.hatherleigh@local.gov.uk" },
  tewson: { fore: "Lorcan", sur: "Tewson", post: "Finance Business Partner", phone: "020 7946 0862", email: "lorcan.tewson@local.gov.uk" },
  youlden: { fore: "Clementine", sur: "Youlden", post: "Member Services Officer", phone: "020 7946 0867", email: "clementine.youlden@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { fore: "Ngozi", sur: "Eboh", name: "Ngozi Eboh", post: "Chair, Park Home Residents' Alliance" };

// Membership 2581/82. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member.
export const PEOPLE = [
  { k: "trelawny", fore: "Marigold", sur: "Trelawny-Hext", council: "Rookmoor District Council", group: "Conservative", role: "Chair" },
  { k: "bamigboye", fore: "Kwabena", sur: "Bamigboye", council: "Stavenham City Council", group: "Labour", role: "Vice-Chair" },
  { k: "hewish", fore: "Philippa", sur: "Hewish", council: "Orlestone District Council", group: "Liberal Democrat", role: "Deputy Chair", lead: "residents' rights and pitch fees" },
  { k: "cotgrove", fore: "Anselm", sur: "Cotgrove", council: "Harkmoor County Council", group: "Conservative", role: "Member", lead: "site licensing and enforcement" },
  { k: "spurling", fore: "Delphine", sur: "Spurling", council: "Pemberwick Borough Council", group: "Independent", role: "Member" },
  { k: "brazendale", fore: "Tariq", sur: "Brazendale", council: "Hollinbury Metropolitan Borough Council", group: "Labour", role: "Member", lead: "the fit and proper person test" },
  { k: "gedye", fore: "Imogen", sur: "Gedye", council: "Quenford Borough Council", group: "Labour", role: "Member" },
  { k: "pomfrett", fore: "Lucinda", sur: "Pomfrett", council: "Dunholm District Council", group: "Conservative", role: "Member" },
  { k: "iddon", fore: "Saffron", sur: "Iddon", council: "Wellbeck District Council", group: "Green", role: "Member", lead: "flood resilience" },
  { k: "wyldbore", fore: "Rupert", sur: "Wyldbore", council: "Harkmoor County Council", group: "Conservative", role: "Member" },
  { k: "okparaeke", fore: "Emeka", sur: "Okparaeke", council: "Lyndcastle Borough Council", group: "Labour", role: "Member" },
  { k: "lindgren", fore: "Annika", sur: "Lindgren-Shaw", council: "Ambleford District Council", group: "Liberal Democrat", role: "Member", from: "2582-01-07" },
  { k: "nakamura", fore: "Haruto", sur: "Nakamura-Brett", council: "Dunholm District Council", group: "Conservative", role: "Substitute" },
  { k: "daintree", fore: "Bernadette", sur: "Daintree", council: "Stavenham City Council", group: "Labour", role: "Substitute" },
  { k: "eckersall", fore: "Corin", sur: "Eckersall", council: "Orlestone District Council", group: "Liberal Democrat", role: "Substitute" },
  { k: "bickerstaffe", fore: "Horace", sur: "Bickerstaffe", council: "Ambleford District Council", group: "Liberal Democrat", role: "Former member", left: "2581-12-12" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const QUORUM = 4;

// ------------------------------------------------------------------ measures (Confluence status lozenges)
// colour -> title, as the page's info panel explains them
export const LOZ = {
  "ON TRACK": "Green",
  "AT RISK": "Yellow",
  "OFF TRACK": "Red",
  COMPLETE: "Blue",
  "NOT YET DUE": "Grey",
};
const RANK = { "OFF TRACK": 0, "AT RISK": 1, "ON TRACK": 2, COMPLETE: 3 };
export const MEASURES = [
  { ref: "PHM-01", name: "Relevant protected sites whose site licence has been reviewed in the last three years", target: "90%", q2v: "71%", q2: "AT RISK", q3v: "78%", q3: "AT RISK", lead: "Cllr Cotgrove", note: "Inspection backlog in Harkmoor and Dunholm; 41 sites still to visit" },
  { ref: "PHM-02", name: "Councils with a published fit and proper person register", target: "32 of 32", q2v: "22 of 32", q2: "AT RISK", q3v: "27 of 32", q3: "ON TRACK", lead: "Cllr Brazendale", note: "Five councils have committed to publish by 31 March" },
  { ref: "PHM-03", name: "Fit and proper person applications decided within 12 weeks", target: "85%", q2v: "64%", q2: "OFF TRACK", q3v: "58%", q3: "OFF TRACK", lead: "Cllr Brazendale", note: "Two councils have decided none since August; recovery plan asked for" },
  { ref: "PHM-04", name: "Councils with a site licence fees policy", target: "32", q2v: "24", q2: "ON TRACK", q3v: "29", q3: "ON TRACK", lead: "Cllr Cotgrove", note: "" },
  { ref: "PHM-05", name: "Compliance notices complied with by the date set", target: "75%", q2v: "69%", q2: "AT RISK", q3v: "61%", q3: "OFF TRACK", lead: "Cllr Cotgrove", note: "Eleven notices on two Pemberwick sites overdue" },
  { ref: "PHM-06", name: "Residents given advice on pitch fee reviews (cumulative)", target: "4,000", q2v: "1,870", q2: "ON TRACK", q3v: "3,120", q3: "ON TRACK", lead: "Cllr Hewish", note: "Drop-ins with the Park Home Residents' Alliance" },
  { ref: "PHM-07", name: "Sites in flood zones 2 and 3 with a tested flood plan", target: "60", q2v: "–", q2: "NOT YET DUE", q3v: "44", q3: "AT RISK", lead: "Cllr Iddon", note: "Counted from Q3; 16 plans written but not yet tested" },
  { ref: "PHM-08", name: "Model site licence conditions published", target: "By 31 December 2581", q2v: "Draft", q2: "AT RISK", q3v: "Published 19 Dec", q3: "COMPLETE", lead: "Cllr Cotgrove", note: "" },
];
export const count = (q) => Object.fromEntries(Object.keys(LOZ).map((s) => [s, MEASURES.filter((m) => m[q] === s).map((m) => m.ref)]));
export const Q3 = count("q3");
export const Q2 = count("q2");
export const WORSE = MEASURES.filter((m) => m.q2 in RANK && m.q3 in RANK && RANK[m.q3] < RANK[m.q2]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q2 in RANK && m.q3 in RANK && RANK[m.q3] > RANK[m.q2]).map((m) => m.ref);

// ------------------------------------------------------------------ budget 2581/82 (£000): budget, spent to 31 Dec, forecast
export const BUDGET = [
  ["Site Licensing Capacity Fund – round 2 grants", 600, 412, 600],
  ["Training for licensing officers", 85, 51, 78],
  ["Residents' advice service (commissioned)", 140, 98, 140],
  ["Flood planning toolkit", 45, 12, 52],
  ["Programme team", 210, 158, 214],
];
export const BUDGET_TOTAL = BUDGET.reduce((t, r) => [t[0] + r[1], t[1] + r[2], t[2] + r[3]], [0, 0, 0]);

// ------------------------------------------------------------------ risks (score = L x I; bands 1-6 LOW, 8-12 MEDIUM, 15-25 HIGH)
export const RISKS = [
  { ref: "PHR-01", risk: "Councils do not have enough licensing officers to inspect sites", l: 4, i: 4, owner: "Senior Adviser, Site Licensing", trend: "▲ Rising", was: 12 },
  { ref: "PHR-02", risk: "A site owner challenges a fit and proper refusal in the tribunal and wins", l: 3, i: 4, owner: "Programme Manager", trend: "► Steady", was: 12 },
  { ref: "PHR-03", risk: "Round 2 grants are not spent by councils within the year", l: 2, i: 3, owner: "Finance Business Partner", trend: "▼ Falling", was: 9 },
  { ref: "PHR-04", risk: "Residents do not report pitch fee abuse for fear of the site owner", l: 3, i: 3, owner: "Programme Manager", trend: "► Steady", was: 9 },
  { ref: "PHR-05", risk: "Riverside sites flood before their flood plans are tested", l: 4, i: 5, owner: "Senior Adviser, Site Licensing", trend: "★ New", was: null },
  { ref: "PHR-06", risk: "Councils' records of who owns and manages each site are out of date", l: 3, i: 2, owner: "Programme Manager", trend: "▼ Falling", was: 9 },
];
export const band = (s) => (s >= 15 ? ["HIGH", "Red"] : s >= 8 ? ["MEDIUM", "Yellow"] : ["LOW", "Green"]);
for (const r of RISKS) r.score = r.l * r.i;
export const TOLERANCE = 15;
export const ABOVE = RISKS.filter((r) => r.score >= TOLERANCE).map((r) => r.ref);

// ------------------------------------------------------------------ milestones (Confluence task list)
export const MILESTONES = [
  { done: true, text: "Round 2 prospectus published", due: "2581-11-05" },
  { done: true, text: "Model site licence conditions published", due: "2581-12-31" },
  { done: false, text: "Round 2 awards decided by the Task Group", due: "2582-03-14" },
  { done: false, text: "Fit and proper person guidance refreshed", due: "2582-04-30" },
  { done: false, text: "Flood plan testing on all 60 riverside sites", due: "2582-05-31" },
  { done: false, text: "Round 3 prospectus published", due: "2582-07-01" },
];

// ------------------------------------------------------------------ round 2 of the Site Licensing Capacity Fund
export const ROUND2 = 600000;
export const MAX_AWARD = 95000;
export const THRESHOLD = 60;
export const BIDS_RECEIVED = 11;
export const BIDS_TOTAL = 812400;
export const BIDS = [
  { ref: "SLC-2-01", council: "Harkmoor County Council", purpose: "Inspection team for 14 sites", asked: 95000, score: 84, award: 95000 },
  { ref: "SLC-2-03", council: "Quenford Borough Council", purpose: "Flood plans for riverside sites", asked: 78500, score: 79, award: 78500 },
  { ref: "SLC-2-04", council: "Stavenham City Council", purpose: "Fit and proper person checks", asked: 62000, score: 76, award: 62000 },
  { ref: "SLC-2-06", council: "Wellbeck District Council", purpose: "Licence fees policy and enforcement", asked: 88000, score: 71, award: 80000, note: "reduced: software is not eligible" },
  { ref: "SLC-2-07", council: "Hollinbury Metropolitan Borough Council", purpose: "Residents' advice drop-ins", asked: 54000, score: 68, award: 54000 },
  { ref: "SLC-2-09", council: "Lyndcastle Borough Council", purpose: "Joint enforcement with the fire and rescue service", asked: 91500, score: 65, award: null, note: "deferred" },
  { ref: "SLC-2-10", council: "Orlestone District Council", purpose: "Site ownership data cleanse", asked: 94000, score: 62, award: 94000 },
];
export const BELOW = [
  { ref: "SLC-2-02", council: "Pemberwick Borough Council" },
  { ref: "SLC-2-05", council: "Dunholm District Council" },
  { ref: "SLC-2-08", council: "Ambleford District Council" },
  { ref: "SLC-2-11", council: "Rookmoor District Council" },
];
export const AWARDED = BIDS.filter((b) => b.award).reduce((t, b) => t + b.award, 0); // 463,500
export const DEFERRED = BIDS.find((b) => b.award === null);
export const CARRIED = ROUND2 - AWARDED - DEFERRED.asked; // 45,000
export const money = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ the vote on item 5 (14 March 2582)
export const VOTE = { for: 8, against: ["spurling"], abstain: ["lindgren"], out: ["okparaeke"] };
// who sat: members present (in the room or online) and the substitute
export const IN_ROOM = ["trelawny", "bamigboye", "hewish", "cotgrove", "wyldbore", "okparaeke", "lindgren"];
export const ONLINE = ["brazendale", "iddon", "spurling", "nakamura"];
export const APOLOGIES = ["pomfrett"]; // substituted by Nakamura-Brett
export const MARKED_ABSENT = ["gedye"]; // sent apologies, says a comment

// ------------------------------------------------------------------ actions PHA-24 to PHA-38 (Thunderbird tasks, as at 20 March 2582)
// status: NEEDS-ACTION / IN-PROCESS / COMPLETED / CANCELLED
export const ACTIONS = [
  { ref: "PHA-24", text: "Publish the model site licence conditions", owner: "hatherleigh", minute: "Minute 6, 22 November 2581", due: "2581-12-31", status: "COMPLETED", pct: 100, completed: "2581-12-19T15:12:00Z", prio: 5, notes: "Published on the LGA website on 19 December 2581." },
  { ref: "PHA-25", text: "Brief members on the round 2 bids received", owner: "rashbrook", minute: "Minute 5, 22 November 2581", due: "2582-01-31", status: "COMPLETED", pct: 100, completed: "2582-01-24T10:03:00Z", prio: 5, notes: "Briefing note e-mailed 24/01: 11 bids for £812,400." },
  { ref: "PHA-26", text: "Write to the Minister about pitch fee indexation", owner: "trelawny", minute: "Minute 7, 22 November 2581", due: "2581-12-14", status: "COMPLETED", pct: 100, completed: "2581-12-11T09:40:00Z", prio: 5, notes: "Letter sent 11/12/2581; reply received 4 February 2582 promising a consultation." },
  { ref: "PHA-27", text: "Add a risk on flooding of riverside sites to the register", owner: "hatherleigh", minute: "Minute 6, 22 November 2581", due: "2582-01-31", status: "COMPLETED", pct: 100, completed: "2582-01-15T14:30:00Z", prio: 5, notes: "Added as PHR-05, scored 20." },
  { ref: "PHA-28", text: "Survey councils on their fit and proper applications backlog", owner: "hatherleigh", minute: "Minute 6, 22 November 2581", due: "2582-02-28", status: "IN-PROCESS", pct: 60, prio: 5, notes: "19 of 32 councils have replied; chased the rest on 11/03." },
  { ref: "PHA-29", text: "Agree a data-sharing protocol with the fire and rescue services", owner: "rashbrook", minute: "Minute 6, 22 November 2581", due: "2582-01-31", status: "NEEDS-ACTION", pct: 0, prio: 1, notes: "Overdue. Waiting for the fire services' legal teams; now expected in April." },
  { ref: "PHA-30", text: "Arrange a members' visit to a riverside site in Wellbeck", owner: "youlden", minute: "Minute 8, 22 November 2581", due: "2582-02-08", status: "CANCELLED", pct: 0, prio: 9, notes: "Cancelled: the site flooded in January. To be rearranged for May 2582." },
  { ref: "PHA-31", text: "Budget forecast for 2582/83", owner: "tewson", minute: "Minute 6, 22 November 2581", due: "2582-02-28", status: "COMPLETED", pct: 100, completed: "2582-02-26T16:45:00Z", prio: 5, notes: "Forecast of £1,120,000 sent to the Board." },
  { ref: "PHA-32", text: "Invite the Park Home Residents' Alliance to the March meeting", owner: "youlden", minute: "Minute 8, 22 November 2581", due: "2582-01-15", status: "COMPLETED", pct: 100, completed: "2582-01-09T11:20:00Z", prio: 9, notes: "Ngozi Eboh confirmed for item 4." },
  { ref: "PHA-33", text: "Issue grant offer letters for the six round 2 awards", owner: "rashbrook", minute: "Minute 5, 14 March 2582", due: "2582-03-25", status: "IN-PROCESS", pct: 50, prio: 1, notes: "Three of six letters issued 19/03. Harkmoor, Wellbeck and Orlestone waiting for bank details." },
  { ref: "PHA-34", text: "Write to Lyndcastle Borough Council about match funding for SLC-2-09", owner: "rashbrook", minute: "Minute 5, 14 March 2582", due: "2582-03-29", status: "NEEDS-ACTION", pct: 0, prio: 5, notes: "" },
  { ref: "PHA-35", text: "Recovery plan for PHM-03 (fit and proper decisions within 12 weeks)", owner: "hatherleigh", also: "brazendale", minute: "Minute 6, 14 March 2582", due: "2582-06-13", status: "NEEDS-ACTION", pct: 0, prio: 5, notes: "For the meeting on 13 June 2582." },
  { ref: "PHA-36", text: "Give feedback to the four councils whose bids fell below the threshold", owner: "hatherleigh", minute: "Minute 5, 14 March 2582", due: "2582-04-12", status: "NEEDS-ACTION", pct: 0, prio: 5, notes: "" },
  { ref: "PHA-37", text: "Submit the response to the pitch fee indexation consultation", owner: "rashbrook", minute: "Minute 7, 14 March 2582", due: "2582-03-29", status: "IN-PROCESS", pct: 40, prio: 1, notes: "Draft with the Chair for sign-off." },
  { ref: "PHA-38", text: "Circulate the residents' survey findings to members", owner: "youlden", minute: "Minute 4, 14 March 2582", due: "2582-03-18", status: "COMPLETED", pct: 100, completed: "2582-03-15T12:05:00Z", prio: 9, notes: "Sent with the Alliance's slides." },
];
export const OPEN = ACTIONS.filter((a) => a.status === "NEEDS-ACTION" || a.status === "IN-PROCESS").map((a) => a.ref);
export const EXPORTED = "2582-03-20";
export const person = (k) => (P[k] ? cllr(k) : OFFICERS[k].name);

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
const MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const longDate = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${d} ${MON[m - 1]} ${y}`; };
export const shortDate = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${String(d).padStart(2, "0")} ${MON[m - 1].slice(0, 3)} ${y}`; };
for (const m of MEETINGS) if (weekday(m.iso) !== m.date.split(" ")[0]) fail("meeting day " + m.iso);
for (const [iso, d] of [["2582-02-27", "Wednesday"], ["2582-02-20", "Wednesday"], ["2582-02-25", "Monday"], ["2582-03-11", "Monday"], ["2582-03-12", "Tuesday"], ["2581-11-05", "Monday"], ["2582-01-16", "Wednesday"], ["2581-12-12", "Wednesday"], ["2582-01-07", "Monday"], ["2582-03-20", "Wednesday"], ["2582-06-06", "Thursday"], ["2582-03-29", "Friday"], ["2582-03-25", "Monday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
if (MEMBERS.length !== 12) fail("twelve members");
if (BUDGET_TOTAL.join() !== "1080,731,1084") fail("budget totals " + BUDGET_TOTAL);
if (AWARDED !== 463500) fail("awarded " + AWARDED);
if (CARRIED !== 45000) fail("carried " + CARRIED);
if (BIDS.reduce((t, b) => t + b.asked, 0) !== 563000) fail("asked");
if (BIDS.length + BELOW.length !== BIDS_RECEIVED) fail("bids received");
if (BIDS.some((b) => b.asked > MAX_AWARD || b.score < THRESHOLD)) fail("bid limits");
if (Q3["ON TRACK"].length !== 3 || Q3["AT RISK"].length !== 2 || Q3["OFF TRACK"].length !== 2 || Q3.COMPLETE.length !== 1) fail("q3 counts");
if (Q2["ON TRACK"].length !== 2 || Q2["AT RISK"].length !== 4 || Q2["OFF TRACK"].length !== 1 || Q2["NOT YET DUE"].length !== 1) fail("q2 counts");
if (WORSE.join() !== "PHM-05" || BETTER.join() !== "PHM-02,PHM-08") fail("trend " + WORSE + " / " + BETTER);
if (ABOVE.join() !== "PHR-01,PHR-05") fail("above tolerance " + ABOVE);
// vote: everyone sitting but the one out of the room votes
const sitting = IN_ROOM.length + ONLINE.length;
if (VOTE.for + VOTE.against.length + VOTE.abstain.length + VOTE.out.length !== sitting) fail("vote adds up");
if (sitting - 1 + APOLOGIES.length + MARKED_ABSENT.length !== 12) fail("attendance adds up"); // minus the substitute
if (OPEN.join() !== "PHA-28,PHA-29,PHA-33,PHA-34,PHA-35,PHA-36,PHA-37") fail("open " + OPEN);
