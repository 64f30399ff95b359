// One source of the content shared by the builders of the Oral Health Improvement Task Group set.
// Everything here is invented (synthetic test fixture); real council names only.

export const MEMBERS = [
  { name: "Cllr Marisol Crossthwaite", council: "Gateshead Council", group: "Labour", role: "Chair" },
  { name: "Cllr Tobias Pinnegar", council: "Wiltshire Council", group: "Conservative", role: "Vice-Chair" },
  { name: "Cllr Hedda Lovibond", council: "Cornwall Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { name: "Cllr Anwen Pothecary", council: "Herefordshire Council", group: "Independent", role: "Deputy Chair" },
  { name: "Cllr Desmond Eckersley", council: "Blackpool Council", group: "Labour", role: "Member" },
  { name: "Cllr Farida Khatun", council: "Leicester City Council", group: "Labour", role: "Member" },
  { name: "Cllr Olwen Isherwood", council: "City of Bradford Metropolitan District Council", group: "Labour", role: "Member" },
  { name: "Cllr Imogen Chudleigh", council: "Lancashire County Council", group: "Conservative", role: "Member" },
  { name: "Cllr Barnaby Oakshott", council: "Surrey County Council", group: "Conservative", role: "Member" },
  { name: "Cllr Kester Trudgeon", council: "Somerset Council", group: "Liberal Democrat", role: "Member" },
];
export const SUBS = [
  { name: "Cllr Priya Mossop", council: "Sunderland City Council", group: "Labour" },
  { name: "Cllr Jonah Bettridge", council: "North Yorkshire Council", group: "Conservative" },
  { name: "Cllr Ceri Whalley", council: "London Borough of Sutton", group: "Liberal Democrat" },
  { name: "Cllr Ruth Juckes", council: "Ashfield District Council", group: "Independent" },
];
export const OFFICERS = {
  pagnell: { name: "Saoirse Pagnell", user: "SPagnell", post: "Senior Adviser (Public Health)", role: "lead officer", phone: "020 7946 0146", email: "saoirse.pagnell@local.gov.uk" },
  cardew: { name: "Hamza Cardew", user: "HCardew", post: "Policy Adviser (Oral Health)", phone: "020 7946 0713", email: "hamza.cardew@local.gov.uk" },
  vellacott: { name: "Gareth Vellacott", user: "GVellacott", post: "Programme Officer" },
  zubair: { name: "Nadia Zubair", user: "NZubair", post: "Head of Programmes" },
  kewley: { name: "Letitia Kewley", user: "LKewley", post: "Finance Business Partner", phone: "020 7946 0274", email: "letitia.kewley@local.gov.uk" },
  wadsworth: { name: "Joel Wadsworth", user: "JWadsworth", post: "Communications Manager" },
  kinsella: { name: "Orla Kinsella", user: "OKinsella", post: "Member Services Officer", role: "meetings, apologies and substitutes", phone: "020 7946 0851", email: "orla.kinsella@local.gov.uk" },
};
export const MEETINGS = [
  { date: "Thursday 16 September 2066", business: "Terms of reference; work programme 2066/67; NHS dental access in task group members' areas", papers: "Published" },
  { date: "Thursday 18 November 2066", business: "Dental epidemiology survey 2066; supervised toothbrushing; Wear Valley and Derwentside fluoridation consultation; risk register and budget, Quarter 2", papers: "Due 10 November 2066" },
  { date: "Thursday 20 January 2067", business: "Fluoride varnish good practice guide; care homes survey; joint funding bid", papers: "Not yet due" },
  { date: "Thursday 17 March 2067", business: "End-of-year report to the Community Wellbeing Board; 2067/68 work programme", papers: "Not yet due" },
];
export const ASKS = [
  { ref: "A1", ask: "A ring-fenced supervised toothbrushing grant for councils of £32 million a year", of: "Department of Health and Social Care", lead: "cardew", rating: "Red", reviewed: "2 November 2066" },
  { ref: "A2", ask: "Ward-level NHS dental access data published every quarter", of: "NHS England", lead: "vellacott", rating: "Amber", reviewed: "2 November 2066" },
  { ref: "A3", ask: "The capital and running costs of new fluoridation schemes met by Government, not from the public health grant", of: "Department of Health and Social Care", lead: "pagnell", rating: "Amber", reviewed: "28 October 2066" },
  { ref: "A4", ask: "Fluoride varnish offered at every health visitor review at 12 months", of: "NHS England", lead: "cardew", rating: "Green", reviewed: "28 October 2066" },
  { ref: "A5", ask: "Residents' oral health care checked in every care home inspection", of: "Care Quality Commission", lead: "zubair", rating: "Green", reviewed: "14 October 2066" },
  { ref: "A6", ask: "The soft drinks levy extended to milk-based drinks with added sugar", of: "HM Treasury", lead: "wadsworth", rating: "Grey", reviewed: "14 October 2066" },
];

// SharePoint list: Delivery confidence groups, in the view's group order
export const CONFIDENCE = [
  { value: "Stalled", colour: "red", meaning: "blocked or past its target date; needs the task group's help" },
  { value: "Drifting", colour: "amber", meaning: "slipping, but recoverable with action in hand" },
  { value: "On course", colour: "green", meaning: "on time and within budget" },
  { value: "Delivered", colour: "blue", meaning: "complete" },
];
export const TRACKER = [
  { ref: "OHT-04", title: "Secure a ring-fenced supervised toothbrushing grant in the next Spending Review", ws: "Prevention", lead: "cardew", conf: "Stalled", target: "31/03/2067", update: "No reply from the Department of Health and Social Care to the Chair's letter of 14 July. The Spending Review date has still not been announced.", modified: "3 November 2066", by: "cardew" },
  { ref: "OHT-09", title: "Data sharing agreement with NHS England for ward-level dental access data", ws: "Access", lead: "vellacott", conf: "Stalled", target: "30/09/2066", update: "Past its target date. NHS England's legal team has not signed the agreement sent on 2 August, so the dental access research cannot start.", modified: "8 November 2066", by: "vellacott" },
  { ref: "OHT-02", title: "Good practice guide on fluoride varnish in community settings", ws: "Prevention", lead: "cardew", conf: "Drifting", target: "31/12/2066", update: "Two case studies (Blackpool and Leicester) still awaited; publication now likely in January 2067.", modified: "1 November 2066", by: "cardew" },
  { ref: "OHT-06", title: "Toolkit for councils consulting on community water fluoridation schemes", ws: "Fluoridation", lead: "pagnell", conf: "Drifting", target: "28/02/2067", update: "Waiting for the Department's revised guidance on fluoridation consultations, promised for October and not yet issued.", modified: "27 October 2066", by: "pagnell" },
  { ref: "OHT-11", title: "Survey of councils on oral health in care homes", ws: "Care homes", lead: "zubair", conf: "Drifting", target: "31/01/2067", update: "Response rate 38% at 4 November against the 60% needed for reliable results. Closing date extended to 2 December.", modified: "4 November 2066", by: "zubair" },
  { ref: "OHT-13", title: "Model sugar reduction clause for council leisure and catering contracts", ws: "Sugar reduction", lead: "zubair", conf: "Drifting", target: "31/03/2067", update: "Legal advice on whether the clause is compatible with procurement rules is still awaited.", modified: "19 October 2066", by: "zubair" },
  { ref: "OHT-03", title: "Model specification for supervised toothbrushing in early years settings", ws: "Prevention", lead: "cardew", conf: "On course", target: "31/01/2067", update: "Paper to the 18 November meeting (item 4) for decision.", modified: "9 November 2066", by: "cardew" },
  { ref: "OHT-05", title: "LGA response to the Wear Valley and Derwentside fluoridation consultation", ws: "Fluoridation", lead: "pagnell", conf: "On course", target: "11/12/2066", update: "Draft response to the 18 November meeting (item 5). Consultation closes 11 December.", modified: "9 November 2066", by: "pagnell" },
  { ref: "OHT-07", title: "Dental access briefing for councillors", ws: "Access", lead: "wadsworth", conf: "On course", target: "15/01/2067", update: "First draft with the Chair for comment.", modified: "2 November 2066", by: "wadsworth" },
  { ref: "OHT-08", title: "Webinar series for health and wellbeing boards (three sessions)", ws: "Access", lead: "vellacott", conf: "On course", target: "31/03/2067", update: "First session held on 20 October 2066 with 212 attendees. Second session booked for 26 January 2067.", modified: "21 October 2066", by: "vellacott" },
  { ref: "OHT-10", title: "Council-level analysis of the 2066 dental epidemiology survey", ws: "Evidence", lead: "zubair", conf: "On course", target: "31/12/2066", update: "Headline results to be presented to the 18 November meeting; council tables in preparation.", modified: "7 November 2066", by: "zubair" },
  { ref: "OHT-14", title: "Toothbrush and toothpaste packs through family hubs: pilot in six councils", ws: "Prevention", lead: "vellacott", conf: "On course", target: "31/03/2067", update: "41,260 packs handed out by 31 October, against 60,000 planned for the year. Second supplier in place since August.", modified: "5 November 2066", by: "zubair" },
  { ref: "OHT-01", title: "Agree terms of reference and work programme for 2066/67", ws: "Governance", lead: "pagnell", conf: "Delivered", target: "16/09/2066", update: "Agreed at the first meeting on 16 September 2066.", modified: "17 September 2066", by: "kinsella" },
  { ref: "OHT-12", title: "Chair's letter to the Minister for Public Health on toothbrushing funding", ws: "Prevention", lead: "cardew", conf: "Delivered", target: "31/07/2066", update: "Letter sent on 14 July 2066.", modified: "15 July 2066", by: "cardew" },
];

// Budget 2066/67, Quarter 2 (to 30 September 2066); variance = forecast - budget
export const BUDGET = [
  ["Toothbrush and toothpaste packs pilot (OHT-14)", 48000, 29640, 48000],
  ["Good practice guides and case studies", 22500, 3150, 16000],
  ["Webinars and events", 9000, 2410, 7600],
  ["Care homes survey", 6500, 1980, 6500],
  ["Dental access research (commissioned)", 35000, 0, 20000],
  ["Member meetings and travel", 4200, 1385, 3950],
  ["Communications and design", 7800, 2905, 7800],
];
export const money = (n) => (n < 0 ? `(£${(-n).toLocaleString("en-GB")})` : `£${n.toLocaleString("en-GB")}`);

// Risk register: [ref, risk, owner key, L, I, Q1 score, trend word, controls, further action, review]
export const RISKS = [
  ["OHR-1", "The Government does not fund a supervised toothbrushing grant, and councils scale back or stop their programmes", "pagnell", 4, 4, 12, "The Chair's letter of 14 July 2066; costed case for the grant (£32 million a year)", "Ask for a meeting with the Minister; collect councils' evidence of costs avoided", "20 January 2067"],
  ["OHR-2", "NHS England does not share ward-level dental access data, delaying the commissioned dental access research", "vellacott", 4, 3, 9, "Draft data sharing agreement sent on 2 August 2066", "Chair to write to the NHS England regional director", "30 November 2066"],
  ["OHR-3", "A challenge to the LGA's response to a fluoridation consultation undermines the LGA's position", "pagnell", 2, 4, 8, "Responses cleared by the LGA's legal team; positions based on published evidence only", "Legal review of the Wear Valley and Derwentside response before it is sent", "11 December 2066"],
  ["OHR-4", "Too few councils answer the care homes survey for its findings to be reliable", "zubair", 3, 3, 6, "Reminders to directors of adult social services", "Closing date extended to 2 December; telephone follow-up of councils that have not replied", "2 December 2066"],
  ["OHR-5", "The supplier of toothbrush packs cannot meet the pilot's volumes", "vellacott", 3, 2, 9, "Second supplier contracted in August 2066", "Monthly stock check with both suppliers", "31 January 2067"],
  ["OHR-6", "Vacancies and absences leave meetings of the task group without a quorum", "kinsella", 2, 3, 4, "Substitutes named by every political group", "Remind group offices of the substitute arrangements before each meeting", "20 January 2067"],
  ["OHR-7", "Misinformation about fluoridation damages councils' local consultations", "wadsworth", 3, 4, 12, "Briefing for councillors on common claims; spokespeople trained", "Publish questions and answers for councillors with the toolkit (OHT-06)", "28 February 2067"],
];
export const band = (s) => (s <= 6 ? "Low" : s <= 12 ? "Medium" : "High");
export const trend = (q1, q2) => (q2 > q1 ? "▲ Up" : q2 < q1 ? "▼ Down" : "► Same");

export function check() {
  const tot = [1, 2, 3].map((i) => BUDGET.reduce((s, r) => s + r[i], 0));
  if (tot[0] !== 133000 || tot[1] !== 41470 || tot[2] !== 109850) throw new Error("budget totals " + tot);
  if (tot[2] - tot[0] !== -23150) throw new Error("variance");
  const counts = {};
  for (const t of TRACKER) counts[t.conf] = (counts[t.conf] ?? 0) + 1;
  if (JSON.stringify(counts) !== JSON.stringify({ Stalled: 2, Drifting: 4, "On course": 6, Delivered: 2 })) throw new Error("tracker counts " + JSON.stringify(counts));
  if (new Set(TRACKER.map((t) => t.ref)).size !== 14) throw new Error("refs");
  for (const m of MEETINGS) {
    const d = new Date(m.date.replace(/^\w+ /, "") + " 12:00 UTC");
    if (!m.date.startsWith(d.toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" }))) throw new Error("weekday " + m.date);
  }
}
