/**
 * Papers of an invented Houseboat Moorings Task Group (2190/91) in the layouts of other tools: a report
 * kept as the MyST markdown source of a Jupyter Book page (a field list for its front sheet, directives for
 * its boxes and tables, ratings as badge roles); a council's payments file under the Transparency Code
 * (every row made by the same council, the body named nowhere); a freedom of information request's page,
 * with the site's side column and controls; a Word handout with no title, dated only by its file's name.
 * Every body, council, person and figure is made up.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

export const HOUSEBOATS_BODY = "Houseboat Moorings and Waterways Task Group";

/** The delivery plan: ref, action, lead, rating in March, rating in August. */
export const PLAN = [
  ["HMA-01", "Common mooring licence conditions", "Ottilie Brandreth", "Complete", "Complete"],
  ["HMA-02", "Survey every licensed mooring", "Rufus Pentecost", "At risk", "Off track"],
  ["HMA-03", "Online mooring register", "Ottilie Brandreth", "On track", "Complete"],
  ["HMA-04", "Sewage pump-out points at four wharves", "Imogen Carraway", "On track", "At risk"],
  ["HMA-05", "Winter safety checks", "Rufus Pentecost", "At risk", "At risk"],
] as const;
const BADGE: Record<string, string> = { Complete: "bdg-primary", "On track": "bdg-success", "At risk": "bdg-warning", "Off track": "bdg-danger" };

/** Moorings surveyed by waterway against a 90% target: three fall short. */
export const WATERWAYS = [
  ["Quillmere Canal", "80", "76", "95%"],
  ["Dunstable Reach", "64", "52", "81%"],
  ["Old Navigation", "40", "38", "95%"],
  ["Sallowford Cut", "55", "47", "85%"],
  ["Hythe Basin", "30", "26", "87%"],
] as const;

export const CONTACT = "Dr Lavinia Oakenfold, Head of Waterways";
export const RECOMMENDATION_C = "(c) agrees that the mooring fee review starts in May 2191.";

export const mystReport = `---
jupytext:
  formats: md:myst
  text_representation:
    extension: .md
    format_name: myst
kernelspec:
  display_name: Python 3
  name: python3
title: "Mooring licences: first-year review"
date: 2190-09-01
---

(hmtg-item-3)=
# Mooring licences: first-year review

\`\`\`{code-cell} ipython3
:tags: [remove-cell]
import pandas as pd
glue("n_moorings", 269, display=False)
\`\`\`

:Report to: ${HOUSEBOATS_BODY}
:Date of meeting: Tuesday 12 September 2190
:Agenda item: 3
:Report author: Jasper Whitlock, Waterways Analyst
:Contact officer: ${CONTACT}
:Telephone: 01632 960871
:Email: lavinia.oakenfold@example.gov.uk
:Key decision: No
:Exempt information: No
:Wards affected: All
:Published: Monday 4 September 2190

:::{admonition} Purpose of report
:class: note
To review the first year of mooring licensing.
:::

::::{admonition} Recommendations
:class: important
That the Task Group:

(a) notes the first year of the scheme;

(b) asks the three waterways below the survey target for recovery plans; and

${RECOMMENDATION_C}
::::

## Summary

The scheme licensed {glue:text}\`n_moorings\` moorings in its first year.

## 1. Moorings surveyed

\`\`\`{list-table} Moorings surveyed by waterway, to 30 June 2190
:header-rows: 1
:name: tbl-waterways
:widths: 40 20 20 20

* - Waterway
  - Moorings licensed
  - Moorings surveyed
  - Surveyed
${WATERWAYS.map((r) => `* - ${r[0]}\n  - ${r[1]}\n  - ${r[2]}\n  - ${r[3]}`).join("\n")}
* - **Total**
  - **269**
  - **239**
  - **89%**
\`\`\`

1.1 The target was to survey 90 per cent of licensed moorings. Three waterways fell short of it.

## 2. Delivery plan

:::{dropdown} How to read the ratings
:open: false

- {bdg-success}\`On track\` green: on time
- {bdg-warning}\`At risk\` amber: delays that could stop it being on time
- {bdg-danger}\`Off track\` red: will not be on time without a decision
- {bdg-primary}\`Complete\` blue: delivered
:::

\`\`\`{list-table} Delivery plan, ratings at March and August 2190
:header-rows: 1
:name: tbl-plan

* - Ref
  - Action
  - Lead
  - March 2190
  - August 2190
${PLAN.map((r) => `* - ${r[0]}\n  - ${r[1]}\n  - ${r[2]}\n  - {${BADGE[r[3]]}}\`${r[3]}\`\n  - {${BADGE[r[4]]}}\`${r[4]}\``).join("\n")}
\`\`\`

\`\`\`{glossary}
Pump-out
   Emptying a boat's sewage tank at a wharf.
\`\`\`
`;

/** A council's payments over £500: the same council on every row, the Task Group's by its cost centre. */
export const SPEND_PAYMENT = ["Wexcombe County Council", "E10009990", "Environment", "WW4410 Houseboat Moorings", "Survey services", "14/08/2190", "5000771204", "7315.00", "Fenwright Surveys Ltd", "Mooring condition surveys - batch 2", "BACS"];
export const spendCsv = [
  "Body Name,Body,Service Area,Cost Centre,Expense Type,Payment Date,Transaction Number,Net Amount,Supplier Name,Purpose of Expenditure,Payment Method",
  "Wexcombe County Council,E10009990,Adult Social Care,AS2210 Residential Care,Care homes,01/07/2190,5000771001,48211.60,Harewood Care Ltd,Residential care - July 2190,BACS",
  "Wexcombe County Council,E10009990,Highways,HW1102 Road Maintenance,Resurfacing,09/07/2190,5000771042,22890.00,Tarmacadam Works Ltd,Resurfacing - A4419,BACS",
  SPEND_PAYMENT.join(","),
  "Wexcombe County Council,E10009990,Libraries,LB3301 Library Stock,Books,21/08/2190,5000771290,3120.45,Booksellers Direct Ltd,Library stock - August,BACS",
  "Wexcombe County Council,E10009990,Environment,WW4410 Houseboat Moorings,Survey services,02/09/2190,5000771355,1840.00,Fenwright Surveys Ltd,Mooring rings and chains,BACS",
  "Wexcombe County Council,E10009990,Environment,WW4410 Houseboat Moorings,Printing,30/09/2190,5000771399,640.00,Quayside Print Ltd,Moorings forum - delegate packs,BACS",
  "Wexcombe County Council,E10009990,Environment,WW4410 Houseboat Moorings,Hire of premises,30/09/2190,5000771402,1200.00,Sallowford Guildhall Trust,Moorings forum - venue hire,BACS",
].join("\r\n");

/** A freedom of information request's page: the side column and the controls are the site's. */
export const WITHHELD = "We hold this information, but we are withholding it under section 43(2) of the Act because disclosure would prejudice the commercial interests of the boatyards.";
export const REVIEWED = "I have reviewed the council's response of 2 October 2190 and I was not involved in it.";
export const REVIEWER = "Cressida Vane";
export const foiHtml = `<!DOCTYPE html><html><head><title>Houseboat mooring surveys - a Freedom of Information request to Wexcombe County Council</title></head><body>
<div id="wrapper"><div id="content" role="main">
<h1>Houseboat mooring surveys</h1>
<p class="subtitle">Ada Pellow made this Freedom of Information request to Wexcombe County Council</p>
<p class="request-status">The request was partially successful.</p>
<div class="correspondence">
<p class="correspondence__header">Wexcombe County Council <time datetime="2190-10-02T10:00:00+00:00">2 October 2190</time></p>
<div class="correspondence_text"><p>Dear Ada Pellow<br>3. Names of boatyards surveyed<br>${WITHHELD}<br>Yours sincerely<br>Anselm Grayling<br>Information Rights Officer</p>
<p class="quoted-toggle"><a href="?unfold=1" class="toggle_quote">show quoted sections</a></p></div>
<p class="correspondence__footer"><a href="#incoming-1" class="link-to-this">Link to this</a> <a href="/report/new" class="report">Report</a></p>
</div>
<div class="correspondence">
<p class="correspondence__header">Wexcombe County Council <time datetime="2190-10-30T10:00:00+00:00">30 October 2190</time></p>
<div class="correspondence_text"><p>Dear Ada Pellow<br>Internal review<br>${REVIEWED}<br>Part 3. I uphold the original response.<br>Yours sincerely<br>${REVIEWER}<br>Monitoring Officer</p></div>
</div>
<div id="right_column" class="sidebar" role="complementary">
<h2>Similar requests</h2>
<ul><li><a href="/request/narrowboat_fees">Narrowboat licence fees 2189</a> – Sallowford District Council</li></ul>
</div>
</div></div></body></html>`;

export const LATER_WORD = "In August HMA-04 was at risk because the pump-out contract had slipped. The contract was signed on 2 November 2190. I would now describe HMA-04 as on track.";
export const FORUM_DELEGATES = "The moorings forum on 14 November drew 57 delegates from 19 boatyards.";

/** A handout with no title anywhere: its notes name a programme ending in March; its file's name gives its day. */
export async function untitledHandoutDocx(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(text)] })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({ children: [cell("Slide 1"), cell("Thank you, Chair. This item reports the winter checks, which run to 31 March 2191.")] }),
              new TableRow({ children: [cell("Slide 2"), cell("We checked 41 moorings in October and found 6 without working bilge alarms.")] }),
              new TableRow({ children: [cell("Slide 3"), cell(FORUM_DELEGATES)] }),
              new TableRow({ children: [cell("Slide 4"), cell(LATER_WORD)] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Grant bids with an assessor's recommendation: two are not recommended. */
export const bidsCsv = [
  "Bid ref,Boatyard,Project,Amount requested,Score,Recommendation,Bid form",
  "HMG-01,Quillmere Boatyard,Pump-out station,£18000,44,Recommend,https://example.org/forms/HMG-01.pdf",
  "HMG-02,Dunstable Marina,Shore power bollards,£12500,39,Recommend,https://example.org/forms/HMG-02.pdf",
  "HMG-03,Old Navigation Moorings,Bank repairs,£9000,31,Do not recommend,https://example.org/forms/HMG-03.pdf",
  "HMG-04,Sallowford Wharf,Waste compactor,£7400,35,Reserve,https://example.org/forms/HMG-04.pdf",
  "HMG-05,Hythe Basin Trust,Signage,£3100,22,Do not recommend,https://example.org/forms/HMG-05.pdf",
].join("\n");
