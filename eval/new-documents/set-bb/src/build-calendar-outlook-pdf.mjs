// Builds docs/hsttg-committee-calendar-2146-12-to-2147-01-outlook-monthly.pdf and its rendering in text/.
// Layout: AN OUTLOOK CALENDAR PRINTED IN "MONTHLY STYLE" AND SAVED AS PDF ("Microsoft Print to PDF"):
// the Programme Manager's calendar for December 2146 and January 2147, one month a landscape A4 page.
// Each page: the month and year in large type at the top left, TWO MINI-CALENDARS OF THE MONTH AND THE
// NEXT at the top right (initials of the days and every date, so the page starts with a block of bare
// numbers), then A GRID OF SEVEN COLUMNS (Monday … Sunday, the day names only in the header row) AND A
// ROW PER WEEK. A CELL HOLDS ONLY ITS DAY NUMBER – the month's name appears only on the first day of a
// month and on the first cell of the page ("28 November", "1 December", "26 December", "1 January",
// "1 February") – and then the day's items, each "HH:MM Subject; Location" in small type, wrapped in
// the cell, or, for all-day items, the subject in a shaded box; ITEMS THAT RUN OVER SEVERAL DAYS are one
// shaded bar across the cells, their subject printed once, at the start of each week's piece of the bar;
// days of the month before and after are greyed. A cancelled meeting keeps its cell with Outlook's
// "Canceled:" before its subject; the rearranged meeting is a separate item a week later. So a date is
// known only from the cell's position: its number, its column's day name and the page's month.
// Footer: the calendar owner's name at the left, the page number in the middle, the date and time of
// printing at the right.
// Rendering: per page the month line and the day-name header row (cells " | "), then each cell with
// its day number (as printed) and its items as cells ("12 | 10:00 Site visit: …"), a multi-day bar
// among the items of the cell where it is printed; the mini-calendars and the footer left out.
// Synthetic test fixture: every person, meeting, place and date is invented.
//   node src/build-calendar-outlook-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, OFFICERS as O, ROOM } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.calendar;
const BASE = basename(FILE, extname(FILE));
const PW = 841.89, PH = 595.28, ML = 28, MR = 28, MT = 24, W = PW - ML - MR;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const PRINTED = "07/12/2146 09:12";
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false, info: { Title: "Calendar - Oluwaseun Bellchamber - Outlook", Author: O.oluwaseun.name, Creator: "Microsoft® Outlook® for Microsoft 365", Producer: "Microsoft: Print To PDF" } });
doc.pipe(createWriteStream(join(root, "docs", FILE)));
doc.registerFont("r", join(FONTS, "DejaVuSansCondensed.ttf")).registerFont("b", join(FONTS, "DejaVuSansCondensed-Bold.ttf"));

const iso = (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const dt = (s) => new Date(s + "T12:00:00Z");
const add = (s, n) => { const d = dt(s); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const dow = (s) => (dt(s).getUTCDay() + 6) % 7; // Monday 0

// ---------------------------------------------------------------- the calendar's items
const T = "Teams Meeting";
const items = [];
const timed = (date, time, subject, location) => items.push({ date, time, text: `${time} ${subject}${location ? "; " + location : ""}` });
const allDay = (date, subject, o = {}) => items.push({ date, end: o.end ?? date, text: subject, allDay: true, colour: o.colour ?? "#DDEBF7" });
// the weekly team meeting (Mondays; on the Tuesday after a bank holiday)
for (const d of ["2146-11-28", "2146-12-05", "2146-12-12", "2146-12-19", "2147-01-03", "2147-01-09", "2147-01-16", "2147-01-23", "2147-01-30"]) timed(d, "09:30", "Programme team meeting", T);
// November tail
timed("2146-11-28", "10:00", "Loomio proposal opens: route optimisation pilots (HSTTG)", "");
timed("2146-11-29", "11:00", "1:1 Juniper", "Room 4.07");
timed("2146-11-30", "14:00", "Assessment panel feedback to Stowhithe", T);
// December
timed("2146-12-01", "10:00", "Ravensgill pilot: call with the council", T);
timed("2146-12-02", "17:00", "Loomio proposal closes: route optimisation pilots (HSTTG)", "");
timed("2146-12-05", "11:30", "Post the Loomio outcome (HSTTG-D-2146-07)", "");
timed("2146-12-07", "09:30", "Lead members' catch-up (HSTTG)", T);
allDay("2146-12-09", "Due: Tamsford safeguarding recovery plan (HTA-41)", { colour: "#FCE4D6" });
timed("2146-12-13", "11:00", "1:1 Juniper", "Room 4.07");
timed("2146-12-14", "11:00", "Children, Schools and Families Board", "Room 1.1, 18 Smith Square");
allDay("2146-12-16", "Ravensgill to confirm its £7,500 contribution (pilot condition)", { colour: "#FCE4D6" });
allDay("2146-12-16", "Travel training toolkit published (M05)");
allDay("2146-12-19", "School Christmas holidays (most councils)", { end: "2147-01-02", colour: "#E2EFDA" });
timed("2146-12-20", "15:00", "Electric minibus market engagement: supplier day", "Online");
timed("2146-12-22", "12:30", "Team lunch", "");
allDay("2146-12-25", "Christmas Day; United Kingdom", { colour: "#EDEDED" });
allDay("2146-12-26", "Boxing Day; United Kingdom", { colour: "#EDEDED" });
allDay("2146-12-27", "Christmas Day (substitute day); United Kingdom", { colour: "#EDEDED" });
// January
allDay("2147-01-01", "New Year's Day; United Kingdom", { colour: "#EDEDED" });
allDay("2147-01-02", "New Year's Day (substitute day); United Kingdom", { colour: "#EDEDED" });
timed("2147-01-05", "10:00", "1:1 Juniper", "Room 4.07");
allDay("2147-01-09", "Route optimisation pilots go live: Harrowfell and Tamsford");
timed("2147-01-10", "14:00", "DPS second call-off: evaluation", T);
timed("2147-01-12", "10:00", "Site visit: Harrowfell travel training centre", "Harrowfell");
timed("2147-01-13", "12:00", "Papers deadline: HSTTG 25 January (reports to Wilfred)", "");
allDay("2147-01-17", "Agenda published: HSTTG 25 January");
allDay("2147-01-18", "Children, Schools and Families Board away day; Ravensgill");
timed("2147-01-18", "10:30", "Canceled: HSTTG meeting", ROOM);
allDay("2147-01-20", "Due: electric minibus briefing note (HTA-46)", { colour: "#FCE4D6" });
timed("2147-01-23", "14:00", "Chair's briefing: HSTTG 25 January", T);
timed("2147-01-24", "17:30", "Labour group pre-meeting (HSTTG)", T);
timed("2147-01-24", "18:00", "Conservative group pre-meeting (HSTTG)", T);
timed("2147-01-25", "10:30", "HSTTG meeting (moved from 18 January)", ROOM);
allDay("2147-01-27", "Consultation closes: national standards for passenger assistants", { colour: "#FCE4D6" });
timed("2147-01-31", "16:00", "Safeguarding catch-up: last course (M09)", "Tamsford");

// ---------------------------------------------------------------- drawing
const out = [];
const GRID = "#8EA9C1", GREYTXT = "#9A9A9A", INK = "#1F1F1F";
function mini(x, y, year, month) {
  doc.font("b").fontSize(7).fillColor(INK).text(`${MONTHS[month - 1]} ${year}`, x, y, { width: 112, align: "center", lineBreak: false });
  const cw = 16, rh = 8.2;
  for (const [i, d] of ["M", "T", "W", "T", "F", "S", "S"].entries()) doc.font("r").fontSize(5.6).text(d, x + i * cw, y + 10, { width: cw, align: "center", lineBreak: false });
  let r = 0;
  for (let d = 1; d <= 31; d++) {
    const s = iso(year, month, d);
    if (dt(s).getUTCMonth() !== month - 1) break;
    const c = dow(s);
    if (d > 1 && c === 0) r++;
    doc.font("r").fontSize(5.6).fillColor(INK).text(String(d), x + c * cw, y + 19 + r * rh, { width: cw, align: "center", lineBreak: false });
  }
}
function page(year, month, pageNo) {
  doc.addPage({ size: [PW, PH], margin: 0 });
  const title = `${MONTHS[month - 1]} ${year}`;
  doc.font("b").fontSize(22).fillColor(INK).text(title, ML, MT, { lineBreak: false });
  out.push(title);
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  mini(PW - MR - 250, MT - 2, year, month);
  mini(PW - MR - 125, MT - 2, next[0], next[1]);
  // the weeks shown: from the Monday on or before the 1st to the Sunday on or after the last day
  const first = iso(year, month, 1);
  const start = add(first, -dow(first));
  const weeks = [];
  for (let ws = start; dt(ws).getUTCMonth() === month - 1 || ws < first; ws = add(ws, 7)) weeks.push(ws);
  const top = 98, headH = 16, bottom = PH - 30;
  const cw = W / 7, rh = (bottom - top - headH) / weeks.length;
  // header row
  doc.rect(ML, top, W, headH).fillColor("#DCE6F1").fill();
  for (const [i, d] of DAYS.entries()) doc.font("b").fontSize(8).fillColor(INK).text(d, ML + i * cw + 4, top + 4, { width: cw - 8, lineBreak: false });
  out.push(DAYS.join(" | "));
  // grid lines
  doc.lineWidth(0.6).strokeColor(GRID);
  for (let r = 0; r <= weeks.length; r++) doc.moveTo(ML, top + headH + r * rh).lineTo(ML + W, top + headH + r * rh).stroke();
  for (let c = 0; c <= 7; c++) doc.moveTo(ML + c * cw, top).lineTo(ML + c * cw, top + headH + weeks.length * rh).stroke();
  let firstCell = true;
  for (const [r, ws] of weeks.entries()) {
    const y0 = top + headH + r * rh;
    // weekend shading and other-month shading
    for (let c = 0; c < 7; c++) {
      const s = add(ws, c);
      const other = dt(s).getUTCMonth() !== month - 1;
      if (other || c >= 5) doc.rect(ML + c * cw + 0.4, y0 + 0.4, cw - 0.8, rh - 0.8).fillColor(other ? "#F2F2F2" : "#F8FAFC").fill();
    }
    // cell contents: for each day, the bars that start (or restart) here, then the day label, then the
    // all-day boxes and the timed items
    const lanes = {}; // rows taken by bars in each column
    const cellLines = {};
    for (let c = 0; c < 7; c++) cellLines[c] = [];
    const bars = items.filter((it) => it.allDay && it.end !== it.date && it.date <= add(ws, 6) && it.end >= ws);
    let barY = y0 + 13;
    for (const b of bars) {
      const c0 = Math.max(0, Math.round((dt(b.date) - dt(ws)) / 864e5)), c1 = Math.min(6, Math.round((dt(b.end) - dt(ws)) / 864e5));
      const bw = (c1 - c0 + 1) * cw;
      doc.font("r").fontSize(6.6);
      const bh = doc.heightOfString(b.text, { width: bw - 10, lineGap: 0.4 }) + 3;
      doc.rect(ML + c0 * cw + 2, barY, bw - 4, bh).fillColor(b.colour).fill();
      doc.fillColor(INK).text(b.text, ML + c0 * cw + 5, barY + 1.6, { width: bw - 10, lineGap: 0.4 });
      cellLines[c0].push(b.text);
      for (let c = c0; c <= c1; c++) lanes[c] = (lanes[c] ?? 0) + bh + 1;
      barY += bh + 1;
    }
    for (let c = 0; c < 7; c++) {
      const s = add(ws, c);
      const d = dt(s);
      const other = d.getUTCMonth() !== month - 1;
      const label = firstCell || d.getUTCDate() === 1 ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : String(d.getUTCDate());
      firstCell = false;
      const x0 = ML + c * cw;
      doc.font("b").fontSize(8).fillColor(other ? GREYTXT : INK).text(label, x0 + 3, y0 + 2.5, { width: cw - 6, lineBreak: false });
      let y = y0 + 13 + (lanes[c] ?? 0) + 1;
      const todays = items.filter((it) => it.date === s && !(it.allDay && it.end !== it.date));
      todays.sort((a, b) => (a.allDay === b.allDay ? (a.time ?? "").localeCompare(b.time ?? "") : a.allDay ? -1 : 1));
      for (const it of todays) {
        doc.font("r").fontSize(6.6);
        const h = doc.heightOfString(it.text, { width: cw - 8, lineGap: 0.4 });
        if (it.allDay) doc.rect(x0 + 2, y - 0.8, cw - 4, h + 1.6).fillColor(it.colour).fill();
        doc.fillColor(other ? GREYTXT : INK).text(it.text, x0 + 4, y, { width: cw - 8, lineGap: 0.4 });
        y += h + 2.4;
        if (y > y0 + rh - 2) throw new Error(`cell ${s} overflows`);
        cellLines[c].push(it.text);
      }
      out.push([label, ...cellLines[c]].join(" | "));
    }
  }
  // footer
  doc.font("r").fontSize(7).fillColor("#555555");
  doc.text(O.oluwaseun.name, ML, PH - 20, { lineBreak: false });
  doc.text(String(pageNo), PW / 2 - 20, PH - 20, { width: 40, align: "center", lineBreak: false });
  doc.text(PRINTED, PW - MR - 120, PH - 20, { width: 120, align: "right", lineBreak: false });
}
page(2146, 12, 1);
page(2147, 1, 2);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log(`wrote docs/${FILE} (2 pages, ${items.length} calendar items)`);
