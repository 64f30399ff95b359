// Builds docs/coastal-change-seaside-towns-panel-performance-2043-44-q2.html – a board paper written in
// Quarto and rendered to HTML (toc-left sidebar, numbered sections, tables with "Table n:" captions,
// callout boxes, Pandoc footnotes) – and its plain-text rendering text/<same>.txt, from the content below.
// Synthetic test fixture: the people, measures, figures and risks are invented.
//
//   node src/build-performance-quarto-html.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BODY, OFFICERS, email, esc as escPlain } from "./people.mjs";

// Pandoc's "smart" extension (on by default in Quarto) prints apostrophes as ’.
const smart = (s) => String(s).replace(/'/g, "\u2019");
const esc = (s) => escPlain(smart(s));

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "coastal-change-seaside-towns-panel-performance-2043-44-q2";

const TITLE = "Work programme 2043/44: performance at quarter 2";
const SUBTITLE = `${BODY} · Wednesday 2 December 2043 · Item 4`;
const C = OFFICERS.programmes;

// ------------------------------------------------------------------ content
// Inline markup in strings: **bold**, *italic*, [^n] footnote reference, {{tbl:n}} cross-reference.
const STATUS_CLASS = { "On course": "green", Watch: "amber", "Off course": "red", Achieved: "blue", "Not yet due": "grey" };

const measures = {
  A: [
    ["CST-M01", "Coastal councils with an adopted coastal change management area policy", "24", "15", "17", "On course", "Delphine Nankivell"],
    ["CST-M02", "Shoreline management plans (of 20) with a refreshed action plan", "20", "6", "9", "Watch", "Delphine Nankivell"],
    ["CST-M03", "Officers and members trained by the Coastal Practitioners' Academy", "60", "22", "41", "On course", "Conrad Skewes"],
    ["CST-M04", "Homes at risk from erosion by 2065 covered by an agreed relocation or rollback plan", "350", "71", "96", "Off course", "Delphine Nankivell"],
  ],
  B: [
    ["CST-M05", "Seaside towns with a published town investment prospectus", "18", "11", "18", "Achieved", "Olamide Retallack"],
    ["CST-M06", "Downloads of the visitor economy toolkit", "1,500", "240", "620", "Watch", "Olamide Retallack"],
    ["CST-M07", "Young people starting a Seaside Towns Skills Pilot placement", "400", "38", "112", "Off course", "Olamide Retallack"],
    ["CST-M08", "Councils with a seasonal worker housing plan", "12", "–", "–", "Not yet due", "Olamide Retallack"],
  ],
  C: [
    ["CST-M09", "Coastal Adaptation Fund grants awarded (£ million)", "6.0", "1.8", "3.96", "On course", "Conrad Skewes"],
    ["CST-M10", "Bids supported into the national flood and coastal erosion investment programme", "30", "17", "31", "Achieved", "Delphine Nankivell"],
    ["CST-M11", "Peer reviews of coastal engineering capacity completed", "8", "2", "3", "Watch", "Conrad Skewes"],
    ["CST-M12", "Member briefings held (in person or online)", "10", "3", "6", "On course", "Yasmin Sayer"],
  ],
};
const MEASURE_HEAD = ["Ref", "Measure", "Target 2043/44", "Q1", "Q2", "Status", "Lead officer"];

const risks = [
  ["CST-R01", "Government does not confirm coastal adaptation funding beyond March 2045", "4", "5", "20", "Rising", "Marguerite Scantlebury", "Chair's letter to the Minister sent on 12 October 2043; joint evidence with coastal MPs in preparation."],
  ["CST-R02", "Councils cannot recruit or keep the coastal engineers they need to deliver schemes", "4", "4", "16", "Steady", "Conrad Skewes", "Peer review programme (CST-M11); proposals for a shared coastal engineer pool to come in March 2044."],
  ["CST-R03", "Too few employers sign up to the Seaside Towns Skills Pilot", "4", "3", "12", "Rising", "Olamide Retallack", "Recovery plan in section 4: placements all year and a wage subsidy for small employers."],
  ["CST-R04", "The coastal councils survey gets too few responses to support our evidence", "1", "3", "3", "Falling", "Anouk Brokenshire", "71 of 92 councils responded; no further action needed. To be closed at quarter 3."],
  ["CST-R05", "Withdrawal of insurance and mortgages in erosion zones damages confidence in seaside towns", "3", "5", "15", "New", "Olamide Retallack", "Added by the Panel on 23 September 2043; a roundtable with insurers and lenders is planned for February 2044."],
  ["CST-R06", "Fund money not awarded by the end of the year has to be returned to Government", "2", "4", "8", "Falling", "Piers Lovick", "Round 3 opens on 7 December 2043 with awards by 29 January 2044."],
  ["CST-R07", "The erosion mapping data sharing agreement is not renewed", "3", "4", "12", "Rising", "Delphine Nankivell", "Escalated to director level; the licence payment is held until the agreement is signed."],
];
const RISK_HEAD = ["Ref", "Risk", "L", "I", "Score", "Trend", "Owner", "Mitigation"];

const footnotes = [
  "Seven of the 38 councils with homes at risk had not returned figures by 31 October 2043; the figure will be revised at quarter 3.",
  "Downloads are counted from the toolkit's launch on 4 May 2043 and include downloads by organisations other than councils.",
  "The four pilot towns are Bridlington, Margate, Skegness and Morecambe.",
];

// Blocks: {t:"h", id, n, text} section; {t:"p", text}; {t:"dl", items:[[dt, dd]]};
// {t:"callout", kind, title, body:[strings]}; {t:"table", id, n, caption, head, rows, statusCol, classes}
const B = [];
const sec = (id, n, text) => B.push({ t: "h", id, n, text });
const p = (text) => B.push({ t: "p", text });
const dl = (items) => B.push({ t: "dl", items });
const callout = (kind, title, body) => B.push({ t: "callout", kind, title, body });
const table = (id, n, caption, head, rows, opts = {}) => B.push({ t: "table", id, n, caption, head, rows, ...opts });

sec("front-sheet", 1, "Front sheet");
p("**Purpose of report:** For decision.");
p("**Summary:** This report sets out progress against the twelve measures in the Panel's work programme for 2043/44 at the end of quarter 2 (1 July to 30 September 2043), and the programme risk register. Four measures are On course, three are on Watch, two are Off course, two have been Achieved and one is Not yet due. The Seaside Towns Skills Pilot (CST-M07) is the main concern, and a recovery plan is set out in section 4 for the Panel to agree.");
callout("important", "Recommendations", [
  "That the Panel:",
  "(a) notes performance against the work programme at quarter 2 of 2043/44 ({{tbl:3}} to {{tbl:5}});",
  "(b) agrees the recovery plan for the Seaside Towns Skills Pilot in section 4, including reducing the 2043/44 target for CST-M07 from 400 to 250 placements; and",
  "(c) asks officers to bring proposals for a shared coastal engineer pool to the Panel's meeting on 9 March 2044.",
]);
p("**Action:** Officers to take forward as directed by members.");
dl([
  ["Contact officer", C.name],
  ["Position", C.post],
  ["Phone no", C.phone],
  ["Email", email(C.name)],
]);

sec("performance-at-a-glance", 2, "Performance at a glance");
p("{{tbl:1}} explains the status words used in this report. Each measure is given one status at the end of the quarter by its lead officer, and the statuses are checked by the programme board before publication.");
table("tbl-key", 1, "Status key", ["Status", "Colour", "What it means"], [
  ["On course", "Green", "Expected to meet its 2043/44 target."],
  ["Watch", "Amber", "Some slippage; expected to recover within the year with the action in hand."],
  ["Off course", "Red", "Will not meet its 2043/44 target without a change of plan or more resources."],
  ["Achieved", "Blue", "The 2043/44 target has already been met."],
  ["Not yet due", "Grey", "Nothing to report until later in the year."],
], { statusCol: 0 });
table("tbl-count", 2, "Measures by status at quarter 2", ["Status", "Theme A", "Theme B", "Theme C", "Total"], [
  ["On course", "2", "0", "2", "4"],
  ["Watch", "1", "1", "1", "3"],
  ["Off course", "1", "1", "0", "2"],
  ["Achieved", "0", "1", "1", "2"],
  ["Not yet due", "0", "1", "0", "1"],
  ["Total", "4", "4", "4", "12"],
], { statusCol: 0, totalLast: true });
callout("note", "Changes since quarter 1", [
  "Since quarter 1, CST-M02 and CST-M11 have slipped from On course to Watch, and CST-M10 was achieved in August 2043.",
]);

sec("measures-by-theme", 3, "Measures by theme");
p("{{tbl:3}} to {{tbl:5}} give each measure's target for the year, its position at the end of quarters 1 and 2, its status at quarter 2 and its lead officer. Figures are cumulative from 1 April 2043 unless stated.");
table("tbl-theme-a", 3, "Theme A – Adapting to coastal change", MEASURE_HEAD, measures.A, { statusCol: 5 });
p("CST-M02: the refresh of the action plans for the Humber and for the Solent is waiting for the new erosion mapping (risk CST-R07). CST-M04: most of the plans agreed so far are in North Norfolk and the East Riding, and the total is well short of the 350 homes we aimed for.[^1]");
table("tbl-theme-b", 4, "Theme B – Seaside towns' economies", MEASURE_HEAD, measures.B, { statusCol: 5 });
p("CST-M06: downloads rose after the toolkit was promoted at the LGA coastal conference in July, but not fast enough to reach 1,500 by March.[^2] CST-M07: see section 4. CST-M08 will be measured through the spring 2044 survey of seaside councils.");
table("tbl-theme-c", 5, "Theme C – Funding and capacity", MEASURE_HEAD, measures.C, { statusCol: 5 });
p("CST-M09 includes the nine round 2 awards of £2,160,000 agreed by the Panel on 23 September 2043. CST-M11: two of the five peer reviews planned for quarter 2 were postponed because the host councils could not release their engineers.");

sec("skills-pilot", 4, "Seaside Towns Skills Pilot: recovery plan");
callout("warning", "CST-M07 is Off course", [
  "At the end of quarter 2, 112 young people had started a placement, against a target of 400 for the year. Only 23 of the 60 employers we expected have signed up, mainly because placements run only in the summer season.",
]);
p("The recovery plan has three parts:");
p("1. Placements will run all year round in the four pilot towns, not only from May to September.[^3]");
p("2. Small employers will be offered a wage subsidy of £250 a placement from January 2044, met from within the pilot's budget.");
p("3. The 2043/44 target for CST-M07 will be reduced from 400 to 250 placements, and the original target of 400 will be carried into 2044/45.");
p("If the Panel agrees the plan, CST-M07 will be reported against the revised target from quarter 3. On 23 September 2043 the Panel deferred a decision on extending the pilot to two more towns until it had seen this plan; officers recommend that an extension is not considered before 2044/45.");

sec("programme-risks", 5, "Programme risks");
p("{{tbl:6}} is the programme risk register at 31 October 2043. Each risk is scored for likelihood (L) and impact (I) from 1 to 5, and its score is L × I.");
callout("tip", "How to read the scores", [
  "Low: 1 to 6. Medium: 8 to 12. High: 15 to 25. The trend compares the score with the register reported at quarter 1.",
]);
table("tbl-risks", 6, "Programme risk register", RISK_HEAD, risks, {});

sec("next-steps", 6, "Next steps");
p("The quarter 3 report will come to the Panel's meeting on 9 March 2044. The programme budget at period 7 is reported separately (item 6).");

// ------------------------------------------------------------------ rendering helpers
const inlineHtml = (s) =>
  esc(s)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\*(.+?)\*/g, "<em>$1</em>")
    .replace(/\[\^(\d+)\]/g, (_, n) => `<a href="#fn${n}" class="footnote-ref" id="fnref${n}" role="doc-noteref"><sup>${n}</sup></a>`)
    .replace(/\{\{tbl:(\d+)\}\}/g, (_, n) => {
      const t = B.find((b) => b.t === "table" && b.n === Number(n));
      return `<a href="#${t.id}" class="quarto-xref">Table&nbsp;${n}</a>`;
    });
// Plain text as a reader copies it: the footnote mark stays as its number, "Table 3" as words.
const inlineText = (s) =>
  s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\*(.+?)\*/g, "$1").replace(/\[\^(\d+)\]/g, "$1").replace(/\{\{tbl:(\d+)\}\}/g, "Table $1");

const uid = (() => {
  let i = 0;
  return () => {
    i++;
    const h = (i * 2654435761 >>> 0).toString(16).padStart(8, "0");
    return `${h}-${h.slice(0, 4)}-4${h.slice(1, 4)}-a${h.slice(2, 5)}-${h}${h.slice(0, 4)}`;
  };
})();

// ------------------------------------------------------------------ HTML
const H = [];
const T = [];

const sections = B.filter((b) => b.t === "h");
H.push(`<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB"><head>

<meta charset="utf-8">
<meta name="generator" content="quarto-1.6.40">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">

<meta name="author" content="${esc(C.name)}">
<meta name="dcterms.date" content="2043-11-24">

<title>${esc(TITLE)}</title>
<style>
code{white-space: pre-wrap;}
span.smallcaps{font-variant: small-caps;}
div.columns{display: flex; gap: min(4vw, 1.5em);}
div.column{flex: auto; overflow-x: auto;}
ul.task-list{list-style: none;}
</style>


<script src="${BASE}_files/libs/clipboard/clipboard.min.js"></script>
<script src="${BASE}_files/libs/quarto-html/quarto.js"></script>
<script src="${BASE}_files/libs/quarto-html/popper.min.js"></script>
<script src="${BASE}_files/libs/quarto-html/tippy.umd.min.js"></script>
<script src="${BASE}_files/libs/quarto-html/anchor.min.js"></script>
<link href="${BASE}_files/libs/quarto-html/tippy.css" rel="stylesheet">
<link href="${BASE}_files/libs/quarto-html/quarto-syntax-highlighting.css" rel="stylesheet" id="quarto-text-highlighting-styles">
<script src="${BASE}_files/libs/bootstrap/bootstrap.min.js"></script>
<link href="${BASE}_files/libs/bootstrap/bootstrap-icons.css" rel="stylesheet">
<link href="${BASE}_files/libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<style>
.status { display: inline-block; padding: 0 .5em; border-radius: .25rem; font-weight: 600; white-space: nowrap; }
.status-green { background: #d1e7dd; color: #0f5132; }
.status-amber { background: #fff3cd; color: #664d03; }
.status-red { background: #f8d7da; color: #842029; }
.status-blue { background: #cfe2ff; color: #084298; }
.status-grey { background: #e2e3e5; color: #41464b; }
</style>
</head>

<body class="quarto-light">

<div id="quarto-content" class="page-columns page-rows-contents page-layout-article toc-left">
<div id="quarto-sidebar-toc-left" class="sidebar toc-left">
  <nav id="TOC" role="doc-toc" class="toc-active">
    <h2 id="toc-title">On this page</h2>
   
  <ul>
${sections.map((s, i) => `  <li><a href="#${s.id}" id="toc-${s.id}" class="nav-link${i === 0 ? " active" : ""}" data-scroll-target="#${s.id}"><span class="header-section-number">${s.n}</span> ${esc(s.text)}</a></li>`).join("\n")}
  </ul>
</nav>
</div>
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
</div>
<main class="content" id="quarto-document-content">

<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">${esc(TITLE)}</h1>
<p class="subtitle lead">${esc(SUBTITLE)}</p>
</div>



<div class="quarto-title-meta">

    <div>
    <div class="quarto-title-meta-heading">Author</div>
    <div class="quarto-title-meta-contents">
             <p>${esc(C.name)} </p>
          </div>
  </div>
    
    <div>
    <div class="quarto-title-meta-heading">Published</div>
    <div class="quarto-title-meta-contents">
      <p class="date">24 November 2043</p>
    </div>
  </div>
  
    <div>
    <div class="quarto-title-meta-heading">Position at</div>
    <div class="quarto-title-meta-contents">
      <p>30 September 2043</p>
    </div>
  </div>
    
  </div>
  


</header>
`);
// text: the sidebar, then the title block (reading order as on screen: the sidebar is on the left)
T.push("On this page");
for (const s of sections) T.push(`${s.n} ${s.text}`);
T.push(TITLE, SUBTITLE, "Author", C.name, "Published", "24 November 2043", "Position at", "30 September 2043");

let open = false;
for (const b of B) {
  if (b.t === "h") {
    if (open) H.push("</section>");
    H.push(`<section id="${b.id}" class="level2" data-number="${b.n}">\n<h2 data-number="${b.n}" class="anchored" data-anchor-id="${b.id}"><span class="header-section-number">${b.n}</span> ${esc(b.text)}</h2>`);
    T.push(`${b.n} ${b.text}`);
    open = true;
  } else if (b.t === "p") {
    H.push(`<p>${inlineHtml(b.text)}</p>`);
    T.push(inlineText(b.text));
  } else if (b.t === "dl") {
    H.push("<dl>");
    for (const [dt, dd] of b.items) {
      const v = dd.includes("@") ? `<a href="mailto:${dd}" class="email">${dd}</a>` : esc(dd);
      H.push(`<dt>${esc(dt)}</dt>\n<dd>\n<p>${v}</p>\n</dd>`);
      T.push(dt, dd);
    }
    H.push("</dl>");
  } else if (b.t === "callout") {
    H.push(`<div class="callout callout-style-default callout-${b.kind} callout-titled">
<div class="callout-header d-flex align-content-center">
<div class="callout-icon-container">
<i class="callout-icon"></i>
</div>
<div class="callout-title-container flex-fill">
${esc(b.title)}
</div>
</div>
<div class="callout-body-container callout-body">
${b.body.map((x) => `<p>${inlineHtml(x)}</p>`).join("\n")}
</div>
</div>`);
    T.push(b.title, ...b.body.map(inlineText));
  } else if (b.t === "table") {
    const id = uid();
    const cell = (c, j) =>
      j === b.statusCol && STATUS_CLASS[c] ? `<span class="status status-${STATUS_CLASS[c]}">${esc(c)}</span>` : esc(c);
    const rows = b.rows
      .map((r, i) => {
        const tot = b.totalLast && i === b.rows.length - 1;
        return `<tr class="${i % 2 ? "even" : "odd"}">\n${r.map((c, j) => `<td${/^[0-9£–.,]+$/.test(c) && j > 0 ? ' style="text-align: right;"' : ""}>${tot ? `<strong>${esc(c)}</strong>` : cell(c, j)}</td>`).join("\n")}\n</tr>`;
      })
      .join("\n");
    H.push(`<div id="${b.id}" class="quarto-float quarto-figure quarto-figure-center anchored">
<figure class="quarto-float quarto-float-tbl figure">
<figcaption class="quarto-float-caption-top quarto-float-caption quarto-float-tbl" id="${b.id}-caption-${id}">Table&nbsp;${b.n}: ${esc(b.caption)}</figcaption>
<div aria-describedby="${b.id}-caption-${id}">
<table class="caption-top table">
<thead>
<tr class="header">
${b.head.map((h) => `<th>${esc(h)}</th>`).join("\n")}
</tr>
</thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</figure>
</div>`);
    T.push(`Table ${b.n}: ${b.caption}`);
    T.push(b.head.join(" | "));
    for (const r of b.rows) T.push(r.join(" | "));
  }
}
if (open) H.push("</section>");

H.push(`<div id="quarto-appendix" class="default"><section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><h2 class="anchored quarto-appendix-heading">Footnotes</h2>

<ol>
${footnotes.map((f, i) => `<li id="fn${i + 1}"><p>${esc(f)}<a href="#fnref${i + 1}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`).join("\n")}
</ol>
</section></div></main>
<!-- /main column -->
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {
  const toggleBodyColorPrimary = () => {
    const bsSheetEl = window.document.querySelector("link#quarto-bootstrap");
    if (bsSheetEl) {
      toggleBodyColorMode(bsSheetEl);
    }
  }
  const icon = "";
  const anchorJS = new window.AnchorJS();
  anchorJS.options = {
    placement: 'right',
    icon: icon
  };
  anchorJS.add('.anchored');
});
</script>
</div> <!-- /content -->




</body></html>`);
T.push("Footnotes");
footnotes.forEach((f, i) => T.push(`${i + 1}. ${f} ↩︎`));

writeFileSync(join(root, "docs", BASE + ".html"), H.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), T.map(smart).join("\n") + "\n");

// arithmetic checks: status counts
const all = [...measures.A, ...measures.B, ...measures.C];
const count = {};
for (const m of all) count[m[5]] = (count[m[5]] ?? 0) + 1;
const expect = { "On course": 4, Watch: 3, "Off course": 2, Achieved: 2, "Not yet due": 1 };
for (const [k, v] of Object.entries(expect)) if (count[k] !== v) throw new Error(`status count ${k}: ${count[k]} != ${v}`);
for (const r of risks) if (Number(r[2]) * Number(r[3]) !== Number(r[4])) throw new Error(`risk score ${r[0]}`);
console.log(`wrote docs/${BASE}.html and text/${BASE}.txt`);
