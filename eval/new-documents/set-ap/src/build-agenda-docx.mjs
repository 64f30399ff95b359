// Builds docs/children-not-in-school-task-group-agenda-2077-09-22.docx and its rendering
// text/children-not-in-school-task-group-agenda-2077-09-22.txt from the same content.
//
// Layout: a Word agenda pack (cover, agenda, two papers). The first paper's progress table is TRANSPOSED:
// each column is one pilot (A to E), each row one attribute (Council, What it tests, Council lead, Grant,
// Register live, Children on register, Final report due, Status, Comment), the attribute names in a shaded
// first column; its status words are explained by a key paragraph under the table. The front sheets are
// bold inline labels ("Purpose of report:", "Contact officer:") in the LGA's way. Page numbers in the footer.
// Synthetic test fixture: the body, people, figures and decisions are invented.
//
//   node src/build-agenda-docx.mjs        (NODE_MODULES defaults to /work/main/node_modules)
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const D = await import(pathToFileURL(join(NM, "docx/dist/index.mjs")).href);
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType,
  BorderStyle, ShadingType, PageBreak, Footer, PageNumber, VerticalAlign,
} = D;
const BASE = "children-not-in-school-task-group-agenda-2077-09-22";

// ---------------------------------------------------------------- content
const B = []; // blocks, rendered both to Word and to text
const title = (text) => B.push({ t: "title", text });
const h1 = (text) => B.push({ t: "h1", text });
const h2 = (text) => B.push({ t: "h2", text });
const p = (text, label) => B.push({ t: "p", text, label });
const num = (n, text) => B.push({ t: "num", n, text });
const bullet = (text) => B.push({ t: "bullet", text });
const pb = () => B.push({ t: "pb" });
const small = (text) => B.push({ t: "small", text });

// pilots, one per column of Table 1
const pilots = [
  {
    id: "A", council: "Wirral Council",
    tests: "Tracking children missing education across council borders",
    lead: "Jessica Royle, Head of Education Access",
    grant: 18000, live: "5 July 2077", children: 702, due: "30 November 2077", status: "Progressing",
    comment: "Cross-border protocol signed with Cheshire West and Chester and with Liverpool.",
  },
  {
    id: "B", council: "Norfolk County Council",
    tests: "Building the register on an existing EHE database in a large rural county",
    lead: "Dr Matthew Farnworth, Principal Education Welfare Officer",
    grant: 18000, live: "2 August 2077", children: 891, due: "30 November 2077", status: "Progressing",
    comment: "One family in five has asked to see its entry.",
  },
  {
    id: "C", council: "Leicester City Council",
    tests: "Linking the register with health visiting and school nursing records",
    lead: "Anjali Cheetham, Children Missing Education Manager",
    grant: 18000, live: "Not yet (planned 15 November 2077)", children: null, due: "30 November 2077", status: "Slipping",
    comment: "Grant agreement signed 6 July. Data protection impact assessment with the integrated care board still open.",
  },
  {
    id: "D", council: "Cornwall Council",
    tests: "Finding children who attend unregistered settings",
    lead: "Morwenna Tonge, Service Manager, Inclusion",
    grant: 18000, live: "Not yet", children: null, due: "30 November 2077 (31 January 2078 proposed)", status: "Stalled",
    comment: "The supplier of the council's case management system withdrew its register module in August; a replacement is being procured.",
  },
  {
    id: "E", council: "London Borough of Hounslow",
    tests: "Families who move between London boroughs",
    lead: "Kiran Unsworth, Head of Pupil Services",
    grant: 18000, live: "1 September 2077", children: 253, due: "30 November 2077", status: "Progressing",
    comment: "A pan-London data standard is under discussion with London Councils.",
  },
];
const onRegister = pilots.reduce((s, x) => s + (x.children ?? 0), 0);
if (onRegister !== 1846) throw new Error("children on registers " + onRegister);
if (pilots.filter((x) => x.children).length !== 3) throw new Error("three live registers");
const gbp = (n) => "£" + n.toLocaleString("en-GB");

// Cover and agenda
title("Children Not in School Task Group");
h1("Agenda");
p("Wednesday 22 September 2077");
p("11.00 am to 12.30 pm");
p("Westminster Room, 18 Smith Square, London SW1P 3HZ, and on Microsoft Teams");
p("To: Members of the Children Not in School Task Group");
p("cc: Lead officers of the five pilot councils (item 3)");
p("Apologies: please tell your political group office if you cannot attend, so that a substitute can be arranged.", "");
p("Tomasz Haslam, Member Services Officer", "Contact: ");
p("020 7946 0466 / tomasz.haslam@local.gov.uk");
h2("Agenda");
num("1.", "Welcome, apologies, substitutes and declarations of interest");
num("2.", "Note of the meeting held on 16 June 2077 (circulated separately)");
num("3.", "Register pilots: progress at September 2077 (for decision) - Eleri Jaggard");
num("4.", "Elective home education survey 2077: emerging findings (for discussion) - Owain Livesey");
num("5.", "Membership and Vice-Chair (oral update) - the Chair");
num("6.", "Any other business");
p("Wednesday 8 December 2077, 11.00 am, 18 Smith Square and on Microsoft Teams", "Date of next meeting: ");
pb();

// Item 3
p("Children Not in School Task Group");
p("22 September 2077");
h2("Item 3");
h1("Register pilots: progress at September 2077");
p("For decision", "Purpose of report: ");
h2("Summary");
p("The five pilot councils agreed on 16 June 2077 are testing how a register of children not in school can work. Three registers are live, in Wirral, Norfolk and Hounslow, and list 1,846 children between them. Leicester started late and Cornwall has stalled after its software supplier withdrew. This report asks the Task Group to extend the Cornwall pilot and to press the Department for Education for a template data-sharing agreement.");
p("No", "Is this report confidential? ");
h2("Recommendations");
p("That the Task Group:");
num("1.", "notes the progress of the five pilots set out in Table 1;");
num("2.", `agrees to extend the Cornwall pilot to 31 January 2078, with an additional grant of ${gbp(4500)} from the Task Group's contingency; and`);
num("3.", "agrees that officers write to the Department for Education, for signature by the Chair and Vice-Chair, asking for a template data-sharing agreement for registers.");
h2("Action");
p("Officers to take forward as directed by members.");
p("Eleri Jaggard", "Contact officer: ");
p("Senior Adviser, Children and Young People", "Position: ");
p("020 7946 0388", "Phone no: ");
p("eleri.jaggard@local.gov.uk", "Email: ");
h2("Register pilots: progress at September 2077");
h2("Background");
num("1.", "On 16 June 2077 the Task Group agreed grants of £18,000 to each of five councils to test a register of children not in school ahead of the duty in the Children's Schooling Act 2076, which starts on 1 September 2078. Each grant is paid half on signing, a quarter on an interim report and a quarter on the final report, due by 30 November 2077.");
num("2.", "Table 1 shows each pilot as at 10 September 2077, from the councils' own returns.");
h2("Progress");
num("3.", "Registers are live in Wirral (from 5 July 2077), Norfolk (from 2 August 2077) and Hounslow (from 1 September 2077). Between them they list 1,846 children, about a fifth more than the councils' previous voluntary lists.");
num("4.", "Leicester signed its grant agreement on 6 July, three weeks later than planned, and its data protection impact assessment with the integrated care board is still open. The council expects its register to go live on 15 November 2077 and to send a shorter final report on time.");
num("5.", "Cornwall's pilot has stalled. In August the supplier of the council's case management system withdrew the register module it had offered, and the council is procuring a replacement. The council cannot report by 30 November 2077 and asks for an extension to 31 January 2078 and a further £4,500 to cover the cost of running its existing lists by hand in the meantime.");
num("6.", "All five pilots report the same barrier: partners, particularly health bodies, are unsure what they may lawfully share before the duty begins. Wirral's cross-border protocol with Cheshire West and Chester and with Liverpool is the only agreement so far that covers more than one council.");
h2("Table 1: Register pilots at 10 September 2077");
B.push({
  t: "table",
  transposed: true,
  rows: [
    ["Pilot", ...pilots.map((x) => x.id)],
    ["Council", ...pilots.map((x) => x.council)],
    ["What it tests", ...pilots.map((x) => x.tests)],
    ["Council lead", ...pilots.map((x) => x.lead)],
    ["Grant", ...pilots.map((x) => gbp(x.grant))],
    ["Register live", ...pilots.map((x) => x.live)],
    ["Children on register", ...pilots.map((x) => (x.children ? x.children.toLocaleString("en-GB") : "-"))],
    ["Final report due", ...pilots.map((x) => x.due)],
    ["Status", ...pilots.map((x) => x.status)],
    ["Comment", ...pilots.map((x) => x.comment)],
  ],
  widths: [1450, 1630, 1630, 1630, 1630, 1630],
});
small("Status: Progressing - on course to report by the due date. Slipping - behind plan; likely to report late or in part. Stalled - no progress since the last meeting; the Task Group's help is needed. Reported - final report received.");
h2("Implications");
num("7.", "Financial: the extension for Cornwall would be met from the contingency of £6,000, leaving £1,500. The Chair may agree uses of the contingency up to £2,000; this sum needs the Task Group's agreement.");
num("8.", "Equalities: Norfolk and Cornwall record Gypsy, Roma and Traveller children separately; early figures will be in the final reports.");
h2("Next steps");
num("9.", "Subject to members' views, officers will confirm the Cornwall extension in writing, draft the letter to the Department for the Chair and Vice-Chair, and invite Cornwall to present at the December meeting.");
pb();

// Item 4
p("Children Not in School Task Group");
p("22 September 2077");
h2("Item 4");
h1("Elective home education survey 2077: emerging findings");
p("For discussion", "Purpose of report: ");
h2("Summary");
p("The survey of councils on elective home education closed on 31 August 2077. This paper gives the first findings and proposes the messages the Task Group may want to carry into its final report.");
p("No", "Is this report confidential? ");
h2("Recommendation");
p("That the Task Group comments on the emerging findings and on the proposed messages at paragraph 7.");
h2("Action");
p("Officers to reflect members' comments in the full survey report for the December meeting.");
p("Owain Livesey", "Contact officer: ");
p("Research Manager", "Position: ");
p("020 7946 0723", "Phone no: ");
p("owain.livesey@local.gov.uk", "Email: ");
h2("Emerging findings");
num("1.", "The survey ran from 5 July to 31 August 2077 and went to all 153 councils with education duties. 110 councils responded, a response rate of 72 per cent (48 per cent in 2076).");
num("2.", "Responding councils knew of 118,340 children in elective home education on 1 April 2077, 9 per cent more than the same councils knew of a year earlier (108,570).");
num("3.", "41 per cent of responding councils already keep a voluntary register that goes beyond a list of names; 23 per cent share their list with a neighbouring council as a matter of routine.");
num("4.", "The average caseload of an EHE officer is 412 children. Sixty-three councils (57 per cent) said they could not check the suitability of education for most of the children known to them.");
num("5.", "Mental health is now the most common reason parents give for home education, recorded in 19 per cent of cases where a reason was given (Table 2).");
h2("Table 2: Main reasons recorded for elective home education");
B.push({
  t: "table",
  rows: [
    ["Reason", "2076", "2077"],
    ["Mental health or anxiety", "17%", "19%"],
    ["Philosophical or preferred approach", "16%", "15%"],
    ["Dissatisfaction with the school", "11%", "12%"],
    ["Special educational needs not met", "9%", "10%"],
    ["Health reasons (physical)", "6%", "5%"],
    ["No reason given", "24%", "22%"],
  ],
  widths: [5200, 1600, 1600],
  header: true,
});
small("Percentages are of cases in responding councils; other reasons, each under 5 per cent, are not shown.");
num("6.", "Councils asked for three things above all: funding for the new duty from its first day, a single national data standard, and clear powers to see children where a family will not engage.");
num("7.", "Proposed messages for the final report:");
bullet("the register duty must be fully funded as a new burden, including the officer time to visit families;");
bullet("a national data standard and a template data-sharing agreement should be in place before 1 September 2078;");
bullet("councils need a clear route to see a child when there are concerns about the suitability of education.");
num("8.", "The full survey report, with results by region and type of council, will come to the meeting on 8 December 2077.");

// ---------------------------------------------------------------- Word
const FONT = "Arial";
const run = (text, o = {}) => new TextRun({ text, font: FONT, size: o.size ?? 22, bold: o.bold, color: o.color });
const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: border, bottom: border, left: border, right: border };
const cellPara = (text, o) => new Paragraph({ spacing: { before: 40, after: 40 }, children: [run(text, { size: 17, ...o })] });

const children = [];
for (const b of B) {
  switch (b.t) {
    case "title":
      children.push(new Paragraph({ spacing: { after: 240 }, children: [run(b.text, { size: 40, bold: true, color: "1F3864" })] }));
      break;
    case "h1":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 160 }, children: [run(b.text, { size: 32, bold: true })] }));
      break;
    case "h2":
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 100 }, children: [run(b.text, { size: 24, bold: true })] }));
      break;
    case "p":
      children.push(
        new Paragraph({
          spacing: { after: 120 },
          children: b.label !== undefined && b.label !== "" ? [run(b.label, { bold: true }), run(b.text)] : [run(b.text)],
        }),
      );
      break;
    case "small":
      children.push(new Paragraph({ spacing: { before: 80, after: 160 }, children: [run(b.text, { size: 18 })] }));
      break;
    case "num":
      children.push(
        new Paragraph({
          spacing: { after: 120 },
          indent: { left: 567, hanging: 567 },
          tabStops: [{ type: "left", position: 567 }],
          children: [run(b.n + "\t" + b.text)],
        }),
      );
      break;
    case "bullet":
      children.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [run(b.text)] }));
      break;
    case "pb":
      children.push(new Paragraph({ children: [new PageBreak()] }));
      break;
    case "table": {
      const rows = b.rows.map(
        (r, ri) =>
          new TableRow({
            tableHeader: b.header && ri === 0,
            children: r.map((c, ci) => {
              const head = b.transposed ? ci === 0 || ri === 0 : ri === 0;
              return new TableCell({
                borders,
                width: { size: b.widths[ci], type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                shading: head ? { type: ShadingType.CLEAR, color: "auto", fill: ci === 0 && b.transposed ? "D9E2F3" : "BDD7EE" } : undefined,
                children: [cellPara(c, { bold: head })],
              });
            }),
          }),
      );
      children.push(new Table({ rows, width: { size: b.widths.reduce((a, x) => a + x, 0), type: WidthType.DXA }, columnWidths: b.widths }));
      break;
    }
  }
}

const doc = new Document({
  creator: "Member Services",
  title: "Children Not in School Task Group - agenda - 22 September 2077",
  styles: { default: { document: { run: { font: FONT, size: 22 } } } },
  sections: [
    {
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 18 })] })],
        }),
      },
      children,
    },
  ],
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));

// ---------------------------------------------------------------- rendering (page numbers left out)
const out = [];
for (const b of B) {
  if (b.t === "pb") continue;
  if (b.t === "table") for (const r of b.rows) out.push(r.join(" | "));
  else if (b.t === "num") out.push(b.n + " " + b.text);
  else if (b.t === "p" && b.label) out.push(b.label + b.text);
  else out.push(b.text);
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", BASE);
