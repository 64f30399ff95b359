// Builds docs/bid-panel-agenda-2063-11-14.docx and text/bid-panel-agenda-2063-11-14.txt.
//
// The layout: the published PDF agenda pack opened in Word and saved as .docx (Word's PDF reflow). The
// result keeps the printed page rather than the author's structure:
//  - every printed line of running text is its own paragraph (sentences break mid-way from one paragraph to
//    the next); numbered paragraphs have the number and a tab on their first line only;
//  - the PDF's running header ("Business Improvement Districts Panel <tab> 14 November 2063") and footer
//    ("Page n of 9") are ordinary body paragraphs at each page boundary, one of them inside a numbered
//    paragraph that ran over a page;
//  - tables are rebuilt one printed line per row: a cell that wrapped in the PDF continues in the next row
//    with the other cells empty (membership, agenda, the front sheets' label/value tables, Table 1);
//  - hard page breaks where the PDF's pages ended; no Word headings, numbering or header/footer parts.
// Figures are invented; the builder checks Table 1's total and the page count.
//
//   node src/build-agenda-docx.mjs
import { requireMain, out, wrap, MEMBERS, SUBS, OFFICERS, BODY, PARENT } from "./common.mjs";

const D = requireMain("docx");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, TabStopType,
  BorderStyle, PageBreak } = D;

const BASE = "bid-panel-agenda-2063-11-14";
const DATE = "14 November 2063";
const PAGES = 9;
const { cottam, papadakis, brisco, moncrieff } = OFFICERS;

// ------------------------------------------------------------------ content, page by page
// Block types:
//  {t:"line", text, bold, size, align}             one paragraph as printed (not wrapped)
//  {t:"wrap", text, width, bold}                   a printed paragraph, each printed line its own paragraph
//  {t:"num", n, text, width, breakAfter}           numbered paragraph: "n.<tab>first line", then indented lines;
//                                                  breakAfter = page break after that many printed lines
//  {t:"table", cols:[widthsTwips], chars:[wrap widths], head:[...], rows:[[...]], plain:bool}
//  {t:"gap"}                                       empty paragraph
const pages = [];
const P = () => { const p = []; pages.push(p); return p; };

// page 1: cover
{
  const p = P();
  p.push({ t: "line", text: BODY, bold: true, size: 36 });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "Agenda", bold: true, size: 32 });
  p.push({ t: "line", text: "Wednesday 14 November 2063", size: 26 });
  p.push({ t: "line", text: "10.30 am", size: 26 });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "Room 4, 18 Smith Square, London, SW1P 3HZ, and online (Microsoft Teams)" });
  p.push({ t: "gap" });
  p.push({ t: "line", text: `To: Members of the ${BODY}` });
  p.push({ t: "line", text: `Contact: ${brisco.name}, ${brisco.post}` });
  p.push({ t: "line", text: `${brisco.phone} / ${brisco.email}` });
  p.push({ t: "gap" });
  p.push({ t: "wrap", width: 88, text: `The ${BODY} is a member panel of the LGA's ${PARENT}. It reports to the Board after each meeting.` });
  p.push({ t: "wrap", width: 88, text: "Apologies: if you cannot attend, please tell Member Services and your political group office, so that a substitute can be arranged." });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "www.local.gov.uk" });
}

// page 2: membership
{
  const p = P();
  p.push({ t: "line", text: "Membership 2063/64", bold: true, size: 26 });
  const rows = MEMBERS.map((m) => [m.name, m.council, m.group, m.role]);
  p.push({ t: "table", cols: [2900, 3000, 1900, 1500], chars: [24, 22, 16, 13], head: ["Councillor", "Council", "Political group", "Role"], rows });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "Substitutes", bold: true, size: 24 });
  p.push({ t: "table", cols: [2900, 3000, 1900], chars: [24, 22, 16], head: ["Councillor", "Council", "Political group"], rows: SUBS.map((s) => [s.name, s.council, s.group]) });
  p.push({ t: "gap" });
  p.push({ t: "wrap", width: 88, text: "Quorum: five members, from at least two political groups. A substitute counts towards the quorum when attending in place of a member." });
  p.push({ t: "wrap", width: 88, text: `Lead officer: ${moncrieff.name}, ${moncrieff.post}. Clerk: ${brisco.name}, ${brisco.post}.` });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "Dates of meetings 2063/64", bold: true });
  p.push({ t: "wrap", width: 88, text: "Wednesday 18 July 2063; Wednesday 26 September 2063; Wednesday 14 November 2063; Wednesday 6 February 2064; Wednesday 19 March 2064. All meetings start at 10.30 am." });
}

// page 3: agenda
{
  const p = P();
  p.push({ t: "line", text: "Agenda", bold: true, size: 26 });
  p.push({ t: "line", text: "Wednesday 14 November 2063, 10.30 am" });
  p.push({ t: "gap" });
  p.push({
    t: "table", cols: [900, 6900, 1500], chars: [4, 58, 12], head: ["Item", "Business", "Page"],
    rows: [
      ["1.", "Welcome, apologies and declarations of interest", ""],
      ["2.", "Minutes of the meeting held on 26 September 2063 (circulated separately)", ""],
      ["3.", "Chair's update (oral)", ""],
      ["4.", "Ballot Readiness Grant: round 2 (for decision)", "4"],
      ["5.", "Levy collection and the cost of collection charge (for discussion)", "7"],
      ["6.", "Work programme tracker and risk register: Quarter 2 2063/64 (for noting; published on the Panel's web pages on 2 November 2063)", "online"],
      ["7.", "Any other business", ""],
    ],
  });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "Date of the next meeting: Wednesday 6 February 2064, 10.30 am", bold: true });
}

function frontSheet(p, f) {
  const rows = [];
  rows.push(["Purpose of report", f.purpose]);
  rows.push(["Summary", f.summary]);
  rows.push(["Is this report confidential?", "No"]);
  rows.push(["Recommendations", ["That the Panel:", ...f.recs]]);
  rows.push(["Action", f.action]);
  rows.push(["Contact officer:", f.officer.name]);
  rows.push(["Position:", f.officer.post]);
  rows.push(["Phone no:", f.officer.phone]);
  rows.push(["Email:", f.officer.email]);
  p.push({ t: "table", cols: [2400, 6900], chars: [16, 62], rows, plain: true });
}

// pages 4-6: item 4
const T1 = [
  ["Cheltenham Borough Council", "Cheltenham Promenade BID", "Renewal, June 2064", 7500],
  ["Dorset Council", "Bridport Town BID", "Renewal, October 2064", 7500],
  ["Eastbourne Borough Council", "Eastbourne Seafront BID", "Renewal, March 2064", 6000],
  ["Broxbourne Borough Council", "Cheshunt Town BID", "Renewal, May 2064", 7500],
  ["Nottingham City Council", "Nottingham Lace Market BID", "Renewal, July 2064", 7000],
  ["Wolverhampton City Council", "Wolverhampton City Centre BID", "Renewal, November 2064", 7500],
  ["Castle Point Borough Council", "Hadleigh BID (proposed)", "New, April 2064", 6500],
  ["Herefordshire Council", "Ross-on-Wye BID (proposed)", "New, September 2064", 4500],
  ["Ashfield District Council", "Hucknall BID (proposed)", "New, June 2064", 7500],
];
const t1total = T1.reduce((s, r) => s + r[3], 0);
if (t1total !== 61500) throw new Error("Table 1 does not add up to 61,500: " + t1total);
{
  const p = P();
  p.push({ t: "line", text: "Item 4", bold: true, align: "right" });
  p.push({ t: "line", text: "Ballot Readiness Grant: round 2", bold: true, size: 30 });
  p.push({ t: "gap" });
  frontSheet(p, {
    purpose: "For decision.",
    summary: "Round 1 of the Ballot Readiness Grant awarded nine grants totalling £61,500 to councils preparing for BID ballots in 2064. This report proposes a second round from the £68,500 left in the grant budget, for councils with a new or renewal BID ballot due between 1 April and 31 December 2064.",
    recs: [
      "(a) agrees a second round of the Ballot Readiness Grant of up to 12 grants of up to £5,500 each;",
      "(b) agrees that councils are eligible if a BID ballot (new or renewal) in their area is due between 1 April and 31 December 2064, and that councils that received a round 1 grant cannot apply again;",
      "(c) agrees that applications close on Wednesday 16 January 2064 and that the Panel awards the grants at its meeting on 6 February 2064; and",
      "(d) delegates minor changes to the guidance for applicants to the Head of Place Economy, in consultation with the Chair.",
    ],
    action: "Officers to open round 2 by 28 November 2063, subject to the Panel's decision.",
    officer: cottam,
  });
}
{
  const p = P();
  p.push({ t: "line", text: "Background", bold: true });
  p.push({ t: "num", n: 1, text: "The Panel set up the Ballot Readiness Grant on 18 July 2063 to help billing authorities prepare for BID ballots: checking the BID's proposals and business plan, cleaning the rating list used for the ballot, and planning the ballot with their electoral services team. The grant budget for 2063/64 is £130,000." });
  p.push({ t: "num", n: 2, text: "Round 1 closed on 14 September 2063 with 14 applications. On 26 September 2063 the Panel awarded nine grants totalling £61,500 (Table 1). Five applications were refused, because the ballot was due after 31 March 2065 or because the council had not yet agreed to hold a ballot." });
  p.push({ t: "line", text: "Table 1: Round 1 awards", bold: true });
  p.push({
    t: "table", cols: [3000, 2900, 2200, 1200], chars: [24, 24, 18, 9], head: ["Council", "BID", "Ballot", "Grant (£)"],
    rows: [...T1.map((r) => [r[0], r[1], r[2], r[3].toLocaleString("en-GB")]), ["Total", "", "", t1total.toLocaleString("en-GB")]],
  });
  p.push({ t: "num", n: 3, text: "Six of the nine grants went to councils with renewal ballots. Renewal ballots are the Panel's main concern: one of the five renewal ballots held in 2063 failed, and the risk that renewal ballots fail in 2064 (BPR-02) is rated red in the Panel's risk register." });
}
{
  const p = P();
  p.push({ t: "line", text: "Proposal", bold: true });
  p.push({ t: "num", n: 4, text: "Officers propose a second round from the £68,500 left in the grant budget: up to 12 grants of up to £5,500 each, a total of no more than £66,000. The lower maximum (it was £7,500 in round 1) lets more councils benefit." });
  p.push({ t: "num", n: 5, text: "Councils would be eligible if a BID ballot, new or renewal, is due in their area between 1 April and 31 December 2064. Councils that received a round 1 grant could not apply again. Officers know of 15 councils with ballots due in that period, seven of them renewals." });
  p.push({ t: "num", n: 6, text: "Applications would open on 28 November 2063 and close on Wednesday 16 January 2064. An assessment group of two officers and the lead member for ballots and renewals, Cllr Ifeoma Akinwale, would score the applications against the published criteria, and the Panel would award the grants at its meeting on 6 February 2064." });
  p.push({ t: "line", text: "Financial implications", bold: true });
  p.push({ t: "num", n: 7, text: "Round 2 would cost no more than £66,000, leaving at least £2,500 of the £130,000 grant budget unspent. The cost of assessing applications is met from the assessment and due diligence budget of £6,000." });
  p.push({ t: "line", text: "Equalities implications", bold: true });
  p.push({ t: "num", n: 8, text: "Ballots are run by councils' electoral services under the BID regulations; the grant does not change who may vote. No equalities implications have been identified." });
  p.push({ t: "line", text: "Next steps", bold: true });
  p.push({ t: "num", n: 9, text: "If the Panel agrees, officers will publish the guidance and open applications by 28 November 2063, and will report the applications and proposed awards to the Panel on 6 February 2064." });
}

// pages 7-9: item 5 (its paragraph 2 runs over from page 7 to page 8)
{
  const p = P();
  p.push({ t: "line", text: "Item 5", bold: true, align: "right" });
  p.push({ t: "line", text: "Levy collection and the cost of collection charge", bold: true, size: 30 });
  p.push({ t: "gap" });
  frontSheet(p, {
    purpose: "For discussion.",
    summary: "This report gives the levy collection position at the end of Quarter 2 2063/64 from the returns of 16 of the 18 pilot councils, and the early results of the survey of councils' cost of collection charges. It asks the Panel whether the LGA should recommend a model charge.",
    recs: [
      "(a) notes the levy collection position at 30 September 2063;",
      "(b) discusses whether the LGA should recommend a model cost of collection charge in the refreshed model operating agreement; and",
      "(c) agrees that officers publish a benchmarking report of councils' charges in March 2064.",
    ],
    action: "Officers to take forward as the Panel directs.",
    officer: papadakis,
  });
  p.push({ t: "gap" });
  p.push({ t: "line", text: "Levy collection at 30 September 2063", bold: true });
  p.push({ t: "num", n: 1, text: "Billing authorities collect the BID levy with business rates and pass it to the BID. Eighteen councils with 20 BIDs agreed in 2062 to send the Panel quarterly returns. By 22 October 2063, 16 councils had sent their Quarter 2 returns, two of them late (Dorset Council and Herefordshire Council). Derby City Council and Wirral Council had not sent returns, and are not in the figures." });
  p.push({ t: "num", n: 2, text: "The 16 councils billed £3,573,900 of levy for 2063/64 and had collected £3,194,700 by 30 September 2063, a collection rate of 89.4 per cent, against 87.9 per cent at the same point of 2062/63. Rates ranged from 71.0 per cent (Bridport Town BID, Dorset) to 95.3 per cent (Marple Village BID, Stockport). The pivot tables are at Appendix A.", breakAfter: 2 });
}
{
  const p = P();
  p.continued = true;
  p.push({ t: "num", n: 3, text: "Two returns arrived without a region code (North Yorkshire Council and Norwich City Council) and appear as \"(blank)\" in the pivot tables. Herefordshire Council's return did not name its BID; it is the Hereford City Centre BID." });
  p.push({ t: "line", text: "The cost of collection charge", bold: true });
  p.push({ t: "num", n: 4, text: "Councils may charge a BID for the cost of collecting the levy, as set out in the operating agreement between them. The survey of all 190 billing authorities with a BID (action BP-A2) had 112 replies by 30 September 2063. Table 2 summarises how they charge." });
  p.push({ t: "line", text: "Table 2: How councils charge for collecting the levy (112 replies at 30 September 2063)", bold: true });
  p.push({
    t: "table", cols: [3600, 1500, 4200], chars: [28, 10, 34], head: ["Charge basis", "Councils", "Typical charge"],
    rows: [
      ["Flat fee per hereditament", "58", "£18 to £35 a hereditament"],
      ["Percentage of levy billed", "31", "1.5% to 3.0% of levy billed"],
      ["Fixed annual sum", "9", "£2,000 to £12,000 a year"],
      ["No charge", "14", "–"],
      ["Total", "112", ""],
    ],
  });
  p.push({ t: "num", n: 5, text: "BIDs have told the Panel that charges vary more than councils' costs do, and the National Association of BID Managers has asked the LGA to recommend a model charge. Councils say that their costs differ with their local systems and the level of arrears." });
}
{
  const p = P();
  p.push({ t: "num", n: 6, text: "Members are asked to discuss whether the refreshed model operating agreement (BP-A1) should recommend a charge, a method of working one out, or neither. Officers suggest waiting for the full survey results: the survey was due to close on 31 October 2063, and on 6 November the Chair extended it to 28 November 2063." });
  p.push({ t: "num", n: 7, text: "Officers propose to publish a benchmarking report of councils' charges in March 2064, without naming the councils that asked not to be named." });
  p.push({ t: "line", text: "Financial implications", bold: true });
  p.push({ t: "num", n: 8, text: "The survey costs £18,400, met from the Panel's research and data budget. There are no other costs." });
  p.push({ t: "line", text: "Appendix", bold: true });
  p.push({ t: "wrap", width: 88, text: "Appendix A: levy collection pivot tables, Quarter 2 2063/64 (circulated as a separate PDF, \"BIDP levy returns 2063-64\")." });
}
if (pages.length !== PAGES) throw new Error(`expected ${PAGES} pages, got ${pages.length}`);

// ------------------------------------------------------------------ rendering to Word paragraphs and text lines
const FONT = "Arial";
const body = [];
const text = [];
const para = (txt, o = {}) =>
  new Paragraph({
    alignment: o.align === "right" ? AlignmentType.RIGHT : o.align === "center" ? AlignmentType.CENTER : undefined,
    indent: o.indent ? { left: o.indent, hanging: o.hanging ?? 0 } : undefined,
    spacing: { after: o.after ?? 0, line: 260 },
    tabStops: o.tabs,
    children: [
      ...(o.pageBreak ? [new PageBreak()] : []),
      new TextRun({ text: txt, bold: o.bold, size: o.size ?? 21, font: FONT, color: o.color }),
    ],
  });
const headerPara = (first) => {
  const runs = [
    ...(first ? [] : [new PageBreak()]),
    new TextRun({ text: BODY, size: 17, font: FONT, color: "595959" }),
    new TextRun({ text: "\t" + DATE, size: 17, font: FONT, color: "595959" }),
  ];
  return new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9300 }], spacing: { after: 240 }, children: runs });
};
const footerPara = (n) => para(`Page ${n} of ${PAGES}`, { align: "center", size: 17, color: "595959", after: 0 });
const noBorder = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const thin = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" };

function tableBlock(b) {
  // each logical row becomes as many rows as its tallest wrapped cell has printed lines
  const wrapped = (row) => row.map((c, i) => (Array.isArray(c) ? c.flatMap((x) => wrap(x, b.chars[i])) : c === "" ? [""] : wrap(c, b.chars[i])));
  const physical = [];
  if (b.head) physical.push({ cells: b.head, head: true });
  for (const row of b.rows) {
    const w = wrapped(row);
    const n = Math.max(...w.map((x) => x.length));
    for (let k = 0; k < n; k++) physical.push({ cells: w.map((x) => x[k] ?? ""), first: k === 0 });
  }
  const rows = physical.map(
    (r) =>
      new TableRow({
        children: r.cells.map(
          (c, i) =>
            new TableCell({
              width: { size: b.cols[i], type: WidthType.DXA },
              borders: b.plain
                ? { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder }
                : { top: r.head || r.first ? thin : noBorder, bottom: noBorder, left: noBorder, right: noBorder },
              children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: c, bold: r.head || (b.plain && i === 0), size: 20, font: FONT })] })],
            }),
        ),
      }),
  );
  body.push(new Table({ columnWidths: b.cols, width: { size: b.cols.reduce((a, x) => a + x, 0), type: WidthType.DXA }, rows }));
  for (const r of physical) text.push(r.cells.join(" | "));
}

const boundary = (n) => {
  // the PDF's footer of page n and header of page n + 1, as body paragraphs
  body.push(footerPara(n));
  text.push(`Page ${n} of ${PAGES}`);
  body.push(headerPara(false));
  text.push(`${BODY} ${DATE}`);
};
pages.forEach((blocks, pi) => {
  const n = pi + 1;
  if (n > 1 && !blocks.continued) boundary(n - 1);
  for (const b of blocks) {
    if (b.t === "gap") { body.push(para("")); text.push(""); continue; }
    if (b.t === "line") {
      body.push(para(b.text, { bold: b.bold, size: b.size, align: b.align }));
      text.push(b.text);
      continue;
    }
    if (b.t === "wrap") {
      for (const l of wrap(b.text, b.width)) { body.push(para(l, { bold: b.bold })); text.push(l); }
      body.push(para("", { size: 8 }));
      continue;
    }
    if (b.t === "num") {
      const lines = wrap(b.text, 82);
      lines.forEach((l, k) => {
        if (k === 0) { body.push(para(`${b.n}.\t${l}`, { indent: 567, hanging: 567, tabs: [{ type: TabStopType.LEFT, position: 567 }] })); text.push(`${b.n}. ${l}`); }
        else { body.push(para(l, { indent: 567 })); text.push(l); }
        // the PDF page ended inside this paragraph: its footer and the next page's header come in between
        if (b.breakAfter && k + 1 === b.breakAfter) boundary(n);
      });
      body.push(para("", { size: 8 }));
      continue;
    }
    if (b.t === "table") { tableBlock(b); continue; }
    throw new Error("unknown block " + b.t);
  }
  if (n === PAGES) { body.push(footerPara(n)); text.push(`Page ${n} of ${PAGES}`); }
});

const doc = new Document({
  creator: "Microsoft Word",
  title: `${BODY} agenda 14 November 2063`,
  description: "Converted from PDF",
  styles: { default: { document: { run: { font: FONT, size: 21 } } } },
  sections: [{ properties: { page: { margin: { top: 1000, bottom: 900, left: 1134, right: 1134 } } }, children: body }],
});
out("docs", BASE + ".docx", await Packer.toBuffer(doc));
out("text", BASE + ".txt", text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${pages.length} pages)`);
