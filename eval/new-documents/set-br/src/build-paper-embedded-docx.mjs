// Builds docs/pptg-item-5-fund-round-2-and-signing-standard-2327-12-08.docx and its rendering in text/.
// Layout: A WORD BOARD PAPER WHOSE APPENDICES ARE EMBEDDED WORD DOCUMENTS SHOWN AS ICONS (Insert > Object >
// Create from file > Display as icon), as officers attach appendices to a report. The package is written
// by hand (jszip): the paper itself is ordinary WordprocessingML – the LGA front sheet (body, date, item,
// title, "Purpose of report", "Summary", "Is this report confidential?", "Is this a key decision?",
// "Recommendations" with typed (a)–(d), "Action", and the contact officer's name, position and phone –
// THE CONTACT OFFICER'S E-MAIL ADDRESS ONLY AS THE TARGET OF A mailto: HYPERLINK whose visible text is his
// name), then hand-numbered paragraphs under headings. Under "Appendices", EACH APPENDIX IS A <w:object>:
// a VML shape whose picture (word/media/imageN.png) is a file icon, and an <o:OLEObject Type="Embed"
// ProgID="Word.Document.12" DrawAspect="Icon"> whose relationship (type …/package) points to a WHOLE .docx
// INSIDE THE PACKAGE (word/embeddings/Microsoft_Word_Document1.docx, …2.docx). On the page and to a reader
// that reads document.xml, an appendix is a picture of an icon: the round 2 bids, scores and awards
// (Appendix A) and the sign types, sizes, clear-footway minimum and consultation dates (Appendix B) exist
// only inside the embedded packages, which open in Word when the icon is double-clicked.
// Rendering: the paper's paragraphs a line each; at each icon, the embedded document's paragraphs and
// table rows (cells " | "), as a reader who opens it sees them.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-paper-embedded-docx.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, FUND, PARTNER, OFFICERS as O, GUEST, BIDS, ASKED, AWARDED, LEFT, ROUND1, ROUND2, FUND_TOTAL, THRESHOLD, CAP, SIGNS, CLEAR_WIDTH, CONSULT, COMMENCE, gbp } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.paper;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

// ---------------------------------------------------------------- a small WordprocessingML writer
function writer() {
  const body = [], out = [];
  const run = (t, o = {}) => `<w:r><w:rPr>${o.style ? `<w:rStyle w:val="${o.style}"/>` : ""}${o.b ? "<w:b/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr><w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
  return {
    body, out, run,
    p(t, o = {}) { body.push(`<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.indent ? '<w:ind w:left="567"/>' : ""}</w:pPr>${Array.isArray(t) ? t.map(([s, ro]) => run(s, ro)).join("") : run(t, { b: o.b, color: o.color, sz: o.sz })}</w:p>`); out.push(Array.isArray(t) ? t.map(([s]) => s).join("") : t); },
    raw(xml, lines = []) { body.push(xml); out.push(...lines); },
    table(rows, widths) {
      const cell = (t, w, b) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${b ? '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' : ""}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${run(t, { b })}</w:p></w:tc>`;
      body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
        + rows.map((r, i) => `<w:tr>${i === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${r.map((c, j) => cell(c, widths[j], i === 0 || (i === rows.length - 1 && r[0] === "Total"))).join("")}</w:tr>`).join("") + "</w:tbl>");
      body.push('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>');
      for (const r of rows) out.push(r.filter((c) => c !== "").join(" | "));
    },
  };
}
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;
const core = (title, created) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(title)}</dc:title><dc:creator>${x(O.pybus.name)}</dc:creator><cp:lastModifiedBy>${x(O.pybus.name)}</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2327-11-29T16:40:00Z</dcterms:modified></cp:coreProperties>`;
const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>LGA Board Report.dotx</Template><Application>Microsoft Office Word</Application><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`;
async function pack(w, { title, created, extraRels = [], extraFiles = [], extraDefaults = "" }) {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extraDefaults}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("docProps/core.xml", core(title, created));
  zip.file("docProps/app.xml", APP);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${extraRels.join("")}</Relationships>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${w.body.join("\n")}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`);
  for (const [name, data] of extraFiles) zip.file(name, data);
  for (const f of Object.values(zip.files)) f.date = new Date("1980-01-01T00:00:00Z"); // fixed, for reproducible bytes (a DOS date cannot hold 2327)
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

// ---------------------------------------------------------------- a file icon (PNG, drawn pixel by pixel; no text)
function icon(rgb) {
  const W = 48, H = 60, raw = Buffer.alloc((W * 3 + 1) * H);
  for (let yy = 0; yy < H; yy++) {
    raw[yy * (W * 3 + 1)] = 0;
    for (let xx = 0; xx < W; xx++) {
      const edge = xx < 6 || xx > 41 || yy < 2 || yy > 57 || (xx > 31 && yy < 12 && xx - 31 > yy - 2);
      const band = yy > 16 && yy < 30 && xx > 8 && xx < 40;
      const lines = !band && yy > 34 && yy < 54 && xx > 10 && xx < 38 && yy % 4 === 0;
      const c = edge ? [255, 255, 255] : band ? rgb : lines ? [160, 160, 160] : [250, 250, 250];
      if (xx === 6 || xx === 41 || yy === 2 || yy === 57) c.splice(0, 3, 120, 120, 120);
      raw.set(c, yy * (W * 3 + 1) + 1 + xx * 3);
    }
  }
  const crcT = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b) => { let c = 0xffffffff; for (const v of b) c = crcT[(c ^ v) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type, "latin1"), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- Appendix A (embedded)
const A = writer();
A.p(`Appendix A: ${FUND} – round 2 bids, scores and recommended awards`, { style: "Heading1" });
A.p(`The panel (${O.pybus.name}, ${O.crouchley.name} and ${GUEST.name} of the ${PARTNER}) scored the nine bids on 21 and 22 November 2327 against the published criteria: need (40 points), deliverability (30) and value for money (30). Bids scoring below ${THRESHOLD} out of 100 are not recommended; no council may receive more than ${gbp(CAP)}.`);
const streets = BIDS.reduce((t, b) => t + Number(b.streets.replace(",", "")), 0);
A.table([["Council", "Streets to review", "Amount asked", "Score (out of 100)", "Recommended award", "Note"],
  ...BIDS.map((b) => [b.council, b.streets, gbp(b.asked), String(b.score), gbp(b.award), b.note]),
  ["Total", streets.toLocaleString("en-GB"), gbp(ASKED), "", gbp(AWARDED), ""]], [2300, 1000, 1100, 900, 1200, 2300]);
A.p(`Round 2 allocation ${gbp(ROUND2)}; recommended awards ${gbp(AWARDED)}; left after the recommended awards ${gbp(LEFT)}.`);
const bufA = await pack(A, { title: "Appendix A - Round 2 assessment", created: "2327-11-23T10:05:00Z" });

// ---------------------------------------------------------------- Appendix B (embedded)
const B = writer();
B.p("Appendix B: Draft national signing standard – summary for consultation", { style: "Heading1" });
B.p("1. Every prohibition zone is signed where each road enters it and where each road leaves it. Inside a zone no repeater signs are needed; only exempt lengths are signed.");
B.p("2. The draft has four sign types:");
B.table([["Sign", "Type", "Where", "Legend", "Size"], ...SIGNS.map((s) => [s.code, s.name, s.where, s.legend, s.size])], [700, 1300, 2600, 2700, 1900]);
B.p(`3. An exempt length must leave at least ${CLEAR_WIDTH} of clear footway, measured from the edge of the bay marking to the back of the footway. Where it cannot, the street is not exempt.`);
B.p("4. The footway part of each exempt bay is marked by a white line 50 mm wide.");
B.p(`5. Consultation: highway authorities are asked for their views from ${CONSULT.from} to ${CONSULT.to}. The final standard will come to the Task Group on 8 March 2328.`);
const bufB = await pack(B, { title: "Appendix B - Draft national signing standard", created: "2327-11-21T14:30:00Z" });

// ---------------------------------------------------------------- the paper
const w = writer();
const H2 = (t) => w.p(t, { style: "Heading2" });
w.p(BODY, { b: true });
w.p("8 December 2327");
w.p("Item 5");
w.p(`${FUND} round 2 and the draft national signing standard`, { style: "Title" });
H2("Purpose of report");
w.p("For decision.");
H2("Summary");
w.p(`This report recommends six awards from round 2 of the ${FUND}, totalling ${gbp(AWARDED)}, and asks the Task Group to endorse the draft national signing standard for consultation with highway authorities.`);
w.p([["Is this report confidential? ", { b: true }], ["No", {}]]);
w.p([["Is this a key decision? ", { b: true }], ["Yes – the awards total more than £250,000.", {}]]);
H2("Recommendations");
w.p("That the Task Group:");
const RECS = [
  `(a) awards ${gbp(AWARDED)} from round 2 of the ${FUND} to the six councils in Appendix A whose bids scored ${THRESHOLD} or more;`,
  `(b) does not fund the three bids that scored below the threshold of ${THRESHOLD} (Nantwhistle, Ambersett and Runnock);`,
  `(c) holds the remaining ${gbp(LEFT)} of round 2 for councils whose round 1 surveys found more streets than expected, to be allocated by the Chair after consulting the Vice-Chair;`,
  `(d) endorses the draft national signing standard in Appendix B for consultation with highway authorities from 12 December 2327 to 3 February 2328.`,
];
for (const r of RECS) w.p(r, { indent: true });
H2("Action");
w.p("Officers to tell the nine councils the outcome by Thursday 15 December 2327 and to open the consultation on Monday 12 December 2327.");
w.p([["Contact officer: ", { b: true }], [O.pybus.name, {}]]);
w.p([["Position: ", { b: true }], [O.pybus.post, {}]]);
w.p([["Phone no: ", { b: true }], [O.pybus.phone, {}]]);
w.raw(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Email: </w:t></w:r><w:hyperlink r:id="rId20" w:history="1">${w.run(O.pybus.name, { style: "Hyperlink" })}</w:hyperlink></w:p>`, [`Email: ${O.pybus.name}`]);
w.raw('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
w.p(`${FUND} round 2 and the draft national signing standard`, { style: "Heading1" });
H2("Background");
w.p(`1. The national prohibition of pavement parking starts on ${COMMENCE}. Before then each highway authority must decide which streets are exempt, make exemption orders for them and sign every prohibition zone.`);
w.p(`2. The ${FUND} of ${gbp(FUND_TOTAL)} helps councils to survey streets for exemption. The Task Group awarded ${gbp(ROUND1)} to eight councils in round 1 on 16 June 2327, and on 13 October 2327 opened round 2, of ${gbp(ROUND2)} (minute 4).`);
H2("Round 2 of the Fund");
w.p(`3. Round 2 was open from 17 October to 14 November 2327. Nine councils bid for ${gbp(ASKED)} in all, to review ${streets.toLocaleString("en-GB")} streets.`);
w.p(`4. A panel of ${O.pybus.name}, ${O.crouchley.name} and ${GUEST.name} of the ${PARTNER} scored the bids on 21 and 22 November 2327. Six bids scored ${THRESHOLD} or more. Appendix A gives every bid, its score and the recommended award.`);
w.p("5. Three awards are less than the amount asked: Gorsebury's, because 60 of its streets were surveyed in round 1; Wrexholme's, which is held to the maximum award; and Eldenmoor's, because staff training is not an eligible cost.");
w.p(`6. The six awards total ${gbp(AWARDED)}, leaving ${gbp(LEFT)} of round 2. Officers propose to hold it for councils whose round 1 surveys found more streets than expected, for the Chair to allocate after consulting the Vice-Chair.`);
w.p("7. Members whose councils have bid in round 2 (Appendix A) should declare an interest at this item and should not vote on the awards.");
H2("The draft national signing standard");
w.p("8. On 13 October 2327 the Task Group asked for a draft national signing standard (minute 5). Officers tested the sign types with lead members and highway authorities at a workshop on Teams on 8 November 2327, and sent a draft to 14 councils for comment on 18 November.");
w.p(`9. The draft in Appendix B has four sign types, S1 to S4. Councils at the workshop asked for a smaller zone entry sign for narrow streets, and the draft allows one. It also sets a minimum of ${CLEAR_WIDTH} of clear footway beside any exempt length, as the ${PARTNER} asked.`);
w.p(`10. If the Task Group endorses it, the consultation with highway authorities will run from ${CONSULT.from} to ${CONSULT.to}, and the final standard will come to the meeting on 8 March 2328.`);
H2("Financial implications");
w.p(`11. The awards of ${gbp(AWARDED)} and the ${gbp(LEFT)} held are met from the ${gbp(ROUND2)} set aside for round 2 in 2327/28. The consultation costs nothing beyond officers' time.`);
H2("Equalities implications");
w.p("12. Pavement parking falls hardest on disabled people, older people and people with pushchairs. The clear footway minimum and the Alliance's part in scoring the bids are meant to keep their needs at the centre of the exemption reviews.");
H2("Next steps");
w.p("13. Subject to the Task Group's decisions, officers will write to the nine councils and publish the consultation.");
H2("Appendices");
const obj = (n, rImg, rOle) => `<w:p><w:r><w:object w:dxaOrig="1531" w:dyaOrig="991">${n === 1 ? '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>' : ""}<v:shape id="_x0000_i102${4 + n}" type="#_x0000_t75" style="width:76.5pt;height:49.5pt" o:ole=""><v:imagedata r:id="${rImg}" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i102${4 + n}" DrawAspect="Icon" ObjectID="_179553411${n}" r:id="${rOle}"><o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object></w:r></w:p>`;
w.p("Appendix A – Round 2 bids, scores and recommended awards");
w.raw(obj(1, "rId11", "rId12"), A.out);
w.p("Appendix B – Draft national signing standard: summary for consultation");
w.raw(obj(2, "rId13", "rId14"), B.out);
const buf = await pack(w, {
  title: "PPTG 8 December 2327 item 5",
  created: "2327-11-21T09:15:00Z",
  extraDefaults: '<Default Extension="png" ContentType="image/png"/><Default Extension="docx" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>',
  extraRels: [
    `<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`,
    `<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Word_Document1.docx"/>`,
    `<Relationship Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.png"/>`,
    `<Relationship Id="rId14" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Word_Document2.docx"/>`,
    `<Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:${O.pybus.email}" TargetMode="External"/>`,
  ],
  extraFiles: [["word/media/image1.png", icon([43, 87, 154])], ["word/media/image2.png", icon([43, 87, 154])], ["word/embeddings/Microsoft_Word_Document1.docx", bufA], ["word/embeddings/Microsoft_Word_Document2.docx", bufB]],
});
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), w.out.join("\n") + "\n");
console.log(`wrote docs/${FILE}`);
