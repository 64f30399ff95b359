// Builds docs/hsttg-contacts-outlook-export-2146-12-06.csv and its rendering in text/.
// Layout: AN OUTLOOK CONTACTS FOLDER EXPORTED AS CSV ("File > Open & Export > Import/Export > Export to a
// file > Comma Separated Values"), as the Programme Manager's "HSTTG" contacts folder would come out:
// OUTLOOK'S FIXED HEADER OF 92 FIELDS (Title, First Name, Middle Name, Last Name, Suffix, Company,
// Department, Job Title, three addresses of seven fields each, nineteen telephone fields, Account,
// Anniversary … Web Page), EVERY FIELD QUOTED, EMPTY ONES AS "", most of every row empty; Outlook's
// placeholders in the fields nobody filled ("0/0/00" for Anniversary and Birthday, "Unspecified" for
// Gender, "Normal" for Priority and Sensitivity, "False" for Private, "SMTP" for E-mail Type, an
// "E-mail Display Name" of "Name (address)"). Written in the Windows code page (WINDOWS-1252, CRLF row
// ends, no byte order mark: "é" is byte E9, "–" 96), with CRLF line breaks INSIDE quoted Notes fields.
// What the folder knows about people is spread over fields that do not say it in words: the council in
// Company, the political group in Department, the TASK GROUP ROLE ONLY IN CATEGORIES (semicolon-joined
// Outlook categories: "HSTTG;HSTTG Chair", "HSTTG Substitute", "HSTTG Former member", "LGA
// Officer;HSTTG Officer"), while Job Title holds the councillor's job at their own council ("Cabinet
// Member for Education", "Deputy Leader of the Council"), not their Task Group role; lead members'
// portfolios, the member who stood down and her successor, and who is the contact officer for what are
// only in Notes. Rows in the folder's order (as Outlook exports them: by when each contact was added),
// not sorted by name or role.
// Rendering: the header row, then each contact as its non-empty fields joined by " | " in field order,
// a line break inside a field as a space.
// Synthetic test fixture: every person, council, address and number is invented (telephone
// numbers in Ofcom's drama ranges).
//   node src/build-contacts-outlook-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, OFFICERS as O, GUEST, PEOPLE, P } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.contacts;
const BASE = basename(FILE, extname(FILE));

const HEADER = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
  "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State", "Business Postal Code", "Business Country/Region",
  "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code", "Home Country/Region",
  "Other Street", "Other Street 2", "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
  "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex",
  "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box", "Categories", "Children", "Directory Server",
  "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
  "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
  "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page"];
if (HEADER.length !== 92) throw new Error("Outlook's header has 92 fields, not " + HEADER.length);

// council offices (invented)
const OFFICES = {
  Quennbridge: ["County Hall, Castle Street", "Quennbridge", "QN1 4DL"],
  Saltharrow: ["Civic Centre, Harbour Road", "Saltharrow", "SH2 7PQ"],
  Wenlowby: ["Council Offices, Mill Lane", "Wenlowby", "WB8 3NT"],
  Harrowfell: ["Town Hall, Victoria Square", "Harrowfell", "HF1 1TH"],
  Corrisby: ["District Offices, Station Road", "Corrisby", "CR5 9BE"],
  Tamsford: ["Town Hall, Bridge Street", "Tamsford", "TM3 2RW"],
  Ockerby: ["The Guildhall, Market Place", "Ockerby", "OK4 6GH"],
  Lindenholt: ["Civic Offices, Linden Way", "Lindenholt", "LH7 5AZ"],
  Pennerby: ["City Hall, Cathedral Walk", "Pennerby", "PY1 3CW"],
  Blackmere: ["Vale House, Abbey Road", "Blackmere", "BV2 8JU"],
};
const GROUPS = { Conservative: "Conservative Group", Labour: "Labour Group", "Liberal Democrat": "Liberal Democrat Group", Independent: "Independent Group", "Green Party": "Green Group" };
const initials = (...names) => names.map((n) => n[0] + ".").join("");

const NOTES = {
  thornycroft: "Chair of the Task Group for 2146/47 (appointed by the Children, Schools and Families Board on 25 May 2146).\r\nPapers to her council e-mail; copy Rosamund Keel, her PA, on meeting invitations.",
  marrick: "Vice-Chair. Consult him on any decision the Chair takes between meetings (up to £100,000).",
  fellgate: "Deputy Chair from 15 June 2146.",
  gethryn: "Lead member for SEND travel.\r\nAlso Cabinet Member for Education at Harrowfell – declare at any item on Harrowfell's bids.",
  strangeways: "Lead member for post-16 transport.",
  ugwuanyi: "",
  lowndes: "Prefers e-mail; has not given a phone number.",
  tilsworth: "Lead member for independent travel training. Usually joins meetings online.",
  rawcliffe: "",
  quaife: "",
  yeoward: "Asked for all papers in large print (14pt).",
  brimblecombe: "Member from 01/10/2146, replacing Cllr Winifred Askwith.",
  vargaholme: "Named substitute for the Conservative group.",
  ibekwe: "Named substitute for the Labour group.",
  orrell: "Named substitute for the Liberal Democrat group.",
  askwith: "Stood down from the Task Group on 30/09/2146 (no longer a councillor).\r\nReplaced by Cllr Ignatius Brimblecombe from 01/10/2146. Kept for the 2146/47 attendance record.",
};
const CATS = {
  Chair: "HSTTG;HSTTG Chair", "Vice-Chair": "HSTTG;HSTTG Vice-Chair", "Deputy Chair": "HSTTG;HSTTG Deputy Chair",
  Member: "HSTTG", Substitute: "HSTTG Substitute", "Former member": "HSTTG Former member",
};

function row(f) {
  const r = Object.fromEntries(HEADER.map((h) => [h, ""]));
  Object.assign(r, { Anniversary: "0/0/00", Birthday: "0/0/00", Gender: "Unspecified", Priority: "Normal", Private: "False", Sensitivity: "Normal" }, f);
  if (r["E-mail Address"]) { r["E-mail Type"] = "SMTP"; r["E-mail Display Name"] = `${f["First Name"]} ${f["Last Name"]} (${f["E-mail Address"]})`; }
  return HEADER.map((h) => r[h]);
}
const councillor = (p) => {
  const [street, city, pc] = OFFICES[p.town];
  return row({
    Title: "Cllr", "First Name": p.fore, "Last Name": p.sur, Company: p.council, Department: GROUPS[p.group], "Job Title": p.job,
    "Business Street": street, "Business City": city, "Business Postal Code": pc, "Business Country/Region": "United Kingdom",
    "Mobile Phone": p.mobile, Categories: p.lead ? CATS[p.role] + ";HSTTG Lead member" : CATS[p.role],
    "E-mail Address": p.email, Initials: initials(p.fore, p.sur), Notes: NOTES[p.k] ?? "",
  });
};
const officer = (o, notes) => row({
  "First Name": o.fore, "Last Name": o.sur, Company: "Local Government Association", Department: "Children and Young People", "Job Title": o.post,
  "Business Street": "18 Smith Square", "Business City": "London", "Business Postal Code": "SW1P 3HZ", "Business Country/Region": "United Kingdom",
  "Business Phone": o.phone, Categories: "LGA Officer;HSTTG Officer", "E-mail Address": o.email, Initials: initials(o.fore, o.sur), Notes: notes, "Office Location": "18 Smith Square, 4th floor",
});

// the folder's order: officers first (the folder was set up by the Programme Manager, her own card
// first), then members as they were added, the replacement last
const order = ["thornycroft", "marrick", "fellgate", "askwith", "gethryn", "strangeways", "ugwuanyi", "lowndes", "tilsworth", "rawcliffe", "quaife", "yeoward", "vargaholme", "ibekwe", "orrell", "brimblecombe"];
if (order.length !== PEOPLE.length || !PEOPLE.every((p) => order.includes(p.k))) throw new Error("order");
const rows = [
  HEADER,
  officer(O.oluwaseun, "Programme Manager: owner of the delivery plan (GitLab wiki)."),
  officer(O.juniper, "Contact officer for the route optimisation pilots and for SEND transport."),
  officer(O.casimir, "Finance Business Partner for the School Travel Programme and the Route Review Fund."),
  officer(O.wilfred, "Clerk to the Task Group: agendas, minutes, Loomio."),
  officer(O.theodora, ""),
  ...order.map((k) => councillor(P[k])),
  row({
    "First Name": "Priya", "Last Name": "Wenham", Company: "Community Minibus Partnership", "Job Title": "Chief Executive",
    "Business Street": "Unit 4, Foundry Yard", "Business City": "Pennerby", "Business Postal Code": "PY2 6LX", "Business Country/Region": "United Kingdom",
    "Business Phone": "0161 496 0358", Categories: "HSTTG Guest speaker", "E-mail Address": "priya.wenham@communityminibus.org.uk", Initials: "P.W.",
    Notes: "Presented at the meeting of 16 November 2146 (item 7).",
  }),
];

const field = (c) => `"${String(c).replace(/"/g, '""')}"`;
const csv = rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
const bytes = iconv.encode(csv, "windows-1252");
if (iconv.decode(bytes, "windows-1252") !== csv) throw new Error("a character is not in Windows-1252");
writeFileSync(join(root, "docs", FILE), bytes);

const out = rows.map((r) => r.filter((c) => c !== "").map((c) => String(c).replace(/\r\n/g, " ")).join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${rows.length - 1} contacts, ${HEADER.length} fields, Windows-1252, CRLF)`);
