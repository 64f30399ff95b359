// Builds docs/acgtg-membership-report-2362-01-05.rtf and its rendering in text/.
// Layout: A CRYSTAL REPORTS MEMBERSHIP REPORT EXPORTED TO RICH TEXT FORMAT (the "exact" RTF export, not
// "editable"): the report is not a table and not flowing text – EVERY FIELD AND LABEL IS AN ABSOLUTELY
// POSITIONED FRAME (\pvpg\phpg\posx\posy\absw\absh), one paragraph each, written band by band (page
// header, group header, details, group footer, report footer, page footer) and left to right within a
// band, so a member's name, council, role, lead-member area and dates are five separate paragraphs whose
// only link is the same \posy. Landscape A4, two pages, each with the page header repeated (title block,
// "Printed: 05/01/2362 09:14", column headings) and a page footer (the .rpt file name, "Page 1 of 2").
// Members are GROUPED BY POLITICAL GROUP in Crystal's default ascending order (Conservative, Green,
// Independent, Labour, Liberal Democrat), sorted by surname within a group; the Task Group role is a
// column, not the order; each group ends "Members in group: 4". The report footer holds the named
// substitutes (who they may stand in for), a member who has left (his end date in the "Ends" column)
// and his replacement in a sentence, and totals. Windows-1252 with \'xx escapes; \info names Crystal.
// Rendering: a reader's copy of the pages: the first page header (title block and column headings),
// then each band's frames that share a line joined by " | " in left-to-right order; the repeated page
// header and the page footers left out.
// Synthetic test fixture: every person, council and date is invented.
//   node src/build-membership-crystal-rtf.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, SHORT, PEOPLE, MEMBERS, SUBS, P } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.membership;
const PRINTED = "05/01/2362 09:14";
const RPT = "CR_TaskGroupMembership.rpt";

const esc = (s) =>
  [...s].map((ch) => {
    if (ch === "\\" || ch === "{" || ch === "}") return "\\" + ch;
    const c = ch.codePointAt(0);
    if (c < 128) return ch;
    const b = iconv.encode(ch, "windows-1252");
    if (b.length === 1 && b[0] !== 0x3f) return "\\'" + b[0].toString(16).padStart(2, "0");
    return `\\u${c > 32767 ? c - 65536 : c}?`;
  }).join("");

const out = [];
const text = []; // rendering lines
let y = 0;
// a frame: x, width in twips; font size in half-points; bold
const frame = (x, w, s, o = {}) => {
  const h = o.h ?? 260;
  out.push(`{\\pard\\plain\\pvpg\\phpg\\posx${x}\\posy${y}\\absw${w}\\absh-${h}\\dxfrtext0\\dfrmtxtx0\\dfrmtxty0\\nowrap${o.right ? "\\qr" : "\\ql"}\\f0\\fs${o.fs ?? 17}${o.b ? "\\b" : ""}${o.i ? "\\i" : ""}${o.cf ? `\\cf${o.cf}` : ""}${o.bg ? `\\chcbpat${o.bg}` : ""} ${esc(s)}\\par}`);
};
const line = (cells, o = {}) => {
  for (const [x, w, s] of cells) if (s !== "") frame(x, w, s, o);
  if (!o.furniture) text.push(cells.map(([, , s]) => s).filter((s) => s !== "").join(" | "));
  y += o.step ?? 300;
};
const COLS = [[567, 3000], [3650, 3700], [7450, 1500], [9050, 3300], [12450, 1300], [13850, 1300]];
const row = (vals, o) => line(vals.map((v, i) => [COLS[i][0], COLS[i][1], v]), o);

const pageHeader = (first) => {
  y = 450;
  line([[567, 9000, "Local Government Association"]], { fs: 16, furniture: !first, step: 300 });
  line([[567, 12000, "Membership report"]], { fs: 30, b: true, cf: 3, h: 420, furniture: !first, step: 480 });
  line([[567, 9000, `Body: ${BODY} (${SHORT})`], [12450, 2700, `Printed: ${PRINTED}`]], { fs: 18, b: false, furniture: !first });
  line([[567, 9000, "Municipal year: 2361/62"]], { fs: 18, furniture: !first, step: 420 });
  row(["Member", "Council", "Task Group role", "Lead member for", "Appointed", "Ends"], { b: true, bg: 4, furniture: !first, step: 360 });
};
const pageFooter = (n) => {
  y = 11000;
  line([[567, 5000, RPT], [12450, 2700, `Page ${n} of 2`]], { fs: 14, furniture: true });
};

const head = [
  "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0\\deflang2057",
  "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset0 Times New Roman;}}",
  "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;\\red0\\green51\\blue102;\\red217\\green217\\blue217;}",
  "{\\info{\\title Membership report}{\\subject " + SHORT + " 2361/62}{\\author Crystal Reports}{\\doccomm Crystal Reports 2020 RTF export}{\\creatim\\yr2362\\mo1\\dy5\\hr9\\min14}}",
  "\\paperw16838\\paperh11906\\margl0\\margr0\\margt0\\margb0\\landscape\\viewkind1",
  "\\sectd\\lndscpsxn\\pgwsxn16838\\pghsxn11906\\marglsxn0\\margrsxn0\\margtsxn0\\margbsxn0",
];

const GROUPS = ["Conservative", "Green", "Independent", "Labour", "Liberal Democrat"];
const member = (p) => row([p.cllr, p.council, p.role, p.lead ?? "", p.appointed, p.left ?? ""]);

// page 1
pageHeader(true);
for (const g of GROUPS.slice(0, 4)) {
  line([[567, 8000, `Political group: ${g}`]], { b: true, fs: 18, step: 320 });
  const ms = MEMBERS.filter((p) => p.group === g).sort((a, b) => a.sur.localeCompare(b.sur));
  for (const p of ms) member(p);
  line([[9050, 4000, `Members in group: ${ms.length}`]], { i: true, step: 420 });
}
pageFooter(1);
out.push("{\\pard\\plain\\page\\par}");
// page 2
pageHeader(false);
{
  const g = "Liberal Democrat";
  line([[567, 8000, `Political group: ${g}`]], { b: true, fs: 18, step: 320 });
  const ms = MEMBERS.filter((p) => p.group === g).sort((a, b) => a.sur.localeCompare(b.sur));
  for (const p of ms) member(p);
  line([[9050, 4000, `Members in group: ${ms.length}`]], { i: true, step: 480 });
}
line([[567, 8000, "Named substitutes"]], { b: true, fs: 20, cf: 3, step: 340 });
const SC = [[567, 3000], [3650, 3700], [7450, 1500], [9050, 4500]];
line(["Substitute", "Council", "Political group", "May substitute for"].map((s, i) => [SC[i][0], SC[i][1], s]), { b: true, bg: 4, step: 320 });
for (const s of SUBS) line([s.cllr, s.council, s.group, `Any ${s.group} member`].map((v, i) => [SC[i][0], SC[i][1], v]));
y += 180;
line([[567, 8000, "Changes to membership in 2361/62"]], { b: true, fs: 20, cf: 3, step: 340 });
member(P.blenkinsopp);
line([[567, 14000, `${P.fairbrass.cllr} appointed from ${P.fairbrass.appointed} in place of ${P.blenkinsopp.cllr}, nominated by ${P.fairbrass.council}.`]], { step: 480 });
line([[567, 4000, `Total members: ${MEMBERS.length}`], [3650, 3700, `Named substitutes: ${SUBS.length}`], [7450, 5000, "Quorum: 4 voting members"]], { b: true });
pageFooter(2);

const rtf = head.join("\r\n") + "\r\n" + out.join("\r\n") + "\r\n}\r\n";
writeFileSync(join(root, "docs", FILE), Buffer.from(rtf, "latin1"));
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
