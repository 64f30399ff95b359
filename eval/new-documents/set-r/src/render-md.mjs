// Renders docs/registration-ceremonies-panel-programme-risks-2027-06.md (written by hand) as
// text/registration-ceremonies-panel-programme-risks-2027-06.txt, the way the markdown displays:
//  - SETEXT HEADINGS (a line underlined with "===" or "---") become the heading line; the underline is dropped;
//  - a paragraph's hard-wrapped source lines are joined into one line;
//  - a list item ("* ", "- " or "+ " at any indent) is one line, its wrapped continuation lines joined to it, the
//    marker dropped (NESTED LISTS: three levels, "*" / "-" / "+");
//  - bold markers ("**") removed; REFERENCE-STYLE LINKS shown as their text ("[text][]", "[text]"), and the
//    link reference definitions at the end ("[text]: https://… "title"") dropped, as a browser shows them;
//  - blank lines dropped.
//
//   node src/render-md.mjs
//
// Also checks the risks: eight open risks RCR-01..RCR-09 without RCR-06, one closed (RCR-06), each open risk's
// "Likelihood: n, Impact: n" and "(March: n, n)" or "(new)", the direction against the March scores, the summary's
// counts (one new, one rising, three falling), the owners against the officers named in the minutes, and dates.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, checkWeekdays } from "./common.mjs";

const BASE = "registration-ceremonies-panel-programme-risks-2027-06";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");
const src = md.split("\n");
const defs = new Set();
for (const l of src) { const m = l.match(/^\[([^\]]+)\]: \S+/); if (m) defs.add(m[1]); }
const inline = (s) =>
  s.replace(/\*\*/g, "")
    .replace(/\[([^\]]+)\]\[([^\]]*)\]/g, (_, t, id) => { if (!defs.has(id || t)) throw new Error("no definition for link " + (id || t)); return t; })
    .replace(/\[([^\]]+)\](?!\()/g, (_, t) => { if (!defs.has(t)) throw new Error("no definition for link " + t); return t; });
const out = [];
let cur = null; // {text, indent}
const flush = () => { if (cur) out.push(inline(cur.text)); cur = null; };
for (let i = 0; i < src.length; i++) {
  const l = src[i].replace(/\s+$/, "");
  if (!l.trim()) { flush(); continue; }
  if (/^\[[^\]]+\]: \S+/.test(l)) { flush(); continue; }
  if (/^(=+|-+)$/.test(l)) continue; // setext underline (its heading was flushed when it was seen)
  if (src[i + 1] !== undefined && /^(=+|-+)$/.test(src[i + 1].trim()) && !/^\s*[*+-] /.test(l)) { flush(); out.push(inline(l.trim())); continue; }
  const item = l.match(/^(\s*)[*+-] (.*)$/);
  if (item) { flush(); cur = { text: item[2].trim(), indent: item[1].length }; continue; }
  if (cur) cur.text += " " + l.trim();
  else cur = { text: l.trim(), indent: -1 };
}
flush();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");

// ---------------------------------------------------------------- checks
const risks = out.filter((l) => /^RCR-\d\d /.test(l));
const open = [];
for (const r of risks) {
  const ref = r.slice(0, 6);
  const m = r.match(/ – Likelihood: (\d), Impact: (\d) \((?:March: (\d), (\d)|new)\)$/);
  if (m) open.push({ ref, l: +m[1], i: +m[2], ml: m[3] ? +m[3] : null, mi: m[4] ? +m[4] : null });
  else if (!/ – closed on /.test(r)) throw new Error("risk line " + r);
}
if (open.map((r) => r.ref).join() !== "RCR-01,RCR-02,RCR-03,RCR-04,RCR-05,RCR-07,RCR-08,RCR-09") throw new Error("open risks " + open.map((r) => r.ref));
if (risks.length !== 9 || !risks.some((r) => r.startsWith("RCR-06") && / – closed on /.test(r))) throw new Error("closed risk");
const dirs = out.filter((l) => l.startsWith("Direction: ")).map((l) => l.slice(11));
if (dirs.length !== 8) throw new Error("directions " + dirs.length);
open.forEach((r, k) => {
  const want = r.ml === null ? "new" : r.l * r.i > r.ml * r.mi ? "rising" : r.l * r.i < r.ml * r.mi ? "falling" : "no change";
  if (dirs[k] !== want) throw new Error(`direction of ${r.ref}: ${dirs[k]} vs ${want}`);
});
const n = (d) => dirs.filter((x) => x === d).length;
if (n("new") !== 1 || n("rising") !== 1 || n("falling") !== 3) throw new Error("summary counts");
const band = (s) => (s >= 15 ? "high" : s >= 8 ? "medium" : "low");
const high = open.filter((r) => band(r.l * r.i) === "high").map((r) => r.ref);
if (high.join() !== "RCR-02,RCR-09") throw new Error("high risks " + high);
for (const r of open) if (![1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25].includes(r.l * r.i)) throw new Error("score");
const minutes = readFileSync(join(root, "text", "registration-ceremonies-panel-minutes-2027-03-10.txt"), "utf8");
for (const l of out.filter((l) => l.startsWith("Owner: "))) {
  const who = l.slice(7);
  if (who !== "Hedley Karolia" && !minutes.includes(who + " (")) throw new Error("owner not among the officers " + who);
}
checkWeekdays(md, "risks");
console.log(`wrote text/${BASE}.txt (${out.length} lines); open ${open.length}, high ${high}, scores ${open.map((r) => r.ref + "=" + r.l * r.i).join(" ")}`);
