// Builds docs/pastg-meeting-notes-2179-02-16-evernote.html and its rendering in text/.
// Layout: AN EVERNOTE NOTE EXPORTED AS HTML ("Export note … HTML", the legacy desktop client) – the clerk's
// own notes of the meeting of 16 February 2179, typed in Evernote during the meeting and tidied over the
// next two days, not yet written up as minutes. The export's frame: an XHTML 1.0 Strict file with
// Evernote's <meta> lines (exporter-version, author, created, updated, keywords, source), the note's
// title as <h1>, then EVERNOTE'S NOTE-INFO TABLE (bgcolor #D4DDE5: Created, Updated, Author, Tags,
// Notebook) and the note body as ENML turned into HTML: EVERY LINE A <div>, empty lines as <div><br/></div>,
// bold as inline-styled spans, highlighted text (-evernote-highlight), bulleted lists of <div>s, a table
// with a <colgroup> of pixel widths, TO-DO CHECK BOXES WHOSE STATE IS ONLY THE checked ATTRIBUTE OF AN
// <input type="checkbox"> (no text says done or open), THE PART 2 ITEM ENCRYPTED (Evernote's encrypted
// text exported as an image whose alt text is all there is of it) and the meeting's recording attached
// (a link with the file's icon). The notes are the clerk's: initials for officers ("JT", "MS", "GD"),
// "rec (a) AMENDED", "VC", "DOIs", times of day, the next meeting in passing.
// Rendering: the title, the note-info rows (cells " | "), then every line of the body as shown, a list
// item a line, a table row a line (cells " | "), a to-do as "☑ " or "☐ " and its text, an image as its
// alt text.
// Synthetic test fixture: every person, council, work, figure and decision is invented.
//   node src/build-notes-evernote-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, FUND, GUILD, DEPT, OFFICERS as O, P, GUEST, BIDS, COUNCILS, FINAL, HELD, LEFT_FINAL, ROUND2, PETITIONS, REGISTER_TOTAL, GRADES, GRADE_D_SEPT, gbp } from "./common.mjs";

const FILE = DOCS.notes;
const BASE = basename(FILE, extname(FILE));
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const TITLE = "PASTG 16/2 – notes for minutes (DRAFT)";
const FILES = "PASTG 16_2 – notes for minutes (DRAFT)_files";
const h = [];
const out = [];
const BOLD = "font-weight: bold;";
// a body line: parts are strings or [text, style]
const line = (...parts) => {
  h.push(`<div>${parts.map((p) => (Array.isArray(p) ? `<span style="${p[1]}">${esc(p[0])}</span>` : esc(p))).join("")}</div>`);
  out.push(parts.map((p) => (Array.isArray(p) ? p[0] : p)).join(""));
};
const blank = () => h.push("<div><br/></div>");
const bold = (t) => line([t, BOLD]);
const ul = (items) => {
  h.push("<ul>");
  for (const it of items) {
    const parts = Array.isArray(it) ? it : [it];
    h.push(`<li><div>${parts.map((p) => (Array.isArray(p) ? `<span style="${p[1]}">${esc(p[0])}</span>` : esc(p))).join("")}</div></li>`);
    out.push(parts.map((p) => (Array.isArray(p) ? p[0] : p)).join(""));
  }
  h.push("</ul>");
};
const todo = (done, text) => {
  h.push(`<div><input type="checkbox"${done ? ' checked="checked"' : ""}/>${esc(text)}</div>`);
  out.push(`${done ? "☑" : "☐"} ${text}`);
};
const HL = "background-color: rgb(255, 250, 165);-evernote-highlight:true;";

// ---------------------------------------------------------------- the note
line(["PASTG – Tue 16 Feb 2179 – Room 5.3, 18 Smith Sq + Teams – 10:30", BOLD]);
blank();
bold("Present:");
ul([
  "Cllr Dorothea Vavasour (Chair)",
  "Cllr Reuben Cresswick (VC)",
  "Cllr Bronwen Ludgrove (DC)",
  "Cllrs Osgathorpe, Gbadamosi, Brocklebank, Trounson, Eversleigh, Rudd-Ogun",
  "Cllr Fanshawe – on Teams",
  "Cllr Cyprian Wardlaw – sub for Cllr Quilliam",
]);
line(["Apologies: ", BOLD], "Cllr Quilliam (sub above), Cllr Pinchbeck (on leave)");
line(["Officers: ", BOLD], `${O.twelvetrees.name}, ${O.sugden.name}, ${O.drinkwater.name}, ${O.birtwistle.name} (items 3 + 6), me (notes)`);
line(["Guest: ", BOLD], `${GUEST.name}, ${GUILD} (item 4)`);
line("Quorate – 11 voting incl. the sub.");
blank();
bold("1. Welcome / apols / subs / DOIs");
line("Chair welcomed Cllr Eversleigh – first meeting since he replaced Cllr Applegarth.");
line("DOIs:");
ul([
  "Cllr Gbadamosi – trustee of the Weavers' Clock Tower Trust (Hallowmere bid, item 5). Left the room for that bid.",
  "Cllrs Cresswick + Trounson – Merrowfield councillors, item 5 (Sailors' Return). Stayed, didn't vote on Merrowfield's award.",
  "Cllr Wardlaw – Yarncliffe councillor, items 4 + 5 (Harbinson statue). Stayed and took part.",
]);
blank();
bold("2. Notes of 17 Nov");
line(`Agreed as a correct record. Matters arising: letter to the ${DEPT} on VAT relief for conservation work on listed public art – sent 2 Dec, no reply yet. Chair to chase.`);
blank();
bold("3. Programme update + works register (MS)");
ul([
  `Register: ${REGISTER_TOTAL} works at end of Jan, ${GRADES.D} in grade D (${GRADE_D_SEPT} in Sept). Storm on 11 Jan – Kestling war horse + Dunmallow mural worse.`,
  "4 overdue actions on the register export of 2 Feb, 2 of them Kestling's (Market Cross, war horse).",
  "Miners' Statue, Merrowfield – damaged 4 Jan, see Part 2.",
]);
line(["AGREED: ", BOLD], "note the update; MS to ask Kestling for a recovery plan for its overdue works by 12 March.");
blank();
bold("4. Contested heritage review – scope (MS / Dr Crowther-Oni)");
line(`Presentation, Dr C-O: ${PETITIONS.works} of the ${REGISTER_TOTAL} works commemorate people or events that communities have asked councils to review; ${PETITIONS.councils} councils have had petitions. Guild's advice – "retain and explain" as the starting point; removal only after a community panel and listed building consent.`);
line("Cllr Osgathorpe (lead member): plaques need to be in too, not just statues. Cllr Brocklebank worried about the cost of community panels – MS: can be done within the £60k review budget.");
line(["AGREED: ", BOLD], "(a) scope agreed, amended to include plaques as well as statues and other works; (b) the Colonel Harbinson statue (Yarncliffe) to be considered first, at an extra meeting in March – date by Doodle; (c) community panels in Yarncliffe and Pellingford by end of June.");
blank();
bold(`5. ${FUND} – round 2 awards (JT)`);
line("Large print version went to Cllr Fanshawe with the pack.");
line("JT introduced. ", ["GD: Merrowfield Central Library roof scheme now put back to 2180 – no shared scaffolding for the Sailors' Return, so Merrowfield needs the full £96,500.", HL], " GD confirmed it fits within round 2 (£420k).");
line("Cllr Brocklebank asked if Kestling's bid could be looked at again – JT: not this round, it scored 58 and the contribution is under 20%; they can re-bid in round 3.");
line(["AGREED:", BOLD]);
const b = Object.fromEntries(BIDS.map((x) => [x.c, x]));
ul([
  [["rec (a) AMENDED", BOLD], ` – four awards, total ${gbp(FINAL)}: Hallowmere ${gbp(b.hallowmere.final)}; Merrowfield ${gbp(b.merrowfield.final)} (not ${gbp(b.merrowfield.rec)}); Thurlbeck ${gbp(b.thurlbeck.final)}; Sallowby ${gbp(b.sallowby.final)}`],
  `rec (b) agreed – ${gbp(HELD)} held for Yarncliffe until the extra meeting`,
  "rec (c) agreed – Kestling to be invited to re-bid in round 3",
  [["rec (d) AMENDED", BOLD], ` – carry forward to round 3 is now ${gbp(LEFT_FINAL)}`],
]);
line("Each award voted on separately, all carried. Cllr Brocklebank abstained on all four. Cllr Gbadamosi out of the room for Hallowmere; Cllrs Cresswick + Trounson did not vote on Merrowfield.");
blank();
bold("6. PART 2 – exempt (para 3) – Miners' Statue, Merrowfield: vandalism and insurance claim (FB)");
h.push(`<div><img src="${esc(FILES)}/crypt.png" alt="Encrypted content" title="Encrypted content" width="53" height="15"/></div>`);
out.push("Encrypted content");
line("Press and public excluded 11:31–11:44.");
blank();
bold("7. AOB");
ul([
  "Cllr Fanshawe thanked the Accessible Formats Team for the large print pack and asked for all her PASTG papers in large print from now on – agreed.",
  "Next meeting: Tue 20 April 2179, 10:30, Room 5.3. Extra meeting on the Harbinson statue in March – Doodle to go out this week.",
]);
line("Closed 11:52.");
blank();
bold("Actions");
todo(true, "Clovis – Doodle for the extra meeting (sent 18/2)");
todo(false, "JT – award letters to Hallowmere, Merrowfield, Thurlbeck, Sallowby – by 5 March");
todo(false, "JT – letter to Kestling: feedback + invitation to re-bid in round 3");
todo(false, "MS – Kestling recovery plan for overdue works (PAW-030, PAW-033) – by 12 March");
todo(false, "MS – add plaques to the review scope; paper for the extra meeting");
todo(true, "Clovis – standing large print request for Cllr Fanshawe with Accessible Formats (done 17/2)");
todo(false, "Chair – chase the Department re the VAT letter");
blank();
bold("Round 2 – as agreed");
const rows = [["Council", "Work", "Award"], ["Hallowmere", "Weavers' Clock Tower", gbp(b.hallowmere.final)], ["Merrowfield", "Sailors' Return", gbp(b.merrowfield.final)], ["Thurlbeck", "Bus station mosaic", gbp(b.thurlbeck.final)], ["Sallowby", "Temperance Fountain", gbp(b.sallowby.final)], ["Yarncliffe", "Harbinson statue", `${gbp(HELD)} HELD`], ["Kestling", "Market Cross", "–"], ["Total awarded", "", gbp(FINAL)]];
const TD = 'style="border: 1px solid rgb(204, 204, 204); padding: 10px; margin: 0px; width: 130px;"';
h.push('<table style="border-collapse: collapse; min-width: 100%;"><colgroup><col style="width: 130px;"/><col style="width: 190px;"/><col style="width: 130px;"/></colgroup><tbody>');
for (const [i, r] of rows.entries()) {
  h.push("<tr>" + r.map((c) => `<td ${TD}><div>${i === 0 ? `<span style="${BOLD}">${esc(c)}</span>` : c ? esc(c) : "<br/>"}</div></td>`).join("") + "</tr>");
  out.push(r.filter((c) => c !== "").join(" | "));
}
h.push("</tbody></table>");
blank();
h.push(`<div><a href="${esc(FILES)}/PASTG%2016-02-79%20recording.m4a"><img src="${esc(FILES)}/m4a.png" alt="PASTG 16-02-79 recording.m4a" width="120" height="36"/></a></div>`);
out.push("PASTG 16-02-79 recording.m4a");
line(["(48.2 MB – delete once minutes approved)", "color: rgb(128, 128, 128);"]);

// ---------------------------------------------------------------- the export frame
const INFO = [["Created:", "16/02/2179 09:58"], ["Updated:", "18/02/2179 16:40"], ["Author:", O.uglow.name], ["Tags:", "PASTG, minutes-draft, Feb79"], ["Notebook:", "Dem Services – committees"]];
const html = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="exporter-version" content="Evernote Windows/307027 (en-GB, DDL); Windows/10.0.19045 (Win64);"/>
<meta name="author" content="${O.uglow.name}"/>
<meta name="created" content="2179-02-16 09:58:11 +0000"/>
<meta name="source" content="desktop.win"/>
<meta name="updated" content="2179-02-18 16:40:52 +0000"/>
<meta name="keywords" content="PASTG, minutes-draft, Feb79"/>
<title>${esc(TITLE)}</title>
</head>
<body>
<h1>${esc(TITLE)}</h1>
<div>
<table bgcolor="#D4DDE5" border="0">
${INFO.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td><i>${esc(v)}</i></td></tr>`).join("\n")}
</table>
</div>
<br/>
<div><span><div style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">${h.join("")}</div></span>
</div></body></html>
`;
writeFileSync(join(root, "docs", FILE), html);
writeFileSync(join(root, "text", BASE + ".txt"), [TITLE, ...INFO.map(([k, v]) => `${k} | ${v}`), ...out].join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
