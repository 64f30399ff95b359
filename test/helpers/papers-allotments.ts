/**
 * Fixture papers of an invented body, the Allotments and Community Growing Panel, in layouts the other
 * fixtures do not use: a Word note of a meeting in the LGA's template (one table "Item | Decisions and
 * actions | Action by" whose middle cells open with a bold title, with each action's owner and date in the
 * third column, paired with the actions by order, and an attendance appendix whose first column names each
 * group once); a plain-text risk register of labelled blocks whose bands are lines "High  score 15 to 25"
 * and whose scores say "L4 x I4 = 16 (High)"; a web performance page with the current status and last
 * quarter's side by side; a markdown membership whose substitutes are "Group: Cllr Name (Council)"; and a PDF
 * paper whose front sheet is two unruled columns with a label wrapped over two lines.
 * Everything here is made up.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 3000, type: WidthType.DXA } });
const row = (cells: Paragraph[][], header = false) => new TableRow({ children: cells.map(cell), ...(header ? { tableHeader: true } : {}) });

/** Note of the Panel's meeting of 9 March 2032 (Word), in the LGA's note-of-meeting template. */
export async function allotmentsNoteDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          para("Note of last Allotments and Community Growing Panel meeting", true),
          new Table({
            rows: [row([[para("Title:", true)], [para("Allotments and Community Growing Panel")]]), row([[para("Date:", true)], [para("Tuesday 9 March 2032")]]), row([[para("Venue:", true)], [para("Room 4, 18 Smith Square, London")]])],
          }),
          new Table({
            rows: [
              row([[para("Item", true)], [para("Decisions and actions", true)], [para("Action by", true)]], true),
              row([
                [para("1", true)],
                [
                  para("Welcome, apologies and declarations of interest", true),
                  para("The Chair, Cllr Marguerite Fennimore, welcomed members to the meeting."),
                  para("Apologies were received from Cllr Ptolemy Vanstone. Cllr Ysolde Carbury attended as substitute for Cllr Vanstone."),
                  para("Cllr Honoria Pettigrew declared an interest as a plot holder at Crewe."),
                ],
                [],
              ]),
              row([
                [para("2", true)],
                [
                  para("Waiting lists survey 2032", true),
                  para("Hollis Treadgold, Adviser, Growing Spaces, introduced the report on the survey of waiting lists."),
                  para("Members noted that 41 councils had replied."),
                  para("Decision:", true),
                  para("The Panel noted the report."),
                  para("Officers to map the waiting lists by region for the next meeting."),
                  para("Officers to write to the councils that did not reply."),
                ],
                [para("Hollis Treadgold", true), para("by 30 April 2032"), para("Bryony Castellan", true), para("by 31 March 2032")],
              ]),
              row([
                [para("3", true)],
                [
                  para("Community orchards grant: arrangements", true),
                  para("Bryony Castellan, Senior Adviser, introduced the proposed arrangements for the grant."),
                  para("Members asked that schools be able to apply."),
                  para("Decision:", true),
                  para("The Panel agreed:"),
                  para("(a) a budget of £120,000, with a maximum grant of £8,000;"),
                  para("(b) that the grant opens on 1 May 2032."),
                  para("Officers to publish the guidance for the grant."),
                ],
                [para("Bryony Castellan", true), para("by 15 April 2032")],
              ]),
            ],
          }),
          para("Appendix A – Attendance", true),
          new Table({
            rows: [
              row([[para("Position", true)], [para("Councillor", true)], [para("Council", true)]], true),
              row([[para("Chair", true)], [para("Cllr Marguerite Fennimore")], [para("Rutland County Council")]]),
              row([[para("Members", true)], [para("Cllr Anselm Greatorex")], [para("Norfolk County Council")]]),
              row([[], [para("Cllr Honoria Pettigrew")], [para("Cheshire East Council")]]),
              row([[para("Apologies", true)], [para("Cllr Ptolemy Vanstone")], [para("Wealden District Council")]]),
              row([[para("Substitutes", true)], [para("Cllr Ysolde Carbury")], [para("Mendip District Council")]]),
              row([[para("LGA officers", true)], [para("Hollis Treadgold")], [para("Local Government Association")]]),
              row([[], [para("Bryony Castellan")], [para("Local Government Association")]]),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The Panel's programme risk register (plain text printed from a risk system, labels in a fixed column). */
export const allotmentsRiskRegisterTxt = `ALLOTMENTS AND COMMUNITY GROWING PANEL
PROGRAMME RISK REGISTER
==========================================================================

Register owner:  Hollis Treadgold
Position at:     28 February 2032

Rating bands:
    Low      score 1 to 6
    Medium   score 8 to 12
    High     score 15 to 25

--------------------------------------------------------------------------
ACG-R1  ORCHARD SITES NOT SECURED IN TIME
--------------------------------------------------------------------------
Owner:           Bryony Castellan
Description:     Councils may not secure land for orchards before the
                 planting season ends.
Current score:   L4 x I4 = 16 (High)
Trend:           Up
Controls:        Monthly calls with the councils that bid.
Status:          Open

--------------------------------------------------------------------------
ACG-R2  WAITING LIST DATA INCOMPLETE
--------------------------------------------------------------------------
Owner:           Hollis Treadgold
Description:     Some councils keep no central waiting list.
Current score:   L3 x I3 = 9 (Medium)
Trend:           Same
Controls:        A data template was sent to every council in January.
Status:          Open

--------------------------------------------------------------------------
ACG-R3  LOW RESPONSE TO THE ALLOTMENT SURVEY
--------------------------------------------------------------------------
Owner:           Hollis Treadgold
Description:     Without a good response the survey could not show the
                 national picture.
Current score:   – (closed)
Trend:           –
Controls:        The survey closed on 31 January 2032 with 188 replies,
                 above the target of 150.
Status:          Closed
`;

const measure = (ref: string, text: string, position: string, status: string, last: string, lead: string) =>
  `<tr><th scope="row">${ref}</th><td>${text}</td><td>${position}</td><td class="s">${status}</td><td class="s">${last}</td><td>${lead}</td></tr>`;

/** The Panel's performance page for quarter 3 2031/32: this quarter's status beside last quarter's. */
export const allotmentsPerformanceHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Allotments and Community Growing Panel: performance report, quarter 3 2031/32</title></head>
<body><main>
<h1>Allotments and Community Growing Panel: performance report, quarter 3 2031/32</h1>
<p>Position at 31 December 2031.</p>
<h2>Measures</h2>
<table>
<caption>Growing spaces measures</caption>
<thead><tr><th>Ref</th><th>Measure</th><th>Position at 31 December 2031</th><th>Status</th><th>Last quarter</th><th>Lead officer</th></tr></thead>
<tbody>
${measure("ACG-01", "New allotment plots created with LGA support", "212 plots", "Slipping", "On track", "Hollis Treadgold")}
${measure("ACG-02", "Community orchards planted", "9 orchards", "On track", "On track", "Bryony Castellan")}
${measure("ACG-03", "Councils publishing waiting list figures", "64 councils", "Slipping", "Slipping", "Hollis Treadgold")}
${measure("ACG-04", "Growing guide for schools published", "Published in November 2031", "Complete", "On track", "Bryony Castellan")}
${measure("ACG-05", "Councils publishing plot vacancies as open data", "58 councils", "On track", "On track", "Hollis Treadgold")}
</tbody></table>
<h2>Orchard grants</h2>
<table>
<caption>Table 2: orchard grants recommended</caption>
<thead><tr><th>Ref</th><th>Council</th><th>Project</th><th>Score</th><th>Grant (£)</th></tr></thead>
<tbody>
<tr><td>OG-01</td><td>Herefordshire Council</td><td>Cider apple orchard, Ledbury</td><td>88</td><td>8,000</td></tr>
<tr><td>OG-02</td><td>Torbay Council</td><td>School orchard, Paignton</td><td>81</td><td>7,500</td></tr>
<tr><td>OG-03</td><td>Wigan Council</td><td>Community orchard, Leigh</td><td>74</td><td>6,000</td></tr>
</tbody></table>
</main></body></html>`;

/** The Panel's membership (markdown), substitutes listed as "Group: Cllr Name (Council)". */
export const allotmentsMembershipMd = `# Allotments and Community Growing Panel: membership 2031/32

| Councillor | Council | Group | Role |
|---|---|---|---|
| Cllr Marguerite Fennimore | Rutland County Council | Conservative | Chair |
| Cllr Anselm Greatorex | Norfolk County Council | Labour | Member |
| Cllr Honoria Pettigrew | Cheshire East Council | Liberal Democrat | Member |
| Cllr Ptolemy Vanstone | Wealden District Council | Liberal Democrat | Member |

### Substitutes

- Conservative: Cllr Thaddeus Orlebar (Stroud District Council)
- Liberal Democrat: Cllr Ysolde Carbury (Mendip District Council)
`;

/**
 * A paper of the Panel (PDF) whose front sheet is two unruled columns, bold labels in a narrow column: the
 * label "Is this report confidential?" wraps over two lines beside its one-line value.
 */
export function allotmentsPaperPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(14).text("Allotments and Community Growing Panel", 50, 50);
    doc.font("Helvetica").fontSize(10).text("9 March 2032", 50, 72).text("Item 3", 50, 86);
    doc.font("Helvetica-Bold").fontSize(12).text("Community orchards grant: arrangements", 50, 110);
    // (As Word prints a borderless table: each row as tall as its value, the label wrapping in its own
    // narrow column, its second line running down beside the next row's first.)
    const rows: [string, string][] = [
      ["Purpose of report", "For decision."],
      ["Is this report confidential?", "No"],
      ["Recommendations", "That the Panel agrees a budget of £120,000 for the grant."],
      ["Contact officer", "Bryony Castellan"],
    ];
    let y = 140;
    for (const [label, value] of rows) {
      doc.font("Helvetica-Bold").fontSize(9.6).text(label, 50, y, { width: 110, lineGap: 2 });
      const h = doc.font("Helvetica").fontSize(9.6).heightOfString(value, { width: 360, lineGap: 2 });
      doc.font("Helvetica").fontSize(9.6).text(value, 178, y, { width: 360, lineGap: 2 });
      y += h + 8;
    }
    doc.font("Helvetica").fontSize(10).text("1. The grant helps councils plant community orchards on allotment sites.", 50, y + 10, { width: 495 });
    doc.text("2. The Heritage Fund's grant to the programme ends in March 2033, and no decision has been made on what follows it.", { width: 495 });
    doc.text("3. The £4,500 left in the budget after the recommended grants will be held as a contingency for cost increases.", { width: 495 });
  });
}

/**
 * The Panel's delivery plan (PDF) as a scheduling tool prints it: a grid ruled by columns, with rules only
 * under the header and at the foot, so every task shares one ruled box; each line opens with its ID.
 */
export function allotmentsPlanPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(14).text("Allotments and Community Growing Panel: delivery plan at 29 February 2032", 40, 40);
      const cols = [40, 80, 330, 470, 560, 640];
      const header = ["ID", "Task Name", "Lead", "% Complete", "Status"];
      const tasks = [
        ["1", "Orchard grant guidance published", "Bryony Castellan", "100%", "Complete"],
        ["2", "Waiting list survey report", "Hollis Treadgold", "60%", "At risk"],
        ["3", "Plot vacancy data pilot", "Hollis Treadgold", "40%", "Late"],
        ["4", "Schools growing webinar", "Bryony Castellan", "0%", "Not started"],
      ];
      const top = 80;
      const lineH = 16;
      const bottom = top + lineH * (tasks.length + 1) + 8;
      doc.lineWidth(0.5);
      for (const x of cols) doc.moveTo(x, top).lineTo(x, bottom).stroke();
      for (const y of [top, top + lineH + 2, bottom]) doc.moveTo(cols[0]!, y).lineTo(cols[cols.length - 1]!, y).stroke();
      header.forEach((h, k) => doc.font("Helvetica-Bold").fontSize(9).text(h, cols[k]! + 3, top + 4, { lineBreak: false }));
      tasks.forEach((row, r) => row.forEach((c, k) => doc.font("Helvetica").fontSize(9).text(c, cols[k]! + 3, top + lineH + 6 + r * lineH, { lineBreak: false })));
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}

/** The web page of the Panel's meeting of 8 June 2032: its awards by region, a note on one, resolutions. */
export const allotmentsMeetingHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Allotments and Community Growing Panel – 8 June 2032 | Local Government Association</title></head>
<body><main>
<h1>Allotments and Community Growing Panel – 8 June 2032</h1>
<h2>1. Declarations of interest</h2>
<p>Cllr Anselm Greatorex declared an interest in item 2 because Norfolk County Council had bid to the orchards grant.</p>
<h2>2. Community orchards grant: awards</h2>
<p>The grant received 23 bids asking for £210,000 in all.</p>
<p>RESOLVED: that the Panel approves the awards in the table below.</p>
<table>
<thead><tr><th>Region</th><th>Ref</th><th>Council</th><th>Project</th><th>Score</th></tr></thead>
<tbody>
<tr><td rowspan="2">East of England</td><td>OG2-01</td><td>Norfolk County Council</td><td>Orchard at Thetford allotments</td><td>84</td></tr>
<tr><td>OG2-04</td><td>Luton Borough Council</td><td>Orchard at Stopsley</td><td>71</td></tr>
<tr><td rowspan="2">North West</td><td>OG2-03</td><td>Wirral Council</td><td>Orchard and rainwater tanks, Bidston</td><td>66</td></tr>
<tr><td>OG2-07</td><td>Bolton Council</td><td>Orchard at Smithills</td><td>62</td></tr>
</tbody></table>
<ul><li>OG2-03: the grant is conditional on the landowner's consent for the tanks by 31 July 2032.</li></ul>
<h2>3. Any other business</h2>
<p>RESOLVED: that the next meeting be held on 14 September 2032.</p>
</main></body></html>`;

/** The LGA's response to a consultation (markdown): each question, then "Our answer:" on a line of its own. */
export const allotmentsConsultationMd = `# LGA response: community growing spaces consultation

## Our answers

Question 1 Do you agree that councils should keep a register of community growing spaces?

Our answer: Agree.

A register would help residents find spaces near them.

Question 2 Do you agree that plot rents should be capped at the rate of inflation?

Our answer: Disagree.

Rents in most councils cover less than half of what sites cost to run, and a cap would widen that gap.
`;

/**
 * A landscape PDF paper whose front sheet is a shaded panel down the left (bold labels beside their
 * values, no colons) and whose numbered paragraphs run down the right, their numbers hanging to the left.
 */
export function allotmentsPanelPaperPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(14).text("Allotments and Community Growing Panel: delivery plan report", 40, 40);
      doc.rect(40, 80, 280, 420).fill("#e8eef4").fillColor("black");
      const panel: [string, string][] = [
        ["Purpose of report", "For noting."],
        ["Summary", "The plan at 29 February 2032: one task complete, one at risk, one late and one not started."],
        ["Recommendation", "That the Panel notes the position of the plan and the revised dates in paragraph 3."],
        ["Action", "Officers to take forward as directed."],
        ["Contact officer", "Hollis Treadgold"],
        ["Position", "Adviser, Growing Spaces"],
        ["Phone no", "020 7946 0412"],
      ];
      let y = 92;
      for (const [label, value] of panel) {
        doc.font("Helvetica-Bold").fontSize(9).text(label, 50, y, { width: 80 });
        doc.font("Helvetica").fontSize(9).text(value, 135, y, { width: 175 });
        y += doc.heightOfString(value, { width: 175 }) + 10;
      }
      const paras = [
        "The delivery plan sets out the four tasks the Panel's work this year depends on, and the timeline at the appendix is printed from the plan with a status date of 29 February 2032.",
        "The waiting list survey report is at risk because fewer councils replied than expected, and the report will now follow in April rather than in March as planned.",
        "The plot vacancy data pilot is late because two of the nine councils joined it late, and it now runs to the end of May, with the specification following in June.",
        "The orchard grant guidance was published on time in January, and the schools growing webinar will be arranged once the guide for schools has been reviewed by the Panel.",
        "Reading the timeline: each bar runs from a task's start to its finish, a thin grey bar under a task shows its baseline, and the red dashed line is the status date.",
      ];
      y = 92;
      paras.forEach((p, k) => {
        doc.font("Helvetica").fontSize(9).text(`${k + 1}.`, 368, y, { lineBreak: false });
        doc.text(p, 388, y, { width: 410 });
        y = doc.y + 8;
      });
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}
