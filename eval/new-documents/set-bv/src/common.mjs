// Shared content for set BV: one invented body, the Allotments and Community Growing Task Group (ACGTG),
// a member task group of the invented Neighbourhoods and Green Spaces Board, in the municipal year
// 2361/62: its people, meetings, the Community Growing Programme 2361–63 (measures GRW-01 to GRW-08,
// risks CGR-01 to CGR-07), the Plot Provision Fund's round 2 bids, the meeting of Wednesday 15 November
// 2361 (minutes and actions ACG-51 to ACG-58), the University of Wexcombe's interim evaluation of six
// community growing pilots, and the agenda of Wednesday 17 January 2362. Every builder reads from here so
// that the five documents agree; the arithmetic is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Allotments and Community Growing Task Group";
export const SHORT = "ACGTG";
export const BOARD = "Neighbourhoods and Green Spaces Board";
export const PROGRAMME = "Community Growing Programme 2361–63";
export const FUND = "Plot Provision Fund";
export const ROOM = "Meeting Room 5, 18 Smith Square, London SW1P 3HZ";

export const DOCS = {
  agenda: "acgtg-agenda-pack-2362-01-17.pdf",
  crosstab: "acgtg-measures-by-quarter-crosstab-2362-01-04.csv",
  membership: "acgtg-membership-report-2362-01-05.rtf",
  minutes: "acgtg-minutes-2361-11-15.html",
  slides: "acgtg-pilots-interim-evaluation-slides-2361-11-15.pdf",
};
// the files the agenda pack carries as PDF attachments
export const ATTACH = {
  paper: "ACGTG 17-01-2362 Item 4 Plot Provision Fund round 2 awards.docx",
  risks: "ACGTG 17-01-2362 Item 5 Programme risk register.pdf",
};

const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
export const MEETINGS = [
  { iso: "2361-06-14", date: "Wednesday 14 June 2361" },
  { iso: "2361-09-20", date: "Wednesday 20 September 2361" },
  { iso: "2361-11-15", date: "Wednesday 15 November 2361" },
  { iso: "2362-01-17", date: "Wednesday 17 January 2362" },
  { iso: "2362-03-14", date: "Wednesday 14 March 2362" },
];
for (const m of MEETINGS) assert.equal(weekday(m.iso), m.date.split(" ")[0], m.iso);
for (const [iso, day] of [["2362-01-09", "Tuesday"], ["2361-11-20", "Monday"], ["2361-12-12", "Tuesday"], ["2362-01-04", "Thursday"], ["2362-01-05", "Friday"], ["2361-12-06", "Wednesday"]]) assert.equal(weekday(iso), day, iso);

export const OFFICERS = {
  ezinne: { name: "Ezinne Holdsworth-Carr", ini: "EHC", post: "Programme Manager, Community Growing", phone: "020 7946 0841", email: "ezinne.holdsworth-carr@local.gov.uk" },
  florian: { name: "Florian Achterberg", ini: "FA", post: "Senior Adviser, Green Spaces", phone: "020 7946 0846", email: "florian.achterberg@local.gov.uk" },
  rosalind: { name: "Rosalind Tiplady", ini: "RT", post: "Finance Business Partner", phone: "020 7946 0852", email: "rosalind.tiplady@local.gov.uk" },
  crispin: { name: "Crispin Ollerenshaw", ini: "CO", post: "Head of Democratic Services", phone: "020 7946 0857", email: "crispin.ollerenshaw@local.gov.uk" },
  tamsin: { name: "Tamsin Okereke-Bower", ini: "TOB", post: "Democratic Services Officer", phone: "020 7946 0863", email: "tamsin.okereke-bower@local.gov.uk" },
};
export const GUESTS = [
  { name: "Dr Ingrid Halvorsen-Pike", post: "Reader in Urban Food Systems, University of Wexcombe", email: "ingrid.halvorsen-pike@wexcombe.ac.uk" },
  { name: "Dr Kwabena Ashworth-Lyle", post: "Research Fellow, University of Wexcombe" },
];

// Membership 2361/62 (appointed 01/06/2361 unless said). role: Chair / Vice-Chair / Deputy Chair / Member;
// "sub" = a named substitute; "left" = no longer a member.
export const PEOPLE = [
  { k: "sowerbutts", fore: "Hermione", sur: "Sowerbutts", council: "Ellerbeck County Council", group: "Conservative", role: "Chair" },
  { k: "osgathorpe", fore: "Declan", sur: "Osgathorpe", council: "Kestermouth City Council", group: "Labour", role: "Vice-Chair" },
  { k: "merridew", fore: "Farida", sur: "Merridew", council: "Thrushcombe Borough Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "nettleship", fore: "Ambrose", sur: "Nettleship", council: "Oxlade Vale District Council", group: "Conservative", role: "Member", lead: "Waiting lists and plot provision" },
  { k: "inchbald", fore: "Precious", sur: "Inchbald", council: "Harnwick Metropolitan Borough Council", group: "Labour", role: "Member", lead: "Growing in schools" },
  { k: "tregenza", fore: "Morwenna", sur: "Tregenza", council: "Sallowfield District Council", group: "Independent", role: "Member", lead: "Water and soil" },
  { k: "hollinrake", fore: "Barnaby", sur: "Hollinrake", council: "Cradlestone Borough Council", group: "Conservative", role: "Member" },
  { k: "scattergood", fore: "Yusuf", sur: "Scattergood", council: "Mirefoot Council", group: "Labour", role: "Member" },
  { k: "quillfeather", fore: "Elspeth", sur: "Quillfeather", council: "Dunholt District Council", group: "Green", role: "Member", lead: "Community orchards and council land" },
  { k: "fairbrass", fore: "Ottilie", sur: "Fairbrass", council: "Greyhaven Borough Council", group: "Conservative", role: "Member", appointed: "01/12/2361" },
  { k: "wolstenholme", fore: "Niamh", sur: "Wolstenholme", council: "Brindleford City Council", group: "Labour", role: "Member" },
  { k: "dunstanville", fore: "Cyprian", sur: "Dunstanville", council: "Copsewood District Council", group: "Liberal Democrat", role: "Member" },
  { k: "blenkinsopp", fore: "Tobias", sur: "Blenkinsopp", council: "Greyhaven Borough Council", group: "Conservative", role: "Member", left: "30/11/2361" },
  { k: "pargeter", fore: "Lemuel", sur: "Pargeter", council: "Ellerbeck County Council", group: "Conservative", sub: true },
  { k: "mallinder", fore: "Hyacinth", sur: "Mallinder", council: "Harnwick Metropolitan Borough Council", group: "Labour", sub: true },
  { k: "thewlis", fore: "Saoirse", sur: "Thewlis", council: "Thrushcombe Borough Council", group: "Liberal Democrat", sub: true },
];
for (const p of PEOPLE) { p.name = `${p.fore} ${p.sur}`; p.cllr = `Cllr ${p.fore} ${p.sur}`; p.appointed ??= "01/06/2361"; }
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const MEMBERS = PEOPLE.filter((p) => !p.sub && !p.left);
export const SUBS = PEOPLE.filter((p) => p.sub);
assert.equal(MEMBERS.length, 12);
const byGroup = (g) => MEMBERS.filter((p) => p.group === g).length;
assert.deepEqual([byGroup("Conservative"), byGroup("Labour"), byGroup("Liberal Democrat"), byGroup("Independent"), byGroup("Green")], [4, 4, 2, 1, 1]);

// ---------------------------------------------------------------- measures (Tableau view "Measures by quarter")
// status words as the tracker colours them; "*" is Tableau's ATTR() of more than one value
export const MEASURES = [
  { ref: "GRW-01", theme: "Access to plots", name: "Applicants on allotment waiting lists (12 councils)", lead: "nettleship", target: "9,000", q1: ["11,240", "Red", "Highest for six years; 2,020 new applicants since April"], q2: ["10,615", "Amber", "1,310 lapsed applicants removed after re-validation in four councils"] },
  { ref: "GRW-02", theme: "Access to plots", name: "Median wait for a plot (months)", lead: "nettleship", target: "18", q1: ["26", "Red", "Waits longest in the cities"], q2: ["27", "Red", "Starter plots not yet counted; Kestermouth wait 41 months"] },
  { ref: "GRW-03", theme: "Access to plots", name: "New or restored plots brought into use (year to date)", lead: "nettleship", target: "600", q1: ["142", "Green", "Round 1 sites started in Kestermouth and Oxlade Vale"], q2: ["318", "Green", "Includes 96 half-size starter plots"] },
  { ref: "GRW-04", theme: "Sites", name: "Plots vacant or uncultivated for more than three months", lead: "tregenza", target: "5.0%", q1: ["6.1%", "Amber", "Spring inspections found 212 neglected plots"], q2: ["4.8%", "Green", "Non-cultivation notices issued earlier in the season"] },
  { ref: "GRW-05", theme: "Community growing", name: "Community growing spaces on council land", lead: "quillfeather", target: "40", q1: ["31", "Green", "Four new spaces opened"], q2: ["33", "Amber", "Two Copsewood sites held up by title checks"] },
  { ref: "GRW-06", theme: "Sites", name: "Sites with mains water or rainwater harvesting", lead: "tregenza", target: "90%", q1: ["84%", "Amber", "Seven sites still on shared standpipes"], q2: ["79%", "Red", "Eleven standpipes capped under the August hosepipe ban in Sallowfield and Dunholt"] },
  { ref: "GRW-07", theme: "Community growing", name: "Councils with an adopted allotment strategy", lead: "quillfeather", target: "12", q1: ["9", "Amber", "Three strategies out for consultation"], q2: ["12", "Blue", "Last three adopted by 30 September"] },
  { ref: "GRW-08", theme: "Growing in schools", name: "Schools taking part in Grow to Learn", lead: "inchbald", target: "120", q1: ["", "", ""], q2: ["64", "*", "Scheme launched in September; primary 52, secondary 12"] },
];
const RANK = { Red: 0, Amber: 1, Green: 2, Blue: 3 };
export const RED_Q2 = MEASURES.filter((m) => m.q2[1] === "Red").map((m) => m.ref);
export const WORSE = MEASURES.filter((m) => m.q1[1] in RANK && m.q2[1] in RANK && RANK[m.q2[1]] < RANK[m.q1[1]]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1[1] in RANK && m.q2[1] in RANK && RANK[m.q2[1]] > RANK[m.q1[1]]).map((m) => m.ref);
assert.deepEqual(RED_Q2, ["GRW-02", "GRW-06"]);
assert.deepEqual(WORSE, ["GRW-05", "GRW-06"]);
assert.deepEqual(BETTER, ["GRW-01", "GRW-04", "GRW-07"]);
assert.equal(11240 - 10615 < 1310, true); // lapsed removals outweigh new applicants in the quarter

// ---------------------------------------------------------------- Plot Provision Fund round 2 (agenda item 4)
export const FUND_TOTAL = 600000; // 2361-63
export const ROUND1 = 300000;
export const ROUND2 = 250000;
export const THRESHOLD = 60;
export const LIMITS = { officer: 25000, chair: 100000 };
export const BIDS = [
  { council: "Kestermouth City Council", project: "Starter plots at Harbour Fields (42 half-size plots)", plots: 42, asked: 78000, score: 81, award: 78000 },
  { council: "Mirefoot Council", project: "Lowfield Road site extension", plots: 28, asked: 61500, score: 74, award: 55000, note: "fencing costs (£6,500) not eligible" },
  { council: "Oxlade Vale District Council", project: "Meanwhile growing on the former Tannery Lane depot", plots: 20, asked: 39000, score: 66, award: 39000 },
  { council: "Harnwick Metropolitan Borough Council", project: "Grow to Learn school plots (8 schools)", plots: 16, asked: 59000, score: 71, award: 59000 },
  { council: "Greyhaven Borough Council", project: "Community orchard at Saltings Park", plots: 0, asked: 61000, score: 52, award: 0, note: "below the threshold of 60" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0);
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0);
export const LEFT = ROUND2 - AWARDED;
export const NEW_PLOTS = BIDS.filter((b) => b.award).reduce((t, b) => t + b.plots, 0);
assert.equal(ASKED, 298500);
assert.equal(AWARDED, 231000);
assert.equal(LEFT, 19000);
assert.equal(NEW_PLOTS, 106);
assert.equal(61500 - 6500, 55000);
assert.ok(AWARDED > LIMITS.chair);
assert.equal(FUND_TOTAL - ROUND1 - ROUND2 + LEFT, 69000); // round 3
for (const b of BIDS) assert.equal(b.award > 0, b.score >= THRESHOLD, b.council);
export const money = (n) => "£" + n.toLocaleString("en-GB");

// ---------------------------------------------------------------- contingency (minute 6)
export const CONTINGENCY = 65000, WATER_KITS = 40000, SITES_CAPPED = 11;
assert.equal(CONTINGENCY - WATER_KITS, 25000);
assert.ok(WATER_KITS > LIMITS.officer && WATER_KITS <= LIMITS.chair);

// ---------------------------------------------------------------- risk register (agenda item 5)
// score = likelihood x impact; 1-6 Green, 8-12 Amber, 15-25 Red
export const RISKS = [
  { ref: "CGR-01", risk: "Drought and water restrictions cut cultivation and tenants give up plots", owner: "FA", l: 4, i: 4, trend: "Rising", controls: "Rainwater harvesting kits for the 11 sites whose standpipes were capped (£40,000 from contingency, minute 6 of 15 November 2361); recovery plan for GRW-06 to this meeting" },
  { ref: "CGR-02", risk: "Land identified for new plots is taken for housing or other uses", owner: "EHC", l: 3, i: 4, trend: "Same", controls: "Sites protected in three local plans; legal advice on statutory allotment status shared with councils" },
  { ref: "CGR-03", risk: "Councils cannot meet their share of Plot Provision Fund projects", owner: "RT", l: 2, i: 3, trend: "Falling", controls: "Round 2 asked for no match funding; round 1 councils have confirmed their shares" },
  { ref: "CGR-04", risk: "Allotment societies lose the volunteers who run sites and plot sharing", owner: "FA", l: 3, i: 3, trend: "Same", controls: "Volunteer coordinator post proposed in the pilots' interim evaluation; training offer with the regional allotment federations" },
  { ref: "CGR-05", risk: "Soil contamination is found on meanwhile-use sites", owner: "FA", l: 3, i: 5, trend: "New", controls: "Soil testing before any award is paid (Tannery Lane, Oxlade Vale); raised beds where tests fail" },
  { ref: "CGR-06", risk: "Waiting list data are counted differently between councils", owner: "EHC", l: 2, i: 2, trend: "Falling", controls: "Common definition adopted; lists re-validated in four councils in quarter 2" },
  { ref: "CGR-07", risk: "Schools cannot keep Grow to Learn plots going over the summer holidays", owner: "EHC", l: 4, i: 3, trend: "Rising", controls: "Holiday rota with allotment societies to be tested in Harnwick in summer 2362" },
];
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
for (const r of RISKS) { r.score = r.l * r.i; r.rating = band(r.score); }
assert.deepEqual(RISKS.filter((r) => r.rating === "Red").map((r) => r.ref), ["CGR-01", "CGR-05"]);
assert.deepEqual(RISKS.filter((r) => r.rating === "Amber").map((r) => r.ref), ["CGR-02", "CGR-04", "CGR-07"]);
assert.equal(Math.max(...RISKS.map((r) => r.score)), 16);

// ---------------------------------------------------------------- pilots (University of Wexcombe, to 30 September 2361)
export const PILOTS = [
  { name: "Kestermouth starter plots", places: 96, housed: "96", cost: "£410", still: "91%" },
  { name: "Oxlade Vale plot sharing", places: 58, housed: "71", cost: "£95", still: "88%" },
  { name: "Harnwick school growing", places: 24, housed: "–", cost: "£1,150", still: "75%" },
  { name: "Dunholt community orchard", places: 40, housed: "12", cost: "£620", still: "95%" },
  { name: "Sallowfield meanwhile site", places: 30, housed: "30", cost: "£780", still: "63%" },
  { name: "Brindleford rooftop growing", places: 18, housed: "18", cost: "£2,300", still: "83%" },
];
export const PLACES = PILOTS.reduce((t, p) => t + p.places, 0);
export const HOUSED = PILOTS.reduce((t, p) => t + (Number(p.housed) || 0), 0);
assert.equal(PLACES, 266);
assert.equal(HOUSED, 227);

// ---------------------------------------------------------------- actions of 15 November 2361 (the minutes' data)
export const ACTIONS = [
  { ref: "ACG-51", item: 4, text: "Bring a recovery plan for GRW-06 (water on sites) to the January meeting", owner: "florian", due: "2362-01-17", status: "open" },
  { ref: "ACG-52", item: 4, text: "Report GRW-02 with and without starter plots from quarter 3", owner: "ezinne", due: "2362-03-14", status: "open" },
  { ref: "ACG-53", item: 5, text: "Ask the University of Wexcombe to add the cost per plot-holder still growing at 12 months to the final report", owner: "ezinne", due: "2361-12-15", status: "done", done: "2361-12-01" },
  { ref: "ACG-54", item: 6, text: "Order rainwater harvesting kits for the 11 sites (£40,000)", owner: "florian", due: "2362-02-28", status: "open" },
  { ref: "ACG-55", item: 7, text: "Open round 2 of the Plot Provision Fund and publish the scoring criteria", owner: "ezinne", due: "2361-11-20", status: "done", done: "2361-11-20" },
  { ref: "ACG-56", item: 8, text: "Circulate a note on seed and seed potato supply for spring 2362", owner: "florian", due: "2361-12-08", status: "open" },
  { ref: "ACG-57", item: 1, text: "Write to thank Cllr Blenkinsopp and ask Greyhaven Borough Council to nominate a replacement", owner: "tamsin", due: "2361-11-30", status: "done", done: "2361-11-22" },
  { ref: "ACG-58", item: 3, text: "Chase the water company for a reply on standpipe charges (ACG-49)", owner: "crispin", due: "2361-12-15", status: "open" },
];
assert.equal(ACTIONS.filter((a) => a.status === "open").length, 5);
