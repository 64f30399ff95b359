// Renders docs/councillors-forum-minutes-2026-03-12.md (written by hand) as
// text/councillors-forum-minutes-2026-03-12.txt: headings lose their "#", bullets their "- ", blockquote
// markers ("> ") are dropped, bold ("**") and italic ("*") markers are removed, hard line breaks (two
// trailing spaces) are trimmed, horizontal rules ("---") and blank lines are dropped; a pipe-table row becomes
// its cells joined with " | " (the |---| separator row is dropped). One line per heading, paragraph, list item
// or table row.
//
//   node src/render-md.mjs
//
// Also checks the minutes against the agenda pack's membership (text/councillors-forum-agenda-2026-03-12.txt,
// so run src/build-agenda-docx.mjs first): every member is present, substituted for or has sent apologies,
// exactly once; every substitute is one of the Forum's substitutes and of the same political group as the
// member; and every weekday written with a date is right.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "councillors-forum-minutes-2026-03-12";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const lines = [];
for (let l of md.split("\n")) {
  l = l.trimEnd();
  if (!l.trim() || /^-{3,}$/.test(l)) continue;
  if (/^\|[-:| ]+\|$/.test(l)) continue;
  if (l.startsWith("|")) {
    lines.push(l.slice(1, -1).split("|").map((c) => c.trim().replace(/\*\*/g, "")).join(" | "));
    continue;
  }
  l = l.replace(/^#+\s+/, "").replace(/^>\s*/, "").replace(/^- /, "").replace(/\*\*/g, "").replace(/^\*(.*)\*$/, "$1");
  lines.push(l);
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const agenda = readFileSync(join(root, "text", "councillors-forum-agenda-2026-03-12.txt"), "utf8").split("\n");
const start = agenda.indexOf("Region | Councillor | Council | Group");
const subsAt = agenda.indexOf("Substitutes", start);
const member = (l) => l.split(" | ").map((c) => c.trim());
const members = new Map(); // name -> group
for (let i = start + 1; i < subsAt; i++) {
  const cells = agenda[i].startsWith("| ") ? ["", ...member(agenda[i].slice(2))] : member(agenda[i]); // "| …": region merged above
  members.set(cells[1], cells[3]);
}
const subs = new Map();
for (let i = subsAt + 1; agenda[i] && agenda[i].includes(" | "); i++) {
  const c = member(agenda[i]);
  subs.set(c[1], c[3]);
}
const section = (from, to) => {
  const a = lines.indexOf(from);
  const b = lines.indexOf(to, a);
  return lines.slice(a + 1, b);
};
const present = section("Members present", "Substitutes").map((l) => l.replace(/ \(.*\)$/, ""));
const subbed = section("Substitutes", "Apologies").map((l) => l.split(", for "));
const apologies = section("Apologies", lines.find((l) => l.startsWith("Officers in attendance:")));
const seen = [...present, ...subbed.map((s) => s[1]), ...apologies];
if (seen.length !== members.size || new Set(seen).size !== seen.length) throw new Error(`attendance covers ${seen.length} names, membership has ${members.size}`);
for (const n of seen) if (!members.has(n)) throw new Error("not a member: " + n);
for (const [s, m] of subbed) {
  if (!subs.has(s)) throw new Error("not a substitute: " + s);
  if (subs.get(s) !== members.get(m)) throw new Error(`${s} (${subs.get(s)}) cannot substitute for ${m} (${members.get(m)})`);
}
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
console.log(`wrote text/${BASE}.txt (${lines.length} lines); attendance: ${present.length} present, ${subbed.length} substitutes, ${apologies.length} apologies`);
