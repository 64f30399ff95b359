// Builds docs/nsntg-minutes-2117-10-12-converted-from-pdf.docx and its rendering in text/.
// Layout: MINUTES THAT WERE PUBLISHED AS A PDF AND CONVERTED BACK TO WORD WITH ADOBE ACROBAT'S "EXPORT
// PDF > MICROSOFT WORD" (what staff do when they need to edit a paper they only have as a PDF): `docx`
// 9.x, A4, the fonts named as the PDF embedded them ("ArialMT", "Arial-BoldMT") at odd sizes (10.5 pt).
// Traits of the conversion: EACH PAGE OF THE PDF IS A SECTION OF ITS OWN (a next-page section break per
// page); THE PDF'S RUNNING HEADER AND FOOTER ARE ORDINARY BODY PARAGRAPHS at the top and foot of every
// section ("NSNTG minutes – 12 October 2117 – DRAFT", "Page n of 3"), not Word headers and footers, so
// a PARAGRAPH THAT RAN OVER A PAGE BREAK IN THE PDF IS CUT IN TWO, with the footer and header between its
// halves; EVERY PRINTED LINE ENDS IN A MANUAL LINE BREAK (w:br) inside its paragraph, as the lines fell
// in the PDF (the line's last space kept before it, as Acrobat writes it); runs are split inside words and carry character spacing; the masthead is a POSITIONED
// FRAME (w:framePr); the PDF's unruled attendance list and its actions table come back as Word tables
// WITH EMPTY SPACER COLUMNS between the real ones (the gaps between the PDF's text columns), the label
// ("Present:", "Apologies:") only on the first row of its group; minute numbers typed with a tab.
// Rendering: the frame's lines, then paragraphs one a line (line breaks as spaces), the two halves of a
// cut paragraph as two lines; a table row as its non-empty cells joined " | "; the converted running
// headers and footers left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-acrobat-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, VENUE, OFFICERS as O, P, cllr, GUEST, ACTIONS } from "./common.mjs";

const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, FrameAnchorType, AlignmentType, SectionType } = D;
const FILE = DOCS.minutes, BASE = basename(FILE, extname(FILE));
const out = [];
const R = "ArialMT", B = "Arial-BoldMT";
const SZ = 21;

// wrap a paragraph's text into the lines the PDF printed (about 92 characters)
const wrap = (s, n = 92) => {
  const lines = [];
  let cur = "";
  for (const w of s.split(" ")) {
    if (cur && (cur + " " + w).length > n) { lines.push(cur); cur = w; } else cur = cur ? cur + " " + w : w;
  }
  if (cur) lines.push(cur);
  return lines;
};
// runs of one printed line, split inside a word now and then, as Acrobat splits them
let splitCount = 0;
const lineRuns = (line, font, first) => {
  const runs = [];
  const cut = line.length > 40 && splitCount++ % 3 === 0 ? line.indexOf(" ", 30) + 3 : -1;
  const parts = cut > 3 ? [line.slice(0, cut), line.slice(cut)] : [line];
  for (const [i, t] of parts.entries()) runs.push(new TextRun({ text: t, font, size: SZ, break: !first && i === 0 ? 1 : undefined, characterSpacing: i ? -2 : undefined, bold: font === B }));
  return runs;
};
const para = (text, o = {}) => {
  const lines = wrap(text, o.wrap);
  const children = [];
  for (const [i, l] of lines.entries()) children.push(...lineRuns(i < lines.length - 1 ? l + " " : l, o.bold ? B : R, i === 0));
  if (o.render !== false) out.push(text);
  return new Paragraph({ children, spacing: { after: o.after ?? 120, line: 252 }, indent: o.indent, alignment: o.align });
};
// a numbered minute paragraph: "4.1<tab>text" with a hanging indent
const npara = (n, text, o = {}) => {
  const lines = wrap(text, 86);
  const children = [new TextRun({ text: n, font: R, size: SZ }), new TextRun({ text: "\t", font: R, size: SZ })];
  for (const [i, l] of lines.entries()) children.push(...lineRuns(i < lines.length - 1 ? l + " " : l, R, i === 0));
  out.push(o.renderAs ?? `${n} ${text}`);
  return new Paragraph({ children, spacing: { after: 120, line: 252 }, indent: { left: 720, hanging: 720 }, tabStops: [{ type: "left", position: 720 }] });
};
const heading = (n, t) => { out.push(`${n} ${t}`); return new Paragraph({ spacing: { before: 200, after: 100 }, children: [new TextRun({ text: n, font: B, size: 23, bold: true }), new TextRun({ text: "\t", font: B, size: 23 }), new TextRun({ text: t, font: B, size: 23, bold: true })], tabStops: [{ type: "left", position: 720 }] }); };
const furniture = (t, align) => new Paragraph({ alignment: align, spacing: { after: 160 }, children: [new TextRun({ text: t, font: R, size: 15, color: "595959" })] });
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const cell = (t, w, o = {}) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: o.borders, children: [new Paragraph({ spacing: { after: 40 }, children: t ? [new TextRun({ text: t, font: o.bold ? B : R, size: o.size ?? SZ, bold: o.bold })] : [] })] });
// a converted table: real columns with empty spacer columns between them
const spacerTable = (rows, widths, o = {}) => {
  const ws = [];
  widths.forEach((w, i) => { ws.push(w); if (i < widths.length - 1) ws.push(180); });
  const trs = rows.map((r, ri) => {
    const cells = [];
    r.forEach((t, i) => { cells.push(cell(t, widths[i], { bold: o.head && ri === 0, size: o.size })); if (i < r.length - 1) cells.push(cell("", 180)); });
    out.push(r.filter((t) => t).join(" | "));
    return new TableRow({ children: cells });
  });
  return new Table({ width: { size: ws.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: ws, borders: o.ruled ? undefined : noBorders, rows: trs });
};

const HEAD = "NSNTG minutes – 12 October 2117 – DRAFT";
const FOOT = (n) => `Page ${n} of 3`;
const page = (n, children) => ({
  properties: { type: SectionType.NEXT_PAGE, page: { size: { width: 11906, height: 16838 }, margin: { top: 567, bottom: 567, left: 1134, right: 1134 } } },
  children: [furniture(HEAD, AlignmentType.RIGHT), ...children, furniture(FOOT(n), AlignmentType.CENTER)],
});

// ---------------------------------------------------------------- page 1
const frameLines = ["Local Government Association", BODY];
const frame = new Paragraph({
  frame: { type: "absolute", position: { x: 1134, y: 1000 }, width: 9600, height: 900, anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE } },
  children: [new TextRun({ text: frameLines[0] + " ", font: B, size: 26, bold: true, color: "1F3864" }), new TextRun({ text: frameLines[1], font: B, size: 30, bold: true, color: "1F3864", break: 1 })],
});
out.push(...frameLines);
const p1 = [frame,
  new Paragraph({ spacing: { before: 1100 } }),
  para("Minutes of the meeting held on Tuesday 12 October 2117 at 11.00am", { bold: true }),
  para(`${VENUE}, and on Microsoft Teams`),
];
const att = [
  ["Present:", `${cllr("ravensworth")} (Chair)`, P.ravensworth.council],
  ["", `${cllr("castellane")} (Vice-Chair)`, P.castellane.council],
  ["", cllr("fairclough"), P.fairclough.council],
  ["", cllr("hexthorpe"), P.hexthorpe.council],
  ["", `${cllr("lindenfeld")} (online)`, P.lindenfeld.council],
  ["", cllr("elsworthy"), "Kestlemoor MBC"],
  ["", cllr("moorcroft"), P.moorcroft.council],
  ["", `${cllr("ogundipe")} (online)`, P.ogundipe.council],
  ["Substitute:", `${cllr("ecclesfield")} (for Cllr Tresillian-Beck)`, P.ecclesfield.council],
  ["Apologies:", `${cllr("tresillian")} (Deputy Chair)`, P.tresillian.council],
  ["", cllr("pelham"), P.pelham.council],
  ["In attendance:", `${GUEST.name} (item 7)`, "Kestlemoor Acoustics Centre, University of Kestlemoor"],
  ["Officers:", `${O.severine.name}, ${O.ignatius.name}, ${O.niamh.name}, ${O.rosalind.name}, ${O.tamsin.name} (minutes)`, "LGA"],
];
p1.push(spacerTable(att, [1500, 4700, 3200]));
p1.push(heading("1", "Welcome, apologies and substitutes"));
p1.push(npara("1.1", `The Chair welcomed members, and ${GUEST.name} for item 7. Apologies were received from Cllr Tresillian-Beck and Cllr Pelham. Cllr Ecclesfield attended as substitute for Cllr Tresillian-Beck.`));
p1.push(heading("2", "Declarations of interest"));
p1.push(npara("2.1", "Cllr Fairclough-Rae declared a non-pecuniary interest in item 5 as a director of a company that runs a live music venue in Ashburrow. He left the meeting for that item and took no part in the discussion."));
p1.push(npara("2.2", "Cllr Elsworthy said that Kestlemoor Metropolitan Borough Council is one of the pilot councils for the out-of-hours service (item 4). This is not a disclosable interest and she remained in the meeting."));
p1.push(heading("3", "Minutes of the meeting held on 6 July 2117"));
p1.push(npara("3.1", "The minutes of the meeting held on 6 July 2117 were agreed as a correct record, subject to the spelling of Cllr Hexthorpe's name in minute 4.2."));

// ---------------------------------------------------------------- page 2
const p2 = [];
p2.push(heading("4", "Out-of-hours noise service pilot: interim evaluation"));
p2.push(npara("4.1", `${O.ignatius.name}, ${O.ignatius.post}, introduced the report. Six pilot councils had run a night-time noise service on Friday and Saturday nights since 1 April 2117. Between April and September the services took 3,946 calls and officers attended 2,188 of them in person; 83 per cent of calls in the second quarter were attended within one hour, against a target of 80 per cent.`));
p2.push(npara("4.2", "Members welcomed the results. Cllr Elsworthy said the second rota in Kestlemoor had halved the time callers waited for a visit. Cllr Moorcroft-Ives asked that the full evaluation compare the cost per call attended across the six councils."));
p2.push(npara("4.3", "Resolved: the Task Group (a) noted the interim evaluation; (b) agreed to extend the pilot from 31 December 2117 to 30 June 2118, funded from the forecast underspend of £185,000 on the programme budget; and (c) asked for the full evaluation at its meeting on 25 January 2118."));
p2.push(heading("5", "Licensed premises: draft model noise conditions"));
p2.push(npara("5.1", `Cllr Fairclough-Rae left the meeting. ${O.niamh.name} introduced twelve draft model conditions for premises licensed after 23:00, including a noise limiter set by a council officer and a named person on duty to take complaints.`));
p2.push(npara("5.2", "Resolved: the Task Group agreed the draft model conditions for an eight-week consultation with councils and the hospitality sector, without condition 9 (no drinking outside after 22:00), and asked for the results at its meeting on 25 January 2118."));
p2.push(npara("5.3", "Cllr Fairclough-Rae returned to the meeting."));
p2.push(heading("6", "Model neighbour noise protocol: consultation results"));
p2.push(npara("6.1", `${O.niamh.name} reported that 1,284 responses had been received by the close of the consultation on 15 September 2117, 874 of them from members of the public.`));
// 6.2 runs over the page break in the PDF: its first half ends page 2
const half1 = "Most respondents supported a single online reporting form and case updates at least every 14 days, but a majority opposed the proposed night-time hours of 23:00 to 07:00 and the £150 charge for a third out-of-hours";
const half2 = "callout to the same address. Officers proposed to start night-time hours at 22:00, to drop the charge and to offer mediation only where both households agree to it.";
p2.push(npara("6.2", half1));

// ---------------------------------------------------------------- page 3
const p3 = [];
p3.push(para(half2, { indent: { left: 720 } }));
p3.push(npara("6.3", "Resolved: the Task Group agreed the changes proposed in paragraph 6.2 and asked officers to publish the results of the consultation and to bring the final protocol to its meeting on 23 November 2117."));
p3.push(heading("7", "Presentation: low-frequency noise from heat pumps"));
p3.push(npara("7.1", `${GUEST.name}, ${GUEST.post}, said that complaints about the low-frequency hum of heat pumps and air-conditioning units had risen fourfold in five years and were now about one in twelve of the noise complaints his centre had studied. Most could be avoided by siting units at least 3 metres from a neighbour's window.`));
p3.push(npara("7.2", "The Chair thanked Professor Hallowell-Sykes for his presentation."));
p3.push(heading("8", "Quiet Nights Fund and programme performance"));
p3.push(npara("8.1", `${O.severine.name} reported that five round 2 extension bids totalling £222,500 had been assessed against the £250,000 set aside. As the recommendations would not be ready before 23 November, members agreed that the Chair should decide them under the written procedure once members had been consulted by e-mail.`));
p3.push(npara("8.2", `${O.rosalind.name} said the quarter 2 performance report would be circulated in early November. The share of noise cases closed within 60 days had fallen and officers would bring a recovery plan.`));
p3.push(heading("9", "Any other business"));
p3.push(npara("9.1", "There was no other business."));
p3.push(para("Date of next meeting: Tuesday 23 November 2117 at 11.00am, Room 3.1, 18 Smith Square.", { bold: true }));
p3.push(para("Actions", { bold: true }));
const actRows = [["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, a.due])];
p3.push(spacerTable(actRows, [800, 700, 4300, 1900, 1100], { head: true, ruled: true, size: 19 }));
p3.push(para("The meeting ended at 1.05pm.", { after: 200 }));

const d = new Document({
  creator: "Adobe Acrobat Pro (64-bit) 25.1.20432",
  title: "Microsoft Word - NSNTG minutes 12.10.17 DRAFT v2.docx",
  description: "Converted from nsntg-minutes-2117-10-12-draft.pdf",
  styles: { default: { document: { run: { font: R, size: SZ } } } },
  sections: [page(1, p1), page(2, p2), page(3, p3)],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(d));
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
