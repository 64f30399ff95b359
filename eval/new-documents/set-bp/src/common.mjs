// Shared content for set BP: one body (the Port Health and Imported Food Task Group, a member task group
// of the invented Public Protection and Regulation Board), its people and meetings in the municipal year
// 2268/69, the Imported Food Assurance Programme 2268–70 (measures IFA-01 to IFA-12), the targeted
// sampling of imported food (round 2, 2 to 6 November 2268, and its certificates of analysis), the Chair's
// urgent decision UD-2268-03 of 3 December 2268 and the Port Health New Burdens Grant 2269/70 with its
// allocation formula. Every builder reads from here so that the five documents agree with each other;
// the arithmetic (allocations, contingency, attendance, rating counts) is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, sample and decision is invented.
//   node src/common.mjs --json     prints the data as JSON (read by the Python e-mail builder)
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Port Health and Imported Food Task Group";
export const SHORT = "PHIFTG";
export const BOARD = "Public Protection and Regulation Board";
export const PROGRAMME = "Imported Food Assurance Programme 2268–70";
export const GRANT = "Port Health New Burdens Grant";
export const ROOM = "Room 2.4, 18 Smith Square";
export const LAB = { name: "Arbuthnot Scientific Services", address: "Unit 4, Ropewalk Yard, Eddersea EA4 7QT", phone: "0161 496 0372", ukas: "4127" };

export const DOCS = {
  pack: "phiftg-agenda-pack-2269-01-21.docx",
  certs: "phiftg-certificates-of-analysis-round-2-2268-11.pdf",
  attendance: "phiftg-attendance-query-results-2268-12-07.csv",
  ckan: "phiftg-ifa-measures-q2-2268-69-open-data-portal.html",
  ndr: "phiftg-undeliverable-urgent-decision-ud-2268-03-2268-12-04.eml",
};

// meetings of 2268/69 (Thursdays); the January meeting moved a week (the e-mail of 4 December 2268)
export const MEETINGS = [
  { id: 7711, date: "Thursday 11 June 2268", iso: "2268-06-11" },
  { id: 7724, date: "Thursday 17 September 2268", iso: "2268-09-17" },
  { id: 7731, date: "Thursday 12 November 2268", iso: "2268-11-12" },
  { id: 7745, date: "Thursday 14 January 2269", iso: "2269-01-14", moved: "Thursday 21 January 2269", movedIso: "2269-01-21" },
  { id: 7752, date: "Thursday 18 March 2269", iso: "2269-03-18" },
];

export const OFFICERS = {
  wakerley: { fore: "Isadora", sur: "Wakerley", post: "Programme Manager, Imported Food", phone: "020 7946 0741", email: "isadora.wakerley@local.gov.uk" },
  rochfort: { fore: "Barnabas", sur: "Rochfort", post: "Senior Adviser, Port Health", phone: "020 7946 0746", email: "barnabas.rochfort@local.gov.uk" },
  bracegirdle: { fore: "Peregrine", sur: "Bracegirdle", post: "Finance Business Partner", phone: "020 7946 0752", email: "peregrine.bracegirdle@local.gov.uk" },
  ormesby: { fore: "Wilhelmina", sur: "Ormesby", post: "Head of Democratic Services", phone: "020 7946 0758", email: "wilhelmina.ormesby@local.gov.uk" },
  stradbroke: { fore: "Ezra", sur: "Stradbroke-Nunez", post: "Member Services Officer", phone: "020 7946 0763", email: "ezra.stradbroke-nunez@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const ANALYST = { name: "Dr Henrietta Mallory-Quist", post: "Public Analyst" };
export const DEPUTY = { name: "Dr Tobias Vinnicombe", post: "Deputy Public Analyst" };

// Membership 2268/69 (appointed by the Board on 21 May 2268). id: the committee system's MemberID.
// party: the system's code. portfolio: lead member portfolios (NULL for others in the query).
export const PEOPLE = [
  { k: "scudamore", id: 2041, fore: "Marguerite", sur: "Scudamore", council: "Holmwich County Council", party: "CON", role: "Chair", email: "marguerite.scudamore@holmwich.gov.uk" },
  { k: "twentyman", id: 2042, fore: "Emrys", sur: "Twentyman", council: "Gannetmouth City Council", party: "LAB", role: "Vice-Chair", portfolio: "Finance and cost recovery", email: "emrys.twentyman@gannetmouth.gov.uk" },
  { k: "wrenshall", id: 2043, fore: "Philippa", sur: "Wrenshall", council: "Eddersea Borough Council", party: "LD", role: "Deputy Chair", email: "philippa.wrenshall@eddersea.gov.uk" },
  { k: "pouncey", id: 2044, fore: "Ansel", sur: "Pouncey", council: "Scarrowfleet Borough Council", party: "CON", role: "Member", portfolio: "Border checks", email: "ansel.pouncey@scarrowfleet.gov.uk" },
  { k: "fothergale", id: 2045, fore: "Nkechi", sur: "Fothergale", council: "Quayhurst District Council", party: "LAB", role: "Member", portfolio: "Sampling and laboratories", email: "nkechi.fothergale@quayhurst.gov.uk" },
  { k: "brunskill", id: 2046, fore: "Rufus", sur: "Brunskill", council: "Cobbleby District Council", party: "CON", role: "Member", portfolio: "Airports and inland border facilities", email: "rufus.brunskill@cobbleby.gov.uk" },
  { k: "mothersole", id: 2047, fore: "Zofia", sur: "Mothersole", council: "Ennerdeep Metropolitan Borough Council", party: "LAB", role: "Member", email: "zofia.mothersole@ennerdeep.gov.uk" },
  { k: "carrodus", id: 2048, fore: "Idris", sur: "Carrodus", council: "Faxhaven District Council", party: "IND", role: "Member", email: "idris.carrodus@faxhaven.gov.uk" },
  { k: "whinnerah", id: 2049, fore: "Greta", sur: "Whinnerah", council: "Ravenshythe City Council", party: "GRN", role: "Member", email: "greta.whinnerah@ravenshythe.gov.uk" },
  { k: "cleasby", id: 2050, fore: "Bartholomew", sur: "Cleasby", council: "Holmwich County Council", party: "CON", role: "Member", email: "bartholomew.cleasby@holmwich.gov.uk" },
  { k: "lefroy", id: 2051, fore: "Hyacinth", sur: "Lefroy", council: "Gannetmouth City Council", party: "LAB", role: "Member", email: "hyacinth.lefroy@gannetmouth.gov.uk" },
  { k: "aglionby", id: 2052, fore: "Fenella", sur: "Aglionby", council: "Quayhurst District Council", party: "CON", role: "Member", to: "2268-09-30", email: "fenella.aglionby@quayhurst.gov.uk" },
  { k: "ruane", id: 2053, fore: "Tabitha", sur: "Ruane", council: "Holmwich County Council", party: "CON", role: "Substitute", email: "tabitha.ruane@holmwich.gov.uk" },
  { k: "dunnage", id: 2054, fore: "Declan", sur: "Dunnage", council: "Ennerdeep Metropolitan Borough Council", party: "LAB", role: "Substitute", email: "declan.dunnage@ennerdeep.gov.uk" },
  { k: "jellicoe", id: 2055, fore: "Ottoline", sur: "Jellicoe", council: "Eddersea Borough Council", party: "LD", role: "Substitute", email: "ottoline.jellicoe@eddersea.gov.uk" },
  { k: "zealley", id: 2063, fore: "Osric", sur: "Zealley", council: "Quayhurst District Council", party: "CON", role: "Member", from: "2268-10-01", email: "osric.zealley@quayhurst.gov.uk" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const APPOINTED = "2268-05-21";
export const ROLE_ORDER = { Chair: 0, "Vice-Chair": 1, "Deputy Chair": 2, Member: 3, Substitute: 4 };
// members on a date (substitutes included, as the committee system lists them)
export const onRoll = (iso) => PEOPLE.filter((p) => (p.from ?? APPOINTED) <= iso && (!p.to || p.to >= iso));
export const MEMBERS_NOW = PEOPLE.filter((p) => p.role !== "Substitute" && !p.to);
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// attendance by meeting: P present, R present (remote), A apologies, S substitute (for whom), absent
// substitutes are NULL in the query (not called). note: the Notes column.
export const ATTEND = {
  "2268-06-11": { P: ["scudamore", "twentyman", "wrenshall", "pouncey", "fothergale", "brunskill", "mothersole", "lefroy", "aglionby"], R: ["carrodus"], A: ["whinnerah", "cleasby"], S: { ruane: "cleasby" }, notes: {} },
  "2268-09-17": { P: ["scudamore", "twentyman", "pouncey", "fothergale", "mothersole", "carrodus", "whinnerah", "cleasby"], R: ["lefroy"], A: ["wrenshall", "brunskill", "aglionby"], S: { ruane: "brunskill", jellicoe: "wrenshall" }, notes: { aglionby: "Standing down 30/09/2268 (no longer a councillor)" } },
  "2268-11-12": { P: ["scudamore", "twentyman", "wrenshall", "pouncey", "fothergale", "brunskill", "carrodus", "cleasby", "zealley"], R: ["whinnerah"], A: ["mothersole", "lefroy"], S: { dunnage: "lefroy" }, notes: { brunskill: "Left at 12:10, before item 6", zealley: "First meeting" } },
};

// ------------------------------------------------------------------ programme measures at quarter 2 2268/69
// ratings: one letter, explained only by the data dictionary of the open data portal
export const RAG = { G: "on track", A: "some risk", R: "off track", C: "complete", N: "no data yet" };
const RANK = { R: 0, A: 1, G: 2, C: 3 };
export const MEASURES = [
  { ref: "IFA-01", name: "Documentary checks completed within 24 hours of notification", target: "98%", q1v: "98.6%", q1: "G", q2v: "96.9%", q2: "A", lead: "Pouncey" },
  { ref: "IFA-02", name: "Identity and physical checks carried out at the frequency set for the commodity", target: "95%", q1v: "95.8%", q1: "G", q2v: "91.2%", q2: "R", lead: "Pouncey", reported: "91.0%" },
  { ref: "IFA-03", name: "Detained consignments resolved within 15 working days", target: "90%", q1v: "88.0%", q1: "A", q2v: "92.5%", q2: "G", lead: "Brunskill" },
  { ref: "IFA-04", name: "Samples taken under the targeted sampling plan (cumulative)", target: "480", q1v: "96", q1: "G", q2v: "212", q2: "G", lead: "Fothergale" },
  { ref: "IFA-05", name: "Samples with a certificate of analysis within 21 days of receipt", target: "85%", q1v: "71%", q1: "R", q2v: "79%", q2: "A", lead: "Fothergale" },
  { ref: "IFA-06", name: "Border control posts audited in the year (cumulative)", target: "12", q1v: "3", q1: "G", q2v: "6", q2: "G", lead: "Pouncey" },
  { ref: "IFA-07", name: "Port health officers trained in the import notification system", target: "100% by 30 September", q1v: "64%", q1: "A", q2v: "100%", q2: "C", lead: "Pouncey" },
  { ref: "IFA-08", name: "Unsatisfactory sample results notified to the food alerts system within 48 hours", target: "100%", q1v: "100%", q1: "G", q2v: "100%", q2: "G", lead: "Fothergale" },
  { ref: "IFA-09", name: "Cost of checks recovered through fees", target: "92%", q1v: "88%", q1: "A", q2v: "84%", q2: "R", lead: "Twentyman" },
  { ref: "IFA-10", name: "High-risk air freight at Saltcote Airport cleared within 4 hours", target: "90%", q1v: "–", q1: "N", q2v: "86.5%", q2: "A", lead: "Brunskill" },
  // rows 11 and 12 exist in the data set but are not on the page (the preview shows rows 1 to 10)
  { ref: "IFA-11", hidden: true, q1: "G", q2: "G" },
  { ref: "IFA-12", hidden: true, q1: "N", q2: "N" },
];
export const SHOWN = MEASURES.filter((m) => !m.hidden);
export const WORSE = MEASURES.filter((m) => m.q1 in RANK && m.q2 in RANK && RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in RANK && m.q2 in RANK && RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);

// ------------------------------------------------------------------ the grant 2269/70 and its formula
// A_i = G × (0.55 × C_i/C + 0.35 × B_i/B + 0.10 × 1/N)
export const G = 2400000;
export const W = { C: 0.55, B: 0.35, N: 0.1 };
export const AUTHORITIES = [
  { name: "Scarrowfleet Port Health Authority", short: "Scarrowfleet", c: 19200, b: 3 },
  { name: "Quayhurst Haven Port Health Authority", short: "Quayhurst", c: 14400, b: 2 },
  { name: "Gannetmouth City Council", short: "Gannetmouth", c: 12000, b: 2 },
  { name: "Eddersea Estuary Port Health Authority", short: "Eddersea", c: 8000, b: 1 },
  { name: "Faxhaven District Council", short: "Faxhaven", c: 4800, b: 1 },
  { name: "Cobbleby District Council (Saltcote Airport)", short: "Cobbleby", c: 3200, b: 1 },
  { name: "Ravenshythe City Council", short: "Ravenshythe", c: 1600, b: 1 },
  { name: "Ennerdeep Metropolitan Borough Council (Ennerdeep rail freight terminal)", short: "Ennerdeep", c: 800, b: 1 },
];
export const C_TOTAL = AUTHORITIES.reduce((t, a) => t + a.c, 0);
export const B_TOTAL = AUTHORITIES.reduce((t, a) => t + a.b, 0);
export const N = AUTHORITIES.length;
for (const a of AUTHORITIES) a.alloc = Math.round(G * (W.C * a.c / C_TOTAL + W.B * a.b / B_TOTAL + W.N / N) * 1000) / 1000;
export const ALLOC_TOTAL = AUTHORITIES.reduce((t, a) => t + a.alloc, 0);

// ------------------------------------------------------------------ targeted sampling, round 2 (2 to 6 November 2268)
export const CERTS = [
  {
    no: "AR/68/2291", lab: "68-04417", authority: "Scarrowfleet Port Health Authority", officer: "Tamsin Gulliford", officerPost: "Port Health Officer",
    sample: "SPH/68/0417", description: "Groundnuts (peanuts), shelled, to be sorted before human consumption", origin: "Republic of Tessaly", ched: "CHEDD.GB.2268.0418832",
    post: "Scarrowfleet Eastquay border control post", consignment: "18,400 kg (736 bags of 25 kg)", sampled: "3 November 2268", received: "4 November 2268", issued: "16 November 2268", signer: "analyst",
    results: [
      ["Aflatoxin B1 *", "14.6", "µg/kg", "8.0", "3.1", "AR-M-031 (HPLC-FLD)"],
      ["Aflatoxins, total (B1, B2, G1, G2) *", "21.8", "µg/kg", "15.0", "4.4", "AR-M-031 (HPLC-FLD)"],
    ],
    opinion: "The sample does not comply with the maximum levels for aflatoxin B1 and for total aflatoxins in groundnuts to be sorted before human consumption: the results exceed them even after the expanded uncertainty is allowed for. In my opinion the consignment should not be placed on the market.",
    complies: false,
  },
  {
    no: "AR/68/2295", lab: "68-04431", authority: "Quayhurst Haven Port Health Authority", officer: "Lowri Oxenbury", officerPost: "Senior Port Health Officer",
    sample: "QHP/68/1182", description: "Chilli powder, in 10 kg sacks", origin: "Kingdom of Maravet", ched: "CHEDD.GB.2268.0421507",
    post: "Quayhurst Haven border control post", consignment: "4,200 kg (420 sacks)", sampled: "5 November 2268", received: "6 November 2268", issued: "18 November 2268", signer: "analyst",
    results: [
      ["Sudan I *", "< 0.5", "mg/kg", "not permitted", "–", "AR-M-044 (LC-MS/MS)"],
      ["Sudan II *", "< 0.5", "mg/kg", "not permitted", "–", "AR-M-044 (LC-MS/MS)"],
      ["Sudan III *", "< 0.5", "mg/kg", "not permitted", "–", "AR-M-044 (LC-MS/MS)"],
      ["Sudan IV *", "< 0.5", "mg/kg", "not permitted", "–", "AR-M-044 (LC-MS/MS)"],
      ["Aflatoxin B1 *", "1.9", "µg/kg", "5.0", "0.5", "AR-M-031 (HPLC-FLD)"],
      ["Aflatoxins, total (B1, B2, G1, G2) *", "2.6", "µg/kg", "10.0", "0.6", "AR-M-031 (HPLC-FLD)"],
      ["Ochratoxin A", "8.2", "µg/kg", "20.0", "2.0", "AR-M-036 (HPLC-FLD)"],
    ],
    opinion: "No Sudan dyes were detected (reporting limit 0.5 mg/kg), and the results for aflatoxins and ochratoxin A are below the maximum levels for dried spices. In my opinion the sample complies.",
    complies: true,
  },
  {
    no: "AR/68/2297A", replaces: "AR/68/2297", replacedIssued: "19 November 2268", lab: "68-04409", authority: "Gannetmouth City Council", officer: "Kwabena Moyse", officerPost: "Port Health Officer",
    sample: "GCC/68/0093", description: "Pistachios, in shell, ready to eat", origin: "Republic of Tessaly", ched: "CHEDD.GB.2268.0417196",
    post: "Gannetmouth Container Terminal border control post", consignment: "9,600 kg (384 cartons)", sampled: "2 November 2268", received: "4 November 2268", issued: "26 November 2268", signer: "deputy",
    results: [
      ["Aflatoxin B1 *", "0.86", "µg/kg", "8.0", "0.22", "AR-M-031 (HPLC-FLD)"],
      ["Aflatoxins, total (B1, B2, G1, G2) *", "1.24", "µg/kg", "10.0", "0.31", "AR-M-031 (HPLC-FLD)"],
    ],
    amendment: "This certificate replaces certificate AR/68/2297 dated 19 November 2268, which is withdrawn. On that certificate the result for total aflatoxins was transcribed as 12.4 µg/kg; the correct result is 1.24 µg/kg. No other detail has changed.",
    opinion: "The results are below the maximum levels for aflatoxin B1 and for total aflatoxins in pistachios ready to eat. In my opinion the sample complies.",
    complies: true,
  },
];

// ------------------------------------------------------------------ the urgent decision (e-mail of 4 December 2268)
export const CONTINGENCY = 40000;
export const UD = { ref: "UD-2268-03", cost: 18500, samples: 60, from: "7 December 2268", to: "29 January 2269", decided: "Thursday 3 December 2268", consulted: "2 December 2268" };
export const UD_LEFT = CONTINGENCY - UD.cost;
export const URGENCY_LIMIT = 25000; // minute 4(b) of 12 November 2268

// ------------------------------------------------------------------ meeting of 12 November 2268 (draft minutes)
export const SEPT_OPEN = ["PHF-26", "PHF-28"]; // of PHF-23 to PHF-29
export const ROUND1 = { samples: 96, failed: 7, days: 26 };
export const ACTIONS = [
  { ref: "PHF-31", min: "3", action: "Ask Scarrowfleet Port Health Authority for a recovery plan for identity and physical checks (IFA-02)", owner: "rochfort", due: "11/12/2268" },
  { ref: "PHF-32", min: "4", action: "Report the results of round 2 of targeted sampling", owner: "rochfort", due: "14/01/2269" },
  { ref: "PHF-33", min: "5", action: "Bring the allocation formula and indicative allocations for the Port Health New Burdens Grant 2269/70", owner: "wakerley", due: "14/01/2269" },
  { ref: "PHF-34", min: "6", action: "Review the charging schedule for documentary, identity and physical checks", owner: "bracegirdle", due: "18/03/2269" },
  { ref: "PHF-35", min: "7", action: "Add an item on illegal imports of meat and dairy products at the smaller ports to the March agenda", owner: "stradbroke", due: "18/03/2269" },
  { ref: "PHF-36", min: "2", action: "Chase the Food Standards Agency for a reply to the Chair's letter on a three-year settlement (PHF-26)", owner: "ormesby", due: "14/01/2269" },
];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const num = (n) => n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS_NOW.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (C_TOTAL !== 64000 || B_TOTAL !== 12 || N !== 8) fail(`formula totals ${C_TOTAL} ${B_TOTAL} ${N}`);
for (const a of AUTHORITIES) if (!Number.isInteger(a.alloc) || a.alloc % 500 !== 0) fail("allocation not whole " + a.short + " " + a.alloc);
if (ALLOC_TOTAL !== G) fail("allocations total " + ALLOC_TOTAL);
if (AUTHORITIES[0].alloc !== 636000) fail("Scarrowfleet " + AUTHORITIES[0].alloc);
if (UD_LEFT !== 21500 || UD.cost > URGENCY_LIMIT) fail("contingency");
const q2 = {};
for (const m of MEASURES) q2[m.q2] = (q2[m.q2] ?? 0) + 1;
if (q2.G !== 5 || q2.A !== 3 || q2.R !== 2 || q2.C !== 1 || q2.N !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "IFA-01,IFA-02,IFA-09") fail("worse " + WORSE);
if (BETTER.join() !== "IFA-03,IFA-05,IFA-07") fail("better " + BETTER);
if (SHOWN.length !== 10 || MEASURES.length !== 12) fail("rows shown");
for (const [iso, a] of Object.entries(ATTEND)) {
  const roll = onRoll(iso).filter((p) => p.role !== "Substitute").map((p) => p.k).sort();
  const seen = [...a.P, ...a.R, ...a.A].sort();
  if (roll.join() !== seen.join()) fail("attendance roll " + iso + ": " + roll + " / " + seen);
  for (const [s, f] of Object.entries(a.S)) if (!a.A.includes(f) || P[s].party !== P[f].party) fail("substitute " + s + " for " + f);
}
if (ATTEND["2268-11-12"].P.length + Object.keys(ATTEND["2268-11-12"].S).length !== 10) fail("10 counted on 12 November");
if (CERTS[0].results[0][1] !== "14.6" || CERTS[0].complies) fail("certificate 1");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) { if (weekday(m.iso) !== "Thursday") fail("meeting day " + m.iso); if (m.movedIso && weekday(m.movedIso) !== "Thursday") fail("moved day"); }
for (const [iso, d] of [["2268-12-03", "Thursday"], ["2268-12-04", "Friday"], ["2268-12-02", "Wednesday"], ["2268-12-07", "Monday"], ["2269-01-29", "Friday"], ["2269-01-11", "Monday"], ["2269-01-13", "Wednesday"], ["2269-02-26", "Friday"], ["2268-11-02", "Monday"], ["2268-11-06", "Friday"], ["2268-12-10", "Thursday"], ["2268-05-21", "Thursday"], ["2268-12-11", "Friday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes("--json")) {
  console.log(JSON.stringify({ BODY, SHORT, BOARD, PROGRAMME, ROOM, DOCS, MEETINGS, OFFICERS, PEOPLE, ANALYST, CERTS, CONTINGENCY, UD, UD_LEFT, URGENCY_LIMIT, MEMBERS_NOW: MEMBERS_NOW.map((p) => p.k) }));
}
