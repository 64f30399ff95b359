// SET-ASIDE: developers of the assistant must not read this file beyond this line.
// Builds docs/pttg-late-paper-item-6-2353-12-08.eml and its rendering in text/.
// Layout: AN OUTLOOK E-MAIL SAVED AS .eml WHOSE BOARD PAPER IS ONLY IN AN ATTACHED PDF. Democratic
// Services sends members the late report for item 6 of the meeting of 14 January 2354 on Tuesday 8
// December 2353: multipart/mixed of a multipart/alternative body (text/plain and Outlook's text/html
// with MsoNormal paragraphs, BOTH QUOTED-PRINTABLE, lines cut by soft line breaks "=" mid-word, "=E2=80=93"
// for dashes and "=C2=A3" for pound signs), an RFC 2047 encoded Subject (UTF-8, Q-encoding, folded over
// two lines), Exchange and Outlook headers (Thread-Topic, Thread-Index, X-MS-Has-Attach, Received lines),
// and ONE application/pdf ATTACHMENT IN BASE64 (76-character lines): the paper, a two-page A4 PDF
// printed from Word (pdfkit here; Creator "Microsoft® Word for Microsoft 365"), with a running header,
// a FRONT SHEET AS A BOXED TWO-COLUMN TABLE (labels in a shaded left column; the recommendations (a)–(d)
// inside one cell; the contact block of four labelled lines in one cell), numbered paragraphs, Table 1
// of bids with a total row, and footers "Page n of 2".
// The covering e-mail carries what the paper does not: the draft it replaces and its figures (£95,000,
// £425,000), apologies received so far, the deadline for apologies and the agenda's publication date.
// Rendering: the From, To, Cc, Subject (decoded) and Date headers a line each, the plain-text body a
// paragraph a line, then the attachment's file name and the PDF's text: running header and title, the
// front sheet's rows (label | value; a multi-line cell's lines as separate cells), the paragraphs, the
// table's rows (cells " | "), footers left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-email-late-paper-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, OFFICERS as O, BODY, BIDS, COUNCILS, ROUND2, ASKED, AWARDED, LEFT, THRESHOLD, WAS_TOTAL, VAT, gbp } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.email;
const BASE = basename(FILE, extname(FILE));
const ATTACH = "PTTG 2354-01-14 item 6 CPCF round 2 awards.pdf";
const out = [];

// ---------------------------------------------------------------- the paper (PDF)
const pdfOut = [];
const pdfBuf = await new Promise((resolve) => {
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "Changing Places Capital Fund round 2: recommended awards", Author: O.idris.name, Creator: "Microsoft® Word for Microsoft 365", Producer: "Microsoft® Word for Microsoft 365", CreationDate: new Date(Date.UTC(2353, 11, 7, 17, 2, 0)) } });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  doc.on("end", () => resolve(Buffer.concat(chunks)));
  doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));
  const PW = 595.28, PH = 841.89, ML = 62, W = PW - 2 * ML;
  let y = 0, page = 0;
  const newPage = () => {
    doc.addPage({ size: "A4", margin: 0 });
    page++;
    doc.font("r").fontSize(8.5).fillColor("#444444").text(`${BODY}`, ML, 34, { width: W / 2, lineBreak: false });
    doc.text("14 January 2354", ML + W / 2, 34, { width: W / 2, align: "right", lineBreak: false });
    doc.save().moveTo(ML, 47).lineTo(PW - ML, 47).lineWidth(0.5).stroke("#999999").restore();
    doc.font("r").fontSize(8).fillColor("#444444").text(`Page ${page} of 2`, ML, PH - 40, { width: W, align: "center", lineBreak: false });
    if (page === 1) pdfOut.push(`${BODY} | 14 January 2354`);
    y = 62;
  };
  const para = (t, o = {}) => {
    doc.font(o.b ? "b" : "r").fontSize(o.size ?? 10).fillColor("#000000");
    const h = doc.heightOfString(t, { width: W - (o.ind ?? 0) });
    if (y + h > PH - 60) newPage();
    doc.text(t, ML + (o.ind ?? 0), y, { width: W - (o.ind ?? 0), lineGap: 1.5 });
    y += h + (o.after ?? 7);
    pdfOut.push(t);
  };
  newPage();
  para("Changing Places Capital Fund round 2: recommended awards", { b: true, size: 15, after: 12 });
  // front sheet: boxed two-column table
  const LW = 130;
  const rows = [
    ["Purpose of report", ["For decision."]],
    ["Summary", [`Six councils bid to round 2 of the Changing Places Capital Fund for ${gbp(ASKED)} against the ${gbp(ROUND2)} available. The assessment panel scored the bids on 24 November 2353 and four reached the threshold of ${THRESHOLD} agreed by the Task Group on 12 November 2353. This report recommends awards of ${gbp(AWARDED)} to those four and carries ${gbp(LEFT)} forward to round 3.`]],
    ["Is this report confidential?", ["No"]],
    ["Is this a key decision?", ["Yes – the awards total more than £100,000."]],
    ["Recommendations", ["That the Task Group:",
      `(a) awards grants from round 2 of the Changing Places Capital Fund to the four bids in Table 1, totalling ${gbp(AWARDED)};`,
      "(b) makes the award to Ketterby Fen District Council conditional on planning consent for the market hall works being granted by 31 March 2354;",
      `(c) carries forward the remaining ${gbp(LEFT)} to round 3, which opens in April 2354; and`,
      "(d) asks officers to offer feedback to the two councils whose bids are not recommended."]],
    ["Contact officer", [`Name: ${O.idris.name}`, `Position: ${O.idris.post}`, `Phone: ${O.idris.phone}`, `Email: ${O.idris.email}`]],
  ];
  for (const [label, lines] of rows) {
    doc.font("r").fontSize(9.5);
    const hs = lines.map((l) => doc.heightOfString(l, { width: W - LW - 12 }) + 3);
    const h = Math.max(hs.reduce((a, b) => a + b, 0), 14) + 10;
    doc.save().rect(ML, y, LW, h).fillAndStroke("#e7e6e6", "#000000").restore();
    doc.save().rect(ML + LW, y, W - LW, h).stroke("#000000").restore();
    doc.font("b").fontSize(9.5).fillColor("#000000").text(label, ML + 5, y + 5, { width: LW - 10 });
    let yy = y + 5;
    lines.forEach((l, i) => { doc.font("r").fontSize(9.5).text(l, ML + LW + 6, yy, { width: W - LW - 12 }); yy += hs[i]; });
    y += h;
    pdfOut.push([label, ...lines].join(" | "));
  }
  y += 14;
  para("Background", { b: true, size: 11.5 });
  para("1. Round 2 of the Changing Places Capital Fund opened on 1 September 2353 and closed on 30 October 2353. Councils could bid for up to £120,000 towards a Changing Places toilet at a site open to the public for at least 60 hours a week.");
  para(`2. The assessment panel (${O.idris.name}, chair; ${O.sunniva.name}; and Ottilie Framlingham of the Accessible Loos Alliance, as an adviser who did not score) met on 24 November 2353. Bids were scored out of 100: need and location (40), deliverability (30), value for money (20) and partnership (10).`);
  // Table 1
  para("Table 1: bids and recommended awards", { b: true, size: 10, after: 4 });
  const cw = [135, 150, 70, 40, 76];
  const head = ["Council", "Site", "Requested", "Score", "Recommended award"];
  const trows = [...BIDS.map((b) => [COUNCILS[b.c].name, b.site, gbp(b.asked), String(b.score), b.award ? gbp(b.award) : "–"]), ["Total", "", gbp(ASKED), "", gbp(AWARDED)]];
  const drawRow = (cells, bold, fill) => {
    doc.font(bold ? "b" : "r").fontSize(8.5);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cw[i] - 8 }))) + 8;
    if (y + h > PH - 60) newPage();
    let cx = ML;
    cells.forEach((c, i) => {
      doc.save().rect(cx, y, cw[i], h).fillAndStroke(fill ?? "#ffffff", "#000000").restore();
      doc.font(bold ? "b" : "r").fontSize(8.5).fillColor("#000000").text(c, cx + 4, y + 4, { width: cw[i] - 8, align: i >= 2 ? "right" : "left" });
      cx += cw[i];
    });
    y += h;
    pdfOut.push(cells.filter((c) => c !== "").join(" | "));
  };
  drawRow(head, true, "#d9e2f3");
  trows.forEach((r, i) => drawRow(r, i === trows.length - 1));
  y += 10;
  para(`3. The finance check on 4 December 2353 found that Ketterby Fen District Council can recover the VAT on its works. Its eligible cost, and so its recommended award, is ${gbp(BIDS[2].award)} rather than the ${gbp(BIDS[2].asked)} it requested.`);
  para("4. The bids of Thurlbeck Borough Council (54) and Westerhope Borough Council (48) scored below the threshold. Both councils may bid again in round 3.");
  para("5. Cllr Garside declared an interest in the Orchardleigh bid at the meeting on 12 November 2353 (minute 2.3) and will take no part in the decision.");
  para("Financial implications", { b: true, size: 11.5 });
  para(`6. Awards of ${gbp(AWARDED)} leave ${gbp(LEFT)} of the ${gbp(ROUND2)} round 2 budget, which it is proposed to carry forward to round 3. Grants are paid in two instalments: 60 per cent when the grant agreement is signed and 40 per cent when the facility opens.`);
  para("Legal implications", { b: true, size: 11.5 });
  para("7. Grant agreements are to be signed by 12 February 2354 and will require each facility to open to the public by 31 March 2355.");
  para("Equalities implications", { b: true, size: 11.5 });
  para("8. Changing Places toilets serve people who cannot use a standard accessible toilet. The four recommended sites would bring the number of Changing Places facilities in the 12 councils to 41.");
  para("Next steps", { b: true, size: 11.5 });
  para("9. If the Task Group agrees the awards, officers will write to all six councils within five working days of the meeting.");
  doc.end();
});

// ---------------------------------------------------------------- the message
const qp = (s) => {
  // quoted-printable: UTF-8 bytes, "=" escapes, soft line breaks at 76
  const bytes = Buffer.from(s.replace(/\n/g, "\r\n"), "utf8");
  let line = "", res = "";
  const push = (tok) => { if (line.length + tok.length > 75) { res += line + "=\r\n"; line = ""; } line += tok; };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 13 && bytes[i + 1] === 10) { res += line + "\r\n"; line = ""; i++; continue; }
    if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && bytes[i + 1] !== 13 && i + 1 < bytes.length)) push(String.fromCharCode(b));
    else push("=" + b.toString(16).toUpperCase().padStart(2, "0"));
  }
  return res + line;
};
const b64 = (buf) => buf.toString("base64").replace(/.{76}/g, "$&\r\n");
const subject = "PTTG 14 January 2354 – late paper for item 6: Changing Places Capital Fund round 2 awards";
const encWord = (s) => {
  const enc = [...Buffer.from(s, "utf8")].map((b) => (b >= 33 && b <= 126 && ![61, 63, 95].includes(b) ? String.fromCharCode(b) : b === 32 ? "_" : "=" + b.toString(16).toUpperCase().padStart(2, "0"))).join("");
  const parts = enc.match(/.{1,60}(?:(?<==[0-9A-F]{2})|(?<!=.?))/g);
  return parts.map((p) => `=?utf-8?Q?${p}?=`).join("\r\n ");
};
const FROM = `${O.leofric.name} <${O.leofric.email}>`;
const TO = "PTTG Members <pttg-members@local.gov.uk>";
const CC = [O.marigold, O.idris, O.sunniva].map((o) => `${o.name} <${o.email}>`).join(", ");
const DATE = "Tue, 8 Dec 2353 09:14:27 +0000";
const bodyParas = [
  "Dear members and substitutes,",
  "Public Toilets Task Group – Thursday 14 January 2354, 10.30am, Room 4.3, 18 Smith Square, and Zoom",
  "Please find attached the report for item 6, Changing Places Capital Fund round 2: recommended awards. The report is published late because the finance check of the recommended awards was not completed until 4 December. The Chair has agreed that it be considered as a late item.",
  `This version replaces the draft shared with the Chair and Vice-Chair on 27 November: the recommended award to Ketterby Fen District Council is now ${gbp(BIDS[2].award)} (it was ${gbp(BIDS[2].was)}) and the total recommended is ${gbp(AWARDED)} (it was ${gbp(WAS_TOTAL)}).`,
  "The awards are a key decision, so the Task Group will take the decision itself on 14 January. Cllr Garside has declared an interest in the Orchardleigh bid and will not take part.",
  "Apologies received so far: Cllr Ptolemy Garside and Cllr Marguerite Oyelaran. If you cannot attend, please let me know, and name your substitute, by 5pm on Tuesday 12 January 2354.",
  "The rest of the agenda pack will be published on Wednesday 6 January 2354.",
  "Kind regards,",
  O.leofric.name,
  O.leofric.post,
  "Local Government Association",
  "18 Smith Square, London SW1P 3HZ",
  `Telephone: ${O.leofric.phone}`,
];
const signatureStart = bodyParas.indexOf(O.leofric.name);
const plainBody = bodyParas.slice(0, signatureStart).join("\n\n") + "\n\n" + bodyParas.slice(signatureStart).join("\n") + "\n";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const htmlBody = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Arial",sans-serif; color:windowtext;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${bodyParas.slice(0, signatureStart).map((p, i) => `<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif">${i === 1 ? `<b>${esc(p)}</b>` : esc(p)}<o:p></o:p></span></p>\n<p class="MsoNormal"><span style="font-family:&quot;Arial&quot;,sans-serif"><o:p>&nbsp;</o:p></span></p>`).join("\n")}
${bodyParas.slice(signatureStart).map((p) => `<p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#1F3864">${esc(p)}<o:p></o:p></span></p>`).join("\n")}
</div>
</body>
</html>
`;
const B1 = "_004_DB9PR07MB7723A1C2E5F0B4D6E8A9LGAPRD_", B2 = "_000_DB9PR07MB7723A1C2E5F0B4D6E8A9LGAPRD_";
const eml = [
  "Received: from DB9PR07MB7723.eurprd07.prod.outlook.com (2603:10a6:10:2b3::14) by",
  " AM6PR07MB5991.eurprd07.prod.outlook.com with HTTPS; Tue, 8 Dec 2353 09:14:29",
  " +0000",
  "Received: from DB9PR07MB7723.eurprd07.prod.outlook.com ([fe80::9c41:e7d2:3b0a:4f6e])",
  " by DB9PR07MB7723.eurprd07.prod.outlook.com ([fe80::9c41:e7d2:3b0a:4f6e%5]) with",
  " mapi id 15.20.8207.017; Tue, 8 Dec 2353 09:14:27 +0000",
  `From: ${FROM}`,
  `To: ${TO}`,
  `CC: ${CC}`,
  `Subject: ${encWord(subject)}`,
  "Thread-Topic: PTTG 14 January 2354 - late paper for item 6: Changing Places Capital Fund round 2 awards",
  "Thread-Index: AdtJ2x8Q4mV0fQ1bS3yWk0cP8lR7Gw==",
  `Date: ${DATE}`,
  "Message-ID: <DB9PR07MB7723A1C2E5F0B4D6E8A9@DB9PR07MB7723.eurprd07.prod.outlook.com>",
  "Accept-Language: en-GB, en-US",
  "Content-Language: en-GB",
  "X-MS-Has-Attach: yes",
  "X-MS-TNEF-Correlator:",
  "X-MS-Exchange-Organization-SCL: -1",
  `Content-Type: multipart/mixed;`,
  `\tboundary="${B1}"`,
  "MIME-Version: 1.0",
  "",
  `--${B1}`,
  `Content-Type: multipart/alternative;`,
  `\tboundary="${B2}"`,
  "",
  `--${B2}`,
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(plainBody),
  "",
  `--${B2}`,
  'Content-Type: text/html; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(htmlBody),
  "",
  `--${B2}--`,
  "",
  `--${B1}`,
  `Content-Type: application/pdf; name="${ATTACH}"`,
  `Content-Description: ${ATTACH}`,
  `Content-Disposition: attachment; filename="${ATTACH}"; size=${pdfBuf.length};`,
  '\tcreation-date="Tue, 08 Dec 2353 09:12:51 GMT";',
  '\tmodification-date="Tue, 08 Dec 2353 09:14:27 GMT"',
  "Content-Transfer-Encoding: base64",
  "",
  b64(pdfBuf),
  "",
  `--${B1}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", FILE), eml);

out.push(`From: ${FROM}`, `To: ${TO}`, `CC: ${CC}`, `Subject: ${subject}`, `Date: ${DATE}`);
out.push(...bodyParas);
out.push(ATTACH);
out.push(...pdfOut);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (PDF ${pdfBuf.length} bytes, ${out.length} rendering lines)`);
