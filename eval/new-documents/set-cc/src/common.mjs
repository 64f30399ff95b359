// Shared content for set CC: one body (the Invasive Non-Native Species Task Group, a member task group of
// the invented Land, Water and Rural Affairs Board), its people, meetings, the Invasive Species Control
// Programme 2641–42 (ten projects kept in ServiceNow), the programme budget and risk register, the
// council capacity survey of November 2641, the meeting of Thursday 20 January 2642 and the agenda of
// Thursday 17 March 2642, in the municipal year 2641/42. Every builder reads from here so that the five
// documents agree with each other; the arithmetic (budget lines, variances and virement, health counts,
// survey percentages, weighted averages and ranking scores, risk scores and bands, attendance) is checked
// when this module loads.
// Synthetic test fixtures: every person, council, figure, rating and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Invasive Non-Native Species Task Group";
export const SHORT = "INNSTG";
export const BOARD = "Land, Water and Rural Affairs Board";
export const PROGRAMME = "Invasive Species Control Programme 2641–42";
export const FUND = "Riverbank Restoration Fund";

// file names (docs/)
export const DOCS = {
  survey: "innstg-capacity-survey-2641-surveymonkey-summary.pdf",
  projects: "innstg-programme-projects-servicenow-export-2642-02-28.csv",
  pad: "innstg-meeting-notes-2642-01-20-etherpad.html",
  page: "innstg-task-group-page-jekyll-source-2642-02-03.md",
  mail: "innstg-fwd-agenda-and-papers-2642-03-17-apple-mail.eml",
};

export const MEETINGS = [
  { iso: "2641-06-24", date: "Thursday 24 June 2641", time: "10:30", venue: "Room 2.3, 18 Smith Square" },
  { iso: "2641-10-14", date: "Thursday 14 October 2641", time: "10:30", venue: "Room 2.3, 18 Smith Square and Teams" },
  { iso: "2642-01-20", date: "Thursday 20 January 2642", time: "10:30", venue: "Room 2.3, 18 Smith Square and Teams" },
  // the web page (3 February) still gives Room 2.3; the agenda e-mail (8 March) moves it to Room 1.6
  { iso: "2642-03-17", date: "Thursday 17 March 2642", time: "10:30", venue: "Room 2.3, 18 Smith Square and Teams", actualVenue: "Room 1.6, 18 Smith Square, and on Teams" },
  { iso: "2642-06-16", date: "Thursday 16 June 2642", time: "14:00", venue: "to be confirmed", note: "provisional" },
];

export const OFFICERS = {
  tamsin: { name: "Tamsin Whitlam-Orji", post: "Programme Manager, Invasive Species", phone: "020 7946 0852", email: "tamsin.whitlam-orji@local.gov.uk", user: "tamsin.whitlam-orji" },
  lachlan: { name: "Lachlan Huddlestone", post: "Senior Adviser, Biosecurity", phone: "020 7946 0854", email: "lachlan.huddlestone@local.gov.uk", user: "lachlan.huddlestone" },
  ines: { name: "Ines Sagar-Lund", post: "Data and Systems Lead", phone: "020 7946 0855", email: "ines.sagar-lund@local.gov.uk", user: "ines.sagar-lund" },
  cormac: { name: "Cormac Dearlove", post: "Finance Business Partner", phone: "020 7946 0857", email: "cormac.dearlove@local.gov.uk", user: "cormac.dearlove" },
  philippa: { name: "Philippa Outhwaite", post: "Member Services Officer", phone: "020 7946 0861", email: "philippa.outhwaite@local.gov.uk", user: "philippa.outhwaite" },
  adebayo: { name: "Adebayo Spedding", post: "Head of Democratic Services", phone: "020 7946 0863", email: "adebayo.spedding@local.gov.uk", user: "adebayo.spedding" },
  // council officers who manage projects in the shared ServiceNow instance
  rupert: { name: "Rupert Cappleman", post: "Waterways Officer, Ravensmere District Council", user: "rupert.cappleman" },
  ottoline: { name: "Ottoline Elphick", post: "Parks Technical Manager, Quarlby Borough Council", user: "ottoline.elphick" },
};
export const GUEST = { name: "Dr Hester Nunnerley", post: "Chief Officer, Lathe and Sawle Rivers Trust" };

// Membership 2641/42 (the web page's front matter). role: Chair / Vice-Chair / Deputy Chair / Member.
export const MEMBERS = [
  { k: "cruttenden", name: "Cllr Isolde Cruttenden", council: "Fenmarsh District Council", group: "Conservative", role: "Chair" },
  { k: "hebden", name: "Cllr Thaddeus Hebden-Asante", council: "Corvale City Council", group: "Labour", role: "Vice-Chair" },
  { k: "maskelyne", name: "Cllr Rosalind Maskelyne", council: "Ashtonbury Borough Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { k: "ridsdale", name: "Cllr Gwilym Ridsdale", council: "Pendrith County Council", group: "Independent", role: "Member", lead: "aquatic species" },
  { k: "loxley", name: "Cllr Farida Loxley-Mensah", council: "Calderfold Metropolitan Borough Council", group: "Labour", role: "Member", lead: "data and recording" },
  { k: "dowthwaite", name: "Cllr Augustin Dowthwaite", council: "Quarlby Borough Council", group: "Conservative", role: "Member", lead: "landowner partnerships" },
  { k: "heppenstall", name: "Cllr Beatrix Heppenstall", council: "Corvale City Council", group: "Green Party", role: "Member" },
  { k: "fawthrop", name: "Cllr Obadiah Fawthrop", council: "Drayholt District Council", group: "Conservative", role: "Member" },
  { k: "bointon", name: "Cllr Chidi Bointon", council: "Morwick District Council", group: "Labour", role: "Member" },
  { k: "postlethwaite", name: "Cllr Marguerite Postlethwaite", council: "Hallowdene Borough Council", group: "Liberal Democrat", role: "Member" },
  { k: "clapperton", name: "Cllr Hamish Clapperton", council: "Pendrith County Council", group: "Conservative", role: "Member" },
  { k: "tankard", name: "Cllr Saoirse Tankard", council: "Brinkley Vale Council", group: "Labour", role: "Member", since: "2642-01-01", replaces: "Cllr Lionel Varty" },
];
export const FORMER = { name: "Cllr Lionel Varty", council: "Brinkley Vale Council", group: "Labour", left: "31/12/2641" };
export const SUBS = [
  { k: "sissons", name: "Cllr Ptolemy Sissons", council: "Fenmarsh District Council", group: "Conservative" },
  { k: "calloway", name: "Cllr Yewande Calloway-Njie", council: "Calderfold Metropolitan Borough Council", group: "Labour" },
  { k: "blezard", name: "Cllr Cressida Blezard", council: "Hallowdene Borough Council", group: "Liberal Democrat" },
];
export const M = Object.fromEntries([...MEMBERS, ...SUBS].map((p) => [p.k, p]));
export const QUORUM = 4;

// ------------------------------------------------------------------ the meeting of Thursday 20 January 2642
export const JAN = {
  room: ["cruttenden", "maskelyne", "ridsdale", "dowthwaite", "fawthrop", "bointon", "tankard"],
  online: ["loxley", "postlethwaite", "heppenstall"],
  apologies: ["hebden", "clapperton"],
  sub: { who: "sissons", for: "clapperton" },
};
{
  const all = [...JAN.room, ...JAN.online, ...JAN.apologies].sort();
  const want = MEMBERS.map((m) => m.k).sort();
  if (JSON.stringify(all) !== JSON.stringify(want)) throw new Error("January attendance does not cover the twelve members once each");
}
export const ACTIONS = [
  { ref: "INA-29", what: "Pennywort recovery plan to the March meeting", who: "Lachlan Huddlestone", by: "17 March 2642" },
  { ref: "INA-30", what: "Revised timetable and fixed price from Fernleaf Digital", who: "Ines Sagar-Lund", by: "24 February 2642", struck: "10 February" },
  { ref: "INA-31", what: "Publish the survey summary to member councils", who: "Ines Sagar-Lund", by: "11 February 2642" },
  { ref: "INA-32", what: "Capacity action plan to the March meeting", who: "Cllr Farida Loxley-Mensah", by: "17 March 2642" },
  { ref: "INA-33", what: "Round 2 prospectus to the March meeting", who: "Lachlan Huddlestone", by: "17 March 2642" },
  { ref: "INA-34", what: "Thank-you letter to Dr Nunnerley", who: "Philippa Outhwaite", by: "27 January 2642" },
];

// ------------------------------------------------------------------ ServiceNow projects (pm_project), exported 28 February 2642
// health values as ServiceNow shows them: Green / Yellow / Red (the programme calls Yellow "amber").
// ws: the budget line (workstream) each project is paid from in 2641/42; yearBudget/forecast: its share of
// that line this year.
export const PROJECTS = [
  { number: "PRJ0046101", title: "Himalayan balsam volunteer pull programme – Lathe Water catchment", state: "Work in Progress", overall: "Green", schedule: "Green", cost: "Green", scope: "Green", pm: "lachlan", lead: "ridsdale", start: "2641-05-03", end: "2642-09-30", pct: 58, budget: 64000, spent: 35870, council: "Pendrith County Council", ws: "terrestrial",
    notes: [["2642-02-14 10:22:41", "lachlan", "Season 1 complete: 118 pull days and 1,416 volunteer hours across 23 sites. Season 2 planning under way (pull days from 9 May 2642)."], ["2641-10-08 15:03:19", "lachlan", "Last pull day of the season held at Lathe Bridge."]] },
  { number: "PRJ0046102", title: "Japanese knotweed treatment on council-owned land", state: "Work in Progress", overall: "Yellow", schedule: "Yellow", cost: "Green", scope: "Green", pm: "ottoline", lead: "dowthwaite", start: "2641-06-01", end: "2642-12-16", pct: 31, budget: 150000, spent: 41200, council: "Quarlby Borough Council", ws: "terrestrial",
    notes: [["2642-02-21 09:47:55", "ottoline", "First treatment given at 212 of 260 stands; the other 48 were not reached before dieback and move to the spring 2642 round. Schedule Yellow until the spring round is complete."]] },
  { number: "PRJ0046103", title: "Giant hogweed rapid response protocol", state: "Work in Progress", overall: "Green", schedule: "Green", cost: "Green", scope: "Green", pm: "lachlan", lead: "fawthrop", start: "2641-07-01", end: "2642-06-30", pct: 74, budget: 22000, spent: 15480, council: "Drayholt District Council", ws: "terrestrial",
    notes: [["2642-01-11 14:12:03", "lachlan", "Protocol adopted by 19 councils; 41 reports answered within 10 working days."]] },
  { number: "PRJ0046104", title: "Floating pennywort clearance – Greyholm Cut and River Sawle", state: "Work in Progress", overall: "Red", schedule: "Yellow", cost: "Red", scope: "Green", pm: "rupert", lead: "ridsdale", start: "2641-08-02", end: "2642-05-31", pct: 40, budget: 85000, spent: 71950, council: "Ravensmere District Council", ws: "aquatic", forecast: 109550,
    notes: [["2642-02-25 16:41:07", "rupert", "Forecast outturn £109,550 against the budget of £85,000 (overspend £24,550). The contractor's revised price for the second clearance is £38,600 against £21,000 allowed. Recovery plan (re-tender of the second clearance) goes to the Task Group on 17 March 2642 (INA-29)."], ["2642-01-21 08:55:30", "rupert", "Task Group asked for a recovery plan for its March meeting."], ["2641-11-30 12:18:44", "rupert", "First clearance complete on Greyholm Cut."]] },
  { number: "PRJ0046105", title: "Signal crayfish biosecurity at angling and boating sites", state: "Work in Progress", overall: "Yellow", schedule: "Green", cost: "Green", scope: "Yellow", pm: "lachlan", lead: "ridsdale", start: "2641-07-05", end: "2642-09-30", pct: 45, budget: 11000, spent: 6310, council: "Pendrith County Council", ws: "aquatic", forecast: 9550,
    notes: [["2642-02-09 11:30:12", "lachlan", "Scope Yellow: two boating clubs have not yet agreed to install wash-down points."]] },
  { number: "PRJ0046106", title: "INNS mapping app and shared records platform", state: "Work in Progress", overall: "Red", schedule: "Red", cost: "Yellow", scope: "Yellow", pm: "ines", lead: "loxley", start: "2641-06-14", end: "2642-04-29", pct: 35, budget: 96000, spent: 52300, council: "", ws: "data",
    notes: [["2642-02-24 16:20:05", "ines", "Fernleaf Digital offered a fixed-price variation of £18,400 for the remaining work. Go-live forecast July 2642 (planned April 2642). Recommendation to the Task Group on 17 March 2642."], ["2642-01-21 09:14:52", "ines", "Task Group asked for a revised timetable and a fixed price by 24 February (INA-30)."], ["2641-12-20 17:02:36", "ines", "Supplier missed the beta release date of 16 December 2641."]] },
  { number: "PRJ0046107", title: "Asian hornet awareness and reporting campaign", state: "Pending", overall: "Green", schedule: "Green", cost: "Green", scope: "Green", pm: "tamsin", lead: "heppenstall", start: "2642-04-04", end: "2642-10-28", pct: 0, budget: 18000, spent: 0, council: "", ws: "training",
    notes: [] },
  { number: "PRJ0046108", title: "Grounds maintenance staff INNS training", state: "Closed Complete", overall: "Green", schedule: "Green", cost: "Green", scope: "Green", pm: "tamsin", lead: "maskelyne", start: "2641-06-07", end: "2641-12-17", pct: 100, budget: 26000, spent: 24860, council: "", ws: "training",
    notes: [["2641-12-17 15:55:21", "tamsin", "Closed: 346 staff trained across 22 councils."]] },
  { number: "PRJ0046109", title: "Rhododendron ponticum clearance – Hollin Fell", state: "On Hold", overall: "Yellow", schedule: "Yellow", cost: "Green", scope: "Green", pm: "ottoline", lead: "clapperton", start: "2641-09-06", end: "2642-11-30", pct: 12, budget: 40000, spent: 4750, council: "Quarlby Borough Council", ws: "terrestrial",
    notes: [["2642-02-02 10:05:48", "ottoline", "On hold until the landowner renews consent; no clearance is possible in the bird nesting season (March to August)."]] },
  { number: "PRJ0046110", title: "Riparian landowner partnership agreements", state: "Work in Progress", overall: "Green", schedule: "Green", cost: "Green", scope: "Green", pm: "tamsin", lead: "dowthwaite", start: "2641-06-21", end: "2642-12-16", pct: 52, budget: 30000, spent: 17940, council: "", ws: "landowner",
    notes: [["2642-02-17 13:44:09", "tamsin", "27 agreements signed of the 50 planned."]] },
];
export const byHealth = (h, field = "overall") => PROJECTS.filter((p) => p[field] === h).map((p) => p.number);
{
  const c = (h) => byHealth(h).length;
  if (c("Green") !== 5 || c("Yellow") !== 3 || c("Red") !== 2) throw new Error("health counts are not 5 / 3 / 2");
  if (JSON.stringify(byHealth("Red", "cost")) !== JSON.stringify(["PRJ0046104"])) throw new Error("cost Red should be the pennywort project alone");
  const p4 = PROJECTS[3];
  if (p4.forecast - p4.budget !== 24550) throw new Error("pennywort overspend");
  if (PROJECTS[4].budget - PROJECTS[4].forecast !== 1450) throw new Error("crayfish underspend");
}

// ------------------------------------------------------------------ budget 2641/42 (item 5, pasted from Numbers)
export const BUDGET = [
  { line: "Terrestrial species control", budget: 128000, spent: 97300, forecast: 124900 },
  { line: "Aquatic species control", budget: 96000, spent: 78260, forecast: 119100 },
  { line: "Data and recording", budget: 70000, spent: 52300, forecast: 68500 },
  { line: "Training and awareness", budget: 34000, spent: 24860, forecast: 28300 },
  { line: "Landowner partnerships", budget: 30000, spent: 17940, forecast: 29000 },
  { line: "Programme management", budget: 62000, spent: 58610, forecast: 61800 },
];
for (const b of BUDGET) b.variance = b.forecast - b.budget;
export const TOTAL = ["budget", "spent", "forecast", "variance"].reduce((t, k) => ({ ...t, [k]: BUDGET.reduce((s, b) => s + b[k], 0) }), {});
{
  if (TOTAL.budget !== 420000 || TOTAL.forecast !== 431600 || TOTAL.variance !== 11600 || TOTAL.spent !== 329270) throw new Error("budget totals " + JSON.stringify(TOTAL));
  const sum = (ws) => PROJECTS.filter((p) => p.ws === ws).reduce((s, p) => s + p.spent, 0);
  if (sum("terrestrial") !== 97300 || sum("aquatic") !== 78260 || sum("data") !== 52300 || sum("training") !== 24860 || sum("landowner") !== 17940) throw new Error("budget spent does not match the projects");
  if (PROJECTS[3].budget + PROJECTS[4].budget !== 96000 || PROJECTS[3].forecast + PROJECTS[4].forecast !== 119100) throw new Error("aquatic line does not match the projects");
  const under = -BUDGET.filter((b) => b.variance < 0).reduce((s, b) => s + b.variance, 0);
  if (under !== 11500 || BUDGET[1].variance !== 23100 || BUDGET[1].variance - under !== 11600) throw new Error("virement arithmetic");
}
export const money = (n) => n.toLocaleString("en-GB");
export const signed = (n) => (n > 0 ? "+" : n < 0 ? "-" : "") + money(Math.abs(n));

// ------------------------------------------------------------------ risk register at 28 February 2642 (item 5)
// bands: 1–6 Green, 8–12 Amber, 15–25 Red; trend against the January register
export const RISKS = [
  { ref: "INR-01", risk: "Contractor prices for aquatic clearance rise further", l: 4, i: 4, owner: "Lachlan Huddlestone", was: 12 },
  { ref: "INR-02", risk: "Mapping app supplier fails to go live by July 2642", l: 3, i: 5, owner: "Ines Sagar-Lund", was: 10 },
  { ref: "INR-03", risk: "Volunteer numbers fall in the second balsam season", l: 2, i: 3, owner: "Lachlan Huddlestone", was: 6 },
  { ref: "INR-04", risk: "Landowners refuse access for treatment", l: 3, i: 3, owner: "Tamsin Whitlam-Orji", was: 12 },
  { ref: "INR-05", risk: "Asian hornet is found before the campaign starts", l: 2, i: 4, owner: "Tamsin Whitlam-Orji", was: null },
  { ref: "INR-06", risk: "Herbicide approval conditions change mid-season", l: 2, i: 3, owner: "Lachlan Huddlestone", was: 6 },
  { ref: "INR-07", risk: "Councils' match funding for round 2 is not confirmed", l: 3, i: 4, owner: "Cormac Dearlove", was: 12 },
];
export const band = (s) => (s >= 15 ? "Red" : s >= 8 ? "Amber" : "Green");
for (const r of RISKS) {
  r.score = r.l * r.i;
  r.rag = band(r.score);
  r.trend = r.was == null ? "★ new" : r.score > r.was ? `▲ was ${r.was}` : r.score < r.was ? `▼ was ${r.was}` : "►";
}
{
  const red = RISKS.filter((r) => r.rag === "Red").map((r) => r.ref).join();
  const up = RISKS.filter((r) => r.trend.startsWith("▲")).map((r) => r.ref).join();
  if (red !== "INR-01,INR-02" || up !== "INR-01,INR-02") throw new Error("risk register: red " + red + ", up " + up);
  if (RISKS.find((r) => r.ref === "INR-07").score !== 12) throw new Error("INR-07");
}

// ------------------------------------------------------------------ the council capacity survey (SurveyMonkey), 4–29 November 2641
export const SURVEY = {
  title: "INNS Task Group: council capacity survey 2641",
  invited: 31,
  q1: { text: "Does your council have a named lead officer for invasive non-native species (INNS)?", answered: 27, skipped: 0,
    choices: [["Yes", 15], ["No", 10], ["Don't know", 2]] },
  q2: { text: "Which invasive species cause your council the most concern? (Tick up to three)", answered: 27, skipped: 0, multi: true,
    choices: [["Japanese knotweed", 21], ["Himalayan balsam", 17], ["Giant hogweed", 12], ["Floating pennywort", 9], ["Asian hornet", 6], ["Signal crayfish", 5], ["Rhododendron ponticum", 3], ["Other (please specify)", 4]] },
  q3: { text: "How would you rate your council's current capacity in each of these areas?", answered: 26, skipped: 1,
    cols: ["VERY LOW", "LOW", "ADEQUATE", "GOOD", "VERY GOOD"],
    rows: [["Identifying and recording INNS", [2, 6, 11, 6, 1]], ["Treatment on council-owned land", [1, 4, 10, 9, 2]], ["Enforcement (e.g. Community Protection Notices)", [9, 11, 5, 1, 0]], ["Working with landowners and partners", [3, 8, 10, 4, 1]], ["Staff training", [4, 9, 8, 4, 1]]] },
  q4: { text: "Please rank these possible uses of Riverbank Restoration Fund round 2 money (1 = highest priority).", answered: 25, skipped: 2,
    rows: [["Contractor treatment of knotweed", [11, 6, 4, 3, 1]], ["Mapping and data", [5, 7, 6, 4, 3]], ["Volunteer co-ordination", [4, 6, 7, 5, 3]], ["Staff training", [3, 4, 5, 8, 5]], ["Public awareness", [2, 2, 3, 5, 13]]] },
  q5: { text: "Roughly how much will your council spend on INNS control in 2641/42?", answered: 26, skipped: 1,
    choices: [["Less than £10,000", 7], ["£10,000 to £24,999", 9], ["£25,000 to £49,999", 6], ["£50,000 or more", 3], ["Don't know", 1]] },
  q6: { text: "What one change would most help your council tackle INNS?", answered: 9, skipped: 18,
    responses: [
      ["A shared list of approved contractors with agreed rates – we pay far more than our neighbours for the same knotweed work.", "11/26/2641 4:51 PM"],
      ["Clear guidance on using Community Protection Notices for knotweed on private land.", "11/24/2641 10:07 AM"],
      ["Funding for a part-time officer. INNS falls between parks, highways and environmental health here.", "11/22/2641 2:33 PM"],
      ["One recording system for all councils so we stop sending spreadsheets.", "11/19/2641 9:48 AM"],
      ["Training for grounds teams on identification.", "11/17/2641 3:15 PM"],
      ["Multi-year funding so that treatment is not stopped after one season.", "11/15/2641 11:02 AM"],
      ["Better links with the rivers trusts and the angling clubs.", "11/11/2641 1:40 PM"],
      ["Don't know – we have never had a budget for this.", "11/8/2641 4:26 PM"],
      ["Help with landowners who will not allow access.", "11/5/2641 10:42 AM"],
    ] },
};
export const pct = (n, d) => (d ? (Math.round((10000 * n) / d) / 100).toFixed(2) + "%" : "0.00%");
export const weighted = (counts) => (counts.reduce((s, c, i) => s + c * (i + 1), 0) / counts.reduce((s, c) => s + c, 0)).toFixed(2);
export const rankScore = (counts) => (counts.reduce((s, c, i) => s + c * (counts.length - i), 0) / counts.reduce((s, c) => s + c, 0)).toFixed(2);
{
  const S = SURVEY;
  const tot = (cs) => cs.reduce((s, [, n]) => s + n, 0);
  if (tot(S.q1.choices) !== S.q1.answered || tot(S.q5.choices) !== S.q5.answered) throw new Error("single-choice totals");
  if (S.q2.choices.some(([, n]) => n > S.q2.answered) || tot(S.q2.choices) > 3 * S.q2.answered) throw new Error("q2 counts");
  for (const [, c] of S.q3.rows) if (c.reduce((a, b) => a + b) !== S.q3.answered) throw new Error("q3 row total");
  for (const [, c] of S.q4.rows) if (c.reduce((a, b) => a + b) !== S.q4.answered) throw new Error("q4 row total");
  for (let j = 0; j < 5; j++) if (S.q4.rows.reduce((s, [, c]) => s + c[j], 0) !== S.q4.answered) throw new Error("q4 column total");
  const wa = S.q3.rows.map(([, c]) => weighted(c));
  if (wa.join() !== "2.92,3.27,1.92,2.69,2.58") throw new Error("weighted averages " + wa);
  const sc = S.q4.rows.map(([, c]) => rankScore(c));
  if (sc.join() !== "3.92,3.28,3.12,2.68,2.00") throw new Error("ranking scores " + sc);
  if (pct(15, 27) !== "55.56%" || pct(9, 26) !== "34.62%") throw new Error("percentages");
  if (S.q6.responses.length !== S.q6.answered) throw new Error("q6 responses");
  for (const q of [S.q1, S.q2, S.q3, S.q5]) if (q.answered + q.skipped !== 27) throw new Error("answered + skipped");
  if (S.q4.answered + S.q4.skipped !== 27 || S.q6.answered + S.q6.skipped !== 27) throw new Error("answered + skipped");
}

// ------------------------------------------------------------------ round 2 of the fund (agreed in principle on 20 January; prospectus 17 March)
export const ROUND2 = { pot: 300000, max: 45000, match: "20%", opens: "Monday 4 April 2642", closes: "Thursday 26 May 2642", decide: "Thursday 16 June 2642" };
