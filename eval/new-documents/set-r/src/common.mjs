// Shared helpers for the build scripts of set R (newdocs-dev14): paths, the Node modules folder, and date checks.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..");
export const NM = process.env.NODE_MODULES ?? "/work/main/node_modules";
export const require = createRequire(join(NM, "..", "package.json"));
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });

export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// England and Wales bank holidays in the period the papers cover
export const HOLIDAYS = ["2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30"];

/** throws if any "Weekday d Month yyyy" in s has the wrong weekday */
export function checkWeekdays(s, what = "") {
  let n = 0;
  for (const m of String(s).matchAll(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g)) {
    n++;
    if (DAYS[new Date(Date.UTC(+m[4], MONTHS.indexOf(m[3]), +m[2])).getUTCDay()] !== m[1]) throw new Error(`wrong weekday ${what}: ${m[0]}`);
  }
  return n;
}
export const iso = (d) => d.toISOString().slice(0, 10);
/** the date n working days after d (weekends and bank holidays skipped) */
export function addWorkingDays(d, n) {
  const x = new Date(d);
  while (n) {
    x.setUTCDate(x.getUTCDate() + 1);
    if (x.getUTCDay() % 6 && !HOLIDAYS.includes(iso(x))) n--;
  }
  return x;
}
export const isWorkingDay = (d) => d.getUTCDay() % 6 !== 0 && !HOLIDAYS.includes(iso(d));
