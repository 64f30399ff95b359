// Builds docs/tphljc-chamber-voting-results-2312-01-18.pdf and its rendering in text/.
// Layout: A CHAMBER ELECTRONIC VOTING SYSTEM'S RESULTS PRINTOUT ("VoteLink Chamber 6.3", invented), as the
// conference system in a council chamber prints it after a meeting: landscape A4, a session summary page
// (one row a vote: number, time closed, item, Y / N / A / not voted, result), then ONE PAGE PER VOTE: the
// motion as typed into the console, MOVER AND SECONDER AS SEAT NUMBERS ONLY ("Seat 8"), opened / closed
// times to the second, a totals box, the result in capitals ("CARRIED", "NOT CARRIED") and A SEAT MAP:
// the chamber's horseshoe drawn as circles, each holding its seat number, with the seat's vote as one
// letter under it (Y yes, N no, A abstain, – not present or not voted), coloured, explained by a legend
// line; WHO SAT IN WHICH SEAT IS ONLY ON THE LAST PAGE (the seat allocation, with attendance), so a
// member's vote is known only by joining a letter under a circle to that table. Footer: system, session
// id, page n of m, printed time.
// Rendering: per page its heading lines, label lines and table rows (cells " | "), the seat map as one
// line of "seat letter" cells in seat order, the legend; the footer left out.
// Synthetic test fixture: every person, council, figure and vote is invented.
//   node src/build-voting-results-pdf.mjs
import { createWriteStream, writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, requireMain, FONTS, DOCS, BODY, MEETING, VENUE, MEMBERS, M, OFFICERS as O, VOTES, APOLOGIES, LEFT } from "./common.mjs";

const PDFDocument = requireMain("pdfkit");
const FILE = DOCS.votes, BASE = basename(FILE, extname(FILE));
const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: 36, autoFirstPage: false, info: { Title: "Vote results – session 2312-0118-TPHLJC", Author: "VoteLink Chamber Server", Creator: "VoteLink Chamber 6.3 report engine", Producer: "VoteLink PDF export 6.3.2" } });
doc.registerFont("R", join(FONTS, "DejaVuSans.ttf"));
doc.registerFont("B", join(FONTS, "DejaVuSans-Bold.ttf"));
doc.pipe(createWriteStream(join(root, "docs", FILE)));
const out = [];
const CODE = { F: "Y", A: "N", Ab: "A" };
const COLOR = { Y: "#1a7f37", N: "#c62828", A: "#b26a00", "–": "#777777" };
const SESSION = "2312-0118-TPHLJC";
const pages = 2 + VOTES.length;
let page = 0;
const newPage = () => {
  doc.addPage();
  page++;
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(7.5).fillColor("#555").text(`VoteLink Chamber 6.3 · Session ${SESSION} · Page ${page} of ${pages} · Printed 18/01/2312 12:41`, 36, 560, { width: 770, align: "center", lineBreak: false });
  doc.page.margins.bottom = 36;
  doc.fillColor("black");
};
const T = (s, x, y, o = {}) => { doc.font(o.b ? "B" : "R").fontSize(o.size ?? 10).fillColor(o.color ?? "black").text(s, x, y, { width: o.w ?? 760, lineBreak: o.w != null, ...o.opt }); if (o.render !== false) out.push(s); return doc.y; };
const grid = (rows, xs, y, o = {}) => {
  for (const [i, r] of rows.entries()) {
    let h = 16;
    r.forEach((c, j) => {
      doc.font(i === 0 ? "B" : "R").fontSize(9);
      const w = (xs[j + 1] ?? 806) - xs[j] - 6;
      h = Math.max(h, doc.heightOfString(c, { width: w }) + 6);
    });
    if (i === 0) doc.rect(xs[0] - 3, y - 3, 806 - xs[0] + 3, h).fill("#e3e8ef").fillColor("black");
    r.forEach((c, j) => { doc.font(i === 0 ? "B" : "R").fontSize(9).text(c, xs[j], y, { width: (xs[j + 1] ?? 806) - xs[j] - 6 }); });
    doc.moveTo(xs[0] - 3, y + h - 3).lineTo(806, y + h - 3).lineWidth(0.4).strokeColor("#999").stroke();
    out.push(r.filter((c) => c !== "").join(" | "));
    y += h;
  }
  return y;
};
const seatOf = (k) => M[k].seat;
const result = (v) => (v.carried ? "CARRIED" : "NOT CARRIED");
const notVoted = (v) => 13 - v.count.F - v.count.A - v.count.Ab;

// ---- page 1: session summary
newPage();
T("VoteLink Chamber 6.3 – Session results", 36, 36, { b: true, size: 16 });
T(`Session: ${BODY}`, 36, 62);
T(`Date: 18/01/2312   Start: ${MEETING.time}   Venue: ${VENUE}`, 36, 78);
T(`Delegates allocated: 15   Present at start: 13   Votes taken: ${VOTES.length}`, 36, 94);
grid([["Vote", "Closed", "Agenda item", "Y", "N", "A", "Not voted", "Result"], ...VOTES.map((v) => [String(v.n), v.closed, `${v.item} ${v.title}`, String(v.count.F), String(v.count.A), String(v.count.Ab), String(notVoted(v)), result(v)])], [40, 80, 140, 520, 560, 600, 640, 700], 124);
T("Y = yes (for) · N = no (against) · A = abstain · Not voted = delegate present at the start but not registered at the vote", 36, 330, { size: 8.5 });

// ---- one page per vote
const cx = 421, cy = 455, R = 190;
for (const v of VOTES) {
  newPage();
  T(`Vote ${v.n} of ${VOTES.length} – ${v.item}: ${v.title}`, 36, 36, { b: true, size: 13 });
  let y = T(`Motion: ${v.motion}`, 36, 62, { w: 760 });
  y = Math.max(y, 62) + 6;
  T(`Mover: Seat ${seatOf(v.moved)}   Seconder: Seat ${seatOf(v.seconded)}`, 36, y);
  T(`Voting opened: 18/01/2312 ${v.opened}   Voting closed: 18/01/2312 ${v.closed}   Method: electronic, open`, 36, y + 16);
  const by = y + 40;
  doc.rect(36, by - 4, 520, 24).lineWidth(0.8).strokeColor("#333").stroke();
  T(`YES ${v.count.F}   NO ${v.count.A}   ABSTAIN ${v.count.Ab}   NOT VOTED ${notVoted(v)}   PRESENT 13`, 44, by + 2, { b: true, size: 11 });
  T(`Result: ${result(v)}`, 600, by + 2, { b: true, size: 12, color: v.carried ? COLOR.Y : COLOR.N });
  // seat map: horseshoe of 15 seats, seat 1 (Chair) at the top centre
  const cells = [];
  T("Seat map (seat number, vote)", 36, by + 40, { b: true, size: 9, render: false });
  const order = MEMBERS.map((m) => m.seat);
  for (const s of order) {
    const m = MEMBERS.find((x) => x.seat === s);
    const code = APOLOGIES.includes(m.k) ? "–" : v.cast[m.k] ? CODE[v.cast[m.k]] : "–";
    const ang = s === 1 ? Math.PI / 2 : s % 2 === 0 ? Math.PI / 2 + (s / 2) * 0.2 : Math.PI / 2 - ((s - 1) / 2) * 0.2;
    const x = cx + R * Math.cos(ang) * 1.6, yy = cy - R * Math.sin(ang) * 0.9;
    doc.circle(x, yy, 13).lineWidth(1.2).fillAndStroke(code === "–" ? "#eeeeee" : "#ffffff", COLOR[code]);
    doc.fillColor("black").font("B").fontSize(9).text(String(s), x - 13, yy - 5, { width: 26, align: "center", lineBreak: false });
    doc.fillColor(COLOR[code]).font("B").fontSize(10).text(code, x - 13, yy + 16, { width: 26, align: "center", lineBreak: false });
    cells.push(`${s} ${code}`);
  }
  doc.fillColor("black");
  out.push("Seat map (seat number, vote) | " + cells.join(" | "));
  T("Y yes · N no · A abstain · – not present or not voted", 36, 540, { size: 8.5 });
}

// ---- last page: seat allocation
newPage();
T("Seat allocation and attendance – 18/01/2312", 36, 36, { b: true, size: 14 });
const att = (m) => (APOLOGIES.includes(m.k) ? "Apologies" : m.k === LEFT.k ? `Present (left ${LEFT.at})` : "Present");
let y = grid([["Seat", "Delegate", "Council", "Group", "Role", "Attendance"], ...MEMBERS.map((m) => [String(m.seat), m.name, m.council, m.group, m.role, att(m)])], [40, 80, 250, 450, 560, 650], 64);
T("Non-voting positions (not registered in the system):", 36, y + 10, { b: true, size: 9.5 });
y = grid([["Ref", "Name", "Post"], ["P1", O.legal.name, O.legal.post], ["P2", O.clerk.name, O.clerk.post], ["P3", O.manager.name, O.manager.post], ["P4", O.enforcement.name, O.enforcement.post]], [40, 80, 250], y + 28);
doc.end();
writeFileSync(join(root, "text", BASE + ".txt"), out.join("\n") + "\n");
console.log("wrote", FILE);
