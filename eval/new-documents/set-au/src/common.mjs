// Shared content for set AU: one body (the Community Swimming Pools Panel), its people, meetings,
// performance measures, risks, Pool Plant Renewal Fund bids and actions. Every builder reads from here so
// that the five papers agree with each other; the arithmetic (fund totals, caps and match funding, risk
// scores, bands and heat-map counts, rating counts) is checked below when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = "/usr/share/fonts/truetype/dejavu";

export const BODY = "Community Swimming Pools Panel";
export const SHORT = "CSPP";
export const PARENT = "Active Communities and Leisure Board";
export const PROGRAMME = "Pools Lifeline Programme";
export const FUND = "Pool Plant Renewal Fund";
export const VENUE = "Meridian Room, Harcourt House, 22 Calloway Street, London SW1P 4QT";

// file names (docs/)
export const DOCS = {
  eml: "pools-panel-draft-minutes-email-2101-09-27.eml",
  pack: "pools-panel-agenda-pack-2101-11-24.html",
  pbi: "pools-panel-risk-register-power-bi-2101-11-10.pdf",
  perf: "pools-panel-item-4-performance-q2-2101-02.docx",
  fund: "pools-panel-item-5-plant-fund-round-1-draft-3-2101-11-14.md",
};

export const OFFICERS = {
  carrow: { name: "Ines Carrow-Whitby", post: "Programme Director, Pools Lifeline", phone: "020 7946 0712", email: "ines.carrow-whitby@local.gov.uk" },
  mbeki: { name: "Declan Mbeki-Frost", post: "Senior Adviser, Pools Capital", phone: "020 7946 0728", email: "declan.mbeki-frost@local.gov.uk" },
  yelland: { name: "Rosamund Yelland", post: "Adviser, Workforce and Water Safety", phone: "020 7946 0735", email: "rosamund.yelland@local.gov.uk" },
  fairclough: { name: "Anjali Fairclough", post: "Adviser, School Swimming", phone: "020 7946 0738", email: "anjali.fairclough@local.gov.uk" },
  greenhalgh: { name: "Farid Greenhalgh", post: "Finance Business Partner", phone: "020 7946 0741", email: "farid.greenhalgh@local.gov.uk" },
  nanjiani: { name: "Verity Nanjiani", post: "Member Services Officer", phone: "020 7946 0756", email: "verity.nanjiani@local.gov.uk" },
  odili: { name: "Lachlan Odili", post: "Performance and Insight Analyst", phone: "020 7946 0763", email: "lachlan.odili@local.gov.uk" },
};
export const GUEST = { name: "Marisol Achebe-Lund", post: "Chief Executive, Swim Ready Trust" };

// Workstreams of the Pools Lifeline Programme and their lead members
export const WORKSTREAMS = [
  { id: "WS1", name: "Plant and energy", member: "Cllr Ottilie Brackwater" },
  { id: "WS2", name: "Workforce", member: "Cllr Delphine Okoro-Marsh" },
  { id: "WS3", name: "School swimming", member: "Cllr Rhodri Vaughan-Tills" },
  { id: "WS4", name: "Access and inclusion", member: "Cllr Zainab Okafor-Lintott" },
  { id: "WS5", name: "Data and digital", member: "Cllr Jasper Quennington" },
];

// Members 2101/02 (as at 16 November 2101). role: Chair / Vice-Chair / Deputy Chair / Member
export const MEMBERS = [
  { name: "Cllr Hollis Pendragon-Ames", party: "Con", council: "Ferrisby Borough Council", role: "Chair" },
  { name: "Cllr Zainab Okafor-Lintott", party: "Lab", council: "Gravenholt City Council", role: "Vice-Chair", ws: "WS4" },
  { name: "Cllr Rhodri Vaughan-Tills", party: "LD", council: "Mardle Vale District Council", role: "Deputy Chair", ws: "WS3" },
  { name: "Cllr Ottilie Brackwater", party: "Ind", council: "Southmere County Council", role: "Deputy Chair", ws: "WS1" },
  { name: "Cllr Jasper Quennington", party: "Con", council: "Amberleigh District Council", role: "Member", ws: "WS5" },
  { name: "Cllr Fenwick Daubeny", party: "Con", council: "Hollowmere Borough Council", role: "Member" },
  { name: "Cllr Priya Sandiford", party: "Con", council: "Coldharbour County Council", role: "Member" },
  { name: "Cllr Delphine Okoro-Marsh", party: "Lab", council: "Brindleford Metropolitan Borough Council", role: "Member", ws: "WS2" },
  { name: "Cllr Aled Prothero-Grange", party: "Lab", council: "Thornwick City Council", role: "Member" },
  { name: "Cllr Kwabena Ashdown-Fry", party: "Lab", council: "Eastcastle Metropolitan Borough Council", role: "Member", from: "1 October 2101" },
  { name: "Cllr Ingrid Solberg-Hayes", party: "LD", council: "Weyford Borough Council", role: "Member" },
  { name: "Cllr Barnaby Chilcott", party: "Green", council: "Calderbeck City Council", role: "Member" },
];
export const FORMER = { name: "Cllr Maeve Tolliday", party: "Lab", council: "Eastcastle Metropolitan Borough Council", until: "30 September 2101" };
export const SUBS = [
  { name: "Cllr Noor Haddad-Pilling", party: "Con", council: "Wrexcombe District Council" },
  { name: "Cllr Tomasz Kowal-Reeve", party: "Lab", council: "Sandergate Metropolitan Borough Council" },
  { name: "Cllr Esme Larkhill", party: "LD", council: "Pennick District Council" },
];
export const MEETINGS = [
  { date: "Thursday 16 June 2101", iso: "2101-06-16" },
  { date: "Thursday 22 September 2101", iso: "2101-09-22" },
  { date: "Thursday 24 November 2101", iso: "2101-11-24" },
  { date: "Thursday 9 March 2102", iso: "2102-03-09" },
];
export const member = (surname) => {
  const m = MEMBERS.find((x) => x.name.endsWith(" " + surname));
  if (!m) throw new Error("no member " + surname);
  return m;
};

// Performance measures, quarter 2 2101/02 (position at 30 September 2101). q1: Q1 rating (a word);
// q2: Q2 rating R / A / G / C (ticked column in the Word report).
export const MEASURES = [
  { ws: "WS1", id: "PL-01", title: "Council pools open to the public (64 councils in the sample)", lead: "Lachlan Odili", target: "410", pos: "398", q1: "Amber", q2: "A", comm: "12 pools were closed for plant repairs at 30 September 2101; seven are expected to reopen by December." },
  { ws: "WS1", id: "PL-02", title: "Unplanned closures of more than seven days caused by plant failure (cumulative)", lead: "Declan Mbeki-Frost", target: "No more than 12 in the year", pos: "15", q1: "Amber", q2: "R", comm: "Already above the limit for the whole year: nine closures in Q2 alone, mostly boiler and filtration failures. The Fund's round 1 awards (item 5) are aimed at the worst plant." },
  { ws: "WS1", id: "PL-03", title: "Pool Plant Renewal Fund round 1 grants awarded", lead: "Declan Mbeki-Frost", target: "£3.6m", pos: "£0", q1: "Green", q2: "A", comm: "The profile assumed awards in Q2, but the Panel agreed the design of the round on 22 September 2101. Round 1 opened on 4 October 2101; awards are for decision at item 5." },
  { ws: "WS1", id: "PL-04", title: "Reduction in energy use per pool against the 2099/00 baseline", lead: "Farid Greenhalgh", target: "8%", pos: "5.1%", q1: "Green", q2: "A", comm: "Q1 was 6.4%; the fall reflects longer opening hours in the summer. Pool covers funded in round 1 should recover the gap by year end." },
  { ws: "WS2", id: "PL-05", title: "Lifeguards qualified through the Lifeguard Academy (cumulative)", lead: "Rosamund Yelland", target: "1,500", pos: "910", q1: "Green", q2: "G", comm: "Ahead of the Q2 profile of 750." },
  { ws: "WS2", id: "PL-06", title: "Swim teacher vacancies in participating councils", lead: "Rosamund Yelland", target: "Below 300", pos: "342", q1: "Amber", q2: "R", comm: "Up from 318 at Q1. A recovery plan goes to the Chair and the lead member for workforce by 15 December 2101 (action PA-33)." },
  { ws: "WS3", id: "PL-07", title: "Year 6 pupils able to swim 25 metres (%)", lead: "Anjali Fairclough", target: "75%", pos: "71.4%", q1: "Not rated", q2: "A", comm: "First figure for 2101/02, from the summer term returns; 69.8% in 2100/01." },
  { ws: "WS3", id: "PL-08", title: "School swimming top-up sessions delivered (cumulative)", lead: "Anjali Fairclough", target: "9,000", pos: "5,640", q1: "Green", q2: "G", comm: "On profile. Autumn term bookings are down in two councils that cannot fill swim teacher posts (see PL-06 and risk PLR-12)." },
  { ws: "WS4", id: "PL-09", title: "Free swims for children from low-income families (cumulative)", lead: "Ines Carrow-Whitby", target: "250,000", pos: "131,800", q1: "Green", q2: "G", comm: "Summer holiday take-up was the highest since the offer began." },
  { ws: "WS4", id: "PL-10", title: "Pools with new accessible changing facilities", lead: "Ines Carrow-Whitby", target: "40", pos: "22", q1: "Amber", q2: "G", comm: "Eight completed in Q2 after the contractor backlog cleared." },
  { ws: "WS5", id: "PL-11", title: "National pool stock condition survey published", lead: "Lachlan Odili", target: "Published by October 2101", pos: "Published 14 September 2101", q1: "Green", q2: "C", comm: "Survey of 1,146 council pools; 38% have plant past its design life." },
  { ws: "WS5", id: "PL-12", title: "Councils live on the shared pool booking platform", lead: "Lachlan Odili", target: "30", pos: "9", q1: "Red", q2: "R", comm: "The supplier (Splashbook) is two releases late; 9 councils live against a profile of 18 (4 at Q1). See risk PLR-06." },
];
export const Q2WORD = { R: "Red", A: "Amber", G: "Green", C: "Complete" };

// Programme revenue budget 2101/02 by workstream, £000 (the Pool Plant Renewal Fund is reported at item 5)
export const BUDGET = [
  { line: "WS1 Plant and energy (excluding the Fund)", budget: 820, spend: 371, forecast: 805 },
  { line: "WS2 Workforce", budget: 640, spend: 298, forecast: 652 },
  { line: "WS3 School swimming", budget: 410, spend: 176, forecast: 410 },
  { line: "WS4 Access and inclusion (including free swims)", budget: 1150, spend: 604, forecast: 1190 },
  { line: "WS5 Data and digital", budget: 380, spend: 142, forecast: 395 },
  { line: "Programme team", budget: 300, spend: 149, forecast: 296 },
];

// Risk register at 10 November 2101 (Power BI). l × i = score; bands Green 1–6, Amber 8–12, Red 15–25.
export const RISKS = [
  { id: "PLR-01", risk: "Pool plant fails and closes pools before funded works are done", cat: "Operational", owner: "Declan Mbeki-Frost", l: 4, i: 5, prev: 16, trend: "Rising", reviewed: "03/11/2101", control: "Condition survey (PL-11) used to target round 1 awards; emergency repair protocol with councils", action: "Escalate to the Active Communities and Leisure Board; round 2 to open in April 2102", target: 12, tdate: "31/03/2102" },
  { id: "PLR-02", risk: "Energy prices rise again and councils cut pool opening hours", cat: "Financial", owner: "Farid Greenhalgh", l: 3, i: 4, prev: 16, trend: "Falling", reviewed: "01/11/2101", control: "Two-year fixed energy contract through the national buying framework from 1 October 2101", action: "Monitor councils' opening hours each quarter", target: 8, tdate: "30/09/2102" },
  { id: "PLR-03", risk: "Lifeguard shortage reduces public swim sessions", cat: "Workforce", owner: "Rosamund Yelland", l: 3, i: 3, prev: 9, trend: "Stable", reviewed: "28/10/2101", control: "Lifeguard Academy (PL-05) ahead of profile", action: "Second Academy intake in January 2102", target: 6, tdate: "31/03/2102" },
  { id: "PLR-04", risk: "Round 1 bids cannot show 30% match funding", cat: "Delivery", owner: "Declan Mbeki-Frost", l: 2, i: 3, prev: 9, trend: "Falling", reviewed: "03/11/2101", control: "Match funding checked at assessment; 13 of the 15 scored bids met it", action: "None beyond current controls", target: 6, tdate: "24/11/2101" },
  { id: "PLR-05", risk: "Schools cannot pay for transport to pools for lessons", cat: "Delivery", owner: "Anjali Fairclough", l: 4, i: 3, prev: 9, trend: "Rising", reviewed: "27/10/2101", control: "Top-up sessions scheduled next to school bus routes where possible", action: "Letter to the Department for Education on transport funding (action PA-35)", target: 6, tdate: "31/03/2102" },
  { id: "PLR-06", risk: "Booking platform supplier fails to deliver on time", cat: "Delivery", owner: "Lachlan Odili", l: 4, i: 4, prev: 12, trend: "Rising", reviewed: "09/11/2101", control: "Weekly supplier meetings; service credits in the contract", action: "Options paper to the Panel on 9 March 2102 (action PA-36)", target: 8, tdate: "30/06/2102" },
  { id: "PLR-07", risk: "Councils' quarterly data returns are late or incomplete", cat: "Operational", owner: "Lachlan Odili", l: 3, i: 2, prev: 6, trend: "Stable", reviewed: "09/11/2101", control: "Data return template simplified in July 2101", action: "None beyond current controls", target: 4, tdate: "31/03/2102" },
  { id: "PLR-08", risk: "Pool closures attract adverse national media coverage", cat: "Reputational", owner: "Ines Carrow-Whitby", l: 3, i: 4, prev: 12, trend: "Stable", reviewed: "01/11/2101", control: "Joint media lines agreed with councils before announced closures", action: "Publish round 1 awards with case studies", target: 8, tdate: "31/01/2102" },
  { id: "PLR-09", risk: "Listed building consent delays works at heritage pools", cat: "Delivery", owner: "Declan Mbeki-Frost", l: 3, i: 3, prev: 9, trend: "Stable", reviewed: "03/11/2101", control: "Grant condition requiring consent by 31 March 2102", action: "Early meetings with the heritage body for Calderbeck Baths", target: 6, tdate: "31/03/2102" },
  { id: "PLR-10", risk: "Capital cost inflation exceeds the Fund's assumptions", cat: "Financial", owner: "Farid Greenhalgh", l: 4, i: 3, prev: 12, trend: "Stable", reviewed: "01/11/2101", control: "10% contingency required in every bid", action: "Review cost assumptions before round 2", target: 9, tdate: "31/03/2102" },
  { id: "PLR-11", risk: "Councils withdraw from the free swim offer when the grant ends in March 2102", cat: "Financial", owner: "Ines Carrow-Whitby", l: 2, i: 4, prev: 12, trend: "Falling", reviewed: "01/11/2101", control: "Grant extended to March 2103 by the Board in October 2101", action: "None beyond current controls", target: 4, tdate: "31/03/2102" },
  { id: "PLR-12", risk: "Swim teacher shortage stops school top-up sessions", cat: "Workforce", owner: "Rosamund Yelland", l: 4, i: 4, prev: null, trend: "New", reviewed: "12/10/2101", control: "Swim teacher recovery plan in preparation (action PA-33)", action: "Recovery plan to the Chair and lead member by 15 December 2101", target: 8, tdate: "31/03/2102" },
];
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
export const score = (r) => r.l * r.i;

// Pool Plant Renewal Fund round 1 (fund £3.6m; maximum grant £300,000 agreed on 22 September 2101,
// minute 4.3, not the £350,000 proposed; match funding at least 30% of project cost, so a grant is at
// most 70% of the cost; bids scoring below 65 out of 100 not funded)
export const FUND_TOTAL = 3600000;
export const MAX_GRANT = 300000;
export const PROPOSED_MAX = 350000;
export const BIDS = [
  { ref: "PPRF1-07", council: "Kingsmere City Council", project: "Northgate Baths: heat pumps and pool covers", cost: 980000, ask: 300000, score: 91, award: 300000 },
  { ref: "PPRF1-02", council: "Thornwick City Council", project: "Riverside Leisure Centre: filtration and plant room replacement", cost: 860000, ask: 300000, score: 88, award: 300000 },
  { ref: "PPRF1-15", council: "Southmere County Council", project: "Solar thermal panels and pool covers at three rural pools", cost: 540000, ask: 280000, score: 86, award: 280000 },
  { ref: "PPRF1-11", council: "Brindleford Metropolitan Borough Council", project: "Brindleford Baths: gas boilers replaced by a heat pump", cost: 720000, ask: 300000, score: 84, award: 255000, draftAward: 300000, cond: "a" },
  { ref: "PPRF1-09", council: "Ashcombe Borough Council", project: "Ashcombe Lido: pool cover and heat recovery", cost: 410000, ask: 245000, score: 82, award: 245000 },
  { ref: "PPRF1-05", council: "Orrinsby District Council", project: "Orrinsby Pool: plant room ventilation and LED lighting", cost: 365000, ask: 220000, score: 80, award: 220000 },
  { ref: "PPRF1-13", council: "Eastcastle Metropolitan Borough Council", project: "Eastcastle Leisure Pool: combined heat and power unit replaced", cost: 900000, ask: 300000, score: 78, award: 300000 },
  { ref: "PPRF1-01", council: "Calderbeck City Council", project: "Calderbeck Baths (listed): pool tank repairs and new filters", cost: 640000, ask: 300000, score: 76, award: 300000, cond: "b" },
  { ref: "PPRF1-16", council: "Fenwold District Council", project: "Fenwold Pool: solar panels and battery storage", cost: 430000, ask: 260000, score: 74, award: 260000 },
  { ref: "PPRF1-08", council: "Hollowmere Borough Council", project: "Hollowmere Pool: moveable floor and plant repairs", cost: 500000, ask: 300000, score: 71, award: 300000 },
  { ref: "PPRF1-12", council: "Wrexcombe District Council", project: "Wrexcombe Pool: air-source heat pump", cost: 350000, ask: 240000, score: 68, award: 240000 },
  { ref: "PPRF1-03", council: "Ferrisby Borough Council", project: "Ferrisby Pool: filtration and pool hall insulation", cost: 330000, ask: 260000, score: 66, award: 231000, cond: "c" },
];
export const RESUBMIT = [
  { ref: "PPRF1-06", council: "Coldharbour County Council", project: "Coldharbour Leisure Centre: pool hall roof insulation", ask: 190000, score: 63 },
  { ref: "PPRF1-10", council: "Pennick District Council", project: "Pennick Pool: plant room replacement", ask: 150000, score: 61 },
];
// the other three bids: two ineligible, one scored 52 (asks only, not named in the paper)
export const OTHER_ASKS = [300000, 205000, 150000];
export const BIDS_RECEIVED = 17;
export const ASKED_TOTAL = 4300000;
export const awardTotal = (draft = false) => BIDS.reduce((a, b) => a + (draft && b.draftAward ? b.draftAward : b.award), 0);
export const money = (n) => "£" + n.toLocaleString("en-GB");

// Actions agreed on 22 September 2101 (minutes) and their status in the agenda pack of 24 November 2101
export const ACTIONS = [
  { ref: "PA-31", min: "4.4", text: "Publish the Pool Plant Renewal Fund round 1 prospectus with a maximum grant of £300,000 and open the round on 4 October 2101", owner: "Declan Mbeki-Frost", due: "4 October 2101", status: "Complete", update: "Round opened on 4 October 2101 and closed on 1 November 2101 with 17 bids." },
  { ref: "PA-32", min: "3.3", text: "Circulate the Swim Ready Trust's slides and the school swimming survey to members", owner: "Verity Nanjiani", due: "29 September 2101", status: "Complete", update: "Slides and survey put on the members' extranet and linked in the draft minutes email of 27 September 2101." },
  { ref: "PA-33", min: "5.3", text: "Prepare a recovery plan for swim teacher vacancies (PL-06) for the Chair and the lead member for workforce", owner: "Rosamund Yelland", due: "15 December 2101", status: "On track", update: "Draft plan discussed with Cllr Okoro-Marsh on 8 November 2101." },
  { ref: "PA-34", min: "6.2", text: "Add a risk on swim teacher shortages stopping school top-up sessions to the programme risk register", owner: "Ines Carrow-Whitby", due: "14 October 2101", status: "Complete", update: "Added as PLR-12 on 12 October 2101 (score 16, Red)." },
  { ref: "PA-35", min: "6.3", text: "Write to the Department for Education on behalf of the Chair about funding for transport to school swimming lessons", owner: "Anjali Fairclough", due: "21 October 2101", status: "Overdue", update: "Draft letter with the Chair for signature." },
  { ref: "PA-36", min: "5.3", text: "Report options for the booking platform if the supplier's next release slips", owner: "Lachlan Odili", due: "24 November 2101", status: "Deferred", update: "Deferred to 9 March 2102 with the Chair's agreement, as the release is now due on 12 December 2101." },
  { ref: "PA-37", min: "7.1", text: "Arrange an induction for Cllr Kwabena Ashdown-Fry", owner: "Verity Nanjiani", due: "14 October 2101", status: "Complete", update: "Induction held on 11 October 2101." },
];

// ------------------------------------------------------------------ arithmetic checks
{
  if (MEMBERS.length !== 12) throw new Error("members");
  const t = awardTotal();
  if (t !== 3231000) throw new Error("award total " + t);
  if (awardTotal(true) !== 3276000) throw new Error("draft total " + awardTotal(true));
  if (FUND_TOTAL - t !== 369000 || FUND_TOTAL - awardTotal(true) !== 324000) throw new Error("carry forward");
  for (const b of BIDS) if (b.award > MAX_GRANT || b.ask > MAX_GRANT || b.award > b.ask || b.award * 10 > 7 * b.cost || b.score < 65) throw new Error("bad award " + b.ref);
  // condition (c): Ferrisby's award is 70% of the project cost
  if (BIDS.find((b) => b.ref === "PPRF1-03").award * 10 !== 7 * 330000) throw new Error("Ferrisby");
  // condition (a): £45,000 of Brindleford's costs not eligible
  if (300000 - 45000 !== 255000) throw new Error("Brindleford");
  const asks = BIDS.reduce((a, b) => a + b.ask, 0) + RESUBMIT.reduce((a, b) => a + b.ask, 0) + OTHER_ASKS.reduce((a, b) => a + b, 0);
  if (asks !== ASKED_TOTAL) throw new Error("asked total " + asks);
  if (BIDS.length + RESUBMIT.length + OTHER_ASKS.length !== BIDS_RECEIVED) throw new Error("bids received");
  for (let k = 1; k < BIDS.length; k++) if (BIDS[k].score > BIDS[k - 1].score) throw new Error("order of score");
  if (BIDS.reduce((a, b) => a + b.cost, 0) !== 7025000) throw new Error("cost total " + BIDS.reduce((a, b) => a + b.cost, 0));
  if (BIDS.reduce((a, b) => a + b.ask, 0) !== 3305000) throw new Error("ask total");
  // risks: 12 open, 3 Red, 7 Amber, 2 Green, mean score 11.5
  const sc = RISKS.map(score);
  const nb = (b) => RISKS.filter((r) => band(score(r)) === b).length;
  if (RISKS.length !== 12 || nb("Red") !== 3 || nb("Amber") !== 7 || nb("Green") !== 2) throw new Error("risk bands");
  if (sc.reduce((a, b) => a + b, 0) / 12 !== 11.5) throw new Error("mean score");
  for (const r of RISKS) if (r.target > score(r)) throw new Error("target above current " + r.id);
  // measures: Q2 3 R, 4 A, 4 G, 1 C; Q1 6 Green, 4 Amber, 1 Red, 1 Not rated
  const q2 = (c) => MEASURES.filter((m) => m.q2 === c).length;
  const q1 = (c) => MEASURES.filter((m) => m.q1 === c).length;
  if (q2("R") !== 3 || q2("A") !== 4 || q2("G") !== 4 || q2("C") !== 1) throw new Error("q2 counts");
  const sum = (k) => BUDGET.reduce((a, b) => a + b[k], 0);
  if (sum("budget") !== 3700 || sum("spend") !== 1740 || sum("forecast") !== 3748) throw new Error("budget totals");
  if (sum("forecast") - sum("budget") !== 48) throw new Error("variance");
  if (q1("Green") !== 6 || q1("Amber") !== 4 || q1("Red") !== 1 || q1("Not rated") !== 1) throw new Error("q1 counts");
}
