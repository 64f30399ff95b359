// Builds docs/animal-welfare-stray-dogs-panel-membership-export-2058-11-01.csv, the Panel's membership as
// exported from the members' database (one row per appointment, surname and forename in separate columns,
// party and role as codes that only the code list at the end of the file explains, dates as dd/mm/yyyy,
// quoted cells where they hold commas, rows padded with empty cells to the full width), and its
// plain-text rendering text/...txt (cells joined by " | ").
//
//   node src/build-membership-csv.mjs
// Synthetic test fixture: the people are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, MEMBERSHIP, PARTY_NAMES, ROLE_NAMES, BODY } from "./common.mjs";

const BASE = "animal-welfare-stray-dogs-panel-membership-export-2058-11-01";
const header = [
  "Committee",
  "Term",
  "Surname",
  "Forename",
  "Title",
  "Council",
  "Party",
  "Role",
  "Appointment start date",
  "Appointment end date",
  "Lead member for (portfolio)",
  "Notes",
  "Email address",
  "Meetings attended this term",
  "Meetings expected this term",
];
const W = header.length;
// database order: by surname, then start date
const rows = [...MEMBERSHIP].sort((a, b) => a.surname.localeCompare(b.surname) || a.start.split("/").reverse().join("").localeCompare(b.start.split("/").reverse().join("")));
const records = rows.map((m) => [
  BODY,
  "2058/59",
  m.surname,
  m.forename,
  "Cllr",
  m.council,
  m.party,
  m.role,
  m.start,
  m.end,
  m.lead,
  m.note,
  m.email,
  String(m.attended),
  String(m.expected),
]);
const pad = (r) => [...r, ...Array(W - r.length).fill("")];
const codeList = [
  ["Code list"],
  ["Code type", "Code", "Meaning"],
  ...Object.entries(PARTY_NAMES).map(([c, n]) => ["Party", c, n]),
  ...Object.entries(ROLE_NAMES).map(([c, n]) => ["Role", c, n]),
];
const footer = [["Report: Committee membership (all appointments in term). Run 01/11/2058 09:42. Records: " + records.length]];

const csvCell = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = [
  header.map(csvCell).join(","),
  ...records.map((r) => r.map(csvCell).join(",")),
  pad([]).join(","),
  pad([]).join(","),
  ...codeList.map((r) => pad(r).map(csvCell).join(",")),
  pad([]).join(","),
  ...footer.map((r) => pad(r).map(csvCell).join(",")),
];
// text rendering: a row's cells joined by " | " (empty cells kept inside a record; trailing padding dropped
// for the code list and the footer line, where a reader sees nothing)
const trimEnd = (r) => {
  const c = [...r];
  while (c.length && c.at(-1) === "") c.pop();
  return c;
};
const text = [
  header.join(" | "),
  ...records.map((r) => r.join(" | ")),
  "",
  ...codeList.map((r) => trimEnd(r).join(" | ")),
  "",
  ...footer.map((r) => trimEnd(r).join(" | ")),
];

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
// Excel-style CSV: CRLF line ends, no byte order mark
writeFileSync(join(root, "docs", BASE + ".csv"), lines.join("\r\n") + "\r\n");
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.csv and text/${BASE}.txt (${records.length} records)`);
