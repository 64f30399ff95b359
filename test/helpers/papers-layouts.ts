/**
 * Fixture papers in further layouts, made by the tests: a Word quarterly report whose key gives rating words
 * with what they mean, beside a table counting targets by rating; a markdown risk register whose scores say
 * which factor is which ("L4 x I3 = 12") with controls carried on rows of their own; a plain-text agenda
 * pack with members on lines of their own (roles on the line under, groups abbreviated) and agenda items
 * with dot leaders, wrapped titles and verbal items; a PDF briefing set in two columns of justified prose.
 * Everything in them is invented.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 2000, type: WidthType.DXA } });
const table = (...rows: string[][]) => new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
const p = (text: string) => new Paragraph(text);
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading });

/**
 * Housing Board performance report for Quarter 3 2024/25 (Word): a key of rating words, a count of targets
 * by rating, and the targets in a table with a status column for each of the last two quarters.
 */
export async function housingReportDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          h("Housing Board performance report: Quarter 3 2024/25", HeadingLevel.HEADING_1),
          p("This report sets out progress against the Housing Board's targets at the end of December 2024."),
          h("Key to ratings"),
          table(
            ["Status", "What it means"],
            ["Achieved", "The target has been met in full."],
            ["Partially achieved", "Some of the target has been met, the rest is expected later."],
            ["Not achieved", "The target has not been met and will not be met this year."],
          ),
          h("Summary"),
          table(["Status", "Number of targets"], ["Achieved", "2"], ["Partially achieved", "1"], ["Not achieved", "1"]),
          h("Targets"),
          table(
            ["Ref", "Target", "Q2 status", "Q3 status", "Lead"],
            ["HO1", "Publish the council housing delivery toolkit", "Partially achieved", "Achieved", "Mina Okafor"],
            ["HO2", "Run ten peer reviews of homelessness services", "Achieved", "Achieved", "Leo Brandt"],
            ["HO3", "Agree a retrofit funding settlement with government", "Partially achieved", "Not achieved", "Mina Okafor"],
            ["HO4", "Train 200 officers in temporary accommodation standards", "Not achieved", "Partially achieved", "Cara Lind"],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Flood Resilience Task Group risk register (markdown): products that name their factors, controls on rows of their own. */
export const floodRegisterMd = `# Flood Resilience Task Group – risk register

Position at 30 September 2024

| Ref | Risk | Score | Controls | Owner |
| --- | --- | --- | --- | --- |
| FR-1 | Councils cannot fund flood defence maintenance | L4 x I3 = 12 | joint bid to the Treasury for a maintenance grant | Priya Das |
| | | | shared procurement of maintenance contracts | |
| FR-2 | Loss of drainage engineers to the private sector | I4 x L2 = 8 | a regional apprenticeship in drainage engineering | Tom Ellery |
| FR-3 | Late flood warnings from partners | L2 x I5 = 10 | a data-sharing agreement with the Environment Agency | Priya Das |
`;

/** Coastal Communities Board agenda pack (plain text): members on lines of their own, an agenda with dot leaders. */
export const coastalAgendaTxt = `COASTAL COMMUNITIES BOARD

AGENDA

Thursday 6 February 2025, 11.00am
Smith Square, London

Membership 2024/25

Cllr Ann Holt (Con), Northshire County Council
Chair

Cllr Ravi Mistry (Lab), Eastport City Council
Vice-Chair

Cllr Tom Reid (LD), Westbay District Council
Lead Member, Tourism

Cllr Joan Fairley (Ind), Saltmarsh Borough Council


AGENDA                                                        Pages

1. Welcome, apologies and declarations of interest ........... Verbal
2. Minutes of the previous meeting .......................... 3 - 8
3. Coastal erosion funding: an update on the shoreline
   management programme ..................................... 9 - 14
4. Seaside tourism recovery plan ........................... 15 - 22
   (Cllr Tom Reid, Lead Member for Tourism, will introduce this
   item)
`;

const LEFT = [
  "Coastal towns have lost a quarter of their bank branches since 2019, and the councils that serve them report that older residents now travel more than ten miles to reach a counter. Small traders say that paying in the day's takings has become a half-day trip.",
  "The Board asked officers in October to gather evidence from member councils on what the closures have meant for high streets and for the people who use them, and on what councils have done in response.",
  "Councils described footfall falling on the days a mobile bank does not visit, and post offices taking on work they are not paid enough to do.",
];
const RIGHT = [
  "Eleven councils responded. Most described shared banking hubs as the most promising answer, but only three hubs have opened in coastal towns so far, against seventeen elsewhere in the country.",
  "Officers propose that the Board presses for hub funding to be weighted towards places where the nearest branch is furthest away, and that it asks the Treasury to count seasonal populations when it decides where hubs go.",
  "The Board is asked to agree these two asks and to note the evidence gathered.",
];

/** A briefing (PDF) whose body is set in two justified columns under a title that spans both. */
export function bankingBriefingPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(16).text("Coastal Communities Board – briefing on bank closures", 50, 50, { width: 495 });
    doc.font("Helvetica").fontSize(10).text("6 February 2025", 50, doc.y + 6);
    const top = doc.y + 16;
    const width = 235;
    let y = top;
    for (const para of LEFT) y = doc.text(para, 50, y, { width, align: "justify" }).y + 10;
    y = top;
    for (const para of RIGHT) y = doc.text(para, 310, y, { width, align: "justify" }).y + 10;
  });
}

export const BANKING_LEFT = LEFT;
export const BANKING_RIGHT = RIGHT;
