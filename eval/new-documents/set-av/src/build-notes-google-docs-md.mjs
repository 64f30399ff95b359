// Builds docs/playgrounds-panel-meeting-notes-2104-11-12.md and its rendering in text/.
// Layout: A GOOGLE DOC DOWNLOADED AS MARKDOWN (File > Download > Markdown (.md)), written in Google
// Docs' "Meeting notes" building block. What Google's exporter writes: the logo as an image reference
// "![][image1]" at the top whose definition – "[image1]: <data:image/png;base64,…>", THE PICTURE ITSELF
// AS A BASE64 DATA URI – is the last line of the file; headings as "#"/"##"/"###" with their text
// wrapped in "**" because it is bold in the doc; BACKSLASH ESCAPES where the text could be read as
// markdown ("1\." at the start of a numbered heading, "\|" for the literal bar in the template's title
// line "Nov 12, 2104 \| …"); hard line breaks (Shift+Enter) as two trailing spaces; bullets as "* ";
// tables as pipe tables with a ":----" alignment row, the first row of the Google table taken as the
// header, and "<br>" where a cell holds two paragraphs; smart chips as their display text: the DATE
// CHIPS IN GOOGLE'S US STYLE ("Nov 12, 2104", "Mar 11, 2105") and person chips as plain names; the
// template's "Action items" CHECKLIST as "- [ ]" / "- [x]" task-list items ("owner – ref task – due
// date"); Drive file chips as links to drive.google.com. The meeting-notes template gives the date
// line, "Attendees", "Notes" and "Action items"; the clerk added the attendance labels, numbered item
// headings, "Resolved:" paragraphs with (a)–(c) lines, declarations as bullets and the September
// action log as a table.
// Rendering: as the doc reads – markers and escapes dropped, a line per paragraph, list item or hard
// line, table rows with cells " | " (the alignment row dropped, "<br>" as a space), checklist boxes as
// ☐ / ☑, links as their text; the image and its base64 definition left out.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-notes-google-docs-md.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, OFFICERS as O, GUEST, SEPT_ACTIONS, NOV_ACTIONS, cllr } from "./common.mjs";

const FILE = DOCS.notes;
const BASE = basename(FILE, extname(FILE));
const md = [];   // lines of the .md file
const out = [];  // lines of the rendering
const unmd = (s) => s.replace(/\*\*/g, "").replace(/\\([.|\-#*_[\]])/g, "$1");
// a paragraph: markdown line(s); rendering: the same without markers
const para = (s) => { md.push(s, ""); out.push(unmd(s)); };
const head = (level, s) => { md.push(`${"#".repeat(level)} **${s}**`, ""); out.push(unmd(s)); };
// lines joined by hard breaks (two trailing spaces)
const hard = (lines) => { md.push(...lines.map((l, i) => (i < lines.length - 1 ? l + "  " : l)), ""); out.push(...lines.map(unmd)); };
const bullets = (items) => { md.push(...items.map((s) => `* ${s}`), ""); out.push(...items.map(unmd)); };
const table = (rows) => {
  md.push("| " + rows[0].join(" | ") + " |", "| " + rows[0].map(() => ":----").join(" | ") + " |");
  for (const r of rows.slice(1)) md.push("| " + r.join(" | ") + " |");
  md.push("");
  for (const r of rows) out.push(r.map((c) => unmd(c.replace(/<br>/g, " "))).join(" | "));
};

// a small logo: a 96 × 24 PNG, navy
function png(w, h, [r, g, b]) {
  const crcT = new Int32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c; });
  const crc = (buf) => { let c = -1; for (const x of buf) c = crcT[(c ^ x) & 255] ^ (c >>> 8); return (c ^ -1) >>> 0; };
  const chunk = (type, data) => { const l = Buffer.alloc(4); l.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([l, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) { const o = y * (w * 3 + 1) + 1 + x * 3; const edge = x < 3 || x >= w - 3 || y < 3 || y >= h - 3; raw[o] = edge ? 255 : r; raw[o + 1] = edge ? 255 : g; raw[o + 2] = edge ? 255 : b; }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

md.push("![][image1]", "");
head(1, BODY);
para("Nov 12, 2104 \\| Playgrounds and Play Spaces Panel (hybrid meeting)");
hard([
  "**Status:** Draft – to be agreed at the meeting on 11 March 2105",
  "**Time and place:** 10.30am to 12.45pm, Room 3.1, 18 Smith Square, London SW1P 3HZ, and Microsoft Teams",
  `**Chair:** ${cllr("Hatherwick")}`,
  `**Notes taken by:** ${O.saoirse.name}, ${O.saoirse.post}`,
  "**Last edited:** Nov 14, 2104",
]);
head(2, "Attendees");
para(`**Members in the room:** ${cllr("Hatherwick")} (Chair), ${cllr("Cawthorne-Lea")} (Deputy Chair), ${cllr("Sowden-Pyke")} (Deputy Chair), ${cllr("Dunnett")}, ${cllr("Brereton-Kaye")}, ${cllr("Pemberthy")}, ${cllr("Holloway-Neeve")}`);
para(`**Members online (Teams):** ${cllr("Fernihough")} (Vice-Chair), ${cllr("Okereke-Blyth")} (from 11.05am, during item 4), ${cllr("Maybury")} (by telephone)`);
para(`**Substitute:** ${cllr("Pask")} (online), for ${cllr("Lockwood-Amis")}`);
para(`**Apologies:** ${cllr("Lockwood-Amis")}, ${cllr("Farraday")} (no substitute)`);
para(`**Officers:** ${O.lorcan.name} (${O.lorcan.post}), ${O.priyanka.name} (${O.priyanka.post}), ${O.morwenna.name} (${O.morwenna.post}), ${O.kofi.name} (${O.kofi.post}), ${O.saoirse.name} (${O.saoirse.post}); online: ${O.tobias.name} (${O.tobias.post}, item 4), ${O.delyth.name} (${O.delyth.post}, items 4 and 5)`);
para(`**Guest:** ${GUEST.name}, ${GUEST.post} (online, item 6)`);

head(2, "Notes");
head(3, "1\\. Welcome, apologies and declarations of interest");
para(`The Chair welcomed members, in particular ${cllr("Pemberthy")} at his first meeting. Apologies and the substitute are listed above.`);
para("Declarations of interest:");
bullets([
  `${cllr("Maybury")} declared a non-pecuniary interest in item 4 as an unpaid director of Oakhampstead Adventure Playground CIC, which intends to bid to round 2 of the Play Spaces Renewal Fund. He took part in the discussion.`,
  `${cllr("Holloway-Neeve")} declared an interest in item 6 because her partner is employed by Kestrel Play Ltd, a play equipment manufacturer. She left the room for item 6 and did not take part.`,
]);

head(3, "2\\. Notes of the meeting on 17 September 2104 and action log");
para("The notes of the meeting on 17 September 2104 were agreed as a correct record. The Panel noted the action log:");
table([["Ref", "Action (17 September 2104)", "Owner", "Status"], ...SEPT_ACTIONS.map((a) => [a.ref, a.text, a.owner, `${a.status}<br>${a.update}`])]);

head(3, "3\\. Membership 2104/05");
para(`The Panel noted that ${cllr("Gallimore")} (Kingsbarrow Metropolitan Borough Council) stood down on 30 September 2104 and that ${cllr("Pemberthy")} replaced her from 1 October 2104. The Chair thanked Cllr Gallimore for her work on the Young Inspectors scheme.`);

head(3, "4\\. Performance report, quarter 2 2104/05");
para(`${O.tobias.name}, ${O.tobias.post}, introduced the report from Teams. Two measures are Stormy: PPM-03 (57 play areas closed for more than 28 days, against a ceiling of 40) and PPM-08 (9 renewed play areas reopened, against a target of 30).`);
para(`Cllr Sowden-Pyke said the closures were concentrated in the four councils that had lost their inspection contractor, and asked that the recovery plan cover interim inspections. Cllr Dunnett said councils with delayed schemes needed certainty about extensions to their grants.`);
para(`The Vice-Chair proposed that the PPM-08 target be re-profiled to 26 rather than the 24 in the paper, so that the Panel kept up the pressure on delivery; Cllr Dunnett seconded. The amendment was carried by 8 votes to 2, with 1 abstention.`);
hard([
  "**Resolved:** that the Panel",
  "(a) noted performance at quarter 2 2104/05;",
  "(b) agreed to re-profile the 2104/05 target for PPM-08 from 30 to 26 renewed play areas reopened; and",
  "(c) asked officers for a recovery plan for PPM-03 for the meeting on 11 March 2105.",
]);

head(3, "5\\. Programme risk register");
para(`${O.priyanka.name}, ${O.priyanka.post}, introduced the risk detail report of 31 October 2104. PPR-03 (contractor shortages delay Fund-supported renewals) now scores 20, above the Panel's tolerance of 16, and PPR-02 (inspection capacity) has risen from 9 to 16. PPR-09, on insurance premiums, was added on 8 October 2104 as the Panel asked in September. ${O.delyth.name} said premiums had risen by up to 30 per cent at renewal in two councils.`);
hard([
  "**Resolved:** that the Panel",
  "(a) agreed to escalate PPR-03 to the Neighbourhoods and Open Spaces Board at its meeting on 3 December 2104;",
  "(b) asked for a report to the Chair on the call-off of a second inspection supplier (PPR-02) by 28 November 2104; and",
  "(c) noted the new risk PPR-09.",
]);

head(3, "6\\. Inclusive play design guide");
para(`Cllr Holloway-Neeve left the room. ${O.morwenna.name}, ${O.morwenna.post}, introduced the final draft of the guide; the consultation closed on 30 September 2104 with 212 responses. ${GUEST.name} presented the Fields for Play Trust's 2104 survey: of 1,204 parents of disabled children, 68 per cent said their nearest play area had nothing their child could use, and 41 per cent travelled more than five miles to a play area that did.`);
para("**Resolved:** that the Panel agreed the inclusive play design guide for publication on 10 December 2104, subject to adding a section on sensory play.");
para("Cllr Holloway-Neeve returned to the meeting.");

head(3, "7\\. Any other business");
para("The Chair reminded members that the Young Inspectors awards will be presented at 18 Smith Square on 4 February 2105; nominations close on 9 January 2105.");
para("**Date of next meeting:** Wednesday 11 March 2105, 10.30am, Room 3.1, 18 Smith Square.");

head(2, "Action items");
for (const a of NOV_ACTIONS) {
  const t = `${a.owner} – ${a.ref} ${a.text} – ${a.due}`;
  md.push(`- [${a.done ? "x" : " "}] ${t}`);
  out.push(`${a.done ? "☑" : "☐"} ${t}`);
}
md.push("");
head(2, "Supporting papers");
const links = [
  ["Item 4 – Performance report, quarter 2 2104/05 (PSRP_Board_Performance)", "1Qx7PsRPq2perfRendered0411"],
  ["Item 5 – Risk Detail Report, 31 October 2104 (Ardent Risk Manager)", "1RkDtlRpt3110PPSPArdent74"],
  ["Panel membership 2104/05 (qryPPSP_Membership_2104_05)", "1MbrQryPPSP210405Access28"],
  ["Teams attendance report, 12 November 2104", "1TmsAttRpt1211PPSPhybrid9"],
];
md.push(...links.map(([t, id]) => `* [${t}](https://drive.google.com/file/d/${id}/view?usp=drive_link)`), "");
out.push(...links.map(([t]) => t));
md.push(`[image1]: <data:image/png;base64,${png(96, 24, [31, 59, 87]).toString("base64")}>`);

writeFileSync(join(root, "docs", FILE), md.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
