// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Builds docs/pttg-draft-minutes-2353-11-12.docx and its rendering in text/.
// Layout: MINUTES WRITTEN IN LIBREOFFICE WRITER AND SAVED AS "Word 2007-365 (.docx)", as the package
// LibreOffice writes it (written here with jszip): docProps/app.xml names "LibreOffice/24.2.7.2", the
// styles are LibreOffice's ("Text Body", "Table Contents", "Table Heading", "Frame Contents"), every
// heading carries a "__RefHeading___Toc…" bookmark, and
//  - THE MINUTE NUMBERS OF THE HEADINGS EXIST ONLY AS LIBREOFFICE'S CHAPTER (OUTLINE) NUMBERING – a
//    numbering definition on Heading 1 – so the text of a heading has no number, while the paragraphs
//    under it carry typed numbers ("4.1", "4.2") and the resolutions typed letters ("(a)");
//  - A "SUMMARY OF DECISIONS" BOX IS A LIBREOFFICE FRAME anchored to the first paragraph after the
//    meeting details: exported, as LibreOffice does, as mc:AlternateContent whose Choice is a DrawingML
//    text box (wps:txbx) and whose Fallback is a VML v:textbox holding the same text again;
//  - THE ATTENDANCE IS A SECTION OF ITS OWN SET IN TWO COLUMNS (a continuous section break before and
//    after it, <w:cols w:num="2">), headed lists of names one a paragraph, the substitute's and the
//    guest's roles in brackets;
//  - the actions are a table (Ref | Action | Owner | Due by) whose refs are the Jira keys;
//  - APPENDIX A, THE RISK REGISTER, IS IN A LANDSCAPE SECTION: ITS COLUMNS IN AN UNUSUAL ORDER – Score
//    first, then Ref, L, I, Was, Trend, and only then the Risk, the controls, the Owner (A POST, NOT A
//    NAME: the names are in the attendance) and the Target – the ratings ONLY AS NUMBERS whose bands are
//    given by a key paragraph (1–4 Low … 16–25 Critical), the score cells shaded in the band's colour;
//    then A RISK MAP: a 5 x 5 table of likelihood rows (5 at the top) by impact columns in which each
//    risk's reference sits in the cell of its current L and I.
// Footer with PAGE and NUMPAGES fields. Core properties: author, revision 7.
// Rendering: mammoth's reading order – paragraphs a line each (tabs as spaces), the frame's text where
// it is anchored (once), table rows as cells joined by " | ", empty cells left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-libreoffice-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, BOARD, OFFICERS as O, GUEST, P, cllr, councilOf, PRESENT, ONLINE, SUB, APOLOGIES, NOV_ACTIONS, RISKS, LIKELIHOOD, IMPACT, MEASURES, ROUND2, ASKED, THRESHOLD, CTS_FEE, CTS_DEADLINE, CLEANING, SURVEY, COUNCILS, gbp } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const body = [];
let bm = 0;

const run = (t, o = {}) => {
  const parts = String(t).split("\t");
  const rpr = `<w:rPr>${o.b ? "<w:b/><w:bCs/>" : ""}${o.i ? "<w:i/><w:iCs/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr>`;
  return parts.map((p, i) => `<w:r>${rpr}${i ? "<w:tab/>" : ""}<w:t xml:space="preserve">${x(p)}</w:t></w:r>`).join("");
};
const pxml = (t, o = {}) => `<w:p><w:pPr><w:pStyle w:val="${o.style ?? "BodyText"}"/>${o.num ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ""}${o.tabs ? '<w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs>' : ""}${o.ind ? `<w:ind w:left="${o.ind}" w:hanging="0"/>` : ""}${o.sect ?? ""}</w:pPr>${o.pre ?? ""}${o.bookmark ? `<w:bookmarkStart w:id="${bm}" w:name="__RefHeading___Toc${4100 + bm * 37}_${2266743107 + bm}"/>` : ""}${t === "" ? "" : run(t, o)}${o.bookmark ? `<w:bookmarkEnd w:id="${bm++}"/>` : ""}</w:p>`;
const para = (t, o = {}) => { body.push(pxml(t, o)); if (o.render !== false && t !== "") out.push(t.replace(/\t/g, " ")); };
const heading = (t) => para(t, { style: "Heading1", num: true, bookmark: true });
const sub = (t) => para(t, { style: "Heading2", bookmark: true });

// a table in LibreOffice's manner: Table Heading paragraphs in the first row, Table Contents below
const table = (rows, widths, o = {}) => {
  const cell = (t, w, ri, ci) => {
    const fill = o.fill?.(ri, ci, t);
    const head = ri === 0 && o.header !== false;
    return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:tcBorders><w:top w:val="single" w:sz="2" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="2" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="2" w:space="0" w:color="000000"/>${ci === widths.length - 1 ? '<w:right w:val="single" w:sz="2" w:space="0" w:color="000000"/>' : '<w:right w:val="nil"/>'}</w:tcBorders>${fill ? `<w:shd w:fill="${fill}" w:val="clear"/>` : ""}</w:tcPr>`
      + String(t).split("\n").map((line) => `<w:p><w:pPr><w:pStyle w:val="${head ? "TableHeading" : "TableContents"}"/>${o.center?.includes(ci) ? '<w:jc w:val="center"/>' : ""}</w:pPr>${line === "" ? "" : run(line, { b: head || o.bold?.(ri, ci), sz: o.sz })}</w:p>`).join("") + `</w:tc>`;
  };
  body.push(`<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="55" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/><w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    + rows.map((r, ri) => `<w:tr>${ri === 0 && o.header !== false ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${r.map((c, ci) => cell(c, widths[ci], ri, ci)).join("")}</w:tr>`).join("")
    + `</w:tbl>`);
  for (const r of rows) { const l = r.map((c) => String(c).replace(/\n/g, " ")).filter((c) => c !== "").join(" | "); if (l) out.push(l); }
};

// ---------------------------------------------------------------- the minutes
const DATE = "Thursday 12 November 2353";
para(BODY, { style: "Title" });
para(`Minutes of the meeting held on ${DATE}`, { style: "Subtitle" });
para("DRAFT – not yet approved. To be submitted for approval at the meeting on Thursday 14 January 2354.", { b: true, color: "C9211E" });
para("Time:\t10.30am to 12.40pm", { tabs: true });
para("Venue:\tRoom 4.3, 18 Smith Square, London SW1P 3HZ, and online (Zoom)", { tabs: true });
para(`Chair:\t${cllr("quillfeather")}`, { tabs: true });
para(`Minutes:\t${O.leofric.name}, ${O.leofric.post}`, { tabs: true, sect: "" });

// the frame: LibreOffice's text frame, exported twice over (DrawingML choice, VML fallback)
{
  const lines = [
    ["Summary of decisions", true],
    ["Minute 4: quarter 2 performance noted; the ODP-04 return to be checked.", false],
    [`Minute 5: a scoring threshold of ${THRESHOLD} agreed for round 2 of the Changing Places Capital Fund.`, false],
    ["Minute 7: joint retender of cleaning and maintenance for three councils approved.", false],
    ["Minute 8: risk register agreed; PTR-01 escalated to the Board.", false],
    [`Minute 9: Community Toilet Scheme payment to rise to ${CTS_FEE.to} a year.`, false],
  ];
  const inner = lines.map(([t, b]) => `<w:p><w:pPr><w:pStyle w:val="FrameContents"/></w:pPr>${run(t, { b, sz: 18 })}</w:p>`).join("");
  const frame = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" distT="0" distB="0" distL="114300" distR="0" simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="2"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-1170000</wp:posOffset></wp:positionV><wp:extent cx="2160000" cy="1620000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="largest"/><wp:docPr id="1" name="Frame1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="1620000"/></a:xfrm><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="EEEEEE"/></a:solidFill><a:ln w="9360"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr anchor="t" lIns="91440" tIns="45720" rIns="91440" bIns="45720"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect style="position:absolute;margin-left:311.4pt;margin-top:-92.1pt;width:170.05pt;height:127.55pt;mso-wrap-style:square;v-text-anchor:top;mso-position-horizontal:right" fillcolor="#eeeeee" strokeweight="0.74pt"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  body.push(`<w:p><w:pPr><w:pStyle w:val="BodyText"/><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="567" w:gutter="0"/><w:cols w:space="720"/></w:sectPr></w:pPr>${frame}</w:p>`);
  for (const [t] of lines) out.push(t);
}

// attendance: a section of two columns
sub("Attendance");
para("Present in the room", { b: true });
const role = (k) => (P[k].role === "Member" ? "" : ` (${P[k].role})`);
for (const k of PRESENT) para(`${cllr(k)}${role(k)}, ${councilOf(k)}`);
para("Present online", { b: true });
for (const k of ONLINE) para(`${cllr(k)}${role(k)}, ${councilOf(k)}`);
para("Substitute", { b: true });
para(`${cllr(SUB.k)}, ${councilOf(SUB.k)} (for ${cllr(SUB.for)})`);
para("Apologies", { b: true });
for (const k of APOLOGIES) para(`${cllr(k)}, ${councilOf(k)}`);
para("Officers", { b: true });
for (const k of ["marigold", "idris", "sunniva", "leofric"]) para(`${O[k].name}, ${O[k].post}`);
para("In attendance", { b: true });
para(`${GUEST.name}, ${GUEST.post} (for minute 6)`, { sect: '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="567" w:gutter="0"/><w:cols w:num="2" w:space="567" w:equalWidth="true"/></w:sectPr>' });

// items: Heading 1 numbered by the outline numbering only
heading("Welcome, apologies and substitutes");
para(`1.1 The Chair welcomed members and ${GUEST.name} of the Accessible Loos Alliance. Apologies were received from Cllr Ruddock-Vane, for whom Cllr Wragholme substituted, and from Cllr Dimmelow, who had no substitute.`);
heading("Declarations of interest");
para("2.1 Cllr Fennimore declared a non-registrable interest in minute 6 as a trustee of the Accessible Loos Alliance. He remained in the meeting.");
para("2.2 Cllr Aldersey declared an other registrable interest in minute 7: her husband is a director of Westerhope Washroom Services Ltd, which holds a cleaning contract with Westerhope Borough Council. She left the room for the item and took no part in the decision.");
para("2.3 Cllr Garside declared a non-registrable interest in minute 5 as Orchardleigh District Council's Cabinet Member for Communities, the council having bid to round 2 of the Changing Places Capital Fund. He will take no part when the Task Group decides the awards.");
heading("Minutes of the last meeting and actions");
para("3.1 The minutes of the meeting held on 10 September 2353 were agreed as a correct record.");
para("3.2 Of the actions from that meeting, PTTG-31 and PTTG-34 were complete and PTTG-38 had been closed as no longer needed. PTTG-33 (the signage standard) remained open, the Alliance having asked for more time.");
heading("Quarter 2 performance");
para("4.1 Marigold Achterberg presented the Looker Studio dashboard for quarter 2 2353/54. Of the nine measures, three were on track (ODP-01, ODP-03 and ODP-06), two at risk (ODP-02 and ODP-07), three off track (ODP-04, ODP-05 and ODP-09) and one achieved (ODP-08).");
para("4.2 Cllr Threlkeld questioned the ODP-04 figure of 61.0%, well below quarter 1. Idris Fawkener said that Ketterby Fen's return looked inconsistent and would be checked.");
para("4.3 On ODP-09, net cost per visit (£0.49 against a target of £0.42), Cllr Brackwater said the rise reflected the new attendant pilots in Sallowmere and Morlanby.");
para("RESOLVED: that the Task Group", { b: true });
para("(a) notes the quarter 2 performance;", { ind: 567 });
para("(b) asks officers to check the ODP-04 return with Ketterby Fen and correct the figure if needed (PTTG-41); and", { ind: 567 });
para("(c) asks for a council-by-council report on faults fixed within 5 working days (ODP-05) at its next meeting (PTTG-43).", { ind: 567 });
heading("Changing Places Capital Fund round 2: bids received");
para(`5.1 Idris Fawkener reported that six bids had been received by the closing date of 30 October 2353, asking for ${gbp(ASKED)} in all against the ${gbp(ROUND2)} available. The assessment panel would meet on 24 November.`);
para("5.2 Because the awards will exceed £100,000 they are a key decision for the Task Group itself, and the recommended awards will come to the meeting on 14 January 2354.");
para("RESOLVED: that the Task Group", { b: true });
para("(a) notes the bids received;", { ind: 567 });
para(`(b) agrees that bids scoring below ${THRESHOLD} out of 100 will not be recommended for an award; and`, { ind: 567 });
para("(c) authorises the Programme Manager to seek clarification from bidders before the panel meets.", { ind: 567 });
heading("Presentation: the Accessible Loos Alliance");
para(`6.1 ${GUEST.name} presented the Alliance's ${SURVEY.name} survey, which had ${SURVEY.n} respondents. ${SURVEY.cut} said they had cut short a trip in the last year because they could not find an accessible toilet, and better signage was the improvement most often asked for.`);
para("6.2 Members welcomed the survey and asked for the slides to be circulated (PTTG-42). The Chair asked that the signage standard (PTTG-33) take account of the findings.");
heading("Cleaning and maintenance contracts");
para("7.1 Sunniva Greatorex introduced the options appraisal for a joint retender of cleaning and maintenance for Thurlbeck, Fallowbury and Dunstanmoor, whose current contracts end on 31 August 2354.");
para(`RESOLVED: that the Task Group approves a joint procurement on behalf of the three councils for a ${CLEANING.years}-year contract worth up to ${CLEANING.value}, and asks officers to publish the tender notice by 18 December 2353 (PTTG-46).`, { b: false });
para("7.2 Cllr Aldersey took no part in this item.");
heading("Risk register");
para("8.1 Members reviewed the programme risk register at Appendix A. PTR-01 (closures under budget pressure) had risen to 16, PTR-05 and PTR-07 had also risen, and PTR-06 (water hygiene) was new.");
para(`RESOLVED: that the Task Group agrees the risk register at Appendix A and asks the Chair to escalate PTR-01 to the ${BOARD} on 3 December 2353 (PTTG-44).`);
heading("Community Toilet Scheme");
para(`9.1 Cllr Threlkeld reported that 1,246 businesses now take part. ${CTS_DEADLINE.unclaimed} had not yet claimed their 2353/54 payment, and the claims deadline was ${CTS_DEADLINE.was}.`);
para(`RESOLVED: that the annual payment to each business taking part in the Community Toilet Scheme rises from ${CTS_FEE.from} to ${CTS_FEE.to} from ${CTS_FEE.start}, and that officers write to the 12 councils to tell them (PTTG-45).`);
heading("Any other business");
para("10.1 Cllr Inchbold asked that signage at railway stations be raised with the train operators. The Chair agreed to write once the signage standard is finished.");
heading("Date of next meeting");
para("11.1 Thursday 14 January 2354 at 10.30am, Room 4.3, 18 Smith Square.");

sub("Actions");
table([["Ref", "Action", "Owner", "Due by"], ...NOV_ACTIONS.map((a) => [a.key, a.action, O[a.owner].name, a.due])], [1300, 5200, 1900, 1238]);
para("The actions are tracked in the PTTG project in Jira.", { i: true, sect: '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="567" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>' });

// ---------------------------------------------------------------- Appendix A (landscape)
sub("Appendix A: Open Doors Programme risk register, as agreed on 12 November 2353");
para("Key: likelihood (L) and impact (I) are each scored from 1 to 5, and Score = L × I. Bands: 1–4 Low (green); 5–9 Medium (amber); 10–15 High (red); 16–25 Critical (purple). Was = the score agreed in September. Trend: ↑ rising, ↔ unchanged, ↓ falling.");
const FILL = { Low: "C6EFCE", Medium: "FFE699", High: "F4B6B6", Critical: "D9C3E9" };
table([["Score", "Ref", "L", "I", "Was", "Trend", "Risk", "Controls and further action", "Owner", "Target"],
  ...RISKS.map((r) => [String(r.score), r.ref, String(r.L), String(r.I), r.prev, r.trend, r.risk, r.controls, O[r.owner].post, String(r.target)])],
  [700, 900, 420, 420, 600, 700, 3400, 4300, 1700, 750], { fill: (ri, ci, t) => (ri > 0 && ci === 0 ? FILL[RISKS[ri - 1].band] : null), center: [0, 2, 3, 4, 5, 9], sz: 18 });
para("Risk map: current scores", { b: true });
{
  const grid = [["Likelihood / Impact", ...IMPACT]];
  for (let L = 5; L >= 1; L--) {
    const row = [LIKELIHOOD[L - 1]];
    for (let I = 1; I <= 5; I++) row.push(RISKS.filter((r) => r.L === L && r.I === I).map((r) => r.ref).join("\n"));
    grid.push(row);
  }
  const bandFill = (s) => (s >= 16 ? "D9C3E9" : s >= 10 ? "F4B6B6" : s >= 5 ? "FFE699" : "C6EFCE");
  table(grid, [2400, 1700, 1700, 1700, 1700, 1700], { fill: (ri, ci) => (ri > 0 && ci > 0 ? bandFill((6 - ri) * ci) : null), center: [1, 2, 3, 4, 5] });
}
para("Prepared by Marigold Achterberg, Programme Manager. Next review: 14 January 2354.", { i: true });

// ---------------------------------------------------------------- the package
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="w14 wp14"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${body.join("")}<w:sectPr><w:footerReference w:type="default" r:id="rId5"/><w:type w:val="nextPage"/><w:pgSz w:orient="landscape" w:w="16838" w:h="11906"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="567" w:gutter="0"/><w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr></w:body></w:document>`;
const fld = (instr, cached) => `<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"></w:fldChar></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>${cached}</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>${run("PTTG minutes 12/11/2353 – DRAFT – page ", { sz: 16 })}${fld("PAGE \\* ARABIC", "1")}${run(" of ", { sz: 16 })}${fld("NUMPAGES \\* ARABIC", "5")}</w:p></w:ftr>`;
const pstyle = (id, name, rpr, ppr = "", based = "Normal", next = "BodyText") => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${based}"/><w:next w:val="${next}"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Noto Sans CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr><w:rPr></w:rPr></w:style>
${pstyle("Heading", "Heading", '<w:sz w:val="28"/><w:szCs w:val="28"/>', '<w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/>', "Normal")}
${pstyle("Heading1", "Heading 1", '<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>', "Heading")}
${pstyle("Heading2", "Heading 2", '<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>', '<w:spacing w:before="200" w:after="120"/><w:outlineLvl w:val="1"/>', "Heading")}
${pstyle("Title", "Title", '<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>', '<w:jc w:val="left"/>', "Heading", "Subtitle")}
${pstyle("Subtitle", "Subtitle", '<w:sz w:val="28"/><w:szCs w:val="28"/>', '<w:spacing w:before="60" w:after="120"/>', "Heading")}
${pstyle("BodyText", "Body Text", "", '<w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/>')}
${pstyle("TableContents", "Table Contents", '<w:sz w:val="20"/>', '<w:widowControl w:val="false"/><w:suppressLineNumbers/>', "Normal", "TableContents")}
${pstyle("TableHeading", "Table Heading", '<w:b/><w:bCs/><w:sz w:val="20"/>', '<w:suppressLineNumbers/><w:jc w:val="left"/>', "TableContents", "TableHeading")}
${pstyle("FrameContents", "Frame Contents", "", "", "Normal", "FrameContents")}
${pstyle("Footer", "Footer", "", '<w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>', "HeaderandFooter")}
<w:style w:type="paragraph" w:styleId="HeaderandFooter"><w:name w:val="Header and Footer"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>
</w:styles>`;
const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${NS}><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>`).join("")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:autoHyphenation w:val="true"/><w:evenAndOddHeaders w:val="false"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-GB" w:eastAsia="" w:bidi=""/></w:settings>`;
const fontTable = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts ${NS}><w:font w:name="Liberation Sans"><w:altName w:val="Arial"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="Liberation Serif"><w:altName w:val="Times New Roman"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/_rels/document.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2353-11-13T09:41:12Z</dcterms:created><dc:creator>Leofric Ambrose-Tate</dc:creator><dc:language>en-GB</dc:language><cp:lastModifiedBy>Leofric Ambrose-Tate</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">2353-11-19T15:27:50Z</dcterms:modified><cp:revision>7</cp:revision><dc:title>PTTG draft minutes 12 November 2353</dc:title></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>214</TotalTime><Application>LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2</Application><AppVersion>15.0000</AppVersion><Pages>5</Pages><Words>1604</Words><Characters>9127</Characters><CharactersWithSpaces>10655</CharactersWithSpaces><Paragraphs>118</Paragraphs></Properties>`;

const zip = new JSZip();
zip.file("_rels/.rels", rootRels);
zip.file("docProps/app.xml", app);
zip.file("docProps/core.xml", core);
zip.file("word/_rels/document.xml.rels", docRels);
zip.file("word/styles.xml", stylesXml);
zip.file("word/numbering.xml", numberingXml);
zip.file("word/fontTable.xml", fontTable);
zip.file("word/settings.xml", settingsXml);
zip.file("word/footer1.xml", footerXml);
zip.file("word/document.xml", documentXml);
zip.file("[Content_Types].xml", contentTypes);
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(Date.UTC(2353, 10, 19, 15, 27, 50)) });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} rendering lines)`);
