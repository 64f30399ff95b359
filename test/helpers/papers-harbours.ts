/**
 * Papers of an invented Harbours and Estuaries Panel (2070/71) in layouts exported from other tools: a
 * spreadsheet tracker printed to PDF with its quarter headers turned a quarter turn and its key boxed
 * beside a summary, an issue tracker's HTML export of the Panel's actions, a risk register under a header
 * spanning its current assessment, and minutes kept as a note whose actions are tasks with fields in signs.
 */
import { pdfBuffer } from "./papers.js";

const TRACKER_COLUMNS = [30, 80, 270, 360, 390, 420, 450, 480, 540];
const TRACKER_ROWS: string[][] = [
  ["HB-01", "Dredge the outer approach channel", "Ada Penrose", "G", "A", "R", "", "120"],
  ["HB-02", "Publish berthing guidance for visiting craft", "Ada Penrose", "G", "C", "C", "", "–"],
  ["HB-03", "Replace the pontoon lighting", "Rhys Tonkin", "A", "A", "A", "", "45"],
  ["HB-04", "Review of harbour dues", "Rhys Tonkin", "N", "G", "R", "", "10"],
  ["HB-05", "Survey of the fish market roof", "Ada Penrose", "G", "G", "C", "", "8"],
];

/** Boxes a row of cells between the given column edges, each cell its own rectangle. */
function boxRow(doc: PDFKit.PDFDocument, edges: number[], top: number, height: number): void {
  for (let k = 0; k + 1 < edges.length; k++) doc.rect(edges[k]!, top, edges[k + 1]! - edges[k]!, height).lineWidth(0.5).stroke();
}

/**
 * A delivery tracker printed from a spreadsheet, A4 landscape: every cell boxed; the quarter and spend
 * headers turned to run up their cells; one letter a quarter (Q4 not yet reported); under it a boxed key of
 * the letters beside a boxed summary of counts, on the same rows; a watermark at an angle; a sheet footer counting pages, naming a
 * different sheet on each page.
 */
export function harboursTrackerPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica-Bold").fontSize(12).text("Harbours and Estuaries Panel: delivery tracker 2070/71", 30, 24, { lineBreak: false });
      doc.font("Helvetica").fontSize(9).text("Position at 31 December 2070 (quarter 3).", 30, 42, { lineBreak: false });
      const headTop = 60;
      const headHeight = 70;
      boxRow(doc, TRACKER_COLUMNS, headTop, headHeight);
      doc.font("Helvetica-Bold").fontSize(8);
      ["Ref", "Milestone", "Lead officer"].forEach((h, k) => doc.text(h, TRACKER_COLUMNS[k]! + 3, headTop + headHeight - 12, { lineBreak: false }));
      // Headers turned to run up their cells, as a spreadsheet prints a column label rotated 90 degrees.
      const turned: string[][] = [["Q1 Apr–Jun"], ["Q2 Jul–Sep"], ["Q3 Oct–Dec"], ["Q4 Jan–Mar"], ["Spend to date", "£k"]];
      turned.forEach((lines, k) => {
        const left = TRACKER_COLUMNS[3 + k]!;
        lines.forEach((line, n) => {
          const x = left + 4 + n * 10;
          const y = headTop + headHeight - 4;
          doc.save();
          doc.rotate(-90, { origin: [x, y] });
          doc.text(line, x, y, { lineBreak: false });
          doc.restore();
        });
      });
      // A watermark set at an angle across the table: not a cell's text.
      doc.save();
      doc.rotate(-30, { origin: [420, 150] });
      doc.font("Helvetica-Bold").fontSize(40).fillColor("#dddddd").text("DRAFT", 400, 140, { lineBreak: false });
      doc.restore();
      doc.fillColor("black");
      doc.font("Helvetica").fontSize(8);
      TRACKER_ROWS.forEach((row, i) => {
        const top = headTop + headHeight + i * 18;
        boxRow(doc, TRACKER_COLUMNS, top, 18);
        row.forEach((cell, k) => {
          if (cell) doc.text(cell, TRACKER_COLUMNS[k]! + 3, top + 5, { lineBreak: false });
        });
      });
      // The key, boxed, and beside it a summary of counts, boxed, on the same rows.
      const keyTop = 260;
      doc.font("Helvetica-Bold").fontSize(9).text("Key", 30, keyTop - 14, { lineBreak: false });
      doc.text("Summary of ratings", 400, keyTop - 14, { lineBreak: false });
      const keyEdges = [30, 50, 120, 170, 340];
      const summaryEdges = [400, 500, 530, 560, 590];
      const key = [
        ["C", "Complete", "Blue", "Delivered."],
        ["G", "On track", "Green", "Expected to be delivered on time."],
        ["A", "Some slippage", "Amber", "Some slippage, action in hand."],
        ["R", "Off track", "Red", "Will not be delivered on time."],
        ["N", "Not started", "Grey", "Not due to start yet."],
      ];
      const summary = [
        ["Rating", "Q1", "Q2", "Q3"],
        ["C – Complete", "0", "1", "2"],
        ["G – On track", "3", "2", "0"],
        ["A – Some slippage", "1", "2", "1"],
        ["R – Off track", "0", "0", "2"],
      ];
      doc.font("Helvetica").fontSize(8);
      key.forEach((row, i) => {
        const top = keyTop + i * 16;
        boxRow(doc, keyEdges, top, 16);
        row.forEach((cell, k) => doc.text(cell, keyEdges[k]! + 3, top + 4, { lineBreak: false }));
        boxRow(doc, summaryEdges, top, 16);
        summary[i]!.forEach((cell, k) => doc.text(cell, summaryEdges[k]! + 3, top + 4, { lineBreak: false }));
      });
      doc.fontSize(7).text("\\\\hbfs01\\Panels\\Harbours tracker 2070-71 v3.xlsx Tracker Page 1 of 2", 30, 560, { lineBreak: false });
      doc.addPage({ size: "A4", layout: "landscape", margin: 30 });
      doc.font("Helvetica-Bold").fontSize(11).text("Attendance at Panel meetings 2070/71", 30, 30, { lineBreak: false });
      doc.font("Helvetica").fontSize(9).text("Members attended three of the four meetings on average.", 30, 50, { lineBreak: false });
      doc.text("Delivery tracker notes: HB-03 was rescheduled after the lighting contractor went into administration.", 30, 66, { lineBreak: false });
      doc.fontSize(7).text("\\\\hbfs01\\Panels\\Harbours tracker 2070-71 v3.xlsx Attendance Page 2 of 2", 30, 560, { lineBreak: false });
    },
    { size: "A4", layout: "landscape", margin: 30 },
  );
}

/**
 * The Panel's action log as an issue tracker exports it to HTML: a count line dated the tracker's way
 * ("03/Feb/71"), one wide table with the key after the issue type, the summary, assignee and reporter,
 * a priority of levels and a status of the tracker's own words.
 */
export const harboursActionsHtml = `<!DOCTYPE html>
<html><head><title>Harbours Jira</title></head><body>
<table><tr><td><img src="logo.png" alt="Harbours Jira"></td></tr></table>
<h2>Displaying 5 issues at 03/Feb/71 10:02 AM.</h2>
<p>Filter: HEP panel actions (open, and closed since 1 December 2070)</p>
<table id="issuetable">
<thead><tr><th>Issue Type</th><th>Key</th><th>Summary</th><th>Assignee</th><th>Reporter</th><th>Priority</th><th>Status</th><th>Resolution</th><th>Updated</th><th>Due</th></tr></thead>
<tbody>
<tr><td>Panel action</td><td>HEP-4</td><td>Write to the port authority about the channel survey</td><td>Ada Penrose</td><td>Nia Carrow</td><td>High</td><td>Done</td><td>Done</td><td>12/Jan/71 9:12 AM</td><td>15/Jan/71</td></tr>
<tr><td>Panel action</td><td>HEP-6</td><td>Get counsel's opinion on the dues challenge</td><td>Rhys Tonkin</td><td>Nia Carrow</td><td>High</td><td>Blocked</td><td>Unresolved</td><td>30/Jan/71 4:40 PM</td><td>31/Jan/71</td></tr>
<tr><td>Panel action</td><td>HEP-7</td><td>Circulate the dredging contract timetable to members</td><td>Ada Penrose</td><td>Nia Carrow</td><td>Medium</td><td>In Progress</td><td>Unresolved</td><td>01/Feb/71 11:05 AM</td><td>20/Feb/71</td></tr>
<tr><td>Panel action</td><td>HEP-8</td><td>Report on options for shared pilotage</td><td>Bryony Merrick-Vaughan</td><td>Nia Carrow</td><td>Low</td><td>To Do</td><td>Unresolved</td><td>14/Jan/71 2:30 PM</td><td>16/Apr/71</td></tr>
<tr><td>Panel action</td><td>HEP-9</td><td>Invite the fish market tenants to the March meeting</td><td>Ada Penrose</td><td>Nia Carrow</td><td>Low</td><td>To Do</td><td>Unresolved</td><td>02/Feb/71 10:00 AM</td><td>05/Mar/71</td></tr>
</tbody></table>
<p>Generated at Tue Feb 03 10:02:11 GMT 2071 by Nia Carrow using Jira.</p>
</body></html>
`;

/**
 * The Panel's risk register as a web page: "Current assessment" spanning the likelihood, impact and score
 * of today, then the score at the last review and a target score.
 */
export const harboursRisksHtml = `<!DOCTYPE html>
<html><head><title>Harbours and Estuaries Panel: strategic risk register, January 2071</title></head><body>
<h1>Harbours and Estuaries Panel: strategic risk register, January 2071</h1>
<p>Score bands: 1 to 4 Low; 5 to 9 Medium; 10 to 15 High; 16 to 25 Very high.</p>
<table>
<thead>
<tr><th rowspan="2">Ref</th><th rowspan="2">Risk</th><th rowspan="2">Owner</th><th colspan="3">Current assessment</th><th rowspan="2">Score at Oct 2070</th><th rowspan="2">Target score</th></tr>
<tr><th>Likelihood</th><th>Impact</th><th>Score</th></tr>
</thead>
<tbody>
<tr><td>HR-01</td><td>Silting closes the outer channel to commercial traffic</td><td>Ada Penrose</td><td>3</td><td>5</td><td>15 High</td><td>10</td><td>5</td></tr>
<tr><td>HR-02</td><td>Harbour dues income falls short of the budget</td><td>Rhys Tonkin</td><td>4</td><td>4</td><td>16 Very high</td><td>12</td><td>8</td></tr>
<tr><td>HR-03</td><td>Pontoon lighting fails an inspection</td><td>Rhys Tonkin</td><td>2</td><td>3</td><td>6 Medium</td><td>6</td><td>4</td></tr>
<tr><td>HR-04</td><td>A storm surge breaches the harbour wall</td><td>Ada Penrose</td><td>4</td><td>5</td><td>20 Very high</td><td>20</td><td>10</td></tr>
</tbody></table>
<p>HR-01 and HR-02 have both risen since October 2070.</p>
<p>HR-04 remains the highest-scoring risk.</p>
</body></html>
`;

/**
 * Minutes kept as a markdown note: actions as tasks, each with its owner as an inline field and its due
 * date and priority in the signs a task plugin writes ("⏫ 📅 2071-02-20"), tagged "#action".
 */
export const harboursMinutesMd = `# Harbours and Estuaries Panel – minutes, 20 January 2071

## 1. Dredging of the outer channel

The Panel noted the delay to the dredging contract.

### Actions

- [ ] Circulate the dredging contract timetable to members #action owner:: Ada Penrose ⏫ 📅 2071-02-20
- [ ] Report on options for shared pilotage #action owner:: Bryony Merrick-Vaughan 📅 2071-04-16
- [x] Write to the port authority about the channel survey #action owner:: Ada Penrose ✅ 2071-01-12
`;

/**
 * An agenda pack as one web page: the cover says "Agenda", an agenda table (Item | Title | Lead | Page),
 * the note of the last meeting among the papers (Present, Apologies, decisions), then a paper with its
 * front sheet as a two-column table.
 */
export const harboursPackHtml = `<!DOCTYPE html>
<html><head><title>Harbours and Estuaries Panel – 20 January 2071</title></head><body>
<p>Harbours and Estuaries Panel</p>
<p>Agenda</p>
<p>Tuesday 20 January 2071, 10.30am</p>
<table>
<tr><th>Item</th><th>Title</th><th>Lead</th><th>Page</th></tr>
<tr><td>1.</td><td>Welcome and apologies</td><td>Chair</td><td>–</td></tr>
<tr><td>2.</td><td>Note of the last meeting (21 October 2070)</td><td>Chair</td><td>3</td></tr>
<tr><td>3.</td><td>Strategic risk register</td><td>Rhys Tonkin</td><td>9</td></tr>
</table>
<h2>Item 2: Note of the last meeting</h2>
<p>Harbours and Estuaries Panel, Tuesday 21 October 2070</p>
<p>Present: Cllr Ada Merrow (Chair), Cllr Tobias Penwarden and Cllr Jenifer Roskilly (Vice-Chairs); Cllr Morwen Hosking, Cllr Piran Jago</p>
<p>Apologies: Cllr Wenna Tresize</p>
<h3>1. Dredging programme</h3>
<p>Decision: The Panel agreed the dredging programme for 2071.</p>
<h3>2. Harbour dues</h3>
<p>Decision: The Panel noted the review of harbour dues.</p>
<h3>3. Membership</h3>
<p>The Chair thanked Cllr Wenna Tresize, who stood down from the Panel on 31 October 2070. Cllr Lowdy Pascoe joins the Panel in her place.</p>
<h2>Strategic risk register</h2>
<table>
<tr><td>Purpose of report</td><td>For decision.</td></tr>
<tr><td>Summary</td><td>This report presents the Panel's strategic risk register at January 2071.</td></tr>
<tr><td>Recommendation</td><td>That the Panel agrees the register.</td></tr>
<tr><td>Contact officer</td><td>Rhys Tonkin</td></tr>
</table>
<p>1. Two risks have risen since October.</p>
</body></html>
`;

/**
 * A body's page in a committee system: its name as a heading over a strip of tabs, then its details and
 * purpose.
 */
export const harboursCommitteePageHtml = `<!DOCTYPE html>
<html><head><title>Committee details - Harbours and Estuaries Panel</title></head><body>
<h1>Committee details</h1>
<h2>Harbours and Estuaries Panel</h2>
<ul class="tabs" role="tablist">
 <li class="selected"><a href="#details">Details</a></li>
 <li><a href="#membership">Membership</a></li>
 <li><a href="#meetings">Meetings</a></li>
 <li><a href="#contact">Contact</a></li>
 <li><a href="/documents/panel/118">Documents</a></li>
 <li><a href="/subscribe?committee=118">Subscribe to updates</a></li>
</ul>
<table><tr><td>Committee type:</td><td>Member panel of the Place Board</td></tr><tr><td>Meets:</td><td>Four times a year</td></tr></table>
<h3>Purpose of committee</h3>
<p>The Harbours and Estuaries Panel oversees the Harbour Resilience Programme, which helps councils that own harbours to keep them open and safe.</p>
</body></html>
`;

/**
 * An action tracker as cards: each card's reference and date on a line above its name, its owner and due
 * date as labels, its status as a tag on a line of its own, then a note.
 */
export const harboursActionCardsHtml = `<!DOCTYPE html>
<html><head><title>Harbours and Estuaries Panel: action tracker</title></head><body>
<h1>Harbours and Estuaries Panel: action tracker</h1>
<h2>Action tracker</h2>
<p>Actions agreed at the Panel's meetings, with the officer or member responsible.</p>
<article class="action"><p class="ref">HEA-21 · agreed <time datetime="2070-10-21">21 October</time></p>
<h3>Write to the port authority about the channel survey</h3>
<dl><dt>Owner</dt><dd>Ada Penrose</dd><dt>Due</dt><dd><time datetime="2070-11-30">Monday 30 November</time></dd></dl>
<p><span class="tag tag--done">Done</span></p>
<p class="note">Letter sent on 12 November 2070.</p></article>
<article class="action"><p class="ref">HEA-22 · agreed <time datetime="2070-10-21">21 October</time></p>
<h3>Circulate the dredging contract timetable to members</h3>
<dl><dt>Owner</dt><dd>Rhys Tonkin</dd><dt>Due</dt><dd><time datetime="2070-12-18">Friday 18 December</time></dd></dl>
<p><span class="tag tag--overdue">Overdue</span></p>
<p class="note">The contractor has not yet confirmed the dates.</p></article>
<article class="action"><p class="ref">HEA-23 · agreed <time datetime="2070-10-21">21 October</time></p>
<h3>Invite the fish market tenants to the March meeting</h3>
<dl><dt>Owner</dt><dd>Ada Penrose</dd><dt>Due</dt><dd><time datetime="2071-03-01">Monday 1 March</time></dd></dl>
<p><span class="tag tag--open">Open</span></p>
<p class="note">Invitations drafted.</p></article>
</body></html>
`;
