/**
 * Sums and extremes over a table's rows, read from its cells: "how much in total is going to West Midlands
 * councils?" (a figure column added up over the rows a label of the question picks out) and "which
 * council's allocation dropped the most?" (the row with the lowest change). Only a table that the question
 * describes, and a column it names (or the only one that fits), are used; every row added up is cited.
 */
import type { CellRecord } from "../../ingest/records/schema.js";
import { contentWords, stem } from "../../util/text.js";
import type { TypedQuery } from "../query.js";
import { topicWords } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";
import { ofBoardAsked } from "./tables.js";

const ASKS_SUM = /\b(?:in total|totals?|totalled|altogether|combined|in all|add(?:ed|s)? up|sum)\b/i;
const ASKS_AMOUNT = /\bhow (?:much|many)\b|\bwhat(?:'s| is| was| are)\b/i;
const ASKS_WHICH = /\bwhich\b|\bwho\b|\bwhat\b/i;
const MOST = /\b(?:most(?!\s+(?:recent|recently|likely|important|up[- ]to[- ]date)\b)|biggest|largest|highest|greatest|more than any)\b|\bbest\s+attend/i;
// ("The worst collection rate", "the poorest attendance": the lowest.)
const COMPARING_WORD = /^(?:worst|best|poorest|lowest|highest|least|most|biggest|smallest|largest|fewest|greatest)$/i;
const LEAST = /\b(?:least|smallest|lowest|fewest)\b|\b(?:worst|poorest)\s+(?:[\w-]+\s+){0,2}?(?:attend\w*|rates?|percentages?|performance|returns?|response)\b/i;
const FALL = /\b(?:drop(?:ped|s)?|f[ae]ll|fallen|cut|reduc\w*|decreas\w*|lost|down)\b/i;
const RISE = /\b(?:r[io]se|risen|increas\w*|grew|grown|up|gain(?:ed|s)?)\b/i;
const CHANGE_ASKED = /\bchang\w*|\bcompared?\b|\b(?:than|since|from|on|vs\.?|versus|over) last year\b|\bprevious\b|\bon \d{4}/i;
const CHANGE_COLUMN = /\b(?:change|variance|difference|movement|increase|decrease|\+\/-)\b/i;
/** A row that adds up the others. */
const TOTAL_ROW = /^(?:grand |sub-?)?totals?\b|^overall\b|^all\b|\btotals?$/i;
/** A footnote marker after a figure: "[^3]", "(3)", "*". */
const MARKERS = /\s*(?:\[\^?\w+\]|\(\d\)|\*+)\s*$/;

interface Figure {
  value: number;
  signed: boolean;
  money: boolean;
  decimals: number;
}

/** "£26,500", "-£8,500 [^3]", "+4,000", "12.5%", "£1.2m" as a number; anything else is not a figure. */
export function parseFigure(text: string): Figure | undefined {
  let t = text.trim();
  while (MARKERS.test(t)) t = t.replace(MARKERS, "");
  const m = /^([+\-−–])?\s*(£|\$|€)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|bn|%)?$/i.exec(t);
  if (!m) return undefined;
  const scale = { k: 1e3, m: 1e6, bn: 1e9 }[m[5]?.toLowerCase() as "k" | "m" | "bn"] ?? 1;
  const value = Number(`${m[3]!.replace(/,/g, "")}${m[4] ?? ""}`) * scale * (m[1] && m[1] !== "+" ? -1 : 1);
  return { value, signed: !!m[1], money: !!m[2], decimals: m[4] && scale === 1 ? m[4].length - 1 : 0 };
}

function formatFigure(value: number, like: Figure[]): string {
  const money = like.some((f) => f.money);
  const decimals = Math.max(0, ...like.map((f) => f.decimals));
  const abs = Math.abs(value).toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${value < 0 ? "-" : ""}${money ? "£" : ""}${abs}`;
}

interface Table {
  docId: string;
  name: string;
  rows: Map<string, CellRecord[]>;
  columns: string[];
}

function tablesOf(cells: CellRecord[]): Table[] {
  const byKey = new Map<string, Table>();
  for (const c of cells) {
    const key = `${c.docId}|${c.table}`;
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { docId: c.docId, name: c.table, rows: new Map(), columns: [] }));
    if (!t.columns.includes(c.column)) t.columns.push(c.column);
    // (A row by its line: rows under a group's label carried down to them, "South West", share it.)
    const row = `${c.rowLabel}\u0000${c.sourceStart}`;
    t.rows.set(row, [...(t.rows.get(row) ?? []), c]);
  }
  return [...byKey.values()];
}

const stems = (text: string) => new Set(contentWords(text).map(stem));

/** What a row of a list of bookings, votes or responses is: "the most bookings", "the most popular". */
const MOST_CHOSEN = /\b(?:most|fewest|least)\s+(?:bookings?|booked|votes?|voted|picks?|picked|chosen|choices?|responses?|sign-?ups?|registrations?|requests?|requested|popular|people|takers|entries)\b|\bmost\s+(?:people\s+)?(?:chose|picked|booked|wanted|went for|signed up for)\b/i;
/** A category column holds a few values, each repeated. */
const MAX_CATEGORIES = 12;

/**
 * "Which workshop got the most bookings?": the value of a column the question names ("Which afternoon
 * workshop will you join?") that most rows hold, each row one booking, vote or response; the counts of the
 * others beside it, the column's header cited.
 */
function mostChosen(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const q = query.question;
  if (!MOST_CHOSEN.test(q) || !/\b(?:which|what)\b/i.test(q)) return undefined;
  const fewest = /\b(?:fewest|least)\b/i.test(q);
  const asked = new Set(topicWords(query.topic).map(stem));
  let best: { named: number; finding: Finding } | undefined;
  for (const table of tablesOf(ofBoardAsked(query, ctx, ctx.recordsOf("cell")))) {
    const rows = [...table.rows.values()];
    if (rows.length < 5) continue;
    for (const col of table.columns) {
      const named = contentWords(col).map(stem).filter((w) => asked.has(w)).length;
      if (named === 0) continue;
      const values = rows.map((cells) => cells.find((c) => c.column === col)).filter((c): c is CellRecord => !!c && !!c.value.trim());
      const counts = new Map<string, CellRecord[]>();
      for (const c of values) counts.set(c.value.trim(), [...(counts.get(c.value.trim()) ?? []), c]);
      if (values.length < 5 || counts.size < 2 || counts.size > MAX_CATEGORIES || counts.size * 2 > values.length || [...counts.keys()].some((v) => parseFigure(v))) continue;
      const ranked = [...counts.entries()].sort((a, b) => (fewest ? a[1].length - b[1].length : b[1].length - a[1].length));
      const [top, ...others] = ranked;
      const finding = emptyFinding();
      const meta = ctx.docById.get(table.docId)?.meta;
      finding.lines.push(
        `${top![0]}: ${top![1].length} of ${values.length} rows of "${col}" (${meta?.title ?? table.name}), the ${fewest ? "fewest" : "most"}.`,
        `Others: ${others.map(([v, cs]) => `${v} ${cs.length}`).join("; ")}.`,
      );
      const first = top![1][0]!;
      const text = ctx.textOf?.(table.docId);
      if (first.headerStart !== undefined && text) {
        const end = text.indexOf("\n", first.headerStart);
        finding.evidence.push({ docId: table.docId, start: first.headerStart, end: end < 0 ? text.length : end, locator: { ...first.locator, row: "header row" } });
      }
      finding.evidence.push(cite(first));
      finding.rows.push(...top![1]);
      finding.assumptions.push("Counted from the table's rows; the papers may not state these counts themselves.");
      if (!best || named > best.named) best = { named, finding };
    }
  }
  return best?.finding;
}

export function lookupTableAggregate(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const chosen = mostChosen(query, ctx);
  if (chosen) return chosen;
  const q = query.question;
  const sum = ASKS_SUM.test(q) && ASKS_AMOUNT.test(q);
  const extreme = !sum && ASKS_WHICH.test(q) && (MOST.test(q) || LEAST.test(q));
  if (!sum && !extreme) return undefined;
  // (Words of comparison, "worst", "highest", are no table's words.)
  const asked = new Set(topicWords(query.topic).filter((w) => !COMPARING_WORD.test(w)).map(stem));
  const questionStems = stems(q);
  if (asked.size === 0) return undefined;
  let best: { score: number; finding: Finding } | undefined;
  for (const table of tablesOf(ofBoardAsked(query, ctx, ctx.recordsOf("cell")))) {
    const rows = [...table.rows.values()].map((cells): [string, CellRecord[]] => [cells[0]!.rowLabel, cells]).filter(([label]) => !TOTAL_ROW.test(label));
    if (rows.length < 2) continue;
    // Columns of figures: most rows hold one.
    const figureColumns = table.columns.filter((col) => {
      const values = rows.map(([, cells]) => cells.find((c) => c.column === col)?.value).filter((v): v is string => !!v);
      return values.length >= 2 && values.filter((v) => parseFigure(v)).length >= 0.6 * values.length;
    });
    if (figureColumns.length === 0) continue;
    const meta = ctx.docById.get(table.docId)?.meta;
    // The question must describe the table: most of its words are the table's (title, columns, cells).
    const tableWords = stems(`${meta?.title ?? ""} ${table.name} ${table.columns.join(" ")} ${rows.map(([label, cells]) => `${label} ${cells.map((c) => c.value).join(" ")}`).join(" ")}`);
    const found = [...asked].filter((w) => tableWords.has(w)).length;
    const fit = found / asked.size;
    if (fit < 0.5) continue;
    const named = (col: string) => contentWords(col).map(stem).filter((w) => questionStems.has(w) && !/^\d/.test(w)).length;
    const signedColumn = (col: string) => CHANGE_COLUMN.test(col) || rows.some(([, cells]) => parseFigure(cells.find((c) => c.column === col)?.value ?? "")?.signed);
    const wantsChange = extreme && (FALL.test(q) || RISE.test(q) || CHANGE_ASKED.test(q));
    const fitting = figureColumns.filter((col) => (wantsChange ? signedColumn(col) : !signedColumn(col) || named(col) > 0));
    // (The word after "lowest" names the column first: "the lowest score in the recommended awards" is read
    // from "Score", not "Recommended award".)
    // (Not the first half of a compound, "highest faults-fixed rate".)
    const superlative = /\b(?:lowest|highest|most|least|biggest|smallest|largest|fewest|top|bottom)\s+([a-z]+)\b(?!-)/i.exec(q)?.[1];
    // ("The worst faults-fixed rate": a rate is read from the column of percentages.)
    const percentColumn = (col: string) => rows.filter(([, cells]) => /%\s*$/.test(cells.find((c) => c.column === col)?.value ?? "")).length * 2 > rows.length;
    const asksRate = /\b(?:rates?|percentages?|per ?cent|proportions?|shares?)\b|%/i.test(q);
    const ranked = (col: string) => named(col) + (superlative && contentWords(col).map(stem).includes(stem(superlative)) ? 10 : 0) + (asksRate && percentColumn(col) ? 5 : 0);
    const byName = [...fitting].sort((a, b) => ranked(b) - ranked(a));
    // (Columns no word of the question names but that order the rows alike, a count and its share, "Responses"
    // and "%", answer alike: the first is read, the others are shown beside it.)
    const alike = fitting.length > 1 && byName[0] && named(byName[0]) === 0 && ranksAlike(rows, fitting) ? fitting : [];
    const column = byName[0] && (named(byName[0]) > 0 || fitting.length === 1 || alike.length || (asksRate && percentColumn(byName[0]))) ? byName[0] : undefined;
    if (!column) continue;
    const valueOf = (cells: CellRecord[]) => {
      const c = cells.find((x) => x.column === column);
      const f = c ? parseFigure(c.value) : undefined;
      return c && f ? { c, f } : undefined;
    };
    let finding = sum ? sumOver(table, rows, column, questionStems, valueOf, meta?.title) : extremeOf(table, rows, column, q, wantsChange, valueOf, meta?.title, alike.slice(1));
    if (!finding) continue;
    // (A table printed only in part, "1 - 10 / 12" under its tenth row, cannot say which of all is highest
    // or lowest: the answer says what it shows.)
    // (Unless it is sorted by the column asked, "% fixed ↓", and the end asked for is the end it shows.)
    const shownEnd = LEAST.test(q) ? /↑/.test(column) : /↓/.test(column);
    const cut = extreme && !shownEnd ? shownInPart(table, ctx) : undefined;
    if (cut) finding = { ...emptyFinding(), notFound: `${table.name}${meta?.title && !table.name.startsWith(meta.title) ? ` (${meta.title})` : ""} shows only rows ${cut.from} to ${cut.to} of ${cut.total} ("${cut.line}"), so the papers do not say which of all ${cut.total} it is. Of the rows shown: ${finding.lines[0]}` };
    // (Of tables in one paper, the one whose own caption the question names: "the recommended awards", not
    // the bids invited to resubmit.)
    const ownName = [...asked].filter((w) => stems(table.name).has(w)).length / asked.size;
    // ("Which council …?": a table with a column of councils; "… rate": a column of percentages.)
    const rowNoun = /\bwhich\s+([a-z]+)/i.exec(q)?.[1];
    const namesRows = rowNoun && table.columns.some((col) => contentWords(col).map(stem).includes(stem(rowNoun))) ? 0.2 : 0;
    const score = fit + named(column) * 0.1 + ownName * 0.05 + namesRows + (asksRate && percentColumn(column) ? 0.2 : 0);
    if (!best || score > best.score) best = { score, finding };
  }
  return best?.finding;
}

/**
 * Where a table is printed in part, the pagination under its last row ("1 - 10 / 12", "Showing 1 to 10 of
 * 12 entries", "1–10 of 12"), when fewer rows are shown than there are.
 */
function shownInPart(table: Table, ctx: LookupContext): { from: number; to: number; total: number; line: string } | undefined {
  const text = ctx.textOf?.(table.docId);
  if (!text) return undefined;
  const cells = [...table.rows.values()].flat();
  const [start, end] = [Math.min(...cells.map((c) => c.sourceStart)), Math.max(...cells.map((c) => c.sourceStart + c.source.length))];
  // (The pagination may be read as a last row of the table, its parts in cells of their own.)
  const lines = (from: number, to: number) => text.slice(from, to).split("\n").map((l) => l.replace(/\s*\|\s*/g, " ").replace(/\s+/g, " ").trim()).filter(Boolean);
  const after = [...lines(start, end).slice(-1), ...lines(end, end + 200).slice(0, 2)];
  for (const line of after) {
    const m = /^(?:showing\s+)?(\d{1,4})\s*(?:-|–|to)\s*(\d{1,4})\s*(?:\/|of)\s*(\d{1,5})(?:\s+(?:entries|rows|results|items))?(?:\s*[<>‹›]\s*)*$/i.exec(line);
    if (m && Number(m[2]) < Number(m[3]) && Number(m[1]) <= Number(m[2])) return { from: Number(m[1]), to: Number(m[2]), total: Number(m[3]), line: line.replace(/(?:\s*[<>‹›])+$/, "") };
  }
  return undefined;
}

type ValueOf = (cells: CellRecord[]) => { c: CellRecord; f: Figure } | undefined;

const cite = (c: CellRecord) => ({ docId: c.docId, start: c.sourceStart, end: c.sourceStart + c.source.length, locator: c.locator });

/** The figure column added up over the rows whose label (or another of their cells) the question names. */
function sumOver(table: Table, rows: [string, CellRecord[]][], column: string, questionStems: Set<string>, valueOf: ValueOf, title?: string): Finding | undefined {
  // A label of a few words, every one of them in the question ("West Midlands"), picks its rows.
  const names = (text: string) => {
    const words = contentWords(text).map(stem);
    return text.length <= 40 && words.length > 0 && words.every((w) => questionStems.has(w));
  };
  const picked = rows.filter(([label, cells]) => names(label) || cells.some((c) => c.column !== column && !parseFigure(c.value) && names(c.value)));
  if (picked.length < 2 || picked.length === rows.length) return undefined;
  const values = picked.map(([, cells]) => valueOf(cells));
  if (values.some((v) => !v)) return undefined;
  const got = values as { c: CellRecord; f: Figure }[];
  const label = [...new Set(picked.flatMap(([, cells]) => cells.filter((c) => c.column !== column && !parseFigure(c.value) && names(c.value)).map((c) => c.value)))][0];
  const total = got.reduce((s, v) => s + v.f.value, 0);
  const finding = emptyFinding();
  finding.lines.push(
    `${formatFigure(total, got.map((v) => v.f))} in total${label ? ` for ${label}` : ""} (${column}, ${table.name}${title && !table.name.startsWith(title) ? `, ${title}` : ""}):`,
    ...got.map((v) => `• ${v.c.rowLabel}: ${v.c.value}`),
  );
  finding.rows.push(...got.map((v) => v.c));
  finding.evidence.push(...got.map((v) => cite(v.c)));
  finding.assumptions.push(`Added up from the table's rows; the papers may not state this total themselves.`);
  return finding;
}

/** An export's id for a row: a hash or a UUID ("3e6da3491e9c991cd1a3b3d25bfdb9fd"). */
const OPAQUE_ID = /^(?:[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The row with the highest (or lowest) figure in the column; for a fall asked of a change, the lowest. */
/** Whether every column orders the rows the same way (ties aside). */
function ranksAlike(rows: [string, CellRecord[]][], columns: string[]): boolean {
  const order = (col: string) =>
    rows
      .map(([label, cells]) => ({ label, v: parseFigure(cells.find((c) => c.column === col)?.value ?? "")?.value }))
      .filter((x): x is { label: string; v: number } => x.v !== undefined)
      .sort((a, b) => b.v - a.v)
      .map((x) => x.label)
      .join("|");
  const first = order(columns[0]!);
  return first.includes("|") && columns.every((c) => order(c) === first);
}

function extremeOf(table: Table, rows: [string, CellRecord[]][], column: string, q: string, wantsChange: boolean, valueOf: ValueOf, title?: string, besides: string[] = []): Finding | undefined {
  const got = rows.map(([, cells]) => valueOf(cells)).filter((v): v is { c: CellRecord; f: Figure } => !!v);
  if (got.length < 2) return undefined;
  // (Rows known only by an export's opaque ids, a survey's response tokens, name nothing to be the highest.)
  if (rows.filter(([label]) => OPAQUE_ID.test(label.trim())).length * 5 >= rows.length * 4) return undefined;
  const lowest = wantsChange ? FALL.test(q) !== LEAST.test(q) : LEAST.test(q);
  const ordered = [...got].sort((a, b) => (lowest ? a.f.value - b.f.value : b.f.value - a.f.value));
  // (A fall asked for is among the negative changes; a rise among the positive.)
  const candidates = wantsChange && FALL.test(q) ? ordered.filter((v) => v.f.value < 0) : wantsChange && RISE.test(q) ? ordered.filter((v) => v.f.value > 0) : ordered;
  const top = candidates[0];
  if (!top) return undefined;
  const next = candidates.slice(1, 4);
  const finding = emptyFinding();
  // (A row labelled by a code says what it is by its other cells: "ATCF2-01 (Blackpool Council; …)".)
  const cellsOf = (c: CellRecord) => table.rows.get(`${c.rowLabel}\u0000${c.sourceStart}`) ?? [];
  const cellsOfTop = cellsOf(top.c);
  // (A row labelled by a code says what it is by its other cells: "ATCF2-01 (Blackpool Council; …)"; so
  // does a row under a group's label carried down to it: "South West (Dorset Council; Bridport Town BID)".)
  const nameOf = (c: CellRecord) => {
    const carried = !c.source.includes(c.rowLabel);
    const described = carried || (/\d/.test(c.rowLabel) && c.rowLabel.split(/\s+/).length <= 2) ? cellsOf(c).filter((x) => x.column !== column && x.value !== c.rowLabel && !parseFigure(x.value) && x.value.length <= 80).slice(0, 2).map((x) => x.value) : [];
    return `${c.rowLabel}${described.length ? ` (${described.join("; ")})` : ""}`;
  };
  finding.lines.push(
    `${nameOf(top.c)}: ${[column, ...besides].map((col) => `${col === column ? top.c.value : (cellsOfTop.find((c) => c.column === col)?.value ?? "")} (${col})`).filter((x) => !x.startsWith(" ")).join(", ")}, the ${lowest ? "lowest" : "highest"} of ${got.length} rows in ${table.name}${title && !table.name.startsWith(title) ? ` (${title})` : ""}.`,
    ...(next.length ? [`Next: ${next.map((v) => `${nameOf(v.c)} ${v.c.value}`).join("; ")}.`] : []),
  );
  finding.rows.push(top.c, ...next.map((v) => v.c));
  finding.evidence.push(cite(top.c), ...next.slice(0, 1).map((v) => cite(v.c)));
  return finding;
}
