// Builds docs/winter-service-programme-tracker-2053-54-q3.html and text/<same>.txt.
// The HTML imitates what pdf2htmlEX makes of a landscape Word-made PDF: no <table>, no headings, no paragraphs.
// Each page is a <div class="pf"> with a background image (an SVG of the table rules); every line of text is an
// absolutely positioned <div class="t ..."> whose left and bottom offsets come from CSS classes (x.., y..), with
// fonts, sizes and colours as classes too (ff.., fs.., fc..). Table cells are separate positioned divs, drawn in
// the order the PDF drew them (cell by cell, each cell's wrapped lines one after another). A sidebar outline
// comes from the PDF's bookmarks. Statuses are symbols (✔ ● ◐ ○ –) explained only by a key on page 1.
//   node src/build-tracker-html.mjs
// Synthetic test fixture: the measures, figures and people are invented.
import { join } from "node:path";
import { FONTS, requireNM, writeDoc, writeText, assert, checkWeekdays } from "./common.mjs";

const PDFDocument = requireNM("pdfkit");
const BASE = "winter-service-programme-tracker-2053-54-q3";
const meas = new PDFDocument({ autoFirstPage: false });
meas.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
meas.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
const width = (s, font, size) => meas.font(font).fontSize(size).widthOfString(s);
const wrap = (text, font, size, w) => {
  const lines = [];
  for (const para of String(text).split("\n")) {
    let cur = "";
    for (const word of para.split(" ")) {
      const t = cur ? cur + " " + word : word;
      if (width(t, font, size) <= w || !cur) cur = t;
      else { lines.push(cur); cur = word; }
    }
    lines.push(cur);
  }
  return lines;
};

// ------------------------------------------------------------------ content
const SYM = { A: "✔", O: "●", R: "◐", X: "○", N: "–" };
const KEY = [
  ["✔", "Achieved: the target for the year has been met."],
  ["●", "On course: expected to meet the target."],
  ["◐", "At risk: may miss the target unless the action in the commentary is taken."],
  ["○", "Off course: will miss the target without a decision by the Task Group."],
  ["–", "Not measured in the quarter."],
];
const THEMES = [
  ["A", "Salt and materials", [
    ["WIN-01", "Highway authorities holding at least 6 days’ resilience stock of salt at 1 November 2053", "100% of 152", "91% (138 of 152)", "R", "R", "Stocks recovered through November as the suppliers cleared their order books. The 14 authorities still short have agreed recovery plans with their regional coordinators.", "Marisol Whiteoak"],
    ["WIN-02", "Highway authorities signed up to version 2 of the Salt Sharing Protocol", "120 by 31 March 2054", "104", "N", "O", "Version 2 was circulated on 27 October 2053. Sign-ups are ahead of the profile of 90 by the end of December.", "Marisol Whiteoak"],
    ["WIN-03", "Requests under the Protocol met within 48 hours", "90%", "89% (17 of 19 requests)", "N", "R", "Two requests in the cold spell of 8 to 12 December took three days because no haulage was available. The Practice Network is drawing up a list of reserve hauliers.", "Marisol Whiteoak"],
    ["WIN-04", "National salt reserve kept at no less than 250,000 tonnes for 2053/54", "250,000 tonnes", "250,000 tonnes, confirmed by the Minister on 9 December 2053", "X", "A", "The Chair’s letter of 24 October 2053 asked for the reserve to be kept at its present size.", "Marisol Whiteoak"],
  ]],
  ["B", "Fleet and people", [
    ["WIN-05", "Project Hoarfrost electric gritters available on treatment days", "85%", "68%", "R", "X", "Availability fell in December when three gritters in Wiltshire and York were off the road for a battery recall by the manufacturer. Action: the trial councils will ask the manufacturer for replacement vehicles. (The quarter 2 status was based on the 2052/53 season’s 79%.)", "Chidinma Redfearn"],
    ["WIN-06", "Highway authorities with a full complement of trained gritter drivers at 1 November 2053", "95%", "83%", "R", "R", "Authorities report losing drivers to haulage firms that pay more. The driver recruitment survey (WDP-12) is paused.", "Chidinma Redfearn"],
    ["WIN-07", "Snow warden volunteers registered in England", "6,000", "6,420", "O", "A", "The target was passed in December after the Winter Wise campaign.", "Temitope Kenyon"],
  ]],
  ["C", "Information and data", [
    ["WIN-08", "Road weather stations reporting to the shared data hub (uptime)", "95%", "96.4%", "O", "O", "412 of the 430 registered stations reported throughout the quarter.", "Halina Nowak"],
    ["WIN-09", "Options for a shared road weather forecasting service appraised and reported to the Task Group", "By 4 February 2054", "Not reported", "O", "X", "The appraisal cannot be finished until legal advice on joint procurement is received. Action: the Task Group is asked to agree a new date of 10 June 2054.", "Halina Nowak"],
    ["WIN-10", "Councils publishing their treatment routes as open data", "100", "77", "X", "R", "23 councils published their routes in the quarter, after the data hub added a route upload tool in October.", "Halina Nowak"],
  ]],
  ["D", "Network and communities", [
    ["WIN-11", "Priority routes treated within 3 hours of the decision to treat (sample of 40 authorities)", "98%", "97.1%", "O", "O", "5,912 of the 6,088 treatments in the sample started within 3 hours.", "Chidinma Redfearn"],
    ["WIN-12", "Reported empty grit bins refilled within 5 working days (sample of 30 councils)", "90%", "74%", "N", "X", "First quarter measured. Refills slowed in the December cold spell, when crews were moved to treating roads. Action: a good practice note (WDP-07) by March 2054; the Task Group is asked whether to lower the target to 80%.", "Temitope Kenyon"],
    ["WIN-13", "Complaints about untreated footways per 100,000 residents (sample of 30 councils)", "Below 12", "9.8", "O", "O", "Most complaints were about footways near schools.", "Temitope Kenyon"],
    ["WIN-14", "Councils that have downloaded the Winter Wise campaign toolkit", "100", "131", "O", "A", "The toolkit was published on 24 November 2053.", "Marisol Whiteoak"],
  ]],
];
const ACTIVITY = [
  ["October 2053", "412", "9,860", "0"],
  ["November 2053", "1,934", "48,210", "2"],
  ["December 2053", "3,742", "97,530", "6"],
  ["Quarter 3", "6,088", "155,600", "8"],
];
// checks
const all = THEMES.flatMap((t) => t[2]);
const q3 = (s) => all.filter((r) => r[5] === s).map((r) => r[0]);
assert(all.length === 14, "14 measures");
assert(q3("A").length === 3 && q3("O").length === 4 && q3("R").length === 4 && q3("X").length === 3, "Q3 status counts 3/4/4/3");
const byTheme = THEMES.map(([l, n, rows]) => [`${l}. ${n}`, ...["A", "O", "R", "X"].map((s) => String(rows.filter((r) => r[5] === s).length)), String(rows.length)]);
byTheme.push(["Total", "3", "4", "4", "3", "14"]);
const sumCol = (i) => ACTIVITY.slice(0, 3).reduce((s, r) => s + Number(r[i].replace(/,/g, "")), 0);
assert(sumCol(1) === 6088 && sumCol(2) === 155600 && sumCol(3) === 8, "activity totals");
assert(Math.round((5912 / 6088) * 1000) / 10 === 97.1, "WIN-11 rate");

// ------------------------------------------------------------------ layout into positioned lines
// A page: list of items {x, y (from top), text, font: R|B|S, size, color}; rules: list of SVG elements.
const PW = 842, PH = 595;
const pages = [];
const textOut = [];
let page, y;
const LM = 42, RM = PW - 42;
const startPage = (n, total) => {
  page = { items: [], svg: [], text: [] };
  pages.push(page);
  put(LM, 26, "Winter Service Task Group – 4 February 2054", "R", 8, "#595959");
  put(RM - width("Item 4", "R", 8), 26, "Item 4", "R", 8, "#595959");
  page.svg.push(`<line x1="${LM}" y1="32" x2="${RM}" y2="32" stroke="#8eaadb" stroke-width="0.6"/>`);
  page.text.push("Winter Service Task Group – 4 February 2054 | Item 4");
  page.footer = `Page ${n} of ${total}`;
  y = 52;
};
const endPage = () => {
  put((PW - width(page.footer, "R", 8)) / 2, PH - 22, page.footer, "R", 8, "#595959");
  page.text.push(page.footer);
};
function put(x, yy, t, font = "R", size = 9, color = "#000000") {
  page.items.push({ x: Math.round(x * 100) / 100, y: Math.round(yy * 100) / 100, t, font, size, color });
}
const line = (t, font, size, color, gap = 4, x = LM, w = RM - LM) => {
  for (const l of wrap(t, font, size, w)) { put(x, y + size, l, font, size, color); y += size * 1.3; }
  page.text.push(t);
  y += gap;
};
// a table: widths, header, rows; each cell's lines drawn one after another (cell by cell)
const table = (widths, header, rows, o = {}) => {
  const xs = [];
  widths.reduce((x, w) => { xs.push(x); return x + w; }, LM);
  const totalW = widths.reduce((a, b) => a + b);
  const drawRow = (cells, font, fill) => {
    const size = o.size ?? 7.5;
    const ls = cells.map((c, i) => wrap(c, o.symbolCols?.includes(i) && font === "R" ? "R" : font, o.symbolCols?.includes(i) ? 10 : size, widths[i] - 6));
    const h = Math.max(...ls.map((l) => l.length)) * size * 1.28 + 6;
    if (fill) page.svg.push(`<rect x="${LM}" y="${y}" width="${totalW}" height="${h}" fill="${fill}"/>`);
    cells.forEach((c, i) => {
      const sym = o.symbolCols?.includes(i) && font === "R";
      ls[i].forEach((l, k) => {
        const sz = sym ? 10 : size;
        const lx = sym || o.center?.includes(i) ? xs[i] + (widths[i] - width(l, font, sz)) / 2 : xs[i] + 3;
        put(lx, y + 3 + sz + k * size * 1.28, l, sym ? "S" : font, sz, sym ? symColour(l) : font === "B" && fill === "#1f3864" ? "#ffffff" : "#000000");
      });
      page.svg.push(`<rect x="${xs[i]}" y="${y}" width="${widths[i]}" height="${h}" fill="none" stroke="#8c8c8c" stroke-width="0.5"/>`);
    });
    page.text.push(cells.join(" | "));
    y += h;
    return h;
  };
  return { drawRow, totalW, xs };
};
const symColour = (s) => ({ "✔": "#2f5597", "●": "#00843d", "◐": "#c55a11", "○": "#c00000" })[s] ?? "#000000";

const TOTAL = 3;
// ---- page 1
startPage(1, TOTAL);
line("Winter Service Programme 2053/54", "B", 18, "#1f3864", 2);
line("Performance tracker: quarter 3 (1 October to 31 December 2053)", "B", 12, "#1f3864", 10);
const FRONT = [
  ["Purpose of report", "For information and discussion."],
  ["Summary", "At the end of December 2053, 3 of the programme’s 14 measures had been achieved, 4 were on course, 4 were at risk and 3 were off course. The tracker shows each measure’s status at the end of quarter 2 and quarter 3, with the action proposed where a measure is at risk or off course."],
  ["Recommendation", "That the Task Group notes the position at the end of quarter 3 and comments on the actions proposed for the measures that are off course."],
  ["Contact officer", "Halina Nowak"],
  ["Position", "Policy Officer, Road Weather and Data"],
  ["Phone no", "020 7946 0753"],
  ["Email", "halina.nowak@local.gov.uk"],
];
for (const [a, b] of FRONT) {
  const ls = wrap(b, "R", 9, 560);
  put(LM, y + 9, a, "B", 9);
  ls.forEach((l, k) => put(LM + 150, y + 9 + k * 11.5, l, "R", 9));
  page.text.push(`${a} | ${b}`);
  y += ls.length * 11.5 + 5;
}
y += 8;
line("Status by theme at 31 December 2053", "B", 10, "#1f3864", 3);
{
  const t = table([250, 60, 60, 60, 60, 60], ["Theme", "✔", "●", "◐", "○", "Measures"], byTheme, { center: [1, 2, 3, 4, 5] });
  t.drawRow(["Theme", "✔", "●", "◐", "○", "Measures"], "B", "#d9e2f3");
  byTheme.forEach((r, i) => t.drawRow(r, i === byTheme.length - 1 ? "B" : "R"));
}
y += 12;
line("Key to status symbols", "B", 10, "#1f3864", 2);
for (const [s, m] of KEY) {
  put(LM + 4, y + 10, s, "S", 10, symColour(s));
  put(LM + 24, y + 9, m, "R", 9);
  page.text.push(`${s} ${m}`);
  y += 14;
}
endPage();

// ---- pages 2 and 3: the tracker
const W2 = [46, 168, 70, 92, 30, 30, 268, 54];
const HEAD = ["Ref", "Measure", "Target 2053/54", "Result at 31 December 2053", "Q2", "Q3", "Commentary and action", "Lead"];
const tr = table(W2, HEAD, [], { symbolCols: [4, 5], center: [4, 5] });
startPage(2, TOTAL);
line("Table 1: Programme measures, quarter 3 2053/54", "B", 10, "#1f3864", 3);
tr.drawRow(HEAD, "B", "#1f3864");
for (const [letter, name, rows] of THEMES) {
  const est = rows.reduce((s, r) => s + Math.max(...r.map((c, i) => (i === 4 || i === 5 ? 1 : wrap(c, "R", 7.5, W2[i] - 6).length))) * 9.6 + 6, 0) + 16;
  if (y + Math.min(est, 120) > PH - 40) { endPage(); startPage(pages.length + 1, TOTAL); tr.drawRow(HEAD, "B", "#1f3864"); }
  // theme row spanning the table
  page.svg.push(`<rect x="${LM}" y="${y}" width="${tr.totalW}" height="14" fill="#d9e2f3" stroke="#8c8c8c" stroke-width="0.5"/>`);
  put(LM + 3, y + 10, `${letter}. ${name}`, "B", 8);
  page.text.push(`${letter}. ${name}`);
  y += 14;
  for (const r of rows) {
    const cells = r.map((c, i) => (i === 4 || i === 5 ? SYM[c] : c));
    const h = Math.max(...cells.map((c, i) => (i === 4 || i === 5 ? 1 : wrap(c, "R", 7.5, W2[i] - 6).length))) * 9.6 + 6;
    if (y + h > PH - 40) { endPage(); startPage(pages.length + 1, TOTAL); tr.drawRow(HEAD, "B", "#1f3864"); }
    tr.drawRow(cells, "R");
  }
}
y += 14;
if (y + 100 > PH - 40) { endPage(); startPage(pages.length + 1, TOTAL); }
line("Table 2: Treatment activity, October to December 2053 (sample of 40 authorities)", "B", 10, "#1f3864", 3);
{
  const t = table([160, 110, 110, 110], [], [], { center: [1, 2, 3] });
  t.drawRow(["Month", "Treatment runs", "Salt spread (tonnes)", "Days with snow lying"], "B", "#d9e2f3");
  ACTIVITY.forEach((r, i) => t.drawRow(r, i === 3 ? "B" : "R"));
}
y += 8;
line("Source: returns from the 40 sample authorities to the shared data hub, 9 January 2054.", "R", 7.5, "#595959");
endPage();
assert(pages.length === TOTAL, `expected ${TOTAL} pages, got ${pages.length}`);

// ------------------------------------------------------------------ HTML in pdf2htmlEX's shape
const cls = (map, prefix, v) => { if (!map.has(v)) map.set(v, prefix + (map.size + 1).toString(16)); return map.get(v); };
const X = new Map(), Y = new Map(), FS = new Map(), FC = new Map(), HH = new Map();
const FF = { R: "ff1", B: "ff2", S: "ff3" };
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const pageHtml = pages.map((p, i) => {
  const divs = p.items.map((it) => {
    const xc = cls(X, "x", it.x);
    const yc = cls(Y, "y", Math.round((PH - it.y) * 100) / 100);
    const fs = cls(FS, "fs", it.size * 4);
    const fc = cls(FC, "fc", it.color);
    const hc = cls(HH, "h", Math.round(it.size * 1.16 * 100) / 100);
    // runs of two or more spaces inside a line become pdf2htmlEX's gap spans
    const body = esc(it.t).replace(/ {2,}/g, '<span class="_ _0"> </span>');
    return `<div class="t m0 ${xc} ${hc} ${yc} ${FF[it.font]} ${fs} ${fc} sc0 ls0 ws0">${body}</div>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PW}" height="${PH}" viewBox="0 0 ${PW} ${PH}">${p.svg.join("")}</svg>`;
  const bg = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
  return `<div id="pf${i + 1}" class="pf w0 h0" data-page-no="${i + 1}"><div class="pc pc${i + 1} w0 h0"><img class="bi x0 y0 w0 h0" alt="" src="${bg}"/>${divs}</div><div class="pi" data-data='{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}'></div></div>`;
}).join("\n");
const css = [
  ...[...X].map(([v, c]) => `.${c}{left:${v.toFixed(6)}px;}`),
  ...[...Y].map(([v, c]) => `.${c}{bottom:${v.toFixed(6)}px;}`),
  ...[...FS].map(([v, c]) => `.${c}{font-size:${v.toFixed(6)}px;}`),
  ...[...FC].map(([v, c]) => `.${c}{color:${v};}`),
  ...[...HH].map(([v, c]) => `.${c}{height:${v.toFixed(6)}px;}`),
].join("\n");
const OUTLINE = ["Front sheet", "Status by theme", "Key to status symbols", "Table 1: Programme measures", "Table 2: Treatment activity"];
const outlineDest = [1, 1, 1, 2, 3];
const html = `<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
/*!
 * Base CSS for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}.loading-indicator{display:none}.loading-indicator.active{display:block;position:absolute;width:64px;height:64px;top:50%;left:50%;margin-top:-32px;margin-left:-32px}}@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}.pc.opened{display:block}.bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}.bi{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}@media print{.pf{margin:0;box-shadow:none;page-break-after:always;page-break-inside:avoid}@-moz-document url-prefix(){.pf{overflow:visible;border:1px solid #fff}.pc{overflow:visible}}}.c{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}.t:after{content:''}.t:before{content:'';display:inline-block}.t span{position:relative;unicode-bidi:bidi-override}._{display:inline-block;color:transparent;z-index:-1}::selection{background:rgba(127,255,255,0.4)}::-moz-selection{background:rgba(127,255,255,0.4)}.pi{display:none}.d{position:absolute;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%}.it{border:0;background-color:rgba(255,255,255,0.0)}.ir:hover{cursor:pointer}
</style>
<style type="text/css">
/*!
 * Fancy styles for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */@keyframes fadein{from{opacity:0}to{opacity:1}}@-webkit-keyframes fadein{from{opacity:0}to{opacity:1}}#sidebar{background-color:#2f3236;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjQiPjwvc3ZnPg==")}#outline{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}#outline ul{padding:0}#outline li{list-style-type:none;margin:1em 0}#outline li>ul{margin-left:1em}#outline a,#outline a:visited,#outline a:hover,#outline a:active{line-height:1.2;color:#e8e8e8;text-overflow:ellipsis;white-space:nowrap;text-decoration:none;display:block;overflow:hidden;outline:0}#outline a:hover{color:#0cf}#page-container{background-color:#9e9e9e;-webkit-transition:left 500ms;transition:left 500ms}.pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}.pc.opened{-webkit-animation:fadein 100ms;animation:fadein 100ms}.loading-indicator.active{-webkit-animation:swing 1.5s ease-in-out .01s infinite alternate none;animation:swing 1.5s ease-in-out .01s infinite alternate none}.checked{background:no-repeat url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABYAAAAWCAYAAADEtGw7AAAABmJLR0QA/wD/AP+gvaeTAAAACXBIWXMAAAsTAAALEwEAmpwYAAAAB3RJTUUH3goQDSYgDiGofgAAAslJREFUOMvtlM9LFGEYx7/vvOPM6ywuuyPFihWFBUsdNnA6KLIh+QPx4KWExULdHQ/9A9EfUodYmATDYg/iRewQzklFWxcEBcGgEplDkDtI6sw4PzrIbrOuedBb9MALD7zv+3m+z4/3Bf7bZS2bzQIAcrmcMDExcTeXy10DAFVVAQDksgFUVZ1ljD3yfd+0LOuFpmnvVVW9GHhkZAQcxwkNDQ2FSCQyRMgJxnVdy7KstKZpn7nwha6urqqfTqfPVAoAONZpmpoBAM3NzU3ptOpNBAAAQAASUVORK5CYII=)}
</style>
<style type="text/css">
.ff0{font-family:sans-serif;visibility:hidden;}
.ff1{font-family:ff1,"DejaVu Sans",Arial,sans-serif;line-height:1.160000;font-style:normal;font-weight:normal;visibility:visible;}
.ff2{font-family:ff2,"DejaVu Sans",Arial,sans-serif;line-height:1.160000;font-style:normal;font-weight:bold;visibility:visible;}
.ff3{font-family:ff3,"DejaVu Sans","Segoe UI Symbol",sans-serif;line-height:1.160000;font-style:normal;font-weight:normal;visibility:visible;}
.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}
.v0{vertical-align:0.000000px;}
.ls0{letter-spacing:0.000000px;}
.sc_{text-shadow:none;}
.sc0{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,0 -0.015em  transparent;}
.ws0{word-spacing:0.000000px;}
._0{width:14.000000px;}
.x0{left:0.000000px;}
.y0{bottom:0.000000px;}
.w0{width:${PW}.000000px;}
.h0{height:${PH}.000000px;}
${css}
</style>
<script>
/*
 Copyright 2012 Mozilla Foundation
 Copyright 2013 Lu Wang <coolwanglu@gmail.com>
 Apache License Version 2.0
*/
(function(){var pdf2htmlEX=window.pdf2htmlEX=window.pdf2htmlEX||{};pdf2htmlEX.defaultViewer=null;})();
</script>
<script>
try{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});}catch(e){}
</script>
<title>Winter Service Programme 2053/54 performance tracker Q3</title>
</head>
<body>
<div id="sidebar">
<div id="outline">
<ul>${OUTLINE.map((o, i) => `<li><a class="l" href="#pf${outlineDest[i]}" data-dest-detail='[${outlineDest[i]},"XYZ",42,560,null]'>${esc(o)}</a></li>`).join("")}</ul>
</div>
</div>
<div id="page-container">
${pageHtml}
</div>
<div class="loading-indicator">

</div>
</body>
</html>
`;
writeDoc(BASE + ".html", html);
const text = ["Winter Service Programme 2053/54 performance tracker Q3", ...OUTLINE, ""];
for (const p of pages) text.push(...p.text, "");
const rendered = writeText(BASE, text);
checkWeekdays(rendered);
console.log(`wrote docs/${BASE}.html (${pages.length} pages) and text/${BASE}.txt`);

// optional: PREVIEW=/tmp/x.pdf draws the same positioned lines and rules into a PDF, to look at the layout
if (process.env.PREVIEW) {
  const { createWriteStream } = await import("node:fs");
  const pv = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false });
  pv.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
  pv.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
  pv.registerFont("S", join(FONTS, "DejaVuSans.ttf"));
  pv.pipe(createWriteStream(process.env.PREVIEW));
  for (const p of pages) {
    pv.addPage();
    for (const s of p.svg) {
      const a = Object.fromEntries([...s.matchAll(/(\w[\w-]*)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (s.startsWith("<rect")) {
        pv.rect(+a.x, +a.y, +a.width, +a.height);
        if (a.fill !== "none" && a.stroke) pv.fillAndStroke(a.fill, a.stroke);
        else if (a.fill !== "none") pv.fill(a.fill);
        else pv.lineWidth(0.5).stroke(a.stroke);
      } else pv.moveTo(+a.x1, +a.y1).lineTo(+a.x2, +a.y2).lineWidth(0.6).stroke(a.stroke);
    }
    for (const it of p.items) pv.font(it.font).fontSize(it.size).fillColor(it.color).text(it.t, it.x, it.y - it.size * 0.93, { lineBreak: false });
  }
  pv.end();
}
