/**
 * Papers of an invented Canal Wharves Working Group (2171/72) in the layouts of other tools: a Word agenda
 * pack whose figures are only in a native Word chart (its cached series and its embedded workbook) and
 * whose key dates are a SmartArt graphic, with the draft minutes of the last meeting and its actions; a
 * Telegram Desktop chat export; an online whiteboard exported as one huge PDF page of sticky notes with
 * their vote counts typed under them. Every body, council, person and figure is made up.
 */
import JSZip from "jszip";
import { pdfBuffer } from "./papers.js";

export const WHARVES_BODY = "Canal Wharves Working Group";

// ------------------------------------------------------------------ 1. the Word pack with a chart and SmartArt

/** Chart 1's figures: moorings let by quarter, two years; the current year's Q4 not yet in. */
export const CHART_ROWS: [string, number, number | undefined][] = [
  ["Q1 (Apr–Jun)", 1486, 1412],
  ["Q2 (Jul–Sep)", 1702, 1538],
  ["Q3 (Oct–Dec)", 1395, 1206],
  ["Q4 (Jan–Mar)", 1327, undefined],
];
/** SmartArt nodes in the order they were typed; `order` is where the graphic shows each. */
export const SMARTART_NODES = [
  { lines: ["3 April 2172", "Towpath campaign launch"], order: 0 },
  { lines: ["1 June 2172", "Wharf dashboard opens to residents"], order: 2 },
  { lines: ["14–20 May 2172", "Canal Safety Week"], order: 1 },
];
export const NOVEMBER_DECLARATION = "Cllr Desmond Harrowgate declared an interest in item 5 as a trustee of the Millbrook Canal Trust.";
export const OPEN_ACTION = ["CWA-26", "Agree a mooring data-sharing protocol with the member councils", "Zainab Okonjo", "31/01/2172", "Overdue", "Draft with six councils. New date 30/04/2172."];
export const DONE_ACTION = ["CWA-21", "Write to the two canal trusts about the lock repairs", "Augustin Marlow", "15/12/2171", "Done", "Letters sent 8 December 2171."];
export const MEASURE_RED = ["CWM-02", "Moorings inspected by the trusts (cumulative)", "12,000", "5,140", "7,020", "Red", "Red", "Cllr Fettiplace"];
export const MEASURE_GREEN = ["CWM-04", "Wharf businesses visited (cumulative)", "900", "300", "610", "Green", "Green", "Cllr Cottesworth"];

function xlsxWithHeader(header: string, series: string[]): Promise<Buffer> {
  const book = new JSZip();
  book.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`);
  book.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  book.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const strings = [header, ...series];
  book.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`);
  book.file("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData></worksheet>`);
  return book.generateAsync({ type: "nodebuffer" });
}

function chartXml(): string {
  const cat = `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$5</c:f><c:strCache><c:ptCount val="4"/>${CHART_ROWS.map(([q], i) => `<c:pt idx="${i}"><c:v>${q}</c:v></c:pt>`).join("")}</c:strCache></c:strRef></c:cat>`;
  const ser = (k: 1 | 2, name: string, col: string) =>
    `<c:ser><c:idx val="${k - 1}"/><c:order val="${k - 1}"/><c:tx><c:strRef><c:f>Sheet1!$${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${name}</c:v></c:pt></c:strCache></c:strRef></c:tx>${cat}<c:val><c:numRef><c:f>Sheet1!$${col}$2:$${col}$5</c:f><c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="4"/>${CHART_ROWS.map((r, i) => (r[k] === undefined ? "" : `<c:pt idx="${i}"><c:v>${r[k]}</c:v></c:pt>`)).join("")}</c:numCache></c:numRef></c:val></c:ser>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Moorings let by quarter</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>${ser(1, "2170/71", "B")}${ser(2, "2171/72", "C")}</c:barChart></c:plotArea></c:chart><c:externalData r:id="rId1"/></c:chartSpace>`;
}

function smartArtXml(): string {
  const doc = "{00000000-0000-0000-0000-000000000001}";
  const points = SMARTART_NODES.map((n, i) => `<dgm:pt modelId="{00000000-0000-0000-0000-00000000001${i}}"><dgm:prSet phldrT="[Text]"/><dgm:t>${n.lines.map((l) => `<a:p><a:r><a:t>${l}</a:t></a:r></a:p>`).join("")}</dgm:t></dgm:pt>`).join("");
  const cxns = SMARTART_NODES.map((n, i) => `<dgm:cxn modelId="{00000000-0000-0000-0000-00000000002${i}}" srcId="${doc}" destId="{00000000-0000-0000-0000-00000000001${i}}" srcOrd="${n.order}" destOrd="0"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt modelId="${doc}" type="doc"><dgm:t><a:p/></dgm:t></dgm:pt>${points}</dgm:ptLst><dgm:cxnLst>${cxns}</dgm:cxnLst></dgm:dataModel>`;
}

/**
 * The pack for Wednesday 14 March 2172: the draft minutes of 23 November 2171 (dated by their title, under
 * a line naming the meeting that is to approve them), Table 1 of measures at quarter 3, Chart 1 (a native
 * chart) and Figure 1 (SmartArt), Table 2 of the actions from the November meeting.
 */
export async function wharvesChartPackDocx(): Promise<Buffer> {
  const zip = new JSZip();
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${c}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`;
  const table = (rows: string[][]) => `<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/></w:tblBorders></w:tblPr>${rows.map(row).join("")}</w:tbl>`;
  const drawing = (inner: string) => `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="Figure"/><a:graphic><a:graphicData>${inner}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const body = [
    p(`${WHARVES_BODY}`, "Heading1"),
    p("Agenda"),
    p("Wednesday 14 March 2172, 10.30am, Room 3.1"),
    table([
      ["Item", "Title", "Lead", "Page"],
      ["1", "Welcome, apologies and substitutes", "Chair", "–"],
      ["2", "Declarations of interest", "Chair", "–"],
      ["3", "Minutes of the meeting held on 23 November 2171 (for approval)", "Chair", "3"],
      ["4", "Canal Wharves Programme: quarter 3 performance", "Piers Marlow", "7"],
    ]),
    p("Item 3", "Heading1"),
    p(`Minutes of the meeting held on Wednesday 23 November 2171, 10.30am, Room 3.1, 18 Smith Square, and on Microsoft Teams`),
    p("Draft – for approval on 14 March 2172", "Heading2"),
    table([
      ["Present", "Cllr Ottoline Brasher (Chair), Cllr Desmond Harrowgate, Cllr Philippa Cottesworth"],
      ["Apologies", "Cllr Rosalind Ferrabee"],
    ]),
    p("1. The minutes of the meeting held on 21 September 2171 were agreed."),
    p(`2. ${NOVEMBER_DECLARATION}`),
    p("Item 4", "Heading1"),
    p("Canal Wharves Programme: quarter 3 performance", "Heading1"),
    p("Table 1: Programme measures at quarter 3 2171/72"),
    table([["Ref", "Measure", "Target 2171/72", "Q2", "Q3", "Q2 status", "Q3 status", "Lead member"], MEASURE_RED, MEASURE_GREEN]),
    p("4. Moorings let fell in quarter 3 (Chart 1)."),
    p("Chart 1: Moorings let by quarter, 2170/71 and 2171/72"),
    drawing(`<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart1"/>`),
    p("Figure 1: Summer 2172 campaign – key dates"),
    drawing(`<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rIdDm1" r:lo="rIdLo1" r:qs="rIdQs1" r:cs="rIdCs1"/>`),
    p("Table 2: Actions from the meeting of 23 November 2171"),
    table([["Ref", "Action", "Owner", "Due", "Status", "Update"], DONE_ACTION, OPEN_ACTION]),
  ].join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/word/diagrams/data1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/><Relationship Id="rIdDm1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData" Target="diagrams/data1.xml"/></Relationships>`,
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}</w:body></w:document>`);
  zip.file("word/charts/chart1.xml", chartXml());
  zip.file("word/charts/_rels/chart1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>`);
  zip.file("word/embeddings/Microsoft_Excel_Worksheet.xlsx", await xlsxWithHeader("Quarter", ["2170/71", "2171/72"]));
  zip.file("word/diagrams/data1.xml", smartArtXml());
  return zip.generateAsync({ type: "nodebuffer" });
}

// ------------------------------------------------------------------ 2. a Telegram Desktop chat export

export const CHAT_APOLOGY = { name: "Leo Wintergreen", time: "16:05", text: "Apols from me for the 14th too, I'm at a planning inquiry. Anjali Pell has said she'll sub for me." };
export const CHAT_FOLLOW_UP = "Can we make sure the lock repairs are in the March report?";
export const CHAT_FILE = "Bids export.csv";
export const CHAT_REPLY_WITH_FILE = "The same export again, now with the assessors' notes.";

export function wharvesTelegramHtml(): string {
  let id = 100;
  const message = (initials: string, time: string, from: string, inner: string, joined = false, reply = false) => `
     <div class="message default clearfix${joined ? " joined" : ""}" id="message${id++}">
      ${joined ? "" : `<div class="pull_left userpic_wrap"><div class="userpic userpic4" style="width: 42px; height: 42px"><div class="initials" style="line-height: 42px">
${initials}
        </div></div></div>`}
      <div class="body">
       <div class="pull_right date details" title="05.03.2172 ${time}:00 UTC+00:00">
${time}
       </div>
       ${joined ? "" : `<div class="from_name">
${from}
       </div>`}
       ${reply ? `<div class="reply_to details">In reply to <a href="#go_to_message101">this message</a></div>` : ""}
       ${inner}
      </div>
     </div>`;
  const text = (t: string) => `<div class="text">
${t}
       </div>`;
  const file = `<div class="media_wrap clearfix"><a class="media clearfix pull_left block_link media_file" href="files/${CHAT_FILE}"><div class="body"><div class="title bold">
${CHAT_FILE}
          </div><div class="status details">
9.6 KB
          </div></div></a></div>`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>Exported Data</title><link href="css/style.css" rel="stylesheet"/></head>
<body><div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">
CWWG members &amp; officers
</div></div></div>
<div class="page_body chat_page"><div class="history">
     <div class="message service" id="message-1"><div class="body details">
5 March 2172
      </div></div>
${message("PM", "09:02", "Piers Marlow | LGA", text("Morning all. The workshop board is up – top three by dots: lock repairs, towpath lighting, wharf rents."))}
${message("", "09:21", "", text(CHAT_FOLLOW_UP), true)}
${message("OB", "09:40", "Ottoline B (Chair)", text("Yes – it will be in item 4."), false, true)}
${message("HO", "10:02", "Henrietta Oakes", file + text("Appendix A for item 5: the export of all the bids."))}
${message("HO", "10:04", "Henrietta Oakes", file + text(CHAT_REPLY_WITH_FILE), false, true)}
${message("LW", CHAT_APOLOGY.time, CHAT_APOLOGY.name, text(CHAT_APOLOGY.text))}
${message("IS", "17:12", "Isolde | CWWG clerk", text("Will do – invitations out tomorrow."))}
</div></div></div></body></html>`;
}

// ------------------------------------------------------------------ 3. a whiteboard exported as one huge page

/** Dot-vote stickies (in a grid, four to a row) with the counts the facilitator typed under each. */
export const VOTE_STICKIES: [string, number][] = [
  ["Repair the lock gates at Millbrook before the summer", 14],
  ["Light the towpath between the two wharves", 11],
  ["Freeze wharf rents for small traders", 9],
  ["Dredge the Eastern Arm", 7],
  ["Open the mooring data to residents", 3],
];
export const WORKSHOP_DAY_LINE = "Wednesday 25 January 2172, 10.00am – 12.30pm, Room 3.1 and Teams";
export const CARD = { title: "Cost the wharf rent freeze for small traders", initials: "LT", assignee: "Lorcan Tilbury", due: "1 Mar" };

export function wharvesWhiteboardPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(18).text("Priorities for 2172/73 – dot vote", 90, 60, { lineBreak: false });
      doc.font("Helvetica-Bold").fontSize(18).text("What's working?", 1300, 60, { lineBreak: false });
      doc.font("Helvetica").fontSize(12).text(WORKSHOP_DAY_LINE, 90, 100, { lineBreak: false });
      // (The stickies drawn first, then all the counts together, as the facilitator typed them after the
      // vote: the text stream is not the board's order.)
      VOTE_STICKIES.forEach(([text], i) => {
        const x = 90 + (i % 4) * 280;
        const y = 140 + Math.floor(i / 4) * 300;
        doc.rect(x, y, 220, 110).fill("#fff3a0");
        doc.fillColor("black").font("Helvetica").fontSize(17).text(text, x + 10, y + 12, { width: 200, align: "center" });
      });
      // "What's working?" stickies side by side at the same height as the vote's.
      doc.font("Helvetica").fontSize(17).text("Moorings data now monthly from every council", 1300, 152, { width: 200, align: "center" });
      doc.font("Helvetica").fontSize(9).fillColor("grey").text("Marisol Quince", 1360, 230, { lineBreak: false });
      doc.fillColor("black").font("Helvetica").fontSize(17).text("Volunteer lengthsmen cover every pound", 1600, 152, { width: 200, align: "center" });
      doc.font("Helvetica").fontSize(9).fillColor("grey").text("Barnaby Fenwick", 1660, 230, { lineBreak: false });
      doc.fillColor("black");
      VOTE_STICKIES.forEach(([, count], i) => {
        const x = 90 + (i % 4) * 280;
        const y = 140 + Math.floor(i / 4) * 300;
        doc.font("Helvetica").fontSize(16).text(`${count} dots`, x, y + 150, { lineBreak: false });
      });
      doc.font("Helvetica-Bold").fontSize(16).text(CARD.title, 1300, 900, { lineBreak: false });
      doc.font("Helvetica").fontSize(10).text(CARD.initials, 1308, 950, { lineBreak: false });
      doc.font("Helvetica").fontSize(12).text(CARD.assignee, 1340, 950, { lineBreak: false });
      doc.font("Helvetica").fontSize(12).text(CARD.due, 1750, 950, { lineBreak: false });
    },
    { size: [2400, 1500], margin: 0 },
  );
}
