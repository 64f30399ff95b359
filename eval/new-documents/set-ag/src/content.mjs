// One source of content for the five papers of the LGA's School Crossing Patrols and Safer Speeds Network
// (set-aside set 11). Every builder in this folder takes its words and figures from here, so that the
// documents, their text renderings and the gold answers agree.
//
// SYNTHETIC TEST FIXTURE: the Network, its members, officers, the Safer Speeds Programme, the Crossing Patrol
// Sustainability Fund, the survey, the consultation and every figure are invented. Real council names,
// 18 Smith Square and the Department for Transport are used only so that the papers read like the genre.

export const BODY = "School Crossing Patrols and Safer Speeds Network";
export const BASE = {
  newsletter: "school-crossing-patrols-safer-speeds-network-members-update-2037-09",
  notion: "school-crossing-patrols-safer-speeds-network-notion-terms-of-reference-members-2037-38",
  paper: "school-crossing-patrols-safer-speeds-network-item-4-patrol-fund-round-2-2037-10-14",
  handout: "school-crossing-patrols-safer-speeds-network-item-5-delivery-update-q2-handout-2037-10-14",
  recap: "school-crossing-patrols-safer-speeds-network-zoom-summary-2037-10-14",
};

export const OFFICERS = {
  ferrers: { name: "Niamh Ferrers", post: "Adviser", phone: "020 7946 0667", email: "niamh.ferrers@local.gov.uk" },
  hollick: { name: "Grace Hollick", post: "Senior Adviser, Transport and Place", phone: "020 7946 0691", email: "grace.hollick@local.gov.uk" },
  tindall: { name: "Callum Tindall", post: "Programme Manager", phone: "020 7946 0708", email: "callum.tindall@local.gov.uk" },
  crosland: { name: "Sunita Crosland", post: "Data and Insight Officer", email: "sunita.crosland@local.gov.uk" },
  lorimer: { name: "Alisha Lorimer", post: "Member Services Officer", phone: "020 7946 0793", email: "alisha.lorimer@local.gov.uk" },
  jessop: { name: "Marcus Jessop", post: "Head of Transport and Place", email: "marcus.jessop@local.gov.uk" },
};

// ------------------------------------------------------------------------------------------------ survey
// Summer term 2037 survey of patrol sites (snapshot 16 July 2037): region, councils responding, sites, staffed.
export const REGIONS = [
  ["North East", 9, 412, 371],
  ["North West", 19, 1206, 1058],
  ["Yorkshire and the Humber", 12, 894, 801],
  ["East Midlands", 8, 655, 597],
  ["West Midlands", 12, 903, 772],
  ["East of England", 9, 868, 792],
  ["London", 24, 1127, 1013],
  ["South East", 15, 1342, 1199],
  ["South West", 10, 731, 664],
];
export const fmt = (n) => n.toLocaleString("en-GB");
export const pct = (a, b) => ((100 * a) / b).toFixed(1) + "%";
export function surveyRows() {
  const rows = REGIONS.map(([r, c, s, st]) => [r, String(c), fmt(s), fmt(st), fmt(s - st), pct(s - st, s)]);
  const t = REGIONS.reduce((a, [, c, s, st]) => [a[0] + c, a[1] + s, a[2] + st], [0, 0, 0]);
  rows.push(["England", String(t[0]), fmt(t[1]), fmt(t[2]), fmt(t[1] - t[2]), pct(t[1] - t[2], t[1])]);
  return { rows, total: { councils: t[0], sites: t[1], staffed: t[2], vacant: t[1] - t[2], staffedPct: pct(t[2], t[1]) } };
}

// ------------------------------------------------------------------------------------------------ newsletter
export const NEWSLETTER = {
  subject: "Network news: a new Vice-Chair, patrol vacancies by region and our October meeting",
  preheader: "Vice-Chair nomination, patrol vacancies by region, and papers for our 14 October meeting",
  viewLine: ["Having trouble reading this email?", "View it in your browser"],
  masthead: ["Local Government Association", BODY, "Members' update", "September 2037 | Issue 11"],
  chairHeading: "From the Chair",
  chair: [
    "Dear colleagues,",
    "Welcome back after the summer. The new school year has started with more of our crossing points staffed than at any time since the Network began counting: the summer term survey found {STAFFED} of sites staffed (figures below). That is good news, but {VACANT} sites were still without a patrol at the end of term, and in the West Midlands one site in seven was vacant.",
    "Our October meeting will be held online on Wednesday 14 October. The main items are round 2 of the Crossing Patrol Sustainability Fund, the programme's quarter 2 update and the Government's consultation on part-time 20mph limits outside schools, on which an official from the Department for Transport will join us. Papers will be published on Tuesday 6 October.",
    "Finally, a big thank you to Cllr Desmond Huxtable, our Vice-Chair for the last two years, who has left the Network (see below).",
  ],
  chairSign: ["Cllr Imogen Ravenscroft", "Chair, " + BODY],
  membersHeading: "Members' updates",
  members: [
    ["Vice-Chair.", "Cllr Desmond Huxtable (Devon County Council, Conservative) left the Network on 31 August 2037 after becoming Leader of Devon County Council. The Conservative group has nominated Cllr Priya Bhogal (Hertfordshire County Council) as Vice-Chair for the rest of 2037/38; the Network will be asked to appoint her on 14 October."],
    ["New member.", "Cllr Martin Teasdale (Lincolnshire County Council, Conservative), until now a substitute, became a full member on 1 September 2037 in Cllr Huxtable's place."],
    ["New substitute.", "Cllr Nadia Kerslake (Wiltshire Council, Conservative) joined the Network as the Conservative substitute on 1 September 2037."],
    ["Lead members.", "Cllr Beverley Coppard (Kent) continues as lead member for the patrol workforce and Cllr Ade Akintola (Lewisham) for 20mph zones. Cllr Bhogal stays lead member for data and evidence."],
  ],
  councilsHeading: "News from councils",
  councils: [
    ["Sheffield", "Sheffield City Council switched on 20mph zones outside 41 more schools on 1 September, bringing the city's total to 126."],
    ["Kent", "Kent County Council recruited 23 new patrols over the summer term through its patrol ambassador scheme, in which serving patrols talk to parents at the school gate."],
    ["Cornwall", "Cornwall Council has fitted solar-powered ‘patrol ahead’ warning signs at 12 rural sites, and has bid to round 2 of the Crossing Patrol Sustainability Fund to extend them."],
    ["Birmingham", "Birmingham City Council is trialling body-worn cameras for patrols at six sites where drivers have been abusive, ahead of the Network's guidance."],
  ],
  tiles: [
    ["{SITES}", "patrol sites counted in the summer term survey"],
    ["{VACANT}", "sites without a patrol on 16 July 2037"],
    ["1,188", "school 20mph zones in place at 30 June 2037"],
  ],
  tableHeading: "Patrol workforce in numbers",
  tableCaption: "School crossing patrol sites at the end of the summer term 2037 (16 July 2037), by region",
  tableHead: ["Region", "Councils responding", "Patrol sites", "Staffed", "Vacant", "Vacancy rate"],
  tableNote: "Source: the Network's survey of councils, summer term 2037. 118 of the 153 councils with a school crossing patrol service responded; figures are for responding councils only. A site counts as staffed if it had a patrol, including a relief patrol, on 16 July 2037.",
  diaryHeading: "Dates for your diary",
  diary: [
    ["Tuesday 6 October", "Papers published for the October meeting"],
    ["Wednesday 14 October, 10.30am", "Network meeting, online (Zoom)"],
    ["Friday 6 November", "Nominations close for the Patrol Recognition Awards 2037"],
    ["Monday 30 November", "The consultation on part-time 20mph limits outside schools closes"],
    ["Wednesday 20 January 2038, 10.30am", "Network meeting, 18 Smith Square, London"],
  ],
  contactHeading: "Contact us",
  contact: ["Niamh Ferrers", "Adviser, " + BODY, "020 7946 0667", "niamh.ferrers@local.gov.uk"],
  button: "Forward this update to a colleague",
  footer: [
    "You are receiving this email because you are a member, substitute or officer contact of the LGA's " + BODY + ".",
    ["Unsubscribe", "Update your preferences", "View in browser"],
    "Local Government Association, 18 Smith Square, London SW1P 3HZ",
    "Copyright © 2037 Local Government Association, all rights reserved.",
  ],
};

// ------------------------------------------------------------------------------------------------ Item 4 paper (Word)
export const FUND = [
  // ref, council, project, sites, score, award
  ["CPSF2-01", "Barnsley", "Relief patrol pool, Dearne schools", 8, 24, 24600],
  ["CPSF2-02", "Bradford", "Retention payments, Keighley and Bingley", 14, 27, 36000],
  ["CPSF2-03", "Cornwall", "Patrol-ahead warning signs, rural sites", 12, 22, 31200],
  ["CPSF2-04", "Derbyshire", "Relief patrol pool, High Peak", 6, 21, 18900],
  ["CPSF2-05", "Kent", "Patrol ambassador scheme", 11, 25, 29500],
  ["CPSF2-06", "Newham", "Patrol and school gate marshal roles", 9, 23, 27750],
  ["CPSF2-07", "Norfolk", "Recruitment drive, long-vacant sites", 23, 26, 33400],
  ["CPSF2-08", "North Yorkshire", "Mobile relief patrols, Dales schools", 7, 20, 22800],
  ["CPSF2-09", "Somerset", "Retention payments and refresher training", 15, 22, 25100],
  ["CPSF2-10", "Walsall", "Body-worn cameras and abuse reporting", 10, 21, 19300],
  ["CPSF2-11", "Wirral", "Dual roles with school staff", 13, 24, 30200],
];
export const fundTotal = () => FUND.reduce((a, r) => a + r[5], 0);
export const fundSites = () => FUND.reduce((a, r) => a + r[3], 0);

export const PAPER = {
  header: BODY + " – 14 October 2037",
  topLines: ["Local Government Association", BODY, "14 October 2037", "Item 4"],
  title: "Crossing Patrol Sustainability Fund: round 2 awards, and the Network's risk register",
  front: [
    ["Purpose of report", ["For decision."]],
    ["Summary", ["Round 2 of the Crossing Patrol Sustainability Fund closed on 11 September 2037. Nineteen councils bid for a total of £486,300 against £300,000 available. The assessment panel recommends 11 awards totalling £298,750 (Table 1). The report also presents the Network's risk register (Appendix A): since July three risks have been scored higher, one has been scored lower and one risk is new."]],
    ["Recommendations", ["That the Network:",
      ["(a)", "approves the 11 round 2 awards in Table 1, totalling £298,750;"],
      ["(b)", "agrees that the £1,250 not awarded is added to round 3, which opens in January 2038;"],
      ["(c)", "notes the risk register at Appendix A and agrees the new risk SSR7; and"],
      ["(d)", "agrees that round 1 councils that have not returned their monitoring data by 30 November 2037 will not receive the final 10 per cent of their grant."]]],
    ["Action", ["Officers to write to all 19 bidding councils by 23 October 2037 with the outcome."]],
    ["Contact officer", ["Grace Hollick"]],
    ["Position", ["Senior Adviser, Transport and Place"]],
    ["Phone no", ["020 7946 0691"]],
    ["Email", ["grace.hollick@local.gov.uk"]],
  ],
  sections: [
    ["Background", [
      "The Crossing Patrol Sustainability Fund helps councils keep school crossing patrol services running where recruitment or budgets put sites at risk. On 8 July 2037 the Network agreed a fund of £450,000 for 2037/38: £300,000 for round 2 and £150,000 for round 3. Round 1, in 2036/37, made grants to 14 councils.",
      "Councils could bid for up to £40,000 for projects that keep or reopen patrol sites, including relief patrols, recruitment and retention payments, warning signs and measures to protect patrols from abuse. Bids had to show match funding of at least 25 per cent.",
    ]],
    ["Round 2 bids and assessment", [
      "Nineteen councils bid for a total of £486,300. Each bid was scored out of 30 by an assessment panel of three officers (Grace Hollick, Callum Tindall and Sunita Crosland) against four criteria: sites kept or reopened, value for money, evidence of need, and how the service will be sustained after the grant. The panel recommends the 11 bids that scored 20 or more.",
      "Eight bids scored below 20 and are not recommended. The main reasons were that the bid would pay patrols' wages with no plan for after the grant (four bids), did not show match funding (two bids) or was for road engineering, which the fund does not cover (two bids). All eight councils may bid to round 3.",
      "Somerset Council's match funding is subject to approval by its cabinet on 5 November 2037. The panel recommends the award to Somerset on condition that this approval is given.",
    ]],
    ["Recommended awards", [
      "Table 1 lists the 11 recommended awards. Together they would keep or reopen {SITES} patrol sites.",
      "TABLE1",
      "The £1,250 left from round 2's £300,000 would be added to round 3, making £151,250 available when round 3 opens on 11 January 2038.",
    ]],
    ["Risk register", [
      "The register at Appendix A was last reviewed by the Network on 8 July 2037. Each risk is scored from 1 to 5 for likelihood and for impact; its score is likelihood multiplied by impact. Scores of 16 to 25 are Very high, 10 to 15 High, 5 to 9 Medium and 1 to 4 Low.",
      "Three risks are scored higher than in July. SSR1 (councils reducing or ending patrol services) rises from 12 to 16, as three councils have consulted on ending their service from April 2038. SSR2 (the recruitment campaign) rises from 6 to 9 after the change of supplier moved the campaign's launch to 2 November. SSR6 (the cost of the 20mph evidence review) rises from 4 to 6, as 40 more zones have been added to the review. SSR4 (abuse of patrols) falls from 16 to 12 now that the body-worn camera guidance has been published.",
      "SSR7 is new: that the Network's response to the consultation on part-time 20mph limits outside schools is not agreed before the consultation closes on 30 November 2037.",
      "SSR3, that councils do not return round 1 monitoring data, stays at 12. Seven of the 14 round 1 councils had not returned their data by 30 September 2037. Recommendation (d) is intended to bring the returns in.",
    ]],
    ["Implications", [
      "Financial: the awards are within the £300,000 agreed for round 2 and are met from the programme budget for 2037/38. Grants are paid 90 per cent on award and 10 per cent when the council's monitoring data has been received.",
      "Equalities: patrol sites in the most deprived fifth of areas are over-represented among vacant sites; seven of the 11 recommended awards include sites in those areas.",
    ]],
    ["Next steps", [
      "Subject to the Network's decision, officers will write to all 19 bidding councils by 23 October 2037. Round 3 opens on 11 January 2038 and closes on 19 February 2038.",
    ]],
  ],
  table1Caption: "Table 1: Round 2 awards recommended to the Network",
  table1Head: ["Ref", "Council", "Project", "Sites", "Score", "Award (£)"],
  appendixTitle: "Appendix A: " + BODY + " risk register, October 2037",
  appendixKey: "Scores: likelihood (L) x impact (I), each from 1 to 5. Bands: 16–25 Very high; 10–15 High; 5–9 Medium; 1–4 Low. July: the score when the Network last reviewed the register, on 8 July 2037.",
  riskHead: ["Ref", "Risk", "L", "I", "Score", "July", "Owner"],
  risks: [
    ["SSR1", "Councils reduce or end school crossing patrol services to close budget gaps", 4, 4, 16, "12", "Marcus Jessop",
      "Sustainability Fund rounds 2 and 3; evidence of the value of patrols from the round 1 evaluation (SSP-04); the Chair's letter to the Minister of June 2037."],
    ["SSR2", "The patrol recruitment campaign (SSP-02) starts late because of the change of supplier", 3, 3, 9, "6", "Callum Tindall",
      "New supplier appointed on 18 September 2037; launch moved to 2 November 2037; councils' own local campaigns continue."],
    ["SSR3", "Round 1 councils do not return monitoring data, so the fund's impact cannot be shown", 4, 3, 12, "12", "Sunita Crosland",
      "Reminders sent in August and September; final 10 per cent of grant held back until the data is returned (recommendation (d))."],
    ["SSR4", "Abuse of patrols by drivers deters recruitment and retention", 3, 4, 12, "16", "Grace Hollick",
      "Body-worn camera guidance published on 16 September 2037 (SSP-05); joint work with police forces on reporting."],
    ["SSR5", "DfT does not agree to share school-gate collision data (SSP-09)", 3, 4, 12, "12", "Sunita Crosland",
      "Chair to write to the Minister; published STATS19 data used in the meantime."],
    ["SSR6", "The 20mph evidence review costs more than its contract budget", 3, 2, 6, "4", "Sunita Crosland",
      "Contract variation of £8,500 agreed by the Head of Transport and Place; no more zones to be added in 2037/38."],
    ["SSR7", "Response to the consultation on part-time 20mph limits not agreed before it closes on 30 November 2037", 2, 3, 6, "New", "Niamh Ferrers",
      "Draft response to members by 28 October 2037; Chair to sign off by 25 November 2037."],
  ],
};

// ------------------------------------------------------------------------------------------------ Item 5 slides (PDF handout)
export const STATUS_KEY = [
  ["✔", "Done", "Delivered and closed", "Blue"],
  ["●", "On course", "On time and within budget", "Green"],
  ["▲", "Drifting", "Behind plan but can be recovered this year; action in hand", "Amber"],
  ["■", "Blocked", "Cannot go ahead as planned without a decision by the Network or a partner", "Red"],
  ["○", "Not due", "Not scheduled to start until a later quarter", "Grey"],
];
export const WORKPLAN = [
  // ref, action, lead, Q1, Q2, comment
  ["SSP-01", "Model patrol recruitment pack", "Callum Tindall", "●", "✔", "Published 3 July; 41 councils using it"],
  ["SSP-02", "National patrol recruitment campaign", "Callum Tindall", "●", "▲", "Supplier changed; launch moved from 7 Sept to 2 Nov"],
  ["SSP-03", "Sustainability Fund round 2", "Grace Hollick", "●", "●", "19 bids; awards to the Network on 14 Oct (Item 4)"],
  ["SSP-04", "Evaluation of Sustainability Fund round 1", "Sunita Crosland", "▲", "■", "7 of 14 councils have not sent monitoring data"],
  ["SSP-05", "Body-worn camera guidance for patrols", "Grace Hollick", "●", "✔", "Published 16 September"],
  ["SSP-06", "Evidence review of school 20mph zones", "Sunita Crosland", "●", "●", "Interim findings on slide 6; final report March 2038"],
  ["SSP-07", "Response to consultation on part-time 20mph limits", "Niamh Ferrers", "○", "●", "Consultation closes 30 Nov; Item 6"],
  ["SSP-08", "Guidance on signing and enforcing 20mph zones with police", "Marcus Jessop", "●", "▲", "Waiting for national police lead's comments; now due Dec"],
  ["SSP-09", "Data sharing agreement with DfT on school-gate collisions", "Sunita Crosland", "▲", "■", "DfT legal advice says a new agreement is needed"],
  ["SSP-10", "Patrol Recognition Awards 2037", "Niamh Ferrers", "○", "●", "Nominations open; close 6 Nov"],
  ["SSP-11", "Regional training for patrol managers (4 sessions)", "Callum Tindall", "●", "▲", "2 of 4 held; Bristol session moved to 25 Nov"],
  ["SSP-12", "Summer term survey of patrol sites", "Sunita Crosland", "●", "✔", "118 of 153 councils responded"],
];
export const BUDGET = [
  // line, budget, spent to 30 Sep, forecast
  ["Programme staff", 186000, 91400, 182500],
  ["Recruitment campaign", 75000, 12300, 75000],
  ["Sustainability Fund grants (rounds 2 and 3)", 450000, 0, 450000],
  ["20mph evidence review (contract)", 60000, 24000, 68500],
  ["Events, training and awards", 42000, 9850, 38000],
];
export const money = (n) => (n < 0 ? "(" + fmt(-n) + ")" : fmt(n));
export const HANDOUT = {
  header: BODY + " – Item 5",
  date: "14/10/2037",
  footer: "LGA – OFFICIAL",
  slides: [
    { kind: "title", lines: ["Safer Speeds Programme 2037/38", "Delivery update: quarter 2 (July to September 2037)", BODY, "14 October 2037 – Item 5", "Callum Tindall, Programme Manager"] },
    { title: "How to read the status symbols", key: true,
      after: "Q1 = status at 30 June 2037; Q2 = status at 30 September 2037" },
    { title: "Workplan status, 30 September 2037 (1 of 2)", workplan: [0, 6] },
    { title: "Workplan status, 30 September 2037 (2 of 2)", workplan: [6, 12] },
    { title: "Headline figures", tiles: [
      ["1,284", "school 20mph zones at 30 September (1,188 at 30 June)"],
      ["{STAFFED}", "of patrol sites staffed (summer term survey)"],
      ["41", "councils using the model recruitment pack"],
      ["19", "bids to round 2 of the Sustainability Fund (£486,300)"],
    ] },
    { title: "20mph zones outside schools: first results", sub: "214 zones with 12 months of data before and after",
      table: { head: ["Measure", "Before", "After 12 months"], rows: [
        ["Mean speed, school run hours", "25.8 mph", "21.9 mph"],
        ["Vehicles over 24 mph", "36%", "15%"],
        ["Injury collisions within 250 m of the school gate (all 214 zones, a year)", "58", "39"],
        ["Parents who feel safe letting children walk to school", "41%", "57%"],
      ] },
      note: "Source: evidence review (SSP-06), interim findings; final report March 2038" },
    { title: "Budget 2037/38 at 30 September (month 6)", budget: true,
      note: "£. Variance = forecast minus budget; (brackets) = underspend" },
    { title: "What we need from the Network", bullets: [
      "SSP-04: agree to hold back the final 10% of round 1 grants until monitoring data is returned (Item 4, recommendation (d))",
      "SSP-09: ask the Chair to write to the Minister about school-gate collision data",
      "SSP-02: note the new launch date of 2 November 2037",
      "Note the £8,500 overspend on the evidence review, to be met from underspends on staff and events",
    ] },
    { kind: "end", lines: ["Questions?", "Callum Tindall, Programme Manager", "callum.tindall@local.gov.uk", "020 7946 0708"] },
  ],
};
export function budgetRows() {
  const rows = BUDGET.map(([l, b, s, f]) => [l, fmt(b), fmt(s), fmt(f), money(f - b)]);
  const t = BUDGET.reduce((a, [, b, s, f]) => [a[0] + b, a[1] + s, a[2] + f], [0, 0, 0]);
  rows.push(["Total", fmt(t[0]), fmt(t[1]), fmt(t[2]), money(t[2] - t[0])]);
  return { head: ["Budget line", "Budget", "Spent to 30 Sep", "Forecast outturn", "Variance"], rows };
}

// ------------------------------------------------------------------------------------------------ Notion page
const id = (s) => {
  let h = 2166136261, out = "";
  for (let k = 0; out.length < 32; k++) {
    for (const c of s + k) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, 32);
};
export const notionLink = (db, name) => `[${name}](${encodeURI(db + " " + id(db))}/${encodeURI(name + " " + id(name))}.md)`.replace(/&/g, "%26");
export const NOTION = {
  title: "🚸 School Crossing Patrols & Safer Speeds Network: terms of reference and members 2037/38",
  props: [
    ["Owner", "@Niamh Ferrers"],
    ["Status", "In progress"],
    ["Tags", "Membership, Terms of reference"],
    ["Approved", "July 8, 2037"],
    ["Next review", "July 2038"],
    ["Last edited by", "@Alisha Lorimer"],
    ["Last edited time", "September 22, 2037 4:18 PM"],
  ],
  intro: "💡 This is the Network’s working page. The terms of reference below were approved by the Network on July 8, 2037. Membership changes are made here first and reported to the next meeting.",
  vacancy: "⚠️ **Vice-Chair vacant from 1 September 2037.** Cllr Desmond Huxtable left the Network on 31 August. The Conservative group has nominated Cllr Priya Bhogal; she is shown as a Member until the Network appoints her at the meeting on October 14, 2037.",
  tor: [
    ["Purpose", "To help councils keep school crossing patrol services running, to share evidence on 20mph zones and limits outside schools, and to speak for councils to Government on children’s safety on the journey to school."],
    ["Functions", null, [
      "oversee the Safer Speeds Programme and its annual workplan",
      "agree awards from the Crossing Patrol Sustainability Fund",
      "respond to Government consultations on school crossing patrols and speed limits outside schools",
      "agree the Network’s risk register and review it at every meeting",
      "run the Patrol Recognition Awards",
    ]],
    ["Membership", "12 members, nominated by the LGA’s political groups in proportion to their strength (Labour 5, Conservative 4, Liberal Democrat 2, Independent 1) and appointed at the LGA’s annual meeting in July for one year."],
    ["Chair and Vice-Chair", "The Chair comes from the largest group and the Vice-Chair from the second largest. If either post falls vacant during the year, the Network fills it on the nomination of the group concerned."],
    ["Substitutes", "Each group names its substitutes (see the toggle below)."],
    ["Quorum", "Four members, from at least two political groups. A substitute attending in a member’s place counts towards the quorum."],
    ["Meetings", "Four a year, at least two of them online."],
    ["Decisions between meetings", "The Chair may take urgent decisions after consulting the Vice-Chair and the lead officer, and reports them to the next meeting."],
  ],
  subsToggle: ["How substitutes work", [
    "Each political group names substitutes for the year: one each in 2037/38. A substitute may attend in place of any member of the same group who cannot come, and has that member’s vote.",
    "Tell Member Services (Alisha Lorimer) by 5pm on the working day before the meeting. A substitute who is not standing in for a member may attend as an observer but cannot vote.",
  ]],
  membersNote: "📌 Council, Lead member for and Can stand in for are relations to the Councils, Workstreams and Members databases.",
  memberHead: ["Name", "Role", "Status", "Council", "Political group", "Lead member for", "Can stand in for", "Term ends"],
  members: [
    ["Cllr Imogen Ravenscroft", "Chair", "Current", "Sheffield City Council", "Labour", "", [], "July 2038"],
    ["Cllr Desmond Huxtable", "Vice-Chair", "Left 31 Aug 2037", "Devon County Council", "Conservative", "", [], ""],
    ["Cllr Ade Akintola", "Member", "Current", "London Borough of Lewisham", "Labour", "20mph zones", [], "July 2038"],
    ["Cllr Priya Bhogal", "Member", "Current", "Hertfordshire County Council", "Conservative", "Data and evidence", [], "July 2038"],
    ["Cllr Beverley Coppard", "Member", "Current", "Kent County Council", "Conservative", "Patrol workforce", [], "July 2038"],
    ["Cllr Lionel Dunstall", "Member", "Current", "Nottingham City Council", "Labour", "", [], "July 2038"],
    ["Cllr Fenella Nettleship", "Member", "Current", "Somerset Council", "Liberal Democrat", "", [], "July 2038"],
    ["Cllr Owain Rendle", "Member", "Current", "Cornwall Council", "Independent", "", [], "July 2038"],
    ["Cllr Moira Salkeld", "Member", "Current", "Cumberland Council", "Liberal Democrat", "Rural routes", [], "July 2038"],
    ["Cllr Helen Scaife", "Member", "Current", "North Yorkshire Council", "Conservative", "", [], "July 2038"],
    ["Cllr Martin Teasdale", "Member", "Current (from 1 Sep 2037)", "Lincolnshire County Council", "Conservative", "", [], "July 2038"],
    ["Cllr Gareth Uttley", "Member", "Current", "City of Bradford Metropolitan District Council", "Labour", "", [], "July 2038"],
    ["Cllr Rashid Zaman", "Member", "Current", "Birmingham City Council", "Labour", "Patrol safety", [], "July 2038"],
    ["Cllr Karen Inskip", "Substitute", "Current", "Stockport Metropolitan Borough Council", "Liberal Democrat", "", ["Cllr Fenella Nettleship", "Cllr Moira Salkeld"], "July 2038"],
    ["Cllr Yasmin Jowett", "Substitute", "Current", "Leicester City Council", "Labour", "", ["Cllr Ade Akintola", "Cllr Lionel Dunstall", "Cllr Imogen Ravenscroft", "Cllr Gareth Uttley", "Cllr Rashid Zaman"], "July 2038"],
    ["Cllr Ruth Keable", "Substitute", "Current", "Herefordshire Council", "Independent", "", ["Cllr Owain Rendle"], "July 2038"],
    ["Cllr Nadia Kerslake", "Substitute", "Current (from 1 Sep 2037)", "Wiltshire Council", "Conservative", "", ["Cllr Priya Bhogal", "Cllr Beverley Coppard", "Cllr Helen Scaife", "Cllr Martin Teasdale"], "July 2038"],
  ],
  meetingsHead: ["Meeting", "Date", "Where", "Status", "Papers"],
  meetings: [
    ["July meeting", "July 8, 2037", "18 Smith Square", "Done", ["Terms of reference 2037-38", "Workplan 2037-38", "Notes of 8 July 2037"]],
    ["October meeting", "October 14, 2037", "Online (Zoom)", "Papers in preparation", ["Item 4 Sustainability Fund round 2 and risk register", "Item 5 Delivery update Q2"]],
    ["January meeting", "January 20, 2038", "18 Smith Square", "Planned", []],
    ["March meeting", "March 17, 2038", "Online (Zoom)", "Planned", []],
  ],
  officersToggle: "Officers who support the Network",
  officersHead: ["Officer", "Post", "Email", "Phone"],
  officers: [
    ["@Niamh Ferrers", "Adviser (lead officer for the Network)", "niamh.ferrers@local.gov.uk", "020 7946 0667"],
    ["@Grace Hollick", "Senior Adviser, Transport and Place", "grace.hollick@local.gov.uk", "020 7946 0691"],
    ["@Callum Tindall", "Programme Manager, Safer Speeds Programme", "callum.tindall@local.gov.uk", "020 7946 0708"],
    ["@Sunita Crosland", "Data and Insight Officer", "sunita.crosland@local.gov.uk", ""],
    ["@Alisha Lorimer", "Member Services Officer", "alisha.lorimer@local.gov.uk", "020 7946 0793"],
    ["@Marcus Jessop", "Head of Transport and Place", "marcus.jessop@local.gov.uk", ""],
  ],
  changes: [
    "Cllr Martin Teasdale moved from substitute to member on 1 September 2037, in Cllr Huxtable’s seat.",
    "Cllr Nadia Kerslake joined as the Conservative substitute on 1 September 2037.",
    "Quorum changed from five members to four at the July meeting.",
  ],
};
