// Builds docs/dcstg-agenda-pack-2255-12-05-portal-export-kittermaster.pdf and its rendering in text/.
// Layout: AN AGENDA PACK EXPORTED FROM A BOARD PORTAL APP (the invented "Quirebook", of the kind
// councillors read papers in on a tablet) AS ONE MEMBER'S PERSONAL COPY: the portal puts its own cover
// page in front (meeting, document version, who exported it and when, how many annotations) and ITS OWN
// DIVIDER PAGE BEFORE EACH AGENDA ITEM THAT HAS PAPERS (item, title, lead, documents, "Your notes on this
// item"), and renumbers every page in its own header ("Pack page 5 of 12") over the pack's own footers
// ("Page 3"), so the agenda's page column and the portal's numbers disagree by one to four pages; it
// FLATTENS THE MEMBER'S PRIVATE ANNOTATIONS into the pages – translucent yellow highlights over lines and
// drawn note pins in the margin, with no text – and prints the notes themselves, by the portal's page
// numbers, on a "My annotations" page at the end; and it stamps every page with A DIAGONAL PERSONAL
// WATERMARK ("Cllr Ambrose Kittermaster · personal copy · exported 04/12/2255 21:17"), drawn after the
// page's content, so that its words (and the portal's header and footer) come after the page's own words. The pack itself: front page with
// the membership table and officer contacts; the agenda as a table; item 3, the draft minutes of 12
// September 2255 (attendance as label / value rows, numbered minutes, RESOLVED paragraphs, the action log
// with a status column as at 26 November); item 4, a short cover report on quarter 2; item 5, a paper
// with its front sheet as a label / value table (recommendations (a)-(d) as lines in one cell, contact
// officer) and Table 1 of the round 2 zone applications.
// Rendering: the cover, the dividers, each paragraph and table row in drawing order (cells " | "; a
// cell's lines joined by a space, the front sheet's recommendations a line each), the notes page; the
// portal's header and footer, the pack's footers, the watermark, highlights and pins left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-pack-portal-pdf.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, ROOM, MEETINGS, PUBLISHED, EXPORTED, OFFICERS as O, PEOPLE, P, MEMBERS, SUBS, cllr, SEPT, GUEST,
  MEASURES, ACTIONS_SEPT, ZONES, FUNDED, ZONE_AWARDS, ZONE_BUDGET, ZONE_ROUND1, ZONE_LEFT, ZONE_THRESHOLD, ROUND2, STATUS_COUNT } from "./common.mjs";
import { makeDoc } from "./pdfutil.mjs";

const FILE = DOCS.pack;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89;
const L = makeDoc(join(root, "docs", FILE), {
  size: [PW, PH], margins: { top: 62, left: 56, right: 56, bottom: 70 },
  info: { Title: "DCSTG 5 December 2255 - Agenda pack (personal copy)", Author: "Quirebook", Creator: "Quirebook for iPad 41.2 (annotated export)", Producer: "Quirebook PDF Service" },
});
const { doc } = L;
const TOTAL = 12;
const WORDS = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight"];
const WHO = cllr("kittermaster");
const gbp = (n) => "£" + n.toLocaleString("en-GB");

// annotations: highlights (boxes recorded while drawing) and note markers, flattened at the page's end
const pageMarks = [];
let notesCount = 0;
const NOTES = [];
const mark = (box, note) => pageMarks.push({ ...box, note });
let packPageNo = 0; // the pack's own page number (the portal's counts its cover and dividers too)
let isPackPage = false, nextIsPack = false; // set for the next page, taken up when it starts
L.onPageEnd = (L) => {
  // the pack's own footer (not on the portal's cover)
  if (isPackPage) {
    doc.font("r").fontSize(7.5).fillColor("#555555");
    doc.text(`${BODY} · ${MEETINGS.dec.date}`, 56, PH - 52, { width: 360, lineBreak: false });
    doc.text(`Page ${packPageNo}`, PW - 56 - 80, PH - 52, { width: 80, align: "right", lineBreak: false });
  }
  // flattened annotations
  for (const m of pageMarks.splice(0)) {
    if (m.h) doc.save().fillColor("#FFE45C").fillOpacity(0.38).rect(m.x - 2, m.y - 1, m.w + 4, m.h + 2).fill().restore();
    if (m.note) {
      // the portal's note pin: a drawn marker in the margin, no text (the note itself is on the last page)
      doc.save().fillColor("#F5C400").circle(PW - 37, m.y + 6, 6).fill().restore();
      doc.save().strokeColor("#8A6D00").lineWidth(1.2).moveTo(PW - 37, m.y + 12).lineTo(PW - 37, m.y + 19).stroke().restore();
    }
  }
  // the portal's header and footer
  doc.font("r").fontSize(7.5).fillColor("#1F4E79");
  doc.text(`Quirebook  |  ${SHORT} – 5 Dec 2255 – Agenda pack (v2)`, 56, 26, { width: 380, lineBreak: false });
  doc.text(`Pack page ${L.page} of ${TOTAL}`, PW - 56 - 120, 26, { width: 120, align: "right", lineBreak: false });
  doc.text(`Exported ${EXPORTED} by ${WHO}. Annotations are private to you.`, 56, PH - 34, { width: PW - 112, align: "center", lineBreak: false });
  // the personal watermark, diagonal across the page
  doc.save();
  doc.rotate(-52, { origin: [PW / 2, PH / 2] });
  doc.font("b").fontSize(21).fillColor("#9A9A9A").fillOpacity(0.28);
  doc.text(`${WHO} · personal copy · exported ${EXPORTED}`, PW / 2 - 330, PH / 2 - 12, { width: 660, align: "center", lineBreak: false });
  doc.restore();
  doc.fillOpacity(1);
};
L.onPageStart = () => { isPackPage = nextIsPack; if (isPackPage) packPageNo++; };
const packPage = () => { nextIsPack = true; L.newPage(); };
// the portal's divider page before each agenda item that has papers
const divider = (item, title, lead, docName, pages, notes) => {
  nextIsPack = false;
  L.newPage();
  L.space(150);
  L.para(`Agenda item ${item}`, { font: "b", size: 13, color: "#1F4E79", gap: 6 });
  L.para(title, { font: "b", size: 17, gap: 10 });
  L.para(`Lead: ${lead}`, { size: 11, gap: 3 });
  L.para(`Documents: ${docName} (${pages})`, { size: 11, gap: 3 });
  L.para(`Your notes on this item: ${notes}`, { size: 11, gap: 3 });
};
const H = (t, o = {}) => L.para(t, { font: "b", size: o.size ?? 12, gap: o.gap ?? 6, ...o });

// ---------------------------------------------------------------- portal cover
L.newPage();
L.space(40);
L.para("Quirebook", { font: "b", size: 22, color: "#1F4E79", gap: 18 });
L.para(BODY, { font: "b", size: 16, gap: 4 });
L.para("Meeting: 05/12/2255 10:30 – 12:30", { size: 11, gap: 3 });
L.para("Document: Agenda pack (version 2, published 27/11/2255)", { size: 11, gap: 3 });
L.para(`Exported by: ${WHO} on ${EXPORTED}`, { size: 11, gap: 3 });
L.para("Includes: your annotations (2 highlights, 3 notes)", { size: 11, gap: 3 });
L.para("Version 2 replaces version 1 (22/11/2255): item 5 Table 1 corrected.", { size: 11, gap: 18 });
L.para("This export is for your personal use. Do not forward it. Papers marked confidential are not included in exports.", { size: 9, color: "#555555" });

// ---------------------------------------------------------------- pack page 1: front page, membership, contacts
packPage();
L.para("Local Government Association", { size: 9, color: "#444444", gap: 8 });
L.para(BODY, { font: "b", size: 18, gap: 4 });
L.para("Agenda", { font: "b", size: 15, gap: 8 });
L.para(`${MEETINGS.dec.date}, 10.30am – 12.30pm`, { size: 10.5, gap: 2 });
L.para(`${ROOM}, and online (Microsoft Teams)`, { size: 10.5, gap: 2 });
L.para(`Published ${PUBLISHED.date}`, { size: 10.5, gap: 12 });
H("Membership 2255/56", { size: 11 });
const MW = [150, 160, 80, 93];
const mh = { cells: [{ text: "Councillor", font: "b" }, { text: "Council", font: "b" }, { text: "Group", font: "b" }, { text: "Role", font: "b" }], opts: { fill: "#E7E6E6" } };
L.row(mh.cells, MW, mh.opts);
for (const p of MEMBERS) L.row([`Cllr ${p.fore} ${p.sur}`, p.council, p.group, p.role], MW, { header: mh });
L.space(6);
L.para(`Named substitutes: ${SUBS.map((s) => `Cllr ${s.fore} ${s.sur} (${s.group}, ${s.council})`).join(" and ")}.`, { size: 9.5 });
L.para("Quorum: four members, including the Chair or the Vice-Chair.", { size: 9.5, gap: 10 });
H("Officer contacts", { size: 11 });
const OW = [108, 150, 72, 153];
L.row([{ text: "Officer", font: "b" }, { text: "Post", font: "b" }, { text: "Telephone", font: "b" }, { text: "E-mail", font: "b" }], OW, { fill: "#E7E6E6", size: 8.5 });
for (const o of [O.anushka, O.lorcan, O.ffion, O.cressida, O.benedikt]) L.row([o.name, o.post, o.phone, o.email], OW, { size: 8.5 });

// ---------------------------------------------------------------- pack page 2: agenda
packPage();
H("Agenda", { size: 14, gap: 10 });
const AW = [34, 270, 125, 54];
L.row([{ text: "Item", font: "b" }, { text: "Business", font: "b" }, { text: "Lead", font: "b" }, { text: "Page", font: "b" }], AW, { fill: "#E7E6E6" });
const AGENDA = [
  ["1", "Welcome, apologies and substitutes", "Chair", "–"],
  ["2", "Declarations of interest", "Chair", "–"],
  ["3", "Minutes of the meeting of 12 September 2255 and the action log (for approval)", "Chair", "3"],
  ["4", "Safe at Home Programme: quarter 2 performance (for noting)", O.anushka.name, "5"],
  ["5", "No Cold Calling Zones: model framework and round 2 funding (for decision)", O.lorcan.name, "6"],
  ["6", "Call blocker scheme: six-month evaluation (presentation)", O.lorcan.name, "–"],
  ["7", "Decisions taken between meetings (for noting; the Approvals export is circulated separately)", O.benedikt.name, "–"],
  ["8", "Any other business", "Chair", "–"],
  ["9", `Date of next meeting: ${MEETINGS.march.date}, 10.30am`, "Chair", "–"],
];
for (const a of AGENDA) L.row(a, AW);
L.space(10);
L.para("Members attending online should join by 10.20am. The slides for item 6 will be shared on the day.", { size: 9.5 });
L.para(`Apologies and substitutions to ${O.benedikt.name}, ${O.benedikt.post}, ${O.benedikt.phone}, ${O.benedikt.email}.`, { size: 9.5 });

// ---------------------------------------------------------------- item 3, draft minutes
divider(3, "Minutes of the meeting of 12 September 2255 and the action log", "Chair", "Draft minutes, 12 September 2255", "2 pages", 1);
packPage();
const START = {};
START[3] = packPageNo;
L.para("Item 3", { font: "b", size: 10, color: "#1F4E79", gap: 4 });
L.para(BODY, { font: "b", size: 13, gap: 2 });
L.para(`Minutes of the meeting held on ${MEETINGS.sept.date}, 10.30am, Westminster Room, 18 Smith Square`, { size: 10, gap: 4 });
L.para("DRAFT – for approval at the meeting of 5 December 2255", { font: "b", size: 9.5, color: "#C00000", gap: 8 });
const KW = [110, 373];
const names = (ks) => ks.map((k) => cllr(k) + (P[k].role === "Chair" ? " (Chair)" : P[k].role === "Vice-Chair" ? " (Vice-Chair)" : P[k].role === "Deputy Chair" ? " (Deputy Chair)" : "")).join(", ");
L.row([{ text: "Present", font: "b" }, names(SEPT.present)], KW, { border: false });
L.row([{ text: "Attending online", font: "b" }, names(SEPT.online)], KW, { border: false });
L.row([{ text: "Substitute", font: "b" }, `${cllr("fairbairnlusk")} (for ${cllr("aberconway")})`], KW, { border: false });
L.row([{ text: "Apologies", font: "b" }, cllr("aberconway")], KW, { border: false });
L.row([{ text: "Officers", font: "b" }, `${O.anushka.name}, ${O.lorcan.name}, ${O.ffion.name}, ${O.benedikt.name} (clerk)`], KW, { border: false });
L.row([{ text: "Also present", font: "b" }, `${GUEST.name}, ${GUEST.post} (item 4)`], KW, { border: false });
L.space(8);
const min = (t) => L.para(t, { size: 10, gap: 5 });
const res = (t) => L.para(t, { size: 10, gap: 3, indent: 14 });
H("1  Welcome, apologies and substitutes", { size: 10.5 });
min(`1.1 The Chair welcomed members. Apologies were received from ${cllr("aberconway")}; ${cllr("fairbairnlusk")} attended as his substitute.`);
H("2  Declarations of interest", { size: 10.5 });
const d21 = min(`2.1 ${cllr("kittermaster")} declared a non-pecuniary interest in item 5 as a trustee of the Hollinsby Neighbourly Trust, which fits call blockers for Hollinsby Borough Council.`);
mark(d21, ++notesCount);
NOTES.push({ page: L.page, where: "Item 3, minute 2.1", hl: "a trustee of the Hollinsby Neighbourly Trust", note: "Re-declare at item 5 on 5 Dec. The Trust is not named in the NZ2-03 application – check with Benedikt." });
min(`2.2 ${cllr("okoronkwo")} declared a disclosable pecuniary interest in item 6 as an employee of Kestrelmoor Mutual Building Society, and took no part in that item.`);
H("3  Minutes of the meeting of 20 June 2255", { size: 10.5 });
min("3.1 The minutes of the meeting of 20 June 2255 were agreed as a correct record.");
H("4  Courier fraud in Mardleton: presentation", { size: 10.5 });
min(`4.1 ${GUEST.name} said that in the year to August 2255 Mardleton Police had recorded 214 courier fraud reports, with losses of £1.38 million. The average age of victims was 81, and seven in ten lived alone.`);
min("4.2 Members asked how banks could stop large cash withdrawals sooner. DS Pendarves said that branches signed up to the Bank Alert Protocol called the police in most cases before the money left the branch.");
min("RESOLVED that the Task Group:");
res("(a) notes the presentation;");
res(`(b) asks the Head of Community Safety to issue a joint courier fraud alert with Mardleton Police to all member councils by 30 September 2255; and`);
res("(c) adds courier fraud to the programme's risk register.");
L.space(3);
H("5  Call Blocker Fund: round 2", { size: 10.5 });
min("5.1 The Programme Manager reported that round 1 had funded 655 call blockers in six councils, 410 of which had been fitted by 30 June 2255.");
min("RESOLVED that the Task Group:");
res(`(a) opens round 2 of the Call Blocker Fund on 1 October 2255 with ${gbp(ROUND2)};`);
res("(b) delegates decisions on round 2 bids of up to £25,000 each to the Chair and the Vice-Chair acting together, to be taken between meetings in the Teams Approvals app, both to approve;");
res("(c) agrees that where the Chair or the Vice-Chair is a member of a council that has bid, the Deputy Chair approves in their place; and");
res("(d) asks for the decisions taken in this way to be reported to the next meeting.");
L.space(3);
H("6  Bank Alert Protocol", { size: 10.5 });
min(`6.1 ${cllr("okoronkwo")} took no part in this item. The Vice-Chair reported that 22 bank branches had signed up to the Bank Alert Protocol by 30 June 2255, against a target of 40.`);
min("RESOLVED that the Chair writes to the regional managers of the five largest banks in the member councils' areas by 31 October 2255, asking every branch to sign up.");
H("7  Safe at Home Programme: quarter 1 performance", { size: 10.5 });
min("7.1 RESOLVED that the quarter 1 performance report be noted.");
H("8  Any other business", { size: 10.5 });
min(`8.1 The Chair asked ${cllr("aberconway")}, in his absence, to agree the Scam Champions press release by 10 October 2255.`);
H("9  Date of next meeting", { size: 10.5 });
min(`9.1 ${MEETINGS.dec.date}, 10.30am.`);
L.space(6);
H("Action log (status as at 26 November 2255)", { size: 10.5 });
const XW = [46, 210, 110, 60, 57];
const xh = { cells: ["Ref", "Action", "Owner", "Due", "Status"].map((t) => ({ text: t, font: "b" })), opts: { fill: "#E7E6E6", size: 8.5 } };
L.row(xh.cells, XW, xh.opts);
for (const a of ACTIONS_SEPT) L.row([a.id, a.action, a.owner, a.due, a.status], XW, { size: 8.5, header: xh });

// ---------------------------------------------------------------- item 4: cover report
divider(4, "Safe at Home Programme: quarter 2 performance", O.anushka.name, "Cover report", "1 page", 1);
packPage();
START[4] = packPageNo;
L.para("Item 4", { font: "b", size: 10, color: "#1F4E79", gap: 4 });
L.para("Safe at Home Programme: quarter 2 performance", { font: "b", size: 13, gap: 8 });
const FW = [120, 363];
L.row([{ text: "Purpose", font: "b" }, "For noting"], FW);
L.row([{ text: "Summary", font: "b" }, `The programme tracker, exported from Smartsheet on 20 November 2255, is circulated separately. At quarter 2 (30 September 2255) ${WORDS[STATUS_COUNT["On Track"]]} of the eight measures are On Track, ${WORDS[STATUS_COUNT["At Risk"]]} At Risk (DSH-04 and DSH-08) and ${WORDS[STATUS_COUNT["Off Track"]]} Off Track (DSH-03 and DSH-06).`], FW);
L.row([{ text: "Recommendation", font: "b" }, "That the Task Group notes the quarter 2 position."], FW);
L.row([{ text: "Contact officer", font: "b" }, `${O.anushka.name}, ${O.anushka.post}, ${O.anushka.phone}, ${O.anushka.email}`], FW);
L.space(10);
const q2 = L.para("1. Measure DSH-01 counts devices fitted, not devices funded: the 120 and 60 devices approved in round 2 for Hollinsby and Stannerby will be counted when they are fitted, from January 2256.", { size: 10 });
mark({ x: q2.x, y: q2.y, w: 0, h: 0 }, ++notesCount);
NOTES.push({ page: L.page, where: "Item 4, paragraph 1", hl: "", note: "Ask Anushka: is 1,200 by March still realistic if round 2 devices go in from January?" });
L.para("2. Of the Off Track measures, DSH-03 (zones) is dealt with at item 5, and DSH-06 (bank branches) is the subject of the Chair's letter to the banks' regional managers (action DCA-15).", { size: 10 });

// ---------------------------------------------------------------- item 5: the zones paper
divider(5, "No Cold Calling Zones: model framework and round 2 funding", O.lorcan.name, "Report", "2 pages", 1);
packPage();
START[5] = packPageNo;
L.para("Item 5", { font: "b", size: 10, color: "#1F4E79", gap: 4 });
L.para("No Cold Calling Zones: model framework and round 2 funding", { font: "b", size: 13, gap: 8 });
L.row([{ text: "Purpose", font: "b" }, "For decision"], FW);
L.row([{ text: "Summary", font: "b" }, "This paper asks the Task Group to approve a model framework for designating No Cold Calling Zones and to award round 2 zone funding to five of the six applications received."], FW);
const recs = [
  "That the Task Group:",
  "(a) approves the model No Cold Calling Zone framework set out in section 3;",
  `(b) awards round 2 zone funding of ${gbp(ZONE_AWARDS)} to the five applications recommended in Table 1;`,
  "(c) asks officers to support Stannerby City Council to resubmit NZ2-04 (Bexley Fields) for the meeting of 12 March 2256; and",
  "(d) agrees a revised 2255/56 target of 8 new zones for measure DSH-03.",
];
L.row([{ text: "Recommendations", font: "b" }, { lines: recs }], FW, { renderLines: [`Recommendations | ${recs[0]}`, ...recs.slice(1)] });
L.row([{ text: "Confidential", font: "b" }, "No"], FW);
L.row([{ text: "Key decision", font: "b" }, "No"], FW);
L.row([{ text: "Financial implications", font: "b" }, `The zone budget for 2255/56 is ${gbp(ZONE_BUDGET)}. Round 1 awarded ${gbp(ZONE_ROUND1)} for three zones. The round 2 awards recommended here total ${gbp(ZONE_AWARDS)}, leaving ${gbp(ZONE_LEFT)}.`], FW);
L.row([{ text: "Contact officer", font: "b" }, { lines: [`${O.lorcan.name}, ${O.lorcan.post}`, `Telephone: ${O.lorcan.phone}`, `E-mail: ${O.lorcan.email}`] }], FW);
L.space(12);
H("1  Background", { size: 10.5 });
L.para("1.1 A No Cold Calling Zone is a street or estate where residents have agreed, through their council, to display signs and door stickers telling traders that uninvited callers are not welcome. Zones are a deterrent, not a legal ban.", { size: 10 });
L.para("1.2 Three zones were designated from round 1 (measure DSH-03 stood at 3 at quarter 2, against a target of 12). Round 2 closed on 31 October 2255 after the Chair agreed a one-month extension.", { size: 10 });
H("2  Round 2 applications", { size: 10.5 });
L.para(`2.1 Six applications were received and scored out of 30 by two officers. Applications scoring ${ZONE_THRESHOLD} or more are recommended for funding.`, { size: 10 });
L.para("Table 1: Round 2 zone applications", { font: "b", size: 9.5, gap: 4 });
const TW = [48, 62, 118, 69, 50, 42, 94];
const th = { cells: ["Ref", "Council", "Zone", "Households", "Cost", "Score", "Recommendation"].map((t) => ({ text: t, font: "b" })), opts: { fill: "#E7E6E6", size: 8.5 } };
L.row(th.cells, TW, th.opts);
let nz03;
for (const z of ZONES) {
  const r = L.row([z.ref, z.council, z.zone, String(z.households), gbp(z.cost), String(z.score), z.score >= ZONE_THRESHOLD ? "Fund" : "Resubmit"], TW, { size: 8.5, header: th });
  if (z.ref === "NZ2-03") nz03 = r;
}
mark({ x: 56, y: nz03.y + 2, w: PW - 112 - 4, h: nz03.h - 4 }, ++notesCount);
NOTES.push({ page: L.page, where: "Item 5, Table 1, NZ2-03", hl: "NZ2-03 Hollinsby Old Mill Lane", note: "Who pays to renew the Old Mill Lane signs after three years? See risk DSH-R2." });
L.row(["", "Total funded", "", FUNDED.reduce((t, z) => t + z.households, 0).toLocaleString("en-GB"), gbp(ZONE_AWARDS), "", ""], TW, { size: 8.5, renderLines: [`Total funded | ${FUNDED.reduce((t, z) => t + z.households, 0).toLocaleString("en-GB")} | ${gbp(ZONE_AWARDS)}`] });
L.space(8);
L.para("2.2 NZ2-04 (Bexley Fields, Stannerby) scored 14: its survey reached only 31% of households. Officers recommend that Stannerby repeats the survey and resubmits for March.", { size: 10 });
H("3  The model framework", { size: 10.5 });
L.para("3.1 A zone may be designated where at least 60% of the households surveyed support it and the police confirm a record of doorstep crime or rogue trading in the area in the previous two years.", { size: 10 });
L.para("3.2 Each household receives a door sticker and a leaflet; signs at the entrances to the zone are renewed every three years by the council that designated it.", { size: 10 });
L.para("3.3 Zones are reviewed after three years. A zone lapses if the council does not renew its signs, and it is then removed from the register kept by the Programme Manager.", { size: 10 });
L.para("3.4 The council pays for the survey; the Task Group's zone budget pays for signs, stickers and leaflets, up to £10,000 a zone.", { size: 10 });
H("4  Next steps", { size: 10.5 });
L.para("4.1 If the Task Group agrees, offer letters will be sent to the five councils by 19 December 2255, and DSH-03 will be reported against the revised target of 8 from quarter 3.", { size: 10 });

// ---------------------------------------------------------------- the portal's notes page (the last page)
nextIsPack = false;
L.newPage();
L.para("My annotations", { font: "b", size: 16, color: "#1F4E79", gap: 4 });
L.para(`${WHO} · visible only to you · ${NOTES.length} notes`, { size: 9.5, color: "#555555", gap: 12 });
for (const [i, n] of NOTES.entries()) {
  L.para(`${i + 1}.  Pack page ${n.page} · ${n.where}`, { font: "b", size: 10, gap: 2 });
  if (n.hl) L.para(`Highlighted: “${n.hl}”`, { font: "i", size: 10, gap: 2, indent: 16 });
  L.para(`Note: ${n.note}`, { size: 10, gap: 10, indent: 16 });
}
for (const i of [3, 4, 5]) if (AGENDA[i - 1][3] !== String(START[i])) throw new Error(`item ${i} starts on page ${START[i]}`);
if (L.page !== TOTAL) throw new Error(`pack has ${L.page} pages, expected ${TOTAL}`);
await L.finish();
writeFileSync(join(root, "text", BASE + ".txt"), L.R.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${L.page} pages) and text/${BASE}.txt`);
