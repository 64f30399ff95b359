// Shared content for set BY: one body (the Domestic Wood Burning Task Group, a member task group of the
// invented Healthy Places and Regulation Board), its people, meetings, the Cleaner Home Heating Programme
// 2471-73 (measures CHH-01 to CHH-09, risks CHR-01 to CHR-10), the Stove Swap Fund (round 1 awarded in
// September 2471, round 2 to be decided on 16 March 2472), the meeting of Wednesday 9 December 2471 and
// its actions, in the municipal year 2471/72. Every builder reads from here so that the five documents
// agree with each other; the arithmetic (fund rounds, bids and awards, rating counts, risk scores and
// bands, attendance) and every weekday the papers print are checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Domestic Wood Burning Task Group";
export const SHORT = "DWBTG";
export const BOARD = "Healthy Places and Regulation Board";
export const PROGRAMME = "Cleaner Home Heating Programme 2471–73";
export const FUND = "Stove Swap Fund";
export const ROOM = "Room 2.4, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  summary: "dwbtg-q3-performance-summary-2471-72.pdf",
  minutes: "dwbtg-draft-minutes-2471-12-09.eml",
  handbook: "dwbtg-members-handbook-2471-72.html",
  risks: "dwbtg-programme-risks-report-2472-03-03.csv",
  pack: "dwbtg-agenda-pack-2472-03-16.docx",
};

const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];

export const MEETINGS = [
  { iso: "2471-06-17", date: "Wednesday 17 June 2471", published: "9 June 2471" },
  { iso: "2471-09-16", date: "Wednesday 16 September 2471", published: "8 September 2471" },
  { iso: "2471-12-09", date: "Wednesday 9 December 2471", published: "1 December 2471" },
  { iso: "2472-03-16", date: "Wednesday 16 March 2472", published: "8 March 2472", was: "Wednesday 9 March 2472", wasIso: "2472-03-09" },
  { iso: "2472-06-22", date: "Wednesday 22 June 2472", published: "14 June 2472", provisional: true },
];

export const OFFICERS = {
  ainsworth: { name: "Cordelia Ainsworth", post: "Programme Manager, Cleaner Home Heating", phone: "020 7946 0861", email: "cordelia.ainsworth@local.gov.uk" },
  emmerson: { name: "Rupert Emmerson", post: "Senior Adviser, Air Quality and Regulation", phone: "020 7946 0864", email: "rupert.emmerson@local.gov.uk" },
  hargreaves: { name: "Maelys Hargreaves", post: "Grants Officer, Stove Swap Fund", phone: "020 7946 0867", email: "maelys.hargreaves@local.gov.uk" },
  whitlam: { name: "Idris Whitlam", post: "Performance and Risk Officer", phone: "020 7946 0872", email: "idris.whitlam@local.gov.uk" },
  prendiville: { name: "Saoirse Prendiville", post: "Communications Officer", phone: "020 7946 0875", email: "saoirse.prendiville@local.gov.uk" },
  rothery: { name: "Benedikt Rothery", post: "Member Services Officer", phone: "020 7946 0879", email: "benedikt.rothery@local.gov.uk" },
  ilesanmi: { name: "Harriet Ilesanmi", post: "Head of Democratic Services", phone: "020 7946 0880", email: "harriet.ilesanmi@local.gov.uk" },
};
export const GUEST = { name: "Dr Yusuf Lindores", post: "Director of Public Health, Ulverdale City Council" };

// Membership 2471/72. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member;
// lead: a lead member's portfolio.
export const PEOPLE = [
  { k: "capewell", fore: "Isolde", sur: "Capewell", council: "Thornlow County Council", group: "Conservative", role: "Chair" },
  { k: "mbanefo", fore: "Tobias", sur: "Mbanefo", council: "Crayminster City Council", group: "Labour", role: "Vice-Chair", lead: "air quality monitoring" },
  { k: "cotteridge", fore: "Anneliese", sur: "Cotteridge", council: "Otterholt District Council", group: "Liberal Democrat", role: "Deputy Chair", lead: "smoke control area maps and guidance" },
  { k: "skelmanthorpe", fore: "Desmond", sur: "Skelmanthorpe", council: "Dallowby Metropolitan Borough Council", group: "Labour", role: "Member", lead: "enforcement and smoke control areas" },
  { k: "umeadi", fore: "Rosalind", sur: "Umeadi", council: "Kelsbridge Borough Council", group: "Conservative", role: "Member", lead: "the Stove Swap Fund" },
  { k: "ellingsworth", fore: "Bartholomew", sur: "Ellingsworth", council: "Quenmoor District Council", group: "Independent", role: "Member", lead: "public awareness and the Burn Better campaign" },
  { k: "veasey", fore: "Farida", sur: "Veasey", council: "Crayminster City Council", group: "Green Party", role: "Member" },
  { k: "chisnall", fore: "Lachlan", sur: "Chisnall", council: "Wickenfold Borough Council", group: "Conservative", role: "Member" },
  { k: "hambleden", fore: "Ngozi", sur: "Hambleden", council: "Ulverdale City Council", group: "Labour", role: "Member" },
  { k: "sillitoe", fore: "Percival", sur: "Sillitoe", council: "Harlowmere District Council", group: "Liberal Democrat", role: "Member" },
  { k: "foulkes", fore: "Wilhelmina", sur: "Foulkes", council: "Thornlow County Council", group: "Conservative", role: "Member", from: "1 January 2472" },
  { k: "talbot", fore: "Crispin", sur: "Talbot-Nyström", council: "Marsingham Borough Council", group: "Labour", role: "Member" },
  { k: "rudgwick", fore: "Philippa", sur: "Rudgwick", council: "Kelsbridge Borough Council", group: "Conservative", role: "Substitute" },
  { k: "ashfold", fore: "Emeka", sur: "Ashfold", council: "Dallowby Metropolitan Borough Council", group: "Labour", role: "Substitute" },
  { k: "daintith", fore: "Solveig", sur: "Daintith", council: "Harlowmere District Council", group: "Liberal Democrat", role: "Substitute" },
  { k: "lambourne", fore: "Augustus", sur: "Lambourne", council: "Thornlow County Council", group: "Conservative", role: "Former member", left: "31 December 2471" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ measures (the Q3 summary)
// ratings: Green / Amber / Red / Achieved / Not due / No data
export const MEASURES = [
  { ref: "CHH-01", name: "Smoke complaints investigated within 10 working days", target: "90%", q: [["92%", "Green"], ["87%", "Amber"], ["81%", "Red"]], lead: "Cllr Skelmanthorpe" },
  { ref: "CHH-02", name: "Households helped to swap an old stove or open fire (cumulative)", target: "1,200 by 31 March 2472", q: [["140", "Amber"], ["410", "Green"], ["655", "Amber"]], lead: "Cllr Umeadi" },
  { ref: "CHH-03", name: "Fuel retailers checked (cumulative)", target: "480", q: [["96", "Green"], ["231", "Green"], ["362", "Green"]], lead: "Cllr Skelmanthorpe" },
  { ref: "CHH-04", name: "Retailers checked that sell only Ready to Burn fuel", target: "95%", q: [["88%", "Amber"], ["90%", "Amber"], ["93%", "Green"]], lead: "Cllr Skelmanthorpe" },
  { ref: "CHH-05", name: "Warning letters followed by compliance within 28 days", target: "85%", q: [["–", "No data"], ["79%", "Amber"], ["74%", "Red"]], lead: "Cllr Skelmanthorpe" },
  { ref: "CHH-06", name: "Residents reached by the Burn Better campaign", target: "250,000", q: [["–", "Not due"], ["–", "Not due"], ["286,400", "Achieved"]], lead: "Cllr Ellingsworth" },
  { ref: "CHH-07", name: "Councils with an up-to-date smoke control area map online", target: "12 of 12", q: [["7", "Amber"], ["9", "Amber"], ["11", "Amber"]], lead: "Cllr Cotteridge" },
  { ref: "CHH-08", name: "Average PM2.5 at the six monitoring sites (µg/m³)", target: "10 or lower", q: [["6.1", "Green"], ["7.4", "Green"], ["12.8", "Red"]], lead: "Cllr Mbanefo" },
  { ref: "CHH-09", name: "Stove Swap Fund spend against profile", target: "100%", q: [["64%", "Red"], ["88%", "Amber"], ["97%", "Green"]], lead: "Cllr Umeadi" },
];
export const RATING_KEY = [
  ["Green", "on track to meet the target"],
  ["Amber", "at risk; action is in hand"],
  ["Red", "off track; a recovery plan is needed"],
  ["Achieved", "target met for the year"],
  ["Not due", "not measured yet this year"],
  ["No data", "figures not collected"],
];
const RANK = { Red: 0, Amber: 1, Green: 2, Achieved: 3 };
export const byQ = (qi, r) => MEASURES.filter((m) => m.q[qi][1] === r).map((m) => m.ref);
export const WORSE = MEASURES.filter((m) => m.q[1][1] in RANK && m.q[2][1] in RANK && RANK[m.q[2][1]] < RANK[m.q[1][1]]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q[1][1] in RANK && m.q[2][1] in RANK && RANK[m.q[2][1]] > RANK[m.q[1][1]]).map((m) => m.ref);

// ------------------------------------------------------------------ risks (the CRM export of 3 March 2472)
export const LIKELIHOOD = { 1: "1 - Rare", 2: "2 - Unlikely", 3: "3 - Possible", 4: "4 - Likely", 5: "5 - Almost certain" };
export const IMPACT = { 1: "1 - Negligible", 2: "2 - Minor", 3: "3 - Moderate", 4: "4 - Major", 5: "5 - Severe" };
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
export const RISKS = [
  { ref: "CHR-01", ws: "Enforcement", name: "Council enforcement capacity", status: "Open", owner: "emmerson", l: 4, i: 4, prev: "Amber", trend: "Worsening",
    desc: "Councils do not have enough enforcement officers to investigate smoke complaints within 10 working days over the winter.",
    mit: "Enforcement capacity note to members (DWB-31, sent 28/01/2472).\nPooled out-of-hours rota – Dallowby and Crayminster from 1 February 2472.\nRecovery plan for CHH-01 due June 2472.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2PEAS" },
  { ref: "CHR-02", ws: "Enforcement", name: "Legal challenge to a smoke control penalty", status: "Open", owner: "emmerson", l: 2, i: 4, prev: "Amber", trend: "Stable",
    desc: "A household challenges a civil penalty and the court finds the council's process unlawful.",
    mit: "Common enforcement protocol (consultation closed 26/02/2472). Legal review of warning letter templates.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2QEAS" },
  { ref: "CHR-03", ws: "Enforcement", name: "Retailers keep selling wet wood", status: "Open", owner: "emmerson", l: 3, i: 3, prev: "Red", trend: "Improving",
    desc: "Fuel retailers continue to sell wet wood and house coal in smoke control areas.",
    mit: "Letters to 340 retailers (DWB-29). Test purchases in the 12 councils. CHH-04 now at 93%.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2REAS" },
  { ref: "CHR-04", ws: "Stove Swap Fund", name: "Round 1 grant agreements not signed in time", status: "Closed", owner: "hargreaves", l: 1, i: 3, prev: "Amber", trend: "Improving",
    desc: "Round 1 councils cannot sign grant agreements in time to start swaps before the winter.",
    mit: "All six round 1 agreements signed by 27/10/2471. Risk closed.", reviewed: "11/01/2472", next: "", closed: "11/01/2472", id: "a0T8d000004Qk2SEAS" },
  { ref: "CHR-05", ws: "Stove Swap Fund", name: "Too few registered installers", status: "Open", owner: "hargreaves", l: 4, i: 3, prev: "Amber", trend: "Stable",
    desc: "Not enough registered heating installers in rural areas to carry out swaps on time.",
    mit: "Regional installer framework. Councils may use installers registered with any competent person scheme.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2TEAS" },
  { ref: "CHR-06", ws: "Stove Swap Fund", name: "Fund not spent by 31 March 2472", status: "Open", owner: "hargreaves", l: 3, i: 4, prev: "Red", trend: "Improving",
    desc: "Round 1 councils do not spend their awards in the year, and the underspend is lost to the programme.",
    mit: "Monthly spend returns from round 1 councils. CHH-09 at 97% of profile at quarter 3.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2UEAS" },
  { ref: "CHR-07", ws: "Stove Swap Fund", name: "Fraudulent or duplicate applications", status: "Open", owner: "whitlam", l: 2, i: 3, prev: "Green", trend: "Stable",
    desc: "Households apply to more than one council or claim for stoves that have already been replaced.",
    mit: "Address matching across councils' returns. Photographs of every stove removed.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2VEAS" },
  { ref: "CHR-08", ws: "Communications", name: "\"Stove ban\" stories undermine the campaign", status: "Open", owner: "prendiville", l: 3, i: 3, prev: "Green", trend: "Worsening",
    desc: "National press stories about a \"ban\" on wood burners lead residents to ignore or resent the Burn Better campaign.",
    mit: "Myth-buster page and lines to take for councils’ press officers. Chair’s article in the sector press in March.", reviewed: "24/02/2472", next: "31/05/2472", id: "a0T8d000004Qk2WEAS" },
  { ref: "CHR-09", ws: "Programme", name: "Gaps in PM2.5 monitoring data", status: "Open", owner: "whitlam", l: 3, i: 4, prev: "", trend: "New",
    desc: "Monitors go offline and the programme cannot report measure CHH-08 reliably.",
    mit: "Two monitors were offline for nine days in December 2471. Service contract now requires repair within 48 hours.", reviewed: "14/02/2472", next: "31/05/2472", id: "a0T8d000004Qk3AEAS" },
  { ref: "CHR-10", ws: "Programme", name: "No programme budget for 2472/73 confirmed", status: "Open", owner: "ainsworth", l: 4, i: 5, prev: "", trend: "New",
    desc: "The Board has not confirmed the programme's budget for 2472/73, so round 3 and the second year of the campaign cannot be committed.",
    mit: "Bid of £310,000 for 2472/73 discussed with the Board's lead officer. To be reported to the Board on 6 April 2472 as above tolerance.", reviewed: "24/02/2472", next: "06/04/2472", id: "a0T8d000004Qk3BEAS" },
];
for (const r of RISKS) { r.score = r.l * r.i; r.rag = band(r.score); }
export const RED_RISKS = RISKS.filter((r) => r.rag === "Red").map((r) => r.ref);

// ------------------------------------------------------------------ Stove Swap Fund
export const FUND_TOTAL = 1200000, ROUND1 = 560000, ROUND2 = 480000, ROUND3_HELD = 160000;
export const THRESHOLD = 55;
export const LIMITS = { officer: 20000, chair: 75000, key: 250000 };
export const BIDS = [
  { ref: "R2-01", council: "Crayminster City Council", project: "Stove swaps for private tenants in the Old Quarter smoke control area", hh: 160, asked: 96000, score: 78, award: 96000 },
  { ref: "R2-02", council: "Dallowby Metropolitan Borough Council", project: "Replacing open fires with heat pumps for low-income owner-occupiers", hh: 110, asked: 88000, score: 71, award: 88000 },
  { ref: "R2-03", council: "Kelsbridge Borough Council", project: "Swap and recycle scheme for stoves fitted before 2015", hh: 95, asked: 57000, score: 66, award: 57000 },
  { ref: "R2-04", council: "Quenmoor District Council", project: "Ecodesign upgrades for rural homes off the gas grid", hh: 70, asked: 49000, score: 62, award: 42000 },
  { ref: "R2-05", council: "Ulverdale City Council", project: "Swaps and smokeless fuel vouchers in Ulverdale East", hh: 120, asked: 84000, score: 59, award: 84000 },
  { ref: "R2-06", council: "Wickenfold Borough Council", project: "Stove swaps for residential boat dwellers", hh: 40, asked: 31500, score: 57, award: 31500 },
  { ref: "R2-07", council: "Marsingham Borough Council", project: "Heating upgrades in care leavers' homes", hh: 35, asked: 21000, score: 55, award: 21000 },
  { ref: "R2-08", council: "Harlowmere District Council", project: "Grants for wood fuel merchants to join Ready to Burn", hh: 0, asked: 68000, score: 48, award: 0 },
  { ref: "R2-09", council: "Otterholt District Council", project: "Chimney sweep vouchers", hh: 0, asked: 118000, score: 41, award: 0 },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0);
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0);
export const HOUSEHOLDS = BIDS.reduce((t, b) => t + b.hh, 0);
export const LEFT = ROUND2 - AWARDED;
export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ meeting of 9 December 2471 (draft minutes)
export const PRESENT = ["capewell", "mbanefo", "cotteridge", "skelmanthorpe", "umeadi", "ellingsworth", "veasey", "chisnall", "hambleden", "lambourne"];
export const ONLINE = ["hambleden"];
export const SUB = { k: "daintith", for: "sillitoe" };
export const APOLOGIES = ["sillitoe", "talbot"];
// the action log as pasted from Excel (dates as the sheet's "dd-mmm-yy" format shows them)
export const ACTIONS = [
  { ref: "DWB-24", mtg: "16-Sep-71", min: "4", action: "Publish the quarter 1 performance summary in the members' handbook", owner: "Idris Whitlam", due: "30-Sep-71", status: "Complete", note: "" },
  { ref: "DWB-25", mtg: "16-Sep-71", min: "5", action: "Notify round 1 councils of their awards and conditions", owner: "Maelys Hargreaves", due: "23-Sep-71", status: "Complete", note: "" },
  { ref: "DWB-26", mtg: "16-Sep-71", min: "5", action: "Agree grant agreements with the six round 1 councils", owner: "Maelys Hargreaves", due: "30-Oct-71", status: "Complete", note: "All six signed by 27 Oct" },
  { ref: "DWB-27", mtg: "16-Sep-71", min: "6", action: "Chase councils without an up-to-date smoke control area map online", owner: "Rupert Emmerson", due: "30-Oct-71", status: "Overdue", note: "Three councils still to publish. New date 29-Jan-72" },
  { ref: "DWB-28", mtg: "16-Sep-71", min: "7", action: "Brief the Board on the Burn Better campaign", owner: "Cllr Ellingsworth", due: "12-Oct-71", status: "Complete", note: "" },
  { ref: "DWB-29", mtg: "16-Sep-71", min: "8", action: "Write to fuel retailers about the Ready to Burn scheme", owner: "Rupert Emmerson", due: "15-Jan-72", status: "Open", note: "212 of 340 letters sent" },
  { ref: "DWB-30", mtg: "16-Sep-71", min: "9", action: "Set the meeting dates for 2472/73", owner: "Benedikt Rothery", due: "30-Nov-71", status: "Complete", note: "" },
  { ref: "DWB-31", mtg: "09-Dec-71", min: "4", action: "Note to members on enforcement capacity in the 12 councils", owner: "Rupert Emmerson", due: "29-Jan-72", status: "Open", note: "" },
  { ref: "DWB-32", mtg: "09-Dec-71", min: "5", action: "Open round 2 of the Stove Swap Fund", owner: "Maelys Hargreaves", due: "04-Jan-72", status: "Open", note: "" },
  { ref: "DWB-33", mtg: "09-Dec-71", min: "5", action: "Assessment panel to score round 2 bids and report to the March meeting", owner: "Cllr Umeadi", due: "09-Mar-72", status: "Open", note: "" },
  { ref: "DWB-34", mtg: "09-Dec-71", min: "6", action: "Share the Burn Better toolkit with parish and town councils", owner: "Saoirse Prendiville", due: "18-Dec-71", status: "Open", note: "" },
  { ref: "DWB-35", mtg: "09-Dec-71", min: "7", action: "Circulate Dr Lindores's slides", owner: "Benedikt Rothery", due: "16-Dec-71", status: "Complete", note: "Sent 14 Dec" },
  { ref: "DWB-36", mtg: "09-Dec-71", min: "8", action: "Consult councils on the draft smoke control enforcement protocol", owner: "Rupert Emmerson", due: "26-Feb-72", status: "Open", note: "" },
  { ref: "DWB-37", mtg: "09-Dec-71", min: "1", action: "Write to Cllr Lambourne to thank him for his service", owner: "Chair", due: "31-Dec-71", status: "Open", note: "" },
];

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (ROUND1 + ROUND2 + ROUND3_HELD !== FUND_TOTAL) fail("fund rounds");
if (ASKED !== 612500 || AWARDED !== 419500 || LEFT !== 60500 || HOUSEHOLDS !== 630) fail(`bids ${ASKED} ${AWARDED} ${LEFT} ${HOUSEHOLDS}`);
if (ROUND3_HELD + LEFT !== 220500) fail("round 3");
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.ref);
if (BIDS.filter((b) => b.award > 0).length !== 7) fail("seven awards");
if (!(AWARDED > LIMITS.chair && AWARDED > LIMITS.key)) fail("the awards must be over the Chair's limit and a key decision");
if (byQ(2, "Red").join() !== "CHH-01,CHH-05,CHH-08") fail("Q3 red " + byQ(2, "Red"));
if (byQ(2, "Green").join() !== "CHH-03,CHH-04,CHH-09" || byQ(2, "Amber").join() !== "CHH-02,CHH-07" || byQ(2, "Achieved").join() !== "CHH-06") fail("Q3 counts");
if (byQ(1, "Green").length !== 3 || byQ(1, "Amber").length !== 5 || byQ(1, "Red").length !== 0 || byQ(1, "Not due").length !== 1) fail("Q2 counts");
if (WORSE.join() !== "CHH-01,CHH-02,CHH-05,CHH-08") fail("worse " + WORSE);
if (BETTER.join() !== "CHH-04,CHH-09") fail("better " + BETTER);
if (RED_RISKS.join() !== "CHR-01,CHR-10") fail("red risks " + RED_RISKS);
if (RISKS.find((r) => r.ref === "CHR-06").score !== 12 || RISKS.find((r) => r.ref === "CHR-10").score !== 20 || RISKS.find((r) => r.ref === "CHR-01").score !== 16) fail("scores");
if (PRESENT.length !== 10 || PRESENT.includes("sillitoe") || PRESENT.includes("talbot") || PRESENT.includes("foulkes")) fail("attendance");
if (ACTIONS.filter((a) => a.mtg === "16-Sep-71").length !== 7 || ACTIONS.filter((a) => a.mtg === "16-Sep-71" && a.status === "Complete").length !== 5) fail("September actions");
if (ACTIONS.filter((a) => a.status === "Overdue").map((a) => a.ref).join() !== "DWB-27") fail("overdue");
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday" || (m.wasIso && weekday(m.wasIso) !== "Wednesday")) fail("meeting day " + m.iso);
// every date the papers print with its weekday
for (const [iso, d] of [["2472-01-04", "Monday"], ["2472-02-11", "Thursday"], ["2472-03-08", "Tuesday"], ["2472-03-07", "Monday"], ["2472-01-08", "Friday"], ["2472-02-22", "Monday"], ["2472-03-25", "Friday"], ["2472-04-01", "Friday"], ["2472-04-29", "Friday"], ["2472-04-06", "Wednesday"], ["2471-12-16", "Wednesday"], ["2472-01-20", "Wednesday"], ["2472-03-03", "Thursday"], ["2472-02-26", "Friday"], ["2472-01-29", "Friday"], ["2472-01-28", "Thursday"], ["2472-01-11", "Monday"], ["2471-12-14", "Monday"], ["2472-03-14", "Monday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
