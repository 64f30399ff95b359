// Shared content for set CG: one body (the Upland Wildfire Task Group, a member task group of the invented
// Rural Affairs and Resilience Board), its people, meetings, the Upland Wildfire Programme 2701-03 (measures
// UWM-01 to UWM-10, risks UWR-01 to UWR-09), the meeting of Wednesday 11 December 2701 (attendance,
// decisions, actions UWA-31 to UWA-38) and the paper for the meeting of Wednesday 12 February 2702 on a
// Public Spaces Protection Order pilot, in the municipal year 2701/02. Every builder reads from here so that
// the five documents agree with each other; the arithmetic (rating counts, incident totals, budget lines,
// attendance, votes) and every weekday named are checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Upland Wildfire Task Group";
export const SHORT = "UWTG";
export const BOARD = "Rural Affairs and Resilience Board";
export const PROGRAMME = "Upland Wildfire Programme 2701–03";
export const ROOM = "Room 2.4, 18 Smith Square";

export const DOCS = {
  qlik: "uwtg-quarterly-scorecard-q3-2701-02-qlik-sense.pdf",
  outline: "uwtg-risk-register-outline-export-2702-01-14.md",
  legistar: "uwtg-committee-system-body-page-2702-01-31.html",
  email: "uwtg-agenda-12-feb-and-draft-minutes-11-dec-thunderbird.eml",
  paper: "uwtg-item-6-pspo-pilot-paper-2702-02-12-hotdocs.docx",
};

// meetings 2701/02 (all Wednesdays); us = as the committee system prints the date
export const MEETINGS = [
  { k: "jul", date: "Wednesday 17 July 2701", iso: "2701-07-17", us: "7/17/2701", time: "10:30 AM" },
  { k: "oct", date: "Wednesday 16 October 2701", iso: "2701-10-16", us: "10/16/2701", time: "10:30 AM" },
  { k: "dec", date: "Wednesday 11 December 2701", iso: "2701-12-11", us: "12/11/2701", time: "10:30 AM" },
  { k: "feb", date: "Wednesday 12 February 2702", iso: "2702-02-12", us: "2/12/2702", time: "1:30 PM" },
  { k: "apr", date: "Wednesday 16 April 2702", iso: "2702-04-16", us: "4/16/2702", time: "10:30 AM" },
];

export const OFFICERS = {
  ptolemy: { fore: "Ptolemy", sur: "Wrathmell", post: "Programme Manager, Upland Wildfire", phone: "020 7946 0641", email: "ptolemy.wrathmell@local.gov.uk", user: "p.wrathmell" },
  saoirse: { fore: "Saoirse", sur: "Sedgeworth", post: "Senior Adviser, Fire Prevention", phone: "020 7946 0657", email: "saoirse.sedgeworth@local.gov.uk" },
  kwabena: { fore: "Kwabena", sur: "Fairholt", post: "Finance Business Partner", phone: "020 7946 0662", email: "kwabena.fairholt@local.gov.uk" },
  rosalind: { fore: "Rosalind", sur: "Ibbotswood", post: "Head of Democratic Services", phone: "020 7946 0670", email: "rosalind.ibbotswood@local.gov.uk" },
  elspeth: { fore: "Elspeth", sur: "Gimmerton", post: "Member Services Officer", phone: "020 7946 0684", email: "elspeth.gimmerton@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Hamish Snaizeholme", post: "Area Manager (Prevention), Tarnmoor Fire and Rescue Service" };

// Membership 2701/02. title as the committee system prints it. start / end as M/D/YYYY.
export const PEOPLE = [
  { k: "pendleberry", fore: "Araminta", sur: "Pendleberry", council: "Tarnmoor County Council", group: "Conservative", title: "Chair", start: "5/21/2701", email: "araminta.pendleberry@tarnmoor.gov.uk" },
  { k: "haverthwaite", fore: "Lowri", sur: "Haverthwaite", council: "Ottermere City Council", group: "Labour", title: "Vice Chair", start: "5/21/2701", email: "lowri.haverthwaite@ottermere.gov.uk" },
  { k: "braithby", fore: "Tobias", sur: "Braithby", council: "Skelldale District Council", group: "Liberal Democrat", title: "Deputy Chair", start: "5/21/2701", lead: "response and resilience", email: "tobias.braithby@skelldale.gov.uk" },
  { k: "oyewusi", fore: "Hyacinth", sur: "Oyewusi", council: "Gillthwaite Borough Council", group: "Labour", title: "Member", start: "5/21/2701", lead: "prevention and education", email: "hyacinth.oyewusi@gillthwaite.gov.uk" },
  { k: "stanghow", fore: "Ewart", sur: "Stanghow", council: "Fellhaven District Council", group: "Conservative", title: "Member", start: "5/21/2701", lead: "land management", email: "ewart.stanghow@fellhaven.gov.uk" },
  { k: "odukoya", fore: "Marguerite", sur: "Odukoya", council: "Heatherleigh District Council", group: "Independent", title: "Member", start: "5/21/2701", email: "marguerite.odukoya@heatherleigh.gov.uk" },
  { k: "tennyhurst", fore: "Fergus", sur: "Tennyhurst", council: "Cragbourne Borough Council", group: "Green", title: "Member", start: "5/21/2701", lead: "peatland restoration", email: "fergus.tennyhurst@cragbourne.gov.uk" },
  { k: "langhorne", fore: "Sunniva", sur: "Langhorne", council: "Scarthmoor District Council", group: "Conservative", title: "Member", start: "5/21/2701", email: "sunniva.langhorne@scarthmoor.gov.uk" },
  { k: "garsdale", fore: "Rashid", sur: "Garsdale", council: "Wyndcross Borough Council", group: "Labour", title: "Member", start: "5/21/2701", email: "rashid.garsdale@wyndcross.gov.uk" },
  { k: "blenkarne", fore: "Philippa", sur: "Blenkarne", council: "Tarnmoor County Council", group: "Liberal Democrat", title: "Member", start: "5/21/2701", email: "philippa.blenkarne@tarnmoor.gov.uk" },
  { k: "fearnhough", fore: "Benedict", sur: "Fearnhough", council: "Kinderhope Borough Council", group: "Conservative", title: "Member", start: "5/21/2701", email: "benedict.fearnhough@kinderhope.gov.uk" },
  { k: "ruthvenson", fore: "Cuthbert", sur: "Ruthvenson", council: "Ottermere City Council", group: "Labour", title: "Member", start: "5/21/2701", end: "11/30/2701", email: "cuthbert.ruthvenson@ottermere.gov.uk" },
  { k: "scholefield", fore: "Ingrid", sur: "Scholefield", council: "Ottermere City Council", group: "Labour", title: "Member", start: "1/4/2702", email: "" },
  { k: "pickersleigh", fore: "Oswin", sur: "Pickersleigh", council: "Fellhaven District Council", group: "Conservative", title: "Substitute Member", start: "5/21/2701", email: "oswin.pickersleigh@fellhaven.gov.uk" },
  { k: "arkholme", fore: "Delphine", sur: "Arkholme", council: "Gillthwaite Borough Council", group: "Labour", title: "Substitute Member", start: "5/21/2701", email: "delphine.arkholme@gillthwaite.gov.uk" },
  { k: "marwoodley", fore: "Tamsin", sur: "Marwoodley", council: "Swaledon District Council", group: "Liberal Democrat", title: "Substitute Member", start: "5/21/2701", email: "tamsin.marwoodley@swaledon.gov.uk" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => (P[k] ? `${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const SUBS = PEOPLE.filter((p) => p.title === "Substitute Member");
export const CURRENT = PEOPLE.filter((p) => p.title !== "Substitute Member" && !p.end);

// Attendance 2701/02 as the committee system records it. Values: Present, Remote, Excused, Absent,
// "Present (substitute)", blank = not a member at the time. For a substitute row, `for` names the member.
export const ATT = {
  pendleberry: { jul: "Present", oct: "Present", dec: "Present" },
  haverthwaite: { jul: "Present", oct: "Present", dec: "Present" },
  braithby: { jul: "Present", oct: "Remote", dec: "Present" },
  oyewusi: { jul: "Present", oct: "Present", dec: "Present" },
  stanghow: { jul: "Present", oct: "Present", dec: "Present" },
  odukoya: { jul: "Absent", oct: "Present", dec: "Present" },
  tennyhurst: { jul: "Present", oct: "Present", dec: "Remote" },
  langhorne: { jul: "Present", oct: "Present", dec: "Excused" },
  garsdale: { jul: "Present", oct: "Excused", dec: "Excused" },
  blenkarne: { jul: "Present", oct: "Present", dec: "Present" },
  fearnhough: { jul: "Excused", oct: "Present", dec: "Present" },
  ruthvenson: { jul: "Present", oct: "Excused", dec: "" },
  scholefield: { jul: "", oct: "", dec: "" },
  pickersleigh: { jul: "", oct: "", dec: "Present (substitute)", for: { dec: "langhorne" } },
  arkholme: { jul: "", oct: "Present (substitute)", dec: "", for: { oct: "garsdale" } },
  marwoodley: { jul: "", oct: "", dec: "" },
};
export const attended = (k) => ["jul", "oct", "dec"].filter((m) => /^(Present|Remote)/.test(ATT[k][m])).length;
export const expected = (k) => (P[k].title === "Substitute Member" ? 0 : ["jul", "oct", "dec"].filter((m) => ATT[k][m] !== "").length);

// ------------------------------------------------------------------ measures, quarter 3 2701/02 (Qlik)
// status letters: G on track, A at risk, R off track, B complete, "-" no data
export const KEY = { G: "on track", A: "at risk", R: "off track", B: "complete", "-": "no data" };
const RANK = { R: 0, A: 1, G: 2, B: 3 };
export const MEASURES = [
  { ref: "UWM-01", name: "Moorland wildfire incidents attended (rolling 12 months)", lead: "Cllr Braithby", target: "420 or fewer", q2v: "511", q2: "R", q3v: "468", q3: "A" },
  { ref: "UWM-02", name: "Hectares burned in upland wildfires (year to date)", lead: "Cllr Stanghow", target: "1,500 or fewer", q2v: "2,140", q2: "R", q3v: "2,185", q3: "R" },
  { ref: "UWM-03", name: "Hectares of moorland covered by an agreed fire management plan", lead: "Cllr Stanghow", target: "18,000", q2v: "11,200", q2: "A", q3v: "13,950", q3: "G" },
  { ref: "UWM-04", name: "Landowners and managers signed up to the Firewise Uplands code of practice", lead: "Cllr Stanghow", target: "240", q2v: "164", q2: "G", q3v: "171", q3: "A" },
  { ref: "UWM-05", name: "Councils with a voluntary agreement with retailers on disposable barbecues", lead: "Cllr Oyewusi", target: "12 of 12", q2v: "7", q2: "A", q3v: "5", q3: "R" },
  { ref: "UWM-06", name: "Fire danger rating signs installed at moorland access points", lead: "Cllr Oyewusi", target: "300", q2v: "112", q2: "G", q3v: "206", q3: "G" },
  { ref: "UWM-07", name: "Schools reached by Wildfire Wise sessions", lead: "Cllr Oyewusi", target: "150", q2v: "38", q2: "A", q3v: "96", q3: "G" },
  { ref: "UWM-08", name: "Kilometres of firebreak cut or maintained", lead: "Cllr Tennyhurst", target: "85", q2v: "85", q2: "B", q3v: "85", q3: "B" },
  { ref: "UWM-09", name: "Councils with a wildfire section in their local resilience plan", lead: "Cllr Braithby", target: "12 of 12", q2v: "9", q2: "G", q3v: "12", q3: "B" },
  { ref: "UWM-10", name: "Average response time to moorland wildfire calls (minutes)", lead: "Cllr Braithby", target: "25 or less", q2v: "–", q2: "-", q3v: "31", q3: "R" },
];
export const WORSE = MEASURES.filter((m) => m.q2 in RANK && RANK[m.q3] < RANK[m.q2]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q2 in RANK && RANK[m.q3] > RANK[m.q2]).map((m) => m.ref);
export const Q3COUNT = (s) => MEASURES.filter((m) => m.q3 === s).length;

// vegetation fires (grass, moorland and other vegetation) attended, by council, 2701/02 (Qlik straight
// table; Totals row at the top). UWM-01 counts only moorland wildfires, over a rolling 12 months.
export const INCIDENTS = [
  ["Birkmoor District Council", 9, 21, 7],
  ["Cragbourne Borough Council", 14, 33, 11],
  ["Fellhaven District Council", 22, 58, 19],
  ["Gillthwaite Borough Council", 6, 17, 4],
  ["Heatherleigh District Council", 11, 26, 8],
  ["Kinderhope Borough Council", 17, 41, 13],
  ["Ottermere City Council", 3, 9, 2],
  ["Scarthmoor District Council", 12, 30, 9],
  ["Skelldale District Council", 19, 47, 15],
  ["Swaledon District Council", 8, 19, 6],
  ["Tarnmoor County Council", 25, 64, 21],
  ["Wyndcross Borough Council", 5, 14, 3],
];
export const INC_TOT = [1, 2, 3].map((i) => INCIDENTS.reduce((t, r) => t + r[i], 0));
export const INC_YTD = INC_TOT.reduce((a, b) => a + b, 0);

// ------------------------------------------------------------------ risk register at 14 January 2702 (Outline)
// score = L x I; bands: 1-6 low (green), 8-12 medium (amber), 15-25 high (red); 15 or more is above tolerance
export const RISKS = [
  { ref: "UWR-01", risk: "A prolonged dry spring brings more and larger wildfires than the programme and fire services can absorb", owner: "saoirse", l: 4, i: 5, oct: 16, controls: "Fire danger rating signs (UWM-06); seasonal burning restrictions agreed with landowners; mutual aid protocol with neighbouring fire and rescue services", next: "Spring campaign ready by 1 March 2702" },
  { ref: "UWR-02", risk: "Landowner take-up of fire management plans stalls when the grant rate falls from 80% to 60% in April", owner: "ptolemy", l: 3, i: 4, oct: 12, controls: "Firewise Uplands code sign-up drive (UWM-04); advice surgeries at livestock marts", next: "Review after the March marts" },
  { ref: "UWR-03", risk: "On-call firefighter availability at upland stations falls below crewing levels in the summer", owner: "saoirse", l: 4, i: 4, oct: 12, controls: "Joint recruitment campaign with Tarnmoor and Skelldale fire services; volunteer fire wardens scheme", next: "Crewing figures from the fire services by 28 February 2702" },
  { ref: "UWR-04", risk: "The Public Spaces Protection Order pilot is challenged in the High Court", owner: "rosalind", l: 2, i: 4, oct: null, controls: "Legal advice on open access land (UWA-35); 6-week statutory consultation completed; evidence of harm from the Fellhaven Moor fire", next: "Decision on the pilot on 12 February 2702" },
  { ref: "UWR-05", risk: "Funding for firebreak maintenance contracts ends on 31 March 2702", owner: "kwabena", l: 3, i: 3, oct: 15, controls: "£48,000 bridging funding agreed on 11 December 2701 (minute 5); contracts extended to 30 September 2702 (UWA-33)", next: "Bid to the Board's 2702/03 budget" },
  { ref: "UWR-06", risk: "Incident and response-time data from fire and rescue services are late or inconsistent, so measures cannot be reported", owner: "ptolemy", l: 3, i: 2, oct: 6, controls: "Data-sharing agreement with the three fire and rescue services; letter sent 18 December 2701 (UWA-32)", next: "Common definitions agreed by 31 March 2702" },
  { ref: "UWR-08", risk: "Fire safety messages are ignored at peak visitor times, especially bank holiday weekends", owner: "saoirse", l: 4, i: 3, oct: 9, controls: "Wildfire Wise sessions in schools (UWM-07); car park signage; social media with national parks", next: "Easter 2702 campaign plan" },
  { ref: "UWR-09", risk: "The aerial firefighting (helicopter) contract is not renewed by the fire services' consortium", owner: "kwabena", l: 2, i: 5, oct: 10, controls: "Consortium renewal paper due in March 2702; fallback call-off arrangement", next: "Consortium decision in March 2702" },
];
export const CLOSED = [
  { ref: "UWR-07", risk: "Peat restoration contractors are unavailable in the autumn restoration window", owner: "ptolemy", closed: "9 January 2702", why: "Autumn restoration season completed; ~1,240 hectares restored" },
];
export const score = (r) => r.l * r.i;
export const band = (s) => (s >= 15 ? "High" : s >= 8 ? "Medium" : "Low");
export const ABOVE = RISKS.filter((r) => score(r) >= 15).map((r) => r.ref);
export const UP = RISKS.filter((r) => r.oct !== null && score(r) > r.oct).map((r) => r.ref);
export const DOWN = RISKS.filter((r) => r.oct !== null && score(r) < r.oct).map((r) => r.ref);

// ------------------------------------------------------------------ meeting of 11 December 2701
export const DEC = {
  present: ["pendleberry", "haverthwaite", "braithby", "oyewusi", "stanghow", "odukoya", "blenkarne", "fearnhough"],
  online: ["tennyhurst"],
  sub: { k: "pickersleigh", for: "langhorne" },
  apologies: ["langhorne", "garsdale"],
  officers: ["ptolemy", "saoirse", "kwabena", "elspeth"],
};
export const BRIDGING = 48000, BRIDGING_DRAFT = 45000;
export const VOTE6 = { for: 8, against: ["tennyhurst"], notVoting: ["odukoya"] };
export const OCT_OPEN = ["UWA-27", "UWA-29"]; // of UWA-24 to UWA-30
export const ACTIONS = [
  { ref: "UWA-31", min: "4", action: "Bring a recovery plan for hectares burned (UWM-02) to the February meeting", owner: "saoirse", due: "12/02/2702", done: false },
  { ref: "UWA-32", min: "4", action: "Write to the three fire and rescue services about response-time data (UWM-10)", owner: "ptolemy", due: "31/12/2701", done: true },
  { ref: "UWA-33", min: "5", action: "Extend the firebreak maintenance contracts to 30 September 2702", owner: "kwabena", due: "31/01/2702", done: false },
  { ref: "UWA-34", min: "6", action: "Prepare the PSPO pilot paper, with an options appraisal, for 12 February", owner: "saoirse", due: "29/01/2702", done: true },
  { ref: "UWA-35", min: "6", action: "Get legal advice on a PSPO covering open access land", owner: "rosalind", due: "22/01/2702", done: true },
  { ref: "UWA-36", min: "7", action: "Circulate the Fellhaven Moor fire debrief to members", owner: "ptolemy", due: "20/12/2701", done: true },
  { ref: "UWA-37", min: "8", action: "Scope Wildfire Wise sessions for secondary schools", owner: "ptolemy", due: "16/04/2702", done: false },
  { ref: "UWA-38", min: "1", action: "Ask the Board to appoint a member in place of Cllr Ruthvenson", owner: "rosalind", due: "17/01/2702", done: true },
];
export const OPEN = ACTIONS.filter((a) => !a.done).map((a) => a.ref);
export const FIRE = { name: "Fellhaven Moor fire", date: "Thursday 14 November 2701", ha: 640, appliances: 11, days: 3 };

// ------------------------------------------------------------------ the paper for 12 February 2702 (item 6)
export const PAPER = {
  item: "6",
  title: "Disposable barbecues and open fires on moorland: Public Spaces Protection Order pilot",
  councils: ["Tarnmoor County Council", "Fellhaven District Council", "Skelldale District Council"],
  from: "1 April 2702",
  months: 12,
  fine: "£100",
  responses: 412, support: 71, oppose: 18, unsure: 11,
  report: "2703",
};
export const PILOT_COSTS = [
  // line, one-off, running
  ["Fire danger and PSPO signs at 64 access points", 14500, 3500],
  ["Enforcement patrols (ranger and warden hours)", 0, 29500],
  ["Communications and visitor information", 0, 9000],
  ["Independent evaluation", 0, 6000],
];
export const PILOT_ONEOFF = PILOT_COSTS.reduce((t, r) => t + r[1], 0);
export const PILOT_RUNNING = PILOT_COSTS.reduce((t, r) => t + r[2], 0);
export const PILOT_TOTAL = PILOT_ONEOFF + PILOT_RUNNING;
export const FUNDING = [["Underspend on fire danger rating signs (UWM-06)", 40000], ["Programme contingency", 22500]];
export const CONSULT = [
  // council, responses, support, oppose (unsure = rest)
  ["Tarnmoor County Council", 187, 139, 28],
  ["Fellhaven District Council", 131, 86, 31],
  ["Skelldale District Council", 94, 68, 15],
];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (CURRENT.length !== 12 || SUBS.length !== 3) fail(`12 current members and 3 substitutes (${CURRENT.length})`);
if (Q3COUNT("G") !== 3 || Q3COUNT("A") !== 2 || Q3COUNT("R") !== 3 || Q3COUNT("B") !== 2) fail("Q3 counts");
if (WORSE.join() !== "UWM-04,UWM-05") fail("worse " + WORSE);
if (BETTER.join() !== "UWM-01,UWM-03,UWM-07,UWM-09") fail("better " + BETTER);
if (INC_TOT.join() !== "151,379,118" || INC_YTD !== 648) fail("incidents " + INC_TOT + " " + INC_YTD);
if (ABOVE.join() !== "UWR-01,UWR-03") fail("above " + ABOVE);
if (UP.join() !== "UWR-01,UWR-03,UWR-08") fail("up " + UP);
if (DOWN.join() !== "UWR-05") fail("down " + DOWN);
if (PILOT_TOTAL !== 62500 || PILOT_ONEOFF !== 14500 || PILOT_RUNNING !== 48000) fail("pilot costs " + PILOT_TOTAL);
if (FUNDING.reduce((t, r) => t + r[1], 0) !== PILOT_TOTAL) fail("pilot funding");
const cr = CONSULT.reduce((t, r) => t + r[1], 0), cs = CONSULT.reduce((t, r) => t + r[2], 0), co = CONSULT.reduce((t, r) => t + r[3], 0);
if (cr !== PAPER.responses || Math.round((100 * cs) / cr) !== PAPER.support || Math.round((100 * co) / cr) !== PAPER.oppose || PAPER.support + PAPER.oppose + PAPER.unsure !== 100) fail(`consultation ${cr} ${cs} ${co}`);
if (OPEN.join() !== "UWA-31,UWA-33,UWA-37") fail("open " + OPEN);
// attendance of 11 December agrees with the committee system
for (const k of DEC.present) if (ATT[k].dec !== "Present") fail("dec present " + k);
for (const k of DEC.online) if (ATT[k].dec !== "Remote") fail("dec remote " + k);
for (const k of DEC.apologies) if (ATT[k].dec !== "Excused") fail("dec apologies " + k);
if (ATT[DEC.sub.k].dec !== "Present (substitute)" || ATT[DEC.sub.k].for.dec !== DEC.sub.for) fail("dec sub");
const voters = DEC.present.length + DEC.online.length + 1; // + the substitute
if (VOTE6.for + VOTE6.against.length + VOTE6.notVoting.length !== voters) fail("vote 6 " + voters);
if (attended("fearnhough") !== 2 || expected("fearnhough") !== 3) fail("fearnhough attendance");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2701-11-14", "Thursday"], ["2702-01-30", "Thursday"], ["2702-01-27", "Monday"], ["2702-01-21", "Tuesday"], ["2702-01-14", "Tuesday"], ["2702-01-31", "Friday"], ["2702-02-07", "Friday"], ["2702-04-01", "Tuesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
