// Builds docs/<BASE.newsletter>.html – the Network's September 2037 members' update as an HTML E-MAIL
// NEWSLETTER, the way bulk-mail tools send it – and text/<BASE.newsletter>.txt, its plain-text rendering.
//
//   node src/build-newsletter-html.mjs
//
// Layout: an e-mail body, not a web page. XHTML 1.0 Transitional doctype, a <style> block of resets and one
// media query, and then ONLY NESTED LAYOUT TABLES WITH INLINE STYLES (role="presentation", align/width/bgcolor
// attributes, no <main>, <article>, <section>, <h1>–<h6> or <p> headings: headings are styled <td> text). A
// HIDDEN PREHEADER (display:none; the inbox preview line) padded with &zwnj;&nbsp; entities, a "view it in your
// browser" line with a tracking link, Outlook conditional comments (<!--[if mso]> ghost tables), a masthead,
// the Chair's message, members' updates as bold run-in paragraphs, THREE FIGURE TILES in a row of nested
// tables, THE TABLE OF FIGURES (Region | Councils responding | Patrol sites | Staffed | Vacant | Vacancy rate)
// with a total row, a TWO-COLUMN BLOCK of council news (two cells a row, stacking on mobile), a diary table,
// a contact block, a bulletproof button, and an UNSUBSCRIBE FOOTER with a postal address; a 1x1 tracking pixel.
// Rendering: the words a reader sees, in reading order (the preheader first, as the inbox shows it), one
// paragraph, heading or table row a line; table cells joined by " | ".
// Synthetic test fixture: everything in it is invented.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BASE, NEWSLETTER as N, surveyRows } from "./content.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { rows, total } = surveyRows();
const fill = (s) => s.replace("{STAFFED}", total.staffedPct.replace("%", " per cent")).replace("{VACANT}", total.vacant.toLocaleString("en-GB")).replace("{SITES}", total.sites.toLocaleString("en-GB"));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#8217;");
const TRACK = "https://lga.us19.list-manage.com/track/click?u=5c2e7f0b91d4a6e3f8a1b2c47&amp;id=";
let tid = 0;
const link = (text, style = "color:#0b5f7a;text-decoration:underline;") => `<a href="${TRACK}${(0x3a1f00 + ++tid * 7919).toString(16)}&amp;e=9d27c41b05" target="_blank" style="${style}">${esc(text)}</a>`;

const lines = []; // rendering
const say = (s) => lines.push(s.replace(/'/g, "\u2019"));

const F = "font-family:Arial,Helvetica,sans-serif;";
const P = `${F}font-size:15px;line-height:22px;color:#2b2b2b;`;
let h = "";
h += `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>${esc(N.subject)}</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">
  body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
  table, td { mso-table-lspace:0pt; mso-table-rspace:0pt; }
  img { -ms-interpolation-mode:bicubic; border:0; outline:none; text-decoration:none; }
  body { margin:0 !important; padding:0 !important; width:100% !important; }
  @media screen and (max-width:600px) {
    .wrapper { width:100% !important; }
    .stack { display:block !important; width:100% !important; }
    .tile { display:block !important; width:100% !important; margin-bottom:8px !important; }
  }
</style>
</head>
<body style="margin:0;padding:0;background-color:#eef1f3;">
`;
// preheader
say(N.preheader);
h += `<div style="display:none;font-size:1px;color:#eef1f3;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">${esc(N.preheader)}${"&zwnj;&nbsp;".repeat(40)}</div>\n`;
h += `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#eef1f3"><tr><td align="center" style="padding:12px 10px 24px 10px;">
<!--[if mso]><table role="presentation" align="center" border="0" cellspacing="0" cellpadding="0" width="600"><tr><td><![endif]-->
<table role="presentation" class="wrapper" border="0" cellpadding="0" cellspacing="0" width="600" style="max-width:600px;">
`;
// view in browser
say(N.viewLine.join(" "));
h += `<tr><td align="right" style="${F}font-size:11px;color:#6b6b6b;padding:0 4px 8px 4px;">${esc(N.viewLine[0])} ${link(N.viewLine[1], "color:#6b6b6b;text-decoration:underline;")}</td></tr>\n`;
// masthead
N.masthead.forEach((l) => say(l));
h += `<tr><td bgcolor="#0b5f7a" style="padding:22px 28px 20px 28px;">
  <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
    <tr><td style="${F}font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#cfe6ee;">${esc(N.masthead[0])}</td></tr>
    <tr><td style="${F}font-size:24px;line-height:30px;font-weight:bold;color:#ffffff;padding-top:6px;">${esc(N.masthead[1])}</td></tr>
    <tr><td style="${F}font-size:16px;color:#ffd166;padding-top:8px;">${esc(N.masthead[2])}</td></tr>
    <tr><td style="${F}font-size:13px;color:#cfe6ee;padding-top:2px;">${esc(N.masthead[3])}</td></tr>
  </table>
</td></tr>
`;
const block = (inner, bg = "#ffffff") => `<tr><td bgcolor="${bg}" style="padding:20px 28px 8px 28px;">\n<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">\n${inner}</table>\n</td></tr>\n`;
const headRow = (t) => { say(t); return `<tr><td style="${F}font-size:19px;font-weight:bold;color:#0b5f7a;padding-bottom:10px;border-bottom:2px solid #ffd166;">${esc(t)}</td></tr>\n<tr><td height="10" style="font-size:0;line-height:0;">&nbsp;</td></tr>\n`; };
const pRow = (t) => { say(t); return `<tr><td style="${P}padding-bottom:12px;">${esc(t)}</td></tr>\n`; };

// Chair's message
let inner = headRow(N.chairHeading);
N.chair.forEach((t) => (inner += pRow(fill(t))));
N.chairSign.forEach((t) => say(t));
inner += `<tr><td style="${P}padding-bottom:14px;"><strong>${esc(N.chairSign[0])}</strong><br />${esc(N.chairSign[1])}</td></tr>\n`;
h += block(inner);

// Members' updates
inner = headRow(N.membersHeading);
for (const [lead, t] of N.members) {
  say(lead + " " + t);
  inner += `<tr><td style="${P}padding-bottom:12px;"><strong style="color:#0b5f7a;">${esc(lead)}</strong> ${esc(t)}</td></tr>\n`;
}
h += block(inner);

// Figures: tiles + table
inner = headRow(N.tableHeading);
inner += `<tr><td style="padding-bottom:14px;">
<!--[if mso]><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tr><![endif]-->
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
`;
N.tiles.forEach(([num, cap], i) => {
  const n = fill(num);
  say(n + " " + cap);
  inner += `<td class="tile" width="33%" valign="top" style="padding:${i ? "0 0 0 8px" : "0"};">
  <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#f6f1df" style="border-radius:6px;">
    <tr><td align="center" style="${F}font-size:26px;font-weight:bold;color:#0b5f7a;padding:12px 6px 2px 6px;">${esc(n)}</td></tr>
    <tr><td align="center" style="${F}font-size:12px;line-height:16px;color:#444444;padding:0 8px 12px 8px;">${esc(cap)}</td></tr>
  </table>
</td>
`;
});
inner += `</tr></table>
<!--[if mso]></tr></table><![endif]-->
</td></tr>
`;
say(N.tableCaption);
inner += `<tr><td style="${F}font-size:14px;font-weight:bold;color:#2b2b2b;padding-bottom:6px;">${esc(N.tableCaption)}</td></tr>\n`;
say(N.tableHead.join(" | "));
let tbl = `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;">\n<tr>`;
N.tableHead.forEach((c, i) => (tbl += `<td bgcolor="#0b5f7a" align="${i ? "right" : "left"}" style="${F}font-size:12px;font-weight:bold;color:#ffffff;padding:6px 6px;">${esc(c)}</td>`));
tbl += `</tr>\n`;
rows.forEach((r, ri) => {
  say(r.join(" | "));
  const last = ri === rows.length - 1;
  const bg = last ? "#dbe9ee" : ri % 2 ? "#f4f7f8" : "#ffffff";
  tbl += `<tr>` + r.map((c, i) => `<td bgcolor="${bg}" align="${i ? "right" : "left"}" style="${F}font-size:13px;color:#2b2b2b;padding:5px 6px;border-bottom:1px solid #d5dde0;${last ? "font-weight:bold;" : ""}">${esc(c)}</td>`).join("") + `</tr>\n`;
});
tbl += `</table>\n`;
inner += `<tr><td style="padding-bottom:8px;">\n${tbl}</td></tr>\n`;
say(N.tableNote);
inner += `<tr><td style="${F}font-size:12px;line-height:17px;color:#5a5a5a;padding-bottom:14px;">${esc(N.tableNote)}</td></tr>\n`;
h += block(inner);

// Council news, two columns
inner = headRow(N.councilsHeading);
for (let i = 0; i < N.councils.length; i += 2) {
  inner += `<tr><td style="padding-bottom:12px;">
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
`;
  for (const [name, t] of N.councils.slice(i, i + 2)) {
    say(name);
    say(t);
    inner += `<td class="stack" width="50%" valign="top" style="padding-right:10px;">
  <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
    <tr><td style="${F}font-size:15px;font-weight:bold;color:#0b5f7a;padding-bottom:4px;">${esc(name)}</td></tr>
    <tr><td style="${F}font-size:14px;line-height:20px;color:#2b2b2b;">${esc(t)}</td></tr>
  </table>
</td>
`;
  }
  inner += `</tr></table>\n</td></tr>\n`;
}
h += block(inner);

// Diary
inner = headRow(N.diaryHeading);
inner += `<tr><td style="padding-bottom:12px;">\n<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">\n`;
for (const [d, t] of N.diary) {
  say(d + " | " + t);
  inner += `<tr><td width="38%" valign="top" style="${F}font-size:14px;font-weight:bold;color:#0b5f7a;padding:4px 8px 4px 0;border-bottom:1px dotted #c9c9c9;">${esc(d)}</td><td valign="top" style="${F}font-size:14px;color:#2b2b2b;padding:4px 0;border-bottom:1px dotted #c9c9c9;">${esc(t)}</td></tr>\n`;
}
inner += `</table>\n</td></tr>\n`;
h += block(inner);

// Contact + button
inner = headRow(N.contactHeading);
const [cn, cp, ct, ce] = N.contact;
say(cn);
say(cp);
say(ct + " | " + ce);
inner += `<tr><td style="${P}padding-bottom:12px;"><strong>${esc(cn)}</strong><br />${esc(cp)}<br />${esc(ct)} | <a href="mailto:${ce}" style="color:#0b5f7a;">${esc(ce)}</a></td></tr>\n`;
say(N.button);
inner += `<tr><td align="left" style="padding:4px 0 18px 0;">
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="#" style="height:40px;v-text-anchor:middle;width:300px;" arcsize="10%" stroke="f" fillcolor="#0b5f7a"><w:anchorlock/><center><![endif]-->
${link(N.button, `background-color:#0b5f7a;border-radius:4px;color:#ffffff;display:inline-block;${F}font-size:14px;font-weight:bold;line-height:40px;text-align:center;text-decoration:none;width:300px;-webkit-text-size-adjust:none;mso-hide:all;`)}
<!--[if mso]></center></v:roundrect><![endif]-->
</td></tr>
`;
h += block(inner);

// Footer
const [f1, links, addr, copy] = N.footer;
say(f1);
say(links.join(" | "));
say(addr);
say(copy);
h += `<tr><td style="padding:18px 28px 8px 28px;${F}font-size:11px;line-height:16px;color:#6b6b6b;" align="center">
${esc(f1)}<br /><br />
${links.map((l) => link(l, "color:#6b6b6b;text-decoration:underline;")).join(" | ")}<br /><br />
${esc(addr)}<br />
${esc(copy).replace("©", "&copy;")}
</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
<img src="https://lga.us19.list-manage.com/track/open.php?u=5c2e7f0b91d4a6e3f8a1b2c47&amp;id=4e81c09d2f&amp;e=9d27c41b05" height="1" width="1" alt="" style="display:block;border:0;" />
</body>
</html>
`;

writeFileSync(join(root, "docs", BASE.newsletter + ".html"), h);
writeFileSync(join(root, "text", BASE.newsletter + ".txt"), lines.join("\n") + "\n");
// arithmetic checks
const sum = rows.slice(0, -1).reduce((a, r) => a + Number(r[2].replace(/,/g, "")), 0);
if (sum !== total.sites) throw new Error("site total");
console.log(`wrote ${BASE.newsletter}.html (${h.length} chars), total sites ${total.sites}, vacant ${total.vacant}, staffed ${total.staffedPct}`);
