// Builds docs/playgrounds-panel-teams-attendance-report-2104-11-12.csv and its rendering in text/.
// Layout: A MICROSOFT TEAMS MEETING ATTENDANCE REPORT AS TEAMS DOWNLOADS IT ("Attendance > Download"):
// a file named .csv that is really TAB-SEPARATED and encoded in UTF-16 LITTLE-ENDIAN with a byte order
// mark (FF FE), CRLF line ends. It is not one table but THREE NUMBERED SECTIONS, each a title line
// ("1. Summary", "2. Participants", "3. In-Meeting Activities") followed by its rows and an empty line:
// the summary as two-field "label<TAB>value" rows (meeting title, attended participants, start and end
// time, meeting duration, average attendance time); the participants as a table Name | First Join |
// Last Leave | In-Meeting Duration | Email | Participant ID (UPN) | Role; the activities as a table
// Name | Join Time | Leave Time | Duration | Email | Role with ONE ROW PER SESSION (a member whose
// connection dropped has two). Date-times in the report's US order "11/12/2104, 10:21:37 AM" (the
// meeting was on 12 November 2104), durations "2h 25m 32s". Names are display names as each tenant
// holds them: LGA staff "Forename Surname", two councillors from their own councils' directories as
// "Surname, Forename (Councillor)", one as "Cllr Forename Surname", the guest with "(Guest)" and no
// e-mail, the meeting room's account, and a telephone dial-in shown only as a masked number
// "+44 20 7946 0***" (the notes say who it was). Only people who joined on Teams are listed: members in
// the room are not in it. Roles are Teams roles (Organizer / Presenter / Attendee), not Panel roles.
// Rendering: a line per row, fields joined by " | ", the section titles as lines, empty lines dropped.
// Synthetic test fixture: every person and time is invented.
//   node src/build-teams-attendance-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, TEAMS, TEAMS_DAY, TEAMS_START, TEAMS_END, teamsTotal, teamsSpan, teamsAverage, dur, ampm } from "./common.mjs";

const FILE = DOCS.teams;
const BASE = basename(FILE, extname(FILE));
const at = (t) => `${TEAMS_DAY}, ${ampm(t)}`;
const rows = [];
rows.push(["1. Summary"]);
rows.push(["Meeting title", "Playgrounds and Play Spaces Panel – 12 November 2104 (hybrid)"]);
rows.push(["Attended participants", String(TEAMS.length)]);
rows.push(["Start time", at(TEAMS_START)]);
rows.push(["End time", at(TEAMS_END)]);
rows.push(["Meeting duration", dur(teamsSpan())]);
rows.push(["Average attendance time", dur(teamsAverage())]);
rows.push([]);
rows.push(["2. Participants"]);
rows.push(["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"]);
for (const p of TEAMS) rows.push([p.name, at(p.s[0][0]), at(p.s.at(-1)[1]), dur(teamsTotal(p)), p.email, p.email, p.role]);
rows.push([]);
rows.push(["3. In-Meeting Activities"]);
rows.push(["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"]);
const secs = (t) => { const [h, m, s] = t.split(":").map(Number); return h * 3600 + m * 60 + s; };
const acts = TEAMS.flatMap((p) => p.s.map(([a, b]) => ({ p, a, b }))).sort((x, y) => secs(x.a) - secs(y.a));
for (const { p, a, b } of acts) rows.push([p.name, at(a), at(b), dur(secs(b) - secs(a)), p.email, p.role]);
rows.push([]);

const body = rows.map((r) => r.join("\t")).join("\r\n");
writeFileSync(join(root, "docs", FILE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]));
const out = rows.filter((r) => r.length).map((r) => r.join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
