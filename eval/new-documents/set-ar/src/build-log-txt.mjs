// Builds docs/bid-panel-decision-log-2063-64.txt and its rendering text/bid-panel-decision-log-2063-64.txt
// (the same text: the file has no tabs or tables).
//
// The layout: a plain-text decision log kept in the Panel's shared inbox and exported as text. NEWEST ENTRY
// FIRST; one numbered entry per decision (BPD-01 is the oldest) under a line of "=", with "Date:", "Decided
// by:", "Decision:", "Rationale:", "Review date:" lines typed without wrapping (one long line each), dates as
// dd/mm/yyyy; the date an entry was logged differs from the date of the decision; later entries say
// "Supersedes: BPD-nn (...)" and the earlier entry is never edited, so whether a decision still stands is
// only known from the entries above it; one entry is void. Invented content.
//
//   node src/build-log-txt.mjs
import { out } from "./common.mjs";

const BASE = "bid-panel-decision-log-2063-64";

// chronological; printed newest first
const E = [
  { ref: "BPD-01", logged: "19/07/2063 09:20 LB", date: "18/07/2063", by: "Panel meeting, 18 July 2063 (item 5)",
    decision: "Adopted the work programme 2063/64 (12 actions, BP-A1 to BP-D2, in four workstreams) and the Panel budget for 2063/64 of £230,000 (cost centre 4471).",
    why: "Programme agreed in outline with the Growth and Enterprise Board on 12 June 2063.",
    review: "Quarterly, with the tracker" },
  { ref: "BPD-02", logged: "19/07/2063 09:31 LB", date: "18/07/2063", by: "Panel meeting, 18 July 2063 (item 6)",
    decision: "Set up the Ballot Readiness Grant with a budget of £130,000 for 2063/64. Round 1: grants of up to £7,500 each to billing authorities with a BID ballot due by 31 March 2065; applications to close on 14 September 2063.",
    why: "Two renewal ballots failed in 2062 and 2063; councils told the Panel they lack the capacity to prepare for ballots.",
    review: "26/09/2063 (round 1 awards)" },
  { ref: "BPD-03", logged: "02/08/2063 14:02 LB", date: "01/08/2063", by: "Officer decision under delegation – Dr Imogen Moncrieff, Head of Place Economy",
    decision: "Appointed Harbour Lane Research Ltd to run the survey of billing authorities' cost of collection charges (BP-A2) for £18,400.",
    why: "Lowest of three quotes that met the specification.",
    review: "None" },
  { ref: "BPD-04", logged: "27/09/2063 10:05 LB", date: "26/09/2063", by: "Panel meeting, 26 September 2063 (item 4)",
    decision: "Awarded nine round 1 Ballot Readiness Grants totalling £61,500 (the list is in the minutes) and refused five applications.",
    why: "Scores of the assessment group; the five refused did not meet the eligibility criteria.",
    review: "31/03/2064 (grant monitoring returns)" },
  { ref: "BPD-05", logged: "27/09/2063 10:09 LB", date: "26/09/2063", by: "Panel meeting, 26 September 2063 (item 5)",
    decision: "The cost of collection survey (BP-A2) to close on 31 October 2063, with early results to the November meeting.",
    why: "Results needed for the refreshed model operating agreement (BP-A1) by 31 December 2063.",
    review: "31/10/2063" },
  { ref: "BPD-06", logged: "27/09/2063 10:14 LB", date: "26/09/2063", by: "Panel meeting, 26 September 2063 (item 6)",
    decision: "Agreed the draft response to the Government's consultation on BID regulations, subject to final sign-off by the Chair.",
    why: "The consultation closed on 12 October 2063, before the next meeting.",
    review: "12/10/2063" },
  { ref: "BPD-07", logged: "10/10/2063 16:48 LB", date: "10/10/2063", by: "Chair's action – Cllr Philippa Drummey, after consulting the Vice-Chair",
    decision: "Signed off the response to the consultation on BID regulations. Submitted on 12/10/2063.",
    why: "Authority given by the Panel on 26/09/2063 (BPD-06).",
    review: "None" },
  { ref: "BPD-08", logged: "06/11/2063 12:30 LB", date: "06/11/2063", by: "Chair's action – Cllr Philippa Drummey",
    decision: "Extended the closing date of the cost of collection survey from 31 October 2063 to 28 November 2063.",
    why: "Only 121 of 190 councils had replied by 31 October 2063, fewer than two thirds.",
    review: "28/11/2063", supersedes: "BPD-05 (closing date only)" },
  { ref: "BPD-09", logged: "15/11/2063 09:02 LB", date: "14/11/2063", by: "Panel meeting, 14 November 2063 (item 4)",
    decision: "Round 2 of the Ballot Readiness Grant: up to 12 grants of up to £5,500 each. Eligible: councils with a BID ballot (new or renewal) due between 1 April 2064 and 31 March 2065 (as amended at the meeting); councils that had a round 1 grant cannot apply. Applications close 16/01/2064; awards at the meeting on 06/02/2064. Minor changes to the guidance delegated to the Head of Place Economy, in consultation with the Chair.",
    why: "£68,500 of the grant budget left after round 1; a lower maximum lets more councils benefit.",
    review: "06/02/2064" },
  { ref: "BPD-10", logged: "15/11/2063 09:10 LB", date: "14/11/2063", by: "Panel meeting, 14 November 2063 (item 5)",
    decision: "No model cost of collection charge to be recommended until the full survey results are known; options for a method of working out the charge to the meeting on 06/02/2064; benchmarking report of councils' charges to be published in March 2064.",
    why: "Members divided on a model charge; the survey was still open.",
    review: "06/02/2064" },
  { ref: "BPD-11", logged: "15/11/2063 09:16 LB", date: "14/11/2063", by: "Panel meeting, 14 November 2063 (item 6)",
    decision: "BP-C1 (revaluation analysis) due date moved from 31/12/2063 to 31/03/2064. BP-B4: the Bristol and Birmingham training sessions to be held online; the Leeds session stays in person on 23/01/2064.",
    why: "Valuation data delayed; venue costs above budget.",
    review: "06/02/2064 (tracker)" },
  { ref: "BPD-12", logged: "21/11/2063 15:40 RC", date: "21/11/2063", by: "Officer decision under delegation – Dr Imogen Moncrieff, in consultation with the Chair (delegated by BPD-09)",
    decision: "Minor changes to the round 2 guidance: two neighbouring councils may apply jointly, for one grant; the Panel's decision on awards is final.",
    why: "Questions from councils at the launch webinar on 20/11/2063.",
    review: "None" },
  { ref: "BPD-13", logged: "22/01/2064 08:55 LB", date: "21/01/2064", by: "Chair's action – Cllr Philippa Drummey, after consulting the Vice-Chair and both Deputy Chairs",
    decision: "Raised the round 2 maximum grant from £5,500 to £7,000. The maximum number of grants (12) is unchanged.",
    why: "Only eight applications were received by the closing date of 16/01/2064. A higher maximum still keeps within the £68,500 left.",
    review: "06/02/2064", supersedes: "BPD-09 (maximum grant only)" },
  { ref: "BPD-14", logged: "07/02/2064 10:02 LB", date: "06/02/2064", by: "Panel meeting, 6 February 2064 (item 4)",
    decision: "Awarded eight round 2 Ballot Readiness Grants totalling £52,400 (the list is in the minutes).",
    why: "All eight applications met the criteria.",
    review: "31/03/2065 (grant monitoring returns)" },
  { ref: "BPD-15", logged: "07/02/2064 10:12 LB", date: "06/02/2064", by: "Panel meeting, 6 February 2064 (item 5)",
    decision: "Agreed to recommend in the model operating agreement a method of working out the cost of collection charge (the council's own collection costs divided by the number of hereditaments), not a single model charge. The benchmarking report to be published in May 2064 instead of March 2064, so that it can explain the method.",
    why: "Full survey results (158 replies) show costs vary with councils' systems; a single charge would not fit.",
    review: "20/05/2064", supersedes: "BPD-10 (publication date only)" },
  { ref: "BPD-16", logged: "07/02/2064 10:15 LB", void: "VOID – logged in error (duplicate of BPD-14). Do not use." },
];

const L = [];
L.push("BUSINESS IMPROVEMENT DISTRICTS PANEL – DECISION LOG 2063/64");
L.push("Shared mailbox: bidpanel@local.gov.uk / folder: Decision log");
L.push("Exported: 12/02/2064 16:40 by Linnea Brisco (LB)");
L.push("");
L.push("How this log works: newest entries first. One entry per decision. Entries are not changed once logged: if a later decision replaces an earlier one, the later entry says which one it supersedes. Initials after the logged time are the person who logged the entry (LB = Linnea Brisco, RC = Ruairi Cottam).");
L.push("");
for (const e of [...E].reverse()) {
  L.push("=".repeat(72));
  L.push(`${e.ref}    (logged ${e.logged})`);
  if (e.void) { L.push(e.void); L.push(""); continue; }
  L.push(`Date: ${e.date}`);
  L.push(`Decided by: ${e.by}`);
  L.push(`Decision: ${e.decision}`);
  L.push(`Rationale: ${e.why}`);
  L.push(`Review date: ${e.review}`);
  if (e.supersedes) L.push(`Supersedes: ${e.supersedes}`);
  L.push("");
}
L.push("=".repeat(72));
L.push("End of log (16 entries).");
const txt = L.join("\n") + "\n";
out("docs", BASE + ".txt", txt);
out("text", BASE + ".txt", txt);
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt`);
