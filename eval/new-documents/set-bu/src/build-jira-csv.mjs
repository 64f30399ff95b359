// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Builds docs/pttg-jira-export-2353-12-09.csv and its rendering in text/.
// Layout: A JIRA CLOUD ISSUE SEARCH EXPORTED AS "Export Excel CSV (all fields)" on 9 December 2353: the
// PTTG project, where the Programme Manager keeps the Task Group's actions (issue type "Action"), the
// round 2 fund's epic and tasks, and sub-tasks. As Jira writes it:
//  - ONE HEADER ROW OF 66 FIELDS IN JIRA'S ORDER (Summary, Issue key, Issue id, Issue Type, Status, …),
//    MULTI-VALUED FIELDS AS REPEATED COLUMNS WITH THE SAME HEADER ("Labels" x3, "Watchers" x3,
//    "Watchers Id" x3, "Comment" x3), custom fields as "Custom field (Meeting)", "Custom field (Minute)",
//    "Custom field (RAG)", "Custom field (Rank)" …, most cells empty;
//  - rows in the search's order (newest key first); SUB-TASKS AND EPIC CHILDREN NAME THEIR PARENT ONLY
//    BY ITS NUMERIC "Issue id" in "Parent" (and "Parent summary");
//  - DATES IN JIRA'S DEFAULT FORMAT WITH A TWO-DIGIT YEAR ("09/Dec/53 4:12 PM"; a due date as
//    "18/Dec/53 12:00 AM"), the status names of the project's workflow ("Blocked", "Waiting for
//    council", "Closed" with resolution "Won't Do") beside a separate "Status Category";
//  - DESCRIPTIONS IN JIRA WIKI MARKUP (h3., *bold*, # lists, ||header|| tables, [~accountid:…] mentions)
//    with line breaks inside quoted fields; COMMENTS AS "date;author's account id;text" – THE AUTHOR ONLY
//    AS AN ACCOUNT ID, which the Assignee Id / Reporter Id columns of other rows pair with a name;
//  - issue links as "Inward issue link (Blocks)" / "Outward issue link (Blocks)" holding keys.
// Rendering: the header row, then each issue's non-empty fields joined by " | " in field order (a line
// break inside a field as a space).
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-jira-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O } from "./common.mjs";

const FILE = DOCS.jira;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Project type", "Project lead", "Project lead id", "Project description", "Project url", "Priority", "Resolution", "Assignee", "Assignee Id", "Reporter", "Reporter Id", "Creator", "Creator Id", "Created", "Updated", "Last Viewed", "Resolved", "Fix versions", "Components", "Due date", "Votes", "Labels", "Labels", "Labels", "Description", "Environment", "Watchers", "Watchers", "Watchers", "Watchers Id", "Watchers Id", "Watchers Id", "Original estimate", "Remaining Estimate", "Time Spent", "Work Ratio", "Σ Original Estimate", "Σ Remaining Estimate", "Σ Time Spent", "Security Level", "Inward issue link (Blocks)", "Outward issue link (Blocks)", "Inward issue link (Relates)", "Outward issue link (Relates)", "Attachment", "Custom field (Meeting)", "Custom field (Minute)", "Custom field (RAG)", "Custom field (Rank)", "Custom field (Start date)", "Custom field (Team)", "Sprint", "Status Category", "Status Category Changed", "Parent", "Parent summary", "Comment", "Comment", "Comment"];
if (HEAD.length !== 66) throw new Error("header " + HEAD.length);
const ID = (k) => 10000 + Number(k.split("-")[1]);
const acct = (o) => O[o].jira;
const SEPT = "PTTG 10 Sep 2353", NOV = "PTTG 12 Nov 2353", JUNE = "PTTG 11 Jun 2353";

// issues, newest key first; dates as Jira writes them
const I = [
  { key: "PTTG-51", type: "Task", status: "Done", cat: "Done", res: "Done", who: "leofric", rep: "idris", created: "04/Dec/53 2:15 PM", updated: "08/Dec/53 9:20 AM", resolved: "08/Dec/53 9:20 AM", due: "08/Dec/53 12:00 AM", labels: ["CPCF", "late-paper"], parent: "PTTG-40",
    summary: "Late paper for 14 January: round 2 recommended awards",
    desc: "Publish the late paper for item 6 of the meeting on 14 January 2354 and e-mail it to members and substitutes.\nLate because the finance check (PTTG-50) finished on 4 December.",
    comments: [["08/Dec/53 9:20 AM", "leofric", "Sent to members and substitutes at 09:14 with the paper attached as a PDF. Marked as a late item on the agenda."]] },
  { key: "PTTG-50", type: "Task", status: "Done", cat: "Done", res: "Done", who: "sunniva", rep: "idris", created: "25/Nov/53 9:03 AM", updated: "04/Dec/53 4:48 PM", resolved: "04/Dec/53 4:48 PM", due: "04/Dec/53 12:00 AM", labels: ["CPCF", "finance"], parent: "PTTG-40",
    summary: "Finance check of the recommended round 2 awards",
    desc: "Check eligible costs, VAT and match funding for the four bids at or above the threshold.",
    comments: [["04/Dec/53 4:48 PM", "sunniva", "Ketterby Fen can recover the VAT on its works, so its eligible cost falls by £6,500. Recommended award reduced from £95,000 to £88,500; total recommended now £418,500, leaving £31,500 for round 3."]] },
  { key: "PTTG-49", type: "Task", status: "Done", cat: "Done", res: "Done", who: "idris", rep: "marigold", created: "13/Nov/53 10:21 AM", updated: "24/Nov/53 5:02 PM", resolved: "24/Nov/53 5:02 PM", due: "24/Nov/53 12:00 AM", labels: ["CPCF", "assessment"], parent: "PTTG-40",
    summary: "Assessment panel for the round 2 bids",
    desc: "Score the six bids against the published criteria. Threshold agreed on 12 November: *60 out of 100*.\n||Panel member||Role||\n|Idris Fawkener|chair of the panel|\n|Sunniva Greatorex|finance|\n|Ottilie Framlingham|Accessible Loos Alliance, advisory (does not score)|",
    comments: [["24/Nov/53 5:02 PM", "idris", "Panel done. Four bids at or above 60 (Sallowmere 84, Orchardleigh 77, Ketterby Fen 71, Kettlebridge 66); Thurlbeck 54 and Westerhope 48 are below the threshold. Feedback calls to those two booked for the week of 7 December."]] },
  { key: "PTTG-48", type: "Sub-task", status: "Done", cat: "Done", res: "Done", who: "sunniva", rep: "sunniva", created: "16/Nov/53 11:40 AM", updated: "27/Nov/53 3:12 PM", resolved: "27/Nov/53 3:12 PM", due: "27/Nov/53 12:00 AM", labels: ["cleaning-contract"], parent: "PTTG-46",
    summary: "Draft the specification for the cleaning and maintenance lots", desc: "One lot per council.", comments: [] },
  { key: "PTTG-47", type: "Sub-task", status: "Waiting for council", cat: "In Progress", res: "", who: "sunniva", rep: "sunniva", created: "16/Nov/53 11:42 AM", updated: "09/Dec/53 11:37 AM", resolved: "", due: "11/Dec/53 12:00 AM", labels: ["cleaning-contract", "legal"], parent: "PTTG-46", outBlocks: "PTTG-46",
    summary: "Dunstanmoor legal sign-off of the joint procurement agreement", desc: "Thurlbeck signed 20/Nov/53, Fallowbury signed 26/Nov/53. Dunstanmoor outstanding.", comments: [] },
  { key: "PTTG-46", type: "Action", status: "Blocked", cat: "In Progress", res: "", who: "sunniva", rep: "leofric", created: "12/Nov/53 4:58 PM", updated: "09/Dec/53 11:37 AM", resolved: "", due: "18/Dec/53 12:00 AM", labels: ["action", "cleaning-contract"], fix: NOV, minute: "7", rag: "Red", inBlocks: "PTTG-47",
    summary: "Publish the tender notice for the joint cleaning and maintenance contract",
    desc: "h3. Decision\nMinute 7 of 12 November 2353: joint procurement for *Thurlbeck, Fallowbury and Dunstanmoor*, four years, up to £1.26m.\nh3. Steps\n# Specification (PTTG-48)\n# Legal sign-off by each council (PTTG-47)\n# Tender notice on Find a Tender by 18 December 2353",
    comments: [["09/Dec/53 11:37 AM", "sunniva", "Blocked: Dunstanmoor's legal team has not yet signed the joint procurement agreement (PTTG-47). The notice is unlikely to go out before January; [~accountid:" + O.marigold.jira + "] will ask the Chair whether the date can move."]] },
  { key: "PTTG-45", type: "Action", status: "In Progress", cat: "In Progress", res: "", who: "marigold", rep: "leofric", created: "12/Nov/53 4:57 PM", updated: "03/Dec/53 10:06 AM", resolved: "", due: "11/Dec/53 12:00 AM", labels: ["action", "CTS"], fix: NOV, minute: "9", rag: "Green",
    summary: "Write to the 12 councils about the new Community Toilet Scheme payment",
    desc: "Payment to each business rises from £600 to £650 a year from 1 April 2354 (minute 9).",
    comments: [["03/Dec/53 10:06 AM", "marigold", "Draft letter is with the Chair. It will also mention the extended claims deadline (Chair's action PTTG-CA-2353-04)."]] },
  { key: "PTTG-44", type: "Action", status: "Done", cat: "Done", res: "Done", who: "marigold", rep: "leofric", created: "12/Nov/53 4:55 PM", updated: "03/Dec/53 3:55 PM", resolved: "03/Dec/53 3:55 PM", due: "03/Dec/53 12:00 AM", labels: ["action", "risk"], fix: NOV, minute: "8", rag: "Green",
    summary: "Escalate risk PTR-01 to the Stronger High Streets and Places Board", desc: "Chair to present PTR-01 (score 16, Critical) at the Board on 3 December.",
    comments: [["03/Dec/53 3:55 PM", "marigold", "The Chair presented PTR-01 to the Board today. The Board agreed to include public toilet closures in its Spending Review submission and asked for a one-page briefing by 15 January."]] },
  { key: "PTTG-43", type: "Action", status: "To Do", cat: "To Do", res: "", who: "marigold", rep: "leofric", created: "12/Nov/53 4:54 PM", updated: "12/Nov/53 4:54 PM", resolved: "", due: "14/Jan/54 12:00 AM", labels: ["action", "performance"], fix: NOV, minute: "4", rag: "Green",
    summary: "Report faults fixed within 5 working days (ODP-05) council by council", desc: "For the meeting on 14 January 2354.", comments: [] },
  { key: "PTTG-42", type: "Action", status: "Done", cat: "Done", res: "Done", who: "leofric", rep: "leofric", created: "12/Nov/53 4:53 PM", updated: "17/Nov/53 10:05 AM", resolved: "17/Nov/53 10:05 AM", due: "19/Nov/53 12:00 AM", labels: ["action"], fix: NOV, minute: "6", rag: "Green",
    summary: "Circulate the Accessible Loos Alliance's survey slides to members", desc: "", comments: [] },
  { key: "PTTG-41", type: "Action", status: "Done", cat: "Done", res: "Done", who: "idris", rep: "leofric", created: "12/Nov/53 4:52 PM", updated: "25/Nov/53 2:31 PM", resolved: "25/Nov/53 2:31 PM", due: "27/Nov/53 12:00 AM", labels: ["action", "performance", "data-quality"], fix: NOV, minute: "4", rag: "Green",
    summary: "Check the Q2 ODP-04 return with Ketterby Fen and correct the figure", desc: "",
    comments: [["25/Nov/53 2:31 PM", "idris", "Ketterby Fen had counted its 38 closed sites in its total number of toilets. The corrected Q2 figure for ODP-04 is 67.0% (not 61.0%). The dashboard will not be refreshed before Q3; noted in #pttg."]] },
  { key: "PTTG-40", type: "Epic", status: "In Progress", cat: "In Progress", res: "", who: "idris", rep: "marigold", created: "14/Sep/53 9:30 AM", updated: "08/Dec/53 9:20 AM", resolved: "", due: "14/Jan/54 12:00 AM", labels: ["CPCF"], team: "Accessible facilities",
    summary: "Changing Places Capital Fund round 2", desc: "£450,000. Bids closed 30 October 2353. Awards are a key decision for the Task Group (over £100,000).", comments: [] },
  { key: "PTTG-38", type: "Action", status: "Closed", cat: "Done", res: "Won't Do", who: "idris", rep: "leofric", created: "10/Sep/53 4:40 PM", updated: "16/Oct/53 2:20 PM", resolved: "16/Oct/53 2:20 PM", due: "30/Nov/53 12:00 AM", labels: ["action"], fix: SEPT, minute: "5", rag: "",
    summary: "Build an online map of Changing Places facilities in the 12 councils", desc: "",
    comments: [["16/Oct/53 2:20 PM", "idris", "Not needed: the national Changing Places map now lists every facility in the 12 councils. Closing."]] },
  { key: "PTTG-34", type: "Action", status: "Done", cat: "Done", res: "Done", who: "sunniva", rep: "leofric", created: "10/Sep/53 4:38 PM", updated: "25/Sep/53 11:15 AM", resolved: "25/Sep/53 11:15 AM", due: "30/Sep/53 12:00 AM", labels: ["action", "cleaning-contract"], fix: SEPT, minute: "7", rag: "Green",
    summary: "Circulate the options appraisal for the cleaning and maintenance contracts", desc: "", comments: [] },
  { key: "PTTG-33", type: "Action", status: "In Progress", cat: "In Progress", res: "", who: "idris", rep: "leofric", created: "10/Sep/53 4:37 PM", updated: "13/Nov/53 9:48 AM", resolved: "", due: "29/Jan/54 12:00 AM", labels: ["action", "signage"], fix: SEPT, minute: "6", rag: "Amber",
    summary: "Draft a common signage standard for public toilets with the Accessible Loos Alliance", desc: "",
    comments: [["05/Nov/53 10:12 AM", "idris", "The Alliance has asked for more time to test the pictograms with its members. Due date moved from 30/Oct/53 to 29/Jan/54 with the Chair's agreement."], ["13/Nov/53 9:48 AM", "marigold", "At the meeting on 12 November the Chair asked that the standard take account of the Lift the Lid survey findings."]] },
  { key: "PTTG-31", type: "Action", status: "Done", cat: "Done", res: "Done", who: "leofric", rep: "leofric", created: "10/Sep/53 4:35 PM", updated: "02/Oct/53 9:58 AM", resolved: "02/Oct/53 9:58 AM", due: "09/Oct/53 12:00 AM", labels: ["action"], fix: SEPT, minute: "6", rag: "Green",
    summary: "Invite the Accessible Loos Alliance to present at the November meeting", desc: "", comments: [] },
  { key: "PTTG-28", type: "Action", status: "Done", cat: "Done", res: "Done", who: "idris", rep: "leofric", created: "11/Jun/53 3:50 PM", updated: "28/Aug/53 4:44 PM", resolved: "28/Aug/53 4:44 PM", due: "31/Aug/53 12:00 AM", labels: ["action", "data-quality"], fix: JUNE, minute: "5", rag: "Green",
    summary: "Agree common data definitions for ODP-04 with the 12 councils", desc: "", comments: [] },
];
const byKey = Object.fromEntries(I.map((i) => [i.key, i]));
const ranks = ["0|i0005r:", "0|i0005q:", "0|i0005p:", "0|i0005o:", "0|i0005n:", "0|i0005m:", "0|i0005l:", "0|i0005k:", "0|i0005j:", "0|i0005i:", "0|i0005h:", "0|i0005g:", "0|i0005c:", "0|i00058:", "0|i00057:", "0|i00055:", "0|i00052:"];
const rows = I.map((i, n) => {
  const watchers = [...new Set([i.who, i.rep, "marigold"])].slice(0, 3);
  const r = {
    Summary: i.summary, "Issue key": i.key, "Issue id": String(ID(i.key)), "Issue Type": i.type, Status: i.status,
    "Project key": "PTTG", "Project name": "Public Toilets Task Group", "Project type": "business", "Project lead": O.marigold.name, "Project lead id": O.marigold.jira,
    "Project description": "Actions and tasks of the Public Toilets Task Group and the Open Doors Programme", "Project url": "",
    Priority: i.key === "PTTG-46" ? "High" : "Medium", Resolution: i.res, Assignee: O[i.who].name, "Assignee Id": acct(i.who), Reporter: O[i.rep].name, "Reporter Id": acct(i.rep), Creator: O[i.rep].name, "Creator Id": acct(i.rep),
    Created: i.created, Updated: i.updated, "Last Viewed": "09/Dec/53 4:10 PM", Resolved: i.resolved, "Fix versions": i.fix ?? "", Components: "", "Due date": i.due, Votes: "0",
    Labels: i.labels, Description: i.desc, Environment: "", Watchers: watchers.map((w) => O[w].name), "Watchers Id": watchers.map((w) => O[w].jira),
    "Inward issue link (Blocks)": i.inBlocks ?? "", "Outward issue link (Blocks)": i.outBlocks ?? "",
    "Custom field (Meeting)": i.fix ? i.fix.replace("PTTG ", "") : "", "Custom field (Minute)": i.minute ?? "", "Custom field (RAG)": i.rag ?? "", "Custom field (Rank)": ranks[n],
    "Custom field (Team)": i.team ?? "", "Status Category": i.cat, "Status Category Changed": i.resolved || i.updated,
    Parent: i.parent ? String(ID(i.parent)) : "", "Parent summary": i.parent ? byKey[i.parent].summary : "",
    Comment: i.comments.map(([d, a, t]) => `${d};${O[a].jira};${t}`),
  };
  // lay the values into the 66 columns; repeated headers take successive values
  const used = {};
  return HEAD.map((h) => {
    const v = r[h];
    if (Array.isArray(v)) { const k = (used[h] = (used[h] ?? -1) + 1); return v[k] ?? ""; }
    return v ?? "";
  });
});
const q = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\n") + "\n";
writeFileSync(join(root, "docs", FILE), csv);
const out = [HEAD.join(" | "), ...rows.map((r) => r.filter((c) => c !== "").map((c) => c.replace(/\n/g, " ")).join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${rows.length} issues)`);
