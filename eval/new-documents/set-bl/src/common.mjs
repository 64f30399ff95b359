// Shared content for set BL: one body (the Fireworks Safety Task Group, a member task group of the invented
// Public Protection and Licensing Board), its people, meetings, its review of fireworks safety 2245/46
// (season measures FSM-01 to FSM-08, actions FSA-nn, draft recommendations R1 to R7), the post-season
// survey of the 12 member councils, the evidence bundle, a Westminster Hall debate on an e-petition and
// one member council's public register of all-year fireworks licences, in the municipal year 2245/46.
// Every builder reads from here so that the five documents agree with each other; the arithmetic (rating
// counts, survey totals, the measures against the survey, the A&E table's totals, weekdays of every dated
// item) is checked when this module loads.
// Synthetic test fixtures: every person, council, company, figure, rating, debate and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Fireworks Safety Task Group";
export const SHORT = "FSTG";
export const BOARD = "Public Protection and Licensing Board";
export const REVIEW = "Review of Fireworks Safety 2245/46";
export const ROOM = "Room 5.3, 18 Smith Square, London SW1P 3HZ";

// file names (docs/)
export const DOCS = {
  agenda: "fstg-agenda-pack-2246-02-04.docx",
  bundle: "fstg-evidence-bundle-2246-01-16.pdf",
  survey: "fstg-post-season-survey-2245-qualtrics-export-2246-01-12.csv",
  hansard: "hansard-westminster-hall-fireworks-sale-and-use-2245-11-03.html",
  idox: "wrayholme-licensing-public-access-all-year-fireworks-2246-01-20.html",
};

export const MEETINGS = [
  { date: "Wednesday 18 June 2245", iso: "2245-06-18" },
  { date: "Wednesday 24 September 2245", iso: "2245-09-24" },
  { date: "Wednesday 10 December 2245", iso: "2245-12-10" },
  { date: "Wednesday 4 February 2246", iso: "2246-02-04" },
  { date: "Wednesday 25 March 2246", iso: "2246-03-25" },
];
export const BOARD_MEETING = { date: "Thursday 16 April 2246", iso: "2246-04-16" };

export const OFFICERS = {
  octavia: { name: "Octavia Scatcherd", post: "Programme Manager, Public Protection", phone: "020 7946 0851", email: "octavia.scatcherd@local.gov.uk" },
  leopold: { name: "Dr Leopold Kershaw-Lindqvist", post: "Senior Adviser, Licensing", phone: "020 7946 0857", email: "leopold.kershaw-lindqvist@local.gov.uk" },
  yasmin: { name: "Yasmin Tinsdale", post: "Policy Adviser (Animal Welfare and Noise)", phone: "020 7946 0862", email: "yasmin.tinsdale@local.gov.uk" },
  crispin: { name: "Crispin Vickerman", post: "Finance Business Partner", phone: "020 7946 0868", email: "crispin.vickerman@local.gov.uk" },
  hyacinth: { name: "Hyacinth Pogson", post: "Member Services Officer", phone: "020 7946 0873", email: "hyacinth.pogson@local.gov.uk" },
  lysander: { name: "Lysander Marriner", post: "Head of Democratic Services", phone: "020 7946 0879", email: "lysander.marriner@local.gov.uk" },
};
export const FIRE = { name: "Keturah Oxley-Tembo", post: "Area Manager, Head of Protection", org: "Brantfell Fire and Rescue Service" };
export const NHS = { name: "Dr Anselm Greenhalgh-Moyo", post: "Consultant in Emergency Medicine", org: "Caldersey Royal Infirmary" };
export const CHARITY = { name: "Marigold Sheard", post: "Head of Campaigns", org: "Quiet Skies Animal Welfare Trust", email: "m.sheard@quietskies.org.uk" };
export const RETAIL = { name: "Ptolemy Yallop", post: "Secretary", org: "Consumer Fireworks Retailers' Association" };

// the 12 member councils
export const COUNCILS = {
  wrayholme: "Wrayholme Borough Council", caldersey: "Caldersey City Council", holmwick: "Holmwick District Council",
  brantfell: "Brantfell County Council", fellmoor: "Fellmoor Metropolitan Borough Council", scarthwaite: "Scarthwaite District Council",
  burnthwaite: "Burnthwaite Borough Council", eskholme: "Eskholme Borough Council", hexworth: "Hexworth City Council",
  stanmere: "Stanmere Borough Council", calderfoot: "Calderfoot Metropolitan Borough Council", wyckhampton: "Wyckhampton District Council",
};

// Membership 2245/46. role: Chair / Vice-Chair / Deputy Chair / Member / Substitute / Former member.
export const PEOPLE = [
  { k: "corbishley", fore: "Henrietta", sur: "Corbishley", c: "wrayholme", group: "Conservative", role: "Chair" },
  { k: "amberley", fore: "Delroy", sur: "Amberley-Nwachukwu", c: "caldersey", group: "Labour", role: "Vice-Chair" },
  { k: "hesketh", fore: "Bryony", sur: "Hesketh-Vaux", c: "holmwick", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "wintergreen", fore: "Ambrose", sur: "Wintergreen-Abney", c: "brantfell", group: "Conservative", role: "Member", lead: "public displays and events" },
  { k: "kilbride", fore: "Shabnam", sur: "Kilbride-Onyango", c: "fellmoor", group: "Labour", role: "Member", lead: "animal welfare and noise" },
  { k: "gauntlett", fore: "Tobias", sur: "Gauntlett", c: "scarthwaite", group: "Independent", role: "Member" },
  { k: "spurrier", fore: "Lowri", sur: "Spurrier", c: "burnthwaite", group: "Green Party", role: "Member" },
  { k: "pickles", fore: "Rajan", sur: "Pickles-Varma", c: "eskholme", group: "Labour", role: "Member", lead: "retail and licensing" },
  { k: "wimbush", fore: "Cressida", sur: "Wimbush", c: "hexworth", group: "Conservative", role: "Member" },
  { k: "tattersfield", fore: "Fergus", sur: "Tattersfield", c: "stanmere", group: "Liberal Democrat", role: "Member" },
  { k: "ackroyd", fore: "Winsome", sur: "Ackroyd-Mensah", c: "calderfoot", group: "Labour", role: "Member" },
  { k: "sharland", fore: "Oswin", sur: "Sharland", c: "wyckhampton", group: "Conservative", role: "Member", from: "1 November 2245" },
  { k: "liversedge", fore: "Philomena", sur: "Liversedge", c: "wrayholme", group: "Conservative", role: "Substitute" },
  { k: "crowther", fore: "Jericho", sur: "Crowther-Adeyemi", c: "fellmoor", group: "Labour", role: "Substitute" },
  { k: "fitzpaine", fore: "Annwyl", sur: "Fitzpaine", c: "stanmere", group: "Liberal Democrat", role: "Substitute" },
  { k: "bletchworth", fore: "Marjorie", sur: "Bletchworth", c: "wyckhampton", group: "Conservative", role: "Former member", left: "31 October 2245" },
];
for (const p of PEOPLE) p.council = COUNCILS[p.c];
export const P = Object.fromEntries(PEOPLE.map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;
export const MEMBERS = PEOPLE.filter((p) => !["Substitute", "Former member"].includes(p.role));
export const SUBS = PEOPLE.filter((p) => p.role === "Substitute");

// ------------------------------------------------------------------ season measures (agenda pack, item 4)
// ratings in words: Red / Amber / Green / Not rated
const RANK = { Red: 0, Amber: 1, Green: 2 };
export const MEASURES = [
  { ref: "FSM-01", name: "Fireworks injuries treated at emergency departments in the 12 councils' areas, 15 October to 15 November", target: "180 or fewer", v44: "212", r44: "Red", v45: "174", r45: "Green", lead: "Cllr Wintergreen-Abney" },
  { ref: "FSM-02", name: "Complaints to councils about fireworks noise, 15 October to 15 November", target: "3,100 or fewer", v44: "3,480", r44: "Red", v45: "4,095", r45: "Red", lead: "Cllr Kilbride-Onyango" },
  { ref: "FSM-03", name: "Council-run or council-funded displays signed up to the quieter displays pledge", target: "30", v44: "11", r44: "Red", v45: "24", r45: "Amber", lead: "Cllr Wintergreen-Abney" },
  { ref: "FSM-04", name: "All-year fireworks licences inspected before renewal", target: "100%", v44: "78%", r44: "Amber", v45: "92%", r45: "Amber", lead: "Cllr Pickles-Varma" },
  { ref: "FSM-05", name: "Test purchases at which fireworks were sold to under-18s", target: "5% or fewer", v44: "9%", r44: "Red", v45: "4%", r45: "Green", lead: "Cllr Pickles-Varma" },
  { ref: "FSM-06", name: "Displays for more than 2,000 people reviewed by a safety advisory group", target: "100%", v44: "100%", r44: "Green", v45: "96%", r45: "Amber", lead: "Cllr Wintergreen-Abney" },
  { ref: "FSM-07", name: "Reports to councils about fireworks and animal welfare", target: "Monitor only", v44: "1,140", r44: "Not rated", v45: "1,388", r45: "Not rated", lead: "Cllr Kilbride-Onyango" },
  { ref: "FSM-08", name: "Bonfire-related fires attended by fire and rescue services, 1 to 7 November", target: "400 or fewer", v44: "388", r44: "Green", v45: "451", r45: "Red", lead: "Cllr Wintergreen-Abney" },
];
export const WORSE = MEASURES.filter((m) => m.r44 in RANK && RANK[m.r45] < RANK[m.r44]).map((m) => m.ref);
export const BETTER = MEASURES.filter((m) => m.r44 in RANK && RANK[m.r45] > RANK[m.r44]).map((m) => m.ref);
export const RED45 = MEASURES.filter((m) => m.r45 === "Red").map((m) => m.ref);

// ------------------------------------------------------------------ post-season survey (Qualtrics), 24 November 2245 to 9 January 2246
// display: Q3 answer; sag: Q4; noise/animal/asb/u18: Q5 matrix; pledge: Q6; help: Q7 choices (up to three); other: Q7_6_TEXT;
// licences: Q8; comment: Q9
export const HELP = ["Powers to set decibel limits", "Licensing of public displays", "Fewer days on which fireworks can be sold", "Funding for enforcement", "A national awareness campaign", "Other (please specify)"];
export const DISPLAY = { run: "Yes – run by the council", funded: "Yes – funded a community display", no: "No" };
export const RESPONSES = [
  { c: "wrayholme", who: "Tom Haxby, Licensing Manager", display: "run", sag: "6", noise: 412, animal: 118, asb: 96, u18: 3, pledge: "Yes", help: [0, 1, 3], licences: "9", comment: "Two all-year applications were refused this year after storage inspections failed.", start: "2245-11-24 09:41:07", secs: 1210, ip: "203.0.113.41" },
  { c: "caldersey", who: "Alina Lastingham, Head of Environmental Health", display: "run", sag: "11", noise: 688, animal: 201, asb: 240, u18: 7, pledge: "Yes", help: [0, 1, 2], licences: "14", comment: "Antisocial use is our biggest problem: 240 complaints, most of them about fireworks thrown at people or buses.", start: "2245-11-24 11:02:55", secs: 1544, ip: "198.51.100.17" },
  { c: "brantfell", who: "Gwen Nunnington, Trading Standards Manager", display: "no", sag: "14", noise: 301, animal: 150, asb: 35, u18: 2, pledge: "No", help: [3, 4], other: "", licences: "11", comment: "As a county council we do not run displays; the district councils do. Our safety advisory group covers the whole county.", start: "2245-11-25 14:20:33", secs: 930, ip: "203.0.113.88" },
  { c: "holmwick", partial: true, who: "Sanjay Pockley, Environmental Protection Officer", display: "run", start: "2245-11-26 16:05:12", secs: 402, ip: "198.51.100.62", progress: 38, recorded: "2245-12-03 16:11:48" },
  { c: "fellmoor", who: "Deborah Slingsby, Community Safety Lead", display: "run", sag: "8", noise: 590, animal: 176, asb: 188, u18: 6, pledge: "Yes", help: [0, 1, 5], other: "Powers to close a street to fireworks for a night, as with a dispersal order", licences: "10", comment: "Our quiet display in Fellmoor Park drew 14,000 people.\nWe would share the plan with any council that wants it.", start: "2245-11-27 10:15:40", secs: 1873, ip: "203.0.113.120" },
  { c: "eskholme", who: "Callum Thixendale, Licensing Team Leader", display: "funded", sag: "2", noise: 233, animal: 92, asb: 41, u18: 1, pledge: "Yes", help: [1, 3], licences: "6", comment: "", start: "2245-12-01 09:03:19", secs: 655, ip: "198.51.100.140" },
  { c: "hexworth", who: "Priti Wharram, Events and Safety Advisory Group Coordinator", display: "funded", sag: "5", noise: 402, animal: 133, asb: 77, u18: 4, pledge: "Considering", help: [0, 3, 4], licences: "8", comment: "The Rotary display asked us for a grant towards low-noise fireworks for next year.", start: "2245-12-02 13:44:02", secs: 1102, ip: "203.0.113.203" },
  { c: "holmwick", who: "Sanjay Pockley, Environmental Protection Officer", display: "funded", sag: "3", noise: 150, animal: 64, asb: 22, u18: 0, pledge: "Considering", help: [0, 4], licences: "4", comment: "Ignore my earlier attempt: the council funded the Holmwick Round Table's display and did not run one itself.", start: "2245-12-04 08:57:30", secs: 720, ip: "198.51.100.62" },
  { c: "stanmere", who: "Rhiannon Yearsley, Senior Licensing Officer", display: "run", sag: "2", noise: 198, animal: 71, asb: 30, u18: 0, pledge: "Yes", help: [0, 2], licences: "5", comment: "", start: "2245-12-09 15:31:26", secs: 540, ip: "203.0.113.19" },
  { c: "wyckhampton", who: "Neville Kildwick, Environmental Health Manager", display: "no", sag: "1", noise: 121, animal: 58, asb: 9, u18: 0, pledge: "No", help: [3], licences: "3", comment: "We are a small district; the parish councils run the displays.", start: "2245-12-15 10:08:44", secs: 488, ip: "198.51.100.201" },
  { c: "burnthwaite", who: "Esther Embsay, Public Protection Manager", display: "run", sag: "3", noise: 276, animal: 102, asb: 64, u18: 2, pledge: "Yes", help: [0, 1, 3], licences: "7", comment: "", start: "2246-01-06 11:22:09", secs: 812, ip: "203.0.113.77" },
  { c: "calderfoot", who: "Marcus Skelwith, Anti-social Behaviour Coordinator", display: "funded", sag: "4", noise: 534, animal: 143, asb: 151, u18: 5, pledge: "Considering", help: [0, 2, 3], licences: "10", comment: "Most of our noise complaints came from two estates, on the nights either side of 5 November.", start: "2246-01-08 16:47:51", secs: 1391, ip: "198.51.100.99" },
];
export const COMPLETE = RESPONSES.filter((r) => !r.partial);
export const SCARTHWAITE = { noise: 190, animal: 80, licences: 5 }; // from Scarthwaite's own systems (it did not answer the survey)
export const sum = (k) => COMPLETE.reduce((t, r) => t + r[k], 0);
export const countHelp = (i) => COMPLETE.filter((r) => r.help.includes(i)).length;
export const NOT_SIGNED = COMPLETE.filter((r) => r.pledge !== "Yes").map((r) => r.c);

// ------------------------------------------------------------------ A&E table (evidence bundle, tab 2)
export const AE_COLS = ["Burns", "Eye injuries", "Hearing damage", "Other injuries"];
export const AE = [
  ["Under 12", [14, 5, 1, 6]],
  ["12 to 17", [23, 9, 2, 13]],
  ["18 to 24", [19, 7, 1, 10]],
  ["25 to 44", [21, 6, 3, 9]],
  ["45 and over", [12, 4, 2, 7]],
];
export const AE_TOTAL = AE.reduce((t, [, v]) => t + v.reduce((a, b) => a + b, 0), 0);

// ------------------------------------------------------------------ the meeting of 10 December 2245 (draft minutes in the pack)
export const PRESENT = ["corbishley", "amberley", "hesketh", "wintergreen", "kilbride", "spurrier", "pickles", "wimbush", "ackroyd", "sharland"];
export const ONLINE = ["spurrier"];
export const SUB = { k: "fitzpaine", for: "tattersfield" };
export const APOLOGIES = ["tattersfield", "gauntlett"];
// the action log (item 3 of the pack), with its status at 27 January 2246
export const ACTIONS = [
  { ref: "FSA-21", min: "4", action: "Write to the fire and rescue services of the 12 councils' areas asking for their home storage figures for 2245", owner: "octavia", due: "19/12/2245", status: "Complete" },
  { ref: "FSA-22", min: "4", action: "Draft model conditions for all-year licences covering storage and inspection", owner: "leopold", due: "04/02/2246", status: "Complete" },
  { ref: "FSA-23", min: "5", action: "Ask Caldersey Royal Infirmary for the emergency department figures by age", owner: "yasmin", due: "09/01/2246", status: "Complete" },
  { ref: "FSA-24", min: "8", action: "Update on an enforcement case (exempt)", owner: "leopold", due: "04/02/2246", status: "In progress" },
  { ref: "FSA-25", min: "6", action: "Ask the Minister for a date for the consultation on noise limits", owner: "lysander", due: "16/01/2246", status: "Overdue" },
  { ref: "FSA-26", min: "7", action: "Extend the post-season survey to 9 January 2246 and chase councils that have not replied", owner: "yasmin", due: "09/01/2246", status: "Complete" },
  { ref: "FSA-27", min: "8", action: "Arrange an evidence session with retailers", owner: "octavia", due: "16/01/2246", status: "Complete" },
  { ref: "FSA-28", min: "9", action: "Report on the cost of a national awareness campaign", owner: "crispin", due: "25/03/2246", status: "Not started" },
];
export const OPEN = ACTIONS.filter((a) => a.status !== "Complete").map((a) => a.ref);

// all-year licensing (item 6): the fee recommended and the superseded draft figure left in as hidden text
export const FEE = { grant: "£575", renew: "£290", hiddenGrant: "£640" };
export const LICENCES_TOTAL = COMPLETE.reduce((t, r) => t + Number(r.licences), 0) + SCARTHWAITE.licences;

// the draft recommendations to the Board (item 7)
export const RECS = [
  ["R1", "The Government should reduce the maximum noise level for fireworks sold to the public from 120 decibels to 90 decibels, as the Minister undertook to consult on in Westminster Hall on 3 November 2245."],
  ["R2", "Public displays for more than 500 people should need a licence from the council, with a safety advisory group review for displays for more than 2,000."],
  ["R3", "Every council that runs or funds a display should sign the quieter displays pledge by the 2246 season."],
  ["R4", "Councils should charge £575 for an all-year licence and £290 to renew it, and inspect every store before renewal."],
  ["R5", "The Government should fund a national awareness campaign on the safe and considerate use of fireworks, with councils, fire and rescue services and animal welfare charities."],
  ["R6", "Fire and rescue services and councils should share data on fires involving fireworks stored at home."],
  ["R7", "The Task Group should review progress after the 2246 season."],
];

// the e-petition debate (Hansard)
export const PETITION = { no: "801427", title: "Restrict the sale of fireworks to licensed public displays only", sigs: "312,460" };

// Wrayholme's public register (Idox Public Access), page 1 of 2, newest first
export const LICENCES = [
  { ref: "46/00031/FWAY", desc: "All-year fireworks supply licence (new application) - Skyburst Celebrations Ltd", addr: "Unit 3, Skelwith Trade Park, Mill Lane, Wrayholme, WH4 2TD", rec: "2246-01-14", status: "Under Consideration" },
  { ref: "45/01187/FWAY", desc: "All-year fireworks supply licence (renewal) - Bolsterstone Hardware", addr: "12 Market Row, Wrayholme, WH1 3AE", rec: "2245-12-09", status: "Licence Issued" },
  { ref: "45/01102/FWAY", desc: "All-year fireworks supply licence (new application) - Rocket Mart Wrayholme Ltd", addr: "Unit 9, Darfield Retail Park, Wrayholme, WH6 1QS", rec: "2245-11-17", status: "Withdrawn" },
  { ref: "45/00964/FWAY", desc: "All-year fireworks supply licence (new application) - Celestia Fireworks Direct Ltd", addr: "Railway Arch 4, Station Approach, Wrayholme, WH2 8LB", rec: "2245-10-02", status: "Refused" },
  { ref: "45/00950/FWAY", desc: "All-year fireworks supply licence (renewal) - Grenoside Garden and Leisure", addr: "Grenoside Garden Centre, Flockton Road, Wrayholme, WH7 4HH", rec: "2245-09-30", status: "Licence Issued" },
  { ref: "45/00871/FWAY", desc: "All-year fireworks supply licence (new application) - Northern Lights Pyro Supplies", addr: "48 Wombwell Street, Wrayholme, WH3 5PT", rec: "2245-09-08", status: "Refused" },
  { ref: "45/00702/FWAY", desc: "All-year fireworks supply licence (renewal) - Emley Convenience Store", addr: "2 Emley Parade, Ingbirchworth Lane, Wrayholme, WH5 2JD", rec: "2245-07-25", status: "Licence Issued" },
  { ref: "45/00655/FWAY", desc: "All-year fireworks supply licence (renewal) - Midhope Party Supplies", addr: "7 Notton Walk, Wrayholme, WH1 6RR", rec: "2245-07-09", status: "Surrendered" },
  { ref: "45/00410/FWAY", desc: "All-year fireworks supply licence (renewal) - Oxspring Cash and Carry Ltd", addr: "Oxspring House, Lundwood Road, Wrayholme, WH8 3XW", rec: "2245-05-08", status: "Licence Issued" },
  { ref: "45/00122/FWAY", desc: "All-year fireworks supply licence (renewal) - Thurgoland Fireworks Warehouse", addr: "Units 1-2, Hoylandswaine Industrial Estate, Wrayholme, WH9 1BT", rec: "2245-02-10", status: "Licence Issued" },
];
export const REG_TOTAL = 13;
export const REFUSED = LICENCES.filter((l) => l.status === "Refused").map((l) => l.ref);

export const gbp = (n) => "£" + n.toLocaleString("en-GB");
const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Idox's date format: "Wed 14 Jan 2246"
export const idoxDate = (iso) => { const d = new Date(iso + "T12:00:00Z"); return `${WD[d.getUTCDay()].slice(0, 3)} ${String(d.getUTCDate()).padStart(2, "0")} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`; };

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
if (MEMBERS.length !== 12 || SUBS.length !== 3) fail("12 members and 3 substitutes");
if (new Set(MEMBERS.map((p) => p.c)).size !== 12) fail("one member per council");
const r45 = {};
for (const m of MEASURES) r45[m.r45] = (r45[m.r45] ?? 0) + 1;
if (r45.Red !== 2 || r45.Amber !== 3 || r45.Green !== 2 || r45["Not rated"] !== 1) fail("2245 counts " + JSON.stringify(r45));
if (RED45.join() !== "FSM-02,FSM-08") fail("red " + RED45);
if (WORSE.join() !== "FSM-06,FSM-08") fail("worse " + WORSE);
if (BETTER.join() !== "FSM-01,FSM-03,FSM-05") fail("better " + BETTER);
if (COMPLETE.length !== 11 || new Set(COMPLETE.map((r) => r.c)).size !== 11 || COMPLETE.some((r) => r.c === "scarthwaite")) fail("11 councils answered, Scarthwaite did not");
if (sum("noise") + SCARTHWAITE.noise !== 4095 || sum("noise") !== 3905) fail("noise " + sum("noise"));
if (sum("animal") + SCARTHWAITE.animal !== 1388) fail("animal " + sum("animal"));
if (AE_TOTAL !== 174) fail("A&E total " + AE_TOTAL);
if (NOT_SIGNED.join() !== "brantfell,hexworth,holmwick,wyckhampton,calderfoot") fail("not signed " + NOT_SIGNED);
if (countHelp(0) !== 8) fail("decibel limits chosen by " + countHelp(0));
for (const r of COMPLETE) if (r.help.length > 3) fail("up to three choices " + r.c);
if (LICENCES_TOTAL !== 92) fail("licences " + LICENCES_TOTAL);
if (PRESENT.length + 1 + APOLOGIES.length !== 13 || PRESENT.includes("tattersfield") || PRESENT.includes("gauntlett")) fail("attendance");
if (OPEN.join() !== "FSA-24,FSA-25,FSA-28") fail("open " + OPEN);
if (REFUSED.join() !== "45/00964/FWAY,45/00871/FWAY") fail("refused " + REFUSED);
for (let i = 1; i < LICENCES.length; i++) if (LICENCES[i].rec > LICENCES[i - 1].rec) fail("register order");
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday") fail("meeting day " + m.iso);
for (const [iso, d] of [["2246-04-16", "Thursday"], ["2245-11-03", "Monday"], ["2246-01-16", "Friday"], ["2246-01-20", "Tuesday"], ["2246-01-27", "Tuesday"], ["2245-11-24", "Monday"], ["2246-01-09", "Friday"], ["2246-01-12", "Monday"], ["2245-11-07", "Friday"], ["2245-11-21", "Friday"], ["2245-11-28", "Friday"], ["2245-12-02", "Tuesday"], ["2245-12-12", "Friday"], ["2246-01-14", "Wednesday"]]) if (weekday(iso) !== d) fail(`${iso} is not a ${d}`);
