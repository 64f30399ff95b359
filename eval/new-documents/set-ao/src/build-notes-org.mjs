// Builds docs/home-adaptations-panel-notes-2081-11-05.txt: the clerk's notes of the meeting of 5 November 2081
// kept as an Emacs org-mode file (saved with a .txt name): #+ keywords, "* " / "** " headings with TODO,
// WAITING, DONE and CANCELLED keywords, [#A] priorities and tags, :PROPERTIES: and :LOGBOOK: drawers,
// DEADLINE / CLOSED stamps, and tables drawn with | and |---+---| rules (one with a #+TBLFM formula line).
// The rendering text/<same>.txt is the same file with each table row written as "cell | cell" (padding
// trimmed) and the rule lines dropped; everything else as a reader sees it.
//   node src/build-notes-org.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFICERS as O, orgActive as A, orgInactive as I, TOTAL, gbp, VIREMENT, PILOT_Q2_AVG } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "home-adaptations-panel-notes-2081-11-05";

// an org table, padded the way org-mode aligns it (numbers right-aligned)
function table(rows, ruleAfter = [0]) {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const isNum = (c) => rows.slice(1).every((r) => /^-?[0-9.,]+$/.test(String(r[c])) || r[c] === "");
  const line = (r) => "| " + r.map((x, c) => (isNum(c) ? String(x).padStart(w[c]) : String(x).padEnd(w[c]))).join(" | ") + " |";
  const rule = "|" + w.map((n) => "-".repeat(n + 2)).join("+") + "|";
  const out = [];
  rows.forEach((r, i) => {
    out.push(line(r));
    if (ruleAfter.includes(i)) out.push(rule);
  });
  return out.join("\n");
}

const present = table([
  ["Name", "Council", "Group", "Notes"],
  ["Cllr Bernadette Gillingwater", "Sunderland City Council", "Lab", "Chair (left the chair for item 6)"],
  ["Cllr Hamish Urquhart", "Dorset Council", "Con", "Vice-Chair (in the chair for item 6)"],
  ["Cllr Sunita Ramdharry", "Leicester City Council", "Lab", ""],
  ["Cllr Hester Blundstone", "Gateshead Council", "Lab", ""],
  ["Cllr Tunde Balogun", "LB Lewisham", "Lab", "joined 10.55am, during item 3"],
  ["Cllr Marguerite Ashbridge", "Wokingham BC", "Con", ""],
  ["Cllr Anjali Bhardwaj", "North Somerset Council", "Con", "first meeting"],
  ["Cllr Robin Esterhuizen", "Mid Devon DC", "LD", ""],
  ["Cllr Imogen Kinnersley", "Lancaster City Council", "Grn", "left 12.30pm, after item 5"],
  ["Cllr Ruairi Tolland", "Rotherham MBC", "Lab", "substitute for Cllr Mulready"],
  ["Cllr Elspeth Grierson", "Buckinghamshire Council", "Con", "substitute for Cllr Cheesbrough"],
], [0, 9]);

const earlier = table([
  ["Ref", "Action (16 July 2081)", "Owner", "Status"],
  ["A81/01", "Publish the terms of reference on the LGA website", "Dominic Wadlow", "Done"],
  ["A81/02", "Agree a data standard for waiting times with councils", "Bryony Loosemore", "Done"],
  ["A81/03", "Collect cost returns on the largest adaptations", "Tamsin Kellaway", "Done (41 councils)"],
  ["A81/04", "Launch the OT apprenticeship bursary scheme", "Helena Hindmarsh", "Done"],
  ["A81/05", "Invite the National Adaptations Forum to a meeting", "Dominic Wadlow", "Done (item 3)"],
  ["A81/06", "Tender the regional stairlift framework", "Marcus Kirkbride", "Closed - procurement paused (item 5)"],
  ["A81/07", "Members to promote the peer challenge offer", "All members", "Carried forward as A81/13"],
  ["A81/08", "Report on the Luton pilot's start-up", "Anneliese Vorster", "Carried forward as A81/15"],
]);

const vir = table([
  ["Line", "Before", "Virement", "After"],
  ["BL03 OT apprenticeship bursaries", 60000, 18000, 78000],
  ["BL06 Regional good practice events", 42000, -18000, 24000],
  ["Total", 102000, 0, 102000],
], [0, 2]);

const doc = `#+TITLE: Home Adaptations Panel - notes of the meeting of 5 November 2081
#+AUTHOR: ${O.wadlow.name}
#+EMAIL: ${O.wadlow.email}
#+DATE: ${A("2081-11-05", "10:30")}
#+STARTUP: overview
#+TODO: TODO WAITING | DONE CANCELLED
#+FILETAGS: :adaptations:notes:
#+OPTIONS: toc:nil num:nil ^:nil

Draft notes, not yet agreed by the Panel. Online meeting (Microsoft Teams), 10.30am to 12.50pm.
Action statuses last updated ${I("2081-11-14")} by DW.

* Attendance
** Members present
${present}

** Apologies
- Cllr Declan Mulready (Salford City Council, Lab) - Cllr Ruairi Tolland substituted
- Cllr Giles Cheesbrough (Herefordshire Council, Con) - Cllr Elspeth Grierson substituted
- Cllr Tegan Tregidga (Cornwall Council, LD) - no substitute

** Officers
- ${O.kirkbride.name}, ${O.kirkbride.post}
- ${O.kellaway.name}, ${O.kellaway.post}
- ${O.hindmarsh.name}, ${O.hindmarsh.post}
- ${O.vorster.name}, ${O.vorster.post}
- ${O.wadlow.name}, ${O.wadlow.post} (notes)

** In attendance
- Dr Morenike Lawal, occupational therapist and chair of the National Adaptations Forum (item 3 only)

* Items
** 1. Welcome, apologies and declarations of interest                 :admin:
The Chair welcomed members, in particular Cllr Bhardwaj to her first meeting, and noted the apologies above.

Declarations of interest:
- The Chair declared an interest in item 6, as Sunderland City Council is one of the eight Accelerator pilot councils. She left the chair for that item, and the Vice-Chair, Cllr Urquhart, chaired it.
- Cllr Ashbridge declared an interest in item 6, as Wokingham Borough Council is a pilot council. As the lead member for the pilot she spoke on item 5, but took no part in the discussion of the pilot grants.
- Cllr Blundstone declared a personal interest in items 5 and 6: her husband works for Gateshead Council's home improvement agency. She stayed for both items.

** 2. Notes of the meeting of 16 July 2081
:PROPERTIES:
:PRESENTER: Chair
:END:
The notes of the meeting of 16 July 2081 were agreed as a correct record.

Actions from that meeting:
${earlier}

** 3. Workforce: occupational therapy capacity                    :workforce:
:PROPERTIES:
:PRESENTER: ${O.hindmarsh.name}; Dr Morenike Lawal
:PAPER:    none (presentation)
:END:
${O.hindmarsh.name} introduced Dr Lawal, who gave a presentation on occupational therapists in council housing and adaptations teams. Points made:
- 21% of OT posts in council housing and adaptations teams were vacant in September 2081, and agency staff cost councils about twice as much as employed OTs.
- People waited on average 11 weeks for an OT assessment before a DFG application could start.
- Trusted assessors can safely assess about 40% of referrals, mostly for stairlifts, rails and level-access showers.

In discussion, Cllr Tolland said Rotherham had halved its assessment waits by moving OTs into the housing team. Cllr Kinnersley asked whether bursary holders were tied to the council that funded them; ${O.hindmarsh.name} said they were expected to stay for two years.

*** Decision
The Panel noted the presentation and agreed that the results of the OT survey (DP81-W3) should come to the January meeting with options for a national OT workforce plan.

** 4. Review of the DFG test of resources: the Panel's response   :decision:
:PROPERTIES:
:PRESENTER: ${O.kellaway.name}
:PAPER:    Item 4 (draft 2 with the changes accepted, circulated ${I("2081-10-29")})
:END:
${O.kellaway.name} introduced the report. The consultation closes on 21 November 2081. The draft response supports proposals 1, 2 and 4, opposes counting disability benefits as income (proposal 3) and asks again for a higher upper limit for the grant.

In discussion:
- Cllr Esterhuizen asked for the response to say that rural councils face higher contractor travel costs. Agreed; to be added to paragraph 12.
- Cllr Urquhart proposed that the letter to the Minister be signed jointly by the Chair and the Vice-Chair, to show that the Panel's asks have cross-party support. The Chair welcomed this.
- Cllr Grierson asked whether £60,000 was enough. ${O.kellaway.name} said a limit of £60,000 would cover nine in ten of the largest schemes in the cost returns.

*** Decision
The Panel:
1. agreed the response, with the addition on rural costs (recommendation (a));
2. agreed to call on the Government to raise the upper limit of the mandatory grant from £45,000 to £60,000 (recommendation (b)); and
3. agreed recommendation (c) as amended: the Chair and the Vice-Chair will write jointly to the Minister for Housing setting out the response.

** 5. Delivery plan 2081/82: progress at quarter 2             :performance:
:PROPERTIES:
:PRESENTER: ${O.kirkbride.name}
:END:
${O.kirkbride.name} introduced the report: at quarter 2, three milestones were delivered, four on schedule, four slipping and one (DP81-D4, the regional stairlift framework) will not be met; one has not started.

Cllr Ashbridge, as lead member, reported on the Accelerator pilot: the average time from referral to completion across the eight councils was ${PILOT_Q2_AVG} weeks, and most pilots were improving. Cllr Balogun asked why the peer challenges (DP81-E3) were slipping. ${O.kirkbride.name} said that no council had yet come forward for two of the four, and asked members to encourage their own councils.

*** Decision
The Panel noted progress at quarter 2 and agreed that DP81-D4 be closed and carried into the delivery plan for 2082/83.

** 6. Programme budget 2081/82: monitoring at 30 September 2081    :finance:
:PROPERTIES:
:PRESENTER: ${O.vorster.name}
:CHAIR:    Cllr Hamish Urquhart (Vice-Chair)
:END:
The Vice-Chair took the chair for this item. ${O.vorster.name} introduced the budget notebook: a forecast outturn of ${gbp(TOTAL.forecast)} against a budget of ${gbp(TOTAL.budget)}, an underspend of ${gbp(-TOTAL.variance)}, mostly on the pilot grants, the regional events and the contingency.

Cllr Ramdharry asked when Luton's second instalment would be paid. ${O.vorster.name} said it was held until Luton's data return was complete and that the forecast assumed it would not be paid this year.

*** Decision
The Panel noted the forecast underspend of ${gbp(-TOTAL.variance)} and approved the virement of ${gbp(VIREMENT.amount)} from BL06 (regional good practice events) to BL03 (OT apprenticeship bursaries), to fund bursaries for the 12 councils on the waiting list.

${vir}
#+TBLFM: $4=$2+$3::@>$2..@>$4=vsum(@I..@II)

** 7. Any other business
The Chair said the planned visit to the Cornwall pilot in December would not go ahead (see A81/16). There was no other business.

* Actions
** DONE [#C] A81/09 Circulate Dr Lawal's slides to members
   CLOSED: ${I("2081-11-06", "09:12")}
   :PROPERTIES:
   :OWNER:    ${O.wadlow.name}
   :ITEM:     3
   :END:
** TODO [#B] A81/10 Bring the OT survey results (DP81-W3) to the January meeting
   DEADLINE: ${A("2082-01-16")}
   :PROPERTIES:
   :OWNER:    ${O.hindmarsh.name}
   :ITEM:     3
   :END:
** DONE [#A] A81/11 Submit the Panel's response to the test of resources review
   CLOSED: ${I("2081-11-13", "16:40")} DEADLINE: ${A("2081-11-21")}
   :PROPERTIES:
   :OWNER:    ${O.kellaway.name}
   :ITEM:     4
   :END:
   Submitted on 13 November 2081, with the addition on rural costs.
** WAITING [#A] A81/12 Joint letter from the Chair and Vice-Chair to the Minister for Housing
   DEADLINE: ${A("2081-12-12")}
   :PROPERTIES:
   :OWNER:    Cllr Bernadette Gillingwater; Cllr Hamish Urquhart (draft by ${O.kellaway.name})
   :ITEM:     4
   :END:
   :LOGBOOK:
   - State "WAITING"    from "TODO"       ${I("2081-11-10", "11:05")} \\\\
     Draft letter sent to the Vice-Chair for his comments.
   :END:
** TODO [#B] A81/13 Suggest councils for the two unbooked peer challenges
   DEADLINE: ${A("2081-12-05")}
   :PROPERTIES:
   :OWNER:    All members
   :ITEM:     5
   :END:
** TODO [#B] A81/14 Bring a draft delivery plan for 2082/83, with DP81-D4 carried into it, to the April meeting
   DEADLINE: ${A("2082-04-10")}
   :PROPERTIES:
   :OWNER:    ${O.kirkbride.name}
   :ITEM:     5
   :END:
** TODO [#A] A81/15 Agree a date with Luton Borough Council for its complete data return
   DEADLINE: ${A("2081-11-28")}
   :PROPERTIES:
   :OWNER:    ${O.vorster.name}
   :ITEM:     6
   :END:
** CANCELLED [#C] A81/16 Arrange a members' visit to the Cornwall pilot
   CLOSED: ${I("2081-11-05", "12:41")}
   :PROPERTIES:
   :OWNER:    ${O.wadlow.name}
   :ITEM:     7
   :END:
   :LOGBOOK:
   - State "CANCELLED"  from "TODO"       ${I("2081-11-05", "12:41")} \\\\
     Replaced by an online session with the Cornwall pilot team in January.
   :END:

* Date of next meeting
Wednesday 28 January 2082 at 1.00pm, 18 Smith Square, London.
`;

function render(src) {
  const out = [];
  for (const line of src.split("\n")) {
    if (/^\s*\|[-+]+\|\s*$/.test(line)) continue; // rule line
    if (/^\s*\|.*\|\s*$/.test(line)) {
      out.push(line.trim().slice(1, -1).split("|").map((c) => c.trim()).join(" | "));
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), doc);
writeFileSync(join(root, "text", BASE + ".txt"), render(doc));
console.log("wrote docs/ and text/ " + BASE + ".txt");
