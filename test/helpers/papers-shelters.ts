/**
 * Papers of an invented body, the Bus Shelters Task Group (2401/02), in layouts other tests do not cover:
 * a report typeset with ruled tables the way troff's tbl draws them (rules between groups of rows, not
 * between rows; column rules stopping for a group's heading and for a note across the table; a heading
 * over two columns; wrapped cells set at the top; a council's cell spanning its two bids), with its key in
 * one line of letters; and minutes kept as XWiki page source.
 */
import { pdfBuffer } from "./papers.js";

export const SHELTERS_BODY = "Bus Shelters Task Group";

type Cell = string | string[];

/**
 * A typeset quarterly report: Table 1 (measures by workstream), Table 2 (a budget whose lines share one
 * ruled band) and Appendix A (bids, one council with two).
 */
export function sheltersTypesetPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica");
      const size = 8;
      const lead = 10;
      const hRule = (x0: number, x1: number, y: number) => doc.moveTo(x0, y).lineTo(x1, y).lineWidth(0.5).stroke();
      const vRule = (x: number, y0: number, y1: number) => doc.moveTo(x, y0).lineTo(x, y1).lineWidth(0.5).stroke();
      const write = (cell: Cell, x: number, y: number) => {
        (Array.isArray(cell) ? cell : [cell]).forEach((line, k) => doc.fontSize(size).text(line, x, y + k * lead, { lineBreak: false }));
      };
      const linesOf = (cell: Cell) => (Array.isArray(cell) ? cell.length : 1);
      doc.fontSize(12).text("Bus shelters programme: quarter 2 2401/02 performance and budget", 50, 50, { lineBreak: false });

      // Table 1: columns, with "Quarter 1" and "Quarter 2" each over "Figure" and "RAG".
      const edges = [50, 90, 210, 260, 300, 330, 370, 400, 480];
      const [left, right] = [edges[0]!, edges[edges.length - 1]!];
      doc.fontSize(10).text("Table 1: measures at quarter 2 2401/02", 50, 80, { lineBreak: false });
      let y = 100;
      hRule(left, right, y);
      write("Ref", 54, y + 8);
      write("Measure", 94, y + 8);
      write("Target", 214, y + 8);
      write("Quarter 1 (June)", 264, y + 3);
      write("Quarter 2 (Sept)", 334, y + 3);
      write("Figure", 264, y + 13);
      write("RAG", 304, y + 13);
      write("Figure", 334, y + 13);
      write("RAG", 374, y + 13);
      write("Lead", 404, y + 8);
      const headBottom = y + 24;
      for (const e of edges.slice(1, -1)) vRule(e, e === 300 || e === 370 ? y + 11 : y, headBottom);
      hRule(left, right, headBottom);
      y = headBottom;
      const groups: { title: string; rows: Cell[][]; note?: string }[] = [
        { title: "Workstream: New shelters", rows: [["BS-01", ["Shelters installed at rural", "stops (cumulative)"], "120", "64", "A", "90", "G", "Cllr Marwood"]] },
        {
          title: "Workstream: Repairs and access",
          rows: [
            ["BS-02", ["Shelters repaired within", "five working days of a", "report of damage"], "90%", "85%", "A", "71%", "R", "Cllr Fenwick"],
            ["BS-03", ["Shelters with level", "access and seating"], "75%", "61%", "A", "76%", "B", "Cllr Fenwick"],
          ],
          note: "(BS-02 continued) The repair contractor lost two crews in August; see paragraph 9 for the recovery plan.",
        },
      ];
      for (const g of groups) {
        const top = y;
        write(g.title, 54, y + 4);
        y += 14;
        const rulesFrom = y;
        for (const row of g.rows) {
          row.forEach((cell, k) => write(cell, edges[k]! + 4, y + 4));
          y += Math.max(...row.map(linesOf)) * lead + 4;
        }
        for (const e of edges.slice(1, -1)) vRule(e, rulesFrom, y);
        if (g.note) {
          write(g.note, 54, y + 4);
          y += 14;
        }
        vRule(left, top, y);
        vRule(right, top, y);
        hRule(left, right, y);
      }
      doc.fontSize(8).text("Key: G on track · A some risk · R off track · B achieved · – not yet due", 50, y + 8, { lineBreak: false });

      // Table 2: a budget whose lines share one ruled band, the total in its own.
      y += 40;
      doc.fontSize(10).text("Table 2: budget 2401/02 (£)", 50, y - 16, { lineBreak: false });
      const budgetEdges = [50, 190, 250, 310, 370];
      const budget: string[][] = [
        ["New shelters", "180,000", "92,500", "176,000"],
        ["Repairs contract", "64,000", "40,100", "71,000"],
        ["Seating and access works", "38,000", "12,300", "35,500"],
        ["Programme management", "18,000", "9,000", "18,000"],
      ];
      const bands = [[["Budget line", "Budget", "Spent", "Forecast"]], budget, [["Total", "300,000", "153,900", "300,500"]]];
      for (const rows of bands) {
        const top = y;
        hRule(50, 370, y);
        for (const row of rows) {
          row.forEach((cell, k) => write(cell, budgetEdges[k]! + 4, y + 4));
          y += lead;
        }
        y += 4;
        for (const e of budgetEdges) vRule(e, top, y);
      }
      hRule(50, 370, y);

      // Appendix A: bids, a council over its two bids (its cell set in the middle of them).
      y += 40;
      doc.fontSize(10).text("Appendix A: shelter improvement fund bids", 50, y - 16, { lineBreak: false });
      const bidEdges = [50, 150, 300, 360, 400, 470];
      const top = y;
      hRule(50, 470, y);
      ["Council", "Project", "Asked (£)", "Score", "Recommended (£)"].forEach((h, k) => write(h, bidEdges[k]! + 4, y + 4));
      y += 18;
      hRule(50, 470, y);
      const bandTop = y;
      write(["Harrowgate Borough", "Council"], 54, y + 14);
      [["Solar lighting for six shelters", "24,000", "31", "24,000"], ["Real-time display at the interchange", "17,500", "19", "0"]].forEach((row, r) => {
        row.forEach((cell, k) => write(cell, bidEdges[k + 1]! + 4, y + 4 + r * 20));
      });
      y += 44;
      hRule(50, 470, y);
      write("Oxenford City Council", 54, y + 4);
      ["Green roofs on four shelters", "21,000", "28", "21,000"].forEach((cell, k) => write(cell, bidEdges[k + 1]! + 4, y + 4));
      y += 18;
      hRule(50, 470, y);
      for (const e of bidEdges) vRule(e, top, y);
      void bandTop;
    },
    { size: "A4", margin: 0 },
  );
}

/** Minutes kept as XWiki page source, copied out of the wiki editor. */
export function sheltersMinutesXwiki(): string {
  return `{{comment}}
Task Groups > BSTG > Meetings > 2401-10-12 Minutes
Version 1.2, last modified by mclerk on 2401/10/20 09:15.
{{/comment}}

{{toc depth="2"/}}

= Bus Shelters Task Group: minutes, 12 October 2401 =

{{warning title="Draft"}}
**DRAFT – not yet approved.** These minutes go to the next meeting for approval.
{{/warning}}

(% class="table-bordered" %)
|=Meeting|Bus Shelters Task Group
|=Date and time|Thu 12/10/2401, 14:00 – 16:10
|=Chair|Cllr Idris Vantongeren
|=Minutes|Mabel Clerkenwell, Member Services Officer

== Attendance ==

(% class="table-bordered" %)
|=Councillor|=Council|=Group|=Attendance
|Cllr Idris Vantongeren (Chair)|Harrowgate BC|Con|(% style="background-color:#c6efce" %)**P**
|Cllr Sunniva Marwood|Oxenford CC|Lab|(% style="background-color:#ffc7ce" %)**A**

//Key: P present · A apologies//

=== Officers ===

* Oswin Quarrendon – Programme Manager, Bus Shelters
* Thea Ballantyne – Finance Business Partner

== 13/01 Minutes of the last meeting and actions ==

The minutes of the meeting held on 14 September 2401 were agreed as a correct record. Of the six actions from that meeting (BSA-01 to BSA-06), five are complete. One remains open: BSA-04, the survey of shelters without seating, now due in November.

== 14/01 Repairs recovery plan ==

Oswin Quarrendon introduced the plan.{{footnote}}The plan was circulated on 5 October 2401.{{/footnote}}

{{info title="Decision"}}
**RESOLVED** that the Task Group noted the recovery plan for BS-02.
{{/info}}

{{html clean="false"}}
<table><tr><th>For</th><th>Against</th></tr><tr><td>6</td><td>1 (Cllr Marwood)</td></tr></table>
{{/html}}

== Actions agreed ==

(% class="table-bordered table-striped" %)
|=Ref|=Action|=Owner|=Due
|BSA-07|Bring the repairs contractor's crew plan to the next meeting|OQ|--30/11/2401-- 14/12/2401
|BSA-08|Pay the Oxenford green roofs award once the works start|TB|31.01.2402
|BSA-09|Report the winter repairs backlog to the Task Group|OQ|end of Jan 2402
|(% colspan="4" %)//Owners: OQ Oswin Quarrendon; TB Thea Ballantyne//
`;
}

/**
 * The clerk's contact cards as Outlook for Mac exports them (vCard 3.0): lines folded mid-word, escaped
 * commas, semicolons and line breaks, the task group role only in the categories, a member's lead only in
 * the note, a version 2.1 card with a quoted-printable note, a photo.
 */
export function sheltersContactCards(): string {
  const card = (lines: string[]) => ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN", ...lines, "REV:2401-10-20T09:00:00Z", "END:VCARD"].join("\r\n");
  return [
    card([
      "N:Vantongeren;Idris;;Cllr;",
      "FN:Cllr Idris Vantongeren",
      "ORG:Harrowgate Borough Council;Conservative Group",
      "TITLE:Cabinet Member for Transport",
      "TEL;type=CELL;type=VOICE:07700 900771",
      "CATEGORIES:BSTG,BSTG Chair",
      "NOTE:Chair of the Task Group\\, 2401/02.\\nDiary through his PA.",
    ]),
    card([
      "N:Marwood;Sunniva;;Cllr;",
      "FN:Cllr Sunniva Marwood",
      "ORG:Oxenford City Council;Labour Group",
      "TITLE:Councillor",
      "EMAIL;type=INTERNET;type=WORK:sunniva.marwood@oxenford.gov.uk",
      "CATEGORIES:BSTG,BSTG Member",
      "NOTE:Lead member for new shelters (BS-01).",
    ]),
    card([
      "N:Pennyfeather;Orla;;Cllr;",
      "FN:Cllr Orla Penny",
      " feather",
      "ORG:Oxenford City Council;Labour Group",
      "CATEGORIES:BSTG,BSTG Substitute",
      "NOTE:Named substitute for the Labour members.",
    ]),
    [
      "BEGIN:VCARD",
      "VERSION:4.0",
      "FN:Thea Ballantyne",
      "ORG:Local Government Association;Finance",
      "TITLE:Finance Business Partner",
      "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+44-20-7946-0772",
      "END:VCARD",
    ].join("\r\n"),
    [
      "BEGIN:VCARD",
      "VERSION:2.1",
      "N:Quarrendon;Oswin",
      "FN:Oswin Quarrendon",
      "ORG:Local Government Association;Bus Shelters Programme",
      "TITLE:Programme Manager",
      "TEL;WORK;VOICE:020 7946 0771",
      "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
      "NOTE;ENCODING=QUOTED-PRINTABLE:Programme manager for the shelters =E2=80=93 repairs and=",
      " new sites.",
      "END:VCARD",
    ].join("\r\n"),
  ].join("\r\n");
}

/** The clerk's e-mail with the contact cards attached (base64, as Outlook sends them). */
export function sheltersCardsEmail(): string {
  const cards = Buffer.from(sheltersContactCards()).toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    "From: Mabel Clerkenwell <mabel.clerkenwell@local.gov.uk>",
    "To: BSTG members <bstg-members@local.gov.uk>",
    "Subject: BSTG contact cards",
    "Date: Fri, 20 Oct 2401 09:30:00 +0100",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="cards"',
    "",
    "--cards",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear colleagues, the attached file has a card for each member, the named substitute and the programme manager.",
    "",
    "--cards",
    'Content-Type: text/vcard; name="BSTG members 2401-02.vcf"',
    'Content-Disposition: attachment; filename="BSTG members 2401-02.vcf"',
    "Content-Transfer-Encoding: base64",
    "",
    cards,
    "--cards--",
    "",
  ].join("\r\n");
}

/** The actions of the October meeting as a to-do list saved later, titled by the meeting it came from. */
export function sheltersTodoMarkdown(): string {
  return `# Actions from 12 October 2401

1/2 completed

- ☐ BSA-07 Bring the repairs contractor's crew plan to the next meeting Oswin Quarrendon Thu, Dec 14
- ☑ BSA-08 Pay the Oxenford green roofs award once the works start Thea Ballantyne Wed, Jan 31 Paid on Nov 20.
`;
}

/** A single paper whose front sheet is a table of labels beside their values, its item number among them. */
export function sheltersPaperMarkdown(): string {
  return `Local Government Association

| Meeting: | Bus Shelters Task Group |
|---|---|
| Date: | Thursday 12 October 2401 |
| Item: | 4 |

# Shelter repairs: recovery plan

| Purpose of report | For decision. |
|---|---|
| Summary | The repair contractor lost two crews in August; this paper sets out how the backlog will be cleared. |
| Is this report confidential? | No |
| Is this a key decision? | Yes: the plan commits £36,000 of the repairs budget. |
| Recommendations | That the Task Group agrees the recovery plan. |
| Contact officer | Oswin Quarrendon |

1. The repair contractor lost two crews in August.
2. Round 1 of the shelter improvement fund (£60,000) was decided in June 2401.
`;
}

/** The meeting's agenda, one item confidential. */
export function sheltersAgendaMarkdown(): string {
  return `# Bus Shelters Task Group: agenda, 12 October 2401

| Item | Title | Pages |
|---|---|---|
| 1 | Welcome and apologies | |
| 2 | Minutes of the last meeting and actions | 1 - 4 |
| 3 | Quarter 2 performance and budget | 5 - 12 |
| 4 | Shelter repairs: recovery plan | 13 - 16 |
| 5 | Contractor's performance (confidential) | 17 - 20 |
| 6 | Kestrelton District Council's request to join the programme | 21 - 22 |
`;
}

/**
 * The shelter inspections as KoboToolbox exports them: semicolons, a byte-order mark, the form's field paths
 * as headers, each submission opened by its timestamps (milliseconds and zone), one sent twice.
 */
export function sheltersInspectionsCsv(): string {
  const header = ["start", "end", "today", "username", "deviceid", "inspector", "group_site/council", "group_site/site_name", "group_site/site_id", "group_visit/temp_indoor", "group_visit/seating", "group_result/result", "group_result/comments", "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index", "_location_latitude"];
  const rows = [
    ["2401-08-14T10:02:11.512+01:00", "2401-08-14T10:09:40.103+01:00", "2401-08-14", "oquarrendon", "ee.kobotoolbox.org:Qx1", "Oswin Quarrendon", "harrowgate", "Harrowgate Interchange stand C", "HAR-03", "31.5", "1", "pass", "", "5101", "a1b2", "2401-08-14T09:15:00", "validation_status_approved", "", "submitted_via_web", "oquarrendon", "vBs7Qx", "", "1", "51.100"],
    ["2401-08-14T11:20:41.007+01:00", "2401-08-14T11:31:02.884+01:00", "2401-08-14", "oquarrendon", "ee.kobotoolbox.org:Qx1", "Oswin Quarrendon", "oxenford", "Oxenford Market Street north", "OXE-07", "34.8", "0", "fail", "Glass panel missing; seat removed", "5102", "c3d4", "2401-08-14T10:35:10", "validation_status_approved", "", "submitted_via_web", "oquarrendon", "vBs7Qx", "", "2", "51.200"],
    ["2401-08-14T11:20:41.007+01:00", "2401-08-14T11:31:02.884+01:00", "2401-08-14", "oquarrendon", "ee.kobotoolbox.org:Qx1", "Oswin Quarrendon", "oxenford", "Oxenford Market Street north", "OXE-07", "34.8", "0", "fail", "Glass panel missing; seat removed [sent twice]", "5103", "e5f6", "2401-08-14T10:39:44", "validation_status_approved", "", "submitted_via_web", "oquarrendon", "vBs7Qx", "", "3", "51.300"],
    ["2401-08-14T12:10:05.210+01:00", "2401-08-14T12:12:31.904+01:00", "2401-08-14", "tballantyne", "ee.kobotoolbox.org:Rz2", "Thea Ballantyne", "harrowgate", "Harrowgate Bus Garage waiting room", "HAR-06", "", "", "closed", "Locked at 12:10; notice said staff shortage", "5105", "i9j0", "2401-08-14T11:20:00", "validation_status_approved", "", "submitted_via_web", "tballantyne", "vBs7Qx", "", "5", "51.500"],
    ["2401-08-14T13:05:19.330+01:00", "2401-08-14T13:12:50.016+01:00", "2401-08-14", "tballantyne", "ee.kobotoolbox.org:Rz2", "Thea Ballantyne", "harrowgate", "Harrowgate Station forecourt", "HAR-11", "29.9", "1", "pass", "", "5104", "g7h8", "2401-08-14T12:20:02", "validation_status_approved", "", "submitted_via_web", "oquarrendon", "vBs7Qx", "", "4", "51.400"],
  ];
  const line = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  return `\ufeff${[line(header), ...rows.map(line)].join("\r\n")}\r\n`;
}
