// Builds docs/phiftg-ifa-measures-q2-2268-69-open-data-portal.html and its rendering in text/.
// Layout: A CKAN OPEN DATA PORTAL RESOURCE PAGE SAVED WITH THE SINGLEFILE BROWSER EXTENSION. The portal
// ("LGA Open Data", data.local.gov.uk, CKAN 2.10; invented) shows the resource "Quarter 2 2268/69" of the
// dataset "Imported Food Assurance Programme: performance measures 2268/69": the account bar, masthead,
// search and breadcrumb, then the resource's heading, URL and notes; the DATA EXPLORER VIEW, which CKAN
// draws in an <iframe> – and SINGLEFILE SAVES AN IFRAME BY INLINING ITS PAGE AS THE iframe's srcdoc
// ATTRIBUTE, ENTITY-ESCAPED, so the whole grid of measures exists in the file only inside an attribute
// value (&lt;div class=&quot;slick-cell l0 r0&quot;&gt;IFA-01…); inside it, a Recline.js data explorer
// with a SlickGrid of <div> rows and cells, columns headed only by the field ids (measure_id, q2_rag …),
// "12 records" above a pager whose range is in <input> values, and only rows 1 to 10 drawn (IFA-11 and
// IFA-12 are on the next page of the grid, which was never drawn); the ratings as one letter (G A R C N)
// explained ONLY BY THE DATA DICTIONARY table under the view (Column | Type | Label | Description); the
// "Additional Information" table of CKAN's fields (dates in CKAN's US order, "December 10, 2268",
// datastore_active and so on), then the sidebar (resources list, licence) and footer. SingleFile's
// comment at the top gives the URL and save date; scripts are removed, styles inlined, images as data:.
// Rendering: from the resource's heading on – heading, URL, notes, the view's tab, record count, the grid
// (header row and rows, cells " | "), the data dictionary and additional information tables (cells
// " | "), the sidebar's resources and licence; account bar, masthead, search, breadcrumb and footer left
// out.
// Synthetic test fixture: every figure and rating is invented.
//   node src/build-measures-ckan-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHOWN, MEASURES, OFFICERS as O } from "./common.mjs";

const FILE = DOCS.ckan;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const DS = "ifa-performance-measures-2268-69";
const RID = "7c2f41d9-0b6e-4a53-9e1c-5d8a2f63b0e4";
const PID = "e1b9a730-54cf-4d2b-8f06-19c3a7d5e822";
const VID = "0f8d6e2a-3c71-4b95-a4e0-6b2d9c1f7a38";
const URL = `https://data.local.gov.uk/dataset/${DS}/resource/${RID}/download/ifa-measures-2268-69-q2.csv`;
const TITLE = "Imported Food Assurance Programme: performance measures 2268/69";
const PX = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

// ---------------------------------------------------------------- the Data Explorer (the iframe's page)
const FIELDS = ["measure_id", "measure", "target", "q1_value", "q1_rag", "q2_value", "q2_rag", "lead_member"];
const WIDTHS = [70, 330, 110, 70, 52, 70, 52, 96];
const rowVals = (m) => [m.ref, m.name, m.target, m.q1v, m.q1, m.q2v, m.q2, m.lead];
let left = 0;
const headerCols = FIELDS.map((f, i) => { const h = `<div class="ui-state-default slick-header-column" id="slickgrid_84120${f}" title="" style="width: ${WIDTHS[i] - 10}px;"><span class="slick-column-name">${f}</span><span class="slick-sort-indicator"></span><div class="slick-resizable-handle"></div></div>`; left += WIDTHS[i]; return h; }).join("");
const gridRows = SHOWN.map((m, r) => `<div class="ui-widget-content slick-row ${r % 2 ? "odd" : "even"}" style="top:${r * 25}px">${rowVals(m).map((v, i) => `<div class="slick-cell l${i} r${i}">${x(v)}</div>`).join("")}</div>`).join("");
const viewHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Data Explorer</title><style>body{margin:0;font:13px/1.4 "Helvetica Neue",Helvetica,Arial,sans-serif}.recline-data-explorer .header{padding:6px 0}.recline-results-info{float:left;margin-right:12px}.pager input{width:36px}.slick-header-columns{background:#e8e8e8;white-space:nowrap;height:24px}.slick-header-column{display:inline-block;padding:4px 5px;border-right:1px solid silver;font-weight:bold}.grid-canvas{position:relative;height:250px}.slick-row{position:absolute;width:100%;height:25px;white-space:nowrap}.slick-row.odd{background:#fafafa}.slick-cell{display:inline-block;overflow:hidden;text-overflow:ellipsis;padding:4px 5px;border-right:1px dotted silver}${WIDTHS.map((w, i) => `.l${i}{width:${w - 10}px}`).join("")}</style></head><body>
<div class="recline-data-explorer"><div class="data-view-sidebar"></div><div class="header clearfix"><div class="navigation"><div class="btn-group" data-toggle="buttons-radio"><a href="#grid" data-view="grid" class="btn active">Grid</a><a href="#graph" data-view="graph" class="btn">Graph</a></div></div><div class="recline-results-info"><span class="doc-count">12</span> records</div><div class="menu-right"><div class="btn-group" data-toggle="buttons-checkbox"><a href="#" data-action="filters" class="btn">Filters</a><a href="#" data-action="fields" class="btn">Fields</a></div></div><div class="query-editor-here"><form action="" method="GET" class="form-inline"><div class="input-prepend text-query"><span class="add-on"><i class="icon-search"></i></span><input type="text" name="q" value="" class="span2" placeholder="Search data ..." aria-label="Search data"></div><div class="pagination"><ul><li class="prev action-pagination-update"><a href="">«</a></li><li class="active"><a><input name="from" type="text" value="1"> – <input name="to" type="text" value="10"></a></li><li class="next action-pagination-update"><a href="">»</a></li></ul></div></form></div></div>
<div class="data-view-container"><div class="recline-slickgrid ui-widget" style="height: 280px;"><div class="slick-header ui-state-default" style="overflow:hidden;position:relative;"><div class="slick-header-columns" style="left:-1000px;width:${left + 1000}px;" unselectable="on">${headerCols}</div></div><div class="slick-viewport" style="width:100%;overflow:auto;outline:0;position:relative;height:255px;"><div class="grid-canvas" style="width:${left}px;height:300px;">${gridRows}</div></div></div></div></div>
</body></html>`;

// ---------------------------------------------------------------- the page
const m = Object.fromEntries(MEASURES.map((q) => [q.ref, q]));
const notes = [
  `Performance of the Imported Food Assurance Programme 2268–70 at quarter 2 of 2268/69 (1 July to 30 September 2268), as reported to the ${BODY} on 12 November 2268. One row for each of the programme's twelve measures; ratings are given as one letter, explained in the data dictionary below.`,
  `Correction, 10 December 2268: IFA-02 was reported to the Task Group as ${m["IFA-02"].reported} and has been corrected to ${m["IFA-02"].q2v}, after Scarrowfleet Port Health Authority recounted the checks at its Eastquay post. Its rating is unchanged.`,
];
const DICT = [
  ["Column", "Type", "Label", "Description"],
  ["measure_id", "text", "Measure", "The measure's reference, IFA-01 to IFA-12"],
  ["measure", "text", "Measure name", "What is measured"],
  ["target", "text", "Target", "Target for 2268/69"],
  ["q1_value", "text", "Quarter 1 value", "At 30 June 2268; – where there was no data"],
  ["q1_rag", "text", "Quarter 1 rating", "As q2_rag"],
  ["q2_value", "text", "Quarter 2 value", "At 30 September 2268"],
  ["q2_rag", "text", "Quarter 2 rating", "G = on track; A = some risk; R = off track; C = complete; N = no data yet"],
  ["lead_member", "text", "Lead member", "Surname of the Task Group's lead member for the measure"],
];
const INFO = [
  ["Field", "Value"],
  ["Data last updated", "December 10, 2268"],
  ["Metadata last updated", "December 10, 2268"],
  ["Created", "October 15, 2268"],
  ["Format", "CSV"],
  ["License", "UK Open Government Licence (OGL)"],
  ["Datastore active", "True"],
  ["Has views", "True"],
  ["Id", RID],
  ["Package id", PID],
  ["Position", "1"],
  ["Size", "2 KiB"],
  ["State", "active"],
  ["Temporal coverage", "2268-07-01 to 2268-09-30"],
  ["Contact", `${O.wakerley.name}, ${O.wakerley.post}`],
];
const RESOURCES = ["Quarter 1 2268/69", "Quarter 2 2268/69", "Measure definitions 2268–70"];
const table = (rows, rowHeads) => `<table class="table table-striped table-bordered table-condensed" data-module="table-toggle-more"><thead><tr>${rows[0].map((c) => `<th scope="col">${x(c)}</th>`).join("")}</tr></thead><tbody>${rows.slice(1).map((r) => `<tr>${r.map((c, i) => (i === 0 && rowHeads ? `<th scope="row">${x(c)}</th>` : `<td>${x(c)}</td>`)).join("")}</tr>`).join("\n")}</tbody></table>`;

const page = `<!DOCTYPE html> <html lang="en-GB"><!--
 Page saved with SingleFile 
 url: https://data.local.gov.uk/dataset/${DS}/resource/${RID} 
 saved date: Tue Dec 15 2268 10:42:17 GMT+0000 (Greenwich Mean Time)
--><head><meta charset="utf-8">
<meta name="csrf_field_name" content="_csrf_token">
<meta name="generator" content="ckan 2.10.4">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Quarter 2 2268/69 - ${x(TITLE)} - LGA Open Data</title>
<style>body{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:14px;color:#333;background:#005d7a}.account-masthead{background:#004b63;min-height:30px}.masthead{background:#005d7a;color:#fff;padding:12px 0}.main{background:#eee;padding:20px 0}.container{width:1170px;margin:0 auto}.wrapper{background:#fff;border:1px solid #ccc;border-radius:3px;display:flex}.primary{width:75%;padding:20px}.secondary{width:25%;padding:20px 0 0 0;border-left:1px solid #ddd}.module-heading{font-size:14px;background:#f6f6f6;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:7px 25px;margin:0}.table{width:100%;border-collapse:collapse}.table td,.table th{border:1px solid #ddd;padding:5px;text-align:left}.site-footer{background:#005d7a;color:#fff;padding:20px 0}.text-muted{color:#767676}iframe{border:0;width:100%;height:330px}</style>
<link rel="shortcut icon" href="${PX}">
</head>
<body data-site-root="https://data.local.gov.uk/" data-locale-root="https://data.local.gov.uk/">
<div class="visually-hidden-focusable"><a href="#content">Skip to main content</a></div>
<header class="account-masthead"><div class="container"><nav class="account not-authed" aria-label="Account"><ul class="list-unstyled"><li><a href="/user/login">Log in</a></li><li><a class="sub" href="/user/register">Register</a></li></ul></nav></div></header>
<header class="masthead"><div class="container"><hgroup class="header-image navbar-left"><a class="logo" href="/"><img src="${PX}" alt="LGA Open Data" title="LGA Open Data"></a></hgroup>
<div class="navbar-collapse collapse" id="main-navigation-toggle"><nav class="section navigation"><ul class="nav nav-pills"><li><a href="/dataset/">Datasets</a></li><li><a href="/organization/">Organizations</a></li><li><a href="/group/">Groups</a></li><li><a href="/about">About</a></li></ul></nav>
<form class="section site-search simple-input" action="/dataset/" method="get"><div class="field"><label for="field-sitewide-search">Search Datasets</label><input id="field-sitewide-search" type="text" class="form-control" name="q" placeholder="Search" aria-label="Search datasets"><button class="btn-search" type="submit" aria-label="Submit"><i class="fa fa-search"></i></button></div></form></div></div></header>
<div class="main"><div id="content" class="container">
<div class="toolbar" role="navigation" aria-label="Breadcrumb"><ol class="breadcrumb"><li class="home"><a href="/" aria-label="Home"><i class="fa fa-home"></i><span> Home</span></a></li><li><a href="/organization/">Organizations</a></li><li><a href="/organization/phiftg" title="${x(BODY)}">${x(BODY.slice(0, 30))}...</a></li><li><a href="/dataset/${DS}" title="${x(TITLE)}">${x(TITLE.slice(0, 30))}...</a></li><li class="active"><a href="/dataset/${DS}/resource/${RID}">Quarter 2 2268/69</a></li></ol></div>
<div class="row wrapper">
<div class="primary col-md-9 col-xs-12" role="main">
<section class="module module-resource" role="complementary"><div class="module-content">
<div class="actions"><ul><li><a class="btn btn-primary resource-url-analytics" href="${URL}"><i class="fa fa-arrow-circle-down"></i> Download</a></li><li><a class="btn btn-default" href="/dataset/${DS}/resource/${RID}/api"><i class="fa fa-flask"></i> Data API</a></li></ul></div>
<h1 class="page-heading" title="Quarter 2 2268/69">Quarter 2 2268/69</h1>
<p class="text-muted ellipsis">URL: <a class="resource-url-analytics" href="${URL}" title="${URL}">${URL}</a></p>
<div class="prose notes" property="rdfs:label">
${notes.map((n) => `<p>${x(n)}</p>`).join("\n")}
</div>
</div>
<ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" href="/dataset/${DS}/resource/${RID}?view_id=${VID}" data-id="${VID}" aria-current="page"><i class="fa icon fa-table"></i> Data Explorer</a></li></ul>
<div class="module-content resource-view" data-id="${VID}" data-title="Data Explorer" data-description=""><div class="m-3 ckanext-datapreview"><iframe title="Data viewer" src="/dataset/${DS}/resource/${RID}/view/${VID}" frameborder="0" width="100%" data-module="data-viewer" allowfullscreen srcdoc="${x(viewHtml)}"></iframe></div></div>
</section>
<div class="module-content">
<h2>Data Dictionary</h2>
${table(DICT, false)}
<h2>Additional Information</h2>
${table(INFO, true)}
</div>
</div>
<aside class="secondary col-md-3 col-xs-12">
<section class="module module-narrow resources"><h2 class="module-heading"><i class="fa fa-copy"></i> Resources</h2><ul class="list-unstyled nav nav-simple">${RESOURCES.map((r, i) => `<li class="nav-item${i === 1 ? " active" : ""}"><a href="/dataset/${DS}/resource/${i === 1 ? RID : "x" + i}" title="${x(r)}">${x(r)}</a></li>`).join("")}</ul></section>
<section class="module module-narrow module-shallow license"><h2 class="module-heading"><i class="fa fa-lock"></i> License</h2><p class="module-content"><a href="http://reference.data.gov.uk/id/open-government-licence" rel="dc:rights">UK Open Government Licence (OGL)</a> <a href="http://opendefinition.org/okd/" title="This dataset satisfies the Open Definition."><img class="open-data" src="${PX}" alt="[Open Data]"></a></p></section>
</aside>
</div></div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8 footer-links"><ul class="list-unstyled"><li><a href="/about">About LGA Open Data</a></li></ul><ul class="list-unstyled"><li><a href="https://docs.ckan.org/en/2.10/api/">CKAN API</a></li><li><a href="https://www.ckan.org/">CKAN Association</a></li><li><a href="https://opendatacommons.org/licenses/odbl/1-0/">Open Data Commons</a></li></ul></div><div class="col-md-4 attribution"><p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p></div></div></div></footer>
</body></html>
`;
writeFileSync(join(root, "docs", FILE), page);

out.push("Quarter 2 2268/69", `URL: ${URL}`, ...notes, "Data Explorer");
out.push("Grid", "Graph", "12 records", "Filters", "Fields");
out.push(FIELDS.join(" | "));
for (const q of SHOWN) out.push(rowVals(q).join(" | "));
out.push("Data Dictionary", ...DICT.map((r) => r.join(" | ")));
out.push("Additional Information", ...INFO.map((r) => r.join(" | ")));
out.push("Resources", ...RESOURCES, "License", "UK Open Government Licence (OGL)");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${SHOWN.length} grid rows in the iframe's srcdoc)`);
