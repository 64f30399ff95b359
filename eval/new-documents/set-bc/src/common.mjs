// Shared content for set BC: one body (the Urban Rodent Control Task Group, a member task group of the
// invented Environmental Health and Pest Management Board), its people, meetings, measures, budget, risks,
// actions, the members' workshop, the Rat-Proofing Capital Fund's round 2 bids and the members' chat, in the
// municipal year 2163/64. Every builder reads from here so that the five papers agree with each other; the
// arithmetic (rating counts by quarter, chart totals against the measures, budget totals, risk scores,
// award totals, votes, attendance) is checked below when this module loads.
// Synthetic test fixtures: every person, council, water company, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Urban Rodent Control Task Group";
export const SHORT = "URCTG";
export const BOARD = "Environmental Health and Pest Management Board";
export const PROGRAMME = "Rodent Reduction Programme 2163–65";
export const FUND = "Rat-Proofing Capital Fund";
export const VENUE = "Room 3.1, 18 Smith Square, London SW1P 3HZ";
export const NRSU = "National Rodenticide Stewardship Unit";

// file names (docs/)
export const DOCS = {
  pack: "urctg-agenda-pack-2164-03-14.docx",
  board: "urctg-members-workshop-board-2164-01-25.pdf",
  chat: "urctg-members-and-officers-chat-export-2164-03-12.html",
  page: "urctg-task-group-page-2164-01-30.md",
  bids: "urctg-rpf-round-2-bids-all-bids-2164-03-01.csv",
};

export const MEETINGS = [
  { date: "Wednesday 21 June 2163", iso: "2163-06-21" },
  { date: "Wednesday 21 September 2163", iso: "2163-09-21" },
  { date: "Wednesday 23 November 2163", iso: "2163-11-23" },
  { date: "Wednesday 14 March 2164", iso: "2164-03-14" },
  { date: "Wednesday 20 June 2164", iso: "2164-06-20", provisional: true, movedTo: "Wednesday 27 June 2164" },
];

export const OFFICERS = {
  ptolemy: { name: "Ptolemy Hollowell", post: "Programme Manager, Rodent Control", phone: "020 7946 0062", email: "ptolemy.hollowell@local.gov.uk" },
  henrietta: { name: "Henrietta Obi-Lockwood", post: "Senior Adviser, Rat-Proofing Capital Fund", phone: "020 7946 0065", email: "henrietta.obi-lockwood@local.gov.uk" },
  lorcan: { name: "Lorcan Tiplady", post: "Finance Business Partner", phone: "020 7946 0068", email: "lorcan.tiplady@local.gov.uk" },
  zainab: { name: "Zainab Brocklebank", post: "Data and Insight Officer", phone: "020 7946 0071", email: "zainab.brocklebank@local.gov.uk" },
  augustin: { name: "Augustin Cheverton", post: "Policy Adviser (Water Industry)", phone: "020 7946 0074", email: "augustin.cheverton@local.gov.uk" },
  philomena: { name: "Philomena Gillibrand", post: "Solicitor (Environmental Health)", phone: "020 7946 0077", email: "philomena.gillibrand@local.gov.uk" },
  cuthbert: { name: "Cuthbert Angove", post: "Head of Democratic Services", phone: "020 7946 0080", email: "cuthbert.angove@local.gov.uk" },
  ismay: { name: "Ismay Dunnock", post: "Member Services Officer", phone: "020 7946 0083", email: "ismay.dunnock@local.gov.uk" },
};
export const O = OFFICERS;
export const GUEST = { name: "Dr Anouska Threadgill", post: "Head of Resistance Monitoring, National Rodenticide Stewardship Unit" };

// Membership 2163/64. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute.
export const PEOPLE = [
  { k: "thwaite", fore: "Sabine", sur: "Thwaite-Morrow", council: "Grindlesham Borough Council", group: "Conservative", role: "Chair", tg: "Sabine T-M (Chair)" },
  { k: "okafor", fore: "Desmond", sur: "Okafor-Blyth", council: "Cobbleford City Council", group: "Labour", role: "Vice-Chair", tg: "Des Okafor-Blyth" },
  { k: "quillingford", fore: "Marisol", sur: "Quillingford", council: "Marlhythe District Council", group: "Liberal Democrat", role: "Deputy Chair", lead: "Data and sensors", tg: "Marisol Q" },
  { k: "fettiplace", fore: "Barnaby", sur: "Fettiplace", council: "Wyvernhall County Council", group: "Conservative", role: "Member", lead: "Sewers and water companies", tg: "Barnaby Fettiplace" },
  { k: "ashgrove", fore: "Yewande", sur: "Ashgrove-Bell", council: "Stowmarden Metropolitan Borough Council", group: "Labour", role: "Member", lead: "Housing and bin stores", tg: "Yewande A-B" },
  { k: "nettleford", fore: "Tobias", sur: "Nettleford", council: "Pellowick District Council", group: "Independent", role: "Member", tg: "Toby Nettleford" },
  { k: "cottesmore", fore: "Philippa", sur: "Cottesmore-Lane", council: "Thornabury City Council", group: "Green Party", role: "Member", lead: "Food businesses and waste", tg: "Philippa C-L" },
  { k: "sandhu", fore: "Harjit", sur: "Sandhu-Weller", council: "Kessingmoor Borough Council", group: "Labour", role: "Member", tg: "Harjit S-W" },
  { k: "aldwinckle", fore: "Crispin", sur: "Aldwinckle", council: "Ashcarrow County Council", group: "Conservative", role: "Member", left: "6 February 2164", tg: "Crispin Aldwinckle" },
  { k: "stennett", fore: "Gwilym", sur: "Stennett", council: "Ashcarrow County Council", group: "Conservative", role: "Member", from: "20 February 2164", tg: "Gwilym Stennett" },
  { k: "drinkwater", fore: "Ifeoma", sur: "Drinkwater", council: "Brinemouth City Council", group: "Liberal Democrat", role: "Member", lead: "Schools and public awareness", tg: "Ifeoma D" },
  { k: "winterflood", fore: "Leopold", sur: "Winterflood", council: "Dunwarden District Council", group: "Labour", role: "Member", tg: "Leo Winterflood" },
  { k: "mbeki", fore: "Rosalind", sur: "Mbeki-Tarrant", council: "Lowfold Borough Council", group: "Conservative", role: "Member", tg: "Rosalind Mbeki-Tarrant" },
  { k: "cowdrey", fore: "Jasper", sur: "Cowdrey-Nunn", council: "Grindlesham Borough Council", group: "Conservative", role: "Substitute" },
  { k: "ferrow", fore: "Anjali", sur: "Ferrow", council: "Cobbleford City Council", group: "Labour", role: "Substitute", tg: "Anjali Ferrow" },
  { k: "treadgold", fore: "Mungo", sur: "Treadgold", council: "Marlhythe District Council", group: "Liberal Democrat", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const full = (k) => `${P[k].fore} ${P[k].sur}`;
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS_MARCH = PEOPLE.filter((p) => p.role !== "Substitute" && !p.left); // the pack of 14 March 2164
export const MEMBERS_JAN = PEOPLE.filter((p) => p.role !== "Substitute" && !p.from); // the web page of 30 January 2164, the November meeting
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ performance, quarter 3 2163/64 (Table 1 of item 4)
export const STATUS = { R: "Red", A: "Amber", G: "Green", C: "Complete", N: "Not started" };
const RANK = { R: 0, A: 1, G: 2, C: 3, N: null };
export const MEASURES = [
  { ref: "RRM-01", name: "Average working days from a domestic complaint to the first visit", target: "3.0 days or fewer", q2: "4.1", q3: "3.6", s2: "A", s3: "A", lead: "quillingford" },
  { ref: "RRM-02", name: "Sewer manholes baited by the water companies (cumulative)", target: "12,000", q2: "5,140", q3: "7,020", s2: "R", s3: "R", lead: "fettiplace" },
  { ref: "RRM-03", name: "Communal bin stores rat-proofed (cumulative)", target: "400", q2: "188", q3: "246", s2: "G", s3: "A", lead: "ashgrove" },
  { ref: "RRM-04", name: "Food businesses inspected for pest control (cumulative)", target: "2,500", q2: "1,320", q3: "2,040", s2: "G", s3: "G", lead: "cottesmore" },
  { ref: "RRM-05", name: "Member councils sending complaints data every month", target: "48 of 48", q2: "41", q3: "48", s2: "A", s3: "C", lead: "quillingford" },
  { ref: "RRM-06", name: "Smart sensors installed in hotspot wards (cumulative)", target: "1,500", q2: "620", q3: "690", s2: "G", s3: "R", lead: "quillingford" },
  { ref: "RRM-07", name: "Rat samples tested for rodenticide resistance (cumulative)", target: "300", q2: "96", q3: "171", s2: "A", s3: "G", lead: "fettiplace" },
  { ref: "RRM-08", name: "Primary schools reached by Rat Smart sessions (cumulative)", target: "350", q2: "40", q3: "142", s2: "A", s3: "A", lead: "drinkwater" },
  { ref: "RRM-09", name: "Fly-tipped food waste cleared within 24 hours", target: "95%", q2: "91%", q3: "88%", s2: "A", s3: "R", lead: "cottesmore" },
  { ref: "RRM-10", name: "Households given a proofing advice visit (cumulative)", target: "6,000", q2: "–", q3: "1,210", s2: "N", s3: "G", lead: "ashgrove" },
];
export const countBy = (key) => {
  const c = {};
  for (const m of MEASURES) c[m[key]] = (c[m[key]] ?? 0) + 1;
  return c;
};
export const WORSE = MEASURES.filter((m) => RANK[m.s2] !== null && RANK[m.s3] < RANK[m.s2]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => RANK[m.s2] !== null && RANK[m.s3] > RANK[m.s2]).map((m) => m.ref);

// ------------------------------------------------------------------ the native charts of item 4 (data only in the chart parts)
export const CHART1 = {
  title: "Rodent complaints received by member councils, by quarter",
  cats: ["Q1 (Apr–Jun)", "Q2 (Jul–Sep)", "Q3 (Oct–Dec)", "Q4 (Jan–Mar)"],
  series: [
    { name: "2162/63", vals: [1486, 1702, 1395, 1327], colour: "A5A5A5" },
    { name: "2163/64", vals: [1412, 1538, 1206, null], colour: "2E6B4F" },
  ],
  head: "Quarter",
};
export const WATER = ["Ouselow Water", "Sorrelby Water", "Harrowmere Water and Sewerage", "Cressing Vale Water"];
export const CHART2 = {
  title: "Sewer manholes baited to 31 December 2163, by water company",
  cats: WATER,
  series: [
    { name: "Planned to date", vals: [3200, 2400, 2100, 1300], colour: "BFBFBF" },
    { name: "Baited", vals: [1420, 2310, 1890, 1400], colour: "1F4E79" },
  ],
  head: "Water company",
  bar: true,
};
export const BUDGET = [
  { line: "Sewer baiting partnership", budget: 420, forecast: 455 },
  { line: "Smart sensors", budget: 380, forecast: 301 },
  { line: "Rat Smart schools programme", budget: 95, forecast: 95 },
  { line: "Data and insight", budget: 140, forecast: 152 },
  { line: "Resistance testing", budget: 110, forecast: 118 },
  { line: "Programme management", budget: 255, forecast: 249 },
];
export const CHART3 = {
  title: "Programme budget 2163/64: budget and forecast outturn (£000)",
  cats: BUDGET.map((b) => b.line),
  series: [
    { name: "Budget", vals: BUDGET.map((b) => b.budget), colour: "7F7F7F" },
    { name: "Forecast outturn", vals: BUDGET.map((b) => b.forecast), colour: "C55A11" },
  ],
  head: "Budget line",
  bar: true,
  labels: true,
};
export const TOTAL = BUDGET.reduce((t, b) => ({ budget: t.budget + b.budget, forecast: t.forecast + b.forecast }), { budget: 0, forecast: 0 });
// Figure 1 (SmartArt, chevron process): the summer 2164 campaign. ord = display order; the list order is the
// order the nodes were typed (Rodent Awareness Week was added last and dragged into second place).
export const CAMPAIGN = [
  { ord: 0, date: "3 April 2164", what: "Rat-proofing campaign launch" },
  { ord: 2, date: "1 June 2164", what: "Sensor data dashboard opens to residents" },
  { ord: 3, date: "30 June 2164", what: "Round 2 projects must be on site" },
  { ord: 4, date: "September 2164", what: "Campaign evaluation to the Task Group" },
  { ord: 1, date: "14–20 May 2164", what: "Rodent Awareness Week" },
];

// ------------------------------------------------------------------ risk register (Task Group page, reviewed 29 January 2164)
// tolerance: risks scoring above 15 are reported to the Board
export const TOLERANCE = 15;
export const RISKS = [
  { ref: "RRR-01", risk: "Water companies do not bait sewers to the agreed schedule", owner: "augustin", l: 4, i: 4, nov: 12, trend: "up" },
  { ref: "RRR-02", risk: "Rodenticide resistance spreads beyond Stowmarden and Kessingmoor", owner: "ptolemy", l: 3, i: 5, nov: 10, trend: "up" },
  { ref: "RRR-03", risk: "The sensor supplier cannot deliver the remaining units in 2163/64", owner: "zainab", l: 4, i: 5, nov: 8, trend: "up" },
  { ref: "RRR-04", risk: "Councils cannot find match funding for round 2 projects", owner: "henrietta", l: 3, i: 3, nov: 12, trend: "down" },
  { ref: "RRR-05", risk: "A council is challenged for charging residents for domestic treatments", owner: "philomena", l: 2, i: 4, nov: 8, trend: "flat" },
  { ref: "RRR-06", risk: "Sensor data is used in a way that breaches residents' privacy", owner: "zainab", l: 2, i: 5, nov: 10, trend: "flat" },
  { ref: "RRR-07", risk: "The sewer baiting partnership overspends", owner: "lorcan", l: 3, i: 3, nov: 6, trend: "up" },
  { ref: "RRR-08", risk: "Pest control contractors leave the market and councils cannot buy in treatments", owner: "ptolemy", l: 3, i: 4, nov: null, trend: "new", added: "12 December 2163" },
];
for (const r of RISKS) r.score = r.l * r.i;
export const ABOVE = RISKS.filter((r) => r.score > TOLERANCE).map((r) => r.ref);
export const CLOSED = [{ ref: "RRR-09", risk: "Round 1 grant agreements are signed late", owner: "henrietta", closed: "14 December 2163", why: "all eleven agreements signed" }];

// ------------------------------------------------------------------ actions from 23 November 2163 (Table 2 of item 4, at 5 March 2164)
export const ACTIONS = [
  { ref: "RCA-21", item: 4, action: "Write to the four water companies asking for a revised sewer baiting schedule", owner: "augustin", due: "15/12/2163", status: "Done", update: "Letters sent 8 December 2163. Three companies replied; Ouselow Water has not (see item 7)." },
  { ref: "RCA-22", item: 5, action: "Publish the round 2 prospectus of the Rat-Proofing Capital Fund", owner: "henrietta", due: "08/12/2163", status: "Done", update: "Published 4 December 2163; 14 bids received by the closing date of 26 January 2164." },
  { ref: "RCA-23", item: 9, action: "Arrange a members' workshop on priorities for 2164/65", owner: "ismay", due: "31/01/2164", status: "Done", update: "Held on 25 January 2164 (item 6)." },
  { ref: "RCA-24", item: 6, action: "Add a risk on pest control contractors leaving the market to the programme risk register", owner: "ptolemy", due: "15/12/2163", status: "Done", update: "Added as RRR-08 on 12 December 2163." },
  { ref: "RCA-25", item: 7, action: "Report on the legal position on charging residents for domestic treatments", owner: "philomena", due: "14/03/2164", status: "In progress", update: "Counsel's opinion expected in April 2164; report to the June meeting." },
  { ref: "RCA-26", item: 8, action: "Agree a sensor data-sharing protocol with the member councils", owner: "zainab", due: "31/01/2164", status: "Overdue", update: "Draft with six councils for comment. New date 30/04/2164." },
  { ref: "RCA-27", item: 6, action: "Circulate the resistance testing results map to members", owner: "zainab", due: "19/12/2163", status: "Done", update: "Circulated 18 December 2163." },
  { ref: "RCA-28", item: 9, action: "Invite the chief executive of Ouselow Water to the March meeting", owner: "ismay", due: "28/02/2164", status: "Deferred", update: "Deferred to June 2164 while the contract dispute is considered in Part B (item 7)." },
];
export const OPEN = ACTIONS.filter((a) => a.status !== "Done").map((a) => a.ref);

// ------------------------------------------------------------------ Rat-Proofing Capital Fund round 2 (the Airtable base)
export const ROUND2 = { pot: 600000, max: 80000, pass: 40, opened: "4 December 2163", closed: "26 January 2164" };
export const FUND_TOTAL = 1800000, ROUND1 = 1050000, CONTINGENCY = 150000;
// rec: R recommend, RR recommend (reduced), RES reserve, NR do not recommend, W withdrawn
export const BIDS = [
  { ref: "RPF2-01", council: "Grindlesham Borough Council", project: "Riverside estate bin store upgrade", type: ["Bin stores"], asked: 72000, match: true, score: 48, assessor: "henrietta", rec: "R", award: 72000, sub: "24/1/2164", mod: "27/2/2164 4:12pm",
    notes: "Strong bid. 38 bin stores on the Riverside estate; council meets 25% of the cost." },
  { ref: "RPF2-02", council: "Cobbleford City Council", project: "Canal Street sewer interceptor valves", type: ["Sewer interceptors"], asked: 80000, match: true, score: 51, assessor: "augustin", rec: "R", award: 80000, sub: "25/1/2164", mod: "27/2/2164 4:15pm",
    notes: "Agreed with Sorrelby Water, who will fit the valves during the planned relining." },
  { ref: "RPF2-03", council: "Marlhythe District Council", project: "Sensor network extension to three wards", type: ["Sensors"], asked: 68500, match: false, score: 44, assessor: "zainab", rec: "RR", award: 52000, sub: "26/1/2164", mod: "1/3/2164 9:42am",
    notes: "Reduced to 40 sensors, not 55, because of the supplier risk (RRR-03).\nCouncil has agreed the lower figure by email (28/2)." },
  { ref: "RPF2-04", council: "Wyvernhall County Council", project: "Village drain repairs, Upper Wyvern", type: ["Drain repairs"], asked: 74000, match: true, score: 41, assessor: "augustin", rec: "R", award: 74000, sub: "26/1/2164", mod: "27/2/2164 4:20pm",
    notes: "Scores just above the pass mark. Deliverability checked with the highways team." },
  { ref: "RPF2-05", council: "Stowmarden Metropolitan Borough Council", project: "Tower block refuse chute sealing", type: ["Bin stores", "Housing"], asked: 80000, match: true, score: 53, assessor: "henrietta", rec: "R", award: 80000, sub: "22/1/2164", mod: "27/2/2164 4:08pm",
    notes: "Highest score. Six tower blocks in the resistance hotspot." },
  { ref: "RPF2-06", council: "Pellowick District Council", project: "Market square food waste compactors", type: ["Food business"], asked: 61000, match: false, score: 38, assessor: "henrietta", rec: "RES", award: null, sub: "26/1/2164", mod: "27/2/2164 4:31pm",
    notes: "First reserve. Below the pass mark but deliverable quickly if money comes back." },
  { ref: "RPF2-07", council: "Thornabury City Council", project: "Takeaway alley bin enclosures", type: ["Food business", "Bin stores"], asked: 70000, match: true, score: 47, assessor: "henrietta", rec: "R", award: 70000, sub: "25/1/2164", mod: "27/2/2164 4:18pm",
    notes: "Links to RRM-09 (fly-tipped food waste)." },
  { ref: "RPF2-08", council: "Kessingmoor Borough Council", project: "Resistance hotspot sewer programme", type: ["Sewer interceptors"], asked: 79500, match: true, score: 50, assessor: "augustin", rec: "R", award: 79500, sub: "26/1/2164", mod: "27/2/2164 4:16pm",
    notes: "Works with Harrowmere Water and Sewerage in the L120Q hotspot." },
  { ref: "RPF2-09", council: "Brinemouth City Council", project: "Saltings Primary School proofing works", type: ["Community"], asked: 38000, match: false, score: null, assessor: "henrietta", rec: "W", award: null, sub: "19/1/2164", mod: "14/2/2164 10:05am",
    notes: "Withdrawn by the council on 14/2/2164: the works were funded by the Chair's urgent decision UD-2164-01 (£24,000 from the contingency)." },
  { ref: "RPF2-10", council: "Dunwarden District Council", project: "Allotment site bait stations", type: ["Community"], asked: 22500, match: false, score: 28, assessor: "zainab", rec: "NR", award: null, sub: "26/1/2164", mod: "27/2/2164 4:40pm",
    notes: "Outdoor baiting conflicts with the NRSU guidance on resistance areas." },
  { ref: "RPF2-11", council: "Lowfold Borough Council", project: "Back-lane drain and bin works", type: ["Drain repairs", "Bin stores"], asked: 76000, match: true, score: 42, assessor: "augustin", rec: "RR", award: 58000, sub: "26/1/2164", mod: "1/3/2164 9:47am",
    notes: "Reduced: the drain element (£18,000) is the water company's responsibility." },
  { ref: "RPF2-12", council: "Ashcarrow County Council", project: "Market towns sensor pilot", type: ["Sensors"], asked: 80000, match: false, score: 31, assessor: "zainab", rec: "NR", award: null, sub: "26/1/2164", mod: "27/2/2164 4:42pm",
    notes: "Duplicates the programme's own sensor rollout." },
  { ref: "RPF2-13", council: "Ebbsworth City Council", project: "Student quarter bin store doors", type: ["Bin stores"], asked: 47500, match: true, score: 37, assessor: "henrietta", rec: "RES", award: null, sub: "23/1/2164", mod: "27/2/2164 4:33pm",
    notes: "Second reserve." },
  { ref: "RPF2-14", council: "Tollemarsh Borough Council", project: "Food business pest awareness grants", type: ["Food business", "Community"], asked: 55500, match: false, score: 33, assessor: "henrietta", rec: "NR", award: null, sub: "26/1/2164", mod: "27/2/2164 4:44pm",
    notes: "Revenue, not capital: not eligible." },
];
export const REC_WORD = { R: "Recommend", RR: "Recommend (reduced)", RES: "Reserve", NR: "Do not recommend", W: "Withdrawn" };
export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0);
export const RECOMMENDED = BIDS.reduce((t, b) => t + (b.award ?? 0), 0);
export const NOT_AWARDED = ROUND2.pot - RECOMMENDED;
export const AWARDED = BIDS.filter((b) => b.award);
// the Chair's urgent decision between meetings (the chat)
export const UD = { ref: "UD-2164-01", amount: 24000, date: "13 February 2164", council: "Brinemouth City Council", school: "Saltings Primary School", closed: "9 February 2164", reopened: "Monday 20 February 2164" };
export const CONTINGENCY_AFTER = CONTINGENCY - UD.amount;

// ------------------------------------------------------------------ the workshop of 25 January 2164 (Miro board)
export const WORKSHOP_PRESENT = ["thwaite", "okafor", "quillingford", "fettiplace", "ashgrove", "nettleford", "cottesmore", "sandhu", "drinkwater", "winterflood"];
export const WORKSHOP_APOLOGIES = ["aldwinckle", "mbeki"];
export const PRIORITIES = [
  { text: "Rat-proof communal bin stores in blocks of flats", dots: 14 },
  { text: "Enforce the sewer baiting agreement with the water companies", dots: 11 },
  { text: "Free domestic treatments in hotspot wards", dots: 9 },
  { text: "Resistance testing in every member council", dots: 7 },
  { text: "Rat Smart sessions in every primary school", dots: 5 },
  { text: "Open the sensor data to residents", dots: 3 },
  { text: "Joint procurement of pest control contracts", dots: 1 },
];
export const DOTS_EACH = 5;
export const NEXT_STEPS = [
  { what: "Draft the 2164/65 priorities paper for the March meeting", who: "ptolemy", due: "6 Mar" },
  { what: "Use 'bin stores in flats' as the tie-break in round 2 scoring", who: "henrietta", due: "9 Feb" },
  { what: "Ask Ouselow Water for a baiting recovery plan", who: "augustin", due: "16 Feb" },
  { what: "Cost free domestic treatments in the hotspot wards", who: "lorcan", due: "1 Mar" },
];

// ------------------------------------------------------------------ attendance for 14 March 2164 (the chat)
export const POLL = { q: "How are you attending on Wed 14 March?", opts: [["In the room (Room 3.1)", 7], ["On Teams", 3], ["Can't make it", 2]] };
export const APOLOGIES_MARCH = ["mbeki", "winterflood"];

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const c2 = countBy("s2"), c3 = countBy("s3");
if (c3.R !== 3 || c3.A !== 3 || c3.G !== 3 || c3.C !== 1) fail("Q3 counts " + JSON.stringify(c3));
if (c2.R !== 1 || c2.A !== 5 || c2.G !== 3 || c2.N !== 1) fail("Q2 counts " + JSON.stringify(c2));
if (WORSE.join() !== "RRM-03,RRM-06,RRM-09") fail("worse " + WORSE);
if (BETTER.join() !== "RRM-05,RRM-07") fail("better " + BETTER);
if (CHART2.series[1].vals.reduce((a, b) => a + b, 0) !== 7020) fail("chart 2 baited total against RRM-02");
if (CHART2.series[0].vals.reduce((a, b) => a + b, 0) !== 9000) fail("chart 2 planned total");
if (TOTAL.budget !== 1400 || TOTAL.forecast !== 1370) fail("budget totals " + JSON.stringify(TOTAL));
if (Math.round(((1395 - 1206) / 1395) * 1000) / 10 !== 13.5) fail("complaints fall");
if (ABOVE.join() !== "RRR-01,RRR-03") fail("above tolerance " + ABOVE);
if (RISKS.filter((r) => r.nov !== null && r.score > r.nov).map((r) => r.ref).join() !== "RRR-01,RRR-02,RRR-03,RRR-07") fail("risen");
for (const r of RISKS) if (r.nov !== null && (r.score > r.nov ? "up" : r.score < r.nov ? "down" : "flat") !== r.trend) fail("trend " + r.ref);
if (OPEN.join() !== "RCA-25,RCA-26,RCA-28") fail("open actions " + OPEN);
if (BIDS.length !== 14 || ASKED !== 904500) fail("asked " + ASKED);
if (RECOMMENDED !== 565500 || NOT_AWARDED !== 34500 || AWARDED.length !== 8) fail(`recommended ${RECOMMENDED} ${NOT_AWARDED}`);
for (const b of BIDS) {
  if (b.asked > ROUND2.max) fail("ask over the maximum " + b.ref);
  if ((b.rec === "R" || b.rec === "RR") !== (b.score >= ROUND2.pass)) fail("pass mark " + b.ref);
  if (b.rec === "R" && b.award !== b.asked) fail("full award " + b.ref);
  if (b.rec === "RR" && !(b.award < b.asked)) fail("reduced award " + b.ref);
}
if (BIDS.filter((b) => b.rec === "RES").map((b) => b.ref).join() !== "RPF2-06,RPF2-13") fail("reserves");
if (BIDS.filter((b) => b.rec === "NR").map((b) => b.ref).join() !== "RPF2-10,RPF2-12,RPF2-14") fail("not recommended");
if (BIDS.filter((b) => b.rec === "RES").every((b) => b.asked <= NOT_AWARDED)) fail("a reserve bid would fit in what is left");
if (FUND_TOTAL - ROUND1 - ROUND2.pot !== CONTINGENCY) fail("contingency");
if (CONTINGENCY_AFTER !== 126000 || UD.amount > 25000) fail("urgent decision");
if (MEMBERS_MARCH.length !== 12 || MEMBERS_JAN.length !== 12) fail("12 members");
if (PRIORITIES.reduce((t, p) => t + p.dots, 0) !== WORKSHOP_PRESENT.length * DOTS_EACH) fail("dots");
if (POLL.opts.reduce((t, o) => t + o[1], 0) !== MEMBERS_MARCH.length || POLL.opts[2][1] !== APOLOGIES_MARCH.length) fail("poll");
if (WORKSHOP_PRESENT.length + WORKSHOP_APOLOGIES.length !== MEMBERS_JAN.length) fail("workshop attendance");
