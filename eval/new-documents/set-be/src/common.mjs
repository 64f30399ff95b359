// Shared content for set BE: one body (the Cosmetic Procedures and Body Art Task Group, a joint member
// task group of the invented Marchbourne Health and Wellbeing Board, hosted by the invented Marchbourne
// County Council), its people, its first year of special treatments licensing (1 July 2183 to 30 June
// 2184), the Safer Skin Programme's delivery plan, risks and budget 2184/85, the Safer Skin Summit of
// Thursday 21 October 2184, the FOI request about the scheme (4 October to 26 November 2184), the
// council's spend over £500 for July to September 2184 and Operation Tidemark (11 October to 26
// November 2184), reported to the meeting of Wednesday 8 December 2184. Every builder reads from here so
// that the five documents agree with each other; the arithmetic and the weekdays are checked when this
// module loads.
// Synthetic test fixtures: every person, council, business, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Cosmetic Procedures and Body Art Task Group";
export const SHORT = "CPBATG";
export const BOARD = "Marchbourne Health and Wellbeing Board";
export const HOST = "Marchbourne County Council";
export const PROGRAMME = "Safer Skin Programme";
export const SCHEME = "Marchbourne special treatments licensing scheme";

export const DOCS = {
  report: "cpbatg-item-4-first-year-review-2184-09-22.md",
  summit: "safer-skin-summit-programme-2184-10-21.pdf",
  foi: "whatdotheyknow-foi-special-treatments-licensing-2184-11-26.html",
  spend: "marchbourne-cc-spend-over-500-2184-07-to-09.csv",
  handout: "cpbatg-item-5-operation-tidemark-handout-2184-12-08.docx",
};

// Meetings 2184/85 (Wednesdays) and the other dated events
export const MEETINGS = [
  { date: "Wednesday 16 June 2184", iso: "2184-06-16" },
  { date: "Wednesday 22 September 2184", iso: "2184-09-22" },
  { date: "Wednesday 8 December 2184", iso: "2184-12-08" },
  { date: "Wednesday 23 March 2185", iso: "2185-03-23" },
];
export const DATES = {
  schemeStart: ["2183-07-01", "Tuesday"],
  reportPublished: ["2184-09-10", "Friday"],
  summit: ["2184-10-21", "Thursday"],
  programmePrinted: ["2184-10-08", "Friday"],
  foiRequest: ["2184-10-04", "Monday"],
  foiAck: ["2184-10-05", "Tuesday"],
  foiResponse: ["2184-11-01", "Monday"],
  annotation: ["2184-11-02", "Tuesday"],
  irRequest: ["2184-11-03", "Wednesday"],
  irOutcome: ["2184-11-26", "Friday"],
  tidemarkStart: ["2184-10-11", "Monday"],
  tidemarkEnd: ["2184-11-26", "Friday"],
  labContract: ["2184-10-15", "Friday"],
  phase2Start: ["2185-01-10", "Monday"],
  phase2End: ["2185-03-25", "Friday"],
  velvetConviction: ["2184-10-12", "Tuesday"],
  lumiereConviction: ["2184-10-19", "Tuesday"],
};

// ------------------------------------------------------------------ people
export const COUNCILS = {
  county: "Marchbourne County Council",
  harnley: "Harnley Borough Council",
  oxmere: "Oxmere District Council",
  brackwold: "Brackwold District Council",
  stellingford: "Stellingford City Council",
  wyndhallow: "Wyndhallow District Council",
  corvistone: "Corvistone Borough Council",
};
export const MEMBERS = [
  { k: "achterhoff", name: "Cllr Rosalind Achterhoff", council: COUNCILS.stellingford, group: "Liberal Democrat", role: "Chair" },
  { k: "quilliam", name: "Cllr Desmond Quilliam", council: COUNCILS.county, group: "Conservative", role: "Vice-Chair" },
  { k: "strangwick", name: "Cllr Hamish Strangwick", council: COUNCILS.county, group: "Labour", role: "Member" },
  { k: "pennifold", name: "Cllr Anjali Pennifold", council: COUNCILS.harnley, group: "Labour", role: "Member" },
  { k: "wraxby", name: "Cllr Tobias Wraxby", council: COUNCILS.oxmere, group: "Conservative", role: "Member" },
  { k: "pengethly", name: "Cllr Bronwen Pengethly", council: COUNCILS.brackwold, group: "Independent", role: "Member" },
  { k: "fairhaven", name: "Cllr Marguerite Fairhaven", council: COUNCILS.wyndhallow, group: "Green", role: "Member" },
  { k: "harkaway", name: "Cllr Kofi Harkaway", council: COUNCILS.corvistone, group: "Labour", role: "Member" },
  { k: "morvan", name: "Dr Sabine Morvan", council: "Marchbourne Health Protection Team", group: "–", role: "Co-opted member (non-voting)" },
  { k: "trevallion", name: "Jago Trevallion", council: "Marchbourne Tattoo and Piercing Guild", group: "–", role: "Co-opted member (non-voting)" },
];
export const SUBS = [
  { k: "castellari", name: "Cllr Ines Castellari", council: COUNCILS.stellingford, group: "Liberal Democrat" },
  { k: "mbathalowe", name: "Cllr Wilfred Mbatha-Lowe", council: COUNCILS.corvistone, group: "Labour" },
  { k: "kittredge", name: "Cllr Harriet Kittredge", council: COUNCILS.county, group: "Conservative" },
];
export const M = Object.fromEntries([...MEMBERS, ...SUBS].map((p) => [p.k, p]));
export const QUORUM = "three voting members, one of whom must be the Chair or the Vice-Chair";

export const OFFICERS = {
  cordelia: { name: "Dr Cordelia Fanshawe-Ibe", post: "Consultant in Public Health", org: HOST, phone: "01632 960214", email: "cordelia.fanshawe-ibe@marchbourne.gov.uk" },
  elspeth: { name: "Elspeth Marwell", post: "Public Health Intelligence Analyst", org: HOST, phone: "01632 960229", email: "elspeth.marwell@marchbourne.gov.uk" },
  ravindra: { name: "Ravindra Scholfield", post: "Senior Licensing Officer (Special Treatments)", org: COUNCILS.corvistone, phone: "01632 960387", email: "ravindra.scholfield@corvistone.gov.uk" },
  tamsin: { name: "Tamsin Pellingford", post: "Democratic Services Officer", org: HOST, phone: "01632 960452", email: "tamsin.pellingford@marchbourne.gov.uk" },
  kwabena: { name: "Kwabena Appiah-Rudd", post: "Trading Standards Team Leader", org: HOST },
  fergal: { name: "Fergal Ostrander", post: "Information Rights Officer", org: HOST },
  philippa: { name: "Philippa Ellerbeck", post: "Head of Legal and Democratic Services", org: HOST },
};
export const GUESTS = {
  vardy: { name: "Professor Ottoline Vardy", org: "University of Marchbourne" },
  sorensen: { name: "Dr Imke Sorensen-Bligh", org: "Calderwood Analytical Ltd" },
  brightling: { name: "Taryn Brightling", org: "Aesthetic Practitioners' Forum" },
  marchbeck: { name: "Elowen Marchbeck", org: COUNCILS.oxmere, post: "Licensing Officer" },
  nyambura: { name: "Grace Nyambura", org: "Marchbourne and Harnley Hospitals NHS Trust", post: "Nurse Consultant" },
};
export const REQUESTER = "Noor Athelstan";
export const ANNOTATOR = "Lionel Hallsworth";
export const FOI_REF = "FOI-2184-0937";

// ------------------------------------------------------------------ first year of licensing (to 30 June 2184)
// district, premises licensed, practitioners licensed, applications refused, premises inspected
export const DISTRICTS = [
  ["Harnley", 64, 141, 3, 58],
  ["Oxmere", 38, 77, 1, 29],
  ["Brackwold", 52, 109, 4, 52],
  ["Stellingford", 121, 288, 7, 97],
  ["Wyndhallow", 27, 51, 0, 27],
  ["Corvistone", 136, 297, 9, 101],
];
export const INSPECT_TARGET = 85;
export const pct = (a, b) => Math.round((100 * a) / b);
export const DTOT = DISTRICTS.reduce((t, r) => t.map((v, i) => (i ? v + r[i] : v)), ["Total", 0, 0, 0, 0]);
export const BELOW = DISTRICTS.filter((r) => pct(r[4], r[1]) < INSPECT_TARGET).map((r) => r[0]);
// the FOI response: premises and practitioners at 30 September 2184
export const DISTRICTS_SEPT = [
  ["Harnley", 66, 146],
  ["Oxmere", 39, 80],
  ["Brackwold", 53, 112],
  ["Stellingford", 125, 297],
  ["Wyndhallow", 28, 53],
  ["Corvistone", 140, 314],
];
export const STOT = DISTRICTS_SEPT.reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2]], ["Total", 0, 0]);
// inspections at 30 November 2184 (the handout)
export const NOV_INSPECTED = { county: 91, Oxmere: 88, Stellingford: 86, Corvistone: 84 };

// complications reported: [procedure, year one (to 30 June 2184), of which hospital treatment, to 30 September 2184]
export const COMPLICATIONS = [
  ["Botulinum toxin injections", 37, 4, 44],
  ["Dermal fillers", 58, 6, 69],
  ["Tattooing", 22, 2, 26],
  ["Body piercing", 31, 3, 37],
  ["Laser and IPL treatments", 14, 1, 16],
  ["Semi-permanent make-up and microblading", 9, 0, 11],
];
export const CTOT = COMPLICATIONS.reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2], t[3] + r[3]], ["Total", 0, 0, 0]);

// ------------------------------------------------------------------ delivery plan (ratings at March and at August 2184)
export const RATING = { "On track": "bdg-success", "At risk": "bdg-warning", "Off track": "bdg-danger", Complete: "bdg-primary", "Not started": "bdg-secondary" };
export const RATING_KEY = [
  ["bdg-success", "On track", "green", "the action will be delivered on time"],
  ["bdg-warning", "At risk", "amber", "there are delays or problems that could stop it being delivered on time; action is in hand"],
  ["bdg-danger", "Off track", "red", "the action will not be delivered on time without a decision by the Task Group"],
  ["bdg-primary", "Complete", "blue", "the action has been delivered"],
  ["bdg-secondary", "Not started", "grey", "the action is not due to have started"],
];
const RANK = { "Off track": 0, "At risk": 1, "On track": 2, Complete: 3 };
export const ACTIONS = [
  { ref: "CPA-01", action: "Common licence conditions adopted by all six districts", lead: "Dr Cordelia Fanshawe-Ibe", due: "July 2183", mar: "Complete", aug: "Complete", note: "Adopted from 1 July 2183" },
  { ref: "CPA-02", action: "Online licensing register with a public search", lead: "Elspeth Marwell", due: "March 2184", mar: "On track", aug: "Complete", note: "Live since 4 March 2184" },
  { ref: "CPA-03", action: "Inspect 85% of licensed premises in the first year", lead: "District lead licensing officers", due: "June 2184", mar: "At risk", aug: "Off track", note: "83% at 30 June; three districts below 85%" },
  { ref: "CPA-04", action: "Complications reporting pathway with both NHS trusts", lead: "Dr Sabine Morvan", due: "December 2184", mar: "On track", aug: "On track", note: "Harnley trust live; Marchbourne trust from October" },
  { ref: "CPA-05", action: "Ink and product sampling programme (40 samples)", lead: "Kwabena Appiah-Rudd", due: "March 2185", mar: "On track", aug: "At risk", note: "Laboratory contract delayed; 12 samples tested under a spot purchase" },
  { ref: "CPA-06", action: "Infection control training for 300 practitioners", lead: "Ravindra Scholfield", due: "March 2185", mar: "On track", aug: "On track", note: "100 trained in cohorts 1 to 4" },
  { ref: "CPA-07", action: "Age-check test purchases at 24 premises", lead: "Ravindra Scholfield", due: "September 2184", mar: "At risk", aug: "Off track", note: "9 of 24 done; volunteers hard to recruit" },
  { ref: "CPA-08", action: "Social media monitoring of unlicensed sellers", lead: "Kwabena Appiah-Rudd", due: "Ongoing", mar: "At risk", aug: "At risk", note: "Trial of a monitoring tool ends in October" },
  { ref: "CPA-09", action: "\u201cCheck the Certificate\u201d public campaign", lead: "Elspeth Marwell", due: "August 2184", mar: "On track", aug: "Complete", note: "Ran from 5 July to 29 August 2184" },
  { ref: "CPA-10", action: "Year two fee review", lead: "Philippa Ellerbeck", due: "April 2185", mar: "Not started", aug: "Not started", note: "See recommendation (d)" },
  { ref: "CPA-11", action: "Safer Skin Summit", lead: "Tamsin Pellingford", due: "October 2184", mar: "On track", aug: "On track", note: "Thursday 21 October 2184, Harnley Moot Hall" },
  { ref: "CPA-12", action: "Annual report to the Health and Wellbeing Board", lead: "Dr Cordelia Fanshawe-Ibe", due: "July 2185", mar: "Not started", aug: "Not started", note: "" },
];
export const OFF = ACTIONS.filter((a) => a.aug === "Off track").map((a) => a.ref);
export const WORSE = ACTIONS.filter((a) => a.mar in RANK && a.aug in RANK && RANK[a.aug] < RANK[a.mar]).map((a) => a.ref);
export const BETTER = ACTIONS.filter((a) => a.mar in RANK && a.aug in RANK && RANK[a.aug] > RANK[a.mar]).map((a) => a.ref);

// ------------------------------------------------------------------ risk register at 31 August 2184
export const BANDS = [[1, 4, "Low"], [5, 9, "Medium"], [10, 15, "High"], [16, 25, "Very high"]];
export const band = (s) => BANDS.find(([a, b]) => s >= a && s <= b)[2];
export const RISKS = [
  { ref: "CPR-01", risk: "Unlicensed practitioners working from homes and through social media, beyond the scheme's reach", owner: "Ravindra Scholfield", l: 4, i: 4, trend: "▲ Rising" },
  { ref: "CPR-02", risk: "Not enough inspectors in districts with vacancies", owner: "Lead licensing officers' group", l: 4, i: 3, trend: "▲ Rising" },
  { ref: "CPR-03", risk: "Legal challenge to the level of the licence fees", owner: "Philippa Ellerbeck", l: 2, i: 4, trend: "► Steady" },
  { ref: "CPR-04", risk: "Not enough laboratory capacity for ink and product sampling", owner: "Kwabena Appiah-Rudd", l: 3, i: 3, trend: "▲ Rising" },
  { ref: "CPR-05", risk: "Serious harm from a dermal filler procedure (vascular occlusion)", owner: "Dr Cordelia Fanshawe-Ibe", l: 3, i: 5, trend: "► Steady" },
  { ref: "CPR-06", risk: "Loss of the data-sharing agreement with the NHS trusts", owner: "Dr Sabine Morvan", l: 2, i: 3, trend: "▼ Falling" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.band = band(r.score); }
export const PROPOSED_RISK = { ref: "CPR-07", l: 4, i: 4, owner: "Kwabena Appiah-Rudd" };

// ------------------------------------------------------------------ budget 2184/85 (£): line, budget, spent to 31 August 2184, forecast outturn
export const BUDGET = [
  ["Inspection and enforcement grants to districts", 200000, 100000, 200000],
  ["Ink and product sampling", 36000, 4860, 36000],
  ["Practitioner infection control training", 22000, 6480, 19440],
  ["\u201cCheck the Certificate\u201d campaign", 18000, 8200, 16000],
  ["Safer Skin Summit", 15000, 4500, 15000],
  ["Online licensing register", 14000, 0, 11800],
  ["Legal and prosecution costs", 10000, 0, 10000],
  ["Programme officer (0.5 FTE)", 25000, 10400, 25000],
];
for (const b of BUDGET) b.push(b[3] - b[1]);
export const BTOT = BUDGET.reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2], t[3] + r[3], t[4] + r[4]], ["Total", 0, 0, 0, 0]);

// ------------------------------------------------------------------ the report's recommendations and the resolution (22 September 2184)
export const RECS = [
  "(a) notes the first year of the Marchbourne special treatments licensing scheme set out in this report;",
  "(b) asks Oxmere, Stellingford and Corvistone to bring inspection recovery plans to the meeting on 8 December 2184;",
  "(c) extends the age-check test purchase programme (CPA-07) to 31 March 2185; and",
  "(d) agrees that the year two fee review (CPA-10) starts in April 2185.",
];
export const RESOLVED = [
  "(a) notes the first-year review of the Marchbourne special treatments licensing scheme;",
  "(b) asks Oxmere, Stellingford and Corvistone to bring inspection recovery plans to the meeting on 8 December 2184;",
  "(c) extends the age-check test purchase programme to 31 March 2185; and",
  "(d) asks officers to start the year two fee review in January 2185, not April 2185 as recommended, so that any new fees can take effect from 1 July 2185.",
];

// ------------------------------------------------------------------ the summit
export const SUMMIT = { budget: 15000, deposit: 4500, printing: 780, final: 13940, delegates: 186, orgs: 41, good: 92 };
export const FOI_SPENT = SUMMIT.deposit + SUMMIT.printing; // 5,280

// ------------------------------------------------------------------ Operation Tidemark
export const TIDEMARK = { leads: 137, social: 88, complaints: 31, pathway: 18, addresses: 94, homes: 61, unlicensed: 31, prohibition: 19, warnings: 12, vials: 412, fillerBoxes: 23, tsReferrals: 11, prosecutions: 4, testPurchases: 12, sold: 3, phase2Cost: 22000 };
export const TP_DONE_SEPT = 9, TP_TOTAL = 24;
export const SAMPLES = { batch1: 12, batch2: 6, failed: 5, planned: 40 };

// ------------------------------------------------------------------ spend over £500, July to September 2184 (the programme's rows)
export const GRANTS_Q2 = [["Harnley Borough Council", 8200], ["Oxmere District Council", 5100], ["Brackwold District Council", 6900], ["Stellingford City Council", 12600], ["Wyndhallow District Council", 3700], ["Corvistone Borough Council", 13500]];
export const GRANTS_Q2_TOTAL = GRANTS_Q2.reduce((t, [, v]) => t + v, 0);

export const gbp = (n) => (n < 0 ? "(" : "") + "£" + Math.abs(n).toLocaleString("en-GB") + (n < 0 ? ")" : "");
export const num = (n) => Math.abs(n).toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday" || !m.date.startsWith("Wednesday")) fail("meeting day " + m.iso);
for (const [k, [iso, d]] of Object.entries(DATES)) if (weekday(iso) !== d) fail(`${k}: ${iso} is not a ${d}`);
if (DTOT.join() !== "Total,438,963,24,364") fail("district totals " + DTOT);
if (pct(DTOT[4], DTOT[1]) !== 83) fail("county inspected %");
if (BELOW.join() !== "Oxmere,Stellingford,Corvistone") fail("below target " + BELOW);
if (STOT.join() !== "Total,451,1002") fail("September totals " + STOT);
for (const [i, r] of DISTRICTS_SEPT.entries()) if (r[0] !== DISTRICTS[i][0] || r[1] < DISTRICTS[i][1] || r[2] < DISTRICTS[i][2]) fail("September below June " + r[0]);
if (CTOT.join() !== "Total,171,16,203") fail("complications " + CTOT);
if (OFF.join() !== "CPA-03,CPA-07" || WORSE.join() !== "CPA-03,CPA-05,CPA-07" || BETTER.join() !== "CPA-02,CPA-09") fail(`ratings ${OFF} / ${WORSE} / ${BETTER}`);
const aug = {};
for (const a of ACTIONS) aug[a.aug] = (aug[a.aug] ?? 0) + 1;
if (JSON.stringify(aug) !== JSON.stringify({ Complete: 3, "Off track": 2, "On track": 3, "At risk": 2, "Not started": 2 })) fail("August counts " + JSON.stringify(aug));
if (RISKS.filter((r) => r.band === "Very high").map((r) => r.ref).join() !== "CPR-01" || RISKS.filter((r) => r.band === "High").map((r) => r.ref).join() !== "CPR-02,CPR-05") fail("risk bands");
if (PROPOSED_RISK.l * PROPOSED_RISK.i !== 16) fail("CPR-07");
if (BTOT.join() !== "Total,340000,134440,333240,-6760") fail("budget " + BTOT);
if (GRANTS_Q2_TOTAL !== 50000 || BUDGET[0][2] !== 2 * GRANTS_Q2_TOTAL) fail("grants");
if (BUDGET[1][2] !== 4860 || BUDGET[2][2] !== 6480 || BUDGET[2][3] !== 12 * 1620 || BUDGET[3][2] !== 9350 - 1150 || BUDGET[4][2] !== SUMMIT.deposit || BUDGET[5][3] !== 11800) fail("budget against the spend file");
if (FOI_SPENT !== 5280 || SUMMIT.final > SUMMIT.budget) fail("summit");
if (TIDEMARK.social + TIDEMARK.complaints + TIDEMARK.pathway !== TIDEMARK.leads || TIDEMARK.prohibition + TIDEMARK.warnings !== TIDEMARK.unlicensed) fail("Tidemark");
if (TP_DONE_SEPT + TIDEMARK.testPurchases !== 21 || pct(TIDEMARK.sold, TIDEMARK.testPurchases) !== 25) fail("test purchases");
if (NOV_INSPECTED.Corvistone >= INSPECT_TARGET || NOV_INSPECTED.Oxmere < INSPECT_TARGET || NOV_INSPECTED.Stellingford < INSPECT_TARGET) fail("November inspections");
if (SAMPLES.batch1 + SAMPLES.batch2 !== 18) fail("samples");
if (MEMBERS.filter((m) => m.k !== "morvan" && m.k !== "trevallion").length !== 8) fail("eight voting members");
