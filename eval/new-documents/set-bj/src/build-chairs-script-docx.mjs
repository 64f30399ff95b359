// Builds docs/afctg-chairs-script-2212-01-23.docx and its rendering in text/.
// Layout: A CHAIR'S SCRIPT IN WORD – the words the Chair will say at the meeting of 23 January 2212,
// item by item, written by the clerk (version 2, 10 January 2212). Each item is a heading with its
// time slot in brackets and a "Presenting:" line; then the script itself: SPOKEN LINES AFTER A BOLD
// "CHAIR:" LABEL AND A TAB, STAGE DIRECTIONS IN ITALICS INSIDE SQUARE BRACKETS ("[Clerk reads the
// apologies.]"), "NOTE FOR CHAIR" BOXES (a one-cell shaded table holding the briefing: who will declare,
// which actions are done, what the numbers are, what officers recommend), and the alternative lines for
// different outcomes in TWO-COLUMN "If … | Say …" TABLES. Facts are therefore spread between what the
// Chair is to say (the decision she took, the recommendations, the next meeting), what the clerk will
// do, and what she is told privately. The page header carries "OFFICIAL-SENSITIVE – not for
// publication"; the footer the title, version and page number (a PAGE field). Written as
// WordprocessingML by the builder (jszip): a Title, Heading 1 per item, a "Script" paragraph style with
// a hanging indent, table style "Table Grid".
// Rendering: each paragraph a line (the "CHAIR:" label and its tab kept as "CHAIR:" and a space), each
// table row a line of cells (" | "), a note box's paragraphs a line each; header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-chairs-script-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, FUND, ROOM, OFFICERS as O, P, cllr, CULM, CONFERENCE, JAN, BIDS } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.script;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const body = [];
const out = [];

const r = (t, o = {}) => `<w:r><w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr><w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
const tab = '<w:r><w:tab/></w:r>';
const pXml = (runs, o = {}) => `<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.after != null ? `<w:spacing w:after="${o.after}"/>` : ""}</w:pPr>${runs}</w:p>`;
const para = (t, o = {}) => { body.push(pXml(r(t, o), o)); out.push(t); };
const heading = (t) => { body.push(pXml(r(t), { style: "Heading1" })); out.push(t); };
const chair = (t) => { body.push(pXml(r("CHAIR:", { b: true }) + tab + r(t), { style: "Script" })); out.push(`CHAIR: ${t}`); };
const dir = (t) => { body.push(pXml(r(`[${t}]`, { i: true, color: "595959" }), { style: "Script" })); out.push(`[${t}]`); };
const presenting = (t) => { body.push(pXml(r("Presenting: ", { b: true }) + r(t), {})); out.push(`Presenting: ${t}`); };
const cellXml = (inner, w, shade) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : ""}</w:tcPr>${inner}</w:tc>`;
const note = (lines) => {
  const inner = pXml(r("NOTE FOR CHAIR", { b: true }), { after: 60 }) + lines.map((l) => pXml(r(l), { after: 60 })).join("");
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="9026"/></w:tblGrid><w:tr>${cellXml(inner, 9026, "F2F2F2")}</w:tr></w:tbl>`, pXml("", { after: 0 }));
  out.push("NOTE FOR CHAIR", ...lines);
};
const ifs = (rows) => {
  const widths = [3000, 6026];
  const head = ["If …", "Say …"];
  const tr = (cells, hdr) => `<w:tr>${cells.map((c, j) => cellXml(pXml(j === 1 && !hdr ? r("CHAIR:", { b: true }) + tab + r(c) : r(c, { b: hdr }), { after: 0 }), widths[j], hdr ? "DCE6F1" : "")).join("")}</w:tr>`;
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${tr(head, true)}${rows.map((c) => tr(c, false)).join("")}</w:tbl>`, pXml("", { after: 0 }));
  out.push(head.join(" | "), ...rows.map(([a, b]) => `${a} | CHAIR: ${b}`));
};

// ---------------------------------------------------------------- the script
para(BODY, { style: "Title" });
para("Chair's script: meeting on Thursday 23 January 2212, 10.30am, Room 2.3, 18 Smith Square and Microsoft Teams", { style: "Subtitle" });
para("Version 2 – 10 January 2212 – prepared by Ifeoma Stradling, Member Services Officer", { i: true });
heading("Before the meeting");
dir("Clerk: the quorum is four members, a third of the membership of 12. Members on Teams count towards the quorum.");
dir(`Clerk: apologies so far from ${cllr("llewelyn")} (${cllr("brightwell")} substituting) and ${cllr("odunsi")} (no substitute). ${cllr("courtenay")} and ${cllr("peverell")} will join on Teams.`);
dir("Clerk starts the webcast at 10.29am.");

heading("Item 1  Welcome, apologies and declarations of interest  (10.30 – 10.35)");
chair(`Good morning, everyone, and welcome to this meeting of the ${BODY}. A particular welcome to ${cllr("brightwell")}, who is substituting today for ${cllr("llewelyn")}, and to our two colleagues joining us on Teams.`);
dir("Clerk reads the apologies.");
chair("Are there any declarations of interest?");
note([
  `${cllr("scarisbrick")} is likely to declare again as a trustee of the Forces Families Housing Trust (item 6); she should not vote on that item.`,
  `${cllr("ostridge")} may declare at item 4 because Brenchwater City Council is hosting the Champions' conference.`,
  "You do not need to declare at item 3: your decision on Culmstock's bid did not concern Aldwinkle.",
]);

heading("Item 2  Minutes of the meeting held on 14 November 2211  (10.35 – 10.40)");
chair(`The minutes of our meeting on 14 November are on pages 1 to 7 of the pack. They include three corrections to the draft: ${cllr("caddenham")}'s apologies, the declaration by ${cllr("scarisbrick")} as a trustee of the Forces Families Housing Trust, and the award of ${"£64,500"} to Wexcombe. Can I take them as a correct record?`);
dir("Members agree. The Chair signs the minutes.");
note([
  "Actions from 14 November: AFA-53 is complete (offer letters sent on 26 November) and so is AFA-54 (see item 3). AFA-55 is complete: Brenchwater Guildhall is booked for 12 March.",
  `AFA-57 is complete: ${O.samir.name} circulated the briefing on the consultation on the Covenant duty statutory guidance on 8 January 2212. The consultation closes on Monday 27 January.`,
  "AFA-51 is still open: the Department for Veterans and Families has not replied on data sharing, despite a reminder on 6 January.",
  "AFA-52, the recovery plan for CIP-02, is item 5; AFA-56, the nomination agreement, is item 6.",
]);

heading("Item 3  Decisions taken between meetings  (10.40 – 10.45)");
chair(`At our last meeting the Task Group delegated to me, in consultation with the Vice-Chair, the decision on Culmstock's bid to round 2 of the ${FUND}. On 2 December, after consulting ${cllr("ostridge")}, I awarded Culmstock Metropolitan Borough Council £38,000 for its veterans' housing navigator, on three conditions: no part of the grant to be spent on a vehicle, the navigator to be appointed by 31 March 2212, and the post to be advertised first under the guaranteed interview scheme for veterans. This is for noting.`);
ifs([
  [`A member asks why the award is less than the £52,000 Culmstock asked for`, `£14,000 of the bid was to lease a vehicle, which the fund does not pay for, so the most we could award was £38,000.`],
  ["A member asks whether Culmstock has accepted the offer", "The offer letter went out on 9 December. Officers will let members know when it has been signed and returned."],
]);

heading("Item 4  Regional Armed Forces Champions' conference  (10.45 – 11.05)");
presenting(`${cllr("penkethman")}, Deputy Chair (in place of ${cllr("llewelyn")}), with ${O.samir.name}`);
chair(`${cllr("llewelyn")}, our lead member for the Champions network, has sent his apologies, so I will ask our Deputy Chair, ${cllr("penkethman")}, to introduce this item.`);
note([
  `The conference is on ${CONFERENCE.date} at ${CONFERENCE.venue}: 140 places, of which 96 were booked by 9 January.`,
  "The recommendations: that the Task Group (a) agrees the conference programme; (b) agrees a budget of £6,500 from the Champions training budget; (c) invites the Veterans' Commissioner for England to give the opening address.",
]);
ifs([
  ["The Task Group agrees the recommendations", "Thank you. The recommendations are agreed, and I look forward to seeing many of you in Brenchwater on 12 March."],
  ["Members want changes to the programme", "Could I suggest that officers circulate a revised programme by e-mail, and that I agree it with the Deputy Chair by 7 February?"],
]);

heading("Item 5  CIP-02: recovery plan for Ellinghurst and Wexcombe  (11.05 – 11.30)");
presenting(`${O.samir.name}, with ${cllr("scarisbrick")}, lead member for veterans' housing`);
chair(`I'll ask ${O.samir.name} to introduce the recovery plan, and then ${cllr("scarisbrick")} as our lead member for veterans' housing.`);
note([
  "The joint recovery plan (AFA-52) arrived on 14 January, two days before it was due.",
  "The two councils expect 22 adapted homes between them by June 2212 (14 in Wexcombe and 8 in Ellinghurst), and will keep a shared list of adapted homes. They expect CIP-02 to reach 80% at quarter 4 and the target of 85% at quarter 2 2212/13.",
  "Recommendation: that the Task Group notes the joint recovery plan and asks for a progress report at its meeting on 19 March 2212.",
]);
ifs([
  ["A member asks for the quarter 3 figures", "The quarter 3 figures are not yet available; they will come to our meeting in March."],
]);

heading("Item 6  Forces Families Housing Trust: nomination agreement  (11.30 – 11.50)");
presenting(`${O.ottoline.name}, ${O.ottoline.post}`);
chair(`${O.ottoline.name} will introduce the proposed nomination agreement with the Forces Families Housing Trust. I remind members that ${cllr("scarisbrick")} has declared an interest in this item.`);
note([
  "Heads of terms: the 12 councils may nominate up to 60 households of service leavers a year; the Trust offers a home to a nominated household within 28 days of a vacancy; the agreement runs for three years from 1 April 2212.",
  "Recommendation: that the Task Group agrees the heads of terms and asks officers to finalise the agreement by 19 March 2212 (AFA-56).",
]);

heading("Item 7  Exclusion of the press and public  (11.50)");
chair("I move that the press and public be excluded from the meeting for the next item of business, because it is likely to involve the disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information about the financial or business affairs of any particular person, including the authority holding that information). Is that agreed?");
dir("Members agree. Clerk stops the webcast and confirms that the public seats and the Teams lobby are clear.");

heading("Item 8  Part 2: Wexcombe's round 1 project – the held second instalment  (11.50 – 12.15)");
presenting(O.samir.name);
note([
  "Wexcombe's round 1 project (R1-09, housing options for early service leavers) is about five months behind schedule, and its second instalment of £26,000 is being held.",
  "Officers recommend extending the project to 30 April 2212 and paying the £26,000 only when Wexcombe's six-month report has been accepted. The alternative is to withdraw the £26,000 and add it to round 3.",
  `${cllr("odunsi")}, Wexcombe's member on the Task Group, has sent apologies.`,
]);
ifs([
  ["The Task Group agrees the extension", "Thank you. Wexcombe's project is extended to 30 April 2212, and the second instalment will be paid once its six-month report has been accepted."],
  ["The Task Group prefers to withdraw the instalment", "Then the £26,000 is withdrawn from Wexcombe's project and added to round 3, and officers will write to Wexcombe today."],
]);

heading("Item 9  Date of next meeting  (12.15)");
chair(`Our next meeting is on Thursday 19 March 2212 at 10.30am, here in ${ROOM}, a week after the Champions' conference. Thank you all for your contributions. I declare the meeting closed.`);
dir("Clerk notes the time the meeting closed.");

// ---------------------------------------------------------------- package
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body.join("")}<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
const headerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${r("OFFICIAL-SENSITIVE – not for publication", { b: true, color: "C00000", sz: 18 })}</w:p></w:hdr>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${r("AFCTG 23 January 2212 – Chair's script v2 – page ", { sz: 16 })}<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3864"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Script"><w:name w:val="Script"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:ind w:left="1134" w:hanging="1134"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W}><w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>AFCTG 23 January 2212 – Chair's script</dc:title><dc:creator>Ifeoma Stradling</dc:creator><cp:lastModifiedBy>Ifeoma Stradling</cp:lastModifiedBy><cp:revision>7</cp:revision><cp:keywords>AFCTG; Chair's script; OFFICIAL-SENSITIVE</cp:keywords><dcterms:created xsi:type="dcterms:W3CDTF">2212-01-06T11:20:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2212-01-10T16:42:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`;

const zip = new JSZip();
zip.file("[Content_Types].xml", contentTypes);
zip.file("_rels/.rels", rootRels);
zip.file("word/document.xml", documentXml);
zip.file("word/_rels/document.xml.rels", docRels);
zip.file("word/styles.xml", stylesXml);
zip.file("word/settings.xml", settingsXml);
zip.file("word/header1.xml", headerXml);
zip.file("word/footer1.xml", footerXml);
zip.file("docProps/core.xml", core);
zip.file("docProps/app.xml", app);
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} rendering lines)`);
