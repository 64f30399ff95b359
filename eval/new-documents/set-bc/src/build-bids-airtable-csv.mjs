// Builds docs/urctg-rpf-round-2-bids-all-bids-2164-03-01.csv and its rendering in text/.
// Layout: AN AIRTABLE GRID VIEW DOWNLOADED AS CSV ("Download CSV" from the view menu of the "Round 2 bids"
// table, view "All bids – by score"; Airtable names the file "<table>-<view>.csv", renamed here for the
// agenda): UTF-8 WITH A BYTE ORDER MARK, LF row ends; the PRIMARY FIELD FIRST, then the view's visible
// fields in the view's order, with the names the base's builder gave them (an emoji in one, a question
// mark in another, "(from Council)" on a lookup); ROWS IN THE VIEW'S SORT ORDER (score, highest first,
// empty scores last), so the bid references are out of sequence; a LINKED-RECORD field giving only the
// linked record's primary value (the council's name); MULTIPLE-SELECT values joined by commas WITHOUT A
// SPACE inside one quoted field; currency as Airtable formats it ("£72,000"), EMPTY where the field is
// empty; a CHECKBOX as "checked" or nothing; a COLLABORATOR field as the person's name; a LOOKUP of the
// Task Group member for the bid's council (empty for councils not on the Task Group); LONG TEXT with a
// line break inside its quoted field; ATTACHMENTS as "file name (URL)" pairs joined by commas; dates in the
// base's European format without leading zeros ("26/1/2164") and a last-modified time ("1/3/2164 9:42am");
// a formula field whose value is an emoji and a word. Only fields containing a comma, a quote or a line
// break are quoted. There is no title, total or key: the recommendation words are the single-select
// field's options.
// Rendering: the header and each row as a line, cells joined by " | ", a line break inside a field as a
// space.
// Synthetic test fixture: every council, bid, score and note is invented.
//   node src/build-bids-airtable-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, O, P, PEOPLE, BIDS, REC_WORD, gbp } from "./common.mjs";

const FILE = DOCS.bids;
const BASE = basename(FILE, extname(FILE));
const HEAD = ["Bid ref", "Council", "Project", "Project type", "Amount requested", "Match funding?", "Score (out of 60)", "Assessor", "Recommendation", "Recommended award", "📌 Flag", "Task Group member (from Council)", "Assessor notes", "Bid documents", "Submitted", "Last modified"];
const member = (council) => PEOPLE.filter((p) => p.council === council && p.role !== "Substitute" && !p.left).map((p) => `${p.fore} ${p.sur}`).join(",");
const flag = (b) => ({ R: "✅ Fund", RR: "✂️ Fund (reduced)", RES: "⏳ Reserve", NR: "❌ No", W: "➖ Withdrawn" })[b.rec];
const hash = (s) => { let h = 2166136261; for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0; return h.toString(36); };
const url = (name, ref) => `https://v5.airtableusercontent.com/v3/u/41/41/2164022712/${hash(ref + name)}${hash(name)}/${encodeURIComponent(name).replace(/%20/g, "%20")}`;
const docsOf = (b) => {
  if (b.rec === "W") return [`${b.ref} bid form.pdf`];
  const f = [`${b.ref} bid form.pdf`, `${b.ref} costings.xlsx`];
  if (b.match) f.push(`${b.ref} match funding letter.pdf`);
  return f;
};
const sorted = [...BIDS].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
const rows = sorted.map((b) => [
  b.ref,
  b.council,
  b.project,
  b.type.join(","),
  gbp(b.asked),
  b.match ? "checked" : "",
  b.score == null ? "" : String(b.score),
  O[b.assessor].name,
  REC_WORD[b.rec],
  b.award == null ? "" : gbp(b.award),
  flag(b),
  member(b.council),
  b.notes,
  docsOf(b).map((f) => `${f} (${url(f, b.ref)})`).join(","),
  b.sub,
  b.mod,
]);
const q = (s) => (/[",\n\r]/.test(s) ? '"' + String(s).replace(/"/g, '""') + '"' : String(s));
const csv = "\uFEFF" + [HEAD, ...rows].map((r) => r.map(q).join(",")).join("\n") + "\n";
writeFileSync(join(root, "docs", FILE), csv, "utf8");
const out = [HEAD, ...rows].map((r) => r.map((c) => String(c).replace(/\n/g, " ")).join(" | "));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
