/**
 * A calendar printed as a month grid (Outlook's "Monthly Style", Google Calendar's month view, a wall
 * planner): a header of the seven day names, then a row per week whose cells hold a day's number and its
 * items. The date of an item exists only as its cell's place: the number, the column, the month printed
 * above. A reader puts them together; here each day with items becomes a heading that says its date
 * ("Friday 23 January 2147") over its items, a line each, so a search for the item finds its day. The
 * items keep their words (a quote of one is still the page's words); days with nothing in them, the
 * mini-calendars of bare numbers and the day numbers themselves are what a reader does not quote.
 */
import { MONTH_NAMES, isoDay } from "../../util/dates.js";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH_WORD = `(?:${MONTH_NAMES.join("|")})`;
/** A cell that opens with its day's number, perhaps its month ("28 November"); not a time ("09:30"). */
const DAY_CELL = new RegExp(`^(\\d{1,2})(?:\\s+(${MONTH_WORD}))?(?![\\d:.])(?:\\s+|$)`, "i");
/** A month and year printed above the grid: "December 2146". */
const MONTH_YEAR = new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{4})\\b`, "i");
/** An item's start time, which begins a new item in a cell: "09:30 Programme team meeting". */
const ITEM_TIME = /\s+(?=\d{1,2}:\d{2}\s)/;
/** A line of bare day numbers: a mini-calendar of the month beside the grid. */
const MINI_CALENDAR = /^[\d\s]+$/;

const splitCells = (line: string) => line.split("\t").map((c) => c.trim());

/** The day names of a grid's header row, in order from Monday or from Sunday: the column's weekday. */
function weekdayHeader(line: string): string[] | undefined {
  if (!line.includes("\t")) return undefined;
  const cells = splitCells(line).filter(Boolean).map((c) => c.toLowerCase());
  if (cells.length !== 7) return undefined;
  const names = cells.map((c) => WEEKDAYS.find((d) => d === c || (c.length >= 3 && d.startsWith(c.replace(/\.$/, "")))));
  if (names.some((n) => !n)) return undefined;
  const first = WEEKDAYS.indexOf(names[0]!);
  return names.every((n, k) => n === WEEKDAYS[(first + k) % 7]) ? (names as string[]) : undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Text with each month grid written as its days (see the module's comment), and the first and last day
 * the grids show (a calendar is of those days), if it has grids.
 */
export function calendarGridsToDays(text: string): { text: string; span?: { from: string; to: string } } {
  if (!/\t/.test(text) || !/\b(?:monday|mon)\b/i.test(text)) return { text };
  const isoDays: string[] = [];
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const weekdays = weekdayHeader(lines[i]!);
    const printed = weekdays ? lines.slice(Math.max(0, i - 8), i).reverse().map((l) => MONTH_YEAR.exec(l)).find(Boolean) : undefined;
    if (!weekdays || !printed) {
      out.push(lines[i]!);
      continue;
    }
    const grid = readGrid(lines, i + 1, MONTHS.indexOf(printed[1]!.toLowerCase()), Number(printed[2]), weekdays, isoDays);
    if (!grid) {
      out.push(lines[i]!);
      continue;
    }
    // (The mini-calendars printed over the grid, lines of bare numbers, go with it.)
    // (The month printed beside them stays: "November 2163".)
    for (let k = out.length - 1; k >= Math.max(0, out.length - 6); k--) {
      const months = [...out[k]!.matchAll(new RegExp(MONTH_YEAR.source, "gi"))].map((m) => m[0]);
      if (/\d/.test(out[k]!) && MINI_CALENDAR.test(out[k]!.replace(new RegExp(MONTH_YEAR.source, "gi"), ""))) out.splice(k, 1, ...(months.length ? [months.join(" ")] : []));
    }
    out.push(...grid.lines);
    i = grid.end - 1;
  }
  if (isoDays.length === 0) return { text };
  const sorted = [...isoDays].sort();
  return { text: out.join("\n"), span: { from: sorted[0]!, to: sorted[sorted.length - 1]! } };
}

interface Day {
  heading: string;
  items: string[];
}

/** The grid's rows from `from`: its days with their items as lines, and the line after the grid. */
function readGrid(lines: string[], from: number, printedMonth: number, printedYear: number, weekdays: string[], isoDays: string[]): { lines: string[]; end: number } | undefined {
  const dated: string[] = [];
  const days: Day[] = [];
  let columns: (Day | undefined)[] = [];
  let month: number | undefined;
  let year = printedYear;
  let lastDay = 0;
  let end = from;
  for (; end < lines.length && lines[end]!.includes("\t"); end++) {
    const cells = splitCells(lines[end]!);
    const filled = cells.filter(Boolean);
    const dayCells = filled.filter((c) => DAY_CELL.test(c));
    if (filled.length >= 5 && dayCells.length === filled.length) {
      columns = cells.slice(0, 7).map((cell, k) => {
        const m = DAY_CELL.exec(cell);
        if (!m) return undefined;
        const day = Number(m[1]);
        if (m[2]) {
          const named = MONTHS.indexOf(m[2].toLowerCase());
          // (The month a cell names is the one nearest the month printed over the grid: "26 December" on
          // January's page is last year's.)
          const offset = ((named - printedMonth + 18) % 12) - 6;
          year = printedYear + Math.floor((printedMonth + offset) / 12);
          month = named;
        } else if (month === undefined) month = printedMonth;
        else if (day < lastDay) {
          month = (month + 1) % 12;
          if (month === 0) year++;
        }
        lastDay = day;
        dated.push(isoDay(year, month! + 1, day));
        const entry: Day = { heading: `${capital(weekdays[k]!)} ${day} ${MONTH_NAMES[month!]} ${year}`, items: [] };
        days.push(entry);
        const rest = cell.slice(m[0].length).trim();
        if (rest) entry.items.push(...rest.split(ITEM_TIME));
        return entry;
      });
      continue;
    }
    // A row under a week's numbers: items of the days in its columns (a bar across the week, once).
    if (columns.length === 0) return undefined;
    cells.slice(0, 7).forEach((cell, k) => {
      if (cell && columns[k]) columns[k]!.items.push(...cell.split(ITEM_TIME));
    });
  }
  if (days.length < 7) return undefined;
  isoDays.push(...dated);
  const out: string[] = [];
  for (const d of days) if (d.items.length) out.push("", `### ${d.heading}`, ...d.items.map((item) => `- ${item}`));
  return { lines: [...out, ""], end };
}
