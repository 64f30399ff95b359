// Shared content for set BS: one body (the Pavement Parking Task Group, a member task group of the
// invented Highways, Streets and Transport Board), its people, its meetings in the municipal year
// 2341/42, the Clear Footways Programme 2341-43 (measures CFM-01 to CFM-08, milestones MS01 to MS10, its
// budget, risks PKR-01 to PKR-08 and actions PKA-07 to PKA-21), the public consultation on six pilot zones
// (3 November to 19 December 2341, extended by the Chair's action CA-2341-04) and the meeting of Thursday
// 13 November 2341. Every builder reads from here so that the five documents agree with each other; the
// arithmetic (budget lines, consultation responses, rating counts, poll votes, weekdays) is checked when
// this module loads.
// Synthetic test fixtures: every person, council, organisation, figure, rating and decision is invented.
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
export const BOARD = "Highways, Streets and Transport Board";
export const PROGRAMME = "Clear Footways Programme 2341–43";
export const ROOM = "Room 2.4, 18 Smith Square";
export const SITE = "Clear Footways";

export const DOCS = {
  minutes: "pptg-draft-minutes-2341-11-13-wordpress-post.html",
  verto: "pptg-q3-highlight-report-2341-42-verto.pdf",
  clickup: "pptg-risks-and-actions-clickup-export-2342-01-13.csv",
  viva: "pptg-viva-engage-community-2342-01-15.html",
  ehq: "pptg-pilot-zones-have-your-say-engagementhq-2342-01-14.html",
};

export const MEETINGS = [
  { date: "Thursday 19 June 2341", iso: "2341-06-19" },
  { date: "Thursday 18 September 2341", iso: "2341-09-18" },
  { date: "Thursday 13 November 2341", iso: "2341-11-13" },
  { date: "Thursday 22 January 2342", iso: "2342-01-22" },
  { date: "Thursday 19 March 2342", iso: "2342-03-19" },
];

export const OFFICERS = {
  zainab: { name: "Zainab Holgate-Kemp", post: "Programme Manager, Clear Footways", phone: "020 7946 0841", email: "zainab.holgate-kemp@local.gov.uk" },
  cosmo: { name: "Cosmo Ferrarin", post: "Senior Adviser, Traffic Management", phone: "020 7946 0846", email: "cosmo.ferrarin@local.gov.uk" },
  greer: { name: "Greer Attercliffe", post: "Finance Business Partner", phone: "020 7946 0852", email: "greer.attercliffe@local.gov.uk" },
  ezra: { name: "Ezra Shandford", post: "Engagement and Consultation Officer", phone: "020 7946 0857", email: "ezra.shandford@local.gov.uk" },
  imogen: { name: "Imogen Frostick", post: "Member Services Officer", phone: "020 7946 0863", email: "imogen.frostick@local.gov.uk" },
  barnabas: { name: "Barnabas Colquitt", post: "Head of Democratic Services", phone: "020 7946 0868", email: "barnabas.colquitt@local.gov.uk" },
};
export const GUEST = { name: "Rosalind Quennell-Strand", post: "Chief Executive, Open Pavements Alliance" };

// Membership 2341/42. party as the who's who post abbreviates it.
export const PEOPLE = [
  { k: "vardon", fore: "Ottoline", sur: "Vardon-Pask", council: "Quillborough City Council", town: "Quillborough", group: "Conservative", ab: "Con", role: "Chair" },
  { k: "kettleby", fore: "Ambrose", sur: "Kettleby", council: "Denbrook District Council", town: "Denbrook", group: "Labour", ab: "Lab", role: "Vice-Chair" },
  { k: "oyewole", fore: "Sabine", sur: "Oyewole-Reeve", council: "Ashlow Vale Borough Council", town: "Ashlow Vale", group: "Liberal Democrat", ab: "LD", role: "Deputy Chair" },
  { k: "tulliver", fore: "Hamish", sur: "Tulliver", council: "Tregennick County Council", town: "Tregennick", group: "Conservative", ab: "Con", role: "Member", lead: "enforcement" },
  { k: "brumfitt", fore: "Nkechi", sur: "Brumfitt", council: "Fennick Metropolitan Borough Council", town: "Fennick", group: "Labour", ab: "Lab", role: "Member", lead: "accessibility" },
  { k: "scarrott", fore: "Edwina", sur: "Scarrott", council: "Wyrdale District Council", town: "Wyrdale", group: "Independent", ab: "Ind", role: "Member", lead: "traffic orders and signs" },
  { k: "pettigrove", fore: "Lorcan", sur: "Pettigrove", council: "Marlestone Borough Council", town: "Marlestone", group: "Labour", ab: "Lab", role: "Member" },
  { k: "halberd", fore: "Yusra", sur: "Halberd", council: "Sallowcombe City Council", town: "Sallowcombe", group: "Green Party", ab: "Green", role: "Member" },
  { k: "dobree", fore: "Crispin", sur: "Dobree", council: "Ormsgill Borough Council", town: "Ormsgill", group: "Conservative", ab: "Con", role: "Member" },
  { k: "elsdon", fore: "Maud", sur: "Elsdon-Tarr", council: "Pelsworth District Council", town: "Pelsworth", group: "Liberal Democrat", ab: "LD", role: "Member" },
  { k: "quorley", fore: "Rashid", sur: "Quorley", council: "Denbrook District Council", town: "Denbrook", group: "Labour", ab: "Lab", role: "Member" },
  { k: "gulliford", fore: "Tamsin", sur: "Gulliford", council: "Quillborough City Council", town: "Quillborough", group: "Conservative", ab: "Con", role: "Member", from: "6 October 2341" },
  { k: "wollaton", fore: "Idris", sur: "Wollaton-Grice", council: "Hessleby Borough Council", town: "Hessleby", group: "Conservative", ab: "Con", role: "Substitute" },
  { k: "tennant", fore: "Philippa", sur: "Tennant-Nnamdi", council: "Fennick Metropolitan Borough Council", town: "Fennick", group: "Labour", ab: "Lab", role: "Substitute" },
  { k: "treffry", fore: "Jolyon", sur: "Treffry", council: "Ashlow Vale Borough Council", town: "Ashlow Vale", group: "Liberal Democrat", ab: "LD", role: "Substitute" },
  { k: "ashendon", fore: "Bartholomew", sur: "Ashendon", council: "Quillborough City Council", town: "Quillborough", group: "Conservative", ab: "Con", role: "Former member", left: "3 October 2341" },
];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const full = (k) => (P[k] ? `${P[k].fore} ${P[k].sur}` : OFFICERS[k].name);
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");
export const COUNCILS = ["Quillborough", "Denbrook", "Ashlow Vale", "Tregennick", "Fennick", "Wyrdale", "Marlestone", "Sallowcombe", "Ormsgill", "Pelsworth", "Hessleby", "Brackenshaw"];

// ------------------------------------------------------------------ measures (Verto KPI table), Q2 and Q3 2341/42
// RAG letters as Verto prints them inside its coloured dots; the key is on the report's first page
export const RAGKEY = [["G", "On track"], ["A", "At risk"], ["R", "Off track"], ["B", "Complete"], ["N", "Not rated"]];
const RANK = { R: 0, A: 1, G: 2, B: 3 };
export const MEASURES = [
  { ref: "CFM-01", name: "Phase 1 streets with a signed footway parking restriction in force (cumulative)", target: "240 by 31/03/2342", q2v: "96", q2: "G", q3v: "150", q3: "A", trend: "▼", lead: "Cllr Scarrott", note: "38 streets waiting for signs; supplier lead time now 14 weeks (PKR-03)" },
  { ref: "CFM-02", name: "Penalty charge notices issued for footway parking in phase 1 streets", target: "Monitor only", q2v: "1,204", q2: "N", q3v: "2,317", q3: "N", trend: "–", lead: "Cllr Tulliver", note: "No target: kept as monitor only (minute 3.3(c), 13 November)" },
  { ref: "CFM-03", name: "Footway obstruction reports per 1,000 households in phase 1 streets", target: "2.5 or fewer", q2v: "3.1", q2: "A", q3v: "2.2", q3: "G", trend: "▲", lead: "Cllr Tulliver", note: "" },
  { ref: "CFM-04", name: "Penalty charge appeals upheld at adjudication", target: "10% or less", q2v: "7%", q2: "G", q3v: "13%", q3: "R", trend: "▼", lead: "Cllr Tulliver", note: "Adjudicator found Marlestone's signs unclear at two appeals; signs replaced 28/11/2341" },
  { ref: "CFM-05", name: "Councils with an adopted footway parking policy", target: "12 of 12 by 31/12/2341", q2v: "10 of 12", q2: "A", q3v: "12 of 12", q3: "B", trend: "▲", lead: "Cllr Brumfitt", note: "Brackenshaw adopted 06/11/2341, Ormsgill 11/12/2341" },
  { ref: "CFM-06", name: "Dropped kerbs installed or upgraded (cumulative)", target: "60 by 31/03/2342", q2v: "22", q2: "G", q3v: "31", q3: "A", trend: "▼", lead: "Cllr Brumfitt", note: "Contractor capacity in Pelsworth and Wyrdale" },
  { ref: "CFM-07", name: "Residents who say footways in phase 1 streets are usually clear", target: "65%", q2v: "58%", q2: "A", q3v: "54%", q3: "R", trend: "▼", lead: "Cllr Brumfitt", note: "Residents' survey, December 2341 (1,120 replies)" },
  { ref: "CFM-08", name: "Civil enforcement officers trained in footway parking enforcement (cumulative)", target: "90", q2v: "74", q2: "G", q3v: "88", q3: "G", trend: "►", lead: "Cllr Tulliver", note: "Second course for 16 officers in Pelsworth and Wyrdale (PKA-19)" },
];
export const WORSE = MEASURES.filter((m) => m.q2 in RANK && m.q3 in RANK && RANK[m.q3] < RANK[m.q2]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.q2 in RANK && m.q3 in RANK && RANK[m.q3] > RANK[m.q2]).map((m) => m.ref);

// Verto's RAG dimensions: this period, last period, trend, comment
export const DIMENSIONS = [
  { dim: "Overall", now: "A", prev: "G", trend: "▼", comment: "Consultation closed with 1,846 responses; sign supply delays push installation and enforcement back (MS05–MS07)." },
  { dim: "Schedule", now: "A", prev: "A", trend: "►", comment: "Three milestones late or at risk; new baseline dates proposed (D2)." },
  { dim: "Cost", now: "G", prev: "G", trend: "►", comment: "Forecast £707k against £720k; £28k of signs and lines to carry forward (D3)." },
  { dim: "Scope", now: "G", prev: "G", trend: "►", comment: "Six zones consulted on; officers recommend four go ahead (item 4, 22 January)." },
  { dim: "Resources", now: "R", prev: "A", trend: "▼", comment: "Civil enforcement officer vacancies in Pelsworth, Wyrdale, Fennick and Hessleby (PKR-07); sign supplier capacity (PKR-03)." },
  { dim: "Risks", now: "A", prev: "A", trend: "►", comment: "Two red risks on the register: PKR-03 and PKR-05." },
  { dim: "Benefits", now: "A", prev: "G", trend: "▼", comment: "Residents who say footways are usually clear fell to 54% (CFM-07)." },
];

// ------------------------------------------------------------------ milestones (Verto)
export const MILESTONES = [
  { ref: "MS01", name: "Pilot zones shortlisted", base: "31/07/2341", fc: "", act: "24/07/2341", status: "Complete" },
  { ref: "MS02", name: "Public consultation opens", base: "03/11/2341", fc: "", act: "03/11/2341", status: "Complete" },
  { ref: "MS03", name: "Public consultation closes", base: "12/12/2341", fc: "", act: "19/12/2341", status: "Complete", note: "Extended one week by Chair's action CA-2341-04" },
  { ref: "MS04", name: "Consultation results reported to the Task Group", base: "22/01/2342", fc: "22/01/2342", act: "", status: "On track" },
  { ref: "MS05", name: "Experimental traffic regulation orders made", base: "27/02/2342", fc: "27/03/2342", act: "", status: "At risk" },
  { ref: "MS06", name: "Signs and lines installed in pilot zones", base: "31/03/2342", fc: "15/05/2342", act: "", status: "Late" },
  { ref: "MS07", name: "Enforcement starts in pilot zones", base: "01/04/2342", fc: "01/06/2342", act: "", status: "Late" },
  { ref: "MS08", name: "Footway parking policy adopted by all 12 councils", base: "31/12/2341", fc: "", act: "11/12/2341", status: "Complete" },
  { ref: "MS09", name: "Dropped kerb programme phase 1 complete", base: "31/03/2342", fc: "31/03/2342", act: "", status: "On track" },
  { ref: "MS10", name: "Interim evaluation report to the Board", base: "30/06/2342", fc: "30/06/2342", act: "", status: "Not started" },
];
export const LATE_OR_AT_RISK = MILESTONES.filter((m) => ["Late", "At risk"].includes(m.status)).map((m) => m.ref);

// ------------------------------------------------------------------ budget 2341/42, £000 (Verto)
// [line, approved, actual to 31/12/2341, forecast outturn, note]
export const BUDGET = [
  ["Signs and lines", 260, 41, 232, "Installation slips into 2342/43 with sign supply (D3)"],
  ["Experimental orders: legal and advertising", 85, 12, 96, "Newspaper notice rates up in four councils"],
  ["Dropped kerbs", 210, 118, 210, ""],
  ["Enforcement training", 45, 39, 45, ""],
  ["Consultation and engagement", 30, 27, 34, "Extra advertising for the extended consultation (CA-2341-04)"],
  ["Evaluation", 40, 0, 40, ""],
  ["Programme team", 50, 37, 50, ""],
];
export const BUDGET_TOTAL = BUDGET.reduce((t, b) => t + b[1], 0);
export const ACTUAL_TOTAL = BUDGET.reduce((t, b) => t + b[2], 0);
export const FORECAST_TOTAL = BUDGET.reduce((t, b) => t + b[3], 0);
export const variance = (b) => b[3] - b[1];
export const fmtVar = (v) => (v < 0 ? `(${-v})` : v === 0 ? "0" : String(v));

// ------------------------------------------------------------------ consultation on six pilot zones
export const CONSULT = { opens: "Monday 3 November 2341", closesWas: "Friday 12 December 2341", closes: "Friday 19 December 2341", midCount: 1034, midDate: "27 November 2341", atMeeting: 612, survey: 1846, letters: 57, ca: "CA-2341-04", caDate: "Friday 5 December 2341" };
export const ZONES = [
  { n: 1, name: "Abbeyfields", streets: 42, council: "Quillborough City Council", resp: 412, sup: 68, opp: 27, rec: "go ahead" },
  { n: 2, name: "Station Quarter", streets: 31, council: "Denbrook District Council", resp: 301, sup: 61, opp: 33, rec: "go ahead" },
  { n: 3, name: "Saltpan Lane and Cooper's Row", streets: 18, council: "Ashlow Vale Borough Council", resp: 286, sup: 44, opp: 49, rec: "redesign" },
  { n: 4, name: "Norrisgate", streets: 37, council: "Marlestone Borough Council", resp: 359, sup: 57, opp: 38, rec: "go ahead" },
  { n: 5, name: "Hollins Park", streets: 26, council: "Fennick Metropolitan Borough Council", resp: 233, sup: 72, opp: 22, rec: "go ahead" },
  { n: 6, name: "Harbour Hill", streets: 24, council: "Tregennick County Council", resp: 255, sup: 39, opp: 55, rec: "not go ahead" },
];
export const OVERALL_SUPPORT = Math.round(ZONES.reduce((t, z) => t + z.resp * z.sup, 0) / ZONES.reduce((t, z) => t + z.resp, 0));
export const PCN = { full: "£70", reduced: "£35", days: 14 };

// ------------------------------------------------------------------ risks (ClickUp "Risk register" list)
// bands: 1–6 Green, 8–12 Amber, 15–25 Red
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
export const RISKS = [
  { ref: "PKR-01", name: "Consultation response too low to show support in some zones", l: 2, i: 3, status: "closed", trend: "Falling", owners: ["ezra"], review: "2341-12-22", content: "If too few people respond in a zone, the Task Group cannot tell whether there is support for a restriction.\nMitigation: drop-in sessions in every zone; letters to every household in the six zones; mid-consultation update (PKA-16).\nClosed 22/12/2341: 1,846 survey responses, at least 233 in every zone." },
  { ref: "PKR-02", name: "Parking moves into streets next to the pilot zones", l: 3, i: 3, status: "open", trend: "Steady", owners: ["cosmo"], review: "2342-02-20", content: "Drivers who can no longer park on the footway park in neighbouring streets instead.\nMitigation: before-and-after counts in 24 neighbouring streets; zone boundaries reviewed after six months." },
  { ref: "PKR-03", name: "Sign supply delays hold up the pilot zones", l: 4, i: 4, status: "open", trend: "Rising", owners: ["cosmo"], review: "2342-01-22", content: "The only framework supplier of the prescribed signs has raised its lead time from 6 to 14 weeks.\nMitigation: second supplier (PKA-15); temporary signs allowed under the experimental orders; installation re-phased." },
  { ref: "PKR-04", name: "Disabled residents lose access to their homes", l: 2, i: 4, status: "monitoring", trend: "Steady", owners: ["zainab"], review: "2342-03-19", content: "Residents who rely on a vehicle parked near the door lose access when the footway is cleared.\nMitigation: marked footway bays where the clear width allows; costing of a permit exemption for blue badge holders (PKA-10)." },
  { ref: "PKR-05", name: "Legal challenge to the experimental orders", l: 3, i: 5, status: "open", trend: "New", owners: ["barnabas"], review: "2342-01-22", content: "Traders in Harbour Hill have said they will challenge an order in the High Court if the zone goes ahead.\nMitigation: legal review of each order before it is made; the consultation report sets out how every objection was considered." },
  { ref: "PKR-06", name: "Advertising the orders costs more than budgeted", l: 2, i: 2, status: "open", trend: "Rising", owners: ["greer"], review: "2342-02-20", content: "Newspaper notice rates have risen in four councils.\nMitigation: one combined notice per council; forecast overspend of £11k met within the programme budget." },
  { ref: "PKR-07", name: "Not enough civil enforcement officers for the pilot zones", l: 4, i: 3, status: "open", trend: "Rising", owners: ["zainab", "tulliver"], review: "2342-01-22", content: "Vacancies in Pelsworth, Wyrdale, Fennick and Hessleby leave too few officers to enforce the zones from the start.\nMitigation: shared patrols between neighbouring councils; second training course (PKA-19)." },
  { ref: "PKR-08", name: "Local opposition delays zones", l: 4, i: 3, status: "open", trend: "Steady", owners: ["ezra"], review: "2342-01-22", content: "Majorities against a restriction in Harbour Hill (55%) and Saltpan Lane and Cooper's Row (49%).\nMitigation: officers recommend Harbour Hill does not go ahead and Saltpan Lane and Cooper's Row is redesigned and consulted on again." },
];
for (const r of RISKS) { r.score = r.l * r.i; r.rag = band(r.score); }
export const TOP_RISKS = ["PKR-03", "PKR-05", "PKR-07"];

// ------------------------------------------------------------------ actions (ClickUp "Action log" list)
// status at 13/01/2342: complete, in progress, to do, blocked, closed
export const ACTIONS = [
  { ref: "PKA-07", meet: "18 Sep 2341", min: "4", name: "Draft the consultation document for the pilot zones", owners: ["ezra"], due: "2341-10-17", status: "complete", created: "2341-09-19" },
  { ref: "PKA-08", meet: "18 Sep 2341", min: "4", name: "Book drop-in venues in the six zones", owners: ["ezra"], due: "2341-10-24", status: "complete", created: "2341-09-19" },
  { ref: "PKA-09", meet: "18 Sep 2341", min: "5", name: "Write to Brackenshaw and Ormsgill about adopting a footway parking policy", owners: ["zainab"], due: "2341-10-03", status: "complete", created: "2341-09-19" },
  { ref: "PKA-10", meet: "18 Sep 2341", min: "6", name: "Cost a permit exemption for blue badge holders", owners: ["cosmo"], due: "2342-01-22", status: "in progress", created: "2341-09-19", content: "Was due 13/11/2341; moved to 22/01/2342 at the November meeting (minute 2.2)." },
  { ref: "PKA-11", meet: "18 Sep 2341", min: "7", name: "Circulate the enforcement training plan", owners: ["zainab"], due: "2341-10-10", status: "complete", created: "2341-09-19" },
  { ref: "PKA-12", meet: "18 Sep 2341", min: "3", name: "Agree the residents' survey questions for CFM-07 with the councils", owners: ["ezra"], due: "2341-10-31", status: "complete", created: "2341-09-19" },
  { ref: "PKA-13", meet: "18 Sep 2341", min: "8", name: "Write to the Department for Transport asking when the national footway parking offence will start", owners: ["barnabas"], due: "2341-10-03", status: "closed", created: "2341-09-19", content: "Letter sent 02/10/2341. No reply. Closed 13/11/2341: replaced by PKA-21." },
  { ref: "PKA-14", meet: "18 Sep 2341", min: "7", name: "Report options for a dropped kerb contractor framework", owners: ["greer"], due: "2341-11-13", status: "complete", created: "2341-09-19" },
  { ref: "PKA-15", meet: "13 Nov 2341", min: "3", name: "Bring a sign supply recovery plan to the next meeting", owners: ["cosmo"], due: "2342-01-22", status: "in progress", created: "2341-11-14", content: "Recovery plan for the supply of prescribed signs (CFM-01, PKR-03), to the meeting on 22 January 2342.", checklist: [["Confirm delivery dates with the framework supplier", true], ["Get quotes from a second supplier", true], ["Agree temporary signs with the six councils", false]] },
  { ref: "PKA-16", meet: "13 Nov 2341", min: "4", name: "Publish a mid-consultation update on the engagement site", owners: ["ezra"], due: "2341-11-28", status: "complete", created: "2341-11-14" },
  { ref: "PKA-17", meet: "13 Nov 2341", min: "5", name: "Ask Ormsgill to confirm when it will adopt its footway parking policy", owners: ["zainab"], due: "2341-12-12", status: "complete", created: "2341-11-14" },
  { ref: "PKA-18", meet: "13 Nov 2341", min: "6", name: "Share the Open Pavements Alliance survey with the 12 councils", owners: ["imogen"], due: "2341-11-27", status: "complete", created: "2341-11-14" },
  { ref: "PKA-19", meet: "13 Nov 2341", min: "7", name: "Arrange a second enforcement training course for 16 officers in Pelsworth and Wyrdale", owners: ["zainab"], due: "2342-01-30", status: "in progress", created: "2341-11-14" },
  { ref: "PKA-20", meet: "13 Nov 2341", min: "8", name: "Report options for school streets alongside the pilot zones", owners: ["cosmo"], due: "2342-03-19", status: "to do", created: "2341-11-14", content: "Raised by Cllr Halberd under any other business. Cllr Halberd asked on the draft minutes (25/11/2341) for the routes to the three special schools in Sallowcombe to be included: to be confirmed at the January meeting." },
  { ref: "PKA-21", meet: "13 Nov 2341", min: "2", name: "Chase the Department for Transport for a reply on the national footway parking offence (PKA-13)", owners: ["barnabas"], due: "2342-01-22", status: "blocked", created: "2341-11-14" },
];
export const SEPT_OPEN_AT_NOV = ["PKA-10", "PKA-13"];
export const NOV_OPEN = ACTIONS.filter((a) => a.meet === "13 Nov 2341" && !["complete", "closed"].includes(a.status)).map((a) => a.ref);

// ------------------------------------------------------------------ meeting of 13 November 2341
export const PRESENT = ["vardon", "kettleby", "oyewole", "tulliver", "brumfitt", "scarrott", "pettigrove", "halberd", "quorley", "gulliford"];
export const ONLINE = ["scarrott"];
export const SUB = { k: "wollaton", for: "dobree" };
export const APOLOGIES = ["dobree", "elsdon"];
export const OPA = { members: "2,140", forced: "81%", stopped: "36%" };

// ------------------------------------------------------------------ Viva Engage poll on the site visit
export const POLL = [["Tuesday 10 February", 3], ["Thursday 12 February", 8], ["Friday 13 February", 2]];
export const POLL_TOTAL = POLL.reduce((t, [, v]) => t + v, 0);
export const SITE_VISIT = { date: "Thursday 12 February 2342", place: "Norrisgate Library", time: "10:00" };

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (COUNCILS.length !== 12) fail("12 councils");
if (BUDGET_TOTAL !== 720 || ACTUAL_TOTAL !== 274 || FORECAST_TOTAL !== 707) fail(`budget ${BUDGET_TOTAL} ${ACTUAL_TOTAL} ${FORECAST_TOTAL}`);
if (BUDGET.reduce((t, b) => t + variance(b), 0) !== -13) fail("variance");
if (variance(BUDGET[0]) !== -28 || variance(BUDGET[1]) !== 11 || variance(BUDGET[4]) !== 4) fail("line variances");
if (ZONES.reduce((t, z) => t + z.resp, 0) !== CONSULT.survey) fail("zone responses");
for (const z of ZONES) if (z.sup + z.opp >= 100) fail("zone percentages " + z.name);
if (OVERALL_SUPPORT !== 58) fail("overall support " + OVERALL_SUPPORT);
const q3 = {}, q2 = {};
for (const m of MEASURES) { q3[m.q3] = (q3[m.q3] ?? 0) + 1; q2[m.q2] = (q2[m.q2] ?? 0) + 1; }
if (q3.G !== 2 || q3.A !== 2 || q3.R !== 2 || q3.B !== 1 || q3.N !== 1) fail("Q3 counts " + JSON.stringify(q3));
if (q2.G !== 4 || q2.A !== 3 || q2.N !== 1) fail("Q2 counts " + JSON.stringify(q2));
if (WORSE.join() !== "CFM-01,CFM-04,CFM-06,CFM-07") fail("worse " + WORSE);
if (BETTER.join() !== "CFM-03,CFM-05") fail("better " + BETTER);
if (LATE_OR_AT_RISK.join() !== "MS05,MS06,MS07") fail("late " + LATE_OR_AT_RISK);
if (NOV_OPEN.join() !== "PKA-15,PKA-19,PKA-20,PKA-21") fail("november open " + NOV_OPEN);
const red = RISKS.filter((r) => r.rag === "Red").map((r) => r.ref);
if (red.join() !== "PKR-03,PKR-05") fail("red risks " + red);
if (RISKS.find((r) => r.ref === "PKR-03").score !== 16) fail("PKR-03 score");
if (PRESENT.length + 1 + APOLOGIES.length !== 13 || PRESENT.length + APOLOGIES.length !== 12) fail("attendance");
if (POLL_TOTAL !== 13) fail("poll");
// weekdays of every date the papers name with its day
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
for (const m of MEETINGS) if (weekday(m.iso) !== "Thursday" || !m.date.startsWith("Thursday")) fail("meeting day " + m.iso);
for (const [iso, d] of [["2341-11-03", "Monday"], ["2341-12-12", "Friday"], ["2341-12-19", "Friday"], ["2341-12-05", "Friday"], ["2341-11-20", "Thursday"], ["2341-11-24", "Monday"], ["2342-01-09", "Friday"], ["2342-01-12", "Monday"], ["2342-01-14", "Wednesday"], ["2342-01-15", "Thursday"], ["2342-01-13", "Tuesday"], ["2341-11-27", "Thursday"], ["2341-12-02", "Tuesday"], ["2341-12-16", "Tuesday"], ["2342-02-10", "Tuesday"], ["2342-02-12", "Thursday"], ["2342-02-13", "Friday"], ["2341-11-06", "Thursday"], ["2341-12-11", "Thursday"], ["2341-10-03", "Friday"], ["2341-10-06", "Monday"], ["2341-12-18", "Thursday"], ["2342-01-05", "Monday"], ["2341-11-21", "Friday"], ["2341-11-25", "Tuesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d} but a ${weekday(iso)}`);
