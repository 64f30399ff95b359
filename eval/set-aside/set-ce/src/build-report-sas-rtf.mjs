// Builds docs/cmstg-item-5-performance-risk-q2-2671-72-sas-ods.rtf and its rendering in text/.
// Layout: A SAS OUTPUT FILE WRITTEN BY ODS RTF (SAS 9.4: ods rtf file=… style=… ; ods text= ; proc report …),
// as an analyst's program delivers a committee report: Word-compatible RTF, code page 1252, landscape A4,
// ONE SECTION PER PROCEDURE (\sect; STARTPAGE=YES), and – as ODS RTF does – THE SAS TITLES AND FOOTNOTES
// WRITTEN INTO EACH SECTION'S PAGE HEADER AND FOOTER, NOT THE BODY: the meeting and item (title1), the
// period (title2), and each TABLE'S CAPTION (title3: "Table 1. …"), while THE RATING KEY, THE RISK BANDS,
// THE FUND THRESHOLD AND THE DATA SOURCE ARE FOOTNOTES IN THE PAGE FOOTER; titles as a one-cell borderless
// table in the header, with "Page {PAGE} of {NUMPAGES}" fields and their cached results; the ODS TEXT
// paragraphs (purpose, summary, recommendations, contact officer) before the first table; PROC REPORT tables
// row by row (\trowd … \cellx, \intbl cells, \trhdr header rows repeated on each page, \trkeep), cell
// shading from a format (the RAG column's background is the rating's colour, the cell holds only R / A / G /
// C / N); THE GROUP (ORDER) VARIABLE PRINTED ONLY ON THE FIRST ROW OF ITS GROUP, the rows under it blank in
// that column; SAS MISSING VALUES PRINTED AS "." (a new measure, a new risk); numbers in COMMA formats
// ("310,000"); an RBREAK AFTER / SUMMARIZE TOTAL ROW WITH NO LABEL – its character cells empty – under the
// bids; a spanning header over two columns (\clmgf / \clmrg) in Table 4; {\*\bkmkstart IDX…} bookmarks of
// the ODS table of contents; \info naming SAS; the report's meeting date in title1 is the one in force when
// the program ran (21 November), not the date the meeting was moved to.
// Rendering: per section, the header's titles, the body (paragraphs a line each, each table row its cells
// joined by " | ", empty cells left out), then the footer's footnotes; the page-number fields left out.
// Synthetic test fixture: every person, council, figure and date is invented.
//   node src/build-report-sas-rtf.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, FUND, MEASURES, RAGKEY, RISKS, BIDS, ASKED, REC, AVAILABLE, FUND_TOTAL, URGENT, THRESHOLD, BACKLOG, OFFICERS as O, WORSE, BETTER, byRag, gbp } from "./common.mjs";

const FILE = DOCS.report;
const BASE = basename(FILE, extname(FILE));
const CP1252 = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97 };
const r = (s) => {
  let o = "";
  for (const ch of String(s)) {
    const c = ch.codePointAt(0);
    if (ch === "\\" || ch === "{" || ch === "}") o += "\\" + ch;
    else if (c < 128) o += ch;
    else if (c < 256) o += "\\'" + c.toString(16);
    else if (CP1252[ch]) o += "\\'" + CP1252[ch].toString(16);
    else o += `\\u${c}\\'3f`;
  }
  return o;
};
const fmt = (n) => n.toLocaleString("en-GB");
const SRC = (t) => `Source: ${t} extracted 02NOV2671:09:14:07. Program: /sasdata/intel/cmstg/q2_2671_report.sas (run by ${O.yusuf.user}).`;
const TITLE1 = `${BODY} – meeting of 21 November 2671 – item 5`;
const TITLE2 = "Quarter 2 2671/72 (1 July to 30 September 2671): performance and risk";
const WIDTH = 14678; // twips across the landscape text block
// colours: 1 black, 2 white, 3 header grey, 4 red, 5 amber, 6 green, 7 blue, 8 light grey
const COLORTBL = "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;\\red217\\green217\\blue217;\\red255\\green102\\blue102;\\red255\\green192\\blue0;\\red146\\green208\\blue80;\\red142\\green169\\blue219;\\red242\\green242\\blue242;}";
const RAGCOL = { R: 4, A: 5, G: 6, C: 7, N: 8 };

const out = [];
const W = (s) => out.push(s);
const show = [];
const S = (s) => show.push(s);
let sectionNo = 0;

function section({ title3, footnotes, pages }) {
  sectionNo++;
  if (sectionNo > 1) W("\\sect");
  W("\\sectd\\linex0\\endnhere\\lndscpsxn\\pgwsxn16838\\pghsxn11906\\margl1080\\margr1080\\margt1440\\margb1080\\headery720\\footery576\\pgnrestart\\pgnstarts1");
  const titles = [TITLE1, TITLE2, title3];
  let h = "{\\header\\pard\\plain\\s0\\ql\\widctlpar\\f2\\fs16\\cf1";
  h += `\\trowd\\trkeep\\trqc\\trgaph0\\trleft0\\cellx${WIDTH}\\pard\\plain\\intbl\\sb0\\sa0\\qr\\f2\\fs16\\cf1{Page }{\\field{\\*\\fldinst { PAGE }}{\\fldrslt {${sectionNo}}}}{ of }{\\field{\\*\\fldinst { NUMPAGES }}{\\fldrslt {${pages}}}}\\cell{\\row}`;
  titles.forEach((t, i) => {
    h += `\\trowd\\trkeep\\trqc\\trgaph0\\trleft0\\cellx${WIDTH}\\pard\\plain\\intbl\\sb${i ? 0 : 60}\\sa${i === 2 ? 120 : 0}\\qc\\f2\\fs${i ? 20 : 22}\\cf1${i === 1 ? "" : "\\b"}{${r(t)}\\cell}{\\row}`;
  });
  h += "\\pard\\par}";
  W(h);
  let f = "{\\footer\\pard\\plain\\s0\\ql\\widctlpar\\f2\\fs14\\cf1";
  for (const t of footnotes) f += `{${r(t)}\\par}`;
  f += "}";
  W(f);
  for (const t of titles) S(t);
  return () => { for (const t of footnotes) S(t); };
}
function text(t, { bold = false, sa = 80 } = {}) {
  W(`\\pard\\plain\\ql\\widctlpar\\sb0\\sa${sa}\\f2\\fs20\\cf1${bold ? "\\b" : ""}{${r(t)}\\par}`);
  S(t);
}
// a PROC REPORT table: cols [{h, w, align}], rows of cells; opts.bg(rowIndex, colIndex) -> colour index
function table(cols, rows, { bg = () => 0, bold = () => false, spanHeader = null } = {}) {
  let x = 0;
  const edges = cols.map((c) => (x += c.w));
  const border = "\\clbrdrt\\brdrs\\brdrw10\\brdrcf1\\clbrdrl\\brdrs\\brdrw10\\brdrcf1\\clbrdrb\\brdrs\\brdrw10\\brdrcf1\\clbrdrr\\brdrs\\brdrw10\\brdrcf1";
  const rowDef = (hdr, cellBg, merge = []) =>
    `\\trowd\\trkeep${hdr ? "\\trhdr" : ""}\\trqc\\trgaph41\\trleft-41` +
    edges.map((e, i) => `\\clvertalb${merge[i] ?? ""}${border}${cellBg(i) ? `\\clcbpat${cellBg(i)}` : ""}\\cellx${e}`).join("");
  const cell = (t, c, b) => `\\pard\\plain\\intbl\\sb65\\sa65\\${c.align ?? "ql"}\\f2\\fs16\\cf1${b ? "\\b" : ""}{${r(t)}\\cell}`;
  if (spanHeader) {
    // first header row: a label spanning the columns spanHeader.from..to
    const merge = cols.map((_, i) => (i === spanHeader.from ? "\\clmgf" : i > spanHeader.from && i <= spanHeader.to ? "\\clmrg" : ""));
    W(rowDef(true, () => 3, merge) + cols.map((c, i) => cell(i === spanHeader.from ? spanHeader.label : "", { align: "qc" }, true)).join("") + "{\\row}");
    S(spanHeader.label);
  }
  W(rowDef(true, () => 3) + cols.map((c) => cell(c.h, { align: "qc" }, true)).join("") + "{\\row}");
  S(cols.map((c) => c.h).join(" | "));
  rows.forEach((row, ri) => {
    W(rowDef(false, (ci) => bg(ri, ci)) + row.map((t, ci) => cell(t, cols[ci], bold(ri))).join("") + "{\\row}");
    S(row.filter((t) => t !== "").join(" | "));
  });
  W("\\pard\\plain\\sb0\\sa0\\par");
}

// ------------------------------------------------------------------ document
W("{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0\\deflang2057\\deflangfe2057");
W("{\\fonttbl{\\f1\\froman\\fprq2\\fcharset0 Times New Roman;}{\\f2\\fswiss\\fprq2\\fcharset0 Arial;}{\\f3\\fmodern\\fprq1\\fcharset0 Courier New;}{\\f4\\fnil\\fprq2\\fcharset2 Symbol;}}");
W(COLORTBL);
W("{\\stylesheet{\\widctlpar\\adjustright\\fs20\\cgrid\\snext0 Normal;}{\\*\\cs10\\additive Default Paragraph Font;}}");
W(`{\\info{\\title ${r("CMSTG item 5: quarter 2 2671/72")}}{\\subject SAS Output}{\\author ${O.yusuf.user}}{\\operator ${O.yusuf.user}}{\\creatim\\yr2671\\mo11\\dy2\\hr9\\min14}{\\revtim\\yr2671\\mo11\\dy2\\hr9\\min14}{\\version1}{\\vern1}{\\doccomm ${r("Created by SAS 9.4 ODS RTF (CMSTG_Q2 style)")}}}`);
W("\\widowctrl\\ftnbj\\fet0\\paperw16838\\paperh11906\\landscape");

// section 1: ODS TEXT and Table 1
const nR = byRag("R").length, nA = byRag("A").length, nG = byRag("G").length, nC = byRag("C").length;
let end = section({
  title3: "Table 1. Programme measures at quarter 2 2671/72",
  pages: 4,
  footnotes: [
    `RAG: ${Object.entries(RAGKEY).map(([k, v]) => `${k} = ${v}`).join("; ")}. DoT (direction of travel) compares the quarter 2 rating with quarter 1.`,
    "A full stop (.) is a missing value.",
    SRC("CMSTG.MEASURES_Q2"),
  ],
});
W("{\\*\\bkmkstart IDX}{\\*\\bkmkend IDX}");
text(`Report of the ${O.yusuf.post}`, { bold: true });
text(`Purpose: To report the nine programme measures at the end of quarter 2 2671/72 (30 September 2671), the risk register at 31 October 2671, the inquest backlog by coroner area and the round 1 bids to the ${FUND} with the assessment panel's scores.`);
text(`Summary: Of the nine measures, ${nR} are rated R, ${nA} A, ${nG} G and ${nC} C; CMM-09 has no data yet. ${WORSE.length} measures are rated worse than at quarter 1 and ${BETTER.length} better. Three risks are in the High band, one of them new since the fire at Marlhaven mortuary on 6 October 2671.`);
text("Recommendations: That the Task Group:", { sa: 0 });
text("(a) notes the quarter 2 position and the risk register, including the new risk CMR-03;", { sa: 0 });
text("(b) asks the lead members for inquests and for mortuary capacity to bring recovery plans for CMM-01 and CMM-06 to the meeting in January 2672;", { sa: 0 });
text("(c) asks officers to report CMM-05 again with Polrudden's September registrations included once its data are restored;", { sa: 0 });
text("(d) considers the round 1 recommendations in Table 3 with item 6.");
text(`Contact officer: ${O.yusuf.name}, ${O.yusuf.post}`, { sa: 0 });
text(`Phone: ${O.yusuf.phone}`, { sa: 0 });
text(`Email: ${O.yusuf.email}`);
text("Quarter 2 figures are provisional until they are validated with the coroner areas at the end of quarter 3.");
let prevTheme = "";
const t1rows = MEASURES.map((m) => {
  const th = m.theme === prevTheme ? "" : m.theme;
  prevTheme = m.theme;
  return [th, m.ref, m.name, m.target, m.q1v, m.q1, m.q2v, m.q2, m.dot, m.lead, m.note];
});
table(
  [
    { h: "Theme", w: 1300 }, { h: "Ref", w: 800, align: "qc" }, { h: "Measure", w: 2500 }, { h: "Target 2671/72", w: 1200, align: "qc" },
    { h: "Q1", w: 700, align: "qr" }, { h: "Q1 RAG", w: 600, align: "qc" }, { h: "Q2", w: 700, align: "qr" }, { h: "Q2 RAG", w: 600, align: "qc" },
    { h: "DoT", w: 700, align: "qc" }, { h: "Lead member", w: 1600 }, { h: "Note", w: 3978 },
  ],
  t1rows,
  { bg: (ri, ci) => (ci === 5 ? RAGCOL[MEASURES[ri].q1] : ci === 7 ? RAGCOL[MEASURES[ri].q2] : 0) },
);
end();

// section 2: Table 2, the risk register
end = section({
  title3: "Table 2. Risk register at 31 October 2671",
  pages: 4,
  footnotes: [
    "Score = likelihood (L) x impact (I), each scored 1 to 5. Bands: 1-6 Low; 8-12 Medium; 15-25 High.",
    "Trend compares the score with the register at quarter 1 (30 June 2671). A full stop (.) is a missing value.",
    SRC("CMSTG.RISKS_OCT"),
  ],
});
W("{\\*\\bkmkstart IDX1}{\\*\\bkmkend IDX1}");
table(
  [
    { h: "Risk", w: 900, align: "qc" }, { h: "Description", w: 5200 }, { h: "Owner", w: 2200 }, { h: "L", w: 500, align: "qc" }, { h: "I", w: 500, align: "qc" },
    { h: "Score", w: 800, align: "qc" }, { h: "Band", w: 1000, align: "qc" }, { h: "Score at Q1", w: 1000, align: "qc" }, { h: "Trend", w: 2578, align: "qc" },
  ],
  RISKS.map((k) => [k.ref, k.risk, O[k.owner].name, String(k.l), String(k.i), String(k.score), k.band, k.prev, k.trend]),
  { bg: (ri, ci) => (ci === 6 ? { High: 4, Medium: 5, Low: 6 }[RISKS[ri].band] : 0) },
);
end();

// section 3: Table 3, the round 1 bids, with an unlabelled RBREAK total row
end = section({
  title3: `Table 3. ${FUND} round 1: bids received by 20 October 2671, with the assessment panel's scores`,
  pages: 4,
  footnotes: [
    `Threshold for an award: a score of ${THRESHOLD} out of 100 (minute 6(a), 19 September 2671). Amounts in pounds.`,
    `Fund 2671/72 ${gbp(FUND_TOTAL)}, of which ${gbp(URGENT.amount)} is committed by the Chair's urgency award of ${URGENT.date} (${URGENT.ref}, not scored), leaving ${gbp(AVAILABLE)} for round 1.`,
    SRC("CMSTG.MCF_BIDS_R1"),
  ],
});
W("{\\*\\bkmkstart IDX2}{\\*\\bkmkend IDX2}");
const t3 = BIDS.map((b) => [b.ref, b.area, b.council, b.project, fmt(b.asked), String(b.score), fmt(b.rec), b.note]);
t3.push(["", "", "", "", fmt(ASKED), "", fmt(REC), ""]);
table(
  [
    { h: "Bid", w: 900, align: "qc" }, { h: "Coroner area", w: 1900 }, { h: "Lead council", w: 2400 }, { h: "Project", w: 3000 },
    { h: "Requested (£)", w: 1200, align: "qr" }, { h: "Score", w: 700, align: "qc" }, { h: "Recommended (£)", w: 1300, align: "qr" }, { h: "Note", w: 3278 },
  ],
  t3,
  { bold: (ri) => ri === BIDS.length },
);
end();

// section 4: Table 4, CMM-01 by coroner area, a spanning header
end = section({
  title3: "Table 4. Inquest backlog by coroner area (CMM-01)",
  pages: 4,
  footnotes: ["Change = quarter 2 minus quarter 1.", SRC("CMSTG.BACKLOG_AREA")],
});
W("{\\*\\bkmkstart IDX3}{\\*\\bkmkend IDX3}");
const t4 = BACKLOG.map(([a, q1, q2]) => [a, String(q1), String(q2), (q2 - q1 > 0 ? "+" : "") + (q2 - q1)]);
const s1 = BACKLOG.reduce((t, x) => t + x[1], 0), s2 = BACKLOG.reduce((t, x) => t + x[2], 0);
t4.push(["All areas", String(s1), String(s2), "+" + (s2 - s1)]);
table(
  [{ h: "Coroner area", w: 3600 }, { h: "Q1 2671/72", w: 1800, align: "qr" }, { h: "Q2 2671/72", w: 1800, align: "qr" }, { h: "Change", w: 1400, align: "qr" }],
  t4,
  { spanHeader: { from: 1, to: 2, label: "Inquests opened more than 12 months ago" }, bold: (ri) => ri === BACKLOG.length },
);
end();
W("}");

writeFileSync(join(root, "docs", FILE), out.join("\r\n") + "\r\n", "latin1");
writeFileSync(join(root, "text", BASE + ".txt"), show.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
