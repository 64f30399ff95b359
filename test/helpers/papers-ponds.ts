/**
 * Papers of the invented Village Ponds Task Group, 2301/02, in two PDF layouts: a programme report whose
 * statuses are coloured circles over invisible alt text ("Red circle") beside a direction-of-travel symbol
 * set large, with its key on the last page under "Key to Table 1"; and minutes printed with line numbers
 * in the margin, every fifth line.
 */
import { pdfBuffer } from "./papers.js";

const COLOURS: Record<string, string> = { Green: "#2e7d32", Amber: "#f9a825", Red: "#c62828", Blue: "#1565c0", Grey: "#9e9e9e" };

/** Measures: ref, measure, position, status colour, direction of travel, lead. */
const MEASURES: [string, string, string, string, string, string][] = [
  ["VPT-01", "Ponds surveyed for great crested newts", "41 ponds (Q1: 30).", "Green", "+", "Ada Whitlock"],
  ["VPT-02", "Volunteers trained in pond dipping and water testing", "12 volunteers against a milestone of 40. A second course is planned for the spring.", "Red", "+", "Basil Ormerod"],
  ["VPT-03", "Dredging contract let", "Not let. The tender closed with no bids.", "Red", "=", "Ada Whitlock"],
  ["VPT-04", "Leaky dams built on feeder streams", "3 of 6.", "Amber", "=", "Basil Ormerod"],
  ["VPT-05", "Pond records published", "Published on 2 November 2301.", "Blue", "+", "Cora Lund"],
  ["VPT-06", "Pond health index", "First figures will be reported in Quarter 3.", "Grey", "–", "Cora Lund"],
];

export function pondsReportPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    const L = 40;
    const W = doc.page.width - 80;
    const para = (text: string, font = "Helvetica", size = 9.5, gap = 6) => {
      doc.font(font).fontSize(size).fillColor("#000").text(text, L, doc.y, { width: W });
      doc.y += gap;
    };
    const labelled = (label: string, value: string) => {
      const y = doc.y;
      doc.font("Helvetica-Bold").fontSize(9.5).text(label, L, y, { width: 114 });
      doc.font("Helvetica").text(value, L + 120, y, { width: W - 120 });
      doc.y = Math.max(doc.y, y + 12) + 5;
    };
    doc.y = 56;
    para("Village Ponds Task Group", "Helvetica-Bold", 12, 2);
    para("14 December 2301", "Helvetica", 10, 2);
    para("Item 4", "Helvetica-Bold", 10, 12);
    para("Ponds programme report: Quarter 2 2301/02", "Helvetica-Bold", 17, 12);
    labelled("Purpose of report", "For decision.");
    labelled("Recommendations", "That the Task Group: (a) notes performance at the end of Quarter 2; and (b) agrees a new date of May 2302 for letting the dredging contract (VPT-03).");
    labelled("Contact officer", "Ada Whitlock");
    labelled("Phone no", "020 7946 0881");
    doc.y += 6;
    para("Table 1: Measures, Quarter 2 2301/02", "Helvetica-Bold", 10.5, 6);
    const cols = [56, 150, 150, 56, 40, W - 452];
    const header = ["Ref", "Measure", "Position at 30 September 2301", "Status", "DoT", "Lead officer"];
    const pad = 4;
    let y = doc.y;
    doc.rect(L, y, W, 24).fill("#23395d");
    let x = L;
    header.forEach((t, i) => {
      doc.fillColor("#fff").font("Helvetica-Bold").fontSize(8).text(t, x + pad, y + pad, { width: cols[i]! - 2 * pad });
      x += cols[i]!;
    });
    y += 24;
    for (const row of MEASURES) {
      doc.font("Helvetica").fontSize(8);
      const h = Math.max(22, ...row.map((t, i) => (i === 3 || i === 4 ? 0 : doc.heightOfString(t, { width: cols[i]! - 2 * pad })))) + 2 * pad;
      x = L;
      row.forEach((t, i) => {
        if (i === 3) {
          // The status is only a circle; its words are invisible text under it (render mode 3), as alt text.
          const cx = x + cols[i]! / 2;
          const cy = y + h / 2;
          doc.save();
          doc.addContent("3 Tr");
          doc.font("Helvetica").fontSize(5).text(`${t} circle`, cx - 9, cy - 2, { lineBreak: false });
          doc.addContent("0 Tr");
          doc.restore();
          doc.circle(cx, cy, 6.5).fill(COLOURS[t]!);
        } else if (i === 4) {
          doc.fillColor("#333").font("Helvetica-Bold").fontSize(13).text(t, x, y + h / 2 - 8, { width: cols[i]!, align: "center" });
        } else {
          doc.fillColor("#000").font("Helvetica").fontSize(8).text(t, x + pad, y + pad, { width: cols[i]! - 2 * pad });
        }
        x += cols[i]!;
      });
      doc.moveTo(L, y + h).lineTo(L + W, y + h).lineWidth(0.5).strokeColor("#b0b7c3").stroke();
      y += h;
    }
    doc.y = y + 16;
    // A budget table whose headers are set right over right-set figures, one wrapping under itself.
    para("Table 2: Programme budget 2301/02 (£)", "Helvetica-Bold", 10.5, 6);
    const bcols = [180, 90, 90, 90, W - 450];
    const bhead = ["Budget line", "Budget 2301/02", "Spend to 30 September 2301", "Forecast outturn", "Variance"];
    const budget = [
      ["Newt surveys", "24,000", "11,400", "23,000", "(1,000)"],
      ["Volunteer training", "9,000", "2,150", "6,500", "(2,500)"],
      ["Dredging", "60,000", "0", "60,000", "0"],
    ];
    let by = doc.y;
    const cell = (t: string, i: number, yy: number, bold: boolean) => {
      const bx = L + bcols.slice(0, i).reduce((a, b) => a + b, 0);
      doc.fillColor("#000").font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8.5).text(t, bx + 4, yy, { width: bcols[i]! - 8, align: i === 0 ? "left" : "right" });
    };
    bhead.forEach((t, i) => cell(t, i, by, true));
    by += 26;
    for (const row of budget) {
      row.forEach((t, i) => cell(t, i, by, false));
      by += 16;
    }
    doc.y = by + 12;
    para("Next steps", "Helvetica-Bold", 11, 4);
    para("1. Officers will report Quarter 3 performance to the Task Group on 8 March 2302.");
    doc.addPage();
    doc.y = 56;
    para("Key to Table 1", "Helvetica-Bold", 12, 8);
    para("Status", "Helvetica-Bold", 10, 6);
    const key: [string, string][] = [
      ["Green", "On target: the measure is on or ahead of its profile."],
      ["Amber", "At risk: behind profile but within 10% of it."],
      ["Red", "Off target: more than 10% behind profile, or the milestone has been missed."],
      ["Blue", "Complete: the target has been met."],
      ["Grey", "Not yet due: no figures are expected this quarter."],
    ];
    for (const [colour, meaning] of key) {
      const ky = doc.y;
      doc.circle(L + 8, ky + 6, 6.5).fill(COLOURS[colour]!);
      doc.fillColor("#000").font("Helvetica-Bold").fontSize(9.5).text(colour, L + 24, ky + 1, { width: 50 });
      doc.font("Helvetica").text(meaning, L + 80, ky + 1, { width: W - 80 });
      doc.y = Math.max(doc.y, ky + 16) + 6;
    }
    doc.y += 8;
    para("Direction of travel (DoT)", "Helvetica-Bold", 10, 6);
    const arrows: [string, string][] = [
      ["+", "Improved since Quarter 1 2301/02"],
      ["=", "No change since Quarter 1 2301/02"],
      ["–", "No comparison (no figures yet)"],
    ];
    for (const [symbol, meaning] of arrows) {
      const ay = doc.y;
      doc.fillColor("#333").font("Helvetica-Bold").fontSize(13).text(symbol, L, ay - 2, { width: 18, align: "center" });
      doc.fillColor("#000").font("Helvetica").fontSize(9.5).text(meaning, L + 24, ay + 1, { width: W - 24 });
      doc.y = Math.max(doc.y, ay + 14) + 6;
    }
  }, { size: "A4", margin: 40 });
}

/** The minutes' printed lines, each one line of the page, the margin numbering every fifth. */
const MINUTE_LINES: { text: string; bold?: boolean; gapBefore?: number }[] = [
  { text: "Village Ponds Task Group", bold: true },
  { text: "Minutes of the meeting held on Wednesday 12 October 2301" },
  { text: "Present: Cllr Ada Whitlock (Chair), Cllr Basil Ormerod and Cllr Cora Lund", gapBefore: 8 },
  { text: "1 Apologies", bold: true, gapBefore: 8 },
  { text: "Apologies were received from Cllr Dorian Feltham." },
  { text: "2 Newt surveys", bold: true, gapBefore: 8 },
  { text: "Ada Whitlock introduced the report. Surveys found great crested newts in eleven of" },
  { text: "the thirty ponds visited, and members discussed the licence needed for any work." },
  { text: "Decision: The Task Group agreed that dredging should not start at any pond with newts", gapBefore: 8 },
  { text: "until a licence had been granted." },
  { text: "Action: Basil Ormerod to apply for a district licence by 30 November 2301.", gapBefore: 8 },
  { text: "Decision: The Task Group noted the surveys.", gapBefore: 8 },
  { text: "Action: Cora Lund to share a map of the ponds surveyed by 15 November 2301.", gapBefore: 8 },
  { text: "Action: Ada Whitlock to write to the landowners by 30 November 2301.", gapBefore: 8 },
  { text: "3 Volunteer training", bold: true, gapBefore: 8 },
  { text: "Basil Ormerod reported that twelve volunteers had been trained in pond dipping." },
  { text: "Decision: The Task Group noted the report and asked for a second course in the spring.", gapBefore: 8 },
  { text: "4 Access to ponds on private land (exempt)", bold: true, gapBefore: 8 },
  { text: "Officers reported that the owner of [REDACTED - para 3] had refused access for the newt survey." },
];

export function pondsMinutesPdf(): Promise<Buffer> {
  return pdfBuffer((doc) => {
    let y = 64;
    MINUTE_LINES.forEach((line, k) => {
      y += line.gapBefore ?? 0;
      const n = k + 1;
      if (n % 5 === 0) doc.font("Helvetica").fontSize(8).fillColor("#666").text(String(n), 40, y + 1.5, { width: 22, align: "right", lineBreak: false });
      doc.font(line.bold ? "Helvetica-Bold" : "Helvetica").fontSize(10).fillColor("#000").text(line.text, 80, y, { lineBreak: false });
      y += 14;
    });
  }, { size: "A4", margin: 40 });
}

/** A risk register page whose bands are named before their scores in a sentence: "Low 1 to 6, …". */
export function pondsRiskRegisterHtml(): string {
  const risks: [string, string, string, number, number, string][] = [
    ["VPR-01", "No contractor bids for the dredging works", "Ada Whitlock", 4, 4, "High"],
    ["VPR-02", "Newt licence refused or delayed", "Basil Ormerod", 3, 4, "Medium"],
    ["VPR-03", "Too few volunteers for pond dipping surveys", "Cora Lund", 2, 3, "Low"],
  ];
  const rows = risks.map(([ref, risk, owner, l, i, rating]) => `<tr><td>${ref}</td><td>${risk}</td><td>${owner}</td><td>${l}</td><td>${i}</td><td>${l * i}</td><td>${rating}</td></tr>`).join("\n");
  return `<!doctype html><html><head><title>Ponds risk register</title></head><body>
<h1>Ponds risk register</h1>
<p>Village Ponds Task Group. Last reviewed on 30 November 2301.</p>
<p>How risks are scored: likelihood (L) and impact (I) are each scored from 1 to 5, and the score is L × I. Rating bands: Low 1 to 6, Medium 8 to 12, High 15 to 25.</p>
<table><thead><tr><th>Ref</th><th>Risk</th><th>Owner</th><th>L</th><th>I</th><th>Score</th><th>Rating</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>`;
}

/** A notice of the December meeting posted to the officers' channel: its day, then "When:" and "Where:" lines. */
export function pondsMeetingNoticeText(): string {
  return [
    "Officers' channel - pinned message",
    "",
    "[01/12/2301 09:30] Cora Lund",
    "Task Group meeting - Wednesday 14 December 2301",
    "  When:   10:00 to 12:00",
    "  Where:  The Boathouse, Mere Lane, Cheadle Hulme, and online for members joining remotely",
    "  Papers published: Monday 5 December 2301",
    "",
    "[02/12/2301 11:15] Ada Whitlock",
    "Thanks Cora. I will bring the survey maps.",
    "",
    "[14/12/2301 14:05] Cora Lund",
    "Quick debrief from today's meeting (minutes to follow):",
    "  Item 4 - report noted; the dredging contract to be re-let in May 2302.",
    "Actions:",
    "  - Basil: re-advertise the dredging contract by Friday 13 January 2302",
    "  - Ada: write to the two landowners who refused access by Friday 6 January 2302",
    "",
  ].join("\n");
}

/** A business plan in markdown: commitments ticked by quarter with a delivery confidence, and notes opened by their references. */
export function pondsBusinessPlanMarkdown(): string {
  return [
    "# Village Ponds Task Group: business plan 2301/02",
    "",
    "Progress at the end of Q2 2301/02.",
    "",
    "| Ref | Commitment | Lead | Q1 | Q2 | Q3 | Q4 | Delivery confidence |",
    "|---|---|---|---|---|---|---|---|",
    "| VBP-01 | Run a pond warden scheme with 30 volunteers | CL | ✓ | ✓ | ○ | ○ | High |",
    "| VBP-02 | Map every pond on common land | AW | ✓ | ✗ | ○ | ○ | Low |",
    "",
    "- VBP-01: 22 of the 30 warden places have been filled; the next induction is on 9 January 2302 at Lindow Moss.",
    "- VBP-02: the mapping contractor withdrew in August and the work is being re-let.",
    "",
    "Key: ✓ milestone met; ✗ milestone missed; ○ not yet due.",
    "",
  ].join("\n");
}
