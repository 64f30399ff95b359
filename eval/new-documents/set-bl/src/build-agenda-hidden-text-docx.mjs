// Builds docs/fstg-agenda-pack-2246-02-04.docx and its rendering in text/.
// Layout: A WORD AGENDA PACK WRITTEN IN THE ASSOCIATION'S BOARD-PAPER TEMPLATE, WITH HIDDEN TEXT LEFT IN
// IT. The template ("LGA Board Paper v7.dotx", named in app.xml) carries its authors' guidance as
// paragraphs formatted as HIDDEN TEXT (<w:vanish/> on every run and on the paragraph mark, red italic):
// Word shows them only with "Hidden text" ticked under File > Options > Display, never prints them, and
// the authors did not delete them. Two officers also "hid" text instead of deleting it: A SUPERSEDED
// DRAFT RECOMMENDATION (a fee since revised) and A SUPERSEDED DRAFT SUMMARY SENTENCE (a survey count
// written before the survey closed) sit as hidden paragraphs immediately before the text that replaced
// them, and AN EXEMPT (PART 2) NOTE naming the retailer in an enforcement case sits hidden under the
// public action log, as a public version made from the full one by hiding the exempt paragraph. On
// screen and on paper none of this exists; in the file it is ordinary text with one property set, so a
// reader that ignores w:vanish (mammoth, for one) reads it as part of the pack. Otherwise an ordinary
// pack, built as WordprocessingML with jszip: a cover (meeting details as a label table, membership
// 2245/46 with positions, substitutes, a membership change), the agenda table, the draft minutes of 10
// December 2245 (attendance table, numbered paragraphs, "RESOLVED that the Task Group:" with typed
// (a)-(c) lines, an actions table), the action log with statuses, four reports with the template's
// front sheet of bold inline labels (Purpose of report, Summary, Is this report confidential?, Is this
// a key decision?, Recommendations, contact officer lines), the season measures table rated in words
// with its key, the survey's results table, model licence conditions, the draft recommendations R1-R7
// and the forward plan; page breaks between parts; a running header and a PAGE field in the footer.
// Rendering: the visible text only – each visible paragraph a line, each table row a line (cells " | ")
// – in document order; the hidden paragraphs, header and footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-agenda-hidden-text-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, BOARD, REVIEW, ROOM, OFFICERS as O, P, cllr, MEMBERS, SUBS, PRESENT, ONLINE, SUB, APOLOGIES, ACTIONS, MEASURES, FIRE, COMPLETE, RESPONSES, COUNCILS, SCARTHWAITE, sum, countHelp, HELP, LICENCES_TOTAL, FEE, RECS, PETITION, BOARD_MEETING } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.agenda;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const body = [];
let hiddenCount = 0;

const rPr = (o) => `<w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.hidden ? "<w:vanish/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr>`;
const run = (t, o = {}) => `<w:r>${rPr(o)}<w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
// a paragraph of runs: parts are strings or [text, opts]
function para(parts, o = {}) {
  const runs = [].concat(parts).map((p) => (typeof p === "string" ? run(p, o) : run(p[0], { ...o, ...p[1] }))).join("");
  const markHidden = o.hidden ? "<w:rPr><w:vanish/></w:rPr>" : "";
  body.push(`<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.pageBreak ? "<w:pageBreakBefore/>" : ""}${o.after != null ? `<w:spacing w:after="${o.after}"/>` : ""}${o.indent ? `<w:ind w:left="${o.indent}"/>` : ""}${markHidden}</w:pPr>${runs}</w:p>`);
  const textOf = [].concat(parts).map((p) => (typeof p === "string" ? p : p[0])).join("");
  if (o.hidden) hiddenCount++;
  else out.push(textOf);
}
// hidden text: the template's guidance (red italic) or an author's superseded paragraph (as typed)
const guidance = (t) => para(t, { hidden: true, i: true, color: "C00000" });
const hiddenPara = (t, o = {}) => para(t, { hidden: true, ...o });
const labelled = (label, value) => para([[label + " ", { b: true }], value]);
const cell = (t, w, o = {}) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${o.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>` : ""}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${t ? run(t, { b: o.b, sz: 20 }) : ""}</w:p></w:tc>`;
function table(rows, widths, o = {}) {
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    + rows.map((r, i) => `<w:tr>${i === 0 && o.header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${r.map((c, j) => {
      const head = (i === 0 && o.header) || (j === 0 && o.labels);
      const rag = o.rag && o.rag.includes(j) ? { Red: "FF9999", Amber: "FFD966", Green: "A9D08E" }[c] : "";
      return cell(c, widths[j], { b: head, shade: head ? "D9E2F3" : rag });
    }).join("")}</w:tr>`).join("")
    + "</w:tbl>");
  body.push('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>');
  for (const r of rows) out.push(r.filter((c) => c !== "").join(" | "));
}
const heading = (t, o = {}) => para(t, { style: o.level === 2 ? "Heading2" : "Heading1", pageBreak: o.pageBreak });
const frontSheet = (f) => {
  labelled("Purpose of report:", f.purpose);
  if (f.hiddenSummary) hiddenPara([["Summary: ", { b: true }], f.hiddenSummary]);
  labelled("Summary:", f.summary);
  guidance("Guidance: keep the summary to 150 words or fewer and say what you want members to do. This note is formatted as hidden text so that it does not print; delete it before the report is published.");
  labelled("Is this report confidential?", f.confidential ?? "No");
  labelled("Is this a key decision?", f.key ?? "No");
  para([["Recommendations: ", { b: true }], "That the Task Group:"]);
  for (const r of f.recs) {
    if (Array.isArray(r)) { hiddenPara(r[0], { indent: 567 }); para(r[1], { indent: 567 }); } else para(r, { indent: 567 });
  }
  guidance("Guidance: recommendations are lettered (a), (b), (c) and each starts with a verb. If the report is for information only, write \"That the Task Group notes the report.\"");
  const o = O[f.contact];
  para([["Contact officer: ", { b: true }], o.name]);
  para([["Position: ", { b: true }], o.post]);
  para([["Phone no: ", { b: true }], o.phone]);
  para([["Email: ", { b: true }], o.email]);
};

// ---------------------------------------------------------------- cover and agenda
para(BODY, { style: "Title" });
para("Agenda", { style: "Heading1" });
guidance("Guidance: the cover is completed by Democratic Services from the meeting record. Do not change the layout of the table. This note is hidden text and will not print.");
table([
  ["Date", "Wednesday 4 February 2246"],
  ["Time", "10.30am (pre-meeting for the Chair and lead members at 9.45am in Room 5.1)"],
  ["Venue", `${ROOM}, and Microsoft Teams`],
  ["Published", "Tuesday 27 January 2246"],
  ["Contact", `${O.hyacinth.name}, ${O.hyacinth.post} – ${O.hyacinth.phone} – ${O.hyacinth.email}`],
], [2000, 7600], { labels: true });
para("Membership 2245/46", { style: "Heading2" });
const position = (p) => (p.role !== "Member" ? p.role : p.lead ? `Lead member for ${p.lead}` : "Member");
table([["Councillor", "Council", "Political group", "Position"], ...MEMBERS.map((p) => [`Cllr ${p.fore} ${p.sur}`, p.council, p.group, position(p)])], [2500, 3300, 1700, 2100], { header: true });
para(`Named substitutes: ${SUBS.map((p) => `${cllr(p.k)} (${p.group}, ${p.council})`).join(", ").replace(/, (Cllr [^,]+ \([^)]+\))$/, " and $1")}.`);
para(`Membership change: ${cllr("sharland")} (${P.sharland.council}) replaced ${cllr("bletchworth")}, who stood down on ${P.bletchworth.left}, from ${P.sharland.from}.`);
para("Agenda", { style: "Heading2" });
table([
  ["Item", "Title", "Lead", "Page"],
  ["1", "Welcome, apologies and declarations of interest", "Chair", "–"],
  ["2", "Minutes of the meeting held on 10 December 2245", "Chair", "3"],
  ["3", "Action log", O.hyacinth.name, "8"],
  ["4", "Fireworks season 2245: performance", O.octavia.name, "10"],
  ["5", "Post-season survey of councils: findings", O.yasmin.name, "13"],
  ["6", "All-year fireworks licences: fees and conditions", O.leopold.name, "16"],
  ["7", `${REVIEW}: draft recommendations to the Board`, "Chair", "20"],
  ["8", "Forward plan", O.hyacinth.name, "23"],
  ["9", "Any other business", "Chair", "–"],
], [700, 5200, 2800, 900], { header: true });
para("Date of next meeting: Wednesday 25 March 2246 at 10.30am.");
para("All items are open to the press and public. The exempt details of action FSA-24 will not be discussed in public.");

// ---------------------------------------------------------------- item 2: draft minutes of 10 December 2245
heading("Item 2: Minutes of the meeting held on 10 December 2245", { pageBreak: true });
para("DRAFT – for approval at this meeting", { b: true, color: "C00000" });
para(`${BODY} – minutes of the meeting held on Wednesday 10 December 2245 at 10.30am in ${ROOM}, and on Microsoft Teams`, { b: true });
const roleOf = (k) => (P[k].role === "Member" ? "" : ` (${P[k].role})`);
const att = [["Attendance", "Name", "Council or post"]];
for (const k of PRESENT) att.push([ONLINE.includes(k) ? "Present (online)" : "Present", cllr(k) + roleOf(k), P[k].council]);
att.push(["Substitute", `${cllr(SUB.k)} (for ${cllr(SUB.for)})`, P[SUB.k].council]);
for (const k of APOLOGIES) att.push(["Apologies", cllr(k), P[k].council]);
for (const k of ["octavia", "leopold", "yasmin", "hyacinth"]) att.push(["Officer", O[k].name, O[k].post]);
att.push(["Guest", `${FIRE.name} (item 4)`, `${FIRE.post}, ${FIRE.org}`]);
table(att, [2000, 4200, 3400], { header: true });
const item = (no, title, paras, resolved) => {
  para(`${no}. ${title}`, { style: "Heading2" });
  for (const [i, p] of paras.entries()) para(`${no}.${i + 1} ${p}`);
  if (!resolved) return;
  if (resolved.length > 1) { para("RESOLVED that the Task Group:", { b: true }); for (const r of resolved) para(r, { indent: 567 }); }
  else para([["RESOLVED that the Task Group ", { b: true }], resolved[0]]);
};
item(1, "Welcome, apologies and declarations of interest", [
  `The Chair welcomed ${cllr("sharland")} to his first meeting. He replaced ${cllr("bletchworth")}, who stood down from the Task Group on ${P.bletchworth.left}.`,
  `Apologies were received from ${cllr("tattersfield")}, for whom ${cllr("fitzpaine")} substituted, and from ${cllr("gauntlett")}.`,
  `${cllr("pickles")} declared an interest in item 8 because his brother-in-law holds an all-year fireworks licence in Eskholme. He left the room for that item.`,
  `${cllr("wimbush")} declared an interest in item 5 as a trustee of the Hexworth Rotary Bonfire Trust, which runs the city's display. She took part in the item.`,
]);
item(2, "Minutes of the meeting held on 24 September 2245", ["The minutes of the meeting held on 24 September 2245 were agreed as a correct record."]);
item(3, "Action log", [`${O.hyacinth.name} introduced the action log. Actions FSA-11 to FSA-20 were complete except FSA-14, the Chair's letter to the Minister asking for powers for councils to set decibel limits, to which a reply was awaited.`]);
item(4, "Evidence: Brantfell Fire and Rescue Service", [
  `The Chair welcomed ${FIRE.name}, ${FIRE.post}, ${FIRE.org}. Fire and rescue services had attended 451 bonfire-related fires in the 12 councils' areas between 1 and 7 November 2245, up from 388 in 2244. 37 of them involved fireworks stored in homes or garages.`,
  "Members asked whether retailers should have to advise buyers on storing fireworks at home. Area Manager Oxley-Tembo said that she would set out the service's proposals in a letter to the Chair.",
], [
  "(a) thanks Area Manager Oxley-Tembo;",
  "(b) asks the Programme Manager to collect home storage figures from the fire and rescue services of the 12 councils' areas;",
  "(c) asks for model conditions for all-year licences covering storage and inspection.",
]);
item(5, "The 2245 season: first figures", [
  `${O.octavia.name}, ${O.octavia.post}, reported the first figures for the season. Emergency departments in the 12 councils' areas had treated 174 fireworks injuries between 15 October and 15 November 2245, down from 212 in 2244, but complaints about noise had risen for the third year running.`,
  "Members asked for the injuries to be broken down by age.",
], ["notes the first figures for the 2245 season."]);
item(6, "Westminster Hall debate on e-petition " + PETITION.no, [
  `The Chair reported on the debate in Westminster Hall on Monday 3 November 2245 on e-petition ${PETITION.no}, "${PETITION.title}", which had been signed by ${PETITION.sigs} people. The Minister had quoted the Task Group's interim findings and had said that the Government would consult early in 2246 on reducing the maximum noise level for fireworks sold to the public from 120 decibels to 90 decibels.`,
], ["asks the Head of Democratic Services to write to the Minister asking for a date for the consultation."]);
item(7, "Post-season survey of councils", [
  `${O.yasmin.name}, ${O.yasmin.post}, reported that eight of the 12 councils had answered the survey, which opened on 24 November 2245 and was due to close on Friday 12 December 2245.`,
], ["extends the survey to Friday 9 January 2246 and asks officers to chase the councils that have not replied."]);
item(8, "All-year licences and enforcement", [
  `${O.leopold.name}, ${O.leopold.post}, said that he would bring proposals on a common fee and model conditions for all-year licences to the meeting in February.`,
  "He updated members on an enforcement case. The details are exempt under paragraph 7 of Part 1 of Schedule 12A to the Local Government Act 1972 and are not recorded in these minutes.",
  "Members agreed to hear from retailers before the February meeting.",
]);
item(9, "Any other business", [`${cllr("spurrier")} asked what a national awareness campaign would cost.`]);
item(10, "Date of next meeting", ["The next meeting will be held on Wednesday 4 February 2246 at 10.30am."]);
para("Actions", { style: "Heading2" });
table([["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, a.due])], [900, 900, 4500, 2100, 1200], { header: true });

// ---------------------------------------------------------------- item 3: action log
heading("Item 3: Action log", { pageBreak: true });
para("Status of the actions from the meeting of 10 December 2245 at 27 January 2246.");
const UPDATE = {
  "FSA-21": "Figures received from all 12 services; see item 4.",
  "FSA-22": "See item 6, Appendix A.",
  "FSA-23": "Figures by age are in the evidence bundle, tab 2.",
  "FSA-24": "Exempt: an oral update will be given if members agree to exclude the press and public.",
  "FSA-25": "Letter sent on 17 December 2245; no reply yet, chased on 20 January 2246.",
  "FSA-26": "The survey closed on 9 January 2246; see item 5.",
  "FSA-27": "Held on Monday 12 January 2246; see the evidence bundle, tab 5.",
  "FSA-28": "To come to the meeting on 25 March 2246.",
};
table([["Ref", "Action", "Owner", "Due", "Status", "Update"], ...ACTIONS.map((a) => [a.ref, a.action, O[a.owner].name, a.due, a.status, UPDATE[a.ref]])], [800, 3000, 1700, 1100, 1100, 1900], { header: true });
hiddenPara("PART 2 – NOT FOR PUBLICATION (paragraph 7). FSA-24: Wrayholme Borough Council is prosecuting Northern Lights Pyro Supplies, 48 Wombwell Street, Wrayholme, for keeping about 310 kg of fireworks without a licence after its application was refused. The first hearing is at Wrayholme Magistrates' Court on 19 February 2246.", { b: true });
para("Statuses: Complete; In progress; Overdue (past its due date and not complete); Not started.");

// ---------------------------------------------------------------- item 4: season performance
heading("Item 4: Fireworks season 2245: performance", { pageBreak: true });
frontSheet({
  purpose: "For information and direction.",
  summary: "This report compares the eight season measures for 2245 with 2244. In 2245 two measures are rated Red, three Amber and two Green, and one is not rated.",
  recs: ["(a) notes performance in the 2245 fireworks season;", "(b) asks officers to propose a target for FSM-07 for the 2246 season."],
  contact: "octavia",
});
para("1. The measures cover the fireworks season from 15 October to 15 November, except FSM-08, which covers the week of 1 to 7 November. Injury figures come from the emergency departments of the 12 councils' areas (evidence bundle, tab 2); complaints and reports about animal welfare from the councils' own systems; fires from the fire and rescue services.");
para("Table 1: Season measures, 2244 and 2245", { b: true });
table([["Ref", "Measure", "Target", "2244", "2244 rating", "2245", "2245 rating", "Lead member"], ...MEASURES.map((m) => [m.ref, m.name, m.target, m.v44, m.r44, m.v45, m.r45, m.lead])], [800, 2900, 1000, 700, 900, 700, 900, 1500], { header: true, rag: [4, 6] });
para("Key: Red – target missed and not improving, or no plan to meet it; Amber – target missed, but improving or with a plan agreed to meet it; Green – target met; Not rated – no target set.");
guidance("Guidance: use the words Red, Amber and Green in the rating columns as well as the cell colour, so that the table can be read by screen readers and in black and white.");
para("2. Complaints about noise (FSM-02) rose for the third year running, to 4,095. Scarthwaite District Council did not answer the survey; its figure of 190 comes from its complaints system.");
para("3. Fire and rescue services attended 451 bonfire-related fires in the week of 1 to 7 November (FSM-08), against 388 in 2244; 37 involved fireworks stored at home (evidence bundle, tab 1).");
para("4. Fewer under-18s were able to buy fireworks in test purchases (FSM-05, 4 per cent against 9 per cent) after councils wrote to every registered retailer in September.");

// ---------------------------------------------------------------- item 5: survey findings
heading("Item 5: Post-season survey of councils: findings", { pageBreak: true });
const run_ = COMPLETE.filter((r) => r.display === "run").map((r) => r.c), funded = COMPLETE.filter((r) => r.display === "funded").map((r) => r.c), none = COMPLETE.filter((r) => r.display === "no").map((r) => r.c);
const town = (c) => COUNCILS[c].split(" ")[0];
const list = (a) => a.map(town).join(", ").replace(/, ([^,]+)$/, " and $1");
const yes = COMPLETE.filter((r) => r.pledge === "Yes").length, cons = COMPLETE.filter((r) => r.pledge === "Considering").length, no = COMPLETE.filter((r) => r.pledge === "No").length;
frontSheet({
  purpose: "For information.",
  hiddenSummary: "9 of the 12 member councils have answered the survey so far (draft of 5 January 2246; the survey closes on 9 January).",
  summary: `11 of the 12 member councils answered the survey, which ran from 24 November 2245 to 9 January 2246; Scarthwaite District Council did not. Most want powers to set decibel limits (8 of the 11) and funding for enforcement (7 of the 11).`,
  recs: ["(a) notes the findings of the survey;", "(b) asks officers to share Fellmoor's plan for its quiet display with every member council."],
  contact: "yasmin",
});
para("1. The survey was run in Qualtrics and sent to the lead officer for fireworks in each member council. Holmwick District Council started the survey twice; its first, incomplete response has been set aside in favour of its complete one. A test response made by officers before the survey opened has been removed.");
para("Table 2: Results of the survey", { b: true });
table([
  ["Question", "Result"],
  ["Councils that answered", "11 of 12 (not Scarthwaite)"],
  ["Ran a public display", `${run_.length} (${list(run_)})`],
  ["Funded a community display", `${funded.length} (${list(funded)})`],
  ["Neither", `${none.length} (${list(none)})`],
  ["Displays reviewed by safety advisory groups", String(COMPLETE.reduce((t, r) => t + Number(r.sag), 0))],
  ["Complaints, 15 October to 15 November: noise", sum("noise").toLocaleString("en-GB")],
  ["Complaints: animal welfare", sum("animal").toLocaleString("en-GB")],
  ["Complaints: antisocial use", String(sum("asb"))],
  ["Complaints: sales to under-18s", String(sum("u18"))],
  ["Signed the quieter displays pledge", `${yes} signed, ${cons} considering, ${no} not signed`],
  ["Would most help (up to three choices)", `${HELP[0]} ${countHelp(0)}; ${HELP[3].toLowerCase()} ${countHelp(3)}; ${HELP[1].toLowerCase()} ${countHelp(1)}; ${HELP[2].toLowerCase()} ${countHelp(2)}; ${HELP[4].toLowerCase()} ${countHelp(4)}; other ${countHelp(5)}`],
  ["All-year licences in force on 1 October 2245", `${LICENCES_TOTAL - SCARTHWAITE.licences} (${LICENCES_TOTAL} with Scarthwaite's ${SCARTHWAITE.licences}, from its register)`],
], [4300, 5300], { header: true });
para("2. Caldersey reported the most complaints about antisocial use (240), most of them about fireworks thrown at people or buses. Fellmoor's quiet display in Fellmoor Park drew 14,000 people, and Fellmoor has offered to share its plan.");
para("3. Brantfell County Council does not run displays, but its safety advisory group reviewed 14 displays across the county, more than any other council's.");

// ---------------------------------------------------------------- item 6: all-year licences
heading("Item 6: All-year fireworks licences: fees and conditions", { pageBreak: true });
frontSheet({
  purpose: "For decision.",
  summary: "Councils may charge up to £750 for an all-year licence to supply fireworks under the Fireworks (Licensing) Regulations 2239. Fees in the 12 member councils range from £320 to £750. This report recommends a common fee and model conditions for member councils to adopt.",
  recs: [
    `(a) notes that the 12 member councils held ${LICENCES_TOTAL} all-year licences on 1 October 2245;`,
    [`(b) recommends that member councils charge ${FEE.hiddenGrant} for a new all-year licence and £320 to renew it;`, `(b) recommends that member councils charge ${FEE.grant} for a new all-year licence and ${FEE.renew} to renew it;`],
    "(c) agrees the model conditions in Appendix A, including an inspection of every store before a licence is renewed.",
  ],
  contact: "leopold",
});
para("1. An all-year licence lets a shop sell fireworks outside the traditional selling periods around 5 November, Diwali, New Year and Chinese New Year. Councils inspected 92 per cent of stores before renewal in 2245 (FSM-04).");
para("2. In 2245 Wrayholme Borough Council refused two applications after the stores failed inspection; its public register shows both as refused. One applicant withdrew before a decision.");
para(`3. The fee of ${FEE.grant} covers the average cost in the 12 councils of processing an application and inspecting the store (£548), with a margin for visits after complaints. The renewal fee of ${FEE.renew} covers an inspection and the paperwork.`);
para("4. Retailers told the Task Group on 12 January 2246 (evidence bundle, tab 5) that a common fee would help businesses that trade in more than one council's area, but asked for inspections to be booked in advance.");
para("Appendix A: Model conditions for all-year licences", { style: "Heading2" });
for (const c of [
  "1. No more than 250 kg (net explosive content) of fireworks may be kept on the premises at any time.",
  "2. Fireworks must be kept in a locked metal cabinet or a store approved by the council, away from exits.",
  "3. The council will inspect the store before a licence is granted and before every renewal.",
  "4. A person aged 18 or over who has been trained in the safe storage and sale of fireworks must be on the premises whenever fireworks are on sale.",
  "5. Staff must ask for proof of age from anyone who appears to be under 25.",
  "6. The licence holder must tell the council within 14 days of any change in the person in charge of the premises.",
]) para(c);

// ---------------------------------------------------------------- item 7: draft recommendations
heading(`Item 7: ${REVIEW}: draft recommendations to the Board`, { pageBreak: true });
frontSheet({
  purpose: "For decision.",
  summary: `This report sets out the Task Group's draft recommendations from its review. After consultation with member councils they will come back to the final meeting of the review on 25 March 2246 and then go to the ${BOARD} on ${BOARD_MEETING.date}.`,
  recs: ["(a) agrees the draft recommendations R1 to R7 for consultation with member councils until Friday 6 March 2246;", "(b) asks the Chair and Vice-Chair to agree the wording of the consultation."],
  contact: "octavia",
});
para("Table 3: Draft recommendations", { b: true });
const TO = { R1: "Government", R2: "Government", R3: "Member councils", R4: "Member councils", R5: "Government", R6: "Fire and rescue services and councils", R7: "Task Group" };
table([["Ref", "Recommendation", "To"], ...RECS.map(([r, t]) => [r, t, TO[r]])], [700, 6900, 2000], { header: true });

// ---------------------------------------------------------------- item 8: forward plan
heading("Item 8: Forward plan", { pageBreak: true });
table([
  ["Meeting", "Items"],
  ["Wednesday 25 March 2246", "Final report of the review; results of the consultation on the draft recommendations; the cost of a national awareness campaign (FSA-28)"],
  [BOARD_MEETING.date + " (Board)", `Final report of the review to the ${BOARD}`],
  ["June 2246 (date to be agreed)", "Plans for the 2246 season; targets for 2246, including FSM-07"],
], [3000, 6600], { header: true });
guidance("Guidance: add items to the forward plan only with the Chair's agreement.");

// ---------------------------------------------------------------- the package
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body.join("")}<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
const headerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>${run(`${BODY} – 4 February 2246`, { sz: 16, color: "595959" })}</w:p></w:hdr>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const style = (id, name, rpr, ppr = "") => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${style("Title", "Title", '<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/><w:color w:val="1F3864"/>', '<w:spacing w:after="120"/>')}
${style("Heading1", "heading 1", '<w:b/><w:sz w:val="30"/><w:szCs w:val="30"/><w:color w:val="1F3864"/>', '<w:keepNext/><w:spacing w:before="120" w:after="160"/><w:outlineLvl w:val="0"/>')}
${style("Heading2", "heading 2", '<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>', '<w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/>')}
${style("Header", "header", "", '<w:spacing w:after="0"/>')}
${style("Footer", "footer", "", '<w:spacing w:after="0"/>')}
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
// Word's own setting for whether hidden text is shown on screen: off, as it is by default
const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W}><w:zoom w:percent="100"/><w:attachedTemplate r:id="rIdTemplate"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const settingsRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTemplate" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///\\\\lga-fs01\\templates$\\Board%20papers\\LGA%20Board%20Paper%20v7.dotx" TargetMode="External"/></Relationships>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(BODY)} – agenda pack – 4 February 2246</dc:title><dc:subject>Agenda</dc:subject><dc:creator>Hyacinth Pogson</dc:creator><cp:lastModifiedBy>Octavia Scatcherd</cp:lastModifiedBy><cp:revision>14</cp:revision><cp:keywords>FSTG; agenda; fireworks</cp:keywords><dcterms:created xsi:type="dcterms:W3CDTF">2246-01-19T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2246-01-27T08:47:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>LGA Board Paper v7.dotx</Template><TotalTime>311</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`;

const zip = new JSZip();
zip.file("[Content_Types].xml", contentTypes);
zip.file("_rels/.rels", rootRels);
zip.file("word/document.xml", documentXml);
zip.file("word/_rels/document.xml.rels", docRels);
zip.file("word/styles.xml", stylesXml);
zip.file("word/settings.xml", settingsXml);
zip.file("word/_rels/settings.xml.rels", settingsRels);
zip.file("word/header1.xml", headerXml);
zip.file("word/footer1.xml", footerXml);
zip.file("docProps/core.xml", core);
zip.file("docProps/app.xml", app);
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} visible lines, ${hiddenCount} hidden paragraphs)`);
