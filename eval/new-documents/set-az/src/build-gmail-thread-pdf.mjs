// Builds docs/ehtg-gmail-thread-tanners-yard-2131-11-07.pdf and its rendering in text/.
// Layout: AN E-MAIL CONVERSATION PRINTED FROM GMAIL ("Print all") AND SAVED AS PDF FROM THE BROWSER'S
// PRINT DIALOGUE (pdfkit, A4 portrait, DejaVu Sans embedded; Producer "Skia/PDF", Title the browser tab's
// "Gmail - <subject>"). The browser's running header on every page (print date and time "07/11/2131,
// 15:20" at the left, the tab title in the middle) and footer (the print view's long URL
// "https://mail.google.com/mail/u/0/?ik=…&view=pt&search=all&permthid=thread-f:…" at the left, "n/3" at
// the right). Gmail's print view: the Gmail logo and, at the right, the account that printed it
// ("Kwabena Ashplant <…>"); a rule; the subject in bold; "6 messages"; a rule; then every message of
// the thread, oldest first, each as a sender line (the name in bold, the address after it in grey) with
// THE DATE AT THE RIGHT-HAND END OF THE SAME LINE ("Mon, 5 Nov 2131 at 09:14"), a "To:" line and a
// "Cc:" line of "Name <address>" lists, the body as typed (short paragraphs, a signature block, "Sent
// from my iPad"), "[Quoted text hidden]" in grey where Gmail folded the quoted reply, an attachment
// shown as its file name and size under the last message, and a rule between messages. The first message
// holds a small table PASTED FROM EXCEL (four rows of label and sum, ruled); the second corrects two of
// its figures in prose. Messages run across page breaks.
// Rendering: from the subject on, a paragraph, signature line or table row a line (cells " | "); a
// message's sender line as "Name <address> | date"; a paragraph cut by a page break as two lines (in the
// file the browser's footer and header fall between its parts); the browser's header and footer and the
// Gmail logo line left out.
// Synthetic test fixture: every person, address, figure and decision is invented.
//   node src/build-gmail-thread-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, OFFICERS as O, P, full, ASKED, AWARD13, LIMIT_NOW, RESERVE_SEPT, RESERVE_NOV, RESERVE_AFTER, RESERVE_WRONG_AFTER, EHF09_VARIATION, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.gmail;
const BASE = basename(FILE, extname(FILE));
const SUBJECT = "Urgent – Chair's decision needed: Hollinsfield EDMO, Tanner's Yard (EHF-13)";
const TAB = "Gmail - " + SUBJECT;
const PRINTED = "07/11/2131, 15:20";
const URL = "https://mail.google.com/mail/u/0/?ik=4e7c19a2d3&view=pt&search=all&permthid=thread-f:2731846590217734455&simpl=msg-f:2731846590217734455&simpl=msg-f:2731853317440915872";
const PW = 595.28, PH = 841.89, ML = 40, MR = 40, TOP = 48, BOTTOM = 46, W = PW - ML - MR;
const doc = new PDFDocument({ size: "A4", margin: 0, bufferPages: true, autoFirstPage: false, info: { Title: TAB, Creator: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/231.0.0.0 Safari/537.36", Producer: "Skia/PDF m231" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));
const INK = "#222222", GREY = "#777777", RULE = "#CCCCCC";
const out = [];
let y = TOP;

let pageNo = 0;
const newPage = () => { doc.addPage({ size: "A4", margin: 0 }); pageNo++; y = TOP; };
const ensure = (h) => { if (y + h > PH - BOTTOM) newPage(); };
const hOf = (s, font, size, width) => doc.font(font).fontSize(size).heightOfString(s, { width, lineGap: 2 });
const put = (s, x, yy, font, size, width, o = {}) => doc.font(font).fontSize(size).fillColor(o.color ?? INK).text(s, x, yy, { width, lineGap: 2, align: o.align ?? "left", lineBreak: o.lineBreak ?? true });
const rule = () => { ensure(10); doc.moveTo(ML, y).lineTo(PW - MR, y).lineWidth(0.6).strokeColor(RULE).stroke(); y += 8; };
// a paragraph of a message body: lines may break across pages, as a browser prints them
function para(s, o = {}) {
  const size = o.size ?? 9.5, font = o.font ?? "r";
  const lines = [];
  doc.font(font).fontSize(size);
  // split into printed lines with pdfkit's own wrapping, so that a paragraph can cross a page break
  let cur = "";
  for (const word of s.split(" ")) {
    const t = cur ? cur + " " + word : word;
    if (doc.widthOfString(t) > W - (o.indent ?? 0) && cur) { lines.push(cur); cur = word; } else cur = t;
  }
  if (cur) lines.push(cur);
  const lh = size * 1.18 + 2;
  // a paragraph cut by a page break is two runs of text (the browser's footer and header fall between
  // them in the file), so the rendering gives each part a line of its own
  const parts = [[]];
  for (const l of lines) {
    const before = pageNo;
    ensure(lh);
    if (pageNo !== before && parts.at(-1).length) parts.push([]);
    put(l, ML + (o.indent ?? 0), y, font, size, W + 40, { color: o.color, lineBreak: false });
    parts.at(-1).push(l);
    y += lh;
  }
  y += o.after ?? 7;
  if (o.render !== false) { if (parts.length > 1) for (const pt of parts) out.push(pt.join(" ")); else out.push(o.render ?? s); }
}
function sigLines(ls) { for (const [i, l] of ls.entries()) para(l, { after: i === ls.length - 1 ? 8 : 0 }); }
const addr = (k) => (O[k] ? `${O[k].name} <${O[k].email}>` : `${full(k)} <${P[k].email}>`);
function header(from, date, to, cc) {
  ensure(50);
  const name = O[from] ? O[from].name : full(from), email = O[from] ? O[from].email : P[from].email;
  put(name, ML, y, "b", 9.5, 300, { lineBreak: false });
  const nw = doc.font("b").fontSize(9.5).widthOfString(name);
  put(` <${email}>`, ML + nw, y, "r", 9.5, 300, { color: GREY, lineBreak: false });
  put(date, ML + W - 160, y, "r", 9, 160, { align: "right", color: GREY });
  out.push(`${name} <${email}> | ${date}`);
  y += 15;
  para(`To: ${to.map(addr).join(", ")}`, { size: 8.5, color: GREY, after: 1 });
  if (cc.length) para(`Cc: ${cc.map(addr).join(", ")}`, { size: 8.5, color: GREY, after: 1 });
  y += 8;
}
const hidden = () => para("[Quoted text hidden]", { size: 8.5, color: GREY, after: 8 });
// a table pasted from Excel: ruled cells, label and figure
function pasted(rows) {
  const w1 = 250, w2 = 90, h = 16;
  ensure(rows.length * h + 10);
  for (const r of rows) {
    doc.rect(ML, y, w1, h).lineWidth(0.5).strokeColor("#000000").stroke();
    doc.rect(ML + w1, y, w2, h).lineWidth(0.5).strokeColor("#000000").stroke();
    put(r[0], ML + 4, y + 4, r[2] ? "b" : "r", 9, w1 - 8, { lineBreak: false });
    put(r[1], ML + w1 + 4, y + 4, r[2] ? "b" : "r", 9, w2 - 8, { align: "right", lineBreak: false });
    out.push(`${r[0]} | ${r[1]}`);
    y += h;
  }
  y += 10;
}

// ------------------------------------------------------------------ the print view
newPage();
// Gmail logo: a drawn envelope "M" and the word
doc.save();
doc.lineWidth(2.2).strokeColor("#EA4335").moveTo(ML, y + 16).lineTo(ML, y + 4).lineTo(ML + 9, y + 11).lineTo(ML + 18, y + 4).lineTo(ML + 18, y + 16).stroke();
doc.restore();
put("Gmail", ML + 24, y + 3, "r", 13, 100, { color: "#5F6368", lineBreak: false });
put(`${O.kwabena.name} <${O.kwabena.email}>`, ML + W - 300, y + 6, "b", 9, 300, { align: "right" });
y += 28;
rule();
para(SUBJECT, { font: "b", size: 13, after: 2 });
para("6 messages", { size: 8.5, color: GREY, after: 4 });
rule();

// 1
header("kwabena", "Mon, 5 Nov 2131 at 09:14", ["tallowfield", "saxelby"], ["quillfeather", "ingrid", "hermione", "lavinia"]);
para("Dear Marguerite and Obadiah,");
para("I need a decision from the Chair, in consultation with the Vice-Chair, before the meeting on 20 November.");
para(`Hollinsfield Metropolitan Borough Council has asked the Empty Homes Recovery Fund for ${gbp(ASKED)} towards an empty dwelling management order (EDMO) on 14 flats at Tanner's Yard, Hollinsfield. The flats have been empty since 2124 and the owner cannot be traced. The First-tier Tribunal will hear the council's application for an interim EDMO on 15 November 2131, and the council must show by 9 November 2131 that the repair works are funded. The Task Group next meets on 20 November, after the hearing.`);
para(`Under paragraph 8.2 of the terms of reference the Chair can take a decision that cannot wait, in consultation with the Vice-Chair, up to ${gbp(LIMIT_NOW)}. ${gbp(ASKED)} is over that limit, so I propose an award of ${gbp(AWARD13)}; Hollinsfield has confirmed that it will find the other ${gbp(ASKED - AWARD13)} from its own housing budget.`);
para("The reserve position, from the quarter 2 tracker:", { after: 5 });
pasted([
  ["Fund reserve at 30 September 2131", gbp(RESERVE_SEPT)],
  ["Hollinsfield request (EHF-13)", gbp(ASKED)],
  ["Proposed award", gbp(AWARD13)],
  ["Reserve after award", gbp(RESERVE_WRONG_AFTER), true],
]);
para("I have not copied in Cllr Oyediran-Pike because Hollinsfield is his council.");
para("Could you both reply by 12 noon on Wednesday 7 November? I will then prepare the decision record for the Chair to sign.");
para("Kind regards,", { after: 0 });
para("Kwabena");
sigLines(["Kwabena Ashplant", O.kwabena.post, "Local Government Association", "18 Smith Square, London SW1P 3HZ", `${O.kwabena.phone} | ${O.kwabena.email}`]);
rule();

// 2
header("ingrid", "Mon, 5 Nov 2131 at 11:02", ["kwabena"], ["tallowfield", "saxelby", "quillfeather", "hermione", "lavinia"]);
para("Kwabena, all,");
para(`One correction to the table. The tracker shows the reserve at 30 September. Since then ${gbp(EHF09_VARIATION)} has been committed from the reserve for the asbestos variation on EHF-09 (Wyrebeck), agreed on 12 October 2131. The reserve on 1 November 2131 is therefore ${gbp(RESERVE_NOV)}, not ${gbp(RESERVE_SEPT)}, and after an award of ${gbp(AWARD13)} it would be ${gbp(RESERVE_AFTER)}, not ${gbp(RESERVE_WRONG_AFTER)}.`);
para("That still leaves enough for the two requests we expect in the new year.");
para("Ingrid");
sigLines([`${O.ingrid.name} (she/her)`, O.ingrid.post, O.ingrid.phone]);
hidden();
rule();

// 3
header("quillfeather", "Mon, 5 Nov 2131 at 16:40", ["kwabena"], ["tallowfield", "saxelby", "ingrid", "hermione", "lavinia"]);
para("Thanks Kwabena. I'm on leave from tomorrow until 12 November and won't be looking at emails, so please don't wait for me. I'm content for the Chair and Vice-Chair to go ahead.");
para("Saoirse");
sigLines([cllrLine("quillfeather"), "Deputy Chair, Empty Homes Task Group", P.quillfeather.council]);
hidden();
rule();

// 4
header("saxelby", "Tue, 6 Nov 2131 at 08:27", ["tallowfield", "kwabena"], ["quillfeather", "ingrid", "hermione", "lavinia"]);
para("Marguerite, Kwabena,");
para(`I agree to an award of ${gbp(AWARD13)}, on condition that Hollinsfield reports progress to every meeting of the Task Group until the flats are let. Tanner's Yard has been an eyesore for years and the tribunal date should not be lost.`);
para("For the record, I have no interest to declare: Kestrelgate has not asked the reserve for anything this year.");
para("Obadiah");
sigLines([cllrLine("saxelby"), "Vice-Chair, Empty Homes Task Group", P.saxelby.council]);
hidden();
rule();

// 5
header("tallowfield", "Wed, 7 Nov 2131 at 10:05", ["kwabena", "saxelby"], ["quillfeather", "ingrid", "hermione", "lavinia"]);
para("Thank you all, and thank you Ingrid for the correction.");
para(`I agree to award ${gbp(AWARD13)} to Hollinsfield for Tanner's Yard, with Obadiah's condition. Kwabena, please prepare the decision record for me to sign today, publish it and report it to the meeting on 20 November.`);
para("Marguerite");
para("Sent from my iPad", { color: GREY });
hidden();
rule();

// 6
header("kwabena", "Wed, 7 Nov 2131 at 15:12", ["tallowfield", "saxelby"], ["quillfeather", "ingrid", "hermione", "lavinia"]);
para("Thank you, Marguerite. The signed record (UD-2131-04) is attached. Democratic Services will publish it tomorrow, 8 November, and it will be item 6 on the agenda for 20 November. I have let Hollinsfield know so that they can send the evidence to the tribunal before the deadline on 9 November.");
para("Kwabena");
hidden();
ensure(40);
doc.rect(ML, y, 210, 30).lineWidth(0.6).strokeColor(RULE).stroke();
put("UD-2131-04 decision record (signed).pdf", ML + 8, y + 5, "b", 8, 200, { lineBreak: false });
put("187K", ML + 8, y + 17, "r", 8, 200, { color: GREY, lineBreak: false });
out.push("UD-2131-04 decision record (signed).pdf | 187K");
y += 40;

function cllrLine(k) { return `Cllr ${full(k)}`; }

// cut a string to a width with an ellipsis, as the browser does in its header and footer
function fit(s, size, width) {
  doc.font("r").fontSize(size);
  if (doc.widthOfString(s) <= width) return s;
  while (doc.widthOfString(s + "…") > width) s = s.slice(0, -1);
  return s + "…";
}
// ------------------------------------------------------------------ browser header and footer on every page
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  put(PRINTED, 22, 14, "r", 7.5, 120, { lineBreak: false });
  put(fit(TAB, 7.5, PW - 300), 150, 14, "r", 7.5, PW - 300, { align: "center", lineBreak: false });
  put(fit(URL, 6.5, PW - 100), 22, PH - 24, "r", 6.5, PW - 90, { lineBreak: false });
  put(`${i + 1}/${range.count}`, PW - 60, PH - 24, "r", 7.5, 38, { align: "right", lineBreak: false });
}
if (range.count !== 3) throw new Error(`expected 3 pages, got ${range.count}`);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${range.count} pages)`);
