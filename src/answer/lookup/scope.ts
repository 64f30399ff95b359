/** Which documents a question's periods point at, and what to say when none do. */
import type { StoredDocument } from "../../index/index.js";
import { financialQuarter, financialYearOf, humanDate } from "../../util/dates.js";
import type { CoveredPeriod } from "../../ingest/metadata.js";
import type { Period } from "../query.js";

/** The periods that choose documents: ranges describe data, and "latest" only counts when alone. */
export function effectivePeriods(periods: Period[]): Period[] {
  const real = periods.filter((p) => !p.inRange);
  const explicit = real.filter((p) => p.kind !== "latest");
  return explicit.length ? explicit : real;
}

/** Months from `from` ("2018-02") to `to` ("2018-03-22"): 1. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** Does a period the document covers (its meeting day, quarter, month or year) fall within `p`? */
function coversPeriod(c: CoveredPeriod, p: Period): boolean {
  const month = c.iso?.slice(0, 7);
  switch (p.kind) {
    case "day":
      return c.kind === "day" ? c.iso === p.iso : c.kind === "month" && month === p.iso!.slice(0, 7);
    case "month":
      return (c.kind === "day" || c.kind === "month") && month === p.iso;
    case "quarter": {
      if (c.kind === "quarter") return c.quarter === p.quarter && (!p.financialYear || c.financialYear === p.financialYear);
      if (c.kind === "financial_year" || !month) return false;
      return financialQuarter(Number(month.slice(5, 7))) === p.quarter && (!p.financialYear || financialYearOf(month) === p.financialYear);
    }
    case "financial_year":
      return c.kind === "financial_year" || c.kind === "quarter" ? c.financialYear === p.financialYear : !!month && financialYearOf(month) === p.financialYear;
    case "year":
      // (A quarter is in one calendar year: Q4 of 2098/99 in 2099, the others in 2098.)
      if (c.kind === "quarter") return Number(c.financialYear!.slice(0, 4)) + (c.quarter === 4 ? 1 : 0) === p.year;
      if (c.kind === "financial_year") return Number(c.financialYear!.slice(0, 4)) === p.year || Number(c.financialYear!.slice(0, 4)) + 1 === p.year;
      return !!month && month.startsWith(String(p.year));
    case "latest":
      return true;
  }
}

/** Is a day ("2163-11-23") within a period asked for? */
export function dayInPeriod(iso: string, p: Period): boolean {
  return coversPeriod({ kind: "day", iso }, p);
}

/**
 * Does a document belong to a period? A document is matched by the periods it covers (a report's quarter,
 * a meeting's day), not only by its date. With `lenient`, a month or day also matches papers of the three
 * months after it: "the round announced in Feb 2018" is reported in the March 2018 papers; and a
 * financial year, papers of the three months after it ends.
 */
export function docMatchesPeriod(doc: StoredDocument, p: Period, lenient = false): boolean {
  const d = doc.meta.date;
  // A paper that reports on a quarter answers for that quarter, not for the quarter its meeting falls in
  // (the Q1 update taken on 29 September is no Q2 report).
  const reportsQuarters = p.kind === "quarter" && doc.meta.covers?.some((c) => c.kind === "quarter");
  const covers = reportsQuarters ? doc.meta.covers!.filter((c) => c.kind === "quarter") : doc.meta.covers;
  if (covers?.some((c) => coversPeriod(c, p))) return true;
  if (reportsQuarters) return false;
  if (lenient && (p.kind === "month" || p.kind === "day")) {
    const gap = monthsBetween(p.iso!.slice(0, 7), d.slice(0, 7));
    if (gap >= 0 && gap <= 3) return true;
  }
  // (A year's outturn is reported in the months after it ends: "the outturn for 28/29" in April's papers.)
  if (lenient && p.kind === "financial_year" && p.financialYear && /^\d{4}-\d{2}/.test(d)) {
    const gap = monthsBetween(`${Number(p.financialYear.slice(0, 4)) + 1}-03`, d.slice(0, 7));
    if (gap >= 1 && gap <= 3) return true;
  }
  switch (p.kind) {
    case "day":
      return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d === p.iso : d.startsWith(p.iso!.slice(0, 7));
    case "month":
      // A report dated March covers a register "as at April": a month either side still names it.
      return d.startsWith(p.iso!) || (d.length === 7 && Math.abs(monthsBetween(p.iso!, d)) <= 1);
    case "quarter": {
      if (p.financialYear && doc.meta.financialYear !== p.financialYear) return false;
      if (doc.meta.period.startsWith(`Q${p.quarter} `)) return true;
      const month = Number(d.slice(5, 7));
      return /^Q[1-4] /.test(doc.meta.period) ? false : Boolean(p.financialYear) && financialQuarter(month) === p.quarter && d.length === 7;
    }
    case "financial_year":
      return doc.meta.financialYear === p.financialYear;
    case "year":
      return d.startsWith(String(p.year));
    case "latest":
      return true;
  }
}

/**
 * Documents of `candidates` that the periods point at. `unmatched` lists periods that point at none;
 * "latest" picks the most recent candidate.
 */
export function scopeByPeriods(
  candidates: StoredDocument[],
  periods: Period[],
  opts: { lenient?: boolean; window?: boolean } = {},
): { docs: StoredDocument[]; matched: Period[]; unmatched: Period[] } {
  const eff = effectivePeriods(periods);
  if (eff.length === 0) return { docs: candidates, matched: [], unmatched: [] };
  const matched: Period[] = [];
  const unmatched: Period[] = [];
  const docs = new Map<string, StoredDocument>();
  for (const p of eff) {
    let hits = candidates.filter((d) => docMatchesPeriod(d, p));
    // With `window`, papers of the months after a month or day count too, whatever else matches: a
    // survey done in December is reported in January's minutes.
    if ((hits.length === 0 && opts.lenient) || opts.window) hits = candidates.filter((d) => docMatchesPeriod(d, p, true));
    if (p.kind === "latest") hits = [...candidates].sort((a, b) => b.meta.date.localeCompare(a.meta.date)).slice(0, 1);
    if (hits.length) {
      matched.push(p);
      hits.forEach((h) => docs.set(h.meta.docId, h));
    } else unmatched.push(p);
  }
  return { docs: [...docs.values()].sort((a, b) => a.meta.date.localeCompare(b.meta.date)), matched, unmatched };
}

export function describePeriod(p: Period): string {
  switch (p.kind) {
    case "day":
    case "month":
      return humanDate(p.iso!);
    case "quarter":
      return `Q${p.quarter}${p.financialYear ? ` ${p.financialYear}` : ""}`;
    case "financial_year":
      return p.financialYear!;
    case "year":
      return String(p.year);
    case "latest":
      return "the latest period";
  }
}

export function listPeriods(docs: StoredDocument[]): string {
  const labels = [...new Set(docs.map((d) => d.meta.period))];
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}


