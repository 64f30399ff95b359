// Builds docs/psctg-todo-2191-12-16.txt and its rendering in text/ (the same text: the document is plain
// text, so its rendering is itself).
// Layout: THE PROGRAMME MANAGER'S todo.txt (the plain-text task list format of Gina Trapani's todo.txt,
// kept in a synced folder and shared with the clerk for the hand-over of the December actions): ONE TASK
// A LINE, NO HEADINGS, NO COMMENTS, lines in the order they were added and edited. A task may start with a
// PRIORITY "(A)" to "(C)"; then its CREATION DATE; a DONE task starts "x " followed by its COMPLETION DATE
// AND THEN its creation date (so the first date on a done line is when it was finished), its priority
// dropped or kept as "pri:A"; "+Project" and "@context" words anywhere in the text ("+HubPhase2",
// "@waiting", "@phone"); and key:value tags the owner added for herself – "ref:CTA-25" (the Task Group's
// action number), "due:2192-01-20", "owner:DGB" (ANOTHER OFFICER'S INITIALS; a task without an owner tag is
// the Programme Manager's own) and "t:2192-01-09" (hidden until that date). So an action's status is a
// leading "x" or its absence, its owner a set of initials named nowhere in the file, and its meeting only
// its ref number and creation date.
// Synthetic test fixture: every task, person and date is invented.
//   node src/build-todo-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS } from "./common.mjs";

const FILE = DOCS.todo;
const BASE = basename(FILE, extname(FILE));
const TASKS = [
  "x 2191-10-14 2191-10-12 Open round 2 of the Camera Replacement Fund, bids close 7 Nov +ReplacementFund ref:CTA-20 due:2191-10-14",
  "x 2191-11-03 2191-10-12 Footage request figures by council to members +Footage owner:CBA ref:CTA-19 due:2191-11-04",
  "(A) 2191-10-12 Chase Quistwell for the signed DPIA for the S15 ANPR cameras (S10 signed 9 Dec) +CodeCompliance @waiting owner:DGB ref:CTA-22 due:2191-11-30",
  "x 2191-12-02 2191-10-12 Annual review of camera justification, sites for decommissioning to the Dec meeting +Decommissioning owner:DGB ref:CTA-21 due:2191-12-01",
  "x 2191-11-24 2191-10-12 Draft SLA for Hub phase 2 +HubPhase2 owner:CBA ref:CTA-23 due:2191-11-25",
  "x 2191-12-13 2191-10-12 Members' visit to the Hub before the Dec meeting +HubPhase2 owner:HL ref:CTA-24 due:2191-12-13",
  "x 2191-12-13 2191-10-12 Kestleford plan for the camera fault backlog - superseded by CTA-25 +CRM-02 ref:CTA-18 due:2191-11-15 pri:A",
  "x 2191-11-18 2191-11-08 Check round 2 bids against the existing sites rule (Pilkerton's is a new site) +ReplacementFund",
  "x 2191-12-02 2191-11-28 Map of camera sites from Leofric for Appendix B +Dec13",
  "x 2191-12-05 2191-11-28 Agenda pack to Hester for publication +Dec13 @email",
  "(A) 2191-12-13 Recovery plan from Kestleford for the S02 fault backlog +CRM-02 @email ref:CTA-25 due:2192-01-20",
  "(B) 2191-12-13 Phase 2 move plan for the Kestleford, Oxhaven and Quistwell control rooms +HubPhase2 @hub owner:CBA ref:CTA-26 due:2192-01-31",
  "(B) 2191-12-13 Grant offer letters for round 2: Kestleford 194k, Oxhaven 198k, Quistwell 96k, Fallowdene 52k +ReplacementFund owner:PEM ref:CTA-27 due:2191-12-23",
  "(A) 2191-12-13 ANPR at S15 stays off until Quistwell signs the DPIA, tell members when signed +CodeCompliance owner:DGB ref:CTA-28 due:2191-12-20",
  "(B) 2191-12-13 Decommission S05 and S18, instruct the maintenance contractor +Decommissioning @phone ref:CTA-29 due:2192-01-31",
  "(B) 2191-12-13 Marlhithe to consult residents on S14, decision deferred to 13 Mar +Decommissioning owner:DGB ref:CTA-30 due:2192-02-24",
  "(C) 2191-12-13 Feedback to Pilkerton on its ineligible bid (new site) +ReplacementFund @phone ref:CTA-31 due:2191-12-21",
  "x 2191-12-14 2191-12-13 Webcast link to Cllr Havergal and Cllr Tuttlebury (apologies) @email owner:HL",
  "(C) 2191-12-13 Q3 performance report for the March meeting +Performance t:2192-01-09 due:2192-02-24",
  "2191-12-15 Redeployable cameras policy paper with Cllr Havergal for 13 Mar +Redeployables due:2192-02-24",
  "2191-12-16 Book Brantmoor Civic Centre for 13 Mar 2192 +Mar13 owner:HL @phone",
];
const text = TASKS.join("\n") + "\n";
writeFileSync(join(root, "docs", FILE), text);
writeFileSync(join(root, "text", BASE + ".txt"), text);
console.log("wrote docs/" + FILE + " and text/" + BASE + ".txt");
