// Shared content for set BM: one body (the Water Safety and Drowning Prevention Task Group, a member task
// group of the invented Leisure, Parks and Coastal Communities Board), its people, meetings, the Water
// Safety Plan 2251-53 (measures WSP-01 to WSP-08, risks WSR-01 to WSR-06, its budget), round 2 of the
// Public Rescue Equipment Fund (decided at the meeting of Thursday 4 December 2251), and the online member
// and partner workshop of Tuesday 13 January 2252 (Zoom polls and a Padlet wall), in the municipal year
// 2251/52. Every builder reads from here so that the five documents agree with each other; the arithmetic
// (budget, bids, awards, votes, rating counts, poll counts) is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Water Safety and Drowning Prevention Task Group";
export const SHORT = "WSDPTG";
export const BOARD = "Leisure, Parks and Coastal Communities Board";
export const PLAN = "Water Safety Plan 2251–53";
export const FUND = "Public Rescue Equipment Fund";
export const ROOM = "Room 2.4, 18 Smith Square";

// file names (docs/)
export const DOCS = {
  leaflet: "wsdptg-members-guide-2251-52-dl-print-ready.pdf",
  minutes: "wsdptg-minutes-2251-12-04-escribe.html",
  tracker: "wsdptg-programme-tracker-q2-2251-52.txt",
  zoom: "wsdptg-workshop-2252-01-13-zoom-poll-report.csv",
  padlet: "wsdptg-workshop-2252-01-13-padlet.html",
};

// meetings 2251/52: all Thursdays at 10:30 in Room 2.4; the March meeting moved (minute 11 of 4 December)
export const MEETINGS = [
  { date: "Thursday 10 July 2251", iso: "2251-07-10" },
  { date: "Thursday 9 October 2251", iso: "2251-10-09" },
  { date: "Thursday 4 December 2251", iso: "2251-12-04" },
  { date: "Thursday 5 February 2252", iso: "2252-02-05" },
  { date: "Thursday 25 March 2252", iso: "2252-03-25", moved: "Thursday 1 April 2252" },
];
export const WORKSHOP = { date: "Tuesday 13 January 2252", iso: "2252-01-13", start: "10:00", end: "12:08" };

export const OFFICERS = {
  tobias: { name: "Tobias Fenwick-Achebe", init: "T. Fenwick-Achebe", post: "Programme Manager, Water Safety", phone: "020 7946 0851", email: "tobias.fenwick-achebe@local.gov.uk" },
  niamh: { name: "Niamh Lusmore", init: "N. Lusmore", post: "Senior Adviser, Beaches and Inland Water", phone: "020 7946 0856", email: "niamh.lusmore@local.gov.uk" },
  marguerite: { name: "Marguerite Dimsdale", init: "M. Dimsdale", post: "Finance Business Partner", phone: "020 7946 0862", email: "marguerite.dimsdale@local.gov.uk" },
  rashid: { name: "Rashid Trelawney-Khan", init: "R. Trelawney-Khan", post: "Head of Democratic Services", phone: "020 7946 0867", email: "rashid.trelawney-khan@local.gov.uk" },
  philomena: { name: "Philomena Sturgess", init: "P. Sturgess", post: "Democratic Services Officer", phone: "020 7946 0873", email: "philomena.sturgess@local.gov.uk" },
};
export const GUEST = { name: "Declan Harker-Wolfe", title: "Station Manager", org: "Fenmouth Fire and Rescue Service" };

// membership 2251/52 (as in the July guide, plus the November change). role: Chair / Vice-Chair /
// Deputy Chair / Member / Substitute / Former member
export const PEOPLE = [
  { k: "tregaskis", fore: "Morwenna", sur: "Tregaskis", council: "Wyvernsea Borough Council", group: "Liberal Democrat", role: "Chair", email: "morwenna.tregaskis@wyvernsea.gov.uk" },
  { k: "scrope", fore: "Ebenezer", sur: "Scrope-Idowu", council: "Kestlebury City Council", group: "Labour", role: "Vice-Chair", email: "cllr.scrope-idowu@kestlebury.gov.uk" },
  { k: "killigrew", fore: "Saffron", sur: "Killigrew", council: "Fenmouth County Council", group: "Conservative", role: "Deputy Chair", email: "saffron.killigrew@fenmouth.gov.uk" },
  { k: "purkiss", fore: "Lachlan", sur: "Purkiss", council: "Gullhaven Borough Council", group: "Conservative", role: "Member", lead: "Beaches and lifeguards", email: "lachlan.purkiss@gullhaven.gov.uk" },
  { k: "loveridge", fore: "Farida", sur: "Loveridge", council: "Tarnby Metropolitan Borough Council", group: "Labour", role: "Member", lead: "Inland water and rescue equipment", email: "farida.loveridge@tarnby.gov.uk" },
  { k: "spurrell", fore: "Percival", sur: "Spurrell", council: "Mardenholt District Council", group: "Independent", role: "Member", lead: "Schools and swimming", email: "percival.spurrell@mardenholt.gov.uk" },
  { k: "binns", fore: "Ottoline", sur: "Binns", council: "Brinkhaven District Council", group: "Green Party", role: "Member", lead: "Campaigns and communications", email: "ottoline.binns@brinkhaven.gov.uk" },
  { k: "sallis", fore: "Rufus", sur: "Sallis", council: "Sedgecombe District Council", group: "Conservative", role: "Member", email: "rufus.sallis@sedgecombe.gov.uk" },
  { k: "bransgrove", fore: "Anjali", sur: "Bransgrove", council: "Wistmouth City Council", group: "Labour", role: "Member", email: "anjali.bransgrove@wistmouth.gov.uk" },
  { k: "lydgate", fore: "Cosmo", sur: "Lydgate", council: "Cradleigh Borough Council", group: "Liberal Democrat", role: "Member", email: "cosmo.lydgate@cradleigh.gov.uk" },
  { k: "hollinrake", fore: "Zainab", sur: "Hollinrake", council: "Fleetwick Borough Council", group: "Labour", role: "Member", email: "zainab.hollinrake@fleetwick.gov.uk" },
  { k: "wyatt", fore: "Jasper", sur: "Wyatt-Nkemelu", council: "Lowestead District Council", group: "Conservative", role: "Member", email: "jasper.wyatt-nkemelu@lowestead.gov.uk", from: "1 November 2251" },
  { k: "grimsditch", fore: "Hester", sur: "Grimsditch", council: "Lowestead District Council", group: "Conservative", role: "Former member", email: "", left: "31 October 2251" },
  { k: "minchin", fore: "Isadora", sur: "Minchin", council: "Fenmouth County Council", group: "Conservative", role: "Substitute", email: "isadora.minchin@fenmouth.gov.uk" },
  { k: "okorocha", fore: "Barnabas", sur: "Okorocha", council: "Tarnby Metropolitan Borough Council", group: "Labour", role: "Substitute", email: "barnabas.okorocha@tarnby.gov.uk" },
  { k: "tyrwhitt", fore: "Wren", sur: "Tyrwhitt", council: "Cradleigh Borough Council", group: "Liberal Democrat", role: "Substitute", email: "wren.tyrwhitt@cradleigh.gov.uk" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const councillor = (k) => `Councillor ${P[k].fore} ${P[k].sur}`;
export const full = (k) => `${P[k].fore} ${P[k].sur}`;
export const MEMBERS_JULY = PEOPLE.filter((p) => !["Substitute"].includes(p.role) && p.k !== "wyatt");
export const MEMBERS_NOW = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ measures at quarter 2 2251/52 (to 30 September 2251)
export const MEASURES = [
  { ref: "WSP-01", name: "Accidental drownings in the 12 council areas (rolling 12 months)", guide: "No more than 10 accidental drownings a year in our 12 council areas (14 in 2250/51)", target: "10 or fewer", q1v: "14", q1: "Amber", q2v: "13", q2: "Amber", lead: "Cllr Tregaskis", officer: "tobias", note: "Down from 14; 9 of the 13 at inland water, 6 of them during the July heatwave" },
  { ref: "WSP-02", name: "Throwline boards at high-risk inland sites (cumulative)", guide: "Throwline boards at 240 high-risk inland sites", target: "240", q1v: "96", q1: "Red", q2v: "171", q2: "Amber", lead: "Cllr Loveridge", officer: "niamh", note: "75 boards installed July to September with round 1 awards; round 2 bids add 40 in Tarnby" },
  { ref: "WSP-03", name: "Council beaches with lifeguard cover for the whole summer season", guide: "Lifeguards on all 18 council beaches for the whole summer season", target: "18 of 18", q1v: "16 of 18", q1: "Amber", q2v: "15 of 18", q2: "Red", lead: "Cllr Purkiss", officer: "niamh", note: "Gullhaven North, Wyvernsea Sands and Brinkhaven Point lost cover in August: 11 lifeguard vacancies" },
  { ref: "WSP-04", name: "Year 6 pupils able to swim 25 metres", guide: "80% of Year 6 pupils able to swim 25 metres", target: "80%", q1v: "76%", q1: "Green", q2v: "71%", q2: "Amber", lead: "Cllr Spurrell", officer: "tobias", note: "Pool closures in Mardenholt and Fleetwick cut 420 lesson places" },
  { ref: "WSP-05", name: "Lidos and outdoor pools with a current pool safety operating procedure", guide: "A current pool safety operating procedure at all 9 lidos and outdoor pools", target: "9 of 9", q1v: "7 of 9", q1: "Amber", q2v: "9 of 9", q2: "Complete", lead: "Cllr Spurrell", officer: "niamh", note: "All 9 signed off by 31 August 2251" },
  { ref: "WSP-06", name: "People reached by the cold water shock campaign", guide: "250,000 people reached by the cold water shock campaign", target: "250,000", q1v: "118,600", q1: "Green", q2v: "312,400", q2: "Green", lead: "Cllr Binns", officer: "tobias", note: "Target passed in September; winter phase starts 1 December" },
  { ref: "WSP-07", name: "Reservoir and quarry sites with a site risk assessment reviewed in the last 12 months", guide: "A site risk assessment reviewed in the last 12 months at 60 reservoir and quarry sites", target: "60", q1v: "22", q1: "Red", q2v: "38", q2: "Red", lead: "Cllr Loveridge", officer: "niamh", note: "Landowners refused access at 9 sites in Cradleigh, Sedgecombe and Tarnby" },
  { ref: "WSP-08", name: "Council staff trained in water rescue awareness (cumulative)", guide: "600 council staff trained in water rescue awareness", target: "600", q1v: "240", q1: "Amber", q2v: "455", q2: "Green", lead: "Cllr Killigrew", officer: "tobias", note: "On profile after the September courses" },
];
export const STATUS_KEY = "Status: Green = on track; Amber = some risk; Red = off track; Complete = achieved";
const RANK = { Red: 0, Amber: 1, Green: 2, Complete: 3 };
export const byStatus = (s) => MEASURES.filter((m) => m.q2 === s).map((m) => m.ref);
export const WORSE = MEASURES.filter((m) => RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);

// ------------------------------------------------------------------ risk register (score = likelihood x impact)
export const BANDS = "score = likelihood x impact; 1-5 Low, 6-10 Medium, 12-25 High";
export const RISKS = [
  { ref: "WSR-01", risk: "Lifeguard recruitment fails for the 2252 season", l: 4, i: 4, owner: "Niamh Lusmore", review: "31/01/2252", mitigation: "Recovery plan (WSA-29); joint advert with Brinkhaven Lifeboat Trust; pay review with the contractor" },
  { ref: "WSR-02", risk: "Landowners refuse access to reservoir and quarry sites", l: 4, i: 3, owner: "Niamh Lusmore", review: "31/01/2252", mitigation: "Chair to write to the three landowners (WSA-23); use byelaw powers where they exist" },
  { ref: "WSR-03", risk: "Throwline boards vandalised or stolen", l: 3, i: 3, owner: "Tobias Fenwick-Achebe", review: "31/03/2252", mitigation: "Tamper-proof cabinets; adopt-a-board checks by local clubs" },
  { ref: "WSR-04", risk: "Pool closures cut school swimming lessons", l: 3, i: 4, owner: "Tobias Fenwick-Achebe", review: "31/01/2252", mitigation: "Pool-sharing agreements between neighbouring councils; catch-up lessons in the summer term" },
  { ref: "WSR-05", risk: "Campaign fatigue reduces the winter reach", l: 2, i: 2, owner: "Tobias Fenwick-Achebe", review: "31/03/2252", mitigation: "New messages for the winter phase tested with young people" },
  { ref: "WSR-06", risk: "Public Rescue Equipment Fund underspent in 2251/52", l: 2, i: 3, owner: "Marguerite Dimsdale", review: "31/03/2252", mitigation: "Money not awarded in round 2 carried to round 3" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.rating = r.score >= 12 ? "High" : r.score >= 6 ? "Medium" : "Low"; }
export const HIGH = RISKS.filter((r) => r.rating === "High").map((r) => r.ref);

// ------------------------------------------------------------------ budget 2251/52 (spend to 30 September 2251)
// the lifeguard line's spend was pasted from the finance system with pence: its cell (and the total's)
// is too narrow and shows as hashes in the tracker; minute 5.3 gives the figure
export const BUDGET = [
  { line: "Public Rescue Equipment Fund (rounds 1 and 2)", budget: 320000, spent: 140000, forecast: 304000, note: "Round 1 paid; round 2 awards go to the meeting on 4 December" },
  { line: "Lifeguard recruitment and training", budget: 95000, spent: 41275.5, forecast: 95000, pence: true, note: "Spend to date copied from the ledger" },
  { line: "Cold water shock campaign", budget: 60000, spent: 52300, forecast: 60000, note: "Winter phase from 1 December" },
  { line: "School swimming catch-up", budget: 45000, spent: 12600, forecast: 45000, note: "" },
  { line: "Programme team", budget: 80000, spent: 40000, forecast: 80000, note: "" },
];
export const BUDGET_TOTAL = BUDGET.reduce((t, b) => t + b.budget, 0); // 600,000
export const SPENT_TOTAL = BUDGET.reduce((t, b) => t + b.spent, 0); // 286,175.50
export const FORECAST_TOTAL = BUDGET.reduce((t, b) => t + b.forecast, 0); // 584,000

// who decides (the guide's "How we work")
export const LIMITS = { officer: 20000, chair: 75000 };

// ------------------------------------------------------------------ round 2 of the Public Rescue Equipment Fund (minute 6)
export const ROUND2 = 180000;
export const THRESHOLD = 60;
export const BIDS = [
  { council: "Tarnby Metropolitan Borough Council", short: "Tarnby", scheme: "Throwline boards at 40 reservoir and canal sites", asked: 52000, score: 81, award: 52000, note: "" },
  { council: "Kestlebury City Council", short: "Kestlebury", scheme: "Rescue points along 3 km of the River Kest", asked: 61500, score: 74, award: 48000, note: "Reduced: the CCTV alarms (£13,500) are outside the Fund's scope" },
  { council: "Cradleigh Borough Council", short: "Cradleigh", scheme: "Signs and throwlines at Holloway Quarry lake", asked: 38000, score: 69, award: 38000, note: "Subject to the landowner's written agreement by 31 January 2252" },
  { council: "Mardenholt District Council", short: "Mardenholt", scheme: "Rescue equipment and staff training at Mardenholt Lido", asked: 26000, score: 66, award: 26000, note: "" },
  { council: "Sedgecombe District Council", short: "Sedgecombe", scheme: "Defibrillators beside beach huts", asked: 34000, score: 48, award: 0, note: "Below the threshold; defibrillators are outside the Fund's scope" },
  { council: "Fleetwick Borough Council", short: "Fleetwick", scheme: "Floating rescue line on Fleet Mere", asked: 20000, score: 55, award: 0, note: "Below the threshold" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 231,500
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 164,000
export const LEFT = ROUND2 - AWARDED; // 16,000
export const ROUND3 = { carried: LEFT, fresh: 150000, opens: "2 March 2252", closes: "17 April 2252" };

// ------------------------------------------------------------------ meeting of 4 December 2251 (eSCRIBE minutes)
export const PRESENT = ["tregaskis", "scrope", "killigrew", "purkiss", "loveridge", "sallis", "lydgate", "hollinrake", "wyatt"];
export const REMOTE = ["spurrell"]; // joined online: may speak, cannot vote
export const SUB = { k: "okorocha", for: "bransgrove" };
export const APOLOGIES = ["binns", "bransgrove"];
export const VOTERS = [...PRESENT, SUB.k]; // ten in the room
// item 6: Cllr Loveridge declared an interest and left the room
export const AMENDMENT = { mover: "sallis", seconder: "hollinrake", for: ["sallis", "hollinrake", "lydgate"], against: ["tregaskis", "scrope", "killigrew", "purkiss", "wyatt", "okorocha"], absent: ["loveridge"] };
export const MOTION6 = { mover: "tregaskis", seconder: "scrope", for: ["tregaskis", "scrope", "killigrew", "purkiss", "lydgate", "wyatt", "okorocha"], against: ["sallis", "hollinrake"], absent: ["loveridge"] };
export const OCT_OPEN = ["WSA-23", "WSA-26"]; // of WSA-21 to WSA-27
export const LIFEGUARD_SPENT = "£41,275.50";
export const INCIDENTS = { attended: 63, rescues: 41, quarries: 9, alcohol: 5 };
export const ACTIONS = [
  { ref: "WSA-28", item: "4", action: "Send the Chair's letter to the three landowners who refused access (WSA-23)", owner: "tobias", due: "2251-12-19" },
  { ref: "WSA-29", item: "5", action: "Bring a lifeguard recruitment recovery plan for the 2252 season", owner: "niamh", due: "2252-01-30" },
  { ref: "WSA-30", item: "5", action: "Report options for the 9 reservoir and quarry sites where access was refused", owner: "niamh", due: "2252-02-05" },
  { ref: "WSA-31", item: "6", action: "Send award letters and conditions to the four successful councils", owner: "tobias", due: "2251-12-12" },
  { ref: "WSA-32", item: "6", action: "Confirm the Holloway Quarry landowner's written agreement (Cradleigh)", owner: "niamh", due: "2252-01-31" },
  { ref: "WSA-33", item: "7", action: "Share Fire and Rescue incident data with councils for round 3 bids", owner: "tobias", due: "2252-01-09" },
  { ref: "WSA-34", item: "8", action: "Set up the Zoom workshop, its polls and a Padlet wall", owner: "philomena", due: "2252-01-06" },
];

// ------------------------------------------------------------------ workshop of 13 January 2252: Zoom polls
export const CRITERIA = [
  "Incidents at or near the site in the last five years",
  "Distance to the nearest lifeguarded or staffed water",
  "Match funding from the council or a partner",
  "Landowner agreement already in place",
  "A local group willing to check the equipment",
];
export const ALLYEAR = ["Yes", "No", "Not sure"];
export const CHANNELS = ["Social media", "Posters at water sites", "Schools", "Local radio"];
// display name as set in Zoom, e-mail (blank for guests not signed in), kind, answers:
// p1 = who are you; p2 = two criteria (indices); p3a = all year; p3b = channel
const A = (name, email, kind, p2, p3a, p3b, extra = {}) => ({ name, email, kind, p2, p3a, p3b, ...extra });
export const ZOOM = [
  A("Morwenna Tregaskis (Chair)", P.tregaskis.email, "Task Group member", [0, 3], "Yes", "Social media"),
  A("Cllr Ebenezer Scrope-Idowu", P.scrope.email, "Task Group member", [0, 1], "Yes", "Schools"),
  A("Lachlan Purkiss", P.purkiss.email, "Task Group member", [1, 2], "No", "Posters at water sites"),
  A("Farida Loveridge - Tarnby", P.loveridge.email, "Task Group member", [3, 4], "Yes", "Social media"),
  A("Percy Spurrell", P.spurrell.email, "Task Group member", [0, 3], "Yes", "Schools"),
  A("Ottoline Binns (she/her)", P.binns.email, "Task Group member", [0, 4], "Yes", "Social media"),
  A("Rufus Sallis", P.sallis.email, "Task Group member", [2, 1], "No", "Local radio"),
  A("Zainab Hollinrake", P.hollinrake.email, "Task Group member", [0, 2], "Not sure", "Posters at water sites"),
  A("Jasper W-N", P.wyatt.email, "Task Group member", [0, 3], "No", "Social media"),
  A("Tobias Fenwick-Achebe (LGA)", OFFICERS.tobias.email, "Council officer", [0, 3], "Yes", "Social media"),
  A("Niamh Lusmore LGA", OFFICERS.niamh.email, "Council officer", [3, 1], "Yes", "Posters at water sites"),
  A("Gideon Ferrabee", "gideon.ferrabee@kestlebury.gov.uk", "Council officer", [0, 1], "No", "Schools"),
  A("Sunniva Holt-Marchetti", "s.holt-marchetti@tarnby.gov.uk", "Council officer", [0, 3], "Yes", "Social media"),
  A("Beatrix Odling", "", "Partner organisation", [4, 3], "Yes", "Posters at water sites"),
  A("Kwame Harwood-Nyambe", "kwame@brinkhavenlifeboat.org.uk", "Partner organisation", [0, 4], "Not sure", "Local radio"),
  A("SM Declan Harker-Wolfe FFRS", "declan.harker-wolfe@fenmouthfire.gov.uk", "Partner organisation", [0, 1], "Yes", "Social media"),
  A("iPad", "", "Partner organisation", [3, 4], "No", "Posters at water sites"),
  A("Wyvernsea SLSC", "", "Partner organisation", [0, 1], "Yes", "Social media"),
  A("Imogen Gascoigne-Hart", "imogen.gascoigne-hart@fleetwick.gov.uk", "Council officer", [3, 4], "Not sure", "Schools"),
];
// who joined but answered no poll (clerk, finance, one member who left early) - they count in "# Participants"
export const ZOOM_SILENT = ["Philomena Sturgess (Clerk)", "Marguerite Dimsdale", "Cosmo Lydgate", "Call-in user 1"];
export const ZOOM_MEETING = { topic: "WSDPTG member and partner workshop: round 3 and the winter campaign", id: "834 5521 0976", start: "Jan 13, 2252 09:56 AM", minutes: 132, generated: "Jan 13, 2252 12:21 PM" };
export const POLLS = [
  { n: 1, name: "Poll 1: Who is here?", q: "Which of these describes you best?", launched: "Jan 13, 2252 10:04 AM" },
  { n: 2, name: "Poll 2: Round 3 criteria", q: "Which TWO of these should carry most weight when we score round 3 bids? (choose two)", launched: "Jan 13, 2252 10:41 AM" },
  { n: 3, name: "Poll 3: Winter campaign", q: ["Should the cold water shock campaign run all year rather than December to March?", "Which channel reached most people in your area this summer?"], launched: "Jan 13, 2252 11:37 AM" },
];
export const P2COUNT = CRITERIA.map((_, i) => ZOOM.filter((z) => z.p2.includes(i)).length);
export const P3COUNT = Object.fromEntries(ALLYEAR.map((a) => [a, ZOOM.filter((z) => z.p3a === a).length]));
export const P1COUNT = Object.fromEntries(["Task Group member", "Council officer", "Partner organisation"].map((a) => [a, ZOOM.filter((z) => z.kind === a).length]));

export const gbp = (n) => "£" + n.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 });

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS_NOW.length !== 12 || MEMBERS_JULY.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (BUDGET_TOTAL !== 600000 || SPENT_TOTAL !== 286175.5 || FORECAST_TOTAL !== 584000) fail(`budget ${BUDGET_TOTAL} ${SPENT_TOTAL} ${FORECAST_TOTAL}`);
if (gbp(BUDGET[1].spent) !== LIFEGUARD_SPENT) fail("lifeguard spend " + gbp(BUDGET[1].spent));
if (ASKED !== 231500 || AWARDED !== 164000 || LEFT !== 16000) fail(`bids ${ASKED} ${AWARDED} ${LEFT}`);
if (AWARDED <= LIMITS.chair) fail("the awards must be over the Chair's limit");
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.short);
if (ROUND3.carried + ROUND3.fresh !== 166000) fail("round 3");
if (VOTERS.length !== 10 || new Set(VOTERS).size !== 10) fail("ten voters in the room");
for (const v of [AMENDMENT, MOTION6]) {
  const all = [...v.for, ...v.against, ...v.absent];
  if (all.length !== 10 || new Set(all).size !== 10 || !all.every((k) => VOTERS.includes(k))) fail("votes cover the ten in the room");
}
if (!MEMBERS_NOW.every((p) => [...PRESENT, ...REMOTE, ...APOLOGIES].includes(p.k)) || PRESENT.length + REMOTE.length + APOLOGIES.length !== 12) fail("attendance");
const n = (s) => byStatus(s).length;
if (n("Green") !== 2 || n("Amber") !== 3 || n("Red") !== 2 || n("Complete") !== 1) fail("Q2 counts");
if (WORSE.join() !== "WSP-03,WSP-04" || BETTER.join() !== "WSP-02,WSP-05,WSP-08") fail("worse/better " + WORSE + " " + BETTER);
if (HIGH.join() !== "WSR-01,WSR-02,WSR-04") fail("high risks " + HIGH);
if (ZOOM.length !== 19 || ZOOM.some((z) => z.p2.length !== 2 || z.p2[0] === z.p2[1])) fail("poll 2 answers");
if (P2COUNT.join() !== "12,7,3,10,6") fail("poll 2 counts " + P2COUNT);
if (P3COUNT.Yes !== 11 || P3COUNT.No !== 5 || P3COUNT["Not sure"] !== 3) fail("poll 3 counts " + JSON.stringify(P3COUNT));
