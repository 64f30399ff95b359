// Builds docs/cmstg-calendar-2671-72-google-export.ics and its rendering in text/.
// Layout: A GOOGLE CALENDAR EXPORT (Settings > Import & export > Export: one .ics per calendar) of the
// clerk's shared "CMSTG" calendar, downloaded on 13 November 2671. RFC 5545 as Google writes it: CRLF line
// ends, LINES FOLDED AT 75 OCTETS (a continuation line starts with a space, so words and names are cut in
// two), TEXT values escaped (\, \; \n), a VTIMEZONE block, Google's property order (DTSTART, DTEND, RRULE,
// EXDATE, DTSTAMP, ORGANIZER, UID, ATTENDEE…, X-GOOGLE-CONFERENCE, CREATED, DESCRIPTION, LAST-MODIFIED,
// LOCATION, SEQUENCE, STATUS, SUMMARY, TRANSP). The meetings are ONE RECURRING EVENT: DTSTART on 18 July
// 2671 and RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=3TU;COUNT=5, so the September, November, January and March
// dates exist only as the rule's expansion; an EXDATE deletes the January instance; A SECOND VEVENT WITH THE
// SAME UID AND A RECURRENCE-ID moves the November instance (21 November 14:00 → Thursday 23 November 10:30,
// another venue, its own agenda and attendees' answers); the rearranged January meeting is a separate event.
// DESCRIPTIONS ARE HTML as Google's editor stores them (<b>, <br>, <ul>/<ol><li>, <a href>), escaped as
// iCalendar text, with AGENDA ITEM NUMBERS ONLY AS <ol> POSITIONS (Part B an <ol start="10">) and Google
// Meet's "-::~:~::~:…" conference block in plain text. Membership is the series' description and its
// ATTENDEE lines (ROLE=REQ-PARTICIPANT for members, OPT-PARTICIPANT for substitutes and officers,
// PARTSTAT=ACCEPTED / DECLINED / TENTATIVE / NEEDS-ACTION, a room as CUTYPE=RESOURCE).
// Rendering: the calendar as read: unfolded and unescaped, one property a line ("NAME;PARAMS:value"), the
// HTML of a DESCRIPTION without its tags, a line per paragraph, <br> or list item; UID, DTSTAMP, CREATED,
// LAST-MODIFIED, SEQUENCE, TRANSP, X-… and the VTIMEZONE block left out; a blank line between components.
// Synthetic test fixture: every person, council, figure and date is invented.
//   node src/build-calendar-google-ics.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, BOARD, FUND, PEOPLE, P, MEMBERS, SUBS, OFFICERS as O, NOV_PARTSTAT, GUEST, URGENT } from "./common.mjs";

const FILE = DOCS.calendar;
const BASE = basename(FILE, extname(FILE));
const UID = "4q8n2c6v1k0j7s5m3r9t1b2d6f@google.com";
const STAMP = "26711113T091522Z";
const TZ = "TZID=Europe/London";
const esc = (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
const amp = (s) => s.replace(/&/g, "&amp;");

// fold a content line at 75 octets, never inside a UTF-8 character
function fold(line) {
  const out = [];
  let cur = "", bytes = 0, limit = 75;
  for (const ch of line) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > limit) { out.push(cur); cur = " "; bytes = 1; limit = 75; }
    cur += ch; bytes += b;
  }
  out.push(cur);
  return out.join("\r\n");
}

const comps = []; // [{lines:[[name, params, value(raw, unescaped)]], desc}]
const raw = [];
const rendering = [];
const R = (s) => rendering.push(s);

function prop(name, params, value, textValue = false) {
  const v = textValue ? esc(value) : value;
  raw.push(fold(`${name}${params ? ";" + params : ""}:${v}`));
}
const attendee = (cn, email, role, partstat, cutype = "INDIVIDUAL") =>
  [`CUTYPE=${cutype};ROLE=${role};PARTSTAT=${partstat};CN=${/[,;:]/.test(cn) ? `"${cn}"` : cn};X-NUM-GUESTS=0`, `mailto:${email}`];

// description: HTML; its rendering lines are the HTML's blocks without tags
const descLines = (html) =>
  html
    .replace(/<br>|<\/li>|<\/p>|<ol[^>]*>|<ul>|<\/ol>|<\/ul>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .split("\n").map((s) => s.trim()).filter(Boolean);

function vevent(e) {
  raw.push("BEGIN:VEVENT");
  const show = []; // rendering lines of this event, in file order
  const P_ = (name, params, value, text = false, render = true) => {
    prop(name, params, value, text);
    if (render) show.push(`${name}${params ? ";" + params : ""}:${value}`);
  };
  P_("DTSTART", e.allDay ? "VALUE=DATE" : TZ, e.start);
  P_("DTEND", e.allDay ? "VALUE=DATE" : TZ, e.end);
  if (e.rrule) P_("RRULE", "", e.rrule);
  if (e.exdate) P_("EXDATE", TZ, e.exdate);
  P_("DTSTAMP", "", STAMP, false, false);
  P_("ORGANIZER", `CN=${O.cosmo.name}`, `mailto:${O.cosmo.email}`);
  P_("UID", "", e.uid ?? UID, false, false);
  if (e.recurrenceId) P_("RECURRENCE-ID", TZ, e.recurrenceId);
  for (const [params, v] of e.attendees ?? []) P_("ATTENDEE", params, v);
  if (e.meet) P_("X-GOOGLE-CONFERENCE", "", e.meet, false, false);
  P_("CREATED", "", e.created, false, false);
  prop("DESCRIPTION", "", e.desc, true);
  const dl = descLines(e.desc);
  show.push("DESCRIPTION:" + dl[0], ...dl.slice(1));
  P_("LAST-MODIFIED", "", e.modified, false, false);
  if (e.location) P_("LOCATION", "", e.location, true);
  P_("SEQUENCE", "", String(e.seq ?? 0), false, false);
  P_("STATUS", "", "CONFIRMED");
  P_("SUMMARY", "", e.summary, true);
  P_("TRANSP", "", e.allDay ? "TRANSPARENT" : "OPAQUE", false, false);
  raw.push("END:VEVENT");
  // rendering: SUMMARY first (as a calendar shows an event), then the rest in file order
  R(show.find((l) => l.startsWith("SUMMARY:")));
  for (const l of show) if (!l.startsWith("SUMMARY:")) R(l);
  R("");
}

// ------------------------------------------------------------------ calendar header
raw.push("BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH");
const CALNAME = `${SHORT} – ${BODY}`;
const CALDESC = `Meetings, site visits and deadlines of the ${BODY} (${SHORT}), a member task group of the ${BOARD}. Kept by ${O.cosmo.name}, ${O.cosmo.post}.`;
prop("X-WR-CALNAME", "", CALNAME, true);
prop("X-WR-TIMEZONE", "", "Europe/London");
prop("X-WR-CALDESC", "", CALDESC, true);
R("X-WR-CALNAME:" + CALNAME);
R("X-WR-TIMEZONE:Europe/London");
R("X-WR-CALDESC:" + CALDESC);
R("");
raw.push(
  "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
  "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
  "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
  "END:VTIMEZONE",
);

// ------------------------------------------------------------------ the series (master)
const roleLine = (p) => {
  const who = `Cllr ${p.name} (${p.group}, ${p.council})`;
  if (p.role === "Chair" || p.role === "Vice-Chair" || p.role === "Deputy Chair") return `${who} – ${p.role}`;
  if (p.lead) return `${who} – lead member for ${p.lead}`;
  if (p.from) return `${who} – Member from ${p.from}, in place of Cllr ${P.haverley.name}`;
  return `${who} – Member`;
};
const MEET = "https://meet.google.com/qzr-vfkt-hwe";
const MEETBLOCK = "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n" +
  `Join with Google Meet: ${MEET}\nOr dial: (GB) +44 20 7946 0000 PIN: 418 552 907#\nMore phone numbers: https://tel.meet/qzr-vfkt-hwe?pin=6620418552907\n\n` +
  "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-";
const seriesDesc =
  `<b>${BODY} (${SHORT})</b><br>A member task group of the ${BOARD}. Meets on the third Tuesday of every other month, 14:00–16:30, in Room 2.4, 18 Smith Square. Members may join on Google Meet, but only members in the room may vote.<br><br>` +
  `<b>Membership 2671/72</b><ul>${MEMBERS.map((p) => `<li>${roleLine(p)}</li>`).join("")}</ul>` +
  `<b>Named substitutes:</b> ${SUBS.map((p) => `Cllr ${p.name} (${p.group}, ${p.council})`).join("; ")}<br><br>` +
  `Quorum: four members.<br>Lead officer: ${O.anselm.name}, ${O.anselm.post}, ${O.anselm.phone}<br>` +
  `Clerk: ${O.cosmo.name}, ${O.cosmo.post}, ${O.cosmo.phone}, <a href="mailto:${O.cosmo.email}">${O.cosmo.email}</a><br><br>` +
  `Papers are posted in the members' channel on Mattermost (~cmstg-members) and on the website a week before each meeting.`;
const officerAtt = (k, ps = "ACCEPTED") => attendee(O[k].name, O[k].email, "OPT-PARTICIPANT", ps);
const memberAtt = (p, ps) => attendee(`Cllr ${p.name}`, p.email, p.role === "Substitute" ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT", ps);
const seriesAtt = [
  attendee(O.cosmo.name, O.cosmo.email, "REQ-PARTICIPANT", "ACCEPTED"),
  ...MEMBERS.map((p) => memberAtt(p, "ACCEPTED")),
  ...SUBS.map((p) => memberAtt(p, "NEEDS-ACTION")),
  officerAtt("anselm"), officerAtt("yusuf"), officerAtt("philippa"), officerAtt("delphine"),
  attendee("18 Smith Square-2-Room 2.4 (24)", "c_1886f3b0a2d94e7cbb15@resource.calendar.google.com", "REQ-PARTICIPANT", "ACCEPTED", "RESOURCE"),
];
vevent({
  start: "26710718T140000", end: "26710718T163000",
  rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=3TU;COUNT=5", exdate: "26720116T140000",
  attendees: seriesAtt, meet: MEET, created: "26710602T101544Z", modified: "26711102T164011Z", seq: 4,
  desc: seriesDesc + MEETBLOCK,
  location: "Room 2.4, 18 Smith Square, London SW1P 3HZ",
  summary: BODY,
});

// ------------------------------------------------------------------ the November instance, moved (RECURRENCE-ID)
const novDesc =
  `<b>Moved</b> from Tuesday 21 November to Thursday 23 November 2671, 10:30–13:00, and held at Wexmoor County Hall, so that members can visit the temporary body store at Marlhaven in the afternoon (separate invitation).<br><br>` +
  `<b>Agenda</b><ol>` +
  [
    "Welcome, apologies and substitutes",
    "Declarations of interest",
    "Minutes of the meeting held on 19 September 2671 (for approval)",
    `Action log – ${O.anselm.name}`,
    `Performance and risk, quarter 2 2671/72 – ${O.yusuf.name}`,
    `${FUND}: round 1 recommendations, and the Chair's urgency decision of ${URGENT.date} to be reported – ${O.anselm.name} and ${O.philippa.name}`,
    `Medical examiners: the first year of statutory scrutiny – ${O.delphine.name}`,
    `Inquest backlog recovery plan – Cllr ${P.badmus.name}, lead member for inquests`,
    "Forward plan and dates for 2672",
  ].map((s) => `<li>${amp(s)}</li>`).join("") +
  `</ol><b>Part B – not open to the public</b><ol start="10"><li>${FUND} round 1: commercial details of the bids (exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972: the financial or business affairs of any particular person)</li></ol>` +
  `Papers will be published on Wednesday 15 November 2671.<br>Substitutes: please tell ${O.cosmo.fore} by 5pm on Monday 20 November.<br>Lunch is provided for members going on the site visit.`;
const novAtt = [
  attendee(O.cosmo.name, O.cosmo.email, "REQ-PARTICIPANT", "ACCEPTED"),
  ...[...MEMBERS, ...SUBS].map((p) => memberAtt(p, NOV_PARTSTAT[p.k])),
  officerAtt("anselm"), officerAtt("yusuf"), officerAtt("philippa"), officerAtt("delphine"),
  attendee("Wexmoor County Hall-Council Chamber (60)", "c_55e0a91c7d3b4f2a8e60@resource.calendar.google.com", "REQ-PARTICIPANT", "ACCEPTED", "RESOURCE"),
];
vevent({
  start: "26711123T103000", end: "26711123T130000", recurrenceId: "26711121T140000",
  attendees: novAtt, meet: MEET, created: "26710602T101544Z", modified: "26711103T085230Z", seq: 6,
  desc: novDesc + MEETBLOCK,
  location: "Council Chamber, Wexmoor County Hall, Castle Street, Wexmoor WX1 2QH",
  summary: `${BODY} (moved to Thu 23 Nov)`,
});

// ------------------------------------------------------------------ other events
vevent({
  uid: "7h1c5e9p3w2x8y0z4a6b1n3m5q@google.com",
  start: "26711123T143000", end: "26711123T160000",
  attendees: [attendee(O.cosmo.name, O.cosmo.email, "REQ-PARTICIPANT", "ACCEPTED"), ...["featherstonhaugh", "mahmoud", "dunsforth", "obiora", "badmus", "strachey", "fenwick", "grisewood"].map((k) => memberAtt(P[k], "ACCEPTED")), officerAtt("anselm")],
  created: "26711025T102211Z", modified: "26711103T085544Z", seq: 1,
  desc: `Site visit after the meeting. Hosted by ${GUEST.name}, ${GUEST.post}, and Wexmoor County Council's bereavement services team.<br>The coach leaves Wexmoor County Hall at 13:45 and is back by 16:45.<br>Members only. Personal protective equipment will be provided; no photographs, please.`,
  location: "Temporary body store, Unit 7, Marlhaven Business Park, Marlhaven MH4 8TN",
  summary: `${SHORT} site visit: temporary body store, Marlhaven`,
});
vevent({
  uid: "2b8d4f6h0j1k3l5n7p9r2t4v6x@google.com", allDay: true, start: "26711108", end: "26711109",
  created: "26710919T151030Z", modified: "26711025T102540Z", seq: 1,
  desc: `Final reports for the meeting of 23 November to ${O.cosmo.name} by 5pm, cleared by the lead officer.`,
  summary: `${SHORT} reports deadline (23 November meeting)`,
});
vevent({
  uid: "9c3e5g7i1k2m4o6q8s0u3w5y7a@google.com", start: "26711116T093000", end: "26711116T101500",
  attendees: [attendee(O.cosmo.name, O.cosmo.email, "REQ-PARTICIPANT", "ACCEPTED"), memberAtt(P.featherstonhaugh, "ACCEPTED"), memberAtt(P.mahmoud, "ACCEPTED"), officerAtt("anselm"), officerAtt("yusuf"), officerAtt("philippa")],
  meet: "https://meet.google.com/hwa-pcnd-ubz", created: "26711025T102903Z", modified: "26711025T102903Z",
  desc: `Chair's briefing on the papers for 23 November. Chair and Vice-Chair with ${O.anselm.fore}, ${O.yusuf.fore} and ${O.philippa.fore}. Online only.`,
  summary: `${SHORT} Chair's briefing`,
});
vevent({
  uid: "5d7f9h1j3l0n2p4r6t8v1x3z5b@google.com", allDay: true, start: "26711020", end: "26711021",
  created: "26710919T151511Z", modified: "26710922T090112Z",
  desc: `Round 1 of the ${FUND} closes at noon. Bids to ${O.anselm.email}.`,
  summary: `${FUND} round 1 – bids close`,
});
vevent({
  uid: "8e0g2i4k6m1o3q5s7u9w2y4a6c@google.com", start: "26720130T140000", end: "26720130T163000",
  attendees: [attendee(O.cosmo.name, O.cosmo.email, "REQ-PARTICIPANT", "ACCEPTED"), ...MEMBERS.map((p) => memberAtt(p, "NEEDS-ACTION")), officerAtt("anselm", "NEEDS-ACTION")],
  meet: MEET, created: "26711102T163822Z", modified: "26711102T164011Z",
  desc: `Replaces the meeting of Tuesday 16 January 2672, which was cancelled because it clashed with the ${BOARD}.<br>HM Senior Coroner for Carrowfield has accepted an invitation to this meeting (action CMA-25).`,
  location: "Room 2.4, 18 Smith Square, London SW1P 3HZ",
  summary: `${BODY} (rearranged from 16 Jan)`,
});
raw.push("END:VCALENDAR");

writeFileSync(join(root, "docs", FILE), raw.join("\r\n") + "\r\n");
while (rendering.at(-1) === "") rendering.pop();
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
