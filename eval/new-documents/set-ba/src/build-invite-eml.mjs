// Builds docs/evctg-updated-invitation-ockenbridge-2136-09-18.eml and its rendering in text/.
// Layout: A GOOGLE CALENDAR "UPDATED INVITATION" E-MAIL SAVED AS .eml (RFC 5322 / MIME) – the host
// council (Ockenbridge City Council, on Google Workspace) invited the Task Group's members and officers
// to the September meeting and site visit, then moved it: the message is what Google Calendar sends every
// guest when an event changes. From the organiser, Sender "Google Calendar <calendar-notification@
// google.com>", Auto-Submitted, Reply-To; THE SUBJECT AN RFC 2047 Q-ENCODED WORD SEQUENCE, folded,
// carrying the new time and the recipient's address ("Updated invitation: … @ Tue 18 Sept 2136 09:45 -
// 14:00 (BST) (…)"). Body: multipart/mixed holding a multipart/alternative of THREE VIEWS OF THE SAME
// EVENT – text/plain (UTF-8, format=flowed, BASE64), text/html (UTF-8, QUOTED-PRINTABLE) and
// text/calendar; method=REQUEST (an iCalendar VEVENT, SEQUENCE:1, with folded lines, escaped commas and
// "\n", one ATTENDEE line per guest with ROLE=REQ-PARTICIPANT or OPT-PARTICIPANT) – and the same
// calendar again as an "invite.ics" attachment (application/ics, base64). The HTML is Google's invitation
// template: schema.org microdata for the event (hidden), layout tables, a "This event has been changed"
// banner, the event title, label rows When / Location / Joining info / Guests, THE OLD TIME AND THE OLD
// ROOM STILL SHOWN, STRUCK THROUGH, ABOVE THE NEW ONES, each new value followed by a "CHANGED" tag; the
// Google Meet link and dial-in with PIN; the guest list with "organiser" and "optional" after names, and
// guests Google has no name for shown only as their e-mail addresses; the organiser's DESCRIPTION (the
// running order of the day, the agenda of eight items with presenters, notes on papers, remote attendance
// and parking); Yes / No / Maybe / More options buttons; Google's footer boilerplate on forwarding.
// Rendering: what a mail client shows – From / To / Date / Subject, then the HTML view a line per block
// (label, value, guest, description line; struck text as ~~text~~), then the attachment's file name.
// MIME structure, hidden microdata, the plain-text and calendar views and the headers a client hides are
// left out.
// Synthetic test fixture: every person, address, link, number and arrangement is invented.
//   node src/build-invite-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, OFFICERS as O, HOST, P, PEOPLE, MEMBERS, full } from "./common.mjs";

const FILE = DOCS.invite;
const BASE = basename(FILE, extname(FILE));
const TO = O.anouk.email;
const TITLE = "EVCTG meeting and site visit – Ockenbridge";
const WHEN_OLD = "Tuesday 18 Sept 2136 ⋅ 10:30 – 15:30 (British Summer Time)";
const WHEN_NEW = "Tuesday 18 Sept 2136 ⋅ 09:45 – 14:00 (British Summer Time)";
const ADDR = "Ockenbridge Civic Centre, Guildhall Square, Ockenbridge OB1 4GS";
const LOC_OLD = `Council Chamber, ${ADDR}`;
const LOC_NEW = `Committee Room 2, ${ADDR}`;
const MEET = "meet.google.com/vzq-hmtr-kxe";
const DIAL = "(GB) +44 20 7946 0709";
const PIN = "PIN: 483 016 275#";
const SUBJECT = `Updated invitation: ${TITLE} @ Tue 18 Sept 2136 09:45 - 14:00 (BST) (${TO})`;
const DATE = "Tue, 4 Sep 2136 16:12:07 +0100";
const FROM = `${HOST.lucan.name} <${HOST.lucan.email}>`;

const DESCRIPTION = [
  `Updated 4 September: the Council Chamber is not available on the day, so the meeting will be in Committee Room 2, and we have moved the site visit to the morning. Please note the new times. Lucan`,
  "",
  `${BODY} – Tuesday 18 September 2136, hosted by Ockenbridge City Council`,
  "",
  "09:45 Meet in the Civic Centre main reception. Minibus to the Lantern Hill cable gully pilot (about 40 minutes on site; hi-vis vests provided, please wear sensible shoes)",
  "10:50 Back at the Civic Centre; tea and coffee",
  "11:15 Meeting, Committee Room 2 (hybrid)",
  "13:15 Lunch",
  "14:00 Close",
  "",
  "Agenda",
  "1. Welcome, apologies and substitutes",
  "2. Declarations of interest",
  "3. Minutes of the meeting on 12 June 2136 and action log",
  `4. EV Charging Programme: delivery plan update (${O.talia.name})`,
  `5. Neighbourhood Chargepoint Fund: round 1 position and round 2 budget (${O.talia.name}) – for decision`,
  `6. Ockenbridge cable gully pilot: what we have learned (${HOST.priyanka.name}, Ockenbridge City Council)`,
  `7. Open chargepoint data standard v2: consultation findings (${"Cllr " + full("tremlow")} and ${"Cllr " + full("fenwick")})`,
  "8. Any other business",
  "",
  `Papers will be sent by the LGA on Wednesday 12 September. Members joining remotely, please tell ${O.anouk.name} (${O.anouk.email}) by Friday 14 September so that we can test the link. Parking: spaces are reserved in the Guildhall Square car park; the EV charging bays on level 1 are free for visitors.`,
];

// guests as Google lists them: organiser first, then those it has a name for, then bare addresses
const OPTIONAL = [O.gideon, O.rhiannon, O.emeka];
const GUESTS = [
  { label: HOST.lucan.name, email: HOST.lucan.email, tag: "organiser" },
  { label: HOST.priyanka.name, email: HOST.priyanka.email },
  { label: full("brannock"), email: P.brannock.email },
  ...MEMBERS.filter((m) => m.k !== "brannock").map((m) => ({ label: m.email, email: m.email })),
  { label: O.talia.email, email: O.talia.email },
  { label: O.anouk.email, email: O.anouk.email },
  ...OPTIONAL.map((o) => ({ label: o.email, email: o.email, tag: "optional" })),
];
const guestLine = (g) => g.label + (g.tag ? ` - ${g.tag}` : "");

// ------------------------------------------------------------------ encodings
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const qp = (s) => {
  const bytes = Buffer.from(s, "utf8");
  let line = "", out = [];
  const push = (tok) => { if (line.length + tok.length > 75) { out.push(line + "="); line = ""; } line += tok; };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) { out.push(line); line = ""; continue; }
    if (b === 0x0d) continue;
    const ch = String.fromCharCode(b);
    const next = bytes[i + 1];
    if ((b === 0x20 || b === 0x09) && (next === 0x0a || next === undefined)) push("=" + b.toString(16).toUpperCase().padStart(2, "0"));
    else if (b >= 33 && b <= 126 && b !== 61) push(ch);
    else if (b === 0x20) push(" ");
    else push("=" + b.toString(16).toUpperCase().padStart(2, "0"));
  }
  out.push(line);
  return out.join("\r\n");
};
const b64 = (s) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
// RFC 2047 Q words for a header: only letters, digits and ! * + - / are left as they are
const qWords = (s) => {
  const enc = [...Buffer.from(s, "utf8")].map((b) => (b === 0x20 ? "_" : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0")));
  const words = []; let cur = "";
  for (const t of enc) { if (cur.length + t.length > 60) { words.push(cur); cur = ""; } cur += t; }
  words.push(cur);
  return words.map((w) => `=?UTF-8?Q?${w}?=`).join("\r\n ");
};
const icsText = (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
const fold = (line) => { // 75 octets a line, continuation lines begin with a space
  const b = Buffer.from(line, "utf8"); const parts = []; let i = 0, first = true;
  while (i < b.length) { let n = first ? 75 : 74; while (i + n < b.length && (b[i + n] & 0xc0) === 0x80) n--; parts.push((first ? "" : " ") + b.subarray(i, i + n).toString("utf8")); i += n; first = false; }
  return parts.join("\r\n");
};

// ------------------------------------------------------------------ the three views
const render = [];
render.push(`From: ${FROM}`, `To: ${TO}`, `Date: ${DATE}`, `Subject: ${SUBJECT}`, "");
const html = [];
const h = (s) => html.push(s);
h(`<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title></title>`);
h(`<style>body{margin:0;padding:0;-webkit-text-size-adjust:100%}table,td{border-collapse:collapse}.primary-text{color:#3c4043;font-family:Roboto,Helvetica,Arial,sans-serif}.secondary-text{color:#70757a}.grey-button-text,.accent-text{color:#1a73e8}@media screen and (max-width:580px){.main-container-inner{padding:24px !important}}</style></head>`);
h(`<body style="background-color:#ffffff"><span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event"><meta itemprop="eventStatus" content="http://schema.org/EventRescheduled"/><meta itemprop="startDate" content="2136-09-18T08:45:00Z"/><meta itemprop="endDate" content="2136-09-18T13:00:00Z"/><span itemprop="location" itemscope itemtype="http://schema.org/Place"><meta itemprop="address" content="${esc(LOC_NEW)}"/></span></span><span style="display:none" itemprop="object" itemscope itemtype="http://schema.org/Event"><div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Google Calendar"/></div></span></span>`);
h(`<table border="0" cellpadding="0" cellspacing="0" role="presentation" align="center" style="width:100%;max-width:600px" class="main-container"><tr><td class="main-container-inner" style="border:solid 1px #dadce0;border-radius:8px;padding:24px 32px">`);
h(`<table role="presentation" width="100%"><tr><td><div class="primary-text" style="font-size:14px;background:#e8f0fe;border-radius:4px;padding:8px 12px">This event has been changed.</div></td></tr></table>`);
render.push("This event has been changed.");
h(`<div class="primary-text" role="article"><h2 class="primary-text" style="font-size:22px;font-weight:400;margin:16px 0"><span itemprop="name">${esc(TITLE)}</span></h2>`);
render.push(TITLE);
const row = (label, inner) => h(`<table role="presentation" width="100%" style="padding-bottom:12px"><tr><td style="width:100px;vertical-align:top"><h3 class="primary-text" style="font-size:14px;font-weight:700;margin:0">${label}</h3></td><td style="vertical-align:top">${inner}</td></tr></table>`);
const changed = `<span style="color:#d93025;font-size:11px;font-weight:700;letter-spacing:.8px;margin-left:8px">CHANGED</span>`;
row("When", `<span class="secondary-text" style="text-decoration:line-through">${esc(WHEN_OLD)}</span><br><span class="primary-text">${esc(WHEN_NEW)}</span> ${changed}`);
render.push("When", `~~${WHEN_OLD}~~`, `${WHEN_NEW} CHANGED`);
row("Location", `<span class="secondary-text" style="text-decoration:line-through">${esc(LOC_OLD)}</span><br><span class="primary-text">${esc(LOC_NEW)}</span> ${changed}<br><a class="accent-text" href="https://www.google.com/maps/search/Committee+Room+2,+Ockenbridge+Civic+Centre?hl=en-GB">View map</a>`);
render.push("Location", `~~${LOC_OLD}~~`, `${LOC_NEW} CHANGED`, "View map");
row("Joining info", `<a class="accent-text" href="https://${MEET}?hs=224" style="display:inline-block;background:#1a73e8;color:#ffffff;border-radius:4px;padding:8px 16px;text-decoration:none">Join with Google Meet</a><div class="secondary-text"><a href="https://${MEET}?hs=224">${MEET}</a></div><div class="primary-text" style="margin-top:8px">Join by phone</div><div class="primary-text">${esc(DIAL)} ${esc(PIN)}</div><div><a class="accent-text" href="https://tel.meet/vzq-hmtr-kxe?pin=4830162751928&amp;hs=1">More phone numbers</a></div>`);
render.push("Joining info", "Join with Google Meet", MEET, "Join by phone", `${DIAL} ${PIN}`, "More phone numbers");
row("Guests", `<div>${GUESTS.map((g) => `<div><a class="primary-text" href="mailto:${g.email}" style="text-decoration:none">${esc(g.label)}</a>${g.tag ? `<span class="secondary-text"> - ${g.tag}</span>` : ""}</div>`).join("")}<div><a class="accent-text" href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NGsydjlxN2MxaDh3M2ZuYjBkNXQ2eHBsZWogYW5vdWsuZGVsaXNsZS1iYXJrZXJAbG9jYWwuZ292LnVr&amp;ctz=Europe%2FLondon&amp;hl=en_GB&amp;es=1">View all guest info</a></div></div>`);
render.push("Guests", ...GUESTS.map(guestLine), "View all guest info");
h(`<div class="primary-text" style="font-size:14px;margin-top:8px;white-space:pre-wrap;word-wrap:break-word" itemprop="description">${DESCRIPTION.map(esc).join("<br>")}</div>`);
render.push(...DESCRIPTION.filter(Boolean));
h(`<table role="presentation" style="margin-top:24px;border-top:1px solid #dadce0;width:100%"><tr><td style="padding-top:16px"><div class="primary-text" style="font-size:12px">Reply for <a href="mailto:${TO}">${TO}</a></div><table role="presentation"><tr>${["Yes", "No", "Maybe"].map((v) => `<td style="padding:8px 4px"><a class="grey-button-text" href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGsydjlxN2MxaDh3M2ZuYjBkNXQ2eHBsZWo&amp;rst=${v === "Yes" ? 1 : v === "No" ? 2 : 3}&amp;tok=MTkjbHVjYW4uZmVycmlkYXlAb2NrZW5icmlkZ2UuZ292LnVr&amp;ctz=Europe%2FLondon&amp;hl=en_GB&amp;es=1" style="border:solid 1px #dadce0;border-radius:16px;padding:6px 20px;text-decoration:none">${v}</a></td>`).join("")}<td style="padding:8px 4px"><a class="grey-button-text" href="https://calendar.google.com/calendar/event?action=VIEW&amp;eid=NGsydjlxN2MxaDh3M2ZuYjBkNXQ2eHBsZWo&amp;hl=en_GB&amp;es=1">More options</a></td></tr></table></td></tr></table>`);
render.push(`Reply for ${TO}`, "Yes", "No", "Maybe", "More options");
const FOOT1 = "Invitation from Google Calendar";
const FOOT2 = "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.";
const FOOT3 = "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more";
h(`<table role="presentation" style="width:100%"><tr><td class="secondary-text" style="font-size:12px;padding-top:24px"><p><a href="https://calendar.google.com/calendar/" class="secondary-text">${FOOT1}</a></p><p>${FOOT2}</p><p>${FOOT3.replace("Learn more", `<a href="https://support.google.com/calendar/answer/37135#forwarding">Learn more</a>`)}</p></td></tr></table>`);
render.push(FOOT1, FOOT2, FOOT3);
h(`</div></td></tr></table></body></html>`);
render.push("invite.ics");

const plain = [
  "This event has been changed.", "", `Title: ${TITLE}`, ...DESCRIPTION, "",
  "When", "CHANGED", WHEN_NEW, "", "Location", "CHANGED", LOC_NEW, `https://www.google.com/maps/search/Committee+Room+2,+Ockenbridge+Civic+Centre?hl=en-GB`, "",
  "Joining info", `Join with Google Meet`, `https://${MEET}`, "", "Join by phone", `${DIAL} ${PIN}`, "", `More phone numbers: https://tel.meet/vzq-hmtr-kxe?pin=4830162751928`, "",
  "Guests", ...GUESTS.map(guestLine), "View all guest info", "https://calendar.google.com/calendar/event?action=VIEW&eid=NGsydjlxN2MxaDh3M2ZuYjBkNXQ2eHBsZWogYW5vdWsuZGVsaXNsZS1iYXJrZXJAbG9jYWwuZ292LnVr", "",
  `Reply for ${TO} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NGsydjlxN2MxaDh3M2ZuYjBkNXQ2eHBsZWo`,
  `Your attendance is required.`, "", "~~//~~", `${FOOT1}: https://calendar.google.com/calendar/`, "", FOOT2, "", FOOT3.replace("Learn more", "Learn more https://support.google.com/calendar/answer/37135#forwarding"), "",
].join("\n");

const ics = [
  "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
  "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
  "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
  "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
  "BEGIN:VEVENT", "DTSTART;TZID=Europe/London:21360918T094500", "DTEND;TZID=Europe/London:21360918T140000", "DTSTAMP:21360904T151207Z",
  `ORGANIZER;CN=${HOST.lucan.name}:mailto:${HOST.lucan.email}`, "UID:4k2v9q7c1h8w3fnb0d5t6xplej@google.com",
  ...GUESTS.map((g) => `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=${g.tag === "optional" ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT"};PARTSTAT=${g.tag === "organiser" ? "ACCEPTED" : "NEEDS-ACTION"};RSVP=${g.tag === "organiser" ? "FALSE" : "TRUE"};CN=${g.label};X-NUM-GUESTS=0:mailto:${g.email}`),
  "X-GOOGLE-CONFERENCE:https://" + MEET, "CREATED:21360613T091544Z",
  `DESCRIPTION:${icsText(DESCRIPTION.join("\n") + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://" + MEET + "\nOr dial: " + DIAL.replace("(GB) ", "") + " PIN: 483016275#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")}`,
  "LAST-MODIFIED:21360904T151207Z", `LOCATION:${icsText(LOC_NEW)}`, "SEQUENCE:1", "STATUS:CONFIRMED", `SUMMARY:${icsText(TITLE)}`, "TRANSP:OPAQUE",
  "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder", "SUMMARY:Alarm notification", `ATTENDEE:mailto:${TO}`, "TRIGGER:-P0DT0H30M0S", "END:VALARM",
  "END:VEVENT", "END:VCALENDAR",
].map(fold).join("\r\n") + "\r\n";

const B1 = "000000000000f3c9a1061a8e2b47", B2 = "000000000000f3c99f061a8e2b45";
const eml = [
  `Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [203.0.113.69])`,
  `        by mx1.local.gov.uk with SMTPS id 9f2c31d7a0e4;`,
  `        ${DATE}`,
  "Return-Path: <3Z7HYZxcKBtQ4B1E0CKxA-1C4BO7x1KT.xE25BL2OB0BLE2KyOx7DY.AKO@calendar-server.bounces.google.com>",
  "MIME-Version: 1.0",
  `Reply-To: ${FROM}`,
  "Sender: Google Calendar <calendar-notification@google.com>",
  "Auto-Submitted: auto-generated",
  "Message-ID: <calendar-7d0b6e84-5c1f-4a3e-9b62-1f0c8e2d4a57@google.com>",
  `Date: ${DATE}`,
  `Subject: ${qWords(SUBJECT)}`,
  `From: ${FROM}`,
  `To: ${TO}`,
  `Content-Type: multipart/mixed; boundary="${B1}"`,
  "",
  `--${B1}`,
  `Content-Type: multipart/alternative; boundary="${B2}"`,
  "",
  `--${B2}`,
  `Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes`,
  "Content-Transfer-Encoding: base64",
  "",
  b64(plain),
  `--${B2}`,
  `Content-Type: text/html; charset="UTF-8"`,
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(html.join("\n")),
  `--${B2}`,
  `Content-Type: text/calendar; charset="UTF-8"; method=REQUEST`,
  "Content-Transfer-Encoding: 7bit",
  "",
  ics.trimEnd(),
  `--${B2}--`,
  `--${B1}`,
  `Content-Type: application/ics; name="invite.ics"`,
  `Content-Disposition: attachment; filename="invite.ics"`,
  "Content-Transfer-Encoding: base64",
  "",
  b64(ics),
  `--${B1}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", FILE), eml);
writeFileSync(join(root, "text", BASE + ".txt"), render.join("\n").replace(/\n{3,}/g, "\n\n") + "\n");
console.log(`wrote docs/${FILE} (${GUESTS.length} guests)`);
