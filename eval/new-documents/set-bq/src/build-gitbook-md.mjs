// Builds docs/tphljc-harmonisation-progress-gitbook-2312-01-24.md and its rendering in text/.
// Layout: THE MARKDOWN OF A GITBOOK PAGE AS GITBOOK'S GIT SYNC WRITES IT: YAML front matter with a folded
// `description: >-` and GitBook's `layout:` block; `{% hint style="…" %}` blocks; CONTENT IN TABS –
// `{% tabs %}` / `{% tab title="…" %}` – WHERE THE CURRENT QUARTER AND THE SUPERSEDED ONE, AND THE
// FARES FROM 1 MARCH AND THE FARES UNTIL 29 FEBRUARY, SIT SIDE BY SIDE WITH THE SAME COLUMNS, TOLD APART
// ONLY BY THE TAB'S TITLE; ratings that are a bullet "●" WHOSE MEANING IS ONLY ITS COLOUR in GitBook's
// `<mark style="color:…;">` (explained by a key line of the same marks), "○" for no return; a
// `{% stepper %}` of `{% step %}` blocks for next steps; a `{% content-ref %}` link; @-less byline.
// Rendering: front matter's description as one line, headings without "#", each paragraph, list item,
// block tag with a title (`{% tab title=… %}`, `{% hint style=… %}`) and step line as it stands, table
// rows as their cells joined by " | " (the marks kept as they stand, so the colour can be read);
// separator rows, closing tags and the layout block left out.
// Synthetic test fixture: every person, council, figure and rating is invented.
//   node src/build-gitbook-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, PROGRAMME, MEASURES, RATING, MEMBERS, M, OFFICERS as O, OPTIONS, TARIFF_OLD as T0, twoMile, gbp, VOTES } from "./common.mjs";

const FILE = DOCS.gitbook, BASE = basename(FILE, extname(FILE));
const mark = (r) => (r === "N" ? "○" : `<mark style="color:${RATING[r][0]};">●</mark>`);
const L = [];
const row = (c) => L.push(`| ${c.join(" | ")} |`);
const sep = (n) => L.push(`| ${Array(n).fill("---").join(" | ")} |`);
L.push("---", "description: >-", `  Quarterly progress of the ${PROGRAMME}, the hackney carriage fares`, "  and who's who. Updated after the Joint Committee of 18 January 2312.", "layout:", "  title:", "    visible: true", "  description:", "    visible: true", "  tableOfContents:", "    visible: true", "  outline:", "    visible: true", "  pagination:", "    visible: true", "---", "");
L.push("# Harmonisation programme: progress and fares", "");
L.push('{% hint style="info" %}', `Last updated on 24 January 2312 by ${O.data.name}, ${O.data.post}, after the ${BODY} of 18 January 2312. The Q2 tab is kept for reference only and is superseded by Q3.`, "{% endhint %}", "");
L.push("## Measures", "");
L.push(`Ratings: ${["G", "O", "R", "B"].map((r) => `${mark(r)} ${RATING[r][1]}`).join(" · ")} · ○ no return`, "");
L.push("{% tabs %}");
for (const [q, title] of [["q3", "Q3 2311/12 (to 31 December 2311)"], ["q2", "Q2 2311/12 (to 30 September 2311) – superseded"]]) {
  L.push(`{% tab title="${title}" %}`);
  row(["Measure", "What we count", "Target", "Result", "Rating", "Lead member", "Note"]);
  sep(7);
  for (const m of MEASURES) row([m.id, m.name, m.target, m[q][0], mark(m[q][1]), M[m.lead].short, q === "q3" ? m.note : ""]);
  L.push("{% endtab %}", "");
}
L.push("{% endtabs %}", "");
L.push("## Hackney carriage fares", "");
const v3 = VOTES[2];
L.push('{% hint style="warning" %}', `On 18 January 2312 the Joint Committee approved Option B (${v3.count.F} for, ${v3.count.A} against, ${v3.count.Ab} abstention). Notice of the new table of fares is published on Friday 26 January 2312; objections close on Friday 16 February 2312. If there are none, the new fares apply from Friday 1 March 2312.`, "{% endhint %}", "");
L.push("{% tabs %}");
for (const [title, t] of [["From 1 March 2312 (if no objections)", OPTIONS.B], ["Until 29 February 2312", T0]]) {
  L.push(`{% tab title="${title}" %}`);
  row(["Charge", "Tariff 1 (06:00–22:00 Mon–Sat)", "Tariff 2 (22:00–06:00, Sundays, bank holidays)"]);
  sep(3);
  row(["Flag fall (first 220 yards)", gbp(t.flag1), gbp(t.flag2)]);
  row(["Each further 110 yards", gbp(t.unit1), gbp(t.unit2)]);
  row(["Waiting time, each 60 seconds", gbp(t.wait1), gbp(t.wait2)]);
  row(["Typical two-mile daytime fare", gbp(twoMile(t)), ""]);
  L.push("", "Tariff 3 (Christmas Eve 18:00 to 27 December 06:00 and New Year's Eve 18:00 to 2 January 06:00) is Tariff 1 doubled. Soiling charge £75.", "{% endtab %}", "");
}
L.push("{% endtabs %}", "");
L.push("## Next steps", "", "{% stepper %}");
const steps = [["Notice published", "Friday 26 January 2312, in the Calderholt Courier and the Sculmoor Gazette."], ["Objections close", "Friday 16 February 2312. Send them to the Licensing Manager."], ["New fares in force", "Friday 1 March 2312 if no objection is made; otherwise the meeting on Thursday 21 March 2312 considers them and sets the date."], ["Vehicle age policy applies", "From 1 April 2313 in all five councils (approved 18 January 2312, 12 for, 1 abstention)."]];
for (const [h, t] of steps) L.push("{% step %}", `### ${h}`, "", t, "{% endstep %}", "");
L.push("{% endstepper %}", "");
L.push("## Who's who", "");
row(["Name", "Council", "Role", "Lead member for"]);
sep(4);
for (const m of MEMBERS) row([m.name, m.council, m.role, m.lead ?? ""]);
L.push("");
L.push("Officers:", "");
for (const o of Object.values(O)) L.push(`* ${o.name} – ${o.post} – ${o.phone}`);
L.push("", '{% content-ref url="fare-tariff-review-2312.md" %}', "[fare-tariff-review-2312.md](fare-tariff-review-2312.md)", "{% endcontent-ref %}", "");
writeFileSync(join(root, "docs", FILE), L.join("\n"));

// rendering
const out = [];
let fm = 0;
for (const l of L) {
  if (l === "---") { fm++; continue; }
  if (fm === 1) { if (l.startsWith("  ") && !l.startsWith("    ") && !/^  \w+:$/.test(l)) out.push(l.trim()); continue; }
  if (!l.trim() || /^\| (---( \| )?)+/.test(l) || /^\{% end/.test(l) || /^\{% (tabs|stepper|step) %\}$/.test(l)) continue;
  if (l.startsWith("|")) { out.push(l.replace(/^\| /, "").replace(/ \|$/, "").split(" | ").filter((c) => c !== "").join(" | ")); continue; }
  out.push(l.replace(/^#+ /, "").replace(/^\* /, ""));
}
// the folded description as one line
const i = out.findIndex((l) => l.startsWith("Quarterly progress"));
out.splice(i, 2, out[i] + " " + out[i + 1]);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
