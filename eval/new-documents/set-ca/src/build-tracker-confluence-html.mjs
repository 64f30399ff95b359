// docs/phtg-programme-tracker-q3-2581-82-confluence-storage.html: the programme tracker page of the
// Task Group's Confluence space, saved as its STORAGE FORMAT (the XHTML-based source that Confluence
// keeps, as "View storage format" shows it or the REST API's body.storage returns it), not as the
// rendered page: no <html>, <head> or <body>, no page title (that is only in Confluence's database and
// the file name), macros as <ac:structured-macro> elements whose settings are <ac:parameter> children
// (status lozenges: colour, then title), a page-properties ("details") macro, an info panel, an expand
// macro holding the budget, a task list (<ac:task-status>complete / incomplete), dates only as
// <time datetime="…"/> with no text inside, people only as <ri:user ri:account-id="…"/> with no name,
// link bodies in CDATA sections, an editor placeholder, inline comment markers, a Jira macro's query,
// an attached image and struck-through text as a styled span.
// Also writes text/<base>.txt: the page as Confluence shows it.
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, BOARD, PROGRAMME, LOZ, MEASURES, RISKS, band, TOLERANCE, BUDGET, BUDGET_TOTAL, MILESTONES, PEOPLE, OFFICERS, P, shortDate, cllr } from "./common.mjs";

let n = 0;
const mid = () => { n++; const h = (x) => ((x * 2654435761) >>> 0).toString(16).padStart(8, "0"); return `${h(n)}-${h(n + 7).slice(0, 4)}-4${h(n + 3).slice(1, 4)}-a${h(n + 5).slice(1, 4)}-${h(n + 11)}${h(n + 13).slice(0, 4)}`; };
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/£/g, "&pound;").replace(/–/g, "&ndash;").replace(/’/g, "&rsquo;");
const status = (title) => `<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="${mid()}"><ac:parameter ac:name="colour">${LOZ[title] ?? title.split("|")[1]}</ac:parameter><ac:parameter ac:name="title">${title.split("|")[0]}</ac:parameter></ac:structured-macro>`;
const statusR = (title) => `(${LOZ[title] ?? title.split("|")[1]}) ${title.split("|")[0]}`;
const time = (iso) => `<time datetime="${iso}" />`;
const ACCOUNTS = { rashbrook: "5f2a7c01d9e4b8006a3c91e2", hatherleigh: "61b04e77a2c35f0071d8e6a9", tewson: "60c9d2f3b1a84e0069f27c15", youlden: "5e8f1a62c07d3b0068b4a9d0", trelawny: "62d7e0a4f9b1c2006e5a83f7" };
const user = (k) => `<ac:link><ri:user ri:account-id="${ACCOUNTS[k]}" /></ac:link>`;

const X = []; // storage
const R = []; // rendering
const th = (cells) => `<tr>${cells.map((c) => `<th><p>${c}</p></th>`).join("")}</tr>`;
const td = (cells) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`;

// ---- page properties
X.push(`<ac:layout><ac:layout-section ac:type="two_right_sidebar"><ac:layout-cell>`);
X.push(`<ac:structured-macro ac:name="details" ac:schema-version="1" ac:macro-id="${mid()}"><ac:parameter ac:name="id">phtg-tracker</ac:parameter><ac:rich-text-body>`);
X.push(`<table data-layout="default"><colgroup><col style="width: 180.0px;" /><col style="width: 500.0px;" /></colgroup><tbody>`);
const props = [
  ["Body", `${BODY} (${SHORT}), a member task group of the ${BOARD}`],
  ["Programme", PROGRAMME],
  ["Overall status", { x: status("AT RISK"), r: statusR("AT RISK") }],
  ["Reporting period", "Quarter 3 2581/82 (1 October to 31 December 2581)"],
  ["Last reviewed", { x: time("2582-02-25"), r: shortDate("2582-02-25") }],
  ["Next review", { x: `<ac:placeholder>Type the date of the next review, e.g. the end of quarter 4</ac:placeholder>`, r: "" }],
  ["Page owner", { x: user("rashbrook"), r: "" }],
  ["Lead officer", `${OFFICERS.rashbrook.name}, ${OFFICERS.rashbrook.post}`],
  ["Lead member", `${cllr("trelawny")} (Chair)`],
  ["Reported to", { x: `<ac:link><ri:page ri:content-title="PHTG 14 March 2582 – agenda and papers" /><ac:plain-text-link-body><![CDATA[Item 6, PHTG meeting of 14 March 2582]]></ac:plain-text-link-body></ac:link>`, r: "Item 6, PHTG meeting of 14 March 2582" }],
];
for (const [k, v] of props) {
  const x = typeof v === "string" ? esc(v) : v.x, r = typeof v === "string" ? v : v.r;
  X.push(`<tr><th><p><strong>${k}</strong></p></th><td><p>${x}</p></td></tr>`);
  R.push(r ? `${k} | ${r}` : k);
}
X.push(`</tbody></table></ac:rich-text-body></ac:structured-macro>`);

// ---- table of contents, then the key
X.push(`<ac:structured-macro ac:name="toc" ac:schema-version="1" ac:macro-id="${mid()}"><ac:parameter ac:name="maxLevel">2</ac:parameter><ac:parameter ac:name="minLevel">2</ac:parameter></ac:structured-macro>`);
X.push(`<h2>How to read this page</h2>`);
R.push("How to read this page");
const keyX = `Statuses are set by the lead officer at each quarter end: ${status("ON TRACK")} will meet the target; ${status("AT RISK")} may miss it without action; ${status("OFF TRACK")} will miss it; ${status("COMPLETE")} done; ${status("NOT YET DUE")} no figure is expected yet.`;
const keyR = `Statuses are set by the lead officer at each quarter end: ${statusR("ON TRACK")} will meet the target; ${statusR("AT RISK")} may miss it without action; ${statusR("OFF TRACK")} will miss it; ${statusR("COMPLETE")} done; ${statusR("NOT YET DUE")} no figure is expected yet.`;
X.push(`<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="${mid()}"><ac:parameter ac:name="icon">true</ac:parameter><ac:rich-text-body><p>${keyX}</p></ac:rich-text-body></ac:structured-macro>`);
R.push(keyR);

// ---- measures
X.push(`<h2>Measures at quarter 3</h2>`);
R.push("Measures at quarter 3");
const introX = `Figures at 31 December 2581 (quarter 3) beside those at 30 September 2581 (quarter 2). <ac:inline-comment-marker ac:ref="${mid()}">Figures validated by the LGA Research team on 12 February 2582.</ac:inline-comment-marker>`;
X.push(`<p>${introX}</p>`);
R.push("Figures at 31 December 2581 (quarter 3) beside those at 30 September 2581 (quarter 2). Figures validated by the LGA Research team on 12 February 2582.");
X.push(`<table data-layout="full-width"><colgroup>${"<col />".repeat(9)}</colgroup><tbody>`);
const mh = ["Ref", "Measure", "Target 2581/82", "Q2 figure", "Q2 status", "Q3 figure", "Q3 status", "Lead member", "Commentary"];
X.push(th(mh));
R.push(mh.join(" | "));
for (const m of MEASURES) {
  const warn = m.q3 === "OFF TRACK" ? `<ac:emoticon ac:name="warning" ac:emoji-shortname=":warning:" ac:emoji-id="atlassian-warning" ac:emoji-fallback=":warning:" /> ` : "";
  X.push(td([m.ref, esc(m.name), esc(m.target), esc(m.q2v), status(m.q2), esc(m.q3v), status(m.q3), esc(m.lead), warn + esc(m.note)]));
  R.push([m.ref, m.name, m.target, m.q2v, statusR(m.q2), m.q3v, statusR(m.q3), m.lead, m.note].join(" | ").replace(/ \| $/, " |"));
}
X.push(`</tbody></table>`);
X.push(`<p><ac:image ac:align="center" ac:layout="center" ac:width="640"><ri:attachment ri:filename="phm-q3-trend.png" ri:version-at-save="3" /></ac:image></p>`);
X.push(`<p>At quarter 3: three measures on track, two at risk, two off track and one complete. PHM-05 has moved from at risk to off track; PHM-02 and PHM-08 have improved.</p>`);
R.push("At quarter 3: three measures on track, two at risk, two off track and one complete. PHM-05 has moved from at risk to off track; PHM-02 and PHM-08 have improved.");

// ---- milestones (task list)
X.push(`<h2>Milestones</h2>`);
R.push("Milestones");
X.push(`<ac:task-list>`);
MILESTONES.forEach((t, i) => {
  X.push(`<ac:task><ac:task-id>${i + 1}</ac:task-id><ac:task-uuid>${mid()}</ac:task-uuid><ac:task-status>${t.done ? "complete" : "incomplete"}</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">${esc(t.text)} – due ${time(t.due)} ${user(i % 2 ? "hatherleigh" : "rashbrook")}</span></ac:task-body></ac:task>`);
  R.push(`${t.done ? "☑" : "☐"} ${t.text} – due ${shortDate(t.due)}`);
});
X.push(`</ac:task-list>`);

// ---- risks
X.push(`<h2>Risks</h2>`);
R.push("Risks");
const riskIntro = `Risks scoring ${TOLERANCE} or more are above the Task Group's tolerance and are reported to the ${BOARD}.`;
X.push(`<p>${esc(riskIntro)}</p>`);
R.push(riskIntro);
X.push(`<table data-layout="default"><tbody>`);
const rh = ["Ref", "Risk", "L", "I", "Score", "Nov score", "Trend", "Owner"];
X.push(th(rh));
R.push(rh.join(" | "));
for (const r of RISKS) {
  const [b, c] = band(r.score);
  const t = `${r.score} ${b}|${c}`;
  X.push(td([r.ref, esc(r.risk), String(r.l), String(r.i), status(t), r.was ?? "–", r.trend, esc(r.owner)]));
  R.push([r.ref, r.risk, r.l, r.i, statusR(t), r.was ?? "–", r.trend, r.owner].join(" | "));
}
X.push(`</tbody></table>`);
const bands = "Score = likelihood (L) × impact (I), each from 1 to 5. Bands: 1–6 LOW, 8–12 MEDIUM, 15–25 HIGH. Nov score is the score reported on 22 November 2581.";
X.push(`<p><em>${esc(bands)}</em></p>`);
R.push(bands);

// ---- budget in an expand macro
X.push(`<h2>Budget 2581/82</h2>`);
R.push("Budget 2581/82");
X.push(`<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="${mid()}"><ac:parameter ac:name="title">Show the budget (£000)</ac:parameter><ac:rich-text-body>`);
R.push("Show the budget (£000)");
X.push(`<table data-layout="default"><tbody>`);
const bh = ["Line", "Budget", "Spent to 31 Dec", "Forecast", "Variance"];
X.push(th(bh));
R.push(bh.join(" | "));
const sign = (v) => (v > 0 ? `+${v}` : v < 0 ? `-${-v}` : "0");
for (const [line, b, s, f] of BUDGET) {
  X.push(td([esc(line), String(b), String(s), String(f), sign(f - b)]));
  R.push([line, b, s, f, sign(f - b)].join(" | "));
}
const [tb, ts, tf] = BUDGET_TOTAL;
const fmt = (v) => v.toLocaleString("en-GB");
X.push(`<tr><td><p><strong>Total</strong></p></td><td><p><strong>${fmt(tb)}</strong></p></td><td><p><strong>${fmt(ts)}</strong></p></td><td><p><strong>${fmt(tf)}</strong></p></td><td><p><strong>${sign(tf - tb)}</strong></p></td></tr>`);
R.push(["Total", fmt(tb), fmt(ts), fmt(tf), sign(tf - tb)].join(" | "));
X.push(`</tbody></table>`);
const bnote = "Variance is the forecast less the budget; a minus is an underspend. The flood planning toolkit is forecast £7,000 over because testing has moved from desk exercises to live drills (minute 6, 22 November 2581); training for licensing officers is £7,000 under because two courses were run online.";
X.push(`<p>${esc(bnote)}</p>`);
R.push(bnote);
X.push(`</ac:rich-text-body></ac:structured-macro>`);

// ---- who's who
X.push(`<h2>Who’s who</h2>`);
R.push("Who’s who");
X.push(`<table data-layout="default"><tbody>`);
const wh = ["Councillor", "Council", "Group", "Role on the Task Group"];
X.push(th(wh));
R.push(wh.join(" | "));
for (const p of PEOPLE) {
  let role = p.role;
  if (p.lead) role += `; lead member for ${p.lead}`;
  if (p.from) role += ` (from 7 January 2582, replacing Cllr Horace Bickerstaffe)`;
  if (p.role === "Former member") {
    X.push(`<tr><td><p><span style="text-decoration: line-through;">Cllr ${p.fore} ${p.sur}</span></p></td><td><p>${esc(p.council)}</p></td><td><p>${p.group}</p></td><td><p>Stood down on 12 December 2581</p></td></tr>`);
    R.push(`~~Cllr ${p.fore} ${p.sur}~~ | ${p.council} | ${p.group} | Stood down on 12 December 2581`);
    continue;
  }
  X.push(td([`Cllr ${p.fore} ${p.sur}`, esc(p.council), p.group, esc(role)]));
  R.push([`Cllr ${p.fore} ${p.sur}`, p.council, p.group, role].join(" | "));
}
X.push(`</tbody></table>`);
const off = `Officers: ${Object.values(OFFICERS).map((o) => `${o.name} (${o.post}${o === OFFICERS.youlden ? ", clerk to the Task Group" : ""})`).join(", ")}.`;
X.push(`<p>${esc(off)}</p>`);
R.push(off);
X.push(`</ac:layout-cell><ac:layout-cell>`);
X.push(`<p><strong>Open Jira issues</strong></p><p><ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="${mid()}"><ac:parameter ac:name="server">LGA Jira</ac:parameter><ac:parameter ac:name="columnIds">issuekey,summary,status</ac:parameter><ac:parameter ac:name="maximumIssues">20</ac:parameter><ac:parameter ac:name="jqlQuery">project = PHTG AND statusCategory != Done</ac:parameter><ac:parameter ac:name="serverId">0c9a43e2-71b8-3d55-a1f0-52be6d94c7a8</ac:parameter></ac:structured-macro></p>`);
R.push("Open Jira issues");
X.push(`<p><strong>Related pages</strong></p><ul><li><ac:link><ri:page ri:content-title="PHTG terms of reference" /></ac:link></li><li><ac:link><ri:page ri:content-title="Site Licensing Capacity Fund – round 2" /><ac:plain-text-link-body><![CDATA[Round 2 bids and scoring]]></ac:plain-text-link-body></ac:link></li></ul>`);
R.push("Related pages");
R.push("Round 2 bids and scoring");
X.push(`</ac:layout-cell></ac:layout-section></ac:layout>`);

writeFileSync(join(root, "docs", DOCS.tracker), X.join("") + "\n");
writeFileSync(join(root, "text", basename(DOCS.tracker, extname(DOCS.tracker)) + ".txt"), R.join("\n") + "\n");
console.log("wrote", DOCS.tracker);
