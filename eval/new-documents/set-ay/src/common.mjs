// Shared content for set AY: one body (the Learning Disability and Autism Panel, LDAP, a panel of the
// invented Care and Wellbeing Improvement Board), its people, meetings, measures, risks, budget,
// workstreams and Supported Employment Innovation Fund awards in the municipal year 2123/24. Every
// builder reads from here so that the five papers agree with each other; the arithmetic (rating counts,
// budget totals, risk scores and bands, award totals, benchmark means) is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import assert from "node:assert/strict";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Learning Disability and Autism Panel";
export const SHORT = "LDAP";
export const BOARD = "Care and Wellbeing Improvement Board";
export const PROGRAMME = "Ordinary Lives Programme";
export const FUND = "Supported Employment Innovation Fund";

export const DOCS = {
  comments: "ldap-item-4-q3-performance-draft-v3-comments-summary.pdf",
  easyread: "ldap-minutes-2123-11-17-easy-read.docx",
  chat: "ldap-whatsapp-chat-chair-and-leads-2124-03.txt",
  dashboard: "ldap-ordinary-lives-dashboard-2124-02.csv",
  bench: "ldap-benchmarking-report-2122-23-insight-hub.html",
};

export const MEETINGS = [
  { date: "Wednesday 14 July 2123", iso: "2123-07-14" },
  { date: "Wednesday 17 November 2123", iso: "2123-11-17" },
  { date: "Wednesday 15 March 2124", iso: "2124-03-15" },
  { date: "Wednesday 12 July 2124", iso: "2124-07-12", provisional: true },
];

export const OFFICERS = {
  rosalind: { name: "Rosalind Ekwensi-Paget", post: "Programme Manager, Ordinary Lives", phone: "020 7946 0613", email: "rosalind.ekwensi-paget@local.gov.uk" },
  thaddeus: { name: "Thaddeus Mallinder-Koh", post: "Member Services Officer", phone: "020 7946 0628", email: "thaddeus.mallinder-koh@local.gov.uk" },
  bryony: { name: "Bryony Fetherby-Lusk", post: "Accessible Information Officer", phone: "020 7946 0634", email: "bryony.fetherby-lusk@local.gov.uk" },
  ishaan: { name: "Ishaan Copplestone", post: "Finance Business Partner", phone: "020 7946 0641", email: "ishaan.copplestone@local.gov.uk" },
  morwenna: { name: "Morwenna Blaxall-Ito", post: "Senior Data Analyst", phone: "020 7946 0655", email: "morwenna.blaxall-ito@local.gov.uk" },
  caspian: { name: "Caspian Threlkeld-Amos", post: "Senior Adviser, Supported Employment", phone: "020 7946 0662", email: "caspian.threlkeld-amos@local.gov.uk" },
  delphine: { name: "Delphine Strachan-Obi", post: "Adviser, Autism", phone: "020 7946 0676", email: "delphine.strachan-obi@local.gov.uk" },
  hollis: { name: "Hollis Vennamore", post: "Adviser, Social Care Markets", phone: "020 7946 0689", email: "hollis.vennamore@local.gov.uk" },
};
export const GUEST = { name: "Rukhsana Vellandry", post: "Chief Executive, Inclusive Work Alliance" };
export const ADVISERS = ["Kezia Hollinshed-Kay", "Arlo Penberthy-Njoku"]; // experts by experience, Speak Up Together

export const PEOPLE = [
  { k: "carrow", fore: "Ysolde", sur: "Carrow-Finch", council: "Brindleford City Council", group: "Labour", role: "Chair", lead: "Accessible information and co-production" },
  { k: "quillon", fore: "Barnaby", sur: "Quillon-Ede", council: "Hatherstow County Council", group: "Conservative", role: "Vice-Chair", lead: "Day opportunities and short breaks" },
  { k: "nwachukwu", fore: "Farida", sur: "Nwachukwu-Bell", council: "Osmancote District Council", group: "Liberal Democrat", role: "Deputy Chair", lead: "Homes not hospitals" },
  { k: "wrenbury", fore: "Tobias", sur: "Wrenbury-Ackah", council: "Marrowby Borough Council", group: "Conservative", role: "Member", lead: "Employment and skills" },
  { k: "pattullo", fore: "Ngaire", sur: "Pattullo-Roe", council: "Kestrelford Metropolitan Borough Council", group: "Labour", role: "Member", lead: "Health and annual health checks" },
  { k: "achterlonie", fore: "Desmond", sur: "Achterlonie", council: "Fallowmere District Council", group: "Independent", role: "Member", lead: "Autism assessment and support" },
  { k: "tremayne", fore: "Rashida", sur: "Tremayne-Ude", council: "Sallowbrook City Council", group: "Labour", role: "Member" },
  { k: "tregarthen", fore: "Oswin", sur: "Tregarthen-Moss", council: "Wyvernham District Council", group: "Green Party", role: "Member" },
  { k: "brightwater", fore: "Leocadia", sur: "Brightwater", council: "Ulverholm Borough Council", group: "Conservative", role: "Member" },
  { k: "dunmallet", fore: "Hamish", sur: "Dunmallet-Oyo", council: "Brindleford City Council", group: "Labour", role: "Substitute" },
  { k: "galsworth", fore: "Winifred", sur: "Galsworth-Ade", council: "Hatherstow County Council", group: "Conservative", role: "Substitute" },
  { k: "ashby", fore: "Gwendolen", sur: "Ashby-Throup", council: "Fallowmere District Council", group: "Independent", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const name = (k) => `${P[k].fore} ${P[k].sur}`;

// Ordinary Lives measures, quarter 3 2123/24 (letters: R / A / G / B, N = not yet reported)
export const KEY = [
  ["B", "Blue", "Target met or milestone complete"],
  ["G", "Green", "On track to meet the target"],
  ["A", "Amber", "At risk: some slippage, recoverable"],
  ["R", "Red", "Off track: the Panel's intervention needed"],
  ["N", "Not rated", "No figure reported for the quarter"],
];
export const MEASURES = [
  { ref: "OLP-01", name: "Adults with a learning disability in paid employment (%)", target: "9.0%", q2: "7.1%", r2: "A", q3: "6.8%", r3: "R", lead: "wrenbury" },
  { ref: "OLP-02", name: "Supported internships started (cumulative)", target: "240", q2: "118", r2: "G", q3: "187", r3: "G", lead: "wrenbury" },
  { ref: "OLP-03", name: "Annual health checks completed (% of GP register, cumulative)", target: "75%", q2: "31%", r2: "G", q3: "52%", r3: "A", lead: "pattullo" },
  { ref: "OLP-04", name: "Autistic adults waiting over 13 weeks for a diagnostic assessment (lower is better)", target: "20% or lower", q2: "38%", r2: "R", q3: "41%", r3: "R", lead: "achterlonie" },
  { ref: "OLP-05", name: "People moved from inpatient settings to homes in the community (cumulative)", target: "60", q2: "22", r2: "A", q3: "35", r3: "A", lead: "nwachukwu" },
  { ref: "OLP-06", name: "Adults with a learning disability living in their own home or with family (%)", target: "80%", q2: "78.4%", r2: "A", q3: "79.1%", r3: "G", lead: "nwachukwu" },
  { ref: "OLP-07", name: "Panel councils with a co-produced learning disability strategy", target: "9", q2: "9", r2: "B", q3: "9", r3: "B", lead: "carrow" },
  { ref: "OLP-08", name: "Day opportunities providers meeting the quality standard (%)", target: "85%", q2: "86%", r2: "G", q3: "81%", r3: "A", lead: "quillon" },
  { ref: "OLP-09", name: "Short breaks nights provided (cumulative)", target: "14,000", q2: "6,950", r2: "G", q3: "10,180", r3: "G", lead: "quillon" },
  { ref: "OLP-10", name: "Easy Read versions of Panel papers published within 10 working days (%)", target: "95%", q2: "–", r2: "N", q3: "88%", r3: "A", lead: "carrow" },
];
const ORDER = { B: 0, G: 1, A: 2, R: 3 };
const count = (k) => MEASURES.reduce((a, m) => ({ ...a, [m[k]]: (a[m[k]] ?? 0) + 1 }), {});
assert.deepEqual(count("r3"), { R: 2, G: 3, A: 4, B: 1 });
export const WORSE = MEASURES.filter((m) => m.r2 in ORDER && ORDER[m.r3] > ORDER[m.r2]).map((m) => m.ref);
assert.deepEqual(WORSE, ["OLP-01", "OLP-03", "OLP-08"]);
assert.deepEqual(MEASURES.filter((m) => m.r2 in ORDER && ORDER[m.r3] < ORDER[m.r2]).map((m) => m.ref), ["OLP-06"]);

// risks at 29 February 2124: likelihood × impact; bands Green 1–6, Amber 8–12, Red 15–25
export const RISKS = [
  { ref: "OLR-01", risk: "Day opportunities providers leave the market, leaving people without a service", l: 4, i: 4, nov: 16, owner: "hollis" },
  { ref: "OLR-02", risk: "Employers withdraw from supported internships as the labour market cools", l: 3, i: 4, nov: 12, owner: "caspian" },
  { ref: "OLR-03", risk: "GP practice data on annual health checks is not shared in time to target invitations", l: 3, i: 3, nov: 6, owner: "morwenna" },
  { ref: "OLR-04", risk: "Capital for community homes is not available, so people stay in inpatient settings", l: 4, i: 5, nov: 15, owner: "rosalind" },
  { ref: "OLR-05", risk: "Not enough Easy Read capacity to publish papers on time", l: 2, i: 3, nov: 6, owner: "bryony" },
  { ref: "OLR-06", risk: "Fund money not committed by 31 March 2125 is returned to government", l: 3, i: 5, nov: 10, owner: "ishaan" },
];
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
for (const r of RISKS) { r.score = r.l * r.i; r.band = band(r.score); r.trend = r.score > r.nov ? "Up" : r.score < r.nov ? "Down" : "Same"; }
assert.deepEqual(RISKS.filter((r) => r.band === "Red").map((r) => r.ref), ["OLR-01", "OLR-04", "OLR-06"]);
assert.deepEqual(RISKS.filter((r) => r.trend === "Up").map((r) => r.ref), ["OLR-03", "OLR-04", "OLR-06"]);

// programme budget 2123/24, £000, at 29 February 2124
export const BUDGET = [
  { line: "Programme team", budget: 620, spent: 471, forecast: 615 },
  { line: "Supported Employment Innovation Fund", budget: 2500, spent: 1180, forecast: 2350 },
  { line: "Easy Read and co-production", budget: 180, spent: 142, forecast: 196 },
  { line: "Health checks campaign", budget: 240, spent: 96, forecast: 210 },
  { line: "Evaluation", budget: 160, spent: 40, forecast: 160 },
];
for (const b of BUDGET) b.variance = b.forecast - b.budget;
export const BTOTAL = ["budget", "spent", "forecast", "variance"].reduce((a, k) => ({ ...a, [k]: BUDGET.reduce((s, b) => s + b[k], 0) }), {});
assert.deepEqual(BTOTAL, { budget: 3700, spent: 1929, forecast: 3531, variance: -169 });
export const k000 = (n) => (n < 0 ? "-" : "") + Math.abs(n).toLocaleString("en-GB");
export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// workstreams, RAG at end of January and end of February 2124
export const WORKSTREAMS = [
  { ref: "W1", name: "Employment and skills", member: "wrenbury", officer: "caspian", jan: "A", feb: "A", note: "Internships ahead of plan; employment rate still falling" },
  { ref: "W2", name: "Health and annual health checks", member: "pattullo", officer: "morwenna", jan: "G", feb: "A", note: "GP data late from two areas (risk OLR-03)" },
  { ref: "W3", name: "Homes not hospitals", member: "nwachukwu", officer: "rosalind", jan: "A", feb: "R", note: "Capital bid refused; escalation proposed (OLR-04)" },
  { ref: "W4", name: "Autism assessment and support", member: "achterlonie", officer: "delphine", jan: "R", feb: "R", note: "Recovery plan to Panel 15 March" },
  { ref: "W5", name: "Day opportunities and short breaks", member: "quillon", officer: "hollis", jan: "G", feb: "A", note: "Three providers have given notice" },
  { ref: "W6", name: "Accessible information and co-production", member: "carrow", officer: "bryony", jan: "A", feb: "G", note: "Second Easy Read writer started 5 Feb" },
];
assert.deepEqual(WORKSTREAMS.filter((w) => w.feb === "R").map((w) => w.ref), ["W3", "W4"]);
assert.deepEqual(WORKSTREAMS.filter((w) => ORDER[w.feb] > ORDER[w.jan]).map((w) => w.ref), ["W2", "W3", "W5"]);

// Fund round 2 awards agreed 17 November 2123, status at 29 February 2124
export const AWARDS = [
  { ref: "SEF2-01", council: "Brindleford City Council", project: "Job coaches in GP surgeries", award: 185000, status: "Contracted" },
  { ref: "SEF2-02", council: "Kestrelford MBC", project: "Inclusive apprenticeships", award: 210000, status: "Contracted" },
  { ref: "SEF2-03", council: "Osmancote DC", project: "Café social enterprise", award: 96500, status: "Contracted" },
  { ref: "SEF2-04", council: "Wyvernham DC", project: "Travel training for work", award: 74000, status: "On hold (note 2)" },
  { ref: "SEF2-05", council: "Hatherstow CC", project: "Supported internships at County Hall", award: 150000, status: "Contract with council for signature" },
  { ref: "SEF2-06", council: "Sallowbrook City Council", project: "Autism-friendly employers charter", award: 122500, status: "Contracted" },
];
export const ATOTAL = AWARDS.reduce((s, a) => s + a.award, 0);
assert.equal(ATOTAL, 838000);
export const ROUND2 = 900000; // round 2 pot
assert.ok(ATOTAL <= ROUND2);

// benchmarking, 2122/23: nine Panel councils and the England mean
export const COUNCILS = ["Brindleford", "Hatherstow", "Osmancote", "Marrowby", "Kestrelford", "Fallowmere", "Sallowbrook", "Wyvernham", "Ulverholm"];
export const BENCH = [
  { id: "m1", title: "Adults with a learning disability in paid employment", unit: "%", values: [5.9, 7.8, 4.1, 6.6, 3.7, 8.4, 5.2, 6.1, 4.8], england: 5.6,
    definition: "The percentage of adults aged 18 to 64 with a learning disability, known to the council and getting long-term support, who are in paid employment.",
    source: "Annual adult social care return, 2122/23 (final)" },
  { id: "m2", title: "Annual health checks completed", unit: "%", values: [71.2, 68.5, 77.9, 74.0, 62.3, 80.6, 69.8, 73.1, 66.4], england: 72.8,
    definition: "Annual health checks completed in the year as a percentage of people aged 14 and over on GP learning disability registers in the council's area.",
    source: "GP practice returns, 2122/23" },
  { id: "m3", title: "Adults with a learning disability living in their own home or with family", unit: "%", values: [81.0, 76.3, 84.2, 79.5, 77.8, 82.9, 74.6, 80.4, 78.1], england: 80.2,
    definition: "The percentage of adults aged 18 to 64 with a learning disability getting long-term support who live in their own home or with their family.",
    source: "Annual adult social care return, 2122/23 (final)" },
];
for (const m of BENCH) assert.equal(m.values.length, COUNCILS.length);
