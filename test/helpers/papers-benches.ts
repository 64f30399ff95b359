/**
 * Papers of an invented body, the Public Benches Task Group (2419/20), in layouts other tests do not cover:
 * a dashboard downloaded as PDF (a pivot table whose quarters head pairs of Target / Actual columns, a
 * ranked table whose labels sit left of figures set right, with a scorecard beside its first rows), an
 * issue tracker's CSV export whose descriptions are written in the tracker's wiki markup, minutes whose
 * risk register names owners by their posts, and a short update naming a risk.
 */
import { pdfBuffer } from "./papers.js";

export const BENCHES_BODY = "Public Benches Task Group";

/** Measures of the pivot table: reference, measure, Q1 target and actual, Q2 target and actual. */
const MEASURES: [string, string, string, string, string, string][] = [
  ["PB-01", "Public benches in use", "2,100", "2,112", "2,150", "2,161"],
  ["PB-02", "Benches with arm rests (cumulative)", "410", "405", "450", "431"],
  ["PB-03", "Memorial bench plaques processed", "300", "287", "320", "346"],
  ["PB-04", "Benches repaired within 10 working days", "80.0%", "78.5%", "82.0%", "71.0%"],
  ["PB-05", "Net cost per bench per year", "£41", "£43", "£41", "£44"],
];

/** Ratings by quarter: reference, lead member, Q1 status, Q2 status. */
const STATUSES: [string, string, string, string][] = [
  ["PB-01", "Cllr Ravensworth", "On track", "On track"],
  ["PB-02", "Cllr Tolliver", "On track", "At risk"],
  ["PB-03", "Cllr Marchbank", "At risk", "On track"],
  ["PB-04", "Cllr Tolliver", "At risk", "Off track"],
  ["PB-05", "Cllr Ravensworth", "On track", "Off track"],
];

/** Repairs by council, ranked by the percentage: council, reported, completed, percentage. */
const REPAIRS: [string, string, string, string][] = [
  ["Ashcott", "212", "192", "90.6%"],
  ["Brenthorpe", "264", "232", "87.9%"],
  ["Calderwick", "147", "128", "87.1%"],
  ["Dunmoor", "388", "330", "85.1%"],
  ["Elsworthy", "151", "127", "84.1%"],
  ["Farthingstone", "402", "329", "81.8%"],
  ["Gadsby", "236", "191", "80.9%"],
  ["Hollowell", "318", "250", "78.6%"],
];

/**
 * A dashboard downloaded as PDF (two 900 × 675 pages, no rules): page 1 a pivot table of targets and
 * actuals by quarter over a table of ratings; page 2 a ranked table of repairs by council, its labels
 * padded left of its figures, with a scorecard beside its first rows.
 */
export function benchesDashboardPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica");
      const at = (text: string, x: number, y: number, size: number) => doc.fontSize(size).text(text, x, y, { lineBreak: false });
      const right = (text: string, end: number, y: number, size: number) => at(text, end - doc.fontSize(size).widthOfString(text), y, size);

      at("Benches Programme 2419–21", 24, 20, 17);
      at("Measures by quarter", 740, 24, 13);
      at("Quarter 2 2419/20: 1 July to 30 September 2419.", 24, 70, 9);
      at("Target and actual by quarter", 24, 100, 10);
      at("Quarter", 88, 125, 8);
      at("Q1 2419/20", 470, 125, 8);
      at("Q2 2419/20", 630, 125, 8);
      [["Ref", 28], ["Measure", 88], ["Target", 418], ["Actual", 498], ["Target", 578], ["Actual", 658]].forEach(([t, x]) => at(t as string, x as number, 145, 8));
      MEASURES.forEach(([ref, measure, ...figures], k) => {
        const y = 165 + 17 * k;
        at(ref, 28, y, 8);
        at(measure, 88, y, 8);
        figures.forEach((f, i) => right(f, 490 + 80 * i, y, 8));
      });
      at("Status by quarter", 24, 290, 10);
      [["Ref", 28], ["Measure", 88], ["Lead member", 330], ["Q1 status", 460], ["Q2 status", 560]].forEach(([t, x]) => at(t as string, x as number, 312, 8));
      // (Printed four rows at a time: PB-05's row is on a page the PDF does not hold.)
      STATUSES.slice(0, 4).forEach(([ref, lead, q1, q2], k) => {
        const y = 332 + 17 * k;
        at(ref, 28, y, 8);
        at(MEASURES[k]![1], 88, y, 8);
        at(lead, 330, y, 8);
        at(q1, 460, y, 8);
        at(q2, 560, y, 8);
      });
      at("1 - 4 / 5", 620, 404, 8);
      at("Status is set by the lead officer each quarter: On track (green), At risk (amber), Off track (red).", 24, 430, 7.5);
      at("Milestones", 24, 460, 10);
      [["ID", 28], ["Milestone", 88], ["Baseline", 330], ["Forecast", 430], ["Status", 560]].forEach(([t, x]) => at(t as string, x as number, 482, 8));
      [
        ["MS01", "Survey of benches in all ten councils", "30/09/2419", "30/09/2419", "Complete"],
        ["MS02", "Seat repairs contract let", "31/12/2419", "31/01/2420", "At risk"],
        ["MS03", "Plaque scheme relaunched", "30/11/2419", "28/02/2420", "Late"],
      ].forEach((row, k) => row.forEach((cell, i) => at(cell, [28, 88, 330, 430, 560][i]!, 502 + 17 * k, 8)));

      doc.addPage({ size: [900, 675], margin: 0 });
      at("Benches Programme 2419–21", 24, 20, 17);
      at("Repairs and inspections", 710, 24, 13);
      at("Repairs completed within 10 working days by council, Q2 2419/20", 24, 100, 10);
      [["Council", 56], ["Repairs reported", 226], ["Completed in 10 days", 336], ["% completed", 456]].forEach(([t, x]) => at(t as string, x as number, 125, 8));
      REPAIRS.forEach(([council, reported, done, share], k) => {
        const y = 145 + 19 * k;
        at(`${k + 1}.`, 28, y, 8);
        at(council, 56, y, 8);
        right(reported, 328, y, 8);
        right(done, 448, y, 8);
        right(share, 558, y, 8);
      });
      const totalY = 145 + 19 * REPAIRS.length;
      at("Grand total", 56, totalY, 8);
      right("2,118", 328, totalY, 8);
      right("1,779", 448, totalY, 8);
      right("84.0%", 558, totalY, 8);
      // The table's pagination: eight of its ten rows are printed.
      at("1 - 8 / 10", 492, totalY + 20, 8);
      at("<", 536, totalY + 20, 8);
      at(">", 549, totalY + 20, 8);
      // The scorecard beside the table's first rows, on baselines of its own.
      at("Benches inspected this quarter", 610, 128, 8.5);
      at("1,284", 610, 158, 22);
      at("+4.1%", 610, 181, 8.5);
      at("Benches inspected by council teams against the programme's schedule.", 600, 209, 7.5);
    },
    { size: [900, 675], margin: 0 },
  );
}

/** The tracker's CSV export: repeated column names, descriptions in wiki markup over several lines. */
export function benchesTrackerCsv(): string {
  const header = "Summary,Issue key,Issue id,Issue Type,Status,Assignee,Due date,Labels,Labels,Description,Comment,Comment";
  const rows = [
    [
      "Publish the notice for the seat repairs contract",
      "PBTG-12",
      "10012",
      "Action",
      "Blocked",
      "Petra Nankivell",
      "14/Dec/19 12:00 AM",
      "contract",
      "repairs",
      "Minute 4 of 10 November 2419.\n\nh3. Steps\n\n# Specification (PBTG-13)\n# Legal sign-off by each council\n# Notice published by 14 December 2419",
      "02/Dec/19 3:10 PM;557058:aa11;Blocked: Dunmoor has not signed the agreement. Due date moved from 30/Nov/19 to 14/Dec/19 with the Chair's agreement.",
      "",
    ],
    [
      "Assessment panel for the seating grants",
      "PBTG-11",
      "10011",
      "Task",
      "Done",
      "Hollis Quartermaine",
      "24/Nov/19 12:00 AM",
      "grants",
      "",
      "Score the bids. *Threshold 60*.\n||Panel member||Role||\n|Hollis Quartermaine|chair of the panel|\n|Petra Nankivell|finance|",
      "24/Nov/19 5:02 PM;557058:bb22;Panel done. Four bids at or above 60.",
      "",
    ],
    ["Write to parishes about the plaque fee", "PBTG-10", "10010", "Action", "Late", "Osric Daventry", "11/Dec/19 12:00 AM", "plaques", "", "Tell the parishes the fee rises to £95.", "", ""],
    ["Agree common data definitions for PB-04", "PBTG-09", "10009", "Action", "Done", "Hollis Quartermaine", "30/Oct/19 12:00 AM", "data", "", "Done in October.", "", ""],
  ];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [header, ...rows.map((r) => r.map(quote).join(","))].join("\r\n") + "\r\n";
}

/** Minutes of 10 November 2419: attendance with posts, resolutions, and a risk register whose owners are posts. */
export function benchesMinutesMarkdown(): string {
  return `# Public Benches Task Group

## Minutes of the meeting held on Tuesday 10 November 2419

Present: Cllr Ines Ravensworth (Chair), Cllr Bartholomew Tolliver (Vice-Chair), Cllr Marisol Marchbank.

### In attendance

- Hollis Quartermaine, Senior Adviser, Street Furniture
- Petra Nankivell, Finance Business Partner
- Osric Daventry, Democratic Services Officer

### 1. Welcome and apologies

1.1 The Chair welcomed members. Apologies were received from Cllr Wendell Fairweather.

### 2. Quarter 2 performance

2.1 Hollis Quartermaine introduced the quarter 2 dashboard. Of the five measures, two were on track (PB-01 and PB-03), one at risk (PB-02) and two off track (PB-04 and PB-05).

### 3. Community seating grants

3.1 Hollis Quartermaine introduced the paper on the round 1 bids.

RESOLVED: that grants totalling £42,000 are awarded to the four parishes whose bids scored 60 or more.

### 4. Seat repairs contract

4.1 Petra Nankivell introduced the options appraisal for a joint repairs contract for Ashcott, Dunmoor and Gadsby.

RESOLVED: that the Task Group approves a joint contract for seat repairs worth up to £0.84 million, and asks officers to publish the notice by 14 December 2419 (PBTG-12).

### 5. Risk register

5.1 The Task Group agreed the risk register below.

| Score | Ref | Likelihood | Impact | Risk | Owner |
|---|---|---|---|---|---|
| 16 | PBR-01 | 4 | 4 | Budget cuts lead councils to remove benches | Finance Business Partner |
| 12 | PBR-02 | 4 | 3 | Supplier lead times delay bench replacements | Senior Adviser, Street Furniture |
| 6 | PBR-03 | 2 | 3 | Plaque requests outstrip staff time | Democratic Services Officer |
`;
}

/** A short update from the Chair after the Streets Board, naming a risk. */
export function benchesUpdateMarkdown(): string {
  return `# Public Benches Task Group, 14 January 2420: update to members, 3 December 2419

Apologies so far: Cllr Wendell Fairweather. If you cannot attend, please tell Osric Daventry, and name your substitute, by 5pm on Tuesday 12 January 2420.

Board update: the Chair presented PBR-01 at the Streets and Places Board today. The Board agreed to put bench removals into its budget submission and wants a one-page briefing by 15 January. PBTG-08 closed.

The next meeting is on Thursday 14 January 2420.
`;
}
