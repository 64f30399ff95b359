/**
 * Fixture papers of an invented body, the Stairlifts and Ramps Panel, in layouts the other fixtures do not
 * use: meeting notes kept as an Emacs org-mode file (keyword lines, "* " headings with tags, actions as
 * task headings with DEADLINE stamps and :PROPERTIES: drawers, a table ruled with "|---+---|"); and a Word
 * delivery plan whose ratings are Wingdings symbols named only by its key, whose references are "SR82-A1",
 * and whose meeting and item are given only in its page header; terms of reference as AsciiDoc source;
 * and a Word draft printed to PDF with its markup balloons in the margin. Everything here is made up.
 */
import { Document, Header, HeadingLevel, Packer, Paragraph, SymbolRun, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

export const rampsNotesOrg = `#+TITLE: Stairlifts and Ramps Panel - notes of the meeting of 3 March 2082
#+AUTHOR: Ottoline Pryce
#+DATE: <2082-03-03 Tue 10:30>
#+STARTUP: overview
#+TODO: TODO WAITING | DONE CANCELLED

Draft notes, not yet agreed by the Panel.

* Attendance
** Members present
| Name                  | Council         | Group | Notes |
|-----------------------+-----------------+-------+-------|
| Cllr Barnaby Quiller  | Hull City Council | Lab | Chair |
| Cllr Winifred Ashdown | Rutland County Council | Con | Vice-Chair |
|-----------------------+-----------------+-------+-------|
| Cllr Jasper Wren      | Hull City Council | Lab | substitute for Cllr Ogle |
| Cllr Imelda Crane     | Rutland County Council | Con | substitute for Cllr Lusk |

** Apologies
- Cllr Fennimore Ogle (Hull City Council, Lab) - Cllr Jasper Wren substituted
- Cllr Tabitha Lusk (Rutland County Council, Con) - Cllr Imelda Crane substituted

* Items
** 1. Welcome and apologies                                      :admin:
The Chair welcomed members.

Declarations of interest:
- The Chair declared an interest in item 2, as Hull City Council is one of the ramps grant pilot councils.

** 2. Ramps grant                                                :finance:
:PROPERTIES:
:PRESENTER: Ottoline Pryce
:END:
Ottoline Pryce introduced the report.

* Actions
** DONE [#C] A82/01 Circulate the ramps survey to members
   CLOSED: [2082-03-04 Wed 09:12]
   :PROPERTIES:
   :OWNER:    Ottoline Pryce
   :END:
** TODO [#B] A82/02 Bring the stairlift costs to the June meeting
   DEADLINE: <2082-06-10 Wed>
   :PROPERTIES:
   :OWNER:    Fenwick Adeyemi
   :END:
** WAITING [#A] A82/03 Letter from the Chair to the Minister on the ramps grant
   DEADLINE: <2082-04-01 Wed>
   :PROPERTIES:
   :OWNER:    Cllr Barnaby Quiller
   :END:
   :LOGBOOK:
   - State "WAITING"    from "TODO"       [2082-03-10 Tue 11:05] \\\\
     Draft letter sent to the Vice-Chair for comments.
   :END:

* Date of next meeting
Wednesday 10 June 2082 at 10.30am.
`;

const WINGDINGS = { met: "F0FC", onSchedule: "F06C", slipping: "F075", notMet: "F0FB" } as const;
const sym = (char: string) => new SymbolRun({ char, symbolfont: "Wingdings" });
const cell = (children: (TextRun | SymbolRun)[] | string) =>
  new TableCell({ width: { size: 20, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: typeof children === "string" ? [new TextRun(children)] : children })] });
const row = (cells: ((TextRun | SymbolRun)[] | string)[]) => new TableRow({ children: cells.map(cell) });

/** The delivery plan at quarter 3 (Word): symbols for ratings, its meeting only in the page header. */
export async function rampsPlanDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("Stairlifts and Ramps Panel\t3 March 2082\tItem 4")] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Delivery plan 2081/82: progress at quarter 3")] }),
          new Paragraph({ children: [new TextRun({ text: "Purpose of report", bold: true })] }),
          new Paragraph("For noting."),
          new Paragraph("1. The lead officer rates each milestone with one of the symbols in the key below."),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(["Symbol", "Rating", "What it means"]),
              row([[sym(WINGDINGS.met)], "Delivered", "The milestone has been met"]),
              row([[sym(WINGDINGS.onSchedule)], "On schedule", "Expected to be met by its due date"]),
              row([[sym(WINGDINGS.slipping)], "Slipping", "At risk of missing its due date"]),
              row([[sym(WINGDINGS.notMet)], "Will not be met", "Will not be met this year"]),
            ],
          }),
          new Paragraph("2. Table 1 gives each milestone with its lead officer and rating."),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(["Ref", "Milestone", "Lead officer", "Rating"]),
              row(["SR82-A1", "Survey of ramp waiting times in every region", "Fenwick Adeyemi", [sym(WINGDINGS.met)]]),
              row(["SR82-A2", "Model policy for fast-track ramps under £5,000", "Ottoline Pryce", [sym(WINGDINGS.slipping)]]),
              row(["SR82-B1", "Regional framework contract for stairlifts", "Fenwick Adeyemi", [sym(WINGDINGS.notMet)]]),
              row(["SR82-B2", "Guide to stairlift servicing for councils", "Ottoline Pryce", [sym(WINGDINGS.onSchedule)]]),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The Panel's terms of reference as AsciiDoc source (saved as .txt): a members' table written a cell a line. */
export const rampsTermsAdoc = `= Stairlifts and Ramps Panel: terms of reference and membership 2081/82
Ottoline Pryce <ottoline.pryce@local.gov.uk>
:doctype: article
:next-review: 14 April 2082

// Kept in the member-services docs repository.

IMPORTANT: The Panel will review these terms at its meeting on {next-review}.

== Membership

.Members of the Stairlifts and Ramps Panel, 2081/82
[cols="3,4,2,3",options="header"]
|===
|Member
|Council
|Group
|Role

|Cllr Barnaby Quiller
|Hull City Council
|Labour
|Chair

|Cllr Winifred Ashdown
|Rutland County Council
|Conservative
|Vice-Chair

|Cllr Peregrine Vosper
|Mid Devon District Council
|Liberal Democrat
|Memberfootnote:[Appointed on 2 September 2081 in place of Cllr Aldous Fenn.]

|Cllr Rosamund Teague
|South Lakeland District Council
|Liberal Democrat
|Member
|===

=== Substitutes

[cols="3,4,2",options="header"]
|===
|Substitute |Council |Group
|Cllr Lysander Crabb |Torbay Council |Liberal Democrat
|===
`;

/**
 * A Word draft printed with its markup showing (PDF): the text narrowed to the left, the reviewers'
 * balloons in the right margin on the lines they are drawn against ("Deleted: £55,000" beside the
 * recommendation whose figure was changed).
 */
export function rampsDraftPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const body = (t: string, y: number, bold = false) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10).text(t, 50, y, { width: 330, lineBreak: false });
    const balloon = (t: string, y: number) => doc.font("Helvetica").fontSize(8).text(t, 420, y, { width: 150, lineBreak: false });
    body("Stairlifts and Ramps Panel    3 March 2082    Item 5", 30);
    body("Ramps grant: the Panel's response (draft 2)", 50, true);
    body("Purpose of report", 80, true);
    body("For decision.", 95);
    body("Recommendations", 120, true);
    body("That the Panel:", 135);
    body("(a) agrees the response set out in paragraphs 4 to 9;", 150);
    body("(b) asks for a ramps grant limit of £12,000; and", 165);
    balloon("Deleted: £10,000", 165);
    body("(c) asks the Chair to write to the Minister.", 180);
    balloon("Commented [OP1]: The Chair wants £12,000.", 180);
    body("Contact officer: Ottoline Pryce", 200);
    body("Phone no: 020 7946 0771", 210);
    body("Background", 220, true);
    body("1. Councils fitted 8,200 ramps with the grant last year, and the average", 230);
    balloon("Deleted: 7,900", 230);
    body("cost of a ramp has risen to £9,400 since the limit was last set.", 245);
    balloon("Commented [FA2]: Figure checked with", 245);
    balloon("the cost returns of 41 councils.", 255);
  });
}
