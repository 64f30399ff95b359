/**
 * Papers of an invented Drinking Fountains and Wells Task Group (DFWTG, 2195/96) in the layouts of other
 * tools: a large print transcription of a board paper (tables set out as numbered entries of "Label: value"
 * lines, an entry cut by a page break, the front sheet's labels over their values, the item number on the
 * cover); the membership as a sheet of mail-merged address labels printed to PDF; a works report exported by
 * a report writer to CSV with no header row (every record carrying the report's text, its headings, its
 * group's and its totals); a notes app's HTML export (to-dos as check boxes, owners by initials, interests
 * listed with dashes); a scheduling poll's web page (answers as icons' titles, spans set apart by style).
 * Every body, council, person and figure is made up.
 */
import { pdfBuffer } from "./papers.js";

export const WELLS_BODY = "Drinking Fountains and Wells Task Group";

/** The large print paper: item 4 of the meeting of 3 May 2195. */
export function largePrintPaperPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const para = (t: string, opts: { bold?: boolean; size?: number } = {}) => {
      doc.font(opts.bold ? "Helvetica-Bold" : "Helvetica").fontSize(opts.size ?? 18).text(t, { width: 480 });
      // (Wide spacing, as large print sets it: each line a paragraph of its own.)
      doc.moveDown(1.2);
    };
    para("LARGE PRINT", { bold: true, size: 26 });
    para(WELLS_BODY, { bold: true, size: 22 });
    para("Tuesday 3 May 2195");
    para("Item 4", { bold: true, size: 22 });
    para("Village Wells Grant: round 1 awards", { bold: true, size: 22 });
    para("This is a large print version of the report in the agenda pack, transcribed by the Accessible Formats Team.");
    para("Transcriber's notes", { bold: true, size: 22 });
    para("Page numbers of the standard print pack are shown in square brackets on a line of their own.");
    para("Tables have been set out as lists: each row of a table is a numbered entry.");
    para("Words in bold in the standard print report are also in bold here.");
    doc.addPage();
    para("Village Wells Grant: round 1 awards", { bold: true, size: 22 });
    for (const [label, value] of [
      ["Purpose of report", "For decision."],
      ["Summary", "Three parishes bid for £96,000 from round 1 of the Village Wells Grant, which has £80,000 to award."],
      ["Recommendations", "That the Task Group agrees the two awards in Table 1."],
      ["Contact officer", "Perpetua Hollinrake"],
      ["Position", "Senior Adviser, Water Heritage"],
      ["Phone", "020 7946 0411"],
    ] as const) {
      para(label, { bold: true });
      para(value);
    }
    doc.addPage();
    para("Table 1: round 1 bids", { bold: true, size: 22 });
    para("Transcriber's note: Table 1 has 3 rows, one for each bid.");
    const entry = (n: number, fields: [string, string][]) => {
      para(`Entry ${n} of 3`, { bold: true });
      for (const [label, value] of fields) para(`${label}: ${value}`);
    };
    entry(1, [
      ["Council", "Brackwater Parish Council"],
      ["Well", "St Ebba's Well: new cover and pump"],
      ["Amount asked for", "£41,000"],
      ["Score", "74"],
      ["Recommended award", "£41,000"],
    ]);
    entry(2, [
      ["Council", "Hollowcombe Town Council"],
      ["Well", "Market Pump: repairs to the lead cistern"],
    ]);
    // (The page ends in the middle of the second entry: its other lines are on the next page.)
    doc.addPage();
    para("Amount asked for: £33,500");
    para("Score: 61");
    para("Recommended award: none (below the threshold)");
    entry(3, [
      ["Council", "Nethercombe Parish Council"],
      ["Well", "Lady Well: clearing and fencing"],
      ["Amount asked for", "£21,500"],
      ["Score", "68"],
      ["Recommended award", "£21,500"],
    ]);
    para("Total: £96,000 asked for.");
    para("Awards are paid in two parts: half when the work starts and half when it is finished.");
  });
}

/** One label: a despatch note (optional), the name, the position as keyed, the council, the address. */
export const LABELS: string[][] = [
  ["Cllr Hesketh Ambler", "Member", "Brackwater District Council", "Council House", "Mill Lane", "Brackwater BW2 4XT"],
  ["CHAIR'S COPY – BY HAND", "Cllr Isolde Carrow", `Chair, ${WELLS_BODY}`, "Nethershire County Council", "County Hall", "Nethercombe NC1 1AA"],
  ["Cllr Peregrine Dunstall", "** LEFT 31/03/95 – DO NOT SEND **", "Hollowcombe Borough Council", "Town Hall", "Hollowcombe HC4 9PL"],
  ["Cllr Marisol Fenwright", "Vice-Chair (DFWTG)", "Hollowcombe Borough Council", "Town Hall", "Hollowcombe HC4 9PL"],
  ["Cllr Tobias Grindrod", "Substitute member (Lab)", "Brackwater District Council", "Council House", "Brackwater BW2 4XT"],
  ["GUEST – ITEM 3", "Dr Winifred Oakshott", "Chair, Springs and Conduits Society", "The Pump Room", "Nethercombe NC2 7QQ"],
];

/** The labels two across, each drawn line by line in its cell, as Word prints a sheet of them. */
export function labelsPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.info.Title = "Labels1";
      LABELS.forEach((label, k) => {
        const x = 30 + (k % 2) * 290;
        const y = 40 + Math.floor(k / 2) * 130;
        label.forEach((line, i) => doc.font(i === 0 && /^[A-Z' –]+$/.test(line) ? "Helvetica-Bold" : "Helvetica").fontSize(10).text(line, x, y + i * 14, { width: 260, lineBreak: false }));
      });
    },
    { size: "A4", margin: 20 },
  );
}

/** The works report's records: council, ref, work, next action, due, cost, status, lead. */
export const WORKS = [
  ["Brackwater District Council", "DFW-104", "Jubilee drinking fountain", "Replace bubbler valve", "30/06/2195", "£1,200.00", "Open", "P. Hollinrake"],
  ["Brackwater District Council", "DFW-117", "Pinfold Well head", "Rebuild well head", "31/03/2195", "£18,400.00", "OVERDUE", "A. Threlfall"],
  ["Hollowcombe Borough Council", "DFW-132", "Market Pump", "Repair lead cistern", "31/10/2195", "£33,500.00", "On hold", "P. Hollinrake"],
  ["Nethershire County Council", "DFW-150", "Lady Well", "Clear and fence (Wells Grant round 1 bid)", "31/08/2195", "£21,500.00", "With contractor", "A. Threlfall"],
];

/** The report flattened by its CSV export: every record carries the report's text, headings and totals. */
export const worksReportCsv = (() => {
  const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
  const footers: Record<string, string[]> = {
    "Brackwater District Council": ["Works listed:", "2", "Overdue:", "1.00", "Est. cost:", "£19,600.00"],
    "Hollowcombe Borough Council": ["Works listed:", "1", "Overdue:", "0.00", "Est. cost:", "£33,500.00"],
    "Nethershire County Council": ["Works listed:", "1", "Overdue:", "0.00", "Est. cost:", "£21,500.00"],
  };
  return (
    WORKS.map(([council, ...record], k) =>
      [
        "Fountains and Wells Programme 2195–97",
        "Works with an open action",
        "Printed:",
        "02/05/2195 09:12",
        `Page ${k < 2 ? 1 : 2} of 2`,
        "Ref",
        "Work",
        "Next action",
        "Due",
        "Est. cost",
        "Status",
        "Lead",
        "Council:",
        council!,
        ...record,
        ...footers[council!]!,
        "wells_open_actions.rpt",
        "Total works listed:",
        "4",
        "Total est. cost:",
        "£74,600.00",
      ]
        .map(quote)
        .join(","),
    ).join("\r\n") + "\r\n"
  );
})();

/** The clerk's notes of 3 May 2195 as a notes app exports them: every line a div, to-dos as check boxes. */
export const notesHtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><meta name="exporter-version" content="Evernote Windows/307027 (en-GB, DDL); Windows/10.0.0 (Win64);"/><title>DFWTG 3/5 – notes for minutes (DRAFT)</title></head>
<body><h1>DFWTG 3/5 – notes for minutes (DRAFT)</h1>
<div><span style="font-weight: bold;">DFWTG – Tue 3 May 2195 – Room 2, Conduit House – 10:00</span></div>
<div><br/></div>
<div>Present:</div>
<ul><li>Cllr Isolde Carrow (Chair)</li><li>Cllr Hesketh Ambler</li><li>Cllrs Sandiford, Tolhurst and Wragge</li><li>Cllr Tobias Grindrod – sub for Cllr Fenwright</li></ul>
<div>Apologies: Cllr Fenwright (sub above)</div>
<div>Officers: Perpetua Hollinrake, Anselm Threlfall, me (notes)</div>
<div><br/></div>
<div>1. Welcome / apols / DOIs</div>
<div>DOIs:</div>
<ul><li>Cllr Ambler – trustee of the Pinfold Well Trust (Brackwater bid, item 4). Left the room for that bid.</li>
<li>Cllrs Carrow + Grindrod – Nethershire councillors, item 4 (Lady Well). Stayed, did not vote.</li></ul>
<div><br/></div>
<div>4. Village Wells Grant – round 1 awards (PH)</div>
<div>AGREED: awards to Brackwater and Nethercombe; Hollowcombe to re-bid.</div>
<div><br/></div>
<div>Round 1 – as agreed</div>
<table><colgroup><col style="width:160px"/><col style="width:200px"/><col style="width:100px"/></colgroup>
<tr><td>Council</td><td>Well</td><td>Award</td></tr>
<tr><td>Hollowcombe</td><td>Market Pump</td><td>–</td></tr>
<tr><td>Nethershire</td><td>Lady Well</td><td>£19,000</td></tr>
</table>
<div><br/></div>
<div>5. PART 2 – exempt – Conduit House lease (AT)</div>
<div><img src="data:image/png;base64,iVBORw0KGgo=" alt="Encrypted content"/></div>
<div><br/></div>
<div>7. AOB</div>
<ul><li>Next meeting: Tuesday 5 July 2195, 10:00, Conduit House.</li></ul>
<div><br/></div>
<div>Actions</div>
<div><input type="checkbox" checked="true"/>Clerk – book the room for July (done 4/5)</div>
<div><input type="checkbox"/>PH – award letters to Brackwater and Nethercombe – by 20 May</div>
<div><input type="checkbox"/>AT – site visit to the Pinfold Well – by 31 May</div>
</body></html>
`;

/** A scheduling poll's page: the grid's answers are icons whose only words are their titles. */
export const pollHtml = (() => {
  const icon = (answer: string) => `<svg width="20" height="20" viewBox="0 0 20 20" role="img"><title>${answer}</title><path d="M7 13 4 10z"/></svg>`;
  const row = (name: string, answers: string[]) =>
    `<div role="row"><div role="rowheader"><div class="Avatar-sc-1 dOa" aria-hidden="true">XX</div><span class="participantName">${name}</span></div>${answers.map((a) => `<div role="gridcell">${icon(a)}</div>`).join("")}</div>`;
  return `<!DOCTYPE html><html><head><title>DFWTG site visit | Poll</title></head><body>
<section><h1>DFWTG site visit – Pinfold Well</h1>
<div><div class="Avatar-sc-1 dOa" aria-hidden="true">AT</div><span>Anselm Threlfall</span><span class="sub">is organizing</span></div>
<p>Site visit agreed on 3 May (item 4) to see the Pinfold Well before the Brackwater award is paid. Two hours on site, boots needed. Please tick every day you can do, and use "if need be" if you would rather not. – Anselm</p>
<div><span class="visually-hidden">Location</span><span>Pinfold Well, Brackwater</span></div></section>
<div role="grid">
<div role="row"><div role="columnheader">3 participants</div><div role="columnheader">JUN 7 TUE</div><div role="columnheader">JUN 9 THU</div></div>
${row("Isolde Carrow", ["Yes", "No"])}
${row("Marisol Fenwright", ["If need be", "Yes"])}
${row("Hesketh Ambler", ["No", "Yes"])}
</div>
<section><h2>Comments (1)</h2><p>Isolde Carrow · May 6</p><p>I can only do the Tuesday morning, sorry: the county cabinet meets on the Thursday. Could we meet at the well itself rather than at Conduit House?</p></section>
</body></html>`;
})();
