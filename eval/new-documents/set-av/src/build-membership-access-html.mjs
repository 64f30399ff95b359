// Builds docs/playgrounds-panel-membership-access-export-2104-10-28.html and its rendering in text/.
// Layout: A MICROSOFT ACCESS QUERY EXPORTED AS AN HTML DOCUMENT (External Data > Export > HTML
// Document, "Export data with formatting and layout", encoding Unicode UTF-8), as Access writes it:
// no doctype, a <title> and a bold <caption> that are only the query's name
// ("qryPPSP_Membership_2104_05"), one <table border="1" bgcolor="#ffffff" cellspacing="0"> with a
// <thead> of grey <th> cells and a <tbody>, EVERY CELL'S TEXT WRAPPED IN <font style="font-size:11pt"
// face="Calibri" color="#000000">, bordercolor attributes on every cell, numbers right-aligned, an
// empty <tfoot>, a line per tag, and EMPTY (NULL) FIELDS WRITTEN AS "<br>". The column headings are the
// query's FIELD NAMES (MemberID, Forename, Surname, CouncilName, PoliticalGroup, IsChair, IsViceChair,
// IsDeputyChair, IsSubstitute, LeadMemberFor, DateAppointed, DateLeft, Notes), not words. ROLES ARE NOT
// A COLUMN: they are YES/NO FLAG FIELDS, one per office (the Chair is the row with IsChair "Yes", the
// two Deputy Chairs the rows with IsDeputyChair "Yes", substitutes IsSubstitute "Yes"; a member with
// every flag "No" is an ordinary member); lead members are the rows with a LeadMemberFor value. Rows
// are ORDERED BY SURNAME (the Chair is not first), dates dd/mm/yyyy (Short Date), and the member who
// stood down is still in the query with a DateLeft, beside the member who replaced her. No title,
// heading, body name in a sentence or key: the Panel is named only in the query name and the caption.
// Rendering: the caption, then one line per row (header row first), cells joined by " | ", an empty
// (NULL) field as an empty string between the bars.
// Synthetic test fixture: every person and council is invented.
//   node src/build-membership-access-html.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, PEOPLE } from "./common.mjs";

const FILE = DOCS.members;
const BASE = basename(FILE, extname(FILE));
const Q = "qryPPSP_Membership_2104_05";
const COLS = ["MemberID", "Title", "Forename", "Surname", "CouncilName", "PoliticalGroup", "IsChair", "IsViceChair", "IsDeputyChair", "IsSubstitute", "LeadMemberFor", "DateAppointed", "DateLeft", "Notes"];
const yn = (b) => (b ? "Yes" : "No");
const rows = [...PEOPLE].sort((a, b) => a.sur.localeCompare(b.sur)).map((p) => [
  String(p.id), "Cllr", p.fore, p.sur, p.council, p.group, yn(p.chair), yn(p.vice), yn(p.deputy), yn(p.sub), p.lead ?? "", p.from, p.left ?? "", p.notes ?? "",
]);
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const font = (s) => `<font style="font-size:11pt" face="Calibri" color="#000000">${esc(s)}</font>`;
const right = new Set([0]);
let h = "";
h += `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>${Q}</title>\n</head>\n<body>\n`;
h += `<table border="1" bgcolor="#ffffff" cellspacing="0"><caption><b>${Q}</b></caption>\n<thead>\n<tr>\n`;
for (const c of COLS) h += `<th bgcolor="#c0c0c0" bordercolor="#000000" >${font(c)}</th>\n`;
h += `\n</tr>\n</thead>\n<tbody>\n`;
for (const r of rows) {
  h += `<tr valign="top">\n`;
  r.forEach((v, i) => { h += `<td bordercolor="#d0d7e5" ${right.has(i) ? ' align="right"' : ""}>${v === "" ? "<br>" : font(v)}</td>\n`; });
  h += `\n</tr>\n`;
}
h += `</tbody>\n<tfoot></tfoot>\n</table>\n</body>\n</html>\n`;
writeFileSync(join(root, "docs", FILE), h);
const out = [Q, COLS.join(" | "), ...rows.map((r) => r.join(" | "))];
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
