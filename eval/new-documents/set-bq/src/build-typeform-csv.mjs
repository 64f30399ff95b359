// Builds docs/tphljc-fare-consultation-typeform-responses-2311-12-08.csv and its rendering in text/.
// Layout: A TYPEFORM "DOWNLOAD RESPONSES" CSV: the first column "#" holds each response's token (a
// random id, not a number); the column headers are the form's question texts, EXCEPT THAT A "CHOOSE AS
// MANY AS YOU LIKE" QUESTION BECOMES ONE COLUMN PER CHOICE, HEADED ONLY BY THE CHOICE'S LABEL, THE CELL
// HOLDING THAT LABEL AGAIN WHEN IT WAS TICKED AND EMPTY WHEN NOT – the question itself ("Which of these
// options could you support?") appears nowhere in the file; an opinion scale as a bare number (0–10, the
// scale's meaning not in the file); a hidden field ("source") after the questions; Typeform's own
// columns "Start Date (UTC)", "Submit Date (UTC)" and "Network ID" last. UTF-8 without BOM, LF row
// ends, fields quoted only when they hold a comma or a quote; ROWS NEWEST FIRST, as the export sorts.
// Rendering: the header, then each response's non-empty fields joined by " | " in column order.
// Synthetic test fixture: every response, organisation and figure is invented.
//   node src/build-typeform-csv.mjs
import { writeFileSync } from "node:fs";
import { join, basename, extname } from "node:path";
import { createHash } from "node:crypto";
import { root, DOCS, RESP } from "./common.mjs";

const FILE = DOCS.typeform, BASE = basename(FILE, extname(FILE));
const OPT = { A: "Option A – about 5% (typical 2-mile fare £9.90)", B: "Option B – about 10% (typical 2-mile fare £10.30)", C: "Option C – no change (typical 2-mile fare £9.40)" };
const head = ["#", "Are you responding as…?", "Name of your organisation", "Which council area do you mainly live or work in?", OPT.A, OPT.B, OPT.C, "Which ONE option do you prefer?", "How fair are today's fares for passengers?", "Anything else you would like to tell us?", "source", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"];
const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const hex = (s, n) => createHash("sha1").update(s).digest("hex").slice(0, n);
const pad = (n) => String(n).padStart(2, "0");
// submissions from Monday 6 November to Friday 8 December 2311, one every ~31 hours, in RESP order
const start = Date.UTC(2000, 10, 6, 8, 12, 0); // a 2000 weekday base for the clock only; the year is rewritten
const rows = RESP.map((r, i) => {
  const t = new Date(start + i * 31.3 * 3600e3 + (i % 5) * 517e3);
  const day = Math.floor((t - Date.UTC(2000, 10, 6)) / 864e5);
  const d = new Date(Date.UTC(2000, 10, 6 + day));
  const date = (tt) => `2311-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(tt.getUTCHours())}:${pad(tt.getUTCMinutes())}:${pad(tt.getUTCSeconds())}`;
  const sub = new Date(t.getTime() + (180 + (i * 37) % 400) * 1000);
  if (d.getUTCMonth() === 11 && d.getUTCDate() > 8) throw new Error("response after the close");
  return [hex("bq" + r.n, 32), r.type, r.org, r.area, r.supports.includes("A") ? OPT.A : "", r.supports.includes("B") ? OPT.B : "", r.supports.includes("C") ? OPT.C : "", OPT[r.prefer], String(r.fair), r.comment, r.source, date(t), date(sub), hex("net" + r.n, 10)];
});
rows.reverse();
writeFileSync(join(root, "docs", FILE), [head, ...rows].map((r) => r.map(q).join(",")).join("\n") + "\n");
writeFileSync(join(root, "text", BASE + ".txt"), [head, ...rows].map((r) => r.filter((c) => c !== "").join(" | ")).join("\n") + "\n");
console.log("wrote", FILE);
