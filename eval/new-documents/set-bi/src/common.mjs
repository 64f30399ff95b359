// Shared content for set BI: one body (the Housing Damp and Mould Task Group, a member task group of the
// invented Healthy Homes and Housing Standards Board), its people, meetings, the Healthy Homes Programme
// 2197-99 (measures DMP-01 to DMP-08, a work programme kept in Asana, a budget for 2197/98), round 1 of the
// Damp Remediation Fund (nine bids DRF1-01 to DRF1-09, decided at the meeting of 13 December 2197), the
// decision taken by e-mail with Outlook's voting buttons on the response to the hazard response timescales
// consultation (15-22 November 2197), and the tender for an independent evaluation (Find a Tender notice of
// 27 November 2197), in the municipal year 2197/98. Every builder reads from here so that the five
// documents agree with each other; the arithmetic (budget, bids, awards, ratings, votes) is checked when
// this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Housing Damp and Mould Task Group";
export const SHORT = "HDMTG";
export const BOARD = "Healthy Homes and Housing Standards Board";
export const PROGRAMME = "Healthy Homes Programme 2197–99";
export const FUND = "Damp Remediation Fund";
export const DEPT = "Department for Homes and Communities";
export const ROOM = "Room 2.4, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  visio: "hdmtg-governance-and-fund-process-v1-3-2197-11-20.pdf",
  asana: "hdmtg-work-programme-asana-export-2197-11-28.csv",
  vote: "hdmtg-email-vote-result-consultation-response-2197-11-22.eml",
  tender: "find-a-tender-notice-2197-s-000-052814-damp-remediation-evaluation.html",
  pack: "hdmtg-agenda-and-reports-2197-12-13.txt",
};

export const MEETINGS = [
  { date: "Wednesday 14 June 2197", iso: "2197-06-14" },
  { date: "Wednesday 20 September 2197", iso: "2197-09-20" },
  { date: "Wednesday 13 December 2197", iso: "2197-12-13" },
  { date: "Wednesday 14 March 2198", iso: "2198-03-14" },
];

export const OFFICERS = {
  cressida: { fore: "Cressida", sur: "Vantreight", post: "Head of Housing and Planning", phone: "020 7946 0902", email: "cressida.vantreight@local.gov.uk", asana: "Cressida Vantreight" },
  tobias: { fore: "Tobias", sur: "Farrant-Okoye", post: "Programme Manager, Healthy Homes", phone: "020 7946 0904", email: "tobias.farrant-okoye@local.gov.uk", asana: "Tobias Farrant-Okoye" },
  ngozi: { fore: "Ngozi", sur: "Abernathy-Kaur", title: "Dr", post: "Senior Adviser (Housing Standards)", phone: "020 7946 0907", email: "ngozi.abernathy-kaur@local.gov.uk", asana: "Ngozi Abernathy-Kaur" },
  fenella: { fore: "Fenella", sur: "Ellwood-Kerr", post: "Adviser (Tenant Engagement)", phone: "020 7946 0909", email: "fenella.ellwood-kerr@local.gov.uk", asana: "Fenella Ellwood-Kerr" },
  rupert: { fore: "Rupert", sur: "Oyebode-Sykes", post: "Finance Business Partner", phone: "020 7946 0912", email: "rupert.oyebode-sykes@local.gov.uk", asana: "Rupert Oyebode-Sykes" },
  harriet: { fore: "Harriet", sur: "Prothero-Dunn", post: "Procurement Lead", phone: "020 7946 0916", email: "harriet.prothero-dunn@local.gov.uk", asana: "Harriet Prothero-Dunn" },
  ambrose: { fore: "Ambrose", sur: "Tindley-Ware", post: "Member Services Officer", phone: "020 7946 0918", email: "ambrose.tindley-ware@local.gov.uk", asana: "Ambrose Tindley-Ware" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.title ? o.title + " " : ""}${o.fore} ${o.sur}`;
export const TVP_CHAIR = "Philippa Oduwole-Marsh";

// Membership 2197/98. group abbreviations as the Visio org chart prints them.
export const GROUPS = { Conservative: "Con", Labour: "Lab", "Liberal Democrat": "LD", Independent: "Ind", "Green Party": "Green" };
export const PEOPLE = [
  { k: "gurnsell", fore: "Rosamund", sur: "Gurnsell", council: "Caskmoor Borough Council", abbr: "Caskmoor BC", group: "Conservative", role: "Chair", email: "rosamund.gurnsell@caskmoor.gov.uk" },
  { k: "fennessey", fore: "Dawit", sur: "Fennessey", council: "Brinkhollow City Council", abbr: "Brinkhollow CC", group: "Labour", role: "Vice-Chair", email: "dawit.fennessey@brinkhollow.gov.uk" },
  { k: "vosburgh", fore: "Ottoline", sur: "Vosburgh", council: "Hollinvale District Council", abbr: "Hollinvale DC", group: "Liberal Democrat", role: "Deputy Chair", email: "ottoline.vosburgh@hollinvale.gov.uk" },
  { k: "trenchard", fore: "Ifeoluwa", sur: "Trenchard", council: "Gallowsett Metropolitan Borough Council", abbr: "Gallowsett MBC", group: "Labour", role: "Member", lead: "data and evidence", email: "ifeoluwa.trenchard@gallowsett.gov.uk" },
  { k: "thirlaway", fore: "Bartholomew", sur: "Thirlaway", council: "Tarnholme District Council", abbr: "Tarnholme DC", group: "Independent", role: "Member", lead: "tenant voice", email: "bartholomew.thirlaway@tarnholme.gov.uk" },
  { k: "maddern", fore: "Saoirse", sur: "Maddern-Lyle", council: "Ketterby County Council", abbr: "Ketterby CC", group: "Conservative", role: "Member", lead: "funding", email: "saoirse.maddern-lyle@ketterby.gov.uk" },
  { k: "ashdown", fore: "Leopold", sur: "Ashdown-Yeo", council: "Pellingworth Borough Council", abbr: "Pellingworth BC", group: "Conservative", role: "Member", from: "01/09/2197", email: "leopold.ashdown-yeo@pellingworth.gov.uk" },
  { k: "osei", fore: "Nadifa", sur: "Osei-Brampton", council: "Marrowfield City Council", abbr: "Marrowfield CC", group: "Labour", role: "Member", email: "nadifa.osei-brampton@marrowfield.gov.uk" },
  { k: "delacourt", fore: "Cormac", sur: "Delacourt-Ansah", council: "Northwyke Borough Council", abbr: "Northwyke BC", group: "Labour", role: "Member", email: "cormac.delacourt-ansah@northwyke.gov.uk" },
  { k: "lidstone", fore: "Henrietta", sur: "Lidstone", council: "Lunsdale District Council", abbr: "Lunsdale DC", group: "Green Party", role: "Member", email: "henrietta.lidstone@lunsdale.gov.uk" },
  { k: "quenault", fore: "Jasper", sur: "Quenault", council: "Wyverstoke County Council", abbr: "Wyverstoke CC", group: "Conservative", role: "Member", email: "jasper.quenault@wyverstoke.gov.uk" },
  { k: "istead", fore: "Parveen", sur: "Istead", council: "Ruddlestone Borough Council", abbr: "Ruddlestone BC", group: "Liberal Democrat", role: "Member", email: "parveen.istead@ruddlestone.gov.uk" },
  { k: "pettigrew", fore: "Algernon", sur: "Pettigrew-Hume", council: "Skelbrooke District Council", abbr: "Skelbrooke DC", group: "Conservative", role: "Substitute", email: "algernon.pettigrew-hume@skelbrooke.gov.uk" },
  { k: "makinwa", fore: "Blessing", sur: "Makinwa", council: "Marrowfield City Council", abbr: "Marrowfield CC", group: "Labour", role: "Substitute", email: "blessing.makinwa@marrowfield.gov.uk" },
  { k: "sorrell", fore: "Ysolde", sur: "Sorrell-Baines", council: "Hollinvale District Council", abbr: "Hollinvale DC", group: "Liberal Democrat", role: "Substitute", email: "ysolde.sorrell-baines@hollinvale.gov.uk" },
  { k: "umberleigh", fore: "Gervase", sur: "Umberleigh", council: "Pellingworth Borough Council", abbr: "Pellingworth BC", group: "Conservative", role: "Former member", left: "31 August 2197" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
// the 14 councils in the programme (the members' and substitutes' councils and Fennimere)
export const COUNCILS = [
  "Brinkhollow City Council", "Caskmoor Borough Council", "Fennimere District Council", "Gallowsett Metropolitan Borough Council",
  "Hollinvale District Council", "Ketterby County Council", "Lunsdale District Council", "Marrowfield City Council",
  "Northwyke Borough Council", "Pellingworth Borough Council", "Ruddlestone Borough Council", "Skelbrooke District Council",
  "Tarnholme District Council", "Wyverstoke County Council",
];

// ------------------------------------------------------------------ measures at quarter 2 2197/98 (30 September 2197)
export const RANK = { Red: 0, Amber: 1, Green: 2, Achieved: 3 };
export const MEASURES = [
  { ref: "DMP-01", name: "Damp and mould reports triaged within 2 working days", target: "95%", q1v: "91%", q1: "Amber", q2v: "86%", q2: "Red", lead: "Cllr Trenchard" },
  { ref: "DMP-02", name: "Category 1 hazards made safe within 24 hours", target: "100%", q1v: "99%", q1: "Green", q2v: "97%", q2: "Amber", lead: "Cllr Trenchard" },
  { ref: "DMP-03", name: "Homes with mould remediation completed (cumulative)", target: "6,000", q1v: "1,240", q1: "Green", q2v: "2,630", q2: "Green", lead: "Cllr Maddern-Lyle" },
  { ref: "DMP-04", name: "Frontline staff completing damp and mould awareness training (cumulative)", target: "2,400", q1v: "310", q1: "Amber", q2v: "1,020", q2: "Green", lead: "Cllr Vosburgh" },
  { ref: "DMP-05", name: "Tenants satisfied with how their damp and mould report was handled", target: "75%", q1v: "68%", q1: "Amber", q2v: "64%", q2: "Red", lead: "Cllr Thirlaway" },
  { ref: "DMP-06", name: "Councils with a published damp and mould policy", target: "14 of 14 by 30 September", q1v: "9 of 14", q1: "Amber", q2v: "14 of 14", q2: "Achieved", lead: "Cllr Vosburgh" },
  { ref: "DMP-07", name: "Homes with humidity sensors installed (cumulative)", target: "3,000", q1v: "–", q1: "Not due", q2v: "420", q2: "Amber", lead: "Cllr Trenchard" },
  { ref: "DMP-08", name: "Average working days to complete remediation", target: "20 or fewer", q1v: "27", q1: "Red", q2v: "23", q2: "Amber", lead: "Cllr Maddern-Lyle" },
];
export const WORSE = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] < RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in RANK && RANK[m.q2] > RANK[m.q1]).map((m) => m.ref);
export const RED = MEASURES.filter((m) => m.q2 === "Red").map((m) => m.ref);

// ------------------------------------------------------------------ budget 2197/98 (item 4, Table 2)
export const BUDGET = [
  // line, budget, spent to 30 September, forecast outturn
  ["Damp Remediation Fund round 1", 1200000, 0, 1085000],
  ["Frontline training programme", 240000, 96000, 228000],
  ["Humidity sensor pilot", 310000, 52000, 310000],
  ["Independent evaluation", 60000, 0, 5000],
  ["Tenant Voice Panel", 45000, 14000, 41000],
  ["Programme team", 145000, 71000, 143000],
];
export const BUDGET_TOTAL = BUDGET.reduce((t, b) => t + b[1], 0); // 2,000,000
export const SPENT_TOTAL = BUDGET.reduce((t, b) => t + b[2], 0); // 233,000
export const FORECAST_TOTAL = BUDGET.reduce((t, b) => t + b[3], 0); // 1,812,000

// ------------------------------------------------------------------ Damp Remediation Fund round 1
export const ROUND1 = 1200000;
export const THRESHOLD = 65;
export const MAX_AWARD = 250000, MIN_AWARD = 50000;
export const CHAIR_LIMIT = 100000;
export const BIDS = [
  { ref: "DRF1-01", council: "Brinkhollow City Council", project: "Whole-block ventilation upgrade, Alder Court", asked: 250000, score: 81, award: 250000, note: "" },
  { ref: "DRF1-02", council: "Caskmoor Borough Council", project: "Mould wash-down and loft insulation, 120 homes", asked: 180000, score: 77, award: 180000, note: "" },
  { ref: "DRF1-03", council: "Gallowsett Metropolitan Borough Council", project: "Rapid response team with humidity sensors", asked: 210000, score: 74, award: 195000, note: "Reduced: 150 sensors already funded by the pilot" },
  { ref: "DRF1-04", council: "Hollinvale District Council", project: "Damp-proof course repairs in rural cottages", asked: 140000, score: 70, award: 140000, note: "" },
  { ref: "DRF1-05", council: "Ketterby County Council", project: "Retrofit of 40 system-built homes", asked: 240000, score: 69, award: 190000, note: "Reduced: 8 of the homes are due for demolition" },
  { ref: "DRF1-06", council: "Marrowfield City Council", project: "Tenant-led inspection scheme", asked: 130000, score: 66, award: 130000, note: "" },
  { ref: "DRF1-07", council: "Northwyke Borough Council", project: "Extractor fans in 300 flats", asked: 160000, score: 61, award: 0, note: "Below the threshold of 65" },
  { ref: "DRF1-08", council: "Tarnholme District Council", project: "Dehumidifier loan library", asked: 95000, score: 58, award: 0, note: "Below the threshold of 65" },
  { ref: "DRF1-09", council: "Wyverstoke County Council", project: "Thermal imaging surveys of 1,500 homes", asked: 205000, score: 52, award: 0, note: "Below the threshold of 65" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 1,610,000
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 1,085,000
export const LEFT = ROUND1 - AWARDED; // 115,000
// members (and the substitute) whose councils bid: they declare on their own council's bid
export const BIDDERS_MEMBERS = { "DRF1-01": "fennessey", "DRF1-02": "gurnsell", "DRF1-03": "trenchard", "DRF1-04": "vosburgh", "DRF1-05": "maddern", "DRF1-06": "osei", "DRF1-07": "delacourt", "DRF1-08": "thirlaway", "DRF1-09": "quenault" };

// ------------------------------------------------------------------ the e-mail vote (Outlook voting buttons), 15-22 November 2197
export const VOTE_REF = "HDMTG-ED-2197-03";
export const VOTES = [
  { k: "gurnsell", r: "Approve", t: "15/11/2197 10:02" },
  { k: "fennessey", r: "Approve", t: "15/11/2197 11:47" },
  { k: "vosburgh", r: "Approve", t: "16/11/2197 08:15" },
  { k: "trenchard", r: "Approve", t: "16/11/2197 19:33" },
  { k: "thirlaway", r: "", t: "" },
  { k: "maddern", r: "Approve", t: "17/11/2197 09:05" },
  { k: "ashdown", r: "Approve", t: "20/11/2197 14:21" },
  { k: "osei", r: "Approve with comments", t: "17/11/2197 16:40" },
  { k: "delacourt", r: "Abstain", t: "21/11/2197 09:58" },
  { k: "lidstone", r: "Reject", t: "18/11/2197 12:11" },
  { k: "quenault", r: "Approve", t: "21/11/2197 17:26" },
  { k: "istead", r: "Approve with comments", t: "22/11/2197 08:49" },
];
export const COUNT = (r) => VOTES.filter((v) => v.r === r).length;
export const EMAIL_MIN = 7;

// ------------------------------------------------------------------ the evaluation tender
export const TENDER = {
  id: "2197/S 000-052814",
  ocid: "ocds-h6vhtk-06c3d9",
  ref: "LGA-HH-2197-014",
  title: "Independent evaluation of the Damp Remediation Fund and the Healthy Homes Programme",
  value: 180000,
  published: "27 November 2197",
  closes: "12 January 2198",
  clarify: "5 January 2198",
  start: "3 April 2198",
  end: "2 April 2200",
  criteria: [["Methodology and evaluation design", 30], ["Team and experience", 20], ["Involving tenants", 10], ["Social value", 10]],
  price: 30,
};

// ------------------------------------------------------------------ meeting of 20 September 2197 (draft minutes in the pack)
export const PRESENT = ["gurnsell", "fennessey", "vosburgh", "trenchard", "thirlaway", "maddern", "ashdown", "delacourt", "lidstone", "quenault"];
export const SUB = { k: "makinwa", for: "osei" };
export const APOLOGIES = ["osei", "istead"];
export const ACTIONS = [
  { ref: "DMA-22", min: "3", action: "Circulate the baseline survey report to the 14 councils", owner: "ngozi", due: "2197-09-29", done: "2197-09-27" },
  { ref: "DMA-23", min: "4", action: "Break down tenant satisfaction (DMP-05) by council in the quarter 2 report", owner: "tobias", due: "2197-10-27", done: "2197-10-20" },
  { ref: "DMA-24", min: "4", action: "Chair's letter to the Minister on new burdens funding for damp and mould work", owner: "cressida", due: "2197-10-13", done: "" },
  { ref: "DMA-25", min: "5", action: "Finalise the evaluation specification and publish the tender", owner: "harriet", due: "2197-11-30", done: "2197-11-27" },
  { ref: "DMA-26", min: "6", action: "Bring a recovery plan for the humidity sensor pilot to the December meeting", owner: "ngozi", due: "2197-11-24", done: "" },
  { ref: "DMA-27", min: "7", action: "Bring draft terms of reference for the Tenant Voice Panel to the December meeting", owner: "fenella", due: "2197-12-13", done: "" },
  { ref: "DMA-28", min: "7", action: "Invite the Housing Ombudsman's office to a future meeting", owner: "ambrose", due: "2197-10-31", done: "2197-10-18" },
  { ref: "DMA-29", min: "7", action: "Confirm Tarnholme's baseline data return", owner: "tobias", due: "2197-10-06", done: "2197-10-04" },
];
export const OPEN_ACTIONS = ACTIONS.filter((a) => !a.done).map((a) => a.ref);

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const num = (n) => n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (COUNCILS.length !== 14) fail("14 councils");
for (const p of PEOPLE) if (!COUNCILS.includes(p.council)) fail("council of " + p.sur);
if (BUDGET_TOTAL !== 2000000 || SPENT_TOTAL !== 233000 || FORECAST_TOTAL !== 1812000) fail(`budget ${BUDGET_TOTAL} ${SPENT_TOTAL} ${FORECAST_TOTAL}`);
if (BUDGET[0][1] !== ROUND1 || BUDGET[0][3] !== AWARDED) fail("fund line against the awards");
if (ASKED !== 1610000 || AWARDED !== 1085000 || LEFT !== 115000) fail(`bids ${ASKED} ${AWARDED} ${LEFT}`);
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked || b.asked > MAX_AWARD || b.asked < MIN_AWARD) fail("bid " + b.ref);
if (!BIDS.filter((b) => b.award).every((b) => b.award > CHAIR_LIMIT)) fail("every award is over the Chair's limit");
if (COUNT("Approve") !== 7 || COUNT("Approve with comments") !== 2 || COUNT("Reject") !== 1 || COUNT("Abstain") !== 1 || COUNT("") !== 1) fail("votes");
if (VOTES.length !== 12 || !VOTES.every((v) => MEMBERS.includes(P[v.k]))) fail("voters are the 12 members");
if (VOTES.filter((v) => v.r).length < EMAIL_MIN) fail("e-mail quorum");
const q2 = {};
for (const m of MEASURES) q2[m.q2] = (q2[m.q2] ?? 0) + 1;
if (q2.Red !== 2 || q2.Amber !== 3 || q2.Green !== 2 || q2.Achieved !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "DMP-01,DMP-02,DMP-05") fail("worse " + WORSE);
if (BETTER.join() !== "DMP-04,DMP-06,DMP-08") fail("better " + BETTER);
if (OPEN_ACTIONS.join() !== "DMA-24,DMA-26,DMA-27") fail("open actions " + OPEN_ACTIONS);
if (PRESENT.length !== 10 || PRESENT.includes("osei") || PRESENT.includes("istead")) fail("attendance");
if (TENDER.criteria.reduce((t, c) => t + c[1], 0) + TENDER.price !== 100) fail("award criteria");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2197-11-15", "Wednesday"], ["2197-11-22", "Wednesday"], ["2197-12-01", "Friday"], ["2197-11-27", "Monday"], ["2198-01-12", "Friday"], ["2198-01-05", "Friday"], ["2197-12-05", "Tuesday"], ["2197-10-24", "Tuesday"], ["2197-08-14", "Monday"], ["2197-11-16", "Thursday"], ["2197-11-20", "Monday"], ["2197-11-28", "Tuesday"], ["2198-04-03", "Tuesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
