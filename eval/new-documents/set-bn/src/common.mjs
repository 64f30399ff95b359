// Shared content for set BN: one body (the Doorstep Crime and Scams Task Group, a member task group of
// the invented Consumer and Community Safety Board), its people, meetings, the Safe at Home Programme
// 2255-57 (measures DSH-01 to DSH-08, risks DSH-R1 to DSH-R5), the Call Blocker Fund round 2 (decided
// between meetings in the Teams Approvals app), round 2 of No Cold Calling Zone funding, the call blocker
// scheme's six-month evaluation and the actions log, in the municipal year 2255/56. Every builder reads
// from here so that the five documents agree with each other; the arithmetic is checked when this loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Doorstep Crime and Scams Task Group";
export const SHORT = "DCSTG";
export const BOARD = "Consumer and Community Safety Board";
export const PROGRAMME = "Safe at Home Programme 2255–57";
export const FUND = "Call Blocker Fund";
export const ROOM = "Westminster Room, 18 Smith Square, London SW1P 3HZ";

export const DOCS = {
  pack: "dcstg-agenda-pack-2255-12-05-portal-export-kittermaster.pdf",
  tracker: "dcstg-safe-at-home-tracker-smartsheet-2255-11-20.pdf",
  alert: "dcstg-actions-sharepoint-alert-2255-12-06.eml",
  slides: "dcstg-call-blocker-evaluation-slides-2255-12-05.txt",
  approvals: "dcstg-approvals-export-2255-09-01-to-2255-11-30.csv",
};

// --- dates: every weekday named in the papers is checked here
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => DAYS[new Date(iso + "T12:00:00Z").getUTCDay()];
export const MEETINGS = {
  june: { iso: "2255-06-20", date: "Wednesday 20 June 2255" },
  sept: { iso: "2255-09-12", date: "Wednesday 12 September 2255" },
  dec: { iso: "2255-12-05", date: "Wednesday 5 December 2255" },
  march: { iso: "2256-03-12", date: "Wednesday 12 March 2256" },
};
for (const m of Object.values(MEETINGS)) if (!m.date.startsWith(weekday(m.iso))) throw new Error(`weekday of ${m.iso}`);
export const PUBLISHED = { iso: "2255-11-27", date: "Tuesday 27 November 2255" };
export const EXPORTED = "04/12/2255 21:17"; // the portal export (Tuesday evening before the meeting)
export const ALERT_DATE = { iso: "2255-12-06", rfc: "Thu, 06 Dec 2255 06:02:11 +0000" };
for (const [iso, d] of [[PUBLISHED.iso, "Tuesday"], ["2255-12-04", "Tuesday"], [ALERT_DATE.iso, "Thursday"], ["2255-11-20", "Tuesday"], ["2255-12-03", "Monday"]]) if (weekday(iso) !== d) throw new Error(`weekday of ${iso}`);

export const OFFICERS = {
  anushka: { fore: "Anushka", sur: "Carrow-Vine", post: "Programme Manager, Safe at Home", phone: "020 7946 0858", email: "anushka.carrow-vine@local.gov.uk" },
  lorcan: { fore: "Lorcan", sur: "Stubbington", post: "Senior Adviser (Trading Standards)", phone: "020 7946 0871", email: "lorcan.stubbington@local.gov.uk" },
  ffion: { fore: "Ffion", sur: "Mapplethorpe", post: "Finance Business Partner", phone: "020 7946 0881", email: "ffion.mapplethorpe@local.gov.uk" },
  cressida: { fore: "Cressida", sur: "Holtby", post: "Head of Community Safety", phone: "020 7946 0884", email: "cressida.holtby@local.gov.uk" },
  benedikt: { fore: "Benedikt", sur: "Ibbotson-Reyes", post: "Member Services Officer", phone: "020 7946 0893", email: "benedikt.ibbotson-reyes@local.gov.uk" },
};
for (const o of Object.values(OFFICERS)) o.name = `${o.fore} ${o.sur}`;
export const GUEST = { name: "Detective Sergeant Aled Pendarves", post: "Economic Crime Unit, Mardleton Police" };

// Membership 2255/56 (ten members, two named substitutes)
export const PEOPLE = [
  { k: "gadsbywren", fore: "Ottoline", sur: "Gadsby-Wren", council: "Mardleton County Council", short: "Mardleton", group: "Conservative", role: "Chair" },
  { k: "threapleton", fore: "Kwabena", sur: "Threapleton", council: "Fosbury City Council", short: "Fosbury", group: "Labour", role: "Vice-Chair" },
  { k: "penhaligan", fore: "Isolde", sur: "Penhaligan", council: "Tregannick District Council", short: "Tregannick", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "kittermaster", fore: "Ambrose", sur: "Kittermaster", council: "Hollinsby Borough Council", short: "Hollinsby", group: "Independent", role: "Lead member, call blockers" },
  { k: "maddockspyle", fore: "Saoirse", sur: "Maddocks-Pyle", council: "Ebberston Borough Council", short: "Ebberston", group: "Labour", role: "Lead member, No Cold Calling Zones" },
  { k: "aberconway", fore: "Rufus", sur: "Aberconway", council: "Wrexley District Council", short: "Wrexley", group: "Conservative", role: "Lead member, Scam Champions and awareness" },
  { k: "okoronkwo", fore: "Yewande", sur: "Okoronkwo", council: "Fosbury City Council", short: "Fosbury", group: "Labour", role: "Member" },
  { k: "haversage", fore: "Cornelius", sur: "Haversage", council: "Mardleton County Council", short: "Mardleton", group: "Conservative", role: "Member" },
  { k: "lavington", fore: "Philippa", sur: "Lavington", council: "Stannerby City Council", short: "Stannerby", group: "Green Party", role: "Member" },
  { k: "quarterman", fore: "Tobias", sur: "Quarterman", council: "Tregannick District Council", short: "Tregannick", group: "Liberal Democrat", role: "Member" },
  { k: "dunsworth", fore: "Maelys", sur: "Dunsworth", council: "Ebberston Borough Council", short: "Ebberston", group: "Labour", role: "Substitute" },
  { k: "fairbairnlusk", fore: "Gervase", sur: "Fairbairn-Lusk", council: "Wrexley District Council", short: "Wrexley", group: "Conservative", role: "Substitute" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => p.role !== "Substitute");
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
if (MEMBERS.length !== 10 || SUBS.length !== 2) throw new Error("membership");

// ------------------------------------------------------------------ attendance, 12 September 2255
export const SEPT = {
  present: ["gadsbywren", "threapleton", "penhaligan", "kittermaster", "maddockspyle", "haversage", "lavington", "quarterman"],
  online: ["okoronkwo"],
  apologies: ["aberconway"],
  subs: [["fairbairnlusk", "aberconway"]],
};
if (SEPT.present.length + SEPT.online.length + SEPT.apologies.length !== 10) throw new Error("attendance");

// ------------------------------------------------------------------ the tracker (Smartsheet), quarter 2 2255/56 (30 September 2255)
// Status is the sheet's drop-down; Health is an RYG ball drawn as a symbol, with no text
export const MEASURES = [
  { ws: "Workstream 1 – Prevent", ref: "DSH-01", name: "Vulnerable residents with a call blocker fitted (cumulative)", lead: "Ambrose Kittermaster", target: "1,200", q1: "410", q2: "655", status: "On Track", health: "green", due: "31/03/56", update: "Round 2 bids in Approvals; 655 fitted to 30/09" },
  { ws: "Workstream 1 – Prevent", ref: "DSH-02", name: "Incoming calls blocked that were scam or nuisance calls", lead: "Lorcan Stubbington", target: "95%", q1: "97%", q2: "96%", status: "On Track", health: "green", due: "31/03/56", update: "" },
  { ws: "Workstream 1 – Prevent", ref: "DSH-03", name: "New No Cold Calling Zones designated in year", lead: "Saoirse Maddocks-Pyle", target: "12", q1: "2", q2: "3", status: "Off Track", health: "red", due: "31/03/56", update: "Round 2 applications late; revised target to 5 Dec meeting" },
  { ws: "Workstream 2 – Protect", ref: "DSH-04", name: "Doorstep crime reports visited within 2 working days", lead: "Cressida Holtby", target: "90%", q1: "84%", q2: "79%", status: "At Risk", health: "yellow", due: "31/03/56", update: "Two officer vacancies in Mardleton" },
  { ws: "Workstream 2 – Protect", ref: "DSH-05", name: "Losses prevented for residents", lead: "Lorcan Stubbington", target: "£750,000", q1: "£188,400", q2: "£341,900", status: "On Track", health: "green", due: "31/03/56", update: "" },
  { ws: "Workstream 2 – Protect", ref: "DSH-06", name: "Bank branches signed up to the Bank Alert Protocol", lead: "Kwabena Threapleton", target: "40", q1: "22", q2: "24", status: "Off Track", health: "red", due: "31/03/56", update: "Chair writing to regional managers (DCA-15)" },
  { ws: "Workstream 3 – Aware", ref: "DSH-07", name: "Scam Champions trained (cumulative)", lead: "Rufus Aberconway", target: "2,000", q1: "540", q2: "1,260", status: "On Track", health: "green", due: "31/03/56", update: "" },
  { ws: "Workstream 3 – Aware", ref: "DSH-08", name: "Residents reached by the Stop, Check, Call campaign", lead: "Rufus Aberconway", target: "250,000", q1: "", q2: "96,000", status: "At Risk", health: "yellow", due: "31/03/56", update: "Campaign launched 01/08/55, a month late" },
];
// milestone rows that sit among the measures, without a reference
export const MILESTONE_ROWS = {
  "Workstream 1 – Prevent": [{ name: "Call blocker six-month evaluation", lead: "Lorcan Stubbington", status: "Complete", health: "", due: "05/12/55", update: "To 5 Dec meeting (item 6)" }],
  "Workstream 2 – Protect": [{ name: "Model No Cold Calling Zone framework", lead: "Lorcan Stubbington", status: "At Risk", health: "yellow", due: "05/12/55", update: "Draft at item 5, 5 Dec" }],
};
export const RISKS = [
  { ref: "DSH-R1", name: "Call blocker supplier cannot meet demand after its price rise", owner: "Ffion Mapplethorpe", li: "L3 x I4", prev: "9", score: "12", status: "Open", health: "yellow", review: "31/01/56", update: "Second supplier being sought" },
  { ref: "DSH-R2", name: "Zone signs not renewed when a No Cold Calling Zone lapses", owner: "Saoirse Maddocks-Pyle", li: "L2 x I3", prev: "6", score: "6", status: "Open", health: "green", review: "31/03/56", update: "" },
  { ref: "DSH-R3", name: "Courier fraud rising faster than the police response", owner: "Cressida Holtby", li: "L4 x I5", prev: "16", score: "20", status: "Open", health: "red", review: "14/12/55", update: "Mardleton spike in October; joint alert issued" },
  { ref: "DSH-R4", name: "Scam Champions drop out after training", owner: "Rufus Aberconway", li: "L3 x I2", prev: "9", score: "6", status: "Open", health: "green", review: "31/03/56", update: "" },
  { ref: "DSH-R5", name: "Data sharing agreement with banks not signed", owner: "Kwabena Threapleton", li: "L1 x I4", prev: "12", score: "4", status: "Closed", health: "", review: "", update: "Signed 14/09/55" },
];
for (const r of RISKS) { const [, l, i] = /L(\d) x I(\d)/.exec(r.li); if (l * i !== +r.score) throw new Error(`risk score ${r.ref}`); }
export const STATUS_COUNT = MEASURES.reduce((c, m) => ((c[m.status] = (c[m.status] ?? 0) + 1), c), {});
if (STATUS_COUNT["On Track"] !== 4 || STATUS_COUNT["At Risk"] !== 2 || STATUS_COUNT["Off Track"] !== 2) throw new Error("status counts");

// ------------------------------------------------------------------ call blocker evaluation (round 1 devices, April to September 2255)
export const UNIT = 120, RENEWAL = 33;
export const EVAL = [
  { council: "Fosbury", devices: 160, calls: 22400, bad: "98%", safer: "95%" },
  { council: "Hollinsby", devices: 140, calls: 18620, bad: "97%", safer: "94%" },
  { council: "Mardleton", devices: 130, calls: 15990, bad: "95%", safer: "89%" },
  { council: "Ebberston", devices: 115, calls: 14030, bad: "96%", safer: "91%" },
  { council: "Stannerby", devices: 60, calls: 6840, bad: "94%", safer: "92%" },
  { council: "Tregannick", devices: 50, calls: 5150, bad: "93%", safer: "90%" },
];
export const EVAL_DEVICES = EVAL.reduce((t, e) => t + e.devices, 0); // 655
export const EVAL_CALLS = EVAL.reduce((t, e) => t + e.calls, 0); // 83,030
if (EVAL_DEVICES !== 655 || EVAL_DEVICES !== +MEASURES[0].q2) throw new Error("devices");
if (EVAL_CALLS !== 83030) throw new Error("calls");
export const RENEWAL_COST = EVAL_DEVICES * RENEWAL; // 21,615
if (RENEWAL_COST !== 21615) throw new Error("renewal");

// ------------------------------------------------------------------ Call Blocker Fund round 2 (£60,000), Teams Approvals
export const ROUND2 = 60000;
export const CBF2 = [
  { council: "Hollinsby Borough Council", devices: 120, outcome: "Approved" },
  { council: "Stannerby City Council", devices: 60, outcome: "Approved" },
  { council: "Wrexley District Council", devices: 95, outcome: "Rejected" },
  { council: "Fosbury City Council", devices: 150, outcome: "Pending" },
];
for (const b of CBF2) b.amount = b.devices * UNIT;
{
  const amt = CBF2.map((b) => b.amount).join(",");
  if (amt !== "14400,7200,11400,18000") throw new Error("CBF2 amounts " + amt);
  // remaining after each award, in order of request, counting only approved awards and the pending one
  if (ROUND2 - 14400 !== 45600 || 45600 - 7200 !== 38400 || 38400 - 18000 !== 20400) throw new Error("CBF2 remaining");
}

// ------------------------------------------------------------------ No Cold Calling Zones round 2 (the paper at item 5)
export const ZONE_BUDGET = 40000, ZONE_ROUND1 = 6300, ZONE_THRESHOLD = 18;
export const ZONES = [
  { ref: "NZ2-01", council: "Ebberston", zone: "Wagtail Crescent and Linnet Way", households: 212, cost: 5800, score: 26 },
  { ref: "NZ2-02", council: "Fosbury", zone: "Calder Park sheltered housing estate", households: 348, cost: 7900, score: 24 },
  { ref: "NZ2-03", council: "Hollinsby", zone: "Old Mill Lane", households: 96, cost: 3150, score: 22 },
  { ref: "NZ2-04", council: "Stannerby", zone: "Bexley Fields", households: 410, cost: 9600, score: 14 },
  { ref: "NZ2-05", council: "Mardleton", zone: "Priory Gardens", households: 265, cost: 7400, score: 21 },
  { ref: "NZ2-06", council: "Tregannick", zone: "Harbour Row and Quay Street", households: 180, cost: 7200, score: 19 },
];
export const FUNDED = ZONES.filter((z) => z.score >= ZONE_THRESHOLD);
export const ZONE_AWARDS = FUNDED.reduce((t, z) => t + z.cost, 0); // 31,450
export const ZONE_LEFT = ZONE_BUDGET - ZONE_ROUND1 - ZONE_AWARDS; // 2,250
if (ZONE_AWARDS !== 31450 || ZONE_LEFT !== 2250 || FUNDED.length !== 5) throw new Error("zones");
if (3 + FUNDED.length !== 8) throw new Error("revised target");

// ------------------------------------------------------------------ actions: the log as at 26 November (pack) and the alert of 6 December
export const ACTIONS_SEPT = [
  { id: "DCA-11", action: "Issue a joint courier fraud alert with Mardleton Police", owner: "Cressida Holtby", due: "30/09/2255", status: "Complete" },
  { id: "DCA-12", action: "Open Call Blocker Fund round 2 and report the decisions to the December meeting", owner: "Anushka Carrow-Vine", due: "01/10/2255", status: "In progress" },
  { id: "DCA-13", action: "Set up the Teams Approvals flow for round 2 decisions", owner: "Benedikt Ibbotson-Reyes", due: "26/09/2255", status: "Complete" },
  { id: "DCA-14", action: "Draft a model No Cold Calling Zone framework", owner: "Lorcan Stubbington", due: "14/11/2255", status: "In progress" },
  { id: "DCA-15", action: "Write to bank regional managers about the Bank Alert Protocol", owner: "Cllr Ottoline Gadsby-Wren", due: "31/10/2255", status: "In progress" },
  { id: "DCA-16", action: "Bring the call blocker six-month evaluation to the December meeting", owner: "Lorcan Stubbington", due: "05/12/2255", status: "Not started" },
  { id: "DCA-17", action: "Agree the Scam Champions press release", owner: "Cllr Rufus Aberconway", due: "10/10/2255", status: "Complete" },
];
export const ACTIONS_DEC = [
  { id: "DCA-19", action: "Send round 2 zone grant offer letters (NZ2-01, NZ2-02, NZ2-03, NZ2-05, NZ2-06)", owner: "Lorcan Stubbington", due: "19/12/2255", status: "Not started" },
  { id: "DCA-20", action: "Support Stannerby's resubmission of NZ2-04 for the March meeting", owner: "Saoirse Maddocks-Pyle", due: "20/02/2256", status: "Not started" },
  { id: "DCA-21", action: "Report the renewal cost of round 1 call blockers (£21,615) to the Board", owner: "Ffion Mapplethorpe", due: "16/01/2256", status: "Not started" },
  { id: "DCA-22", action: "Chase the Deputy Chair's response on the Fosbury call blocker approval", owner: "Benedikt Ibbotson-Reyes", due: "12/12/2255", status: "In progress" },
  { id: "DCA-23", action: "Change the DSH-03 target to 8 on the Smartsheet tracker", owner: "Anushka Carrow-Vine", due: "12/12/2255", status: "Not started" },
];
