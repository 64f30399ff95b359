// Builds docs/evctg-item-5-ncf-round-2-budget-rpt-2136-0419-saved.html and its rendering in text/.
// Layout: A BOARD PAPER AS IT STANDS IN A REPORT-MANAGEMENT WEB SYSTEM, SAVED FROM THE BROWSER ("Save page
// as… Webpage, Complete") while it waits for the Chair's clearance – an invented product, "ReportFlow
// 6.4" – so the front sheet is NOT TEXT BUT A FILLED-IN HTML FORM: the reference and title, agenda item,
// publication date (a text box with a date picker), contact officer's name, post, phone and e-mail are the
// `value` ATTRIBUTES OF `<input>` ELEMENTS; the meeting, the purpose, the exempt paragraph and the lead
// member are `<select>` lists whose chosen option is marked `selected` and WHOSE OTHER OPTIONS ARE IN THE
// PAGE TOO (every meeting of the autumn, every purpose, every Schedule 12A paragraph, every member of the
// Task Group with role and council); "Is this a key decision?" and "Is this report confidential?" are
// pairs of RADIO BUTTONS, the answer only a `checked` attribute; summary, recommendations (typed (a)–(d)
// lines), action and the implications are `<textarea>`s; the exempt-paragraph list is `disabled`. The
// report's body is in a RICH-TEXT EDITOR (CKEditor 5 markup): the server's copy in the original
// `<textarea>`, hidden and HTML-ESCAPED (`&lt;p&gt;…`), and the same text again in the editor's
// `contenteditable` area with numbered paragraphs and two tables in `<figure class="table">`, under a
// toolbar whose buttons carry visually hidden labels and tooltips. Around it: the app's header and
// "Signed in as" line, menu, breadcrumb, "Last saved" line, a workflow stepper (Draft ✓ … Chair's
// clearance … Published), an appendices table (file, size, who, when), a CLEARANCE TABLE (Stage | Cleared by
// | Date | Outcome | Comments – Legal "Cleared with changes", Finance and Director "Cleared", Chair
// "Awaiting"), a version history collapsed by CSS, buttons, a hidden session-timeout dialog and
// CSRF token, script and style links into the "…_files" folder, and Chrome's "saved from url" comment.
// Rendering: what the page shows, a line per block: each field as "Label | value" (a select as its chosen
// option only; radio pairs as "◉ Yes ◯ No"; a textarea's lines each a line under its label), the editor's
// paragraphs and table rows (" | "), the appendices and clearance rows; the hidden textarea, the hidden
// dialog, the collapsed history, the toolbar's hidden labels and the scripts left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-report-form-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, FUND, OFFICERS as O, P, MEMBERS, full, S, TOT, count, CONTINGENCY_NOW, NCF06_VARIATION, NCF11, ROUND2, ROUND2_BASE, BID_CAP, BIDS, BIDS_N, BIDS_SUM, BID_COUNCILS, VOTE, gbp, n0 } from "./common.mjs";

const FILE = DOCS.report;
const BASE = basename(FILE, extname(FILE));
const REF = "RPT-2136-0419";
const TITLE = `${FUND}: round 1 position and round 2 budget`;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const c1 = count("q1"), c4 = count("q4");

const MEETING_OPTS = [
  `${BOARD} – 11/09/2136`, `${BODY} – 18/09/2136`, `Clean Air Task Group – 25/09/2136`, `${BOARD} – 14/11/2136`, `${BODY} – 04/12/2136`,
];
const MEETING = MEETING_OPTS[1];
const PURPOSES = ["For decision", "For discussion", "For information", "For noting"];
const EXEMPT = ["– not applicable –", "Paragraph 1 – information relating to any individual", "Paragraph 3 – financial or business affairs of any particular person", "Paragraph 5 – legal professional privilege"];
const leadLabel = (m) => `Cllr ${m.fore} ${m.sur} (${m.role !== "Member" ? m.role : m.lead ? "lead member, " + m.lead : "Member"}, ${m.council})`;
const LEAD = leadLabel(P.brannock);

const SUMMARY = `The report gives the position of the 14 round 1 schemes at 30 June 2136, asks the Task Group to agree a round 2 budget of ${gbp(ROUND2)} and to hold the NCF-05 award until 31 December 2136, and proposes that, because ${BIDS_N} bids were received, the round 2 awards are made by the Chair in consultation with the Vice-Chair and the Deputy Chair by 5 October 2136.`;
const RECS = [
  "That the Task Group:",
  "(a) notes the position of the round 1 schemes at 30 June 2136 (Table 1 and Appendix A), including the withdrawal of NCF-11;",
  `(b) agrees a round 2 budget of ${gbp(ROUND2)}: ${gbp(ROUND2_BASE)} from the 2136/37 programme budget and the ${gbp(NCF11)} returned from NCF-11;`,
  `(c) agrees that the ${gbp(S["NCF-05"].award)} awarded to Quaybridge City Council for NCF-05 is held until 31 December 2136 and then reviewed; and`,
  `(d) delegates the award of round 2 grants, within the budget in (b) and up to ${gbp(BID_CAP)} a grant, to the Chair in consultation with the Vice-Chair and the Deputy Chair, to be decided by 5 October 2136 and reported to the meeting on 4 December 2136.`,
];
const ACTION = "Officers to proceed as directed. The Chair's decisions on round 2 awards to be published by 12 October 2136.";
const FIN = `The round 2 budget of ${gbp(ROUND2)} is made up of ${gbp(ROUND2_BASE)} from the 2136/37 programme budget (line EV-210) and ${gbp(NCF11)} returned from NCF-11. Round 1 awards now total ${gbp(TOT.award)}, of which ${gbp(TOT.paid)} had been paid at 30 June 2136. The round 1 contingency stands at ${gbp(CONTINGENCY_NOW)} after the NCF-06 variation. There are no other financial implications.`;
const LEGAL = "Paragraph 7.3 of the terms of reference allows the Task Group to delegate decisions on grants to the Chair in consultation with the Vice-Chair. The delegation in recommendation (d) is within it. Grants will be made under the revised round 2 grant agreement.";
const EQUAL = "An equality impact assessment of round 2 is attached as Appendix B. On-street residential charging is prioritised because households without off-street parking are more likely to be on lower incomes.";
const WALES = "None. The Fund is for councils in England.";

// the body, as the editor holds it: [tag, content]; tables as arrays of rows
const BODYP = [
  ["h2", "Background"],
  ["p", `1. This report sets out the position of the 14 round 1 schemes of the ${FUND} at 30 June 2136 (quarter 1), asks the Task Group to agree the budget for round 2, and asks it to decide how the round 2 grants will be awarded.`],
  ["h2", "Round 1 position"],
  ["p", `2. At 30 June 2136, ${c1["Complete"]} schemes were complete, ${c1["On track"]} on track, ${c1["Delayed"]} delayed and ${c1["At risk"]} at risk. NCF-11 (Thistlecombe Borough Council) was withdrawn on 14 May 2136 after the coach station site was sold. Table 1 compares the position with the end of March; the full tracker is Appendix A.`],
  ["table", "Table 1: Round 1 schemes by status", [["Status", "31 March 2136 (Q4)", "30 June 2136 (Q1)"], ...["Complete", "On track", "Delayed", "At risk", "Withdrawn"].map((k) => [k, String(c4[k] ?? 0), String(c1[k] ?? 0)]), ["Total", "14", "14"]]],
  ["p", `3. Round 1 awards now total ${gbp(TOT.award)}, of which ${gbp(TOT.paid)} had been paid at 30 June 2136. ${TOT.live} of the ${TOT.planned} sockets planned were live.`],
  ["p", `4. NCF-05 (Quaybridge City Council, ${gbp(S["NCF-05"].award)}) is at risk. The network operator's revised connection offer puts the substation upgrade in March 2137. Quaybridge have asked to re-phase the scheme rather than withdraw, but had not sent the revised delivery plan due by 31 July 2136. Nothing has been paid. We recommend holding the award until 31 December 2136 and reviewing it then (recommendation (c)).`],
  ["p", `5. The variation of ${gbp(NCF06_VARIATION)} to NCF-06 (Ravenscliffe), agreed on 12 June 2136 by ${VOTE.for} votes to ${VOTE.against} with ${VOTE.abstain} abstention, was met from the contingency, which now stands at ${gbp(CONTINGENCY_NOW)}.`],
  ["p", "6. NCF-08 (Durnholme) is delayed because its installer went into administration; the council is re-procuring. NCF-12 (Fernhollow) is at risk after highway consent was refused for two of its five streets."],
  ["h2", "Round 2"],
  ["p", `7. The round 2 prospectus was published on 10 July 2136 and bids closed at midday on 5 September 2136. We received ${BIDS_N} bids from ${BID_COUNCILS} councils asking for ${gbp(BIDS_SUM)} in total, ${(BIDS_SUM / ROUND2).toFixed(1)} times the budget.`],
  ["table", "Table 2: Round 2 bids received, by type", [["Type", "Bids", "Sum asked (£)"], ...BIDS.map((b) => [b.type, String(b.n), n0(b.sum)]), ["Total", String(BIDS_N), n0(BIDS_SUM)]]],
  ["p", `8. The budget for round 2 is ${gbp(ROUND2)}: ${gbp(ROUND2_BASE)} from the 2136/37 programme budget and the ${gbp(NCF11)} returned from NCF-11, which the Task Group agreed on 12 June 2136 to add to round 2.`],
  ["p", `9. The programme plan assumed that the Task Group would decide the round 2 awards at this meeting. Because bids closed on 5 September, there has not been time to assess and moderate ${BIDS_N} bids properly before the papers were published. We therefore propose (recommendation (d)) that the Task Group delegates the awards to the Chair, in consultation with the Vice-Chair and the Deputy Chair, to be decided by 5 October 2136, and that the awards are reported to the meeting on 4 December 2136.`],
  ["p", "10. As the Task Group asked on 12 June, rural schemes can score up to 15 points out of 100 for serving areas with no public charger within five miles."],
  ["p", "11. Subject to recommendation (d), the Chair's decisions will be published by 12 October 2136 and grant agreements issued by 26 October 2136."],
];
const APPX = [
  ["Appendix A – NCF round 1 tracker Q1.pdf", "212 KB", O.talia.display, "06/09/2136 09:12"],
  ["Appendix B – Round 2 equality impact assessment.docx", "88 KB", O.talia.display, "06/09/2136 09:14"],
];
const CLEAR = [
  ["Author", O.talia.display, "06/09/2136 11:02", "Submitted", "–"],
  ["Legal", `${O.rhiannon.display} (${O.rhiannon.post})`, "07/09/2136 09:40", "Cleared with changes", `Recommendation (d) reworded: the Deputy Chair added to the consultation, a deadline set and the ${gbp(BID_CAP)} cap stated. A grant over ${gbp(BID_CAP)} could not be delegated; none is proposed.`],
  ["Finance", `${O.gideon.display} (${O.gideon.post})`, "07/09/2136 14:15", "Cleared", `Round 2 budget confirmed against programme budget line EV-210. Contingency figure (${gbp(CONTINGENCY_NOW)}) checked.`],
  ["Director", `${O.emeka.display} (${O.emeka.post})`, "10/09/2136 10:05", "Cleared", "–"],
  ["Chair", `Cllr ${full("marchetti")}`, "–", "Awaiting", "Chair's briefing booked for 12/09/2136 10:00."],
];
const VERSIONS = [
  ["v4", "10/09/2136 15:31", O.talia.display, "Paragraph 4: Quaybridge's revised delivery plan not received by 31 July."],
  ["v3", "07/09/2136 14:11", O.gideon.display, "Financial implications: contingency figure corrected."],
  ["v2", "07/09/2136 09:38", O.rhiannon.display, "Recommendation (d) reworded."],
  ["v1", "06/09/2136 11:02", O.talia.display, "Created and submitted for clearance."],
];

// ------------------------------------------------------------------ page
const R = []; // rendering
const H = [];
const h = (s) => H.push(s);
const FILES = `./${REF} – Edit report – ReportFlow_files`;
h(`<!DOCTYPE html>`);
h(`<!-- saved from url=(0071)https://reportflow.local.gov.uk/reports/edit/${REF}?tab=report&stage=chair -->`);
h(`<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-token" content="f3b1c0e9a7d24b6c8e5f1a2d3c4b5a69">`);
h(`<title>${REF} – Edit report – ReportFlow</title>`);
h(`<link rel="stylesheet" href="${FILES}/bootstrap.min.css"><link rel="stylesheet" href="${FILES}/ckeditor5.css"><link rel="stylesheet" href="${FILES}/reportflow.css">`);
h(`<style>.rf-stepper{display:flex;list-style:none;padding:0}.rf-stepper li{flex:1;padding:6px;border-bottom:3px solid #ccc}.rf-stepper li.done{border-color:#2e7d32}.rf-stepper li.current{border-color:#1565c0;font-weight:700}.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.collapse:not(.show){display:none}.ck-tooltip{display:none}</style>`);
h(`<script src="${FILES}/jquery-3.7.1.min.js"></script><script src="${FILES}/bootstrap.bundle.min.js"></script><script src="${FILES}/ckeditor.js"></script>`);
h(`</head><body class="rf-app">`);
h(`<a class="visually-hidden-focusable" href="#main">Skip to main content</a>`);
h(`<header class="rf-header navbar navbar-dark bg-dark"><a class="navbar-brand" href="https://reportflow.local.gov.uk/">ReportFlow</a><nav aria-label="Main"><ul class="navbar-nav"><li><a href="https://reportflow.local.gov.uk/reports/mine">My reports</a></li><li><a href="https://reportflow.local.gov.uk/meetings">Meetings</a></li><li><a href="https://reportflow.local.gov.uk/forward-plan">Forward plan</a></li><li><a href="https://reportflow.local.gov.uk/due">Reports due</a></li></ul></nav><div class="rf-user">Signed in as ${esc(O.talia.display)} <a href="https://reportflow.local.gov.uk/signout">Sign out</a></div></header>`);
R.push("Skip to main content", "ReportFlow", "My reports", "Meetings", "Forward plan", "Reports due", `Signed in as ${O.talia.display} Sign out`);
h(`<main id="main" class="container-fluid"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://reportflow.local.gov.uk/">Home</a></li><li class="breadcrumb-item"><a href="https://reportflow.local.gov.uk/reports/mine">My reports</a></li><li class="breadcrumb-item active" aria-current="page">${REF}</li></ol></nav>`);
R.push(`Home › My reports › ${REF}`);
h(`<h1 class="h3">Edit report <small class="text-muted">${REF}</small></h1><p class="rf-saved text-muted">Last saved 10/09/2136 15:31 by ${esc(O.talia.display)} <span class="badge bg-primary">Chair's clearance</span></p>`);
R.push(`Edit report ${REF}`, `Last saved 10/09/2136 15:31 by ${O.talia.display} Chair's clearance`);
const STEPS = [["Draft", "done"], ["Legal", "done"], ["Finance", "done"], ["Director", "done"], ["Chair's clearance", "current"], ["Published", ""]];
h(`<ol class="rf-stepper" aria-label="Workflow">${STEPS.map(([s, c]) => `<li class="${c}"${c === "current" ? ' aria-current="step"' : ""}>${s}${c === "done" ? ' <span aria-hidden="true">✓</span>' : ""}</li>`).join("")}</ol>`);
R.push(STEPS.map(([s, c]) => s + (c === "done" ? " ✓" : "")).join(" | "));
h(`<form method="post" action="https://reportflow.local.gov.uk/reports/save/${REF}" id="reportForm" novalidate><input type="hidden" name="__RequestVerificationToken" value="CfDJ8Mq2xV0kL7pQ9r3T1uYw5zA8bE4cF6gH2jK0mN9oP1qR3sT5uV7wX9yZ"><input type="hidden" name="ReportId" value="41973"><input type="hidden" name="RowVersion" value="AAAAAAAAB9E=">`);
const fieldset = (legend) => { h(`<fieldset class="rf-section"><legend class="h5">${legend}</legend>`); R.push(legend); };
const endset = () => h(`</fieldset>`);
const group = (id, label, control, hint) => h(`<div class="mb-3 row"><label class="col-sm-3 col-form-label" for="${id}">${label}</label><div class="col-sm-9">${control}${hint ? `<div class="form-text">${hint}</div>` : ""}</div></div>`);
const input = (id, label, value, o = {}) => {
  group(id, label, `<input type="${o.type ?? "text"}" class="form-control${o.cls ? " " + o.cls : ""}" id="${id}" name="${id}" value="${esc(value)}"${o.readonly ? " readonly" : ""}${o.extra ?? ""}>`, o.hint);
  R.push(`${label} | ${value}`);
  if (o.hint) R.push(o.hint);
};
const select = (id, label, opts, chosen, o = {}) => {
  group(id, label, `<select class="form-select" id="${id}" name="${id}"${o.disabled ? " disabled" : ""}>${opts.map((x, i) => `<option value="${i + 1}"${x === chosen ? " selected" : ""}>${esc(x)}</option>`).join("")}</select>`, o.hint);
  R.push(`${label} | ${chosen}`);
  if (o.hint) R.push(o.hint);
};
const radios = (id, label, yes) => {
  h(`<div class="mb-3 row"><span class="col-sm-3 col-form-label" id="${id}-label">${label}</span><div class="col-sm-9" role="radiogroup" aria-labelledby="${id}-label">${["Yes", "No"].map((v) => `<div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="${id}" id="${id}-${v}" value="${v}"${(v === "Yes") === yes ? " checked" : ""}><label class="form-check-label" for="${id}-${v}">${v}</label></div>`).join("")}</div></div>`);
  R.push(`${label} | ${yes ? "◉ Yes ◯ No" : "◯ Yes ◉ No"}`);
};
const textarea = (id, label, lines, rows = 4) => {
  group(id, label, `<textarea class="form-control" id="${id}" name="${id}" rows="${rows}">${esc(lines.join("\n"))}</textarea>`);
  R.push(label, ...lines);
};

fieldset("Report details");
input("Reference", "Reference", REF, { readonly: true, cls: "form-control-plaintext" });
select("MeetingId", "Meeting", MEETING_OPTS, MEETING);
input("AgendaItem", "Agenda item", "5", { type: "number", extra: ' min="1" max="30"' });
input("Title", "Report title", TITLE);
select("Purpose", "Purpose of report", PURPOSES, "For decision");
radios("KeyDecision", "Is this a key decision?", true);
input("ForwardPlanRef", "Forward plan reference", "FP-EV-2136-07");
radios("Confidential", "Is this report confidential?", false);
select("ExemptParagraph", "Exempt paragraph (Schedule 12A)", EXEMPT, EXEMPT[0], { disabled: true });
select("LeadMemberId", "Lead member", MEMBERS.map(leadLabel), LEAD);
input("PublicationDate", "Publication date", "12/09/2136", { cls: "rf-datepicker", extra: ' autocomplete="off" placeholder="dd/mm/yyyy"', hint: "The date the agenda is published. Five clear working days before the meeting." });
endset();
fieldset("Contact officer");
input("ContactName", "Name", O.talia.name);
input("ContactPost", "Job title", O.talia.post);
input("ContactPhone", "Phone", O.talia.phone, { type: "tel" });
input("ContactEmail", "Email", O.talia.email, { type: "email" });
endset();
fieldset("Front sheet");
textarea("Summary", "Summary", [SUMMARY], 4);
textarea("Recommendations", "Recommendations", RECS, 7);
textarea("Action", "Action", [ACTION], 2);
endset();
fieldset("Implications");
textarea("FinancialImplications", "Financial implications", [FIN], 4);
textarea("LegalImplications", "Legal implications", [LEGAL], 3);
textarea("EqualitiesImplications", "Equalities implications", [EQUAL], 3);
textarea("WalesImplications", "Implications for Wales", [WALES], 1);
endset();

// the editor: the original textarea (hidden, escaped) and the editable area
const bodyHtml = BODYP.map(([t, a, b]) => t === "table"
  ? `<figure class="table"><table><caption>${esc(a)}</caption><thead><tr>${b[0].map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>${b.slice(1).map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table></figure>`
  : `<${t}>${esc(a)}</${t}>`).join("");
fieldset("Report");
h(`<label class="form-label" for="Body">Body of report</label>`);
R.push("Body of report");
h(`<textarea id="Body" name="Body" style="display:none">${esc(bodyHtml)}</textarea>`);
const TOOL = ["Heading", "Bold", "Italic", "Bulleted List", "Numbered List", "Insert table", "Link", "Undo", "Redo"];
h(`<div class="ck ck-reset ck-editor ck-rounded-corners" role="application" dir="ltr" lang="en" aria-labelledby="ck-editor__label_e8f2"><label class="ck ck-label ck-voice-label" id="ck-editor__label_e8f2">Rich Text Editor</label><div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-sticky-panel"><div class="ck ck-toolbar" role="toolbar" aria-label="Editor toolbar"><div class="ck ck-toolbar__items">${TOOL.map((t) => `<button class="ck ck-button" type="button" tabindex="-1" aria-label="${t}"><svg class="ck ck-icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 2v16"/></svg><span class="ck ck-tooltip ck-tooltip_s"><span class="ck ck-tooltip__text">${t}</span></span><span class="ck ck-button__label visually-hidden">${t}</span></button>`).join("")}</div></div></div></div>`);
h(`<div class="ck ck-editor__main" role="presentation"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" lang="en" dir="ltr" role="textbox" aria-label="Rich Text Editor. Editing area: main" contenteditable="true">${bodyHtml}</div></div></div>`);
for (const [t, a, b] of BODYP) { if (t === "table") { R.push(a, ...b.map((r) => r.join(" | "))); } else R.push(a); }
const words = BODYP.map(([t, a, b]) => (t === "table" ? [a, ...b.flat()].join(" ") : a)).join(" ").split(/\s+/).length;
h(`<div class="ck-word-count text-muted small">Words: ${words}</div>`);
R.push(`Words: ${words}`);
endset();

fieldset("Appendices");
h(`<table class="table table-sm"><thead><tr><th>File</th><th>Size</th><th>Uploaded by</th><th>Uploaded</th><th><span class="visually-hidden">Actions</span></th></tr></thead><tbody>${APPX.map((r) => `<tr>${r.map((c, i) => `<td>${i === 0 ? `<a href="https://reportflow.local.gov.uk/files/${REF}/${i}">${esc(c)}</a>` : esc(c)}</td>`).join("")}<td><button type="button" class="btn btn-link btn-sm">Remove</button></td></tr>`).join("")}</tbody></table><button type="button" class="btn btn-outline-secondary btn-sm">Add appendix</button>`);
R.push("File | Size | Uploaded by | Uploaded", ...APPX.map((r) => r.join(" | ") + " | Remove"), "Add appendix");
endset();

fieldset("Clearance");
h(`<table class="table table-bordered rf-clearance"><thead><tr><th scope="col">Stage</th><th scope="col">Cleared by</th><th scope="col">Date</th><th scope="col">Outcome</th><th scope="col">Comments</th></tr></thead><tbody>${CLEAR.map((r) => `<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((c, i) => `<td>${i === 2 ? `<span class="badge ${c === "Awaiting" ? "bg-warning text-dark" : c === "Submitted" ? "bg-secondary" : "bg-success"}">${esc(c)}</span>` : esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`);
R.push("Stage | Cleared by | Date | Outcome | Comments", ...CLEAR.map((r) => r.join(" | ")));
endset();

h(`<p><a class="rf-toggle" data-bs-toggle="collapse" href="#versions" role="button" aria-expanded="false" aria-controls="versions">Version history (${VERSIONS.length})</a></p><div class="collapse" id="versions"><table class="table table-sm"><thead><tr><th>Version</th><th>Saved</th><th>By</th><th>Change note</th></tr></thead><tbody>${VERSIONS.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table></div>`);
R.push(`Version history (${VERSIONS.length})`);
h(`<div class="rf-actions"><button type="submit" class="btn btn-primary" name="action" value="save">Save draft</button> <button type="button" class="btn btn-secondary" disabled>Submit for clearance</button> <a class="btn btn-outline-secondary" href="https://reportflow.local.gov.uk/reports/export/${REF}?format=docx">Download as Word</a> <button type="button" class="btn btn-outline-danger">Withdraw report</button></div></form></main>`);
R.push("Save draft", "Submit for clearance", "Download as Word", "Withdraw report");
h(`<div class="modal fade" id="sessionTimeout" tabindex="-1" aria-hidden="true" style="display:none"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h2 class="modal-title h5">Your session is about to end</h2></div><div class="modal-body"><p>You will be signed out in 2 minutes. Any changes you have not saved will be lost.</p></div><div class="modal-footer"><button type="button" class="btn btn-primary">Stay signed in</button></div></div></div></div>`);
h(`<footer class="rf-footer text-muted small">ReportFlow 6.4.2 © Meridian Civic Software · <a href="https://reportflow.local.gov.uk/help">Help</a> · <a href="https://reportflow.local.gov.uk/accessibility">Accessibility</a></footer>`);
R.push("ReportFlow 6.4.2 © Meridian Civic Software · Help · Accessibility");
h(`<script>ClassicEditor.create(document.querySelector('#Body'),{toolbar:['heading','bold','italic','bulletedList','numberedList','insertTable','link','undo','redo']}).catch(console.error);$('.rf-datepicker').datepicker({format:'dd/mm/yyyy'});</script>`);
h(`</body></html>`);
writeFileSync(join(root, "docs", FILE), H.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${words} words in the body)`);
