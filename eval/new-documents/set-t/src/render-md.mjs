// Renders docs/rights-of-way-countryside-access-panel-minutes-2026-11-19.md (written by hand) as
// text/rights-of-way-countryside-access-panel-minutes-2026-11-19.txt: the YAML front matter's "key: value" lines
// kept (the "---" fences dropped, the quotes round a value removed); HTML COMMENTS DROPPED (they are not shown
// when the markdown is displayed); headings lose their "#", bullets their "- ", bold markers ("**") are removed;
// the ordered list's typed minute numbers ("14.") are kept; the indented paragraphs inside a list item lose their
// indent; hard line breaks (two trailing spaces) end a line; blank lines are dropped.
//
//   node src/render-md.mjs      (run after the other builders: it checks job titles against their renderings)
//
// Also checks the membership bullets (12 members: Labour 5, Conservative 4, Liberal Democrat 2, Green 1; four
// substitutes, one a group), the minute numbers (10 to 18, in order), the comments (each under 200 characters and
// free of ">", so that the scorer's tag stripping removes them whole), that every officer named elsewhere in the
// set has the same job title here, and weekdays.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "rights-of-way-countryside-access-panel-minutes-2026-11-19";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const src = md.split("\n");
const lines = [];
let i = 0;
if (src[0] === "---") {
  i = 1;
  for (; src[i] !== "---"; i++) {
    const m = src[i].match(/^([a-z_]+): (.*)$/);
    if (!m) throw new Error("front matter line " + src[i]);
    lines.push(`${m[1]}: ${m[2].replace(/^"(.*)"$/, "$1")}`);
  }
  i++;
}
for (; i < src.length; i++) {
  let l = src[i].trimEnd();
  if (!l.trim()) continue;
  if (/^\s*<!--.*-->\s*$/.test(l)) continue;
  l = l.trim().replace(/^#+\s+/, "").replace(/^- /, "").replace(/\*\*/g, "");
  lines.push(l);
}
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const comments = [...md.matchAll(/<!--([\s\S]*?)-->/g)];
if (comments.length !== 4) throw new Error("comments " + comments.length);
for (const c of comments) if (c[0].length > 200 || c[1].includes(">")) throw new Error("comment too long or with '>': " + c[0]);
const members = src.filter((l) => /^- Cllr .* — .* \((Labour|Conservative|Liberal Democrat|Green)\), /.test(l));
const byGroup = {};
for (const l of members) {
  const g = l.match(/\(([A-Za-z ]+)\), /)[1];
  const role = l.split("), ")[1];
  byGroup[role === "Substitute" ? "sub" : g] = (byGroup[role === "Substitute" ? "sub" : g] ?? 0) + 1;
}
if (JSON.stringify(byGroup) !== JSON.stringify({ Labour: 5, Conservative: 4, "Liberal Democrat": 2, Green: 1, sub: 4 })) throw new Error("membership " + JSON.stringify(byGroup));
const nums = src.filter((l) => /^\d+\. \*\*/.test(l)).map((l) => parseInt(l));
if (nums.join(",") !== "10,11,12,13,14,15,16,17,18") throw new Error("minute numbers " + nums);
// job titles as the other renderings give them ("Name – title", "Name, title")
const titles = {};
for (const m of md.matchAll(/([A-Z][a-z]+ [A-Z][a-z]+) – ([A-Z][^;.\n]+?)(?=;|\.\n|\n)/g)) titles[m[1]] = m[2].trim();
if (Object.keys(titles).length !== 6) throw new Error("officers " + JSON.stringify(titles));
for (const f of readdirSync(join(root, "text"))) {
  if (f === BASE + ".txt") continue;
  const t = readFileSync(join(root, "text", f), "utf8");
  for (const [name, title] of Object.entries(titles))
    for (const m of t.matchAll(new RegExp(name + "(?:, | – | \\| )([A-Z][A-Za-z ()]+?)(?= –| \\||,|\\.|\\n|$)", "gm")))
      if (/^(Senior|Head|Programme|Campaigns|Finance|Member|Policy)/.test(m[1]) && m[1] !== title) throw new Error(`${f}: title of ${name}: ${m[1]} vs ${title}`);
}
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of md.matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const m of md.matchAll(/(Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+)\b(?! \d)/g))
  if (DAYS[new Date(Date.UTC(2027, MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
console.log(`wrote text/${BASE}.txt (${lines.length} lines); members ${JSON.stringify(byGroup)}; officers ${JSON.stringify(titles)}`);
