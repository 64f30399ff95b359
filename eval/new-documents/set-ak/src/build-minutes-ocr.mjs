// Builds docs/fly-tipping-task-group-minutes-2047-09-17-scan.txt – the minutes of the Task Group's meeting
// of 17 September 2047 as the OCR text of the scanned, signed paper copy – and its rendering
// text/fly-tipping-task-group-minutes-2047-09-17-scan.txt (the same text: the OCR output is what a reader
// of this file sees, misreadings included).
//
// What the OCR did to the page, on purpose: lines broken where the printed lines ended, with words split
// by a hyphen at the line end; a few characters misread (l for 1, O for 0, rn for m, I for l), two "fi"
// ligatures kept as the single ligature character; the two-column attendance block read straight across
// (left column and right column on one line, separated by spaces); the page-2 and page-3 running header
// ("Page 2") and the page numbers inside the text, with a form feed between pages; the words of a
// "RECEIVED" stamp and the handwritten date near the signature block.
//
//   node src/build-minutes-ocr.mjs
// Synthetic test fixture: the people and proceedings are invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "fly-tipping-task-group-minutes-2047-09-17-scan";
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });

// The attendance block was printed in two columns; the OCR engine read it line by line across the page.
const left = [
  "Members present:",
  "CIlr Helen Rowbotham (Chair) (Con)",
  "Cllr Sean Mulholland (Vice-Chair) (Lab)",
  "Cllr Fiona Gallacher (Deputy Chair) (LD)",
  "Cllr Martin Kershaw (Con)",
  "Cllr Priya Sahota (Con}",
  "Cllr Amina Haque (Lab)",
  "Cllr Rachel Entwistle (Lab)",
  "Cllr Karen Blundell (Lab)",
  "Cllr Raymond Culshaw (Ind)",
  "",
  "Substitutes:",
  "Cllr Neil Dewhurst (Con) for Cllr Pattinson",
  "Cllr Lorna Fitton (Ind) for Cllr Stirrup",
];
const right = [
  "Apologies:",
  "Cllr Graham Pattinson (Con)",
  "Cllr Jill Stirrup (Deputy Chair) (Ind)",
  "Cllr Owen Thackray (LD)",
  "",
  "In attendance:",
  "Nadia Kapoor - Head of Environment and",
  "   Waste Policy",
  "Tom Loxley - Senior Adviser (Waste Crime)",
  "Grace Nakamura - Adviser (Data and Evidence)",
  "Callum Horrocks - Senior Communications",
  "   Adviser (item 6)",
  "Ellie Yeoman - Member Services Officer",
  "Rob Cavanagh - Environment Agency (item 4)",
];
const gaps = [6, 4, 3, 3, 6, 7, 6, 5, 6, 5, 6, 6, 3, 4];
const across = left.map((l, i) => {
  const r = right[i] ?? "";
  if (!r) return l;
  if (!l) return " ".repeat(44 + gaps[i]) + r;
  return l.padEnd(42) + " ".repeat(gaps[i]) + r;
});

const page1 = `
                      LOCAL GOVERNMENT ASSOCIATION

               Fly-tipping and Waste Crime Task Group

Minutes of the meeting held on Tuesday 17 September 2047 at 11.00 am in the
Westminster Room, 18 Smith Square, London SW1P 3HZ and on Microsoft Teams

${across.join("\n")}

1    Welcome, apologies and declarations of interest

The Chair welcomed members to the second meeting of the Task Group, which
had been set up at the request of the EEHT Board. Cllr Helen Rowbot-
ham welcomed in particular Cllr Neil Dewhurst and Cllr Lorna Fitton, who
were attending as substitutes. Apologies were noted as above.

Cllr Priya Sahota declared a non-pecuniary interest in item 4, as her hus-
band is employed by a waste collection contractor that is regulated by the
Environment Agency. She remained in the meeting and took part in the
discussion.

Cllr Raymond Culshaw declared a non-pecuniary interest in item 3, as he
farms land at Canvey Island that has been repeatedly fly-tipped. He remained
in the meeting.

2    Minutes of the meeting held on 9 July 2O47

The minutes of the meeting held on 9 July 2047 were agreed as a correct
record.

                                                                          1
`;

const page2 = `
Fly-tipping and Waste Crime Task Group                               Page 2
17 September 2047

3    Work programme 2047/48

Nadia Kapoor, Head of Environment and Waste Policy, introduced the report,
which set out four workstreams for the year: evidence and data; enforce-
ment powers; prevention and behaviour change; and funding. She said the
programme would be tracked quarterly and reported to each meeting.

Members welcomed the programme. Cllr Sean Mulholland said that the Task
Group could not succeed without the support and evidence of the Environ-
ment Agency and of private landowners, and proposed a fifth workstream on
partnerships. Cllr Culshaw supported the proposal and asked that the
National Farmers' Union be involved.

Decision
The Task Group agreed the work programme, with a fifth workstream on
partnerships with the Environment Agency and landowners.

Action
Oﬃcers to scope the partnerships workstream and add it to the tracker.

4    Serious and organised waste crime: the Environment Agency's view

Rob Cavanagh, Area Enforcement Manager at the Environment Agency, gave a
presentation on illegal waste sites and the organised dumping of tipper
lorry loads, which had risen by 9 per cent in a year. He said the Agency
would restructure its enforcement teams from November 2047 and that a
new Deputy Director for waste crime would be appointed.

Members asked how councils could report large incidents more quickly.
Mr Cavanagh offered to share the Agency's hotspot map with the Task Group.

Decision
The Task Group noted the presentation and thanked Mr Cavanagh.

Action
Grace Nakamura to circulate the Environment Agency's hotspot map to
members.

5    Vehicle seizure powers

Tom Loxley, Senior Adviser (Waste Crime), introduced the report. Councils
can seize vehicles they suspect have been used for fly-tipping, but only
23 councils had done so in 2046/47. Officers proposed seeking counsel's
opinion on whether the powers were ﬁt for purpose.

Members agreed that an opinion would strengthen the LGA's case to
Govemment. Cllr Kershaw asked that it cover vehicles hired for the day.

Decision
The Task Group agreed to commission an opinion from counsel at a cost not
exceeding £l2,000, to be met by a virement from the Task Group's con-
tingency budget.

                                                                          2
`;

const page3 = `
Fly-tipping and Waste Crime Task Group                               Page 3
17 September 2047

6    "Not In Our Street" campaign

Callum Horrocks, Senior Communications Adviser, introduced the proposed
campaign, which would encourage householders to check that anyone taking
their waste away is a registered waste carrier. Members debated the name.
Cllr Amina Haque preferred "Your Rubbish, Your Responsibility", but most
members supported "Not In Our Street".

Decision
The Task Group agreed the campaign name "Not In Our Street" and a launch
in March 2048.

7    Any other business

Cllr Amina Haque raised the charges that councils make for collecting
bulky waste and their effect on fly-tipping. Officers agreed to include
data on bulky waste charges in the data paper for the next meeting.

Cllr Karen Blundell said that she would stand down from the Task Group
after this meeting, on her appointment to the cabinet of Nottingham City
Council. The Chair thanked her for her contribution.

8    Date of next meeting

Tuesday 19 November 2047, 11.00 am.

Summary of actions

Min  Action                                                Owner   Deadline
3    Scope the partnerships workstream; add to tracker     NK      4 Oct 2047
4    Circulate EA hotspot map to members                   GN      27 Sep 2047
5    Instruct counsel on vehicle seizure powers            TL      31 Oct 2047
6    Creative concepts for the campaign                    CH      19 Nov 2047
7    Bulky waste charges data for the data paper           GN      19 Nov 2047

The meeting ended at 12.52 pm.
                                              RECEIVED
Signed ...........................  (Chair)                 2 1 NOV 2047
                                              MEMBER SERVlCES
Date    l9/11/47

                                                                          3
`;

const doc = [page1, page2, page3].map((p) => p.replace(/^\n/, "")).join("\f");
writeFileSync(join(root, "docs", BASE + ".txt"), doc);
writeFileSync(join(root, "text", BASE + ".txt"), doc);
console.log(`wrote docs/${BASE}.txt and text/${BASE}.txt`);
