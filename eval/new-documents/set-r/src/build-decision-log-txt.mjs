// Builds docs/registration-ceremonies-panel-decision-log-2027-06-04.txt (the decision log of the LGA Registration
// and Ceremonies Panel: decisions taken between its meetings of 10 March and 16 June 2027, last updated Friday
// 4 June 2027; item 7 of the meeting of 16 June 2027) and its plain-text rendering
// text/registration-ceremonies-panel-decision-log-2027-06-04.txt (same file name: the document goes into the
// ingest corpus, the rendering into the scorer's corpus).
//
//   node src/build-decision-log-txt.mjs
//
// Layout: plain text of "KEY: VALUE" RECORDS IN THE STYLE OF RFC 822 MAIL HEADERS, one record per decision and
// RECORDS SEPARATED BY A BLANK LINE (no headings, rules or tables). Keys are capitalised words joined by hyphens
// ("Decision-Maker:", "Call-In-Deadline:", "Amended-By:"); a LONG VALUE IS FOLDED onto continuation lines that
// begin with a space (the next key starts in column 1); lines at most 72 columns. The first record describes
// the log itself (Document, Body, Period, Maintained-By, Last-Updated, Authority, Call-In, Format). Dates in
// the records are RFC 822 style ("Tue, 16 Mar 2027"); prose inside values uses "16 March 2027". Not every record
// has the same keys (Amends / Amended-By / Related-Risk / Minute appear in some). Oldest first.
// Rendering: each field as one line "Key: value" with its continuation lines joined by single spaces; the
// blank lines between records dropped.
// Synthetic test fixture: the people, decisions, suppliers and figures are invented.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, MONTHS, DAYS, addWorkingDays, isWorkingDay } from "./common.mjs";

const BASE = "registration-ceremonies-panel-decision-log-2027-06-04";
const CHAIR = "Cllr Merryn Scobie, Chair, after consulting the Vice-Chair (Cllr Oriel Wrathall)";
const HEAD = "Rosenna Hollowood, Head of Civil Registration Policy";

// ---------------------------------------------------------------- content
const LOG = [
  ["Document", "Decision log - decisions taken between meetings"],
  ["Body", "Registration and Ceremonies Panel, Local Government Association"],
  ["Period", "11 March 2027 to 4 June 2027"],
  ["Maintained-By", "Nyasha Deverell, Member Services Officer, 020 7946 0873"],
  ["Last-Updated", "Fri, 4 Jun 2027"],
  ["Authority", "Paragraph 7 of the Panel's terms of reference. The Chair may take a decision that cannot wait until the next meeting, after consulting the Vice-Chair. The Head of Civil Registration Policy may take spending decisions of up to £25,000 for any one item."],
  ["Call-In", "Any three members of the Panel, from at least two political groups, may call in a decision within five working days of its publication. A decision the Chair records as urgent cannot be called in."],
  ["Format", "One record per decision, separated by a blank line, oldest first. Decisions RCD 27/01 to RCD 27/03 are in the log to 10 March 2027. This log is reported to the Panel on 16 June 2027 (item 7)."],
];
// records, oldest first; keys in order
const REC = [
  [
    ["Reference", "RCD 27/04"],
    ["Date", "Tue, 16 Mar 2027"],
    ["Decision-Maker", HEAD],
    ["Subject", "Approved premises fees consultation - survey of small and rural venues"],
    ["Decision", "To commission Castlegate Research Ltd to run a short telephone survey of 60 small and rural venues as part of the consultation on model fees for approved premises, at a cost of £6,900."],
    ["Reasons", "The Panel asked on 10 March 2027 that the consultation should reach small venues and venues in rural areas, which rarely respond to written consultations. Three quotes were received; Castlegate Research Ltd's was the lowest."],
    ["Minute", "10 March 2027, minute 5"],
    ["Interests", "None declared"],
    ["Published", "Wed, 17 Mar 2027"],
    ["Call-In-Deadline", "Wed, 24 Mar 2027"],
    ["Status", "Implemented"],
  ],
  [
    ["Reference", "RCD 27/05"],
    ["Date", "Tue, 23 Mar 2027"],
    ["Decision-Maker", CHAIR],
    ["Subject", "Ceremony Catch-up Fund - round 1 timetable"],
    ["Decision", "To open round 1 of the Ceremony Catch-up Fund (£350,000) for bids from Tuesday 6 April 2027 to Friday 23 April 2027, on the criteria the Panel agreed on 10 March 2027, with grants of up to £30,000 for each council."],
    ["Reasons", "Councils need to know their grants by the middle of May to arrange extra ceremonies from June. A cap of £30,000 spreads the round across at least 12 councils."],
    ["Minute", "10 March 2027, minute 3"],
    ["Interests", "None declared"],
    ["Published", "Wed, 24 Mar 2027"],
    ["Call-In-Deadline", "Fri, 2 Apr 2027"],
    ["Amended-By", "RCD 27/06"],
    ["Status", "Implemented"],
  ],
  [
    ["Reference", "RCD 27/06"],
    ["Date", "Fri, 16 Apr 2027"],
    ["Decision-Maker", CHAIR],
    ["Subject", "Ceremony Catch-up Fund - round 1 closing date"],
    ["Decision", "To extend the closing date of round 1 of the Ceremony Catch-up Fund from Friday 23 April 2027 to Friday 30 April 2027."],
    ["Reasons", "The ceremony booking platform run by Vellum Digital Ltd was unavailable from 12 to 14 April 2027, and councils that use it could not extract the waiting-list figures their bids need. The Chair recorded the decision as urgent because the round would have closed before a call-in could be heard."],
    ["Amends", "RCD 27/05"],
    ["Interests", "None declared"],
    ["Published", "Mon, 19 Apr 2027"],
    ["Call-In-Deadline", "Not applicable - urgent decision"],
    ["Status", "Implemented"],
  ],
  [
    ["Reference", "RCD 27/07"],
    ["Date", "Tue, 11 May 2027"],
    ["Decision-Maker", CHAIR],
    ["Subject", "Ceremony Catch-up Fund - round 1 grants"],
    ["Decision", "To award 19 grants totalling £338,500 from round 1 of the Ceremony Catch-up Fund, as recommended in the officers' assessment of the 31 bids received (worth £512,300 in all), and to add the £11,500 not awarded to round 2."],
    ["Reasons", "The Panel delegated the award of round 1 grants to the Chair on 10 March 2027. The 19 bids recommended scored 60 or more out of 100 against the agreed criteria; the other 12 did not."],
    ["Minute", "10 March 2027, minute 3"],
    ["Interests", "Cllr Oriel Wrathall, consulted as Vice-Chair, declared that Kent County Council had made a bid; the Chair took the decision on Kent's bid without consulting him."],
    ["Published", "Wed, 12 May 2027"],
    ["Call-In-Deadline", "Wed, 19 May 2027"],
    ["Status", "Implemented - no call-in received; grants paid on 28 May 2027"],
  ],
  [
    ["Reference", "RCD 27/08"],
    ["Date", "Mon, 17 May 2027"],
    ["Decision-Maker", HEAD],
    ["Subject", "Digital death registration pilot - four more councils"],
    ["Decision", "To extend the digital death registration pilot from Thursday 1 July 2027 to Cheshire West and Chester Council, Medway Council, Sefton Council and Torbay Council, at a cost of £18,000 for video equipment and training, met from the pilot's existing budget."],
    ["Reasons", "Nine councils expressed interest. The four chosen have the longest average times from death to registration among those that applied, and between them cover urban, coastal and rural areas."],
    ["Minute", "10 March 2027, minute 4"],
    ["Interests", "None declared"],
    ["Published", "Tue, 18 May 2027"],
    ["Call-In-Deadline", "Tue, 25 May 2027"],
    ["Status", "Implemented"],
  ],
  [
    ["Reference", "RCD 27/09"],
    ["Date", "Thu, 27 May 2027"],
    ["Decision-Maker", CHAIR],
    ["Subject", "Response to the Home Office call for evidence on citizenship ceremony fees"],
    ["Decision", "To submit the LGA's response to the Home Office call for evidence on citizenship ceremony fees, asking that the share of the fee paid to councils should cover the full cost of a ceremony and be reviewed every year."],
    ["Reasons", "The call for evidence closed on Friday 28 May 2027, before the Panel's next meeting. The Chair recorded the decision as urgent."],
    ["Related-Risk", "RCR-07"],
    ["Interests", "None declared"],
    ["Published", "Fri, 28 May 2027"],
    ["Call-In-Deadline", "Not applicable - urgent decision"],
    ["Status", "Implemented - response submitted on 28 May 2027"],
  ],
  [
    ["Reference", "RCD 27/10"],
    ["Date", "Wed, 2 Jun 2027"],
    ["Decision-Maker", HEAD],
    ["Subject", "Ceremony booking platform - contract extension"],
    ["Decision", "To extend the contract with Vellum Digital Ltd for the ceremony booking platform by six months, from 1 July 2027 to 31 December 2027, at a cost of £21,600, while a replacement platform is procured."],
    ["Reasons", "The current contract ends on 30 June 2027 and 84 councils book ceremonies through the platform. A procurement for a replacement cannot be completed before the end of the year. The extension allows the LGA to end the contract at one month's notice if the supplier gets into financial difficulty."],
    ["Related-Risk", "RCR-09"],
    ["Interests", "None declared"],
    ["Published", "Thu, 3 Jun 2027"],
    ["Call-In-Deadline", "Thu, 10 Jun 2027"],
    ["Status", "Open for call-in"],
  ],
];

// ---------------------------------------------------------------- checks
const SHORT = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 0 };
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const rfc = (s) => {
  const m = s.match(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[4], MON3.indexOf(m[3]), +m[2]));
  if (d.getUTCDay() !== SHORT[m[1]]) throw new Error("wrong weekday " + s);
  return d;
};
const get = (r, k) => (r.find(([kk]) => kk === k) ?? [])[1];
for (const r of [LOG, ...REC]) for (const [, v] of r) rfc(v); // weekday of every RFC date
const long = JSON.stringify(REC);
for (const m of long.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const r of REC) {
  const d = rfc(get(r, "Date")), pub = rfc(get(r, "Published"));
  if (!isWorkingDay(d) || !isWorkingDay(pub)) throw new Error("not a working day " + get(r, "Reference"));
  if (pub < d || addWorkingDays(d, 2) < pub) throw new Error("published late " + get(r, "Reference"));
  const cd = get(r, "Call-In-Deadline");
  const urgent = cd.startsWith("Not applicable");
  if (!urgent && +rfc(cd) !== +addWorkingDays(pub, 5)) throw new Error(`call-in deadline ${get(r, "Reference")}: ${cd} vs ${addWorkingDays(pub, 5).toISOString()}`);
  if (urgent && !get(r, "Decision-Maker").startsWith("Cllr")) throw new Error("only the Chair takes urgent decisions");
  if (get(r, "Decision-Maker") === HEAD) { const amt = +get(r, "Decision").match(/£([\d,]+)/)[1].replace(/,/g, ""); if (amt > 25000) throw new Error("officer limit"); }
}
if (338500 + 11500 !== 350000 || 250000 + 11500 !== 261500) throw new Error("fund arithmetic");
if (19 * 30000 < 338500) throw new Error("cap");
const refs = REC.map((r) => get(r, "Reference"));
if (refs.join() !== "RCD 27/04,RCD 27/05,RCD 27/06,RCD 27/07,RCD 27/08,RCD 27/09,RCD 27/10") throw new Error("refs");

// ---------------------------------------------------------------- text
const WIDTH = 72;
const fold = (key, value) => {
  const out = [];
  let line = key + ":";
  for (const w of value.split(" ")) {
    if ((line + " " + w).length > WIDTH) { out.push(line); line = " " + w; }
    else line = line + " " + w;
  }
  out.push(line);
  return out;
};
const L = [];
for (const r of [LOG, ...REC]) {
  if (L.length) L.push("");
  for (const [k, v] of r) L.push(...fold(k, v));
}
for (const l of L) if (l.length > WIDTH) throw new Error("line too long: " + l);
const folded = L.filter((l) => l.startsWith(" ")).length;
writeFileSync(join(root, "docs", BASE + ".txt"), L.join("\n") + "\n");

// ---------------------------------------------------------------- rendering
const R = [];
for (const r of [LOG, ...REC]) for (const [k, v] of r) R.push(`${k}: ${v}`);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${L.length} lines, ${folded} continuation lines) and text/${BASE}.txt (${R.length} lines); ${REC.length} decisions`);
