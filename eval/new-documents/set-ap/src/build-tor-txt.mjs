// Builds docs/children-not-in-school-task-group-terms-of-reference-2077-06-16.txt and its rendering
// text/children-not-in-school-task-group-terms-of-reference-2077-06-16.txt from the same content.
//
// Layout: a plain-text paper whose cover sheet is YAML-like, as written out by a report template
// ("report_title: ...", "decision_required: yes", "lead_member: Cllr ...", lists as "- item", a folded
// "summary: >" block), a "---" line, then the paper itself with typed paragraph numbers and three annexes
// (terms of reference, membership typed as "name - council - group" lines, meeting dates).
// Synthetic test fixture: the body, people, figures and decisions are invented.
//
//   node src/build-tor-txt.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = "children-not-in-school-task-group-terms-of-reference-2077-06-16";

// --- checks on the content: the budget adds up, the membership is 10 in the agreed proportions
const budget = [
  ["Pilot grants (five councils at £18,000 each)", 90000],
  ["EHE survey and research", 40000],
  ["Officer time and programme management", 32000],
  ["Webinars and events", 12000],
  ["Councillor briefing (design and print)", 6000],
  ["Members' travel and subsistence", 4000],
  ["Contingency", 6000],
];
const total = budget.reduce((s, [, v]) => s + v, 0);
if (total !== 190000) throw new Error("budget total " + total);
const gbp = (n) => "£" + n.toLocaleString("en-GB");

const members = [
  ["Cllr Rosalind Gaukroger (Chair)", "Calderdale Council", "Labour"],
  ["Cllr Moira Dugdale", "Gateshead Council", "Labour"],
  ["Cllr Tobias Raistrick", "Bristol City Council", "Labour"],
  ["Cllr Amara Agbaje", "London Borough of Southwark", "Labour"],
  ["Cllr Desmond Fazackerley (Vice-Chair)", "Lancashire County Council", "Conservative"],
  ["Cllr Harriet Beecroft", "West Sussex County Council", "Conservative"],
  ["Cllr Graham Ollerton", "North Yorkshire Council", "Conservative"],
  ["Cllr Yusuf Lakhani (Deputy Chair)", "London Borough of Sutton", "Liberal Democrat"],
  ["Cllr Bronwen Kirkbride", "Herefordshire Council", "Independent"],
  ["Cllr Pippa Leadbetter", "Stroud District Council", "Independent (Green Party)"],
];
const subs = [
  ["Cllr Kwame Ndiaye", "Luton Borough Council", "Labour"],
  ["Cllr Edmund Catterick", "Central Bedfordshire Council", "Conservative"],
  ["Cllr Sabina Farooqi", "Eastleigh Borough Council", "Liberal Democrat"],
  ["Cllr Alun Prestwich", "Cumberland Council", "Independent"],
];
const count = (g) => members.filter((m) => m[2].startsWith(g)).length;
if (members.length !== 10 || count("Labour") !== 4 || count("Conservative") !== 3 || count("Liberal") !== 1 || count("Independent") !== 2)
  throw new Error("membership proportions");

const cover = `# Report cover sheet - exported from the committee papers template (cover_sheet v3.2)
# Fields marked n/a do not apply to this report.
report_title: Terms of reference, membership and work programme 2077/78
meeting: Children Not in School Task Group
meeting_date: Wednesday 16 June 2077
agenda_item: 2
report_status: final
purpose: For decision
decision_required: yes
confidential: no
exempt_paragraph: n/a
lead_member: Cllr Rosalind Gaukroger (Chair)
contact_officer: Eleri Jaggard
contact_position: Senior Adviser, Children and Young People
contact_phone: 020 7946 0388
contact_email: eleri.jaggard@local.gov.uk
summary: >
  The Children and Young People Board agreed on 12 May 2077 to set up a task and finish group
  to help councils prepare for the duty to keep a register of children not in school. This
  report sets out the group's draft terms of reference, its membership for 2077/78 as notified
  by the political groups, its meeting dates, a work programme and the five councils proposed
  for the register pilots.
recommendations:
  - That the Task Group agrees the terms of reference at Annex A.
  - That the Task Group notes its membership for 2077/78 at Annex B.
  - That the Task Group agrees the five pilot councils at paragraph 9 and a grant of £18,000 to each.
  - That the Task Group agrees the work programme at paragraph 13.
action: >
  Officers to write to the five pilot councils with grant agreements by 30 June 2077.
financial_implications: >
  The Task Group's budget for 2077/78 is £190,000, delegated by the Board from its improvement
  programme. Paragraph 11 sets out how it is to be spent.
equalities_implications: yes - see paragraph 15
appendices:
  - Annex A - Terms of reference
  - Annex B - Membership 2077/78
  - Annex C - Meeting dates 2077/78
previous_papers:
  - Children and Young People Board, 12 May 2077, item 6 - Children not in school: proposed task group
---`;

const paper = `Children Not in School Task Group
16 June 2077

Item 2

Terms of reference, membership and work programme 2077/78

Background

1. The Children's Schooling Act 2076 will require every council with education duties to keep a register of children of compulsory school age who are not on the roll of a registered school, or who attend one only part time. The duty comes into force on 1 September 2078. Councils will also have to offer support to families who choose elective home education and to share register data with other councils when a family moves.

2. Councils know that children not in school are often out of sight of services. Many keep voluntary lists of children in elective home education (EHE) and of children missing education (CME), but the lists are built differently from one council to the next and are rarely shared across council borders.

3. On 12 May 2077 the Children and Young People Board agreed to set up the Children Not in School Task Group for one year, to report back to the Board in April 2078. The Board appointed Cllr Rosalind Gaukroger as Chair and asked the political groups to nominate the other members.

Terms of reference

4. The draft terms of reference are at Annex A. They follow the model the Board uses for its task and finish groups, with two changes: the Task Group may agree spending within its own budget, and its notes will be published rather than formal minutes.

5. The quorum proposed is four members, from at least two political groups. Substitutes count towards the quorum when they attend in place of a member of their own group.

Membership

6. The political groups have nominated ten members and four substitutes, listed at Annex B, in the proportions the Board agreed: Labour four, Conservative three, Liberal Democrat one and Independent two. The Conservative group has nominated Cllr Desmond Fazackerley as Vice-Chair and the Liberal Democrat group Cllr Yusuf Lakhani as Deputy Chair.

7. Cllr Pippa Leadbetter sits in the Independent group's place as a member of the Green Party, under the arrangement between the two groups on LGA bodies.

Register pilots

8. The Board asked the Task Group to test how a register might work in practice before the duty begins. Officers invited expressions of interest in May 2077 and received nineteen.

9. Officers propose five pilot councils, chosen to cover different kinds of area and different parts of the duty:
- Wirral Council - tracking children missing education across council borders;
- Norfolk County Council - building a register on an existing EHE database in a large rural county;
- Leicester City Council - linking the register with health visiting and school nursing records;
- Cornwall Council - finding children who attend unregistered settings;
- London Borough of Hounslow - families who move between London boroughs.

10. Each pilot would receive a grant of £18,000, paid half on signing the grant agreement, a quarter on an interim report and a quarter on the final report, which is due by 30 November 2077. Each pilot will report progress to each meeting of the Task Group.

Budget

11. The Board has delegated a budget of £190,000 for 2077/78. Officers propose to spend it as follows:
${budget.map(([k, v]) => `- ${k}: ${gbp(v)}`).join("\n")}
- Total: ${gbp(total)}

12. Spending beyond a budget line needs the agreement of the Task Group; the contingency may be used on the Chair's agreement for sums up to £2,000, and by the Task Group above that.

Work programme

13. The proposed work programme for the year is:
- 16 June 2077: terms of reference, membership, pilots and budget; draft councillor briefing on elective home education;
- 22 September 2077: progress of the pilots; emerging findings of the EHE survey;
- 8 December 2077: performance and risk report for quarter 2; budget monitoring; draft guidance for councils on EHE home visits;
- 16 March 2078: the pilots' final reports; the Task Group's final report and recommendations to the Board.

14. A survey of all 153 councils with education duties will run over the summer. It will ask how many children each council knows to be in elective home education, how councils keep their lists and what support they give. The last comparable survey, in 2076, had a response rate of 48 per cent.

Implications

15. Equalities: Gypsy, Roma and Traveller children and children with special educational needs are over-represented among children not in school. The pilots will record both, and the survey asks about them.

16. There are no other legal implications for the LGA. Each pilot council is responsible for its own data protection impact assessment.

Next steps

17. Subject to the Task Group's agreement, officers will issue grant agreements by 30 June 2077 and the survey will open in early July.

Annex A - Terms of reference

A1. Purpose: to help councils prepare for the duty to keep a register of children not in school under the Children's Schooling Act 2076, and to make the case to Government for the funding, data sharing and guidance that councils will need.

A2. Scope: children in elective home education; children missing education; children attending unregistered settings; children on part-time timetables. School exclusions and alternative provision are outside the scope and remain with the Board.

A3. Status: a task and finish group of the Children and Young People Board, from 12 May 2077 to 31 March 2078. It makes recommendations to the Board and does not make decisions on behalf of the LGA, except spending within its delegated budget.

A4. Membership: ten councillors nominated by the political groups in proportion to the Board, and one substitute for each group. The Chair is appointed by the Board. The Vice-Chair is nominated by the second largest group and the Deputy Chair by the Liberal Democrat group.

A5. Quorum: four members, from at least two political groups.

A6. Meetings: four meetings a year, held at 18 Smith Square and online. Notes of each meeting are published on the LGA website.

A7. Reporting: the Chair reports to each meeting of the Board; the Task Group's final report goes to the Board in April 2078.

A8. Declarations of interest: members declare any interest at the start of each meeting, under the LGA's code of conduct for members of its boards.

A9. Officer support: Lorna Menzies, Head of Children and Young People Policy (lead officer); Eleri Jaggard, Senior Adviser; Tomasz Haslam, Member Services Officer.

Annex B - Membership 2077/78

Members
${members.map((m) => m.join(" - ")).join("\n")}

Substitutes
${subs.map((m) => m.join(" - ")).join("\n")}

Annex C - Meeting dates 2077/78

All meetings start at 11.00 am, at 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams.
- Wednesday 16 June 2077
- Wednesday 22 September 2077
- Wednesday 8 December 2077
- Wednesday 16 March 2078
`;

const doc = cover + "\n\n" + paper;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", base + ".txt"), doc);

// Rendering: what a reader sees is the file itself, so the rendering is the file (the scorer and
// check-gold.mjs compare words with whitespace normalised, so quotes may run across line breaks).
const rendering = doc;
writeFileSync(join(root, "text", base + ".txt"), rendering);
console.log("wrote", base, "budget", gbp(total));
