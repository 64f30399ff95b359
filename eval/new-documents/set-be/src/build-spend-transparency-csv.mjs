// Builds docs/marchbourne-cc-spend-over-500-2184-07-to-09.csv and its rendering in text/.
// Layout: A COUNCIL'S "EXPENDITURE OVER £500" FILE PUBLISHED UNDER THE LOCAL GOVERNMENT TRANSPARENCY CODE,
// saved from Excel as "CSV UTF-8" (byte order mark, CRLF row ends, a field quoted only when it holds a
// comma or a quotation mark, quotation marks doubled): two title rows and an empty row above the header
// (each title in the first field, the other twelve fields empty); then one row per payment of the whole
// council for the quarter – every service, not only the Task Group's – in payment-date order, with the
// finance system's columns: Body Name, Body (a code), Service Area, Service Division, Cost Centre (code
// and name in one field), Expense Type, Payment Date (DD/MM/YYYY), Transaction Number, Net Amount
// (a plain number with two decimals, a credit note negative), Supplier Name, Supplier ID, Purpose of
// Expenditure, Payment Method. Payments to individuals are "REDACTED - PERSONAL DATA" with no supplier
// id; a purchasing-card payment names the card merchant in capitals. Nothing in the file names the Task
// Group: its payments are known by the cost centre "PH7218 Safer Skin Programme" and their purposes.
// Rendering: each row's thirteen fields joined by " | " (empty fields kept as empty cells); the title
// rows as their one field; the empty row left out.
// Synthetic test fixture: every supplier, payment and figure is invented.
//   node src/build-spend-transparency-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, HOST, GRANTS_Q2, SUMMIT } from "./common.mjs";

const FILE = DOCS.spend;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Body Name", "Body", "Service Area", "Service Division", "Cost Centre", "Expense Type", "Payment Date", "Transaction Number", "Net Amount", "Supplier Name", "Supplier ID", "Purpose of Expenditure", "Payment Method"];
const CODE = "E10009184";
const SSP = ["Public Health", "Health Protection", "PH7218 Safer Skin Programme"];
// [date, service area, division, cost centre, expense type, amount, supplier, supplier id, purpose, method]
const P = [];
const pay = (date, area, amount, supplier, sid, purpose, type, method = "BACS") => P.push({ date, area, amount, supplier, sid, purpose, type, method });
// the programme's payments
for (const [c, v] of GRANTS_Q2) pay("05/07/2184", SSP, v, c, { "Harnley Borough Council": "100311", "Oxmere District Council": "100356", "Brackwold District Council": "100372", "Stellingford City Council": "100419", "Wyndhallow District Council": "100447", "Corvistone Borough Council": "100482" }[c], "Special treatments inspection and enforcement grant Q2 2184/85", "Grants to other local authorities");
pay("29/07/2184", SSP, 6480, "Clearline Infection Control Training CIC", "208817", "Infection control training for licensed practitioners - cohorts 1 to 4", "Training - external providers");
pay("02/08/2184", SSP, 9350, "Pellucid Media Ltd", "211094", '"Check the Certificate" campaign - paid social media, July-August 2184', "Advertising and publicity");
pay("14/08/2184", SSP, SUMMIT.deposit, "Harnley Borough Council", "100311", "Safer Skin Summit 21/10/2184 - Moot Hall hire deposit", "Hire of premises");
pay("16/08/2184", SSP, -1150, "Pellucid Media Ltd", "211094", "Credit note - campaign impressions not delivered", "Advertising and publicity");
pay("23/08/2184", SSP, 4860, "Calderwood Analytical Ltd", "209533", "Tattoo ink and product sampling - batch 1 (12 samples), spot purchase", "Laboratory services");
pay("06/09/2184", SSP, 536.4, "SAFETYSUPPLY DIRECT", "", "UV torches and sample pots for inspections", "Equipment - purchase", "Purchasing Card");
pay("09/09/2184", SSP, 11800, "Licensia Systems Ltd", "210276", "Online special treatments licensing register - licence and hosting 2184/85", "Software licences");
pay("13/09/2184", SSP, 6480, "Clearline Infection Control Training CIC", "208817", "Infection control training for licensed practitioners - cohorts 5 to 8", "Training - external providers");
pay("20/09/2184", SSP, SUMMIT.printing, "Inkwell Print Co-operative Ltd", "206650", "Safer Skin Summit - programmes and delegate badges", "Printing and stationery");
pay("24/09/2184", SSP, 612.5, "REDACTED - PERSONAL DATA", "", "Test purchase volunteers - travel and subsistence, July to September", "Volunteer expenses");
pay("27/09/2184", SSP, 2750, "Ashgrave Chambers", "207741", "Counsel's fees - prosecution under the special treatments licensing scheme (Corvistone)", "Legal fees");
// the rest of the council's payments in the quarter
const SH = ["Public Health", "Sexual Health", "PH7102 Sexual Health Services"];
const SS = ["Public Health", "Healthy Lifestyles", "PH7140 Stop Smoking Service"];
const DA = ["Public Health", "Drugs and Alcohol", "PH7166 Drug and Alcohol Services"];
const ASC = ["Adult Social Care", "Community Care", "AS2210 Residential and Nursing Care"];
const HW = ["Highways and Transport", "Highway Maintenance", "HT5034 Carriageway Resurfacing"];
const LIB = ["Communities", "Libraries", "CM6120 Library Stock"];
const WST = ["Environment", "Waste Management", "EN4410 Waste Disposal Contract"];
const CS = ["Children's Services", "Early Help", "CH3305 Family Support"];
const PROP = ["Resources", "Corporate Property", "RS8801 County Hall"];
pay("01/07/2184", ASC, 48211.6, "REDACTED - PERSONAL DATA", "", "Residential care - July 2184", "Care homes - private");
pay("02/07/2184", WST, 312408.14, "Marchbourne Resource Recovery Ltd", "200114", "Waste disposal contract - June 2184", "Contract payments");
pay("05/07/2184", SH, 86250, "Marchbourne and Harnley Hospitals NHS Trust", "200902", "Integrated sexual health service - Q2 2184/85 block payment", "Health services - NHS bodies");
pay("08/07/2184", HW, 164980.5, "Tarnside Surfacing Ltd", "203318", "A4139 Oxmere Road resurfacing - valuation 3", "Contractors - highways");
pay("12/07/2184", LIB, 7420.88, "Folio Library Supply Ltd", "204471", "Adult fiction stock - July order", "Books and publications");
pay("15/07/2184", SS, 18600, "Breathe Easy Marchbourne CIC", "205092", "Stop smoking service - Q2 2184/85", "Health services - voluntary sector");
pay("19/07/2184", DA, 122500, "Turning Point Marchbourne", "200977", "Adult drug and alcohol treatment service - Q2 2184/85", "Health services - voluntary sector");
pay("22/07/2184", CS, 2360, "REDACTED - PERSONAL DATA", "", "Family support - direct payment", "Direct payments");
pay("26/07/2184", PROP, 14280, "Ridgeway Facilities Services Ltd", "201835", "County Hall cleaning - July 2184", "Cleaning contracts");
pay("30/07/2184", HW, 9815.25, "Brockhurst Traffic Management Ltd", "203907", "Temporary traffic management - A4139 works", "Contractors - highways");
pay("01/08/2184", ASC, 47903.2, "REDACTED - PERSONAL DATA", "", "Residential care - August 2184", "Care homes - private");
pay("02/08/2184", WST, 318774.9, "Marchbourne Resource Recovery Ltd", "200114", "Waste disposal contract - July 2184", "Contract payments");
pay("05/08/2184", SH, 4500, "Oxmere Community Pharmacy Group", "206128", "Emergency contraception in pharmacies - Q1 claims", "Health services - pharmacies");
pay("09/08/2184", LIB, 3115.4, "Folio Library Supply Ltd", "204471", "Children's picture books - summer reading challenge", "Books and publications");
pay("12/08/2184", PROP, 28650, "Kestrel Roofing (Harnley) Ltd", "207302", "County Hall east wing roof repairs", "Repairs and maintenance - buildings");
pay("18/08/2184", HW, 171204.35, "Tarnside Surfacing Ltd", "203318", "A4139 Oxmere Road resurfacing - valuation 4", "Contractors - highways");
pay("20/08/2184", DA, 6840, "Harnley Recovery Cafe", "208125", "Peer recovery support - Q2 grant", "Grants to voluntary organisations");
pay("26/08/2184", PROP, 14280, "Ridgeway Facilities Services Ltd", "201835", "County Hall cleaning - August 2184", "Cleaning contracts");
pay("27/08/2184", CS, 1875, "REDACTED - PERSONAL DATA", "", "Family support - direct payment", "Direct payments");
pay("01/09/2184", ASC, 48544.75, "REDACTED - PERSONAL DATA", "", "Residential care - September 2184", "Care homes - private");
pay("02/09/2184", WST, 309118.02, "Marchbourne Resource Recovery Ltd", "200114", "Waste disposal contract - August 2184", "Contract payments");
pay("03/09/2184", SS, 2940, "Oxmere Community Pharmacy Group", "206128", "Nicotine replacement therapy supplied by pharmacies - July and August", "Health services - pharmacies");
pay("07/09/2184", LIB, 12060.1, "Folio Library Supply Ltd", "204471", "E-book and e-audiobook licences - Q2", "Books and publications");
pay("10/09/2184", HW, 58330, "Tarnside Surfacing Ltd", "203318", "A4139 Oxmere Road resurfacing - final account", "Contractors - highways");
pay("16/09/2184", DA, 5200, "Marchbourne and Harnley Hospitals NHS Trust", "200902", "Inpatient detoxification beds - Q1 usage", "Health services - NHS bodies");
pay("21/09/2184", SH, 1260, "Inkwell Print Co-operative Ltd", "206650", "Sexual health service leaflets - reprint", "Printing and stationery");
pay("23/09/2184", PROP, 2214.6, "Ridgeway Facilities Services Ltd", "201835", "County Hall deep clean after roof repairs", "Cleaning contracts");
pay("26/09/2184", PROP, 14280, "Ridgeway Facilities Services Ltd", "201835", "County Hall cleaning - September 2184", "Cleaning contracts");
pay("29/09/2184", CS, 4380, "Harnley Borough Council", "100311", "Family hub room hire - Q2", "Hire of premises");
pay("30/09/2184", HW, 7640, "Brockhurst Traffic Management Ltd", "203907", "Temporary traffic management - final account", "Contractors - highways");

const iso = (d) => d.split("/").reverse().join("-");
P.sort((a, b) => iso(a.date).localeCompare(iso(b.date)));
let tn = 5000128790;
const rows = P.map((p) => [HOST, CODE, ...p.area.slice(0, 2), p.area[2], p.type, p.date, String(tn += 7), p.amount.toFixed(2), p.supplier, p.sid, p.purpose, p.method]);
const q = (f) => (/[",\r\n]/.test(f) ? '"' + f.replace(/"/g, '""') + '"' : f);
const pad = (first) => [first, ...Array(HEAD.length - 1).fill("")];
const T1 = `${HOST} - Expenditure over £500, July to September 2184 (Quarter 2 2184/85)`;
const T2 = "Published 29 October 2184 under the Local Government Transparency Code. Payments to individuals are redacted.";
const table = [pad(T1), pad(T2), pad(""), HEAD, ...rows];
writeFileSync(join(root, "docs", FILE), "\uFEFF" + table.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n");
const out = [T1, T2, HEAD.join(" | "), ...rows.map((r) => r.join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
// checks: the programme's rows against the report's budget
const ssp = rows.filter((r) => r[4] === SSP[2]);
const sum = (pred) => ssp.filter(pred).reduce((t, r) => t + Number(r[8]), 0);
if (sum((r) => r[5] === "Grants to other local authorities") !== 50000) throw new Error("grants");
if (sum((r) => r[11].includes("Safer Skin Summit")) !== SUMMIT.deposit + SUMMIT.printing) throw new Error("summit");
console.log(`wrote docs/${FILE} (${rows.length} payments, ${ssp.length} of them the programme's) and text/${BASE}.txt`);
