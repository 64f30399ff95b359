// Shared content for set CB: one body (the Litter and Street Cleanliness Panel, a member panel of the
// invented Neighbourhoods and Public Realm Board), its people, the Cleaner Streets Programme 2621-23
// (projects LSP-01 to LSP-10, risks LSR-01 to LSR-08, ten key results KR1.1 to KR3.3), the Gum and
// Graffiti Removal Fund (round 1 awarded in September 2621, round 2 for decision on 19 March 2622), the
// meeting of Tuesday 20 November 2621 and its actions LSA-24 to LSA-30, the evidence session of Tuesday
// 22 January 2622 and the meeting of Tuesday 19 March 2622, in the municipal year 2621/22. Every builder
// reads from here so that the five documents agree with each other; the arithmetic (budget, awards and
// what is left, risk scores, rating counts, attendance) is checked when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));

export const BODY = "Litter and Street Cleanliness Panel";
export const SHORT = "LSCP";
export const BOARD = "Neighbourhoods and Public Realm Board";
export const PROGRAMME = "Cleaner Streets Programme 2621–23";
export const FUND = "Gum and Graffiti Removal Fund";
export const ROOM = "Room 2.4, 18 Smith Square, London SW1P 3HZ";
export const DEPT = "Department for Environment and Resources";

// file names (docs/)
export const DOCS = {
  devops: "lscp-cleaner-streets-devops-tree-query-2622-03-08.csv",
  notes: "lscp-minutes-and-actions-notes-export-2622-03-04.txt",
  notify: "lscp-papers-published-notify-2622-03-11.eml",
  perdoo: "lscp-cleaner-streets-okrs-perdoo-2622-03-06.html",
  transcript: "lscp-evidence-session-transcript-2622-01-22.rtf",
};

export const MEETINGS = [
  { date: "Tuesday 19 June 2621", iso: "2621-06-19" },
  { date: "Tuesday 18 September 2621", iso: "2621-09-18" },
  { date: "Tuesday 20 November 2621", iso: "2621-11-20" },
  { date: "Tuesday 22 January 2622", iso: "2622-01-22", kind: "evidence session" },
  { date: "Tuesday 19 March 2622", iso: "2622-03-19" },
  { date: "Tuesday 18 June 2622", iso: "2622-06-18", provisional: true },
];

export const OFFICERS = {
  lavelle: { fore: "Marisol", sur: "Lavelle", post: "Programme Manager, Cleaner Streets", phone: "020 7946 0852", email: "marisol.lavelle@local.gov.uk", ini: "ML" },
  bastable: { fore: "Anselm", sur: "Bastable", post: "Senior Adviser, Environmental Enforcement", phone: "020 7946 0857", email: "anselm.bastable@local.gov.uk", ini: "AB" },
  coaker: { fore: "Folasade", sur: "Coaker", post: "Finance Business Partner", phone: "020 7946 0861", email: "folasade.coaker@local.gov.uk", ini: "FC" },
  dibley: { fore: "Tamsin", sur: "Dibley", post: "Democratic Services Officer", phone: "020 7946 0866", email: "tamsin.dibley@local.gov.uk", ini: "TD" },
  hewish: { fore: "Ludo", sur: "Hewish", post: "Digital Delivery Lead", phone: "020 7946 0870", email: "ludo.hewish@local.gov.uk", ini: "LH" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const ado = (k) => `${OFFICERS[k].name} <${OFFICERS[k].email}>`;
export const notesName = (k) => `CN=${OFFICERS[k].name}/OU=${k === "dibley" ? "Democratic Services" : k === "coaker" ? "Finance" : "Programmes"}/O=LGA`;

// Membership 2621/22: twelve members, three substitutes; Cllr Cherrington stood down on 31 December 2621
// and Cllr Doggart replaced him from 14 January 2622; the Vice-Chair took over enforcement.
export const PEOPLE = [
  { k: "farebrother", fore: "Griselda", sur: "Farebrother", council: "Harnmouth City Council", group: "Labour", role: "Chair" },
  { k: "tullibardine", fore: "Jolyon", sur: "Tullibardine", council: "Dunsleigh District Council", group: "Conservative", role: "Vice-Chair", lead: "enforcement (from January 2622)" },
  { k: "lushington", fore: "Adaora", sur: "Lushington", council: "Elmswathe Borough Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "etherege", fore: "Dorcas", sur: "Etherege", council: "Pelwick Metropolitan Borough Council", group: "Labour", role: "Member", lead: "chewing gum and graffiti" },
  { k: "cherrington", fore: "Ambrose", sur: "Cherrington", council: "Thornmere County Council", group: "Conservative", role: "Former member", lead: "enforcement (to December 2621)", left: "31 December 2621" },
  { k: "doggart", fore: "Keturah", sur: "Doggart", council: "Thornmere County Council", group: "Conservative", role: "Member", from: "14 January 2622" },
  { k: "threadgold", fore: "Chidera", sur: "Threadgold", council: "Cawsey Vale District Council", group: "Independent", role: "Member", lead: "communities and volunteers" },
  { k: "goodenough", fore: "Leopold", sur: "Goodenough", council: "Kelbury Borough Council", group: "Conservative", role: "Member" },
  { k: "ballantyne", fore: "Rosamund", sur: "Ballantyne", council: "Harnmouth City Council", group: "Labour", role: "Member" },
  { k: "sleightholme", fore: "Ikenna", sur: "Sleightholme", council: "Elmswathe Borough Council", group: "Green Party", role: "Member" },
  { k: "pontifex", fore: "Florian", sur: "Pontifex", council: "Pelwick Metropolitan Borough Council", group: "Labour", role: "Member" },
  { k: "lethbridge", fore: "Octavia", sur: "Lethbridge", council: "Morrowgate District Council", group: "Liberal Democrat", role: "Member" },
  { k: "whybrow", fore: "Evander", sur: "Whybrow", council: "Quarndon Heath Borough Council", group: "Conservative", role: "Member" },
  { k: "hoskisson", fore: "Clementine", sur: "Hoskisson", council: "Dunsleigh District Council", group: "Conservative", role: "Substitute" },
  { k: "bunyard", fore: "Zephaniah", sur: "Bunyard", council: "Pelwick Metropolitan Borough Council", group: "Labour", role: "Substitute" },
  { k: "wadeson", fore: "Hyacinth", sur: "Wadeson", council: "Elmswathe Borough Council", group: "Liberal Democrat", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const short = (k) => `Cllr ${P[k].sur}`;
export const MEMBERS_NOW = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const MEMBERS_NOV = PEOPLE.filter((p) => !["Substitute"].includes(p.role) && p.k !== "doggart");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// witnesses and guests
export const WITNESSES = [
  { k: "juxon", name: "Dr Sabine Juxon", post: "Reader in Environmental Psychology, University of Eastmarch", panel: 1, speaker: "DR JUXON" },
  { k: "odum", name: "Mr Emrys Odum", post: "Head of Street Scene, Harnmouth City Council", panel: 1, speaker: "MR ODUM" },
  { k: "brightman", name: "Ms Lucinda Brightman", post: "Chief Executive, Tidy Neighbourhoods Alliance", panel: 2, speaker: "MS BRIGHTMAN" },
  { k: "ruiz", name: "Mr Ptolemy Ruiz", post: "Director of Policy, Confectionery and Gum Manufacturers' Association", panel: 2, speaker: "MR RUIZ" },
];
export const GUEST_NOV = { name: "Ms Perpetua Sato", post: "Chair, Association of Street Cleansing Managers" };

// ------------------------------------------------------------------ projects (Azure DevOps Features), as at 8 March 2622
// RAG Status key (in the programme epic's description): Red, Amber, Green, Blue = complete, Grey = not started
export const RAG_KEY = [
  ["Red", "will miss its target date or budget unless the Panel acts"],
  ["Amber", "at risk, but the programme team can recover it"],
  ["Green", "on track"],
  ["Blue", "complete"],
  ["Grey", "not started"],
];
export const WORKSTREAMS = [
  { id: 5201, title: "A. Gum and graffiti", owner: "bastable", area: "Gum and graffiti" },
  { id: 5202, title: "B. Enforcement and behaviour change", owner: "bastable", area: "Enforcement" },
  { id: 5203, title: "C. Communities and volunteers", owner: "lavelle", area: "Communities" },
  { id: 5204, title: "D. Data and standards", owner: "lavelle", area: "Data" },
];
export const PROJECTS = [
  { id: 5211, ws: 5201, ref: "LSP-01", title: "Gum removal and prevention in 40 high streets", state: "Active", rag: "Amber", owner: "bastable", lead: "etherege", target: "30/09/2622", budget: 310000, tags: "Fund round 1; Panel 19 Mar", progress: "26 of 40 high streets cleaned by 4 March. Two removal contractors withdrew in January; the work in Kelbury and Morrowgate is being re-let." },
  { id: 5212, ws: 5201, ref: "LSP-02", title: "Graffiti rapid-response framework contract", state: "Active", rag: "Red", owner: "bastable", lead: "etherege", target: "31/05/2622", was: "31/12/2621", budget: 140000, tags: "Panel 19 Mar; Part B", progress: "Only one compliant tender in November, 38% over budget; not awarded (minute 4, 20 November 2621). Re-tender in four regional lots issued on 24 January 2622; 11 bids received; evaluation in Part B on 19 March. Spot purchases so far £21,600 of the £30,000 allowed." },
  { id: 5213, ws: 5201, ref: "LSP-03", title: "Offensive graffiti 24-hour removal protocol", state: "Active", rag: "Green", owner: "bastable", lead: "etherege", target: "31/03/2622", budget: 25000, tags: "KR1.3", progress: "Recovery plan (LSA-24) in place since 29 January; weekend cover now in 9 of 12 councils; 83% removed within 24 hours in February." },
  { id: 5221, ws: 5202, ref: "LSP-04", title: "Littering from vehicles: civil penalty pilot in six councils", state: "Active", rag: "Green", owner: "bastable", lead: "tullibardine", target: "31/07/2622", budget: 95000, tags: "", progress: "1,846 penalty notices issued in the six pilot councils to the end of February; 4 appeals, none upheld." },
  { id: 5222, ws: 5202, ref: "LSP-05", title: "Bin it for Good behaviour change campaign (schools and takeaways)", state: "Active", rag: "Amber", owner: "lavelle", lead: "lushington", target: "30/04/2622", was: "31/01/2622", budget: 120000, tags: "KR2.3", progress: "Extended to 30 April 2622 (minute 6, 20 November 2621). 44 of 60 takeaway businesses signed up to the packaging pledge; 131 schools reached." },
  { id: 5223, ws: 5202, ref: "LSP-06", title: "Litter enforcement policy standard for councils", state: "Closed", rag: "Blue", owner: "bastable", lead: "cherrington", target: "31/01/2622", budget: 15000, tags: "KR2.2", progress: "All 12 councils published a policy meeting the standard by 31 January 2622. Closed 3 February 2622." },
  { id: 5231, ws: 5203, ref: "LSP-07", title: "Litter-pick kit libraries in 50 community hubs", state: "Active", rag: "Green", owner: "lavelle", lead: "threadgold", target: "30/06/2622", budget: 60000, tags: "", progress: "41 of 50 hubs open; 262 groups registered to borrow kit." },
  { id: 5232, ws: 5203, ref: "LSP-08", title: "Volunteer safety and sharps training", state: "Active", rag: "Red", owner: "lavelle", lead: "threadgold", target: "31/01/2622", budget: 35000, tags: "Panel 19 Mar; KR3.2", progress: "Target date missed. The provider, Harrier Safety Training Ltd, went into administration on 12 December 2621 after 6 of 24 sessions. No replacement provider yet (LSA-29); quotes from two providers due 15 March. 140 volunteers trained against 600." },
  { id: 5241, ws: 5204, ref: "LSP-09", title: "Common street cleanliness survey method", state: "Active", rag: "Amber", owner: "lavelle", lead: "lushington", target: "31/05/2622", budget: 45000, tags: "KR1.1", progress: "Pilot surveys done in 8 of 12 councils; 4 councils are waiting for survey app licences." },
  { id: 5242, ws: 5204, ref: "LSP-10", title: "Smart bin sensor pilot", state: "New", rag: "Grey", owner: "hewish", lead: "", target: "31/03/2623", budget: 95000, tags: "", progress: "Not started: starts once the round 2 awards are agreed." },
];
export const PROGRAMME_BUDGET = PROJECTS.reduce((t, p) => t + p.budget, 0); // 940,000
export const ragOf = (r) => PROJECTS.filter((p) => p.rag === r).map((p) => p.ref);

// ------------------------------------------------------------------ risks (Risk work items), score = likelihood x impact
// bands (in the programme epic's description): 15-25 red, 8-12 amber, 1-6 green
export const RISKS = [
  { id: 5251, parent: 5212, ref: "LSR-01", title: "Too few graffiti removal contractors to let the framework", l: 4, i: 4, owner: "bastable", state: "Active", mitigation: "Regional lots; spot purchases up to £30,000 meanwhile; two councils' in-house crews as a fallback." },
  { id: 5252, parent: 5232, ref: "LSR-02", title: "A volunteer is injured by sharps or traffic during a litter pick", l: 3, i: 5, owner: "lavelle", state: "Active", mitigation: "Interim safety guidance sent to all 262 groups; new training provider to be appointed." },
  { id: 5253, parent: 5200, ref: "LSR-03", title: "Councils cannot confirm 20% match funding for Fund awards", l: 3, i: 3, owner: "coaker", state: "Active", mitigation: "Awards held until match funding is confirmed in writing." },
  { id: 5254, parent: 5200, ref: "LSR-04", title: "Packaging extended producer responsibility payments to councils are delayed", l: 4, i: 3, owner: "coaker", state: "Active", mitigation: "Letter to the Department (LSA-22), chased under LSA-30; no reply yet." },
  { id: 5255, parent: 5221, ref: "LSR-05", title: "Vehicle littering penalties overturned on appeal", l: 2, i: 4, owner: "bastable", state: "Active", mitigation: "Common evidence standard for camera footage." },
  { id: 5256, parent: 5241, ref: "LSR-06", title: "Survey results not comparable between councils", l: 3, i: 3, owner: "lavelle", state: "Active", mitigation: "One survey app and joint training for surveyors." },
  { id: 5257, parent: 5222, ref: "LSR-07", title: "Takeaway partners withdraw from the packaging pledge", l: 2, i: 3, owner: "lavelle", state: "Active", mitigation: "Quarterly partner calls; recognition scheme." },
  { id: 5258, parent: 5200, ref: "LSR-08", title: "Enforcement adviser post vacant", l: 3, i: 2, owner: "lavelle", state: "Closed", mitigation: "Post filled on 4 February 2622." },
];
for (const r of RISKS) r.score = r.l * r.i;
export const band = (s) => (s >= 15 ? "red" : s >= 8 ? "amber" : "green");

// a few tasks under LSP-02 and LSP-08 (the digital team's own)
export const TASKS = [
  { id: 5261, parent: 5212, title: "Issue the re-tender in four regional lots", state: "Done", owner: "bastable", target: "31/01/2622" },
  { id: 5262, parent: 5212, title: "Evaluate the regional lot bids for the Part B report", state: "Doing", owner: "bastable", target: "12/03/2622" },
  { id: 5263, parent: 5232, title: "Get quotes from two replacement training providers", state: "Doing", owner: "lavelle", target: "15/03/2622" },
];

// ------------------------------------------------------------------ key results (Perdoo), as at 6 March 2622
// statuses: On track, Needs attention, Off track, Closed (achieved), Not started
export const OBJECTIVES = [
  { n: 1, title: "Town centres and high streets are visibly cleaner", owner: "bastable" },
  { n: 2, title: "Less litter is dropped in the first place", owner: "bastable" },
  { n: 3, title: "Communities lead the clean-up", owner: "lavelle" },
];
export const KRS = [
  { ref: "KR1.1", obj: 1, title: "High-street sites at grade B or better for litter", unit: "%", start: 78, target: 90, now: 84, status: "Needs attention", q2: 81, q2s: "Needs attention", owner: "lavelle", lead: "lushington", upd: "Feb 28", note: "Q3 surveys done in 8 councils; 4 still waiting for app licences (LSP-09)." },
  { ref: "KR1.2", obj: 1, title: "High streets cleared of gum staining", unit: "", start: 0, target: 40, now: 26, status: "On track", q2: 11, q2s: "On track", owner: "bastable", lead: "etherege", upd: "Mar 1", note: "26 of 40 done; Kelbury and Morrowgate being re-let after two contractors withdrew." },
  { ref: "KR1.3", obj: 1, title: "Offensive graffiti removed within 24 hours of a report", unit: "%", start: 60, target: 95, now: 83, status: "Needs attention", q2: 71, q2s: "Off track", owner: "bastable", lead: "etherege", upd: "Feb 28", note: "Recovery plan in place since Jan 29; weekend cover in 9 of 12 councils." },
  { ref: "KR1.4", obj: 1, title: "All graffiti removed within 5 working days", unit: "%", start: 50, target: 80, now: 64, status: "Off track", q2: 58, q2s: "Off track", owner: "bastable", lead: "etherege", upd: "Feb 27", note: "No framework contract until the re-tender is awarded (LSP-02)." },
  { ref: "KR2.1", obj: 2, title: "Littering fixed penalty notices paid within 28 days", unit: "%", start: 55, target: 70, now: 66, status: "On track", q2: 62, q2s: "On track", owner: "bastable", lead: "tullibardine", upd: "Feb 26", note: "" },
  { ref: "KR2.2", obj: 2, title: "Councils whose litter enforcement policy meets the standard", unit: "", start: 0, target: 12, now: 12, status: "Closed", q2: 0, q2s: "Not started", owner: "bastable", lead: "tullibardine", upd: "Jan 31", note: "Achieved: all 12 published by Jan 31." },
  { ref: "KR2.3", obj: 2, title: "Takeaway businesses signed up to the packaging pledge", unit: "", start: 0, target: 60, now: 44, status: "Needs attention", q2: 38, q2s: "Needs attention", owner: "lavelle", lead: "lushington", upd: "Feb 26", note: "Campaign extended to Apr 30." },
  { ref: "KR3.1", obj: 3, title: "Community litter-pick groups registered", unit: "", start: 180, target: 300, now: 262, status: "On track", q2: 231, q2s: "On track", owner: "lavelle", lead: "threadgold", upd: "Mar 4", note: "" },
  { ref: "KR3.2", obj: 3, title: "Volunteers trained in sharps and traffic safety", unit: "", start: 0, target: 600, now: 140, status: "Off track", q2: 96, q2s: "Off track", owner: "lavelle", lead: "threadgold", upd: "Feb 20", note: "No training since the provider went into administration in December." },
  { ref: "KR3.3", obj: 3, title: "Volunteer hours logged", unit: "", start: 0, target: 40000, now: 21350, status: "Needs attention", q2: 12900, q2s: "Needs attention", owner: "lavelle", lead: "threadgold", upd: "Mar 4", note: "" },
];
for (const k of KRS) k.progress = Math.round((100 * (k.now - k.start)) / (k.target - k.start));
export const krBy = (s, key = "status") => KRS.filter((k) => k[key] === s).map((k) => k.ref);
export const fmtNum = (n) => n.toLocaleString("en-GB");
export const kv = (k, v) => (k.unit === "%" ? `${v}%` : fmtNum(v));
// KR1.3's check-in history (shown in the page's open drawer)
export const KR13_CHECKINS = [
  { date: "Feb 28", iso: "2622-02-28", value: 83, status: "Needs attention", by: "bastable", text: "Recovery plan in place since Jan 29; weekend cover in 9 of 12 councils. February: 83%." },
  { date: "Dec 31", iso: "2621-12-31", value: 79, status: "Needs attention", by: "bastable", text: "Recovery plan drafted (LSA-24); Harnmouth and Pelwick crews sharing weekend rotas." },
  { date: "Sep 30", iso: "2621-09-30", value: 71, status: "Off track", by: "bastable", text: "Q2: 71% against 95%. Most misses are reports made on Friday evenings." },
];

// ------------------------------------------------------------------ the Fund
export const FUND_TOTAL = 900000;
export const ROUND1 = 480000, ROUND1_COUNCILS = 9, RETURNED = 22000, RETURNED_BY = "Dunsleigh District Council";
export const ROUND2 = FUND_TOTAL - ROUND1; // 420,000
export const ROUND2_AVAILABLE = ROUND2 + RETURNED; // 442,000
export const CRITERIA = { minScore: 60, maxAward: 80000, match: 20 };
export const ROUND2_BIDS_N = 14, ROUND2_ASKED = 861500;
export const AWARDS = [
  { council: "Pelwick Metropolitan Borough Council", project: "Gum removal and gum target boards in four district centres", score: 84, award: 78000 },
  { council: "Harnmouth City Council", project: "Anti-graffiti coating for 12 underpasses", score: 79, award: 80000 },
  { council: "Elmswathe Borough Council", project: "Rapid-response graffiti van shared with Morrowgate", score: 74, award: 64500 },
  { council: "Cawsey Vale District Council", project: "Gum removal in three market towns", score: 71, award: 52000 },
  { council: "Kelbury Borough Council", project: "Ballot bins for cigarette ends and gum in the station quarter", score: 68, award: 38000 },
  { council: "Morrowgate District Council", project: "Community graffiti clean-up days with the probation service", score: 65, award: 44000, held: true },
  { council: "Quarndon Heath Borough Council", project: "Gum removal in three high streets", score: 62, award: 46000 },
];
export const AWARDED = AWARDS.reduce((t, a) => t + a.award, 0); // 402,500
export const LEFT = ROUND2_AVAILABLE - AWARDED; // 39,500
export const HELD_BY = "30 April 2622";

// ------------------------------------------------------------------ meeting of 20 November 2621
export const NOV_PRESENT = ["farebrother", "tullibardine", "lushington", "etherege", "cherrington", "threadgold", "goodenough", "ballantyne", "pontifex", "lethbridge"];
export const NOV_ONLINE = ["threadgold"];
export const NOV_SUB = { k: "hoskisson", for: "whybrow" };
export const NOV_APOLOGIES = ["whybrow", "sleightholme"];
export const SEPT_ACTIONS = "LSA-17 to LSA-23";
export const ACTIONS = [
  { ref: "LSA-24", min: "3", text: "Bring a recovery plan for offensive graffiti removal within 24 hours (KR1.3)", owner: "bastable", due: "31/01/2622", status: "Complete", done: "29/01/2622" },
  { ref: "LSA-25", min: "4", text: "Re-tender the graffiti rapid-response framework in four regional lots", owner: "bastable", due: "31/01/2622", status: "Complete", done: "24/01/2622" },
  { ref: "LSA-26", min: "5", text: "Open round 2 of the Gum and Graffiti Removal Fund on the agreed criteria", owner: "bastable", due: "01/12/2621", status: "Complete", done: "01/12/2621" },
  { ref: "LSA-27", min: "6", text: "Report takeaway sign-ups to the packaging pledge to members monthly until 30 April 2622", owner: "lavelle", due: "30/04/2622", status: "Open", done: "" },
  { ref: "LSA-28", min: "8", text: "Invite witnesses to the evidence session on 22 January 2622", owner: "dibley", due: "20/12/2621", status: "Complete", done: "14/12/2621" },
  { ref: "LSA-29", min: "9", text: "Find an alternative provider for volunteer safety and sharps training", owner: "lavelle", due: "31/01/2622", status: "Open", done: "" },
  { ref: "LSA-30", min: "2", text: "Chase the Department for Environment and Resources for a reply on packaging EPR payments (LSA-22)", owner: "coaker", due: "31/01/2622", status: "Open", done: "" },
];
export const EXPORTED = "04/03/2622";
const dmy = (s) => { const [d, m, y] = s.split("/").map(Number); return Date.UTC(y, m - 1, d); };
export const OVERDUE = ACTIONS.filter((a) => a.status === "Open" && dmy(a.due) < dmy(EXPORTED)).map((a) => a.ref);

// ------------------------------------------------------------------ evidence session of 22 January 2622
export const EV_PRESENT = ["etherege", "tullibardine", "ballantyne", "sleightholme", "doggart", "lethbridge"];
export const EV_CHAIR = "etherege";

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS_NOW.length !== 12 || SUBS.length !== 3 || MEMBERS_NOV.length !== 12) fail("12 members and 3 substitutes");
const groups = {};
for (const p of MEMBERS_NOW) groups[p.group] = (groups[p.group] ?? 0) + 1;
if (groups.Labour !== 4 || groups.Conservative !== 4 || groups["Liberal Democrat"] !== 2 || groups.Independent !== 1 || groups["Green Party"] !== 1) fail("groups " + JSON.stringify(groups));
if (PROGRAMME_BUDGET !== 940000) fail("programme budget " + PROGRAMME_BUDGET);
if (ragOf("Red").join() !== "LSP-02,LSP-08" || ragOf("Amber").join() !== "LSP-01,LSP-05,LSP-09" || ragOf("Green").join() !== "LSP-03,LSP-04,LSP-07" || ragOf("Blue").join() !== "LSP-06" || ragOf("Grey").join() !== "LSP-10") fail("RAG");
if (RISKS.filter((r) => r.score >= 15).map((r) => r.ref).join() !== "LSR-01,LSR-02") fail("red risks");
if (RISKS.find((r) => r.ref === "LSR-04").score !== 12) fail("LSR-04");
if (ROUND2 !== 420000 || ROUND2_AVAILABLE !== 442000 || AWARDED !== 402500 || LEFT !== 39500) fail(`fund ${ROUND2} ${ROUND2_AVAILABLE} ${AWARDED} ${LEFT}`);
for (const a of AWARDS) if (a.score < CRITERIA.minScore || a.award > CRITERIA.maxAward) fail("award " + a.council);
if (AWARDS.length !== 7) fail("seven awards");
const cnt = (s) => KRS.filter((k) => k.status === s).length;
if (cnt("On track") !== 3 || cnt("Needs attention") !== 4 || cnt("Off track") !== 2 || cnt("Closed") !== 1) fail("KR counts");
const cnt2 = (s) => KRS.filter((k) => k.q2s === s).length;
if (cnt2("On track") !== 3 || cnt2("Needs attention") !== 3 || cnt2("Off track") !== 3 || cnt2("Not started") !== 1) fail("KR Q2 counts");
if (krBy("Off track").join() !== "KR1.4,KR3.2") fail("off track");
if (OVERDUE.join() !== "LSA-29,LSA-30") fail("overdue " + OVERDUE);
if (NOV_PRESENT.length + 1 + NOV_APOLOGIES.length !== 13 || NOV_PRESENT.includes("whybrow")) fail("November attendance");
if (!NOV_PRESENT.every((k) => MEMBERS_NOV.includes(P[k]))) fail("November members");
if (!EV_PRESENT.every((k) => MEMBERS_NOW.includes(P[k])) || EV_PRESENT.includes("farebrother")) fail("evidence session members");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Tuesday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2622-03-11", "Monday"], ["2622-03-15", "Friday"], ["2622-03-06", "Wednesday"], ["2622-03-08", "Friday"], ["2622-03-04", "Monday"], ["2621-12-01", "Saturday"], ["2622-01-31", "Thursday"], ["2622-01-14", "Monday"], ["2621-12-31", "Monday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
