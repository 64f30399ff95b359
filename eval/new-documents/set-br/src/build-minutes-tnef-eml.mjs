// Builds docs/pptg-draft-minutes-2327-10-13-email-winmail.eml and its rendering in text/.
// Layout: AN E-MAIL SENT FROM OUTLOOK IN RICH TEXT FORMAT TO A DISTRIBUTION LIST, AS A MAIL SYSTEM THAT IS
// NOT OUTLOOK RECEIVES IT: Exchange has wrapped the message in Transport Neutral Encapsulation Format, so
// the MIME message has only two parts – a short text/plain part (the covering note, quoted-printable,
// Windows-1252) and an application/ms-tnef part named "winmail.dat" (base64) – and THE MINUTES
// THEMSELVES, SENT AS AN ATTACHED RTF FILE, EXIST ONLY INSIDE winmail.dat. The TNEF stream (signature
// 0x223E9F78, a legacy key, then attributes each with a level, an id, a length, the data and a checksum)
// carries the message class, subject and dates, the message's MAPI properties – among them
// PR_RTF_COMPRESSED, the covering note again as RTF, stored uncompressed ("MELA") – and one attachment:
// attAttachRendData, an 8.3 title "PPTGDR~1.RTF", attAttachData (the file's bytes) and attAttachment (MAPI
// properties with the long file name "PPTG draft minutes 13 October 2327.rtf" and the MIME tag). The RTF is
// Word's: a font table, a colour table, a style sheet, an rsid table, an info group, \rtlch\fcs1 noise on
// every run, Windows-1252 characters as \'hh escapes (£ is \'a3, the dash \'96), and tables as \trowd …
// \cell … \row (the row definition repeated inside the row's group). Inside: the title, a DRAFT line,
// attendance as labelled paragraphs, nine items with hand-numbered paragraphs and RESOLVED blocks with
// typed (a)–(c) lines, and an actions table Ref | Minute | Action | Owner | Due. Exchange headers
// (Received, Thread-Index, X-MS-Has-Attach, X-MS-TNEF-Correlator) above.
// Rendering: the From, To, CC, Subject and Date headers, the covering note's lines, the attachment's long
// file name, then the minutes a paragraph or table row a line (cells " | ").
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-tnef-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, BOARD, FUND, PARTNER, ROOM, OFFICERS as O, GUEST, P, cllr, full, OCT, JUNE_OPEN, OCT_ACTIONS, MEASURES, ROUND1, ROUND1_COUNCILS, ROUND2, THRESHOLD, CAP, CAMPAIGN_LIMIT, SURVEY, COMMENCE, gbp } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));
const out = [];

// ---------------------------------------------------------------- the minutes (RTF, as Word writes it)
const esc = (s) => {
  let r = "";
  for (const ch of s) {
    if (ch === "\\" || ch === "{" || ch === "}") r += "\\" + ch;
    else if (ch.charCodeAt(0) < 128) r += ch;
    else {
      const b = iconv.encode(ch, "windows-1252");
      if (b.length === 1 && b[0] !== 0x3f) r += "\\'" + b[0].toString(16).padStart(2, "0");
      else r += `\\u${ch.charCodeAt(0)}\\'3f`;
    }
  }
  return r;
};
let rsid = 4719318;
const runs = (t, o = {}) => `{\\rtlch\\fcs1 \\af31507${o.b ? "\\ab" : ""} \\ltrch\\fcs0 ${o.b ? "\\b" : ""}${o.color ? "\\cf" + o.color : ""}${o.fs ? "\\fs" + o.fs : ""}\\insrsid${rsid} ${esc(t)}}`;
const PPR = "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af31507\\afs22\\alang1025 \\ltrch\\fcs0 \\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 ";
const body = [];
const para = (t, o = {}) => { body.push(`${PPR.replace("\\li0", o.indent ? "\\li567" : "\\li0").replace("\\lin0", o.indent ? "\\lin567" : "\\lin0")}${o.style ? "\\s" + o.style + " " : ""}${runs(t, o)}{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid${rsid} \\par }\n`); out.push(t); };
// a labelled paragraph: bold label, ordinary text (a line of the rendering as printed)
const lpara = (label, t) => { body.push(`${PPR}${runs(label, { b: true })}${runs(t)}{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid${rsid} \\par }\n`); out.push(label + t); };
const table = (rows, widths) => {
  let x = 0;
  const def = `\\trowd \\irow0\\irowband0\\ltrrow\\ts11\\trgaph108\\trleft-108\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 \\trftsWidth1\\trftsWidthB3\\trautofit1\\trpaddl108\\trpaddr108\\tblrsid${rsid}\\tbllkhdrrows\\tbllklastrow\\tbllkhdrcols\\tbllklastcol \\tblind0\\tblindtype3 `
    + widths.map((w) => `\\clvertalt\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 \\cltxlrtb\\clftsWidth3\\clwWidth${w}\\clshdrawnil \\cellx${(x += w) - 108}`).join("");
  rows.forEach((r, i) => {
    body.push(def.replace("\\irow0\\irowband0", `\\irow${i}\\irowband${i}`) + r.map((c) => `\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 \\rtlch\\fcs1 \\af31507\\afs20\\alang1025 \\ltrch\\fcs0 \\fs20\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 ${runs(c, { b: i === 0 })}{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid${rsid} \\cell }`).join("")
      + `\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 {\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid${rsid} ${def}\\row }\n`);
    out.push(r.filter((c) => c !== "").join(" | "));
  });
  body.push(`${PPR}{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid${rsid} \\par }\n`);
};
const heading = (t) => { rsid += 137; para(t, { b: true, fs: 24, style: 2 }); };

const ml = (k) => `${cllr(k)}${P[k].role === "Chair" ? " (Chair)" : P[k].role === "Vice-Chair" ? " (Vice-Chair)" : P[k].role === "Deputy Chair" ? " (Deputy Chair)" : ""}${OCT.online.includes(k) ? " (by video link)" : ""}`;
para(BODY, { b: true, fs: 32, style: 1 });
para("Draft minutes of the meeting held on Thursday 13 October 2327 at 10:30 in " + ROOM);
para("DRAFT – not yet approved by the Task Group", { b: true, color: 2 });
lpara("Members present: ", OCT.present.map(ml).join(", "));
lpara("Substitute: ", `${cllr(OCT.sub.k)} (for ${cllr(OCT.sub.for)})`);
lpara("Apologies: ", OCT.apologies.map(cllr).join(", "));
lpara("Officers: ", OCT.officers.map((k) => `${O[k].name} (${O[k].post})`).join(", "));
lpara("Also present: ", `${GUEST.name} (${GUEST.post}) for item 6`);

heading("1. Welcome, apologies, substitutions and declarations of interest");
para(`1.1 The Chair welcomed ${cllr("rudgewick")} (Cradlestone Borough Council) to her first meeting. She replaced ${cllr("limbrick")}, who stood down from the Task Group on 31 August 2327.`);
para(`1.2 Apologies were received from ${cllr("whitelegg")} and ${cllr("braddick")}. ${cllr("scarrott")} attended as substitute for ${cllr("whitelegg")}.`);
para(`1.3 ${cllr("mabbitt")} declared an interest in item 4 as Tarnwell Borough Council intends to bid in round 2 of the ${FUND}. He took part in the discussion of the timetable only.`);
para(`1.4 ${cllr("loxam")} declared an interest in item 6 as a member of the ${PARTNER}'s advisory panel.`);

heading("2. Minutes of the meeting of 16 June 2327 and actions");
para("2.1 The minutes of the meeting held on 16 June 2327 were agreed as a correct record.");
para(`2.2 Of the six actions from 16 June 2327 (PKA-01 to PKA-06), four are complete. Two remain open: PKA-04, the Chair's letter to the Department for Transport asking for the commencement guidance, sent on 4 July 2327, to which no reply has been received; and PKA-06, appointing an agency for the public awareness campaign, delayed because the preferred agency withdrew (see minute 7).`);

heading("3. Performance at quarter 2 2327/28");
para(`3.1 ${O.cantrill.name} introduced the report on the eight measures of the Clear Pavements Programme at quarter 2 (to 30 September 2327): three on track, two at risk, two off track and one achieved.`);
para(`3.2 Members were most concerned about CPM-03: only 210 exemption orders had been made against a target of 900 by 31 March 2328, because councils are short of legal capacity. ${cllr("nettlefold")} noted that awareness of the prohibition (CPM-07) was 39% against 60%, and that the campaign had not started.`);
para("RESOLVED that the Task Group:", { b: true });
para("(a) notes the performance at quarter 2;", { indent: true });
para(`(b) asks ${O.pybus.name} and ${cllr("loxam")}, lead member for exemptions and signing, to bring a recovery plan for exemption orders to the meeting on 8 December 2327.`, { indent: true });

heading(`4. ${FUND}: round 1 progress and round 2`);
para(`4.1 ${O.pybus.name} reported that the eight councils awarded ${gbp(ROUND1)} in round 1 had surveyed 3,900 streets by 30 September 2327.`);
para(`4.2 Members agreed that round 2 should close in time for awards before Christmas, so that councils can make exemption orders before the prohibition starts on ${COMMENCE}.`);
para("RESOLVED that the Task Group:", { b: true });
para(`(a) opens round 2 of the Fund, of ${gbp(ROUND2)}, for bids from Monday 17 October to Monday 14 November 2327;`, { indent: true });
para(`(b) sets a maximum award of ${gbp(CAP)} a council and a threshold score of ${THRESHOLD} out of 100;`, { indent: true });
para("(c) will decide the round 2 awards at its meeting on 8 December 2327.", { indent: true });

heading("5. A national signing standard");
para(`5.1 ${cllr("loxam")} introduced the proposal for one national standard for the signs that mark prohibition zones and exempt lengths, so that drivers see the same signs in every council.`);
para("RESOLVED that the Task Group:", { b: true });
para("(a) holds a workshop with highway authorities on Tuesday 8 November 2327 to test the sign types;", { indent: true });
para("(b) asks officers to bring a draft standard to the meeting on 8 December 2327.", { indent: true });

heading(`6. Presentation: the ${PARTNER}`);
para(`6.1 ${GUEST.name}, ${GUEST.post}, presented the Alliance's 2326 survey. Of ${SURVEY.members} members who answered, ${SURVEY.forced} said a car parked on the pavement had forced them into the road in the last month, and ${SURVEY.stayed} had stayed at home rather than risk it.`);
para("6.2 She asked that exempt lengths never leave less than 1.5 metres of clear footway. The Chair thanked her and asked for the survey report to be circulated.");

heading("7. Public awareness campaign");
para("7.1 The preferred agency withdrew in September, and the campaign cannot now be procured in time for a meeting decision. Waiting until December would put back the launch before the prohibition starts.");
para("RESOLVED that the Task Group:", { b: true });
para(`(a) delegates to the Chair, after consulting the Vice-Chair, the award of the contract for the public awareness campaign, up to ${gbp(CAMPAIGN_LIMIT)};`, { indent: true });
para("(b) asks for the decision to be reported to the next meeting.", { indent: true });

heading("8. Any other business");
para(`8.1 ${cllr("snelgrove")}, lead member for enforcement, reported that Ostwick Borough Council will host the first regional training day for civil enforcement officers on Thursday 24 November 2327. Lead members are invited.`);

heading("9. Date of the next meeting");
para(`9.1 Thursday 8 December 2327 at 10:30, ${ROOM}.`);

heading("Actions");
table([["Ref", "Minute", "Action", "Owner", "Due"], ...OCT_ACTIONS.map((a) => [a.ref, a.min, a.action, O[a.owner].name, a.due.split("-").reverse().join("/")])], [900, 900, 4300, 1900, 1300]);

const RTF = `{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff31507\\deff0\\stshfdbch31505\\stshfloch31506\\stshfhich31506\\stshfbi31507\\deflang2057\\deflangfe1033\\themelang2057\\themelangfe0\\themelangcs0{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}{\\f34\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020b0604020202020204}Arial;}{\\flomajor\\f31500\\fbidi \\froman\\fcharset0\\fprq2 Times New Roman;}{\\fbimajor\\f31507\\fbidi \\froman\\fcharset0\\fprq2 Times New Roman;}}
{\\colortbl;\\red0\\green0\\blue0;\\red192\\green0\\blue0;\\red68\\green114\\blue196;}
{\\*\\defchp \\fs22\\lang2057\\langfe1033\\langfenp1033 }{\\*\\defpap \\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 }
{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af31507\\afs22\\alang1025 \\ltrch\\fcs0 \\f34\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\snext0 \\sqformat \\spriority0 Normal;}{\\s1\\ql \\li0\\ri0\\sb240\\keepn\\widctlpar\\outlinelevel0 \\b\\fs32 \\sbasedon0 \\snext0 \\sqformat \\spriority9 heading 1;}{\\s2\\ql \\li0\\ri0\\sb120\\keepn\\widctlpar\\outlinelevel1 \\b\\fs24 \\sbasedon0 \\snext0 \\sqformat \\spriority9 heading 2;}{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\sa160\\sl259\\slmult1 \\fs22\\lang2057 \\snext11 \\ssemihidden \\sunhideused Normal Table;}}
{\\*\\rsidtbl \\rsid4719318\\rsid4719455\\rsid4719592\\rsid4719729\\rsid4719866\\rsid4720003\\rsid4720140\\rsid4720277\\rsid4720414\\rsid4720551}{\\mmathPr\\mmathFont34\\mbrkBin0\\mbrkBinSub0\\msmallFrac0\\mdispDef1\\mlMargin0\\mrMargin0\\mdefJc1\\mwrapIndent1440\\mintLim0\\mnaryLim1}
{\\info{\\title ${esc(BODY)} - draft minutes 13 October 2327}{\\author ${esc(O.fairlamb.name)}}{\\operator ${esc(O.fairlamb.name)}}{\\creatim\\yr2327\\mo10\\dy14\\hr9\\min12}{\\revtim\\yr2327\\mo10\\dy18\\hr15\\min48}{\\version4}{\\edmins51}{\\nofpages2}{\\nofwords1264}{\\nofchars7208}{\\*\\company Local Government Association}{\\nofcharsws8410}{\\vern119}}
{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1440\\margb1440\\gutter0\\ltrsect
\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1\\relyonvml0\\donotembedlingdata0\\grfdocevents0\\validatexml1\\showplaceholdtext0\\ignoremixedcontent0\\saveinvalidxml0\\showxmlerrors1\\noxlattoyen\\expshrtn\\noultrlspc\\dntblnsbdb\\nospaceforul\\formshade\\horzdoc\\dgmargin\\dghspace180\\dgvspace180\\dghorigin1440\\dgvorigin1440\\dghshow1\\dgvshow1\\jexpand\\viewkind1\\viewscale100\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine\\htmautsp\\nolnhtadjtbl\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell\\allowfieldendsel\\wrppunct\\asianbrkrule\\rsidroot4719318\\newtblstyruls\\nogrowautofit\\usenormstyforlist\\noindnmbrts\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp\\notbrkcnstfrctbl\\notvatxbx\\krnprsnet\\cachedcolbal \\nouicompat \\fet0
{\\*\\wgrffmtfilter 2450}\\nofeaturethrottle1\\ilfomacatclnup0\\ltrpar \\sectd \\ltrsect\\linex0\\headery708\\footery708\\colsx708\\endnhere\\sectlinegrid360\\sectdefaultcl\\sftnbj
${body.join("")}}`;
const rtfBytes = iconv.encode(RTF, "windows-1252");

// ---------------------------------------------------------------- the covering note (plain text and RTF)
const NOTE = [
  "Dear members,",
  `Please find attached the draft minutes of the ${BODY} meeting held on Thursday 13 October 2327, with the action log at the end. They will be submitted for approval at the next meeting on Thursday 8 December 2327.`,
  "If you have any corrections, please send them to me by Friday 28 October 2327.",
  "Kind regards",
  O.fairlamb.name,
  `${O.fairlamb.post} | Local Government Association`,
  `18 Smith Square, London SW1P 3HZ | ${O.fairlamb.phone}`,
];
const NOTE_RTF = `{\\rtf1\\ansi\\ansicpg1252\\fbidis \\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fmodern Courier New;}{\\f2\\fnil\\fcharset2 Symbol;}}{\\colortbl\\red0\\green0\\blue0;\\red5\\green99\\blue193;}\n\\uc1\\pard\\plain\\deftab360 \\f0\\fs22 ${NOTE.map((l) => esc(l) + "\\par").join("\n")}\n}`;
const noteRtfBytes = iconv.encode(NOTE_RTF, "windows-1252");

// ---------------------------------------------------------------- TNEF (winmail.dat)
const u16 = (n) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };
const sz = (s) => Buffer.concat([iconv.encode(s, "windows-1252"), Buffer.from([0])]);
const attr = (level, id, data) => {
  let sum = 0;
  for (const x of data) sum = (sum + x) & 0xffff;
  return Buffer.concat([Buffer.from([level]), u32(id), u32(data.length), data, u16(sum)]);
};
const dtr = (y, mo, d, h, mi, s) => Buffer.concat([y, mo, d, h, mi, s, new Date(Date.UTC(y, mo - 1, d)).getUTCDay()].map(u16));
const pad4 = (b) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
const prop = (type, id, value) => {
  const head = Buffer.concat([u16(type), u16(id)]);
  if (type === 0x0003 || type === 0x000b) return Buffer.concat([head, u32(value)]);
  const v = Buffer.isBuffer(value) ? value : sz(value);
  return Buffer.concat([head, u32(1), u32(v.length), pad4(v)]);
};
const props = (list) => Buffer.concat([u32(list.length), ...list]);
// compressed RTF, stored uncompressed ("MELA")
const mela = (raw) => Buffer.concat([u32(raw.length + 12), u32(raw.length), Buffer.from("MELA", "latin1"), u32(0), raw]);
const SUBJECT = "PPTG - draft minutes of 13 October 2327 and action log";
const LONG = "PPTG draft minutes 13 October 2327.rtf";
const tnef = Buffer.concat([
  u32(0x223e9f78), u16(0x6c21),
  attr(1, 0x00089006, u32(0x00010000)), // attTnefVersion
  attr(1, 0x00069007, Buffer.concat([u32(1252), u32(0)])), // attOemCodepage
  attr(1, 0x00078008, sz("IPM.Microsoft Mail.Note")), // attMessageClass
  attr(1, 0x0004800d, u16(2)), // attPriority: normal
  attr(1, 0x00018004, sz(SUBJECT)), // attSubject
  attr(1, 0x00038005, dtr(2327, 10, 18, 15, 22, 5)), // attDateSent
  attr(1, 0x00038006, dtr(2327, 10, 18, 15, 22, 7)), // attDateRecd
  attr(1, 0x00018009, sz("00000000A1C3D5E7F90B1D3F5A7C9E0B2D4F6A8C")), // attMessageID
  attr(1, 0x00069003, props([ // attMsgProps
    prop(0x000b, 0x0e1f, 1), // PR_RTF_IN_SYNC
    prop(0x0003, 0x3fde, 1252), // PR_INTERNET_CPID
    prop(0x0102, 0x1009, mela(noteRtfBytes)), // PR_RTF_COMPRESSED
  ])),
  attr(2, 0x00069002, Buffer.concat([u16(1), u32(0xffffffff), u16(0xffff), u16(0xffff), u32(0)])), // attAttachRendData
  attr(2, 0x00018010, sz("PPTGDR~1.RTF")), // attAttachTitle
  attr(2, 0x00038012, dtr(2327, 10, 14, 9, 12, 0)), // attAttachCreateDate
  attr(2, 0x00038013, dtr(2327, 10, 18, 15, 48, 0)), // attAttachModifyDate
  attr(2, 0x0006800f, rtfBytes), // attAttachData
  attr(2, 0x00069005, props([ // attAttachment
    prop(0x0003, 0x3705, 1), // PR_ATTACH_METHOD: by value
    prop(0x001e, 0x3707, LONG), // PR_ATTACH_LONG_FILENAME
    prop(0x001e, 0x3001, LONG), // PR_DISPLAY_NAME
    prop(0x001e, 0x3703, ".rtf"), // PR_ATTACH_EXTENSION
    prop(0x001e, 0x370e, "application/rtf"), // PR_ATTACH_MIME_TAG
    prop(0x0003, 0x0e20, rtfBytes.length), // PR_ATTACH_SIZE
  ])),
]);

// ---------------------------------------------------------------- the MIME message
const qp = (s) => {
  const bytes = iconv.encode(s, "windows-1252");
  const lines = [];
  let line = "";
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x0a) { lines.push(line); line = ""; continue; }
    if (c === 0x0d) continue;
    const next = bytes[i + 1];
    let e = (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && next !== 0x0a && next !== undefined) ? String.fromCharCode(c) : "=" + c.toString(16).toUpperCase().padStart(2, "0");
    if (line.length + e.length > 75) { lines.push(line + "="); line = ""; }
    line += e;
  }
  lines.push(line);
  return lines.join("\r\n");
};
const b64 = (b) => b.toString("base64").replace(/.{76}/g, "$&\r\n");
const FROM = `"Fairlamb, Ebenezer" <${O.fairlamb.email}>`;
const TO = "PPTG Members <pptg-members@local.gov.uk>";
const CC = `"Cantrill, Aurelia" <${O.cantrill.email}>, "Pybus, Kwabena" <${O.pybus.email}>, "Lumsdaine, Gareth" <${O.lumsdaine.email}>`;
const DATE = "Tue, 18 Oct 2327 15:22:05 +0000";
const BOUND = "_000_LO2P265MB44170A9C3E5D7F1B2C4D6E8FA0B2LO2P265MB4417GBRP_";
const CORR = "<LO2P265MB44170A9C3E5D7F1B2C4D6E8FA0B2@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>";
const eml = [
  "Received: from LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1b2::14) by",
  " LO4P265MB6022.GBRP265.PROD.OUTLOOK.COM with HTTPS; Tue, 18 Oct 2327 15:22:07",
  " +0000",
  `From: ${FROM}`,
  `To: ${TO}`,
  `CC: ${CC}`,
  `Subject: ${SUBJECT}`,
  `Thread-Topic: ${SUBJECT}`,
  "Thread-Index: AdsK9mQ1bC3xYv7pTgmW0q2N8eLhFw==",
  `Date: ${DATE}`,
  `Message-ID: ${CORR}`,
  "Accept-Language: en-GB, en-US",
  "Content-Language: en-GB",
  "X-MS-Has-Attach: yes",
  `X-MS-TNEF-Correlator: ${CORR}`,
  "MIME-Version: 1.0",
  `Content-Type: multipart/mixed;`,
  `\tboundary="${BOUND}"`,
  "",
  `--${BOUND}`,
  'Content-Type: text/plain; charset="Windows-1252"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  qp(NOTE.join("\n\n") + "\n"),
  "",
  `--${BOUND}`,
  'Content-Type: application/ms-tnef; name="winmail.dat"',
  "Content-Transfer-Encoding: base64",
  'Content-Disposition: attachment; filename="winmail.dat"',
  "",
  b64(tnef),
  "",
  `--${BOUND}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", FILE), eml, "latin1");

const text = [`From: ${FROM}`, `To: ${TO}`, `CC: ${CC}`, `Subject: ${SUBJECT}`, `Date: ${DATE}`, ...NOTE, "winmail.dat", LONG, ...out].join("\n") + "\n";
writeFileSync(join(root, "text", BASE + ".txt"), text);
console.log(`wrote docs/${FILE} (TNEF ${tnef.length} bytes, RTF ${rtfBytes.length} bytes)`);
