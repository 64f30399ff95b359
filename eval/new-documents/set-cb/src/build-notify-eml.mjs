// Builds docs/lscp-papers-published-notify-2622-03-11.eml and its rendering: the "papers published"
// e-mail for the meeting of 19 March 2622, sent to the Panel's distribution list through GOV.UK Notify
// (the service's template, its personalisation filled in) and saved from the mail client as .eml. As
// Notify sends it (through Amazon SES): a Python-built multipart/alternative message, both parts UTF-8
// and quoted-printable (lines cut at 76 characters with "=" soft breaks, mid-word; "=3D" in the markup);
// the plain-text part as Notify renders its markdown (headings underlined with hyphens, "•" bullets,
// a row of "=" for the horizontal rule, links written out); the HTML part in Notify's e-mail template
// (presentation tables, the organisation's banner, a hidden preheader repeating the opening words, "^"
// inset text as a blockquote with a grey left border, inline styles with "Margin"). Notify has no
// tables: the agenda is typed as "Item n:" lines joined by line breaks and the recommended awards are a
// bulleted list, each bullet "council: project (score n) – £amount".
//   node src/build-notify-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import {
  root, DOCS, BODY, ROOM, OFFICERS, cllr, FUND, AWARDS, AWARDED, LEFT, ROUND2, ROUND2_AVAILABLE, RETURNED, ROUND2_BIDS_N, ROUND2_ASKED,
  CRITERIA, HELD_BY, gbp, BOARD,
} from "./common.mjs";

const O = OFFICERS;
const held = AWARDS.find((a) => a.held);
// the message as Notify's markdown blocks
const blocks = [
  { p: ["Dear Panel member,"] },
  { p: [`The agenda and papers for the next meeting of the ${BODY} have been published.`] },
  { h: "Meeting details" },
  { p: ["Date: Tuesday 19 March 2622", "Time: 10.30am to 1pm (the Chair's briefing is at 9.45am)", `Place: ${ROOM}, or join on Microsoft Teams (the link is in your calendar invitation)`] },
  { p: ["Lunch will be served after the meeting."] },
  { inset: `Please tell us by 12 noon on Friday 15 March 2622 whether you will attend in person or online, or are sending a substitute. Reply to this email or call ${O.dibley.name} on ${O.dibley.phone}.` },
  { h: "Agenda" },
  { p: [
    "Item 1: Welcome, apologies and substitutes",
    "Item 2: Declarations of interest",
    "Item 3: Minutes of the meeting held on 20 November 2621 (for approval)",
    `Item 4: Cleaner Streets Programme: performance and risks at quarter 3 – ${O.lavelle.name}`,
    `Item 5: ${FUND}: round 2 awards (key decision) – ${O.bastable.name}`,
    `Item 6: Chewing gum and graffiti: findings of the evidence session on 22 January 2622 – ${cllr("etherege")}`,
    `Item 7: Forward plan 2622/23 – ${O.dibley.name}`,
    "Item 8: Any other business",
  ] },
  { p: ["Part B (not open to the public)"] },
  { p: [`Item 9: Graffiti rapid-response framework: evaluation of the re-tender (exempt under paragraph 3) – ${O.bastable.name}`] },
  { h: "Item 4 in brief" },
  { p: ["At the end of quarter 3, with check-ins up to 4 March 2622, three of the ten key results are on track, four need attention, two are off track (KR1.4 and KR3.2) and one is closed as achieved (KR2.2)."] },
  { p: ["Two projects are rated red: LSP-02, the graffiti rapid-response framework, and LSP-08, volunteer safety and sharps training. Two risks score 15 or more: LSR-01 (16) and LSR-02 (15)."] },
  { h: "Item 5 in brief" },
  { p: [`Round 2 of the fund closed on 31 January 2622. We received ${ROUND2_BIDS_N} bids asking for ${gbp(ROUND2_ASKED)}. ${gbp(ROUND2_AVAILABLE)} is available: ${gbp(ROUND2)} for round 2 and ${gbp(RETURNED)} returned from round 1.`] },
  { p: [`The assessment panel recommends ${AWARDS.length} awards totalling ${gbp(AWARDED)}:`] },
  { ul: AWARDS.map((a) => `${a.council}: ${a.project.charAt(0).toLowerCase() + a.project.slice(1)} (score ${a.score}) – ${gbp(a.award)}`) },
  { p: [`The other ${ROUND2_BIDS_N - AWARDS.length} bids scored below ${CRITERIA.minScore}. Their scores are in Appendix B, which is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972.`] },
  { p: ["The Panel is asked to:"] },
  { p: [
    `(a) approve the ${AWARDS.length} awards above, ${gbp(AWARDED)} in total;`,
    `(b) hold ${held.council}'s award of ${gbp(held.award)} until the council confirms its ${CRITERIA.match}% match funding in writing, and withdraw it if this is not done by ${HELD_BY};`,
    `(c) carry the remaining ${gbp(LEFT)} into 2622/23.`,
  ] },
  { p: ["This is a key decision. The report is open; only Appendix B is exempt."] },
  { p: [`Contact officer: ${O.bastable.name}, ${O.bastable.post}`, `Phone: ${O.bastable.phone}`, `Email: ${O.bastable.email}`] },
  { h: "Item 6 in brief" },
  { p: [`The Panel heard from four witnesses on 22 January 2622. ${cllr("etherege")} will propose three recommendations to the ${BOARD}; the transcript is in the papers.`] },
  { h: "Membership" },
  { p: [`${cllr("doggart")} (Conservative, Thornmere County Council) joined the Panel on 14 January 2622 in place of ${cllr("cherrington")}, who stood down on 31 December 2621. ${cllr("tullibardine")}, Vice-Chair, is now the lead member for enforcement.`] },
  { h: "Read the papers" },
  { p: ["Agenda and reports (PDF, 3.4MB): https://www.local.gov.uk/about/governance/lscp/2622-03-19/agenda-pack.pdf", "Draft minutes of 20 November 2621: https://www.local.gov.uk/about/governance/lscp/2621-11-20/draft-minutes.pdf"] },
  { hr: true },
  { p: [`You are getting this email because you are a member or named substitute of the ${BODY}. To stop getting these emails, reply to this email.`] },
];

// ---------------------------------------------------------------- plain-text part, as Notify renders it
const RULE = "-".repeat(65), HR = "=".repeat(65);
const plain = [];
for (const b of blocks) {
  if (b.h) plain.push("", "", "", b.h, RULE, "");
  else if (b.p) plain.push(...b.p, "");
  else if (b.inset) plain.push(b.inset, "");
  else if (b.ul) plain.push(...b.ul.map((x) => `• ${x}`), "");
  else if (b.hr) plain.push(HR, "");
}
const plainText = plain.join("\n").replace(/^\n+/, "").trimEnd() + "\n";

// ---------------------------------------------------------------- HTML part, Notify's e-mail template
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const link = (s) => esc(s).replace(/(https:\/\/\S+)/g, '<a style="word-wrap: break-word; color: #1D70B8;" href="$1">$1</a>');
const P_STYLE = 'style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;"';
const html = [];
for (const b of blocks) {
  if (b.h) html.push(`<h2 style="Margin: 0 0 15px 0; padding: 10px 0 0 0; font-size: 27px; line-height: 35px; font-weight: bold; color: #0B0C0C;">${esc(b.h)}</h2>`);
  else if (b.p) html.push(`<p ${P_STYLE}>${b.p.map(link).join("<br />")}</p>`);
  else if (b.inset) html.push(`<blockquote style="Margin: 0 0 20px 0; border-left: 10px solid #B1B4B6; padding: 15px 0 0.1px 15px; font-size: 19px; line-height: 25px;"><p ${P_STYLE}>${esc(b.inset)}</p></blockquote>`);
  else if (b.ul) html.push(`<table role="presentation" style="padding: 0 0 20px 0;"><tr><td style="font-family: Helvetica, Arial, sans-serif;"><ul style="Margin: 0 0 0 20px; padding: 0; list-style-type: disc;">${b.ul.map((x) => `<li style="Margin: 5px 0 5px; padding: 0 0 0 5px; font-size: 19px; line-height: 25px; color: #0B0C0C;">${esc(x)}</li>`).join("")}</ul></td></tr></table>`);
  else if (b.hr) html.push('<hr style="border: 0; height: 1px; background: #B1B4B6; Margin: 30px 0 30px 0;" />');
}
const preheader = "Dear Panel member, The agenda and papers for the next meeting of the Litter and Street…";
const htmlDoc = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="format-detection" content="telephone=no" />
<title>Papers published: ${esc(BODY)}, Tuesday 19 March 2622</title>
<style type="text/css">
body { margin:0 !important; }
div[style*="margin: 16px 0"] { margin:0 !important; }
@media only screen and (min-device-width: 581px) { .gem-c-template-container { width: 580px !important; } }
</style>
<!--[if gte mso 12]>
<style type="text/css">
[owa] .gem-c-template-container { width: 580px !important; }
</style>
<![endif]-->
</head>
<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">
<span style="display: none;font-size: 1px;color: #fff; max-height: 0;" hidden>${esc(preheader)}</span>
<table role="presentation" width="100%" style="border-collapse: collapse;min-width: 100%;width: 100% !important;" cellpadding="0" cellspacing="0" border="0">
<tr><td width="100%" height="53" bgcolor="#ffffff">
<table role="presentation" width="100%" style="border-collapse: collapse;max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td width="100%" bgcolor="#ffffff" valign="middle" align="left">
<img src="https://static-logos.notifications.service.gov.uk/local-government-association-3f1c9a.png" alt=" " height="108" style="display: block; border: 0; height: 54px; width: auto;" />
</td></tr>
</table>
</td></tr>
</table>
<table role="presentation" class="gem-c-template-container" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%">
<tr><td width="10" height="10" valign="middle"></td>
<td>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;">
<tr><td bgcolor="#1D70B8" width="100%" height="10"></td></tr>
</table>
</td>
<td width="10" valign="middle" height="10"></td></tr>
</table>
<table role="presentation" class="gem-c-template-container" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%">
<tr><td height="30"><br /></td></tr>
<tr><td width="10" valign="middle"><br /></td>
<td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px;">
${html.join("\n")}
</td>
<td width="10" valign="middle"><br /></td></tr>
<tr><td height="30"><br /></td></tr>
</table>
</body>
</html>
`;

// ---------------------------------------------------------------- quoted-printable, 76 columns, CRLF
function qp(str) {
  const out = [];
  for (const line of str.replace(/\r\n/g, "\n").split("\n")) {
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
      if (cur.length + t.length > 75) { out.push(cur + "="); cur = ""; }
      cur += t;
    }
    out.push(cur);
  }
  return out.join("\r\n");
}

const B = "===============4417352859180927341==";
const headers = [
  "Return-Path: <0102018e2f7c41d9-6b7e2a10-91c4-4d3e-a0b5-7c1f9e2d8a44-000000@eu-west-2.amazonses.com>",
  "Received: from a27-12.smtp-out.eu-west-2.amazonses.com (a27-12.smtp-out.eu-west-2.amazonses.com [54.240.27.12])",
  "\tby mx.local.gov.uk with ESMTPS id 4Tq9Wc1x2Zz1; Mon, 11 Mar 2622 14:32:09 +0000",
  "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;",
  "\ts=notify2621; d=notifications.service.gov.uk; t=41578201927;",
  "\th=Content-Type:MIME-Version:Subject:From:To:Reply-To:Date:Message-ID;",
  "\tbh=Qm1zR0ZwY2hUZXN0Rml4dHVyZU5vdEFSZWFsSGFzaA==;",
  "\tb=U3ludGhldGljIHRlc3QgZml4dHVyZTsgbm90IGEgcmVhbCBzaWduYXR1cmUu",
  "Content-Type: multipart/alternative;",
  ` boundary="${B}"`,
  "MIME-Version: 1.0",
  `Subject: Papers published: ${BODY}, Tuesday 19 March 2622`,
  "From: LGA Member Services <lga.member.services@notifications.service.gov.uk>",
  "To: lscp.members@local.gov.uk",
  `Reply-To: ${O.dibley.email}`,
  "Date: Mon, 11 Mar 2622 14:32:07 +0000",
  "Message-ID: <0102018e2f7c41d9-6b7e2a10-91c4-4d3e-a0b5-7c1f9e2d8a44-000000@eu-west-2.amazonses.com>",
  "Feedback-ID: 1.eu-west-2.zX9f3kQe2b7LrT0aVn4Ww8Y1pHs6cJ5dUo3mRg2Ei0k=:AmazonSES",
  "X-SES-Outgoing: 2622.03.11-54.240.27.12",
];
const eml = [
  ...headers,
  "",
  `--${B}`,
  'Content-Type: text/plain; charset="utf-8"',
  "MIME-Version: 1.0",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(plainText),
  `--${B}`,
  'Content-Type: text/html; charset="utf-8"',
  "MIME-Version: 1.0",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(htmlDoc),
  `--${B}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", DOCS.notify), eml, "latin1");

// rendering: the addressing lines as a mail client shows them, then the message as read (the plain-text
// part's lines, its underlines and rule left out)
const head = [
  "From: LGA Member Services <lga.member.services@notifications.service.gov.uk>",
  `Reply-To: ${O.dibley.email}`,
  "To: lscp.members@local.gov.uk",
  "Date: Mon, 11 Mar 2622 14:32:07 +0000",
  `Subject: Papers published: ${BODY}, Tuesday 19 March 2622`,
];
const body = plainText.split("\n").filter((l) => l.trim() && l !== RULE && l !== HR);
writeFileSync(join(root, "text", basename(DOCS.notify, ".eml") + ".txt"), [...head, ...body].join("\n") + "\n");
console.log(`wrote docs/${DOCS.notify}`);
