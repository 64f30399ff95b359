/**
 * The Stiles and Kissing Gates Task Group's papers (invented, 2601/02), in layouts of everyday tools: a
 * performance summary designed in a graphics tool (headings set letter-spaced, table rows set far apart,
 * each quarter's rating a pill laid over its cell under the figure and drawn after the whole table), the
 * clerk's e-mail of draft minutes pasted from an online document (each numbered heading a list of its own)
 * with the action log pasted under them, a CRM's report of the risk register, and a members' handbook page.
 */
import JSZip from "jszip";
import { pdfBuffer } from "./papers.js";

/** The measures: reference, text (as it wraps in the design), target, each quarter's figure and rating, lead. */
export const STILES_MEASURES: { ref: string; text: string[]; target: string; quarters: [string, string][]; lead: string[] }[] = [
  { ref: "SKG-01", text: ["Stiles inspected within", "the agreed cycle"], target: "95%", quarters: [["96%", "Green"], ["91%", "Amber"], ["84%", "Red"]], lead: ["Cllr", "Tregarthen"] },
  { ref: "SKG-02", text: ["Kissing gates made step-free"], target: "120", quarters: [["31", "Green"], ["58", "Green"], ["90", "Green"]], lead: ["Cllr Pennock"] },
  { ref: "SKG-03", text: ["Landowner consents agreed", "within 8 weeks"], target: "80%", quarters: [["–", "No data"], ["77%", "Amber"], ["79%", "Amber"]], lead: ["Cllr", "Tregarthen"] },
  { ref: "SKG-04", text: ["Complaints about blocked", "stiles resolved in 20 days"], target: "90%", quarters: [["93%", "Green"], ["88%", "Amber"], ["71%", "Red"]], lead: ["Cllr Haddow"] },
];

const PILL_FILL: Record<string, string> = { Green: "#2E7D32", Amber: "#F9A825", Red: "#C62828", "No data": "#9E9E9E" };

/**
 * The quarter 3 summary on one A4 page. The headings are letter-spaced runs; the table's rows are 40pt
 * apart with a cell's second line under its first; the header's quarter cells are two lines deep ("Q1" over
 * "Apr–Jun") beside cells one line deep; the pills come last, a quarter's column at a time, each centred in
 * its column under its figure.
 */
export function stilesSummaryPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(24).text("QUARTER 3", 40, 50, { lineBreak: false, characterSpacing: 7 });
    doc.fontSize(14).text("HOW WE ARE DOING", 40, 86, { lineBreak: false, characterSpacing: 5 });
    doc.font("Helvetica").fontSize(10).text("Stiles and Kissing Gates Programme 2601–03: the four measures at the end of quarter 3 2601/02.", 40, 112, { lineBreak: false });
    doc.font("Helvetica-Bold").fontSize(13).text("MEASURES BY QUARTER", 40, 150, { lineBreak: false, characterSpacing: 5 });
    const xs = [45, 95, 245, 315, 377, 439, 501];
    const top = 190;
    doc.font("Helvetica-Bold").fontSize(8.5);
    doc.text("Ref", xs[0]!, top + 5, { lineBreak: false });
    doc.text("Measure", xs[1]!, top + 5, { lineBreak: false });
    doc.text("Target", xs[2]!, top + 5, { lineBreak: false });
    doc.text("2601/02", xs[2]!, top + 16, { lineBreak: false });
    ["Q1", "Q2", "Q3"].forEach((q, k) => doc.text(q, xs[3 + k]!, top, { lineBreak: false }));
    doc.font("Helvetica").fontSize(7.5);
    ["Apr–Jun", "Jul–Sep", "Oct–Dec"].forEach((m, k) => doc.text(m, xs[3 + k]!, top + 10, { lineBreak: false }));
    doc.font("Helvetica-Bold").fontSize(8.5).text("Lead", xs[6]!, top + 5, { lineBreak: false });
    const rowTop = (i: number) => top + 36 + i * 40;
    doc.font("Helvetica").fontSize(8);
    STILES_MEASURES.forEach((m, i) => {
      const y = rowTop(i);
      doc.text(m.ref, xs[0]!, y, { lineBreak: false });
      m.text.forEach((line, k) => doc.text(line, xs[1]!, y + k * 9.6, { lineBreak: false }));
      doc.text(m.target, xs[2]!, y, { lineBreak: false });
      m.quarters.forEach(([figure], k) => doc.text(figure, xs[3 + k]!, y, { lineBreak: false }));
      m.lead.forEach((line, k) => doc.text(line, xs[6]!, y + k * 9.6, { lineBreak: false }));
    });
    // The pills, after the table, a quarter at a time: a rounded box with its word centred in it.
    for (let q = 0; q < 3; q++) {
      STILES_MEASURES.forEach((m, i) => {
        const word = m.quarters[q]![1];
        const x = xs[3 + q]! + 4;
        const y = rowTop(i) + 19;
        doc.roundedRect(x, y - 2, 48, 11, 5.5).fill(PILL_FILL[word]!);
        doc.fillColor("#FFFFFF").font("Helvetica-Bold").fontSize(7).text(word, x, y, { width: 48, align: "center", lineBreak: false });
        doc.fillColor("#000000");
      });
    }
  });
}

/** The draft minutes' meeting, and the day the covering note asks for corrections by. */
export const STILES_MEETING = { day: "2601-12-02", correctionsBy: "Friday 8 January 2602" };

const docsHeading = (n: number, title: string) =>
  `<ol${n > 1 ? ` start="${n}"` : ""} style="margin-top:0;margin-bottom:0"><li dir="ltr" style="list-style-type:decimal;font-weight:700" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:700">${title}</span></p></li></ol>`;
const docsPara = (text: string) => `<p dir="ltr" style="margin-left:36pt;text-indent:-36pt"><span style="font-weight:400">${text}</span></p>`;

/**
 * The clerk's e-mail of the draft minutes of 2 December 2601, as a webmail client sends a document pasted
 * into it: the item headings a numbered list broken by the paragraphs under them (each heading a list of
 * one item, its number only the list's `start`), the action log pasted from a spreadsheet after the last
 * item under a bold line of its own.
 */
export function stilesMinutesEml(): string {
  const html = [
    `<div dir="ltr"><p>Dear all,</p><p>Please find below the draft minutes of the Stiles and Kissing Gates Task Group meeting held on Wednesday 2 December 2601, with the updated action log pasted at the end.</p>`,
    `<p>If you have any corrections, please let me know by ${STILES_MEETING.correctionsBy}. The minutes will then go to the next meeting for approval.</p>`,
    `<b style="font-weight:normal" id="docs-internal-guid-5f1c"><p dir="ltr"><span style="font-weight:700">DRAFT – NOT YET APPROVED</span></p>`,
    `<p dir="ltr"><span style="font-weight:700">Stiles and Kissing Gates Task Group</span></p>`,
    `<p dir="ltr"><span>Minutes of the meeting held on Wednesday 2 December 2601 at 10.30am in Room 3, 18 Smith Square</span></p>`,
    `<div dir="ltr"><table style="border:none"><tbody><tr><td><p dir="ltr"><span style="font-weight:700">Present:</span></p></td><td><p dir="ltr"><span>Cllr Morwenna Tregarthen (Chair) (Conservative, Brackenmoor County Council); Cllr Fenella Haddow (Green Party, Stowcombe District Council); Cllr Rhys Abernant (Independent, Lowerby City Council)</span></p></td></tr>`,
    `<tr><td><p dir="ltr"><span style="font-weight:700">Apologies:</span></p></td><td><p dir="ltr"><span>Cllr Isaac Pennock, Cllr Ingrid Kerr-Lindström</span></p></td></tr></tbody></table></div>`,
    docsHeading(1, "Welcome and apologies"),
    docsPara("1.1 The Chair, Cllr Morwenna Tregarthen, welcomed members. Apologies were received from Cllr Isaac Pennock."),
    docsHeading(2, "Declarations of interest"),
    docsPara("2.1 Cllr Fenella Haddow declared an interest in item 4 as a trustee of the Brackenmoor Rights of Way Trust."),
    docsHeading(3, "Kissing gates grants"),
    docsPara("3.1 Officers reported that 58 kissing gates had been made step-free by 30 September 2601."),
    docsPara("3.2 RESOLVED that the Task Group agrees the second round of kissing gates grants, with a threshold score of 60."),
    docsHeading(4, "Any other business"),
    docsPara("4.1 There was no other business."),
    `<p dir="ltr"><span>The meeting ended at 12.15pm.</span></p><br></b><br>`,
    `<div><b>Action log (updated 9 December 2601)</b></div>`,
    `<google-sheets-html-origin><table data-sheets-root="1"><tbody>`,
    `<tr><td>Ref</td><td>Action</td><td>Owner</td><td>Due</td><td>Status</td></tr>`,
    `<tr><td>SKA-11</td><td>Publish the stile inspection cycle</td><td>Tamsin Rowe</td><td>30-Sep-01</td><td>Complete</td></tr>`,
    `<tr><td>SKA-12</td><td>Write to landowners about blocked stiles</td><td>Jory Penhale</td><td>31-Oct-01</td><td>Overdue</td></tr>`,
    `<tr><td>SKA-13</td><td>Brief the Board on step-free gates</td><td>Cllr Haddow</td><td>15-Jan-02</td><td>On track</td></tr>`,
    `</tbody></table></google-sheets-html-origin></div>`,
  ].join("");
  return [
    "From: Jory Penhale <jory.penhale@local.gov.uk>",
    "To: SKGTG members <skgtg-members@local.gov.uk>",
    "Subject: SKGTG: draft minutes of 2 December 2601 and updated action log",
    "Date: Wed, 9 Dec 2601 15:42:18 +0000",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="UTF-8"',
    "",
    html,
    "",
  ].join("\r\n");
}

/**
 * The programme's risk register as a CRM's report exports it: fields labelled with their object ("Risk:
 * Risk Name", "Risk: ID"), the record's own "Status" (Open, Closed) beside its "RAG Rating" and the last
 * review's "Previous RAG Rating", likelihood and impact as picklist values.
 */
export function stilesRisksCsv(): string {
  const header = ["Workstream", "Risk Reference", "Risk: Risk Name", "Status", "Risk Owner: Full Name", "Likelihood", "Impact", "Risk Score", "RAG Rating", "Previous RAG Rating", "Risk: ID"];
  const rows = [
    ["Inspections", "SKR-02", "Too few rights of way officers", "Open", "Tamsin Rowe", "4 - Likely", "4 - Major", "16", "Red", "Amber", "a0T8d000004Qk9AEAS"],
    ["Grants", "SKR-01", "Grant offers signed late", "Closed", "Jory Penhale", "1 - Rare", "3 - Moderate", "3", "Green", "Amber", "a0T8d000004Qk9BEAS"],
    ["Grants", "SKR-03", "Landowners refuse consent", "Open", "Jory Penhale", "3 - Possible", "3 - Moderate", "9", "Amber", "Red", "a0T8d000004Qk9CEAS"],
  ];
  const quoted = (cells: string[]) => cells.map((c) => `"${c}"`).join(",");
  return [quoted(header), ...rows.map(quoted), "", '"SKGTG programme risks"', '"Generated By:  Tamsin Rowe 03/03/2602 09:47"', ""].join("\r\n");
}

/** A members' handbook exported from a wiki: its contents, the body named in full with its initials, a chapter about it, its quorum. */
export const stilesHandbookHtml = `<!DOCTYPE html><html><head><title>SKGTG members' handbook 2601/02</title></head><body>
<p>Information for members and officers of the Stiles and Kissing Gates Task Group (SKGTG), a member task group of the Countryside Access Board.</p>
<ul><li><a href="#about">About the Task Group</a></li><li><a href="#tor">Terms of reference</a></li></ul>
<h2 id="about">About the Task Group</h2>
<p>Terms of reference, membership and who to contact.</p>
<div class="chapter-hint">About the Task Group</div>
<h2 id="tor">Terms of reference</h2>
<h4>Quorum</h4>
<p>Three members, including the Chair or the Vice-Chair.</p>
<h4>Meetings</h4>
<p>Four a year at 18 Smith Square.</p>
<h2>Meeting dates</h2>
<table><tr><td><b>Meeting</b></td><td><b>Papers published</b></td></tr>
<tr><td>Wednesday 2 December 2601</td><td>24 November 2601</td></tr>
<tr><td><s>Wednesday 9 March 2602</s> Wednesday 16 March 2602</td><td>8 March 2602</td></tr>
</table>
<p>Updated 20 January 2602: the March meeting has moved to Wednesday 16 March 2602.</p>
<h2>Membership 2601/02</h2>
<table><tr><td><b>Councillor</b></td><td><b>Council</b></td><td><b>Political group</b></td><td><b>Role</b></td></tr>
<tr><td>Cllr Morwenna Tregarthen</td><td>Brackenmoor County Council</td><td>Conservative</td><td>Chair</td></tr>
<tr><td>Cllr Isaac Pennock</td><td>Lowerby City Council</td><td>Labour</td><td>Vice-Chair</td></tr>
<tr><td>Cllr Fenella Haddow</td><td>Stowcombe District Council</td><td>Green Party</td><td>Member</td></tr>
<tr><td>Cllr Rhys Abernant</td><td>Lowerby City Council</td><td>Independent</td><td>Member</td></tr>
<tr><td>Cllr Hester Quilliam</td><td>Brackenmoor County Council</td><td>Liberal Democrat</td><td>Member</td></tr>
</table>
</body></html>`;

/** Notes of the September meeting in markdown, the meeting's actions under a heading of their own, each with its state. */
export const stilesSeptemberNotesMd = `# Stiles and Kissing Gates Task Group

Notes of the meeting held on 16 September 2601

## 1. Welcome

The Chair welcomed members.

## 2. Stile inspections

Officers reported on the inspection cycle.

## Actions

| Ref | Action | Owner | Due | Status |
|---|---|---|---|---|
| SKN-01 | Publish the inspection cycle | Tamsin Rowe | 30 September 2601 | Done |
| SKN-02 | Write to the county landowners' association | Jory Penhale | 31 October 2601 | Overdue |
| SKN-03 | Brief the Board on inspections | Cllr Haddow | 15 January 2602 | Open |
`;

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** A template's "Report Section" (outline level 1) and "Report Para" (level 2, based on a style of no level). */
const STILES_STYLES = `${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="ReportSection" w:customStyle="1"><w:name w:val="Report Section"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ReportParaBase" w:customStyle="1"><w:name w:val="Report Para Base"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ReportPara" w:customStyle="1"><w:name w:val="Report Para"/><w:basedOn w:val="ReportParaBase"/></w:style></w:styles>`;
const autonumbered = (style: string, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> AUTONUMLGL \\e </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const plain = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/**
 * Two papers of a Word pack on an old council template: every section and paragraph numbered by an
 * AUTONUMLGL field that stores no number, so the second paper's numbers go on from the first's.
 */
export function stilesPackDocx(): Promise<Buffer> {
  const body = [
    plain("Item 4: Stile inspections"),
    autonumbered("ReportSection", "Background"),
    autonumbered("ReportPara", "The inspection cycle was agreed in June 2601."),
    autonumbered("ReportPara", "Four rights of way officers carry out the inspections."),
    autonumbered("ReportSection", "Next steps"),
    autonumbered("ReportPara", "Quarter 4 figures will be reported in June 2602."),
    plain("Item 5: Kissing gates grants round 2"),
    autonumbered("ReportSection", "Bids received"),
    autonumbered("ReportPara", "Eleven councils bid for a total of £212,000."),
    autonumbered("ReportPara", "The panel moderated the scores on Monday 15 February 2602."),
  ].join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`);
  zip.file("_rels/.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/_rels/document.xml.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  zip.file("word/styles.xml", STILES_STYLES);
  zip.file("word/document.xml", `${XML}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The agenda pack of 16 March 2602 as text: the agenda and two papers with their front sheets. */
export const stilesAgendaPackText = `Stiles and Kissing Gates Task Group
Agenda
Wednesday 16 March 2602, 10.30am, Room 3, 18 Smith Square

1. Welcome and apologies
2. Kissing gates grants round 2
3. Programme risk register

Item 2
Kissing gates grants round 2
Purpose of report: For decision.
Summary: Eleven councils bid for £212,000 from round 2.
Recommendation: That the Task Group awards grants of £180,000 to nine councils.
Contact officer: Jory Penhale, Grants Officer, 020 7946 0455, jory.penhale@local.gov.uk

Item 3
Programme risk register
Purpose of report: For discussion.
Summary: One risk is rated red: SKR-02, too few rights of way officers. One risk has been closed.
Recommendation: That the Task Group notes the register and agrees that SKR-02 is reported to the Countryside Access Board on 4 April 2602.
Contact officer: Tamsin Rowe, Performance Officer, 020 7946 0456, tamsin.rowe@local.gov.uk
`;
