// Builds docs/bereavement-services-panel-audit-tracker-2026-09.docx (the LGA Bereavement Services Panel, Wednesday
// 21 October 2026, item 4: "Internal audit of the Burial Space Capacity Fund: follow-up of recommendations",
// position at 30 September 2026) and its plain-text rendering text/bereavement-services-panel-audit-tracker-2026-09.txt.
//
//   node src/build-audit-tracker-docx.mjs   (NODE_MODULES=/path/to/node_modules, default /work/main/node_modules)
//
// Layout: Word (docx 9.x), Calibri, THREE SECTIONS: portrait (title, bold run-in labels, typed paragraph numbers,
// Table 1 – a summary of status by priority with a bold TOTAL ROW and a Total column – and a Key table), then a
// LANDSCAPE SECTION holding Table 2, the RECOMMENDATIONS TRACKER (nine columns: Ref | Priority | Finding | Agreed
// action | Responsible officer | Original due date | Revised due date | Status | Audit comment (September 2026)),
// its header row repeated on each page, status words on coloured cells, responsible officers as JOB TITLES only,
// an original due date STRUCK THROUGH where a revised date replaces it, "–" where there is no revised date, and
// REAL WORD FOOTNOTES (footnote references inside three cells; the footnote text at the foot of the page); then
// portrait again (revised dates requested as Word bullets, recommendations as typed (a)-(c), a contact line).
// A page header ("Bereavement Services Panel – 21 October 2026 – Item 4") and "Page n" footer in every section.
// Rendering: paragraphs as lines; run-in labels as "Label: text"; bullets without the bullet; each table as its
// caption, header row and rows (cells joined with " | "); the footnote reference marks left out of the cells and
// the footnotes given at the end as "Footnote n: text"; the page header and footer dropped.
// Synthetic test fixture: the audit, its findings, the auditor and the officers are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "bereavement-services-panel-audit-tracker-2026-09";
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const Dx = await import(pathToFileURL(join(NM, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Header, Footer, PageNumber, PageOrientation, Table, TableRow, TableCell, WidthType, ShadingType, FootnoteReferenceRun, LevelFormat, VerticalAlign } = Dx;

// ---------------------------------------------------------------- content
const KICKER = "Local Government Association";
const TITLE = "Internal audit of the Burial Space Capacity Fund: follow-up of recommendations";
const META = [
  ["Meeting:", "Bereavement Services Panel, Wednesday 21 October 2026"],
  ["Agenda item:", "4"],
  ["Report of:", "Calderwick Audit Partnership (internal audit), with the Head of Bereavement Services Policy"],
  ["Position at:", "30 September 2026"],
  ["Is this report confidential?", "No"],
];
const PARAS_1 = [
  ["h", "Background"],
  ["p", "1. Calderwick Audit Partnership, the LGA's internal auditor, reviewed the administration of round 1 of the Burial Space Capacity Fund (BSCF) in January 2026. Its report, issued on 18 February 2026, gave an opinion of Limited assurance and made 11 recommendations: three High, five Medium and three Low priority. Management agreed all 11, with the actions, responsible officers and due dates shown in Table 2."],
  ["p", "2. This follow-up was carried out in September 2026 by Eleanor Quartermaine, Audit Manager. For each recommendation, audit asked the responsible officer for evidence that the agreed action had been taken, and tested a sample of transactions where it could. Responsible officers are shown by job title."],
  ["h", "Summary of progress"],
  ["p", "3. Table 1 summarises the position at 30 September 2026 by priority. Table 2 gives the position on each recommendation, with the auditor's comment."],
  ["t1"],
  ["h", "Audit opinion"],
  ["p", "4. The follow-up opinion remains Limited assurance. It will be reviewed when the High priority recommendations that are still open have been implemented."],
  ["p", "5. The priorities and status words used in this report have the meanings in the key below."],
  ["key"],
];
const T1_TITLE = "Table 1: Recommendations by priority and status at 30 September 2026";
const STATUSES = ["Implemented", "Partly implemented", "Not yet due", "Overdue"];
const PRIORITIES = ["High", "Medium", "Low"];
const KEY_TITLE = "Key to priorities and status";
const KEY_HEAD = ["Term", "Meaning"];
const KEY = [
  ["High", "A fundamental weakness in control that exposes the fund to a significant risk of loss, fraud or error. Action expected within three months."],
  ["Medium", "A weakness that should be put right to improve control. Action expected within six months."],
  ["Low", "A minor weakness, or a matter of good practice."],
  ["Implemented", "Audit has seen evidence that the agreed action is complete and working."],
  ["Partly implemented", "Some of the agreed action has been taken, and the due date (or revised due date) has not passed."],
  ["Not yet due", "The due date (or revised due date) has not passed; audit will test the action after that date."],
  ["Overdue", "The due date (or revised due date) has passed and the agreed action is not complete."],
];
const T2_TITLE = "Table 2: Recommendations tracker";
const T2_HEAD = ["Ref", "Priority", "Finding", "Agreed action", "Responsible officer", "Original due date", "Revised due date", "Status", "Audit comment (September 2026)"];
const T2_W = [880, 900, 2480, 2700, 1520, 1200, 1200, 1220, 2738];
// cells may carry a footnote: [text, footnote id]
const T2 = [
  ["IA26-01", "High", "Two of the 18 round 1 grant payments were made before the council had returned a signed grant agreement.", "No payment to be released until the signed grant agreement is on file; the finance system to block payments without one.", "Grants Finance Manager", "30 April 2026", "–", "Implemented", "Payment block in place since 2 April 2026 and tested on 12 August 2026: no exceptions in a sample of 10 payments."],
  ["IA26-02", "High", "Panel members' and assessors' interests in bids were not recorded before the bids were scored.", "Keep a register of interests for each funding round; members and assessors to sign a declaration before scoring.", "Head of Bereavement Services Policy", "31 May 2026", "31 August 2026", "Overdue", ["Register template drafted but not yet in use; round 2 scoring began without declarations from two of the four assessors.", 1]],
  ["IA26-03", "High", "No evidence was kept that works were complete before the final 20 per cent of each grant was paid, and no sites were visited.", "Introduce a completion certificate signed by the council's S151 officer, and visit at least one in five funded sites.", "Programme Manager (Capacity Fund)", "30 June 2026", "31 December 2026", "Partly implemented", "Completion certificate in use since July 2026. Site visits start in November 2026, with four planned before 31 December 2026."],
  ["IA26-04", "Medium", "Assessors' scores were not moderated: the two scores for two round 1 bids differed by more than 30 points.", "Moderate every bid whose two scores differ by more than 15 points, and a sample of 25 per cent of the rest.", "Senior Adviser (Burial Space)", "31 July 2026", "–", "Implemented", "Applied to round 2: nine bids moderated."],
  ["IA26-05", "Medium", "The grant register was not reconciled to the general ledger (GL) during 2025/26.", "Reconcile the grant register to the GL every month, and keep the signed reconciliation.", "Grants Finance Manager", "30 June 2026", "–", "Overdue", "June and July reconciled in September 2026; August and September not yet done."],
  ["IA26-06", "Medium", "Bid documents were kept in officers' personal email folders.", "Move all bid documents to the fund's document library and apply the LGA retention schedule.", "Information Governance Manager", "30 September 2026", ["31 January 2027", 2], "Not yet due", "Library set up and round 1 documents moved; round 2 documents in progress."],
  ["IA26-07", "Medium", "Three round 1 bids gave no evidence that the council owned the land or had an option to buy it.", "Require title evidence or a signed option agreement before any grant offer is made.", "Senior Adviser (Burial Space)", "31 July 2026", "–", "Implemented", "Applied to round 2: bids without land evidence were ruled ineligible."],
  ["IA26-08", "Low", "The Panel received no report on spending from the fund in 2025/26.", "Report spending and outcomes from the fund to every Panel meeting.", "Programme Manager (Capacity Fund)", "8 July 2026", "20 January 2027", "Partly implemented", "Spending reported to the meeting on 8 July 2026; outcome measures (such as new graves created) not yet defined."],
  ["IA26-09", "Low", "Round 1 awards were not published.", "Publish awards on the LGA website within 28 days of the Panel's decision.", "Communications Manager", "31 March 2026", "–", "Implemented", "Round 1 awards published on 20 March 2026."],
  ["IA26-10", "Low", "The guidance for applicants did not explain how bids are scored.", "Publish the scoring criteria and their weights in the guidance for round 3.", "Senior Adviser (Burial Space)", "31 January 2027", "–", "Not yet due", "Round 3 guidance to be written after the Panel agrees the round 3 criteria on 20 January 2027."],
  ["IA26-11", "Medium", "Changes to councils' bank details were accepted by email without a call-back.", "Confirm any change of bank details by telephone with a known contact at the council before the next payment.", "Grants Finance Manager", "31 May 2026", "31 July 2026", "Overdue", ["Written procedure updated in July 2026, but two changes of bank details in August 2026 were accepted without a call-back.", 3]],
];
const FOOTNOTES = {
  1: "Round 2 bids were scored between 7 and 25 September 2026.",
  2: "Revised by the Head of Bereavement Services Policy on 4 August 2026, because the LGA's new records system, which holds the document library, was delayed.",
  3: "Both changes were genuine, and no payment was made to a wrong account.",
};
const PARAS_3 = [
  ["h", "Revised due dates requested"],
  ["p", "6. Management asks the Panel to agree new due dates for the following recommendations:"],
  ["b", "IA26-02 (register of interests): 30 November 2026"],
  ["b", "IA26-05 (monthly reconciliation to the GL): 31 October 2026"],
  ["b", "IA26-11 (call-back on changes of bank details): 30 November 2026"],
  ["p", "7. Audit will follow up the open recommendations again in December 2026 and report to the Panel's meeting on 20 January 2027."],
  ["h", "Recommendations"],
  ["p", "That the Panel:"],
  ["p", "(a) notes the progress on the recommendations of the internal audit of the BSCF;"],
  ["p", "(b) agrees the revised due dates in paragraph 6; and"],
  ["p", "(c) notes that a further follow-up will be reported to its meeting on 20 January 2027."],
  ["h", "Abbreviations"],
  ["p", "BSCF – Burial Space Capacity Fund; GL – general ledger; S151 officer – a council's chief finance officer."],
  ["lab", "Contact:", "Eleanor Quartermaine, Audit Manager, Calderwick Audit Partnership – 01632 960418"],
];
const HEADER_TEXT = "Bereavement Services Panel – 21 October 2026 – Item 4";

// ---------------------------------------------------------------- checks
const txt = (c) => (Array.isArray(c) ? c[0] : c);
const POS = new Date(Date.UTC(2026, 8, 30));
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const date = (s) => { const m = s.match(/^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/); if (!m) throw new Error("date " + s); return new Date(Date.UTC(+m[3], MONTHS.indexOf(m[2]), +m[1])); };
const counts = {};
for (const r of T2) {
  const [ref, pri, , , , orig, rev, st] = r.map(txt);
  if (!PRIORITIES.includes(pri) || !STATUSES.includes(st)) throw new Error("words " + ref);
  const due = rev === "–" ? date(orig) : date(rev);
  if (rev !== "–" && date(rev) <= date(orig)) throw new Error("revised not later " + ref);
  if (st === "Overdue" && !(due < POS)) throw new Error("overdue but not past due " + ref);
  if ((st === "Partly implemented" || st === "Not yet due") && !(due >= POS)) throw new Error("past due but not overdue " + ref);
  (counts[pri] ??= {})[st] = (counts[pri][st] ?? 0) + 1;
}
const T1_HEAD = ["Priority", ...STATUSES, "Total"];
const T1 = PRIORITIES.map((p) => [p, ...STATUSES.map((s) => String(counts[p]?.[s] ?? 0)), String(STATUSES.reduce((a, s) => a + (counts[p]?.[s] ?? 0), 0))]);
const T1_TOTAL = ["Total", ...STATUSES.map((s, i) => String(T1.reduce((a, r) => a + +r[i + 1], 0))), String(T2.length)];
if (T1.map((r) => r[5]).join() !== "3,5,3" || T1_TOTAL.join() !== "Total,4,2,2,3,11") throw new Error("summary " + JSON.stringify([T1, T1_TOTAL]));
const overdue = T2.filter((r) => r[7] === "Overdue").map((r) => r[0]);
if (overdue.join() !== "IA26-02,IA26-05,IA26-11") throw new Error("overdue " + overdue);
if (!PARAS_3.filter((p) => p[0] === "b").every((p, i) => p[1].startsWith(overdue[i]))) throw new Error("revised dates list");

// ---------------------------------------------------------------- Word
const font = "Calibri";
const ACC = "3B3F6B";
const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color, strike: o.strike });
const para = (t, o = {}) => new Paragraph({ spacing: { after: 120 }, ...o, children: [run(t)] });
const heading = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 220, after: 100 }, children: [run(t, { size: 26, bold: true, color: ACC })] });
const caption = (t) => new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [run(t, { bold: true, size: 21 })] });
const SHADE = { Implemented: "C6E7C3", "Partly implemented": "FBE3A6", "Not yet due": "E2E2E2", Overdue: "F4B6B0" };
const mkCell = (c, w, o = {}) => {
  const t = txt(c);
  const kids = [run(t, { bold: o.head || o.bold, color: o.head ? "FFFFFF" : undefined, size: o.size ?? 19, strike: o.strike })];
  if (Array.isArray(c)) kids.push(new FootnoteReferenceRun(c[1]));
  return new TableCell({
    width: { size: w, type: WidthType.DXA },
    shading: o.head ? { type: ShadingType.CLEAR, fill: ACC, color: "auto" } : o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: "auto" } : undefined,
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
    verticalAlign: VerticalAlign.TOP,
    children: [new Paragraph({ alignment: o.align, children: kids })],
  });
};
const table = (head, rows, widths, opts = () => ({})) => new Table({
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  columnWidths: widths,
  rows: [
    new TableRow({ tableHeader: true, cantSplit: true, children: head.map((t, i) => mkCell(t, widths[i], { head: true })) }),
    ...rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((t, i) => mkCell(t, widths[i], opts(r, i, k))) })),
  ],
});
const sec1 = [];
sec1.push(new Paragraph({ spacing: { after: 60 }, children: [run(KICKER, { size: 20, color: "666666" })] }));
sec1.push(new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 200 }, children: [run(TITLE, { size: 36, bold: true, color: ACC })] }));
for (const [l, t] of META) sec1.push(new Paragraph({ spacing: { after: 40 }, children: [run(l + " ", { bold: true }), run(t)] }));
const W1 = [1500, 1400, 1700, 1400, 1300, 1000];
const WK = [2000, 7300];
for (const p of PARAS_1) {
  if (p[0] === "h") sec1.push(heading(p[1]));
  else if (p[0] === "p") sec1.push(para(p[1]));
  else if (p[0] === "t1") {
    sec1.push(caption(T1_TITLE));
    sec1.push(table(T1_HEAD, [...T1, T1_TOTAL], W1, (r, i) => ({ bold: r === T1_TOTAL || i === 5, fill: r === T1_TOTAL ? "D9DCEB" : undefined, align: i ? AlignmentType.CENTER : undefined })));
  } else if (p[0] === "key") {
    sec1.push(caption(KEY_TITLE));
    sec1.push(table(KEY_HEAD, KEY, WK, (r, i) => ({ bold: i === 0, fill: i === 0 ? SHADE[r[0]] : undefined })));
  }
}
const sec2 = [caption(T2_TITLE), table(T2_HEAD, T2, T2_W, (r, i) => ({ size: 18, fill: i === 7 ? SHADE[r[7]] : undefined, bold: i === 0 || i === 7, strike: i === 5 && r[6] !== "–" }))];
const sec3 = [];
for (const p of PARAS_3) {
  if (p[0] === "h") sec3.push(heading(p[1]));
  else if (p[0] === "p") sec3.push(para(p[1], /^\([a-c]\)/.test(p[1]) ? { indent: { left: 567, hanging: 567 } } : {}));
  else if (p[0] === "b") sec3.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 60 }, children: [run(p[1])] }));
  else if (p[0] === "lab") sec3.push(new Paragraph({ spacing: { before: 240 }, children: [run(p[1] + " ", { bold: true }), run(p[2])] }));
}
const hdr = () => ({ default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(HEADER_TEXT, { size: 16, color: "666666" })] })] }) });
const ftr = () => ({ default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT], font, size: 16, color: "666666" })] })] }) });
const portrait = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1200, bottom: 1200, left: 1300, right: 1300, header: 600, footer: 600 } } };
const landscape = { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000, header: 500, footer: 500 } } };
const doc = new Document({
  creator: "Calderwick Audit Partnership",
  title: TITLE,
  description: "Synthetic test fixture",
  styles: { default: { document: { run: { font, size: 22 } } } },
  numbering: { config: [{ reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "\u2022", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 284 } } } }] }] },
  footnotes: Object.fromEntries(Object.entries(FOOTNOTES).map(([k, t]) => [k, { children: [new Paragraph({ children: [run(t, { size: 18 })] })] }])),
  sections: [
    { properties: portrait, headers: hdr(), footers: ftr(), children: sec1 },
    { properties: landscape, headers: hdr(), footers: ftr(), children: sec2 },
    { properties: portrait, headers: hdr(), footers: ftr(), children: sec3 },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering
const R = [KICKER, TITLE, ...META.map(([l, t]) => `${l} ${t}`)];
for (const p of PARAS_1) {
  if (p[0] === "h" || p[0] === "p") R.push(p[1]);
  else if (p[0] === "t1") R.push(T1_TITLE, T1_HEAD.join(" | "), ...T1.map((r) => r.join(" | ")), T1_TOTAL.join(" | "));
  else if (p[0] === "key") R.push(KEY_TITLE, KEY_HEAD.join(" | "), ...KEY.map((r) => r.join(" | ")));
}
R.push(T2_TITLE, T2_HEAD.join(" | "), ...T2.map((r) => r.map(txt).join(" | ")));
for (const p of PARAS_3) R.push(p[0] === "lab" ? `${p[1]} ${p[2]}` : p[1]);
for (const [k, t] of Object.entries(FOOTNOTES)) R.push(`Footnote ${k}: ${t}`);
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${R.length} lines); summary ${JSON.stringify(T1_TOTAL)}`);
