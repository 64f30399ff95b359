// Shared content for set AS: one body, its people, meetings, programme tracker, budget, risks, grant
// schemes and actions. Every builder reads from here so that the five papers agree with each other.
// Synthetic test fixtures: every person, council, figure and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = "/usr/share/fonts/truetype/dejavu";

export const BODY = "Coastal Communities and Flood Resilience Panel";
export const SHORT = "CCFRP";
export const PARENT = "Place, Infrastructure and Climate Board";
export const PROGRAMME = "Coastal Resilience Programme";
export const VENUE = "Tamar Room, Fenwick House, 27 Carrow Street, London SW1P 4QQ";

export const OFFICERS = {
  quennell: { name: "Marisol Quennell", post: "Programme Director, Coastal Resilience", phone: "020 7946 0812", email: "marisol.quennell@local.gov.uk" },
  ferrabee: { name: "Tobias Ferrabee", post: "Senior Adviser, Flood Risk Management", phone: "020 7946 0826", email: "tobias.ferrabee@local.gov.uk" },
  carbis: { name: "Lowenna Carbis", post: "Adviser, Coastal Transition", phone: "020 7946 0834", email: "lowenna.carbis@local.gov.uk" },
  urquhart: { name: "Declan Urquhart-Hale", post: "Finance Business Partner", phone: "020 7946 0847", email: "declan.urquhart-hale@local.gov.uk" },
  venkat: { name: "Priya Venkataraman", post: "Policy Adviser, Insurance and Recovery", phone: "020 7946 0851", email: "priya.venkataraman@local.gov.uk" },
  padgett: { name: "Wilf Padgett", post: "Member Services Officer", phone: "020 7946 0863", email: "wilf.padgett@local.gov.uk" },
  aldous: { name: "Hester Aldous", post: "Risk and Assurance Manager", phone: "020 7946 0878", email: "hester.aldous@local.gov.uk" },
};

// Membership 2095/96 (the Panel was set up on 14 June 2095). role: Chair / Vice-Chair / Deputy Chair.
export const MEMBERS = [
  { name: "Cllr Imogen Tresidder", group: "Conservative", council: "East Harrowby County Council", role: "Chair", since: "14/06/2095" },
  { name: "Cllr Barnaby Cottesloe", group: "Conservative", council: "Saltfleet Coast District Council", since: "14/06/2095" },
  { name: "Cllr Delphine Ashworth-Kyle", group: "Conservative", council: "Kestlebury County Council", since: "14/06/2095" },
  { name: "Cllr Gervase Pellow", group: "Conservative", council: "Tullingford Borough Council", since: "14/06/2095" },
  { name: "Cllr Winifred Stanier", group: "Conservative", council: "Marshby and Skerne District Council", since: "14/06/2095" },
  { name: "Cllr Nkechi Adeyemi-Rowe", group: "Labour", council: "Port Avenell City Council", role: "Vice-Chair", since: "14/06/2095" },
  { name: "Cllr Callum Strachan-Reid", group: "Labour", council: "Corrington City Council", since: "14/06/2095" },
  { name: "Cllr Rosalind Threlfall", group: "Labour", council: "Selmouth Borough Council", since: "14/06/2095" },
  { name: "Cllr Eamon Gilhooly", group: "Labour", council: "Ravensholme Borough Council", since: "14/06/2095" },
  { name: "Cllr Tamsin Oyelaran", group: "Labour", council: "Old Wyke Borough Council", since: "01/01/2096" },
  { name: "Cllr Fenella Morwenstow", group: "Liberal Democrat", council: "Brackwater District Council", role: "Deputy Chair", since: "14/06/2095" },
  { name: "Cllr Ambrose Teague", group: "Liberal Democrat", council: "North Dunmere District Council", since: "14/06/2095" },
  { name: "Cllr Jago Penhallow", group: "Independent", council: "Tregarrow District Council", role: "Deputy Chair", since: "14/06/2095" },
  { name: "Cllr Saffron Idowu-Marsh", group: "Independent", party: "Green Party", council: "Marshby and Skerne District Council", since: "14/06/2095" },
];
export const FORMER = { name: "Cllr Desmond Farraday", group: "Labour", council: "Old Wyke Borough Council", left: "31 December 2095" };
export const SUBS = [
  { name: "Cllr Lionel Fairbrass", group: "Conservative", council: "Holderwick County Council" },
  { name: "Cllr Maud Ellacott", group: "Conservative", council: "Wendlesham District Council" },
  { name: "Cllr Harvey Blenkinsop", group: "Labour", council: "Pellworth Council" },
  { name: "Cllr Yusra Qadir", group: "Labour", council: "Corrington City Council" },
  { name: "Cllr Perpetua Lusk", group: "Liberal Democrat", council: "Saltfleet Coast District Council" },
  { name: "Cllr Bartholomew Quiller", group: "Independent", council: "Kestlebury County Council" },
];

export const MEETINGS_9596 = ["2095-07-06", "2095-10-05", "2095-12-07", "2096-03-14"];
export const MEETINGS_9697 = ["2096-06-27", "2096-10-17", "2096-12-05"];

// Attendance 2095/96: P present, A apologies, S apologies and a substitute attended, n/m not a member.
export const ATTENDANCE = [
  ["Cllr Imogen Tresidder", "P P P P"],
  ["Cllr Barnaby Cottesloe", "P S P P"],
  ["Cllr Delphine Ashworth-Kyle", "P P P S"],
  ["Cllr Gervase Pellow", "A P P P"],
  ["Cllr Winifred Stanier", "P P A P"],
  ["Cllr Nkechi Adeyemi-Rowe", "P A P P"],
  ["Cllr Callum Strachan-Reid", "P P P P"],
  ["Cllr Rosalind Threlfall", "P A P P"],
  ["Cllr Eamon Gilhooly", "P P P A"],
  ["Cllr Desmond Farraday", "A A P n/m"],
  ["Cllr Tamsin Oyelaran", "n/m n/m n/m P"],
  ["Cllr Fenella Morwenstow", "P P P P"],
  ["Cllr Ambrose Teague", "P P S P"],
  ["Cllr Jago Penhallow", "P P P P"],
  ["Cllr Saffron Idowu-Marsh", "P P P P"],
].map(([name, marks]) => ({ name, marks: marks.split(" ") }));
export const SUBS_ATTENDING = [
  ["05/10/2095", "Cllr Maud Ellacott", "Cllr Barnaby Cottesloe"],
  ["07/12/2095", "Cllr Perpetua Lusk", "Cllr Ambrose Teague"],
  ["14/03/2096", "Cllr Lionel Fairbrass", "Cllr Delphine Ashworth-Kyle"],
];

// Delivery tracker 2095/96. q: ratings for Q1..Q3 (Q4 not yet reported). budget/spend in £k (revised budget).
export const TRACKER = [
  { ws: "Workstream 1 – Coastal transition" },
  { ref: "CT-01", what: "Publish a good practice guide on coastal transition planning", lead: "Lowenna Carbis", partner: "LGA", target: "Sep 2095", q: "G C C", budget: "–", spend: "–", note: "Published 21 September 2095; downloaded 2,310 times by 31 December." },
  { ref: "CT-02", what: "Pay round 1 Coastal Transition Fund grants to 8 councils", lead: "Lowenna Carbis", partner: "LGA", target: "Jul 2095", q: "C C C", budget: "3,600", spend: "3,600", note: "All eight grants paid by 14 July 2095." },
  { ref: "CT-03", what: "Agree round 2 Coastal Transition Fund allocations (£5m)", lead: "Lowenna Carbis", partner: "LGA", target: "Mar 2096", q: "G A A", budget: "5,000", spend: "0", note: "17 bids received; appraisal took longer than planned. Recommended allocations go to the Panel on 14 March 2096." },
  { ref: "CT-04", what: "Roll-back pilot: relocate 40 at-risk homes at Skegby Gap", lead: "Lowenna Carbis", partner: "Saltfleet Coast DC", target: "Mar 2097", q: "A A R", budget: "850", spend: "310", note: "Planning consent for the replacement site refused on 2 November 2095; the council has appealed. Delivery by March 2097 is now unlikely." },
  { ws: "Workstream 2 – Flood risk management" },
  { ref: "FR-01", what: "LGA response to the Defra consultation on the flood and coastal erosion funding formula", lead: "Tobias Ferrabee", partner: "LGA", target: "Nov 2095", q: "G G C", budget: "–", spend: "–", note: "Response submitted on 16 November 2095 after sign-off by the Chair." },
  { ref: "FR-02", what: "Surface water flooding peer reviews in 6 councils", lead: "Tobias Ferrabee", partner: "LGA", target: "Mar 2096", q: "G A R", budget: "180", spend: "64", note: "2 of 6 reviews done; too few peer reviewers with drainage expertise. Remaining 4 now forecast for June to September 2096." },
  { ref: "FR-03", what: "Lead local flood authority skills academy: train 120 officers", lead: "Tobias Ferrabee", partner: "Kestlebury CC", target: "Mar 2096", q: "A A A", budget: "265", spend: "151", note: "71 officers trained by 31 December; two extra cohorts added in February and March 2096." },
  { ref: "FR-04", what: "Guidance for councils on property flood resilience grants", lead: "Priya Venkataraman", partner: "LGA", target: "Dec 2095", q: "G G C", budget: "25", spend: "22", note: "Published 4 December 2095." },
  { ws: "Workstream 3 – Insurance and recovery" },
  { ref: "IR-01", what: "LGA evidence to the Flood Re transition review", lead: "Priya Venkataraman", partner: "LGA", target: "Oct 2095", q: "G C C", budget: "–", spend: "–", note: "Submitted 29 September 2095." },
  { ref: "IR-02", what: "Agree reform of the Bellwin scheme for emergency recovery costs with Government", lead: "Marisol Quennell", partner: "LGA", target: "Jun 2096", q: "A R R", budget: "–", spend: "–", note: "No ministerial reply to the Panel's proposals of August 2095; officials now say there will be no reform before 2097/98." },
  { ref: "IR-03", what: "Community flood wardens toolkit", lead: "Priya Venkataraman", partner: "Brackwater DC", target: "Jan 2096", q: "N G G", budget: "40", spend: "18", note: "Drafted with Brackwater DC; launch set for 30 January 2096." },
  { ws: "Workstream 4 – Data and monitoring" },
  { ref: "DM-01", what: "Procure a national coastal monitoring framework for 2096 to 2100", lead: "Marisol Quennell", partner: "LGA", target: "Apr 2096", q: "G G A", budget: "300", spend: "12", note: "Tender evaluation took longer than planned. Award decision to the Panel on 14 March 2096 (exempt item)." },
  { ref: "DM-02", what: "Erosion risk data-sharing agreement with 12 coastal councils", lead: "Tobias Ferrabee", partner: "Holderwick CC", target: "Dec 2095", q: "A G C", budget: "15", spend: "15", note: "Signed by all 12 councils by 11 December 2095." },
  { ref: "DM-03", what: "Shoreline Management Plan refresh: council engagement programme", lead: "Tobias Ferrabee", partner: "Environment Agency", target: "Sep 2096", q: "N N G", budget: "60", spend: "9", note: "Engagement plan agreed with the Environment Agency in November 2095; first workshops held in January 2096." },
].map((r) => (r.q ? { ...r, q: r.q.split(" ") } : r));
export const RATING_KEY = [
  ["C", "Complete", "Blue", "Delivered."],
  ["G", "On track", "Green", "Expected to be delivered on time and within budget."],
  ["A", "Some slippage", "Amber", "At risk: some slippage, action in hand to recover."],
  ["R", "Off track", "Red", "Will not be delivered on time without a decision by the Panel."],
  ["N", "Not started", "Grey", "Not due to start yet."],
];
export const RATING_FILL = { C: "#9DC3E6", G: "#A9D08E", A: "#FFD966", R: "#F4A6A6", N: "#D9D9D9" };

// Budget 2095/96 (£000). [label, original, revised, actual to 31 Dec 2095, forecast outturn, note]
export const BUDGET = [
  { group: "A. Grants to councils", lines: [
    ["Coastal Transition Fund round 1 (CT-02)", 3600, 3600, 3600, 3600, ""],
    ["Coastal Transition Fund round 2 (CT-03)", 5000, 5000, 0, 4860, "(a)"],
    ["Skegby Gap roll-back pilot (CT-04)", 850, 850, 310, 520, "(b)"],
  ] },
  { group: "B. Programme delivery", lines: [
    ["Surface water peer reviews (FR-02)", 180, 180, 64, 95, "(c)"],
    ["LLFA skills academy (FR-03)", 240, 265, 151, 262, "(d)"],
    ["Guidance and toolkits (FR-04, IR-03)", 65, 65, 40, 63, ""],
    ["Coastal monitoring framework (DM-01)", 300, 300, 12, 75, "(e)"],
    ["Data sharing and SMP engagement (DM-02, DM-03)", 75, 75, 24, 70, ""],
  ] },
  { group: "C. Staffing and running costs", lines: [
    ["Programme team salaries and on-costs", 610, 610, 452, 603, ""],
    ["Panel meetings and events", 45, 45, 21, 38, ""],
    ["Commissioned research and evidence", 120, 95, 30, 95, "(d)"],
  ] },
];
export const money = (n) => (n < 0 ? `(${Math.abs(n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));
export function budgetTotals() {
  const sum = (lines, k) => lines.reduce((a, l) => a + l[k], 0);
  const groups = BUDGET.map((g) => ({ ...g, sub: [1, 2, 3, 4].map((k) => sum(g.lines, k)) }));
  const total = [0, 1, 2, 3].map((i) => groups.reduce((a, g) => a + g.sub[i], 0));
  return { groups, total };
}
{
  const { groups, total } = budgetTotals();
  const want = { sub: [[9450, 9450, 3910, 8980], [860, 885, 291, 565], [775, 750, 503, 736]], total: [11085, 11085, 4704, 10281] };
  if (JSON.stringify(groups.map((g) => g.sub)) !== JSON.stringify(want.sub) || JSON.stringify(total) !== JSON.stringify(want.total))
    throw new Error("budget arithmetic " + JSON.stringify(groups.map((g) => g.sub)) + " " + JSON.stringify(total));
  // tracker budget / spend columns must match the budget lines
  const tb = TRACKER.filter((r) => r.ref && r.budget !== "–").reduce((a, r) => a + Number(r.budget.replace(/,/g, "")), 0);
  const ts = TRACKER.filter((r) => r.ref && r.spend !== "–").reduce((a, r) => a + Number(r.spend.replace(/,/g, "")), 0);
  if (tb !== 10335 || ts !== 4201) throw new Error(`tracker totals ${tb} ${ts}`);
}

// Strategic risk register at March 2096. score = L x I. prev = score at December 2095.
export const RISKS = [
  { ref: "CCR-01", risk: "The Government does not reform the Bellwin scheme, so councils carry most of the cost of recovery after coastal flooding (IR-02).", owner: "Marisol Quennell", l: 4, i: 4, prev: 12, target: 8, trend: "▲ Rising" },
  { ref: "CCR-02", risk: "Councils do not spend round 2 Coastal Transition Fund grants within the two-year grant period.", owner: "Lowenna Carbis", l: 3, i: 3, prev: 9, target: 6, trend: "► Stable" },
  { ref: "CCR-03", risk: "Too few peer reviewers with drainage expertise, delaying the surface water peer reviews (FR-02).", owner: "Tobias Ferrabee", l: 4, i: 3, prev: 8, target: 6, trend: "▲ Rising" },
  { ref: "CCR-04", risk: "Legal challenge to the planning decisions for the Skegby Gap roll-back pilot (CT-04).", owner: "Lowenna Carbis", l: 3, i: 4, prev: 12, target: 6, trend: "► Stable" },
  { ref: "CCR-05", risk: "Delay to the coastal monitoring framework leaves a gap in beach and cliff survey data from April 2096 (DM-01).", owner: "Marisol Quennell", l: 3, i: 5, prev: 10, target: 5, trend: "▲ Rising" },
  { ref: "CCR-06", risk: "Erosion risk data shared by councils is lost or disclosed in a cyber incident at a partner council.", owner: "Hester Aldous", l: 2, i: 4, prev: 8, target: 4, trend: "► Stable" },
  { ref: "CCR-07", risk: "Councils do not take up the places on the skills academy (FR-03).", owner: "Tobias Ferrabee", l: 2, i: 2, prev: 6, target: 4, trend: "▼ Falling" },
  { ref: "CCR-08", risk: "Relocation of residents is presented as “managed abandonment” of coastal communities, damaging trust in councils and the LGA.", owner: "Marisol Quennell", l: 4, i: 5, prev: 20, target: 10, trend: "► Stable" },
];
export const band = (s) => (s >= 16 ? "Very high" : s >= 10 ? "High" : s >= 5 ? "Medium" : "Low");

// Coastal Transition Fund round 2: schemes recommended (£000)
export const SCHEMES = [
  ["Saltfleet Coast District Council", "Anderby Creek beach huts and access road relocation", 1450, 1200],
  ["Dunlin Head District Council", "Dunlin Spit managed realignment", 980, 980],
  ["Holderwick County Council", "Sandholme coastal path and car park relocation", 640, 520],
  ["Whitsand Vale District Council", "Skerry Sands caravan park relocation", 1100, 900],
  ["Carrack Point Council", "Carrack Quay adaptive defences: feasibility study", 750, 0],
  ["Kingsferry Borough Council", "Community adaptation plans for three villages", 310, 310],
  ["Greysands Borough Council", "Cliff-top property buy-back, North Parade", 1200, 950],
];
{
  const r = SCHEMES.reduce((a, s) => a + s[2], 0), m = SCHEMES.reduce((a, s) => a + s[3], 0);
  if (r !== 6430 || m !== 4860) throw new Error(`schemes ${r} ${m}`);
}

// Actions (the Jira project CFRP). dates: created / updated / resolved / due, ISO.
export const ACTIONS = [
  { key: "CFRP-9", summary: "Recruit additional peer reviewers with drainage expertise (FR-02)", assignee: "Tobias Ferrabee", priority: "High", status: "In Progress", created: "2095-10-05T11:42", updated: "2096-03-19T16:05", due: "2096-04-30", labels: ["panel-2095-10-05", "FR-02"], desc: "Four reviewers recruited so far; two more needed before the June reviews." },
  { key: "CFRP-12", summary: "Set up the round 2 appraisal panel with two member observers", assignee: "Lowenna Carbis", priority: "Medium", status: "Done", created: "2095-10-05T11:50", updated: "2096-01-08T09:31", resolved: "2096-01-08T09:31", due: "2095-12-15", labels: ["panel-2095-10-05", "CT-03"], desc: "Observers: Cllr Fenella Morwenstow and Cllr Gervase Pellow." },
  { key: "CFRP-16", summary: "Draft the Chair's letter to the Minister on reform of the Bellwin scheme (IR-02)", assignee: "Marisol Quennell", priority: "High", status: "Done", created: "2095-12-07T14:10", updated: "2096-01-03T10:12", resolved: "2096-01-03T10:12", due: "2095-12-22", labels: ["panel-2095-12-07", "IR-02"], desc: "Letter signed by the Chair and sent on 19 December 2095." },
  { key: "CFRP-17", summary: "Add two extra skills academy cohorts and process the £25,000 virement from research", assignee: "Tobias Ferrabee", priority: "Medium", status: "Done", created: "2095-12-07T14:14", updated: "2096-01-15T12:40", resolved: "2096-01-15T12:40", due: "2096-01-31", labels: ["panel-2095-12-07", "FR-03"], desc: "" },
  { key: "CFRP-18", summary: "Get legal advice on the Skegby Gap planning appeal (CT-04)", assignee: "Lowenna Carbis", priority: "High", status: "Blocked", created: "2095-12-07T14:20", updated: "2096-03-01T15:22", due: "2096-02-29", labels: ["panel-2095-12-07", "CT-04"], desc: "Waiting for Saltfleet Coast DC to share its appeal statement." },
  { key: "CFRP-19", summary: "Send the revised Shoreline Management Plan engagement timetable to all coastal councils", assignee: "Tobias Ferrabee", priority: "Low", status: "To Do", created: "2095-12-07T14:25", updated: "2096-02-12T11:02", due: "2096-04-16", labels: ["panel-2095-12-07", "DM-03"], desc: "" },
  { key: "CFRP-20", summary: "Report to the Panel on options for a council-led coastal engineering apprenticeship", assignee: "Priya Venkataraman", priority: "Medium", status: "In Progress", created: "2095-12-07T14:31", updated: "2096-03-06T09:48", due: "2096-06-27", labels: ["panel-2095-12-07"], desc: "For the June 2096 meeting." },
  { key: "CFRP-21", summary: "Update the risk register to reflect the lack of a response on Bellwin", assignee: "Hester Aldous", priority: "Medium", status: "Done", created: "2095-12-07T14:36", updated: "2096-02-26T17:15", resolved: "2096-02-26T17:15", due: "2096-02-28", labels: ["panel-2095-12-07", "risk"], desc: "" },
  { key: "CFRP-24", summary: "Chair to write again to the Minister on Bellwin reform, copying in the Treasury", assignee: "Marisol Quennell", priority: "Highest", status: "To Do", created: "2096-03-14T15:02", updated: "2096-03-14T15:02", due: "2096-04-11", labels: ["panel-2096-03-14", "IR-02"], desc: "" },
  { key: "CFRP-25", summary: "Notify councils of the round 2 allocations and issue grant offer letters", assignee: "Lowenna Carbis", priority: "High", status: "In Progress", created: "2096-03-14T15:04", updated: "2096-03-21T10:26", due: "2096-03-28", labels: ["panel-2096-03-14", "CT-03"], desc: "Offer letters drafted; Holderwick letter to reflect the amended sum." },
  { key: "CFRP-26", summary: "Invite Carrack Point Council to resubmit its bid in round 3 with a full business case", assignee: "Lowenna Carbis", priority: "Medium", status: "To Do", created: "2096-03-14T15:05", updated: "2096-03-14T15:05", due: "2096-05-30", labels: ["panel-2096-03-14", "CT-03"], desc: "" },
  { key: "CFRP-27", summary: "Add new risk CCR-09 (loss of specialist coastal engineering capacity) and score it for the June meeting", assignee: "Hester Aldous", priority: "Medium", status: "To Do", created: "2096-03-14T15:07", updated: "2096-03-14T15:07", due: "2096-06-06", labels: ["panel-2096-03-14", "risk"], desc: "" },
  { key: "CFRP-28", summary: "Circulate the Environment Agency's Shoreline Management Plan refresh slides to members", assignee: "Wilf Padgett", priority: "Low", status: "Done", created: "2096-03-14T15:08", updated: "2096-03-15T09:12", resolved: "2096-03-15T09:12", due: "2096-03-21", labels: ["panel-2096-03-14"], desc: "" },
  { key: "CFRP-29", summary: "Move £80,000 from the round 2 contingency to the Holderwick scheme", assignee: "Declan Urquhart-Hale", priority: "Medium", status: "To Do", created: "2096-03-14T15:10", updated: "2096-03-14T15:10", due: "2096-03-29", labels: ["panel-2096-03-14", "CT-03", "finance"], desc: "" },
];

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const longDate = (iso, weekday = false) => {
  const d = new Date(iso.slice(0, 10) + "T12:00:00Z");
  return `${weekday ? DAYS[d.getUTCDay()] + " " : ""}${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
export const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
