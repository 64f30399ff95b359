// Builds docs/libraries-panel-item-5-hubs-fund-round-1-awards-2098-11-12.docx and its rendering in text/.
// Layout: A WORD REPORT TEMPLATE FILLED IN AS A PROTECTED FORM. The front sheet is a table of labels and
// LEGACY FORM FIELDS (FORMTEXT fields: ffData, "FORMTEXT" instruction, the typed value as the field's
// result; Word shades them grey), "Key decision" and "Exempt information" as pairs of LEGACY CHECK BOXES
// (FORMCHECKBOX, the ticked state only in ffData – no character in the text), and settings.xml's
// documentProtection "forms". The body under the form is ordinary Word text: numbered headings typed
// as text, Table 1 of recommended awards (bid reference, council, project, cost, grant requested,
// score, recommended award, with letters (a)–(c) after three awards pointing to conditions under the
// table; a total row), Table 2 of bids invited to resubmit, declarations, financial implications.
// Page header "Item 5" and a footer with the template's code and page number.
// Rendering: a paragraph per line, table rows with cells " | "; a check box as ☒ (ticked) or ☐.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-hubs-fund-form-docx.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, importDocx, requireMain, BODY, FUND, OFFICERS as O, BIDS, RESERVE, FUND_TOTAL, MAX_GRANT, awardTotal, money } from "./common.mjs";

const D = await importDocx();
const JSZip = requireMain("jszip");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, ShadingType, Header, Footer, PageNumber, VerticalAlign } = D;
const BASE = "libraries-panel-item-5-hubs-fund-round-1-awards-2098-11-12";
const FONT = "Arial";
const out = [];
const run = (t, o = {}) => new TextRun({ text: t, font: FONT, size: o.size ?? 22, bold: o.bold, italics: o.it, color: o.color });
const F = (v) => `⟦T:${v}⟧`; // a legacy text form field
const C = (on) => `⟦C:${on ? 1 : 0}⟧`; // a legacy check box
const shown = (s) => s.replace(/⟦T:(.*?)⟧/g, "$1").replace(/⟦C:1⟧/g, "☒").replace(/⟦C:0⟧/g, "☐");
const body = [];
const P = (text, o = {}) => { body.push(new Paragraph({ spacing: { after: o.after ?? 120, before: o.before ?? 0 }, alignment: o.align, keepNext: o.keepNext, children: [run(text, o)] })); out.push(shown(text)); };
const H = (text) => P(text, { bold: true, size: 24, before: 200, keepNext: true });
const cell = (c, o = {}) => {
  const paras = (Array.isArray(c) ? c : [c]).map((t) => new Paragraph({ alignment: o.align, children: [run(t, { bold: o.bold, size: o.size ?? 20 })] }));
  return new TableCell({ children: paras, columnSpan: o.span, shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined, verticalAlign: VerticalAlign.TOP, margins: { top: 60, bottom: 60, left: 90, right: 90 } });
};
const table = (widths, rows, o = {}) => {
  body.push(new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, rows: rows.map((r, ri) => new TableRow({ tableHeader: o.header && ri === 0, cantSplit: true, children: r.map((c, ci) => (c && c.cell ? cell(c.cell, c) : cell(c, { bold: (o.header && ri === 0) || (o.boldLast && ri === rows.length - 1), fill: o.header && ri === 0 ? "D9D2E9" : o.labels && ci === 0 ? "EDE7F6" : undefined, align: o.right?.includes(ci) && !(o.header && ri === 0) ? AlignmentType.RIGHT : undefined }))) })) }));
  body.push(new Paragraph({ children: [] }));
  for (const r of rows) out.push(r.map((c) => shown(Array.isArray(c) ? c.join(" ") : c && c.cell ? [].concat(c.cell).join(" ") : c)).join(" | "));
};

// ------------------------------------------------------------------ front sheet (the form)
P("Local Government Association", { bold: true, align: AlignmentType.RIGHT, color: "5B2C6F" });
P("Report to a member body", { size: 20, color: "5B2C6F", align: AlignmentType.RIGHT });
P(`${FUND}: round 1 recommended awards`, { bold: true, size: 32, after: 200 });
table([2600, 7000], [
  ["Meeting", F(BODY)],
  ["Date", F("12 November 2098")],
  ["Agenda item", F("5")],
  ["Report of", F(`${O.millington.name}, ${O.millington.post}`)],
  ["Purpose of report", F("For decision")],
  ["Key decision", `${C(true)} Yes   ${C(false)} No`],
  ["Exempt information", `${C(false)} Yes   ${C(true)} No`],
  ["Summary", [F(`Round 1 of the ${FUND} received 23 bids asking for £7.9 million. This report recommends 13 grants totalling ${money(awardTotal())} from the ${money(FUND_TOTAL)} fund, three of them with conditions, and asks the Panel to carry the remaining £185,000 forward to round 2.`)]],
  ["Recommendations", [F("That the Panel:"), F("(a) agrees the 13 grants in Table 1, totalling £4,015,000, with the conditions set out under the table;"), F("(b) agrees that the remaining £185,000 is carried forward to round 2, which opens in April 2099; and"), F("(c) invites the two bids in Table 2 to resubmit in round 2.")]],
  ["Contact officer", F(O.millington.name)],
  ["Position", F(O.millington.post)],
  ["Phone no", F(O.millington.phone)],
  ["Email", F(O.millington.email)],
], { labels: true });

// ------------------------------------------------------------------ body
H("1. Background");
P(`1.1 At its meeting on 17 September 2098 (minute 4.3) the Panel agreed a round 1 ${FUND} of £4.2 million, a maximum grant of ${money(MAX_GRANT)}, match funding of at least 25% of project costs, and that bids scoring below 70 out of 100 would not be funded.`);
P("1.2 Round 1 opened on 24 September 2098 and closed at noon on 24 October 2098. The Fund pays for capital works that bring library services together with other council or community services in one building or vehicle.");
H("2. Bids received");
P("2.1 23 bids were received from 23 councils, asking for £7.9 million in total, nearly twice the money available. Two bids were ineligible: one was for revenue costs only and one came from a council without a statutory library service. The other 21 bids were scored.");
P("2.2 Fifteen bids scored 70 or more. Two of these (a 71-point bid for a library café and a 70-point bid for a replacement roof) were not recommended because the works are maintenance, not hub projects, under paragraph 4.2 of the prospectus. Six bids scored below 70.");
H("3. Assessment");
P(`3.1 Each bid was scored by two officers and moderated by an external assessor, Marguerite Okonkwo-Hale of Civic Spaces Consulting, against five criteria: community need (30 points), impact on the library service (25), partnership with other services (20), deliverability (15) and value for money (10).`);
P(`3.2 ${O.teague.name}, ${O.teague.post}, checked each recommended project's costs and match funding.`);
H("4. Recommended awards");
P("Table 1: recommended awards, round 1, in order of score", { bold: true, size: 20, keepNext: true });
const T1 = [["Bid ref", "Council", "Project", "Total project cost", "Grant requested", "Score (out of 100)", "Recommended award"]];
for (const b of BIDS) T1.push([b.ref, b.council, b.project, money(b.cost), money(b.ask), String(b.score), money(b.award) + (b.cond ? ` (${b.cond})` : "")]);
T1.push(["Total", "13 bids", "", money(BIDS.reduce((a, b) => a + b.cost, 0)), money(BIDS.reduce((a, b) => a + b.ask, 0)), "", money(awardTotal())]);
table([1000, 1600, 2500, 1150, 1150, 800, 1300], T1, { header: true, boldLast: true, right: [3, 4, 5, 6] });
P("(a) Tansley Borough Council: £25,000 of the costs (fitting out a café) is not eligible, so the award is £325,000 rather than the £350,000 requested.", { size: 18 });
P("(b) North Tarrant County Council: subject to planning permission for the Upper Tarrant site by 31 March 2099.", { size: 18 });
P("(c) Lydbrook Metropolitan Borough Council: reduced to £225,000 so that match funding is 25% of the £300,000 project cost.", { size: 18 });
H("5. Bids invited to resubmit");
P("5.1 Two bids scored just below the threshold but were strong on community need. We recommend inviting them to resubmit in round 2 with the assessors' feedback.");
P("Table 2: bids invited to resubmit in round 2", { bold: true, size: 20, keepNext: true });
table([1000, 2600, 3700, 1300, 1000], [["Bid ref", "Council", "Project", "Grant requested", "Score"], ...RESERVE.map((r) => [r.ref, r.council, r.project, money(r.ask), String(r.score)])], { header: true, right: [3, 4] });
H("6. Declarations of interest");
P("6.1 Cllr Sunniva Castellan (Pellingham City Council, bid CHCF1-21) and Cllr Ifeoma Stannard (Hensham Borough Council, bid CHCF1-07) should declare an interest and not vote on their councils' bids. Cllr Ambrose Kettlewell declared on 17 September that he is a trustee of the Friends of Brackenfield Library, which supports bid CHCF1-08 in Table 2.");
P("6.2 The Chair's council, Wealdmoor District Council, made bid CHCF1-14 in Table 2. The Chair has asked the Vice-Chair, Cllr Dev Malhotra-Quayle, to chair the meeting for this item.");
H("7. Financial implications");
P(`7.1 The recommended awards total ${money(awardTotal())}, leaving £185,000 of the ${money(FUND_TOTAL)} round 1 budget. Under the terms of reference the Chair may agree changes of up to £25,000 to a single grant between meetings; the £185,000 is not needed for that and is best carried forward to round 2.`);
P("7.2 Grants will be paid in two instalments: 60% when the grant agreement is signed and 40% on completion of the works. Grant agreements will be issued by 5 December 2098 and all works must be finished by 31 March 2100.");
H("8. Next steps");
P("8.1 Subject to the Panel's decision, councils will be told the outcome by 19 November 2098 and the awards published on the LGA website. Progress on the funded projects will be reported in the Panel's quarterly performance report (measure LIB-07).");

// ------------------------------------------------------------------ document, then form fields
const doc = new Document({
  creator: O.millington.name, lastModifiedBy: O.lindqvist.name, title: "PLCHP 12.11.98 item 5 CHCF round 1 awards", subject: "Report template v7 (form)",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${BODY} – 12 November 2098 – Item 5`, { size: 16, color: "595959" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, color: "595959", children: ["LGA-RPT-07 (form)    Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })] })] }) },
    children: body,
  }],
});
const z = await JSZip.loadAsync(await Packer.toBuffer(doc));
let x = await z.file("word/document.xml").async("string");
let nT = 0, nC = 0;
const RPR = "(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?";
x = x.replace(new RegExp(`<w:r>${RPR}<w:t xml:space="preserve">([^<]*)</w:t></w:r>`, "g"), (all, rpr = "", t) => {
  if (!/⟦/.test(t)) return all;
  // split the run's text into plain pieces, text fields and check boxes
  return t.split(/(⟦[TC]:.*?⟧)/).filter((s) => s !== "").map((piece) => {
    const mt = piece.match(/^⟦T:(.*)⟧$/), mc = piece.match(/^⟦C:([01])⟧$/);
    if (mt) {
      nT++;
      return `<w:r>${rpr}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text${nT}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r><w:r>${rpr}<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r>${rpr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rpr}<w:t xml:space="preserve">${mt[1]}</w:t></w:r><w:r>${rpr}<w:fldChar w:fldCharType="end"/></w:r>`;
    }
    if (mc) {
      nC++;
      return `<w:r>${rpr}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check${nC}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="${mc[1]}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r>${rpr}<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r>${rpr}<w:fldChar w:fldCharType="end"/></w:r>`;
    }
    return `<w:r>${rpr}<w:t xml:space="preserve">${piece}</w:t></w:r>`;
  }).join("");
});
if (/⟦/.test(x)) throw new Error("unreplaced form field placeholder");
z.file("word/document.xml", x);
let st = await z.file("word/settings.xml").async("string");
st = st.replace("<w:defaultTabStop", `<w:documentProtection w:edit="forms" w:enforcement="1"/><w:defaultTabStop`);
if (!/documentProtection/.test(st)) throw new Error("no protection");
z.file("word/settings.xml", st);
writeFileSync(join(root, "docs", BASE + ".docx"), await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx (${nT} text fields, ${nC} check boxes) and text/${BASE}.txt`);
