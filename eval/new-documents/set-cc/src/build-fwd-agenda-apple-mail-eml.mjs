// Builds docs/innstg-fwd-agenda-and-papers-2642-03-17-apple-mail.eml and its rendering in text/.
// Layout: AN APPLE MAIL MESSAGE FORWARDED FROM AN iPAD, saved as .eml: the Programme Manager forwards the
// clerk's agenda e-mail for Thursday 17 March 2642 to the Chair on Wednesday 9 March 2642, with her own
// briefing notes typed above it. As iOS Mail writes it:
//  - headers in iOS Mail's order (Content-Type first, "Mime-Version: 1.0 (1.0)", "X-Mailer: iPad Mail"),
//    the subject as an RFC 2047 encoded-word ("Fwd: … – …"), a multipart/alternative with an
//    "Apple-Mail-…" boundary;
//  - a text/plain part and a text/html part, BOTH QUOTED-PRINTABLE IN UTF-8, soft line breaks cutting
//    words and figures ("=\r\n" every 76 characters), "–" and "£" as =E2=80=93 and =C2=A3;
//  - in the HTML, THE FORWARDER'S NOTE AS <div dir="ltr"> LINES (bullets typed as "•", no list markup),
//    "Sent from my iPad", then "Begin forwarded message:" INSIDE A <blockquote type="cite">, the
//    original's From / Date / To / Cc / Subject as bold labels over <br>s, and THE ORIGINAL MESSAGE'S
//    WHOLE HTML BODY (with its own <meta> and a stray U+FEFF) IN A SECOND <blockquote type="cite">;
//  - the original, written in Mail on a Mac: <div> per line, THE AGENDA TYPED WITH TABS (each tab a
//    <span class="Apple-tab-span" style="white-space:pre">), front sheets as lines beginning "Purpose:",
//    "Recommendations:", "Contact officer:", and THE BUDGET AND RISK REGISTER AS TABLES PASTED FROM
//    NUMBERS (Cocoa HTML Writer: cellspacing 0, every cell a styled <td> holding a <p> with an inline
//    'Helvetica Neue' font, figures right-aligned, header cells bold on a grey fill, no <th>);
//  - in the text/plain part the forwarded message is quoted with "> " and the pasted tables are lines
//    of tab-separated cells.
// Rendering: From, To, Cc, Subject and Date; then the HTML as a mail client shows it, a line per <div>
// or <br> line, the agenda's tabs as " | ", a table row per line as cells joined by " | ".
// Synthetic test fixture: every person, council, address, figure and decision is invented.
//   node src/build-fwd-agenda-apple-mail-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, OFFICERS as O, M, BUDGET, TOTAL, RISKS, ROUND2, money, signed, byHealth, PROJECTS } from "./common.mjs";

const FILE = DOCS.mail;
const BASE = basename(FILE, extname(FILE));
const CHAIR = { name: "Cllr Isolde Cruttenden", email: "isolde.cruttenden@fenmarsh.gov.uk" };
const LIST = { name: "INNSTG members", email: "innstg-members@lists.local.gov.uk" };

// ---------------------------------------------------------------- content
// the forwarder's note
const NOTE = [
  "Isolde – papers for the 17th below, as published yesterday.",
  "",
  "For your briefing (Monday 14 March, 14:00, on Teams), the two things to look at:",
  "• Pennywort (items 4 and 5): most of the aquatic overspend is the second clearance on the Sawle. Lachlan has the re-tender ready.",
  "• Mapping app (item 4): Fernleaf have agreed a fixed price, go-live July.",
  "Farida's action plan (item 7) will be late – she hopes to send it by Tuesday 15th.",
  "Note the room change – Philippa's email below.",
  "",
  "T",
];
const FWD = {
  from: `${O.philippa.name} <${O.philippa.email}>`,
  date: "8 March 2642 at 16:47:12 GMT",
  to: `${LIST.name} <${LIST.email}>`,
  cc: `${O.tamsin.name} <${O.tamsin.email}>, ${O.adebayo.name} <${O.adebayo.email}>`,
  subject: "INNSTG 17 March 2642 – agenda and papers",
};
const AGENDA = [
  ["1.", "Welcome, apologies and substitutes", "Chair", "10:30"],
  ["2.", "Declarations of interest", "Chair", ""],
  ["3.", "Notes of the meeting held on 20 January 2642", "Chair", "10:35"],
  ["4.", "Programme highlight report", O.tamsin.name, "10:40"],
  ["5.", "Programme budget and risk register", O.cormac.name, "11:10"],
  ["6.", "Riverbank Restoration Fund round 2: prospectus", O.lachlan.name, "11:30"],
  ["7.", "Capacity action plan (paper to follow)", "Cllr Farida Loxley-Mensah", "11:55"],
  ["8.", "Any other business", "", "12:20"],
];
const g = byHealth("Green").length, yl = byHealth("Yellow").length, r = byHealth("Red").length;
const p4 = PROJECTS[3], p6 = PROJECTS[5];
// blocks of the original message: ["p", text] | ["b", text] (bold line) | ["tabs", cells] | ["table", rows, numericCols] | ["br"]
const ORIG = [
  ["p", "Dear Members,"],
  ["br"],
  ["p", "The agenda for the meeting of the Invasive Non-Native Species Task Group on Thursday 17 March 2642 at 10:30 is below, with the main points of the papers. Please note that the meeting is in Room 1.6, 18 Smith Square, and on Teams – not Room 2.3 as the web page still says."],
  ["br"],
  ["b", "Agenda"],
  ...AGENDA.map((a) => ["tabs", a.filter((x, i) => i < 2 || x)]),
  ["p", "Close 12:30"],
  ["br"],
  ["p", `Apologies received so far: ${M.fawthrop.name} (substitute: ${M.sissons.name}).`],
  ["br"],
  ["b", "Item 4 – Programme highlight report"],
  ["p", "Purpose: To report the position of the programme's ten projects, from the ServiceNow export at 28 February 2642."],
  ["p", `Summary: Five projects are Green, three Yellow and two Red (ServiceNow's Yellow is our amber). One project is closed (the grounds maintenance staff training) and one has not started (the Asian hornet campaign, from April). The two Red projects are the floating pennywort clearance (${p4.number}, cost) and the mapping app (${p6.number}, schedule).`],
  ["p", "Recommendations: That the Task Group:"],
  ["p", "(a) notes the position of the ten projects at 28 February 2642;"],
  ["p", `(b) approves the recovery plan for the floating pennywort clearance (${p4.number}), re-tendering the second clearance (action INA-29);`],
  ["p", `(c) agrees a revised go-live date of July 2642 for the mapping app (${p6.number}), subject to the fixed-price variation Fernleaf Digital offered on 24 February 2642 (action INA-30).`],
  ["p", `Contact officer: ${O.tamsin.name}, ${O.tamsin.post}, ${O.tamsin.phone}, ${O.tamsin.email}`],
  ["br"],
  ["b", "Item 5 – Programme budget and risk register"],
  ["p", "Purpose: To report the forecast outturn of the programme budget for 2641/42 and the risk register, both at 28 February 2642."],
  ["p", "Budget 2641/42 (£):"],
  ["table", [["Budget line", "Budget", "Spent to 28 Feb", "Forecast outturn", "Variance"], ...BUDGET.map((b) => [b.line, money(b.budget), money(b.spent), money(b.forecast), signed(b.variance)]), ["Total", money(TOTAL.budget), money(TOTAL.spent), money(TOTAL.forecast), signed(TOTAL.variance)]], [1, 2, 3, 4]],
  ["p", "Variance: + is a forecast overspend, - an underspend."],
  ["br"],
  ["p", "Risk register at 28 February 2642:"],
  ["table", [["Ref", "Risk", "L", "I", "Score", "RAG", "Owner", "Since Jan"], ...RISKS.map((k) => [k.ref, k.risk, String(k.l), String(k.i), String(k.score), k.rag, k.owner, k.trend])], [2, 3, 4]],
  ["p", "Scores (L × I): 1–6 Green, 8–12 Amber, 15–25 Red. ▲ up since the January register, ▼ down, ► no change, ★ new."],
  ["p", "Recommendations: That the Task Group:"],
  ["p", `(a) notes the forecast outturn of £${money(TOTAL.forecast)} against the programme budget of £${money(TOTAL.budget)} for 2641/42, an overspend of £${money(TOTAL.variance)}, arising on the aquatic species control line (£${money(BUDGET[1].variance)});`],
  ["p", `(b) agrees that the aquatic overspend be met by a virement of £11,500 from the underspends on the other five lines and £11,600 from the Riverbank Restoration Fund administration reserve;`],
  ["p", "(c) notes the risk register, in which two risks (INR-01 and INR-02) are rated Red."],
  ["p", `Contact officer: ${O.cormac.name}, ${O.cormac.post}, ${O.cormac.phone}, ${O.cormac.email}`],
  ["br"],
  ["b", "Item 6 – Riverbank Restoration Fund round 2: prospectus"],
  ["p", "Purpose: To agree the prospectus for round 2 of the Riverbank Restoration Fund."],
  ["p", `Key points: £${money(ROUND2.pot)} for round 2; bids of up to £${money(ROUND2.max)}; at least ${ROUND2.match} match funding from the bidding council; priority to contractor treatment of knotweed, which councils ranked first in the capacity survey. The round opens on ${ROUND2.opens} and closes at noon on ${ROUND2.closes}; the awards are to be decided at the meeting on ${ROUND2.decide}.`],
  ["p", "Recommendation: That the Task Group agrees the prospectus for publication on 4 April 2642."],
  ["p", `Contact officer: ${O.lachlan.name}, ${O.lachlan.post}, ${O.lachlan.phone}, ${O.lachlan.email}`],
  ["br"],
  ["p", "The full papers and the ServiceNow export are on the meetings page of the website."],
  ["br"],
  ["p", "Best wishes,"],
  ["p", "Philippa"],
  ["br"],
  ["p", "Philippa Outhwaite"],
  ["p", "Member Services Officer | Local Government Association"],
  ["p", "18 Smith Square, London SW1P 3HZ | 020 7946 0861"],
];
if (g !== 5 || yl !== 3 || r !== 2) throw new Error("health counts");

// ---------------------------------------------------------------- HTML part
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const TAB = '<span class="Apple-tab-span" style="white-space:pre">\t</span>';
const cell = (text, i, head, numeric, width) => {
  const fill = head ? "background-color: #dadada; " : "";
  const align = numeric && !head ? "text-align: right; " : "";
  const inner = head ? `<b>${esc(text)}</b>` : esc(text);
  return `<td valign="top" style="width: ${width}.0px; height: 13.0px; ${fill}border-style: solid; border-width: 1.0px 1.0px 1.0px 1.0px; border-color: #a5a5a5 #a5a5a5 #a5a5a5 #a5a5a5; padding: 4.0px 4.0px 4.0px 4.0px">
<p style="margin: 0.0px 0.0px 0.0px 0.0px; ${align}font: 10.0px 'Helvetica Neue'">${inner}</p>
</td>`;
};
const numbersTable = (rows, numeric) => {
  const widths = rows[0].map((_, j) => Math.min(220, 14 + 5.4 * Math.max(...rows.map((rr) => rr[j].length))) | 0);
  return `<table cellspacing="0" cellpadding="0" style="border-collapse: collapse">
<tbody>
${rows.map((rr, i) => `<tr>\n${rr.map((c, j) => cell(c, j, i === 0, numeric.includes(j), widths[j])).join("\n")}\n</tr>`).join("\n")}
</tbody>
</table>`;
};
let orig = "";
for (const [k, v, n] of ORIG) {
  if (k === "p") orig += `<div>${esc(v)}</div>`;
  else if (k === "b") orig += `<div><b>${esc(v)}</b></div>`;
  else if (k === "br") orig += "<div><br></div>";
  else if (k === "tabs") orig += `<div>${v.map(esc).join(TAB)}</div>`;
  else if (k === "table") orig += `<div>\n${numbersTable(v, n)}\n</div>`;
}
const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${NOTE.map((l) => (l ? `<div dir="ltr">${esc(l)}</div>` : `<div dir="ltr"><br></div>`)).join("")}<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Sent from my iPad</div><div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr"><b>From:</b> ${esc(FWD.from)}<br><b>Date:</b> ${FWD.date}<br><b>To:</b> ${esc(FWD.to)}<br><b>Cc:</b> ${esc(FWD.cc)}<br><b>Subject:</b> <b>${esc(FWD.subject)}</b><br><br></div></blockquote><blockquote type="cite"><div dir="ltr">\uFEFF<meta http-equiv="content-type" content="text/html; charset=utf-8"><div style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${orig}</div></div></blockquote></div></body></html>`;

// ---------------------------------------------------------------- text part
const origText = [];
for (const [k, v] of ORIG) {
  if (k === "p" || k === "b") origText.push(v);
  else if (k === "br") origText.push("");
  else if (k === "tabs") origText.push(v.join("\t"));
  else if (k === "table") for (const rr of v) origText.push(rr.join("\t"));
}
const text = [...NOTE, "", "Sent from my iPad", "", "Begin forwarded message:", "", `> From: ${FWD.from}`, `> Date: ${FWD.date}`, `> To: ${FWD.to}`, `> Cc: ${FWD.cc}`, `> Subject: ${FWD.subject}`, "> ", ...origText.map((l) => (l ? "> " + l : ">"))].join("\r\n") + "\r\n";

// ---------------------------------------------------------------- MIME
const qp = (s) => {
  const bytes = Buffer.from(s.replace(/\r?\n/g, "\n"), "utf8");
  const lines = [];
  let line = "";
  const push = (tok) => {
    if (line.length + tok.length > 75) { lines.push(line + "="); line = ""; }
    line += tok;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      // a space or tab before a hard line break must be encoded
      if (/[ \t]$/.test(line)) line = line.slice(0, -1) + "=" + line.charCodeAt(line.length - 1).toString(16).toUpperCase().padStart(2, "0");
      lines.push(line); line = ""; continue;
    }
    const tok = (b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9 ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0");
    push(tok);
  }
  lines.push(line);
  return lines.join("\r\n");
};
const B = "Apple-Mail-5E0C0D5B-7B7A-4C55-9E43-2A61F3B0C8D4";
const subj = "Fwd: " + FWD.subject;
const encWord = "=?utf-8?Q?" + Array.from(Buffer.from(subj, "utf8")).map((b) => (b === 32 ? "_" : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0"))).join("") + "?=";
const HDR = {
  from: `${O.tamsin.name} <${O.tamsin.email}>`,
  to: `${CHAIR.name} <${CHAIR.email}>`,
  cc: `${O.lachlan.name} <${O.lachlan.email}>`,
  date: "Wed, 9 Mar 2642 07:58:31 +0000",
};
const eml = [
  `Content-Type: multipart/alternative; boundary=${B}`,
  "Content-Transfer-Encoding: 7bit",
  `From: ${HDR.from}`,
  "Mime-Version: 1.0 (1.0)",
  `Date: ${HDR.date}`,
  `Subject: ${encWord}`,
  "Message-Id: <9C41D2E7-5B0A-4F1E-8D3C-7A2B6E5F4C19@local.gov.uk>",
  "References: <A7F3C0B2-11E4-4D6A-B5C8-2E9D0F1A3B57@local.gov.uk>",
  `Cc: ${HDR.cc}`,
  `To: ${HDR.to}`,
  "X-Mailer: iPad Mail (22D82)",
  "",
  "",
  `--${B}`,
  "Content-Type: text/plain;",
  "\tcharset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(text),
  `--${B}`,
  "Content-Type: text/html;",
  "\tcharset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(html),
  `--${B}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", FILE), eml, "utf8");

// ---------------------------------------------------------------- rendering
const out = [`From: ${HDR.from}`, `To: ${HDR.to}`, `Cc: ${HDR.cc}`, `Subject: ${subj}`, `Date: ${HDR.date}`];
out.push(...NOTE.filter(Boolean), "Sent from my iPad", "Begin forwarded message:");
out.push(`From: ${FWD.from}`, `Date: ${FWD.date}`, `To: ${FWD.to}`, `Cc: ${FWD.cc}`, `Subject: ${FWD.subject}`);
for (const [k, v] of ORIG) {
  if (k === "p" || k === "b") out.push(v);
  else if (k === "tabs") out.push(v.join(" | "));
  else if (k === "table") for (const rr of v) out.push(rr.join(" | "));
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${out.length} lines)`);
