// Shared content for set BQ: one body (the Taxi and Private Hire Licensing Joint Committee of the
// invented Tessendale Licensing Partnership of five district councils), its people, the Taxi Standards
// Harmonisation Programme 2311-13 (measures TSH-01 to TSH-08), the hackney carriage fare tariff review
// (consultation 6 November to 8 December 2311, members' workshop 23 November 2311, decision at the
// meeting of Thursday 18 January 2312), in the municipal year 2311/12. Every builder reads from here so
// that the five documents agree; the arithmetic (votes against those present, fares, consultation counts)
// is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, vote and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Taxi and Private Hire Licensing Joint Committee";
export const SHORT = "TPHLJC";
export const PARTNERSHIP = "Tessendale Licensing Partnership";
export const PROGRAMME = "Taxi Standards Harmonisation Programme 2311–13";
export const VENUE = "Council Chamber, Calderholt Civic Centre";

export const DOCS = {
  votes: "tphljc-chamber-voting-results-2312-01-18.pdf",
  report: "tphljc-fare-tariff-review-report-2312-01-18.docx",
  typeform: "tphljc-fare-consultation-typeform-responses-2311-12-08.csv",
  menti: "tphljc-members-workshop-mentimeter-results-2311-11-23.html",
  gitbook: "tphljc-harmonisation-progress-gitbook-2312-01-24.md",
};

export const COUNCILS = ["Calderholt Borough Council", "Quillanby District Council", "Mirefoot District Council", "Ottersby Borough Council", "Sculmoor District Council"];

// seat: the chamber voting system's seat; role on the Joint Committee; lead: lead member for
export const MEMBERS = [
  { seat: 1, k: "fenmarrow", fore: "Marisol", sur: "Fenmarrow", council: "Calderholt Borough Council", group: "Labour", role: "Chair" },
  { seat: 2, k: "hetherfield", fore: "Ambrose", sur: "Hetherfield", council: "Quillanby District Council", group: "Conservative", role: "Vice-Chair" },
  { seat: 3, k: "oakridge", fore: "Dunstan", sur: "Oakridge", council: "Calderholt Borough Council", group: "Conservative", role: "Member" },
  { seat: 4, k: "laidlow", fore: "Perpetua", sur: "Laidlow", council: "Calderholt Borough Council", group: "Liberal Democrat", role: "Member" },
  { seat: 5, k: "pengarth", fore: "Saoirse", sur: "Pengarth", council: "Quillanby District Council", group: "Labour", role: "Member", lead: "safeguarding and driver standards" },
  { seat: 6, k: "ravelsby", fore: "Cuthbert", sur: "Ravelsby", council: "Quillanby District Council", group: "Independent", role: "Member" },
  { seat: 7, k: "brayshope", fore: "Ottoline", sur: "Brayshope", council: "Mirefoot District Council", group: "Green", role: "Member", lead: "vehicles and emissions" },
  { seat: 8, k: "marchetti", fore: "Ezekiel", sur: "Marchetti-Bowe", council: "Mirefoot District Council", group: "Conservative", role: "Member" },
  { seat: 9, k: "crowthorne", fore: "Nyasha", sur: "Crowthorne", council: "Mirefoot District Council", group: "Labour", role: "Member" },
  { seat: 10, k: "gimblett", fore: "Leopold", sur: "Gimblett", council: "Ottersby Borough Council", group: "Liberal Democrat", role: "Member", lead: "enforcement and compliance" },
  { seat: 11, k: "scarrowby", fore: "Henrietta", sur: "Scarrowby", council: "Ottersby Borough Council", group: "Conservative", role: "Member" },
  { seat: 12, k: "quellin", fore: "Thaddeus", sur: "Quellin", council: "Ottersby Borough Council", group: "Labour", role: "Member" },
  { seat: 13, k: "delavenne", fore: "Bronagh", sur: "Delavenne", council: "Sculmoor District Council", group: "Independent", role: "Member", lead: "accessibility" },
  { seat: 14, k: "ashburner", fore: "Florian", sur: "Ashburner", council: "Sculmoor District Council", group: "Conservative", role: "Member" },
  { seat: 15, k: "tiptree", fore: "Rosamund", sur: "Tiptree", council: "Sculmoor District Council", group: "Liberal Democrat", role: "Member" },
];
for (const m of MEMBERS) { m.name = `Cllr ${m.fore} ${m.sur}`; m.short = `Cllr ${m.sur}`; m.town = m.council.split(" ")[0]; }
export const M = Object.fromEntries(MEMBERS.map((m) => [m.k, m]));
export const OFFICERS = {
  manager: { name: "Kwabena Hollinsdrake", post: "Licensing Manager, Tessendale Licensing Partnership", phone: "01632 960418", email: "kwabena.hollinsdrake@tessendale-licensing.gov.uk" },
  enforcement: { name: "Morwenna Sallowes", post: "Principal Licensing Officer (Enforcement)", phone: "01632 960427", email: "morwenna.sallowes@tessendale-licensing.gov.uk" },
  legal: { name: "Isidore Fanthorpe-Pike", post: "Solicitor and legal adviser to the Joint Committee", phone: "01632 960433", email: "isidore.fanthorpe-pike@calderholt.gov.uk" },
  clerk: { name: "Petronella Quarmont", post: "Democratic Services Officer", phone: "01632 960441", email: "petronella.quarmont@calderholt.gov.uk" },
  data: { name: "Lucan Mbeki-Trent", post: "Data and Performance Officer", phone: "01632 960452", email: "lucan.mbeki-trent@tessendale-licensing.gov.uk" },
};

export const MEETING = { date: "Thursday 18 January 2312", iso: "2312-01-18", time: "10:00", prev: "Thursday 16 November 2311", next: "Thursday 21 March 2312" };
export const APOLOGIES = ["scarrowby", "tiptree"];
export const LEFT = { k: "oakridge", at: "11:52" }; // left before vote 5

// ---- the fare tariff: current (until 29 February 2312) and the three options; Option B adopted
export const TARIFF_OLD = { flag1: 340, unit1: 20, wait1: 25, flag2: 440, unit2: 25, wait2: 30 };
export const OPTIONS = {
  A: { label: "Option A", flag1: 360, unit1: 21, wait1: 26, flag2: 460, unit2: 26, wait2: 32 },
  B: { label: "Option B", flag1: 370, unit1: 22, wait1: 27, flag2: 480, unit2: 27, wait2: 33 },
  C: { label: "Option C", ...TARIFF_OLD },
};
export const UNITS_2MI = 30; // 2 miles = 220 yards (flag fall) + 30 units of 110 yards
export const twoMile = (t) => t.flag1 + UNITS_2MI * t.unit1;
export const gbp = (p) => (p < 100 ? `${p}p` : `£${(p / 100).toFixed(2)}`);
export const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(1)}%`;
if (twoMile(TARIFF_OLD) !== 940 || twoMile(OPTIONS.A) !== 990 || twoMile(OPTIONS.B) !== 1030) throw new Error("2-mile fares");

// ---- consultation (Typeform): 26 responses; type, organisation, area, options supported, preferred, fairness 0-10, comment, source
export const RESP = [
  ["Hackney carriage driver or owner", "", "Calderholt", "AB", "B", 4, "Fuel and insurance have gone up far more than 5%.", "email"],
  ["Hackney carriage driver or owner", "", "Calderholt", "B", "B", 3, "", "email"],
  ["Passenger or member of the public", "", "Quillanby", "C", "C", 7, "Fares are already high for people on low incomes.", "facebook"],
  ["Organisation", "Calderholt Hackney Drivers' Association", "Calderholt", "B", "B", 3, "Our 212 members back Option B; anything less will drive drivers out of the trade.", "email"],
  ["Private hire driver or operator", "", "Ottersby", "A", "A", 6, "", "qr"],
  ["Hackney carriage driver or owner", "", "Mirefoot", "AB", "A", 5, "A smaller rise now and another review next year.", "email"],
  ["Passenger or member of the public", "", "Sculmoor", "AC", "C", 6, "", "facebook"],
  ["Organisation", "Mirefoot Disability Access Group", "Mirefoot", "AC", "A", 5, "Any rise hits disabled passengers who cannot use buses; please keep the waiting-time charge down and fund more wheelchair-accessible taxis.", "email"],
  ["Hackney carriage driver or owner", "", "Ottersby", "B", "B", 2, "", "qr"],
  ["Passenger or member of the public", "", "Calderholt", "C", "C", 8, "", "facebook"],
  ["Hackney carriage driver or owner", "", "Sculmoor", "AB", "B", 4, "Night rate should rise more than the day rate.", "email"],
  ["Private hire driver or operator", "", "Quillanby", "A", "A", 5, "", "qr"],
  ["Organisation", "Tessendale Chamber of Commerce", "Quillanby", "A", "A", 6, "Late-night economy needs taxis that people can afford; we support a modest rise.", "email"],
  ["Hackney carriage driver or owner", "", "Quillanby", "B", "B", 3, "", "email"],
  ["Passenger or member of the public", "", "Mirefoot", "C", "C", 7, "", "facebook"],
  ["Hackney carriage driver or owner", "", "Calderholt", "B", "B", 4, "", "qr"],
  ["Passenger or member of the public", "", "Ottersby", "AC", "A", 6, "", "facebook"],
  ["Hackney carriage driver or owner", "", "Mirefoot", "B", "B", 3, "", "email"],
  ["Private hire driver or operator", "", "Sculmoor", "AB", "A", 5, "", "qr"],
  ["Passenger or member of the public", "", "Quillanby", "C", "C", 9, "", "facebook"],
  ["Hackney carriage driver or owner", "", "Ottersby", "AB", "B", 3, "", "email"],
  ["Organisation", "Ottersby Taxi Owners' Cooperative", "Ottersby", "B", "B", 2, "Members' costs rose 11% in two years; Option B only just covers them.", "email"],
  ["Passenger or member of the public", "", "Calderholt", "A", "A", 6, "", "facebook"],
  ["Hackney carriage driver or owner", "", "Sculmoor", "B", "B", 4, "", "qr"],
  ["Passenger or member of the public", "", "Sculmoor", "C", "C", 8, "", "facebook"],
  ["Private hire driver or operator", "", "Mirefoot", "A", "A", 5, "Private hire fares follow the hackney tariff, so keep it modest.", "qr"],
].map(([type, org, area, supports, prefer, fair, comment, source], i) => ({ n: i + 1, type, org, area, supports, prefer, fair, comment, source }));
export const PREF = { A: 0, B: 0, C: 0 };
for (const r of RESP) PREF[r.prefer]++;
export const SUPPORT = { A: 0, B: 0, C: 0 };
for (const r of RESP) for (const o of r.supports) SUPPORT[o]++;
export const BYTYPE = {};
for (const r of RESP) BYTYPE[r.type] = (BYTYPE[r.type] ?? 0) + 1;
if (RESP.length !== 26 || PREF.A !== 9 || PREF.B !== 11 || PREF.C !== 6) throw new Error(`consultation counts ${JSON.stringify(PREF)}`);

// ---- members' workshop (Mentimeter), Thursday 23 November 2311: 13 participants
export const WORKSHOP = { date: "Thursday 23 November 2311", participants: 13, fareOption: { A: 6, B: 5, C: 2 }, wav: { Yes: 8, No: 2, "Only in towns of over 20,000 people": 3 } };
if (Object.values(WORKSHOP.fareOption).reduce((a, b) => a + b) !== 13 || Object.values(WORKSHOP.wav).reduce((a, b) => a + b) !== 13) throw new Error("workshop counts");

// ---- the votes of 18 January 2312 (F for, A against, Ab abstain, – not present)
const present = MEMBERS.filter((m) => !APOLOGIES.includes(m.k)).map((m) => m.k);
const tally = (v) => {
  const c = { F: 0, A: 0, Ab: 0 };
  for (const k of present) if (v.cast[k]) c[v.cast[k]]++;
  return c;
};
const all = (code, except = {}) => Object.fromEntries(present.map((k) => [k, k in except ? except[k] : code]));
export const VOTES = [
  { n: 1, item: "Item 3", title: "Minutes of the meeting held on Thursday 16 November 2311", motion: "That the minutes of the meeting held on 16 November 2311 be approved as a correct record.", moved: "fenmarrow", seconded: "hetherfield", opened: "10:06:12", closed: "10:06:41", cast: all("F", { pengarth: "Ab" }) },
  { n: 2, item: "Item 6", title: "Hackney carriage fare tariff review 2312 – amendment", motion: "Amendment: that recommendation (a) be amended to approve Option A (flag fall £3.60, typical two-mile daytime fare £9.90) in place of Option B.", moved: "marchetti", seconded: "ravelsby", opened: "10:57:50", closed: "10:58:17", cast: all("A", { marchetti: "F", ravelsby: "F", oakridge: "F", ashburner: "F", quellin: "F", laidlow: "Ab" }) },
  { n: 3, item: "Item 6", title: "Hackney carriage fare tariff review 2312 – substantive motion", motion: "That recommendations (a) to (d) of the report be approved: Option B (flag fall £3.70, typical two-mile daytime fare £10.30) to take effect on 1 March 2312 if no objections are received.", moved: "fenmarrow", seconded: "hetherfield", opened: "11:04:25", closed: "11:04:52", cast: all("F", { marchetti: "A", ravelsby: "A", ashburner: "A", oakridge: "Ab" }) },
  { n: 4, item: "Item 7", title: "Vehicle age policy", motion: "That from 1 April 2313 a hackney carriage or private hire vehicle be first licensed at no more than 5 years old and not relicensed after 10 years old (12 years for a wheelchair-accessible vehicle), in all five councils.", moved: "brayshope", seconded: "delavenne", opened: "11:38:40", closed: "11:39:05", cast: all("F", { ravelsby: "Ab" }) },
  { n: 5, item: "Item 8", title: "Exclusion of the press and public", motion: "That the press and public be excluded from the meeting for item 9 (review of a driver's licence, case TL/2311/0583) because it involves the likely disclosure of exempt information under paragraphs 1 and 7 of Part 1 of Schedule 12A to the Local Government Act 1972.", moved: "fenmarrow", seconded: "gimblett", opened: "11:58:03", closed: "11:58:30", cast: all("F", { oakridge: null }) },
];
for (const v of VOTES) { v.count = tally(v); v.carried = v.count.F > v.count.A; }
const exp = [[12, 0, 1], [5, 7, 1], [9, 3, 1], [12, 0, 1], [12, 0, 0]];
VOTES.forEach((v, i) => { if (v.count.F !== exp[i][0] || v.count.A !== exp[i][1] || v.count.Ab !== exp[i][2]) throw new Error(`vote ${v.n} ${JSON.stringify(v.count)}`); });

// ---- the programme's measures at Q2 and Q3 2311/12 (rating: G on track, O some risk, R off track, B achieved, N no return)
export const RATING = { G: ["green", "on track"], O: ["orange", "some risk"], R: ["red", "off track"], B: ["blue", "achieved"], N: ["grey", "no return"] };
export const MEASURES = [
  { id: "TSH-01", name: "Licensed drivers with in-date safeguarding training", target: "100%", q2: ["88%", "R"], q3: ["96%", "O"], lead: "pengarth", note: "Catch-up sessions in December; 61 drivers still to attend" },
  { id: "TSH-02", name: "Hackney carriages that are wheelchair accessible", target: "40% by March 2313", q2: ["31%", "O"], q3: ["29%", "R"], lead: "delavenne", note: "Nine accessible vehicles retired in Sculmoor and Ottersby" },
  { id: "TSH-03", name: "Average working days to issue a new driver licence", target: "20 or fewer", q2: ["34", "R"], q3: ["27", "O"], lead: "pengarth", note: "Online applications since October" },
  { id: "TSH-04", name: "Vehicles passing the compliance test first time", target: "85%", q2: ["86%", "G"], q3: ["79%", "O"], lead: "brayshope", note: "Tyre and light failures up in winter" },
  { id: "TSH-05", name: "Complaints about drivers resolved within 10 working days", target: "90%", q2: ["92%", "G"], q3: ["93%", "G"], lead: "gimblett", note: "" },
  { id: "TSH-06", name: "Licensed vehicles that are ultra low emission", target: "25% by March 2313", q2: ["14%", "G"], q3: ["–", "N"], lead: "brayshope", note: "Ottersby's fleet return not received" },
  { id: "TSH-07", name: "Councils applying the common driver conditions", target: "5 of 5 by 31 December 2311", q2: ["3 of 5", "O"], q3: ["5 of 5", "B"], lead: "pengarth", note: "Sculmoor and Ottersby adopted in November" },
  { id: "TSH-08", name: "Joint enforcement operations with the police", target: "12 a year", q2: ["5", "O"], q3: ["6", "R"], lead: "gimblett", note: "Police resourcing; only one operation in Q3" },
];
const worse = MEASURES.filter((m) => "BGOR".indexOf(m.q3[1]) > "BGOR".indexOf(m.q2[1]) && m.q3[1] !== "N").map((m) => m.id).join(",");
if (worse !== "TSH-02,TSH-04,TSH-08") throw new Error("worse " + worse);
