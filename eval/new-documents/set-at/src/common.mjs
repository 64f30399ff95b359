// Shared content for set AT: one body, its people, meetings, performance measures, programme workstreams,
// the Community Hubs Capital Fund bids and the actions. Every builder reads from here so that the five
// papers agree with each other. Synthetic test fixtures: every person, council, figure and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = "/usr/share/fonts/truetype/dejavu";

export const BODY = "Public Libraries and Community Hubs Panel";
export const SHORT = "PLCHP";
export const PARENT = "Culture, Heritage and Communities Board";
export const PROGRAMME = "Library Renewal Programme";
export const FUND = "Community Hubs Capital Fund";
export const VENUE = "Brontë Room, Ashdown House, 14 Keyworth Street, London SE1 6QQ";

export const OFFICERS = {
  fairweather: { name: "Juno Fairweather-Basu", post: "Head of Libraries and Culture Programme", phone: "020 7946 0915", email: "juno.fairweather-basu@local.gov.uk" },
  millington: { name: "Caspar Millington", post: "Senior Adviser, Community Hubs", phone: "020 7946 0923", email: "caspar.millington@local.gov.uk" },
  pemberton: { name: "Odile Pemberton-Nwosu", post: "Adviser, Digital Libraries", phone: "020 7946 0931", email: "odile.pemberton-nwosu@local.gov.uk" },
  teague: { name: "Hamish Teague", post: "Finance Business Partner", phone: "020 7946 0948", email: "hamish.teague@local.gov.uk" },
  lindqvist: { name: "Saoirse Lindqvist", post: "Member Services Officer", phone: "020 7946 0956", email: "saoirse.lindqvist@local.gov.uk" },
  yeo: { name: "Bartholomew Yeo", post: "Data and Performance Analyst", phone: "020 7946 0962", email: "bartholomew.yeo@local.gov.uk" },
};
export const GUEST = { name: "Dr Anouk Verhaegen", post: "Chief Executive, Reading Futures Trust" };

// Members 2098/99. role: Chair / Vice-Chair / Deputy Chair / Member
export const MEMBERS = [
  { name: "Cllr Rosalind Achterberg", party: "Con", council: "Wealdmoor District Council", role: "Chair" },
  { name: "Cllr Dev Malhotra-Quayle", party: "Lab", council: "Carrowby City Council", role: "Vice-Chair" },
  { name: "Cllr Ifeoma Stannard", party: "LD", council: "Hensham Borough Council", role: "Deputy Chair" },
  { name: "Cllr Gethin Pryddereth", party: "Ind", council: "North Tarrant County Council", role: "Deputy Chair" },
  { name: "Cllr Phyllida Brocklehurst", party: "Con", council: "Ormsford Borough Council", role: "Member" },
  { name: "Cllr Tobiah Wrenfield", party: "Con", council: "Kelderby District Council", role: "Member" },
  { name: "Cllr Ambrose Kettlewell", party: "Con", council: "Brackenfield County Council", role: "Member" },
  { name: "Cllr Margit Olawale", party: "Lab", council: "Lydbrook Metropolitan Borough Council", role: "Member", from: "1 October 2098" },
  { name: "Cllr Sunniva Castellan", party: "Lab", council: "Pellingham City Council", role: "Member" },
  { name: "Cllr Nerys Abernethy-Cole", party: "Lab", council: "Dunmere Metropolitan Borough Council", role: "Member" },
  { name: "Cllr Cosmo Teversham", party: "LD", council: "Alnmere District Council", role: "Member" },
  { name: "Cllr Wanjiru Hesseltine", party: "Green", council: "Ryecombe City Council", role: "Member" },
];
export const FORMER = { name: "Cllr Horace Bellingdon", party: "Lab", council: "Lydbrook Metropolitan Borough Council", until: "30 September 2098" };
export const SUBS = [
  { name: "Cllr Percival Oduya", party: "Con", council: "Tansley Borough Council" },
  { name: "Cllr Lowri Fennimore", party: "Lab", council: "Harrowdene Metropolitan Borough Council" },
  { name: "Cllr Anselm Rigby-Kaur", party: "LD", council: "Wickmoor District Council" },
];
export const MEETINGS = [
  { date: "Wednesday 18 June 2098", iso: "2098-06-18" },
  { date: "Wednesday 17 September 2098", iso: "2098-09-17" },
  { date: "Wednesday 12 November 2098", iso: "2098-11-12" },
  { date: "Wednesday 11 March 2099", iso: "2099-03-11" },
];

// Performance measures Q2 2098/99 (Microsoft Lists). rag: this quarter; prev: Q1.
export const MEASURES = [
  { id: "LIB-01", title: "Physical visits to council libraries (millions, England sample of 48 councils)", ws: "WS5 Reading and participation", lead: "Bartholomew Yeo", unit: "Number (millions)", base: "31.4", target: "32.0", q1: "8.3", q2: "8.9", prev: "Green", rag: "Green", trend: "Improving", comm: "Visits up 6% on Q2 2097/98.\nSummer opening of the Read Ahead marquees counted as visits for the first time.", src: "Quarterly LGA libraries data return (48 councils); Read Ahead marquee counts from 11 councils", mod: "20/10/2098 16:05", by: "Bartholomew Yeo" },
  { id: "LIB-02", title: "E-book and e-audio loans through the Shared eLending Consortium (thousands)", ws: "WS2 Digital libraries", lead: "Odile Pemberton-Nwosu", unit: "Number (thousands)", base: "1,920", target: "2,300", q1: "512", q2: "548", prev: "Amber", rag: "Amber", trend: "Improving", comm: "Below the profile of 575 for Q2.\nThe consortium's new platform goes live on 2 February 2099; until then 9 member councils are still on their old suppliers' apps, so loans are \"split across two systems\".", src: "Platform supplier dashboards", mod: "20/10/2098 11:47", by: "Odile Pemberton-Nwosu" },
  { id: "LIB-03", title: "Councils in the Shared eLending Consortium", ws: "WS2 Digital libraries", lead: "Odile Pemberton-Nwosu", unit: "Number", base: "27", target: "40", q1: "31", q2: "36", prev: "Amber", rag: "Green", trend: "Improving", comm: "Five councils signed the access agreement in Q2, including Ryecombe and Dunmere.\nOn track for 40 by March 2099.", src: "Consortium access agreements register", mod: "19/10/2098 09:12", by: "Odile Pemberton-Nwosu" },
  { id: "LIB-04", title: "Extended-access (staffless) opening hours added each week", ws: "WS3 Extended access", lead: "Caspar Millington", unit: "Hours per week", base: "0", target: "600", q1: "95", q2: "140", prev: "Red", rag: "Red", trend: "Improving", comm: "Well behind the profile of 300 hours by Q2.\nInstallations delayed by the door-entry supplier (\"KeyWay\") going into administration in July 2098; the replacement framework call-off was signed on 9 October 2098.\nRecovery plan to the Panel on 12 November 2098.", src: "Council returns", mod: "21/10/2098 10:30", by: "Caspar Millington" },
  { id: "LIB-05", title: "Libraries rated as a \"warm and welcoming space\" by users (%)", ws: "WS5 Reading and participation", lead: "Bartholomew Yeo", unit: "Percentage", base: "81%", target: "85%", q1: "—", q2: "84%", prev: "Not rated", rag: "Amber", trend: "New", comm: "First result from the autumn user survey (2,614 responses).\nSurvey runs twice a year, so there is no Q1 figure.", src: "LGA library user survey, September 2098", mod: "18/10/2098 14:55", by: "Bartholomew Yeo" },
  { id: "LIB-06", title: "Children completing the Read Ahead summer scheme", ws: "WS5 Reading and participation", lead: "Juno Fairweather-Basu", unit: "Number", base: "412,000", target: "450,000", q1: "—", q2: "468,250", prev: "Not rated", rag: "Green", trend: "Improving", comm: "Target beaten.\nReading Futures Trust will publish the full evaluation in January 2099.", src: "Reading Futures Trust", mod: "14/10/2098 12:20", by: "Juno Fairweather-Basu" },
  { id: "LIB-07", title: "Community Hubs Capital Fund: round 1 grants awarded (£m)", ws: "WS1 Community hubs", lead: "Caspar Millington", unit: "£m", base: "0", target: "4.2", q1: "0", q2: "0", prev: "Green", rag: "Amber", trend: "Worsening", comm: "Round 1 opened on 24 September 2098 and closes on 24 October 2098; 19 bids in so far.\nThe profile assumed awards in Q2, but the Panel agreed the scheme design only on 17 September 2098, so awards will be made at its meeting on 12 November 2098.", src: "Fund grants system", mod: "21/10/2098 15:02", by: "Caspar Millington" },
  { id: "LIB-08", title: "Library staff completing the Digital Champions course", ws: "WS4 Workforce and volunteers", lead: "Odile Pemberton-Nwosu", unit: "Number", base: "640", target: "1,200", q1: "210", q2: "395", prev: "Green", rag: "Green", trend: "Improving", comm: "On profile.", src: "Course provider (Learnway)", mod: "12/10/2098 08:41", by: "Odile Pemberton-Nwosu" },
  { id: "LIB-09", title: "Volunteer hours supporting council libraries (thousands)", ws: "WS4 Workforce and volunteers", lead: "Juno Fairweather-Basu", unit: "Number (thousands)", base: "1,140", target: "1,150", q1: "262", q2: "251", prev: "Amber", rag: "Red", trend: "Worsening", comm: "Fall in volunteer hours for the third quarter in a row.\nCouncils report that \"cost of travel\" is the main reason volunteers give for leaving.\nThe Panel asked for a deep dive at its meeting on 17 September 2098 (action A98-11).", src: "Quarterly LGA libraries data return (48 councils)", mod: "21/10/2098 17:19", by: "Juno Fairweather-Basu" },
  { id: "LIB-10", title: "Library service peer challenges completed", ws: "WS4 Workforce and volunteers", lead: "Juno Fairweather-Basu", unit: "Number", base: "6", target: "8", q1: "1", q2: "3", prev: "Green", rag: "Green", trend: "Stable", comm: "Peer challenges at Kelderby (July) and Alnmere (September) completed.", src: "LGA peer challenge team", mod: "09/10/2098 10:03", by: "Saoirse Lindqvist" },
];

// Programme workstreams for the slide deck (12 November 2098)
export const WORKSTREAMS = [
  { id: "WS1", name: "Community hubs", lead: "Caspar Millington", member: "Cllr Ifeoma Stannard", rag: "Amber", prev: "Green", note: "Round 1 awards today; four weeks late" },
  { id: "WS2", name: "Digital libraries", lead: "Odile Pemberton-Nwosu", member: "Cllr Dev Malhotra-Quayle", rag: "Green", prev: "Amber", note: "Platform live 2 February 2099" },
  { id: "WS3", name: "Extended access", lead: "Caspar Millington", member: "Cllr Tobiah Wrenfield", rag: "Red", prev: "Red", note: "Recovery plan for decision" },
  { id: "WS4", name: "Workforce and volunteers", lead: "Juno Fairweather-Basu", member: "Cllr Nerys Abernethy-Cole", rag: "Amber", prev: "Green", note: "Volunteer deep dive in March" },
  { id: "WS5", name: "Reading and participation", lead: "Juno Fairweather-Basu", member: "Cllr Gethin Pryddereth", rag: "Green", prev: "Green", note: "Read Ahead target beaten" },
];

// Community Hubs Capital Fund round 1 (£4.2m; maximum grant £350,000 as agreed on 17 September 2098)
export const FUND_TOTAL = 4200000;
export const MAX_GRANT = 350000;
export const BIDS = [
  { ref: "CHCF1-03", council: "Carrowby City Council", project: "Eastgate Library and family hub co-location", cost: 1240000, ask: 350000, score: 88, award: 350000 },
  { ref: "CHCF1-11", council: "Ryecombe City Council", project: "Marsh Lane library: registrars, advice and library under one roof", cost: 910000, ask: 350000, score: 86, award: 350000 },
  { ref: "CHCF1-07", council: "Hensham Borough Council", project: "Old Corn Exchange: library, jobs club and credit union hub", cost: 780000, ask: 340000, score: 84, award: 340000 },
  { ref: "CHCF1-19", council: "Dunmere Metropolitan Borough Council", project: "Mobile library converted to a travelling community hub (two vehicles)", cost: 460000, ask: 300000, score: 83, award: 300000 },
  { ref: "CHCF1-02", council: "Tansley Borough Council", project: "Tansley Central Library ground floor remodelling", cost: 620000, ask: 350000, score: 81, award: 325000, cond: "a" },
  { ref: "CHCF1-15", council: "Alnmere District Council", project: "Village hall library link points (12 sites)", cost: 395000, ask: 275000, score: 80, award: 275000 },
  { ref: "CHCF1-21", council: "Pellingham City Council", project: "Westfield library energy retrofit and warm space", cost: 820000, ask: 350000, score: 79, award: 350000 },
  { ref: "CHCF1-05", council: "Kelderby District Council", project: "Library and council customer service centre merger", cost: 505000, ask: 310000, score: 77, award: 310000 },
  { ref: "CHCF1-09", council: "Harrowdene Metropolitan Borough Council", project: "Harrowdene South makerspace and digital skills hub", cost: 590000, ask: 350000, score: 76, award: 350000 },
  { ref: "CHCF1-13", council: "Wickmoor District Council", project: "Wickmoor library health and wellbeing room", cost: 350000, ask: 220000, score: 74, award: 220000 },
  { ref: "CHCF1-17", council: "North Tarrant County Council", project: "Three rural libraries converted for extended access", cost: 480000, ask: 330000, score: 72, award: 330000, cond: "b" },
  { ref: "CHCF1-04", council: "Ormsford Borough Council", project: "Ormsford Library children's floor and study space", cost: 410000, ask: 290000, score: 71, award: 290000 },
  { ref: "CHCF1-22", council: "Lydbrook Metropolitan Borough Council", project: "Lydbrook library welcome hub for new residents", cost: 300000, ask: 240000, score: 70, award: 225000, cond: "c" },
];
export const RESERVE = [
  { ref: "CHCF1-08", council: "Brackenfield County Council", project: "Brackenfield Library courtyard and community garden", ask: 180000, score: 68 },
  { ref: "CHCF1-14", council: "Wealdmoor District Council", project: "Wealdmoor libraries accessible toilets and changing facilities", ask: 150000, score: 66 },
];
export const awardTotal = () => BIDS.reduce((a, b) => a + b.award, 0);
export const money = (n) => "£" + n.toLocaleString("en-GB");
{
  const t = awardTotal();
  if (t > FUND_TOTAL) throw new Error("awards exceed fund: " + t);
  for (const b of BIDS) if (b.award > MAX_GRANT || b.award > b.ask || b.award > 0.75 * b.cost || b.score < 70) throw new Error("bad award " + b.ref);
}

// Actions (from the 17 September 2098 minutes; their status also appears in the deck)
export const ACTIONS = [
  { ref: "A98-07", text: "Publish the Community Hubs Capital Fund round 1 prospectus with a maximum grant of £350,000", owner: "Caspar Millington", due: "24 September 2098" },
  { ref: "A98-08", text: "Circulate Dr Verhaegen's slides and the Read Ahead interim figures to members", owner: "Saoirse Lindqvist", due: "24 September 2098" },
  { ref: "A98-09", text: "Go out to tender for the Shared eLending Consortium platform using the agreed further competition", owner: "Odile Pemberton-Nwosu", due: "31 October 2098" },
  { ref: "A98-10", text: "Bring a recovery plan for extended-access hours (LIB-04) to the next meeting", owner: "Caspar Millington", due: "12 November 2098" },
  { ref: "A98-11", text: "Deep dive into falling volunteer hours (LIB-09), with the Workforce and volunteers lead member", owner: "Juno Fairweather-Basu", due: "11 March 2099" },
  { ref: "A98-12", text: "Write to the minister about library business rates relief on behalf of the Chair", owner: "Juno Fairweather-Basu", due: "15 October 2098" },
];
