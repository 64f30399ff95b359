/**
 * Papers of an invented Beacon Restoration Panel, 2262, in layouts other tools export: a text paper under a
 * report template's cover sheet of YAML-like fields; a budget export as CSV with semicolons, a byte-order
 * mark, CRLF line ends and a group row of quarters over its field row; a web page whose measures table has
 * a header three rows deep, statuses as letters in <abbr> and its key in a <tfoot> placed before the body,
 * and a risk register whose factors are "L" and "I" under "Inherent risk" and "Current risk"; a web page of
 * pilots set out the other way round (a pilot a column); and a notes app's page exported to PDF, its
 * actions in a narrower box beside the meeting's details and notes.
 */
import { pdfBuffer } from "./papers.js";

/** Item 4 of 14 March 2262, under the report template's cover sheet. */
export function beaconCoverSheetPaper(): string {
  return [
    "# Report cover sheet - exported from the committee report template (v2.1)",
    "# Fields marked n/a do not apply.",
    "report_title: Beacon restoration programme 2262/63",
    "meeting: Beacon Restoration Panel",
    "meeting_date: Tuesday 14 March 2262",
    "agenda_item: 4",
    "report_status: final",
    "purpose: For decision",
    "decision_required: yes",
    "confidential: no",
    "lead_member: Cllr Hester Quennell (Chair)",
    "contact_officer: Idris Mawdsley",
    "contact_position: Programme Adviser, Heritage",
    "contact_phone: 020 7946 0512",
    "contact_email: idris.mawdsley@local.gov.uk",
    "summary: >",
    "  This report sets out the programme of beacon repairs for 2262/63, the",
    "  three councils proposed for the lantern pilots and the Panel's membership.",
    "recommendations:",
    "  - That the Panel agrees the repair programme at Annex A.",
    "  - That the Panel notes its membership for 2262/63 at Annex B.",
    "previous_papers:",
    "  - Beacon Restoration Panel, 10 January 2262, item 3 - Beacons: condition survey",
    "---",
    "",
    "Beacon Restoration Panel",
    "14 March 2262",
    "",
    "Item 4",
    "",
    "Beacon restoration programme 2262/63",
    "",
    "Background",
    "",
    "1. The Panel was set up by the Culture Board to restore the chain of hill beacons that councils own.",
    "",
    "2. The condition survey found nine beacons in poor repair, three of them unsafe to light.",
    "",
    "Annex B - Membership 2262/63",
    "",
    "Members",
    "",
    "Cllr Hester Quennell (Chair) - Ashwold District Council - Labour",
    "Cllr Bram Ottery - Fenmoor Council - Conservative",
    "Cllr Lisette Dunmore - Harrowdene Council - Liberal Democrat",
    "",
  ].join("\n");
}

/** The budget at period 6, as the finance system exports it. */
export function beaconBudgetCsv(): string {
  const lines = [
    ";;;Q1 Apr-Jun;;Q2 Jul-Sep;;Q3 Oct-Dec;;Q4 Jan-Mar;;;;",
    "Cost centre;Budget line;Budget 2262/63;Profile;Actual;Profile;Actual;Profile;Actual;Profile;Actual;Forecast outturn;Variance;Comment",
    "BR410;Beacon repairs;60,000;15,000;14,200;15,000;17,350;15,000;;15,000;;62,400;2,400;Extra scaffolding at Crookfell",
    "BR420;Lantern pilots;24,000;6,000;6,000;6,000;5,500;6,000;;6,000;;24,000;0;",
    "BR430;Condition survey;9,000;9,000;8,640;0;0;0;;0;;8,640;-360;\"Survey closed; final invoice paid\"",
    ";Total;93,000;30,000;28,840;21,000;22,850;21,000;;21,000;;95,040;2,040;",
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Item 5 of 13 June 2262: performance at quarter 2 and the risk register, as a web page. */
export function beaconPerformanceHtml(): string {
  const abbr = (letter: string, title: string) => `<abbr title="${title}">${letter}</abbr>`;
  const measure = (ref: string, name: string, lead: string, cells: string[]) => `<tr><th scope="row">${ref}</th><td>${name}</td><td>${lead}</td>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  return `<!DOCTYPE html>
<html lang="en"><head><title>Beacon Restoration Panel: performance and risk, quarter 2 2262/63</title></head>
<body><main>
<h1>Beacon Restoration Panel: performance and risk, quarter 2 2262/63</h1>
<p>Meeting: Tuesday 13 June 2262 · Agenda item 5 · For noting</p>
<h2>Performance</h2>
<table>
<caption>Table 1: Measures, quarters 1 and 2 2262/63</caption>
<thead>
<tr><th rowspan="3">Ref</th><th rowspan="3">Measure</th><th rowspan="3">Lead officer</th><th colspan="6">2262/63</th><th rowspan="3">Year-end target</th></tr>
<tr><th colspan="3">Q1 (April to June)</th><th colspan="3">Q2 (July to September)</th></tr>
<tr><th>Target</th><th>Actual</th><th>Status</th><th>Target</th><th>Actual</th><th>Status</th></tr>
</thead>
<tfoot><tr><td colspan="10">Status key: ${abbr("G", "Green")} Green: on target. ${abbr("A", "Amber")} Amber: behind but expected to recover. ${abbr("R", "Red")} Red: behind and not expected to recover.</td></tr></tfoot>
<tbody>
<tr><th scope="rowgroup" colspan="10">Theme 1: Repairs</th></tr>
${measure("BRP-M1", "Beacons repaired (cumulative)", "Idris Mawdsley", ["2", "2", abbr("G", "Green"), "5", "3", abbr("R", "Red"), "9"])}
${measure("BRP-M2", "Days to make an unsafe beacon safe", "Wenna Trago", ["30", "34", abbr("A", "Amber"), "28", "27", abbr("G", "Green"), "21"])}
</tbody>
</table>
<h2>Risk register</h2>
<table>
<caption>Table 2: Risks at 1 June 2262</caption>
<thead>
<tr><th rowspan="2">Ref</th><th rowspan="2">Risk</th><th rowspan="2">Owner</th><th colspan="3">Inherent risk</th><th colspan="4">Current risk</th><th rowspan="2">Controls</th></tr>
<tr><th>${abbr("L", "Likelihood")}</th><th>${abbr("I", "Impact")}</th><th>Score</th><th>${abbr("L", "Likelihood")}</th><th>${abbr("I", "Impact")}</th><th>Score</th><th>Rating</th></tr>
</thead>
<tbody>
<tr><th scope="row">BRP-R1</th><td>Scaffolding costs rise beyond the repair budget.</td><td>Wenna Trago</td><td>3</td><td>4</td><td>12</td><td>4</td><td>4</td><td>16</td><td>${abbr("R", "Red")}</td><td>Re-tender the scaffolding contract in July.</td></tr>
<tr><th scope="row">BRP-R2</th><td>Volunteers for the lighting nights fall away.</td><td>Idris Mawdsley</td><td>3</td><td>3</td><td>9</td><td>2</td><td>2</td><td>4</td><td>${abbr("G", "Green")}</td><td>Volunteer rota agreed with the parishes.</td></tr>
</tbody>
</table>
<p>Key: L = likelihood and I = impact, each scored 1 to 5. Rating: G = Green (1 to 5), A = Amber (6 to 12), R = Red (15 to 25).</p>
</main></body></html>`;
}

/** Item 6 of 13 June 2262: the lantern pilots, a pilot a column, and measures set out the same way. */
export function beaconPilotsHtml(): string {
  const row = (cells: string[]) => `<tr>${cells.map((c, k) => (k === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("")}</tr>`;
  return `<!DOCTYPE html>
<html lang="en"><head><title>Lantern pilots: progress at June 2262</title></head>
<body><main>
<h1>Lantern pilots: progress at June 2262</h1>
<p>Beacon Restoration Panel, 13 June 2262, item 6. Contact officer: Wenna Trago.</p>
<p>1. Three councils are piloting solar lanterns on their beacons. Harrowdene's supplier has not delivered its lanterns.</p>
<table>
<caption>Table 1: Lantern pilots at 1 June 2262</caption>
${row(["Pilot", "A", "B", "C"])}
${row(["Council", "Ashwold District Council", "Fenmoor Council", "Harrowdene Council"])}
${row(["Council lead", "Talfryn Boase, Estates Manager", "Ottilie Crane, Heritage Officer", "Perran Vosper, Parks Manager"])}
${row(["Lanterns fitted", "14", "9", "0"])}
${row(["Status", "Progressing", "Slipping", "Stalled"])}
${row(["Comment", "All fourteen lit on the spring equinox.", "Five lanterns wait for a crane.", "The supplier has not delivered."])}
</table>
<table>
<caption>Table 2: Pilot measures</caption>
${row(["Ref", "LP-01", "LP-02"])}
${row(["Measure", "Lanterns lit on a test night", "Complaints about glare"])}
${row(["Status", "Met", "Not met"])}
${row(["Lead officer", "Wenna Trago", "Idris Mawdsley"])}
${row(["Ref", "LP-03", "LP-04"])}
${row(["Measure", "Parishes signed up to the rota", "Lanterns insured"])}
${row(["Status", "Met", "Met"])}
${row(["Lead officer", "Idris Mawdsley", "Wenna Trago"])}
</table>
</main></body></html>`;
}

/** Lines of the notes' "Actions" box, wrapped as the box wraps them. */
export const BEACON_ACTIONS = [
  ["@Idris Mawdsley write to the three pilot", "councils about the lantern glass - by 2 Jul"],
  ["@Wenna Trago re-tender the scaffolding", "contract and report the prices to the", "September meeting - by 30 Jul"],
  ["@Idris Mawdsley agree the volunteer rota", "with the parishes - by 16 Jul"],
  ["@Wenna Trago ask Harrowdene's supplier", "for a firm delivery date - by 20 Jun"],
];

/**
 * The clerk's notes of 13 June 2262, a notes app's page exported to PDF: the meeting's details and the
 * notes in a wide box on the left, the actions in a narrower box beside them, top right.
 */
export function beaconNotesPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font("Helvetica-Bold").fontSize(16).text("Beacon Restoration Panel - 13 June 2262", 50, 50);
    doc.font("Helvetica").fontSize(8).fillColor("#777777").text("Tuesday, 13 June 2262 09:12", 50, 72).fillColor("black");
    const left = (text: string, y: number, bold = false) => doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9).text(text, 50, y, { width: 290 }).y;
    let y = 100;
    y = left("Meeting Date: 13/06/2262 10:00", y) + 2;
    y = left("Location: Committee Room 2, Ashwold Town Hall", y) + 8;
    y = left("Present", y, true) + 2;
    y = left("Cllr Hester Quennell (Chair), Cllr Bram Ottery, Cllr Lisette Dunmore, Cllr Caspian Threlfall", y) + 2;
    y = left("Subs: Cllr Morwen Pascoe (for Cllr Jory Penhallow)", y) + 2;
    y = left("Apologies: Cllr Jory Penhallow", y) + 2;
    y = left("Officers: Idris Mawdsley, Wenna Trago (notes)", y) + 8;
    y = left("1. Welcome and apologies", y, true) + 2;
    y = left("• Apologies from Cllr Jory Penhallow - Cllr Morwen Pascoe subbing.", y) + 2;
    y = left("• DOIs: Cllr Dunmore - trustee of the Crookfell Beacon Trust (item 2), non-pecuniary. Cllr Ottery - his brother hires out scaffolding (item 3). Both stayed.", y) + 2;
    y = left("2. Lantern pilots", y, true) + 2;
    y = left("• Wenna introduced the pilots: Ashwold progressing, Fenmoor slipping, Harrowdene stalled because its supplier has not delivered the lanterns it promised in March.", y) + 2;
    y = left("• Cllr Ottery asked whether the glass could be tinted to cut the glare reported by residents near Fenmoor.", y) + 2;
    y = left("• AGREED: officers to write to the pilot councils about the glass; Harrowdene to report back in September.", y) + 2;
    y = left("3. Risk register", y, true) + 2;
    y = left("• Scaffolding risk now Red; the contract is to be re-tendered in July and the prices reported in September.", y) + 2;
    left("• AGREED: the register as reviewed, with the volunteer risk lowered to Green.", y);
    let right = 100;
    right = doc.font("Helvetica-Bold").fontSize(10).text("Actions", 385, right, { width: 160 }).y + 4;
    for (const lines of BEACON_ACTIONS) {
      for (const line of lines) {
        doc.font("Helvetica").fontSize(9).text(line, 385, right, { lineBreak: false });
        right += 11;
      }
      right += 6;
    }
  });
}
