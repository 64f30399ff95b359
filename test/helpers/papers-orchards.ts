/**
 * Papers of an invented Heritage Orchards Joint Panel, 2284/85, in layouts other tools make: draft minutes
 * kept on a Redmine wiki and exported as their Textile source (an attendance table whose council cells
 * span two rows, resolutions in block quotes, a vote folded in a macro, actions with coloured statuses);
 * a Word report whose front sheet's values are simple fields (DOCPROPERTY) showing only their cached
 * results; a workbook converted to markdown through pandas, its real headings the first row of data
 * under "Unnamed" names, empty cells "NaN", a key sheet of codes; and an intranet news post with persona
 * cards, a membership change and events whose date boxes are hidden from screen readers.
 */
import JSZip from "jszip";
import { pdfBuffer } from "./papers.js";

/** The Panel's draft minutes of 3 October 2284 as a Redmine wiki exports them: Textile, CRLF line ends. */
export function orchardMinutesTextile(): string {
  return [
    "{{>toc}}",
    "",
    "h1. Minutes: 3 October 2284",
    "",
    "*Heritage Orchards Joint Panel*",
    "Tuesday 3 October 2284, 14:00 to 16:10",
    "Room 6, Shire Hall, Pellingford",
    "",
    "p=. %{color:#888}DRAFT – to be confirmed at the meeting on 16 January 2285.%",
    "",
    "h2. Attendance",
    "",
    "|_. Council |_. Member |_. Attendance |",
    "|/2. Pellingford County Council | Cllr Oriel Vantongeren (Chair) | Present |",
    "| Cllr Bastian Quarrendon | Apologies |",
    "|/2. Hobwick District Council | Cllr Ysolde Pettifar (Vice-Chair) | Present |",
    "| Cllr Caspian Wrinch | Present |",
    "|\\3. Substitute: Cllr Evadne Spurling (Pellingford County Council) for Cllr Bastian Quarrendon |",
    "",
    "h2. Minutes",
    "",
    "h3. 1. Grafting programme",
    "",
    "Caspian Wrinch asked about the old Russet trees at Coldharbour.",
    "",
    "bq. RESOLVED that the Panel:",
    "(a) agrees to graft 40 Russet trees in 2285;",
    "(b) asks the lead member for grafting, Cllr Caspian Wrinch, to report in January.",
    "",
    "{{collapse(Vote on item 1)",
    "<pre>",
    "For        5",
    "Against    1   (Cllr Pettifar)",
    "</pre>",
    "}}",
    "",
    "h3. 2. Date of next meeting",
    "",
    "Tuesday 16 January 2285 at 14:00.",
    "",
    "h2. Actions",
    "",
    "|_. Issue |_. Action |_. Owner |_. Due |_. Status |",
    "| #5101 | Order rootstock for the Russet grafts | Marigold Tewkes | 31/10/2284 | %{color:green}Closed% |",
    "| #5102 | Survey the Coldharbour orchard walls | Anselm Dreye | 30/11/2284 | %{color:#e69138}In progress% |",
    "| #5103 | Write to the county archivist about the orchard maps | Marigold Tewkes | 15/11/2284 | %{color:red}*Overdue*% |",
    "",
    "_Action statuses updated 2 January 2285._",
  ].join("\r\n");
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (inner: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
/** A simple field filled from a document property: its only text is its cached result, inside the element. */
const field = (property: string, cached: string) => `<w:fldSimple w:instr=" DOCPROPERTY  ${property}  \\* MERGEFORMAT ">${run(cached)}</w:fldSimple>`;
const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:p>${c}</w:p></w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;

/** Item 4 of 16 January 2285, its front sheet's values all simple fields. */
export async function orchardFieldReport(): Promise<Buffer> {
  const body = [
    para(run("Heritage Orchards Joint Panel – 16 January 2285 – Item 4")),
    para(run("Report to the Heritage Orchards Joint Panel")),
    table([
      [run("Meeting"), field("Meeting", "Heritage Orchards Joint Panel")],
      [run("Date"), field("MeetingDate", "Tuesday 16 January 2285")],
      [run("Title"), field("Title", "Orchard restoration: progress at quarter 3 and the grafting budget")],
      [run("Contact officer"), field("ContactOfficer", "Marigold Tewkes")],
      [run("Position"), field("ContactPosition", "Orchards Project Officer")],
      [run("Phone no"), field("ContactPhone", "01632 960 418")],
      [run("Purpose of report"), run("For decision")],
    ]),
    para(run("Summary"), "Heading1"),
    para(run("Forty Russet trees were grafted in the autumn, and the orchard wall survey is under way.")),
    para(run("Recommendations"), "Heading1"),
    para(run("(a) notes progress at quarter 3;")),
    para(run("(b) approves £4,200 for rootstock in 2285/86.")),
  ].join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/document.xml", `${XML}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The orchard register workbook as MarkItDown writes it: a sheet a "##" section, pandas' names for columns. */
export function orchardRegisterMarkdown(): string {
  return [
    "## Register",
    "| Heritage orchards – register 2284/85 (as at 31/12/2284) | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 | Unnamed: 4 | Unnamed: 5 |",
    "| --- | --- | --- | --- | --- | --- |",
    "| Ref | Orchard | Parish | Due | Done | RAG |",
    "| Autumn surveys | NaN | NaN | NaN | NaN | NaN |",
    "| HO-01 | Coldharbour Orchard | Hobwick | 2284-09-14 00:00:00 | 2284-09-20 00:00:00 | R |",
    "| HO-02 | Mellow Lane Orchard | Pellingford | 2284-10-02 00:00:00 | 2284-10-01 00:00:00 | A |",
    "| HO-03 | Tithe Barn Orchard | Hobwick | 2284-10-30 00:00:00 | 2284-10-28 00:00:00 | G |",
    "| HO-04 | Quarry Bank Orchard | Pellingford | 2284-11-12 00:00:00 | NaN | N |",
    "",
    "## Key",
    "| Code | Meaning | Used on |",
    "| --- | --- | --- |",
    "| G | Green: surveyed on time, trees in good health | Register; Surveys |",
    "| A | Amber: surveyed late, or some trees in poor health | Register; Surveys |",
    "| R | Red: canker or wall collapse found, or survey overdue | Register; Surveys |",
    "| N | Not yet surveyed | Register |",
  ].join("\n");
}

/** The county's intranet news post of 20 December 2284, saved from the browser. */
export function orchardNewsPost(): string {
  const persona = (name: string, details: string) =>
    `<div role="listitem" class="personaCard"><div class="ms-Persona"><div class="ms-Persona-initials" aria-hidden="true"><span>${name
      .replace(/^Cllr /, "")
      .split(" ")
      .map((w) => w[0])
      .join("")}</span></div><div class="ms-Persona-details"><div class="ms-Persona-primaryText">${name}</div><div class="ms-Persona-secondaryText">${details}</div></div></div></div>`;
  const event = (month: string, day: string, title: string, label: string) =>
    `<div role="listitem" class="eventCard" aria-label="${title}, ${label}"><div class="dateBox" aria-hidden="true"><span class="month">${month}</span><span class="day">${day}</span></div><div class="eventTitle">${title}</div><div class="eventMeta">Tue, All day</div></div>`;
  return `<!DOCTYPE html><html lang="en-US"><head><title>Orchards Panel news: December 2284</title></head><body>
<article class="CanvasComponent" data-sp-feature-tag="Site Page">
<h1>Orchards Panel news: December 2284</h1>
<div data-sp-feature-tag="Rich Text Editor WebPart"><h2>Membership changes</h2>
<p>Cllr Caspian Wrinch stood down from the Joint Panel on 30 November 2284. We thank him for his work as lead member for grafting. Hobwick District Council has appointed Cllr Hesper Morrow in his place from 12 December 2284, and the Chair has asked her to take on the grafting role.</p></div>
<div data-sp-feature-tag="People WebPart"><h2>Joint Panel members 2284/85</h2><div role="list">
${persona("Cllr Oriel Vantongeren", "Chair · Pellingford County Council · Liberal Democrat")}
${persona("Cllr Ysolde Pettifar", "Vice-Chair · Hobwick District Council · Conservative")}
${persona("Cllr Bastian Quarrendon", "Member · Pellingford County Council · Green")}
${persona("Cllr Hesper Morrow", "Member · Hobwick District Council · Labour")}
</div></div>
<div data-sp-feature-tag="Events WebPart"><h2>Coming up</h2><div role="list">
${event("JAN", "16", "Heritage Orchards Joint Panel", "Tuesday, January 16, 2285, 2:00 PM to 4:00 PM")}
${event("FEB", "20", "Wassail at Coldharbour Orchard", "Tuesday, February 20, 2285, all day")}
</div></div>
</article></body></html>`;
}

/** The Panel's measures at quarter 2 2284/85, a quarter's figure a column, and the officer's note on one. */
export function orchardPerformanceMarkdown(): string {
  return [
    "# Heritage Orchards Joint Panel: performance at quarter 2 2284/85",
    "",
    "| Ref | Measure | Target | Q1 | Q2 | Status |",
    "| --- | --- | --- | --- | --- | --- |",
    "| HOM-1 | Trees grafted | 40 | 12 | 25 | Amber |",
    "| HOM-2 | Volunteer days | 300 | 90 | 170 | Green |",
    "",
    "## Officer's note",
    "",
    "The grafting recovery plan for HOM-1 arrived on 9 December 2284, a week before it was due.",
    "",
    "The orchard wall survey report is due on 05/03/2285, after the surveyor's second visit on 14/02/2285.",
  ].join("\n");
}

/** A parish magazine's notices page: narrow columns of justified notices, the Panel's among others'. */
export function orchardNoticesPdf(): Promise<Buffer> {
  const columns: string[][] = [
    [
      "HOBWICK PARISH COUNCIL",
      "The parish council will meet in the village hall on Monday 5 February 2285 at 7.30pm. The agenda will be posted on the noticeboard outside the post office seven days before, and anyone may attend the public part of the meeting.",
    ],
    [
      "HERITAGE ORCHARDS JOINT PANEL",
      "The Joint Panel proposes to fell four pear trees at Coldharbour Orchard that are dying of canker, and to replant the gap with grafted Russets in the spring of 2285.",
      "Anyone who wishes to object to the felling of the Coldharbour pear trees should write to Marigold Tewkes, Orchards Project Officer, Shire Hall, Pellingford, by 5pm on Friday 9 February 2285.",
    ],
    [
      "PELLINGFORD ALLOTMENT SOCIETY",
      "Plots are available at the Quarry Lane site for the coming season. Rents are payable in advance at the annual general meeting in March, and tools may be borrowed from the society's shed.",
    ],
    [
      "LOST AND FOUND",
      "A grey tabby cat with a white chest has been found near the Tithe Barn. Please call the village shop if you think that she may be yours, and describe her collar.",
    ],
  ];
  return pdfBuffer(
    (doc) => {
      doc.font("Times-Bold").fontSize(14).text("Hobwick Village News – January 2285 – Notices", 30, 30);
      doc.font("Times-Italic").fontSize(8).text("Photograph: the Tithe Barn orchard in blossom, taken by the Hobwick camera club last April.", 420, 520, { width: 380 });
      doc.font("Times-Roman");
      // (This month the notices fill the first two of the page's four columns; the rest is the magazine's
      // pictures.)
      columns.slice(0, 2).forEach((notices, k) => {
        const x = 30 + k * 195;
        doc.y = 70;
        for (const [i, text] of notices.entries()) {
          if (i === 0) {
            doc.fontSize(9).text(text, x, doc.y, { width: 170, align: "center" });
            doc.moveDown(0.6);
            continue;
          }
          // (Set as an imposition program sets justified type: word by word, the spaces widened.)
          doc.fontSize(8);
          const lines: string[][] = [[]];
          for (const word of text.split(" ")) {
            const line = lines[lines.length - 1]!;
            if (line.length && doc.widthOfString([...line, word].join(" ")) > 170) lines.push([word]);
            else line.push(word);
          }
          let y = doc.y;
          for (const [n, words] of lines.entries()) {
            const widths = words.map((w) => doc.widthOfString(w));
            const last = n === lines.length - 1;
            const gap = last || words.length < 2 ? doc.widthOfString(" ") : (170 - widths.reduce((a, b) => a + b, 0)) / (words.length - 1);
            let at = x;
            words.forEach((w, j) => {
              doc.text(w, at, y, { lineBreak: false });
              at += widths[j]! + gap;
            });
            y += 10;
          }
          doc.y = y + 5;
        }
      });
    },
    { size: "A4", layout: "landscape", margin: 30 },
  );
}

/** The Panel's pack for 16 January 2285, carrying the draft minutes of 3 October 2284 and a report for decision. */
export function orchardPackMarkdown(): string {
  return [
    "# Heritage Orchards Joint Panel",
    "",
    "## Agenda",
    "",
    "Date: Tuesday 16 January 2285",
    "",
    "Venue: Room 6, Shire Hall, Pellingford",
    "",
    "| Item | Title |",
    "| --- | --- |",
    "| 1 | Apologies |",
    "| 2 | Minutes of the meeting held on 3 October 2284 |",
    "| 3 | Rootstock budget 2285/86 |",
    "",
    "# Item 2: Minutes of the meeting held on Tuesday 3 October 2284",
    "",
    "Present: Cllr Oriel Vantongeren (Chair), Cllr Ysolde Pettifar, Cllr Caspian Wrinch",
    "",
    "## 1. Grafting programme",
    "",
    "1.1 RESOLVED that the Panel agrees to graft 40 Russet trees in 2285.",
    "",
    "# Item 3: Rootstock budget 2285/86",
    "",
    "Report of the Orchards Project Officer",
    "",
    "Recommendation: that the Panel approves £4,200 for rootstock in 2285/86.",
    "",
    "The rootstock for the next season's grafts must be ordered by the end of February.",
  ].join("\n");
}
