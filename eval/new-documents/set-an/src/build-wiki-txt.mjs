// Builds docs/oral-health-improvement-task-group-wiki-2066-67.txt: the LGA staff wiki page of the Oral Health
// Improvement Task Group, saved as MediaWiki wikitext (the "Edit source" text), and its rendering
// text/oral-health-improvement-task-group-wiki-2066-67.txt (the same text, each wikitable row as "cell | cell").
// Synthetic test fixture: people, figures and decisions are invented.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MEMBERS, SUBS, OFFICERS, ASKS, MEETINGS, check } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "oral-health-improvement-task-group-wiki-2066-67";
check();

const link = (name) => `[[${name}]]`;
const user = (o) => `[[User:${o.user}|${o.name}]]`;
const L = [];
L.push(`{{Short description|LGA member task group on children's oral health, 2066/67}}`);
L.push(`{{Staff wiki page|owner=Saoirse Pagnell|reviewed=2 November 2066}}`);
L.push(`{{Use dmy dates}}`);
L.push(`The '''Oral Health Improvement Task Group''' ('''OHITG''') is a time-limited member task group of the [[Local Government Association|LGA]], set up by the [[Community Wellbeing Board]] on 24 June 2066 to lead the LGA's work on children's oral health during 2066/67.<ref name="cwb">[[Community Wellbeing Board/Meetings/2066-06-24|Community Wellbeing Board, 24 June 2066]], item 7, decision (b).</ref> It meets four times a year, normally in the Westminster Room at [[18 Smith Square]], with members able to join on Microsoft Teams. Its lead officer is ${user(OFFICERS.pagnell)}.`);
L.push(``);
L.push(`__TOC__`);
L.push(``);
L.push(`== Terms of reference ==`);
L.push(`The task group will:`);
L.push(`# oversee the LGA's '''Oral Health Delivery Plan 2066/67''' and its delivery tracker (see [[#Delivery tracker|Delivery tracker]]);`);
L.push(`# make the case to Government for a ring-fenced supervised toothbrushing grant for councils;`);
L.push(`# respond on behalf of the LGA to consultations on new community water fluoridation schemes;`);
L.push(`# commission and publish good practice on fluoride varnish, oral health in care homes and sugar reduction;`);
L.push(`# report to each meeting of the Community Wellbeing Board through its Chair.<ref name="tor">Terms of reference agreed at the first meeting, 16 September 2066 (tracker item OHT-01).</ref>`);
L.push(``);
L.push(`=== Quorum and decisions ===`);
L.push(`The quorum is four members, including members of at least two political groups. The task group decides by consensus; where it cannot reach one, the Chair refers the matter to the Community Wellbeing Board.<ref name="tor" />`);
L.push(``);
L.push(`=== Substitutes ===`);
L.push(`Each political group names its substitutes for the year. A substitute may attend and vote in place of an absent member '''of the same group''', and must be notified to ${user(OFFICERS.kinsella)} before the meeting starts.`);
L.push(``);
L.push(`== Membership 2066/67 ==`);
L.push(`{| class="wikitable sortable"`);
L.push(`|+ Members of the task group, 2066/67`);
L.push(`! Name !! Council !! Political group !! Role`);
for (const m of MEMBERS) {
  L.push(`|-`);
  L.push(`| ${link(m.name)} || ${m.council} || ${m.group} || {{Role|${m.role}}}`);
}
L.push(`|}`);
L.push(``);
L.push(`'''Substitutes 2066/67'''`);
L.push(`{| class="wikitable"`);
L.push(`! Substitute !! Council !! Political group`);
for (const s of SUBS) {
  L.push(`|-`);
  L.push(`| ${link(s.name)} || ${s.council} || ${s.group}`);
}
L.push(`|}`);
L.push(``);
L.push(`== Meetings 2066/67 ==`);
L.push(`{| class="wikitable"`);
L.push(`! Date !! Main business !! Papers`);
for (const mt of MEETINGS) {
  L.push(`|-`);
  L.push(`| ${mt.date} || ${mt.business} || {{Status|${mt.papers}}}`);
}
L.push(`|}`);
L.push(`Papers are filed in [[OHITG/Papers|the task group's papers library]]; notes are published once the Chair has approved them.`);
L.push(``);
L.push(`== Policy asks ==`);
L.push(`The task group's asks of Government and national bodies, with the lead officer's rating at the last review. Ratings use the wiki's status template: {{Status|Green}} on course; {{Status|Amber}} some concern, action in hand; {{Status|Red}} serious concern, needs members' help; {{Status|Grey}} not started.`);
L.push(``);
L.push(`{| class="wikitable"`);
L.push(`! Ref !! Ask !! Of !! Lead officer !! Rating !! Last reviewed`);
for (const a of ASKS) {
  L.push(`|-`);
  L.push(`| ${a.ref} || ${a.ask} || ${a.of} || ${user(OFFICERS[a.lead])} || {{Status|${a.rating}}} || ${a.reviewed}`);
}
L.push(`|}`);
L.push(``);
L.push(`== Delivery tracker ==`);
L.push(`Progress on the 14 items of the delivery plan is kept in the SharePoint list ''OHITG Delivery Tracker 2066/67'' on the Community Wellbeing team site, not on this page. Exceptions are reported to each meeting.`);
L.push(``);
L.push(`== Officers ==`);
for (const k of ["pagnell", "cardew", "vellacott", "zubair", "kewley", "wadsworth", "kinsella"]) {
  const o = OFFICERS[k];
  L.push(`* ${user(o)}, ${o.post}${o.role ? " – " + o.role : ""}`);
}
L.push(``);
L.push(`== See also ==`);
L.push(`* [[Community Wellbeing Board]]`);
L.push(`* [[Public health grant]]`);
L.push(``);
L.push(`== References ==`);
L.push(`<references />`);
L.push(``);
L.push(`[[Category:Member task groups]]`);
L.push(`[[Category:Public health]]`);
const wikitext = L.join("\n") + "\n";
writeFileSync(join(root, "docs", BASE + ".txt"), wikitext);

// rendering: the same text; wikitable row lines as "cell | cell", row-break lines dropped
const R = [];
for (const line of L) {
  if (/^\|-/.test(line)) continue;
  if (/^\| /.test(line)) R.push(line.slice(2).split(" || ").join(" | "));
  else if (/^! /.test(line)) R.push(line.slice(2).split(" !! ").join(" | "));
  else if (/^\|\+ /.test(line)) R.push(line.slice(3));
  else R.push(line);
}
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log("wrote", BASE);
