// Writes text/allotment-waiting-list-data-standard-readme-2030-05-02.txt, the plain-text rendering of the hand-written
// docs/allotment-waiting-list-data-standard-readme-2030-05-02.md (the GitHub README of the Allotment Waiting List
// Data Standard, updated Thursday 2 May 2030), and checks the README's figures.
//
//   node src/render-md.mjs
//
// The README is GitHub-flavoured markdown with HTML fragments in it, as READMEs on GitHub have: BADGES (images inside
// links: "[![Version 1.1.0](https://img.shields.io/…)](CHANGELOG.md)"), a bold blockquote, a contents list of anchor
// links, inline code, pipe tables WITH <br> LINE BREAKS INSIDE CELLS AND <sup> FOOTNOTE NUMBERS IN CELLS (the notes
// under the table as "<sup>1</sup> …<br>" lines), STATUSES AS EMOJI (✅ ⚠️ ⏳) EXPLAINED ONLY BY A KEY LINE UNDER THE
// TABLE, a fenced CSV example, a <details> BLOCK WHOSE <summary> IS THE ONLY TITLE OF THE TABLE INSIDE IT (collapsed
// on GitHub), reference-style links (full "[text][ref]" and collapsed "[text][]") with their definitions at the end,
// hard-wrapped paragraphs and list items, and a <sub> "Last updated" line.
// Rendering: headings without "#"; a badge as its alt text; paragraphs, blockquote and list items unwrapped onto one
// line each without their markers; link text kept and targets dropped; inline code without backticks; bold markers
// removed; a table row as its cells joined with " | " (the separator row dropped), a <br> as a space, <sup>n</sup>
// as " [n]"; a note line "<sup>n</sup> text<br>" as "[n] text"; the code block's lines as they are (fences dropped);
// <details> dropped and <summary> as its text; <sub> as its text; link definitions dropped.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "allotment-waiting-list-data-standard-readme-2030-05-02";
const md = readFileSync(join(root, "docs", BASE + ".md"), "utf8");

const inline = (s) =>
  s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<sup>(\d+)<\/sup>/g, " [$1]")
    .replace(/<br>/g, " ")
    .replace(/<\/?sub>/g, "")
    .replace(/`/g, "")
    .replace(/\*\*/g, "")
    .replace(/ {2,}/g, " ")
    .trim();

const R = [];
let para = null;
const flush = () => {
  if (para !== null) R.push(inline(para));
  para = null;
};
let inCode = false;
for (const line of md.split("\n")) {
  if (line.startsWith("```")) {
    flush();
    inCode = !inCode;
    continue;
  }
  if (inCode) {
    R.push(line);
    continue;
  }
  if (!line.trim()) { flush(); continue; }
  if (/^\[[^\]]+\]: /.test(line)) { flush(); continue; }
  if (/^<\/?details>$/.test(line)) { flush(); continue; }
  const summary = line.match(/^<summary>(.*)<\/summary>$/);
  if (summary) { flush(); R.push(summary[1]); continue; }
  const h = line.match(/^#+ (.*)$/);
  if (h) { flush(); R.push(h[1]); continue; }
  if (/^\|[-|: ]+\|$/.test(line)) continue;
  if (line.startsWith("|")) {
    flush();
    R.push(line.slice(1, -1).split(" | ").map((c) => inline(c)).join(" | "));
    continue;
  }
  if (/^\[!\[/.test(line)) { flush(); R.push(inline(line)); continue; }
  const note = line.match(/^<sup>(\d+)<\/sup> (.*?)(<br>)?$/);
  if (note) { flush(); R.push(`[${note[1]}] ${inline(note[2])}`); continue; }
  const li = line.match(/^- (.*)$/);
  if (li) { flush(); para = li[1]; continue; }
  const bq = line.match(/^> ?(.*)$/);
  if (bq) { para = para === null ? bq[1] : para + " " + bq[1]; continue; }
  para = para === null ? line : para + " " + line.trim();
}
flush();

// ---------------------------------------------------------------- checks
const rows = md.split("\n").filter((l) => /^\| [^-`F]/.test(l) && /\| (Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d \||\| – \|$/.test(l));
if (rows.length !== 10) throw new Error("pilot councils " + rows.length);
const v11 = rows.filter((l) => l.includes("✅ 1.1")).length, v10 = rows.filter((l) => l.includes("⚠️ 1.0")).length, planned = rows.filter((l) => l.includes("⏳")).length;
if (v11 !== 5 || v10 !== 4 || planned !== 1) throw new Error(`pilot statuses ${v11}/${v10}/${planned}`);
if (41 + 6 !== 47) throw new Error("issues");
const fields = md.split("\n").filter((l) => /^\| `[a-z_]+` \| (string|date|integer|number|uri) \| (Yes|No)/.test(l));
if (fields.length !== 13 + 9) throw new Error("fields " + fields.length);
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote text/${BASE}.txt (${R.length} lines); pilot: ${v11} on 1.1, ${v10} on 1.0, ${planned} committed`);
