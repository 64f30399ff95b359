// Shared content for set BK: one body, the Sports Grounds and Event Safety Joint Committee (a joint
// committee of the invented Sallowmere County Council, the certifying authority for sports grounds in
// its area, and the five district, borough and city councils inside it, which chair the safety advisory
// groups for events), its members and officers, the Ground Safety Programme 2231-33 (measures GS-01 to
// GS-08, risks SR-01 to SR-07), the joint service's budget 2231/32, the register of nine certified
// grounds and the programme of regulated stand inspections, and the meetings of Thursday 15 December 2231
// and Thursday 22 March 2232. Every builder reads from here so that the five documents agree; the
// arithmetic (counts of ratings, percentages, the budget and its totals, risk scores and bands,
// capacities, weekdays of dated days) is checked when this module loads.
// Synthetic test fixtures: every person, council, ground, club, figure and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Sports Grounds and Event Safety Joint Committee";
export const SHORT = "SGESJC";
export const PROGRAMME = "Ground Safety Programme 2231–33";
export const HOST = "Sallowmere County Council";
export const HALL = "County Hall, Sallowmere";

export const DOCS = {
  paper: "sgesjc-item-5-ground-safety-programme-q3-2232-03-22.docx",
  notices: "sallowmere-gazette-public-notices-2232-03-08.pdf",
  news: "sgesjc-news-2232-02-17-sharepoint.html",
  tracker: "sgesjc-ground-register-and-inspection-tracker-2232-02-29.md",
  minutes: "sgesjc-minutes-2231-12-15-redmine-wiki.txt",
};

// ------------------------------------------------------------------ dates
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const weekday = (iso) => DAYS[new Date(iso + "T12:00:00Z").getUTCDay()];
export const long = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };
export const full = (iso) => `${weekday(iso)} ${long(iso)}`;
export const dmy = (iso) => iso.split("-").reverse().join("/");
export const gbp = (n) => (n < 0 ? `(${Math.abs(n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));

export const MEETINGS = {
  june: "2231-06-16", sept: "2231-09-15", dec: "2231-12-15", march: "2232-03-22", june2: "2232-06-21",
};
export const KEY_DATES = {
  inspected: "2231-11-22", prohibition1: "2231-11-23", prohibition2: "2231-12-09", surveyDue: "2232-01-31",
  surveyIn: "2232-01-30", whatmoughOut: "2232-01-31", penriceIn: "2232-02-09", urgent: "2232-02-06",
  firstMatch: "2232-02-11", news: "2232-02-17", riskReview: "2232-02-27", asAt: "2232-02-29",
  southRebooked: "2232-03-07", gazette: "2232-03-08", consultOpen: "2232-03-08", consultClose: "2232-04-19",
  siteVisitPlanned: "2232-03-12", siteVisit: "2232-03-13", privateReps: "2232-03-14", fanZoneSag: "2232-03-29",
  tenK: "2232-04-01", frameworkEnds: "2232-05-31", newFramework: "2232-04-30", worksBy: "2232-07-31",
};
for (const [k, iso] of Object.entries({ ...MEETINGS })) if (weekday(iso) !== "Thursday") throw new Error(`meeting ${k} ${iso} is a ${weekday(iso)}`);
const WD = { urgent: "Monday", firstMatch: "Saturday", news: "Friday", gazette: "Thursday", consultClose: "Thursday", siteVisitPlanned: "Monday", siteVisit: "Tuesday", privateReps: "Wednesday", fanZoneSag: "Thursday", tenK: "Sunday", penriceIn: "Thursday", whatmoughOut: "Tuesday", southRebooked: "Wednesday" };
for (const [k, w] of Object.entries(WD)) if (weekday(KEY_DATES[k]) !== w) throw new Error(`${k} ${KEY_DATES[k]} is a ${weekday(KEY_DATES[k])}, not ${w}`);

// ------------------------------------------------------------------ councils and people
export const C = {
  sal: "Sallowmere County Council", bra: "Brantwick City Council", cra: "Cradbury Borough Council",
  mar: "Marlbeck District Council", fel: "Fellhampton District Council", tew: "Tewsley Borough Council",
};
export const COUNCIL_ORDER = ["sal", "bra", "cra", "mar", "fel", "tew"];

// members 2231/32; `left`/`from` for the change of 31 January / 9 February 2232
export const MEMBERS = [
  { id: "wapshott", name: "Cllr Araminta Wapshott", c: "sal", party: "Conservative", role: "Chair" },
  { id: "cobbold", name: "Cllr Hilary Cobbold", c: "sal", party: "Liberal Democrat" },
  { id: "maunder", name: "Cllr Ezekiel Maunder", c: "bra", party: "Labour", role: "Vice-Chair" },
  { id: "rumbelow", name: "Cllr Folasade Rumbelow", c: "bra", party: "Labour" },
  { id: "whatmough", name: "Cllr Tobin Whatmough", c: "cra", party: "Conservative", lead: "structural safety", left: "2232-01-31" },
  { id: "penrice", name: "Cllr Juliet Penrice", c: "cra", party: "Conservative", lead: "structural safety", from: "2232-02-09" },
  { id: "yeandle", name: "Cllr Nnamdi Yeandle", c: "cra", party: "Labour", lead: "event safety" },
  { id: "slingsby", name: "Cllr Ruairi Slingsby", c: "mar", party: "Independent", lead: "stewarding and training" },
  { id: "fauvel", name: "Cllr Gwendolen Fauvel", c: "mar", party: "Conservative" },
  { id: "isbister", name: "Cllr Soraya Isbister", c: "fel", party: "Liberal Democrat", lead: "consultation and communications" },
  { id: "jerrom", name: "Cllr Aled Jerrom", c: "fel", party: "Green" },
  { id: "kitchingman", name: "Cllr Marisol Kitchingman", c: "tew", party: "Labour" },
  { id: "stidston", name: "Cllr Crispin Stidston", c: "tew", party: "Conservative" },
];
export const SUBS = [
  { id: "bidgood", name: "Cllr Lettice Bidgood", c: "sal", party: "Conservative" },
  { id: "chaffey", name: "Cllr Ewart Chaffey", c: "mar", party: "Conservative" },
  { id: "tozer", name: "Cllr Parveen Tozer", c: "tew", party: "Labour" },
];
export const M = Object.fromEntries([...MEMBERS, ...SUBS].map((m) => [m.id, m]));
const current = MEMBERS.filter((m) => !m.left);
if (current.length !== 12) throw new Error("12 members expected after February");
if (MEMBERS.filter((m) => !m.from).length !== 12) throw new Error("12 members expected in December");
for (const k of COUNCIL_ORDER) if (current.filter((m) => m.c === k).length !== 2) throw new Error(`two members for ${k}`);

export const OFFICERS = {
  sewter: { name: "Rowena Sewter", post: "Head of Safety Certification", phone: "0117 496 0418", email: "rowena.sewter@sallowmere.gov.uk" },
  edgecombe: { name: "Lucan Edgecombe", post: "Principal Safety Officer (Sports Grounds)", phone: "0117 496 0427", email: "lucan.edgecombe@sallowmere.gov.uk" },
  cleverdon: { name: "Ines Cleverdon", post: "Event Safety Adviser", phone: "0117 496 0433", email: "ines.cleverdon@sallowmere.gov.uk" },
  mewburn: { name: "Kofi Mewburn", post: "Finance Business Partner", phone: "0117 496 0441", email: "kofi.mewburn@sallowmere.gov.uk" },
  jupe: { name: "Tamsin Jupe", post: "Democratic Services Officer", phone: "0117 496 0456", email: "tamsin.jupe@sallowmere.gov.uk" },
  rowsell: { name: "Nia Rowsell", post: "Safety Officer (Sports Grounds)" },
};
export const ENGINEER = { name: "Dr Alaric Quance", firm: "Quance Gedge Associates" };

// ------------------------------------------------------------------ performance measures (quarter 3 2231/32)
export const STATUS_WORDS = ["Green", "Amber", "Red", "Complete", "Data only"];
export const MEASURES = [
  { ref: "GS-01", m: "Annual reviews of general and regulated stand safety certificates completed on time", target: "100%", q: ["100%", "100%", "86%"], st: "Amber", lead: "edgecombe" },
  { ref: "GS-02", m: "Regulated stand inspections completed by their due date", target: "95%", q: ["100%", "83%", "78%"], st: "Red", lead: "edgecombe" },
  { ref: "GS-03", m: "Safety advisory group meetings held at least 28 days before events of over 5,000 people", target: "100%", q: ["100%", "100%", "100%"], st: "Green", lead: "cleverdon" },
  { ref: "GS-04", m: "Event management plans received at least 12 weeks before the event", target: "90%", q: ["84%", "76%", "71%"], st: "Red", lead: "cleverdon" },
  { ref: "GS-05", m: "Stewards at certified grounds holding the Level 2 spectator safety award", target: "90%", q: ["88%", "90%", "92%"], st: "Green", lead: "edgecombe" },
  { ref: "GS-06", m: "Prohibition notices served in the quarter", target: "No target", q: ["0", "1", "2"], st: "Data only", lead: "sewter" },
  { ref: "GS-07", m: "Debriefs held within 14 days of events of over 5,000 people", target: "100%", q: ["100%", "94%", "100%"], st: "Green", lead: "cleverdon" },
  { ref: "GS-08", m: "Consultation on model conditions for general safety certificates launched by 31 March 2232", target: "By 31/03/2232", q: ["–", "–", "Launched 08/03/2232"], st: "Complete", lead: "sewter" },
];
export const COUNTS = Object.fromEntries(STATUS_WORDS.map((s) => [s, MEASURES.filter((x) => x.st === s).length]));
if (JSON.stringify(COUNTS) !== JSON.stringify({ Green: 3, Amber: 1, Red: 2, Complete: 1, "Data only": 1 })) throw new Error("rating counts " + JSON.stringify(COUNTS));
// GS-04: 17 of 24 plans on time; GS-01: 6 of 7 reviews due by 31 December on time
if (Math.round((17 / 24) * 100) !== 71 || Math.round((6 / 7) * 100) !== 86) throw new Error("GS-01/GS-04 arithmetic");
// GS-01 from the register: reviews due by 31 December 2231 (every general and regulated stand certificate
// but Brantwick Athletics Arena's, due in January) – 7, of which Tanyard Lane's is overdue

// ------------------------------------------------------------------ grounds and stands
export const GROUNDS = [
  { ref: "GR-01", ground: "Brantwick Road Stadium", club: "Brantwick Athletic FC", district: "Brantwick", sport: "Football", cert: "General", stands: 3, cap: 14200, review: "2231-07-14", rag: "A", officer: "edgecombe", note: "South Stand inspection overdue (due 28/02/2232) – engineer rebooked for 07/03/2232. Fan zone (2,500) planned beside South Stand from August 2232." },
  { ref: "GR-02", ground: "Cradbury Park", club: "Cradbury RFC", district: "Cradbury", sport: "Rugby union", cert: "General", stands: 2, cap: 11750, review: "2231-08-25", rag: "A", officer: "rowsell", note: "West Stand inspection 14 days late (Q2); minor defects – gangway handrail replaced 03/10/2231. PN-2231-01 lifted 05/10/2231." },
  { ref: "GR-03", ground: "Marlbeck Racecourse", club: "Marlbeck Racecourse Ltd", district: "Marlbeck", sport: "Horse racing", cert: "General", stands: 2, cap: 18000, review: "2231-05-19", rag: "G", officer: "rowsell", note: "" },
  { ref: "GR-04", ground: "The Quarry Ground", club: "Fellhampton Cricket Club", district: "Fellhampton", sport: "Cricket", cert: "Regulated stand", stands: 1, cap: 4600, review: "2231-04-27", rag: "G", officer: "rowsell", note: "Certificate covers the Pavilion Stand only." },
  { ref: "GR-05", ground: "Tanyard Lane", club: "Tewsley Town FC", district: "Tewsley", sport: "Football", cert: "General", stands: 2, cap: 5800, review: null, reviewText: "Overdue (due 30/11/2231)", rag: "R", officer: "edgecombe", note: "East Stand capacity cut from 1,850 to 1,200 from 11/02/2232 (Chair's urgent decision UD-2232-01, 06/02/2232); ground was 6,450. Rows T–Z closed under PN-2231-02." },
  { ref: "GR-06", ground: "Heronsgate Stadium", club: "Tewsley Herons Speedway Ltd", district: "Tewsley", sport: "Speedway", cert: "General", stands: 1, cap: 3050, review: "2231-10-12", rag: "A", officer: "rowsell", note: "Terrace bay 4 closed since 09/12/2231 (PN-2231-03) after crush barrier 4 failed retest; capacity was 3,200." },
  { ref: "GR-07", ground: "Ashcrook Meadow", club: "Ashcrook Rovers FC", district: "Fellhampton", sport: "Football", cert: "Regulated stand", stands: 1, cap: 2400, review: "2231-12-08", rag: "G", officer: "rowsell", note: "" },
  { ref: "GR-08", ground: "Sallowmere Showground", club: "Sallowmere Agricultural Society", district: "Marlbeck", sport: "Shows and events", cert: "Special (per event)", stands: 0, cap: null, review: null, reviewText: "Per event", rag: "G", officer: "edgecombe", note: "Temporary stands only; special certificates issued for each show." },
  { ref: "GR-09", ground: "Brantwick Athletics Arena", club: "Brantwick City Council (leisure)", district: "Brantwick", sport: "Athletics", cert: "General", stands: 1, cap: 10400, review: "2232-01-19", rag: "G", officer: "edgecombe", note: "" },
];
export const TANYARD = { before: 6450, after: 5800, eastBefore: 1850, eastAfter: 1200, works: 312000 };
if (TANYARD.before - (TANYARD.eastBefore - TANYARD.eastAfter) !== TANYARD.after) throw new Error("Tanyard Lane capacity");
if (GROUNDS.find((g) => g.ref === "GR-05").cap !== TANYARD.after) throw new Error("GR-05 capacity");
export const RAG_COUNTS = Object.fromEntries(["R", "A", "G"].map((r) => [r, GROUNDS.filter((g) => g.rag === r).map((g) => g.ref)]));
if (RAG_COUNTS.R.join() !== "GR-05" || RAG_COUNTS.A.join() !== "GR-01,GR-02,GR-06") throw new Error("register RAG " + JSON.stringify(RAG_COUNTS));
if (GROUNDS.reduce((s, g) => s + g.stands, 0) !== 13) throw new Error("13 regulated stands");
export const CAP_TOTAL = GROUNDS.reduce((s, g) => s + (g.cap ?? 0), 0);

// regulated stand inspections 2231/32: due, done, engineer, outcome, code
export const STANDS = [
  { id: "SI-01", gr: "GR-03", stand: "Grandstand", due: "2231-04-28", done: "2231-04-20", outcome: "Satisfactory", rag: "G" },
  { id: "SI-02", gr: "GR-04", stand: "Pavilion Stand", due: "2231-05-15", done: "2231-05-09", outcome: "Satisfactory", rag: "G" },
  { id: "SI-03", gr: "GR-03", stand: "Paddock Stand", due: "2231-06-30", done: "2231-06-21", outcome: "Minor defects – handrail to rear gangway (repaired 12/07/2231)", rag: "G" },
  { id: "SI-04", gr: "GR-01", stand: "North Stand", due: "2231-07-31", done: "2231-07-24", outcome: "Satisfactory", rag: "G" },
  { id: "SI-05", gr: "GR-02", stand: "West Stand", due: "2231-08-31", done: "2231-09-14", outcome: "Minor defects – gangway handrail; PN-2231-01 served 14/09/2231", rag: "A" },
  { id: "SI-06", gr: "GR-06", stand: "Home Straight Stand", due: "2231-09-30", done: "2231-09-26", outcome: "Minor defects – crush barrier 4 to be retested; failed retest 09/12/2231 (PN-2231-03)", rag: "A" },
  { id: "SI-07", gr: "GR-05", stand: "East Stand", due: "2231-10-31", done: "2231-11-22", outcome: "Serious defects – corrosion in roof columns C4 and C7; PN-2231-02 (rows T–Z)", rag: "R" },
  { id: "SI-08", gr: "GR-01", stand: "Main Stand", due: "2231-11-30", done: "2231-11-16", outcome: "Satisfactory", rag: "G" },
  { id: "SI-09", gr: "GR-07", stand: "Meadow Stand", due: "2231-12-15", done: "2231-12-08", outcome: "Satisfactory", rag: "G" },
  { id: "SI-10", gr: "GR-09", stand: "Arena Stand", due: "2232-01-31", done: "2232-01-25", outcome: "Satisfactory", rag: "G" },
  { id: "SI-11", gr: "GR-01", stand: "South Stand", due: "2232-02-28", done: null, outcome: "Overdue – engineer's visit rebooked for 07/03/2232", rag: "R" },
  { id: "SI-12", gr: "GR-02", stand: "Clubhouse Stand", due: "2232-03-15", done: null, outcome: "Booked 12/03/2232", rag: "N" },
  { id: "SI-13", gr: "GR-05", stand: "Main Stand", due: "2232-03-31", done: null, outcome: "Booked 27/03/2232", rag: "N" },
];
{
  const byQ3 = STANDS.filter((s) => s.due <= "2231-12-31"), onTime = byQ3.filter((s) => s.done && s.done <= s.due);
  if (byQ3.length !== 9 || onTime.length !== 7) throw new Error("GS-02: 7 of 9");
  const byQ2 = STANDS.filter((s) => s.due <= "2231-09-30");
  if (byQ2.length !== 6 || byQ2.filter((s) => s.done <= s.due).length !== 5) throw new Error("GS-02 Q2: 5 of 6");
  if (STANDS.length !== 13) throw new Error("13 inspections");
  for (const s of STANDS) if (!GROUNDS.find((g) => g.ref === s.gr)) throw new Error("stand ground " + s.gr);
}

// ------------------------------------------------------------------ budget 2231/32 (£)
export const BUDGET = [
  { line: "Safety officers' staffing", budget: 186000, forecast: 184200 },
  { line: "Structural engineering advice", budget: 24000, forecast: 42500 },
  { line: "Stewarding training grants", budget: 30000, forecast: 11500 },
  { line: "Safety advisory group administration and venues", budget: 9500, forecast: 9100 },
  { line: "Consultation on model conditions", budget: 6000, forecast: 6800 },
  { line: "Legal support", budget: 12000, forecast: 12000 },
];
for (const b of BUDGET) b.variance = b.forecast - b.budget;
export const BUDGET_TOTAL = { budget: BUDGET.reduce((s, b) => s + b.budget, 0), forecast: BUDGET.reduce((s, b) => s + b.forecast, 0) };
BUDGET_TOTAL.variance = BUDGET_TOTAL.forecast - BUDGET_TOTAL.budget;
if (BUDGET_TOTAL.budget !== 267500 || BUDGET_TOTAL.forecast !== 266100 || BUDGET_TOTAL.variance !== -1400) throw new Error("budget totals " + JSON.stringify(BUDGET_TOTAL));
export const VIREMENT = 18500;
if (BUDGET[1].variance !== VIREMENT || BUDGET[2].variance !== -VIREMENT) throw new Error("virement");

// ------------------------------------------------------------------ risks (reviewed 27 February 2232; December scores)
const band = (s) => (s >= 15 ? "High" : s >= 8 ? "Medium" : "Low");
export const RISKS = [
  { ref: "SR-01", risk: "Loss of one of the county's two qualified sports ground safety officers to a tight recruitment market", owner: "sewter", l: 3, i: 4, dec: 12 },
  { ref: "SR-02", risk: "Structural failure of an ageing regulated stand (Tanyard Lane East Stand)", owner: "edgecombe", l: 4, i: 5, dec: 15 },
  { ref: "SR-03", risk: "Event organisers send event management plans too late for the safety advisory groups to scrutinise", owner: "cleverdon", l: 4, i: 3, dec: 9 },
  { ref: "SR-04", risk: "The framework contract for specialist structural engineering advice ends on 31 May 2232 without a replacement", owner: "sewter", l: 3, i: 4, dec: 8 },
  { ref: "SR-05", risk: "Stewards' training lapses at smaller grounds", owner: "edgecombe", l: 2, i: 3, dec: 9 },
  { ref: "SR-06", risk: "A club appeals against certificate conditions or a prohibition notice", owner: "sewter", l: 2, i: 4, dec: 8 },
  { ref: "SR-07", risk: "Crowd pressure at the Brantwick Road Stadium fan zone (opening August 2232)", owner: "cleverdon", l: 3, i: 4, dec: null },
];
for (const r of RISKS) {
  r.score = r.l * r.i;
  r.band = band(r.score);
  r.trend = r.dec == null ? "New" : r.score > r.dec ? "Rising" : r.score < r.dec ? "Falling" : "Steady";
}
{
  const t = Object.fromEntries(RISKS.map((r) => [r.ref, r.trend]));
  if (JSON.stringify(RISKS.filter((r) => r.trend === "Rising").map((r) => r.ref)) !== JSON.stringify(["SR-02", "SR-03", "SR-04"])) throw new Error("rising " + JSON.stringify(t));
  if (RISKS.filter((r) => r.band === "High").map((r) => r.ref).join() !== "SR-02") throw new Error("only SR-02 High");
  if (t["SR-05"] !== "Falling" || t["SR-07"] !== "New") throw new Error("trends");
}

// ------------------------------------------------------------------ the December meeting's actions (statuses at 9 March 2232)
export const ACTIONS = [
  { n: 4127, a: "Send Dr Quance's report to Tewsley Town FC and require an interim survey by 31/01/2232", owner: "edgecombe", due: "22/12/2231", st: "Closed" },
  { n: 4128, a: "Monthly update on Tanyard Lane East Stand to the lead member for structural safety", owner: "edgecombe", due: "Monthly", st: "In progress" },
  { n: 4129, a: "Add a risk on the Brantwick Road Stadium fan zone to the programme risk register", owner: "cleverdon", due: "22/03/2232", st: "Closed" },
  { n: 4130, a: "Write to the organisers of events whose event management plans arrived late", owner: "cleverdon", due: "31/01/2232", st: "Closed" },
  { n: 4131, a: "Publish the consultation notice in the Sallowmere Gazette and Advertiser and on the website", owner: "jupe", due: "08/03/2232", st: "Closed" },
  { n: 4132, a: "Report on options to replace the structural engineering framework (ends 31/05/2232)", owner: "sewter", due: "22/03/2232", st: "In progress" },
  { n: 4133, a: "Re-advertise stewarding training grants to the smaller grounds", owner: "edgecombe", due: "31/01/2232", st: "Overdue" },
];
if (ACTIONS.filter((a) => a.st !== "Closed").map((a) => a.n).join() !== "4128,4132,4133") throw new Error("open actions");

// consultation fees proposed for 2232/33 (newspaper notice)
export const FEES = [
  ["General safety certificate – new application", "£4,850"],
  ["General safety certificate – annual review", "£1,240"],
  ["Regulated stand certificate", "£2,150"],
  ["Special safety certificate (per event)", "£620"],
  ["Amendment to a certificate", "£310"],
];
{
  const dueByQ3 = GROUNDS.filter((g) => g.cert !== "Special (per event)" && (g.review == null || g.review <= "2231-12-31"));
  if (dueByQ3.length !== 7 || dueByQ3.filter((g) => g.review).length !== 6) throw new Error("GS-01: 6 of 7");
}
