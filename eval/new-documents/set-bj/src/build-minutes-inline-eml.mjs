// Builds docs/afctg-draft-minutes-2211-11-14-chair-comments.eml and its rendering in text/.
// Layout: DRAFT MINUTES PASTED INTO AN E-MAIL AND CORRECTED BY REPLYING INLINE, IN COLOURED TEXT MARKED
// WITH THE REPLIER'S INITIALS – the way many clerks get minutes cleared by a Chair. The clerk pasted the
// draft minutes of 14 November 2211 into the body of an Outlook e-mail to the Chair (20 November); the
// Chair replied (21 November) by typing her corrections and questions INTO THE QUOTED DRAFT, in blue,
// each as "[PH: …]" on its own line below what it corrects; the clerk forwarded the reply to the Senior
// Adviser (22 November) asking him to answer the Chair's two questions "in another colour"; he answered
// (29 November) in green, "[SB: …]", beside the Chair's questions inside the same quoted draft, and wrote
// a short covering note at the top about two of the actions. The saved message is his reply: four
// Outlook header blocks ("From: / Sent: / To: / Cc: / Subject:") one above the other, and the draft
// minutes – with an attendance table and an actions table – at the bottom, NEVER RETYPED WITH THE
// CORRECTIONS: so the draft's "£46,500", its list of apologies, its trustee and an action's owner are
// all superseded only by a later coloured line. MIME: multipart/alternative, a text/plain part (the
// colours lost, the initials kept, tables as tab-separated lines) and a text/html part in Outlook's
// "Microsoft Word 15 (filtered medium)" HTML (MsoNormal paragraphs, <o:p>, spans coloured #0070C0 and
// #00B050), both quoted-printable UTF-8, CRLF line ends, Exchange-style headers (Thread-Index,
// X-MS-Has-Attach, Accept-Language).
// Rendering: the message headers, then each paragraph, header line and table row of the HTML body as a
// line (cells " | "), in order.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-inline-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, FUND, DEPT, ROOM, OFFICERS as O, GUEST, P, cllr, PRESENT, ONLINE, SUB, APOLOGIES_DRAFT, SEPT_OPEN, ACTIONS, CONFERENCE, CONSULTATION_CLOSES, ASKED, ROUND2_POT, THRESHOLD, CHAIR_LIMIT, CULM, BIDS, gbp } from "./common.mjs";

const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const x = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const BLUE = "#0070C0", GREEN = "#00B050";
const CHAIR_MAIL = "philippa.hathersage@aldwinkle.gov.uk";

// the body as a list of blocks: { p: text, style } | { table: rows } | { hdr: [[label, value] …] } | { c: "PH"|"SB", t }
const B = [];
const p = (t, o = {}) => B.push({ p: t, ...o });
const c = (who, t) => B.push({ c: who, t: `[${who}: ${t}]` });
const hdr = (rows) => B.push({ hdr: rows });
const table = (rows) => B.push({ table: rows });
const sig = (lines) => B.push({ sig: lines });

// ---------------------------------------------------------------- Samir's reply (29 November)
p("Ifeoma,");
p("Sorry for the delay. My answers to the Chair's two questions are in green below, marked SB.");
p("Two updates on the actions while I am here: AFA-53 is done – the offer letters to Ellinghurst, Wexcombe, Marrowgate and Aldwinkle went out on 26 November. On AFA-54, Culmstock's evidence of its match funding (£9,500 from its homelessness prevention budget) arrived yesterday, 28 November, so I will put the decision to the Chair on Monday 2 December, once she has spoken to the Vice-Chair.");
p("Regards,");
p("Samir");
sig([`${O.samir.name} | ${O.samir.post}`, "Local Government Association | 18 Smith Square, London SW1P 3HZ", `${O.samir.phone} | ${O.samir.email}`]);
// ---------------------------------------------------------------- Ifeoma's forward (22 November)
hdr([["From:", `${O.ifeoma.name} <${O.ifeoma.email}>`], ["Sent:", "22 November 2211 15:12"], ["To:", `${O.samir.name} <${O.samir.email}>`], ["Cc:", `${O.ottoline.name} <${O.ottoline.email}>`], ["Subject:", "FW: Draft minutes AFCTG 14 November"]]);
p("Samir,");
p("The Chair has two questions for you, in blue below: the award to Wexcombe at item 4, and AFA-57 in the actions table. Could you answer them in another colour and copy in the Chair? Her other corrections I will make myself.");
p("Thanks,");
p("Ifeoma");
// ---------------------------------------------------------------- the Chair's reply (21 November)
hdr([["From:", `Cllr Philippa Hathersage <${CHAIR_MAIL}>`], ["Sent:", "21 November 2211 18:40"], ["To:", `${O.ifeoma.name} <${O.ifeoma.email}>`], ["Subject:", "RE: Draft minutes AFCTG 14 November"]]);
p("Ifeoma – thank you, these are very clear. My comments are in blue in the text below, marked PH.");
p("Philippa");
// ---------------------------------------------------------------- the clerk's e-mail with the draft (20 November)
hdr([["From:", `${O.ifeoma.name} <${O.ifeoma.email}>`], ["Sent:", "20 November 2211 16:25"], ["To:", `Cllr Philippa Hathersage <${CHAIR_MAIL}>`], ["Cc:", `${O.ottoline.name} <${O.ottoline.email}>`], ["Subject:", "Draft minutes AFCTG 14 November"]]);
p("Dear Chair,");
p("Please find below the draft minutes of the Task Group's meeting on 14 November for your comments. I would be grateful for any amendments by Friday 22 November; the minutes will then go to members with the papers for 23 January.");
p("Kind regards,");
p("Ifeoma");
p(BODY.toUpperCase(), { b: true });
p("Minutes of the meeting held on Thursday 14 November 2211, 10.30am – 12.50pm, in Room 2.3, 18 Smith Square, and on Microsoft Teams", { b: true });
p("DRAFT – not yet approved by the Task Group", { b: true, color: "#C00000" });
const roleOf = (k) => (["Chair", "Vice-Chair", "Deputy Chair"].includes(P[k].role) ? ` (${P[k].role})` : "");
const att = [["Attendance", "Name", "Council or post"]];
for (const k of PRESENT) att.push([ONLINE.includes(k) ? "Present (online)" : "Present", cllr(k) + roleOf(k), P[k].council]);
att.push(["Substitute", `${cllr(SUB.k)} (for ${cllr(SUB.for)})`, P[SUB.k].council]);
for (const k of APOLOGIES_DRAFT) att.push(["Apologies", cllr(k), P[k].council]);
for (const k of ["ottoline", "samir", "bart", "ifeoma"]) att.push(["Officer", O[k].name, O[k].post]);
att.push(["Guest", `${GUEST.name} (item 6)`, GUEST.post]);
table(att);
c("PH", `Cllr Caddenham's apologies are missing – he sent them to you on 12 November. Please add him under Apologies.`);

const item = (no, title, paras, resolved) => {
  p(`${no}. ${title}`, { b: true });
  for (const [i, t] of paras.entries()) (Array.isArray(t) ? t : [t]).forEach((s, j) => (j === 0 ? p(`${no}.${i + 1} ${s}`) : typeof s === "object" ? c(s.who, s.t) : p(s)));
  if (resolved && resolved.length === 1) p(`RESOLVED that the Task Group ${resolved[0]}`, { lead: "RESOLVED that the Task Group" });
  else if (resolved) {
    p("RESOLVED that the Task Group:", { b: true });
    for (const r of resolved) typeof r === "object" ? c(r.who, r.t) : p(r, { indent: true });
  }
};
item(1, "Welcome, apologies and declarations of interest", [
  `The Chair welcomed members, and ${GUEST.name}, ${GUEST.post}, who would present at item 6.`,
  [`Apologies were received from ${cllr("peverell")}. ${cllr("frickley")} attended as a substitute for ${cllr("caddenham")}.`, { who: "PH", t: "And from Cllr Caddenham – see above." }],
  `${cllr("wolstenholme")} declared an interest in item 4 as ${P.wolstenholme.council}'s Cabinet Member for Children's Services; Marrowgate has bid to the round 2 fund. He did not vote on Marrowgate's bid.`,
  `The Chair declared an interest in item 4 because ${P.hathersage.council}, where she is Cabinet Member for Communities, has bid to the fund.`,
  [`${cllr("courtenay")} declared a non-registrable interest in item 6 as a trustee of the Forces Families Housing Trust.`, { who: "PH", t: "This was Cllr Scarisbrick, not Cllr Courtenay-Blyde – Cllr Scarisbrick is the Trust's trustee. Please correct." }],
]);
item(2, "Minutes of the meeting held on 19 September 2211", [
  "The minutes of the meeting held on 19 September 2211 were agreed as a correct record.",
  `Of the actions from 19 September (AFA-43 to AFA-50), six are complete. Two remain open: ${SEPT_OPEN[0]}, the refresh of the Armed Forces Champions' handbook, now due on 31 January 2212 (see item 5), and ${SEPT_OPEN[1]}, the letter to the ${DEPT} on sharing data about service leavers, sent on 2 October 2211, to which no reply has been received.`,
  "The Task Group asked the Head of Democratic Services to chase a reply (AFA-51).",
]);
item(3, "Covenant in Practice Programme: performance at quarter 2 2211/12", [
  `${O.ottoline.name}, ${O.ottoline.post}, introduced the report on the eight measures at 30 September 2211: three on track, two at some risk, two off track and one complete. Compared with quarter 1, three measures were rated worse (CIP-02, CIP-04 and CIP-07) and two better (CIP-03 and CIP-05).`,
  `Members were most concerned about CIP-02: only 74% of veterans were placed in suitable housing within 56 days of asking for help, against a target of 85%, because of a shortage of adapted homes in Ellinghurst and Wexcombe. ${cllr("odunsi")} said Wexcombe expected 14 adapted homes to be finished by June 2212.`,
  "On CIP-07, members noted that three round 1 projects (Wexcombe, Culmstock and Hestonbury) were behind schedule, and that Wexcombe's second instalment of £26,000 is being held until its project catches up.",
], [
  "(a) notes the performance of the Covenant in Practice Programme at quarter 2;",
  "(b) asks Ellinghurst Borough Council and Wexcombe City Council for a joint recovery plan for CIP-02 by 16 January 2212;",
  "(c) agrees to hold the contingency of £26,000 until the round 2 awards are made.",
]);
item(4, `${FUND}: round 2 awards`, [
  `${O.samir.name}, ${O.samir.post}, introduced the item. Seven councils had bid for ${gbp(ASKED)} against the round 2 allocation of ${gbp(ROUND2_POT)}. Pellinore Associates had assessed the bids independently; bids scoring below ${THRESHOLD} out of 100 are not funded.`,
  [`The Chair did not take part in the discussion of Aldwinkle's bid, and the Vice-Chair, ${cllr("ostridge")}, chaired that part of the item.`, { who: "PH", t: "Please say that I left the room for Aldwinkle's bid, not just that I did not take part." }],
  `Culmstock Metropolitan Borough Council's bid scored ${CULM.score}, but the council had not yet given evidence of its match funding, and ${gbp(CULM.vehicle)} of the ${gbp(CULM.asked)} it asked for was for vehicle leasing, which the fund does not pay for. An award of no more than ${gbp(CULM.eligible)} would be within the Chair's limit of ${gbp(CHAIR_LIMIT)}, so the Task Group could delegate the decision to the Chair.`,
], [
  "(a) awards £60,000 to Ellinghurst Borough Council, £46,500 to Wexcombe City Council, £45,000 to Marrowgate Borough Council and £38,000 to Aldwinkle County Council;",
  { who: "PH", t: "Samir – is £46,500 right for Wexcombe? I thought it was more than that." },
  { who: "SB", t: `You are right, Chair – it should read ${gbp(BIDS[1].award)} (Wexcombe's bid of ${gbp(BIDS[1].asked)} less £7,500 for vehicle leasing). The offer letter we sent is for ${gbp(BIDS[1].award)}.` },
  "(b) does not fund the bids of Hestonbury District Council (score 52) and Tollbridge District Council (score 48), which are below the threshold of 60;",
  `(c) delegates the decision on Culmstock Metropolitan Borough Council's bid to the Chair, in consultation with the Vice-Chair, once Culmstock has given evidence of its match funding, with an award of no more than ${gbp(CULM.eligible)};`,
  `(d) carries any of the ${gbp(ROUND2_POT)} not awarded to round 3.`,
]);
item(5, "Armed Forces Champions network", [
  `${cllr("llewelyn")}, lead member for the Armed Forces Champions network, reported that all 12 councils now have a Champion trained in the last two years, so CIP-03 is complete.`,
  "The refresh of the Champions' handbook (AFA-46) has moved to 31 January 2212 so that it can reflect the new statutory guidance.",
], [
  `agrees to hold a regional Champions' conference on ${CONFERENCE.date} at ${CONFERENCE.venue}, at a cost of no more than ${gbp(CONFERENCE.budget)} from the Champions training budget.`,
]);
item(6, "Forces Families Housing Trust", [
  `The Chair welcomed ${GUEST.name}, ${GUEST.post}, who presented on housing for service leavers. In 2210/11 the Trust housed 412 households of service leavers in 38 council areas; the average wait was 47 days, and 63% of the households were housed in the private rented sector.`,
  "Members asked whether the Trust would take nominations from councils; Ms Ockendon said it would consider a nomination agreement.",
], [
  `thanks ${GUEST.name} and asks officers to explore a nomination agreement with the Trust.`,
]);
item(7, "Any other business", [
  `${cllr("odunsi")} asked for a briefing, before the next meeting, on the consultation on the Covenant duty statutory guidance, which closes on ${CONSULTATION_CLOSES.date}. The Chair agreed.`,
]);
item(8, "Date of next meeting", [
  `The next meeting will be held on Thursday 23 January 2212 at 10.30am in ${ROOM}.`,
]);
p("Actions", { b: true });
const name = (k) => O[k].name;
table([["Ref", "Minute", "Action", "Owner", "Due"], ...ACTIONS.map((a) => [a.ref, a.min, a.action, name(a.owner), a.due])]);
c("PH", "Samir – could you take AFA-57 instead of Ottoline? She is on leave for most of January.");
c("SB", "Yes, happy to – please change the owner of AFA-57 to me. The briefing will still go out by 9 January.");
p("The meeting closed at 12.50pm.");

// ---------------------------------------------------------------- HTML, plain text and rendering
const out = [];
const html = [];
const text = [];
const hdrLines = (rows) => rows.map(([l, v]) => `${l} ${v}`);
for (const b of B) {
  if (b.p !== undefined) {
    let inner = b.lead ? `<b>${x(b.lead)}</b>${x(b.p.slice(b.lead.length))}` : x(b.p);
    if (b.color) inner = `<span style="color:${b.color}">${inner}</span>`;
    if (b.b) inner = `<b>${inner}</b>`;
    html.push(`<p class="MsoNormal"${b.indent ? ' style="margin-left:36.0pt"' : ""}>${inner}<o:p></o:p></p>`);
    text.push((b.indent ? "    " : "") + b.p, "");
    out.push(b.p);
  } else if (b.c) {
    html.push(`<p class="MsoNormal"><b><span style="color:${b.c === "PH" ? BLUE : GREEN}">${x(b.t)}</span></b><o:p></o:p></p>`);
    text.push(b.t, "");
    out.push(b.t);
  } else if (b.hdr) {
    html.push(`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">${b.hdr.map(([l, v]) => `<b><span lang="EN-US">${x(l)}</span></b><span lang="EN-US"> ${x(v)}</span>`).join("<br>\n")}<o:p></o:p></p></div>`);
    html.push('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
    text.push("________________________________", ...hdrLines(b.hdr), "");
    out.push(...hdrLines(b.hdr));
  } else if (b.table) {
    html.push('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">');
    for (const [i, r] of b.table.entries()) {
      html.push(`<tr>${r.map((cell) => `<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${i === 0 ? `<b>${x(cell)}</b>` : x(cell)}<o:p></o:p></p></td>`).join("")}</tr>`);
      text.push(r.join("\t"));
      out.push(r.join(" | "));
    }
    html.push("</table>");
    text.push("");
  } else if (b.sig) {
    html.push(`<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">${b.sig.map(x).join("<br>\n")}<o:p></o:p></span></p>`);
    text.push(...b.sig, "");
    out.push(...b.sig);
  }
}
const htmlDoc = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${html.join("\n")}
</div>
</body>
</html>
`;

// quoted-printable (RFC 2045): lines of at most 76 characters, soft breaks "=", CRLF
function qp(s) {
  const lines = s.replace(/\r?\n/g, "\n").split("\n");
  const outL = [];
  for (const line of lines) {
    let enc = "";
    const bytes = Buffer.from(line, "utf8");
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) enc += String.fromCharCode(b);
      else enc += "=" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    // soft-wrap at 76, never inside an =XX escape
    while (enc.length > 76) {
      let cut = 75;
      const eq = enc.lastIndexOf("=", cut);
      if (eq > cut - 3) cut = eq;
      outL.push(enc.slice(0, cut) + "=");
      enc = enc.slice(cut);
    }
    outL.push(enc);
  }
  return outL.join("\r\n");
}
const BOUND = "_000_LO4P265MB58260C1E9A7B3D0F42B6A7C1D9E5ALO4P265MB5826GBRP_";
const MSGID = "<LO4P265MB58260C1E9A7B3D0F42B6A7C1D9E5A@LO4P265MB5826.GBRP265.PROD.OUTLOOK.COM>";
const PREV = "<LO4P265MB5826A3F17C04E2B9D18E6F30B2A4D@LO4P265MB5826.GBRP265.PROD.OUTLOOK.COM>";
const headers = [
  ["From", `${O.samir.name} <${O.samir.email}>`],
  ["To", `${O.ifeoma.name} <${O.ifeoma.email}>`],
  ["CC", `Cllr Philippa Hathersage <${CHAIR_MAIL}>, ${O.ottoline.name}\r\n\t<${O.ottoline.email}>`],
  ["Subject", "RE: Draft minutes AFCTG 14 November"],
  ["Thread-Topic", "Draft minutes AFCTG 14 November"],
  ["Thread-Index", "AdsfX0kq1tJ7p2mQRc6hV8e0bYxWcgAnR4JwAAYc2QAAHv1pAAFk7KBw"],
  ["Date", "Fri, 29 Nov 2211 10:05:41 +0000"],
  ["Message-ID", MSGID],
  ["References", PREV],
  ["In-Reply-To", PREV],
  ["Accept-Language", "en-GB, en-US"],
  ["Content-Language", "en-GB"],
  ["X-MS-Has-Attach", ""],
  ["X-MS-TNEF-Correlator", ""],
  ["MIME-Version", "1.0"],
  ["Content-Type", `multipart/alternative;\r\n\tboundary="${BOUND}"`],
];
const eml = headers.map(([k, v]) => `${k}: ${v}`).join("\r\n") + "\r\n\r\n"
  + `--${BOUND}\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(text.join("\n"))}\r\n\r\n`
  + `--${BOUND}\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(htmlDoc)}\r\n\r\n`
  + `--${BOUND}--\r\n`;
writeFileSync(join(root, "docs", FILE), eml);
const rendering = [
  `From: ${O.samir.name} <${O.samir.email}>`,
  `To: ${O.ifeoma.name} <${O.ifeoma.email}>`,
  `CC: Cllr Philippa Hathersage <${CHAIR_MAIL}>, ${O.ottoline.name} <${O.ottoline.email}>`,
  "Subject: RE: Draft minutes AFCTG 14 November",
  "Date: Fri, 29 Nov 2211 10:05:41 +0000",
  ...out,
];
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${B.length} blocks, ${rendering.length} rendering lines)`);
