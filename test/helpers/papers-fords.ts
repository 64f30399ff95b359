/**
 * Papers of an invented body, the Fords and Stepping Stones Task Group (2447/48), in layouts other tests do not cover:
 * an agenda pack whose papers are only files attached to the PDF (a Word paper and a PDF risk register), a
 * BI tool's crosstab downloaded as UTF-16 tab-separated text with each measure as four rows, a report
 * writer's RTF whose every field is a frame at a place of its own, and a web app's minutes page whose
 * actions are only in the page's serialised data.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { pdfBuffer } from "./papers.js";

export const FORDS_BODY = "Fords and Stepping Stones Task Group";

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const row = (cells: string[], bold = false) =>
  new TableRow({ children: cells.map((c) => new TableCell({ children: [para(c, bold)], width: { size: 3000, type: WidthType.DXA } })) });

/** The item 4 paper, a Word document: a front sheet as a two-column table, then numbered paragraphs. */
async function grantsPaperDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          para(FORDS_BODY, true),
          new Table({
            rows: [
              row(["Meeting", `${FORDS_BODY}, 14 February 2448`]),
              row(["Agenda item", "4"]),
              row(["Title", "Ford Gauge Grants: round 1 awards"]),
              row(["Purpose", "For decision"]),
              row(["Key decision", "Yes: the grants total more than £50,000"]),
              row(["Confidential", "No. Appendix C (landowners' details) is exempt and is not published."]),
              row(["Recommendations", "That the Task Group award £84,000 to the three bids in table 1."]),
              row(["Contact officer", "Hester Mallory, Programme Manager, 020 7946 0912"]),
            ],
          }),
          para("1. Three parish councils bid for £96,500 from round 1 of the Ford Gauge Grants (£90,000)."),
          para("2. Under the scheme of delegation, officers may award up to £10,000 and the Chair up to £50,000."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The risk register: risk, owner (initials), likelihood, impact, score and rating, and the owners' key. */
const RISKS: [string, string, string, string, string, string, string][] = [
  ["FSR-01", "Flash floods wash out the new depth gauges before they are fixed", "JT", "4", "4", "16", "Red"],
  ["FSR-02", "Heritage consent for the stepping stones delays the works", "HM", "3", "3", "9", "Amber"],
  ["FSR-03", "Parish councils cannot find volunteers to clear debris", "HM", "2", "3", "6", "Green"],
  ["FSR-04", "Drivers ignore closure signs at flooded fords", "JT", "3", "5", "15", "Red"],
];

/** The item 5 paper, a landscape PDF of the risk register (text set at its columns, no rules). */
function riskRegisterPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica");
      const at = (text: string, x: number, y: number, size = 9) => doc.fontSize(size).text(text, x, y, { lineBreak: false });
      at("Fords Programme 2447–49: risk register", 40, 40, 14);
      at("Reviewed 2 February 2448", 40, 64, 9);
      const xs = [40, 100, 430, 490, 520, 550, 590];
      ["Ref", "Risk", "Owner", "L", "I", "Score", "Rating"].forEach((h, k) => at(h, xs[k]!, 100));
      RISKS.forEach((r, i) => r.forEach((c, k) => at(c, xs[k]!, 122 + i * 20)));
      at("Key: L likelihood and I impact, each scored 1 to 5; Score = L × I. Rating: 1–6 Green, 8–12 Amber, 15–25 Red.", 40, 220, 8);
      at("Owners: HM Hester Mallory, Programme Manager; JT Jasper Thorne, Senior Adviser.", 40, 240, 8);
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}

/** The agenda pack: one page of agenda, the two papers only as files in its Attachments panel. */
export async function fordsAgendaPackPdf(): Promise<Buffer> {
  const paper = await grantsPaperDocx();
  const register = await riskRegisterPdf();
  return pdfBuffer((doc) => {
    doc.font("Helvetica");
    const at = (text: string, x: number, y: number, size = 10) => doc.fontSize(size).text(text, x, y, { lineBreak: false });
    at(FORDS_BODY, 50, 50, 16);
    at("Agenda", 50, 80, 14);
    at("Wednesday 14 February 2448, 10.00am, Meeting Room 2, 18 Smith Square", 50, 104);
    at("The papers for items 4 and 5 are attached to this PDF as files.", 50, 124);
    const items = [
      ["1", "Welcome, apologies and substitutes"],
      ["2", "Declarations of interest"],
      ["3", "Minutes of the meeting held on 12 October 2447"],
      ["4", "Ford Gauge Grants: round 1 awards"],
      ["5", "Programme risk register"],
    ];
    at("Item", 50, 160);
    at("Business", 100, 160);
    items.forEach(([n, t], i) => {
      at(n!, 50, 180 + i * 18);
      at(t!, 100, 180 + i * 18);
    });
    doc.file(paper, { name: "FRTG 14-02-2448 Item 4 Ford Gauge Grants.docx", description: "Item 4 paper" });
    doc.file(register, { name: "FRTG 14-02-2448 Item 5 Risk register.pdf", description: "Item 5 paper" });
  });
}

/** Measures by quarter: theme, ref, measure, lead member, then Target, Actual, Status, Commentary at Q1 and Q2. */
const MEASURES: [string, string, string, string, [string, string], [string, string], [string, string], [string, string]][] = [
  ["Restoration", "FS-01", "Fords with depth gauges fitted (year to date)", "Cllr Edwina Quarrell", ["40", "40"], ["12", "29"], ["Amber", "Green"], ["Contractors booked late", "Autumn works caught up"]],
  ["Restoration", "FS-02", "Fords passable on inspection days", "Cllr Edwina Quarrell", ["90%", "90%"], ["88%", "71%"], ["Green", "Red"], ["Wet spring", "Fourteen fords closed after the July storms in Fenbridge"]],
  ["Wildlife", "FS-03", "Stepping stones surveyed", "Cllr Barnabas Lowe", ["60", "60"], ["20", "61"], ["Red", "Blue"], ["Surveyors short", "All surveys done by September"]],
  ["Wildlife", "FS-04", "Volunteer hours on ford clearance", "Cllr Barnabas Lowe", ["3,000", "3,000"], ["", "2,140"], ["", "Amber"], ["", "Parish volunteers recruited from August"]],
];

/** The crosstab as Tableau downloads it: UTF-16LE with a byte-order mark, TAB-separated, CRLF, named .csv. */
export function fordsCrosstabCsv(): Buffer {
  const lines = ["Theme\tRef\tMeasure\tLead Member\tMeasure Names\tQ1 2447/48\tQ2 2447/48"];
  for (const [theme, ref, measure, lead, target, actual, status, commentary] of MEASURES) {
    for (const [name, values] of [["Target", target], ["Actual", actual], ["Status", status], ["Commentary", commentary]] as const) lines.push([theme, ref, measure, lead, name, ...values].join("\t"));
  }
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join("\r\n") + "\r\n", "utf16le")]);
}

/** A report writer's "exact" RTF: every field a frame placed on the page, page header and footer on each page. */
export function fordsMembershipRtf(): string {
  const frame = (x: number, y: number, text: string, opts: { bold?: boolean; size?: number } = {}) =>
    `{\\pard\\plain\\pvpg\\phpg\\posx${x}\\posy${y}\\absw3000\\absh-260\\nowrap\\ql\\f0\\fs${opts.size ?? 17}${opts.bold ? "\\b" : ""} ${text}\\par}`;
  const columns = [567, 3650, 7450, 9050, 12450];
  const header = (page: number) => [
    frame(567, 450, "Local Government Association", { size: 16 }),
    frame(567, 750, "Membership report", { bold: true, size: 30 }),
    frame(567, 1230, `Body: ${FORDS_BODY}`, { size: 18 }),
    frame(12450, 1230, "Printed: 03/02/2448 08:40", { size: 18 }),
    ...(page === 1 ? [] : []),
  ];
  const footer = (page: number) => [frame(567, 11000, "CR_Membership.rpt", { size: 14 }), frame(12450, 11000, `Page ${page} of 2`, { size: 14 })];
  const headings = ["Member", "Council", "Role", "Lead member for", "Appointed"].map((h, k) => frame(columns[k]!, 1950, h, { bold: true }));
  const member = (y: number, cells: string[]) => cells.flatMap((c, k) => (c ? [frame(columns[k]!, y, c)] : []));
  const page1 = [
    ...header(1),
    ...headings,
    frame(567, 2310, "Political group: Conservative", { bold: true, size: 18 }),
    ...member(2630, ["Cllr Rowena Ashdown", "Marlow Vale District Council", "Member", "", "01/06/2447"]),
    ...member(2930, ["Cllr Edwina Quarrell", "Fenbridge District Council", "Chair", "Restoration", "01/06/2447"]),
    frame(9050, 3230, "Members in group: 2"),
    frame(567, 3650, "Political group: Labour", { bold: true, size: 18 }),
    ...member(3970, ["Cllr Barnabas Lowe", "Hatherby Borough Council", "Vice-Chair", "Wildlife", "01/06/2447"]),
    ...member(4270, ["Cllr Cressida Penhallow", "Oakmere City Council", "Member", "", "01/06/2447"]),
    frame(9050, 4570, "Members in group: 2"),
    ...footer(1),
  ];
  const page2 = [
    ...header(2),
    frame(567, 1950, "Named substitutes", { bold: true, size: 20 }),
    ...["Substitute", "Council", "Political group", "May substitute for"].map((h, k) => frame(columns[k]!, 2290, h, { bold: true })),
    ...member(2610, ["Cllr Ignatius Wode", "Hatherby Borough Council", "Labour", "Any Labour member"]),
    ...member(2910, ["Cllr Perpetua Slee", "Marlow Vale District Council", "Conservative", "Any Conservative member"]),
    frame(567, 3390, "Total members: 4", { bold: true }),
    ...footer(2),
  ];
  return [
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\info{\\title Membership report}{\\author Crystal Reports}}",
    "\\paperw16838\\paperh11906\\landscape",
    ...page1,
    "{\\pard\\plain\\page\\par}",
    ...page2,
    "}",
  ].join("\n");
}

/** The minutes page as a web app renders it: parts set apart by style, the actions only in its page data. */
export function fordsMinutesHtml(): string {
  const data = {
    props: {
      pageProps: {
        meeting: {
          id: "mtg_2447_10_12",
          items: [{ number: 3, title: "Ford surveys", bodyHtml: "<p>Surveys were presented.</p>" }],
          actions: [
            { reference: "FSA-01", minuteItem: 3, description: "Send the survey results to parish councils", assigneeId: "usr_0011", dueDate: "2447-11-01", state: "completed" },
            { reference: "FSA-02", minuteItem: 4, description: "Draft the round 1 criteria for Ford Gauge Grants", assigneeId: "usr_0012", dueDate: "2448-01-15", state: "open" },
            { reference: "FSA-03", minuteItem: 4, description: "Ask the water company about abstraction licences", assigneeId: "usr_0011", dueDate: "2448-02-14", state: "open" },
          ],
        },
        people: [
          { id: "usr_0011", displayName: "Jasper Thorne", jobTitle: "Senior Adviser" },
          { id: "usr_0012", displayName: "Hester Mallory", jobTitle: "Programme Manager" },
        ],
      },
    },
    page: "/meetings/[slug]",
  };
  return `<!DOCTYPE html><html lang="en"><head><title>${FORDS_BODY}: 12 October 2447 | Committee papers</title></head><body>
<div id="__next"><a class="SkipLink_root__a1" href="#main">Skip to content</a>
<main id="main"><h1 class="Header_title__b2">${FORDS_BODY}</h1>
<p class="Header_meta__c3"><span>Wednesday<!-- --> <!-- -->12 October 2447</span><span class="Header_dot__d4" aria-hidden="true">·</span><span>10:00</span></p>
<div class="Banner_root__e5" role="status"><strong>Draft minutes</strong><span><!-- -->Not yet approved. These minutes will be submitted for approval on 14 February 2448.</span></div>
<h2>Attendance</h2><h3>Members present</h3><ul><li>Cllr Edwina Quarrell (Chair)</li><li>Cllr Barnabas Lowe (Vice-Chair)</li><li>Cllr Rowena Ashdown</li></ul>
<article id="item-1"><h2 class="Item_heading__f6"><span class="Item_number__g7">1</span><!-- -->Welcome and apologies</h2><p>The Chair welcomed members. Apologies were received from Cllr Cressida Penhallow.</p></article>
<article id="item-2"><h2 class="Item_heading__f6"><span class="Item_number__g7">2</span><!-- -->Declarations of interest</h2><p>There were none.</p></article>
<article id="item-3"><h2 class="Item_heading__f6"><span class="Item_number__g7">3</span><!-- -->Ford surveys</h2><p>Dr Linnea Gorse and Dr Osric Pennock of the University of Fenbridge presented the results of the summer ford surveys.</p><p>Members noted that fourteen fords had been closed in July.</p></article>
<article id="item-4"><h2 class="Item_heading__f6"><span class="Item_number__g7">4</span><!-- -->Ford Gauge Grants</h2><p>Hester Mallory, Programme Manager, introduced the proposals for round 1.</p><p>Resolved: that round 1 open on 1 December 2447.</p></article>
</main><footer>© Local Government Association</footer></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>
</body></html>`;
}

/**
 * A slide deck compiled with its builds, each step a page (Beamer without "handout"): a headline of the
 * section's name at the left and the deck's short title at the right on every slide, a footline, and a
 * slide of findings shown a point at a time over three pages.
 */
export function fordsSurveySlidesPdf(): Promise<Buffer> {
  const findings = [
    "• Fourteen fords were closed for more than a week after the July storms.",
    "• Depth gauges were missing or unreadable at nine fords.",
    "• Stepping stones at Hatherby need relaying before winter.",
  ];
  const slides: { section: string; title: string; body: string[] }[] = [
    { section: "", title: "Ford surveys 2447: interim findings", body: ["Dr Linnea Gorse and Dr Osric Pennock, University of Fenbridge"] },
    { section: "Background", title: "What we surveyed", body: ["Forty-two fords and eleven sets of stepping stones in six councils."] },
    { section: "Background", title: "How we surveyed", body: ["Site visits in August and September 2447, with parish councils' logs."] },
    { section: "Findings", title: "Key findings", body: findings.slice(0, 1) },
    { section: "Findings", title: "Key findings", body: findings.slice(0, 2) },
    { section: "Findings", title: "Key findings", body: findings },
    { section: "Findings", title: "Costs", body: ["Relaying a set of stepping stones costs about £6,500."] },
    { section: "Next steps", title: "Next steps", body: ["• Final report to the Task Group in March 2448."] },
  ];
  return pdfBuffer(
    (doc) => {
      doc.font("Helvetica");
      const at = (text: string, x: number, y: number, size: number) => doc.fontSize(size).text(text, x, y, { lineBreak: false });
      slides.forEach((slide, i) => {
        if (i > 0) doc.addPage({ size: [454, 255], margin: 0 });
        if (slide.section) at(slide.section, 6, 4, 5.5);
        at("Ford surveys", 390, 4, 5.5);
        at(slide.title, 10, 20, 11);
        slide.body.forEach((line, k) => at(line, 14, 50 + k * 16, 8));
        at("Gorse & Pennock (Fenbridge)", 17, 246, 5.2);
        at(`${i < 3 ? i + 1 : i < 5 ? 4 : i - 1} / 6`, 430, 246, 5.2);
      });
    },
    { size: [454, 255], margin: 0, info: { Creator: "LaTeX with Beamer class", Producer: "pdfTeX-1.40.26" } },
  );
}

/** A covering page with a paperclip note on it (a file attachment annotation) carrying a late paper as text. */
export function fordsCoverWithPaperclipPdf(): Promise<Buffer> {
  const late = ["Late paper: Hatherby stepping stones", "", "The relaying of the Hatherby stepping stones is costed at £6,500 and would take three weeks."].join("\n");
  return pdfBuffer((doc) => {
    doc.font("Helvetica").fontSize(12).text(`${FORDS_BODY}: late paper for 14 February 2448`, 50, 50);
    doc.fontSize(10).text("The late paper is attached to this page.", 50, 80);
    // (pdfkit draws the note; its typings do not list the method.)
    const annotated = doc as unknown as { fileAnnotation(x: number, y: number, w: number, h: number, file: { src: Buffer; name: string; description: string }): void };
    annotated.fileAnnotation(50, 100, 16, 16, { src: Buffer.from(late), name: "frtg-late-paper-hatherby.txt", description: "Late paper" });
  });
}
