// Builds docs/pollinators-verges-task-group-terms-of-reference-membership-2092-93.docx and its rendering.
// Layout: Word terms of reference whose membership table has ONE COLUMN PER POLITICAL GROUP (the group
// and its number of seats in the header cell), members listed down each column (name with office in
// brackets, council on the line below), so a table row holds four unrelated people; a merged
// "Substitutes" row splits the table, then one substitute per column. A note marks the newest member.
// Synthetic test fixture: every person, figure and decision is invented.
//   node src/build-tor-membership-docx.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { root, BODY, PARENT, OFFICERS, GROUPS } from "./common.mjs";
import { buildDocx, renderText } from "./docx-kit.mjs";

const BASE = "pollinators-verges-task-group-terms-of-reference-membership-2092-93";
const B = [];
const meta = (text) => B.push({ t: "meta", text });
const title = (text) => B.push({ t: "title", text });
const h1 = (text) => B.push({ t: "h1", text });
const p = (text, label, o = {}) => B.push({ t: "p", text, label, ...o });
const li = (text) => p(text, undefined, { indent: 567 });
const table = (header, rows, widths, o = {}) => B.push({ t: "table", header, rows, widths, ...o });

meta("Local Government Association");
title(`${BODY}: terms of reference and membership 2092/93`);
p("Version 1.2 – membership updated 4 November 2092");

h1("1. Status");
p(`The ${BODY} is a member task group of the LGA's ${PARENT}. The Board set it up on 14 May 2092 for two years, until 31 May 2094, when the Board will decide whether it should continue.`);
h1("2. Purpose");
p("The Task Group leads the LGA's work to help councils manage road verges and other green space for pollinators, reduce their use of pesticides, and control invasive non-native species on council land.");
h1("3. Terms of reference");
p("The Task Group will:");
li("(a) agree and oversee an annual delivery plan, reporting progress to each meeting;");
li("(b) award grants from the Cut and Collect Equipment Fund, under delegation from the Board, up to £1,500,000 in any one year;");
li("(c) oversee the Pesticide-Free Pavements Pilot and its evaluation;");
li("(d) agree the LGA's responses to consultations on pesticides, verge management and invasive species, and report them to the Board;");
li("(e) report to the Board twice a year, and make an annual report in June.");
p("The Task Group cannot agree LGA policy that commits councils to spending; such matters are referred to the Board.");

h1("4. Membership");
p("The Task Group has 12 members appointed by the political groups of the LGA in proportion to their strength on the Board, and four substitutes, one for each group. Members are listed by political group below; the Chair, Vice-Chair and Deputy Chairs are shown after their names.");
const n = Math.max(...GROUPS.map((g) => g.members.length));
const memberCell = (m) => ({ paras: [`${m.name}${m.role ? ` (${m.role})` : ""}${m.party ? ` (${m.party})` : ""}${m.mark ?? ""}`, m.council] });
table(
  GROUPS.map((g) => `${g.group} (${g.members.length})`),
  [
    ...Array.from({ length: n }, (_, i) => GROUPS.map((g) => (g.members[i] ? memberCell(g.members[i]) : ""))),
    [{ text: "Substitutes", span: 4, bold: true, fill: "D9E2F3" }],
    GROUPS.map((g) => memberCell(g.sub)),
  ],
  [2410, 2410, 2410, 2408],
  { headerFill: "1F3864" },
);
p("* Cllr Josephine Colclough joined the Task Group on 1 November 2092, replacing Cllr Magnus Gidley (Durham County Council), who stood down on 31 October 2092.", undefined, { size: 18 });
p("Cllr Kenelm Rattray is a member of the Green Party and sits with the LGA Independent Group.", undefined, { size: 18 });

h1("5. Lead members");
p("The Task Group has appointed three lead members, who speak for it on their subject between meetings and sign off responses with the Chair:");
li("Verges and pollinators: Cllr Mabel Oakenfull");
li("Weed control and pesticides: Cllr Florian Jelbart");
li("Invasive species: Cllr Hortense Drinkall");

h1("6. Quorum");
p("The quorum is three members, who must come from at least two political groups.");
h1("7. Substitutes");
p("A member who cannot attend should send apologies to the clerk and may ask the substitute from their own political group to attend in their place. A substitute attending in place of a member may speak and vote. Substitutes receive the papers for every meeting.");
h1("8. Meetings 2092/93");
p("The Task Group meets four times a year, after its inaugural meeting on 9 July 2092. Meetings start at 11.00 am at 18 Smith Square, London SW1P 3HZ, and members may join online.");
li("Wednesday 17 September 2092");
li("Wednesday 3 December 2092");
li("Wednesday 4 March 2093");
li("Wednesday 10 June 2093 (annual report)");
h1("9. Officer support");
const o = OFFICERS;
table(
  ["Officer", "Role for the Task Group", "Phone", "Email"],
  [
    [o.stribling.name, `${o.stribling.post}; senior responsible officer`, o.stribling.phone, o.stribling.email],
    [o.burstow.name, `${o.burstow.post}; lead officer`, o.burstow.phone, o.burstow.email],
    [o.frogley.name, `${o.frogley.post}; Pesticide-Free Pavements Pilot`, o.frogley.phone, o.frogley.email],
    [o.ivatt.name, `${o.ivatt.post}; Verge Champions`, o.ivatt.phone, o.ivatt.email],
    [o.jeffcoate.name, `${o.jeffcoate.post}; Cut and Collect Equipment Fund`, o.jeffcoate.phone, o.jeffcoate.email],
    [o.ellerker.name, `${o.ellerker.post}; clerk to the Task Group`, o.ellerker.phone, o.ellerker.email],
  ],
  [1900, 3500, 1500, 2738],
);
h1("10. Document history");
table(
  ["Version", "Date", "Change"],
  [
    ["1.0", "25 June 2092", "Agreed by the Board."],
    ["1.1", "17 September 2092", "Lead members added (section 5)."],
    ["1.2", "4 November 2092", "Cllr Josephine Colclough replaces Cllr Magnus Gidley."],
  ],
  [1200, 2400, 6038],
);

const buf = await buildDocx(B, {
  title: `${BODY}: terms of reference and membership 2092/93`,
  subject: BODY,
  headerText: `${BODY} – terms of reference 2092/93`,
});
writeFileSync(join(root, "docs", BASE + ".docx"), buf);
writeFileSync(join(root, "text", BASE + ".txt"), renderText(B));
console.log("wrote", BASE);
