// Builds docs/animal-welfare-stray-dogs-panel-meeting-letters-2058-11-27.docx, the output of a Word mail merge
// ("Edit individual documents"): one letter per member and named substitute inviting them to the Panel's
// meeting of 27 November 2058, each in its own section starting on a new page, with the letterhead, an
// address block, "Dear Cllr ...", paragraphs that differ by role (chair, vice-chair, deputy chairs, members,
// substitutes), the member's group office, the member's entry in the register of interests, the business
// of the meeting, the papers enclosed, and a reply slip under a cut line. Also writes the plain-text
// rendering text/...txt (every letter in order).
//
//   node src/build-letters-docx.mjs
// Synthetic test fixture: the people and addresses are invented (council office addresses are used).
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, OFFICERS, BODY, CURRENT, GROUP_OFFICES, NODE_MODULES } from "./common.mjs";
import { pathToFileURL } from "node:url";

const D = await import(pathToFileURL(join(NODE_MODULES, "docx", "dist", "index.mjs")).href);
const { Document, Packer, Paragraph, TextRun, AlignmentType, SectionType, TabStopType, BorderStyle, Table, TableRow, TableCell, WidthType } = D;

const BASE = "animal-welfare-stray-dogs-panel-meeting-letters-2058-11-27";
const L = OFFICERS.lead;
const M = OFFICERS.members;
const MEETING = "Wednesday 27 November 2058";

const letterhead = ["Local Government Association", "18 Smith Square", "London SW1P 3HZ", "Telephone 020 7946 0500", "www.local.gov.uk"];

const roleParagraph = (m) => {
  const g = GROUP_OFFICES[m.party];
  switch (m.role) {
    case "CH":
      return `As Chair of the Panel, you are invited to a pre-meeting with the Vice-Chair, the Deputy Chairs and officers at 10.15 am in Room 2.4 on the second floor. ${L.name} will send you a briefing note by Friday 22 November 2058.`;
    case "VC":
      return "As Vice-Chair of the Panel, you are invited to the pre-meeting with the Chair at 10.15 am in Room 2.4 on the second floor.";
    case "DL":
      return "As a Deputy Chair and your group's lead member on the Panel, you are invited to the pre-meeting with the Chair at 10.15 am in Room 2.4 on the second floor.";
    case "MEM":
      return "If you cannot attend, please tell your group office as soon as you can so that a substitute can be arranged.";
    case "SUB":
      return `You are a named substitute for the ${g.group}. You need only attend if a member of your group sends apologies: your group office will contact you by Monday 25 November 2058 if you are needed. The papers are sent to you so that you are ready to attend.`;
  }
  throw new Error(m.role);
};
const interestParagraph = (m) =>
  m.interest
    ? `Our register of members' interests records the following for you that may be relevant to the Panel's business: ${m.interest}. Please declare it at the meeting if it applies to an item on the agenda.`
    : "Our register of members' interests records no interests for you that are relevant to the Panel's business. If that has changed, please let us know before the meeting.";

const business = [
  "Welcome, apologies, substitutes and declarations of interest",
  "Note of the meeting held on 18 September 2058",
  "Chair's update (oral)",
  "Half-year performance, budget and risk report 2058/59",
  "Stray dog services survey 2058: results",
  "Membership 2058/59 (for information)",
  "Work programme 2059/60: first thoughts (oral)",
  "Any other business",
];
const enclosed = [
  "Note of the meeting held on 18 September 2058 (draft, printed from the LGA Policy Wiki)",
  "Item 4: Half-year performance, budget and risk report 2058/59",
  "Item 5: Stray dog services survey 2058, results summary (printed from Microsoft Forms)",
  "Item 6: Panel membership 2058/59 (export from the members' database, with its code list)",
  "Expenses claim form",
];

// ---------------------------------------------------------------- content of one letter as blocks
// block: {p: text, bold?, align?, after?, before?, italic?, size?} | {list: [..], numbered?}
function letter(m) {
  const g = GROUP_OFFICES[m.party];
  const name = `Cllr ${m.forename} ${m.surname}`;
  const B = [];
  for (const [i, l] of letterhead.entries()) B.push({ p: l, align: "right", bold: i === 0, size: i === 0 ? 26 : 20, after: 0 });
  B.push({ p: "", after: 120 });
  B.push({ p: "Our ref: AWSD/MS/2058-11", after: 0 });
  B.push({ p: "Date: 13 November 2058", after: 0 });
  B.push({ p: `Contact: ${M.name}, ${M.post}`, after: 0 });
  B.push({ p: `Direct line: ${M.phone}`, after: 0 });
  B.push({ p: `Email: ${M.email}`, after: 240 });
  for (const [i, l] of [name, ...m.address].entries()) B.push({ p: l, after: i === m.address.length ? 240 : 0 });
  B.push({ p: `Dear Cllr ${m.surname}`, after: 200 });
  B.push({ p: `${BODY} – ${MEETING}`, bold: true, after: 160 });
  B.push({
    p: `I am writing to invite you to the next meeting of the ${BODY}, at 11.00 am on ${MEETING} in Smith Square 3, Ground Floor, Local Government House, 18 Smith Square, London SW1P 3HZ. You may also join online through Microsoft Teams; the link will be sent on Tuesday 26 November 2058. Tea and coffee will be available from 10.30 am, and a sandwich lunch after the meeting, which is expected to finish by 1.00 pm.`,
  });
  B.push({ p: roleParagraph(m) });
  B.push({ p: `Your group office: ${g.group}, ${g.phone}, ${g.email}.` });
  B.push({ p: interestParagraph(m) });
  B.push({ p: "The business of the meeting is:", after: 60 });
  B.push({ list: business, numbered: true });
  B.push({ p: "The following papers are enclosed:", after: 60 });
  B.push({ list: enclosed });
  B.push({ p: "Items 3 and 7 are oral updates, so there are no papers for them." });
  B.push({ p: `Please return the reply slip below, or email member.services@local.gov.uk, by Friday 22 November 2058. If you have any questions about the papers, please contact ${L.name}, ${L.post}, on ${L.phone} or at ${L.email}.` });
  B.push({ p: "Yours sincerely", after: 480 });
  B.push({ p: M.name, after: 0 });
  B.push({ p: M.post, after: 0 });
  B.push({ p: "on behalf of Cllr Imogen Staveley, Chair of the Panel", after: 240 });
  // reply slip
  B.push({ cut: "✂ - - - - - - - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - - - - - - -" });
  B.push({ p: "REPLY SLIP", bold: true, align: "center", after: 60 });
  B.push({ p: `${BODY} – ${MEETING}`, align: "center", after: 120 });
  B.push({ p: `Please return by Friday 22 November 2058 to ${M.name}, Member Services, Local Government Association, 18 Smith Square, London SW1P 3HZ, or to member.services@local.gov.uk.`, size: 18 });
  B.push({ p: `Name: ${name}`, after: 0 });
  B.push({ p: `Council: ${m.council}`, after: 120 });
  B.push({ p: "☐ I will attend in person", after: 0 });
  B.push({ p: "☐ I will join online", after: 0 });
  B.push({ p: "☐ I cannot attend and send my apologies", after: 0 });
  B.push({ p: "☐ I will stay for lunch", after: 120 });
  B.push({ p: "Dietary or access requirements: ..............................................................", after: 120 });
  B.push({ p: "Signed: ..........................................          Date: ..........................", after: 0 });
  return B;
}

// ---------------------------------------------------------------- docx and text
const run = (text, o = {}) => new TextRun({ text, font: "Arial", size: o.size ?? 22, bold: o.bold, italics: o.italic });
const sections = [];
const text = [];
for (const m of CURRENT) {
  const children = [];
  for (const b of letter(m)) {
    if (b.list) {
      b.list.forEach((item, i) => {
        children.push(
          new Paragraph({
            children: [run(b.numbered ? `${i + 1}.\t${item}` : `•\t${item}`)],
            indent: { left: 567, hanging: 567 },
            tabStops: [{ type: TabStopType.LEFT, position: 567 }],
            spacing: { after: i === b.list.length - 1 ? 160 : 40 },
          }),
        );
        text.push(b.numbered ? `${i + 1}. ${item}` : `• ${item}`);
      });
    } else if (b.cut) {
      children.push(new Paragraph({ children: [run(b.cut, { size: 16 })], alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 } }));
      text.push(b.cut);
    } else {
      children.push(
        new Paragraph({
          children: b.p ? [run(b.p, b)] : [],
          alignment: b.align === "right" ? AlignmentType.RIGHT : b.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { after: b.after ?? 160, line: 264 },
        }),
      );
      if (b.p) text.push(b.p);
    }
  }
  sections.push({
    properties: {
      type: SectionType.NEXT_PAGE,
      page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1304, right: 1304 } },
    },
    children,
  });
}

const doc = new Document({
  creator: M.name,
  title: `${BODY}: meeting letters, 27 November 2058`,
  description: "Mail merge output (Letters to members and substitutes)",
  styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
  sections,
});
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".docx"), await Packer.toBuffer(doc));
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log(`wrote docs/${BASE}.docx and text/${BASE}.txt (${CURRENT.length} letters)`);
