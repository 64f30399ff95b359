// Builds docs/ehtg-fw-draft-minutes-2131-11-20.eml and its rendering in text/.
// Layout: AN E-MAIL "FORWARDED AS ATTACHMENT" (Outlook's More > Forward as Attachment), saved as .eml
// (RFC 5322 / MIME) as Exchange sends it: THE MINUTES ARE NOT IN THE MESSAGE'S BODY BUT IN THE MESSAGE IT
// CARRIES. The outer message (Exchange's Received / Thread-Topic / Thread-Index / X-MS headers, the
// Subject as an RFC 2047 encoded word in Windows-1252 because of its en dash, "multipart/mixed") is the
// Head of Democratic Services' covering note to the Chair: a text/plain part in WINDOWS-1252, BASE64-
// ENCODED, saying that the draft minutes are attached and listing TWO CORRECTIONS to them (a member
// recorded under apologies who attended online; a figure in minute 5.2 typed as 73 for 37). Its second
// part is a MESSAGE/RFC822 ATTACHMENT – the clerk's original e-mail of 27 November to members, with its
// own From / To / Cc / Date / Subject (RFC 2047, UTF-8), named by an RFC 2231 "filename*=" parameter –
// whose body is a "multipart/alternative" of a text/plain and an Outlook text/html version, both UTF-8 in
// QUOTED-PRINTABLE (soft line breaks, "=3D" in every attribute, "=E2=80=93" for "–", "=C2=A3" for "£").
// The HTML is Outlook's (WordSection1, MsoNormal paragraphs, inline styles): a covering note, a red
// "DRAFT" line, the heading, the attendance as a two-column label table (Present with "(online)" marks,
// Substitute, Apologies, Officers, Guest), nine minutes with paragraphs numbered 1.1, 1.2 … in bold
// headings, resolutions with lettered lines, the time the meeting ended, and an actions table (Ref |
// Minute | Action | Owner | Due). The plain-text alternative is Outlook's own flattening of the same:
// tables as tab-separated lines. Nothing in the outer message repeats the minutes; nothing in the
// attached message knows about the corrections.
// Rendering: what a mail client shows: the outer message's From, To, Cc, Date and Subject lines and its
// body (a paragraph a line), the attachment's file name, then the attached message as a mail client
// shows it inline – its From, To, Cc, Date and Subject lines and its HTML body (a paragraph a line,
// table rows with cells " | "); MIME boundaries, transfer encodings, Exchange headers left out.
// Synthetic test fixture: every person, address, figure and decision is invented.
//   node src/build-minutes-fwd-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, VENUE, OFFICERS as O, P, GUEST, cllr, full, PRESENT, ONLINE, SUB, APOLOGIES_DRAFT, ACTIONS, SEPT_OPEN, MEASURES, AWARDED, PAID, HOMES_TARGET, HOMES_DONE, AWARD13, EHF11, RESERVE_AFTER_MEETING, LIMIT_AGREED, LIMIT_PROPOSED, VOTE_82, gbp } from "./common.mjs";

const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const SUBJ = "Draft minutes – Empty Homes Task Group, 20 November 2131";
const ATTACH = SUBJ + ".eml";
const out = [];

// ------------------------------------------------------------------ encoders
const b64lines = (buf) => buf.toString("base64").replace(/(.{76})/g, "$1\r\n").replace(/\r\n$/, "");
function qp(str) {
  const lines = str.split(/\r?\n/);
  const outL = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, "utf8");
    let enc = "";
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) enc += "=" + b.toString(16).toUpperCase().padStart(2, "0");
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) enc += String.fromCharCode(b);
      else enc += "=" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    // soft line breaks at 76 characters, never inside an =XX escape
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      const esc = rest.lastIndexOf("=", cut);
      if (esc > cut - 3) cut = esc;
      outL.push(rest.slice(0, cut) + "=");
      rest = rest.slice(cut);
    }
    outL.push(rest);
  }
  return outL.join("\r\n");
}
const cp1252 = (s) => Buffer.from([...s].map((c) => ({ "–": 0x96, "’": 0x92, "“": 0x93, "”": 0x94, "£": 0xa3 })[c] ?? c.charCodeAt(0)));
const qword = (s, charset) => {
  const bytes = charset === "utf-8" ? Buffer.from(s, "utf8") : cp1252(s);
  let e = "";
  for (const b of bytes) e += b === 0x20 ? "_" : (b >= 33 && b <= 126 && !"=?_".includes(String.fromCharCode(b))) ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0");
  return `=?${charset}?Q?${e}?=`;
};
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const addr = (k) => (O[k] ? `${O[k].name} <${O[k].email}>` : `${full(k)} <${P[k].email}>`);

// ------------------------------------------------------------------ the attached message: the clerk's draft minutes
const present = PRESENT.map((k) => cllr(k) + (P[k].role !== "Member" ? ` (${P[k].role})` : "") + (ONLINE.includes(k) ? " (online)" : ""));
const att = [
  ["Present", present.slice(0, -1).join(", ") + " and " + present.at(-1)],
  ["Substitute", `${cllr(SUB.k)} (for ${cllr(SUB.for)})`],
  ["Apologies", APOLOGIES_DRAFT.map(cllr).join(" and ")],
  ["Officers", `${O.kwabena.name} (${O.kwabena.post}), ${O.ingrid.name} (${O.ingrid.post}), ${O.hermione.name} (${O.hermione.post}), ${O.lavinia.name} (${O.lavinia.post}) and ${O.pelagia.name} (clerk)`],
  ["Guest", `${GUEST.name}, ${GUEST.post} (item 7)`],
];
const items = [
  ["1", "Welcome, apologies and declarations of interest", [
    `1.1 The Chair welcomed members, officers and ${GUEST.name}. Apologies were received from ${cllr("sneddon")}, for whom ${cllr("kettleburn")} substituted, and from ${cllr("grisedale")}.`,
    `1.2 ${cllr("oyediran")} declared an interest in items 5 and 6 as a member of the cabinet of Hollinsfield Metropolitan Borough Council, which receives money from the Fund for EHF-05 and EHF-13. He took no part in the discussion of EHF-05 and left the meeting for item 6.`,
    `1.3 ${cllr("linthwaite")} declared a personal interest in item 4 as the owner of a flat in Dunmarsh that has been empty for more than two years and is charged the empty homes premium. She took part in the item.`,
  ]],
  ["2", "Minutes of the meeting held on 18 September 2131 and action log", [
    "2.1 The minutes of the meeting held on 18 September 2131 were agreed as a correct record.",
    `2.2 ${O.pelagia.name} introduced the action log. Actions EHA-24 to EHA-30 were complete except ${SEPT_OPEN[0]}, the guidance on using empty dwelling management orders, which ${O.lavinia.name} would now publish in January 2132, and ${SEPT_OPEN[1]}, the Chair's letter to the Minister on the premium for second homes, sent on 2 October 2131, to which a reply was awaited.`,
  ]],
  ["3", "Terms of reference review 2131/32", [
    `3.1 ${O.hermione.name}, ${O.hermione.post}, introduced the report and the schedule of eight proposed changes.`,
    `3.2 ${cllr("morcombe")} said that requiring the Chair or the Vice-Chair for a quorum could stop a meeting going ahead if both were unwell. She moved that the quorum be four members, without that requirement; ${cllr("linthwaite")} seconded. The amendment was carried.`,
    `3.3 ${cllr("carrowmore")} moved that the limit for decisions between meetings in paragraph 8.2 be ${gbp(LIMIT_AGREED)} rather than ${gbp(LIMIT_PROPOSED)}, to be reviewed after a year; ${cllr("ashdown")} seconded. The amendment was carried by ${VOTE_82.for} votes to ${VOTE_82.against}.`,
    "3.4 Members asked that the political groups be consulted before any change to the membership.",
    "3.5 Resolved: that the Task Group",
    `(a) recommends to the ${BOARD} on 11 December 2131 the changes in Appendix A of the report, except as set out in (b) to (d);`,
    "(b) recommends that the quorum in paragraph 4 be four members, without the requirement for the Chair or the Vice-Chair to be present;",
    `(c) recommends that the limit in paragraph 8.2 be ${gbp(LIMIT_AGREED)};`,
    "(d) defers change 2, the membership in paragraph 3.1, to the meeting on 5 February 2132 while the political groups are consulted; and",
    "(e) notes the membership for 2131/32.",
  ]],
  ["4", "Programme performance, quarter 2 2131/32", [
    `4.1 ${O.kwabena.name}, ${O.kwabena.post}, introduced the report. At 30 September 2131 two measures were green, three amber and two red, and one had been achieved.`,
    `4.2 The two red measures were EHM-02, the reduction in long-term empty homes in the 12 Fund councils (3.0 per cent against a target of 10 per cent), and EHM-04, empty dwelling management orders granted (5 against a target of 24). ${cllr("oyediran")} said that tribunal listings were taking about 30 weeks.`,
    "4.3 Members welcomed EHM-07: 77 per cent of councils now charge the empty homes premium at the maximum rate, above the target of 75 per cent.",
    "4.4 Resolved: that the Task Group (a) noted performance at quarter 2 2131/32; and (b) asked for a report on the use of empty dwelling management orders to the meeting on 5 February 2132.",
  ]],
  ["5", "Empty Homes Recovery Fund: progress at quarter 2", [
    `5.1 ${O.ingrid.name}, ${O.ingrid.post}, introduced the tracker. ${gbp(PAID)} of the ${gbp(AWARDED)} awarded in round 1 had been paid, and ${HOMES_DONE} homes were back in use against a target of ${HOMES_TARGET}.`,
    "5.2 Ashwick Vale's enforcement team had brought 73 homes back into use and was on profile.",
    "5.3 Two schemes were stalled: EHF-05 in Hollinsfield, whose contractor had gone into administration, and EHF-08 in Pellbury, where planning permission had been refused and an appeal lodged. Thornhallow City Council had withdrawn EHF-11 on 26 September 2131 after selling the site.",
    "5.4 Resolved: that the Task Group",
    "(a) noted progress at quarter 2;",
    `(b) noted that the ${gbp(EHF11)} awarded to EHF-11 returns to the reserve, which will then stand at ${gbp(RESERVE_AFTER_MEETING)} after the award to EHF-13; and`,
    "(c) agreed that the EHF-08 award be held until Pellbury's planning appeal is decided, and withdrawn if the appeal fails.",
  ]],
  ["6", "Decision taken between meetings: UD-2131-04", [
    `6.1 ${cllr("oyediran")} left the meeting for this item.`,
    `6.2 ${O.kwabena.name} reported the Chair's decision of 7 November 2131, taken in consultation with the Vice-Chair, to award ${gbp(AWARD13)} to Hollinsfield Metropolitan Borough Council for an empty dwelling management order on 14 flats at Tanner's Yard (EHF-13). The tribunal had granted the interim order on 15 November 2131.`,
    "6.3 Resolved: that the Task Group noted decision UD-2131-04.",
  ]],
  ["7", "Presentation: Homes from Empties Trust", [
    `7.1 ${GUEST.name}, ${GUEST.post}, gave a presentation on the Trust's lease-and-repair model. Since 2126 the Trust had brought 412 empty homes back into use with 19 councils, at an average cost of £23,400 a home, and let them to households on council waiting lists.`,
    "7.2 Resolved: that the Task Group thanked Ms Rooksby-Nyland and asked officers to explore a lease-and-repair partnership with the Trust.",
  ]],
  ["8", "Any other business", [
    `8.1 ${cllr("ebbesen")}, lead member for second homes, reported that the Government's consultation on the second homes premium closes on 14 January 2132. The Task Group agreed that officers should draft a response for members to comment on by e-mail.`,
  ]],
  ["9", "Date of next meeting", ["9.1 Tuesday 5 February 2132 at 11.00am."]],
];
const actions = [["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, a.due])];
const cover = [
  "Dear members,",
  "Please find below the draft minutes of the meeting on Tuesday 20 November 2131. They will be published on the website once the Chair has checked them, and will be submitted to the meeting on 5 February 2132 for approval.",
  "If you have any comments, please let me know by Friday 30 November.",
  "Kind regards",
  "Pelagia",
];
const sig = [O.pelagia.name, O.pelagia.post, "Local Government Association", `${O.pelagia.phone} | ${O.pelagia.email}`];
const heading = [`${BODY}`, `Minutes of the meeting held on Tuesday 20 November 2131 at 11.00am in ${VENUE}, and on Microsoft Teams`];
const draftLine = "DRAFT – subject to approval by the Task Group at its meeting on 5 February 2132";

// the HTML as Outlook writes it
const S = 'style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif"';
const ph = (t, o = {}) => `<p class="MsoNormal"${o.indent ? ' style="margin-left:28.35pt"' : ""}><span ${S}>${o.bold ? "<b>" : ""}${o.color ? `<span style="color:${o.color}">` : ""}${esc(t)}${o.color ? "</span>" : ""}${o.bold ? "</b>" : ""}<o:p></o:p></span></p>`;
const blankP = '<p class="MsoNormal"><span ' + S + "><o:p>&nbsp;</o:p></span></p>";
const tbl = (rows, o = {}) => `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n` + rows.map((r, i) => "<tr>" + r.map((c, j) => `<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt${(o.head && i === 0) || (o.labels && j === 0) ? ";background:#D9E2F3" : ""}"><p class="MsoNormal"><span ${S}>${(o.head && i === 0) || (o.labels && j === 0) ? `<b>${esc(c)}</b>` : esc(c)}<o:p></o:p></span></p></td>`).join("") + "</tr>").join("\n") + "\n</table>";
const html = [];
html.push('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">');
html.push('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\nspan.EmailStyle17 {mso-style-type:personal-compose;}\n@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>');
html.push('<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">');
const txt = []; // Outlook's plain-text alternative
const both = (t, o = {}) => { html.push(ph(t, o)); txt.push(t, ""); out.push(t); };
for (const c of cover) both(c);
html.push(blankP);
for (const s of sig) { html.push(ph(s, { color: s === sig[0] ? "#1F3864" : undefined, bold: s === sig[0] })); txt.push(s); out.push(s); }
txt.push("");
html.push(blankP + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>' + blankP);
both(draftLine, { bold: true, color: "#C00000" });
both(heading[0], { bold: true });
both(heading[1], { bold: true });
html.push(blankP);
html.push(tbl(att, { labels: true }));
for (const r of att) { txt.push(r.join("\t")); out.push(r.join(" | ")); }
txt.push("");
for (const [n, title, ps] of items) {
  html.push(blankP);
  both(`${n}\u00a0\u00a0\u00a0${title}`, { bold: true });
  out[out.length - 1] = `${n} ${title}`;
  for (const t of ps) both(t, { indent: /^\([a-e]\)/.test(t) });
}
both("The meeting ended at 1.05pm.");
both("Actions", { bold: true });
html.push(tbl(actions, { head: true }));
for (const r of actions) { txt.push(r.join("\t")); out.push(r.join(" | ")); }
html.push(blankP + "\n</div>\n</body>\n</html>");

const inner = [
  `From: ${addr("pelagia")}`,
  "To: EHTG members <ehtg-members@local.gov.uk>",
  `CC: ${addr("kwabena")}, ${addr("hermione")}`,
  `Subject: ${qword("Draft minutes – Empty Homes", "utf-8")}\r\n ${qword(" Task Group, 20 November 2131", "utf-8")}`,
  "Thread-Topic: " + qword(SUBJ, "utf-8"),
  "Thread-Index: AdpSn3kq7lq0Yc1mQ4uZr4oT2Xl9hA==",
  "Date: Tue, 27 Nov 2131 16:48:12 +0000",
  "Message-ID: <LO2P265MB4417C2D1A0E9B3F6A8D5B0E1C7A92@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
  "Accept-Language: en-GB, en-US",
  "Content-Language: en-GB",
  "X-MS-Has-Attach:",
  "X-MS-TNEF-Correlator:",
  'Content-Type: multipart/alternative; boundary="_000_LO2P265MB4417C2D1A0E9B3F6A8D5B0E1C7A92LO2P265MB4417GBRP_"',
  "MIME-Version: 1.0",
  "",
  "--_000_LO2P265MB4417C2D1A0E9B3F6A8D5B0E1C7A92LO2P265MB4417GBRP_",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(txt.join("\n")),
  "",
  "--_000_LO2P265MB4417C2D1A0E9B3F6A8D5B0E1C7A92LO2P265MB4417GBRP_",
  'Content-Type: text/html; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(html.join("\n")),
  "",
  "--_000_LO2P265MB4417C2D1A0E9B3F6A8D5B0E1C7A92LO2P265MB4417GBRP_--",
  "",
].join("\r\n");

// ------------------------------------------------------------------ the outer message: the covering note
const note = [
  "Marguerite,",
  "As you asked, I attach Pelagia's e-mail of Tuesday with the draft minutes of the meeting on 20 November, so that you can check them before we publish.",
  "Two corrections are needed before they go on the website:",
  `1. ${cllr("grisedale")} attended online. The draft lists her under apologies in error; she should be under "Present" as "(online)".`,
  "2. Minute 5.2 should say that Ashwick Vale's enforcement team has brought 37 homes back into use, not 73.",
  "Subject to those corrections, and to anything you spot, the minutes will go to the meeting on 5 February 2132 for approval. I will publish the draft with the corrections on Monday 3 December unless I hear from you.",
  "Kind regards",
  "Hermione",
];
const noteSig = [O.hermione.name, O.hermione.post, "Local Government Association", O.hermione.phone];
const noteText = note.join("\r\n\r\n") + "\r\n\r\n" + noteSig.join("\r\n") + "\r\n";
const OUTER_SUBJ = "FW: " + SUBJ;
const outerHead = [
  `From: ${addr("hermione")}`,
  `To: ${cllr("tallowfield")} <${P.tallowfield.email}>`,
  `CC: ${addr("pelagia")}, ${addr("kwabena")}`,
  `Subject: ${qword(OUTER_SUBJ, "Windows-1252")}`,
  "Date: Thu, 29 Nov 2131 09:03:41 +0000",
];
const outer = [
  "Received: from LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a4::9) by LO0P265MB6181.GBRP265.PROD.OUTLOOK.COM with HTTPS; Thu, 29 Nov 2131 09:03:43 +0000",
  "Received: from LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM ([fe80::4c1e:9a2b:77d0:3e15]) by LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM ([fe80::4c1e:9a2b:77d0:3e15%5]) with mapi id 15.20.9114.011; Thu, 29 Nov 2131 09:03:41 +0000",
  ...outerHead.slice(0, 4),
  "Thread-Topic: " + qword(OUTER_SUBJ, "Windows-1252"),
  "Thread-Index: AdpSn3kq7lq0Yc1mQ4uZr4oT2Xl9hAAvW2pQ",
  outerHead[4],
  "Message-ID: <LO2P265MB4417F09B2E61D7C3A4B8E5D90A1F3@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
  "Accept-Language: en-GB, en-US",
  "Content-Language: en-GB",
  "X-MS-Has-Attach: yes",
  "X-MS-Exchange-Organization-SCL: -1",
  "X-MS-TNEF-Correlator:",
  "msip_labels: MSIP_Label_7c2f1a90-3b5e-4d8a-9f61-2e0c4b7a8d13_Enabled=True;MSIP_Label_7c2f1a90-3b5e-4d8a-9f61-2e0c4b7a8d13_Name=OFFICIAL",
  'Content-Type: multipart/mixed; boundary="_002_LO2P265MB4417F09B2E61D7C3A4B8E5D90A1F3LO2P265MB4417GBRP_"',
  "MIME-Version: 1.0",
  "",
  "--_002_LO2P265MB4417F09B2E61D7C3A4B8E5D90A1F3LO2P265MB4417GBRP_",
  'Content-Type: text/plain; charset="Windows-1252"',
  "Content-Transfer-Encoding: base64",
  "",
  b64lines(cp1252(noteText)),
  "",
  "--_002_LO2P265MB4417F09B2E61D7C3A4B8E5D90A1F3LO2P265MB4417GBRP_",
  "Content-Type: message/rfc822",
  "Content-Disposition: attachment;",
  `\tfilename*=utf-8''${encodeURIComponent(ATTACH).replace(/'/g, "%27")};`,
  '\tcreation-date="Thu, 29 Nov 2131 09:03:40 GMT";',
  '\tmodification-date="Thu, 29 Nov 2131 09:03:40 GMT"',
  "",
  inner,
  "--_002_LO2P265MB4417F09B2E61D7C3A4B8E5D90A1F3LO2P265MB4417GBRP_--",
  "",
].join("\r\n");
writeFileSync(join(root, "docs", FILE), outer);

// the rendering: outer headers and note, the attachment's name, then the attached message
const render = [
  `From: ${addr("hermione")}`,
  `To: ${cllr("tallowfield")} <${P.tallowfield.email}>`,
  `CC: ${addr("pelagia")}, ${addr("kwabena")}`,
  "Date: Thu, 29 Nov 2131 09:03:41 +0000",
  `Subject: ${OUTER_SUBJ}`,
  ...note, ...noteSig,
  ATTACH,
  `From: ${addr("pelagia")}`,
  "To: EHTG members <ehtg-members@local.gov.uk>",
  `CC: ${addr("kwabena")}, ${addr("hermione")}`,
  "Date: Tue, 27 Nov 2131 16:48:12 +0000",
  `Subject: ${SUBJ}`,
  ...out,
];
writeFileSync(join(root, "text", BASE + ".txt"), render.join("\n") + "\n");
console.log(`wrote docs/${FILE}`);
