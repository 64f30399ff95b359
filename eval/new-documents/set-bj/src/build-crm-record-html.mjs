// Builds docs/afctg-grant-application-cdf-r2-05-culmstock.html and its rendering in text/.
// Layout: A DYNAMICS 365 (MODEL-DRIVEN POWER APP) RECORD FORM SAVED FROM THE BROWSER – the grants
// team's "Grants Hub" record of Culmstock's round 2 application, saved by the case officer on
// 6 December 2211 (Edge's "saved from url" comment, style sheets in the "_files" folder). Around the
// record: the app bar, a site map of areas, the command bar (Save, Deactivate, Assign, Flow, Word
// Templates …). The record: a header whose fields show THEIR VALUE ABOVE THEIR LABEL; THE BUSINESS
// PROCESS FLOW as a row of stage chevrons whose completion is ONLY IN ARIA LABELS ("Received,
// Completed") and whose active stage alone shows "Active for 3 days"; tabs of which only the first
// (Summary) was rendered when the page was saved; sections of fields in which EVERY TEXT, MONEY AND DATE
// VALUE IS ONLY THE value ATTRIBUTE OF AN <input> ("£52,000.00", "30/09/2211"), OPTION SETS ARE
// <select> ELEMENTS CARRYING ALL THEIR OPTIONS (the chosen one only marked selected), multi-line fields
// are <textarea>s, lookups are links, a yes/no field is a switch whose state is aria-checked beside a
// "Yes" label; read-only sub-grids of <div role="grid"> rows (assessment scores, payments,
// connections); and the TIMELINE wall of notes, e-mails, a phone call, a task and auto-posts, newest
// first, each "Note modified by: …" with a dd/MM/yyyy time.
// Rendering: from the record's title on, each field as "label | value" (header fields "value | label",
// as they stand), a select as its selected option, the switch as its label, grid rows as cells,
// timeline posts a line per visible line; the app bar, site map, command bar and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-crm-record-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, FUND, OFFICERS as O, APPLICANT, ASSESSOR, CULM, CRITERIA, THRESHOLD, cllr, money } from "./common.mjs";

const FILE = DOCS.crm;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const h = [];
const out = [];
let uid = 1000;
const id = (p) => `id-${p}-${(uid++).toString(16)}`;
const gbp = (n) => "£" + money(n);
const TITLE = "CDF-R2-05 Culmstock MBC – Veterans' housing navigator";

// ---------------------------------------------------------------- field builders (html + rendering)
const text = (label, value, o = {}) => {
  const i = id("fld");
  h.push(`<div class="pa-field" data-id="${o.name}.fieldControl"><div class="pa-label"><label id="${i}-label" for="${i}">${x(label)}</label>${o.req ? '<span class="pa-req" aria-hidden="true">*</span>' : ""}</div><div class="pa-ctl"><input id="${i}" type="text" class="pa-input${o.ro ? " pa-readonly" : ""}" aria-label="${x(label)}" value="${x(value)}"${o.ro ? ' readonly=""' : ""} autocomplete="off" data-id="${o.name}.fieldControl-text-box-text"></div></div>`);
  out.push(`${label} | ${value}`);
};
const lookup = (label, value, o = {}) => {
  const i = id("lk");
  h.push(`<div class="pa-field" data-id="${o.name}.fieldControl"><div class="pa-label"><label id="${i}-label">${x(label)}</label></div><div class="pa-ctl"><ul class="pa-lookup" aria-labelledby="${i}-label"><li><div class="pa-lookup-item"><span class="pa-lookup-icon" aria-hidden="true"></span><a href="https://lgagrants.crm11.dynamics.com/main.aspx?pagetype=entityrecord&amp;etn=${o.etn}&amp;id=${o.rid}" aria-label="${x(value)}" title="${x(value)}">${x(value)}</a></div></li></ul></div></div>`);
  out.push(`${label} | ${value}`);
};
const select = (label, options, chosen, o = {}) => {
  const i = id("opt");
  h.push(`<div class="pa-field" data-id="${o.name}.fieldControl"><div class="pa-label"><label id="${i}-label" for="${i}">${x(label)}</label></div><div class="pa-ctl"><select id="${i}" class="pa-select" aria-label="${x(label)}" data-id="${o.name}.fieldControl-option-set-select"><option value="-1">---</option>${options.map((op, j) => `<option value="${100000000 + j}"${op === chosen ? ' selected="selected"' : ""}>${x(op)}</option>`).join("")}</select></div></div>`);
  out.push(`${label} | ${chosen}`);
};
const area = (label, value, o = {}) => {
  const i = id("ta");
  h.push(`<div class="pa-field pa-wide" data-id="${o.name}.fieldControl"><div class="pa-label"><label id="${i}-label" for="${i}">${x(label)}</label></div><div class="pa-ctl"><textarea id="${i}" class="pa-textarea" aria-label="${x(label)}" rows="${value.split("\n").length + 1}" data-id="${o.name}.fieldControl-text-box-text">${x(value)}</textarea></div></div>`);
  const lines = value.split("\n");
  out.push(`${label} | ${lines[0]}`, ...lines.slice(1));
};
const toggle = (label, on, o = {}) => {
  const i = id("sw");
  h.push(`<div class="pa-field" data-id="${o.name}.fieldControl"><div class="pa-label"><label id="${i}-label">${x(label)}</label></div><div class="pa-ctl"><button type="button" role="switch" id="${i}" class="pa-switch${on ? " is-on" : ""}" aria-checked="${on}" aria-labelledby="${i}-label"><span class="pa-thumb"></span></button><label class="pa-switch-text" for="${i}">${on ? "Yes" : "No"}</label></div></div>`);
  out.push(`${label} | ${on ? "Yes" : "No"}`);
};
const section = (title, body) => {
  h.push(`<section class="pa-section" aria-label="${x(title)}"><h2 class="pa-section-title">${x(title)}</h2><div class="pa-section-body">`);
  out.push(title);
  body();
  h.push("</div></section>");
};
const grid = (title, cols, rows) => {
  h.push(`<div class="pa-subgrid" data-id="dataSetRoot_${title.replace(/\W+/g, "")}"><div class="pa-subgrid-head"><h3>${x(title)}</h3><button type="button" aria-label="New ${x(title)}">+ New</button><button type="button" aria-label="More commands for ${x(title)}">⋯</button></div><div role="grid" aria-label="${x(title)}" aria-rowcount="${rows.length + 1}" class="pa-grid"><div role="row" class="pa-grid-header" aria-rowindex="1"><div role="columnheader" class="pa-check"><span aria-hidden="true">✓</span></div>${cols.map((c) => `<div role="columnheader"><span>${x(c)}</span></div>`).join("")}</div>${rows.map((r, i) => `<div role="row" aria-rowindex="${i + 2}"><div role="gridcell" class="pa-check"></div>${r.map((c, j) => `<div role="gridcell" aria-colindex="${j + 2}">${j === 0 ? `<a href="#" class="pa-link">${x(c)}</a>` : `<span>${x(c)}</span>`}</div>`).join("")}</div>`).join("")}</div><div class="pa-grid-footer">1 - ${rows.length} of ${rows.length}</div></div>`);
  out.push(title, cols.join(" | "), ...rows.map((r) => r.join(" | ")));
};

// ---------------------------------------------------------------- page
h.push(`<!DOCTYPE html>
<!-- saved from url=(0196)https://lgagrants.crm11.dynamics.com/main.aspx?appid=3f0c91d2-7a4e-ef11-a4e6-0022481b9c55&pagetype=entityrecord&etn=lga_grantapplication&id=8b1e44a0-52a9-ef11-b8e9-6045bd0e7d31 -->
<html lang="en-GB" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grant application: ${x(TITLE)} - Dynamics 365</title>
<link rel="stylesheet" href="./${BASE}_files/uclient.css">
<link rel="stylesheet" href="./${BASE}_files/fluent-9.css">
<style>.pa-field{display:flex;margin:6px 0}.pa-label{width:180px;color:#605e5c}.pa-input,.pa-select,.pa-textarea{border:0;background:#f3f2f1;padding:4px 8px;font:14px "Segoe UI"}.pa-stage.is-active{font-weight:600}.pa-grid [role=row]{display:flex}.pa-grid [role=gridcell],.pa-grid [role=columnheader]{width:160px}</style>
<script src="./${BASE}_files/uclient.js"></script>
</head>
<body class="uci">
<div id="shell-container">
<header class="pa-appbar" role="banner"><button type="button" aria-label="App launcher">⋮⋮⋮</button><span class="pa-brand">Dynamics 365</span><span class="pa-divider">|</span><a class="pa-appname" href="#">Grants Hub</a><div class="pa-search" role="search"><input type="search" placeholder="Search" aria-label="Search"></div><button type="button" aria-label="Settings">⚙</button><button type="button" aria-label="Help">?</button><div class="pa-avatar" title="Samir Brenkley">SB</div></header>
<nav class="pa-sitemap" aria-label="Site map"><ul><li><a href="#">Home</a></li><li><a href="#">Recent</a></li><li><a href="#">Pinned</a></li></ul><h2>Grants</h2><ul><li class="is-selected"><a href="#" aria-current="page">Applications</a></li><li><a href="#">Funds</a></li><li><a href="#">Rounds</a></li><li><a href="#">Payments</a></li></ul><h2>Contacts</h2><ul><li><a href="#">Organisations</a></li><li><a href="#">Contacts</a></li></ul><h2>Reports</h2><ul><li><a href="#">Dashboards</a></li></ul><div class="pa-area-switcher">GH Grants</div></nav>
<main class="pa-main">
<div class="pa-commandbar" role="menubar" aria-label="Grant application Commands"><button role="menuitem" aria-label="Back">←</button><button role="menuitem" aria-label="Save (CTRL+S)"><span>Save</span></button><button role="menuitem" aria-label="Save &amp; Close"><span>Save &amp; Close</span></button><button role="menuitem" aria-label="New"><span>+ New</span></button><button role="menuitem" aria-label="Deactivate"><span>Deactivate</span></button><button role="menuitem" aria-label="Refresh"><span>Refresh</span></button><button role="menuitem" aria-label="Assign"><span>Assign</span></button><button role="menuitem" aria-label="Share"><span>Share</span></button><button role="menuitem" aria-label="Email a Link"><span>Email a Link</span></button><button role="menuitem" aria-label="Flow"><span>Flow</span></button><button role="menuitem" aria-label="Word Templates"><span>Word Templates</span></button></div>
<div class="pa-form" data-id="editFormRoot">
<div class="pa-header" data-id="form-header">
<h1 class="pa-title" data-id="header_title" title="${x(TITLE)}">${x(TITLE)}<span class="pa-save-status"> - Saved</span></h1>`);
out.push(`${TITLE} - Saved`);
h.push(`<div class="pa-entity"><span>Grant application</span><span aria-hidden="true"> · </span><button type="button" class="pa-formselector" aria-label="Form selector: Application">Application</button></div>`);
out.push("Grant application · Application");
// header fields: value above label
const hf = (value, label, kind = "input") => {
  const i = id("hdr");
  const ctl = kind === "input" ? `<input id="${i}" type="text" class="pa-header-value" aria-label="${x(label)}" value="${x(value)}" readonly="">` : kind === "link" ? `<a href="#" id="${i}" class="pa-header-value" aria-label="${x(label)}">${x(value)}</a>` : kind;
  h.push(`<div class="pa-header-field">${ctl}<label class="pa-header-label" for="${i}">${x(label)}</label></div>`);
  out.push(`${value} | ${label}`);
};
h.push('<div class="pa-header-fields" data-id="headerControlsList">');
hf(gbp(CULM.asked), "Requested amount");
hf(gbp(CULM.eligible), "Awarded amount");
{
  const opts = ["Received", "Eligibility check", "In assessment", "Awaiting decision", "Offer pending", "Offer accepted", "Not funded", "Withdrawn"];
  const i = id("hdr");
  h.push(`<div class="pa-header-field"><select id="${i}" class="pa-header-value" aria-label="Status Reason" disabled="">${opts.map((op) => `<option${op === "Offer pending" ? ' selected="selected"' : ""}>${op}</option>`).join("")}</select><label class="pa-header-label" for="${i}">Status Reason</label></div>`);
  out.push("Offer pending | Status Reason");
}
hf(O.samir.name, "Owner", "link");
h.push("</div></div>");

// business process flow
const STAGES = ["Received", "Eligibility", "Assessment", "Task Group decision", "Offer", "Monitoring"];
const ACTIVE = "Offer";
h.push(`<div class="pa-bpf" data-id="MscrmControls.Containers.ProcessBreadCrumb"><div class="pa-bpf-title"><span>Grant application process</span><span class="pa-bpf-duration">Active for 9 weeks</span></div><div role="list" class="pa-stages" aria-label="Grant application process">`);
out.push("Grant application process | Active for 9 weeks");
const stageLine = [];
let done = true;
for (const s of STAGES) {
  if (s === ACTIVE) done = false;
  const state = s === ACTIVE ? "Active" : done ? "Completed" : "Inactive";
  h.push(`<div role="listitem" class="pa-stage${s === ACTIVE ? " is-active" : ""}" aria-label="${x(s)}, ${state}"${s === ACTIVE ? ' aria-current="step"' : ""}><div class="pa-stage-circle">${state === "Completed" ? '<span class="symbolFont Completed-symbol" aria-hidden="true"></span>' : ""}</div><div class="pa-stage-name">${x(s)}</div>${s === ACTIVE ? '<div class="pa-stage-duration">Active for 3 days</div>' : ""}</div>`);
  stageLine.push(s);
  if (s === ACTIVE) stageLine.push("Active for 3 days");
}
h.push("</div></div>");
out.push(stageLine.join(" | "));

// tabs: only the Summary tab was rendered
h.push(`<ul role="tablist" class="pa-tabs" aria-label="Grant application Form"><li role="tab" aria-selected="true" tabindex="0" title="Summary">Summary</li><li role="tab" aria-selected="false" tabindex="-1" title="Assessment detail">Assessment detail</li><li role="tab" aria-selected="false" tabindex="-1" title="Monitoring">Monitoring</li><li role="tab" aria-selected="false" tabindex="-1" title="Related">Related</li></ul>`);
out.push("Summary | Assessment detail | Monitoring | Related");
h.push('<div role="tabpanel" class="pa-tabpanel" aria-label="Summary"><div class="pa-columns"><div class="pa-column">');

section("Application", () => {
  text("Application number", "CDF-R2-05", { name: "lga_applicationnumber", ro: true });
  lookup("Fund", FUND, { name: "lga_fundid", etn: "lga_fund", rid: "2c01" });
  lookup("Round", "Round 2 (2211/12)", { name: "lga_roundid", etn: "lga_round", rid: "2c07" });
  text("Project title", "Veterans' housing navigator", { name: "lga_projecttitle", req: true });
  lookup("Applicant", "Culmstock Metropolitan Borough Council", { name: "lga_applicantid", etn: "account", rid: "5e11" });
  lookup("Lead contact", APPLICANT.name, { name: "lga_leadcontactid", etn: "contact", rid: "7a42" });
  text("Received on", "30/09/2211", { name: "lga_receivedon" });
  text("Project start", "01/02/2212", { name: "lga_projectstart" });
  text("Project end", "31/01/2213", { name: "lga_projectend" });
  area("Project summary", "A navigator in Culmstock's housing options team to help veterans and service leavers find and keep a home, working with the Forces Families Housing Trust and private landlords.\nThe bid included £14,000 to lease a vehicle for the navigator.", { name: "lga_projectsummary" });
});
section("Finance", () => {
  text("Requested amount", gbp(CULM.asked), { name: "lga_requestedamount" });
  text("Ineligible costs", gbp(CULM.vehicle), { name: "lga_ineligiblecosts" });
  text("Eligible amount", gbp(CULM.eligible), { name: "lga_eligibleamount", ro: true });
  text("Match funding (applicant)", gbp(CULM.match), { name: "lga_matchfunding" });
  text("Match funding as % of award", "25.00", { name: "lga_matchpercent", ro: true });
  toggle("Match funding evidence received", true, { name: "lga_matchevidence" });
  text("Evidence received on", "28/11/2211", { name: "lga_evidencereceivedon" });
});
h.push('</div><div class="pa-column">');
section("Assessment", () => {
  lookup("Assessor", ASSESSOR, { name: "lga_assessorid", etn: "account", rid: "5e90" });
  text("Total score", String(CULM.score), { name: "lga_totalscore", ro: true });
  text("Threshold", String(THRESHOLD), { name: "lga_threshold", ro: true });
  select("Recommendation", ["Fund in full", "Fund in part", "Do not fund", "Defer"], "Fund in part", { name: "lga_recommendation" });
  grid("Assessment scores", ["Criterion", "Weight (%)", "Score (0-5)", "Weighted score"], CRITERIA.map((c) => [c.name, String(c.weight), String(c.score), c.weighted.toFixed(2)]));
});
section("Decision", () => {
  select("Decision route", ["Task Group meeting", "Chair under delegation", "Officer under delegation"], "Chair under delegation", { name: "lga_decisionroute" });
  lookup("Decided by", cllr("hathersage"), { name: "lga_decidedbyid", etn: "contact", rid: "7b03" });
  lookup("Consulted", cllr("ostridge"), { name: "lga_consultedid", etn: "contact", rid: "7b04" });
  text("Decision date", "02/12/2211", { name: "lga_decisiondate" });
  text("Decision reference", CULM.ref, { name: "lga_decisionref" });
  text("Task Group minute", "14/11/2211 minute 4(c)", { name: "lga_minute" });
  text("Awarded amount", gbp(CULM.eligible), { name: "lga_awardedamount" });
  area("Conditions", "1. No part of the grant may be spent on leasing or buying a vehicle.\n2. Culmstock appoints the navigator by 31 March 2212; if it has not, the second instalment lapses.\n3. The navigator post is advertised first under the guaranteed interview scheme for veterans.", { name: "lga_conditions" });
});
section("Payments", () => {
  grid("Payment schedule", ["Instalment", "Amount", "Due", "Trigger", "Status"], [
    ["Instalment 1", gbp(19000), "16/12/2211", "Signed offer letter returned", "Scheduled"],
    ["Instalment 2", gbp(19000), "31/07/2212", "Six-month monitoring report accepted", "Not due"],
  ]);
});
section("Connections", () => {
  grid("Connections", ["Name", "Role", "Description"], [
    [cllr("hathersage"), "Decision maker", "Chair, Armed Forces Covenant Task Group"],
    [cllr("ostridge"), "Consulted", "Vice-Chair, Armed Forces Covenant Task Group"],
    [APPLICANT.name, "Applicant's lead officer", APPLICANT.post],
    [O.samir.name, "Case officer", O.samir.post],
    [ASSESSOR, "Assessor", "Independent assessor, round 2"],
  ]);
});
h.push("</div></div>");

// ---------------------------------------------------------------- timeline
h.push(`<section class="pa-timeline" aria-label="Timeline"><h2 class="pa-section-title">Timeline</h2><div class="pa-timeline-tools"><input type="search" placeholder="Search timeline" aria-label="Search timeline"><button type="button" aria-label="Create a timeline record">+</button><button type="button" aria-label="Filter">⚲</button></div><div class="pa-note-add"><input type="text" placeholder="Enter a note..." aria-label="Enter a note"></div><ul class="pa-wall" role="list">`);
out.push("Timeline");
const post = (type, who, when, lines, o = {}) => {
  h.push(`<li class="pa-post pa-post-${type.toLowerCase().replace(/\W+/g, "")}" role="listitem"><div class="pa-post-icon" aria-label="${x(type)}" role="img"></div><div class="pa-post-body"><div class="pa-post-head"><span class="pa-post-who">${x(who)}</span>${o.state ? `<span class="pa-post-state">${x(o.state)}</span>` : ""}<span class="pa-post-when" title="${x(when)}">${x(when)}</span></div>${lines.map((l, i) => `<div class="${i === 0 ? "pa-post-title" : "pa-post-text"}">${x(l)}</div>`).join("")}${o.attach ? `<div class="pa-post-attach"><a href="#">${x(o.attach)}</a></div>` : ""}</div></li>`);
  out.push([who, o.state, when].filter(Boolean).join(" | "), ...lines, ...(o.attach ? [o.attach] : []));
};
post("Task", `Task from: ${O.samir.name}`, "03/12/2211 09:07", ["Send offer letter to Culmstock", "£38,000 on the three conditions of the Chair's decision. Due 09/12/2211 17:00."], { state: "Active" });
post("Auto-post", `Auto-post on ${TITLE}`, "03/12/2211 09:05", [`Stage changed to Offer by ${O.samir.name}.`]);
post("Note", `Note modified by: ${O.samir.name}`, "02/12/2211 16:40", [`Chair's decision ${CULM.ref}`, `${cllr("hathersage")}, Chair, after consulting the Vice-Chair, ${cllr("ostridge")}, by phone today, has decided to award £38,000 to Culmstock Metropolitan Borough Council for the veterans' housing navigator, on the three conditions in the Decision section. This uses the delegation in minute 4(c) of 14 November 2211. To be reported to the Task Group on 23 January 2212.`]);
post("Phone Call", `Phone Call from: ${O.samir.name}`, "02/12/2211 11:15", ["Chair consults the Vice-Chair on Culmstock", `${cllr("ostridge")} is content with an award of £38,000. He asked that the navigator post be advertised first under the guaranteed interview scheme for veterans; the Chair agreed to make this condition 3.`], { state: "Completed" });
post("Email", `Email from: ${APPLICANT.name}`, "28/11/2211 14:02", ["RE: CDF-R2-05 evidence of match funding", "Samir, attached is the Cabinet Member decision of 27 November 2211 committing £9,500 from our homelessness prevention budget as match funding for the navigator. Wilhelmina"], { state: "Received", attach: "CMD-2211-118 match funding.pdf" });
post("Email", `Email from: ${O.samir.name}`, "19/11/2211 10:31", ["CDF-R2-05 evidence of match funding", `Dear Wilhelmina, on 14 November the Task Group agreed that the Chair may decide your bid once we have evidence of Culmstock's match funding (at least 20% of the award, which would be no more than £38,000, as vehicle leasing is not eligible). Please send it by 29 November. Samir`], { state: "Sent" });
post("Note", `Note modified by: ${O.samir.name}`, "14/11/2211 15:20", ["Task Group 14/11/2211, item 4", "Decision delegated to the Chair, in consultation with the Vice-Chair, once Culmstock's match funding is evidenced; award no more than £38,000, as the £14,000 for vehicle leasing is not eligible. Score 66 (threshold 60)."]);
post("Auto-post", `Auto-post on ${TITLE}`, "07/11/2211 12:48", [`Stage changed to Task Group decision by ${O.samir.name}.`]);
post("Note", "Note modified by: Pellinore Associates (portal)", "04/11/2211 17:26", ["Assessment complete", "Scored 66. Strong on need (Culmstock has the highest number of veterans asking for housing help of the 12 councils); deliverability depends on recruiting the navigator by spring. Recommend funding in part: leasing a vehicle is not an eligible cost."]);
post("Auto-post", `Auto-post on ${TITLE}`, "30/09/2211 16:58", ["Grant application created by Portal Integration."]);
h.push('</ul><div class="pa-wall-more"><button type="button">Load more</button></div></section>');
h.push("</div>"); // tabpanel
h.push(`</div>
<footer class="pa-statusbar" role="contentinfo"><span>Active</span><span class="pa-save-status">Saved</span></footer>
</main>
</div>
<div id="app-loading-indicator" style="display:none">Loading...</div>
</body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} rendering lines)`);
