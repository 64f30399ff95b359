/**
 * Papers of an invented Community Chargepoints Task Group (2171/72) in the layouts of other tools: a board
 * paper saved from a report-management web form (its front sheet inputs, a drop-down, a radio pair and
 * text areas, grouped in fieldsets); an Excel tracker printed to PDF with its row and column headings and
 * its cell comments printed at the end of the sheet; a Microsoft Teams transcript downloaded as Word; a
 * Microsoft Project plan exported as CSV; and a Google Calendar invitation whose time and room were
 * changed, the old ones struck through. Every body, council, person and figure is made up.
 */
import { Document, Packer, Paragraph, TextRun } from "docx";
import { pdfBuffer } from "./papers.js";

export const CHARGEPOINTS_BODY = "Community Chargepoints Task Group";

// ------------------------------------------------------------------ 1. the report form saved as HTML

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const FORM_REPORT = {
  ref: "RPT-2171-0007",
  title: "Hamlet Chargepoint Fund: round 2 allocations",
  item: "5",
  meeting: `${CHARGEPOINTS_BODY} – 12/10/2171`,
  purposes: ["For decision", "For discussion", "For information", "For noting"],
  purpose: "For decision",
  keyDecision: true,
  recommendations: [
    "(a) agrees round 2 allocations of £412,000 across eleven hamlets;",
    "(b) notes that HCF-04 at Stannerby is delayed until the spring;",
    "(c) asks officers to report on socket use at the meeting in January 2172.",
  ],
  contact: { name: "Ifeoma Trelawney-Stokes", post: "Programme Officer, Rural Transport", phone: "020 7946 0588", email: "ifeoma.trelawney-stokes@local.gov.uk" },
};

/** Item 5 as it stands in the invented "ReportDesk" system, saved from the browser. */
export function chargepointsReportFormHtml(): string {
  const r = FORM_REPORT;
  const row = (id: string, label: string, control: string) =>
    `<div class="row mb-2"><label class="col-sm-3 col-form-label" for="${id}">${label}</label><div class="col-sm-9">${control}</div></div>`;
  const input = (id: string, label: string, value: string, type = "text") => row(id, label, `<input type="${type}" class="form-control" id="${id}" name="${id}" value="${esc(value)}">`);
  const select = (id: string, label: string, options: string[], chosen: string) =>
    row(id, label, `<select class="form-select" id="${id}" name="${id}">${options.map((o, i) => `<option value="${i}"${o === chosen ? " selected" : ""}>${esc(o)}</option>`).join("")}</select>`);
  const radios = (id: string, label: string, yes: boolean) =>
    `<div class="row mb-2"><label class="col-sm-3 col-form-label">${label}</label><div class="col-sm-9">${["Yes", "No"]
      .map((v) => `<div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="${id}" id="${id}${v}" value="${v}"${(v === "Yes") === yes ? " checked" : ""}><label class="form-check-label" for="${id}${v}">${v}</label></div>`)
      .join("")}</div></div>`;
  const textarea = (id: string, label: string, lines: string[]) => row(id, label, `<textarea class="form-control" id="${id}" name="${id}" rows="5">${esc(lines.join("\n"))}</textarea>`);
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${r.ref} – Edit report – ReportDesk</title>
<script src="./ReportDesk_files/app.js"></script></head>
<body>
<header class="navbar"><a class="navbar-brand" href="https://reportdesk.local.gov.uk/">ReportDesk</a> <a href="https://reportdesk.local.gov.uk/mine">My reports</a></header>
<main id="main" class="container">
<h1 class="h3">Edit report</h1>
<form method="post" action="https://reportdesk.local.gov.uk/save/${r.ref}">
<input type="hidden" name="Token" value="a81f0c2e9d">
<fieldset><legend>Report details</legend>
${input("Ref", "Reference", r.ref)}
${input("Meeting", "Meeting", r.meeting)}
${input("Item", "Agenda item", r.item, "number")}
${input("Title", "Report title", r.title)}
${select("Purpose", "Purpose of report", r.purposes, r.purpose)}
${radios("Key", "Is this a key decision?", r.keyDecision)}
</fieldset>
<fieldset><legend>Contact officer</legend>
${input("ContactName", "Name", r.contact.name)}
${input("ContactPost", "Job title", r.contact.post)}
${input("ContactPhone", "Phone", r.contact.phone, "tel")}
${input("ContactEmail", "Email", r.contact.email, "email")}
</fieldset>
<fieldset><legend>Front sheet</legend>
${textarea("Recs", "Recommendations", ["That the Task Group:", ...r.recommendations])}
</fieldset>
<fieldset><legend>Report</legend>
<p>1. Round 2 of the Hamlet Chargepoint Fund closed to bids on 2 September 2171. Eleven hamlets bid for £468,000 in total.</p>
<p>2. Bids are now due by <span style="text-decoration:line-through">30 September 2171</span> 14 November 2171 for round 3.</p>
</fieldset>
<button type="submit" class="btn btn-primary">Save</button>
</form>
</main>
<footer>© ReportDesk 2171</footer>
</body></html>
`;
}

// ------------------------------------------------------------------ 2. the tracker printed to PDF

/** Rows of the sheet by their number; a row not listed is empty. Columns A–E. */
export const TRACKER_ROWS: Record<number, string[]> = {
  1: ["Community Chargepoints Task Group – Hamlet Chargepoint Fund tracker"],
  2: ["Position at 30 September 2171"],
  4: ["Ref", "Council", "Scheme", "Status Q2", "Sockets"],
  5: ["HCF-01", "Brindlecombe District Council", "Village hall car park", "At risk", "6"],
  6: ["HCF-02", "Oxhollow Borough Council", "Chapel green lay-by", "On track", "4"],
  7: ["HCF-03", "Wickmere City Council", "Allotment lane hub", "Complete", "8"],
  8: ["HCF-04", "Stannerby County Council", "Primary school drop-off", "Delayed", "4"],
  9: ["HCF-05", "Tallowford District Council", "Post office forecourt", "On track", "2"],
  10: ["", "Total", "", "", "24"],
  12: ["Status key"],
  13: ["On track", "Delivering to the agreed plan"],
  14: ["Delayed", "Behind plan, with a recovery plan agreed"],
  15: ["At risk", "Behind plan, with no recovery plan"],
  16: ["Complete", "All sockets live"],
};
export const TRACKER_LAST_ROW = 16;
export const TRACKER_COMMENT = "The landowner has withdrawn consent for the village hall site; the parish council is offering the playing field car park instead.";

/** The tracker sheet printed with "Row and column headings" ticked, its comments "At end of sheet". */
export function chargepointsTrackerPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      const letters = ["A", "B", "C", "D", "E"];
      const widths = [70, 190, 170, 80, 60];
      const left = 40;
      const rowNumberWidth = 24;
      const xs = [left + rowNumberWidth];
      for (const w of widths) xs.push(xs[xs.length - 1]! + w);
      const right = xs[xs.length - 1]!;
      const h = 16;
      const size = 8.5;
      let y = 50;
      const rule = (yy: number, skip: Set<number> = new Set()) => {
        doc.lineWidth(0.4).strokeColor("#BFBFBF");
        doc.moveTo(left, yy).lineTo(right, yy).stroke();
        [left, ...xs].forEach((x, j) => {
          if (!skip.has(j - 1)) doc.moveTo(x, yy).lineTo(x, yy + h).stroke();
        });
        doc.moveTo(left, yy + h).lineTo(right, yy + h).stroke();
      };
      // The column letters over an empty corner cell.
      doc.rect(left, y, right - left, h).fillColor("#E7E6E6").fill();
      letters.forEach((l, i) => doc.font("Helvetica").fontSize(size).fillColor("#000000").text(l, xs[i]!, y + 4, { width: widths[i]!, align: "center", lineBreak: false }));
      rule(y);
      y += h;
      for (let r = 1; r <= TRACKER_LAST_ROW; r++) {
        const cells = TRACKER_ROWS[r] ?? [];
        const bold = r === 4 || r === 10 || r === 12;
        doc.rect(left, y, rowNumberWidth, h).fillColor("#E7E6E6").fill();
        doc.font("Helvetica").fontSize(size).fillColor("#000000").text(String(r), left, y + 4, { width: rowNumberWidth, align: "center", lineBreak: false });
        // (The title lines overflow into the empty cells to their right, no gridlines through them.)
        const overflow = r <= 2 || r === 12;
        const skip = new Set<number>();
        cells.forEach((c, i) => {
          if (!c) return;
          doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size).fillColor("#000000");
          if (overflow) {
            doc.text(c, xs[i]! + 3, y + 4, { lineBreak: false });
            const end = xs[i]! + 3 + doc.widthOfString(c);
            for (let j = i + 1; j < widths.length && xs[j]! < end; j++) skip.add(j);
          } else doc.text(c, xs[i]! + 3, y + 4, { width: widths[i]! - 6, lineBreak: false });
        });
        rule(y, skip);
        y += h;
      }
      // The comments, on a page of their own after the sheet.
      doc.addPage();
      let cy = 60;
      const line = (text: string) => {
        doc.font("Helvetica").fontSize(10).fillColor("#000000").text(text, 40, cy, { width: 500 });
        cy = doc.y + 2;
      };
      const comments: [string, string, string][] = [
        ["D5", "Pemberton-Aske, Lucinda", TRACKER_COMMENT],
        ["D8", "Pemberton-Aske, Lucinda", "The installer cannot get a network connection before March 2172; the school has agreed to wait."],
        ["E10", "Okafor-Brandt, Silas", "Total includes the two sockets at HCF-05 still to be commissioned."],
      ];
      for (const [cell, who, text] of comments) {
        line(`Cell: ${cell}`);
        line(`Comment: ${who}:`);
        line(text);
        cy += 12;
      }
    },
    { size: "A4", layout: "landscape", margin: 40 },
  );
}

// ------------------------------------------------------------------ 3. the Teams transcript as Word

export const TRANSCRIPT_TURNS: [string, string, string][] = [
  ["Hollingsworth-Adeyemi, Perpetua", "0:04", "Good morning everyone, the recording has started. This is the Community Chargepoints Task Group meeting."],
  ["Kettleworth-Njoku, Ambrose", "0:42", "Thank you, Perpetua. Welcome all. We've had apologies from Councillor Barnaby Fenchurch-Oduya, and Councillor Rosalind Quennell-Marsh is substituting for him."],
  ["Quennell-Marsh, Rosalind", "1:15", "Thank you, Chair. Glad to be here for the morning."],
  ["Kettleworth-Njoku, Ambrose", "1:31", "Are there any declarations of interest? No. Then item 5, the round 2 allocations. Ifeoma, would you introduce it?"],
  ["Trelawney-Stokes, Ifeoma", "1:58", "Thank you. Eleven hamlets bid for four hundred and sixty-eight thousand pounds, and we recommend allocations of four hundred and twelve thousand."],
  ["Quennell-Marsh, Rosalind", "4:20", "Can I ask why Stannerby's school scheme has slipped to the spring?"],
  ["Trelawney-Stokes, Ifeoma", "4:47", "The installer cannot get a network connection before March. The school is content to wait."],
  ["Kettleworth-Njoku, Ambrose", "6:05", "Thank you. Are we agreed on the recommendations? Agreed. Thank you all."],
];

/** The meeting's transcript as Teams downloads it (.docx): title, day, who started it, then turns. */
export async function chargepointsTranscriptDocx(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun({ text })] });
  const children = [
    p("Community Chargepoints Task Group-21711012_100000-Meeting Recording"),
    p("12 October 2171, 10:00am"),
    p("8m 12s"),
    p("Hollingsworth-Adeyemi, Perpetua started transcription"),
  ];
  for (const [who, at, said] of TRANSCRIPT_TURNS) {
    children.push(p(`${who}   ${at}`));
    children.push(p(said));
  }
  children.push(p("Hollingsworth-Adeyemi, Perpetua stopped transcription"));
  const doc = new Document({ sections: [{ children }] });
  return Buffer.from(await Packer.toBuffer(doc));
}

// ------------------------------------------------------------------ 4. the Project plan as CSV

export const PLAN_HEADER = ["ID", "Outline Level", "WBS", "Name", "Duration", "Start", "Finish", "Baseline Finish", "% Complete", "Status", "Predecessors", "Resource Names", "Milestone", "Notes"];

/** Tasks of the programme plan: [name, status, resource]. */
export const PLAN_TASKS: [string, string, string][] = [
  ["Publish the round 2 prospectus", "Complete", "Ifeoma Trelawney-Stokes"],
  ["Assess round 2 bids", "Complete", "Silas Okafor-Brandt"],
  ["Sign grant agreements with the parish councils", "Late", "Lucinda Pemberton-Aske"],
  ["Commission the Stannerby school sockets", "Late", "Jago Featherstonhaugh"],
  ["Survey socket use in the hamlets", "On Schedule", "Silas Okafor-Brandt"],
  ["Report socket use to the Task Group", "Future Task", "Ifeoma Trelawney-Stokes"],
  ["Open round 3 to bids", "Future Task", "Lucinda Pemberton-Aske"],
];

/** The Task Group's programme plan exported from Microsoft Project as CSV. */
export function chargepointsPlanCsv(): string {
  const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const dates: [string, string, string, string][] = [
    ["10 days", "01/07/2171", "12/07/2171", "12/07/2171"],
    ["15 days", "05/09/2171", "23/09/2171", "23/09/2171"],
    ["20 days", "26/09/2171", "21/10/2171", "14/10/2171"],
    ["30 days", "01/09/2171", "12/10/2171", "30/09/2171"],
    ["40 days", "01/10/2171", "25/11/2171", "25/11/2171"],
    ["1 day", "20/01/2172", "20/01/2172", "20/01/2172"],
    ["5 days", "14/11/2171", "18/11/2171", "18/11/2171"],
  ];
  const complete: Record<string, string> = { Complete: "100%", Late: "40%", "On Schedule": "25%", "Future Task": "0%" };
  const rows = PLAN_TASKS.map(([name, status, who], i) => {
    const [duration, start, finish, baseline] = dates[i]!;
    return [String(i + 1), "1", String(i + 1), name, duration, start, finish, baseline, complete[status]!, status, i ? String(i) : "", who, "No", i === 3 ? "Waiting for the network operator to connect the supply" : ""];
  });
  return `${[PLAN_HEADER, ...rows].map((r) => r.map(q).join(",")).join("\r\n")}\r\n`;
}

// ------------------------------------------------------------------ 5. the Google Calendar invitation

export const INVITE_AGENDA = ["Welcome, apologies and substitutes", "Hamlet Chargepoint Fund: round 2 allocations", "Chargepoint tracker, quarter 2", "Date of next meeting"];

/** Google Calendar's "Updated invitation" for the October meeting, saved as .eml. */
export function chargepointsInviteEml(): string {
  const title = "CCTG meeting – Wickmere";
  const ics = [
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    "DTSTART;TZID=Europe/London:21711012T094500",
    "DTEND;TZID=Europe/London:21711012T123000",
    "DTSTAMP:21711001T081500Z",
    "ORGANIZER;CN=Perpetua Hollingsworth-Adeyemi:mailto:perpetua.hollingsworth-adeyemi@wickmere.gov.uk",
    "UID:7h2kq9c3v1m5x8d0t4r6@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Ambrose Kettleworth-Njoku:mailto:cllr.kettleworth-njoku@example.gov.uk",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Silas Okafor-Brandt:mailto:silas.okafor-brandt@local.gov.uk",
    "DESCRIPTION:Agenda\\n1. Welcome\\, apologies and substitutes\\n2. Hamlet Chargepoint Fund: round 2 allocations",
    "LOCATION:Committee Room 3\\, Civic Centre\\, Market Street\\, Wickmere WK1 2AB",
    "SEQUENCE:1",
    "STATUS:CONFIRMED",
    `SUMMARY:${title}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
  const plain = [
    "This event has been changed.",
    "",
    title,
    "When: Saturday 12 Oct 2171 09:45 – 12:30 (BST)",
    "Location: Committee Room 3, Civic Centre, Market Street, Wickmere WK1 2AB",
    "",
    "Agenda",
    ...INVITE_AGENDA.map((a, i) => `${i + 1}. ${a}`),
  ].join("\r\n");
  const label = (name: string, value: string) =>
    `<tr><td style="width:120px;vertical-align:top"><h3 style="font-size:14px;margin:0">${name}</h3></td><td>${value}</td></tr>`;
  const guests = [
    "Perpetua Hollingsworth-Adeyemi - organiser",
    "Cllr Ambrose Kettleworth-Njoku",
    "Cllr Barnaby Fenchurch-Oduya",
    "Cllr Tamsin Verrall-Obi",
    "Ifeoma Trelawney-Stokes",
    "Silas Okafor-Brandt - optional",
  ];
  const html = `<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>
<table width="100%" role="presentation"><tr><td>
<div style="background:#fce8b2;padding:8px">This event has been changed.</div>
<h2>${title}</h2>
<table role="presentation">
${label("When", `<span style="text-decoration:line-through">Saturday 12 Oct 2171 ⋅ 10:30 – 13:00 (British Summer Time)</span><br>Saturday 12 Oct 2171 ⋅ 09:45 – 12:30 (British Summer Time) <span style="color:#d50000">CHANGED</span>`)}
${label("Location", `<span style="text-decoration:line-through">Council Chamber, Civic Centre, Market Street, Wickmere WK1 2AB</span><br>Committee Room 3, Civic Centre, Market Street, Wickmere WK1 2AB <span style="color:#d50000">CHANGED</span>`)}
${label("Guests", guests.map((g) => `<div>${g}</div>`).join(""))}
</table>
<div style="margin-top:16px">${[
    "Updated 1 October: the Council Chamber is being rewired, so we are in Committee Room 3 and starting earlier.",
    "",
    `${CHARGEPOINTS_BODY} – 12 October 2171, hosted by Wickmere City Council`,
    "",
    "Agenda",
    ...INVITE_AGENDA.map((a, i) => `${i + 1}. ${a}`),
    "",
    "Papers will be sent to members a week before the meeting. Parking is free in the Civic Centre car park on Saturdays.",
  ]
    .map(esc)
    .join("<br>")}</div>
<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a></p>
<p style="color:#777">Invitation from Google Calendar. You are receiving this email because you are a guest on the event.</p>
</td></tr></table>
</body></html>`;
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    "From: Perpetua Hollingsworth-Adeyemi <perpetua.hollingsworth-adeyemi@wickmere.gov.uk>",
    "To: cllr.kettleworth-njoku@example.gov.uk",
    `Subject: Updated invitation: ${title} @ Sat 12 Oct 2171 09:45 - 12:30 (BST)`.replace("–", "-"),
    "Date: Tue, 1 Oct 2171 09:15:00 +0100",
    "Sender: Google Calendar <calendar-notification@google.com>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="mixed01"',
    "",
    "--mixed01",
    'Content-Type: multipart/alternative; boundary="alt01"',
    "",
    "--alt01",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    b64(plain),
    "--alt01",
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    b64(html),
    "--alt01",
    'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
    "Content-Transfer-Encoding: 7bit",
    "",
    ics,
    "",
    "--alt01--",
    "",
    "--mixed01",
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    "Content-Transfer-Encoding: base64",
    "",
    b64(ics),
    "--mixed01--",
    "",
  ].join("\r\n");
}
