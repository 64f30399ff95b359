// Builds docs/pools-panel-agenda-pack-2101-11-24.html and its rendering in text/.
// Layout: AN AGENDA PACK WRITTEN IN LIBREOFFICE WRITER AND SAVED AS HTML ("File > Save As > HTML
// Document (Writer)"), with the markup LibreOffice 7 writes: an HTML 4.0 Transitional doctype, an empty
// <title>, generator / author / created / changed meta tags, a <style> block with the page size and the
// ".western" classes, <body lang="en-GB" link vlink>; the page header written once as <div title="header">
// and the footer once at the very end as <div title="footer"> holding <sdfield type=PAGE> /
// <sdfield type=DOCSTAT> fields; every paragraph a <p class="western"> with inline margins and nested
// <font face> / <font size style> wrappers; headings <h1 class="western"> / <h2 class="western"> with
// <a name="__RefHeading___Toc…"> anchors; a TABLE OF CONTENTS section (<div id="Table of Contents1">)
// whose entries are links followed by a TAB and a page number; tables with <col width> elements, width
// attributes in pixels, cellpadding="7" and per-cell border/padding styles, bgcolor on shaded cells,
// valign="top" rows, a rowspan in the forward work programme; page breaks as
// style="page-break-before: always"; a FOOTNOTE in the membership table as LibreOffice writes it
// (<a class="sdfootnoteanc"><sup>1</sup></a> in the cell and <div id="sdfootnote1"> after the body);
// typed (a)/(b) lists as <ol type="a">; empty paragraphs as <p><br/></p>.
// Contents: cover (meeting, venue, published date, contact), contents, agenda (with a correction to
// the September minutes under item 2), membership 2101/02 (12 members with roles and lead members,
// named substitutes, officers, meetings), item 3 action log (PA-31 to PA-37 with status), item 6
// programme risk register cover report (front sheet, changes since September; the register itself is
// Appendix A, the Power BI export), item 7 forward work programme.
// Rendering: the page as read, header and footer (page furniture) left out, the contents entries as
// "title page", table rows with cells " | " (a cell merged down written once, in its first row), the
// footnote marker as "[1]" and the footnote at the end.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-agenda-pack-libreoffice-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, PARENT, VENUE, OFFICERS as O, MEMBERS, FORMER, SUBS, MEETINGS, WORKSTREAMS, ACTIONS, RISKS, score, band } from "./common.mjs";

const FILE = DOCS.pack;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const H = [];
const out = [];
const FONT = (t, size = 11) => `<font face="Arial, sans-serif"><font size="${size >= 14 ? 4 : size >= 12 ? 3 : 2}" style="font-size: ${size}pt">${t}</font></font>`;
let tocN = 0;
const toc = [];
const P = (text, o = {}) => {
  const style = [o.breakBefore ? "page-break-before: always; " : "", `margin-bottom: ${o.mb ?? "0.21"}cm; line-height: 100%`].join("");
  const inner = o.html ?? esc(text);
  H.push(`<p class="western"${o.align ? ` align="${o.align}"` : ""} style="${style}">${FONT(o.bold ? `<b>${inner}</b>` : inner, o.size)}</p>`);
  if (text) out.push(text);
};
const EMPTY = () => H.push(`<p class="western" style="margin-bottom: 0cm; line-height: 100%"><br/></p>`);
const HEAD = (level, text, o = {}) => {
  const id = `__RefHeading___Toc${4712 + tocN * 37}_${2841190000 + tocN * 13}`;
  tocN++;
  if (level === 1) toc.push({ id, text, page: o.page });
  H.push(`<h${level} class="western"${o.breakBefore ? ' style="page-break-before: always"' : ""}><a name="${id}"></a>${FONT(esc(text), level === 1 ? 14 : 12)}</h${level}>`);
  out.push(text);
};
// table(widths, rows, o): rows of cells; a cell is a string, or {text, html, rowspan, skip} (skip: covered by a rowspan)
const TABLE = (widths, rows, o = {}) => {
  const total = widths.reduce((a, b) => a + b, 0);
  H.push(`<table width="${total}" cellpadding="7" cellspacing="0">`);
  for (const w of widths) H.push(`\t<col width="${w - 14}"/>`);
  for (const [ri, r] of rows.entries()) {
    H.push(`\t<tr valign="top">`);
    let ci = 0;
    for (const c0 of r) {
      const c = typeof c0 === "string" ? { text: c0 } : c0;
      if (c.skip) { ci++; continue; }
      const shaded = (o.header && ri === 0) || (o.labels && ci === 0);
      const last = ci === r.length - 1;
      const border = `border-top: 1px solid #000000; border-bottom: 1px solid #000000; border-left: 1px solid #000000; border-right: ${last ? "1px solid #000000" : "none"}; padding-top: 0.1cm; padding-bottom: 0.1cm; padding-left: 0.1cm; padding-right: ${last ? "0.1cm" : "0cm"}`;
      const paras = (c.paras ?? [c.html ?? esc(c.text)]).map((t) => `<p class="western" style="margin-bottom: 0cm; line-height: 100%">${FONT(shaded ? `<b>${t}</b>` : t, 10)}</p>`).join("\n\t\t\t");
      H.push(`\t\t<td${c.rowspan ? ` rowspan="${c.rowspan}"` : ""} width="${widths[ci] - 14}"${shaded ? ' bgcolor="#dee6ef"' : ""} style="${border}">${paras}\n\t\t</td>`);
      ci++;
    }
    H.push(`\t</tr>`);
    out.push(r.map((c0) => (typeof c0 === "string" ? c0 : c0.skip ? "" : c0.out ?? c0.text)).join(" | "));
  }
  H.push(`</table>`);
};

// ------------------------------------------------------------------ cover
P("Local Government Association", { align: "center", size: 10, mb: "0.5" });
P(BODY, { align: "center", bold: true, size: 20, mb: "0.3" });
P("Agenda", { align: "center", bold: true, size: 16, mb: "0.6" });
P("Thursday 24 November 2101, 10.30am", { align: "center", size: 12 });
P(`${VENUE}, and online (Microsoft Teams)`, { align: "center", size: 12 });
P("Published: Wednesday 16 November 2101", { align: "center", size: 10, mb: "0.6" });
EMPTY();
P("Members are asked to arrive by 10.15am. A sandwich lunch will be served at 12.45pm. If you cannot attend, please tell the clerk and arrange for your group's named substitute to attend in your place.");
P(`Contact: ${O.nanjiani.name}, ${O.nanjiani.post}`, { mb: "0" });
P(`Telephone: ${O.nanjiani.phone}`, { mb: "0" });
P(`Email: ${O.nanjiani.email}`, { html: `Email: <a href="mailto:${O.nanjiani.email}">${O.nanjiani.email}</a>` });
EMPTY();
const TOC_AT = H.length; // the contents are inserted here once the headings are known
const tocOutAt = out.length;

// ------------------------------------------------------------------ agenda
HEAD(1, "Agenda", { breakBefore: true, page: 2 });
TABLE([50, 330, 150, 112], [
  ["Item", "Business", "Lead", "Page"],
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Chair", "–"],
  ["2", "Minutes of the meeting held on 22 September 2101 (to confirm; sent to members by email on 27 September 2101)", "Chair", "–"],
  ["3", "Action log", O.nanjiani.name, "4"],
  ["4", "Pools Lifeline Programme: performance at quarter 2 2101/02 (for noting)", O.odili.name, "Separate report"],
  ["5", "Pool Plant Renewal Fund: round 1 recommended awards (for decision; the Vice-Chair will chair this item)", O.mbeki.name, "Separate report"],
  ["6", "Programme risk register (for decision)", O.carrow.name, "5"],
  ["7", "Forward work programme", O.carrow.name, "7"],
  ["8", "Any other business", "Chair", "–"],
], { header: true });
EMPTY();
P("Item 2: one correction has been received. Lachlan Odili has pointed out that in minute 5.2, 4 councils (not 5) were live on the shared pool booking platform at quarter 1. The minutes are otherwise put forward as circulated.");
P("Date of next meeting: Thursday 9 March 2102, 10.30am, Meridian Room, Harcourt House.");

// ------------------------------------------------------------------ membership
HEAD(1, "Membership 2101/02", { breakBefore: true, page: 3 });
P(`The Panel has 12 members, nominated by the political groups in proportion to their strength on the ${PARENT}, and three named substitutes. It oversees the Pools Lifeline Programme and the Pool Plant Renewal Fund and reports to the Board.`);
P("Quorum: one third of the members (four), from at least two political groups.");
const wsName = Object.fromEntries(WORKSTREAMS.map((w) => [w.id, `${w.name} (${w.id})`]));
TABLE([190, 210, 58, 92, 92], [
  ["Councillor", "Council", "Group", "Role", "Lead member for"],
  ...MEMBERS.map((m) => [
    m.from ? { text: m.name, html: `${esc(m.name)}<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>`, out: `${m.name}[1]` } : m.name,
    m.council, m.party, m.role, m.ws ? wsName[m.ws] : "–",
  ]),
], { header: true });
EMPTY();
HEAD(2, "Named substitutes");
TABLE([190, 300, 152], [["Councillor", "Council", "Group"], ...SUBS.map((s) => [s.name, s.council, s.party])], { header: true });
P("Group key: Con – Conservative; Lab – Labour; LD – Liberal Democrat; Ind – Independent; Green – Green Party.", { size: 9 });
HEAD(2, "Officers supporting the Panel");
const roleFor = { carrow: "Lead officer, Pools Lifeline Programme", mbeki: "Pool Plant Renewal Fund", yelland: "Workforce and water safety", fairclough: "School swimming", greenhalgh: "Finance", odili: "Performance, risk data and the booking platform", nanjiani: "Clerk to the Panel" };
TABLE([200, 190, 112, 140], [
  ["Officer", "Role for the Panel", "Telephone", "Email"],
  ...Object.entries(roleFor).map(([k, r]) => [`${O[k].name}, ${O[k].post}`, r, O[k].phone, O[k].email]),
], { header: true });
HEAD(2, "Meetings 2101/02");
H.push(`<ul>`);
for (const mt of MEETINGS) { H.push(`\t<li><p class="western" style="margin-bottom: 0cm; line-height: 100%">${FONT(esc(mt.date))}</p></li>`); out.push(mt.date); }
H.push(`</ul>`);
P("All meetings start at 10.30am at Harcourt House, with members able to join online.");

// ------------------------------------------------------------------ item 3 action log
HEAD(1, "Item 3: Action log", { breakBefore: true, page: 4 });
P("Actions agreed at the meeting on 22 September 2101, with their status at 16 November 2101.");
TABLE([58, 200, 100, 84, 70, 130], [
  ["Ref", "Action", "Owner", "Due", "Status", "Update"],
  ...ACTIONS.map((a) => [a.ref, a.text, a.owner, a.due, a.status, a.update]),
], { header: true });

// ------------------------------------------------------------------ item 6 risk register cover report
HEAD(1, "Item 6: Programme risk register", { breakBefore: true, page: 5 });
const reds = RISKS.filter((r) => band(score(r)) === "Red");
TABLE([170, 472], [
  ["Purpose of report", "For decision."],
  ["Summary", `This report presents the Pools Lifeline Programme risk register at 10 November 2101 (Appendix A, exported from the programme's Power BI dashboard). There are ${RISKS.length} open risks, ${reds.length === 3 ? "three" : reds.length} of them Red. One risk has been added since September at the Panel's request.`],
  ["Recommendations", { text: "That the Panel: (a) notes the risk register at Appendix A; and (b) agrees to escalate PLR-01 (pool plant failure) to the Active Communities and Leisure Board.", paras: ["That the Panel:", "(a) notes the risk register at Appendix A; and", "(b) agrees to escalate PLR-01 (pool plant failure) to the Active Communities and Leisure Board."] }],
  ["Action", "Officers to act as directed by the Panel."],
  ["Contact officer", O.carrow.name],
  ["Position", O.carrow.post],
  ["Phone no", O.carrow.phone],
  ["Email", { text: O.carrow.email, html: `<a href="mailto:${O.carrow.email}">${O.carrow.email}</a>` }],
], { labels: true });
EMPTY();
HEAD(2, "Background");
P("1. Risk owners review the register every month and the Panel reviews it at each meeting. Each risk is scored for likelihood and impact on a scale of 1 to 5; the score is likelihood times impact. Scores of 1 to 6 are Green, 8 to 12 Amber and 15 to 25 Red.");
HEAD(2, "Changes since September");
P("2. At its meeting on 22 September 2101 (minute 6.2) the Panel asked for a risk on swim teacher shortages stopping school top-up sessions. It was added as PLR-12 on 12 October 2101 with a score of 16 (Red).");
P("3. PLR-01 (pool plant failure) has risen from 16 to 20: nine pools were closed for more than seven days by plant failures in quarter 2 (measure PL-02). Officers recommend escalating it to the Board, which holds the Programme's capital budget.");
P("4. PLR-06 (booking platform supplier) has risen from 12 to 16 and is now Red. PLR-02 (energy prices) has fallen from 16 to 12 since the two-year fixed energy contract began on 1 October 2101, and PLR-11 (free swim offer) has fallen from 12 to 8 now that the Board has extended the free swim grant to March 2103.");
HEAD(2, "Financial implications");
P("5. There are no financial implications arising directly from this report.");
HEAD(2, "Appendix A");
P("Pools Lifeline Programme risk register at 10 November 2101: Power BI export, three pages, published with this pack as a separate PDF.");

// ------------------------------------------------------------------ item 7 forward work programme
HEAD(1, "Item 7: Forward work programme", { breakBefore: true, page: 7 });
P("Items agreed for the Panel's last meeting of 2101/02. Items for meetings in 2102/03 will be agreed at the March meeting, once the Board has set the meeting dates.");
const FWP = [
  ["Performance at quarter 3 2101/02", O.odili.name],
  ["Booking platform: options (action PA-36)", O.odili.name],
  ["Pool Plant Renewal Fund round 2: design", O.mbeki.name],
  ["School swimming: transport costs and the Swim Ready Trust survey", O.fairclough.name],
  ["Programme risk register", O.carrow.name],
];
TABLE([170, 330, 142], [
  ["Meeting", "Item", "Lead officer"],
  ...FWP.map(([it, lead], k) => [k === 0 ? { text: "Thursday 9 March 2102", rowspan: FWP.length } : { skip: true }, it, lead]),
], { header: true });

// ------------------------------------------------------------------ contents (inserted), footnote, header, footer
const tocHtml = [
  `<div id="Table of Contents1" dir="ltr">`,
  `\t<div id="Table of Contents1_Head" dir="ltr">`,
  `\t\t<p style="margin-top: 0.42cm; page-break-after: avoid">${FONT("<b>Contents</b>", 14)}</p>`,
  `\t</div>`,
  ...toc.map((t) => `\t<p style="margin-bottom: 0cm; line-height: 100%"><a href="#${t.id}">${esc(t.text)}</a>\t${t.page}</p>`),
  `</div>`,
];
H.splice(TOC_AT, 0, ...tocHtml);
out.splice(tocOutAt, 0, "Contents", ...toc.map((t) => `${t.text} ${t.page}`));
const note = `Cllr Kwabena Ashdown-Fry replaced ${FORMER.name} (${FORMER.party}, ${FORMER.council}) from 1 October 2101.`;
H.push(`<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>${esc(note)}</p>`, `</div>`);
out.push(`1 ${note}`);
const head = [
  `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">`,
  `<html>`,
  `<head>`,
  `\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>`,
  `\t<title></title>`,
  `\t<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>`,
  `\t<meta name="author" content="${O.nanjiani.name}"/>`,
  `\t<meta name="created" content="2101-11-10T09:14:22.118000000"/>`,
  `\t<meta name="changedby" content="${O.nanjiani.name}"/>`,
  `\t<meta name="changed" content="2101-11-16T08:51:03.402000000"/>`,
  `\t<style type="text/css">`,
  `\t\t@page { size: 21cm 29.7cm; margin: 2cm }`,
  `\t\tp { line-height: 115%; margin-bottom: 0.25cm; background: transparent }`,
  `\t\tp.western { font-family: "Arial", sans-serif; font-size: 11pt; so-language: en-GB }`,
  `\t\th1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }`,
  `\t\th1.western { font-family: "Arial", sans-serif; font-size: 14pt; so-language: en-GB; font-weight: bold }`,
  `\t\th2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }`,
  `\t\th2.western { font-family: "Arial", sans-serif; font-size: 12pt; so-language: en-GB; font-weight: bold }`,
  `\t\ttd p { orphans: 0; widows: 0; background: transparent }`,
  `\t\tp.sdfootnote-western { margin-left: 0.6cm; text-indent: -0.6cm; margin-bottom: 0cm; font-family: "Arial", sans-serif; font-size: 9pt; so-language: en-GB; line-height: 100%; background: transparent }`,
  `\t\ta:link { color: #000080; so-language: zxx; text-decoration: underline }`,
  `\t\ta:visited { color: #800000; so-language: zxx; text-decoration: underline }`,
  `\t\ta.sdfootnoteanc { font-size: 57% }`,
  `\t</style>`,
  `</head>`,
  `<body lang="en-GB" link="#000080" vlink="#800000" dir="ltr"><div title="header"><p align="right" style="margin-bottom: 0.5cm; line-height: 100%">${FONT(`${BODY} – 24 November 2101`, 9)}</p>`,
  `</div>`,
];
const foot = [
  `<div title="footer"><p align="center" style="margin-top: 0.5cm; margin-bottom: 0cm; line-height: 100%">${FONT(`Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>7</sdfield>`, 9)}</p>`,
  `</div>`,
  `</body>`,
  `</html>`,
];
writeFileSync(join(root, "docs", FILE), [...head, ...H, ...foot].join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
