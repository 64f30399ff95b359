// Shared content for set BH: one body (the Public Space CCTV Task Group, a member task group of the
// invented Safer Neighbourhoods and Resilience Board), its people, its meetings of Tuesday 11 October and
// Tuesday 13 December 2191, the CCTV Renewal Programme 2191-93 (measures CRM-01 to CRM-08, eighteen camera
// sites S01 to S18), the Joint Monitoring Hub (the shared CCTV control room hosted by Brantmoor) and the
// Camera Replacement Fund, in the municipal year 2191/92. Every builder reads from here so that the five
// documents agree with each other; the arithmetic (fund, bids, statistics totals, rating counts, votes,
// weekdays) is checked when this module loads.
// Synthetic test fixtures: every person, council, police force, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Public Space CCTV Task Group";
export const SHORT = "PSCTG";
export const BOARD = "Safer Neighbourhoods and Resilience Board";
export const PROGRAMME = "CCTV Renewal Programme 2191–93";
export const HUB = "Joint Monitoring Hub";
export const FUND = "Camera Replacement Fund";
export const POLICE = "Westmarch Police";

export const DOCS = {
  map: "psctg-camera-sites-map-2191-11-30-qgis.pdf",
  agenda: "psctg-agenda-pack-2191-12-13.docx",
  stats: "psctg-hub-statistics-table-2-2191-11-24.csv",
  webcast: "psctg-webcast-2191-12-13.html",
  todo: "psctg-todo-2191-12-16.txt",
};

// ------------------------------------------------------------------ weekdays
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
export const longDate = (iso) => { const [y, m, d] = iso.split("-").map(Number); return `${weekday(iso)} ${d} ${MONTHS[m - 1]} ${y}`; };
export const dmy = (iso) => { const [y, m, d] = iso.split("-"); return `${d}/${m}/${y}`; };

export const MEETINGS = {
  july: "2191-07-12",
  october: "2191-10-11",
  december: "2191-12-13",
  march: "2192-03-13",
};

// ------------------------------------------------------------------ councils (the ten partner councils)
export const COUNCILS = {
  kestleford: "Kestleford City Council",
  brantmoor: "Brantmoor Metropolitan Borough Council",
  ashwold: "Ashwold District Council",
  oxhaven: "Oxhaven Borough Council",
  wyrecastle: "Wyrecastle Borough Council",
  pilkerton: "Pilkerton Borough Council",
  fallowdene: "Fallowdene District Council",
  marlhithe: "Marlhithe District Council",
  quistwell: "Quistwell Borough Council",
  ebbersley: "Ebbersley District Council",
};
export const TOWN = { kestleford: "Kestleford", brantmoor: "Brantmoor", ashwold: "Ashwold", oxhaven: "Oxhaven", wyrecastle: "Wyrecastle", pilkerton: "Pilkerton", fallowdene: "Fallowdene", marlhithe: "Marlhithe", quistwell: "Quistwell", ebbersley: "Ebbersley" };

// ------------------------------------------------------------------ people
// Membership 2191/92. role: Chair / Vice-Chair / Deputy Chair / Member; lead: a lead member's portfolio.
export const MEMBERS = [
  { k: "wolsingham", fore: "Araminta", sur: "Wolsingham", c: "kestleford", group: "Conservative", role: "Chair" },
  { k: "hollowbrook", fore: "Kwabena", sur: "Hollowbrook", c: "brantmoor", group: "Labour", role: "Vice-Chair" },
  { k: "aldersey", fore: "Isolde", sur: "Aldersey", c: "ashwold", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "ockwell", fore: "Fergus", sur: "Ockwell", c: "oxhaven", group: "Labour", role: "Member", lead: "data protection and privacy" },
  { k: "farnaby", fore: "Tamsin", sur: "Farnaby", c: "wyrecastle", group: "Conservative", role: "Member", lead: "the Joint Monitoring Hub" },
  { k: "havergal", fore: "Rashid", sur: "Havergal", c: "pilkerton", group: "Labour", role: "Member", lead: "redeployable cameras" },
  { k: "tuttlebury", fore: "Gwendolen", sur: "Tuttlebury", c: "fallowdene", group: "Independent", role: "Member" },
  { k: "seabright", fore: "Lucian", sur: "Seabright", c: "marlhithe", group: "Conservative", role: "Member" },
  { k: "blencowe", fore: "Precious", sur: "Blencowe", c: "kestleford", group: "Labour", role: "Member" },
  { k: "culverhouse", fore: "Cormac", sur: "Culverhouse", c: "quistwell", group: "Green", role: "Member" },
  { k: "paskin", fore: "Henrietta", sur: "Paskin", c: "wyrecastle", group: "Liberal Democrat", role: "Member" },
  { k: "crimmond", fore: "Nnamdi", sur: "Crimmond", c: "ebbersley", group: "Conservative", role: "Member", from: "2191-11-01" },
];
export const SUBS = [
  { k: "stanhopevance", fore: "Beatrix", sur: "Stanhope-Vance", c: "marlhithe", group: "Conservative" },
  { k: "ravenhill", fore: "Oswin", sur: "Ravenhill", c: "pilkerton", group: "Labour" },
  { k: "surtees", fore: "Yasmin", sur: "Surtees", c: "ashwold", group: "Liberal Democrat" },
];
export const FORMER = { k: "mabey", fore: "Roderick", sur: "Mabey", c: "ebbersley", group: "Conservative", left: "2191-10-31" };
export const ALL = Object.fromEntries([...MEMBERS, ...SUBS, FORMER].map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${ALL[k].fore} ${ALL[k].sur}`;
export const council = (k) => COUNCILS[ALL[k].c];

export const OFFICERS = {
  mn: { name: "Marguerite Nkemdirim", post: "Programme Manager, CCTV Renewal", phone: "020 7946 0841", email: "marguerite.nkemdirim@local.gov.uk" },
  cba: { name: "Caspian Bramwell-Ayre", post: "Senior Adviser, Community Safety", phone: "020 7946 0846", email: "caspian.bramwell-ayre@local.gov.uk" },
  pem: { name: "Philippa Etheridge-Mbeki", post: "Finance Business Partner", phone: "020 7946 0852", email: "philippa.etheridge-mbeki@local.gov.uk" },
  dgb: { name: "Dorian Gilchrist-Bose", post: "Information Governance Manager", phone: "020 7946 0857", email: "dorian.gilchrist-bose@local.gov.uk" },
  hl: { name: "Hester Larkworthy", post: "Democratic Services Officer", phone: "020 7946 0863", email: "hester.larkworthy@local.gov.uk" },
  lo: { name: "Leofric Ossington", post: "GIS Analyst", phone: "020 7946 0868", email: "leofric.ossington@local.gov.uk" },
};
export const HUB_MANAGER = { name: "Rufus Fenwick-Oduya", post: "Hub Manager, Joint Monitoring Hub (Brantmoor Metropolitan Borough Council)" };
export const INSPECTOR = { name: "Chief Inspector Saoirse Pardew", post: "Partnerships and Prevention, Westmarch Police" };
export const STATISTICIAN = { name: "Ptolemy Bellweather", email: "hub.statistics@brantmoor.gov.uk" };

// ------------------------------------------------------------------ measures at quarter 2 2191/92 (30 September 2191)
// Ratings are legacy drop-down form fields in the Word agenda pack: the chosen entry is only an index.
export const RATING_ENTRIES = ["Select status", "Green – on track", "Amber – some risk", "Red – off track", "Blue – complete"];
export const G = 1, A = 2, R = 3, B = 4, NONE = 0;
export const MEASURES = [
  { ref: "CRM-01", name: "Public space cameras upgraded to digital (cumulative)", target: "110 by 31 March 2192", q1v: "47", q1: G, q2v: "84", q2: G, lead: "Cllr Farnaby", note: "On profile; the Quistwell and Wyrecastle upgrades started in September." },
  { ref: "CRM-02", name: "Cameras working (average availability)", target: "97% or more", q1v: "96.1%", q1: A, q2v: "93.4%", q2: R, lead: "Cllr Farnaby", note: "7 analogue cameras at S02 in Kestleford faulty and awaiting parts." },
  { ref: "CRM-03", name: "Partner councils monitored at the Joint Monitoring Hub", target: "8 of 10 by 30 April 2192", q1v: "1 of 10", q1: G, q2v: "5 of 10", q2: G, lead: "Cllr Farnaby", note: "Ashwold, Wyrecastle, Pilkerton and Marlhithe moved to the Hub on 8 September." },
  { ref: "CRM-04", name: "Police footage requests answered within 5 working days", target: "95%", q1v: "91%", q1: A, q2v: "96%", q2: G, lead: "Cllr Ockwell", note: "New request portal for Westmarch Police since July." },
  { ref: "CRM-05", name: "Cameras with an in-date data protection impact assessment", target: "100%", q1v: "100%", q1: G, q2v: "82%", q2: R, lead: "Cllr Ockwell", note: "ANPR-capable cameras at S10 and S15 were installed before their DPIAs were signed." },
  { ref: "CRM-06", name: "Average time from operator alert to police dispatch (minutes)", target: "4.0 or less", q1v: "3.8", q1: G, q2v: "4.6", q2: A, lead: "Cllr Havergal", note: "The radio link to Westmarch Police moved to the Hub in September." },
  { ref: "CRM-07", name: "Cameras reviewed for continued need this year", target: "100% by 31 December 2191", q1v: "35%", q1: G, q2v: "71%", q2: G, lead: "Cllr Ockwell", note: "Three sites proposed for decommissioning (item 5)." },
  { ref: "CRM-08", name: "Partner councils with a published surveillance camera code self-assessment", target: "10 of 10 by 30 September 2191", q1v: "–", q1: NONE, q2v: "10 of 10", q2: B, lead: "Cllr Ockwell", note: "All ten published by 26 September; reported from quarter 2." },
];
const ORDER = { [R]: 0, [A]: 1, [G]: 2, [B]: 3 };
export const WORSE = MEASURES.filter((m) => m.q1 !== NONE && ORDER[m.q2] < ORDER[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 !== NONE && ORDER[m.q2] > ORDER[m.q1]).map((m) => m.ref);

// ------------------------------------------------------------------ camera sites at 30 November 2191 (QGIS layout)
// status codes as in the layer's attribute table; the legend gives each a label with the code in brackets
export const STATUS = {
  LIVE: "Upgraded – monitored at the Hub (LIVE)",
  LOCAL: "Upgraded – monitored in the council's own control room (LOCAL)",
  WIP: "Upgrade in progress (WIP)",
  AWAIT: "Awaiting upgrade (AWAIT)",
  DECOM: "Proposed for decommissioning (DECOM)",
};
// x, y: position on the map frame (0..1)
export const SITES = [
  { id: "S01", name: "Kestleford Market Square", c: "kestleford", cams: 14, status: "LOCAL", mon: "Kestleford CR", live: "2191-06-20", x: 0.18, y: 0.22 },
  { id: "S02", name: "Kestleford Station Forecourt", c: "kestleford", cams: 12, status: "WIP", mon: "Kestleford CR", live: "2192-01-20", x: 0.26, y: 0.3 },
  { id: "S03", name: "Brantmoor Town Centre", c: "brantmoor", cams: 22, status: "LIVE", mon: "Hub", live: "2191-05-16", x: 0.47, y: 0.2 },
  { id: "S04", name: "Brantmoor Bus Interchange", c: "brantmoor", cams: 11, status: "LIVE", mon: "Hub", live: "2191-05-16", x: 0.55, y: 0.27 },
  { id: "S05", name: "Ashwold Riverside Walk", c: "ashwold", cams: 6, status: "DECOM", mon: "Hub", live: "n/a", x: 0.74, y: 0.16 },
  { id: "S06", name: "Ashwold High Street", c: "ashwold", cams: 8, status: "LIVE", mon: "Hub", live: "2191-09-08", x: 0.8, y: 0.25 },
  { id: "S07", name: "Oxhaven Harbour", c: "oxhaven", cams: 12, status: "AWAIT", mon: "Oxhaven CR", live: "2192-04-28", x: 0.14, y: 0.55 },
  { id: "S08", name: "Oxhaven Promenade", c: "oxhaven", cams: 10, status: "AWAIT", mon: "Oxhaven CR", live: "2192-04-28", x: 0.08, y: 0.66 },
  { id: "S09", name: "Wyrecastle Castle Street", c: "wyrecastle", cams: 7, status: "LIVE", mon: "Hub", live: "2191-09-08", x: 0.37, y: 0.5 },
  { id: "S10", name: "Wyrecastle Retail Park", c: "wyrecastle", cams: 5, status: "WIP", mon: "Hub", live: "2192-01-09", x: 0.43, y: 0.58 },
  { id: "S11", name: "Pilkerton Precinct", c: "pilkerton", cams: 9, status: "LIVE", mon: "Hub", live: "2191-09-08", x: 0.6, y: 0.52 },
  { id: "S12", name: "Fallowdene Market Place", c: "fallowdene", cams: 4, status: "AWAIT", mon: "Recorded only", live: "2192-03-30", x: 0.84, y: 0.55 },
  { id: "S13", name: "Marlhithe Quayside", c: "marlhithe", cams: 8, status: "LIVE", mon: "Hub", live: "2191-09-08", x: 0.22, y: 0.82 },
  { id: "S14", name: "Marlhithe Old Ropewalk Underpass", c: "marlhithe", cams: 3, status: "DECOM", mon: "Hub", live: "n/a", x: 0.3, y: 0.88 },
  { id: "S15", name: "Quistwell Leisure Centre Car Park", c: "quistwell", cams: 6, status: "WIP", mon: "Quistwell CR", live: "2192-02-14", x: 0.52, y: 0.8 },
  { id: "S16", name: "Quistwell Northgate", c: "quistwell", cams: 10, status: "AWAIT", mon: "Quistwell CR", live: "2192-04-28", x: 0.58, y: 0.72 },
  { id: "S17", name: "Ebbersley Bridge Street", c: "ebbersley", cams: 5, status: "LOCAL", mon: "Ebbersley CR", live: "2191-08-11", x: 0.76, y: 0.84 },
  { id: "S18", name: "Ebbersley Cemetery Lane", c: "ebbersley", cams: 2, status: "DECOM", mon: "Ebbersley CR", live: "n/a", x: 0.86, y: 0.78 },
];
export const sitesBy = (st) => SITES.filter((s) => s.status === st).map((s) => s.id);
export const MAP_AS_AT = "2191-11-30";
export const MAP_MADE = "02/12/2191";

// ------------------------------------------------------------------ Camera Replacement Fund (item 5 of 13 December 2191)
export const FUND_TOTAL = 1500000, ROUND1 = 780000;
export const ROUND2_AVAILABLE = FUND_TOTAL - ROUND1; // 720,000
export const BIDS = [
  { c: "kestleford", sites: "S02", cams: 12, asked: 194000, rec: 194000, note: "Completes the S02 upgrade; 7 of its analogue cameras are faulty" },
  { c: "oxhaven", sites: "S07, S08", cams: 22, asked: 210000, rec: 198000, note: "Reduced: two cameras at S08 to be removed, not replaced" },
  { c: "quistwell", sites: "S16", cams: 10, asked: 96000, rec: 96000, note: "" },
  { c: "fallowdene", sites: "S12", cams: 4, asked: 52000, rec: 52000, note: "Includes a wireless link to the Hub" },
  { c: "pilkerton", sites: "new site (Pilkerton Bus Station)", cams: 8, asked: 120000, rec: 0, note: "Not eligible: round 2 is for existing sites only" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 672,000
export const RECOMMENDED = BIDS.reduce((t, b) => t + b.rec, 0); // 540,000
export const REMAINING = ROUND2_AVAILABLE - RECOMMENDED; // 180,000
export const DECOM_PROPOSED = sitesBy("DECOM"); // S05, S14, S18
export const DECOM_CAMS = SITES.filter((s) => s.status === "DECOM").reduce((t, s) => t + s.cams, 0); // 11

// votes on item 5, 13 December 2191 (as amended: S14 deferred)
export const PRESENT_DEC = ["wolsingham", "hollowbrook", "aldersey", "ockwell", "farnaby", "seabright", "blencowe", "culverhouse", "paskin", "crimmond"];
export const SUB_DEC = { k: "ravenhill", for: "havergal" };
export const APOLOGIES_DEC = ["havergal", "tuttlebury"];
export const VOTE_DEC = { for: 8, against: ["paskin"], abstain: ["culverhouse"], notVoting: ["seabright"] };

// meeting of 11 October 2191 (draft minutes in the pack)
export const PRESENT_OCT = ["wolsingham", "hollowbrook", "aldersey", "ockwell", "farnaby", "havergal", "tuttlebury", "blencowe", "paskin", "mabey"];
export const SUB_OCT = { k: "stanhopevance", for: "seabright" };
export const APOLOGIES_OCT = ["seabright", "culverhouse"];

// actions of 11 October 2191, with their status in the action log of 1 December 2191 (drop-down)
export const ACTION_STATUS = ["Choose an item", "Open", "In progress", "Complete", "Overdue"];
export const OCT_ACTIONS = [
  { ref: "CTA-18", min: "3", action: "Ask Kestleford City Council for a plan to clear the fault backlog of analogue cameras", owner: "mn", due: "2191-11-15", st: 4, update: "Plan not received; see item 4, recommendation (b)." },
  { ref: "CTA-19", min: "4", action: "Send members the police footage request figures by council", owner: "cba", due: "2191-11-04", st: 3, update: "Sent on 3 November." },
  { ref: "CTA-20", min: "5", action: "Open round 2 of the Camera Replacement Fund (bids to close on 7 November 2191)", owner: "mn", due: "2191-10-14", st: 3, update: "Opened on 14 October; five bids received." },
  { ref: "CTA-21", min: "6", action: "Finish the annual review of camera justification and report the sites proposed for decommissioning", owner: "dgb", due: "2191-12-01", st: 2, update: "Review of 12 of 18 sites done; see item 5." },
  { ref: "CTA-22", min: "6", action: "Obtain signed DPIAs for the ANPR-capable cameras at S10 and S15", owner: "dgb", due: "2191-11-30", st: 4, update: "Wyrecastle and Quistwell have not signed." },
  { ref: "CTA-23", min: "5", action: "Draft the service level agreement for phase 2 of the Hub", owner: "cba", due: "2191-11-25", st: 3, update: "Draft with the three councils' lawyers." },
  { ref: "CTA-24", min: "7", action: "Arrange a members' visit to the Joint Monitoring Hub before the December meeting", owner: "hl", due: "2191-12-13", st: 2, update: "Visit at 9.30am on the day of the meeting." },
];

// ------------------------------------------------------------------ Hub statistics, table 2 (published 24 November 2191)
// per council and period: monitoring, cameras, incidents, arrests, requests, answered in 5 working days.
// Strings are shorthand: "[x]" not available, "[z]" not applicable, "[c]" fewer than 5 (confidential); a
// number with " [u]" is of low reliability.
export const PERIODS = ["2190/91", "2191/92 Q1", "2191/92 Q2"];
const S = (mon, cams, inc, arr, req, ans) => ({ mon, cams, inc, arr, req, ans });
export const STATS = {
  "2190/91": {
    kestleford: S("Own control room", 26, 1486, 212, 388, 341),
    brantmoor: S("Own control room", 31, 2204, 327, 602, 551),
    ashwold: S("Own control room", 14, 611, 74, 143, 128),
    oxhaven: S("Own control room", 22, 1092, 131, 270, 236),
    wyrecastle: S("Own control room", 10, 498, 52, 121, 108),
    pilkerton: S("Own control room", 9, 402, 47, 96, 85),
    fallowdene: S("Recorded only", 4, "[z]", "[z]", 31, 24),
    marlhithe: S("Own control room", 11, 377, 38, 88, 79),
    quistwell: S("[x]", "[x]", "[x]", "[x]", "[x]", "[x]"),
    ebbersley: S("Own control room", 7, 203, 19, 52, 47),
  },
  "2191/92 Q1": {
    kestleford: S("Own control room", 26, 361, 49, 97, 87),
    brantmoor: S("Hub", 33, 598, 91, 161, 152),
    ashwold: S("Own control room", 14, 148, 17, 37, 33),
    oxhaven: S("Own control room", 22, 270, 30, 69, 62),
    wyrecastle: S("Own control room", 12, 126, 11, 31, 28),
    pilkerton: S("Own control room", 9, 97, 9, 25, 23),
    fallowdene: S("Recorded only", 4, "[z]", "[z]", 8, 7),
    marlhithe: S("Own control room", 11, 92, 6, 22, 20),
    quistwell: S("Own control room", 16, 141, 14, 38, 35),
    ebbersley: S("Own control room", 7, 51, "[c]", 13, 10),
  },
  "2191/92 Q2": {
    kestleford: S("Own control room", 26, "412 [u]", 44, 104, 96),
    brantmoor: S("Hub", 33, 631, 97, 170, 167),
    ashwold: S("Hub", 14, 166, 21, 40, 39),
    oxhaven: S("Own control room", 22, 288, 33, 74, 71),
    wyrecastle: S("Hub", 12, 139, 14, 33, 32),
    pilkerton: S("Hub", 9, 109, 12, 27, 26),
    fallowdene: S("Recorded only", 4, "[z]", "[z]", 9, 8),
    marlhithe: S("Hub", 11, 104, "[c]", 24, 23),
    quistwell: S("Own control room", 16, 150, 16, 41, 39),
    ebbersley: S("Own control room", 7, 58, 5, 14, 13),
  },
};
// the hidden values behind [c] (used only for the totals, which include them, as the table's note says)
const HIDDEN = { "2191/92 Q1": { ebbersley: 3 }, "2191/92 Q2": { marlhithe: 4 } };
export const num = (v) => (typeof v === "number" ? v : /^\d+ \[u\]$/.test(v) ? parseInt(v, 10) : null);
export const TOTALS = {};
for (const p of PERIODS) {
  const t = { cams: 0, inc: 0, arr: 0, req: 0, ans: 0 };
  for (const [c, r] of Object.entries(STATS[p])) for (const f of Object.keys(t)) {
    let v = num(r[f]);
    if (v == null && r[f] === "[c]") v = HIDDEN[p][c];
    if (v != null) t[f] += v;
  }
  t.pct = Math.round((1000 * t.ans) / t.req) / 10;
  TOTALS[p] = t;
}
export const pct = (r) => (typeof r.req === "number" ? (Math.round((1000 * r.ans) / r.req) / 10).toFixed(1) : "[x]");

// ------------------------------------------------------------------ webcast of 13 December 2191
// offsets into the recording (seconds); the broadcast started at 10:30
export const BROADCAST_START = "10:30";
export const hms = (s) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, "0")).join(":");
export const clock = (s) => { const m = 10 * 60 + 30 + Math.floor(s / 60); return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`; };
export const ITEM5_AT = 2840; // 00:47:20
export const ADJOURN = { from: 3520, to: 3845 }; // 00:58:40 – 01:04:05
export const DURATION = 6726; // 01:52:06

// ------------------------------------------------------------------ money
export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members, 3 substitutes");
if (Object.keys(COUNCILS).length !== 10) fail("ten councils");
if (ASKED !== 672000 || RECOMMENDED !== 540000 || REMAINING !== 180000 || ROUND2_AVAILABLE !== 720000) fail(`fund ${ASKED} ${RECOMMENDED} ${REMAINING}`);
if (DECOM_PROPOSED.join() !== "S05,S14,S18" || DECOM_CAMS !== 11) fail("decommissioning " + DECOM_PROPOSED + " " + DECOM_CAMS);
if (sitesBy("AWAIT").join() !== "S07,S08,S12,S16") fail("awaiting " + sitesBy("AWAIT"));
if (sitesBy("WIP").join() !== "S02,S10,S15") fail("wip");
const q2 = {};
for (const m of MEASURES) q2[m.q2] = (q2[m.q2] ?? 0) + 1;
if (q2[G] !== 4 || q2[A] !== 1 || q2[R] !== 2 || q2[B] !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "CRM-02,CRM-05,CRM-06") fail("worse " + WORSE);
if (BETTER.join() !== "CRM-04") fail("better " + BETTER);
if (Math.round(TOTALS["2191/92 Q2"].pct) !== 96 || Math.round(TOTALS["2191/92 Q1"].pct) !== 91) fail(`footage % ${TOTALS["2191/92 Q1"].pct} ${TOTALS["2191/92 Q2"].pct}`);
if (PRESENT_DEC.length + 1 !== VOTE_DEC.for + VOTE_DEC.against.length + VOTE_DEC.abstain.length + VOTE_DEC.notVoting.length) fail("December vote");
if (PRESENT_DEC.includes("havergal") || PRESENT_DEC.includes("tuttlebury") || PRESENT_OCT.includes("seabright")) fail("attendance");
for (const m of Object.values(MEETINGS)) if (weekday(m) !== "Tuesday") fail("meeting not a Tuesday " + m);
for (const [iso, d] of [["2191-09-08", "Thursday"], ["2191-11-24", "Thursday"], ["2192-02-23", "Thursday"], ["2191-12-05", "Monday"], ["2191-11-07", "Monday"], ["2191-12-16", "Friday"], ["2192-01-20", "Friday"], ["2192-02-01", "Wednesday"], ["2192-04-30", "Monday"], ["2191-05-16", "Monday"], ["2191-12-01", "Thursday"], ["2191-11-30", "Wednesday"], ["2191-12-02", "Friday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
