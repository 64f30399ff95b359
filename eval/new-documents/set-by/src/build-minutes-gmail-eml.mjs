// Builds docs/dwbtg-draft-minutes-2471-12-09.eml and its rendering in text/.
// Layout: A GMAIL (GOOGLE WORKSPACE) MESSAGE, DOWNLOADED WITH "Download message" AS .eml, WHOSE BODY IS THE
// DRAFT MINUTES PASTED IN FROM A GOOGLE DOC AND THE ACTION LOG PASTED IN FROM A GOOGLE SHEET: the clerk's
// message of 16 December 2471 to the members, copied to the officers. Gmail's MIME: a "@mail.gmail.com"
// Message-ID, multipart/alternative with a 28-digit boundary, BOTH PARTS UTF-8 QUOTED-PRINTABLE ("–" is
// =E2=80=93, soft line breaks at 76 columns). The HTML part is Gmail's (<div dir="ltr">, a <div> per line,
// <div><br></div> for blank lines, a "gmail_signature" block after "-- "), holding:
//  - THE GOOGLE DOCS CLIPBOARD: everything wrapped in <b style="font-weight:normal"
//    id="docs-internal-guid-…"> (a bold tag that is not bold), every paragraph a <p dir="ltr"> of inline-
//    styled <span>s (bold only as "font-weight:700" in a style attribute), the attendance a borderless
//    Docs table inside <div dir="ltr" align="left">, and THE MINUTES' ITEM HEADINGS AN AUTOMATIC NUMBERED
//    LIST INTERRUPTED BY THE PARAGRAPHS UNDER THEM, so each heading is an <ol> of one <li> and ITS NUMBER
//    EXISTS ONLY AS THE LIST'S POSITION – the first <ol> has none, the others start="2" … start="9" – while
//    the paragraphs under them carry typed numbers ("5.3" and a tab);
//  - THE GOOGLE SHEETS CLIPBOARD for the action log: <google-sheets-html-origin>, a <style> in a comment,
//    a <table data-sheets-root="1"> whose cells carry their VALUES AS JSON IN data-sheets-value ATTRIBUTES
//    ({"1":2,"2":"DWB-27"} for text, {"1":3,"3":208989} for a number) and the date format in
//    data-sheets-numberformat, the SHOWN TEXT OF A DATE ONLY "09-Mar-72" (the sheet's dd-mmm-yy format; the
//    full date only as a serial day number in the attribute), "wrap-strategy:4" on wrapped cells, EMPTY
//    CELLS AS EMPTY <td>s, and THE STATUS COLOURED BY THE SHEET'S CONDITIONAL FORMATTING (Sheets' preset
//    fills: green #b7e1cd "Complete", yellow #fce8b2 "Open", red #f4c7c3 "Overdue").
// The text/plain part is Gmail's own rendering of the HTML: a line per <div> or paragraph, LIST ITEMS AS
// "   5. " (the only place the item numbers are written), <b> as *asterisks*, table rows as cells separated
// by tabs, the signature after "-- ".
// Rendering: the From / To / Cc / Date / Subject lines, then the body as the mail client shows it: each
// line or paragraph a line, an item heading with its list number ("5. Stove Swap Fund …"), table rows as
// cells joined by " | ", empty cells left out.
// Synthetic test fixture: every person, council, figure and decision is invented.
//   node src/build-minutes-gmail-eml.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, DOCS, BODY, SHORT, FUND, ROOM, OFFICERS as O, GUEST, P, cllr, PRESENT, ONLINE, SUB, APOLOGIES, ACTIONS, ROUND1, ROUND2, THRESHOLD, MEASURES, byQ, gbp } from "./common.mjs";

const iconv = requireMain("iconv-lite");
const FILE = DOCS.minutes;
const BASE = basename(FILE, extname(FILE));

// ---------------------------------------------------------------- the message, as blocks
// where: "mail" typed in Gmail, "doc" pasted from the Google Doc, "sheet" pasted from the Google Sheet
const B = [];
const mail = (text, o = {}) => B.push({ t: "mail", text, ...o });
const dp = (text, o = {}) => B.push({ t: "doc", text, ...o });
const item = (num, text) => B.push({ t: "item", num, text });
const sub = (num, text) => B.push({ t: "sub", num, text });
const who = (k, extra = "") => `${cllr(k)}${extra} (${P[k].group}, ${P[k].council})`;

mail("Dear all,");
mail("");
mail(`Please find below the draft minutes of the ${BODY} meeting held on Wednesday 9 December 2471, with the updated action log pasted at the end. Dr Lindores’s slides were sent separately on Monday 14 December.`);
mail("");
mail("If you have any corrections, please let me know by Friday 8 January 2472. The minutes will then go to the next meeting for approval.");
mail("");
mail("Kind regards,");
mail("Benedikt");
mail("");
dp("DRAFT – NOT YET APPROVED", { bold: true, colour: "#c00000" });
dp(BODY, { bold: true, size: 14 });
dp(`Minutes of the meeting held on Wednesday 9 December 2471 at 10.30am in ${ROOM}, and on Microsoft Teams`, { bold: true });
const roleOf = (k) => (["Chair", "Vice-Chair", "Deputy Chair"].includes(P[k].role) ? ` (${P[k].role})` : "");
B.push({ t: "att", rows: [
  ["Present:", PRESENT.map((k) => who(k, roleOf(k)) + (ONLINE.includes(k) ? " – online" : "")).join("; ")],
  ["Substitute:", `${who(SUB.k)} for ${cllr(SUB.for)}`],
  ["Apologies:", APOLOGIES.map((k) => cllr(k)).join(", ")],
  ["Officers:", ["ainsworth", "emmerson", "hargreaves", "rothery"].map((k) => `${O[k].name} (${O[k].post})`).join("; ")],
  ["In attendance:", `${GUEST.name} (${GUEST.post}), for item 7`],
] });

const q2 = (r) => byQ(1, r).length;
const W = ["none", "one", "two", "three", "four", "five"];
item(1, "Welcome, apologies and substitutes");
sub("1.1", `The Chair welcomed members and ${GUEST.name}. Apologies were received from ${cllr("sillitoe")}, for whom ${cllr("daintith")} substituted, and from ${cllr("talbot")}. ${cllr("hambleden")} joined on Teams.`);
sub("1.2", `The Chair said that this was ${cllr("lambourne")}’s last meeting, as he would stand down from the Task Group on 31 December 2471, and thanked him for his work on the smoke control area maps.`);
item(2, "Declarations of interest");
sub("2.1", `${cllr("chisnall")} declared an interest in item 5 as a board member of Wickenfold Homes, a housing association taking part in Wickenfold Borough Council’s round 1 project. He took no part in the discussion of the Wickenfold project.`);
sub("2.2", `${cllr("veasey")} declared an interest in item 6 because her partner runs a chimney sweeping business in Crayminster that is listed in the Burn Better campaign’s directory of sweeps.`);
item(3, "Minutes of the last meeting and action log");
sub("3.1", "The minutes of the meeting held on 16 September 2471 were agreed as a correct record.");
sub("3.2", "Of the seven actions from September (DWB-24 to DWB-30), five were complete. DWB-27, the smoke control area maps, was overdue: three councils had still to publish an up-to-date map, and the new date is 29 January 2472. DWB-29, the letters to fuel retailers, was under way, with 212 of 340 letters sent.");
item(4, "Cleaner Home Heating Programme: performance at quarter 2");
sub("4.1", `${O.ainsworth.name} introduced the quarter 2 report (to 30 September 2471). Of the nine measures, ${W[q2("Green")]} were green, ${W[q2("Amber")]} amber and one (the Burn Better campaign’s reach) not yet due; none was red.`);
sub("4.2", "Members were concerned that the share of smoke complaints investigated within 10 working days had fallen from 92% to 87%, and asked whether councils had the enforcement officers they needed for the winter.");
sub("4.3", "RESOLVED that the Task Group (a) notes performance at quarter 2; and (b) asks the Senior Adviser, Air Quality and Regulation, for a note on enforcement capacity in the 12 councils by 29 January 2472.");
item(5, `${FUND}: round 1 progress and round 2`);
sub("5.1", `${O.hargreaves.name} reported that all six round 1 councils had signed their grant agreements by 27 October 2471 and that 410 households had swapped an old stove or open fire by 30 September 2471. Spend of the ${gbp(ROUND1)} awarded in round 1 was 88% of profile.`);
sub("5.2", `Round 2 will offer ${gbp(ROUND2)}. Members asked that bids show how they will reach private tenants and households with no other source of heating.`);
sub("5.3", `RESOLVED that the Task Group (a) agrees the round 2 criteria, with a threshold score of ${THRESHOLD} out of 100, and that round 2 opens on Monday 4 January 2472 and closes at noon on Thursday 11 February 2472; (b) appoints ${cllr("umeadi")} (lead), ${cllr("mbanefo")} and ${cllr("cotteridge")} to the assessment panel, supported by the Grants Officer; and (c) will decide the round 2 awards at its meeting on 9 March 2472.`);
item(6, "Burn Better winter campaign");
sub("6.1", `${cllr("ellingsworth")} reported that the campaign had launched on 1 October 2471 and had reached an estimated 190,000 residents by the end of November through local radio, social media and leaflets sent out with councils’ bin collection calendars.`);
sub("6.2", "Members asked that parish and town councils be given the campaign toolkit so that they can use it in their own newsletters.");
item(7, "Presentation: wood burning and health");
sub("7.1", `${GUEST.name}, ${GUEST.post}, said that domestic burning was the source of an estimated 31% of fine particulate matter (PM2.5) in Ulverdale in winter, and that emergency admissions of children with asthma rose by 12% in the week after a cold snap. He urged councils to target swaps at homes near schools and nurseries.`);
sub("7.2", "The Chair thanked Dr Lindores for his presentation. His slides would be circulated to members.");
item(8, "Smoke control area enforcement protocol");
sub("8.1", `${O.emmerson.name} presented a draft protocol setting out a common approach for the 12 councils: advice first, then a warning letter, then a notice of intent and a civil penalty of up to £300.`);
sub("8.2", "RESOLVED that the Task Group agrees the draft protocol for consultation with the 12 councils until 26 February 2472.");
item(9, "Any other business and date of next meeting");
sub("9.1", "There was no other business.");
sub("9.2", "The next meeting will be on Wednesday 9 March 2472 at 10.30am in Room 2.4, 18 Smith Square, and on Teams.");
dp("The meeting ended at 12.40pm.");
mail("");
mail("Action log (updated 16 December 2471)", { bold: true });
const XL_HEAD = ["Ref", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Notes"];
B.push({ t: "sheet", rows: [XL_HEAD, ...ACTIONS.map((a) => [a.ref, a.mtg, a.min, a.action, a.owner, a.due, a.status, a.note])] });
const SIG = [[O.rothery.name, true], [`${O.rothery.post} | Member Services | 18 Smith Square, London SW1P 3HZ`], [`Telephone ${O.rothery.phone} | ${O.rothery.email}`]];

// ---------------------------------------------------------------- HTML (Gmail's, with the Docs and Sheets clipboards)
const e = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const attr = (s) => e(s).replace(/"/g, "&quot;");
const SPAN = (t, o = {}) => `<span style="font-size:${o.size ?? 11}pt;font-family:Arial,sans-serif;color:${o.colour ?? "#000000"};background-color:transparent;font-weight:${o.bold ? 700 : 400};font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre-wrap">${e(t)}</span>`;
const P_ST = (extra = "") => `line-height:1.38;${extra}margin-top:0pt;margin-bottom:0pt`;
const MON = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };
const serial = (d) => { const [dd, mm, yy] = d.split("-"); return Math.round((Date.UTC(2400 + +yy, MON[mm], +dd) - Date.UTC(1899, 11, 30)) / 864e5); };
const CF = { Complete: "#b7e1cd", Open: "#fce8b2", Overdue: "#f4c7c3" };
const COLW = [67, 79, 56, 330, 132, 72, 76, 230];
const out = [];
let inDoc = false;
const docOpen = () => { if (!inDoc) { out.push(`<b style="font-weight:normal" id="docs-internal-guid-7b3e2f1a-7fff-4c2d-9e41-5a6b8c9d0e12">`); inDoc = true; } };
const docClose = () => { if (inDoc) { out.push(`</b><br>`); inDoc = false; } };
for (const b of B) {
  if (b.t === "mail") {
    docClose();
    out.push(b.text ? `<div>${b.bold ? `<b>${e(b.text)}</b>` : e(b.text)}</div>` : `<div><br></div>`);
  } else if (b.t === "doc") {
    docOpen();
    out.push(`<p dir="ltr" style="${P_ST()}">${SPAN(b.text, b)}</p><br>`);
  } else if (b.t === "att") {
    docOpen();
    out.push(`<div dir="ltr" style="margin-left:0pt" align="left"><table style="border:none;border-collapse:collapse"><colgroup><col width="113"><col width="491"></colgroup><tbody>` +
      b.rows.map(([l, v]) => `<tr style="height:0pt"><td style="vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;overflow-wrap:break-word"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt">${SPAN(l, { bold: true })}</p></td><td style="vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;overflow-wrap:break-word"><p dir="ltr" style="line-height:1.2;margin-top:0pt;margin-bottom:0pt">${SPAN(v)}</p></td></tr>`).join("") +
      `</tbody></table></div><br>`);
  } else if (b.t === "item") {
    docOpen();
    out.push(`<ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px"${b.num > 1 ? ` start="${b.num}"` : ""}><li dir="ltr" style="list-style-type:decimal;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:12pt;margin-bottom:0pt" role="presentation">${SPAN(b.text, { bold: true })}</p></li></ol>`);
  } else if (b.t === "sub") {
    docOpen();
    const m = /^RESOLVED(.*)$/.exec(b.text);
    out.push(`<p dir="ltr" style="${P_ST("margin-left:36pt;text-indent:-36pt;")}">${SPAN(b.num)}${SPAN("\t")}${m ? SPAN("RESOLVED", { bold: true }) + SPAN(m[1]) : SPAN(b.text)}</p>`);
  } else if (b.t === "sheet") {
    docClose();
    const td = (c, i, j) => {
      let st = "border-width:1px;border-style:solid;border-color:rgb(0,0,0);overflow:hidden;padding:2px 3px;vertical-align:bottom";
      if (i === 0) return `<td style="${st};background-color:rgb(31,56,100);font-weight:bold;color:rgb(255,255,255)">${e(c)}</td>`;
      if (j === 3 || j === 7) st += ";wrap-strategy:4;white-space:normal;word-wrap:break-word";
      if (j === 6) st += `;background-color:${CF[c]}`;
      if (c === "") return `<td style="${st}"></td>`;
      if (j === 1 || j === 5) return `<td style="${st};text-align:right" data-sheets-value="${attr(JSON.stringify({ 1: 3, 3: serial(c) }))}" data-sheets-numberformat="${attr(JSON.stringify({ 1: 5, 2: "dd-mmm-yy", 3: 1 }))}">${e(c)}</td>`;
      if (j === 2) return `<td style="${st};text-align:right" data-sheets-value="${attr(JSON.stringify({ 1: 3, 3: +c }))}">${e(c)}</td>`;
      return `<td style="${st}" data-sheets-value="${attr(JSON.stringify({ 1: 2, 2: c }))}">${e(c)}</td>`;
    };
    out.push(`<google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1" data-sheets-baot="1"><colgroup>${COLW.map((w) => `<col width="${w}">`).join("")}</colgroup><tbody>` +
      b.rows.map((r, i) => `<tr style="height:21px">${r.map((c, j) => td(c, i, j)).join("")}</tr>`).join("") + `</tbody></table></google-sheets-html-origin>`);
  }
}
docClose();
out.push(`<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">` + SIG.map(([t, bold]) => `<div>${bold ? `<b>${e(t)}</b>` : e(t)}</div>`).join("") + `</div></div>`);
const HTML = `<div dir="ltr">${out.join("")}</div>\n`;

// ---------------------------------------------------------------- text/plain, as Gmail renders the HTML
const T = [];
for (const b of B) {
  if (b.t === "mail") T.push(b.bold ? `*${b.text}*` : b.text);
  else if (b.t === "doc") T.push(b.text, "");
  else if (b.t === "att") { for (const [l, v] of b.rows) T.push(`${l}\t${v}`); T.push(""); }
  else if (b.t === "item") T.push("", `   ${b.num}. ${b.text}`, "");
  else if (b.t === "sub") T.push(`${b.num}\t${b.text}`);
  else if (b.t === "sheet") for (const r of b.rows) T.push(r.join("\t"));
}
T.push("", "-- ", ...SIG.map(([t]) => t));
const PLAIN = T.join("\r\n").replace(/(\r\n){3,}/g, "\r\n\r\n") + "\r\n";

// ---------------------------------------------------------------- quoted-printable, UTF-8
function qp(str) {
  const bytes = Buffer.from(str.replace(/\r?\n/g, "\n"), "utf8");
  const lines = [];
  let line = "";
  const flush = (soft) => { lines.push(line + (soft ? "=" : "")); line = ""; };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x0a) { if (/[ \t]$/.test(line)) { const last = line.slice(-1); line = line.slice(0, -1) + (last === " " ? "=20" : "=09"); } flush(false); continue; }
    const tok = (c >= 33 && c <= 126 && c !== 61) || c === 32 || c === 9 ? String.fromCharCode(c) : "=" + c.toString(16).toUpperCase().padStart(2, "0");
    if (line.length + tok.length > 75) flush(true);
    line += tok;
  }
  if (line) lines.push(line);
  return lines.join("\r\n");
}

const BOUND = "000000000000c5e2f1060a9b7d3e";
const CC = ["ainsworth", "emmerson", "hargreaves", "whitlam", "prendiville"].map((k) => `${O[k].name} <${O[k].email}>`);
const SUBJECT = `${SHORT}: draft minutes of 9 December 2471 and updated action log`;
const headers = [
  `MIME-Version: 1.0`,
  `Date: Wed, 16 Dec 2471 15:42:18 +0000`,
  `Message-ID: <CAFx8v3QmZt7pLr2K5nB0o9Yw1c4XjH6s2Te8aR5uVb3dN7kPq@mail.gmail.com>`,
  `Subject: ${SUBJECT}`,
  `From: ${O.rothery.name} <${O.rothery.email}>`,
  `To: ${SHORT} members <dwbtg-members@local.gov.uk>`,
  `Cc: ${CC.join(",\r\n ")}`,
  `Content-Type: multipart/alternative; boundary="${BOUND}"`,
];
const eml = [
  headers.join("\r\n"),
  "",
  `--${BOUND}`,
  `Content-Type: text/plain; charset="UTF-8"`,
  `Content-Transfer-Encoding: quoted-printable`,
  "",
  qp(PLAIN),
  `--${BOUND}`,
  `Content-Type: text/html; charset="UTF-8"`,
  `Content-Transfer-Encoding: quoted-printable`,
  "",
  qp(HTML),
  `--${BOUND}--`,
  "",
].join("\r\n");
writeFileSync(join(root, "docs", FILE), eml, "latin1"); // every character is ASCII after quoted-printable
if (/[^\x00-\x7f]/.test(eml)) throw new Error("non-ASCII in the .eml");

// ---------------------------------------------------------------- rendering
const R = [
  `From: ${O.rothery.name} <${O.rothery.email}>`,
  `To: ${SHORT} members <dwbtg-members@local.gov.uk>`,
  `Cc: ${CC.join(", ")}`,
  `Subject: ${SUBJECT}`,
  `Date: Wed, 16 Dec 2471 15:42:18 +0000`,
];
for (const b of B) {
  if (b.t === "mail" || b.t === "doc") { if (b.text) R.push(b.text); }
  else if (b.t === "att") for (const [l, v] of b.rows) R.push(`${l} | ${v}`);
  else if (b.t === "item") R.push(`${b.num}. ${b.text}`);
  else if (b.t === "sub") R.push(`${b.num} ${b.text}`);
  else if (b.t === "sheet") for (const r of b.rows) R.push(r.filter((c) => c !== "").join(" | "));
}
R.push("--", ...SIG.map(([t]) => t));
writeFileSync(join(root, "text", BASE + ".txt"), R.join("\n") + "\n");
if (MEASURES.length !== 9) throw new Error("nine measures");
console.log(`wrote docs/${FILE} and text/${BASE}.txt (${R.length} lines)`);
