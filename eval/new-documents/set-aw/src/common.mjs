// Shared content for set AW: one body (the Illicit Tobacco and Vapes Task Group, a joint task group of the
// invented Consumer Protection and Regulation Board and the invented Forum of Welsh Councils), its people,
// meetings, measures, risks, budget, actions and Enforcement Fund awards in the municipal year 2112/13.
// Every builder reads from here so that the five papers agree with each other; the arithmetic (rating
// counts by quarter, budget totals, risk scores and bands, award totals and what is carried forward,
// attendance) is checked below when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Illicit Tobacco and Vapes Task Group";
export const BODY_CY = "Grŵp Gorchwyl Tybaco a Fêps Anghyfreithlon";
export const SHORT = "ITVTG";
export const BOARD = "Consumer Protection and Regulation Board";
export const FORUM = "Forum of Welsh Councils";
export const FORUM_CY = "Fforwm Cynghorau Cymru";
export const PROGRAMME = "Illicit Tobacco and Vapes Programme";
export const FUND = "Trading Standards Enforcement Fund";
export const VENUE = "Room 4.2, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  signed: "itvtg-minutes-2112-11-22-and-dn-2113-05-signed.pdf",
  agenda: "itvtg-agenda-pack-2113-03-14-cy-en.docx",
  slides: "itvtg-item-4-q3-performance-slides-2113-03-14.md",
  returns: "itvtg-pre-meeting-return-14-march-2113-responses.csv",
  web: "illicit-tobacco-and-vapes-task-group-web-archive-2113-02-03.html",
};

export const MEETINGS = [
  { date: "Tuesday 21 June 2112", iso: "2112-06-21" },
  { date: "Tuesday 20 September 2112", iso: "2112-09-20" },
  { date: "Tuesday 22 November 2112", iso: "2112-11-22" },
  { date: "Tuesday 14 March 2113", iso: "2113-03-14" },
  { date: "Tuesday 20 June 2113", iso: "2113-06-20", provisional: true },
];

export const OFFICERS = {
  ottilie: { name: "Ottilie Brandreth-Hale", post: "Programme Manager, Illicit Tobacco and Vapes", phone: "020 7946 0412", email: "ottilie.brandreth-hale@local.gov.uk" },
  cormac: { name: "Cormac Ferriter", post: "Senior Adviser, Trading Standards Funding", phone: "020 7946 0427", email: "cormac.ferriter@local.gov.uk" },
  elin: { name: "Elin Haf Tudur-Roberts", post: "Policy Adviser (Wales)", phone: "020 7946 0433", email: "elinhaf.tudur-roberts@local.gov.uk" },
  fintan: { name: "Fintan Marchetti", post: "Intelligence Lead", phone: "020 7946 0439", email: "fintan.marchetti@local.gov.uk" },
  perpetua: { name: "Perpetua Vantongeren", post: "Member Services Officer", phone: "020 7946 0445", email: "perpetua.vantongeren@local.gov.uk" },
  rajendra: { name: "Rajendra Odutola-Clarke", post: "Finance Business Partner", phone: "020 7946 0451", email: "rajendra.odutola-clarke@local.gov.uk" },
  alasdair: { name: "Alasdair Fenchurch-Hope", post: "Head of Democratic Services", phone: "020 7946 0458", email: "alasdair.fenchurch-hope@local.gov.uk" },
  wilhelmina: { name: "Wilhelmina Stroud-Ennis", post: "Data and Insight Officer", phone: "020 7946 0462", email: "wilhelmina.stroud-ennis@local.gov.uk" },
  lleucu: { name: "Lleucu Aberconwy-Tate", post: "Solicitor (Regulatory)", phone: "020 7946 0470", email: "lleucu.aberconwy-tate@local.gov.uk" },
};
export const GUEST = { name: "Dr Caradog Penrose-Uttley", post: "Head of Fire Investigation, Severnmouth Fire and Rescue Service" };

// Membership 2112/13. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute. wales: a Welsh council.
export const PEOPLE = [
  { k: "quenby", fore: "Honoria", sur: "Quenby-Marsh", council: "Brackenfold Borough Council", group: "Conservative", role: "Chair", email: "honoria.quenby-marsh@brackenfold.gov.uk" },
  { k: "pritchard", fore: "Emrys", sur: "Pritchard-Lloyd", council: "Glanhafren County Council", cy: "Cyngor Sir Glanhafren", group: "Plaid Cymru", role: "Vice-Chair", wales: true, email: "emrys.pritchard-lloyd@glanhafren.gov.wales" },
  { k: "okonkwo", fore: "Adaeze", sur: "Okonkwo-Hart", council: "Saltmere City Council", group: "Labour", role: "Deputy Chair", lead: "Intelligence and data", email: "cllr.okonkwo-hart@saltmere.gov.uk" },
  { k: "wintle", fore: "Benedict", sur: "Wintle", council: "Holmcliffe District Council", group: "Liberal Democrat", role: "Member", lead: "Enforcement operations", email: "benedict.wintle@holmcliffe.gov.uk" },
  { k: "cadwaladr", fore: "Rhiannon", sur: "Cadwaladr-Price", council: "Bro Tawelan County Borough Council", cy: "Cyngor Bwrdeistref Sirol Bro Tawelan", group: "Labour", role: "Member", lead: "Wales", wales: true, email: "rhiannon.cadwaladr-price@brotawelan.gov.wales" },
  { k: "stanforth", fore: "Jocelyn", sur: "Stanforth-Gale", council: "Eskerby County Council", group: "Conservative", role: "Member", lead: "Retailer standards", email: "jocelyn.stanforth-gale@eskerby.gov.uk" },
  { k: "achebe", fore: "Dunstan", sur: "Achebe-Lowry", council: "Northmarsh Metropolitan Borough Council", group: "Labour", role: "Member", email: "cllr.dunstan.achebe-lowry@northmarsh.gov.uk" },
  { k: "ormsby", fore: "Perdita", sur: "Ormsby-Vane", council: "Thistleby District Council", group: "Independent", role: "Member", left: "10 February 2113", email: "perdita.ormsby-vane@thistleby.gov.uk" },
  { k: "ekwueme", fore: "Kwame", sur: "Ekwueme-Shaw", council: "Thistleby District Council", group: "Independent", role: "Member", from: "20 February 2113", email: "kwame.ekwueme-shaw@thistleby.gov.uk" },
  { k: "rhosier", fore: "Ifan", sur: "Rhosier", council: "Llanweddw County Council", cy: "Cyngor Sir Llanweddw", group: "Liberal Democrat", role: "Member", wales: true, email: "ifan.rhosier@llanweddw.gov.wales" },
  { k: "hadley", fore: "Soraya", sur: "Hadley-Fenwick", council: "Wealdstow Borough Council", group: "Conservative", role: "Member", lead: "Young people and schools", email: "soraya.hadley-fenwick@wealdstow.gov.uk" },
  { k: "braithwaite", fore: "Lionel", sur: "Braithwaite-Oakes", council: "Copperdale City Council", group: "Green Party", role: "Member", email: "lionel.braithwaite-oakes@copperdale.gov.uk" },
  { k: "pellingham", fore: "Constance", sur: "Pellingham-Ware", council: "Ravensholme District Council", group: "Labour", role: "Member", email: "constance.pellingham-ware@ravensholme.gov.uk" },
  { k: "llewellyn", fore: "Gethin", sur: "Llewellyn-Moss", council: "Glanhafren County Council", group: "Labour", role: "Substitute", wales: true, email: "gethin.llewellyn-moss@glanhafren.gov.wales" },
  { k: "voss", fore: "Araminta", sur: "Voss", council: "Brackenfold Borough Council", group: "Conservative", role: "Substitute", email: "araminta.voss@brackenfold.gov.uk" },
  { k: "quraishi", fore: "Nasser", sur: "Quraishi-Dunn", council: "Holmcliffe District Council", group: "Liberal Democrat", role: "Substitute", email: "nasser.quraishi-dunn@holmcliffe.gov.uk" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
// members at 14 March 2113 (Ormsby-Vane stood down, Ekwueme-Shaw joined)
export const MEMBERS_MARCH = PEOPLE.filter((p) => p.role !== "Substitute" && !p.left);
// members at 3 February 2113 (the web page) and at 22 November 2112
export const MEMBERS_FEB = PEOPLE.filter((p) => p.role !== "Substitute" && !p.from);

// ------------------------------------------------------------------ performance, quarter 3 2112/13
// ratings: Off track (Red), At risk (Amber), On track (Green), Achieved (Blue), Not yet due (Grey)
export const RATING = {
  off: { emoji: "🔴", word: "Off track", colour: "Red", rank: 0 },
  risk: { emoji: "🟠", word: "At risk", colour: "Amber", rank: 1 },
  on: { emoji: "🟢", word: "On track", colour: "Green", rank: 2 },
  done: { emoji: "✅", word: "Achieved", colour: "Blue", rank: 3 },
  nyd: { emoji: "⚪", word: "Not yet due", colour: "Grey", rank: null },
};
export const rated = (r) => `${RATING[r].emoji} ${RATING[r].word}`;
export const MEASURES = [
  { ref: "IVM-01", name: "Test purchase operations completed (cumulative)", target: "1,200", q2: "540", q3: "802", r2: "on", r3: "risk", lead: "Benedict Wintle" },
  { ref: "IVM-02", name: "Underage sales rate in test purchases", target: "15% or lower", q2: "21%", q3: "24%", r2: "risk", r3: "off", lead: "Jocelyn Stanforth-Gale" },
  { ref: "IVM-03", name: "Illicit vapes seized (units, cumulative)", target: "250,000", q2: "131,400", q3: "238,750", r2: "on", r3: "on", lead: "Benedict Wintle" },
  { ref: "IVM-04", name: "Illicit tobacco seized (kg, cumulative)", target: "9,000", q2: "3,120", q3: "4,410", r2: "risk", r3: "off", lead: "Benedict Wintle" },
  { ref: "IVM-05", name: "Closure orders obtained (cumulative)", target: "60", q2: "38", q3: "61", r2: "on", r3: "done", lead: "Benedict Wintle" },
  { ref: "IVM-06", name: "Councils with a named illicit tobacco lead", target: "100%", q2: "94%", q3: "97%", r2: "risk", r3: "on", lead: "Adaeze Okonkwo-Hart" },
  { ref: "IVM-07", name: "Retailers on the voluntary register in pilot areas", target: "4,000", q2: "2,850", q3: "3,320", r2: "on", r3: "risk", lead: "Jocelyn Stanforth-Gale" },
  { ref: "IVM-08", name: "Schools reached by vape education sessions (cumulative)", target: "600", q2: "180", q3: "455", r2: "risk", r3: "on", lead: "Soraya Hadley-Fenwick" },
  { ref: "IVM-09", name: "Welsh councils signed up to the joint operations protocol", target: "18", q2: "14", q3: "14", r2: "risk", r3: "off", lead: "Rhiannon Cadwaladr-Price" },
  { ref: "IVM-10", name: "Intelligence reports shared through the national hub (cumulative)", target: "3,000", q2: "–", q3: "1,140", r2: "nyd", r3: "on", lead: "Adaeze Okonkwo-Hart" },
];
export const countBy = (key) => {
  const c = {};
  for (const m of MEASURES) c[m[key]] = (c[m[key]] ?? 0) + 1;
  return c;
};
export const WORSE = MEASURES.filter((m) => RATING[m.r2].rank !== null && RATING[m.r3].rank < RATING[m.r2].rank).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => RATING[m.r2].rank !== null && RATING[m.r3].rank > RATING[m.r2].rank).map((m) => m.ref);

// ------------------------------------------------------------------ budget 2112/13 (£000)
export const BUDGET = [
  { line: "Enforcement operations", budget: 1450, spend: 1032, forecast: 1498 },
  { line: "Retailer standards", budget: 380, spend: 251, forecast: 352 },
  { line: "Young people and schools", budget: 290, spend: 164, forecast: 290 },
  { line: "Wales joint working", budget: 210, spend: 88, forecast: 171 },
  { line: "Intelligence hub", budget: 520, spend: 402, forecast: 545 },
  { line: "Programme management", budget: 350, spend: 259, forecast: 348 },
];
export const n0 = (n) => n.toLocaleString("en-GB");
export const varStr = (v) => (v < 0 ? `(${n0(-v)})` : n0(v));
export const TOTAL = BUDGET.reduce((t, b) => ({ budget: t.budget + b.budget, spend: t.spend + b.spend, forecast: t.forecast + b.forecast }), { budget: 0, spend: 0, forecast: 0 });

// ------------------------------------------------------------------ risk register at 28 February 2113
// bands: 1–4 Low, 5–9 Medium, 10–15 High, 16–25 Critical; tolerance 15
export const band = (s) => (s <= 4 ? "Low" : s <= 9 ? "Medium" : s <= 15 ? "High" : "Critical");
export const TOLERANCE = 15;
export const RISKS = [
  { ref: "IVR-01", risk: "Organised crime groups move sales to social media and delivery apps", owner: "fintan", l: 4, i: 4, nov: 16, trend: "Steady" },
  { ref: "IVR-02", risk: "Trading standards officers assaulted or threatened during seizures", owner: "ottilie", l: 3, i: 5, nov: 10, trend: "Rising" },
  { ref: "IVR-03", risk: "Councils run out of secure storage for seized goods", owner: "cormac", l: 4, i: 3, nov: 12, trend: "Steady" },
  { ref: "IVR-04", risk: "Enforcement Fund underspends because councils cannot recruit officers", owner: "rajendra", l: 3, i: 3, nov: 12, trend: "Falling" },
  { ref: "IVR-05", risk: "A closure order is overturned on appeal and costs are awarded", owner: "lleucu", l: 2, i: 4, nov: 8, trend: "Steady" },
  { ref: "IVR-06", risk: "Welsh councils cannot join joint operations without a data-sharing agreement", owner: "elin", l: 4, i: 4, nov: 9, trend: "Rising" },
  { ref: "IVR-07", risk: "Personal data is lost or disclosed from the intelligence hub", owner: "fintan", l: 2, i: 5, nov: 10, trend: "Steady" },
  { ref: "IVR-08", risk: "Fires at storage and waste sites caused by the batteries of seized disposable vapes", owner: "cormac", l: 4, i: 5, nov: null, trend: "New", added: "12 December 2112" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.band = band(r.score); }
export const ABOVE = RISKS.filter((r) => r.score > TOLERANCE).map((r) => r.ref);

// ------------------------------------------------------------------ actions from 22 November 2112
export const ACTIONS = [
  { ref: "IVA-14", item: 7, action: "Write to the Minister for Consumer Affairs asking for fixed penalty powers for illicit vape sales", owner: "ottilie", due: "20/01/2113", status: "Done", update: "Letter sent 9 January 2113; reply awaited." },
  { ref: "IVA-15", item: 5, action: "Circulate the round 1 evaluation of the Enforcement Fund to members", owner: "wilhelmina", due: "16/12/2112", status: "Done", update: "Circulated 13 December 2112." },
  { ref: "IVA-16", item: 5, action: "Publish the round 2 prospectus of the Enforcement Fund", owner: "cormac", due: "09/12/2112", status: "Done", update: "Published 5 December 2112; 31 bids received by the closing date of 27 January 2113." },
  { ref: "IVA-17", item: 8, action: "Agree a data-sharing agreement for joint operations with the Welsh councils", owner: "elin", due: "31/01/2113", status: "Overdue", update: "14 of 20 Welsh councils have signed; six are waiting for legal advice. New date 30/04/2113." },
  { ref: "IVA-18", item: 6, action: "Add a risk on fires from seized disposable vapes to the programme risk register", owner: "cormac", due: "16/12/2112", status: "Done", update: "Added as IVR-08 on 12 December 2112." },
  { ref: "IVA-19", item: 6, action: "Report on the cost of storing and disposing of seized vapes", owner: "rajendra", due: "14/03/2113", status: "In progress", update: "Survey of councils closed 3 March 2113; report to the June meeting." },
  { ref: "IVA-20", item: 7, action: "Draft the Task Group's response to the retailer registration consultation", owner: "elin", due: "06/03/2113", status: "Done", update: "Item 6 on the agenda for 14 March 2113." },
  { ref: "IVA-21", item: 9, action: "Arrange a members' visit to the Severnmouth seized goods store", owner: "perpetua", due: "28/02/2113", status: "Deferred", update: "Deferred to May 2113 at the store's request." },
];
export const OPEN = ACTIONS.filter((a) => a.status !== "Done").map((a) => a.ref);

// ------------------------------------------------------------------ Enforcement Fund round 2
export const ROUND2 = { pot: 1250000, bids: 31, asked: 3020000, max: 200000, closed: "27 January 2113" };
export const AWARDS = [
  { ref: "R2-03", council: "Saltmere City Council", cy: "Cyngor Dinas Saltmere", project: "Cross-border seizure team with Northmarsh", cyProject: "Tîm atafaelu trawsffiniol gyda Northmarsh", amount: 196000 },
  { ref: "R2-07", council: "Bro Tawelan County Borough Council", cy: "Cyngor Bwrdeistref Sirol Bro Tawelan", project: "Joint Wales test purchase programme", cyProject: "Rhaglen bryniannau prawf ar y cyd yng Nghymru", amount: 148500 },
  { ref: "R2-11", council: "Eskerby County Council", cy: "Cyngor Sir Eskerby", project: "Rural retailer compliance visits", cyProject: "Ymweliadau cydymffurfio â manwerthwyr gwledig", amount: 92000 },
  { ref: "R2-12", council: "Holmcliffe District Council", cy: "Cyngor Dosbarth Holmcliffe", project: "Detection dogs for concealed stock", cyProject: "Cŵn canfod ar gyfer stoc cudd", amount: 64000 },
  { ref: "R2-16", council: "Copperdale City Council", cy: "Cyngor Dinas Copperdale", project: "Online marketplace takedown unit", cyProject: "Uned tynnu hysbysebion marchnadoedd ar-lein", amount: 187500 },
  { ref: "R2-19", council: "Wealdstow Borough Council", cy: "Cyngor Bwrdeistref Wealdstow", project: "Schools vape amnesty and education", cyProject: "Amnest ac addysg fêps mewn ysgolion", amount: 71500 },
  { ref: "R2-24", council: "Northmarsh Metropolitan Borough Council", cy: "Cyngor Bwrdeistref Fetropolitan Northmarsh", project: "Warehouse intelligence project", cyProject: "Prosiect cudd-wybodaeth warysau", amount: 189000, deferred: true },
  { ref: "R2-28", council: "Glanhafren County Council", cy: "Cyngor Sir Glanhafren", project: "Safe storage and disposal of seized vapes", cyProject: "Storio a gwaredu fêps a atafaelwyd yn ddiogel", amount: 138000 },
];
export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const RECOMMENDED = AWARDS.reduce((t, a) => t + a.amount, 0);
export const APPROVED = AWARDS.filter((a) => !a.deferred).reduce((t, a) => t + a.amount, 0);
export const DEFERRED = AWARDS.filter((a) => a.deferred).reduce((t, a) => t + a.amount, 0);
export const CARRY = ROUND2.pot - RECOMMENDED;

// ------------------------------------------------------------------ pre-meeting returns for 14 March 2113
// attend: person / online / apologies
export const RETURNS = [
  { ts: "2113/03/06 4:12:09 PM GMT", k: "quenby", name: "Honoria Quenby-Marsh", council: "Brackenfold Borough Council", attend: "person", lunch: "Yes" },
  { ts: "2113/03/06 5:40:33 PM GMT", k: "stanforth", name: "Cllr Jocelyn Stanforth-Gale", council: "Eskerby CC", attend: "online", lunch: "No" },
  { ts: "2113/03/07 8:02:51 AM GMT", k: "okonkwo", name: "Adaeze Okonkwo-Hart", council: "Saltmere City Council", attend: "person", items: ["5"], interest: "My council (Saltmere City Council) has bid for round 2 funding, bid R2-03. I will leave the room for item 5.", lunch: "Yes" },
  { ts: "2113/03/07 9:15:20 AM GMT", k: "pritchard", name: "Emrys Pritchard-Lloyd", council: "Cyngor Sir Glanhafren / Glanhafren County Council", attend: "online", items: ["5"], interest: "Glanhafren County Council has bid (R2-28) and I am a member of its Cabinet.\nI will not take part in item 5.", lunch: "No" },
  { ts: "2113/03/07 10:10:44 AM GMT", k: "cadwaladr", name: "Rhiannon Cadwaladr-Price", council: "Bro Tawelan CBC", attend: "person", lunch: "Yes" },
  { ts: "2113/03/07 11:48:02 AM GMT", k: "wintle", name: "Benedict Wintle", council: "Holmcliffe District Council", attend: "person", items: ["4", "8"], interest: "My daughter is a trading standards officer at Holmcliffe District Council and took part in Operation Goshawk.", lunch: "Yes", note: "Could the slides for item 4 be sent round in advance please?" },
  { ts: "2113/03/08 2:22:45 PM GMT", k: "hadley", name: "Soraya Hadley-Fenwick", council: "Wealdstow Borough Council", attend: "apologies", sub: "Cllr Araminta Voss", lunch: "" },
  { ts: "2113/03/08 3:05:17 PM GMT", k: "ekwueme", name: "kwame ekwueme-shaw", council: "Thistleby DC", attend: "person", items: ["6"], interest: "I own a convenience store in Thistleby which sells tobacco products.", lunch: "Yes", note: "First meeting - is there an induction pack?" },
  { ts: "2113/03/09 10:31:56 AM GMT", k: "braithwaite", name: "Lionel Braithwaite-Oakes", council: "Copperdale City Council", attend: "online", lunch: "No" },
  { ts: "2113/03/09 12:03:27 PM GMT", k: "voss", name: "Araminta Voss (substitute for Cllr Hadley-Fenwick)", council: "Brackenfold Borough Council", attend: "online", lunch: "No" },
  { ts: "2113/03/09 1:14:40 PM GMT", k: "rhosier", name: "Ifan Rhosier", council: "Llanweddw County Council", attend: "person", lunch: "Yes", note: "Vegetarian lunch please" },
  { ts: "2113/03/10 9:02:11 AM GMT", k: "achebe", name: "Dunstan Achebe-Lowry", council: "Northmarsh MBC", attend: "person", lunch: "Yes" },
  { ts: "2113/03/10 4:47:38 PM GMT", k: "pellingham", name: "Constance Pellingham-Ware", council: "Ravensholme District Council", attend: "person", lunch: "No" },
  { ts: "2113/03/13 7:55:03 AM GMT", k: "cadwaladr", name: "Rhiannon Cadwaladr-Price", council: "Bro Tawelan County Borough Council", attend: "apologies", sub: "Cllr Gethin Llewellyn-Moss", lunch: "", note: "Sorry - called to an emergency Cabinet meeting. This replaces my earlier response." },
];
export const ITEMS = {
  "4": "Item 4: Programme performance and risk, quarter 3",
  "5": "Item 5: Enforcement Fund round 2 awards",
  "6": "Item 6: Response to the retailer registration consultation",
  "8": "Item 8: Operation Goshawk (Part B)",
};
export const ATTEND = { person: "In person at 18 Smith Square", online: "Online (Microsoft Teams)", apologies: "Sending apologies" };
// the latest return of each person
export const LATEST = (() => {
  const m = new Map();
  for (const r of RETURNS) m.set(r.k, r);
  return m;
})();

// ------------------------------------------------------------------ DocuSign envelope
export const ENVELOPE = {
  id: "B6E1F2C4-7A3D-4E58-9C1B-2D84F6A0E3B7",
  subject: "Complete with Docusign: ITVTG minutes 22.11.12 and DN-2113-05",
  sent: "3/15/2113 | 04:12 PM",
  chairViewed: "3/16/2113 | 08:51 AM",
  chairSigned: "3/16/2113 | 08:54 AM",
  hodsSent: "3/16/2113 | 08:54 AM",
  hodsViewed: "3/16/2113 | 09:30 AM",
  hodsSigned: "3/16/2113 | 09:31 AM",
  completed: "3/16/2113 | 09:31 AM",
  chairSigId: "9C4F1E27A3B6458",
  hodsSigId: "E21B07D5C98A4F3",
};

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const c2 = countBy("r2"), c3 = countBy("r3");
if (MEASURES.length !== 10) fail("10 measures");
if (c3.off !== 3 || c3.risk !== 2 || c3.on !== 4 || c3.done !== 1) fail("Q3 counts " + JSON.stringify(c3));
if (c2.on !== 4 || c2.risk !== 5 || c2.nyd !== 1 || c2.off) fail("Q2 counts " + JSON.stringify(c2));
if (WORSE.join() !== "IVM-01,IVM-02,IVM-04,IVM-07,IVM-09") fail("worse " + WORSE);
if (BETTER.join() !== "IVM-05,IVM-06,IVM-08") fail("better " + BETTER);
if (TOTAL.budget !== 3200 || TOTAL.spend !== 2196 || TOTAL.forecast !== 3204) fail("budget totals " + JSON.stringify(TOTAL));
if (BUDGET.reduce((t, b) => t + b.forecast - b.budget, 0) !== 4) fail("variance total");
if (ABOVE.join() !== "IVR-01,IVR-06,IVR-08") fail("above tolerance " + ABOVE);
if (RISKS.filter((r) => r.nov !== null && r.score > r.nov).map((r) => r.ref).join() !== "IVR-02,IVR-06") fail("risen");
if (RISKS.filter((r) => r.nov !== null && r.score < r.nov).map((r) => r.ref).join() !== "IVR-04") fail("fallen");
for (const r of RISKS) if (r.nov !== null && (r.score > r.nov ? "Rising" : r.score < r.nov ? "Falling" : "Steady") !== r.trend) fail("trend " + r.ref);
if (OPEN.join() !== "IVA-17,IVA-19,IVA-21") fail("open actions " + OPEN);
if (RECOMMENDED !== 1086500 || APPROVED !== 897500 || DEFERRED !== 189000 || CARRY !== 163500) fail(`awards ${RECOMMENDED} ${APPROVED} ${DEFERRED} ${CARRY}`);
for (const a of AWARDS) if (a.amount > ROUND2.max) fail("award over the maximum " + a.ref);
if (MEMBERS_MARCH.length !== 12 || MEMBERS_FEB.length !== 12) fail("12 members");
const att = [...LATEST.values()];
if (LATEST.size !== 13) fail("13 people returned the form");
if (att.filter((r) => r.attend === "apologies").map((r) => r.k).sort().join() !== "cadwaladr,hadley") fail("apologies");
if (att.filter((r) => r.attend === "online").length !== 4 || att.filter((r) => r.attend === "person").length !== 7) fail("attendance split");
export const FUND_TOTAL = 4500000, ROUND1 = 2310000;
export const ROUND3 = FUND_TOTAL - ROUND1 - ROUND2.pot + CARRY;
if (ROUND3 !== 1103500) fail("round 3 " + ROUND3);
if (ROUND2.pot - APPROVED - DEFERRED !== CARRY) fail("carry forward after the decision");
