/**
 * Papers of an invented Street Trees Panel (2090/91) in layouts taken from other tools: a report server's
 * Word export (every line a text box in a layout grid of spacer rows and columns, the measures a table
 * nested in it with a group row per workstream, a "Commentary:" row spanning the table under each measure
 * and a footer row of counts, ratings given as symbols explained by a key written in one line); a
 * members' database query exported as HTML (field names as headers, an office as a Yes/No column each); a
 * risk system's detail report in PDF (a card per risk: a title with the rating as a lozenge, boxed fields
 * printed label over value, assessments side by side, sub-tables under a shaded header band, ruled only
 * below each row); a Teams attendance report (UTF-16, tab-separated, in numbered sections); and notes of
 * the meeting downloaded from Google Docs as markdown. Everything here is made up.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeightRule, Header } from "docx";
import { pdfBuffer } from "./papers.js";

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const box = (content: (Paragraph | Table)[], span?: number) => new TableCell({ children: content, ...(span ? { columnSpan: span } : {}), width: { size: 1800, type: WidthType.DXA } });
const spacer = () => box([para("")]);
const spacerRow = () => new TableRow({ height: { value: 120, rule: HeightRule.EXACT }, children: [spacer(), spacer(), spacer(), spacer(), spacer()] });
/** A text box across the grid, between its spacer columns. */
const wide = (content: (Paragraph | Table)[]) => new TableRow({ children: [spacer(), box(content, 3), spacer()] });
/** A label box beside its value box, the spacer column between them. */
const labelled = (label: string, value: string[]) => new TableRow({ children: [spacer(), box([para(label, true)]), spacer(), box(value.map((v) => para(v))), spacer()] });
const cell = (text: string, span?: number, bold = false) => box([para(text, bold)], span);

const MEASURES: { group: string; rows: string[][]; footer: string[] }[] = [
  {
    group: "ST1 Planting – lead member: Cllr Ottoline Brackenbury",
    rows: [
      ["ST-01", "Street trees planted (cumulative)", "Jonah Pellow", "4,000", "1,150", "1,980", "●", "◐", "Commentary: Planting paused in August because of the drought order. Autumn planting resumed on 1 October."],
      ["ST-02", "Trees planted with a watering agreement in place", "Jonah Pellow", "90%", "93%", "94%", "●", "●", "Commentary: Every council in the pilot has signed the watering agreement."],
    ],
    footer: ["ST1 total: 2 measures", "● 2 ◐ 0 ○ 0 ✖ 0", "● 1 ◐ 1 ○ 0 ✖ 0"],
  },
  {
    group: "ST2 Tree health – lead member: Cllr Ferdinand Oyelaran",
    rows: [
      ["ST-03", "Young trees lost in their first two years", "Maren Quiller", "No more than 8%", "9.5%", "14.2%", "○", "✖", "Commentary: Losses rose over the dry summer. 212 of the 1,493 young trees surveyed had died, most of them in streets without a watering agreement."],
      ["ST-04", "Tree inspections completed on time", "Maren Quiller", "95%", "96%", "97%", "◐", "●", "Commentary: Back on schedule after the second inspector started in July."],
    ],
    footer: ["ST2 total: 2 measures", "● 0 ◐ 1 ○ 1 ✖ 0", "● 1 ◐ 0 ○ 0 ✖ 1"],
  },
];

/** Item 4, 11 December 2090: the Street Trees Programme's performance at quarter 2, as a report server renders it to Word. */
export async function streetTreesReportDocx(): Promise<Buffer> {
  const header = ["Ref", "Measure", "Lead officer", "Target 2090/91", "Actual Q1", "Actual Q2", "Health at Q1", "Health at Q2"];
  const measureRows: TableRow[] = [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, undefined, true)) })];
  for (const m of MEASURES) {
    measureRows.push(new TableRow({ children: [cell(m.group, 8, true)] }));
    for (const r of m.rows) {
      measureRows.push(new TableRow({ children: r.slice(0, 8).map((c) => cell(c)) }));
      measureRows.push(new TableRow({ children: [cell(r[8]!, 8)] }));
    }
    measureRows.push(new TableRow({ children: [cell(m.footer[0]!, 6, true), cell(m.footer[1]!), cell(m.footer[2]!)] }));
  }
  const budget = new Table({
    rows: [
      ["Budget line", "Budget 2090/91", "Spend to 30 September 2090", "Forecast outturn", "Variance"],
      ["ST1 Planting", "410", "166", "432", "22"],
      ["ST2 Tree health", "275", "131", "270", "(5)"],
      ["Total", "685", "297", "702", "17"],
    ].map((r, k) => new TableRow({ children: r.map((c) => cell(c, undefined, k === 0)) })),
  });
  const grid = new Table({
    rows: [
      spacerRow(),
      wide([para("Street Trees Panel", true)]),
      wide([para("Wednesday 11 December 2090")]),
      wide([para("Agenda item 4")]),
      spacerRow(),
      wide([para("Street Trees Programme: performance report, quarter 2 2090/91", true)]),
      spacerRow(),
      labelled("Purpose of report", ["For decision."]),
      spacerRow(),
      labelled("Recommendations", ["That the Panel:", "(a) notes performance at quarter 2 2090/91; and", "(b) asks officers for a watering plan for ST-03 for the meeting on 12 March 2091."]),
      spacerRow(),
      labelled("Contact officer", ["Jonah Pellow"]),
      labelled("Phone no", ["020 7946 0934"]),
      spacerRow(),
      wide([para("Measures by workstream", true)]),
      wide([para("Health key: ● Healthy – on track · ◐ Watch – minor issues, expected to recover · ○ Concern – at risk, action needed · ✖ Critical – off track, the Panel's attention needed")]),
      spacerRow(),
      wide([new Table({ rows: measureRows })]),
      spacerRow(),
      wide([para("Programme revenue budget 2090/91 (£000)", true)]),
      wide([budget]),
    ],
  });
  const doc = new Document({
    sections: [{ headers: { default: new Header({ children: [para("Street Trees Panel – 11 December 2090 – Item 4")] }) }, children: [grid] }],
  });
  return Packer.toBuffer(doc);
}

/** The Panel's membership as a members' database query exported from Access to HTML, run on 28 November 2090. */
export const streetTreesMembersHtml = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>qryST_Members_2090_91</title>
</head>
<body>
<table border="1" bgcolor="#ffffff" cellspacing="0"><caption><b>qryST_Members_2090_91</b></caption>
<thead>
<tr>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">MemberID</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">Title</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">Forename</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">Surname</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">CouncilName</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">PoliticalGroup</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">IsChair</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">IsViceChair</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">IsSubstitute</font></th>
<th bgcolor="#c0c0c0"><font style="font-size:11pt" face="Calibri" color="#000000">DateLeft</font></th>
</tr>
</thead>
<tbody>
${[
  ["2201", "Cllr", "Ottoline", "Brackenbury", "Harwell Borough Council", "Labour", "No", "Yes", "No", ""],
  ["2202", "Cllr", "Isidore", "Fenwick-Hale", "Lowmoor District Council", "Conservative", "No", "No", "Yes", ""],
  ["2203", "Cllr", "Ferdinand", "Oyelaran", "Castlebrook City Council", "Liberal Democrat", "No", "No", "No", ""],
  ["2204", "Cllr", "Winifred", "Quarrington", "Ellesby County Council", "Conservative", "Yes", "No", "No", ""],
  ["2205", "Cllr", "Tobias", "Rendlesham", "Harwell Borough Council", "Labour", "No", "No", "No", "31/10/2090"],
]
  .map((r) => `<tr>\n${r.map((c) => `<td bordercolor="#d0d7e5"><font style="font-size:11pt" face="Calibri" color="#000000">${c || "<br>"}</font></td>`).join("\n")}\n</tr>`)
  .join("\n")}
</tbody>
<tfoot></tfoot>
</table>
</body>
</html>
`;

const CARDS = [
  {
    title: "STR-01 Young trees die in drought summers",
    rating: "VERY HIGH 20",
    fields: [["Risk owner", "Maren Quiller (Tree Health Lead)"], ["Category", "Environmental"], ["Trend", "Rising"]],
    dates: [["Date raised", "04/03/2089"], ["Last reviewed", "20/11/2090"], ["Next review", "19/02/2091"]],
    scores: ["L4 × I4 = 16", "L5 × I4 = 20", "L2 × I4 = 8"],
    controls: [["Watering agreements with residents", "Weak"], ["Drought-tolerant species list", "Adequate"]],
    actions: [["STR-01-A1", "Sign watering agreements in every planting street", "Maren Quiller", "31/03/2091", "40%"]],
    history: [["20/11/2090", "20", "Up from 12 after the summer losses."], ["21/08/2090", "12", "No change."]],
  },
  {
    title: "STR-02 Nursery stock costs exceed the planting budget",
    rating: "MEDIUM 6",
    fields: [["Risk owner", "Jonah Pellow (Planting Manager)"], ["Category", "Financial"], ["Trend", "Falling"]],
    dates: [["Date raised", "04/03/2089"], ["Last reviewed", "18/11/2090"], ["Next review", "17/02/2091"]],
    scores: ["L3 × I3 = 9", "L2 × I3 = 6", "L2 × I2 = 4"],
    controls: [["Three-year nursery contract at fixed prices", "Strong"]],
    actions: [["STR-02-A1", "Review nursery prices before the next contract", "Jonah Pellow", "30/06/2091", "10%"]],
    history: [["18/11/2090", "6", "Down from 9: contract signed."], ["21/08/2090", "9", "No change."]],
  },
];

/** The risk system's detail report of the Street Trees Programme register (PDF): one card per risk. */
export function streetTreesRiskCardsPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const M = 40;
    const W = 515;
    doc.font("Helvetica-Bold").fontSize(14).text("Risk Detail Report", M, 40, { lineBreak: false });
    let y = 80;
    for (const c of CARDS) {
      doc.rect(M, y, W, 20).fill("#1F3B57");
      doc.fillColor("#FFFFFF").font("Helvetica-Bold").fontSize(10).text(c.title, M + 6, y + 6, { lineBreak: false });
      doc.text(c.rating, M + W - 90, y + 6, { lineBreak: false });
      doc.fillColor("#000000");
      y += 28;
      // Boxed fields: a small grey label over its value.
      for (const line of [c.fields, c.dates]) {
        line.forEach(([label, value], k) => {
          const x = M + k * (W / 3);
          doc.rect(x, y, W / 3 - 6, 26).lineWidth(0.5).strokeColor("#BBBBBB").stroke();
          doc.fillColor("#777777").font("Helvetica").fontSize(6.5).text(label!, x + 4, y + 3, { lineBreak: false });
          doc.fillColor("#000000").font("Helvetica").fontSize(8.5).text(value!, x + 4, y + 13, { lineBreak: false });
        });
        y += 32;
      }
      ["Inherent", "Current", "Target"].forEach((caption, k) => doc.font("Helvetica-Bold").fontSize(8).text(caption, M + k * 170, y, { lineBreak: false }));
      y += 14;
      c.scores.forEach((s, k) => doc.font("Helvetica").fontSize(8).text(s, M + k * 170, y, { lineBreak: false }));
      y += 20;
      for (const [caption, head, rows, widths] of [
        ["Controls", ["Control", "Effectiveness"], c.controls, [W - 110, 110]],
        ["Actions", ["Action", "Description", "Owner", "Due", "Complete"], c.actions, [62, W - 294, 120, 60, 52]],
        ["Review history (last 2)", ["Date", "Score", "Comment"], c.history, [62, 40, W - 102]],
      ] as const) {
        const xs = widths.map((_, k) => M + widths.slice(0, k).reduce((a: number, b: number) => a + b, 0));
        doc.font("Helvetica-Bold").fontSize(8).text(caption, M, y, { lineBreak: false });
        y += 13;
        doc.rect(M, y, W, 13).fill("#E9EDF2");
        doc.fillColor("#000000");
        head.forEach((h, k) => doc.font("Helvetica-Bold").fontSize(7.5).text(h, xs[k]! + 4, y + 3, { lineBreak: false }));
        y += 13;
        for (const r of rows) {
          r.forEach((v, k) => doc.font("Helvetica").fontSize(8).text(v, xs[k]! + 4, y + 3, { lineBreak: false }));
          doc.moveTo(M, y + 15).lineTo(M + W, y + 15).lineWidth(0.4).strokeColor("#999999").stroke();
          y += 15;
        }
        y += 10;
      }
      y += 24;
    }
  });
}

/** A Teams meeting attendance report as Teams downloads it: UTF-16 LE with a byte order mark, tab-separated, in sections. */
export function streetTreesTeamsCsv(): Buffer {
  const lines = [
    "1. Summary",
    "Meeting title\tStreet Trees Panel – 11 December 2090",
    "Attended participants\t3",
    "Start time\t12/11/2090, 10:28:04 AM",
    "End time\t12/11/2090, 12:31:40 PM",
    "Meeting duration\t2h 3m 36s",
    "",
    "2. Participants",
    "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole",
    "Jonah Pellow\t12/11/2090, 10:28:04 AM\t12/11/2090, 12:31:40 PM\t2h 3m 36s\tjonah.pellow@local.gov.uk\tOrganizer",
    "Oyelaran, Ferdinand (Councillor)\t12/11/2090, 10:31:12 AM\t12/11/2090, 12:29:55 PM\t1h 41m 9s\tferdinand.oyelaran@castlebrook.gov.uk\tAttendee",
    "Cllr Isidore Fenwick-Hale\t12/11/2090, 10:30:40 AM\t12/11/2090, 12:30:02 PM\t1h 59m 22s\tisidore.fenwick-hale@lowmoor.gov.uk\tAttendee",
    "",
  ];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join("\r\n"), "utf16le")]);
}

/** Notes of the meeting of 11 December 2090, downloaded from Google Docs as markdown. */
export const streetTreesNotesMd = `# **Street Trees Panel**

Dec 11, 2090 \\| Street Trees Panel (hybrid meeting)

**Status:** Draft – to be agreed at the meeting on 12 March 2091  
**Time and place:** 10.30am to 12.30pm, Room 2, 18 Smith Square, and Microsoft Teams  
**Chair:** Cllr Winifred Quarrington  
**Notes taken by:** Ellis Kavanagh, Member Services Officer

## **Attendees**

**Members in the room:** Cllr Winifred Quarrington (Chair), Cllr Ottoline Brackenbury (Vice-Chair)

**Members online (Teams):** Cllr Ferdinand Oyelaran, Cllr Cressida Vane (by telephone)

**Substitute:** Cllr Isidore Fenwick-Hale (online), for Cllr Leopold Ashgrove

**Apologies:** Cllr Leopold Ashgrove

**Officers:** Jonah Pellow (Planting Manager), Maren Quiller (Tree Health Lead); online: Rosalind Okafor (Data Analyst)

## **Notes**

### **1\\. Welcome, apologies and declarations of interest**

The Chair welcomed members. There were no declarations of interest.

### **2\\. Notes of the meeting on 18 September 2090 and action log**

The notes of the meeting on 18 September 2090 were agreed. The Panel noted the action log:

| Ref | Action (18 September 2090) | Owner | Status |
| :---- | :---- | :---- | :---- |
| STA-09 | Survey councils on street tree watering | Maren Quiller | Done<br>Survey closed on 30 October 2090. |
| STA-10 | Write to the nursery trade body about stock prices | Jonah Pellow | Overdue<br>Letter with the Chair. |
| STA-11 | Add a drought risk to the register | Maren Quiller | Done<br>Added as STR-01's review. |
| STA-12 | Publish the species list | Rosalind Okafor | On hold<br>Waiting for the drought order to end. |

### **3\\. Performance report, quarter 2 2090/91**

Jonah Pellow, Planting Manager, introduced the report. The Panel noted that 212 young trees had died over the summer.

**Resolved:** that the Panel  
(a) noted performance at quarter 2 2090/91; and  
(b) asked officers for a watering plan for ST-03 for the meeting on 12 March 2091.

## **Action items**

- [ ] Maren Quiller – STA-14 Bring a watering plan for ST-03 to the March meeting – Mar 12, 2091
`;
