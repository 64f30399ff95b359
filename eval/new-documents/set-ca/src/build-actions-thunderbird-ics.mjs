// docs/phtg-action-log-thunderbird-tasks-2582-03-20.ics: the clerk's "PHTG actions" task list, kept in
// Thunderbird's Tasks and EXPORTED AS AN ICALENDAR FILE OF VTODO COMPONENTS (File > Export, "iCalendar
// (*.ics)"), on Wednesday 20 March 2582: no events at all, one VTODO per action, whose state is only in
// STATUS (NEEDS-ACTION / IN-PROCESS / COMPLETED / CANCELLED), PERCENT-COMPLETE and, when done, a COMPLETED
// timestamp in UTC; due dates as DUE;VALUE=DATE:YYYYMMDD; the owner as an ATTENDEE's CN (two for a shared
// action) and, for most, typed again on an "Owner:" line of the DESCRIPTION; priority as a number (1 high,
// 5 normal, 9 low); the minute in CATEGORIES and the DESCRIPTION; a sub-task tied to its parent only by
// RELATED-TO and the parent's UID. Thunderbird's X-MOZ- properties, a VTIMEZONE for Europe/London,
// property order as Thunderbird writes it, values escaped (\n, \, and \;) and every content line longer
// than 75 octets folded onto continuation lines that begin with a space, wherever the 75th octet falls –
// mid-word or mid-number; CRLF line ends.
// Also writes text/<base>.txt: the file's content lines unfolded and unescaped (a DESCRIPTION's line
// breaks as lines), without BEGIN / END lines, the time zone and the bookkeeping properties (UID,
// DTSTAMP, CREATED, LAST-MODIFIED, SEQUENCE, X-MOZ-…).
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, ACTIONS, OFFICERS, P, cllr } from "./common.mjs";

const escText = (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
const enc = new TextEncoder();
// fold at 75 octets, never inside a UTF-8 sequence
const fold = (line) => {
  const out = [];
  let cur = "", bytes = 0, limit = 75;
  for (const ch of line) {
    const b = enc.encode(ch).length;
    if (bytes + b > limit) { out.push(cur); cur = ""; bytes = 0; limit = 74; }
    cur += ch; bytes += b;
  }
  out.push(cur);
  return out.join("\r\n ");
};
const stamp = (iso) => iso.replace(/[-:]/g, "").replace(/\.\d+/, "");
const dueDate = (iso) => iso.replace(/-/g, "");
const mail = (k) => (P[k] ? `${P[k].fore.toLowerCase()}.${P[k].sur.toLowerCase()}@${P[k].council.split(" ")[0].toLowerCase()}.gov.uk` : OFFICERS[k].email);
const cn = (k) => (P[k] ? cllr(k) : OFFICERS[k].name);
const uid = (ref) => `${ref.toLowerCase()}-${[...ref].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16)}-4c1e-9b7a-phtg@lga`;

const F = [], R = [];
const prop = (name, value, { render = true, raw = false } = {}) => {
  const v = raw ? value : escText(value);
  F.push(fold(`${name}:${v}`));
  if (render) for (const [i, part] of `${name}:${value}`.split("\n").entries()) R.push(part);
};
const bare = (l) => F.push(fold(l));

bare("BEGIN:VCALENDAR");
bare("PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN");
bare("VERSION:2.0");
prop("X-WR-CALNAME", "PHTG actions");
bare("BEGIN:VTIMEZONE");
bare("TZID:Europe/London");
bare("BEGIN:DAYLIGHT");
bare("TZOFFSETFROM:+0000");
bare("TZOFFSETTO:+0100");
bare("TZNAME:BST");
bare("DTSTART:19700329T010000");
bare("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3");
bare("END:DAYLIGHT");
bare("BEGIN:STANDARD");
bare("TZOFFSETFROM:+0100");
bare("TZOFFSETTO:+0000");
bare("TZNAME:GMT");
bare("DTSTART:19701025T020000");
bare("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10");
bare("END:STANDARD");
bare("END:VTIMEZONE");

const created = (a) => (a.minute.endsWith("22 November 2581") ? "25811123T094500Z" : "25820315T101000Z");
const ownerLine = (a) => !["PHA-34", "PHA-36"].includes(a.ref); // two tasks name their owner only as an attendee
const todo = (a, parent) => {
  bare("BEGIN:VTODO");
  bare(`CREATED:${created(a)}`);
  bare(`LAST-MODIFIED:${a.completed ? stamp(a.completed) : "25820320T083000Z"}`);
  bare(`DTSTAMP:${a.completed ? stamp(a.completed) : "25820320T083000Z"}`);
  bare(`UID:${uid(a.ref)}`);
  prop("SUMMARY", `${a.ref} ${a.text}`);
  prop("STATUS", a.status);
  prop("PRIORITY", String(a.prio));
  prop("CATEGORIES", `PHTG,${a.minute.split(",")[0]}`, { raw: true });
  if (parent) prop(`RELATED-TO;RELTYPE=PARENT`, uid(parent), { raw: true });
  prop("DUE;VALUE=DATE", dueDate(a.due), { raw: true });
  if (a.completed) prop("COMPLETED", stamp(a.completed), { raw: true });
  prop("PERCENT-COMPLETE", String(a.pct));
  prop("ORGANIZER;CN=\"Clementine Youlden\"", `mailto:${OFFICERS.youlden.email}`, { raw: true, render: false });
  const partstat = a.status === "COMPLETED" ? "COMPLETED" : a.status === "IN-PROCESS" ? "IN-PROCESS" : "NEEDS-ACTION";
  for (const k of [a.owner, a.also].filter(Boolean)) prop(`ATTENDEE;CN="${cn(k)}";PARTSTAT=${partstat};ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL`, `mailto:${mail(k)}`, { raw: true });
  const desc = [`${a.minute}.`];
  if (ownerLine(a)) desc.push(`Owner: ${a.also ? `${cn(a.owner)} with ${cn(a.also)}` : cn(a.owner)}`);
  if (a.notes) desc.push(a.notes);
  prop("DESCRIPTION", desc.join("\n"));
  bare("CLASS:PUBLIC");
  bare(`SEQUENCE:${a.completed ? 3 : 1}`);
  bare(`X-MOZ-GENERATION:${a.completed ? 4 : 2}`);
  if (a.prio === 1 && !a.completed) bare("X-MOZ-LASTACK:25820318T090000Z");
  bare("END:VTODO");
};
for (const a of ACTIONS) todo(a);
// a sub-task the clerk added under PHA-33
todo({ ref: "PHA-33a", text: "Chase Harkmoor, Wellbeck and Orlestone for their bank details", owner: "youlden", minute: "Minute 5, 14 March 2582", due: "2582-03-22", status: "NEEDS-ACTION", pct: 0, prio: 5, notes: "Sub-task of PHA-33." }, "PHA-33");
bare("END:VCALENDAR");

writeFileSync(join(root, "docs", DOCS.tasks), F.join("\r\n") + "\r\n");
writeFileSync(join(root, "text", basename(DOCS.tasks, extname(DOCS.tasks)) + ".txt"), R.join("\n") + "\n");
console.log("wrote", DOCS.tasks);
