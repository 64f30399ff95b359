/**
 * Papers of an invented body, the Verge Maintenance Working Group, in layouts other fixtures do not use: a
 * tracker published as HTML by a PDF-to-HTML converter (every line and every table cell an absolutely
 * placed element, a running header on each page, statuses as symbols named by a key with no header row of
 * its own); and a budget paper converted to markdown whose table repeats a spanning header cell in each
 * column it spans, with the columns' own names in a second header row, and a delivery plan whose people's
 * columns, headed by their initials, hold the letters of a responsibility (RACI) matrix. Everything here is
 * made up.
 */

interface Placed {
  text: string;
  x: number;
  /** Distance of the baseline from the top of the page. */
  y: number;
  bold?: boolean;
}

const PAGE_HEIGHT = 595;

/** A page of lines placed as a converter places them: classes for left, bottom and font, text set large and scaled. */
function placedPage(n: number, lines: Placed[], classes: Map<string, string>): string {
  const cls = (prefix: string, value: string, rule: string) => {
    const name = `${prefix}${value.replace(/\W/g, "_")}`;
    classes.set(name, rule);
    return name;
  };
  const divs = lines.map((l) => {
    const x = cls("x", String(l.x), `left:${l.x}px;`);
    const y = cls("y", String(l.y), `bottom:${PAGE_HEIGHT - l.y}px;`);
    return `<div class="t m0 ${x} ${y} ${l.bold ? "ff2" : "ff1"} fs1">${l.text}</div>`;
  });
  return `<div id="pf${n}" class="pf w0 h0" data-page-no="${n}"><div class="pc pc${n} w0 h0">${divs.join("")}</div></div>`;
}

/** The Working Group's quarter 3 tracker as a PDF-to-HTML converter publishes it (two pages). */
export function vergesTrackerHtml(): string {
  const header = (): Placed[] => [
    { text: "Verge Maintenance Working Group – 3 March 2062", x: 42, y: 30 },
    { text: "Item 6", x: 760, y: 30 },
  ];
  const key: Placed[] = [
    ["✔", "Achieved: the target for the year has been met."],
    ["●", "On course: expected to meet the target."],
    ["◐", "At risk: may miss the target unless action is taken."],
    ["○", "Off course: will miss the target without a decision."],
  ].flatMap(([symbol, meaning], k) => [
    { text: symbol!, x: 42, y: 300 + 14 * k },
    { text: meaning!, x: 60, y: 300 + 14 * k },
  ]);
  const page1: Placed[] = [
    ...header(),
    { text: "Verge programme 2061/62", x: 42, y: 70, bold: true },
    { text: "Performance tracker: quarter 3 (1 October to 31 December 2061)", x: 42, y: 90 },
    { text: "Purpose of report", x: 42, y: 120, bold: true },
    { text: "For information.", x: 160, y: 120 },
    { text: "Contact officer", x: 42, y: 140, bold: true },
    { text: "Wilhelmina Trescothick", x: 160, y: 140 },
    { text: "Phone no", x: 42, y: 160, bold: true },
    { text: "020 7946 0861", x: 160, y: 160 },
    { text: "Key to status symbols", x: 42, y: 280, bold: true },
    ...key,
    { text: "Page 1 of 2", x: 400, y: 570 },
  ];
  const cols = [42, 100, 420, 470, 520];
  const row = (cells: string[], y: number, bold = false): Placed[] => cells.map((text, k) => ({ text, x: cols[k]!, y, bold }));
  const page2: Placed[] = [
    ...header(),
    { text: "Table 1: Programme measures, quarter 3 2061/62", x: 42, y: 70, bold: true },
    ...row(["Ref", "Measure", "Q2", "Q3", "Lead"], 95, true),
    ...row(["VMW-01", "Councils with a verge cutting plan for pollinators", "●", "✔", "Ottilie Fenwright"], 112),
    ...row(["VMW-02", "Verges cut within the agreed season (% of network)", "●", "○", "Ottilie Fenwright"], 128),
    ...row(["VMW-03", "Contractors trained in wildflower cutting regimes", "◐", "◐", "Barnaby Quelch"], 144),
    ...row(["VMW-04", "Complaints about overgrown sightlines answered in 5 days", "○", "●", "Barnaby Quelch"], 160),
    { text: "Page 2 of 2", x: 400, y: 570 },
  ];
  const classes = new Map<string, string>();
  const pages = [placedPage(1, page1, classes), placedPage(2, page2, classes)];
  const css = [
    ".pf{position:relative;overflow:hidden}",
    ".t{position:absolute;white-space:pre;transform-origin:0 100%}",
    ".w0{width:842px;}",
    ".h0{height:595px;}",
    ".m0{transform:matrix(0.25,0,0,0.25,0,0);}",
    ".fs1{font-size:36px;}",
    ".ff1{font-family:ff1,sans-serif;font-weight:normal;}",
    ".ff2{font-family:ff2,sans-serif;font-weight:bold;}",
    ...[...classes].map(([name, rule]) => `.${name}{${rule}}`),
  ].join("\n");
  return `<!DOCTYPE html><html><head><meta name="generator" content="pdf2htmlEX"><title>Verge programme tracker Q3</title><style>${css}</style></head><body><div id="page-container">${pages.join("\n")}</div></body></html>`;
}

/** The Working Group's budget paper converted to markdown: a spanning header cell repeated, a second header row. */
export const vergesBudgetMd = `# Item 7: Budget 2061/62 (period 9) and risk register

Verge Maintenance Working Group, 3 March 2062, item 7

Purpose of report: For information.

Contact officer: Aurelio Penhallow, Finance Business Partner, 020 7946 0874

Table 1: Budget monitoring, period 9 (to 31 December 2061)

| Budget line        | 2061/62 (£) | 2061/62 (£)               | 2061/62 (£)      | Variance (£) |
|--------------------|-------------|---------------------------|------------------|--------------|
| Budget line        | Budget      | Spend to 31 December 2061 | Forecast outturn | Variance (£) |
| Pollinator mapping | 24,000      | 19,850                    | 24,000           | 0            |
| Contractor training| 60,000      | 38,200                    | 66,500           | 6,500        |
| Sightline surveys  | 30,000      | 4,100                     | 12,000           | (18,000)     |
| Total              | 114,000     | 62,150                    | 102,500          | (11,500)     |

Table 2: Delivery plan

| Ref   | Deliverable                                   | Due      | OF | BQ | WT | Status |
|-------|-----------------------------------------------|----------|----|----|----|--------|
| VMD-1 | Model cutting contract for councils           | Apr 2062 | R  | A  | C  | Stuck  |
| VMD-2 | Guide to cutting verges for pollinators       | Jan 2062 | A  | R  | I  | Done   |
| VMD-3 | Survey of sightline complaints                | Mar 2062 | C  | R  | A  | Moving |
| VMD-4 | Training module for contractors               | Jun 2062 | R  | C  | A  | Moving |

Key to initials

OF Ottilie Fenwright, Adviser, Verges

BQ Barnaby Quelch, Head of Highways Policy

WT Wilhelmina Trescothick, Policy Officer

Key to letters: R Responsible (does the work); A Accountable (signs it off); C Consulted; I Informed.
`;
