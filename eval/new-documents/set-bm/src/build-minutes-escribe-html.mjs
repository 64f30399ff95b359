// Builds docs/wsdptg-minutes-2251-12-04-escribe.html and its rendering in text/.
// Layout: THE PUBLISHED MINUTES PAGE OF A MEETING-MANAGEMENT SYSTEM OF THE eSCRIBE KIND, SAVED FROM THE
// BROWSER ("Web page, HTML only"): the portal's header, navigation and meeting toolbar (Agenda / Minutes
// PDF / Video links) round the minutes, whose markup is the system's own: a MeetingDetails block whose
// date is in the product's North American default ("Thursday, December 4, 2251", "10:30 a.m."), an
// attendance table with the system's labels ("Members Present:", "Remote Attendance (non-voting):",
// "Regrets:" for apologies, "Staff Present:" with officers by initial and surname), then numbered agenda
// items, each a title, the clerk's minute (paragraphs numbered by hand, 5.1 …), attachment links to the
// reports' PDFs, and MOTION BLOCKS: a resolution number, "Moved By:" and "Seconded By:" rows, the motion
// text with (a)-(d) lines, for a recorded vote a voters table ("For (7):", "Against (2):", "Absent (1):"
// with the names run together) and the result ("Carried", "Carried Unanimously", "Defeated (3 to 6)" for
// an amendment). The decision is only the motion and its result word; an exempt item shows only its
// title, who left and "Confidential" in place of the motion. An "Action Items" table (ISO due dates) and
// signature lines end the minutes; the portal footer follows. Dates in the clerk's text are British
// ("4 December 2251"), in the system's fields North American.
// Rendering: from the meeting title on, each heading, paragraph, label row (label and value " | "),
// table row (cells " | ") and list item a line; a motion as "Resolution: …", "Moved By: | …", "Seconded
// By: | …", its text, its voters rows and its result; the portal's header, toolbar and footer left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-escribe-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, P, OFFICERS as O, GUEST, PRESENT, REMOTE, SUB, APOLOGIES, BIDS, ROUND2, ASKED, AWARDED, LEFT, THRESHOLD, LIMITS, AMENDMENT, MOTION6, ACTIONS, LIFEGUARD_SPENT, INCIDENTS, OCT_OPEN, gbp, WORSE, BETTER } from "./common.mjs";

const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const C = (k) => `Councillor ${P[k].fore} ${P[k].sur}`;
const R = []; // rendering lines
const H = []; // html
const h = (s) => H.push(s);

const ROLE = { tregaskis: "Chair", scrope: "Vice-Chair", killigrew: "Deputy Chair" };
let doc = 8811;
const attach = (name) => { h(`<div class="AgendaItemAttachment"><img src="Content/Images/pdf-icon.png" alt=""><a href="FileStream.ashx?DocumentId=${doc++}" target="_blank">${esc(name)}</a></div>`); R.push(name); };
const item = (n, title, o = {}) => {
  h(`<div class="AgendaItemContainer${o.confidential ? " Confidential" : ""}" id="Item${n}">`);
  h(`<div class="AgendaItem"><span class="AgendaItemCounter">${n}.</span> <span class="AgendaItemTitle">${esc(title)}</span></div>`);
  R.push(`${n}. ${title}`);
};
const endItem = () => h(`</div>`);
const para = (s) => { h(`<p>${esc(s)}</p>`); R.push(s); };
const desc = (paras) => { h(`<div class="AgendaItemDescription RichText">`); paras.forEach(para); h(`</div>`); };
const motion = (m) => {
  h(`<div class="AgendaItemMotions"><div class="MotionContainer${m.amendment ? " Amendment" : ""}">`);
  if (m.amendment) { h(`<div class="MotionTitle">Amendment:</div>`); R.push("Amendment:"); }
  if (m.no) { h(`<div class="MotionResolutionNumber">Resolution: ${m.no}</div>`); R.push(`Resolution: ${m.no}`); }
  if (m.mover) {
    h(`<table class="MotionMoverSeconder" role="presentation"><tr><td class="Label">Moved By:</td><td>${esc(C(m.mover))}</td></tr><tr><td class="Label">Seconded By:</td><td>${esc(C(m.seconder))}</td></tr></table>`);
    R.push(`Moved By: | ${C(m.mover)}`, `Seconded By: | ${C(m.seconder)}`);
  }
  h(`<div class="MotionText RichText">`);
  for (const l of m.text) { h(`<p>${esc(l)}</p>`); R.push(l); }
  h(`</div>`);
  if (m.vote) {
    h(`<table class="MotionVoters" role="presentation">`);
    for (const [label, ks] of [["For", m.vote.for], ["Against", m.vote.against], ["Absent", m.vote.absent]]) {
      if (!ks.length) continue;
      const names = ks.map(C).join(", ");
      h(`<tr><td class="VoteType">${label} (${ks.length}):</td><td class="Voters">${esc(names)}</td></tr>`);
      R.push(`${label} (${ks.length}): | ${names}`);
    }
    h(`</table>`);
  }
  h(`<div class="MotionResult">${esc(m.result)}</div>`);
  R.push(m.result);
  h(`</div></div>`);
};

// ---------------------------------------------------------------- page head and portal chrome
h(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(BODY)} - December 04, 2251</title>
<link rel="stylesheet" href="https://pub-lga.escribemeetings.com/Content/Styles/bootstrap.min.css">
<link rel="stylesheet" href="https://pub-lga.escribemeetings.com/Content/Styles/MeetingPublic.css?v=2251.3.1">
<script src="https://pub-lga.escribemeetings.com/Scripts/jquery-3.7.1.min.js"></script>
<script>window.eSCRIBE = { meetingId: "7c1d0e5a-41f2-4b7e-9d11-2251a1204b30", lang: "English", docType: "PostMinutes" };</script>
<style>.AgendaItemCounter{display:inline-block;width:2.5em}.MotionContainer{border-left:3px solid #00616b;padding-left:1em;margin:1em 0}.MotionResult{font-weight:bold}.DraftNotice{color:#a00}.AttendanceLabel{font-weight:bold;vertical-align:top;width:14em}</style>
</head>
<body class="MeetingPage">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="PortalHeader">
<a href="https://pub-lga.escribemeetings.com/"><img src="https://pub-lga.escribemeetings.com/Content/Images/lga-logo.png" alt="Local Government Association" height="48"></a>
<nav aria-label="Portal"><ul class="PortalNav"><li><a href="https://pub-lga.escribemeetings.com/">Meetings</a></li><li><a href="https://pub-lga.escribemeetings.com/?Year=2251">Calendar</a></li><li><a href="https://pub-lga.escribemeetings.com/Search.aspx">Search</a></li><li><a href="https://pub-lga.escribemeetings.com/Subscribe.aspx">Subscribe</a></li></ul></nav>
</header>
<div class="MeetingToolbar" role="toolbar" aria-label="Meeting documents">
<a class="btn" href="Meeting.aspx?Id=7c1d0e5a-41f2-4b7e-9d11-2251a1204b30&amp;Agenda=Agenda&amp;lang=English">Agenda</a>
<a class="btn" href="FileStream.ashx?DocumentId=8840">Minutes (PDF)</a>
<a class="btn" href="Players/ISIStandAlonePlayer.aspx?Id=2251-12-04-wsdptg">Video</a>
<span class="LastModified">Published Dec 11, 2251 3:14 p.m.</span>
</div>
<main id="main">
<div class="DocumentContent">`);

// ---------------------------------------------------------------- header, attendance
h(`<div class="DocumentHeader">`);
h(`<h1 class="MeetingTitle">${esc(BODY)}</h1>`); R.push(BODY);
h(`<h2 class="DocumentTitle">Draft Minutes</h2>`); R.push("Draft Minutes");
h(`<div class="MeetingDetails">`);
for (const [l, v] of [["Date:", "Thursday, December 4, 2251"], ["Time:", "10:30 a.m."], ["Location:", "Room 2.4, 18 Smith Square, London, and by video conference"]]) { h(`<div class="MeetingDetail"><span class="Label">${l}</span> <span class="Value">${esc(v)}</span></div>`); R.push(`${l} | ${v}`); }
h(`</div>`);
const notice = "These minutes are a draft. They are subject to approval by the Task Group at its next meeting.";
h(`<div class="DraftNotice">${notice}</div>`); R.push(notice);
h(`</div>`);

const att = [
  ["Members Present:", PRESENT.map((k) => C(k) + (ROLE[k] ? `, ${ROLE[k]}` : ""))],
  ["Remote Attendance (non-voting):", REMOTE.map(C)],
  ["Substitute Members:", [`${C(SUB.k)} (for ${C(SUB.for)})`]],
  ["Regrets:", APOLOGIES.map(C)],
  ["Staff Present:", ["tobias", "niamh", "marguerite", "philomena"].map((k) => `${O[k].init}, ${O[k].post}`)],
  ["Also Present:", [`${GUEST.title} ${GUEST.name}, ${GUEST.org} (item 7)`]],
];
h(`<table class="AttendanceTable" role="presentation">`);
for (const [l, names] of att) { h(`<tr><td class="AttendanceLabel">${l}</td><td class="AttendanceNames">${names.map(esc).join("<br>")}</td></tr>`); R.push(`${l} | ${names.join(" | ")}`); }
h(`</table>`);
h(`<hr>`);

// ---------------------------------------------------------------- items
item(1, "Call to Order and Apologies for Absence");
desc([
  "The Chair called the meeting to order at 10:32 a.m. and welcomed Councillor Jasper Wyatt-Nkemelu to his first meeting. He replaced Councillor Hester Grimsditch (Lowestead District Council) as a member of the Task Group from 1 November 2251.",
  "Apologies were received from Councillor Ottoline Binns and Councillor Anjali Bransgrove. Councillor Barnabas Okorocha attended as substitute for Councillor Bransgrove.",
  "Councillor Percival Spurrell joined the meeting online. As the law requires members to be present in the room to vote, he took part in the discussion but did not vote.",
]);
endItem();

item(2, "Declarations of Interest");
desc([
  "Councillor Farida Loveridge declared an other registrable interest in item 6 as a trustee of Tarnby Water Sports Centre, a partner in Tarnby Metropolitan Borough Council's bid to round 2 of the Fund. She would leave the room for that item.",
  "Councillor Lachlan Purkiss declared a non-registrable interest in item 10 because his son works as a seasonal lifeguard for Coastline Lifeguard Services Ltd, the current contractor. He would leave the room for that item.",
  "No other interests were declared.",
]);
endItem();

item(3, "Minutes of the Meeting of 9 October 2251");
attach("Draft minutes - 9 October 2251.pdf");
motion({ no: "WSDP-2251-41", mover: "killigrew", seconder: "lydgate", text: ["That the minutes of the meeting held on 9 October 2251 be approved as a correct record and signed by the Chair."], result: "Carried" });
endItem();

item(4, "Action Log");
desc([
  `4.1 Of the seven actions from 9 October 2251 (WSA-21 to WSA-27), five are complete. Two remain open: ${OCT_OPEN[0]}, the Chair's letter to the three landowners who refused access to reservoir and quarry sites, which was held back until the list of sites had been checked and will now be sent by 19 December 2251; and ${OCT_OPEN[1]}, guidance for schools on trips to open water, delayed to February 2252 while Fenmouth Fire and Rescue Service reviews the draft.`,
  "4.2 The Task Group noted the action log.",
]);
endItem();

item(5, "Water Safety Plan: Performance at Quarter 2 2251/52 (Report WSDP-2251-17)");
desc([
  `5.1 ${O.tobias.name}, ${O.tobias.post}, introduced report WSDP-2251-17 on the Water Safety Plan at quarter 2 (1 July to 30 September 2251). Of the eight measures, two were Green, three Amber, two Red and one Complete. Compared with quarter 1, two were rated worse (${WORSE.join(" and ")}) and three better (${BETTER.slice(0, -1).join(", ")} and ${BETTER.at(-1)}).`,
  "5.2 Councillor Purkiss, lead member for beaches and lifeguards, said that three beaches (Gullhaven North, Wyvernsea Sands and Brinkhaven Point) lost lifeguard cover in August because of 11 vacancies, and that recruitment for the 2252 season must start in January.",
  `5.3 In answer to a question, ${O.niamh.name} said that ${LIFEGUARD_SPENT} of the £95,000 budget for lifeguard recruitment and training had been spent by 30 September 2251, and that the rest was committed to the winter recruitment campaign.`,
  "5.4 Members noted that landowners had refused access at 9 reservoir and quarry sites, and that the risk of this (WSR-02) was rated High.",
]);
attach("WSDP-2251-17 Water Safety Plan Q2 performance.pdf");
attach("WSDP-2251-17 Appendix A - Programme tracker.pdf");
motion({ no: "WSDP-2251-42", mover: "purkiss", seconder: "killigrew", text: [
  "That the Task Group:",
  "(a) note performance at quarter 2 2251/52, with WSP-03 and WSP-07 off track (Red);",
  "(b) ask the Senior Adviser, Beaches and Inland Water to bring a lifeguard recruitment recovery plan for the 2252 season by 30 January 2252; and",
  "(c) ask officers to report options for the 9 sites where access was refused to the meeting on 5 February 2252.",
], result: "Carried Unanimously" });
endItem();

item(6, "Public Rescue Equipment Fund: Round 2 Awards (Report WSDP-2251-18)");
h(`<div class="AgendaItemDescription RichText">`);
para("Councillor Farida Loveridge, having declared an interest (minute 2), left the room for this item and took no part in the debate or the vote.");
para(`6.1 ${O.niamh.name}, ${O.niamh.post}, the report's author and contact officer, introduced report WSDP-2251-18. Round 2 had ${gbp(ROUND2)} to award. Six councils bid for ${gbp(ASKED)} in all; an assessment panel of three officers scored the bids out of 100 against the criteria agreed on 9 October 2251, with a threshold of ${THRESHOLD}. The report was a key decision and came to the Task Group because the awards exceed ${gbp(LIMITS.chair)}, the most the Chair may decide.`);
para("6.2 The bids and the recommended awards were:");
h(`<table class="RichTextTable" border="1"><thead><tr><th>Council</th><th>Scheme</th><th>Asked</th><th>Score</th><th>Recommended award</th></tr></thead><tbody>`);
R.push("Council | Scheme | Asked | Score | Recommended award");
for (const b of BIDS) {
  const cells = [b.council, b.scheme, gbp(b.asked), String(b.score), b.award ? gbp(b.award) : "Nil"];
  h(`<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`);
  R.push(cells.join(" | "));
}
h(`<tr><td><strong>Total</strong></td><td></td><td><strong>${gbp(ASKED)}</strong></td><td></td><td><strong>${gbp(AWARDED)}</strong></td></tr>`);
R.push(`Total | ${gbp(ASKED)} | ${gbp(AWARDED)}`);
h(`</tbody></table>`);
para("6.3 Members asked why Kestlebury's award was less than it asked for. Officers said that the CCTV-linked alarms in the bid (£13,500) were outside the Fund's scope, which covers rescue equipment, signs and training only.");
para(`6.4 Councillor Sallis said that defibrillators beside beach huts save lives and that Sedgecombe's bid should be funded from the ${gbp(LEFT)} left after the recommended awards. He moved an amendment, seconded by Councillor Hollinrake, and asked for a recorded vote on the amendment and on the substantive motion.`);
h(`</div>`);
attach("WSDP-2251-18 Round 2 awards.pdf");
attach("WSDP-2251-18 Appendix A - Assessment panel scores.pdf");
motion({ amendment: true, mover: AMENDMENT.mover, seconder: AMENDMENT.seconder, text: [`That recommendation (c) be replaced by: "(c) award Sedgecombe District Council ${gbp(LEFT)} towards defibrillators beside beach huts, from the money not awarded in round 2".`], vote: AMENDMENT, result: `Defeated (${AMENDMENT.for.length} to ${AMENDMENT.against.length})` });
motion({ no: "WSDP-2251-43", mover: MOTION6.mover, seconder: MOTION6.seconder, text: [
  "That the Task Group:",
  `(a) award round 2 grants of ${gbp(BIDS[0].award)} to Tarnby Metropolitan Borough Council, ${gbp(BIDS[1].award)} to Kestlebury City Council, ${gbp(BIDS[2].award)} to Cradleigh Borough Council, subject to the landowner's written agreement by 31 January 2252, and ${gbp(BIDS[3].award)} to Mardenholt District Council, ${gbp(AWARDED)} in all;`,
  `(b) not fund the bids of Sedgecombe District Council and Fleetwick Borough Council, which scored below the threshold of ${THRESHOLD};`,
  `(c) carry the ${gbp(LEFT)} not awarded to round 3; and`,
  "(d) confirm that defibrillators remain outside the scope of the Fund, and ask officers to point councils to other sources of funding for them.",
], vote: MOTION6, result: `Carried (${MOTION6.for.length} to ${MOTION6.against.length})` });
h(`<div class="AgendaItemDescription RichText"><p>Councillor Loveridge returned to the meeting.</p></div>`); R.push("Councillor Loveridge returned to the meeting.");
endItem();

item(7, "Presentation: Summer 2251 Water Incidents");
desc([
  `7.1 ${GUEST.title} ${GUEST.name}, ${GUEST.org}, presented the service's review of summer 2251. Crews attended ${INCIDENTS.attended} water incidents between 1 June and 30 September 2251, ${INCIDENTS.rescues} of them rescues; ${INCIDENTS.quarries} incidents were at quarries. Alcohol was a factor in ${INCIDENTS.alcohol} of the 13 accidental drownings in the 12 council areas in the 12 months to September.`,
  "7.2 He offered to share the service's incident data with councils preparing bids for round 3 of the Fund.",
]);
attach("Presentation - Summer 2251 water incidents.pdf");
motion({ no: "WSDP-2251-44", mover: "hollinrake", seconder: "wyatt", text: ["That the presentation be received for information, with thanks."], result: "Carried" });
endItem();

item(8, "Member and Partner Workshop");
desc(["8.1 The Programme Manager proposed an online workshop with members and partners on the criteria for round 3 of the Fund and on the winter phase of the cold water shock campaign, using Zoom polls and a Padlet wall so that partners who cannot travel to London can take part."]);
motion({ no: "WSDP-2251-45", mover: "wyatt", seconder: "okorocha", text: ["That a member and partner workshop be held online on Tuesday 13 January 2252 from 10:00 a.m. to 12:00 noon, and that draft criteria for round 3 be reported to the meeting on 5 February 2252."], result: "Carried" });
endItem();

item(9, "Exclusion of the Press and Public");
motion({ no: "WSDP-2251-46", mover: "tregaskis", seconder: "scrope", text: ["That the press and public be excluded from the meeting for item 10 under Section 100A(4) of the Local Government Act 1972, as it is likely to involve the disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act (information relating to the financial or business affairs of any particular person, including the authority holding that information)."], result: "Carried" });
endItem();

item(10, "Lifeguard Service Contract: Extension (Report WSDP-2251-19) - Confidential", { confidential: true });
desc(["Councillor Lachlan Purkiss left the room for this item. The Task Group considered an exempt report of the Senior Adviser, Beaches and Inland Water. Its decision is recorded in the confidential minutes."]);
h(`<div class="AgendaItemMotions"><div class="MotionContainer"><div class="MotionResolutionNumber">Resolution: WSDP-2251-47</div><div class="MotionText RichText"><p><em>Confidential</em></p></div><div class="MotionResult">Carried</div></div></div>`);
R.push("Resolution: WSDP-2251-47", "Confidential", "Carried");
h(`<div class="AgendaItemDescription RichText"><p>The meeting returned to public session and Councillor Purkiss returned to the room.</p></div>`); R.push("The meeting returned to public session and Councillor Purkiss returned to the room.");
endItem();

item(11, "Date of Next Meeting");
desc(["The next meeting will be held on Thursday 5 February 2252 at 10:30 a.m. in Room 2.4, 18 Smith Square. The meeting of Thursday 25 March 2252 will move to Thursday 1 April 2252, as Room 2.4 is not available on 25 March."]);
endItem();

item(12, "Adjournment");
motion({ no: "WSDP-2251-48", mover: "killigrew", seconder: "lydgate", text: ["That the meeting be adjourned at 12:41 p.m."], result: "Carried" });
endItem();

// ---------------------------------------------------------------- action items, signatures
h(`<h3 class="ActionItemsTitle">Action Items</h3>`); R.push("Action Items");
h(`<table class="ActionItems" border="1"><thead><tr><th>Action #</th><th>Item</th><th>Action</th><th>Assigned To</th><th>Due Date</th><th>Status</th></tr></thead><tbody>`);
R.push("Action # | Item | Action | Assigned To | Due Date | Status");
for (const a of ACTIONS) {
  const cells = [a.ref, a.item, a.action, O[a.owner].name, a.due, "Open"];
  h(`<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`);
  R.push(cells.join(" | "));
}
h(`</tbody></table>`);
h(`<div class="Signatures"><p>_________________________<br>Chair</p><p>_________________________<br>Clerk</p></div>`);
R.push("Chair", "Clerk");
h(`</div>
</main>
<footer class="PortalFooter">
<p>&copy; 2251 Local Government Association, 18 Smith Square, London SW1P 3HZ</p>
<ul><li><a href="https://www.local.gov.uk/accessibility">Accessibility</a></li><li><a href="https://www.local.gov.uk/privacy">Privacy</a></li></ul>
<p class="PoweredBy">Meeting management by <a href="https://escribemeetings.com">eSCRIBE</a></p>
</footer>
<script src="https://pub-lga.escribemeetings.com/Scripts/MeetingPublic.js?v=2251.3.1"></script>
</body>
</html>`);

writeFileSync(join(root, "docs", FILE), H.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${R.length} lines)`);
