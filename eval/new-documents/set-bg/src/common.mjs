// Shared content for set BG: one body (the Participatory Budgeting Joint Panel, a joint panel of the
// invented Westmarch Combined Authority and the invented Westmarch Association of Local Councils), its
// people, meetings, the Neighbourhood Choices Fund (participatory budgeting: residents vote on Our Say,
// the Combined Authority's Decidim site), its round 1 and round 2 grants, the measures PBM-01 to PBM-08,
// the risk register PBR-01 to PBR-07, the budget 2187/88, the round 3 allocations, the meeting of
// Thursday 22 November 2187, the away day of Thursday 10 January 2188 and the meeting of Thursday
// 14 February 2188, in the municipal year 2187/88. Every builder reads from here so that the five
// documents agree with each other; the arithmetic is checked when this module loads.
// Synthetic test fixtures: every person, council, group, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Participatory Budgeting Joint Panel";
export const SHORT = "PBJP";
export const CA = "Westmarch Combined Authority";
export const WALC = "Westmarch Association of Local Councils";
export const FUND = "Neighbourhood Choices Fund";
export const SITE = "Our Say Westmarch";
export const DOMAIN = "westmarchca.gov.uk";
export const VENUE = "Committee Room 1, Hollinsmere Guildhall, Saltgate, Hollinsmere HM1 4QT";

export const DOCS = {
  pack: "pbjp-agenda-pack-2188-02-14.docx",
  notes: "pbjp-meeting-notes-2187-11-22-hackmd.md",
  results: "our-say-neighbourhood-choices-results-2188-01-18.html",
  grants: "wca-neighbourhood-choices-360giving-2188-01-28.csv",
  map: "pbjp-away-day-mind-map-2188-01-10.pdf",
};

export const MEETINGS = [
  { date: "Thursday 14 June 2187", iso: "2187-06-14" },
  { date: "Thursday 20 September 2187", iso: "2187-09-20" },
  { date: "Thursday 22 November 2187", iso: "2187-11-22" },
  { date: "Thursday 14 February 2188", iso: "2188-02-14" },
  { date: "Thursday 20 March 2188", iso: "2188-03-20" },
];
export const AWAY_DAY = { date: "Thursday 10 January 2188", iso: "2188-01-10", place: "Tennick Mill Community Hall" };
export const BOARD_BUDGET = { date: "6 March 2188", iso: "2188-03-06" };
export const HOSTING_ENDS = "31 March 2188";

export const OFFICERS = {
  aurelia: { name: "Aurelia Stanbury-Kent", short: "Aurelia S-K", post: "Programme Manager, Neighbourhood Choices", phone: "01632 960 418" },
  tobias: { name: "Tobias Kittow", short: "Tobias K.", post: "Participation and Digital Lead", phone: "01632 960 425" },
  priyanka: { name: "Priyanka Halsworth", short: "Priyanka H.", post: "Grants and Data Officer", phone: "01632 960 437" },
  cormac: { name: "Cormac Odgers", short: "Cormac O.", post: "Finance Business Partner", phone: "01632 960 441" },
  gwendolen: { name: "Gwendolen Abernathy-Sowande", short: "Gwendolen A-S", post: "Democratic Services Officer", phone: "01632 960 433" },
};
for (const o of Object.values(OFFICERS)) o.email = o.name.toLowerCase().replace(/ /g, ".") + "@" + DOMAIN;
export const GUEST = { name: "Dr Imogen Sarsfield", post: "University of Westmarch" };

// side: CA (nominated by the Combined Authority's four councils) or WALC (by the association of local
// councils). role: Chair / Vice-Chair / Member / Co-opted / Substitute.
export const PEOPLE = [
  { k: "rendlesham", fore: "Marguerite", sur: "Rendlesham", council: "Hollinsmere City Council", side: "CA", group: "Labour", role: "Chair" },
  { k: "cutteridge", fore: "Barnabas", sur: "Cutteridge", council: "Quillbury Magna Town Council", side: "WALC", group: "Independent", role: "Vice-Chair" },
  { k: "tallentire", fore: "Yusra", sur: "Tallentire", council: "Colderby Metropolitan Borough Council", side: "CA", group: "Liberal Democrat", role: "Member", lead: "digital participation" },
  { k: "ravenhill", fore: "Ines", sur: "Ravenhill", council: "Tennick Vale District Council", side: "CA", group: "Conservative", role: "Member", lead: "delivery and accountability" },
  { k: "dimmelow", fore: "Fergus", sur: "Dimmelow", council: "Oxwardine Borough Council", side: "CA", group: "Labour", role: "Member", lead: "young people's participation" },
  { k: "sedgwick", fore: "Kofi", sur: "Sedgwick-Amaechi", council: "Hollinsmere City Council", side: "CA", group: "Labour", role: "Member" },
  { k: "blatherwick", fore: "Rowena", sur: "Blatherwick", council: "Colderby Metropolitan Borough Council", side: "CA", group: "Conservative", role: "Member" },
  { k: "llewelyn", fore: "Dafydd", sur: "Llewelyn-Spurr", council: "Tennick Vale District Council", side: "CA", group: "Green Party", role: "Member" },
  { k: "swinbourne", fore: "Agatha", sur: "Swinbourne", council: "Oxwardine Borough Council", side: "CA", group: "Conservative", role: "Member" },
  { k: "parracombe", fore: "Lucian", sur: "Parracombe", council: "Little Harnworth Parish Council", side: "WALC", group: "Independent", role: "Member" },
  { k: "tuckett", fore: "Henrietta", sur: "Tuckett", council: "Marlpit Bridge Town Council", side: "WALC", group: "Independent", role: "Member" },
  { k: "zielonka", fore: "Tomasz", sur: "Zielonka", council: "Ambry Cross Parish Council", side: "WALC", group: "Liberal Democrat", role: "Member" },
  { k: "vaziri", fore: "Shirin", sur: "Vaziri-Hollis", council: "Westmarch Youth Council", side: "Co-opted", group: "–", role: "Co-opted member (non-voting)", lay: true },
  { k: "dunphy", fore: "Malachy", sur: "Dunphy", council: "Resident member (round 1 evaluation group)", side: "Co-opted", group: "–", role: "Co-opted member (non-voting)", lay: true },
  { k: "cowdery", fore: "Esmeralda", sur: "Cowdery", council: "Oxwardine Borough Council", side: "CA", group: "Labour", role: "Substitute" },
  { k: "lallyman", fore: "Rupert", sur: "Lallyman", council: "Tennick Vale District Council", side: "CA", group: "Conservative", role: "Substitute" },
  { k: "coldridge", fore: "Philippa", sur: "Coldridge", council: "Quillbury Magna Town Council", side: "WALC", group: "Independent", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const name = (k) => (P[k] ? `${P[k].lay ? "" : "Cllr "}${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const cllr = (k) => `Cllr ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => ["Chair", "Vice-Chair", "Member"].includes(p.role));
export const COOPTED = PEOPLE.filter((p) => p.side === "Co-opted");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const roleText = (p) => (p.lead ? `Lead member, ${p.lead}` : p.role);

// ------------------------------------------------------------------ areas (Decidim scopes)
export const AREAS = ["Hollinsmere", "Colderby", "Tennick Vale", "Oxwardine"];
export const GEO = { Hollinsmere: "E06009911", Colderby: "E08009912", "Tennick Vale": "E07009913", Oxwardine: "E07009914" };

// ------------------------------------------------------------------ grants. status and progress as on Our Say on 18 January 2188;
// paid = "Amount Disbursed" to 31 December 2187; applied differs from award where a group trimmed its bid.
const R1_DATE = "2187-06-21", R2_DATE = "2187-12-03";
export const ROUNDS = {
  1: { pot: 600000, vote: "5 to 26 April 2187", ratified: "14 June 2187", award: R1_DATE, code: "NBHD-R1", title: "Neighbourhood Choices Fund – participatory budgeting round 1 (2187)", max: 100000 },
  2: { pot: 900000, vote: "1 to 21 October 2187", ratified: "22 November 2187", award: R2_DATE, code: "NBHD-R2", title: "Neighbourhood Choices Fund – participatory budgeting round 2 (2187)", max: 100000 },
};
export const GRANTS = [
  // round 1
  { id: "R1-01", round: 1, title: "Orchard and wildflower meadow, Sallow Fields Park", area: "Colderby", theme: "Green spaces", org: "Friends of Sallow Fields Park", orgId: "GB-CHC-1198402", charity: "1198402", pc: "CB4 7SF", amount: 48000, paid: 48000, status: "Completed", progress: 100, start: "02/07/2187", end: "30/11/2187", months: 5, desc: "Planting 40 fruit trees and sowing a wildflower meadow on the old bowling green, with volunteer days for local schools." },
  { id: "R1-02", round: 1, title: "Skate and scooter park extension, Tennick Rec", area: "Tennick Vale", theme: "Young people", org: "Tennick Rec Skate Collective CIC", orgId: "GB-COH-15530871", company: "15530871", pc: "TV2 3RR", amount: 96000, paid: 38400, status: "Delayed", progress: 40, start: "16/07/2187", end: "30/04/2188", months: 9, desc: "Doubling the skate and scooter park with a beginners' bowl and floodlights.", note: "Waiting for Tennick Vale District Council to discharge the planning condition on floodlight hours. Groundworks finished; the bowl and lights will follow. New end date 30/04/2188 (was 31/10/2187)." },
  { id: "R1-03", round: 1, title: "Warm welcome hub kitchen, Marlpit Bridge Methodist Hall", area: "Oxwardine", theme: "Community buildings", org: "Marlpit Bridge Methodist Church", orgId: "GB-CHC-1141770", charity: "1141770", pc: "OX9 2MB", amount: 62500, paid: 62500, status: "Completed", progress: 100, start: "01/07/2187", end: "31/10/2187", months: 4, desc: "A new kitchen so that the hall can serve hot meals at its warm welcome hub three days a week." },
  { id: "R1-04", round: 1, title: "Community minibus for over-70s, Hollinsmere East", area: "Hollinsmere", theme: "Older people", org: "Hollinsmere East Good Neighbours", orgId: "GB-CHC-1187335", charity: "1187335", pc: "HM3 8EG", amount: 88000, paid: 70400, status: "In progress", progress: 75, start: "01/08/2187", end: "31/03/2188", months: 8, desc: "An accessible minibus and two years of driver training for trips to shops, clinics and clubs." },
  { id: "R1-05", round: 1, title: "Youth music studio, The Old Fire Station", area: "Hollinsmere", theme: "Young people", org: "The Old Fire Station Trust", orgId: "GB-CHC-1172954", charity: "1172954", pc: "HM1 6FS", amount: 100000, paid: 60000, status: "In progress", progress: 60, start: "01/08/2187", end: "31/03/2188", months: 8, desc: "Turning the old engine bay into a recording studio run with young people, with free sessions for 11 to 18 year olds." },
  { id: "R1-06", round: 1, title: "Riverside path lighting, Ambry Cross", area: "Tennick Vale", theme: "Safer streets", org: "Ambry Cross Parish Council", orgId: "360G-WCA-ORG-AMBRYCROSSPC", pc: "TV7 1AX", amount: 99000, paid: 39600, status: "Delayed", progress: 20, start: "01/09/2187", end: "31/05/2188", months: 9, desc: "Low-level solar lighting along the 1.2 km riverside path between the village and the school.", note: "The contractor went into administration on 2 November 2187. The parish council has appointed a new contractor, who starts on site on 4 March 2188. New end date 31/05/2188 (was 31/12/2187)." },
  { id: "R1-07", round: 1, title: "Repair café and tool library, Colderby", area: "Colderby", theme: "Environment", org: "Colderby Repair Café CIC", orgId: "GB-COH-14987126", company: "14987126", pc: "CB1 5TL", amount: 27000, paid: 27000, status: "Completed", progress: 100, start: "01/07/2187", end: "30/09/2187", months: 3, desc: "A monthly repair café and a tool library of 300 tools lent free to residents, in the former bank on Market Street." },
  { id: "R1-08", round: 1, title: "Accessible raised beds, Oxwardine Road allotments", area: "Oxwardine", theme: "Green spaces", org: "Oxwardine Road Allotment Society", orgId: "360G-WCA-ORG-OXWARDINERDAS", pc: "OX2 4AL", amount: 35000, paid: 28000, status: "In progress", progress: 80, start: "01/08/2187", end: "29/02/2188", months: 7, desc: "Twelve raised beds, level paths and an accessible toilet so that disabled and older growers can keep a plot." },
  { id: "R1-09", round: 1, title: "Defibrillators and first aid training, Little Harnworth", area: "Tennick Vale", theme: "Health", org: "Little Harnworth Parish Council", orgId: "360G-WCA-ORG-LITTLEHARNWORTHPC", pc: "TV5 9LH", amount: 25000, paid: 20000, status: "Completed", progress: 100, start: "01/09/2187", end: "14/01/2188", months: 4, desc: "Five public defibrillators and first aid courses for 150 residents." },
  // round 2
  { id: "R2-01", round: 2, title: "Homework club and free breakfasts, Eastgate Library", area: "Hollinsmere", theme: "Young people", org: "Friends of Eastgate Library", orgId: "GB-CHC-1203318", charity: "1203318", pc: "HM2 1EL", amount: 74000, status: "Not started", progress: 0, start: "07/01/2188", end: "31/12/2188", months: 12, desc: "An after-school homework club with free breakfasts before school for pupils at three primary schools." },
  { id: "R2-02", round: 2, title: "Street tree planting, Tannery Lane", area: "Hollinsmere", theme: "Green spaces", org: "Hollinsmere Tree Wardens", orgId: "360G-WCA-ORG-HOLLINSMERETW", pc: "HM4 2TL", amount: 61500, status: "Not started", progress: 0, start: "01/02/2188", end: "31/03/2189", months: 14, desc: "Planting 85 street trees with tree pits that take rainwater off the road." },
  { id: "R2-03", round: 2, title: "Dementia-friendly garden, St Bride's Court", area: "Hollinsmere", theme: "Older people", org: "St Bride's Court Residents' Association", orgId: "360G-WCA-ORG-STBRIDESCOURTRA", pc: "HM1 9SB", amount: 48200, status: "Not started", progress: 0, start: "01/03/2188", end: "30/09/2188", months: 7, desc: "A sensory garden with shelter and seating for residents living with dementia and their carers." },
  { id: "R2-04", round: 2, title: "Bike repair hub, Hollinsmere station", area: "Hollinsmere", theme: "Environment", org: "Pedal Westmarch CIC", orgId: "GB-COH-16022409", company: "16022409", pc: "HM1 2BR", amount: 39000, status: "In progress", progress: 25, start: "07/01/2188", end: "30/06/2188", months: 6, desc: "A repair hub in the station forecourt with free bike checks and training for 16 to 24 year olds." },
  { id: "R2-05", round: 2, title: "Changing rooms for the community sports pavilion, Colderby Rovers", area: "Colderby", theme: "Sport", org: "Colderby Rovers Community Football Club", orgId: "GB-COH-09917243", company: "09917243", pc: "CB6 3RV", amount: 98000, applied: 104500, status: "Not started", progress: 0, start: "01/04/2188", end: "31/10/2188", months: 7, desc: "New changing rooms with separate facilities so that the girls' and women's teams can play home games." },
  { id: "R2-06", round: 2, title: "Food pantry and cookery classes, Wexholm estate", area: "Colderby", theme: "Health", org: "Wexholm Community Pantry", orgId: "GB-CHC-1210467", charity: "1210467", pc: "CB3 8WX", amount: 57000, status: "In progress", progress: 30, start: "07/01/2188", end: "31/12/2188", months: 12, desc: "A members' food pantry with weekly cookery classes in the estate's community flat." },
  { id: "R2-07", round: 2, title: "Youth-led podcast studio, Colderby Academy", area: "Colderby", theme: "Young people", org: "Colderby Youth Media Collective", orgId: "360G-WCA-ORG-COLDERBYYMC", pc: "CB2 7CA", amount: 66000, status: "Not started", progress: 0, start: "01/03/2188", end: "28/02/2189", months: 12, desc: "A podcast and radio studio run by a committee of young people and open to all the area's schools." },
  { id: "R2-08", round: 2, title: "Village green play area, Little Harnworth", area: "Tennick Vale", theme: "Young people", org: "Little Harnworth Parish Council", orgId: "360G-WCA-ORG-LITTLEHARNWORTHPC", pc: "TV5 9LH", amount: 85000, status: "Not started", progress: 0, start: "01/04/2188", end: "30/09/2188", months: 6, desc: "Replacing the play area on the village green, with equipment for disabled children." },
  { id: "R2-09", round: 2, title: "Flood doors and pumps, Tennick Mill Community Hall", area: "Tennick Vale", theme: "Community buildings", org: "Tennick Mill Community Hall", orgId: "GB-CHC-1156021", charity: "1156021", pc: "TV1 4MH", amount: 72500, status: "Not started", progress: 0, start: "01/03/2188", end: "31/08/2188", months: 6, desc: "Flood doors, pumps and raised sockets so that the hall can reopen within days of a flood." },
  { id: "R2-10", round: 2, title: "Safer crossing and speed signs, Ambry Cross school lane", area: "Tennick Vale", theme: "Safer streets", org: "Ambry Cross Parish Council", orgId: "360G-WCA-ORG-AMBRYCROSSPC", pc: "TV7 1AX", amount: 60000, status: "Not started", progress: 0, start: "01/05/2188", end: "31/10/2188", months: 6, desc: "A zebra crossing and two flashing speed signs on the lane to Ambry Cross Primary School." },
  { id: "R2-11", round: 2, title: "Swimming lessons for every Year 6 pupil, Oxwardine Lido", area: "Oxwardine", theme: "Sport", org: "Oxwardine Lido Trust", orgId: "GB-CHC-1192286", charity: "1192286", pc: "OX1 3LD", amount: 100000, status: "In progress", progress: 15, start: "07/01/2188", end: "31/12/2188", months: 12, desc: "Ten free lessons for every Year 6 pupil in Oxwardine who cannot yet swim 25 metres." },
  { id: "R2-12", round: 2, title: "Men's shed workshop, Stannary Yard", area: "Oxwardine", theme: "Health", org: "Oxwardine Men's Shed", orgId: "360G-WCA-ORG-OXWARDINEMS", pc: "OX4 6SY", amount: 75000, status: "Not started", progress: 0, start: "01/03/2188", end: "30/11/2188", months: 9, desc: "Fitting out a workshop in Stannary Yard for a men's shed open five days a week." },
  { id: "R2-13", round: 2, title: "Intergenerational choir and lunch club, Marlpit Bridge", area: "Oxwardine", theme: "Older people", org: "Marlpit Bridge Town Council", orgId: "360G-WCA-ORG-MARLPITBRIDGETC", pc: "OX9 1TC", amount: 48000, status: "Not started", progress: 0, start: "01/02/2188", end: "31/01/2189", months: 12, desc: "A weekly choir of primary pupils and older residents, followed by a shared lunch." },
];
for (const g of GRANTS) {
  if (g.round === 2) g.paid = Math.round(g.amount * 0.3);
  g.applied ??= g.amount;
  g.ref = `360G-WCA-${ROUNDS[g.round].code}-${g.id.slice(3)}`;
}
export const G = Object.fromEntries(GRANTS.map((g) => [g.id, g]));
export const R1 = GRANTS.filter((g) => g.round === 1), R2 = GRANTS.filter((g) => g.round === 2);
export const sum = (a, f) => a.reduce((t, x) => t + f(x), 0);
export const R1_TOTAL = sum(R1, (g) => g.amount); // 580,500
export const R2_TOTAL = sum(R2, (g) => g.amount); // 884,200
export const R2_LEFT = ROUNDS[2].pot - R2_TOTAL; // 15,800
export const R1_PAID = sum(R1, (g) => g.paid); // 393,900
export const R2_PAID = sum(R2, (g) => g.paid); // 265,260
// Our Say: per-area and global progress (mean of the results' progress, as Decidim computes it)
export const pct = (a) => Math.round(sum(a, (g) => g.progress) / a.length);
export const GLOBAL = pct(GRANTS); // 34
export const STATUS_COUNT = (s) => GRANTS.filter((g) => g.status === s).length;

// round 2 vote (HackMD notes' table and 3.1)
export const VOTE2 = { voters: 14862, online: 12907, paper: 1955, young: 2318, duplicates: 63 };
export const VOTERS_BY_AREA = { Hollinsmere: 4406, Colderby: 3918, "Tennick Vale": 3097, Oxwardine: 3441 };
export const youngPct = (100 * VOTE2.young / VOTE2.voters).toFixed(1); // 15.6

// ------------------------------------------------------------------ measures at quarter 3 2187/88 (31 December 2187)
export const RATINGS = ["Off track", "At risk", "On track", "Complete"]; // worst to best; "Not due" is not rated
export const MEASURES = [
  { ref: "PBM-01", name: "Residents voting in the round (round 2)", target: "16,000", q2v: "–", q2: "Not due", q3v: "14,862", q3: "At risk", lead: "Cllr Tallentire", note: "Round 2 vote 1–21 October; 93% of the target. Turnout lowest in Colderby South and Tennick Mill wards." },
  { ref: "PBM-02", name: "Voters aged 11 to 17, as a share of all voters", target: "12%", q2v: "–", q2: "Not due", q3v: "15.6%", q3: "On track", lead: "Cllr Dimmelow", note: "2,318 young voters; schools' voting week in 14 secondary schools." },
  { ref: "PBM-03", name: "Paper ballots counted within 5 working days of the vote closing", target: "100%", q2v: "–", q2: "Not due", q3v: "100%", q3: "Complete", lead: "Cllr Tallentire", note: "1,955 paper ballots counted by 26 October." },
  { ref: "PBM-04", name: "Round 1 projects completed on time (cumulative)", target: "7 of 9 by 31 March 2188", q2v: "2 of 9", q2: "On track", q3v: "3 of 9", q3: "At risk", lead: "Cllr Ravenhill", note: "Tennick Rec skate park (planning condition) and Ambry Cross path lighting (contractor in administration) will finish after March." },
  { ref: "PBM-05", name: "Grant payments made within 20 working days of the due date", target: "95%", q2v: "97%", q2: "On track", q3v: "81%", q3: "Off track", lead: "Cllr Ravenhill", note: "11 of 58 payments late: round 2 first instalments were held up by the bank's new checks on recipients' accounts (PBA-28)." },
  { ref: "PBM-06", name: "Project ideas submitted for round 2", target: "250", q2v: "312", q2: "Complete", q3v: "312", q3: "Complete", lead: "Cllr Tallentire", note: "Ideas closed on 31 July 2187." },
  { ref: "PBM-07", name: "Wards with at least one funded project (cumulative)", target: "60 of 74 by March 2189", q2v: "38", q2: "On track", q3v: "51", q3: "On track", lead: "Cllr Ravenhill", note: "Round 2 added 13 wards." },
  { ref: "PBM-08", name: "Round 1 grant paid out against profile (cumulative)", target: "£470,000 by 31 December 2187", q2v: "£262,400 (profile £280,000)", q2: "On track", q3v: "£393,900 (profile £470,000)", q3: "At risk", lead: "Cllr Ravenhill", note: "Payments held back on the two delayed projects." },
];
const RANK = Object.fromEntries(RATINGS.map((r, i) => [r, i]));
export const WORSE = MEASURES.filter((m) => m.q2 in RANK && m.q3 in RANK && RANK[m.q3] < RANK[m.q2]).map((m) => m.ref);
export const MEASURE = Object.fromEntries(MEASURES.map((m) => [m.ref, m]));

// ------------------------------------------------------------------ risk register, reviewed 31 January 2188
export const TOLERANCE = 15; // scores of 15 or more go to the Combined Authority Board
export const RISKS = [
  { ref: "PBR-01", risk: "Turnout stays low in the most deprived wards, so the fund is seen to favour better-off areas", l: 4, i: 4, nov: 12, owner: "tobias", controls: "Pop-up stalls in the 10 lowest-turnout wards; paper ballots in all 31 libraries for round 3" },
  { ref: "PBR-02", risk: "Fraudulent or duplicate votes change a result", l: 2, i: 5, nov: 15, owner: "tobias", controls: "The round 2 audit removed 63 duplicate votes; an SMS code check is proposed for round 3" },
  { ref: "PBR-03", risk: "Round 1 projects are delivered late or not at all", l: 4, i: 3, nov: 9, owner: "aurelia", controls: "Recovery plans for Tennick Rec and Ambry Cross; an approved contractor list for small works" },
  { ref: "PBR-04", risk: "Grant payments are delayed by the bank's checks on recipients' accounts", l: 3, i: 3, nov: null, owner: "cormac", controls: "From round 3, bank checks before the award rather than after it (PBA-28)" },
  { ref: "PBR-05", risk: `The Our Say hosting and support contract ends on ${HOSTING_ENDS} without a replacement`, l: 3, i: 5, nov: 15, owner: "tobias", controls: "Options for an extension in Part B (item 8)" },
  { ref: "PBR-06", risk: "A partner council withdraws its share of the programme team's costs", l: 2, i: 4, nov: 8, owner: "cormac", controls: "Partnership agreement runs to March 2189" },
  { ref: "PBR-07", risk: "A youth-led project puts children at risk", l: 2, i: 4, nov: 12, owner: "aurelia", controls: "Safeguarding checks at award; guidance for youth-led groups issued in December 2187" },
];
for (const r of RISKS) {
  r.score = r.l * r.i;
  r.dir = r.nov == null ? "★ New" : r.score > r.nov ? "▲ Up" : r.score < r.nov ? "▼ Down" : "► Same";
}
export const ABOVE = RISKS.filter((r) => r.score >= TOLERANCE).map((r) => r.ref);

// ------------------------------------------------------------------ budget 2187/88 (Table 1, an Excel worksheet object)
// [line, budget, committed, spent to 31 December 2187, forecast outturn]; variance = forecast - budget
export const BUDGET = [
  ["Round 1 grants", 600000, R1_TOTAL, R1_PAID, R1_TOTAL],
  ["Round 2 grants", 900000, R2_TOTAL, R2_PAID, R2_TOTAL],
  ["Our Say platform (hosting and support)", 64000, 64000, 48000, 64000],
  ["Paper ballots and outreach", 85000, 91300, 77200, 96800],
  ["Programme team", 140000, 140000, 104000, 139000],
  ["Evaluation (University of Westmarch)", 40000, 40000, 0, 40000],
  ["Contingency", 71000, 11800, 0, 11800],
];
for (const b of BUDGET) b.push(b[4] - b[1]);
export const BUDGET_TOTAL = [1, 2, 3, 4, 5].map((i) => sum(BUDGET, (b) => b[i]));
// the workbook's second sheet: the November forecast, not shown in the object
export const NOV_FORECAST = { paper: 93400, paperVariance: 8400 };

// round 3 allocations (Table 2, an Excel worksheet object): [area, round 2 allocation, base, deprivation uplift]
export const ROUND3 = [
  ["Hollinsmere", 225000, 200000, 130000],
  ["Colderby", 225000, 200000, 150000],
  ["Tennick Vale", 225000, 200000, 60000],
  ["Oxwardine", 225000, 200000, 60000],
];
for (const r of ROUND3) { r.push(r[2] + r[3]); r.push(Math.round((r[2] + r[3]) / 10)); }
export const R3_TOTAL = sum(ROUND3, (r) => r[4]); // 1,200,000
export const MAX3 = 75000, MIN3 = 5000;

// ------------------------------------------------------------------ meeting of 22 November 2187 (HackMD notes)
export const PRESENT = ["rendlesham", "cutteridge", "tallentire", "ravenhill", "dimmelow", "sedgwick", "blatherwick", "parracombe", "zielonka"];
export const ONLINE = ["tallentire", "zielonka"];
export const ABSENT = ["llewelyn"]; // no apologies recorded
export const SUBBED = [{ k: "lallyman", for: "swinbourne" }, { k: "coldridge", for: "tuckett" }];
export const ACTIONS = [
  { ref: "PBA-21", done: true, action: "Publish the round 2 results and a \"You said, we did\" update on Our Say", owner: "tobias", due: "30 Nov 2187", time: "Wed, Nov 28, 2187 4:02 PM" },
  { ref: "PBA-22", action: "Award the round 2 grants and publish the 360Giving data", owner: "priyanka", due: "31 Jan 2188" },
  { ref: "PBA-23", action: "Cost paper ballots in all 31 libraries for round 3", owner: "tobias", due: "10 Jan 2188" },
  { ref: "PBA-24", action: "Options for a maximum grant of £75,000 in round 3", owner: "aurelia", due: "14 Feb 2188" },
  { ref: "PBA-25", action: "Book the away day venue and a facilitator", owner: "gwendolen", due: "14 Dec 2187" },
  { ref: "PBA-26", action: "Our Say hosting and support options (Part B)", owner: "tobias", due: "14 Feb 2188" },
  { ref: "PBA-27", action: "Recovery plan from Ambry Cross Parish Council for the path lighting", owner: "aurelia", due: "14 Feb 2188" },
  { ref: "PBA-28", action: "Take up the payment delays with the Combined Authority's bank", owner: "cormac", due: "14 Dec 2187" },
];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const num = (n) => n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3 || COOPTED.length !== 2) fail("12 members, 3 substitutes, 2 co-opted");
if (MEMBERS.filter((p) => p.side === "WALC").length !== 4) fail("4 WALC members");
if (R1.length !== 9 || R2.length !== 13) fail("9 + 13 grants");
if (R1_TOTAL !== 580500 || R2_TOTAL !== 884200 || R2_LEFT !== 15800) fail(`grants ${R1_TOTAL} ${R2_TOTAL}`);
if (R1_PAID !== 393900 || R2_PAID !== 265260) fail(`paid ${R1_PAID} ${R2_PAID}`);
for (const a of AREAS) if (sum(R2.filter((g) => g.area === a), (g) => g.amount) > ROUNDS[2].pot / 4) fail("area over its £225,000: " + a);
for (const g of GRANTS) if (g.amount > ROUNDS[g.round].max || g.paid > g.amount) fail("grant " + g.id);
if (GLOBAL !== 34) fail("global " + GLOBAL);
if (STATUS_COUNT("Completed") !== 4 || STATUS_COUNT("In progress") !== 6 || STATUS_COUNT("Delayed") !== 2 || STATUS_COUNT("Not started") !== 10) fail("status counts");
if (R1.filter((g) => g.status === "Completed" && g.end.endsWith("2187")).length !== 3) fail("3 of 9 complete by 31 December");
if (sum(Object.values(VOTERS_BY_AREA), (v) => v) !== VOTE2.voters || VOTE2.online + VOTE2.paper !== VOTE2.voters) fail("voters");
if (youngPct !== "15.6") fail("young " + youngPct);
if (WORSE.join() !== "PBM-04,PBM-05,PBM-08") fail("worse " + WORSE);
const q3 = {};
for (const m of MEASURES) q3[m.q3] = (q3[m.q3] ?? 0) + 1;
if (q3["On track"] !== 2 || q3["At risk"] !== 3 || q3["Off track"] !== 1 || q3.Complete !== 2) fail("q3 counts " + JSON.stringify(q3));
if (ABOVE.join() !== "PBR-01,PBR-05") fail("above " + ABOVE);
if (JSON.stringify(BUDGET_TOTAL) !== JSON.stringify([1900000, 1811800, 888360, 1816300, -83700])) fail("budget " + BUDGET_TOTAL);
if (R3_TOTAL !== 1200000 || sum(ROUND3, (r) => r[5]) !== 120000) fail("round 3 " + R3_TOTAL);
if (BUDGET[3][5] !== 11800 || BUDGET[6][2] !== 11800) fail("paper ballots overspend met from contingency");
if (PRESENT.length + ABSENT.length + SUBBED.length !== 12 || new Set([...PRESENT, ...ABSENT, ...SUBBED.map((s) => s.for)]).size !== 12 || ![...PRESENT, ...ABSENT, ...SUBBED.map((s) => s.for)].every((k) => MEMBERS.includes(P[k]))) fail("attendance");
if (MEASURE["PBM-08"].q3v !== `${gbp(R1_PAID)} (profile £470,000)`) fail("PBM-08 against the paid round 1 grants");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of [...MEETINGS, AWAY_DAY]) if (weekday(m.iso) !== "Thursday" || !m.date.startsWith("Thursday")) fail("meeting day " + m.iso);
for (const [iso, d] of [["2188-02-06", "Wednesday"], ["2188-01-18", "Friday"], ["2188-01-28", "Monday"], ["2187-12-03", "Monday"], ["2187-10-01", "Monday"], ["2187-10-21", "Sunday"], ["2187-11-28", "Wednesday"], ["2188-03-06", "Thursday"], ["2187-06-21", "Thursday"], ["2187-04-05", "Thursday"], ["2187-04-26", "Thursday"], ["2187-11-27", "Tuesday"], ["2187-11-29", "Thursday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
