/**
 * Document metadata inferred from the content: a stable id, title, date and period, kind and board.
 * An optional sidecar `<file>.meta.json` overrides any field.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { z } from "zod";
import type { StructuredDoc } from "./structure.js";
import {
  MONTH_PATTERN,
  findFullDate,
  financialQuarter,
  financialYearOf,
  fullYear,
  humanDate,
  isoMonth,
  monthNumber,
  normaliseFinancialYear,
} from "../util/dates.js";

export const DocKind = z.enum(["performance report", "board agenda pack", "report"]);
export type DocKind = z.infer<typeof DocKind>;

export const DocMeta = z.object({
  docId: z.string(),
  title: z.string(),
  /** ISO date of the meeting ("2018-03-22") or the month the report period ends ("2019-03"). */
  date: z.string(),
  /** How people name the period: "22 March 2018", "March 2019", "Q1 2013/14", "2018/19". */
  period: z.string(),
  /** UK financial / municipal year the date falls in: "2018/19". */
  financialYear: z.string(),
  kind: DocKind,
  board: z.string().optional(),
});
export type DocMeta = z.infer<typeof DocMeta>;

const Sidecar = DocMeta.partial().strict();

/** A stable id from the file name: lower case, words joined by hyphens. */
export function docIdFromPath(path: string): string {
  return basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const BOARD_LINE = /^(?:the\s+)?([A-Z][\w&',\- ]{2,80}?\s(?:Board|Committee|Panel|Forum|Commission|Assembly|Cabinet))$/;

function findBoard(doc: StructuredDoc): string | undefined {
  const early = doc.blocks.slice(0, 40);
  const meeting = early.find((b) => /there will be a meeting of the /i.test(b.text));
  const fromMeeting = meeting && /there will be a meeting of the (.+?)\s+(?:at|on)\s/i.exec(meeting.text)?.[1];
  const line = early.find((b) => b.kind !== "row" && BOARD_LINE.test(b.text));
  const name = line?.text ?? fromMeeting;
  return name?.replace(/\s+&\s+/g, " and ").replace(/^the\s+/i, "");
}

function isAgendaPack(doc: StructuredDoc): boolean {
  const early = doc.blocks.slice(0, 60).map((b) => b.text.toLowerCase());
  return doc.papers.length > 0 || (early.includes("agenda") && early.some((t) => t.startsWith("item | page")));
}

function isPerformanceReport(doc: StructuredDoc, title: string | undefined): boolean {
  if (title && /performance report|progress report/i.test(title)) return true;
  return doc.tables.some((t) => t.header.some((h) => /traffic light|on track|rag\b|target been achieved/i.test(h)));
}

/** The first line of the document, when it reads like a title rather than part of a table or page. */
function findTitleLine(doc: StructuredDoc): string | undefined {
  const first = doc.blocks.find((b) => b.kind !== "row" || b.cells!.filter((c) => c).length > 1);
  if (!first || first.kind === "row") return undefined;
  if (first.text.length > 120 || /^(contents|agenda)$/i.test(first.text)) return undefined;
  return first.text;
}

interface Period {
  date: string;
  period: string;
}

/** A month and year in a title: "March 19", "March 2019", "Mar-19". */
function periodFromTitle(title: string): Period | undefined {
  const m = new RegExp(`\\b(${MONTH_PATTERN})[\\s-]+(\\d{4}|\\d{2})\\b`, "i").exec(title);
  if (m) {
    const month = monthNumber(m[1]!)!;
    const year = fullYear(m[2]!);
    return { date: isoMonth(year, month), period: humanDate(isoMonth(year, month)) };
  }
  const fy = /\b(\d{4}\s*[/-]\s*\d{2,4})\b/.exec(title);
  const year = fy && normaliseFinancialYear(fy[1]!);
  if (year) return { date: isoMonth(Number(year.slice(0, 4)) + 1, 3), period: year };
  return undefined;
}

/** A three-month range such as "April – June 2013" names a quarter of the financial year. */
function periodFromQuarterRange(text: string): Period | undefined {
  const re = new RegExp(`\\b(${MONTH_PATTERN})\\s*(?:-|–|—|to)\\s*(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "gi");
  for (const m of text.matchAll(re)) {
    const from = monthNumber(m[1]!)!;
    const to = monthNumber(m[2]!)!;
    if ((to - from + 12) % 12 !== 2 || financialQuarter(from) !== financialQuarter(to)) continue;
    const date = isoMonth(Number(m[3]), to);
    return { date, period: `Q${financialQuarter(to)} ${financialYearOf(date)}` };
  }
  return undefined;
}

/** The most frequent month-and-year in the text, as a last resort. */
function periodFromCommonestMonth(text: string): Period | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{4})\\b`, "gi"))) {
    const key = isoMonth(Number(m[2]), monthNumber(m[1]!)!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? { date: best[0], period: humanDate(best[0]) } : undefined;
}

/** Infer metadata from the structured content; `sidecarPath` (if it exists) overrides fields. */
export function inferMetadata(path: string, doc: StructuredDoc): DocMeta {
  const docId = docIdFromPath(path);
  const titleLine = findTitleLine(doc);
  const board = findBoard(doc);
  let kind: DocKind;
  let period: Period | undefined;
  let title: string;

  if (isAgendaPack(doc)) {
    kind = "board agenda pack";
    const d = findFullDate(doc.blocks.slice(0, 40).map((b) => b.text).join("\n"));
    period = d ? { date: d.iso, period: humanDate(d.iso) } : periodFromCommonestMonth(doc.text);
    title = `${board ?? "Board"} agenda, ${period?.period ?? "undated"}`;
  } else {
    kind = isPerformanceReport(doc, titleLine) ? "performance report" : "report";
    period = (titleLine && periodFromTitle(titleLine)) || periodFromQuarterRange(doc.text) || periodFromCommonestMonth(doc.text);
    title = titleLine ?? `${kind === "performance report" ? "Performance report" : "Report"}, ${period?.period ?? "undated"}`;
  }
  const date = period?.date ?? "unknown";
  const inferred: DocMeta = {
    docId,
    title,
    date,
    period: period?.period ?? "undated",
    financialYear: period ? financialYearOf(period.date) : "unknown",
    kind,
    ...(board ? { board } : {}),
  };
  return applySidecar(path, inferred);
}

function applySidecar(path: string, inferred: DocMeta): DocMeta {
  const sidecarPath = `${path}.meta.json`;
  if (!existsSync(sidecarPath)) return inferred;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(sidecarPath, "utf8"));
  } catch (e) {
    throw new Error(`${basename(sidecarPath)}: not valid JSON (${(e as Error).message})`);
  }
  const result = Sidecar.safeParse(parsed);
  if (!result.success) throw new Error(`${basename(sidecarPath)}: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const merged = { ...inferred, ...result.data };
  if (result.data.date && !result.data.financialYear) merged.financialYear = financialYearOf(result.data.date);
  return DocMeta.parse(merged);
}
