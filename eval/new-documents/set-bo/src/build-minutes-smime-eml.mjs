// Builds docs/cdtg-draft-minutes-2263-11-12-signed.eml and its rendering in text/.
// Layout: AN S/MIME-SIGNED E-MAIL (Outlook, digitally signed, sent by the clerk to the members on Thursday
// 19 November 2263) CARRYING THE DRAFT MINUTES IN ITS BODY. The message's top-level part is
// multipart/signed (protocol "application/x-pkcs7-signature", micalg sha-256): its first part is the
// signed content, a multipart/alternative whose text/plain and text/html parts are BOTH BASE64-ENCODED
// (not a word of the minutes is readable in the raw file), its second part the detached signature
// "smime.p7s" (a real PKCS #7 signature made with openssl by a throwaway test certificate, binary, base64).
// Above it Outlook's and Exchange's headers: Received lines, Thread-Topic / Thread-Index, a Microsoft
// Purview sensitivity label in an "msip_labels" header, X-MS-Has-Attach: yes (the p7s). The HTML part
// is Word's e-mail HTML (MsoNormal paragraphs, MsoTableGrid tables, an "OFFICIAL" marking at the top):
// the clerk's covering note and signature, then the minutes – a meeting-details table, attendance as
// a two-column table of labels (Members in the room / Online / Substitute / Apologies / Officers / In
// attendance), nine numbered items with hand-typed paragraph numbers and "RESOLVED: that the Task
// Group" followed by (a)–(d) lines, a round 2 awards table with a total row and an actions table. The
// text/plain part is Outlook's own flattening of it (table cells separated by tabs).
// Rendering: the From, To, Cc, Date and Subject headers as lines, then the HTML part's paragraphs and
// table rows (cells " | ") in order; the signature part and the other headers left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-smime-eml.mjs
import { writeFileSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, FUND, ROOM, TRUST, P, cllr, OFFICERS as O, COOPTED, PRESENT, ONLINE, SUB, APOLOGIES, SEPT, BIDS, ROUND2, THRESHOLD, ASKED, AWARDED, HELD, LEFT, OHCA, NOT_READY, NEW_ACTIONS, gbp, LIMITS } from "./common.mjs";

const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const h = [], txt = [], out = [];
const num = (n) => n.toLocaleString("en-GB");
const withCouncil = (k) => `${cllr(k)} (${P[k].council})`;

// ---------------------------------------------------------------- pieces of Word's e-mail HTML
const para = (s, { b = false, style = "", cls = "MsoNormal" } = {}) => {
  h.push(`<p class=${cls}${style ? ` style="${style}"` : ""}>${b ? "<b>" : ""}<span lang=EN-GB style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif">${esc(s)}</span>${b ? "</b>" : ""}<o:p></o:p></p>`);
  txt.push(s, "");
  out.push(s);
};
const blank = () => h.push(`<p class=MsoNormal><span style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif"><o:p>&nbsp;</o:p></span></p>`);
const heading = (s) => {
  h.push(`<p class=MsoNormal style="margin-top:12.0pt;margin-bottom:3.0pt"><b><span style="font-size:12.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#1F3864">${esc(s)}<o:p></o:p></span></b></p>`);
  txt.push(s, "");
  out.push(s);
};
const lettered = (s) => {
  h.push(`<p class=MsoNormal style="margin-left:36.0pt;text-indent:-18.0pt"><span style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif">${esc(s)}<o:p></o:p></span></p>`);
  txt.push(s);
  out.push(s);
};
const bullet = (s) => {
  h.push(`<p class=MsoListParagraph style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif">${esc(s)}<o:p></o:p></span></p>`);
  txt.push("*\t" + s);
  out.push(s);
};
const table = (rows, { head = false, widths = [] } = {}) => {
  h.push(`<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">`);
  rows.forEach((r, i) => {
    const th = head && i === 0;
    h.push("<tr>" + r.map((c, j) => `<td width=${widths[j] ?? 150} valign=top style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt${th ? ";background:#D9E2F3" : ""}"><p class=MsoNormal>${th || (!head && j === 0) ? "<b>" : ""}<span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif">${esc(c)}</span>${th || (!head && j === 0) ? "</b>" : ""}<o:p></o:p></p></td>`).join("") + "</tr>");
    txt.push(r.join("\t"));
    out.push(r.join(" | "));
  });
  h.push(`</table>`);
  txt.push("");
};

// ---------------------------------------------------------------- the message
const FROM = `${O.benedict.name} <${O.benedict.email}>`;
const TO = `CDTG Members <cdtg-members@local.gov.uk>`;
const CC = `${O.delphine.name} <${O.delphine.email}>, ${O.lavinia.name} <${O.lavinia.email}>`;
const SUBJECT = "CDTG draft minutes, 12 November 2263 - comments by Thursday 26 November please";
const DATE = "Thu, 19 Nov 2263 16:42:09 +0000";
out.push(`From: ${FROM}`, `To: ${TO}`, `Cc: ${CC}`, `Date: ${DATE}`, `Subject: ${SUBJECT}`);

h.push(`<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}
p.MsoListParagraph {margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; font-size:12.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-compose; font-family:"Arial",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class=WordSection1>`);

para("OFFICIAL", { b: true, style: "text-align:center" });
para(`Dear Members of the ${BODY},`);
blank();
para(`Please find below the draft minutes of our meeting on Thursday 12 November 2263. Please send me any corrections by 5pm on Thursday 26 November 2263. The minutes will be put to the next meeting, on Thursday 21 January 2264, for approval; until then they are a draft and should not be published.`);
blank();
para(`As agreed at the meeting, the comparison of the two versions of the terms of reference for the Board on 3 December will follow from Lavinia.`);
blank();
para("Kind regards,");
para("Benedict");
blank();
para(`${O.benedict.name} | ${O.benedict.post} | Democratic Services | ${O.benedict.phone}`, { style: "color:#595959" });
para("This email has been digitally signed. If your mail app says it cannot verify the signature, please let me know before acting on it.", { style: "color:#595959;font-size:9.0pt" });
h.push(`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><o:p>&nbsp;</o:p></p></div>`);

// ---- the minutes
para(BODY, { b: true, style: "font-size:16.0pt;color:#1F3864" });
para("DRAFT MINUTES – not yet approved", { b: true, style: "color:#C00000" });
table([
  ["Meeting", "Thursday 12 November 2263, 10:30 to 12:40"],
  ["Venue", `${ROOM}, and online (Microsoft Teams)`],
  ["Chair", cllr("blakeway")],
  ["Clerk", `${O.benedict.name}, ${O.benedict.post}`],
], { widths: [130, 420] });
blank();
para("Attendance", { b: true });
const inRoom = PRESENT.filter((k) => !ONLINE.includes(k));
table([
  ["Members in the room", inRoom.map((k) => withCouncil(k) + (k === "blakeway" ? " (Chair)" : "")).join("; ")],
  ["Online", ONLINE.map(withCouncil).join("; ")],
  ["Substitute", `${withCouncil(SUB.k)} for ${cllr(SUB.for)}`],
  ["Apologies", APOLOGIES.map(cllr).join("; ")],
  ["Officers", ["delphine", "kwabena", "morwenna", "lavinia", "benedict"].map((k) => `${O[k].name} (${O[k].post})`).join("; ")],
  ["In attendance", `${COOPTED.name}, ${COOPTED.post}, ${TRUST} (item 6)`],
], { widths: [130, 420] });

heading("1. Welcome, apologies, substitutes and declarations of interest");
para(`1.1 The Chair welcomed members, officers and ${COOPTED.name} of ${TRUST}. Apologies were received from ${cllr("shandwick")} and ${cllr("averill")}.`);
para(`1.2 ${cllr(SUB.k)} attended as substitute for ${cllr(SUB.for)}.`);
para(`1.3 The Chair welcomed ${cllr("morville")} (Cawdenmoor District Council), who replaced ${cllr("stainsby")} on the Task Group from 1 October 2263, and thanked Cllr Stainsby for his work.`);
para("1.4 Declarations of interest:");
bullet(`${cllr("kitteridge")} declared an interest in item 5 as a trustee of Penstone Village Hall Trust, which has bid to round 2 of the Fund. She left the room for the discussion of that bid and took no part in the decision on it.`);
bullet(`${cllr("chelliah")} declared an interest in item 6 as he is employed by ${TRUST} as a paramedic. He remained in the room.`);

heading("2. Minutes of the meeting on 10 September 2263 and actions");
para("2.1 The minutes of the meeting on 10 September 2263 were agreed as a correct record.");
para(`2.2 Of the actions from that meeting (${SEPT.first} to ${SEPT.last}), six are complete and two remain open: CDA-44, the guardians' weekly check app, which is live in nine of the 12 areas, and CDA-47, the letter to the Minister for Public Health asking for VAT relief on public access defibrillators, to which no reply has been received.`);

heading("3. Rescue Ready Programme: quarter 2 performance");
para(`3.1 ${O.delphine.name}, ${O.delphine.post}, presented the quarter 2 report (to 30 September 2263). Four measures are green, two amber and two red. Compared with quarter 1, RRP-03 and RRP-04 have improved to green, while RRP-02 and RRP-05 have fallen from amber to red and RRP-06 from green to amber.`);
para(`3.2 On RRP-02, ${NOT_READY.n} of the ${NOT_READY.of} registered defibrillators were not rescue ready at 30 September, ${NOT_READY.pads} of them because their pads had expired after the summer heat. Mardenhoe Borough Council's round 2 bid would replace pads and batteries in 60 older cabinets.`);
para("3.3 On RRP-05, members heard that new cabinets in Carrowbeck and Cawdenmoor are waiting for landowners' consent, and that two cabinets at Ellisham farm shops have been removed.");
para("3.4 RESOLVED: that the Task Group", { b: true });
lettered("(a) notes the quarter 2 performance report;");
lettered("(b) asks officers to bring a replacement plan for pads and batteries to the meeting on 21 January 2264 (CDA-49);");
lettered(`(c) asks ${cllr("kitteridge")}, as lead member for rural coverage, to write to the Westvale Landowners' Association about consents for rural cabinets (CDA-50).`);

heading("4. Review of the terms of reference");
para(`4.1 ${O.lavinia.name}, ${O.lavinia.post}, introduced the draft version 3.0 of the terms of reference. The main changes are: a co-opted, non-voting member from the ambulance service; a quorum of five voting members including the Chair or the Vice-Chair; four meetings a year; higher spending limits for officers (${gbp(LIMITS.v3.officer)}) and for the Chair (${gbp(LIMITS.v3.chair)}); a review by March 2265; and the Programme Manager as contact officer.`);
para(`4.2 ${cllr("averill")} had sent written comments supporting the co-option and asking that the co-opted member should not count towards the quorum; the draft has been amended to say so.`);
para("4.3 RESOLVED: that the Task Group", { b: true });
lettered(`(a) recommends version 3.0 of its terms of reference to the ${BOARD} on 3 December 2263;`);
lettered("(b) asks the Head of Democratic Services to give the Board a comparison of versions 2.0 and 3.0 (CDA-51);");
lettered(`(c) subject to the Board's agreement, co-opts ${COOPTED.name}, ${COOPTED.post} at ${TRUST}, from ${COOPTED.from}.`);

heading(`5. ${FUND}: round 2 awards`);
para(`5.1 ${O.morwenna.name}, ${O.morwenna.post}, reported that nine bids asking for ${gbp(ASKED)} had been received for round 2, which has ${gbp(ROUND2)}. The assessment panel scored each bid out of 100; the threshold for an award is ${THRESHOLD}.`);
para(`5.2 ${cllr("kitteridge")} left the room for the discussion of the Penstone Village Hall Trust bid.`);
para("5.3 RESOLVED: that the Task Group", { b: true });
lettered(`(a) awards six grants totalling ${gbp(AWARDED)}, as set out in the table below;`);
lettered(`(b) holds ${gbp(HELD)} for Penstone Village Hall Trust until the landowner's consent for the cabinet is confirmed and, if the Board has by then agreed the revised terms of reference, delegates the award to the Chair after consulting the Vice-Chair; otherwise the award comes back to the Task Group (CDA-52);`);
lettered(`(c) does not fund the bids of Brantmere Hackney Carriage Association (score 61) and Ellisham County Council (score 52), which scored below the threshold of ${THRESHOLD};`);
lettered(`(d) carries the remaining ${gbp(LEFT)} to round 3, which opens on 1 February 2264 (CDA-53).`);
table([
  ["Organisation", "Project", "Asked (£)", "Score", "Award (£)"],
  ...BIDS.map((b) => [b.org, b.project, num(b.asked), String(b.score), b.held ? `held (${num(b.held)})` : b.award ? num(b.award) + (b.note ? ` (${b.note})` : "") : "0"]),
  ["Total", "", num(ASKED), "", num(AWARDED)],
], { head: true, widths: [150, 190, 65, 45, 100] });

heading("6. Bystander CPR: presentation by Westvale Ambulance Service");
para(`6.1 ${COOPTED.name}, ${COOPTED.post} at ${TRUST}, presented the trust's figures for quarter 2 in the 12 council areas: the service attended ${OHCA.arrests} out-of-hospital cardiac arrests; a bystander gave CPR in ${OHCA.bystander} of them; a public access defibrillator was used before the ambulance arrived in ${OHCA.pad}; and ${OHCA.survival} of patients survived to leave hospital, rising to ${OHCA.survivalPad} when a public access defibrillator had been used.`);
para(`6.2 RESOLVED: that the Task Group thanks Dr Faulconbridge and asks officers to extend the data-sharing agreement with ${TRUST} to all 12 areas (CDA-54).`);

heading("7. Risk register");
para(`7.1 ${O.kwabena.name}, ${O.kwabena.post}, reported that the risk register is now kept on the Task Group's Trello board. Five risks are open, two of them red: R2, pads and batteries expiring before they are replaced, and R5, theft and vandalism of unlocked cabinets in town centres. The main supplier of replacement pads has told councils that its prices will rise by 18% from January.`);
para("7.2 RESOLVED: that the Task Group notes the risk register and adds a new risk, R7, a single supplier of replacement pads (CDA-56).");

heading("8. Public question and answer session");
para(`8.1 The Task Group agreed to hold an online public question and answer session, "Rescue Ready: ask the Task Group", on Monday 30 November 2263 at 18:30, taking questions through Slido. The Chair, the Vice-Chair, ${cllr("kitteridge")} and the Programme Manager will answer questions, with Dr Faulconbridge; answers not given on the night will be published on 7 December 2263 (CDA-55).`);

heading("9. Date of the next meeting");
para(`9.1 Thursday 21 January 2264 at 10:30, ${ROOM}.`);

para("Actions", { b: true });
const owner = (k) => (O[k] ? O[k].name : cllr(k));
table([
  ["Ref", "Minute", "Action", "Owner", "Due"],
  ...NEW_ACTIONS.map((a) => [a.ref, a.min, a.action, owner(a.owner), a.due]),
], { head: true, widths: [55, 45, 260, 130, 70] });
blank();
para("The meeting ended at 12:40.", { style: "font-style:italic" });
h.push(`</div>\n</body>\n</html>`);

// ---------------------------------------------------------------- MIME, signed with a throwaway certificate
const CRLF = (s) => s.replace(/\r?\n/g, "\r\n");
const b64 = (s) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\n").replace(/\n$/, "");
const ALT = "_000_LO4P123MB6604B7C1E2D9A05F3E81C4A7B0A2LO4P123MB6604GBRP_";
const inner = CRLF(`Content-Type: multipart/alternative;
	boundary="${ALT}"

--${ALT}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

${b64(txt.join("\r\n"))}

--${ALT}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

${b64(h.join("\n"))}

--${ALT}--
`);
const tmp = mkdtempSync(join(tmpdir(), "bo-smime-"));
try {
  writeFileSync(join(tmp, "inner.mime"), inner);
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "90000", "-keyout", join(tmp, "key.pem"), "-out", join(tmp, "cert.pem"),
    "-subj", `/O=Democratic Services (synthetic test certificate)/CN=${O.benedict.name}/emailAddress=${O.benedict.email}`], { stdio: "ignore" });
  execFileSync("openssl", ["smime", "-sign", "-binary", "-noattr", "-md", "sha256", "-in", join(tmp, "inner.mime"), "-signer", join(tmp, "cert.pem"), "-inkey", join(tmp, "key.pem"), "-out", join(tmp, "signed.mime")]);
  let signed = readFileSync(join(tmp, "signed.mime"), "utf8");
  // openssl writes its own MIME-Version line first: keep it with the other top-level headers
  signed = signed.replace(/^MIME-Version: 1\.0\r?\n/, "");
  const headers = [
    "Received: from LO4P123MB6604.GBRP123.PROD.OUTLOOK.COM (2603:10a6:600:1a2::14)",
    " by CWLP123MB5112.GBRP123.PROD.OUTLOOK.COM with HTTPS; Thu, 19 Nov 2263",
    " 16:42:11 +0000",
    "Received: from LO4P123MB6604.GBRP123.PROD.OUTLOOK.COM",
    " ([fe80::3c1d:9a2b:77e0:4f51]) by LO4P123MB6604.GBRP123.PROD.OUTLOOK.COM",
    " ([fe80::3c1d:9a2b:77e0:4f51%6]) with mapi id 15.20.9412.011; Thu, 19 Nov 2263",
    " 16:42:09 +0000",
    `From: ${FROM}`,
    `To: ${TO}`,
    `CC: ${CC}`,
    `Subject: ${SUBJECT}`,
    "Thread-Topic: CDTG draft minutes, 12 November 2263 - comments by Thursday 26",
    " November please",
    "Thread-Index: AdxZc4T1mVqYk2b8RUOq7w1Ez0kMpg==",
    `Date: ${DATE}`,
    "Message-ID: <LO4P123MB6604B7C1E2D9A05F3E81C4A7B0A2@LO4P123MB6604.GBRP123.PROD.OUTLOOK.COM>",
    "Accept-Language: en-GB, en-US",
    "Content-Language: en-GB",
    "X-MS-Has-Attach: yes",
    "X-MS-TNEF-Correlator:",
    "msip_labels: MSIP_Label_3f1c0d2e-9b7a-4c55-a1e0-6d2f8b4c7a19_Enabled=True;",
    " MSIP_Label_3f1c0d2e-9b7a-4c55-a1e0-6d2f8b4c7a19_SetDate=2263-11-19T16:40:52Z;",
    " MSIP_Label_3f1c0d2e-9b7a-4c55-a1e0-6d2f8b4c7a19_Method=Standard;",
    " MSIP_Label_3f1c0d2e-9b7a-4c55-a1e0-6d2f8b4c7a19_Name=OFFICIAL;",
    " MSIP_Label_3f1c0d2e-9b7a-4c55-a1e0-6d2f8b4c7a19_ContentBits=0",
    "x-ms-exchange-organization-authas: Internal",
    "x-ms-exchange-organization-authsource: LO4P123MB6604.GBRP123.PROD.OUTLOOK.COM",
    "x-ms-exchange-transport-endtoendlatency: 00:00:01.7712304",
    "MIME-Version: 1.0",
  ].join("\r\n");
  const eml = headers + "\r\n" + CRLF(signed);
  writeFileSync(join(root, "docs", FILE), eml);
  // the signature must verify (the certificate is self-signed, so it is not checked against a CA)
  execFileSync("openssl", ["smime", "-verify", "-noverify", "-in", join(root, "docs", FILE), "-out", join(tmp, "verified.mime")], { stdio: ["ignore", "ignore", "pipe"] });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
