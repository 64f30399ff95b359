// Shared content for set BJ: one body (the Armed Forces Covenant Task Group, a member task group of the
// invented Stronger Places and Communities Board), its people, its meetings in the municipal year
// 2211/12, the Covenant in Practice Programme 2211–13 (measures CIP-01 to CIP-08, its budget), the
// Covenant Delivery Fund (round 1 second instalments, round 2 awards of 14 November 2211, the Chair's
// decision on Culmstock of 2 December 2211) and its ledger, the meeting of Thursday 14 November 2211 and
// the meeting of Thursday 23 January 2212. Every builder reads from here so that the five documents
// agree with each other; the arithmetic is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Armed Forces Covenant Task Group";
export const SHORT = "AFCTG";
export const BOARD = "Stronger Places and Communities Board";
export const PROGRAMME = "Covenant in Practice Programme 2211–13";
export const FUND = "Covenant Delivery Fund";
export const DEPT = "Department for Veterans and Families";
export const ROOM = "Room 2.3, 18 Smith Square";

export const DOCS = {
  minutes: "afctg-draft-minutes-2211-11-14-chair-comments.eml",
  report: "afctg-cip-performance-q2-2211-12.md",
  crm: "afctg-grant-application-cdf-r2-05-culmstock.html",
  ledger: "afctg-covenant-fund-ledger-4471-2211-11.pdf",
  script: "afctg-chairs-script-2212-01-23.docx",
};

export const MEETINGS = [
  { date: "Thursday 13 June 2211", iso: "2211-06-13" },
  { date: "Thursday 19 September 2211", iso: "2211-09-19" },
  { date: "Thursday 14 November 2211", iso: "2211-11-14" },
  { date: "Thursday 23 January 2212", iso: "2212-01-23" },
  { date: "Thursday 19 March 2212", iso: "2212-03-19" },
];

export const OFFICERS = {
  ottoline: { fore: "Ottoline", sur: "Holbrook", post: "Programme Manager, Armed Forces Covenant", phone: "020 7946 0741", email: "ottoline.holbrook@local.gov.uk" },
  samir: { fore: "Samir", sur: "Brenkley", post: "Senior Adviser, Veterans and Families", phone: "020 7946 0746", email: "samir.brenkley@local.gov.uk" },
  bart: { fore: "Bartholomew", sur: "Ngata-Hirst", post: "Finance Business Partner", phone: "020 7946 0752", email: "bartholomew.ngata-hirst@local.gov.uk" },
  cordelia: { fore: "Cordelia", sur: "Vanstone", post: "Head of Democratic Services", phone: "020 7946 0757", email: "cordelia.vanstone@local.gov.uk" },
  ifeoma: { fore: "Ifeoma", sur: "Stradling", post: "Member Services Officer", phone: "020 7946 0763", email: "ifeoma.stradling@local.gov.uk" },
  anselm: { fore: "Anselm", sur: "Pockley", post: "Senior Research Analyst, Research and Data", phone: "020 7946 0768", email: "anselm.pockley@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Imogen Ockendon", post: "Chief Executive, Forces Families Housing Trust" };
export const APPLICANT = { name: "Wilhelmina Cotterell-Bain", post: "Head of Housing Options, Culmstock Metropolitan Borough Council", phone: "0161 496 0584", email: "w.cotterell-bain@culmstock.gov.uk" };
export const ASSESSOR = "Pellinore Associates";

// Membership 2211/12
export const PEOPLE = [
  { k: "hathersage", fore: "Philippa", sur: "Hathersage", council: "Aldwinkle County Council", group: "Conservative", role: "Chair", job: "Cabinet Member for Communities" },
  { k: "ostridge", fore: "Kwame", sur: "Ostridge", council: "Brenchwater City Council", group: "Labour", role: "Vice-Chair" },
  { k: "penkethman", fore: "Isolde", sur: "Penkethman", council: "Fellsworth District Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "llewelyn", fore: "Dafydd", sur: "Llewelyn-Marsh", council: "Pendlecombe Borough Council", group: "Labour", role: "Member", lead: "the Armed Forces Champions network" },
  { k: "scarisbrick", fore: "Bernadette", sur: "Scarisbrick", council: "Ellinghurst Borough Council", group: "Conservative", role: "Member", lead: "veterans' housing" },
  { k: "wolstenholme", fore: "Tariq", sur: "Wolstenholme", council: "Marrowgate Borough Council", group: "Labour", role: "Member", lead: "service families and schools", job: "Cabinet Member for Children's Services" },
  { k: "courtenay", fore: "Agnetha", sur: "Courtenay-Blyde", council: "Hestonbury District Council", group: "Independent", role: "Member" },
  { k: "caddenham", fore: "Fergus", sur: "Caddenham", council: "Tollbridge District Council", group: "Conservative", role: "Member" },
  { k: "odunsi", fore: "Precious", sur: "Odunsi-Barr", council: "Wexcombe City Council", group: "Labour", role: "Member" },
  { k: "peverell", fore: "Lorcan", sur: "Peverell", council: "Brenchwater City Council", group: "Green Party", role: "Member" },
  { k: "dunstable", fore: "Mirela", sur: "Dunstable-Ross", council: "Sallowmere Borough Council", group: "Liberal Democrat", role: "Member" },
  { k: "fawcus", fore: "Hamish", sur: "Fawcus", council: "Aldwinkle County Council", group: "Conservative", role: "Member" },
  { k: "frickley", fore: "Georgiana", sur: "Frickley", council: "Tollbridge District Council", group: "Conservative", role: "Substitute" },
  { k: "brightwell", fore: "Emeka", sur: "Brightwell", council: "Pendlecombe Borough Council", group: "Labour", role: "Substitute" },
  { k: "albright", fore: "Wren", sur: "Albright-Maud", council: "Fellsworth District Council", group: "Liberal Democrat", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => p.role !== "Substitute");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ measures at quarter 2 2211/12 (30 September 2211)
// codes: G on track, A some risk, R off track, C complete, – no data
export const KEY = { G: "on track", A: "some risk", R: "off track", C: "complete" };
const RANK = { R: 0, A: 1, G: 2, C: 3 };
export const MEASURES = [
  { ref: "CIP-01", name: "Housing and homelessness staff trained in the Covenant duty", target: "90% by 31 March 2212", q1v: "44%", q1: "G", q2v: "63%", q2: "G", lead: "Cllr Scarisbrick", comment: "On profile; e-learning module live since July" },
  { ref: "CIP-02", name: "Veterans placed in suitable housing within 56 days of asking for help", target: "85%", q1v: "79%", q1: "A", q2v: "74%", q2: "R", lead: "Cllr Scarisbrick", comment: "Shortage of adapted homes in Ellinghurst and Wexcombe" },
  { ref: "CIP-03", name: "Councils with an Armed Forces Champion trained in the last two years", target: "12 of 12", q1v: "9 of 12", q1: "A", q2v: "12 of 12", q2: "C", lead: "Cllr Llewelyn-Marsh", comment: "All 12 trained by 12 September 2211" },
  { ref: "CIP-04", name: "Service children offered a school place within 20 school days of a posting", target: "90%", q1v: "88%", q1: "G", q2v: "81%", q2: "A", lead: "Cllr Wolstenholme", comment: "September postings to Marrowgate and Tollbridge" },
  { ref: "CIP-05", name: "Veterans referred for mental health support seen within 28 days", target: "75%", q1v: "72%", q1: "A", q2v: "76%", q2: "G", lead: "Cllr Llewelyn-Marsh", comment: "Tollbridge referral pathway (round 1) now running" },
  { ref: "CIP-06", name: "Councils holding a silver or gold Employer Recognition Scheme award", target: "8", q1v: "5", q1: "G", q2v: "6", q2: "G", lead: "Cllr Llewelyn-Marsh", comment: "Sallowmere awarded silver in August" },
  { ref: "CIP-07", name: "Round 1 fund projects delivering to schedule", target: "10 of 10", q1v: "9 of 10", q1: "G", q2v: "7 of 10", q2: "R", lead: "Cllr Ostridge", comment: "Wexcombe, Culmstock and Hestonbury behind schedule" },
  { ref: "CIP-08", name: "Complaints from service families resolved within 20 working days", target: "95%", q1v: "–", q1: "–", q2v: "92%", q2: "A", lead: "Cllr Wolstenholme", comment: "New measure, first reported at quarter 2" },
];
export const WORSE = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);
export const byQ2 = (c) => MEASURES.filter((m) => m.q2 === c).map((m) => m.ref);

// ------------------------------------------------------------------ programme budget 2211/12 (the knitr report, at 30 September 2211)
export const BUDGET = [
  { line: "Fund round 1: second instalments", budget: 175000, spent: 132000, forecast: 167600 },
  { line: "Fund round 2: awards", budget: 300000, spent: 0, forecast: 300000 },
  { line: "Armed Forces Champions training", budget: 48000, spent: 31200, forecast: 48000 },
  { line: "Research and evaluation", budget: 30000, spent: 12400, forecast: 30000 },
  { line: "Programme team", budget: 96000, spent: 47100, forecast: 94000 },
  { line: "Contingency", budget: 26000, spent: 0, forecast: 0 },
];
export const BTOT = { budget: 0, spent: 0, forecast: 0 };
for (const b of BUDGET) for (const k of Object.keys(BTOT)) BTOT[k] += b[k];

// ------------------------------------------------------------------ the fund
export const CHAIR_LIMIT = 50000; // the Chair, after consulting the Vice-Chair, may decide awards up to this
export const THRESHOLD = 60;
export const MATCH = 20; // per cent of the award, at least
export const ROUND1 = [
  { ref: "R1-01", short: "Aldwinkle", council: "Aldwinkle County Council", supplier: "ALDWINKLE COUNTY COUNCIL", project: "Veterans' housing advice line", award: 48000, paid: "2211-04-18" },
  { ref: "R1-02", short: "Brenchwater", council: "Brenchwater City Council", supplier: "BRENCHWATER CITY COUNCIL", project: "School admissions support for service families", award: 40000, paid: "2211-05-02" },
  { ref: "R1-03", short: "Ellinghurst", council: "Ellinghurst Borough Council", supplier: "ELLINGHURST BOROUGH COUN", project: "Register of adapted homes", award: 36000, paid: "2211-05-23" },
  { ref: "R1-04", short: "Fellsworth", council: "Fellsworth District Council", supplier: "FELLSWORTH DISTRICT COUN", project: "Armed Forces breakfast clubs", award: 22000, paid: "2211-06-06" },
  { ref: "R1-05", short: "Hestonbury", council: "Hestonbury District Council", supplier: "HESTONBURY DISTRICT COUN", project: "Veterans' drop-in hub", award: 30000, paid: "2211-06-27" },
  { ref: "R1-06", short: "Marrowgate", council: "Marrowgate Borough Council", supplier: "MARROWGATE BOROUGH COUNC", project: "Champions training for frontline staff", award: 26000, paid: "2211-07-11" },
  { ref: "R1-07", short: "Sallowmere", council: "Sallowmere Borough Council", supplier: "SALLOWMERE BOROUGH COUNC", project: "Employer recognition campaign", award: 18000, paid: "2211-08-15" },
  { ref: "R1-08", short: "Tollbridge", council: "Tollbridge District Council", supplier: "TOLLBRIDGE DISTRICT COUN", project: "Mental health referral pathway", award: 44000, paid: "2211-09-05" },
  { ref: "R1-09", short: "Wexcombe", council: "Wexcombe City Council", supplier: "WEXCOMBE CITY COUNCIL", project: "Housing options for early service leavers", award: 52000, paid: null },
  { ref: "R1-10", short: "Culmstock", council: "Culmstock Metropolitan Borough Council", supplier: "CULMSTOCK METROPOLITAN BO", project: "Covenant data-sharing pilot", award: 34000, paid: "2211-11-21" },
];
export const ROUND2_POT = 300000;
export const BIDS = [
  { ref: "CDF-R2-01", short: "Ellinghurst", council: "Ellinghurst Borough Council", project: "Pre-tenancy adaptations for veterans", asked: 60000, score: 78, award: 60000 },
  { ref: "CDF-R2-02", short: "Wexcombe", council: "Wexcombe City Council", project: "Service leavers' housing pathway", asked: 72000, score: 74, award: 64500, note: "less £7,500 for vehicle leasing" },
  { ref: "CDF-R2-03", short: "Marrowgate", council: "Marrowgate Borough Council", project: "School admissions liaison for service children", asked: 45000, score: 71, award: 45000 },
  { ref: "CDF-R2-04", short: "Aldwinkle", council: "Aldwinkle County Council", project: "Regional Armed Forces Champions network", asked: 38000, score: 69, award: 38000 },
  { ref: "CDF-R2-05", short: "Culmstock", council: "Culmstock Metropolitan Borough Council", project: "Veterans' housing navigator", asked: 52000, score: 66, award: 38000, deferred: true },
  { ref: "CDF-R2-06", short: "Hestonbury", council: "Hestonbury District Council", project: "Veterans' drop-in hub: second year", asked: 41500, score: 52, award: 0 },
  { ref: "CDF-R2-07", short: "Tollbridge", council: "Tollbridge District Council", project: "Digital Covenant pledge tracker", asked: 83000, score: 48, award: 0 },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 391,500
export const AWARDED_AT_MEETING = BIDS.filter((b) => !b.deferred).reduce((t, b) => t + b.award, 0); // 207,500
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 245,500
export const TO_ROUND3 = ROUND2_POT - AWARDED; // 54,500
// Culmstock: vehicle leasing is not eligible
export const CULM = { asked: 52000, vehicle: 14000, eligible: 38000, match: 9500, score: 66, decided: "2211-12-02", ref: "AFCTG-CD-2211-04" };
export const CRITERIA = [
  { name: "Need", weight: 30, score: 4 },
  { name: "Deliverability", weight: 25, score: 3 },
  { name: "Value for money", weight: 20, score: 3 },
  { name: "Partnership", weight: 15, score: 3 },
  { name: "Sustainability", weight: 10, score: 3 },
];
for (const c of CRITERIA) c.weighted = (c.weight * c.score) / 5;

// ------------------------------------------------------------------ the ledger of cost centre 4471 (1 April to 30 November 2211)
// type codes: RCT receipt, GRT grant payment, INV supplier invoice, JNL journal, REV reversal
export const OPENING = 62400;
export const LEDGER = [
  { date: "2211-04-01", type: "JNL", doc: "JN007402", who: "", desc: "Reverse 2210/11 accrual - R1 assessment fees", cr: 3800 },
  { date: "2211-04-15", type: "INV", doc: "PI551877", who: "PELLINORE ASSOCIATES LTD", desc: "Independent assessment of round 1 bids", dr: 3800 },
  { date: "2211-05-31", type: "JNL", doc: "JN007655", who: "BRENCHWATER GUILDHALL", desc: "Room hire - Champions training day", dr: 650 },
  { date: "2211-06-07", type: "JNL", doc: "JN007690", who: "BRENCHWATER GUILDHALL", desc: "Miscoded JN007655 - moved to 4472 Champions trg", cr: 650 },
  { date: "2211-09-30", type: "JNL", doc: "JN008255", who: "PELLINORE ASSOCIATES LTD", desc: "Q2 accrual - R2 assessment fees", dr: 4200 },
  { date: "2211-10-01", type: "JNL", doc: "JN008261", who: "PELLINORE ASSOCIATES LTD", desc: "Reverse Q2 accrual - R2 assessment fees", cr: 4200 },
  { date: "2211-04-08", type: "RCT", doc: "RC104417", who: "DEPT FOR VETERANS AND FAM", desc: "Grant 2211/12 - instalment 1 of 2", cr: 375000 },
  { date: "2211-04-18", type: "GRT", doc: "GP2210551", who: "ALDWINKLE COUNTY COUNCIL", desc: "R1-01 Vets housing advice line 2nd inst", dr: 24000 },
  { date: "2211-05-02", type: "GRT", doc: "GP2210558", who: "BRENCHWATER CITY COUNCIL", desc: "R1-02 Sch admissions support 2nd inst", dr: 20000 },
  { date: "2211-05-23", type: "GRT", doc: "GP2210566", who: "ELLINGHURST BOROUGH COUN", desc: "R1-03 Adapted homes register 2nd inst", dr: 18000 },
  { date: "2211-06-06", type: "GRT", doc: "GP2210573", who: "FELLSWORTH DISTRICT COUN", desc: "R1-04 AF breakfast clubs 2nd inst", dr: 11000 },
  { date: "2211-06-27", type: "GRT", doc: "GP2210579", who: "HESTONBURY DISTRICT COUN", desc: "R1-05 Vets drop-in hub 2nd inst", dr: 15000 },
  { date: "2211-06-28", type: "JNL", doc: "JN007731", who: "", desc: "Trf to 4473 Research & evaluation (AFCTG 13/06/2211)", dr: 12400 },
  { date: "2211-07-11", type: "GRT", doc: "GP2210586", who: "MARROWGATE BOROUGH COUNC", desc: "R1-06 Champions training 2nd inst", dr: 13000 },
  { date: "2211-08-15", type: "GRT", doc: "GP2210597", who: "SALLOWMERE BOROUGH COUNC", desc: "R1-07 Employer recognition 2nd inst", dr: 9000 },
  { date: "2211-08-22", type: "GRT", doc: "GP2210603", who: "SALLOWMERE BOROUGH COUNC", desc: "R1-07 Employer recognition 2nd inst", dr: 9000 },
  { date: "2211-08-29", type: "REV", doc: "JN008102", who: "SALLOWMERE BOROUGH COUNC", desc: "Reversal of GP2210603 duplicate payment - refunded", cr: 9000 },
  { date: "2211-09-05", type: "GRT", doc: "GP2210611", who: "TOLLBRIDGE DISTRICT COUN", desc: "R1-08 MH referral pathway 2nd inst", dr: 22000 },
  { date: "2211-10-07", type: "RCT", doc: "RC104590", who: "DEPT FOR VETERANS AND FAM", desc: "Grant 2211/12 - instalment 2 of 2", cr: 375000 },
  { date: "2211-10-14", type: "RCT", doc: "RC104602", who: "ELLINGHURST BOROUGH COUN", desc: "R1-03 Return of unspent grant", cr: 7400 },
  { date: "2211-11-21", type: "GRT", doc: "GP2210688", who: "CULMSTOCK METROPOLITAN BO", desc: "R1-10 Data-sharing pilot 2nd inst", dr: 17000 },
  { date: "2211-11-28", type: "INV", doc: "PI559204", who: "PELLINORE ASSOCIATES LTD", desc: "Independent assessment of round 2 bids", dr: 4200 },
].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
{
  let bal = OPENING;
  for (const t of LEDGER) { bal += (t.cr ?? 0) - (t.dr ?? 0); t.bal = bal; }
}
export const CLOSING = LEDGER.at(-1).bal;
export const COMMITMENTS = [
  { doc: "GC000418", date: "2211-03-14", who: "WEXCOMBE CITY COUNCIL", desc: "R1-09 Housing options for early service leavers - 2nd inst (held: project delayed)", amount: 26000 },
  { doc: "GC000452", date: "2211-11-26", who: "ELLINGHURST BOROUGH COUN", desc: "CDF-R2-01 Pre-tenancy adaptations for veterans", amount: 60000 },
  { doc: "GC000453", date: "2211-11-26", who: "WEXCOMBE CITY COUNCIL", desc: "CDF-R2-02 Service leavers' housing pathway", amount: 64500 },
  { doc: "GC000454", date: "2211-11-26", who: "MARROWGATE BOROUGH COUNC", desc: "CDF-R2-03 School admissions liaison", amount: 45000 },
  { doc: "GC000455", date: "2211-11-26", who: "ALDWINKLE COUNTY COUNCIL", desc: "CDF-R2-04 Regional Champions network", amount: 38000 },
  { doc: "GC000461", date: "2211-12-05", who: "CULMSTOCK METROPOLITAN BO", desc: "CDF-R2-05 Veterans' housing navigator", amount: 38000 },
];
export const COMMITTED = COMMITMENTS.reduce((t, c) => t + c.amount, 0);
export const AVAILABLE = CLOSING - COMMITTED;

// ------------------------------------------------------------------ meeting of 14 November 2211 (draft minutes, with corrections)
export const PRESENT = ["hathersage", "ostridge", "penkethman", "llewelyn", "scarisbrick", "wolstenholme", "courtenay", "odunsi", "dunstable", "fawcus"];
export const ONLINE = ["courtenay"];
export const SUB = { k: "frickley", for: "caddenham" };
export const APOLOGIES_DRAFT = ["peverell"];
export const APOLOGIES = ["peverell", "caddenham"]; // after the Chair's correction
export const SEPT_ACTIONS = ["AFA-43", "AFA-50"];
export const SEPT_OPEN = ["AFA-46", "AFA-49"];
export const CONFERENCE = { date: "Thursday 12 March 2212", iso: "2212-03-12", venue: "Brenchwater Guildhall", budget: 6500 };
export const CONSULTATION_CLOSES = { date: "Monday 27 January 2212", iso: "2212-01-27" };
export const ACTIONS = [
  { ref: "AFA-51", min: "2", action: "Chase the Department for Veterans and Families for a reply on data sharing (AFA-49)", owner: "cordelia", due: "23/01/2212" },
  { ref: "AFA-52", min: "3", action: "Ask Ellinghurst and Wexcombe for a joint recovery plan for CIP-02", owner: "samir", due: "16/01/2212" },
  { ref: "AFA-53", min: "4", action: "Send grant offer letters to Ellinghurst, Wexcombe, Marrowgate and Aldwinkle", owner: "samir", due: "28/11/2211" },
  { ref: "AFA-54", min: "4", action: "Obtain Culmstock's evidence of match funding and put the decision to the Chair", owner: "samir", due: "06/12/2211" },
  { ref: "AFA-55", min: "5", action: "Book the regional Champions' conference for 12 March 2212", owner: "ifeoma", due: "20/12/2211" },
  { ref: "AFA-56", min: "6", action: "Explore a nomination agreement with the Forces Families Housing Trust", owner: "ottoline", due: "19/03/2212" },
  { ref: "AFA-57", min: "7", action: "Circulate a briefing on the consultation on the Covenant duty statutory guidance", owner: "ottoline", correctedOwner: "samir", due: "09/01/2212" },
];

// ------------------------------------------------------------------ meeting of 23 January 2212 (Chair's script)
export const JAN = { apologies: ["llewelyn", "odunsi"], sub: { k: "brightwell", for: "llewelyn" }, online: ["courtenay", "peverell"], quorum: 4 };

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const money = (n) => n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
const q2 = {};
for (const m of MEASURES) q2[m.q2] = (q2[m.q2] ?? 0) + 1;
if (q2.G !== 3 || q2.A !== 2 || q2.R !== 2 || q2.C !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "CIP-02,CIP-04,CIP-07") fail("worse " + WORSE);
if (BETTER.join() !== "CIP-03,CIP-05") fail("better " + BETTER);
if (ASKED !== 391500 || AWARDED_AT_MEETING !== 207500 || AWARDED !== 245500 || TO_ROUND3 !== 54500) fail(`bids ${ASKED} ${AWARDED_AT_MEETING} ${AWARDED} ${TO_ROUND3}`);
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.short);
if (CULM.asked - CULM.vehicle !== CULM.eligible || CULM.eligible !== BIDS[4].award || CULM.eligible > CHAIR_LIMIT || CULM.asked <= CHAIR_LIMIT) fail("Culmstock");
if (CULM.match * 100 < CULM.eligible * MATCH) fail("match funding");
if (CRITERIA.reduce((t, c) => t + c.weight, 0) !== 100 || CRITERIA.reduce((t, c) => t + c.weighted, 0) !== CULM.score) fail("criteria");
if (BIDS[1].asked - 7500 !== BIDS[1].award) fail("Wexcombe");
if (CLOSING !== 654200) fail("closing " + CLOSING);
if (COMMITTED !== 271500 || AVAILABLE !== 382700) fail(`commitments ${COMMITTED} ${AVAILABLE}`);
const r1paidQ2 = LEDGER.filter((t) => t.type === "GRT" && t.date <= "2211-09-30").reduce((t, x) => t + x.dr, 0) - 9000;
if (r1paidQ2 !== BUDGET[0].spent) fail("round 1 spent to Q2 " + r1paidQ2);
if (ROUND1.reduce((t, r) => t + r.award / 2, 0) !== BUDGET[0].budget || BUDGET[0].budget - 7400 !== BUDGET[0].forecast) fail("round 1 budget");
if (BUDGET[1].budget !== ROUND2_POT || BUDGET[3].spent !== 12400 || BUDGET[5].budget !== 26000) fail("budget lines");
if (BTOT.budget !== 675000 || BTOT.spent !== 222700 || BTOT.forecast !== 639600) fail("budget totals " + JSON.stringify(BTOT));
if (COMMITMENTS.slice(1).reduce((t, c) => t + c.amount, 0) !== AWARDED) fail("round 2 commitments");
if (PRESENT.length !== 10 || PRESENT.includes("peverell") || PRESENT.includes("caddenham")) fail("attendance");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Thursday") fail("meeting day " + m.iso);
if (weekday(CONFERENCE.iso) !== "Thursday" || weekday(CONSULTATION_CLOSES.iso) !== "Monday") fail("conference / consultation");
for (const t of LEDGER) if (["Saturday", "Sunday"].includes(weekday(t.date))) fail("ledger date on a weekend " + t.date);
for (const [iso, d] of [["2211-11-20", "Wednesday"], ["2211-11-21", "Thursday"], ["2211-11-22", "Friday"], ["2211-11-25", "Monday"], ["2211-12-02", "Monday"], ["2211-12-06", "Friday"], ["2212-01-10", "Friday"], ["2211-11-28", "Thursday"], ["2212-01-16", "Thursday"], ["2212-04-30", "Thursday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
