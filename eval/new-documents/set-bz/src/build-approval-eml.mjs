// Builds docs/<eml>: the requester's copy of a Power Automate approval, completed – the flow "HAFTG
// agenda sign-off" asked the Chair to sign off the agenda of 11 March 2562 (the Details field holds the
// meeting details, membership, the agenda table, the Part B note and the draft minutes of 10 December 2561
// with their actions); the Chair approved it with a comment that corrects minute 5.2 and reorders items
// 6 and 7. As Outlook receives it: multipart/alternative, a text/plain part (base64) that carries the
// Details as raw markdown, and a text/html part (quoted-printable) with the Adaptive Card's JSON in a
// <script type="application/adaptivecard+json"> in <head>, a hidden preheader and the fallback HTML in
// nested layout tables; US-style dates in the visible parts ("3/2/2562 4:05 PM"), ISO ones in the card.
// Also writes text/<base>.txt, what a mail client shows.
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import {
  root, DOCS, BODY, SHORT, BOARD, MEETINGS, longWd, long, OFFICERS, GUEST, P, cllr, fullName, MEMBERS, SUBS, DEC,
  ACTIONS, APPROVAL, ROUND2, money, esc, COMPANY, FUND,
} from "./common.mjs";

const O = OFFICERS;
const list = (xs) => (xs.length < 2 ? xs.join("") : xs.slice(0, -1).join(", ") + " and " + xs.at(-1));
const decActions = ACTIONS.filter((a) => a.cat === "dec");

// ------------------------------------------------------------------ the Details field, as blocks
// { p: text, bold: label }  { h: heading }  { table: [rows], head: true }
const memberLine = MEMBERS.map((m) => `${m.fore} ${m.sur}` + (["Chair", "Vice-Chair", "Deputy Chair"].includes(m.role) ? ` (${m.role})` : "")).join(", ").replace(/, ([^,]*)$/, " and $1");
const B = [
  { label: "Meeting:", p: `${BODY} (${SHORT}), a member task group of the ${BOARD}` },
  { label: "Date:", p: `${longWd(MEETINGS.march)}, 10:30 to 13:00 (Chair's pre-meeting 10:00)` },
  { label: "Venue:", p: "Room 2.6, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams" },
  { label: "Agenda to publish:", p: `${longWd("2562-03-03")}` },
  { label: "Membership:", p: `Councillors ${memberLine}.` },
  { label: "Named substitutes:", p: `Councillors ${list(SUBS.map((s) => `${s.fore} ${s.sur} (${s.group})`))}.` },
  { label: "Membership change:", p: `${cllr("okoye")} (${P.okoye.group}, ${P.okoye.council}) replaced ${cllr("prettejohn")} from ${long(P.okoye.from)}.` },
  { label: "Lead members:", p: MEMBERS.filter((m) => m.lead).map((m) => `${m.lead}, Cllr ${m.fore} ${m.sur}`).join("; ") + "." },
  { label: "Quorum:", p: "four members, one of them the Chair or Vice-Chair." },
  { h: "Agenda" },
  { table: [
    ["Item", "Title", "Lead", "For", "Paper"],
    ["1", "Welcome, apologies and substitutes", "Chair", "–", "–"],
    ["2", "Declarations of interest", "Chair", "–", "–"],
    ["3", `Minutes of the meeting of ${long(MEETINGS.dec)}`, "Chair", "Approval", "Draft minutes (below)"],
    ["4", "Action tracker", O.rosalind.name, "Information", "To follow"],
    ["5", "Holiday Clubs Programme: quarter 3 performance and risk", `${O.rosalind.name} and ${O.idris.name}`, "Decision", "Slides; risk register"],
    ["6", `Catering and capacity: ${COMPANY}' expansion plan`, `${GUEST.name}, ${COMPANY}`, "Discussion", "Presentation"],
    ["7", "New SEND-inclusive clubs 2562", cllr("hollowbread"), "Decision", "Report"],
    ["8", "Forward plan", O.clem.name, "Information", "Forward plan"],
    ["9", "Expansion Fund round 2: assessment of bids (Part B)", O.bart.name, "Decision", "Exempt report"],
  ], head: true },
  { label: "Part B:", p: "Item 9 is likely to be considered in private. Its report contains information about the financial or business affairs of the bidding councils and their partners (paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972). The assessment panel's scores will not be published." },
  { h: `Draft minutes of the meeting of ${longWd(MEETINGS.dec)}` },
  { p: "For approval at item 3. Room 2.6, 18 Smith Square, and Microsoft Teams, 10:30 to 12:55." },
  { label: "Present:", p: list(DEC.present.map((k) => cllr(k) + (["Chair", "Vice-Chair", "Deputy Chair"].includes(P[k].role) ? ` (${P[k].role})` : ""))) + "." },
  { label: "Online (not voting):", p: DEC.online.map(cllr).join(", ") + "." },
  { label: "Substitute:", p: DEC.subs.map(([s, f]) => `${cllr(s)} (for ${cllr(f)})`).join(", ") + "." },
  { label: "Apologies:", p: list(DEC.apologies.map(cllr)) + "." },
  { label: "Officers:", p: list(["rosalind", "idris", "bart", "clem"].map((k) => `${O[k].name} (${O[k].post})`)) + "." },
  { label: "Also present:", p: `${GUEST.name}, ${GUEST.post}, ${COMPANY} (item 6).` },
  { h: "1 Welcome, apologies and substitutes" },
  { p: `1.1 The Chair welcomed members. Apologies were received from ${cllr("tiddeman")}, for whom ${cllr("skerrington")} substituted, and from ${cllr("osei")}, who had no substitute.` },
  { p: `1.2 ${cllr("mcateer")} joined online; under the Task Group's hybrid meeting rules she could speak but not vote.` },
  { h: "2 Declarations of interest" },
  { p: `2.1 ${cllr("brammeld")} declared a non-pecuniary interest in item 7 as a trustee of the Otterwick Youth Hub. He took part in the item.` },
  { p: `2.2 ${cllr("hollowbread")} declared an interest in item 5 because Cressingford Borough Council holds a round 1 grant from the Fund. She took no part in the discussion of that grant.` },
  { h: `3 Minutes of the meeting of ${long(MEETINGS.sept)}` },
  { p: "3.1 The minutes were agreed as a correct record." },
  { h: "4 Quarter 2 performance and risk" },
  { p: `4.1 ${O.rosalind.name} introduced the report. At the end of quarter 2 five measures were on track and five at some risk; none was off track.` },
  { p: "4.2 Children turned away from full clubs (HCM-04) had reached 2,480 by 30 September, already 79 per cent of the limit of 3,150 for 2561. Members were concerned that the Christmas programme would take the measure over the limit. The booking system supplier went into administration in November." },
  { p: "4.3 RESOLVED that the Task Group: (a) notes the quarter 2 report; (b) asks for a recovery plan for HCM-04 at the March meeting (HFA-41); (c) asks officers to replace the booking system supplier or agree a new go-live date (HFA-47) and to agree a joint food safety protocol with directors of public health (HFA-46)." },
  { h: `5 ${FUND}` },
  { p: `5.1 ${O.bart.name} reported that the six round 1 grants (£750,000) were under way and that £241,900 had been claimed by 30 November 2561.` },
  { p: "5.2 Pellbridge City Council will not need £45,800 of its £120,000 award for the Leddon Youth Hub kitchen, because the school trust is paying for the kitchen refit. Members asked that the saving be kept for round 2 if the Department for Education agrees." },
  { p: `5.3 RESOLVED that the Task Group: (a) opens round 2 of the Fund for 2562/63 with ${money(ROUND2.pot)}, a maximum of ${money(ROUND2.max)} a bid, closing on ${longWd(ROUND2.closes)}; (b) asks the Finance Business Partner to publish the prospectus by 18 December (HFA-42); (c) will consider the assessment of bids in private in March and decide the awards at its meeting in June 2562.` },
  { h: `6 Catering and capacity: ${COMPANY}` },
  { p: `6.1 ${GUEST.name}, ${GUEST.post}, ${COMPANY}, gave a presentation. The programme's clubs turned away 4,200 children in 2560 because their kitchens could not serve more meals. ${COMPANY} will supply hot meals at its last 14 clubs by March 2562. A central kitchen at Ambledown (£6.2 million) depends on the company's board approving it in its next investment plan.` },
  { p: "6.2 Members asked why the kitchen could not be brought forward. Ms Ashworth-Pike said the company would consider a joint case with the Task Group and the Department for Education." },
  { p: `6.3 RESOLVED that the Task Group: (a) thanks Ms Ashworth-Pike; (b) asks the Chair to write to ${COMPANY}' chief executive seeking a commitment to the Ambledown central kitchen (HFA-43); (c) asks officers to agree a data-sharing agreement for club attendance data (HFA-44).` },
  { h: "7 New SEND-inclusive clubs" },
  { p: `7.1 ${cllr("hollowbread")}, lead member for SEND and inclusive places, reported that three new clubs had opened by 31 October: Leddon Fields, Brinscote Quay and Hollin Ford. The Otterwick Youth Hub club was held back for a second round of parent surveys, as the first round showed low demand.` },
  { p: "7.2 RESOLVED that the Task Group supports opening a club at Otterwick Youth Hub in 2562 and asks Cllr Hollowbread to arrange parent surveys from May 2562 (HFA-45)." },
  { h: "8 Any other business" },
  { p: `8.1 The Chair thanked ${cllr("prettejohn")}, who stands down from the Task Group on 31 January 2562. Democratic Services will arrange an induction for the new Conservative member (HFA-48).` },
  { h: "9 Date of next meeting" },
  { p: `9.1 ${longWd(MEETINGS.march)} at 10:30.` },
  { h: "Actions" },
  { table: [["Ref", "Action", "Minute", "Owner", "Due"], ...decActions.map((a) => [a.ref, a.subject.replace(/ \(Cllr [^)]*\)$/, ""), a.minute, a.who, long(a.due)])], head: true },
];

// ------------------------------------------------------------------ renderings of the Details
const md = B.map((b) => {
  if (b.h) return `### ${b.h}`;
  if (b.table) {
    const [h, ...rows] = b.table;
    return [`| ${h.join(" | ")} |`, `|${h.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  }
  return b.label ? `**${b.label}** ${b.p}` : b.p;
}).join("\n\n");
const htmlDetails = B.map((b) => {
  if (b.h) return `<p style="margin:14px 0 6px 0;font-size:15px;font-weight:600;color:#201f1e;">${esc(b.h)}</p>`;
  if (b.table) {
    const [h, ...rows] = b.table;
    return `<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin:6px 0;">\n<thead><tr>${h.map((c) => `<th style="border:1px solid #c8c6c4;background:#f3f2f1;text-align:left;">${esc(c)}</th>`).join("")}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td style="border:1px solid #c8c6c4;vertical-align:top;">${esc(c)}</td>`).join("")}</tr>`).join("\n")}\n</tbody></table>`;
  }
  return `<p style="margin:0 0 8px 0;">${b.label ? `<strong>${esc(b.label)}</strong> ` : ""}${esc(b.p)}</p>`;
}).join("\n");
const textLines = B.flatMap((b) => {
  if (b.h) return [b.h];
  if (b.table) return b.table.map((r) => r.join(" | "));
  return [b.label ? `${b.label} ${b.p}` : b.p];
});

// ------------------------------------------------------------------ dates as the e-mail shows them
const us = (iso) => {
  const d = new Date(iso);
  const h = d.getUTCHours(), m = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${((h + 11) % 12) + 1}:${m} ${h < 12 ? "AM" : "PM"} (UTC)`;
};
const rfc = (iso) => {
  const d = new Date(iso);
  const wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()];
  const mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, "0");
  return `${wd}, ${p(d.getUTCDate())} ${mo} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};

const A = APPROVAL;
const chair = P.thwaite;
const subject = `Approved: ${A.title}`;
const fromHdr = "Power Automate <flow-noreply@microsoft.com>";
const toHdr = `${O.clem.name} <${O.clem.email}>`;
const approvalId = "7c1e4b2a-93d5-4f0e-b6a8-2f4d91c0e357";
const link = `https://${SHORT.toLowerCase()}.sharepoint.local.gov.uk/sites/HolidayClubs/Shared%20Documents/Meetings/2562-03-11/${SHORT}-agenda-pack-2562-03-11-draft.pdf`;
const fields = [
  ["Title", A.title],
  ["Requested by", `${O.clem.name} (${O.clem.email})`],
  ["Request date", us(A.requested)],
  ["Approvers", `${cllr("thwaite")} (${chair.email})`],
  ["Approval type", "Anyone with a response (first to respond)"],
];
const responses = [["Approver", "Response", "Date", "Comments"], [cllr("thwaite"), "Approve", us(A.responded), A.comment]];

// ------------------------------------------------------------------ the Adaptive Card (what Outlook renders instead of the HTML)
const card = {
  type: "AdaptiveCard", version: "1.4", $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  originator: "3a7d6c0e-1f2b-4d8e-9c55-0b6e2f4a8d19", hideOriginalBody: true,
  body: [
    { type: "TextBlock", text: "Your request was approved", weight: "Bolder", size: "Large" },
    { type: "TextBlock", text: A.title, wrap: true, weight: "Bolder" },
    { type: "FactSet", facts: [
      { title: "Requested by", value: O.clem.name },
      { title: "Request date", value: A.requested },
      { title: "Approver", value: cllr("thwaite") },
      { title: "Response", value: "Approve" },
      { title: "Response date", value: A.responded },
    ] },
    { type: "TextBlock", text: "Details", weight: "Bolder", spacing: "Medium" },
    { type: "TextBlock", text: md, wrap: true },
    { type: "TextBlock", text: "Comments", weight: "Bolder" },
    { type: "TextBlock", text: A.comment, wrap: true },
  ],
  actions: [{ type: "Action.OpenUrl", title: "View in Power Automate", url: `https://make.powerautomate.com/environments/Default-lga/approvals/received/${approvalId}` }],
};

const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/adaptivecard+json">${JSON.stringify(card)}</script>
<title>${esc(subject)}</title>
<style type="text/css">
body{margin:0;padding:0;background:#f3f2f1;font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#323130;}
.pa-badge{display:inline-block;padding:2px 10px;border-radius:12px;background:#dff6dd;color:#107c10;font-weight:600;}
.pa-label{color:#605e5c;width:140px;vertical-align:top;}
@media only screen and (max-width:600px){.pa-outer{width:100% !important;}}
</style>
<!--[if mso]><style type="text/css">table{border-collapse:collapse;} .pa-badge{mso-padding-alt:2px 10px;}</style><![endif]-->
</head>
<body>
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${esc(A.title)} – ${esc(cllr("thwaite"))} approved your request.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f2f1;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="pa-outer" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #edebe9;">
<tr><td style="padding:16px 24px;background:#0066ff;">
<img src="https://make.powerautomate.com/assets/icons/power-automate-white-32.png" width="32" height="32" alt="" style="vertical-align:middle;">
<span style="color:#ffffff;font-size:16px;font-weight:600;vertical-align:middle;">&nbsp;Power Automate</span>
</td></tr>
<tr><td style="padding:20px 24px 4px 24px;">
<p style="margin:0 0 6px 0;"><span class="pa-badge">Approved</span></p>
<p style="margin:0 0 4px 0;font-size:20px;font-weight:600;color:#201f1e;">Your request was approved</p>
<p style="margin:0;font-size:14px;">${esc(cllr("thwaite"))} approved your request.</p>
</td></tr>
<tr><td style="padding:12px 24px;">
<table role="presentation" width="100%" cellpadding="4" cellspacing="0" border="0" style="font-size:14px;">
${fields.map(([k, v]) => `<tr><td class="pa-label">${esc(k)}</td><td>${esc(v)}</td></tr>`).join("\n")}
<tr><td class="pa-label">Details</td><td>
${htmlDetails}
</td></tr>
<tr><td class="pa-label">Link</td><td><a href="${esc(link)}">${SHORT}-agenda-pack-2562-03-11-draft.pdf</a></td></tr>
</table>
</td></tr>
<tr><td style="padding:4px 24px 16px 24px;">
<p style="margin:8px 0 6px 0;font-size:15px;font-weight:600;color:#201f1e;">Response summary</p>
<table cellpadding="6" cellspacing="0" border="0" width="100%" style="font-size:13px;border:1px solid #edebe9;">
${responses.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th align="left" style="background:#faf9f8;">${esc(c)}</th>` : `<td style="vertical-align:top;">${esc(c)}</td>`)).join("")}</tr>`).join("\n")}
</table>
</td></tr>
<tr><td style="padding:12px 24px 20px 24px;border-top:1px solid #edebe9;font-size:12px;color:#605e5c;">
<p style="margin:0 0 4px 0;"><a href="https://make.powerautomate.com/environments/Default-lga/approvals/sent/${approvalId}" style="color:#0066ff;">View the approval in Power Automate</a></p>
<p style="margin:0 0 4px 0;">This message was sent by the flow &quot;${esc(A.flow)}&quot;, which ${esc(O.clem.name)} created in Power Automate.</p>
<p style="margin:0;">Microsoft respects your privacy. Privacy Statement. Microsoft Corporation.</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

const text = [
  "Your request was approved",
  "",
  `${cllr("thwaite")} approved your request.`,
  "",
  ...fields.map(([k, v]) => `${k}: ${v}`),
  "",
  "Details:",
  md,
  "",
  `Link: ${link}`,
  "",
  "Response summary",
  `${cllr("thwaite")}: Approve (${us(A.responded)})`,
  `Comments: ${A.comment}`,
  "",
  `This message was sent by the flow "${A.flow}", which ${O.clem.name} created in Power Automate.`,
].join("\r\n");

// ------------------------------------------------------------------ MIME
const qp = (s) => {
  const out = [];
  for (const line of s.split("\n")) {
    const bytes = Buffer.from(line, "utf8");
    let enc = "";
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      enc += literal ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    // soft line breaks at 76 characters, never inside an =XX escape
    while (enc.length > 75) {
      let cut = 75;
      const eq = enc.lastIndexOf("=", cut);
      if (eq > cut - 3) cut = eq;
      out.push(enc.slice(0, cut) + "=");
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join("\r\n");
};
const b64 = (s) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
const boundary = "_000_PAFLOW7c1e4b2a93d5_";
const eml = [
  "Received: from AM9PR04MB8473.eurprd04.prod.outlook.com (2603:10a6:20b:3e1::18) by",
  ` LO4P265MB6711.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${rfc(A.sent)}`,
  "Authentication-Results: spf=pass (sender IP is 203.0.113.41) smtp.mailfrom=microsoft.com; dkim=pass header.d=microsoft.com; dmarc=pass action=none header.from=microsoft.com",
  `From: ${fromHdr}`,
  `To: ${toHdr}`,
  `Subject: ${subject}`,
  "Thread-Topic: " + subject,
  `Date: ${rfc(A.sent)}`,
  `Message-ID: <${approvalId}.20256203084731@flow.microsoft.com>`,
  "Content-Language: en-US",
  "X-MS-Has-Attach: ",
  "X-MS-Exchange-Organization-SCL: -1",
  "X-MS-Exchange-Organization-AuthAs: Anonymous",
  "X-Flow-Run-Id: 08584712366102943182537649210CU14",
  "MIME-Version: 1.0",
  `Content-Type: multipart/alternative; boundary="${boundary}"`,
  "",
  `--${boundary}`,
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: base64",
  "",
  b64(text),
  "",
  `--${boundary}`,
  'Content-Type: text/html; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(html),
  "",
  `--${boundary}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", DOCS.eml), eml);

// ------------------------------------------------------------------ rendering: what a mail client shows (headers, then the HTML part)
const rendering = [
  `From: ${fromHdr}`,
  `To: ${toHdr}`,
  `Date: ${rfc(A.sent)}`,
  `Subject: ${subject}`,
  "",
  "Power Automate",
  "Approved",
  "Your request was approved",
  `${cllr("thwaite")} approved your request.`,
  ...fields.map(([k, v]) => `${k} | ${v}`),
  "Details",
  ...textLines,
  `Link | ${SHORT}-agenda-pack-2562-03-11-draft.pdf`,
  "Response summary",
  ...responses.map((r) => r.join(" | ")),
  "View the approval in Power Automate",
  `This message was sent by the flow "${A.flow}", which ${O.clem.name} created in Power Automate.`,
  "Microsoft respects your privacy. Privacy Statement. Microsoft Corporation.",
];
writeFileSync(join(root, "text", basename(DOCS.eml, extname(DOCS.eml)) + ".txt"), rendering.join("\n") + "\n");
console.log("wrote", DOCS.eml);
