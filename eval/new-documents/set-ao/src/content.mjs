// Shared content of set AO: the Home Adaptations Panel (an invented LGA member panel), 2081/82.
// Every builder takes its people, figures and dates from here, so the five documents agree with each other.
// Synthetic test fixture: the people, figures, decisions and the year are invented.

export const PANEL = "Home Adaptations Panel";

const WD = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const weekday = (iso) => WD[new Date(iso + "T12:00:00Z").getUTCDay()];
export const wd3 = (iso) => weekday(iso).slice(0, 3);
// org-mode time stamps: <2081-11-21 Fri> and [2081-11-06 Thu 09:12]
export const orgActive = (iso, time) => `<${iso} ${wd3(iso)}${time ? " " + time : ""}>`;
export const orgInactive = (iso, time) => `[${iso} ${wd3(iso)}${time ? " " + time : ""}]`;
export const gbp = (n) => (n < 0 ? "-" : "") + "£" + Math.abs(n).toLocaleString("en-GB");
export const num = (n) => n.toLocaleString("en-GB");

// --- members 2081/82 (terms of reference v1.2, 3 September 2081)
export const MEMBERS = [
  { name: "Cllr Bernadette Gillingwater", council: "Sunderland City Council", group: "Labour", role: "Chair" },
  { name: "Cllr Hamish Urquhart", council: "Dorset Council", group: "Conservative", role: "Vice-Chair" },
  { name: "Cllr Tegan Tregidga", council: "Cornwall Council", group: "Liberal Democrat", role: "Deputy Chair" },
  { name: "Cllr Sunita Ramdharry", council: "Leicester City Council", group: "Labour", role: "Member" },
  { name: "Cllr Declan Mulready", council: "Salford City Council", group: "Labour", role: "Lead member, workforce" },
  { name: "Cllr Hester Blundstone", council: "Gateshead Council", group: "Labour", role: "Member" },
  { name: "Cllr Tunde Balogun", council: "London Borough of Lewisham", group: "Labour", role: "Member" },
  { name: "Cllr Marguerite Ashbridge", council: "Wokingham Borough Council", group: "Conservative", role: "Lead member, Accelerator pilot" },
  { name: "Cllr Giles Cheesbrough", council: "Herefordshire Council", group: "Conservative", role: "Member" },
  {
    name: "Cllr Anjali Bhardwaj", council: "North Somerset Council", group: "Conservative", role: "Member",
    footnote: "Appointed by the Conservative group on 28 August 2081 in place of Cllr Crispin Rushbrooke (Wiltshire Council), who stood down from the Panel.",
  },
  { name: "Cllr Robin Esterhuizen", council: "Mid Devon District Council", group: "Liberal Democrat", role: "Member" },
  { name: "Cllr Imogen Kinnersley", council: "Lancaster City Council", group: "Green", role: "Member" },
];
export const SUBSTITUTES = [
  { name: "Cllr Ruairi Tolland", council: "Rotherham Metropolitan Borough Council", group: "Labour" },
  { name: "Cllr Shazia Mirwani", council: "London Borough of Camden", group: "Labour" },
  { name: "Cllr Piers Cottrell", council: "Norfolk County Council", group: "Conservative" },
  { name: "Cllr Elspeth Grierson", council: "Buckinghamshire Council", group: "Conservative" },
  { name: "Cllr Tobias Ringrose", council: "Cheltenham Borough Council", group: "Liberal Democrat" },
];

// --- officers
export const OFFICERS = {
  kirkbride: { name: "Marcus Kirkbride", post: "Head of Housing and Independent Living", phone: "020 7946 0574", email: "marcus.kirkbride@local.gov.uk", initials: "MK", role: "Lead officer" },
  kellaway: { name: "Tamsin Kellaway", post: "Senior Adviser (Housing)", phone: "020 7946 0583", email: "tamsin.kellaway@local.gov.uk", initials: "TK", role: "Policy lead" },
  hindmarsh: { name: "Helena Hindmarsh", post: "Principal Adviser (Care and Health Improvement)", phone: "020 7946 0612", email: "helena.hindmarsh@local.gov.uk", role: "Workforce" },
  vorster: { name: "Anneliese Vorster", post: "Finance Business Partner", phone: "020 7946 0596", email: "anneliese.vorster@local.gov.uk", initials: "AV", role: "Finance" },
  loosemore: { name: "Bryony Loosemore", post: "Research Manager", phone: "020 7946 0631", email: "bryony.loosemore@local.gov.uk", role: "Research and data" },
  wadlow: { name: "Dominic Wadlow", post: "Member Services Officer", phone: "020 7946 0561", email: "dominic.wadlow@local.gov.uk", role: "Clerk" },
};

// --- meetings 2081/82 (all Wednesdays)
export const MEETINGS = [
  { iso: "2081-07-16", time: "10.30am", venue: "18 Smith Square, London, and online" },
  { iso: "2081-11-05", time: "10.30am", venue: "Online (Microsoft Teams)" },
  { iso: "2082-01-28", time: "1.00pm", venue: "18 Smith Square, London" },
  { iso: "2082-04-22", time: "10.30am", venue: "City Hall, Sunderland (hosted by Sunderland City Council)" },
];
export const longDate = (iso) => {
  const d = new Date(iso + "T12:00:00Z");
  return `${weekday(iso)} ${d.getUTCDate()} ${d.toLocaleDateString("en-GB", { month: "long", timeZone: "UTC" })} ${d.getUTCFullYear()}`;
};
for (const m of MEETINGS) if (weekday(m.iso) !== "Wednesday") throw new Error("meeting not a Wednesday: " + m.iso);

// --- Adaptations Accelerator pilot: eight councils, £37,500 each, average weeks from referral to completion
export const PILOTS = [
  { council: "Luton Borough Council", paid: 0, instalments: "First instalment paid on 14 October 2081, after a late first quarterly return; second instalment held until the data return is complete", base: 46.2, q2: 44.9 },
  { council: "Gateshead Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082, subject to an improvement plan", base: 43.0, q2: 41.6 },
  { council: "Cornwall Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082", base: 36.9, q2: 30.2 },
  { council: "Calderdale Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082", base: 33.5, q2: 29.8 },
  { council: "Torbay Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082", base: 31.0, q2: 27.5 },
  { council: "Sunderland City Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082", base: 30.7, q2: 25.0 },
  { council: "Wokingham Borough Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082", base: 28.4, q2: 24.1 },
  { council: "Cheshire West and Chester Council", paid: 18750, instalments: "First instalment paid July 2081; second due January 2082", base: 22.3, q2: 19.1 },
];
export const PILOT_GRANT = 37500;
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;
export const PILOT_BASE_AVG = mean(PILOTS.map((p) => p.base)).toFixed(1); // 34.0
export const PILOT_Q2_AVG = mean(PILOTS.map((p) => p.q2)).toFixed(1); // 30.3

// --- programme budget 2081/82 at 30 September 2081 (pounds)
export const BUDGET = [
  { code: "BL01", line: "Adaptations Accelerator pilot grants", theme: "Faster delivery", budget: 300000, spent: 131250, forecast: 281250 },
  { code: "BL02", line: "Trusted assessor training", theme: "Workforce", budget: 72000, spent: 31650, forecast: 72000 },
  { code: "BL03", line: "OT apprenticeship bursaries", theme: "Workforce", budget: 60000, spent: 45000, forecast: 78000 },
  { code: "BL04", line: "Test of resources research commission", theme: "Funding", budget: 45000, spent: 45000, forecast: 45000 },
  { code: "BL05", line: "DFG waiting times dashboard", theme: "Evidence", budget: 38000, spent: 22400, forecast: 34500 },
  { code: "BL06", line: "Regional good practice events", theme: "Evidence", budget: 42000, spent: 6200, forecast: 21000 },
  { code: "BL07", line: "Member peer challenges", theme: "Evidence", budget: 24000, spent: 4800, forecast: 24000 },
  { code: "BL08", line: "Programme adviser (0.6 FTE)", theme: "Programme", budget: 39000, spent: 19500, forecast: 39000 },
  { code: "BL09", line: "Contingency", theme: "Programme", budget: 20000, spent: 0, forecast: 5000 },
];
for (const b of BUDGET) b.variance = b.forecast - b.budget;
export const TOTAL = ["budget", "spent", "forecast", "variance"].reduce((o, k) => ({ ...o, [k]: BUDGET.reduce((s, b) => s + b[k], 0) }), {});
if (TOTAL.budget !== 640000) throw new Error("budget total " + TOTAL.budget);
if (BUDGET[0].spent !== PILOTS.reduce((s, p) => s + p.paid, 0)) throw new Error("BL01 spend != pilot payments");
if (BUDGET[0].budget !== PILOTS.length * PILOT_GRANT) throw new Error("BL01 budget != pilot grants");
export const VIREMENT = { amount: 18000, from: "BL06", to: "BL03", bursary: 1500, extra: 12 };
if (VIREMENT.bursary * VIREMENT.extra !== VIREMENT.amount) throw new Error("virement arithmetic");
if (BUDGET[2].forecast !== (40 + VIREMENT.extra) * VIREMENT.bursary) throw new Error("bursary forecast");

// --- delivery plan 2081/82: 13 milestones, status at Q1 and Q2 as Wingdings characters
// key: ✓ F0FC Delivered; ● F06C On schedule; ◆ F075 Slipping; ✗ F0FB Will not be met; ○ F0A1 Not started
export const STATUS = {
  done: { sym: "F0FC", glyph: "✓", word: "Delivered", meaning: "the milestone has been met" },
  on: { sym: "F06C", glyph: "●", word: "On schedule", meaning: "expected to be met by its due date" },
  slip: { sym: "F075", glyph: "◆", word: "Slipping", meaning: "at risk of missing its due date; action is in hand" },
  fail: { sym: "F0FB", glyph: "✗", word: "Will not be met", meaning: "will not be met in 2081/82" },
  ns: { sym: "F0A1", glyph: "○", word: "Not started", meaning: "not yet due to start" },
};
// trend arrows (Wingdings F0F1 ⇧, F0F2 ⇩, F0F0 ⇨)
export const ARROW = { up: { sym: "F0F1", glyph: "⇧" }, down: { sym: "F0F2", glyph: "⇩" }, same: { sym: "F0F0", glyph: "⇨" } };

export const THEMES = [
  {
    title: "Theme 1: Funding the grant",
    rows: [
      ["DP81-F1", "Evidence to the Spending Review on the DFG", "Sep 2081", "Marcus Kirkbride", "on", "done", "Submitted on 12 September 2081. It asks for DFG funding of £1.1 billion a year by 2084/85, up from £780 million in 2081/82."],
      ["DP81-F2", "Case for a higher upper limit for the mandatory grant", "Dec 2081", "Tamsin Kellaway", "on", "on", "Cost returns from 41 councils are in. The average cost of the largest adaptations is now £51,300, above the £45,000 limit. The case goes forward with the test of resources response (item 4)."],
      ["DP81-F3", "LGA response to the review of the DFG test of resources", "Nov 2081", "Tamsin Kellaway", "on", "slip", "The consultation opened on 1 October 2081, later than expected, and closes on 21 November 2081. The draft response is at item 4; there is little time to test it with councils."],
    ],
  },
  {
    title: "Theme 2: Faster delivery",
    rows: [
      ["DP81-D1", "Adaptations Accelerator pilot running in eight councils", "Jul 2081", "Marcus Kirkbride", "done", "done", "All eight pilots had started by 1 July 2081."],
      ["DP81-D2", "Pilot councils cut the average time from referral to completion to 26 weeks", "Mar 2082", "Marcus Kirkbride", "on", "slip", `Average ${PILOT_Q2_AVG} weeks at 30 September 2081, down from ${PILOT_BASE_AVG} weeks at the baseline. Luton and Gateshead are still above 40 weeks. The pilot grants are reported at item 6.`],
      ["DP81-D3", "Model fast-track policy for adaptations costing under £10,000", "Dec 2081", "Tamsin Kellaway", "ns", "on", "A drafting group of six councils met on 9 and 23 September 2081. The draft comes to the Panel in January."],
      ["DP81-D4", "Regional framework contract for stairlifts", "Mar 2082", "Marcus Kirkbride", "on", "fail", "Procurement was paused on 19 September 2081: only three councils committed to buy through the framework, against the ten needed to make it viable. Suppliers say the market is on track to recover in 2082/83. See paragraph 6."],
    ],
  },
  {
    title: "Theme 3: Workforce and assessment",
    rows: [
      ["DP81-W1", "Train 300 trusted assessors", "Mar 2082", "Helena Hindmarsh", "on", "on", "164 trained by 30 September 2081; courses are booked for a further 150."],
      ["DP81-W2", "Fund 40 OT apprenticeship bursaries", "Jan 2082", "Helena Hindmarsh", "slip", "on", "All 40 bursaries were awarded in September 2081. Twelve more councils are on a waiting list; a virement to fund them is proposed at item 6."],
      ["DP81-W3", "Survey of OTs working in council housing and adaptations teams", "Oct 2081", "Helena Hindmarsh", "on", "slip", "The survey closed two weeks late, on 26 September 2081, with a 58% response rate. Results are now due in December, not October."],
    ],
  },
  {
    title: "Theme 4: Evidence and good practice",
    rows: [
      ["DP81-E1", "Quarterly dashboard of DFG waiting times", "Sep 2081", "Bryony Loosemore", "slip", "done", "The first dashboard was published on 29 September 2081 with data from 212 councils."],
      ["DP81-E2", "Good practice guide on adaptations in social housing", "Feb 2082", "Tamsin Kellaway", "ns", "ns", "Not due to start until November 2081."],
      ["DP81-E3", "Four member peer challenges of adaptations services", "Mar 2082", "Marcus Kirkbride", "on", "slip", "Two of the four peer challenges are booked (Herefordshire, January 2082; Salford, February 2082). No council has yet come forward for the other two."],
    ],
  },
];
const RANK = { fail: 0, slip: 1, ns: 1.5, on: 2, done: 3 };
export const trendOf = (q1, q2) => {
  if (q1 === "ns" && q2 === "on") return "up";
  if (q1 === q2) return "same";
  return RANK[q2] > RANK[q1] ? "up" : "down";
};
export const MILESTONES = THEMES.flatMap((t) => t.rows.map(([ref, title, due, lead, q1, q2, text]) => ({ ref, title, due, lead, q1, q2, text, theme: t.title, trend: trendOf(q1, q2) })));
export const countBy = (k) => Object.fromEntries(Object.keys(STATUS).map((s) => [s, MILESTONES.filter((m) => m[k] === s).length]));

export const RISKS = [
  ["R81-01", "The Government does not raise the upper limit of the grant, so people who need the largest adaptations wait longer or go without", 4, 4, "same", "Marcus Kirkbride", "Cost evidence from 41 councils; the response at item 4; the Chair's letter to the Minister."],
  ["R81-02", "Pilot councils cannot recruit occupational therapists, so waiting times do not fall", 4, 3, "up", "Helena Hindmarsh", "Trusted assessor training (DP81-W1) and the OT apprenticeship bursaries (DP81-W2)."],
  ["R81-03", "Accelerator grant is not spent by 31 March 2082 and has to be returned", 3, 3, "up", "Anneliese Vorster", "Second instalments tied to quarterly returns; Luton's held until its data return is complete."],
  ["R81-04", "Councils' waiting times data is incomplete or not comparable", 2, 2, "down", "Bryony Loosemore", "Data standard agreed with councils; the dashboard is live with 212 councils."],
  ["R81-05", "Councils do not take up the member peer challenges", 3, 2, "up", "Marcus Kirkbride", "Direct approach to the 20 councils with the longest waits; members asked to help (item 5)."],
];
