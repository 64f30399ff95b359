// Builds docs/libraries-panel-terms-of-reference-membership-2098-99.md and its rendering in text/.
// Layout: A PAGE OF AN MKDOCS MATERIAL SITE (the markdown source as kept in the site's docs/ folder):
// YAML front matter (title, description, tags, hide), an icon shortcode in the title
// (:material-bookshelf:), a snippets include line (--8<-- "…") that the site build replaces, ADMONITIONS
// ("!!! info", "!!! warning", and collapsible "??? note" blocks, their bodies indented four spaces),
// attribute lists on links ({ .md-button }), CONTENT TABS (=== "Members (12)" / === "Named substitutes (3)"
// / === "Officers") whose tables are indented four spaces inside each tab, a markdown footnote marker in
// a table cell, a definition list of lead members, emoji shortcodes in the meeting list, and
// ABBREVIATIONS defined at the end (*[CHCF]: …) that the site shows as tooltips.
// Rendering: as the built page reads: front matter as "key: value", icon and emoji shortcodes dropped,
// the include line left out, each admonition's title on its own line then its body, tab labels as
// lines, table rows with cells " | ", the footnote at the end, abbreviations left out (they are tooltips).
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-tor-mkdocs-md.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, PARENT, PROGRAMME, FUND, VENUE, OFFICERS as O, MEMBERS, SUBS, FORMER, MEETINGS, WORKSTREAMS } from "./common.mjs";

const BASE = "libraries-panel-terms-of-reference-membership-2098-99";
const md = [];
const out = [];
const L = (m, r) => { md.push(m); if (r !== undefined && r !== null) out.push(r); };
const leadOf = Object.fromEntries(WORKSTREAMS.map((w) => [w.member, `${w.name} (${w.id})`]));

L("---");
L(`title: ${BODY}`, `title: ${BODY}`);
L("description: Terms of reference, membership and meetings 2098/99", "description: Terms of reference, membership and meetings 2098/99");
L("tags:", "tags: panels, libraries, terms of reference");
L("  - panels"); L("  - libraries"); L("  - terms of reference");
L("hide:"); L("  - navigation");
L("---");
L("");
L(`# :material-bookshelf: ${BODY}`, BODY);
L("");
L('--8<-- "includes/abbreviations.md"');
L("");
L('!!! info "Status of this page"', "Status of this page");
L(`    Terms of reference agreed by the ${PARENT} on 3 June 2098. Membership updated on 1 October 2098.`, `Terms of reference agreed by the ${PARENT} on 3 June 2098. Membership updated on 1 October 2098.`);
L("");
L("[Download as PDF](../assets/pdf/plchp-terms-of-reference-2098-99.pdf){ .md-button } [Meeting papers](meetings.md){ .md-button .md-button--primary }", "Download as PDF Meeting papers");
L("");
L("## 1. Purpose", "1. Purpose");
L("");
L(`The Panel is a member panel of the ${PARENT}. It oversees the LGA's ${PROGRAMME} 2098–2100, which helps councils keep public libraries open and modern, bring other services into library buildings as community hubs, and share digital services. It reports to the Board after each meeting.`, `The Panel is a member panel of the ${PARENT}. It oversees the LGA's ${PROGRAMME} 2098–2100, which helps councils keep public libraries open and modern, bring other services into library buildings as community hubs, and share digital services. It reports to the Board after each meeting.`);
L("");
L("## 2. Terms of reference", "2. Terms of reference");
L("");
const TOR = [
  `To oversee the delivery of the ${PROGRAMME} and its five workstreams, and to receive a performance report each quarter.`,
  `To agree the design of each round of the ${FUND} (CHCF) and to award grants from it, within the budget agreed by the Board (£4.2 million for round 1).`,
  "To agree the LGA's approach to buying shared digital services for councils' libraries, including the Shared eLending Consortium's platform.",
  "To agree LGA responses to Government consultations on public libraries, within the policy set by the Board.",
  "To appoint lead members for each workstream from among its members.",
  "To commission peer challenges of library services and to receive their learning.",
];
TOR.forEach((t, i) => L(`${i + 1}. ${t}`, `${i + 1}. ${t}`));
L("");
L('!!! warning "Decisions between meetings"', "Decisions between meetings");
L(`    The Chair, after consulting the Vice-Chair and the ${O.fairweather.post}, may agree a change of up to £25,000 to a single CHCF grant between meetings. Any such change is reported to the next meeting. Larger changes, and new awards, are for the Panel.`, `The Chair, after consulting the Vice-Chair and the ${O.fairweather.post}, may agree a change of up to £25,000 to a single CHCF grant between meetings. Any such change is reported to the next meeting. Larger changes, and new awards, are for the Panel.`);
L("");
L("## 3. Membership 2098/99", "3. Membership 2098/99");
L("");
L("Members are appointed by the political groups in proportion to their share of councillors. Each group may name substitutes.", "Members are appointed by the political groups in proportion to their share of councillors. Each group may name substitutes.");
L("");
L('=== "Members (12)"', "Members (12)");
L("");
L("    | Member | Group | Council | Role | Lead member for |", "Member | Group | Council | Role | Lead member for");
L("    |---|---|---|---|---|");
for (const m of MEMBERS) {
  const name = m.from ? `${m.name}[^1]` : m.name;
  L(`    | ${name} | ${m.party} | ${m.council} | ${m.role} | ${leadOf[m.name] ?? "–"} |`, `${m.from ? m.name + "¹" : m.name} | ${m.party} | ${m.council} | ${m.role} | ${leadOf[m.name] ?? "–"}`);
}
L("");
L('=== "Named substitutes (3)"', "Named substitutes (3)");
L("");
L("    | Substitute | Group | Council |", "Substitute | Group | Council");
L("    |---|---|---|");
for (const s of SUBS) L(`    | ${s.name} | ${s.party} | ${s.council} |`, `${s.name} | ${s.party} | ${s.council}`);
L("");
L("    A substitute may attend and vote only in place of an absent member of their own group.", "A substitute may attend and vote only in place of an absent member of their own group.");
L("");
L('=== "Officers"', "Officers");
L("");
L("    | Officer | Role for the Panel | Telephone | Email |", "Officer | Role for the Panel | Telephone | Email");
L("    |---|---|---|---|");
const ROLE = [[O.fairweather, "Lead officer; programme lead for WS4 and WS5"], [O.millington, "Community Hubs Capital Fund; WS1 and WS3"], [O.pemberton, "Shared eLending Consortium; WS2"], [O.teague, "Finance"], [O.yeo, "Performance reports"], [O.lindqvist, "Clerk to the Panel"]];
for (const [o, r] of ROLE) L(`    | ${o.name}, ${o.post} | ${r} | ${o.phone} | <${o.email}> |`, `${o.name}, ${o.post} | ${r} | ${o.phone} | ${o.email}`);
L("");
L("## 4. Quorum and voting", "4. Quorum and voting");
L("");
L('??? note "Quorum"', "Quorum");
L("    The quorum is one third of the members (four), from at least two political groups. If a meeting is not quorate, members present may discuss the business but decisions are taken by the Chair under the arrangements for decisions between meetings, or deferred.", "The quorum is one third of the members (four), from at least two political groups. If a meeting is not quorate, members present may discuss the business but decisions are taken by the Chair under the arrangements for decisions between meetings, or deferred.");
L("");
L('??? note "Voting"', "Voting");
L("    Decisions are made by consensus where possible. Where a vote is needed, it is by a simple majority of the members present, and the Chair has a second or casting vote. A member who has declared an interest in a grant bid does not vote on it.", "Decisions are made by consensus where possible. Where a vote is needed, it is by a simple majority of the members present, and the Chair has a second or casting vote. A member who has declared an interest in a grant bid does not vote on it.");
L("");
L("## 5. Lead members", "5. Lead members");
L("");
for (const w of WORKSTREAMS) { L(`${w.id} ${w.name}`, null); L(`:   ${w.member}`, `${w.id} ${w.name}: ${w.member}`); L(""); }
L("## 6. Meetings 2098/99", "6. Meetings 2098/99");
L("");
L(`All meetings start at 10.30am in the ${VENUE}, with members able to join online.`, `All meetings start at 10.30am in the ${VENUE}, with members able to join online.`);
L("");
const MNOTE = ["terms of reference, work programme, CHCF design principles", "CHCF round 1 design, eLending procurement, Q1 performance", "CHCF round 1 awards, extended-access recovery plan, Q2 performance", "volunteering deep dive, business rates relief for libraries, Q3 performance"];
MEETINGS.forEach((m, i) => L(`- :calendar: **${m.date}** – ${MNOTE[i]}`, `${m.date} – ${MNOTE[i]}`));
L("");
L("## 7. Review", "7. Review");
L("");
L("These terms of reference will be reviewed by the Board in May 2099.", "These terms of reference will be reviewed by the Board in May 2099.");
L("");
L(`[^1]: Cllr Margit Olawale replaced ${FORMER.name} (${FORMER.party}, ${FORMER.council}) from 1 October 2098.`, `¹ Cllr Margit Olawale replaced ${FORMER.name} (${FORMER.party}, ${FORMER.council}) from 1 October 2098.`);
L("");
L("*[CHCF]: Community Hubs Capital Fund");
L("*[LGA]: Local Government Association");
L("*[WS]: Workstream");
writeFileSync(join(root, "docs", BASE + ".md"), md.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${BASE}.md and text/${BASE}.txt`);
