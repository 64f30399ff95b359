/**
 * Papers of the invented Towpath Wardens Working Group, 2311/12: a programme tracker saved as Excel's
 * "Formatted Text (Space delimited)" (figures set right, ratings centred, cells cut or touching where the
 * next is filled, a figure too wide shown as hashes, and the columns past 240 characters written as a
 * second block after the first, in Windows-1252 with CRLF line ends); a folded leaflet exported
 * print-ready, three panels to a landscape sheet with crop and fold marks and the layout program's page
 * line in the slug; and a note of a meeting that gives the figure the tracker hides.
 */
import { pdfBuffer } from "./papers.js";

/** A cell set in a width: left, right or centred (as Excel prints it), cut at the width. */
function cell(text: string, width: number, align: "left" | "right" | "centre" = "left"): string {
  const cut = text.slice(0, width);
  if (align === "left") return cut.padEnd(width);
  if (align === "right") return cut.padStart(width);
  const left = Math.floor((width - cut.length) / 2);
  return `${" ".repeat(left)}${cut}`.padEnd(width);
}

/** Measures: ref, measure, target, Q1, Q1 RAG, Q2, Q2 RAG, lead, commentary. */
const MEASURES: [string, string, string, string, string, string, string, string, string][] = [
  ["TWW-01", "Towpath miles inspected by wardens each month", "120", "84", "Amber", "121", "Green", "Cllr Ashworth", "Inspection rota filled in August"],
  ["TWW-02", "Lock-side lifebuoys checked and in place", "18 of 18", "16 of 18", "Amber", "14 of 18", "Red", "Cllr Pellow", "Four buoys stolen at Hatherop and Wendle locks in July"],
  ["TWW-03", "Volunteer wardens trained in first aid", "60", "52", "Green", "41", "Amber", "Cllr Pellow", "Two courses cancelled by the trainer"],
  ["TWW-04", "Bridges with a current safety inspection", "9 of 9", "7 of 9", "Amber", "9 of 9", "Complete", "Cllr Ashworth", "All 9 signed off by 31 August 2311"],
  ["TWW-05", "Reports of anti-social behaviour answered within 48 hours", "95%", "78%", "Red", "88%", "Amber", "Cllr Danvers", "New reporting line from 1 September"],
  ["TWW-06", "Towpath users surveyed about safety", "2,000", "640", "Amber", "2,310", "Green", "Cllr Danvers", "Survey closed early on target"],
];

/** Risks: ref, risk, likelihood, impact, score, rating, owner, mitigation. */
const RISKS: [string, string, string, string, string, string, string, string][] = [
  ["TWR-01", "Volunteer numbers fall over the winter", "4", "4", "16", "High", "Gwendoline Farquharson", "Winter social programme; buddy scheme"],
  ["TWR-02", "Lifebuoys stolen faster than replaced", "4", "3", "12", "High", "Gwendoline Farquharson", "Tamper-proof housings at six locks"],
  ["TWR-03", "Survey response too low to use", "2", "3", "6", "Medium", "Ptolemy Warburton", "Reminders through the canal trust"],
  ["TWR-04", "Bridge repairs delayed by the canal trust", "2", "2", "4", "Low", "Ptolemy Warburton", "Quarterly liaison meeting"],
];

/** The tracker's lines as Excel writes them, then the second block, as one CRLF text in Windows-1252. */
export function towpathTrackerPrn(): Buffer {
  const widths = { ref: 8, name: 62, target: 10, q: 10, rag: 10, lead: 16 };
  const first: string[] = [
    "Towpath Wardens Working Group: programme tracker",
    "Quarter 2 2311/12 (1 July to 30 September 2311). Updated 20/11/2311.",
    "Status: Green = on track; Amber = some risk; Red = off track; Complete = achieved",
    "",
    "PERFORMANCE MEASURES",
    `${cell("Ref", widths.ref)}${cell("Measure", widths.name)}${cell("Target", widths.target, "right")}${cell("Q1", widths.q, "right")} ${cell("Q1 RAG", widths.rag - 1, "centre")}${cell("Q2", widths.q, "right")} ${cell("Q2 RAG", widths.rag - 1, "centre")}${cell("Lead member", widths.lead)}`,
  ];
  for (const [ref, name, target, q1, rag1, q2, rag2, lead] of MEASURES) {
    // (A rating wider than its column touches the figure before it, as Excel prints "9 of 9Complete".)
    const rag2Cell = rag2.length >= widths.rag - 2 ? rag2.padEnd(widths.rag) : ` ${cell(rag2, widths.rag - 1, "centre")}`;
    first.push(`${cell(ref, widths.ref)}${cell(name, widths.name - 2)}  ${cell(target, widths.target, "right")}${cell(q1, widths.q, "right")} ${cell(rag1, widths.rag - 1, "centre")}${cell(q2, widths.q, "right")}${rag2Cell}${cell(lead, widths.lead)}`.trimEnd());
  }
  first.push("", "RISK REGISTER (score = likelihood x impact; 1-5 Low, 6-10 Medium, 12-25 High)");
  first.push(`${cell("Ref", widths.ref)}${cell("Risk", widths.name)}${cell("Likelihood", 12, "right")}${cell("Impact", 10, "right")}${cell("Score", 9, "right")}  ${cell("Rating", 10)}${cell("Owner", 18)}`.trimEnd());
  for (const [ref, risk, l, i, score, rating, owner] of RISKS) {
    first.push(`${cell(ref, widths.ref)}${cell(risk, widths.name - 2)}  ${cell(l, 12, "right")}${cell(i, 10, "right")}${cell(score, 9, "right")}  ${cell(rating, 10, "centre")}${cell(owner, 18)}`.trimEnd());
  }
  first.push("", "BUDGET 2311/12");
  const money = (label: string, budget: string, spent: string, forecast: string) =>
    `${" ".repeat(8)}${cell(label, 44)}${cell(budget, 10, "right")}${spent.length > 10 ? "#".repeat(10) : cell(spent, 10, "right")}${cell(forecast, 10, "right")}`.trimEnd();
  first.push(`${" ".repeat(8)}${cell("Budget line", 44)}${cell("Budget", 10, "right")}${cell("Spent", 10, "right")}${cell("Forecast", 10, "right")}`);
  first.push(money("Lifebuoy replacement", "£24,000", "£9,100", "£24,000"));
  first.push(money("Warden training and kit", "£31,000", "£12,486.75 (ledger)", "£31,000"));
  first.push(money("Towpath survey", "£8,000", "£6,950", "£8,000"));
  first.push(money("Total", "£63,000", "£28,536.75 (ledger)", "£63,000"));
  // The second block: the columns past the 240th character, a line per sheet row in the same order.
  const second = first.map(() => "");
  second[5] = `${cell("Commentary", 104)}Updated`;
  MEASURES.forEach((m, k) => (second[6 + k] = `${cell(m[8], 104)}20/11/2311`));
  const riskHeader = 6 + MEASURES.length + 2;
  second[riskHeader] = `${cell("Mitigation", 104)}Updated`;
  RISKS.forEach((r, k) => (second[riskHeader + 1 + k] = `${cell(r[7], 104)}13/11/2311`));
  // (The first block's widest line and the second's are wider together than Excel writes a line.)
  const lines = [...first.map((l) => l.trimEnd()), ...second.map((l) => l.trimEnd())];
  const text = `${lines.join("\r\n")}\r\n`;
  return Buffer.from(text, "latin1");
}

/** A note of the meeting of 3 December 2311 that gives the spend the tracker shows as hashes. */
export function towpathMeetingNoteText(): string {
  return [
    "Towpath Wardens Working Group",
    "Note of the meeting of 3 December 2311",
    "",
    "1. Programme tracker",
    "",
    "1.1 In answer to a question, Ptolemy Warburton said that £12,486.75 of the £31,000 budget for warden training and kit had been spent by 30 September 2311.",
    "",
    "2. Action log",
    "",
    "2.1 Of the six actions from 9 July 2311 (TWA-11 to TWA-16), four are complete. Two remain open: TWA-12, the Chair's letter to the canal trust about the lighting at Wendle lock, which was held back until the lighting survey had been checked and will now be sent by 19 December 2311; and TWA-15, the guidance for volunteer wardens on patrolling after dark, delayed to February 2312 while the police review the draft.",
    "",
  ].join("\n");
}

/** Panels of the leaflet, each a title and its lines ("*" opens a label, "^" a name); the outside sheet is [flap][back][cover], as folded. */
const OUTSIDE: [string, string[]][] = [
  ["How we work", ["Quorum: three members, one of whom must be the Chair.", "Members who join online may speak but cannot vote.", "A named substitute may attend in a member's place."]],
  ["Contact us", ["*Programme Manager, Towpaths", "Gwendoline Farquharson", "020 7946 0611", "gwendoline.farquharson@local.gov.uk", "*Democratic Services Officer", "Ptolemy Warburton", "020 7946 0622", "ptolemy.warburton@local.gov.uk", "Published July 2311."]],
  ["Towpath Wardens Working Group", ["Members' guide 2311/12", "A member working group of the Canals and Waterways Board", "Safe towpaths for everyone by 2315."]],
];
const INSIDE: [string, string[]][] = [
  ["Who's who", ["*Chair", "^Cllr Rosamund Ashworth", "Independent, Hatherop District Council", "*Vice-Chair", "^Cllr Idris Pellow", "Labour, Wendle Borough Council", "*Members", "Cllr Barnaby Quist (Liberal Democrat, Hatherop District Council)", "Cllr Sunniva Oakes (Conservative, Wendle Borough Council)", "*Named substitutes", "Cllr Ottilie Danvers (Labour, Wendle Borough Council)"]],
  ["What we want to achieve", ["TWW-01 120 towpath miles inspected each month", "TWW-02 Lifebuoys in place at all 18 locks", "TWW-03 60 volunteer wardens trained in first aid"]],
  ["Meetings 2311/12", ["Wednesday 9 July 2311", "Wednesday 3 December 2311", "Wednesday 18 March 2312", "All meetings start at 10:00 at the Wharf House, Wendle."]],
];

/** The leaflet: two landscape sheets, three panels each, with crop and fold marks and a page line in the slug. */
export function towpathLeafletPdf(): Promise<Buffer> {
  const sheet = { width: 926.9, height: 680.3 };
  const trim = { left: 42.5, right: 884.4, top: 42.5, bottom: 637.8 };
  const folds = [326, 609.4];
  return pdfBuffer(
    (doc) => {
      const marks = () => {
        doc.lineWidth(0.25).strokeColor("#000");
        // Crop marks at the trim's edges and fold marks at the folds, above and below the page.
        for (const x of [trim.left, ...folds, trim.right]) {
          doc.moveTo(x, 5.7).lineTo(x, 28.3).stroke();
          doc.moveTo(x, 652).lineTo(x, 674.6).stroke();
        }
      };
      const panels = (content: [string, string[]][], sheetNumber: number) => {
        const edges = [trim.left, ...folds, trim.right];
        content.forEach(([title, lines], k) => {
          const x = edges[k]! + 22;
          const width = edges[k + 1]! - edges[k]! - 44;
          doc.font("Helvetica-Bold").fontSize(13).fillColor("#000").text(title, x, 80, { width });
          let y = 104;
          // (A label, "*Chair", is set in small bold type over its value; a name, "^Cllr …", in bold.)
          for (const line of lines) {
            const label = line.startsWith("*");
            const name = line.startsWith("^");
            doc.font(label || name ? "Helvetica-Bold" : "Helvetica").fontSize(label ? 7.4 : name ? 8.6 : 7.8).text(label || name ? line.slice(1) : line, x, y, { width, lineBreak: false });
            y += label ? 10.2 : name ? 9.8 : 12.2;
          }
        });
        marks();
        // The layout program's page line, in the slug under the page.
        doc.font("Helvetica").fontSize(6).text(`TWWG_members_guide_DL_2311-12_v3.indd ${sheetNumber} 14/07/2311 09:12:40`, trim.left, 656, { lineBreak: false });
      };
      panels(OUTSIDE, 1);
      doc.addPage({ size: [sheet.width, sheet.height], margin: 0 });
      panels(INSIDE, 2);
    },
    { size: [sheet.width, sheet.height], margin: 0 },
  );
}

/** A motion block as a meeting portal publishes it: its number, mover and seconder, its text, its result. */
function motionHtml(number: string | undefined, mover: string, seconder: string, lines: string[], result: string): string {
  return [
    `<div class="MotionContainer">`,
    number ? `<div class="MotionResolutionNumber">Resolution: ${number}</div>` : `<div class="MotionType">Amendment:</div>`,
    `<table class="MotionMoverSeconder" role="presentation"><tr><td class="Label">Moved By:</td><td>${mover}</td></tr><tr><td class="Label">Seconded By:</td><td>${seconder}</td></tr></table>`,
    `<div class="MotionText RichText">${lines.map((l) => `<p>${l}</p>`).join("")}</div>`,
    `<div class="MotionResult">${result}</div>`,
    `</div>`,
  ].join("\n");
}

/** An item as a meeting portal publishes it: its number and title set by class, its text, attachments and motions. */
function itemHtml(n: number, title: string, paragraphs: string[], attachments: string[], motions: string[]): string {
  return [
    `<div class="AgendaItemContainer" id="Item${n}">`,
    `<div class="AgendaItem"><span class="AgendaItemCounter">${n}.</span> <span class="AgendaItemTitle">${title}</span></div>`,
    paragraphs.length ? `<div class="AgendaItemDescription RichText">${paragraphs.map((p) => `<p>${p}</p>`).join("")}</div>` : "",
    ...attachments.map((a) => `<div class="AgendaItemAttachment"><img src="pdf-icon.png" alt=""><a href="FileStream.ashx?DocumentId=1">${a}</a></div>`),
    motions.length ? `<div class="AgendaItemMotions">${motions.join("\n")}</div>` : "",
    `</div>`,
  ].join("\n");
}

/** Minutes of 3 December 2311 published by a meeting portal: items titled by class, decisions as motion blocks. */
export function towpathPortalMinutesHtml(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Minutes - Towpath Wardens Working Group - December 3, 2311</title></head><body>
<header class="PortalHeader"><nav aria-label="Portal"><ul><li><a href="/">Meetings</a></li><li><a href="/calendar">Calendar</a></li></ul></nav></header>
<main id="main"><div class="DocumentContent">
<h1 class="MeetingTitle">Towpath Wardens Working Group</h1>
<h2 class="DocumentTitle">Draft Minutes</h2>
<div class="MeetingDetail"><span class="Label">Date:</span> <span class="Value">Wednesday, December 3, 2311</span></div>
<div class="MeetingDetail"><span class="Label">Time:</span> <span class="Value">10:00 a.m.</span></div>
<div class="MeetingDetail"><span class="Label">Location:</span> <span class="Value">The Wharf House, Wendle</span></div>
${itemHtml(1, "Apologies", ["Apologies were received from Councillor Ottilie Danvers."], [], [])}
${itemHtml(2, "Towpath Safety Plan: Performance at Quarter 2 2311/12 (Report TWWG-2311-07)", ["2.1 Gwendoline Farquharson introduced the report on quarter 2 (1 July to 30 September 2311)."], ["TWWG-2311-07 Q2 performance.pdf"], [
    motionHtml("TWWG-2311-21", "Councillor Idris Pellow", "Councillor Rosamund Ashworth", ["That the Working Group:", "(a) note performance at quarter 2 2311/12, with TWW-02 off track (Red); and", "(b) ask the Programme Manager for a lifebuoy replacement plan by 16 January 2312."], "Carried Unanimously"),
  ])}
${itemHtml(3, "Lock-side Safety Grants: Round 1 (Report TWWG-2311-08)", ["3.1 Councillor Danvers moved an amendment to fund Hatherop's bid in full."], ["TWWG-2311-08 Round 1 grants.pdf"], [
    motionHtml(undefined, "Councillor Barnaby Quist", "Councillor Sunniva Oakes", ["That Hatherop District Council be awarded £12,000 in full."], "Defeated (2 to 5)"),
    motionHtml("TWWG-2311-22", "Councillor Rosamund Ashworth", "Councillor Idris Pellow", ["That grants of £9,000 to Hatherop District Council and £7,500 to Wendle Borough Council be awarded."], "Carried (5 to 2)"),
  ])}
${itemHtml(4, "Exclusion of the Press and Public", [], [], [
    motionHtml("TWWG-2311-23", "Councillor Rosamund Ashworth", "Councillor Idris Pellow", ["That the press and public be excluded from the meeting for item 5 as it is likely to involve the disclosure of exempt information."], "Carried"),
  ])}
${itemHtml(5, "Warden Patrol Contract: Extension (Report TWWG-2311-09) - Confidential", ["The Working Group considered an exempt report."], [], [])}
</div></main>
<footer class="PortalFooter">Meeting management by a portal</footer>
</body></html>`;
}

/** A meeting tool's poll report as CSV: stacked sections, each a title line over its own header and rows. */
export function towpathPollReportCsv(): string {
  const q = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const line = (...fields: string[]) => fields.map(q).join(",");
  const people = ["Rosamund Ashworth (Chair)", "Idris P", "Sunniva Oakes", "iPad", "Barnaby Quist"];
  const answers = ["Lifebuoys", "Lighting", "Lifebuoys", "Signage", "Lifebuoys"];
  return [
    "\ufeffPoll Report",
    line("Report Generated:", "Dec 9, 2311 12:21 PM"),
    line("Topic", "ID", "Actual Start Time", "Actual Duration (minutes)", "# Participants"),
    line("Towpath wardens workshop", "812 4410 0076", "Dec 9, 2311 09:58 AM", "95", "11"),
    "",
    "Launched Polls",
    line("#", "Poll Name", "Launched Time", "# Participants Answered"),
    line("1", "Poll 1: Priorities", "Dec 9, 2311 10:20 AM", "5"),
    line("2", "Poll 2: Winter hours", "Dec 9, 2311 10:50 AM", "5"),
    "",
    "Poll Details",
    line("#", "User Name", "Email Address", "Submitted Date and Time", "Poll Name", "Question Details"),
    ...people.map((p, k) => line(String(k + 1), p, "", `Dec 9, 2311 10:2${k}:15 AM`, "Poll 1: Priorities", "What should round 2 fund first?", answers[k]!)),
    ...people.map((p, k) => line(String(k + 6), p, "", `Dec 9, 2311 10:5${k}:15 AM`, "Poll 2: Winter hours", "Should wardens patrol after dark in winter?", k < 3 ? "Yes" : "No", "Which towpath needs it most?", k % 2 ? "Wendle" : "Hatherop")),
    "",
  ].join("\r\n");
}
