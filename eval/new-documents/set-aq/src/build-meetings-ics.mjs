// Builds docs/pollinators-verges-task-group-meetings-2092-93.txt, the Task Group's meetings calendar as
// Outlook exports it ("Save as iCalendar", then saved as .txt), and its rendering in text/.
// Layout: raw iCalendar (RFC 5545): VCALENDAR / VTIMEZONE / VEVENT blocks; properties in Outlook's
// alphabetical order (ATTENDEE and DESCRIPTION before DTSTART, SUMMARY near the end); values escaped
// ("\n" for a line break, "\," and "\;"); every content line longer than 75 octets FOLDED onto
// continuation lines that begin with one space, wherever the 75th octet falls, mid-word included;
// CRLF line ends; attendees with ROLE=CHAIR / REQ-PARTICIPANT / OPT-PARTICIPANT and PARTSTAT
// ACCEPTED / DECLINED / TENTATIVE; one event cancelled ("Canceled:", STATUS:CANCELLED) and one moved
// (SEQUENCE:2). The rendering in text/ is the calendar as a reader takes it in: lines unfolded, values
// unescaped (a "\n" becomes a new line).
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-meetings-ics.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, PARENT, OFFICERS, GROUPS } from "./common.mjs";

const BASE = "pollinators-verges-task-group-meetings-2092-93";
const O = OFFICERS;
const TZ = 'TZID="GMT Standard Time"';
const contact = `Contact: ${O.ellerker.name}, ${O.ellerker.post}, ${O.ellerker.phone}, ${O.ellerker.email}`;

// ------------------------------------------------------------------ content lines [name(;params), value, escape?]
const L = [];
const prop = (name, value, escape = true) => L.push([name, value, escape]);
const raw = (line) => L.push([line, null, false]);

raw("BEGIN:VCALENDAR");
prop("PRODID", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", false);
prop("VERSION", "2.0", false);
prop("METHOD", "PUBLISH", false);
prop("X-CALSTART", "20920901T000000Z", false);
prop("X-CALEND", "20930630T120000Z", false);
prop("X-CLIPSTART", "20920831T230000Z", false);
prop("X-CLIPEND", "20930630T230000Z", false);
prop("X-WR-RELCALID", "{0000002E-5D19-B1A3-74C0-2F5E9A6B1C03}", false);
prop("X-WR-CALNAME", `${BODY} 2092-93`);
prop("X-PRIMARY-CALENDAR", "FALSE", false);
prop("X-OWNER;CN=\"PVTG clerk\"", "mailto:pvtg@local.gov.uk", false);
prop("X-MS-OLK-WKHRSTART;TZID=\"GMT Standard Time\"", "090000", false);
prop("X-MS-OLK-WKHREND;TZID=\"GMT Standard Time\"", "173000", false);
prop("X-MS-OLK-WKHRDAYS", "MO,TU,WE,TH,FR", false);
raw("BEGIN:VTIMEZONE");
prop("TZID", "GMT Standard Time", false);
raw("BEGIN:STANDARD");
prop("DTSTART", "16011028T020000", false);
prop("RRULE", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", false);
prop("TZOFFSETFROM", "+0100", false);
prop("TZOFFSETTO", "-0000", false);
raw("END:STANDARD");
raw("BEGIN:DAYLIGHT");
prop("DTSTART", "16010325T010000", false);
prop("RRULE", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", false);
prop("TZOFFSETFROM", "-0000", false);
prop("TZOFFSETTO", "+0100", false);
raw("END:DAYLIGHT");
raw("END:VTIMEZONE");

const mail = (name) => name.replace(/^Cllr /, "").toLowerCase().replace(/ /g, ".");
const allMembers = GROUPS.flatMap((g) => g.members);
function event(e) {
  raw("BEGIN:VEVENT");
  for (const a of e.attendees ?? [])
    prop(`ATTENDEE;CN="${a.name}";ROLE=${a.role};PARTSTAT=${a.stat};RSVP=TRUE`, `mailto:${a.mail}`, false);
  prop("CLASS", "PUBLIC", false);
  prop("CREATED", e.created, false);
  prop("DESCRIPTION", e.description);
  prop(`DTEND;${TZ}`, e.end, false);
  prop("DTSTAMP", "20930112T091537Z", false);
  prop(`DTSTART;${TZ}`, e.start, false);
  prop("LAST-MODIFIED", e.modified, false);
  prop("LOCATION", e.location);
  prop(`ORGANIZER;CN="${e.organiser.name}"`, `mailto:${e.organiser.email}`, false);
  prop("PRIORITY", "5", false);
  prop("SEQUENCE", String(e.sequence ?? 0), false);
  if (e.status) prop("STATUS", e.status, false);
  prop("SUMMARY;LANGUAGE=en-gb", e.summary);
  prop("TRANSP", e.status ? "TRANSPARENT" : "OPAQUE", false);
  prop("UID", e.uid, false);
  prop("X-MICROSOFT-CDO-BUSYSTATUS", e.status ? "FREE" : "BUSY", false);
  prop("X-MICROSOFT-CDO-IMPORTANCE", "1", false);
  prop("X-MICROSOFT-DISALLOW-COUNTER", "FALSE", false);
  prop("X-MS-OLK-AUTOFILLLOCATION", "FALSE", false);
  prop("X-MS-OLK-CONFTYPE", e.online ? "1" : "0", false);
  if (!e.status) {
    raw("BEGIN:VALARM");
    prop("TRIGGER", "-PT15M", false);
    prop("ACTION", "DISPLAY", false);
    prop("DESCRIPTION", "Reminder", false);
    raw("END:VALARM");
  }
  raw("END:VEVENT");
}
const uid = (n) => `040000008200E00074C5B7101A82E00800000000${n}0000000000000000100000003F2A6C1D9E0B4A4F8C27D5E1B06A9F3`;

// 3 December 2092: the full agenda and who accepted
const att = [];
const who = (m, role, stat) => att.push({ name: m.name, role, stat, mail: `${mail(m.name)}@members.local.gov.uk` });
const stat = { "Cllr Radhika Wimpory": "DECLINED", "Cllr Xanthe Puddifoot": "DECLINED", "Cllr Hector Smallbones": "TENTATIVE" };
for (const m of allMembers) who(m, m.role === "Chair" ? "CHAIR" : "REQ-PARTICIPANT", stat[m.name] ?? "ACCEPTED");
who(GROUPS[1].sub, "OPT-PARTICIPANT", "ACCEPTED");
for (const g of [GROUPS[0], GROUPS[2], GROUPS[3]]) who(g.sub, "OPT-PARTICIPANT", "NEEDS-ACTION");
att.push({ name: "Dr Eluned Mordaunt", role: "NON-PARTICIPANT", stat: "ACCEPTED", mail: "e.mordaunt@vergeecology.org.uk" });
for (const k of ["stribling", "burstow", "frogley", "ivatt", "jeffcoate"]) att.push({ name: O[k].name, role: "OPT-PARTICIPANT", stat: "ACCEPTED", mail: O[k].email });

event({
  created: "20920626T101544Z", modified: "20921126T083012Z", start: "20921203T110000", end: "20921203T133000", online: true,
  uid: uid("A07C1"), organiser: O.ellerker, attendees: att,
  location: "Smith Square 1&2, Ground Floor, 18 Smith Square, London SW1P 3HZ; Microsoft Teams Meeting",
  summary: BODY,
  description: [
    `Hybrid meeting of the ${BODY}. Members joining online should use the Teams link below.`,
    "",
    "Agenda",
    "1. Welcome, apologies and substitutes",
    "2. Declarations of interest",
    "3. Note of the meeting on 17 September 2092",
    `4. Delivery plan 2092/93: progress at quarter 2 – ${O.burstow.name}`,
    `5. Pesticide-Free Pavements Pilot: interim evaluation – ${O.frogley.name}, with Dr Eluned Mordaunt, Director of Science, Verge Ecology Network`,
    `6. Cut and Collect Equipment Fund round 2: recommended awards – ${O.jeffcoate.name} (Appendix A not for publication)`,
    `7. Invasive non-native species: survey and good practice guide – ${O.ivatt.name} (verbal update)`,
    `8. Risk register – ${O.burstow.name}`,
    "9. Any other business",
    "",
    "Papers were published on Tuesday 25 November 2092; the paper for item 5 will follow.",
    "Pre-meeting for the Chair and the group leads at 10.15 in Room 2.14. Lunch will be served after the meeting.",
    "",
    "________________________________________________________________________________",
    "Microsoft Teams meeting",
    "Join on your computer, mobile app or room device",
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_UFZUR19EZWNfMjA5Mg%40thread.v2/0?context=%7b%22Tid%22%3a%22pvtg%22%7d>",
    "Meeting ID: 381 552 907 114",
    "Passcode: Vg7Kp2",
    "________________________________________________________________________________",
    "",
    contact,
  ].join("\n"),
});

// 17 September 2092
event({
  created: "20920626T101212Z", modified: "20920909T154401Z", start: "20920917T110000", end: "20920917T130000",
  uid: uid("A07B9"), organiser: O.ellerker,
  location: "Westminster Room, 18 Smith Square, London SW1P 3HZ",
  summary: BODY,
  description: [
    `Meeting of the ${BODY}.`,
    "",
    "Agenda",
    "1. Welcome, apologies and substitutes",
    "2. Declarations of interest",
    "3. Note of the inaugural meeting on 9 July 2092",
    `4. Delivery plan 2092/93 and the quarter 1 position – ${O.burstow.name}`,
    `5. Verges for Pollinators guidance: launch and take-up – ${O.burstow.name}`,
    `6. Invasive species survey – ${O.ivatt.name}`,
    "7. Any other business",
    "",
    "Papers will be published on Tuesday 9 September 2092.",
    contact,
  ].join("\n"),
});

// 22 October 2092: site visit
event({
  created: "20920925T112030Z", modified: "20921015T093300Z", start: "20921022T100000", end: "20921022T150000",
  uid: uid("A0811"), organiser: O.ellerker,
  location: "Wiltshire Council highways depot, Devizes",
  summary: "Members' site visit: cut-and-collect verges, Wiltshire",
  description: [
    `Site visit for members of the ${BODY} to see cut-and-collect verge management on the verges of the main roads around Devizes, arranged with Wiltshire Council (action PVA-06).`,
    "",
    "Travel: a minibus leaves the forecourt of Chippenham station at 10.00 and returns there by 15.00. Members travelling by car should go straight to the depot for 10.40.",
    "Please bring boots and waterproofs; hi-vis vests will be provided. Lunch at the depot.",
    "Host: Cllr Mabel Oakenfull, lead member for verges and pollinators.",
    `On the day: ${O.ellerker.name}, mobile 07700 900417`,
  ].join("\n"),
});

// 11 March 2093 (moved from 4 March)
event({
  created: "20920626T101801Z", modified: "20921205T141122Z", start: "20930311T110000", end: "20930311T130000", online: true, sequence: 2,
  uid: uid("A07D4"), organiser: O.ellerker,
  location: "Smith Square 3&4, Ground Floor, 18 Smith Square, London SW1P 3HZ; Microsoft Teams Meeting",
  summary: `${BODY} – NOTE NEW DATE`,
  description: [
    "PLEASE NOTE: this meeting has moved from Wednesday 4 March 2093 to Wednesday 11 March 2093, because 18 Smith Square is closed for building works from 2 to 6 March 2093. The start time is unchanged.",
    "",
    "Provisional agenda",
    "1. Welcome, apologies and substitutes",
    "2. Declarations of interest",
    "3. Minutes of the meeting on 3 December 2092 (for signature)",
    `4. Pesticide-Free Pavements Pilot: options for 2093/94 – ${O.frogley.name}`,
    "5. Safety cuts at junctions and bends – with the Highway Verge Engineers' Forum (invited)",
    `6. Delivery plan 2092/93: progress at quarter 3 – ${O.burstow.name}`,
    `7. Risk register – ${O.burstow.name}`,
    "8. Any other business",
    "",
    "Papers will be published on Tuesday 3 March 2093.",
    contact,
  ].join("\n"),
});

// 14 January 2093: cancelled workshop
event({
  created: "20921010T160210Z", modified: "20921208T101455Z", start: "20930114T140000", end: "20930114T153000", online: true, sequence: 1,
  status: "CANCELLED", uid: uid("A0862"), organiser: O.ivatt,
  location: "Microsoft Teams Meeting",
  summary: "Canceled: Informal workshop – invasive species good practice guide",
  description: [
    "This workshop has been cancelled. The invasive species survey has been reopened until 31 January 2093, so there is not yet enough evidence to discuss a draft of the good practice guide. The workshop will be rearranged after the Task Group's March meeting.",
    "",
    `${O.ivatt.name}, ${O.ivatt.post}`,
  ].join("\n"),
});

// 10 June 2093
event({
  created: "20920626T101933Z", modified: "20920626T101933Z", start: "20930610T110000", end: "20930610T130000",
  uid: uid("A07E8"), organiser: O.ellerker,
  location: "To be confirmed",
  summary: `${BODY} (annual meeting)`,
  description: `Provisional. The Task Group will agree its annual report to the ${PARENT} and its delivery plan for 2093/94. The venue will be confirmed in the spring.\n${contact}`,
});
raw("END:VCALENDAR");

// ------------------------------------------------------------------ write
const escapeValue = (v) => v.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
function fold(line) {
  // RFC 5545 3.1: lines longer than 75 octets are split, the continuation starting with one space
  const out = [];
  let cur = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (octets + n > limit) {
      out.push(cur);
      cur = " ";
      octets = 1;
      limit = 75;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out;
}
const file = [];
const text = [];
for (const [name, value, esc] of L) {
  if (value === null) {
    file.push(name);
    text.push(name);
    continue;
  }
  file.push(...fold(`${name}:${esc ? escapeValue(value) : value}`));
  text.push(...`${name}:${value}`.split("\n"));
}
writeFileSync(join(root, "docs", BASE + ".txt"), file.join("\r\n") + "\r\n");
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log("wrote", BASE);
