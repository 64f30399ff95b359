/**
 * More fixture papers in layouts of their own, made by the tests: a markdown risk register written as one
 * section per risk (bulleted labels, "5 x 5 = 25 (Red)" scores, a Controls list), a Word quarterly update
 * with a one-line key ("G = on track, A/G = minor issues, …, NR = not rated") and two rating columns, a
 * markdown agenda pack with membership under group lines (no headings), a run-on lead members paragraph
 * and a paper under a running header, HTML minutes whose lists hold roles with "and" in brackets, a
 * plain-text membership record under a title in capitals, and a markdown budget table. Everything in them
 * is invented.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from "docx";

/** Heritage Board programme risk register, sections per risk (markdown). */
export const heritageRegisterMd = `# Heritage Board – programme risk register

Position at 31 October 2024 · reported to the Board on 21 November 2024

## How risks are scored

Each risk is scored before its controls (inherent) and after them (residual), likelihood x impact.

## Risks

### HB-R1 Closure of council-run museums

* **Description:** Councils close museums to balance their budgets.
* **Risk owner:** Imelda Corrigan, Adviser, Museums
* **Inherent score:** 5 x 4 = 20 (Red)
* **Controls:**
  * evidence on museum running costs shared with the department
  * peer support for councils reviewing their museum services
* **Residual score:** 4 x 4 = 16 (Red)
* **Direction of travel:** ▲ worsening – three more closures announced
* **Escalation:** escalated to the corporate risk register as CRR21
* **Next review:** 31 January 2025

### HB-R2 Loss of conservation skills

* **Description:** Councils cannot recruit conservation officers.
* **Risk owner:** Osian Pritchard, Adviser, Planning
* **Inherent score:** 4 x 3 = 12 (Amber)
* **Controls:**
  * a shared conservation apprenticeship
* **Residual score:** 4 x 3 = 12 (Amber)
* **Direction of travel:** ► stable – the apprenticeship starts next year
* **Next review:** 31 January 2025

### HB-R3 Delayed listed building consents

* **Description:** Backlogs in consent decisions delay repairs.
* **Risk owner:** Osian Pritchard, Adviser, Planning
* **Inherent score:** 3 x 3 = 9 (Amber)
* **Controls:**
  * guidance on prioritising urgent repairs
* **Residual score:** 2 x 3 = 6 (Green)
* **Direction of travel:** ▼ improving
`;

/** The same register in Word, each risk's labelled lines a two-column table under its heading. */
export async function heritageRegisterDocx(): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: "Heritage Board – programme risk register", heading: HeadingLevel.HEADING_1 }),
    new Paragraph("Position at 31 October 2024"),
  ];
  for (const section of heritageRegisterMd.split(/^### /m).slice(1)) {
    const [title, ...lines] = section.split("\n");
    children.push(new Paragraph({ text: title!, heading: HeadingLevel.HEADING_3 }));
    const pairs: [string, string[]][] = [];
    for (const line of lines) {
      const field = /^\* \*\*(.+?):\*\*\s*(.*)$/.exec(line);
      const item = /^\s+\* (.*)$/.exec(line);
      if (field) pairs.push([field[1]!, field[2] ? [field[2]] : []]);
      else if (item && pairs.length) pairs[pairs.length - 1]![1].push(item[1]!);
    }
    const twoCells = (label: string, values: string[]) =>
      new TableRow({ children: [new TableCell({ children: [new Paragraph(label)] }), new TableCell({ children: values.map((v) => new Paragraph(v)) })] });
    children.push(new Table({ rows: pairs.map(([label, values]) => twoCells(label, values)) }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const docxCell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 1800, type: WidthType.DXA } });
const docxRow = (...cells: string[]) => new TableRow({ children: cells.map(docxCell) });

/** Skills Board quarterly update, Quarter 2 2024/25, with this quarter's and last quarter's ratings (Word). */
export async function skillsUpdateDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Skills Board", heading: HeadingLevel.HEADING_1 }),
          new Paragraph("14 November 2024"),
          new Paragraph({ text: "Skills programme 2024/25: quarterly performance update – Quarter 2 (July to September 2024)", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Performance against objectives", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun({ text: "Key: G = on track, A/G = minor issues, A = some risk, R = off track, NR = not rated", bold: true })] }),
          new Table({
            rows: [
              docxRow("Ref", "Objective", "Q2 RAG", "Q1 RAG", "Owner", "Progress"),
              docxRow("SK-01", "Apprenticeships: support 60 councils with levy transfers", "A", "G", "Wendell Ashby", "41 councils supported against a profile of 45."),
              docxRow("SK-02", "Adult learning: publish the adult learning toolkit", "G", "A", "Rhoda Kemp", "The toolkit was published in August."),
              docxRow("SK-03", "Green skills: run the retrofit skills pilot in 8 areas", "A/G", "NR", "Wendell Ashby", "New objective for 2024/25, so not rated at Q1. Six of the eight pilot areas have started."),
              docxRow("SK-04", "Careers: launch the council careers website", "R", "A/G", "Rhoda Kemp", "The launch has slipped to January because the supplier withdrew."),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Wellbeing Board agenda pack, 5 December 2024 (markdown): membership under group lines and a paper under a running header. */
export const wellbeingPackMd = `# Wellbeing Board

## Agenda

There will be a meeting of the Wellbeing Board at 11.00 am on Thursday, 5 December 2024.

## Wellbeing Board – Membership 2024/25

Conservative Group (2)

- Cllr Ffion Hale (Chair) – Powys County Council
- Cllr Barnaby Croft – Dorset Council

Substitutes:

- Cllr Petra Olsen – Rutland County Council

Labour Group (2)

- Cllr Idris Mensah (Vice-Chair) – Cardiff Council
- Cllr Lola Farrant – Hull City Council

Substitutes:

- Cllr Quentin Marsh – Wirral Council

## Lead members 2024/25

Adult social care: Cllr Ffion Hale (Chair); mental health and wellbeing: Cllr Lola Farrant; public health: Cllr Idris Mensah.

## Wellbeing Board

5 December 2024

Item 3

Carers' breaks funding: the 2025/26 allocations and what they mean for councils' support for unpaid carers

| Purpose | For information. |
| --- | --- |
| Summary | The department has confirmed the carers' breaks allocations for 2025/26. |
| Contact officer | Marisol Brandt |
| Phone | 020 7946 0111 |

## Wellbeing Board

5 December 2024

Item 4

Integrated neighbourhood teams: first year

| Purpose | For discussion. |
| --- | --- |
| Summary | Neighbourhood teams were set up in twelve areas this year. |
| Contact officer | Tobias Greer |

## Wellbeing Board

5 December 2024
`;

/** Standards Committee minutes, 9 October 2024 (HTML): who took the chair, roles in brackets, interests declared. */
export const standardsMinutesHtml = `<!DOCTYPE html><html><head><title>Standards Committee minutes, 9 October 2024</title></head><body>
<h1>Standards Committee – minutes of the meeting held on 9 October 2024</h1>
<p>Cllr Yusuf Adair (Vice-Chair) took the chair in the absence of the Chair.</p>
<p><strong>Present:</strong> Cllr Yusuf Adair (Vice-Chair), Cllr Nell Brannigan, Cllr Ravi Tandon (substitute for Cllr Hester Vane) and Gita Moss (Treasury and Investments Manager).</p>
<p><strong>Apologies:</strong></p>
<ul><li>Cllr Clement Ashe (Chair)</li><li>Cllr Hester Vane</li></ul>
<h2>1. Declarations of interest</h2>
<p>Cllr Nell Brannigan declared a non-pecuniary interest in item 3 as a governor of a local college.</p>
<p>Mr Osric Pell declared that he had worked for the auditor's firm until 2020.</p>
<h2>2. Minutes of the previous meeting</h2>
<p>Resolved: That the minutes of the meeting held on 10 July 2024 be agreed.</p>
</body></html>`;

/** Planning Committee membership record 2024/25 (plain text, a title in capitals). */
export const planningRecordTxt = `LOCAL GOVERNMENT ASSOCIATION
PLANNING COMMITTEE

Membership record 2024/25

Name                      Council                          Group             Role
------------------------  -------------------------------  ----------------  ------------
Cllr Hamid Oyelowo        Kent County Council              Conservative      Chair
Cllr Greta Lindqvist      Leeds City Council               Labour            Vice-Chair
Cllr Morwenna Tregear     Cornwall Council                 Independent       Member
`;

/** Transport Board budget monitoring (markdown): forecast before budget, brackets for underspends. */
export const transportBudgetMd = `# Transport Board policy budget 2024/25: mid-year monitoring

## Budget monitoring

| Line | Forecast | Budget | Variance | Notes |
| --- | --- | --- | --- | --- |
| Bus services research | 41,000 | 45,000 | (4,000) | Study let below estimate |
| Active travel events | 23,500 | 20,000 | 3,500 | Two extra regional events |
| **Total** | **64,500** | **65,000** | **(500)** | |
`;
