// Builds docs/hdmtg-agenda-and-reports-2197-12-13.txt and its rendering.
// The agenda pack for 13 December 2197 as the TEXT VERSION that a document library generates from the published
// PDF with `pdftotext -layout` (poppler): the page's layout kept with spaces, every page ended by a form feed,
// the running header and the page number in the text, and nothing else to mark structure. So:
//  - text set in TWO COLUMNS comes out side by side: each printed line holds a line of the left column, a
//    gap of spaces, and the line of the right column at the same height – a sentence of the left column
//    continues on the next printed line, after the right column's words;
//  - the cover's membership and the minutes' attendance lists are two lists side by side;
//  - tables have no rules: cells are runs of text aligned by spaces, a cell that wraps continues on the next
//    printed line in its own column with the other columns empty, header cells wrap ("Target" over
//    "2197/98"), and nothing but the alignment says where a row ends;
//  - front sheets are a label at the left margin and its value indented to a column, wrapping there.
// Contents: cover with the membership 2197/98 in two columns; agenda (a table); draft minutes of 20 September
// 2197 (attendance in two lists, numbered paragraphs, RESOLVED, an actions table); item 4, performance at
// quarter 2 (front sheet, two-column body, Table 1 of eight measures with Q1 and Q2 ratings, Table 2 budget);
// item 5, Damp Remediation Fund round 1 (front sheet, two-column body, Table 3 of nine bids).
// Rendering (text/): the reading order – each paragraph, list item or front-sheet entry a line ("label |
// value"), the left column before the right, a table row's cells joined by " | "; running headers, page
// numbers and form feeds left out.
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, BODY, P, MEMBERS, SUBS, OFFICERS, MEASURES, BUDGET, BUDGET_TOTAL, SPENT_TOTAL, FORECAST_TOTAL, BIDS, ASKED, AWARDED, LEFT, ROUND1, THRESHOLD, CHAIR_LIMIT, MAX_AWARD, MIN_AWARD, ACTIONS, PRESENT, SUB, APOLOGIES, MEETINGS, TVP_CHAIR, VOTE_REF, num, gbp } from "./common.mjs";

const W = 104;
const pages = [];
let L = []; // current page's lines
const R = []; // rendering
const O = OFFICERS;
const cl = (k) => `Cllr ${P[k].fore} ${P[k].sur}`;

const wrap = (text, width) => {
  const out = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && (cur + " " + w).length > width) { out.push(cur); cur = w; } else cur = cur ? cur + " " + w : w;
  }
  if (cur) out.push(cur);
  return out;
};
const pad = (s, n) => s + " ".repeat(Math.max(0, n - s.length));
const blank = (n = 1) => { for (let i = 0; i < n; i++) L.push(""); };
function newPage() {
  if (L.length) pages.push(L);
  L = [];
  L.push(pad(BODY, W - 16) + "13 December 2197");
  L.push("");
}
// a full-width paragraph; hang: indent of the continuation lines
function para(text, { indent = 0, hang = 0, render = true, width = W } = {}) {
  const first = wrap(text, width - indent);
  const firstLine = first[0];
  const rest = wrap(text.slice(firstLine.length + 1), width - indent - hang);
  L.push(" ".repeat(indent) + firstLine);
  for (const r of text.length > firstLine.length ? rest : []) L.push(" ".repeat(indent + hang) + r);
  if (render) R.push(text);
}
// a front-sheet entry: the label at the margin, its value in a column
function entry(label, value, labW = 30) {
  const vs = wrap(value, W - labW);
  const ls = wrap(label, labW - 3);
  for (let i = 0; i < Math.max(vs.length, ls.length); i++) L.push(pad(ls[i] ?? "", labW) + (vs[i] ?? ""));
  R.push(`${label} | ${value}`);
}
// two columns side by side; items: {text, hang} (a paragraph) or null (a blank line)
function columns(left, right, { colW = 48, gap = 8 } = {}) {
  const lay = (items) => {
    const out = [];
    for (const it of items) {
      if (!it) { out.push(""); continue; }
      const hang = it.hang ?? 0, ind = it.indent ?? 0;
      const first = wrap(it.text, colW - ind)[0];
      out.push(" ".repeat(ind) + first);
      const rest = it.text.length > first.length ? wrap(it.text.slice(first.length + 1), colW - ind - hang) : [];
      for (const r of rest) out.push(" ".repeat(ind + hang) + r);
    }
    return out;
  };
  const a = lay(left), b = lay(right);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i] ?? "", r = b[i] ?? "";
    L.push(r ? pad(l, colW + gap) + r : l);
  }
  for (const it of [...left, ...right]) if (it && it.render !== false) R.push(it.render ?? it.text);
}
// a table without rules: cells wrapped in their columns, separated by spaces
function table(widths, head, rows, { gap = 2, headRender } = {}) {
  const lay = (cells) => {
    const wrapped = cells.map((c, i) => (c ? wrap(String(c), widths[i]) : []));
    const h = Math.max(1, ...wrapped.map((w) => w.length));
    for (let j = 0; j < h; j++) {
      let line = "";
      wrapped.forEach((w, i) => { line = pad(line, widths.slice(0, i).reduce((t, x) => t + x + gap, 0)) + (w[j] ?? ""); });
      L.push(line.replace(/\s+$/, ""));
    }
  };
  lay(head);
  L.push("");
  R.push(headRender ?? head.join(" | "));
  for (const r of rows) {
    lay(r);
    R.push(r.filter((c) => c !== "" && c != null).join(" | "));
  }
}

// ------------------------------------------------------------------ page 1: cover and membership
L = [];
L.push(pad("", 70) + "Local Government Association");
L.push(pad("", 70) + "18 Smith Square, London SW1P 3HZ");
blank(3);
para(BODY);
blank();
para("Agenda");
blank(2);
entry("Date", MEETINGS[2].date);
entry("Time", "10.30am");
entry("Venue", "Room 2.4, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams");
entry("Published", "Tuesday 5 December 2197");
entry("Contact", `${O.ambrose.name}, ${O.ambrose.post}, ${O.ambrose.phone}, ${O.ambrose.email}`);
entry("Quorum", "Four members");
blank(2);
para("Membership 2197/98");
blank();
const memberItem = (p) => ({ text: `${cl(p.k)}${["Chair", "Vice-Chair", "Deputy Chair"].includes(p.role) ? ` (${p.role})` : ""}, ${p.council}`, hang: 2 });
const byGroup = (g) => MEMBERS.filter((p) => p.group === g);
const leftM = [], rightM = [];
for (const [g, side] of [["Conservative", leftM], ["Labour", leftM], ["Liberal Democrat", rightM], ["Independent", rightM], ["Green Party", rightM]]) {
  const ms = byGroup(g).sort((a, b) => (a.role === "Member") - (b.role === "Member"));
  side.push({ text: `${g} (${ms.length})` });
  for (const p of ms) side.push(memberItem(p));
  side.push(null);
}
rightM.push({ text: "Named substitutes" });
for (const p of SUBS) rightM.push({ text: `${cl(p.k)} (${p.group}), ${p.council}`, hang: 2 });
// the membership list is set one name a line, the council on the next line (a line break, not a wrap)
const split = (items) => items.flatMap((it) => (it && it.text.includes(", ") && it.hang ? [{ text: it.text.split(", ")[0], render: it.text }, { text: it.text.split(", ").slice(1).join(", "), indent: 2, render: false }] : [it]));
columns(split(leftM), split(rightM), { colW: 46, gap: 10 });
blank();
para(`Cllr ${P.ashdown.fore} ${P.ashdown.sur} replaced Cllr ${P.umberleigh.fore} ${P.umberleigh.sur} from 1 September 2197.`);

// ------------------------------------------------------------------ page 2: agenda
newPage();
para("Agenda");
blank();
table([5, 52, 26, 12], ["Item", "Title", "Lead", "For"], [
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Chair", ""],
  ["2", "Minutes of the meeting held on 20 September 2197 and actions (page 3)", "Chair", "Approval"],
  ["3", "What tenants told us: the Tenant Voice Panel's first findings (presentation)", `${TVP_CHAIR}, Chair of the Tenant Voice Panel`, "Discussion"],
  ["4", "Healthy Homes Programme: performance at quarter 2 2197/98 (page 5)", O.tobias.name, "Discussion"],
  ["5", "Damp Remediation Fund round 1: recommended awards (page 8)", O.ngozi.name, "Decision"],
  ["6", "Independent evaluation: procurement update (oral report)", O.harriet.name, "Information"],
  ["7", `Response to the hazard response timescales consultation: decision taken by e-mail (${VOTE_REF})`, "Chair", "Information"],
  ["8", "Any other business", "Chair", ""],
]);
blank();
para("Item 5 is a key decision. Members whose councils have bid to the Damp Remediation Fund should declare an interest under item 1.");
blank();
entry("Date of next meeting", `${MEETINGS[3].date}, 10.30am, Room 2.4, 18 Smith Square`);

// ------------------------------------------------------------------ pages 3-4: draft minutes of 20 September 2197
newPage();
para(BODY);
para(`Minutes of the meeting held on ${MEETINGS[1].date}`);
para("DRAFT - for approval at the meeting on 13 December 2197");
blank();
const role = (k) => (["Chair", "Vice-Chair", "Deputy Chair"].includes(P[k].role) ? ` (${P[k].role})` : "");
columns(
  [{ text: "Present:" }, ...PRESENT.map((k) => ({ text: `${cl(k)}${role(k)}` })), null, { text: "Substitute:" }, { text: `${cl(SUB.k)} (for ${cl(SUB.for)})`, hang: 2 }, null, { text: "Apologies:" }, ...APOLOGIES.map((k) => ({ text: cl(k) }))],
  [{ text: "Officers:" }, ...["cressida", "tobias", "ngozi", "fenella", "ambrose"].map((k) => ({ text: `${O[k].name}, ${O[k].post}`, hang: 2 }))],
  { colW: 46, gap: 10 },
);
blank();
const num_ = (n, t) => para(`${n} ${t}`, { hang: n.length + 1 });
para("1 Welcome, apologies and declarations of interest");
num_("1.1", `The Chair welcomed Cllr ${P.ashdown.fore} ${P.ashdown.sur} to his first meeting. He replaced Cllr ${P.umberleigh.fore} ${P.umberleigh.sur}, who stood down from the Task Group on ${P.umberleigh.left}.`);
num_("1.2", `Apologies were received from ${cl("osei")}, for whom ${cl("makinwa")} substituted, and from ${cl("istead")}.`);
num_("1.3", `${cl("thirlaway")} declared a non-pecuniary interest in item 6 as a board member of Tarnholme Homes, whose homes are in the humidity sensor pilot. ${cl("lidstone")} declared a non-pecuniary interest in item 3 as a housing association tenant.`);
blank();
para("2 Minutes of the meeting held on 14 June 2197");
num_("2.1", "The minutes of the meeting held on 14 June 2197 were agreed as a correct record.");
blank();
para("3 Baseline survey of damp and mould cases");
num_("3.1", `${O.ngozi.name} presented the baseline survey. All 14 councils returned data: at 31 March 2197 they had 41,300 open damp and mould cases, 6,850 of them Category 1 hazards, and took a median of 34 working days to complete remediation.`);
num_("3.2", "Members asked for a common data standard so that every council counts cases in the same way.");
num_("3.3", "RESOLVED that the Task Group (a) notes the baseline survey and (b) asks officers to draft a common data standard for damp and mould case records by January 2198.");
blank();
para("4 Healthy Homes Programme: performance at quarter 1");
num_("4.1", `${O.tobias.name} reported that at quarter 1 two measures were Green, four Amber and one Red, and one (DMP-07, humidity sensors) was not yet due.`);
num_("4.2", "Members asked for tenant satisfaction (DMP-05) to be broken down by council in the quarter 2 report.");
num_("4.3", "Members noted that councils are funding damp and mould work from their housing revenue accounts without new burdens funding. The Chair agreed to write to the Minister for Housing.");
num_("4.4", "RESOLVED that the Task Group notes performance at quarter 1.");
newPage();
para("5 Independent evaluation of the programme");
num_("5.1", `${O.tobias.name} introduced the draft specification for an independent evaluation of the Damp Remediation Fund and the Healthy Homes Programme.`);
num_("5.2", "RESOLVED that the Task Group:");
para("(a) agrees the specification for the independent evaluation;", { indent: 4, hang: 4 });
para("(b) agrees a budget of up to £180,000 over two years (£60,000 in 2197/98 and £120,000 in 2198/99);", { indent: 4, hang: 4 });
para("(c) asks officers to tender the contract by open procedure on Find a Tender;", { indent: 4, hang: 4 });
para("(d) delegates the award of the contract to the Head of Housing and Planning after consulting the Chair and Vice-Chair.", { indent: 4, hang: 4 });
blank();
para("6 Humidity sensor pilot");
num_("6.1", `${O.ngozi.name} reported that the supplier had delivered only 600 of the first 1,500 sensors, so the pilot would be well behind its profile at 30 September.`);
num_("6.2", "RESOLVED that officers bring a recovery plan for the pilot to the December meeting.");
blank();
para("7 Any other business");
num_("7.1", `${O.fenella.name} reported that 14 tenants had joined the Tenant Voice Panel so far. Members asked for its draft terms of reference at the December meeting.`);
num_("7.2", "Members asked officers to invite the Housing Ombudsman's office to a future meeting, and to confirm Tarnholme's baseline data return, which was missing one housing area.");
blank();
para("8 Date of next meeting");
num_("8.1", `${MEETINGS[2].date} at 10.30am.`);
blank();
para("The meeting started at 10.30am and ended at 12.40pm.");
blank();
para("Actions");
blank();
const dmy = (iso) => iso.split("-").reverse().join("/");
table([7, 58, 26, 11], ["Ref", "Action", "Owner", "Due"], ACTIONS.map((a) => [a.ref, `${a.action} (minute ${a.min})`, O[a.owner].name, dmy(a.due)]));

// ------------------------------------------------------------------ pages 5-7: item 4
newPage();
para("Item 4");
blank();
para("Healthy Homes Programme: performance at quarter 2 2197/98");
blank();
entry("Purpose of report", "For discussion.");
entry("Summary", "This report sets out the programme's eight measures at quarter 2 (30 September 2197), a recovery plan for the humidity sensor pilot and the programme budget for 2197/98.");
entry("Is this report confidential?", "No.");
entry("Recommendations", "That the Task Group: (a) notes performance at quarter 2; (b) agrees the recovery plan for the humidity sensor pilot in paragraph 9; (c) notes that £55,000 of the evaluation budget moves to 2198/99.");
entry("Contact officer", O.tobias.name);
entry("Position", O.tobias.post);
entry("Phone", O.tobias.phone);
entry("Email", O.tobias.email);
blank(2);
columns(
  [
    { text: "Background" },
    { text: "1. The Healthy Homes Programme 2197–99 runs with 14 councils to reduce damp and mould in social housing. Its eight measures (DMP-01 to DMP-08) are reported to the Task Group every quarter.", hang: 3 },
    null,
    { text: "2. At quarter 2 two measures are Red, three Amber, two Green and one Achieved (Table 1). Three measures are rated worse than at quarter 1 (DMP-01, DMP-02 and DMP-05) and three better (DMP-04, DMP-06 and DMP-08).", hang: 3 },
    null,
    { text: "3. All 14 councils had published a damp and mould policy by the deadline of 30 September, so DMP-06 is Achieved.", hang: 3 },
    null,
    { text: "4. Triage within 2 working days (DMP-01) fell to 86% because reports rose by 38% in September after the first cold spell; Gallowsett and Northwyke account for most of the delay.", hang: 3 },
  ],
  [
    { text: "5. Tenant satisfaction (DMP-05) fell to 64%. The breakdown by council asked for at the last meeting is at Appendix A, published separately; it ranges from 49% in Northwyke to 81% in Hollinvale.", hang: 3 },
    null,
    { text: "6. The average time to complete remediation (DMP-08) improved from 27 to 23 working days.", hang: 3 },
    null,
    { text: "Humidity sensor pilot" },
    { text: "7. Only 420 sensors were installed by 30 September against a profile of 1,200. The supplier, Hygrosense Ltd, delivered 600 of the first 1,500 sensors and has moved the rest to January 2198.", hang: 3 },
    null,
    { text: "8. The pilot is rated Red in the work programme and DMP-07 is Amber.", hang: 3 },
  ],
);
blank();
para("Table 1: Healthy Homes Programme measures at quarter 2 2197/98");
blank();
table([6, 30, 11, 7, 8, 7, 8, 13], ["Ref", "Measure", "Target 2197/98", "Q1", "Q1 rating", "Q2", "Q2 rating", "Lead member"], MEASURES.map((m) => [m.ref, m.name, m.target, m.q1v, m.q1, m.q2v, m.q2, m.lead]));
blank();
para("Ratings: Green - on track; Amber - some risk; Red - off track; Achieved - target met; Not due - no data yet.");
newPage();
columns(
  [
    { text: "Recovery plan" },
    { text: "9. Officers propose to: (a) install the 180 sensors already delivered by 22 December 2197; (b) take the remaining 2,400 sensors in two batches, on 15 January and 12 February 2198; (c) extend the pilot's end date from 30 March to 30 June 2198, within its budget of £310,000.", hang: 3 },
  ],
  [
    { text: "Budget" },
    { text: `10. The forecast underspend of £188,000 (Table 2) is mainly the £115,000 of round 1 of the Damp Remediation Fund carried to round 2 (item 5) and £55,000 of the evaluation budget moved to 2198/99, because the contract will start on 3 April 2198.`, hang: 4 },
  ],
);
blank();
para("Table 2: Programme budget 2197/98 (£)");
blank();
const v = (b, f) => (f - b === 0 ? "0" : (f - b < 0 ? "-" : "") + num(Math.abs(f - b)));
table([34, 12, 16, 16, 12], ["Budget line", "Budget", "Spent to 30 September", "Forecast outturn", "Variance"], [
  ...BUDGET.map(([n, b, s, f]) => [n, num(b), num(s), num(f), v(b, f)]),
  ["Total", num(BUDGET_TOTAL), num(SPENT_TOTAL), num(FORECAST_TOTAL), v(BUDGET_TOTAL, FORECAST_TOTAL)],
]);

// ------------------------------------------------------------------ pages 8-9: item 5
newPage();
para("Item 5");
blank();
para("Damp Remediation Fund round 1: recommended awards");
blank();
const funded = BIDS.filter((b) => b.award);
entry("Purpose of report", "For decision.");
entry("Summary", `Nine councils bid for ${gbp(ASKED)} from round 1 of the Damp Remediation Fund (${gbp(ROUND1)}). The assessment panel met on 16 November 2197 and recommends ${funded.length === 6 ? "six" : funded.length} awards totalling ${gbp(AWARDED)}.`);
entry("Is this report confidential?", "No.");
entry("Is this a key decision?", "Yes.");
entry("Recommendations", `That the Task Group: (a) awards grants totalling ${gbp(AWARDED)} to the six councils in Table 3; (b) does not fund the bids of Northwyke Borough Council, Tarnholme District Council and Wyverstoke County Council, which scored below the threshold of ${THRESHOLD}; (c) carries the remaining ${gbp(LEFT)} to round 2 of the fund.`);
entry("Contact officer", O.ngozi.name);
entry("Position", O.ngozi.post);
entry("Phone", O.ngozi.phone);
entry("Email", O.ngozi.email);
blank(2);
columns(
  [
    { text: "Background" },
    { text: `1. The Task Group launched round 1 of the fund on 14 August 2197 with ${gbp(ROUND1)} for awards of ${gbp(MIN_AWARD)} to ${gbp(MAX_AWARD)} to councils in the programme. Bids closed at 5pm on 24 October 2197.`, hang: 3 },
    null,
    { text: `2. All nine bids were eligible. The assessment panel (${O.ngozi.name}, ${O.rupert.name} and Kasia Szymanek-Lowe, an asset manager from a housing association outside the programme) scored each bid out of 100: need 30, deliverability 25, tenant involvement 20 and value for money 25.`, hang: 3 },
    null,
    { text: `3. Bids scoring ${THRESHOLD} or more are recommended. Two awards are reduced (Table 3).`, hang: 3 },
  ],
  [
    { text: "Why the Task Group decides" },
    { text: `4. The Chair may decide awards of up to ${gbp(CHAIR_LIMIT)} after consulting the Vice-Chair; larger awards are for the Task Group. Every recommended award is over ${gbp(CHAIR_LIMIT)}.`, hang: 3 },
    null,
    { text: "Declarations of interest" },
    { text: "5. Nine of the twelve members' councils have bid. Members should declare an interest in their own council's bid and not vote on it. The Chair's council, Caskmoor, has bid, so the Vice-Chair will chair the item while the Caskmoor bid is discussed.", hang: 3 },
    null,
    { text: "Financial implications" },
    { text: `6. Grants are paid 60% when the grant agreement is signed and 40% on evidence of completion; agreements must be signed within 20 working days of the decision. The ${gbp(AWARDED)} is within the ${gbp(ROUND1)} in the programme budget (item 4, Table 2).`, hang: 3 },
  ],
);
blank();
para("Table 3: Round 1 bids and recommended awards");
blank();
table([8, 20, 27, 10, 6, 12, 15], ["Ref", "Council", "Project", "Asked (£)", "Score", "Recommended (£)", "Note"], [
  ...BIDS.map((b) => [b.ref, b.council, b.project, num(b.asked), String(b.score), num(b.award), b.note]),
  ["Total", "", "", num(ASKED), "", num(AWARDED), ""],
]);
pages.push(L);

// ------------------------------------------------------------------ write: page numbers in the footer, a form feed after every page
const txt = pages.map((pg, i) => [...pg, "", "", pad("", 48) + `Page ${i + 1}`].map((l) => l.replace(/\s+$/, "")).join("\n") + "\n\f").join("");
writeFileSync(join(root, "docs", DOCS.pack), txt);
writeFileSync(join(root, "text", basename(DOCS.pack, ".txt") + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${DOCS.pack} (${pages.length} pages)`);
