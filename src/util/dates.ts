/** Date helpers shared by metadata inference, record extraction and question parsing. UK conventions. */

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "mar", "March", "sept" -> 1..12; undefined when not a month. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)) && m.startsWith(w.slice(0, Math.min(w.length, m.length))));
  return i >= 0 ? i + 1 : undefined;
}

export const MONTH_PATTERN = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const pad = (n: number) => String(n).padStart(2, "0");

/** Two-digit years are read as 20xx (these papers are all this century). */
export function fullYear(y: string | number): number {
  const n = typeof y === "number" ? y : Number(y);
  return n < 100 ? 2000 + n : n;
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * First "22 March 2018" (weekday optional; "13th February, 2020" too) in the text, as an ISO date; or a
 * date written month first, as mail programs and US-made tools write it ("October 15, 2037").
 */
export function findFullDate(text: string): { iso: string; match: string } | undefined {
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`, "i").exec(text);
  const monthFirst = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+(\\d{4})\\b`, "i").exec(text);
  const useMonthFirst = !!monthFirst && (!dayFirst || monthFirst.index < dayFirst.index);
  const m = useMonthFirst ? monthFirst : dayFirst;
  if (!m) return undefined;
  const month = monthNumber(useMonthFirst ? m[1]! : m[2]!);
  const day = Number(useMonthFirst ? m[2] : m[1]);
  if (!month || day < 1 || day > 31) return undefined;
  return { iso: isoDay(Number(m[3]), month, day), match: m[0] };
}

/**
 * The day a file's name gives ("…-minutes-2037-10-14.txt"), as an ISO date. Years 1900 to 2199, or with
 * `anyYear` to 2999 (a tracker's print date, which places its quarters).
 */
export function fileNameDay(path: string, opts: { anyYear?: boolean } = {}): string | undefined {
  const year = opts.anyYear ? "(?:19|2\\d)\\d\\d" : "(?:19|20|21)\\d\\d";
  const m = new RegExp(`(?:^|[^\\d])(${year})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?=[^\\d]|$)`).exec(path.split(/[\\/]/).pop() ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** "30/1/18" or "1/11/2017" -> ISO date (day first). */
export function parseSlashDate(text: string): string | undefined {
  // (Or the month as a word, as issue trackers write it: "22/Mar/96".)
  const m = new RegExp(`^(\\d{1,2})\\/(\\d{1,2}|${MONTH_PATTERN})\\/(\\d{2}|\\d{4})$`, "i").exec(text.trim());
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = /^\d/.test(m[2]!) ? Number(m[2]) : (monthNumber(m[2]!) ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return isoDay(fullYear(m[3]!), month, day);
}

/** UK financial / municipal year that an ISO date falls in: 2019-03 -> "2018/19", 2020-12-17 -> "2020/21". */
export function financialYearOf(iso: string): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const startYear = m <= 3 ? y - 1 : y;
  return `${startYear}/${pad((startYear + 1) % 100)}`;
}

/** "2018/19", "2018-19", "2018/2019", "18/19" -> "2018/19"; undefined when not a year pair. */
export function normaliseFinancialYear(text: string): string | undefined {
  const m = /^(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const a = fullYear(m[1]!);
  const b = fullYear(m[2]!);
  if (b % 100 !== (a + 1) % 100) return undefined;
  return `${a}/${pad(b % 100)}`;
}

/** Quarter label of a month within the UK financial year: April-June is Q1. */
/** The ways papers write a financial year: "2046/47" and "46/47". */
export const financialYearForms = (fy: string): string[] => [fy, fy.replace(/^20(\d\d)\/(\d\d)$/, "$1/$2")];

export function financialQuarter(month: number): number {
  return Math.floor(((month + 8) % 12) / 3) + 1;
}

/** "2018-03-22" -> "22 March 2018"; "2019-03" -> "March 2019". */
export function humanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!y || !m) return iso;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
