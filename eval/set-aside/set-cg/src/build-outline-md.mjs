// Builds docs/uwtg-risk-register-outline-export-2702-01-14.md and its rendering in text/.
// Layout: A DOCUMENT FROM THE WIKI "OUTLINE" (getoutline.com) DOWNLOADED AS MARKDOWN ("Download" >
// Markdown): what Outline's ProseMirror serializer writes, not what a person types:
//  - the title as a single "# " line, no front matter, no author or date but what the text says;
//  - Outline's BACKSLASH ESCAPES wherever a character could be markdown: "\[draft\]", "\*Qlik\*", "\~1,240",
//    "1\." at a line start;
//  - PEOPLE AS MENTIONS, "@[Name](mention://<uuid>/user/<uuid>)": a risk's owner exists only as such a
//    link in its table cell;
//  - NOTICES as ":::info" / ":::warning" / ":::tip" fenced blocks (Outline's callouts);
//  - a pipe table whose cells carry several lines joined by "<br>" and ratings as coloured-circle emoji
//    before the score ("🔴 20"), trends as arrows ("⬆️ up", "➡️ same", "⬇️ down", "🆕 new"), the
//    bands only in the key above the table;
//  - closed risks in their own table under a heading, their reference struck through ("~~UWR-07~~");
//  - a checklist ("- [x]", "- [ ]") of the register's review actions, with mentions;
//  - a link to another Outline document by its relative path ("/doc/…").
// Rendering: headings without "#", a paragraph or list item a line (the checklist's box as "[x]" /
// "[ ]" kept), escapes removed, a mention or link as its text, table rows as cells " | " with "<br>"
// read as a space, the emoji kept, notices' fences left out.
// Synthetic test fixture: every person, figure, risk and decision is invented.
//   node src/build-outline-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, PROGRAMME, OFFICERS as O, RISKS, CLOSED, score, band } from "./common.mjs";

const FILE = DOCS.outline;
const BASE = basename(FILE, extname(FILE));
const UUID = {
  ptolemy: ["5b0e7c1a-33f2-4d8e-9a51-0c7d2e4f8b16", "e2a91f04-7c3b-4a6d-8e25-91b0c3d4a7f2"],
  saoirse: ["5b0e7c1a-33f2-4d8e-9a51-0c7d2e4f8b16", "0c4f8d2e-1a9b-4e37-b6c5-2d7e8f9a1b03"],
  kwabena: ["5b0e7c1a-33f2-4d8e-9a51-0c7d2e4f8b16", "7d3e2b91-4c0a-4f58-a6e7-3b2c1d0e9f84"],
  rosalind: ["5b0e7c1a-33f2-4d8e-9a51-0c7d2e4f8b16", "a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c55"],
  elspeth: ["5b0e7c1a-33f2-4d8e-9a51-0c7d2e4f8b16", "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e06"],
};
const mention = (k) => `@[${O[k].name}](mention://${UUID[k][0]}/user/${UUID[k][1]})`;
// Outline's escaping of inline text (ProseMirror markdown serializer)
const esc = (s) => s.replace(/[`*\\~\[\]_]/g, "\\$&");
const cellEsc = (s) => esc(s).replace(/\|/g, "\\|");
const dot = (s) => (s >= 15 ? "🔴" : s >= 8 ? "🟠" : "🟢");
const trend = (r) => (r.oct === null ? "🆕 new" : score(r) > r.oct ? "⬆️ up" : score(r) < r.oct ? "⬇️ down" : "➡️ same");

const md = [], out = [];
const both = (m, r = m) => { md.push(m); if (r !== null) out.push(r); };
const blank = () => md.push("");
const TITLE = "Upland Wildfire Programme: risk register";

both(`# ${TITLE}`, TITLE);
blank();
both(`:::info`, null);
both(`Last reviewed on 14 January 2702 by ${mention("saoirse")} and ${mention("ptolemy")}. This page is the live register for the ${esc(BODY)} (${"UWTG"}); the version taken to each meeting is attached to the agenda on the committee system. \\[draft for 12 February\\]`,
  `Last reviewed on 14 January 2702 by ${O.saoirse.name} and ${O.ptolemy.name}. This page is the live register for the ${BODY} (UWTG); the version taken to each meeting is attached to the agenda on the committee system. [draft for 12 February]`);
both(`:::`, null);
blank();
both(`## How risks are scored`, "How risks are scored");
blank();
both(`Likelihood (L) and impact (I) are each scored 1 to 5 and the score is L × I. Scores are banded:`);
blank();
both(`- 🟢 1 to 6 – low: managed by the risk owner`, `- 🟢 1 to 6 – low: managed by the risk owner`);
both(`- 🟠 8 to 12 – medium: reviewed by the Task Group at each meeting`, `- 🟠 8 to 12 – medium: reviewed by the Task Group at each meeting`);
both(`- 🔴 15 to 25 – high: above the Task Group's tolerance and reported to the ${esc(BOARD)}`, `- 🔴 15 to 25 – high: above the Task Group's tolerance and reported to the ${BOARD}`);
blank();
both(`The "Oct" column is the score in the register taken to the meeting of 16 October 2701; the arrow compares today's score with it.`);
blank();
both(`:::warning`, null);
both(`Two risks are above tolerance this month: UWR-01 and UWR-03. Both go to the ${esc(BOARD)} on 5 March 2702.`,
  `Two risks are above tolerance this month: UWR-01 and UWR-03. Both go to the ${BOARD} on 5 March 2702.`);
both(`:::`, null);
blank();
both(`## Open risks`, "Open risks");
blank();
const head = ["Ref", "Risk", "Owner", "L", "I", "Score", "Oct", "Trend", "Controls<br>Next step"];
both(`| ${head.join(" | ")} |`, head.map((c) => c.replace(/<br>/g, " ")).join(" | "));
md.push(`|${head.map(() => "---").join("|")}|`);
for (const r of RISKS) {
  const s = score(r);
  const cells = [r.ref, r.risk, mention(r.owner), String(r.l), String(r.i), `${dot(s)} ${s}`, r.oct === null ? "\\-" : String(r.oct), trend(r), `${cellEsc(r.controls)}<br>**Next:** ${cellEsc(r.next)}`];
  const rcells = [r.ref, r.risk, O[r.owner].name, String(r.l), String(r.i), `${dot(s)} ${s}`, r.oct === null ? "-" : String(r.oct), trend(r), `${r.controls} Next: ${r.next}`];
  md.push(`| ${cells.map((c, i) => (i === 1 ? cellEsc(c) : c)).join(" | ")} |`);
  out.push(rcells.join(" | "));
}
blank();
both(`## Closed risks`, "Closed risks");
blank();
const chead = ["Ref", "Risk", "Owner", "Closed", "Why"];
both(`| ${chead.join(" | ")} |`, chead.join(" | "));
md.push(`|${chead.map(() => "---").join("|")}|`);
for (const r of CLOSED) {
  md.push(`| ~~${r.ref}~~ | ~~${cellEsc(r.risk)}~~ | ${mention(r.owner)} | ${r.closed} | ${cellEsc(r.why)} |`);
  out.push([r.ref, r.risk, O[r.owner].name, r.closed, r.why].join(" | "));
}
blank();
both(`## Review actions`, "Review actions");
blank();
const todo = [
  [true, `Add UWR-04 (PSPO pilot) after the legal advice of 20 January`, `Add UWR-04 (PSPO pilot) after the legal advice of 20 January`, "rosalind"],
  [true, `Lower UWR-05 now the bridging funding is agreed (minute 5, 11 December 2701)`, `Lower UWR-05 now the bridging funding is agreed (minute 5, 11 December 2701)`, "kwabena"],
  [false, `Get the on-call crewing figures for UWR-03 from the fire services`, `Get the on-call crewing figures for UWR-03 from the fire services`, "saoirse"],
  [false, `Check the score for UWR-09 when the consortium's renewal paper is out`, `Check the score for UWR-09 when the consortium's renewal paper is out`, "kwabena"],
];
for (const [done, m, r, k] of todo) {
  md.push(`- [${done ? "x" : " "}] ${m} ${mention(k)}`);
  out.push(`- [${done ? "x" : " "}] ${r} ${O[k].name}`);
}
blank();
both(`:::tip`, null);
both(`Scores for the measures the risks affect are on the [Quarterly scorecard](/doc/quarterly-scorecard-q3-2701-02-Hq8TzL3kPw) page; the \\*Qlik\\* app is the source.`,
  `Scores for the measures the risks affect are on the Quarterly scorecard page; the Qlik app is the source.`);
both(`:::`, null);
blank();
both(`1\\. The register follows the programme's risk management approach agreed on 17 July 2701.`, `1. The register follows the programme's risk management approach agreed on 17 July 2701.`);
md.push("");

writeFileSync(join(root, "docs", FILE), md.join("\n"));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
