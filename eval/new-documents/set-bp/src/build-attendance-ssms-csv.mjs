// Builds docs/phiftg-attendance-query-results-2268-12-07.csv and its rendering in text/.
// Layout: A SQL SERVER MANAGEMENT STUDIO RESULT GRID SAVED WITH "SAVE RESULTS AS… CSV". The clerk ran a
// query against the committee system's database (membership LEFT JOIN attendance, one row per person on
// the roll per meeting of 2268/69) and saved the grid as SSMS does: a header row of the query's column
// names (MeetingDate, MemberID, TGRole, SubstituteForMemberID, CountsForQuorum …), NO QUOTING AT ALL – so
// the one note with a comma in it spills into an extra, unnamed column – the literal word NULL in every
// empty cell (a substitute who was not called has NULL attendance), datetimes as "2268-11-12
// 00:00:00.000", bit columns as 0 / 1, party as the system's code (CON, LAB, LD, GRN, IND), UTF-8 with a
// byte-order mark and CRLF line ends. WHOM A SUBSTITUTE STOOD IN FOR IS ONLY AN ID (SubstituteForMemberID)
// that must be looked up in another row's MemberID; a former member is known only by her AppointedTo
// date, her replacement only by his AppointedFrom; lead members' portfolios are in a Portfolio column
// that is NULL for everyone else; remote attendance counts as attendance but not for the quorum (0).
// Rendering: the header row, then every row's fields as a spreadsheet shows them (split at every comma),
// joined by " | ", NULL kept.
// Synthetic test fixture: every person, council and attendance is invented.
//   node src/build-attendance-ssms-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, PEOPLE, P, MEETINGS, ATTEND, APPOINTED, ROLE_ORDER, onRoll } from "./common.mjs";

const FILE = DOCS.attendance;
const BASE = basename(FILE, extname(FILE));
const dt = (iso) => (iso ? `${iso} 00:00:00.000` : "NULL");
const HEAD = ["MeetingDate", "MeetingID", "MemberID", "Salutation", "Forename", "Surname", "Council", "PartyCode", "TGRole", "Portfolio", "AppointedFrom", "AppointedTo", "Attendance", "SubstituteForMemberID", "CountsForQuorum", "Notes"];
const rows = [];
for (const m of MEETINGS.filter((m) => ATTEND[m.iso])) {
  const a = ATTEND[m.iso];
  const roll = onRoll(m.iso).sort((x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role] || x.sur.localeCompare(y.sur));
  for (const p of roll) {
    let att = "NULL", subFor = "NULL", quorum = "NULL";
    if (a.P.includes(p.k)) { att = "Present"; quorum = "1"; }
    else if (a.R.includes(p.k)) { att = "Present (remote)"; quorum = "0"; }
    else if (a.A.includes(p.k)) { att = "Apologies"; quorum = "0"; }
    else if (a.S[p.k]) { att = "Substitute"; subFor = String(P[a.S[p.k]].id); quorum = "1"; }
    const note = a.notes[p.k];
    rows.push([dt(m.iso), String(m.id), String(p.id), "Cllr", p.fore, p.sur, p.council, p.party, p.role, p.portfolio ?? "NULL", dt(p.from ?? APPOINTED), dt(p.to), att, subFor, quorum, note ?? "NULL"]);
  }
}
// SSMS writes fields as they are: no quotes, commas inside a value are not escaped
const csv = "\uFEFF" + [HEAD, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
// a spreadsheet splits every line at every comma
const out = [HEAD, ...rows].map((r) => r.join(",").split(",").join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${rows.length} rows)`);
