// Builds docs/sgesjc-item-5-ground-safety-programme-q3-2232-03-22.docx and its rendering in text/.
// Layout: A WORD REPORT WHOSE FACTS SIT IN FIELDS, SHOWN ONLY AS THEIR CACHED RESULTS (package written by
// the builder with jszip; WordprocessingML by hand). The paper was made from the host council's report
// template by its committee system, which fills the front sheet from the document's custom properties:
// the front sheet is a two-column table whose values – meeting, date, agenda item, title, contact
// officer, position, phone, e-mail – are SIMPLE FIELDS (`<w:fldSimple w:instr=" DOCPROPERTY ContactName ">`)
// holding the value as their cached run, as document-assembly tools write them; the same values are in
// docProps/custom.xml. The author then wrote the body in Word, so the rest uses Word's COMPLEX FIELDS
// (`w:fldChar` begin / instrText / separate / result / end): a TABLE OF CONTENTS field (entries as
// hyperlinks with PAGEREF page numbers after a tab), TABLE CAPTIONS NUMBERED BY SEQ FIELDS ("Table
// {SEQ Table}"), CROSS-REFERENCES BY REF FIELDS to bookmarks on the captions and on typed paragraph
// numbers ("as Table 1 shows", "paragraphs 13 to 14"), TWO CROSS-REFERENCES LEFT BROKEN after an
// appendix was cut, whose cached result is Word's "Error! Reference source not found.", TOTALS IN THE
// BUDGET TABLE AS FORMULA FIELDS (`=SUM(ABOVE) \# "#,##0;(#,##0)"`), a HYPERLINK field, and in the
// header and footer DOCPROPERTY, PAGE, NUMPAGES and SAVEDATE fields. No field is marked dirty, so Word
// shows what was cached. Typed paragraph numbers with a hanging indent; Heading 1 side headings; the
// measures table with status words in shaded cells; the risk register as Appendix A.
// Rendering (Word's view): paragraphs and table rows (cells " | ") in order, every field as its cached
// result; the header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-paper-fields-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, HOST, HALL, MEETINGS, KEY_DATES as K, OFFICERS as O, MEASURES, RISKS, BUDGET, BUDGET_TOTAL, VIREMENT, TANYARD, ENGINEER, full, long, gbp } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.paper;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const TITLE = "Ground Safety Programme 2231/32: performance at quarter 3, risks and budget";
const C = O.edgecombe;
const PROPS = {
  Meeting: BODY, MeetingDate: full(MEETINGS.march), ItemNo: "5", ContactName: C.name, ContactPost: C.post,
  ContactPhone: C.phone, ContactEmail: C.email, ReportOf: O.sewter.post,
};

// ---------------------------------------------------------------- runs and fields: each piece is {x: xml, t: text as shown}
const rpr = (o = {}) => {
  const p = [];
  if (o.b) p.push("<w:b/>");
  if (o.i) p.push("<w:i/>");
  if (o.color) p.push(`<w:color w:val="${o.color}"/>`);
  if (o.sz) p.push(`<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>`);
  return p.length ? `<w:rPr>${p.join("")}</w:rPr>` : "";
};
const R = (t, o = {}) => ({ x: `<w:r>${rpr(o)}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`, t });
const TAB = { x: "<w:r><w:tab/></w:r>", t: "\t" };
const simple = (instr, t, o = {}) => ({ x: `<w:fldSimple w:instr="${esc(instr)}"><w:r>${rpr(o)}<w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:fldSimple>`, t });
const complex = (instr, result, o = {}) => {
  const res = typeof result === "string" ? [R(result, o)] : result;
  return {
    x: `<w:r>${rpr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rpr(o)}<w:instrText xml:space="preserve"> ${esc(instr)} </w:instrText></w:r><w:r>${rpr(o)}<w:fldChar w:fldCharType="separate"/></w:r>${res.map((r) => r.x).join("")}<w:r>${rpr(o)}<w:fldChar w:fldCharType="end"/></w:r>`,
    t: res.map((r) => r.t).join(""),
  };
};
const prop = (name, o) => simple(` DOCPROPERTY  ${name}  \\* MERGEFORMAT `, PROPS[name], o);
let bmId = 0;
const bookmark = (name, pieces) => {
  const id = bmId++;
  const arr = [].concat(pieces);
  return { x: `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${arr.map((p) => p.x).join("")}<w:bookmarkEnd w:id="${id}"/>`, t: arr.map((p) => p.t).join("") };
};
const ref = (name, shown) => complex(`REF ${name} \\h`, shown);
const BROKEN = (name) => complex(`REF ${name} \\h`, "Error! Reference source not found.", { b: true });

// ---------------------------------------------------------------- paragraphs and tables
const body = []; // xml
const out = []; // rendering lines
const P = (pieces, o = {}) => {
  const arr = [].concat(pieces).map((p) => (typeof p === "string" ? R(p, o.run) : p));
  const ppr = [];
  if (o.style) ppr.push(`<w:pStyle w:val="${o.style}"/>`);
  if (o.keep) ppr.push("<w:keepNext/>");
  if (o.tabs) ppr.push(`<w:tabs>${o.tabs.map(([v, pos, leader]) => `<w:tab w:val="${v}"${leader ? ` w:leader="${leader}"` : ""} w:pos="${pos}"/>`).join("")}</w:tabs>`);
  if (o.spacing) ppr.push(`<w:spacing w:before="${o.spacing[0]}" w:after="${o.spacing[1]}"/>`);
  if (o.ind) ppr.push(`<w:ind w:left="${o.ind[0]}" w:hanging="${o.ind[1]}"/>`);
  if (o.jc) ppr.push(`<w:jc w:val="${o.jc}"/>`);
  const xml = `<w:p>${ppr.length ? `<w:pPr>${ppr.join("")}</w:pPr>` : ""}${o.pre ?? ""}${arr.map((p) => p.x).join("")}${o.post ?? ""}</w:p>`;
  const text = arr.map((p) => p.t).join("");
  return { xml, text };
};
const para = (pieces, o = {}) => {
  const p = P(pieces, o);
  body.push(p.xml);
  if (o.render !== false && p.text.trim()) out.push(o.renderAs ?? p.text.replace(/\t/g, " ").replace(/ +/g, " ").trim());
  return p;
};
// a numbered paragraph: typed number, tab, text; the number may carry a bookmark
const num = (n, pieces, mark) => para([mark ? bookmark(mark, R(String(n))) : R(String(n)), R("."), TAB, ...[].concat(pieces)], { ind: [567, 567], spacing: [0, 120] });
const H1 = (t, toc) => para([bookmark(toc, R(t))], { style: "Heading1", keep: true });

const cellXml = (pieces, o = {}) => {
  const paras = [].concat(o.paras ?? [pieces]).map((pc) => P(pc, { run: o.run, jc: o.jc }).xml).join("");
  const tcpr = [`<w:tcW w:w="${o.w}" w:type="dxa"/>`];
  if (o.span) tcpr.push(`<w:gridSpan w:val="${o.span}"/>`);
  if (o.fill) tcpr.push(`<w:shd w:val="clear" w:color="auto" w:fill="${o.fill}"/>`);
  return `<w:tc><w:tcPr>${tcpr.join("")}</w:tcPr>${paras}</w:tc>`;
};
const cellText = (pieces) => [].concat(pieces).map((p) => (typeof p === "string" ? p : p.t)).join("");
// rows: arrays of cells; a cell is a string, a piece, an array of pieces, or {c: pieces, fill, b}
const table = (widths, rows, o = {}) => {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const trs = rows.map((row, ri) => {
    const head = o.header && ri === 0;
    const tcs = row.map((cell, ci) => {
      const c = cell && cell.c !== undefined ? cell : { c: cell };
      return cellXml(c.c, { w: widths[ci], fill: c.fill ?? (head ? "D9E2F3" : undefined), run: { b: head || c.b, sz: o.sz }, jc: c.jc });
    }).join("");
    return `<w:tr>${head ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${tcs}</w:tr>`;
  }).join("");
  const borders = o.noBorders
    ? `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="BFBFBF"/><w:insideV w:val="nil"/></w:tblBorders>`
    : `<w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders>`;
  body.push(`<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs}</w:tbl>`);
  for (const row of rows) out.push(row.map((cell) => cellText(cell && cell.c !== undefined ? cell.c : cell)).join(" | "));
  body.push(P([]).xml); // Word needs a paragraph after a table
};

// ---------------------------------------------------------------- content
const STATUS_FILL = { Green: "C6EFCE", Amber: "FFEB9C", Red: "FFC7CE", Complete: "BDD7EE", "Data only": "E7E6E6" };
const tables = { measures: "_Ref201447915", budget: "_Ref201448302", risks: "_Ref201449120" };
const seq = (n) => complex("SEQ Table \\* ARABIC", String(n));
const caption = (n, mark, title) => para([bookmark(mark, [R("Table "), seq(n)]), R(": " + title)], { style: "Caption", keep: true });

// front sheet
para(R("Report to the " + BODY, { b: true }), { style: "Title", renderAs: "Report to the " + BODY });
table([2700, 6300], [
  ["Meeting", prop("Meeting")],
  ["Date", prop("MeetingDate")],
  ["Agenda item", prop("ItemNo")],
  ["Title", simple(" TITLE  \\* MERGEFORMAT ", TITLE)],
  ["Report of", prop("ReportOf")],
  ["Contact officer", prop("ContactName")],
  ["Position", prop("ContactPost")],
  ["Phone no", prop("ContactPhone")],
  ["Email", prop("ContactEmail")],
  ["Purpose of report", "For decision"],
  ["Is this a key decision?", "No"],
  ["Does the report contain exempt information?", "No"],
  ["Councils affected", "All six"],
].map(([a, b]) => [{ c: a, b: true, fill: "F2F2F2" }, b]), { sz: 20 });

para(R("Summary", { b: true }), { keep: true });
const summary = `At quarter 3 (October to December 2231) three of the programme's eight measures were on track, one was at some risk, two were off track, one is complete and one is reported for information only. The two off track are regulated stand inspections done by their due date (GS-02) and event management plans received 12 weeks ahead (GS-04). The risk register has been reviewed: the Tanyard Lane East Stand risk (SR-02) has risen to 20, the programme's only high risk, and a new risk on the Brantwick Road Stadium fan zone (SR-07) is added. The joint service is forecast to underspend its budget by £1,400; a virement of £${gbp(VIREMENT)} is proposed to pay for the extra structural engineering advice needed this year.`;
para(summary);
para(R("Recommendations", { b: true }), { keep: true });
para("That the Joint Committee:");
const recs = [
  ["(a)", [R("notes performance at quarter 3 2231/32, as set out in "), ref(tables.measures, [R("Table 1")]), R(";")]],
  ["(b)", [R("agrees the revised risk register at Appendix A, including new risk SR-07;")]],
  ["(c)", [R(`approves a virement of £${gbp(VIREMENT)} in 2231/32 from stewarding training grants to structural engineering advice (`), ref(tables.budget, [R("Table 2")]), R(");")]],
  ["(d)", [R(`asks the Head of Safety Certification to report on the Tanyard Lane East Stand remedial works to the meeting on ${long(MEETINGS.june2)}.`)]],
];
for (const [l, pcs] of recs) para([R(l), TAB, ...pcs], { ind: [567, 567] });

// table of contents (a complex field over several paragraphs)
para(R("Contents", { b: true }), { keep: true });
const TOC = [["1.", "Background", "2", "_Toc201450101"], ["2.", "Performance at quarter 3", "2", "_Toc201450102"], ["3.", "Tanyard Lane East Stand", "3", "_Toc201450103"], ["4.", "Risks", "4", "_Toc201450104"], ["5.", "Budget 2231/32", "4", "_Toc201450105"], ["6.", "Implications", "5", "_Toc201450106"], ["Appendix A:", "Risk register, March 2232", "6", "_Toc201450107"]];
TOC.forEach(([n, t, pg, anchor], i) => {
  const first = i === 0, last = i === TOC.length - 1;
  const entry = `<w:hyperlink w:anchor="${anchor}" w:history="1">${R(n).x}${TAB.x}${R(t).x}${TAB.x}${complex(`PAGEREF ${anchor} \\h`, pg).x}</w:hyperlink>`;
  const pre = first ? `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` : "";
  const post = last ? `<w:r><w:fldChar w:fldCharType="end"/></w:r>` : "";
  body.push(`<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="left" w:pos="1134"/><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>${pre}${entry}${post}</w:p>`);
  out.push(`${n} ${t} ${pg}`);
});

H1("1. Background", "_Toc201450101");
num(1, `The Joint Committee oversees the Ground Safety Programme 2231–33 on behalf of ${HOST}, the certifying authority for sports grounds in the county, and the five district, borough and city councils, which chair the safety advisory groups (SAGs) for events. This report covers the third quarter of 2231/32 (October to December 2231), with events since then to ${long(K.asAt)}.`);
num(2, `The measures were agreed on ${long(MEETINGS.june)}. Each is reported as Green (on track), Amber (some risk), Red (off track), Complete, or Data only where a measure has no target.`);
H1("2. Performance at quarter 3", "_Toc201450102");
num(3, [ref(tables.measures, [R("Table 1")]), R(" sets out the eight measures. Three are Green, one is Amber, two are Red, one is Complete and one is Data only.")]);
caption(1, tables.measures, "Performance measures at quarter 3 2231/32");
table([800, 3300, 900, 700, 700, 1000, 1000, 1300], [
  ["Ref", "Measure", "Target", "Q1", "Q2", "Q3", "Status", "Lead officer"],
  ...MEASURES.map((m) => [m.ref, m.m, m.target, m.q[0], m.q[1], m.q[2], { c: m.st, fill: STATUS_FILL[m.st] }, O[m.lead].name]),
], { header: true, sz: 17 });
num(4, `GS-02 is Red because two regulated stand inspections were late: the West Stand at Cradbury Park (14 days late, in quarter 2) and the East Stand at Tanyard Lane (22 days late, in quarter 3), where the engineer's visit was put back twice at the club's request. The inspection of the South Stand at Brantwick Road Stadium, due on ${long("2232-02-28")}, has also been missed; the engineer's visit is rebooked for ${long(K.southRebooked)}.`);
num(5, "GS-04 is Red: 17 of the 24 event management plans for events of over 5,000 people were received at least 12 weeks before the event. Officers have written to the organisers of the seven late events, and the SAG guidance now asks for plans 16 weeks ahead for events of over 10,000 people.", "_Ref201451005");
num(6, [R(`Two prohibition notices were served in quarter 3 (GS-06): on ${long(K.prohibition1)} on rows T to Z of the Tanyard Lane East Stand, and on ${long(K.prohibition2)} on terrace bay 4 at Heronsgate Stadium after crush barrier 4 failed its retest. Both remain in force. The notices are listed in `), BROKEN("_Ref201452230"), R(".")]);
H1("3. Tanyard Lane East Stand", "_Toc201450103");
num(7, `${ENGINEER.name} of ${ENGINEER.firm} inspected the East Stand at Tanyard Lane, Tewsley Town FC's ground, on ${long(K.inspected)}. He found corrosion with loss of section in two roof columns (C4 and C7) and advised that rows T to Z, under the affected bays, be closed until the columns are strengthened. A prohibition notice was served the next day.`);
num(8, `On ${long(MEETINGS.dec)} the Joint Committee agreed that the Chair, after consulting the Vice-Chair, could reduce the stand's capacity if the club's own interim survey, due by ${long(K.surveyDue)}, did not satisfy officers. The survey, received on ${long(K.surveyIn).replace(/ \d{4}$/, "")}, confirmed the findings, and on ${long(K.urgent)} the Chair took an urgent decision (UD-2232-01) reducing the East Stand's capacity from ${gbp(TANYARD.eastBefore)} to ${gbp(TANYARD.eastAfter)} and the ground's permitted capacity from ${gbp(TANYARD.before)} to ${gbp(TANYARD.after)}, from Tewsley Town's home match on ${long(K.firstMatch)}.`);
num(9, [R(`The club estimates the strengthening works at £${gbp(TANYARD.works)} and plans to finish them by ${long(K.worksBy)}, before the new season; the works are at the club's cost. Officers will report on progress to the meeting on ${long(MEETINGS.june2)} (recommendation (d)). The engineer's findings are summarised in `), BROKEN("_Ref201452231"), R(".")]);
H1("4. Risks", "_Toc201450104");
num(10, "Officers reviewed the risk register at Appendix A on " + long(K.riskReview) + ". Each risk is scored for likelihood and impact from 1 to 5; the score is the two multiplied together: 15 or more is High, 8 to 12 is Medium and 6 or less is Low.");
num(11, "SR-02, structural failure of a regulated stand, has risen from 15 to 20 and is now the programme's only High risk. SR-03 (late event management plans) and SR-04 (the structural engineering framework) have also risen, and SR-05 has fallen. A new risk, SR-07, covers crowd pressure in the fan zone that Brantwick Athletic FC plans to open beside the South Stand in August 2232, as members asked on 15 December 2231.");
num(12, [R(`The framework contract for specialist structural engineering advice ends on ${long(K.frameworkEnds)}. ${HOST}'s procurement team expects to award a new contract by ${long(K.newFramework)} (SR-04; see also paragraph `), ref("_Ref201451014", [R("14")]), R(").")]);
H1("5. Budget 2231/32", "_Toc201450105");
num(13, [R(`The joint service's budget for 2231/32 is £${gbp(BUDGET_TOTAL.budget)}, funded 50 per cent by ${HOST} and 10 per cent by each of the five district, borough and city councils. At ${long(K.asAt)} the forecast outturn is £${gbp(BUDGET_TOTAL.forecast)}, an underspend of £${gbp(-BUDGET_TOTAL.variance)} (`), ref(tables.budget, [R("Table 2")]), R(").")], "_Ref201451013");
caption(2, tables.budget, `Budget 2231/32 – forecast outturn at ${long(K.asAt)}`);
const sumField = (v) => complex('=SUM(ABOVE) \\# "#,##0;(#,##0)"', gbp(v), { b: true });
table([4200, 1600, 1700, 1500], [
  ["Budget line", "Budget (£)", "Forecast outturn (£)", "Variance (£)"],
  ...BUDGET.map((b) => [b.line, { c: gbp(b.budget), jc: "right" }, { c: gbp(b.forecast), jc: "right" }, { c: gbp(b.variance), jc: "right" }]),
  [{ c: "Total", b: true }, { c: [sumField(BUDGET_TOTAL.budget)], jc: "right" }, { c: [sumField(BUDGET_TOTAL.forecast)], jc: "right" }, { c: [sumField(BUDGET_TOTAL.variance)], jc: "right" }],
], { header: true, sz: 19 });
num(14, `Structural engineering advice is forecast to overspend by £${gbp(VIREMENT)} because of the Tanyard Lane inspections and the review of the club's interim survey. Stewarding training grants are forecast to underspend by £${gbp(VIREMENT)} because only 9 of the 24 planned grants have been claimed. A virement of £${gbp(VIREMENT)} between the two lines is recommended (recommendation (c)); a virement of more than £10,000 needs the Joint Committee's approval.`, "_Ref201451014");
H1("6. Implications", "_Toc201450106");
num(15, [R("Financial: as set out in paragraphs "), ref("_Ref201451013", [R("13")]), R(" to "), ref("_Ref201451014", [R("14")]), R(`. ${O.mewburn.name}, ${O.mewburn.post}, has checked the forecast.`)]);
num(16, "Legal: a prohibition notice may be appealed to a magistrates' court within 21 days of service. Neither club has appealed the notices served in quarter 3.");
num(17, [R("Equalities: the draft model conditions, out to consultation from 8 March to 19 April 2232, include new standards for accessible viewing; see "), complex('HYPERLINK "https://www.sallowmere.gov.uk/groundsafety"', [R("www.sallowmere.gov.uk/groundsafety", { color: "0563C1" })]), R(".")]);
para(R("Background papers", { b: true }), { keep: true });
para(`Minutes of the meeting of ${long(MEETINGS.dec)}; the engineer's report on the Tanyard Lane East Stand, ${long(K.inspected)} (exempt: paragraph 3).`);

// Appendix A
body.push(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`);
H1("Appendix A: Risk register, March 2232", "_Toc201450107");
caption(3, tables.risks, `Programme risk register at ${long(K.riskReview)}`);
table([700, 3300, 1400, 400, 400, 700, 800, 850, 850], [
  ["Ref", "Risk", "Owner", "L", "I", "Score", "Dec score", "Trend", "Rating"],
  ...RISKS.map((r) => [r.ref, r.risk, O[r.owner].name, String(r.l), String(r.i), String(r.score), r.dec == null ? "–" : String(r.dec), r.trend, { c: r.band, fill: { High: "FFC7CE", Medium: "FFEB9C", Low: "C6EFCE" }[r.band] }]),
], { header: true, sz: 17 });
para("L = likelihood, I = impact, each 1 (lowest) to 5 (highest). Score = L × I: 15 to 25 High; 8 to 12 Medium; 1 to 6 Low. Dec score = the score agreed on 15 December 2231.", { run: { sz: 18 } });

// ---------------------------------------------------------------- package parts
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const sect = `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1247" w:right="1134" w:bottom="1247" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join("")}${sect}</w:body></w:document>`;
const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}>${P([prop("Meeting", { sz: 16 }), R(" – ", { sz: 16 }), prop("MeetingDate", { sz: 16 }), R(" – Item ", { sz: 16 }), prop("ItemNo", { sz: 16 })], { jc: "right" }).xml}</w:hdr>`;
const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W}>${P([R("Page ", { sz: 16 }), complex("PAGE", "1", { sz: 16 }), R(" of ", { sz: 16 }), complex("NUMPAGES", "6", { sz: 16 }), R("\u2003Last saved ", { sz: 16 }), complex('SAVEDATE \\@ "dd/MM/yyyy HH:mm"', "13/03/2232 16:42", { sz: 16 })], { jc: "center" }).xml}</w:ftr>`;
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${Object.entries(PROPS).map(([k, v], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${k}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`).join("")}</Properties>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(TITLE)}</dc:title><dc:creator>CivicPapers report builder</dc:creator><cp:lastModifiedBy>${esc(C.name)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2232-03-01T09:15:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2232-03-13T16:42:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>SCC_Committee_Report_v7.dotx</Template><Application>Microsoft Office Word</Application><Pages>6</Pages><Company>${esc(HOST)}</Company></Properties>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;

const zip = new JSZip();
const D = new Date("2026-03-13T16:42:00Z"); // zip (DOS) dates stop at 2107; a fixed date keeps the build deterministic
const add = (name, s) => zip.file(name, s, { date: D, createFolders: false });
add("[Content_Types].xml", contentTypes);
add("_rels/.rels", rels);
add("word/document.xml", documentXml);
add("word/_rels/document.xml.rels", docRels);
add("word/styles.xml", styles);
add("word/settings.xml", settings);
add("word/header1.xml", header);
add("word/footer1.xml", footer);
add("docProps/core.xml", core);
add("docProps/app.xml", app);
add("docProps/custom.xml", custom);
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${buf.length} bytes) and text/${BASE}.txt (${out.length} lines)`);
