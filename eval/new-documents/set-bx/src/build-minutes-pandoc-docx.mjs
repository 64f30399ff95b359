// Builds docs/owstg-minutes-2386-10-13.docx and its rendering in text/.
// Layout: DRAFT MINUTES WRITTEN IN MARKDOWN AND CONVERTED TO WORD BY PANDOC (pandoc -o minutes.docx), so
// the file has pandoc's paragraph styles rather than a council template's: the YAML title block as
// "Title", "Subtitle", "Author" and "Date" paragraphs; "First Paragraph" after each heading and "Body
// Text" after that; "Heading 1" items; THE ATTENDANCE AS A DEFINITION LIST ("Definition Term" over
// "Definition": "Members present", "Attended on Teams (not voting)", "Substitute", "Apologies" …), not a
// table or "label:" lines; RESOLUTIONS AS PANDOC FANCY LISTS whose "(a)", "(b)" are Word's automatic
// numbering (lowerLetter "(%1)"), so the letters are not in the text; "Compact" list paragraphs; the
// action table as pandoc writes a pipe table (style "Table", a header row, no borders between rows,
// owners by full name, due dates in words). The status ("Draft …, not yet approved") is the Date line.
// Rendering: paragraphs in order, one a line (definition terms and definitions each a line); list
// items without their letters; table rows with cells joined by " | ".
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-pandoc-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, P, OFFICERS, GUEST, ACTIONS, BIDS, ROUND1, FUND_TOTAL, THRESHOLD, CONTINGENCY, SAMPLING, LIMITS, money } from "./common.mjs";

const D = requireMain("docx");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, LevelFormat, AlignmentType, BorderStyle } = D;
const FILE = DOCS.minutes;
const text = [];
const body = [];
const para = (s, style = "BodyText") => { body.push(new Paragraph({ style, children: [new TextRun(s)] })); text.push(s); };
let listInstance = 0;
const letters = (items) => { listInstance++; for (const s of items) { body.push(new Paragraph({ style: "Compact", numbering: { reference: "fancy-letters", level: 0, instance: listInstance }, children: [new TextRun(s)] })); text.push(s); } };
const h1 = (s) => para(s, "Heading1");
const dl = (term, def) => { para(term, "DefinitionTerm"); para(def, "Definition"); };
const O = OFFICERS;

para(BODY, "Title");
para("Minutes of the meeting held on Monday 13 October 2386", "Subtitle");
para(`${O.jude.name}, ${O.jude.post}`, "Author");
para("Draft of 16 October 2386, not yet approved", "Date");
para("Meeting Room 2, 18 Smith Square, and on Teams, 11.00am to 1.05pm. These minutes are a draft until the Task Group approves them at its meeting on Monday 8 December 2386.", "FirstParagraph");
h1("Attendance");
dl("Members present", [`${P.penhallow.cllr} (Chair)`, `${P.oyelaran.cllr} (Vice-Chair)`, `${P.quarrendon.cllr} (Deputy Chair)`, ...["winspear", "holroyd", "drewitt", "kettleborough", "sturridge", "garside"].map((k) => P[k].cllr)].join(", "));
dl("Attended on Teams (not voting)", P.jessop.cllr);
dl("Substitute", `${P.rothwell.cllr} for ${P.featherstonehaugh.cllr}`);
dl("Apologies", `${P.featherstonehaugh.cllr} and ${P.lindqvist.cllr}`);
dl("Officers", ["dervla", "idris", "konstantin", "jude"].map((k) => `${O[k].name} (${O[k].post})`).join(", "));
dl("Also present", `${GUEST.name}, ${GUEST.post} (item 6)`);

h1("1. Welcome, apologies and substitutes");
para(`The Chair welcomed members and ${GUEST.name} of the Marlcombe Rivers Trust.`, "FirstParagraph");
para(`Apologies were received from ${P.featherstonehaugh.cllr}, for whom ${P.rothwell.cllr} substituted, and from ${P.lindqvist.cllr}. ${P.jessop.cllr} joined on Teams and did not vote.`);
para(`${P.garside.cllr} said that this would be his last meeting: he stands down from the Task Group on 31 October 2386 on leaving the cabinet of Gullstone District Council. The Chair thanked him for his work on lifeguard recruitment.`);
h1("2. Declarations of interest");
para(`${P.sturridge.cllr} declared a non-pecuniary interest in item 8 as a member of Gannet Cove Surf Life Saving Club, which would use the lifeguard hut in Brackenmouth Council's intended bid. He left the room for that item.`, "FirstParagraph");
para(`${P.drewitt.cllr} declared a non-pecuniary interest in item 6 as a trustee of the Marlcombe Rivers Trust. He took part in the discussion but did not vote.`);
h1("3. Minutes of the meeting held on 8 September 2386");
para("Resolved that the minutes of the meeting held on 8 September 2386 be agreed as a correct record.", "FirstParagraph");
h1("4. Actions from previous meetings");
para("Of the actions agreed on 8 September 2386 (OWT-61 to OWT-70), eight are complete. OWT-64, daily storm overflow spill alerts from the water company, is still open: the company has asked for a data-sharing agreement. OWT-69 is superseded by item 8.", "FirstParagraph");
h1("5. Quarter 2 performance 2386/87");
para(`${O.dervla.name}, Programme Manager, introduced the tracker for quarter 2 (to 30 September 2386). Three measures were Red (Off track): bathing waters classed Excellent or Good (SWM-01, 78% against 85%), pollution risk warning days (SWM-02, 47 against a ceiling of 40) and sites with step-free access (SWM-07, 6 against 12). Lifeguard cover (SWM-03) was complete, with all 26 sites covered from 1 August.`, "FirstParagraph");
para("Members asked that warning days be shown for each site, and that the recovery plan for step-free access say when the Tidewell beach wheelchair store will reopen.");
para("Resolved that the Task Group:");
letters(["note performance at quarter 2 2386/87;", "ask officers to bring a recovery plan for SWM-07 to the meeting on 8 December 2386;", "ask that SWM-02 be reported site by site from quarter 3."]);
h1("6. Inland swim sites: safety assessments");
para(`${GUEST.name}, Director of the Marlcombe Rivers Trust, reported on the safety assessments of inland swim sites carried out with councils: eight had been completed since July, bringing the total to 17 of the 30 planned. The Trust expects to finish the remaining 13 by the end of March 2387.`, "FirstParagraph");
para(`In answer to ${P.drewitt.cllr.replace(" Anselm", "")}, she said that blue-green algae had closed Whinmoor Reservoir for 23 days in August and that the Trust's template covered algae checks.`);
para("Resolved that the Task Group thank the Trust and ask officers to share its assessment template with all twelve councils, and to arrange a members' visit to Whinmoor Reservoir.");
h1("7. Bathing water sampling");
para(`${O.idris.name}, ${O.idris.post}, reported that two Lenbury bathing waters had fallen to Sufficient after storm overflow spills in July. He proposed extra sampling at six bathing waters in Lenbury and Brackenmouth through the 2387 season.`, "FirstParagraph");
para(`The Finance Business Partner confirmed that the programme contingency stood at ${money(CONTINGENCY)}. As the sum is more than the ${money(LIMITS.officer)} officers may approve, but within the Chair's limit of ${money(LIMITS.chair)}, the Chair had asked that it be put to the Task Group.`);
para(`Resolved that ${money(SAMPLING)} of the programme contingency be allocated to extra sampling at six bathing waters, leaving ${money(CONTINGENCY - SAMPLING)} in contingency.`);
h1("8. Waterside Safety Grants: round 1");
para(`${P.sturridge.cllr} left the room.`, "FirstParagraph");
para(`${O.dervla.name} set out the timetable for round 1 (${money(ROUND1)} of the ${money(FUND_TOTAL)} fund for 2386–88): bids open on Monday 20 October 2386 and close at noon on Friday 21 November 2386; awards will be recommended to the meeting on 8 December 2386. The threshold score is ${THRESHOLD} out of 100.`);
para("Resolved that round 1 open on 20 October 2386 on the criteria circulated, with no match funding required.");
h1("9. Date of next meeting");
para("Monday 8 December 2386 at 11.00am, Meeting Room 2, 18 Smith Square.", "FirstParagraph");
h1("Actions");
const cell = (s, b) => new TableCell({ children: [new Paragraph({ style: "Compact", children: [new TextRun({ text: s, bold: !!b })] })] });
const head = ["Ref", "Item", "Action", "Owner", "Due"];
const rows = [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) })];
text.push(head.join(" | "));
for (const a of ACTIONS) {
  const r = [a.ref, String(a.item), a.text, O[a.owner].name, a.due];
  rows.push(new TableRow({ children: r.map((c) => cell(c)) }));
  text.push(r.join(" | "));
}
const none = { style: BorderStyle.NONE, size: 0, color: "auto" };
body.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: { top: { style: BorderStyle.SINGLE, size: 4, color: "000000" }, bottom: { style: BorderStyle.SINGLE, size: 4, color: "000000" }, left: none, right: none, insideHorizontal: none, insideVertical: none } }));
para("The meeting ended at 1.05pm.", "FirstParagraph");

const ps = (id, name, o = {}) => ({ id, name, basedOn: o.basedOn ?? "Normal", next: o.next ?? "BodyText", quickFormat: true, run: o.run ?? {}, paragraph: o.paragraph ?? { spacing: { before: 180, after: 180 } } });
const doc = new Document({
  creator: O.jude.name,
  title: `${BODY}: minutes of 13 October 2386`,
  description: "Generated by pandoc from minutes-2386-10-13.md",
  styles: {
    paragraphStyles: [
      ps("BodyText", "Body Text"),
      ps("FirstParagraph", "First Paragraph", { basedOn: "BodyText" }),
      ps("Compact", "Compact", { basedOn: "BodyText", paragraph: { spacing: { before: 36, after: 36 } } }),
      ps("Title", "Title", { run: { size: 36, bold: true, color: "345A8A" }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 } } }),
      ps("Subtitle", "Subtitle", { basedOn: "Title", run: { size: 30, color: "345A8A" } }),
      ps("Author", "Author", { paragraph: { alignment: AlignmentType.CENTER } }),
      ps("Date", "Date", { paragraph: { alignment: AlignmentType.CENTER } }),
      ps("DefinitionTerm", "Definition Term", { run: { bold: false }, paragraph: { spacing: { before: 0, after: 0 }, keepNext: true } }),
      ps("Definition", "Definition", { paragraph: { indent: { left: 720 }, spacing: { before: 0, after: 120 } } }),
      ps("Heading1", "Heading 1", { run: { size: 32, bold: true, color: "4F81BD" }, paragraph: { spacing: { before: 480, after: 0 }, keepNext: true } }),
    ],
  },
  numbering: { config: [{ reference: "fancy-letters", levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "(%1)", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 480 } } } }] }] },
  sections: [{ children: body }],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
