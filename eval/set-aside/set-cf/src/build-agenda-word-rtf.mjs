// Builds docs/lsctg-agenda-2692-01-21.rtf and its rendering in text/.
// Layout: AN AGENDA SAVED FROM MICROSOFT WORD AS RICH TEXT FORMAT ("Save as > Rich Text Format"), with the
// bulk Word writes into every RTF: the font, colour and style tables, {\*\rsidtbl …}, a generator
// group, an info group, a {\*\latentstyles …} list, HEX BLOBS (\*\themedata, \*\colorschememapping,
// \*\datastore) at the end of the file, and every paragraph and run carrying \rtlch / \ltrch / \insrsid
// switches. Characters outside ASCII are escapes (\'a3 for £, \'96 for an en dash, \rquote for an
// apostrophe). THE MEETING DETAILS ARE DOCPROPERTY FIELDS (the instruction in {\*\fldinst …}, the
// value only in the cached {\fldrslt …}) in an unruled two-column table; THE MEMBERSHIP IS A
// THREE-COLUMN TABLE WITHOUT A HEADER ROW, a member a cell ("Cllr Name (Role)" then \line then the
// council), read across each row though the names run alphabetically down the columns after the three
// office holders; the AGENDA IS A TABLE (Item | Title | Lead officer | Page) whose PAGE NUMBERS ARE
// PAGEREF FIELDS to bookmarks in the pack, with a "Part 2" row whose cells are merged across the table
// (\clmgf / \clmrg); rows are \trowd … \cell … \row groups with the row properties written again
// before \row, as Word does. A page header (the body's name) and footer (a PAGE field) are RTF header
// and footer groups.
// Rendering: the agenda in reading order: paragraphs a line each; each table row a line with its cells
// " | " (a \line inside a cell as a space, the merged Part 2 row as its one cell, empty cells kept);
// field results only (never the instructions); the header, footer and the hex blobs left out.
// Synthetic test fixture: every person, council and meeting is invented.
//   node src/build-agenda-word-rtf.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, FUND, PROGRAMME, OFFICERS as O, MEMBERS, SUBS, P } from "./common.mjs";

const FILE = DOCS.agenda;
const BASE = basename(FILE, extname(FILE));
const out = [];

// --- text to RTF (cp1252 escapes as Word writes them)
const CP = { "£": "\\'a3", "–": "\\'96", "—": "\\'97", "’": "\\rquote ", "‘": "\\lquote ", "“": "\\ldblquote ", "”": "\\rdblquote ", "é": "\\'e9" };
const rtf = (s) => s.replace(/[\\{}]/g, (c) => "\\" + c).replace(/'/g, "’").replace(/[^\x20-\x7e]/g, (c) => CP[c] ?? `\\u${c.charCodeAt(0)}?`);
let rsid = 1447158;
const R = () => `\\insrsid${rsid}`;
const PARA = "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0\\pararsid1447158 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 \\f0\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 ";
const runs = (parts) => parts.map((p) => (typeof p === "string" ? `{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${R()} ${rtf(p)}}` : p.raw)).join("");
const field = (inst, result, o = {}) => ({ raw: `{\\field{\\*\\fldinst {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${R()}  ${inst} }}{\\fldrslt {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${o.b ? "\\b" : ""}\\lang1024\\langfe1024\\noproof ${R()} ${rtf(result)}}}}` });
const body = [];
const para = (parts, o = {}) => {
  const style = o.h1 ? "\\s1\\sb240\\sa120\\keepn\\outlinelevel0 \\b\\fs36\\cf2 " : o.h2 ? "\\s2\\sb200\\sa80\\keepn\\outlinelevel1 \\b\\fs26\\cf2 " : o.small ? "\\fs18 " : "";
  const ps = [].concat(parts);
  body.push(`${PARA}${style}${runs(ps)}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${R()} \\par }`);
  out.push(ps.map((p) => (typeof p === "string" ? p : p.text)).join(""));
};
const withText = (f, text) => ({ ...f, text });

// a table: rows of cells; a cell is a string, or an array of strings joined by \line, or {merge: "first"|"rest", text}
const BRD = "\\brdrs\\brdrw10\\brdrcf3 ";
function table(rows, widths, o = {}) {
  const edges = widths.reduce((a, w) => [...a, (a.at(-1) ?? -108) + w], []);
  const rowProps = (cells, i) => `\\trowd \\irow${i}\\irowband${i}\\ltrrow\\ts11\\trgaph108\\trleft-108${o.ruled ? `\\trbrdrt${BRD}\\trbrdrl${BRD}\\trbrdrb${BRD}\\trbrdrr${BRD}\\trbrdrh${BRD}\\trbrdrv${BRD}` : ""} \\trftsWidth1\\trftsWidthB3\\trautofit1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddfr3\\tblrsid1447158\\tbllkhdrrows\\tbllklastrow\\tbllkhdrcols\\tbllklastcol\\tblind0\\tblindtype3 ` +
    cells.map((c, j) => `${c && c.merge === "first" ? "\\clmgf" : c && c.merge === "rest" ? "\\clmrg" : ""}\\clvertalt${o.ruled ? `\\clbrdrt${BRD}\\clbrdrl${BRD}\\clbrdrb${BRD}\\clbrdrr${BRD}` : "\\clbrdrt\\brdrtbl \\clbrdrl\\brdrtbl \\clbrdrb\\brdrtbl \\clbrdrr\\brdrtbl "}${(o.head && i === 0) || c?.shade ? "\\clcbpat4" : ""} \\cltxlrtb\\clftsWidth3\\clwWidth${widths[j]}\\clshdrawnil \\cellx${edges[j]}`).join("");
  const lines = [];
  for (const [i, r] of rows.entries()) {
    const cellsRtf = r.map((c) => {
      const bold = (o.head && i === 0) || (o.labels && r.indexOf(c) === 0) || c?.bold ? "\\b " : "";
      let inner;
      if (c && c.merge === "rest") inner = "";
      else if (c && c.merge === "first") inner = runs([c.text]);
      else if (Array.isArray(c)) inner = c.map((x) => runs([x])).join("{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\line }");
      else if (c && c.raw) inner = c.raw;
      else inner = runs([c]);
      return `\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa40\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 \\rtlch\\fcs1 \\af0\\afs20 \\ltrch\\fcs0 \\f0\\fs20\\lang2057 {${bold}${inner}}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${R()} \\cell }`;
    }).join("");
    const props = rowProps(r, i);
    lines.push(`${props}${cellsRtf}\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${R()} ${props}\\row }`);
    const textOf = (c) => (c && c.merge === "rest" ? null : c && c.merge === "first" ? c.text : Array.isArray(c) ? c.join(" ") : c && c.raw ? c.text : c);
    out.push(r.map(textOf).filter((x) => x !== null).join(" | "));
  }
  body.push(lines.join("\n"));
  body.push(`${PARA}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 ${R()} \\par }`);
}

// ------------------------------------------------------------------ the agenda
para(BOARD, { small: true });
para(BODY, { h1: true });
para("Agenda", { h2: true });
const dp = (name, value) => withText(field(`DOCPROPERTY  ${name}  \\\\* MERGEFORMAT`, value), value);
table([
  ["Date", dp("MeetingDate", "Thursday 21 January 2692")],
  ["Time", dp("MeetingTime", "10.30 am (members' pre-meeting at 10.00 am)")],
  ["Venue", dp("MeetingVenue", "Meeting Room 3, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams")],
  ["Contact", dp("ClerkName", `${O.ambrose.name}, ${O.ambrose.title}`)],
  ["Telephone", dp("ClerkPhone", O.ambrose.phone)],
  ["Email", dp("ClerkEmail", O.ambrose.email)],
  ["Published", dp("PublishedDate", "Wednesday 13 January 2692")],
], [1800, 7600], { labels: true });

para("Membership 2691/92", { h2: true });
// office holders first, then the rest alphabetically by surname, down the columns
const officeHolders = MEMBERS.slice(0, 3);
const rest = MEMBERS.slice(3).sort((a, b) => a.name.split(" ").at(-1).localeCompare(b.name.split(" ").at(-1)));
const roleOf = (m) => (m.pos === "Member" ? "" : ` (${m.pos.replace(/; .*/, "")})`);
const cell = (m) => [`Cllr ${m.name}${roleOf(m)}`, m.council];
const mRows = [officeHolders.map(cell)];
const nRows = Math.ceil(rest.length / 3);
for (let i = 0; i < nRows; i++) mRows.push([0, 1, 2].map((c) => rest[c * nRows + i]).map((m) => (m ? cell(m) : "")));
table(mRows, [3130, 3130, 3140]);
para(`Substitutes: ${SUBS.map((s) => `Cllr ${s.name} (${s.group})`).join(", ")}.`);
para("Quorum: four members.");

para("Items of business", { h2: true });
const pr = (bm, n) => withText(field(`PAGEREF ${bm} \\\\h`, n), n);
table([
  ["Item", "Title", "Lead officer", "Page"],
  [{ merge: "first", text: "Part 1 – open to the press and public", shade: true }, { merge: "rest" }, { merge: "rest" }, { merge: "rest" }],
  ["1", "Welcome, apologies and substitutes", "Chair", ""],
  ["2", "Declarations of interest", "Chair", ""],
  ["3", "Minutes of the meeting held on 19 November 2691", O.ambrose.name, pr("_Ref_Item3", "3")],
  ["4", `${PROGRAMME}: performance and risk, quarter 3 2691/92`, O.cosima.name, pr("_Ref_Item4", "9")],
  ["5", `${FUND}: round 2 awards (key decision; the Vice-Chair will chair this item)`, O.priyanka.name, pr("_Ref_Item5", "25")],
  ["6", "Young people and loneliness: deep dive on peer support (CCM-04)", O.lorcan.name, pr("_Ref_Item6", "37")],
  ["7", "Forward plan and dates of meetings", O.ambrose.name, pr("_Ref_Item7", "45")],
  [{ merge: "first", text: "Part 2 – exempt information (press and public excluded)", shade: true }, { merge: "rest" }, { merge: "rest" }, { merge: "rest" }],
  ["8", "Round 2 bid scoring detail (Appendix B to item 5)", O.priyanka.name, pr("_Ref_Item8", "49")],
], [800, 5000, 2600, 1000], { ruled: true, head: true });

para("Part 2: the press and public are likely to be excluded for item 8 because it involves exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person, including the authority holding that information).");
para("Members joining online will find the Microsoft Teams link in the calendar invitation. Members who cannot attend should tell the clerk and arrange for their named substitute to attend.");
para("Dates of future meetings", { h2: true });
para("Thursday 17 March 2692, 10.30 am, 18 Smith Square");
para("Thursday 16 June 2692, 10.30 am, 18 Smith Square (provisional)");

// ------------------------------------------------------------------ the file
const hex = (s) => Buffer.from(s, "utf8").toString("hex");
let seed = 2692;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const blob = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 256).toString(16).padStart(2, "0")).join("");
const wrap = (h) => h.match(/.{1,128}/g).join("\n");
const LATENT = ["Normal", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6", "heading 7", "heading 8", "heading 9", "index 1", "toc 1", "toc 2", "Normal Indent", "footnote text", "annotation text", "header", "footer", "caption", "Title", "Default Paragraph Font", "Subtitle", "Hyperlink", "Strong", "Emphasis", "Table Grid", "Placeholder Text", "No Spacing", "List Paragraph", "Quote", "Intense Quote"]
  .map((n, i) => `{\\lsdqformat1 \\lsdpriority${i < 10 ? 9 : 99} \\lsdlocked0 ${n};}`).join("");
const RTF = `{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff0\\deff0\\stshfdbch0\\stshfloch0\\stshfhich0\\stshfbi0\\deflang2057\\deflangfe1033\\themelang2057\\themelangfe0\\themelangcs0{\\fonttbl{\\f0\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020b0604020202020204}Arial;}{\\f1\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}
{\\f34\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02040503050406030204}Cambria Math;}{\\flomajor\\f31500\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}}
{\\colortbl;\\red0\\green0\\blue0;\\red31\\green59\\blue90;\\red128\\green128\\blue128;\\red220\\green230\\blue241;}{\\*\\defchp \\f0\\fs22\\lang2057\\langfe1033\\langfenp1033 }{\\*\\defpap \\ql \\li0\\ri0\\sa160\\sl259\\slmult1
\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 }\\noqfpromote {\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0
\\f0\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\snext0 \\sqformat \\spriority0 Normal;}{\\s1\\ql \\li0\\ri0\\sb240\\sa120\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\outlinelevel0\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs36\\alang1025 \\ltrch\\fcs0
\\b\\f0\\fs36\\cf2\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\sbasedon0 \\snext0 \\slink15 \\sqformat \\spriority9 heading 1;}{\\s2\\ql \\li0\\ri0\\sb200\\sa80\\keepn\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\outlinelevel1\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\ab\\af0\\afs26\\alang1025 \\ltrch\\fcs0
\\b\\f0\\fs26\\cf2\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\sbasedon0 \\snext0 \\slink16 \\sqformat \\spriority9 heading 2;}{\\*\\cs10 \\additive \\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}{\\*
\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\sa160\\sl259\\slmult1
\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1025 \\ltrch\\fcs0 \\f0\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\snext11 \\ssemihidden \\sunhideused Normal Table;}}
{\\*\\rsidtbl \\rsid1447158\\rsid2245919\\rsid3411860\\rsid5066913\\rsid7290473\\rsid9713256\\rsid12006651\\rsid14308002}{\\mmathPr\\mmathFont34\\mbrkBin0\\mbrkBinSub0\\msmallFrac0\\mdispDef1\\mlMargin0\\mrMargin0\\mdefJc1\\mwrapIndent1440\\mintLim0\\mnaryLim1}{\\info{\\title Agenda}{\\subject ${rtf(BODY)} 21 January 2692}{\\author ${rtf(O.ambrose.name)}}{\\operator ${rtf(O.ambrose.name)}}
{\\creatim\\yr2692\\mo1\\dy11\\hr14\\min2}{\\revtim\\yr2692\\mo1\\dy13\\hr9\\min41}{\\version6}{\\edmins48}{\\nofpages2}{\\nofwords412}{\\nofchars2350}{\\*\\company Communities and Wellbeing Board}{\\nofcharsws2756}{\\vern89}}{\\*\\userprops {\\propname MeetingDate}\\proptype30{\\staticval Thursday 21 January 2692}
{\\propname MeetingTime}\\proptype30{\\staticval 10.30 am (members' pre-meeting at 10.00 am)}{\\propname ClerkName}\\proptype30{\\staticval ${rtf(O.ambrose.name)}, ${rtf(O.ambrose.title)}}}{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}
\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\gutter0\\ltrsect
\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1\\relyonvml0\\donotembedlingdata0\\grfdocevents0\\validatexml1\\showplaceholdtext0\\ignoremixedcontent0\\saveinvalidxml0\\showxmlerrors1\\noxlattoyen
\\expshrtn\\noultrlspc\\dntblnsbdb\\nospaceforul\\formshade\\horzdoc\\dgmargin\\dghspace180\\dgvspace180\\dghorigin1134\\dgvorigin1134\\dghshow1\\dgvshow1
\\jexpand\\viewkind1\\viewscale100\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine\\htmautsp\\nolnhtadjtbl\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell\\allowfieldendsel\\wrppunct
\\asianbrkrule\\rsidroot1447158\\newtblstyruls\\nogrowautofit\\usenormstyforlist\\noindnmbrts\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp\\notbrkcnstfrctbl\\notvatxbx\\krnprsnet\\cachedcolbal \\nouicompat \\fet0
{\\*\\wgrffmtfilter 2450}\\nofeaturethrottle1\\ilfomacatclnup0\\ltrpar \\sectd \\ltrsect\\linex0\\headery567\\footery567\\endnhere\\sectlinegrid360\\sectdefaultcl\\sftnbj {\\headerr \\ltrpar \\pard\\plain \\ltrpar\\s17\\qr \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs16\\alang1025 \\ltrch\\fcs0
\\f0\\fs16\\cf3\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2245919 ${rtf(BODY)} \\'96 21 January 2692}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2245919 \\par }}{\\footerr \\ltrpar \\pard\\plain \\ltrpar\\s18\\qc \\li0\\ri0\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs16\\alang1025 \\ltrch\\fcs0
\\f0\\fs16\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 {\\field{\\*\\fldinst {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2245919  PAGE   \\\\* MERGEFORMAT }}{\\fldrslt {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\lang1024\\langfe1024\\noproof\\insrsid2245919 1}}}{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\insrsid2245919 \\par }}
{\\*\\pnseclvl1\\pnucrm\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}{\\*\\pnseclvl2\\pnucltr\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}
${body.join("\n")}
{\\*\\themedata ${wrap("504b030414000600080000002100" + blob(1400))}}
{\\*\\colorschememapping ${wrap(hex('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:clrMap xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'))}}
{\\*\\latentstyles\\lsdstimax376\\lsdlockeddef0\\lsdsemihiddendef0\\lsdunhideuseddef0\\lsdqformatdef0\\lsdprioritydef99${LATENT}}
{\\*\\datastore ${wrap("01050000020000001800000004d73786d6c322e534158584d4c5265616465722e362e3000000000000000000000060000" + blob(300))}}}
`;
writeFileSync(join(root, "docs", FILE), RTF, "latin1");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
