// Builds docs/uctg-meeting-notes-2652-03-10.txt and its rendering in text/.
// Layout: A ZIM DESKTOP WIKI PAGE, THE FILE ITSELF (Zim keeps every page as a .txt file in its notebook
// folder; this is UCTG/Meetings/2652-03-10_UCTG_meeting.txt, copied out under a plainer name): the
// clerk's draft notes of the meeting of Wednesday 10 March 2652, typed in Zim during the meeting.
//  - ZIM'S PAGE HEADER: "Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6", "Creation-Date:" with an
//    ISO time, then the page title as a level-1 heading "====== … ======" and Zim's template line
//    "Created Wednesday 10 March 2652";
//  - ZIM'S WIKI SYNTAX: headings by runs of "=" (six for the title, five for sections, four below),
//    **bold**, //italic//, __highlight__, ~~strike~~, ''verbatim'', [[Page:Sub|label]] links, tab-indented
//    "* " bullets and typed "1." / "a." lists;
//  - THE ATTENDANCE AS A ZIM TABLE (the Table Editor plugin's pipes with an alignment row "|:---|"),
//    padded to column widths;
//  - THE ACTIONS AS ZIM CHECKBOXES, whose states are Zim's own: "[ ]" open, "[*]" done, "[x]" not done
//    (dropped), "[>]" moved on (carried forward); owners ONLY AS ZIM TAGS ("@Yusuf", "@Araminta", "@Chair"
//    – officers by first name, to be matched with the officers' line at the top); due dates in the Task
//    List plugin's "[d: 31/3/2652]" form (day first, no leading zeros); priority as "!" marks;
//  - corrections typed as ~~struck~~ words beside the new ones; the resolutions in bold "RESOLVED" lines.
// Rendering: from the title on, the page as written: a heading or paragraph or list item a line, without
// the headings' "=" runs and the inline markup characters (** // __ '' ~~), the table's rows as cells
// joined by " | " (its alignment row left out), links as written ("[[UCTG:Meetings|Meetings]]", so that
// every word of the file is in the rendering), checkbox items as written ("[*] UCA-31 …"); Zim's three
// header lines left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-notes-zim-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, P, cllr, OFFICERS as O, GUEST, ATTENDANCE, MEASURES, REVIEW, ACTIONS_LOG, NEW_ACTIONS, BIDS, DEFERRED, VOTE, BOARD, BOARD_MEETING, Q3_COUNT, q3 } from "./common.mjs";

const FILE = DOCS.zim;
const BASE = basename(FILE, extname(FILE));
const src = [];
const add = (...l) => src.push(...l);

add("Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6", "Creation-Date: 2652-03-10T10:21:47+00:00", "");
add("====== 2652-03-10 UCTG meeting ======", "Created Wednesday 10 March 2652", "");
add("**Unpaid Carers Task Group: notes of the meeting of Wednesday 10 March 2652**, 10.30am, Room 4.1, 18 Smith Square and Microsoft Teams");
add(`//DRAFT notes by ${O.florian.name} (${O.florian.post}), not yet approved. To be agreed at the first meeting of 2652/53.//`);
add("Back to [[UCTG:Meetings|Meetings]] · previous meeting: [[UCTG:Meetings:2651-12-10 UCTG meeting|10 December 2651]] · papers: [[UCTG:Papers:2652-03-10|agenda and papers]]", "");

add("===== Attendance =====", "");
const T = [["Name", "Council", "Role", "Attendance"]];
for (const [k, a] of Object.entries(ATTENDANCE)) {
  const p = P[k];
  const role = p.role === "Substitute" ? "Substitute" : p.role;
  T.push([cllr(k), p.council, role, a]);
}
const wcol = T[0].map((_, c) => Math.max(...T.map((r) => r[c].length)));
const trow = (r) => "|" + r.map((c, i) => c.padEnd(wcol[i])).join("|") + "|";
add(trow(T[0]), "|" + wcol.map((w) => ":" + "-".repeat(w - 1)).join("|") + "|", ...T.slice(1).map(trow), "");
const officers = ["nkiru", "araminta", "yusuf", "delphine", "florian"].map((k) => `${O[k].name} (${O[k].post})`);
add(`**Officers:** ${officers.join(", ")}.`);
add(`**Guest (item 7):** ${GUEST.name}, ${GUEST.post}.`, "");

add("===== 1. Welcome, apologies and substitutes =====");
add(`The Chair welcomed ${cllr("tyldesley")} (Brockhall County Council), who joined the Task Group on 16 February 2652 in place of ${cllr("nutbeam")}, and thanked Cllr Nutbeam for her work since 2649. Apologies from ${cllr("scallon")} (Vice-Chair), for whom ${cllr("balfouridris")} substituted, and from ${cllr("bowdery")}, who sent no substitute. ${cllr("oseilockwood")} joined on Teams.`, "");

add("===== 2. Declarations of interest =====");
add(`* ${cllr("tordoff")}: item 5, Kettlemouth Borough Council's bid (CBIF-03); she is Kettlemouth's Cabinet Member for Adult Care. She left the room for item 5 and took no part in the decision.`);
add(`* ${cllr("ludgate")}: item 5, Wrayton Metropolitan Borough Council's bid (CBIF-05); she is a trustee of Wrayton Carers' Trust, the council's partner in the bid. She left the room for item 5 and took no part in the decision.`);
add("* No other declarations.", "");

add("===== 3. Notes of 10 December 2651 and actions =====");
add("**RESOLVED** that the notes of the meeting of 10 December 2651 are a correct record.");
add("Actions from 10 December reviewed against the OpenProject action log (ticked done, crossed dropped, arrow carried forward to the next meeting, empty still open):");
const LOGBY = Object.fromEntries(ACTIONS_LOG.map((a) => [a.ref, a]));
const tagOf = { nkiru: "Nkiru", araminta: "Araminta", yusuf: "Yusuf", delphine: "Delphine", florian: "Florian" };
for (const [ref, [state, note]] of Object.entries(REVIEW)) {
  const a = LOGBY[ref];
  const due = state === ">" ? (ref === "UCA-32" ? " [d: 14/4/2652]" : " [d: 31/3/2652]") : "";
  add(`[${state}] ${ref} ${a.title}: ${note} @${tagOf[a.assignee]}${due}`);
}
add("");

add("===== 4. Quarter 3 performance =====");
const iv = MEASURES.filter((m) => q3(m) === "Intervene").map((m) => m.ref);
add(`${O.nkiru.name} presented the tracker at quarter 3 (to 31 December 2651): ${Q3_COUNT["On course"]} measures on course, ${Q3_COUNT.Watch} on watch, ${Q3_COUNT.Intervene} marked intervene, ${Q3_COUNT.Done} done and ${Q3_COUNT["Not due"]} not due. Four measures were rated lower than at quarter 2 (UCM-01, UCM-02, UCM-05 and UCM-10) and one higher (UCM-03).`);
add("Members asked why the carers' card contract had been allowed to lapse. Yusuf Stansgate said the procurement board had not met in January; a short extension of the old contract was being looked at.");
add(`**RESOLVED** that the Task Group:`);
add("	a. notes performance at quarter 3;");
add(`	b. asks for recovery plans for the three measures marked intervene (${iv.join(", ")}) by the first meeting of 2652/53;`);
add("	c. asks the Chair to write to Pollardine City Council about its carers' strategy (UCM-10).", "");

add("===== 5. Carers' Breaks Innovation Fund: round 1 awards =====");
add(`Cllr Tordoff and Cllr Ludgate left the room. ${O.araminta.name} introduced the paper: nine bids for £596,000 against the £420,000 available; six recommended (£405,000). ${cllr("tredgold")} moved that the Pollardine bid (CBIF-07) be funded without conditions; there was no seconder. ${cllr("yelburton")} moved, and ${cllr("peploe")} seconded, that the Pollardine award be deferred until Pollardine City Council adopts its carers' strategy.`);
add(`**RESOLVED** (${VOTE.for} for, ${VOTE.against} against: ${cllr("tredgold")}, who said that carers in Pollardine should not lose out because of the council's delay) that the Task Group:`);
add("	a. awards five round 1 grants now: CBIF-01 Millhaven £78,000, CBIF-02 Stainmoor £90,000, CBIF-03 Kettlemouth £52,000, CBIF-05 Wrayton £70,000 and CBIF-06 Swanmere £55,000 (£345,000 in all);");
add(`	b. defers the award of £60,000 to Pollardine City Council (CBIF-07) until the council adopts its carers' strategy; if it has not done so by ${DEFERRED.until} the award lapses and the money goes to round 2;`);
add("	c. does not fund CBIF-04 (Farrowdale), CBIF-08 (Threxton) or CBIF-09 (Rookhaven), which scored below 60, and offers those councils help before round 2;");
add("	d. carries the £15,000 not awarded forward to round 2, which opens on 5 May 2652;");
add("	e. agrees recommendation (d) of the paper: the grant conditions are delegated to the Programme Manager, in consultation with the Chair.", "");

add("===== 6. Risk register =====");
add(`${O.delphine.name} took members through the register as at 1 March. Two risks score 15 or more, above the Task Group's tolerance: UCR-01 (short-break and respite providers leaving the market, 16) and UCR-04 (the Fund underspending, 15, up from 10). UCR-06 (carers' cards) is now an issue and will be managed through the UCM-05 recovery plan.`);
add(`**RESOLVED** that UCR-01 and UCR-04 are escalated to the ${BOARD} on ~~Wednesday 24~~ Thursday 25 March 2652, and that the register is otherwise noted.`, "");

add("===== 7. Carers' take-up of direct payments for breaks =====");
add(`${O.yusuf.name} presented the report asked for in December (UCA-38). Direct payments for breaks reached £812,000 at quarter 3 against £1.2 million for the year; 31% of carers offered a direct payment took it up, against 38% in 2650/51, mostly because carers could not find anyone to employ. ${GUEST.name} said that Swanmere Carers' Centre had turned away 47 requests for an emergency break between October and December.`);
add("**RESOLVED** that the report is noted and that a take-up measure is added to the 2652/53 tracker.", "");

add("===== 8. Any other business =====");
add(`${cllr("maclure")} reported that Carers Rights Day events had been held in nine of the twelve councils. No other business.`, "");

add("===== 9. Next meeting =====");
add(`The first meeting of 2652/53, on a date to be set once the ${BOARD} has reappointed the Task Group at its annual meeting. __Members to send dates they cannot make to Florian.__`, "");

add("===== Actions from this meeting =====");
for (const a of NEW_ACTIONS) add(`[ ] ${a.ref} ${a.text} @${a.tag} [d: ${a.due}]${a.prio ? " " + a.prio : ""}`);
add("");
add("//Notes typed during the meeting; checked against the recording by Florian on 11 March.//", "");

// --- sanity: the text must say what common.mjs says
const all = src.join("\n");
for (const b of BIDS.filter((b) => b.award > 0 && b.ref !== "CBIF-07")) if (!all.includes(`${b.ref} `)) throw new Error("bid missing " + b.ref);
if (!all.includes("£345,000") || 78000 + 90000 + 52000 + 70000 + 55000 !== 345000) throw new Error("awards now");

writeFileSync(join(root, "docs", FILE), all);

// --- rendering: Zim's view of the page
const strip = (s) => s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\/\/(.+?)\/\//g, "$1").replace(/__(.+?)__/g, "$1").replace(/''(.+?)''/g, "$1").replace(/~~(.+?)~~/g, "$1");
const lines = [];
for (const l of src.slice(4)) {
  if (!l.trim()) continue;
  const h = /^(=+) (.*?) =+$/.exec(l);
  if (h) { lines.push(h[2]); continue; }
  if (/^\|:?-/.test(l)) continue;
  if (l.startsWith("|")) { lines.push(l.slice(1, -1).split("|").map((c) => c.trim()).join(" | ")); continue; }
  lines.push(strip(l.replace(/^\t+/, "").replace(/^\* /, "")));
}
writeFileSync(join(root, "text", BASE + ".txt"), lines.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
