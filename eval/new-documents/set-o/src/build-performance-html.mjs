// Builds docs/water-resilience-commission-performance-2026-27-q1.html (the LGA Water Resilience Commission's
// quarterly performance report for Quarter 1 2026/27, item 4 at the Commission on Thursday 17 September 2026)
// and its plain-text rendering text/water-resilience-commission-performance-2026-27-q1.txt from the same content.
//
//   node src/build-performance-html.mjs
//
// Layout: an HTML file as SAVED FROM MICROSOFT WORD ("Web Page, Filtered"): windows-1252 encoding declared in a
// <meta http-equiv> (so "–", "£" and "’" are single cp1252 bytes), a Word <style> block with @font-face and
// p.MsoNormal / p.MsoTitle / p.MsoListParagraphCxSp… definitions, <div class=WordSection1>, unquoted attributes,
// NO <h1>/<h2>: the title is <p class=MsoTitle>, headings are bold spans inside <p class=MsoNormal>; every text
// run is a <span lang=EN-GB style=…>; blank paragraphs are <p class=MsoNormal>&nbsp;</p>; source lines are
// wrapped by Word at about 76 characters (in the middle of text and attributes); bullets are Word list
// paragraphs whose bullet is a Symbol-font "·" followed by &nbsp; padding; tables are MsoTableGrid with
// <td width=..> cells holding <p> paragraphs. The measures table has a SCORE column with a NUMBER 1–4 (or
// "n/s"), explained only in the key ("Score 4 – Exceeding" …), and a "Direction of travel" column of words.
// Synthetic test fixture: the people, measures and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "water-resilience-commission-performance-2026-27-q1";

// ---------------------------------------------------------------- content
const TOP = "Local Government Association";
const TITLE = "Water Resilience Commission";
const SUBTITLE = "Quarterly performance report: Quarter 1 2026/27";
const META = [
  ["Meeting:", "Water Resilience Commission, Thursday 17 September 2026"],
  ["Agenda item:", "4"],
  ["Period:", "1 April to 30 June 2026"],
  ["Report author:", "Rosamund Noakes, Data and Performance Officer"],
  ["Lead officer:", "Cordelia Honeysett, Head of Water and Environment"],
];
// blocks: ["h", text] | ["p", text] | ["bul", [items]] | ["table", caption, head, rows, widths]
const KEY_SCORES = [
  ["4", "Exceeding", "more than 5 per cent above the milestone for the quarter"],
  ["3", "Meeting", "at the milestone or up to 5 per cent above it"],
  ["2", "Below", "up to 15 per cent below the milestone"],
  ["1", "Well below", "more than 15 per cent below the milestone"],
];
const KEY = [
  ...KEY_SCORES.map(([n, w, m]) => `Score ${n} – ${w}: ${m}.`),
  "n/s – not scored: no milestone was set for the quarter.",
];
const DOT = "Direction of travel compares the quarter with Quarter 4 2025/26: Improving, No change or Declining. A measure reported for the first time is marked New.";
// [ref, measure, lead member, milestone, actual, score, direction, commentary]
const M = [
  ["WRC-K01", "Councils with an adopted drought resilience plan (at quarter end)", "Cllr Hazeldine", "60", "64", "4", "Improving", "Twelve councils adopted plans in June after the model plan workshops."],
  ["WRC-K02", "Council buildings with water-efficiency retrofits completed (year to date)", "Cllr Osei-Bonsu", "150", "118", "1", "Declining", "The main installer lost two fitting teams in May; see section 4."],
  ["WRC-K03", "Councils in a local water partnership with their water company (at quarter end)", "Cllr Szymanska", "90", "82", "2", "Improving", "Four new partnerships in the Eastmere Water area; two more are due to sign in July."],
  ["WRC-K04", "Vulnerable households referred to water company priority services registers (year to date)", "Cllr Carnsew", "2,400", "2,455", "3", "No change", "Referrals from adult social care teams make up over half of the total."],
  ["WRC-K05", "Drought roundtable attendees (year to date)", "Cllr Hazeldine", "120", "131", "4", "Improving", "Two roundtables, in Lincoln and Norwich."],
  ["WRC-K06", "Councils completing the water use self-assessment (year to date)", "Cllr Osei-Bonsu", "40", "41", "3", "No change", "The self-assessment tool was shortened in April."],
  ["WRC-K07", "Water efficiency retrofit grants paid (year to date)", "Cllr Osei-Bonsu", "8", "7", "2", "New", "First quarter of payments from the 2025/26 grant awards."],
  ["WRC-K08", "Webinar and workshop attendees (year to date)", "Cllr Quelch", "300", "229", "1", "Declining", "The May webinar on hosepipe restrictions was postponed; see section 4."],
  ["WRC-K09", "Schools in the rainwater harvesting pilot (at quarter end)", "Cllr Lamplugh", "–", "12", "n/s", "New", "Pilot launched in May 2026. A milestone for Quarter 2 is proposed in recommendation 2."],
];
const BUDGET = [
  ["Drought planning support", "£120,000", "£24,300", "£118,000"],
  ["Water efficiency retrofit grants", "£360,000", "£41,500", "£360,000"],
  ["Water Resilience Summit and events", "£38,000", "£2,150", "£38,000"],
  ["Data and research", "£22,000", "£6,900", "£17,500"],
  ["Total", "£540,000", "£74,850", "£533,500"],
];
const B = [
  ["h", "1. Purpose and summary"],
  ["p", "This report sets out the Commission’s performance against its nine measures for 2026/27 at the end of the first quarter (1 April to 30 June 2026), and spending against the programme budget. Lead members are those appointed for 2026/27."],
  ["p", "Most measures are at or close to their milestones. The retrofit programme is behind because of installer shortages, and attendance at webinars and workshops is down after one event was postponed. Section 4 explains both."],
  ["h", "2. How to read this report"],
  ["p", "Each measure is given a score for the quarter by comparing the actual figure with the milestone for the quarter:"],
  ["bul", KEY],
  ["p", DOT],
  ["h", "3. Measures at Quarter 1"],
  ["table", "Table 1: measures, Quarter 1 2026/27", ["Ref", "Measure", "Lead member", "Q1 milestone", "Q1 actual", "Score", "Direction of travel", "Commentary"], M, [52, 150, 66, 50, 46, 38, 60, 160]],
  ["p", "A dash in the milestone column means that no milestone was set. “Year to date” figures run from 1 April 2026."],
  ["h", "4. Exceptions"],
  ["p", "WRC-K02: the Commission’s framework installer, Brookline Plumbing Services Ltd, lost two of its five fitting teams in May 2026, and 41 retrofits planned for May and June slipped into Quarter 2. A second installer, Harrowgate Water Engineering, joins the framework from 1 October 2026. Officers expect the programme to be back on its year-end milestone of 600 buildings by the end of Quarter 3."],
  ["p", "WRC-K08: the webinar on hosepipe restrictions planned for 21 May 2026 was postponed at the request of the water companies, and 96 people who had booked have been offered places at the rescheduled webinar on 29 September 2026."],
  ["h", "5. Programme budget 2026/27"],
  ["table", "Table 2: programme budget 2026/27 at 30 June 2026", ["Budget line", "Budget 2026/27", "Spent to 30 June 2026", "Forecast outturn"], BUDGET, [190, 95, 110, 100]],
  ["p", "The forecast underspend of £6,500 is on data and research, where a survey of council water use will cost less than planned."],
  ["h", "6. Recommendations"],
  ["p", "That the Commission:"],
  ["num", ["notes performance at the end of Quarter 1 2026/27; and", "agrees a milestone for WRC-K09 of 20 schools at the end of Quarter 2."]],
  ["p", "Contact: Rosamund Noakes, Data and Performance Officer, 020 7946 0457, rosamund.noakes@local.gov.uk"],
];

// ---------------------------------------------------------------- checks
const num = (s) => +s.replace(/[£,]/g, "");
for (const r of M) {
  if (r[3] === "–") { if (r[5] !== "n/s") throw new Error("n/s " + r[0]); continue; }
  const d = (num(r[4]) - num(r[3])) / num(r[3]);
  const want = d > 0.05 ? "4" : d >= 0 ? "3" : d >= -0.15 ? "2" : "1";
  if (want !== r[5]) throw new Error(`score of ${r[0]}: ${r[5]}, expected ${want} (${(d * 100).toFixed(1)}%)`);
}
const tot = BUDGET[BUDGET.length - 1];
for (const c of [1, 2, 3]) if (BUDGET.slice(0, -1).reduce((a, r) => a + num(r[c]), 0) !== num(tot[c])) throw new Error("budget column " + c);
if (num(tot[1]) - num(tot[3]) !== 6500) throw new Error("underspend");
const counts = {};
for (const r of M) counts[r[5]] = (counts[r[5]] ?? 0) + 1;

// ---------------------------------------------------------------- Word-style HTML (windows-1252)
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const span = (t, style) => `<span lang=EN-GB${style ? ` style='${style}'` : ""}>${esc(t)}</span>`;
const P = (inner, cls = "MsoNormal", style) => `<p class=${cls}${style ? ` style='${style}'` : ""}>${inner}</p>`;
const html = [];
html.push(P(span(TOP, "font-size:10.0pt;color:#595959"), "MsoNormal", "margin-bottom:0cm"));
html.push(P(span(TITLE), "MsoTitle"));
html.push(P(span(SUBTITLE), "MsoSubtitle"));
for (const [l, t] of META) html.push(P(`<b>${span(l)}</b>${span(" " + t)}`, "MsoNormal", "margin-bottom:0cm"));
html.push(P("&nbsp;"));
const bullet = (t, pos) => P(`<span lang=EN-GB style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>${span(t)}`,
  `MsoListParagraphCxSp${pos}`, `margin-left:36.0pt;text-indent:-18.0pt`);
// Word's filtered HTML writes a numbered list's numbers as text, padded with &nbsp;
const numbered = (n, t, pos) => P(`<span lang=EN-GB>${n}.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>${span(t)}`,
  `MsoListParagraphCxSp${pos}`, `margin-left:36.0pt;text-indent:-18.0pt`);
const cell = (t, w, head, shade) => {
  const bg = head ? "background:#1F4E79;" : shade ? "background:#DEEAF6;" : "";
  const inner = t === "" ? "&nbsp;" : head ? `<b>${span(t, "font-size:9.0pt;color:white")}</b>` : span(t, "font-size:9.0pt");
  return `  <td width=${w} valign=top style='width:${(w * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;${bg}padding:0cm 5.4pt 0cm 5.4pt'>\n  ${P(inner, "MsoNormal", "margin-bottom:0cm;line-height:normal")}\n  </td>`;
};
for (const b of B) {
  if (b[0] === "h") html.push(P(`<b>${span(b[1], "font-size:13.0pt;color:#1F4E79")}</b>`, "MsoNormal", "margin-top:12.0pt"));
  else if (b[0] === "p") html.push(P(span(b[1])));
  else if (b[0] === "bul") b[1].forEach((t, i) => html.push(bullet(t, b[1].length === 1 ? "" : i === 0 ? "First" : i === b[1].length - 1 ? "Last" : "Middle")));
  else if (b[0] === "num") b[1].forEach((t, i) => html.push(numbered(i + 1, t, i === 0 ? "First" : i === b[1].length - 1 ? "Last" : "Middle")));
  else if (b[0] === "table") {
    const [, cap, head, rows, W] = b;
    html.push(P(`<b>${span(cap, "font-size:10.0pt")}</b>`, "MsoCaption", "margin-bottom:3.0pt"));
    html.push("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>");
    html.push(` <tr style='height:14.2pt'>\n${head.map((c, i) => cell(c, W[i], true)).join("\n")}\n </tr>`);
    rows.forEach((r, k) => html.push(` <tr>\n${r.map((c, i) => cell(c, W[i], false, k % 2 === 1)).join("\n")}\n </tr>`));
    html.push("</table>");
    html.push(P("&nbsp;"));
  }
}
// Word wraps its HTML source at about 76 columns, at spaces (inside text and tags alike)
const wrap = (line) => {
  const out = [];
  let cur = "";
  for (const w of line.split(" ")) {
    if (cur && (cur + " " + w).length > 76) { out.push(cur); cur = w; } else cur = cur ? cur + " " + w : w;
  }
  out.push(cur);
  return out.join("\n");
};
const STYLE = `<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	color:#44546A;
	font-style:italic;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	font-size:14.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
.MsoPapDefault
	{margin-bottom:8.0pt;
	line-height:107%;}
@page WordSection1
	{size:841.9pt 595.3pt;
	margin:54.0pt 54.0pt 54.0pt 54.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>`;
const doc = `<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>${esc(TITLE + " – " + SUBTITLE)}</title>
${STYLE}

</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>

${html.map((h) => h.split("\n").map(wrap).join("\n")).join("\n\n")}

</div>

</body>

</html>
`;
// encode as windows-1252; characters outside it as numeric references
const rev = new Map();
for (let b = 0xa0; b <= 0xff; b++) rev.set(String.fromCharCode(b), b);
// 0x80–0x9f of windows-1252 (Node's TextDecoder may treat the label as latin1, so the table is written out)
const C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
[...C1].forEach((ch, i) => { if (ch.charCodeAt(0) > 0x9f) rev.set(ch, 0x80 + i); });
const bytes = [];
for (const ch of doc) {
  const c = ch.codePointAt(0);
  if (c < 0x80) bytes.push(c);
  else if (rev.has(ch)) bytes.push(rev.get(ch));
  else for (const x of Buffer.from(`&#${c};`)) bytes.push(x);
}
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), Buffer.from(bytes));

// ---------------------------------------------------------------- rendering
// One line per paragraph or list item (no bullet; a numbered item keeps its number, which is text in the file), "Label: value" for the bold labels, tables as caption,
// header row and rows with cells joined by " | "; blank (&nbsp;) paragraphs dropped.
const R = [TOP, TITLE, SUBTITLE, ...META.map(([l, t]) => `${l} ${t}`)];
for (const b of B) {
  if (b[0] === "h" || b[0] === "p") R.push(b[1]);
  else if (b[0] === "bul") R.push(...b[1]);
  else if (b[0] === "num") R.push(...b[1].map((t, i) => `${i + 1}. ${t}`));
  else if (b[0] === "table") R.push(b[1], b[2].join(" | "), ...b[3].map((r) => r.join(" | ")));
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.html (${bytes.length} bytes, windows-1252) and text/${BASE}.txt (${R.length} lines); scores ${JSON.stringify(counts)}`);
