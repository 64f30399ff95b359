// Builds docs/owstg-performance-tracker-q2-2386-87.html and its rendering in text/.
// Layout: A LIBREOFFICE CALC SPREADSHEET SAVED AS "HTML Document (Calc)": the whole workbook in one page,
// as Calc writes it – an "Overview" heading over a list of links to the sheets, then every sheet as an
// <h1>"Sheet N: <em>name</em>"</h1> over a <table> of <colgroup>s and <td>s with Calc's own attributes:
// sdval (the cell's underlying value) and sdnum (language;format) beside the text as displayed, so a
// percentage shows "78%" over sdval="0.78" and a date shows "24/11/86" (a two-digit year) over its serial
// number; <font> and <b> for formatting, bgcolor for the fills. The sheets are in tab order: the current
// quarter ("Q2 2386-87") first, then the previous quarter ("Q1 2386-87") with the same columns, then
// "Key". Statuses are one-letter codes on coloured fills (R, A, G, C and "n/d"), explained only on the
// Key sheet at the end; a status cell's colour is only an attribute. A cell comment (Calc's
// comment-indicator and <comment> element, hidden by the page's style sheet) sits in one commentary cell.
// A summary of counts (COUNTIF results) closes the Q2 sheet.
// Rendering: the page as a reader sees it with the comments shown: the overview list, then each sheet's
// heading and rows, cells joined by " | " (empty cells left out), a comment on a line of its own after
// its row.
// Synthetic test fixture: every measure, figure and rating is invented.
//   node src/build-tracker-calc-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, MEASURES, KEY, P, PROGRAMME, BODY } from "./common.mjs";

const FILE = DOCS.tracker;
const text = [];
const html = [];
const serial = (iso) => Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse("1899-12-30T00:00:00Z")) / 86400000);
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const FILL = { R: "#FF0000", A: "#FFBF00", G: "#00A933", C: "#2A6099", "n/d": "#DDDDDD" };

const SHEETS = ["Q2 2386-87", "Q1 2386-87", "Key"];
html.push(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">

<html>
<head>
	
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title></title>
	<meta name="generator" content="LibreOffice 24.8.4.2 (Windows)"/>
	<meta name="author" content="Dervla Makepeace-Osei"/>
	<meta name="created" content="2386-06-02T09:12:40.210000000"/>
	<meta name="changedby" content="Dervla Makepeace-Osei"/>
	<meta name="changed" content="2386-11-24T16:41:07.337000000"/>
	<meta name="AppVersion" content="16.0300"/>
	
	<style type="text/css">
		body,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Liberation Sans"; font-size:x-small }
		a.comment-indicator:hover + comment { background:#ffd; position:absolute; display:block; border:1px solid black; padding:0.5em;  } 
		a.comment-indicator { background:red; display:inline-block; border:1px solid black; width:0.5em; height:0.5em;  } 
		comment { display:none;  } 
	</style>
	
</head>

<body>
<h1>Overview</h1>
<A HREF="#table0">Q2 2386-87</A><br>
<A HREF="#table1">Q1 2386-87</A><br>
<A HREF="#table2">Key</A><br>
<hr>`);
text.push("Overview", ...SHEETS);

const td = (v, o = {}) => {
  const attrs = [];
  if (o.colspan) attrs.push(`colspan=${o.colspan}`);
  attrs.push(`height="${o.h ?? 17}"`);
  attrs.push(`align="${o.align ?? "left"}"`, "valign=bottom");
  if (o.bg) attrs.push(`bgcolor="${o.bg}"`);
  if (o.sdval !== undefined) attrs.push(`sdval="${o.sdval}"`, `sdnum="${o.sdnum}"`);
  else if (o.sdnum) attrs.push(`sdnum="${o.sdnum}"`);
  let inner = esc(v);
  if (o.font) inner = `<font ${o.font}>${inner}</font>`;
  if (o.b) inner = `<b>${inner}</b>`;
  if (o.comment) inner += `<a class="comment-indicator"></a>
<comment>
<p><font face="Segoe UI" size=1 color="#000000">${esc(o.comment)}</font></p>
</comment>`;
  return `		<td ${attrs.join(" ")}>${inner}</td>`;
};
const tr = (cells, render = true) => {
  html.push("	<tr>\n" + cells.map(([v, o]) => td(v, o)).join("\n") + "\n	</tr>");
  if (render) text.push(cells.map(([v]) => String(v)).filter((s) => s !== "").join(" | "));
  for (const [, o] of cells) if (o?.comment) text.push(o.comment);
};
const sheetHead = (n, name, widths) => {
  html.push(`<A NAME="table${n}"><h1>Sheet ${n + 1}: <em>${esc(name)}</em></h1></A>`);
  html.push(`<table cellspacing="0" border="0">\n` + widths.map((w) => `	<colgroup width="${w}"></colgroup>`).join("\n"));
  text.push(`Sheet ${n + 1}: ${name}`);
};
const sheetEnd = () => html.push("</table>\n<!-- ************************************************************************** -->");

const pct = "2057;0;0%", int = "2057;0;#,##0", gen = "2057;", dmy = "2057;0;DD/MM/YY";
const num = (v) => (typeof v === "number" && v < 1 && v > 0 ? { sdval: v, sdnum: pct, align: "right" } : { sdval: v, sdnum: v >= 1000 ? int : gen, align: "right" });
const COMMENT = { ref: "SWM-05", text: "Idris Vandermeer: Cllr Drewitt asked that this stays A until the Trust's last 13 assessments are in (due end of March 2387)." };

for (const [n, q] of [[0, "q2"], [1, "q1"]]) {
  const label = q === "q2" ? "Q2" : "Q1";
  sheetHead(n, SHEETS[n], [68, 104, 301, 112, 60, 76, 52, 380]);
  tr([[`${PROGRAMME}: performance tracker`, { colspan: 8, h: 24, b: true, font: 'size=4 color="#1F3864"' }]]);
  tr([[`${BODY} · Quarter ${q === "q2" ? "2 2386/87 (1 July to 30 September 2386)" : "1 2386/87 (1 April to 30 June 2386)"}`, { colspan: 8, i: true }]]);
  if (q === "q2") tr([["Last updated", {}], ["24/11/86", { sdval: serial("2386-11-24"), sdnum: dmy, align: "right" }], ["by", { align: "right" }], ["DMO", {}], ["", {}], ["", {}], ["", {}], ["", {}]]);
  else tr([["Last updated", {}], ["21/07/86", { sdval: serial("2386-07-21"), sdnum: dmy, align: "right" }], ["by", { align: "right" }], ["DMO", {}], ["", {}], ["", {}], ["", {}], ["", {}]]);
  tr([["Ref", { b: true, bg: "#DEE6EF" }], ["Theme", { b: true, bg: "#DEE6EF" }], ["Measure", { b: true, bg: "#DEE6EF" }], ["Lead member", { b: true, bg: "#DEE6EF" }], ["Target", { b: true, bg: "#DEE6EF", align: "right" }], [`${label} actual`, { b: true, bg: "#DEE6EF", align: "right" }], ["Status", { b: true, bg: "#DEE6EF", align: "center" }], ["Commentary", { b: true, bg: "#DEE6EF" }]]);
  for (const m of MEASURES) {
    const v = m[q];
    const actual = v ? [v[1], num(v[0])] : ["", {}];
    const status = v ? v[2] : "n/d";
    const comm = v ? v[3] : "New measure from quarter 2";
    tr([
      [m.ref, {}], [m.theme, {}], [m.name, {}], [`Cllr ${P[m.lead].sur}`, {}],
      [m.target[1], num(m.target[0])], actual,
      [status, { align: "center", bg: FILL[status], b: true, font: status === "A" || status === "n/d" ? 'color="#000000"' : 'color="#FFFFFF"', sdnum: "2057;0;@" }],
      [comm, q === "q2" && m.ref === COMMENT.ref ? { comment: COMMENT.text } : {}],
    ]);
  }
  if (q === "q2") {
    tr([["", {}], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}]], false);
    tr([["Summary", { b: true }], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}]]);
    for (const c of ["R", "A", "G", "C"]) {
      const n2 = MEASURES.filter((m) => m.q2[2] === c).length;
      tr([[c, { align: "center", bg: FILL[c], b: true }], [KEY.find((k) => k[0] === c)[1], {}], [String(n2), { sdval: n2, sdnum: gen, align: "right" }], ["", {}], ["", {}], ["", {}], ["", {}], ["", {}]]);
    }
  }
  sheetEnd();
}
sheetHead(2, "Key", [60, 110, 420]);
tr([["Status key", { b: true, colspan: 3, h: 21 }]]);
tr([["Code", { b: true, bg: "#DEE6EF" }], ["Meaning", { b: true, bg: "#DEE6EF" }], ["When to use it", { b: true, bg: "#DEE6EF" }]]);
for (const [c, w, d] of KEY) tr([[c, { align: "center", bg: FILL[c], b: true }], [w, {}], [d, {}]]);
tr([["Targets are for the year 2386/87 (SWM-02: the most warning days expected in the season).", { colspan: 3, i: true }]]);
sheetEnd();
html.push("</body>\n\n</html>\n");

writeFileSync(join(root, "docs", FILE), html.join("\n"));
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
