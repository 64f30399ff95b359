/**
 * Papers of an invented Lifeboat Stations Liaison Panel, 2271/72, in layouts other tools make: draft
 * minutes sent round by e-mail and corrected by notes typed into them under what they correct ("[RT: …]"),
 * the body named only by its initials in the subject; an R Markdown report as knitr leaves it, a data frame
 * printed in console output; a finance system's transaction listing printed to PDF, rows double spaced
 * under a block of "LABEL : value" fields; a grants system's record saved from the browser, header values
 * over their labels, lookups as lists of one item and a process's stages done only by their aria labels;
 * and the Chair's script for the next meeting.
 */
import { pdfBuffer } from "./papers.js";

/** The clerk's e-mail with the draft minutes of 5 October 2271 pasted in, as the Chair's reply quotes it. */
export function lifeboatDraftMinutesText(): string {
  return [
    "Subject: RE: Draft minutes LSLP 5 October",
    "",
    "Morwenna – my corrections are in the text below, marked RT.",
    "",
    "Rosenwyn",
    "",
    "LIFEBOAT STATIONS LIAISON PANEL",
    "",
    "Minutes of the meeting held on Thursday 5 October 2271, 10.30am, Room 4, Penlowen Guildhall",
    "",
    "Attendance\tName\tCouncil or post",
    "Present\tCllr Rosenwyn Tregarthen (Chair)\tPenlowen Borough Council",
    "Present\tCllr Jago Polglase (Vice-Chair)\tTrevone District Council",
    "Present\tCllr Demelza Hocking\tPolkerris Town Council",
    "Present\tCllr Kitto Bosanko\tPenlowen Borough Council",
    "Apologies\tCllr Lowenna Carveth\tTrevone District Council",
    "Officer\tMorwenna Spargo\tPanel Officer",
    "",
    "1. Declarations of interest",
    "",
    "1.1 Cllr Demelza Hocking declared an interest in item 4 as a trustee of the Penlowen Lifeboat Fund.",
    "",
    "[RT: This was Cllr Bosanko, not Cllr Hocking – Cllr Bosanko is the Fund's trustee. Please correct.]",
    "",
    "4. Harbour Safety Fund: round 2 awards",
    "",
    "4.1 Five councils had bid for £140,000 against the round 2 allocation of £80,000.",
    "",
    "4.2 The Chair left the room for Penlowen's bid, and the Vice-Chair, Cllr Jago Polglase, chaired that part of the item.",
    "",
    "RESOLVED that the Panel:",
    "",
    "(a) awards £41,000 to Polkerris Town Council and £23,500 to Trevone District Council;",
    "",
    "(b) carries any of the £80,000 not awarded to round 3.",
    "",
    "Actions",
    "",
    "Ref\tMinute\tAction\tOwner\tDue",
    "LSA-11\t4\tSend grant offer letters to Polkerris and Trevone\tMorwenna Spargo\t20/10/2271",
    "LSA-12\t4\tCirculate the briefing on the coastguard consultation\tMorwenna Spargo\t09/01/2272",
    "",
    "[RT: Morwenna – could Tamsin Keast take LSA-12? You are away in January.]",
    "",
    "The meeting closed at 12.15pm.",
    "",
  ].join("\n");
}

/** The quarter 2 report as knitr leaves it with keep_md: YAML header, prose, a printed data frame. */
export function lifeboatKnitrReport(): string {
  return [
    "---",
    'title: "Lifeboat station liaison: performance at quarter 2 2271/72"',
    'author: "Tamsin Keast, Research Officer"',
    'date: "24 October 2271"',
    "output:",
    "  html_document:",
    "    keep_md: true",
    "---",
    "",
    "## 1. Purpose",
    "",
    "This report sets out the Panel's programme at the end of quarter 2 2271/72 and its budget.",
    "",
    "**Lead members:** Cllr Kitto Bosanko (harbour safety), Cllr Demelza Hocking (volunteer recruitment), Cllr Jago Polglase (the beach patrols)",
    "",
    "## 2. Budget 2271/72",
    "",
    "Budget, spending to 30 September 2271 and forecast outturn, in pounds:",
    "",
    "```",
    ...printedFrame(["line", "budget", "spent", "forecast"], [
      ["Harbour Safety Fund", "80000", "41000", "80000"],
      ["Volunteer recruitment", "18000", "6200", "17500"],
      ["Beach patrols", "26000", "11900", "26000"],
      ["Total", "124000", "59100", "123500"],
    ]),
    "```",
    "",
    "The fund's round 3 opens in April 2272.",
    "",
  ].join("\n");
}

/**
 * A data frame as R's print() writes it, after knitr's "## ": row numbers left-justified, then each column
 * set right to the wider of its name and its values, one space apart.
 */
function printedFrame(names: string[], rows: string[][]): string[] {
  const numbers = rows.map((_, k) => String(k + 1));
  const numberWidth = Math.max(...numbers.map((n) => n.length));
  const widths = names.map((n, k) => Math.max(n.length, ...rows.map((r) => r[k]!.length)));
  const line = (first: string, cells: string[]) => `## ${first.padEnd(numberWidth)} ${cells.map((c, k) => c.padStart(widths[k]!)).join(" ")}`;
  return [line("", names), ...rows.map((r, k) => line(numbers[k]!, r))];
}

/** Postings of cost centre 5180 as the listing prints them: date, period, type, doc, supplier, description, debit, credit, balance. */
export const LIFEBOAT_POSTINGS: [string, string, string, string, string, string, string, string, string][] = [
  ["03/04/2271", "01", "RCT", "RC20411", "DEPT FOR MARITIME SAFET", "Grant 2271/72 - instalment 1 of 2", "", "60,000.00", "72,000.00 CR"],
  ["19/05/2271", "02", "GRT", "GP30112", "POLKERRIS TOWN COUNCIL", "R1-02 Slipway lighting 2nd inst", "8,000.00", "", "64,000.00 CR"],
  ["02/06/2271", "03", "GRT", "GP30118", "TREVONE DISTRICT COUNC", "R1-04 Beach signage 2nd inst", "5,500.00", "", "58,500.00 CR"],
  ["09/06/2271", "03", "GRT", "GP30121", "TREVONE DISTRICT COUNC", "R1-04 Beach signage 2nd inst", "5,500.00", "", "53,000.00 CR"],
  ["16/06/2271", "03", "REV", "JN08120", "TREVONE DISTRICT COUNC", "Reversal of GP30121 duplicate payment", "", "5,500.00", "58,500.00 CR"],
  ["14/07/2271", "04", "INV", "PI66102", "KERNOW ASSESSORS LTD", "Assessment of round 2 bids", "2,400.00", "", "56,100.00 CR"],
];

/** The listing of cost centre 5180 printed to PDF: landscape, monospaced, a field block atop each of two pages. */
export function lifeboatLedgerPdf(): Promise<Buffer> {
  const width = 841.89;
  const height = 595.28;
  return pdfBuffer(
    (doc) => {
      const columns = [30, 90, 114, 150, 210, 345, 570, 640, 712];
      const right = new Set([6, 7, 8]);
      const widths = [58, 22, 34, 58, 130, 220, 66, 66, 100];
      let y = 0;
      const cell = (text: string, k: number, bold = false) => {
        if (!text) return;
        doc.font(bold ? "Courier-Bold" : "Courier").fontSize(7.4);
        const x = right.has(k) ? columns[k]! + widths[k]! - doc.widthOfString(text) : columns[k]!;
        doc.text(text, x, y, { lineBreak: false });
      };
      const page = () => {
        y = 26;
        doc.font("Courier-Bold").fontSize(9).text("HARBOURS AUTHORITY OF PENLOWEN", 30, y, { lineBreak: false });
        y += 13;
        doc.text("GL0307 COST CENTRE TRANSACTION LISTING", 30, y, { lineBreak: false });
        y += 18;
        for (const line of ["COST CENTRE   : 5180 HARBOUR SAFETY FUND", "BUDGET HOLDER : SPARGO, MORWENNA", "PERIOD        : 01/04/2271 TO 31/07/2271 (PERIODS 01-04)", "RUN BY        : TKEAST   RUN DATE 02/08/2271 09:14"]) {
          doc.font("Courier").fontSize(8).text(line, 30, y, { lineBreak: false });
          y += 11;
        }
        y += 8;
        doc.moveTo(30, y - 3).lineTo(width - 30, y - 3).lineWidth(0.8).stroke();
        ["Date", "Per", "Type", "Doc no.", "Supplier / customer", "Description", "Debit", "Credit", "Balance"].forEach((t, k) => cell(t, k, true));
        doc.moveTo(30, y + 12).lineTo(width - 30, y + 12).lineWidth(0.3).stroke();
        y += 16;
      };
      page();
      cell("OPENING BALANCE 01/04/2271", 5);
      cell("12,000.00 CR", 8);
      y += 16;
      for (const posting of LIFEBOAT_POSTINGS.slice(0, 4)) {
        posting.forEach((t, k) => cell(t, k));
        y += 16;
      }
      cell("PAGE TOTALS", 5);
      cell("19,000.00", 6);
      cell("60,000.00", 7);
      y += 16;
      cell("BALANCE CARRIED FORWARD", 5);
      cell("53,000.00 CR", 8);
      doc.addPage({ size: [width, height], margin: 0 });
      page();
      cell("BALANCE BROUGHT FORWARD", 5);
      cell("53,000.00 CR", 8);
      y += 16;
      for (const posting of LIFEBOAT_POSTINGS.slice(4)) {
        posting.forEach((t, k) => cell(t, k));
        y += 16;
      }
      cell("CLOSING BALANCE 31/07/2271", 5);
      cell("56,100.00 CR", 8);
    },
    { size: [width, height], margin: 0 },
  );
}

/** Polkerris's round 2 application as the grants system's record form shows it, saved from the browser. */
export function lifeboatGrantRecordHtml(): string {
  const stage = (name: string, state: string, extra = "") =>
    `<div role="listitem" class="stage" aria-label="${name}, ${state}"><div class="stage-circle"><span class="symbolFont" aria-hidden="true"></span></div><div class="stage-name">${name}</div>${extra}</div>`;
  const lookup = (id: string, label: string, value: string) =>
    `<div class="field"><div class="field-label"><label id="${id}">${label}</label></div><div class="field-control"><ul class="lookup" aria-labelledby="${id}"><li><div class="lookup-item"><a href="#" title="${value}">${value}</a></div></li></ul></div></div>`;
  const input = (id: string, label: string, value: string) =>
    `<div class="field"><div class="field-label"><label for="${id}">${label}</label></div><div class="field-control"><input id="${id}" type="text" value="${value}"></div></div>`;
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>HSF-R2-01 Polkerris TC – Slipway rescue store - Grants</title></head>
<body><main>
<h1>HSF-R2-01 Polkerris TC – Slipway rescue store</h1>
<div class="header-fields">
<div class="header-field"><input id="h1" type="text" value="£41,000.00" readonly><label class="header-label" for="h1">Awarded amount</label></div>
<div class="header-field"><select id="h2" aria-label="Status Reason" disabled><option>Received</option><option selected>Offer pending</option><option>Not funded</option></select><label class="header-label" for="h2">Status Reason</label></div>
</div>
<div role="list" class="stages" aria-label="Grant application process">
${stage("Received", "Completed")}
${stage("Assessment", "Completed")}
${stage("Offer", "Active", '<div class="stage-duration">Active for 2 days</div>')}
${stage("Monitoring", "Inactive")}
</div>
<section><h2>Application</h2>
${input("f1", "Application number", "HSF-R2-01")}
${lookup("l1", "Lead contact", "Ysella Pengelly")}
${lookup("l2", "Fund", "Harbour Safety Fund")}
</section>
</main></body></html>`;
}

/** The Chair's script for 18 January 2272, as a text file. */
export function lifeboatChairsScript(): string {
  return [
    "LSLP 18 January 2272 – Chair's script",
    "",
    "Lifeboat Stations Liaison Panel",
    "",
    "# Item 3 Beach patrols (10.45 – 11.00)",
    "",
    "Presenting: Cllr Demelza Hocking, in place of Cllr Jago Polglase, with Tamsin Keast",
    "",
    "CHAIR: Cllr Jago Polglase, our lead member for the beach patrols, has sent his apologies, so I will ask Cllr Demelza Hocking to introduce this item.",
    "",
    "[Clerk: the quorum is three members.]",
    "",
    "NOTE FOR CHAIR LSA-11 is complete: Morwenna Spargo sent the offer letters on 12 October 2271. LSA-12 is still open.",
    "",
  ].join("\n");
}
