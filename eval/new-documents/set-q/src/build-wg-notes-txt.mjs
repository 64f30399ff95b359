// Builds docs/dark-skies-working-group-notes-2027-01-20.txt (the note of the Dark Skies Working Group of the LGA
// Street Lighting and Dark Skies Panel, meeting of Wednesday 20 January 2027, on Teams) and its plain-text
// rendering text/dark-skies-working-group-notes-2027-01-20.txt (the same file name as the document: the document
// goes into the ingest corpus and the rendering into the scorer's corpus, as in set O).
//
//   node src/build-wg-notes-txt.mjs
//
// Layout: plain text as typed by a clerk, 78 columns: capitals heading block, "Status:" / "Note taker:" lines,
// a rule of "="; an ATTENDANCE GRID 2026/27 in fixed-width columns padded with spaces: one row per member with
// the group abbreviation and P / A / S / - under THREE MEETING-DATE COLUMNS WHOSE HEADINGS RUN OVER TWO LINES
// ("29 Jul" above "2026"), a key line, a dashed rule, a TOTAL ROW "Members present (incl. subs)", co-opted
// advisers below with abbreviations (SLN, LEG) explained in a note, and the substitutes given only in "*" / "**"
// notes under the grid; an "Officers:" paragraph; then numbered items in capitals ("3. DARK SKIES MODEL POLICY -
// CONSULTATION DRAFT") with numbered paragraphs ("3.2") HARD-WRAPPED at 78 columns with a hanging indent;
// abbreviations (WG, PNL, CCT, ZL); an ACTION LIST whose actions are two- or three-line blocks: the reference and
// action, then "Owner: …   Due: …   Status: …" (dates like "5 Feb 2027"; a long status on a line of its own).
// Rendering: heading lines as they are; wrapped paragraphs joined into one line each; each grid row as its
// cells joined with " | " (the two heading lines as two lines, the first with empty first cells); the grid's
// dashed rules and the "=" rules dropped; each action as two lines (reference and action; the
// Owner/Due/Status line with " | ").
// Synthetic test fixture: the people, research and figures are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "dark-skies-working-group-notes-2027-01-20";

// ---------------------------------------------------------------- content
const HEAD = [
  "LOCAL GOVERNMENT ASSOCIATION",
  "STREET LIGHTING AND DARK SKIES PANEL",
  "",
  "DARK SKIES WORKING GROUP (DSWG)",
];
const WHEN = "Note of the meeting held on Wednesday 20 January 2027, 2.00 pm to 3.35 pm, on Microsoft Teams";
const LABELS = [["Status:", "DRAFT - to be agreed at the next meeting"], ["Note taker:", "Hamish Brodie (Member Services)"]];
const GRID_TITLE = "ATTENDANCE 2026/27";
const KEY = "Key: P = present   A = apologies   S = substitute attended   - = not a member at the time";
const DATES = [["29 Jul", "2026"], ["07 Oct", "2026"], ["20 Jan", "2027"]];
const MEMBERS = [
  ["Cllr Tobias Hepplewhite (Chair)", "LD", "P", "P", "P"],
  ["Cllr Amelia Blakiston", "Con", "P", "A", "P"],
  ["Cllr Rupert Oxenham", "Con", "A", "S*", "P"],
  ["Cllr Helen Ridpath", "Lab", "P", "P", "A"],
  ["Cllr Moira Dunkerley (to 31 Dec 2026)", "Lab", "P", "A", "-"],
  ["Cllr Kwabena Darko (from 1 Jan 2027)", "Lab", "-", "-", "P"],
  ["Cllr Norman Rookledge", "Ind", "P", "P", "S**"],
];
const TOTAL_LABEL = "Members present (incl. subs)";
const ADVISERS_H = "Co-opted advisers (non-voting)";
const ADVISERS = [
  ["Dr Leah Fearnside (SLN)", "", "P", "P", "P"],
  ["Owain Pickersgill (LEG)", "", "A", "P", "P"],
];
const GRID_NOTES = [
  "* 07 Oct: Cllr Henry Umfreville (Con, Rutland) attended for Cllr Oxenham.",
  "** 20 Jan: Cllr Dennis Openshaw (Ind, Mansfield) attended for Cllr Rookledge.",
  "SLN = Starlight Landscapes Network; LEG = Lighting Engineers' Guild.",
];
const OFFICERS = "Officers: Zofia Lisowska (Adviser, Dark Skies - lead officer for the WG), Anjali Raghunathan (Senior Adviser, Street Lighting), Hamish Brodie (notes).";
const ITEMS = [
  ["1. WELCOME AND APOLOGIES", [
    "1.1 The Chair, Cllr Tobias Hepplewhite, welcomed Cllr Kwabena Darko, who replaced Cllr Moira Dunkerley on the WG from 1 January 2027, and thanked Cllr Dunkerley for her work on the model policy.",
    "1.2 Apologies were received from Cllr Helen Ridpath. Cllr Dennis Openshaw attended as substitute for Cllr Norman Rookledge.",
    "1.3 No interests were declared.",
  ]],
  ["2. NOTE OF THE LAST MEETING (7 OCTOBER 2026) AND ACTIONS", [
    "2.1 The note was agreed. Progress on actions is shown in the action list at the end of this note.",
  ]],
  ["3. DARK SKIES MODEL POLICY - CONSULTATION DRAFT", [
    "3.1 Zofia Lisowska introduced the consultation draft of \"Dark skies: a model policy for councils\", which went out to councils on 11 January 2027. The consultation closes on 26 February 2027; 34 responses had been received by 19 January.",
    "3.2 The WG agreed to recommend to the Panel (item 5 on 10 February) that the policy should set a maximum CCT of 2700K for new and replacement lights within 2 km of a National Landscape, a National Park or a dark sky place, and 3000K elsewhere.",
    "3.3 Cllr Blakiston asked that the policy should also cover floodlighting at council-owned sports pitches. Agreed; ZL to draft wording (DSWG-A08).",
    "3.4 The WG agreed to recommend that the final policy be launched at the Lighting and Dark Skies Summit in June 2027.",
  ]],
  ["4. PART-NIGHT LIGHTING RESEARCH - INTERIM FINDINGS", [
    "4.1 Zofia Lisowska summarised the interim findings of Brackenridge Research Ltd. In 11 of the 12 study areas there was no significant change in recorded crime in the year after PNL was introduced. In one area there was a rise in vehicle crime, which the researchers are looking into further. In all 12 areas fewer women than men said they felt safe walking after midnight, but the gap had not widened since PNL was introduced.",
    "4.2 The final report is due by 31 March 2027 and will be presented to the Panel on 19 May 2027. Members asked that the interim findings should not be shared outside the WG until then.",
  ]],
  ["5. SMART LIGHTING FUND ROUND 2 - CALL-IN", [
    "5.1 Cllr Oxenham, one of the three members who called in the Chair's decision of 18 January 2027 on the round 2 grants (SLDP-ED 27/01), explained the concern about rural councils. Anjali Raghunathan explained how the bids had been scored.",
    "5.2 The WG noted that it does not take decisions for the Panel and took no view on the call-in, which the Panel will consider on 10 February 2027.",
  ]],
  ["6. DARK SKIES WEEK 2027 (6-14 MARCH)", [
    "6.1 Theo Pargeter had sent an update: 29 councils had signed up as partners by 15 January 2027, against a target of 40. The campaign materials from Northlight Design Co. will be ready by 15 February.",
    "6.2 All members agreed to contact councils in their regions (DSWG-A10).",
  ]],
  ["7. ANY OTHER BUSINESS", [
    "7.1 Dr Fearnside reported that the Starlight Landscapes Network will launch a \"dark sky friendly lighting\" award for councils in April 2027.",
  ]],
  ["8. NEXT MEETING", [
    "8.1 Wednesday 14 April 2027, 2.00 pm, Microsoft Teams.",
  ]],
];
const ACTIONS_H = "ACTION LIST (updated 20 January 2027)";
// [ref, action, owner, due, status]
const ACTIONS = [
  ["DSWG-A04", "Collect examples of lighting management plans from dark sky places", "Dr Leah Fearnside", "7 Oct 2026", "Done"],
  ["DSWG-A05", "Write to National Park authorities about joint guidance on lighting near park boundaries", "Zofia Lisowska", "30 Nov 2026", "Done"],
  ["DSWG-A06", "List the councils that have a policy on sports floodlighting", "Anjali Raghunathan", "16 Dec 2026", "OVERDUE - now due 5 Feb 2027"],
  ["DSWG-A07", "Share the consultation draft of the model policy with all councils", "Zofia Lisowska", "11 Jan 2027", "Done"],
  ["DSWG-A08", "Draft wording on floodlighting at council-owned sports pitches", "Zofia Lisowska", "5 Feb 2027", "New"],
  ["DSWG-A09", "Send this note to the Panel for its meeting on 10 February", "Hamish Brodie", "3 Feb 2027", "New"],
  ["DSWG-A10", "Contact councils in own region about becoming Dark Skies Week partners", "All members", "26 Feb 2027", "New"],
  ["DSWG-A11", "Invite Brackenridge Research Ltd to present the final report to the Panel on 19 May", "Hamish Brodie", "31 Mar 2027", "New"],
];

// ---------------------------------------------------------------- checks
const present = [2, 3, 4].map((c) => MEMBERS.filter((r) => /^[PS]/.test(r[c])).length);
const TOTAL = [TOTAL_LABEL, "", ...present.map(String)];
if (present.join() !== "5,4,5") throw new Error("present " + present);
if (MEMBERS.filter((r) => r[4] !== "-").length !== 6) throw new Error("six members at 20 Jan");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const m of JSON.stringify([WHEN, ITEMS]).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g))
  if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error("wrong weekday: " + m[0]);
for (const [d, y] of DATES) { const x = new Date(`${d} ${y} 12:00 UTC`); if (x.getUTCDay() !== 3) throw new Error("meeting not a Wednesday " + d); }

// ---------------------------------------------------------------- text
const WIDTH = 78;
const wrap = (t, indent = "", first = "") => {
  const out = [];
  let line = first;
  for (const w of t.split(" ")) {
    if (line.trim() && (line + " " + w).length > WIDTH) { out.push(line); line = indent + w; }
    else line = line.trim() ? line + " " + w : line + w;
  }
  out.push(line);
  return out;
};
const para = (t) => { // numbered paragraph with a hanging indent
  const m = t.match(/^(\d+\.\d+) (.*)$/);
  return m ? wrap(m[2], "      ", (m[1] + "   ").slice(0, 5)) : wrap(t);
};
const COLS = [40, 7, 10, 10, 8];
const gridRow = (cells) => cells.map((c, i) => (i >= 2 ? ("   " + c).padEnd(COLS[i]) : c.padEnd(COLS[i]))).join("").trimEnd();
const rule = COLS.map((w, i) => "-".repeat(i >= 2 ? 6 : w - 2).padEnd(i >= 2 ? COLS[i] : w)).join("").trimEnd();
const L = [];
L.push(...HEAD, ...wrap(WHEN), "");
for (const [l, t] of LABELS) L.push(`${l.padEnd(12)}${t}`);
L.push("", "=".repeat(WIDTH), "", GRID_TITLE, "", ...wrap(KEY), "");
L.push(gridRow(["", "", ...DATES.map((d) => d[0])]), gridRow(["Member", "Group", ...DATES.map((d) => " " + d[1])]), rule);
for (const r of MEMBERS) L.push(gridRow(r));
L.push(rule, gridRow(TOTAL), "", ADVISERS_H);
for (const r of ADVISERS) L.push(gridRow(r));
L.push("");
for (const n of GRID_NOTES) L.push(...wrap(n, "   "));
L.push("", ...wrap(OFFICERS), "", "-".repeat(WIDTH));
for (const [h, ps] of ITEMS) {
  L.push("", h, "");
  for (const p of ps) L.push(...para(p));
}
L.push("", "-".repeat(WIDTH), "", ACTIONS_H, "");
for (const [ref, act, owner, due, status] of ACTIONS) {
  L.push(...wrap(act, " ".repeat(10), ref.padEnd(9)));
  const ol = `${" ".repeat(10)}Owner: ${owner}   Due: ${due}   Status: ${status}`;
  if (ol.length <= WIDTH) L.push(ol);
  else L.push(`${" ".repeat(10)}Owner: ${owner}   Due: ${due}`, `${" ".repeat(10)}Status: ${status}`); // a long status goes on a third line
}
L.push("", "[End of note]");
for (const l of L) if (l.length > WIDTH) throw new Error("line too long: " + l);
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".txt"), L.join("\n") + "\n");

// ---------------------------------------------------------------- rendering
const cells = (r) => r.map((c) => c.trim()).join(" | ");
const R = [...HEAD.filter(Boolean), WHEN, ...LABELS.map(([l, t]) => `${l} ${t}`), GRID_TITLE, KEY];
R.push(cells(["", "", ...DATES.map((d) => d[0])]).replace(/^ ?\|  \| /, "| | "), cells(["Member", "Group", ...DATES.map((d) => d[1])]));
for (const r of MEMBERS) R.push(cells(r));
R.push(cells(TOTAL).replace(" |  | ", " | | "), ADVISERS_H);
for (const r of ADVISERS) R.push(cells(r).replace(" |  | ", " | | "));
R.push(...GRID_NOTES, OFFICERS);
for (const [h, ps] of ITEMS) R.push(h, ...ps);
R.push(ACTIONS_H);
for (const [ref, act, owner, due, status] of ACTIONS) R.push(`${ref} ${act}`, `Owner: ${owner} | Due: ${due} | Status: ${status}`);
R.push("[End of note]");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.txt (${L.length} lines) and text/${BASE}.txt (${R.length} lines); present ${present}`);
