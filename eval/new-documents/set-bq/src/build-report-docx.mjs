// Builds docs/tphljc-fare-tariff-review-report-2312-01-18.docx and its rendering in text/.
// Layout: A WORD REPORT WHOSE TABLES ARE PASTED SCREENSHOTS, THE FIGURES ONLY IN THE PICTURES' ALT TEXT.
// The front sheet, recommendations and paragraphs are ordinary WordprocessingML, but the current tariff,
// the three options and the consultation results were pasted in as pictures (screenshots of the
// officer's spreadsheet, here stand-in PNGs of an empty grid, no glyphs) and, for the council's
// accessibility check, each was given a description – `<wp:docPr descr="…">` – WHICH IS THE ONLY PLACE
// IN THE FILE WHERE THOSE FIGURES ARE WRITTEN. One picture, the cost index (Figure 4), kept Word's default
// name and has no description, so its figures are in no text at all. mammoth's raw text and most text
// extractors skip pictures and so miss every figure in the tables. Numbered headings and paragraphs
// typed by hand, a front-sheet table of labels, "Figure n:" captions under the pictures, a footer.
// Rendering: the paragraphs and table rows (cells " | ") in order, each picture as its description
// where it stands (a picture with no description left out).
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-report-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { deflateSync } from "node:zlib";
import { root, requireMain, DOCS, BODY, PARTNERSHIP, MEETING, OFFICERS as O, TARIFF_OLD as T0, OPTIONS, twoMile, gbp, pct, PREF, SUPPORT, RESP, BYTYPE } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.report, BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [], body = [];
const run = (t, o = {}) => `<w:r><w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.sz ? `<w:sz w:val="${o.sz}"/>` : ""}</w:rPr><w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
const P = (t, o = {}) => { body.push(`<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.ind ? `<w:ind w:left="${o.ind}" w:hanging="${o.hang ?? 0}"/>` : ""}</w:pPr>${run(t, o)}</w:p>`); out.push(t); };
const cell = (t, w, b) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${b ? '<w:shd w:val="clear" w:color="auto" w:fill="E7ECF2"/>' : ""}</w:tcPr><w:p>${run(t, { b })}</w:p></w:tc>`;
const table = (rows, widths) => {
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.map((r) => `<w:tr>${r.map((c, j) => cell(c, widths[j], j === 0)).join("")}</w:tr>`).join("")}</w:tbl><w:p/>`);
  for (const r of rows) out.push(r.join(" | "));
};
// ---- a stand-in screenshot: a PNG of an empty grid
const crcT = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
const crc = (b) => { let c = -1; for (const v of b) c = crcT[(c ^ v) & 255] ^ (c >>> 8); return (c ^ -1) >>> 0; };
const chunk = (type, data) => { const l = Buffer.alloc(4); l.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([l, td, c]); };
const png = (w, h, rowsN, colsN) => {
  const raw = Buffer.alloc((w * 3 + 1) * h, 255);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let xx = 0; xx < w; xx++) {
      const line = y % Math.floor(h / rowsN) === 0 || xx % Math.floor(w / colsN) === 0 || y === h - 1 || xx === w - 1;
      const head = y < Math.floor(h / rowsN);
      const v = line ? 150 : head ? 225 : 255;
      const o = y * (w * 3 + 1) + 1 + xx * 3;
      raw[o] = v; raw[o + 1] = v; raw[o + 2] = head && !line ? 240 : v;
    }
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
};
const media = [];
const picture = (descr, rowsN, colsN, caption) => {
  const n = media.length + 1;
  media.push(png(600, 30 * rowsN, rowsN, colsN));
  const cx = 5486400, cy = Math.round(5486400 * (30 * rowsN) / 600);
  const d = descr ? ` descr="${x(descr)}"` : "";
  body.push(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${n}" name="Picture ${n}"${d}/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${n}" name="Picture ${n}"${d}/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rImg${n}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`);
  if (descr) out.push(descr);
  P(caption, { i: true, sz: 18 });
};

const B = OPTIONS.B, A = OPTIONS.A;
P(BODY, { b: true, sz: 32 });
P(`${MEETING.date}`, { b: true });
P("Item 6", { b: true });
P("Hackney carriage fare tariff review 2312", { style: "Heading1", b: true, sz: 28 });
table([
  ["Report of", `Licensing Manager, ${PARTNERSHIP}`],
  ["Contact officer", `${O.manager.name}, Licensing Manager – ${O.manager.phone} – ${O.manager.email}`],
  ["Key decision", "Yes (it affects passengers in all five council areas)"],
  ["Exempt information", "None – this report is for publication"],
  ["Wards affected", "All wards in the five councils"],
  ["Background papers", "Fare consultation responses (Typeform export of 8 December 2311); results of the members' workshop of 23 November 2311"],
], [2200, 6800]);
P("1. Purpose of the report", { b: true });
P("1.1 To set the table of fares for hackney carriages in the five council areas from 1 March 2312, after the review of costs and the consultation with the trade and the public in November and December 2311.");
P("2. Recommendations", { b: true });
P("2.1 That the Joint Committee:");
P(`(a) approves Option B: a Tariff 1 flag fall of ${gbp(B.flag1)} and ${gbp(B.unit1)} for each further 110 yards, with the other charges in Figure 2, so that a typical two-mile daytime fare rises from ${gbp(twoMile(T0))} to ${gbp(twoMile(B))};`, { ind: 720, hang: 360 });
P("(b) authorises the Licensing Manager to publish notice of the varied table of fares under section 65 of the Local Government (Miscellaneous Provisions) Act 1976, with objections to be made by Friday 16 February 2312, so that, if no objection is made, the new tariff takes effect on Friday 1 March 2312;", { ind: 720, hang: 360 });
P(`(c) notes that if objections are made and not withdrawn, they will be reported to the meeting on ${MEETING.next}, which will set the date on which the tariff takes effect;`, { ind: 720, hang: 360 });
P("(d) agrees that the tariff be reviewed again in autumn 2313, using the same cost index.", { ind: 720, hang: 360 });
P("3. Background", { b: true });
P("3.1 The present tariff has applied since 1 April 2309 in all five councils (Figure 1). Drivers' associations asked for a review in June 2311.");
picture(`Table: the current hackney carriage tariff, in force since 1 April 2309. Tariff 1 (06:00 to 22:00, Monday to Saturday): flag fall (first 220 yards) ${gbp(T0.flag1)}; each further 110 yards ${gbp(T0.unit1)}; waiting time, each 60 seconds ${gbp(T0.wait1)}. Tariff 2 (22:00 to 06:00, Sundays and bank holidays): flag fall ${gbp(T0.flag2)}; each further 110 yards ${gbp(T0.unit2)}; waiting time ${gbp(T0.wait2)}. Tariff 3 (Christmas and New Year periods): Tariff 1 doubled. Soiling charge £75. Typical two-mile daytime fare ${gbp(twoMile(T0))}.`, 8, 4, "Figure 1: Current tariff");
P("3.2 The Partnership's cost index for a typical hackney carriage (fuel, insurance, vehicle finance, servicing, licence fees and a driver's earnings at the National Living Wage) has risen by 11.8 per cent since April 2309 (Figure 4).");
P("4. Options", { b: true });
P("4.1 Three options were put to consultation (Figure 2). Option B is the only one that keeps pace with the cost index for a typical journey.");
picture(`Table: the three options. Option A: Tariff 1 flag fall ${gbp(A.flag1)}, each further 110 yards ${gbp(A.unit1)}, waiting ${gbp(A.wait1)}; Tariff 2 flag fall ${gbp(A.flag2)}, each further 110 yards ${gbp(A.unit2)}, waiting ${gbp(A.wait2)}; typical two-mile daytime fare ${gbp(twoMile(A))} (up ${pct(twoMile(A), twoMile(T0))}). Option B: Tariff 1 flag fall ${gbp(B.flag1)}, each further 110 yards ${gbp(B.unit1)}, waiting ${gbp(B.wait1)}; Tariff 2 flag fall ${gbp(B.flag2)}, each further 110 yards ${gbp(B.unit2)}, waiting ${gbp(B.wait2)}; typical two-mile daytime fare ${gbp(twoMile(B))} (up ${pct(twoMile(B), twoMile(T0))}). Option C: no change; typical two-mile daytime fare ${gbp(twoMile(T0))}. Tariff 3 stays at Tariff 1 doubled under every option.`, 4, 6, "Figure 2: Options consulted on");
P("5. Consultation", { b: true });
P(`5.1 The consultation ran online from Monday 6 November to Friday 8 December 2311. It was sent to all licensed drivers and operators and promoted on the councils' social media. ${RESP.length} responses were received: ${BYTYPE["Hackney carriage driver or owner"]} from hackney carriage drivers or owners, ${BYTYPE["Private hire driver or operator"]} from private hire drivers or operators, ${BYTYPE["Passenger or member of the public"]} from passengers or members of the public and ${BYTYPE.Organisation} from organisations.`);
picture(`Chart: which one option respondents preferred (${RESP.length} responses): Option A ${PREF.A}, Option B ${PREF.B}, Option C ${PREF.C}. Options respondents could support (any number could be chosen): Option A ${SUPPORT.A}, Option B ${SUPPORT.B}, Option C ${SUPPORT.C}.`, 3, 4, "Figure 3: Consultation results");
P("5.2 The Calderholt Hackney Drivers' Association and the Ottersby Taxi Owners' Cooperative supported Option B. The Tessendale Chamber of Commerce and the Mirefoot Disability Access Group preferred Option A; the Access Group asked that waiting-time charges be kept down.");
P("5.3 Members discussed the options at an informal workshop on 23 November 2311; no decision was taken there.");
picture("", 7, 5, "Figure 4: Cost index, April 2309 to October 2311");
P("6. Financial implications", { b: true });
P("6.1 Fares are paid by passengers and do not fall on the councils' budgets. Publishing the statutory notice in two local newspapers will cost about £1,850, met from the Partnership's licensing budget for 2311/12.");
P("7. Legal implications", { b: true });
P("7.1 Section 65 of the 1976 Act lets the councils vary the table of fares. Notice must be published in at least one local newspaper and objections may be made for at least 14 days. If objections are made and not withdrawn, the Joint Committee must consider them and set a date, no more than two months after the first date, on which the tariff takes effect.");
P("8. Equalities", { b: true });
P("8.1 Disabled people and people on low incomes use taxis more than most. The rise in waiting-time charges under Option B is 2p a minute; no change is proposed to the rule that there is no charge for loading a wheelchair.");
P("Contact officer", { b: true });
P(`${O.manager.name}, Licensing Manager, ${PARTNERSHIP}`);
P(`Telephone ${O.manager.phone} · ${O.manager.email}`);

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const zip = new JSZip();
zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`);
zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`);
zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rFt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>${media.map((_, i) => `<Relationship Id="rImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${i + 1}.png"/>`).join("")}</Relationships>`);
media.forEach((b, i) => zip.file(`word/media/image${i + 1}.png`, b));
zip.file("word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="auto"/><w:left w:val="single" w:sz="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:color="auto"/><w:right w:val="single" w:sz="4" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`);
zip.file("word/footer1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${NS}><w:p><w:r><w:t xml:space="preserve">TPHLJC 18 January 2312 – Item 6 – Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`);
zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body.join("")}<w:sectPr><w:footerReference w:type="default" r:id="rFt"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`);
zip.file("docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Hackney carriage fare tariff review 2312</dc:title><dc:creator>${x(O.manager.name)}</dc:creator><cp:lastModifiedBy>${x(O.clerk.name)}</cp:lastModifiedBy></cp:coreProperties>`);
zip.file("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>`);
writeFileSync(join(root, "docs", FILE), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
