/**
 * Papers of the invented Invasive Weeds Task Group (IWTG), 2371/72, in layouts of their own:
 *
 * - an open data portal's resource page saved with SingleFile: its title and notes in a region marked
 *   complementary, its grid of measures only inside an iframe's `srcdoc` (SlickGrid rows of `<div>`s named by
 *   their classes, columns headed by field ids "q1_rag", "q2_rag"), ratings as letters explained only in
 *   the data dictionary's row, a pager;
 * - an Exchange non-delivery report carrying the clerk's original e-mail (a record of an urgent decision);
 * - a Word paper whose allocation formula exists only as Office Math;
 * - a committee system's attendance query saved from SQL Server Management Studio: a row per member per
 *   meeting, "NULL" in empty fields, substitutes known by the id of the member they stood in for;
 * - minutes of a December meeting of the year before (so "december" has two candidates).
 */
import JSZip from "jszip";

export const KNOTWEED_BODY = "Invasive Weeds Task Group";

const escapeAttribute = (html: string) => html.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The measures' grid as the portal's Data Explorer draws it (SlickGrid), to be inlined as a frame. */
function explorerPage(): string {
  const header = ["measure_id", "measure", "target", "q1_value", "q1_rag", "q2_value", "q2_rag", "lead_member"]
    .map((f, k) => `<div class="ui-state-default slick-header-column l${k}"><span class="slick-column-name">${f}</span></div>`)
    .join("");
  const rows = [
    ["IWT-01", "Knotweed stands treated within 20 working days of report", "90%", "93%", "G", "88%", "A", "Quenby"],
    ["IWT-02", "Riverbank sites surveyed before the growing season", "95%", "96%", "G", "81%", "R", "Quenby"],
    ["IWT-03", "Volunteers trained in safe handling", "200 by 30 September", "120", "A", "200", "C", "Ashdown"],
  ];
  // (Drawn out of order, placed by their top.)
  const drawn = [rows[2]!, rows[0]!, rows[1]!].map((cells) => {
    const top = rows.indexOf(cells) * 25;
    return `<div class="ui-widget-content slick-row" style="top:${top}px">${cells.map((c, k) => `<div class="slick-cell l${k} r${k}">${c}</div>`).join("")}</div>`;
  });
  return `<!DOCTYPE html><html><head><title>Data Explorer</title><style>.slick-row{position:absolute}</style></head><body>
<div class="recline-data-explorer"><div class="header"><div class="btn-group"><a href="#grid" class="btn active">Grid</a><a href="#graph" class="btn">Graph</a></div>
<div class="recline-results-info"><span class="doc-count">3</span> records</div></div>
<div class="recline-slickgrid"><div class="slick-header"><div class="slick-header-columns">${header}</div></div>
<div class="slick-viewport"><div class="grid-canvas">${drawn.join("")}</div></div></div></div></body></html>`;
}

export function knotweedPortalHtml(): string {
  const dictionary = [
    ["measure_id", "text", "Measure", "The measure's reference"],
    ["q1_rag", "text", "Quarter 1 rating", "As q2_rag"],
    ["q2_rag", "text", "Quarter 2 rating", "G = on track; A = some risk; R = off track; C = complete"],
  ];
  return `<!DOCTYPE html><html lang="en-GB"><!--
 Page saved with SingleFile
--><head><meta charset="utf-8"><meta name="generator" content="ckan 2.10.4"><title>Quarter 2 2371/72 - Invasive weeds measures 2371/72 - Open Data</title></head>
<body>
<header class="masthead"><nav><a href="/dataset/">Datasets</a></nav></header>
<div class="main"><div class="row wrapper"><div class="primary" role="main">
<section class="module module-resource" role="complementary"><div class="module-content">
<h1 class="page-heading">Quarter 2 2371/72</h1>
<div class="prose notes"><p>Performance of the invasive weeds programme at quarter 2 of 2371/72 (1 July to 30 September 2371), as reported to the ${KNOTWEED_BODY}. Ratings are one letter, explained in the data dictionary below.</p>
<p>Correction, 9 December 2371: IWT-02 was reported as 80% and has been corrected to 81%. The programme's measures run from IWT-01 to IWT-04; IWT-04 is reported from quarter 3.</p></div>
</div>
<div class="module-content resource-view"><iframe title="Data viewer" src="/view/1" srcdoc="${escapeAttribute(explorerPage())}"></iframe></div>
<div class="pagination"><ul><li><a href="">«</a></li><li><a>1 – 3</a></li><li><a href="">»</a></li></ul></div>
</section>
<div class="module-content"><h2>Data Dictionary</h2>
<table class="table"><thead><tr><th>Column</th><th>Type</th><th>Label</th><th>Description</th></tr></thead><tbody>
${dictionary.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n")}
</tbody></table></div>
</div></div></div>
<footer class="site-footer">Open Data</footer></body></html>`;
}

/** The clerk's e-mail, bounced from a former member's address, the original attached as message/rfc822. */
export function knotweedBounceEml(): string {
  const original = [
    "From: Tamsin Rowbotham <tamsin.rowbotham@local.gov.uk>",
    "To: Cllr Ivo Quenby <ivo.quenby@fernleigh.gov.uk>, Cllr Mabel Ashdown <mabel.ashdown@old.example.gov.uk>",
    "Subject: IWTG: Chair's urgent decision UD-2371-02",
    "Date: Fri, 05 Dec 2371 10:02:00 +0000",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="utf-8"',
    "",
    "<html><body><p>Dear Task Group members,</p><p>The Chair took the urgent decision below on 4 December 2371.</p><p><b>Record of urgent decision</b></p>",
    "<table><tr><td>Reference</td><td>UD-2371-02</td></tr>",
    "<tr><td>Decision</td><td>To treat 14 further riverbank sites before the spring, at a cost of £12,300 from the contingency.</td></tr>",
    "<tr><td>Reason for urgency</td><td>Regrowth was found at the Millbrook sites after the floods; treatment must start before the ground freezes.</td></tr>",
    "<tr><td>Decided by</td><td>Cllr Ivo Quenby, Chair, 4 December 2371</td></tr></table>",
    "<p>The January meeting will be held on Tuesday 20 January 2372. The deadline for reports is 12 noon on Monday 12 January 2372.</p>",
    "<p>Kind regards,</p><p>Tamsin Rowbotham</p></body></html>",
  ].join("\r\n");
  return [
    "From: Microsoft Outlook <postmaster@local.gov.uk>",
    "To: Tamsin Rowbotham <tamsin.rowbotham@local.gov.uk>",
    "Subject: Undeliverable: IWTG: Chair's urgent decision UD-2371-02",
    "Date: Fri, 05 Dec 2371 10:02:09 +0000",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type="delivery-status"; boundary="BOUNDARY1"',
    "",
    "--BOUNDARY1",
    'Content-Type: text/plain; charset="utf-8"',
    "",
    "Your message to mabel.ashdown@old.example.gov.uk couldn't be delivered.",
    "How to Fix It: retype the recipient's address, then resend the message.",
    "Status code: 550 5.1.1",
    "",
    "--BOUNDARY1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns;mail.local.gov.uk",
    "",
    "Final-Recipient: rfc822;mabel.ashdown@old.example.gov.uk",
    "Action: failed",
    "Status: 5.1.1",
    "",
    "--BOUNDARY1",
    "Content-Type: message/rfc822",
    "",
    original,
    "",
    "--BOUNDARY1--",
    "",
  ].join("\r\n");
}

/** Minutes of the meeting of 10 December 2370: a December meeting of the year before the decision. */
export function knotweedMinutesMarkdown(): string {
  return `# ${KNOTWEED_BODY}: minutes of the meeting held on 10 December 2370

Present: Cllr Ivo Quenby (Chair), Cllr Mabel Ashdown

## 1. Survey season 2371

1.1 The Task Group agreed the survey plan for 2371.

## 2. Date of next meeting

2.1 The next meeting will be held on 11 March 2371.
`;
}

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const mr = (text: string) => `<m:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr><m:t>${text}</m:t></m:r>`;
const sub = (base: string, index: string) => `<m:sSub><m:sSubPr><m:ctrlPr><w:rPr><w:i/></w:rPr></m:ctrlPr></m:sSubPr><m:e>${mr(base)}</m:e><m:sub>${mr(index)}</m:sub></m:sSub>`;
const frac = (num: string, den: string) => `<m:f><m:fPr><m:ctrlPr/></m:fPr><m:num>${num}</m:num><m:den>${den}</m:den></m:f>`;

/** The grant paper: its formula a display equation, its symbols inline equations in the "where" list. */
export async function knotweedGrantDocx(): Promise<Buffer> {
  const p = (inner: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
  const table = (rows: string[][]) => `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
  const formula = `<m:oMathPara><m:oMath>${sub("A", "i")}${mr("=")}${mr("G")}${mr("×")}<m:d><m:dPr><m:ctrlPr/></m:dPr><m:e>${mr("0.6")}${mr("×")}${frac(sub("S", "i"), mr("S"))}${mr("+")}${mr("0.4")}${mr("×")}${frac(mr("1"), mr("N"))}</m:e></m:d></m:oMath></m:oMathPara>`;
  const body = [
    p(run(`${KNOTWEED_BODY}, 20 January 2372`), "Heading1"),
    p(run("Item 4: Weed Treatment Grant 2372/73"), "Heading1"),
    p(run("Recommendation: that the Task Group agrees the allocation formula in paragraph 3.")),
    p(run("Background"), "Heading2"),
    p(run("2. The Weed Treatment Grant of £88,000 for 2372/73 is to be allocated among the three councils by the Task Group, which asked for a formula on 13 November 2371.")),
    table([
      ["Ref", "Action", "Owner", "Due"],
      ["IWA-12", "Bring the allocation formula and shares of the Weed Treatment Grant 2372/73", "Tamsin Rowbotham", "20/01/2372"],
    ]),
    p(run("The formula"), "Heading2"),
    p(run("3. Each council's share of the treatment grant is worked out as follows:")),
    `<w:p>${formula}</w:p>`,
    p(run("where:")),
    p(`<m:oMath>${sub("A", "i")}</m:oMath>${run(" is the allocation to council i;")}`),
    p(`<m:oMath>${sub("S", "i")}</m:oMath>${run(" is the number of infested sites council i reported, and ")}<m:oMath>${mr("S")}</m:oMath>${run(" is the total;")}`),
    p(`<m:oMath>${mr("N")}</m:oMath>${run(" is the number of councils.")}`),
    p(run("4. Table 1 gives each council's share.")),
    table([
      ["Council", "Infested sites 2371", "Share of the grant"],
      ["Colbrook Borough Council", "38", "£41,000"],
      ["Fernleigh District Council", "22", "£27,500"],
      ["Harrowdene City Council", "14", "£19,500"],
    ]),
    p(run("5. Riverbank monitoring: round 1 findings and round 2"), "Heading2"),
    p(run("5.1 Dr Ada Penhallow presented the findings of round 1 of riverbank monitoring (June to September 2371). Of 64 sites, 9 were newly infested: six with knotweed and three with balsam.")),
    p(run("5.2 Round 2 will run from 2 to 6 March 2372.")),
    p(run("6. Actions"), "Heading2"),
    p(run("6.1 Of the actions from 13 November (IWA-01 to IWA-05), three are complete. Two remain open: IWA-02, the letter to the river trust, and IWA-04, the volunteers' insurance.")),
  ].join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** SQL Server Management Studio's "Save Results As" CSV: no quoting, NULLs, datetimes, ids. */
export function knotweedAttendanceCsv(): string {
  const header = "MeetingDate,MemberID,Salutation,Forename,Surname,Council,PartyCode,TGRole,AppointedTo,Attendance,SubstituteForMemberID,Notes";
  const people: [string, string, string, string, string, string, string][] = [
    ["501", "Ivo", "Quenby", "Fernleigh District Council", "CON", "Chair", "NULL"],
    ["502", "Mabel", "Ashdown", "Colbrook Borough Council", "LAB", "Member", "2371-09-30 00:00:00.000"],
    ["503", "Rhoswen", "Tallis", "Harrowdene City Council", "LD", "Member", "NULL"],
    ["504", "Caspian", "Oduya", "Fernleigh District Council", "GRN", "Member", "NULL"],
    ["505", "Linnet", "Farrage", "Colbrook Borough Council", "LAB", "Substitute", "NULL"],
    ["506", "Otto", "Welland", "Harrowdene City Council", "LD", "Substitute", "NULL"],
  ];
  const attendance: Record<string, Record<string, [string, string, string]>> = {
    "2371-06-12 00:00:00.000": { "501": ["Present", "NULL", "NULL"], "502": ["Present", "NULL", "NULL"], "503": ["Apologies", "NULL", "NULL"], "504": ["Present", "NULL", "NULL"], "505": ["NULL", "NULL", "NULL"], "506": ["Substitute", "503", "NULL"] },
    "2371-11-13 00:00:00.000": { "501": ["Present", "NULL", "NULL"], "503": ["Apologies", "NULL", "NULL"], "504": ["Present (remote)", "NULL", "NULL"], "505": ["NULL", "NULL", "NULL"], "506": ["Substitute", "503", "NULL"] },
  };
  const lines = [header];
  for (const [day, marks] of Object.entries(attendance)) {
    for (const [id, forename, surname, council, party, role, to] of people) {
      const mark = marks[id];
      if (!mark) continue;
      lines.push([day, id, "Cllr", forename, surname, council, party, role, to, ...mark].join(","));
    }
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** A presenter's handout for an item of the meeting of 17 February 2372, saved as text: what is proposed. */
export function knotweedHandoutText(): string {
  return [
    "Meeting of 17 February 2372 – Item 5: Balsam pulling season",
    "",
    "Slide 1 | Balsam pulling season 2372. I'm Dr Ada Penhallow, and this item asks the Task Group to agree a pulling season with volunteers.",
    "Slide 2 | The Task Group is asked to: (a) agree a balsam pulling season from 1 June to 31 July 2372, at a cost of £6,500; (b) ask the Chair to write to the river trust.",
    "",
  ].join("\n");
}

/** A GitBook page as Git Sync writes it: tabs of the same table for two quarters, ratings only as marks' colours. */
export function knotweedProgressGitbook(): string {
  const mark = (colour: string) => `<mark style="color:${colour};">●</mark>`;
  const table = (rows: [string, string, string, string, string, string][]) =>
    ["| Measure | What we count | Target | Result | Rating | Lead member |", "| --- | --- | --- | --- | --- | --- |", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  return `---
description: >-
  Progress of the riverbank programme, updated after the meeting of 20 January 2372.
layout:
  title:
    visible: true
---

# Riverbank programme: progress

{% hint style="info" %}
Last updated on 24 January 2372. The Q2 tab is kept for reference only.
{% endhint %}

## Measures

Ratings: ${mark("green")} on track · ${mark("orange")} some risk · ${mark("red")} off track · ${mark("blue")} achieved

{% tabs %}
{% tab title="Q3 2371/72 (to 31 December 2371)" %}
${table([
  ["IWP-01", "Volunteer pulling days held", "24", "19", mark("orange"), "Cllr Tallis"],
  ["IWP-02", "Stands cleared along the Millbrook", "60%", "38%", mark("red"), "Cllr Oduya"],
  ["IWP-03", "Landowners signed up to the pledge", "40", "41", mark("green"), "Cllr Quenby"],
])}
{% endtab %}

{% tab title="Q2 2371/72 (to 30 September 2371) – superseded" %}
${table([
  ["IWP-01", "Volunteer pulling days held", "24", "12", mark("green"), "Cllr Tallis"],
  ["IWP-02", "Stands cleared along the Millbrook", "60%", "30%", mark("orange"), "Cllr Oduya"],
  ["IWP-03", "Landowners signed up to the pledge", "40", "22", mark("red"), "Cllr Quenby"],
])}
{% endtab %}
{% endtabs %}

## Who's who

| Name | Council | Role |
| --- | --- | --- |
| Cllr Ivo Quenby | Fernleigh District Council | Chair |
| Cllr Caspian Oduya | Fernleigh District Council | Vice-Chair |
`;
}

/** A chamber voting system's printout: its day on its opening lines, its seat allocation with attendance. */
export function knotweedVoteResultsText(): string {
  return [
    "VoteLink Chamber 6.3 – Session results",
    "",
    "Session: Invasive Weeds Task Group",
    "",
    "Date: 20/01/2372 Start: 10:00 Venue: Council Chamber",
    "",
    "Seat allocation and attendance",
    "",
    "Seat\tDelegate\tCouncil\tRole\tAttendance",
    "1\tCllr Ivo Quenby\tFernleigh District Council\tMember\tPresent",
    "2\tCllr Rhoswen Tallis\tHarrowdene City Council\tChair\tApologies",
    "3\tCllr Caspian Oduya\tFernleigh District Council\tVice-Chair\tPresent (left 11:52)",
    "",
  ].join("\n");
}
