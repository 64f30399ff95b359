// Builds docs/innstg-meeting-notes-2642-01-20-etherpad.html and its rendering in text/.
// Layout: AN ETHERPAD PAD EXPORTED AS HTML ("Import/Export > Export current pad as: HTML"), the live notes
// the clerk and officers typed together during the meeting of Thursday 20 January 2642, as Etherpad
// writes the export:
//  - Etherpad's export template: `<!doctype html>`, the PAD'S ID AS THE <title> ("innstg-2642-01-20"),
//    generator / author / changedby metas all "Etherpad", a <style> block of CSS counters for lists;
//  - NO HEADINGS AND NO PARAGRAPHS: every pad line is text followed by <br>; a blank line is a bare <br>;
//    the item titles are only <strong> runs the clerk typed with their numbers ("4. Programme progress");
//  - bullet lines as <ul class="bullet"><li>, and NUMBERED LINES AS <ol start="1" class="number"><li>
//    WHOSE NUMBERS EXIST ONLY AS CSS COUNTERS (ol > li:before { content: counter(first) ". " }), so the
//    numbers of the decisions under "AGREED:" are not in the text at all;
//  - runs of spaces as alternating "&nbsp; " (Etherpad's _processSpaces), apostrophes as &#x27;;
//  - AUTHORSHIP LOST: the colours that showed who typed what are not exported, so the clerk's asides
//    typed into the text in square brackets ("[PO: …]") are the only sign of who wrote a line;
//  - corrections typed over the draft as STRIKETHROUGH (<s>), the struck date left beside the new one;
//  - THE ACTIONS AS A TABLE TYPED WITH PIPES AND PADDED WITH SPACES ("| INA-29 | … |"), including a typed
//    "|-----|" rule: to the export it is just lines of text;
//  - the pad's own header lines (the meeting, room and time, the note-taker, a line of dashes) above
//    the notes, and a trailing scratch area for the next agenda.
// Rendering: each pad line or list item a line (no numbers for the CSS-numbered items; struck text as
// "~~struck~~"); the typed table's rows as cells joined by " | ", its rule and the blank lines left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-notes-etherpad-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { DOCS, root, JAN, M, ACTIONS, OFFICERS as O, GUEST, SURVEY, weighted, ROUND2, money } from "./common.mjs";

const FILE = DOCS.pad;
const BASE = basename(FILE, extname(FILE));
const names = (ks) => ks.map((k) => M[k].name + (M[k].role === "Chair" || M[k].role === "Vice-Chair" ? ` (${M[k].role})` : "")).join(", ");
const q1yes = SURVEY.q1.choices[0][1];
const enf = weighted(SURVEY.q3.rows[2][1]);

// the pad, line by line: ["line", text] (inline **bold**, ~~struck~~), ["ul", [items]], ["ol", [items]], ["blank"], ["table", [rows]]
const PAD = [
  ["line", "**INNS Task Group – Thursday 20 January 2642 – notes (DRAFT until agreed at the next meeting)**"],
  ["line", "Room 2.3, 18 Smith Square and Teams.  10:30 to 12:45"],
  ["line", "Notes: Philippa Outhwaite.  Please put corrections in the pad, don't email them – PO"],
  ["line", "------------------------------------------------------------"],
  ["blank"],
  ["line", `**Present (in the room):** ${names(JAN.room)}`],
  ["line", `**Online (Teams):** ${names(JAN.online)}`],
  ["line", `**Apologies:** ${names(JAN.apologies)}`],
  ["line", `**Substitute:** ${M[JAN.sub.who].name} for ${M[JAN.sub.for].name}`],
  ["line", `**Officers:** ${O.tamsin.name} (Programme Manager), ${O.lachlan.name} (Senior Adviser, Biosecurity), ${O.ines.name} (Data and Systems Lead), ${O.philippa.name} (notes)`],
  ["line", `**Guest (item 6):** ${GUEST.name}, ${GUEST.post}`],
  ["blank"],
  ["line", "**1. Welcome, apologies and substitutes**"],
  ["line", "The Chair welcomed Cllr Saoirse Tankard (Labour, Brinkley Vale), who replaced Cllr Lionel Varty on the Task Group from 1 January 2642. Apologies and the substitute as above."],
  ["blank"],
  ["line", "**2. Declarations of interest**"],
  ["ul", [
    "Cllr Gwilym Ridsdale: member of the Sawle Valley Angling Association (item 4, crayfish biosecurity project). Personal interest; took part.",
    "Cllr Augustin Dowthwaite: owns farmland at Quarlby with a knotweed stand being treated under the programme (item 4). Left the room for the knotweed discussion.",
  ]],
  ["blank"],
  ["line", "**3. Notes of the meeting of 14 October 2641**"],
  ["line", "Agreed as a correct record. Matter arising: the letter to the Minister on knotweed in new development (INA-24) was sent on 2 December 2641."],
  ["blank"],
  ["line", "**4. Programme progress – ServiceNow report at 31 December 2641**"],
  ["line", `${O.tamsin.name} introduced the report. Ten projects: six Green, two Yellow (amber), two Red; one closed.`],
  ["line", "Red: the floating pennywort clearance (cost – the contractor's revised price for the second clearance) and the mapping app (schedule – Fernleaf Digital missed the December beta)."],
  ["line", `Members asked why the app had slipped. ${O.ines.name} said the supplier had lost its lead developer and now forecast go-live in ~~June~~ July 2642 at the earliest.`],
  ["line", "**AGREED:**"],
  ["ol", [
    "that a recovery plan for the floating pennywort clearance come to the March meeting;",
    "that officers get a revised timetable and a fixed price from Fernleaf Digital.",
  ]],
  ["line", "Cllr Dowthwaite left the room for the knotweed project and came back for item 5."],
  ["blank"],
  ["line", "**5. Council capacity survey – results**"],
  ["line", `${O.lachlan.name} presented the SurveyMonkey results. The survey ran from 4 to 29 November 2641; ${SURVEY.q1.answered} of the ${SURVEY.invited} member councils answered. ${q1yes} have a named INNS lead officer. Enforcement was rated the weakest area (weighted average ${enf} out of 5), and contractor treatment of knotweed came top of the uses for round 2 money.`],
  ["line", "**AGREED:** to publish a summary to all member councils, and that Cllr Loxley-Mensah lead a capacity action plan for the March meeting."],
  ["blank"],
  ["line", "**6. Floating pennywort on the River Sawle – Lathe and Sawle Rivers Trust**"],
  ["line", "Dr Hester Nunnerley said the Trust had recorded floating pennywort at 37 sites on the River Sawle in 2641, against 9 three years earlier. In the Trust's experience every £1 spent on early removal saves around £8 of later clearance.  [PO: Hester to send slides – can someone chase?]"],
  ["line", "The Chair thanked Dr Nunnerley."],
  ["blank"],
  ["line", "**7. Riverbank Restoration Fund – round 2**"],
  ["line", `**AGREED** in principle: round 2 of £${money(ROUND2.pot)}, bids of up to £${money(ROUND2.max)}, at least ${ROUND2.match} match funding from the bidding council; officers to bring the prospectus to the March meeting.`],
  ["blank"],
  ["line", "**8. Any other business**"],
  ["line", "Cllr Heppenstall asked that the Asian hornet campaign start before April. Officers will look at it; no change agreed."],
  ["line", "Next meeting: Thursday 17 March 2642, 10:30."],
  ["blank"],
  ["line", "**ACTIONS**"],
  ["table", [["Ref", "Action", "Who", "By"], ...ACTIONS.map((a) => [a.ref, a.what, a.who, a.struck ? `~~${a.struck}~~ ${a.by}` : a.by])]],
  ["blank"],
  ["line", "------------------------------------------------------------"],
  ["line", "scratch – ideas for the March agenda (not part of the notes)"],
  ["ul", ["round 2 prospectus", "hornet campaign dates?", "invite the angling association?"]],
];

// ---- HTML as Etherpad exports it
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
const spaces = (s) => s.replace(/ {2,}/g, (run) => Array.from(run, (_, i) => (i % 2 === 0 ? "&nbsp;" : " ")).join(""));
const inline = (s) => spaces(esc(s)).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/~~(.+?)~~/g, "<s>$1</s>");
// the typed table: columns padded with spaces, as someone lines pipes up by eye in a proportional font
const tableLines = (rows) => {
  const w = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].replace(/~~/g, "").length)));
  const line = (r) => "| " + r.map((c, j) => c + " ".repeat(Math.max(1, w[j] - c.replace(/~~/g, "").length + 1) - 1)).join(" | ") + " |";
  return [line(rows[0]), "|" + w.map((x) => "-".repeat(x + 2)).join("|") + "|", ...rows.slice(1).map(line)];
};
let body = "";
for (const [kind, v] of PAD) {
  if (kind === "line") body += inline(v) + "<br>";
  else if (kind === "blank") body += "<br>";
  else if (kind === "ul") body += '<ul class="bullet">' + v.map((i) => "<li>" + inline(i) + "</li>").join("") + "</ul>";
  else if (kind === "ol") body += '<ol start="1" class="number">' + v.map((i) => "<li>" + inline(i) + "</li>").join("") + "</ol>";
  else if (kind === "table") for (const l of tableLines(v)) body += inline(l) + "<br>";
}
const html = `<!doctype html>
<html lang="en">
<head>
<title>innstg-2642-01-20</title>
<meta name="generator" content="Etherpad">
<meta name="author" content="Etherpad">
<meta name="changedby" content="Etherpad">
<meta charset="utf-8">
<style> * {
  font-family: arial, sans-serif;
  font-size: 13px;
  line-height: 17px;
}
ul.indent { list-style-type: none; }
ol { list-style-type: none; padding-left: 0; }
body > ol { counter-reset: first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth; }
ol > li:before { content: counter(first) ". " ; counter-increment: first; }
ol > ol > li:before { content: counter(first) "." counter(second) ". " ; counter-increment: second; }
ol > ol > ol > li:before { content: counter(first) "." counter(second) "." counter(third) ". " ; counter-increment: third; }
ol > ol > ol > ol > li:before { content: counter(first) "." counter(second) "." counter(third) "." counter(fourth) ". " ; counter-increment: fourth; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
writeFileSync(join(root, "docs", FILE), html, "utf8");

// ---- rendering
const plain = (s) => s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/ {2,}/g, " ").trim();
const out = [];
for (const [kind, v] of PAD) {
  if (kind === "line") { if (!/^-+$/.test(v)) out.push(plain(v)); }
  else if (kind === "ul" || kind === "ol") for (const i of v) out.push(plain(i));
  else if (kind === "table") for (const r of v) out.push(r.join(" | "));
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
