// Builds docs/urctg-members-workshop-board-2164-01-25.pdf and its rendering in text/.
// Layout: AN ONLINE WHITEBOARD (MIRO) EXPORTED AS PDF, "Board" option: THE WHOLE BOARD ON ONE HUGE PAGE
// (2400 × 1500 pt, no margins, no page furniture but a "Made with Miro" mark in the corner), drawn with
// pdfkit and DejaVu Sans. Six FRAMES (white panels with their names above their top-left corner: Welcome
// and who's here, What's working?, What worries us?, Priorities for 2164/65 – dot vote, Parking lot, Agreed
// next steps) hold: plain text widgets; STICKY NOTES in four colours, each with its AUTHOR'S NAME in small
// grey type at the foot (Miro's "show author"); name-tag stickies; VOTING DOTS drawn as small filled circles
// on the priority stickies; the facilitator's COUNT LABELS ("14 dots") typed beside them after the vote;
// CARDS (a coloured bar, a title, an avatar circle with initials, the assignee's name and a due date
// WITHOUT A YEAR, "6 Mar"); a connector arrow. THE PAGE'S CONTENT STREAM FOLLOWS THE BOARD'S Z-ORDER, I.E.
// THE ORDER IN WHICH THINGS WERE CREATED, NOT WHERE THEY SIT: the frames, the facilitator's set-up (title,
// instructions, the seven priority stickies), the name tags, then the members' stickies of two frames
// interleaved as they typed them, the dots, the count labels (in the order they were typed, not the
// stickies' order), the parking lot and the cards. Text extraction therefore meets a sticky far from its
// count, and the two brainstorm frames shuffled together.
// Rendering: the board read frame by frame (left to right, top to bottom), each frame's name as a line and
// its items top to bottom; a sticky as "text | author", a priority as "text | n dots", a card as
// "title | initials | assignee | due"; the corner mark left out.
// Synthetic test fixture: every person, sticky and vote is invented.
//   node src/build-workshop-miro-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, O, P, full, WORKSHOP_PRESENT, WORKSHOP_APOLOGIES, PRIORITIES, DOTS_EACH, NEXT_STEPS } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.board;
const BASE = basename(FILE, extname(FILE));
const PW = 2400, PH = 1500;
const doc = new PDFDocument({ size: [PW, PH], margin: 0, info: { Title: "URCTG workshop 25 Jan – priorities 2164/65", Author: "Zainab Brocklebank", Creator: "Miro", Producer: "Miro PDF export" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSans.ttf")).registerFont("b", join(FONTS, "DejaVuSans-Bold.ttf"));
const INK = "#1A1A1A", GREY = "#7A7A7A";
const COL = { yellow: "#FFF9B1", pink: "#F5D0E1", green: "#D5F692", blue: "#A6CCF5", orange: "#FFCEA1", name: "#FFE680" };

// ------------------------------------------------------------------ board model: frames and items (with positions)
const frames = [
  { id: "welcome", name: "Welcome and who's here", x: 60, y: 90, w: 700, h: 620 },
  { id: "working", name: "What's working?", x: 800, y: 90, w: 760, h: 620 },
  { id: "worries", name: "What worries us?", x: 1600, y: 90, w: 740, h: 620 },
  { id: "vote", name: "Priorities for 2164/65 – dot vote", x: 60, y: 780, w: 1120, h: 660 },
  { id: "parking", name: "Parking lot", x: 1220, y: 780, w: 500, h: 660 },
  { id: "next", name: "Agreed next steps", x: 1760, y: 780, w: 580, h: 660 },
];
const F = Object.fromEntries(frames.map((f) => [f.id, f]));
const items = []; // {frame, x, y, kind, draw(), render, z}
let z = 0;
const add = (frame, x, y, kind, data) => items.push({ frame, x: F[frame].x + x, y: F[frame].y + y, kind, ...data, z: z++ });

// z-order 1: the facilitator's set-up
add("welcome", 30, 30, "text", { text: "URCTG members' workshop", font: "b", size: 30, w: 640 });
add("welcome", 30, 78, "text", { text: "Priorities for 2164/65", font: "b", size: 22, w: 640 });
add("welcome", 30, 116, "text", { text: "Wednesday 25 January 2164, 10.00am – 12.30pm, Room 3.1 and Teams", size: 14, w: 640 });
add("welcome", 30, 142, "text", { text: `Facilitators: ${O.ptolemy.name} and ${O.zainab.name}`, size: 14, w: 640 });
add("vote", 30, 26, "text", { text: "Five dots each. Put your dots on the ideas you would fund first in 2164/65. No more than two dots on one idea.", size: 14, w: 1060 });
const VOTE_POS = [[30, 80], [300, 80], [570, 80], [840, 80], [30, 360], [300, 360], [570, 360]];
PRIORITIES.forEach((pr, i) => add("vote", VOTE_POS[i][0], VOTE_POS[i][1], "sticky", { text: pr.text, colour: "green", w: 220, h: 180, dots: pr.dots, idx: i }));
add("welcome", 30, 190, "text", { text: "Who's here?", font: "b", size: 18, w: 300 });
// z-order 2: name tags (in the order members arrived)
WORKSHOP_PRESENT.forEach((k, i) => add("welcome", 30 + (i % 4) * 160, 226 + Math.floor(i / 4) * 80, "tag", { text: `${P[k].fore} ${P[k].sur}`, w: 148, h: 64 }));
add("welcome", 30, 480, "text", { text: `Apologies: ${WORKSHOP_APOLOGIES.map(full).join(", ")}`, size: 14, w: 640 });
add("welcome", 30, 520, "text", { text: "Notes are on the board; the facilitators will write up the result for the March meeting (item 6).", size: 12, w: 640, colour: GREY });
// z-order 3: the brainstorm, two frames filled at once
const working = [
  ["Sensor alerts cut call-outs by a third in Marlhythe's pilot wards", "quillingford"],
  ["Food business inspections well ahead of profile", "cottesmore"],
  ["Round 1 bin store projects: 9 of 11 finished", "ashgrove"],
  ["Sorrelby and Harrowmere are baiting on schedule", "fettiplace"],
  ["Every member council now sends monthly complaints data", "quillingford"],
  ["Schools love Rat Smart once they have booked it", "drinkwater"],
];
const worries = [
  ["Ouselow Water has baited less than half of its plan", "fettiplace"],
  ["Resistance spreading north from Stowmarden", "sandhu"],
  ["Sensor supplier keeps missing deliveries", "quillingford"],
  ["Contractors closing: three-week waits in Dunwarden", "winterflood"],
  ["Residents won't pay for treatments", "nettleford"],
  ["Food waste fly-tipping at weekends", "cottesmore"],
];
const POS6 = [[30, 40], [270, 40], [510, 40], [30, 260], [270, 260], [510, 260]];
for (let i = 0; i < 6; i++) {
  add("worries", POS6[i][0], POS6[i][1] + (i % 2) * 14, "sticky", { text: worries[i][0], author: full(worries[i][1]), colour: "pink", w: 200, h: 190 });
  add("working", POS6[i][0], POS6[i][1] + ((i + 1) % 2) * 10, "sticky", { text: working[i][0], author: full(working[i][1]), colour: "yellow", w: 210, h: 190 });
}
// z-order 4: the dots (graphics only), then the facilitator's counts, typed in this order
const COUNT_ORDER = [2, 0, 5, 1, 6, 3, 4];
for (const it of items.filter((i) => i.kind === "sticky" && i.dots)) it.dotsAt = z++;
for (const i of COUNT_ORDER) {
  const s = items.find((it) => it.kind === "sticky" && it.idx === i && it.frame === "vote");
  add("vote", s.x - F.vote.x, s.y - F.vote.y + s.h + 12, "count", { text: `${PRIORITIES[i].dots} dot${PRIORITIES[i].dots === 1 ? "" : "s"}`, size: 16, w: 200, of: s });
}
// z-order 5: the parking lot and the cards
const parking = [
  ["Can we charge landlords for repeat treatments? (legal report, RCA-25)", "thwaite"],
  ["Invite NRSU back in the autumn", "okafor"],
  ["Grey squirrels in lofts: out of scope?", "nettleford"],
];
parking.forEach(([t, a], i) => add("parking", 30 + (i % 2) * 230, 40 + Math.floor(i / 2) * 240, "sticky", { text: t, author: full(a), colour: "blue", w: 210, h: 200 }));
NEXT_STEPS.forEach((c, i) => add("next", 30, 40 + i * 150, "card", { text: c.what, who: O[c.who].name, due: c.due, w: 520, h: 128 }));
// a connector from the Ouselow worry to the card that answers it (drawn, no text)
const fromS = items.find((i) => i.text === worries[0][0]);
const toC = items.find((i) => i.kind === "card" && /Ouselow/.test(i.text));

// ------------------------------------------------------------------ drawing, in z-order
doc.rect(0, 0, PW, PH).fillColor("#FFFFFF").fill();
for (const f of frames) {
  doc.rect(f.x, f.y, f.w, f.h).fillColor("#FFFFFF").fill().rect(f.x, f.y, f.w, f.h).lineWidth(1).strokeColor("#D4D4D4").stroke();
  doc.font("r").fontSize(13).fillColor(GREY).text(f.name, f.x, f.y - 22, { width: f.w, lineBreak: false });
}
const initials = (n) => n.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).slice(0, 2).join("");
const drawItem = (it) => {
  if (it.kind === "text") {
    doc.font(it.font ?? "r").fontSize(it.size).fillColor(it.colour ?? INK).text(it.text, it.x, it.y, { width: it.w });
  } else if (it.kind === "sticky" || it.kind === "tag") {
    doc.save().rect(it.x + 3, it.y + 4, it.w, it.h).fillColor("#000000").fillOpacity(0.08).fill().restore();
    doc.rect(it.x, it.y, it.w, it.h).fillColor(COL[it.kind === "tag" ? "name" : it.colour]).fill();
    const size = it.kind === "tag" ? 13 : it.text.length > 50 ? 15 : 17;
    const hh = doc.font("r").fontSize(size).heightOfString(it.text, { width: it.w - 24, align: "center" });
    doc.fillColor(INK).text(it.text, it.x + 12, it.y + (it.h - hh) / 2 - (it.author ? 8 : 0), { width: it.w - 24, align: "center" });
    if (it.author) doc.font("r").fontSize(9).fillColor(GREY).text(it.author, it.x + 8, it.y + it.h - 18, { width: it.w - 16, align: "right", lineBreak: false });
  } else if (it.kind === "count") {
    doc.font("b").fontSize(it.size).fillColor("#C0392B").text(it.text, it.x, it.y, { width: it.w, lineBreak: false });
  } else if (it.kind === "card") {
    doc.rect(it.x, it.y, it.w, it.h).fillColor("#FFFFFF").fill().rect(it.x, it.y, it.w, it.h).lineWidth(1).strokeColor("#C8C8C8").stroke();
    doc.rect(it.x, it.y, 8, it.h).fillColor("#4262FF").fill();
    doc.font("b").fontSize(16).fillColor(INK).text(it.text, it.x + 24, it.y + 16, { width: it.w - 48 });
    doc.circle(it.x + 40, it.y + it.h - 30, 14).fillColor("#8FD14F").fill();
    doc.font("b").fontSize(10).fillColor("#FFFFFF").text(initials(it.who), it.x + 26, it.y + it.h - 36, { width: 28, align: "center", lineBreak: false });
    doc.font("r").fontSize(12).fillColor(INK).text(it.who, it.x + 62, it.y + it.h - 37, { width: 260, lineBreak: false });
    doc.font("r").fontSize(12).fillColor(GREY).text(it.due, it.x + it.w - 110, it.y + it.h - 37, { width: 90, align: "right", lineBreak: false });
  }
};
const drawDots = (s) => {
  for (let d = 0; d < s.dots; d++) doc.circle(s.x + 18 + (d % 7) * 15, s.y + s.h - 16 - Math.floor(d / 7) * 15, 6).fillColor("#E53935").fill();
};
const seq = [...items.map((it) => ({ z: it.z, f: () => drawItem(it) })), ...items.filter((it) => it.dotsAt).map((it) => ({ z: it.dotsAt, f: () => drawDots(it) }))].sort((a, b) => a.z - b.z);
for (const s of seq) s.f();
// connector (created last)
doc.moveTo(fromS.x + fromS.w / 2, fromS.y + fromS.h).bezierCurveTo(fromS.x + 80, 760, toC.x + 300, 700, toC.x + toC.w / 2, toC.y).lineWidth(2).dash(6, { space: 4 }).strokeColor("#4262FF").stroke().undash();
doc.font("r").fontSize(10).fillColor("#9A9A9A").text("Made with Miro", PW - 120, PH - 22, { width: 110, align: "right", lineBreak: false });
doc.end();

// ------------------------------------------------------------------ rendering: frame by frame, items top to bottom
const out = [];
for (const f of frames) {
  out.push(f.name);
  // row by row (items whose tops are within 40 pt of each other), left to right
  const mine = items.filter((i) => i.frame === f.id && i.kind !== "count").sort((a, b) => (Math.abs(a.y - b.y) < 40 ? a.x - b.x : a.y - b.y));
  for (const it of mine) {
    if (it.kind === "text" || it.kind === "tag") out.push(it.text);
    else if (it.kind === "sticky" && it.dots) out.push(`${it.text} | ${it.dots} dot${it.dots === 1 ? "" : "s"}`);
    else if (it.kind === "sticky") out.push(`${it.text} | ${it.author}`);
    else if (it.kind === "card") out.push(`${it.text} | ${initials(it.who)} | ${it.who} | ${it.due}`);
  }
}
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} and text/${BASE}.txt`);
