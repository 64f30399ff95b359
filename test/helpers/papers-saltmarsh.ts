/**
 * Papers of an invented Saltmarsh Restoration Panel (2094/95) in layouts taken from other tools: a Marp
 * slide deck in markdown (front matter with a style sheet, scoped styles, directive comments, presenter
 * notes in HTML comments, background images, a risk register with this review's score beside last
 * review's month-named score); a Microsoft Forms export of members' returns before a meeting (an ID and
 * start and completion times before the respondent's name, a later answer replacing an earlier one); and
 * minutes in text that confirm the previous meeting's minutes in an item, with their own confirmation and
 * signature at the end. Everything here is made up.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

export const saltmarshDeckMd = `---
marp: true
theme: panel-2094
paginate: true
style: |
  section.cards ul { display: flex; gap: 12px; }
  .note { font-size: 14px; color: #666; }
---

<!-- _class: lead -->
<!-- _paginate: false -->

![bg right:40%](img/saltmarsh-aerial.jpg)

# Saltmarsh Restoration Programme

## Quarter 3 review 2094/95

Item 5 · Saltmarsh Restoration Panel · 9 February 2095

<!--
Welcome members. The hectare figure excludes the 85 hectares restored by the Wildfowl Trust at Cobbold
Creek, which the Trust reports to Natural England directly.
-->

---

<style scoped>
table { font-size: 18px; }
</style>

# Risk register at 31 January 2095

| Ref | Risk | Owner | L | I | Score | Sep score | Trend |
|:--|:--|:--|:-:|:-:|:-:|:-:|:--|
| SRR-01 | Sediment supply falls after the harbour dredging ends | Wilfred Ashdown | 4 | 4 | 16 Severe | 12 | ▲ Rising |
| SRR-02 | Landowners withdraw from the managed realignment scheme | Perpetua Lund | 2 | 4 | 8 Moderate | 8 | ► Steady |
| SRR-03 | Contractors cannot work the mudflats in winter storms | Wilfred Ashdown | 3 | 3 | 9 Moderate | 15 | ▼ Falling |
| SRR-04 | Grazing licences are not renewed on the restored marsh | Orla Penhaligon | 4 | 3 | 12 Significant | 6 | ▲ Rising |

<span class="note">Score = likelihood × impact. Tolerance: 12.</span>
`;

/** Microsoft Forms' columns before its questions: the response's ID and times, the respondent. */
const FORMS_HEAD = ["ID", "Start time", "Completion time", "Email", "Name"];
const QUESTIONS = [
  "Will you attend the Panel on Thursday 9 February 2095?",
  "If not, who is your substitute?",
  "Do you need to declare an interest?",
  "Which agenda item(s)?",
  "Nature of the interest",
];

const responses: string[][] = [
  ["1", "1/30/95 9:02:11", "1/30/95 9:04:40", "w.ashdown@fenmouth.gov.uk", "Cllr Wilfred Ashdown", "Yes – in the room", "", "No", "", ""],
  ["2", "1/30/95 11:15:03", "1/30/95 11:18:52", "p.lund@tidewater.gov.uk", "Perpetua Lund", "Yes – online (Teams)", "", "Yes", "Item 6: Grazing licences", "I hold a grazing licence on the Cobbold marsh."],
  ["3", "1/31/95 8:40:27", "1/31/95 8:41:09", "o.penhaligon@kestle.gov.uk", "Orla Penhaligon", "Yes – in the room", "", "No", "", ""],
  ["4", "2/1/95 14:22:50", "2/1/95 14:25:31", "r.quennell@fenmouth.gov.uk", "Roderick Quennell", "No – sending apologies", "Cllr Tamsin Vosper", "", "", ""],
  ["5", "2/2/95 10:05:44", "2/2/95 10:06:30", "t.vosper@fenmouth.gov.uk", "Tamsin Vosper (substitute for Cllr Quennell)", "Yes – online (Teams)", "", "No", "", ""],
  ["6", "2/7/95 7:58:12", "2/7/95 8:00:03", "o.penhaligon@kestle.gov.uk", "Orla Penhaligon", "No – sending apologies", "Cllr Bartholomew Kerne", "", "", ""],
];

export function saltmarshFormsCsv(): string {
  const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
  return [[...FORMS_HEAD, ...QUESTIONS], ...responses].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}

export const saltmarshMinutesTxt = `Saltmarsh Restoration Panel

Minutes of the meeting held on Thursday 3 November 2094 at 2.00pm, Fenmouth Guildhall

Present: Cllr Wilfred Ashdown (Chair), Cllr Perpetua Lund, Cllr Orla Penhaligon and Cllr Roderick Quennell

1 Apologies and declarations of interest

1.1 There were no apologies. No interests were declared.

2 Minutes of the previous meeting

2.1 The minutes of the meeting held on 8 September 2094 were agreed as a correct record.

3 Programme update

3.1 Wilfred Ashdown introduced the quarter 2 update. 140 hectares of saltmarsh had been restored against a target of 400.

3.2 Resolved: that the Panel noted the update.

4 Date of next meeting

4.1 Thursday 9 February 2095 at 2.00pm.

Confirmed as a correct record at the meeting held on 9 February 2095.

Signed by:
Cllr Wilfred Ashdown, Chair
Date: 10/02/2095

Certificate of completion
Signer | Events
Wilfred Ashdown, Chair, Saltmarsh Restoration Panel | Sent: 2/10/2095 | 08:15 AM Viewed: 2/10/2095 | 09:05 AM Signed: 2/10/2095 | 09:12 AM
`;

export const saltmarshFundPaperTxt = `Saltmarsh Restoration Panel
9 February 2095
Item 6

Saltmarsh Restoration Fund round 2: recommended grants

Purpose of report
For decision. To recommend grants from round 2 of the Saltmarsh Restoration Fund.

Contact officer: Imogen Trelawny, Fund Manager

Recommendations
That the Panel approves the six grants in Table 1, totalling £412,000.

Background
1. The restoration fund's round 1 awarded £655,000 to nine councils in July 2094, and its projects restored 140 hectares by December 2094. With the £88,000 not awarded in round 2, round 3 (opening in October 2095) would have £588,000.
2. Round 2 closed on 16 January 2095 with 19 bids.
3. The Department has said £2 million will be made available to councils to spend on coastal habitats in 2095/96.

Actions from 3 November 2094
Ref | Action | Owner | Due | Status
SRA-04 | Circulate the round 1 evaluation of the restoration fund to members | Imogen Trelawny | 16/12/2094 | Done
SRA-05 | Publish the round 2 prospectus of the restoration fund | Imogen Trelawny | 09/12/2094 | Done
`;

export const saltmarshAgendaTxt = `Saltmarsh Restoration Panel

Agenda

Thursday 9 February 2095, 2.00pm, Fenmouth Guildhall

Item | Title | Lead | Page
1 | Welcome, apologies and declarations of interest | Chair | –
2 | Minutes of the meeting held on 3 November 2094 (for approval) | Chair | 3
3 | Programme review, quarter 3 | Wilfred Ashdown | 7
4 | Saltmarsh Restoration Fund round 2: recommended grants | Imogen Trelawny | 11
`;

/**
 * A bilingual agenda paper in Word, Welsh beside English: the page is one table of two columns, each row a
 * text and its translation, each front sheet a table nested in its language's column.
 */
export async function saltmarshBilingualDocx(): Promise<Buffer> {
  const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const half = (children: (Paragraph | Table)[]) => new TableCell({ children, width: { size: 4500, type: WidthType.DXA } });
  const row = (cy: string, en: string, bold = false) => new TableRow({ children: [half([para(cy, bold)]), half([para(en, bold)])] });
  const sheet = (rows: [string, string][]) => new Table({ rows: rows.map(([l, v]) => new TableRow({ children: [half([para(l, true)]), half([para(v)])] })) });
  const page = new Table({
    rows: [
      row("Eitem 7", "Item 7", true),
      row("Cynllun pori a thrwyddedau'r morfa heli wedi'i adfer 2095/96", "Grazing scheme and licences for the restored saltmarsh 2095/96", true),
      new TableRow({
        children: [
          half([sheet([["Diben yr adroddiad", "Er penderfyniad. Cytuno ar y cynllun pori."], ["Swyddog cyswllt", "Orla Penhaligon"]])]),
          half([sheet([["Purpose of report", "For decision. To agree the grazing scheme for the restored marsh."], ["Key decision", "Yes"], ["Exempt information", "No, but Appendix B (the licence holders' details) is exempt under paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972"], ["Contact officer", "Orla Penhaligon"], ["Position", "Coastal Habitats Adviser"]])]),
        ],
      }),
      row("Argymhellion", "Recommendations", true),
      row("Bod y Panel yn:", "That the Panel:"),
      row("(a) cytuno ar y cynllun pori ar gyfer 2095/96, gyda 240 o ddefaid ar y morfa;", "(a) agrees the grazing scheme for 2095/96, with 240 sheep on the marsh;"),
      row("(b) cytuno ar ffi drwydded o £18 yr hectar; a", "(b) agrees a licence fee of £18 a hectare; and"),
      row("(c) gofyn am adroddiad ar yr adar sy'n nythu ym mis Hydref 2095.", "(c) asks for a report on nesting birds in October 2095."),
      row("Cefndir", "Background", true),
      row("1. Mae'r cynllun yn dilyn arolwg o'r morfa ym mis Mehefin 2094.", "1. The scheme follows a survey of the marsh in June 2094."),
    ],
  });
  const doc = new Document({ sections: [{ children: [para("Saltmarsh Restoration Panel / Panel Adfer Morfa Heli", true), para("9 February 2095"), page] }] });
  return Buffer.from(await Packer.toBuffer(doc));
}

/**
 * A performance system's PIs report in PDF: a shaded header band over two rows, each quarter's label
 * spanning its columns ("Q3 2094/95" over "Value | Target | Status"), the other labels spanning both rows,
 * the body ruled cell by cell, a shaded group row per theme.
 */
export function saltmarshPisPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      const W = [190, 55, 60, 55, 55, 60, 110];
      const X = W.reduce<number[]>((a, w, i) => (a.push(a[i]! + w), a), [40]);
      const TW = W.reduce((a, b) => a + b, 0);
      const FS = 8;
      doc.font("Helvetica-Bold").fontSize(13).fillColor("#000000").text("SRP Programme PIs – Quarter 3 2094/95", 40, 40, { lineBreak: false });
      doc.font("Helvetica").fontSize(8).text("Report Type: PIs Data Report", 40, 60, { lineBreak: false });
      let y = 90;
      const h1 = 14;
      const h2 = 13;
      doc.rect(40, y, TW, h1 + h2).fillColor("#1F3B57").fill();
      const t = (s: string, x0: number, x1: number, yy: number) => doc.font("Helvetica-Bold").fontSize(FS).fillColor("#FFFFFF").text(s, x0 + 4, yy, { width: x1 - x0 - 8, align: "center", lineBreak: false });
      const mid = y + (h1 + h2) / 2 - 4;
      t("Code & Short Name", X[0]!, X[1]!, mid);
      t("Q2 2094/95", X[1]!, X[3]!, y + 3);
      t("Q3 2094/95", X[3]!, X[6]!, y + 3);
      t("Assigned To", X[6]!, X[7]!, mid);
      ["Value", "Status", "Value", "Target", "Status"].forEach((s, i) => t(s, X[1 + i]!, X[2 + i]!, y + h1 + 3));
      y += h1 + h2;
      const rows: { group?: string; cells?: string[] }[] = [
        { group: "Theme 1: Restoration" },
        { cells: ["SRP-01 Hectares of saltmarsh restored (cumulative)", "140", "Warning", "205", "240", "Alert", "Wilfred Ashdown"] },
        { cells: ["SRP-02 Sediment monitoring stations reporting", "12", "OK", "14", "15", "Warning", "Orla Penhaligon"] },
        { group: "Theme 2: Grazing and access" },
        { cells: ["SRP-03 Grazing licences issued", "9", "Alert", "18", "16", "OK", "Perpetua Lund"] },
        { cells: ["SRP-04 Visitors counted on the marsh trail", "3,120", "OK", "2,480", "2,000", "OK", "Orla Penhaligon"] },
      ];
      for (const r of rows) {
        if (r.group) {
          doc.rect(40, y, TW, 16).fillColor("#DCE6F0").fill();
          doc.rect(40, y, TW, 16).lineWidth(0.5).strokeColor("#999999").stroke();
          doc.font("Helvetica-Bold").fontSize(8.2).fillColor("#1F3B57").text(r.group, 44, y + 4, { lineBreak: false });
          y += 16;
          continue;
        }
        const h = 20;
        doc.lineWidth(0.5).strokeColor("#999999");
        for (let i = 0; i < W.length; i++) doc.rect(X[i]!, y, W[i]!, h).stroke();
        r.cells!.forEach((c, i) => doc.font("Helvetica").fontSize(FS).fillColor("#000000").text(c, X[i]! + 4, y + 6, { width: W[i]! - 8, lineBreak: false, align: i >= 1 && i <= 5 && /\d/.test(c) ? "right" : "left" }));
        y += h;
      }
      doc.font("Helvetica").fontSize(8).fillColor("#000000").text("PI status is calculated against the quarter's target: OK = target met; Warning = below target by up to 10%; Alert = below target by more than 10%.", 40, y + 12, { width: TW });
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}

/** The officers' page of the Panel on a DokuWiki, as the wiki stores its source. */
export const saltmarshWikiTxt = `~~NOTOC~~
====== Saltmarsh Restoration Panel officers' page ======

//Page owner: [[user:openhaligon|Orla Penhaligon]]. Last reviewed 2095-01-20.//

<WRAP center round info 80%>
**Staff only.** Do not paste exempt material here.
</WRAP>

===== About the Panel =====

^ Quorum | 3 members |
^ Meets | 4 times a year |

===== Risk register =====

^ Ref ^ Risk ^ L ^ I ^ Score ^ RAG ^ Owner ^
| SRR-05 | Tidal surge breaches the new seawall((The Environment Agency's 2094 survey.)) |  2 |  5 |  10 | <color #000000/#ffc000>**A**</color> | [[user:washdown|Wilfred Ashdown]] |
| SRR-06 | Saltmarsh grasses fail to establish after the winter storms |  4 |  4 |  16 | <color #ffffff/#c00000>**R**</color> | [[user:openhaligon|Orla Penhaligon]] |

==== Officers ====

  * [[user:openhaligon|Orla Penhaligon]] -- Coastal Habitats Adviser
  * [[user:itrelawny|Imogen Trelawny]] -- Fund Manager

{{tag>saltmarsh panel}}
`;
