// Shared content for set BR: one body (the Pavement Parking Task Group, a member task group of the
// invented Streets and Accessible Places Board), its people, its meetings, the Clear Pavements Programme
// 2327-29 (measures CPM-01 to CPM-08, milestones PPK-01 to PPK-10, actions PKA-xx), round 2 of the
// Footway Exemption Review Fund, the draft national signing standard, the meeting of Thursday 13 October
// 2327, the Teams workshop of Tuesday 8 November 2327 and the meeting of Thursday 8 December 2327, in the
// municipal year 2327/28. Every builder reads from here so that the five documents agree with each other;
// the arithmetic (bids, awards and what is left, the fund's two rounds, rating counts, attendance,
// seats) and every weekday named in the papers are checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, decision and date is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Pavement Parking Task Group";
export const SHORT = "PPTG";
export const BOARD = "Streets and Accessible Places Board";
export const PROGRAMME = "Clear Pavements Programme 2327–29";
export const FUND = "Footway Exemption Review Fund";
export const PARTNER = "Walk Freely Alliance";
export const ROOM = "Room 2.4, 18 Smith Square";
export const COMMENCE = "1 April 2328"; // the (invented) national prohibition of pavement parking

export const DOCS = {
  board: "pptg-clear-pavements-board-monday-export-2327-11-22.csv",
  minutes: "pptg-draft-minutes-2327-10-13-email-winmail.eml",
  seating: "pptg-seating-plan-2327-12-08-v2.pdf",
  paper: "pptg-item-5-fund-round-2-and-signing-standard-2327-12-08.docx",
  recap: "pptg-signing-standard-workshop-teams-recap-2327-11-08.html",
};

export const MEETINGS = [
  { date: "Thursday 16 June 2327", iso: "2327-06-16" },
  { date: "Thursday 13 October 2327", iso: "2327-10-13" },
  { date: "Thursday 8 December 2327", iso: "2327-12-08" },
  { date: "Thursday 8 March 2328", iso: "2328-03-08" },
];

export const OFFICERS = {
  cantrill: { fore: "Aurelia", sur: "Cantrill", post: "Programme Manager, Clear Pavements", phone: "020 7946 0564", email: "aurelia.cantrill@local.gov.uk" },
  pybus: { fore: "Kwabena", sur: "Pybus", post: "Senior Adviser, Streets and Accessibility", phone: "020 7946 0567", email: "kwabena.pybus@local.gov.uk" },
  crouchley: { fore: "Marisol", sur: "Crouchley", post: "Finance Business Partner", phone: "020 7946 0576", email: "marisol.crouchley@local.gov.uk" },
  lumsdaine: { fore: "Gareth", sur: "Lumsdaine", post: "Head of Democratic Services", phone: "020 7946 0579", email: "gareth.lumsdaine@local.gov.uk" },
  fairlamb: { fore: "Ebenezer", sur: "Fairlamb", post: "Member Services Officer", phone: "020 7946 0597", email: "ebenezer.fairlamb@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Dr Saoirse Orchison", post: "Chief Executive, Walk Freely Alliance" };
export const EXTERNAL = {
  drever: { name: "Hamish Drever", post: "Traffic Manager, Ostwick Borough Council" },
  bazalgette: { name: "Priyanka Bazalgette", post: "Parking Services Manager, Marrowdene Borough Council" },
};

// Membership 2327/28. code: the seating plan's key (C Chair, VC Vice-Chair, DC Deputy Chair, LM lead
// member, M member, S substitute).
export const PEOPLE = [
  { k: "wyncoll", fore: "Harriet", sur: "Wyncoll", council: "Stellbridge City Council", town: "Stellbridge", group: "Liberal Democrat", g: "LD", role: "Chair", code: "C" },
  { k: "cawdrey", fore: "Desmond", sur: "Cawdrey", council: "Dunsmere County Council", town: "Dunsmere", group: "Conservative", g: "Con", role: "Vice-Chair", code: "VC" },
  { k: "eddowes", fore: "Ngozi", sur: "Eddowes", council: "Saltmarden Metropolitan Borough Council", town: "Saltmarden", group: "Labour", g: "Lab", role: "Deputy Chair", code: "DC" },
  { k: "snelgrove", fore: "Tobias", sur: "Snelgrove", council: "Ostwick Borough Council", town: "Ostwick", group: "Conservative", g: "Con", role: "Member", code: "LM", lead: "enforcement" },
  { k: "loxam", fore: "Marguerite", sur: "Loxam", council: "Marrowdene Borough Council", town: "Marrowdene", group: "Labour", g: "Lab", role: "Member", code: "LM", lead: "exemptions and signing" },
  { k: "nettlefold", fore: "Ravi", sur: "Nettlefold", council: "Kettlewick District Council", town: "Kettlewick", group: "Independent", g: "Ind", role: "Member", code: "LM", lead: "accessibility and awareness" },
  { k: "stannage", fore: "Bronwen", sur: "Stannage", council: "Ickleby City Council", town: "Ickleby", group: "Labour", g: "Lab", role: "Member", code: "M" },
  { k: "whitelegg", fore: "Ambrose", sur: "Whitelegg", council: "Brecklow District Council", town: "Brecklow", group: "Conservative", g: "Con", role: "Member", code: "M" },
  { k: "mabbitt", fore: "Yusuf", sur: "Mabbitt", council: "Tarnwell Borough Council", town: "Tarnwell", group: "Labour", g: "Lab", role: "Member", code: "M" },
  { k: "ackrill", fore: "Cordelia", sur: "Ackrill", council: "Stellbridge City Council", town: "Stellbridge", group: "Green Party", g: "Grn", role: "Member", code: "M" },
  { k: "braddick", fore: "Fergus", sur: "Braddick", council: "Wrexholme District Council", town: "Wrexholme", group: "Conservative", g: "Con", role: "Member", code: "M" },
  { k: "rudgewick", fore: "Imogen", sur: "Rudgewick", council: "Cradlestone Borough Council", town: "Cradlestone", group: "Liberal Democrat", g: "LD", role: "Member", code: "M", from: "1 September 2327" },
  { k: "scarrott", fore: "Leopold", sur: "Scarrott", council: "Dunsmere County Council", town: "Dunsmere", group: "Conservative", g: "Con", role: "Substitute", code: "S" },
  { k: "okorafor", fore: "Hyacinth", sur: "Okorafor-Lane", council: "Saltmarden Metropolitan Borough Council", town: "Saltmarden", group: "Labour", g: "Lab", role: "Substitute", code: "S" },
  { k: "mothersole", fore: "Piers", sur: "Mothersole", council: "Cradlestone Borough Council", town: "Cradlestone", group: "Liberal Democrat", g: "LD", role: "Substitute", code: "S" },
  { k: "limbrick", fore: "Oswin", sur: "Limbrick", council: "Cradlestone Borough Council", town: "Cradlestone", group: "Liberal Democrat", g: "LD", role: "Former member", code: "", left: "31 August 2327" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => (P[k] ? `${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const LEADS = PEOPLE.filter((p) => p.lead);

// ------------------------------------------------------------------ measures, quarter 2 2327/28 (to 30 September 2327)
// Health labels of the board: On track, At risk, Off track, Achieved, No data
export const HEALTH_RANK = { "Off track": 0, "At risk": 1, "On track": 2, Achieved: 3 };
export const MEASURES = [
  { ref: "CPM-01", name: "Highway authorities with a published pavement parking enforcement policy", target: "100% by 31 March 2328", q1v: "41%", q1: "At risk", q2v: "58%", q2: "On track", lead: "snelgrove", person: "cantrill", note: "Template policy issued 1 August; 11 more published in September" },
  { ref: "CPM-02", name: "Streets surveyed for exemption (cumulative)", target: "12,000 by 31 March 2328", q1v: "2,950", q1: "On track", q2v: "5,180", q2: "At risk", lead: "loxam", person: "pybus", note: "Surveys slowed by autumn resurfacing works" },
  { ref: "CPM-03", name: "Exemption orders made (cumulative)", target: "900 by 31 March 2328", q1v: "120", q1: "At risk", q2v: "210", q2: "Off track", lead: "loxam", person: "pybus", note: "Councils short of legal capacity; recovery plan due 8 December (PKA-08)" },
  { ref: "CPM-04", name: "Zone entry signs installed", target: "4,000 by 31 March 2328", q1v: "", q1: "No data", q2v: "640", q2: "At risk", lead: "loxam", person: "pybus", note: "Counted from Q2; sign framework delayed (PPK-08)" },
  { ref: "CPM-05", name: "Obstructed dropped kerb reports resolved within 10 working days", target: "85%", q1v: "81%", q1: "At risk", q2v: "87%", q2: "On track", lead: "nettlefold", person: "cantrill", note: "" },
  { ref: "CPM-06", name: "Civil enforcement officers trained in footway enforcement (cumulative)", target: "1,200 by 31 March 2328", q1v: "310", q1: "On track", q2v: "700", q2: "On track", lead: "snelgrove", person: "cantrill", note: "First regional training day in Ostwick on 24 November" },
  { ref: "CPM-07", name: "Residents aware of the prohibition (quarterly survey)", target: "60%", q1v: "34%", q1: "Off track", q2v: "39%", q2: "Off track", lead: "nettlefold", person: "cantrill", note: "Awareness campaign not yet launched (PPK-07)" },
  { ref: "CPM-08", name: "Councils signed up to the Walk Freely Alliance's street audits", target: "30", q1v: "30", q1: "Achieved", q2v: "30", q2: "Achieved", lead: "nettlefold", person: "cantrill", note: "" },
];
export const WORSE = MEASURES.filter((m) => m.q1 in HEALTH_RANK && HEALTH_RANK[m.q2] < HEALTH_RANK[m.q1]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q1 in HEALTH_RANK && HEALTH_RANK[m.q2] > HEALTH_RANK[m.q1]).map((m) => m.ref);

// ------------------------------------------------------------------ milestones (board status: Done, Working on it, Stuck, or empty = not started)
export const MILESTONES = [
  { ref: "PPK-01", name: "Baseline survey of pavement parking hotspots", person: "cantrill", status: "Done", from: "2327-04-03", to: "2327-07-28", note: "" },
  { ref: "PPK-02", name: "Footway Exemption Review Fund round 1 awards", person: "pybus", status: "Done", from: "2327-05-02", to: "2327-06-16", note: "£640,000 to 8 councils, agreed 16 June" },
  { ref: "PPK-03", name: "Exemption survey method published", person: "pybus", status: "Done", from: "2327-07-04", to: "2327-09-29", note: "" },
  { ref: "PPK-04", name: "National signing standard: draft for consultation", person: "pybus", status: "Working on it", from: "2327-10-13", to: "2327-12-08", note: "Draft to the Task Group on 8 December (item 5)",
    subitems: [
      { name: "Workshop with highway authorities (Teams)", person: "cantrill", status: "Done", date: "2327-11-08" },
      { name: "Draft sent to 14 councils for comment", person: "pybus", status: "Done", date: "2327-11-18" },
      { name: "Consultation questions drafted", person: "cantrill", status: "Working on it", date: "2327-11-25" },
      { name: "Endorsed by the Task Group", person: "pybus", status: "", date: "2327-12-08" },
    ] },
  { ref: "PPK-05", name: "Fund round 2: bids and assessment", person: "pybus", status: "Working on it", from: "2327-10-17", to: "2327-12-08", note: "Closed 14/11 with 9 bids; panel scoring 21-22/11" },
  { ref: "PPK-06", name: "Civil enforcement officer training programme", person: "cantrill", status: "Working on it", from: "2327-09-01", to: "2328-03-17", note: "" },
  { ref: "PPK-07", name: "Public awareness campaign, phase 1", person: "cantrill", status: "Stuck", from: "2327-11-07", to: "2328-03-31", note: "Agency appointed 03/11 but cannot start until 9 January; launch moved from 1 December" },
  { ref: "PPK-08", name: "Sign manufacturing framework", person: "crouchley", status: "Stuck", from: "2327-09-12", to: "2328-01-31", note: "Standstill extended: an unsuccessful supplier has challenged the award" },
  { ref: "PPK-09", name: "Warning-notice period (first three months of the prohibition)", person: "cantrill", status: "", from: "2328-04-01", to: "2328-06-30", note: "" },
  { ref: "PPK-10", name: "Report to the Streets and Accessible Places Board", person: "cantrill", status: "", from: "2328-02-21", to: "2328-02-21", note: "" },
];
export const STUCK = MILESTONES.filter((m) => m.status === "Stuck").map((m) => m.ref);
export const NOT_STARTED = MILESTONES.filter((m) => m.status === "").map((m) => m.ref);

// ------------------------------------------------------------------ the Fund
export const FUND_TOTAL = 1200000;
export const ROUND1 = 640000, ROUND1_COUNCILS = 8;
export const ROUND2 = FUND_TOTAL - ROUND1; // 560,000
export const THRESHOLD = 60, CAP = 120000;
export const BIDS = [
  { council: "Ickleby City Council", streets: "1,240", asked: 112000, score: 84, award: 112000, note: "" },
  { council: "Tarnwell Borough Council", streets: "860", asked: 78500, score: 79, award: 78500, note: "" },
  { council: "Gorsebury District Council", streets: "1,020", asked: 96000, score: 74, award: 90000, note: "Reduced: 60 streets were surveyed in round 1" },
  { council: "Ravensmoor Borough Council", streets: "640", asked: 61000, score: 71, award: 61000, note: "" },
  { council: "Wrexholme District Council", streets: "1,480", asked: 138000, score: 67, award: 120000, note: "Reduced to the cap of £120,000" },
  { council: "Eldenmoor City Council", streets: "700", asked: 64500, score: 63, award: 61500, note: "Reduced: £3,000 for staff training is not eligible" },
  { council: "Nantwhistle District Council", streets: "590", asked: 58000, score: 55, award: 0, note: "Below the threshold of 60" },
  { council: "Ambersett Borough Council", streets: "910", asked: 83500, score: 48, award: 0, note: "Below the threshold of 60" },
  { council: "Runnock Borough Council", streets: "420", asked: 40000, score: 44, award: 0, note: "Below the threshold of 60" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 731,500
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 523,000
export const LEFT = ROUND2 - AWARDED; // 37,000
export const FUNDED = BIDS.filter((b) => b.award > 0);
// members whose councils bid in round 2 (they should declare at item 5; the paper does not name them)
export const BIDDING_MEMBERS = PEOPLE.filter((p) => p.role !== "Former member" && BIDS.some((b) => b.council === p.council)).map((p) => p.k);

// ------------------------------------------------------------------ draft national signing standard (Appendix B)
export const SIGNS = [
  { code: "S1", name: "Zone entry", where: "Every road entering a prohibition zone, on both sides", legend: "No pavement parking – except where signed", size: "600 mm × 450 mm (narrow streets: 450 mm × 340 mm)" },
  { code: "S2", name: "Zone exit", where: "Every road leaving a prohibition zone", legend: "End of pavement parking zone", size: "600 mm × 450 mm" },
  { code: "S3", name: "Exemption", where: "The start of each exempt length", legend: "Pavement parking permitted – partly on footway", size: "450 mm × 450 mm" },
  { code: "S4", name: "Exemption repeater", where: "Every 50 metres within an exempt length", legend: "Repeater plate", size: "300 mm × 300 mm" },
];
export const CLEAR_WIDTH = "1.5 metres";
export const CONSULT = { from: "Monday 12 December 2327", fromIso: "2327-12-12", to: "Friday 3 February 2328", toIso: "2328-02-03" };

// ------------------------------------------------------------------ meeting of 13 October 2327 (draft minutes)
export const OCT = {
  present: ["wyncoll", "cawdrey", "eddowes", "snelgrove", "loxam", "nettlefold", "stannage", "mabbitt", "ackrill", "rudgewick"],
  online: ["nettlefold"],
  sub: { k: "scarrott", for: "whitelegg" },
  apologies: ["whitelegg", "braddick"],
  officers: ["cantrill", "pybus", "crouchley", "fairlamb"],
  declarations: ["mabbitt", "loxam"],
};
export const JUNE_ACTIONS = ["PKA-01", "PKA-02", "PKA-03", "PKA-04", "PKA-05", "PKA-06"];
export const JUNE_OPEN = ["PKA-04", "PKA-06"];
export const CAMPAIGN_LIMIT = 95000;
export const CAMPAIGN = { ref: "PPTG-CD-2327-04", signed: "03/11/2327", agency: "Kerbwise Communications Ltd", value: 88400 };
export const SURVEY = { members: "2,460", forced: "68%", stayed: "23%" };
// actions: Monday board status as at 22 November 2327
export const ACTIONS = [
  { ref: "PKA-04", min: "", meeting: "TG 16/06/2327 min 4", action: "Chair's letter to the Department for Transport asking for the commencement guidance", owner: "lumsdaine", due: "2327-07-08", status: "Stuck", note: "Sent 04/07/2327; no reply. Chased 20/10 and 15/11 (PKA-07)" },
  { ref: "PKA-06", min: "", meeting: "TG 16/06/2327 min 6", action: "Appoint an agency for the public awareness campaign", owner: "cantrill", due: "2327-09-30", status: "Done", note: "Appointed 03/11/2327 by Chair's decision PPTG-CD-2327-04" },
  { ref: "PKA-07", min: "2", meeting: "TG 13/10/2327 min 2", action: "Chase the Department for Transport for a reply on the commencement guidance (PKA-04)", owner: "lumsdaine", due: "2327-12-08", status: "Working on it", note: "Chased 20/10 and 15/11" },
  { ref: "PKA-08", min: "3", meeting: "TG 13/10/2327 min 3", action: "Bring a recovery plan for exemption orders (CPM-03) to the December meeting", owner: "pybus", due: "2327-12-08", status: "Working on it", note: "To be tabled on 8 December",
    subitems: [
      { name: "Data request to the 36 councils behind profile", person: "pybus", status: "Done", date: "2327-11-04" },
      { name: "Draft recovery plan", person: "pybus", status: "Working on it", date: "2327-11-30" },
      { name: "Lead member sign-off (Cllr Loxam)", person: "pybus", status: "", date: "2327-12-01" },
    ] },
  { ref: "PKA-09", min: "5", meeting: "TG 13/10/2327 min 5", action: "Bring a draft national signing standard to the December meeting", owner: "cantrill", due: "2327-12-08", status: "Working on it", note: "Appendix B of the item 5 paper" },
  { ref: "PKA-10", min: "7", meeting: "TG 13/10/2327 min 7", action: "Prepare the Chair's decision on the campaign contract (up to £95,000)", owner: "cantrill", due: "2327-11-04", status: "Done", note: "PPTG-CD-2327-04 signed 03/11/2327: Kerbwise Communications Ltd, £88,400" },
  { ref: "PKA-11", min: "4", meeting: "TG 13/10/2327 min 4", action: "Open round 2 of the Fund and publish the guidance for bidders", owner: "pybus", due: "2327-10-17", status: "Done", note: "Opened 17/10; closed 14/11 with 9 bids" },
  { ref: "PKA-12", min: "6", meeting: "TG 13/10/2327 min 6", action: "Circulate the Walk Freely Alliance's survey report to members", owner: "fairlamb", due: "2327-10-21", status: "Done", note: "" },
  { ref: "PKA-13", min: "8", meeting: "TG 13/10/2327 min 8", action: "Invite lead members to the enforcement officers' training day in Ostwick", owner: "fairlamb", due: "2327-11-10", status: "Done", note: "" },
];
export const OCT_ACTIONS = ACTIONS.filter((a) => a.min);

// ------------------------------------------------------------------ Teams workshop, Tuesday 8 November 2327
export const WORKSHOP = {
  title: "Signing standard workshop – PPTG lead members and highway authorities",
  iso: "2327-11-08", day: "Tue", start: "14:00", end: "15:30",
  attendance: [
    { name: "Aurelia Cantrill", join: "13:52", leave: "15:31", dur: "1h 39m", role: "Organiser" },
    { name: "Kwabena Pybus", join: "13:55", leave: "15:31", dur: "1h 36m", role: "Presenter" },
    { name: "Cllr Marguerite Loxam (Guest)", join: "13:58", leave: "15:29", dur: "1h 31m", role: "Presenter" },
    { name: "Cllr Tobias Snelgrove (Guest)", join: "14:01", leave: "15:30", dur: "1h 29m", role: "Attendee" },
    { name: "Cllr Ravi Nettlefold (Guest)", join: "14:03", leave: "15:02", dur: "59m", role: "Attendee" },
    { name: "Cllr Harriet Wyncoll (Guest)", join: "14:41", leave: "15:30", dur: "49m", role: "Attendee" },
    { name: "Hamish Drever (External)", join: "13:59", leave: "15:30", dur: "1h 31m", role: "Attendee" },
    { name: "Priyanka Bazalgette (External)", join: "14:00", leave: "15:30", dur: "1h 30m", role: "Attendee" },
    { name: "Dr Saoirse Orchison (External)", join: "14:06", leave: "15:24", dur: "1h 18m", role: "Attendee" },
  ],
  tasks: [
    { task: "Send the draft signing standard to the 14 councils for comment", who: "Kwabena Pybus", due: "Fri 18 Nov", iso: "2327-11-18" },
    { task: "Share Marrowdene's warning letter template with the other councils", who: "Priyanka Bazalgette", due: "Mon 14 Nov", iso: "2327-11-14" },
    { task: "Draft the consultation questions for the signing standard", who: "Aurelia Cantrill", due: "Fri 25 Nov", iso: "2327-11-25" },
    { task: "Check the 1.5 metre clear footway minimum against the Department for Transport's inclusive mobility guidance", who: "Kwabena Pybus", due: "Wed 30 Nov", iso: "2327-11-30" },
  ],
  warning: { letters: "1,140", repeat: "9%", from: "1 August", to: "31 October" },
  ostwick: { narrow: "38%", surveyed: "2,300" },
};

// ------------------------------------------------------------------ meeting of 8 December 2327 (seating plan, version 2)
export const DEC = {
  apologies: ["eddowes", "ackrill"],
  sub: { k: "okorafor", for: "eddowes" },
  // mic number -> person (members, substitute) or officer
  seats: [
    { mic: 1, k: "wyncoll" }, { mic: 2, k: "cawdrey" }, { mic: 3, k: "fairlamb", label: "Clerk" }, { mic: 4, k: "cantrill" }, { mic: 5, k: "pybus" },
    { mic: 6, k: "snelgrove" }, { mic: 7, k: "whitelegg" }, { mic: 8, k: "braddick" }, { mic: 9, k: "rudgewick" }, { mic: 10, k: "nettlefold" },
    { mic: 11, k: "loxam" }, { mic: 12, k: "stannage" }, { mic: 13, k: "mabbitt" }, { mic: 14, k: "okorafor" },
    { mic: 15, k: "crouchley" }, { mic: 16, k: "drever", label: "Presenting item 6" },
  ],
  version: "Version 2, Tuesday 6 December 2327", versionIso: "2327-12-06", v1: "1 December",
};

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3 || LEADS.length !== 3) fail("12 members, 3 substitutes, 3 lead members");
if (ROUND2 !== 560000) fail("round 2 " + ROUND2);
if (ASKED !== 731500 || AWARDED !== 523000 || LEFT !== 37000) fail(`bids ${ASKED} ${AWARDED} ${LEFT}`);
if (FUNDED.length !== 6 || BIDS.length !== 9) fail("6 awards of 9 bids");
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked || b.award > CAP) fail("bid " + b.council);
if (BIDDING_MEMBERS.join() !== "stannage,mabbitt,braddick") fail("bidding members " + BIDDING_MEMBERS);
const q2 = {};
for (const m of MEASURES) q2[m.q2] = (q2[m.q2] ?? 0) + 1;
if (q2["On track"] !== 3 || q2["At risk"] !== 2 || q2["Off track"] !== 2 || q2.Achieved !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "CPM-02,CPM-03") fail("worse " + WORSE);
if (BETTER.join() !== "CPM-01,CPM-05") fail("better " + BETTER);
if (STUCK.join() !== "PPK-07,PPK-08") fail("stuck " + STUCK);
if (NOT_STARTED.join() !== "PPK-09,PPK-10") fail("not started " + NOT_STARTED);
if (OCT.present.length !== 10 || OCT.present.some((k) => OCT.apologies.includes(k)) || OCT.present.length + OCT.apologies.length !== 12) fail("October attendance");
if (P[OCT.sub.k].group !== P[OCT.sub.for].group || P[DEC.sub.k].group !== P[DEC.sub.for].group) fail("substitutes' groups");
const decMembers = DEC.seats.filter((s) => P[s.k]).map((s) => s.k);
if (decMembers.length !== 11 || new Set(decMembers).size !== 11 || MEMBERS.some((m) => !decMembers.includes(m.k) && !DEC.apologies.includes(m.k))) fail("December seats");
if (new Set(DEC.seats.map((s) => s.mic)).size !== DEC.seats.length) fail("mic numbers");
if (CAMPAIGN.value > CAMPAIGN_LIMIT) fail("campaign over the delegation");
if (ACTIONS.filter((a) => JUNE_ACTIONS.includes(a.ref)).map((a) => a.ref).join() !== JUNE_OPEN.join()) fail("June actions on the board");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== m.date.split(" ")[0]) fail("meeting day " + m.iso);
for (const t of WORKSHOP.tasks) if (weekday(t.iso).slice(0, 3) !== t.due.slice(0, 3)) fail("task day " + t.iso);
for (const [iso, d] of [["2327-11-08", "Tuesday"], ["2327-10-17", "Monday"], ["2327-11-14", "Monday"], ["2327-12-12", "Monday"], ["2328-02-03", "Friday"], ["2327-12-15", "Thursday"], ["2327-11-24", "Thursday"], ["2327-11-03", "Thursday"], ["2327-10-18", "Tuesday"], ["2327-10-28", "Friday"], ["2327-12-06", "Tuesday"], ["2327-11-22", "Tuesday"], ["2327-12-01", "Thursday"], ["2327-07-04", "Monday"], ["2328-01-09", "Monday"], ["2327-11-30", "Wednesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
