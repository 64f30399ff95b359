// One source for the facts that several documents share: the Panel, its members and substitutes,
// officers, group offices and meeting dates. Synthetic test fixture: every person, figure and
// decision here is invented (real council names are used so the papers read like the genre).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
// The project's node_modules (docx 9.x, pdfkit 0.20.x); override with NODE_MODULES=/path/to/node_modules
export const NODE_MODULES = process.env.NODE_MODULES || "/work/main/node_modules";
export const requireFromProject = createRequire(join(NODE_MODULES, "noop.js"));
export const FONTS = process.env.FONTS_DIR || "/usr/share/fonts/truetype/dejavu";

export const BODY = "Animal Welfare and Stray Dogs Panel";
export const BODY_SHORT = "AWSD Panel";
export const YEAR = "2058/59";

export const MEETINGS = {
  first: "15 May 2058",
  second: "3 July 2058",
  third: "18 September 2058", // notes on the wiki
  fourth: "27 November 2058", // the letters invite members to this one
  fifth: "29 January 2059",
  sixth: "19 March 2059",
};

export const OFFICERS = {
  lead: { name: "Dr Callum Brierley", short: "C. Brierley", post: "Senior Adviser, Animal Welfare and Regulation", phone: "020 7946 0846", email: "callum.brierley@local.gov.uk" },
  adviser: { name: "Marisol Dewhirst", short: "M. Dewhirst", post: "Adviser, Regulatory Services", phone: "020 7946 0591", email: "marisol.dewhirst@local.gov.uk" },
  research: { name: "Ffion Rhydderch", short: "F. Rhydderch", post: "Research Officer", phone: "020 7946 0627", email: "ffion.rhydderch@local.gov.uk" },
  members: { name: "Tamsin Elderkin", short: "T. Elderkin", post: "Member Services Officer", phone: "020 7946 0518", email: "tamsin.elderkin@local.gov.uk" },
};

// The LGA's political group offices. Green councillors sit in the LGA's Independent Group.
export const GROUP_OFFICES = {
  Con: { group: "Conservative Group", phone: "020 7946 0891", email: "lgaconservatives@local.gov.uk" },
  Lab: { group: "Labour Group", phone: "020 7946 0894", email: "lgalabour@local.gov.uk" },
  LD: { group: "Liberal Democrat Group", phone: "020 7946 0903", email: "lgalibdem@local.gov.uk" },
  Ind: { group: "Independent Group", phone: "020 7946 0906", email: "lgaindependent@local.gov.uk" },
  Grn: { group: "Independent Group", phone: "020 7946 0906", email: "lgaindependent@local.gov.uk" },
};

export const PARTY_NAMES = { Con: "Conservative", Lab: "Labour", LD: "Liberal Democrat", Ind: "Independent", Grn: "Green" };
export const ROLE_NAMES = { CH: "Chair", VC: "Vice-Chair", DL: "Deputy Chair and group lead member", MEM: "Member", SUB: "Named substitute" };

// Membership records as the members' database holds them (one row per appointment).
// attended / expected: Panel meetings of 2058/59 up to the export (15 May, 3 July, 18 September 2058).
export const MEMBERSHIP = [
  { surname: "Staveley", forename: "Imogen", council: "Herefordshire Council", party: "Con", role: "CH", start: "15/05/2058", end: "", lead: "", note: "", email: "imogen.staveley@herefordshire.gov.uk", attended: 3, expected: 3,
    address: ["Herefordshire Council", "Plough Lane", "Hereford", "HR4 0LE"], interest: "" },
  { surname: "Ottoway", forename: "Dwayne", council: "Wakefield Council", party: "Lab", role: "VC", start: "15/05/2058", end: "", lead: "Stray dogs, kennelling and rehoming", note: "", email: "dwayne.ottoway@wakefield.gov.uk", attended: 3, expected: 3,
    address: ["Wakefield Council", "Wakefield One", "Burton Street", "Wakefield", "WF1 2EB"], interest: "" },
  { surname: "Gostelow", forename: "Priya", council: "South Cambridgeshire District Council", party: "LD", role: "DL", start: "15/05/2058", end: "", lead: "Breeding, boarding and pet sales licensing", note: "", email: "priya.gostelow@scambs.gov.uk", attended: 2, expected: 3,
    address: ["South Cambridgeshire District Council", "South Cambridgeshire Hall", "Cambourne Business Park", "Cambourne", "Cambridge", "CB23 6EA"], interest: "" },
  { surname: "Ashpole", forename: "Mervyn", council: "Isle of Wight Council", party: "Ind", role: "DL", start: "15/05/2058", end: "", lead: "Fly-grazing, abandoned horses and livestock", note: "", email: "mervyn.ashpole@iow.gov.uk", attended: 3, expected: 3,
    address: ["Isle of Wight Council", "County Hall", "High Street", "Newport", "Isle of Wight", "PO30 1UD"], interest: "owner of grazing land at Arreton, Isle of Wight, which is let for horse grazing" },
  { surname: "Ellacott", forename: "Harriet", council: "North Yorkshire Council", party: "Con", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "harriet.ellacott@northyorks.gov.uk", attended: 3, expected: 3,
    address: ["North Yorkshire Council", "County Hall", "Racecourse Lane", "Northallerton", "DL7 8AD"], interest: "" },
  { surname: "Kinghorn", forename: "Tobias", council: "Basildon Borough Council", party: "Con", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "tobias.kinghorn@basildon.gov.uk", attended: 2, expected: 3,
    address: ["Basildon Borough Council", "The Basildon Centre", "St Martin's Square", "Basildon", "SS14 1DL"], interest: "your partner runs a licensed dog boarding business in Basildon" },
  { surname: "Bicknell", forename: "Eleri", council: "Torridge District Council", party: "Con", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "eleri.bicknell@torridge.gov.uk", attended: 1, expected: 3,
    address: ["Torridge District Council", "Riverbank House", "Bideford", "EX39 2QG"], interest: "" },
  { surname: "Shilcock", forename: "Sunniva", council: "Sandwell Metropolitan Borough Council", party: "Lab", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "sunniva.shilcock@sandwell.gov.uk", attended: 3, expected: 3,
    address: ["Sandwell Metropolitan Borough Council", "Sandwell Council House", "Freeth Street", "Oldbury", "B69 3DE"], interest: "" },
  { surname: "Qadri", forename: "Nasreen", council: "Bristol City Council", party: "Lab", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "nasreen.qadri@bristol.gov.uk", attended: 3, expected: 3,
    address: ["Bristol City Council", "City Hall", "College Green", "Bristol", "BS1 5TR"], interest: "" },
  { surname: "Olatunji", forename: "Femi", council: "Bolsover District Council", party: "Lab", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "femi.olatunji@bolsover.gov.uk", attended: 2, expected: 3,
    address: ["Bolsover District Council", "The Arc", "High Street", "Clowne", "S43 4JY"], interest: "a practising veterinary surgeon at a practice in Chesterfield" },
  { surname: "Cottrill", forename: "Barnaby", council: "Wirral Council", party: "Lab", role: "MEM", start: "15/05/2058", end: "31/07/2058", lead: "", note: "Stood down; replaced by Cllr M. Coulthard", email: "barnaby.cottrill@wirral.gov.uk", attended: 1, expected: 2,
    address: null, interest: "" },
  { surname: "Coulthard", forename: "Martina", council: "Barnsley Metropolitan Borough Council", party: "Lab", role: "SUB", start: "15/05/2058", end: "31/07/2058", lead: "", note: "Became a member from 01/08/2058", email: "martina.coulthard@barnsley.gov.uk", attended: 1, expected: "",
    address: null, interest: "" },
  { surname: "Coulthard", forename: "Martina", council: "Barnsley Metropolitan Borough Council", party: "Lab", role: "MEM", start: "01/08/2058", end: "", lead: "", note: "In place of Cllr B. Cottrill", email: "martina.coulthard@barnsley.gov.uk", attended: 1, expected: 1,
    address: ["Barnsley Metropolitan Borough Council", "Town Hall", "Church Street", "Barnsley", "S70 2TA"], interest: "" },
  { surname: "Wraxall", forename: "Rowan", council: "Stroud District Council", party: "Grn", role: "MEM", start: "15/05/2058", end: "", lead: "Microchipping, data and research", note: "", email: "rowan.wraxall@stroud.gov.uk", attended: 3, expected: 3,
    address: ["Stroud District Council", "Ebley Mill", "Ebley Wharf", "Stroud", "GL5 4UB"], interest: "trustee of Stroud Dog Rescue, a registered charity that holds a kennelling contract with Stroud District Council" },
  { surname: "Wrobel", forename: "Agnieszka", council: "Mid Suffolk District Council", party: "LD", role: "MEM", start: "15/05/2058", end: "", lead: "", note: "", email: "agnieszka.wrobel@midsuffolk.gov.uk", attended: 2, expected: 3,
    address: ["Mid Suffolk District Council", "Endeavour House", "8 Russell Road", "Ipswich", "IP1 2BX"], interest: "" },
  { surname: "Swithenbank", forename: "Gideon", council: "Shropshire Council", party: "Con", role: "SUB", start: "15/05/2058", end: "", lead: "", note: "", email: "gideon.swithenbank@shropshire.gov.uk", attended: 1, expected: "",
    address: ["Shropshire Council", "Shirehall", "Abbey Foregate", "Shrewsbury", "SY2 6ND"], interest: "" },
  { surname: "Lusk", forename: "Bernadette", council: "Wealden District Council", party: "Con", role: "SUB", start: "15/05/2058", end: "", lead: "", note: "", email: "bernadette.lusk@wealden.gov.uk", attended: 0, expected: "",
    address: ["Wealden District Council", "Vicarage Lane", "Hailsham", "BN27 2AX"], interest: "" },
  { surname: "Prowse", forename: "Jarvis", council: "Doncaster Council", party: "Lab", role: "SUB", start: "01/09/2058", end: "", lead: "", note: "Lab substitute in place of Cllr M. Coulthard", email: "jarvis.prowse@doncaster.gov.uk", attended: 0, expected: "",
    address: ["Doncaster Council", "Civic Office", "Waterdale", "Doncaster", "DN1 3BU"], interest: "" },
  { surname: "Ventham", forename: "Hollis", council: "Cotswold District Council", party: "LD", role: "SUB", start: "15/05/2058", end: "", lead: "", note: "", email: "hollis.ventham@cotswold.gov.uk", attended: 1, expected: "",
    address: ["Cotswold District Council", "Trinity Road", "Cirencester", "GL7 1PX"], interest: "" },
  { surname: "Bramhall", forename: "Alastair", council: "Ashfield District Council", party: "Ind", role: "SUB", start: "15/05/2058", end: "", lead: "", note: "", email: "alastair.bramhall@ashfield.gov.uk", attended: 0, expected: "",
    address: ["Ashfield District Council", "Urban Road", "Kirkby-in-Ashfield", "NG17 8DA"], interest: "" },
];

// Current appointments (no end date), in the order the letters were merged: by role, then surname.
const ROLE_ORDER = { CH: 0, VC: 1, DL: 2, MEM: 3, SUB: 4 };
export const CURRENT = MEMBERSHIP.filter((m) => !m.end).sort(
  (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.surname.localeCompare(b.surname),
);

export const fullName = (m) => `Cllr ${m.forename} ${m.surname}`;
