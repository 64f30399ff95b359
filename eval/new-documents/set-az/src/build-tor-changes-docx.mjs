// Builds docs/ehtg-item-3-terms-of-reference-changes-2131-11-20.docx and its rendering in text/.
// Layout: A WORD REPORT WHOSE APPENDIX IS A "SCHEDULE OF PROPOSED CHANGES" – the current wording of each
// paragraph of the terms of reference beside the proposed wording, THE CHANGES MARKED BY HAND WITH
// CHARACTER FORMATTING, NOT WITH TRACKED CHANGES: text to be removed is RED STRIKETHROUGH (w:strike,
// colour C00000) and new text BLUE DOUBLE UNDERLINE (w:u double, colour 0070C0), left in the document
// as ordinary text, so the old and the new figure stand side by side in the same sentence ("The quorum
// is three four members"), a whole struck sentence stands before the inserted one that replaces it, and
// a wholly new paragraph is all underlined beside "(No paragraph at present.)". `docx` 9.x, Arial,
// THREE SECTIONS: portrait (the front sheet as bold labels over their text, recommendations (a)–(c),
// numbered background paragraphs typed "n." with a tab), LANDSCAPE (Appendix A: a "How to read this
// schedule" line whose two examples are themselves struck and underlined, then a five-column table
// Change | Para | Current wording | Proposed wording | Reason for change, header row repeated on each
// page, a row "–" for a paragraph with no change), portrait again (Appendix B: membership 2131/32 and
// named substitutes as tables, a note on the two combined authority places). Page header "Empty Homes
// Task Group – 20 November 2131 – Item 3", footer "Page n".
// Rendering: a paragraph a line, table rows a line with cells " | "; in the proposed wording, struck text
// as ~~text~~ (underlined text plain, as it will read once agreed); the page header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-tor-changes-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, importDocx, DOCS, BODY, BOARD, OFFICERS as O, MEMBERS, SUBS, TOR, segments, renderProposed, LIMIT_NOW, LIMIT_PROPOSED, ASKED, AWARD13, SCHEMES, gbp } from "./common.mjs";

if (TOR.filter((t) => t.change !== "–").length !== 8) throw new Error("the summary says eight changes");
const D = await importDocx();
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, Header, Footer, PageNumber, AlignmentType, HeadingLevel, PageOrientation, UnderlineType, TabStopType } = D;
const FILE = DOCS.tor;
const BASE = basename(FILE, extname(FILE));
const FONT = "Arial";
const out = [];
const DEL = { strike: true, color: "C00000" }, INS = { underline: { type: UnderlineType.DOUBLE, color: "0070C0" }, color: "0070C0" };

const run = (t, o = {}) => new TextRun({ text: t, font: FONT, size: o.size ?? 22, bold: o.bold, italics: o.it, ...(o.del ? DEL : {}), ...(o.ins ? INS : {}) });
const p = (t, o = {}) => {
  out.push(o.render ?? (Array.isArray(t) ? t.map((x) => x.t).join("") : t));
  return new Paragraph({ heading: o.heading, alignment: o.align, spacing: { after: o.after ?? 120 }, indent: o.indent, tabStops: o.tabs, children: Array.isArray(t) ? t.map((x) => run(x.t, { ...o, ...x })) : [run(t, o)] });
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const cellP = (children, o = {}) => new Paragraph({ spacing: { after: 60 }, children: children.map((c) => run(c.t, { size: o.size ?? 19, bold: o.bold, ...c })) });
function table(rows, widths, o = {}) {
  // rows: arrays of cells; a cell is a string or an array of segments {t, del, ins}
  for (const r of rows) out.push(r.map((c) => (typeof c === "string" ? c : c.map((g) => (g.del ? `~~${g.t}~~` : g.t)).join(""))).join(" | "));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: rows.map((r, i) => new TableRow({ ...(o.head && i === 0 ? { tableHeader: true } : {}), cantSplit: true, children: r.map((c, j) => new TableCell({
      width: { size: widths[j], type: WidthType.DXA },
      shading: o.head && i === 0 ? { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" } : undefined,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
      children: [cellP(typeof c === "string" ? [{ t: c }] : c, { bold: o.head && i === 0, size: o.size })],
    })) })),
  });
}
const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${BODY} – 20 November 2131 – Item 3`, { size: 16 })] })] });
const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 16, children: ["Page ", PageNumber.CURRENT] })] })] });

// ------------------------------------------------------------------ section 1: the report
const s1 = [];
s1.push(p(BODY, { bold: true, after: 0 }));
s1.push(p("20 November 2131", { after: 0 }));
s1.push(p("Item 3", { after: 240 }));
s1.push(p("Terms of reference review 2131/32", { heading: HeadingLevel.HEADING_1, bold: true, size: 32, after: 240 }));
const label = (l, v) => { s1.push(p(l, { bold: true, after: 40 })); for (const x of [].concat(v)) s1.push(p(x)); };
label("Purpose of report", "For decision.");
label("Summary", `The Housing and Neighbourhoods Board agreed the Task Group's terms of reference in June 2130. This report proposes eight changes, set out in the schedule at Appendix A, and sets out the membership for 2131/32 at Appendix B.`);
label("Is this report confidential?", "No.");
s1.push(p("Recommendations", { bold: true, after: 40 }));
s1.push(p("That the Task Group:", { after: 60 }));
const recs = [
  `(a) recommends the changes in Appendix A to the ${BOARD} on 11 December 2131;`,
  "(b) notes the membership for 2131/32 in Appendix B, including the two places for combined authority members that change 2 would create; and",
  "(c) asks the Head of Democratic Services to make any consequential changes to paragraph numbering.",
];
for (const r of recs) s1.push(p(r, { indent: { left: 567, hanging: 567 } }));
label("Action", "Officers to take forward as directed by the Task Group.");
s1.push(p("Contact officer:\t" + O.hermione.name, { tabs: [{ type: TabStopType.LEFT, position: 2268 }], after: 0, render: `Contact officer: ${O.hermione.name}` }));
s1.push(p("Position:\t" + O.hermione.post, { tabs: [{ type: TabStopType.LEFT, position: 2268 }], after: 0, render: `Position: ${O.hermione.post}` }));
s1.push(p("Phone no:\t" + O.hermione.phone, { tabs: [{ type: TabStopType.LEFT, position: 2268 }], after: 0, render: `Phone no: ${O.hermione.phone}` }));
s1.push(p("Email:\t" + O.hermione.email, { tabs: [{ type: TabStopType.LEFT, position: 2268 }], after: 240, render: `Email: ${O.hermione.email}` }));
s1.push(p("Background", { heading: HeadingLevel.HEADING_2, bold: true, size: 24 }));
const small = SCHEMES.filter((s) => s.award <= LIMIT_PROPOSED).length;
const paras = [
  `The ${BOARD} set up the Task Group in June 2130 to oversee the Empty Homes Programme and, from April 2131, the Empty Homes Recovery Fund. Its terms of reference have not been reviewed since.`,
  "On 3 July 2131 the Board asked the Task Group to take on the association's work on second homes and on the council tax premiums for empty and second homes.",
  "The schedule at Appendix A sets out each paragraph of the terms of reference that would change. Text to be removed is struck through in red; new text is underlined in blue. Paragraphs not listed are unchanged.",
  "The main changes are: a quorum of four rather than three; up to two named substitutes for each political group; five meetings a year; a higher limit for decisions between meetings, with every such decision recorded and published within five working days; a new paragraph on declarations of interest; and an extension of the Task Group to 31 March 2133.",
  `The limit for decisions between meetings (paragraph 8.2) was set at ${gbp(LIMIT_NOW)} when the Fund opened. On 7 November 2131 the Chair had to reduce an award to Hollinsfield Metropolitan Borough Council from the ${gbp(ASKED)} it asked for to ${gbp(AWARD13)} to keep within the limit (decision UD-2131-04). A limit of ${gbp(LIMIT_PROPOSED)} would cover ${["none", "one", "two", "three", "four", "five", "six", "seven"][small]} of the twelve round 1 awards.`,
  "Change 2 (paragraph 3.1) would add two members nominated by the combined authorities' housing leads, making 14 members. The political groups have not yet been consulted on it.",
  "Financial implications: none. The Task Group's costs are met from the Programme budget.",
  "Next steps: if the Task Group agrees, the changes will go to the Board on 11 December 2131 and take effect from 1 January 2132.",
];
paras.forEach((t, i) => s1.push(p(`${i + 1}.\t${t}`, { indent: { left: 567, hanging: 567 }, tabs: [{ type: TabStopType.LEFT, position: 567 }], render: `${i + 1}. ${t}` })));

// ------------------------------------------------------------------ section 2: Appendix A, landscape
const s2 = [];
s2.push(p("Appendix A: Schedule of proposed changes to the terms of reference", { heading: HeadingLevel.HEADING_2, bold: true, size: 26 }));
s2.push(p([{ t: "How to read this schedule: text to be removed is shown struck through in red (" }, { t: "like this", del: true }, { t: "); new text is shown underlined in blue (" }, { t: "like this", ins: true }, { t: "). The current wording is the version agreed by the Board in June 2130." }], { size: 20, render: "How to read this schedule: text to be removed is shown struck through in red (~~like this~~); new text is shown underlined in blue (like this). The current wording is the version agreed by the Board in June 2130." }));
const schedule = [["Change", "Para", "Current wording", "Proposed wording", "Reason for change"]];
for (const t of TOR) schedule.push([t.change, t.para + " " + t.heading, t.current, segments(t.proposed), t.reason]);
s2.push(table(schedule, [850, 1500, 4000, 4800, 3200], { head: true, size: 19 }));
s2.push(p("", { render: false }));
out.pop();

// ------------------------------------------------------------------ section 3: Appendix B
const s3 = [];
s3.push(p("Appendix B: Membership 2131/32", { heading: HeadingLevel.HEADING_2, bold: true, size: 26 }));
const pos = (m) => [m.role === "Member" ? "" : m.role, m.lead ? `lead member for ${m.lead.toLowerCase().replace("empty dwelling", "empty dwelling")}` : ""].filter(Boolean).join("; ") || "Member";
s3.push(table([["Name", "Council", "Political group", "Position"], ...MEMBERS.map((m) => [`Cllr ${m.fore} ${m.sur}`, m.council, m.group, pos(m)])], [2300, 3000, 1700, 2600], { head: true }));
s3.push(p("", { render: false })); out.pop();
s3.push(p("Named substitutes", { bold: true, after: 60 }));
s3.push(table([["Name", "Council", "Political group"], ...SUBS.map((m) => [`Cllr ${m.fore} ${m.sur}`, m.council, m.group])], [2300, 3000, 1700], { head: true }));
s3.push(p("", { render: false })); out.pop();
s3.push(p("Combined authority members (if change 2 is agreed): two places, to be nominated by the combined authorities' housing leads."));
s3.push(p(`Lead officer: ${O.kwabena.name}, ${O.kwabena.post}. Clerk: ${O.pelagia.name}, ${O.pelagia.post}.`));

const doc = new Document({
  creator: O.hermione.name, lastModifiedBy: O.pelagia.name, title: "EHTG item 3 - Terms of reference review 2131-32", description: "Schedule of proposed changes",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [
    { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, headers: { default: header }, footers: { default: footer }, children: s1 },
    { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1021, bottom: 1021, left: 1021, right: 1021 } } }, headers: { default: header }, footers: { default: footer }, children: s2 },
    { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, headers: { default: header }, footers: { default: footer }, children: s3 },
  ],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.filter((l) => l !== "").join("\n") + "\n");
console.log(`wrote docs/${FILE}`);
