// Builds docs/…-note-of-meeting-2086-09-18.docx: a Word note of a meeting with NESTED TABLES (the meeting
// details are a two-column table whose "Members present", "Substitutes" and "In attendance" cells each hold
// a table of their own), a declarations table, decisions recorded per recommendation with tick-box
// characters ☒ / ☐ (Agreed / Agreed as amended / Not agreed / Deferred), and an actions table split by hand
// across a page break: "Table 1: Actions arising" then, on the next page, "Table 1: Actions arising
// (continued)" with the header row typed again. Page header and "Page n" footer.
// Text rendering: reading order; a nested table's rows follow its label cell; cells joined " | ".
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const D = await import(process.env.DOCX_PATH ?? "/work/main/node_modules/docx/dist/index.mjs");
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Header, Footer, PageNumber, AlignmentType, ShadingType, HeadingLevel, BorderStyle } = D;
const BASE = "bus-concessionary-travel-task-group-note-of-meeting-2086-09-18";
const txt = [];
const HEAD = "Draft note – to be agreed at the meeting on 20 November 2086";
const FOOTTXT = "Bus Services and Concessionary Travel Task Group – note of meeting, 18 September 2086";

const run = (t, o = {}) => new TextRun({ text: t, font: o.font ?? "Arial", size: o.size ?? 22, bold: o.bold, italics: o.italics, color: o.color });
const para = (t, o = {}) => { if (!o.noText) txt.push(t); return new Paragraph({ children: [run(t, o)], spacing: { after: o.after ?? 120 }, heading: o.heading, pageBreakBefore: o.pageBreakBefore, keepNext: o.keepNext }); };
const tick = (checked) => new TextRun({ text: checked ? "☒" : "☐", font: "MS Gothic", size: 22 });
const cellP = (t, o = {}) => new Paragraph({ children: [run(t, { size: o.size ?? 20, bold: o.bold })], spacing: { after: 40 } });
const shade = (fill) => ({ type: ShadingType.CLEAR, color: "auto", fill });
const simpleTable = (rows, { header = true, widths, fill = "1F4E79", repeat = false, size = 20 } = {}) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({
      tableHeader: header && i === 0 && repeat,
      cantSplit: true,
      children: r.map((c, j) => new TableCell({
        width: widths ? { size: widths[j], type: WidthType.PERCENTAGE } : undefined,
        shading: header && i === 0 ? shade(fill) : undefined,
        children: [new Paragraph({ children: [run(c, { size, bold: header && i === 0, color: header && i === 0 ? "FFFFFF" : undefined })], spacing: { after: 40 } })],
      })),
    })),
  });
const pushRows = (rows) => rows.forEach((r) => txt.push(r.join(" | ")));

const body = [];
body.push(para("Bus Services and Concessionary Travel Task Group", { size: 32, bold: true, color: "1F4E79" }));
body.push(para("Note of the meeting held on Wednesday 18 September 2086", { size: 26, bold: true }));

// ---- meeting details: outer table with nested tables
const present = [
  ["Councillor", "Council", "Political group", "Attended"],
  ["Cllr Eleanor Pendlebury (Chair)", "Lincolnshire County Council", "Conservative", "In person"],
  ["Cllr Alan Thursfield (Vice-Chair)", "Wakefield Council", "Labour", "In person"],
  ["Cllr Megan Tregenza (Deputy Chair)", "Cornwall Council", "Liberal Democrat", "In person"],
  ["Cllr Roger Bythesea (Deputy Chair)", "Wiltshire Council", "Independent", "Online"],
  ["Cllr Anjali Ramasubramanian", "Birmingham City Council", "Labour", "In person"],
  ["Cllr Hugh Ashwell", "North Yorkshire Council", "Conservative", "In person"],
  ["Cllr Dominic Yelverton", "Hertfordshire County Council", "Conservative", "In person"],
  ["Cllr Ruth Lathwell", "Oxfordshire County Council", "Liberal Democrat", "Online"],
  ["Cllr Samuel Ogunsanya", "Sheffield City Council", "Labour", "In person"],
];
const subs = [
  ["Councillor", "Council", "Political group", "Substituting for"],
  ["Cllr Oliver Trudgeon", "Shropshire Council", "Conservative", "Cllr Patricia Gummow"],
  ["Cllr Niamh Rudyard", "Leeds City Council", "Labour", "Cllr Fiona Farquharson"],
];
const attending = [
  ["Name", "Organisation and post", "Item"],
  ["Christopher Duckmanton", "Deputy Director, Local Transport, Department for Transport", "4"],
  ["Joanne Kinsella", "Regional Director, Northern Shires Buses", "5"],
];
const details = [
  ["Date", "Wednesday 18 September 2086"],
  ["Time", "11.00am to 1.00pm"],
  ["Venue", "Westminster Room, 18 Smith Square, London SW1P 3HZ, and online (Teams)"],
  ["Members present", present],
  ["Substitutes", subs],
  ["Apologies", "Cllr Patricia Gummow, Cllr Fiona Farquharson and Cllr Kiran Sivaraman"],
  ["In attendance", attending],
  ["LGA officers", "Fenella Rookwood, Harriet Voysey, Kwabena Mensah-Tullett, Tamsin Brocklesby, Desmond Shuttleworth and Lorna Gilhespy (note taker)"],
];
body.push(new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: details.map(([label, v]) => new TableRow({
    children: [
      new TableCell({ width: { size: 20, type: WidthType.PERCENTAGE }, shading: shade("D9E2F3"), children: [cellP(label, { bold: true })] }),
      new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, children: typeof v === "string" ? [cellP(v)] : [simpleTable(v, { fill: "5B7FA6", size: 18 }), new Paragraph({ children: [] })] }),
    ],
  })),
}));
for (const [label, v] of details) {
  if (typeof v === "string") txt.push(`${label} | ${v}`);
  else { txt.push(label); pushRows(v); }
}
body.push(para("", { noText: true }));

// ---- items
const decisionTable = (recs) => {
  const opts = ["Agreed", "Agreed as amended", "Not agreed", "Deferred"];
  const rows = [["Recommendation", "Decision"], ...recs];
  txt.push("Recommendation | Decision");
  const t = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({
      children: i === 0
        ? r.map((c) => new TableCell({ shading: shade("D9E2F3"), children: [cellP(c, { bold: true })] }))
        : [
            new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [cellP(r[0])] }),
            new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [
              new Paragraph({ spacing: { after: 40 }, children: opts.flatMap((o, k) => [tick(r[1] === o), run(` ${o}${k < 3 ? "   " : ""}`, { size: 20 })]) }),
              ...(r[2] ? [cellP(r[2])] : []),
            ] }),
          ],
    })),
  });
  for (const r of recs) txt.push(`${r[0]} | ${opts.map((o) => `${r[1] === o ? "☒" : "☐"} ${o}`).join(" ")}${r[2] ? " " + r[2] : ""}`);
  body.push(t, para("", { noText: true }));
};
const H = (t) => body.push(para(t, { bold: true, size: 24, color: "1F4E79", keepNext: true, after: 80 }));
const P = (t) => body.push(para(t));

H("1. Welcome, apologies and substitutions");
P("1.1 The Chair welcomed members, and Christopher Duckmanton and Joanne Kinsella as guests. Apologies and substitutions were as listed above.");
H("2. Declarations of interest");
const decl = [
  ["Member", "Item", "Interest declared", "Action taken"],
  ["Cllr Dominic Yelverton", "5", "His wife is employed by Chiltern Vale Coaches, which runs council-supported services in Hertfordshire", "Remained in the meeting; took no part in the decision on item 5"],
  ["Cllr Hugh Ashwell", "5", "Trustee of Upper Wharfedale Community Transport, which runs a demand responsive transport pilot (non-pecuniary)", "Took part"],
];
body.push(simpleTable(decl, { widths: [22, 8, 40, 30], fill: "5B7FA6" }));
pushRows(decl);
P("2.1 No other interests were declared.");
H("3. Note of the previous meeting");
P("3.1 The note of the meeting held on 17 July 2086 was agreed as a correct record.");
H("4. Concessionary travel: the funding gap");
P("4.1 Harriet Voysey, Senior Adviser (Buses and Concessionary Travel), introduced the report, which gave the first estimate of the shortfall in funding for the English National Concessionary Travel Scheme in 2086/87: £212 million across 82 travel concession authorities.");
P("4.2 Christopher Duckmanton said that the Department for Transport would respond to the LGA's data in the autumn but could not commit to a new burdens assessment before the 2087 Spending Review.");
P("4.3 Members made the following points:");
P("4.3.1 rural councils pay the highest reimbursement per journey because so few fare-paying passengers use their services;");
P("4.3.2 the LGA should press for full funding rather than a review, since the gap had grown for three years running; and");
P("4.3.3 research on companion passes was needed, but not at the expense of the reimbursement model.");
decisionTable([
  ["(a) Note the estimated shortfall of £212 million in 2086/87", "Agreed"],
  ["(b) Agree that the Chair writes to the Secretary of State for Transport seeking a new burdens assessment", "Agreed as amended", "Amendment: the letter to be copied to the Chancellor of the Exchequer and sent by 25 September 2086."],
  ["(c) Commission research on the cost of companion passes (£12,000)", "Deferred", "Deferred to the November meeting until funding is found."],
]);
H("5. Rural buses and demand responsive transport");
P("5.1 Kwabena Mensah-Tullett, Adviser (Rural Transport), introduced the interim evaluation of the 12 demand responsive transport pilots. Joanne Kinsella, Regional Director of Northern Shires Buses, gave a presentation on the company's experience of running demand responsive services in the Yorkshire Dales.");
P("5.2 Members asked about the cost per trip, which varied more than fourfold between pilots, and about drivers' hours. Ms Kinsella said that booking by telephone was still used for two in five trips.");
decisionTable([
  ["(a) Note the interim evaluation of the 12 pilots", "Agreed"],
  ["(b) Agree the outline of a good practice guide on demand responsive transport, to be published in January 2087", "Agreed"],
]);
H("6. Membership: Vice-Chair");
P("6.1 The Chair reported that Cllr Alan Thursfield would stand down from the Task Group, and as Vice-Chair, on 30 September 2086. The Labour Group had nominated Cllr Samuel Ogunsanya as Vice-Chair and Cllr Connor Redshaw (Sunderland City Council) as a member, both from 1 October 2086.");
P("6.2 The Chair thanked Cllr Thursfield for his work since the Task Group was set up.");
decisionTable([["(a) Note the changes to the membership from 1 October 2086", "Agreed"]]);
H("7. Any other business");
P("7.1 Cllr Ramasubramanian raised reports that the national bus driver recruitment campaign would be delayed. The Chair asked officers to bring an update to the next meeting.");
P("7.2 Tamsin Brocklesby warned that the Department's concessionary reimbursement data for quarter 2 might be published late, and asked that this be added to the risk register.");
P("7.3 Date of next meeting: Wednesday 20 November 2086, 11.00am, 18 Smith Square.");

// ---- actions, split across a page break by hand
const AH = ["Ref", "Action", "Owner", "Deadline", "Item"];
const actions = [
  ["BT86/09", "Send the letter to the Secretary of State for Transport, copied to the Chancellor of the Exchequer", "Harriet Voysey", "25 September 2086", "4"],
  ["BT86/10", "Circulate the reimbursement figures for each travel concession authority to members", "Tamsin Brocklesby", "2 October 2086", "4"],
  ["BT86/11", "Identify funding for the companion pass research and report back", "Desmond Shuttleworth", "20 November 2086", "4"],
  ["BT86/12", "Share Northern Shires Buses' presentation slides with members", "Lorna Gilhespy", "20 September 2086", "5"],
  ["BT86/13", "Draft the demand responsive transport good practice guide for the November meeting", "Kwabena Mensah-Tullett", "6 November 2086", "5"],
  ["BT86/14", "Arrange a meeting between Cllr Ashwell and community transport operators", "Kwabena Mensah-Tullett", "31 October 2086", "5"],
  ["BT86/15", "Update the membership list and the LGA website", "Lorna Gilhespy", "1 October 2086", "6"],
  ["BT86/16", "Write to Cllr Thursfield on the Chair's behalf to thank him", "Lorna Gilhespy", "30 September 2086", "6"],
  ["BT86/17", "Bring an update on the bus driver recruitment campaign", "Kwabena Mensah-Tullett", "20 November 2086", "7"],
  ["BT86/18", "Add the risk of late reimbursement data to the risk register", "Tamsin Brocklesby", "4 November 2086", "7"],
];
const W = [11, 47, 18, 16, 8];
body.push(para("Table 1: Actions arising", { bold: true, keepNext: true }));
body.push(simpleTable([AH, ...actions.slice(0, 6)], { widths: W, repeat: true }));
pushRows([AH, ...actions.slice(0, 6)]);
body.push(para("Table 1: Actions arising (continued)", { bold: true, keepNext: true, pageBreakBefore: true }));
body.push(simpleTable([AH, ...actions.slice(6)], { widths: W, repeat: true }));
pushRows([AH, ...actions.slice(6)]);
body.push(para("", { noText: true }));
body.push(para("Note taker: Lorna Gilhespy, Member Services Officer, 020 7946 0641, lorna.gilhespy@local.gov.uk", { size: 18 }));

const doc = new Document({
  creator: "Lorna Gilhespy",
  title: "Bus Services and Concessionary Travel Task Group – note of meeting 18 September 2086",
  styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
  sections: [{
    properties: { page: { margin: { top: 1200, bottom: 1200, left: 1100, right: 1100 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(HEAD, { size: 16, italics: true, color: "808080" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ children: [run(FOOTTXT + "    ", { size: 16, color: "808080" }), new TextRun({ children: ["Page ", PageNumber.CURRENT], font: "Arial", size: 16, color: "808080" })] })] }) },
    children: body,
  }],
});
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), [HEAD, ...txt, FOOTTXT + " Page 1"].join("\n") + "\n");
