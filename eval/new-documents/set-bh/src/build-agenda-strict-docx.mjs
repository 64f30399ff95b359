// Builds docs/psctg-agenda-pack-2191-12-13.docx and its rendering in text/.
// Layout: A WORD AGENDA PACK DOWNLOADED FROM A SHAREPOINT DOCUMENT LIBRARY, SAVED AS "STRICT OPEN XML
// DOCUMENT" (package written by the builder with jszip): every part uses the ISO/IEC 29500 Strict
// namespaces (http://purl.oclc.org/ooxml/wordprocessingml/main, …/officeDocument/relationships, and the
// strict relationship types, with w:conformance="strict" on the document), percentages written as "100%".
// The cover's meeting details are CONTENT CONTROLS BOUND TO THE LIBRARY'S METADATA COLUMNS
// (w:dataBinding into customXml/item1.xml, the SharePoint properties part): the clerk set the columns in
// SharePoint after the last save in Word, so the CACHED TEXT IN document.xml IS STALE (the date and venue
// of the October meeting, "Draft") while Word, which refreshes bound controls from the custom XML part
// when it opens the file, shows the new values (a date formatted by the control's dateFormat). The
// template's RATINGS AND ACTION STATUSES ARE LEGACY DROP-DOWN FORM FIELDS (FORMDROPDOWN): the chosen
// entry is only an index, <w:result w:val="3"/>, into the field's list of <w:listEntry> values, and the
// field has no result text – so the words "Red – off track" are in the file only as a list entry of
// every rating field. The rest is ordinary Word: Title and Heading styles, a membership table, an agenda
// table, the draft minutes of 11 October 2191 with typed paragraph numbers and an actions table, the
// action log, two reports with front sheets laid out as label and value tables, and a footer.
// Rendering: what Word shows – each paragraph a line, each table row a line with its cells " | " (a
// cell's paragraphs joined by a space), bound controls with the custom XML's values, drop-downs as their
// chosen entry; the footer left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-agenda-strict-docx.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import {
  root, requireMain, DOCS, BODY, BOARD, HUB, FUND, MEMBERS, SUBS, FORMER, COUNCILS, OFFICERS as O, HUB_MANAGER, INSPECTOR,
  cllr, council, MEASURES, RATING_ENTRIES, OCT_ACTIONS, ACTION_STATUS, BIDS, ASKED, RECOMMENDED, REMAINING, FUND_TOTAL, ROUND1,
  ROUND2_AVAILABLE, SITES, DECOM_PROPOSED, DECOM_CAMS, TOTALS, MEETINGS, longDate, dmy, gbp, TOWN, SUB_OCT, APOLOGIES_OCT, PRESENT_OCT,
} from "./common.mjs";

const JSZip = requireMain("jszip");
const FILE = DOCS.agenda;
const BASE = basename(FILE, extname(FILE));

// ---------------------------------------------------------------- namespaces (Strict)
const W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const RNS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKGREL = "http://schemas.openxmlformats.org/package/2006/relationships";
const STORE = "{6E1D0F4B-2A7C-4F3B-9B1D-8C5A2E7F0D93}";
const SPNS = "7f3c2e1a-5b9d-4e8a-a1c6-3d2f9b0e4c11";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// ---------------------------------------------------------------- the SharePoint properties (what Word shows)
const SP = {
  Meeting_x0020_date: `${MEETINGS.december}T00:00:00Z`,
  Venue: "Council Chamber, Brantmoor Civic Centre, Civic Way, Brantmoor BT1 2CW",
  Clerk: `${O.hl.name}, ${O.hl.post}`,
  Document_x0020_status: "Published",
  Meeting_x0020_body: BODY,
};
// the stale text cached in document.xml (the October pack the clerk copied)
const STALE = {
  Meeting_x0020_date: "Tuesday 11 October 2191",
  Venue: "Room 2.2, 18 Smith Square, London SW1P 3HZ",
  Clerk: `${O.hl.name}, ${O.hl.post}`,
  Document_x0020_status: "Draft",
  Meeting_x0020_body: BODY,
};

// ---------------------------------------------------------------- a small model: blocks of paragraphs and tables
// a run item: a string, {b: string} (bold), {dd: {name, entries, result}}, {bound: {field, kind}}
const body = [];
const lines = []; // the rendering
let ddCount = 0, sdtId = 40117;
const shown = (item) => {
  if (typeof item === "string") return item;
  if (item.b !== undefined) return item.b;
  if (item.dd) return item.dd.entries[item.dd.result ?? 0];
  if (item.bound) return item.bound.kind === "date" ? longDate(SP[item.bound.field].slice(0, 10)) : SP[item.bound.field];
  throw new Error("item");
};
const rPr = (o = {}) => `<w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.color ? `<w:color w:val="${o.color}"/>` : ""}${o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : ""}</w:rPr>`;
const run = (t, o = {}) => `<w:r>${rPr(o)}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const itemXml = (item, o = {}) => {
  if (typeof item === "string") return run(item, o);
  if (item.b !== undefined) return run(item.b, { ...o, b: true });
  if (item.dd) {
    const { name, entries, result } = item.dd;
    const ff = `<w:ffData><w:name w:val="${name}"/><w:enabled/><w:calcOnExit w:val="false"/><w:ddList>${result ? `<w:result w:val="${result}"/>` : ""}${entries.map((e) => `<w:listEntry w:val="${esc(e)}"/>`).join("")}</w:ddList></w:ffData>`;
    return `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin">${ff}</w:fldChar></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;
  }
  if (item.bound) {
    const { field, kind, alias } = item.bound;
    const binding = `<w:dataBinding w:prefixMappings="xmlns:ns0='http://schemas.microsoft.com/office/2006/metadata/properties' xmlns:ns1='http://www.w3.org/2001/XMLSchema-instance' xmlns:ns2='http://schemas.microsoft.com/office/infopath/2007/PartnerControls' xmlns:ns3='${SPNS}'" w:xpath="/ns0:properties[1]/documentManagement[1]/ns3:${field}[1]" w:storeItemID="${STORE}"/>`;
    let typ = "<w:text/>";
    if (kind === "date") typ = `<w:date w:fullDate="2191-10-11T00:00:00Z"><w:dateFormat w:val="dddd d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>`;
    if (kind === "choice") typ = `<w:dropDownList w:lastValue="Draft"><w:listItem w:displayText="Draft" w:value="Draft"/><w:listItem w:displayText="Published" w:value="Published"/><w:listItem w:displayText="Supplementary" w:value="Supplementary"/></w:dropDownList>`;
    return `<w:sdt><w:sdtPr>${rPr(o)}<w:alias w:val="${esc(alias)}"/><w:tag w:val="${field}"/><w:id w:val="${sdtId++}"/><w:lock w:val="sdtLocked"/>${binding}${typ}</w:sdtPr><w:sdtContent>${run(STALE[field], o)}</w:sdtContent></w:sdt>`;
  }
  throw new Error("item");
};
const pXml = (items, o = {}) => {
  const ppr = `<w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ""}${o.pageBreakBefore ? "<w:pageBreakBefore/>" : ""}${o.keepNext ? "<w:keepNext/>" : ""}${o.ind ? `<w:ind w:start="${o.ind}" w:hanging="${o.hang ?? 0}"/>` : ""}${o.spacing ? `<w:spacing w:after="${o.spacing}"/>` : ""}</w:pPr>`;
  return `<w:p>${ppr}${[].concat(items).map((it) => itemXml(it, o.run ?? {})).join("")}</w:p>`;
};
const textOf = (items) => [].concat(items).map(shown).join("");
const P = (items, o = {}) => { body.push(pXml(items, o)); lines.push(textOf(items)); };
const H1 = (t, o = {}) => P(t, { style: "Heading1", keepNext: true, ...o });
const H2 = (t, o = {}) => P(t, { style: "Heading2", keepNext: true, ...o });
// a table: rows of cells; a cell is an array of paragraphs, a paragraph an array of items (or a string)
const cellParas = (c) => (Array.isArray(c) ? c : [c]).map((p) => [].concat(p));
const T = (rows, widths, o = {}) => {
  const total = widths.reduce((a, b) => a + b, 0);
  let x = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="100%" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstRow="true" w:lastRow="false" w:firstColumn="${o.labels ? "true" : "false"}" w:lastColumn="false" w:noHBand="false" w:noVBand="true"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${Math.round((w / total) * 9638)}"/>`).join("")}</w:tblGrid>`;
  rows.forEach((r, ri) => {
    const head = o.header && ri === 0;
    x += `<w:tr>${head ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}`;
    r.forEach((c, ci) => {
      const shade = head || (o.labels && ci === 0) ? `<w:shd w:val="clear" w:color="auto" w:fill="${head ? "1F3864" : "D9E2F3"}"/>` : "";
      const runO = head ? { b: true, color: "FFFFFF", sz: o.sz } : o.labels && ci === 0 ? { b: true, sz: o.sz } : { sz: o.sz };
      x += `<w:tc><w:tcPr><w:tcW w:w="${Math.round((widths[ci] / total) * 9638)}" w:type="dxa"/>${shade}</w:tcPr>${cellParas(c).map((p) => pXml(p, { run: runO, spacing: 40 })).join("")}</w:tc>`;
    });
    x += "</w:tr>";
    lines.push(r.map((c) => cellParas(c).map(textOf).join(" ")).join(" | "));
  });
  x += "</w:tbl>";
  body.push(x, pXml([""], {}));
};
const dd = (entries, result) => ({ dd: { name: `Dropdown${++ddCount}`, entries, result } });
const name = (k) => `${cllr(k)}`;

// ================================================================= the pack
// ---------------------------------------------------------------- cover
P(BODY, { style: "Title" });
P("Agenda", { style: "Subtitle" });
T([
  ["Meeting", [[{ bound: { field: "Meeting_x0020_body", kind: "text", alias: "Meeting" } }]]],
  ["Date", [[{ bound: { field: "Meeting_x0020_date", kind: "date", alias: "Meeting date" } }]]],
  ["Time", "10.30am"],
  ["Venue", [[{ bound: { field: "Venue", kind: "text", alias: "Venue" } }]]],
  ["Clerk", [[{ bound: { field: "Clerk", kind: "text", alias: "Clerk" } }]]],
  ["Status", [[{ bound: { field: "Document_x0020_status", kind: "choice", alias: "Document status" } }]]],
], [25, 75], { labels: true });
P(`Members will visit the ${HUB} at 9.30am before the meeting. The meeting will be webcast live and the recording kept on the LGA's webcasting site for six months.`);
P(`The ${BODY} is a member task group of the ${BOARD}. It oversees the CCTV Renewal Programme 2191–93, the move of the partner councils' CCTV control rooms to the ${HUB} and the ${FUND}.`);

H1("Membership 2191/92");
const roleOf = (m) => (m.role !== "Member" ? m.role : m.lead ? `Lead member: ${m.lead}` : m.from ? `Member (from ${longDate(m.from).replace(/^\w+ /, "")})` : "Member");
T([["Councillor", "Council", "Group", "Role"], ...MEMBERS.map((m) => [name(m.k), council(m.k), m.group, roleOf(m)])], [27, 33, 16, 24], { header: true, sz: 18 });
P(`Named substitutes: ${SUBS.map((s) => `${name(s.k)} (${s.group}, ${council(s.k)})`).join(", ")}.`);
P(`${name(FORMER.k)} (${council(FORMER.k)}) stood down from the Task Group on 31 October 2191. ${name("crimmond")} replaced him from 1 November 2191.`);

H1("Agenda");
T([
  ["Item", "Title", "Page"],
  ["1", "Welcome, apologies, substitutes and declarations of interest", "–"],
  ["2", "Minutes of the meeting held on 11 October 2191", "3"],
  ["3", "Action log", "7"],
  ["4", "CCTV Renewal Programme: quarter 2 2191/92 performance and camera sites", "8"],
  ["5", `${HUB} phase 2 and ${FUND} round 2`, "12"],
  ["6", "Surveillance camera code: impact assessments for ANPR-capable cameras (oral update)", "–"],
  ["7", "Work programme and date of the next meeting", "17"],
], [10, 78, 12], { header: true });

// ---------------------------------------------------------------- item 2: draft minutes of 11 October 2191
H1("Item 2: Minutes of the meeting held on Tuesday 11 October 2191", { pageBreakBefore: true });
P([{ b: "Draft – for approval" }]);
P([{ b: "Present: " }, PRESENT_OCT.map((k) => `${name(k)}${["Chair", "Vice-Chair", "Deputy Chair"].includes((MEMBERS.find((m) => m.k === k) ?? {}).role) ? ` (${MEMBERS.find((m) => m.k === k).role})` : ""}`).join(", ")]);
P([{ b: "Substitute: " }, `${name(SUB_OCT.k)} (for ${name(SUB_OCT.for)})`]);
P([{ b: "Apologies: " }, APOLOGIES_OCT.map(name).join(" and ")]);
P([{ b: "Officers: " }, ["mn", "cba", "pem", "dgb", "hl"].map((k) => `${O[k].name} (${O[k].post})`).join(", ")]);
P([{ b: "In attendance: " }, `${INSPECTOR.name}, ${INSPECTOR.post} (item 4); ${HUB_MANAGER.name}, ${HUB_MANAGER.post}`]);

H2("1. Welcome, apologies and declarations of interest");
P(`1.1 Apologies were received from ${name("seabright")}, for whom ${name("stanhopevance")} substituted, and from ${name("culverhouse")}.`);
P(`1.2 ${name("farnaby")} declared an interest in item 5 as Wyrecastle Borough Council's Cabinet Member for Community Safety, because Wyrecastle intends to bid to round 2 of the ${FUND}. She took no part in the decision.`);
H2("2. Minutes of the meeting held on 12 July 2191");
P("2.1 The minutes of the meeting held on 12 July 2191 were agreed as a correct record.");
H2("3. Performance at quarter 1 2191/92");
P(`3.1 ${O.mn.name}, ${O.mn.post}, introduced the report on the programme's eight measures at 30 June 2191. Camera availability (CRM-02) was 96.1% against a target of 97%, because of a growing backlog of faulty analogue cameras in Kestleford.`);
P([{ b: "RESOLVED that the Task Group:" }]);
P("(a) notes the performance at quarter 1 2191/92;");
P("(b) asks Kestleford City Council for a plan to clear its backlog of faulty analogue cameras by 15 November 2191.");
H2("4. Police use of CCTV footage");
P(`4.1 The Chair welcomed ${INSPECTOR.name}, who said that in 2190/91 ${"Westmarch Police"} made ${TOTALS["2190/91"].req.toLocaleString("en-GB")} requests to the partner councils for CCTV footage, of which ${Math.round(TOTALS["2190/91"].pct)}% were answered within five working days. Footage was used in about one in three charging decisions for violent crime in the ten town centres. Since July the force has made its requests through a single online portal.`);
P("4.2 Members asked for the footage request figures by council.");
P([{ b: "RESOLVED that the Task Group thanks Chief Inspector Pardew and asks officers to send members the figures by council." }]);
H2(`5. ${FUND} round 2 and phase 2 of the Hub`);
P(`5.1 ${O.cba.name}, ${O.cba.post}, introduced the item. Round 1 had awarded ${gbp(ROUND1)} in June 2191, leaving ${gbp(ROUND2_AVAILABLE)} of the ${gbp(FUND_TOTAL)} Fund for round 2.`);
P([{ b: "RESOLVED that the Task Group:" }]);
P("(a) opens round 2 of the Fund on 14 October 2191, with bids to close on 7 November 2191;");
P("(b) limits round 2 to replacing cameras at existing sites, so that no new sites are funded;");
P("(c) asks every council bidding to show how its cameras will be monitored at the Hub;");
P("(d) asks officers to draft a service level agreement for phase 2 of the Hub.");
H2("6. Annual review of camera justification");
P(`6.1 ${O.dgb.name}, ${O.dgb.post}, reported that 35% of cameras had been reviewed for continued need. Three sites were likely to be proposed for decommissioning. The ANPR-capable cameras installed at S10 and S15 had not yet got signed data protection impact assessments (DPIAs).`);
P([{ b: "RESOLVED that the annual review be completed by 1 December 2191 and the sites proposed for decommissioning be reported to the next meeting." }]);
H2("7. Date of the next meeting");
P(`7.1 The next meeting will be held on ${longDate(MEETINGS.december)} at 10.30am at Brantmoor Civic Centre, with a visit to the ${HUB} beforehand.`);
H2("Actions");
T([["Ref", "Minute", "Action", "Owner", "Due"], ...OCT_ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, dmy(a.due)])], [10, 9, 47, 20, 14], { header: true, sz: 18 });

// ---------------------------------------------------------------- item 3: action log
H1("Item 3: Action log", { pageBreakBefore: true });
P("Actions agreed on 11 October 2191, with progress at 1 December 2191. Status is chosen from the list in the template.");
T([["Ref", "Action", "Owner", "Due", "Status", "Update"], ...OCT_ACTIONS.map((a) => [a.ref, a.action, O[a.owner].name, dmy(a.due), [[dd(ACTION_STATUS, a.st)]], a.update])], [9, 35, 17, 11, 11, 17], { header: true, sz: 17 });

// ---------------------------------------------------------------- item 4: performance report
H1("Item 4: CCTV Renewal Programme: quarter 2 2191/92 performance and camera sites", { pageBreakBefore: true });
T([
  ["Purpose of report", "For discussion and noting."],
  ["Summary", `This report sets out the programme's eight measures at the end of quarter 2 2191/92 (30 September 2191) and, at Appendix B, a map of the eighteen camera sites and their upgrade status at 30 November 2191.`],
  ["Is this report confidential?", "No"],
  ["Recommendations", ["That the Task Group:", "(a) notes the performance at quarter 2 2191/92;", "(b) asks Kestleford City Council for a recovery plan for its camera fault backlog by 20 January 2192;", "(c) notes the map of camera sites at Appendix B."]],
  ["Action", "Officers to follow up as the Task Group directs."],
  ["Contact officer", [`${O.mn.name}, ${O.mn.post}`, `${O.mn.phone}`, `${O.mn.email}`]],
], [28, 72], { labels: true });
P("1. The table below gives each measure's result and rating at quarter 1 and quarter 2. Ratings are chosen in the template from the list Green – on track, Amber – some risk, Red – off track and Blue – complete; \"Select status\" means that a measure was not rated that quarter.");
P(`2. Camera availability (CRM-02) fell to 93.4% because 7 analogue cameras at S02 Kestleford Station Forecourt are faulty and awaiting parts; Kestleford did not send the plan the Task Group asked for in October (action CTA-18). Recommendation (b) asks again, with a new date.`);
P("3. Impact assessments (CRM-05): the ANPR-capable cameras at S10 (Wyrecastle Retail Park) and S15 (Quistwell Leisure Centre Car Park) went in before their DPIAs were signed. The Information Governance Manager will give an oral update at item 6.");
P([{ b: "Table 1: Programme measures at quarter 2 2191/92" }]);
T([
  ["Ref", "Measure", "Target 2191/92", "Q1 result", "Q1 rating", "Q2 result", "Q2 rating", "Commentary", "Lead member"],
  ...MEASURES.map((m) => [m.ref, m.name, m.target, m.q1v, [[dd(RATING_ENTRIES, m.q1)]], m.q2v, [[dd(RATING_ENTRIES, m.q2)]], m.note, m.lead]),
], [7, 17, 11, 7, 10, 7, 10, 20, 11], { header: true, sz: 15 });
P("Appendix B (published as a separate PDF): CCTV Renewal Programme – public space camera sites and upgrade status at 30 November 2191.");

// ---------------------------------------------------------------- item 5: Hub phase 2 and the Fund
H1(`Item 5: ${HUB} phase 2 and ${FUND} round 2`, { pageBreakBefore: true });
T([
  ["Purpose of report", "For decision."],
  ["Summary", `Phase 2 moves three more councils' control rooms to the ${HUB}. Five councils bid for ${gbp(ASKED)} from round 2 of the ${FUND}; officers recommend four awards totalling ${gbp(RECOMMENDED)}. The annual review of camera justification proposes decommissioning ${DECOM_CAMS} cameras at three sites.`],
  ["Is this a key decision?", "Yes"],
  ["Is this report confidential?", "No"],
  ["Recommendations", ["That the Task Group:",
    `(a) approves the move of the Kestleford, Oxhaven and Quistwell control rooms to the ${HUB} between 1 February and 30 April 2192 (phase 2);`,
    `(b) approves round 2 awards from the ${FUND} totalling ${gbp(RECOMMENDED)}, as set out in Table 2;`,
    `(c) agrees the decommissioning of the ${DECOM_CAMS} cameras at S05 Ashwold Riverside Walk, S14 Marlhithe Old Ropewalk Underpass and S18 Ebbersley Cemetery Lane;`,
    `(d) holds the remaining ${gbp(REMAINING)} of the Fund as a contingency for the phase 2 moves.`]],
  ["Contact officer", [`${O.cba.name}, ${O.cba.post}`, `${O.cba.phone}`, `${O.cba.email}`]],
], [28, 72], { labels: true });
H2("Phase 2 of the Hub");
P(`1. Brantmoor's control room became the ${HUB} on 16 May 2191, and Ashwold, Wyrecastle, Pilkerton and Marlhithe moved their monitoring to it on 8 September 2191. Phase 2 would move Kestleford, Oxhaven and Quistwell between 1 February and 30 April 2192, so that eight of the ten partner councils are monitored at the Hub. Ebbersley will keep its own control room until its monitoring contract ends in March 2193; Fallowdene's cameras are recorded but not watched live.`);
P("2. The Hub's charges to councils for phase 2 will be set in the service level agreement, which is with the three councils' lawyers (action CTA-23).");
H2(`${FUND} round 2`);
P(`3. Round 2 opened on 14 October and closed on 7 November 2191. As the Task Group agreed on 11 October (minute 5(b)), round 2 funds only the replacement of cameras at existing sites.`);
P([{ b: "Table 2: Round 2 bids and recommended awards" }]);
T([
  ["Council", "Sites", "Cameras", "Requested (£)", "Recommended (£)", "Note"],
  ...BIDS.map((b) => [COUNCILS[b.c], b.sites, String(b.cams), b.asked.toLocaleString("en-GB"), b.rec.toLocaleString("en-GB"), b.note]),
  ["Total", "", "", ASKED.toLocaleString("en-GB"), RECOMMENDED.toLocaleString("en-GB"), ""],
], [24, 17, 9, 13, 14, 23], { header: true, sz: 17 });
H2("Decommissioning");
P(`4. The annual review of camera justification (action CTA-21) proposes decommissioning three sites: S05 Ashwold Riverside Walk (6 cameras), where the riverside path has been closed since the spring; S14 Marlhithe Old Ropewalk Underpass (3 cameras), which Marlhithe's highways team plans to close in 2192; and S18 Ebbersley Cemetery Lane (2 cameras), where no incident has been recorded in three years.`);
H2("Financial implications");
P([{ b: `Table 3: ${FUND} 2191–93` }]);
T([
  ["", "£"],
  ["Fund", FUND_TOTAL.toLocaleString("en-GB")],
  ["Round 1 awards (June 2191)", ROUND1.toLocaleString("en-GB")],
  ["Available for round 2", ROUND2_AVAILABLE.toLocaleString("en-GB")],
  ["Round 2 recommended awards", RECOMMENDED.toLocaleString("en-GB")],
  ["Remaining, held as contingency", REMAINING.toLocaleString("en-GB")],
], [60, 40], { header: true });

// ---------------------------------------------------------------- item 6 and 7
H1("Item 6: Surveillance camera code: impact assessments for ANPR-capable cameras", { pageBreakBefore: true });
P(`Oral update by ${O.dgb.name}, ${O.dgb.post}. There is no written report for this item.`);
H1("Item 7: Work programme and date of the next meeting");
T([
  ["Meeting", "Items"],
  [longDate(MEETINGS.march), "Quarter 3 performance; Hub phase 2 progress; redeployable cameras policy"],
  ["Tuesday 12 June 2192", "Annual report 2191/92; programme budget 2192/93; review of the Task Group's terms of reference"],
], [30, 70], { header: true });
P(`The next meeting will be held on ${longDate(MEETINGS.march)} at 10.30am.`);

// ================================================================= the package
const sectPr = `<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${RNS}" w:conformance="strict"><w:body>${body.join("")}${sectPr}</w:body></w:document>`;
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}" xmlns:r="${RNS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
  + `<w:style w:type="paragraph" w:default="true" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`
  + `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="44"/></w:rPr></w:style>`
  + `<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="32"/></w:rPr></w:style>`
  + `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/></w:rPr></w:style>`
  + `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>`
  + `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>`
  + `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:start w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:end w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:start w:w="85" w:type="dxa"/><w:end w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}" xmlns:r="${RNS}" w:conformance="strict"><w:documentProtection w:edit="forms" w:enforcement="false"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>`;
const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W}" xmlns:r="${RNS}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>${run(`${BODY} – agenda pack – page `)}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
const customXml = `<?xml version="1.0"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:pc="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"><documentManagement>${Object.entries(SP).map(([k, v]) => `<${k} xmlns="${SPNS}">${esc(v)}</${k}>`).join("")}<TaxCatchAll xmlns="${SPNS}"/><_dlc_DocId xmlns="${SPNS}">LGADEMS-1946227461-3318</_dlc_DocId></documentManagement></p:properties>`;
const itemProps = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${STORE}" xmlns:ds="http://purl.oclc.org/ooxml/officeDocument/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/properties"/><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/infopath/2007/PartnerControls"/><ds:schemaRef ds:uri="${SPNS}"/></ds:schemaRefs></ds:datastoreItem>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`;
const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKGREL}"><Relationship Id="rId3" Type="${REL}/extendedProperties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId4" Type="${REL}/customProperties" Target="docProps/custom.xml"/></Relationships>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKGREL}"><Relationship Id="rId1" Type="${REL}/customXml" Target="../customXml/item1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/footer" Target="footer1.xml"/><Relationship Id="rId4" Type="${REL}/settings" Target="settings.xml"/></Relationships>`;
const itemRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKGREL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`;
const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>PSCTG agenda pack</dc:title><dc:creator>${esc(O.hl.name)}</dc:creator><cp:lastModifiedBy>${esc(O.hl.name)}</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2191-09-29T08:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2191-12-02T16:41:00Z</dcterms:modified></cp:coreProperties>`;
const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"><Template>LGA committee agenda (forms).dotx</Template><TotalTime>212</TotalTime><Pages>17</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Local Government Association</Company><AppVersion>16.0000</AppVersion></Properties>`;
const custom = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/customProperties" xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ContentTypeId"><vt:lpwstr>0x0101003B5E9C1F7A2D4E48A6C2B1F0D9E83A1C</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="_dlc_DocIdItemGuid"><vt:lpwstr>9b41c7de-3f0a-4c55-8e2b-6a17d0f3e958</vt:lpwstr></property></Properties>`;

const zip = new JSZip();
const D = new Date("2191-12-02T16:41:00Z");
const add = (p, s) => zip.file(p, s, { date: D });
add("[Content_Types].xml", contentTypes);
add("_rels/.rels", rels);
add("word/document.xml", documentXml);
add("word/_rels/document.xml.rels", docRels);
add("word/styles.xml", styles);
add("word/settings.xml", settings);
add("word/footer1.xml", footer);
add("customXml/item1.xml", customXml);
add("customXml/itemProps1.xml", itemProps);
add("customXml/_rels/item1.xml.rels", itemRels);
add("docProps/core.xml", core);
add("docProps/app.xml", app);
add("docProps/custom.xml", custom);
const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(root, "docs", FILE), buf);
writeFileSync(join(root, "text", BASE + ".txt"), lines.map((l) => l.replace(/\s+$/, "")).join("\n") + "\n");
console.log("wrote docs/" + FILE + " and text/" + BASE + ".txt");
