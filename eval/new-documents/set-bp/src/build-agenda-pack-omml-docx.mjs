// Builds docs/phiftg-agenda-pack-2269-01-21.docx and its rendering in text/.
// Layout: A WORD AGENDA PACK WHOSE ALLOCATION FORMULA AND WORKED EXAMPLE ARE WORD EQUATIONS (Office Math
// Markup Language, the equation editor's <m:oMath>): the package is written by the builder with jszip as
// Word writes one (app.xml "Microsoft Office Word"). Cover, agenda table, the draft minutes of 12 November
// 2268 (attendance as labelled paragraphs, hand-numbered minutes 1.1 …, "RESOLVED that the Task Group:"
// with typed (a)–(c) lines, an actions table Ref | Minute | Action | Owner | Due) and item 4, the paper on
// the Port Health New Burdens Grant 2269/70: a front sheet of bold labels, then the formula as a DISPLAY
// EQUATION (m:oMathPara: subscripts m:sSub, fractions m:f, brackets m:d whose parentheses are not text
// at all), a "where" list whose symbols are INLINE EQUATIONS inside ordinary sentences, the totals as a
// second display equation and the worked example for Scarrowfleet as a third. THE WEIGHTS OF THE FORMULA
// (0.55, 0.35, 0.10) AND THE WORKED EXAMPLE'S SUM EXIST ONLY INSIDE <m:t> ELEMENTS – a reader that takes
// the WordprocessingML runs (<w:t>) and skips math (mammoth, for one) sees "Each authority's allocation
// is worked out as follows:" followed by nothing, and "is the allocation to port health authority i;"
// without its symbol. Table 1 (need) and Table 2 (allocations, with a total row) are ordinary tables.
// A footer with a PAGE field.
// Rendering: paragraphs a line each, table rows as cells " | "; each equation in Word's linear format
// as Word copies it to plain text (subscripts "A_i", fractions "C_i/C", brackets written out) with
// spaces round the operators; inline equations the same, inside their sentence.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-agenda-pack-omml-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, BOARD, GRANT, ROOM, OFFICERS as O, ANALYST, LAB, P, cllr, MEASURES, ATTEND, SEPT_OPEN, ROUND1, ACTIONS, AUTHORITIES, G, W, C_TOTAL, B_TOTAL, N, URGENCY_LIMIT, gbp, num } from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.pack;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const out = [];
const body = [];

// ---------------------------------------------------------------- WordprocessingML
const run = (t, o = {}) => `<w:r><w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr><w:t xml:space="preserve">${x(t)}</w:t></w:r>`;
const pPr = (o) => `<w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.pageBreak ? "<w:pageBreakBefore/>" : ""}${o.ind ? `<w:ind w:left="${o.ind}"/>` : ""}${o.jc ? `<w:jc w:val="${o.jc}"/>` : ""}${o.after != null ? `<w:spacing w:after="${o.after}"/>` : ""}</w:pPr>`;
// para(text) or para([[text, {b}], …]) – runs; a run may be {math: M} for an inline equation
const para = (t, o = {}) => {
  const parts = typeof t === "string" ? [[t, o]] : t;
  const xml = parts.map((p) => (p.math ? `<m:oMath>${p.math.xml}</m:oMath>` : run(p[0], { ...o, ...(p[1] ?? {}) }))).join("");
  body.push(`<w:p>${pPr(o)}${xml}</w:p>`);
  if (o.render !== false) out.push(parts.map((p) => (p.math ? p.math.lin : p[0])).join(""));
};
// labelled paragraph: "Label: value" with the label in bold
const labelled = (label, value, o = {}) => para([[label, { b: true }], [" " + value]], o);
const cell = (t, w, o = {}) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${o.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>` : ""}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/>${o.right ? '<w:jc w:val="right"/>' : ""}</w:pPr>${run(t, { b: o.b })}</w:p></w:tc>`;
const table = (rows, widths, o = {}) => {
  body.push(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    + rows.map((r, i) => `<w:tr>${i === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${r.map((c, j) => cell(c, widths[j], { b: i === 0 || (o.totalRow && i === rows.length - 1), shade: i === 0 ? "D9E2F3" : "", right: o.right?.includes(j) && i > 0 })).join("")}</w:tr>`).join("")
    + `</w:tbl>`);
  body.push(`<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`);
  for (const r of rows) out.push(r.filter((c) => c !== "").join(" | "));
};

// ---------------------------------------------------------------- Office Math (OMML) with its linear form
const MRPR = `<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/></w:rPr>`;
const CTRL = `<m:ctrlPr><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:i/></w:rPr></m:ctrlPr>`;
// t: a math run; plain (upright) text for words; lin: its linear form (spaces round operators)
const t = (s, lin = s, plain = false) => ({ xml: `<m:r>${plain ? '<m:rPr><m:sty m:val="p"/></m:rPr>' : ""}${MRPR}<m:t>${x(s)}</m:t></m:r>`, lin });
const op = (s) => t(s, ` ${s} `);
const seq = (...ms) => ({ xml: ms.map((m) => m.xml).join(""), lin: ms.map((m) => m.lin).join("") });
const sub = (b, s) => ({ xml: `<m:sSub><m:sSubPr>${CTRL}</m:sSubPr><m:e>${b.xml}</m:e><m:sub>${s.xml}</m:sub></m:sSub>`, lin: `${b.lin}_${s.lin}` });
const frac = (n, d) => ({ xml: `<m:f><m:fPr>${CTRL}</m:fPr><m:num>${n.xml}</m:num><m:den>${d.xml}</m:den></m:f>`, lin: `${n.lin}/${d.lin}` });
const paren = (e) => ({ xml: `<m:d><m:dPr>${CTRL}</m:dPr><m:e>${e.xml}</m:e></m:d>`, lin: `(${e.lin})` });
const display = (m) => { body.push(`<w:p><w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr><m:oMathPara><m:oMathParaPr><m:jc m:val="center"/></m:oMathParaPr><m:oMath>${m.xml}</m:oMath></m:oMathPara></w:p>`); out.push(m.lin); };
const Ai = sub(t("A"), t("i")), Ci = sub(t("C"), t("i")), Bi = sub(t("B"), t("i"));
const w = (v) => t(v.toFixed(2));

// ---------------------------------------------------------------- cover and agenda
const NEXT = "Thursday 21 January 2269";
para(BODY, { style: "Title" });
para("Agenda", { style: "Subtitle" });
para(NEXT, { b: true, sz: 28 });
para("10.30am", { b: true });
para(`${ROOM}, London SW1P 3HZ, and Microsoft Teams`);
labelled("Contact:", `${O.stradbroke.name}, ${O.stradbroke.post}, ${O.stradbroke.phone}, ${O.stradbroke.email}`);
para("Published on Wednesday 13 January 2269");
para(`The Task Group is a member task group of the ${BOARD}.`);
para("Agenda items", { style: "Heading1" });
table([
  ["Item", "Title", "Presented by"],
  ["1", "Welcome, apologies, substitutes and declarations of interest", "Chair"],
  ["2", "Minutes of the meeting held on 12 November 2268 (draft, for approval)", "Chair"],
  ["3", "Urgent decision taken by the Chair: UD-2268-03, additional sampling at Scarrowfleet (to note)", O.stradbroke.name],
  ["4", `${GRANT} 2269/70: allocation formula and indicative allocations (for decision)`, O.wakerley.name],
  ["5", "Targeted sampling, round 2: results (PHF-32; report to follow)", O.rochfort.name],
  ["6", "Identity and physical checks at Scarrowfleet: recovery plan (PHF-31; verbal update)", O.rochfort.name],
  ["7", "Any other business", "Chair"],
  ["8", "Date of next meeting: Thursday 18 March 2269", "Chair"],
], [800, 6300, 2500]);

// ---------------------------------------------------------------- item 2: draft minutes of 12 November 2268
const A = ATTEND["2268-11-12"];
const roleOf = (k) => (["Chair", "Vice-Chair", "Deputy Chair"].includes(P[k].role) ? ` (${P[k].role})` : "");
const list = (ks) => ks.map((k) => cllr(k) + roleOf(k)).reduce((s, v, i, a) => (i === 0 ? v : i === a.length - 1 ? `${s} and ${v}` : `${s}, ${v}`), "");
para("Item 2: Minutes of the meeting held on Thursday 12 November 2268", { style: "Heading1", pageBreak: true });
para("DRAFT – for approval at the meeting on 21 January 2269", { b: true, color: "C00000" });
labelled("Present:", list(A.P));
labelled("Attending remotely:", list(A.R));
labelled("Substitute:", `${cllr("dunnage")} (for ${cllr("lefroy")})`);
labelled("Apologies:", list(["lefroy", "mothersole"]));
labelled("Officers:", `${O.wakerley.name} (${O.wakerley.post}), ${O.rochfort.name} (${O.rochfort.post}), ${O.bracegirdle.name} (${O.bracegirdle.post}) and ${O.stradbroke.name} (${O.stradbroke.post}, clerk)`);
labelled("Also present:", `${ANALYST.name}, ${ANALYST.post}, ${LAB.name} (item 4)`);

const item = (no, title, paras, resolved) => {
  para(`${no}. ${title}`, { style: "Heading2" });
  for (const [i, p] of paras.entries()) para(`${no}.${i + 1} ${p}`);
  if (resolved) {
    if (resolved.length > 1) { para("RESOLVED that the Task Group:", { b: true }); for (const r of resolved) para(r, { ind: 567 }); }
    else para([["RESOLVED that the Task Group", { b: true }], [" " + resolved[0]]]);
  }
};
const m = Object.fromEntries(MEASURES.map((q) => [q.ref, q]));
item(1, "Welcome, apologies, substitutes and declarations of interest", [
  `The Chair welcomed ${cllr("zealley")} to his first meeting. He replaced ${cllr("aglionby")}, who stood down from the Task Group on 30 September 2268 when she ceased to be a councillor.`,
  `Apologies were received from ${cllr("lefroy")}, for whom ${cllr("dunnage")} substituted, and from ${cllr("mothersole")}. ${cllr("whinnerah")} attended remotely on Microsoft Teams; as members must be in the room to vote, she took part in the discussion but did not vote and did not count towards the quorum.`,
  `${cllr("pouncey")} declared an interest in item 5 as ${P.pouncey.council}'s Cabinet Member for Regulatory Services; Scarrowfleet Port Health Authority would receive a share of the grant.`,
  `${cllr("fothergale")} declared a non-pecuniary interest in item 4 as an unpaid trustee of Quayhurst Food Bank, which receives food released from detention at Quayhurst Haven.`,
]);
item(2, "Minutes of the meeting held on 17 September 2268", [
  "The minutes of the meeting held on 17 September 2268 were agreed as a correct record.",
  `Of the actions from 17 September (PHF-23 to PHF-29), five are complete. Two remain open: ${SEPT_OPEN[0]}, the Chair's letter to the Food Standards Agency asking for the new burdens grant to be confirmed for three years, sent on 28 September 2268, to which no reply has yet been received; and ${SEPT_OPEN[1]}, the data sharing agreement with the operator of Saltcote Airport, now due by 31 December 2268.`,
  "The Task Group asked the Head of Democratic Services to chase a reply from the Food Standards Agency (PHF-36).",
]);
item(3, "Performance at quarter 2 2268/69", [
  `${O.wakerley.name}, ${O.wakerley.post}, introduced the report on the twelve measures of the programme at 30 September 2268: five on track, three at some risk, two off track, one complete and one with no data yet. Compared with quarter 1, three measures were rated worse (IFA-01, IFA-02 and IFA-09) and three better (IFA-03, IFA-05 and IFA-07).`,
  `Members were most concerned about IFA-02: identity and physical checks were carried out at the frequency set for the commodity in only ${m["IFA-02"].reported} of cases, against a target of ${m["IFA-02"].target}, because 4 of the 11 port health officer posts at Scarrowfleet were vacant.`,
  `On IFA-09, members noted that only ${m["IFA-09"].q2v} of the cost of checks was recovered through fees, because the charges have not risen since 2266.`,
], [
  "(a) notes the performance at quarter 2;",
  "(b) asks Scarrowfleet Port Health Authority for a recovery plan for identity and physical checks by 11 December 2268.",
]);
item(4, "Targeted sampling: round 1 findings and round 2", [
  `The Chair welcomed ${ANALYST.name}, ${ANALYST.post}, ${LAB.name}, who presented the findings of round 1 of targeted sampling (June to September 2268). Of ${ROUND1.samples} samples, ${ROUND1.failed} were unsatisfactory: four for aflatoxins in groundnuts and groundnut products, two for Sudan dyes in palm oil and one for ochratoxin A in dried figs. Certificates took ${ROUND1.days} days on average from receipt, against the programme's 21 days (IFA-05).`,
  `${O.rochfort.name}, ${O.rochfort.post}, said that round 2, 40 samples of nuts and spices at four border control posts, would be taken from 2 to 6 November 2268, with certificates expected by the end of November.`,
  "Members asked what could be done quickly if round 2 found failures. Officers advised that additional sampling at the post concerned would cost about £300 a sample.",
], [
  `(a) thanks ${ANALYST.name} for her presentation;`,
  `(b) agrees that, if round 2 finds aflatoxins above the maximum level at a border control post, the Chair may agree additional sampling at that post as an urgent decision, after consulting the Vice-Chair, up to ${gbp(URGENCY_LIMIT)} from the programme contingency, and report it to the next meeting.`,
]);
item(5, `${GRANT} 2269/70: principles for allocation`, [
  `${O.bracegirdle.name}, ${O.bracegirdle.post}, reported that the Food Standards Agency had confirmed on 2 November 2268 a grant of ${gbp(G)} for 2269/70 for the eight port health authorities, to be allocated by the Task Group. It is the first year of the grant.`,
  "Members discussed whether the grant should follow the number of high-risk consignments or the number of border control posts, and agreed that authorities with a single post need a base amount to keep it open.",
  `${cllr("pouncey")}, having declared an interest, did not vote on this item.`,
], [
  "(a) agrees that the grant be allocated by a formula combining high-risk consignments, border control posts and an equal share for every authority;",
  "(b) asks officers to bring the formula and indicative allocations to the next meeting.",
]);
item(6, "Cost recovery: charges for checks", [
  `${O.bracegirdle.name} introduced the item. Fees recovered ${m["IFA-09"].q2v} of the cost of checks at quarter 2, against a target of ${m["IFA-09"].target}.`,
], [
  "asks officers to review the charging schedule for documentary, identity and physical checks and to report by 18 March 2269.",
]);
item(7, "Any other business", [
  `${cllr("whinnerah")} raised illegal imports of meat and dairy products at the smaller ports. The Chair agreed that there would be an item at the March meeting.`,
]);
item(8, "Date of next meeting", [
  `The next meeting will be held on Thursday 14 January 2269 at 10.30am in ${ROOM}.`,
]);
para("Actions", { style: "Heading2" });
table([["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, a.due])], [950, 800, 4350, 2000, 1500]);

// ---------------------------------------------------------------- item 4: the grant paper, with equations
para(`Item 4: ${GRANT} 2269/70: allocation formula and indicative allocations`, { style: "Heading1", pageBreak: true });
labelled("Purpose of report:", "For decision.");
labelled("Summary:", `The Food Standards Agency has confirmed a ${GRANT} of ${gbp(G)} for 2269/70, for the Task Group to allocate among the eight port health authorities. On 12 November 2268 the Task Group agreed that the grant should be allocated by a formula combining high-risk consignments, border control posts and an equal share for every authority (minute 5). This report sets out the formula and the indicative allocations it gives.`);
para("Recommendations:", { b: true });
para("That the Task Group:");
para("(a) agrees the allocation formula in paragraph 5;", { ind: 567 });
para(`(b) agrees the indicative allocations in Table 2, which total ${gbp(G)};`, { ind: 567 });
para(`(c) delegates to the ${O.wakerley.post}, after consulting the Chair, the final allocations once the 2268/69 figures for high-risk consignments are confirmed, by 26 February 2269.`, { ind: 567 });
labelled("Action:", "Officers to tell the eight port health authorities their indicative allocations by 29 January 2269.");
labelled("Contact officer:", O.wakerley.name);
labelled("Position:", O.wakerley.post);
labelled("Phone:", O.wakerley.phone);
labelled("Email:", O.wakerley.email);
para("Background", { style: "Heading2" });
para(`1. The grant meets the new burdens placed on port health authorities by the checks on high-risk food not of animal origin introduced in 2267. The Food Standards Agency confirmed it on 2 November 2268 for one year only; the Chair has asked for a three-year settlement (action PHF-26).`);
para("2. The formula uses two measures of need, given in Table 1: the number of consignments of high-risk food not of animal origin notified to each authority in 2267/68, and the number of border control posts it runs.");
para("Table 1: Measures of need, 2267/68", { b: true, after: 60 });
table([["Port health authority", "High-risk consignments 2267/68", "Border control posts"], ...AUTHORITIES.map((a) => [a.name, num(a.c), String(a.b)]), ["Total", num(C_TOTAL), String(B_TOTAL)]], [5000, 2600, 2000], { totalRow: true, right: [1, 2] });
para("Options considered", { style: "Heading2" });
para(`3. Option A, an equal share for every authority (${gbp(G / N)} each), was rejected: Scarrowfleet handles three in ten of all high-risk consignments, Ennerdeep one in eighty.`);
para("4. Option B, allocating by consignments alone, would leave the authorities with one border control post too little to keep it staffed. Option C, recommended, blends the two measures with an equal share, as the Task Group agreed on 12 November 2268.");
para("The formula", { style: "Heading2" });
para("5. Each authority's allocation is worked out as follows:");
display(seq(Ai, op("="), t("G"), op("×"), paren(seq(w(W.C), op("×"), frac(Ci, t("C")), op("+"), w(W.B), op("×"), frac(Bi, t("B")), op("+"), w(W.N), op("×"), frac(t("1"), t("N"))))));
para("where:");
para([{ math: Ai }, [" is the allocation to port health authority i;"]], { ind: 567 });
para([{ math: t("G") }, [` is the grant for 2269/70, ${gbp(G)};`]], { ind: 567 });
para([{ math: Ci }, [" is the number of high-risk consignments notified to authority i in 2267/68, and "], { math: t("C") }, [" is the total for the eight authorities;"]], { ind: 567 });
para([{ math: Bi }, [" is the number of border control posts that authority i runs, and "], { math: t("B") }, [" is the total;"]], { ind: 567 });
para([{ math: t("N") }, [" is the number of port health authorities."]], { ind: 567 });
para("6. For 2269/70 the totals are:");
display(seq(t("C"), op("="), t(num(C_TOTAL)), t(",", ", "), t("B"), op("="), t(String(B_TOTAL)), t(",", ", "), t("N"), op("="), t(String(N))));
para("7. For example, for Scarrowfleet Port Health Authority:");
const sc = AUTHORITIES[0];
const share = W.C * sc.c / C_TOTAL + W.B * sc.b / B_TOTAL + W.N / N;
display(seq(sub(t("A"), t("Scarrowfleet", "Scarrowfleet", true)), op("="), t(num(G)), op("×"), paren(seq(w(W.C), op("×"), frac(t(num(sc.c)), t(num(C_TOTAL))), op("+"), w(W.B), op("×"), frac(t(String(sc.b)), t(String(B_TOTAL))), op("+"), w(W.N), op("×"), frac(t("1"), t(String(N))))), op("="), t(num(G)), op("×"), t(String(Math.round(share * 1e6) / 1e6)), op("="), t(gbp(sc.alloc))));
para(`8. In effect every authority receives ${gbp(G * W.N / N)} as its equal share, each border control post brings ${gbp(G * W.B / B_TOTAL)}, and the rest follows the authority's share of high-risk consignments.`);
para("Indicative allocations", { style: "Heading2" });
para("9. Table 2 gives the allocation that the formula gives each authority.");
para("Table 2: Indicative allocations 2269/70", { b: true, after: 60 });
table([["Port health authority", "Indicative allocation 2269/70", "Share of the grant"], ...AUTHORITIES.map((a) => [a.name, gbp(a.alloc), (Math.round(a.alloc / G * 1000) / 10).toFixed(1) + "%"]), ["Total", gbp(G), "100.0%"]], [5000, 2600, 2000], { totalRow: true, right: [1, 2] });
para("Financial implications", { style: "Heading2" });
para(`10. The grant of ${gbp(G)} is paid to the authorities in two equal instalments, in April and October 2269. No part of it is kept for administration; the programme team is funded separately.`);
para("Next steps", { style: "Heading2" });
para("11. If the Task Group agrees, officers will tell each authority its indicative allocation by 29 January 2269 and confirm the final allocations by 26 February 2269, once the 2268/69 figures for high-risk consignments are confirmed.");

// ---------------------------------------------------------------- the package
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${body.join("")}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1247" w:bottom="1304" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
const footerXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${run(`${BODY} – 21 January 2269 – Page `, { sz: 16 })}<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const style = (id, name, rpr, ppr = "", based = "Normal") => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${based}"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${style("Title", "Title", '<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/><w:color w:val="0B5394"/>', '<w:spacing w:before="1200" w:after="120"/>')}
${style("Subtitle", "Subtitle", '<w:sz w:val="32"/><w:szCs w:val="32"/><w:color w:val="595959"/>', '<w:spacing w:after="480"/>')}
${style("Heading1", "heading 1", '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/><w:color w:val="0B5394"/>', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>')}
${style("Heading2", "heading 2", '<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>', '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>')}
${style("Footer", "footer", "", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>')}
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(BODY)} – agenda – 21 January 2269</dc:title><dc:subject>Agenda pack</dc:subject><dc:creator>Ezra Stradbroke-Nunez</dc:creator><cp:lastModifiedBy>Isadora Wakerley</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2269-01-08T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2269-01-13T08:47:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>214</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`;

const zip = new JSZip();
zip.file("[Content_Types].xml", contentTypes, { createFolders: false });
zip.file("_rels/.rels", rootRels, { createFolders: false });
zip.file("word/document.xml", documentXml, { createFolders: false });
zip.file("word/_rels/document.xml.rels", docRels, { createFolders: false });
zip.file("word/styles.xml", stylesXml, { createFolders: false });
zip.file("word/settings.xml", settingsXml, { createFolders: false });
zip.file("word/footer1.xml", footerXml, { createFolders: false });
zip.file("docProps/core.xml", core, { createFolders: false });
zip.file("docProps/app.xml", app, { createFolders: false });
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${out.length} rendering lines)`);
