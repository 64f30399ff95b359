/**
 * Papers of an invented body, the Pest Control Panel, in layouts other fixtures do not use: a PDF report
 * set like a typeset paper (note marks set small and raised, a footnote opening with its mark, an unruled
 * budget table under a header wrapped over two lines and set right over right-set figures); a members'
 * database export as CSV (surname and forename apart, roles and parties as codes its own code list
 * explains, an appointment that has ended); notes of a meeting on a wiki page (an infobox naming the body,
 * "[edit]" after each heading, attendance in sections under "Attendance"); and a survey's results page
 * whose cards are titled by a line the card names as its label. Everything here is made up.
 */
import { pdfBuffer } from "./papers.js";

/** Draws `text` at (x, y) and a note mark set small and raised right after it. */
function withMark(doc: PDFKit.PDFDocument, text: string, mark: string, x: number, y: number): void {
  doc.font("Helvetica").fontSize(10).text(text, x, y, { lineBreak: false });
  const after = x + doc.widthOfString(text);
  doc.fontSize(6).text(mark, after, y - 2, { lineBreak: false });
  doc.fontSize(10);
}

/** Half-year report of the Pest Control Panel (PDF): note marks, a footnote, an unruled budget table. */
export function pestsReportPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(15).text("Half-year performance and budget report 2060/61", 60, 60, { lineBreak: false });
    doc.font("Helvetica").fontSize(10).text("Pest Control Panel, Item 5, 14 March 2061", 60, 85, { lineBreak: false });
    withMark(doc, "Councils answered 1,240 call-outs for rats in the first half of the year.", "1", 60, 120);
    doc.font("Helvetica").fontSize(10).text("The Panel's budget is set out in Table 2.", 60, 136, { lineBreak: false });
    // Table 1: an indicator whose name carries a note mark.
    doc.font("Helvetica-Bold").fontSize(10).text("Table 1: Indicators at 30 September 2060", 60, 170, { lineBreak: false });
    const cols = [60, 120, 400, 470];
    doc.font("Helvetica-Bold").fontSize(9);
    ["Ref", "Indicator", "Q2", "Target"].forEach((h, k) => doc.text(h, cols[k]!, 190, { lineBreak: false }));
    doc.font("Helvetica").fontSize(9);
    doc.text("PCI-1", cols[0]!, 206, { lineBreak: false });
    const indicator = "Call-outs answered within two days (% of call-outs)";
    doc.text(indicator, cols[1]!, 206, { lineBreak: false });
    const markAt = cols[1]! + doc.widthOfString(indicator);
    doc.fontSize(5.5).text("a", markAt, 204, { lineBreak: false });
    doc.fontSize(9).text("81%", cols[2]!, 206, { lineBreak: false });
    doc.text("90%", cols[3]!, 206, { lineBreak: false });
    doc.text("PCI-2", cols[0]!, 222, { lineBreak: false });
    doc.text("Councils with a pest control contract (number)", cols[1]!, 222, { lineBreak: false });
    doc.text("212", cols[2]!, 222, { lineBreak: false });
    doc.text("250", cols[3]!, 222, { lineBreak: false });
    doc.text("PCI-3", cols[0]!, 238, { lineBreak: false });
    doc.text("Treatments booked online (% of treatments)", cols[1]!, 238, { lineBreak: false });
    doc.text("44%", cols[2]!, 238, { lineBreak: false });
    doc.text("60%", cols[3]!, 238, { lineBreak: false });
    // Table 2: a header wrapped over two lines, set right over right-set figures; a rule under it.
    doc.font("Helvetica-Bold").fontSize(10).text("Table 2: Budget 2060/61 at 30 September 2060 (£)", 60, 280, { lineBreak: false });
    const right = [0, 300, 370, 440, 510];
    const head = (text: string, k: number, y: number) => {
      doc.font("Helvetica").fontSize(9);
      if (k === 0) doc.text(text, 60, y, { lineBreak: false });
      else doc.text(text, right[k]! - doc.widthOfString(text), y, { lineBreak: false });
    };
    ["Budget line", "Budget", "Spent to 30", "Forecast", "Variance"].forEach((h, k) => head(h, k, 300));
    ["", "", "Sep", "outturn", ""].forEach((h, k) => h && head(h, k, 311));
    doc.moveTo(60, 324).lineTo(515, 324).lineWidth(0.5).stroke();
    const rows = [
      ["Baiting contracts", "42,000", "6,300", "30,000", "(12,000)"],
      ["Officer training", "36,000", "14,200", "36,000", "0"],
      ["Research", "28,000", "11,450", "24,000", "(4,000)"],
      ["Total", "106,000", "31,950", "90,000", "(16,000)"],
    ];
    rows.forEach((r, i) => r.forEach((c, k) => head(c, k, 330 + 15 * i)));
    doc.font("Helvetica").fontSize(8).text("a From the 30 councils in the benchmarking club.", 60, 760, { lineBreak: false });
    doc.fontSize(5).text("1", 60, 776, { lineBreak: false });
    doc.fontSize(8).text("Councils charge residents for treating rats in 41 of the 120 councils that answered.", 66, 778, { lineBreak: false });
  });
}

/** The Panel's membership as a members' database exports it (CSV), with its code list at the end. */
export const pestsMembershipCsv = [
  "Committee,Term,Surname,Forename,Title,Council,Party,Role,Appointment start date,Appointment end date,Notes",
  "Pest Control Panel,2060/61,Amberley,Rosamund,Cllr,Fenland District Council,Con,CH,15/05/2060,,",
  "Pest Control Panel,2060/61,Brightwater,Ossian,Cllr,Hull City Council,Lab,VC,15/05/2060,,",
  "Pest Control Panel,2060/61,Carrow,Delphine,Cllr,Mendip District Council,LD,MEM,15/05/2060,,",
  "Pest Control Panel,2060/61,Dunstable,Ivo,Cllr,Wirral Council,Lab,MEM,15/05/2060,31/07/2060,\"Stood down; replaced by Cllr E. Fairweather\"",
  "Pest Control Panel,2060/61,Fairweather,Elowen,Cllr,Halton Borough Council,Lab,MEM,01/08/2060,,In place of Cllr I. Dunstable",
  "Pest Control Panel,2060/61,Gorringe,Tamsin,Cllr,Rother District Council,Con,SUB,15/05/2060,,",
  ",,,,,,,,,,",
  "Code list,,,,,,,,,,",
  "Code type,Code,Meaning,,,,,,,,",
  "Party,Con,Conservative,,,,,,,,",
  "Party,Lab,Labour,,,,,,,,",
  "Party,LD,Liberal Democrat,,,,,,,,",
  "Role,CH,Chair,,,,,,,,",
  "Role,VC,Vice-Chair,,,,,,,,",
  "Role,MEM,Member,,,,,,,,",
  "Role,SUB,Named substitute,,,,,,,,",
  "",
].join("\n");

const editLink = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span>`;

/** Notes of the October meeting as a wiki page: dated in the page's title, the body named in an infobox. */
export const pestsWikiNotesHtml = `<!DOCTYPE html><html><head><title>PC Panel/Meeting notes/2060-10-02 - LGA Policy Wiki</title></head><body>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading"><span class="mw-page-title-main">PC Panel/Meeting notes/2060-10-02</span></h1>
<div id="mw-content-text"><div class="mw-parser-output">
<p>These are the draft notes of the meeting. They will be put to the Panel for agreement on 14 March 2061.</p>
<table class="infobox"><tbody>
<tr><th>Body</th><td>Pest Control Panel</td></tr>
<tr><th>Meeting</th><td>Thursday 2 October 2060</td></tr>
<tr><th>Chair</th><td>Cllr Rosamund Amberley</td></tr>
</tbody></table>
<h2><span class="mw-headline">Attendance</span>${editLink}</h2>
<h3><span class="mw-headline">Members</span>${editLink}</h3>
<ul><li>Cllr Rosamund Amberley – Chair (Conservative, Fenland District Council)</li><li>Cllr Ossian Brightwater – Vice-Chair (Labour, Hull City Council)</li><li>Cllr Elowen Fairweather (Labour, Halton Borough Council)</li></ul>
<h3><span class="mw-headline">Apologies</span>${editLink}</h3>
<ul><li>Cllr Delphine Carrow (Liberal Democrat, Mendip District Council) – no substitute</li></ul>
<h3><span class="mw-headline">Officers and guests</span>${editLink}</h3>
<ul><li>Perdita Vantongeren – Adviser, Environmental Health</li></ul>
<h2><span class="mw-headline">Item 1: Rat baiting contracts</span>${editLink}</h2>
<p>The Panel agreed a model rat baiting contract for councils.</p>
</div></div></div></body></html>`;

/** A survey's results page: each card titled by a line it names as its label, links beside a count. */
export const pestsSurveyHtml = `<!DOCTYPE html><html><head><title>Pest control survey 2060 - Forms</title></head><body><main>
<h1>Pest control survey 2060</h1>
<section class="card" aria-labelledby="qt-1">
<div class="q-title" id="qt-1">1. Does your council charge residents for treating rats?</div>
<div class="q-meta"><a href="#">More details</a><a href="#">Insights</a>120 responses</div>
<table><thead><tr><th>Option</th><th>Responses</th><th>%</th></tr></thead><tbody>
<tr><td>Yes, for every treatment</td><td>41</td><td>34%</td></tr>
<tr><td>Yes, for some treatments</td><td>30</td><td>25%</td></tr>
<tr><td>No</td><td>49</td><td>41%</td></tr>
</tbody></table>
</section>
<section class="card" aria-labelledby="qt-2">
<div class="q-title" id="qt-2">2. Do you contract out pest control?</div>
<div class="q-meta"><a href="#">More details</a><a href="#">Insights</a>118 responses</div>
<table><thead><tr><th>Option</th><th>Responses</th><th>%</th></tr></thead><tbody>
<tr><td>Yes</td><td>70</td><td>59%</td></tr>
<tr><td>No</td><td>48</td><td>41%</td></tr>
</tbody></table>
</section>
<section class="card" aria-labelledby="qt-3">
<div class="q-title" id="qt-3">3. How has the cost of a rat treatment changed since April 2059?</div>
<div class="q-meta"><a href="#">More details</a><a href="#">Insights</a>120 responses</div>
<table><thead><tr><th>Option</th><th>Responses</th><th>%</th></tr></thead><tbody>
<tr><td>Risen by more than 20%</td><td>30</td><td>25%</td></tr>
<tr><td>Risen by 10% to 20%</td><td>50</td><td>42%</td></tr>
<tr><td>Risen by less than 10%</td><td>28</td><td>23%</td></tr>
<tr><td>No change</td><td>12</td><td>10%</td></tr>
</tbody></table>
</section>
<section class="card" aria-labelledby="qt-4">
<div class="q-title" id="qt-4">4. How confident are you that your council can meet its pest control duties in full in 2062/63?</div>
<div class="q-meta"><a href="#">More details</a>120 responses</div>
<div class="q-stat">3.42 Average Rating</div>
<table><thead><tr><th>Rating</th><th>Responses</th><th>%</th></tr></thead><tbody>
<tr><td>5 stars</td><td>20</td><td>17%</td></tr>
<tr><td>4 stars</td><td>40</td><td>33%</td></tr>
<tr><td>3 stars</td><td>35</td><td>29%</td></tr>
<tr><td>2 stars</td><td>15</td><td>13%</td></tr>
<tr><td>1 star</td><td>10</td><td>8%</td></tr>
</tbody></table>
</section>
<section class="card" aria-labelledby="qt-5">
<div class="q-title" id="qt-5">5. Which of these would help your council most? (Choose up to three.)</div>
<div class="q-meta"><a href="#">More details</a><a href="#">Insights</a>120 responses</div>
<table><thead><tr><th>Option</th><th>Responses</th><th>%</th></tr></thead><tbody>
<tr><td>Shared baiting contracts</td><td>80</td><td>67%</td></tr>
<tr><td>Training for officers</td><td>40</td><td>33%</td></tr>
<tr><td>Funding for treatments in social housing</td><td>90</td><td>75%</td></tr>
</tbody></table>
</section>
</main></body></html>`;

/**
 * The Panel's quarterly tracker in markdown: indicators rated by the tracker's own words under a caption the
 * page reads as a heading, then a budget table whose caption is a plain line, with a line for the same
 * webinars the indicators count.
 */
export const pestsTrackerMd = `# Pest Control Panel tracker, quarter 2 2060/61

Key: On track = green; Slipping = amber; Off track = red.

### Table 3: Indicators at 30 September 2060

| Ref | Indicator | Q1 | Q2 | Target | Status |
|---|---|---|---|---|---|
| PCT-1 | Officers attending the Panel's pest webinars (number, cumulative) | 96 | 212 | 250 | On track |
| PCT-2 | Councils using the model baiting contract | 14 | 19 | 40 | Slipping |
| PCT-3 | Treatment requests answered within two days | 71% | 68% | 90% | Off track |

Table 4: Budget 2060/61 at 30 September 2060 (£)

| Budget line | Budget | Spent to 30 Sep | Forecast outturn |
|---|---|---|---|
| Pest webinars for officers | 36,000 | 14,200 | 36,000 |
| Model contract legal advice | 12,000 | 3,000 | 12,000 |
`;

/** The Panel's terms of reference: office holders with council and group in one bracket, substitutes named after their group. */
export const pestsTermsMd = `# Pest Control Panel: terms of reference and membership 2060/61

## 2. Membership 2060/61

### 2.1 Office holders

Chair: Cllr Rosamund Amberley (Fenland District Council, Conservative)

Vice-Chair: Cllr Ossian Brightwater (Hull City Council, Labour)

### 2.2 Members

Conservative (2)

Cllr Rosamund Amberley, Fenland District Council (Chair)

Cllr Quentin Harrowgate, Rutland County Council

Labour (2)

Cllr Ossian Brightwater, Hull City Council (Vice-Chair)

Cllr Elowen Fairweather, Halton Borough Council

Liberal Democrat (1)

Cllr Delphine Carrow, Mendip District Council

### 2.3 Substitutes

Conservative: Cllr Tamsin Gorringe, Rother District Council

Labour: Cllr Jago Penhaligon, Wirral Council

Liberal Democrat: Cllr Morwenna Treloar, Cornwall Council

### 2.4 Changes since May 2060

Cllr Crispin Yelland (Wirral Council, Labour) stood down from the Panel on 31 July 2060 on becoming Leader of his council, after eleven years on the Panel and four as the Labour group's lead member for rats, mice and insect pests in social housing and on council estates. Cllr Elowen Fairweather, until then the Labour substitute, became a member on 1 August 2060, and the group will name a new substitute in the autumn.
`;
