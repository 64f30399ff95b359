/**
 * Papers of an invented Reservoirs and Waterways Panel (2072/73) in layouts taken from other tools: a list
 * exported to CSV with a rating column per quarter ("RAG Q1", "RAG Q2") and a target column of figures;
 * a programme update web page whose workstream table rates each by month ("Jun", "Oct"), names each row by
 * a code at the start of its name and ends with the decisions it asks for; minutes typeset in two columns,
 * their attendance entries set with a hanging indent; a paper whose second table lists the bids invited to
 * reapply; a handbook page with emoji shortcodes.
 */
import { pdfBuffer } from "./papers.js";

/** A list exported to CSV: newest-modified rows first, a rating column per quarter, a figure target. */
export const reservoirsMeasuresCsv = [
  "\uFEFFTitle,Measure ID,Lead officer,Target 2072/73,Q1 actual (Apr-Jun),Q2 actual (Jul-Sep),RAG Q1,RAG Q2,Commentary,Modified",
  'Anglers holding day permits,RW-04,Ivo Treharne,"2,400",610,580,Amber,Red,"Permit sales fell in the wet summer. Tackle shops report ""no fish, no sales"".",14/10/2072 09:12',
  'Towpath miles resurfaced,RW-02,Ines Carrow,40,9,12,Green,Green,"On profile; the Wenlow stretch is done.",13/10/2072 16:40',
  'Volunteer lock-keeper shifts filled (%),RW-07,Ivo Treharne,95%,90%,96%,Amber,Green,"Five new volunteers trained in July.",12/10/2072 11:02',
  'Reservoir dam safety inspections completed,RW-01,Ines Carrow,12,3,5,Green,Amber,"One inspection slipped to October after a contractor withdrew.",11/10/2072 10:00',
].join("\r\n");

/** A programme update saved as a web page: a workstream table rated by month, actions, and the decisions sought. */
export const reservoirsUpdateHtml = `<!DOCTYPE html>
<html><head><title>Waterways Programme – update to the Panel, 9 November 2072</title></head>
<body>
<h1>Waterways Programme – update to the Panel, 9 November 2072</h1>
<h2>Workstream status</h2>
<table>
<tr><th>Workstream</th><th>Lead officer</th><th>Jun</th><th>Oct</th><th>Comment</th></tr>
<tr><td>WW1 Dam safety</td><td>Ines Carrow</td><td>G</td><td>A</td><td>One inspection late</td></tr>
<tr><td>WW2 Towpaths</td><td>Ines Carrow</td><td>A</td><td>G</td><td>Wenlow stretch finished</td></tr>
<tr><td>WW3 Angling</td><td>Ivo Treharne</td><td>R</td><td>R</td><td>Permit sales down</td></tr>
<tr><td>WW4 Volunteers</td><td>Ivo Treharne</td><td>G</td><td>A</td><td>Training moved to January</td></tr>
</table>
<h2>Actions from 7 September 2072</h2>
<table>
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Status</th></tr>
<tr><td>A72-04</td><td>Write to the water company about reservoir access charges</td><td>Ivo Treharne</td><td>Overdue – the letter is with the Chair for signature</td></tr>
<tr><td>A72-05</td><td>Publish the towpath resurfacing map</td><td>Ines Carrow</td><td>Done</td></tr>
</table>
<h2>Decisions for today</h2>
<ul>
<li>(a) note progress on the programme</li>
<li>(b) agree to move the angling permits target from 2,400 to 1,800</li>
</ul>
</body></html>`;

/** A paper whose second table lists the bids invited to reapply, under its own caption. */
export const reservoirsGrantsMd = `# Waterside Access Fund: round 1 awards

Reservoirs and Waterways Panel, 9 November 2072, item 5

## Table 1: recommended awards

| Bid ref | Council | Project | Score | Recommended award |
|---|---|---|---|---|
| WAF1-02 | Carrowby City Council | Lakeside boardwalk | 81 | £120,000 |
| WAF1-05 | Hensham Borough Council | Canal steps and ramps | 70 | £95,000 |
| WAF1-09 | Dunmere District Council | Reservoir car park access | 72 | £60,000 |

## Table 2: bids invited to reapply in round 2

| Bid ref | Council | Project | Score |
|---|---|---|---|
| WAF1-03 | Ormsford Borough Council | Moorings for accessible boats | 64 |
| WAF1-11 | Kelderby District Council | Towpath seating and shade | 61 |
`;

/** A handbook page whose meetings list carries emoji shortcodes that the built site shows as pictures. */
export const reservoirsHandbookMd = `# :material-water: Reservoirs and Waterways Panel handbook

## Meetings 2072/73

- :calendar: Thursday 7 September 2072 – angling permits, dam safety
- :calendar: Thursday 9 November 2072 – Waterside Access Fund awards
`;

const LEFT = 50;
const RIGHT = 305;
const COLUMN_WIDTH = 205;

/**
 * Minutes typeset in two columns: a full-width masthead and a DRAFT notice, then down the left column the
 * attendance, each entry set with a hanging indent and some longer than the column's justified text, and
 * down the right column the minutes as justified prose that wraps from line to line.
 */
export function reservoirsMinutesPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(14).text("Reservoirs and Waterways Panel – minutes, 7 September 2072", LEFT, 50, { lineBreak: false });
    doc.font("Helvetica").fontSize(9).text("Minutes of the meeting held on Thursday 7 September 2072, 10.30am, Weir Room, Lockside House", LEFT, 74, { lineBreak: false });
    doc.text("DRAFT – to be confirmed at the meeting on 9 November 2072", LEFT, 90, { lineBreak: false });
    const entries: [string, string][] = [
      ["PRESENT", ""],
      ["Cllr Marisol Penhallow (Chair) (Con) –", "Wenlow District Council"],
      ["Cllr Dev Aldercott (Vice-Chair) (Lab) –", "Carrowby City Council"],
      ["Cllr Ottilie Brandreth-Moss (Green) – Hensham Borough", "Council"],
      ["Cllr Perpetua Oakshott (Con) – Kelderby", "District Council"],
      ["SUBSTITUTE", ""],
      ["Cllr Hugo Lanyon (Lab) – Ormsford Borough", "Council, for Cllr Tamsin Vosper"],
      ["APOLOGIES", ""],
      ["Cllr Tamsin Vosper (Lab) – Ormsford Borough", "Council"],
    ];
    let y = 120;
    doc.fontSize(9);
    for (const [first, second] of entries) {
      if (!second) {
        y += 6;
        doc.font("Helvetica-Bold").text(first, LEFT, y, { lineBreak: false });
        doc.font("Helvetica");
        y += 12;
        continue;
      }
      doc.text(first, LEFT, y, { lineBreak: false });
      doc.text(second, LEFT + 10, y + 11, { lineBreak: false });
      y += 24;
    }
    doc.font("Helvetica").text(
      "Officers attending: Ines Carrow, Head of Waterways, and Ivo Treharne, Angling Adviser, who took the notes of the meeting and circulated them to members on the day after it. Members of the public were welcome to attend and two did so for the item on angling permits, at which the Chair invited one of them to speak for three minutes on behalf of the district angling associations, as the Panel's standing orders allow for items on which the public have written in advance.",
      LEFT,
      y + 8,
      { width: COLUMN_WIDTH, align: "justify" },
    );
    const minutes = [
      "1 Welcome and apologies",
      "1.1 The Chair welcomed members and Cllr Hugo Lanyon, attending as substitute for Cllr Tamsin Vosper, whose apologies were received. There were no declarations of interest at the start of the meeting.",
      "2 Angling permits",
      "2.1 Ivo Treharne reported that day permit sales had fallen in a wet summer and that tackle shops in three of the five districts had seen fewer visitors than in any year since the scheme began.",
      "2.2 Resolved: that the Panel noted the report and asked for a review of permit prices, to come to its meeting on 9 November 2072, with a comparison of the charges made by neighbouring water companies.",
      "3 Dam safety",
      "3.1 Ines Carrow reported that five of the twelve inspections had been completed and that one had slipped to October after a contractor withdrew from the framework at short notice.",
      "3.2 Members asked whether the remaining inspections could still be finished by the end of March. Ines Carrow said that the framework's second supplier had agreed to take on the work and that a revised timetable would be sent to members by the end of September.",
      "4 Any other business",
      "4.1 The Chair thanked Cllr Perpetua Oakshott, who stands down from the Panel at the end of the year, for her work on the towpath resurfacing programme since it began, and members joined her in wishing Cllr Oakshott well.",
    ];
    doc.y = 132;
    for (const para of minutes) {
      const heading = /^\d+ /.test(para);
      doc.font(heading ? "Helvetica-Bold" : "Helvetica").fontSize(9).text(para, RIGHT, doc.y, { width: COLUMN_WIDTH, align: "justify" });
      doc.moveDown(0.4);
    }
  });
}

/** A board paper whose front sheet's form boxes say whether it is a key decision and whether it is exempt. */
export const reservoirsDredgingPaperMd = `# Reservoir silt dredging contract

| Field | Value |
|---|---|
| Meeting | Reservoirs and Waterways Panel |
| Date | 9 November 2072 |
| Agenda item | 6 |
| Purpose of report | For decision |
| Key decision | ☐ Yes ☒ No |
| Exempt information | ☒ Yes ☐ No |
| Summary | The silt dredging contract for the upper reservoirs ends in March 2073; this report asks the Panel to extend it for one year. |
| Recommendations | That the Panel agrees a one-year extension of the silt dredging contract. |
| Contact officer | Ines Carrow |
| Position | Head of Waterways |
| Email | ines.carrow@local.gov.uk |

## 1. Background

1.1 The contract was let in 2069 for three years with an option to extend by one.
`;
