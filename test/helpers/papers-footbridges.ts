/**
 * The Footbridges and Stepping Stones Task Group's papers (invented, 2491/92), in layouts of desktop tools:
 * an agenda from a word processor whose "At a glance" box floats at the top right of the first page, drawn
 * after the agenda itself, and minutes whose members' names carry accents ("Cllr Gráinne Ó Súilleabháin").
 */
import JSZip from "jszip";
import { pdfBuffer } from "./papers.js";

/** The box's notes, each a paragraph that wraps in the narrow box. */
export const FOOTBRIDGES_BOX = [
  "Group pre-meetings at 9.45am: Conservative in Room 3, Labour in Room 4, Independent in Room 6.",
  "Chair's briefing: 10.00am in Room 1, for the Chair and Vice-Chair.",
  "Quorum: three voting members in the room. Members joining online may speak but not vote.",
];

export const FOOTBRIDGES_ITEMS = [
  ["1", "Welcome, apologies and substitutes", "Chair"],
  ["2", "Declarations of interest", "Chair"],
  ["3", "Minutes of the meeting held on 3 March 2491", "Chair"],
  ["4", "Stepping stones inspection programme", "Perpetua Lanyon-Hext"],
  ["5", "Footbridge renewal grants: round 2", "Perpetua Lanyon-Hext"],
  ["6", "Any other business", "Chair"],
];

/**
 * The agenda of 9 June 2491 on one A4 page: a title over two lines, the meeting's details, the items as a
 * table of three columns, and a box of notes at the top right, drawn last, whose lines sit at heights of
 * their own beside the title and the details.
 */
export function footbridgesAgendaPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(15).text("Footbridges and Stepping", 56, 60, { lineBreak: false });
    doc.text("Stones Task Group", 56, 79, { lineBreak: false });
    doc.font("Helvetica").fontSize(9).text("A task group of the Rural Access Board", 56, 100, { lineBreak: false });
    doc.font("Helvetica-Bold").fontSize(20).text("Agenda", 56, 126, { lineBreak: false });
    const details = [
      ["Date", "Monday 9 June 2491"],
      ["Time", "10.30am to 12.30pm"],
      ["Venue", "Room 1, 18 Smith Square, London SW1P 3HZ"],
      ["Clerk", "Tamsin Ebdon-Farr, 020 7946 0422"],
    ];
    let y = 160;
    for (const [label, value] of details) {
      doc.font("Helvetica-Bold").fontSize(8.5).text(label!, 60, y, { lineBreak: false });
      doc.font("Helvetica").text(value!, 140, y, { lineBreak: false });
      y += 18;
    }
    y += 14;
    doc.font("Helvetica-Bold").text("No.", 60, y, { lineBreak: false });
    doc.text("Item", 90, y, { lineBreak: false });
    doc.text("Lead", 270, y, { lineBreak: false });
    y += 20;
    for (const [no, item, lead] of FOOTBRIDGES_ITEMS) {
      doc.font("Helvetica").text(no!, 60, y, { lineBreak: false });
      doc.text(item!, 90, y, { lineBreak: false });
      doc.text(lead!, 270, y, { lineBreak: false });
      y += 19;
    }
    // The box, drawn after the agenda: its heading, then each note wrapped to the box's width.
    doc.font("Helvetica-Bold").fontSize(11).text("At a glance", 413, 66, { lineBreak: false });
    doc.font("Helvetica").fontSize(8.5).text(FOOTBRIDGES_BOX.join("\n\n"), 413, 86, { width: 120 });
  });
}

/** The minutes of 3 March 2491, as text: those present, with accented names, and a declaration. */
export function footbridgesMinutesText(): string {
  return [
    "Footbridges and Stepping Stones Task Group",
    "Minutes of the meeting held on Monday 3 March 2491",
    "Draft of 5 March 2491, not yet approved",
    "",
    "Room 1, 18 Smith Square, 10.30am to 12.20pm. These minutes are a draft until the Task Group approves them at its meeting on Monday 9 June 2491.",
    "",
    "Present",
    "Cllr Perran Tresidder (Chair), Cllr Gráinne Ó Súilleabháin (Vice-Chair), Cllr Søren Ásgeirsson, Cllr Mirela Dragoș, Cllr Hedley Pentreath",
    "",
    "1. Declarations of interest",
    "Cllr Søren Ásgeirsson declared an interest in item 5 as a trustee of the Tregothnan Footpaths Trust.",
    "",
    "2. Stepping stones inspection programme",
    "The Task Group noted that 14 of the 22 stepping stone crossings had been inspected by 28 February 2491.",
    "Resolved that £18,000 of the programme contingency be allocated to extra inspections of the eight crossings left.",
    "",
  ].join("\n");
}

/** The programme's risk register of 20 May 2491, as markdown: a control names the money agreed on 3 March. */
export function footbridgesRisksMarkdown(): string {
  return [
    "# Footbridges and Stepping Stones Task Group: programme risk register",
    "",
    "Reviewed by officers on 20 May 2491. Score = likelihood × impact, each from 1 to 5.",
    "",
    "| Ref | Risk | Owner | L | I | Score | Rating | Trend | Controls and next steps |",
    "|---|---|---|---|---|---|---|---|---|",
    "| FSR-01 | A stepping stone crossing fails in a winter flood | PLH | 4 | 5 | 20 | Very high | Rising | Flood warnings from the river authority; £18,000 for extra inspections of eight crossings agreed on 3 March 2491 (minute 2) |",
    "| FSR-02 | Grant-funded footbridges cannot be maintained by councils | TEF | 3 | 3 | 9 | Medium | Same | Bids must show ten years' maintenance costs |",
    "| FSR-03 | Landowners refuse access for renewal works | PLH | 2 | 4 | 8 | Medium | Falling | Access agreements signed before awards |",
    "",
    "Owners: PLH Perpetua Lanyon-Hext · TEF Tamsin Ebdon-Farr",
    "",
  ].join("\n");
}

/** The card of the approval request for the agenda of 9 June 2491, as Power Automate writes it. */
export const FOOTBRIDGES_CARD = {
  type: "AdaptiveCard",
  version: "1.4",
  body: [
    { type: "TextBlock", text: "Approval request: FSSTG agenda pack, 9 June 2491", size: "large", weight: "bolder", wrap: true },
    { type: "TextBlock", text: "Tamsin Ebdon-Farr asks the Chair to approve the agenda pack for publication on **Friday 30 May 2491**.", wrap: true },
    {
      type: "FactSet",
      facts: [
        { title: "Requested by", value: "Tamsin Ebdon-Farr" },
        { title: "Approver", value: "Cllr Perran Tresidder (Chair)" },
        { title: "Due", value: "28 May 2491" },
      ],
    },
    {
      type: "Container",
      items: [
        { type: "TextBlock", text: "Items for decision", weight: "bolder", size: "medium" },
        {
          type: "Table",
          columns: [{ width: 1 }, { width: 3 }],
          rows: [
            { type: "TableRow", cells: [{ type: "TableCell", items: [{ type: "TextBlock", text: "Item" }] }, { type: "TableCell", items: [{ type: "TextBlock", text: "Title" }] }] },
            { type: "TableRow", cells: [{ type: "TableCell", items: [{ type: "TextBlock", text: "5" }] }, { type: "TableCell", items: [{ type: "TextBlock", text: "Footbridge renewal grants: round 2" }] }] },
          ],
        },
      ],
    },
    { type: "ActionSet", actions: [{ type: "Action.Submit", title: "Approve" }, { type: "Action.Submit", title: "Reject" }] },
  ],
};

/** The approval request as an actionable message: the card in the HTML's head, a fallback body that says little. */
export function footbridgesApprovalEml(): string {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><script type="application/adaptivecard+json">${JSON.stringify(FOOTBRIDGES_CARD)}</script></head><body><p>This message has an approval request. Open it in Outlook or in Power Automate to respond.</p></body></html>`;
  return [
    "From: Power Automate <no-reply@powerautomate.example>",
    "To: Perran Tresidder <perran.tresidder@council.example>",
    "Subject: Approval request: FSSTG agenda pack, 9 June 2491",
    "Date: Tue, 27 May 2491 09:12:00 +0000",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="utf-8"',
    "",
    html,
    "",
  ].join("\r\n");
}

/** The clerk's task list exported as CSV: a header, then each section's rows after an empty record. */
export function footbridgesTasksCsv(): string {
  return [
    "TYPE,CONTENT,DESCRIPTION,PRIORITY,RESPONSIBLE,DATE",
    "section,Item 2 – Stepping stones inspections,,,,",
    "task,FSA-11 Inspect the eight crossings left,Minute 2,1,Perpetua Lanyon-Hext,30 Apr 2491",
    "note,Six inspected; the Tamar crossings wait for the river to fall,,,Perpetua Lanyon-Hext,",
    ",,,,,",
    "section,Item 3 – Footbridge grants,,,,",
    "task,FSA-12 Publish the round 2 prospectus,Minute 3,2,Tamsin Ebdon-Farr,15 May 2491",
    "task,FSA-13 Book the assessment panel,Minute 3,3,Tamsin Ebdon-Farr,20 May 2491",
    ",,,,,",
    "Exported 27 May 2491",
    "",
  ].join("\r\n");
}

/** A finance system's budget enquiry exported as CSV: its title and parameters above the table, figures without £. */
export function footbridgesBudgetCsv(): string {
  return [
    "Budget monitoring enquiry,,,,,,",
    "Client: FS,Period: 249109,Run: 02/06/2491 08:14,,,,",
    ",,,,,,",
    "Account,Account(T),Cost centre,Annual budget,Actual YTD,Forecast outturn,Variance",
    '4100,Inspection contracts,FSB01,"84,000.00","61,250.00","83,500.00",500.00',
    '4300,Footbridge renewal grants,FSB02,"900,000.00","412,600.00","905,000.00","-5,000.00"',
    'Total,,,"984,000.00","473,850.00","988,500.00","-4,500.00"',
    "",
  ].join("\r\n");
}

export const FOOTBRIDGES_TASK_ROWS = [
  ["FSA-11 Inspect the eight crossings left", "In Progress", "Wed 30/04/2491", "75%", "Perpetua Lanyon-Hext"],
  ["FSA-12 Publish the round 2 prospectus", "Not Started", "Thu 15/05/2491", "0%", "Tamsin Ebdon-Farr"],
  ["FSA-10 Write to the river authority", "Completed", "Fri 28/03/2491", "100%", "Tamsin Ebdon-Farr"],
  ["Book Room 1 for 9 June", "Waiting on someone else", "Mon 02/06/2491", "25%", "Tamsin Ebdon-Farr"],
];

/** The clerk's task list printed from a mail client in a table, grouped by category: a group's line between its rows. */
export function footbridgesTaskListPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(10).text("Tasks - Tamsin Ebdon-Farr", 36, 30, { lineBreak: false });
      // (The first column is the task's importance, "!", the subject's column after it.)
      const cols = [36, 76, 330, 430, 510, 580];
      let y = 60;
      const rule = () => doc.moveTo(36, y - 4).lineTo(806, y - 4).lineWidth(0.5).stroke();
      const line = (cells: string[], bold: boolean) => {
        rule();
        doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
        cells.forEach((c, i) => doc.text(c, cols[i]!, y, { lineBreak: false }));
        y += 14;
      };
      const group = (label: string) => {
        rule();
        doc.font("Helvetica-Bold").fontSize(8).text(label, 40, y, { lineBreak: false });
        y += 14;
      };
      line(["!", "Task Subject", "Status", "Due Date", "% Complete", "Owner"], true);
      group("Categories: FSSTG actions (3 items)");
      FOOTBRIDGES_TASK_ROWS.slice(0, 3).forEach((row, k) => line([k === 0 ? "!" : "", ...row], false));
      group("Categories: Clerk (1 item)");
      line(["", ...FOOTBRIDGES_TASK_ROWS[3]!], false);
      rule();
    },
    { size: "A4", layout: "landscape", margin: 36 },
  );
}

/** The round 2 grants paper for 9 June 2491, as text: the threshold set in one paragraph, a bid below it in another. */
export function footbridgesGrantsPaperText(): string {
  return [
    "Footbridges and Stepping Stones Task Group",
    "9 June 2491",
    "Item 5: Footbridge renewal grants, round 2",
    "",
    "1. Round 2 offered £300,000 for the renewal of footbridges on public rights of way. Four councils bid.",
    "",
    "2. Two officers scored each bid out of 100 against the published criteria (Appendix A). The threshold for an award is 60. 3. Table 1 sets out the bids and the recommended awards.",
    "",
    "Table 1: round 2 bids",
    "",
    "| Council | Bid | Score | Recommended |",
    "|---|---|---|---|",
    "| Penwith | £92,000 | 81 | £92,000 |",
    "| Kerrier | £71,500 | 74 | £71,500 |",
    "| Restormel | £88,000 | 66 | £88,000 |",
    "| Tregony Parish Council | £48,000 | 52 | £0 |",
    "",
    "4. Tregony Parish Council's bid for a timber footbridge at Ruan Mill scored 52, below the threshold of 60: the bridge would mainly serve a private estate. Officers will advise Tregony on a bid to round 3.",
    "",
  ].join("\n");
}

/**
 * The risk register as a flow fills a Word template: plain-text content controls with the values, a table whose
 * rows are a repeating section's items, and a control nobody filled in, still showing its placeholder.
 */
export async function footbridgesTemplateDocx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const control = (tag: string, text: string, placeholder = false) =>
    `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/>${placeholder ? "<w:showingPlcHdr/>" : ""}<w:text/></w:sdtPr><w:sdtContent><w:r>${placeholder ? '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' : ""}<w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;
  const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>${inner}</w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const columns = ["Ref", "Risk", "Score", "Owner"];
  const item = (cells: string[]) => `<w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>${row(cells.map((c, i) => control(columns[i]!, c)))}</w:sdtContent></w:sdt>`;
  const body = [
    `<w:p>${run("Risk register, reviewed ")}${control("ReviewDate", "20 May 2491")}</w:p>`,
    `<w:p>${run("Approved by: ")}${control("Approver", "Click or tap here to enter text.", true)}</w:p>`,
    `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid>${columns.map(() => '<w:gridCol w:w="2000"/>').join("")}</w:tblGrid>${row(columns.map(run))}`,
    `<w:sdt><w:sdtPr><w15:repeatingSection/></w:sdtPr><w:sdtContent>${item(["FSR-01", "A stepping stone crossing fails in a winter flood", "20", "Perpetua Lanyon-Hext"])}${item(["FSR-02", "Footbridges cannot be maintained", "9", "Tamsin Ebdon-Farr"])}</w:sdtContent></w:sdt></w:tbl>`,
    `<w:p>${run("End of register.")}</w:p>`,
  ].join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}
