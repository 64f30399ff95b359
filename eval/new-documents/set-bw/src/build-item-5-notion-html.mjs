// Builds docs/certg-item-5-cef-round-2-awards-2371-12-15-notion.html and its rendering in text/.
// Layout: A NOTION PAGE EXPORTED AS HTML ("Export > HTML", page only, unzipped), the item 5 paper for the
// meeting of 15 December 2371, written and kept in the Programme Manager's Notion workspace. Notion's
// export markup: one <article class="page sans">, Notion's long embedded <style> block (its first line
// "/* cspell:disable-file */"), a page icon, the title, then THE FRONT SHEET AS THE PAGE'S PROPERTIES
// TABLE (<table class="properties">, a row per property with an SVG icon in the <th>): a date as
// "@December 15, 2371" (Notion's US-style date, "@" included), a number, a SELECT WHOSE MEANING IS ONLY
// ITS COLOUR CLASS ("select-value-color-green"), TWO CHECKBOXES THAT ARE EMPTY <div>s WHOSE STATE IS ONLY
// A CLASS ("checkbox checkbox-on" / "checkbox-off", no text), a person (an avatar <img> without alt and
// the name), the job title as text, a phone number and an e-mail as links, a multi-select, "Last edited
// time" as "December 1, 2371 4:12 PM". Then the page body as Notion blocks, each with its id: headings,
// paragraphs, the recommendations as typed "(a)" … "(e)" paragraphs, A CALLOUT (<figure class="callout">
// with an emoji icon) for the declarations, A TOGGLE (<details> inside <ul class="toggle">) holding the
// scoring criteria, and AN INLINE DATABASE (<table class="collection-content">) of the seven bids whose
// title cells are links to sub-pages that were not exported, the panel's recommendation a coloured select
// ("Award" green, "Award (conditional)" yellow, "Award (reduced)" orange, "Decline" red), money as
// Notion's pound format. No key says what the select colours mean; the words do.
// Rendering: the title; each property as "Name | value" (a checkbox property as its name alone, since it
// has no text); then each heading, paragraph, callout, toggle summary and content, and database row
// (cells " | ") a line; the style block, icons and block ids left out.
// Synthetic test fixture: every person, council, scheme, figure and decision is invented.
//   node src/build-item-5-notion-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, FUND, OFFICERS as O, P, cllr, BIDS, ROUND2, ASKED, AWARDED, LEFT, THRESHOLD, PANEL, gbp } from "./common.mjs";

const FILE = DOCS.notion;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const h = [], out = [];
const H = (s) => h.push(s);
let seq = 0;
const bid = () => { seq++; const x = (0x1a2b3c4d + seq * 7919).toString(16); return `${x.slice(0, 8)}-7d3e-80${String(seq).padStart(2, "0")}-9a1c-e04b5f2${String(seq).padStart(5, "0")}`; };
const TITLE = `Item 5 – ${FUND} round 2: recommended awards`;
const ICON = {
  date: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesCalendar" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M3.29688 14.4561H12.7031C14.1797 14.4561 14.9453 13.6904 14.9453 12.2344V3.91504C14.9453 2.45215 14.1797 1.69336 12.7031 1.69336H3.29688C1.82031 1.69336 1.05469 2.45215 1.05469 3.91504V12.2344Z"></path></svg>`,
  number: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesNumber" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M2.4834 10.9902H4.33594L3.75488 13.8887Z"></path></svg>`,
  select: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesSelect" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445Z"></path></svg>`,
  checkbox: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesCheckbox" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M3.85742 14.4561H12.1357Z"></path></svg>`,
  person: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesPerson" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M10.9536 7.90088Z"></path></svg>`,
  text: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesText" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M1.56738 3.25879H14.4258Z"></path></svg>`,
  phone: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesPhoneNumber" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M11.8779 14.9963Z"></path></svg>`,
  email: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesEmail" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M2.5 3.5H13.5Z"></path></svg>`,
  multi: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesMultipleSelect" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M1.91602 4.83789Z"></path></svg>`,
  edited: `<svg role="graphics-symbol" viewBox="0 0 16 16" class="typesLastEditedTime" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0"><path d="M8 15.126Z"></path></svg>`,
};
const icon = (k) => `<span class="icon property-icon">${ICON[k]}</span>`;

H(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>${esc(TITLE)}</title><style>
/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html {
	-webkit-print-color-adjust: exact;
}
* {
	box-sizing: border-box;
	-webkit-print-color-adjust: exact;
}

html,
body {
	margin: 0;
	padding: 0;
}
@media only screen {
	body {
		margin: 2em auto;
		max-width: 900px;
		color: rgb(55, 53, 47);
	}
}
body {
	line-height: 1.5;
	white-space: pre-wrap;
}
table, th, td {
	border: 1px solid rgba(55, 53, 47, 0.09);
	border-collapse: collapse;
}
.page-title { font-size: 2.5rem; font-weight: 700; margin-top: 0; margin-bottom: 0.75em; }
.properties { font-size: 0.875rem; }
.properties th { color: rgba(55, 53, 47, 0.6); text-align: left; font-weight: normal; }
.callout { border-radius: 4px; padding: 1rem; }
.checkbox { display: inline-flex; vertical-align: text-bottom; width: 16; height: 16; background-size: 16px; margin-left: 2px; margin-right: 5px; }
.checkbox-on { background-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20width%3D%2216%22%20height%3D%2216%22%20fill%3D%22%2358A9D7%22%2F%3E%0A%3C%2Fsvg%3E"); }
.checkbox-off { background-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20x%3D%220.75%22%20y%3D%220.75%22%20width%3D%2214.5%22%20height%3D%2214.5%22%20fill%3D%22white%22%20stroke%3D%22%2336352F%22%20stroke-width%3D%221.5%22%2F%3E%0A%3C%2Fsvg%3E"); }
.selected-value { display: inline-block; padding: 0 0.5em; background: rgba(206, 205, 202, 0.5); border-radius: 3px; margin-right: 0.5em; }
.select-value-color-green { background-color: rgba(123, 183, 129, 0.27); }
.select-value-color-yellow { background-color: rgba(254, 212, 164, 0.5); }
.select-value-color-orange { background-color: rgba(245, 93, 0, 0.2); }
.select-value-color-red { background-color: rgba(244, 171, 159, 0.4); }
.select-value-color-blue { background-color: rgba(93, 165, 206, 0.27); }
.select-value-color-gray { background-color: rgba(151, 154, 155, 0.25); }
.user-icon { width: 1.5em; height: 1.5em; border-radius: 100%; margin-right: 0.5rem; }
.collection-content td { white-space: pre-wrap; word-break: break-word; }
.block-color-gray_background { background: rgba(241, 241, 239, 1); }
.block-color-yellow_background { background: rgba(251, 243, 219, 1); }
</style></head><body><article id="${bid()}" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">⚡</span></div><h1 class="page-title">${esc(TITLE)}</h1><p class="page-description"></p><table class="properties"><tbody>`);
out.push(TITLE);
const prop = (kind, name, cell, text) => {
  H(`<tr class="property-row property-row-${kind}"><th>${icon(kind === "created_time" ? "edited" : kind === "multi_select" ? "multi" : kind === "phone_number" ? "phone" : kind)}${esc(name)}</th><td>${cell}</td></tr>`);
  out.push(text === "" ? name : `${name} | ${text}`);
};
prop("date", "Meeting", `<time>@December 15, 2371</time>`, "@December 15, 2371");
prop("number", "Agenda item", `5`, "5");
prop("select", "Status", `<span class="selected-value select-value-color-green">Published</span>`, "Published");
prop("checkbox", "Key decision", `<div class="checkbox checkbox-on"></div>`, "");
prop("checkbox", "Exempt", `<div class="checkbox checkbox-off"></div>`, "");
prop("person", "Contact officer", `<span class="user"><img src="https://s3-us-west-2.amazonaws.com/public.notion-static.com/8a1f2c3e/af.png" class="icon user-icon"/>${esc(O.af.name)}</span>`, O.af.name);
prop("text", "Job title", esc(O.af.post), O.af.post);
prop("phone", "Phone", `<a href="tel:${O.af.phone.replace(/ /g, "")}" class="phone-number">${O.af.phone}</a>`, O.af.phone);
prop("email", "Email", `<a href="mailto:${O.af.email}">${O.af.email}</a>`, O.af.email);
prop("multi_select", "Tags", `<span class="selected-value select-value-color-blue">${FUND}</span><span class="selected-value select-value-color-gray">Grants</span><span class="selected-value select-value-color-yellow">Forward plan</span>`, `${FUND} Grants Forward plan`);
prop("created_time", "Last edited time", `<time>@December 1, 2371 4:12 PM</time>`, "@December 1, 2371 4:12 PM");
H(`</tbody></table></header><div class="page-body">`);

const h2 = (t) => { H(`<h2 id="${bid()}" class="">${esc(t)}</h2>`); out.push(t); };
const p = (t) => { H(`<p id="${bid()}" class="">${esc(t)}</p>`); out.push(t); };
h2("Purpose");
p(`To agree the round 2 awards of the ${FUND}, on the recommendation of the assessment panel.`);
h2("Summary");
p(`Round 2 (${gbp(ROUND2)}) closed on 15 October 2371 with seven bids asking for ${gbp(ASKED)}. The assessment panel recommends five awards totalling ${gbp(AWARDED)}, one of them reduced and one conditional, and that two bids scoring below the pass mark of ${THRESHOLD} are declined. ${gbp(LEFT)} would be carried into round 3.`);
h2("Recommendations");
p("That the Task Group:");
const award = (ref) => BIDS.find((b) => b.ref === ref);
p(`(a) agrees awards to five schemes totalling ${gbp(AWARDED)}, as set out in the Round 2 bids table: CEF2-01, CEF2-02, CEF2-04, CEF2-05 and CEF2-07;`);
p(`(b) agrees that CEF2-05 (${award("CEF2-05").applicant}) is awarded ${gbp(award("CEF2-05").award)} of the ${gbp(award("CEF2-05").asked)} asked, for the advice hub's first year only;`);
p(`(c) makes the award to CEF2-04 (${award("CEF2-04").applicant}) conditional on a grid connection offer from the network operator by 31 March 2372, failing which the ${gbp(award("CEF2-04").award)} returns to the Fund;`);
p(`(d) declines CEF2-03 and CEF2-06, which scored below the pass mark of ${THRESHOLD}, and invites both to apply to round 3;`);
p(`(e) carries the balance of ${gbp(LEFT)} into round 3, which opens in April 2372.`);
{
  const t = `Declarations of interest: ${cllr("onyekachi")} (a member of the Lowmarsh Community Energy Co-operative, CEF2-02) and ${cllr("pembury")} (Elmscarr Borough Council, CEF2-06) declared interests on 20 October and will leave the room for this item. ${cllr("callaghan")}, Deputy Chair, presents the panel's recommendations in place of the lead member for community energy.`;
  H(`<figure class="block-color-yellow_background callout" style="white-space:pre-wrap;display:flex" id="${bid()}"><div style="font-size:1.5em"><span class="icon">⚠️</span></div><div style="width:100%">${esc(t)}</div></figure>`);
  out.push(t);
}
h2("Background");
p(`Round 1 awarded £300,000 to four schemes in June 2371. Round 2 opened on 1 September and closed on 15 October 2371. The assessment panel (${PANEL.map(cllr).slice(0, 2).join(", ")} and ${cllr(PANEL[2])}) scored the bids on 17 November 2371.`);
{
  const sum = "How the bids were scored";
  const lines = [
    "Carbon saved 30 · Community benefit 25 · Deliverability 25 · Value for money 20 (total 100).",
    `Pass mark: ${THRESHOLD}. Bids at or above the pass mark are recommended in score order until the round's money is used; the panel may recommend a reduced award.`,
  ];
  H(`<ul id="${bid()}" class="toggle"><li><details open=""><summary>${esc(sum)}</summary>${lines.map((l) => `<p id="${bid()}" class="">${esc(l)}</p>`).join("")}</details></li></ul>`);
  out.push(sum, ...lines);
}
// inline database
H(`<div id="${bid()}" class="collection-content"><h4 class="collection-title">Round 2 bids</h4><table class="collection-content"><thead><tr>`);
out.push("Round 2 bids");
const COLS = [["text", "Bid"], ["text", "Applicant"], ["text", "Project"], ["number", "Asked"], ["number", "Score"], ["select", "Panel recommendation"], ["number", "Recommended award"], ["text", "Panel note"]];
H(COLS.map(([k, n]) => `<th>${icon(k)}${esc(n)}</th>`).join("") + `</tr></thead><tbody>`);
out.push(COLS.map(([, n]) => n).join(" | "));
const NOTES = {
  "CEF2-01": "Strongest carbon case; roofs of all nine schools surveyed",
  "CEF2-02": "Battery supplier's quote held to 31 January",
  "CEF2-03": "Feasibility only: no carbon saved until a later phase",
  "CEF2-04": "No grid connection offer yet – see recommendation (c)",
  "CEF2-05": "Second-year costs not evidenced; award for year 1",
  "CEF2-06": "Low community benefit; the council could fund it from capital",
  "CEF2-07": "Good value; volunteers already recruited in two wards",
};
for (const b of BIDS) {
  const cells = [
    `<td class="cell-title"><a href="Round%202%20bids%20${b.ref.replace(/-/g, "")}/${b.ref}%20${encodeURIComponent(b.applicant.split(" (")[0]).replace(/%20/g, "%20")}%20e0c4${b.score}a1f.html">${esc(b.ref)}</a></td>`,
    `<td>${esc(b.applicant)}</td>`,
    `<td>${esc(b.project)}</td>`,
    `<td>${gbp(b.asked)}</td>`,
    `<td>${b.score}</td>`,
    `<td><span class="selected-value select-value-color-${b.colour}">${esc(b.rec)}</span></td>`,
    `<td>${gbp(b.award)}</td>`,
    `<td>${esc(NOTES[b.ref])}</td>`,
  ];
  H(`<tr id="${bid()}">${cells.join("")}</tr>`);
  out.push([b.ref, b.applicant, b.project, gbp(b.asked), b.score, b.rec, gbp(b.award), NOTES[b.ref]].join(" | "));
}
H(`</tbody></table><br/><br/></div>`);
h2("Financial implications");
p(`The round 2 allocation is ${gbp(ROUND2)} in the 2371/72 budget (${FUND} – round 2). The recommended awards total ${gbp(AWARDED)}, leaving ${gbp(LEFT)} for round 3. Grants are paid in two instalments: 70% when the grant agreement is signed and 30% on completion.`);
h2("Risks");
p("Risk CER-04 (round 2 schemes fail to secure their match funding) is rated High on the programme risk register. The condition in recommendation (c) and payment in two instalments reduce it.");
h2("Key decision");
p("The awards total more than £250,000, so this is a key decision. It was published in the forward plan on 10 November 2371. The paper is not exempt.");
h2("Next steps");
p("Grant agreements will be issued by 14 January 2372 and first payments made in February 2372.");
H(`</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>`);

writeFileSync(join(root, "docs", FILE), h.join("") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
