/**
 * Builds an N-times corpus from the bundled one for scale benchmarks (used by scripts/bench-scale.ts).
 *
 * The five originals are copied unchanged; each further copy k (1 … N-1) of every file is a varied,
 * plausibly different document: the Improvement and Innovation Board becomes another board (name, "&"
 * form and initials), years and dates move by a few years (formats kept, weekdays recomputed), councils
 * are swapped for others of the same type, numbers in tables are scaled, and the file name follows.
 * Everything is derived from a seed, so the same N gives the same corpus byte for byte.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";

/** Real-sounding LGA boards and committees that the bundled papers do not already name. */
export const BOARDS = [
  "Fire Services Management Committee",
  "Environment, Economy, Housing and Transport Board",
  "Local Infrastructure and Net Zero Board",
  "Economy and Resources Board",
  "Housing and Planning Board",
  "Digital and Data Board",
  "Workforce and Pay Board",
  "Health and Social Care Board",
  "Climate Change and Sustainability Board",
  "Skills and Employment Board",
  "Rural Services Board",
  "Coastal and Ports Board",
  "Transport and Highways Board",
  "Regeneration and Growth Board",
  "Public Protection Board",
  "Equalities and Inclusion Board",
  "Audit and Governance Committee",
  "Finance and Procurement Committee",
  "Strategic Partnerships Board",
  "Waste and Circular Economy Board",
  "Devolution and Local Growth Board",
  "Education and Schools Board",
];

const SEED = 0x1a6a;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_WORD = `(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`;
const COUNCIL_TYPES = "District|Borough|County|City|Metropolitan Borough|Metropolitan District|London Borough|Royal Borough";
/** "Sevenoaks District Council": a place of one or two words (never a type word, never the tail of
 *  "Southend-on-Sea" or "Kingston upon Thames"), its type, "Council". */
const PLACE_WORD = String.raw`(?!(?:London|Royal|Metropolitan|City|County|Borough|District|Council|The)\b)[A-Z][a-z]+`;
const COUNCIL = new RegExp(String.raw`(?<![\w-])(?<!\b(?:upon|on|under|in|and|of|&) )(${PLACE_WORD}(?: ${PLACE_WORD})?) (${COUNCIL_TYPES}) Council\b`, "g");

/** mulberry32: small, fast, and identical on every machine (Math.random is not seedable). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Variant {
  copy: number;
  board: string;
  /** The board as papers also write it ("Housing & Planning Board"). */
  boardAmp: string;
  initials: string;
  yearShift: number;
  /** Table numbers are multiplied by this. */
  factor: number;
}

/** What copy k (1-based) changes. Boards go round a seeded order, so the first 22 copies all differ. */
export function variantOf(copy: number): Variant {
  const order = shuffled(BOARDS, rng(SEED));
  const board = order[(copy - 1) % order.length]!;
  const random = rng(SEED * 7919 + copy);
  const initials = board
    .split(/[\s,]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return {
    copy,
    board,
    boardAmp: board.replace(" and ", " & "),
    initials,
    yearShift: 1 + Math.floor(random() * 8), // +1 … +8 years: later papers, same formats
    factor: Math.round((0.7 + random() * 0.7) * 100) / 100, // 0.70 … 1.40
  };
}

/** Moves every year in the text by `shift`, keeping how each was written. One pass, so nothing moves twice. */
export function shiftYears(text: string, shift: number): string {
  const yy = (s: string) => String((Number(s) + shift + 100) % 100).padStart(2, "0");
  const inRange = (y: number) => y >= 2005 && y <= 2035; // avoids "2000 delegates", phone numbers
  const re = new RegExp(
    [
      String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`, // 30/1/18, 22/03/2018
      String.raw`\b((?:19|20)\d\d)([/-])(\d\d)\b(?![/-]\d)`, // 2018/19, 2018-19, 2019-03 (not 2019-03-22)
      String.raw`\b((?:19|20)\d\d)\b`, // 2018
      String.raw`\b(\d\d)/(\d\d)\b`, // 18/19
      String.raw`(\bon\s+)?\b(${MONTH_WORD})([- ])(\d\d)\b(?![\d:.])`, // Mar-19, June 19 (not "on July 15")
    ].join("|"),
    "g",
  );
  return text.replace(re, (m, d, mo, y, y4, sep, tail, year, a, b, on, month, msep, my) => {
    if (d !== undefined) return y.length === 4 ? `${d}/${mo}/${Number(y) + shift}` : `${d}/${mo}/${yy(y)}`;
    if (y4 !== undefined) {
      if (!inRange(Number(y4))) return m;
      // The second part is a year only when it follows on ("2018/19"); otherwise a month ("2019-03").
      const financial = (Number(y4) + 1) % 100 === Number(tail);
      return `${Number(y4) + shift}${sep}${financial ? yy(tail) : tail}`;
    }
    if (year !== undefined) return inRange(Number(year)) ? String(Number(year) + shift) : m;
    if (a !== undefined) return (Number(a) + 1) % 100 === Number(b) && Number(a) >= 5 && Number(a) <= 35 ? `${yy(a)}/${yy(b)}` : m;
    if (on !== undefined || Number(my) < 5 || Number(my) > 35) return m; // a day of the month, not a year
    return `${month}${msep}${yy(my)}`;
  });
}

/** "Thursday, 22 March 2020": the weekday of the (shifted) date, so the calendar still holds. */
export function fixWeekdays(text: string): string {
  const re = new RegExp(String.raw`\b(${WEEKDAYS.join("|")})(,?\s+)(\d{1,2})(st|nd|rd|th)?(\s+)(${MONTHS.join("|")})(,?\s+)(\d{4})\b`, "g");
  return text.replace(re, (_m, _wd, s1, day, suf = "", s2, month, s3, year) => {
    const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month), Number(day)));
    return `${WEEKDAYS[date.getUTCDay()]}${s1}${day}${suf}${s2}${month}${s3}${year}`;
  });
}

/** Council names by type ("Sevenoaks|District"), found in the originals: the pool copies swap within. */
export function councilPool(texts: string[]): Map<string, string[]> {
  const byType = new Map<string, Set<string>>();
  for (const t of texts) {
    for (const m of t.matchAll(COUNCIL)) {
      const set = byType.get(m[2]!) ?? new Set();
      set.add(m[1]!);
      byType.set(m[2]!, set);
    }
  }
  return new Map([...byType].map(([type, set]) => [type, [...set].sort()]));
}

function swapCouncils(text: string, pool: Map<string, string[]>, random: () => number): string {
  const mapping = new Map<string, string>();
  for (const [type, places] of pool) {
    const to = shuffled(places, random);
    places.forEach((p, i) => mapping.set(`${p}|${type}`, to[i]!));
  }
  return text.replace(COUNCIL, (m, place, type) => {
    const to = mapping.get(`${place}|${type}`);
    return to ? `${to} ${type} Council` : m;
  });
}

/** Scales standalone numbers in table rows (lines with "|" or tabs): counts, money, percentages. */
function scaleTableNumbers(text: string, factor: number): string {
  const monthAfter = new RegExp(String.raw`^\s*${MONTH_WORD}\b`);
  return text
    .split("\n")
    .map((line) => {
      if (!line.includes("|") && !line.includes("\t")) return line;
      return line.replace(/(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:]|[.,]\d)/g, (m, _n, at: number) => {
        const value = Number(m.replace(/,/g, ""));
        const rest = line.slice(at + m.length);
        // Leave days (< 32), years, phone-number groups ("020 7664 3223") and leading-zero codes alone.
        if (value < 32 || (value >= 1990 && value <= 2040) || m.startsWith("0") || monthAfter.test(rest)) return m;
        // ... and page ranges ("27 - 32"), whose order must hold.
        if (/^ \d|^\s*[-–]\s*\d/.test(rest) || /\d $|\d\s*[-–]\s*$/.test(line.slice(0, at))) return m;
        let scaled = Math.round(value * factor);
        if (/^\s*(?:%|per ?cent)/.test(rest)) scaled = Math.min(100, scaled);
        return m.includes(",") ? scaled.toLocaleString("en-GB") : String(scaled);
      });
    })
    .join("\n");
}

/** The text of copy `v` of one original. */
export function varyText(text: string, v: Variant, pool: Map<string, string[]>): string {
  let out = text
    .replace(/Improvement and Innovation Board/g, v.board)
    .replace(/Improvement & Innovation Board/g, v.boardAmp)
    .replace(/\bIIB\b/g, v.initials)
    .replace(/#lgaiib\b/g, `#lga${v.initials.toLowerCase()}`);
  out = fixWeekdays(shiftYears(out, v.yearShift));
  out = swapCouncils(out, pool, rng(SEED * 31 + v.copy));
  return scaleTableNumbers(out, v.factor);
}

/** The file name of copy `v`: board initials for the board's papers, shifted dates, and the copy number. */
export function varyName(name: string, v: Variant): string {
  const ext = extname(name);
  const stem = shiftYears(basename(name, ext), v.yearShift).replace(/^iib-/, `${v.initials.toLowerCase()}-`);
  return `${stem}-c${String(v.copy).padStart(3, "0")}${ext}`;
}

export interface ScaledCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/** Writes the N-times corpus into `outDir`: the originals (and any sidecars) plus N-1 varied copies of each. */
export function buildScaledCorpus(sourceDir: string, outDir: string, n: number): ScaledCorpus {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(sourceDir)
    .filter((f) => statSync(join(sourceDir, f)).isFile())
    .sort();
  // Sidecars describe their file: copied with the originals, not varied (the copies infer their own metadata).
  const documents = names.filter((f) => !f.endsWith(".meta.json") && !/^readme/i.test(f));
  for (const f of names) copyFileSync(join(sourceDir, f), join(outDir, f));
  const texts = new Map(documents.map((f) => [f, readFileSync(join(sourceDir, f), "utf8")]));
  const pool = councilPool([...texts.values()]);
  for (let copy = 1; copy < n; copy++) {
    const v = variantOf(copy);
    for (const [f, text] of texts) writeFileSync(join(outDir, varyName(f, v)), varyText(text, v, pool));
  }
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(outDir)) {
    bytes += statSync(join(outDir, f)).size;
    files++;
  }
  return { dir: outDir, files, bytes };
}
