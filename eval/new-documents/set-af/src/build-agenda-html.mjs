// Builds docs/cctg-agenda-and-papers-2041-11-20.html and its text rendering.
// The page imitates a Google Doc published with File > Share > Publish to the web: Google's banner
// ("Published using Google Docs", Learn more, Report abuse, the document name, "Updated automatically every
// 5 minutes"), then div#contents with the document's own <style> of generated class names (.c0 … .c40,
// .lst-kix_… list classes), no <h1>–<h6>: the author styled headings by hand, so they are <p> with a <span>
// of a bold, larger class. Text is split over many <span>s (formatting runs, and some splits inside words),
// numbered paragraphs are <ol> items whose numbers exist only as CSS counters, tables carry inline styles,
// links go through www.google.com/url?q=…, and a generated footer closes the page.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ROOT, BODY, ABBR, MEETING, PREVIOUS, NEXT, OFFICERS, GUEST, PHF, PHF_TOTAL, INTERVALS, BUDGET, assert,
} from "./content.mjs";

const BASE = "cctg-agenda-and-papers-2041-11-20";
const DOC_NAME = "CCTG 20 Nov 2041 - agenda and papers (for publication)";
const DOC_ID = "2PACX-1vQx7cTg20nov41aGeNdA9pApErS5kq3Lm0ZrWb8yHf2JtN4uVc6eXs1oPd7iRg";
const smart = (s) => s.replace(/(\w)'(\w)/g, "$1’$2").replace(/'(\w)/g, "‘$1").replace(/(\w|\.)'/g, "$1’");
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// --- span splitting: deterministic, Google-like runs ---------------------------------------------------------
let seed = 41;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const RUN_CLASSES = ["c0", "c0 c11", "c3", "c0 c27", "c3 c11"];
function spans(text, cls = null) {
  // break into 1–4 runs at word boundaries, sometimes inside a word (spell-check and edit history runs)
  const t = smart(text);
  const cuts = [];
  const n = t.length > 60 ? 1 + Math.floor(rnd() * 3) : t.length > 25 && rnd() < 0.4 ? 1 : 0;
  for (let k = 0; k < n; k++) {
    let at = Math.floor(t.length * (0.2 + 0.6 * rnd()));
    if (rnd() < 0.75) { while (at < t.length && t[at] !== " ") at++; } // usually at a space (the space stays at the end of a run)
    else if (!/\w/.test(t[at] ?? "") || !/\w/.test(t[at - 1] ?? "")) continue; // inside a word only between two letters
    if (at > 0 && at < t.length) cuts.push(at + (t[at] === " " ? 1 : 0));
  }
  const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), t.length];
  let out = "";
  for (let k = 0; k < points.length - 1; k++) {
    const piece = t.slice(points[k], points[k + 1]);
    if (!piece) continue;
    const c = cls ?? RUN_CLASSES[Math.floor(rnd() * RUN_CLASSES.length)];
    out += `<span class="${c}">${esc(piece).replace(/ {2}/g, " &nbsp;")}</span>`;
  }
  return out;
}

const html = [];
const text = [];
const P = (t, pcls = "c2", scls = null) => { html.push(`<p class="${pcls}">${spans(t, scls)}</p>`); text.push(smart(t)); };
const HEAD = (t, size = "c19") => { html.push(`<p class="c2 c24">${spans(t, size)}</p>`); text.push(smart(t)); };
const EMPTY = () => html.push(`<p class="c2 c7"><span class="c0"></span></p>`);
const mixed = (parts, pcls = "c2") => {
  // parts: [text, spanClass|null]
  html.push(`<p class="${pcls}">${parts.map(([t, c]) => spans(t, c)).join("")}</p>`);
  text.push(smart(parts.map(([t]) => t).join("")).replace(/\u00a0/g, " "));
};
const gurl = (u) => `https://www.google.com/url?q=${encodeURIComponent(u)}&amp;sa=D&amp;source=editors&amp;ust=2269388407113000&amp;usg=AOvVaw3kq1bM8cE0tR7nYpXw4uZs`;
const link = (label, href) => `<span class="c16"><a class="c21" href="${gurl(href)}">${esc(label)}</a></span>`;

// numbered paragraphs: CSS counters on <ol>; the text rendering shows the number a reader sees
const lists = {};
function OL(listId, items, { level = 0, startAt = null, style = "decimal" } = {}) {
  const key = `${listId}-${level}`;
  lists[key] ??= { style, n: 0 };
  const L = lists[key];
  if (startAt !== null) L.n = startAt - 1;
  const start = L.n === 0 ? " start" : "";
  html.push(`<ol class="c8 lst-kix_${listId}-${level}${start}" start="${L.n + 1}">`);
  for (const it of items) {
    L.n++;
    const label = style === "decimal" ? `${L.n}.` : `${["i", "ii", "iii", "iv", "v"][L.n - 1]}.`;
    html.push(`<li class="c2 ${level ? "c30" : "c14"} li-bullet-0">${spans(it)}</li>`);
    text.push(`${label} ${smart(it)}`);
  }
  html.push(`</ol>`);
}

// tables: Google's markup, with inline styles on the cells
const TD_STYLE = "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid";
function TABLE(rows, { widths, headerFill = "#d9e2f3", labelFill = null, boldFirstCol = false } = {}) {
  html.push(`<table class="c20">`);
  html.push(`<tr class="c25">`); // Google writes no <thead>/<tbody>
  rows.forEach((row, r) => {
    if (r > 0) html.push(`</tr><tr class="c25">`);
    row.forEach((cell, c) => {
      const fill = r === 0 && headerFill ? `background-color:${headerFill};` : c === 0 && labelFill ? `background-color:${labelFill};` : "";
      const w = widths ? `width:${widths[c]}pt;` : "";
      const bold = r === 0 && headerFill ? "c10" : c === 0 && (labelFill || boldFirstCol) ? "c10" : null;
      const paras = String(cell).split("\n");
      html.push(`<td class="c12" colspan="1" rowspan="1" style="${fill}${w}${TD_STYLE}">${paras.map((p) => `<p class="c5">${p ? spans(p, bold) : `<span class="c0"></span>`}</p>`).join("")}</td>`);
    });
  });
  html.push(`</tr></table>`);
  for (const row of rows) text.push(row.map((c) => smart(String(c).replace(/\n/g, " "))).join(" | "));
}

// ---- the document ------------------------------------------------------------------------------------------------
P("Local Government Association", "c2 c33", "c31");
HEAD(BODY, "c38");
HEAD("Agenda and papers", "c19");
P(`${MEETING.long}, 10.30am to 12.30pm`);
P("Room 3, 18 Smith Square, London SW1P 3HZ, and online (Microsoft Teams)");
EMPTY();
HEAD("Notes for members", "c17");
mixed([
  ["Members who cannot attend should tell ", null],
  [OFFICERS.tuckwell.name, "c0 c10"],
  [` (${OFFICERS.tuckwell.email}, ${OFFICERS.tuckwell.phone}) by Friday 15 November and may send a named substitute from their own political group.`, null],
]);
P("There is a pre-meeting for the Chair and Vice-Chair at 10.00am in Room 3.");
EMPTY();
HEAD("Agenda", "c17");
const AGENDA = [
  ["Item", "Title", "Presented by", "For", "Paper"],
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Chair", "–", "–"],
  ["2", `Notes of the meeting held on ${PREVIOUS.long.replace("Wednesday ", "")}`, "Chair", "Agreement", "Circulated 2 October"],
  ["3", "Workplan tracker and risk register, Quarter 2 2041/42", `${OFFICERS.muncaster.name}, Senior Adviser`, "Noting", "Spreadsheet (PDF)"],
  ["4", "Policy budget 2041/42: period 7 monitoring", `${OFFICERS.veldhuizen.name}, ${OFFICERS.veldhuizen.post}`, "Noting", "Finance report (CSV)"],
  ["5", "Public health funerals: the case for reform of cost recovery", `${OFFICERS.pountney.name}, Adviser`, "Decision", "Below"],
  ["6", "Memorial safety inspections: draft refreshed guide", `${OFFICERS.coughlan.name}, ${OFFICERS.coughlan.post}, with ${GUEST.name}, ${GUEST.org}`, "Discussion", "Below"],
  ["7", "Any other business", "Chair", "–", "–"],
];
TABLE(AGENDA, { widths: [34, 190, 140, 60, 70] });
EMPTY();
mixed([["Date of next meeting: ", "c0 c10"], [`${NEXT.long}, 10.30am, 18 Smith Square`, null]]);
html.push(`<hr style="page-break-before:always;display:none;">`);

// ---- item 5 ----------------------------------------------------------------------------------------------------------
const p = OFFICERS.pountney;
HEAD("Item 5", "c17");
HEAD("Public health funerals: the case for reform of cost recovery", "c19");
EMPTY();
HEAD("Purpose of report", "c17");
P("For decision.");
HEAD("Summary", "c17");
P("Councils must arrange a funeral when someone dies and no one else will make arrangements. This paper reports the returns to our data collection so far, and proposes the LGA's asks of Government on how councils recover the cost.");
HEAD("Recommendations", "c17");
P("That the Task Group:");
P("(a) agrees to extend the deadline for councils' data returns to 31 January 2042;", "c2 c35");
P("(b) agrees the three asks of Government in paragraph 9; and", "c2 c35");
P("(c) asks officers to report the full findings at its meeting on 26 March 2042.", "c2 c35");
HEAD("Action", "c17");
P("Officers to write to the councils that have not yet returned data, and to take the asks forward in the light of members' views.");
EMPTY();
mixed([["Contact officer:", "c0 c10"], [`\u00a0${p.name}`, null]], "c2 c36");
mixed([["Position:", "c0 c10"], [`\u00a0${p.post}`, null]], "c2 c36");
mixed([["Phone no:", "c0 c10"], [`\u00a0${p.phone}`, null]], "c2 c36");
html.push(`<p class="c2 c36"><span class="c0 c10">Email:</span><span class="c0">&nbsp;</span>${link(p.email, "mailto:" + p.email)}</p>`);
text.push(`Email: ${p.email}`);
EMPTY();
HEAD("Background", "c17");
OL("phf5", [
  "Under section 46 of the Public Health (Control of Disease) Act 1984, a council must arrange the burial or cremation of anyone who has died in its area where it appears that no suitable arrangements are being made. These are known as public health funerals.",
  "A council may recover its costs from the estate of the person who has died. In most cases the estate is small or cannot be traced, and the council meets the cost.",
  "In July 2041 the Task Group asked officers to collect data on the number and cost of public health funerals and the amounts recovered (workplan action CCT-C1). The data template went to the 296 councils with these duties on 15 July 2041, with a return date of 31 October 2041.",
]);
HEAD("What the returns show", "c17");
OL("phf5", [`By 31 October, ${PHF_TOTAL.councils} councils had returned data. Table 1 summarises their returns for 2040/41.`]);
mixed([["Table 1: public health funerals in 2040/41, councils that returned data by 31 October 2041", "c0 c10"]]);
TABLE([
  ["Type of council", "Councils returning data", "Funerals arranged", "Average cost per funeral", "Share of cost recovered from estates"],
  ...PHF.map((r) => [r.type, String(r.councils), r.funerals.toLocaleString("en-GB"), "£" + r.avg.toLocaleString("en-GB"), r.rec + "%"]),
  ["All returning councils", String(PHF_TOTAL.councils), PHF_TOTAL.funerals.toLocaleString("en-GB"), "£" + PHF_TOTAL.avg.toLocaleString("en-GB"), PHF_TOTAL.rec + "%"],
], { widths: [130, 80, 80, 90, 100], headerFill: "#e2efd9", boldFirstCol: false });
OL("phf5", [
  `Between them, the ${PHF_TOTAL.councils} councils arranged ${PHF_TOTAL.funerals.toLocaleString("en-GB")} public health funerals in 2040/41 at an average cost of £${PHF_TOTAL.avg.toLocaleString("en-GB")}, and recovered ${PHF_TOTAL.rec} per cent of the cost from estates. Councils that returned data for earlier years report a rise of about 9 per cent a year since 2037/38.`,
  "Councils told us that the main barriers to recovering costs are the time it takes to trace relatives and assets; banks that will not release small balances without a grant of probate; and legal costs that are often more than the sum owed.",
  "Several councils also said that a relative who would have qualified for the DWP's Funeral Expenses Payment cannot claim it once the council has arranged the funeral.",
]);
HEAD("Proposals", "c17");
OL("phf5", [
  "Officers propose to keep the data collection open until 31 January 2042, so that more councils can take part, and to write to the chief executives of councils that have not yet returned data.",
  "We propose three asks of Government:",
]);
OL("phf5", [
  "a duty on banks and building societies to release balances of up to £5,000 to a council for funeral costs without a grant of probate;",
  "a new burdens assessment of public health funerals, which have risen by about 9 per cent a year since 2037/38; and",
  "an entitlement to the Funeral Expenses Payment where a council arranges the funeral of someone whose relative would have qualified.",
], { level: 1, style: "lower-roman" });
HEAD("Implications", "c17");
const surveys = BUDGET.flatMap((c) => c.lines).find((l) => l.acc === "5320");
OL("phf5", [
  `Financial: the data collection and analysis are met from the Task Group's surveys and data collection budget (£${surveys.budget.toLocaleString("en-GB")} in 2041/42).`,
  "Equalities: public health funerals fall most often to people who die alone or in poverty. Officers will ask councils how they respect the faith and wishes of the person who has died.",
]);
HEAD("Next steps", "c17");
OL("phf5", ["Subject to members' views, officers will write to the councils that have not returned data by 28 November 2041 and report the full findings on 26 March 2042."]);
assert(lists["phf5-0"].n === 12, "item 5 has 12 paragraphs, the asks at 9: " + lists["phf5-0"].n);
html.push(`<hr style="page-break-before:always;display:none;">`);

// ---- item 6 ----------------------------------------------------------------------------------------------------------
const c = OFFICERS.coughlan;
HEAD("Item 6", "c17");
HEAD("Memorial safety inspections: draft refreshed guide", "c19");
EMPTY();
TABLE([
  ["Purpose of report", "For discussion."],
  ["Summary", `The LGA and the ${GUEST.org} are refreshing the 2036 good practice guide on memorial safety inspections. This paper sets out the main changes in the first draft.`],
  ["Recommendation", "That the Task Group comments on the draft, in particular the proposed inspection intervals (Table 1) and the approach to memorials that fail the test (paragraph 5)."],
  ["Action", "Officers to revise the draft in the light of members' comments and consult councils from Monday 2 December 2041."],
  ["Contact officer", c.name],
  ["Position", c.post],
  ["Phone no", c.phone],
  ["Email", c.email],
], { widths: [110, 350], headerFill: null, labelFill: "#f2f2f2" });
EMPTY();
HEAD("The draft guide", "c17");
OL("mem6", [
  "Councils that run burial grounds have a duty to keep them safe for visitors and staff. The current guide, published in 2036, says only that memorials should be inspected 'regularly'.",
  "The draft proposes a minimum inspection interval for each type of memorial (Table 1), instead of one interval for all.",
]);
mixed([["Table 1: proposed minimum inspection intervals", "c0 c10"]]);
TABLE([["Type of memorial", "Minimum interval", "Notes"], ...INTERVALS], { widths: [170, 80, 210], headerFill: "#d9e2f3" });
OL("mem6", [
  "It recommends a hand test by trained staff, and no longer recommends mechanical topple testers, which can damage sound memorials.",
  "Memorials should be fixed to BS 8415 when they are put up or refixed, and the mason's fixing certificate kept with the burial records.",
  "Where a memorial fails the test, the draft proposes that the council makes it safe the same day, by staking it rather than laying it flat where it can, and writes to the grave owner giving 28 days to arrange a repair before any further action.",
  `The ${GUEST.org} supports the intervals but has asked for 12 months' notice before the fixing requirement applies to its members.`,
  "Cost: councils already inspect memorials, and the guide should add to their costs only where a three-year cycle is new to them. The guide will be published online only.",
]);
HEAD("Questions for members", "c17");
OL("mem6", [
  "Are the intervals in Table 1 right, in particular five years for lawn headstones under 1 metre?",
  "Is 28 days long enough for a bereaved family to arrange a repair?",
]);
assert(lists["mem6-0"].n === 9, "item 6 has 9 paragraphs");

// ---- the page -------------------------------------------------------------------------------------------------------
const STYLE = [
  `@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);`,
  `ol.lst-kix_phf5-0{list-style-type:none}ol.lst-kix_phf5-1{list-style-type:none}ol.lst-kix_mem6-0{list-style-type:none}`,
  `.lst-kix_phf5-0>li{counter-increment:lst-ctn-kix_phf5-0}.lst-kix_phf5-1>li{counter-increment:lst-ctn-kix_phf5-1}.lst-kix_mem6-0>li{counter-increment:lst-ctn-kix_mem6-0}`,
  `ol.lst-kix_phf5-0.start{counter-reset:lst-ctn-kix_phf5-0 0}ol.lst-kix_phf5-1.start{counter-reset:lst-ctn-kix_phf5-1 0}ol.lst-kix_mem6-0.start{counter-reset:lst-ctn-kix_mem6-0 0}`,
  `.lst-kix_phf5-0>li:before{content:"" counter(lst-ctn-kix_phf5-0,decimal) ". "}.lst-kix_phf5-1>li:before{content:"" counter(lst-ctn-kix_phf5-1,lower-roman) ". "}.lst-kix_mem6-0>li:before{content:"" counter(lst-ctn-kix_mem6-0,decimal) ". "}`,
  `.lst-kix_phf5-0>li:before,.lst-kix_phf5-1>li:before,.lst-kix_mem6-0>li:before{display:inline-block;margin-left:-18pt;width:18pt}`,
  `li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}`,
  `table td,table th{padding:0}`,
  `.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}`,
  `.c3{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}`,
  `.c11{background-color:#ffffff}.c27{text-decoration-skip-ink:none}`,
  `.c10{font-weight:700;color:#000000;font-size:11pt;font-family:"Arial"}`,
  `.c17{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:12pt;font-family:"Arial";font-style:normal}`,
  `.c19{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}`,
  `.c38{color:#00b0a3;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:"Arial";font-style:normal}`,
  `.c31{color:#595959;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:9pt;font-family:"Arial";font-style:normal;text-transform:uppercase;letter-spacing:1pt}`,
  `.c16{color:#1155cc;text-decoration:underline;font-size:11pt;font-family:"Arial"}.c21{color:inherit;text-decoration:inherit}`,
  `.c2{padding-top:0pt;padding-bottom:6pt;line-height:1.15;orphans:2;widows:2;text-align:left}`,
  `.c5{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}`,
  `.c7{height:11pt}.c24{padding-top:12pt}.c33{text-align:right}.c35{margin-left:36pt}.c36{padding-bottom:0pt}`,
  `.c8{padding:0;margin:0}.c14{margin-left:36pt;padding-left:0pt}.c30{margin-left:72pt;padding-left:0pt}`,
  `.c20{border-spacing:0;border-collapse:collapse;margin-right:auto}.c25{height:0pt}.c12{border-style:solid}`,
  `.c39{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}`,
].join("");

const page = `<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta content="width=device-width, initial-scale=1" name="viewport"><meta name="referrer" content="strict-origin-when-cross-origin"><title>${esc(DOC_NAME)}</title><link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico"><style>body{margin:0;padding:0}#banners{font-family:Roboto,Arial,sans-serif;font-size:14px;background:#f1f3f4;border-bottom:1px solid #dadce0}#publish-banner{display:flex;justify-content:space-between;padding:8px 16px;color:#5f6368}#publish-banner a{color:#1a73e8;margin-left:16px}#title-banner{padding:4px 16px 10px}#title-banner-name{font-size:18px;color:#202124}#title-banner-updated{font-size:12px;color:#5f6368}#contents{max-width:800px;margin:24px auto}#footer{font-family:Roboto,Arial,sans-serif;font-size:12px;color:#5f6368;text-align:center;padding:24px 0}#footer a{color:#5f6368}</style><script nonce="qT0p8mZ1fK3wXv6sLr9aYc">window.WIZ_global_data={"Im6cmf":"/docs/documents/d/e","qwAQke":"DocsPublishUi"};</script></head><body><div id="banners"><div id="publish-banner"><div id="publish-banner-title">Published using Google Docs</div><div id="publish-banner-links"><a href="https://support.google.com/docs/answer/183965" target="_blank">Learn more</a><a href="https://docs.google.com/abuse?id=${DOC_ID}" target="_blank">Report abuse</a></div></div><div id="title-banner"><div id="title-banner-name">${esc(DOC_NAME)}</div><div id="title-banner-updated">Updated automatically every 5 minutes</div></div></div><div id="contents"><style type="text/css">${STYLE}</style><div class="c39 doc-content">${html.join("")}</div></div><div id="footer"><a href="https://docs.google.com/" target="_blank">Published by Google Docs</a>–<a href="https://docs.google.com/abuse?id=${DOC_ID}" target="_blank">Report abuse</a>–Updated automatically every 5 minutes</div><script nonce="qT0p8mZ1fK3wXv6sLr9aYc">(function(){var b=document.getElementById("banners");if(b&&window.self!==window.top)b.style.display="none";})();</script></body></html>`;

writeFileSync(join(ROOT, "docs", BASE + ".html"), page);
const rendering = [
  "Published using Google Docs", "Learn more", "Report abuse", DOC_NAME, "Updated automatically every 5 minutes",
  ...text,
  "Published by Google Docs – Report abuse – Updated automatically every 5 minutes",
];
writeFileSync(join(ROOT, "text", BASE + ".txt"), rendering.join("\n") + "\n");

// self-check: the page's visible words, read straight through with tags removed, match the rendering
const visible = page.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<title>[\s\S]*?<\/title>/, " ")
  .replace(/<\/(p|li|td|tr|div|a)>/g, " ").replace(/<[^>]+>/g, "").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">");
const words = (s) => s.toLowerCase().match(/[a-z0-9£%]+/g).join(" ");
const vis = words(visible), ren = words(rendering.join("\n").replace(/^\s*(\d+|[ivx]+)\. /gm, ""));
assert(vis === ren, "visible words differ from the rendering:\n" + vis.slice(0, 300) + "\n" + ren.slice(0, 300));
console.log(`wrote docs/${BASE}.html (${page.length} bytes) and text/${BASE}.txt`);
