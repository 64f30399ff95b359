// Builds docs/pools-panel-draft-minutes-email-2101-09-27.eml and its rendering in text/.
// Layout: AN E-MAIL SAVED FROM OUTLOOK AS .eml (RFC 5322 / MIME), as Exchange Online sends it: a stack of
// Received and Exchange headers, the Subject as two RFC 2047 encoded words (UTF-8, "Q" encoding, folded
// over two lines, because of its en dash), Thread-Topic / Thread-Index, an msip_labels sensitivity
// label, then a multipart/related body (type multipart/alternative) holding a multipart/alternative of
// TWO VERSIONS OF THE SAME MESSAGE – text/plain and text/html, both UTF-8 in QUOTED-PRINTABLE (=E2=80=93
// for "–", =C2=A3 for "£", "=3D" in every HTML attribute, soft line breaks "=" at 76 columns cutting
// words and tags in two) – and the signature's logo as an inline image/png part (base64, Content-ID,
// referenced from the HTML as cid:). The message is the clerk's covering note to members, then the
// DRAFT MINUTES of the meeting of 22 September 2101 pasted into the body (present, substitute, apologies,
// in attendance, eight items with numbered paragraphs and resolutions, an actions table PA-31 to PA-37),
// the clerk's signature and the LGA's e-mail disclaimer. In the HTML the minutes' headings are <p><b>,
// the attendance lists are <p> lines with <br>, the actions a bordered <table>; in the plain-text part
// Outlook has turned the table into rows of tab-separated cells and links into "text<mailto:…>".
// Rendering: the header lines a mail client shows (From, To, Cc, Date, Subject, decoded), then the HTML
// part as read: one paragraph or line per line, table rows with cells " | "; the logo is left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-minutes-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { deflateSync } from "node:zlib";
import { root, DOCS, BODY, VENUE, OFFICERS as O, GUEST, MEMBERS, FORMER, SUBS, ACTIONS, member } from "./common.mjs";

const FILE = DOCS.eml;
const BASE = basename(FILE, extname(FILE));
const SUBJECT = `Draft minutes – ${BODY}, 22 September 2101`;
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// ------------------------------------------------------------------ content as blocks
// {t:"p", text} paragraph; {t:"lines", head, lines[]} bold label then lines; {t:"h", text} minute heading;
// {t:"table", rows}; {t:"hr"}; {t:"sig"}; {t:"small", text}
const B = [];
const p = (text) => B.push({ t: "p", text });
const h = (text) => B.push({ t: "h", text });
const lines = (head, ls) => B.push({ t: "lines", head, lines: ls });
const who = (x, role) => `${x.name} (${x.party}) – ${x.council}${role ? `, ${role}` : ""}`;
const m = (s) => member(s);

p("Dear Panel members,");
p("Please find below the draft minutes of the Community Swimming Pools Panel meeting held on Thursday 22 September 2101. The Chair has seen them and agreed that they go out as a draft; they will be put to the next meeting on Thursday 24 November 2101 for confirmation.");
p("If you have any corrections, please send them to me by Tuesday 4 October 2101.");
p("The actions are in the table at the end, and owners have been sent theirs separately. Marisol Achebe-Lund's slides and the Swim Ready Trust's school swimming survey are on the members' extranet under Panel papers > 22 September 2101.");
p("Kind regards,");
p("Verity");
B.push({ t: "sig" });
B.push({ t: "hr" });
B.push({ t: "title", text: BODY });
p(`Draft minutes of the meeting held on Thursday 22 September 2101, 10.30am, ${VENUE}, and online`);
lines("Present:", [
  who(m("Pendragon-Ames"), "Chair"), who(m("Okafor-Lintott"), "Vice-Chair"), who(m("Vaughan-Tills"), "Deputy Chair"), who(m("Brackwater"), "Deputy Chair"),
  who(m("Quennington")), who(m("Daubeny")), who(m("Sandiford")), who(m("Okoro-Marsh")), who(m("Prothero-Grange")), who(m("Solberg-Hayes")) + " (online)",
]);
lines("Substitute:", [`${SUBS[1].name} (${SUBS[1].party}) – ${SUBS[1].council}, for ${FORMER.name}`]);
lines("Apologies:", [`${FORMER.name} (${FORMER.party}) – ${FORMER.council}`, who(m("Chilcott"))]);
lines("In attendance:", [
  `${GUEST.name}, ${GUEST.post} (item 3)`,
  ...[O.carrow, O.mbeki, O.yelland, O.fairclough, O.greenhalgh, O.odili].map((o) => `${o.name}, ${o.post}`),
  `${O.nanjiani.name}, ${O.nanjiani.post} (clerk)`,
]);
h("1. Welcome, apologies, substitutes and declarations of interest");
p("1.1 The Chair welcomed members and Marisol Achebe-Lund, Chief Executive of the Swim Ready Trust. Apologies were received from Cllr Maeve Tolliday and Cllr Barnaby Chilcott. Cllr Tomasz Kowal-Reeve attended as substitute for Cllr Tolliday. Cllr Ingrid Solberg-Hayes joined the meeting online.");
p("1.2 Cllr Priya Sandiford said that Coldharbour County Council, where she is cabinet member for leisure, intends to bid to the Pool Plant Renewal Fund. As item 4 concerned the design of the Fund and not individual bids, she took part.");
p("1.3 Cllr Fenwick Daubeny declared a non-pecuniary interest as a trustee of the Hollowmere Swimming Club Trust, whose club trains at Hollowmere Pool. He took part in the discussion of item 4 but did not vote.");
h("2. Minutes of the meeting held on 16 June 2101");
p("2.1 The minutes of the meeting held on 16 June 2101 were agreed as a correct record.");
h("3. School swimming and water safety: the Swim Ready Trust");
p("3.1 Marisol Achebe-Lund presented the Trust's 2101 survey of 2,380 primary schools. Only 58% of the schools could give every pupil the full national curriculum swimming entitlement, and one school in three named the cost of transport to the pool as the main barrier.");
p("3.2 Members asked how the Trust's own top-up lessons could work alongside councils' top-up sessions (PL-08). She offered to share the Trust's booking data with councils through the Programme.");
p("3.3 The Panel thanked Marisol Achebe-Lund and noted the presentation.");
h("4. Pool Plant Renewal Fund: design of round 1");
p("4.1 Declan Mbeki-Frost, Senior Adviser, Pools Capital, introduced the paper, which proposed a round 1 fund of £3.6 million for capital works to pool plant and energy efficiency, a maximum grant of £350,000 and match funding of at least 30% of project costs.");
p("4.2 Members supported the Fund but felt that a cap of £350,000 would spread it across too few pools. Cllr Ottilie Brackwater proposed, and Cllr Jasper Quennington seconded, a maximum grant of £300,000.");
p("4.3 Resolved: that the Panel (a) agreed a round 1 Pool Plant Renewal Fund of £3.6 million; (b) agreed a maximum grant of £300,000, rather than the £350,000 proposed in the paper; (c) agreed that bids must show match funding of at least 30% of project costs; and (d) agreed that bids scoring below 65 out of 100 would not be funded.");
p("4.4 Declan Mbeki-Frost confirmed that round 1 would open on 4 October 2101 and close on 1 November 2101, and that recommended awards would come to the Panel on 24 November 2101.");
h("5. Performance report: quarter 1 2101/02");
p("5.1 Lachlan Odili, Performance and Insight Analyst, presented the quarter 1 report. Of twelve measures, six were Green, four Amber, one Red and one not rated.");
p("5.2 Members were concerned about swim teacher vacancies (PL-06), which had risen to 318 against a target of below 300, and about the shared pool booking platform (PL-12, Red), where 5 councils were live against a profile of 10.");
p("5.3 Resolved: that the Panel noted the report and asked for (a) a recovery plan for swim teacher vacancies, to go to the Chair and the lead member for workforce, Cllr Delphine Okoro-Marsh, by 15 December 2101; and (b) options for the booking platform if the supplier's next release slips, to come to the next meeting.");
h("6. Programme risk register");
p("6.1 Ines Carrow-Whitby, Programme Director, Pools Lifeline, presented the register of 11 open risks, two of them Red: PLR-01 (pool plant failure) and PLR-02 (energy prices).");
p("6.2 Members heard that swim teacher vacancies were already cancelling school top-up sessions in two councils. Resolved: that the Panel noted the register and asked for a risk on swim teacher shortages stopping school top-up sessions to be added to it.");
p("6.3 In the light of the Swim Ready Trust's findings, members asked the Chair to write to the Department for Education about funding for transport to school swimming lessons. The Chair agreed.");
h("7. Membership and lead members");
p("7.1 The Chair thanked Cllr Maeve Tolliday, who stands down from the Panel on 30 September 2101, for her work as a member since 2098. Eastcastle Metropolitan Borough Council has nominated Cllr Kwabena Ashdown-Fry to replace her from 1 October 2101.");
p("7.2 The Panel confirmed its lead members for 2101/02: Cllr Ottilie Brackwater (plant and energy), Cllr Delphine Okoro-Marsh (workforce), Cllr Rhodri Vaughan-Tills (school swimming), Cllr Zainab Okafor-Lintott (access and inclusion) and Cllr Jasper Quennington (data and digital).");
h("8. Forward work programme and any other business");
p("8.1 The Panel agreed the forward work programme. There was no other business.");
p("8.2 The next meeting will be held on Thursday 24 November 2101 at 10.30am in the Meridian Room, Harcourt House.");
p("The meeting closed at 12.41pm.");
h("Actions agreed at this meeting");
B.push({ t: "table", rows: [["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, a.min, a.text, a.owner, a.due])] });
B.push({ t: "small", text: "OFFICIAL" });
B.push({ t: "small", text: "This email and any files sent with it are intended only for the named recipient and may contain information that is confidential. If you have received it in error, please tell the sender and delete it. The Local Government Association may monitor emails sent to and from its systems. Local Government Association, Harcourt House, 22 Calloway Street, London SW1P 4QT." });

// ------------------------------------------------------------------ the two versions and the rendering
const CID = "image001.png@01E0D2A1.6E3B4C50";
const sigLines = [`${O.nanjiani.name}`, `${O.nanjiani.post}`, "Local Government Association", `Tel: ${O.nanjiani.phone}`];
const FONT = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);';
const html = [];
const plain = [];
const out = [
  `From: ${O.nanjiani.name} <${O.nanjiani.email}>`,
  `To: CSPP Members <cspp-members@local.gov.uk>`,
  `Cc: ${O.carrow.name} <${O.carrow.email}>; ${O.mbeki.name} <${O.mbeki.email}>; ${O.odili.name} <${O.odili.email}>`,
  `Date: Tue, 27 Sep 2101 15:42:08 +0000`,
  `Subject: ${SUBJECT}`,
];
html.push('<html><head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>', '</head>', '<body dir="ltr">');
for (const b of B) {
  if (b.t === "p") {
    html.push(`<div class="elementToProof" style="${FONT}">${esc(b.text)}</div>`, `<div class="elementToProof" style="${FONT}"><br></div>`);
    plain.push(b.text, "");
    out.push(b.text);
  } else if (b.t === "h") {
    html.push(`<div class="elementToProof" style="${FONT}"><b>${esc(b.text)}</b></div>`);
    plain.push(b.text, "");
    out.push(b.text);
  } else if (b.t === "title") {
    html.push(`<div class="elementToProof" style="${FONT.replace("11pt", "16pt").replace("rgb(0, 0, 0)", "rgb(0, 94, 130)")}"><b>${esc(b.text)}</b></div>`);
    plain.push(b.text, "");
    out.push(b.text);
  } else if (b.t === "lines") {
    html.push(`<div class="elementToProof" style="${FONT}"><b>${esc(b.head)}</b><br>${b.lines.map(esc).join("<br>")}</div>`, `<div class="elementToProof" style="${FONT}"><br></div>`);
    plain.push(b.head, ...b.lines, "");
    out.push(b.head, ...b.lines);
  } else if (b.t === "hr") {
    html.push('<hr style="display:inline-block;width:98%" tabindex="-1">');
    plain.push("________________________________", "");
  } else if (b.t === "sig") {
    html.push(`<table id="Signature" style="border-collapse: collapse;"><tbody><tr><td style="padding: 0 12px 0 0; vertical-align: top;"><img style="width: 96px; height: 32px;" width="96" height="32" alt="LGA logo" src="cid:${CID}"></td>`,
      `<td style="padding: 0; vertical-align: top; border-left: 2px solid rgb(0, 94, 130); padding-left: 12px;"><div style="${FONT}"><b>${esc(sigLines[0])}</b><br>${sigLines.slice(1).map(esc).join("<br>")}<br><a href="mailto:${O.nanjiani.email}">${O.nanjiani.email}</a></div></td></tr></tbody></table>`,
      `<div class="elementToProof" style="${FONT}"><br></div>`);
    plain.push(`[cid:${CID}]`, ...sigLines, `${O.nanjiani.email}<mailto:${O.nanjiani.email}>`, "");
    out.push(...sigLines, O.nanjiani.email);
  } else if (b.t === "table") {
    html.push('<table style="border-collapse: collapse; border: 1px solid rgb(171, 171, 171);" class="elementToProof"><tbody>');
    for (const [ri, r] of b.rows.entries()) {
      const tag = "td";
      html.push("<tr>" + r.map((c) => `<${tag} style="border: 1px solid rgb(171, 171, 171); padding: 2px 6px; vertical-align: top;${ri === 0 ? " background-color: rgb(222, 234, 246);" : ""}"><div style="${FONT.replace("11pt", "10pt")}">${ri === 0 ? `<b>${esc(c)}</b>` : esc(c)}</div></${tag}>`).join("") + "</tr>");
      plain.push(r.join("\t"));
      out.push(r.join(" | "));
    }
    html.push("</tbody></table>", `<div class="elementToProof" style="${FONT}"><br></div>`);
    plain.push("");
  } else if (b.t === "small") {
    html.push(`<div style="font-family: Arial, sans-serif; font-size: 8pt; color: rgb(89, 89, 89);">${esc(b.text)}</div>`, `<div style="font-size: 8pt;"><br></div>`);
    plain.push(b.text, "");
    out.push(b.text);
  }
}
html.push("</body>", "</html>");

// ------------------------------------------------------------------ MIME
function qp(text) {
  // quoted-printable (RFC 2045) of UTF-8 text with CRLF hard line breaks and soft breaks at 76 columns
  const outLines = [];
  for (const line of text.split("\n")) {
    const bytes = Buffer.from(line, "utf8");
    const toks = [];
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      const last = i === bytes.length - 1;
      if ((c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last)) toks.push(String.fromCharCode(c));
      else toks.push("=" + c.toString(16).toUpperCase().padStart(2, "0"));
    }
    let cur = "";
    for (const t of toks) {
      if (cur.length + t.length > 75) { outLines.push(cur + "="); cur = ""; }
      cur += t;
    }
    outLines.push(cur);
  }
  return outLines.join("\r\n");
}
function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function png(w, hgt) {
  // a small logo: a teal band with a lighter wave stripe (RGB, no text)
  const raw = Buffer.alloc((w * 3 + 1) * hgt);
  for (let y = 0; y < hgt; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const wave = Math.abs(y - (hgt / 2 + Math.sin(x / 9) * 5)) < 3;
      const [r, g, b] = wave ? [120, 200, 230] : [0, 94, 130];
      raw.set([r, g, b], y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(hgt, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
const enc = (s) => Buffer.from(s, "utf8").toString("binary").split("").map((ch) => {
  const c = ch.charCodeAt(0);
  if (c === 32) return "_";
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || "!*+-/".includes(ch)) return ch;
  return "=" + c.toString(16).toUpperCase().padStart(2, "0");
}).join("");
const subjA = SUBJECT.slice(0, 40), subjB = SUBJECT.slice(40);
const logo = png(96, 32).toString("base64").replace(/.{76}/g, "$&\r\n");
const ID = "LO2P265MB48219C3D0A9E1F2B7E6A1C4D8A9B20";
const HOST = "LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM";
const REL = `_004_${ID}${HOST.split(".")[0]}GBRP_`, ALT = `_000_${ID}${HOST.split(".")[0]}GBRP_`;
const eml = [
  `Received: from LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1b2::9) by`,
  ` LO0P265MB6113.GBRP265.PROD.OUTLOOK.COM with HTTPS; Tue, 27 Sep 2101 15:42:11`,
  ` +0000`,
  `Received: from LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM`,
  ` ([fe80::4c1d:9a2e:71b0:3f12]) by LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM`,
  ` ([fe80::4c1d:9a2e:71b0:3f12%4]) with mapi id 15.20.8102.017; Tue, 27 Sep 2101`,
  ` 15:42:08 +0000`,
  `From: ${O.nanjiani.name} <${O.nanjiani.email}>`,
  `To: CSPP Members <cspp-members@local.gov.uk>`,
  `CC: ${O.carrow.name} <${O.carrow.email}>, ${O.mbeki.name}`,
  `\t<${O.mbeki.email}>, ${O.odili.name} <${O.odili.email}>`,
  `Subject: =?utf-8?Q?${enc(subjA)}?=`,
  ` =?utf-8?Q?${enc(subjB)}?=`,
  `Thread-Topic: =?utf-8?Q?${enc(subjA)}?=`,
  ` =?utf-8?Q?${enc(subjB)}?=`,
  `Thread-Index: AdsSZ4Yq0m1vTq3hRkWm3pXcN8B0Lg==`,
  `Date: Tue, 27 Sep 2101 15:42:08 +0000`,
  `Message-ID: <${ID}@${HOST}>`,
  `Accept-Language: en-GB, en-US`,
  `Content-Language: en-GB`,
  `X-MS-Has-Attach: yes`,
  `X-MS-Exchange-Organization-SCL: -1`,
  `X-MS-TNEF-Correlator:`,
  `msip_labels: MSIP_Label_5f1c0e2a-7d3b-4c1e-9a8f-2b6d0c4e7a11_Enabled=True;`,
  ` MSIP_Label_5f1c0e2a-7d3b-4c1e-9a8f-2b6d0c4e7a11_SetDate=2101-09-27T15:40:52Z;`,
  ` MSIP_Label_5f1c0e2a-7d3b-4c1e-9a8f-2b6d0c4e7a11_Name=OFFICIAL;`,
  `X-MS-Exchange-Organization-AuthSource: LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM`,
  `X-MS-Exchange-Organization-AuthAs: Internal`,
  `X-MS-Exchange-Organization-AuthMechanism: 04`,
  `Content-Type: multipart/related;`,
  `\tboundary="${REL}";`,
  `\ttype="multipart/alternative"`,
  `MIME-Version: 1.0`,
  ``,
  `--${REL}`,
  `Content-Type: multipart/alternative;`,
  `\tboundary="${ALT}"`,
  ``,
  `--${ALT}`,
  `Content-Type: text/plain; charset="utf-8"`,
  `Content-Transfer-Encoding: quoted-printable`,
  ``,
  qp(plain.join("\n")),
  ``,
  `--${ALT}`,
  `Content-Type: text/html; charset="utf-8"`,
  `Content-Transfer-Encoding: quoted-printable`,
  ``,
  qp(html.join("\n")),
  ``,
  `--${ALT}--`,
  ``,
  `--${REL}`,
  `Content-Type: image/png; name="image001.png"`,
  `Content-Description: image001.png`,
  `Content-Disposition: inline; filename="image001.png"; size=${png(96, 32).length};`,
  `\tcreation-date="Tue, 27 Sep 2101 15:42:07 GMT";`,
  `\tmodification-date="Tue, 27 Sep 2101 15:42:07 GMT"`,
  `Content-ID: <${CID}>`,
  `Content-Transfer-Encoding: base64`,
  ``,
  logo,
  ``,
  `--${REL}--`,
  ``,
].join("\r\n");
writeFileSync(join(root, "docs", FILE), eml);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${eml.length} bytes) and text/${BASE}.txt`);
