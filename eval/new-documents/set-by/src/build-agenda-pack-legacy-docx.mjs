// Builds docs/dwbtg-agenda-pack-2472-03-16.docx and its rendering in text/.
// Layout: A WORD AGENDA PACK BUILT ON AN OLD COUNCIL REPORT TEMPLATE (a .dot of the 1990s, converted, the
// package written here by hand with jszip): the cover, the agenda, the papers for items 4, 5 and 6 and the
// forward plan in one document, as the clerk assembles it. What the old template does, Word still shows,
// and the file's text does not carry:
//  - PARAGRAPH NUMBERS ONLY AS AUTONUMLGL FIELDS: every numbered section heading and paragraph of a paper
//    begins with a { AUTONUMLGL \e } field – a field that STORES NO RESULT (begin, instruction, end; no
//    separate, no cached number) – then a tab. Word numbers them on the fly in legal style from the
//    paragraph's outline level (set in the template's "Report Section" and "Report Para" styles, not in
//    the paragraph), and BECAUSE THE PAPERS ARE ONE DOCUMENT THE NUMBERS RUN ON FROM PAPER TO PAPER:
//    item 4's paper is sections 1–3, item 5's starts at 4 ("5.3", "6.2", "7.2") and item 6's at 11. The
//    papers' own cross-references ("under paragraph 7.2") are typed.
//  - SIDE HEADINGS IN FRAMES: the front-sheet labels ("Purpose of report", "Summary", "Is this report
//    confidential?", "Recommendations", "Contact officer" …) are paragraphs in the template's "Side
//    Heading" style, WHOSE FRAME (w:framePr in the style, not in the paragraph) PUTS THEM IN THE LEFT
//    MARGIN beside the paragraph after them; and each paper opens with a bordered, shaded BOX OF FRAMED
//    PARAGRAPHS AT THE TOP RIGHT (body, date, item number) anchored before its title.
//  - YES / NO ANSWERS AS LEGACY CHECK BOX FORM FIELDS: "Yes [ ] No [x]" where each box is a FORMCHECKBOX
//    field whose state is only <w:checked/> in its form-field data – no character in the text.
// Otherwise: Arial, a page header and a PAGE field in the footer, page breaks between papers, tables with
// a repeated header row (agenda, Table 1 of the bids with a total row, the forward plan); recommendations
// typed "(a)" … "(d)". Core properties name the template's author and the clerk; app.xml the template.
// Rendering: what Word shows, in order: each paragraph a line, a numbered paragraph with its number as Word
// computes it ("5.3 Each bid …"), a side heading and the paragraph beside it as "label | text", a check
// box as ☒ or ☐, table rows as cells joined by " | "; the page header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-agenda-pack-legacy-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, BOARD, PROGRAMME, FUND, ROOM, OFFICERS as O, P, cllr, BIDS, ASKED, AWARDED, LEFT, HOUSEHOLDS, ROUND1, ROUND2, ROUND3_HELD, THRESHOLD, LIMITS, MEASURES, byQ, RISKS, gbp } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.pack;
const BASE = basename(FILE, extname(FILE));
const x = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// ---------------------------------------------------------------- WordprocessingML helpers
const rPr = (o = {}) => {
  const p = [o.b ? "<w:b/>" : "", o.i ? "<w:i/>" : "", o.color ? `<w:color w:val="${o.color}"/>` : "", o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""].join("");
  return p ? `<w:rPr>${p}</w:rPr>` : "";
};
const r = (t, o) => `<w:r>${rPr(o)}<w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
const TAB = `<w:r><w:tab/></w:r>`;
const AUTONUM = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> AUTONUMLGL \\e </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
let boxN = 0;
const CHECK = (on) => `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check${++boxN}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>${on ? "<w:checked/>" : ""}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const pPr = (o = {}) => {
  const parts = [o.style ? `<w:pStyle w:val="${o.style}"/>` : "", o.keepNext ? "<w:keepNext/>" : "", o.pageBreakBefore ? "<w:pageBreakBefore/>" : "", o.frame ?? "", o.border ?? "", o.shd ?? "", o.tabs ?? "", o.spacing ?? "", o.ind ?? "", o.jc ? `<w:jc w:val="${o.jc}"/>` : ""].join("");
  return parts ? `<w:pPr>${parts}</w:pPr>` : "";
};
const BODYX = [];
const R = []; // rendering
const para = (runs, o = {}) => BODYX.push(`<w:p>${pPr(o)}${runs}</w:p>`);

// legal numbering as Word computes AUTONUMLGL: level 1 = "Report Section", level 2 = "Report Para"
const lvl = [0, 0];
const nextNum = (level) => { if (level === 1) { lvl[0]++; lvl[1] = 0; return String(lvl[0]); } lvl[1]++; return `${lvl[0]}.${lvl[1]}`; };
const section = (title) => { const n = nextNum(1); para(AUTONUM + TAB + r(title), { style: "ReportSection" }); R.push(`${n} ${title}`); };
const np = (text) => { const n = nextNum(2); para(AUTONUM + TAB + r(text), { style: "ReportPara" }); R.push(`${n} ${text}`); };
const plain = (text, o = {}, ro = {}) => { para(r(text, ro), o); R.push(text); };
// a side heading (framed by its style) and the paragraph beside it
const side = (label, valueRuns, valueText) => {
  para(r(label), { style: "SideHeading" });
  para(valueRuns, { style: "FrontSheet" });
  R.push(`${label} | ${valueText}`);
};
const sideText = (label, text) => side(label, r(text), text);
const yesNo = (label, yes) => side(label, r("Yes ") + CHECK(yes) + TAB + r("No ") + CHECK(!yes), `Yes ${yes ? "☒" : "☐"} No ${yes ? "☐" : "☒"}`);
// the bordered box of framed paragraphs at the top right of a paper
const FRAME = `<w:framePr w:w="3402" w:hSpace="181" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>`;
const BOX = `<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="auto"/><w:left w:val="single" w:sz="6" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="6" w:space="4" w:color="auto"/><w:right w:val="single" w:sz="6" w:space="4" w:color="auto"/></w:pBdr>`;
const SHD = `<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>`;
const paperStart = (item, title) => {
  [BODY, "16 March 2472", `Item ${item}`].forEach((t, i) => { para(r(t, { b: i === 2 }), { frame: FRAME, border: BOX, shd: SHD, pageBreakBefore: i === 0, jc: "right" }); R.push(t); });
  plain(title, { style: "Heading1" });
};
// a table; the first row a repeated header
const table = (rows, widths, o = {}) => {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const tr = rows.map((row, i) => {
    const head = i === 0;
    const bold = head || (o.totalRow && i === rows.length - 1);
    return `<w:tr>${head ? `<w:trPr><w:tblHeader/></w:trPr>` : ""}` + row.map((c, j) => `<w:tc><w:tcPr><w:tcW w:w="${widths[j]}" w:type="dxa"/>${head ? `<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>` : ""}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>${o.right?.includes(j) && !head ? `<w:jc w:val="right"/>` : ""}</w:pPr>${c ? r(c, { b: bold }) : ""}</w:p></w:tc>`).join("") + `</w:tr>`;
  }).join("");
  BODYX.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${tr}</w:tbl>`);
  for (const row of rows) R.push(row.filter((c) => c !== "").join(" | "));
};

// ================================================================ cover and agenda
plain(BODY, { style: "Title" });
plain("Agenda", { style: "Subtitle" });
const coverLine = (label, value) => { para(r(label, { b: true }) + TAB + r(value), { tabs: `<w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs>`, ind: `<w:ind w:left="1701" w:hanging="1701"/>` }); R.push(`${label} ${value}`); };
coverLine("Date:", "Wednesday 16 March 2472");
coverLine("Time:", "10.30am (pre-meeting for the Chair, Vice-Chair and Deputy Chair at 9.45am in Room 2.5)");
coverLine("Venue:", `${ROOM}, and on Microsoft Teams`);
coverLine("Published:", "Tuesday 8 March 2472");
coverLine("Contact:", `${O.rothery.name}, ${O.rothery.post}, ${O.rothery.phone}, ${O.rothery.email}`);
plain("This meeting was first arranged for Wednesday 9 March 2472. It was moved to give the round 2 assessment panel time to finish its work.");
plain(`Membership: ${cllr("foulkes")} (Conservative, Thornlow County Council) replaced ${cllr("lambourne")} on the Task Group from 1 January 2472.`);
plain("Part A: items to be considered in public", { style: "Heading2" });
table([
  ["Item", "Title", "Lead", "Page"],
  ["1", "Welcome, apologies and substitutes", "Chair", ""],
  ["2", "Declarations of interest", "Chair", ""],
  ["3", "Minutes of the meeting held on 9 December 2471 and action log (for approval; circulated by e-mail on 16 December 2471)", O.rothery.name, ""],
  ["4", "Cleaner Home Heating Programme: performance at quarter 3 2471/72 (Appendix A: Q3 performance summary, separate document)", O.ainsworth.name, "3"],
  ["5", `${FUND}: round 2 awards (key decision)`, O.hargreaves.name, "5"],
  ["6", "Programme risk register (Appendix B: risk register exported from the CRM, separate document)", O.whitlam.name, "9"],
  ["7", "Forward plan", O.rothery.name, "11"],
  ["8", "Any other business", "Chair", ""],
], [700, 5200, 2200, 700], { right: [3] });
plain("Date of next meeting: Wednesday 22 June 2472, 10.30am (provisional)");

// ================================================================ item 4
paperStart(4, `${PROGRAMME.replace(" 2471–73", "")}: performance at quarter 3 2471/72`);
sideText("Purpose of report", "For discussion.");
sideText("Summary", `This report and the summary at Appendix A set out the programme's performance at quarter 3 (1 October to 31 December 2471). Three of the nine measures are red, three green and two amber, and the Burn Better campaign has met its target for the year.`);
yesNo("Is this report confidential?", false);
yesNo("Is this a key decision?", false);
side("Recommendations", r("That the Task Group:"), "That the Task Group:");
plain("(a) notes performance at quarter 3; and", { style: "RecLetter" });
plain("(b) asks the Senior Adviser, Air Quality and Regulation, for a recovery plan for measure CHH-01 by its meeting on 22 June 2472.", { style: "RecLetter" });
sideText("Action", "As directed by the Task Group.");
sideText("Contact officer", O.ainsworth.name);
sideText("Position", O.ainsworth.post);
sideText("Phone", O.ainsworth.phone);
sideText("Email", O.ainsworth.email);
section("Background");
np(`The ${PROGRAMME} has nine measures, CHH-01 to CHH-09, reported each quarter. Appendix A, a summary designed for members, gives the figures and ratings for quarters 1, 2 and 3.`);
section("Performance at quarter 3");
np("Three measures are red: CHH-01 (smoke complaints investigated within 10 working days, 81%), CHH-05 (warning letters followed by compliance, 74%) and CHH-08 (average PM2.5 at the six monitoring sites, 12.8 µg/m³).");
np("The note on enforcement capacity asked for in December (action DWB-31) was sent to members on 28 January 2472. It found that four of the 12 councils had vacant enforcement posts over the winter.");
np("Measure CHH-06 has been achieved: the Burn Better campaign reached an estimated 286,400 residents against a target of 250,000.");
section("Next steps");
np("Quarter 4 figures will be reported to the meeting on 22 June 2472, with the year-end report.");

// ================================================================ item 5
paperStart(5, `${FUND}: round 2 awards`);
sideText("Purpose of report", "For decision.");
sideText("Summary", `Nine councils bid for ${gbp(ASKED)} from round 2 of the ${FUND}, which has ${gbp(ROUND2)} to award. The assessment panel recommends awards of ${gbp(AWARDED)} to seven councils, to help an estimated ${HOUSEHOLDS} households replace an old stove or open fire, and that the remaining ${gbp(LEFT)} is carried to round 3.`);
yesNo("Is this report confidential?", false);
yesNo("Is this a key decision?", true);
side("Recommendations", r("That the Task Group:"), "That the Task Group:");
const REC5 = [
  `(a) awards grants from round 2 of the ${FUND} totalling ${gbp(AWARDED)} to the seven councils listed in Table 1;`,
  `(b) does not fund the bids from Harlowmere District Council (${gbp(68000)}) and Otterholt District Council (${gbp(118000)}), which scored below the threshold of ${THRESHOLD};`,
  `(c) carries the remaining ${gbp(LEFT)} of the round 2 allocation to round 3 in 2472/73; and`,
  "(d) delegates to the Programme Manager, in consultation with the Chair, the reallocation of any award that lapses under paragraph 7.2.",
];
for (const t of REC5) plain(t, { style: "RecLetter" });
sideText("Action", "Officers to write to all nine councils with the outcome by Friday 25 March 2472.");
sideText("Contact officer", O.hargreaves.name);
sideText("Position", O.hargreaves.post);
sideText("Phone", O.hargreaves.phone);
sideText("Email", O.hargreaves.email);
section("Background");
np(`The ${FUND} was set up by the ${BOARD} in May 2471 with £1.2 million over two years to help households in smoke control areas replace an old wood stove or open fire with cleaner heating.`);
np(`In round 1 the Task Group awarded ${gbp(ROUND1)} to six councils on 16 September 2471. By 31 December 2471, 655 households had swapped (measure CHH-02; see item 4).`);
np(`Round 2, with ${gbp(ROUND2)}, was agreed at the meeting on 9 December 2471. It opened on 4 January 2472 and closed at noon on 11 February 2472. The remaining ${gbp(ROUND3_HELD)} of the Fund is held for round 3 in 2472/73.`);
section("Bids received and assessment");
np(`Nine councils bid for a total of ${gbp(ASKED)}.`);
np(`The assessment panel was ${cllr("umeadi")} (lead), ${cllr("mbanefo")} and ${cllr("cotteridge")}, supported by the Grants Officer. Each member of the panel took no part in scoring the bid from their own council (Kelsbridge, Crayminster and Otterholt respectively); those bids were scored by the other two members.`);
np(`Each bid was scored out of 100 by two members of the panel separately, and the scores were moderated at a meeting of the panel on Monday 22 February 2472. Bids scoring ${THRESHOLD} or more were eligible for an award.`);
np("Moderating the scores took longer than planned, which is why this meeting was moved from 9 March to 16 March 2472.");
section("Recommended awards");
np("Table 1 sets out the bids, their scores and the recommended awards.");
plain(`Table 1: ${FUND} round 2: bids and recommended awards`, { style: "Caption" });
table([
  ["Bid", "Council", "Project", "Households", "Asked", "Score", "Recommended award"],
  ...BIDS.map((b) => [b.ref, b.council, b.project, b.hh ? String(b.hh) : "–", gbp(b.asked), String(b.score), b.award ? gbp(b.award) : "–"]),
  ["Total", "", "", String(HOUSEHOLDS), gbp(ASKED), "", gbp(AWARDED)],
], [700, 1900, 2700, 1000, 1000, 700, 1100], { totalRow: true, right: [3, 4, 5, 6] });
np(`The panel recommends ${gbp(42000)} for Quenmoor District Council rather than the ${gbp(49000)} asked for, because ${gbp(7000)} of the bid is for chimney linings, which the Fund does not pay for.`);
np(`The bids from Harlowmere District Council and Otterholt District Council scored below ${THRESHOLD} and are not recommended. Officers will offer both councils feedback before round 3.`);
section("Conditions");
np("Each award is subject to the Fund's standard grant agreement, including quarterly monitoring returns and the removal and safe disposal of every old stove replaced.");
np("Councils must sign their grant agreements by Friday 29 April 2472; an award not taken up by then will lapse and return to the Fund.");
section("Financial implications");
np(`The recommended awards total ${gbp(AWARDED)}, within the ${gbp(ROUND2)} available for round 2. The remaining ${gbp(LEFT)} would be carried to round 3, making ${gbp(ROUND3_HELD + LEFT)} available in 2472/73.`);
np(`Because the awards exceed ${gbp(LIMITS.chair)}, the limit for decisions by the Chair, they must be decided by the Task Group. As they total more than ${gbp(LIMITS.key)}, they are a key decision, and they were on the forward plan published on 2 February 2472.`);
section("Equalities implications");
np("Five of the seven recommended projects are aimed at low-income households, private tenants or care leavers. An equalities screening of each bid is held by the Grants Officer.");
section("Next steps");
np("Subject to the Task Group's decision, officers will write to all nine councils by 25 March 2472 and issue grant agreements by Friday 1 April 2472.");

// ================================================================ item 6
paperStart(6, "Programme risk register");
sideText("Purpose of report", "For discussion.");
sideText("Summary", "The programme's risks are kept in the association's CRM. Appendix B is the register as exported on 3 March 2472. Two risks are rated red, one has been closed and two are new since December.");
yesNo("Is this report confidential?", false);
yesNo("Is this a key decision?", false);
side("Recommendations", r("That the Task Group:"), "That the Task Group:");
plain("(a) notes the risk register at Appendix B;", { style: "RecLetter" });
plain("(b) notes the closure of risk CHR-04; and", { style: "RecLetter" });
plain(`(c) agrees that risk CHR-10 is reported to the ${BOARD} on 6 April 2472 as above the Task Group's tolerance.`, { style: "RecLetter" });
sideText("Action", "Officers to report CHR-10 to the Board.");
sideText("Contact officer", O.whitlam.name);
sideText("Position", O.whitlam.post);
sideText("Phone", O.whitlam.phone);
sideText("Email", O.whitlam.email);
section("How risks are scored");
np("Each risk is scored from 1 to 5 for likelihood and for impact, and its score is the product of the two. Scores of 1 to 6 are green, 8 to 12 amber and 15 to 25 red. Risks scoring 15 or more are above the Task Group's tolerance and are reported to the Board.");
section("Changes since December");
np("Risk CHR-04 (round 1 grant agreements not signed in time) was closed on 11 January 2472, as all six agreements had been signed by 27 October 2471.");
np("Two risks are new: CHR-09, gaps in PM2.5 monitoring data after two monitors were offline for nine days in December, and CHR-10, no programme budget for 2472/73 confirmed yet.");
np("CHR-01, council enforcement capacity, has risen from amber to red, with a score of 16.");
section("Risks above tolerance");
np("CHR-01 was reported to the Board on 19 January 2472.");
np("CHR-10 scores 20. Without a budget for 2472/73, round 3 of the Stove Swap Fund and the second year of the Burn Better campaign cannot be committed. The Programme Manager is discussing the budget with the Board's lead officer.");

// ================================================================ item 7
paperStart(7, "Forward plan");
plain("Items expected at the Task Group's next meetings. Key decisions must be on the forward plan at least 28 days before they are taken.");
table([
  ["Meeting", "Item", "Lead", "Key decision?"],
  ["Wednesday 22 June 2472", "Performance at quarter 4 and year-end report", O.ainsworth.name, "No"],
  ["Wednesday 22 June 2472", "Recovery plan for measure CHH-01", O.emmerson.name, "No"],
  ["Wednesday 22 June 2472", "Smoke control enforcement protocol: outcome of consultation and final protocol", O.emmerson.name, "No"],
  ["Wednesday 22 June 2472", `${FUND} round 3: criteria`, O.hargreaves.name, "No"],
  ["September 2472 (date to be set)", `${FUND} round 3 awards`, O.hargreaves.name, "Yes"],
], [2300, 3900, 1900, 1300]);

// ---------------------------------------------------------------- the package
const NS = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"`;
const SECT = `<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${BODYX.join("")}${SECT}</w:body></w:document>`;
const style = (id, name, type, pPrX, rPrX, o = {}) => `<w:style w:type="${type}"${o.def ? ` w:default="1"` : ""} w:styleId="${id}"${o.custom ? ` w:customStyle="1"` : ""}><w:name w:val="${name}"/>${o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : ""}${o.next ? `<w:next w:val="${o.next}"/>` : ""}<w:qFormat/>${pPrX ? `<w:pPr>${pPrX}</w:pPr>` : ""}${rPrX ? `<w:rPr>${rPrX}</w:rPr>` : ""}</w:style>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
${style("Normal", "Normal", "paragraph", `<w:ind w:left="2552"/>`, "", { def: true })}
${style("Title", "Title", "paragraph", `<w:spacing w:after="60"/><w:ind w:left="0"/>`, `<w:b/><w:sz w:val="40"/>`, { basedOn: "Normal", next: "Subtitle" })}
${style("Subtitle", "Subtitle", "paragraph", `<w:spacing w:after="360"/><w:ind w:left="0"/>`, `<w:sz w:val="32"/>`, { basedOn: "Normal" })}
${style("Heading1", "heading 1", "paragraph", `<w:keepNext/><w:spacing w:before="240" w:after="360"/><w:ind w:left="0"/>`, `<w:b/><w:sz w:val="32"/>`, { basedOn: "Normal", next: "Normal" })}
${style("Heading2", "heading 2", "paragraph", `<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:ind w:left="0"/>`, `<w:b/><w:sz w:val="24"/>`, { basedOn: "Normal", next: "Normal" })}
${style("SideHeading", "Side Heading", "paragraph", `<w:keepNext/><w:framePr w:w="2268" w:hSpace="284" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="1135" w:y="1"/><w:ind w:left="0"/>`, `<w:b/>`, { basedOn: "Normal", next: "FrontSheet", custom: true })}
${style("FrontSheet", "Front Sheet Text", "paragraph", `<w:ind w:left="2552"/>`, "", { basedOn: "Normal", custom: true })}
${style("RecLetter", "Recommendation", "paragraph", `<w:ind w:left="2977" w:hanging="425"/>`, "", { basedOn: "Normal", custom: true })}
${style("ReportSection", "Report Section", "paragraph", `<w:keepNext/><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:spacing w:before="240"/><w:ind w:left="567" w:hanging="567"/><w:outlineLvl w:val="0"/>`, `<w:b/>`, { basedOn: "Normal", next: "ReportPara", custom: true })}
${style("ReportPara", "Report Para", "paragraph", `<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/><w:outlineLvl w:val="1"/>`, "", { basedOn: "Normal", custom: true })}
${style("TableText", "Table Text", "paragraph", `<w:spacing w:after="40"/><w:ind w:left="0"/>`, `<w:sz w:val="18"/>`, { basedOn: "Normal", custom: true })}
${style("Caption", "caption", "paragraph", `<w:keepNext/><w:ind w:left="0"/>`, `<w:b/><w:sz w:val="20"/>`, { basedOn: "Normal", next: "Normal" })}
${style("Header", "header", "paragraph", `<w:ind w:left="0"/>`, `<w:sz w:val="16"/>`, { basedOn: "Normal" })}
${style("Footer", "footer", "paragraph", `<w:ind w:left="0"/><w:jc w:val="center"/>`, `<w:sz w:val="16"/>`, { basedOn: "Normal" })}
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;
const headerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>${r(`${BODY} – 16 March 2472`)}</w:p></w:hdr>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${r("Page ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat></w:settings>`;
const settingsRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///\\\\lgafs02\\templates$\\Committees\\REPORT.DOT" TargetMode="External"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>COMMITTEE REPORT</dc:title><dc:creator>Committee Services</dc:creator><cp:lastModifiedBy>${O.rothery.name}</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2472-03-01T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2472-03-08T08:47:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>REPORT.DOT</Template><TotalTime>212</TotalTime><Pages>12</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`;

const zip = new JSZip();
const D = new Date(1980, 0, 1, 0, 0, 0); // as Word writes its packages: every entry dated 1980-01-01, no folder entries
const add = (p, s) => zip.file(p, s, { date: D, createFolders: false });
add("[Content_Types].xml", contentTypes);
add("_rels/.rels", rootRels);
add("docProps/core.xml", core);
add("docProps/app.xml", app);
add("word/document.xml", documentXml);
add("word/styles.xml", stylesXml);
add("word/settings.xml", settingsXml);
add("word/_rels/settings.xml.rels", settingsRels);
add("word/header1.xml", headerXml);
add("word/footer1.xml", footerXml);
add("word/_rels/document.xml.rels", docRels);
writeFileSync(join(root, "docs", FILE), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
if (MEASURES.length !== 9 || RISKS.length !== 10 || byQ(2, "Red").length !== 3 || !P.foulkes) throw new Error("content");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${R.length} lines)`);
