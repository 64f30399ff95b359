// Builds docs/urctg-task-group-page-2164-01-30.md and its rendering in text/.
// Layout: THE SOURCE OF A DOCUSAURUS (v3) DOCS PAGE – a `.md` file that Docusaurus compiles as MDX – from the
// programme's documentation site, as kept in its repository (docs/governance/task-group.md), last updated
// 30 January 2164. YAML FRONT MATTER of site settings (id, slug, sidebar_position, tags, a `last_update`
// block with date and author); `import` LINES for the theme's Tabs and the site's own React components;
// THE PAGE'S DATA AS JAVASCRIPT: `export const members = [ … ]`, `substitutes`, `risks` and `closedRisks`,
// arrays of object literals formatted by Prettier (a key a line, single-quoted strings, trailing commas,
// `// comments`), which the page renders only through JSX COMPONENTS (`<MemberGrid members={members} />`,
// `<RiskTable risks={risks} tolerance={15} />`) – so the membership and the risk register exist in the
// source only as code, the register WITHOUT ITS SCORES (the component multiplies likelihood by impact;
// a comment says so) and with the November score as `lastScore`; `<Tabs>` / `<TabItem>` around the
// register's open and closed risks; ADMONITIONS in Docusaurus 3 syntax (`:::info[Next meeting]` …
// `:::`); an MDX comment `{/* … */}`; heading ids `{#terms-of-reference}`; a `<details>` block with the
// scoring bands; `<Badge>` components inside a markdown table; relative doc links. Being a page of
// 30 January 2164, it still lists the member who stood down on 6 February.
// Rendering: the page as a reader of the source takes it: the front matter's title, description and
// last_update as "key: value" lines; headings, paragraphs, list items and table rows (alignment row
// dropped, `**` and tags dropped, link text kept); each exported object as one line of its "key: value"
// pairs in source order (quotes, braces and commas of the code dropped); comments' text as lines;
// admonition titles and bodies; imports and component tags left out.
// Synthetic test fixture: every person, risk and figure is invented.
//   node src/build-page-docusaurus-md.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, BODY, SHORT, BOARD, FUND, O, MEMBERS_JAN, SUBS, RISKS, CLOSED, TOLERANCE, MEETINGS } from "./common.mjs";

const FILE = DOCS.page;
const BASE = basename(FILE, extname(FILE));
const src = [];
const out = [];
const S = (...lines) => src.push(...lines);
const R = (...lines) => out.push(...lines);
const both = (line, render = line) => { S(line); if (render != null) R(render); };
const q = (s) => (s.includes("'") ? `"${s}"` : `'${s}'`);
// an exported array of objects, Prettier-style, and its rendering (one line per object)
const exportArray = (name, objs, comment) => {
  if (comment) for (const c of [].concat(comment)) { S(`// ${c}`); R(c); }
  S(`export const ${name} = [`);
  for (const o of objs) {
    S("  {");
    const pairs = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) continue;
      if (k.startsWith("//")) { S(`    // ${v}`); pairs.push(v); continue; }
      S(`    ${k}: ${v === null ? "null" : typeof v === "number" ? v : q(v)},`);
      pairs.push(`${k}: ${v === null ? "null" : v}`);
    }
    S("  },");
    R(pairs.join(", "));
  }
  S("];", "");
};

// ------------------------------------------------------------------ front matter and imports
S("---");
S("id: task-group");
both(`title: ${BODY}`);
S("sidebar_label: Task Group", "sidebar_position: 2", "slug: /governance/task-group");
both(`description: Terms of reference, members, risk register and meetings of the ${SHORT}.`);
S("tags: [governance, members, risks]");
S("last_update:");
both("  date: 2164-01-30", "date: 2164-01-30");
both(`  author: ${O.zainab.name}`, `author: ${O.zainab.name}`);
S("---", "");
S("import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "import MemberGrid from '@site/src/components/MemberGrid';", "import RiskTable from '@site/src/components/RiskTable';", "import Badge from '@site/src/components/Badge';", "");

// ------------------------------------------------------------------ data
exportArray("members", MEMBERS_JAN.map((m) => ({ name: `${m.fore} ${m.sur}`, council: m.council, group: m.group, role: m.role, lead: m.lead })),
  "Members 2163/64. MemberGrid adds 'Cllr' and sorts by role.");
exportArray("substitutes", SUBS.map((m) => ({ name: `${m.fore} ${m.sur}`, council: m.council, group: m.group })));
const ownerName = (k) => O[k].name;
exportArray("risks", RISKS.map((r) => ({
  ref: r.ref, risk: r.risk, owner: ownerName(r.owner), likelihood: r.l, impact: r.i, lastScore: r.nov, trend: r.trend, added: r.added,
})), ["Open risks, reviewed by officers on 29 January 2164.", "RiskTable works out score = likelihood x impact and colours it by band.", "lastScore is the score at the November 2163 review (null for a new risk)."]);
exportArray("closedRisks", CLOSED.map((r) => ({ ref: r.ref, risk: r.risk, owner: ownerName(r.owner), closed: r.closed, note: r.why })));
S("{/* TODO: add the sensor dashboard link when it goes live in June */}", "");
R("TODO: add the sensor dashboard link when it goes live in June");

// ------------------------------------------------------------------ page
both(`# ${BODY}`, BODY);
S("");
both(`The ${BODY} (${SHORT}) is a member task group of the [${BOARD}](../board.md). It oversees the [Rodent Reduction Programme 2163–65](../../programme/overview.md) and decides the awards of the [${FUND}](../../fund/index.md).`,
  `The ${BODY} (${SHORT}) is a member task group of the ${BOARD}. It oversees the Rodent Reduction Programme 2163–65 and decides the awards of the ${FUND}.`);
S("");
S(":::info[Next meeting]");
R("Next meeting");
both("Wednesday 14 March 2164, 10.30am, Room 3.1, 18 Smith Square, and on Teams. Papers are published a week before the meeting.");
S(":::", "");
both("## Terms of reference {#terms-of-reference}", "Terms of reference");
S("");
both("### Purpose", "Purpose");
S("");
both("The Task Group:");
S("");
const purposes = [
  "sets the priorities of the Rodent Reduction Programme and monitors its measures, risks and budget;",
  `agrees the prospectus of each round of the ${FUND} and decides its awards;`,
  "works with the water companies on sewer baiting and sewer defects;",
  "reports to the Board twice a year.",
];
purposes.forEach((t, i) => both(`${i + 1}. ${t}`));
S("");
both("### Membership and quorum", "Membership and quorum");
S("");
both("Twelve councillors nominated by member councils, with up to three named substitutes. The Board appoints the Chair and the Vice-Chair. The quorum is four members.");
S("");
both("### Decisions between meetings {#urgent-decisions}", "Decisions between meetings");
S("");
both("Between meetings the Chair may, after consulting the Vice-Chair, approve spending of up to £25,000 from the programme contingency where waiting for the next meeting would put public health at risk. Each urgent decision is recorded on a decision record and reported to the next meeting.");
S("");
S(":::note");
both("Spending above £25,000 is always decided at a meeting of the Task Group.");
S(":::", "");
both("### Risk", "Risk");
S("");
S("<details>");
both("  <summary>How risks are scored</summary>", "How risks are scored");
S("");
both(`Each risk is scored likelihood × impact, each from 1 to 5: 1–4 Low, 5–9 Medium, 10–15 High, 16–25 Critical. Risks scoring above the Task Group's tolerance of ${TOLERANCE} are reported to the Board.`);
S("");
S("</details>", "");
both("## Members 2163/64 {#members}", "Members 2163/64");
S("");
S("<MemberGrid members={members} columns={3} />", "");
both("Substitutes:");
S("");
S("<MemberGrid members={substitutes} compact />", "");
both("## Risk register {#risk-register}", "Risk register");
S("");
both("The programme risk register, last reviewed by officers on 29 January 2164. Scores and bands are worked out from likelihood and impact.");
S("");
S('<Tabs groupId="risks">');
S('  <TabItem value="open" label="Open risks" default>');
S(`    <RiskTable risks={risks} tolerance={${TOLERANCE}} />`);
S("  </TabItem>");
S('  <TabItem value="closed" label="Closed">');
S("    <RiskTable risks={closedRisks} closed />");
S("  </TabItem>");
S("</Tabs>", "");
S(":::caution[Escalation]");
R("Escalation");
both(`Risks scoring above ${TOLERANCE} are escalated to the ${BOARD} at its next meeting, with the owner's mitigation plan.`);
S(":::", "");
both("## Meetings 2163/64 {#meetings}", "Meetings 2163/64");
S("");
both("| Date | Time | Papers |", "Date | Time | Papers");
S("| --- | --- | --- |");
const mrow = (cells, render) => both(`| ${cells.join(" | ")} |`, render.join(" | "));
mrow(["Wednesday 21 June 2163", "10.30am", "[Agenda and minutes](/papers/urctg/2163-06-21)"], ["Wednesday 21 June 2163", "10.30am", "Agenda and minutes"]);
mrow(["Wednesday 21 September 2163", "10.30am", "[Agenda and minutes](/papers/urctg/2163-09-21)"], ["Wednesday 21 September 2163", "10.30am", "Agenda and minutes"]);
mrow(["Wednesday 23 November 2163", "10.30am", '[Agenda](/papers/urctg/2163-11-23) <Badge type="warning">Minutes in draft</Badge>'], ["Wednesday 23 November 2163", "10.30am", "Agenda Minutes in draft"]);
mrow(["Wednesday 14 March 2164", "10.30am", "Papers to be published on 6 March"], ["Wednesday 14 March 2164", "10.30am", "Papers to be published on 6 March"]);
mrow(["Wednesday 20 June 2164", "10.30am", "<Badge>Provisional</Badge>"], ["Wednesday 20 June 2164", "10.30am", "Provisional"]);
S("");
both("## Contacts {#contacts}", "Contacts");
S("");
const contact = (label, o) => both(`- **${label}:** ${o.name}, ${o.post} – ${o.email} – ${o.phone}`, `${label}: ${o.name}, ${o.post} – ${o.email} – ${o.phone}`);
contact("Lead officer", O.ptolemy);
contact("Clerk to the Task Group", O.ismay);
contact("Fund enquiries", O.henrietta);
contact("Water companies and sewer baiting", O.augustin);
contact("Data, sensors and this page", O.zainab);
S("");

writeFileSync(join(root, "docs", FILE), src.join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
