// Builds docs/itvtg-pre-meeting-return-14-march-2113-responses.csv and its rendering in text/.
// Layout: A GOOGLE FORMS RESPONSE EXPORT ("Responses > Download responses (.csv)") of the pre-meeting
// return the clerk sends members before each meeting: ONE ROW PER SUBMISSION, THE QUESTIONS AS COLUMN
// HEADINGS (long, with a question mark, one with a hint in brackets), EVERY FIELD IN DOUBLE QUOTES,
// CRLF line ends, no byte order mark. Google's own TIMESTAMP FORMAT ("2113/03/06 4:12:09 PM GMT"),
// the collected "Email address" column, and answers as members typed them: names with and without
// "Cllr", one in lower case, councils abbreviated ("Eskerby CC", "Thistleby DC", "Northmarsh MBC",
// "Bro Tawelan CBC") or given in Welsh and English. CHECKBOX ANSWERS SEPARATED BY SEMICOLONS with no
// space ("Item 4: …;Item 8: …"); a free-text answer with a LINE BREAK INSIDE ITS QUOTED FIELD; blank
// fields as "". A MEMBER WHO ANSWERED TWICE: the later row ("This replaces my earlier response") turns
// her "In person" into apologies with a substitute, and only the order of the timestamps says which
// holds. A substitute answers for herself, naming whom she replaces in her name field. There is no
// title, no key and no column saying what the form was – only the file name and the questions.
// Rendering: the header and each row as a line, cells joined by " | ", a line break inside a field as a
// space.
// Synthetic test fixture: every person, council and answer is invented.
//   node src/build-returns-google-forms-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, P, RETURNS, ITEMS, ATTEND } from "./common.mjs";

const FILE = DOCS.returns;
const BASE = basename(FILE, extname(FILE));
const HEAD = [
  "Timestamp",
  "Email address",
  "Your name",
  "Your council",
  "How will you attend the meeting on Tuesday 14 March 2113?",
  "If you are sending apologies, who will substitute for you? (leave blank if none)",
  "Do you have an interest to declare in any item on the agenda?",
  "Which item(s)?",
  "Please describe the interest",
  "Will you stay for the sandwich lunch after the meeting?",
  "Anything else? (access needs, questions for officers)",
];
const rows = RETURNS.map((r) => [
  r.ts,
  P[r.k].email,
  r.name,
  r.council,
  ATTEND[r.attend],
  r.sub ?? "",
  r.attend === "apologies" ? "" : r.items ? "Yes" : "No",
  (r.items ?? []).map((i) => ITEMS[i]).join(";"),
  r.interest ?? "",
  r.lunch,
  r.note ?? "",
]);
const q = (s) => '"' + String(s).replace(/"/g, '""') + '"';
const csv = [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
const out = [HEAD, ...rows].map((r) => r.map((c) => String(c).replace(/\n/g, " ")).join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
