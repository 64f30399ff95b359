// Builds docs/hsttg-draft-minutes-2146-11-16.docx and its rendering in text/.
// Layout: A COMMITTEE SYSTEM'S WORD EXPORT WHOSE MINUTES ARE ALTERNATIVE-FORMAT CHUNKS. The system
// ("CivicMinutes 4.2", invented) writes the frame of the document as ordinary WordprocessingML – the
// title, a red DRAFT line, a two-column table of meeting details and a three-column attendance table
// (Attendance | Name | Council or post, one row a person, "Present (online)", "Substitute" with whom for,
// "Apologies", "Officer", "Guest") – but pastes each minute, as its users typed it into the system's
// rich-text editor, as AN HTML DOCUMENT EMBEDDED IN THE PACKAGE AND PULLED INTO THE BODY BY <w:altChunk>
// (word/afchunk1.htm … afchunk10.htm, relationship type aFChunk, content type text/html): nine items and
// the actions table. Word merges the chunks when it opens the file, so on screen and on paper the minutes
// read as one document; IN THE FILE, document.xml HOLDS NONE OF THE MINUTES' WORDS – only their
// r:id references. Inside the chunks: <h3> item headings "4. Shared route optimisation pilots: round 1
// bids", paragraphs numbered by hand (4.1, 4.2 …), "RESOLVED that the Task Group:" in bold with typed
// (a)–(c) lines, and the actions as an HTML <table> Ref | Minute | Action | Owner | Due. Page footer
// "Draft minutes – … – Page n" (a PAGE field); core properties naming the system.
// Rendering: the native paragraphs and table rows (cells " | "), then each chunk's heading, paragraphs
// and table rows a line each, in the order Word would show them.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-altchunk-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, BOARD, FUND, ROOM, OFFICERS as O, GUEST, P, cllr, full, PRESENT, ONLINE, SUB, APOLOGIES, SEPT_OPEN, ACTIONS, SAFEGUARDING, ASKED, ROUND1, LIMITS, MEASURES, gbp } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const body = [];
const rels = [];

// ---------------------------------------------------------------- native WordprocessingML
const run = (t, o = {}) => `<w:r><w:rPr>${o.b ? "<w:b/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr><w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
const para = (t, o = {}) => { body.push(`<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.after != null ? `<w:spacing w:after="${o.after}"/>` : ""}</w:pPr>${run(t, o)}</w:p>`); if (o.render !== false) out.push(t); };
const cell = (t, w, o = {}) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${o.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>` : ""}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${run(t, { b: o.b })}</w:p></w:tc>`;
const table = (rows, widths, o = {}) => {
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    + rows.map((r, i) => `<w:tr>${i === 0 && o.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ""}${r.map((c, j) => cell(c, widths[j], { b: (i === 0 && o.header) || (j === 0 && o.labels), shade: (i === 0 && o.header) || (j === 0 && o.labels) ? "DCE6F1" : "" })).join("")}</w:tr>`).join("")
    + `</w:tbl>`);
  body.push(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`);
  for (const r of rows) out.push(r.filter((c) => c !== "").join(" | "));
};

// ---------------------------------------------------------------- the alternative-format chunks
const chunks = [];
const chunk = (title, htmlBody, lines) => {
  const n = chunks.length + 1;
  const id = `rIdAltChunk${n}`;
  chunks.push({ name: `afchunk${n}.htm`, id, html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${x(title)}</title>
<style>body{font-family:Arial,sans-serif;font-size:11pt}h3{font-size:12pt;margin:12pt 0 6pt}p{margin:0 0 6pt}p.res{margin-left:24pt}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3pt 5pt;vertical-align:top}th{background:#DCE6F1}</style></head>
<body>
${htmlBody}
</body></html>
` });
  rels.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk${n}.htm"/>`);
  body.push(`<w:altChunk r:id="${id}"/>`);
  out.push(...lines);
};
// an item: heading, numbered paragraphs and an optional resolution
const item = (no, title, paras, resolved) => {
  const lines = [`${no}. ${title}`];
  let html = `<h3>${x(no)}. ${x(title)}</h3>\n`;
  for (const [i, p] of paras.entries()) { const t = `${no}.${i + 1} ${p}`; html += `<p>${x(t)}</p>\n`; lines.push(t); }
  if (resolved) {
    const head = resolved.length > 1 ? "RESOLVED that the Task Group:" : "RESOLVED that the Task Group";
    if (resolved.length > 1) {
      html += `<p><b>${head}</b></p>\n`; lines.push(head);
      for (const r of resolved) { html += `<p class="res">${x(r)}</p>\n`; lines.push(r); }
    } else { html += `<p><b>${head}</b> ${x(resolved[0])}</p>\n`; lines.push(`${head} ${resolved[0]}`); }
  }
  chunk(`${no}. ${title}`, html, lines);
};

// ---------------------------------------------------------------- the document
para(BODY, { style: "Title" });
para("Minutes of the meeting held on Wednesday 16 November 2146", { style: "Heading1" });
para("DRAFT – subject to approval at the next meeting of the Task Group", { b: true, color: "C00000" });
table([
  ["Meeting", BODY],
  ["Date", "Wednesday 16 November 2146"],
  ["Time", "10.30am – 12.55pm"],
  ["Venue", `${ROOM}, London SW1P 3HZ, and Microsoft Teams`],
  ["Chair", cllr("thornycroft")],
  ["Clerk", `${O.wilfred.name}, ${O.wilfred.post}`],
  ["Status", "Draft – exported 22/11/2146 16:05"],
], [2200, 7400], { labels: true });
para("Attendance", { style: "Heading2" });
const roleOf = (k) => (P[k].role === "Member" ? "" : ` (${P[k].role})`);
const att = [["Attendance", "Name", "Council or post"]];
for (const k of PRESENT) att.push([ONLINE.includes(k) ? "Present (online)" : "Present", cllr(k) + roleOf(k), P[k].council]);
att.push(["Substitute", `${cllr(SUB.k)} (for ${cllr(SUB.for)})`, P[SUB.k].council]);
for (const k of APOLOGIES) att.push(["Apologies", cllr(k), P[k].council]);
for (const k of ["oluwaseun", "juniper", "casimir", "wilfred"]) att.push(["Officer", O[k].name, O[k].post]);
att.push(["Guest", `${GUEST.name} (item 7)`, GUEST.post]);
table(att, [2200, 4000, 3400], { header: true });
para("Minutes", { style: "Heading2" });

item(1, "Welcome, apologies and declarations of interest", [
  `The Chair welcomed ${cllr("brimblecombe")} to his first meeting. He replaced ${cllr("askwith")}, who stood down from the Task Group on 30 September 2146.`,
  `Apologies were received from ${cllr("quaife")}, for whom ${cllr("vargaholme")} substituted, and from ${cllr("lowndes")}.`,
  `${cllr("gethryn")} declared an interest in item 4 as ${P.gethryn.council}'s Cabinet Member for Education; Harrowfell has bid for a pilot. She took part in the discussion but said she would not vote on the awards.`,
  `${cllr("ugwuanyi")} declared an interest in item 4 because Tamsford Borough Council, of which she is Deputy Leader, has bid for a pilot.`,
]);
item(2, "Minutes of the meeting held on 14 September 2146", [
  "The minutes of the meeting held on 14 September 2146 were agreed as a correct record.",
  `Of the actions from 14 September (HTA-34 to HTA-40), five are complete. Two remain open: ${SEPT_OPEN[0]}, the publication of the independent travel training toolkit (see item 5), and ${SEPT_OPEN[1]}, the Chair's letter to the Department for Education on funding for post-16 transport, sent on 3 October 2146, to which no reply has yet been received.`,
  "The Task Group asked the Head of Democratic Services to chase a reply (HTA-47).",
]);
const m = Object.fromEntries(MEASURES.map((q) => [q.ref, q]));
item(3, "Performance at quarter 2 2146/47", [
  `${O.oluwaseun.name}, ${O.oluwaseun.post}, introduced the report on the eight measures at 30 September 2146: three on track, two at some risk, two off track and one achieved. Compared with quarter 1, three measures were rated worse (STM-01, STM-04 and STM-05) and one better (STM-02).`,
  `Members were most concerned about STM-05: only ${m["STM-05"].q2v} of drivers and passenger assistants had in-date safeguarding training, because 212 staff on Tamsford's new contracts were awaiting training. Cllr Ugwuanyi said Tamsford had booked extra courses from January.`,
  `On STM-01, members noted that the average yearly cost of transport for a pupil with SEND had risen to ${m["STM-01"].q2v}, against a target of ${m["STM-01"].target}, mostly because of fuel and drivers' pay.`,
], [
  "(a) notes the performance at quarter 2;",
  "(b) asks Tamsford Borough Council for a recovery plan for safeguarding training by 9 December 2146.",
]);
item(4, "Shared route optimisation pilots: round 1 bids", [
  `${O.juniper.name}, ${O.juniper.post}, introduced the item. Four councils had bid for ${gbp(ASKED)} against the round 1 allocation of ${gbp(ROUND1)} from the ${FUND}. The assessment panel would finish scoring the bids on 25 November 2146.`,
  `As the awards were likely to total more than ${gbp(LIMITS.chair)}, the Chair could not decide them between meetings; the decision needed the whole Task Group. Waiting until the meeting on 18 January 2147 would mean that the pilots could not start in January.`,
  "Cllr Gethryn and Cllr Ugwuanyi, having declared interests, did not vote on this item.",
], [
  "(a) takes the decision on the round 1 awards between meetings, by a proposal on Loomio open from 28 November 2146 to 5pm on 2 December 2146;",
  "(b) requires every council awarded a pilot to contribute at least 10 per cent of its award;",
  "(c) notes that a decision on Loomio stands only if at least seven members vote.",
]);
item(5, "Independent travel training toolkit", [
  `${cllr("tilsworth")}, lead member for independent travel training, introduced the item. The toolkit (HTA-36) will now be published on 16 December 2146, not 30 November, because three councils asked for more time to test it with families.`,
  "Recruitment of travel trainers in Ockerby, Pennerby and Tamsford is behind: 4 of the 9 posts are filled, which is why STM-04 has fallen to some risk.",
], [
  "(a) agrees the new publication date of 16 December 2146;",
  "(b) asks for a recruitment plan for travel trainers at the next meeting.",
]);
item(6, "Safeguarding training catch-up", [
  `${O.casimir.name}, ${O.casimir.post}, introduced the item. A catch-up programme for the 212 drivers and passenger assistants awaiting safeguarding training would cost ${gbp(SAFEGUARDING)}, and could run from 21 November 2146 to 31 January 2147.`,
], [
  `agrees ${gbp(SAFEGUARDING)} from the programme contingency for a safeguarding training catch-up, to run from 21 November 2146 to 31 January 2147.`,
]);
item(7, "Community Minibus Partnership", [
  `The Chair welcomed ${GUEST.name}, ${GUEST.post}, who presented on community transport for journeys to school. In 2145/46 the Partnership's 46 member schemes carried 3,100 pupils a day at an average cost of £21.40 a journey, against £34.90 for a taxi contracted by a council.`,
  "Members asked about drivers' safeguarding training; Ms Wenham said that all the Partnership's drivers are trained every two years.",
], [
  `thanks ${GUEST.name} and asks officers to explore a framework agreement with the Partnership.`,
]);
item(8, "Any other business", [
  `${cllr("yeoward")} asked for a briefing on the electric minibus framework before the next meeting. The Chair agreed.`,
]);
item(9, "Date of next meeting", [
  `The next meeting will be held on Wednesday 18 January 2147 at 10.30am in ${ROOM}.`,
]);
// the actions: an HTML table from the system's action module
{
  const head = ["Ref", "Minute", "Action", "Owner", "Due"];
  const rows = ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, a.due]);
  const html = `<h3>Actions</h3>\n<table>\n<tr>${head.map((c) => `<th>${c}</th>`).join("")}</tr>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${x(c)}</td>`).join("")}</tr>`).join("\n")}\n</table>\n`;
  chunk("Actions", html, ["Actions", head.join(" | "), ...rows.map((r) => r.join(" | "))]);
}
para("Exported from CivicMinutes 4.2 on 22/11/2146 at 16:05. These minutes are a draft until the Task Group approves them.", { sz: 16, color: "595959" });

// ---------------------------------------------------------------- the package
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body.join("")}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1247" w:bottom="1304" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${run(`Draft minutes – ${BODY} – 16 November 2146 – Page `, { sz: 16 })}<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const style = (id, name, rpr, ppr = "", based = "Normal") => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${based}"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${style("Title", "Title", '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/><w:color w:val="1F3864"/>', '<w:spacing w:after="60"/>')}
${style("Heading1", "heading 1", '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>', '<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="0"/>')}
${style("Heading2", "heading 2", '<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/><w:color w:val="1F3864"/>', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/>')}
${style("Footer", "footer", "", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>')}
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>${rels.join("")}</Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(BODY)} – draft minutes – 16 November 2146</dc:title><dc:subject>Minutes</dc:subject><dc:creator>CivicMinutes</dc:creator><cp:lastModifiedBy>wanakwe-dorling</cp:lastModifiedBy><cp:keywords>HSTTG; minutes; draft</cp:keywords><dcterms:created xsi:type="dcterms:W3CDTF">2146-11-22T16:05:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2146-11-22T16:05:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>CivicMinutes 4.2 (OpenXML export)</Application><Company>Local Government Association</Company></Properties>`;

const zip = new JSZip();
zip.file("[Content_Types].xml", contentTypes);
zip.file("_rels/.rels", rootRels);
zip.file("word/document.xml", documentXml);
zip.file("word/_rels/document.xml.rels", docRels);
zip.file("word/styles.xml", stylesXml);
zip.file("word/settings.xml", settingsXml);
zip.file("word/footer1.xml", footerXml);
for (const c of chunks) zip.file(`word/${c.name}`, c.html);
zip.file("docProps/core.xml", core);
zip.file("docProps/app.xml", app);
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${chunks.length} altChunk parts, ${out.length} rendering lines)`);
