// Shared content for set AZ: one body (the Empty Homes Task Group, a member task group of the invented
// Housing and Neighbourhoods Board), its people, meetings, Empty Homes Recovery Fund schemes, programme
// measures, the terms of reference review, the Chair's decision between meetings UD-2131-04 and the
// meeting of 20 November 2131, in the municipal year 2131/32. Every builder reads from here so that the
// five documents agree with each other; the arithmetic (scheme totals and status counts, measure ratings
// by quarter, the reserve before and after each decision, the votes) is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Empty Homes Task Group";
export const SHORT = "EHTG";
export const BOARD = "Housing and Neighbourhoods Board";
export const PROGRAMME = "Empty Homes Programme";
export const FUND = "Empty Homes Recovery Fund";
export const VENUE = "Room 5.1, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  form: "ehtg-ud-2131-04-decision-record-form.pdf",
  gmail: "ehtg-gmail-thread-tanners-yard-2131-11-07.pdf",
  tor: "ehtg-item-3-terms-of-reference-changes-2131-11-20.docx",
  tracker: "ehtg-fund-tracker-2131-32-q2-mac.csv",
  minutes: "ehtg-fw-draft-minutes-2131-11-20.eml",
};

export const MEETINGS = [
  { date: "Tuesday 19 June 2131", iso: "2131-06-19" },
  { date: "Tuesday 18 September 2131", iso: "2131-09-18" },
  { date: "Tuesday 20 November 2131", iso: "2131-11-20" },
  { date: "Tuesday 5 February 2132", iso: "2132-02-05" },
];

export const OFFICERS = {
  kwabena: { name: "Kwabena Ashplant", post: "Programme Manager, Empty Homes", phone: "020 7946 0624", email: "kwabena.ashplant@local.gov.uk" },
  ingrid: { name: "Ingrid Sølvberg", post: "Finance Business Partner", phone: "020 7946 0631", email: "ingrid.solvberg@local.gov.uk" },
  hermione: { name: "Hermione Blackwardine", post: "Head of Democratic Services", phone: "020 7946 0637", email: "hermione.blackwardine@local.gov.uk" },
  lavinia: { name: "Lavinia Orchardson", post: "Solicitor (Housing)", phone: "020 7946 0642", email: "lavinia.orchardson@local.gov.uk" },
  pelagia: { name: "Pelagia Horsfall-Dunne", post: "Member Services Officer", phone: "020 7946 0655", email: "pelagia.horsfall-dunne@local.gov.uk" },
};
export const GUEST = { name: "Tamsin Rooksby-Nyland", post: "Chief Executive, Homes from Empties Trust" };

// Membership 2131/32. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute.
export const PEOPLE = [
  { k: "tallowfield", fore: "Marguerite", sur: "Tallowfield", council: "Brindlecombe Borough Council", group: "Conservative", role: "Chair", email: "cllr.tallowfield@brindlecombe.gov.uk" },
  { k: "saxelby", fore: "Obadiah", sur: "Saxelby-Crane", council: "Kestrelgate City Council", group: "Labour", role: "Vice-Chair", email: "obadiah.saxelby-crane@kestrelgate.gov.uk" },
  { k: "quillfeather", fore: "Saoirse", sur: "Quillfeather", council: "Marrowmere District Council", group: "Liberal Democrat", role: "Deputy Chair", email: "saoirse.quillfeather@marrowmere.gov.uk" },
  { k: "carrowmore", fore: "Ishbel", sur: "Carrowmore", council: "Ashwick Vale District Council", group: "Conservative", role: "Member", lead: "Council tax and empty homes premiums", email: "ishbel.carrowmore@ashwickvale.gov.uk" },
  { k: "oyediran", fore: "Demetrius", sur: "Oyediran-Pike", council: "Hollinsfield Metropolitan Borough Council", group: "Labour", role: "Member", lead: "Enforcement and empty dwelling management orders", email: "cllr.oyediran-pike@hollinsfield.gov.uk" },
  { k: "grisedale", fore: "Petronella", sur: "Grisedale", council: "Fernleigh County Council", group: "Conservative", role: "Member", email: "petronella.grisedale@fernleigh.gov.uk" },
  { k: "walbrook", fore: "Kasimir", sur: "Walbrook-Dean", council: "Stannerley City Council", group: "Labour", role: "Member", email: "kasimir.walbrook-dean@stannerley.gov.uk" },
  { k: "morcombe", fore: "Rashida", sur: "Morcombe-Ali", council: "Wyrebeck Borough Council", group: "Labour", role: "Member", lead: "Loans and grants", email: "rashida.morcombe-ali@wyrebeck.gov.uk" },
  { k: "sneddon", fore: "Bartholomew", sur: "Sneddon-Price", council: "Pellbury District Council", group: "Conservative", role: "Member", email: "bartholomew.sneddon-price@pellbury.gov.uk" },
  { k: "linthwaite", fore: "Hyacinth", sur: "Linthwaite-Cole", council: "Dunmarsh District Council", group: "Independent", role: "Member", email: "hyacinth.linthwaite-cole@dunmarsh.gov.uk" },
  { k: "ashdown", fore: "Leopold", sur: "Ashdown-Kerr", council: "Thornhallow City Council", group: "Green Party", role: "Member", email: "leopold.ashdown-kerr@thornhallow.gov.uk" },
  { k: "ebbesen", fore: "Ffion", sur: "Ebbesen", council: "Colbridge Borough Council", group: "Liberal Democrat", role: "Member", lead: "Second homes", email: "ffion.ebbesen@colbridge.gov.uk" },
  { k: "kettleburn", fore: "Magnus", sur: "Kettleburn-Vale", council: "Brindlecombe Borough Council", group: "Conservative", role: "Substitute", email: "magnus.kettleburn-vale@brindlecombe.gov.uk" },
  { k: "castleford", fore: "Yewande", sur: "Castleford", council: "Stannerley City Council", group: "Labour", role: "Substitute", email: "yewande.castleford@stannerley.gov.uk" },
  { k: "ferrars", fore: "Wendeline", sur: "Ferrars", council: "Marrowmere District Council", group: "Liberal Democrat", role: "Substitute", email: "wendeline.ferrars@marrowmere.gov.uk" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => `${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => p.role !== "Substitute");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ the Fund: round 1 schemes at 30 September 2131
export const FUND_TOTAL = 3400000;
export const SCHEMES = [
  { ref: "EHF-01", council: "Brindlecombe Borough Council", scheme: "Flats over shops, town centre", type: "Grants", award: 310000, paid: 190000, target: 40, done: 22, q1: "On track", q2: "On track", contact: "Rufus Dankworth", comment: "" },
  { ref: "EHF-02", council: "Kestrelgate City Council", scheme: "Kestrelgate empty homes loans", type: "Loans", award: 450000, paid: 260000, target: 60, done: 31, q1: "On track", q2: "Slipping", contact: "Mireille Obuya-Sands", comment: "Eight loan offers not taken up by owners; new marketing from October." },
  { ref: "EHF-03", council: "Marrowmere District Council", scheme: "Rural cottages purchase and repair", type: "Purchase and repair", award: 280000, paid: 280000, target: 12, done: 12, q1: "On track", q2: "Complete", contact: "Alun Kittering-Fisk", comment: "All 12 cottages let at affordable rents; final claim paid 24 September 2131." },
  { ref: "EHF-04", council: "Ashwick Vale District Council", scheme: "Long-term empties enforcement team", type: "Enforcement", award: 220000, paid: 110000, target: 75, done: 37, q1: "On track", q2: "On track", contact: "Beatrix Holloway-Strand", comment: "" },
  { ref: "EHF-05", council: "Hollinsfield Metropolitan Borough Council", scheme: "Terraced streets renewal, Canal Ward", type: "Grants", award: 390000, paid: 120000, target: 45, done: 9, q1: "Slipping", q2: "Stalled", contact: "Desmond Oakenshaw-Lowe", comment: "Contractor went into administration in August 2131.\nRetender closes 14 December 2131." },
  { ref: "EHF-06", council: "Stannerley City Council", scheme: "Empty homes loans", type: "Loans", award: 300000, paid: 150000, target: 40, done: 18, q1: "On track", q2: "On track", contact: "Georgiana Featherby", comment: "" },
  { ref: "EHF-07", council: "Fernleigh County Council", scheme: "EDMO pilot", type: "EDMO", award: 180000, paid: 45000, target: 6, done: 0, q1: "Slipping", q2: "Slipping", contact: "Tobias Quarrendon", comment: "Two interim orders granted; tribunal listings taking about 30 weeks." },
  { ref: "EHF-08", council: "Pellbury District Council", scheme: "Former holiday lets conversion", type: "Grants", award: 150000, paid: 0, target: 10, done: 0, q1: "Stalled", q2: "Stalled", contact: "Carys Montague-Rhee", comment: "Planning permission refused 3 September 2131; appeal lodged." },
  { ref: "EHF-09", council: "Wyrebeck Borough Council", scheme: "Above-shop homes, Market Street", type: "Grants", award: 180000, paid: 90000, target: 14, done: 11, q1: "On track", q2: "On track", contact: "Idris Tremellen-Shaw", comment: "Variation of £25,000 for asbestos removal agreed 12 October 2131 (from the reserve); not yet in the award column." },
  { ref: "EHF-10", council: "Dunmarsh District Council", scheme: "Empty homes matchmaker", type: "Loans", award: 120000, paid: 80000, target: 20, done: 14, q1: "On track", q2: "On track", contact: "Philippa Grundtvig", comment: "" },
  { ref: "EHF-11", council: "Thornhallow City Council", scheme: "Student block conversion", type: "Purchase and repair", award: 260000, paid: 0, target: 30, done: 0, q1: "Stalled", q2: "Withdrawn", contact: "Ambrose Kilnsey", comment: "Council withdrew on 26 September 2131 (site sold); award to return to the reserve." },
  { ref: "EHF-12", council: "Colbridge Borough Council", scheme: "Probate properties scheme", type: "Grants", award: 150000, paid: 60000, target: 15, done: 6, q1: "Not started", q2: "On track", contact: "Sunniva Latchford", comment: "" },
];
export const SCHEME_STATUS = {
  "On track": "on profile",
  "Slipping": "up to three months behind profile",
  "Stalled": "no progress this quarter",
  "Complete": "all homes back in use",
  "Withdrawn": "the council has withdrawn; the award returns to the reserve",
  "Not started": "work not yet begun",
};
export const sum = (k) => SCHEMES.reduce((t, s) => t + s[k], 0);
export const AWARDED = sum("award"), PAID = sum("paid"), HOMES_TARGET = sum("target"), HOMES_DONE = sum("done");
export const RESERVE_SEPT = FUND_TOTAL - AWARDED; // 410,000 at 30 September 2131
export const EHF09_VARIATION = 25000; // agreed 12 October 2131
export const RESERVE_NOV = RESERVE_SEPT - EHF09_VARIATION; // 385,000 at 1 November 2131
export const ASKED = 155000, AWARD13 = 140000, LIMIT_NOW = 150000, LIMIT_PROPOSED = 250000, LIMIT_AGREED = 200000;
export const RESERVE_AFTER = RESERVE_NOV - AWARD13; // 245,000
export const RESERVE_WRONG_AFTER = RESERVE_SEPT - AWARD13; // 270,000 (the first e-mail's figure)
export const EHF11 = SCHEMES.find((s) => s.ref === "EHF-11").award;
export const RESERVE_AFTER_MEETING = RESERVE_AFTER + EHF11; // 505,000

// ------------------------------------------------------------------ programme measures 2131/32
// RAG letters: G on track, A at risk, R off track, B achieved, N/D no data
export const RAG = { G: "on track", A: "at risk", R: "off track", B: "achieved", "N/D": "no data" };
const RANK = { R: 0, A: 1, G: 2, B: 3 };
export const MEASURES = [
  { ref: "EHM-01", name: "Long-term empty homes brought back into use through council action (cumulative)", target: "1,800", q1v: "410", q1: "G", q2v: "790", q2: "A", lead: "Cllr Morcombe-Ali", note: "Profile was 850 at Q2" },
  { ref: "EHM-02", name: "Reduction in long-term empty homes in the 12 Fund councils", target: "10%", q1v: "2.1%", q1: "G", q2v: "3.0%", q2: "R", lead: "Cllr Carrowmore", note: "New empties registered faster than expected after probate backlog cleared" },
  { ref: "EHM-03", name: "Councils with an adopted empty homes strategy", target: "100%", q1v: "82%", q1: "A", q2v: "91%", q2: "G", lead: "Cllr Quillfeather", note: "" },
  { ref: "EHM-04", name: "Empty dwelling management orders granted (cumulative)", target: "24", q1v: "3", q1: "A", q2v: "5", q2: "R", lead: "Cllr Oyediran-Pike", note: "Tribunal listings about 30 weeks" },
  { ref: "EHM-05", name: "Empty homes loans approved (cumulative)", target: "150", q1v: "41", q1: "G", q2v: "88", q2: "G", lead: "Cllr Morcombe-Ali", note: "" },
  { ref: "EHM-06", name: "Average time to bring a home back into use (weeks)", target: "26 or fewer", q1v: "31", q1: "A", q2v: "29", q2: "A", lead: "Cllr Oyediran-Pike", note: "" },
  { ref: "EHM-07", name: "Councils charging the empty homes premium at the maximum rate", target: "75%", q1v: "68%", q1: "G", q2v: "77%", q2: "B", lead: "Cllr Carrowmore", note: "Target met in September" },
  { ref: "EHM-08", name: "Advice line calls answered within two minutes", target: "90%", q1v: "–", q1: "N/D", q2v: "86%", q2: "A", lead: "Cllr Ebbesen", note: "No Q1 data: new telephony system" },
];
export const WORSE = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);

// ------------------------------------------------------------------ terms of reference review (item 3, 20 November 2131)
// proposed wording: [-deleted-] and {+inserted+}, shown in the Word file as red strikethrough and blue double
// underline (manual formatting, not tracked changes). outcome: what the meeting of 20 November decided.
export const TOR = [
  { para: "1", heading: "Purpose", current: "The Task Group oversees the Empty Homes Programme and the Empty Homes Recovery Fund on behalf of the Housing and Neighbourhoods Board.", proposed: "The Task Group oversees the Empty Homes Programme and the Empty Homes Recovery Fund on behalf of the Housing and Neighbourhoods Board{+, and leads the association's work on second homes and on the council tax premiums for empty and second homes+}.", reason: "The Board asked the Task Group to take on second homes on 3 July 2131.", outcome: "agreed" },
  { para: "3.1", heading: "Membership", current: "The Task Group has 12 members, appointed by the political groups in proportion to their strength on the Board.", proposed: "The Task Group has [-12-] {+14+} members, appointed by the political groups in proportion to their strength on the Board{+, and two members nominated by the combined authorities' housing leads+}.", reason: "Combined authorities now fund about a third of councils' empty homes work.", outcome: "deferred" },
  { para: "3.3", heading: "Chair and Vice-Chair", current: "The Board appoints the Chair and the Vice-Chair. The Task Group may appoint a Deputy Chair.", proposed: "No change.", reason: "–", outcome: "none" },
  { para: "4", heading: "Quorum", current: "The quorum is three members.", proposed: "The quorum is [-three-] {+four+} members{+, including the Chair or the Vice-Chair+}.", reason: "Three is a quarter of the Task Group; two meetings in 2130/31 were quorate only because substitutes attended.", outcome: "amended" },
  { para: "5", heading: "Substitutes", current: "Each political group may name one substitute, who may attend in place of any member of that group.", proposed: "Each political group may name [-one substitute-] {+up to two substitutes+}, who may attend in place of any member of that group.", reason: "At three meetings in 2130/31 two members of the same group were absent.", outcome: "agreed" },
  { para: "6", heading: "Meetings", current: "The Task Group meets four times a year.", proposed: "The Task Group meets [-four-] {+five+} times a year{+, and the Chair may call an extra meeting at five working days' notice+}.", reason: "The Fund's timetable needs a decision point in April.", outcome: "agreed" },
  { para: "8.2", heading: "Decisions between meetings", current: "Where a decision on the Fund cannot wait until the next meeting, the Chair may take it in consultation with the Vice-Chair, up to £150,000. The decision is reported to the next meeting.", proposed: "Where a decision on the Fund cannot wait until the next meeting, the Chair may take it in consultation with the Vice-Chair{+ and, where available, the Deputy Chair+}, up to [-£150,000-] {+£250,000+}. [-The decision is reported to the next meeting.-] {+Every such decision is recorded on the decision record form, published within five working days and reported to the next meeting.+}", reason: "Hollinsfield's request for £155,000 for Tanner's Yard (UD-2131-04, 7 November 2131) had to be reduced to fit the limit.", outcome: "amended" },
  { para: "9", heading: "Declarations of interest", current: "(No paragraph at present.)", proposed: "{+A member whose council has bid for, or receives, money from the Fund takes no part in a decision on that bid or award, and says so at the start of the meeting.+}", reason: "Brings the Task Group into line with the Board's code of conduct for members.", outcome: "agreed" },
  { para: "10", heading: "Duration", current: "The Task Group will run until 31 March 2132, when the Board will review it.", proposed: "The Task Group will run until 31 March [-2132-] {+2133+}, when the Board will review it.", reason: "The Programme has been extended by one year.", outcome: "agreed" },
];
// change numbers as the schedule gives them (the unchanged paragraph has none)
{ let n = 0; for (const t of TOR) t.change = t.proposed === "No change." ? "–" : String(++n); }
// segments of a proposed wording: [{t, del?, ins?}]
export const segments = (s) => {
  const out = [];
  const re = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;
  let last = 0, m;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push({ t: s.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ t: m[1], del: true });
    else out.push({ t: m[2], ins: true });
    last = re.lastIndex;
  }
  if (last < s.length) out.push({ t: s.slice(last) });
  return out;
};
// the reader's rendering of a proposed wording: deletions as ~~text~~, insertions as plain text
export const renderProposed = (s) => segments(s).map((g) => (g.del ? `~~${g.t}~~` : g.t)).join("");
// as the words stand once the changes are made
export const cleanProposed = (s) => segments(s).filter((g) => !g.del).map((g) => g.t).join("").replace(/ {2,}/g, " ").replace(/ \./g, ".").trim();

// ------------------------------------------------------------------ meeting of 20 November 2131
// attendance as the draft minutes record it (Grisedale wrongly under apologies: she was present online)
export const PRESENT = ["tallowfield", "saxelby", "quillfeather", "carrowmore", "oyediran", "walbrook", "morcombe", "linthwaite", "ashdown", "ebbesen"];
export const ONLINE = ["walbrook", "ebbesen"];
export const SUB = { k: "kettleburn", for: "sneddon" };
export const APOLOGIES_DRAFT = ["sneddon", "grisedale"];
export const VOTE_82 = { for: 8, against: 4 }; // the amendment on paragraph 8.2
// actions from 18 September 2131 still open at 20 November (the rest, EHA-24 to EHA-30, complete)
export const SEPT_OPEN = ["EHA-27", "EHA-29"];
export const ACTIONS = [
  { ref: "EHA-31", min: "3", action: "Report the Task Group's recommended changes to the terms of reference to the Housing and Neighbourhoods Board on 11 December 2131", owner: "hermione", due: "11/12/2131" },
  { ref: "EHA-32", min: "3", action: "Consult the political groups on two places for combined authority members and report back", owner: "hermione", due: "05/02/2132" },
  { ref: "EHA-33", min: "4", action: "Report on the use of empty dwelling management orders, including tribunal waiting times", owner: "lavinia", due: "05/02/2132" },
  { ref: "EHA-34", min: "5", action: "Write to Pellbury District Council confirming that the EHF-08 award is held until the planning appeal is decided", owner: "kwabena", due: "30/11/2131" },
  { ref: "EHA-35", min: "7", action: "Explore a lease-and-repair partnership with the Homes from Empties Trust", owner: "kwabena", due: "05/02/2132" },
  { ref: "EHA-36", min: "8", action: "Draft the Task Group's response to the consultation on the second homes premium (closes 14 January 2132)", owner: "kwabena", due: "07/01/2132" },
];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const n0 = (n) => n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (AWARDED !== 2990000 || PAID !== 1385000) fail(`awarded ${AWARDED} paid ${PAID}`);
if (HOMES_TARGET !== 367 || HOMES_DONE !== 160) fail(`homes ${HOMES_TARGET} ${HOMES_DONE}`);
if (RESERVE_SEPT !== 410000 || RESERVE_NOV !== 385000 || RESERVE_AFTER !== 245000 || RESERVE_WRONG_AFTER !== 270000 || RESERVE_AFTER_MEETING !== 505000) fail("reserve");
if (ASKED - AWARD13 !== 15000 || AWARD13 > LIMIT_NOW || ASKED <= LIMIT_NOW) fail("award and limit");
for (const s of SCHEMES) if (s.paid > s.award || s.done > s.target) fail("scheme " + s.ref);
const q2 = {};
for (const s of SCHEMES) q2[s.q2] = (q2[s.q2] ?? 0) + 1;
if (q2["On track"] !== 6 || q2.Slipping !== 2 || q2.Stalled !== 2 || q2.Complete !== 1 || q2.Withdrawn !== 1) fail("Q2 scheme counts " + JSON.stringify(q2));
if (SCHEMES.filter((s) => s.q2 === "Stalled").map((s) => s.ref).join() !== "EHF-05,EHF-08") fail("stalled");
const m2 = {};
for (const m of MEASURES) m2[m.q2] = (m2[m.q2] ?? 0) + 1;
if (m2.G !== 2 || m2.A !== 3 || m2.R !== 2 || m2.B !== 1) fail("Q2 measure counts " + JSON.stringify(m2));
if (WORSE.join() !== "EHM-01,EHM-02,EHM-04") fail("worse " + WORSE);
if (BETTER.join() !== "EHM-03,EHM-07") fail("better " + BETTER);
if (PRESENT.length + 1 + 1 !== VOTE_82.for + VOTE_82.against) fail("votes: 10 present + substitute + Grisedale online = 12");
if (TOR.filter((t) => t.outcome === "deferred").map((t) => t.para).join() !== "3.1") fail("deferred");
if (!TOR.find((t) => t.para === "8.2").proposed.includes(gbp(LIMIT_PROPOSED))) fail("8.2 proposed limit");
