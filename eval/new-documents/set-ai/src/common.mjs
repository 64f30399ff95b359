// Shared helpers for the builders of this set. Synthetic test fixtures: every person, figure and decision is invented.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const NODE_MODULES = process.env.NODE_MODULES ?? "/work/main/node_modules";
export const FONTS = process.env.FONTS ?? "/usr/share/fonts/truetype/dejavu";
export const requireNM = createRequire(join(NODE_MODULES, "noop.js"));
export const importNM = (name, entry) => import(pathToFileURL(join(NODE_MODULES, name, entry)).href);

mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });

export const writeDoc = (file, data) => writeFileSync(join(root, "docs", file), data);
export const writeText = (base, lines) => {
  const out = lines.map((l) => l.replace(/[ \t]+$/g, "")).join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
  writeFileSync(join(root, "text", base + ".txt"), out);
  return out;
};
export const assert = (cond, msg) => {
  if (!cond) {
    console.error("CHECK FAILED: " + msg);
    process.exit(1);
  }
};
export const money = (n) => (n < 0 ? `(${Math.abs(n).toLocaleString("en-GB")})` : n.toLocaleString("en-GB"));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// checks that "Wednesday 15 October 2053" (or "Wednesday, 15 October 2053") names the right weekday
export const checkWeekdays = (text) => {
  const re = new RegExp(`(${DAYS.join("|")}),? (\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})`, "g");
  let m;
  let n = 0;
  while ((m = re.exec(text))) {
    const d = new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2]));
    assert(DAYS[d.getUTCDay()] === m[1], `weekday wrong in "${m[0]}" (is a ${DAYS[d.getUTCDay()]})`);
    n++;
  }
  return n;
};
