// Builds docs/<tasks pdf>: the Programme Manager's Outlook task folder "HAFTG actions" printed in Outlook's
// "Table Style" to PDF (Microsoft Print to PDF) on Friday 5 March 2562 at 16:42: the folder's view
// grouped by Categories (groups in the alphabetical order Outlook sorts them, so December before March
// before September, and "(none)" first), a grey header band whose first three columns are icons only
// (importance, item type, complete), then Task Subject, Status, Due Date, % Complete, Owner; a subject too
// long for its column cut with "..." as Outlook prints it; completed tasks grey and struck through with a
// drawn line and a ticked box; overdue tasks in red; dates as "Thu 25/02/2562", none as "None". No title:
// the folder's name is not printed; the footer carries the user's name, the page and the print time.
// The Owner of an action a councillor holds is the Programme Manager, who keeps the task.
// Also writes text/<base>.txt.
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, requireMain, FONTS, ACTIONS, PREP, OFFICERS, outlookDate, overdue, PRINTED, PRINT_TIME } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const doc = new PDFDocument({ size: "A4", margins: { top: 30, bottom: 4, left: 30, right: 30 }, autoFirstPage: false,
  info: { Title: "", Author: OFFICERS.rosalind.name, Creator: "Microsoft® Outlook® for Microsoft 365", Producer: "Microsoft: Print To PDF" } });
const out = join(root, "docs", DOCS.tasks);
const stream = doc.pipe(createWriteStream(out));
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));

const CATS = { "": "(none)", dec: "HAFTG Dec 2561 actions", mar: "HAFTG Mar 2562 meeting", sep: "HAFTG Sep 2561 actions" };
const tasks = [
  ...ACTIONS.map((a) => ({ subject: `${a.ref} ${a.subject}`, status: a.status, due: a.due, pct: a.pct, owner: a.owner, cat: a.cat, high: ["HFA-41", "HFA-43", "HFA-44"].includes(a.ref) })),
  ...PREP.map((t) => ({ ...t, high: false })),
];
const groups = Object.entries(CATS).sort((a, b) => (a[0] === "" ? -1 : b[0] === "" ? 1 : a[1].localeCompare(b[1])));

// columns: x, width
const X0 = 30;
const COLS = [
  { k: "imp", w: 14 }, { k: "icon", w: 14 }, { k: "done", w: 14 },
  { k: "subject", w: 176, head: "Task Subject" }, { k: "status", w: 100, head: "Status" },
  { k: "due", w: 66, head: "Due Date" }, { k: "pct", w: 55, head: "% Complete" }, { k: "owner", w: 96, head: "Owner" },
];
let x = X0;
for (const c of COLS) { c.x = x; x += c.w; }
const RIGHT = x;
const FS = 7.6, ROW = 15;

const render = [];
let y, page = 0;
function footer() {
  doc.font("R").fontSize(7).fillColor("#000000");
  const fy = 842 - 24;
  doc.text(OFFICERS.rosalind.name, X0, fy, { lineBreak: false });
  doc.text(String(page), 0, fy, { width: 595, align: "center", lineBreak: false });
  const [yy, mm, dd] = PRINTED.split("-");
  doc.text(`${dd}/${mm}/${yy} ${PRINT_TIME}`, 0, fy, { width: 595 - 30, align: "right", lineBreak: false });
}
function header() {
  doc.rect(X0, y, RIGHT - X0, ROW).fill("#e1dfdd");
  doc.lineWidth(0.5).strokeColor("#a19f9d").moveTo(X0, y + ROW).lineTo(RIGHT, y + ROW).stroke();
  // icon headers: a "!" drawn as a bar and a dot, a page, a box
  const c0 = COLS[0].x + 6;
  doc.rect(c0, y + 3, 1.6, 6).fill("#323130");
  doc.rect(c0, y + 10.5, 1.6, 1.6).fill("#323130");
  doc.lineWidth(0.6).strokeColor("#323130").rect(COLS[1].x + 3, y + 3, 7, 9).stroke();
  doc.rect(COLS[2].x + 3, y + 4, 7, 7).stroke();
  doc.font("B").fontSize(FS).fillColor("#323130");
  for (const c of COLS.filter((c) => c.head)) doc.text(c.head, c.x + 3, y + 4, { lineBreak: false });
  y += ROW;
}
function newPage() {
  if (page) footer();
  doc.addPage();
  page++;
  y = 34;
  header();
  if (page === 1) render.push(COLS.filter((c) => c.head).map((c) => c.head).join(" | "));
}
const fit = (s, w) => {
  doc.font("R").fontSize(FS);
  if (doc.widthOfString(s) <= w - 6) return s;
  let t = s;
  while (t.length && doc.widthOfString(t + "...") > w - 6) t = t.slice(0, -1);
  return t.replace(/\s+$/, "") + "...";
};

newPage();
for (const [key, name] of groups) {
  const items = tasks.filter((t) => t.cat === key).sort((a, b) => (a.due || "9999").localeCompare(b.due || "9999"));
  if (!items.length) continue;
  if (y + ROW * 2 > 842 - 50) newPage();
  const label = `Categories: ${name} (${items.length} item${items.length === 1 ? "" : "s"})`;
  // the group's expand arrow, drawn
  doc.polygon([X0 + 3, y + 5], [X0 + 9, y + 5], [X0 + 6, y + 9]).fill("#605e5c");
  doc.font("B").fontSize(FS + 0.4).fillColor("#201f1e").text(label, X0 + 14, y + 3.5, { lineBreak: false });
  doc.lineWidth(0.4).strokeColor("#c8c6c4").moveTo(X0, y + ROW).lineTo(RIGHT, y + ROW).stroke();
  render.push(label);
  y += ROW;
  for (const t of items) {
    if (y + ROW > 842 - 50) newPage();
    const done = t.status === "Completed";
    const late = overdue(t);
    const colour = done ? "#8a8886" : late ? "#c00000" : "#201f1e";
    if (t.high) { doc.rect(COLS[0].x + 6, y + 3, 1.6, 6).fill("#c00000"); doc.rect(COLS[0].x + 6, y + 10.5, 1.6, 1.6).fill("#c00000"); }
    // task icon: a clipboard with a tick
    doc.lineWidth(0.6).strokeColor("#605e5c").rect(COLS[1].x + 3, y + 3, 7, 9).stroke();
    doc.moveTo(COLS[1].x + 4.5, y + 8).lineTo(COLS[1].x + 6, y + 9.5).lineTo(COLS[1].x + 8.5, y + 5.5).stroke();
    doc.lineWidth(0.6).strokeColor(done ? "#8a8886" : "#323130").rect(COLS[2].x + 3, y + 4, 7, 7).stroke();
    if (done) doc.lineWidth(1).strokeColor("#107c10").moveTo(COLS[2].x + 4, y + 7.5).lineTo(COLS[2].x + 6, y + 9.8).lineTo(COLS[2].x + 9.6, y + 4.6).stroke();
    const cells = {
      subject: fit(t.subject, COLS[3].w), status: t.status, due: t.due ? outlookDate(t.due) : "None",
      pct: `${t.pct}%`, owner: OFFICERS[t.owner].name.replace(/^Dr /, ""),
    };
    doc.font("R").fontSize(FS).fillColor(colour);
    for (const c of COLS.filter((c) => c.head)) doc.text(cells[c.k], c.x + 3, y + 4, { lineBreak: false });
    if (done) {
      const w = doc.widthOfString(cells.subject);
      doc.lineWidth(0.5).strokeColor("#8a8886").moveTo(COLS[3].x + 3, y + 8.2).lineTo(COLS[3].x + 3 + w, y + 8.2).stroke();
    }
    doc.lineWidth(0.3).strokeColor("#edebe9").moveTo(X0, y + ROW).lineTo(RIGHT, y + ROW).stroke();
    render.push([cells.subject, cells.status, cells.due, cells.pct, cells.owner].join(" | "));
    y += ROW;
  }
}
footer();
doc.end();
await new Promise((r) => stream.on("finish", r));
writeFileSync(join(root, "text", basename(DOCS.tasks, extname(DOCS.tasks)) + ".txt"), render.join("\n") + "\n");
console.log("wrote", DOCS.tasks, page, "page(s)");
