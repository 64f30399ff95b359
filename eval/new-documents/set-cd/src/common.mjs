// Shared content for set CD: one invented body (the Unpaid Carers Task Group, a member task group of the
// invented Adult Care and Wellbeing Board), its people, its meetings of the municipal year 2651/52, the
// Carers Support Programme 2651–53 (measures UCM-01 to UCM-10, risk register UCR-01 to UCR-08, action
// log UCA-) and round 1 of the Carers' Breaks Innovation Fund (bids CBIF-01 to CBIF-09), decided at the
// meeting of Wednesday 10 March 2652. Every builder reads from here so that the five documents agree
// with each other; the arithmetic (awards, rating counts, scores, votes, attendance, weekdays) is
// checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Unpaid Carers Task Group";
export const SHORT = "UCTG";
export const BOARD = "Adult Care and Wellbeing Board";
export const PROGRAMME = "Carers Support Programme 2651–53";
export const FUND = "Carers' Breaks Innovation Fund";

// file names (docs/)
export const DOCS = {
  tracker: "uctg-performance-tracker-2651-52-q3-google-sheets.pdf",
  openproject: "uctg-openproject-work-packages-2652-03-01.csv",
  zim: "uctg-meeting-notes-2652-03-10.txt",
  site: "uctg-carers-network-site-task-group-2652-02-18.html",
  paper: "uctg-item-5-cbif-round-1-awards-2652-03-10.md",
};

// meetings 2651/52 (all Wednesdays, 10.30am); the site lists them in Room 2.3; the March meeting was moved
// to Room 4.1 after the site was last updated (the paper and the notes say so)
export const MEETINGS = [
  { iso: "2651-07-09", date: "Wednesday 9 July 2651", room: "Room 2.3, 18 Smith Square" },
  { iso: "2651-10-01", date: "Wednesday 1 October 2651", room: "Room 2.3, 18 Smith Square" },
  { iso: "2651-12-10", date: "Wednesday 10 December 2651", room: "Room 2.3, 18 Smith Square and Microsoft Teams" },
  { iso: "2652-03-10", date: "Wednesday 10 March 2652", room: "Room 2.3, 18 Smith Square and Microsoft Teams", actual: "Room 4.1, 18 Smith Square and Microsoft Teams" },
];
export const BOARD_MEETING = { iso: "2652-03-25", date: "Thursday 25 March 2652" };

export const OFFICERS = {
  nkiru: { name: "Nkiru Sheardown", first: "Nkiru", post: "Programme Manager, Carers Support", phone: "020 7946 0934", email: "nkiru.sheardown@local.gov.uk" },
  araminta: { name: "Araminta Kitchingham", first: "Araminta", post: "Senior Adviser, Carers' Breaks", phone: "020 7946 0947", email: "araminta.kitchingham@local.gov.uk" },
  yusuf: { name: "Yusuf Stansgate", first: "Yusuf", post: "Finance Business Partner", phone: "020 7946 0951", email: "yusuf.stansgate@local.gov.uk" },
  delphine: { name: "Delphine Abbotsley", first: "Delphine", post: "Head of Adult Social Care Policy", phone: "020 7946 0943", email: "delphine.abbotsley@local.gov.uk" },
  florian: { name: "Florian Rishworth", first: "Florian", post: "Member Services Officer", phone: "020 7946 0938", email: "florian.rishworth@local.gov.uk" },
};
export const GUEST = { name: "Marcus Leckford", post: "Director, Swanmere Carers' Centre" };

// Membership 2651/52. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member.
export const PEOPLE = [
  { k: "tebbutt", fore: "Theodosia", sur: "Tebbutt", council: "Millhaven City Council", group: "Labour", role: "Chair" },
  { k: "scallon", fore: "Ferdinand", sur: "Scallon", council: "Stainmoor County Council", group: "Conservative", role: "Vice-Chair" },
  { k: "maclure", fore: "Eilidh", sur: "Maclure", council: "Cresswold District Council", group: "Liberal Democrat", role: "Deputy Chair", lead: "working carers" },
  { k: "tordoff", fore: "Obiageli", sur: "Tordoff", council: "Kettlemouth Borough Council", group: "Labour", role: "Member", lead: "young carers" },
  { k: "wigmore", fore: "Horatia", sur: "Wigmore", council: "Farrowdale District Council", group: "Conservative", role: "Member", lead: "carers' breaks" },
  { k: "bowdery", fore: "Soren", sur: "Bowdery", council: "Skelmoor Borough Council", group: "Independent", role: "Member" },
  { k: "ludgate", fore: "Parminder", sur: "Ludgate", council: "Wrayton Metropolitan Borough Council", group: "Labour", role: "Member" },
  { k: "tredgold", fore: "Ciarán", sur: "Tredgold", council: "Pollardine City Council", group: "Green Party", role: "Member" },
  { k: "yelburton", fore: "Lucasta", sur: "Yelburton", council: "Threxton District Council", group: "Conservative", role: "Member" },
  { k: "peploe", fore: "Bogdan", sur: "Peploe", council: "Rookhaven Borough Council", group: "Liberal Democrat", role: "Member" },
  { k: "oseilockwood", fore: "Folake", sur: "Osei-Lockwood", council: "Swanmere Borough Council", group: "Labour", role: "Member" },
  { k: "tyldesley", fore: "Winslow", sur: "Tyldesley", council: "Brockhall County Council", group: "Conservative", role: "Member", from: "16 February 2652" },
  { k: "chegwidden", fore: "Mirela", sur: "Chegwidden", council: "Kettlemouth Borough Council", group: "Labour", role: "Substitute" },
  { k: "balfouridris", fore: "Hamish", sur: "Balfour-Idris", council: "Stainmoor County Council", group: "Conservative", role: "Substitute" },
  { k: "marsdenobi", fore: "Linnea", sur: "Marsden-Obi", council: "Cresswold District Council", group: "Liberal Democrat", role: "Substitute" },
  { k: "nutbeam", fore: "Dragana", sur: "Nutbeam", council: "Brockhall County Council", group: "Conservative", role: "Former member", left: "31 January 2652" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const QUORUM = "four members, including the Chair or the Vice-Chair";

// ------------------------------------------------------------------ measures (Google Sheets tracker)
// the sheet's own status words (dropdown chips) and what its key says they mean
export const STATUS = {
  "On course": { colour: "Green", fill: "#D4EDBC", ink: "#11734B", meaning: "on track to meet the target" },
  Watch: { colour: "Amber", fill: "#FFE5A0", ink: "#473821", meaning: "at risk of missing the target; action in hand" },
  Intervene: { colour: "Red", fill: "#FFCFC9", ink: "#B10202", meaning: "off track; a recovery plan is needed" },
  Done: { colour: "Blue", fill: "#BFE1F6", ink: "#0A53A8", meaning: "target met" },
  "Not due": { colour: "Grey", fill: "#E8EAED", ink: "#3C4043", meaning: "no figure due this quarter" },
};
const RANK = { Intervene: 0, Watch: 1, "On course": 2, Done: 3 };
export const MEASURES = [
  { ref: "UCM-01", name: "Carers' assessments completed within 28 days of the request", lead: "maclure", target: "85%", q: [["79%", "Watch"], ["74%", "Watch"], ["68%", "Intervene"]], spark: [79, 74, 68], note: "Social worker vacancies in Wrayton and Threxton; backlog of 412 assessments at 31 December. Recovery plan due (UCA-32)." },
  { ref: "UCM-02", name: "Carers given a break (replacement care or a short break) in the quarter", lead: "wigmore", target: "2,400 a quarter", q: [["2,310", "On course"], ["2,455", "On course"], ["2,118", "Watch"]], spark: [2310, 2455, 2118], note: "Two short-break providers closed for the winter (Skelmoor, Rookhaven)." },
  { ref: "UCM-03", name: "Young carers identified through schools (cumulative)", lead: "tordoff", target: "1,200 by 31 March", q: [["240", "On course"], ["430", "Watch"], ["790", "On course"]], spark: [240, 430, 790], note: "Autumn term assemblies in 61 schools; back on profile." },
  { ref: "UCM-04", name: "Carers with an emergency contingency plan registered (cumulative)", lead: "maclure", target: "3,000 by 31 March", q: [["1,120", "On course"], ["1,610", "On course"], ["1,980", "On course"]], spark: [1120, 1610, 1980], note: "" },
  { ref: "UCM-05", name: "Carers' cards issued (cumulative)", lead: "wigmore", target: "5,000 by 31 March", q: [["1,400", "On course"], ["2,050", "Watch"], ["2,490", "Intervene"]], spark: [1400, 2050, 2490], note: "Card printing contract lapsed on 14 October; 1,130 applications waiting. Retender on hold (UCA-33)." },
  { ref: "UCM-06", name: "GP practices whose carers' register meets the quality mark", lead: "tordoff", target: "60%", q: [["41%", "Watch"], ["48%", "On course"], ["55%", "On course"]], spark: [41, 48, 55], note: "" },
  { ref: "UCM-07", name: "Employers signed up to the working carers' pledge (cumulative)", lead: "maclure", target: "150", q: [["96", "On course"], ["150", "Done"], ["163", "Done"]], spark: [96, 150, 163], note: "Target met in Q2; 13 more employers since." },
  { ref: "UCM-08", name: "Carers who have as much social contact as they would like (annual survey)", lead: "maclure", target: "40%", q: [["–", "Not due"], ["–", "Not due"], ["–", "Not due"]], spark: null, note: "Survey runs in January and February; result in the Q4 report." },
  { ref: "UCM-09", name: "Spend on carers' breaks through direct payments (cumulative)", lead: "wigmore", target: "£1.2m", q: [["£260k", "On course"], ["£540k", "On course"], ["£812k", "On course"]], spark: [260, 540, 812], note: "" },
  { ref: "UCM-10", name: "Councils with a refreshed carers' strategy adopted", lead: "tebbutt", target: "12 of 12 by 31 December", q: [["3 of 12", "On course"], ["7 of 12", "Watch"], ["11 of 12", "Intervene"]], spark: [3, 7, 11], note: "Deadline missed: Pollardine City Council's strategy now expected in June 2652." },
];
export const q3 = (m) => m.q[2][1];
export const q2 = (m) => m.q[1][1];
export const refsWhere = (pred) => MEASURES.filter(pred).map((m) => m.ref);
export const WORSE_Q3 = refsWhere((m) => q2(m) in RANK && q3(m) in RANK && RANK[q3(m)] < RANK[q2(m)]);
export const BETTER_Q3 = refsWhere((m) => q2(m) in RANK && q3(m) in RANK && RANK[q3(m)] > RANK[q2(m)]);
export const TRACKER = { updated: "26/02/2652", exported: "02/03/2652", by: "nkiru" };

// ------------------------------------------------------------------ risk register (OpenProject "Risk" work packages)
// score = likelihood x impact; 15 and over is above the Task Group's tolerance and goes to the Board
export const TOLERANCE = 15;
export const RISKS = [
  { id: 2202, ref: "UCR-01", title: "Short-break and respite providers leave the market", l: 4, i: 4, last: 12, status: "Escalated", owner: "delphine", assignee: "nkiru", priority: "Immediate", updated: "02/26/2652 11:05 AM",
    desc: "Two providers closed for the winter (Skelmoor, Rookhaven) and a third has given notice in Threxton.\n\n**Controls:** provider market position statement; joint commissioning with health; emergency breaks bed in Swanmere (CBIF-06).\n\n**Next steps:** to go to the Adult Care and Wellbeing Board on 25 March." },
  { id: 2203, ref: "UCR-02", title: "Social worker vacancies delay carers' assessments", l: 4, i: 3, last: 9, status: "Open", owner: "delphine", assignee: "nkiru", priority: "High", updated: "02/24/2652 03:40 PM",
    desc: "Vacancy rate 21% in Wrayton and Threxton; see UCM-01.\n\n**Controls:** recovery plan (UCA-32); trusted assessors in carers' centres." },
  { id: 2204, ref: "UCR-03", title: "Data sharing agreements with GP practices not signed", l: 3, i: 3, last: 12, status: "Open", owner: "nkiru", assignee: "nkiru", priority: "Normal", updated: "02/11/2652 10:22 AM",
    desc: "Nine of the twelve councils have signed; the other three expect to sign by April.\n\n**Controls:** model agreement agreed with the integrated care boards." },
  { id: 2205, ref: "UCR-04", title: "Carers' Breaks Innovation Fund underspent at the end of the programme", l: 3, i: 5, last: 10, status: "Escalated", owner: "yusuf", assignee: "araminta", priority: "Immediate", updated: "02/27/2652 09:18 AM",
    desc: "Round 1 had nine bids for £596,000 against £420,000, but only six scored 60 or more; money not awarded and awards that lapse fall to round 2, which has a shorter spending window.\n\n**Controls:** round 2 prospectus in May; bid-writing support for councils that scored below 60.\n\n**Next steps:** to go to the Adult Care and Wellbeing Board on 25 March." },
  { id: 2206, ref: "UCR-05", title: "Young carers not identified because schools do not take part", l: 2, i: 4, last: 8, status: "Open", owner: "nkiru", assignee: "nkiru", priority: "Normal", updated: "01/19/2652 02:51 PM",
    desc: "**Controls:** schools survey (UCA-35); young carers' champions in 61 schools." },
  { id: 2207, ref: "UCR-06", title: "Carers' card printing contract lapses", l: 5, i: 2, last: 4, status: "Open", owner: "yusuf", assignee: "yusuf", priority: "High", updated: "02/20/2652 04:47 PM",
    desc: "The contract lapsed on 14 October 2651 and cards are not being printed; see UCM-05.\n\n**Controls:** retender (UCA-33), on hold until the procurement board meets." },
  { id: 2208, ref: "UCR-07", title: "Safeguarding concerns in volunteer-led sitting services", l: 2, i: 5, last: 10, status: "Open", owner: "delphine", assignee: "araminta", priority: "Normal", updated: "12/14/2651 12:10 PM",
    desc: "**Controls:** DBS checks and safeguarding training are grant conditions; annual spot checks." },
  { id: 2209, ref: "UCR-08", title: "Cost of living pressures reduce carers' take-up of direct payments", l: 3, i: 3, last: 12, status: "Monitoring", owner: "yusuf", assignee: "yusuf", priority: "Normal", updated: "02/09/2652 11:36 AM",
    desc: "Take-up recovered in Q3 (UCM-09 £812k against £1.2m).\n\n**Controls:** direct payments report to the Task Group in March (UCA-38)." },
];
for (const r of RISKS) r.score = r.l * r.i;
export const ABOVE = RISKS.filter((r) => r.score >= TOLERANCE).map((r) => r.ref);
export const UP = RISKS.filter((r) => r.score > r.last).map((r) => r.ref);
export const DOWN = RISKS.filter((r) => r.score < r.last).map((r) => r.ref);

// ------------------------------------------------------------------ action log (OpenProject "Action" work packages, as at 1 March 2652)
// status words of the OpenProject workflow; meeting as the work package's category
export const ACTIONS_LOG = [
  { id: 2212, ref: "UCA-29", meeting: "TG 1 October 2651", title: "Map the opening hours of the twelve councils' carers' centres", status: "Closed", assignee: "araminta", due: "11/30/2651", done: 100, updated: "11/26/2651 10:14 AM" },
  { id: 2213, ref: "UCA-30", meeting: "TG 1 October 2651", title: "Agree the round 1 scoring criteria with the lead member for carers' breaks", status: "Closed", assignee: "araminta", due: "11/14/2651", done: 100, updated: "11/12/2651 03:02 PM" },
  { id: 2214, ref: "UCA-31", meeting: "TG 10 December 2651", title: "Chair's letter to the Department of Health and Social Care on funding for carers' breaks", status: "Closed", assignee: "delphine", due: "01/09/2652", done: 100, updated: "02/19/2652 09:47 AM" },
  { id: 2215, ref: "UCA-32", meeting: "TG 10 December 2651", title: "Recovery plan for carers' assessments in Wrayton and Threxton (UCM-01)", status: "In progress", assignee: "nkiru", due: "02/28/2652", done: 60, updated: "02/25/2652 05:12 PM" },
  { id: 2216, ref: "UCA-33", meeting: "TG 10 December 2651", title: "Retender the carers' card printing contract (UCM-05, UCR-06)", status: "On hold", assignee: "yusuf", due: "01/31/2652", done: 20, updated: "02/20/2652 04:47 PM" },
  { id: 2217, ref: "UCA-34", meeting: "TG 10 December 2651", title: "Publish the round 1 guidance for the Carers' Breaks Innovation Fund", status: "Closed", assignee: "araminta", due: "12/19/2651", done: 100, updated: "12/19/2651 02:30 PM" },
  { id: 2218, ref: "UCA-35", meeting: "TG 10 December 2651", title: "Survey schools on how they identify young carers", status: "In progress", assignee: "nkiru", due: "03/31/2652", done: 40, updated: "02/12/2652 11:58 AM" },
  { id: 2219, ref: "UCA-36", meeting: "TG 10 December 2651", title: "Add GP data sharing to the risk register", status: "Closed", assignee: "nkiru", due: "12/17/2651", done: 100, updated: "12/15/2651 09:05 AM" },
  { id: 2220, ref: "UCA-37", meeting: "TG 10 December 2651", title: "Arrange a members' visit to Swanmere Carers' Centre", status: "Rejected", assignee: "florian", due: "02/27/2652", done: 0, updated: "01/28/2652 01:16 PM" },
  { id: 2221, ref: "UCA-38", meeting: "TG 10 December 2651", title: "Report on carers' take-up of direct payments for breaks", status: "New", assignee: "yusuf", due: "03/10/2652", done: 0, updated: "12/11/2651 10:40 AM" },
];
// the notes of 10 March review the December actions: [*] done, [x] dropped, [>] carried forward, [ ] open
export const REVIEW = {
  "UCA-31": ["*", "letter sent on 6 January; the Department replied on 19 February (circulated)"],
  "UCA-32": [">", "plan drafted but not yet agreed with Wrayton; carried forward"],
  "UCA-33": [" ", "still on hold until the procurement board meets on 18 March; overdue"],
  "UCA-34": ["*", "guidance published on 19 December"],
  "UCA-35": [">", "survey open until 31 March; carried forward"],
  "UCA-36": ["*", "added as UCR-03"],
  "UCA-37": ["x", "dropped: the centre is closed for refurbishment until May; Mr Leckford came to this meeting instead"],
  "UCA-38": ["*", "report taken at item 7 of this meeting"],
};
export const STILL_OPEN = Object.entries(REVIEW).filter(([, [s]]) => s === " " || s === ">").map(([r]) => r);

// milestones (OpenProject "Milestone" work packages)
export const MILESTONES = [
  { id: 2223, title: "Round 1 awards decided by the Task Group", status: "Scheduled", due: "03/10/2652", updated: "02/16/2652 10:02 AM" },
  { id: 2224, title: "Risks above tolerance reported to the Adult Care and Wellbeing Board", status: "Scheduled", due: "03/25/2652", updated: "02/27/2652 09:20 AM" },
  { id: 2225, title: "Quarter 4 returns due from councils", status: "Scheduled", due: "04/23/2652", updated: "01/06/2652 03:33 PM" },
  { id: 2226, title: "Round 2 of the Carers' Breaks Innovation Fund opens", status: "Scheduled", due: "05/05/2652", updated: "02/27/2652 09:21 AM" },
];

// ------------------------------------------------------------------ Carers' Breaks Innovation Fund, round 1 (item 5, 10 March 2652)
export const FUND_TOTAL = 900000; // 2651–53, two rounds
export const ROUND1 = 420000;
export const THRESHOLD = 60;
export const BIDS = [
  { ref: "CBIF-01", council: "Millhaven City Council", project: "Evening sitting service for carers of people with dementia", asked: 78000, score: 81, award: 78000, note: "" },
  { ref: "CBIF-02", council: "Stainmoor County Council", project: "Rural replacement care through community micro-providers", asked: 95000, score: 77, award: 90000, note: "£5,000 less: the training element duplicates an existing contract" },
  { ref: "CBIF-03", council: "Kettlemouth Borough Council", project: "Young carers' holiday breaks with the youth service", asked: 52000, score: 72, award: 52000, note: "" },
  { ref: "CBIF-04", council: "Farrowdale District Council", project: "Flexible day opportunities so that working carers can take breaks", asked: 64000, score: 58, award: 0, note: "Below the threshold" },
  { ref: "CBIF-05", council: "Wrayton Metropolitan Borough Council", project: "Carers' wellbeing retreats with Wrayton Carers' Trust", asked: 70000, score: 69, award: 70000, note: "" },
  { ref: "CBIF-06", council: "Swanmere Borough Council", project: "An emergency breaks bed at Swanmere Carers' Centre", asked: 85000, score: 66, award: 55000, note: "Capital costs only; staffing to come from the council's Better Care Fund plan" },
  { ref: "CBIF-07", council: "Pollardine City Council", project: "Online booking for short breaks", asked: 60000, score: 63, award: 60000, note: "" },
  { ref: "CBIF-08", council: "Threxton District Council", project: "Outdoor breaks for carers of adults with learning disabilities", asked: 48000, score: 54, award: 0, note: "Below the threshold" },
  { ref: "CBIF-09", council: "Rookhaven Borough Council", project: "Peer support breaks for older carers", asked: 44000, score: 49, award: 0, note: "Below the threshold" },
];
export const ASKED = BIDS.reduce((t, b) => t + b.asked, 0); // 596,000
export const AWARDED = BIDS.reduce((t, b) => t + b.award, 0); // 405,000
export const LEFT = ROUND1 - AWARDED; // 15,000
export const RECOMMENDED = BIDS.filter((b) => b.award > 0);
export const REFUSED = BIDS.filter((b) => b.award === 0);
export const DEFERRED = { ref: "CBIF-07", until: "30 June 2652" };
export const CRITERIA = [
  ["Evidence of carers' needs and who will benefit", 25],
  ["Difference the breaks will make to carers' wellbeing", 25],
  ["Co-production with carers", 20],
  ["Value for money", 15],
  ["Sustainability after the grant ends", 15],
];

// ------------------------------------------------------------------ meeting of 10 March 2652 (Zim notes)
export const ATTENDANCE = {
  tebbutt: "Present", scallon: "Apologies (substitute: Cllr Balfour-Idris)", maclure: "Present", tordoff: "Present", wigmore: "Present",
  bowdery: "Apologies", ludgate: "Present", tredgold: "Present", yelburton: "Present", peploe: "Present",
  oseilockwood: "Online (Teams)", tyldesley: "Present", balfouridris: "Present (for Cllr Scallon)",
};
export const DECLARED = ["tordoff", "ludgate"];
export const VOTE = { for: 8, against: 1, abstain: 0, against_who: "tredgold" };
export const NEW_ACTIONS = [
  { ref: "UCA-39", text: "Recovery plan for UCM-05 (carers' cards): extend or retender the printing contract so that the 1,130 waiting applications are printed before the Q4 returns", tag: "Yusuf", due: "31/3/2652", prio: "!!" },
  { ref: "UCA-40", text: "Write to the Leader of Pollardine City Council about its carers' strategy (UCM-10) and the deferred award (CBIF-07)", tag: "Chair", due: "19/3/2652", prio: "" },
  { ref: "UCA-41", text: "Send grant offer letters for the five round 1 awards agreed (CBIF-01, 02, 03, 05 and 06)", tag: "Araminta", due: "24/3/2652", prio: "!" },
  { ref: "UCA-42", text: "Take UCR-01 and UCR-04 to the Adult Care and Wellbeing Board on 25 March", tag: "Delphine", due: "25/3/2652", prio: "!" },
  { ref: "UCA-43", text: "Add a measure of carers' take-up of direct payments to the 2652/53 tracker", tag: "Nkiru", due: "7/7/2652", prio: "" },
  { ref: "UCA-44", text: "Bid-writing workshop for Farrowdale, Threxton and Rookhaven before round 2 opens", tag: "Araminta", due: "28/4/2652", prio: "" },
  { ref: "UCA-45", text: "Circulate Mr Leckford's figures on emergency breaks to members", tag: "Florian", due: "17/3/2652", prio: "" },
];

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (ASKED !== 596000 || AWARDED !== 405000 || LEFT !== 15000) fail(`bids ${ASKED} ${AWARDED} ${LEFT}`);
if (RECOMMENDED.length !== 6 || REFUSED.length !== 3) fail("six recommended, three not");
for (const b of BIDS) if ((b.award > 0) !== (b.score >= THRESHOLD) || b.award > b.asked) fail("bid " + b.ref);
if (CRITERIA.reduce((t, [, w]) => t + w, 0) !== 100) fail("criteria weights");
const count = {};
for (const m of MEASURES) count[q3(m)] = (count[q3(m)] ?? 0) + 1;
if (count["On course"] !== 4 || count.Watch !== 1 || count.Intervene !== 3 || count.Done !== 1 || count["Not due"] !== 1) fail("Q3 counts " + JSON.stringify(count));
export const Q3_COUNT = count;
if (WORSE_Q3.join() !== "UCM-01,UCM-02,UCM-05,UCM-10") fail("worse " + WORSE_Q3);
if (BETTER_Q3.join() !== "UCM-03") fail("better " + BETTER_Q3);
if (ABOVE.join() !== "UCR-01,UCR-04") fail("above tolerance " + ABOVE);
if (UP.join() !== "UCR-01,UCR-02,UCR-04,UCR-06") fail("up " + UP);
if (DOWN.join() !== "UCR-03,UCR-08") fail("down " + DOWN);
if (STILL_OPEN.join() !== "UCA-32,UCA-33,UCA-35") fail("still open " + STILL_OPEN);
// attendance: 10 of the 12 members (Scallon and Bowdery sent apologies) and one substitute; 9 voted on
// item 5 (Tordoff and Ludgate left the room): 8 for, 1 against
const present = Object.entries(ATTENDANCE).filter(([, a]) => !a.startsWith("Apologies"));
if (present.length !== 11) fail("attendance " + present.length);
if (VOTE.for + VOTE.against + VOTE.abstain !== present.length - DECLARED.length) fail("votes");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (!m.date.startsWith(weekday(m.iso))) fail("meeting day " + m.iso);
for (const [iso, d] of [[BOARD_MEETING.iso, "Thursday"], ["2652-02-16", "Monday"], ["2652-02-18", "Wednesday"], ["2652-02-26", "Thursday"], ["2652-03-01", "Monday"], ["2652-03-02", "Tuesday"], ["2652-03-18", "Thursday"], ["2652-05-05", "Wednesday"], ["2652-01-31", "Saturday"], ["2652-02-29", "Sunday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
