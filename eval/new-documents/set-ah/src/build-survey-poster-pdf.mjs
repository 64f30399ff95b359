// Builds docs/coastal-councils-survey-2043-at-a-glance.pdf – a one-page A3 infographic poster ("at a
// glance") of the coastal councils survey 2043: a banner, big numbers with captions in tiles, boxes
// placed about the page, a small table, a tilted quote, three numbered asks side by side, an "about"
// box and a contact box in the bottom right corner – and its plain-text rendering text/<same>.txt.
// The boxes are drawn in the order a designer built the page (the corner contact box and the quote
// early), not in reading order; the rendering is in reading order (banner, tiles left to right, the
// left column, the right column, the asks, the about box, the contact box, the footer line).
// Synthetic test fixture: the survey, its figures and the people are invented.
//
//   node src/build-survey-poster-pdf.mjs      (pdfkit from /work/main/node_modules, DejaVu fonts)
import { createWriteStream, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { BODY, OFFICERS, email } from "./people.mjs";

// resolve pdfkit from the project checkout's node_modules (MAIN_DIR, default /work/main)
const require = createRequire(join(process.env.MAIN_DIR ?? "/work/main", "package.json"));
const PDFDocument = require("pdfkit");
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BASE = "coastal-councils-survey-2043-at-a-glance";
const FONTS = "/usr/share/fonts/truetype/dejavu/";

// ------------------------------------------------------------------ content (reading order)
const R = OFFICERS.research;
const banner = {
  kicker: `${BODY} · Wednesday 2 December 2043 · Item 5`,
  title: "Coastal councils survey 2043",
  sub: "At a glance: what 71 coastal councils told us",
};
const tiles = [
  ["77%", "of England's 92 coastal councils responded (71 councils)"],
  ["3,480", "homes at risk of loss to erosion by 2065, up from 2,910 in our 2040 survey"],
  ["£312m", "needed over the next ten years for adaptation schemes that have no funding"],
];
const staff = {
  head: "Staff and skills",
  big: "41",
  cap: "councils (58%) have no coastal engineer of their own",
  more: "A further 19 share one with a neighbouring council.",
};
const confidence = {
  head: "Confidence in seaside towns",
  big: "64",
  cap: "councils (90%) say the withdrawal of insurance or mortgages in erosion zones is a growing concern",
};
const lost = { head: "Already lost", text: "14 councils have lost a road, car park or stretch of coast path to erosion since 2038." };
const table = {
  head: "Homes at risk of loss to erosion by 2065, by region",
  cols: ["Region", "Councils responding", "Homes at risk"],
  rows: [
    ["North East", "5", "210"],
    ["North West", "9", "220"],
    ["Yorkshire and the Humber", "4", "890"],
    ["East Midlands", "3", "40"],
    ["East of England", "9", "1,140"],
    ["South East", "19", "460"],
    ["South West", "22", "520"],
  ],
  total: ["Total", "71", "3,480"],
};
const quote = {
  text: "“We are managing the loss of a village, not a stretch of coastline.”",
  by: "– Coastal officer, East of England",
};
const asks = {
  head: "What councils asked for",
  items: [
    ["1", "A long-term coastal adaptation fund that runs beyond March 2045."],
    ["2", "Money to relocate homes and community buildings at risk, not only to defend them."],
    ["3", "A national pool of coastal engineers that councils can draw on."],
  ],
};
const about = {
  head: "About the survey",
  text: [
    "An online survey of the 92 English councils with a coastline, sent to chief executives and coastal leads. Fieldwork ran from 3 July to 14 August 2043.",
    "Figures are as councils reported them and have not been verified. The 2040 figures are from our coastal survey 2040, to which 64 councils responded.",
  ],
};
const contact = {
  head: "Find out more",
  lines: [R.name, `${R.post}, LGA`, R.phone, email(R.name), "Full tables: local.gov.uk/coastal-survey-2043"],
};
const footer = "Local Government Association · 18 Smith Square, London SW1P 3HZ · www.local.gov.uk · December 2043";

// arithmetic checks
const sum = (i) => table.rows.reduce((a, r) => a + Number(r[i].replace(/,/g, "")), 0);
if (sum(1) !== 71 || sum(2) !== 3480) throw new Error(`table totals ${sum(1)} ${sum(2)}`);
if (Math.round((41 / 71) * 100) !== 58 || Math.round((64 / 71) * 100) !== 90 || Math.round((71 / 92) * 100) !== 77) throw new Error("percentages");

// ------------------------------------------------------------------ text rendering
const T = [];
T.push(banner.kicker, banner.title, banner.sub);
for (const [n, c] of tiles) T.push(n, c);
T.push(staff.head, staff.big, staff.cap, staff.more);
T.push(confidence.head, confidence.big, confidence.cap);
T.push(lost.head, lost.text);
T.push(table.head, table.cols.join(" | "), ...table.rows.map((r) => r.join(" | ")), table.total.join(" | "));
T.push(quote.text, quote.by);
T.push(asks.head, ...asks.items.map(([n, t]) => `${n} ${t}`));
T.push(about.head, ...about.text);
T.push(contact.head, ...contact.lines);
T.push(footer);
writeFileSync(join(root, "text", BASE + ".txt"), T.join("\n") + "\n");

// ------------------------------------------------------------------ PDF
const doc = new PDFDocument({
  size: "A3",
  margin: 0,
  info: {
    Title: "Coastal councils survey 2043: at a glance",
    Author: "LGA Research",
    Subject: `${BODY}, 2 December 2043, item 5`,
    Creator: "Adobe InDesign 28.4 (Windows)",
    Producer: "Adobe PDF Library 28.4",
  },
});
doc.pipe(createWriteStream(join(root, "docs", BASE + ".pdf")));
doc.registerFont("R", FONTS + "DejaVuSans.ttf");
doc.registerFont("B", FONTS + "DejaVuSans-Bold.ttf");
doc.registerFont("C", FONTS + "DejaVuSansCondensed.ttf");
doc.registerFont("CB", FONTS + "DejaVuSansCondensed-Bold.ttf");
doc.registerFont("I", FONTS + "DejaVuSerif-Italic.ttf");

const W = doc.page.width; // 841.89
const NAVY = "#0b3c5d", TEAL = "#1b8a8f", SAND = "#f3e6c8", SEA = "#d7ecef", INK = "#1d2a33", CORAL = "#d9534f";

// page background and banner
doc.rect(0, 0, W, doc.page.height).fill("#fbfaf6");
doc.rect(0, 0, W, 212).fill(NAVY);
// a wave along the foot of the banner
doc.save().moveTo(0, 212);
for (let x = 0; x <= W; x += 40) doc.quadraticCurveTo(x + 20, 228, x + 40, 212);
doc.lineTo(W, 200).lineTo(0, 200).fill(NAVY).restore();

// 1. contact box, bottom right corner (drawn first: it sits on the template)
const cx = 560, cy = 1062, cw = 246, ch = 100;
doc.rect(cx, cy, cw, ch).fill(TEAL);
doc.fillColor("#ffffff").font("B").fontSize(13).text(contact.head, cx + 14, cy + 10, { width: cw - 28 });
doc.font("R").fontSize(9.5);
let yy = cy + 30;
for (const l of contact.lines) {
  doc.text(l, cx + 14, yy, { width: cw - 28 });
  yy += 13;
}

// 2. the quote on a tilted card (right column, below the table)
doc.save();
doc.rotate(-3, { origin: [620, 845] });
doc.rect(462, 800, 336, 96).fill(SAND);
doc.fillColor(INK).font("I").fontSize(15).text(quote.text, 478, 814, { width: 304 });
doc.font("R").fontSize(10).fillColor("#5a4a2a").text(quote.by, 478, 866, { width: 304, align: "right" });
doc.restore();

// 3. banner text
doc.fillColor(SAND).font("R").fontSize(13).text(banner.kicker, 48, 38, { width: 740 });
doc.fillColor("#ffffff").font("B").fontSize(44).text(banner.title, 48, 70, { width: 760, lineBreak: false });
doc.fillColor(SAND).font("R").fontSize(22).text(banner.sub, 48, 140, { width: 740 });

// 4. the tiles
tiles.forEach(([n, c], i) => {
  const x = 48 + i * 253, y = 250, w = 240, h = 210;
  doc.roundedRect(x, y, w, h, 14).fill(SEA);
  doc.fillColor(TEAL).font("B").fontSize(54).text(n, x + 16, y + 24, { width: w - 32, lineBreak: false });
  doc.fillColor(INK).font("R").fontSize(14).text(c, x + 16, y + 110, { width: w - 32 });
});

// 5. the table, right column
const tx = 462, ty = 500, tw = 336;
doc.fillColor(NAVY).font("B").fontSize(14).text(table.head, tx, ty, { width: tw });
const colX = [tx, tx + 146, tx + 252], colW = [142, 104, 84];
let ry = ty + 44;
const row = (cells, font, fill) => {
  if (fill) doc.rect(tx - 4, ry - 5, tw + 10, 24).fill(fill);
  doc.fillColor(fill === NAVY ? "#ffffff" : INK).font(font).fontSize(fill === NAVY ? 10 : 10.5);
  cells.forEach((c, j) => doc.text(c, colX[j], ry, { width: colW[j], align: j ? "right" : "left", lineBreak: false }));
  ry += 24;
};
row(table.cols, "CB", NAVY);
table.rows.forEach((r, i) => row(r, "C", i % 2 ? "#eef3f5" : null));
doc.moveTo(tx - 4, ry - 5).lineTo(tx + tw + 6, ry - 5).lineWidth(1.2).stroke(NAVY);
row(table.total, "CB", null);

// 6. left column boxes
const box = (y, h, head, draw) => {
  doc.rect(48, y, 392, h).lineWidth(1).stroke("#c9d6dc");
  doc.rect(48, y, 6, h).fill(CORAL);
  doc.fillColor(NAVY).font("B").fontSize(14).text(head, 68, y + 12, { width: 360 });
  draw(y);
};
box(500, 150, staff.head, (y) => {
  doc.fillColor(CORAL).font("B").fontSize(46).text(staff.big, 68, y + 40, { width: 90 });
  doc.fillColor(INK).font("R").fontSize(13).text(staff.cap, 160, y + 48, { width: 266 });
  doc.font("R").fontSize(11).fillColor("#46535c").text(staff.more, 68, y + 112, { width: 360 });
});
box(668, 140, confidence.head, (y) => {
  doc.fillColor(CORAL).font("B").fontSize(46).text(confidence.big, 68, y + 40, { width: 90 });
  doc.fillColor(INK).font("R").fontSize(13).text(confidence.cap, 160, y + 44, { width: 266 });
});
box(826, 84, lost.head, (y) => {
  doc.fillColor(INK).font("R").fontSize(12).text(lost.text, 68, y + 36, { width: 360 });
});

// 7. the asks, three columns side by side
doc.rect(0, 932, W, 112).fill(NAVY);
doc.fillColor(SAND).font("B").fontSize(15).text(asks.head, 48, 944, { width: 740 });
asks.items.forEach(([n, t], i) => {
  const x = 48 + i * 253;
  doc.circle(x + 14, 986, 14).fill(SAND);
  doc.fillColor(NAVY).font("B").fontSize(14).text(n, x + 4, 978, { width: 20, align: "center" });
  doc.fillColor("#ffffff").font("R").fontSize(11.5).text(t, x + 36, 974, { width: 200 });
});

// 8. about box, bottom left
doc.fillColor(NAVY).font("B").fontSize(12).text(about.head, 48, 1064, { width: 490 });
doc.fillColor("#46535c").font("R").fontSize(9.5);
let ay = 1082;
for (const para of about.text) {
  doc.text(para, 48, ay, { width: 490 });
  ay += doc.heightOfString(para, { width: 490 }) + 5;
}

// 9. footer line
doc.fillColor("#7a868e").font("R").fontSize(8).text(footer, 48, 1172, { width: 740, align: "center" });

doc.end();
console.log(`wrote docs/${BASE}.pdf and text/${BASE}.txt`);
