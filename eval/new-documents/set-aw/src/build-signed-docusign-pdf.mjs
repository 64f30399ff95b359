// Builds docs/itvtg-minutes-2112-11-22-and-dn-2113-05-signed.pdf and its rendering in text/.
// Layout: A COMPLETED DOCUSIGN ENVELOPE DOWNLOADED AS ONE PDF ("Download > Combined, with Certificate of
// Completion"), drawn with pdfkit (A4, DejaVu Sans / Serif Italic embedded): the envelope's TWO DOCUMENTS
// one after the other – (1) the minutes of the meeting of 22 November 2112, approved on 14 March 2113
// and signed by the Chair; (2) the decision notice DN-2113-05 of 14 March 2113 (round 2 awards of the
// Enforcement Fund: a boxed label / value table of decision reference, key decision, exempt information,
// publication and implementation dates; the decision (a)–(d); reasons; alternatives; declarations;
// voting; contact officer; a schedule of approved awards), signed by the Chair and the proper officer –
// then DOCUSIGN'S CERTIFICATE OF COMPLETION (envelope id, subject, status Completed, document and
// certificate page counts, originator, record tracking, SIGNER EVENTS with each signer's signature
// adoption, IP address and Sent / Viewed / Signed timestamps, the empty in-person, editor, agent,
// intermediary, certified delivery, witness and notary sections, CARBON COPY EVENTS, ENVELOPE SUMMARY
// EVENTS, payment events, and the electronic record and signature disclosure). DocuSign's marks on the
// documents: THE ENVELOPE ID STAMPED ON EVERY DOCUMENT PAGE ("Docusign Envelope ID: …", top left, small)
// – written into each page's content stream AFTER the page's own text, as an overlay is, so text
// extraction meets it at the end of the page, after the document's own footer; SIGNATURES AS DOCUSIGN
// DRAWS THEM (a bracket, "DocuSigned by:", the name in a script face, a 15-character signature id and
// an ellipsis) over the typed name; and the "Date signed" fields filled in the account's US format
// ("3/16/2113"), while the documents themselves write dates the British way. The certificate's
// timestamps are US style with a bar ("3/16/2113 | 08:54 AM"). The minutes are typed in numbered
// paragraphs (1.1, 1.2 …), attendance as an unruled label / value table, actions in a ruled table.
// No paragraph or table row is split across pages.
// Rendering: the documents in reading order, a paragraph or table row a line (cells " | ", a cell's
// lines joined by spaces), a signature as "DocuSigned by: | name | id…", the certificate a row per
// line; the envelope stamps and the documents' own footers left out.
// Synthetic test fixture: every person, figure, decision, IP address and identifier is invented.
//   node src/build-signed-docusign-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, BOARD, OFFICERS as O, P, cllr, ACTIONS, AWARDS, APPROVED, DEFERRED, CARRY, ROUND2, ROUND1, gbp, ENVELOPE as E, GUEST } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.signed;
const BASE = basename(FILE, extname(FILE));
const PW = 595.28, PH = 841.89, ML = 62, MR = 62, TOP = 64, BOTTOM = 70, W = PW - ML - MR;
const doc = new PDFDocument({ size: "A4", margin: 0, bufferPages: true, autoFirstPage: false, info: { Title: E.subject, Author: "DocuSign", Creator: "DocuSign", Producer: "DocuSign PDF Engine" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf")).registerFont("sig", join(FONTS, "DejaVuSerif-Italic.ttf")).registerFont("c", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("cb", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));
const INK = "#111111", GREY = "#666666", LINE = "#8C8C8C";
const out = [];
const pages = []; // {part}
let part = "minutes", y = TOP;

const newPage = () => { doc.addPage({ size: "A4", margin: 0 }); pages.push({ part }); y = TOP; };
const ensure = (h) => { if (y + h > PH - BOTTOM) newPage(); };
const hText = (s, font, size, width, lg = 2) => doc.font(font).fontSize(size).heightOfString(s, { width, lineGap: lg });
const put = (s, x, yy, font, size, width, o = {}) => doc.font(font).fontSize(size).fillColor(o.color ?? INK).text(s, x, yy, { width, lineGap: o.lg ?? 2, align: o.align ?? "left" });

// flow elements
const gap = (h) => { y += h; };
function para(s, o = {}) {
  const font = o.font ?? "r", size = o.size ?? 10, x = ML + (o.indent ?? 0), w = W - (o.indent ?? 0);
  const h = hText(s, font, size, w);
  ensure(h + 2);
  put(s, x, y, font, size, w, o);
  y += h + (o.after ?? 6);
  if (o.render !== false) out.push(o.render ?? s);
}
// a numbered paragraph: the number in a hanging column
function npara(n, s, o = {}) {
  const h = hText(s, "r", 10, W - 34);
  ensure(h + 2);
  put(n, ML, y, "r", 10, 30);
  put(s, ML + 34, y, "r", 10, W - 34);
  y += h + 6;
  out.push(`${n} ${s}`);
}
// a table: rows of cells (a cell is a string); widths; head row bold; ruled or not
function table(rows, widths, o = {}) {
  const pad = o.pad ?? 4, size = o.size ?? 9;
  const fontOf = (i, j) => ((o.head && i === 0) || (o.labels && j === 0) || (o.boldLast && i === rows.length - 1) ? (o.cond ? "cb" : "b") : o.cond ? "c" : "r");
  for (const [i, r] of rows.entries()) {
    const hs = r.map((c, j) => hText(c, fontOf(i, j), size, widths[j] - 2 * pad, 1.5));
    const h = Math.max(...hs) + 2 * pad;
    ensure(h);
    let x = ML;
    for (const [j, c] of r.entries()) {
      if (o.ruled) {
        if ((o.head && i === 0) || (o.labels && j === 0)) doc.rect(x, y, widths[j], h).fillColor("#E9E9E9").fill();
        doc.rect(x, y, widths[j], h).lineWidth(0.5).strokeColor(LINE).stroke();
      }
      if (c) put(c, x + pad, y + pad, fontOf(i, j), size, widths[j] - 2 * pad, { lg: 1.5 });
      x += widths[j];
    }
    y += h;
    out.push(r.join(" | "));
  }
  y += o.after ?? 8;
}
// DocuSign's signature: bracket, "DocuSigned by:", the name in a script face, the id
function signature(name, id, label, typed, date) {
  ensure(96);
  para(label, { font: "b", after: 4 });
  const x = ML + 4, top = y;
  doc.lineWidth(1.1).strokeColor("#1F4E9A");
  doc.moveTo(x + 10, top).lineTo(x, top).lineTo(x, top + 44).lineTo(x + 10, top + 44).stroke();
  put("DocuSigned by:", x + 6, top + 2, "r", 6.5, 120, { color: GREY });
  put(name, x + 6, top + 11, "sig", 15, 220, { color: "#1F2F5C" });
  put(id + "...", x + 6, top + 33, "r", 6.5, 120, { color: GREY });
  out.push(`DocuSigned by: | ${name} | ${id}...`);
  y = top + 52;
  para(typed, { after: 2 });
  para(`Date: ${date}`, { after: 10 });
}

// ------------------------------------------------------------------ document 1: the minutes
newPage();
para(BODY, { font: "b", size: 15, after: 4 });
para("Minutes of the meeting held on Tuesday 22 November 2112 at 10.30am in Room 4.2, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams", { font: "b", size: 11, after: 12 });
const att = [
  ["Present", `${cllr("quenby")} (Chair), ${cllr("pritchard")} (Vice-Chair), ${cllr("okonkwo")} (Deputy Chair), ${cllr("wintle")}, ${cllr("cadwaladr")}, ${cllr("stanforth")} (online), ${cllr("achebe")}, ${cllr("ormsby")}, ${cllr("hadley")} and ${cllr("braithwaite")} (online)`],
  ["Substitute", `${cllr("quraishi")} (for ${cllr("rhosier")})`],
  ["Apologies", `${cllr("rhosier")} and ${cllr("pellingham")}`],
  ["Officers", `${O.ottilie.name}, ${O.cormac.name}, ${O.elin.name}, ${O.wilhelmina.name}, ${O.rajendra.name} and ${O.perpetua.name} (clerk)`],
  ["Guest", `${GUEST.name}, ${GUEST.post} (item 6)`],
];
table(att, [90, W - 90], { size: 10, labels: true, pad: 3, after: 12 });

const item = (n, title) => { ensure(40); para(`${n}   ${title}`, { font: "b", size: 11, after: 5, render: `${n} ${title}` }); };
item("1", "Welcome, apologies and declarations of interest");
npara("1.1", `The Chair welcomed members and ${GUEST.name}. Apologies were received from ${cllr("rhosier")}, for whom ${cllr("quraishi")} substituted, and from ${cllr("pellingham")}.`);
npara("1.2", `${cllr("wintle")} declared a non-pecuniary interest in item 5 because his daughter is a trading standards officer at Holmcliffe District Council, which received a round 1 grant. He remained in the meeting.`);
npara("1.3", `${cllr("stanforth")} declared a non-pecuniary interest in item 4 as a trustee of the Eskerby Youth Trust, which runs vape education sessions in schools. She took part in the item.`);
item("2", "Minutes of the meeting held on 20 September 2112");
npara("2.1", "The minutes of the meeting held on 20 September 2112 were agreed as a correct record.");
item("3", "Action log");
npara("3.1", `${O.perpetua.name} introduced the action log. Actions IVA-09 to IVA-13 were complete except IVA-11, the guidance on closure orders, which ${O.lleucu.name} would publish in December 2112.`);
npara("3.2", "The Task Group noted the action log.");
item("4", "Programme performance, quarter 2 2112/13");
npara("4.1", `${O.ottilie.name}, Programme Manager, introduced the report. Four measures were on track, five at risk and one not yet due; none was off track.`);
npara("4.2", `Members were concerned that the underage sales rate in test purchases had risen to 21 per cent (IVM-02). ${cllr("stanforth")} asked for a recovery plan if it rose again.`);
npara("4.3", "Resolved: that the Task Group (a) noted performance at quarter 2 2112/13; and (b) asked officers to bring a recovery plan for IVM-02 to the next meeting if the rate had not fallen.");
item("5", "Trading Standards Enforcement Fund: round 1 evaluation and round 2 prospectus");
npara("5.1", `${O.cormac.name}, ${O.cormac.post}, introduced the report. Round 1 had awarded ${gbp(ROUND1)} to 14 councils in July 2112. By the end of October 2112 the funded projects had made 1,146 retailer visits and seized 52,300 illicit vapes.`);
npara("5.2", `${cllr("pritchard")} asked that Welsh and English councils be able to bid together in partnership. Officers agreed to say so in the prospectus.`);
npara("5.3", `Resolved: that the Task Group (a) agreed the round 2 prospectus: ${gbp(ROUND2.pot)} available, a maximum grant of ${gbp(ROUND2.max)}, match funding of at least 20 per cent and a closing date of 27 January 2113; and (b) asked for the round 1 evaluation to be circulated to all members.`);
item("6", "Presentation: fires caused by disposable vapes");
npara("6.1", `${GUEST.name}, ${GUEST.post}, gave a presentation. Fire services in England and Wales had attributed 214 fires at waste and recycling sites in 2111/12 to the lithium batteries in disposable vapes, up from 131 in 2110/11. Two of the fires had been at stores of seized goods, one of them in Severnmouth in August 2112.`);
npara("6.2", "Members asked how seized vapes should be stored. Dr Penrose-Uttley advised metal containers holding no more than 5,000 vapes each, and a fire risk assessment for every store.");
npara("6.3", "Resolved: that the Task Group (a) thanked Dr Penrose-Uttley; (b) asked officers to add a risk on fires from seized vapes to the programme risk register; and (c) asked for a report on the cost of storing and disposing of seized vapes.");
item("7", "Retailer registration and fixed penalties");
npara("7.1", `${O.elin.name}, ${O.elin.post}, introduced the item. The Department for Trade and Consumer Affairs had said it would consult on a national registration scheme for tobacco and vape retailers early in 2113.`);
npara("7.2", "Resolved: that the Task Group (a) agreed that the Chair should write to the Minister for Consumer Affairs asking for fixed penalty powers for illicit vape sales; and (b) asked officers to draft a response to the consultation for the March meeting.");
item("8", "Joint operations in Wales");
npara("8.1", `${cllr("cadwaladr")}, lead member for Wales, introduced the item. 14 of the 20 Welsh councils had signed the joint operations protocol; the others were waiting for a data-sharing agreement.`);
npara("8.2", "Resolved: that the Task Group asked officers to agree a data-sharing agreement with the Welsh councils by 31 January 2113.");
item("9", "Any other business");
npara("9.1", `${cllr("achebe")} suggested that members visit the Severnmouth seized goods store. The Chair agreed and asked the clerk to arrange a visit.`);
item("10", "Date of next meeting");
npara("10.1", "Tuesday 14 March 2113 at 10.30am.");
gap(4);
ensure(60);
para("Actions", { font: "b", size: 11, after: 5 });
const MIN = { 14: "7.2", 15: "5.3", 16: "5.3", 17: "8.2", 18: "6.3", 19: "6.3", 20: "7.2", 21: "9.1" };
table([["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, MIN[a.ref.slice(4)], a.action, O[a.owner].name, a.due])], [46, 44, 215, 100, W - 405], { ruled: true, head: true, size: 8.5 });
gap(6);
para("Approved as a correct record at the meeting held on 14 March 2113.", { after: 10 });
signature("Honoria Quenby-Marsh", E.chairSigId, "Chair", cllr("quenby"), "3/16/2113");

// ------------------------------------------------------------------ document 2: the decision notice
part = "decision";
newPage();
para("Decision notice", { font: "b", size: 16, after: 2 });
para(BODY, { font: "b", size: 11, after: 10 });
table([
  ["Decision reference", "ITVTG/DN/2113/05"],
  ["Decision taken by", BODY],
  ["Date of decision", "14 March 2113"],
  ["Agenda item", "Item 5"],
  ["Subject", "Trading Standards Enforcement Fund round 2: awards"],
  ["Key decision", "Yes"],
  ["Exempt information", "Appendix B to the report (assessment scores) is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"],
  ["Date published", "16 March 2113"],
  ["Decision may be implemented from", "21 March 2113"],
], [150, W - 150], { ruled: true, labels: true, size: 9.5, after: 12 });
para("Decision", { font: "b", size: 11, after: 5 });
para("The Task Group:", { after: 4 });
const R24 = AWARDS.find((a) => a.deferred);
for (const s of [
  `(a) approved seven awards totalling ${gbp(APPROVED)}, as set out in the schedule below;`,
  `(b) deferred bid ${R24.ref} (${R24.council}, ${gbp(R24.amount)}) to the meeting on 20 June 2113, pending evidence that the warehouse lease has been signed, and agreed to hold ${gbp(DEFERRED)} for it until then;`,
  `(c) agreed that the ${gbp(CARRY)} not recommended for award is carried forward to round 3; and`,
  "(d) delegated the grant conditions for each award to the Programme Manager, in consultation with the Chair.",
]) para(s, { indent: 14, after: 4 });
gap(6);
para("Reasons for the decision", { font: "b", size: 11, after: 5 });
para("The approved bids scored 70 or more out of 100 against the criteria in the prospectus agreed on 22 November 2112. Bid R2-24 cannot start until Northmarsh Metropolitan Borough Council has signed a lease of warehouse space, which had not happened by the date of the meeting.");
para("Alternatives considered and rejected", { font: "b", size: 11, after: 5 });
para("Approving all eight recommended awards (rejected because bid R2-24 could not yet show its lease); reopening round 2 for further bids (rejected because of the timetable for spending in 2113/14).");
para("Declarations of interest", { font: "b", size: 11, after: 5 });
para(`${cllr("okonkwo")} declared an interest as Saltmere City Council's cabinet member for community safety (bid R2-03) and left the room for the item.`, { after: 4 });
para(`${cllr("pritchard")} declared an interest as a member of Glanhafren County Council's Cabinet (bid R2-28) and did not take part in the item.`, { after: 4 });
para(`${cllr("achebe")} declared an interest at the meeting as Northmarsh Metropolitan Borough Council's cabinet member for regulatory services (bids R2-24 and R2-03) and left the room for the item.`);
para("Voting", { font: "b", size: 11, after: 5 });
para("The decision was carried by 8 votes to 0, with 1 abstention.");
para("Contact officer", { font: "b", size: 11, after: 5 });
para(`${O.cormac.name}, ${O.cormac.post}, ${O.cormac.phone}, ${O.cormac.email}`);
ensure(140);
para("Schedule: approved awards", { font: "b", size: 11, after: 5 });
table([["Bid", "Council", "Project", "Award"], ...AWARDS.filter((a) => !a.deferred).map((a) => [a.ref, a.council, a.project, gbp(a.amount)]), ["Total", "", "", gbp(APPROVED)]], [50, 170, 200, W - 420], { ruled: true, head: true, boldLast: true, size: 9 });
gap(4);
signature("Honoria Quenby-Marsh", E.chairSigId, "Chair", cllr("quenby"), "3/16/2113");
signature("Alasdair Fenchurch-Hope", E.hodsSigId, "Proper officer", `${O.alasdair.name}, ${O.alasdair.post}`, "3/16/2113");

// ------------------------------------------------------------------ the certificate of completion
const docPages = pages.length;
part = "certificate";
newPage();
y = 40;
put("Docusign", ML, y, "b", 13, 200, { color: "#1F2F5C" });
y += 30;
para("Certificate Of Completion", { font: "b", size: 13, after: 10 });
const cw = [W * 0.45, W * 0.2, W * 0.35];
const ctable = (rows, o = {}) => table(rows, o.w ?? cw, { size: 7.5, cond: true, pad: 2.5, after: o.after ?? 6, head: o.head, ruled: o.ruled });
ctable([
  [`Envelope Id: ${E.id.replace(/-/g, "")}`, "", "Status: Completed"],
  [`Subject: ${E.subject}`, "", ""],
  ["Source Envelope:", "", ""],
  [`Document Pages: ${docPages}`, "Signatures: 3", "Envelope Originator:"],
  ["Certificate Pages: 3", "Initials: 0", O.perpetua.name],
  ["AutoNav: Enabled", "", "18 Smith Square"],
  ["EnvelopeId Stamping: Enabled", "", "London, SW1P 3HZ"],
  ["Time Zone: (UTC) Dublin, Edinburgh, Lisbon, London", "", O.perpetua.email],
  ["", "", "IP Address: 198.51.100.23"],
], { after: 10 });
para("Record Tracking", { font: "cb", size: 9, after: 3 });
ctable([
  ["Status: Original", `Holder: ${O.perpetua.name}`, "Location: DocuSign"],
  ["3/15/2113 | 04:07 PM", O.perpetua.email, ""],
], { after: 10 });
ctable([
  ["Signer Events", "Signature", "Timestamp"],
  [`${P.quenby.fore} ${P.quenby.sur} ${P.quenby.email} Chair, ${BODY} Security Level: Email, Account Authentication (None)`,
   `DocuSigned by: ${P.quenby.fore} ${P.quenby.sur} ${E.chairSigId}... Signature Adoption: Pre-selected Style Using IP Address: 203.0.113.45`,
   `Sent: ${E.sent} Viewed: ${E.chairViewed} Signed: ${E.chairSigned}`],
  ["Electronic Record and Signature Disclosure: Accepted: 3/16/2113 | 08:51 AM ID: 5f0c2a91-7e3b-4d16-b8a4-0c9e51d2f7aa", "", ""],
  [`${O.alasdair.name} ${O.alasdair.email} ${O.alasdair.post} Security Level: Email, Account Authentication (None)`,
   `DocuSigned by: ${O.alasdair.name} ${E.hodsSigId}... Signature Adoption: Drawn on Device Using IP Address: 198.51.100.57`,
   `Sent: ${E.hodsSent} Viewed: ${E.hodsViewed} Signed: ${E.hodsSigned}`],
  ["Electronic Record and Signature Disclosure: Accepted: 2/9/2112 | 10:15 AM ID: a3e7b0c4-19d2-4f8e-9b61-7d2c08e4f5b3", "", ""],
], { head: true, after: 8 });
for (const t of ["In Person Signer Events | Signature | Timestamp", "Editor Delivery Events | Status | Timestamp", "Agent Delivery Events | Status | Timestamp", "Intermediary Delivery Events | Status | Timestamp", "Certified Delivery Events | Status | Timestamp"])
  ctable([t.split(" | ")], { head: true, after: 6 });
ctable([
  ["Carbon Copy Events", "Status", "Timestamp"],
  [`${O.ottilie.name} ${O.ottilie.email} Security Level: Email, Account Authentication (None)`, "COPIED", `Sent: ${E.completed}`],
  [`${O.cormac.name} ${O.cormac.email} Security Level: Email, Account Authentication (None)`, "COPIED", `Sent: ${E.completed}`],
], { head: true, after: 6 });
for (const t of ["Witness Events | Signature | Timestamp", "Notary Events | Signature | Timestamp"]) ctable([t.split(" | ")], { head: true, after: 6 });
ctable([
  ["Envelope Summary Events", "Status", "Timestamps"],
  ["Envelope Sent", "Hashed/Encrypted", E.sent],
  ["Certified Delivered", "Security Checked", E.hodsViewed],
  ["Signing Complete", "Security Checked", E.hodsSigned],
  ["Completed", "Security Checked", E.completed],
], { head: true, after: 6 });
ctable([["Payment Events", "Status", "Timestamps"]], { head: true, after: 6 });
newPage();
y = 50;
para("Electronic Record and Signature Disclosure", { font: "b", size: 11, after: 6 });
para("Created: 2/2/2111 | 11:04 AM", { size: 8.5, after: 3 });
para(`Parties agreed to: ${P.quenby.fore} ${P.quenby.sur}, ${O.alasdair.name}`, { size: 8.5, after: 8 });
para("ELECTRONIC RECORD AND SIGNATURE DISCLOSURE", { font: "b", size: 8.5, after: 4 });
para("The association may need to send you notices and documents in writing. This disclosure explains how you can receive them electronically through the DocuSign system, how to withdraw your agreement to do so, and how to ask for a paper copy, which will be sent free of charge. Please read it and, if you agree, confirm your agreement by selecting the check-box before you use the system.", { size: 8.5, after: 4 });
para(`To ask for paper copies or to withdraw your agreement, e-mail ${O.perpetua.email} with your name, your e-mail address and the subject of the envelope.`, { size: 8.5 });

// ------------------------------------------------------------------ footers and the envelope stamp, after each page's text
const counts = {};
if (pages.filter((p) => p.part === "certificate").length !== 3) throw new Error("the certificate is not 3 pages");
for (const p of pages) counts[p.part] = (counts[p.part] ?? 0) + 1;
const seen = {};
for (const [i, p] of pages.entries()) {
  doc.switchToPage(i);
  seen[p.part] = (seen[p.part] ?? 0) + 1;
  if (p.part === "minutes") {
    put("ITVTG minutes 22 November 2112", ML, PH - 44, "r", 7.5, 250, { color: GREY });
    put(`Page ${seen[p.part]} of ${counts[p.part]}`, PW - MR - 100, PH - 44, "r", 7.5, 100, { color: GREY, align: "right" });
  } else if (p.part === "decision") {
    put("Decision notice ITVTG/DN/2113/05", ML, PH - 44, "r", 7.5, 250, { color: GREY });
    put(`Page ${seen[p.part]} of ${counts[p.part]}`, PW - MR - 100, PH - 44, "r", 7.5, 100, { color: GREY, align: "right" });
  }
  if (p.part !== "certificate") put(`Docusign Envelope ID: ${E.id}`, 22, 16, "r", 7, 400, { color: INK });
}
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${pages.length} pages, ${docPages} document pages) and text/${BASE}.txt`);
