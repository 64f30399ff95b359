// Shared content for set BF: one invented body, the Joint Street Naming and Addressing Committee (JSNAC) of
// the invented Greater Skelderby Combined Authority, which names streets and numbers properties for five
// invented councils (Skelderby, Thornby Vale, Osmerley, Fenwyke, Haddlestone) under one Street Naming and
// Numbering Policy, in the municipal year 2186/87. Every builder reads from here so that the five documents
// agree with each other; counts, votes, fees and dates are checked when this module loads.
// Synthetic test fixtures: every person, council, place, figure, vote and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const CA = "Greater Skelderby Combined Authority";
export const BODY = "Joint Street Naming and Addressing Committee";
export const SHORT = "JSNAC";
export const PANEL = "Naming Panel";
export const HALL = "Skelderby Civic Hall";
export const ROOM = "Committee Room 2, Skelderby Civic Hall";
export const SITE = "https://www.greaterskelderby.gov.uk";
export const GIT = "https://git.greaterskelderby.gov.uk/addressing/snn-policy";

export const DOCS = {
  planner: "gscca-calendar-of-meetings-2186-87-year-planner-v4.pdf",
  votes: "jsnac-record-of-decisions-and-recorded-votes-2186-09-19.docx",
  changelog: "snn-policy-CHANGELOG-2186-11-13.md",
  web: "street-naming-and-numbering-page-lynx-dump-2186-11-14.txt",
  forum: "addressing-forum-2186-eventbrite-attendee-summary-2186-11-03.csv",
};

export const COUNCILS = {
  skelderby: "Skelderby City Council",
  thornby: "Thornby Vale District Council",
  osmerley: "Osmerley Borough Council",
  fenwyke: "Fenwyke District Council",
  haddlestone: "Haddlestone Borough Council",
};

// ------------------------------------------------------------------ people
export const MEMBERS = [
  { k: "fairbarn", fore: "Ottoline", sur: "Fairbarn", council: "skelderby", group: "Labour", role: "Chair" },
  { k: "tenniswood", fore: "Rufus", sur: "Tenniswood", council: "thornby", group: "Conservative", role: "Vice-Chair" },
  { k: "kilbane", fore: "Saoirse", sur: "Kilbane", council: "osmerley", group: "Liberal Democrat", role: "Member" },
  { k: "mapplebeck", fore: "Anand", sur: "Mapplebeck", council: "skelderby", group: "Labour", role: "Member" },
  { k: "winterburn", fore: "Gwendolen", sur: "Winterburn", council: "fenwyke", group: "Conservative", role: "Member" },
  { k: "haythorne", fore: "Lucan", sur: "Haythorne", council: "thornby", group: "Independent", role: "Member" },
  { k: "gotobed", fore: "Priyanka", sur: "Gotobed", council: "haddlestone", group: "Labour", role: "Member" },
  { k: "nutbrown", fore: "Bartholomew", sur: "Nutbrown", council: "osmerley", group: "Conservative", role: "Member" },
  { k: "birtwhistle", fore: "Yewande", sur: "Birtwhistle", council: "fenwyke", group: "Green Party", role: "Member" },
  { k: "mowforth", fore: "Crispin", sur: "Mowforth", council: "haddlestone", group: "Labour", role: "Member" },
  { k: "shufflebotham", fore: "Fenella", sur: "Shufflebotham", council: "osmerley", group: "Conservative", role: "Substitute" },
];
export const M = Object.fromEntries(MEMBERS.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${M[k].fore} ${M[k].sur}`;
export const COOPTED = { name: "Station Commander Idris Blatherwick", org: "Greater Skelderby Fire and Rescue Service" };

export const OFFICERS = {
  dunderdale: { name: "Marisol Dunderdale", post: "Head of Addressing and Land Information", phone: "0113 496 0361", email: "marisol.dunderdale@greaterskelderby.gov.uk" },
  underhay: { name: "Tobias Underhay", post: "Street Naming and Numbering Officer", phone: "0113 496 0372", email: "streetnaming@greaterskelderby.gov.uk" },
  pickavance: { name: "Ingrid Pickavance", post: "Address Custodian", phone: "0113 496 0385", email: "addresses@greaterskelderby.gov.uk" },
  oddie: { name: "Harriet Oddie", post: "Legal Adviser", phone: "0113 496 0397", email: "" },
  dewsnap: { name: "Femi Dewsnap", post: "Democratic Services Officer", phone: "0113 496 0418", email: "democratic.services@greaterskelderby.gov.uk" },
  tetlow: { name: "Bryony Tetlow", post: "Events and Engagement Officer", phone: "", email: "events@greaterskelderby.gov.uk" },
};

// ------------------------------------------------------------------ calendar of meetings 2186/87 (version 4)
// code -> key line; dates are ISO; a date may carry "(R)" (reserve)
export const KEY = [
  ["CAB", "Combined Authority Board", "10:00", `Council Chamber, ${HALL}`],
  ["JSNAC", BODY, "14:00", `${ROOM} (see note 6)`],
  ["NP", `${PANEL} (sub-panel of JSNAC)`, "10:00", "Online (Microsoft Teams)"],
  ["AGS", "Audit, Governance and Standards Committee", "10:30", `Committee Room 1, ${HALL}`],
  ["OSC", "Overview and Scrutiny Committee", "18:00", `Committee Room 1, ${HALL}`],
  ["TC", "Transport Committee", "11:00", `Council Chamber, ${HALL}`],
  ["AF", "Greater Skelderby Addressing Forum 2186 (an event, not a meeting)", "09:30–15:30", "Osmerley Exchange"],
  ["BH", "Bank holiday (the Civic Hall is closed)", "", ""],
  ["(R)", "Reserve date (see note 7)", "", ""],
];
export const EVENTS = {
  CAB: ["2186-05-26", "2186-06-30", "2186-09-29", "2186-11-24", "2187-02-09", "2187-03-16"],
  JSNAC: ["2186-06-20", "2186-09-19", "2186-11-28", "2187-01-23", "2187-02-13 (R)", "2187-03-20"],
  NP: ["2186-06-01", "2186-07-06", "2186-09-07", "2186-10-05", "2186-12-07", "2187-01-11", "2187-02-01", "2187-03-01", "2187-04-05"],
  AGS: ["2186-06-28", "2186-09-27", "2186-12-13", "2187-03-14"],
  OSC: ["2186-07-10", "2186-10-03", "2186-10-09", "2187-01-15", "2187-03-12"],
  TC: ["2186-06-15", "2186-09-14", "2186-12-14", "2187-03-15"],
  AF: ["2186-11-02"],
};
export const BANK_HOLIDAYS = ["2186-05-01", "2186-05-29", "2186-08-28", "2186-12-25", "2186-12-26", "2187-01-01", "2187-03-23", "2187-03-26"];
export const NOTES = [
  "The Combined Authority Board's annual meeting on 26 May 2186 appoints the committees and their chairs for 2186/87.",
  "JSNAC on Tuesday 12 September 2186 moved to Tuesday 19 September 2186 (agreed by the Chair on 18 July 2186, to avoid the Board's budget workshop).",
  "Extra meeting of OSC on Tuesday 3 October 2186 at 18:00 to consider the call-in of decision JSNAC/86/16 (Gallows Hill Lane, Thornby).",
  "NP on Thursday 2 November 2186 cancelled: the Addressing Forum is held that day.",
  "JSNAC on Tuesday 21 November 2186 moved to Tuesday 28 November 2186, so that the objection to application SN/2186/041 (Hallam Fields, Fenwyke) can be reported to it.",
  "JSNAC on Tuesday 23 January 2187 meets at Fenwyke Town Hall (Council Chamber), 14:00.",
  "(R) reserve date: held only if needed; confirmed or released 10 working days before.",
  "No meetings in August except the NP if urgent (none planned).",
  "Changes since version 3 (7 July 2186): notes 2, 3, 4 and 5.",
];

// ------------------------------------------------------------------ meeting of Tuesday 19 September 2186: recorded votes
// columns of Appendix A, in the order printed (the substitute in the absent member's place)
export const VOTERS = ["fairbarn", "tenniswood", "kilbane", "mapplebeck", "winterburn", "haythorne", "gotobed", "shufflebotham", "birtwhistle", "mowforth"];
// F for, A against, Ab abstained, DI declared an interest and did not vote, NP not present; F* Chair's casting vote
export const VOTES = [
  { row: 1, item: "4", ref: "JSNAC/86/14", q: "Adopt version 3.2 of the Street Naming and Numbering Policy", v: "F F F F F F F F F NP", result: "Carried" },
  { row: 2, item: "5", ref: "JSNAC/86/15", q: "Approve Tanner's Row and Kilnworks Lane and refuse Regent Close (SN/2186/031)", v: "F F F F F F F F Ab F", result: "Carried" },
  { row: 3, item: "6", ref: "", q: "Amendment (Cllr Haythorne): defer the renaming of Gallows Hill Lane for six months for a heritage assessment", v: "A F A A F F A F A A", result: "Lost" },
  { row: 4, item: "6", ref: "JSNAC/86/16", q: "Rename Gallows Hill Lane as Gallowfield Lane from 1 January 2187", v: "F A F F A A F Ab F F", result: "Carried" },
  { row: 5, item: "7", ref: "JSNAC/86/17", q: "Approve the name Ada Bramhope Way (SN/2186/037)", v: "F Ab F F F F DI A F F", result: "Carried" },
  { row: 6, item: "8", ref: "JSNAC/86/18", q: "Approve the fees for 2187/88", v: "F* A F F A A F A A F", result: "Carried on the Chair's casting vote" },
  { row: 7, item: "10", ref: "", q: "Officers' recommendation: refuse the request to leave out number 13 in Block C, Osmerley Wharf (SN/2186/040)", v: "F A F F A A A A F A", result: "Lost" },
  { row: 8, item: "10", ref: "JSNAC/86/19", q: "Motion (Cllr Winterburn): allow number 13 to be left out in Block C as an exception", v: "A F Ab A F F F F A F", result: "Carried" },
];
for (const r of VOTES) {
  r.cells = r.v.split(" ");
  r.for = r.cells.filter((c) => c === "F" || c === "F*").length;
  r.against = r.cells.filter((c) => c === "A").length;
  r.abstained = r.cells.filter((c) => c === "Ab").length;
}
export const voted = (row, mark) => VOTERS.filter((k, i) => VOTES[row - 1].cells[i] === mark || (mark === "F" && VOTES[row - 1].cells[i] === "F*"));

// the ballot on Gallows Hill Lane
export const BALLOT = { petition: 412, balloted: 88, returned: 61, infavour: 41 };
export const TURNOUT = Math.round((1000 * BALLOT.returned) / BALLOT.balloted) / 10; // 69.3
export const INFAVOUR = Math.round((1000 * BALLOT.infavour) / BALLOT.returned) / 10; // 67.2
// nameplate replacement programme (item 9)
export const PLATES = { done: 1240, total: 3600, spent: 96400, budget: 260000 };

// ------------------------------------------------------------------ fees (policy section 9)
export const FEES = [
  ["Naming a new street", "£295 per street", "£340 per street"],
  ["Numbering new properties", "£35 per plot", "£42 per plot"],
  ["Renaming or renumbering an existing property", "£85", "£110"],
  ["Adding a name to a numbered property", "£40", "£50"],
  ["Confirmation of address letter", "£30", "£30"],
  ["Renaming a street at residents' request", "No charge", "No charge"],
];

// ------------------------------------------------------------------ the forum (Eventbrite attendee summary)
export const FORUM = { name: "Greater Skelderby Addressing Forum 2186", date: "Thursday 2 November 2186", venue: "Osmerley Exchange", price: 45 };
export const WORKSHOPS = {
  A: "A – Numbering flats and mixed-use buildings",
  B: "B – Commemorative and heritage names",
  C: "C – Using the address gazetteer and its API",
};
// [first, surname, company, job title, ticket, status, workshop, dietary, access, share, order group]
// ticket: S speaker, J JSNAC member, P council or public sector, T parish or town council, D developer or agent
// status: C checked in, A attending (booked, not checked in), N not attending (cancelled / refunded)
export const ATTENDEES = [
  ["Ottoline", "Fairbarn", COUNCILS.skelderby, "Councillor; Chair, Joint Street Naming and Addressing Committee", "S", "C", "B", "", "", "Yes", "s1"],
  ["Leontyne", "Gaukroger", "University of Skelderby", "Professor of Cultural Geography", "S", "C", "B", "Vegetarian", "", "Yes", "s2"],
  ["Tobias", "Underhay", CA, "Street Naming and Numbering Officer", "S", "C", "A", "", "", "Yes", "s3"],
  ["Ingrid", "Pickavance", CA, "Address Custodian", "S", "C", "C", "", "", "Yes", "s3"],
  ["Idris", "Blatherwick", "Greater Skelderby Fire and Rescue Service", "Station Commander", "S", "C", "A", "", "", "Yes", "s4"],
  ["Yewande", "Birtwhistle", COUNCILS.fenwyke, "Councillor", "J", "C", "B", "Vegan", "", "Yes", "j1"],
  ["Lucan", "Haythorne", COUNCILS.thornby, "Councillor", "J", "C", "B", "", "", "Yes", "j2"],
  ["Anand", "Mapplebeck", COUNCILS.skelderby, "Councillor", "J", "A", "C", "", "", "No", "j3"],
  ["Kezia", "Follifoot", COUNCILS.skelderby, "Principal Planning Officer", "P", "C", "A", "", "", "Yes", "p1"],
  ["Rohan", "Skirrow", COUNCILS.skelderby, "Building Control Surveyor", "P", "C", "A", "", "", "Yes", "p1"],
  ["Maud", "Sealby", COUNCILS.skelderby, "Council Tax Team Leader", "P", "C", "C", "", "", "No", "p2"],
  ["Declan", "Tunstead", COUNCILS.skelderby, "Waste Collection Manager", "P", "A", "C", "", "", "Yes", "p3"],
  ["Abiola", "Crummack", COUNCILS.skelderby, "GIS Analyst", "P", "C", "C", "Halal", "", "Yes", "p4"],
  ["Hester", "Wimpenny", COUNCILS.thornby, "Planning Support Officer", "P", "C", "A", "", "", "Yes", "p5"],
  ["Joachim", "Bedale", COUNCILS.thornby, "Electoral Services Manager", "P", "C", "B", "", "", "Yes", "p5"],
  ["Carys", "Ogden-Pyle", COUNCILS.thornby, "Local Land Charges Officer", "P", "A", "C", "", "", "Yes", "p6"],
  ["Wilhelmina", "Rastrick", COUNCILS.osmerley, "Development Management Team Leader", "P", "C", "A", "", "Hearing loop, please", "Yes", "p7"],
  ["Tarquin", "Scargill-Ho", COUNCILS.osmerley, "Street Scene Manager", "P", "C", "B", "", "", "Yes", "p8"],
  ["Nuala", "Drabwell", COUNCILS.osmerley, "Heritage Officer", "P", "C", "B", "", "", "Yes", "p8"],
  ["Benedikt", "Oxtoby", COUNCILS.fenwyke, "Planning Officer", "P", "C", "A", "Gluten free", "", "Yes", "p9"],
  ["Lorna", "Greenwood-Sale", COUNCILS.fenwyke, "Customer Services Manager", "P", "N", "B", "", "", "Yes", "p10"],
  ["Emeka", "Thistlewood", COUNCILS.haddlestone, "Senior Planning Officer", "P", "C", "C", "", "", "Yes", "p11"],
  ["Philippa", "Hinchliffe-Dube", COUNCILS.haddlestone, "Heritage and Design Officer", "P", "C", "B", "", "", "Yes", "p11"],
  ["Oswin", "Catterick", "Greater Skelderby Ambulance Service", "Control Room Systems Manager", "P", "C", "C", "", "", "Yes", "p12"],
  ["Marguerite", "Fawkes-Ollerton", "National Address Register", "Regional Liaison Manager", "P", "C", "C", "", "", "Yes", "p13"],
  ["Dashiell", "Rudderforth", "Greater Skelderby Police", "Control Room Inspector", "P", "C", "A", "", "", "No", "p14"],
  ["Tomasz", "Kellingley", "Thornby Town Council", "Town Clerk", "T", "C", "B", "", "", "Yes", "t1"],
  ["Rosamund", "Kellingley", "Thornby Town Council", "Councillor", "T", "C", "B", "", "", "Yes", "t1"],
  ["Gideon", "Ashlar", "Fenwyke Town Council", "Deputy Town Clerk", "T", "C", "B", "", "", "Yes", "t2"],
  ["Perdita", "Moxon", "Haddlestone St Mary Parish Council", "Parish Clerk", "T", "C", "B", "Vegetarian", "", "Yes", "t3"],
  ["Aurelio", "Stanhope-Kell", "Little Skelby Parish Council", "Chair", "T", "A", "B", "", "", "Yes", "t4"],
  ["Bethan", "Qualtrough", "Osmerley Without Parish Council", "Parish Clerk", "T", "C", "A", "", "", "Yes", "t5"],
  ["Cornelius", "Fadipe", "Low Fenwyke Parish Council", "Councillor", "T", "N", "B", "", "", "Yes", "t6"],
  ["Hermione", "Ibbitson", "Skelby Moor Parish Council", "Parish Clerk", "T", "C", "C", "", "", "Yes", "t7"],
  ["Sabine", "Oglethorpe", "Thornby Vale Association of Parish Councils", "Secretary", "T", "C", "B", "", "", "No", "t8"],
  ["Warrick", "Dunnington", "Rennard Homes Ltd", "Technical Director", "D", "C", "A", "", "", "Yes", "d1"],
  ["Felicity", "Arkwright-Bose", "Rennard Homes Ltd", "Land and Planning Manager", "D", "C", "B", "", "", "Yes", "d1"],
  ["Magnus", "Ellwand", "Hallam Fields Developments LLP", "Development Director", "D", "C", "A", "", "", "Yes", "d2"],
  ["Odette", "Pinchbeck", "Osmerley Wharf Ltd", "Project Manager", "D", "N", "A", "", "", "Yes", "d3"],
  ["Lysander", "Frankish", "Brackenridge Planning Consultants", "Associate Director", "D", "C", "B", "", "", "Yes", "d4"],
  ["Imogen", "Frankish", "Brackenridge Planning Consultants", "Planning Consultant", "D", "C", "A", "", "", "Yes", "d4"],
  ["Ptolemy", "Greaves-Addo", "Northfold Homes", "Technical Manager", "D", "A", "C", "", "", "Yes", "d5"],
  ["Barnaby", "Skelton-Rhys", "Moss Lane Homes Ltd", "Managing Director", "D", "C", "A", "", "Step-free access", "Yes", "d7"],
  ["Zinnia", "Cowperthwaite", "Tessellate Architects", "Architect", "D", "C", "A", "Vegan", "", "Yes", "d6"],
];
export const TICKETS = {
  S: "Speaker (complimentary)",
  J: "JSNAC member (complimentary)",
  P: "Council or public sector (free)",
  T: "Parish or town council (free)",
  D: "Developer or agent",
};
export const STATUS = { C: "Checked In", A: "Attending", N: "Not Attending" };
export const A = ATTENDEES.map((a) => ({ first: a[0], sur: a[1], company: a[2], job: a[3], ticket: a[4], status: a[5], ws: a[6], diet: a[7], access: a[8], share: a[9], order: a[10] }));
export const count = (pred) => A.filter(pred).length;
export const CHECKED_IN = count((a) => a.status === "C");
export const NO_SHOW = count((a) => a.status === "A");
export const CANCELLED = count((a) => a.status === "N");
export const PAID = count((a) => a.ticket === "D" && a.status !== "N");
export const INCOME = PAID * FORUM.price;
export const WS_BOOKED = Object.fromEntries(Object.keys(WORKSHOPS).map((w) => [w, count((a) => a.ws === w && a.status !== "N")]));
export const WS_ALL = Object.fromEntries(Object.keys(WORKSHOPS).map((w) => [w, count((a) => a.ws === w)]));

export const gbp = (n) => "£" + n.toLocaleString("en-GB");

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso.slice(0, 10) + "T12:00:00Z").getUTCDay()];
const DAY = { CAB: "Friday", JSNAC: "Tuesday", NP: "Thursday", AGS: "Wednesday", TC: "Thursday", AF: "Thursday" };
for (const [code, dates] of Object.entries(EVENTS)) for (const d of dates) {
  if (DAY[code] && weekday(d) !== DAY[code]) fail(`${code} ${d} is a ${weekday(d)}`);
  if (code === "OSC" && d !== "2186-10-03" && weekday(d) !== "Monday") fail(`OSC ${d}`);
  if (BANK_HOLIDAYS.includes(d.slice(0, 10))) fail(`${code} on a bank holiday ${d}`);
  if (d.slice(5, 7) === "08") fail("a meeting in August");
}
if (weekday("2186-10-03") !== "Tuesday" || weekday("2186-09-12") !== "Tuesday" || weekday("2186-11-21") !== "Tuesday" || weekday("2186-11-02") !== "Thursday") fail("notes' weekdays");
for (const d of ["2186-05-01", "2186-05-29", "2186-08-28", "2187-01-01", "2187-03-26"]) if (weekday(d) !== "Monday") fail("bank holiday " + d);
if (weekday("2187-03-23") !== "Friday" || weekday("2186-12-26") !== "Tuesday") fail("Good Friday / Boxing Day");
for (const [d, w] of [["2186-09-19", "Tuesday"], ["2186-09-21", "Thursday"], ["2186-09-28", "Thursday"], ["2186-09-29", "Friday"], ["2186-10-10", "Tuesday"], ["2186-07-07", "Friday"], ["2186-07-18", "Tuesday"], ["2186-12-11", "Monday"], ["2186-10-20", "Friday"], ["2186-11-24", "Friday"], ["2186-06-20", "Tuesday"], ["2186-03-20", "Monday"], ["2187-01-23", "Tuesday"], ["2186-11-13", "Monday"], ["2186-11-03", "Friday"]]) if (weekday(d) !== w) fail(`${d} is not a ${w}`);
if (VOTERS.length !== 10 || VOTERS.includes("nutbrown")) fail("voters");
const want = { 1: [9, 0, 0], 2: [9, 0, 1], 3: [4, 6, 0], 4: [6, 3, 1], 5: [7, 1, 1], 6: [5, 5, 0], 7: [4, 6, 0], 8: [6, 3, 1] };
for (const r of VOTES) {
  if (r.cells.length !== 10) fail("row cells " + r.row);
  const w = want[r.row];
  if (r.for !== w[0] || r.against !== w[1] || r.abstained !== w[2]) fail(`row ${r.row}: ${r.for}-${r.against}-${r.abstained}`);
  if ((r.result === "Lost") !== (r.for < r.against)) fail("result " + r.row);
}
if (VOTES[0].cells[9] !== "NP" || VOTES[4].cells[6] !== "DI" || VOTES[5].cells[0] !== "F*") fail("special cells");
if (voted(4, "A").join() !== "tenniswood,winterburn,haythorne") fail("against the renaming " + voted(4, "A"));
if (TURNOUT !== 69.3 || INFAVOUR !== 67.2 || INFAVOUR < 66.7 || TURNOUT < 40) fail(`ballot ${TURNOUT} ${INFAVOUR}`);
if (Math.round((100 * PLATES.done) / PLATES.total) !== 34) fail("plates");
if (A.length !== 44 || CHECKED_IN !== 36 || NO_SHOW !== 5 || CANCELLED !== 3) fail(`forum ${A.length} ${CHECKED_IN} ${NO_SHOW} ${CANCELLED}`);
if (PAID !== 8 || INCOME !== 360) fail("income");
if (!(WS_BOOKED.B > WS_BOOKED.A && WS_BOOKED.B > WS_BOOKED.C && WS_ALL.B > WS_ALL.A && WS_ALL.B > WS_ALL.C)) fail("workshop B most booked " + JSON.stringify(WS_BOOKED));
if (count((a) => a.ticket === "S") !== 5 || count((a) => a.ticket === "J") !== 3) fail("tickets");
