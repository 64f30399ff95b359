// Shared content for set AV: one body (the Playgrounds and Play Spaces Panel), its people, meetings,
// performance measures, risks, budget and actions in the municipal year 2104/05. Every builder reads
// from here so that the five papers agree with each other; the arithmetic (health counts by quarter,
// budget totals, risk scores and bands, Fund arithmetic, Teams durations) is checked below when this
// module loads.
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

export const BODY = "Playgrounds and Play Spaces Panel";
export const SHORT = "PPSP";
export const PARENT = "Neighbourhoods and Open Spaces Board";
export const PROGRAMME = "Play Spaces Renewal Programme";
export const FUND = "Play Spaces Renewal Fund";
export const VENUE = "Room 3.1, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  members: "playgrounds-panel-membership-access-export-2104-10-28.html",
  perf: "playgrounds-panel-item-4-performance-q2-2104-05.docx",
  risks: "playgrounds-panel-risk-detail-report-2104-10-31.pdf",
  teams: "playgrounds-panel-teams-attendance-report-2104-11-12.csv",
  notes: "playgrounds-panel-meeting-notes-2104-11-12.md",
};

export const MEETINGS = [
  { date: "Wednesday 18 June 2104", iso: "2104-06-18" },
  { date: "Wednesday 17 September 2104", iso: "2104-09-17" },
  { date: "Wednesday 12 November 2104", iso: "2104-11-12" },
  { date: "Wednesday 11 March 2105", iso: "2105-03-11" },
];

export const OFFICERS = {
  lorcan: { name: "Lorcan Ashbrook-Tiernan", post: "Programme Director, Play Spaces Renewal", phone: "020 7946 0957", email: "lorcan.ashbrook-tiernan@local.gov.uk", login: "lashbrooktiernan" },
  priyanka: { name: "Priyanka Sedgwick", post: "Senior Adviser, Play Safety and Inspection", phone: "020 7946 0962", email: "priyanka.sedgwick@local.gov.uk", login: "psedgwick" },
  morwenna: { name: "Morwenna Trethowan", post: "Adviser, Inclusive Play", phone: "020 7946 0966", email: "morwenna.trethowan@local.gov.uk", login: "mtrethowan" },
  kofi: { name: "Kofi Ambrose-Lyle", post: "Capital Programme Manager", phone: "020 7946 0977", email: "kofi.ambrose-lyle@local.gov.uk", login: "kambroselyle" },
  delyth: { name: "Delyth Haverford", post: "Finance Business Partner", phone: "020 7946 0983", email: "delyth.haverford@local.gov.uk", login: "dhaverford" },
  saoirse: { name: "Saoirse Dunleavy", post: "Member Services Officer", phone: "020 7946 0988", email: "saoirse.dunleavy@local.gov.uk", login: "sdunleavy" },
  tobias: { name: "Tobias Wrenfield", post: "Data and Insight Analyst", phone: "020 7946 0971", email: "tobias.wrenfield@local.gov.uk", login: "twrenfield" },
};
export const GUEST = { name: "Dr Imogen Vasquez-Hollis", post: "Director of Research, Fields for Play Trust" };

export const WORKSTREAMS = [
  { id: "WS1", name: "Safety and inspection", member: "Cllr Gideon Sowden-Pyke" },
  { id: "WS2", name: "Inclusive play", member: "Cllr Niamh Cawthorne-Lea" },
  { id: "WS3", name: "Renewal fund", member: "Cllr Percival Dunnett" },
  { id: "WS4", name: "Data and standards", member: "Cllr Ciaran Maybury" },
  { id: "WS5", name: "Children's voice", member: "Cllr Tamsin Okereke-Blyth" },
];

// Members' database rows (Access query, run 28/10/2104). role flags: chair, vice, deputy, sub.
export const PEOPLE = [
  { id: 1107, fore: "Rosalind", sur: "Hatherwick", council: "Culverdale Borough Council", group: "Conservative", chair: true, from: "01/06/2103" },
  { id: 1112, fore: "Obadiah", sur: "Fernihough", council: "Ashenbury City Council", group: "Labour", vice: true, from: "01/06/2103" },
  { id: 1118, fore: "Niamh", sur: "Cawthorne-Lea", council: "Mallowby District Council", group: "Liberal Democrat", deputy: true, lead: "Inclusive play", from: "01/06/2103" },
  { id: 1121, fore: "Gideon", sur: "Sowden-Pyke", council: "Thornbrook County Council", group: "Independent", deputy: true, lead: "Safety and inspection", from: "01/06/2103" },
  { id: 1126, fore: "Tamsin", sur: "Okereke-Blyth", council: "Redcastle Metropolitan Borough Council", group: "Labour", lead: "Children's voice", from: "01/06/2104" },
  { id: 1109, fore: "Percival", sur: "Dunnett", council: "Fennimoor District Council", group: "Conservative", lead: "Renewal fund", from: "01/06/2103" },
  { id: 1131, fore: "Farah", sur: "Lockwood-Amis", council: "Sallowfield Borough Council", group: "Conservative", from: "01/06/2104" },
  { id: 1115, fore: "Matthias", sur: "Brereton-Kaye", council: "Eastholme City Council", group: "Labour", from: "01/06/2103" },
  { id: 1144, fore: "Yusuf", sur: "Pemberthy", council: "Kingsbarrow Metropolitan Borough Council", group: "Labour", from: "01/10/2104", notes: "Replaced Cllr H Gallimore (Kingsbarrow MBC nomination of 23/09/2104)" },
  { id: 1119, fore: "Hester", sur: "Gallimore", council: "Kingsbarrow Metropolitan Borough Council", group: "Labour", from: "01/06/2103", left: "30/09/2104", notes: "Stood down" },
  { id: 1123, fore: "Ciaran", sur: "Maybury", council: "Oakhampstead Borough Council", group: "Liberal Democrat", lead: "Data and standards", from: "01/06/2103" },
  { id: 1128, fore: "Beatrix", sur: "Holloway-Neeve", council: "Cressbrook County Council", group: "Conservative", from: "01/06/2104" },
  { id: 1134, fore: "Ezekiel", sur: "Farraday", council: "Lowther Vale District Council", group: "Green Party", from: "01/06/2104" },
  { id: 1137, fore: "Marguerite", sur: "Pask", council: "Wendham District Council", group: "Conservative", sub: true, from: "01/06/2104" },
  { id: 1138, fore: "Dominic", sur: "Achterberg", council: "Stavely Bridge Borough Council", group: "Labour", sub: true, from: "01/06/2104" },
  { id: 1140, fore: "Lowenna", sur: "Trevithick-Rowe", council: "Penwithen District Council", group: "Liberal Democrat", sub: true, from: "01/06/2104" },
];
export const cllr = (sur) => {
  const p = PEOPLE.find((x) => x.sur === sur);
  if (!p) throw new Error("no councillor " + sur);
  return `Cllr ${p.fore} ${p.sur}`;
};

// Health (weather) of the 12 measures at quarter 1 and quarter 2 2104/05. S = Sunny (☀), I = Sunny
// intervals (⛅), C = Cloudy (☁), T = Stormy (⛈), N = not yet due (–).
export const WEATHER = { S: "☀", I: "⛅", C: "☁", T: "⛈", N: "–" };
export const WEATHER_WORD = { S: "Sunny", I: "Sunny intervals", C: "Cloudy", T: "Stormy", N: "Not yet due" };
export const MEASURES = [
  { ws: "WS1", id: "PPM-01", title: "Council play areas inspected by an independent inspector in the last 12 months", lead: "Priyanka Sedgwick", target: "95%", a1: "91.8%", a2: "88.4%", h1: "I", h2: "C", comm: "Backlog in four councils after the Northvale Inspection Services contract ended in August 2104. A second supplier is being called off the national framework (risk PPR-02)." },
  { ws: "WS1", id: "PPM-02", title: "High-risk defects made safe within 24 hours of being reported", lead: "Priyanka Sedgwick", target: "100%", a1: "99.1%", a2: "97.2%", h1: "S", h2: "I", comm: "23 of the 826 high-risk defects reported in the quarter took longer than 24 hours to make safe, 19 of them in the four councils with an inspection backlog." },
  { ws: "WS1", id: "PPM-03", title: "Play areas closed for more than 28 days for safety reasons (at quarter end)", lead: "Priyanka Sedgwick", target: "No more than 40", a1: "46", a2: "57", h1: "C", h2: "T", comm: "Up from 46 at quarter 1. 31 of the 57 are waiting for replacement equipment. Recommendation (c) asks for a recovery plan." },
  { ws: "WS2", id: "PPM-04", title: "Play areas with at least one piece of inclusive equipment", lead: "Morwenna Trethowan", target: "60%", a1: "50.9%", a2: "52.5%", h1: "I", h2: "I", comm: "Rising by about 1.5 points a quarter. Round 2 of the Fund gives extra points to bids for inclusive equipment." },
  { ws: "WS2", id: "PPM-05", title: "Inclusive play design guide published", lead: "Morwenna Trethowan", target: "By December 2104", a1: "Drafting", a2: "Consultation closed 30 September 2104", h1: "S", h2: "S", comm: "Publication planned for 10 December 2104, subject to the Panel's agreement at item 6." },
  { ws: "WS2", id: "PPM-06", title: "Destination playgrounds with an accessible toilet on site or within 100 metres", lead: "Morwenna Trethowan", target: "75%", a1: "60.2%", a2: "61.0%", h1: "C", h2: "C", comm: "Toilets are not eligible for the Fund. 14 councils have asked for them to be eligible in round 2." },
  { ws: "WS3", id: "PPM-07", title: "Play Spaces Renewal Fund grants awarded", lead: "Kofi Ambrose-Lyle", target: "£2.4m", a1: "£1.52m", a2: "£1.86m", h1: "S", h2: "I", comm: "Three round 1 grants were handed back unspent. Round 2 (£540,000) opens on 5 January 2105." },
  { ws: "WS3", id: "PPM-08", title: "Fund-supported play areas reopened after renewal (cumulative)", lead: "Kofi Ambrose-Lyle", target: "30", a1: "5", a2: "9", h1: "I", h2: "T", comm: "Profile for quarter 2 was 15. Contractor shortages have delayed 14 schemes (risk PPR-03). Recommendation (b) re-profiles the target to 24." },
  { ws: "WS4", id: "PPM-09", title: "Councils publishing play area data to the open data standard", lead: "Tobias Wrenfield", target: "120", a1: "104", a2: "131", h1: "S", h2: "S", comm: "Target passed in September 2104." },
  { ws: "WS4", id: "PPM-10", title: "Play sufficiency assessments completed by councils", lead: "Tobias Wrenfield", target: "40", a1: "–", a2: "22", h1: "N", h2: "C", comm: "First counted at quarter 2. Councils report that the new template takes longer than expected (risk PPR-07)." },
  { ws: "WS5", id: "PPM-11", title: "Children and young people consulted on play area designs (cumulative)", lead: "Lorcan Ashbrook-Tiernan", target: "15,000", a1: "4,210", a2: "9,840", h1: "S", h2: "S", comm: "Ahead of the quarter 2 profile of 7,500." },
  { ws: "WS5", id: "PPM-12", title: "Young Inspectors trained (cumulative)", lead: "Lorcan Ashbrook-Tiernan", target: "400", a1: "236", a2: "412", h1: "I", h2: "S", comm: "Target passed after summer holiday courses in 18 councils." },
];

// Programme revenue budget 2104/05, £000
export const BUDGET = [
  { line: "WS1 Safety and inspection", budget: 520, spend: 241, forecast: 548 },
  { line: "WS2 Inclusive play", budget: 380, spend: 162, forecast: 372 },
  { line: "WS3 Renewal fund (revenue support)", budget: 210, spend: 88, forecast: 205 },
  { line: "WS4 Data and standards", budget: 260, spend: 131, forecast: 262 },
  { line: "WS5 Children's voice", budget: 190, spend: 74, forecast: 176 },
  { line: "Programme team", budget: 340, spend: 168, forecast: 340 },
];
export const FUND_TOTAL = 2400000, FUND_AWARDED = 1860000, ROUND2 = 540000;

// Risk register at 31 October 2104. Bands: Low 1–4, Medium 5–9, High 10–16, Very high 20–25.
export const band = (s) => (s >= 20 ? "Very high" : s >= 10 ? "High" : s >= 5 ? "Medium" : "Low");
export const RISKS = [
  { id: "PPR-01", title: "Child seriously injured on unsafe equipment in a council play area", cat: "Safety", owner: "priyanka", raised: "02/04/2103", reviewed: "24/10/2104", next: "23/01/2105", inh: [4, 5], cur: [2, 5], tgt: [1, 5], trend: "No change",
    cause: "Equipment defects not found or not made safe in time; inspection backlogs.", cons: "Serious injury to a child; claims against the council; loss of public confidence in play areas.",
    controls: [["Annual independent inspection of every council play area (measure PPM-01)", "Adequate"], ["Weekly visual checks by council staff", "Strong"], ["Defect reporting app with a 24-hour make-safe standard (measure PPM-02)", "Adequate"]],
    actions: [["PPR-01-A3", "Refresh the model inspection specification", "priyanka", "31/01/2105", "40%"]],
    history: [["24/10/2104", 10, "No change. Inspections on schedule outside the four backlog councils."], ["15/07/2104", 10, "No change."]] },
  { id: "PPR-02", title: "Independent inspection capacity falls short after a supplier leaves the market", cat: "Operational", owner: "priyanka", raised: "14/08/2104", reviewed: "24/10/2104", next: "28/11/2104", inh: [4, 4], cur: [4, 4], tgt: [2, 3], trend: "Rising",
    cause: "Northvale Inspection Services ended its contract with four councils in August 2104.", cons: "Play areas go more than 12 months without an independent inspection (measure PPM-01).",
    controls: [["Councils' own staff trained to carry out interim operational inspections", "Weak"], ["National framework of approved inspection suppliers", "Adequate"]],
    actions: [["PPR-02-A1", "Call off a second inspection supplier from the national framework for the four backlog councils", "priyanka", "28/11/2104", "60%"]],
    history: [["24/10/2104", 16, "Up from 9. Backlog of 212 inspections in four councils."], ["02/09/2104", 9, "First assessment after the risk was raised."]] },
  { id: "PPR-03", title: "Contractor shortages delay Fund-supported renewals", cat: "Delivery", owner: "kofi", raised: "18/06/2104", reviewed: "27/10/2104", next: "03/12/2104", inh: [4, 4], cur: [5, 4], tgt: [3, 3], trend: "Rising",
    cause: "Too few play equipment installers in three regions; long lead times for surfacing.", cons: "Renewed play areas reopen late (measure PPM-08); grants are handed back unspent.",
    controls: [["Grant agreements allow a six-month extension", "Adequate"], ["Monthly contractor pipeline returns from councils", "Weak"]],
    actions: [["PPR-03-A1", "Escalate to the Neighbourhoods and Open Spaces Board (meeting of 3 December 2104)", "lorcan", "03/12/2104", "0%"], ["PPR-03-A2", "Regional contractor events with equipment suppliers", "kofi", "20/02/2105", "25%"]],
    history: [["27/10/2104", 20, "Up from 12. 14 schemes delayed; the score now exceeds the Panel's tolerance of 16."], ["15/07/2104", 12, "No change."]] },
  { id: "PPR-04", title: "Equipment price inflation exceeds the Fund's cost assumptions", cat: "Financial", owner: "delyth", raised: "18/06/2104", reviewed: "21/10/2104", next: "20/01/2105", inh: [4, 3], cur: [3, 3], tgt: [2, 3], trend: "No change",
    cause: "Steel and rubber crumb prices rose by 11 per cent in 2103/04.", cons: "Fewer play areas renewed for the same grant.",
    controls: [["10 per cent contingency required in every bid", "Strong"]],
    actions: [["PPR-04-A1", "Review the cost assumptions before round 2 opens", "delyth", "15/12/2104", "50%"]],
    history: [["21/10/2104", 9, "No change."], ["15/07/2104", 9, "No change."]] },
  { id: "PPR-05", title: "Councils cannot find 30 per cent match funding for round 2 bids", cat: "Financial", owner: "kofi", raised: "18/06/2104", reviewed: "27/10/2104", next: "20/01/2105", inh: [3, 3], cur: [2, 3], tgt: [2, 2], trend: "Falling",
    cause: "Pressure on councils' capital programmes.", cons: "Round 2 undersubscribed; money returned.",
    controls: [["Match funding may include the value of council staff time", "Adequate"]],
    actions: [["PPR-05-A1", "Publish worked examples of match funding in the round 2 prospectus", "kofi", "05/01/2105", "30%"]],
    history: [["27/10/2104", 6, "Down from 9 after the rule on staff time was agreed."], ["15/07/2104", 9, "No change."]] },
  { id: "PPR-06", title: "Renewed play areas damaged by vandalism or arson", cat: "Operational", owner: "lorcan", raised: "02/04/2103", reviewed: "22/10/2104", next: "21/01/2105", inh: [3, 4], cur: [3, 3], tgt: [2, 3], trend: "No change",
    cause: "Anti-social behaviour at unsupervised sites.", cons: "Equipment out of use; repair costs fall on councils.",
    controls: [["Design guidance on natural surveillance and fire-resistant surfacing", "Adequate"]],
    actions: [["PPR-06-A1", "Share councils' CCTV and lighting case studies", "lorcan", "31/03/2105", "10%"]],
    history: [["22/10/2104", 9, "No change."], ["15/07/2104", 9, "No change."]] },
  { id: "PPR-07", title: "Councils do not adopt the play sufficiency assessment template", cat: "Delivery", owner: "morwenna", raised: "18/06/2104", reviewed: "23/10/2104", next: "22/01/2105", inh: [3, 3], cur: [3, 3], tgt: [2, 2], trend: "No change",
    cause: "The template takes longer to complete than councils expected.", cons: "Too few assessments completed (measure PPM-10).",
    controls: [["Fortnightly drop-in sessions for council officers", "Adequate"]],
    actions: [["PPR-07-A1", "Publish a shortened template for district councils", "morwenna", "28/02/2105", "20%"]],
    history: [["23/10/2104", 9, "No change."], ["15/07/2104", 9, "No change."]] },
  { id: "PPR-08", title: "Councils stop publishing play area data to the open data standard", cat: "Data", owner: "tobias", raised: "02/04/2103", reviewed: "20/10/2104", next: "19/01/2105", inh: [3, 3], cur: [1, 3], tgt: [1, 3], trend: "Falling",
    cause: "Publishing is voluntary and takes staff time.", cons: "National picture of play provision incomplete.",
    controls: [["Free publishing tool hosted by the LGA", "Strong"]],
    actions: [],
    history: [["20/10/2104", 3, "Down from 6: 131 councils now publish (measure PPM-09)."], ["15/07/2104", 6, "No change."]] },
  { id: "PPR-09", title: "Insurance premiums for council play areas rise after claims", cat: "Financial", owner: "delyth", raised: "08/10/2104", reviewed: "08/10/2104", next: "14/01/2105", inh: [3, 4], cur: [3, 4], tgt: [2, 4], trend: "New",
    cause: "Two large injury claims settled in 2104; insurers reviewing play area cover.", cons: "Councils close or remove equipment to limit their exposure.",
    controls: [["Joint approach to insurers through the LGA's mutual", "Weak"]],
    actions: [["PPR-09-A1", "Survey councils on premium changes at renewal", "delyth", "27/02/2105", "0%"]],
    history: [["08/10/2104", 12, "New risk, added as the Panel asked on 17 September 2104 (action PPA-23)."]] },
];
export const score = ([l, i]) => l * i;

// Actions from 17 September 2104 (the notes' action log) and from 12 November 2104 (action items)
export const SEPT_ACTIONS = [
  { ref: "PPA-21", text: "Arrange an induction for Cllr Yusuf Pemberthy", owner: "Saoirse Dunleavy", status: "Done", update: "Induction held on 8 October 2104." },
  { ref: "PPA-22", text: "Close the consultation on the inclusive play design guide and summarise the responses", owner: "Morwenna Trethowan", status: "Done", update: "Closed on 30 September 2104; 212 responses (item 6)." },
  { ref: "PPA-23", text: "Add a risk on play area insurance premiums to the programme risk register", owner: "Delyth Haverford", status: "Done", update: "Added as PPR-09 on 8 October 2104." },
  { ref: "PPA-24", text: "Write to the Minister on a national standard for play area inspections", owner: "Lorcan Ashbrook-Tiernan", status: "In progress", update: "Draft letter with the Chair." },
  { ref: "PPA-25", text: "Propose extra round 2 points for bids for inclusive equipment", owner: "Kofi Ambrose-Lyle", status: "Done", update: "In the round 2 prospectus (10 points out of 100)." },
  { ref: "PPA-26", text: "Consult councils on version 2 of the open data standard", owner: "Tobias Wrenfield", status: "Deferred", update: "Moved to the March 2105 meeting with the Chair's agreement." },
];
export const NOV_ACTIONS = [
  { ref: "PPA-27", text: "Prepare a recovery plan for PPM-03 (play areas closed for safety reasons) for the March meeting", owner: "Priyanka Sedgwick", due: "Mar 11, 2105", done: false },
  { ref: "PPA-28", text: "Report to the Chair on the call-off of a second inspection supplier (PPR-02)", owner: "Priyanka Sedgwick", due: "Nov 28, 2104", done: false },
  { ref: "PPA-29", text: "Send the escalation note on PPR-03 to the Neighbourhoods and Open Spaces Board", owner: "Lorcan Ashbrook-Tiernan", due: "Nov 26, 2104", done: false },
  { ref: "PPA-30", text: "Show the PPM-08 target as 26 in the quarter 3 report", owner: "Tobias Wrenfield", due: "Mar 11, 2105", done: false },
  { ref: "PPA-31", text: "Add a section on sensory play to the inclusive play design guide and publish it", owner: "Morwenna Trethowan", due: "Dec 10, 2104", done: false },
  { ref: "PPA-32", text: "Circulate the Fields for Play Trust's slides to members", owner: "Saoirse Dunleavy", due: "Nov 14, 2104", done: true },
];

// Teams attendance report, meeting of 12 November 2104 (times as the report writes them, US order)
export const TEAMS_DAY = "11/12/2104";
export const TEAMS = [
  { name: "Saoirse Dunleavy", email: "saoirse.dunleavy@local.gov.uk", role: "Organizer", s: [["10:21:37", "12:47:09"]] },
  { name: "LGA 18SS Room 3.1", email: "room3.1@local.gov.uk", role: "Attendee", s: [["10:24:02", "12:46:55"]] },
  { name: "Fernihough, Obadiah (Councillor)", email: "obadiah.fernihough@ashenbury.gov.uk", role: "Attendee", s: [["10:27:15", "11:52:10"], ["11:55:48", "12:46:40"]] },
  { name: "Cllr Marguerite Pask", email: "marguerite.pask@wendham.gov.uk", role: "Attendee", s: [["10:29:51", "12:44:02"]] },
  { name: "Tobias Wrenfield", email: "tobias.wrenfield@local.gov.uk", role: "Presenter", s: [["10:30:05", "11:28:44"]] },
  { name: "+44 20 7946 0***", email: "", role: "Attendee", s: [["10:31:40", "12:40:18"]] },
  { name: "Delyth Haverford", email: "delyth.haverford@local.gov.uk", role: "Attendee", s: [["10:58:12", "11:46:30"]] },
  { name: "Okereke-Blyth, Tamsin (Councillor)", email: "tamsin.okereke-blyth@redcastle.gov.uk", role: "Attendee", s: [["11:05:20", "12:46:31"]] },
  { name: "Dr Imogen Vasquez-Hollis (Guest)", email: "", role: "Presenter", s: [["11:47:33", "12:21:06"]] },
];
const secs = (t) => { const [h, m, s] = t.split(":").map(Number); return h * 3600 + m * 60 + s; };
export const dur = (n) => {
  const h = Math.floor(n / 3600), m = Math.floor((n % 3600) / 60), s = n % 60;
  return h ? `${h}h ${m}m ${s}s` : m ? `${m}m ${s}s` : `${s}s`;
};
export const ampm = (t) => {
  const [h, m, s] = t.split(":").map(Number);
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `${hh}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
};
export const teamsTotal = (p) => p.s.reduce((a, [x, y]) => a + secs(y) - secs(x), 0);
export const TEAMS_START = "10:21:37", TEAMS_END = "12:47:09";
export const teamsSpan = () => secs(TEAMS_END) - secs(TEAMS_START);
export const teamsAverage = () => Math.round(TEAMS.reduce((a, p) => a + teamsTotal(p), 0) / TEAMS.length);

export const money = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ arithmetic checks
{
  const cur = PEOPLE.filter((p) => !p.sub && !p.left);
  if (cur.length !== 12) throw new Error("members " + cur.length);
  if (PEOPLE.filter((p) => p.chair).length !== 1 || PEOPLE.filter((p) => p.vice).length !== 1 || PEOPLE.filter((p) => p.deputy).length !== 2) throw new Error("office holders");
  for (const w of WORKSTREAMS) if (!PEOPLE.some((p) => p.lead === w.name && w.member === `Cllr ${p.fore} ${p.sur}`)) throw new Error("lead member " + w.id);
  const n = (k, c) => MEASURES.filter((m) => m[k] === c).length;
  if (n("h2", "S") !== 4 || n("h2", "I") !== 3 || n("h2", "C") !== 3 || n("h2", "T") !== 2) throw new Error("q2 health counts");
  if (n("h1", "S") !== 5 || n("h1", "I") !== 4 || n("h1", "C") !== 2 || n("h1", "N") !== 1) throw new Error("q1 health counts");
  const rank = { S: 0, I: 1, C: 2, T: 3 };
  const worse = MEASURES.filter((m) => m.h1 !== "N" && rank[m.h2] > rank[m.h1]).map((m) => m.id);
  const better = MEASURES.filter((m) => m.h1 !== "N" && rank[m.h2] < rank[m.h1]).map((m) => m.id);
  if (worse.join() !== "PPM-01,PPM-02,PPM-03,PPM-07,PPM-08" || better.join() !== "PPM-12") throw new Error("worse/better " + worse + " / " + better);
  const sum = (k) => BUDGET.reduce((a, b) => a + b[k], 0);
  if (sum("budget") !== 1900 || sum("spend") !== 864 || sum("forecast") !== 1903) throw new Error("budget totals");
  if (FUND_TOTAL - FUND_AWARDED !== ROUND2) throw new Error("fund");
  if (Math.round((803 / 826) * 1000) / 10 !== 97.2) throw new Error("PPM-02");
  const sc = (r) => score(r.cur);
  const nb = (b) => RISKS.filter((r) => band(sc(r)) === b).map((r) => r.id).join();
  if (nb("Very high") !== "PPR-03" || nb("High") !== "PPR-01,PPR-02,PPR-09" || nb("Medium") !== "PPR-04,PPR-05,PPR-06,PPR-07" || nb("Low") !== "PPR-08") throw new Error("risk bands");
  for (const r of RISKS) {
    if (r.history[0][1] !== sc(r)) throw new Error("history " + r.id);
    if (score(r.tgt) > sc(r)) throw new Error("target " + r.id);
    const prev = r.history[1]?.[1];
    const t = prev == null ? "New" : prev < sc(r) ? "Rising" : prev > sc(r) ? "Falling" : "No change";
    if (t !== r.trend) throw new Error("trend " + r.id + " " + t);
  }
  if (dur(teamsSpan()) !== "2h 25m 32s") throw new Error("span " + dur(teamsSpan()));
  if (dur(teamsTotal(TEAMS[2])) !== "2h 15m 47s") throw new Error("Fernihough " + dur(teamsTotal(TEAMS[2])));
}
