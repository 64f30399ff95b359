// Item 3, 18 November 2071: terms of reference and membership 2071/72 (Word .docx, docx 9.x), made to look like a
// Google Docs document downloaded as Microsoft Word: Arial throughout, every paragraph in the Normal style (the
// "headings" are bold paragraphs in a larger size, never Word heading styles), bullets typed as "●" followed by
// a tab, paragraph numbers typed, tables with no header row (the first row is an ordinary row, bold in one table
// and plain in the other), suggestions accepted and comments gone, and a "Document history" table at the end.
// Writes docs/<tor>.docx and text/<tor>.txt.
import { writeFileSync } from "node:fs";
import { FILES, MEMBERS, SUBSTITUTES, OFFICERS } from "./content.mjs";
import { docPath, writeText, loadDocx } from "./lib.mjs";

const D = await loadDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, AlignmentType } = D;
const BASE = FILES.tor.replace(/\.docx$/, "");
const O = OFFICERS;
const out = [];
const body = [];

const FONT = "Arial";
const run = (text, o = {}) => new TextRun({ text, font: FONT, size: o.size ?? 22, bold: o.bold, italics: o.italics });
function para(text, o = {}) {
  // text may start with "**label**" for a bold lead-in
  const m = /^\*\*(.+?)\*\*(.*)$/s.exec(text);
  const runs = m ? [run(m[1], { ...o, bold: true }), run(m[2], o)] : [run(text, o)];
  body.push(new Paragraph({ children: runs, spacing: { after: o.after ?? 120, before: o.before ?? 0, line: 276 }, indent: o.indent }));
  out.push(m ? m[1] + m[2] : text);
}
const bold = (t, size = 22, before = 120) => para(t, { bold: true, size, before });
const bullet = (t) => {
  body.push(new Paragraph({ children: [run("●\t" + t)], spacing: { after: 80, line: 276 }, indent: { left: 720, hanging: 360 }, tabStops: [{ type: "left", position: 720 }] }));
  out.push("● " + t);
};
const num = (n, t) => {
  body.push(new Paragraph({ children: [run(`${n}.\t${t}`)], spacing: { after: 120, line: 276 }, indent: { left: 720, hanging: 720 }, tabStops: [{ type: "left", position: 720 }] }));
  out.push(`${n}. ${t}`);
};
const border = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
function table(rows, widths, { boldFirst = false } = {}) {
  const total = widths.reduce((a, b) => a + b, 0);
  body.push(new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((r, ri) => new TableRow({
      children: r.map((c, ci) => new TableCell({
        width: { size: widths[ci], type: WidthType.DXA },
        margins: { top: 100, bottom: 100, left: 100, right: 100 },
        children: [new Paragraph({ children: [run(c, { bold: boldFirst && ri === 0, size: 20 })] })],
      })),
    })),
  }));
  body.push(new Paragraph({ children: [run("")] }));
  for (const r of rows) out.push(r.join(" | "));
}

// ---------------------------------------------------------------- front sheet
para("Cosmetic Procedures and Special Treatments Panel", { bold: true, size: 28, after: 60 });
para("18 November 2071", { after: 60 });
para("Item 3", { bold: true, after: 240 });
para("Terms of reference and membership 2071/72", { bold: true, size: 32, after: 240 });
bold("Purpose of report");
para("For decision.");
bold("Summary");
para("This report asks the Panel to agree revised terms of reference, which give it oversight of the enforcement pilot and extend its life, and to note its membership and substitutes for 2071/72, including a change in the Conservative group's membership from October 2071. It also proposes the Panel's meeting dates for 2072.");
bold("Is this report confidential?");
para("No");
bold("Recommendations");
para("That the Panel:");
bullet("agrees the revised terms of reference at Appendix A, including the new paragraph 6 on oversight of the enforcement pilot;");
bullet("recommends to the Safer and Stronger Communities Board that the Panel continue until 31 March 2074;");
bullet("notes its membership and substitutes for 2071/72 at Appendix B; and");
bullet("agrees its meeting dates for 2072 in paragraph 9.");
bold("Action");
para("Officers to take forward as directed by the Panel.");
para(`**Contact officer:** ${O.priya.name}`, { before: 200, after: 40 });
para(`**Position:** ${O.priya.post}`, { after: 40 });
para(`**Phone no:** ${O.priya.phone}`, { after: 40 });
para(`**Email:** ${O.priya.email}`, { after: 240 });

// ---------------------------------------------------------------- report
bold("Background", 26, 240);
num(1, "The Safer and Stronger Communities Board set up the Panel on 21 January 2071 to lead the LGA's work with the Department of Health and Social Care (DHSC) on the national licensing scheme for non-surgical cosmetic procedures, and to support councils' work on special treatments. Its terms of reference gave it a life to 31 March 2073.");
num(2, "DHSC now intends the scheme to go live on 1 April 2073. Councils will most need the Panel's support in the first year of the scheme, so we propose that the Panel continue until 31 March 2074. This needs the agreement of the Safer and Stronger Communities Board, which next meets on 3 December 2071.");
bold("Proposed changes to the terms of reference", 26, 240);
num(3, "The revised terms of reference are at Appendix A. The main changes are:");
bullet("a new paragraph 6, giving the Panel oversight of the enforcement pilot and its evaluation;");
bullet("the quorum rises from four members to five, one of whom must be the Chair, the Vice-Chair or a Deputy Chair;");
bullet("a substitute may attend in place of any member of the same political group, not only a named member;");
bullet("the Panel will meet four times a year instead of three.");
num(4, "Lead members' suggestions on the draft have been accepted, and no comments remain open.");
bold("Membership 2071/72", 26, 240);
num(5, "The Panel has twelve members, nominated by the political groups in proportion to their strength in the LGA General Assembly: Conservative 4, Labour 4, Liberal Democrat 2, Independent 1 and Green 1. The Safer and Stronger Communities Board appointed the Chair, the Vice-Chair and the two Deputy Chairs on 8 July 2071.");
num(6, "Cllr Tobias Cudworth (Conservative, Peterborough City Council) stood down as a councillor in October 2071. The Conservative group has nominated Cllr Bronwen Stanhope (West Sussex County Council) in his place, from 12 October 2071.");
num(7, "The membership and substitutes are at Appendix B.");
bold("Meetings in 2072", 26, 240);
num(8, "The Panel met on 11 March, 10 June and 9 September 2071; this is its fourth meeting of the year.");
num(9, "We propose the following dates for 2072. All are Wednesdays at 11.00am, at 18 Smith Square and online:");
bullet("20 January 2072");
bullet("16 March 2072");
bullet("15 June 2072");
bullet("21 September 2072");
bold("Implications", 26, 240);
num(10, "Financial: meetings and members' briefings are paid for from the programme budget (£12,000 in 2071/72). A fourth meeting a year will cost about £1,800, which the budget can meet.");
num(11, "Equalities: members who cannot travel to London may attend every meeting online.");

// ---------------------------------------------------------------- Appendix A
bold("Appendix A: Terms of reference (revised November 2071)", 28, 360);
bold("1. Purpose");
para("The Cosmetic Procedures and Special Treatments Panel is a panel of the Safer and Stronger Communities Board. It leads the LGA's work on the licensing of non-surgical cosmetic procedures and on special treatments (tattooing, semi-permanent make-up, cosmetic piercing, acupuncture and electrolysis).");
bold("2. Functions");
para("The Panel will:");
bullet("shape the LGA's responses to DHSC consultations on the licensing scheme;");
bullet("oversee the LGA's programme to get councils ready for the scheme;");
bullet("commission guidance and training for licensing and environmental health officers;");
bullet("gather evidence on the costs to councils of licensing and enforcement;");
bullet("keep the programme risk register under review.");
bold("3. Membership");
para("Twelve members, nominated by the political groups in proportion to their strength in the LGA General Assembly. The Safer and Stronger Communities Board appoints the Chair, a Vice-Chair and two Deputy Chairs.");
bold("4. Substitutes");
para("Each political group may nominate substitutes. A substitute may attend, speak and take part in place of any member of the same group who has sent apologies.");
bold("5. Quorum");
para("Five members, including the Chair, the Vice-Chair or a Deputy Chair.");
bold("6. Enforcement pilot");
para("The Panel will oversee the enforcement pilot funded by DHSC and receive its interim and final evaluations. It may consider exempt information about named premises in private.");
bold("7. Meetings");
para("Four a year, at 18 Smith Square, with the option for members to join online.");
bold("8. Reporting");
para("The Panel reports to the Safer and Stronger Communities Board after each meeting, through its Chair.");
bold("9. Duration");
para("The Panel will continue until 31 March 2074, when the Safer and Stronger Communities Board will review whether it is still needed.");
bold("10. Officer support");
para(`Lead officer: ${O.isolde.name}, ${O.isolde.post}. Member services: ${O.priya.name}, ${O.priya.post}.`);

// ---------------------------------------------------------------- Appendix B
bold("Appendix B: Membership 2071/72", 28, 360);
bold("Members");
table([["Name", "Council", "Political group", "Position"], ...MEMBERS.map((m) => [m.name, m.council, m.group, m.role])], [2600, 3300, 1700, 1400], { boldFirst: true });
para("Cllr Bronwen Stanhope replaced Cllr Tobias Cudworth from 12 October 2071.", { italics: true });
bold("Substitutes");
table([["Name", "Council", "Political group"], ...SUBSTITUTES.map((s) => [s.name, s.council, s.group])], [3000, 4000, 2000]);

// ---------------------------------------------------------------- Document history
bold("Document history", 28, 360);
table([
  ["Version", "Date", "Author", "Changes"],
  ["0.1", "14 October 2071", O.priya.name, "First draft"],
  ["0.2", "22 October 2071", O.isolde.name, "Paragraph 6 of the terms of reference added; quorum changed to five"],
  ["0.3", "29 October 2071", O.priya.name, "Membership updated: Cllr Bronwen Stanhope replaces Cllr Tobias Cudworth from 12 October 2071"],
  ["0.4", "2 November 2071", "Cllr Hattie Blencowe", "Suggestions on the Panel's duration and number of meetings accepted"],
  ["1.0", "4 November 2071", O.priya.name, "Cleared by the Chair for publication"],
], [1000, 1900, 2000, 4100]);

const doc = new Document({
  creator: "",
  title: "Terms of reference and membership 2071/72",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children: body }],
});
writeFileSync(docPath(FILES.tor), await Packer.toBuffer(doc));
writeText(BASE, out);
console.log(`wrote docs/${FILES.tor} and text/${BASE}.txt`);
