/**
 * Papers of the invented Public Drinking Fountains Task Group (2381/82), in layouts the assistant met in
 * set BR: a room plan drawn in PowerPoint and saved as PDF (seats as boxes, those on the arms turned a
 * quarter turn, a membership panel printed without a header whose roles and groups are codes a key line
 * spells out, apologies for the meeting); a work board exported as CSV after its quarter ("Health" beside
 * "Q1 health", lead members with their titles); a Teams recap page dated only by its own line, its tasks due
 * on days without a year; minutes whose title says "Draft" above a line saying they are not yet approved;
 * set BS's: a highlight report whose two rating columns are both headed "RAG", each after its quarter's
 * figures; a work tool's task export whose ids are its own, the papers' codes only at the front of the
 * names, dates as milliseconds beside their words, assignees in brackets.
 */
import { pdfBuffer } from "./papers.js";

export const FOUNTAINS_BODY = "Public Drinking Fountains Task Group";

interface Seat {
  mic: number;
  name: string;
  council: string;
  codes: string;
}

const TOP: Seat[] = [
  { mic: 2, name: "Cllr Odette Farrant", council: "Bramcote City Council", codes: "LD · C" },
  { mic: 1, name: "Cllr Lucan Hebblethwaite", council: "Ferrby County Council", codes: "Con · VC" },
];
const LEFT: Seat[] = [
  { mic: 3, name: "Cllr Tamsin Orrell", council: "Quarndon Borough Council", codes: "Lab · LM" },
  { mic: 4, name: "Cllr Ivo Penhallow", council: "Sedgeford District Council", codes: "Con · M" },
];
const RIGHT: Seat[] = [
  { mic: 5, name: "Cllr Wilhelmina Grout", council: "Ashby Marsh Borough Council", codes: "Lab · M" },
  { mic: 6, name: "Cllr Bartholomew Kinch", council: "Lowick Metropolitan Borough Council", codes: "Lab · S (for Cllr Ottilie Saxby)" },
];

const PANEL: string[][] = [
  ["Cllr Odette Farrant", "Bramcote", "LD", "C"],
  ["Cllr Lucan Hebblethwaite", "Ferrby", "Con", "VC"],
  ["Cllr Ottilie Saxby", "Lowick", "Lab", "DC"],
  ["Cllr Tamsin Orrell", "Quarndon", "Lab", "LM (supply points)"],
  ["Cllr Ivo Penhallow", "Sedgeford", "Con", "M"],
  ["Cllr Wilhelmina Grout", "Ashby Marsh", "Lab", "M"],
];
const SUBSTITUTES: string[][] = [
  ["Cllr Bartholomew Kinch", "Lowick", "Lab", "S"],
  ["Cllr Griselda Moorcock", "Ferrby", "Con", "S"],
];

/** A seat's box: its lines centred in a ruled rectangle, upright or turned a quarter turn (up or down the page). */
function drawSeat(doc: PDFKit.PDFDocument, seat: Seat, x: number, y: number, turn: 0 | -90 | 90): void {
  const lines = [`Mic ${seat.mic}`, seat.name, seat.council, seat.codes];
  doc.save();
  if (turn) doc.rotate(turn, { origin: [x, y] });
  doc.rect(x, y, 110, 44).stroke();
  lines.forEach((line, i) => doc.fontSize(i === 1 ? 7 : 6).text(line, x + 2, y + 3 + i * 10, { width: 106, align: "center", lineBreak: false }));
  doc.restore();
}

/** The seating plan for the meeting of Thursday 14 January 2382, drawn as a slide and saved as PDF by PowerPoint. */
export function fountainsSeatingPlanPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.info.Creator = "Microsoft® PowerPoint® for Microsoft 365";
      doc.info.Producer = "Microsoft® PowerPoint® for Microsoft 365";
      doc.info.Title = "PDFTG seating plan 14 January 2382";
      doc.font("Helvetica").fontSize(15).text("Public Drinking Fountains Task Group – seating plan", 27, 25, { lineBreak: false });
      doc.fontSize(9).text("Thursday 14 January 2382, 10:00 – Room 3, Guildhall", 27, 45, { lineBreak: false });
      TOP.forEach((seat, i) => drawSeat(doc, seat, 170 + i * 130, 80, 0));
      // (The arms of the horseshoe: seats turned to face the room, read up the page on the left, down it on the right.)
      LEFT.forEach((seat, i) => drawSeat(doc, seat, 80, 300 + i * 130, -90));
      RIGHT.forEach((seat, i) => drawSeat(doc, seat, 470, 170 + i * 130, 90));
      const x = 560;
      let y = 70;
      doc.fontSize(9).text("Membership 2381/82", x, y, { lineBreak: false });
      y += 14;
      const row = (cells: string[]) => {
        [0, 95, 150, 175].forEach((dx, k) => doc.fontSize(6.8).text(cells[k] ?? "", x + dx, y, { lineBreak: false }));
        y += 10;
      };
      PANEL.forEach(row);
      doc.fontSize(6.8).text("Named substitutes", x, y, { lineBreak: false });
      y += 10;
      SUBSTITUTES.forEach(row);
      y += 8;
      doc.fontSize(8).text("Apologies for this meeting", x, y, { lineBreak: false });
      y += 12;
      doc.fontSize(6.8).text("Cllr Ottilie Saxby (DC) – Cllr Bartholomew Kinch substitutes", x, y, { lineBreak: false });
      y += 18;
      doc.fontSize(8).text("Key", x, y, { lineBreak: false });
      y += 12;
      doc.fontSize(6.8).text("C Chair · VC Vice-Chair · DC Deputy Chair · LM Lead member · M Member · S Substitute", x, y, { lineBreak: false });
      y += 14;
      doc.text("Con Conservative · Lab Labour · LD Liberal Democrat", x, y, { lineBreak: false });
    },
    { size: [960, 540], margin: 0 },
  );
}

/** The programme board as a work-management tool exports it, as at 21 November 2381 (after quarter 2). */
export function fountainsBoardCsv(): string {
  const header = "Name,Person,Lead member,Status,Health,Target,Q1,Q1 health,Q2,Due date,Notes";
  return [
    "\uFEFFRefill Britain Programme 2381–83",
    "",
    "Measures – quarter 2 2381/82 (to 30 September 2381)",
    header,
    "DFM-01 Fountains in working order,Ines Marchbank,Cllr Tamsin Orrell,,On track,95%,88%,At risk,96%,,Repairs backlog cleared in August",
    "DFM-02 New fountains installed (cumulative),Ines Marchbank,Cllr Tamsin Orrell,,At risk,120 by 31 March 2382,30,On track,52,,Installer capacity short",
    "DFM-03 Water quality samples passed,Rufus Yallop,Cllr Ivo Penhallow,,Off track,99%,98%,At risk,94%,,Two sites failed in September",
    "DFM-04 Refill app sign-ups,Rufus Yallop,Cllr Wilhelmina Grout,,On track,\"20,000\",\"8,100\",On track,\"14,600\",,",
    "",
    "Milestones",
    header,
    "DFP-01 Siting guidance published,Ines Marchbank,,Done,,,,,,2381-09-30,",
    "DFP-02 Installer framework let,Rufus Yallop,,Working on it,,,,,,2381-12-15,",
    "DFP-03 Winter shut-down of outdoor fountains,Rufus Yallop,,,,,,,,2382-01-31,",
    "",
    "Actions from Task Group meetings",
    header,
    "DFA-07 Bring a repairs recovery plan to the January meeting,Ines Marchbank,,Working on it,,,,,,2382-01-14,To be tabled on 14 January",
    "DFA-08 Write to the water companies about sampling,Rufus Yallop,,Done,,,,,,2381-11-04,Sent 03/11/2381",
    "",
  ].join("\r\n");
}

/** The recap tab of a Teams meeting, saved from the browser: dated only by its own line; tasks due on days with no year. */
export function fountainsRecapHtml(): string {
  return `<!DOCTYPE html><html><head><title>Recap | Fountain siting workshop | Microsoft Teams</title></head><body>
<div class="app-bar">Teams Chat Calendar</div>
<main>
<h1>Fountain siting workshop – PDFTG lead members: Wed 11/11/2381 10:00 - 11:30</h1>
<section><h2>Follow-up tasks (2)</h2>
<ul>
<li>Send the draft siting guidance to the 9 councils for comment <span>Ines Marchbank</span> <span>Due Fri 20 Nov</span></li>
<li>Map the dry fountains in Quarndon <span>Rufus Yallop</span> <span>Due Mon 30 Nov</span></li>
</ul></section>
<section><h2>AI notes</h2><p>Members agreed that the guidance should ask for a fountain within 400 metres of every play area.</p></section>
<section><h2>Attendance</h2><p>Participants 4 · Meeting duration 1h 30m</p>
<table><thead><tr><th>Name</th><th>First join</th><th>Last leave</th><th>In-meeting duration</th><th>Role</th></tr></thead><tbody>
<tr><td>Ines Marchbank</td><td>11/11/2381, 09:55</td><td>11/11/2381, 11:31</td><td>1h 36m</td><td>Organiser</td></tr>
<tr><td>Cllr Tamsin Orrell (Guest)</td><td>11/11/2381, 09:58</td><td>11/11/2381, 11:29</td><td>1h 31m</td><td>Presenter</td></tr>
<tr><td>Rufus Yallop</td><td>11/11/2381, 09:59</td><td>11/11/2381, 11:30</td><td>1h 31m</td><td>Presenter</td></tr>
<tr><td>Cllr Ivo Penhallow (Guest)</td><td>11/11/2381, 10:02</td><td>11/11/2381, 11:30</td><td>1h 28m</td><td>Attendee</td></tr>
</tbody></table></section>
</main></body></html>`;
}

/** Minutes of 15 October 2381: a title that begins "Draft", a line saying where they stand, the June actions reported. */
export function fountainsMinutesMarkdown(): string {
  return `# Public Drinking Fountains Task Group

Draft minutes of the meeting held on Thursday 15 October 2381 at 10:00, Room 3, Guildhall

DRAFT – not yet approved by the Task Group

Members present: Cllr Odette Farrant (Chair), Cllr Lucan Hebblethwaite (Vice-Chair), Cllr Tamsin Orrell, Cllr Ivo Penhallow

## 1. Minutes of the meeting of 15 June 2381 and actions

1.1 The minutes of the meeting held on 15 June 2381 were agreed as a correct record.

1.2 Of the four actions from 15 June 2381 (DFA-01 to DFA-04), three are complete. One remains open: DFA-03, the Chair's letter to the water regulator about sampling, to which no reply has been received.

## 2. Siting guidance

2.1 Ines Marchbank introduced the draft siting guidance.

RESOLVED that the Task Group holds a workshop with lead members on Wednesday 11 November 2381.
`;
}

/** The quarter 3 highlight report's measures, as exported: "Q2 | RAG | Q3 | RAG". */
export function fountainsHighlightCsv(): string {
  return [
    "Highlight report – Quarter 3 2381/82",
    "",
    "Ref,Measure,Lead,Target,Q2,RAG,Q3,RAG,Commentary",
    "FTN-01,Fountains repaired within ten working days,Cllr Tamsin Orrell,90%,93%,G,81%,R,Two contractors lost",
    "FTN-02,Bottle refill stations installed (cumulative),Cllr Ivo Penhallow,60 by 31 March 2382,22,A,41,G,Bottle refill stations in all six towns",
    "FTN-03,Samples passed,Cllr Wilhelmina Grout,99%,97%,A,99%,G,",
    "",
  ].join("\r\n");
}

/** The actions as a work tool exports them: its own ids first, the papers' codes only in the names. */
export function fountainsTasksCsv(): string {
  return [
    "Task ID,Task Custom ID,Task Name,Status,Due Date,Due Date Text,Assignees",
    "86c1ab2x,PDF-41,DFA-09 Survey the dry fountains in Sedgeford,in progress,11741065200000,\"Thursday, January 22nd 2382\",[Rufus Yallop]",
    "86c1ab3y,PDF-42,DFA-10 Cost a refill app for schools,complete,11731474800000,\"Friday, October 3rd 2381\",[Ines Marchbank]",
    "86c1ab4z,PDF-43,DFA-11 Ask the water companies for sampling dates,blocked,11741065200000,\"Thursday, January 22nd 2382\",\"[Ines Marchbank, Rufus Yallop]\"",
    "86c1ab5w,PDF-44,Book the depot for the survey team,to do,11740546800000,\"Friday, January 16th 2382\",[Rufus Yallop]",
    "",
  ].join("\r\n");
}

/** A consultation's "Have your say" page: its contacts only in a side panel beside the page's main part. */
export function fountainsHaveYourSayHtml(): string {
  return `<!DOCTYPE html><html><head><title>Fountain sites: have your say</title></head><body>
<header class="site-header"><a href="/">Refill Britain: Have your say</a></header>
<div class="container"><div class="row">
<main class="col-md-8"><h1>Fountain sites: have your say</h1>
<p>We want to hear where new drinking fountains should go in the six towns of the Refill Britain Programme. The survey is open until Friday 19 January 2382.</p>
<p>Every response will be read by officers and reported to the Public Drinking Fountains Task Group in February 2382.</p>
</main>
<aside class="col-md-4 project-sidebar" aria-label="Project information">
<div class="widget"><h2>Who's listening</h2><ul>
<li><p>Ines Marchbank</p><p>Programme Officer, Refill Britain</p><p>Phone <a href="tel:02079460811">020 7946 0811</a></p></li>
</ul></div>
<div class="widget"><h2>Share</h2><a href="#">Facebook</a></div>
</aside></div></div>
<footer><p>Powered by an engagement platform</p></footer>
</body></html>`;
}

/** A highlight report's second page: "Milestones" and "Finance" tables side by side, each ruled at its own rows. */
export function fountainsPanelsPdf(): Promise<Buffer> {
  const milestones = [
    ["ID", "Milestone", "Baseline", "Status"],
    ["DFP-01", "Siting guidance published", "30/09/2381", "Complete"],
    ["DFP-02", "Installer framework let", "15/12/2381", "Late"],
    ["DFP-03", "Winter shut-down", "31/01/2382", "On track"],
    ["DFP-04", "Spring re-opening", "31/03/2382", "Not started"],
  ];
  const finance = [
    ["Budget line", "Approved", "Forecast"],
    ["Fountains", "240", "226"],
    ["Repairs", "60", "71"],
    ["Total", "300", "297"],
  ];
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica");
      const table = (title: string, rows: string[][], x: number, top: number, widths: number[], rowHeight: number) => {
        doc.fontSize(10).text(title, x, top - 16, { lineBreak: false });
        const width = widths.reduce((a, b) => a + b, 0);
        rows.forEach((row, i) => {
          const y = top + i * rowHeight;
          doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).stroke();
          let cx = x + 2;
          row.forEach((cell, k) => {
            doc.fontSize(7).text(cell, cx, y + 5, { lineBreak: false });
            cx += widths[k]!;
          });
        });
        doc.moveTo(x, top + rows.length * rowHeight).lineTo(x + width, top + rows.length * rowHeight).stroke();
      };
      doc.fontSize(12).text("Refill Britain Programme – highlight report, quarter 3 2381/82", 28, 30, { lineBreak: false });
      table("Milestones", milestones, 28, 90, [40, 150, 60, 60], 20);
      table("Finance 2381/82 (£k)", finance, 370, 90, [90, 60, 60], 24);
      doc.fontSize(8).text("Prepared by the programme office, 9 January 2382.", 28, 300, { lineBreak: false });
    },
    { size: [595, 420], margin: 0 },
  );
}
