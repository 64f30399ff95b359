// Builds docs/children-not-in-school-task-group-notes-2077-09-22.pdf and its rendering
// text/children-not-in-school-task-group-notes-2077-09-22.txt from the same content.
//
// Layout: the clerk's OneNote page for the meeting, exported to PDF. A page title ("CNIS Task Group - ...")
// over a rule, the page's date and time stamp in grey, and note containers placed freely on the page as
// OneNote lets you: the "Meeting details" block inserted from the Outlook invitation (meeting date in
// dd/mm/yyyy, location, participants - everyone invited, not who came) top left; an "Actions" container
// top right, BESIDE the other two, whose lines carry OneNote's to-do tag (a drawn check box, ticked when
// done) and @mentions of the owner; and the notes themselves below the meeting details, running onto a
// second page, as outline bullets in note form, with "Important" tags (a drawn star) on the AGREED lines
// and a "Question" tag on an open question. No page numbers, no running header or footer.
// Synthetic test fixture: the body, people, figures and decisions are invented.
//
//   node src/build-notes-pdf.mjs        (NODE_MODULES defaults to /work/main/node_modules)
import { createWriteStream, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
const require = createRequire(join(NM, "noop.js"));
const PDFDocument = require("pdfkit");
const BASE = "children-not-in-school-task-group-notes-2077-09-22";
const FONTS = "/usr/share/fonts/truetype/dejavu/";

// ---------------------------------------------------------------- content
// Each line: {text, kind, level, tag}; kind: heading | sub | bullet | plain | mention-line
const title = "CNIS Task Group - 22 September 2077";
const stamp = ["Wednesday, 22 September 2077", "10:41"];

const details = [
  { text: "Children Not in School Task Group", kind: "heading" },
  { text: "Meeting Date: 22/09/2077 11:00" },
  { text: "Location: Westminster Room, 18 Smith Square; Microsoft Teams Meeting" },
  { text: "Link: Click here to join the meeting" },
  { text: "Participants", kind: "sub" },
  ...[
    "Tomasz Haslam (Meeting Organizer)",
    "Cllr Rosalind Gaukroger",
    "Cllr Yusuf Lakhani",
    "Cllr Moira Dugdale",
    "Cllr Tobias Raistrick",
    "Cllr Amara Agbaje",
    "Cllr Harriet Beecroft",
    "Cllr Graham Ollerton",
    "Cllr Bronwen Kirkbride",
    "Cllr Pippa Leadbetter",
    "Cllr Kwame Ndiaye",
    "Cllr Edmund Catterick",
    "Lorna Menzies",
    "Eleri Jaggard",
    "Owain Livesey",
    "Zara Nadeem",
    "Jessica Royle",
  ].map((t) => ({ text: t, kind: "bullet" })),
];

// actions: [owner, what, by, doneNote]
const actions = [
  ["Eleri Jaggard", "draft the letter to DfE asking for a template data-sharing agreement, for Chair and Vice-Chair to sign", "by 6 Oct", null],
  ["Eleri Jaggard", "confirm the Cornwall extension to 31 Jan 2078 and the extra £4,500 in writing", "by 29 Sept", "Done 24/9 - letter sent to Morwenna Tonge"],
  ["Eleri Jaggard", "invite Cornwall (Morwenna Tonge) to present at the December meeting", "by 20 Oct", null],
  ["Owain Livesey", "full survey report with a rural/urban split", "for 8 Dec meeting", null],
  ["Owain Livesey", "ask the five pilots how many EHE children on their registers have an EHCP", "by 3 Nov", null],
  ["Lorna Menzies", "check with DfE whether pilots can record children on part-time timetables", "by 20 Oct", null],
  ["Tomasz Haslam", "update the membership page on the website (Vice-Chair, Cllr Catterick)", "by 29 Sept", "Done 23/9"],
  ["Tomasz Haslam", "ask the Conservative group office to name a new substitute", "by 13 Oct", null],
  ["Zara Nadeem", "send members Wirral's cross-border protocol and Norfolk's and Cornwall's notes on involving GRT families", "by 6 Oct", null],
];

const notes = [
  { text: "Present", kind: "sub" },
  { text: "Cllr Rosalind Gaukroger (Chair), Cllr Yusuf Lakhani (Deputy Chair), Cllr Moira Dugdale, Cllr Tobias Raistrick, Cllr Harriet Beecroft, Cllr Graham Ollerton, Cllr Bronwen Kirkbride, Cllr Pippa Leadbetter" },
  { text: "Subs: Cllr Kwame Ndiaye (for Cllr Agbaje); Cllr Edmund Catterick (Conservative vacancy - see item 5)" },
  { text: "Apologies: Cllr Amara Agbaje" },
  { text: "Officers: Lorna Menzies, Eleri Jaggard, Owain Livesey, Zara Nadeem, Tomasz Haslam (notes)" },
  { text: "Also: Jessica Royle, Wirral Council (item 3)" },
  { text: "1. Welcome, apologies, DOIs", kind: "sub" },
  { text: "Chair welcomed all, esp. Jessica Royle from Wirral.", kind: "bullet" },
  { text: "Apologies from Cllr Agbaje - Cllr Ndiaye subbing.", kind: "bullet" },
  { text: "DOIs: Cllr Kirkbride - trustee of Herefordshire Home Educators' Network (items 3 and 4), non-pecuniary. Cllr Raistrick - his wife is an education welfare officer at Bristol City Council (item 3). Both stayed and took part.", kind: "bullet" },
  { text: "2. Note of 16 June", kind: "sub" },
  { text: "Agreed as a correct record.", kind: "bullet" },
  { text: "Matters arising: all five grant agreements issued by 30 June; Leicester signed 6 July.", kind: "bullet" },
  { text: "3. Register pilots - progress", kind: "sub" },
  { text: "@Eleri Jaggard introduced: 3 registers live (Wirral, Norfolk, Hounslow), 1,846 children. Leicester slipping, Cornwall stalled - supplier pulled the register module.", kind: "bullet" },
  { text: "Jessica Royle talked through Wirral's cross-border protocol - 11 children found on a neighbour's list in the first month.", kind: "bullet" },
  { text: "Cllr Ollerton asked if families can opt out. Eleri: not once the duty is in force; in the pilots families can see and correct their entry but not remove it.", kind: "bullet" },
  { text: "Cllr Leadbetter concerned about trust among GRT families - asked Norfolk and Cornwall to share how they have involved families.", kind: "bullet" },
  { text: "Cllr Dugdale: Leicester must not slip further - wants a firm go-live date at the December meeting.", kind: "bullet" },
  { text: "AGREED: (a) progress noted; (b) Cornwall pilot extended to 31 January 2078 with an extra £4,500 from the contingency; (c) letter to DfE asking for a template data-sharing agreement, to be signed by the Chair and the new Vice-Chair (item 5).", kind: "bullet", tag: "important" },
  { text: "Can pilots record children on part-time timetables? Lorna to check with DfE.", kind: "bullet", tag: "question" },
  { text: "4. EHE survey - emerging findings", kind: "sub" },
  { text: "@Owain Livesey introduced: 110 of 153 councils responded (72%).", kind: "bullet" },
  { text: "Cllr Lakhani: the 57% who cannot check suitability of education is the headline - should lead the final report.", kind: "bullet" },
  { text: "Cllr Leadbetter asked for results split rural/urban.", kind: "bullet" },
  { text: "Cllr Dugdale asked how many EHE children have an EHCP. Owain: the survey did not ask; will ask the pilots.", kind: "bullet" },
  { text: "AGREED: the messages at para 7 endorsed, with funding as the first message. Full report with a rural/urban split to the December meeting.", kind: "bullet", tag: "important" },
  { text: "5. Membership and Vice-Chair", kind: "sub" },
  { text: "Chair reported that Cllr Desmond Fazackerley stood down from the Task Group on 31 August on becoming Leader of Lancashire County Council. Members thanked him.", kind: "bullet" },
  { text: "Conservative group nominates Cllr Harriet Beecroft as Vice-Chair and Cllr Edmund Catterick (until now the group's substitute) as a member.", kind: "bullet" },
  { text: "AGREED: Cllr Beecroft is Vice-Chair from today; Cllr Catterick joins as a member. The group to name a new substitute.", kind: "bullet", tag: "important" },
  { text: "6. AOB", kind: "sub" },
  { text: "Cllr Lakhani suggested the December meeting be in person only. Chair: it stays hybrid.", kind: "bullet" },
  { text: "Zara: the third practitioner webinar (unregistered settings) moved from 29 Sept to 19 Oct - members welcome.", kind: "bullet" },
  { text: "Next meeting: Wed 8 December 2077, 11.00" },
];

// ---------------------------------------------------------------- PDF
const doc = new PDFDocument({ size: "A4", margin: 0, info: { Title: title, Creator: "Microsoft OneNote", Producer: "Microsoft: Print To PDF" } });
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
const stream = createWriteStream(join(root, "docs", BASE + ".pdf"));
doc.pipe(stream);
doc.registerFont("R", FONTS + "DejaVuSans.ttf");
doc.registerFont("B", FONTS + "DejaVuSans-Bold.ttf");
doc.registerFont("L", FONTS + "DejaVuSans-ExtraLight.ttf");

const TOP = 48, BOTTOM = 800;
const PURPLE = "#7719AA", BLUE = "#1F5FBF", GREY = "#6E6E6E";

// page title and stamp
doc.font("L").fontSize(20).fillColor("black").text(title, 48, 52, { width: 500, lineBreak: false });
doc.moveTo(48, 82).lineTo(300, 82).lineWidth(0.6).strokeColor("#9A9A9A").stroke();
doc.font("R").fontSize(8.5).fillColor(GREY).text(stamp[0], 48, 88, { lineBreak: false });
doc.text(stamp[1], 200, 88, { lineBreak: false });

// write one line of a container; text runs with @mentions in blue; returns new y
function put(line, x, y, width, size = 9.5) {
  const font = line.kind === "heading" || line.kind === "sub" ? "B" : "R";
  const fs = line.kind === "heading" ? 11 : size;
  const indent = line.kind === "bullet" ? 14 : 0;
  doc.font(font).fontSize(fs);
  const h = doc.heightOfString(line.text, { width: width - indent - (line.tag ? 14 : 0) });
  if (y + h > BOTTOM) {
    doc.addPage();
    y = TOP;
  }
  const tx = x + indent + (line.tag ? 14 : 0);
  if (line.kind === "bullet") doc.font("R").fontSize(fs).fillColor("black").text("•", x + 4, y, { lineBreak: false });
  if (line.tag === "important") drawStar(x + indent + 5, y + 5);
  if (line.tag === "question") drawQuestion(x + indent + 5, y + 5);
  const parts = line.text.split(/(@[A-Z][a-z]+ [A-Z][a-z]+)/).filter(Boolean);
  doc.font(font).fontSize(fs);
  parts.forEach((part, i) => {
    const mention = part.startsWith("@");
    doc.fillColor(mention ? BLUE : "black").text(part, i === 0 ? tx : undefined, i === 0 ? y : undefined, {
      width: width - (tx - x),
      continued: i < parts.length - 1,
    });
  });
  return y + h + (line.kind === "sub" ? 3 : 2.5) + (line.kind === "heading" ? 3 : 0);
}
function drawStar(cx, cy) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? 2.2 : 5;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  doc.save().polygon(...pts).fillAndStroke("#F2C811", "#B08F00").restore();
}
function drawQuestion(cx, cy) {
  doc.save().circle(cx, cy, 4.6).fill(PURPLE).restore();
  doc.save().lineWidth(1.1).strokeColor("white").moveTo(cx - 1.6, cy - 1.4).bezierCurveTo(cx - 1.6, cy - 3.6, cx + 1.8, cy - 3.6, cx + 1.8, cy - 1.4).bezierCurveTo(cx + 1.8, cy, cx, cy, cx, cy + 1.2).stroke().restore();
  doc.save().circle(cx, cy + 2.8, 0.55).fill("white").restore();
}
function drawBox(x, y, ticked) {
  doc.save().lineWidth(0.7).strokeColor("#555555").rect(x, y, 8, 8).stroke().restore();
  if (ticked) doc.save().lineWidth(1.3).strokeColor("#2E7D32").moveTo(x + 1.5, y + 4.2).lineTo(x + 3.4, y + 6.4).lineTo(x + 7, y + 1.4).stroke().restore();
}
function containerFrame(x, y, w, h) {
  // OneNote shows a faint frame only on hover; the printed page keeps a hairline grip bar at the top
  doc.save().lineWidth(0.4).strokeColor("#D0D0D0").moveTo(x - 4, y - 6).lineTo(x + w, y - 6).stroke().restore();
}

// container 1: meeting details (left)
const C1 = { x: 48, y: 120, w: 290 };
containerFrame(C1.x, C1.y, C1.w);
let y = C1.y;
for (const line of details) y = put(line, C1.x, y, C1.w, 8.5);
const afterDetails = y;

// container 2: actions (right, beside the others), drawn second
const C2 = { x: 372, y: 120, w: 180 };
containerFrame(C2.x, C2.y, C2.w);
let y2 = put({ text: "Actions", kind: "heading" }, C2.x, C2.y, C2.w);
const actionLines = [];
for (const [owner, what, by, done] of actions) {
  const text = `@${owner} ${what} - ${by}`;
  actionLines.push(text);
  drawBox(C2.x, y2 + 1.5, !!done);
  const yy = put({ text }, C2.x + 13, y2, C2.w - 13, 8.5);
  y2 = yy;
  if (done) {
    actionLines.push(done);
    doc.font("R").fontSize(8).fillColor(GREY).text(done, C2.x + 13, y2, { width: C2.w - 13 });
    y2 += doc.heightOfString(done, { width: C2.w - 13 }) + 2;
  }
  y2 += 4;
}

// container 3: the notes (left, below the details), running on to page 2
const C3 = { x: 48, y: afterDetails + 22, w: 300 };
containerFrame(C3.x, C3.y, C3.w);
y = C3.y;
for (const line of notes) {
  if (line.kind === "sub") y += 5;
  y = put(line, C3.x, y, C3.w);
}
doc.end();
await new Promise((r) => stream.on("finish", r));

// ---------------------------------------------------------------- rendering
const out = [title, stamp.join(" ")];
for (const l of details) out.push(l.text);
out.push("Actions", ...actionLines);
for (const l of notes) out.push(l.text);
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", BASE);
