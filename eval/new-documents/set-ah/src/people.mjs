// Shared content: the people of the invented Coastal Change and Seaside Towns Panel (2043/44).
// Synthetic test fixture: every councillor, officer and figure here is invented.
// Used by the builders of the bulletin (.docx) and the meeting notes (.html) so that names, councils,
// groups and phone numbers agree across documents.

export const BODY = "Coastal Change and Seaside Towns Panel";

export const GROUPS = { Con: "Conservative", Lab: "Labour", LD: "Liberal Democrat", Ind: "Independent" };

// Membership 2043/44 as at December 2043 (after Cllr Maud Aindow stood down in September 2043 and the
// Labour group nominated Cllr Declan Rimmer from the December meeting).
export const MEMBERS = [
  { name: "Barnabas Lazenby", group: "Con", council: "East Riding of Yorkshire Council", role: "Chair" },
  { name: "Nkiruka Ogunbiyi", group: "Lab", council: "Blackpool Council", role: "Vice-Chair" },
  { name: "Rosalind Tamblyn", group: "LD", council: "Eastbourne Borough Council", role: "Deputy Chair" },
  { name: "Kerensa Pethick", group: "Ind", council: "Isle of Wight Council", role: "Deputy Chair" },
  { name: "Osbert Cubitt", group: "Con", council: "Tendring District Council", role: "Member" },
  { name: "Harinder Dhaliwal", group: "Con", council: "East Suffolk Council", role: "Member" },
  { name: "Wendell Haworth", group: "Lab", council: "Redcar and Cleveland Borough Council", role: "Member" },
  { name: "Jasper Holdsworth", group: "Con", council: "North Yorkshire Council", role: "Member" },
  { name: "Tunde Akinola", group: "Lab", council: "Thanet District Council", role: "Member" },
  { name: "Morag Blewett", group: "LD", council: "Torbay Council", role: "Member" },
  { name: "Declan Rimmer", group: "Lab", council: "Sefton Council", role: "Member", isNew: true },
  { name: "Philippa Varcoe", group: "Con", council: "Dorset Council", role: "Member" },
];
export const FORMER = { name: "Maud Aindow", group: "Lab", council: "Sefton Council", role: "Member" };

export const SUBSTITUTES = [
  { name: "Ingrid Fulcher", group: "Con", council: "Lincolnshire County Council" },
  { name: "Ravi Ramaswamy", group: "Lab", council: "Great Yarmouth Borough Council" },
  { name: "Loveday Chenoweth", group: "LD", council: "Cornwall Council" },
  { name: "Hedley Tuddenham", group: "Ind", council: "Hastings Borough Council" },
];

export const OFFICERS = {
  head: { name: "Marguerite Scantlebury", post: "Head of Place and Environment", phone: "020 7946 0561" },
  lead: { name: "Delphine Nankivell", post: "Senior Adviser (Coastal Change)", phone: "020 7946 0575" },
  programmes: { name: "Conrad Skewes", post: "Adviser (Coastal Programmes)", phone: "020 7946 0617" },
  economies: { name: "Olamide Retallack", post: "Adviser (Seaside Economies)", phone: "020 7946 0629" },
  research: { name: "Dr Anouk Brokenshire", post: "Senior Research Officer", phone: "020 7946 0583" },
  finance: { name: "Piers Lovick", post: "Finance Business Partner", phone: "020 7946 0390" },
  members: { name: "Yasmin Sayer", post: "Member Services Officer", phone: "020 7946 0442" },
};

export const email = (name) =>
  name.replace(/^Dr /, "").toLowerCase().replace(/[^a-z ]/g, "").trim().replace(/ +/g, ".") + "@local.gov.uk";

export const esc = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
