import { pdfBuffer } from "./papers.js";

/**
 * Papers of two invented bodies, the Moorland Fire Panel and the Peatland Restoration Board, for what the
 * papers do not say: a meeting whose papers are held but not its minutes, a count or a fee that a passage
 * talks around without giving. Dated the way files date themselves: front matter naming the meeting, a
 * drafting comment with another date, a paper titled with the end of the period it reports on, and a
 * spreadsheet's export line. All names and figures are made up.
 */

/** Draft minutes in markdown: the meeting named in front matter, a drafting comment dated otherwise. */
export const moorlandMinutesMd = `---
title: "Moorland Fire Panel: minutes"
meeting: Tuesday 3 November 2026, 2.00 pm
clerk: Ysolde Penhaligon
---

<!-- Draft v3: amended after the Chair's comments of 17 November 2026. Not for publication. -->

# Moorland Fire Panel

## Minutes of the meeting held on Tuesday 3 November 2026

### Members

| Councillor | Council |
|---|---|
| Cllr Bartholomew Quayle | Calderdale Council (Lab) |
| Cllr Dafydd Prothero | Powys County Council (PC) |

Present: Cllr Bartholomew Quayle (Chair), Cllr Winifred Alsop, Cllr Dafydd Prothero.

Apologies: Cllr Henrietta Voysey.

### 4 Fire Watch volunteers

4.1 Ysolde Penhaligon introduced the report on the Fire Watch volunteer scheme.

Resolved: That the Panel agrees to recruit Fire Watch volunteers in two more national parks.
`;

/** A board paper for the next meeting, titled with the date its figures run to. */
export const moorlandBudgetPaperMd = `---
title: "Wildfire budget 2026/27: monitoring at 31 December 2026"
---

Moorland Fire Panel

9 February 2027

Item 5

# Wildfire budget 2026/27: monitoring at 31 December 2026

**Purpose of report:** For decision.

**Summary:** This report sets out spending on the wildfire programme to 31 December 2026 and proposes a virement.

**Recommendations:** That the Panel approves a virement of £12,000 from the training budget to the Fire Watch volunteer scheme.

**Contact officer:** Ysolde Penhaligon

## Fire Watch line

1. The Fire Watch line answered 81 per cent of calls within two minutes in December, against a standard of 90 per cent.

## Moorland Fire Conference 2027

2. The Moorland Fire Conference 2027 will be held in Harrogate in June. The delegate fee for the conference will be set by the Chair in March 2027.

## Training

3. The wildfire training course has trained 146 firefighters from 12 fire services since April.
`;

/** A later report of the Panel's that mentions the February meeting without saying what it decided. */
export const moorlandRiskRegisterCsv = [
  "Moorland Fire Panel - wildfire risk register,,,,",
  "Position at 28/02/2027; exported 03/03/2027 by Ysolde Penhaligon,,,,",
  ",,,,",
  "Ref,Risk,Owner,Rating,Controls",
  'MFR-01,Too few Fire Watch volunteers in the summer,Ysolde Penhaligon,High,"Virement of £12,000 proposed to the Panel on 09/02/2027"',
  "MFR-02,Drought lengthens the wildfire season,Ysolde Penhaligon,Medium,Seasonal forecasts shared with fire services monthly",
  "",
].join("\r\n");

/** A board paper of another body, for its meeting of 12 January 2027, whose contact is given at its end. */
export const peatlandPaperMd = `Peatland Restoration Board

12 January 2027

Item 3

# Rewetting pilot: proposal to extend

**Purpose of report:** For decision.

**Summary:** The rewetting pilot ends in March 2027. This report proposes extending it for a year.

**Recommendations:** That the Board agrees to extend the rewetting pilot to March 2028.

## Background

1. The pilot rewets blanket bog on four sites in the Peak District.

## Financial implications

2. The extension costs £48,000, met from the programme budget.

## Report author

Anwen Trethowan

Senior Adviser (Peatland)

Tel: 020 7946 0552

Email: anwen.trethowan@local.gov.uk
`;

/** A plain-text paper whose front sheet labels are capitals on lines of their own, over their values. */
export const peatlandGrantsTxt = `Peatland Restoration Board

12 January 2027

Item 4

Peat-free compost grants

PURPOSE OF REPORT

For information.

SUMMARY

Nine councils have received peat-free compost grants for their parks.

CONTACT OFFICER

Marek Hollingdrake

POSITION

Adviser (Green Spaces)

PHONE NO

020 7946 0561

EMAIL

marek.hollingdrake@local.gov.uk
`;

/** The Board's later update, which says what its January meeting decided. */
export const peatlandUpdateMd = `# Peatland Restoration Board: programme update, March 2027

## Rewetting pilot

At its meeting on 12 January 2027 the Board agreed to extend the rewetting pilot to March 2028, with two more sites in the Pennines.
`;

/** Membership as dash bullets with the group in brackets after the council, and a lead-in to the substitutes. */
export const moorlandMembershipMd = `# Moorland Fire Panel: membership 2026/27

## Membership

1. The Panel has four members:

- Cllr Bartholomew Quayle — Calderdale Council (Labour), Chair
- Cllr Winifred Alsop — Moorland District Council (Independent), Vice-Chair
- Cllr Dafydd Prothero — Powys County Council (Plaid Cymru), Member
- Cllr Henrietta Voysey — Cumberland Council (Conservative), Member

2. Each group may name one substitute. The substitutes for 2026/27 are:

- Cllr Ottoline Ferrabee, Wiltshire Council (Conservative)
- Cllr Rufus Kendrew, Leeds City Council (Labour)
`;

/** A PDF paper whose contact details are a borderless grid of bold labels beside their values. */
export function moorlandTrainingPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const left = 62;
    const width = 595.28 - 2 * left;
    let y = 60;
    const para = (text: string, o: { bold?: boolean; size?: number; indent?: number; after?: number } = {}) => {
      const font = o.bold ? "Helvetica-Bold" : "Helvetica";
      const w = width - (o.indent ?? 0);
      const h = doc.font(font).fontSize(o.size ?? 10.5).heightOfString(text, { width: w, lineGap: 2 });
      doc.font(font).fontSize(o.size ?? 10.5).text(text, left + (o.indent ?? 0), y, { width: w, lineGap: 2 });
      y += h + (o.after ?? 8);
    };
    const heading = (text: string) => para(text, { bold: true, size: 11.5, after: 4 });
    para("Moorland Fire Panel", { bold: true, size: 14 });
    para("9 February 2027");
    para("Wildfire training for fire services", { bold: true, size: 17, after: 14 });
    heading("Purpose of report");
    para("For decision.", { after: 10 });
    heading("Recommendations");
    para("That the Panel:", { after: 4 });
    para("1. agrees to fund a second wildfire training course for fire services in the north of England in the autumn of 2027;", { indent: 14, after: 4 });
    para("2. asks officers to report on the take-up of both courses to its meeting in November 2027; and", { indent: 14, after: 4 });
    para("3. delegates to the Chair the choice of the venue for the second course, in consultation with the fire services that take part.", { indent: 14, after: 10 });
    heading("Contact details");
    const grid: [string, string][] = [
      ["Contact officer:", "Ysolde Penhaligon"],
      ["Position:", "Senior Adviser (Wildfire)"],
      ["Phone no:", "020 7946 0557"],
      ["Email:", "ysolde.penhaligon@local.gov.uk"],
    ];
    for (const [label, value] of grid) {
      doc.font("Helvetica-Bold").fontSize(10.5).text(label, left, y, { lineBreak: false });
      doc.font("Helvetica").fontSize(10.5).text(value, left + 120, y, { lineBreak: false });
      y += 16;
    }
    y += 12;
    heading("Background");
    para("1. The training course teaches firefighters how moorland fires spread, how the weather and the state of the peat change them, and how to fight them safely with the equipment that fire services already hold.");
  });
}

/** A web page of terms of reference and members' cards in accordion sections whose headings are buttons. */
export const peatlandBoardHtml = `<!DOCTYPE html><html><head><title>Peatland Restoration Board | Local Government Association</title></head><body>
<main>
<h1>Peatland Restoration Board</h1>
<p>Last updated: Monday 4 January 2027</p>
<div class="accordion">
  <div class="accordion__section">
    <h2 class="accordion__heading"><button type="button" aria-expanded="false"><span class="accordion__heading-text">Terms of reference</span><span class="accordion__summary">What the Board does</span><span class="accordion__toggle" data-nosnippet="">Show</span></button></h2>
    <div class="accordion__content">
      <h3>Purpose</h3>
      <p>The Board leads the LGA's work with councils on restoring upland and lowland peat.</p>
      <h3>Term</h3>
      <p>The Board will run until 31 March 2030, when the LGA Board will review it.</p>
    </div>
  </div>
  <div class="accordion__section">
    <h2 class="accordion__heading"><button type="button" aria-expanded="false"><span class="accordion__heading-text">Membership 2026/27</span><span class="accordion__toggle" data-nosnippet="">Show</span></button></h2>
    <div class="accordion__content">
      <ul class="cards">
        <li class="card"><img src="p1.jpg" alt="Photo of Cllr Gwenllian Ashdown"><h3 class="card__name">Cllr Gwenllian Ashdown</h3><strong class="tag">Chair</strong>
          <dl><dt>Council</dt><dd>Powys County Council</dd><dt>Political group</dt><dd>Plaid Cymru</dd></dl></li>
        <li class="card"><img src="p2.jpg" alt="Photo of Cllr Torquil Renshaw"><h3 class="card__name">Cllr Torquil Renshaw</h3><strong class="tag">Deputy Chair</strong>
          <dl><dt>Council</dt><dd>North Yorkshire Council</dd><dt>Political group</dt><dd>Conservative</dd><dt>Lead member for</dt><dd>Lowland peat</dd></dl></li>
        <li class="card"><img src="p3.jpg" alt="Photo of Cllr Ifeoma Castellan"><h3 class="card__name">Cllr Ifeoma Castellan</h3><strong class="tag">Member</strong>
          <dl><dt>Council</dt><dd>Salford City Council</dd><dt>Political group</dt><dd>Labour</dd></dl></li>
      </ul>
    </div>
  </div>
</div>
<h2>Officers supporting the Board</h2>
<dl class="summary-list">
  <div class="summary-list__row"><dt>Anwen Trethowan</dt><dd>Senior Adviser (Peatland)</dd><dd>020 7946 0552</dd></div>
  <div class="summary-list__row"><dt>Idris Penhallow</dt><dd>Member Services Officer and clerk to the Board</dd><dd>020 7946 0558</dd></div>
</dl>
</main></body></html>`;

/** Grants with a reserve list as a table of its own, and bids whose places are a column's values. */
export const moorlandGrantsMd = `# Moorland Fire Panel: fire breaks grants 2027/28

## Table 1: Recommended grants

| Ref | Council | Site | Type | Requested (£) | Grant (£) | Score | Recommendation |
|---|---|---|---|---|---|---|---|
| FB-01 | Calderdale Council | Widdop Moor | New break | 18,000 | 18,000 | 44 | Recommended |
| FB-02 | Kirklees Council | Marsden Moor | Widening | 16,000 | 15,500 | 41 | Recommended |
| FB-03 | Bradford Council | Ilkley Moor | New break | 12,000 | 12,000 | 33 | Reserve 2 |
| FB-04 | Oldham Council | Saddleworth Moor | Widening | 14,250 | 14,250 | 36 | Reserve 1 |
| FB-05 | Rochdale Council | Blackstone Edge | New break | 9,000 | 9,000 | 21 | Not recommended |

Barnsley Council is preparing a bid for next year's round, for fire breaks on the moors above Penistone.

## Table 2: Waiting list, in order

| Order | Council | Bid (£) |
|---|---|---|
| 1 | High Peak Borough Council | 11,000 |
| 2 | Craven District Council | 8,400 |
| Total | | 19,400 |
`;

/** A quarter 4 report whose table gives each measure's quarter 3 status beside its own. */
export const moorlandPerformanceMd = `# Moorland Fire Panel: work programme 2026/27, performance at quarter 4

## Table 1: Measures at 31 March 2027

| Ref | Measure | Target | Q4 outturn | Status | Q3 status | Lead officer |
|---|---|---|---|---|---|---|
| MF-01 | Fire Watch volunteers recruited | 150 | 146 | Amber | Green | Ysolde Penhaligon |
| MF-02 | Fire services trained in moorland firefighting | 20 | 22 | Green | Green | Ysolde Penhaligon |
| MF-03 | Fire breaks cut on council land (km) | 40 | 25 | Red | Amber | Anwen Trethowan |
| MF-04 | Wildfire plans published by councils | 12 | 12 | Green | Amber | Anwen Trethowan |
`;

/** An action log written as a markdown task list: ticked, empty and struck-through boxes. */
export const peatlandActionsMd = `# Peatland Restoration Board: action log

## Actions from the meeting on 12 January 2027

- [x] **PRB/01** Write to water companies about funding for rewetting.
  Owner: Anwen Trethowan · Due: 28 February 2027
  _Update:_ Letters sent on 20 February 2027.
- [ ] **PRB/02** Map the peat soils owned by councils in the north west.
  Owner: Marek Hollingdrake · Due: 30 April 2027
  _Update:_ Data requested from eleven councils.
- [ ] ~~**PRB/03** Arrange a visit to the Migneint bog.~~
  Owner: Anwen Trethowan · Due: 31 March 2027
  _Update:_ Dropped: the site is closed for nesting birds.
`;

/** Workstream highlight reports as forms: a numbered heading over a two-column table, the status ticked. */
export const peatlandHighlightsMd = `# Peatland Restoration Board: workstream highlight reports, quarter 3 2026/27

### 3.1 Rewetting pilot

| | |
|---|---|
| Reference | PRB-W1 |
| Lead officer | Anwen Trethowan |
| Progress this quarter | Four sites rewetted; dams holding after the winter storms. |
| Status | ☐ Complete ☒ On track ☐ Some slippage ☐ Off track |

### 3.2 Peat-free compost grants

| | |
|---|---|
| Reference | PRB-W2 |
| Lead officer | Marek Hollingdrake |
| Progress this quarter | Two councils have not yet claimed their grants. |
| Status | ☐ Complete ☐ On track ☒ Some slippage ☐ Off track |
`;

/** A year-end budget of a working group whose name ends in a common word before "Working Group". */
export const pathsBudgetMd = `# Upland Paths and Open Places Working Group: budget 2026/27, provisional outturn

## Table 1: Budget 2026/27 (£)

| Code | Budget head | Budget | Q3 forecast | Outturn | Variance |
|---|---|---|---|---|---|
| UPW1 | Staffing (1.5 FTE) | 98,000 | 94,500 | 95,100 | -2,900 |
| UPW2 | Path surveys | 30,000 | 28,000 | 27,400 | -2,600 |
| UPW3 | Events and webinars | 12,000 | 12,500 | 12,900 | 900 |
`;

/** Plain-text minutes in numbered sections whose resolution and action are numbered paragraphs. */
export const pathsMinutesTxt = `Upland Paths and Open Places Working Group

Minutes of the meeting held on Monday 5 October 2026

4   PATH SURVEYS: METHOD FOR 2027

4.1   Gethin Morfydd, Adviser (Paths), introduced the proposed survey method.

4.2   Resolved: that the Working Group

          (a) agrees the survey method for 2027; and
          (b) asks that volunteers be trained by 31 January 2027.

4.3   [Action: Gethin Morfydd to write to the volunteer groups, by 30 November 2026]
`;
