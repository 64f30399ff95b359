// Builds docs/nsntg-start-dokuwiki-page.txt and its rendering in text/.
// Layout: A DOKUWIKI PAGE'S SOURCE FILE, as DokuWiki stores every page (data/pages/nsntg/start.txt) and
// as staff copy it out of an intranet wiki: DokuWiki syntax throughout – HEADINGS MARKED WITH "=" WHOSE
// LEVEL RUNS BACKWARDS (six "=" for the page title, five for a section, four and three below);
// **bold**, //italic//, __underline__; internal links [[ns:page|text]] and user links; e-mail addresses in
// <angle brackets>; TABLES WITH "^" FOR HEADER CELLS AND "|" FOR DATA CELLS, ROW-SPANNED CELLS WRITTEN
// ":::" (the political group of the membership table spans its members' rows), A VERTICAL TABLE whose
// first column is "^" headers ("^ Quorum | …"), a COLUMN-SPANNING HEADER ("^ Key ^^", the empty cell
// merging it with the next); lists indented two spaces ("  * ", "  - " numbered); footnotes written
// inline in double round brackets ((…)), one inside a table cell; plugin markup: <WRAP> boxes, the
// colour plugin's <color> tags around the risk ratings (R / A / G letters explained by the table's own
// key), {{tag>…}}, ~~NOTOC~~; a struck-through <del> name for a substitute who has stood down; "\\ "
// forced line breaks inside a cell.
// Rendering: a reader's copy of the page – headings as their text, paragraphs and list items a line,
// table rows with cells " | " (a row-spanned ":::" cell left out, so a continuation row starts at its
// second cell), links as their text, markup, tags, plugin boxes and the tag line dropped, a footnote
// as "(text)" where it stands.
// Synthetic test fixture: every person, figure, risk and date is invented.
//   node src/build-dokuwiki-txt.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, BOARD, OFFICERS as O, PEOPLE, SUBS, P, MEETINGS, RISKS } from "./common.mjs";

const FILE = DOCS.wiki, BASE = basename(FILE, extname(FILE));
const src = [];
const out = [];
const line = (s, r) => { src.push(s); if (r !== undefined) out.push(r); };
const ulink = (k) => `[[user:${O[k].user}|${O[k].name}]]`;

line("~~NOTOC~~");
line(`====== ${BODY} (NSNTG) ======`, `${BODY} (NSNTG)`);
line("");
line(`//Officer wiki page for the Task Group. Page owner: ${ulink("tamsin")}. Last reviewed 2117-10-27.//`, `Officer wiki page for the Task Group. Page owner: ${O.tamsin.name}. Last reviewed 2117-10-27.`);
line("");
line("<WRAP center round important 90%>");
line("**Staff only.** Members' papers are published through the members' portal, not on this wiki. Do not paste exempt (Part B) material here.", "Staff only. Members' papers are published through the members' portal, not on this wiki. Do not paste exempt (Part B) material here.");
line("</WRAP>");
line("");
line("===== About the Task Group =====", "About the Task Group");
line("");
line(`The NSNTG is a member task group of the [[boards:ssnb|${BOARD}]]. It oversees the Neighbourhood Noise Programme 2117-19, the out-of-hours noise service pilot and the Quiet Nights Fund, and reports to the Board after every meeting.`, `The NSNTG is a member task group of the ${BOARD}. It oversees the Neighbourhood Noise Programme 2117-19, the out-of-hours noise service pilot and the Quiet Nights Fund, and reports to the Board after every meeting.`);
line("");
const facts = [
  ["Members", "10 councillors and 3 named substitutes"],
  ["Quorum", "4 members, including the Chair or Vice-Chair((If neither can attend, members choose a chair for the meeting from those present; the meeting is then quorate with 4 members.))", "4 members, including the Chair or Vice-Chair (If neither can attend, members choose a chair for the meeting from those present; the meeting is then quorate with 4 members.)"],
  ["Meets", "5 times a year, on Tuesdays at 11.00am"],
  ["Programme budget 2117/18", "£1,420,000 (excluding the Quiet Nights Fund)"],
  ["Urgent decisions", "By the Chair under the written procedure, after members are consulted by e-mail"],
];
for (const [l, v, r] of facts) line(`^ ${l} | ${v} |`, `${l} | ${r ?? v}`);
line("");
line("===== Membership 2117/18 =====", "Membership 2117/18");
line("");
line("Political balance agreed by the Board on 2117-06-08. Terms end at the May annual meeting shown.", "Political balance agreed by the Board on 2117-06-08. Terms end at the May annual meeting shown.");
line("");
line("^ Group ^ Councillor ^ Council ^ Role ^ Term ends ^", "Group | Councillor | Council | Role | Term ends");
const groups = ["Conservative", "Labour", "Liberal Democrat", "Green Party", "Independent"];
for (const g of groups) {
  const ms = PEOPLE.filter((p) => p.group === g);
  ms.forEach((p, i) => {
    const role = p.role === "Member" ? (p.lead ? `Member \\\\ //Lead member: ${p.lead}//` : "Member") : p.lead ? `**${p.role}** \\\\ //Lead member: ${p.lead}//` : `**${p.role}**`;
    const roleR = p.role === "Member" ? (p.lead ? `Member Lead member: ${p.lead}` : "Member") : p.lead ? `${p.role} Lead member: ${p.lead}` : p.role;
    const first = i === 0 ? `| ${g} ` : "| ::: ";
    line(`${first}| Cllr ${p.fore} ${p.sur} | ${p.council} | ${role} | ${p.term} |`, `${i === 0 ? g + " | " : ""}Cllr ${p.fore} ${p.sur} | ${p.council} | ${roleR} | ${p.term}`);
  });
}
line("");
line("==== Named substitutes ====", "Named substitutes");
line("");
for (const s of SUBS) line(`  * Cllr ${s.fore} ${s.sur} (${s.group}, ${s.council})`, `Cllr ${s.fore} ${s.sur} (${s.group}, ${s.council})`);
line("  * <del>Cllr Lucinda Farrimond-Ashe (Labour, Tarnwick City Council)</del> stood down 2117-09-14; Cllr Ashdown-Pryce replaced her", "Cllr Lucinda Farrimond-Ashe (Labour, Tarnwick City Council) stood down 2117-09-14; Cllr Ashdown-Pryce replaced her");
line("");
line("===== Officer support =====", "Officer support");
line("");
line("^ Officer ^ Post ^ Covers ^ Phone ^ E-mail ^", "Officer | Post | Covers | Phone | E-mail");
const covers = { severine: "Lead officer; Quiet Nights Fund", tamsin: "Clerk; agendas, minutes, substitutes", ignatius: "Out-of-hours pilot; enforcement", rosalind: "Performance reports (Pentana)", hamish: "Budget and grant payments", niamh: "Neighbour noise protocol; licensing", barnaby: "Prosecutions; legal advice" };
for (const [k, c] of Object.entries(covers)) line(`| ${ulink(k)} | ${O[k].post} | ${c} | ${O[k].phone} | <${O[k].email}> |`, `${O[k].name} | ${O[k].post} | ${c} | ${O[k].phone} | ${O[k].email}`);
line("");
line("===== Meetings 2117/18 =====", "Meetings 2117/18");
line("");
for (const m of MEETINGS) {
  const note = m.iso === "2117-11-23" ? " -- Room 3.1, papers out 15 November" : m.iso < "2117-11-01" ? " -- //held//" : "";
  const noteR = m.iso === "2117-11-23" ? " -- Room 3.1, papers out 15 November" : m.iso < "2117-11-01" ? " -- held" : "";
  line(`  - ${m.date}${note}`, `${m.date}${noteR}`);
}
line("");
line("===== Programme risk register =====", "Programme risk register");
line("");
line("Reviewed by the programme board on 2117-10-27. Likelihood (L) and impact (I) are scored 1 to 5; the score is L x I. The RAG rating follows from the score (see the key under the table).", "Reviewed by the programme board on 2117-10-27. Likelihood (L) and impact (I) are scored 1 to 5; the score is L x I. The RAG rating follows from the score (see the key under the table).");
line("");
line("^ Ref ^ Risk ^ L ^ I ^ Score ^ RAG ^ Owner ^ Controls and next steps ^", "Ref | Risk | L | I | Score | RAG | Owner | Controls and next steps");
const COL = { R: "#ffffff/#c00000", A: "#000000/#ffc000", G: "#ffffff/#00b050" };
for (const r of RISKS) {
  const foot = r.ref === "NSR-04" ? "((Listings at the three busiest magistrates' courts were 14 weeks behind in October 2117.))" : "";
  const footR = r.ref === "NSR-04" ? " (Listings at the three busiest magistrates' courts were 14 weeks behind in October 2117.)" : "";
  line(`| ${r.ref} | ${r.risk}${foot} |  ${r.l} |  ${r.i} |  ${r.score} | <color ${COL[r.rag]}>**${r.rag}**</color> | ${ulink(r.owner)} | ${r.controls} |`, `${r.ref} | ${r.risk}${footR} | ${r.l} | ${r.i} | ${r.score} | ${r.rag} | ${O[r.owner].name} | ${r.controls}`);
}
line("");
line("^ Key ^^", "Key");
line("| **R** | Red: score 15 or more. Report to the Task Group and escalate to the Board. |", "R | Red: score 15 or more. Report to the Task Group and escalate to the Board.");
line("| **A** | Amber: score 8 to 14. Managed by the programme board; reported to the Task Group each quarter. |", "A | Amber: score 8 to 14. Managed by the programme board; reported to the Task Group each quarter.");
line("| **G** | Green: score 7 or less. Reviewed by the owner. |", "G | Green: score 7 or less. Reviewed by the owner.");
line("");
line("===== Useful pages =====", "Useful pages");
line("");
line("  * [[nsntg:written_procedure|How the written procedure works]]", "How the written procedure works");
line("  * [[nsntg:pentana|Updating PIs in Pentana]] -- deadline is the 20th of the month after quarter end", "Updating PIs in Pentana -- deadline is the 20th of the month after quarter end");
line("  * [[nsntg:archive|Papers from 2116/17]]", "Papers from 2116/17");
line("");
line("{{tag>nsntg noise task_group 2117-18}}");
writeFileSync(join(root, "docs", FILE), src.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
