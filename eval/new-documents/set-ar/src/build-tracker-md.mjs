// Builds docs/bid-panel-work-programme-tracker-2063-64-q2.md (a Hugo content file: TOML front matter between
// +++ fences, shortcodes {{< status "amber" >}} and {{% rag red %}} in table cells and text, paired shortcodes
// around blocks, HTML inside table cells) and its rendering text/bid-panel-work-programme-tracker-2063-64-q2.txt
// (front matter lines kept, headings without #, table rows as "cell | cell", bold markers and list dashes
// removed, shortcodes and HTML kept exactly as written, as a reader of the file sees them).
//
//   node src/build-tracker-md.mjs
import { out } from "./common.mjs";

const BASE = "bid-panel-work-programme-tracker-2063-64-q2";
const S = (c) => `{{< status "${c}" >}}`;
const R = (c) => `{{% rag ${c} %}}`;

// [ref, action, lead, due, q1, q2, progress]
const WS = [
  {
    title: "Workstream A: Levy collection and billing",
    lead: "Cllr Aldous Mallabar (Vice-Chair)",
    rows: [
      ["BP-A1", "Refresh the model operating agreement between billing authorities and BIDs", "Ruairi Cottam", "31 Dec 2063", "green", "amber",
        "Draft with the LGA's lawyers. Comments from two councils on the enforcement clauses are still open.<br><small>Linked risk: BPR-04</small>"],
      ["BP-A2", "Survey of all billing authorities on their cost of collection charge", "Zainab Papadakis", "<del>31 Oct 2063</del><br>28 Nov 2063", "green", "green",
        "112 of 190 councils had replied by 30 September 2063."],
      ["BP-A3", "Quarterly levy collection returns from the 18 pilot councils, with analysis", "Zainab Papadakis", "Quarterly", "green", "green",
        `Q2 returns were due by 22 October 2063; see the [Q2 pivot tables]({{< ref "levy-returns-q2" >}}).`],
    ],
  },
  {
    title: "Workstream B: Ballots and renewals",
    lead: "Cllr Ifeoma Akinwale (Deputy Chair)",
    rows: [
      ["BP-B1", "Refresh the guidance for electoral services teams running BID ballots", "Ruairi Cottam", "30 Nov 2063", "green", "green",
        "Drafted with two returning officers; out for comment until 31 October 2063."],
      ["BP-B2", "Ballot Readiness Grant round 1: assess and award", "Ruairi Cottam", "31 Oct 2063", "green", "blue",
        "14 applications. The Panel awarded nine grants totalling £61,500 on 26 September 2063."],
      ["BP-B3", "Ballot Readiness Grant round 2", "Ruairi Cottam", "31 Mar 2064", "grey", "grey",
        "Proposals go to the Panel on 14 November 2063 (item 4)."],
      ["BP-B4", "Three regional training sessions for electoral services teams", "Fergus Aylmer", "31 Jan 2064", "green", "red",
        "Only the Leeds session is booked. Venues in Bristol and Birmingham cost more than the budget allows.<br><strong>Panel asked to agree that two sessions are held online.</strong>"],
    ],
  },
  {
    title: "Workstream C: Evidence and influence",
    lead: "Cllr Philippa Drummey (Chair)",
    rows: [
      ["BP-C1", "Analysis of the effect of the 2063 business rates revaluation on levy income", "Zainab Papadakis", "31 Dec 2063", "amber", "red",
        `Valuation data from the <abbr title="Valuation Office Agency">VOA</abbr> is delayed to late November, so the analysis cannot finish by 31 December.<br><strong>Panel asked to move the due date to 31 March 2064.</strong>`],
      ["BP-C2", "Response to the Government's consultation on BID regulations", "Dr Imogen Moncrieff", "12 Oct 2063", "amber", "green",
        "Draft agreed by the Panel on 26 September 2063; the Chair to sign it off."],
      ["BP-C3", "Publish the BID survey 2063", "Fergus Aylmer", "31 Aug 2063", "amber", "blue",
        "Published on 12 September 2063, two weeks late."],
    ],
  },
  {
    title: "Workstream D: Panel governance",
    lead: "Cllr Marisol Clutterbuck (Deputy Chair)",
    rows: [
      ["BP-D1", "Review the Panel's terms of reference", "Linnea Brisco", "31 Mar 2064", "grey", "green",
        "Members' views were gathered at the July meeting; a draft will come in February 2064."],
      ["BP-D2", "Induction pack for new members", "Linnea Brisco", "31 Jul 2063", "amber", "amber",
        "Late: it waits for the model operating agreement (BP-A1). Now expected in January 2064."],
    ],
  },
];

// [ref, risk, owner, L, I, rating, since Q1, controls]
const RISKS = [
  ["BPR-01", "Councils do not send their quarterly levy returns, so the Panel's evidence is incomplete", "Zainab Papadakis", 3, 3, "amber", "same",
    "Reminders at 5 and 10 working days; councils that have not returned are named in reports to the Panel"],
  ["BPR-02", "Renewal ballots fail in 2064 as town centre vacancies rise", "Ruairi Cottam", 4, 4, "red", "up from 12",
    "Ballot Readiness Grant; ballot guidance refresh (BP-B1); peer support from BIDs that renewed in 2063"],
  ["BPR-03", "The Ballot Readiness Grant is underspent because councils lack the capacity to apply", "Ruairi Cottam", 3, 2, "green", "new",
    "Round 2 promoted through regional networks; a shorter application form"],
  ["BPR-04", "A legal challenge to a council's cost of collection charge undermines the model operating agreement", "Dr Imogen Moncrieff", 2, 5, "amber", "same",
    "Legal advice on the charging clauses before BP-A1 is published"],
  ["BPR-05", "Late revaluation data stops the levy income analysis (BP-C1)", "Zainab Papadakis", 5, 3, "red", "up from 9",
    "Ask the Panel to move BP-C1 to 31 March 2064; use councils' own billing data in the meantime"],
  ["BPR-06", "The Panel is inquorate after members change at the May 2064 elections", "Linnea Brisco", 2, 3, "green", "down from 8",
    "Substitutes briefed; the terms of reference review (BP-D1) to consider a quorum of four"],
];

// checks: bands and counts
const band = (s) => (s >= 15 ? "red" : s >= 8 ? "amber" : "green");
for (const r of RISKS) if (band(r[3] * r[4]) !== r[5]) throw new Error(`${r[0]} rating does not match its score`);
const all = WS.flatMap((w) => w.rows);
const count = (q, c) => all.filter((r) => r[q] === c).length;
const q2 = { green: count(5, "green"), amber: count(5, "amber"), red: count(5, "red"), blue: count(5, "blue"), grey: count(5, "grey") };
console.log("Q2 counts", q2, "Q1 counts", { green: count(4, "green"), amber: count(4, "amber"), grey: count(4, "grey") });
const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

const L = [];
L.push(`+++
title = "Work programme tracker and risk register: Quarter 2 2063/64"
linkTitle = "Tracker Q2 2063/64"
date = 2063-11-02T09:30:00Z
lastmod = 2063-11-09T16:05:00Z
draft = false
weight = 60
summary = "Progress on the Panel's 12 work programme actions and six risks at 30 September 2063, for item 6 on 14 November 2063."
tags = ["work programme", "risk register", "2063-64"]
[params]
  panel = "Business Improvement Districts Panel"
  meeting = 2063-11-14
  agenda_item = 6
  period_end = "30 September 2063"
  author = "Fergus Aylmer"
  author_role = "Programme Officer"
  phone = "020 7946 0639"
  email = "fergus.aylmer@local.gov.uk"
  paper_status = "For noting"
[[resources]]
  src = "files/bidp-tracker-q2-2063-64.xlsx"
  title = "Tracker workbook (Excel)"
[menu.panel]
  parent = "Meetings 2063/64"
+++

{{< lead >}}
This page reports the Panel's work programme 2063/64 at the end of Quarter 2 (30 September 2063), and the Panel's risk register. It is item 6 for the meeting on 14 November 2063.
{{< /lead >}}

<!--more-->

{{< alert type="info" >}}
**Updated 9 November 2063.** BP-A2's due date has changed since this page was first published on 2 November: the Chair extended the cost of collection survey to 28 November 2063 (decision of 6 November). No rating has changed.
{{< /alert >}}

## Ratings

Each action is rated at the end of Quarter 1 and at the end of Quarter 2. The rating is shown as a coloured dot:

- ${S("green")} on course – will be delivered by the due date
- ${S("amber")} at risk – may miss the due date; officers are acting on it
- ${S("red")} off course – will miss the due date unless the Panel decides otherwise
- ${S("blue")} done – delivered
- ${S("grey")} not started – not due to start yet

At the end of Quarter 2, ${words[q2.green]} actions were on course, ${words[q2.amber]} at risk, ${words[q2.red]} off course and ${words[q2.blue]} done; ${words[q2.grey]} has not started.
`);
for (const w of WS) {
  L.push(`## ${w.title}

Lead member: ${w.lead}

| Ref | Action | Lead officer | Due | Q1 | Q2 | Progress at 30 September 2063 |
|-----|--------|--------------|-----|:--:|:--:|-------------------------------|`);
  for (const r of w.rows) L.push(`| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} | ${S(r[4])} | ${S(r[5])} | ${r[6]} |`);
  L.push("");
}
L.push(`## Risk register

Each risk is scored for likelihood (L) and impact (I) from 1 to 5; the score is L × I. Ratings: ${R("red")} 15 to 25, ${R("amber")} 8 to 12, ${R("green")} 1 to 6.

| Ref | Risk | Owner | L | I | Score | Rating | Since Q1 | Controls and further action |
|-----|------|-------|:-:|:-:|:-----:|:------:|----------|-----------------------------|`);
for (const r of RISKS) L.push(`| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} | ${r[4]} | ${r[3] * r[4]} | ${R(r[5])} | ${r[6]} | ${r[7]} |`);
L.push(`
{{< details summary="Changes since Quarter 1" >}}
- BP-B2 and BP-C3 are done.
- BP-B4 and BP-C1 are now off course; BP-C2 is back on course.
- BPR-03 is a new risk. BPR-02 and BPR-05 have risen; BPR-06 has fallen.
{{< /details >}}

## Contact

{{< contact name="Fergus Aylmer" role="Programme Officer" phone="020 7946 0639" email="fergus.aylmer@local.gov.uk" >}}
`);
const md = L.join("\n");
out("docs", BASE + ".md", md);

// rendering
const lines = md.split("\n");
const txt = [];
let inFront = false;
lines.forEach((line, i) => {
  if (line.trim() === "+++") { inFront = i === 0; return; }
  if (inFront) { txt.push(line.trim()); return; }
  if (/^\|\s*:?-+/.test(line)) return;
  if (line.startsWith("|")) {
    txt.push(line.replace(/^\|\s*|\s*\|\s*$/g, "").split(/\s+\|\s+/).join(" | "));
    return;
  }
  txt.push(line.replace(/^#+\s*/, "").replace(/\*\*/g, "").replace(/^- /, ""));
});
out("text", BASE + ".txt", txt.join("\n").replace(/\n{3,}/g, "\n\n"));
console.log(`wrote docs/${BASE}.md and text/${BASE}.txt`);
