// Shared content for set CF: one body (the Loneliness and Social Connection Task Group, a member task
// group of the invented Communities and Wellbeing Board), its people, meetings, measures, risks, budget,
// actions and Social Connection Grants Fund awards in the municipal year 2691/92. Every builder reads
// from here so that the five papers agree with each other; the arithmetic (rating counts by quarter,
// budget totals, risk scores and bands, award totals and what is carried forward) is checked below when
// this module loads.
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

export const BODY = "Loneliness and Social Connection Task Group";
export const SHORT = "LSCTG";
export const BOARD = "Communities and Wellbeing Board";
export const PROGRAMME = "Connected Communities Programme";
export const FUND = "Social Connection Grants Fund";

export const DOCS = {
  perf: "lsctg-item-4-appendix-a-q3-performance-2691-92.pdf",
  risks: "lsctg-risk-register-export-2692-01-08.csv",
  wiki: "lsctg-team-wiki-2692-01-12.html",
  paper: "lsctg-item-5-round-2-awards-2692-01-21.docx",
  agenda: "lsctg-agenda-2692-01-21.rtf",
};

// ------------------------------------------------------------------ people
// members 2691/92: key, name, council, group, position
export const MEMBERS = [
  { k: "oyelaran", name: "Marguerite Oyelaran-Betts", council: "Ashcombe City Council", group: "Labour", pos: "Chair" },
  { k: "fennimore", name: "Tobias Fennimore-Quayle", council: "Little Hessing District Council", group: "Conservative", pos: "Vice-Chair" },
  { k: "mbeki", name: "Saoirse Mbeki-Lindqvist", council: "Wexmoor County Council", group: "Liberal Democrat", pos: "Deputy Chair; lead member for research and evidence" },
  { k: "okafor", name: "Barnaby Okafor-Pryce", council: "Stallbridge Borough Council", group: "Conservative", pos: "Lead member for older people" },
  { k: "delacroix", name: "Ffion Delacroix-Hughes", council: "Carreg Ddu County Borough Council", group: "Plaid Cymru", pos: "Member" },
  { k: "ravenscroft", name: "Hamish Ravenscroft-Ode", council: "Tollesbury Marsh District Council", group: "Independent", pos: "Lead member for rural communities" },
  { k: "charlesworth", name: "Yasmin Charlesworth-Adjei", council: "Kettlebridge Metropolitan Borough Council", group: "Labour", pos: "Lead member for young people" },
  { k: "vasquez", name: "Peregrine Vasquez-Holt", council: "Orrington County Council", group: "Conservative", pos: "Lead member for data and partnerships" },
  { k: "thorsby", name: "Nadia Thorsby-Kamau", council: "Millbeck City Council", group: "Green", pos: "Lead member for digital inclusion" },
  { k: "aukett", name: "Desmond Aukett-Rowe", council: "Penhallow Council", group: "Labour", pos: "Member" },
  { k: "strand", name: "Imelda Strand-Okwu", council: "Sedgecombe Borough Council", group: "Liberal Democrat", pos: "Lead member for volunteering and workforce" },
  { k: "ilesanmi", name: "Rupert Ilesanmi-Cole", council: "Farthingdale District Council", group: "Conservative", pos: "Member" },
];
export const SUBS = [
  { k: "pask", name: "Gwendolyn Pask-Adebayo", council: "Ashcombe City Council", group: "Labour" },
  { k: "marchetti", name: "Leopold Marchetti-Ward", council: "Orrington County Council", group: "Conservative" },
  { k: "orrell", name: "Tamsin Orrell-Nkemelu", council: "Wexmoor County Council", group: "Liberal Democrat" },
];
export const P = Object.fromEntries([...MEMBERS, ...SUBS].map((m) => [m.k, m]));
export const cllr = (k) => `Cllr ${P[k].name}`;

export const OFFICERS = {
  cosima: { name: "Cosima Fairweather-Nnadi", title: "Programme Manager, Connected Communities", phone: "020 7946 0851", email: "cosima.fairweather-nnadi@local.gov.uk" },
  ambrose: { name: "Ambrose Kettleborough", title: "Member Services Officer", phone: "020 7946 0863", email: "ambrose.kettleborough@local.gov.uk" },
  priyanka: { name: "Priyanka Ollerenshaw-Dube", title: "Senior Grants Adviser", phone: "020 7946 0877", email: "priyanka.ollerenshaw-dube@local.gov.uk" },
  ngozi: { name: "Ngozi Achterberg", title: "Performance and Risk Analyst", phone: "020 7946 0882", email: "ngozi.achterberg@local.gov.uk" },
  lorcan: { name: "Lorcan Tyrwhitt-Mensah", title: "Senior Policy Adviser", phone: "020 7946 0839", email: "lorcan.tyrwhitt-mensah@local.gov.uk" },
  ingrid: { name: "Ingrid Salcombe-Oduya", title: "Finance Business Partner", phone: "020 7946 0894", email: "ingrid.salcombe-oduya@local.gov.uk" },
};
export const GUEST = { name: "Professor Aurelio Banerjee-Stott", title: "Professor of Social Psychology, University of Wexmoor" };

// ------------------------------------------------------------------ meetings 2691/92 (all Thursdays)
export const MEETINGS = ["18 June 2691", "17 September 2691", "19 November 2691", "21 January 2692", "17 March 2692", "16 June 2692"];

// ------------------------------------------------------------------ measures, quarter 3 2691/92
// comment: the whole commentary as typed into the performance system; the Jasper report's fixed-height
// field prints only what fits in four lines (see build-perf-jasper-pdf.mjs)
// ratings: R Red, A Amber, G Green, B Blue (target achieved), N/D no data due; rank: worse is lower
export const RATING = { R: { word: "Red", rank: 0 }, A: { word: "Amber", rank: 1 }, G: { word: "Green", rank: 2 }, B: { word: "Blue", rank: 3 }, "N/D": { word: "no data due", rank: null } };
export const THEMES = ["Theme 1: Reaching people", "Theme 2: Community infrastructure", "Theme 3: Workforce and partners"];
export const MEASURES = [
  { ref: "CCM-01", theme: 0, name: "People supported by community connectors (cumulative)", lead: "okafor", target: "12,000", q2: "5,210", r2: "G", q3: "7,940", r3: "A",
    comment: "Referrals from GP practices slowed in November when two connector posts in Stallbridge and Farthingdale fell vacant. Both posts are now filled and the December figure (1,020) is the highest month so far, but the profile assumed 1,400 a month from October and the year-end target now looks out of reach unless referrals from hospitals start in February as planned." },
  { ref: "CCM-02", theme: 0, name: "People reporting that they feel lonely often or always (residents' survey)", lead: "mbeki", target: "18% or lower", q2: "23%", r2: "A", q3: "26%", r3: "R",
    comment: "The autumn wave of the residents' survey (2,140 respondents) rose to 26% from 23% in the summer wave. The rise is concentrated among people aged 16 to 24 and among private renters, and the national comparator rose by two points over the same period. Officers propose to add a second outcome measure for the programme itself." },
  { ref: "CCM-03", theme: 0, name: "Older people reached by befriending calls (cumulative)", lead: "okafor", target: "4,500", q2: "2,480", r2: "G", q3: "3,710", r3: "G",
    comment: "On track. Calls in the Welsh-language line began in October. Volunteer numbers fell by 38 over December (see risk CCP-R09) and are being watched." },
  { ref: "CCM-04", theme: 0, name: "Young people aged 16 to 25 taking part in peer support groups (cumulative)", lead: "charlesworth", target: "1,800", q2: "610", r2: "A", q3: "790", r3: "R",
    comment: "Only 180 new members joined in the quarter against a profile of 450. Groups run in colleges lost their rooms over the exam period and two university groups did not restart after the summer. A deep dive is item 6 on the agenda for this meeting." },
  { ref: "CCM-05", theme: 1, name: "Warm and welcoming spaces open at least 20 hours a week", lead: "fennimore", target: "350", q2: "312", r2: "G", q3: "358", r3: "B",
    comment: "Target achieved in November. 358 spaces were open on 31 December 2691, 41 of them in libraries." },
  { ref: "CCM-06", theme: 1, name: "Councils with a published social connection plan", lead: "oyelaran", target: "100%", q2: "71%", r2: "A", q3: "84%", r3: "G",
    comment: "Twelve more councils published plans in the quarter. The remaining councils have committed to publish by March 2692." },
  { ref: "CCM-07", theme: 1, name: "Digital inclusion sessions delivered (cumulative)", lead: "thorsby", target: "2,400", q2: "1,020", r2: "G", q3: "1,690", r3: "G",
    comment: "On track. Library-based digital buddies sessions now run in 19 councils." },
  { ref: "CCM-08", theme: 2, name: "Volunteers trained in social prescribing awareness (cumulative)", lead: "strand", target: "3,000", q2: "1,150", r2: "A", q3: "2,260", r3: "G",
    comment: "The online course launched in October brought 640 completions in its first month." },
  { ref: "CCM-09", theme: 2, name: "Rural transport pilots running", lead: "ravenscroft", target: "12", q2: "9", r2: "A", q3: "8", r3: "R",
    comment: "The Orrington pilot closed on 18 December 2691, as agreed by the Task Group on 19 November 2691, because passenger numbers stayed below 30 a week. Three planned pilots are waiting for the outcome of the Task Group's letter to the Department for Rural Communities before they start recruiting drivers." },
  { ref: "CCM-10", theme: 2, name: "Partner organisations signed up to the data-sharing charter", lead: "vasquez", target: "60", q2: "–", r2: "N/D", q3: "22", r3: "A",
    comment: "First quarter reported. The charter was issued to partners in November; legal review of the final text has delayed sign-up by several weeks, and 14 partners have said they will sign once the final text is circulated, which would bring the total to 36 by March." },
];
export const countBy = (key) => {
  const c = {};
  for (const m of MEASURES) c[m[key]] = (c[m[key]] ?? 0) + 1;
  return c;
};
export const dirOf = (m) => (RATING[m.r2].rank === null ? "–" : RATING[m.r3].rank > RATING[m.r2].rank ? "↑" : RATING[m.r3].rank < RATING[m.r2].rank ? "↓" : "→");
export const WORSE = MEASURES.filter((m) => dirOf(m) === "↓").map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => dirOf(m) === "↑").map((m) => m.ref);

// ------------------------------------------------------------------ programme budget 2691/92 (£)
export const BUDGET = [
  { line: "Community connectors", budget: 1240000, actual: 862400, forecast: 1225000 },
  { line: "Befriending and peer support", budget: 610000, actual: 471900, forecast: 648000 },
  { line: "Warm and welcoming spaces", budget: 455000, actual: 401250, forecast: 455000 },
  { line: "Digital inclusion", budget: 330000, actual: 188600, forecast: 296000 },
  { line: "Rural transport pilots", budget: 280000, actual: 151300, forecast: 262000 },
  { line: "Programme management and evaluation", budget: 285000, actual: 207550, forecast: 284000 },
];
export const n0 = (n) => n.toLocaleString("en-GB");
export const varStr = (v) => (v < 0 ? `(${n0(-v)})` : v === 0 ? "0" : n0(v));
export const TOTAL = BUDGET.reduce((t, b) => ({ budget: t.budget + b.budget, actual: t.actual + b.actual, forecast: t.forecast + b.forecast }), { budget: 0, actual: 0, forecast: 0 });

// ------------------------------------------------------------------ risk register at 8 January 2692
// bands: 1–4 Low, 5–9 Medium, 10–14 High, 15–25 Very High
export const band = (s) => (s <= 4 ? "Low" : s <= 9 ? "Medium" : s <= 14 ? "High" : "Very High");
export const RISKS = [
  { ref: "CCP-R01", title: "Community connector posts cannot be filled", desc: "Councils in rural areas cannot recruit or keep community connectors, so referrals are not followed up.", cat: "People", owner: "cosima", mgr: "ngozi",
    inh: [4, 4], cur: [3, 4], tgt: [2, 3], dir: "Stable", reviewed: "05/01/2692", status: "Open",
    ctl: [["Existing control", "R01-C1", "Shared recruitment campaign and pooled job descriptions for connector posts", "cosima", "", "In place"],
      ["Further action", "R01-A1", "Agree a relief pool of connectors that councils can call on during vacancies", "cosima", "31/03/2692", "In Progress"]] },
  { ref: "CCP-R02", title: "Loneliness measure moves for reasons outside the programme", desc: "The survey measure (CCM-02) worsens because of the cost of living and housing pressures, whatever the programme does, and confidence in the programme falls.", cat: "Reputation", owner: "lorcan", mgr: "ngozi",
    inh: [4, 3], cur: [4, 4], tgt: [3, 3], dir: "Deteriorating", reviewed: "06/01/2692", status: "Open",
    ctl: [["Existing control", "R02-C1", "Survey results reported with the national comparator and confidence intervals", "ngozi", "", "In place"],
      ["Further action", "R02-A1", "Commission analysis of the autumn survey by age and tenure", "lorcan", "12/02/2692", "In Progress"],
      ["Further action", "R02-A2", "Propose a second, programme-level outcome measure to the Task Group", "lorcan", "17/03/2692", "Not Started"]] },
  { ref: "CCP-R03", title: "Warm spaces close when winter funding ends", desc: "Warm and welcoming spaces close after March 2692 when councils' winter funding ends.\nMost are run by volunteers in community buildings.", cat: "Financial", owner: "cosima", mgr: "ingrid",
    inh: [4, 3], cur: [4, 3], tgt: [2, 3], dir: "Stable", reviewed: "05/01/2692", status: "Open",
    ctl: [["Further action", "R03-A1", "Survey warm spaces on their plans after March 2692", "ngozi", "29/01/2692", "In Progress"]] },
  { ref: "CCP-R04", title: "Grants Fund underspends", desc: "Councils cannot find match funding, so Social Connection Grants Fund money is not committed by March 2693.", cat: "Financial", owner: "priyanka", mgr: "ingrid",
    inh: [3, 3], cur: [2, 3], tgt: [2, 2], dir: "Improving", reviewed: "04/01/2692", status: "Open",
    ctl: [["Existing control", "R04-C1", "Match funding reduced to 10% for round 2", "priyanka", "", "In place"],
      ["Further action", "R04-A1", "Carry any round 2 balance forward to round 3", "priyanka", "21/01/2692", "In Progress"]] },
  { ref: "CCP-R05", title: "Personal data shared without a lawful basis", desc: "Partners share personal data about people referred to connectors without a lawful basis or a signed charter.", cat: "Legal", owner: "ngozi", mgr: "lorcan",
    inh: [3, 5], cur: [2, 5], tgt: [1, 5], dir: "Stable", reviewed: "07/01/2692", status: "Open",
    ctl: [["Existing control", "R05-C1", "Data-sharing charter and privacy notice issued to partners", "ngozi", "", "In place"],
      ["Further action", "R05-A1", "Complete the legal review of the charter", "lorcan", "05/02/2692", "Overdue"]] },
  { ref: "CCP-R06", title: "Rural transport pilots stop when government funding ends", desc: "The Rural Mobility Fund grant ends on 31 March 2692 and pilots stop without a successor.", cat: "Financial", owner: "lorcan", mgr: "cosima",
    inh: [3, 4], cur: [4, 4], tgt: [2, 4], dir: "Deteriorating", reviewed: "06/01/2692", status: "Open",
    ctl: [["Further action", "R06-A1", "Letter to the Department for Rural Communities asking for funding after March 2692", "lorcan", "18/12/2691", "Complete"],
      ["Further action", "R06-A2", "Model the cost of keeping the eight remaining pilots to March 2693", "ingrid", "11/02/2692", "Not Started"]] },
  { ref: "CCP-R07", title: "Safeguarding incident involving a volunteer", desc: "A person at risk is harmed by, or discloses abuse to, a volunteer befriender who does not follow the safeguarding procedure.", cat: "Safeguarding", owner: "cosima", mgr: "ngozi",
    inh: [3, 5], cur: [2, 5], tgt: [2, 4], dir: "Stable", reviewed: "05/01/2692", status: "Open",
    ctl: [["Existing control", "R07-C1", "DBS checks and safeguarding training for every befriender", "cosima", "", "In place"]] },
  { ref: "CCP-R08", title: "Loaned digital devices lost or not returned", desc: "Tablets lent through digital inclusion sessions are lost or not returned.", cat: "Operational", owner: "ingrid", mgr: "ngozi",
    inh: [3, 2], cur: [1, 2], tgt: [1, 2], dir: "Improving", reviewed: "30/11/2691", status: "Closed",
    ctl: [["Existing control", "R08-C1", "Device loan agreements and asset tags", "ingrid", "", "In place"]] },
  { ref: "CCP-R09", title: "Volunteer burnout over winter", desc: "Befriending and warm space volunteers leave over the winter because of workload, reducing befriending capacity. Added 02/12/2691 at the Task Group's request.", cat: "People", owner: "cosima", mgr: "ngozi",
    inh: [4, 4], cur: [3, 5], tgt: [2, 3], dir: "New", reviewed: "07/01/2692", status: "Open",
    ctl: [["Further action", "R09-A1", "Volunteer wellbeing check-ins through the councils' volunteer centres", "cosima", "26/02/2692", "In Progress"],
      ["Further action", "R09-A2", "Recruitment drive for befriending volunteers in January", "ambrose", "31/01/2692", "Not Started"]] },
];
for (const r of RISKS) for (const k of ["inh", "cur", "tgt"]) { const s = r[k][0] * r[k][1]; r[k + "Score"] = s; r[k + "Rating"] = `${s} - ${band(s)}`; }
export const VERYHIGH = RISKS.filter((r) => r.status === "Open" && band(r.curScore) === "Very High").map((r) => r.ref);

// ------------------------------------------------------------------ actions from 19 November 2691
export const ACTIONS = [
  { ref: "LSA-31", min: "5", action: "Circulate Professor Banerjee-Stott's slides and the research summary to members", owner: "ambrose", due: "26/11/2691", status: "Done", update: "Circulated 24 November 2691." },
  { ref: "LSA-32", min: "4", action: "Prepare a deep dive on young people's peer support (CCM-04) for the January meeting", owner: "lorcan", due: "07/01/2692", status: "Done", update: "Item 6 on the agenda for 21 January 2692." },
  { ref: "LSA-33", min: "7", action: "Write to the Department for Rural Communities about funding for rural transport pilots after March 2692", owner: "lorcan", due: "18/12/2691", status: "Done", update: "Letter sent 15 December 2691 by the Chair; reply awaited." },
  { ref: "LSA-34", min: "4", action: "Add a risk on volunteer burnout to the programme risk register", owner: "ngozi", due: "03/12/2691", status: "Done", update: "Added as CCP-R09 on 2 December 2691." },
  { ref: "LSA-35", min: "7", action: "Close the Orrington rural transport pilot and report the lessons learned", owner: "cosima", due: "17/03/2692", status: "In progress", update: "Pilot closed 18 December 2691; lessons report to the March meeting." },
  { ref: "LSA-36", min: "6", action: "Publish the round 2 scoring guidance for bidders", owner: "priyanka", due: "24/11/2691", status: "Done", update: "Published 23 November 2691." },
  { ref: "LSA-37", min: "8", action: "Arrange a members' visit to a warm space in Kettlebridge", owner: "ambrose", due: "26/02/2692", status: "Not started", update: "Dates being sought from Kettlebridge MBC." },
  { ref: "LSA-38", min: "4", action: "Circulate the final data-sharing charter to partner organisations", owner: "lorcan", due: "08/01/2692", status: "Overdue", update: "Legal review not finished. New date 05/02/2692." },
];
export const OPEN = ACTIONS.filter((a) => a.status !== "Done").map((a) => a.ref);

// ------------------------------------------------------------------ Social Connection Grants Fund
export const FUND_TOTAL = 2400000, ROUND1 = 1050000, ROUND1_COUNCILS = 11;
export const ROUND2 = { pot: 800000, bids: 27, asked: 2190000, max: 120000, closed: "10 December 2691", threshold: 65 };
export const AWARDS = [
  { ref: "SC2-02", council: "Ashcombe City Council", project: "Men's sheds network expansion", score: 88, amount: 112000 },
  { ref: "SC2-05", council: "Carreg Ddu County Borough Council", project: "Welsh-language befriending line", score: 84, amount: 96500 },
  { ref: "SC2-08", council: "Kettlebridge Metropolitan Borough Council", project: "Student and care leaver peer groups", score: 81, amount: 118000 },
  { ref: "SC2-11", council: "Tollesbury Marsh District Council", project: "Village hall community transport", score: 79, amount: 87250, requested: 110000 },
  { ref: "SC2-13", council: "Millbeck City Council", project: "Digital buddies in libraries", score: 77, amount: 64000 },
  { ref: "SC2-17", council: "Penhallow Council", project: "Hospital discharge connector service", score: 74, amount: 120000 },
  { ref: "SC2-21", council: "Sedgecombe Borough Council", project: "Intergenerational allotment clubs", score: 71, amount: 58750 },
  { ref: "SC2-24", council: "Wexmoor County Council", project: "Carers' cafés in market towns", score: 68, amount: 91500 },
];
export const RESERVE = [
  { ref: "SC2-09", council: "Stallbridge Borough Council", project: "Sensory gardens for people with dementia", score: 64, amount: 71000 },
  { ref: "SC2-19", council: "Farthingdale District Council", project: "Rural lunch clubs", score: 62, amount: 45000 },
];
export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const RECOMMENDED = AWARDS.reduce((t, a) => t + a.amount, 0);
export const CARRY = ROUND2.pot - RECOMMENDED;
export const ROUND3 = FUND_TOTAL - ROUND1 - ROUND2.pot + CARRY;

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const c2 = countBy("r2"), c3 = countBy("r3");
if (MEASURES.length !== 10) fail("10 measures");
if (c3.R !== 3 || c3.A !== 2 || c3.G !== 4 || c3.B !== 1) fail("Q3 counts " + JSON.stringify(c3));
if (c2.G !== 4 || c2.A !== 5 || c2["N/D"] !== 1 || c2.R) fail("Q2 counts " + JSON.stringify(c2));
if (WORSE.join() !== "CCM-01,CCM-02,CCM-04,CCM-09") fail("worse " + WORSE);
if (BETTER.join() !== "CCM-05,CCM-06,CCM-08") fail("better " + BETTER);
if (TOTAL.budget !== 3200000 || TOTAL.actual !== 2283000 || TOTAL.forecast !== 3170000) fail("budget totals " + JSON.stringify(TOTAL));
if (VERYHIGH.join() !== "CCP-R02,CCP-R06,CCP-R09") fail("very high " + VERYHIGH);
if (RISKS.filter((r) => r.dir === "Deteriorating").map((r) => r.ref).join() !== "CCP-R02,CCP-R06") fail("deteriorating");
if (OPEN.join() !== "LSA-35,LSA-37,LSA-38") fail("open actions " + OPEN);
if (RECOMMENDED !== 748000 || CARRY !== 52000 || ROUND3 !== 602000) fail(`awards ${RECOMMENDED} ${CARRY} ${ROUND3}`);
for (const a of AWARDS) if (a.amount > ROUND2.max || a.score < ROUND2.threshold) fail("award " + a.ref);
for (const a of RESERVE) if (a.score >= ROUND2.threshold) fail("reserve " + a.ref);
if (MEMBERS.length !== 12) fail("12 members");
