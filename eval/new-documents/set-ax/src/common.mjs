// Shared content for set AX: one invented body, the Noise and Statutory Nuisance Task Group (NSNTG), a
// member task group of the invented Liveable Neighbourhoods Board, in the municipal year
// 2117/18: its people, meetings, performance indicators, risks, the Quiet Nights Fund round 2 extension
// grants, the neighbour noise protocol consultation and the actions of 12 October 2117. Every builder
// reads from here so that the five papers agree; the arithmetic is checked below when this loads.
// Synthetic test fixtures: every person, council, figure, rating, risk and decision is invented.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const MAIN = process.env.MAIN_DIR ?? "/work/main";
export const requireMain = createRequire(join(MAIN, "package.json"));
export const importDocx = async () => import(pathToFileURL(join(MAIN, "node_modules/docx/dist/index.mjs")).href);
export const FONTS = process.env.FONT_DIR ?? "/usr/share/fonts/truetype/dejavu";

export const BODY = "Noise and Statutory Nuisance Task Group";
export const SHORT = "NSNTG";
export const BOARD = "Liveable Neighbourhoods Board";
export const FUND = "Quiet Nights Fund";
export const VENUE = "Room 3.1, 18 Smith Square, London SW1P 3HZ";

export const DOCS = {
  pentana: "nsntg-programme-pis-q2-2117-18-pentana-report.pdf",
  minutes: "nsntg-minutes-2117-10-12-converted-from-pdf.docx",
  consult: "model-neighbour-noise-protocol-we-asked-you-said-we-did.html",
  digest: "nsntg-members-digest-vol-4-issue-11.eml",
  wiki: "nsntg-start-dokuwiki-page.txt",
};

export const MEETINGS = [
  { date: "Tuesday 6 July 2117", iso: "2117-07-06" },
  { date: "Tuesday 12 October 2117", iso: "2117-10-12" },
  { date: "Tuesday 23 November 2117", iso: "2117-11-23" },
  { date: "Tuesday 25 January 2118", iso: "2118-01-25" },
  { date: "Tuesday 22 March 2118", iso: "2118-03-22" },
];

export const OFFICERS = {
  severine: { name: "Severine Okafor-Lyle", post: "Programme Manager, Neighbourhood Nuisance", phone: "020 7946 0521", email: "severine.okafor-lyle@local.gov.uk", user: "sokaforlyle" },
  tamsin: { name: "Tamsin Wragby-Holt", post: "Member Services Officer", phone: "020 7946 0534", email: "tamsin.wragby-holt@local.gov.uk", user: "twragbyholt" },
  ignatius: { name: "Ignatius Pemberton-Shaw", post: "Senior Adviser, Environmental Health", phone: "020 7946 0547", email: "ignatius.pemberton-shaw@local.gov.uk", user: "ipembertonshaw" },
  rosalind: { name: "Rosalind Achterkirk", post: "Performance and Insight Officer", phone: "020 7946 0553", email: "rosalind.achterkirk@local.gov.uk", user: "rachterkirk" },
  hamish: { name: "Hamish Trevennick", post: "Finance Business Partner", phone: "020 7946 0568", email: "hamish.trevennick@local.gov.uk", user: "htrevennick" },
  niamh: { name: "Niamh Ozanne-Bradley", post: "Policy Adviser (Noise)", phone: "020 7946 0572", email: "niamh.ozanne-bradley@local.gov.uk", user: "nozannebradley" },
  barnaby: { name: "Barnaby Quist", post: "Solicitor (Regulatory)", phone: "020 7946 0586", email: "barnaby.quist@local.gov.uk", user: "bquist" },
};
export const GUEST = { name: "Professor Quentin Hallowell-Sykes", post: "Director, Kestlemoor Acoustics Centre, University of Kestlemoor" };

// Membership 2117/18
export const PEOPLE = [
  { k: "ravensworth", fore: "Philippa", sur: "Ravensworth-Kaye", council: "Marlowvale Borough Council", group: "Conservative", role: "Chair", term: "May 2119" },
  { k: "fairclough", fore: "Horatio", sur: "Fairclough-Rae", council: "Ashburrow County Council", group: "Conservative", role: "Member", lead: "licensed premises", term: "May 2118" },
  { k: "hexthorpe", fore: "Winifred", sur: "Hexthorpe", council: "Hollinsford County Council", group: "Conservative", role: "Member", term: "May 2119" },
  { k: "lindenfeld", fore: "Tobias", sur: "Lindenfeld", council: "Greywater District Council", group: "Conservative", role: "Member", term: "May 2118" },
  { k: "castellane", fore: "Obinna", sur: "Castellane", council: "Quenhithe City Council", group: "Labour", role: "Vice-Chair", term: "May 2119" },
  { k: "elsworthy", fore: "Yasmin", sur: "Elsworthy", council: "Kestlemoor Metropolitan Borough Council", group: "Labour", role: "Member", lead: "out-of-hours services", term: "May 2118" },
  { k: "moorcroft", fore: "Declan", sur: "Moorcroft-Ives", council: "Tarnwick City Council", group: "Labour", role: "Member", term: "May 2119" },
  { k: "tresillian", fore: "Marguerite", sur: "Tresillian-Beck", council: "Drayfield District Council", group: "Liberal Democrat", role: "Deputy Chair", lead: "mediation and prevention", term: "May 2119" },
  { k: "ogundipe", fore: "Rufus", sur: "Ogundipe-Marr", council: "Saxonbridge Borough Council", group: "Green Party", role: "Member", lead: "construction and environmental noise", term: "May 2118" },
  { k: "pelham", fore: "Annunziata", sur: "Pelham", council: "Pendlecote District Council", group: "Independent", role: "Member", term: "May 2118" },
];
export const SUBS = [
  { k: "strathallan", fore: "Imogen", sur: "Strathallan", council: "Marlowvale Borough Council", group: "Conservative" },
  { k: "ashdown", fore: "Kwabena", sur: "Ashdown-Pryce", council: "Kestlemoor Metropolitan Borough Council", group: "Labour" },
  { k: "ecclesfield", fore: "Bartholomew", sur: "Ecclesfield", council: "Drayfield District Council", group: "Liberal Democrat" },
];
export const P = Object.fromEntries([...PEOPLE, ...SUBS].map((p) => [p.k, p]));
export const cllr = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;

// ------------------------------------------------------------------ Pentana PI report, Q2 2117/18
// status: Alert / Warning / OK / Unknown / Data Only; trend: Improving / No Change / Getting Worse
export const THEMES = ["Theme 1: Responding to complaints", "Theme 2: Enforcement", "Theme 3: Prevention and partnership"];
export const PIS = [
  { code: "NSN-01", name: "Noise complaints received by the pilot councils (cumulative)", theme: 0, q1: "4,812", s1: "Data Only", q2: "10,067", target: "", s2: "Data Only", trend: "Getting Worse", note: "Up 9% on Q2 2116/17. Complaints about amplified music in gardens and parks rose most in July and August, during the heatwave.", noteDate: "28-Oct-2117", who: "rosalind" },
  { code: "NSN-02", name: "% of complaints acknowledged within 2 working days", theme: 0, q1: "91.4%", s1: "Warning", q2: "88.2%", target: "95.0%", s2: "Warning", trend: "Getting Worse", note: "Two pilot councils moved to a new case management system in August and acknowledgements were sent by hand for three weeks.", noteDate: "28-Oct-2117", who: "ignatius" },
  { code: "NSN-03", name: "% of noise cases closed within 60 days", theme: 0, q1: "72.0%", s1: "Warning", q2: "63.5%", target: "80.0%", s2: "Alert", trend: "Getting Worse", note: "Summer backlog; 412 cases were open for more than 60 days at 30 September. A recovery plan goes to the meeting on 23 November 2117.", noteDate: "29-Oct-2117", who: "ignatius" },
  { code: "NSN-04", name: "Out-of-hours calls attended within 1 hour", theme: 0, q1: "76.0%", s1: "Warning", q2: "83.0%", target: "80.0%", s2: "OK", trend: "Improving", note: "Second rota in Kestlemoor and Tarnwick from 1 August. The pilot was extended to 30 June 2118 on 12 October 2117.", noteDate: "27-Oct-2117", who: "severine" },
  { code: "NSN-05", name: "Abatement notices served (cumulative)", theme: 1, q1: "214", s1: "OK", q2: "463", target: "450", s2: "OK", trend: "Improving", note: "Ahead of profile in every pilot council but Pendlecote.", noteDate: "26-Oct-2117", who: "barnaby" },
  { code: "NSN-06", name: "Prosecutions for breach of an abatement notice (cumulative)", theme: 1, q1: "6", s1: "Warning", q2: "11*", target: "20", s2: "Alert", trend: "Improving", note: "Magistrates' court listings are running 14 weeks behind; see risk NSR-04.", noteDate: "29-Oct-2117", who: "barnaby" },
  { code: "NSN-07", name: "Seizures of noise-making equipment (cumulative)", theme: 1, q1: "17", s1: "OK", q2: "41", target: "40", s2: "OK", trend: "Improving", note: "Includes 9 sound systems seized at unlicensed events.", noteDate: "26-Oct-2117", who: "barnaby" },
  { code: "NSN-08", name: "Councils using the neighbour noise app", theme: 2, q1: "38", s1: "Warning", q2: "46", target: "50", s2: "Warning", trend: "Improving", note: "Six councils are waiting for the app supplier's data protection assessment.", noteDate: "27-Oct-2117", who: "rosalind" },
  { code: "NSN-09", name: "% of late-licence premises with a noise management plan", theme: 2, q1: "68.0%", s1: "Warning", q2: "70.0%", target: "75.0%", s2: "Warning", trend: "Improving", note: "Model licence conditions agreed for consultation on 12 October 2117 should lift this from Q4.", noteDate: "28-Oct-2117", who: "niamh" },
  { code: "NSN-10", name: "% of mediation referrals resolved without enforcement", theme: 2, q1: "", s1: "Unknown", q2: "", target: "70.0%", s2: "Unknown", trend: "No Change", note: "No data yet: the mediation provider's first return is due in December 2117.", noteDate: "25-Oct-2117", who: "niamh" },
  { code: "NSN-11", name: "Construction sites with a Section 61 prior consent in the pilot areas", theme: 2, q1: "129", s1: "Data Only", q2: "142", target: "", s2: "Data Only", trend: "Improving", note: "Figure for information; no target is set.", noteDate: "26-Oct-2117", who: "ignatius" },
];
export const PI_FOOTNOTE = "* Provisional: two further cases are awaiting a court date.";
export const STATUS_RULE = "PI status is calculated against the quarter's target: OK = target met; Warning = below target by up to 10%; Alert = below target by more than 10%; Unknown = no data for the quarter; Data Only = no target is set.";
export const PENTANA = { generated: "02 November 2117 14:07", title: "NSNTG Programme PIs – Quarter 2 2117/18", by: "Rosalind Achterkirk" };

// ------------------------------------------------------------------ risk register (wiki), reviewed 2117-10-27
export const RAG = (s) => (s >= 15 ? "R" : s >= 8 ? "A" : "G");
export const RISKS = [
  { ref: "NSR-01", risk: "The out-of-hours pilot cannot be staffed after March 2118", l: 3, i: 4, owner: "severine", controls: "Agency cover agreed to June 2118; bid for 2118/19 funding in January." },
  { ref: "NSR-02", risk: "The neighbour noise app supplier fails the data protection assessment", l: 3, i: 3, owner: "rosalind", controls: "Assessment due 30 November 2117; fallback web form ready." },
  { ref: "NSR-03", risk: "Councils do not adopt the model neighbour noise protocol", l: 2, i: 3, owner: "niamh", controls: "Protocol revised after consultation; launch webinar planned." },
  { ref: "NSR-04", risk: "Court backlogs delay prosecutions for breach of abatement notices", l: 4, i: 4, owner: "barnaby", controls: "Raised with HM Courts; cases batched by council." },
  { ref: "NSR-05", risk: "Quiet Nights Fund grants are not spent by 31 March 2118", l: 2, i: 4, owner: "hamish", controls: "Monthly spend returns from grant holders." },
  { ref: "NSR-06", risk: "Officers face abuse or assault during night-time visits", l: 3, i: 5, owner: "ignatius", controls: "Lone-working devices; visits in pairs after 23:00." },
];
for (const r of RISKS) { r.score = r.l * r.i; r.rag = RAG(r.score); }

// ------------------------------------------------------------------ Quiet Nights Fund round 2 extensions (written procedure)
export const WP = { ref: "WP-2117-04", pot: 250000, circulated: "Wednesday 27 October 2117", deadline: "5pm on Monday 1 November 2117", decided: "Tuesday 2 November 2117" };
export const GRANTS = [
  { ref: "QNF2-03", council: "Kestlemoor Metropolitan Borough Council", project: "Second night-time rota to June 2118", amount: 48000 },
  { ref: "QNF2-07", council: "Tarnwick City Council", project: "Night-time noise patrols in the city centre", amount: 42500 },
  { ref: "QNF2-09", council: "Greywater District Council", project: "Noise monitoring kit loan scheme", amount: 55000, decided: 45000 },
  { ref: "QNF2-12", council: "Ashburrow County Council", project: "Licensed premises noise officer", amount: 39000 },
  { ref: "QNF2-14", council: "Saxonbridge Borough Council", project: "Construction noise liaison service", amount: 38000 },
];
export const gbp = (n) => "£" + n.toLocaleString("en-GB");
export const PROPOSED = GRANTS.reduce((t, g) => t + g.amount, 0);
export const DECIDED = GRANTS.reduce((t, g) => t + (g.decided ?? g.amount), 0);

// ------------------------------------------------------------------ actions of 12 October 2117
export const ACTIONS = [
  { ref: "NSA-31", min: "4", action: "Write to the pilot councils confirming the out-of-hours pilot extension to 30 June 2118", owner: "severine", due: "29/10/2117" },
  { ref: "NSA-32", min: "4", action: "Report the full evaluation of the out-of-hours pilot", owner: "ignatius", due: "25/01/2118" },
  { ref: "NSA-33", min: "5", action: "Publish the draft model licence conditions for consultation", owner: "niamh", due: "05/11/2117" },
  { ref: "NSA-34", min: "6", action: "Bring the final model neighbour noise protocol for approval", owner: "niamh", due: "23/11/2117" },
  { ref: "NSA-35", min: "7", action: "Circulate Professor Hallowell-Sykes's slides on low-frequency noise", owner: "tamsin", due: "19/10/2117" },
  { ref: "NSA-36", min: "8", action: "Seek the Chair's decision on the round 2 extension grants under the written procedure", owner: "severine", due: "02/11/2117" },
  { ref: "NSA-37", min: "8", action: "Prepare a recovery plan for cases closed within 60 days (NSN-03)", owner: "ignatius", due: "23/11/2117" },
];

// ------------------------------------------------------------------ consultation
export const CONSULT = {
  title: "Model neighbour noise protocol",
  opened: "21 Jul 2117", closed: "15 Sep 2117", updated: "20 Oct 2117", responses: 1284,
  byType: [["Members of the public", 874], ["Councils", 212], ["Housing associations", 97], ["Businesses and trade bodies", 61], ["Mediation and advice services", 23], ["Other organisations", 17]],
  props: [
    { n: 1, text: "A single online reporting form for neighbour noise in every council", agree: 1071, disagree: 118, dk: 74, na: 21 },
    { n: 2, text: "Night-time hours defined as 23:00 to 07:00", agree: 486, disagree: 702, dk: 71, na: 25 },
    { n: 3, text: "An offer of mediation before any warning letter", agree: 802, disagree: 341, dk: 118, na: 23 },
    { n: 4, text: "A £150 charge for a third out-of-hours callout to the same address", agree: 392, disagree: 741, dk: 126, na: 25 },
    { n: 5, text: "Case updates to complainants at least every 14 days", agree: 1156, disagree: 48, dk: 62, na: 18 },
  ],
};
export const pct = (n) => Math.round((n / CONSULT.responses) * 100) + "%";

// ------------------------------------------------------------------ checks
const fail = (m) => { throw new Error("common.mjs check failed: " + m); };
const cnt = (k, v) => PIS.filter((p) => p[k] === v).map((p) => p.code).join();
if (cnt("s2", "Alert") !== "NSN-03,NSN-06") fail("alert");
if (cnt("s2", "Warning") !== "NSN-02,NSN-08,NSN-09") fail("warning");
if (cnt("s2", "OK") !== "NSN-04,NSN-05,NSN-07") fail("ok");
if (cnt("s1", "Alert") !== "") fail("no Q1 alerts");
if (CONSULT.byType.reduce((t, [, n]) => t + n, 0) !== CONSULT.responses) fail("response types");
for (const p of CONSULT.props) if (p.agree + p.disagree + p.dk + p.na !== CONSULT.responses) fail("proposal " + p.n);
if (PROPOSED !== 222500 || DECIDED !== 212500) fail(`grants ${PROPOSED} ${DECIDED}`);
if (PROPOSED > WP.pot) fail("over pot");
if (RISKS.filter((r) => r.rag === "R").map((r) => r.ref).join() !== "NSR-04,NSR-06") fail("red risks " + RISKS.map((r) => r.rag));
if (RISKS.find((r) => r.ref === "NSR-02").rag !== "A") fail("NSR-02 amber");
