// Builds docs/bid-panel-meeting-notes-2063-11-14.html and text/bid-panel-meeting-notes-2063-11-14.txt.
//
// The layout: a meeting-notes app's "export as HTML" of the Panel's meeting of 14 November 2063 (the app,
// "NoteDesk", is invented). Everything is <div>s and <span>s with the app's class names: an export banner, a
// meeting header with US-style dates ("Wed, Nov 14, 2063 · 10:30 AM"), status pills, an attendee list in
// which each person is one row of spans (initials avatar, name, labels, the calendar invite response, and a
// separate attendance field set by the note taker, which is not the same thing), then one card per agenda
// topic with presenter and time-box chips, a notes list, a "Decisions" block and "Action items" as
// read-only check boxes with an assignee chip (@Name) and a due-date chip ("Due Nov 28, 2063"), and a
// comments thread at the end. No <table>, no <h3> in the cards (their titles are <div>s).
//
//   node src/build-notes-html.mjs
import { out } from "./common.mjs";

const BASE = "bid-panel-meeting-notes-2063-11-14";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const initials = (n) => n.replace(/^(Cllr|Dr) /, "").split(/\s+/).map((w) => w[0]).join("").slice(0, 2).toUpperCase();

// ------------------------------------------------------------------ content
const meta = {
  banner: "Exported from NoteDesk on Nov 16, 2063, 4:12 PM · Workspace: LGA Member Services · Read-only copy",
  crumbs: ["Meetings", "BID Panel", "Nov 14, 2063"],
  title: "Business Improvement Districts Panel",
  when: "Wed, Nov 14, 2063 · 10:30 AM – 12:40 PM GMT",
  where: "Room 4, 18 Smith Square + Microsoft Teams",
  series: "Recurring series: BID Panel 2063/64 (meeting 3 of 5)",
  pills: ["Draft", "Not yet approved by the Panel"],
  owner: "Note taker: Linnea Brisco · Last edited Nov 16, 2063 by Linnea Brisco",
};

// [name, labels[], invite response, attendance]
const PEOPLE = [
  { group: "Members", rows: [
    ["Cllr Philippa Drummey", ["Chair"], "Accepted", "Present"],
    ["Cllr Aldous Mallabar", ["Vice-Chair"], "Accepted", "Present"],
    ["Cllr Marisol Clutterbuck", ["Deputy Chair"], "Accepted", "Online"],
    ["Cllr Ifeoma Akinwale", ["Deputy Chair"], "Accepted", "Present"],
    ["Cllr Bartholomew Goodbody", [], "Accepted", "Present"],
    ["Cllr Hesketh Scrivenor", [], "Declined", "Apologies – substitute: Cllr Nathaniel Barraclough"],
    ["Cllr Gwenllian Rackstraw", [], "Accepted", "Absent – no apologies received"],
    ["Cllr Roisin Eskdale", [], "Declined", "Apologies"],
    ["Cllr Tamsin Langridge", [], "Accepted", "Present"],
    ["Cllr Deepak Ranganathan", [], "Tentative", "Online – joined 11:05 AM, during item 4"],
    ["Cllr Oswin Upjohn", [], "Tentative", "Present"],
    ["Cllr Saffron Haugen", [], "Accepted", "Present – left 12:05 PM, after item 5"],
  ]},
  { group: "Substitutes", rows: [
    ["Cllr Nathaniel Barraclough", ["Substitute for Cllr Hesketh Scrivenor"], "Accepted", "Present"],
  ]},
  { group: "Officers", rows: [
    ["Dr Imogen Moncrieff", ["Head of Place Economy"], "Accepted", "Present"],
    ["Ruairi Cottam", ["Senior Adviser, Place Economy"], "Accepted", "Present"],
    ["Zainab Papadakis", ["Finance Policy Adviser"], "Accepted", "Present"],
    ["Fergus Aylmer", ["Programme Officer"], "Accepted", "Present"],
    ["Linnea Brisco", ["Member Services Officer", "Note taker"], "Organizer", "Present"],
  ]},
  { group: "Guests", rows: [
    ["Hattie Venables", ["Chief Executive, Southampton Bargate Quarter BID", "Item 5 only"], "Accepted", "Online"],
  ]},
];

// topics: {no, title, presenter, box, notes[], decisions[], actions[[text, assignee, due, done]]}
const TOPICS = [
  {
    no: "1", title: "Welcome, apologies and declarations of interest", presenter: "Cllr Philippa Drummey", box: "5 min",
    notes: [
      "The Chair welcomed members, and Hattie Venables, Chief Executive of Southampton Bargate Quarter BID, who joined online for item 5.",
      "Apologies were received from Cllr Hesketh Scrivenor, for whom Cllr Nathaniel Barraclough attended as substitute, and from Cllr Roisin Eskdale. No apologies were received from Cllr Gwenllian Rackstraw.",
      "Declaration: Cllr Oswin Upjohn declared a non-pecuniary interest in item 4 as a non-executive director of Cheltenham Promenade BID, which received a round 1 grant and has a renewal ballot in June 2064. He took part in the discussion but did not vote.",
      "Declaration: Cllr Tamsin Langridge declared that her business pays the levy to Southampton Bargate Quarter BID (item 5). This is not a disclosable pecuniary interest and she took part in the item.",
    ],
    decisions: [], actions: [],
  },
  {
    no: "2", title: "Minutes of the meeting held on 26 September 2063", presenter: "Cllr Philippa Drummey", box: "5 min",
    notes: [
      "Matters arising: the Chair signed off the response to the Government's consultation on BID regulations (BP-C2) on 10 October, and it was submitted on 12 October 2063.",
    ],
    decisions: ["The minutes of the meeting held on 26 September 2063 were agreed as a correct record."],
    actions: [],
  },
  {
    no: "3", title: "Chair's update", presenter: "Cllr Philippa Drummey", box: "10 min",
    notes: [
      "The Chair met the Minister for High Streets on 30 October 2063 to discuss renewal ballots and the effect of the revaluation on levy income.",
      "She spoke at the National Association of BID Managers' annual conference on 7 November 2063.",
      "On 6 November she extended the cost of collection survey to 28 November 2063, because fewer than two thirds of councils had replied.",
    ],
    decisions: [], actions: [],
  },
  {
    no: "4", title: "Ballot Readiness Grant: round 2", presenter: "Ruairi Cottam, Senior Adviser", box: "30 min",
    notes: [
      "Ruairi Cottam introduced the report. Round 1 awarded nine grants totalling £61,500; £68,500 of the grant budget is left.",
      "Cllr Ifeoma Akinwale, lead member for ballots and renewals, supported the lower maximum grant so that more councils can benefit.",
      "Cllr Aldous Mallabar moved an amendment to recommendation (b), seconded by Cllr Bartholomew Goodbody: councils with a ballot due up to 31 March 2065 should also be eligible, because a renewal ballot takes 12 to 18 months to prepare.",
      "Cllr Saffron Haugen opposed the amendment, as it would spread the grant too thinly.",
      "The amendment was carried by 8 votes to 1. Cllr Upjohn did not vote.",
    ],
    decisions: [
      "Agreed a second round of the Ballot Readiness Grant of up to 12 grants of up to £5,500 each.",
      "As amended: councils are eligible if a BID ballot (new or renewal) in their area is due between 1 April 2064 and 31 March 2065. Councils that received a round 1 grant cannot apply again.",
      "Applications close on 16 January 2064; the Panel will award the grants on 6 February 2064.",
      "Minor changes to the guidance for applicants are delegated to the Head of Place Economy, in consultation with the Chair.",
    ],
    actions: [
      ["Publish the round 2 guidance and open applications", "Ruairi Cottam", "Nov 28, 2063", false],
      ["Promote round 2 through the regional BID networks and the NABM newsletter", "Fergus Aylmer", "Dec 12, 2063", false],
    ],
  },
  {
    no: "5", title: "Levy collection and the cost of collection charge", presenter: "Zainab Papadakis, Finance Policy Adviser; Hattie Venables (guest)", box: "35 min",
    notes: [
      "Zainab Papadakis introduced the report: 16 of the 18 pilot councils had collected 89.4% of the levy billed by 30 September 2063. Derby and Wirral have not sent returns.",
      "Hattie Venables gave a BID's view: BIDs of a similar size pay from £18 to £35 a hereditament for the same service.",
      "Members were divided on a model charge. Cllr Mallabar and Cllr Goodbody said each council must set its own charge; Cllr Clutterbuck and Cllr Haugen said a common method of working out the charge would help.",
      "Cllr Haugen left the meeting at the end of this item.",
    ],
    decisions: [
      "Noted the levy collection position at 30 September 2063.",
      "No model charge will be recommended until the full survey results are known. Officers to bring options for a method of working out the charge to the meeting on 6 February 2064.",
      "Agreed that officers publish a benchmarking report of councils' charges in March 2064.",
    ],
    actions: [
      ["Write to Derby City Council and Wirral Council about their missing Q2 returns", "Zainab Papadakis", "Nov 21, 2063", true],
      ["Options paper on a method of working out the cost of collection charge", "Zainab Papadakis", "Jan 24, 2064", false],
    ],
  },
  {
    no: "6", title: "Work programme tracker and risk register: Quarter 2", presenter: "Fergus Aylmer, Programme Officer", box: "15 min",
    notes: [
      "Fergus Aylmer introduced the tracker. Two actions are off course: BP-B4 (regional training sessions) and BP-C1 (revaluation analysis).",
      "Members asked that risk BPR-02 (renewal ballots fail) is looked at again once the round 2 applications are known.",
    ],
    decisions: [
      "BP-C1: the due date is moved from 31 December 2063 to 31 March 2064.",
      "BP-B4: the Bristol and Birmingham sessions will be held online; the Leeds session stays in person on 23 January 2064.",
      "The tracker and risk register were noted.",
    ],
    actions: [
      ["Update the tracker with today's decisions for the February meeting", "Fergus Aylmer", "Jan 24, 2064", false],
      ["Review risk BPR-02 after the round 2 applications close", "Ruairi Cottam", "Feb 6, 2064", false],
    ],
  },
  {
    no: "7", title: "Any other business", presenter: "Cllr Philippa Drummey", box: "5 min",
    notes: [
      "Cllr Akinwale asked that the induction pack for new members (BP-D2) goes to substitutes as well as members. Agreed.",
      "Next meeting: Wed, Feb 6, 2064 · 10:30 AM, 18 Smith Square.",
    ],
    decisions: [],
    actions: [["Send the induction pack to substitutes as well as members when it is published", "Linnea Brisco", "Jan 31, 2064", false]],
  },
];

const COMMENTS = [
  ["Imogen Moncrieff", "Nov 15, 2063, 11:02 AM", "Please check the vote on the item 4 amendment with the Chair before these go out."],
  ["Linnea Brisco", "Nov 16, 2063, 4:05 PM", "Checked with the Chair: 8 votes to 1 is right."],
];

// ------------------------------------------------------------------ HTML and text from the same content
const H = [];
const T = [];
const line = (s) => T.push(s);

H.push(`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${esc(meta.title)} – Nov 14, 2063 – NoteDesk</title>
<meta name="generator" content="NoteDesk export 3.2">
<style>
body{font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#f6f7f9;margin:0}
.nd-export-banner{background:#fff8c5;border-bottom:1px solid #e6d87a;font-size:12px;padding:6px 24px}
.nd-page{max-width:880px;margin:0 auto;padding:24px}
.nd-crumbs{font-size:12px;color:#656d76}.nd-crumbs span+span:before{content:" › "}
.nd-title{font-size:28px;font-weight:700;margin:8px 0}
.nd-row{font-size:14px;color:#424a53;margin:2px 0}
.nd-pill{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;margin-right:6px;background:#eaeef2}
.nd-pill--draft{background:#ffe2cc;color:#953800}
.nd-section-title{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#656d76;margin:28px 0 8px}
.nd-people-group{font-size:12px;font-weight:600;margin:12px 0 4px;color:#424a53}
.nd-person{display:flex;gap:10px;align-items:center;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin:3px 0}
.nd-avatar{width:26px;height:26px;border-radius:50%;background:#ddf4ff;color:#0969da;font-size:11px;display:inline-flex;align-items:center;justify-content:center;font-weight:600}
.nd-name{font-weight:600;min-width:220px}
.nd-label{font-size:12px;background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:0 6px}
.nd-rsvp{font-size:12px;margin-left:auto;color:#656d76}
.nd-rsvp--Accepted{color:#1a7f37}.nd-rsvp--Declined{color:#cf222e}.nd-rsvp--Tentative{color:#9a6700}
.nd-attendance{font-size:12px;min-width:230px;text-align:right}
.nd-topic{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:14px 0;padding:14px 18px}
.nd-topic-head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.nd-topic-no{font-weight:700;color:#0969da}.nd-topic-title{font-weight:700;font-size:17px}
.nd-chip{font-size:12px;color:#424a53;background:#f6f8fa;border-radius:4px;padding:0 6px}
.nd-block-title{font-size:12px;font-weight:700;margin:10px 0 4px;color:#656d76}
.nd-decisions{border-left:3px solid #1a7f37;background:#dafbe1;padding:4px 12px;border-radius:4px}
.nd-action{display:flex;gap:8px;align-items:center;font-size:14px;margin:4px 0}
.nd-assignee{color:#0969da;background:#ddf4ff;border-radius:999px;padding:0 8px;font-size:12px}
.nd-due{font-size:12px;color:#9a6700}.nd-done .nd-action-text{text-decoration:line-through;color:#656d76}
.nd-comment{font-size:13px;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin:6px 0}
.nd-footer{font-size:11px;color:#8c959f;margin:30px 0 10px}
</style>
</head>
<body>
<div class="nd-export-banner">${esc(meta.banner)}</div>
<div class="nd-page">
<div class="nd-crumbs">${meta.crumbs.map((c) => `<span>${esc(c)}</span>`).join("")}</div>
<div class="nd-title">${esc(meta.title)}</div>
<div class="nd-row nd-when">${esc(meta.when)}</div>
<div class="nd-row nd-where">${esc(meta.where)}</div>
<div class="nd-row nd-series">${esc(meta.series)}</div>
<div class="nd-row">${meta.pills.map((p, i) => `<span class="nd-pill${i === 0 ? " nd-pill--draft" : ""}">${esc(p)}</span>`).join("")}</div>
<div class="nd-row nd-owner">${esc(meta.owner)}</div>`);
line(meta.banner);
line(meta.crumbs.join(" › "));
line(meta.title);
line(meta.when);
line(meta.where);
line(meta.series);
line(meta.pills.join(" "));
line(meta.owner);

const total = PEOPLE.reduce((s, g) => s + g.rows.length, 0);
H.push(`<div class="nd-section-title">Attendees · ${total}</div>`);
line(`Attendees · ${total}`);
for (const g of PEOPLE) {
  H.push(`<div class="nd-people-group">${esc(g.group)}</div>`);
  line(g.group);
  for (const [name, labels, rsvp, att] of g.rows) {
    H.push(`<div class="nd-person"><span class="nd-avatar" aria-hidden="true">${initials(name)}</span><span class="nd-name">${esc(name)}</span>${labels.map((l) => `<span class="nd-label">${esc(l)}</span>`).join("")}<span class="nd-rsvp nd-rsvp--${rsvp}">Invite: ${rsvp}</span><span class="nd-attendance">Attendance: ${esc(att)}</span></div>`);
    line([initials(name), name, ...labels, `Invite: ${rsvp}`, `Attendance: ${att}`].join(" "));
  }
}

H.push(`<div class="nd-section-title">Agenda and notes</div>`);
line("Agenda and notes");
for (const t of TOPICS) {
  H.push(`<div class="nd-topic" id="topic-${t.no}">
<div class="nd-topic-head"><span class="nd-topic-no">${t.no}</span><span class="nd-topic-title">${esc(t.title)}</span><span class="nd-chip">Presenter: ${esc(t.presenter)}</span><span class="nd-chip">${esc(t.box)}</span></div>`);
  line(`${t.no} ${t.title} Presenter: ${t.presenter} ${t.box}`);
  H.push(`<div class="nd-block-title">Notes</div><ul class="nd-notes">${t.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`);
  line("Notes");
  t.notes.forEach(line);
  if (t.decisions.length) {
    H.push(`<div class="nd-block-title">Decisions</div><div class="nd-decisions">${t.decisions.map((d) => `<div class="nd-decision">✔ ${esc(d)}</div>`).join("")}</div>`);
    line("Decisions");
    t.decisions.forEach((d) => line(`✔ ${d}`));
  }
  if (t.actions.length) {
    H.push(`<div class="nd-block-title">Action items</div>`);
    line("Action items");
    for (const [txt, who, due, done] of t.actions) {
      H.push(`<div class="nd-action${done ? " nd-done" : ""}"><input type="checkbox" disabled${done ? " checked" : ""} aria-label="${done ? "Done" : "Open"}"><span class="nd-action-text">${esc(txt)}</span><span class="nd-assignee">@${esc(who)}</span><span class="nd-due">Due ${esc(due)}</span>${done ? `<span class="nd-chip">Done Nov 15</span>` : ""}</div>`);
      line(`${txt} @${who} Due ${due}${done ? " Done Nov 15" : ""}`);
    }
  }
  H.push(`</div>`);
}

H.push(`<div class="nd-section-title">Comments · ${COMMENTS.length}</div>`);
line(`Comments · ${COMMENTS.length}`);
for (const [who, when, c] of COMMENTS) {
  H.push(`<div class="nd-comment"><span class="nd-name">${esc(who)}</span> <span class="nd-chip">${esc(when)}</span><div>${esc(c)}</div></div>`);
  line(`${who} ${when}`);
  line(c);
}
const foot = "NoteDesk · Export 3.2 · This copy shows the meeting notes as they were on Nov 16, 2063, 4:12 PM. Later edits are not included.";
H.push(`<div class="nd-footer">${esc(foot)}</div>
</div>
</body>
</html>
`);
line(foot);

out("docs", BASE + ".html", H.join("\n"));
out("text", BASE + ".txt", T.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
