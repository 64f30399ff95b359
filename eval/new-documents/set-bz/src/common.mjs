// Shared content for set BZ: one body (the Holiday Activities and Food Task Group, a member task group of
// the invented Young People and Communities Board), its people, meetings, the Holiday Clubs Programme
// 2561-63 (measures HCM-01 to HCM-10, risks HCR-01 to HCR-09, actions HFA-33 to HFA-48), its budget
// 2561/62 in the finance system's codes and the round 1 grants of the Holiday Club Expansion Fund, in the
// municipal year 2561/62. Every builder reads from here so that the five documents agree with each other;
// the arithmetic (budget lines and totals, rating counts, risk scores and bands, attendance) is checked
// when this module loads.
// Synthetic test fixtures: every person, council, club, company, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Holiday Activities and Food Task Group";
export const SHORT = "HAFTG";
export const BOARD = "Young People and Communities Board";
export const PROGRAMME = "Holiday Clubs Programme 2561–63";
export const FUND = "Holiday Club Expansion Fund";
export const COMPANY = "Brightplate Foods";

export const DOCS = {
  eml: "haftg-agenda-sign-off-approved-2562-03-03.eml",
  tasks: "haftg-actions-outlook-tasks-table-style-2562-03-05.pdf",
  outline: "haftg-item-5-q3-performance-slides-outline-2562-03-11.rtf",
  risks: "haftg-risk-register-power-automate-2562-02-26.docx",
  unit4: "haftg-budget-monitoring-unit4-p09-2561-62.csv",
};

// ------------------------------------------------------------------ dates
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const dateOf = (iso) => new Date(iso + "T12:00:00Z");
export const weekday = (iso) => WD[dateOf(iso).getUTCDay()];
export const long = (iso) => { const d = dateOf(iso); return `${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };
export const longWd = (iso) => `${weekday(iso)} ${long(iso)}`;
// Outlook's task list date: "Thu 25/02/2562"
export const outlookDate = (iso) => { const [y, m, d] = iso.split("-"); return `${weekday(iso).slice(0, 3)} ${d}/${m}/${y}`; };

export const MEETINGS = {
  june: "2561-06-18", sept: "2561-09-17", dec: "2561-12-10", march: "2562-03-11", june2: "2562-06-17",
};
for (const iso of Object.values(MEETINGS)) if (weekday(iso) !== "Thursday") throw new Error(`${iso} is a ${weekday(iso)}`);
export const PRINTED = "2562-03-05"; // the task list was printed on Friday 5 March 2562
export const PRINT_TIME = "16:42";

// ------------------------------------------------------------------ people
export const OFFICERS = {
  rosalind: { name: "Rosalind Carnmellis", post: "Programme Manager, Holiday Clubs", phone: "020 7946 0961", email: "rosalind.carnmellis@local.gov.uk" },
  idris: { name: "Dr Idris Monkhouse-Kell", plain: "Idris Monkhouse-Kell", post: "Senior Adviser, Children's Health and Nutrition", phone: "020 7946 0964", email: "idris.monkhouse-kell@local.gov.uk" },
  bart: { name: "Bartholomew Nyamekye", post: "Finance Business Partner", phone: "020 7946 0969", email: "bartholomew.nyamekye@local.gov.uk" },
  ines: { name: "Ines Valderrama-Brook", post: "Communications and Engagement Lead", phone: "020 7946 0972", email: "ines.valderrama-brook@local.gov.uk" },
  clem: { name: "Clemency Mawdesley", post: "Democratic Services Officer", phone: "020 7946 0978", email: "clemency.mawdesley@local.gov.uk" },
};
export const claims = (k) => `i:0#.f|membership|${OFFICERS[k].email}`;
export const GUEST = { name: "Gwendolyn Ashworth-Pike", post: "Director of Operations", org: COMPANY };

export const PEOPLE = [
  { k: "thwaite", fore: "Marguerite", sur: "Thwaite-Corrigan", council: "Wyrebrook District Council", group: "Liberal Democrat", role: "Chair", email: "marguerite.thwaite-corrigan@wyrebrook.gov.uk" },
  { k: "kwarteng", fore: "Ebenezer", sur: "Kwarteng-Lisle", council: "Brinscote City Council", group: "Labour", role: "Vice-Chair" },
  { k: "gartree", fore: "Philippa", sur: "Gartree-Noon", council: "Hollinmoor County Council", group: "Conservative", role: "Deputy Chair" },
  { k: "hollowbread", fore: "Tamsin", sur: "Hollowbread", council: "Cressingford Borough Council", group: "Labour", role: "Member", lead: "SEND and inclusive places" },
  { k: "chaudhuri", fore: "Ravi", sur: "Chaudhuri-Lapworth", council: "Ludderburn Borough Council", group: "Conservative", role: "Member", lead: "food and catering partners" },
  { k: "mcateer", fore: "Bronagh", sur: "McAteer-Wolde", council: "Kelsey Vale District Council", group: "Green Party", role: "Member", lead: "providers and quality assurance" },
  { k: "osei", fore: "Lucian", sur: "Osei-Breckon", council: "Amblemere Metropolitan Borough Council", group: "Labour", role: "Member", lead: "public health and take-up" },
  { k: "brammeld", fore: "Hesketh", sur: "Brammeld", council: "Eddlestow Borough Council", group: "Independent", role: "Member" },
  { k: "adeleke", fore: "Nkechi", sur: "Adeleke-Thorne", council: "Pellbridge City Council", group: "Labour", role: "Member" },
  { k: "tiddeman", fore: "Ambrose", sur: "Tiddeman", council: "Hollinmoor County Council", group: "Conservative", role: "Member" },
  { k: "quennevais", fore: "Saffron", sur: "Quennevais", council: "Brinscote City Council", group: "Liberal Democrat", role: "Member" },
  { k: "okoye", fore: "Farida", sur: "Okoye-Lumb", council: "Pellbridge City Council", group: "Conservative", role: "Member", from: "2562-02-01" },
  { k: "prettejohn", fore: "Winslow", sur: "Prettejohn", council: "Pellbridge City Council", group: "Conservative", role: "Former member", to: "2562-01-31" },
  { k: "skerrington", fore: "Ottoline", sur: "Skerrington", council: "Hollinmoor County Council", group: "Conservative", role: "Substitute" },
  { k: "polglase", fore: "Jago", sur: "Polglase-Lyle", council: "Brinscote City Council", group: "Labour", role: "Substitute" },
  { k: "mehta", fore: "Priyanka", sur: "Mehta-Gadd", council: "Wyrebrook District Council", group: "Liberal Democrat", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const fullName = (k) => `${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
if (MEMBERS.length !== 12) throw new Error("twelve members");
{
  const g = {};
  for (const m of MEMBERS) g[m.group] = (g[m.group] ?? 0) + 1;
  if (g.Conservative !== 4 || g.Labour !== 4 || g["Liberal Democrat"] !== 2) throw new Error("group balance " + JSON.stringify(g));
}

// attendance at 10 December 2561 (Prettejohn still a member, Okoye-Lumb not yet)
export const DEC = {
  present: ["thwaite", "kwarteng", "gartree", "hollowbread", "chaudhuri", "brammeld", "adeleke", "quennevais", "prettejohn"],
  online: ["mcateer"],
  subs: [["skerrington", "tiddeman"]],
  apologies: ["tiddeman", "osei"],
};
{
  const dec = new Set([...DEC.present, ...DEC.online, ...DEC.apologies]);
  const members = MEMBERS.filter((m) => m.k !== "okoye").map((m) => m.k).concat("prettejohn");
  if (dec.size !== 12 || members.some((k) => !dec.has(k))) throw new Error("December attendance does not cover the twelve members");
}

// ------------------------------------------------------------------ measures (quarter 2 and 3 2561/62)
// rating words: Green on track, Amber some risk, Red off track, Blue complete
export const RANK = { Red: 0, Amber: 1, Green: 2, Blue: 3 };
export const MEASURES = [
  { id: "HCM-01", title: "New SEND-inclusive holiday clubs opened", target: "4 by 31 October 2561", q2: "2", r2: "Amber", q3: "3", r3: "Amber", lead: "hollowbread", note: "Otterwick Youth Hub held back for a second round of parent surveys" },
  { id: "HCM-02", title: "Clubs visited by a quality assurance officer during the summer programme", target: "100%", q2: "96%", r2: "Green", q3: "98%, final for the summer", r3: "Blue", lead: "mcateer", note: "Late visit reports from two areas added in October" },
  { id: "HCM-03", title: "Clubs meeting the school food standards at every visit", target: "100% by 31 March 2562", q2: "88%", r2: "Amber", q3: "91%", r3: "Amber", lead: "chaudhuri", note: "Brightplate Foods changing the last 14 menus by March" },
  { id: "HCM-04", title: "Children turned away from full clubs (2561 calendar year)", target: "3,150 children or fewer (25% below 2560)", q2: "2,480 children", r2: "Amber", q3: "3,620 children", r3: "Red", lead: "chaudhuri", note: "Highest Christmas demand on record; the limit was passed in the week of 14 December" },
  { id: "HCM-05", title: "Holiday club volunteers trained in safeguarding and food hygiene", target: "240 by 31 March 2562", q2: "150", r2: "Green", q3: "212", r3: "Green", lead: "mcateer", note: "Winter courses in Kelsey Vale and Eddlestow full" },
  { id: "HCM-06", title: "Clubs taking bookings through the online booking system", target: "18 by 31 March 2562", q2: "6", r2: "Green", q3: "9", r3: "Red", lead: "osei", note: "Supplier went into administration in November; 9 clubs delayed (see HFA-47)" },
  { id: "HCM-07", title: "Food partner agreements signed", target: "5 by 31 March 2562", q2: "3", r2: "Amber", q3: "5", r3: "Blue", lead: "chaudhuri", note: "Agreements with the Hollin Ford and Brinscote Quay food banks signed in December" },
  { id: "HCM-08", title: "Families told of their club place within 5 working days of applying", target: "95%", q2: "97%", r2: "Green", q3: "93%", r3: "Amber", lead: "osei", note: "Two booking backlogs over Christmas took 8 days to clear" },
  { id: "HCM-09", title: "Councils signed up to the Holiday Food Charter", target: "20 by 31 March 2562", q2: "11", r2: "Amber", q3: "17", r3: "Green", lead: "thwaite", note: "Six councils signed at the charter event on 19 November" },
  { id: "HCM-10", title: "Expansion Fund grants claimed by councils", target: "£750,000 by 31 March 2562", q2: "£120,000", r2: "Green", q3: "£312,400", r3: "Amber", lead: "kwarteng", note: "Pellbridge will need £48,000 less; forecast £702,000" },
];
export const M = Object.fromEntries(MEASURES.map((m) => [m.id, m]));
export const count = (key) => { const c = { Green: 0, Amber: 0, Red: 0, Blue: 0 }; for (const m of MEASURES) c[m[key]]++; return c; };
{
  const c3 = count("r3"), c2 = count("r2");
  if (JSON.stringify(c3) !== JSON.stringify({ Green: 2, Amber: 4, Red: 2, Blue: 2 })) throw new Error("Q3 counts " + JSON.stringify(c3));
  if (JSON.stringify(c2) !== JSON.stringify({ Green: 5, Amber: 5, Red: 0, Blue: 0 })) throw new Error("Q2 counts " + JSON.stringify(c2));
  const worse = MEASURES.filter((m) => RANK[m.r3] < RANK[m.r2]).map((m) => m.id);
  const better = MEASURES.filter((m) => RANK[m.r3] > RANK[m.r2]).map((m) => m.id);
  if (worse.join() !== "HCM-04,HCM-06,HCM-08,HCM-10" || better.join() !== "HCM-02,HCM-07,HCM-09") throw new Error("worse/better " + worse + " / " + better);
}
export const TURNED = { y2560: 4200, limit2561: 3150, q2: 2480, q3: 3620, limit2562: 2900 }; // children turned away from full clubs
if (TURNED.y2560 * 0.75 !== TURNED.limit2561) throw new Error("turned-away limit");

// ------------------------------------------------------------------ risks (SharePoint list "HAFTG Risks", 26 February 2562)
// owner: officer key; l, i, prev: likelihood, impact, score at the review of 18 November 2561
export const band = (s) => (s >= 12 ? "Red" : s >= 8 ? "Amber" : "Green");
export const RISKS = [
  { id: "HCR-01", title: "Brightplate Foods does not commit capital to the Ambledown central kitchen before its next investment plan", owner: "rosalind", l: 4, i: 4, prev: 12, status: "Open", mitigation: "Chair's letter to the chief executive (HFA-43); joint case with the Department for Education; raise at the regional food partnership in April", next: "2562-04-29T23:00:00Z" },
  { id: "HCR-02", title: "New SEND-inclusive clubs closed for low attendance", owner: "idris", l: 3, i: 4, prev: 12, status: "Open", mitigation: "Two rounds of parent surveys at Otterwick Youth Hub; transport offered to the three new clubs", next: "2562-04-29T23:00:00Z" },
  { id: "HCR-03", title: "Club attendance data not shared in time for the Easter programme", owner: "idris", l: 3, i: 3, prev: 12, status: "Open", mitigation: "Data-sharing agreement with Brightplate Foods (HFA-44); monthly extracts in the meantime", next: "2562-04-29T23:00:00Z" },
  { id: "HCR-04", title: "Volunteers' checks not accepted by providers", owner: "idris", l: 2, i: 4, prev: 8, status: "Open", mitigation: "Disclosure checks repeated for one volunteer in ten (HFA-38 done)", next: "2562-05-30T23:00:00Z" },
  { id: "HCR-05", title: "Online booking system not live before the Easter programme", owner: "ines", l: 4, i: 3, prev: 6, status: "Open", mitigation: "New supplier appointed in January (HFA-47); paper booking forms at the nine clubs", next: "2562-03-30T23:00:00Z" },
  { id: "HCR-06", title: "Children fall ill from food served at a club", owner: "idris", l: 2, i: 5, prev: 10, status: "Open", mitigation: "Food hygiene checks at every visit; joint food safety protocol with directors of public health (HFA-46)", next: "2562-04-29T23:00:00Z" },
  { id: "HCR-07", title: "Expansion Fund money not spent by 31 March 2562 and returned", owner: "bart", l: 3, i: 4, prev: 8, status: "Open", mitigation: "Monthly claims; Pellbridge saving carried into round 2 if the Department for Education agrees", next: "2562-03-30T23:00:00Z" },
  { id: "HCR-08", title: "Personal data breach in the booking app", owner: "rosalind", l: 1, i: 4, prev: 4, status: "Open", mitigation: "Data protection impact assessment signed off in September", next: "2562-06-29T23:00:00Z" },
  { id: "HCR-09", title: "Catering contract lost at renewal", owner: "bart", l: 1, i: 3, prev: 9, status: "Closed", mitigation: "", next: "" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.rag = band(r.score); }
{
  const red = RISKS.filter((r) => r.rag === "Red").map((r) => r.id).join();
  const up = RISKS.filter((r) => r.score > r.prev).map((r) => r.id).join();
  if (red !== "HCR-01,HCR-02,HCR-05,HCR-07") throw new Error("red risks " + red);
  if (up !== "HCR-01,HCR-05,HCR-07") throw new Error("risks up " + up);
}
export const RAG_ID = { Red: 3, Amber: 2, Green: 1 };

// ------------------------------------------------------------------ actions
// status: Outlook's task statuses; pct: % complete; owner: the Outlook task's owner (an officer)
export const ACTIONS = [
  // September 2561 meeting
  { ref: "HFA-33", cat: "sep", subject: "Publish round 1 awards on the website", who: "Ines Valderrama-Brook", due: "2561-09-30", status: "Completed", pct: 100, owner: "ines" },
  { ref: "HFA-34", cat: "sep", subject: "Order volunteer safeguarding packs (240)", who: "Rosalind Carnmellis", due: "2561-10-15", status: "Completed", pct: 100, owner: "rosalind" },
  { ref: "HFA-35", cat: "sep", subject: "Holiday Food Charter signing event", who: "Cllr Marguerite Thwaite-Corrigan", due: "2561-11-19", status: "Completed", pct: 100, owner: "rosalind" },
  { ref: "HFA-36", cat: "sep", subject: "Members' visit to the Ambledown kitchen site", who: "Clemency Mawdesley", due: "2561-11-26", status: "Deferred", pct: 0, owner: "clem" },
  { ref: "HFA-37", cat: "sep", subject: "Menu compliance report from Brightplate Foods", who: "Dr Idris Monkhouse-Kell", due: "2561-11-30", status: "Completed", pct: 100, owner: "idris" },
  { ref: "HFA-38", cat: "sep", subject: "Check disclosure records for volunteers", who: "Dr Idris Monkhouse-Kell", due: "2561-10-30", status: "Completed", pct: 100, owner: "idris" },
  { ref: "HFA-39", cat: "sep", subject: "Map of holiday clubs and booking links on the website (Cllr Osei-Breckon)", who: "Ines Valderrama-Brook", due: "2561-12-18", status: "In Progress", pct: 80, owner: "ines" },
  { ref: "HFA-40", cat: "sep", subject: "Guidance note for councils on SEND-inclusive clubs", who: "Dr Idris Monkhouse-Kell", due: "2561-12-04", status: "Completed", pct: 100, owner: "idris" },
  // December 2561 meeting (minutes' actions)
  { ref: "HFA-41", cat: "dec", subject: "Recovery plan for HCM-04 children turned away to the March meeting", who: "Rosalind Carnmellis", due: "2562-02-25", status: "Completed", pct: 100, owner: "rosalind", minute: "4.3" },
  { ref: "HFA-42", cat: "dec", subject: "Publish the round 2 prospectus", who: "Bartholomew Nyamekye", due: "2561-12-18", status: "Completed", pct: 100, owner: "bart", minute: "5.3" },
  { ref: "HFA-43", cat: "dec", subject: "Chair's letter to Brightplate Foods' chief executive on the Ambledown central kitchen", who: "Cllr Marguerite Thwaite-Corrigan", due: "2562-01-15", status: "Waiting on someone else", pct: 50, owner: "rosalind", minute: "6.3" },
  { ref: "HFA-44", cat: "dec", subject: "Data-sharing agreement with Brightplate Foods for club attendance data", who: "Dr Idris Monkhouse-Kell", due: "2562-01-29", status: "Not Started", pct: 0, owner: "idris", minute: "6.3" },
  { ref: "HFA-45", cat: "dec", subject: "Parent surveys at Otterwick Youth Hub from May 2562 (Cllr Hollowbread)", who: "Cllr Tamsin Hollowbread", due: "2562-05-31", status: "Not Started", pct: 0, owner: "rosalind", minute: "7.2" },
  { ref: "HFA-46", cat: "dec", subject: "Joint food safety protocol with directors of public health (Cllr Osei-Breckon)", who: "Cllr Lucian Osei-Breckon and Dr Idris Monkhouse-Kell", due: "2562-02-26", status: "In Progress", pct: 60, owner: "idris", minute: "4.3" },
  { ref: "HFA-47", cat: "dec", subject: "Replace the booking system supplier or agree a new go-live date", who: "Ines Valderrama-Brook", due: "2562-01-29", status: "Completed", pct: 100, owner: "ines", minute: "4.3" },
  { ref: "HFA-48", cat: "dec", subject: "Induction for the new Conservative member", who: "Clemency Mawdesley", due: "2562-02-12", status: "Completed", pct: 100, owner: "clem", minute: "8.1" },
];
export const PREP = [
  { subject: "Papers deadline: item 5 slides and risk register", due: "2562-02-25", status: "Completed", pct: 100, owner: "rosalind", cat: "mar" },
  { subject: "Agenda sign-off by the Chair (Power Automate)", due: "2562-03-03", status: "Completed", pct: 100, owner: "clem", cat: "mar" },
  { subject: "Publish agenda and papers", due: "2562-03-03", status: "Completed", pct: 100, owner: "clem", cat: "mar" },
  { subject: "Book Room 2.6 and the Teams meeting", due: "2562-02-19", status: "Completed", pct: 100, owner: "clem", cat: "mar" },
  { subject: "Chair's briefing for 11 March", due: "2562-03-08", status: "Not Started", pct: 0, owner: "rosalind", cat: "mar" },
  { subject: "Brightplate Foods slides for item 7 (was item 6)", due: "2562-03-09", status: "Waiting on someone else", pct: 0, owner: "rosalind", cat: "mar" },
  { subject: "Chase DfE on carrying the Pellbridge saving into round 2", due: "2562-03-10", status: "In Progress", pct: 25, owner: "bart", cat: "" },
  { subject: "Renew Holiday Clubs SharePoint site permissions", due: "", status: "Not Started", pct: 0, owner: "rosalind", cat: "" },
];
// the print's "overdue" rule: not completed and due before the day printed
export const overdue = (t) => t.status !== "Completed" && t.status !== "Deferred" && t.due && t.due < PRINTED;
{
  const open = ACTIONS.filter((a) => a.cat === "dec" && a.status !== "Completed").map((a) => a.ref).join();
  if (open !== "HFA-43,HFA-44,HFA-45,HFA-46") throw new Error("open December actions " + open);
  const od = ACTIONS.filter((a) => a.cat === "dec" && overdue(a)).map((a) => a.ref).join();
  if (od !== "HFA-43,HFA-44,HFA-46") throw new Error("overdue December actions " + od);
}

// ------------------------------------------------------------------ budget 2561/62 at period 9 (256109, December 2561)
// Unit4 cost centre, account, project; budget, actuals to date, commitments, forecast outturn; variance = forecast - budget
export const CC = {
  E4410: "Holiday Clubs - team",
  E4420: "HC quality assurance",
  E4430: "Holiday Club Expansion",
  E4440: "HC comms & booking",
};
export const LINES = [
  { cc: "E4410", acc: "1101", accT: "Salaries - permanent", b: 186000, a: 139200, c: 0, f: 185600 },
  { cc: "E4410", acc: "1180", accT: "Agency staff", b: 0, a: 18450, c: 0, f: 24600 },
  { cc: "E4410", acc: "4310", accT: "Travel & subsistence", b: 6000, a: 2310, c: 0, f: 4000 },
  { cc: "E4420", acc: "4620", accT: "Quality assurance visits", b: 142000, a: 98760, c: 21300, f: 139500 },
  { cc: "E4420", acc: "4625", accT: "Attendance data licence", b: 38000, a: 38000, c: 0, f: 38000 },
  { cc: "E4420", acc: "4630", accT: "Volunteer checks/training", b: 24000, a: 19870, c: 1200, f: 23400 },
  { cc: "E4430", acc: "5210", accT: "Grants to local authoriti", proj: "HC2101", projT: "Cressbeck Centre kitchen", council: "Cressingford", b: 150000, a: 96000, c: 40000, f: 150000 },
  { cc: "E4430", acc: "5210", accT: "Grants to local authoriti", proj: "HC2102", projT: "Leddon Youth Hub", council: "Pellbridge", b: 120000, a: 52400, c: 19600, f: 72000 },
  { cc: "E4430", acc: "5210", accT: "Grants to local authoriti", proj: "HC2103", projT: "Brinscote Quay kitchen", council: "Brinscote", b: 135000, a: 60000, c: 50000, f: 135000 },
  { cc: "E4430", acc: "5210", accT: "Grants to local authoriti", proj: "HC2104", projT: "Hollin Ford SEND club", council: "Hollinmoor", b: 95000, a: 40000, c: 30000, f: 95000 },
  { cc: "E4430", acc: "5210", accT: "Grants to local authoriti", proj: "HC2105", projT: "Ludderburn minibus hire", council: "Ludderburn", b: 140000, a: 36000, c: 34900, f: 140000 },
  { cc: "E4430", acc: "5210", accT: "Grants to local authoriti", proj: "HC2106", projT: "Kelsey Vale farm club", council: "Kelsey Vale", b: 110000, a: 28000, c: 12000, f: 110000 },
  { cc: "E4440", acc: "4410", accT: "Online booking system", b: 96000, a: 27000, c: 45000, f: 96000 },
  { cc: "E4440", acc: "4450", accT: "Campaigns & print", b: 18000, a: 11240, c: 2100, f: 17500 },
];
for (const l of LINES) l.v = l.f - l.b;
export const sum = (ls, k) => ls.reduce((s, l) => s + l[k], 0);
export const TOTAL = { b: sum(LINES, "b"), a: sum(LINES, "a"), c: sum(LINES, "c"), f: sum(LINES, "f"), v: sum(LINES, "v") };
{
  const want = { b: 1260000, a: 667230, c: 256100, f: 1230600, v: -29400 };
  if (JSON.stringify(TOTAL) !== JSON.stringify(want)) throw new Error("budget totals " + JSON.stringify(TOTAL));
  const fund = LINES.filter((l) => l.cc === "E4430");
  if (sum(fund, "b") !== 750000 || sum(fund, "a") !== 312400 || sum(fund, "c") !== 186500 || sum(fund, "f") !== 702000 || sum(fund, "v") !== -48000) throw new Error("fund");
  if (LINES.find((l) => l.proj === "HC2102").v !== -48000) throw new Error("Pellbridge saving");
  if (LINES.find((l) => l.acc === "1180").v !== 24600) throw new Error("agency");
}
export const money = (n) => "£" + n.toLocaleString("en-GB");
export const ROUND2 = { pot: 900000, max: 150000, closes: "2562-02-26" };
if (weekday(ROUND2.closes) !== "Friday") throw new Error("round 2 closing day");

// ------------------------------------------------------------------ approval (Power Automate)
export const APPROVAL = {
  flow: "HAFTG agenda sign-off",
  title: `Agenda sign-off: ${BODY}, ${longWd(MEETINGS.march)}`,
  requested: "2562-03-02T16:05:12Z",
  responded: "2562-03-03T08:47:09Z",
  sent: "2562-03-03T08:47:31Z",
  comment: "Approved for publication with two changes, please. Minute 5.2: Pellbridge will not need £48,000 of its award, not £45,800 (Bartholomew has confirmed the figure). And take item 7 before item 6: Ms Ashworth-Pike cannot join us before 11:45.",
};

// ------------------------------------------------------------------ text helpers
export const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
