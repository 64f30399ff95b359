// Builds docs/…-email-item-5-clearance-2086-11-07.html: an Outlook e-mail thread saved with File > Save As
// (HTML). Word's HTML (Generator "Microsoft Word 15 (filtered medium)", MsoNormal paragraphs, <o:p>), the
// newest message first under a header table (From / Sent / To / Cc / Subject / Attachments), every earlier
// message under a grey top rule with its own bold From: / Sent: / To: / Cc: / Subject: block (no quote marks),
// an external-sender caution banner, signature blocks, a disclaimer after each message, a budget table pasted
// from Excel and a front sheet pasted as a two-column table.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "bus-concessionary-travel-task-group-email-item-5-clearance-2086-11-07";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const SUBJ = "Item 5 – concessionary travel paper – Chair's clearance";
const LGA_DISC = "This email and any attachments are confidential and intended only for the addressee. If you have received it in error, please tell the sender and delete it. Views expressed are those of the sender and not necessarily those of the Local Government Association. The LGA may monitor email traffic.";
const LINCS_DISC = "This email is confidential and may be privileged. Lincolnshire County Council may monitor emails sent to and from its systems. If you are not the intended recipient, please delete it and notify the sender.";

// budget (month 7); variance = forecast - budget, underspends in brackets
const budget = [
  ["Research and data (reimbursement model)", 48000, 21350, 33500],
  ["DRT good practice guide", 22000, 9800, 22000],
  ["Member events and conference", 35000, 27900, 38200],
  ["Bus workforce campaign", 30000, 6400, 30000],
  ["Legal advice (franchising)", 15000, 15600, 17900],
];
const tot = budget.reduce((a, r) => [a[0] + r[1], a[1] + r[2], a[2] + r[3]], [0, 0, 0]);
const money = (n) => (n < 0 ? `(£${(-n).toLocaleString("en-GB")})` : `£${n.toLocaleString("en-GB")}`);
const budgetRows = [
  ["Budget line", "Budget 2086/87", "Spend to 31 Oct", "Forecast outturn", "Variance"],
  ...budget.map(([l, b, s, f]) => [l, money(b), money(s), money(f), money(f - b)]),
  ["Total", money(tot[0]), money(tot[1]), money(tot[2]), money(tot[2] - tot[0])],
];
if (tot[0] !== 150000 || tot[2] - tot[0] !== -8400) throw new Error("budget arithmetic");

const frontSheet = [
  ["Meeting", ["Bus Services and Concessionary Travel Task Group"]],
  ["Date", ["20 November 2086"]],
  ["Item", ["5"]],
  ["Title", ["Concessionary travel: funding the national scheme in 2087/88"]],
  ["Purpose of report", ["For decision"]],
  ["Summary", ["The English National Concessionary Travel Scheme (ENCTS) costs councils more than they receive to run it. Our revised estimate of the shortfall in 2086/87 is £236 million across 82 travel concession authorities, up from £212 million reported in September. The paper sets out three options for the LGA's ask of Government before the 2087 Spending Review: Option 1, a new burdens assessment of the scheme; Option 2, full funding of the shortfall through the Spending Review; Option 3, reform of the scheme's national rules."]],
  ["Recommendations", ["That the Task Group:", "(a) notes the revised estimate of the 2086/87 shortfall of £236 million;", "(b) agrees Option 1, and asks officers to seek discussions with the Department for Transport on a new burdens assessment of the scheme;", "(c) agrees to publish the research on companion passes in March 2087, subject to funding."]],
  ["Action", ["Officers to take forward as directed by members."]],
  ["Contact officer", ["Harriet Voysey"]],
  ["Position", ["Senior Adviser (Buses and Concessionary Travel)"]],
  ["Phone no", ["020 7946 0636"]],
  ["Email", ["harriet.voysey@local.gov.uk"]],
  ["Is this report confidential?", ["No"]],
];

// message parts: {p: text} paragraph, {ol: [..]}, {table: rows, kind}, {front: rows}, {sig: [lines]}, {disc: text}, {banner: text}
const messages = [
  {
    head: { From: "Harriet Voysey", Sent: "07 November 2086 16:18", To: "Lorna Gilhespy", Cc: "Fenella Rookwood", Subject: "FW: RE: " + SUBJ },
    body: [
      { p: "Lorna," },
      { p: "The Chair cleared item 5 this afternoon (her email is below). Please can you:" },
      { ol: ["put the final paper in the agenda pack for 20 November as item 5 – I will send you the Word file by 10am tomorrow with recommendation (b) changed as the Chair asked;", "show item 4 on the agenda as a presentation by Fenella, with the slides to follow;", "keep the risk register as item 7, as in my draft agenda."] },
      { p: "For the record, the recommendations as cleared by the Chair are:" },
      { p: "(a) notes the revised estimate of the 2086/87 shortfall of £236 million;" },
      { p: "(b) agrees Option 2, and asks the Government to fund the full shortfall through the 2087 Spending Review;" },
      { p: "(c) agrees to publish the research on companion passes in March 2087, funded from the research and data budget." },
      { p: "Desmond will move £12,000 from the research and data line to the companion pass research by 15 November 2086." },
      { p: "Thanks," },
      { p: "Harriet" },
      { sig: ["Harriet Voysey", "Senior Adviser (Buses and Concessionary Travel)", "Local Government Association | 18 Smith Square, London SW1P 3HZ", "Tel: 020 7946 0636 | harriet.voysey@local.gov.uk"] },
      { disc: LGA_DISC },
    ],
  },
  {
    head: { From: "Pendlebury, Eleanor (Cllr) <Eleanor.Pendlebury@lincolnshire.gov.uk>", Sent: "07 November 2086 13:02", To: "Harriet Voysey <harriet.voysey@local.gov.uk>", Cc: "Ogunsanya, Samuel (Cllr) <samuel.ogunsanya@sheffield.gov.uk>; Fenella Rookwood <fenella.rookwood@local.gov.uk>", Subject: "RE: " + SUBJ },
    body: [
      { banner: "CAUTION: This email originated from outside the LGA. Do not click links or open attachments unless you recognise the sender and know the content is safe." },
      { p: "Harriet" },
      { p: "Thank you – a good paper. I am happy to clear it with one change. On recommendation (b) I don't want us going in with Option 1: a new burdens assessment just buys the Department another year of talks. Please change (b) to Option 2 – we ask for the full shortfall to be funded in the 2087 Spending Review. Samuel agrees (we spoke this morning)." },
      { p: "On the companion pass research: yes, go ahead and fund it from the research underspend as Desmond suggests. That settles the item we deferred in September." },
      { p: "And please use £236m throughout – I saw £212m still in paragraph 9." },
      { p: "Eleanor" },
      { sig: ["Cllr Eleanor Pendlebury", "Chair, LGA Bus Services and Concessionary Travel Task Group", "Executive Member for Highways and Transport, Lincolnshire County Council"] },
      { disc: LINCS_DISC },
    ],
  },
  {
    head: { From: "Desmond Shuttleworth <desmond.shuttleworth@local.gov.uk>", Sent: "06 November 2086 10:47", To: "Harriet Voysey <harriet.voysey@local.gov.uk>", Subject: "RE: " + SUBJ },
    body: [
      { p: "Hi Harriet," },
      { p: "Month 7 figures for the Task Group budget are below (to 31 October 2086). The research and data line is forecast to underspend by £14,500 because the reimbursement model rebuild came in under quote, so the £12,000 companion pass research that was deferred in September could be funded from it if the Chair agrees. The legal advice line is already over budget because of the franchising advice for Cllr Bythesea's workstream." },
      { table: budgetRows },
      { p: "Underspends are shown in brackets. Happy to talk it through." },
      { p: "Desmond" },
      { sig: ["Desmond Shuttleworth", "Finance Business Partner", "Local Government Association", "Tel: 020 7946 0659"] },
      { disc: LGA_DISC },
    ],
  },
  {
    head: { From: "Harriet Voysey <harriet.voysey@local.gov.uk>", Sent: "05 November 2086 17:30", To: "Pendlebury, Eleanor (Cllr) <Eleanor.Pendlebury@lincolnshire.gov.uk>", Cc: "Fenella Rookwood <fenella.rookwood@local.gov.uk>; Desmond Shuttleworth <desmond.shuttleworth@local.gov.uk>", Subject: SUBJ },
    body: [
      { p: "Dear Eleanor," },
      { p: "Ahead of the Task Group on Wednesday 20 November, I attach draft 3 of the item 5 paper for your clearance. The front sheet is pasted below so that you can read it on your phone. Could you let me know by Thursday 7 November whether you are content?" },
      { front: frontSheet },
      { p: "The draft agenda for 20 November is:" },
      { ol: ["Welcome, apologies and declarations of interest", "Note of the meeting of 18 September 2086", "Membership: new Vice-Chair and new member (for noting)", "Better Buses Programme 2086/87: half-year update (presentation)", "Concessionary travel: funding the national scheme in 2087/88 (for decision)", "Rural buses and demand responsive transport: draft good practice guide", "Risk register", "Any other business"] },
      { p: "Desmond – could you send me the month 7 budget position for the Task Group? The Chair is likely to ask about the companion pass research." },
      { p: "Kind regards," },
      { p: "Harriet" },
      { sig: ["Harriet Voysey", "Senior Adviser (Buses and Concessionary Travel)", "Local Government Association | 18 Smith Square, London SW1P 3HZ", "Tel: 020 7946 0636 | harriet.voysey@local.gov.uk"] },
      { disc: LGA_DISC },
    ],
  },
];
const attachments = "Item 5 ENCTS funding draft 3.docx (86 KB); Draft agenda 20 Nov 2086.docx (31 KB)";

const P = (inner, style = "") => `<p class=MsoNormal${style ? ` style='${style}'` : ""}>${inner}<o:p></o:p></p>\n`;
const txt = [];
let body = "";
const renderBody = (parts) => {
  for (const part of parts) {
    if (part.p) { body += P(esc(part.p)); body += P("&nbsp;"); txt.push(part.p); }
    if (part.ol) {
      body += `<ol style='margin-top:0cm' start=1 type=1>\n` + part.ol.map((l) => `<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>${esc(l)}<o:p></o:p></li>\n`).join("") + `</ol>\n`;
      part.ol.forEach((l, i) => txt.push(`${i + 1}. ${l}`));
    }
    if (part.banner) {
      body += `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%" style='width:100.0%;background:#FFEB9C'><tr><td style='border:solid #9C6500 1.0pt;padding:3.75pt 3.75pt 3.75pt 3.75pt'>${P(`<b><span style='font-size:9.0pt;color:#9C6500'>${esc(part.banner)}</span></b>`)}</td></tr></table>\n`;
      txt.push(part.banner);
    }
    if (part.table) {
      body += `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640 style='width:480.0pt;border-collapse:collapse'>\n`;
      part.table.forEach((r, i) => {
        body += `<tr style='height:15.0pt'>` + r.map((c, j) => `<td nowrap valign=bottom style='border:solid windowtext 1.0pt;${i === 0 ? "background:#D9E1F2;" : ""}padding:0cm 5.4pt 0cm 5.4pt;height:15.0pt'><p class=MsoNormal${j ? " align=right style='text-align:right'" : ""}>${i === 0 || r[0] === "Total" ? `<b>${esc(c)}</b>` : esc(c)}<o:p></o:p></p></td>`).join("") + `</tr>\n`;
        txt.push(r.join(" | "));
      });
      body += `</table>\n` + P("&nbsp;");
    }
    if (part.front) {
      body += `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n`;
      for (const [label, vals] of part.front) {
        body += `<tr><td width=180 valign=top style='width:135.0pt;border:solid windowtext 1.0pt;background:#F2F2F2;padding:0cm 5.4pt 0cm 5.4pt'>${P(`<b>${esc(label)}</b>`)}</td><td width=440 valign=top style='width:330.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>${vals.map((v) => P(esc(v))).join("")}</td></tr>\n`;
        txt.push(`${label} | ${vals.join(" ")}`);
      }
      body += `</table>\n` + P("&nbsp;");
    }
    if (part.sig) {
      body += P(part.sig.map((l, i) => (i === 0 ? `<b><span style='color:#1F4E79'>${esc(l)}</span></b>` : `<span style='font-size:9.0pt;color:#595959'>${esc(l)}</span>`)).join("<br>\n"));
      body += P("&nbsp;");
      txt.push(...part.sig);
    }
    if (part.disc) {
      body += P(`<span style='font-size:7.5pt;color:#808080'>${esc(part.disc)}</span>`);
      body += P("&nbsp;");
      txt.push(part.disc);
    }
  }
};
// newest message: the header table Outlook writes when a message is saved
const h0 = messages[0].head;
const headRows = [["From:", h0.From], ["Sent:", h0.Sent], ["To:", h0.To], ["Cc:", h0.Cc], ["Subject:", h0.Subject], ["Attachments:", attachments]];
body += `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n`;
for (const [k, v] of headRows) {
  body += `<tr><td width=120 valign=top style='width:90.0pt;padding:0cm 5.4pt 0cm 5.4pt'>${P(`<b>${k}</b>`)}</td><td valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>${P(esc(v))}</td></tr>\n`;
  txt.push(`${k} | ${v}`);
}
body += `</table>\n` + P("&nbsp;");
renderBody(messages[0].body);
for (const m of messages.slice(1)) {
  const lines = [["From:", m.head.From], ["Sent:", m.head.Sent], ["To:", m.head.To], ...(m.head.Cc ? [["Cc:", m.head.Cc]] : []), ["Subject:", m.head.Subject]];
  if (m === messages[messages.length - 1]) lines.push(["Attachments:", attachments]);
  body += `<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n` + P(lines.map(([k, v]) => `<b><span lang=EN-US>${k}</span></b><span lang=EN-US> ${esc(v)}</span>`).join("<br>\n")) + `</div></div>\n` + P("&nbsp;");
  txt.push("", ...lines.map(([k, v]) => `${k} ${v}`));
  renderBody(m.body);
}

const html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<title>${esc(h0.Subject)}</title>
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
@font-face {font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph {margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;font-size:11.0pt;font-family:"Aptos",sans-serif;}
span.EmailStyle20 {mso-style-type:personal-reply;font-family:"Aptos",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
${body}</div>
</body>
</html>
`;
writeFileSync(join(root, "docs", BASE + ".html"), html);
writeFileSync(join(root, "text", BASE + ".txt"), [h0.Subject, "", ...txt].join("\n") + "\n");
