/**
 * Papers of an invented Lighthouse Heritage Task Group, 2240, in the layouts staff export from other tools:
 * a Word agenda pack saved as Strict Open XML whose cover fields are content controls bound to the library's
 * metadata (the text cached in the file is stale) and whose ratings are legacy drop-down form fields (only an
 * index is stored), carrying the draft minutes of the meeting before; a webcasting site's archive page (agenda
 * points as chapters of the recording, details in collapsed panels, speaker cards whose fields touch); a
 * todo.txt task list; a map's attribute table whose status codes only its legend names; and an accessible
 * statistics table as CSV (the period on every row, shorthand such as "[c]" in number cells).
 */
import JSZip from "jszip";

const W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const R = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const STORE = "{1A2B3C4D-0000-4000-8000-00000000A1B2}";
const NS = "9c1d2e3f-aaaa-4bbb-8ccc-123456789abc";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${run(text)}</w:p>`;
const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>${inner}</w:p></w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;
const table = (rows: string[][]) => `<w:tbl><w:tblPr><w:tblW w:w="100%" w:type="pct"/></w:tblPr>${rows.map(row).join("")}</w:tbl>`;

/** A legacy drop-down form field whose chosen entry is only the index `chosen` into `entries`. */
export const dropDown = (entries: string[], chosen: number) =>
  `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown1"/><w:enabled/><w:ddList><w:result w:val="${chosen}"/>${entries.map((e) => `<w:listEntry w:val="${esc(e)}"/>`).join("")}</w:ddList></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** A content control bound to the library's column `field`, showing the stale text `cached`. */
const bound = (field: string, cached: string, date = false) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${field}"/><w:dataBinding w:prefixMappings="xmlns:ns0='http://schemas.microsoft.com/office/2006/metadata/properties' xmlns:ns3='${NS}'" w:xpath="/ns0:properties[1]/documentManagement[1]/ns3:${field}[1]" w:storeItemID="${STORE}"/>${
    date ? `<w:date w:fullDate="2240-01-10T00:00:00Z"><w:dateFormat w:val="dddd d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date>` : "<w:text/>"
  }</w:sdtPr><w:sdtContent>${run(cached)}</w:sdtContent></w:sdt>`;

const RATINGS = ["Select status", "Green – on track", "Amber – some risk", "Red – off track", "Blue – complete"];
const ACTION_STATES = ["Choose an item", "Open", "In progress", "Complete", "Overdue"];

/** The pack of 13 March 2240 (its cover's cached date is January's), as Strict Open XML. */
export async function lighthousePack(): Promise<Buffer> {
  const zip = new JSZip();
  const body = [
    p("Lighthouse Heritage Task Group", "Title"),
    table([
      [run("Date"), bound("Meeting_x0020_date", "Friday 10 January 2240", true)],
      [run("Venue"), bound("Venue", "Room 4, Quay House")],
      [run("Status"), bound("Document_x0020_status", "Draft")],
    ]),
    p("Agenda", "Heading1"),
    table([[run("Item"), run("Title")], [run("1"), run("Apologies")], [run("2"), run("Minutes of the meeting held on 10 January 2240")], [run("3"), run("Action log")], [run("4"), run("Performance")]]),
    p("Item 2: Minutes of the meeting held on Friday 10 January 2240", "Heading1"),
    p("Present: Cllr Morwenna Tregaskis (Chair), Cllr Petroc Angove, Cllr Kenver Hocking"),
    p("Officers: Demelza Rosewarne (Heritage Officer), Jory Pendarves-Nance (Estates Manager)"),
    p("1. Apologies", "Heading2"),
    p("1.1 Apologies were received from Cllr Morwenna Tregaskis, for whom Cllr Petroc Angove substituted."),
    p("2. Lantern restoration at Gull Point", "Heading2"),
    p("2.1 Demelza Rosewarne, Heritage Officer, introduced the item."),
    p("RESOLVED that the Task Group agrees to restore the Gull Point lantern in 2240/41."),
    p("Actions", "Heading2"),
    table([
      [run("Ref"), run("Action"), run("Owner"), run("Due")],
      [run("LH-01"), run("Commission a survey of the Gull Point lantern"), run("Demelza Rosewarne"), run("01/02/2240")],
      [run("LH-02"), run("Write to Trinity Wardens about the keepers' cottages"), run("Jory Pendarves-Nance"), run("15/02/2240")],
      [run("LH-03"), run("Book the open day at Carn Head"), run("Demelza Rosewarne"), run("01/03/2240")],
    ]),
    p("Item 3: Action log", "Heading1"),
    p("Actions agreed on 10 January 2240, with progress at 1 March 2240."),
    table([
      [run("Ref"), run("Action"), run("Owner"), run("Status")],
      [run("LH-01"), run("Commission a survey of the Gull Point lantern"), run("Demelza Rosewarne"), dropDown(ACTION_STATES, 3)],
      [run("LH-02"), run("Write to Trinity Wardens about the keepers' cottages"), run("Jory Pendarves-Nance"), dropDown(ACTION_STATES, 4)],
      [run("LH-03"), run("Book the open day at Carn Head"), run("Demelza Rosewarne"), dropDown(ACTION_STATES, 2)],
    ]),
    p("Item 4: Performance", "Heading1"),
    table([
      [run("Ref"), run("Measure"), run("Rating")],
      [run("LHM-1"), run("Lighthouses open to visitors"), dropDown(RATINGS, 1)],
      [run("LHM-2"), run("Lanterns restored"), dropDown(RATINGS, 3)],
      [run("LHM-3"), run("Volunteer guides trained"), dropDown(RATINGS, 0)],
    ]),
  ].join("");
  zip.file("[Content_Types].xml", `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/_rels/document.xml.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${R}/customXml" Target="../customXml/item1.xml"/></Relationships>`);
  zip.file("word/document.xml", `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}" w:conformance="strict"><w:body>${body}</w:body></w:document>`);
  zip.file(
    "customXml/item1.xml",
    `<?xml version="1.0"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement><Meeting_x0020_date xmlns="${NS}">2240-03-13T00:00:00Z</Meeting_x0020_date><Venue xmlns="${NS}">Council Chamber, Carn Head Guildhall</Venue><Document_x0020_status xmlns="${NS}">Published</Document_x0020_status></documentManagement></p:properties>`,
  );
  zip.file("customXml/itemProps1.xml", `${XML}<ds:datastoreItem ds:itemID="${STORE}" xmlns:ds="http://purl.oclc.org/ooxml/officeDocument/customXml"><ds:schemaRefs/></ds:datastoreItem>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The webcast archive page of 13 March 2240: chapters, collapsed panels, speaker cards. */
export function lighthouseWebcast(): string {
  const point = (n: number, time: string, title: string, paragraphs: string[], events: string[]) =>
    `<li class="cs-point"><div class="cs-point-head"><a class="cs-tc" href="#t">${time}</a> <span class="cs-point-title">${n} ${title}</span> <button aria-expanded="false">Show details</button></div>` +
    `<div class="cs-point-body cs-collapsed"><div class="cs-desc">${paragraphs.map((x) => `<p>${x}</p>`).join("")}</div><ul class="cs-events">${events.map((e) => `<li class="cs-event">${e}</li>`).join("")}</ul></div></li>`;
  return `<!DOCTYPE html><html lang="en"><head><title>Lighthouse Heritage Task Group - Friday 13 March 2240 - Webcasts</title><style>.cs-collapsed{display:none}</style></head><body>
<main><h1>Lighthouse Heritage Task Group - Friday 13 March 2240</h1>
<ul><li>Status: Archived</li><li>Broadcast: Friday 13 March 2240, 2:00pm</li><li>Duration: 01:10:00</li><li>Venue: Council Chamber, Carn Head Guildhall</li><li>Available until: 13 September 2240</li></ul>
<video controls><p>Your browser cannot play this webcast.</p></video><div class="cs-bar">00:00:00 / 01:10:00</div>
<p>This webcast is not the official record of the meeting. The minutes, once approved, are the official record.</p>
<h2>Agenda</h2><ol>
${point(1, "00:01:05", "Apologies", ["Apologies were received from Cllr Kenver Hocking, for whom Cllr Lowdy Trewin substituted.", "Outcome: The Task Group noted the apologies."], ["00:01:10 Cllr Morwenna Tregaskis (Chair)"])}
${point(2, "00:09:40", "Keepers' cottages", ["Jory Pendarves-Nance presented the report.", "Outcome: The Task Group agreed to lease the keepers' cottages at Carn Head (site LS2) to the Carn Head Trust for ten years.", "Agreed by 5 votes to 1 (Cllr Petroc Angove), with 1 abstention (Cllr Lowdy Trewin)."], ["00:09:52 Jory Pendarves-Nance (Estates Manager)", "00:21:30 Adjournment: the meeting was adjourned at 2:25pm because the stream failed, and resumed at 2:31pm."])}
</ol>
<aside><h2>Speakers</h2><ul>
<li class="cs-card"><span class="cs-avatar" aria-hidden="true">MT</span><div><a class="cs-name" href="#mt">Cllr Morwenna Tregaskis</a><span class="cs-desc">Chair · Carn Head Borough Council · Independent</span><span class="cs-count">Spoke 4 times</span></div></li>
</ul></aside></main></body></html>`;
}

/** The Heritage Officer's task list in todo.txt, as at 14 March 2240. */
export function lighthouseTodo(): string {
  return [
    "x 2240-02-02 2240-01-11 Survey of the Gull Point lantern commissioned +GullPoint owner:DR ref:LH-01 due:2240-02-01",
    "(A) 2240-01-11 Letter to Trinity Wardens about the keepers' cottages +Cottages owner:JPN ref:LH-02 due:2240-02-15",
    "x 2240-03-13 2240-01-11 Open day at Carn Head booked for 4 May +OpenDay ref:LH-03 due:2240-03-01",
    "(B) 2240-03-13 Draft the cottages lease for the Carn Head Trust +Cottages owner:JPN ref:LH-04 due:2240-04-30",
    "2240-03-14 Photographs of the lantern for the newsletter @phone",
  ].join("\n");
}

/** The map's attribute table, its status codes named only by the legend above it. */
export function lighthouseSites(): string {
  return `# Lighthouse sites and restoration status at 1 March 2240

Legend

Restored and open (OPEN)

Restoration under way (WORKS)

Awaiting a survey (SURVEY)

| site_id | site_name | council | status |
|---|---|---|---|
| LS1 | Gull Point | Carn Head | WORKS |
| LS2 | Carn Head | Carn Head | OPEN |
| LS3 | Polwenna Rock | Polwenna | SURVEY |
| LS4 | St Keverne Light | Polwenna | OPEN |
| LS5 | Morvah Beacon | Morvah | SURVEY |
`;
}

/** Table 3 of the visitor statistics as CSV: the period on every row, "[c]" and "[u]" in number cells. */
export function lighthouseStatistics(): string {
  const rows = [
    '"Table 3: Visitors and guided tours by lighthouse, 2239/40 to 2240/41 quarter 1",,,',
    '"Some shorthand is used in this table: [c] = confidential (fewer than 5, not shown); [u] = low reliability.",,,',
    "Published 20 August 2240. Next update: 19 November 2240.,,,",
    "Period,Lighthouse,Visitors,Guided tours",
    "2239/40,Gull Point,1200,40",
    "2239/40,Carn Head,5400,210",
    "2239/40,Polwenna Rock,300,12",
    "2240/41 Q1,Gull Point,180 [u],[c]",
    "2240/41 Q1,Carn Head,900,31",
    "2240/41 Q1,Polwenna Rock,45,[c]",
  ];
  return `\ufeff${rows.join("\r\n")}\r\n`;
}

/** Lines set side by side as pdftotext -layout writes two columns: the right column's at `gutter`. */
function sideBySide(left: string[], right: string[], gutter = 56): string[] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ((left[i] ?? "").padEnd(gutter) + (right[i] ?? "")).trimEnd());
}

/**
 * The Task Group's agenda pack as the text a document library keeps of the published PDF
 * (`pdftotext -layout`): every page ended by a form feed, a running header and "Page n", the membership and
 * a report's paragraphs in two columns side by side, a front sheet of labels and values, an unruled table
 * whose cells wrap, and a caption under the columns.
 */
export function lighthousePackLayoutText(): string {
  const header = "Lighthouse Heritage Task Group                                                  13 March 2240";
  const page1 = [
    "Lighthouse Heritage Task Group",
    "",
    "Agenda",
    "",
    "Date                          Friday 13 March 2240",
    "Venue                         Council Chamber, Carn Head Guildhall",
    "Contact                       Morwenna Trelawny-Oake, Member Services Officer",
    "",
    "Membership 2239/40",
    "",
    ...sideBySide(
      ["Conservative (2)", "Cllr Piran Gwithian (Chair)", "  Carn Head Borough Council", "Cllr Tamsin Roskilly", "  Porthmellow District Council", "", "Labour (2)", "Cllr Jory Penhallow (Vice-Chair)", "  Lanyon City Council", "Cllr Demelza Hocking", "  Trevose County Council"],
      ["Liberal Democrat (1)", "Cllr Kerensa Polglase", "  Mousehole District Council", "", "Named substitutes", "Cllr Ythan Carbis (Labour)", "  Lanyon City Council", "Cllr Lowena Tregear (Conservative)", "  Carn Head Borough Council"],
    ),
    "",
    "Cllr Demelza Hocking replaced Cllr Bryok Angove from 1 February 2240.",
    "",
    "",
    "                                                Page 1",
  ];
  const page2 = [
    header,
    "",
    "Item 4",
    "",
    "Lantern restoration fund: recommended grants",
    "",
    "Purpose of report             For decision.",
    "Is this report                No.",
    "confidential?",
    "Is this a key decision?       Yes.",
    "Recommendations               That the Task Group (a) awards grants totalling £412,000 to the four",
    "                              lighthouses in Table 1; (b) carries the remaining £38,000 to round 2.",
    "Contact officer               Morwenna Trelawny-Oake",
    "",
    ...sideBySide(
      [
        "Background",
        "1. The fund opened on 4 January 2240 with £450,000",
        "   for the lanterns of the coast's eleven",
        "   lighthouses. Five bids were received by the",
        "   closing date of 20 February.",
        "",
        "2. The panel scored each bid out of 100. Bids",
        "   scoring 60 or more are recommended.",
      ],
      [
        "Why the Task Group decides",
        "3. The Chair may decide grants of up to £75,000;",
        "   larger grants are for the Task Group. Every",
        "   recommended grant is over £75,000.",
        "",
        "4. Grants are paid half when the agreement is",
        "   signed and half on completion of the work.",
      ],
    ),
    "",
    "Table 1: Lantern restoration bids",
    "",
    "Ref     Lighthouse            Lantern work                 Asked (£)   Score   Note",
    "",
    "LRF-1   Carn Head             Replace the optic's          120,000     78",
    "                              bearing and clockwork",
    "LRF-2   Porthmellow Point     Reglaze the lantern room     96,000      71      Reduced from",
    "                                                                               £110,000",
    "LRF-3   Mousehole Light       Repaint and seal             58,000      52      Below the",
    "                                                                               threshold",
    "",
    "",
    "                                                Page 2",
  ];
  const page3 = [
    header,
    "",
    "Minutes of the meeting held on Friday 10 January 2240",
    "DRAFT - for approval at the meeting on 13 March 2240",
    "",
    ...sideBySide(
      ["Present:", "Cllr Piran Gwithian (Chair)", "Cllr Jory Penhallow (Vice-Chair)", "Cllr Tamsin Roskilly", "Cllr Kerensa Polglase"],
      ["Officers:", "Morwenna Trelawny-Oake, Member Services", "  Officer", "Demelza Rowe, Heritage Officer"],
    ),
    "",
    "Substitute:",
    "Cllr Ythan Carbis (for Cllr Demelza Hocking)",
    "",
    "1 Lantern restoration fund",
    "1.1 Demelza Rowe introduced the draft prospectus for the lantern restoration fund.",
    "1.2 RESOLVED that the Task Group:",
    "    (a) agrees the prospectus for the fund;",
    "    (b) sets aside £450,000 for grants in 2239/40;",
    "    (c) delegates the decision on grants of up to £75,000 to the Chair.",
    "",
    "2 Keepers' cottages",
    "2.1 RESOLVED that officers write to the Trinity Wardens about the cottages.",
    "",
    "",
    "                                                Page 3",
  ];
  return [page1, page2, page3].map((lines) => lines.join("\n") + "\n\f").join("");
}

/** The Task Group's minutes of 10 January 2240, with the actions agreed in a table under them. */
export function lighthouseJanuaryMinutes(): string {
  return `# Lighthouse Heritage Task Group

## Minutes of the meeting held on Friday 10 January 2240

Present: Cllr Morwenna Tregaskis (Chair), Cllr Petroc Angove, Cllr Lowdy Trewin

### 1 Lantern restoration at Gull Point

1.1 RESOLVED that the Task Group commissions a survey of the Gull Point lantern.

### 2 Keepers' cottages

2.1 RESOLVED that officers write to the Trinity Wardens about the keepers' cottages.

### Actions

| Ref | Action | Owner | Due |
|---|---|---|---|
| LHA-1 | Commission a survey of the Gull Point lantern | Demelza Rowe | 31/01/2240 |
| LHA-2 | Write to the Trinity Wardens about the keepers' cottages | Jory Pendarves-Nance | 15/02/2240 |
| LHA-3 | Book the open day at Carn Head | Demelza Rowe | 01/03/2240 |
| LHA-4 | Draft a volunteer guides' handbook | Kerensa Polglase | 30/04/2240 |
`;
}

/**
 * The Task Group's work programme exported from a task tool as CSV on 1 March 2240: no status column, a
 * task done only when "Completed At" holds a date; open tasks rated, if at all, in a custom "RAG" field;
 * the meeting's actions among the tasks, named with their references first.
 */
export function lighthouseTaskExport(): string {
  const header = "Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Due Date,Notes,RAG";
  const rows = [
    "1300000000000101,2240-01-11,2240-01-30,2240-01-30,LHA-1 Commission a survey of the Gull Point lantern,Actions from meetings,Demelza Rowe,2240-01-31,Survey booked with Kernow Optics.,",
    "1300000000000102,2240-01-11,,2240-02-27,LHA-2 Write to the Trinity Wardens about the keepers' cottages,Actions from meetings,Jory Pendarves-Nance,2240-02-15,\"Draft with the Chair.\nNo reply yet.\",Red",
    "1300000000000103,2240-01-11,2240-02-20,2240-02-20,LHA-3 Book the open day at Carn Head,Actions from meetings,Demelza Rowe,2240-03-01,Booked for 4 May.,",
    "1300000000000104,2240-01-11,,2240-02-01,LHA-4 Draft a volunteer guides' handbook,Actions from meetings,Kerensa Polglase,2240-04-30,,",
    "1300000000000105,2240-01-05,,2240-02-28,Lantern paint specification,Restoration,Demelza Rowe,2240-03-31,Waiting for the survey.,Amber",
    "1300000000000106,2240-01-05,2240-02-14,2240-02-14,Apply for the heritage grant,Funding,Jory Pendarves-Nance,2240-02-14,,",
  ];
  return [header, ...rows].join("\n") + "\n";
}

/**
 * The clerk's e-mail giving the result of a vote taken with Outlook's voting buttons: the tracking pasted
 * as tabbed lines (in the HTML part, Word's `mso-tab-count` spans), the voters' comments after it.
 */
export function lighthouseVoteEmail(): string {
  const tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp; </span>";
  const row = (cells: string[]) => `<p class=MsoNormal style='tab-stops:170.0pt 280.0pt'><span style='font-family:"Courier New"'>${cells.join(tab)}<o:p></o:p></span></p>`;
  const html = `<html><head><meta charset="utf-8"><title>RESULT: lantern loan vote</title></head><body><div class=WordSection1>
<p class=MsoNormal>Dear all,</p>
<p class=MsoNormal>The vote by e-mail on lending the Gull Point lantern lens to the maritime museum closed at noon today.</p>
<p class=MsoNormal>Below is the tracking from my original message:</p>
${row(["Recipient", "Response", "Response time"])}
${row(["Gwithian, Piran (Cllr)", "Approve", "12/03/2240 10:02"])}
${row(["Penhallow, Jory (Cllr)", "Approve", "12/03/2240 11:40"])}
${row(["Roskilly, Tamsin (Cllr)", "Reject", "12/03/2240 12:15"])}
${row(["Polglase, Kerensa (Cllr)", "Abstain", "12/03/2240 14:30"])}
${row(["Hocking, Demelza (Cllr)", "Approve", "13/03/2240 09:05"])}
<p class=MsoNormal>Comments received with the votes:</p>
<p class=MsoNormal>Roskilly, Tamsin (Cllr) - Reject: &quot;The lens should stay in the lantern room, where visitors can see it.&quot;</p>
</div></body></html>`;
  return [
    "From: Morwenna Trelawny-Oake <morwenna.trelawny-oake@example.org>",
    "To: LHTG Members <lhtg-members@example.org>",
    "Subject: RESULT: lantern lens loan vote",
    "Date: Fri, 13 Mar 2240 12:30:00 +0000",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="utf-8"',
    "",
    html,
  ].join("\r\n");
}
