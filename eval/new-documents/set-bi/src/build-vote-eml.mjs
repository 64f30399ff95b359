// Builds docs/hdmtg-email-vote-result-consultation-response-2197-11-22.eml and its rendering.
// A decision taken by e-mail with Outlook's VOTING BUTTONS, as the clerk's result message saved from Outlook
// (Exchange Online headers, a sensitivity label, CRLF, multipart/alternative with a quoted-printable text/plain
// part and an Outlook (Word) HTML part). The votes exist only as the TRACKING LIST that Outlook's "Copy Status
// to Clipboard" gives, pasted into the body: a "Reply tally" line, then tab-separated rows Recipient / Response /
// Response time, the recipients named as the address book does ("Lidstone, Henrietta (Cllr)"), officers
// copied in and one member with an empty response, dates day-first. The members' comments follow, then the
// original request (the recommendations and the response's main points, one of them since amended) quoted
// under Outlook's reply header.
// Rendering: the Subject, From, To, Cc and Date headers, then the text part's paragraphs one a line, a tracking
// row's tab-separated values joined by " | ", the quoted header block's lines as they stand.
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import { root, DOCS, P, OFFICERS, VOTES, COUNT, VOTE_REF, EMAIL_MIN, DEPT, MEETINGS } from "./common.mjs";

const O = OFFICERS;
const addr = (o) => `${o.fore} ${o.sur} <${o.email}>`;
const gal = (k) => `${P[k].sur}, ${P[k].fore} (Cllr)`;
const galO = (o) => `${o.sur}, ${o.fore}`;
const SUBJ0 = "FOR DECISION BY EMAIL: HDMTG response to the hazard response timescales consultation (closes 12:00, 22 November)";
const SUBJ = "RESULT: " + SUBJ0;
const FROM = addr(O.ambrose);
const TO = "HDMTG Members <hdmtg-members@local.gov.uk>";
const CC = [O.cressida, O.tobias, O.ngozi].map(addr).join("; ");
const DATE = "Wed, 22 Nov 2197 16:12:41 +0000";
const sig = ["Kind regards", "Ambrose", "Ambrose Tindley-Ware", "Member Services Officer | Local Government Association", `18 Smith Square, London SW1P 3HZ | ${O.ambrose.phone}`];

// the body: strings are paragraphs; arrays are tracking rows (tab-separated)
const B = [];
B.push("OFFICIAL");
B.push("Dear all,");
B.push(`The vote by e-mail on the Task Group's response to the ${DEPT}' consultation on hazard response timescales closed at 12:00 today. Thank you to everyone who voted.`);
B.push(`Result: the recommendations are AGREED, by 9 in favour (7 Approve and 2 Approve with comments), 1 against (Reject) and 1 abstention. 11 of the 12 members responded, so the minimum of ${EMAIL_MIN} responses for a decision by e-mail (terms of reference, paragraph 14) was met. Decision reference: ${VOTE_REF}.`);
B.push("Below is the tracking from Outlook's voting buttons, copied from the Tracking page of my original message:");
B.push(`Reply tally: Approve ${COUNT("Approve")}; Approve with comments ${COUNT("Approve with comments")}; Reject ${COUNT("Reject")}; Abstain ${COUNT("Abstain")}`);
const TRACK = [["Recipient", "Response", "Response time"]];
for (const v of VOTES) TRACK.push([gal(v.k), v.r, v.t]);
for (const o of [O.cressida, O.tobias, O.ngozi]) TRACK.push([galO(o), "", ""]);
for (const r of TRACK) B.push(r);
B.push("Comments received with the votes:");
const COMMENTS = [
  `${P.osei.sur}, ${P.osei.fore} (Cllr) - Approve with comments: "Happy to approve, but the response should also ask for the same timescales for private landlords. Private tenants in Marrowfield report as much mould as council tenants do. Please add a point on the private rented sector."`,
  `${P.istead.sur}, ${P.istead.fore} (Cllr) - Approve with comments: "Point 4 says the 12 councils in the programme. There are 14 councils in the programme, and the £38.6 million estimate covers all 14. Please correct it before it goes."`,
  `${P.lidstone.sur}, ${P.lidstone.fore} (Cllr) - Reject: "I cannot support asking for 28 days where a specialist survey is needed. Tenants living with mould have waited long enough, and 14 days should mean 14 days."`,
  `${P.delacourt.sur}, ${P.delacourt.fore} (Cllr) - Abstain: "I am abstaining because I sit on the board of Northwyke Homes Partnership, which is sending its own response to the consultation."`,
];
for (const c of COMMENTS) B.push(c);
B.push("What happens next:");
B.push(`Both amendments have been made: point 4 now refers to the 14 councils in the programme, and a new point 7 asks the Department to apply the same timescales to private landlords. The Chair agreed the final wording this afternoon under recommendation (b).`);
B.push(`Ngozi will submit the response on the Department's consultation portal by Monday 27 November, ahead of the closing date of Friday 1 December 2197, and it will be published on the Task Group's web page under recommendation (c). The decision will be reported to the meeting on ${MEETINGS[2].date} (item 7).`);
B.push(`Cllr ${P.thirlaway.fore} ${P.thirlaway.sur} was on leave and did not vote.`);
for (const s of sig) B.push(s);
// the quoted original
B.push("________________________________");
const QH = [`From: ${O.ambrose.fore} ${O.ambrose.sur} <${O.ambrose.email}>`, "Sent: 15 November 2197 09:30", `To: ${TO}`, `Cc: ${CC}`, `Subject: ${SUBJ0}`, "Importance: High"];
for (const h of QH) B.push(h);
B.push("Dear members,");
B.push("Please use the voting buttons at the top of this e-mail (Approve, Approve with comments, Reject, Abstain). If you cannot see them, for example on a phone, reply with your choice as the first word of the subject line. If you choose Approve with comments or Reject, please say why in your reply.");
B.push("Voting closes at 12:00 on Wednesday 22 November 2197.");
B.push("Why a decision by e-mail");
B.push(`The ${DEPT} is consulting on the draft Hazard Response Timescales (Social Housing) Regulations 2198 until Friday 1 December 2197, before the Task Group next meets on 13 December. Under paragraph 14 of the terms of reference the Task Group may take a decision by e-mail when it cannot wait for a meeting; at least ${EMAIL_MIN} members must respond.`);
B.push("Recommendations");
B.push("That the Task Group:");
B.push("(a) approves the draft response summarised below;");
B.push("(b) delegates the final wording to the Chair, taking account of members' comments;");
B.push("(c) publishes the response on the Task Group's web page.");
B.push("The response's main points");
const POINTS = [
  "1. We support a duty to investigate a report of damp and mould within 14 calendar days, but ask for 28 days where a specialist survey is needed.",
  "2. We support making emergency hazards safe within 24 hours.",
  "3. We support starting repairs within 7 days of the investigation, with a transitional year for councils with large backlogs.",
  "4. New burdens: the 12 councils in the programme estimate the extra cost at £38.6 million a year, mostly for extra inspections at about £1,250 each.",
  "5. The Regulations should not come into force before 1 April 2199.",
  "6. The Department should adopt a national data standard for damp and mould case records, building on the Task Group's draft standard.",
];
for (const p of POINTS) B.push(p);
B.push("The full draft (7 pages) is in the Files tab of the members' Teams channel.");
B.push(`Contact officer: ${O.ngozi.name}, ${O.ngozi.post}, ${O.ngozi.phone}, ${O.ngozi.email}`);
B.push("Ambrose Tindley-Ware");
B.push("Member Services Officer | Local Government Association");

// ---- MIME
const CRLF = "\r\n";
// paragraphs are separated by a blank line; tracking rows, the quoted header block and the signature are
// consecutive lines, as Outlook writes them
const tight = (b, prev) => (Array.isArray(b) && Array.isArray(prev)) || (QH.includes(b) && (QH.includes(prev) || prev?.startsWith("____"))) || (sig.includes(b) && sig.includes(prev) && b !== "Ambrose Tindley-Ware") || b === "Member Services Officer | Local Government Association";
const textPart = B.map((b, i) => (i === 0 ? "" : tight(b, B[i - 1]) ? CRLF : CRLF + CRLF) + (Array.isArray(b) ? b.join("\t") : b)).join("") + CRLF;
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/£/g, "&#163;");
const tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>";
let quoted = false;
const htmlBody = B.map((b) => {
  if (Array.isArray(b)) return `<p class=MsoNormal style='tab-stops:170.0pt 280.0pt'><span style='font-family:"Courier New"'>${b.map(esc).join(tab)}<o:p></o:p></span></p>`;
  if (b.startsWith("____")) { quoted = true; return `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>`; }
  if (quoted && /^(From|Sent|To|Cc|Subject|Importance): /.test(b)) { const i = b.indexOf(": "); return `<p class=MsoNormal><b>${esc(b.slice(0, i))}:</b> ${esc(b.slice(i + 2))}<o:p></o:p></p>`; }
  if (b === "Dear members,") return `</div><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>${esc(b)}<o:p></o:p></p>`;
  if (b === "OFFICIAL") return `<p class=MsoNormal align=center style='text-align:center'><b><span style='color:#C00000'>OFFICIAL</span></b><o:p></o:p></p>`;
  if (["Why a decision by e-mail", "Recommendations", "The response's main points", "What happens next:", "Comments received with the votes:"].includes(b)) return `<p class=MsoNormal><b>${esc(b)}</b><o:p></o:p></p>`;
  return `<p class=MsoNormal>${esc(b)}<o:p></o:p></p>`;
}).join(CRLF);
const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">${CRLF}<head>${CRLF}<meta http-equiv="Content-Type" content="text/html; charset=utf-8">${CRLF}<meta name="Generator" content="Microsoft Word 15 (filtered medium)">${CRLF}<style><!--${CRLF}/* Font Definitions */${CRLF}@font-face${CRLF}\t{font-family:"Cambria Math";${CRLF}\tpanose-1:2 4 5 3 5 4 6 3 2 4;}${CRLF}@font-face${CRLF}\t{font-family:Aptos;}${CRLF}/* Style Definitions */${CRLF}p.MsoNormal, li.MsoNormal, div.MsoNormal${CRLF}\t{margin:0cm;${CRLF}\tfont-size:11.0pt;${CRLF}\tfont-family:"Aptos",sans-serif;}${CRLF}span.EmailStyle20${CRLF}\t{mso-style-type:personal-reply;}${CRLF}@page WordSection1${CRLF}\t{size:612.0pt 792.0pt;${CRLF}\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}${CRLF}div.WordSection1${CRLF}\t{page:WordSection1;}${CRLF}--></style>${CRLF}</head>${CRLF}<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'>${CRLF}<div class=WordSection1>${CRLF}${htmlBody}${CRLF}</div>${CRLF}</body>${CRLF}</html>${CRLF}`;

// quoted-printable (RFC 2045): UTF-8 bytes, = and non-ASCII escaped, soft line breaks at 76
function qp(s) {
  const out = [];
  for (const line of s.split(CRLF)) {
    let enc = "";
    for (const b of Buffer.from(line, "utf8")) {
      const c = String.fromCharCode(b);
      enc += b === 0x3d || b > 126 || (b < 32 && b !== 9) ? "=" + b.toString(16).toUpperCase().padStart(2, "0") : c;
    }
    if (/[ \t]$/.test(enc)) enc = enc.slice(0, -1) + "=" + enc.charCodeAt(enc.length - 1).toString(16).toUpperCase().padStart(2, "0");
    const parts = [];
    while (enc.length > 75) {
      let cut = 75;
      while (/=[0-9A-F]?$/.test(enc.slice(0, cut))) cut--;
      parts.push(enc.slice(0, cut) + "=");
      enc = enc.slice(cut);
    }
    parts.push(enc);
    out.push(parts.join(CRLF));
  }
  return out.join(CRLF);
}
const fold = (name, value) => {
  // fold a header at spaces before 78 characters
  const words = `${name}: ${value}`.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && (cur + " " + w).length > 76) { lines.push(cur); cur = " " + w; } else cur = cur ? cur + " " + w : w;
  }
  lines.push(cur);
  return lines.join(CRLF);
};
const BOUND = "_000_LO4P265MB6081A3F2C77B4E1D9C5E2A7BD1A2LO4P265MB6081GBRP_";
const headers = [
  "Received: from LO4P265MB6081.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1d2::9) by",
  " CWLP265MB5172.GBRP265.PROD.OUTLOOK.COM with HTTPS; Wed, 22 Nov 2197 16:12:44",
  " +0000",
  fold("From", FROM),
  fold("To", TO),
  fold("CC", CC),
  fold("Subject", SUBJ),
  fold("Thread-Topic", SUBJ0),
  "Thread-Index: AdqXK2n8s1bW0Hc4Qk2S8f1yQm3TxwEo7Jz1AAB3kYA=",
  `Date: ${DATE}`,
  "Message-ID: <LO4P265MB6081A3F2C77B4E1D9C5E2A7BD1A2@LO4P265MB6081.GBRP265.PROD.OUTLOOK.COM>",
  "References: <LO4P265MB60819B1E02D44C7F8E0A5C11D1A7@LO4P265MB6081.GBRP265.PROD.OUTLOOK.COM>",
  "In-Reply-To: <LO4P265MB60819B1E02D44C7F8E0A5C11D1A7@LO4P265MB6081.GBRP265.PROD.OUTLOOK.COM>",
  "Accept-Language: en-GB, en-US",
  "Content-Language: en-GB",
  "X-MS-Has-Attach:",
  "X-MS-TNEF-Correlator:",
  "msip_labels: MSIP_Label_3c5e1f0a-6b0d-4e7b-9a41-2f8d1c7e5b90_Enabled=true;",
  " MSIP_Label_3c5e1f0a-6b0d-4e7b-9a41-2f8d1c7e5b90_Name=OFFICIAL;",
  " MSIP_Label_3c5e1f0a-6b0d-4e7b-9a41-2f8d1c7e5b90_SetDate=2197-11-22T16:12:39Z;",
  " MSIP_Label_3c5e1f0a-6b0d-4e7b-9a41-2f8d1c7e5b90_ContentBits=0",
  "x-ms-exchange-organization-messagedirectionality: Originating",
  "x-ms-exchange-organization-authas: Internal",
  "X-MS-Exchange-Organization-SCL: -1",
  `Content-Type: multipart/alternative;${CRLF}\tboundary="${BOUND}"`,
  "MIME-Version: 1.0",
];
const eml = headers.join(CRLF) + CRLF + CRLF +
  `--${BOUND}${CRLF}Content-Type: text/plain; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` + qp(textPart) + CRLF + CRLF +
  `--${BOUND}${CRLF}Content-Type: text/html; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` + qp(html) + CRLF + CRLF +
  `--${BOUND}--${CRLF}`;
writeFileSync(join(root, "docs", DOCS.vote), eml);

// ---- rendering
const R = [`Subject: ${SUBJ}`, `From: ${FROM}`, `To: ${TO}`, `Cc: ${CC}`, `Date: ${DATE}`, ""];
for (const b of B) R.push(Array.isArray(b) ? b.filter((x) => x).join(" | ") : b);
writeFileSync(join(root, "text", basename(DOCS.vote, ".eml") + ".txt"), R.filter((l, i) => l !== "________________________________").join("\n") + "\n");
console.log(`wrote docs/${DOCS.vote}`);
