/**
 * Papers of an invented Village Commons Task Group (2163/64) in the layouts of other tools: an Outlook
 * calendar printed in "Monthly Style" to PDF (a day's items dated only by their cell); a committee
 * system's Word export whose minutes are HTML parts pulled in by altChunk; the markdown source of a
 * GitLab wiki page whose milestones and budget are Mermaid diagrams and whose ratings are emoji
 * shortcodes; a Loomio discussion thread saved from the browser; an Outlook contacts export whose
 * Task Group roles are only in its Categories. Every body, council, person and figure is made up.
 */
import JSZip from "jszip";
import { pdfBuffer } from "./papers.js";

export const GREENS_BODY = "Village Commons Task Group";

// ------------------------------------------------------------------ 1. the calendar printed as a month grid

/** November 2163 (the 1st a Tuesday): each day's items as Outlook prints them in its cell. */
export const CALENDAR_ITEMS: Record<number, string[]> = {
  3: ["10:00 Commons officers' catch-up; Teams Meeting"],
  7: ["Due: mowing contract review (VGA-12)"],
  18: ["12:00 Papers deadline: VCTG 24 November"],
  21: ["09:30 Programme team meeting; Teams Meeting", "14:00 Chair's briefing: VCTG 24 November; Teams Meeting"],
  24: ["10:30 VCTG meeting; Committee Room 2, Town Hall"],
  28: ["Consultation closes: village green registration guidance"],
};

export function greensCalendarPdf(): Promise<Buffer> {
  return pdfBuffer(
    (doc) => {
      const left = 30;
      const width = 782;
      const col = width / 7;
      doc.font("Helvetica-Bold").fontSize(20).text("November 2163", left, 30);
      // (Outlook's two mini-calendars at the top right: bare day numbers.)
      doc.font("Helvetica").fontSize(6);
      for (let w = 0; w < 5; w++) doc.text([1, 2, 3, 4, 5, 6, 7].map((d) => String(w * 7 + d)).join(" "), 640, 28 + w * 7, { lineBreak: false });
      const top = 80;
      doc.font("Helvetica-Bold").fontSize(9);
      ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].forEach((d, k) => doc.text(d, left + k * col + 4, top + 4, { width: col - 8, lineBreak: false }));
      const rowHeight = 88;
      // Monday 31 October 2163 opens the grid; five weeks to Sunday 4 December.
      for (let w = 0; w < 5; w++) {
        for (let k = 0; k < 7; k++) {
          const x = left + k * col;
          const y = top + 18 + w * rowHeight;
          doc.rect(x, y, col, rowHeight).lineWidth(0.5).stroke();
          const serial = w * 7 + k - 1; // 0 is 1 November
          const date = new Date(Date.UTC(2163, 10, 1 + serial));
          const day = date.getUTCDate();
          const first = serial === -1 || day === 1;
          const label = first ? `${day} ${date.toLocaleString("en-GB", { month: "long", timeZone: "UTC" })}` : String(day);
          doc.font("Helvetica-Bold").fontSize(8).text(label, x + 4, y + 4, { width: col - 8, lineBreak: false });
          const items = date.getUTCMonth() === 10 ? (CALENDAR_ITEMS[day] ?? []) : [];
          let at = y + 16;
          doc.font("Helvetica").fontSize(7);
          for (const item of items) {
            doc.text(item, x + 4, at, { width: col - 8 });
            at = doc.y + 2;
          }
        }
      }
      doc.font("Helvetica").fontSize(7).text("Halima Ostrowski-Bell    1    01/11/2163 09:12", left, 560, { lineBreak: false });
    },
    { size: "A4", layout: "landscape", margin: 30 },
  );
}

// ------------------------------------------------------------------ 2. minutes as altChunk HTML parts

export const ALTCHUNK_MINUTE = "3.2 The Task Group agreed to fund the pond restoration at Ashcombe Green from the contingency, up to £18,400.";
/** A count of the last meeting's actions done, then of those still open, in two sentences. */
export const ALTCHUNK_ACTIONS_OPEN =
  "4.1 Of the actions from 13 July (VGA-08 to VGA-12), three are complete. Two remain open: VGA-09, the letter to the commons registration authority, and VGA-11, the bench survey.";
export const ALTCHUNK_ACTION = ["VGA-14", "3", "Commission the pond survey at Ashcombe Green", "Halima Ostrowski-Bell", "09/01/2164"];

/**
 * A committee system's Word export: the frame (title, meeting details) in document.xml, the minutes and
 * the actions as HTML documents inside the package, each pulled in by `<w:altChunk r:id="…"/>`.
 */
export async function greensAltChunkMinutesDocx(): Promise<Buffer> {
  const zip = new JSZip();
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk1.htm"/><Relationship Id="rIdChunk2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk2.htm"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${p(`${GREENS_BODY} – minutes of the meeting held on Wednesday 12 October 2163`)}${p("Venue: Committee Room 2, Town Hall")}<w:altChunk r:id="rIdChunk1"/><w:altChunk r:id="rIdChunk2"/></w:body></w:document>`,
  );
  const html = (body: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p{margin:0}</style></head><body>${body}</body></html>`;
  // (Windows-1252, as such systems write it: "£" is one byte.)
  zip.file("word/chunk1.htm", Buffer.from(html(`<h3>3. Ashcombe Green pond</h3><p>3.1 Officers reported that the pond has silted up since the dry summer.</p><p>${ALTCHUNK_MINUTE}</p><h3>4. Actions from the last meeting</h3><p>${ALTCHUNK_ACTIONS_OPEN}</p>`), "latin1"));
  zip.file(
    "word/chunk2.htm",
    Buffer.from(html(`<h3>Actions</h3><table><tr><th>Ref</th><th>Minute</th><th>Action</th><th>Owner</th><th>Due</th></tr><tr>${ALTCHUNK_ACTION.map((c) => `<td>${c}</td>`).join("")}</tr></table>`), "latin1"),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

// ------------------------------------------------------------------ 3. a GitLab wiki page of Mermaid diagrams

export function greensPlanWikiMd(): string {
  return `# Village Commons Programme 2163–65: delivery plan

*${GREENS_BODY} (VCTG) · last edited on 2 November 2163*

## Milestones

\`\`\`mermaid
gantt
    title Village Commons Programme – milestones at 2 November 2163
    dateFormat YYYY-MM-DD
    axisFormat %b %y
    section Registration
    G01 Register of greens checked in the six districts :done, g01, 2163-04-01, 2163-07-31
    G02 Registration guidance for parish councils :crit, active, g02, 2163-06-01, 2163-11-28
    section Maintenance
    G03 Mowing contract re-let :active, g03, 2163-09-01, 2164-03-31
    G04 Pond restoration at Ashcombe Green :crit, g04, 2164-01-09, 2164-05-30
    G05 Report to the Board :milestone, g05, 2164-02-14, 0d
\`\`\`

> **How to read the chart.** The tag before a milestone's id gives its status:
>
> - \`done\` – complete (grey bar)
> - \`active\` – in progress and on course (blue bar)
> - \`crit\` – at risk: it will miss its end date unless the Task Group acts (red bar)
> - no tag – not started

## Measures at quarter 2 (30 September 2163)

| Ref | Measure | Target | Q1 | Q1 rating | Q2 | Q2 rating | Lead member |
|-----|---------|--------|----|-----------|----|-----------|-------------|
| VGM-01 | Greens mown to the agreed standard | 95% | 96% | :green_circle: | 81% | :red_circle: | Cllr Pettifer |
| VGM-02 | Parish councils with a greens plan | 40 | 12 | :orange_circle: | 22 | :green_circle: | Cllr Adeyemi-Hurst |
| VGM-03 | Ponds in good condition | 18 | 11 | :orange_circle: | 10 | :orange_circle: | Cllr Pettifer |

Ratings: :green_circle: on track · :orange_circle: some risk · :red_circle: off track · :white_circle: no data yet

## Budget 2163/64

\`\`\`mermaid
pie showData
    title Programme budget 2163/64 (£214,000)
    "Mowing contract" : 150000
    "Pond restoration" : 46000
    "Registration guidance" : 18000
\`\`\`

## Who decides

\`\`\`mermaid
flowchart TD
    A[Request for money] --> B{How much?}
    B -->|up to £10,000| C[Programme Manager]
    B -->|over £10,000| D[The whole Task Group]
\`\`\`
`;
}

// ------------------------------------------------------------------ 4. a Loomio thread saved from the browser

export const LOOMIO_AGAINST = { name: "Cllr Bartholomew Quist", reason: "The survey should come first; we do not yet know what the pond needs." };

export function greensLoomioThreadHtml(): string {
  const avatar = (initials: string, name: string) => `<div class="user-avatar v-avatar" title="${name}"><span class="user-avatar__initials">${initials}</span></div>`;
  const vote = (initials: string, name: string, stance: string, reason: string) =>
    `<li class="stance-item">${avatar(initials, name)}<div class="stance-item__header"><img class="stance-icon" src="https://www.loomio.com/img/${stance.toLowerCase()}.svg" alt="${stance}"> <strong>${name}</strong> · <time title="Friday 4 November 2163 at 10:12">3 days ago</time></div><div class="stance-item__reason"><p>${reason}</p></div></li>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ashcombe Green pond: survey contract | ${GREENS_BODY} | Loomio</title></head>
<body><div id="app"><header class="v-app-bar"><a href="/">Loomio</a></header>
<main class="v-main">
<h1 class="thread-title">Ashcombe Green pond: survey contract</h1>
<div class="context-panel">${avatar("HO", "Halima Ostrowski-Bell")}<span>Halima Ostrowski-Bell · 9 days ago</span>
<h2>Item for decision between meetings</h2>
<p><strong>Purpose of report:</strong> For decision.</p>
<p><strong>Summary:</strong> Three firms quoted for the survey of Ashcombe Green pond; the lowest is £6,950.</p>
<p><strong>Is this report confidential?</strong> No.</p>
<p><strong>Is this a key decision?</strong> No.</p>
<p><strong>Recommendations:</strong> That the Task Group awards the survey contract to Marlcombe Ecology for £6,950.</p>
<h3>Contact officer</h3>
<p>Name: Halima Ostrowski-Bell</p><p>Position: Commons Programme Manager</p><p>Phone: 020 7946 0631</p>
</div>
<h2>Agree the survey contract</h2>
<h3>Votes</h3>
<ul>
${vote("PA", "Cllr Priscilla Adeyemi-Hurst", "Agree", "The survey has to come before the work.")}
${vote("OP", "Cllr Oswin Pettifer", "Agree", "Good value.")}
${vote("BQ", LOOMIO_AGAINST.name, "Disagree", LOOMIO_AGAINST.reason)}
</ul>
</main><footer>Powered by Loomio</footer></div></body></html>`;
}

// ------------------------------------------------------------------ 5. an Outlook contacts export

/** The roles only Categories gives: the council's "Job Title" is the councillor's post there. */
export const CONTACTS: { title: string; first: string; last: string; company: string; job: string; categories: string; notes?: string }[] = [
  { title: "", first: "Halima", last: "Ostrowski-Bell", company: "Local Government Association", job: "Commons Programme Manager", categories: "LGA Officer;VCTG Officer", notes: "Runs the pond restoration budget for the Task Group." },
  { title: "Cllr", first: "Priscilla", last: "Adeyemi-Hurst", company: "Ashcombe District Council", job: "Deputy Leader", categories: "VCTG;VCTG Chair" },
  { title: "Cllr", first: "Oswin", last: "Pettifer", company: "Marlcombe Borough Council", job: "Cabinet Member for Environment", categories: "VCTG" },
  { title: "Cllr", first: "Bartholomew", last: "Quist", company: "Fenwold District Council", job: "Councillor", categories: "VCTG Substitute" },
  { title: "Cllr", first: "Rosamund", last: "Tillotson", company: "Fenwold District Council", job: "Councillor", categories: "VCTG Former member" },
];

export function greensContactsCsv(): string {
  const header = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title", "Business Phone", "Categories", "E-mail Address", "Notes"];
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = CONTACTS.map((c, k) => [c.title, c.first, "", c.last, "", c.company, "", c.job, `020 7946 06${String(k + 10)}`, c.categories, `${c.first.toLowerCase()}@example.gov.uk`, c.notes ?? ""].map(q).join(","));
  return [header.map(q).join(","), ...rows].join("\r\n") + "\r\n";
}

// ------------------------------------------------------------------ 6. the committee's web page

/** A committee system's page for the body: its meetings listed a date a line, one elsewhere, one cancelled. */
export function greensCommitteePageHtml(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Committee details - ${GREENS_BODY}</title></head>
<body><main>
<h1>Committee details - ${GREENS_BODY}</h1>
<p>The Task Group oversees the Village Commons Programme 2163–65.</p>
<h2>Meetings</h2>
<p>Meetings in the 2163/64 municipal year. Meetings are held at Committee Room 2, Town Hall, unless another venue is shown.</p>
<ul>
<li>Wed, 12th Oct, 2163 10.30 am</li>
<li>Thu, 24th Nov, 2163 10.30 am</li>
<li>Wed, 18th Jan, 2164 10.30 am – Venue: Ashcombe Village Hall</li>
<li>Wed, 15th Mar, 2164 10.30 am CANCELLED</li>
</ul>
<h2>Officer support</h2>
<table><tr><th>Name</th><th>Role</th><th>Post</th><th>Phone</th><th>Email</th></tr>
<tr><td>Linnea Skerratt</td><td>Clerk to the Task Group</td><td>Member Services Officer</td><td>020 7946 0650</td><td>linnea.skerratt@example.gov.uk</td></tr>
<tr><td>Ambrose Felgate</td><td>Budget monitoring</td><td>Finance Business Partner</td><td>020 7946 0651</td><td>ambrose.felgate@example.gov.uk</td></tr>
</table>
</main></body></html>`;
}
