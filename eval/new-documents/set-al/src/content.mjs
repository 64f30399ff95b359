// One source of content for the five papers of the (invented) LGA Cosmetic Procedures and Special
// Treatments Panel, 2071/72. Every person, figure, risk and decision here is invented.

export const BODY = "Cosmetic Procedures and Special Treatments Panel";

// Members 2071/72 as at 18 November 2071 (Cllr Bronwen Stanhope replaced Cllr Tobias Cudworth on 12 October 2071).
export const MEMBERS = [
  { name: "Cllr Hattie Blencowe", council: "Wiltshire Council", group: "Conservative", role: "Chair" },
  { name: "Cllr Abimbola Thackeray", council: "Manchester City Council", group: "Labour", role: "Vice-Chair" },
  { name: "Cllr Leonard Gilhooly", council: "South Cambridgeshire District Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { name: "Cllr Stanislav Dobrowolski", council: "Cumberland Council", group: "Independent", role: "Deputy Chair" },
  { name: "Cllr Piers Ashburnham", council: "Lincolnshire County Council", group: "Conservative", role: "Member" },
  { name: "Cllr Geraldine Rigsby", council: "Kent County Council", group: "Conservative", role: "Member" },
  { name: "Cllr Bronwen Stanhope", council: "West Sussex County Council", group: "Conservative", role: "Member" },
  { name: "Cllr Anjali Mukherjee", council: "London Borough of Croydon", group: "Labour", role: "Member" },
  { name: "Cllr Jolene Hepworth", council: "Liverpool City Council", group: "Labour", role: "Member" },
  { name: "Cllr Rafael Ionescu", council: "Leicester City Council", group: "Labour", role: "Member" },
  { name: "Cllr Felix Lowndes", council: "Somerset Council", group: "Liberal Democrat", role: "Member" },
  { name: "Cllr Mairead Kittredge", council: "Bristol City Council", group: "Green", role: "Member" },
];

export const SUBSTITUTES = [
  { name: "Cllr Margot Pridmore", council: "North Yorkshire Council", group: "Conservative" },
  { name: "Cllr Oluwaseun Adeyemi-Hart", council: "Leeds City Council", group: "Labour" },
  { name: "Cllr Ines Ferreira-Lund", council: "St Albans City and District Council", group: "Liberal Democrat" },
  { name: "Cllr Kenji Nakashima", council: "London Borough of Havering", group: "Independent" },
  { name: "Cllr Dorothy Goodlad", council: "Norwich City Council", group: "Green" },
];

export const OFFICERS = {
  isolde: { name: "Isolde Wetherall", post: "Senior Adviser (Public Protection)", phone: "020 7946 0452", email: "isolde.wetherall@local.gov.uk" },
  caspar: { name: "Caspar Orrell", post: "Adviser (Licensing and Enforcement)", phone: "020 7946 0562", email: "caspar.orrell@local.gov.uk" },
  priya: { name: "Priya Cottingham", post: "Member Services Officer", phone: "020 7946 0735", email: "priya.cottingham@local.gov.uk" },
  rupert: { name: "Rupert Fairbrother", post: "Head of Regulatory Services", phone: "020 7946 0688", email: "rupert.fairbrother@local.gov.uk" },
  leah: { name: "Leah Babbage", post: "Principal Policy Adviser (Public Health)", phone: "020 7946 0647", email: "leah.babbage@local.gov.uk" },
  saoirse: { name: "Saoirse Mycroft", post: "Policy Adviser (Finance)", phone: "020 7946 0827", email: "saoirse.mycroft@local.gov.uk" },
};

export const FILES = {
  teams: "cosmetic-procedures-special-treatments-panel-teams-channel-export-2071-11-20.txt",
  risks: "cosmetic-procedures-special-treatments-panel-risk-register-2071-10-30.html",
  minutes: "cosmetic-procedures-special-treatments-panel-minutes-2071-09-09.pdf",
  tor: "cosmetic-procedures-special-treatments-panel-item-3-terms-of-reference-membership-2071-11-18.docx",
  perf: "cosmetic-procedures-special-treatments-panel-item-5-performance-q2-2071-72.pdf",
};
