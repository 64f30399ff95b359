// Builds docs/owstg-membership-2386-87.rtf and its rendering in text/.
// Layout: A MEMBERSHIP LIST TYPED IN APPLE'S TEXTEDIT AND SAVED AS RICH TEXT, as macOS's Cocoa text system
// writes it (\cocoartf, \cocoatextscaling, \cocoaplatform, an \expandedcolortbl, \partightenfactor0):
// the members are an NSTextTable – every row a \trowd with \itap1, every cell a "\pard\intbl\itap1"
// paragraph ended by \cell, the last row \lastrow\row – with a header row, in the order the clerk typed
// them (BY COUNCIL, alphabetically, so the Chair is on the tenth row and the Vice-Chair on the third);
// the role and the lead-member area are columns of their own. A MEMBER WHO HAS LEFT IS STILL IN THE
// TABLE, HIS ROW STRUCK THROUGH (\strike\strikec0), explained only by a sentence under the table; his
// replacement's row says "(from 1 November 2386)". The named substitutes are a Cocoa bulleted list
// (\listtable with a {disc} level marker; each item's bullet in {\listtext \uc0\u8226 }); line ends are
// Cocoa's backslash-newline; accented letters as \'xx (Windows-1252).
// Rendering: the paragraphs in order; each table row one line, cells joined by " | "; list items
// without their bullets.
// Synthetic test fixture: every person and council is invented.
//   node src/build-membership-textedit-rtf.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, SHORT, PEOPLE, MEMBERS, SUBS, P, OFFICERS } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.membership;
const esc = (s) =>
  [...s].map((ch) => {
    if (ch === "\\" || ch === "{" || ch === "}") return "\\" + ch;
    const c = ch.codePointAt(0);
    if (c < 128) return ch;
    const b = iconv.encode(ch, "windows-1252");
    if (b.length === 1 && b[0] !== 0x3f) return "\\'" + b[0].toString(16).padStart(2, "0");
    return `\\uc0\\u${c} `;
  }).join("");

const out = [];
const text = [];
out.push(`{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822
\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fswiss\\fcharset0 Helvetica-Bold;\\f2\\fswiss\\fcharset0 Helvetica-Oblique;
}
{\\colortbl;\\red255\\green255\\blue255;\\red0\\green0\\blue0;\\red217\\green217\\blue217;}
{\\*\\expandedcolortbl;;\\cssrgb\\c0\\c0\\c0;\\csgray\\c87843;}
{\\*\\listtable{\\list\\listtemplateid1\\listhybrid{\\listlevel\\levelnfc23\\levelnfcn23\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace360\\levelindent0{\\*\\levelmarker \\{disc\\}}{\\leveltext\\leveltemplateid1\\'01\\uc0\\u8226 ;}{\\levelnumbers;}\\fi-360\\li720\\lin720 }{\\listname ;}\\listid1}}
{\\*\\listoverridetable{\\listoverride\\listid1\\listoverridecount0\\ls1}}
\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww15340\\viewh13560\\viewkind0
\\deftab720`);
const para = (s, o = {}) => {
  out.push(`\\pard\\pardeftab720\\partightenfactor0\n\n\\f${o.b ? 1 : o.i ? 2 : 0}\\${o.b ? "b" : "b0"}\\${o.i ? "i" : "i0"}\\fs${o.fs ?? 24} \\cf0 ${esc(s)}\\`);
  if (s) text.push(s);
};
const W = [2700, 2900, 1500, 1900, 2300];
let x = 0;
const CELLX = W.map((w) => (x += w));
const row = (cells, o = {}) => {
  const defs = CELLX.map((cx, k) => `\\clvertalc \\clshdrawnil ${o.head ? "\\clcbpat3 " : ""}\\clwWidth${W[k]}\\clftsWidth3 \\clbrdrt\\brdrs\\brdrw20\\brdrcf2 \\clbrdrl\\brdrs\\brdrw20\\brdrcf2 \\clbrdrb\\brdrs\\brdrw20\\brdrcf2 \\clbrdrr\\brdrs\\brdrw20\\brdrcf2 \\clpadl100 \\clpadr100 \\gaph\\cellx${cx}`).join("\n");
  out.push(`\\itap1\\trowd \\taflags1 \\trgaph108\\trleft-108 \\trbrdrt\\brdrnil \\trbrdrl\\brdrnil \\trbrdrr\\brdrnil \n${defs}`);
  cells.forEach((c, i) => {
    const fmt = `\\f${o.head ? 1 : 0}\\${o.head ? "b" : "b0"}\\fs22 \\cf0 ${o.strike ? "\\strike \\strikec0 " : ""}`;
    out.push(`\\pard\\intbl\\itap1\\pardeftab720\\partightenfactor0\n\n${fmt}${esc(c)}${o.strike ? "\\strike0\\striked0 " : ""}\\cell ${i === cells.length - 1 ? (o.last ? "\\lastrow\\row" : "\\row") : ""}`);
  });
  text.push(cells.filter((c) => c !== "").join(" | "));
};

para(`${BODY} (${SHORT})`, { b: true, fs: 32 });
para("Membership 2386/87", { b: true, fs: 26 });
para(`Updated 28 November 2386 by ${OFFICERS.jude.name}. Members are listed by council.`, { i: true, fs: 22 });
para("");
const list = [...MEMBERS, P.garside].sort((a, b) => a.council.localeCompare(b.council) || (a.left ? -1 : 1));
row(["Member", "Council", "Political group", "Task Group role", "Lead member for"], { head: true });
list.forEach((p, i) => {
  const role = p.left ? `Member (until ${p.left})` : p.from ? `Member (from ${p.from})` : p.role;
  row([p.cllr, p.council, p.group, role, p.lead ?? ""], { strike: !!p.left, last: i === list.length - 1 });
});
out.push("\\pard\\pardeftab720\\partightenfactor0\n\\cf0 \\");
para(`Names struck through have left the Task Group. ${P.merryweather.cllr} replaced ${P.garside.cllr} as the member for ${P.garside.council} from ${P.merryweather.from}.`, { fs: 22 });
para("");
para("Named substitutes", { b: true, fs: 26 });
for (const s of SUBS) {
  const t = `${s.cllr} (${s.group}, ${s.council}) – may substitute for any ${s.group} member`;
  out.push(`\\pard\\tx220\\tx720\\pardeftab720\\li720\\fi-720\\partightenfactor0\n\\ls1\\ilvl0\n\\f0\\b0\\i0\\fs22 \\cf0 {\\listtext\t\\uc0\\u8226 \t}${esc(t)}\\`);
  text.push(t);
}
para("");
para("Quorum: four voting members present in the room. Members joining on Teams may speak but not vote.", { fs: 22 });
para(`Substitutes: tell the clerk by 5pm on the working day before the meeting (${OFFICERS.jude.name}, ${OFFICERS.jude.phone}, ${OFFICERS.jude.email}).`, { fs: 22 });
out.push("}");

writeFileSync(join(root, "docs", FILE), Buffer.from(out.join("\n"), "latin1"));
writeFileSync(join(root, "text", basename(FILE, extname(FILE)) + ".txt"), text.join("\n") + "\n");
console.log("wrote", FILE);
