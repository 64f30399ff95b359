// Builds docs/wsdptg-workshop-2252-01-13-zoom-poll-report.csv and its rendering in text/.
// Layout: A ZOOM "POLL REPORT" DOWNLOADED AS CSV from the account's Reports page after the online member
// and partner workshop of Tuesday 13 January 2252: not one table but STACKED SECTIONS WITH THEIR OWN
// HEADER ROWS AND COLUMN COUNTS – a title line ("Poll Report"), "Report Generated:", the meeting's row
// (Topic, ID, Actual Start Time, Actual Duration (minutes), # Participants), a blank line, "Launched
// Polls" (each poll's name, launch time and how many answered), a blank line, then "Poll Details": A
// ROW PER PARTICIPANT PER POLL whose QUESTIONS ARE CELLS OF THE ROW ITSELF, each followed by the answer
// (a poll of two questions has two question-and-answer pairs on its rows), multiple-choice answers
// joined by ";" in one cell. People appear under their ZOOM DISPLAY NAMES ("Percy Spurrell", "Jasper
// W-N", "Farida Loveridge - Tarnby", "iPad", "Wyvernsea SLSC"), with an e-mail only when signed in; dates
// in Zoom's US form ("Jan 13, 2252 10:41 AM"). THERE ARE NO TOTALS: how many chose an option is known
// only by counting rows (the Padlet's summary gives two of the counts). People who joined but answered no
// poll are only in the "# Participants" count. UTF-8 with a byte-order mark, CRLF, fields quoted only
// when they hold a comma or a quote.
// Rendering: each record's non-empty fields joined by " | " (blank lines dropped).
// Synthetic test fixture: every person, answer and figure is invented.
//   node src/build-zoom-poll-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { root, DOCS, ZOOM, ZOOM_SILENT, ZOOM_MEETING as M, POLLS, CRITERIA } from "./common.mjs";

const FILE = DOCS.zoom;
const BASE = basename(FILE, extname(FILE));
const q = (v) => { const s = String(v ?? ""); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
const recs = [];
const rec = (...cells) => recs.push(cells);

rec("Poll Report");
rec("Report Generated:", M.generated);
rec("Topic", "ID", "Actual Start Time", "Actual Duration (minutes)", "# Participants");
rec(M.topic, M.id, M.start, M.minutes, ZOOM.length + ZOOM_SILENT.length);
rec();
rec("Launched Polls");
rec("#", "Poll Name", "Launched Time", "# Participants Answered");
for (const p of POLLS) rec(p.n, p.name, p.launched, ZOOM.length);
rec();
rec("Poll Details");
rec("#", "User Name", "Email Address", "Submitted Date and Time", "Poll Name", "Question Details");

// submission times: a few seconds to two minutes after each launch, in a fixed order per poll
const launchMin = { 1: [10, 4], 2: [10, 41], 3: [11, 37] };
const order = (n) => ZOOM.map((z, i) => ({ z, i, key: (i * (n === 2 ? 7 : n === 3 ? 11 : 5)) % ZOOM.length })).sort((a, b) => a.key - b.key);
const stamp = (n, k) => {
  const [h, m] = launchMin[n];
  const secs = 15 + k * 5 + ((k * 7) % 4);
  const mm = m + Math.floor(secs / 60), ss = secs % 60;
  const hh = h + Math.floor(mm / 60), mn = mm % 60;
  return `Jan 13, 2252 ${String(hh).padStart(2, "0")}:${String(mn).padStart(2, "0")}:${String(ss).padStart(2, "0")} AM`;
};
let no = 1;
for (const p of POLLS) {
  order(p.n).forEach(({ z }, k) => {
    const base = [no++, z.name, z.email, stamp(p.n, k), p.name];
    if (p.n === 1) rec(...base, p.q, z.kind);
    if (p.n === 2) rec(...base, p.q, z.p2.map((i) => CRITERIA[i]).join(";"));
    if (p.n === 3) rec(...base, p.q[0], z.p3a, p.q[1], z.p3b);
  });
}

const csv = "\uFEFF" + recs.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
writeFileSync(join(root, "docs", FILE), csv);
const rendering = recs.map((r) => r.map(String).filter((c) => c.trim() !== "").join(" | ")).filter((l) => l);
writeFileSync(join(root, "text", BASE + ".txt"), rendering.join("\n") + "\n");
console.log(`wrote docs/${FILE} (${recs.length} records) and text/${BASE}.txt`);
