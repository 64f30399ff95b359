// Builds docs/dcstg-actions-sharepoint-alert-2255-12-06.eml and its rendering in text/.
// Layout: A SHAREPOINT LIST ALERT, "DAILY SUMMARY" OF CHANGES TO THE TASK GROUP'S "ACTIONS LOG" LIST,
// AS RECEIVED AND SAVED FROM OUTLOOK (.eml): a single text/html part in quoted-printable (soft line
// breaks every 76 characters cut words and tags; "£" as =C2=A3), SharePoint's table-built template –
// site name, list name, "Daily Summary" with the day in US form ("Wednesday, December 5, 2255"), links to
// modify the alert and view the list – then ONE BLOCK PER EVENT, in the order they happened that day:
// the item's title as a link, "Changed by … / Added by … / Deleted by …" with a US date and 12-hour time
// ("12/5/2255 3:41 PM"), then every column as a label / value row. In a changed item THE NEW VALUE
// STANDS FIRST AND THE OLD VALUE FOLLOWS IT, STRUCK THROUGH ONLY BY AN INLINE STYLE
// (text-decoration:line-through), so a reader of the text sees both values side by side; columns that
// did not change show one value. DATES IN THE LIST ARE US M/D/YYYY ("1/16/2256") while the papers write
// dd/mm/yyyy. A deleted item shows only its title. Actions that did not change that day are absent, so
// the list's full state needs the pack's action log as well.
// Rendering: the message's From, To, Date and Subject, then each block's lines (title, "Changed by …",
// label | value rows), a struck old value written as ~~old value~~ after the new one; links and the
// template's footer left out.
// Synthetic test fixture: every person, action and date is invented.
//   node src/build-alert-sharepoint-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, ACTIONS_SEPT, ACTIONS_DEC, ALERT_DATE } from "./common.mjs";

const FILE = DOCS.alert;
const BASE = basename(FILE, extname(FILE));
const SITE = "https://lgaorg.sharepoint.com/sites/DCSTG";
const us = (d) => { const [dd, mm, yy] = d.split("/"); return `${+mm}/${+dd}/${yy}`; };
const A = Object.fromEntries([...ACTIONS_SEPT, ...ACTIONS_DEC].map((a) => [a.id, a]));
const ITEM_ID = { "DCA-11": 11, "DCA-12": 12, "DCA-13": 13, "DCA-14": 14, "DCA-15": 15, "DCA-16": 16, "DCA-17": 17, "DCA-18": 18, "DCA-19": 19, "DCA-20": 20, "DCA-21": 21, "DCA-22": 22, "DCA-23": 23 };
const SEPT_MEETING = "12 September 2255", DEC_MEETING = "5 December 2255";
// fields: [label, new, old?]
const fieldsOf = (a, meeting, notes, change = {}) => [
  ["Action ID", a.id],
  ["Owner", a.owner],
  ["Due date", change.due ? us(change.due[0]) : us(a.due), change.due ? us(change.due[1]) : null],
  ["Status", change.status ? change.status[0] : a.status, change.status ? change.status[1] : null],
  ["Meeting", meeting],
  ["Notes", change.notes ? change.notes[0] : notes, change.notes ? change.notes[1] : null],
];
const EVENTS = [
  { kind: "Changed", by: O.anushka.name, at: "12/5/2255 1:12 PM", a: A["DCA-12"], meeting: SEPT_MEETING,
    change: { status: ["Complete", "In progress"], notes: ["Round 2 decisions reported at item 7: Hollinsby and Stannerby approved, Wrexley rejected, Fosbury awaiting the Deputy Chair.", ""] } },
  { kind: "Changed", by: O.lorcan.name, at: "12/5/2255 3:41 PM", a: A["DCA-14"], meeting: SEPT_MEETING,
    change: { status: ["Complete", "In progress"], notes: ["Framework approved at item 5 on 5 December 2255.", "Draft to item 5 on 5 December."] } },
  { kind: "Changed", by: O.lorcan.name, at: "12/5/2255 3:44 PM", a: A["DCA-16"], meeting: SEPT_MEETING,
    change: { status: ["Complete", "Not started"], notes: ["Presented at item 6. Slides on the Task Group's Teams channel.", ""] } },
  { kind: "Added", by: O.lorcan.name, at: "12/5/2255 3:50 PM", a: { id: "DCA-18", action: "Send zone offer letters", owner: O.lorcan.name, due: "19/12/2255", status: "Not started" }, meeting: DEC_MEETING, notes: "" },
  { kind: "Added", by: O.lorcan.name, at: "12/5/2255 3:52 PM", a: A["DCA-19"], meeting: DEC_MEETING, notes: "Five zones agreed at item 5; total £31,450." },
  { kind: "Deleted", by: O.lorcan.name, at: "12/5/2255 3:58 PM", a: { id: "DCA-18", action: "Send zone offer letters" } },
  { kind: "Added", by: O.benedikt.name, at: "12/5/2255 4:20 PM", a: A["DCA-20"], meeting: DEC_MEETING, notes: "Revised survey to reach at least 60% of households." },
  { kind: "Added", by: O.benedikt.name, at: "12/5/2255 4:22 PM", a: A["DCA-21"], meeting: DEC_MEETING, notes: "Renewal agreed in principle at item 6, subject to the Board." },
  { kind: "Added", by: O.benedikt.name, at: "12/5/2255 4:25 PM", a: A["DCA-22"], meeting: DEC_MEETING, notes: "Reminder sent to Cllr Penhaligan 5/12." },
  { kind: "Added", by: O.benedikt.name, at: "12/5/2255 4:27 PM", a: A["DCA-23"], meeting: DEC_MEETING, notes: "Revised target of 8 agreed at item 5." },
  { kind: "Changed", by: O.benedikt.name, at: "12/5/2255 4:40 PM", a: A["DCA-15"], meeting: SEPT_MEETING,
    change: { due: ["31/01/2256", "31/10/2255"], notes: ["Three of the five banks have replied; the Chair is chasing the other two.", "Letters sent 29/10."] } },
];
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const html = [];
const R = [
  `From: ${BODY} <no-reply@sharepointonline.com>`,
  `To: ${O.benedikt.name} <${O.benedikt.email}>`,
  `Date: ${ALERT_DATE.rfc}`,
  "Subject: Actions log - Daily Summary",
];
html.push('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width">',
  "<style>body{font-family:'Segoe UI',Tahoma,sans-serif;font-size:10pt;color:#333} .ms-alert-title{font-size:16pt;color:#0072C6} .ms-alert-item td{padding:2px 8px;vertical-align:top} .ms-alert-label{color:#666;white-space:nowrap} .ms-alert-strike{text-decoration:line-through;color:#A80000}</style></head>",
  '<body style="margin:0;padding:0"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#F4F4F4"><tr><td align="center">',
  '<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#FFFFFF;border:1px solid #E1E1E1">',
  `<tr><td style="padding:14px 20px 0 20px;font-size:9pt;color:#666">${esc(BODY)}</td></tr>`,
  '<tr><td class="ms-alert-title" style="padding:2px 20px 0 20px"><a href="' + SITE + '/Lists/Actions%20log/AllItems.aspx" style="color:#0072C6;text-decoration:none">Actions log</a></td></tr>',
  '<tr><td style="padding:2px 20px 10px 20px">Daily Summary: Wednesday, December 5, 2255</td></tr>',
  `<tr><td style="padding:0 20px 12px 20px;font-size:8pt"><a href="${SITE}/_layouts/15/MySubs.aspx">Modify my alert settings</a> | <a href="${SITE}/Lists/Actions%20log/AllItems.aspx">View Actions log</a> | <a href="${SITE}/_layouts/15/mobile/viewa.aspx?List=7d3a">Mobile View</a></td></tr>`);
R.push(BODY, "Actions log", "Daily Summary: Wednesday, December 5, 2255");
for (const e of EVENTS) {
  const a = e.a;
  const title = a.action;
  html.push('<tr><td style="padding:8px 20px;border-top:1px solid #E1E1E1"><table class="ms-alert-item" cellpadding="0" cellspacing="0" border="0">');
  html.push(`<tr><td colspan="2" style="font-size:11pt;font-weight:bold"><a href="${SITE}/Lists/Actions%20log/DispForm.aspx?ID=${ITEM_ID[a.id]}" style="color:#0072C6">${esc(title)}</a></td></tr>`);
  html.push(`<tr><td colspan="2" style="font-size:8pt;color:#666">${e.kind} by ${esc(e.by)}, ${e.at}</td></tr>`);
  R.push(title, `${e.kind} by ${e.by}, ${e.at}`);
  if (e.kind !== "Deleted") {
    for (const [label, v, old] of fieldsOf(a, e.meeting, e.notes, e.change ?? {})) {
      const changed = old !== null && old !== undefined;
      let cell = changed ? `<b>${esc(v)}</b>` : esc(v);
      if (changed && old) cell += ` <span class="ms-alert-strike" style="text-decoration:line-through;color:#A80000">${esc(old)}</span>`;
      html.push(`<tr><td class="ms-alert-label">${label}:</td><td>${cell}</td></tr>`);
      const r = [v, changed && old ? `~~${old}~~` : ""].filter(Boolean).join(" ");
      R.push(`${label}: | ${r}`);
    }
  }
  html.push("</table></td></tr>");
}
html.push(`<tr><td style="padding:14px 20px;font-size:8pt;color:#666;border-top:1px solid #E1E1E1">You received this alert because you subscribed to daily summaries of changes to 'Actions log' on ${esc(BODY)}. <a href="${SITE}/_layouts/15/MySubs.aspx">Modify my alert settings</a></td></tr>`,
  '<tr><td style="padding:0 20px 14px 20px;font-size:8pt;color:#666">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.</td></tr>',
  "</table></td></tr></table></body></html>");

// quoted-printable (RFC 2045): lines of at most 76 characters, soft breaks "=" CRLF
function qp(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const bytes = Buffer.from(line, "utf8");
    let enc = "";
    for (const [i, b] of [...bytes].entries()) {
      const ch = String.fromCharCode(b);
      const last = i === bytes.length - 1;
      enc += (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) ? ch : "=" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    let cur = "";
    for (let i = 0; i < enc.length; ) {
      const tok = enc[i] === "=" ? enc.slice(i, i + 3) : enc[i];
      if (cur.length + tok.length > 75) { out.push(cur + "="); cur = ""; }
      cur += tok;
      i += tok.length;
    }
    out.push(cur);
  }
  return out.join("\r\n");
}
const headers = [
  "Received: from DB9PR03MB7412.eurprd03.prod.outlook.com (2603:10a6:10:2b1::14)",
  " by AM0PR03MB5123.eurprd03.prod.outlook.com with HTTPS; Thu, 6 Dec 2255",
  " 06:02:14 +0000",
  `From: "${BODY}" <no-reply@sharepointonline.com>`,
  `To: "${O.benedikt.name}" <${O.benedikt.email}>`,
  "Subject: Actions log - Daily Summary",
  "Thread-Topic: Actions log - Daily Summary",
  `Date: ${ALERT_DATE.rfc}`,
  "Message-ID: <8c2f1e07-4b6a-4d3e-a95c-2f70b1d9e6a4@sharepointonline.com>",
  "X-SharePoint-Alert-Frequency: Daily",
  "X-MS-Has-Attach:",
  "X-MS-Exchange-Organization-SCL: -1",
  "Auto-Submitted: auto-generated",
  "MIME-Version: 1.0",
  'Content-Type: text/html; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
];
writeFileSync(join(root, "docs", FILE), headers.join("\r\n") + "\r\n\r\n" + qp(html.join("\n")) + "\r\n");
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${EVENTS.length} events) and text/${BASE}.txt`);
