// One source of content for the five documents of the Cemeteries and Crematoria Task Group (CCTG), 2041/42.
// Everything here is invented for testing: people, councils' roles, figures, risks and decisions.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const NODE_MODULES = process.env.NODE_MODULES ?? "/work/main/node_modules";
export const requireNM = createRequire(join(NODE_MODULES, "noop.js"));
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FONTS = "/usr/share/fonts/truetype/dejavu";

// --- dates -------------------------------------------------------------------------------------------
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => DAYS[new Date(iso + "T12:00:00Z").getUTCDay()];
export function assertDay(iso, day) {
  if (weekday(iso) !== day) throw new Error(`${iso} is a ${weekday(iso)}, not a ${day}`);
}
export function assert(cond, msg) {
  if (!cond) throw new Error("content check failed: " + msg);
}

// --- the body ----------------------------------------------------------------------------------------
export const BODY = "Cemeteries and Crematoria Task Group";
export const ABBR = "CCTG";
export const PARENT = "Public Protection and Communities Board";
export const MEETING = { iso: "2041-11-20", long: "Wednesday 20 November 2041" };
export const PREVIOUS = { iso: "2041-09-18", long: "Wednesday 18 September 2041" };
export const NEXT = { iso: "2042-01-29", long: "Wednesday 29 January 2042" };
export const MEETINGS = [
  { iso: "2041-07-17", long: "Wednesday 17 July 2041" },
  PREVIOUS,
  MEETING,
  NEXT,
  { iso: "2042-03-26", long: "Wednesday 26 March 2042" },
];
for (const m of MEETINGS) assertDay(m.iso, "Wednesday");

// --- councillors 2041/42 -----------------------------------------------------------------------------
export const MEMBERS = [
  { name: "Cllr Marguerite Oakenfold", council: "Sheffield City Council", group: "Labour", role: "Chair" },
  { name: "Cllr Gideon Stallybrass", council: "Shropshire Council", group: "Conservative", role: "Vice-Chair" },
  { name: "Cllr Morwenna Tregidgo", council: "Cornwall Council", group: "Liberal Democrat", role: "Member" },
  { name: "Cllr Kofi Amoako", council: "London Borough of Lewisham", group: "Labour", role: "Member" },
  { name: "Cllr Harriet Featherstonehaugh", council: "North Yorkshire Council", group: "Conservative", role: "Member" },
  { name: "Cllr Declan Ottaway", council: "Wigan Council", group: "Labour", role: "Member" },
  { name: "Cllr Rosalind Ingledew", council: "Dacorum Borough Council", group: "Conservative", role: "Member" },
  { name: "Cllr Anjali Sandhar", council: "Epsom and Ewell Borough Council", group: "Independent", role: "Member" },
  { name: "Cllr Piers Wyndlow", council: "Mid Suffolk District Council", group: "Green", role: "Member" },
  { name: "Cllr Tamsin Penwarden", council: "South Cambridgeshire District Council", group: "Liberal Democrat", role: "Member" },
];
export const SUBSTITUTES = [
  { name: "Cllr Lionel Goodliffe", council: "Wychavon District Council", group: "Conservative" },
  { name: "Cllr Bernadette Crouchman", council: "Stockton-on-Tees Borough Council", group: "Labour" },
  { name: "Cllr Ewan Liddiard", council: "Stockport Metropolitan Borough Council", group: "Liberal Democrat" },
  { name: "Cllr Nadia Okonedo", council: "Castle Point Borough Council", group: "Independent" },
];
export const LEAD_MEMBERS = [
  ["Burial space and memorials", "Cllr Morwenna Tregidgo"],
  ["Cremation and the environment", "Cllr Piers Wyndlow"],
  ["Public health funerals", "Cllr Kofi Amoako"],
  ["Workforce and resilience", "Cllr Harriet Featherstonehaugh"],
];
assert(MEMBERS.length === 10 && MEMBERS.filter((m) => m.role === "Chair").length === 1, "10 members, one Chair");

// --- officers ------------------------------------------------------------------------------------------
export const OFFICERS = {
  muncaster: { name: "Cassius Muncaster", post: "Senior Adviser, Communities", phone: "020 7946 0263", email: "cassius.muncaster@local.gov.uk" },
  pountney: { name: "Imelda Pountney", post: "Adviser, Communities", phone: "020 7946 0697", email: "imelda.pountney@local.gov.uk" },
  coughlan: { name: "Ruairi Coughlan", post: "Policy Adviser", phone: "020 7946 0358", email: "ruairi.coughlan@local.gov.uk" },
  hallowes: { name: "Saskia Hallowes", post: "Adviser, Environment", phone: "020 7946 0479", email: "saskia.hallowes@local.gov.uk" },
  veldhuizen: { name: "Anouska Veldhuizen", post: "Finance Business Partner", phone: "020 7946 0532", email: "anouska.veldhuizen@local.gov.uk" },
  tuckwell: { name: "Perpetua Tuckwell", post: "Member Services Officer", phone: "020 7946 0915", email: "perpetua.tuckwell@local.gov.uk" },
  gorringe: { name: "Barnaby Gorringe", post: "Head of Policy, Communities", phone: "020 7946 0606", email: "barnaby.gorringe@local.gov.uk" },
};
export const GUEST = { name: "Oren Bulstrode", post: "Technical Director", org: "Memorial Masonry Standards Council" };

// --- the workplan tracker (position at 30 September 2041) ---------------------------------------------
export const STATUS_KEY = [
  // word, colour name, fill, font colour, meaning
  ["On course", "Green", "C6EFCE", "006100", "Delivery is on plan. No action is needed from the Task Group."],
  ["Slipping", "Amber", "FFEB9C", "9C5700", "Behind plan or at risk of missing the due date. Officers have a recovery plan."],
  ["Stuck", "Red", "FFC7CE", "9C0006", "Cannot be delivered to plan without a decision or help from the Task Group."],
  ["Delivered", "Blue", "BDD7EE", "1F3864", "Complete. Removed from the tracker at the next quarter."],
  ["Paused", "Grey", "D9D9D9", "404040", "Stopped by a decision of the Task Group. Not counted as off track."],
];
export const THEMES = {
  A: "Burial space and memorials",
  B: "Cremation and the environment",
  C: "Public health funerals",
  D: "Workforce and resilience",
};
// ref, action, lead officer key, due, Q1, Q2, progress at 30 September 2041, next milestone
export const WORKPLAN = [
  ["CCT-A1", "Run the 2041 national survey of remaining burial capacity and publish a summary for councils", "pountney", "31 Jan 2042", "On course", "On course",
    "The survey closed on 27 September 2041. 212 of the 296 councils with burial duties responded (72 per cent). Early results suggest 41 councils have less than ten years' space left at current rates of burial.",
    "Findings to the Task Group on 29 January 2042."],
  ["CCT-A2", "Refresh the good practice guide on memorial safety inspections, jointly with the Memorial Masonry Standards Council", "coughlan", "31 Mar 2042", "On course", "Slipping",
    "Drafting is about six weeks behind plan because the Council's technical committee did not meet in August. A first draft of the refreshed guide is at item 6 of the November meeting.",
    "Consultation with councils December 2041 to January 2042; final guide March 2042."],
  ["CCT-A3", "Press the Ministry of Justice for powers for all councils in England to reuse old graves", "muncaster", "31 Dec 2041", "Slipping", "Stuck",
    "The Ministry has told us there is no room for a burial law bill in the current session, and officials will not commit to a consultation before 2043.",
    "Task Group to decide on 20 November how to escalate."],
  ["CCT-A4", "Secure faster decisions on exhumation licences", "coughlan", "30 Sep 2041", "On course", "Delivered",
    "The Ministry of Justice's online licence service went live on 2 September 2041, with a target of ten working days for a decision.",
    "None. To be removed at Q3."],
  ["CCT-B1", "Build the evidence on the cost of replacing ageing cremators and mercury abatement plant", "muncaster", "28 Feb 2042", "On course", "Slipping",
    "Only 38 of the 61 council-run crematoria have returned cost data. The consultant's report is now expected in January rather than December, and the extra analysis has added to the cost of the study.",
    "Report to the Task Group on 26 March 2042."],
  ["CCT-B2", "Support three pilots that use waste heat from crematoria in local heat schemes", "hallowes", "31 Mar 2042", "On course", "On course",
    "Harlow, Rotherham and Wigan have signed grant agreements for £20,000 each. Harlow's connection works start in January 2042.",
    "Pilot visits and interim learning note, February 2042."],
  ["CCT-B3", "Agree updated cremator emissions guidance with Defra and the Environment Agency", "hallowes", "30 Jun 2041", "Delivered", "Delivered",
    "Defra published the updated guidance on 12 June 2041.",
    "Closed."],
  ["CCT-B4", "Respond to the Government's consultation on regulating water cremation (alkaline hydrolysis)", "muncaster", "30 Nov 2041", "On course", "Paused",
    "Paused at the Task Group's request on 18 September 2041 until the Government publishes its impact assessment, now expected in spring 2042.",
    "Resume when the impact assessment is published."],
  ["CCT-C1", "Collect council data on the number and cost of public health funerals and the amounts recovered from estates", "pountney", "31 Oct 2041", "Slipping", "Stuck",
    "Only 96 councils had returned the data template by 31 October (target 200). Several say their systems cannot separate funeral cost recovery from other income.",
    "Task Group asked to extend the return date (item 5, 20 November)."],
  ["CCT-C2", "Press for the Children's Funeral Fund fee caps to be uprated", "pountney", "31 Dec 2041", "On course", "On course",
    "The Ministry of Justice agreed in August to review the caps. Our evidence from 54 councils was submitted on 16 September 2041.",
    "Decision expected December 2041."],
  ["CCT-C3", "Seek an uprating of the DWP Funeral Expenses Payment and faster decisions on claims", "muncaster", "31 Mar 2042", "Slipping", "Slipping",
    "The Department has not replied to our letter of 5 August 2041. Councils report decisions taking up to eight weeks.",
    "Raise at the LGA and DWP officials' meeting on 9 December 2041."],
  ["CCT-D1", "Publish a framework for planning for winter surges in deaths (storage, cremator capacity, staffing and mutual aid)", "hallowes", "30 Sep 2041", "On course", "Delivered",
    "Framework published on 24 September 2041 and sent to all chief executives; 140 downloads in the first week.",
    "Webinar on the framework, 3 December 2041."],
  ["CCT-D2", "Deliver safe excavation and grave shoring webinars for cemetery staff", "coughlan", "31 Mar 2042", "On course", "On course",
    "Four of the eight webinars have been held; 386 staff from 117 councils attended.",
    "Webinars 5 and 6 in December 2041."],
  ["CCT-D3", "Survey councils on recruiting and keeping crematorium technicians", "hallowes", "28 Feb 2042", "On course", "Slipping",
    "The survey launch moved from September to November so that it did not clash with the burial space survey.",
    "Launch 18 November 2041; close 19 December 2041."],
].map(([ref, action, lead, due, q1, q2, progress, next]) => ({
  ref, theme: THEMES[ref[4]], action, lead: OFFICERS[lead].name, due, q1, q2, progress, next,
}));
assert(WORKPLAN.length === 14, "14 actions");
const countQ2 = (s) => WORKPLAN.filter((w) => w.q2 === s).map((w) => w.ref);
assert(countQ2("Stuck").join() === "CCT-A3,CCT-C1", "stuck");
assert(countQ2("Delivered").join() === "CCT-A4,CCT-B3,CCT-D1", "delivered");
assert(countQ2("Paused").join() === "CCT-B4", "paused");
assert(countQ2("Slipping").length === 4 && countQ2("On course").length === 4, "4 slipping, 4 on course");

// --- risk register --------------------------------------------------------------------------------------
export const LIKELIHOOD = ["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"];
export const IMPACT = ["1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Severe"];
export const BANDS = [
  // from, to, word, fill, font
  [1, 4, "Low", "C6EFCE", "006100"],
  [5, 9, "Medium", "FFF2CC", "7F6000"],
  [10, 15, "High", "F8CBAD", "833C0B"],
  [16, 25, "Very high", "FF9999", "7B0000"],
];
export const band = (score) => BANDS.find(([a, b]) => score >= a && score <= b);
export const TRENDS = [
  ["▲ Rising", "The score has gone up since the last quarter."],
  ["► Steady", "No change since the last quarter."],
  ["▼ Falling", "The score has gone down since the last quarter."],
  ["● New", "Added to the register this quarter."],
];
const ownerOf = (k) => `${OFFICERS[k].name} (${OFFICERS[k].post})`;
export const RISKS = [
  ["CCR-01", "Some areas run out of burial space before councils have powers to reuse graves or can buy new land.", "muncaster", 4, 4, "▲ Rising",
    "Burial space survey (CCT-A1) to show where space is shortest; press the Ministry of Justice for reuse powers (CCT-A3); share practice on extending existing cemeteries.", "31 Jan 2042"],
  ["CCR-02", "Too few councils return public health funerals data for the findings to carry weight with Government.", "pountney", 4, 3, "▲ Rising",
    "Simpler template issued in September; reminder emails; proposal to extend the return date (item 5, 20 November).", "31 Jan 2042"],
  ["CCR-03", "A serious injury from an unstable memorial leads to heavy-handed 'lay flat' testing that distresses bereaved families.", "coughlan", 2, 5, "► Steady",
    "Refreshed memorial safety guide (CCT-A2) stresses risk-based, proportionate inspection and notice to grave owners.", "31 Mar 2042"],
  ["CCR-04", "Several cremators fail at once during a winter surge in deaths, causing long delays to funerals.", "hallowes", 3, 5, "▲ Rising",
    "Surge planning framework (CCT-D1) published; mutual aid agreements between crematoria; evidence on replacement costs (CCT-B1).", "31 Dec 2041"],
  ["CCR-05", "Heat pilot councils cannot spend their grants by 31 March 2042.", "hallowes", 2, 2, "▼ Falling",
    "Grant agreements signed; two grants paid; monthly calls with the three councils.", "31 Jan 2042"],
  ["CCR-06", "The Task Group's policy budget is overspent because the cremator cost study needs more consultancy time.", "veldhuizen", 2, 3, "● New",
    "Virement from underspending lines to be proposed at period 7; no further extension of the study without the Task Group's agreement.", "31 Dec 2041"],
  ["CCR-07", "Two vacant adviser posts reduce the team's capacity to deliver the workplan.", "gorringe", 3, 3, "► Steady",
    "Recruitment under way (closing 28 November 2041); work reprioritised with the Chair.", "31 Dec 2041"],
].map(([ref, risk, owner, l, i, trend, controls, review]) => ({
  ref, risk, owner: ownerOf(owner), l, i, score: l * i, rating: band(l * i)[2], trend, controls, review,
}));
assert(RISKS.filter((r) => r.rating === "Very high").map((r) => r.ref).join() === "CCR-01", "one very high");
assert(RISKS.find((r) => r.ref === "CCR-04").score === 15, "R04 15");

// --- budget 2041/42, period 7 (to 31 October 2041) --------------------------------------------------------
// cost centre, name, account, account name, annual budget, actual to date, commitments, forecast, holder, comment
export const BUDGET = [
  ["C4411", "Member meetings and events", [
    ["5201", "Venue hire", 6000, 1200, 600, 3000, "muncaster", "Most meetings now hybrid in the LGA's own rooms; external venue booked for March only"],
    ["5204", "Catering", 3000, 420, 0, 1200, "muncaster", ""],
    ["5208", "Member travel and subsistence", 5000, 1880, 0, 4200, "muncaster", "Claims for the November meeting not yet received"],
  ]],
  ["C4412", "Research and evidence", [
    ["5310", "Consultancy", 24000, 12000, 12000, 33000, "muncaster", "Cremator cost study (CCT-B1): extra analysis of late returns, +£9,000. Virement to be proposed at P7"],
    ["5320", "Surveys and data collection", 18000, 7350, 2400, 18000, "pountney", "Burial space survey and public health funerals data collection"],
  ]],
  ["C4413", "Guidance and publications", [
    ["5405", "Printing and design", 8000, 1150, 900, 4600, "coughlan", "Memorial safety guide to be published online only, not printed"],
    ["5410", "Web and digital", 4000, 2100, 0, 4000, "coughlan", ""],
  ]],
  ["C4414", "Training and webinars", [
    ["5620", "Webinar platform and speakers", 7000, 3960, 1500, 7800, "coughlan", "Two extra grave shoring sessions added, \"by popular demand\""],
    ["9105", "Sponsorship income", -3000, -2500, 0, -3500, "coughlan", "Credit: sponsorship of webinars 5 to 8 agreed"],
  ]],
  ["C4415", "Heat recovery pilots", [
    ["5510", "Grants to councils", 60000, 40000, 20000, 60000, "hallowes", "Rotherham and Wigan paid; Harlow's £20,000 committed, payable when works start in January 2042"],
  ]],
].map(([cc, ccName, lines]) => ({
  cc, ccName,
  lines: lines.map(([acc, accName, budget, actual, commit, forecast, holder, comment]) => ({
    acc, accName, budget, btd: Math.round((budget * 7) / 12), actual, commit, forecast, variance: forecast - budget,
    holder: (() => { const [f, s] = OFFICERS[holder].name.split(" "); return `${s}, ${f} (${OFFICERS[holder].post.split(",")[0]})`; })(),
    comment,
  })),
}));
const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
for (const c of BUDGET) for (const k of ["budget", "btd", "actual", "commit", "forecast", "variance"]) c[k] = sum(c.lines, k);
export const BUDGET_TOTAL = Object.fromEntries(["budget", "btd", "actual", "commit", "forecast", "variance"].map((k) => [k, sum(BUDGET, k)]));
assert(BUDGET_TOTAL.budget === 132000, "budget 132,000: " + BUDGET_TOTAL.budget);
assert(BUDGET_TOTAL.forecast === 132300 && BUDGET_TOTAL.variance === 300, "forecast 132,300");
assert(BUDGET[0].variance === -5600 && BUDGET[2].lines[0].variance === -3400 && BUDGET[1].lines[0].variance === 9000, "virement 5,600 + 3,400 = 9,000");
export const VIREMENT = { total: 9000, from: [["Member meetings and events", 5600], ["Printing and design", 3400]], to: "Consultancy" };
export const POLICY_BUDGET = BUDGET_TOTAL.budget;

// --- public health funerals data (item 5) -----------------------------------------------------------------
export const PHF = [
  ["London boroughs", 14, 612, 1940, 23],
  ["Metropolitan districts", 19, 1105, 1610, 18],
  ["Unitary authorities", 27, 838, 1720, 21],
  ["District councils", 36, 497, 1480, 27],
].map(([type, councils, funerals, avg, rec]) => ({ type, councils, funerals, avg, rec }));
export const PHF_TOTAL = (() => {
  const councils = sum(PHF, "councils"), funerals = sum(PHF, "funerals");
  const cost = PHF.reduce((a, r) => a + r.funerals * r.avg, 0);
  const recovered = PHF.reduce((a, r) => a + (r.funerals * r.avg * r.rec) / 100, 0);
  return { councils, funerals, avg: Math.round(cost / funerals / 5) * 5, rec: Math.round((100 * recovered) / cost) };
})();
assert(PHF_TOTAL.councils === 96 && PHF_TOTAL.funerals === 3052, "PHF totals");
assert(PHF_TOTAL.avg === 1685 && PHF_TOTAL.rec === 21, `PHF average ${PHF_TOTAL.avg} ${PHF_TOTAL.rec}`);

// --- memorial inspection intervals (item 6) ----------------------------------------------------------------
export const INTERVALS = [
  ["Lawn headstones under 1 metre high", "5 years", "Hand test; visual check after high winds or ground movement"],
  ["Headstones 1 metre high and over", "3 years", "Hand test; record the fixing type where it can be seen"],
  ["Kerbed and other multi-part memorials", "3 years", "Check each part and the joints between them"],
  ["Memorials in closed churchyards the council maintains", "5 years", "Where the council has taken on maintenance under section 215 of the Local Government Act 1972"],
  ["Mausolea and listed monuments", "Every year (visual)", "Structural survey by a qualified person when the visual check finds movement"],
];

export const fmt = (n) => (n < 0 ? "-" : "") + Math.abs(n).toLocaleString("en-GB");
export const money = (n) => (n < 0 ? "-£" : "£") + Math.abs(n).toLocaleString("en-GB");

// date checks for dates named in the papers
for (const [iso, day] of [
  ["2041-09-02", "Monday"], ["2041-09-27", "Friday"], ["2041-06-12", "Wednesday"], ["2041-08-05", "Monday"],
  ["2041-09-16", "Monday"], ["2041-09-24", "Tuesday"], ["2041-11-06", "Wednesday"], ["2041-11-18", "Monday"],
  ["2041-12-19", "Thursday"], ["2041-12-03", "Tuesday"], ["2041-12-09", "Monday"], ["2041-12-02", "Monday"],
  ["2041-11-15", "Friday"], ["2041-07-15", "Monday"], ["2041-10-31", "Thursday"], ["2042-01-31", "Friday"],
  ["2041-06-26", "Wednesday"], ["2040-03-14", "Wednesday"], ["2041-11-22", "Friday"], ["2041-12-05", "Thursday"],
  ["2041-11-28", "Thursday"], ["2041-11-26", "Tuesday"], ["2041-11-27", "Wednesday"],
]) assertDay(iso, day);
