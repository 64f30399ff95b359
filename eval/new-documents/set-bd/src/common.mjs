// Shared content for set BD: one body (the Public Art and Statues Task Group, a member task group of the
// invented Arts, Heritage and Place Board), its people, meetings, the Public Art Care Programme 2178–80
// (its works register, its budget), round 2 of the Public Art Conservation Fund (six bids, decided at the
// meeting of Tuesday 16 February 2179, with an amendment), the contested heritage review and the extra
// meeting of March 2179 fixed by a Doodle poll, in the municipal year 2178/79. Every builder reads from
// here so that the five documents agree with each other; the arithmetic (bids, awards, what is left,
// budget lines, grades, poll counts) is checked when this module loads.
// Synthetic test fixtures: every person, council, work of art, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Public Art and Statues Task Group";
export const SHORT = "PASTG";
export const BOARD = "Arts, Heritage and Place Board";
export const PROGRAMME = "Public Art Care Programme 2178–80";
export const FUND = "Public Art Conservation Fund";
export const ROOM = "Room 5.3, 18 Smith Square";
export const DEPT = "Department for Heritage and the Arts";
export const GUILD = "Guild of Architectural Conservators";

// file names (docs/)
export const DOCS = {
  largeprint: "pastg-item-5-conservation-fund-round-2-large-print-2179-02-16.pdf",
  labels: "pastg-agenda-despatch-labels-2179-02-08.pdf",
  notes: "pastg-meeting-notes-2179-02-16-evernote.html",
  register: "pastg-works-register-open-actions-2179-02-02.csv",
  doodle: "pastg-extra-meeting-doodle-poll-2179-03.html",
};

export const MEETINGS = [
  { date: "Tuesday 16 June 2178", iso: "2178-06-16" },
  { date: "Tuesday 15 September 2178", iso: "2178-09-15" },
  { date: "Tuesday 17 November 2178", iso: "2178-11-17" },
  { date: "Tuesday 16 February 2179", iso: "2179-02-16" },
  { date: "Thursday 18 March 2179", iso: "2179-03-18", extra: true },
  { date: "Tuesday 20 April 2179", iso: "2179-04-20" },
];

export const OFFICERS = {
  sugden: { fore: "Marcella", sur: "Sugden", post: "Programme Manager, Public Art Care", phone: "020 7946 0982", email: "marcella.sugden@local.gov.uk", init: "M. Sugden" },
  twelvetrees: { fore: "Jovan", sur: "Twelvetrees", post: "Senior Adviser, Conservation", phone: "020 7946 0981", email: "jovan.twelvetrees@local.gov.uk", init: "J. Twelvetrees" },
  drinkwater: { fore: "Gulnara", sur: "Drinkwater", post: "Finance Business Partner", phone: "020 7946 0986", email: "gulnara.drinkwater@local.gov.uk", init: "G. Drinkwater" },
  birtwistle: { fore: "Fabian", sur: "Birtwistle", post: "Conservation Officer", phone: "020 7946 0989", email: "fabian.birtwistle@local.gov.uk", init: "F. Birtwistle" },
  uglow: { fore: "Clovis", sur: "Uglow", post: "Democratic Services Officer", phone: "020 7946 0985", email: "clovis.uglow@local.gov.uk", init: "C. Uglow" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Dr Euphemia Crowther-Oni", post: "Chair, Public Monuments Group, " + GUILD };
export const AFT = { name: "Accessible Formats Team", phone: "020 7946 0987", email: "accessible.formats@local.gov.uk", ref: "AF-2179-031", done: "9 February 2179" };

// councils: name, address for the labels
export const COUNCILS = {
  dunmallow: { name: "Dunmallow Metropolitan Borough Council", short: "Dunmallow", addr: ["Civic Centre", "Ferrier Way", "Dunmallow  DM4 2RQ"] },
  hallowmere: { name: "Hallowmere Borough Council", short: "Hallowmere", addr: ["Town Hall", "Weavers' Row", "Hallowmere  HW1 1AB"] },
  kestling: { name: "Kestling District Council", short: "Kestling", addr: ["Council Offices", "Station Approach", "Kestling  KX7 3LN"] },
  larkhithe: { name: "Larkhithe Borough Council", short: "Larkhithe", addr: ["The Quayside Offices", "1 Harbour Street", "Larkhithe  LH2 9QE"] },
  merrowfield: { name: "Merrowfield City Council", short: "Merrowfield", addr: ["Members' Services, City Hall", "Pit Head Square", "Merrowfield  MF1 5TT"] },
  ousebridge: { name: "Ousebridge County Council", short: "Ousebridge", addr: ["County Hall", "Minster Street", "Ousebridge  OU1 4QT"] },
  pellingford: { name: "Pellingford Borough Council", short: "Pellingford", addr: ["Town Hall", "Ollerton Place", "Pellingford  PF3 8HD"] },
  sallowby: { name: "Sallowby District Council", short: "Sallowby", addr: ["District Offices", "Temperance Street", "Sallowby  SY9 2WG"] },
  thurlbeck: { name: "Thurlbeck Borough Council", short: "Thurlbeck", addr: ["The Guildhall", "Market Place", "Thurlbeck  TK5 6JD"] },
  yarncliffe: { name: "Yarncliffe City Council", short: "Yarncliffe", addr: ["Civic Hall", "Harbinson Street", "Yarncliffe  YN3 7PA"] },
};

// Membership 2178/79. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member.
// position: the free-text "Position" field of the despatch list (what the labels print); note: the
// despatch note field.
export const PEOPLE = [
  { k: "applegarth", fore: "Augusta", sur: "Applegarth", council: "ousebridge", group: "Conservative", role: "Former member", position: "** LEFT 31/12/78 – DO NOT SEND **", left: "31 December 2178" },
  { k: "brocklebank", fore: "Fitzroy", sur: "Brocklebank", council: "sallowby", group: "Conservative", role: "Member", position: "Member" },
  { k: "cresswick", fore: "Reuben", sur: "Cresswick", council: "merrowfield", group: "Labour", role: "Vice-Chair", position: "Vice-Chair (PASTG)" },
  { k: "eversleigh", fore: "Linus", sur: "Eversleigh", council: "ousebridge", group: "Conservative", role: "Member", position: "Member from 01/01/79 (replaces Cllr Applegarth)", from: "1 January 2179" },
  { k: "fanshawe", fore: "Sigrid", sur: "Fanshawe", council: "thurlbeck", group: "Independent", role: "Member", position: "Member", note: "LARGE PRINT PACK ENCLOSED" },
  { k: "gbadamosi", fore: "Adaora", sur: "Gbadamosi", council: "hallowmere", group: "Labour", role: "Member", position: "Member" },
  { k: "ludgrove", fore: "Bronwen", sur: "Ludgrove", council: "kestling", group: "Liberal Democrat", role: "Deputy Chair", position: "Deputy Chair – PASTG" },
  { k: "osgathorpe", fore: "Augustin", sur: "Osgathorpe", council: "pellingford", group: "Conservative", role: "Member", position: "Member – lead member, contested heritage", lead: "contested heritage" },
  { k: "pinchbeck", fore: "Malachy", sur: "Pinchbeck", council: "larkhithe", group: "Liberal Democrat", role: "Member", position: "Member" },
  { k: "quilliam", fore: "Solomon", sur: "Quilliam", council: "yarncliffe", group: "Labour", role: "Member", position: "Member" },
  { k: "ruddogun", fore: "Blessing", sur: "Rudd-Ogun", council: "dunmallow", group: "Labour", role: "Member", position: "Member" },
  { k: "sangster", fore: "Zuleika", sur: "Sangster", council: "pellingford", group: "Conservative", role: "Substitute", position: "Substitute member (Con)" },
  { k: "satchwell", fore: "Nuala", sur: "Satchwell", council: "kestling", group: "Liberal Democrat", role: "Substitute", position: "Substitute member (Lib Dem)" },
  { k: "trounson", fore: "Benedetta", sur: "Trounson", council: "merrowfield", group: "Green Party", role: "Member", position: "Member" },
  { k: "vavasour", fore: "Dorothea", sur: "Vavasour", council: "ousebridge", group: "Conservative", role: "Chair", position: "Chair, Public Art and Statues Task Group", note: "CHAIR'S COPY – BY HAND" },
  { k: "wardlaw", fore: "Cyprian", sur: "Wardlaw", council: "yarncliffe", group: "Labour", role: "Substitute", position: "Substitute member (Lab)" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const councilOf = (k) => COUNCILS[P[k].council].name;

// ------------------------------------------------------------------ the works register (Crystal report export)
// Works with an open action, grouped by council, sorted by reference. cond: A good, B fair, C poor, D very
// bad. Crystal suppresses a repeated Condition or Lead value ("Suppress If Duplicated"), across groups too.
export const WORKS = [
  { c: "dunmallow", ref: "PAW-004", work: "The Ironworkers (bronze group)", type: "Statue", listed: "II", cond: "C", insp: "12/09/2178", action: "Re-fix plinth cramps", due: "30/04/2179", cost: 12400, status: "Open", lead: "sugden" },
  { c: "dunmallow", ref: "PAW-011", work: "Canal Basin mural \"Boats and Barges\"", type: "Mural", listed: "", cond: "D", insp: "19/10/2178", action: "Consolidate render; temporary hoarding", due: "31/01/2179", cost: 27800, status: "OVERDUE", lead: "sugden" },
  { c: "hallowmere", ref: "PAW-019", work: "Weavers' Clock Tower", type: "Clock tower", listed: "II*", cond: "D", insp: "03/11/2178", action: "Mechanism and dial restoration (Fund round 2 bid)", due: "31/08/2179", cost: 150000, status: "On hold", lead: "twelvetrees" },
  { c: "hallowmere", ref: "PAW-021", work: "Alderman Pruett drinking fountain", type: "Fountain", listed: "II", cond: "B", insp: "03/11/2178", action: "Replace supply pipe", due: "31/03/2179", cost: 3900, status: "Open", lead: "twelvetrees" },
  { c: "kestling", ref: "PAW-030", work: "Kestling Market Cross", type: "Market cross", listed: "II*", cond: "D", insp: "22/08/2178", action: "Stabilise shaft; relocation study", due: "15/12/2178", cost: 170000, status: "OVERDUE", lead: "sugden" },
  { c: "kestling", ref: "PAW-033", work: "War horse sculpture, Station Approach", type: "Sculpture", listed: "", cond: "D", insp: "13/01/2179", action: "Anti-graffiti coating and repair of storm damage", due: "31/01/2179", cost: 6250, status: "OVERDUE", lead: "sugden" },
  { c: "kestling", ref: "PAW-034", work: "Blue plaque: Edith Marlowe-Keane", type: "Plaque", listed: "", cond: "B", insp: "22/08/2178", action: "Re-fix with stainless fixings", due: "28/02/2179", cost: 850, status: "With contractor", lead: "birtwistle" },
  { c: "larkhithe", ref: "PAW-041", work: "Larkhithe Harbour Arch", type: "Arch", listed: "II", cond: "C", insp: "30/09/2178", action: "Replace floodlighting (LED)", due: "30/06/2179", cost: 21000, status: "Open", lead: "birtwistle" },
  { c: "merrowfield", ref: "PAW-048", work: "The Sailors' Return (bronze group)", type: "Statue", listed: "II", cond: "C", insp: "14/10/2178", action: "Clean and re-patinate (Fund round 2 bid)", due: "31/10/2179", cost: 124000, status: "On hold", lead: "birtwistle" },
  { c: "merrowfield", ref: "PAW-050", work: "Miners' Statue, Pit Head Square", type: "Statue", listed: "II", cond: "D", insp: "06/01/2179", action: "Repair vandal damage (see Part 2 report)", due: "31/03/2179", cost: 0, status: "Open", lead: "birtwistle" },
  { c: "merrowfield", ref: "PAW-052", work: "Merrowfield Unicorn weathervane", type: "Weathervane", listed: "", cond: "B", insp: "14/10/2178", action: "Re-gild", due: "30/09/2179", cost: 7700, status: "Open", lead: "birtwistle" },
  { c: "ousebridge", ref: "PAW-057", work: "Queen Adelina, Minster Green", type: "Statue", listed: "II*", cond: "B", insp: "05/07/2178", action: "Five-yearly wax and inspection", due: "31/05/2179", cost: 4600, status: "Open", lead: "twelvetrees" },
  { c: "ousebridge", ref: "PAW-058", work: "Cattle Market Bull", type: "Sculpture", listed: "", cond: "A", insp: "05/07/2178", action: "Replace interpretation panel", due: "28/02/2179", cost: 1200, status: "Complete - to sign off", lead: "twelvetrees" },
  { c: "pellingford", ref: "PAW-063", work: "Pellingford Peace Fountain", type: "Fountain", listed: "II", cond: "C", insp: "28/09/2178", action: "Pump and lighting repairs", due: "31/03/2179", cost: 15300, status: "With contractor", lead: "birtwistle" },
  { c: "pellingford", ref: "PAW-066", work: "Sir Tancred Ollerton statue", type: "Statue", listed: "II", cond: "B", insp: "28/09/2178", action: "Contested heritage review: community panel", due: "30/06/2179", cost: 0, status: "Open", lead: "sugden" },
  { c: "sallowby", ref: "PAW-072", work: "Temperance Fountain", type: "Fountain", listed: "II", cond: "D", insp: "17/10/2178", action: "Full restoration (Fund round 2 bid)", due: "31/12/2179", cost: 48500, status: "On hold", lead: "sugden" },
  { c: "thurlbeck", ref: "PAW-078", work: "Bus station mosaic \"Thurlbeck at Work\"", type: "Mosaic", listed: "", cond: "C", insp: "02/11/2178", action: "Consolidation and protective glazing (Fund round 2 bid)", due: "30/11/2179", cost: 80000, status: "On hold", lead: "twelvetrees" },
  { c: "thurlbeck", ref: "PAW-079", work: "Guildhall clock", type: "Clock", listed: "II", cond: "C", insp: "02/11/2178", action: "Annual service", due: "31/01/2179", cost: 950, status: "OVERDUE", lead: "twelvetrees" },
  { c: "yarncliffe", ref: "PAW-085", work: "Colonel Harbinson statue", type: "Statue", listed: "II", cond: "B", insp: "11/12/2178", action: "Interpretation and engagement (Fund round 2 bid)", due: "31/07/2179", cost: 56250, status: "On hold", lead: "sugden" },
  { c: "yarncliffe", ref: "PAW-087", work: "Yarncliffe Millennium Spire", type: "Sculpture", listed: "", cond: "C", insp: "11/12/2178", action: "Corrosion survey", due: "31/03/2179", cost: 5800, status: "Open", lead: "sugden" },
];
export const REGISTER_PRINTED = "02/02/2179 08:51";
export const OVERDUE = WORKS.filter((w) => w.status === "OVERDUE").map((w) => w.ref);
export const GRADE_D = WORKS.filter((w) => w.cond === "D").map((w) => w.ref);

// the whole register at 31 January 2179 (Figure 1 of the paper, described in words in large print)
export const GRADES = { A: 74, B: 93, C: 52, D: 19 };
export const REGISTER_TOTAL = Object.values(GRADES).reduce((a, b) => a + b, 0); // 238
export const GRADE_D_SEPT = 15;

// ------------------------------------------------------------------ Fund round 2 (paper, item 5, 16 February 2179)
export const ROUND2 = 420000;
export const ROUND1 = { awards: 7, total: 385000 };
export const THRESHOLD = 65;
export const MIN_CONTRIB = 20; // per cent of the total cost
export const CRITERIA = [
  ["Condition and risk", 35],
  ["Public value and access", 25],
  ["Deliverability", 20],
  ["Match funding", 20],
];
export const BIDS = [
  { c: "hallowmere", ref: "PAW-019", work: "Weavers' Clock Tower: restoration of the mechanism and dials", total: 150000, asked: 118000, score: 81, rec: 118000, final: 118000, note: "Recommended in full." },
  { c: "merrowfield", ref: "PAW-048", work: "The Sailors' Return: cleaning and re-patination of the bronze group", total: 124000, asked: 96500, score: 77, rec: 90000, final: 96500, note: "Recommended at £90,000, £6,500 less than asked, because the scaffolding is to be shared with the council's Merrowfield Central Library roof scheme." },
  { c: "kestling", ref: "PAW-030", work: "Kestling Market Cross: stabilisation and relocation", total: 170000, asked: 142000, score: 58, rec: 0, final: 0, note: "Not recommended: the score is below the threshold of 65, and the council's contribution is 16.5 per cent of the cost, below the minimum of 20 per cent." },
  { c: "thurlbeck", ref: "PAW-078", work: "Bus station mosaic: consolidation and protective glazing", total: 80000, asked: 64000, score: 72, rec: 64000, final: 64000, note: "Recommended in full." },
  { c: "sallowby", ref: "PAW-072", work: "Temperance Fountain: full restoration", total: 48500, asked: 38500, score: 69, rec: 38500, final: 38500, note: "Recommended in full." },
  { c: "yarncliffe", ref: "PAW-085", work: "Colonel Harbinson statue: interpretation panels and community engagement", total: 56250, asked: 45000, score: 66, rec: "held", final: "held", note: "Recommended that £45,000 is held until the Task Group has considered the statue under the contested heritage review." },
];
export const HELD = 45000;
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 504,000
export const REC = BIDS.reduce((t, b) => t + (typeof b.rec === "number" ? b.rec : 0), 0); // 310,500
export const FINAL = BIDS.reduce((t, b) => t + (typeof b.final === "number" ? b.final : 0), 0); // 317,000
export const LEFT_REC = ROUND2 - REC - HELD; // 64,500
export const LEFT_FINAL = ROUND2 - FINAL - HELD; // 58,000
export const KEY_DECISION_LIMIT = 250000;

// programme budget 2178/79 (Table 3 of the paper)
export const BUDGET = [
  ["Public Art Conservation Fund: round 1 (awarded June 2178)", 385000],
  ["Public Art Conservation Fund: round 2", 420000],
  ["Condition surveys", 140000],
  ["Contested heritage review", 60000],
  ["Programme team", 145000],
];
export const BUDGET_TOTAL = BUDGET.reduce((t, [, v]) => t + v, 0); // 1,150,000

// ------------------------------------------------------------------ meeting of 16 February 2179 (Evernote notes)
export const PRESENT = ["vavasour", "cresswick", "ludgrove", "osgathorpe", "gbadamosi", "brocklebank", "fanshawe", "trounson", "eversleigh", "ruddogun"];
export const ONLINE = ["fanshawe"];
export const SUB = { k: "wardlaw", for: "quilliam" };
export const APOLOGIES = ["quilliam", "pinchbeck"];
export const PETITIONS = { works: 14, councils: 5 };

// ------------------------------------------------------------------ Doodle poll for the extra meeting
export const OPTIONS = [
  { iso: "2179-03-09", mon: "MAR", day: "9", wd: "TUE", from: "10:00 AM", to: "12:00 PM" },
  { iso: "2179-03-09", mon: "MAR", day: "9", wd: "TUE", from: "2:00 PM", to: "4:00 PM" },
  { iso: "2179-03-11", mon: "MAR", day: "11", wd: "THU", from: "10:00 AM", to: "12:00 PM" },
  { iso: "2179-03-15", mon: "MAR", day: "15", wd: "MON", from: "2:00 PM", to: "4:00 PM" },
  { iso: "2179-03-18", mon: "MAR", day: "18", wd: "THU", from: "2:00 PM", to: "4:00 PM" },
  { iso: "2179-03-19", mon: "MAR", day: "19", wd: "FRI", from: "10:00 AM", to: "12:00 PM" },
];
export const BOOKED = 4; // index of the booked option
// names as the participants typed them; answers Y yes, I if need be, N no
export const VOTES = [
  { k: "vavasour", typed: "Dorothea Vavasour", a: "NYNIYN" },
  { k: "cresswick", typed: "Reuben Cresswick", a: "YYNNYY" },
  { k: "ludgrove", typed: "Bronwen L", a: "YNYIYN" },
  { k: "osgathorpe", typed: "Cllr Osgathorpe", a: "NNYYYY" },
  { k: "gbadamosi", typed: "Adaora Gbadamosi", a: "YYYNIY" },
  { k: "brocklebank", typed: "fitzroy brocklebank", a: "NYNYYN" },
  { k: "fanshawe", typed: "Sigrid Fanshawe (Teams only)", a: "IIIYIN" },
  { k: "quilliam", typed: "Solomon Quilliam", a: "NNNNNN" },
  { k: "trounson", typed: "Benedetta T", a: "YNYYYY" },
  { k: "eversleigh", typed: "Linus Eversleigh", a: "YYNYNY" },
  { k: "ruddogun", typed: "Blessing Rudd-Ogun", a: "NYNIYN" },
  { k: "wardlaw", typed: "Cyprian Wardlaw (sub for Cllr Quilliam)", a: "NYYNYN" },
];
export const NO_RESPONSE = ["pinchbeck"];
export const tally = (i) => ({ Y: VOTES.filter((v) => v.a[i] === "Y").length, I: VOTES.filter((v) => v.a[i] === "I").length, N: VOTES.filter((v) => v.a[i] === "N").length });
export const EXTRA_PAPERS = "10 March";

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const gbp2 = (n) => "£" + n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (REGISTER_TOTAL !== 238) fail("register total " + REGISTER_TOTAL);
if (ASKED !== 504000 || REC !== 310500 || FINAL !== 317000 || LEFT_REC !== 64500 || LEFT_FINAL !== 58000) fail(`bids ${ASKED} ${REC} ${FINAL} ${LEFT_REC} ${LEFT_FINAL}`);
if (BUDGET_TOTAL !== 1150000 || BUDGET[1][1] !== ROUND2 || BUDGET[0][1] !== ROUND1.total) fail("budget " + BUDGET_TOTAL);
if (CRITERIA.reduce((t, [, v]) => t + v, 0) !== 100) fail("criteria");
if (REC <= KEY_DECISION_LIMIT) fail("a key decision");
for (const b of BIDS) {
  const contrib = ((b.total - b.asked) / b.total) * 100;
  if ((b.score >= THRESHOLD) !== (b.rec !== 0)) fail("threshold " + b.c);
  if (b.c !== "kestling" && contrib < MIN_CONTRIB) fail("contribution " + b.c + " " + contrib);
  const w = WORKS.find((x) => x.ref === b.ref);
  if (!w || w.cost !== b.total || w.c !== b.c) fail("bid against the register " + b.ref);
}
if (Math.round(((170000 - 142000) / 170000) * 1000) / 10 !== 16.5) fail("Kestling 16.5%");
if (BIDS[1].asked - BIDS[1].rec !== 6500) fail("Merrowfield reduction");
if (OVERDUE.join() !== "PAW-011,PAW-030,PAW-033,PAW-079") fail("overdue " + OVERDUE);
if (GRADE_D.join() !== "PAW-011,PAW-019,PAW-030,PAW-033,PAW-050,PAW-072") fail("grade D " + GRADE_D);
if (PRESENT.length !== 10 || PRESENT.some((k) => APOLOGIES.includes(k))) fail("attendance");
if (new Set([...PRESENT, ...APOLOGIES]).size !== 12) fail("members accounted for");
const t = OPTIONS.map((_, i) => tally(i));
if (t[BOOKED].Y !== 8 || t[BOOKED].I !== 2 || t.some((x, i) => i !== BOOKED && x.Y >= t[BOOKED].Y)) fail("poll " + JSON.stringify(t));
if (VOTES.filter((v) => v.a[BOOKED] === "N").map((v) => v.k).join() !== "quilliam,eversleigh") fail("cannot make it");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (!m.date.startsWith(weekday(m.iso))) fail("meeting day " + m.iso);
for (const o of OPTIONS) if (!weekday(o.iso).toUpperCase().startsWith(o.wd)) fail("option day " + o.iso);
for (const [iso, d] of [["2179-02-02", "Tuesday"], ["2179-02-08", "Monday"], ["2179-02-09", "Tuesday"], ["2179-02-18", "Thursday"], ["2179-02-24", "Wednesday"], ["2179-02-25", "Thursday"], ["2179-02-26", "Friday"], ["2179-03-05", "Friday"], ["2179-03-10", "Wednesday"], ["2179-03-12", "Friday"], ["2179-01-01", "Friday"], ["2179-01-06", "Wednesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
