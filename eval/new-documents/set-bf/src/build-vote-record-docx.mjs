// Builds docs/jsnac-record-of-decisions-and-recorded-votes-2186-09-19.docx and its rendering in text/.
// Layout: A WORD RECORD OF DECISIONS WHOSE VOTES ARE ONLY IN A RECORDED-VOTE MATRIX. A portrait section
// (made with the docx package): the committee's name, "Record of decisions and recorded votes", the
// meeting's date, time and place in one line, bold run-in labels ("Published:", "Call-in:", "Recorded
// votes:"), attendance and declarations as labelled paragraphs, then an item per Heading 2 with its
// decision under a bold "Decision JSNAC/86/nn" line, and "Vote: Appendix A, row n" – the decisions give no
// counts. Then A LANDSCAPE SECTION, "Appendix A – Recorded votes": one table, a row per question put
// (Row | Item | Question put | …), AND A COLUMN PER VOTING MEMBER WHOSE HEADER CELL IS THE MEMBER'S NAME
// TURNED 90° (w:textDirection btLr, a tall header row), each cell a code – F, A, Ab, DI, NP, and "F*" for
// the Chair's casting vote – then For | Against | Abstained | Result; the codes explained only by a KEY
// PARAGRAPH under the table. Two questions put have no decision number (an amendment and an officers'
// recommendation, both lost). Page header with the authority's name; footer "Page n of m".
// Rendering: paragraphs a line each, table rows a line each with cells joined by " | ", the header and
// footer left out.
// Synthetic test fixture: every person, place, vote and decision is invented.
//   node src/build-vote-record-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, CA, BODY, ROOM, M, cllr, COOPTED, OFFICERS as O, VOTERS, VOTES, BALLOT, TURNOUT, INFAVOUR, PLATES, FEES, gbp } from "./common.mjs";

const D = requireMain("docx");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, TextDirection, PageOrientation, AlignmentType, ShadingType, Header, Footer, PageNumber, VerticalAlign, HeightRule } = D;
const FILE = DOCS.votes;
const BASE = basename(FILE, extname(FILE));
const out = [];

// ---------------------------------------------------------------- helpers (each adds its rendering line)
const P = (text, o = {}) => {
  out.push(text);
  return new Paragraph({ heading: o.heading, alignment: o.align, spacing: { after: o.after ?? 120 }, children: [new TextRun({ text, bold: o.bold, color: o.color, size: o.size })] });
};
// a paragraph with a bold run-in label
const L = (label, text) => {
  out.push(`${label} ${text}`);
  return new Paragraph({ spacing: { after: 100 }, children: [new TextRun({ text: label, bold: true }), new TextRun({ text: " " + text })] });
};
const H = (text) => P(text, { heading: HeadingLevel.HEADING_2, after: 80 });
const decision = (ref, text, row, reasons) => [P(`Decision ${ref}`, { bold: true, after: 60 }), P(text), ...(reasons ? [L("Reasons:", reasons)] : []), L("Vote:", `Appendix A, row ${row}.`)];

// ---------------------------------------------------------------- section 1: the record
const s1 = [];
s1.push(P(BODY, { heading: HeadingLevel.TITLE, after: 60 }));
s1.push(P("Record of decisions and recorded votes", { heading: HeadingLevel.HEADING_1 }));
s1.push(P(`Meeting held on Tuesday 19 September 2186 at 2.00pm in ${ROOM}`, { bold: true }));
s1.push(L("Published:", "Thursday 21 September 2186."));
s1.push(L("Call-in:", "the decisions below may be called in by any five members of the Overview and Scrutiny Committee until 5.00pm on Thursday 28 September 2186 (Joint Committee Procedure Rule 17). A decision that is not called in takes effect on Friday 29 September 2186, unless it says otherwise."));
s1.push(L("Recorded votes:", "under Procedure Rule 14.3 the vote of each member on every question about a name or a number is recorded. The votes are in Appendix A."));

s1.push(H("Attendance"));
const present = VOTERS.filter((k) => k !== "shufflebotham").map((k) => cllr(k) + (M[k].role === "Chair" ? " (Chair)" : M[k].role === "Vice-Chair" ? " (Vice-Chair)" : ""));
s1.push(L("Members present:", present.slice(0, -1).join(", ") + " and " + present.at(-1) + "."));
s1.push(L("Substitute:", `${cllr("shufflebotham")} (Osmerley Borough Council) for ${cllr("nutbrown")}.`));
s1.push(L("Apologies:", `${cllr("nutbrown")}.`));
s1.push(L("Co-opted member (non-voting):", `${COOPTED.name}, ${COOPTED.org}.`));
s1.push(L("Officers:", `${O.dunderdale.name} (${O.dunderdale.post}), ${O.underhay.name} (${O.underhay.post}), ${O.pickavance.name} (${O.pickavance.post}), ${O.oddie.name} (${O.oddie.post}) and ${O.dewsnap.name} (${O.dewsnap.post}).`));
s1.push(P(`${cllr("mowforth")} arrived at 2.25pm, during item 4, and did not vote on it.`));

s1.push(H("Declarations of interest"));
s1.push(P(`${cllr("gotobed")} declared a non-registrable interest in item 7 as a trustee of the Bramhope Trust, which proposed the name. She left the room for the item and did not vote.`));
s1.push(P(`${cllr("haythorne")} said, for transparency, that he is a ward member for Thornby East, where Gallows Hill Lane is. This is not an interest and he took part in item 6.`));

s1.push(H("Item 3 – Minutes"));
s1.push(P("The minutes of the meeting held on Tuesday 20 June 2186 were agreed as a correct record and signed by the Chair."));

s1.push(H("Item 4 – Street Naming and Numbering Policy: version 3.2"));
s1.push(...decision("JSNAC/86/14", "The Committee adopted version 3.2 of the Street Naming and Numbering Policy, with effect from 1 October 2186, except the fees in section 9, which are decided at item 8 and apply from 1 April 2187.", 1, "the first annual review of the joint policy (report of the Head of Addressing and Land Information) found that the 20-year wait before a person can be commemorated had ruled out names that families and councils supported, that the duplicate-name test by postcode district let through names that sound alike in the same town, and that the paper form SNN1 is now used for fewer than one application in ten."));

s1.push(H("Item 5 – Ropewalk Yard, Osmerley (SN/2186/031): names for new streets"));
s1.push(...decision("JSNAC/86/15", "The Committee approved the names Tanner's Row and Kilnworks Lane for the two new streets at Ropewalk Yard, Osmerley (146 homes, Rennard Homes Ltd), and refused the name Regent Close, which would duplicate Regent Close, Osmerley (section 4.2 of the policy).", 2));

s1.push(H("Item 6 – Renaming of Gallows Hill Lane, Thornby"));
s1.push(P(`The Committee considered a petition of ${BALLOT.petition} signatures asking for Gallows Hill Lane to be renamed, and the result of the ballot of occupiers: ${BALLOT.balloted} occupiers balloted, ${BALLOT.returned} ballots returned (turnout ${TURNOUT} per cent), ${BALLOT.infavour} in favour of renaming (${INFAVOUR} per cent of returned ballots).`));
s1.push(P(`${cllr("haythorne")} moved, and ${cllr("winterburn")} seconded, an amendment to defer the decision for six months for a heritage assessment of the name. The amendment was lost (Appendix A, row 3).`));
s1.push(...decision("JSNAC/86/16", "The Committee agreed to rename Gallows Hill Lane, Thornby, as Gallowfield Lane with effect from 1 January 2187, the ballot having met the thresholds in section 7.3 of the policy (at least two-thirds of returned ballots in favour and a turnout of at least 40 per cent). Every household will be sent a change of address letter free of charge.", 4));

s1.push(H("Item 7 – Haddlestone Riverside (SN/2186/037): commemorative name"));
s1.push(...decision("JSNAC/86/17", "The Committee approved the name Ada Bramhope Way for the new spine road at Haddlestone Riverside, commemorating Ada Bramhope (2098–2171), river pilot and founder of the Haddlestone river rescue service, under section 6.2 of the policy as adopted at item 4, her next of kin having given written consent. The decision takes effect on 1 October 2186, when version 3.2 of the policy comes into force.", 5));

s1.push(H("Item 8 – Fees and charges 2187/88"));
const fee = (i) => FEES[i][2].replace(" per street", "").replace(" per plot", " a plot");
s1.push(...decision("JSNAC/86/18", `The Committee approved the fees for 2187/88 in section 9 of the policy, from 1 April 2187: naming a new street ${fee(0)}; numbering new properties ${fee(1)}; renaming or renumbering an existing property ${fee(2)}; adding a name to a numbered property ${fee(3)}; confirmation of address letter ${fee(4)} (no change). Renaming a street at residents' request remains free of charge.`, 6));
s1.push(P("The vote was tied at five for and five against, and the motion was carried on the Chair's casting vote (Procedure Rule 14.5)."));

s1.push(H("Item 9 – Nameplate Replacement Programme: progress"));
s1.push(P(`The Committee noted that ${PLATES.done.toLocaleString("en-GB")} of the ${PLATES.total.toLocaleString("en-GB")} street nameplates in the programme (34 per cent) had been replaced by 31 August 2186, and that ${gbp(PLATES.spent)} of the ${gbp(PLATES.budget)} budget for 2186/87 had been spent. No vote was taken.`));

s1.push(H("Item 10 – Osmerley Wharf, Block C (SN/2186/040): request to leave out number 13"));
s1.push(P("The officers recommended that the developer's request to leave out number 13 in Block C be refused under section 5.6 of the policy, which requires every number in a sequence to be used. The recommendation was lost (Appendix A, row 7)."));
s1.push(P(`${cllr("winterburn")} then moved, and ${cllr("gotobed")} seconded, that the request be allowed as an exception.`));
s1.push(...decision("JSNAC/86/19", "The Committee allowed the flats in Block C, Osmerley Wharf, to be numbered 1 to 12 and 14 to 25, leaving out 13, as an exception to section 5.6 of the policy, and asked officers to propose a change to section 5.6 for the next meeting.", 8));

s1.push(H("Item 11 – Date of next meeting"));
s1.push(P(`Tuesday 21 November 2186 at 2.00pm, ${ROOM}.`));
s1.push(P("The meeting closed at 4.35pm."));
s1.push(P(`Contact: ${O.dewsnap.name}, ${O.dewsnap.post}, ${O.dewsnap.phone}, ${O.dewsnap.email}`));

// ---------------------------------------------------------------- section 2: Appendix A (landscape)
const s2 = [];
s2.push(P("Appendix A – Recorded votes, 19 September 2186", { heading: HeadingLevel.HEADING_1 }));
s2.push(P("Each column is one voting member present; the substitute sits in the column of the member she replaced. The co-opted member does not vote and is not shown."));
const NAMEW = 620;
const W = { row: 500, item: 560, q: 3900, v: NAMEW, n: 760, res: 1650 };
const border = { style: "single", size: 4, color: "808080" };
const borders = { top: border, bottom: border, left: border, right: border };
const cell = (text, o = {}) => new TableCell({
  width: { size: o.w, type: WidthType.DXA }, borders,
  textDirection: o.rot ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
  verticalAlign: o.rot ? VerticalAlign.BOTTOM : VerticalAlign.CENTER,
  shading: o.fill ? { type: ShadingType.CLEAR, color: "auto", fill: o.fill } : undefined,
  children: [new Paragraph({ alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: 0 }, children: [new TextRun({ text, bold: o.bold, size: o.size ?? 18 })] })],
});
const headTexts = ["Row", "Item", "Question put", ...VOTERS.map((k) => cllr(k) + (M[k].role === "Chair" ? " (Chair)" : M[k].role === "Vice-Chair" ? " (Vice-Chair)" : k === "shufflebotham" ? " (substitute for Cllr Nutbrown)" : "")), "For", "Against", "Abstained", "Result"];
const headRow = new TableRow({
  tableHeader: true, height: { value: 3300, rule: HeightRule.ATLEAST },
  children: headTexts.map((t, i) => cell(t, { w: i === 0 ? W.row : i === 1 ? W.item : i === 2 ? W.q : i < 13 ? W.v : i < 16 ? W.n : W.res, rot: i >= 3 && i < 13, bold: true, fill: "D9E1F2", size: 17 })),
});
out.push(headTexts.join(" | "));
const FILLV = { F: "E2EFDA", "F*": "C6E0B4", A: "F8CBAD", Ab: "FFF2CC", DI: "D9D9D9", NP: "EDEDED" };
const rows = VOTES.map((r) => {
  const q = r.ref ? `${r.q} (${r.ref})` : r.q;
  const texts = [String(r.row), r.item, q, ...r.cells, String(r.for), String(r.against), String(r.abstained), r.result];
  out.push(texts.join(" | "));
  return new TableRow({
    children: texts.map((t, i) => cell(t, { w: i === 0 ? W.row : i === 1 ? W.item : i === 2 ? W.q : i < 13 ? W.v : i < 16 ? W.n : W.res, center: i !== 2 && i !== 16, fill: i >= 3 && i < 13 ? FILLV[t] : undefined, bold: i === 16 })),
  });
});
s2.push(new Table({ width: { size: W.row + W.item + W.q + 10 * W.v + 3 * W.n + W.res, type: WidthType.DXA }, columnWidths: [W.row, W.item, W.q, ...Array(10).fill(W.v), W.n, W.n, W.n, W.res], rows: [headRow, ...rows] }));
s2.push(P("", { after: 60 }));
out.pop();
s2.push(L("Key:", "F voted for; A voted against; Ab abstained; DI declared an interest and did not vote; NP not present for the vote. F* the Chair voted for and then gave her casting vote for the motion after a tied vote (Procedure Rule 14.5); the casting vote is not counted in the For column."));
s2.push(P("Rows 3 and 7 have no decision number because they were lost: row 3 was an amendment and row 7 an officers' recommendation."));

// ---------------------------------------------------------------- document
const header = () => ({ default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: CA, size: 16, color: "595959" })] })] }) });
const footer = () => ({ default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["JSNAC record of decisions, 19 September 2186 – Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16, color: "595959" })] })] }) });
const doc = new Document({
  creator: O.dewsnap.name,
  title: `${BODY} – record of decisions and recorded votes – 19 September 2186`,
  description: "Record of decisions with recorded votes (Procedure Rule 14.3)",
  styles: { default: { document: { run: { font: "Arial", size: 21 } } } },
  sections: [
    { properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT }, margin: { top: 1200, bottom: 1200, left: 1300, right: 1300 } } }, headers: header(), footers: footer(), children: s1 },
    { properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 900, bottom: 900, left: 700, right: 700 } } }, headers: header(), footers: footer(), children: s2 },
  ],
});
writeFileSync(join(root, "docs", FILE), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), out.filter((l) => l !== "").join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
